"""The consumer: a Deployment that batches RabbitMQ messages into InfluxDB (services/consumer)."""

from __future__ import annotations

import dataclasses

import cdk8s_plus_27 as kplus
from constructs import Construct

from chart import secrets, workload
from chart.config import Consumer, Image

NAME = "consumer"
HTTP_PORT = 8081
USER = 10010


@dataclasses.dataclass(frozen=True)
class ConsumerProps:
    image: Image
    settings: Consumer
    amqp_host: str
    amqp_user: str
    influx_url: str
    influx_org: str
    influx_bucket: str
    log_level: str
    spread: bool


def environment(props: ConsumerProps) -> dict[str, str]:
    """The plain variables (ConsumerSettings); AMQP_PASSWORD and INFLUX_TOKEN come from Secrets."""
    return {
        "AMQP_HOST": props.amqp_host,
        "AMQP_PORT": "5672",
        "AMQP_USER": props.amqp_user,
        "AMQP_VHOST": "/",
        "INFLUX_URL": props.influx_url,
        "INFLUX_ORG": props.influx_org,
        "INFLUX_BUCKET": props.influx_bucket,
        "BATCH_POINTS": str(props.settings.batch_points),
        "BATCH_AGE_MS": str(props.settings.batch_age_ms),
        "HTTP_PORT": str(HTTP_PORT),
        "LOG_LEVEL": props.log_level,
    }


class ConsumerWorker(Construct):
    def __init__(self, scope: Construct, node_id: str, props: ConsumerProps) -> None:
        super().__init__(scope, node_id)
        scale = props.settings.scale
        shape = workload.PodShape(
            NAME,
            NAME,
            "worker",
            USER,
            spread=props.spread,
            annotations={**workload.image_annotations(props.image), **workload.SECRET_ENV_ANNOTATION},
        )
        variables = workload.env(environment(props))
        variables.update(workload.secret_env(self, secrets.RABBITMQ, {"AMQP_PASSWORD": "password"}))
        variables.update(workload.secret_env(self, secrets.INFLUXDB, {"INFLUX_TOKEN": "admin-token"}))
        self.deployment = kplus.Deployment(
            self,
            "deployment",
            replicas=scale.replicas,
            containers=[
                kplus.ContainerProps(
                    name=NAME,
                    image=props.image.ref,
                    ports=[kplus.ContainerPort(number=HTTP_PORT, name="http")],
                    env_variables=variables,
                    resources=workload.resources(scale.resources),
                    security_context=workload.security(USER),
                    liveness=workload.http_probe("/healthz", HTTP_PORT, period=20),
                    readiness=workload.http_probe("/readyz", HTTP_PORT),
                    startup=workload.http_probe("/healthz", HTTP_PORT, period=2, failures=30),
                    volume_mounts=[workload.tmp_mount(self)],
                )
            ],
            **workload.pod_props(self, shape),  # type: ignore[arg-type]
        )
        workload.finish(self.deployment, shape)
        # No Service for traffic: the consumer only connects out. Its metrics port gets one for scraping.
        workload.service(self, NAME, NAME, "worker", {"http": HTTP_PORT})
        workload.scale(self, self.deployment, shape, scale)
