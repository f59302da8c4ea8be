"""The SPA's nginx and the Gateway's routes on this machine, for `make dev` and the tests.

One nginx process (Debian's) runs two servers:

- the frontend: the SPA image's own configuration (services/frontend/nginx/nginx.conf and
  default.conf, with the security headers that nginx/spa-csp.sh renders from config.json),
  the image's absolute paths and port rewritten to a private directory and a free port;
- the gateway (when an API is given): `/` → frontend, `/api/` and
  `/timeseries.v1.TimeseriesService/` → API, as the HTTPRoutes of DESIGN.md route them.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

from tests.stack.servers import ServerError, free_port, http_ok, stop_group, tail, wait_ready

ROOT = Path(__file__).resolve().parents[2]
FRONTEND = ROOT / "services" / "frontend"
DIST = FRONTEND / "dist" / "browser"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
GRPC_WEB_PATH = "/timeseries.v1.TimeseriesService/"


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


def _gateway_server(port: int, frontend_port: int, api: str) -> str:
    proxy = """
    proxy_http_version 1.1;
    proxy_set_header Host $http_host;
    proxy_set_header X-Forwarded-For $remote_addr;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_set_header Connection "";"""
    return f"""
server {{
  listen 127.0.0.1:{port};
  location / {{
    proxy_pass http://127.0.0.1:{frontend_port};{proxy}
  }}
  location /api/ {{
    proxy_pass {api};{proxy}
  }}
  # gRPC-Web server streams (Watch): no buffering, long-lived.
  location {GRPC_WEB_PATH} {{
    proxy_pass {api};{proxy}
    proxy_buffering off;
    proxy_request_buffering off;
    proxy_read_timeout 1h;
  }}
}}
"""


class SpaNginx:
    """The built SPA behind its image's nginx configuration, optionally behind the gateway."""

    def __init__(
        self, base: Path, config: dict[str, Any], api: str | None = None, port: int | None = None
    ) -> None:
        self.dir = base / "spa-nginx"
        self.config = config
        self.api = api.rstrip("/") if api else None
        self.frontend_port = free_port()
        self.gateway_port = (port or free_port()) if api else None
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
        if self.api and self.gateway_port:
            server += _gateway_server(self.gateway_port, self.frontend_port, self.api)
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
