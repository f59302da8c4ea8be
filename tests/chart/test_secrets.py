"""`python -m chart.secrets` creates every referenced Secret with random values, never overwriting.

No Kubernetes API server can run here, so `kubectl` is a stand-in script that keeps the
Secrets it is given in a directory and answers AlreadyExists like the API server would.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

from chart import config as chart_config
from chart import secrets
from tests.chart.support import ROOT, named, variant

FAKE_KUBECTL = """#!{python}
import json, pathlib, sys
store = pathlib.Path({store!r})
assert sys.argv[1:] == ["create", "-f", "-", "-o", "name"], sys.argv
manifest = json.load(sys.stdin)
target = store / manifest["metadata"]["name"]
if target.exists():
    sys.stderr.write('Error from server (AlreadyExists): secrets "%s" already exists\\n' % target.name)
    sys.exit(1)
target.write_text(json.dumps(manifest))
print("secret/" + target.name)
"""


def _fake_kubectl(tmp_path: Path) -> tuple[Path, Path]:
    store = tmp_path / "cluster"
    store.mkdir()
    kubectl = tmp_path / "kubectl"
    kubectl.write_text(FAKE_KUBECTL.format(python=sys.executable, store=str(store)))
    kubectl.chmod(kubectl.stat().st_mode | stat.S_IEXEC)
    return kubectl, store


def _run(kubectl: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "chart.secrets", "--kubectl", str(kubectl), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ},
    )


def test_creates_every_secret_once_and_never_overwrites(tmp_path: Path) -> None:
    kubectl, store = _fake_kubectl(tmp_path)
    first = _run(kubectl)
    assert first.returncode == 0, first.stderr
    config = chart_config.load("prod")
    required = secrets.required(config)
    assert sorted(p.name for p in store.iterdir()) == sorted(required)
    created = {p.name: json.loads(p.read_text()) for p in store.iterdir()}
    for name, manifest in created.items():
        assert manifest["metadata"]["namespace"] == "timeseries"
        later = secrets.FILLED_LATER.get(name, ())  # by the setup Job that makes their values
        assert tuple(sorted(manifest["stringData"])) == tuple(k for k in required[name] if k not in later)
        for value in manifest["stringData"].values():
            assert value not in first.stdout + first.stderr, "a secret value was printed"
    second = _run(kubectl)
    assert second.returncode == 0, second.stderr
    assert second.stdout.count("kept existing") == len(required)
    assert {p.name: json.loads(p.read_text()) for p in store.iterdir()} == created


def test_values_are_random_and_strong() -> None:
    config = chart_config.load("prod")
    one, two = secrets.manifests(config), secrets.manifests(config)
    for a, b in zip(one, two, strict=True):
        for key, value in a["stringData"].items():
            assert value != b["stringData"][key]
    cookie = next(m for m in one if m["metadata"]["name"] == secrets.OAUTH2_PROXY)
    assert len(cookie["stringData"]["cookie-secret"]) == 32  # oauth2-proxy: 16/24/32 bytes


def _rabbitmq_secret(*overrides: str) -> dict[str, str]:
    config = chart_config.load("prod", overrides=list(overrides))
    (rabbit,) = [m for m in secrets.manifests(config) if m["metadata"]["name"] == secrets.RABBITMQ]
    data: dict[str, str] = rabbit["stringData"]
    return data


def test_rabbitmq_users_match_the_generated_passwords() -> None:
    data = _rabbitmq_secret(
        "rabbitmq.consumer_user=ingest", "rabbitmq.admin_user=ops", "rabbitmq.api_user=web"
    )
    users = {u["name"]: u for u in json.loads(data["users.json"])["users"]}
    assert sorted(users) == ["ingest", "ops", "web"]  # publishers get users of their own, never these
    for name, key, tags in (
        ("ingest", "consumer-password", []),
        ("ops", "admin-password", ["administrator"]),
        ("web", "api-password", []),
    ):
        user = users[name]
        assert user["hashing_algorithm"] == "rabbit_password_hashing_sha256" and user["tags"] == tags
        raw = base64.b64decode(user["password_hash"])
        salt, digest = raw[:4], raw[4:]
        assert hashlib.sha256(salt + data[key].encode()).digest() == digest
    assert len({data["consumer-password"], data["admin-password"], data["api-password"]}) == 3


def test_rabbitmq_permissions_are_least_privilege() -> None:
    """What each boot user may touch, evaluated as RabbitMQ does (an unanchored regex search on
    each resource name): the consumer reads the points queue and writes dead letters and
    notifications only, and configures nothing; the API declares, binds and consumes only its
    own watch queues and reads only the notifications exchange (it publishes nowhere); the
    operator has no permission on any vhost."""
    definitions = json.loads(_rabbitmq_secret()["users.json"])
    topology = json.loads(named(variant("prod"), "ConfigMap", "rabbitmq-config")["data"]["topology.json"])
    resources = [e["name"] for e in topology["exchanges"]] + [q["name"] for q in topology["queues"]]
    resources += [
        "amq.default",
        "",
        "timeseries.points.x",
        "other",
        "timeseries.watch.3f2a",
        "x.timeseries.watch.a",
    ]
    permissions = {p["user"]: p for p in definitions["permissions"]}
    assert sorted(permissions) == ["api", "consumer"] and all(p["vhost"] == "/" for p in permissions.values())

    def allowed(user: str, kind: str) -> list[str]:
        return [r for r in resources if re.search(permissions[user][kind], r)]

    # `^$` matches only the default exchange's empty name, which no user may configure or
    # use: RabbitMQ's documented way to grant nothing.
    assert allowed("consumer", "configure") == [""]
    assert allowed("consumer", "write") == ["timeseries.dead", "timeseries.notifications"]
    assert allowed("consumer", "read") == ["timeseries.points"]
    assert allowed("api", "configure") == allowed("api", "write") == ["timeseries.watch.3f2a"]
    assert allowed("api", "read") == ["timeseries.notifications", "timeseries.watch.3f2a"]
    topics = {t["exchange"]: t for t in definitions["topic_permissions"]}
    assert sorted(topics) == ["timeseries.dead", "timeseries.notifications"]
    assert all((t["user"], t["read"]) == ("consumer", "^$") for t in topics.values())
    for exchange, key in (("timeseries.dead", "points"), ("timeseries.notifications", "stored")):
        write = topics[exchange]["write"]
        assert re.search(write, f"{key}.carol@example.org") and not re.search(write, f"x.{key}.a")


def test_kubectl_failure_is_reported(tmp_path: Path) -> None:
    broken = tmp_path / "kubectl"
    broken.write_text("#!/bin/sh\necho 'connection refused' >&2\nexit 1\n")
    broken.chmod(0o755)
    done = _run(broken)
    assert done.returncode == 1
    assert "connection refused" in done.stderr


def test_list_names_secrets_and_keys_without_values(tmp_path: Path) -> None:
    kubectl, _ = _fake_kubectl(tmp_path)
    done = _run(kubectl, "--list", "--profile", "dev")
    assert done.returncode == 0
    assert "timeseries/keycloak-admin: admin-password, demo-password" in done.stdout
    assert "keycloak-db" not in done.stdout  # dev runs Keycloak without PostgreSQL
