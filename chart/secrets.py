"""The Secrets the manifests reference by name, and the one command that creates them.

No secret value is ever in the repository or in dist/. `python -m chart.secrets` (or
`make secrets`) creates each Secret below with fresh random values through `kubectl create`,
which refuses to replace an existing Secret: running it twice changes nothing.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import subprocess
import sys
from collections.abc import Callable
from typing import Any

from chart import cli, rabbitmq_definitions
from chart.config import Config

INFLUXDB = "influxdb-auth"
#: The operator (all-access) token of InfluxDB's setup: only InfluxDB and the token Job read it.
INFLUXDB_OPERATOR_KEY = "admin-token"
# InfluxDB generates token values itself: these are created empty here, and the influxdb-tokens
# Job (chart/influxdb_tokens.py) adds each one's `token` once InfluxDB is set up.
INFLUXDB_CONSUMER = "influxdb-consumer-token"
INFLUXDB_API = "influxdb-api-token"
INFLUXDB_TOKEN_KEY = "token"  # noqa: S105 - a key name, not a value
RABBITMQ = "rabbitmq-auth"
OIDC_CLIENTS = "oidc-clients"
OAUTH2_PROXY = "oauth2-proxy-cookie"
KEYCLOAK = "keycloak-admin"
KEYCLOAK_DB = "keycloak-db"


def _token(nbytes: int = 32) -> str:
    return secrets.token_urlsafe(nbytes)


def rabbitmq_password_hash(password: str) -> str:
    """RabbitMQ's rabbit_password_hashing_sha256: base64(salt + sha256(salt + password))."""
    salt = secrets.token_bytes(4)
    return base64.b64encode(salt + hashlib.sha256(salt + password.encode()).digest()).decode()


def _rabbitmq(config: Config) -> dict[str, str]:
    """The broker users of the boot definitions (password hashes: a Secret) and their passwords.
    Publishers' users are made one per owner with `make publisher-user`, never here."""
    consumer, admin = _token(), _token()
    users = rabbitmq_definitions.users(
        (config.rabbitmq.consumer_user, rabbitmq_password_hash(consumer)),
        (config.rabbitmq.admin_user, rabbitmq_password_hash(admin)),
    )
    return {
        "consumer-password": consumer,
        "admin-password": admin,
        "erlang-cookie": _token(48),
        "users.json": json.dumps(users, sort_keys=True),
    }


def _in_cluster_store(config: Config) -> bool:
    return config.influxdb.mode == "in-cluster"


# name -> (when it is needed, how its keys are generated). Each key is documented in chart/README.md.
_SECRETS: dict[str, tuple[Callable[[Config], bool], Callable[[Config], dict[str, str]]]] = {
    INFLUXDB: (_in_cluster_store, lambda c: {"admin-password": _token(), INFLUXDB_OPERATOR_KEY: _token()}),
    INFLUXDB_CONSUMER: (_in_cluster_store, lambda c: {}),
    INFLUXDB_API: (_in_cluster_store, lambda c: {}),
    RABBITMQ: (lambda c: c.rabbitmq.mode == "in-cluster", _rabbitmq),
    OIDC_CLIENTS: (lambda c: True, lambda c: {"oauth2-proxy-client-secret": _token()}),
    # oauth2-proxy needs a cookie secret of exactly 16, 24 or 32 bytes.
    OAUTH2_PROXY: (lambda c: True, lambda c: {"cookie-secret": secrets.token_hex(16)}),
    KEYCLOAK: (
        lambda c: c.identity.mode != "external",
        lambda c: {"admin-password": _token(), "demo-password": _token(12)},
    ),
    KEYCLOAK_DB: (lambda c: c.identity.mode == "prod", lambda c: {"password": _token()}),
}


# name -> keys that a setup Job adds to a Secret created here empty.
FILLED_LATER = {INFLUXDB_CONSUMER: (INFLUXDB_TOKEN_KEY,), INFLUXDB_API: (INFLUXDB_TOKEN_KEY,)}


def provided(config: Config) -> dict[str, tuple[str, ...]]:
    """Name -> keys of the Secrets of an external engine: its operator makes their values
    (tokens, broker users, CAs), so this command never creates them (chart/README.md)."""
    keys: dict[str, tuple[str, ...]] = {}
    if config.influxdb.mode == "external":
        ext = config.influxdb.external
        keys[ext.consumer_token_secret] = (INFLUXDB_TOKEN_KEY,)
        keys[ext.api_token_secret] = (INFLUXDB_TOKEN_KEY,)
        if ext.ca.secret:
            keys[ext.ca.secret] = (ext.ca.key,)
    if config.rabbitmq.mode == "external":
        broker = config.rabbitmq.external
        keys[broker.consumer_secret] = ("password", "username")
        if broker.declare_topology:
            keys[broker.topology_secret] = ("password", "username")
        if broker.ca.secret:
            keys[broker.ca.secret] = (broker.ca.key,)
    return keys


def required(config: Config) -> dict[str, tuple[str, ...]]:
    """Name -> keys of every Secret this command creates for the manifests of `config`."""
    keys: dict[str, tuple[str, ...]] = {}
    for name, (needed, generate) in _SECRETS.items():
        if needed(config):
            keys[name] = tuple(sorted([*generate(config), *FILLED_LATER.get(name, ())]))
    return keys


def manifests(config: Config) -> list[dict[str, Any]]:
    """The Secret objects with fresh random values (never written to disk by this module)."""
    return [
        {
            "apiVersion": "v1",
            "kind": "Secret",
            "type": "Opaque",
            "metadata": {
                "name": name,
                "namespace": config.namespace,
                "labels": {"app.kubernetes.io/part-of": "timeseries"},
            },
            "stringData": generate(config),
        }
        for name, (needed, generate) in _SECRETS.items()
        if needed(config)
    ]


def create(config: Config, kubectl: str = "kubectl") -> int:
    """Create each missing Secret; existing ones are left untouched. Returns the exit status."""
    status = 0
    for manifest in manifests(config):
        name = manifest["metadata"]["name"]
        done = subprocess.run(
            [kubectl, "create", "-f", "-", "-o", "name"],
            input=json.dumps(manifest),
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode == 0:
            print(f"created secret/{name}")
        elif "AlreadyExists" in done.stderr or "already exists" in done.stderr:
            print(f"kept existing secret/{name}")
        else:
            print(f"failed secret/{name}: {done.stderr.strip()}", file=sys.stderr)
            status = 1
    return status


def main(argv: list[str] | None = None) -> int:
    parser = cli.parser(
        "python -m chart.secrets",
        "Create every Secret the chart references, with random values; never overwrites.",
    )
    parser.add_argument("--kubectl", default="kubectl", help="kubectl command (default: kubectl)")
    parser.add_argument("--list", action="store_true", help="only list the Secrets and their keys")
    args, config = cli.parse(parser, argv)
    if args.list:
        for name, keys in required(config).items():
            print(f"{config.namespace}/{name}: {', '.join(keys)}")
        for name, keys in provided(config).items():
            print(f"{config.namespace}/{name}: {', '.join(keys)} (yours to create: external engine)")
        return 0
    return create(config, args.kubectl)


if __name__ == "__main__":
    sys.exit(main())
