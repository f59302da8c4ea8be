"""How the consumer, the API and the setup Jobs reach InfluxDB and RabbitMQ: in the cluster, or
an external engine (`influxdb.mode` / `rabbitmq.mode = "external"`).

A link is what a client pod needs: the address, the TLS trust (a CA file mounted from a
ConfigMap or Secret), and where its credentials are. The environment variables it produces are
those of services/common/connections.py, which every client's settings share.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import urllib.parse

import cdk8s_plus_27 as kplus
from constructs import Construct

from chart import network, workload
from chart.config import CaSource, Config, Reach, endpoint_host, is_ip, label_map

#: Where a CA is mounted in a client pod: one directory per endpoint.
CA_DIR = "/etc/timeseries/ca"


@dataclasses.dataclass(frozen=True)
class InfluxLink:
    url: str
    consumer_token_secret: str
    api_token_secret: str
    ca: CaSource = dataclasses.field(default_factory=CaSource)


@dataclasses.dataclass(frozen=True)
class BrokerLink:
    hosts: tuple[str, ...]
    port: int
    vhost: str
    user: str
    """The consumer's broker user; empty: from key `username` of `secret`."""
    secret: str
    password_key: str
    tls: bool = False
    server_name: str = ""
    ca: CaSource = dataclasses.field(default_factory=CaSource)


def influx_link(config: Config, in_cluster_url: str, consumer_secret: str, api_secret: str) -> InfluxLink:
    settings = config.influxdb
    if settings.mode == "external":
        ext = settings.external
        return InfluxLink(ext.url.rstrip("/"), ext.consumer_token_secret, ext.api_token_secret, ext.ca)
    return InfluxLink(in_cluster_url, consumer_secret, api_secret)


def broker_link(config: Config, in_cluster_host: str, port: int, secret: str) -> BrokerLink:
    settings = config.rabbitmq
    if settings.mode == "external":
        ext = settings.external
        return BrokerLink(
            ext.hosts,
            ext.port,
            ext.vhost,
            "",
            ext.consumer_secret,
            "password",
            ext.tls,
            ext.server_name,
            ext.ca,
        )
    return BrokerLink((in_cluster_host,), port, "/", settings.consumer_user, secret, "consumer-password")


def ca_file(ca: CaSource, endpoint: str) -> str:
    """The CA's path in the pod ("" = the image's system CAs)."""
    return f"{CA_DIR}/{endpoint}/{ca.key}" if ca.given else ""


def ca_mounts(scope: Construct, ca: CaSource, endpoint: str) -> list[kplus.VolumeMount]:
    """The CA's volume, mounted read-only at its directory (none without a CA)."""
    if not ca.given:
        return []
    items = {ca.key: kplus.PathMapping(path=ca.key)}
    name = f"{endpoint}-ca"
    if ca.config_map:
        source = kplus.ConfigMap.from_config_map_name(scope, f"{name}-config-map", ca.config_map)
        volume = kplus.Volume.from_config_map(scope, f"{name}-volume", source, name=name, items=items)
    else:
        secret = workload.secret_ref(scope, ca.secret)
        volume = kplus.Volume.from_secret(scope, f"{name}-volume", secret, name=name, items=items)
    return [kplus.VolumeMount(path=f"{CA_DIR}/{endpoint}", volume=volume, read_only=True)]


def influx_env(link: InfluxLink) -> dict[str, str]:
    values = {"INFLUX_URL": link.url}
    if link.ca.given:
        values["INFLUX_CA_FILE"] = ca_file(link.ca, "influxdb")
    return values


def broker_env(link: BrokerLink) -> dict[str, str]:
    values = {"AMQP_HOST": ",".join(link.hosts), "AMQP_PORT": str(link.port)}
    if link.user:
        values["AMQP_USER"] = link.user
    values["AMQP_VHOST"] = link.vhost
    if link.tls:
        values["AMQP_TLS"] = "true"
    if link.server_name:
        values["AMQP_SERVER_NAME"] = link.server_name
    if link.ca.given:
        values["AMQP_CA_FILE"] = ca_file(link.ca, "rabbitmq")
    return values


def broker_secret_env(scope: Construct, link: BrokerLink) -> dict[str, kplus.EnvValue]:
    keys = {"AMQP_PASSWORD": link.password_key}
    if not link.user:
        keys["AMQP_USER"] = "username"
    return workload.secret_env(scope, link.secret, keys)


#: The NetworkPolicy peers of the external endpoints (chart/network.py `External`).
INFLUXDB_EXTERNAL = "@influxdb-external"
RABBITMQ_EXTERNAL = "@rabbitmq-external"


def _external(hosts: tuple[str, ...], reach: Reach) -> network.External:
    if reach.namespace:
        return network.External(namespace=reach.namespace, pod_labels=label_map(reach.pod_labels))
    own = [str(ipaddress.ip_network(host)) for host in hosts if is_ip(host)]
    return network.External(cidrs=tuple(dict.fromkeys([*own, *reach.addresses])))


def externals(config: Config) -> dict[str, network.External]:
    """The external endpoints of `config`, as NetworkPolicy peers."""
    peers = {}
    if config.influxdb.mode == "external":
        ext = config.influxdb.external
        peers[INFLUXDB_EXTERNAL] = _external((endpoint_host(ext.url),), ext.reach)
    if config.rabbitmq.mode == "external":
        peers[RABBITMQ_EXTERNAL] = _external(config.rabbitmq.external.hosts, config.rabbitmq.external.reach)
    return peers


def influx_port(config: Config) -> int:
    """The external InfluxDB's port (https: 443 unless the URL says otherwise)."""
    return urllib.parse.urlsplit(config.influxdb.external.url).port or 443


def provided_config_maps(config: Config) -> set[str]:
    """ConfigMaps the manifests mount but do not hold: the external engines' CAs (yours to create)."""
    cas = []
    if config.influxdb.mode == "external":
        cas.append(config.influxdb.external.ca)
    if config.rabbitmq.mode == "external":
        cas.append(config.rabbitmq.external.ca)
    return {ca.config_map for ca in cas if ca.config_map}
