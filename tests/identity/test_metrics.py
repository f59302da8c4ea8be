"""The ports the NetworkPolicies open to Prometheus really serve metrics, on servers run with the
chart's settings (Keycloak's dev Deployment; InfluxDB's INFLUXD_* values from dist/)."""

from __future__ import annotations

import httpx

from tests.stack.keycloak import KeycloakServer
from tests.stack.servers import InfluxServer


def _prometheus_text(url: str) -> str:
    answer = httpx.get(url, timeout=30)
    assert answer.status_code == 200, (url, answer.status_code)
    assert "# TYPE " in answer.text, url
    return answer.text


def test_keycloak_serves_metrics_on_its_management_port(keycloak: KeycloakServer) -> None:
    # The chart's "management" port (9000) is the one the monitoring policy opens.
    assert "jvm_" in _prometheus_text(f"{keycloak.management_url}/metrics")


def test_influxdb_serves_metrics_on_its_http_port(influx: InfluxServer) -> None:
    assert "go_goroutines" in _prometheus_text(f"{influx.url}/metrics")
