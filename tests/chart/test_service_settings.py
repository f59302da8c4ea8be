"""The chart and the services agree on configuration (DESIGN.md, Service configuration).

chart/ and services/ do not import each other; this test reads both sides: the environment the
chart sets on each service's container, and the variables its settings class declares.
"""

from __future__ import annotations

import importlib
import ssl
from typing import Any

import pytest

from tests.chart.support import VARIANTS, container_env, of_kind, variant

SERVICES = {
    # Deployment or Job/container name -> (settings module, class)
    "consumer": ("services.consumer.settings", "ConsumerSettings"),
    "api": ("services.api.settings", "ApiSettings"),
    "influxdb-tokens": ("services.common.influx_tokens", "TokenSettings"),
    "rabbitmq-topology": ("services.common.declare", "DeclareSettings"),
}


def _runs(name: str, service: str) -> bool:
    return any(o["metadata"]["name"] == service for o in of_kind(variant(name), "Deployment", "Job"))


# Each service in each configuration that runs it (the setup Jobs depend on the modes).
RUNS = [(service, name) for name in sorted(VARIANTS) for service in sorted(SERVICES) if _runs(name, service)]


def _env(name: str, service: str) -> dict[str, dict[str, Any]]:
    (workload,) = [o for o in of_kind(variant(name), "Deployment", "Job") if o["metadata"]["name"] == service]
    return container_env(workload, service)


@pytest.mark.parametrize(("service", "name"), RUNS)
def test_chart_sets_only_declared_variables_and_every_required_one(service: str, name: str) -> None:
    module_name, class_name = SERVICES[service]
    module = pytest.importorskip(module_name, reason=f"{module_name} is not on this branch yet")
    settings = getattr(module, class_name)
    declared: dict[str, bool] = settings.variables()
    env = _env(name, service)
    undeclared = sorted(set(env) - set(declared))
    assert undeclared == [], f"the chart sets variables {class_name} does not read"
    missing = sorted(v for v, required in declared.items() if required and v not in env)
    assert missing == [], f"the chart leaves required {class_name} variables unset"


@pytest.mark.parametrize(("service", "name"), RUNS)
def test_chart_values_parse_as_the_settings_expect(service: str, name: str) -> None:
    """Plain values must parse (e.g. BATCH_POINTS an int); secret ones get a stand-in value."""
    module_name, class_name = SERVICES[service]
    module = pytest.importorskip(module_name, reason=f"{module_name} is not on this branch yet")
    settings = getattr(module, class_name)
    env = _env(name, service)
    values = {k: e.get("value", "from-a-secret") for k, e in env.items()}
    # A CA file is read at start: the chart mounts it from a ConfigMap or Secret; here the system's.
    values.update(
        {k: ssl.get_default_verify_paths().openssl_cafile for k in values if k.endswith("_CA_FILE")}
    )
    parsed = settings.from_env(values)
    assert parsed is not None
    common = importlib.import_module("services.common.settings")
    assert isinstance(parsed, common.Settings)
