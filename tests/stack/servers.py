"""Real RabbitMQ, InfluxDB and nginx processes for the tests and the local stack.

Each server runs from the Debian packages on free loopback ports, with its data, logs and
configuration in a private directory, so several test runs (or another RabbitMQ on the
machine) never interfere. Nothing here is a fake: the tests talk to the real servers.

InfluxDB: the Debian package is 1.6.7, which lacks `/api/v2/write`. An nginx in front maps
`/api/v2/write?bucket=B&precision=P` to `/write?db=B&precision=…` (DESIGN.md, storage), so
influxdb-client writes to it unchanged; everything else is proxied as is.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

RABBITMQ_BIN = Path("/usr/lib/rabbitmq/bin")


class ServerError(RuntimeError):
    """A server did not start or answer; the message includes the tail of its log."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
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


def http_ok(url: str) -> bool:
    """Whether `url` answers 200 within two seconds (an HTTP error status raises)."""
    with urllib.request.urlopen(url, timeout=2) as resp:
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


class RabbitMQServer:
    """A private RabbitMQ node with the management plugin, and a non-guest user for the harness:
    an administrator that may also impersonate (set any user_id), so a test or the e2e suite can
    publish a message as a given owner's own publisher would. No chart user has that tag."""

    def __init__(self, base: Path) -> None:
        self.dir = base / "rabbitmq"
        self.dir.mkdir(parents=True, exist_ok=True)
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
        )
        (self.dir / "enabled_plugins").write_text("[rabbitmq_management].\n")

    @property
    def env(self) -> dict[str, str]:
        d = self.dir
        return {
            **os.environ,
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

    def start(self, timeout: float = 90) -> None:
        log = self.dir / "stdout.log"
        self.proc = subprocess.Popen(
            [str(RABBITMQ_BIN / "rabbitmq-server")],
            env=self.env,
            cwd=self.dir,
            stdout=log.open("ab"),
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            self.ctl(
                "wait", "--timeout", str(int(timeout)), str(self.dir / "rabbitmq.pid"), timeout=timeout + 5
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
            [str(RABBITMQ_BIN / "rabbitmqctl"), "-n", self.node, *args],
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
        quoted = urllib.parse.quote(vhost, safe="")
        return f"amqp://{self.user}:{self.password}@127.0.0.1:{self.amqp_port}/{quoted}"

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


class InfluxServer:
    """InfluxDB 1.6.7 (`influxd`) plus the nginx that maps the v2 write API onto it."""

    def __init__(self, base: Path) -> None:
        self.dir = base / "influxdb"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.http_port = free_port()
        self.rpc_port = free_port()
        self.nginx_port = free_port()
        self.influxd: subprocess.Popen[bytes] | None = None
        self.nginx: subprocess.Popen[bytes] | None = None
        d = self.dir
        (d / "influxdb.conf").write_text(
            f'reporting-disabled = true\nbind-address = "127.0.0.1:{self.rpc_port}"\n'
            f'[meta]\n  dir = "{d}/meta"\n'
            f'[data]\n  dir = "{d}/data"\n  wal-dir = "{d}/wal"\n  query-log-enabled = false\n'
            f'[http]\n  bind-address = "127.0.0.1:{self.http_port}"\n  log-enabled = false\n'
            "  max-body-size = 0\n"
            "[monitor]\n  store-enabled = false\n"
            "[continuous_queries]\n  enabled = false\n"
            '[logging]\n  level = "warn"\n'
        )
        (d / "nginx").mkdir(exist_ok=True)
        (d / "nginx.conf").write_text(self._nginx_conf())

    def _nginx_conf(self) -> str:
        n = self.dir / "nginx"
        return f"""
daemon off;
worker_processes 1;
pid {n}/nginx.pid;
error_log {n}/error.log warn;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  client_body_temp_path {n}/body;
  proxy_temp_path {n}/proxy;
  fastcgi_temp_path {n}/fastcgi;
  uwsgi_temp_path {n}/uwsgi;
  scgi_temp_path {n}/scgi;
  client_max_body_size 0;
  # v2 bucket "db" or "db/rp" (also percent-encoded) -> v1 db and rp.
  map $arg_bucket $v1_db {{
    ~^(?<db>[^/%]+)(/|%2[Ff]) $db;
    default $arg_bucket;
  }}
  map $arg_bucket $v1_rp {{
    ~^[^/%]+(/|%2[Ff])(?<rp>.+)$ $rp;
    default "";
  }}
  map $arg_precision $v1_precision {{
    ns n; us u; ms ms; s s;
    default n;
  }}
  upstream influxd {{ server 127.0.0.1:{self.http_port}; keepalive 16; }}
  server {{
    listen 127.0.0.1:{self.nginx_port};
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_request_buffering off;
    location = /api/v2/write {{
      proxy_pass http://influxd/write?db=$v1_db&rp=$v1_rp&precision=$v1_precision;
    }}
    location / {{
      proxy_pass http://influxd;
    }}
  }}
}}
"""

    @property
    def query_url(self) -> str:
        """influxd itself: /ping, /query (InfluxQL), /write (v1)."""
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def write_url(self) -> str:
        """The nginx mapping: the `url` for influxdb-client (serves /api/v2/write)."""
        return f"http://127.0.0.1:{self.nginx_port}"

    def start(self, timeout: float = 30) -> None:
        """Starts influxd (and nginx, the first time); data and ports survive a restart."""
        log = self.dir / "influxd.log"
        self.influxd = subprocess.Popen(
            ["influxd", "run", "-config", str(self.dir / "influxdb.conf")],
            stdout=log.open("ab"),
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        wait_ready(lambda: self._get(f"{self.query_url}/ping") == 204, timeout, "influxd", log, self.influxd)
        if self.nginx is None or self.nginx.poll() is not None:
            nlog = self.dir / "nginx" / "error.log"
            self.nginx = subprocess.Popen(
                ["nginx", "-e", str(nlog), "-p", str(self.dir / "nginx"), "-c", str(self.dir / "nginx.conf")],
                stdout=nlog.open("ab"),
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
            wait_ready(lambda: self._get(f"{self.write_url}/ping") == 204, timeout, "nginx", nlog, self.nginx)

    def stop(self) -> None:
        """Stops influxd only: clients of the write mapping then get 502, as from a down backend."""
        stop_group(self.influxd)
        self.influxd = None

    def shutdown(self) -> None:
        self.stop()
        stop_group(self.nginx)
        self.nginx = None

    @staticmethod
    def _get(url: str) -> int:
        with urllib.request.urlopen(url, timeout=2) as resp:
            status: int = resp.status
            return status

    def query(self, db: str, influxql: str, epoch: str = "ns") -> dict[str, Any]:
        """Runs InfluxQL on influxd and returns the raw JSON answer."""
        params = urllib.parse.urlencode({"db": db, "q": influxql, "epoch": epoch})
        req = urllib.request.Request(f"{self.query_url}/query", data=params.encode(), method="POST")
        req.add_header("content-type", "application/x-www-form-urlencoded")
        with urllib.request.urlopen(req, timeout=30) as resp:
            result: dict[str, Any] = json.loads(resp.read())
        return result

    def new_database(self, prefix: str = "t_") -> str:
        name = unique(prefix)
        self.query(name, f'CREATE DATABASE "{name}"')
        return name


class Servers:
    """RabbitMQ and InfluxDB together in one private directory; `close()` removes it all."""

    def __init__(self, base: Path | None = None, keep: bool = False) -> None:
        self.base = base or Path(tempfile.mkdtemp(prefix="ts-stack-"))
        self.keep = keep
        self.rabbitmq = RabbitMQServer(self.base)
        self.influx = InfluxServer(self.base)

    def close(self) -> None:
        self.rabbitmq.stop()
        self.influx.shutdown()
        if not self.keep:
            shutil.rmtree(self.base, ignore_errors=True)


def require_binaries() -> None:
    """Fails fast, with the fix, when the Debian packages are missing."""
    missing = [
        b
        for b in (str(RABBITMQ_BIN / "rabbitmq-server"), "influxd", "nginx")
        if shutil.which(b) is None and not Path(b).exists()
    ]
    if missing:
        raise ServerError(f"missing {', '.join(missing)}: run `make setup` (installs the Debian packages)")
