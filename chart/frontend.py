"""The frontend: nginx (unprivileged, port 8080) serving the Angular SPA and its /config.json."""

from __future__ import annotations

import dataclasses
import json

import cdk8s_plus_27 as kplus
from constructs import Construct

from chart import workload
from chart.config import Image, Stateless

NAME = "frontend"
HTTP_PORT = 8080
USER = 10012


@dataclasses.dataclass(frozen=True)
class FrontendProps:
    image: Image
    scale: Stateless
    issuer: str
    origin: str
    spread: bool


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
        shape = workload.PodShape(
            NAME,
            NAME,
            "frontend",
            USER,
            spread=props.spread,
            annotations=workload.image_annotations(props.image),
        )
        config_map = kplus.ConfigMap(
            self,
            "config",
            metadata=workload.metadata(f"{NAME}-config", NAME, "frontend"),
            data={"config.json": json.dumps(runtime_config(props), indent=2, sort_keys=True) + "\n"},
        )
        config_volume = kplus.Volume.from_config_map(self, "config-volume", config_map, name="config")
        self.deployment = kplus.Deployment(
            self,
            "deployment",
            replicas=props.scale.replicas,
            containers=[
                kplus.ContainerProps(
                    name=NAME,
                    image=props.image.ref,
                    ports=[kplus.ContainerPort(number=HTTP_PORT, name="http")],
                    resources=workload.resources(props.scale.resources),
                    security_context=workload.security(USER),
                    liveness=workload.http_probe("/healthz", HTTP_PORT, period=20),
                    readiness=workload.http_probe("/healthz", HTTP_PORT),
                    startup=workload.http_probe("/healthz", HTTP_PORT, period=2, failures=15),
                    volume_mounts=[
                        kplus.VolumeMount(
                            path="/usr/share/nginx/html/config.json",
                            volume=config_volume,
                            sub_path="config.json",
                            read_only=True,
                        ),
                        # nginx writes its pid, temp files and rendered headers here.
                        workload.tmp_mount(self),
                    ],
                )
            ],
            **workload.pod_props(self, shape),  # type: ignore[arg-type]
        )
        workload.finish(self.deployment, shape)
        workload.roll_on_change(self.deployment, config_map)
        workload.service(self, NAME, NAME, "frontend", {"http": HTTP_PORT})
        workload.scale(self, self.deployment, shape, props.scale)
