"""What each component is configured to do, against the contracts (DESIGN.md, services/common/topology.py)."""

from __future__ import annotations

import json
import re

import pytest

from chart import config as chart_config
from chart.realm import DEMO_USER_IDS
from tests.chart.support import (
    ROOT,
    Manifest,
    container_env,
    named,
    of_kind,
    pod_spec,
    synthesize,
    variant,
    variant_config,
)

CONTRACT_QUEUE_ARGS = {
    "x-queue-type": "quorum",
    "x-delivery-limit": 20,
    "x-dead-letter-exchange": "timeseries.dead",
    # over the limit, dead-lettered at least once (never dropped), which needs reject-publish
    "x-dead-letter-strategy": "at-least-once",
    "x-overflow": "reject-publish",
}


def test_rabbitmq_boots_with_the_contract_topology_and_no_default_user() -> None:
    objects = variant("prod")
    config = named(objects, "ConfigMap", "rabbitmq-config")["data"]
    topology = json.loads(config["topology.json"])
    assert {(e["name"], e["type"], e["durable"]) for e in topology["exchanges"]} == {
        ("timeseries", "topic", True),
        ("timeseries.dead", "topic", True),
        ("timeseries.notifications", "topic", True),
    }
    queues = {q["name"]: q for q in topology["queues"]}
    assert queues["timeseries.points"]["arguments"] == CONTRACT_QUEUE_ARGS
    assert queues["timeseries.points.dead"]["arguments"] == {"x-queue-type": "quorum"}
    assert all(q["durable"] for q in queues.values())
    assert {(b["source"], b["destination"], b["routing_key"]) for b in topology["bindings"]} == {
        ("timeseries", "timeseries.points", "points.#"),
        ("timeseries.dead", "timeseries.points.dead", "#"),
    }
    assert "users" not in topology  # users (password hashes) come from the Secret
    conf = config["rabbitmq.conf"]
    assert "definitions.local.path = /etc/rabbitmq/definitions" in conf
    assert "cluster_formation.classic_config.nodes.3 = rabbit@rabbitmq-2.rabbitmq-headless" in conf
    assert "management.path_prefix" not in conf
    statefulset = named(objects, "StatefulSet", "rabbitmq")
    assert statefulset["spec"]["podManagementPolicy"] == "Parallel"
    env = container_env(statefulset, "rabbitmq")
    assert "RABBITMQ_DEFAULT_PASS" not in env and "RABBITMQ_DEFAULT_USER" not in env
    mounts = {m["mountPath"] for m in pod_spec(statefulset)["containers"][0]["volumeMounts"]}
    assert {"/etc/rabbitmq/definitions/10-topology.json", "/etc/rabbitmq/definitions/20-users.json"} <= mounts


def test_rabbitmq_definitions_declare_what_the_services_use() -> None:
    """The services never declare: the names they use are the ones the boot definitions hold,
    and the binding routes every owner's routing key (dotted owners included)."""
    declared = pytest.importorskip("services.common.topology")
    topology = json.loads(named(variant("prod"), "ConfigMap", "rabbitmq-config")["data"]["topology.json"])
    assert {q["name"] for q in topology["queues"]} == {declared.QUEUE, declared.DEAD_QUEUE}
    assert {e["name"] for e in topology["exchanges"]} == {
        declared.EXCHANGE,
        declared.DEAD_EXCHANGE,
        declared.NOTIFY_EXCHANGE,
    }
    (points,) = [b for b in topology["bindings"] if b["source"] == declared.EXCHANGE]
    assert points["destination"] == declared.QUEUE
    for owner in ("alice", "carol@example.org", "a.b.c"):
        assert _topic_matches(points["routing_key"], declared.routing_key(owner))


def _topic_matches(pattern: str, key: str) -> bool:
    """RabbitMQ's topic match for the patterns used here: words, and `#` for zero or more words."""
    head, _, rest = pattern.partition(".")
    if head == "#":
        return True
    word, _, tail = key.partition(".")
    return word == head and (_topic_matches(rest, tail) if rest else not tail)


@pytest.mark.parametrize("name", ["prod", "dev", "prod-ingress"])
def test_consumer_takes_the_broker_verified_owner_by_default(name: str) -> None:
    env = container_env(named(variant(name), "Deployment", "consumer"), "consumer")
    assert env["STRICT_OWNER"]["value"] == "true"
    assert chart_config.load("prod").consumer.strict_owner is True


def test_relaxing_the_owner_check_is_explicit_configuration() -> None:
    relaxed = synthesize("dev", ("consumer.strict_owner=false",))
    assert (
        container_env(named(relaxed, "Deployment", "consumer"), "consumer")["STRICT_OWNER"]["value"]
        == "false"
    )


def test_dev_rabbitmq_is_one_node_with_the_management_path() -> None:
    conf = named(variant("dev"), "ConfigMap", "rabbitmq-config")["data"]["rabbitmq.conf"]
    assert "management.path_prefix = /rabbitmq" in conf
    assert "cluster_formation" not in conf


def test_influxdb_sets_up_org_bucket_retention_and_token_from_the_secret() -> None:
    statefulset = named(variant("prod"), "StatefulSet", "influxdb")
    env = container_env(statefulset, "influxdb")
    assert env["DOCKER_INFLUXDB_INIT_MODE"]["value"] == "setup"
    assert env["DOCKER_INFLUXDB_INIT_BUCKET"]["value"] == "timeseries"
    assert env["DOCKER_INFLUXDB_INIT_RETENTION"]["value"] == "30d"
    assert env["DOCKER_INFLUXDB_INIT_ADMIN_TOKEN"]["valueFrom"]["secretKeyRef"] == {
        "name": "influxdb-auth",
        "key": "admin-token",
    }
    container = pod_spec(statefulset)["containers"][0]
    assert container["image"].startswith("docker.io/library/influxdb:2.7.")
    assert container["readinessProbe"]["httpGet"]["path"] == "/ready"
    assert {"name": "data", "mountPath": "/var/lib/influxdb2"} in container["volumeMounts"]


def test_consumer_and_api_reach_the_same_influxdb_each_with_its_own_token() -> None:
    objects = variant("prod")
    consumer = container_env(named(objects, "Deployment", "consumer"), "consumer")
    api = container_env(named(objects, "Deployment", "api"), "api")
    assert consumer["INFLUX_URL"]["value"] == api["INFLUX_URL"]["value"] == "http://influxdb:8086"
    assert consumer["AMQP_HOST"]["value"] == "rabbitmq"
    assert consumer["AMQP_USER"]["value"] == "consumer"  # its own least-privilege broker user
    assert consumer["AMQP_PASSWORD"]["valueFrom"]["secretKeyRef"] == {
        "name": "rabbitmq-auth",
        "key": "consumer-password",
    }
    assert consumer["INFLUX_TOKEN"]["valueFrom"]["secretKeyRef"] == {
        "name": "influxdb-consumer-token",
        "key": "token",
    }
    assert api["INFLUX_TOKEN"]["valueFrom"]["secretKeyRef"] == {"name": "influxdb-api-token", "key": "token"}
    assert api["OIDC_ISSUER"]["value"] == "https://auth.timeseries.example.com/realms/timeseries"
    assert api["OIDC_DISCOVERY_URL"]["value"].startswith("http://keycloak:8080/realms/timeseries/")
    external = variant("prod-external-idp")
    api_external = container_env(named(external, "Deployment", "api"), "api")
    assert api_external["OIDC_ISSUER"]["value"] == "https://login.example.org/realms/x"
    assert "OIDC_DISCOVERY_URL" not in api_external


def test_api_service_speaks_h2c_on_the_grpc_port() -> None:
    service = named(variant("prod"), "Service", "api")
    ports = {p["name"]: p for p in service["spec"]["ports"]}
    assert ports["grpc"]["port"] == 50051 and ports["grpc"]["appProtocol"] == "kubernetes.io/h2c"
    assert ports["http"]["port"] == 8080


def test_oauth2_proxy_accepts_bearer_tokens_and_passes_them_upstream() -> None:
    deployment = named(variant("prod"), "Deployment", "oauth2-proxy")
    args = pod_spec(deployment)["containers"][0]["args"]
    assert "--skip-jwt-bearer-tokens=true" in args
    assert "--pass-authorization-header=true" in args
    assert "--upstream=http://api:8080/" in args
    assert "--oidc-extra-audience=timeseries-api" in args
    # No second discovery at the public URL (it would fall back to a JWKS path Keycloak lacks).
    assert not any(a.startswith("--extra-jwt-issuers") for a in args)
    # Never the ID token in responses (that flag is for nginx auth_request mode).
    assert not any(a.startswith("--set-authorization-header") for a in args)
    env = container_env(deployment, "oauth2-proxy")
    assert env["OAUTH2_PROXY_CLIENT_SECRET"]["valueFrom"]["secretKeyRef"]["name"] == "oidc-clients"


def _proxy_flags(variant_name: str) -> dict[str, list[str]]:
    args = pod_spec(named(variant(variant_name), "Deployment", "oauth2-proxy"))["containers"][0]["args"]
    flags: dict[str, list[str]] = {}
    for arg in args:
        name, _, value = arg.partition("=")
        flags.setdefault(name, []).append(value)
    return flags


@pytest.mark.parametrize("name", ["prod", "dev"])
def test_oauth2_proxy_reaches_keycloak_in_the_cluster_and_sends_browsers_to_the_public_url(name: str) -> None:
    """Discovery at the public issuer URL needs public DNS, a certificate and hairpin routing
    before oauth2-proxy can start; it is skipped, and only the login page is public."""
    flags = _proxy_flags(name)
    public = f"https://{variant_config(name).auth_host}/realms/timeseries"
    internal = "http://keycloak:8080/realms/timeseries/protocol/openid-connect"
    assert flags["--skip-oidc-discovery"] == ["true"]
    assert flags["--oidc-issuer-url"] == [public]
    assert flags["--login-url"] == [f"{public}/protocol/openid-connect/auth"]
    assert flags["--redeem-url"] == [f"{internal}/token"]
    assert flags["--oidc-jwks-url"] == [f"{internal}/certs"]
    assert flags["--profile-url"] == [f"{internal}/userinfo"]


def test_oauth2_proxy_discovers_an_external_issuer() -> None:
    flags = _proxy_flags("prod-external-idp")
    assert flags["--oidc-issuer-url"] == ["https://login.example.org/realms/x"]
    assert "--skip-oidc-discovery" not in flags and "--redeem-url" not in flags


def test_oauth2_proxy_answers_401_on_api_paths_and_streams_unbuffered() -> None:
    flags = _proxy_flags("prod")
    routes = [re.compile(r) for r in flags["--api-route"]]
    # Gateway API PathPrefix semantics: whole path elements (the route sends `/api` here too).
    for path in ("/api/data?start=-1h", "/api", "/api?x=1", "/timeseries.v1.TimeseriesService/Watch"):
        assert any(r.match(path) for r in routes), path
    for path in ("/", "/apix", "/oauth2/start", "/timeseriesXv1.TimeseriesService/Watch"):
        assert not any(r.match(path) for r in routes), path
    # `false` answers 403 to an invalid bearer token; `true` makes it a 401 on API routes.
    assert flags["--bearer-token-login-fallback"] == ["true"]
    # Negative: Go's ReverseProxy flushes after every write.
    assert flags["--flush-interval"] == ["-1ns"]
    # The API sends a Watch's headers with its first point; the default 30 s would cut it.
    assert flags["--upstream-timeout"] == ["1h"]


def test_api_routes_add_the_bearer_challenge_to_oauth2_proxys_401() -> None:
    (route,) = [r for r in of_kind(variant("prod"), "HTTPRoute") if r["metadata"]["name"] == "app"]
    by_path = {rule["matches"][0]["path"]["value"]: rule for rule in route["spec"]["rules"]}
    for path in ("/api/", "/timeseries.v1.TimeseriesService/"):
        (modifier,) = by_path[path]["filters"]
        assert modifier["type"] == "ResponseHeaderModifier"
        assert modifier["responseHeaderModifier"]["add"] == [
            {"name": "WWW-Authenticate", "value": 'Bearer realm="timeseries"'}
        ]
    assert "filters" not in by_path["/"] and "filters" not in by_path["/oauth2/"]


def _realm(profile: str) -> dict[str, object]:
    config_map = named(variant(profile), "ConfigMap", "keycloak-realm")
    realm: dict[str, object] = json.loads(config_map["data"]["timeseries-realm.json"])
    return realm


def test_keycloak_realm_has_the_designed_clients_roles_and_mappers() -> None:
    realm = _realm("prod")
    assert realm["realm"] == "timeseries"
    clients = {c["clientId"]: c for c in realm["clients"]}  # type: ignore[attr-defined]
    spa, proxy = clients["timeseries-spa"], clients["oauth2-proxy"]
    assert spa["publicClient"] is True and spa["attributes"]["pkce.code.challenge.method"] == "S256"
    assert proxy["publicClient"] is False and proxy["secret"] == "${OAUTH2_PROXY_CLIENT_SECRET}"
    for client in (spa, proxy):
        mappers = {m["protocolMapper"]: m["config"] for m in client["protocolMappers"]}
        assert mappers["oidc-usermodel-realm-role-mapper"]["claim.name"] == "roles"
        assert mappers["oidc-audience-mapper"]["included.custom.audience"] == "timeseries-api"
    assert {r["name"] for r in realm["roles"]["realm"]} == {"user", "admin"}  # type: ignore[index]
    assert "users" not in realm  # no demo users in production


def test_keycloak_realm_redirects_exactly_and_rotates_refresh_tokens() -> None:
    realm = _realm("prod")
    clients = {c["clientId"]: c for c in realm["clients"]}  # type: ignore[attr-defined]
    spa, proxy = clients["timeseries-spa"], clients["oauth2-proxy"]
    assert spa["redirectUris"] == ["https://timeseries.example.com/"]
    assert spa["attributes"]["post.logout.redirect.uris"] == "https://timeseries.example.com/"
    assert proxy["redirectUris"] == ["https://timeseries.example.com/oauth2/callback"]
    for client in (spa, proxy):
        assert not any("*" in uri for uri in [*client["redirectUris"], *client["webOrigins"]])
    assert realm["revokeRefreshToken"] is True and realm["refreshTokenMaxReuse"] == 0
    assert realm["bruteForceProtected"] is True
    assert realm["accessTokenLifespan"] == 300


def test_a_local_origin_is_admitted_exactly_by_the_dev_realm_only() -> None:
    realm = json.loads(
        named(
            synthesize(
                "dev", ("identity.local_origin=http://localhost:8480", "identity.access_token_lifespan_s=30")
            ),
            "ConfigMap",
            "keycloak-realm",
        )["data"]["timeseries-realm.json"]
    )
    spa = next(c for c in realm["clients"] if c["clientId"] == "timeseries-spa")
    assert spa["redirectUris"] == ["https://timeseries.localtest.me/", "http://localhost:8480/"]
    assert realm["accessTokenLifespan"] == 30
    with pytest.raises(chart_config.ConfigError, match=r"identity\.local_origin"):
        chart_config.load("prod", overrides=["identity.local_origin=http://localhost:8480"])
    with pytest.raises(chart_config.ConfigError, match=r"identity\.local_origin"):
        chart_config.load("dev", overrides=["identity.local_origin=http://evil.example.org"])


def test_dev_keycloak_has_demo_users_whose_password_comes_from_a_secret() -> None:
    realm = _realm("dev")
    users = {u["username"]: u for u in realm["users"]}  # type: ignore[attr-defined]
    assert set(users) == {"alice", "bob", "admin"}
    # Fixed ids: the owner is the immutable `sub`, and the demo's publishers address it.
    assert {u["id"] for u in users.values()} == set(DEMO_USER_IDS.values())
    assert "admin" in users["admin"]["realmRoles"] and "admin" not in users["alice"]["realmRoles"]
    assert all(u["credentials"][0]["value"] == "${DEMO_PASSWORD}" for u in users.values())
    keycloak = named(variant("dev"), "Deployment", "keycloak")
    assert pod_spec(keycloak)["containers"][0]["args"] == ["start-dev", "--import-realm"]


def test_prod_keycloak_runs_on_postgres() -> None:
    objects = variant("prod")
    keycloak = named(objects, "Deployment", "keycloak")
    assert pod_spec(keycloak)["containers"][0]["args"] == ["start", "--import-realm"]
    env = container_env(keycloak, "keycloak")
    assert env["KC_DB"]["value"] == "postgres"
    assert env["KC_DB_PASSWORD"]["valueFrom"]["secretKeyRef"] == {"name": "keycloak-db", "key": "password"}
    postgres = named(objects, "StatefulSet", "keycloak-postgres")
    pg_env = container_env(postgres, "postgres")
    assert pg_env["POSTGRES_PASSWORD"]["valueFrom"]["secretKeyRef"] == {
        "name": "keycloak-db",
        "key": "password",
    }


def test_frontend_serves_its_runtime_config_from_a_config_map() -> None:
    objects = variant("prod")
    config = json.loads(named(objects, "ConfigMap", "frontend-config")["data"]["config.json"])
    assert config["issuer"] == "https://auth.timeseries.example.com/realms/timeseries"
    assert config["clientId"] == "timeseries-spa"
    assert config["apiBaseUrl"] == config["grpcWebBaseUrl"] == "https://timeseries.example.com"
    frontend = named(objects, "Deployment", "frontend")
    mount = next(
        m
        for m in pod_spec(frontend)["containers"][0]["volumeMounts"]
        if m["mountPath"].endswith("config.json")
    )
    assert mount["subPath"] == "config.json"


def test_keycloak_re_augments_only_into_an_empty_dir_seeded_from_the_image() -> None:
    keycloak = named(variant("prod"), "Deployment", "keycloak")
    (container,) = pod_spec(keycloak)["containers"]
    (seed,) = pod_spec(keycloak)["initContainers"]
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    assert seed["image"] == container["image"] and seed["securityContext"]["readOnlyRootFilesystem"] is True
    mounts = {m["mountPath"]: m["name"] for m in container["volumeMounts"]}
    (seed_mount,) = seed["volumeMounts"]
    assert mounts["/opt/keycloak/lib/quarkus"] == seed_mount["name"]
    assert seed["command"] == ["cp", "-R", "/opt/keycloak/lib/quarkus/.", seed_mount["mountPath"] + "/"]


def test_an_optimized_keycloak_image_runs_read_only() -> None:
    objects = synthesize("prod", ("identity.optimized_image=true",))
    keycloak = named(objects, "Deployment", "keycloak")
    container = pod_spec(keycloak)["containers"][0]
    assert container["args"] == ["start", "--optimized", "--import-realm"]
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    assert "initContainers" not in pod_spec(keycloak)


def test_a_config_change_rolls_the_pods_that_read_it() -> None:
    readers = ("frontend", "keycloak", "rabbitmq")

    def hashes(objects: tuple[Manifest, ...]) -> dict[str, str]:
        return {
            w["metadata"]["name"]: w["spec"]["template"]["metadata"]["annotations"][
                "timeseries.io/config-sha256"
            ]
            for w in of_kind(objects, "Deployment", "StatefulSet")
            if w["metadata"]["name"] in readers
        }

    before = hashes(variant("prod"))
    after = hashes(synthesize("prod", ("domain=ts.example.org",)))
    assert set(before) == set(readers)
    assert before["frontend"] != after["frontend"] and before["keycloak"] != after["keycloak"]
    assert before["rabbitmq"] == after["rabbitmq"]  # its configuration does not name the domain


def test_prod_reconciles_a_changed_realm_with_a_job_named_by_its_content() -> None:
    def job(objects: tuple[Manifest, ...]) -> Manifest:
        # The realm's Job (the influxdb-tokens Job runs in every profile).
        (found,) = [
            j for j in of_kind(objects, "Job") if j["metadata"]["name"].startswith("keycloak-realm-sync")
        ]
        return found

    before, after = job(variant("prod")), job(synthesize("prod", ("domain=ts.example.org",)))
    assert before["metadata"]["name"].startswith("keycloak-realm-sync-")
    assert before["metadata"]["name"] != after["metadata"]["name"]  # a changed realm runs it again
    (container,) = pod_spec(before)["containers"]
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    assert (
        "partialImport" in container["command"][-1]
        and "ifResourceExists=OVERWRITE" in container["command"][-1]
    )
    settings = json.loads(
        named(variant("prod"), "ConfigMap", "keycloak-realm-sync-settings")["data"]["realm-settings.json"]
    )
    assert "clients" not in settings and settings["revokeRefreshToken"] is True
    # dev re-imports its realm at every start
    assert [j["metadata"]["name"] for j in of_kind(variant("dev"), "Job")] == ["influxdb-tokens"]


def test_a_rabbitmq_node_stops_only_when_no_quorum_queue_needs_it() -> None:
    statefulset = named(variant("prod"), "StatefulSet", "rabbitmq")
    spec = statefulset["spec"]["template"]["spec"]
    (container,) = [c for c in spec["containers"] if c["name"] == "rabbitmq"]
    command = container["lifecycle"]["preStop"]["exec"]["command"]
    script = command[-1]
    wait = re.search(r"rabbitmq-upgrade await_online_quorum_plus_one -t ([0-9]+)", script)
    assert wait, script
    # Drained after the wait (clients move to other nodes, leaders are transferred); the grace
    # period outlasts the wait, so the kubelet never kills a node that is still quorum-critical.
    assert script.index("await_online_quorum_plus_one") < script.index("rabbitmq-upgrade drain")
    assert spec["terminationGracePeriodSeconds"] > int(wait.group(1))
    conf = named(variant("prod"), "ConfigMap", "rabbitmq-config")["data"]["rabbitmq.conf"]
    # A queue declared before every node joined still grows to its full membership (3.13+).
    assert "quorum_queue.continuous_membership_reconciliation.enabled = true" in conf.splitlines()
    # ... to every node: without a target size the reconciler's target is 0 and it never grows.
    assert "quorum_queue.continuous_membership_reconciliation.target_group_size = 3" in conf.splitlines()
    assert named(variant("prod"), "StatefulSet", "rabbitmq")["spec"]["replicas"] == 3


@pytest.mark.parametrize(("limit", "workers"), [(None, 1), ("2500m", 3), ("2", 2)])
def test_nginx_workers_follow_the_frontend_cpu_limit(limit: str | None, workers: int) -> None:
    overrides = (f"frontend.resources.cpu_limit={limit}",) if limit else ()
    (container,) = pod_spec(named(synthesize("prod", overrides), "Deployment", "frontend"))["containers"]
    # The image's entrypoint runs its setup scripts when the first argument is nginx.
    assert container["args"] == ["nginx", "-g", f"daemon off; worker_processes {workers};"]
    # The image's own configuration leaves the count to the chart (`auto` counts the node's CPUs).
    conf = (ROOT / "services/frontend/nginx/nginx.conf").read_text()
    assert not re.search(r"^\s*worker_processes", conf, re.M)
