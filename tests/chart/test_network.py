"""The NetworkPolicies allow exactly the intended component graph, and nothing else."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.chart.support import POD_KINDS, ROOT, Manifest, named, of_kind, variant

Edge = tuple[str, str, int]

# The intended graph, written out by hand (the chart derives its policies from chart.topology.flows).
COMMON: set[Edge] = {
    ("@edge", "frontend", 8080),
    ("@edge", "oauth2-proxy", 4180),
    ("@edge", "api", 50051),
    ("oauth2-proxy", "api", 8080),
    ("api", "influxdb", 8086),
    ("consumer", "rabbitmq", 5672),
    ("consumer", "influxdb", 8086),
    ("influxdb-tokens", "influxdb", 8086),
    # The Kubernetes API server, at whatever address the cluster's control plane has.
    ("influxdb-tokens", "@internet", 443),
    ("influxdb-tokens", "@internet", 6443),
    ("@publisher", "rabbitmq", 5672),
    # Live issue 12: each API replica subscribes to the consumer's notifications.
    ("api", "rabbitmq", 5672),
}
# oauth2-proxy reaches Keycloak in the cluster (no discovery at the public URL, no internet).
KEYCLOAK: set[Edge] = {
    ("@edge", "keycloak", 8080),
    ("api", "keycloak", 8080),
    ("oauth2-proxy", "keycloak", 8080),
}
PROD: set[Edge] = (
    COMMON
    | KEYCLOAK
    | {
        ("rabbitmq", "rabbitmq", 4369),
        ("rabbitmq", "rabbitmq", 25672),
        ("keycloak", "keycloak-postgres", 5432),
        # Keycloak 26's cache cluster (jdbc-ping): JGroups on 7800, failure detection on 57800.
        ("keycloak", "keycloak", 7800),
        ("keycloak", "keycloak", 57800),
        ("keycloak-realm-sync", "keycloak", 8080),
    }
)
EXPECTED: dict[str, set[Edge]] = {
    "prod": PROD,
    "dev": COMMON | KEYCLOAK | {("@edge", "rabbitmq", 15672)},
    "prod-external-idp": COMMON
    | {
        ("rabbitmq", "rabbitmq", 4369),
        ("rabbitmq", "rabbitmq", 25672),
        ("api", "@internet", 443),
        ("oauth2-proxy", "@internet", 443),
    },
    # Only Let's Encrypt's HTTP-01 challenges need the solver pods reachable.
    "prod-letsencrypt": PROD | {("@edge", "@acme-http01-solver", 8089)},
}


def _peer(peer: dict[str, Any]) -> str:
    if "ipBlock" in peer:
        assert peer["ipBlock"] == {"cidr": "0.0.0.0/0"}
        return "@internet"
    pods = (peer.get("podSelector") or {}).get("matchLabels", {})
    if "namespaceSelector" in peer:
        assert not pods, peer
        names = peer["namespaceSelector"].get("matchLabels", {}).get("kubernetes.io/metadata.name")
        return "@monitoring" if names == "monitoring" else "@edge"
    if pods.get("app.kubernetes.io/component") == "publisher" and "app.kubernetes.io/name" not in pods:
        return "@publisher"
    return str(pods["app.kubernetes.io/name"])


# The default DNS peer: the kube-dns pods and NodeLocal DNSCache's address, on 53 UDP and TCP.
KUBE_DNS = {
    "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "kube-system"}},
    "podSelector": {"matchLabels": {"k8s-app": "kube-dns"}},
}
NODE_LOCAL_DNS = {"ipBlock": {"cidr": "169.254.20.10/32"}}
DNS_RULE = {"to": [KUBE_DNS, NODE_LOCAL_DNS], "ports": [{"port": 53, "protocol": p} for p in ("UDP", "TCP")]}


def _is_dns(rule: dict[str, Any]) -> bool:
    return bool(rule == DNS_RULE)


def graph(objects: tuple[Manifest, ...]) -> tuple[set[Edge], set[Edge]]:
    """(edges allowed as ingress at their target, edges allowed as egress at their source)."""
    ingress: set[Edge] = set()
    egress: set[Edge] = set()
    for policy in of_kind(objects, "NetworkPolicy"):
        spec = policy["spec"]
        if policy["metadata"]["name"] == "default-deny":
            continue
        selector = spec["podSelector"]["matchLabels"]
        if selector == {"acme.cert-manager.io/http01-solver": "true"}:
            assert spec["policyTypes"] == ["Ingress"]  # egress stays denied by default-deny
            me = "@acme-http01-solver"
        elif selector == _readme_publisher_labels():
            assert spec["policyTypes"] == ["Egress"]  # ingress stays denied by default-deny
            me = "@publisher"
        else:
            assert spec["policyTypes"] == ["Ingress", "Egress"]
            me = selector["app.kubernetes.io/name"]
        for rule in spec.get("ingress", []):
            ingress |= {(_peer(peer), me, port["port"]) for peer in rule["from"] for port in rule["ports"]}
        if "Egress" not in spec["policyTypes"]:
            assert "egress" not in spec
            continue
        dns = [rule for rule in spec["egress"] if _is_dns(rule)]
        assert len(dns) == 1, f"{me} must reach DNS exactly once"
        for rule in spec["egress"]:
            if not _is_dns(rule):
                egress |= {(me, _peer(peer), port["port"]) for peer in rule["to"] for port in rule["ports"]}
    return ingress, egress


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_allow_graph_equals_the_intended_component_graph(name: str) -> None:
    ingress, egress = graph(variant(name))
    expected = EXPECTED[name]
    # Each flow inside the namespace is allowed at both ends; flows from outside only at the target.
    assert ingress == {e for e in expected if not e[1].startswith("@") or e[1] == "@acme-http01-solver"}
    assert egress == {e for e in expected if not e[0].startswith("@") or e[0] == "@publisher"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_default_deny_and_every_workload_has_its_policy(name: str) -> None:
    objects = variant(name)
    policies = {p["metadata"]["name"]: p["spec"] for p in of_kind(objects, "NetworkPolicy")}
    assert policies["default-deny"] == {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]}
    selectors = [s["podSelector"].get("matchLabels", {}) for n, s in policies.items() if n != "default-deny"]
    for workload in of_kind(objects, *POD_KINDS):
        labels = workload["spec"]["template"]["metadata"]["labels"]
        assert any(s and s.items() <= labels.items() for s in selectors), workload["metadata"]["name"]


def test_edge_namespace_narrows_who_may_enter() -> None:
    from tests.chart.support import synthesize

    objects = synthesize("prod", ("edge.controller_namespace=envoy-gateway-system",))
    frontend = next(p for p in of_kind(objects, "NetworkPolicy") if p["metadata"]["name"] == "frontend")
    (rule,) = frontend["spec"]["ingress"]
    assert rule["from"] == [
        {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "envoy-gateway-system"}}}
    ]


# Where each component serves /metrics: (component, container, port name).
METRICS = {
    ("consumer", "consumer", "http"),
    ("api", "api", "http"),
    ("rabbitmq", "rabbitmq", "metrics"),
    ("influxdb", "influxdb", "http"),
    ("keycloak", "keycloak", "management"),
}


@pytest.mark.parametrize("name", ["prod", "dev", "prod-external-idp"])
def test_monitoring_namespace_may_scrape_every_metrics_port(name: str) -> None:
    from tests.chart.support import VARIANTS, containers, synthesize

    profile, overrides = VARIANTS[name]
    objects = synthesize(profile, (*overrides, "monitoring_namespace=monitoring"))
    ingress, _ = graph(objects)
    scraped = {(target, port) for source, target, port in ingress if source == "@monitoring"}
    expected = set()
    for workload in of_kind(objects, *POD_KINDS):
        component = workload["spec"]["template"]["metadata"]["labels"]["app.kubernetes.io/name"]
        for container in containers(workload, init=False):
            ports = {p["name"]: p["containerPort"] for p in container.get("ports", [])}
            expected |= {
                (component, ports[port]) for c, n, port in METRICS if (c, n) == (component, container["name"])
            }
    assert {c for c, _ in expected} == {c for c, _, _ in METRICS} - (
        {"keycloak"} if "external" in name else set()
    )
    assert scraped == expected
    assert not any(source == "@monitoring" for source, _, _ in graph(variant(name))[0])


@pytest.mark.parametrize("name", ["prod", "dev"])
def test_keycloak_and_influxdb_serve_their_metrics(name: str) -> None:
    """What the scraped ports need: Keycloak's metrics on, InfluxDB's not off (its default)."""
    objects = variant(name)
    keycloak = named(objects, "Deployment", "keycloak")["spec"]["template"]["spec"]["containers"][0]
    assert {"name": "KC_METRICS_ENABLED", "value": "true"} in keycloak["env"]
    influxdb = named(objects, "StatefulSet", "influxdb")["spec"]["template"]["spec"]["containers"][0]
    assert not any(
        e["name"] == "INFLUXD_METRICS_DISABLED" and e.get("value") == "true" for e in influxdb["env"]
    )


def _readme_publisher_labels() -> dict[str, str]:
    """The publisher label that chart/README.md tells users to put on their publisher pods."""
    text = (ROOT / "chart" / "README.md").read_text()
    found = re.search(r"Pods in the namespace labelled `([^`]+)`", " ".join(text.split()))
    assert found, "chart/README.md no longer documents the publisher label"
    return dict(pair.strip().split("=", 1) for pair in found.group(1).split(","))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_publishers_reach_dns_and_amqp_only(name: str) -> None:
    labels = _readme_publisher_labels()
    objects = variant(name)
    (policy,) = [
        p
        for p in of_kind(objects, "NetworkPolicy")
        if (p["spec"]["podSelector"].get("matchLabels") or {}) == labels
    ]
    spec = policy["spec"]
    assert spec["policyTypes"] == ["Egress"]  # their ingress stays denied by default-deny
    dns, amqp = spec["egress"]
    assert _is_dns(dns)
    broker = named(objects, "StatefulSet", "rabbitmq")["spec"]["selector"]["matchLabels"]
    assert amqp == {
        "to": [{"podSelector": {"matchLabels": broker}}],
        "ports": [{"port": 5672, "protocol": "TCP"}],
    }


def _dns_rules(objects: tuple[Manifest, ...]) -> list[Any]:
    """The first egress rule of every policy that allows egress (each pod's DNS)."""
    return [p["spec"]["egress"][0] for p in of_kind(objects, "NetworkPolicy") if "egress" in p["spec"]]


def test_dns_reaches_kube_dns_and_node_local_dns_cache_by_default() -> None:
    rules = _dns_rules(variant("prod"))
    assert len(rules) > 5
    assert all(rule == DNS_RULE for rule in rules), rules


def test_dns_peer_is_configurable_for_openshift() -> None:
    from tests.chart.support import synthesize

    openshift = (
        "dns.namespace=openshift-dns",
        "dns.pod_labels=dns.operator.openshift.io/daemonset-dns=default",
        "dns.port=5353",
        "dns.addresses=",
    )
    rules = _dns_rules(synthesize("prod", openshift))
    expected = {
        "to": [
            {
                "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "openshift-dns"}},
                "podSelector": {"matchLabels": {"dns.operator.openshift.io/daemonset-dns": "default"}},
            }
        ],
        "ports": [{"port": 5353, "protocol": "UDP"}, {"port": 5353, "protocol": "TCP"}],
    }
    assert rules and all(rule == expected for rule in rules), rules


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_admitted_port_is_a_port_of_the_selected_pods(name: str) -> None:
    objects = variant(name)
    pods = [w["spec"]["template"] for w in of_kind(objects, *POD_KINDS)]
    for policy in of_kind(objects, "NetworkPolicy"):
        selector = policy["spec"]["podSelector"].get("matchLabels") or {}
        declared = {
            port["containerPort"]
            for pod in pods
            if selector and selector.items() <= pod["metadata"]["labels"].items()
            for container in pod["spec"]["containers"]
            for port in container.get("ports", [])
        }
        for rule in policy["spec"].get("ingress", []):
            for port in rule["ports"]:
                if declared:  # pods the chart runs (not the solver's)
                    assert port["port"] in declared, (policy["metadata"]["name"], port)


# NGINX Gateway Fabric: the data plane runs in the Gateway's namespace, labelled with the Gateway
# API's gateway-name label, and pulls its configuration from the controller in its namespace.
IN_GATEWAY_NAMESPACE = (
    "edge.data_plane=gateway-namespace",
    "edge.controller_namespace=nginx-gateway",
    "edge.control_plane_port=8443",
)
DATA_PLANE = {"gateway.networking.k8s.io/gateway-name": "timeseries"}


def _route_backends(objects: tuple[Manifest, ...]) -> set[tuple[str, int]]:
    """(component, pod port) of every backend the Gateway's routes send requests to."""
    services = {s["metadata"]["name"]: s for s in of_kind(objects, "Service")}
    found = set()
    for route in of_kind(objects, "HTTPRoute", "GRPCRoute"):
        for rule in route["spec"]["rules"]:
            for ref in rule.get("backendRefs", []):
                service = services[ref["name"]]
                (port,) = [p for p in service["spec"]["ports"] if p["port"] == ref["port"]]
                found.add(_pod_port(objects, service, port.get("targetPort", port["port"])))
    return found


def _pod_port(objects: tuple[Manifest, ...], service: Manifest, target: int | str) -> tuple[str, int]:
    """(component, pod port) that a Service port's targetPort (a number or a port name) is."""
    selector = service["spec"]["selector"]
    if isinstance(target, str):
        (number,) = {
            p["containerPort"]
            for w in of_kind(objects, *POD_KINDS)
            if selector.items() <= w["spec"]["template"]["metadata"]["labels"].items()
            for c in w["spec"]["template"]["spec"]["containers"]
            for p in c.get("ports", [])
            if p["name"] == target
        }
        return str(selector["app.kubernetes.io/name"]), int(number)
    return str(selector["app.kubernetes.io/name"]), target


def _policies(objects: tuple[Manifest, ...]) -> dict[str, Any]:
    return {p["metadata"]["name"]: p["spec"] for p in of_kind(objects, "NetworkPolicy")}


def test_a_data_plane_in_the_gateway_namespace_reaches_the_backends_and_is_reachable() -> None:
    from tests.chart.support import synthesize

    objects = synthesize("prod", IN_GATEWAY_NAMESPACE)
    backends = _route_backends(objects)
    assert {("frontend", 8080), ("api", 50051), ("keycloak", 8080)} <= backends
    policies = _policies(objects)
    plane = policies["gateway-data-plane"]
    assert plane["podSelector"] == {"matchLabels": DATA_PLANE}
    assert plane["policyTypes"] == ["Ingress", "Egress"]
    # Clients from anywhere, on the Gateway's listener ports.
    listeners = {lst["port"] for lst in named(objects, "Gateway", "timeseries")["spec"]["listeners"]}
    assert plane["ingress"] == [{"ports": [{"port": p, "protocol": "TCP"} for p in sorted(listeners)]}]
    dns, *egress = plane["egress"]
    assert _is_dns(dns)
    reached = {
        (_peer(peer), port["port"]) for rule in egress for peer in rule["to"] for port in rule["ports"]
    }
    control = {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "nginx-gateway"}}}
    assert {"to": [control], "ports": [{"port": 8443, "protocol": "TCP"}]} in egress
    assert reached - {("@edge", 8443)} == backends
    # Each backend admits the data plane's pods (in this namespace) at its pod port.
    for component, port in backends:
        assert {
            "from": [{"podSelector": {"matchLabels": DATA_PLANE}}],
            "ports": [{"port": port, "protocol": "TCP"}],
        } in (policies[component]["ingress"]), component


def test_a_data_plane_in_a_named_namespace_is_selected_by_its_pod_labels() -> None:
    from tests.chart.support import synthesize

    envoy = (
        "edge.controller_namespace=envoy-gateway-system",
        "edge.data_plane_pod_labels=gateway.envoyproxy.io/owning-gateway-name=timeseries",
    )
    objects = synthesize("prod", envoy)
    policies = _policies(objects)
    assert "gateway-data-plane" not in policies
    peer = {
        "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "envoy-gateway-system"}},
        "podSelector": {"matchLabels": {"gateway.envoyproxy.io/owning-gateway-name": "timeseries"}},
    }
    for component, port in _route_backends(objects):
        assert {"from": [peer], "ports": [{"port": port, "protocol": "TCP"}]} in policies[component][
            "ingress"
        ]
