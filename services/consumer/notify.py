"""Announcing what InfluxDB confirmed, on the notifications exchange (DESIGN.md, queue contract).

After a batch is stored, each owner's stored lines go out as one transient message, routing
key `stored.<owner>`, body the line protocol as written (no re-encoding on the hot path),
headers `x-instance` (this process) and `x-seq` (consecutive per process). The API's Watch
streams are fed from them and catch up from InfluxDB whenever `x-seq` skips a number.

Announcing is best effort and never holds up ingestion: `stored` only enqueues (bounded), one
task publishes on a channel of its own (so a refused publish, e.g. a missing exchange, closes
only that channel), and every message that cannot go out is logged and counted, its sequence
number used all the same, so the gap shows downstream and is caught up from InfluxDB.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import time
from collections.abc import Iterable

import aio_pika
from pamqp import commands

from services.common import topology
from services.consumer.metrics import Metrics

log = logging.getLogger(__name__)

#: Notifications waiting for the publishing task; beyond this they are dropped (a gap).
MAX_PENDING = 256
#: A closed notifications channel is reopened at most this often.
REOPEN_INTERVAL_S = 1.0


class Notifier:
    """One per consumer process: its instance id and sequence span broker reconnects."""

    def __init__(self, metrics: Metrics) -> None:
        self.instance = secrets.token_hex(8)
        self._metrics = metrics
        self._seq = 0
        self._pending: asyncio.Queue[tuple[str, bytes, int]] = asyncio.Queue(MAX_PENDING)
        self._connection: aio_pika.abc.AbstractConnection | None = None
        self._channel: aio_pika.abc.AbstractChannel | None = None
        self._opened_at = 0.0
        self._task: asyncio.Task[None] | None = None

    def attach(self, connection: aio_pika.abc.AbstractConnection) -> None:
        """Publish through `connection` (the session's) from now on."""
        self._connection, self._channel = connection, None
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._publish_pending(), name="notifier")

    async def flush(self, timeout_s: float) -> None:
        """Wait (at most `timeout_s`) until what is pending went out: on SIGTERM, after the
        last batch, so no watcher waits for a catch-up a later number would have triggered."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._pending.join(), timeout_s)

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    def stored(self, chunks: Iterable[bytes], uncertain: bool) -> None:
        """Announce confirmed line protocol (each chunk one owner's, measurements namespaced);
        `uncertain`: the batch also stored points no one can name (a partial write), so a
        number is skipped and the subscribers catch up from InfluxDB."""
        by_owner: dict[bytes, list[bytes]] = {}
        for chunk in chunks:
            # Every stored line starts with `<owner>/`; owners contain no `/`.
            by_owner.setdefault(chunk[: chunk.index(b"/")], []).append(chunk)
        for owner, parts in by_owner.items():
            self._seq += 1
            try:
                self._pending.put_nowait((owner.decode(), b"".join(parts), self._seq))
            except asyncio.QueueFull:
                self._failed("notification queue full", owner.decode())
        if uncertain:
            self._seq += 1

    def _failed(self, why: str, owner: str) -> None:
        self._metrics.notifications_failed.inc()
        log.warning("notification not published (watchers catch up)", extra={"error": why, "owner": owner})

    async def _publish_pending(self) -> None:
        while True:
            owner, body, seq = await self._pending.get()
            try:
                channel = await self._open()
                raw = await channel.get_underlay_channel()
                await raw.basic_publish(
                    body,
                    exchange=topology.NOTIFY_EXCHANGE,
                    routing_key=topology.notify_key(owner),
                    properties=commands.Basic.Properties(
                        content_type="text/plain",
                        delivery_mode=1,
                        headers={topology.INSTANCE_HEADER: self.instance, topology.SEQ_HEADER: seq},
                    ),
                )
                self._metrics.notifications.inc()
            except Exception as exc:  # never let announcing fail ingestion
                self._failed(repr(exc), owner)
            finally:
                self._pending.task_done()

    async def _open(self) -> aio_pika.abc.AbstractChannel:
        if self._channel is not None and not self._channel.is_closed:
            return self._channel
        if self._connection is None or self._connection.is_closed:
            raise ConnectionError("no broker connection")
        if time.monotonic() - self._opened_at < REOPEN_INTERVAL_S:
            raise ConnectionError("notifications channel closed; reopening shortly")
        self._opened_at = time.monotonic()
        self._channel = await self._connection.channel(publisher_confirms=False)
        return self._channel
