"""oauth2-proxy, built from its Go module at the chart's version, started with the chart's args.

    proxy = OAuth2ProxyServer(base, addresses, secrets)   # addresses: chart URL -> local URL
    proxy.start(); proxy.url                              # e.g. http://127.0.0.1:41234

The command line is the dev Deployment's container args (tests/stack/manifests.py) with only its
addresses rewritten: the Service names and public hosts the chart writes (`http://api:8080`,
`http://keycloak:8080`, `https://auth.<domain>`, `https://<domain>`) to where the local servers
listen, and its listen address `0.0.0.0:4180` to a free loopback port. The environment is the
Deployment's, with the Secrets' values the caller supplies (the Keycloak client secret must be
the one the realm was imported with: KeycloakServer.secret). Readiness is the Deployment's
own readiness probe.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from chart import api as chart_api
from chart import keycloak as chart_keycloak
from tests.stack import manifests, thirdparty
from tests.stack.servers import free_port, http_ok, stop_group, wait_ready

NAME = "oauth2-proxy"


def chart_addresses(keycloak: str, api: str, gateway: str) -> dict[str, str]:
    """Each address the chart gives oauth2-proxy -> its local server: Keycloak answers at both
    its public host and its Service (the issuer is `<keycloak>/realms/timeseries`), the API's
    Service is the local API, and the app host (the login's redirect target) is the gateway."""
    config = manifests.config()
    return {
        f"https://{config.auth_host}": keycloak,
        f"http://{chart_keycloak.NAME}:{chart_keycloak.HTTP_PORT}": keycloak,
        f"http://{chart_api.NAME}:{chart_api.HTTP_PORT}": api,
        f"https://{config.app_host}": gateway,
    }


def rewrite(args: Sequence[str], addresses: Mapping[str, str]) -> list[str]:
    """`args` with every address in `addresses` replaced (longest first, so a host is never
    rewritten inside a longer one that has its own entry)."""
    ordered = sorted(addresses.items(), key=lambda item: len(item[0]), reverse=True)

    def one(arg: str) -> str:
        for chart, local in ordered:
            arg = arg.replace(chart, local)
        return arg

    return [one(arg) for arg in args]


class OAuth2ProxyServer:
    def __init__(self, base: Path, addresses: Mapping[str, str], secret: Callable[[str, str], str]) -> None:
        """`addresses`: each chart address (scheme://host[:port]) to its local replacement;
        `secret(name, key)`: the value of a Secret's key (the realm's, for the client secret)."""
        self.dir = base / NAME
        self.dir.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        deployment = manifests.named("Deployment", NAME)
        spec = manifests.container(deployment, NAME)
        self.chart_args: list[str] = list(spec["args"])
        (listen,) = [a.partition("=")[2] for a in self.chart_args if a.startswith("--http-address=")]
        self.addresses = {**addresses, listen: f"127.0.0.1:{self.port}"}
        self.argv = [str(thirdparty.obtain("oauth2-proxy")), *rewrite(self.chart_args, self.addresses)]
        self.env = manifests.environment(spec, secret)
        self.ready_path: str = spec["readinessProbe"]["httpGet"]["path"]
        self.log = self.dir / "oauth2-proxy.log"
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30) -> None:
        self.proc = subprocess.Popen(
            self.argv,
            cwd=self.dir,
            env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), **self.env},
            stdin=subprocess.DEVNULL,
            stdout=self.log.open("ab"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            wait_ready(lambda: http_ok(f"{self.url}{self.ready_path}"), timeout, NAME, self.log, self.proc)
        except Exception:
            self.stop()
            raise

    def command_line(self) -> list[str]:
        """The running process's argv, as the kernel has it."""
        if self.proc is None:
            raise RuntimeError("oauth2-proxy is not running")
        return Path(f"/proc/{self.proc.pid}/cmdline").read_bytes().decode().split("\0")[:-1]

    def stop(self) -> None:
        stop_group(self.proc)
        self.proc = None
