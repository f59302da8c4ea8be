"""The edge: the Gateway API (default) or an Ingress, with TLS from cert-manager.

Routes (DESIGN.md, Edge): on the app host `/` goes to the frontend; `/api/`, the gRPC-Web path
and `/oauth2/` go to oauth2-proxy; `/rabbitmq/` to the management UI when enabled. Native
gRPC has its own host (a GRPCRoute must not share a hostname with an HTTPRoute on a listener),
and so has Keycloak. The HTTP listener only redirects to HTTPS; cert-manager's HTTP-01 solver
attaches its own, more specific route for `/.well-known/acme-challenge/<token>`.
"""

from __future__ import annotations

import dataclasses

import cdk8s
from cdk8s_plus_27 import k8s
from constructs import Construct

from chart import workload
from chart.config import Edge
from imports.io import cert_manager as cm
from imports.io.k8s.networking import gateway as gw

GATEWAY = "timeseries"
# The Gateway's listeners: HTTP (which only redirects, and serves HTTP-01) and HTTPS.
HTTP_LISTENER_PORT = 80
HTTPS_LISTENER_PORT = 443
GRPC_WEB_PREFIX = "/timeseries.v1.TimeseriesService/"
GRPC_SERVICE = "timeseries.v1.TimeseriesService"


@dataclasses.dataclass(frozen=True)
class Backend:
    service: str
    port: int
    add_response_headers: tuple[tuple[str, str], ...] = ()
    """Added to every response of the route (a Gateway API ResponseHeaderModifier: no status
    condition exists there). An Ingress has no portable way to add them and leaves them out."""


@dataclasses.dataclass(frozen=True)
class Site:
    """One public host: its path prefixes and their backends, or a gRPC backend."""

    key: str
    host: str
    paths: dict[str, Backend] = dataclasses.field(default_factory=dict)
    grpc: Backend | None = None

    @property
    def tls_secret(self) -> str:
        return f"{self.key}-tls"

    @property
    def listener(self) -> str:
        """The Gateway's HTTPS listener for this host."""
        return f"https-{self.key}"


@dataclasses.dataclass(frozen=True)
class EdgeProps:
    settings: Edge
    sites: list[Site]


def _labels() -> dict[str, str]:
    return workload.labels("edge", "edge")


class Certificates(Construct):
    """One cert-manager Certificate per public host, from the configured ClusterIssuer."""

    def __init__(self, scope: Construct, node_id: str, props: EdgeProps) -> None:
        super().__init__(scope, node_id)
        for site in props.sites:
            cm.Certificate(
                self,
                site.key,
                metadata=cdk8s.ApiObjectMetadata(name=site.key, labels=_labels()),
                spec=cm.CertificateSpec(
                    secret_name=site.tls_secret,
                    dns_names=[site.host],
                    issuer_ref=cm.CertificateSpecIssuerRef(
                        name=issuer_name(props.settings), kind="ClusterIssuer", group="cert-manager.io"
                    ),
                    private_key=cm.CertificateSpecPrivateKey(
                        algorithm=cm.CertificateSpecPrivateKeyAlgorithm.ECDSA,
                        size=256,
                        rotation_policy=cm.CertificateSpecPrivateKeyRotationPolicy.ALWAYS,
                    ),
                ),
            )


class GatewayEdge(Construct):
    def __init__(self, scope: Construct, node_id: str, props: EdgeProps) -> None:
        super().__init__(scope, node_id)
        same = gw.GatewaySpecListenersAllowedRoutes(
            namespaces=gw.GatewaySpecListenersAllowedRoutesNamespaces(
                from_=gw.GatewaySpecListenersAllowedRoutesNamespacesFrom.SAME
            )
        )
        listeners = [
            gw.GatewaySpecListeners(
                name="http", port=HTTP_LISTENER_PORT, protocol="HTTP", allowed_routes=same
            )
        ]
        listeners += [
            gw.GatewaySpecListeners(
                name=site.listener,
                port=HTTPS_LISTENER_PORT,
                protocol="HTTPS",
                hostname=site.host,
                allowed_routes=same,
                tls=gw.GatewaySpecListenersTls(
                    mode=gw.GatewaySpecListenersTlsMode.TERMINATE,
                    certificate_refs=[
                        gw.GatewaySpecListenersTlsCertificateRefs(
                            name=site.tls_secret, kind="Secret", group=""
                        )
                    ],
                ),
            )
            for site in props.sites
        ]
        gw.Gateway(
            self,
            "gateway",
            metadata=cdk8s.ApiObjectMetadata(name=GATEWAY, labels=_labels()),
            spec=gw.GatewaySpec(gateway_class_name=props.settings.gateway_class_name, listeners=listeners),
        )
        gw.HttpRoute(
            self,
            "redirect",
            metadata=cdk8s.ApiObjectMetadata(name="https-redirect", labels=_labels()),
            spec=gw.HttpRouteSpec(
                parent_refs=[gw.HttpRouteSpecParentRefs(name=GATEWAY, section_name="http")],
                rules=[
                    gw.HttpRouteSpecRules(
                        filters=[
                            gw.HttpRouteSpecRulesFilters(
                                type=gw.HttpRouteSpecRulesFiltersType.REQUEST_REDIRECT,
                                request_redirect=gw.HttpRouteSpecRulesFiltersRequestRedirect(
                                    scheme=gw.HttpRouteSpecRulesFiltersRequestRedirectScheme.HTTPS,
                                    status_code=gw.HttpRouteSpecRulesFiltersRequestRedirectStatusCode.VALUE_301,
                                ),
                            )
                        ]
                    )
                ],
            ),
        )
        for site in props.sites:
            if site.grpc is not None:
                gw.GrpcRoute(
                    self,
                    f"{site.key}-grpc",
                    metadata=cdk8s.ApiObjectMetadata(name=site.key, labels=_labels()),
                    spec=gw.GrpcRouteSpec(
                        hostnames=[site.host],
                        parent_refs=[gw.GrpcRouteSpecParentRefs(name=GATEWAY, section_name=site.listener)],
                        rules=[
                            gw.GrpcRouteSpecRules(
                                matches=[
                                    gw.GrpcRouteSpecRulesMatches(
                                        method=gw.GrpcRouteSpecRulesMatchesMethod(
                                            type=gw.GrpcRouteSpecRulesMatchesMethodType.EXACT,
                                            service=GRPC_SERVICE,
                                        )
                                    )
                                ],
                                backend_refs=[
                                    gw.GrpcRouteSpecRulesBackendRefs(
                                        name=site.grpc.service, port=site.grpc.port
                                    )
                                ],
                            )
                        ],
                    ),
                )
            if site.paths:
                gw.HttpRoute(
                    self,
                    site.key,
                    metadata=cdk8s.ApiObjectMetadata(name=site.key, labels=_labels()),
                    spec=gw.HttpRouteSpec(
                        hostnames=[site.host],
                        parent_refs=[gw.HttpRouteSpecParentRefs(name=GATEWAY, section_name=site.listener)],
                        rules=[
                            gw.HttpRouteSpecRules(
                                matches=[
                                    gw.HttpRouteSpecRulesMatches(
                                        path=gw.HttpRouteSpecRulesMatchesPath(
                                            type=gw.HttpRouteSpecRulesMatchesPathType.PATH_PREFIX, value=path
                                        )
                                    )
                                ],
                                filters=_response_headers(backend),
                                backend_refs=[
                                    gw.HttpRouteSpecRulesBackendRefs(name=backend.service, port=backend.port)
                                ],
                            )
                            for path, backend in site.paths.items()
                        ],
                    ),
                )
        Certificates(self, "certificates", props)


def _response_headers(backend: Backend) -> list[gw.HttpRouteSpecRulesFilters] | None:
    if not backend.add_response_headers:
        return None
    return [
        gw.HttpRouteSpecRulesFilters(
            type=gw.HttpRouteSpecRulesFiltersType.RESPONSE_HEADER_MODIFIER,
            response_header_modifier=gw.HttpRouteSpecRulesFiltersResponseHeaderModifier(
                add=[
                    gw.HttpRouteSpecRulesFiltersResponseHeaderModifierAdd(name=name, value=value)
                    for name, value in backend.add_response_headers
                ]
            ),
        )
    ]


class IngressEdge(Construct):
    """The Ingress alternative: one Ingress per host (the gRPC one asks ingress-nginx for h2c)."""

    def __init__(self, scope: Construct, node_id: str, props: EdgeProps) -> None:
        super().__init__(scope, node_id)
        for site in props.sites:
            annotations = {"nginx.ingress.kubernetes.io/backend-protocol": "GRPC"} if site.grpc else {}
            paths = dict(site.paths)
            if site.grpc is not None:
                paths["/"] = site.grpc
            k8s.KubeIngress(
                self,
                site.key,
                metadata=k8s.ObjectMeta(name=site.key, labels=_labels(), annotations=annotations or None),
                spec=k8s.IngressSpec(
                    ingress_class_name=props.settings.ingress_class_name,
                    tls=[k8s.IngressTls(hosts=[site.host], secret_name=site.tls_secret)],
                    rules=[
                        k8s.IngressRule(
                            host=site.host,
                            http=k8s.HttpIngressRuleValue(
                                paths=[
                                    k8s.HttpIngressPath(
                                        path=path,
                                        path_type="Prefix",
                                        backend=k8s.IngressBackend(
                                            service=k8s.IngressServiceBackend(
                                                name=backend.service,
                                                port=k8s.ServiceBackendPort(number=backend.port),
                                            )
                                        ),
                                    )
                                    for path, backend in paths.items()
                                ]
                            ),
                        )
                    ],
                ),
            )
        Certificates(self, "certificates", props)


ACME_SERVERS = {
    "letsencrypt-staging": "https://acme-staging-v02.api.letsencrypt.org/directory",
    "letsencrypt-production": "https://acme-v02.api.letsencrypt.org/directory",
}
SELF_SIGNED_ISSUER = "timeseries-selfsigned"
CA_ISSUER = "timeseries-ca"


def issuer_name(settings: Edge) -> str:
    """The ClusterIssuer that signs the hosts' certificates."""
    return settings.issuer if settings.acme else CA_ISSUER


class ClusterIssuers(Construct):
    """The configured issuer: Let's Encrypt (staging and production, HTTP-01 through the Gateway
    or the Ingress), or a private CA for hosts no public CA can validate (dev's *.localtest.me)."""

    def __init__(self, scope: Construct, node_id: str, settings: Edge, namespace: str) -> None:
        super().__init__(scope, node_id)
        if settings.acme:
            self._acme(settings, namespace)
        else:
            self._private_ca(settings)

    def _private_ca(self, settings: Edge) -> None:
        """cert-manager's CA bootstrap: a selfSigned issuer signs a CA certificate, whose key pair
        (in cert-manager's cluster resource namespace, where a CA ClusterIssuer reads it) then
        signs every host's certificate. Clients trust the root from the `timeseries-ca` Secret."""
        cm.ClusterIssuer(
            self,
            SELF_SIGNED_ISSUER,
            metadata=cdk8s.ApiObjectMetadata(name=SELF_SIGNED_ISSUER, labels=_labels()),
            spec=cm.ClusterIssuerSpec(self_signed=cm.ClusterIssuerSpecSelfSigned()),
        )
        cm.Certificate(
            self,
            "ca",
            metadata=cdk8s.ApiObjectMetadata(
                name=CA_ISSUER, namespace=settings.cert_manager_namespace, labels=_labels()
            ),
            spec=cm.CertificateSpec(
                is_ca=True,
                common_name="timeseries CA",
                secret_name=CA_ISSUER,
                # A new root would have to be trusted again by every client: long-lived, kept key.
                duration="87600h",
                renew_before="720h",
                issuer_ref=cm.CertificateSpecIssuerRef(
                    name=SELF_SIGNED_ISSUER, kind="ClusterIssuer", group="cert-manager.io"
                ),
                private_key=cm.CertificateSpecPrivateKey(
                    algorithm=cm.CertificateSpecPrivateKeyAlgorithm.ECDSA,
                    size=256,
                    rotation_policy=cm.CertificateSpecPrivateKeyRotationPolicy.NEVER,
                ),
            ),
        )
        cm.ClusterIssuer(
            self,
            CA_ISSUER,
            metadata=cdk8s.ApiObjectMetadata(name=CA_ISSUER, labels=_labels()),
            spec=cm.ClusterIssuerSpec(ca=cm.ClusterIssuerSpecCa(secret_name=CA_ISSUER)),
        )

    def _acme(self, settings: Edge, namespace: str) -> None:
        if settings.exposure == "gateway":
            http01 = cm.ClusterIssuerSpecAcmeSolversHttp01(
                gateway_http_route=cm.ClusterIssuerSpecAcmeSolversHttp01GatewayHttpRoute(
                    parent_refs=[
                        cm.ClusterIssuerSpecAcmeSolversHttp01GatewayHttpRouteParentRefs(
                            name=GATEWAY, namespace=namespace, kind="Gateway", section_name="http"
                        )
                    ]
                )
            )
        else:
            http01 = cm.ClusterIssuerSpecAcmeSolversHttp01(
                ingress=cm.ClusterIssuerSpecAcmeSolversHttp01Ingress(
                    ingress_class_name=settings.ingress_class_name
                )
            )
        for name, server in ACME_SERVERS.items():
            cm.ClusterIssuer(
                self,
                name,
                metadata=cdk8s.ApiObjectMetadata(name=name, labels=_labels()),
                spec=cm.ClusterIssuerSpec(
                    acme=cm.ClusterIssuerSpecAcme(
                        server=server,
                        email=settings.acme_email,
                        private_key_secret_ref=cm.ClusterIssuerSpecAcmePrivateKeySecretRef(
                            name=f"{name}-account-key"
                        ),
                        solvers=[cm.ClusterIssuerSpecAcmeSolvers(http01=http01)],
                    )
                ),
            )
