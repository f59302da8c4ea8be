"""Keycloak, the OIDC provider, with realm `timeseries` imported from a ConfigMap.

`dev` runs `start-dev` (in-memory database, demo users alice, bob and admin); `prod` runs
`start` on PostgreSQL (a StatefulSet here). Keycloak's stock image re-augments itself at start
(it writes under /opt/keycloak), so its root filesystem stays writable; with a pre-built image
(`identity.optimized_image`) it runs `start --optimized` on a read-only root filesystem.
"""

from __future__ import annotations

import dataclasses
import json

import cdk8s
import cdk8s_plus_27 as kplus
from constructs import Construct

from chart import realm, secrets, workload
from chart.config import Identity, Image, Resources, Storage

NAME = "keycloak"
HTTP_PORT = 8080
MANAGEMENT_PORT = 9000
JGROUPS_PORT = 7800
USER = 10014
POSTGRES = "keycloak-postgres"
POSTGRES_PORT = 5432
POSTGRES_USER = 10015

WRITABLE_ROOT = {
    "checkov.io/skip3": "CKV_K8S_22=the stock Keycloak image re-augments at start (writes /opt/keycloak)"
}


@dataclasses.dataclass(frozen=True)
class KeycloakProps:
    image: Image
    postgres_image: Image
    identity: Identity
    auth_host: str
    app_host: str
    spread: bool


class Keycloak(Construct):
    def __init__(self, scope: Construct, node_id: str, props: KeycloakProps) -> None:
        super().__init__(scope, node_id)
        identity = props.identity
        dev = identity.mode == "dev"
        # A pre-built image re-augments nothing at start, so its root filesystem can be read-only.
        optimized = identity.optimized_image and not dev
        shape = workload.PodShape(
            NAME,
            NAME,
            "identity",
            USER,
            spread=props.spread,
            annotations={
                **workload.image_annotations(props.image),
                **workload.SECRET_ENV_ANNOTATION,
                **({} if optimized else WRITABLE_ROOT),
            },
        )
        realm_map = kplus.ConfigMap(
            self,
            "realm",
            metadata=workload.metadata(f"{NAME}-realm", NAME, "identity"),
            data={
                "timeseries-realm.json": json.dumps(
                    realm.realm(props.app_host, demo_users=dev), indent=2, sort_keys=True
                )
                + "\n"
            },
        )
        values = {
            "KC_HOSTNAME": f"https://{props.auth_host}",
            # In-cluster clients (the API's discovery) get endpoints under the address they used.
            "KC_HOSTNAME_BACKCHANNEL_DYNAMIC": "true",
            "KC_HTTP_ENABLED": "true",
            "KC_PROXY_HEADERS": "xforwarded",
            "KC_HEALTH_ENABLED": "true",
            "KC_METRICS_ENABLED": "true",
            "KC_BOOTSTRAP_ADMIN_USERNAME": "admin",
            "JAVA_OPTS_KC_HEAP": "-XX:MaxRAMPercentage=70",
        }
        if not dev:
            values.update(
                {
                    "KC_DB": "postgres",
                    "KC_DB_URL": f"jdbc:postgresql://{POSTGRES}:{POSTGRES_PORT}/keycloak",
                    "KC_DB_USERNAME": "keycloak",
                    # Replicas share their caches; they find each other through the database
                    # (Keycloak 26's default jdbc-ping stack) and talk on JGROUPS_PORT.
                    "KC_CACHE": "ispn",
                }
            )
        variables = workload.env(values)
        variables.update(
            workload.secret_env(self, secrets.KEYCLOAK, {"KC_BOOTSTRAP_ADMIN_PASSWORD": "admin-password"})
        )
        variables.update(
            workload.secret_env(
                self, secrets.OIDC_CLIENTS, {"OAUTH2_PROXY_CLIENT_SECRET": "oauth2-proxy-client-secret"}
            )
        )
        if dev:
            variables.update(workload.secret_env(self, secrets.KEYCLOAK, {"DEMO_PASSWORD": "demo-password"}))
        else:
            variables.update(workload.secret_env(self, secrets.KEYCLOAK_DB, {"KC_DB_PASSWORD": "password"}))
        security = workload.security(USER, read_only=optimized)
        self.deployment = kplus.Deployment(
            self,
            "deployment",
            replicas=identity.keycloak.replicas,
            containers=[
                kplus.ContainerProps(
                    name=NAME,
                    image=props.image.ref,
                    args=self._arguments(dev, optimized),
                    ports=[
                        kplus.ContainerPort(number=HTTP_PORT, name="http"),
                        kplus.ContainerPort(number=MANAGEMENT_PORT, name="management"),
                        kplus.ContainerPort(number=JGROUPS_PORT, name="jgroups"),
                    ],
                    env_variables=variables,
                    resources=workload.resources(identity.keycloak.resources),
                    security_context=security,
                    liveness=workload.http_probe("/health/live", MANAGEMENT_PORT, period=20),
                    readiness=workload.http_probe("/health/ready", MANAGEMENT_PORT),
                    startup=workload.http_probe("/health/started", MANAGEMENT_PORT, period=5, failures=60),
                    volume_mounts=[
                        kplus.VolumeMount(
                            path="/opt/keycloak/data", volume=workload.empty_dir(self, "data", "256Mi")
                        ),
                        kplus.VolumeMount(
                            path="/opt/keycloak/data/import",
                            volume=kplus.Volume.from_config_map(
                                self, "realm-volume", realm_map, name="realm"
                            ),
                            read_only=True,
                        ),
                        workload.tmp_mount(self),
                    ],
                )
            ],
            **workload.pod_props(self, shape),  # type: ignore[arg-type]
        )
        workload.finish(self.deployment, shape)
        workload.roll_on_change(self.deployment, realm_map)
        workload.service(self, NAME, NAME, "identity", {"http": HTTP_PORT})
        workload.scale(self, self.deployment, shape, identity.keycloak)
        if not dev:
            KeycloakPostgres(
                self, "postgres", props.postgres_image, identity.postgres_storage, identity.postgres_resources
            )
        self.internal_url = f"http://{NAME}:{HTTP_PORT}"

    @staticmethod
    def _arguments(dev: bool, optimized: bool) -> list[str]:
        if dev:
            return ["start-dev", "--import-realm"]
        return ["start", "--optimized", "--import-realm"] if optimized else ["start", "--import-realm"]


class KeycloakPostgres(Construct):
    """PostgreSQL for Keycloak in production mode: one instance on a persistent volume."""

    def __init__(
        self, scope: Construct, node_id: str, image: Image, storage: Storage, res: Resources
    ) -> None:
        super().__init__(scope, node_id)
        shape = workload.PodShape(
            POSTGRES,
            POSTGRES,
            "identity-database",
            POSTGRES_USER,
            annotations={**workload.image_annotations(image), **workload.SECRET_ENV_ANNOTATION},
        )
        headless = workload.headless_service(
            self, f"{POSTGRES}-headless", POSTGRES, "identity-database", {"postgres": POSTGRES_PORT}
        )
        workload.service(self, POSTGRES, POSTGRES, "identity-database", {"postgres": POSTGRES_PORT})
        variables = workload.env(
            {
                "POSTGRES_USER": "keycloak",
                "POSTGRES_DB": "keycloak",
                "PGDATA": "/var/lib/postgresql/data/pgdata",
            }
        )
        variables.update(workload.secret_env(self, secrets.KEYCLOAK_DB, {"POSTGRES_PASSWORD": "password"}))
        ready = ["pg_isready", "-U", "keycloak", "-d", "keycloak", "-h", "127.0.0.1"]
        self.statefulset = kplus.StatefulSet(
            self,
            "statefulset",
            replicas=1,
            service=headless,
            termination_grace_period=cdk8s.Duration.seconds(60),
            containers=[
                kplus.ContainerProps(
                    name="postgres",
                    image=image.ref,
                    ports=[kplus.ContainerPort(number=POSTGRES_PORT, name="postgres")],
                    env_variables=variables,
                    resources=workload.resources(res),
                    security_context=workload.security(POSTGRES_USER),
                    liveness=workload.exec_probe(ready, period=20, timeout=5),
                    readiness=workload.exec_probe(ready, period=10, timeout=5),
                    startup=workload.exec_probe(ready, period=5, failures=60, timeout=5),
                    volume_mounts=[
                        kplus.VolumeMount(path="/var/run/postgresql", volume=workload.empty_dir(self, "run")),
                        workload.tmp_mount(self),
                    ],
                )
            ],
            **workload.pod_props(self, shape),  # type: ignore[arg-type]
        )
        workload.finish(self.statefulset, shape)
        workload.add_volume_claims(
            self.statefulset, [workload.volume_claim("data", storage)], {"data": "/var/lib/postgresql/data"}
        )
