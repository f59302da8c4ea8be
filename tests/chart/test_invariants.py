"""Properties every synthesized configuration keeps, checked over the parsed manifests."""

from __future__ import annotations

from typing import Any

import pytest

from chart import links, secrets
from tests.chart.support import (
    POD_KINDS,
    VARIANTS,
    WORKLOAD_KINDS,
    Manifest,
    containers,
    named,
    of_kind,
    pod_spec,
    variant,
    variant_config,
)

ALL = sorted(VARIANTS)


def _skips(obj: Manifest) -> set[str]:
    annotations = obj["metadata"].get("annotations") or {}
    return {v.partition("=")[0] for k, v in annotations.items() if k.startswith("checkov.io/skip")}


@pytest.mark.parametrize("name", ALL)
def test_every_container_is_hardened(name: str) -> None:
    workloads = of_kind(variant(name), *POD_KINDS)
    assert len(workloads) >= 7
    for workload in workloads:
        where = f"{workload['kind']}/{workload['metadata']['name']}"
        spec = pod_spec(workload)
        assert spec["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}, where
        assert spec["securityContext"]["runAsNonRoot"] is True, where
        # Only the token Job calls the Kubernetes API (tests/chart/test_influxdb_tokens.py).
        assert spec["automountServiceAccountToken"] is (where == "Job/influxdb-tokens"), where
        # Each component's own ServiceAccount (the realm-sync Job's name also carries a digest).
        component = workload["spec"]["template"]["metadata"]["labels"]["app.kubernetes.io/name"]
        assert spec["serviceAccountName"] == component, where
        for container in containers(workload):
            ctx = container["securityContext"]
            assert ctx["runAsNonRoot"] is True and ctx["runAsUser"] >= 10000, where
            assert ctx["allowPrivilegeEscalation"] is False and ctx["privileged"] is False, where
            assert ctx["capabilities"] == {"drop": ["ALL"]}, where
            # A writable root filesystem must be excused, with its reason, on the object.
            assert ctx["readOnlyRootFilesystem"] is True or "CKV_K8S_22" in _skips(workload), where
            for kind in ("requests", "limits"):
                assert set(container["resources"][kind]) == {"cpu", "memory"}, where
            image = container["image"]
            assert ":" in image.rsplit("/", 1)[-1] and not image.endswith(":latest"), image
        for container in spec["containers"] if workload["kind"] in WORKLOAD_KINDS else ():
            for probe in ("livenessProbe", "readinessProbe", "startupProbe"):
                assert probe in container, f"{where} {container['name']} lacks {probe}"


@pytest.mark.parametrize("name", ALL)
def test_every_object_carries_the_standard_labels(name: str) -> None:
    for obj in variant(name):
        labels = obj["metadata"].get("labels") or {}
        assert labels.get("app.kubernetes.io/part-of") == "timeseries", (
            f"{obj['kind']}/{obj['metadata']['name']}"
        )


def _pods(objects: tuple[Manifest, ...]) -> list[tuple[dict[str, str], list[dict[str, Any]]]]:
    """(pod labels, containers) of every workload."""
    return [
        (w["spec"]["template"]["metadata"]["labels"], pod_spec(w)["containers"])
        for w in of_kind(objects, *WORKLOAD_KINDS)
    ]


@pytest.mark.parametrize("name", ALL)
def test_every_service_selects_pods_and_their_target_ports_exist(name: str) -> None:
    objects = variant(name)
    pods = _pods(objects)
    for service in of_kind(objects, "Service"):
        selector = service["spec"]["selector"]
        selected = [c for labels, c in pods if selector.items() <= labels.items()]
        assert selected, f"Service/{service['metadata']['name']} selects no pods"
        for cs in selected:
            ports = [p for c in cs for p in c.get("ports", [])]
            for port in service["spec"]["ports"]:
                target = port.get("targetPort", port["port"])
                key = "name" if isinstance(target, str) else "containerPort"
                assert any(p.get(key) == target for p in ports), f"{service['metadata']['name']}: {target}"


def _service_port(objects: tuple[Manifest, ...], name: str, port: int) -> bool:
    services = [s for s in of_kind(objects, "Service") if s["metadata"]["name"] == name]
    return any(p["port"] == port for s in services for p in s["spec"]["ports"])


@pytest.mark.parametrize("name", ALL)
def test_every_route_backend_is_a_service_with_that_port(name: str) -> None:
    objects = variant(name)
    backends: list[tuple[str, int]] = []
    for route in of_kind(objects, "HTTPRoute", "GRPCRoute"):
        for rule in route["spec"]["rules"]:
            backends += [(ref["name"], ref["port"]) for ref in rule.get("backendRefs", [])]
    for ingress in of_kind(objects, "Ingress"):
        for rule in ingress["spec"]["rules"]:
            for path in rule["http"]["paths"]:
                svc = path["backend"]["service"]
                backends.append((svc["name"], svc["port"]["number"]))
    assert len(backends) >= 5
    for service, port in backends:
        assert _service_port(objects, service, port), f"route backend {service}:{port} does not exist"


@pytest.mark.parametrize("name", ["prod", "prod-ingress"])
def test_routes_cover_the_design(name: str) -> None:
    objects = variant(name)
    paths: dict[str, str] = {}
    for route in of_kind(objects, "HTTPRoute"):
        for rule in route["spec"]["rules"]:
            for match in rule.get("matches", []):
                paths[match["path"]["value"]] = rule["backendRefs"][0]["name"]
    for ingress in of_kind(objects, "Ingress"):
        for path in ingress["spec"]["rules"][0]["http"]["paths"]:
            paths.setdefault(path["path"], path["backend"]["service"]["name"])
    assert paths["/"] in ("frontend", "api")  # the gRPC host's Ingress serves "/" from the API
    assert paths["/api/"] == "oauth2-proxy"
    assert paths["/timeseries.v1.TimeseriesService/"] == "oauth2-proxy"
    assert paths["/realms/"] == "keycloak"
    assert "/rabbitmq/" not in paths  # off in prod


def test_gateway_listeners_redirect_http_and_terminate_tls_with_certificates() -> None:
    objects = variant("prod")
    gateway = named(objects, "Gateway", "timeseries")
    listeners = {item["name"]: item for item in gateway["spec"]["listeners"]}
    certificates = {c["spec"]["secretName"]: c for c in of_kind(objects, "Certificate")}
    for listener in listeners.values():
        if listener["protocol"] == "HTTPS":
            (ref,) = listener["tls"]["certificateRefs"]
            assert listener["hostname"] in certificates[ref["name"]]["spec"]["dnsNames"]
    redirect = named(objects, "HTTPRoute", "https-redirect")
    assert [p["sectionName"] for p in redirect["spec"]["parentRefs"]] == ["http"]
    (rule,) = redirect["spec"]["rules"]
    assert "backendRefs" not in rule
    assert rule["filters"][0]["requestRedirect"]["scheme"] == "https"
    # Only the redirect attaches to the HTTP listener (ACME solver routes are cert-manager's own).
    for route in of_kind(objects, "HTTPRoute", "GRPCRoute"):
        if route is not redirect:
            assert all(p["sectionName"] != "http" for p in route["spec"]["parentRefs"])


@pytest.mark.parametrize("name", ["prod", "dev"])
def test_the_private_ca_signs_the_hosts_certificates(name: str) -> None:
    """No public CA can validate dev's *.localtest.me: cert-manager's CA bootstrap instead,
    selfSigned issuer -> CA Certificate (in cert-manager's namespace) -> CA issuer."""
    objects = variant(name)
    issuers = {i["metadata"]["name"]: i["spec"] for i in of_kind(objects, "ClusterIssuer")}
    assert issuers == {
        "timeseries-selfsigned": {"selfSigned": {}},
        "timeseries-ca": {"ca": {"secretName": "timeseries-ca"}},
    }
    (ca,) = [c for c in of_kind(objects, "Certificate") if c["spec"].get("isCA")]
    assert ca["metadata"]["namespace"] == "cert-manager"
    assert ca["spec"]["secretName"] == "timeseries-ca"
    assert ca["spec"]["issuerRef"]["name"] == "timeseries-selfsigned"
    hosts = [c for c in of_kind(objects, "Certificate") if c is not ca]
    assert hosts and all(c["spec"]["issuerRef"]["name"] == "timeseries-ca" for c in hosts)


def test_lets_encrypt_solves_http01_through_the_gateway() -> None:
    objects = variant("prod-letsencrypt")
    issuers = of_kind(objects, "ClusterIssuer")
    assert {i["metadata"]["name"] for i in issuers} == {"letsencrypt-staging", "letsencrypt-production"}
    for issuer in issuers:
        assert issuer["spec"]["acme"]["email"] == "platform@timeseries-topology.dev"
        (solver,) = issuer["spec"]["acme"]["solvers"]
        assert solver["http01"]["gatewayHTTPRoute"]["parentRefs"][0]["sectionName"] == "http"
    certificates = of_kind(objects, "Certificate")
    assert {c["spec"]["issuerRef"]["name"] for c in certificates} == {"letsencrypt-production"}


def _referenced(objects: tuple[Manifest, ...]) -> tuple[set[tuple[str, str]], set[str]]:
    """(secret name, key) pairs and ConfigMap names referenced by the workloads."""
    secret_keys: set[tuple[str, str]] = set()
    config_maps: set[str] = set()
    for workload in of_kind(objects, *POD_KINDS):
        for container in containers(workload):
            for entry in container.get("env", []):
                ref = entry.get("valueFrom", {}).get("secretKeyRef")
                if ref:
                    secret_keys.add((ref["name"], ref["key"]))
        for volume in pod_spec(workload).get("volumes", []):
            if "secret" in volume:
                items = volume["secret"].get("items") or [{"key": "*"}]
                secret_keys |= {(volume["secret"]["secretName"], i["key"]) for i in items}
            if "configMap" in volume:
                config_maps.add(volume["configMap"]["name"])
    return secret_keys, config_maps


@pytest.mark.parametrize("name", ALL)
def test_every_referenced_secret_and_config_map_exists(name: str) -> None:
    objects = variant(name)
    secret_keys, config_maps = _referenced(objects)
    config = variant_config(name)
    # Created by `make secrets`, or by the operator of an external engine (tokens, users, CAs).
    documented = {**secrets.required(config), **secrets.provided(config)}
    for secret, key in secret_keys:
        assert secret in documented, f"Secret {secret} is neither in dist/ nor in the secrets list"
        assert key == "*" or key in documented[secret], f"Secret {secret} has no key {key}"
    assert set(documented) == {s for s, _ in secret_keys}, "the secrets list names Secrets nothing uses"
    existing = {c["metadata"]["name"] for c in of_kind(objects, "ConfigMap")}
    assert config_maps <= existing | links.provided_config_maps(config)
    # TLS Secrets come from cert-manager Certificates.
    tls = {
        ref["name"]
        for g in of_kind(objects, "Gateway")
        for item in g["spec"]["listeners"]
        for ref in (item.get("tls") or {}).get("certificateRefs", [])
    }
    tls |= {t["secretName"] for i in of_kind(objects, "Ingress") for t in i["spec"]["tls"]}
    assert tls and tls <= {c["spec"]["secretName"] for c in of_kind(objects, "Certificate")}


@pytest.mark.parametrize("name", ALL)
def test_no_secret_values_in_the_manifests(name: str) -> None:
    objects = variant(name)
    assert of_kind(objects, "Secret") == []
    for workload in of_kind(objects, *POD_KINDS):
        for container in containers(workload):
            for entry in container.get("env", []):
                if any(w in entry["name"] for w in ("PASSWORD", "TOKEN", "SECRET", "COOKIE")):
                    assert "value" not in entry, f"{entry['name']} has a literal value"


def _deployments(objects: tuple[Manifest, ...]) -> list[Manifest]:
    return of_kind(objects, "Deployment")


def _min_replicas(objects: tuple[Manifest, ...], deployment: Manifest) -> int:
    name = deployment["metadata"]["name"]
    hpas = [
        h for h in of_kind(objects, "HorizontalPodAutoscaler") if h["spec"]["scaleTargetRef"]["name"] == name
    ]
    if hpas:
        assert "replicas" not in deployment["spec"], f"{name}: the HPA owns the replica count"
        return int(hpas[0]["spec"]["minReplicas"])
    return int(deployment["spec"]["replicas"])


@pytest.mark.parametrize("name", ["prod", "prod-ingress", "prod-external-idp"])
def test_prod_is_highly_available(name: str) -> None:
    objects = variant(name)
    pdbs = of_kind(objects, "PodDisruptionBudget")
    for deployment in _deployments(objects):
        assert _min_replicas(objects, deployment) >= 2, deployment["metadata"]["name"]
        labels = deployment["spec"]["selector"]["matchLabels"]
        assert any(p["spec"]["selector"]["matchLabels"] == labels for p in pdbs), deployment["metadata"][
            "name"
        ]
        spread = pod_spec(deployment)["topologySpreadConstraints"]
        assert {s["topologyKey"] for s in spread} == {"kubernetes.io/hostname", "topology.kubernetes.io/zone"}
    assert named(objects, "StatefulSet", "rabbitmq")["spec"]["replicas"] == 3
    scaled = {h["spec"]["scaleTargetRef"]["name"] for h in of_kind(objects, "HorizontalPodAutoscaler")}
    assert {"api", "consumer"} <= scaled


def test_dev_runs_one_of_each() -> None:
    objects = variant("dev")
    for workload in of_kind(objects, *WORKLOAD_KINDS):
        assert workload["spec"]["replicas"] == 1, workload["metadata"]["name"]
    assert of_kind(objects, "HorizontalPodAutoscaler") == []
    assert of_kind(objects, "PodDisruptionBudget") == []
    names = {w["metadata"]["name"] for w in of_kind(objects, *WORKLOAD_KINDS)}
    assert names == {"influxdb", "rabbitmq", "consumer", "api", "frontend", "oauth2-proxy", "keycloak"}


def test_stateful_parts_keep_their_data_on_claims() -> None:
    objects = variant("prod")
    mounts = {
        "influxdb": "/var/lib/influxdb2",
        "rabbitmq": "/var/lib/rabbitmq",
        "keycloak-postgres": "/var/lib/postgresql/data",
    }
    for name, path in mounts.items():
        statefulset = named(objects, "StatefulSet", name)
        (claim,) = statefulset["spec"]["volumeClaimTemplates"]
        assert claim["spec"]["resources"]["requests"]["storage"]
        main = pod_spec(statefulset)["containers"][0]
        assert {"name": claim["metadata"]["name"], "mountPath": path} in main["volumeMounts"]
