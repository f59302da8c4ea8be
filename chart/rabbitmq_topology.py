"""The queue topology on an external broker: a one-shot Job that declares it over AMQP(S).

An in-cluster broker boots with the topology (chart/rabbitmq.py). An external one (managed, or
run by the RabbitMQ Cluster Operator) gets the same definitions (chart/rabbitmq_definitions.py
`topology`, in a ConfigMap) declared by `python -m services.common.declare` from the consumer's
image, logged in as a user that may configure the vhost (Secret `rabbitmq.external.topology_secret`).
The consumer's own user still may configure nothing. Declaring is idempotent; an existing queue
with other arguments is refused by the broker (PRECONDITION_FAILED), and the Job fails saying so.
Where the broker forbids declaring (`declare_topology = false`) there is no Job: the consumer
checks, passively, at every start that the topology exists (services/common/topology.py).
"""

from __future__ import annotations

import dataclasses
import json

import cdk8s_plus_27 as kplus
from constructs import Construct

from chart import links, rabbitmq_definitions, workload
from chart.config import Image, Resources

NAME = "rabbitmq-topology"
ROLE = "setup"
USER = 10013
DEFINITIONS = "/etc/timeseries/topology/topology.json"
_RESOURCES = Resources("50m", "500m", "64Mi", "128Mi")


@dataclasses.dataclass(frozen=True)
class RabbitMQTopologyProps:
    image: Image
    """An image holding services/common (the consumer's)."""
    broker: links.BrokerLink
    """The broker, logged in as the topology user."""


def environment(props: RabbitMQTopologyProps) -> dict[str, str]:
    """The plain variables (services/common/declare.py DeclareSettings)."""
    return {**links.broker_env(props.broker), "TOPOLOGY_FILE": DEFINITIONS}


class RabbitMQTopology(Construct):
    def __init__(self, scope: Construct, node_id: str, props: RabbitMQTopologyProps) -> None:
        super().__init__(scope, node_id)
        config_map = kplus.ConfigMap(
            self,
            "definitions",
            metadata=workload.metadata(NAME, NAME, ROLE),
            data={
                "topology.json": json.dumps(
                    rabbitmq_definitions.topology(props.broker.vhost), indent=2, sort_keys=True
                )
                + "\n"
            },
        )
        definitions = kplus.Volume.from_config_map(
            self,
            "definitions-volume",
            config_map,
            name="definitions",
            items={"topology.json": kplus.PathMapping(path="topology.json")},
        )
        variables = workload.env(environment(props))
        variables.update(links.broker_secret_env(self, props.broker))
        self.job = workload.setup_job(
            self,
            workload.SetupJobProps(
                name=NAME,
                role=ROLE,
                user=USER,
                image=props.image,
                command=["python", "-m", "services.common.declare"],
                env=variables,
                resources=_RESOURCES,
                service_account=workload.service_account(self, NAME, ROLE),
                volume_mounts=[
                    workload.file_mount(DEFINITIONS, definitions, "topology.json"),
                    *links.ca_mounts(self, props.broker.ca, "rabbitmq"),
                ],
            ),
        )
