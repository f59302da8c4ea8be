"""The consumer: a Deployment that batches RabbitMQ messages into InfluxDB (services/consumer)."""

from __future__ import annotations

import dataclasses

from constructs import Construct

from chart import links, secrets, workload
from chart.config import Consumer, Image

NAME = "consumer"
ROLE = "worker"
HTTP_PORT = 8081
USER = 10010


@dataclasses.dataclass(frozen=True)
class ConsumerProps:
    image: Image
    settings: Consumer
    broker: links.BrokerLink
    influx: links.InfluxLink
    influx_org: str
    influx_bucket: str
    log_level: str
    spread: bool


def environment(props: ConsumerProps) -> dict[str, str]:
    """The plain variables (ConsumerSettings); AMQP_PASSWORD and INFLUX_TOKEN come from Secrets."""
    return {
        **links.broker_env(props.broker),
        **links.influx_env(props.influx),
        "INFLUX_ORG": props.influx_org,
        "INFLUX_BUCKET": props.influx_bucket,
        "BATCH_POINTS": str(props.settings.batch_points),
        "BATCH_AGE_MS": str(props.settings.batch_age_ms),
        "STRICT_OWNER": str(props.settings.strict_owner).lower(),
        "HTTP_PORT": str(HTTP_PORT),
        "LOG_LEVEL": props.log_level,
    }


class ConsumerWorker(Construct):
    def __init__(self, scope: Construct, node_id: str, props: ConsumerProps) -> None:
        super().__init__(scope, node_id)
        variables = workload.env(environment(props))
        variables.update(links.broker_secret_env(self, props.broker))
        # Write-only on the bucket (the influxdb-tokens Job, or the external engine's operator,
        # fills the Secret).
        variables.update(
            workload.secret_env(
                self, props.influx.consumer_token_secret, {"INFLUX_TOKEN": secrets.INFLUXDB_TOKEN_KEY}
            )
        )
        # The consumer only connects out; its Service is for scraping the metrics on HTTP_PORT.
        self.deployment = workload.stateless(
            self,
            workload.StatelessProps(
                shape=workload.PodShape(
                    NAME, ROLE, USER, props.image, props.spread, workload.SECRET_ENV_ANNOTATION
                ),
                scale=props.settings.scale,
                ports={"http": HTTP_PORT},
                probes=workload.HttpProbes(HTTP_PORT, live="/healthz", ready="/readyz"),
                env=variables,
                volume_mounts=[
                    workload.tmp_mount(self),
                    *links.ca_mounts(self, props.broker.ca, "rabbitmq"),
                    *links.ca_mounts(self, props.influx.ca, "influxdb"),
                ],
            ),
        )
