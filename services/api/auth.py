"""JWT authentication shared by REST, gRPC-Web and native gRPC (through gate.py).

Tokens are verified here, whatever sits in front (native gRPC does not pass oauth2-proxy):
signature by a key from the issuer's JWKS (found through OIDC discovery, refreshed every
JWKS_REFRESH_S so a key the issuer withdrew stops working, and refetched on an unknown `kid`
at most every JWKS_MIN_REFRESH_S), asymmetric algorithms only, issuer, audience (must contain
OIDC_AUDIENCE), expiry and not-before with a small leeway, and access tokens only: an ID token
(same issuer, same keys) is not a credential for the API.

A discovery document naming another issuer is a misconfiguration or an attack, never a
transient fault: `IssuerMismatch` ends the process (services/api/__main__.py).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import math
import time
from collections.abc import Mapping
from typing import Any

import httpx
from jose import jwt
from jose.exceptions import JOSEError

from services.api.errors import ApiError, Kind
from services.api.settings import ApiSettings
from services.common.names import is_owner

log = logging.getLogger(__name__)

# Symmetric (HS*) and `none` are refused before any key is looked at: an HS256 token "signed"
# with the provider's public key is the classic confusion attack.
_KTY_BY_ALG = {
    **{f"RS{n}": "RSA" for n in (256, 384, 512)},
    **{f"PS{n}": "RSA" for n in (256, 384, 512)},
    **{f"ES{n}": "EC" for n in (256, 384, 512)},
}
_MAX_TOKEN_BYTES = 16_384
_CACHE_SIZE = 4096
# Access tokens: RFC 9068 marks them in the header (`typ: at+jwt`); Keycloak in the claims
# (`typ: Bearer`, where its ID tokens say `ID` and refresh tokens `Refresh`).
_ACCESS_HEADER_TYPES = {"at+jwt", "application/at+jwt"}
_ACCESS_CLAIM_TYPE = "Bearer"


class IssuerMismatch(Exception):
    """OIDC discovery names an issuer other than OIDC_ISSUER: the API must not start."""


@dataclasses.dataclass(frozen=True)
class Principal:
    """Who is calling, as proven by their token (valid until `expires_at`, epoch seconds)."""

    subject: str
    owner: str
    roles: frozenset[str]
    is_admin: bool
    expires_at: float = math.inf
    key_id: str = ""


def unauthenticated(message: str) -> ApiError:
    return ApiError(Kind.UNAUTHENTICATED, message)


def bearer_token(authorization: str | None) -> str:
    """The token of an `Authorization: Bearer <token>` header (or gRPC metadata value)."""
    if not authorization:
        raise unauthenticated("missing bearer token")
    scheme, _, token = authorization.strip().partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise unauthenticated("authorization must be 'Bearer <token>'")
    if len(token) > _MAX_TOKEN_BYTES:
        raise unauthenticated("token too large")
    return token


class Authenticator:
    def __init__(self, settings: ApiSettings, http: httpx.AsyncClient) -> None:
        self._settings = settings
        self._http = http
        self._keys: dict[str, dict[str, Any]] = {}
        self._loaded = False
        self._last_fetch = -float("inf")
        self._lock = asyncio.Lock()
        # Verified tokens: a token is checked once, then served from here until it expires.
        self._cache: dict[str, tuple[float, Principal]] = {}

    @property
    def ready(self) -> bool:
        """True once a JWKS has been loaded."""
        return self._loaded

    @property
    def discovery_url(self) -> str:
        s = self._settings
        return s.oidc_discovery_url or s.oidc_issuer.rstrip("/") + "/.well-known/openid-configuration"

    async def load(self) -> None:
        """Fetch discovery and the JWKS now; raises UNAVAILABLE when the issuer cannot be reached."""
        async with self._lock:
            await self._fetch()

    async def keep_fresh(self, retry_s: float = 2.0) -> None:
        """Runs for the life of the process: loads the JWKS (retrying until the issuer answers;
        readiness waits for it), then reloads it every JWKS_REFRESH_S. Raises IssuerMismatch."""
        while True:
            try:
                await self.load()
            except ApiError as exc:
                log.warning("jwks not refreshed", extra={"reason": exc.message, "loaded": self._loaded})
                await asyncio.sleep(retry_s)
                continue
            await asyncio.sleep(self._settings.jwks_refresh_s)

    def still_valid(self, principal: Principal) -> None:
        """For calls that outlive their authentication (Watch): raises UNAUTHENTICATED once
        the token has expired or the key that signed it is no longer published."""
        if time.time() >= principal.expires_at:
            raise unauthenticated("token expired; renew it and resume")
        if principal.key_id not in self._keys:
            raise unauthenticated("the token's signing key was withdrawn by the issuer")

    async def _fetch(self) -> None:
        self._last_fetch = time.monotonic()
        try:
            jwks_url = self._settings.oidc_jwks_url
            if not jwks_url:
                discovery = (await self._http.get(self.discovery_url)).raise_for_status().json()
                if discovery.get("issuer") != self._settings.oidc_issuer:
                    named = str(discovery.get("issuer"))[:200]
                    raise IssuerMismatch(
                        f"discovery at {self.discovery_url} names issuer {named!r},"
                        f" not OIDC_ISSUER {self._settings.oidc_issuer!r}"
                    )
                jwks_url = discovery["jwks_uri"]
            jwks = (await self._http.get(jwks_url)).raise_for_status().json()
        except (httpx.HTTPError, KeyError, ValueError, AttributeError) as exc:
            raise ApiError(Kind.UNAVAILABLE, "identity provider unreachable") from exc
        keys = {
            k["kid"]: k
            for k in jwks.get("keys", [])
            if isinstance(k, dict) and "kid" in k and k.get("use", "sig") == "sig"
        }
        if keys.keys() != self._keys.keys():
            # Tokens verified with a withdrawn key must not live on in the cache.
            self._cache = {t: v for t, v in self._cache.items() if v[1].key_id in keys}
            log.info("jwks loaded", extra={"kids": sorted(keys)})
        self._keys = keys
        self._loaded = True

    async def _key(self, kid: str) -> dict[str, Any]:
        if kid not in self._keys:
            async with self._lock:
                wait = self._settings.jwks_min_refresh_s
                if kid not in self._keys and time.monotonic() - self._last_fetch >= wait:
                    await self._fetch()
        key = self._keys.get(kid)
        if key is None and not self._loaded:
            # Not the token's fault: no key could be fetched yet, so nothing can be verified.
            raise ApiError(Kind.UNAVAILABLE, "identity provider keys not loaded yet")
        if key is None:
            raise unauthenticated("token signed by an unknown key")
        return key

    async def authenticate(self, authorization: str | None) -> Principal:
        token = bearer_token(authorization)
        now = time.time()
        cached = self._cache.get(token)
        if cached is not None and cached[0] > now:
            return cached[1]
        claims, kid = await self._verify(token)
        principal = self._principal(claims, kid)
        if len(self._cache) >= _CACHE_SIZE:
            self._cache = {t: v for t, v in self._cache.items() if v[0] > now}
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
        # Cached no longer than the token lives (leeway excluded) and at most a minute.
        self._cache[token] = (min(float(claims["exp"]), now + 60), principal)
        return principal

    async def _verify(self, token: str) -> tuple[dict[str, Any], str]:
        s = self._settings
        try:
            header = jwt.get_unverified_header(token)
        except JOSEError as exc:
            raise unauthenticated("malformed token") from exc
        alg, kid = header.get("alg"), header.get("kid")
        if alg not in _KTY_BY_ALG:
            raise unauthenticated(f"token algorithm {alg!r} is not accepted")
        if not isinstance(kid, str) or not kid:
            raise unauthenticated("token has no key id")
        header_type = header.get("typ")
        key = await self._key(kid)
        if key.get("kty") != _KTY_BY_ALG[alg] or key.get("alg", alg) != alg:
            raise unauthenticated("token algorithm does not match its key")
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                key,
                algorithms=[alg],
                audience=s.oidc_audience,
                issuer=s.oidc_issuer,
                options={
                    "leeway": s.jwt_leeway_s,
                    "require_exp": True,
                    "require_iss": True,
                    "require_aud": True,
                    "verify_at_hash": False,
                },
            )
        except JOSEError as exc:
            raise unauthenticated(f"invalid token: {exc}") from exc
        access = isinstance(header_type, str) and header_type.lower() in _ACCESS_HEADER_TYPES
        if not access and claims.get("typ") != _ACCESS_CLAIM_TYPE:
            kind = claims.get("typ", header_type)
            raise unauthenticated(f"only access tokens are accepted, not {str(kind)[:20]!r}")
        return claims, kid

    def _principal(self, claims: Mapping[str, Any], kid: str) -> Principal:
        s = self._settings
        owner = claims.get(s.owner_claim)
        if not isinstance(owner, str) or not is_owner(owner):
            raise unauthenticated(f"token has no valid {s.owner_claim!r} claim to use as owner")
        roles = set(_strings(claims.get("roles")))
        realm = claims.get("realm_access")
        if isinstance(realm, Mapping):
            roles.update(_strings(realm.get("roles")))
        subject = claims.get("sub")
        return Principal(
            subject=subject if isinstance(subject, str) else owner,
            owner=owner,
            roles=frozenset(roles),
            is_admin=s.admin_role in roles,
            expires_at=float(claims["exp"]),
            key_id=kid,
        )


def _strings(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []
