"""The Keycloak realm `timeseries` (DESIGN.md, Identity), imported at start from a ConfigMap.

Secret values never appear here: Keycloak replaces `${VAR}` placeholders in import files with
environment variables, which the Deployment reads from Secrets.

Redirect URIs are exact (no wildcards): an open redirect on a wildcard path can leak a code.
Refresh tokens rotate and are single-use (`revokeRefreshToken`, `refreshTokenMaxReuse` 0), so a
stolen refresh token works at most until its owner's next renewal, and a reuse is refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

NAME = "timeseries"
API_AUDIENCE = "timeseries-api"
SPA_CLIENT = "timeseries-spa"
PROXY_CLIENT = "oauth2-proxy"
DEMO_USERS = {"alice": ["user"], "bob": ["user"], "admin": ["user", "admin"]}
# Fixed Keycloak user ids of the demo users: the owner is the token's immutable `sub`, and
# publishers of the demo data must be able to name it before Keycloak ever ran.
DEMO_USER_IDS = {
    "alice": "da86edd8-1563-535a-8304-f36eaead261e",
    "bob": "43ea24f2-0d8f-50b1-9bdc-04f4ce6821b3",
    "admin": "dc28c25b-5b32-5dc8-b287-d6b38570ee61",
}


def _mappers() -> list[dict[str, Any]]:
    """Roles as `realm_access.roles` (Keycloak's default) and as a flat `roles` claim; the API audience."""
    return [
        {
            "name": "roles",
            "protocol": "openid-connect",
            "protocolMapper": "oidc-usermodel-realm-role-mapper",
            "config": {
                "claim.name": "roles",
                "multivalued": "true",
                "jsonType.label": "String",
                "access.token.claim": "true",
                "id.token.claim": "false",
                "userinfo.token.claim": "true",
            },
        },
        {
            "name": "audience",
            "protocol": "openid-connect",
            "protocolMapper": "oidc-audience-mapper",
            "config": {
                "included.custom.audience": API_AUDIENCE,
                "access.token.claim": "true",
                "id.token.claim": "false",
            },
        },
    ]


def realm(origins: Sequence[str], demo_users: bool, access_token_lifespan_s: int = 300) -> dict[str, Any]:
    """The realm for an SPA served at each of `origins` (`https://host`; the first is the public
    one), with the demo users when `demo_users`."""
    spa_redirects = [f"{origin}/" for origin in origins]
    realm_doc: dict[str, Any] = {
        "realm": NAME,
        "enabled": True,
        "sslRequired": "external",
        "registrationAllowed": False,
        # Five wrong passwords lock an account for a minute, then longer (Keycloak's default
        # of 30 leaves room for many guesses).
        "bruteForceProtected": True,
        "permanentLockout": False,
        "failureFactor": 5,
        "accessTokenLifespan": access_token_lifespan_s,
        "revokeRefreshToken": True,
        "refreshTokenMaxReuse": 0,
        "roles": {"realm": [{"name": "user"}, {"name": "admin"}]},
        "clients": [
            {
                "clientId": SPA_CLIENT,
                "name": "Timeseries SPA",
                "publicClient": True,
                "standardFlowEnabled": True,
                "implicitFlowEnabled": False,
                "directAccessGrantsEnabled": False,
                "redirectUris": spa_redirects,
                "webOrigins": list(origins),
                "attributes": {
                    "pkce.code.challenge.method": "S256",
                    # Keycloak separates several URIs in one attribute with `##`.
                    "post.logout.redirect.uris": "##".join(spa_redirects),
                },
                "protocolMappers": _mappers(),
            },
            {
                "clientId": PROXY_CLIENT,
                "name": "oauth2-proxy",
                "publicClient": False,
                "clientAuthenticatorType": "client-secret",
                "secret": "${OAUTH2_PROXY_CLIENT_SECRET}",
                "standardFlowEnabled": True,
                "directAccessGrantsEnabled": False,
                "redirectUris": [f"{origin}/oauth2/callback" for origin in origins],
                "webOrigins": list(origins),
                "attributes": {"pkce.code.challenge.method": "S256"},
                "protocolMappers": _mappers(),
            },
        ],
    }
    if demo_users:
        realm_doc["users"] = [
            {
                "id": DEMO_USER_IDS[name],
                "username": name,
                "enabled": True,
                "email": f"{name}@example.com",
                "emailVerified": True,
                "firstName": name.capitalize(),
                "lastName": "Demo",
                "realmRoles": roles,
                "credentials": [{"type": "password", "value": "${DEMO_PASSWORD}", "temporary": False}],
            }
            for name, roles in DEMO_USERS.items()
        ]
    return realm_doc
