"""The SPA image's nginx configuration, run for real with Debian's nginx against the built SPA.

The image's files (nginx/nginx.conf, nginx/default.conf, nginx/spa-csp.sh) are used as they are
(tests/stack/gateway.py only rewrites the image's absolute paths and port to a private directory
and a free port), since no container can run here.
"""

from __future__ import annotations

import gzip
import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.stack.gateway import DIST, FRONTEND, ROOT, SpaNginx, render_security_headers

ISSUER = "https://auth.example.test/realms/timeseries"
API = "https://api.example.test"

pytestmark = pytest.mark.skipif(not (DIST / "index.html").exists(), reason="run `make frontend-build` first")


@dataclass
class Site:
    url: str
    main_js: str


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    nginx = SpaNginx(
        tmp_path_factory.mktemp("spa"),
        {"issuer": ISSUER, "clientId": "timeseries-spa", "apiBaseUrl": API, "grpcWebBaseUrl": API},
    )
    nginx.start()
    try:
        yield Site(nginx.url, next(p.name for p in DIST.glob("main-*.js")))
    finally:
        nginx.stop()


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


def test_initial_scripts_alone_carry_the_compile_hint(site: Site) -> None:
    """scripts/compile-hints.mjs ran on the build: the scripts the page loads at start begin with
    V8's eager-compilation hint, lazy chunks (the live client) do not."""
    index = httpx.get(f"{site.url}/").text
    initial = set(re.findall(r'<script src="([^"]+\.js)"', index))
    initial |= set(re.findall(r'<link rel="modulepreload" href="([^"]+\.js)"', index))
    assert site.main_js in initial
    scripts = {p.name for p in DIST.glob("*.js")}
    assert scripts - initial, "the build has no lazy chunk to tell apart"
    for name in scripts:
        body = httpx.get(f"{site.url}/{name}", headers={"accept-encoding": "identity"}).text
        assert body.startswith("//# allFunctionsCalledOnLoad\n") == (name in initial), name


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
    assert render_security_headers(config, tmp_path / "out").returncode == 0
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
    result = render_security_headers(path, tmp_path / "out")
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
