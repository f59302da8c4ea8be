"""The realm Keycloak runs is the realm the chart synthesizes.

"Equal" here, precisely:
1. byte for byte, the file Keycloak imported is the `keycloak-realm` ConfigMap's data of a
   fresh synthesis of the dev profile (the server mounts the ConfigMap's bytes, as the kubelet
   does, and logs that it imported the realm from that directory); and
2. every value that file sets is the value Keycloak reports back through its admin REST API
   (partial export for the realm, its roles and clients; the users endpoints for users),
   `${VAR}` placeholders resolved from the container's environment. Objects in lists are
   matched by their identifying key (clientId, username, name); lists of strings
   (redirectUris, webOrigins) compare as sets, as Keycloak stores them. Secrets Keycloak never
   exports are checked where they take effect: the client secret through the client-secret
   endpoint, the demo passwords by signing in.
Values the file leaves out are Keycloak's defaults (and its generated ids and keys) and are
not compared: the file is what the chart controls.
"""

from __future__ import annotations

import re
from typing import Any

from tests.stack.keycloak import KeycloakServer, realm_text, synthesized

_PLACEHOLDER = re.compile(r"^\$\{([A-Z0-9_]+)\}$")


def differences(expected: Any, actual: Any, path: str, env: dict[str, str]) -> list[str]:
    """Where `actual` (Keycloak's view) does not hold a value `expected` (the file) sets."""
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{path}: Keycloak has {actual!r}"]
        found: list[str] = []
        for key, value in expected.items():
            if key not in actual:
                found.append(f"{path}.{key}: not in Keycloak's representation")
            else:
                found += differences(value, actual[key], f"{path}.{key}", env)
        return found
    if isinstance(expected, list) and expected and isinstance(expected[0], dict):
        key = next(k for k in ("clientId", "username", "name") if k in expected[0])
        by_key = {item.get(key): item for item in actual or []}
        return [
            problem
            for item in expected
            for problem in (
                differences(item, by_key[item[key]], f"{path}[{item[key]}]", env)
                if item[key] in by_key
                else [f"{path}[{item[key]}]: missing in Keycloak"]
            )
        ]
    if isinstance(expected, list):
        return (
            []
            if sorted(expected) == sorted(actual or [])
            else [f"{path}: file {expected}, Keycloak {actual}"]
        )
    if isinstance(expected, str) and (placeholder := _PLACEHOLDER.match(expected)):
        expected = env[placeholder[1]]
    return [] if expected == actual else [f"{path}: file {expected!r}, Keycloak {actual!r}"]


def test_keycloak_imported_the_configmap_bytes(keycloak: KeycloakServer) -> None:
    fresh = realm_text(synthesized()).encode()
    imported = keycloak.dir / "volumes" / "realm" / "timeseries-realm.json"
    assert imported.read_bytes() == fresh == keycloak.realm_text.encode()
    log = keycloak.log.read_text()
    assert "Importing from directory /opt/keycloak/bin/../data/import" in log
    assert "Realm 'timeseries' imported" in log


def test_every_value_of_the_realm_file_is_in_effect(keycloak: KeycloakServer) -> None:
    env = keycloak.env()
    expected = dict(keycloak.realm)
    users = expected.pop("users")
    exported = keycloak.admin(
        "POST", "/timeseries/partial-export?exportClients=true&exportGroupsAndRoles=true"
    )
    # Exports mask client secrets; the secret endpoint tells the real one.
    for client in exported["clients"]:
        if client.get("secret") == "**********":
            client["secret"] = keycloak.admin("GET", f"/timeseries/clients/{client['id']}/client-secret")[
                "value"
            ]
    assert differences(expected, exported, "realm", env) == []

    reported = []
    for user in users:
        (found,) = keycloak.admin("GET", f"/timeseries/users?username={user['username']}&exact=true")
        roles = keycloak.admin("GET", f"/timeseries/users/{found['id']}/role-mappings/realm")
        found["realmRoles"] = [r["name"] for r in roles if r["name"] in user["realmRoles"]]
        reported.append(found)
        assert keycloak.token(user["username"], env["DEMO_PASSWORD"])
    # Credentials are never readable: signing in above proved them.
    readable = [{k: v for k, v in user.items() if k != "credentials"} for user in users]
    assert differences(readable, reported, "realm.users", env) == []


def test_the_comparison_sees_a_difference(keycloak: KeycloakServer) -> None:
    """The check above can fail: a value Keycloak does not hold is reported."""
    env = keycloak.env()
    exported = keycloak.admin("POST", "/timeseries/partial-export?exportClients=true")
    changed = {**keycloak.realm, "accessTokenLifespan": keycloak.realm["accessTokenLifespan"] + 1}
    changed.pop("users")
    problems = differences(changed, exported, "realm", env)
    assert any("accessTokenLifespan" in p for p in problems)
    spa = next(c for c in changed["clients"] if c["clientId"] == "timeseries-spa")
    wider = {**spa, "redirectUris": [*spa["redirectUris"], "https://evil.example/*"]}
    assert differences({"clients": [wider]}, exported, "realm", env)
