"""The API: REST, gRPC-Web and probes on 8080, native gRPC (h2c) on 50051 (services/api)."""

from __future__ import annotations

import dataclasses

from constructs import Construct

from chart import links, secrets, workload
from chart.config import ApiLimits, Image, Stateless

NAME = "api"
ROLE = "api"
HTTP_PORT = 8080
GRPC_PORT = 50051
USER = 10011


@dataclasses.dataclass(frozen=True)
class ApiProps:
    image: Image
    scale: Stateless
    influx: links.InfluxLink
    influx_db: str
    oidc_issuer: str
    oidc_discovery_url: str
    owner_claim: str
    admin_role: str
    cors_origins: str
    log_level: str
    spread: bool
    limits: ApiLimits


def environment(props: ApiProps) -> dict[str, str]:
    """The plain variables (ApiSettings); INFLUX_TOKEN comes from a Secret."""
    values = {
        **links.influx_env(props.influx),
        "INFLUX_DB": props.influx_db,
        "OIDC_ISSUER": props.oidc_issuer,
        "OIDC_AUDIENCE": "timeseries-api",
        "OWNER_CLAIM": props.owner_claim,
        "ADMIN_ROLE": props.admin_role,
        "HTTP_PORT": str(HTTP_PORT),
        "GRPC_PORT": str(GRPC_PORT),
        "CORS_ORIGINS": props.cors_origins,
        "LOG_LEVEL": props.log_level,
        **{name.upper(): str(value) for name, value in dataclasses.asdict(props.limits).items()},
    }
    if props.oidc_discovery_url:
        values["OIDC_DISCOVERY_URL"] = props.oidc_discovery_url
    return values


class ApiServer(Construct):
    def __init__(self, scope: Construct, node_id: str, props: ApiProps) -> None:
        super().__init__(scope, node_id)
        variables = workload.env(environment(props))
        # Read-only on the bucket (the influxdb-tokens Job, or the external engine's operator,
        # fills the Secret).
        variables.update(
            workload.secret_env(
                self, props.influx.api_token_secret, {"INFLUX_TOKEN": secrets.INFLUXDB_TOKEN_KEY}
            )
        )
        self.deployment = workload.stateless(
            self,
            workload.StatelessProps(
                shape=workload.PodShape(
                    NAME, ROLE, USER, props.image, props.spread, workload.SECRET_ENV_ANNOTATION
                ),
                scale=props.scale,
                ports={"http": HTTP_PORT, "grpc": GRPC_PORT},
                probes=workload.HttpProbes(HTTP_PORT, live="/healthz", ready="/readyz"),
                env=variables,
                volume_mounts=[workload.tmp_mount(self), *links.ca_mounts(self, props.influx.ca, "influxdb")],
                app_protocols={"http": "http", "grpc": "kubernetes.io/h2c"},
            ),
        )
