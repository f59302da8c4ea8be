"""Keycloak for the tests and `make dev`, run as the chart's dev Deployment runs it.

    kc = KeycloakServer(base)                 # the dev realm the chart synthesizes
    kc.start(); kc.issuer                     # http://127.0.0.1:<port>/realms/timeseries
    kc.token("alice")                         # an access token: login form, code + PKCE S256

Everything comes from the synthesized dev manifests (chart.topology, in-process), never a copy:
the realm is the `keycloak-realm` ConfigMap's file, the arguments, KC_* variables, init
containers, mounts and securityContexts are the `keycloak` Deployment's. Only addresses change:
KC_HOSTNAME names the loopback port, and the HTTP and management ports are free ones. Secret
values (the Secrets the Deployment reads) are random per server.

It runs the way the upstream image runs (tests/stack/thirdparty.py lays the install out as the
image does: owned 1000:0, group-writable). In a private mount namespace the install is at
/opt/keycloak, read-only when the securityContext says readOnlyRootFilesystem (else a private
writable copy), each emptyDir and ConfigMap volume is a private directory bound at its
mountPath, and every container (init containers first) runs under its runAsUser, runAsGroup
and the pod's fsGroup, without capabilities. A securityContext the image cannot live with
fails here as it would in the cluster.

Re-augmentation (the chart's `augmented` emptyDir, seeded from the image by an init container)
costs a minute or more on a busy machine, so a start whose build options match an earlier
start's seeds that emptyDir with the lib/quarkus the earlier augmentation wrote (cached by
tests/stack/thirdparty.keep, keyed by version, arguments and KC_* values): Keycloak then finds
its build current and starts at once. `augmentation_cache=False` always runs the augmentation.
"""

from __future__ import annotations

import base64
import copy
import ctypes
import hashlib
import html
import json
import os
import re
import secrets
import shlex
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.parse
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

from tests.stack import manifests, thirdparty
from tests.stack.servers import ServerError, free_port, http_ok, stop_group, tail, wait_ready

REALM = "timeseries"
REALM_MAP = "keycloak-realm"
DEPLOYMENT = "keycloak"
HOME = "/opt/keycloak"
STAGING = "/opt/.volumes"  # where the volumes are bound while the mounts are made
SPA_CLIENT = "timeseries-spa"
# What the upstream image sets besides the Deployment's env (its Containerfile's ENV).
IMAGE_ENV = {"KC_RUN_IN_CONTAINER": "true", "LANG": "en_US.UTF-8", "HOME": HOME}
# The addresses the chart gives Keycloak; they are the only settings rewritten here.
ADDRESS_VARS = ("KC_HOSTNAME", "KC_HTTP_HOST", "KC_HTTP_PORT", "KC_HTTP_MANAGEMENT_PORT", "KEYCLOAK_URL")

Manifest = dict[str, Any]


def synthesized(overrides: Sequence[str] = ()) -> tuple[Manifest, ...]:
    """The dev profile's manifests, synthesized in-process with chart config `overrides`."""
    return manifests.objects(tuple(overrides))


def realm_text(objects: Sequence[Manifest]) -> str:
    """The realm file exactly as the ConfigMap holds it."""
    text: str = manifests.named("ConfigMap", REALM_MAP, objects)["data"][f"{REALM}-realm.json"]
    return text


class KeycloakServer:
    """Keycloak on free loopback ports with the synthesized dev realm; see the module doc."""

    def __init__(
        self,
        base: Path,
        overrides: Sequence[str] = (),
        deployment: Manifest | None = None,
        augmentation_cache: bool = True,
    ) -> None:
        """`overrides`: chart config values (e.g. `identity.access_token_lifespan_s=30`);
        `deployment`: a Deployment to run instead of the chart's (a test's altered copy)."""
        self.dir = base / "keycloak"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.objects = synthesized(overrides)
        self.deployment = deployment or manifests.named("Deployment", DEPLOYMENT, self.objects)
        self.realm_text = realm_text(self.objects)
        self.realm: dict[str, Any] = json.loads(self.realm_text)
        self.http_port = free_port()
        self.management_port = free_port()
        self.augmentation_cache = augmentation_cache
        self.secrets: dict[tuple[str, str], str] = {}
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = self.dir / "keycloak.log"
        self.started_in_s = 0.0

    # --- addresses ---

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def issuer(self) -> str:
        return f"{self.url}/realms/{REALM}"

    @property
    def discovery_url(self) -> str:
        return f"{self.issuer}/.well-known/openid-configuration"

    @property
    def management_url(self) -> str:
        return f"http://127.0.0.1:{self.management_port}"

    def secret(self, name: str, key: str) -> str:
        """The value of key `key` of Secret `name` as this server got it (random, stable)."""
        return self.secrets.setdefault((name, key), secrets.token_urlsafe(24))

    @property
    def admin_password(self) -> str:
        return self.secret(*self._secret_ref("KC_BOOTSTRAP_ADMIN_PASSWORD"))

    @property
    def demo_password(self) -> str:
        return self.secret(*self._secret_ref("DEMO_PASSWORD"))

    def user_id(self, username: str) -> str:
        """The fixed id (the tokens' `sub`) the dev realm gives a demo user."""
        return str(next(u["id"] for u in self.realm["users"] if u["username"] == username))

    @property
    def redirect_uri(self) -> str:
        """The SPA client's first exact redirect URI (the public origin's)."""
        client = next(c for c in self.realm["clients"] if c["clientId"] == SPA_CLIENT)
        return str(client["redirectUris"][0])

    # --- the pod ---

    def _pod(self) -> dict[str, Any]:
        spec: dict[str, Any] = self.deployment["spec"]["template"]["spec"]
        return spec

    def _container(self) -> dict[str, Any]:
        main: dict[str, Any] = self._pod()["containers"][0]
        return main

    def _secret_ref(self, variable: str) -> tuple[str, str]:
        entry = next(e for e in self._container()["env"] if e["name"] == variable)
        ref = entry["valueFrom"]["secretKeyRef"]
        return ref["name"], ref["key"]

    def env(self, container: Mapping[str, Any] | None = None) -> dict[str, str]:
        """A container's environment (default: Keycloak's): the Deployment's values and
        Secrets, the image's ENV, loopback addresses."""
        values: dict[str, str] = {}
        for entry in (container or self._container()).get("env", []):
            if "value" in entry:
                values[entry["name"]] = entry["value"]
            else:
                ref = entry["valueFrom"]["secretKeyRef"]
                values[entry["name"]] = self.secret(ref["name"], ref["key"])
        chart_addresses = set(values) & set(ADDRESS_VARS) - {"KC_HOSTNAME", "KEYCLOAK_URL"}
        if chart_addresses:
            raise ServerError(f"the chart now sets {sorted(chart_addresses)}: rewrite them here too")
        if "KEYCLOAK_URL" in values:  # a client of Keycloak (the realm sync Job)
            values["KEYCLOAK_URL"] = self.url
        values.update(
            {
                "KC_HOSTNAME": self.url,
                "KC_HTTP_HOST": "127.0.0.1",
                "KC_HTTP_PORT": str(self.http_port),
                "KC_HTTP_MANAGEMENT_PORT": str(self.management_port),
            }
        )
        return {**IMAGE_ENV, "PATH": "/usr/bin:/bin", **values}

    def _augmentation_key(self) -> str:
        """What decides the re-augmentation's output: the version, arguments and KC_* values
        but addresses and secrets."""
        literal = {e["name"]: e.get("value") for e in self._container().get("env", []) if "value" in e}
        build = {k: v for k, v in literal.items() if k.startswith("KC_") and k not in ADDRESS_VARS}
        material = json.dumps([thirdparty.versions()["keycloak"], self._container().get("args"), build])
        return "augmented-" + hashlib.sha256(material.encode()).hexdigest()[:16]

    def _volumes(
        self, pod: Mapping[str, Any], root: Path, objects: Sequence[Manifest] | None = None
    ) -> dict[str, Path]:
        """Each volume of `pod` as a private directory under `root`, made as the kubelet would."""
        pod_security = pod.get("securityContext", {})
        fs_group = pod_security.get("fsGroup")
        paths: dict[str, Path] = {}
        for volume in pod.get("volumes", []):
            path = root / volume["name"]
            shutil.rmtree(path, ignore_errors=True)
            path.mkdir(parents=True)
            if "configMap" in volume:
                data = manifests.named("ConfigMap", volume["configMap"]["name"], objects or self.objects)[
                    "data"
                ]
                for key, text in data.items():
                    (path / key).write_text(text)
                path.chmod(0o755)
            elif "emptyDir" in volume:
                # An emptyDir is world-writable; with an fsGroup, group-owned and setgid.
                path.chmod(0o777)
                if fs_group is not None:
                    os.chown(path, -1, fs_group)
                    path.chmod(0o2777)
            else:
                raise ServerError(f"volume {volume['name']!r}: only emptyDir and configMap are emulated")
            paths[volume["name"]] = path
        return paths

    def _script(
        self, pod: Mapping[str, Any], container: Mapping[str, Any], volumes: Mapping[str, Path], install: Path
    ) -> list[str]:
        """`unshare -m` argv that mounts the container's filesystem and runs it as its user."""
        pod_security = pod.get("securityContext", {})
        security = {**pod_security, **container.get("securityContext", {})}
        uid = security.get("runAsUser")
        if uid is None or uid == 0 or not security.get("runAsNonRoot"):
            raise ServerError("the Keycloak container must run as a non-root runAsUser")
        gid = security.get("runAsGroup", uid)
        groups = sorted({gid, *([pod_security["fsGroup"]] if "fsGroup" in pod_security else [])})
        read_only = bool(security.get("readOnlyRootFilesystem"))
        lines = [
            "set -e",
            # /opt is private to this namespace: the install appears at the image's path.
            "mount -t tmpfs -o mode=755 tmpfs /opt",
            f"mkdir {HOME} {STAGING}",
            f"mount --bind {shlex.quote(str(install))} {HOME}",
            # The volumes' directories may lie under a path a mount below hides (/tmp).
            f"mount --bind {shlex.quote(str(next(iter(volumes.values())).parent))} {STAGING}",
        ]
        if read_only:
            lines.append(f"mount -o remount,bind,ro {HOME}")
        mounts = sorted(container.get("volumeMounts", []), key=lambda m: m["mountPath"].count("/"))
        for mount in mounts:
            source = shlex.quote(f"{STAGING}/{volumes[mount['name']].name}")
            target = shlex.quote(mount["mountPath"])
            # The kubelet creates a missing mount point, even on a read-only root: in the parent
            # volume's directory here (the only writable place a nested mount point can be).
            lines.append(f"[ -d {target} ] || mkdir -p {target}")
            lines.append(f"mount --bind {source} {target}")
            if mount.get("readOnly"):
                lines.append(f"mount -o remount,bind,ro {target}")
        lines.append(f"umount {STAGING} && rmdir {STAGING}")
        env = self.env(container)
        command = [*(container.get("command") or [f"{HOME}/bin/kc.sh"]), *container.get("args", [])]
        run_as = [
            "setpriv",
            f"--reuid={uid}",
            f"--regid={gid}",
            f"--groups={','.join(map(str, groups))}",
            "--no-new-privs",
            "--pdeathsig=keep",  # unshare's --kill-child signal, which a change of user would clear
            "--inh-caps=-all",
            "--bounding-set=-all",
            "env",
            "-i",
            *[f"{k}={v}" for k, v in sorted(env.items())],
            *command,
        ]
        lines.append(f"cd {HOME} 2>/dev/null || cd /")
        lines.append("exec " + shlex.join(run_as))
        # A PID namespace of its own, as a container has: when unshare dies (_die_with_parent),
        # --kill-child ends the namespace's first process, and the kernel every other one.
        namespace = [
            "unshare",
            "--fork",
            "--pid",
            "--mount-proc",
            "--kill-child",
            "-m",
            "--propagation",
            "private",
        ]
        return [*namespace, "sh", "-c", "\n".join(lines)]

    def _install(self, read_only: bool) -> Path:
        """The image's files: the shared cached install when mounted read-only, else a private copy."""
        home = thirdparty.obtain("keycloak")
        if read_only:
            return home
        copy_dir = self.dir / "install"
        if not copy_dir.exists():
            subprocess.run(["cp", "-a", str(home), str(copy_dir)], check=True)
        return copy_dir

    def start(self, timeout: float = 600) -> None:
        started = time.monotonic()
        pod_security = self._pod().get("securityContext", {})
        main = self._container()
        read_only = bool({**pod_security, **main.get("securityContext", {})}.get("readOnlyRootFilesystem"))
        install = self._install(read_only)
        pod = self._pod()
        volumes = self._volumes(pod, self.dir / "volumes")
        self.log.write_bytes(b"")
        for init in pod.get("initContainers", []):
            done = subprocess.run(
                self._script(pod, init, volumes, install),
                stdout=self.log.open("ab"),
                stderr=subprocess.STDOUT,
            )
            if done.returncode != 0:
                raise ServerError(f"init container {init['name']} failed; log tail:\n{tail(self.log)}")
        augmented = self._augmented_volume(main)
        cached = thirdparty.derived("keycloak", self._augmentation_key()) if self.augmentation_cache else None
        if augmented is not None and cached is not None:
            shutil.rmtree(volumes[augmented])
            shutil.copytree(cached, volumes[augmented], ignore=shutil.ignore_patterns(".complete"))
            _own_like(volumes[augmented], pod.get("securityContext", {}))
        self.proc = subprocess.Popen(
            self._script(pod, main, volumes, install),
            stdout=self.log.open("ab"),
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )
        try:
            wait_ready(self._ready, timeout, "Keycloak", self.log, self.proc)
        except ServerError:
            self.stop()
            raise
        self.started_in_s = time.monotonic() - started
        if augmented is not None and cached is None and self.augmentation_cache:
            thirdparty.keep("keycloak", self._augmentation_key(), volumes[augmented])

    def run_job(self, objects: Sequence[Manifest], name: str) -> subprocess.CompletedProcess[str]:
        """Runs the first container of Job `name` of `objects` (a synthesis, e.g. of prod) as
        the cluster would, against this Keycloak (its KEYCLOAK_URL rewritten), to completion."""
        job = next(o for o in objects if o["kind"] == "Job" and o["metadata"]["name"].startswith(name))
        pod = job["spec"]["template"]["spec"]
        root = self.dir / "jobs" / job["metadata"]["name"]
        volumes = self._volumes(pod, root, objects)
        argv = self._script(pod, pod["containers"][0], volumes, thirdparty.obtain("keycloak"))
        return subprocess.run(argv, capture_output=True, text=True, timeout=600, check=False)

    @staticmethod
    def _augmented_volume(container: Mapping[str, Any]) -> str | None:
        """The volume mounted where the re-augmentation writes, if the chart mounts one."""
        return next(
            (m["name"] for m in container.get("volumeMounts", []) if m["mountPath"] == f"{HOME}/lib/quarkus"),
            None,
        )

    def _ready(self) -> bool:
        return http_ok(f"{self.management_url}/health/ready") and http_ok(self.discovery_url)

    def stop(self) -> None:
        stop_group(self.proc, timeout=30)
        self.proc = None

    def __enter__(self) -> KeycloakServer:
        self.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # --- admin REST API ---

    def admin_token(self) -> str:
        """An access token of the bootstrap admin (master realm, admin-cli)."""
        response = httpx.post(
            f"{self.url}/realms/master/protocol/openid-connect/token",
            data={
                "grant_type": "password",
                "client_id": "admin-cli",
                "username": "admin",
                "password": self.admin_password,
            },
            timeout=30,
        )
        response.raise_for_status()
        return str(response.json()["access_token"])

    def admin(self, method: str, path: str, body: Any = None) -> Any:
        """Calls the admin REST API under /admin/realms/; returns the decoded JSON or None."""
        response = httpx.request(
            method,
            f"{self.url}/admin/realms{path}",
            json=body,
            headers={"authorization": f"Bearer {self.admin_token()}"},
            timeout=30,
        )
        if response.status_code >= 400:
            raise ServerError(f"admin {method} {path}: HTTP {response.status_code}: {response.text[:500]}")
        return response.json() if response.content else None

    # --- tokens, the way a browser gets them ---

    def token(self, user: str, password: str | None = None) -> str:
        """A real access token for `user` (see `tokens`)."""
        return str(self.tokens(user, password)["access_token"])

    def tokens(
        self,
        user: str,
        password: str | None = None,
        client_id: str = SPA_CLIENT,
        exchange_verifier: str | None = None,
    ) -> dict[str, Any]:
        """The token response for `user` (see `sign_in`), with the demo password by default."""
        secret = self.demo_password if password is None else password
        return sign_in(self.issuer, self.redirect_uri, user, secret, client_id, exchange_verifier)

    def refresh(self, refresh_token: str, client_id: str = SPA_CLIENT) -> httpx.Response:
        """The token endpoint's answer to a refresh (200 with new tokens, or 400 and the error)."""
        return httpx.post(
            f"{self.issuer}/protocol/openid-connect/token",
            data={"grant_type": "refresh_token", "refresh_token": refresh_token, "client_id": client_id},
            timeout=30,
        )


def sign_in(
    issuer: str,
    redirect: str,
    user: str,
    password: str,
    client_id: str = SPA_CLIENT,
    exchange_verifier: str | None = None,
) -> dict[str, Any]:
    """The token response for `user` signing in on Keycloak's own login form: Authorization
    Code with PKCE S256 to the client's exact redirect URI `redirect` (never followed: nothing
    need listen there), then the code exchange with the PKCE verifier (`exchange_verifier`
    sends another). Raises ServerError with Keycloak's message on failure."""
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    state = secrets.token_urlsafe(16)
    endpoints = f"{issuer}/protocol/openid-connect"
    with httpx.Client(timeout=30, follow_redirects=False) as http:
        page = http.get(
            f"{endpoints}/auth",
            params={
                "client_id": client_id,
                "response_type": "code",
                "redirect_uri": redirect,
                "scope": "openid profile",
                "code_challenge": challenge,
                "code_challenge_method": "S256",
                "state": state,
                "nonce": secrets.token_urlsafe(16),
            },
        )
        action = re.search(r'<form id="kc-form-login"[^>]*action="([^"]+)"', page.text)
        if page.status_code != 200 or action is None:
            raise ServerError(f"no login form for {user!r}: HTTP {page.status_code}: {_message(page.text)}")
        # Keycloak's session cookies are `Secure`; a browser sends them to a loopback
        # http origin (a secure context), httpx's cookie jar does not: carry them by hand.
        cookies = "; ".join(f"{name}={value}" for name, value in page.cookies.items())
        response = http.post(
            html.unescape(action[1]),
            data={"username": user, "password": password},
            headers={"cookie": cookies},
        )
        location = response.headers.get("location", "")
        if not location.startswith(redirect):
            raise ServerError(
                f"login failed for {user!r}: HTTP {response.status_code}: {_message(response.text)}"
            )
        params = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(location).query))
        if params.get("state") != state or "code" not in params:
            raise ServerError(f"unexpected authorization response: {location}")
        exchanged = http.post(
            f"{endpoints}/token",
            data={
                "grant_type": "authorization_code",
                "code": params["code"],
                "redirect_uri": redirect,
                "client_id": client_id,
                "code_verifier": exchange_verifier or verifier,
            },
        )
    if exchanged.status_code != 200:
        raise ServerError(f"token exchange failed: HTTP {exchanged.status_code}: {exchanged.text}")
    body: dict[str, Any] = exchanged.json()
    return body


def _die_with_parent() -> None:
    """SIGKILL for `unshare` (which ignores SIGTERM while it waits) when the process that
    started it dies, even by SIGKILL (Linux), so no Keycloak outlives a killed test session or
    `make dev`. A graceful stop signals the whole process group instead (stop_group)."""
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1: PR_SET_PDEATHSIG


def _message(page: str) -> str:
    """Keycloak's error text on a page, or the page's start."""
    found = re.search(
        r'class="[^"]*(?:kc-feedback-text|pf-v5-c-alert__title|alert-error)[^"]*"[^>]*>([^<]+)<', page
    )
    return html.unescape(found[1]).strip() if found else page[:300]


def _own_like(path: Path, pod_security: Mapping[str, Any]) -> None:
    """A seeded emptyDir's files owned as the container that wrote them would own them."""
    uid = pod_security.get("runAsUser", -1)
    gid = pod_security.get("fsGroup", pod_security.get("runAsGroup", -1))
    for item in [path, *path.rglob("*")]:
        os.chown(item, uid, gid)


def deployment_copy(objects: Sequence[Manifest]) -> Manifest:
    """A deep copy of the chart's Keycloak Deployment, for tests that alter it."""
    return copy.deepcopy(manifests.named("Deployment", DEPLOYMENT, objects))


def prime(timeout: float = 900) -> str:
    """Runs the chart's re-augmentation once, outside any test's time limit, so the first test
    that starts Keycloak on a fresh machine starts it at once (`make thirdparty` calls this)."""
    with tempfile.TemporaryDirectory(prefix="keycloak-prime-") as scratch:
        server = KeycloakServer(Path(scratch))
        key = server._augmentation_key()
        if thirdparty.derived("keycloak", key) is not None:
            return f"keycloak: augmentation {key} cached"
        try:
            server.start(timeout)
        finally:
            server.stop()
        return f"keycloak: augmentation {key} cached after {server.started_in_s:.0f} s"


if __name__ == "__main__":
    print(prime())
