"""JWKS handling of the Authenticator against a real (tiny) HTTP issuer whose keys we rotate:
an unknown `kid` refetches the JWKS, at most once per JWKS_MIN_REFRESH_S however many arrive."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from services.api.auth import Authenticator
from services.api.errors import ApiError, Kind
from services.api.settings import ApiSettings
from tests.api import clients
from tests.api.support import ALICE


class Issuer:
    """Serves discovery and a JWKS that the test can replace; counts JWKS fetches."""

    def __init__(self) -> None:
        self.keys: list[dict[str, Any]] = []
        self.fetches = 0
        issuer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body: dict[str, Any]
                if self.path == "/.well-known/openid-configuration":
                    body = {"issuer": issuer.url, "jwks_uri": f"{issuer.url}/jwks"}
                elif self.path == "/jwks":
                    issuer.fetches += 1
                    body = {"keys": issuer.keys}
                else:
                    self.send_error(404)
                    return
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


def public(key: dict[str, Any]) -> dict[str, Any]:
    return {k: key[k] for k in ("kty", "n", "e", "kid")} | {"use": "sig", "alg": "RS256"}


@pytest.fixture
def issuer() -> Iterator[Issuer]:
    server = Issuer()
    yield server
    server.server.shutdown()


def authenticator(issuer: Issuer, min_refresh_s: float) -> tuple[Authenticator, httpx.AsyncClient]:
    settings = ApiSettings.from_env(
        {
            "INFLUX_URL": "http://127.0.0.1:1",
            "INFLUX_TOKEN": "unused",
            "OIDC_ISSUER": issuer.url,
            "JWKS_MIN_REFRESH_S": str(min_refresh_s),
        }
    )
    http = httpx.AsyncClient()
    return Authenticator(settings, http), http


def token(issuer: Issuer, key: dict[str, Any], **claims: Any) -> str:
    return "Bearer " + clients.sign(clients.claims(issuer.url, **claims), key=key)


async def test_rotated_key_is_fetched_once_and_unknown_kids_are_rate_limited(issuer: Issuer) -> None:
    old, new = clients.other_key() | {"kid": "old"}, clients.other_key() | {"kid": "new"}
    issuer.keys = [public(old)]
    auth, http = authenticator(issuer, min_refresh_s=1.0)
    async with http:
        await auth.load()
        assert (await auth.authenticate(token(issuer, old))).owner == ALICE
        assert issuer.fetches == 1

        issuer.keys = [public(old), public(new)]  # the provider rotates in a new key
        await _wait_past_refresh_limit()
        assert (await auth.authenticate(token(issuer, new, sub="bob"))).owner == "bob"
        assert issuer.fetches == 2

        # a flood of forged kids: all refused, at most one more fetch per refresh interval
        forger = clients.other_key()
        started = time.monotonic()
        for i in range(50):
            with pytest.raises(ApiError) as err:
                await auth.authenticate(token(issuer, forger | {"kid": f"forged-{i}"}))
            assert err.value.kind is Kind.UNAUTHENTICATED
        assert issuer.fetches <= 2 + 1 + int(time.monotonic() - started)


async def test_key_removed_from_jwks_is_no_longer_accepted_after_refresh(issuer: Issuer) -> None:
    old, new = clients.other_key() | {"kid": "old"}, clients.other_key() | {"kid": "new"}
    issuer.keys = [public(old)]
    auth, http = authenticator(issuer, min_refresh_s=0.0)
    async with http:
        await auth.load()
        issuer.keys = [public(new)]  # "old" retired
        await auth.authenticate(token(issuer, new))  # unknown kid: refetch
        with pytest.raises(ApiError) as err:
            await auth.authenticate(token(issuer, old, sub="bob"))
        assert err.value.kind is Kind.UNAUTHENTICATED


async def test_key_type_must_match_the_algorithm(issuer: Issuer) -> None:
    key = clients.other_key() | {"kid": "k"}
    issuer.keys = [public(key) | {"alg": "RS512"}]  # the JWK pins another algorithm
    auth, http = authenticator(issuer, min_refresh_s=1.0)
    async with http:
        await auth.load()
        with pytest.raises(ApiError, match="does not match"):
            await auth.authenticate(token(issuer, key))


async def _wait_past_refresh_limit() -> None:
    await asyncio.sleep(1.05)
