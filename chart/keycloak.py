"""Keycloak, the OIDC provider, with realm `timeseries` imported from a ConfigMap.

`dev` runs `start-dev` (in-memory database, demo users alice, bob and admin); `prod` runs
`start` on PostgreSQL (a StatefulSet here). The root filesystem is read-only in both.

The stock image re-augments itself at start whenever the build options (db, health, metrics,
cache, dev profile) differ from the image's: it rewrites /opt/keycloak/lib/quarkus, which the
image owns as 1000:0 and only group 0 may write. Rather than run in group 0 on a writable root,
an init container copies the image's lib/quarkus into an emptyDir that the server mounts
there: the augmentation writes only that. With a pre-built image (`identity.optimized_image`)
Keycloak runs `start --optimized` and needs neither.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json

import cdk8s
import cdk8s_plus_27 as kplus
from constructs import Construct

from chart import realm, secrets, workload
from chart.config import Identity, Image, Resources, Storage

NAME = "keycloak"
ROLE = "identity"
HTTP_PORT = 8080
MANAGEMENT_PORT = 9000
JGROUPS_PORT = 7800
# JGroups' failure detection (FD_SOCK2), at JGROUPS_PORT + 50000 in Keycloak 26's default stack.
JGROUPS_FD_PORT = 57800
USER = 10014
POSTGRES = "keycloak-postgres"
POSTGRES_ROLE = "identity-database"
POSTGRES_PORT = 5432
POSTGRES_USER = 10015
HOME = "/opt/keycloak"
AUGMENTED = f"{HOME}/lib/quarkus"
"""What a re-augmentation writes (Quarkus' generated application)."""


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
        # A pre-built image re-augments nothing at start.
        optimized = identity.optimized_image and not dev
        origins = [f"https://{props.app_host}", *filter(None, [identity.local_origin])]
        realm_map = kplus.ConfigMap(
            self,
            "realm",
            metadata=workload.metadata(f"{NAME}-realm", NAME, ROLE),
            data={
                "timeseries-realm.json": json.dumps(
                    realm.realm(
                        origins, demo_users=dev, access_token_lifespan_s=identity.access_token_lifespan_s
                    ),
                    indent=2,
                    sort_keys=True,
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
                    # (Keycloak 26's default jdbc-ping stack) and talk on JGROUPS_PORT, with
                    # failure detection on JGROUPS_FD_PORT.
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
        realm_volume = kplus.Volume.from_config_map(self, "realm-volume", realm_map, name="realm")
        mounts = [
            kplus.VolumeMount(path=f"{HOME}/data", volume=workload.empty_dir(self, "data", "256Mi")),
            kplus.VolumeMount(path=f"{HOME}/data/import", volume=realm_volume, read_only=True),
            workload.tmp_mount(self),
        ]
        seed: list[kplus.ContainerProps] = []
        if not optimized:
            augmented = workload.empty_dir(self, "augmented", "64Mi")
            mounts.append(kplus.VolumeMount(path=AUGMENTED, volume=augmented))
            seed.append(
                kplus.ContainerProps(
                    name="augmented-seed",
                    image=props.image.ref,
                    command=["cp", "-R", f"{AUGMENTED}/.", "/seed/"],
                    resources=workload.resources(identity.keycloak.resources),
                    security_context=workload.security(USER),
                    volume_mounts=[kplus.VolumeMount(path="/seed", volume=augmented)],
                )
            )
        self.deployment = workload.stateless(
            self,
            workload.StatelessProps(
                shape=workload.PodShape(
                    NAME,
                    ROLE,
                    USER,
                    props.image,
                    props.spread,
                    workload.SECRET_ENV_ANNOTATION,
                ),
                scale=identity.keycloak,
                ports={
                    "http": HTTP_PORT,
                    "management": MANAGEMENT_PORT,
                    "jgroups": JGROUPS_PORT,
                    "jgroups-fd": JGROUPS_FD_PORT,
                },
                probes=workload.HttpProbes(
                    MANAGEMENT_PORT,
                    live="/health/live",
                    ready="/health/ready",
                    started="/health/started",
                    startup_period=5,
                    startup_failures=60,
                ),
                env=variables,
                args=self._arguments(dev, optimized),
                volume_mounts=mounts,
                service_ports=["http"],
                config_maps=[realm_map],
                init_containers=seed,
            ),
        )
        if not dev:
            RealmSync(
                self, "realm-sync", props.image, identity, realm_map, self._settings_map(origins, identity)
            )
            KeycloakPostgres(
                self, "postgres", props.postgres_image, identity.postgres_storage, identity.postgres_resources
            )
        self.internal_url = f"http://{NAME}:{HTTP_PORT}"

    def _settings_map(self, origins: list[str], identity: Identity) -> kplus.ConfigMap:
        """The realm's own settings (no clients, roles or users), which a partial import skips."""
        settings = {
            k: v
            for k, v in realm.realm(
                origins, demo_users=False, access_token_lifespan_s=identity.access_token_lifespan_s
            ).items()
            if k not in ("clients", "roles", "users")
        }
        return kplus.ConfigMap(
            self,
            "realm-settings",
            metadata=workload.metadata(f"{SYNC}-settings", SYNC, SYNC_ROLE),
            data={"realm-settings.json": json.dumps(settings, indent=2, sort_keys=True) + "\n"},
        )

    @staticmethod
    def _arguments(dev: bool, optimized: bool) -> list[str]:
        if dev:
            return ["start-dev", "--import-realm"]
        return ["start", "--optimized", "--import-realm"] if optimized else ["start", "--import-realm"]


SYNC = "keycloak-realm-sync"
SYNC_ROLE = "identity-realm-sync"
# The realm file's `${VAR}` placeholders are resolved here as Keycloak's import resolves them
# (the REST API takes the file as it is), from the same Secrets; `make secrets` writes URL-safe
# values, which sed's replacement takes literally.
SYNC_SCRIPT = """set -eu
kcadm() { /opt/keycloak/bin/kcadm.sh "$@" --config /tmp/kcadm.config; }
tries=0
until kcadm config credentials --server "$KEYCLOAK_URL" --realm master \\
    --user "$KC_BOOTSTRAP_ADMIN_USERNAME" --password "$KC_BOOTSTRAP_ADMIN_PASSWORD"; do
  tries=$((tries + 1)); [ "$tries" -lt 60 ] || exit 1
  echo "Keycloak not answering yet; retrying in 5 s"; sleep 5
done
sed -e "s|\\${OAUTH2_PROXY_CLIENT_SECRET}|$OAUTH2_PROXY_CLIENT_SECRET|g" \\
  /realm/timeseries-realm.json > /tmp/realm.json
kcadm update realms/timeseries -f /settings/realm-settings.json
kcadm create partialImport -r timeseries -s ifResourceExists=OVERWRITE -o -f /tmp/realm.json
echo "realm timeseries reconciled"
"""


class RealmSync(Construct):
    """A Job that brings a changed realm to a running Keycloak (`--import-realm` skips an
    existing realm): the realm's settings by an update, its roles and clients by a partial
    import that overwrites them, through Keycloak's admin REST API (kcadm.sh of the same image).

    The Job's name carries a digest of both files, so each change of the realm runs it once
    (Jobs are immutable; a finished one is removed after a day). Overwriting a client
    recreates it: its users sign in again once. Production users are never in the file.
    """

    def __init__(
        self,
        scope: Construct,
        node_id: str,
        image: Image,
        identity: Identity,
        realm_map: kplus.ConfigMap,
        settings_map: kplus.ConfigMap,
    ) -> None:
        super().__init__(scope, node_id)
        digest = hashlib.sha256()
        for config in (realm_map, settings_map):
            digest.update(json.dumps(dict(config.data), sort_keys=True).encode())
        shape = workload.PodShape(SYNC, SYNC_ROLE, USER, image, annotations=workload.SECRET_ENV_ANNOTATION)
        variables = workload.env(
            {
                "KEYCLOAK_URL": f"http://{NAME}:{HTTP_PORT}",
                "KC_BOOTSTRAP_ADMIN_USERNAME": "admin",
            }
        )
        variables.update(
            workload.secret_env(self, secrets.KEYCLOAK, {"KC_BOOTSTRAP_ADMIN_PASSWORD": "admin-password"})
        )
        variables.update(
            workload.secret_env(
                self, secrets.OIDC_CLIENTS, {"OAUTH2_PROXY_CLIENT_SECRET": "oauth2-proxy-client-secret"}
            )
        )
        props = workload.pod_props(self, shape)
        props["metadata"] = workload.metadata(
            f"{SYNC}-{digest.hexdigest()[:10]}",
            SYNC,
            SYNC_ROLE,
            annotations={**workload.image_annotations(image), **shape.annotations},
        )
        props.pop("spread")
        job = kplus.Job(
            self,
            "job",
            backoff_limit=6,
            ttl_after_finished=cdk8s.Duration.days(1),
            active_deadline=cdk8s.Duration.minutes(30),
            containers=[
                kplus.ContainerProps(
                    name="realm-sync",
                    image=image.ref,
                    command=["sh", "-c", SYNC_SCRIPT],
                    env_variables=variables,
                    resources=workload.resources(identity.keycloak.resources),
                    security_context=workload.security(USER),
                    volume_mounts=[
                        kplus.VolumeMount(
                            path="/realm",
                            volume=kplus.Volume.from_config_map(self, "realm", realm_map, name="realm"),
                            read_only=True,
                        ),
                        kplus.VolumeMount(
                            path="/settings",
                            volume=kplus.Volume.from_config_map(
                                self, "settings", settings_map, name="settings"
                            ),
                            read_only=True,
                        ),
                        workload.tmp_mount(self),
                    ],
                )
            ],
            **props,  # type: ignore[arg-type]
        )
        api = cdk8s.ApiObject.of(job)
        api.add_json_patch(
            cdk8s.JsonPatch.add(
                "/spec/template/spec/securityContext/seccompProfile", {"type": "RuntimeDefault"}
            )
        )
        api.add_json_patch(
            cdk8s.JsonPatch.add(
                "/spec/template/spec/containers/0/securityContext/capabilities", {"drop": ["ALL"]}
            )
        )


class KeycloakPostgres(Construct):
    """PostgreSQL for Keycloak in production mode: one instance on a persistent volume."""

    def __init__(
        self, scope: Construct, node_id: str, image: Image, storage: Storage, res: Resources
    ) -> None:
        super().__init__(scope, node_id)
        shape = workload.PodShape(
            POSTGRES, POSTGRES_ROLE, POSTGRES_USER, image, annotations=workload.SECRET_ENV_ANNOTATION
        )
        headless = workload.headless_service(self, POSTGRES, POSTGRES_ROLE, {"postgres": POSTGRES_PORT})
        workload.service(self, POSTGRES, POSTGRES_ROLE, {"postgres": POSTGRES_PORT})
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
                    ports=workload.container_ports({"postgres": POSTGRES_PORT}),
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
        workload.add_data_volume(self.statefulset, storage, "/var/lib/postgresql/data")
