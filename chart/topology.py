"""The top-level charts: every component of the timeseries topology, composed from one Config.

Two charts, because a chart's namespace is stamped on every object in it: `cluster` holds the
cluster-scoped objects (Namespace, ClusterIssuers), `timeseries` everything namespaced.
"""

from __future__ import annotations

import dataclasses

import cdk8s
from cdk8s_plus_27 import k8s
from constructs import Construct

from chart import (
    api,
    consumer,
    edge,
    frontend,
    influxdb,
    influxdb_tokens,
    keycloak,
    links,
    network,
    oauth2_proxy,
    rabbitmq,
    rabbitmq_topology,
    secrets,
)
from chart.config import Config, label_map
from chart.network import (
    ACME_SOLVER,
    EDGE,
    INTERNET,
    KUBERNETES_API,
    KUBERNETES_API_PORTS,
    MONITORING,
    PUBLISHER,
    Flow,
)

# The API's paths behind oauth2-proxy: REST and gRPC-Web (native gRPC has its own host).
API_PATHS = ("/api/", edge.GRPC_WEB_PREFIX)
BEARER_CHALLENGE = 'Bearer realm="timeseries"'


class ClusterChart(cdk8s.Chart):
    """The Namespace (Pod Security "restricted" enforced) and the ClusterIssuers."""

    def __init__(self, scope: Construct, node_id: str, config: Config) -> None:
        super().__init__(scope, node_id, disable_resource_name_hashes=True)
        restricted = {
            f"pod-security.kubernetes.io/{mode}": "restricted" for mode in ("enforce", "audit", "warn")
        }
        k8s.KubeNamespace(
            self,
            "namespace",
            metadata=k8s.ObjectMeta(
                name=config.namespace, labels={**restricted, "app.kubernetes.io/part-of": "timeseries"}
            ),
        )
        edge.ClusterIssuers(self, "issuers", config.edge, config.namespace)


class TimeseriesChart(cdk8s.Chart):
    def __init__(self, scope: Construct, node_id: str, config: Config) -> None:
        super().__init__(scope, node_id, namespace=config.namespace, disable_resource_name_hashes=True)
        images = config.images
        spread = config.topology_spread
        in_cluster_idp = config.identity.mode != "external"

        store = links.influx_link(config, influxdb.URL, secrets.INFLUXDB_CONSUMER, secrets.INFLUXDB_API)
        if config.influxdb.mode == "in-cluster":
            influxdb.InfluxDBDatabase(
                self, "influxdb", influxdb.InfluxDBProps(images.influxdb, config.influxdb)
            )
            influxdb_tokens.InfluxDBTokens(
                self,
                "influxdb-tokens",
                influxdb_tokens.InfluxDBTokensProps(
                    image=images.api,
                    influx_url=store.url,
                    influx_org=config.influxdb.org,
                    influx_bucket=config.influxdb.bucket,
                ),
            )
        broker = links.broker_link(config, rabbitmq.NAME, rabbitmq.AMQP_PORT, secrets.RABBITMQ)
        external_broker = config.rabbitmq.external
        if config.rabbitmq.mode == "in-cluster":
            rabbitmq.RabbitMQBroker(
                self,
                "rabbitmq",
                rabbitmq.RabbitMQProps(images.rabbitmq, config.rabbitmq, config.namespace, spread),
            )
        elif external_broker.declare_topology:
            rabbitmq_topology.RabbitMQTopology(
                self,
                "rabbitmq-topology",
                rabbitmq_topology.RabbitMQTopologyProps(
                    image=images.consumer,
                    broker=dataclasses.replace(broker, secret=external_broker.topology_secret),
                ),
            )
        consumer.ConsumerWorker(
            self,
            "consumer",
            consumer.ConsumerProps(
                image=images.consumer,
                settings=config.consumer,
                broker=broker,
                influx=store,
                influx_org=config.influxdb.org,
                influx_bucket=config.influxdb.bucket,
                log_level=config.log_level,
                spread=spread,
            ),
        )
        discovery = ""
        proxy_endpoints = None
        if in_cluster_idp:
            idp = keycloak.Keycloak(
                self,
                "keycloak",
                keycloak.KeycloakProps(
                    image=images.keycloak,
                    postgres_image=images.postgres,
                    identity=config.identity,
                    auth_host=config.auth_host,
                    app_host=config.app_host,
                    spread=spread,
                ),
            )
            internal_realm = f"{idp.internal_url}/realms/timeseries"
            discovery = f"{internal_realm}/.well-known/openid-configuration"
            proxy_endpoints = oauth2_proxy.Endpoints.keycloak(config.issuer_url, internal_realm)
        api.ApiServer(
            self,
            "api",
            api.ApiProps(
                image=images.api,
                scale=config.api,
                influx=store,
                influx_db=config.influxdb.bucket,
                oidc_issuer=config.issuer_url,
                oidc_discovery_url=discovery,
                owner_claim=config.identity.owner_claim,
                admin_role=config.identity.admin_role,
                cors_origins=f"https://{config.app_host}",
                log_level=config.log_level,
                spread=spread,
                limits=config.api_limits,
            ),
        )
        frontend.FrontendSite(
            self,
            "frontend",
            frontend.FrontendProps(
                image=images.frontend,
                scale=config.frontend,
                issuer=config.issuer_url,
                origin=f"https://{config.app_host}",
                spread=spread,
            ),
        )
        oauth2_proxy.OAuth2Proxy(
            self,
            "oauth2-proxy",
            oauth2_proxy.OAuth2ProxyProps(
                image=images.oauth2_proxy,
                scale=config.oauth2_proxy,
                issuer=config.issuer_url,
                app_host=config.app_host,
                upstream=f"http://{api.NAME}:{api.HTTP_PORT}/",
                api_paths=API_PATHS,
                spread=spread,
                trusted_proxies=config.edge.proxy_cidrs,
                endpoints=proxy_endpoints,
            ),
        )
        self._edge(config, in_cluster_idp)
        network.NetworkPolicies(
            self,
            "network",
            components=components(config),
            flows=flows(config),
            data_plane=data_plane(config),
            dns=config.dns,
            monitoring_namespace=config.monitoring_namespace,
            externals=links.externals(config),
        )

    def _edge(self, config: Config, in_cluster_idp: bool) -> None:
        proxy = edge.Backend(oauth2_proxy.NAME, oauth2_proxy.HTTP_PORT)
        # oauth2-proxy's 401 on these paths has no challenge; RFC 6750 asks for one (the API's
        # own 401 carries it too, with the error code).
        api_proxy = dataclasses.replace(proxy, add_response_headers=(("WWW-Authenticate", BEARER_CHALLENGE),))
        paths = {
            **{path: api_proxy for path in API_PATHS},
            "/oauth2/": proxy,
            "/": edge.Backend(frontend.NAME, frontend.HTTP_PORT),
        }
        if config.rabbitmq.management_route:
            paths["/rabbitmq/"] = edge.Backend(rabbitmq.NAME, rabbitmq.MANAGEMENT_PORT)
        sites = [
            edge.Site("app", config.app_host, paths=paths),
            edge.Site("grpc", config.grpc_host, grpc=edge.Backend(api.NAME, api.GRPC_PORT)),
        ]
        if in_cluster_idp:
            # Only the public parts of Keycloak; its admin console stays inside the cluster.
            idp = edge.Backend(keycloak.NAME, keycloak.HTTP_PORT)
            sites.append(edge.Site("auth", config.auth_host, paths={"/realms/": idp, "/resources/": idp}))
        props = edge.EdgeProps(config.edge, sites)
        if config.edge.exposure == "gateway":
            edge.GatewayEdge(self, "edge", props)
        else:
            edge.IngressEdge(self, "edge", props)


def data_plane(config: Config) -> network.DataPlane:
    """Where the Gateway's or Ingress controller's proxies run (edge.data_plane)."""
    settings = config.edge
    local = settings.data_plane == "gateway-namespace"
    labels = label_map(settings.data_plane_pod_labels)
    if local and not labels:
        # The Gateway API's label on the pods a controller makes for a Gateway (GEP-1762).
        labels = {"gateway.networking.k8s.io/gateway-name": edge.GATEWAY}
    return network.DataPlane(
        namespace=settings.controller_namespace,
        pod_labels=labels,
        local=local,
        listener_ports=(edge.HTTP_LISTENER_PORT, edge.HTTPS_LISTENER_PORT) if local else (),
        control_plane_port=settings.control_plane_port,
    )


def components(config: Config) -> dict[str, str]:
    """Every component with pods: name -> role (together they are its selector labels)."""
    names = {
        consumer.NAME: consumer.ROLE,
        api.NAME: api.ROLE,
        frontend.NAME: frontend.ROLE,
        oauth2_proxy.NAME: oauth2_proxy.ROLE,
    }
    if config.influxdb.mode == "in-cluster":
        names[influxdb.NAME] = influxdb.ROLE
        names[influxdb_tokens.NAME] = influxdb_tokens.ROLE
    if config.rabbitmq.mode == "in-cluster":
        names[rabbitmq.NAME] = rabbitmq.ROLE
    elif config.rabbitmq.external.declare_topology:
        names[rabbitmq_topology.NAME] = rabbitmq_topology.ROLE
    if config.identity.mode != "external":
        names[keycloak.NAME] = keycloak.ROLE
    if config.identity.mode == "prod":
        names[keycloak.POSTGRES] = keycloak.POSTGRES_ROLE
        names[keycloak.SYNC] = keycloak.SYNC_ROLE
    return names


def flows(config: Config) -> list[Flow]:
    """Who talks to whom, on which port: the source of every NetworkPolicy rule."""
    graph = [
        Flow(EDGE, frontend.NAME, frontend.HTTP_PORT),
        Flow(EDGE, oauth2_proxy.NAME, oauth2_proxy.HTTP_PORT),
        Flow(EDGE, api.NAME, api.GRPC_PORT),
        Flow(oauth2_proxy.NAME, api.NAME, api.HTTP_PORT),
        *_store_flows(config),
        *_broker_flows(config),
    ]
    if config.edge.acme:
        # cert-manager answers HTTP-01 challenges from solver pods in this namespace.
        graph.append(Flow(EDGE, ACME_SOLVER, 8089))
    if config.monitoring_namespace:
        # Every component that serves /metrics, at the port that serves it.
        graph += [
            Flow(MONITORING, consumer.NAME, consumer.HTTP_PORT),
            Flow(MONITORING, api.NAME, api.HTTP_PORT),
        ]
        if config.rabbitmq.mode == "in-cluster":
            graph.append(Flow(MONITORING, rabbitmq.NAME, rabbitmq.METRICS_PORT))
        if config.influxdb.mode == "in-cluster":
            graph.append(Flow(MONITORING, influxdb.NAME, influxdb.PORT))
        if config.identity.mode != "external":
            # KC_METRICS_ENABLED: /metrics on the management port, beside the health checks.
            graph.append(Flow(MONITORING, keycloak.NAME, keycloak.MANAGEMENT_PORT))
    if config.rabbitmq.management_route:
        graph.append(Flow(EDGE, rabbitmq.NAME, rabbitmq.MANAGEMENT_PORT))
    if config.rabbitmq.mode == "in-cluster" and config.rabbitmq.nodes > 1:
        graph += [Flow(rabbitmq.NAME, rabbitmq.NAME, port) for port in rabbitmq.CLUSTER_PORTS.values()]
    if config.identity.mode == "external":
        # Both reach the external issuer at its public URL (discovery, keys, code exchange).
        graph += [Flow(api.NAME, INTERNET, 443), Flow(oauth2_proxy.NAME, INTERNET, 443)]
    else:
        graph += [
            Flow(EDGE, keycloak.NAME, keycloak.HTTP_PORT),
            Flow(api.NAME, keycloak.NAME, keycloak.HTTP_PORT),
            # Token redemption, signing keys and the user profile, in the cluster.
            Flow(oauth2_proxy.NAME, keycloak.NAME, keycloak.HTTP_PORT),
        ]
    if config.identity.mode == "prod":
        graph += [
            Flow(keycloak.NAME, keycloak.POSTGRES, keycloak.POSTGRES_PORT),
            Flow(keycloak.NAME, keycloak.NAME, keycloak.JGROUPS_PORT),
            Flow(keycloak.NAME, keycloak.NAME, keycloak.JGROUPS_FD_PORT),
            Flow(keycloak.SYNC, keycloak.NAME, keycloak.HTTP_PORT),
        ]
    return graph


def _store_flows(config: Config) -> list[Flow]:
    """The consumer and the API to InfluxDB: in the cluster, or only the external endpoint."""
    if config.influxdb.mode == "external":
        port = links.influx_port(config)
        return [
            Flow(consumer.NAME, links.INFLUXDB_EXTERNAL, port),
            Flow(api.NAME, links.INFLUXDB_EXTERNAL, port),
        ]
    return [
        Flow(api.NAME, influxdb.NAME, influxdb.PORT),
        Flow(consumer.NAME, influxdb.NAME, influxdb.PORT),
        Flow(influxdb_tokens.NAME, influxdb.NAME, influxdb.PORT),
        *(Flow(influxdb_tokens.NAME, KUBERNETES_API, port) for port in KUBERNETES_API_PORTS),
    ]


def _broker_flows(config: Config) -> list[Flow]:
    """The consumer and the publishers (and the topology Job) to the broker."""
    if config.rabbitmq.mode == "external":
        ext = config.rabbitmq.external
        sources = [consumer.NAME, PUBLISHER] + ([rabbitmq_topology.NAME] if ext.declare_topology else [])
        return [Flow(source, links.RABBITMQ_EXTERNAL, ext.port) for source in sources]
    return [
        Flow(consumer.NAME, rabbitmq.NAME, rabbitmq.AMQP_PORT),
        Flow(PUBLISHER, rabbitmq.NAME, rabbitmq.AMQP_PORT),
    ]


def build(config: Config, outdir: str | None = None) -> cdk8s.App:
    """The app with both charts; `outdir` None lets the cdk8s CLI choose (CDK8S_OUTDIR)."""
    app = cdk8s.App(outdir=outdir) if outdir else cdk8s.App()
    ClusterChart(app, "cluster", config)
    TimeseriesChart(app, "timeseries", config)
    return app
