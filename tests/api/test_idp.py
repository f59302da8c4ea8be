"""The test OIDC provider behaves like the production one where the API and SPA rely on it."""

from __future__ import annotations

import base64
import hashlib
from typing import Any

import httpx
import pytest
from jose import jwt

from tests.stack.oidc import CLIENT_ID, IdentityProvider, signing_key
from tests.stack.servers import ServerError


def test_token_claims(idp: IdentityProvider, tokens: dict[str, str]) -> None:
    header = jwt.get_unverified_header(tokens["admin"])
    assert (header["alg"], header["kid"]) == ("RS256", signing_key()["kid"])
    claims: dict[str, Any] = jwt.decode(
        tokens["admin"],
        {k: v for k, v in signing_key().items() if k in ("kty", "n", "e")},
        algorithms=["RS256"],
        audience="timeseries-api",
        issuer=idp.issuer,
    )
    assert claims["sub"] == "admin"
    assert claims["roles"] == ["user", "admin"] == claims["realm_access"]["roles"]
    bob = jwt.get_unverified_claims(tokens["bob"])
    assert (bob["sub"], bob["roles"]) == ("bob", ["user"])


def test_discovery_and_jwks(idp: IdentityProvider) -> None:
    discovery = httpx.get(idp.discovery_url).json()
    assert discovery["issuer"] == idp.issuer
    assert discovery["code_challenge_methods_supported"] == ["S256"]
    (key,) = httpx.get(discovery["jwks_uri"]).json()["keys"]
    assert key["kid"] == signing_key()["kid"] and "d" not in key  # public part only


def test_wrong_password_is_refused(idp: IdentityProvider) -> None:
    with pytest.raises(ServerError, match="HTTP 401"):
        idp.token("alice", password="bob-password")


def _authorize(idp: IdentityProvider, **overrides: str) -> httpx.Response:
    challenge = base64.urlsafe_b64encode(hashlib.sha256(b"v" * 43).digest()).rstrip(b"=").decode()
    params = {
        "client_id": CLIENT_ID,
        "response_type": "code",
        "redirect_uri": idp.redirect_uris[0],
        "scope": "openid",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
        "state": "s",
    } | overrides
    return httpx.get(idp.issuer + "/auth", params={k: v for k, v in params.items() if v})


def test_pkce_and_redirect_uri_are_enforced(idp: IdentityProvider) -> None:
    assert _authorize(idp).status_code == 303  # on to the login page
    no_pkce = _authorize(idp, code_challenge="", code_challenge_method="")
    assert "requires PKCE" in httpx.URL(no_pkce.headers["location"]).params["error_description"]
    plain = _authorize(idp, code_challenge_method="plain")
    assert httpx.URL(plain.headers["location"]).params["error"] == "invalid_request"
    wrong_uri = _authorize(idp, redirect_uri="http://evil.example/")
    assert wrong_uri.status_code == 400 and "redirect_uri" in wrong_uri.text
