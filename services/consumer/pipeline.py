"""Batching, writing, dead-lettering and acknowledging the messages of one broker channel.

Every delivered message joins the current batch, valid or not, so each batch covers a
contiguous range of delivery tags and is acknowledged with one `multiple=True` ack of its
last tag once InfluxDB has confirmed the write and every poison message of the batch has
been confirmed by the dead-letter exchange. One batch is written at a time while the next
one fills. A `Pipeline` lives as long as its channel: delivery tags mean nothing on another.

Consumption pauses (basic.cancel; what was delivered stays held, unacknowledged) while
InfluxDB cannot take writes, and while the messages held exceed their byte bound: in an
outage of any length only the messages already delivered wait, and they are written when
InfluxDB is back, rather than the whole queue passing through the consumer, each message
counting a delivery at every channel close, until the delivery limit dead-letters it.
"""

from __future__ import annotations

import asyncio
import copy
import dataclasses
import logging
import math
import random
import time

import aiormq.abc
from pamqp import commands

from services.common.topology import DEAD_EXCHANGE, ORIGINAL_USER_HEADER, QUEUE, REASON_HEADER
from services.consumer.decode import Decoder, Poison
from services.consumer.delivery import deliver_inline
from services.consumer.http import Health
from services.consumer.metrics import Metrics
from services.consumer.notify import Notifier
from services.consumer.writer import InfluxWriter, WriteRejected, WriteUnavailable

log = logging.getLogger(__name__)

Message = aiormq.abc.DeliveredMessage
#: Reasons to pause consumption.
INFLUX_DOWN = "InfluxDB unavailable"
HELD_BYTES = "held messages over their byte bound"


@dataclasses.dataclass(slots=True)
class Batch:
    messages: list[Message] = dataclasses.field(default_factory=list)  # valid ones, with chunks
    chunks: list[bytes] = dataclasses.field(default_factory=list)  # their line protocol
    poison: list[tuple[Message, str]] = dataclasses.field(default_factory=list)
    #: Its line protocol as it goes on the wire, prepared from its sealing on (InfluxWriter.prepare).
    body: asyncio.Future[bytes] | None = None
    points: int = 0
    size: int = 0  # every message, valid or poison
    bytes: int = 0  # their bodies, as delivered
    last_tag: int = 0
    started: float = 0.0  # loop time of its first message


@dataclasses.dataclass(frozen=True)
class Tuning:
    batch_points: int = 5000
    #: A batch is also sealed at this many bytes of message bodies (large messages).
    batch_bytes: int = 8 * 1024 * 1024
    batch_age_s: float = 0.2
    #: A batch is also sealed when no message has come for this long (0: never).
    batch_idle_s: float = 0.02
    #: 0: adapt the prefetch to about two batches' worth of messages.
    prefetch: int = 0
    #: Bodies held unacknowledged at most (about): the adaptive prefetch keeps below it, and
    #: consumption pauses above it (RabbitMQ has no prefetch in bytes).
    held_bytes: int = 64 * 1024 * 1024
    retry_initial_s: float = 0.1
    retry_max_s: float = 10.0


class Pipeline:
    def __init__(
        self,
        channel: aiormq.abc.AbstractChannel,
        dead_channel: aiormq.abc.AbstractChannel,
        writer: InfluxWriter,
        decoder: Decoder,
        tuning: Tuning,
        metrics: Metrics,
        health: Health,
        notifier: Notifier,
    ) -> None:
        self._channel = channel
        self._notifier = notifier
        self._dead_channel = dead_channel  # in publisher-confirm mode
        self._writer = writer
        self._decoder = decoder  # the consumer's, with its caches: it outlives channels
        self._tuning = tuning
        self._metrics = metrics
        self._health = health
        self._batch = Batch()
        self._timer: asyncio.TimerHandle | None = None
        self._sealed: asyncio.Queue[Batch] = asyncio.Queue()
        # Until message sizes are seen, as many as the held bytes allow at the largest size.
        largest = decoder.rules.max_message_bytes
        self.prefetch = tuning.prefetch or max(
            1, min(1000, 2 * tuning.batch_points, tuning.held_bytes // largest)
        )
        self._consumer_tag: str | None = None
        self._stopping = False
        self._held_bytes = 0  # delivered, not yet acknowledged
        #: Why consumption is paused (InfluxDB unavailable, too many bytes held), if it is.
        self._paused: set[str] = set()
        self._pausing: asyncio.Task[None] | None = None

    # ---- subscribing ---------------------------------------------------------------------

    async def subscribe(self) -> None:
        """Consume the queue with the current prefetch, through aiormq's own callback:
        aio-pika's IncomingMessage wrapper costs more per message than decoding does."""
        await self._channel.basic_qos(prefetch_count=self.prefetch)
        deliver_inline(self._channel)
        # aiormq takes a synchronous callback too (tools.awaitable), though typed for a coroutine.
        consume_ok = await self._channel.basic_consume(QUEUE, self.on_message, no_ack=False)  # type: ignore[arg-type]
        self._consumer_tag = consume_ok.consumer_tag
        self._metrics.prefetch.set(self.prefetch)
        self._metrics.held_bytes.set(self._held_bytes)
        if self._stopping or self._paused:  # SIGTERM, or a pause, arrived while subscribing
            await self._cancel()

    async def _cancel(self) -> None:
        if self._consumer_tag is not None:
            tag, self._consumer_tag = self._consumer_tag, None
            await self._channel.basic_cancel(tag)
            await asyncio.sleep(0)  # let deliveries that arrived before CancelOk run their callbacks

    def _pause(self, reason: str) -> None:
        """Stop deliveries until `_resume(reason)`; held messages stay held."""
        self._metrics.held_bytes.set(self._held_bytes)
        if reason not in self._paused:
            self._paused.add(reason)
            self._metrics.paused.set(1)
            log.warning("pausing consumption", extra={"reason": reason})
            self._pausing = asyncio.ensure_future(self._cancel())

    async def _resume(self, reason: str) -> None:
        if reason in self._paused:
            self._paused.discard(reason)
            if not self._paused and not self._stopping:
                self._metrics.paused.set(0)
                if self._pausing is not None:
                    await self._pausing
                log.info("resuming consumption", extra={"after": reason})
                if self._consumer_tag is None:
                    await self.subscribe()

    async def unsubscribe(self) -> None:
        """Stop deliveries; messages already delivered stay ours, unacknowledged, to commit."""
        self._stopping = True
        await self._cancel()

    # ---- filling -------------------------------------------------------------------------

    def on_message(self, message: Message) -> None:
        """aiormq's consumer callback: decode and add to the current batch. Synchronous, so
        the channel calls it in place (services/consumer/delivery.py); it must never block."""
        batch = self._batch
        body = message.body
        try:
            decoded = self._decoder.decode(body, message.header.properties)
        except Poison as exc:
            batch.poison.append((message, str(exc)))
        else:
            batch.messages.append(message)
            batch.chunks.append(decoded.lines)
            batch.points += decoded.points
        batch.size += 1
        batch.bytes += len(body)
        self._held_bytes += len(body)  # the gauge follows at each seal and ack (a lock per set)
        batch.last_tag = message.delivery.delivery_tag  # type: ignore[union-attr,assignment]
        if self._held_bytes >= self._tuning.held_bytes:
            self._pause(HELD_BYTES)
        if (
            batch.points >= self._tuning.batch_points
            or batch.bytes >= self._tuning.batch_bytes
            # The broker sends no more until an ack: waiting out the batch age would only idle
            # (the first batch, before the prefetch adapts from its cautious start, issue 14).
            or batch.size >= self.prefetch
        ):
            self.seal()
        elif batch.size == 1:
            batch.started = asyncio.get_running_loop().time()
            self._arm(batch)

    def _arm(self, batch: Batch) -> None:
        """One timer per batch, checking at most every batch_idle_s whether it has come of age,
        or has had no message since the last check."""
        loop = asyncio.get_running_loop()
        delay = self._tuning.batch_age_s - (loop.time() - batch.started)
        if self._tuning.batch_idle_s:
            delay = min(delay, self._tuning.batch_idle_s)
        self._timer = loop.call_later(delay, self._seal_if_due, batch, batch.size)

    def _seal_if_due(self, batch: Batch, size_then: int) -> None:
        if batch is not self._batch:
            return
        age = asyncio.get_running_loop().time() - batch.started
        # (A timer may fire within the clock's resolution of its time: a millisecond's slack.)
        if batch.size == size_then or age >= self._tuning.batch_age_s - 0.001:
            self.seal()
        else:
            self._arm(batch)

    def seal(self) -> None:
        """Hand the current batch to the writer and start a new one."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._batch.size:
            if self._batch.chunks:
                self._batch.body = self._writer.prepare(b"".join(self._batch.chunks))
            self._sealed.put_nowait(self._batch)
            self._batch = Batch()
            self._metrics.held_bytes.set(self._held_bytes)

    async def drain(self) -> None:
        """Seal the current batch and wait until every sealed batch is committed."""
        self.seal()
        await self._sealed.join()

    # ---- committing ----------------------------------------------------------------------

    async def run(self) -> None:
        """The writer loop: commit sealed batches one at a time, in delivery order."""
        while True:
            batch = await self._sealed.get()
            await self._commit(batch)
            self._sealed.task_done()

    async def _commit(self, batch: Batch) -> None:
        for message, reason in batch.poison:
            await self._dead_letter(message, reason, "invalid")
        if batch.chunks:
            stored: list[bytes] = []
            uncertain = await self._write_isolating(batch.messages, batch.chunks, stored, batch.body)
            # After the confirmed write, before the ack: a redelivered batch is announced again
            # (the watchers drop what they already sent), an unannounced one never acknowledged.
            self._notifier.stored(stored, uncertain)
        await self._channel.basic_ack(batch.last_tag, multiple=True)
        self._held_bytes -= batch.bytes
        self._metrics.held_bytes.set(self._held_bytes)
        if self._held_bytes < self._tuning.held_bytes // 2:
            await self._resume(HELD_BYTES)
        m = self._metrics
        m.last_commit.set_to_current_time()
        m.messages.inc(batch.size)
        m.points.inc(batch.points)
        m.batches.inc()
        m.batch_points.observe(batch.points)
        await self._adapt_prefetch(batch)

    async def _write_isolating(
        self,
        messages: list[Message],
        chunks: list[bytes],
        stored: list[bytes],
        prepared: asyncio.Future[bytes] | None = None,
    ) -> bool:
        """Write; when InfluxDB refuses points, bisect to dead-letter only the culprit messages.

        After a partial write (422) the good points are already stored; writing them again
        while bisecting overwrites them with the same values. A message whose own points are
        partly refused is dead-lettered whole, its good points stored. The chunks InfluxDB
        confirmed whole are appended to `stored`; returns whether some other points may have
        been stored too (a partial culprit's). `prepared`: the chunks as InfluxWriter.prepare
        gave them, if it has.
        """
        try:
            await self._write_retrying(prepared or self._writer.prepare(b"".join(chunks)))
        except WriteRejected as exc:
            if len(messages) == 1:
                cause = "partial" if exc.partial else "rejected"
                await self._dead_letter(messages[0], f"InfluxDB refused the points: {exc}", cause)
                return exc.partial
            half = len(messages) // 2
            first = await self._write_isolating(messages[:half], chunks[:half], stored)
            return await self._write_isolating(messages[half:], chunks[half:], stored) or first
        stored += chunks
        return False

    async def _write_retrying(self, body: asyncio.Future[bytes]) -> None:
        """Hold the batch (unacknowledged) and retry with full-jitter exponential backoff."""
        attempt = 0
        while True:
            started = time.perf_counter()
            try:
                await self._writer.send(body)
            except WriteUnavailable as exc:
                # Held, unacknowledged, never dead-lettered: down, token or bucket, nothing is
                # wrong with the points. /readyz says why meanwhile; no more is taken.
                self._pause(INFLUX_DOWN)
                self._health.influx_writable = False
                self._health.influx_error = str(exc)
                self._metrics.retries.inc()
                delay = backoff(attempt, self._tuning.retry_initial_s, self._tuning.retry_max_s)
                log.warning("InfluxDB write failed, retrying", extra={"error": str(exc), "retry_in_s": delay})
                attempt += 1
                await asyncio.sleep(delay)
                continue
            self._metrics.write_seconds.observe(time.perf_counter() - started)
            if not self._health.influx_writable:
                log.info("InfluxDB writes succeed again", extra={"attempts": attempt + 1})
                self._health.influx_writable = True
            await self._resume(INFLUX_DOWN)
            return

    async def _dead_letter(self, message: Message, reason: str, cause: str) -> None:
        """Re-publish to the dead-letter exchange with the reason, confirmed, before the ack."""
        properties = copy.copy(message.header.properties)
        properties.headers = {**(properties.headers or {}), REASON_HEADER: reason[:1000]}
        # RabbitMQ refuses a user_id that is not the publishing connection's own login.
        if properties.user_id:
            properties.headers[ORIGINAL_USER_HEADER] = properties.user_id
            properties.user_id = None
        properties.delivery_mode = 2
        routing_key = message.routing_key or ""
        attempt = 0
        while True:
            # Mandatory: a copy no queue takes comes back (basic.return) instead of being
            # confirmed and dropped, and the original stays held, unacknowledged, until a
            # retry is routed (the dead-letter queue or its binding was deleted: the operator's
            # to fix, /readyz says so meanwhile).
            confirmation = await self._dead_channel.basic_publish(
                message.body,
                exchange=DEAD_EXCHANGE,
                routing_key=routing_key,
                properties=properties,
                mandatory=True,
            )
            if isinstance(confirmation, commands.Basic.Ack):
                break
            if isinstance(confirmation, commands.Basic.Nack):
                problem = "dead-letter publish not confirmed by the broker"
            else:
                problem = f"dead letter unroutable: no queue bound to {DEAD_EXCHANGE!r} takes {routing_key!r}"
                self._metrics.dead_letter_returns.inc()
            self._health.dead_letter_error = problem
            delay = backoff(attempt, self._tuning.retry_initial_s, self._tuning.retry_max_s)
            log.error(problem + "; holding the message and retrying", extra={"retry_in_s": delay})
            attempt += 1
            await asyncio.sleep(delay)
        if self._health.dead_letter_error is not None:
            log.info("dead letters are routed again", extra={"attempts": attempt + 1})
            self._health.dead_letter_error = None
        self._metrics.dead_lettered.labels(cause).inc()
        log.warning(
            "message dead-lettered",
            extra={"cause": cause, "reason": reason, "routing_key": routing_key, "bytes": len(message.body)},
        )

    async def _adapt_prefetch(self, batch: Batch) -> None:
        """Keep about two batches of messages in flight: one being written, one filling.

        A prefetch in messages cannot suit both 1-point and 1,000-point messages, so it
        follows the points per message seen. RabbitMQ applies a new basic.qos only to
        consumers started after it, hence the re-subscription (on the same channel, so the
        messages already delivered keep their delivery tags).
        """
        if self._tuning.prefetch or self._stopping or self._paused:
            return
        per_message = max(batch.points / batch.size, 1.0)
        by_points = math.ceil(2.5 * self._tuning.batch_points / per_message)
        by_bytes = self._tuning.held_bytes // max(batch.bytes // batch.size, 1)
        wanted = max(1, min(65535, by_points, by_bytes))
        if abs(wanted - self.prefetch) > self.prefetch // 4:
            log.info(
                "adapting prefetch", extra={"prefetch": wanted, "points_per_message": round(per_message, 1)}
            )
            self.prefetch = wanted
            if self._consumer_tag is not None:
                await self._cancel()
                if not self._stopping and not self._paused:
                    await self.subscribe()


def backoff(attempt: int, initial: float, ceiling: float) -> float:
    return random.uniform(0, min(ceiling, initial * 2**attempt))
