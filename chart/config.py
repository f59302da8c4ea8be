"""The chart's one typed configuration: profiles, loading from a TOML file, overrides, checks.

A configuration is built in three layers, each overriding the one before: the profile's
defaults (`dev` or `prod`), an optional TOML file, and `key.path=value` overrides from the
command line. Every value is checked against the field's type and rules; the first problem
raises `ConfigError` with a message that names the field.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import re
import tomllib
import typing
import urllib.parse
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

PROFILES = ("dev", "prod")
DEFAULT_PROFILE = "prod"

_HOSTNAME_RE = re.compile(
    r"^(?=.{1,253}$)([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)+$"
)
_DNS_LABEL_RE = re.compile(r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")
_CPU_RE = re.compile(r"^[0-9]+(\.[0-9]+)?m?$")
_BYTES_RE = re.compile(r"^[0-9]+(\.[0-9]+)?(Ki|Mi|Gi|Ti)?$")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DIGEST_RE = re.compile(r"^(sha256:[0-9a-f]{64})?$")
_LOCAL_ORIGIN_RE = re.compile(r"^http://(localhost|127\.0\.0\.1):[0-9]{1,5}$")
# A label `key=value`: an optional DNS-subdomain prefix and a name, and a value (may be empty).
_LABEL_RE = re.compile(
    r"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?"
    r"[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?=([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$"
)
_DURATION_RE = re.compile(r"^([0-9]+(ns|us|ms|s|m|h|d|w))+$|^0$")
# Names no certificate authority can validate: reserved by RFC 2606 and RFC 6761 (.example,
# .test, .invalid, .localhost, example.com/.net/.org), RFC 6762 (.local), RFC 8375 (home.arpa),
# RFC 9476 (.alt); and localtest.me, a public name whose every host resolves to 127.0.0.1.
_RESERVED_DOMAINS = (
    "example",
    "test",
    "invalid",
    "localhost",
    "local",
    "home.arpa",
    "alt",
    "example.com",
    "example.net",
    "example.org",
    "localtest.me",
)


def label_map(labels: Sequence[str]) -> dict[str, str]:
    """Labels written `key=value` (checked by `load`) as a selector's matchLabels."""
    return dict(label.split("=", 1) for label in labels)


def reserved_domain(name: str) -> str | None:
    """The reserved domain that `name` is or lies under, or None."""
    name = name.lower().rstrip(".")
    return next((d for d in _RESERVED_DOMAINS if name == d or name.endswith(f".{d}")), None)


#: The private ranges pod networks use (RFC 1918, RFC 6598's shared space, IPv6 unique local).
PRIVATE_NETWORKS = ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "fc00::/7")


class ConfigError(ValueError):
    """A configuration value is missing or invalid; the message starts with the field's path."""


@dataclasses.dataclass(frozen=True)
class Image:
    """A container image; `digest` (sha256:...) pins it beyond the tag when set."""

    registry: str
    repository: str
    tag: str
    digest: str = ""

    @property
    def ref(self) -> str:
        ref = f"{self.registry}/{self.repository}:{self.tag}"
        return f"{ref}@{self.digest}" if self.digest else ref


@dataclasses.dataclass(frozen=True)
class Images:
    # Project images, built from services/<name>/Dockerfile.
    consumer: Image
    api: Image
    frontend: Image
    # Third-party images, pinned by tag (add a digest in your config to pin by content).
    influxdb: Image
    rabbitmq: Image
    oauth2_proxy: Image
    keycloak: Image
    postgres: Image


@dataclasses.dataclass(frozen=True)
class Resources:
    """Requests and limits of one container (Kubernetes quantities)."""

    cpu_request: str
    cpu_limit: str
    memory_request: str
    memory_limit: str


@dataclasses.dataclass(frozen=True)
class Storage:
    size: str
    storage_class: str = ""
    """Empty means the cluster's default StorageClass."""


@dataclasses.dataclass(frozen=True)
class Stateless:
    """A Deployment's scale: fixed `replicas`, or an HPA between `replicas` and `max_replicas`."""

    replicas: int
    resources: Resources
    max_replicas: int = 0
    """Above `replicas` enables a HorizontalPodAutoscaler on CPU; 0 means a fixed size."""


@dataclasses.dataclass(frozen=True)
class CaSource:
    """Where the pods find the CA that signed an external endpoint's certificate: a key of a
    ConfigMap or of a Secret (at most one of the two). Neither: the image's system CAs."""

    config_map: str = ""
    secret: str = ""
    key: str = "ca.crt"

    @property
    def given(self) -> bool:
        return bool(self.config_map or self.secret)


@dataclasses.dataclass(frozen=True)
class Reach:
    """Where an external endpoint is, for the NetworkPolicies, which match addresses and pods,
    never DNS names (chart/README.md, "External InfluxDB and RabbitMQ"). An endpoint given by
    IP address needs nothing here; one given by host name needs `addresses` (the CIDRs it
    resolves to) or, for an engine in another namespace of this cluster, `namespace`."""

    addresses: tuple[str, ...] = ()
    """CIDRs of the endpoint (`0.0.0.0/0` only if you accept any address on its port)."""
    namespace: str = ""
    """The namespace of an in-cluster engine (RabbitMQ Cluster Operator, ...)."""
    pod_labels: tuple[str, ...] = ()
    """With `namespace`: labels (`key=value`) of its pods; empty = every pod there."""


@dataclasses.dataclass(frozen=True)
class ExternalInfluxDB:
    """A managed or distributed engine serving /api/v2/write and InfluxQL on /query (InfluxDB
    Cloud, InfluxDB 3 Enterprise or Clustered, another 2.x). `influxdb.org` and `.bucket` name
    its org and bucket; the tokens are made there, least privilege, by its operator."""

    url: str = ""
    """Required in external mode: https://host[:port] (verified TLS)."""
    consumer_token_secret: str = "influxdb-consumer-token"  # noqa: S105 - a Secret\'s name, not a value
    """Secret whose key `token` may write the bucket (and nothing else)."""
    api_token_secret: str = "influxdb-api-token"  # noqa: S105 - a Secret\'s name, not a value
    """Secret whose key `token` may read the bucket (and nothing else)."""
    ca: CaSource = CaSource()
    reach: Reach = Reach()


@dataclasses.dataclass(frozen=True)
class InfluxDB:
    storage: Storage
    resources: Resources
    org: str = "timeseries"
    bucket: str = "timeseries"
    retention: str = "30d"
    """Bucket retention (InfluxDB duration such as 30d, 1w, 0 for infinite); in-cluster only."""
    mode: Literal["in-cluster", "external"] = "in-cluster"
    """`external`: no InfluxDB in the cluster; the consumer and the API use `external`."""
    external: ExternalInfluxDB = ExternalInfluxDB()


@dataclasses.dataclass(frozen=True)
class ExternalRabbitMQ:
    """A managed RabbitMQ, or one run by the RabbitMQ Cluster Operator, reached over AMQPS."""

    hosts: tuple[str, ...] = ()
    """Required in external mode: the broker's host names or IPs (tried in turn on reconnect)."""
    port: int = 5671
    vhost: str = "/"
    tls: bool = True
    """AMQPS, verifying the broker's certificate; off only for a broker on a trusted network."""
    server_name: str = ""
    """The name the broker's certificate carries, when it is not the host's (SNI, verification)."""
    ca: CaSource = CaSource()
    reach: Reach = Reach()
    consumer_secret: str = "rabbitmq-consumer"  # noqa: S105 - a Secret\'s name, not a value
    """Secret with `username` and `password` of the consumer's broker user (read the points
    queue, write the dead-letter exchange: chart/rabbitmq_definitions.py consumer_access)."""
    declare_topology: bool = True
    """A one-shot Job declares the queue topology (the definitions the in-cluster broker boots
    with); false where the broker forbids declaring: the consumer then checks it at start."""
    topology_secret: str = "rabbitmq-topology"  # noqa: S105 - a Secret\'s name, not a value
    """Secret with `username` and `password` of a user that may configure the vhost (the Job's)."""


@dataclasses.dataclass(frozen=True)
class RabbitMQ:
    nodes: int
    storage: Storage
    resources: Resources
    mode: Literal["in-cluster", "external"] = "in-cluster"
    """`external`: no RabbitMQ in the cluster; the consumer and the publishers use `external`."""
    external: ExternalRabbitMQ = ExternalRabbitMQ()
    consumer_user: str = "consumer"
    """The consumer's broker user (least privilege: chart/rabbitmq_definitions.py)."""
    admin_user: str = "operator"
    """The operator's broker user: the management API and UI (publisher users, monitoring);
    no permission on any vhost, so it never publishes or consumes."""
    management_route: bool = False
    """Expose the management UI at /rabbitmq/ (never on by default in prod)."""


@dataclasses.dataclass(frozen=True)
class Identity:
    """Who issues tokens: Keycloak in the cluster (`dev`: dev mode with demo users; `prod`:
    production mode on PostgreSQL) or an `external` OIDC issuer."""

    mode: Literal["dev", "prod", "external"]
    keycloak: Stateless
    postgres_storage: Storage
    postgres_resources: Resources
    issuer: str = ""
    """Required when mode is external: the issuer URL (https://...)."""
    owner_claim: str = "sub"
    admin_role: str = "admin"
    optimized_image: bool = False
    """The Keycloak image is pre-built (`kc.sh build --db=postgres --health-enabled=true
    --metrics-enabled=true`): run `start --optimized`, with no re-augmentation at start (prod)."""
    access_token_lifespan_s: int = 300
    """Lifetime of the realm's access tokens; the SPA renews them with its refresh token."""
    local_origin: str = ""
    """Dev only: the origin (http://localhost:PORT) of the same stack run on one machine
    (`make dev`), which the dev realm then also admits as exact redirect URIs and web origin."""


@dataclasses.dataclass(frozen=True)
class Edge:
    exposure: Literal["gateway", "ingress"]
    gateway_class_name: str = "nginx"
    ingress_class_name: str = "nginx"
    controller_namespace: str = ""
    """Namespace of the Gateway/Ingress controller's proxies, for NetworkPolicies; empty = any.
    With `data_plane = "gateway-namespace"`: the controller's own namespace (its control plane)."""
    data_plane: Literal["controller-namespace", "gateway-namespace"] = "controller-namespace"
    """Where the proxies (the data plane) run: in `controller_namespace` (Envoy Gateway, Ingress
    controllers), or in the Gateway's own namespace (NGINX Gateway Fabric, Istio), where they
    get a NetworkPolicy of their own: clients from anywhere on the listener ports, and the routes'
    backends (and `control_plane_port`) as their only destinations."""
    data_plane_pod_labels: tuple[str, ...] = ()
    """Labels (`key=value`) of the data-plane pods. Empty: every pod of `controller_namespace`;
    in the Gateway's namespace, `gateway.networking.k8s.io/gateway-name=<the Gateway>`."""
    control_plane_port: int = 0
    """With the data plane in the Gateway's namespace: the pod port of the controller in
    `controller_namespace` that the data plane gets its configuration from (Istio's istiod:
    15012); 0 = none."""
    issuer: Literal["self-signed", "letsencrypt-staging", "letsencrypt-production"] = "self-signed"
    """Where the certificates come from: `self-signed` is a private CA that cert-manager makes
    (clients must trust its root); Let's Encrypt needs a public domain and `acme_email`."""
    acme_email: str = ""
    """Required for Let's Encrypt: a real address (reserved domains such as example.com are refused)."""
    cert_manager_namespace: str = "cert-manager"
    """cert-manager's cluster resource namespace, where the self-signed CA's key pair is kept."""
    proxy_cidrs: tuple[str, ...] = PRIVATE_NETWORKS
    """Addresses the data plane connects to oauth2-proxy from: only these may set X-Forwarded-*
    (`--trusted-proxy-ip`; unset, oauth2-proxy trusts every address). The defaults are the
    private ranges that pod networks use; narrow them to the cluster's pod CIDR."""

    @property
    def acme(self) -> bool:
        """Whether the certificates come from Let's Encrypt (ACME, HTTP-01)."""
        return self.issuer != "self-signed"


@dataclasses.dataclass(frozen=True)
class Dns:
    """Where pods resolve names, for the NetworkPolicies (every pod's egress allows exactly this).

    A policy sees a packet after the Service's translation: the DNS pods' own port (OpenShift
    DNS answers on 5353 behind its Service's 53), and node-local caches at their own address."""

    namespace: str = "kube-system"
    """Namespace of the cluster DNS pods (OpenShift: `openshift-dns`)."""
    pod_labels: tuple[str, ...] = ("k8s-app=kube-dns",)
    """Labels (`key=value`) of the cluster DNS pods
    (OpenShift: `dns.operator.openshift.io/daemonset-dns=default`)."""
    port: int = 53
    """The port the DNS pods and `addresses` answer on, UDP and TCP (OpenShift: 5353)."""
    addresses: tuple[str, ...] = ("169.254.20.10/32",)
    """CIDRs that also answer DNS: NodeLocal DNSCache's link-local address on the node's own
    network, which no pod selector matches; empty where there is none (OpenShift)."""


@dataclasses.dataclass(frozen=True)
class Consumer:
    scale: Stateless
    batch_points: int = 5000
    batch_age_ms: int = 200
    strict_owner: bool = True
    """The owner is the broker-verified AMQP `user_id` (each publisher's own broker user); off
    only where every publisher is trusted to name its owner (set explicitly, never by default)."""


@dataclasses.dataclass(frozen=True)
class ApiLimits:
    """What one request or caller can make the API do (services/api/settings.py says more)."""

    max_series: int = 10_000
    """Series in one answer (query, catalog, Watch batch); more is refused naming the limit."""
    max_points: int = 1_000_000
    """Points in one answer, all series together."""
    max_answer_bytes: int = 128 * 1024 * 1024
    """Bytes of one InfluxDB answer, counted as it is received."""
    max_streams: int = 1000
    """Watch streams open at once per API replica."""
    max_streams_per_principal: int = 16
    """Watch streams open at once per API replica for one token subject."""
    jwks_refresh_s: int = 300
    """How soon a signing key the issuer withdrew stops being accepted."""


@dataclasses.dataclass(frozen=True)
class Config:
    profile: str
    domain: str
    """The SPA's host; `grpc.<domain>` serves native gRPC and `auth.<domain>` Keycloak."""
    images: Images
    edge: Edge
    identity: Identity
    influxdb: InfluxDB
    rabbitmq: RabbitMQ
    consumer: Consumer
    api: Stateless
    frontend: Stateless
    oauth2_proxy: Stateless
    api_limits: ApiLimits = ApiLimits()
    dns: Dns = Dns()
    namespace: str = "timeseries"
    topology_spread: bool = False
    """Spread replicas across nodes and zones (prod)."""
    log_level: str = "INFO"
    monitoring_namespace: str = ""
    """Namespace of the Prometheus that scrapes every component's metrics port; empty = no scraping."""

    @property
    def app_host(self) -> str:
        return self.domain

    @property
    def grpc_host(self) -> str:
        return f"grpc.{self.domain}"

    @property
    def auth_host(self) -> str:
        return f"auth.{self.domain}"

    @property
    def issuer_url(self) -> str:
        if self.identity.mode == "external":
            return self.identity.issuer
        return f"https://{self.auth_host}/realms/timeseries"


def _res(cpu_req: str, cpu_lim: str, mem_req: str, mem_lim: str) -> dict[str, str]:
    return {"cpu_request": cpu_req, "cpu_limit": cpu_lim, "memory_request": mem_req, "memory_limit": mem_lim}


def _image(registry: str, repository: str, tag: str) -> dict[str, str]:
    return {"registry": registry, "repository": repository, "tag": tag}


_PROJECT_REGISTRY = "ghcr.io/timeseries-topology"
_PROJECT_TAG = "0.1.0"

_BASE: dict[str, Any] = {
    "domain": "timeseries.example.com",
    "images": {
        "consumer": _image(_PROJECT_REGISTRY, "consumer", _PROJECT_TAG),
        "api": _image(_PROJECT_REGISTRY, "api", _PROJECT_TAG),
        "frontend": _image(_PROJECT_REGISTRY, "frontend", _PROJECT_TAG),
        "influxdb": _image("docker.io", "library/influxdb", "2.7.12"),
        "rabbitmq": _image("docker.io", "library/rabbitmq", "4.0.5-management"),
        "oauth2_proxy": _image("quay.io", "oauth2-proxy/oauth2-proxy", "v7.15.6"),
        "keycloak": _image("quay.io", "keycloak/keycloak", "26.4.0"),
        "postgres": _image("docker.io", "library/postgres", "17.6"),
    },
    "edge": {"exposure": "gateway"},
    "influxdb": {"storage": {"size": "20Gi"}, "resources": _res("250m", "2", "512Mi", "2Gi")},
    "rabbitmq": {"storage": {"size": "10Gi"}, "resources": _res("250m", "1", "512Mi", "1Gi")},
    "identity": {
        "keycloak": {"replicas": 1, "resources": _res("250m", "1", "768Mi", "1536Mi")},
        "postgres_storage": {"size": "5Gi"},
        "postgres_resources": _res("100m", "500m", "256Mi", "512Mi"),
    },
    "consumer": {"scale": {"replicas": 1, "resources": _res("100m", "1", "128Mi", "512Mi")}},
    "api": {"replicas": 1, "resources": _res("100m", "1", "128Mi", "512Mi")},
    "frontend": {"replicas": 1, "resources": _res("20m", "200m", "32Mi", "64Mi")},
    "oauth2_proxy": {"replicas": 1, "resources": _res("20m", "200m", "32Mi", "128Mi")},
}

_PROFILE_OVERRIDES: dict[str, dict[str, Any]] = {
    "dev": {
        "profile": "dev",
        "domain": "timeseries.localtest.me",
        "edge": {"issuer": "self-signed"},
        "rabbitmq": {"nodes": 1, "management_route": True, "storage": {"size": "1Gi"}},
        "influxdb": {"storage": {"size": "1Gi"}, "retention": "7d"},
        "identity": {"mode": "dev"},
        "log_level": "DEBUG",
    },
    "prod": {
        "profile": "prod",
        "rabbitmq": {"nodes": 3},
        "identity": {"mode": "prod", "keycloak": {"replicas": 2}},
        "consumer": {"scale": {"replicas": 2, "max_replicas": 6}, "strict_owner": True},
        "api": {"replicas": 2, "max_replicas": 8},
        "frontend": {"replicas": 2},
        "oauth2_proxy": {"replicas": 2},
        "topology_spread": True,
    },
}


def _merge(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _build(cls: type[Any], data: Any, path: str) -> Any:
    """Turn nested dicts into the dataclass `cls`, checking every field's type."""
    if not isinstance(data, Mapping):
        raise ConfigError(f"{path or 'config'}: expected a table, got {data!r}")
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - set(fields))
    if unknown:
        where = f"{path}.{unknown[0]}" if path else unknown[0]
        raise ConfigError(f"{where}: unknown setting (known: {', '.join(sorted(fields))})")
    values = {}
    for name, f in fields.items():
        where = f"{path}.{name}" if path else name
        if name not in data:
            if f.default is dataclasses.MISSING:
                raise ConfigError(f"{where}: required but not set")
            continue
        values[name] = _value(hints[name], data[name], where)
    return cls(**values)


def _value(kind: Any, raw: Any, path: str) -> Any:
    if dataclasses.is_dataclass(kind):
        return _build(typing.cast(type, kind), raw, path)
    if typing.get_origin(kind) is Literal:
        choices = typing.get_args(kind)
        if raw not in choices:
            raise ConfigError(f"{path}: must be one of {', '.join(map(str, choices))}, got {raw!r}")
        return raw
    if kind is bool:
        if isinstance(raw, str) and raw.lower() in ("true", "false"):
            return raw.lower() == "true"
        if not isinstance(raw, bool):
            raise ConfigError(f"{path}: expected true or false, got {raw!r}")
        return raw
    if kind is int:
        # Strings come from --set overrides; TOML gives ints. Floats and booleans are mistakes.
        if isinstance(raw, bool) or not isinstance(raw, int | str):
            _fail(path, "an integer", raw)
        try:
            return int(raw)
        except ValueError:
            _fail(path, "an integer", raw)
    if kind is str:
        if not isinstance(raw, str):
            _fail(path, "a string", raw)
        return raw
    if typing.get_origin(kind) is tuple and typing.get_args(kind) == (str, ...):
        # TOML gives a list; a --set override gives comma-separated text ("" is empty).
        if isinstance(raw, str):
            return tuple(item.strip() for item in raw.split(",") if item.strip())
        if not isinstance(raw, list | tuple) or not all(isinstance(item, str) for item in raw):
            _fail(path, "a list of strings", raw)
        return tuple(raw)
    raise TypeError(f"unsupported config type {kind!r}")


def _fail(path: str, expected: str, raw: Any) -> typing.NoReturn:
    raise ConfigError(f"{path}: expected {expected}, got {raw!r}")


def _check(config: Config) -> None:
    """Rules beyond types; each failure names its field."""

    def need(ok: bool, path: str, message: str) -> None:
        if not ok:
            raise ConfigError(f"{path}: {message}")

    need(bool(_HOSTNAME_RE.match(config.domain)), "domain", f"not a valid DNS hostname: {config.domain!r}")
    for path, value in (
        ("monitoring_namespace", config.monitoring_namespace),
        ("edge.controller_namespace", config.edge.controller_namespace),
    ):
        need(not value or bool(_DNS_LABEL_RE.match(value)), path, f"not a valid namespace name: {value!r}")
    need(
        bool(_DNS_LABEL_RE.match(config.namespace)),
        "namespace",
        f"not a valid namespace name: {config.namespace!r}",
    )
    need(
        config.log_level in ("DEBUG", "INFO", "WARNING", "ERROR"),
        "log_level",
        "must be DEBUG, INFO, WARNING or ERROR",
    )
    for name, image in dataclasses.asdict(config.images).items():
        need(bool(image["repository"] and image["tag"]), f"images.{name}", "repository and tag are required")
        need(image["tag"] != "latest", f"images.{name}.tag", "pin a version, not latest")
        need(
            bool(_DIGEST_RE.match(image["digest"])), f"images.{name}.digest", "must be sha256:<64 hex digits>"
        )
    scales = {
        "consumer.scale": config.consumer.scale,
        "api": config.api,
        "frontend": config.frontend,
        "oauth2_proxy": config.oauth2_proxy,
        "identity.keycloak": config.identity.keycloak,
    }
    for path, scale in scales.items():
        need(scale.replicas >= 1, f"{path}.replicas", f"must be at least 1, got {scale.replicas}")
        need(
            scale.max_replicas == 0 or scale.max_replicas >= scale.replicas,
            f"{path}.max_replicas",
            "must be 0 (no autoscaling) or at least replicas",
        )
    for name, value in dataclasses.asdict(config.api_limits).items():
        need(value >= 1, f"api_limits.{name}", f"must be at least 1, got {value}")
    need(
        config.api_limits.max_streams_per_principal <= config.api_limits.max_streams,
        "api_limits.max_streams_per_principal",
        "must not exceed api_limits.max_streams",
    )
    need(
        config.rabbitmq.nodes in (1, 3, 5),
        "rabbitmq.nodes",
        f"must be 1, 3 or 5, got {config.rabbitmq.nodes}",
    )
    resources = {
        "influxdb.resources": config.influxdb.resources,
        "rabbitmq.resources": config.rabbitmq.resources,
        "identity.postgres_resources": config.identity.postgres_resources,
        **{f"{path}.resources": scale.resources for path, scale in scales.items()},
    }
    for path, res in resources.items():
        for key, quantity in dataclasses.asdict(res).items():
            kind, pattern, example = (
                ("CPU", _CPU_RE, "250m") if key.startswith("cpu") else ("memory", _BYTES_RE, "512Mi")
            )
            need(
                bool(pattern.match(quantity)),
                f"{path}.{key}",
                f"not a {kind} quantity (like {example}): {quantity!r}",
            )
    for path, storage in {
        "influxdb.storage": config.influxdb.storage,
        "rabbitmq.storage": config.rabbitmq.storage,
        "identity.postgres_storage": config.identity.postgres_storage,
    }.items():
        need(
            bool(_BYTES_RE.match(storage.size)),
            f"{path}.size",
            f"not a storage quantity (like 20Gi): {storage.size!r}",
        )
    need(
        bool(_DURATION_RE.match(config.influxdb.retention)), "influxdb.retention", "not an InfluxDB duration"
    )
    need(bool(config.edge.proxy_cidrs), "edge.proxy_cidrs", "name at least the data plane's pod CIDR")
    for path, cidrs, example in (
        ("edge.proxy_cidrs", config.edge.proxy_cidrs, "10.0.0.0/8"),
        ("dns.addresses", config.dns.addresses, "169.254.20.10/32"),
    ):
        for cidr in cidrs:
            try:
                ipaddress.ip_network(cidr)
            except ValueError as exc:
                need(False, path, f"not a CIDR (like {example}): {cidr!r} ({exc})")
    need(
        bool(_DNS_LABEL_RE.match(config.edge.cert_manager_namespace)),
        "edge.cert_manager_namespace",
        f"not a valid namespace name: {config.edge.cert_manager_namespace!r}",
    )
    if config.edge.acme:
        # Let's Encrypt refuses contacts at reserved domains (invalidContact) and can never
        # validate a reserved or loopback host name: fail here, not at the first certificate.
        email = config.edge.acme_email
        need(
            bool(_EMAIL_RE.match(email)),
            "edge.acme_email",
            f"required for {config.edge.issuer}: a real e-mail address, got {email!r}",
        )
        reserved = reserved_domain(email.rpartition("@")[2])
        need(
            reserved is None,
            "edge.acme_email",
            f"{email!r} is at the reserved domain {reserved}; Let's Encrypt refuses it: give a real address",
        )
        reserved = reserved_domain(config.domain)
        need(
            reserved is None,
            "domain",
            f"{config.domain!r} lies under the reserved domain {reserved}: Let's Encrypt cannot validate it "
            "(use a public domain, or edge.issuer = self-signed)",
        )
    if config.identity.mode == "external":
        need(
            config.identity.issuer.startswith("https://"),
            "identity.issuer",
            "required (https://...) when mode is external",
        )
    need(
        10 <= config.identity.access_token_lifespan_s <= 3600,
        "identity.access_token_lifespan_s",
        "must be between 10 and 3600 seconds",
    )
    if config.identity.local_origin:
        need(config.identity.mode == "dev", "identity.local_origin", "only for identity.mode dev")
        need(
            bool(_LOCAL_ORIGIN_RE.match(config.identity.local_origin)),
            "identity.local_origin",
            f"must be http://localhost:PORT or http://127.0.0.1:PORT, got {config.identity.local_origin!r}",
        )
    _check_dns(config.dns, need)
    _check_external(config, need)
    _check_data_plane(config.edge, need)
    need(config.consumer.batch_points >= 1, "consumer.batch_points", "must be at least 1")
    need(config.consumer.batch_age_ms >= 1, "consumer.batch_age_ms", "must be at least 1")


def _check_dns(dns: Dns, need: typing.Callable[[bool, str, str], None]) -> None:
    need(
        bool(_DNS_LABEL_RE.match(dns.namespace)),
        "dns.namespace",
        f"not a valid namespace name: {dns.namespace!r}",
    )
    for label in dns.pod_labels:
        need(bool(_LABEL_RE.match(label)), "dns.pod_labels", f"not a label key=value: {label!r}")
    need(1 <= dns.port <= 65535, "dns.port", f"must be a port number (1-65535), got {dns.port}")


def endpoint_host(url: str) -> str:
    """The host of an https URL (no port, no brackets)."""
    return urllib.parse.urlsplit(url).hostname or ""


def is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _check_reach(
    reach: Reach, hosts: Sequence[str], path: str, need: typing.Callable[[bool, str, str], None]
) -> None:
    for address in reach.addresses:
        try:
            ipaddress.ip_network(address)
        except ValueError as exc:
            need(False, f"{path}.addresses", f"not a CIDR (like 203.0.113.7/32): {address!r} ({exc})")
    need(
        not reach.namespace or bool(_DNS_LABEL_RE.match(reach.namespace)),
        f"{path}.namespace",
        f"not a valid namespace name: {reach.namespace!r}",
    )
    need(not (reach.addresses and reach.namespace), path, "give addresses or namespace, not both")
    for label in reach.pod_labels:
        need(bool(_LABEL_RE.match(label)), f"{path}.pod_labels", f"not a label key=value: {label!r}")
    need(not reach.pod_labels or bool(reach.namespace), f"{path}.pod_labels", "needs namespace")
    for name in hosts:
        need(
            is_ip(name) or bool(reach.addresses or reach.namespace),
            f"{path}.addresses",
            f"{name!r} is a host name, which a NetworkPolicy cannot match: give the CIDRs it resolves "
            "to (addresses), or the namespace of an in-cluster engine",
        )


def _check_ca(ca: CaSource, path: str, need: typing.Callable[[bool, str, str], None]) -> None:
    need(not (ca.config_map and ca.secret), path, "give config_map or secret, not both")
    for name in (ca.config_map, ca.secret):
        need(
            not name or bool(_HOSTNAME_RE.match(name) or _DNS_LABEL_RE.match(name)),
            path,
            f"not a valid name: {name!r}",
        )
    need(bool(re.match(r"^[-._a-zA-Z0-9]+$", ca.key)), f"{path}.key", f"not a valid key: {ca.key!r}")


def _check_external(config: Config, need: typing.Callable[[bool, str, str], None]) -> None:
    """The `external` modes of InfluxDB and RabbitMQ: where the endpoint is, how it is trusted."""
    influx = config.influxdb.external
    if config.influxdb.mode == "external":
        parts = urllib.parse.urlsplit(influx.url)
        need(
            parts.scheme == "https" and bool(parts.hostname) and parts.path in ("", "/") and not parts.query,
            "influxdb.external.url",
            f"required in external mode: https://host[:port], got {influx.url!r}",
        )
        for path, name in (
            ("influxdb.external.consumer_token_secret", influx.consumer_token_secret),
            ("influxdb.external.api_token_secret", influx.api_token_secret),
        ):
            need(
                bool(_HOSTNAME_RE.match(name) or _DNS_LABEL_RE.match(name)),
                path,
                f"not a Secret name: {name!r}",
            )
        need(
            influx.consumer_token_secret != influx.api_token_secret,
            "influxdb.external.api_token_secret",
            "must differ from consumer_token_secret (least privilege: one token writes, one reads)",
        )
        _check_ca(influx.ca, "influxdb.external.ca", need)
        _check_reach(influx.reach, [endpoint_host(influx.url)], "influxdb.external.reach", need)
    broker = config.rabbitmq.external
    if config.rabbitmq.mode == "external":
        need(bool(broker.hosts), "rabbitmq.external.hosts", "required in external mode")
        for host in broker.hosts:
            need(
                is_ip(host) or bool(_HOSTNAME_RE.match(host)),
                "rabbitmq.external.hosts",
                f"not a host name or IP address: {host!r}",
            )
        need(1 <= broker.port <= 65535, "rabbitmq.external.port", f"must be a port number, got {broker.port}")
        need(bool(broker.vhost), "rabbitmq.external.vhost", "must not be empty")
        need(
            not broker.server_name or bool(_HOSTNAME_RE.match(broker.server_name)),
            "rabbitmq.external.server_name",
            f"not a host name: {broker.server_name!r}",
        )
        need(broker.tls or not broker.ca.given, "rabbitmq.external.ca", "a CA needs tls = true")
        need(
            not config.rabbitmq.management_route,
            "rabbitmq.management_route",
            "no in-cluster broker to route to in external mode",
        )
        need(
            broker.consumer_secret != broker.topology_secret,
            "rabbitmq.external.topology_secret",
            "must differ from consumer_secret (the consumer may configure nothing)",
        )
        _check_ca(broker.ca, "rabbitmq.external.ca", need)
        _check_reach(broker.reach, broker.hosts, "rabbitmq.external.reach", need)


def _check_data_plane(edge: Edge, need: typing.Callable[[bool, str, str], None]) -> None:
    local = edge.data_plane == "gateway-namespace"
    need(
        not local or edge.exposure == "gateway",
        "edge.data_plane",
        "gateway-namespace needs edge.exposure = gateway",
    )
    for label in edge.data_plane_pod_labels:
        need(bool(_LABEL_RE.match(label)), "edge.data_plane_pod_labels", f"not a label key=value: {label!r}")
    port = edge.control_plane_port
    need(0 <= port <= 65535, "edge.control_plane_port", f"must be 0 (none) or a port number, got {port}")
    need(
        port == 0 or (local and bool(edge.controller_namespace)),
        "edge.control_plane_port",
        "needs edge.data_plane = gateway-namespace and edge.controller_namespace",
    )


def parse_override(text: str) -> dict[str, Any]:
    """`a.b.c=value` as a nested dict; the value stays a string and is converted by type."""
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise ConfigError(f"override {text!r}: expected key.path=value")
    tree: dict[str, Any] = {}
    node = tree
    parts = key.strip().split(".")
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    node[parts[-1]] = value
    return tree


def load(profile: str = DEFAULT_PROFILE, file: Path | None = None, overrides: Sequence[str] = ()) -> Config:
    """The configuration of `profile`, then the TOML `file`, then `overrides` (key.path=value)."""
    if profile not in PROFILES:
        raise ConfigError(f"profile: unknown profile {profile!r} (known: {', '.join(PROFILES)})")
    data = _merge(_BASE, _PROFILE_OVERRIDES[profile])
    if file is not None:
        try:
            from_file = tomllib.loads(file.read_text())
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"config file {file}: {exc}") from exc
        if from_file.get("profile", profile) != profile:
            raise ConfigError(f"profile: the file sets {from_file['profile']!r} but {profile!r} was chosen")
        data = _merge(data, from_file)
    for text in overrides:
        data = _merge(data, parse_override(text))
    config = _build(Config, data, "")
    _check(config)
    return typing.cast(Config, config)
