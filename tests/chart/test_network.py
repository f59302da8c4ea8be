"""The NetworkPolicies allow every flow the settings need, and nothing else (tests/chart/netpol.py)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tests.chart import netpol
from tests.chart.support import POD_KINDS, VARIANTS, Manifest, named, of_kind, variant, variant_config

Edge = tuple[str, str, int]


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_policies_allow_every_needed_flow_and_nothing_else(name: str) -> None:
    """NetworkPolicy semantics over the objects (tests/chart/netpol.py) against the flows each
    component's settings make: equal, over every endpoint and port worth probing."""
    objects, config = variant(name), variant_config(name)
    need = netpol.needed(config, objects)
    allowed = netpol.allowed_flows(config, objects, netpol.probe_ports(config, objects, need))
    assert len(need) > 40
    assert sorted(need - allowed) == [], "needed but denied"
    assert sorted(allowed - need) == [], "allowed but not needed"


def _without(objects: tuple[Manifest, ...], policy: str, port: int) -> tuple[Manifest, ...]:
    """`objects` with every rule of NetworkPolicy `policy` that names `port` dropped."""
    changed = copy.deepcopy(objects)
    spec = next(p for p in of_kind(changed, "NetworkPolicy") if p["metadata"]["name"] == policy)["spec"]
    for direction in ("ingress", "egress"):
        spec[direction] = [
            r for r in spec.get(direction, []) if all(p["port"] != port for p in r.get("ports", []))
        ]
    return changed


def test_the_evaluation_finds_a_denied_flow_and_an_extra_one() -> None:
    objects, config = variant("prod"), variant_config("prod")
    need = netpol.needed(config, objects)
    probe = netpol.probe_ports(config, objects, need)
    # Keycloak's failure detection (57800) cut off: its replicas' flow is needed and denied.
    denied = need - netpol.allowed_flows(config, objects, probe)
    assert denied == set()
    cut = _without(objects, "keycloak", 57800)
    assert need - netpol.allowed_flows(config, cut, probe) == {("keycloak", "keycloak", 57800, "TCP")}
    # A rule that opens the API to every pod of every namespace: allowed, not needed.
    opened = copy.deepcopy(objects)
    api = next(p for p in of_kind(opened, "NetworkPolicy") if p["metadata"]["name"] == "api")["spec"]
    api["ingress"].append({"from": [{"namespaceSelector": {}}], "ports": [{"port": 8080, "protocol": "TCP"}]})
    extra = netpol.allowed_flows(config, opened, probe) - need
    assert {("@stranger-elsewhere", "api", 8080, "TCP"), ("@monitoring", "api", 8080, "TCP")} <= extra


def test_nothing_reaches_the_node_metadata_endpoint() -> None:
    """The egress to any address (the API server, a public issuer) leaves out link-local, where
    the cloud's metadata endpoint hands out node credentials."""
    for name in ("prod", "prod-external-idp"):
        objects, config = variant(name), variant_config(name)
        endpoints = {e.name: e for e in netpol.universe(config, objects)}
        for source in ("influxdb-tokens", "api", "oauth2-proxy"):
            for port in (80, 443, 6443):
                assert not netpol.allowed(
                    objects, endpoints[source], endpoints["@node-metadata"], port, "TCP"
                )


def _peer(peer: dict[str, Any]) -> str:
    if "ipBlock" in peer:
        assert peer["ipBlock"] == {"cidr": "0.0.0.0/0", "except": ["169.254.0.0/16"]}
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
        elif selector == netpol.publisher_labels():
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


@pytest.mark.parametrize("name", sorted(VARIANTS))
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
    from tests.chart.support import containers, synthesize

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


@pytest.mark.parametrize(
    "name", sorted(n for n, (_, o) in VARIANTS.items() if "rabbitmq.mode=external" not in o)
)
def test_publishers_reach_dns_and_amqp_only(name: str) -> None:
    """With the broker in the cluster (the evaluation covers the external one too)."""
    labels = netpol.publisher_labels()
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


@pytest.mark.parametrize("name", sorted(VARIANTS))
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
