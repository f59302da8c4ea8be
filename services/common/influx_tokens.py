"""Least-privilege InfluxDB tokens: a write-only one for the consumer, a read-only one for the API.

InfluxDB 2.x generates every token value itself (POST /api/v2/authorizations takes none), so
these tokens cannot be made ahead of time like the chart's other Secrets. `reconcile` runs
once InfluxDB is set up, with the operator token: for each `Grant` it keeps the token its
Secret already holds if InfluxDB still knows it with exactly the wanted permissions, or
creates a new authorization and stores its token; older authorizations of the same grant
are then deleted, so a rotated token stops working. Running it again changes nothing.

    python -m services.common.influx_tokens     # the chart's influxdb-tokens Job

In the cluster the Secrets are pre-created (empty) by `make secrets` and this Job may only
get and patch those two (chart/influxdb.py). The tests run the same `reconcile` for each
test bucket, with a dictionary standing in for the Kubernetes Secrets.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import logging
import os
import ssl
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, MutableMapping
from pathlib import Path
from typing import Any, Literal, Protocol

from services.common.logs import configure
from services.common.settings import Settings

log = logging.getLogger(__name__)

#: The key of each token Secret that holds the token.
TOKEN_KEY = "token"  # noqa: S105 - a key name, not a value


class InfluxError(RuntimeError):
    """InfluxDB answered with an error status; 2.x bodies are `{"code": ..., "message": ...}`."""

    def __init__(self, status: int, body: bytes) -> None:
        try:
            decoded = json.loads(body)
            code, message = decoded.get("code", ""), decoded.get("message", "")
        except (ValueError, AttributeError):
            code, message = "", body.decode(errors="replace")[:300]
        super().__init__(f"HTTP {status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message


@dataclasses.dataclass(frozen=True)
class Grant:
    """One token: what it may do on the bucket, and the Secret that holds it."""

    secret: str
    action: Literal["read", "write"]
    role: str
    """Who uses it; with the bucket, it names the authorization (its description)."""

    def description(self, bucket: str) -> str:
        return f"timeseries {self.role}: {self.action} {bucket}"


def grants(consumer_secret: str, api_secret: str) -> tuple[Grant, Grant]:
    """The consumer's write-only and the API's read-only token, kept in the named Secrets."""
    return Grant(consumer_secret, "write", "consumer"), Grant(api_secret, "read", "api")


def permissions(action: str, org_id: str, bucket_id: str) -> list[dict[str, Any]]:
    """One action on one bucket, nothing else (no org, user, DBRP or token rights)."""
    return [{"action": action, "resource": {"type": "buckets", "id": bucket_id, "orgID": org_id}}]


class InfluxAdmin:
    """The few InfluxDB 2.x management calls setup needs, with the operator token."""

    def __init__(
        self, url: str, token: str, timeout: float = 10.0, context: ssl.SSLContext | None = None
    ) -> None:
        """`context`: the TLS trust of an https `url` (None: the system CAs)."""
        self.url = url.rstrip("/")
        self._token = token
        self._timeout = timeout
        self._context = context

    def call(self, method: str, path: str, body: Any = None, **params: str) -> Any:
        query = f"?{urllib.parse.urlencode(params)}" if params else ""
        request = urllib.request.Request(
            f"{self.url}{path}{query}",
            method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={"Authorization": f"Token {self._token}", "Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=self._timeout, context=self._context) as response:
                raw = response.read()
        except urllib.error.HTTPError as exc:
            raise InfluxError(exc.code, exc.read()) from None
        return json.loads(raw) if raw else None

    def org_id(self, name: str) -> str:
        return self._find("/api/v2/orgs", "orgs", f"organization {name!r}", org=name)

    def bucket_id(self, org_id: str, name: str) -> str:
        return self._find("/api/v2/buckets", "buckets", f"bucket {name!r}", orgID=org_id, name=name)

    def _find(self, path: str, key: str, what: str, **params: str) -> str:
        """The id of the one object a lookup names; 2.x answers 404 or an empty list for none."""
        try:
            found = self.call("GET", path, **params)[key]
        except InfluxError as exc:
            if exc.status != 404:
                raise
            found = []
        if not found:
            raise LookupError(f"InfluxDB has no {what}")
        return str(found[0]["id"])

    def authorizations(self, org_id: str) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self.call("GET", "/api/v2/authorizations", orgID=org_id)[
            "authorizations"
        ]
        return found


class SecretStore(Protocol):
    """Where each grant's token is kept (Kubernetes Secrets in a cluster)."""

    def read(self, name: str) -> str | None: ...

    def write(self, name: str, token: str) -> None: ...


class MemorySecrets(dict[str, str]):
    """A dictionary as the store: the tests' stand-in for the Kubernetes Secrets."""

    def read(self, name: str) -> str | None:
        return self.get(name)

    def write(self, name: str, token: str) -> None:
        self[name] = token


def reconcile(
    admin: InfluxAdmin, store: SecretStore, org: str, bucket: str, wanted_grants: Iterable[Grant]
) -> dict[str, str]:
    """Make each grant's Secret hold a working token with exactly its permissions.

    Returns grant secret -> "kept" or "created".
    """
    org_id = admin.org_id(org)
    bucket_id = admin.bucket_id(org_id, bucket)
    existing = admin.authorizations(org_id)
    outcome: dict[str, str] = {}
    for grant in wanted_grants:
        wanted = permissions(grant.action, org_id, bucket_id)
        held = store.read(grant.secret)
        same = [a for a in existing if a.get("description") == grant.description(bucket)]
        keep = next(
            (
                a
                for a in same
                if held
                and a.get("token") == held
                and a.get("status") == "active"
                and _perms(a) == _perms_of(wanted)
            ),
            None,
        )
        if keep is None:
            keep = admin.call(
                "POST",
                "/api/v2/authorizations",
                {"orgID": org_id, "description": grant.description(bucket), "permissions": wanted},
            )
            store.write(grant.secret, keep["token"])
            outcome[grant.secret] = "created"
        else:
            outcome[grant.secret] = "kept"
        for stale in same:
            if stale["id"] != keep["id"]:
                admin.call("DELETE", f"/api/v2/authorizations/{stale['id']}")
        log.info("influxdb token", extra={"secret": grant.secret, "outcome": outcome[grant.secret]})
    return outcome


def _perms(authorization: dict[str, Any]) -> set[tuple[str, str, str, str]]:
    return _perms_of(authorization.get("permissions", []))


def _perms_of(perms: Iterable[dict[str, Any]]) -> set[tuple[str, str, str, str]]:
    return {
        (p["action"], p["resource"]["type"], p["resource"].get("id") or "", p["resource"].get("orgID") or "")
        for p in perms
    }


class KubernetesSecrets:
    """Secrets of this pod's namespace through the Kubernetes API, with the pod's service account.

    Its Role allows only get and patch of the grant Secrets, which `make secrets` pre-creates.
    """

    def __init__(self, account: Path) -> None:
        host = os.environ["KUBERNETES_SERVICE_HOST"]
        port = os.environ.get("KUBERNETES_SERVICE_PORT", "443")
        namespace = (account / "namespace").read_text().strip()
        self._base = f"https://{host}:{port}/api/v1/namespaces/{namespace}/secrets"
        self._token = (account / "token").read_text().strip()
        self._tls = ssl.create_default_context(cafile=str(account / "ca.crt"))

    def _call(self, method: str, name: str, body: Any = None) -> Any:
        request = urllib.request.Request(
            f"{self._base}/{urllib.parse.quote(name)}",
            method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={
                "Authorization": f"Bearer {self._token}",
                "Content-Type": "application/merge-patch+json",
            },
        )
        with urllib.request.urlopen(request, timeout=10, context=self._tls) as response:
            return json.loads(response.read())

    def read(self, name: str) -> str | None:
        data = self._call("GET", name).get("data") or {}
        return base64.b64decode(data[TOKEN_KEY]).decode() if TOKEN_KEY in data else None

    def write(self, name: str, token: str) -> None:
        self._call("PATCH", name, {"stringData": {TOKEN_KEY: token}})


@dataclasses.dataclass(frozen=True)
class TokenSettings(Settings):
    influx_url: str
    influx_operator_token: str
    influx_org: str
    consumer_grant: str
    """The Secret (key `token`) that gets the consumer's write-only token."""
    api_grant: str
    """The Secret (key `token`) that gets the API's read-only token."""
    influx_bucket: str = "timeseries"
    service_account_dir: str = "/var/run/secrets/kubernetes.io/serviceaccount"
    """Where the pod's service account (token, CA, namespace) is mounted."""
    #: How long to wait for InfluxDB to be set up before failing (the Job then retries).
    wait_s: float = 300.0
    log_level: str = "INFO"


def wait_ready(admin: InfluxAdmin, org: str, wait_s: float) -> None:
    """InfluxDB answers and its setup (org, bucket) is done: the image runs it at first start."""
    deadline = time.monotonic() + wait_s
    while True:
        try:
            admin.org_id(org)
            return
        except (OSError, InfluxError, LookupError) as exc:
            if time.monotonic() > deadline:
                raise
            log.info("waiting for InfluxDB", extra={"error": str(exc)})
            time.sleep(2)


def main(environ: MutableMapping[str, str] | None = None) -> int:
    settings = TokenSettings.from_env(environ)
    configure("influxdb-tokens", settings.log_level)
    admin = InfluxAdmin(settings.influx_url, settings.influx_operator_token)
    wait_ready(admin, settings.influx_org, settings.wait_s)
    wanted = grants(settings.consumer_grant, settings.api_grant)
    store = KubernetesSecrets(Path(settings.service_account_dir))
    reconcile(admin, store, settings.influx_org, settings.influx_bucket, wanted)
    return 0


if __name__ == "__main__":
    sys.exit(main())
