"""The one call wrapper of REST, gRPC-Web and native gRPC: request ids, authentication,
authorization, stream caps, error normalization and metrics, identical on every transport.

    async with gate.call("grpc", "Query", request_id) as call:
        principal = await call.authorize(authorization_header)
        ...

Each transport only translates: it finds the request id and the Authorization value in its
own headers or metadata, and renders the ApiError that leaves the block in its own way
(JSON body and status, gRPC status, gRPC-Web trailers). Any other exception is logged here
and leaves as INTERNAL, so no transport can leak an internal message.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from typing import Any

from services.api.auth import Authenticator, Principal
from services.api.errors import ApiError, Kind, exhausted
from services.api.metrics import observe

log = logging.getLogger(__name__)

REQUEST_ID = "x-request-id"
_MAX_REQUEST_ID = 128


class Cancelled(Exception):
    """The client went away mid-call (a transport raises this when it notices)."""


def request_id(given: str | None) -> str:
    """The request id of every transport: the caller's `x-request-id` when it is short and
    printable (so it can be logged and echoed safely), else a new random one."""
    if given and len(given) <= _MAX_REQUEST_ID and given.isprintable():
        return given
    return uuid.uuid4().hex


class StreamSlots:
    """Caps on Watch streams open at once: in total and per token subject."""

    def __init__(self, total: int, per_principal: int) -> None:
        self.total = total
        self.per_principal = per_principal
        self._open: Counter[str] = Counter()

    @contextlib.contextmanager
    def hold(self, principal: Principal) -> Iterator[None]:
        if self._open.total() >= self.total:
            raise exhausted("MAX_STREAMS", self.total, "open streams (all callers)")
        if self._open[principal.subject] >= self.per_principal:
            raise exhausted("MAX_STREAMS_PER_PRINCIPAL", self.per_principal, "your open streams")
        self._open[principal.subject] += 1
        try:
            yield
        finally:
            self._open[principal.subject] -= 1
            if not self._open[principal.subject]:
                del self._open[principal.subject]


@dataclasses.dataclass
class Call:
    """One call in progress; `authorize` proves who calls and what they may do."""

    gate: Gate
    request_id: str
    _resources: contextlib.ExitStack

    async def authorize(
        self, authorization: str | None, admin_only: bool = False, stream: bool = False
    ) -> Principal:
        principal = await self.gate.auth.authenticate(authorization)
        if admin_only and not principal.is_admin:
            raise ApiError(Kind.PERMISSION_DENIED, f"this call requires the {self.gate.admin_role!r} role")
        if stream:
            self._resources.enter_context(self.gate.streams.hold(principal))
        return principal


class Gate:
    def __init__(self, auth: Authenticator, streams: StreamSlots, admin_role: str) -> None:
        self.auth = auth
        self.streams = streams
        self.admin_role = admin_role

    @contextlib.asynccontextmanager
    async def call(self, protocol: str, method: str, request_id: str) -> AsyncIterator[Call]:
        """Accounts for one call; `method` must be a bounded label (a known route or "other")."""
        started = time.perf_counter()
        code = "OK"
        try:
            with contextlib.ExitStack() as resources:
                yield Call(self, request_id, resources)
        except ApiError as exc:
            code = _label(protocol, exc.kind)
            raise
        except (asyncio.CancelledError, GeneratorExit, Cancelled):
            code = "CANCELLED"
            raise
        except Exception:
            log.exception("call failed", extra={"request_id": request_id, "method": method})
            code = _label(protocol, Kind.INTERNAL)
            raise ApiError(Kind.INTERNAL, "internal error") from None
        finally:
            if code == "OK" and protocol == "rest":
                code = "200"
            observe(protocol, method, code, time.perf_counter() - started, request_id)


def _label(protocol: str, kind: Kind) -> str:
    # REST is labelled by HTTP status, the gRPC transports by status name, as clients see them.
    return str(kind.http_status) if protocol == "rest" else kind.grpc_code.name


async def until_disconnect(receive: Any, work: Any) -> None:
    """Run a streaming response (an ASGI `receive` and a coroutine sending it); stop it as
    soon as the client disconnects (then Cancelled)."""
    task = asyncio.ensure_future(work)

    async def watch_disconnect() -> None:
        while (await receive())["type"] != "http.disconnect":
            pass

    watcher = asyncio.ensure_future(watch_disconnect())
    try:
        await asyncio.wait({task, watcher}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        # Also on our own cancellation (deadline, shutdown): neither task may outlive the call.
        for pending in (watcher, task):
            if not pending.done():
                pending.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await pending
    if task.cancelled():
        raise Cancelled
    task.result()
