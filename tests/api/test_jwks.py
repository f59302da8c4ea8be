"""JWKS handling of the Authenticator against a real (tiny) HTTP issuer whose keys we rotate:
an unknown `kid` refetches the JWKS, at most once per JWKS_MIN_REFRESH_S however many arrive;
the JWKS is reloaded every JWKS_REFRESH_S, so a withdrawn key stops working within that time;
a discovery document naming another issuer stops the API."""

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

from services.api.auth import Authenticator, IssuerMismatch
from services.api.errors import ApiError, Kind
from services.api.settings import ApiSettings
from tests.api import clients
from tests.api.conftest import api_env
from tests.api.support import ALICE, ApiProcess
from tests.stack.keycloak import KeycloakServer
from tests.stack.servers import InfluxServer, ServerError


class Issuer:
    """Serves discovery and a JWKS that the test can replace; counts JWKS fetches."""

    def __init__(self) -> None:
        self.keys: list[dict[str, Any]] = []
        self.fetches = 0
        #: The issuer discovery names (None: this server's own URL, as it should be).
        self.named: str | None = None
        issuer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body: dict[str, Any]
                if self.path == "/.well-known/openid-configuration":
                    body = {"issuer": issuer.named or issuer.url, "jwks_uri": f"{issuer.url}/jwks"}
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


def authenticator(
    issuer: Issuer, min_refresh_s: float, refresh_s: float = 300
) -> tuple[Authenticator, httpx.AsyncClient]:
    settings = ApiSettings.from_env(
        {
            "INFLUX_URL": "http://127.0.0.1:1",
            "INFLUX_TOKEN": "unused",
            "OIDC_ISSUER": issuer.url,
            "JWKS_MIN_REFRESH_S": str(min_refresh_s),
            "JWKS_REFRESH_S": str(refresh_s),
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


async def test_withdrawn_key_is_refused_within_the_refresh_period(issuer: Issuer) -> None:
    """No unknown kid arrives to trigger a fetch: the schedule alone retires the key, also for
    a token already verified (and cached) and for a stream opened with it."""
    old, new = clients.other_key() | {"kid": "old"}, clients.other_key() | {"kid": "new"}
    issuer.keys = [public(old), public(new)]
    auth, http = authenticator(issuer, min_refresh_s=3600, refresh_s=1)
    async with http:
        refresher = asyncio.create_task(auth.keep_fresh())
        try:
            while not auth.ready:
                await asyncio.sleep(0.05)
            held = token(issuer, old)
            principal = await auth.authenticate(held)
            auth.still_valid(principal)
            issuer.keys = [public(new)]  # the issuer withdraws "old"
            withdrawn = time.monotonic()
            while time.monotonic() - withdrawn < 3:
                try:
                    await auth.authenticate(held)
                except ApiError as exc:
                    assert exc.kind is Kind.UNAUTHENTICATED
                    break
                await asyncio.sleep(0.05)
            else:
                pytest.fail("the withdrawn key was still trusted after 3 refresh periods")
            assert time.monotonic() - withdrawn <= 1.5
            with pytest.raises(ApiError, match="withdrawn"):
                auth.still_valid(principal)
            assert (await auth.authenticate(token(issuer, new, sub="bob"))).owner == "bob"
        finally:
            refresher.cancel()


async def test_discovery_naming_another_issuer_is_refused(issuer: Issuer) -> None:
    issuer.keys = [public(clients.other_key() | {"kid": "k"})]
    issuer.named = "https://evil.invalid/realms/timeseries"
    auth, http = authenticator(issuer, min_refresh_s=1)
    async with http:
        with pytest.raises(IssuerMismatch, match=r"evil\.invalid"):
            await auth.keep_fresh()
    assert not auth.ready


def test_api_does_not_start_when_discovery_names_another_issuer(
    issuer: Issuer, influx: InfluxServer, idp: KeycloakServer, api_db: str
) -> None:
    issuer.keys = [public(clients.other_key() | {"kid": "k"})]
    issuer.named = "https://evil.invalid/realms/timeseries"
    process = ApiProcess(api_env(influx, idp, api_db) | {"OIDC_ISSUER": issuer.url})
    try:
        process.start(ready=False)
    except ServerError as exc:
        assert "exited with code 1" in str(exc)
    else:
        assert process.proc is not None and process.proc.wait(20) == 1
    finally:
        process.stop()
    assert "evil.invalid" in process.log.read_text()


async def _wait_past_refresh_limit() -> None:
    await asyncio.sleep(1.05)
