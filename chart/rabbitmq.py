"""RabbitMQ: a StatefulSet (3 clustered nodes in prod) that boots with the queue topology.

Boot definitions (chart/rabbitmq_definitions.py) are a directory: the topology (exchanges,
queues, bindings; no secrets) comes from a ConfigMap, the users (with their password hashes and
least-privilege permissions) from the Secret. RabbitMQ skips its
default guest user when it imports definitions, so no guest/guest ever exists. The Erlang
cookie is copied from the Secret by an init container, because RabbitMQ wants it as a file
with mode 0400 in its home directory.
"""

from __future__ import annotations

import dataclasses
import json

import cdk8s
import cdk8s_plus_27 as kplus
from constructs import Construct

from chart import rabbitmq_definitions, secrets, workload
from chart.config import Image, RabbitMQ

NAME = "rabbitmq"
ROLE = "broker"
AMQP_PORT = 5672
MANAGEMENT_PORT = 15672
METRICS_PORT = 15692
# Erlang distribution (epmd and inter-node traffic) between cluster members.
CLUSTER_PORTS = {"epmd": 4369, "dist": 25672}
# How long a stopping node waits for every quorum queue it hosts to have a majority without it.
QUORUM_WAIT_S = 600
# Drain (client connections closed, queue leaders moved) and shutdown, after that wait.
DRAIN_AND_STOP_S = 120
USER = 10002
COOKIE = "/var/lib/rabbitmq/.erlang.cookie"


def node_name(pod: str, namespace: str) -> str:
    """A cluster member's Erlang node name: its pod's DNS name under the headless Service."""
    return f"rabbit@{pod}.{workload.headless_name(NAME)}.{namespace}.svc.cluster.local"


def _secret_file(scope: Construct, secret: kplus.ISecret, name: str, key: str) -> kplus.Volume:
    """Volume `name` holding one key of the Secret as a file, readable by the pod's group only."""
    return kplus.Volume.from_secret(
        scope,
        f"{name}-volume",
        secret,
        name=name,
        items={key: kplus.PathMapping(path=key)},
        default_mode=0o440,
    )


@dataclasses.dataclass(frozen=True)
class RabbitMQProps:
    image: Image
    settings: RabbitMQ
    namespace: str
    spread: bool


class RabbitMQBroker(Construct):
    """The message broker in the cluster (`rabbitmq.mode = "in-cluster"`), at Service `NAME`."""

    def __init__(self, scope: Construct, node_id: str, props: RabbitMQProps) -> None:
        super().__init__(scope, node_id)
        settings = props.settings
        shape = workload.PodShape(NAME, ROLE, USER, props.image, props.spread)
        ports = {"amqp": AMQP_PORT, "management": MANAGEMENT_PORT, "metrics": METRICS_PORT}
        workload.service(self, NAME, ROLE, ports)
        headless = workload.headless_service(self, NAME, ROLE, {"amqp": AMQP_PORT, **CLUSTER_PORTS})
        config_map = kplus.ConfigMap(
            self,
            "config",
            metadata=workload.metadata(f"{NAME}-config", NAME, ROLE),
            data={
                "rabbitmq.conf": self._conf(props),
                "enabled_plugins": "[rabbitmq_management,rabbitmq_prometheus].\n",
                "topology.json": json.dumps(rabbitmq_definitions.topology(), indent=2, sort_keys=True) + "\n",
            },
        )
        secret = workload.secret_ref(self, secrets.RABBITMQ)
        config_volume = kplus.Volume.from_config_map(
            self,
            "config-volume",
            config_map,
            name="config",
            items={
                "rabbitmq.conf": kplus.PathMapping(path="rabbitmq.conf"),
                "enabled_plugins": kplus.PathMapping(path="enabled_plugins"),
            },
        )
        definitions = kplus.Volume.from_config_map(
            self,
            "definitions-volume",
            config_map,
            name="definitions",
            items={"topology.json": kplus.PathMapping(path="10-topology.json")},
        )
        users = _secret_file(self, secret, "users", "users.json")
        cookie = _secret_file(self, secret, "cookie", "erlang-cookie")
        node_env = {
            "RABBITMQ_USE_LONGNAME": "true",
            "RABBITMQ_NODENAME": node_name("$(POD_NAME)", props.namespace),
            "RABBITMQ_CONFIG_FILES": "/etc/rabbitmq/conf.d",
            "RABBITMQ_ENABLED_PLUGINS_FILE": "/etc/rabbitmq/conf.d/enabled_plugins",
            "HOME": "/var/lib/rabbitmq",
        }
        self.statefulset = kplus.StatefulSet(
            self,
            "statefulset",
            replicas=settings.nodes,
            service=headless,
            # Cluster members must be able to start together to find each other.
            pod_management_policy=kplus.PodManagementPolicy.PARALLEL,
            # Outlasts the preStop hook, so the kubelet never kills a node that is still quorum-critical.
            termination_grace_period=cdk8s.Duration.seconds(QUORUM_WAIT_S + DRAIN_AND_STOP_S),
            init_containers=[
                kplus.ContainerProps(
                    name="erlang-cookie",
                    image=props.image.ref,
                    command=[
                        "sh",
                        "-c",
                        f"rm -f {COOKIE} && cp /cookie/erlang-cookie {COOKIE} && chmod 400 {COOKIE}",
                    ],
                    resources=workload.resources(settings.resources),
                    security_context=workload.security(USER),
                    volume_mounts=[kplus.VolumeMount(path="/cookie", volume=cookie)],
                )
            ],
            containers=[
                kplus.ContainerProps(
                    name=NAME,
                    image=props.image.ref,
                    ports=workload.container_ports({**ports, **CLUSTER_PORTS}),
                    env_variables={
                        "POD_NAME": kplus.EnvValue.from_field_ref(kplus.EnvFieldPaths.POD_NAME),
                        **workload.env(node_env),
                    },
                    resources=workload.resources(settings.resources),
                    security_context=workload.security(USER),
                    lifecycle=kplus.ContainerLifecycle(pre_stop=kplus.Handler.from_command(self._pre_stop())),
                    liveness=workload.exec_probe(
                        ["rabbitmq-diagnostics", "-q", "ping"], period=30, failures=3, timeout=20
                    ),
                    readiness=workload.exec_probe(
                        ["rabbitmq-diagnostics", "-q", "check_port_connectivity"], period=15, timeout=20
                    ),
                    startup=workload.exec_probe(
                        ["rabbitmq-diagnostics", "-q", "ping"], period=10, failures=30, timeout=20
                    ),
                    volume_mounts=[
                        kplus.VolumeMount(path="/etc/rabbitmq/conf.d", volume=config_volume, read_only=True),
                        workload.file_mount(
                            "/etc/rabbitmq/definitions/10-topology.json", definitions, "10-topology.json"
                        ),
                        workload.file_mount("/etc/rabbitmq/definitions/20-users.json", users, "users.json"),
                        workload.tmp_mount(self),
                    ],
                )
            ],
            **workload.pod_props(self, shape),  # type: ignore[arg-type]
        )
        workload.finish(self.statefulset, shape)
        workload.roll_on_change(self.statefulset, config_map)
        # The init container writes the Erlang cookie into the data volume (RabbitMQ's home).
        workload.add_data_volume(self.statefulset, settings.storage, "/var/lib/rabbitmq", init_container=True)
        if settings.nodes > 1:
            workload.pdb(self, NAME, ROLE)

    @staticmethod
    def _pre_stop() -> list[str]:
        """Before a node stops (rolling update, node drain): wait until no quorum queue would lose
        its majority without it, as RabbitMQ's cluster operator does; then drain it, so clients
        reconnect to the other nodes and queue leaders move before it goes, rather than finding
        out when it is gone. A restarted node leaves maintenance mode by itself."""
        script = (
            f"rabbitmq-upgrade await_online_quorum_plus_one -t {QUORUM_WAIT_S}; "
            f"rabbitmq-upgrade drain -t {DRAIN_AND_STOP_S // 2}"
        )
        return ["sh", "-c", script]

    @staticmethod
    def _conf(props: RabbitMQProps) -> str:
        settings = props.settings
        lines = [
            "# Generated by the chart (chart/rabbitmq.py).",
            "loopback_users = none",
            f"listeners.tcp.default = {AMQP_PORT}",
            f"management.tcp.port = {MANAGEMENT_PORT}",
            "log.console = true",
            "log.file = false",
            "definitions.import_backend = local_filesystem",
            "definitions.local.path = /etc/rabbitmq/definitions",
            "definitions.skip_if_unchanged = true",
            "vm_memory_high_watermark.relative = 0.6",
            "disk_free_limit.absolute = 1GB",
            # Stamp every message with its time of receipt (header timestamp_in_ms, and the
            # timestamp property when unset), unless its publisher did: the time of its points
            # that have none, the same at every redelivery (services/consumer/decode.py).
            "message_interceptors.incoming.set_header_timestamp.overwrite = false",
        ]
        if settings.management_route:
            lines.append("management.path_prefix = /rabbitmq")
        if settings.nodes > 1:
            lines += [
                "cluster_formation.peer_discovery_backend = classic_config",
                *(
                    f"cluster_formation.classic_config.nodes.{i + 1} = "
                    + node_name(f"{NAME}-{i}", props.namespace)
                    for i in range(settings.nodes)
                ),
                # Quorum queues need a majority: keep minority nodes from serving alone.
                "cluster_partition_handling = pause_minority",
                # A queue declared before every node joined (the boot definitions, imported by
                # the first node up) grows to them later (3.13+); without a target size it
                # never does: the reconciler's target is 0 unless set here, by policy or by
                # queue argument (the local cluster waits for it: tests/stack/cluster.py).
                "quorum_queue.continuous_membership_reconciliation.enabled = true",
                f"quorum_queue.continuous_membership_reconciliation.target_group_size = {settings.nodes}",
            ]
        return "\n".join(lines) + "\n"
