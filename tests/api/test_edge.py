"""Through the gateway and oauth2-proxy to the API, as the cluster routes it, every part real.

The gateway is nginx with the app host's HTTPRoute of the chart's dev manifests
(tests/stack/gateway.py); oauth2-proxy is the binary built from its Go module at the chart's
version, started with the dev Deployment's args (tests/stack/oauth2_proxy.py); the API is the
session's API process. The command line oauth2-proxy runs with is compared with dist/.
"""

from __future__ import annotations

import base64
import json
import queue
import struct
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from chart import config as chart_config
from chart import oauth2_proxy as chart_proxy
from services.api.gen.timeseries.v1 import timeseries_pb2 as pb
from tests.api.clients import other_key, sign, tampered
from tests.api.support import ROOT, ApiProcess, grpcweb_call, stored_line, write_lines
from tests.stack import manifests
from tests.stack.gateway import SpaNginx, app_routes
from tests.stack.keycloak import KeycloakServer
from tests.stack.oauth2_proxy import OAuth2ProxyServer, chart_addresses, rewrite
from tests.stack.servers import InfluxServer, free_port, unique


@dataclass
class Edge:
    proxy: OAuth2ProxyServer
    gateway: SpaNginx

    @property
    def url(self) -> str:
        return self.gateway.url


@pytest.fixture(scope="module")
def edge(
    api: ApiProcess, keycloak: KeycloakServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Edge]:
    base = tmp_path_factory.mktemp("edge")
    port = free_port()
    addresses = chart_addresses(keycloak.url, api.url, f"http://localhost:{port}")
    proxy = OAuth2ProxyServer(base, addresses, keycloak.secret)
    proxy.start()
    backends = {(chart_proxy.NAME, chart_proxy.HTTP_PORT): proxy.url}
    gateway = SpaNginx(
        base, {"issuer": keycloak.issuer, "clientId": "timeseries-spa", "apiBaseUrl": ""}, backends, port
    )
    try:
        gateway.start()
        yield Edge(proxy, gateway)
    finally:
        gateway.stop()
        proxy.stop()


def _dist_args() -> list[str]:
    """The oauth2-proxy container's args in the committed dist/ (the prod profile)."""
    docs = yaml.safe_load_all((ROOT / "dist" / "timeseries.k8s.yaml").read_text())
    (deployment,) = [
        d for d in docs if d and d["kind"] == "Deployment" and d["metadata"]["name"] == "oauth2-proxy"
    ]
    return list(manifests.container(deployment, chart_proxy.NAME)["args"])


def test_oauth2_proxy_runs_with_the_charts_exact_args(edge: Edge) -> None:
    started = edge.proxy.command_line()
    assert Path(started[0]).name == "oauth2-proxy"
    dev_args = manifests.container(manifests.named("Deployment", chart_proxy.NAME), chart_proxy.NAME)["args"]
    # What runs is the dev Deployment's args with only the addresses rewritten ...
    assert started[1:] == rewrite(dev_args, edge.proxy.addresses)
    assert [a.partition("=")[0] for a in started[1:]] == [a.partition("=")[0] for a in dev_args]
    # ... and those are dist/'s args but for the domain, which is all the profiles differ in here.
    prod, dev = chart_config.load("prod"), manifests.config()
    assert [a.replace(prod.domain, dev.domain) for a in _dist_args()] == dev_args


def test_the_gateway_routes_as_the_httproute_does(edge: Edge) -> None:
    routes = {route.prefix: route.backend for route in app_routes()}
    assert routes["/api/"] == routes["/timeseries.v1.TimeseriesService/"] == ("oauth2-proxy", 4180)
    # Whole path elements: `/api` is the API's, `/apix` the frontend's (the SPA's index page).
    assert httpx.get(f"{edge.url}/api").status_code == 401
    spa = httpx.get(f"{edge.url}/apix")
    assert spa.status_code == 200 and "<app-root" in spa.text
    # The management UI's route exists in dev, but no local server plays that backend.
    assert routes["/rabbitmq/"] == ("rabbitmq", 15672)
    assert httpx.get(f"{edge.url}/rabbitmq/").status_code == 503


def test_rest_without_a_token_is_401_with_a_bearer_challenge(edge: Edge) -> None:
    response = httpx.get(f"{edge.url}/api/data", params={"measurement": "temperature"})
    assert response.status_code == 401
    assert response.headers.get_list("www-authenticate")[0].startswith("Bearer")
    # A browser's request too: never a redirect to the login page on an API path.
    browser = httpx.get(f"{edge.url}/api/series", headers={"accept": "text/html"})
    assert browser.status_code == 401 and "location" not in browser.headers


def _grpc_web(url: str, method: str, request: bytes, token: str | None, text: bool = False) -> httpx.Response:
    frame = struct.pack(">BI", 0, len(request)) + request
    return httpx.post(
        f"{url}/timeseries.v1.TimeseriesService/{method}",
        content=base64.b64encode(frame) if text else frame,
        headers={
            "content-type": "application/grpc-web-text" if text else "application/grpc-web+proto",
            "x-grpc-web": "1",
            **(_bearer(token) if token else {}),
        },
        timeout=30,
    )


def _bearer(token: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}"}


def _claims(token: str) -> dict[str, Any]:
    payload = token.split(".")[1]
    claims: dict[str, Any] = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    return claims


@pytest.mark.parametrize("text", [False, True])
def test_grpc_web_without_a_token_is_401_with_a_bearer_challenge(edge: Edge, text: bool) -> None:
    """oauth2-proxy answers before the API: an HTTP 401 (gRPC-Web clients read it as
    UNAUTHENTICATED), not a 302 a browser's fetch would follow to the login page."""
    response = _grpc_web(edge.url, "ListSeries", pb.ListSeriesRequest().SerializeToString(), None, text)
    assert response.status_code == 401 and "location" not in response.headers
    assert response.headers.get_list("www-authenticate")[0].startswith("Bearer")


def test_a_keycloak_token_passes_oauth2_proxy_and_the_api(edge: Edge, keycloak: KeycloakServer) -> None:
    token = keycloak.token("alice")
    me = httpx.get(f"{edge.url}/api/me", headers=_bearer(token))
    assert me.status_code == 200, me.text
    assert me.json()["subject"] == _claims(token)["sub"] == keycloak.user_id("alice")
    reply = grpcweb_call(edge.url, "ListSeries", pb.ListSeriesRequest().SerializeToString(), token=token)
    assert (reply.http_status, reply.status) == (200, 0), reply.message


@pytest.mark.parametrize("kind", ["payload edited after signing", "signed by a key Keycloak never had"])
def test_a_forged_token_is_refused_by_oauth2_proxy_and_by_the_api(
    edge: Edge, api: ApiProcess, keycloak: KeycloakServer, kind: str
) -> None:
    real = keycloak.token("alice")
    if kind.startswith("payload"):
        forged = tampered(real, sub=keycloak.user_id("admin"))
    else:
        kid = json.loads(base64.urlsafe_b64decode(real.split(".")[0] + "=="))["kid"]
        forged = sign(_claims(real), key=other_key(), kid=kid)
    # oauth2-proxy answers itself: `{}` is its body (the API's errors are {"error": {...}}) ...
    via_proxy = httpx.get(f"{edge.url}/api/data", headers=_bearer(forged))
    assert (via_proxy.status_code, via_proxy.json()) == (401, {})
    assert via_proxy.headers.get_list("www-authenticate")[0].startswith("Bearer")
    assert (
        _grpc_web(edge.url, "ListSeries", pb.ListSeriesRequest().SerializeToString(), forged).status_code
        == 401
    )
    # ... and the API, reached directly (as native gRPC always reaches it), refuses it too.
    direct = httpx.get(f"{api.url}/api/data", headers=_bearer(forged))
    assert direct.status_code == 401 and 'error="invalid_token"' in direct.headers["www-authenticate"]


def _first_watch_message(
    url: str, token: str, measurement: str, out: queue.Queue[tuple[float, bytes]]
) -> None:
    """Reads a binary gRPC-Web Watch and puts (arrival time, message) of its first message."""
    request = pb.WatchRequest(selector=pb.SeriesSelector(measurement=measurement)).SerializeToString()
    headers = {"content-type": "application/grpc-web+proto", "x-grpc-web": "1", **_bearer(token)}
    body = struct.pack(">BI", 0, len(request)) + request
    with httpx.stream(
        "POST", f"{url}/timeseries.v1.TimeseriesService/Watch", content=body, headers=headers, timeout=30
    ) as response:
        buffer = b""
        for chunk in response.iter_raw():
            arrived = time.monotonic()
            buffer += chunk
            while len(buffer) >= 5:
                flag, length = struct.unpack_from(">BI", buffer)
                if len(buffer) < 5 + length:
                    break
                if not flag & 0x80:
                    out.put((arrived, buffer[5 : 5 + length]))
                    return
                buffer = buffer[5 + length :]


def test_a_live_watch_through_oauth2_proxy_delivers_a_point_within_a_second(
    edge: Edge, keycloak: KeycloakServer, influx: InfluxServer, api_db: str
) -> None:
    token = keycloak.token("alice")
    measurement = unique("edge_")
    arrivals: queue.Queue[tuple[float, bytes]] = queue.Queue()
    reader = threading.Thread(
        target=_first_watch_message, args=(edge.url, token, measurement, arrivals), daemon=True
    )
    reader.start()
    time.sleep(1.0)  # the Watch is open at the API (its headers come with the first point)
    # Stamped a little ahead, so it is "new" however late the watch began on a loaded machine.
    owner = _claims(token)["sub"]
    point = stored_line(owner, measurement, {"sensor": "s1"}, {"value": 7.0}, time.time_ns() + 3 * 10**9)
    write_lines(influx, api_db, [point])
    published = time.monotonic()
    arrived, message = arrivals.get(timeout=10)
    (series,) = pb.WatchResponse.FromString(message).series
    assert list(series.doubles.values) == [7.0]
    latency = arrived - published
    print(f"watch latency through gateway -> oauth2-proxy -> API: {latency * 1000:.0f} ms")
    assert latency < 1.0
