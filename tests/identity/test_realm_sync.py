"""A changed realm reaches a running Keycloak: the prod chart's realm-sync Job, run as the
cluster runs it (its image's kcadm.sh, its securityContext and mounts) against a Keycloak
that imported the dev realm at start, applies a changed realm and leaves the users alone.

A Keycloak of its own: the sync changes the realm that the session's other tests compare."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.chart.support import synthesize
from tests.stack.keycloak import REALM, KeycloakServer


@pytest.mark.timeout(900)
def test_the_realm_sync_job_reconciles_a_running_keycloak(tmp_path: Path) -> None:
    server = KeycloakServer(tmp_path)
    # Prod on the dev domain (the redirect URIs the users' clients use), tokens living 2 minutes.
    changed = synthesize("prod", ("domain=timeseries.localtest.me", "identity.access_token_lifespan_s=120"))
    try:
        server.start()
        assert server.admin("GET", f"/{REALM}")["accessTokenLifespan"] == 300
        for attempt in ("first", "again"):  # idempotent: a rerun of the Job changes nothing
            done = server.run_job(changed, "keycloak-realm-sync-")
            assert done.returncode == 0, f"{attempt}: {done.stdout}\n{done.stderr}"
            assert "realm timeseries reconciled" in done.stdout
        assert server.admin("GET", f"/{REALM}")["accessTokenLifespan"] == 120
        (proxy,) = server.admin("GET", f"/{REALM}/clients?clientId=oauth2-proxy")
        secret = server.admin("GET", f"/{REALM}/clients/{proxy['id']}/client-secret")["value"]
        assert secret == server.secret("oidc-clients", "oauth2-proxy-client-secret")  # placeholder resolved
        # The demo users (not in the prod file) are untouched; new tokens follow the new realm.
        tokens = server.tokens("alice")
        assert tokens["expires_in"] <= 120
    finally:
        server.stop()
