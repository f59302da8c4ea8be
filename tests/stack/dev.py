"""The whole topology on this machine, without Kubernetes: `make dev`, `make up`, `make down`.

    python -m tests.stack.dev            # foreground: prints the URL and demo users; Ctrl-C stops all
    python -m tests.stack.dev up         # the same in the background; writes .run/stack.json
    python -m tests.stack.dev down       # stops what `up` started

Runs, each as a real process on free loopback ports: RabbitMQ set up as the chart's boots
(tests/stack/broker.py: the consumer takes the owner from the broker-verified user_id, and each
demo publisher logs in as its owner's own broker user, made by `make publisher-user`'s code),
InfluxDB 2.7 set up as the chart sets it up (the consumer with a write-only and the API with a
read-only token; tests/stack/servers.py), the consumer, the API (REST + gRPC-Web, native gRPC),
Keycloak with the chart's dev realm and its demo users alice, bob and admin
(tests/stack/keycloak.py; the realm also admits this gateway's origin and, for the e2e suite,
shorter-lived tokens, both through chart config values), oauth2-proxy with the chart's arguments
in front of the API's REST and gRPC-Web paths (tests/stack/oauth2_proxy.py), nginx as the Gateway
with the chart's HTTPRoute in front of the SPA's own nginx configuration (tests/stack/gateway.py)
on a stable port, and the publisher: a real-world dataset each for alice and bob, live host
metrics for admin.
Everything lives in one directory under .run/ (data and logs), removed on stop.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chart import oauth2_proxy as chart_proxy
from chart.realm import DEMO_USER_IDS, DEMO_USERS
from tests.stack.broker import ADMIN_USER, CONSUMER_USER, BrokerVhost
from tests.stack.gateway import ROOT, SpaNginx
from tests.stack.keycloak import KeycloakServer, sign_in
from tests.stack.oauth2_proxy import OAuth2ProxyServer, chart_addresses
from tests.stack.servers import (
    ServerError,
    Servers,
    free_port,
    http_ok,
    require_binaries,
    stop_group,
    tail,
    wait_ready,
)

RUN_DIR = ROOT / ".run"
STATE = RUN_DIR / "stack.json"
# `make dev`'s gateway port, the same every time so a bookmark keeps working (DEV_PORT overrides).
DEFAULT_PORT = 8480
#: Demo user -> the owner its publisher publishes as: the fixed Keycloak id, the `sub` of its tokens.
DEMO_OWNERS: Mapping[str, str] = DEMO_USER_IDS


@dataclass
class Service:
    """One of the project's own processes (`python -m services.<name>` and the like)."""

    name: str
    argv: list[str]
    env: dict[str, str]
    log: Path
    ready_url: str | None = None
    proc: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    def start(self, timeout: float = 60) -> None:
        self.log.parent.mkdir(parents=True, exist_ok=True)
        self.proc = subprocess.Popen(
            self.argv,
            cwd=ROOT,
            env={**os.environ, "PYTHONUNBUFFERED": "1", **self.env},
            stdin=subprocess.DEVNULL,
            stdout=self.log.open("ab"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        if self.ready_url:
            self.wait_ready(timeout)

    def wait_ready(self, timeout: float) -> None:
        url = str(self.ready_url)
        wait_ready(lambda: http_ok(url), timeout, self.name, self.log, self.proc)

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self) -> None:
        stop_group(self.proc)
        self.proc = None


class Stack:
    """Starts the topology in dependency order; `stop()` ends every process and removes the data."""

    def __init__(
        self,
        base: Path,
        gateway_port: int | None = None,
        access_ttl_s: int = 600,
        owners: Mapping[str, str] = DEMO_OWNERS,
    ) -> None:
        """`gateway_port`: None for DEFAULT_PORT (or a free one when it is taken), 0 for any free one."""
        self.base = base
        self.owners = owners
        self.gateway_port = choose_port(gateway_port)
        self.access_ttl_s = access_ttl_s
        self.servers: Servers | None = None
        self.idp: KeycloakServer | None = None
        self.oauth2_proxy: OAuth2ProxyServer | None = None
        self.gateway: SpaNginx | None = None
        self.services: list[Service] = []
        self.state: dict[str, Any] = {}

    @property
    def gateway_url(self) -> str:
        return f"http://localhost:{self.gateway_port}"

    def start(self, log: Callable[[str], None] = print) -> dict[str, Any]:
        require_binaries()
        shutil.rmtree(self.base, ignore_errors=True)
        self.base.mkdir(parents=True)
        logs = self.base / "logs"
        py = sys.executable

        log("starting RabbitMQ and InfluxDB …")
        self.servers = Servers(self.base / "servers")
        self.servers.rabbitmq.start()
        self.servers.influx.start()
        rabbit, influx = self.servers.rabbitmq, self.servers.influx
        broker = BrokerVhost(rabbit, prefix="dev-")
        vhost = broker.vhost
        database = influx.bucket  # the chart's, made by the setup (with the chart's retention)
        grants = influx.tokens(database)

        log("starting Keycloak …")
        self.idp = KeycloakServer(
            self.base,
            overrides=[
                f"identity.local_origin={self.gateway_url}",
                f"identity.access_token_lifespan_s={self.access_ttl_s}",
            ],
        )
        self.idp.start()

        consumer_port, api_port, grpc_port = free_port(), free_port(), free_port()
        consumer = Service(
            "consumer",
            [py, "-m", "services.consumer"],
            {
                "AMQP_HOST": "127.0.0.1",
                "AMQP_PORT": str(rabbit.amqp_port),
                "AMQP_USER": CONSUMER_USER,
                "AMQP_PASSWORD": broker.consumer_password,
                "AMQP_VHOST": vhost,
                "INFLUX_URL": influx.url,
                "INFLUX_TOKEN": grants.write,
                "INFLUX_ORG": influx.org,
                "INFLUX_BUCKET": database,
                "HTTP_PORT": str(consumer_port),
            },
            logs / "consumer.log",
            ready_url=f"http://127.0.0.1:{consumer_port}/readyz",
        )
        api = Service(
            "api",
            [py, "-m", "services.api"],
            {
                "INFLUX_URL": influx.url,
                "INFLUX_TOKEN": grants.read,
                "INFLUX_DB": database,
                "OIDC_ISSUER": self.idp.issuer,
                "HTTP_PORT": str(api_port),
                "GRPC_PORT": str(grpc_port),
            },
            logs / "api.log",
            ready_url=f"http://127.0.0.1:{api_port}/readyz",
        )
        for service in (consumer, api):
            log(f"starting the {service.name} …")
            self.services.append(service)
            service.start()

        log("starting oauth2-proxy …")
        api_url = f"http://127.0.0.1:{api_port}"
        self.oauth2_proxy = OAuth2ProxyServer(
            self.base, chart_addresses(self.idp.url, api_url, self.gateway_url), self.idp.secret
        )
        self.oauth2_proxy.start()

        log("starting the gateway and the SPA …")
        self.gateway = SpaNginx(
            self.base,
            {"issuer": self.idp.issuer, "clientId": "timeseries-spa", "apiBaseUrl": ""},
            backends={(chart_proxy.NAME, chart_proxy.HTTP_PORT): self.oauth2_proxy.url},
            port=self.gateway_port,
        )
        self.gateway.start()

        for name, argv in publisher_commands(broker.publisher_url, self.owners):
            service = Service(name, [py, "-m", "services.publisher", *argv], {}, logs / f"{name}.log")
            log(f"starting the {name} …")
            self.services.append(service)
            service.start()

        self.state = {
            "pid": os.getpid(),
            "gateway_url": self.gateway_url,
            "api_url": api_url,
            "oauth2_proxy_url": self.oauth2_proxy.url,
            "grpc_target": f"127.0.0.1:{grpc_port}",
            "issuer_url": self.idp.issuer,
            "redirect_uri": f"{self.gateway_url}/",
            "keycloak_admin_password": self.idp.admin_password,
            "access_token_ttl_s": self.access_ttl_s,
            "amqp_vhost": vhost,
            "amqp_port": rabbit.amqp_port,
            "rabbitmq_management_url": f"http://127.0.0.1:{rabbit.management_port}",
            "rabbitmq_user": rabbit.user,
            "rabbitmq_password": rabbit.password,
            "rabbitmq_admin_user": ADMIN_USER,
            "rabbitmq_admin_password": broker.admin_password,
            "influx_url": influx.url,
            "influx_org": influx.org,
            "influx_db": database,
            # Read-only, as the API's: InfluxQL on <influx_url>/query?db=<influx_db>.
            "influx_token": grants.read,
            "consumer_url": f"http://127.0.0.1:{consumer_port}",
            "users": [
                {
                    "username": name,
                    "id": DEMO_USER_IDS[name],
                    "password": self.idp.demo_password,
                    "roles": roles,
                }
                for name, roles in DEMO_USERS.items()
            ],
            "logs": str(logs),
        }
        return self.state

    def exited(self) -> list[Service]:
        """Services that exited on their own (a dataset publisher that is done exits with 0)."""
        return [s for s in self.services if s.proc is not None and not s.alive]

    def stop(self) -> None:
        for service in reversed(self.services):
            service.stop()
        self.services.clear()
        if self.gateway:
            self.gateway.stop()
        if self.oauth2_proxy:
            self.oauth2_proxy.stop()
        if self.idp:
            self.idp.stop()
        if self.servers:
            self.servers.close()
        shutil.rmtree(self.base, ignore_errors=True)


def choose_port(requested: int | None) -> int:
    """A port given is used as given (0: any free one); by default DEFAULT_PORT, unless
    something else listens there (then a free one, and the banner shows which)."""
    if requested is not None:
        return requested or free_port()
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", DEFAULT_PORT))
        except OSError:
            return free_port()
    return DEFAULT_PORT


def publisher_commands(url: Callable[[str], str], owners: Mapping[str, str]) -> list[tuple[str, list[str]]]:
    """The demo's publishers, each logged in (`url(owner)`) as its owner's own broker user, which
    is the owner: a real-world dataset each for alice and bob (shifted to end now; they exit
    when published), live host metrics for admin every second."""
    sources = {
        "alice": ["dataset", "--name", "seattle-temps"],
        "bob": ["dataset", "--name", "seattle-weather"],
        "admin": ["host", "--interval", "1"],
    }
    return [
        (f"publisher-{user}", ["--url", url(owners[user]), "--quiet", *argv])
        for user, argv in sources.items()
    ]


def banner(state: dict[str, Any]) -> str:
    users = "\n".join(
        f"    {u['username']:<6} {u['password']:<34} {u['id']}  {', '.join(u['roles'])}"
        for u in state["users"]
    )
    return f"""
The timeseries topology is up.

  Open   {state["gateway_url"]}
  Users  (name, password, owner id, roles; `make token USER=alice` prints an access token)
{users}

  API    {state["api_url"]} (REST, gRPC-Web; through the gateway via oauth2-proxy {state["oauth2_proxy_url"]})
         gRPC {state["grpc_target"]}
  OIDC   {state["issuer_url"]} (Keycloak)
  AMQP   127.0.0.1:{state["amqp_port"]} vhost {state["amqp_vhost"]}
  A publisher's broker user (prints its password once):
    RABBITMQ_API_URL={state["rabbitmq_management_url"]} RABBITMQ_VHOST={state["amqp_vhost"]} \\
    RABBITMQ_ADMIN_USER={state["rabbitmq_admin_user"]} \\
    RABBITMQ_ADMIN_PASSWORD={state["rabbitmq_admin_password"]} make publisher-user OWNER=<owner>
  Influx {state["influx_url"]} (database {state["influx_db"]})
  Logs   {state["logs"]}
"""


def run_foreground(
    gateway_port: int | None, state_file: Path | None, access_ttl_s: int, background: bool = False
) -> int:
    """Starts the stack, writes `state_file` (so `make token` works with `make dev` too, unless
    another live stack owns it), waits for SIGINT/SIGTERM, stops everything. `background`: run
    by `up`, stopped by `make down`."""
    if state_file and not background and _live_pid(state_file):
        print(f"another stack is up ({state_file}); this one writes no state file", flush=True)
        state_file = None
    stop = False

    def on_signal(signum: int, frame: object) -> None:
        nonlocal stop
        stop = True

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    stack = Stack(RUN_DIR / f"stack-{os.getpid()}", gateway_port, access_ttl_s)
    reported: set[str] = set()
    try:
        state = stack.start(log=lambda m: print(m, flush=True))
        if state_file:
            state_file.parent.mkdir(parents=True, exist_ok=True)
            tmp = state_file.with_suffix(".tmp")
            tmp.write_text(json.dumps(state, indent=2) + "\n")
            tmp.replace(state_file)
        print(banner(state), flush=True)
        print("Stop with `make down`." if background else "Press Ctrl-C to stop everything.", flush=True)
        while not stop:
            for service in stack.exited():
                if service.name in reported or service.proc is None:
                    continue
                reported.add(service.name)
                if service.proc.returncode == 0:
                    print(f"{service.name} finished.", flush=True)
                else:
                    print(f"warning: {service.name} exited; log tail:\n{tail(service.log, 10)}", flush=True)
            time.sleep(0.5)
        return 0
    except ServerError as exc:
        print(f"error: {exc}", file=sys.stderr, flush=True)
        return 1
    finally:
        print("stopping …", flush=True)
        stack.stop()
        if state_file:
            with contextlib.suppress(FileNotFoundError):
                state_file.unlink()
        print("stopped.", flush=True)


def up(gateway_port: int | None, state_file: Path, timeout: float, access_ttl_s: int) -> int:
    """Starts the foreground runner detached and returns once it wrote the state file."""
    pid = _live_pid(state_file)
    if pid:
        print(f"already up (pid {pid}); `make down` first. State: {state_file}")
        return 1
    state_file.unlink(missing_ok=True)
    state_file.parent.mkdir(parents=True, exist_ok=True)
    log = state_file.with_suffix(".log")
    argv = [sys.executable, "-m", "tests.stack.dev", "run", "--background", "--state", str(state_file)]
    argv += ["--access-ttl", str(access_ttl_s)]
    if gateway_port is not None:
        argv += ["--port", str(gateway_port)]
    proc = subprocess.Popen(
        argv,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.monotonic() + timeout
    while not state_file.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            print(f"the stack did not come up; log {log}:\n{tail(log, 40)}", file=sys.stderr)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(60)
            return 1
        time.sleep(0.3)
    print(banner(json.loads(state_file.read_text())))
    print(f"State: {state_file}   Log: {log}   Stop with `make down`.")
    return 0


def down(state_file: Path, timeout: float = 120) -> int:
    if not state_file.exists():
        print("not up.")
        return 0
    pid = int(json.loads(state_file.read_text())["pid"])
    if _alive(pid):
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        if _alive(pid):
            print(f"pid {pid} did not stop in {timeout:.0f}s; killing its process group", file=sys.stderr)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGKILL)
    with contextlib.suppress(FileNotFoundError):
        state_file.unlink()
    print("down.")
    return 0


def token(state_file: Path, username: str) -> int:
    """Prints an access token of demo user `username` of the running stack, from its Keycloak:
    signed in on Keycloak's login form (code + PKCE), as the SPA signs in."""
    if not state_file.exists():
        print("not up: run `make up` first.", file=sys.stderr)
        return 1
    state = json.loads(state_file.read_text())
    user = next((u for u in state["users"] if u["username"] == username), None)
    if user is None:
        known = ", ".join(u["username"] for u in state["users"])
        print(f"unknown user {username!r} (demo users: {known})", file=sys.stderr)
        return 2
    try:
        tokens = sign_in(state["issuer_url"], state["redirect_uri"], username, user["password"])
    except ServerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(tokens["access_token"])
    return 0


def _live_pid(state_file: Path) -> int | None:
    """The pid of the live stack that wrote `state_file`, if any."""
    if not state_file.exists():
        return None
    pid = json.loads(state_file.read_text()).get("pid")
    return pid if pid and _alive(pid) else None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie (exited, not yet reaped) counts as gone.
    with contextlib.suppress(OSError):
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    return True


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.stack.dev", description=__doc__.split("\n\n")[0])
    parser.add_argument("command", nargs="?", default="run", choices=["run", "up", "down", "token"])
    parser.add_argument("user", nargs="?", default="alice", help="demo user of `token` (default alice)")
    parser.add_argument(
        "--port",
        type=int,
        default=None,
        help=f"gateway port (default {DEFAULT_PORT}, or a free one when that is taken; 0: any free one)",
    )
    parser.add_argument("--state", type=Path, default=None, help=f"state file (default for up/down: {STATE})")
    parser.add_argument("--timeout", type=float, default=600, help="seconds `up` waits for the stack")
    parser.add_argument("--access-ttl", type=int, default=600, help="access token lifetime, seconds")
    parser.add_argument("--background", action="store_true", help=argparse.SUPPRESS)  # set by `up`
    args = parser.parse_args(argv)
    if args.command == "up":
        return up(args.port, args.state or STATE, args.timeout, args.access_ttl)
    if args.command == "down":
        return down(args.state or STATE)
    if args.command == "token":
        return token(args.state or STATE, args.user)
    return run_foreground(args.port, args.state or STATE, args.access_ttl, args.background)


if __name__ == "__main__":
    raise SystemExit(main())
