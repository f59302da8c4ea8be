"""Through the gateway and oauth2-proxy to the API, as the cluster routes it, every part real.

The gateway is nginx with the app host's HTTPRoute of the chart's dev manifests
(tests/stack/gateway.py); oauth2-proxy is the binary built from its Go module at the chart's
version, started with the dev Deployment's args (tests/stack/oauth2_proxy.py); the API is the
session's API process. The command line oauth2-proxy runs with is compared with dist/.
"""

from __future__ import annotations

import base64
import secrets
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import yaml

from chart import config as chart_config
from chart import oauth2_proxy as chart_proxy
from tests.api.support import ROOT, ApiProcess
from tests.stack import manifests
from tests.stack.gateway import SpaNginx, app_routes
from tests.stack.oauth2_proxy import OAuth2ProxyServer, chart_addresses, rewrite
from tests.stack.servers import free_port

SPA_CONFIG = {"issuer": "http://127.0.0.1:9/unused", "clientId": "timeseries-spa", "apiBaseUrl": ""}


@dataclass
class Edge:
    proxy: OAuth2ProxyServer
    gateway: SpaNginx

    @property
    def url(self) -> str:
        return self.gateway.url


@pytest.fixture(scope="module")
def edge(api: ApiProcess, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Edge]:
    base = tmp_path_factory.mktemp("edge")
    port = free_port()
    # Rejections need no issuer: oauth2-proxy skips discovery and fetches keys on first use.
    addresses = chart_addresses("http://127.0.0.1:9", api.url, f"http://localhost:{port}")
    values: dict[tuple[str, str], str] = {}
    proxy = OAuth2ProxyServer(
        base, addresses, lambda name, key: values.setdefault((name, key), secrets.token_hex(16))
    )
    proxy.start()
    gateway = SpaNginx(
        base, SPA_CONFIG, backends={(chart_proxy.NAME, chart_proxy.HTTP_PORT): proxy.url}, port=port
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


@pytest.mark.parametrize("content_type", ["application/grpc-web+proto", "application/grpc-web-text"])
def test_grpc_web_without_a_token_is_401_with_a_bearer_challenge(edge: Edge, content_type: str) -> None:
    """oauth2-proxy answers before the API: an HTTP 401 (gRPC-Web clients read it as
    UNAUTHENTICATED), not a 302 a browser's fetch would follow to the login page."""
    frame = struct.pack(">BI", 0, 0)
    body = base64.b64encode(frame) if content_type.endswith("text") else frame
    response = httpx.post(
        f"{edge.url}/timeseries.v1.TimeseriesService/ListSeries",
        content=body,
        headers={"content-type": content_type, "x-grpc-web": "1"},
    )
    assert response.status_code == 401 and "location" not in response.headers
    assert response.headers.get_list("www-authenticate")[0].startswith("Bearer")
