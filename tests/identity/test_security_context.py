"""Keycloak under the chart's securityContext starts; under the old one it cannot.

Both run the way the image runs (tests/stack/keycloak.py): the install owned 1000:0 and
group-writable, the process under the Deployment's runAsUser/runAsGroup/fsGroup. The chart's
Deployment mounts the install read-only and lets the re-augmentation write only into an
emptyDir seeded by an init container. The old one ran 10014:10014 on a writable root with no
such emptyDir: outside group 0, the re-augmentation cannot write /opt/keycloak/lib/quarkus.
These starts re-augment for real (no cache), which takes minutes on a busy machine.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.stack.keycloak import KeycloakServer, deployment_copy, synthesized
from tests.stack.servers import ServerError


@pytest.mark.timeout(900)
def test_keycloak_starts_under_the_charts_security_context(tmp_path: Path) -> None:
    server = KeycloakServer(tmp_path, augmentation_cache=False)
    container = server.deployment["spec"]["template"]["spec"]["containers"][0]
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    try:
        server.start()
        log = server.log.read_text()
        assert "Quarkus augmentation completed" in log  # it did re-augment, into the emptyDir
        java = next(p for p in Path("/proc").glob("[0-9]*") if _is_keycloak_java(p, server))
        uids = (java / "status").read_text().split("Uid:")[1].split()[:1]
        assert uids == [str(container["securityContext"]["runAsUser"])]
        assert server.token("alice")
    finally:
        server.stop()


@pytest.mark.timeout(900)
def test_the_old_security_context_fails(tmp_path: Path) -> None:
    old = deployment_copy(synthesized())
    pod = old["spec"]["template"]["spec"]
    pod.pop("initContainers")
    (container,) = pod["containers"]
    container["securityContext"]["readOnlyRootFilesystem"] = False
    container["volumeMounts"] = [
        m for m in container["volumeMounts"] if not m["mountPath"].endswith("/lib/quarkus")
    ]
    server = KeycloakServer(tmp_path, deployment=old, augmentation_cache=False)
    with pytest.raises(
        ServerError, match=r"ReadOnlyFileSystemException|AccessDeniedException|Permission denied"
    ):
        server.start()


def _is_keycloak_java(proc: Path, server: KeycloakServer) -> bool:
    """Whether /proc/<pid> is this server's JVM (its environment names this server's port)."""
    try:
        argv0 = (proc / "cmdline").read_bytes().split(b"\0")[0]
        environ = (proc / "environ").read_bytes().split(b"\0")
    except OSError:
        return False
    return argv0.endswith(b"java") and f"KC_HTTP_PORT={server.http_port}".encode() in environ
