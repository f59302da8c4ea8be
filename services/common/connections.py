"""How the services reach RabbitMQ and InfluxDB: the connection settings every client shares, and
the verified TLS they use (AMQPS, https), in one place.

TLS is verified always: the server's chain against the system CAs or the CA file given, and
its name (the host, or AMQP_SERVER_NAME). A server whose certificate does not verify is
refused with `TlsRefused`, which says what to fix; callers treat it like an unreachable server
(retry with backoff, not ready: 503), since a rotated certificate or CA can mend it. A CA file
that cannot be read is a configuration error, raised at start as a SettingsError.
"""

from __future__ import annotations

import dataclasses
import functools
import ssl
import urllib.parse
from typing import Any

import aio_pika

from services.common import topology
from services.common.settings import Settings, SettingsError


def _without_password(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme}://{parts.hostname}:{parts.port or ''}{parts.path}"


class TlsRefused(ConnectionError):
    """The server's certificate did not verify against the configured CA."""


class _NamedContext(ssl.SSLContext):
    """A client context that sends and verifies `server_name` whatever host it connects to
    (aio-pika passes no server_hostname of its own to asyncio)."""

    server_name = ""

    def wrap_bio(self, *args: Any, **kwargs: Any) -> ssl.SSLObject:
        if self.server_name:
            kwargs["server_hostname"] = self.server_name
        return super().wrap_bio(*args, **kwargs)


def tls_context(ca_file: str, variable: str, server_name: str = "") -> ssl.SSLContext:
    """A client context that verifies chain and name (the host's, or `server_name`): against
    `ca_file`, or the system CAs."""
    context = _NamedContext(ssl.PROTOCOL_TLS_CLIENT)  # verifies the chain and the name
    context.server_name = server_name
    try:
        if ca_file:
            context.load_verify_locations(cafile=ca_file)
        else:
            context.load_default_certs()
    except (OSError, ssl.SSLError) as exc:
        raise SettingsError(f"{variable}={ca_file!r} is not a readable PEM CA certificate: {exc}") from None
    return context


def refusal(exc: BaseException, server: str, variable: str, ca_file: str) -> TlsRefused | None:
    """The TlsRefused that `exc` (or what caused it) means, or None if it is no verification failure."""
    seen: BaseException | None = exc
    found: ssl.SSLCertVerificationError | None = None
    for _ in range(8):  # the innermost verification error says why (aiohttp wraps it)
        if seen is None:
            break
        if isinstance(seen, ssl.SSLCertVerificationError):
            found = seen
        seen = getattr(seen, "certificate_error", None) or seen.__cause__ or seen.__context__
    if found is None:
        return None
    trust = f"the CA in {variable}={ca_file}" if ca_file else f"the system CAs ({variable} unset)"
    why = getattr(found, "verify_message", "") or str(found)
    return TlsRefused(
        f"TLS: the certificate of {server} was refused ({why}); "
        f"it must be signed by {trust} and name the server"
    )


def _endpoint(entry: str, default_port: int) -> tuple[str, int]:
    """`host`, `host:port`, `[v6]` or `[v6]:port` as (host, port)."""
    host, port = entry, ""
    if entry.startswith("["):
        host, _, rest = entry[1:].partition("]")
        port = rest.removeprefix(":") if rest.startswith(":") else rest
    elif entry.count(":") == 1:
        host, port = entry.split(":")
    if not host or (port and not port.isdigit()) or not 0 < int(port or default_port) < 65536:
        raise ValueError(f"AMQP_HOST entry {entry!r} is not host or host:port")
    return host, int(port or default_port)


@dataclasses.dataclass(frozen=True, kw_only=True)
class BrokerSettings(Settings):
    """RabbitMQ: AMQP, or AMQPS (verified) with AMQP_TLS."""

    amqp_host: str
    """Host name or address; several, comma-separated, are tried in turn (one per attempt), each
    optionally `host:port` (`[v6-address]:port`) when the nodes' ports differ."""
    amqp_user: str
    amqp_password: str
    amqp_port: int = 5672
    amqp_vhost: str = "/"
    amqp_tls: bool = False
    amqp_ca_file: str = ""
    """PEM CA(s) that sign the broker's certificate; empty: the system CAs."""
    amqp_server_name: str = ""
    """The name the broker's certificate must carry (and SNI), when it is not the host's."""

    def __post_init__(self) -> None:
        super().__post_init__()
        if not self.hosts:
            raise ValueError("AMQP_HOST must name at least one host")
        self.endpoints  # noqa: B018 - a malformed host:port fails here, at start
        if (self.amqp_ca_file or self.amqp_server_name) and not self.amqp_tls:
            raise ValueError("AMQP_CA_FILE and AMQP_SERVER_NAME need AMQP_TLS=true")
        if self.amqp_tls:
            self.amqp_ssl_context  # noqa: B018 - an unreadable CA file fails here, at start

    @classmethod
    def from_url(cls, url: str, ca_file: str = "", server_name: str = "") -> BrokerSettings:
        """The settings an amqp:// or amqps:// URL (aio-pika form) stands for; a `cafile` query
        parameter (as aio-pika reads it) names the CA when `ca_file` does not."""
        parts = urllib.parse.urlsplit(url)
        ca_file = ca_file or urllib.parse.parse_qs(parts.query).get("cafile", [""])[0]
        if parts.scheme not in ("amqp", "amqps") or not parts.hostname:
            raise SettingsError(f"not an amqp:// or amqps:// URL: {_without_password(url)}")
        tls = parts.scheme == "amqps"
        try:
            return cls(
                amqp_host=parts.hostname,
                amqp_port=parts.port or (5671 if tls else 5672),
                amqp_user=urllib.parse.unquote(parts.username or ""),
                amqp_password=urllib.parse.unquote(parts.password or ""),
                amqp_vhost=urllib.parse.unquote(parts.path[1:]) if len(parts.path) > 1 else "/",
                amqp_tls=tls,
                amqp_ca_file=ca_file,
                amqp_server_name=server_name,
            )
        except ValueError as exc:
            raise SettingsError(str(exc)) from None

    @property
    def hosts(self) -> tuple[str, ...]:
        return tuple(h.strip() for h in self.amqp_host.split(",") if h.strip())

    @property
    def endpoints(self) -> tuple[tuple[str, int], ...]:
        """Each AMQP_HOST entry as (host, port): its own `:port`, else AMQP_PORT."""
        return tuple(_endpoint(entry, self.amqp_port) for entry in self.hosts)

    def amqp_url_of(self, host: str, port: int | None = None) -> str:
        port = self.amqp_port if port is None else port
        url = topology.amqp_url(host, port, self.amqp_user, self.amqp_password, self.amqp_vhost)
        return url.replace("amqp://", "amqps://", 1) if self.amqp_tls else url

    @property
    def amqp_url(self) -> str:
        """The first host's URL (aio-pika form; TLS trust is passed beside it, see `connect`)."""
        return self.amqp_url_of(*self.endpoints[0])

    def where(self, attempt: int = 0) -> str:
        """host:port of the broker attempt number `attempt` tries (round robin)."""
        host, port = self.endpoints[attempt % len(self.endpoints)]
        return f"{host}:{port}"

    @functools.cached_property
    def amqp_ssl_context(self) -> ssl.SSLContext | None:
        if not self.amqp_tls:
            return None
        return tls_context(self.amqp_ca_file, "AMQP_CA_FILE", self.amqp_server_name)

    async def connect(self, attempt: int = 0, **kwargs: Any) -> aio_pika.abc.AbstractRobustConnection:
        """An aio-pika connection to host number `attempt` (round robin); TLS verified. A
        certificate that does not verify raises TlsRefused (a ConnectionError)."""
        host, port = self.endpoints[attempt % len(self.endpoints)]
        try:
            connection: aio_pika.abc.AbstractRobustConnection = await aio_pika.connect(
                self.amqp_url_of(host, port), ssl_context=self.amqp_ssl_context, **kwargs
            )
        except Exception as exc:
            refused = refusal(exc, f"RabbitMQ at {host}:{port}", "AMQP_CA_FILE", self.amqp_ca_file)
            if refused is not None:
                raise refused from None
            raise
        return connection


@dataclasses.dataclass(frozen=True, kw_only=True)
class InfluxSettings(Settings):
    """InfluxDB (or an engine serving its APIs): http, or https verified against INFLUX_CA_FILE."""

    influx_url: str
    influx_token: str
    influx_ca_file: str = ""
    """PEM CA(s) that sign the server's certificate (https URLs); empty: the system CAs."""

    def __post_init__(self) -> None:
        super().__post_init__()
        if not self.influx_url.startswith(("http://", "https://")):
            raise ValueError("INFLUX_URL must be an http:// or https:// URL")
        if self.influx_ca_file and not self.influx_url.startswith("https://"):
            raise ValueError("INFLUX_CA_FILE needs an https:// INFLUX_URL")
        self.influx_ssl_context  # noqa: B018 - an unreadable CA file fails here, at start

    @functools.cached_property
    def influx_ssl_context(self) -> ssl.SSLContext | None:
        """The context for an https URL (None for http)."""
        if not self.influx_url.startswith("https://"):
            return None
        return tls_context(self.influx_ca_file, "INFLUX_CA_FILE")

    def influx_refusal(self, exc: BaseException) -> TlsRefused | None:
        return refusal(exc, f"InfluxDB at {self.influx_url}", "INFLUX_CA_FILE", self.influx_ca_file)
