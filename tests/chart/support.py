"""Helpers for the chart tests: synthesize a configuration in-process and query the objects."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from chart import config as chart_config
from chart.topology import build

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
WORKLOAD_KINDS = ("Deployment", "StatefulSet")
#: Everything that runs pods: the long-running workloads and the one-shot setup Jobs.
POD_KINDS = (*WORKLOAD_KINDS, "Job")

Manifest = dict[str, Any]

# Let's Encrypt needs a public domain and a real contact (reserved names are refused).
LETSENCRYPT = (
    "domain=ts.timeseries-topology.dev",
    "edge.issuer=letsencrypt-production",
    "edge.acme_email=platform@timeseries-topology.dev",
)

EXTERNAL_INFLUXDB = (
    "influxdb.mode=external",
    "influxdb.external.url=https://203.0.113.10:8443",
    "influxdb.external.ca.config_map=influxdb-ca",
)
EXTERNAL_RABBITMQ = (
    "rabbitmq.mode=external",
    "rabbitmq.external.hosts=mq-0.broker.example.net,mq-1.broker.example.net",
    "rabbitmq.external.reach.addresses=198.51.100.0/28",
    "rabbitmq.external.vhost=timeseries",
    "rabbitmq.external.ca.secret=rabbitmq-ca",
)

# Configurations every structural test runs against: both profiles, the Ingress alternative,
# an external issuer (no Keycloak in the cluster), and Let's Encrypt instead of the private CA.
VARIANTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "prod": ("prod", ()),
    "dev": ("dev", ()),
    "prod-ingress": ("prod", ("edge.exposure=ingress",)),
    "prod-external-idp": (
        "prod",
        ("identity.mode=external", "identity.issuer=https://login.example.org/realms/x"),
    ),
    "prod-letsencrypt": ("prod", LETSENCRYPT),
    # The remaining structural options: Let's Encrypt behind an Ingress (solver routes), the data
    # plane in the Gateway's namespace with a control plane (Istio), scraping on, and fixed scale
    # (no HPAs) with the management route and the optimized Keycloak image.
    "prod-ingress-letsencrypt": ("prod", ("edge.exposure=ingress", *LETSENCRYPT)),
    "prod-gateway-namespace": (
        "prod",
        (
            "edge.data_plane=gateway-namespace",
            "edge.controller_namespace=istio-system",
            "edge.control_plane_port=15012",
            "monitoring_namespace=monitoring",
        ),
    ),
    "prod-fixed-scale": (
        "prod",
        (
            "api.max_replicas=0",
            "consumer.scale.max_replicas=0",
            "topology_spread=false",
            "rabbitmq.management_route=true",
            "identity.optimized_image=true",
        ),
    ),
    # External engines (issue 15): InfluxDB at an IP address with its CA in a ConfigMap; RabbitMQ
    # at host names (their CIDRs given for the NetworkPolicy) with its CA in a Secret.
    "prod-external-influxdb": ("prod", EXTERNAL_INFLUXDB),
    "prod-external-rabbitmq": ("prod", EXTERNAL_RABBITMQ),
}


@functools.cache
def synthesize(profile: str, overrides: tuple[str, ...] = ()) -> tuple[Manifest, ...]:
    config = chart_config.load(profile, overrides=overrides)
    app = build(config, outdir="/nonexistent-outdir-not-written")
    return tuple(doc for doc in yaml.safe_load_all(app.synth_yaml()) if doc)


def variant(name: str) -> tuple[Manifest, ...]:
    profile, overrides = VARIANTS[name]
    return synthesize(profile, overrides)


def variant_config(name: str) -> chart_config.Config:
    profile, overrides = VARIANTS[name]
    return chart_config.load(profile, overrides=overrides)


def of_kind(objects: tuple[Manifest, ...], *kinds: str) -> list[Manifest]:
    return [o for o in objects if o["kind"] in kinds]


def named(objects: tuple[Manifest, ...], kind: str, name: str) -> Manifest:
    matches = [o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name]
    assert len(matches) == 1, f"expected one {kind}/{name}, found {len(matches)}"
    return matches[0]


def pod_spec(workload: Manifest) -> dict[str, Any]:
    spec: dict[str, Any] = workload["spec"]["template"]["spec"]
    return spec


def containers(workload: Manifest, *, init: bool = True) -> Iterator[dict[str, Any]]:
    spec = pod_spec(workload)
    yield from spec["containers"]
    if init:
        yield from spec.get("initContainers", [])


def container_env(workload: Manifest, name: str) -> dict[str, dict[str, Any]]:
    """Environment variables of container `name`: variable name -> its env entry."""
    (container,) = [c for c in pod_spec(workload)["containers"] if c["name"] == name]
    return {e["name"]: e for e in container.get("env", [])}
