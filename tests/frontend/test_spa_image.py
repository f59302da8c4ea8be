"""The SPA image's nginx configuration, run for real with Debian's nginx against the built SPA.

The image's files (nginx/nginx.conf, nginx/default.conf, nginx/spa-csp.sh) are used as they are;
only the absolute paths the image uses (/usr/share/nginx/html, /tmp, /etc/nginx/conf.d, port 8080)
are rewritten to a private directory and a free port, since no container can run here.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
FRONTEND = ROOT / "services" / "frontend"
DIST = FRONTEND / "dist" / "browser"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
ISSUER = "https://auth.example.test/realms/timeseries"
API = "https://api.example.test"

pytestmark = pytest.mark.skipif(not (DIST / "index.html").exists(), reason="run `make frontend-build` first")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def render_headers(config: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sh", str(FRONTEND / "nginx" / "spa-csp.sh")],
        env={"PATH": "/usr/bin:/bin", "SPA_CONFIG": str(config), "SPA_HEADERS_DIR": str(out)},
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    )


@dataclass
class Site:
    url: str
    main_js: str


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    tmp = tmp_path_factory.mktemp("spa-nginx")
    html = tmp / "html"
    shutil.copytree(DIST, html)
    (html / "config.json").write_text(
        json.dumps({"issuer": ISSUER, "clientId": "timeseries-spa", "apiBaseUrl": API, "grpcWebBaseUrl": API})
    )
    rendered = render_headers(html / "config.json", tmp / "spa")
    assert rendered.returncode == 0, rendered.stderr

    port = free_port()
    server = (FRONTEND / "nginx" / "default.conf").read_text()
    server = server.replace("listen 8080;", f"listen 127.0.0.1:{port};")
    server = server.replace("/usr/share/nginx/html", str(html)).replace("/tmp/spa/", f"{tmp}/spa/")
    (tmp / "default.conf").write_text(server)
    main = (FRONTEND / "nginx" / "nginx.conf").read_text()
    main = re.sub(r"/tmp/([\w.]+)", lambda m: f"{tmp}/{m[1]}", main)
    main = main.replace("/etc/nginx/conf.d/default.conf", str(tmp / "default.conf"))
    main = main.replace("access_log /dev/stdout json;", f"access_log {tmp}/access.log json;")
    main = main.replace("error_log /dev/stderr warn;", f"error_log {tmp}/error.log warn;")
    (tmp / "nginx.conf").write_text(main)

    # As root (CI), workers would drop to `nobody`, who cannot read pytest's private temp dir.
    directives = "daemon off;" + (" user root;" if os.geteuid() == 0 else "")
    proc = subprocess.Popen([NGINX, "-p", str(tmp), "-c", str(tmp / "nginx.conf"), "-g", directives])
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                httpx.get(f"{url}/healthz", timeout=1)
                break
            except httpx.TransportError:
                assert proc.poll() is None, (tmp / "error.log").read_text()
                assert time.monotonic() < deadline, "nginx did not start"
                time.sleep(0.05)
        main_js = next(p.name for p in html.glob("main-*.js"))
        yield Site(url, main_js)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def csp(response: httpx.Response) -> dict[str, str]:
    directives = (d.strip().split(" ", 1) for d in response.headers["content-security-policy"].split(";"))
    return {d[0]: d[1] if len(d) > 1 else "" for d in directives}


def assert_security_headers(response: httpx.Response) -> None:
    policy = csp(response)
    assert policy["connect-src"] == "'self' https://auth.example.test https://api.example.test"
    assert policy["script-src"] == "'self'"
    assert policy["default-src"] == "'self'"
    assert policy["frame-ancestors"] == "'none'"
    assert policy["object-src"] == "'none'"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["x-frame-options"] == "DENY"
    assert "nginx/" not in response.headers.get("server", "")


def test_index_is_never_cached_and_carries_the_security_headers(site: Site) -> None:
    response = httpx.get(f"{site.url}/")
    assert response.status_code == 200
    assert "<app-root>" in response.text
    assert response.headers["cache-control"] == "no-cache"
    assert_security_headers(response)


def test_client_side_paths_fall_back_to_index(site: Site) -> None:
    response = httpx.get(f"{site.url}/dashboard/some/where")
    assert response.status_code == 200
    assert "<app-root>" in response.text
    assert response.headers["cache-control"] == "no-cache"
    assert_security_headers(response)


def test_hashed_bundles_are_immutable_and_gzipped(site: Site) -> None:
    response = httpx.get(f"{site.url}/{site.main_js}", headers={"accept-encoding": "gzip"})
    assert response.status_code == 200
    assert response.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert response.headers["content-encoding"] == "gzip"
    assert response.headers["content-type"].startswith(("application/javascript", "text/javascript"))
    assert_security_headers(response)
    raw = httpx.get(f"{site.url}/{site.main_js}", headers={"accept-encoding": "identity"})
    assert len(gzip.compress(raw.content)) < len(raw.content) / 2


def test_missing_assets_are_404_not_index(site: Site) -> None:
    assert httpx.get(f"{site.url}/main-ABCDEFGH.js").status_code == 404
    assert httpx.get(f"{site.url}/nothing.png").status_code == 404


def test_runtime_config_is_revalidated(site: Site) -> None:
    response = httpx.get(f"{site.url}/config.json")
    assert response.status_code == 200
    assert response.json()["issuer"] == ISSUER
    assert response.headers["cache-control"] == "no-cache"
    assert_security_headers(response)


def test_health_endpoint(site: Site) -> None:
    response = httpx.get(f"{site.url}/healthz")
    assert (response.status_code, response.text) == (200, "ok\n")


def test_same_origin_api_adds_no_origin(tmp_path: Path) -> None:
    config = tmp_path / "config.json"
    config.write_text(json.dumps({"issuer": "http://localhost:9000", "apiBaseUrl": ""}))
    assert render_headers(config, tmp_path / "out").returncode == 0
    headers = (tmp_path / "out" / "security-headers.conf").read_text()
    assert "connect-src 'self' http://localhost:9000;" in headers


@pytest.mark.parametrize(
    ("config", "message"),
    [
        (None, "is missing"),
        ({"apiBaseUrl": ""}, "names no issuer"),
        ({"issuer": "javascript:alert(1)"}, "not an http(s) URL"),
        ({"issuer": "https://id.example.test", "apiBaseUrl": "https://x;script-src *"}, "not an http(s) URL"),
        ({"issuer": "https://id.example.test/x'y"}, "quotes"),
    ],
)
def test_bad_config_stops_the_container(tmp_path: Path, config: dict[str, str] | None, message: str) -> None:
    path = tmp_path / "config.json"
    if config is not None:
        path.write_text(json.dumps(config))
    result = render_headers(path, tmp_path / "out")
    assert result.returncode != 0
    assert message in result.stderr
    assert not (tmp_path / "out" / "security-headers.conf").exists()


def test_dockerfile_is_hadolint_clean_and_copies_existing_paths() -> None:
    dockerfile = FRONTEND / "Dockerfile"
    hadolint = shutil.which("hadolint") or str(ROOT / ".venv" / "bin" / "hadolint")
    result = subprocess.run(
        [hadolint, str(dockerfile)], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    text = dockerfile.read_text()
    sources = re.findall(r"^COPY (?!--from)(?:--\S+ )*(\S+(?: \S+)*) \S+$", text, re.MULTILINE)
    assert sources
    for group in sources:
        for source in group.split():
            assert (ROOT / source).exists(), source
    assert re.search(r"^USER 101$", text, re.MULTILINE)  # numeric: runAsNonRoot can verify it
    assert "EXPOSE 8080" in text
    images = re.findall(r"^FROM (\S+)", text, re.MULTILINE)
    assert len(images) == 2  # build stage, then the runtime image
    for image in images:
        assert re.fullmatch(r"[\w./-]+:\d+\.\d+\.\d+[\w.-]*", image), f"{image} is not pinned to a version"
