"""The frontend: nginx (unprivileged, port 8080) serving the Angular SPA and its /config.json."""

from __future__ import annotations

import dataclasses
import json
import math

import cdk8s_plus_27 as kplus
from constructs import Construct

from chart import workload
from chart.config import Image, Stateless

NAME = "frontend"
ROLE = "frontend"
HTTP_PORT = 8080
USER = 10012


@dataclasses.dataclass(frozen=True)
class FrontendProps:
    image: Image
    scale: Stateless
    issuer: str
    origin: str
    spread: bool


def nginx_args(cpu_limit: str) -> list[str]:
    """The image's command with one nginx worker per CPU of the container's limit (rounded up):
    `worker_processes auto` would count the node's CPUs, and each worker beyond the limit only
    adds throttling. The first argument stays `nginx`, so the image's entrypoint still runs its
    setup scripts (the security headers)."""
    cores = float(cpu_limit[:-1]) / 1000 if cpu_limit.endswith("m") else float(cpu_limit)
    return ["nginx", "-g", f"daemon off; worker_processes {max(1, math.ceil(cores))};"]


def runtime_config(props: FrontendProps) -> dict[str, str]:
    """What the SPA reads at start from /config.json (services/frontend/src/app/config.ts): where
    to log in, and the origin serving `/api/` and gRPC-Web. The image's entrypoint derives its
    Content-Security-Policy from the same file."""
    return {
        "issuer": props.issuer,
        "clientId": "timeseries-spa",
        "apiBaseUrl": props.origin,
        "grpcWebBaseUrl": props.origin,
    }


class FrontendSite(Construct):
    def __init__(self, scope: Construct, node_id: str, props: FrontendProps) -> None:
        super().__init__(scope, node_id)
        config_map = kplus.ConfigMap(
            self,
            "config",
            metadata=workload.metadata(f"{NAME}-config", NAME, ROLE),
            data={"config.json": json.dumps(runtime_config(props), indent=2, sort_keys=True) + "\n"},
        )
        config_volume = kplus.Volume.from_config_map(self, "config-volume", config_map, name="config")
        self.deployment = workload.stateless(
            self,
            workload.StatelessProps(
                shape=workload.PodShape(NAME, ROLE, USER, props.image, props.spread),
                scale=props.scale,
                ports={"http": HTTP_PORT},
                probes=workload.HttpProbes(HTTP_PORT, live="/healthz", ready="/healthz", startup_failures=15),
                args=nginx_args(props.scale.resources.cpu_limit),
                volume_mounts=[
                    workload.file_mount("/usr/share/nginx/html/config.json", config_volume, "config.json"),
                    # nginx writes its pid, temp files and rendered headers here.
                    workload.tmp_mount(self),
                ],
                config_maps=[config_map],
            ),
        )
