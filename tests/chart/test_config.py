"""Configuration: profiles, file and overrides, and one clear error naming the field."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from chart import config as chart_config
from chart.config import ConfigError, load, reserved_domain
from tests.chart.support import LETSENCRYPT, ROOT, named, pod_spec, synthesize


def test_profiles_differ_where_they_should() -> None:
    dev, prod = load("dev"), load("prod")
    assert (dev.rabbitmq.nodes, prod.rabbitmq.nodes) == (1, 3)
    assert (dev.identity.mode, prod.identity.mode) == ("dev", "prod")
    assert dev.rabbitmq.management_route and not prod.rabbitmq.management_route
    # Let's Encrypt can never validate dev's *.localtest.me: a private CA there.
    assert dev.edge.issuer == "self-signed" and not dev.edge.acme


@pytest.mark.parametrize(
    ("name", "reserved"),
    [
        ("timeseries.example.com", "example.com"),
        ("example.net", "example.net"),
        ("a.b.example.org", "example.org"),
        ("ts.example", "example"),
        ("ts.test", "test"),
        ("ts.invalid", "invalid"),
        ("app.localhost", "localhost"),
        ("printer.local", "local"),
        ("nas.home.arpa", "home.arpa"),
        ("TimeSeries.LocalTest.Me.", "localtest.me"),
        ("ts.timeseries-topology.dev", None),
        ("notexample.com", None),
        ("example.com.au", None),
    ],
)
def test_reserved_domains(name: str, reserved: str | None) -> None:
    assert reserved_domain(name) == reserved


def test_lets_encrypt_with_a_public_domain_and_a_real_contact_loads() -> None:
    config = load("prod", overrides=LETSENCRYPT)
    assert config.edge.acme and config.edge.acme_email == "platform@timeseries-topology.dev"


def test_file_then_overrides(tmp_path: Path) -> None:
    file = tmp_path / "site.toml"
    file.write_text(
        'domain = "ts.example.org"\n[api]\nreplicas = 4\nmax_replicas = 10\n[edge]\nexposure = "ingress"\n'
    )
    config = load("prod", file, ["api.replicas=5", "influxdb.storage.storage_class=fast-ssd"])
    assert config.domain == "ts.example.org" and config.grpc_host == "grpc.ts.example.org"
    assert (config.api.replicas, config.api.max_replicas) == (5, 10)
    assert config.edge.exposure == "ingress"
    objects = synthesize("prod", ("influxdb.storage.storage_class=fast-ssd", "influxdb.storage.size=50Gi"))
    (claim,) = named(objects, "StatefulSet", "influxdb")["spec"]["volumeClaimTemplates"]
    assert claim["spec"]["storageClassName"] == "fast-ssd"
    assert claim["spec"]["resources"]["requests"]["storage"] == "50Gi"


def test_an_image_digest_pins_the_image_and_drops_the_digest_skip() -> None:
    digest = "sha256:" + "a" * 64
    objects = synthesize("prod", (f"images.api.digest={digest}",))
    api = named(objects, "Deployment", "api")
    assert pod_spec(api)["containers"][0]["image"] == f"ghcr.io/timeseries-topology/api:0.1.0@{digest}"
    assert "CKV_K8S_43" not in str(api["metadata"]["annotations"])


@pytest.mark.parametrize(
    ("profile", "overrides", "message"),
    [
        ("staging", [], "profile: unknown profile 'staging'"),
        ("prod", ["domain=not a host"], "domain: not a valid DNS hostname"),
        ("prod", ["domain=UPPER.example.com"], "domain: not a valid DNS hostname"),
        ("prod", ["api.replicas=0"], "api.replicas: must be at least 1, got 0"),
        ("prod", ["consumer.scale.replicas=-1"], "consumer.scale.replicas: must be at least 1"),
        ("prod", ["api.replicas=two"], "api.replicas: expected an integer, got 'two'"),
        ("prod", ["identity.mode=external"], "identity.issuer: required (https://...) when mode is external"),
        (
            "prod",
            ["edge.issuer=letsencrypt-production"],
            "edge.acme_email: required for letsencrypt-production",
        ),
        (
            "prod",
            [*LETSENCRYPT, "edge.acme_email=platform@example.com"],
            "edge.acme_email: 'platform@example.com' is at the reserved domain example.com",
        ),
        (
            "prod",
            [*LETSENCRYPT, "domain=timeseries.example.com"],
            "domain: 'timeseries.example.com' lies under the reserved domain example.com",
        ),
        (
            "dev",
            ["edge.issuer=letsencrypt-staging", "edge.acme_email=platform@timeseries-topology.dev"],
            "domain: 'timeseries.localtest.me' lies under the reserved domain localtest.me",
        ),
        ("prod", ["edge.cert_manager_namespace=Cert_Manager"], "edge.cert_manager_namespace: not a valid"),
        ("prod", ["edge.exposure=loadbalancer"], "edge.exposure: must be one of gateway, ingress"),
        ("prod", ["api.replicass=3"], "api.replicass: unknown setting"),
        ("prod", ["images.api.tag=latest"], "images.api.tag: pin a version, not latest"),
        ("prod", ["images.api.digest=sha256:abc"], "images.api.digest: must be sha256:"),
        ("prod", ["rabbitmq.nodes=2"], "rabbitmq.nodes: must be 1, 3 or 5, got 2"),
        ("prod", ["influxdb.storage.size=lots"], "influxdb.storage.size: not a storage quantity"),
        ("prod", ["api.resources.cpu_limit=1Gi"], "api.resources.cpu_limit: not a CPU quantity"),
        ("prod", ["api.resources.memory_limit=500m"], "api.resources.memory_limit: not a memory quantity"),
        ("prod", ["api.max_replicas=1"], "api.max_replicas: must be 0 (no autoscaling) or at least replicas"),
        ("prod", ["rabbitmq.management_route=maybe"], "rabbitmq.management_route: expected true or false"),
        ("prod", ["noequals"], "override 'noequals': expected key.path=value"),
        ("prod", ["monitoring_namespace=Bad_NS"], "monitoring_namespace: not a valid namespace name"),
        (
            "prod",
            ["edge.exposure=ingress", "edge.data_plane=gateway-namespace"],
            "edge.data_plane: gateway-namespace needs edge.exposure = gateway",
        ),
        (
            "prod",
            ["edge.data_plane=pods"],
            "edge.data_plane: must be one of controller-namespace, gateway-namespace",
        ),
        (
            "prod",
            ["edge.data_plane_pod_labels=app"],
            "edge.data_plane_pod_labels: not a label key=value: 'app'",
        ),
        (
            "prod",
            ["edge.control_plane_port=70000"],
            "edge.control_plane_port: must be 0 (none) or a port number",
        ),
        (
            "prod",
            ["edge.control_plane_port=15012"],
            "edge.control_plane_port: needs edge.data_plane = gateway-namespace",
        ),
        ("prod", ["dns.namespace=Kube_System"], "dns.namespace: not a valid namespace name"),
        ("prod", ["dns.pod_labels=k8s-app"], "dns.pod_labels: not a label key=value: 'k8s-app'"),
        ("prod", ["dns.port=0"], "dns.port: must be a port number (1-65535), got 0"),
        ("prod", ["dns.port=udp"], "dns.port: expected an integer"),
        ("prod", ["dns.addresses=169.254.20.10/33"], "dns.addresses: not a CIDR (like 169.254.20.10/32)"),
        ("prod", ["dns.addresses=node-local"], "dns.addresses: not a CIDR"),
        ("prod", ["edge.proxy_cidrs=10.0.0.0/33"], "edge.proxy_cidrs: not a CIDR (like 10.0.0.0/8)"),
        ("prod", ["edge.proxy_cidrs="], "edge.proxy_cidrs: name at least the data plane's pod CIDR"),
    ],
)
def test_bad_configuration_fails_with_one_clear_message(
    profile: str, overrides: list[str], message: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        load(profile, overrides=overrides)
    assert str(caught.value).startswith(message), str(caught.value)


def test_a_float_is_not_an_integer(tmp_path: Path) -> None:
    file = tmp_path / "site.toml"
    file.write_text("[api]\nreplicas = 2.5\n")
    with pytest.raises(ConfigError, match=r"^api\.replicas: expected an integer, got 2\.5"):
        load("prod", file)


def test_missing_required_value_in_a_file(tmp_path: Path) -> None:
    file = tmp_path / "bad.toml"
    file.write_text("[images.api]\nregistry = 'r'\n")
    config = load("prod", file)  # merged over the profile: still complete
    assert config.images.api.registry == "r"
    with pytest.raises(ConfigError, match=r"^config file .*bad2.toml"):
        load("prod", tmp_path / "bad2.toml")
    file.write_text('profile = "dev"\n')
    with pytest.raises(ConfigError, match=r"^profile: the file sets 'dev'"):
        load("prod", file)


def test_a_required_field_without_value_is_named() -> None:
    with pytest.raises(ConfigError, match=r"^images\.api\.tag: required but not set"):
        chart_config._build(chart_config.Image, {"registry": "r", "repository": "x"}, "images.api")


def test_cli_exits_2_with_the_message_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "chart", "--set", "api.replicas=0", "--outdir", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.strip().endswith("config error: api.replicas: must be at least 1, got 0")
    assert not out.exists()


def test_cli_synthesizes_another_profile(tmp_path: Path) -> None:
    out = tmp_path / "dev"
    subprocess.run(
        [sys.executable, "-m", "chart", "--profile", "dev", "--outdir", str(out)],
        cwd=ROOT,
        check=True,
        timeout=120,
    )
    assert sorted(p.name for p in out.iterdir()) == ["cluster.k8s.yaml", "timeseries.k8s.yaml"]
    assert "start-dev" in (out / "timeseries.k8s.yaml").read_text()


def test_quantities_in_every_unit_synthesize() -> None:
    objects = synthesize(
        "prod",
        (
            "api.resources.cpu_limit=1.5",
            "api.resources.memory_limit=1Ti",
            "api.resources.memory_request=134217728",
        ),
    )
    limits = pod_spec(named(objects, "Deployment", "api"))["containers"][0]["resources"]["limits"]
    assert limits == {"cpu": "1.5", "memory": "1048576Mi"}
