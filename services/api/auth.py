"""JWT authentication shared by REST, gRPC-Web and native gRPC.

Tokens are verified here, whatever sits in front (native gRPC does not pass oauth2-proxy):
signature by a key from the issuer's JWKS (found through OIDC discovery, cached, refetched on
an unknown `kid` at most every JWKS_MIN_REFRESH_S), asymmetric algorithms only, issuer,
audience, expiry and not-before with a small leeway.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
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


@dataclasses.dataclass(frozen=True)
class Principal:
    """Who is calling, as proven by their token."""

    subject: str
    owner: str
    roles: frozenset[str]
    is_admin: bool


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

    async def keep_loading(self, retry_s: float = 2.0) -> None:
        """At start-up: retry until the JWKS is loaded (readiness waits for it)."""
        while not self._loaded:
            try:
                await self.load()
            except ApiError as exc:
                log.warning("jwks not loaded yet", extra={"reason": exc.message})
                await asyncio.sleep(retry_s)

    async def _fetch(self) -> None:
        self._last_fetch = time.monotonic()
        try:
            jwks_url = self._settings.oidc_jwks_url
            if not jwks_url:
                discovery = (await self._http.get(self.discovery_url)).raise_for_status().json()
                if discovery.get("issuer") != self._settings.oidc_issuer:
                    log.warning(
                        "discovery names another issuer",
                        extra={"expected": self._settings.oidc_issuer, "discovered": discovery.get("issuer")},
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
        self._keys = keys
        self._loaded = True
        log.info("jwks loaded", extra={"kids": sorted(keys)})

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
        claims = await self._verify(token)
        principal = self._principal(claims)
        if len(self._cache) >= _CACHE_SIZE:
            self._cache = {t: v for t, v in self._cache.items() if v[0] > now}
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
        # Cached no longer than the token lives (leeway excluded) and at most a minute.
        self._cache[token] = (min(float(claims["exp"]), now + 60), principal)
        return principal

    async def _verify(self, token: str) -> dict[str, Any]:
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
        return claims

    def _principal(self, claims: Mapping[str, Any]) -> Principal:
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
        )


def _strings(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []
