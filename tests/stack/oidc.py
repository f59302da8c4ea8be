"""The test OpenID Connect provider (tests/stack/idp, npm `oidc-provider`) from Python.

    with IdentityProvider(redirect_uris=["http://127.0.0.1:4200/"]) as idp:
        idp.issuer                    # e.g. http://127.0.0.1:41234 (OIDC_ISSUER for the API)
        token = idp.token("alice")    # a real access token, via Authorization Code + PKCE

Users (tests/stack/idp/users.json): alice and bob (role user), admin (roles user, admin);
password `<name>-password`. Public client `timeseries-spa`. Access tokens are RS256 JWTs for
audience `timeseries-api` with `realm_access.roles` and `roles`, signed by the fixed test key
in tests/stack/idp/test-key.json (test data, never a production secret).

`python -m tests.stack.oidc [--port N] [--redirect-uri URI ...]` runs it in the foreground
(for `make dev`).
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import ctypes
import hashlib
import json
import os
import re
import secrets
import signal
import subprocess
import tempfile
import urllib.parse
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

from tests.stack.servers import ServerError, free_port, http_ok, wait_ready

IDP_DIR = Path(__file__).resolve().parent / "idp"
CLIENT_ID = "timeseries-spa"
AUDIENCE = "timeseries-api"
USERS = {name: f"{name}-password" for name in ("alice", "bob", "admin")}


def signing_key() -> dict[str, Any]:
    """The provider's private RS256 JWK (test data), for tests that forge tokens on purpose."""
    key: dict[str, Any] = json.loads((IDP_DIR / "test-key.json").read_text())["keys"][0]
    return key


def _pdeathsig() -> None:
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1: PR_SET_PDEATHSIG


class IdentityProvider:
    def __init__(
        self,
        redirect_uris: Sequence[str] = ("http://localhost:4200/",),
        port: int | None = None,
        access_ttl_s: int = 600,
        die_with_parent: bool = False,
    ) -> None:
        """`die_with_parent`: the provider gets SIGTERM when this process dies, even by SIGKILL
        (Linux; for test sessions, not for a stack meant to outlive its launcher)."""
        self.die_with_parent = die_with_parent
        self.port = port or free_port()
        self.redirect_uris = list(redirect_uris)
        self.access_ttl_s = access_ttl_s
        self.proc: subprocess.Popen[bytes] | None = None
        self._log = Path(tempfile.mkstemp(prefix="idp-", suffix=".log")[1])

    @property
    def issuer(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def discovery_url(self) -> str:
        return f"{self.issuer}/.well-known/openid-configuration"

    def start(self, timeout: float = 30) -> None:
        if not (IDP_DIR / "node_modules").is_dir():
            raise ServerError(f"run `make idp-npm` first: {IDP_DIR}/node_modules is missing")
        env = {
            **os.environ,
            "IDP_PORT": str(self.port),
            "IDP_ISSUER": self.issuer,
            "IDP_REDIRECT_URIS": ",".join(self.redirect_uris),
            "IDP_ACCESS_TTL": str(self.access_ttl_s),
        }
        self.proc = subprocess.Popen(
            ["node", str(IDP_DIR / "server.mjs")],
            env=env,
            stdout=self._log.open("ab"),
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            preexec_fn=_pdeathsig if self.die_with_parent else None,
        )
        try:
            wait_ready(
                lambda: http_ok(self.discovery_url), timeout, "test OIDC provider", self._log, self.proc
            )
        except ServerError:
            self.stop()
            raise

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)
        self.proc = None

    def __enter__(self) -> IdentityProvider:
        self.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def token(self, user: str, password: str | None = None, redirect_uri: str | None = None) -> str:
        """A real access token for `user`: login and consent pages, code exchange with PKCE S256."""
        return str(self.tokens(user, password, redirect_uri)["access_token"])

    def tokens(
        self, user: str, password: str | None = None, redirect_uri: str | None = None
    ) -> dict[str, Any]:
        """The whole token response (access_token, id_token, expires_in, ...)."""
        redirect = redirect_uri or self.redirect_uris[0]
        verifier = secrets.token_urlsafe(48)
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
        state = secrets.token_urlsafe(16)
        query = {
            "client_id": CLIENT_ID,
            "response_type": "code",
            "redirect_uri": redirect,
            "scope": "openid profile",
            "code_challenge": challenge,
            "code_challenge_method": "S256",
            "state": state,
            "nonce": secrets.token_urlsafe(16),
        }
        with httpx.Client(base_url=self.issuer, timeout=10, follow_redirects=False) as http:
            response = http.get("/auth", params=query)
            password = USERS.get(user, "") if password is None else password
            for _ in range(10):
                location = response.headers.get("location", "")
                if location.startswith(redirect):
                    return self._exchange(http, location, state, verifier, redirect)
                if location:
                    response = http.get(location)
                    continue
                page = response.text
                action = re.search(r'<form method="post" action="([^"]+)"', page)
                if response.status_code >= 400 or action is None:
                    raise ServerError(f"login failed for {user!r}: HTTP {response.status_code}: {page[:500]}")
                form = {"login": user, "password": password} if 'name="login"' in page else {}
                response = http.post(action[1], data=form)
            raise ServerError("the authorization flow did not reach the redirect URI")

    @staticmethod
    def _exchange(
        http: httpx.Client, location: str, state: str, verifier: str, redirect: str
    ) -> dict[str, Any]:
        params = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(location).query))
        if params.get("state") != state or "code" not in params:
            raise ServerError(f"unexpected authorization response: {location}")
        response = http.post(
            "/token",
            data={
                "grant_type": "authorization_code",
                "code": params["code"],
                "redirect_uri": redirect,
                "client_id": CLIENT_ID,
                "code_verifier": verifier,
            },
        )
        if response.status_code != 200:
            raise ServerError(f"token exchange failed: HTTP {response.status_code}: {response.text}")
        body: dict[str, Any] = response.json()
        return body


def main() -> None:
    parser = argparse.ArgumentParser(description="Run the test OIDC provider in the foreground.")
    parser.add_argument("--port", type=int, default=None)
    parser.add_argument("--redirect-uri", action="append", default=None)
    args = parser.parse_args()
    idp = IdentityProvider(args.redirect_uri or ["http://localhost:4200/"], args.port)
    with idp:
        print(json.dumps({"issuer": idp.issuer, "redirect_uris": idp.redirect_uris}), flush=True)
        stop = {signal.SIGINT, signal.SIGTERM}
        signal.pthread_sigmask(signal.SIG_BLOCK, stop)
        signal.sigwait(stop)


if __name__ == "__main__":
    main()
