"""Least privilege in InfluxDB (issue 9.3), as the chart deploys it: the consumer and the API
each read their own token Secret, the operator token is in neither Deployment, and the Job
that makes the tokens may touch nothing but those two Secrets. (What the tokens may do is
proven against the real InfluxDB in tests/common/test_influx_tokens.py.)"""

from __future__ import annotations

import pytest

from chart import secrets
from services.common import influx_tokens
from tests.chart.support import (
    VARIANTS,
    Manifest,
    container_env,
    containers,
    named,
    of_kind,
    pod_spec,
    variant,
    variant_config,
)

# The token Job belongs to the in-cluster InfluxDB; an external engine's operator makes the tokens.
ALL = sorted(name for name in VARIANTS if variant_config(name).influxdb.mode == "in-cluster")


def _secret_refs(workload: Manifest) -> set[str]:
    names = {
        entry["valueFrom"]["secretKeyRef"]["name"]
        for container in containers(workload)
        for entry in container.get("env", [])
        if "secretKeyRef" in entry.get("valueFrom", {})
    }
    names |= {v["secret"]["secretName"] for v in pod_spec(workload).get("volumes", []) if "secret" in v}
    names |= {
        source["secretRef"]["name"]
        for container in containers(workload)
        for source in container.get("envFrom", [])
        if "secretRef" in source
    }
    return names


@pytest.mark.parametrize("name", ALL)
def test_no_deployment_references_the_operator_token(name: str) -> None:
    objects = variant(name)
    holders = {
        f"{w['kind']}/{w['metadata']['name']}"
        for w in of_kind(objects, "Deployment", "StatefulSet", "Job", "DaemonSet", "CronJob")
        if secrets.INFLUXDB in _secret_refs(w)
    }
    assert holders == {"StatefulSet/influxdb", "Job/influxdb-tokens"}


@pytest.mark.parametrize("name", ALL)
def test_consumer_and_api_each_read_their_own_token_secret(name: str) -> None:
    objects = variant(name)
    for deployment, secret in (("consumer", secrets.INFLUXDB_CONSUMER), ("api", secrets.INFLUXDB_API)):
        env = container_env(named(objects, "Deployment", deployment), deployment)
        assert env["INFLUX_TOKEN"]["valueFrom"]["secretKeyRef"] == {"name": secret, "key": "token"}
        assert _secret_refs(named(objects, "Deployment", deployment)) & {
            secrets.INFLUXDB,
            secrets.INFLUXDB_CONSUMER,
            secrets.INFLUXDB_API,
        } == {secret}
    # The Job fills exactly those Secrets, under the key the Deployments read.
    job = container_env(named(objects, "Job", "influxdb-tokens"), "influxdb-tokens")
    assert job["CONSUMER_GRANT"]["value"] == secrets.INFLUXDB_CONSUMER
    assert job["API_GRANT"]["value"] == secrets.INFLUXDB_API
    assert secrets.INFLUXDB_TOKEN_KEY == influx_tokens.TOKEN_KEY


@pytest.mark.parametrize("name", ALL)
def test_the_token_job_may_only_get_and_patch_the_two_token_secrets(name: str) -> None:
    objects = variant(name)
    job = named(objects, "Job", "influxdb-tokens")
    spec = pod_spec(job)
    account = spec["serviceAccountName"]
    bindings = [
        b
        for b in of_kind(objects, "RoleBinding", "ClusterRoleBinding")
        if {"kind": "ServiceAccount", "name": account} in b["subjects"]
    ]
    assert [b["kind"] for b in bindings] == ["RoleBinding"]
    role = named(objects, "Role", bindings[0]["roleRef"]["name"])
    assert role["rules"] == [
        {
            "apiGroups": [""],
            "resources": ["secrets"],
            "resourceNames": [secrets.INFLUXDB_CONSUMER, secrets.INFLUXDB_API],
            "verbs": ["get", "patch"],
        }
    ]
    # No other account is bound to anything, and only this one mounts its token.
    assert {
        s["name"] for b in of_kind(objects, "RoleBinding", "ClusterRoleBinding") for s in b["subjects"]
    } == {account}
    assert [
        a["metadata"]["name"]
        for a in of_kind(objects, "ServiceAccount")
        if a.get("automountServiceAccountToken")
    ] == [account]
    (container,) = spec["containers"]
    assert container["command"] == ["python", "-m", "services.common.influx_tokens"]
    assert spec["restartPolicy"] == "OnFailure"


def test_make_secrets_pre_creates_the_token_secrets_empty() -> None:
    from chart import config as chart_config

    manifests = {m["metadata"]["name"]: m for m in secrets.manifests(chart_config.load("prod"))}
    for name in (secrets.INFLUXDB_CONSUMER, secrets.INFLUXDB_API):
        assert manifests[name]["stringData"] == {}, "InfluxDB makes the value; the Job stores it"
    assert set(manifests[secrets.INFLUXDB]["stringData"]) == {"admin-password", "admin-token"}
