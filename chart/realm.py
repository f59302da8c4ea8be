"""The Keycloak realm `timeseries` (DESIGN.md, Identity), imported at start from a ConfigMap.

Secret values never appear here: Keycloak replaces `${VAR}` placeholders in import files with
environment variables, which the Deployment reads from Secrets.
"""

from __future__ import annotations

from typing import Any

API_AUDIENCE = "timeseries-api"
SPA_CLIENT = "timeseries-spa"
PROXY_CLIENT = "oauth2-proxy"
DEMO_USERS = {"alice": ["user"], "bob": ["user"], "admin": ["user", "admin"]}


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


def realm(app_host: str, demo_users: bool) -> dict[str, Any]:
    origin = f"https://{app_host}"
    realm_doc: dict[str, Any] = {
        "realm": "timeseries",
        "enabled": True,
        "sslRequired": "external",
        "registrationAllowed": False,
        "bruteForceProtected": True,
        "accessTokenLifespan": 300,
        "roles": {"realm": [{"name": "user"}, {"name": "admin"}]},
        "clients": [
            {
                "clientId": SPA_CLIENT,
                "name": "Timeseries SPA",
                "publicClient": True,
                "standardFlowEnabled": True,
                "implicitFlowEnabled": False,
                "directAccessGrantsEnabled": False,
                "redirectUris": [f"{origin}/*"],
                "webOrigins": [origin],
                "attributes": {
                    "pkce.code.challenge.method": "S256",
                    "post.logout.redirect.uris": f"{origin}/*",
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
                "redirectUris": [f"{origin}/oauth2/callback"],
                "webOrigins": [origin],
                "attributes": {"pkce.code.challenge.method": "S256"},
                "protocolMappers": _mappers(),
            },
        ],
    }
    if demo_users:
        realm_doc["users"] = [
            {
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
