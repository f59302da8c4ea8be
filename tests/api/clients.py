"""One call through each protocol, reduced to a comparable outcome, and forged tokens.

`outcome()` answers the same question over REST, native gRPC and gRPC-Web so a test can
assert that all three refuse (or accept) a token identically.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from pathlib import Path
from typing import Any

import grpc
import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jose import jwk, jwt

from chart.realm import API_AUDIENCE as AUDIENCE
from services.api.gen.timeseries.v1 import timeseries_pb2 as pb
from services.api.gen.timeseries.v1 import timeseries_pb2_grpc as pb_grpc
from tests.api.support import ALICE, ApiProcess, grpcweb_call
from tests.stack.keycloak import REALM, KeycloakServer

PROTOCOLS = ("rest", "grpc", "grpc-web", "grpc-web-text")
_HTTP_TO_CODE = {
    200: "OK",
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    503: "UNAVAILABLE",
}


async def outcome(api: ApiProcess, protocol: str, authorization: str | None, admin_path: bool = False) -> str:
    """The gRPC status name (REST: mapped from the HTTP status) of one small query."""
    if protocol == "rest":
        headers = {"Authorization": authorization} if authorization is not None else {}
        path = "/api/admin/data" if admin_path else "/api/data"
        async with httpx.AsyncClient() as http:
            response = await http.get(api.url + path, params={"measurement": "temperature"}, headers=headers)
        if response.status_code == 401:
            assert response.headers["www-authenticate"].startswith("Bearer")
        return _HTTP_TO_CODE.get(response.status_code, f"HTTP_{response.status_code}")
    request = pb.QueryRequest(selector=pb.SeriesSelector(measurement="temperature"))
    if admin_path:
        request.scope.all_owners = True
    if protocol == "grpc":
        metadata = (("authorization", authorization),) if authorization is not None else ()
        async with grpc.aio.insecure_channel(api.grpc_target) as channel:
            try:
                await stub(channel).Query(request, metadata=metadata, timeout=10)
            except grpc.aio.AioRpcError as exc:
                return str(exc.code().name)
            return "OK"
    headers = {"authorization": authorization} if authorization is not None else {}
    reply = grpcweb_call(
        api.url, "Query", request.SerializeToString(), text=protocol == "grpc-web-text", headers=headers
    )
    assert reply.http_status == 200
    assert reply.status is not None
    return code_name(reply.status)


def stub(channel: grpc.aio.Channel) -> Any:
    return pb_grpc.TimeseriesServiceStub(channel)  # type: ignore[no-untyped-call]


def code_name(number: int) -> str:
    return next(str(c.name) for c in grpc.StatusCode if c.value[0] == number)


# --- forged tokens ---
#
# The forging tests sign with a key of their own (forging-key.json, test data), which the API
# trusts because Keycloak publishes it: `trust_forging_key` adds it to the realm as an extra,
# low-priority key provider (Keycloak keeps signing with its own key). Keys are not part of the
# realm file, so the realm-equality test (tests/identity/test_realm.py) is unaffected.

FORGING_KEY = Path(__file__).resolve().parent / "forging-key.json"


def signing_key() -> dict[str, Any]:
    """The forging tests' private RS256 JWK, under the key id Keycloak gives it."""
    key: dict[str, Any] = json.loads(FORGING_KEY.read_text())["keys"][0]
    public = jwk.construct({k: key[k] for k in ("kty", "n", "e")}, "RS256").public_key()
    spki = serialization.load_pem_public_key(public.to_pem()).public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    # Keycloak's key id for an imported RSA key: base64url(SHA-256(SubjectPublicKeyInfo)).
    key["kid"] = _b64(hashlib.sha256(spki).digest())
    return key


def trust_forging_key(kc: KeycloakServer) -> None:
    """Makes Keycloak publish the forging key in the realm's JWKS (idempotent)."""
    kid = signing_key()["kid"]
    if any(k["kid"] == kid for k in _published(kc)):
        return
    private = jwk.construct(signing_key(), "RS256").to_pem().decode()
    realm_id = kc.admin("GET", f"/{REALM}")["id"]
    kc.admin(
        "POST",
        f"/{REALM}/components",
        {
            "name": "forging-tests",
            "providerId": "rsa",
            "providerType": "org.keycloak.keys.KeyProvider",
            "parentId": realm_id,
            "config": {
                "priority": ["-100"],
                "enabled": ["true"],
                "active": ["true"],
                "algorithm": ["RS256"],
                "privateKey": [private],
            },
        },
    )
    if not any(k["kid"] == kid for k in _published(kc)):
        raise AssertionError(f"Keycloak did not publish the forging key {kid}")


def _published(kc: KeycloakServer) -> list[dict[str, Any]]:
    jwks_uri = httpx.get(kc.discovery_url).json()["jwks_uri"]
    keys: list[dict[str, Any]] = httpx.get(jwks_uri).json()["keys"]
    return keys


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def claims(issuer: str, **overrides: Any) -> dict[str, Any]:
    now = int(time.time())
    base = {
        "typ": "Bearer",  # an access token, marked the way Keycloak marks them
        "iss": issuer,
        "aud": AUDIENCE,
        "sub": ALICE,
        "iat": now,
        "exp": now + 600,
        "roles": ["user"],
        "realm_access": {"roles": ["user"]},
    }
    base.update(overrides)
    return {k: v for k, v in base.items() if v is not None}


def sign(payload: dict[str, Any], key: dict[str, Any] | None = None, kid: str | None = None) -> str:
    key = key or signing_key()
    return str(jwt.encode(payload, key, algorithm="RS256", headers={"kid": kid or key["kid"]}))


def other_key() -> dict[str, Any]:
    """A fresh RSA key the provider never published."""
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    key: dict[str, Any] = jwk.construct(pem, "RS256").to_dict()
    key["kid"] = signing_key()["kid"]
    return key


def unsigned(payload: dict[str, Any]) -> str:
    """`alg: none`: no signature at all."""
    header = {"alg": "none", "typ": "JWT", "kid": signing_key()["kid"]}
    return f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(payload).encode())}."


def hs256_with_public_key(payload: dict[str, Any]) -> str:
    """The key-confusion attack: HMAC "signed" with the provider's public key as the secret."""
    public = {k: v for k, v in signing_key().items() if k in ("kty", "n", "e", "kid")}
    pem: bytes = jwk.construct(public, "RS256").to_pem()
    header = {"alg": "HS256", "typ": "JWT", "kid": public["kid"]}
    signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(payload).encode())}"
    signature = hmac.new(pem, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{_b64(signature)}"


def tampered(token: str, **changes: Any) -> str:
    """A real token whose payload was edited after signing (the signature is kept)."""
    header, payload, signature = token.split(".")
    data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    data.update(changes)
    return f"{header}.{_b64(json.dumps(data).encode())}.{signature}"


def stub_sync(channel: grpc.Channel) -> Any:
    return pb_grpc.TimeseriesServiceStub(channel)  # type: ignore[no-untyped-call]
