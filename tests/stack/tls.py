"""Certificates made per run, so the stack's servers can stand in for external engines over TLS.

A private CA signs one server certificate for `localhost` and 127.0.0.1 (RabbitMQ's AMQPS
listener and influxd's --tls-cert); a second, unrelated CA is the "wrong CA" a client may be
given. Keys stay in the run's private directory. `TS_STACK_TLS=1` makes the session's servers
serve TLS and every client under test reach them over it (tests/conftest.py).
"""

from __future__ import annotations

import dataclasses
import datetime
import ipaddress
import os
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

#: The name the server certificate carries, and clients connect to.
HOST = "localhost"
ENV = "TS_STACK_TLS"


def enabled() -> bool:
    """Whether this run is in "external over TLS" mode."""
    return os.environ.get(ENV, "") not in ("", "0", "false")


@dataclasses.dataclass(frozen=True)
class Certs:
    ca: Path
    """PEM of the CA that signed the server certificate (what clients trust)."""
    cert: Path
    key: Path
    wrong_ca: Path
    """PEM of a CA that signed nothing here."""


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _ca(common: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common))
        .issuer_name(_name(common))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def make(directory: Path) -> Certs:
    """A fresh CA, a server certificate for HOST and 127.0.0.1 signed by it, and a wrong CA."""
    directory.mkdir(parents=True, exist_ok=True)
    ca_key, ca = _ca("timeseries test CA")
    _, wrong = _ca("unrelated test CA")
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(HOST))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName(HOST), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    certs = Certs(
        directory / "ca.pem", directory / "server.pem", directory / "server.key", directory / "wrong-ca.pem"
    )
    certs.ca.write_bytes(_pem(ca))
    certs.wrong_ca.write_bytes(_pem(wrong))
    certs.cert.write_bytes(_pem(cert))
    certs.key.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    certs.key.chmod(0o600)
    return certs
