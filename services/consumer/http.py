"""The probe and metrics endpoint (port 8081): /healthz, /readyz, /metrics.

A few lines of asyncio instead of a web framework: three GET routes on the consumer's own
event loop, so a blocked loop also fails the liveness probe.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from collections.abc import Awaitable, Callable

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from services.consumer.metrics import Metrics


@dataclasses.dataclass
class Health:
    broker_connected: bool = False
    consuming: bool = False
    """True once the session's subscription is taken: a connected session that still checks
    InfluxDB or subscribes (and may be refused) is not ready yet."""
    broker_error: str = ""
    """Why the last broker connection failed or ended (a refused TLS certificate says so)."""
    influx_writable: bool = True
    """False while the pipeline retries a write InfluxDB did not take (`influx_error` says why)."""
    influx_error: str = ""
    dead_letter_error: str | None = None
    """Why the last dead letter could not be published (returned unroutable, or not
    confirmed) while the pipeline holds it and retries; None once one is routed."""
    probe: Callable[[], Awaitable[str | None]] | None = None
    """An authenticated check that a write would be taken (None, or why not), asked on /readyz:
    an idle consumer with a wrong token or bucket must not look ready."""
    probe_error: str | None = None

    @property
    def ready(self) -> bool:
        """As last checked."""
        return (
            self.broker_connected
            and self.influx_writable
            and self.consuming
            and self.dead_letter_error is None
            and self.probe_error is None
        )

    async def check(self) -> str | None:
        """None when ready, else why not."""
        if not self.broker_connected:
            return f"broker disconnected: {self.broker_error}" if self.broker_error else "broker disconnected"
        if not self.influx_writable:
            return f"InfluxDB writes failing: {self.influx_error}"
        if not self.consuming:
            return "not consuming yet: subscribing to the queue"
        if self.dead_letter_error is not None:
            return self.dead_letter_error
        if self.probe is not None:
            self.probe_error = await self.probe()
            if self.probe_error is not None:
                return f"InfluxDB would not take a write: {self.probe_error}"
        return None


async def serve(health: Health, metrics: Metrics, port: int, host: str = "0.0.0.0") -> asyncio.Server:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout=5)
            method, path, *_ = request.split(b"\r\n", 1)[0].decode("latin-1").split(" ")
            status, content_type, body = await _route(method, path.split("?", 1)[0], health, metrics)
            head = (
                f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n"
                f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
            )
            writer.write(head.encode() + body)
            await writer.drain()
        except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError, OSError):
            pass
        finally:
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()

    return await asyncio.start_server(handle, host, port)


async def _route(method: str, path: str, health: Health, metrics: Metrics) -> tuple[str, str, bytes]:
    if method != "GET":
        return "405 Method Not Allowed", "text/plain", b"only GET\n"
    if path == "/healthz":
        return "200 OK", "text/plain", b"ok\n"
    if path == "/readyz":
        why = await health.check()
        metrics.ready.set(why is None)
        if why is None:
            return "200 OK", "text/plain", b"ready\n"
        return "503 Service Unavailable", "text/plain", f"not ready: {why}\n".encode()
    if path == "/metrics":
        metrics.ready.set(health.ready)
        return "200 OK", CONTENT_TYPE_LATEST, generate_latest(metrics.registry)
    return "404 Not Found", "text/plain", b"not found\n"
