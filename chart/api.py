"""The API: REST, gRPC-Web and probes on 8080, native gRPC (h2c) on 50051 (services/api)."""

from __future__ import annotations

import dataclasses

import cdk8s_plus_27 as kplus
from constructs import Construct

from chart import secrets, workload
from chart.config import Image, Stateless

NAME = "api"
HTTP_PORT = 8080
GRPC_PORT = 50051
USER = 10011


@dataclasses.dataclass(frozen=True)
class ApiProps:
    image: Image
    scale: Stateless
    influx_url: str
    influx_db: str
    oidc_issuer: str
    oidc_discovery_url: str
    owner_claim: str
    admin_role: str
    cors_origins: str
    log_level: str
    spread: bool


def environment(props: ApiProps) -> dict[str, str]:
    """The plain variables (ApiSettings); INFLUX_TOKEN comes from a Secret."""
    values = {
        "INFLUX_URL": props.influx_url,
        "INFLUX_DB": props.influx_db,
        "OIDC_ISSUER": props.oidc_issuer,
        "OIDC_AUDIENCE": "timeseries-api",
        "OWNER_CLAIM": props.owner_claim,
        "ADMIN_ROLE": props.admin_role,
        "HTTP_PORT": str(HTTP_PORT),
        "GRPC_PORT": str(GRPC_PORT),
        "CORS_ORIGINS": props.cors_origins,
        "LOG_LEVEL": props.log_level,
    }
    if props.oidc_discovery_url:
        values["OIDC_DISCOVERY_URL"] = props.oidc_discovery_url
    return values


class ApiServer(Construct):
    def __init__(self, scope: Construct, node_id: str, props: ApiProps) -> None:
        super().__init__(scope, node_id)
        shape = workload.PodShape(
            NAME,
            NAME,
            "api",
            USER,
            spread=props.spread,
            annotations={**workload.image_annotations(props.image), **workload.SECRET_ENV_ANNOTATION},
        )
        variables = workload.env(environment(props))
        variables.update(workload.secret_env(self, secrets.INFLUXDB, {"INFLUX_TOKEN": "admin-token"}))
        self.deployment = kplus.Deployment(
            self,
            "deployment",
            replicas=props.scale.replicas,
            containers=[
                kplus.ContainerProps(
                    name=NAME,
                    image=props.image.ref,
                    ports=[
                        kplus.ContainerPort(number=HTTP_PORT, name="http"),
                        kplus.ContainerPort(number=GRPC_PORT, name="grpc"),
                    ],
                    env_variables=variables,
                    resources=workload.resources(props.scale.resources),
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
        workload.service(
            self,
            NAME,
            NAME,
            "api",
            {"http": HTTP_PORT, "grpc": GRPC_PORT},
            app_protocols={"http": "http", "grpc": "kubernetes.io/h2c"},
        )
        workload.scale(self, self.deployment, shape, props.scale)
