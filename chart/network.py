"""NetworkPolicies derived from the component graph: default deny, then one policy per component.

The top-level chart states who talks to whom as `Flow`s; each component's policy allows exactly
its incoming flows (ingress) and outgoing flows plus DNS (egress). Nothing is listed per object.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from cdk8s_plus_27 import k8s
from constructs import Construct

from chart import workload
from chart.config import Dns, label_map

# Peers that are not components of the chart.
EDGE = "@edge"  # the Gateway's or Ingress controller's proxies
INTERNET = "@internet"  # public endpoints (OIDC discovery and JWKS of a public issuer)
PUBLISHER = "@publisher"  # in-namespace pods labelled as publishers
MONITORING = "@monitoring"  # Prometheus, in its own namespace
ACME_SOLVER = "@acme-http01-solver"  # cert-manager's HTTP-01 solver pods (in the Certificate's namespace)
# The API server. A policy sees it after the `kubernetes` Service's translation, at the control
# plane's own addresses, which differ per cluster: any address, on the API server's usual ports.
KUBERNETES_API = "@kubernetes-api"
KUBERNETES_API_PORTS = (443, 6443)
LINK_LOCAL = "169.254.0.0/16"

# Pods in the namespace that the chart does not run but the graph names, by their labels.
POD_GROUPS = {
    PUBLISHER: {"app.kubernetes.io/component": "publisher", "app.kubernetes.io/part-of": workload.PART_OF},
    ACME_SOLVER: {"acme.cert-manager.io/http01-solver": "true"},
}


@dataclasses.dataclass(frozen=True)
class DataPlane:
    """Where the Gateway's or Ingress controller's proxies (`EDGE`) run."""

    namespace: str = ""
    """Their namespace (empty = any); when `local`, the controller's, for `control_plane_port`."""
    pod_labels: Mapping[str, str] = dataclasses.field(default_factory=dict)
    """Their pods' labels; empty = every pod of `namespace`."""
    local: bool = False
    """They run in this namespace, the Gateway's: default-deny covers them, so they get a policy."""
    listener_ports: tuple[int, ...] = ()
    """When `local`: the ports clients reach them on, from anywhere."""
    control_plane_port: int = 0
    """When `local`: the port in `namespace` they get their configuration from (0 = none)."""


@dataclasses.dataclass(frozen=True)
class External:
    """An endpoint the chart does not run (`influxdb.mode`/`rabbitmq.mode = "external"`), as a
    NetworkPolicy can name it: addresses (ipBlock), or the pods of another namespace."""

    cidrs: tuple[str, ...] = ()
    namespace: str = ""
    pod_labels: Mapping[str, str] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass(frozen=True, order=True)
class Flow:
    source: str
    target: str
    port: int


class NetworkPolicies(Construct):
    def __init__(
        self,
        scope: Construct,
        node_id: str,
        *,
        components: Mapping[str, str],
        flows: Sequence[Flow],
        data_plane: DataPlane,
        dns: Dns,
        monitoring_namespace: str = "",
        externals: Mapping[str, External] | None = None,
    ) -> None:
        """`components` maps each component's name to its role (its selector labels);
        `externals` names the `@` peers outside the chart that flows may go to."""
        super().__init__(scope, node_id)
        self._externals = dict(externals or {})
        self._dns_peer = dns
        self._components = components
        self._data_plane = data_plane
        self._monitoring_namespace = monitoring_namespace
        unknown = {name for flow in flows for name in (flow.source, flow.target) if not name.startswith("@")}
        unknown -= set(components)
        if unknown:
            raise ValueError(f"flows name unknown components: {sorted(unknown)}")
        k8s.KubeNetworkPolicy(
            self,
            "default-deny",
            metadata=k8s.ObjectMeta(name="default-deny", labels=workload.labels("network", "policy")),
            spec=k8s.NetworkPolicySpec(pod_selector=k8s.LabelSelector(), policy_types=["Ingress", "Egress"]),
        )
        for name, role in sorted(components.items()):
            incoming = sorted(f for f in flows if f.target == name)
            outgoing = sorted(f for f in flows if f.source == name)
            k8s.KubeNetworkPolicy(
                self,
                name,
                metadata=k8s.ObjectMeta(name=name, labels=workload.labels(name, role)),
                spec=k8s.NetworkPolicySpec(
                    pod_selector=k8s.LabelSelector(match_labels=workload.labels(name, role)),
                    policy_types=["Ingress", "Egress"],
                    ingress=self._ingress(incoming),
                    egress=self._egress(outgoing),
                ),
            )
        for group, match in sorted(POD_GROUPS.items()):
            # Pods the chart does not run get a policy only for the directions the graph names;
            # the other direction stays denied by default-deny.
            incoming = sorted(f for f in flows if f.target == group)
            outgoing = sorted(f for f in flows if f.source == group)
            if incoming or outgoing:
                name = group.lstrip("@")
                k8s.KubeNetworkPolicy(
                    self,
                    name,
                    metadata=k8s.ObjectMeta(name=name, labels=workload.labels(name, "policy")),
                    spec=k8s.NetworkPolicySpec(
                        pod_selector=k8s.LabelSelector(match_labels=match),
                        policy_types=(["Ingress"] if incoming else []) + (["Egress"] if outgoing else []),
                        ingress=self._ingress(incoming),
                        egress=self._egress(outgoing) if outgoing else None,
                    ),
                )

        if data_plane.local:
            self._data_plane_policy(sorted(f for f in flows if f.source == EDGE))

    def _data_plane_policy(self, outgoing: Sequence[Flow]) -> None:
        """The proxies in this namespace: clients from anywhere on the listener ports; DNS, the
        routed backends and their control plane as their only destinations."""
        plane = self._data_plane
        egress = self._egress(outgoing)
        if plane.control_plane_port:
            egress.append(
                k8s.NetworkPolicyEgressRule(
                    to=[_namespace(plane.namespace)], ports=[_tcp(plane.control_plane_port)]
                )
            )
        name = "gateway-data-plane"
        k8s.KubeNetworkPolicy(
            self,
            name,
            metadata=k8s.ObjectMeta(name=name, labels=workload.labels(name, "policy")),
            spec=k8s.NetworkPolicySpec(
                pod_selector=k8s.LabelSelector(match_labels=dict(plane.pod_labels)),
                policy_types=["Ingress", "Egress"],
                # No `from`: any source, inside the cluster or not.
                ingress=[k8s.NetworkPolicyIngressRule(ports=[_tcp(port) for port in plane.listener_ports])],
                egress=egress,
            ),
        )

    def _ingress(self, incoming: Sequence[Flow]) -> list[k8s.NetworkPolicyIngressRule] | None:
        rules = [
            k8s.NetworkPolicyIngressRule(from_=[self._peer(f.source)], ports=[_tcp(f.port)]) for f in incoming
        ]
        return rules or None

    def _egress(self, outgoing: Sequence[Flow]) -> list[k8s.NetworkPolicyEgressRule]:
        """DNS first, then each outgoing flow."""
        return [self._dns()] + [
            k8s.NetworkPolicyEgressRule(to=self._peers(f.target), ports=[_tcp(f.port)]) for f in outgoing
        ]

    def _peers(self, name: str) -> list[k8s.NetworkPolicyPeer]:
        """A flow's target: one peer, or each address of an external endpoint."""
        external = self._externals.get(name)
        if external is None:
            return [self._peer(name)]
        if external.namespace:
            pods = k8s.LabelSelector(match_labels=dict(external.pod_labels)) if external.pod_labels else None
            return [
                k8s.NetworkPolicyPeer(
                    namespace_selector=_namespace(external.namespace).namespace_selector, pod_selector=pods
                )
            ]
        return [k8s.NetworkPolicyPeer(ip_block=k8s.IpBlock(cidr=cidr)) for cidr in external.cidrs]

    def _peer(self, name: str) -> k8s.NetworkPolicyPeer:
        if name == EDGE:
            plane = self._data_plane
            pods = k8s.LabelSelector(match_labels=dict(plane.pod_labels)) if plane.pod_labels else None
            if plane.local:
                return k8s.NetworkPolicyPeer(pod_selector=pods)
            namespaces = (
                _namespace(plane.namespace).namespace_selector if plane.namespace else k8s.LabelSelector()
            )
            return k8s.NetworkPolicyPeer(namespace_selector=namespaces, pod_selector=pods)
        if name == MONITORING:
            return _namespace(self._monitoring_namespace)
        if name in (INTERNET, KUBERNETES_API):
            # Any address but link-local: the node's own services live there (the cloud's
            # metadata endpoint 169.254.169.254 hands out node credentials; NodeLocal DNSCache),
            # and neither the API server nor a public endpoint does.
            return k8s.NetworkPolicyPeer(ip_block=k8s.IpBlock(cidr="0.0.0.0/0", except_=[LINK_LOCAL]))
        if name in POD_GROUPS:
            return k8s.NetworkPolicyPeer(pod_selector=k8s.LabelSelector(match_labels=POD_GROUPS[name]))
        return k8s.NetworkPolicyPeer(
            pod_selector=k8s.LabelSelector(match_labels=workload.labels(name, self._components[name]))
        )

    def _dns(self) -> k8s.NetworkPolicyEgressRule:
        """The cluster DNS pods and the node-local caches' addresses (config.Dns)."""
        dns = self._dns_peer
        pods = k8s.NetworkPolicyPeer(
            namespace_selector=_namespace(dns.namespace).namespace_selector,
            pod_selector=k8s.LabelSelector(match_labels=label_map(dns.pod_labels)),
        )
        addresses = [k8s.NetworkPolicyPeer(ip_block=k8s.IpBlock(cidr=cidr)) for cidr in dns.addresses]
        return k8s.NetworkPolicyEgressRule(
            to=[pods, *addresses], ports=[_port(dns.port, "UDP"), _tcp(dns.port)]
        )


def _namespace(name: str) -> k8s.NetworkPolicyPeer:
    """Every pod of the namespace `name`."""
    match = {"kubernetes.io/metadata.name": name}
    return k8s.NetworkPolicyPeer(namespace_selector=k8s.LabelSelector(match_labels=match))


def _tcp(port: int) -> k8s.NetworkPolicyPort:
    return _port(port, "TCP")


def _port(port: int, protocol: str) -> k8s.NetworkPolicyPort:
    return k8s.NetworkPolicyPort(port=k8s.IntOrString.from_number(port), protocol=protocol)
