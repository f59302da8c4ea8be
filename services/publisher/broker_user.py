"""`python -m services.publisher.broker_user OWNER`: create the broker user that a publisher for
OWNER logs in as, through RabbitMQ's management API, and print its password (once: it is not
stored anywhere).

The user is named OWNER, so a consumer with STRICT_OWNER stores what it publishes under OWNER
(the AMQP `user_id`, which RabbitMQ checks against the login). It may only publish: write on
exchange `timeseries`, with topic authorisation limiting it to routing key `points.<OWNER>`;
no configure permission (it can neither declare nor delete the shared topology) and no read.

The management API and an `administrator` user come from RABBITMQ_API_URL,
RABBITMQ_ADMIN_USER, RABBITMQ_ADMIN_PASSWORD and RABBITMQ_VHOST (default `/`); see the
publisher's README for reaching them in the cluster and in `make dev`.
"""

from __future__ import annotations

import argparse
import base64
import dataclasses
import json
import re
import secrets
import sys
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import quote

from services.common import topology
from services.common.names import is_owner
from services.common.settings import Settings, SettingsError

#: A regex that matches no resource name: "no permission" in RabbitMQ's terms.
NOTHING = "^$"


class ManagementError(RuntimeError):
    """The management API refused or could not be reached; the text says which."""


@dataclasses.dataclass(frozen=True)
class BrokerAdminSettings(Settings):
    rabbitmq_api_url: str
    rabbitmq_admin_user: str
    rabbitmq_admin_password: str
    rabbitmq_vhost: str = "/"


def permissions() -> dict[str, str]:
    """A publisher's vhost permissions: write to the points exchange only."""
    return {"configure": NOTHING, "write": f"^{re.escape(topology.EXCHANGE)}$", "read": NOTHING}


def topic_permissions(owner: str) -> dict[str, str]:
    """A publisher's topic permissions on the points exchange: its own routing key only.
    Owners may contain dots (regex metacharacters): the owner is escaped."""
    return {
        "exchange": topology.EXCHANGE,
        "write": f"^{re.escape(topology.routing_key(owner))}$",
        "read": NOTHING,
    }


class ManagementApi:
    """The few calls of RabbitMQ's management HTTP API that making a publisher needs."""

    def __init__(self, url: str, user: str, password: str) -> None:
        self._url = url.rstrip("/")
        self._auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()

    def call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        request = urllib.request.Request(
            f"{self._url}/api/{path}",
            method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={"content-type": "application/json", "authorization": self._auth},
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                raw = response.read()
        except urllib.error.HTTPError as exc:
            if exc.code == 404 and method == "GET":
                return None
            detail = exc.read().decode("utf-8", "replace")[:300]
            if exc.code in (401, 403):
                raise ManagementError(
                    f"the management API refused the admin login ({exc.code}): it takes an administrator"
                ) from None
            raise ManagementError(f"{method} /api/{path}: HTTP {exc.code} {detail}") from None
        except (urllib.error.URLError, OSError) as exc:
            raise ManagementError(f"cannot reach the management API at {self._url}: {exc}") from None
        return json.loads(raw) if raw else None


def create(api: ManagementApi, owner: str, vhost: str = "/", replace: bool = False) -> str:
    """Create (or, with `replace`, re-key) OWNER's publisher user on `vhost`; returns its password."""
    if not is_owner(owner):
        raise ManagementError(f"invalid owner {owner!r}: owners match [A-Za-z0-9._@-]{{1,128}}")
    user, where = quote(owner, safe=""), quote(vhost, safe="")
    if api.call("GET", f"vhosts/{where}") is None:
        raise ManagementError(f"vhost {vhost!r} does not exist")
    existing = api.call("GET", f"users/{user}")
    if existing is not None:
        if not replace:
            raise ManagementError(f"broker user {owner!r} exists already (--replace gives it a new password)")
        # Never re-key the operator, the consumer or any other user that is not a publisher's.
        granted = api.call("GET", f"users/{user}/permissions") or []
        if existing.get("tags") or any(
            {k: p.get(k) for k in ("configure", "write", "read")} != permissions() for p in granted
        ):
            raise ManagementError(
                f"broker user {owner!r} exists and is not a publisher's user: left unchanged"
            )
    password = secrets.token_urlsafe(32)
    api.call("PUT", f"users/{user}", {"password": password, "tags": ""})
    # Topic permissions first: until a user has some on an exchange, every routing key is open.
    api.call("PUT", f"topic-permissions/{where}/{user}", topic_permissions(owner))
    api.call("PUT", f"permissions/{where}/{user}", permissions())
    return password


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m services.publisher.broker_user", description=__doc__)
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("owner", help="the owner, which is also the broker user's name")
    parser.add_argument("--replace", action="store_true", help="give an existing user a new password")
    args = parser.parse_args(argv)
    try:
        settings = BrokerAdminSettings.from_env()
        api = ManagementApi(
            settings.rabbitmq_api_url, settings.rabbitmq_admin_user, settings.rabbitmq_admin_password
        )
        password = create(api, args.owner, settings.rabbitmq_vhost, args.replace)
    except (SettingsError, ManagementError) as exc:
        print(f"broker_user: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, SettingsError) else 1
    print(
        f"broker user {args.owner!r} on vhost {settings.rabbitmq_vhost!r}: publishes only to exchange "
        f"{topology.EXCHANGE!r}, routing key {topology.routing_key(args.owner)!r}. Its password is "
        "printed once, below; keep it in the publisher's Secret or environment.",
        file=sys.stderr,
    )
    print(f"AMQP_USER={args.owner}\nAMQP_PASSWORD={password}\nAMQP_VHOST={settings.rabbitmq_vhost}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
