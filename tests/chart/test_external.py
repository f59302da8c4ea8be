"""External InfluxDB and RabbitMQ (issue 15): no in-cluster engine, egress only to the endpoint."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from chart import config as chart_config
from chart import rabbitmq_definitions, secrets
from chart.topology import build
from tests.chart.support import (
    EXTERNAL_INFLUXDB,
    EXTERNAL_RABBITMQ,
    POD_KINDS,
    Manifest,
    container_env,
    named,
    of_kind,
    synthesize,
    variant,
)

DNS_PORT = 53
ENGINES = {"influxdb": ("influxdb", "influxdb-tokens"), "rabbitmq": ("rabbitmq",)}
MODES = {"prod-external-influxdb": "influxdb", "prod-external-rabbitmq": "rabbitmq"}


def _egress(objects: tuple[Manifest, ...], policy: str) -> list[dict[str, Any]]:
    """The policy's egress rules other than DNS."""
    rules = named(objects, "NetworkPolicy", policy)["spec"]["egress"]
    return [r for r in rules if {p["port"] for p in r["ports"]} != {DNS_PORT}]


def _names(objects: tuple[Manifest, ...]) -> set[str]:
    return {o["metadata"]["name"] for o in objects}


@pytest.mark.parametrize("name", sorted(MODES))
def test_no_workload_service_or_setup_of_the_external_engine(name: str) -> None:
    objects = variant(name)
    engine = MODES[name]
    in_prod = _names(variant("prod"))
    for component in ENGINES[engine]:
        assert component in in_prod  # the test can fail: the in-cluster chart has them
        assert not [o for o in objects if o["metadata"]["name"] == component], component
    for workload in of_kind(objects, *POD_KINDS, "Service", "ConfigMap", "PodDisruptionBudget"):
        labels = workload["metadata"].get("labels", {})
        assert labels.get("app.kubernetes.io/name") not in ENGINES[engine], workload["metadata"]["name"]
    # No policy lets anything reach pods of the engine (it is not here).
    for policy in of_kind(objects, "NetworkPolicy"):
        for rule in policy["spec"].get("egress", []):
            for peer in rule["to"]:
                names = peer.get("podSelector", {}).get("matchLabels", {}).get("app.kubernetes.io/name")
                assert names not in ENGINES[engine], policy["metadata"]["name"]


def test_external_influxdb_egress_is_the_endpoint_only() -> None:
    objects = variant("prod-external-influxdb")
    for policy in ("consumer", "api"):
        influx_rules = [r for r in _egress(objects, policy) if r["ports"][0]["port"] == 8443]
        assert influx_rules == [
            {"ports": [{"port": 8443, "protocol": "TCP"}], "to": [{"ipBlock": {"cidr": "203.0.113.10/32"}}]}
        ]
    # The API's only other destinations are Keycloak and the in-cluster broker (its Watch
    # subscription to the consumer's notifications); the consumer's the in-cluster broker.
    others = [r for r in _egress(objects, "api") if r["ports"][0]["port"] != 8443]
    assert sorted(r["ports"][0]["port"] for r in others) == [5672, 8080]
    for deployment in ("consumer", "api"):
        env = container_env(named(objects, "Deployment", deployment), deployment)
        assert env["INFLUX_URL"]["value"] == "https://203.0.113.10:8443"
        assert env["INFLUX_CA_FILE"]["value"] == "/etc/timeseries/ca/influxdb/ca.crt"
        secret = {"consumer": secrets.INFLUXDB_CONSUMER, "api": secrets.INFLUXDB_API}[deployment]
        assert env["INFLUX_TOKEN"]["valueFrom"]["secretKeyRef"] == {"name": secret, "key": "token"}
        volumes = named(objects, "Deployment", deployment)["spec"]["template"]["spec"]["volumes"]
        assert {
            "name": "influxdb-ca",
            "configMap": {"name": "influxdb-ca", "items": [{"key": "ca.crt", "path": "ca.crt"}]},
        } in volumes


def test_external_rabbitmq_egress_is_the_endpoint_only() -> None:
    objects = variant("prod-external-rabbitmq")
    expected = [
        {"ports": [{"port": 5671, "protocol": "TCP"}], "to": [{"ipBlock": {"cidr": "198.51.100.0/28"}}]}
    ]
    assert _egress(objects, "publisher") == expected
    assert _egress(objects, "rabbitmq-topology") == expected
    assert [r for r in _egress(objects, "consumer") if r["ports"][0]["port"] == 5671] == expected
    env = container_env(named(objects, "Deployment", "consumer"), "consumer")
    assert env["AMQP_HOST"]["value"] == "mq-0.broker.example.net,mq-1.broker.example.net"
    assert env["AMQP_TLS"]["value"] == "true"
    assert env["AMQP_VHOST"]["value"] == "timeseries"
    for key in ("username", "password"):
        variable = {"username": "AMQP_USER", "password": "AMQP_PASSWORD"}[key]
        assert env[variable]["valueFrom"]["secretKeyRef"] == {"name": "rabbitmq-consumer", "key": key}
    # The API's Watch subscription: the same endpoint, over AMQPS, as its own broker user.
    assert [r for r in _egress(objects, "api") if r["ports"][0]["port"] == 5671] == expected
    api = container_env(named(objects, "Deployment", "api"), "api")
    assert api["AMQP_TLS"]["value"] == "true" and api["AMQP_HOST"] == env["AMQP_HOST"]
    assert api["AMQP_USER"]["valueFrom"]["secretKeyRef"] == {"name": "rabbitmq-api", "key": "username"}


def test_topology_job_declares_the_boot_definitions_as_the_topology_user() -> None:
    objects = variant("prod-external-rabbitmq")
    data = named(objects, "ConfigMap", "rabbitmq-topology")["data"]["topology.json"]
    assert json.loads(data) == rabbitmq_definitions.topology("timeseries")
    env = container_env(named(objects, "Job", "rabbitmq-topology"), "rabbitmq-topology")
    assert env["AMQP_USER"]["valueFrom"]["secretKeyRef"]["name"] == "rabbitmq-topology"
    assert env["AMQP_CA_FILE"]["value"] == "/etc/timeseries/ca/rabbitmq/ca.crt"


def test_a_broker_that_forbids_declaring_gets_no_job() -> None:
    objects = synthesize("prod", (*EXTERNAL_RABBITMQ, "rabbitmq.external.declare_topology=false"))
    assert "rabbitmq-topology" not in _names(objects)
    config = chart_config.load(
        "prod", overrides=(*EXTERNAL_RABBITMQ, "rabbitmq.external.declare_topology=false")
    )
    assert "rabbitmq-topology" not in secrets.provided(config)


def test_an_engine_in_another_namespace_is_reached_by_namespace() -> None:
    overrides = (
        "rabbitmq.mode=external",
        "rabbitmq.external.hosts=broker.rabbitmq-system.svc",
        "rabbitmq.external.reach.namespace=rabbitmq-system",
        "rabbitmq.external.reach.pod_labels=app.kubernetes.io/name=broker",
    )
    peers = [
        p
        for r in _egress(synthesize("prod", overrides), "consumer")
        for p in r["to"]
        if r["ports"][0]["port"] == 5671
    ]
    assert peers == [
        {
            "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "rabbitmq-system"}},
            "podSelector": {"matchLabels": {"app.kubernetes.io/name": "broker"}},
        }
    ]


def test_secrets_command_leaves_the_external_engines_secrets_to_their_operator() -> None:
    config = chart_config.load("prod", overrides=(*EXTERNAL_INFLUXDB, *EXTERNAL_RABBITMQ))
    made = secrets.required(config)
    for name in (secrets.INFLUXDB, secrets.INFLUXDB_CONSUMER, secrets.INFLUXDB_API, secrets.RABBITMQ):
        assert name not in made
    assert secrets.provided(config) == {
        secrets.INFLUXDB_CONSUMER: ("token",),
        secrets.INFLUXDB_API: ("token",),
        "rabbitmq-consumer": ("password", "username"),
        "rabbitmq-api": ("password", "username"),
        "rabbitmq-topology": ("password", "username"),
        "rabbitmq-ca": ("ca.crt",),
    }


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        (("influxdb.mode=external",), "influxdb.external.url"),
        (("influxdb.mode=external", "influxdb.external.url=http://10.0.0.1:8086"), "influxdb.external.url"),
        (
            ("influxdb.mode=external", "influxdb.external.url=https://influx.db.internal"),
            "influxdb.external.reach.addresses",
        ),
        (
            (
                "influxdb.mode=external",
                "influxdb.external.url=https://10.0.0.1",
                "influxdb.external.api_token_secret=influxdb-consumer-token",
            ),
            "influxdb.external.api_token_secret",
        ),
        (
            (
                "influxdb.mode=external",
                "influxdb.external.url=https://10.0.0.1",
                "influxdb.external.ca.config_map=a",
                "influxdb.external.ca.secret=b",
            ),
            "influxdb.external.ca",
        ),
        (("rabbitmq.mode=external",), "rabbitmq.external.hosts"),
        (
            ("rabbitmq.mode=external", "rabbitmq.external.hosts=mq.example.net"),
            "rabbitmq.external.reach.addresses",
        ),
        (
            (
                "rabbitmq.mode=external",
                "rabbitmq.external.hosts=10.0.0.2",
                "rabbitmq.external.reach.addresses=10.0.0.0/33",
            ),
            "rabbitmq.external.reach.addresses",
        ),
        (
            ("rabbitmq.mode=external", "rabbitmq.external.hosts=10.0.0.2", "rabbitmq.management_route=true"),
            "rabbitmq.management_route",
        ),
        (
            (
                "rabbitmq.mode=external",
                "rabbitmq.external.hosts=10.0.0.2",
                "rabbitmq.external.tls=false",
                "rabbitmq.external.ca.secret=x",
            ),
            "rabbitmq.external.ca",
        ),
    ],
)
def test_external_settings_are_checked(overrides: tuple[str, ...], field: str) -> None:
    with pytest.raises(chart_config.ConfigError) as error:
        chart_config.load("prod", overrides=overrides)
    assert str(error.value).startswith(f"{field}:"), error.value


def test_the_example_configuration_synthesizes_without_an_engine() -> None:
    example = Path(__file__).resolve().parents[2] / "chart" / "examples" / "external.toml"
    config = chart_config.load("prod", file=example)
    assert (config.influxdb.mode, config.rabbitmq.mode) == ("external", "external")
    app = build(config, outdir="/nonexistent-outdir-not-written")
    kinds = {(o["kind"], o["metadata"]["name"]) for o in yaml.safe_load_all(app.synth_yaml()) if o}
    assert not {k for k in kinds if k[1] in ("influxdb", "rabbitmq", "influxdb-tokens")}
    assert ("Job", "rabbitmq-topology") in kinds
