"""Keycloak's tokens, as the API and the SPA rely on them: Authorization Code + PKCE on the
realm's exact redirect URIs, access tokens the API can tell from ID tokens, rotated single-use
refresh tokens, brute-force protection. Against the real Keycloak with the chart's dev realm."""

from __future__ import annotations

import base64
import hashlib
import secrets
from typing import Any

import httpx
import pytest
from jose import jwt

from chart.realm import DEMO_USER_IDS
from tests.stack.keycloak import SPA_CLIENT, KeycloakServer
from tests.stack.servers import ServerError


def _verified(kc: KeycloakServer, token: str, audience: str) -> dict[str, Any]:
    keys = httpx.get(httpx.get(kc.discovery_url).json()["jwks_uri"]).json()
    claims: dict[str, Any] = jwt.decode(
        token,
        keys,
        algorithms=["RS256"],
        audience=audience,
        issuer=kc.issuer,
        options={"verify_at_hash": False},
    )
    return claims


def test_access_and_id_tokens_are_told_apart(keycloak: KeycloakServer) -> None:
    response = keycloak.tokens("admin")
    access = _verified(keycloak, response["access_token"], "timeseries-api")
    # The owner is the immutable, fixed `sub`, never the (reassignable) username.
    assert access["sub"] == DEMO_USER_IDS["admin"] != access["preferred_username"]
    assert access["typ"] == "Bearer" and access["azp"] == SPA_CLIENT
    assert sorted(access["roles"]) == ["admin", "user"] == sorted(access["realm_access"]["roles"])
    ident = _verified(keycloak, response["id_token"], SPA_CLIENT)
    assert ident["typ"] == "ID" and "timeseries-api" not in ident["aud"] and "roles" not in ident
    bob = jwt.get_unverified_claims(keycloak.token("bob"))
    assert (bob["sub"], bob["roles"]) == (DEMO_USER_IDS["bob"], ["user"])


def test_access_tokens_live_as_the_realm_says(keycloak: KeycloakServer) -> None:
    response = keycloak.tokens("alice")
    claims = jwt.get_unverified_claims(response["access_token"])
    lifespan = keycloak.realm["accessTokenLifespan"]
    assert claims["exp"] - claims["iat"] == lifespan
    assert lifespan - 2 <= response["expires_in"] <= lifespan  # counted from the response's time


def test_refresh_tokens_rotate_and_a_reused_one_is_refused(keycloak: KeycloakServer) -> None:
    first = keycloak.tokens("bob")
    renewed = keycloak.refresh(first["refresh_token"])
    assert renewed.status_code == 200, renewed.text
    second = renewed.json()
    assert second["refresh_token"] != first["refresh_token"]
    assert jwt.get_unverified_claims(second["access_token"])["sub"] == DEMO_USER_IDS["bob"]
    reused = keycloak.refresh(first["refresh_token"])
    assert reused.status_code == 400 and reused.json()["error"] == "invalid_grant"
    # A reuse means a copy is about: Keycloak ends the session, so the rotated token dies too.
    assert keycloak.refresh(second["refresh_token"]).status_code == 400


def test_the_rotated_refresh_token_keeps_the_session_going(keycloak: KeycloakServer) -> None:
    token = keycloak.tokens("alice")["refresh_token"]
    for _ in range(3):
        renewed = keycloak.refresh(token)
        assert renewed.status_code == 200, renewed.text
        token = renewed.json()["refresh_token"]


def test_wrong_password_is_refused(keycloak: KeycloakServer) -> None:
    with pytest.raises(ServerError, match="Invalid username or password"):
        keycloak.tokens("alice", password="not-" + keycloak.demo_password)


def test_brute_force_protection_locks_a_user_out(keycloak: KeycloakServer) -> None:
    # A user of its own: a lockout must not disturb the demo users other tests sign in as.
    name = f"victim-{secrets.token_hex(4)}"
    password = secrets.token_urlsafe(12)
    keycloak.admin(
        "POST",
        "/timeseries/users",
        {
            "username": name,
            "enabled": True,
            "email": f"{name}@example.com",
            "emailVerified": True,
            "firstName": "V",
            "lastName": "V",
            "credentials": [{"type": "password", "value": password, "temporary": False}],
        },
    )
    assert keycloak.token(name, password)
    for _ in range(keycloak.realm["failureFactor"]):
        with pytest.raises(ServerError):
            keycloak.tokens(name, password="wrong")
    with pytest.raises(ServerError, match="Invalid username or password"):
        keycloak.tokens(name, password)  # the right password no longer opens the door
    (user,) = keycloak.admin("GET", f"/timeseries/users?username={name}&exact=true")
    assert keycloak.admin("GET", f"/timeseries/attack-detection/brute-force/users/{user['id']}")["disabled"]


def _authorize(kc: KeycloakServer, **overrides: str) -> httpx.Response:
    challenge = base64.urlsafe_b64encode(hashlib.sha256(b"v" * 43).digest()).rstrip(b"=").decode()
    params = {
        "client_id": SPA_CLIENT,
        "response_type": "code",
        "redirect_uri": kc.redirect_uri,
        "scope": "openid",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
        "state": "s",
    } | overrides
    return httpx.get(
        f"{kc.issuer}/protocol/openid-connect/auth", params={k: v for k, v in params.items() if v}
    )


def test_pkce_and_exact_redirect_uris_are_enforced(keycloak: KeycloakServer) -> None:
    assert _authorize(keycloak).status_code == 200  # the login page
    for missing_or_plain in (
        {"code_challenge": "", "code_challenge_method": ""},
        {"code_challenge_method": "plain"},
    ):
        refused = _authorize(keycloak, **missing_or_plain)
        assert httpx.URL(refused.headers["location"]).params["error"] == "invalid_request"
    for uri in (keycloak.redirect_uri + "evil", keycloak.redirect_uri + "?next=x", "https://evil.example/"):
        wrong = _authorize(keycloak, redirect_uri=uri)
        assert wrong.status_code == 400 and "redirect_uri" in wrong.text, uri


def test_a_code_is_redeemed_only_with_its_verifier(keycloak: KeycloakServer) -> None:
    with pytest.raises(ServerError, match="PKCE verification failed"):
        keycloak.tokens("alice", exchange_verifier="x" * 64)
