"""Authentication and RBAC, identical on REST, native gRPC and gRPC-Web (binary and text).

Tokens come from the real test IdP (authorization code + PKCE) or are forged here on purpose.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest

from tests.api import clients
from tests.api.clients import PROTOCOLS, claims, outcome
from tests.api.support import ADMIN, ALICE, ApiProcess
from tests.stack.keycloak import KeycloakServer

Forge = Callable[[KeycloakServer, dict[str, str]], str | None]

# name -> the Authorization header value to send (None: no header at all)
BAD_TOKENS: dict[str, Forge] = {
    "none": lambda idp, t: None,
    "empty bearer": lambda idp, t: "Bearer",
    "basic scheme": lambda idp, t: "Basic YWxpY2U6YWxpY2UtcGFzc3dvcmQ=",
    "malformed": lambda idp, t: "Bearer not-a-jwt",
    "garbage segments": lambda idp, t: "Bearer a.b.c",
    "expired": lambda idp, t: (
        "Bearer " + clients.sign(claims(idp.issuer, iat=int(time.time()) - 7200, exp=int(time.time()) - 3600))
    ),
    "not yet valid": lambda idp, t: "Bearer " + clients.sign(claims(idp.issuer, nbf=int(time.time()) + 3600)),
    "no expiry": lambda idp, t: "Bearer " + clients.sign(claims(idp.issuer, exp=None)),
    "wrong issuer": lambda idp, t: "Bearer " + clients.sign(claims("http://127.0.0.1:1/evil")),
    "wrong audience": lambda idp, t: "Bearer " + clients.sign(claims(idp.issuer, aud="another-api")),
    "alg none": lambda idp, t: "Bearer " + clients.unsigned(claims(idp.issuer)),
    "hs256 with public key": lambda idp, t: "Bearer " + clients.hs256_with_public_key(claims(idp.issuer)),
    "unknown kid": lambda idp, t: "Bearer " + clients.sign(claims(idp.issuer), kid="not-a-published-kid"),
    "tampered payload": lambda idp, t: "Bearer " + clients.tampered(t["bob"], sub=ALICE),
    "tampered roles": lambda idp, t: "Bearer " + clients.tampered(t["bob"], roles=["admin"]),
    "signed by another key": lambda idp, t: (
        "Bearer " + clients.sign(claims(idp.issuer), key=clients.other_key())
    ),
    "invalid owner claim": lambda idp, t: "Bearer " + clients.sign(claims(idp.issuer, sub="alice' OR 1=1")),
    # Same issuer, same key, audience included: still not access tokens (Keycloak's `typ`).
    "id token": lambda idp, t: "Bearer " + clients.sign(claims(idp.issuer, typ="ID")),
    "refresh token": lambda idp, t: "Bearer " + clients.sign(claims(idp.issuer, typ="Refresh")),
    "untyped token": lambda idp, t: "Bearer " + clients.sign(claims(idp.issuer, typ=None)),
    "audience list without the api": lambda idp, t: (
        "Bearer " + clients.sign(claims(idp.issuer, aud=["timeseries-spa", "account"]))
    ),
}


@pytest.mark.parametrize("protocol", PROTOCOLS)
@pytest.mark.parametrize("case", sorted(BAD_TOKENS))
async def test_bad_token_is_refused(
    api: ApiProcess, idp: KeycloakServer, tokens: dict[str, str], protocol: str, case: str
) -> None:
    assert await outcome(api, protocol, BAD_TOKENS[case](idp, tokens)) == "UNAUTHENTICATED"


@pytest.mark.parametrize("protocol", PROTOCOLS)
async def test_real_token_is_accepted(api: ApiProcess, tokens: dict[str, str], protocol: str) -> None:
    assert await outcome(api, protocol, f"Bearer {tokens['alice']}") == "OK"


@pytest.mark.parametrize("protocol", PROTOCOLS)
async def test_token_forged_with_the_real_key_is_accepted(
    api: ApiProcess, idp: KeycloakServer, protocol: str
) -> None:
    """The control for the forgeries: with the right key and claims the same construction works,
    so each refusal above is for the flaw it names."""
    assert await outcome(api, protocol, "Bearer " + clients.sign(claims(idp.issuer))) == "OK"


@pytest.mark.parametrize("protocol", PROTOCOLS)
async def test_user_on_admin_path_is_forbidden(
    api: ApiProcess, tokens: dict[str, str], protocol: str
) -> None:
    assert await outcome(api, protocol, f"Bearer {tokens['bob']}", admin_path=True) == "PERMISSION_DENIED"
    assert await outcome(api, protocol, f"Bearer {tokens['admin']}", admin_path=True) == "OK"


@pytest.mark.parametrize("protocol", PROTOCOLS)
async def test_leeway_accepts_slight_clock_skew(api: ApiProcess, idp: KeycloakServer, protocol: str) -> None:
    token = clients.sign(claims(idp.issuer, exp=int(time.time()) - 5, nbf=int(time.time()) + 5))
    assert await outcome(api, protocol, f"Bearer {token}") == "OK"


@pytest.mark.parametrize("protocol", PROTOCOLS)
async def test_audience_list_containing_the_api_is_accepted(
    api: ApiProcess, idp: KeycloakServer, protocol: str
) -> None:
    token = clients.sign(claims(idp.issuer, aud=["account", "timeseries-api"]))
    assert await outcome(api, protocol, f"Bearer {token}") == "OK"


async def test_roles_from_either_claim(api: ApiProcess, idp: KeycloakServer) -> None:
    flat = clients.sign(claims(idp.issuer, sub="root", roles=["admin"], realm_access=None))
    keycloak = clients.sign(claims(idp.issuer, sub="root", roles=None, realm_access={"roles": ["admin"]}))
    neither = clients.sign(claims(idp.issuer, sub="root", roles=None, realm_access=None))
    assert await outcome(api, "rest", f"Bearer {flat}", admin_path=True) == "OK"
    assert await outcome(api, "rest", f"Bearer {keycloak}", admin_path=True) == "OK"
    assert await outcome(api, "rest", f"Bearer {neither}", admin_path=True) == "PERMISSION_DENIED"


def test_me_reports_the_token(api: ApiProcess, tokens: dict[str, str]) -> None:
    import httpx

    me: dict[str, Any] = httpx.get(
        api.url + "/api/me", headers={"Authorization": f"Bearer {tokens['admin']}"}
    ).json()
    assert me == {"subject": ADMIN, "owner": ADMIN, "roles": ["admin", "user"], "admin": True}
