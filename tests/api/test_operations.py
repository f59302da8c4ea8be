"""Running the API: health, readiness, metrics, a down database or IdP, graceful shutdown."""

from __future__ import annotations

from pathlib import Path

import grpc
import httpx
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from services.api.gen.timeseries.v1 import timeseries_pb2 as pb
from tests.api import clients
from tests.api.clients import PROTOCOLS, outcome
from tests.api.conftest import api_env
from tests.api.support import ApiProcess
from tests.stack.keycloak import KeycloakServer
from tests.stack.servers import InfluxServer, free_port


def test_health_readiness_metrics(api: ApiProcess, tokens: dict[str, str]) -> None:
    assert httpx.get(api.url + "/healthz").json() == {"status": "ok"}
    assert httpx.get(api.url + "/readyz").json() == {
        "ready": True,
        "checks": {"jwks": True, "influxdb": True},
    }
    httpx.get(api.url + "/api/me", headers={"Authorization": f"Bearer {tokens['alice']}"})
    text = httpx.get(api.url + "/metrics").text
    assert 'api_requests_total{code="200",method="/api/me",protocol="rest"}' in text
    assert "api_request_duration_seconds_bucket" in text


def test_request_id_is_echoed(api: ApiProcess) -> None:
    response = httpx.get(api.url + "/api/me", headers={"x-request-id": "abc-123"})
    assert response.status_code == 401 and response.headers["x-request-id"] == "abc-123"
    assert len(httpx.get(api.url + "/api/me").headers["x-request-id"]) == 32


def test_unknown_path_and_method(api: ApiProcess) -> None:
    assert httpx.get(api.url + "/api/nothing-marker").status_code == 404
    assert httpx.post(api.url + "/timeseries.v1.TimeseriesService/Nope-marker").status_code == 415
    # arbitrary paths do not become metric labels: they are counted as "other". The marker has
    # letters, so it cannot occur by chance in a sample's value or a *_created timestamp.
    text = httpx.get(api.url + "/metrics").text
    assert "marker" not in text.lower()
    assert 'method="other",protocol="rest"' in text
    assert 'method="other",protocol="grpc-web"' in text
    response = httpx.post(api.url + "/api/data")
    assert response.status_code == 405 and response.json()["error"]["code"] == "method_not_allowed"


async def test_grpc_health_service(api: ApiProcess) -> None:
    async with grpc.aio.insecure_channel(api.grpc_target) as channel:
        check = health_pb2_grpc.HealthStub(channel).Check
        reply = await check(health_pb2.HealthCheckRequest(service="timeseries.v1.TimeseriesService"))
    assert reply.status == health_pb2.HealthCheckResponse.SERVING


@pytest.fixture(scope="module")
def api_without_db(influx: InfluxServer, idp: KeycloakServer) -> ApiProcess:
    # Nothing listens there (in the TLS stack too: the same scheme, so its CA file still fits).
    scheme = influx.url.split("://", 1)[0]
    env = api_env(influx, idp, "timeseries") | {"INFLUX_URL": f"{scheme}://127.0.0.1:{free_port()}"}
    return ApiProcess(env).start(ready=False)


@pytest.mark.parametrize("protocol", PROTOCOLS)
async def test_database_down_is_unavailable(
    api_without_db: ApiProcess, tokens: dict[str, str], protocol: str
) -> None:
    assert await outcome(api_without_db, protocol, f"Bearer {tokens['alice']}") == "UNAVAILABLE"


def test_database_down_rest_body_and_readiness(api_without_db: ApiProcess, tokens: dict[str, str]) -> None:
    response = httpx.get(
        api_without_db.url + "/api/series", headers={"Authorization": f"Bearer {tokens['bob']}"}
    )
    assert response.status_code == 503
    assert response.json() == {"error": {"code": "unavailable", "message": "database unreachable"}}
    ready = httpx.get(api_without_db.url + "/readyz")
    assert ready.status_code == 503 and ready.json()["checks"] == {"jwks": True, "influxdb": False}
    assert httpx.get(api_without_db.url + "/healthz").status_code == 200
    assert api_without_db.stop() == 0


async def test_identity_provider_down(influx: InfluxServer, idp: KeycloakServer, api_db: str) -> None:
    """Without a JWKS no token can be verified: 503/UNAVAILABLE, not 401 and not a crash."""
    env = api_env(influx, idp, api_db) | {"OIDC_ISSUER": f"http://127.0.0.1:{free_port()}"}
    process = ApiProcess(env).start(ready=False)
    try:
        async with httpx.AsyncClient() as http:
            ready = (await http.get(process.url + "/readyz")).json()
        assert ready["checks"] == {"jwks": False, "influxdb": True}
        token = "Bearer " + clients.sign(clients.claims(env["OIDC_ISSUER"]))
        assert await outcome(process, "rest", token) == "UNAVAILABLE"
        assert await outcome(process, "grpc", token) == "UNAVAILABLE"
    finally:
        assert process.stop() == 0


def test_graceful_shutdown_with_open_stream(influx: InfluxServer, idp: KeycloakServer, api_db: str) -> None:
    env = api_env(influx, idp, api_db) | {"SHUTDOWN_GRACE_S": "2"}
    process = ApiProcess(env).start()
    token = "Bearer " + clients.sign(clients.claims(idp.issuer))
    channel = grpc.insecure_channel(process.grpc_target)
    try:
        stream = clients.stub_sync(channel).Watch(pb.WatchRequest(), metadata=(("authorization", token),))
        assert stream.is_active()
        assert process.stop() == 0
        with pytest.raises(grpc.RpcError):
            next(stream)
    finally:
        channel.close()
        process.stop()


async def test_database_outage_and_recovery(
    idp: KeycloakServer, tmp_path: Path, tokens: dict[str, str]
) -> None:
    """InfluxDB stops: 503/UNAVAILABLE and not ready, no crash; it comes back: answers again.
    (A private InfluxDB, so that no other suite sees the outage.)"""
    own = InfluxServer(tmp_path)
    own.start()
    process = ApiProcess(api_env(own, idp, own.new_bucket("outage_"))).start()
    auth = f"Bearer {tokens['alice']}"
    try:
        assert await outcome(process, "rest", auth) == "OK"
        own.stop()
        for protocol in PROTOCOLS:
            assert await outcome(process, protocol, auth) == "UNAVAILABLE"
        async with httpx.AsyncClient() as http:
            assert (await http.get(process.url + "/readyz")).status_code == 503
        own.start()
        for protocol in PROTOCOLS:
            assert await outcome(process, protocol, auth) == "OK"
        async with httpx.AsyncClient() as http:
            assert (await http.get(process.url + "/readyz")).status_code == 200
    finally:
        assert process.stop() == 0
        own.stop()
