"""InfluxDB 2.7: a StatefulSet on a persistent volume, set up once from a Secret.

The image's entrypoint runs the initial setup (org, bucket, retention, admin user and operator
token) only on an empty data directory. The operator token stays here and in the token Job
(chart/influxdb_tokens.py), which gives the consumer and the API their least-privilege ones.
A bucket gets a "virtual" DBRP mapping (db = bucket name, rp autogen), so the API's InfluxQL
on /query reads bucket `timeseries` as db `timeseries` without an explicit mapping (the tests
read their buckets so).
"""

from __future__ import annotations

import dataclasses

import cdk8s_plus_27 as kplus
from constructs import Construct

from chart import secrets, workload
from chart.config import Image, InfluxDB

NAME = "influxdb"
ROLE = "database"
PORT = 8086
USER = 10001
#: The in-cluster base URL (its ClusterIP Service).
URL = f"http://{NAME}:{PORT}"


@dataclasses.dataclass(frozen=True)
class InfluxDBProps:
    image: Image
    settings: InfluxDB


class InfluxDBDatabase(Construct):
    """The time series store in the cluster (`influxdb.mode = "in-cluster"`), at `URL`."""

    def __init__(self, scope: Construct, node_id: str, props: InfluxDBProps) -> None:
        super().__init__(scope, node_id)
        settings = props.settings
        shape = workload.PodShape(
            NAME,
            ROLE,
            USER,
            props.image,
            annotations={
                "checkov.io/skip2": "CKV_K8S_35=the image's setup reads credentials from env variables"
            },
        )
        headless = workload.headless_service(self, NAME, ROLE, {"http": PORT})
        workload.service(self, NAME, ROLE, {"http": PORT})
        setup = workload.env(
            {
                "DOCKER_INFLUXDB_INIT_MODE": "setup",
                "DOCKER_INFLUXDB_INIT_USERNAME": "admin",
                "DOCKER_INFLUXDB_INIT_ORG": settings.org,
                "DOCKER_INFLUXDB_INIT_BUCKET": settings.bucket,
                "DOCKER_INFLUXDB_INIT_RETENTION": settings.retention,
                "INFLUXD_REPORTING_DISABLED": "true",
                "INFLUXD_HARDENING_ENABLED": "true",
            }
        )
        setup.update(
            workload.secret_env(
                self,
                secrets.INFLUXDB,
                {
                    "DOCKER_INFLUXDB_INIT_PASSWORD": "admin-password",
                    "DOCKER_INFLUXDB_INIT_ADMIN_TOKEN": secrets.INFLUXDB_OPERATOR_KEY,
                },
            )
        )
        # /health answers while influxd runs; /ready once it can serve requests.
        probes = workload.HttpProbes(
            PORT, live="/health", ready="/ready", startup_period=5, startup_failures=60
        )
        self.statefulset = kplus.StatefulSet(
            self,
            "statefulset",
            replicas=1,
            service=headless,
            containers=[
                kplus.ContainerProps(
                    name=NAME,
                    image=props.image.ref,
                    ports=workload.container_ports({"http": PORT}),
                    env_variables=setup,
                    resources=workload.resources(settings.resources),
                    security_context=workload.security(USER),
                    liveness=probes.liveness(),
                    readiness=probes.readiness(),
                    startup=probes.startup(),
                    volume_mounts=[
                        # The entrypoint writes the CLI config of the setup here.
                        kplus.VolumeMount(path="/etc/influxdb2", volume=workload.empty_dir(self, "config")),
                        workload.tmp_mount(self),
                    ],
                )
            ],
            **workload.pod_props(self, shape),  # type: ignore[arg-type]
        )
        workload.finish(self.statefulset, shape)
        workload.add_data_volume(self.statefulset, settings.storage, "/var/lib/influxdb2")
