"""Least-privilege InfluxDB tokens (issue 9.3), against the real InfluxDB 2.x: the consumer's
token cannot read, the API's cannot write, neither can manage anything. The tokens are made by
`services.common.influx_tokens.reconcile`, the code the chart's influxdb-tokens Job runs; a
dictionary stands in for the Kubernetes Secrets (no API server runs here), and for the Job's
own command a small stand-in of the Kubernetes API does."""

from __future__ import annotations

import base64
import http.server
import json
import os
import ssl
import subprocess
import sys
import threading
import urllib.error
from pathlib import Path
from typing import ClassVar

import pytest
import yaml

from services.common import influx_tokens
from services.common.influx_tokens import InfluxAdmin, InfluxError, MemorySecrets, reconcile
from tests.stack.servers import DIST, InfluxServer

GRANTS = influx_tokens.grants("consumer-token", "api-token")


def _refused_query(influx: InfluxServer, db: str, token: str) -> bool:
    """True when InfluxDB gives this token no data of `db` (an error status or an error answer)."""
    try:
        answer = influx.query(db, 'SELECT * FROM "m"', token=token)
    except urllib.error.HTTPError as exc:
        return exc.code in (401, 403, 404)
    result = answer["results"][0]
    return "error" in result and "series" not in result


def test_the_consumer_token_writes_but_cannot_read(influx: InfluxServer, influx_db: str) -> None:
    tokens = influx.tokens(influx_db)
    influx.write(influx_db, "m f=1 1700000000000000000", token=tokens.write)
    assert influx.query(influx_db, 'SELECT * FROM "m"')["results"][0]["series"]  # stored
    assert _refused_query(influx, influx_db, tokens.write)
    assert InfluxAdmin(influx.url, tokens.write).call("GET", "/api/v2/buckets")["buckets"] == []


def test_the_api_token_reads_but_cannot_write(influx: InfluxServer, influx_db: str) -> None:
    tokens = influx.tokens(influx_db)
    influx.write(influx_db, "m f=1 1700000000000000000")
    assert influx.query(influx_db, 'SELECT * FROM "m"', token=tokens.read)["results"][0]["series"]
    with pytest.raises(urllib.error.HTTPError) as refused:
        influx.write(influx_db, "m f=2 1700000000000000001", token=tokens.read)
    assert refused.value.code in (401, 403, 404)
    assert len(influx.query(influx_db, 'SELECT * FROM "m"')["results"][0]["series"][0]["values"]) == 1


def test_neither_token_reaches_another_bucket_or_manages_anything(
    influx: InfluxServer, influx_db: str
) -> None:
    other = influx.new_bucket("other_")
    try:
        influx.write(other, "m f=1 1700000000000000000")
        for token in (influx.tokens(influx_db).write, influx.tokens(influx_db).read):
            assert _refused_query(influx, other, token)
            with pytest.raises(urllib.error.HTTPError):
                influx.write(other, "m f=2 1700000000000000001", token=token)
            user = InfluxAdmin(influx.url, token)
            with pytest.raises(InfluxError) as denied:
                user.call("POST", "/api/v2/authorizations", {"orgID": "0" * 16, "permissions": []})
            assert denied.value.status in (400, 401, 403, 404)
            assert user.call("GET", "/api/v2/authorizations")["authorizations"] == []
    finally:
        influx.drop_bucket(other)


def test_reconcile_keeps_working_tokens_and_replaces_unknown_ones(
    influx: InfluxServer, influx_db: str
) -> None:
    store = MemorySecrets()
    first = reconcile(influx.admin, store, influx.org, influx_db, GRANTS)
    assert first == {"consumer-token": "created", "api-token": "created"}
    tokens = dict(store)
    # Run again (the Job after every apply): nothing changes.
    assert reconcile(influx.admin, store, influx.org, influx_db, GRANTS) == {
        "consumer-token": "kept",
        "api-token": "kept",
    }
    assert dict(store) == tokens
    # A Secret holding a token InfluxDB does not know (e.g. after a new data volume) gets a new
    # one; the previous authorization of that grant is revoked.
    store["consumer-token"] = "unknown-token"
    assert reconcile(influx.admin, store, influx.org, influx_db, GRANTS)["consumer-token"] == "created"
    assert store["consumer-token"] not in (tokens["consumer-token"], "unknown-token")
    influx.write(influx_db, "m f=1 1700000000000000000", token=store["consumer-token"])
    with pytest.raises(urllib.error.HTTPError) as revoked:
        influx.write(influx_db, "m f=1 1700000000000000000", token=tokens["consumer-token"])
    assert revoked.value.code == 401
    descriptions = [a["description"] for a in influx.admin.authorizations(influx.admin.org_id(influx.org))]
    assert descriptions.count(GRANTS[0].description(influx_db)) == 1


def test_reconcile_fails_clearly_without_the_bucket(influx: InfluxServer) -> None:
    with pytest.raises(LookupError, match="no bucket"):
        reconcile(influx.admin, MemorySecrets(), influx.org, "no-such-bucket", GRANTS)
    with pytest.raises(InfluxError) as refused:
        reconcile(InfluxAdmin(influx.url, "not-the-operator-token"), MemorySecrets(), influx.org, "x", GRANTS)
    assert refused.value.status == 401


class _KubernetesApi(http.server.BaseHTTPRequestHandler):
    """A stand-in for the Kubernetes API server (none can run here): Secrets of one namespace,
    with RBAC as the Job's Role grants it — get and patch of the pre-created Secrets only."""

    secrets: ClassVar[dict[str, dict[str, str]]]
    bearer: ClassVar[str]
    calls: ClassVar[list[tuple[str, str]]]

    def _secret(self) -> str | None:
        self.calls.append((self.command, self.path))
        prefix = "/api/v1/namespaces/timeseries/secrets/"
        name = self.path.removeprefix(prefix)
        allowed = self.path.startswith(prefix) and name in self.secrets
        if self.headers["Authorization"] != f"Bearer {self.bearer}" or not allowed:
            self._answer(403, {"kind": "Status", "reason": "Forbidden"})
            return None
        return name

    def _answer(self, status: int, body: object) -> None:
        raw = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def do_GET(self) -> None:
        if (name := self._secret()) is not None:
            self._answer(200, {"kind": "Secret", "data": self.secrets[name]})

    def do_PATCH(self) -> None:
        if (name := self._secret()) is None:
            return
        assert self.headers["Content-Type"] == "application/merge-patch+json"
        patch = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        for key, value in patch["stringData"].items():
            self.secrets[name][key] = base64.b64encode(value.encode()).decode()
        self._answer(200, {"kind": "Secret", "data": self.secrets[name]})

    def log_message(self, format: str, *args: object) -> None:
        pass


def _job_env() -> dict[str, str]:
    """The plain environment of the chart's influxdb-tokens Job, from dist/."""
    for doc in yaml.safe_load_all((DIST / "timeseries.k8s.yaml").read_text()):
        if doc and doc["kind"] == "Job" and doc["metadata"]["name"] == "influxdb-tokens":
            (container,) = doc["spec"]["template"]["spec"]["containers"]
            assert container["command"] == ["python", "-m", MODULE]
            return {e["name"]: e["value"] for e in container["env"] if "value" in e}
    raise AssertionError("no influxdb-tokens Job in dist/")


MODULE = "services.common.influx_tokens"


def test_the_charts_job_fills_the_pre_created_secrets(
    influx: InfluxServer, influx_db: str, tmp_path: Path
) -> None:
    """The Job's own command and environment (dist/), against the real InfluxDB and a stand-in
    Kubernetes API over TLS with the service account's token, CA and namespace files."""
    account = tmp_path / "serviceaccount"
    account.mkdir()
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(tmp_path / "key.pem"),
         "-out", str(account / "ca.crt")],
        check=True, capture_output=True,
    )  # fmt: skip
    (account / "token").write_text("sa-token")
    (account / "namespace").write_text("timeseries")
    env = _job_env()
    _KubernetesApi.secrets = {
        env["CONSUMER_GRANT"]: {},
        env["API_GRANT"]: {},
    }  # as `make secrets` leaves them
    _KubernetesApi.bearer = "sa-token"
    _KubernetesApi.calls = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _KubernetesApi)
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(account / "ca.crt", tmp_path / "key.pem")
    server.socket = tls.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    run_env = {
        **os.environ,
        **env,
        "INFLUX_URL": influx.url,  # the in-cluster Service address, here the test server's
        "INFLUX_BUCKET": influx_db,  # this test's bucket, not the shared one of the chart
        "INFLUX_OPERATOR_TOKEN": influx.operator_token,
        "SERVICE_ACCOUNT_DIR": str(account),
        "KUBERNETES_SERVICE_HOST": "127.0.0.1",
        "KUBERNETES_SERVICE_PORT": str(server.server_address[1]),
    }
    try:
        for run in (1, 2):
            done = subprocess.run(
                [sys.executable, "-m", MODULE],
                env=run_env,
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
            assert done.returncode == 0, done.stderr
            if run == 1:
                first = {k: dict(v) for k, v in _KubernetesApi.secrets.items()}
    finally:
        server.shutdown()
    stored = {name: base64.b64decode(data["token"]).decode() for name, data in _KubernetesApi.secrets.items()}
    assert _KubernetesApi.secrets == first, "the second run keeps the working tokens"
    assert {verb for verb, _ in _KubernetesApi.calls} == {"GET", "PATCH"}
    assert sum(verb == "PATCH" for verb, _ in _KubernetesApi.calls) == 2, "only the first run patches"
    write, read = stored[env["CONSUMER_GRANT"]], stored[env["API_GRANT"]]
    influx.write(influx_db, "m f=1 1700000000000000000", token=write)
    assert _refused_query(influx, influx_db, write)
    assert influx.query(influx_db, 'SELECT * FROM "m"', token=read)["results"][0]["series"]
    with pytest.raises(urllib.error.HTTPError):
        influx.write(influx_db, "m f=2 1700000000000000001", token=read)
