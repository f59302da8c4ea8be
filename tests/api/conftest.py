"""Session fixtures of the API suite: the test IdP, a seeded database and the API process."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.api.support import ApiProcess, seed_lines, write_lines
from tests.stack.oidc import IdentityProvider
from tests.stack.servers import InfluxServer


@pytest.fixture(scope="session")
def idp() -> Iterator[IdentityProvider]:
    """The real test OIDC provider (npm oidc-provider), one per session."""
    with IdentityProvider(redirect_uris=["http://127.0.0.1:4200/"], die_with_parent=True) as provider:
        yield provider


@pytest.fixture(scope="session")
def tokens(idp: IdentityProvider) -> dict[str, str]:
    """Real access tokens of alice, bob and admin (authorization code + PKCE)."""
    return {user: idp.token(user) for user in ("alice", "bob", "admin")}


@pytest.fixture(scope="session")
def api_db(influx: InfluxServer) -> Iterator[str]:
    """A database holding the data of alice, bob and admin (tests/api/support.py, seed_lines)."""
    name = influx.new_bucket("api_")
    write_lines(influx, name, seed_lines())
    yield name
    influx.drop_bucket(name)


def api_env(influx: InfluxServer, idp: IdentityProvider, db: str) -> dict[str, str]:
    return {
        "INFLUX_URL": influx.url,
        "INFLUX_TOKEN": influx.tokens(db).read,
        "INFLUX_DB": db,
        "OIDC_ISSUER": idp.issuer,
        "CORS_ORIGINS": "http://127.0.0.1:4200",
        "WATCH_INTERVAL_S": "0.2",
        "WATCH_LOOKBACK_S": "5",
        "JWKS_MIN_REFRESH_S": "1",
    }


@pytest.fixture(scope="session")
def api(influx: InfluxServer, idp: IdentityProvider, api_db: str) -> Iterator[ApiProcess]:
    """`python -m services.api` against the seeded database and the test IdP."""
    process = ApiProcess(api_env(influx, idp, api_db)).start()
    yield process
    process.stop()
