"""Session fixtures of the API suite: Keycloak, a seeded database and the API process."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from jose import jwt

from tests.api.clients import trust_forging_key
from tests.api.support import ApiProcess, seed_lines, write_lines
from tests.stack.keycloak import KeycloakServer
from tests.stack.servers import InfluxServer


@pytest.fixture(scope="session")
def idp(keycloak: KeycloakServer) -> KeycloakServer:
    """The real Keycloak with the chart's dev realm, also publishing the forging tests' key."""
    trust_forging_key(keycloak)
    return keycloak


class DemoTokens(dict[str, str]):
    """Real access tokens of alice, bob and admin (Keycloak's login form, code + PKCE), signed in
    again when one has less than a minute left: the realm's access tokens live five minutes,
    and the suite runs longer."""

    def __init__(self, idp: KeycloakServer) -> None:
        super().__init__()
        self._idp = idp
        self._expires: dict[str, float] = {}

    def __getitem__(self, user: str) -> str:
        if self._expires.get(user, 0.0) - time.time() < 60:
            token = self._idp.token(user)
            self._expires[user] = float(jwt.get_unverified_claims(token)["exp"])
            super().__setitem__(user, token)
        return super().__getitem__(user)


@pytest.fixture(scope="session")
def tokens(idp: KeycloakServer) -> dict[str, str]:
    """The demo users' access tokens, always at least a minute from expiry (DemoTokens)."""
    return DemoTokens(idp)


@pytest.fixture(scope="session")
def api_db(influx: InfluxServer) -> Iterator[str]:
    """A database holding the data of alice, bob and admin (tests/api/support.py, seed_lines)."""
    name = influx.new_bucket("api_")
    write_lines(influx, name, seed_lines())
    yield name
    influx.drop_bucket(name)


def api_env(influx: InfluxServer, idp: KeycloakServer, db: str) -> dict[str, str]:
    return {
        **influx.client_env(),
        "INFLUX_TOKEN": influx.tokens(db).read,
        "INFLUX_DB": db,
        "OIDC_ISSUER": idp.issuer,
        "CORS_ORIGINS": "http://127.0.0.1:4200",
        "WATCH_INTERVAL_S": "0.2",
        "WATCH_LOOKBACK_S": "5",
        "JWKS_MIN_REFRESH_S": "1",
    }


@pytest.fixture(scope="session")
def api(influx: InfluxServer, idp: KeycloakServer, api_db: str) -> Iterator[ApiProcess]:
    """`python -m services.api` against the seeded database and the test IdP."""
    process = ApiProcess(api_env(influx, idp, api_db)).start()
    yield process
    process.stop()
