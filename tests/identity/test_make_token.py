"""`make token USER=<name>` (python -m tests.stack.dev token): an access token of a demo user of
the running stack, from its Keycloak's login form. Here against the session's Keycloak, named
by a state file shaped as `make up` writes it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from jose import jwt

from chart.realm import DEMO_USER_IDS, DEMO_USERS
from tests.stack.keycloak import KeycloakServer


def _token(state: Path, *args: str) -> subprocess.CompletedProcess[str]:
    argv = [sys.executable, "-m", "tests.stack.dev", "token", *args, "--state", str(state)]
    return subprocess.run(argv, capture_output=True, text=True, timeout=120, check=False)


def test_make_token_prints_a_demo_users_access_token(keycloak: KeycloakServer, tmp_path: Path) -> None:
    state = tmp_path / "stack.json"
    users = [
        {"username": name, "id": DEMO_USER_IDS[name], "password": keycloak.demo_password, "roles": roles}
        for name, roles in DEMO_USERS.items()
    ]
    state.write_text(
        json.dumps({"issuer_url": keycloak.issuer, "redirect_uri": keycloak.redirect_uri, "users": users})
    )
    for name in ("alice", "admin"):
        done = _token(state, name)
        assert done.returncode == 0, done.stderr
        claims = jwt.get_unverified_claims(done.stdout.strip())
        assert (claims["sub"], claims["typ"], claims["iss"]) == (
            DEMO_USER_IDS[name],
            "Bearer",
            keycloak.issuer,
        )
    unknown = _token(state, "mallory")
    assert unknown.returncode == 2 and "demo users: alice, bob, admin" in unknown.stderr
    assert _token(tmp_path / "absent.json", "alice").returncode == 1
