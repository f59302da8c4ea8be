"""A real Kubernetes control plane on loopback: etcd, kube-apiserver and kube-controller-manager.

    plane = ControlPlane(base); plane.start()
    plane.kubectl("apply", "--server-side", "-f", path)     # a CompletedProcess
    plane.env                                               # KUBECONFIG and PATH for `make secrets`
    plane.stop()

Built from their Go modules at the versions tests/stack/thirdparty.py pins. Certificates are made
per run in the private directory: a CA, the API server's serving certificate (127.0.0.1 and
localhost), an administrator's client certificate (group system:masters) and the service-account
signing key. Admission is the API server's default plugin set, as a cluster has it (PodSecurity,
ServiceAccount, LimitRanger, NamespaceLifecycle, ...), with privileged containers allowed by the
server so that Pod Security, not the server's own flag, is what refuses them. The controller
manager turns Deployments, StatefulSets and Jobs into Pods (admitted or refused by Pod Security)
and StatefulSets' claim templates into PVCs. There is no scheduler and no kubelet: admitted Pods
stay Pending, which is all a check of admission needs.
"""

from __future__ import annotations

import datetime
import ipaddress
import json
import os
import ssl
import subprocess
import urllib.request
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from tests.stack import thirdparty
from tests.stack.servers import ServerError, free_port, stop_group, tail, wait_ready

_Key = ec.EllipticCurvePrivateKey


def _name(common: str, organization: str = "") -> x509.Name:
    parts = [x509.NameAttribute(NameOID.COMMON_NAME, common)]
    if organization:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization))
    return x509.Name(parts)


def _pem_key(key: _Key | rsa.RSAPrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


class Certificates:
    """A CA of this run and the certificates the control plane needs, as PEM files in `dir`."""

    def __init__(self, directory: Path) -> None:
        self.dir = directory
        directory.mkdir(parents=True, exist_ok=True)
        now = datetime.datetime.now(datetime.UTC)
        self._window = (now - datetime.timedelta(minutes=5), now + datetime.timedelta(days=1))
        self._ca_key = ec.generate_private_key(ec.SECP256R1())
        ca = self._issue(_name("timeseries-test-ca"), self._ca_key, ca=True)
        self._ca = ca
        self.ca = self._write("ca.crt", ca.public_bytes(serialization.Encoding.PEM))
        self.serving = self._pair("apiserver", _name("kube-apiserver"), server=True)
        self.admin = self._pair("admin", _name("admin", "system:masters"), server=False)
        # RSA: the service-account issuer signs tokens with RS256, the algorithm every client accepts.
        sa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.sa_key = self._write("sa.key", _pem_key(sa_key))
        self.sa_pub = self._write(
            "sa.pub",
            sa_key.public_key().public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            ),
        )

    def _write(self, name: str, data: bytes) -> Path:
        path = self.dir / name
        path.write_bytes(data)
        path.chmod(0o600)
        return path

    def _issue(
        self, subject: x509.Name, key: _Key, *, ca: bool = False, server: bool = False
    ) -> x509.Certificate:
        builder = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(subject if ca else self._ca.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(self._window[0])
            .not_valid_after(self._window[1])
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        )
        if not ca:
            usage = ExtendedKeyUsageOID.SERVER_AUTH if server else ExtendedKeyUsageOID.CLIENT_AUTH
            builder = builder.add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
        if server:
            names: list[x509.GeneralName] = [
                x509.DNSName("localhost"),
                x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
            ]
            builder = builder.add_extension(x509.SubjectAlternativeName(names), critical=False)
        return builder.sign(key if ca else self._ca_key, hashes.SHA256())

    def _pair(self, stem: str, subject: x509.Name, *, server: bool) -> tuple[Path, Path]:
        key = ec.generate_private_key(ec.SECP256R1())
        cert = self._issue(subject, key, server=server)
        return (
            self._write(f"{stem}.crt", cert.public_bytes(serialization.Encoding.PEM)),
            self._write(f"{stem}.key", _pem_key(key)),
        )


class ControlPlane:
    """etcd, kube-apiserver and kube-controller-manager on free loopback ports under `base`."""

    def __init__(self, base: Path) -> None:
        self.dir = base / "kube"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.bin = thirdparty.obtain("kubernetes")
        self.etcd_bin = thirdparty.obtain("etcd")
        self.etcd_port, self.etcd_peer_port = free_port(), free_port()
        self.port = free_port()
        self.certs = Certificates(self.dir / "pki")
        self.kubeconfig = self.dir / "admin.kubeconfig"
        self.kubeconfig.write_text(json.dumps(self._kubeconfig()))
        self.procs: list[subprocess.Popen[bytes]] = []

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    @property
    def env(self) -> dict[str, str]:
        """An environment in which `kubectl` is this build's and talks to this API server."""
        return {**os.environ, "KUBECONFIG": str(self.kubeconfig), "PATH": f"{self.bin}:{os.environ['PATH']}"}

    def _kubeconfig(self) -> dict[str, Any]:
        cert, key = self.certs.admin
        return {
            "apiVersion": "v1",
            "kind": "Config",
            "clusters": [
                {"name": "test", "cluster": {"server": self.url, "certificate-authority": str(self.certs.ca)}}
            ],
            "users": [{"name": "admin", "user": {"client-certificate": str(cert), "client-key": str(key)}}],
            "contexts": [{"name": "test", "context": {"cluster": "test", "user": "admin"}}],
            "current-context": "test",
        }

    def _spawn(self, name: str, argv: list[str]) -> tuple[subprocess.Popen[bytes], Path]:
        log = self.dir / f"{name}.log"
        proc = subprocess.Popen(
            argv,
            cwd=self.dir,
            stdout=log.open("ab"),
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        self.procs.append(proc)
        return proc, log

    def start(self, timeout: float = 120) -> None:
        try:
            self._start_etcd(timeout)
            self._start_apiserver(timeout)
            self._start_controller_manager(timeout)
        except BaseException:
            self.stop()
            raise

    def _start_etcd(self, timeout: float) -> None:
        client = f"http://127.0.0.1:{self.etcd_port}"
        peer = f"http://127.0.0.1:{self.etcd_peer_port}"
        proc, log = self._spawn(
            "etcd",
            [
                str(self.etcd_bin),
                "--name=test",
                f"--data-dir={self.dir / 'etcd'}",
                f"--listen-client-urls={client}",
                f"--advertise-client-urls={client}",
                f"--listen-peer-urls={peer}",
                f"--initial-advertise-peer-urls={peer}",
                f"--initial-cluster=test={peer}",
                # A throw-away store: durability costs seconds of fsync on a busy disk.
                "--unsafe-no-fsync",
                "--log-level=warn",
            ],
        )
        wait_ready(lambda: _get(f"{client}/health").get("health") == "true", timeout, "etcd", log, proc)

    def _start_apiserver(self, timeout: float) -> None:
        certs = self.certs
        proc, log = self._spawn(
            "kube-apiserver",
            [
                str(self.bin / "kube-apiserver"),
                f"--etcd-servers=http://127.0.0.1:{self.etcd_port}",
                "--bind-address=127.0.0.1",
                "--advertise-address=127.0.0.1",
                f"--secure-port={self.port}",
                f"--tls-cert-file={certs.serving[0]}",
                f"--tls-private-key-file={certs.serving[1]}",
                f"--client-ca-file={certs.ca}",
                "--authorization-mode=Node,RBAC",
                "--service-account-issuer=https://kubernetes.default.svc.cluster.local",
                f"--service-account-key-file={certs.sa_pub}",
                f"--service-account-signing-key-file={certs.sa_key}",
                "--service-cluster-ip-range=10.96.0.0/16",
                # As clusters run it: the server permits privileged containers, and Pod Security
                # admission (on by default, like the rest of the default plugin set) decides.
                "--allow-privileged=true",
                "--profiling=false",
                # The `kubernetes` Service's endpoints may not be loopback addresses, and no Pod
                # runs here to use them.
                "--endpoint-reconciler-type=none",
            ],
        )
        wait_ready(lambda: self._readyz(), timeout, "kube-apiserver", log, proc)

    def _readyz(self) -> bool:
        done = self.kubectl("get", "--raw", "/readyz")
        return done.returncode == 0 and done.stdout.strip() == "ok"

    def _start_controller_manager(self, timeout: float) -> None:
        proc, log = self._spawn(
            "kube-controller-manager",
            [
                str(self.bin / "kube-controller-manager"),
                f"--kubeconfig={self.kubeconfig}",
                "--leader-elect=false",
                "--secure-port=0",
                f"--root-ca-file={self.certs.ca}",
                f"--service-account-private-key-file={self.certs.sa_key}",
                "--concurrent-deployment-syncs=10",
                "--concurrent-statefulset-syncs=10",
                "--concurrent-replicaset-syncs=10",
            ],
        )
        # Ready once the service-account controller made the default namespace's ServiceAccount:
        # without it the ServiceAccount admission plugin refuses every Pod.
        wait_ready(
            lambda: self.kubectl("get", "serviceaccount", "default", "-n", "default").returncode == 0,
            timeout,
            "kube-controller-manager",
            log,
            proc,
        )

    def version(self) -> str:
        """The API server's gitVersion (e.g. v1.35.4)."""
        done = self.kubectl("version", "-o", "json")
        if done.returncode != 0:
            raise ServerError(f"kubectl version failed: {done.stderr}")
        return str(json.loads(done.stdout)["serverVersion"]["gitVersion"])

    def kubectl(
        self, *args: str, stdin: str | None = None, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        """Runs this build's kubectl against this API server (never raises on a failed command)."""
        return subprocess.run(
            [str(self.bin / "kubectl"), f"--kubeconfig={self.kubeconfig}", *args],
            input=stdin,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def get(self, *args: str) -> dict[str, Any]:
        """`kubectl get ARGS -o json`, parsed; a failure raises ServerError."""
        done = self.kubectl("get", *args, "-o", "json")
        if done.returncode != 0:
            raise ServerError(f"kubectl get {' '.join(args)} failed: {done.stderr.strip()}")
        parsed: dict[str, Any] = json.loads(done.stdout)
        return parsed

    def logs(self) -> str:
        """The tail of each component's log, for a failing test's message."""
        return "\n".join(f"--- {log.name}\n{tail(log)}" for log in sorted(self.dir.glob("*.log")))

    def stop(self) -> None:
        for proc in reversed(self.procs):
            stop_group(proc)
        self.procs = []


def _get(url: str) -> dict[str, Any]:
    with urllib.request.urlopen(url, timeout=2, context=ssl.create_default_context()) as resp:
        parsed: dict[str, Any] = json.loads(resp.read())
        return parsed
