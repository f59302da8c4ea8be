"""A role taken away at the issuer stops working at the next token renewal.

The API trusts only what a token says, so a role removed in Keycloak lasts as long as the access
token that carries it (the realm's short access-token lifespan bounds that); the renewal that the
SPA makes with its refresh token gets a token without the role, which the API then refuses.
Against the real Keycloak (the chart's dev realm) and the API process.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from chart.realm import DEMO_USER_IDS
from tests.api.support import ApiProcess
from tests.stack.keycloak import KeycloakServer

REALM = "/timeseries"


@pytest.fixture
def demoted_admin(idp: KeycloakServer) -> Iterator[tuple[str, str]]:
    """The admin's tokens before, then the role removed at the issuer; restored afterwards (the
    Keycloak of the session is shared)."""
    before = idp.tokens("admin")
    role = idp.admin("GET", f"{REALM}/roles/admin")
    mapping = f"{REALM}/users/{DEMO_USER_IDS['admin']}/role-mappings/realm"
    idp.admin("DELETE", mapping, [role])
    try:
        yield before["access_token"], before["refresh_token"]
    finally:
        idp.admin("POST", mapping, [role])


def _admin_series(api: ApiProcess, token: str) -> int:
    response = httpx.get(
        f"{api.url}/api/admin/series", headers={"authorization": f"Bearer {token}"}, timeout=10
    )
    return response.status_code


def test_a_role_removed_at_the_issuer_is_refused_at_the_next_renewal(
    api: ApiProcess, idp: KeycloakServer, demoted_admin: tuple[str, str]
) -> None:
    access, refresh = demoted_admin
    # Issued before the change: still valid until it expires (bounded by the realm's lifespan).
    assert _admin_series(api, access) == 200
    renewed = idp.refresh(refresh)
    assert renewed.status_code == 200, renewed.text
    assert _admin_series(api, renewed.json()["access_token"]) == 403
    # The user keeps what it still has: its own data.
    me = httpx.get(
        f"{api.url}/api/me", headers={"authorization": f"Bearer {renewed.json()['access_token']}"}, timeout=10
    )
    assert me.status_code == 200 and "admin" not in me.json()["roles"]
