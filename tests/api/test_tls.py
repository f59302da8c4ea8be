"""The API reads an "external" InfluxDB over verified TLS (issue 15): the real influxd serving
https with a certificate made for this run. A wrong CA is refused: readiness 503, queries
UNAVAILABLE, and the log says which certificate and which CA."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.api.conftest import api_env
from tests.api.support import ApiProcess, seed_lines, write_lines
from tests.stack import tls
from tests.stack.keycloak import KeycloakServer
from tests.stack.servers import InfluxServer


@pytest.fixture(scope="module")
def tls_influx(influx: InfluxServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[InfluxServer]:
    """The session's InfluxDB when it serves TLS (TS_STACK_TLS=1), else one of its own over TLS."""
    if influx.tls is not None:
        yield influx
        return
    base = tmp_path_factory.mktemp("tls-influx")
    server = InfluxServer(base, tls.make(base / "tls"))
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def tls_db(tls_influx: InfluxServer) -> Iterator[str]:
    name = tls_influx.new_bucket("api_tls_")
    write_lines(tls_influx, name, seed_lines())
    yield name
    tls_influx.drop_bucket(name)


def _ca(server: InfluxServer) -> tls.Certs:
    assert server.tls is not None
    return server.tls


def test_queries_over_verified_tls(
    tls_influx: InfluxServer, idp: KeycloakServer, tls_db: str, tokens: dict[str, str]
) -> None:
    env = api_env(tls_influx, idp, tls_db)
    assert env["INFLUX_URL"].startswith("https://") and env["INFLUX_CA_FILE"] == str(_ca(tls_influx).ca)
    process = ApiProcess(env).start()
    try:
        assert httpx.get(process.url + "/readyz").status_code == 200
        series = httpx.get(
            process.url + "/api/series", headers={"Authorization": f"Bearer {tokens['alice']}"}
        )
        assert series.status_code == 200 and series.json()["series"], series.text
    finally:
        process.stop()


def test_a_wrong_ca_is_refused_not_ready_and_named(
    tls_influx: InfluxServer, idp: KeycloakServer, tls_db: str, tokens: dict[str, str]
) -> None:
    wrong = _ca(tls_influx).wrong_ca
    process = ApiProcess(api_env(tls_influx, idp, tls_db) | {"INFLUX_CA_FILE": str(wrong)}).start(ready=False)
    try:
        ready = httpx.get(process.url + "/readyz")
        assert ready.status_code == 503
        assert ready.json()["checks"]["influxdb"] is False
        response = httpx.get(
            process.url + "/api/series", headers={"Authorization": f"Bearer {tokens['alice']}"}
        )
        assert response.status_code == 503 and response.json()["error"]["code"] == "unavailable"
        assert httpx.get(process.url + "/healthz").status_code == 200  # up, not crash-looping
        log = Path(process.log).read_text()
        assert f"TLS: the certificate of InfluxDB at {tls_influx.url} was refused" in log
        assert str(wrong) in log
    finally:
        process.stop()
