"""The SPA's nginx and the Gateway's routes on this machine, for `make dev` and the tests.

One nginx process (Debian's) runs two servers:

- the frontend: the SPA image's own configuration (services/frontend/nginx/nginx.conf and
  default.conf, with the security headers that nginx/spa-csp.sh renders from config.json),
  the image's absolute paths and port rewritten to a private directory and a free port;
- the gateway (when backends are given): the app host's HTTPRoute of the chart's dev manifests,
  rule by rule (`/` → frontend, `/api/`, gRPC-Web and `/oauth2/` → oauth2-proxy, …), with its
  response header filters; each rule's backend Service is mapped to the local server that plays
  it, and a backend that does not run here answers 503, as a Gateway's route without endpoints.
  Like a Gateway's data plane it streams (no buffering), so gRPC-Web Watch streams pass at once.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chart import frontend as chart_frontend
from tests.stack import manifests
from tests.stack.servers import ServerError, free_port, http_ok, stop_group, tail, wait_ready

ROOT = Path(__file__).resolve().parents[2]
FRONTEND = ROOT / "services" / "frontend"
DIST = FRONTEND / "dist" / "browser"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
APP_ROUTE = "app"  # the HTTPRoute of the app host (chart/topology.py, edge.Site "app")


def render_security_headers(config: Path, out: Path) -> subprocess.CompletedProcess[str]:
    """Runs the image's spa-csp.sh: config.json → out/security-headers.conf."""
    return subprocess.run(
        ["sh", str(FRONTEND / "nginx" / "spa-csp.sh")],
        env={"PATH": "/usr/bin:/bin", "SPA_CONFIG": str(config), "SPA_HEADERS_DIR": str(out)},
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    )


@dataclass(frozen=True)
class Route:
    """One rule of an HTTPRoute: a Gateway API PathPrefix, its backend Service and port, and the
    headers its ResponseHeaderModifier adds."""

    prefix: str
    backend: tuple[str, int]
    add_response_headers: tuple[tuple[str, str], ...] = ()


def app_routes() -> list[Route]:
    """The rules of the app host's HTTPRoute in the dev manifests; anything this gateway would
    not reproduce faithfully (other match types, several backends, other filters) is refused."""
    routes = []
    for rule in manifests.named("HTTPRoute", APP_ROUTE)["spec"]["rules"]:
        (match,) = rule["matches"]
        (ref,) = rule["backendRefs"]
        if set(match) != {"path"} or match["path"]["type"] != "PathPrefix":
            raise ValueError(f"unsupported HTTPRoute match: {match}")
        headers: list[tuple[str, str]] = []
        for f in rule.get("filters", []):
            if f["type"] != "ResponseHeaderModifier" or set(f["responseHeaderModifier"]) != {"add"}:
                raise ValueError(f"unsupported HTTPRoute filter: {f}")
            headers += [(h["name"], h["value"]) for h in f["responseHeaderModifier"]["add"]]
        routes.append(Route(match["path"]["value"], (ref["name"], ref["port"]), tuple(headers)))
    return routes


def _nginx_string(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _location(route: Route, upstream: str | None) -> str:
    if upstream is None:
        body = "    return 503;"
    else:
        body = f"""    proxy_pass {upstream};
    proxy_http_version 1.1;
    proxy_set_header Host $http_host;
    proxy_set_header X-Forwarded-For $remote_addr;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_set_header Connection "";
    proxy_buffering off;
    proxy_request_buffering off;
    proxy_read_timeout 1h;"""
        # `always`: on every status, as a Gateway's ResponseHeaderModifier adds them.
        body += "".join(
            f"\n    add_header {name} {_nginx_string(value)} always;"
            for name, value in route.add_response_headers
        )
    # Gateway API PathPrefix matches whole path elements, trailing slash ignored: `/api/`
    # matches `/api` and `/api/x`, never `/apix`. The longest prefix wins, in both.
    stem = route.prefix.rstrip("/")
    locations = [f"location {stem}/"] + ([f"location = {stem}"] if stem else [])
    return "".join(f"  {location} {{\n{body}\n  }}\n" for location in locations)


def _gateway_server(port: int, routes: list[Route], upstreams: Mapping[tuple[str, int], str]) -> str:
    locations = "".join(_location(route, upstreams.get(route.backend)) for route in routes)
    return f"""
server {{
  listen 127.0.0.1:{port};
{locations}}}
"""


class SpaNginx:
    """The built SPA behind its image's nginx configuration, optionally behind the gateway."""

    def __init__(
        self,
        base: Path,
        config: dict[str, Any],
        backends: Mapping[tuple[str, int], str] | None = None,
        port: int | None = None,
    ) -> None:
        """`backends`: the local URL of each chart Service (name, port) the routes send to, beside
        the frontend (this nginx's own); None runs the frontend alone, without a gateway."""
        self.dir = base / "spa-nginx"
        self.config = config
        self.frontend_port = free_port()
        self.upstreams: dict[tuple[str, int], str] | None = None
        if backends is not None:
            frontend = (chart_frontend.NAME, chart_frontend.HTTP_PORT)
            self.upstreams = {frontend: self.frontend_url, **{k: v.rstrip("/") for k, v in backends.items()}}
        self.gateway_port = (port or free_port()) if backends is not None else None
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def frontend_url(self) -> str:
        return f"http://127.0.0.1:{self.frontend_port}"

    @property
    def url(self) -> str:
        """Where a browser goes: the gateway when there is one, else the frontend itself."""
        return f"http://localhost:{self.gateway_port}" if self.gateway_port else self.frontend_url

    def _prepare(self) -> Path:
        if not (DIST / "index.html").exists():
            raise ServerError(f"{DIST} is missing: run `make frontend-build` first")
        d = self.dir
        shutil.rmtree(d, ignore_errors=True)
        shutil.copytree(DIST, d / "html")
        (d / "html" / "config.json").write_text(json.dumps(self.config, indent=2) + "\n")
        rendered = render_security_headers(d / "html" / "config.json", d / "spa")
        if rendered.returncode != 0:
            raise ServerError(f"spa-csp.sh failed: {rendered.stderr.strip()}")

        server = (FRONTEND / "nginx" / "default.conf").read_text()
        server = server.replace("listen 8080;", f"listen 127.0.0.1:{self.frontend_port};")
        server = server.replace("/usr/share/nginx/html", str(d / "html")).replace("/tmp/spa/", f"{d}/spa/")
        if self.upstreams is not None and self.gateway_port:
            server += _gateway_server(self.gateway_port, app_routes(), self.upstreams)
        (d / "servers.conf").write_text(server)

        main = (FRONTEND / "nginx" / "nginx.conf").read_text()
        main = re.sub(r"/tmp/([\w.]+)", lambda m: f"{d}/{m[1]}", main)
        main = main.replace("/etc/nginx/conf.d/default.conf", str(d / "servers.conf"))
        main = main.replace("access_log /dev/stdout json;", f"access_log {d}/access.log json;")
        main = main.replace("error_log /dev/stderr warn;", f"error_log {d}/error.log warn;")
        (d / "nginx.conf").write_text(main)
        return d / "nginx.conf"

    def start(self, timeout: float = 15) -> None:
        conf = self._prepare()
        # As root, workers would drop to `nobody`, who may not read a private temp dir.
        directives = "daemon off;" + (" user root;" if os.geteuid() == 0 else "")
        self.proc = subprocess.Popen(
            [NGINX, "-p", str(self.dir), "-c", str(conf), "-g", directives],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=(self.dir / "stderr.log").open("ab"),
            start_new_session=True,
        )
        try:
            wait_ready(
                lambda: http_ok(f"{self.frontend_url}/healthz"),
                timeout,
                "SPA nginx",
                self.dir / "error.log",
                self.proc,
            )
        except ServerError as exc:
            self.stop()
            raise ServerError(f"{exc}\nstderr:\n{tail(self.dir / 'stderr.log')}") from None

    def stop(self) -> None:
        stop_group(self.proc)
        self.proc = None
