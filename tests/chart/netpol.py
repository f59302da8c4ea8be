"""NetworkPolicy semantics, evaluated over a configuration's objects, and the flows it needs.

`allowed(...)` answers, as the Kubernetes NetworkPolicy API defines it, whether a packet from one
endpoint to another on a port passes: a pod is isolated in a direction once some policy of its
namespace selects it for that direction, and then only a rule of such a policy admits the packet
(peers by podSelector, namespaceSelector, both, or ipBlock; ports by number, name or range;
protocol TCP by default). Both ends must admit it.

`needed(...)` derives the flows the running system makes from each component's own settings, not
from a list of flows: the URLs and host/port pairs in its containers' env and args, resolved
through the Services they name; the API server for pods that hold a token and a RoleBinding;
the routes' backends for the edge; peers from the clustering settings (RabbitMQ's
classic_config nodes, Keycloak's `ispn` cache); scraping from each component's metrics settings;
DNS for every pod. `universe(...)` is the set of endpoints both are evaluated over: the chart's
pods, the pods a cluster adds (edge proxies, DNS, Prometheus, publishers, cert-manager's solver),
strangers in and outside the namespace, and an address outside the cluster.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import re
from collections.abc import Iterable, Mapping
from typing import Any

from chart.config import Config, label_map
from chart.network import KUBERNETES_API_PORTS
from tests.chart.support import POD_KINDS, ROOT, Manifest, of_kind

Flow = tuple[str, str, int, str]  # (source, destination, port, protocol)

OUTSIDE = "@outside"  # any address outside the cluster: public endpoints and the API server
OUTSIDE_IP = "198.51.100.7"
# cert-manager's HTTP-01 solver pods: their label and the port they listen on (cert-manager's own).
SOLVER_LABELS = {"acme.cert-manager.io/http01-solver": "true"}
SOLVER_PORT = 8089
DEFAULT_PORTS = {"http": 80, "https": 443, "amqp": 5672, "amqps": 5671, "postgresql": 5432}
_URL = re.compile(r"([a-z][a-z0-9+.:-]*)://([A-Za-z0-9.-]+)(?::([0-9]+))?")


@dataclasses.dataclass(frozen=True)
class Endpoint:
    name: str
    namespace: str = ""  # empty: an address, not a pod
    labels: tuple[tuple[str, str], ...] = ()
    ports: tuple[tuple[str, int], ...] = ()  # named container ports
    ip: str = ""

    @property
    def label_map(self) -> dict[str, str]:
        return dict(self.labels)


def publisher_labels() -> dict[str, str]:
    """The publisher label that chart/README.md tells users to put on their publisher pods."""
    text = (ROOT / "chart" / "README.md").read_text()
    found = re.search(r"Pods in the namespace labelled `([^`]+)`", " ".join(text.split()))
    assert found, "chart/README.md no longer documents the publisher label"
    return dict(pair.strip().split("=", 1) for pair in found.group(1).split(","))


def _pod(
    name: str, namespace: str, labels: Mapping[str, str], ports: Iterable[tuple[str, int]] = ()
) -> Endpoint:
    return Endpoint(name, namespace, tuple(sorted(labels.items())), tuple(sorted(ports)))


def _workloads(objects: tuple[Manifest, ...]) -> list[Manifest]:
    return of_kind(objects, *POD_KINDS)


def component(workload: Manifest) -> str:
    return str(workload["spec"]["template"]["metadata"]["labels"]["app.kubernetes.io/name"])


def _container_ports(workload: Manifest) -> list[tuple[str, int]]:
    spec = workload["spec"]["template"]["spec"]
    return [(p.get("name", ""), p["containerPort"]) for c in spec["containers"] for p in c.get("ports", [])]


def _gateway_name(objects: tuple[Manifest, ...]) -> str:
    gateways = of_kind(objects, "Gateway")
    return str(gateways[0]["metadata"]["name"]) if gateways else ""


def edge_pod_labels(config: Config, objects: tuple[Manifest, ...]) -> dict[str, str]:
    labels = label_map(config.edge.data_plane_pod_labels)
    if not labels and config.edge.data_plane == "gateway-namespace":
        labels = {"gateway.networking.k8s.io/gateway-name": _gateway_name(objects)}
    return labels


def universe(config: Config, objects: tuple[Manifest, ...]) -> list[Endpoint]:
    ns = config.namespace
    edge = config.edge
    found = [
        _pod(component(w), ns, w["spec"]["template"]["metadata"]["labels"], _container_ports(w))
        for w in _workloads(objects)
    ]
    found += [
        _pod("@publisher", ns, publisher_labels()),
        _pod("@acme-solver", ns, SOLVER_LABELS, [("http", SOLVER_PORT)]),
        _pod("@stranger", ns, {"app": "stranger"}),
        _pod("@stranger-elsewhere", "elsewhere", {"app": "stranger"}),
        _pod("@monitoring", config.monitoring_namespace or "monitoring", {"app": "prometheus"}),
        _pod("@dns", config.dns.namespace, label_map(config.dns.pod_labels), [("dns", config.dns.port)]),
        Endpoint(OUTSIDE, ip=OUTSIDE_IP),
        # The cloud's metadata endpoint on the node (credentials): nothing may reach it.
        Endpoint("@node-metadata", ip="169.254.169.254"),
    ]
    found += [Endpoint(f"@{address}", ip=address) for address in sorted(_addresses(objects))]
    found += [
        Endpoint(f"@dns-address-{i}", ip=str(ipaddress.ip_network(cidr)[0]))
        for i, cidr in enumerate(config.dns.addresses)
    ]
    if edge.data_plane == "gateway-namespace":
        found.append(_pod("@edge", ns, edge_pod_labels(config, objects)))
        found.append(_pod("@edge-control-plane", edge.controller_namespace, {"app": "controller"}))
    else:
        found.append(
            _pod("@edge", edge.controller_namespace or "edge-proxies", label_map(edge.data_plane_pod_labels))
        )
    return found


# --- NetworkPolicy semantics ---------------------------------------------------------------


def _matches(selector: Mapping[str, Any] | None, labels: Mapping[str, str]) -> bool:
    """Whether a LabelSelector selects `labels` (an empty selector selects everything)."""
    selector = selector or {}
    if any(labels.get(k) != v for k, v in (selector.get("matchLabels") or {}).items()):
        return False
    for expr in selector.get("matchExpressions") or []:
        key, op, values = expr["key"], expr["operator"], expr.get("values") or []
        ok = {
            "In": key in labels and labels[key] in values,
            "NotIn": key not in labels or labels[key] not in values,
            "Exists": key in labels,
            "DoesNotExist": key not in labels,
        }[op]
        if not ok:
            return False
    return True


def _namespace_labels(namespace: str, objects: tuple[Manifest, ...]) -> dict[str, str]:
    labels = {"kubernetes.io/metadata.name": namespace}
    for ns in of_kind(objects, "Namespace"):
        if ns["metadata"]["name"] == namespace:
            labels.update(ns["metadata"].get("labels", {}))
    return labels


def _peer(peer: Mapping[str, Any], policy_ns: str, ep: Endpoint, objects: tuple[Manifest, ...]) -> bool:
    if "ipBlock" in peer:
        if not ep.ip:
            return False  # pods are matched by selectors (ipBlock on pod IPs is not portable)
        block = peer["ipBlock"]
        ip = ipaddress.ip_address(ep.ip)
        return ip in ipaddress.ip_network(block["cidr"]) and not any(
            ip in ipaddress.ip_network(e) for e in block.get("except", [])
        )
    if ep.ip:
        return False
    if "namespaceSelector" in peer:
        if not _matches(peer["namespaceSelector"], _namespace_labels(ep.namespace, objects)):
            return False
    elif ep.namespace != policy_ns:
        return False
    return "podSelector" not in peer or _matches(peer["podSelector"], ep.label_map)


def _port(ports: list[Mapping[str, Any]] | None, dst: Endpoint, port: int, protocol: str) -> bool:
    if not ports:
        return True
    for p in ports:
        if p.get("protocol", "TCP") != protocol:
            continue
        if "port" not in p:
            return True
        value = p["port"]
        if isinstance(value, str):
            if dict(dst.ports).get(value) == port:
                return True
        elif value <= port <= p.get("endPort", value):
            return True
    return False


def _types(spec: Mapping[str, Any]) -> list[str]:
    return list(spec.get("policyTypes") or ["Ingress", *(["Egress"] if "egress" in spec else [])])


def allowed(objects: tuple[Manifest, ...], src: Endpoint, dst: Endpoint, port: int, protocol: str) -> bool:
    policies = of_kind(objects, "NetworkPolicy")

    def selecting(ep: Endpoint, direction: str) -> list[Manifest]:
        return [
            p
            for p in policies
            if ep.namespace
            and p["metadata"].get("namespace", ep.namespace) == ep.namespace
            and direction in _types(p["spec"])
            and _matches(p["spec"]["podSelector"], ep.label_map)
        ]

    def admits(me: Endpoint, direction: str, other: Endpoint) -> bool:
        """Whether `me` is not isolated in `direction`, or a rule of a policy isolating it
        admits `other` (an ingress rule's peers are in `from`, an egress rule's in `to`)."""
        isolating = selecting(me, direction)
        peers = "from" if direction == "Ingress" else "to"
        return not isolating or any(
            (peers not in rule or any(_peer(peer, me.namespace, other, objects) for peer in rule[peers]))
            and _port(rule.get("ports"), dst, port, protocol)
            for p in isolating
            for rule in p["spec"].get(direction.lower()) or []
        )

    return admits(src, "Egress", dst) and admits(dst, "Ingress", src)


def allowed_flows(
    config: Config, objects: tuple[Manifest, ...], probe: Iterable[tuple[int, str]]
) -> set[Flow]:
    """Every allowed flow in `universe` that touches the chart's namespace, on the probed ports."""
    endpoints = universe(config, objects)
    ports = sorted(set(probe))
    return {
        (src.name, dst.name, port, protocol)
        for src in endpoints
        for dst in endpoints
        if config.namespace in (src.namespace, dst.namespace)
        for port, protocol in ports
        if allowed(objects, src, dst, port, protocol)
    }


# --- The flows the system needs, from its settings -----------------------------------------------


def _services(objects: tuple[Manifest, ...]) -> dict[str, Manifest]:
    return {s["metadata"]["name"]: s for s in of_kind(objects, "Service")}


def _backends(objects: tuple[Manifest, ...], service: str, port: int | str) -> set[tuple[str, int]]:
    """(component, pod port) behind a Service port (by number or name)."""
    svc = _services(objects)[service]
    (entry,) = [p for p in svc["spec"]["ports"] if port in (p["port"], p.get("name"))]
    target = entry.get("targetPort", entry["port"])
    found = set()
    for w in _workloads(objects):
        if _matches({"matchLabels": svc["spec"]["selector"]}, w["spec"]["template"]["metadata"]["labels"]):
            named = dict(_container_ports(w))
            found.add((component(w), named[target] if isinstance(target, str) else int(target)))
    return found


def _resolve(config: Config, objects: tuple[Manifest, ...], host: str, port: int) -> set[tuple[str, int]]:
    """Where a connection to host:port lands: a Service's pods, nothing (this chart's own public
    hosts, which its pods never dial), or outside the cluster."""
    name, _, rest = host.partition(".")
    local = f"{config.namespace}.svc.cluster.local"
    if name in _services(objects) and (not rest or local == rest or local.startswith(f"{rest}.")):
        return _backends(objects, name, port)
    if host in (config.app_host, config.grpc_host, config.auth_host):
        return set()
    if _is_address(host):
        return {(f"@{host}", port)}  # an address outside the cluster, named in the settings
    return {(OUTSIDE, port)}


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _addresses(objects: tuple[Manifest, ...]) -> set[str]:
    """IP addresses the workloads' settings connect to (an external engine's, say)."""
    return {
        host
        for w in _workloads(objects)
        for env, args in _settings(w)
        for text in [*env.values(), *args]
        for _, host, _ in _URL.findall(text)
        if _is_address(host)
    }


def _settings(workload: Manifest) -> list[tuple[dict[str, str], list[str]]]:
    """Each container's env (literal values) and args."""
    spec = workload["spec"]["template"]["spec"]
    return [
        (
            {e["name"]: e["value"] for e in c.get("env", []) if "value" in e},
            [*c.get("command", []), *c.get("args", [])],
        )
        for c in [*spec["containers"], *spec.get("initContainers", [])]
    ]


def connections(
    config: Config, objects: tuple[Manifest, ...], workload: Manifest, prefix: str = ""
) -> set[tuple[str, int]]:
    """What a workload's settings connect to: URLs, and `<X>_HOST` with `<X>_PORT` (only the
    variables starting with `prefix`, when given: AMQP for the broker)."""
    found: set[tuple[str, int]] = set()
    for every, args in _settings(workload):
        env = {k: v for k, v in every.items() if k.startswith(prefix)}
        for text in [*env.values(), *(args if not prefix else [])]:
            for scheme, host, port in _URL.findall(text):
                number = int(port) if port else DEFAULT_PORTS[scheme.rsplit(":", 1)[-1]]
                found |= _resolve(config, objects, host, number)
        for key, host in env.items():
            if key.endswith("_HOST") and (port := env.get(key.removesuffix("_HOST") + "_PORT")):
                found |= _resolve(config, objects, host, int(port))
    return found


def _talks_to_api_server(objects: tuple[Manifest, ...], workload: Manifest) -> bool:
    spec = workload["spec"]["template"]["spec"]
    bound = {s["name"] for b in of_kind(objects, "RoleBinding", "ClusterRoleBinding") for s in b["subjects"]}
    return (
        bool(spec.get("automountServiceAccountToken", True))
        and spec.get("serviceAccountName", "default") in bound
    )


def _edge_backends(objects: tuple[Manifest, ...]) -> set[tuple[str, int]]:
    found: set[tuple[str, int]] = set()
    for route in of_kind(objects, "HTTPRoute", "GRPCRoute"):
        for rule in route["spec"]["rules"]:
            for ref in rule.get("backendRefs", []):
                found |= _backends(objects, ref["name"], ref["port"])
    for ingress in of_kind(objects, "Ingress"):
        for rule in ingress["spec"]["rules"]:
            for path in rule["http"]["paths"]:
                svc = path["backend"]["service"]
                found |= _backends(objects, svc["name"], svc["port"].get("number", svc["port"].get("name")))
    return found


def _peers(objects: tuple[Manifest, ...], workload: Manifest) -> set[int]:
    """Ports a component's replicas reach each other on, from its clustering settings."""
    name = component(workload)
    replicas = workload["spec"].get("replicas", 1)
    hpa = any(
        h["spec"]["scaleTargetRef"]["name"] == workload["metadata"]["name"]
        for h in of_kind(objects, "HorizontalPodAutoscaler")
    )
    if replicas < 2 and not hpa:
        return set()
    found: set[int] = set()
    for config_map in of_kind(objects, "ConfigMap"):
        conf = config_map.get("data", {}).get("rabbitmq.conf", "")
        if name == "rabbitmq" and "cluster_formation.classic_config.nodes." in conf:
            # Erlang distribution between the nodes it names: epmd and the distribution port,
            # the headless Service's ports that clients are not given.
            headless = _services(objects)[workload["spec"]["serviceName"]]
            client = {
                p["port"]
                for s in _services(objects).values()
                if s is not headless
                for p in s["spec"]["ports"]
            }
            found |= {p["port"] for p in headless["spec"]["ports"] if p["port"] not in client}
    for env, _ in _settings(workload):
        if env.get("KC_CACHE") == "ispn":
            # Keycloak's embedded Infinispan over JGroups: its declared jgroups ports.
            found |= {port for n, port in _container_ports(workload) if n.startswith("jgroups")}
    return found


def _metrics(workload: Manifest) -> set[int]:
    """The port serving /metrics, from the component's settings (when it serves them)."""
    ports = dict(_container_ports(workload))
    found: set[int] = set()
    for env, _ in _settings(workload):
        if env.get("KC_METRICS_ENABLED") == "true":
            found.add(ports["management"])
        if "INFLUXD_REPORTING_DISABLED" in env and env.get("INFLUXD_METRICS_DISABLED") != "true":
            found.add(ports["http"])  # InfluxDB serves /metrics on its API port unless disabled
        if "HTTP_PORT" in env and "http" in ports:
            found.add(int(env["HTTP_PORT"]))  # the project's services: /metrics beside /healthz
    if "metrics" in ports:
        found.add(ports["metrics"])  # rabbitmq_prometheus
    return found


def needed(config: Config, objects: tuple[Manifest, ...]) -> set[Flow]:
    endpoints = universe(config, objects)
    ns = config.namespace
    tcp: set[tuple[str, str, int]] = set()
    pods = [e for e in endpoints if e.namespace == ns and e.name not in ("@stranger", "@acme-solver")]
    for workload in _workloads(objects):
        name = component(workload)
        tcp |= {(name, dst, port) for dst, port in connections(config, objects, workload)}
        if _talks_to_api_server(objects, workload):
            tcp |= {(name, OUTSIDE, port) for port in KUBERNETES_API_PORTS}
        tcp |= {(name, name, port) for port in _peers(objects, workload)}
        if config.monitoring_namespace:
            tcp |= {("@monitoring", name, port) for port in _metrics(workload)}
        if name == "consumer":
            # Publishers dial the broker the consumer reads from (chart/README: one broker).
            tcp |= {("@publisher", dst, port) for dst, port in connections(config, objects, workload, "AMQP")}
    edge = config.edge
    sources = [
        e
        for e in endpoints
        if e.namespace
        and (
            e.name == "@edge"
            or (
                edge.data_plane != "gateway-namespace" and not edge.controller_namespace and e.namespace != ns
            )
        )
        and _matches({"matchLabels": label_map(edge.data_plane_pod_labels)}, e.label_map)
    ]
    backends = _edge_backends(objects)
    if any("acme" in i["spec"] for i in of_kind(objects, "ClusterIssuer")):
        backends.add(("@acme-solver", SOLVER_PORT))
    tcp |= {(s.name, dst, port) for s in sources for dst, port in backends}
    if edge.data_plane == "gateway-namespace":
        listeners = {lst["port"] for g in of_kind(objects, "Gateway") for lst in g["spec"]["listeners"]}
        # Clients from anywhere outside the namespace (its own pods dial Services, not the edge).
        tcp |= {(e.name, "@edge", port) for e in endpoints if e.namespace != ns for port in listeners}
        if edge.control_plane_port:
            tcp.add(("@edge", "@edge-control-plane", edge.control_plane_port))
        pods.append(next(e for e in endpoints if e.name == "@edge"))
    flows = {(s, d, p, "TCP") for s, d, p in tcp}
    resolvers = [e.name for e in endpoints if e.name == "@dns" or e.name.startswith("@dns-address-")]
    flows |= {
        (pod.name, dns, config.dns.port, proto)
        for pod in pods
        for dns in resolvers
        for proto in ("UDP", "TCP")
    }
    return flows


def probe_ports(config: Config, objects: tuple[Manifest, ...], flows: set[Flow]) -> set[tuple[int, str]]:
    """The ports worth probing: every declared, allowed or needed one, DNS both ways, and one
    that nothing uses."""
    ports = {port for w in _workloads(objects) for _, port in _container_ports(w)}
    ports |= {port for _, _, port, _ in flows} | {SOLVER_PORT, 12345}
    for policy in of_kind(objects, "NetworkPolicy"):
        for rule in [*policy["spec"].get("ingress", []), *policy["spec"].get("egress", [])]:
            ports |= {p["port"] for p in rule.get("ports", []) if isinstance(p.get("port"), int)}
    return {(port, "TCP") for port in ports} | {(config.dns.port, "UDP")}
