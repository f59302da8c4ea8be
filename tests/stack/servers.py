"""Real RabbitMQ, InfluxDB and nginx processes for the tests and the local stack.

Each server runs on free loopback ports, with its data, logs and
configuration in a private directory, so several test runs (or another RabbitMQ on the
machine) never interfere. Nothing here is a fake: the tests talk to the real servers.

RabbitMQ and nginx come from the Debian packages; InfluxDB 2.x is built from its Go module
at the chart's version (tests/stack/thirdparty.py).
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import functools
import json
import os
import re
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from services.common import influx_tokens, topology
from services.common.connections import InfluxSettings
from tests.stack import thirdparty
from tests.stack import tls as tls_certs

#: RabbitMQ's programs inside its trixie root (tests/stack/thirdparty.py).
RABBITMQ_BIN = Path("/usr/lib/rabbitmq/bin")
#: Where a node's private directory appears inside that root (a bind mount of its own).
NODE_DIR = Path("/node")
#: Runs a command chrooted into the RabbitMQ root ($1) with /proc and the node's directory ($2)
#: bound in, in a mount namespace of its own (the mounts vanish with it).
_IN_ROOT = (
    'root=$1 node=$2; shift 2; mount --bind /proc "$root/proc" && mkdir -p "$root/node"'
    ' && mount --bind "$node" "$root/node" && exec chroot "$root" "$@"'
)
DIST = Path(__file__).resolve().parents[2] / "dist"


class ServerError(RuntimeError):
    """A server did not start or answer; the message includes the tail of its log."""


#: Ports free_port handed out in this process.
_HANDED_OUT: set[int] = set()

# Under pytest-xdist (`make test` runs two processes), each worker takes its ports from a block of
# its own below the kernel's ephemeral range (32768-60999 by default), from which bind(0) and
# outgoing connections take theirs: no other process can be offered a port a worker picked and
# has not bound yet.
_BLOCK = 2500
_BLOCKS_START = 10000
_worker = os.environ.get("PYTEST_XDIST_WORKER", "").removeprefix("gw")
_WORKER_BLOCK = (
    range(_BLOCKS_START + int(_worker) * _BLOCK, _BLOCKS_START + (int(_worker) + 1) * _BLOCK)
    if _worker.isdigit() and _BLOCKS_START + (int(_worker) + 1) * _BLOCK <= 32768
    else None
)


def _bindable(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_port() -> int:
    """A free loopback port, never one this process handed out before: a port is bound later,
    by the server it is for, so until then the kernel may offer it again (a stack picks its
    gateway's port first and starts nginx on it last)."""
    if _WORKER_BLOCK is not None:
        for candidate in _WORKER_BLOCK:
            if candidate not in _HANDED_OUT and _bindable(candidate):
                _HANDED_OUT.add(candidate)
                return candidate
        raise ServerError(f"no free port left in this worker's block {_WORKER_BLOCK}")
    while True:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port: int = s.getsockname()[1]
        if port not in _HANDED_OUT:
            _HANDED_OUT.add(port)
            return port


def unique(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:10]}"


def tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return f"(no log at {path})"


def wait_ready(
    predicate: Callable[[], bool],
    timeout: float,
    what: str,
    log: Path,
    proc: subprocess.Popen[bytes] | None = None,
) -> None:
    """Polls `predicate` (exceptions count as not yet) until it holds; fails early when `proc`
    has exited. The ServerError carries the tail of `log`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise ServerError(f"{what} exited with code {proc.returncode}; log tail:\n{tail(log)}")
        with contextlib.suppress(Exception):
            if predicate():
                return
        time.sleep(0.1)
    raise ServerError(f"{what} not ready after {timeout:.0f}s; log tail:\n{tail(log)}")


def http_ok(url: str, context: ssl.SSLContext | None = None) -> bool:
    """Whether `url` answers 200 within two seconds (an HTTP error status raises)."""
    with urllib.request.urlopen(url, timeout=2, context=context) as resp:
        ok: bool = resp.status == 200
        return ok


def stop_group(proc: subprocess.Popen[bytes] | None, timeout: float = 15) -> None:
    """Stops a process started in its own session, and everything it spawned."""
    if proc is None or proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(5)


#: The test brokers' consumer timeout.
CONSUMER_TIMEOUT_MS = 4000


class RabbitMQServer:
    """A private RabbitMQ node with the management plugin, and a non-guest user for the harness:
    an administrator that may also impersonate (set any user_id), so a test or the e2e suite can
    publish a message as a given owner's own publisher would. No chart user has that tag.

    The node is the chart's major version, Debian trixie's RabbitMQ 4 with its Erlang, run
    chrooted in a trixie root (tests/stack/thirdparty.py) on this bookworm machine, sharing its
    network: loopback ports as before, its directory bound in at NODE_DIR."""

    def __init__(
        self, base: Path, tls: tls_certs.Certs | None = None, consumer_timeout_ms: int = CONSUMER_TIMEOUT_MS
    ) -> None:
        """With `tls`: an AMQPS listener too (`amqps_port`), and `amqp_url` is AMQPS."""
        self.dir = base / "rabbitmq"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.tls = tls
        self.amqps_port = free_port() if tls else 0
        self.amqp_port = free_port()
        self.management_port = free_port()
        self.dist_port = free_port()
        self.node = f"{unique('ts-')}@localhost"
        self.user = "ts-test"
        self.password = secrets.token_urlsafe(16)
        self.proc: subprocess.Popen[bytes] | None = None
        (self.dir / "rabbitmq.conf").write_text(
            f"listeners.tcp.default = 127.0.0.1:{self.amqp_port}\n"
            f"management.tcp.port = {self.management_port}\n"
            "management.tcp.ip = 127.0.0.1\n"
            f"default_user = {self.user}\n"
            f"default_pass = {self.password}\n"
            "default_user_tags.administrator = true\n"
            "default_user_tags.impersonator = true\n"
            "loopback_users = none\n"
            "log.console = false\n"
            "log.file.level = warning\n"
            # Short, so tests see what a long outage does at the default 30 min: the broker
            # closes the channel of a consumer holding a delivery this long unacknowledged.
            f"consumer_timeout = {consumer_timeout_ms}\n"
            # As the chart's brokers: each message stamped at receipt (chart/rabbitmq.py).
            "message_interceptors.incoming.set_header_timestamp.overwrite = false\n"
            + (self._tls_conf(tls) if tls else "")
        )
        # How often channels check that timeout (60 s by default), and how soon at-least-once
        # dead-lettering retries a dead letter no queue took (180 s; the key gained `_ms` in 4.x).
        (self.dir / "advanced.config").write_text(
            "[{rabbit, [{channel_tick_interval, 500}, {dead_letter_worker_publisher_confirm_timeout, 1000},"
            " {dead_letter_worker_publisher_confirm_timeout_ms, 1000}]}].\n"
        )
        (self.dir / "enabled_plugins").write_text("[rabbitmq_management].\n")

    def _tls_conf(self, tls: tls_certs.Certs) -> str:
        """RabbitMQ's TLS listener (ssl_options); clients are not asked for certificates. The
        files are copied into the node's directory: the chrooted node sees only that."""
        (self.dir / "tls").mkdir(exist_ok=True)
        inside = {}
        for name, path in (("ca", tls.ca), ("cert", tls.cert), ("key", tls.key)):
            shutil.copy(path, self.dir / "tls" / path.name)
            inside[name] = NODE_DIR / "tls" / path.name
        return (
            f"listeners.ssl.default = 127.0.0.1:{self.amqps_port}\n"
            f"ssl_options.cacertfile = {inside['ca']}\n"
            f"ssl_options.certfile = {inside['cert']}\n"
            f"ssl_options.keyfile = {inside['key']}\n"
            "ssl_options.verify = verify_none\n"
            "ssl_options.fail_if_no_peer_cert = false\n"
        )

    @property
    def env(self) -> dict[str, str]:
        """The node's environment inside its root, where its directory is NODE_DIR."""
        d = NODE_DIR
        return {
            "PATH": "/usr/sbin:/usr/bin:/sbin:/bin",
            "LANG": "C.UTF-8",
            "HOME": str(d),
            "RABBITMQ_NODENAME": self.node,
            "RABBITMQ_NODE_IP_ADDRESS": "127.0.0.1",
            "RABBITMQ_NODE_PORT": str(self.amqp_port),
            "RABBITMQ_DIST_PORT": str(self.dist_port),
            "RABBITMQ_MNESIA_BASE": str(d / "mnesia"),
            "RABBITMQ_LOG_BASE": str(d / "log"),
            "RABBITMQ_CONFIG_FILE": str(d / "rabbitmq.conf"),
            "RABBITMQ_ENABLED_PLUGINS_FILE": str(d / "enabled_plugins"),
            "RABBITMQ_PID_FILE": str(d / "rabbitmq.pid"),
            "RABBITMQ_CONF_ENV_FILE": str(d / "rabbitmq-env.conf"),
            "RABBITMQ_ADVANCED_CONFIG_FILE": str(d / "advanced.config"),
        }

    @functools.cached_property
    def root(self) -> Path:
        """RabbitMQ's trixie root, built once (tests/stack/thirdparty.py)."""
        return thirdparty.obtain("rabbitmq")

    def in_root(self, *argv: str) -> list[str]:
        """`argv` as run in RabbitMQ's trixie root, with this node's directory bound in."""
        return ["unshare", "--mount", "--", "sh", "-c", _IN_ROOT, "sh", str(self.root), str(self.dir), *argv]

    def start(self, timeout: float = 90) -> None:
        log = self.dir / "stdout.log"
        self.proc = subprocess.Popen(
            self.in_root(str(RABBITMQ_BIN / "rabbitmq-server")),
            env=self.env,
            cwd=self.dir,
            stdout=log.open("ab"),
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            self.ctl(
                "wait", "--timeout", str(int(timeout)), str(NODE_DIR / "rabbitmq.pid"), timeout=timeout + 5
            )
            self.ctl("await_startup", timeout=timeout)
            wait_ready(self._management_up, 30, "RabbitMQ management", log, self.proc)
        except (ServerError, subprocess.SubprocessError) as exc:
            self.stop()
            raise ServerError(f"RabbitMQ did not start: {exc}\n{tail(log)}") from exc

    def _management_up(self) -> bool:
        return self.api("GET", "/api/overview") is not None

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            with contextlib.suppress(Exception):
                self.ctl("stop", timeout=30)
        stop_group(self.proc)
        self.proc = None

    def ctl(self, *args: str, timeout: float = 60) -> str:
        """Runs rabbitmqctl against this node and returns its output."""
        out = subprocess.run(
            self.in_root(str(RABBITMQ_BIN / "rabbitmqctl"), "-n", self.node, *args),
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if out.returncode != 0:
            raise ServerError(
                f"rabbitmqctl {' '.join(args)} failed: {out.stderr.strip() or out.stdout.strip()}"
            )
        return out.stdout

    @property
    def management_url(self) -> str:
        return f"http://127.0.0.1:{self.management_port}"

    def api(self, method: str, path: str, body: Any = None) -> Any:
        """Calls the management HTTP API; returns the decoded JSON (None for an empty body)."""
        req = urllib.request.Request(
            f"{self.management_url}{path}",
            method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={"content-type": "application/json"},
        )
        auth = f"{self.user}:{self.password}".encode()
        req.add_header("authorization", "Basic " + base64.b64encode(auth).decode())
        with urllib.request.urlopen(req, timeout=10) as resp:
            raw = resp.read()
        return json.loads(raw) if raw else None

    def amqp_url(self, vhost: str = "/") -> str:
        return self.url_for(self.user, self.password, vhost)

    def url_for(self, user: str, password: str, vhost: str) -> str:
        """aio-pika's URL of a login: AMQPS (`cafile` names the CA, as aio-pika reads it) with TLS."""
        url = (
            topology.amqp_url(tls_certs.HOST, self.amqps_port, user, password, vhost)
            if self.tls
            else (topology.amqp_url("127.0.0.1", self.amqp_port, user, password, vhost))
        )
        if self.tls:
            return (
                url.replace("amqp://", "amqps://", 1) + "?" + urllib.parse.urlencode({"cafile": self.tls.ca})
            )
        return url

    def client_env(self) -> dict[str, str]:
        """AMQP_* of a service under test, but for the login (AMQPS with TLS)."""
        if not self.tls:
            return {"AMQP_HOST": "127.0.0.1", "AMQP_PORT": str(self.amqp_port)}
        return {
            "AMQP_HOST": tls_certs.HOST,
            "AMQP_PORT": str(self.amqps_port),
            "AMQP_TLS": "true",
            "AMQP_CA_FILE": str(self.tls.ca),
        }

    def new_vhost(self, prefix: str = "t-") -> str:
        """Creates a fresh vhost, grants the test user full access, and returns its name."""
        name = unique(prefix)
        q = urllib.parse.quote(name, safe="")
        self.api("PUT", f"/api/vhosts/{q}", {})
        self.api("PUT", f"/api/permissions/{q}/{self.user}", {"configure": ".*", "write": ".*", "read": ".*"})
        return name

    def close_connections(self, vhost: str, reason: str = "closed by test") -> None:
        """Forcibly closes every client connection to `vhost`, as an operator or a network fault
        would. rabbitmqctl acts at once; the management API's connection list lags by seconds."""
        self.ctl("close_all_connections", "-p", vhost, reason)


@dataclasses.dataclass(frozen=True)
class BucketTokens:
    """The least-privilege tokens of one bucket, made by the chart's own setup code."""

    write: str
    """The consumer's: write-only."""
    read: str
    """The API's: read-only."""


def _chart_influxdb_env() -> dict[str, str]:
    """The plain environment of the chart's InfluxDB container, from the synthesized manifests."""
    for doc in yaml.safe_load_all((DIST / "timeseries.k8s.yaml").read_text()):
        if doc and doc["kind"] == "StatefulSet" and doc["metadata"]["name"] == "influxdb":
            container = doc["spec"]["template"]["spec"]["containers"][0]
            return {e["name"]: e["value"] for e in container.get("env", []) if "value" in e}
    raise ServerError(f"no InfluxDB StatefulSet in {DIST}")


_DURATION = re.compile(r"(\d+)(ns|us|µs|ms|s|m|h|d|w)")
_SECONDS = {
    "ns": 1e-9,
    "us": 1e-6,
    "µs": 1e-6,
    "ms": 1e-3,
    "s": 1,
    "m": 60,
    "h": 3600,
    "d": 86400,
    "w": 604800,
}


def duration_seconds(text: str) -> int:
    """An InfluxDB duration (`30d`, `1w2d`, `0` for infinite) in seconds, as the influx CLI reads it."""
    if text == "0":
        return 0
    parts = _DURATION.findall(text)
    if not parts or "".join(n + u for n, u in parts) != text:
        raise ValueError(f"not an InfluxDB duration: {text!r}")
    return int(sum(int(n) * _SECONDS[u] for n, u in parts))


class InfluxServer:
    """InfluxDB 2.x (`influxd`, built by tests.stack.thirdparty at the chart's version).

    Its bolt, engine and sqlite files live in a private directory; it serves one free loopback
    port. The first start sets it up as the image's init does with the chart's
    DOCKER_INFLUXDB_INIT_* values (org, bucket, retention, admin user and operator token),
    and the chart's INFLUXD_* settings apply. Tests use a fresh bucket each (`new_bucket`),
    with a write-only and a read-only token made by the chart's own token setup code.
    """

    def __init__(self, base: Path, tls: tls_certs.Certs | None = None) -> None:
        """With `tls`: https only (influxd --tls-cert/--tls-key), verified by every client here."""
        self.dir = base / "influxdb"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.tls = tls
        self.context = ssl.create_default_context(cafile=str(tls.ca)) if tls else None
        self.port = free_port()
        chart = _chart_influxdb_env()
        self.org = chart["DOCKER_INFLUXDB_INIT_ORG"]
        self.bucket = chart["DOCKER_INFLUXDB_INIT_BUCKET"]
        self.retention_s = duration_seconds(chart["DOCKER_INFLUXDB_INIT_RETENTION"])
        self.username = chart["DOCKER_INFLUXDB_INIT_USERNAME"]
        self.password = secrets.token_urlsafe(16)
        self.operator_token = secrets.token_urlsafe(32)
        d = self.dir
        self.env = {
            **os.environ,
            **{k: v for k, v in chart.items() if k.startswith("INFLUXD_")},
            "INFLUXD_BOLT_PATH": str(d / "influxd.bolt"),
            "INFLUXD_ENGINE_PATH": str(d / "engine"),
            "INFLUXD_SQLITE_PATH": str(d / "influxd.sqlite"),
            "INFLUXD_HTTP_BIND_ADDRESS": f"127.0.0.1:{self.port}",
            "INFLUXD_LOG_LEVEL": "warn",
            "HOME": str(d),
        }
        if tls:
            self.env |= {"INFLUXD_TLS_CERT": str(tls.cert), "INFLUXD_TLS_KEY": str(tls.key)}
        self.admin = influx_tokens.InfluxAdmin(
            self.url, self.operator_token, timeout=30, context=self.context
        )
        self.proc: subprocess.Popen[bytes] | None = None
        self._tokens: dict[str, BucketTokens] = {}

    @property
    def url(self) -> str:
        """The base URL: /api/v2/* (writes, setup), /query (InfluxQL, v1 compatible), /health."""
        return f"https://{tls_certs.HOST}:{self.port}" if self.tls else f"http://127.0.0.1:{self.port}"

    def client_env(self) -> dict[str, str]:
        """INFLUX_URL (and INFLUX_CA_FILE with TLS) of a service under test."""
        return {"INFLUX_URL": self.url, **({"INFLUX_CA_FILE": str(self.tls.ca)} if self.tls else {})}

    def connection(self, token: str) -> InfluxSettings:
        """The connection settings of an in-process client under test (verified TLS with TLS)."""
        return InfluxSettings.from_env({**self.client_env(), "INFLUX_TOKEN": token})

    def start(self, timeout: float = 120) -> None:
        """Starts influxd (set up on first start); data, tokens and port survive a restart.
        (Ready in about 0.3 s on a quiet machine; the ceiling is for a loaded one.)"""
        log = self.dir / "influxd.log"
        self.proc = subprocess.Popen(
            [str(thirdparty.obtain("influxd")), "run"],
            env=self.env,
            cwd=self.dir,
            stdout=log.open("ab"),
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        wait_ready(lambda: http_ok(f"{self.url}/health", self.context), timeout, "influxd", log, self.proc)
        if self.admin.call("GET", "/api/v2/setup")["allowed"]:
            self._setup()

    def _setup(self) -> None:
        """What the image's entrypoint does with DOCKER_INFLUXDB_INIT_MODE=setup (`influx setup`)."""
        self.admin.call(
            "POST",
            "/api/v2/setup",
            {
                "username": self.username,
                "password": self.password,
                "org": self.org,
                "bucket": self.bucket,
                "retentionPeriodSeconds": self.retention_s,
                "token": self.operator_token,
            },
        )

    def stop(self) -> None:
        stop_group(self.proc)
        self.proc = None

    def new_bucket(self, prefix: str = "t_") -> str:
        """A fresh bucket (tokens for it: `tokens`); it keeps its data forever, as the tests
        write points with fixed timestamps long past any retention."""
        name = unique(prefix)
        org_id = self.admin.org_id(self.org)
        self.admin.call("POST", "/api/v2/buckets", {"orgID": org_id, "name": name, "retentionRules": []})
        return name

    def tokens(self, bucket: str) -> BucketTokens:
        """The bucket's tokens, made on first use as the chart's influxdb-tokens Job makes them."""
        if bucket not in self._tokens:
            store = influx_tokens.MemorySecrets()
            influx_tokens.reconcile(
                self.admin, store, self.org, bucket, influx_tokens.grants("write", "read")
            )
            self._tokens[bucket] = BucketTokens(write=store["write"], read=store["read"])
        return self._tokens[bucket]

    def drop_bucket(self, bucket: str) -> None:
        bucket_id = self.admin.bucket_id(self.admin.org_id(self.org), bucket)
        self.admin.call("DELETE", f"/api/v2/buckets/{bucket_id}")

    def write(self, bucket: str, lines: str | bytes, token: str | None = None) -> None:
        """Writes line protocol (ns precision) to /api/v2/write, by default with the bucket's write token."""
        body = lines.encode() if isinstance(lines, str) else lines
        params = urllib.parse.urlencode({"org": self.org, "bucket": bucket, "precision": "ns"})
        request = urllib.request.Request(
            f"{self.url}/api/v2/write?{params}",
            data=body,
            method="POST",
            headers={"Authorization": f"Token {token or self.tokens(bucket).write}"},
        )
        with urllib.request.urlopen(request, timeout=30, context=self.context):
            pass

    def query(self, db: str, influxql: str, epoch: str = "ns", token: str | None = None) -> dict[str, Any]:
        """Runs InfluxQL on the v1 /query path (db = the bucket's name, through 2.x's virtual
        DBRP mapping), by default with the bucket's read token; returns the raw JSON answer."""
        params = urllib.parse.urlencode({"db": db, "q": influxql, "epoch": epoch})
        request = urllib.request.Request(f"{self.url}/query", data=params.encode(), method="POST")
        request.add_header("content-type", "application/x-www-form-urlencoded")
        request.add_header("authorization", f"Token {token or self.tokens(db).read}")
        with urllib.request.urlopen(request, timeout=30, context=self.context) as resp:
            result: dict[str, Any] = json.loads(resp.read())
        return result


class Servers:
    """RabbitMQ and InfluxDB together in one private directory; `close()` removes it all."""

    def __init__(
        self,
        base: Path | None = None,
        keep: bool = False,
        tls: bool = False,
        consumer_timeout_ms: int = CONSUMER_TIMEOUT_MS,
    ) -> None:
        """`tls`: both serve TLS with certificates made for this run, standing in for external engines."""
        self.base = base or Path(tempfile.mkdtemp(prefix="ts-stack-"))
        self.keep = keep
        self.tls = tls_certs.make(self.base / "tls") if tls else None
        self.rabbitmq = RabbitMQServer(self.base, self.tls, consumer_timeout_ms)
        self.influx = InfluxServer(self.base, self.tls)

    def close(self) -> None:
        self.rabbitmq.stop()
        self.influx.stop()
        if not self.keep:
            shutil.rmtree(self.base, ignore_errors=True)


def require_binaries() -> None:
    """Fails fast, with the fix, when the Debian packages are missing."""
    missing = [b for b in ("nginx", "unshare", "chroot") if shutil.which(b) is None]
    if missing:
        raise ServerError(f"missing {', '.join(missing)}: run `make setup` (installs the Debian packages)")
