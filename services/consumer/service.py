"""The consumer's life cycle: connect, check the topology, consume, reconnect on loss, drain on SIGTERM."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

import aio_pika
import aiormq

from services.common import topology
from services.consumer import frames
from services.consumer.decode import Decoder, Rules
from services.consumer.http import Health
from services.consumer.metrics import Metrics
from services.consumer.notify import Notifier
from services.consumer.pipeline import Pipeline, Tuning, backoff
from services.consumer.settings import ConsumerSettings
from services.consumer.writer import InfluxWriter

log = logging.getLogger(__name__)

#: Errors that end a broker session; the consumer then reconnects with backoff.
BROKER_ERRORS: tuple[type[BaseException], ...] = (
    aio_pika.exceptions.AMQPError,
    aiormq.exceptions.AMQPError,
    aiormq.exceptions.ChannelInvalidStateError,  # e.g. an ack on a channel that just closed
    ConnectionError,
    OSError,
    TimeoutError,
)


#: On SIGTERM, how long the notifications of the last batches may take to go out.
NOTIFY_FLUSH_S = 2.0


class ConsumerCancelled(ConnectionError):
    """The broker cancelled the subscription (basic.cancel)."""


class Consumer:
    def __init__(self, settings: ConsumerSettings, metrics: Metrics | None = None) -> None:
        self.settings = settings
        self.metrics = metrics or Metrics()
        self.stopping = asyncio.Event()
        self._writer = InfluxWriter(
            settings.influx_url,
            settings.influx_token,
            settings.influx_org,
            settings.influx_bucket,
            settings.influx_gzip_level,
            settings.influx_timeout_ms,
            tls=settings,
        )
        self.health = Health(probe=self._writer.probe)
        self._decoder = Decoder(
            Rules(settings.strict_owner, settings.max_message_bytes, settings.max_message_points)
        )
        self._tuning = Tuning(
            batch_points=settings.batch_points,
            batch_age_s=settings.batch_age_ms / 1000,
            batch_idle_s=settings.batch_idle_ms / 1000,
            prefetch=settings.prefetch,
            batch_bytes=settings.batch_bytes,
            held_bytes=settings.held_bytes,
            retry_initial_s=settings.retry_initial_ms / 1000,
            retry_max_s=settings.retry_max_ms / 1000,
        )
        self._consuming_since: float | None = None  # loop time the current session began consuming
        self._notifier = Notifier(self.metrics)

    async def run(self) -> None:
        """Consume until `stopping` is set; then flush, acknowledge and return.

        Every reconnect waits out a full-jitter exponential backoff (the write retry
        settings): a broker that accepts the connection but fails the session at once (the
        queue refused, permissions gone) is retried at growing intervals, not in a hot loop.
        Only a session that consumed for at least the backoff ceiling starts the count anew.
        """
        frames.install()  # the lean frame reader for the connections made here
        attempt = 0
        loop = asyncio.get_running_loop()
        try:
            while not self.stopping.is_set():
                self._consuming_since = None
                try:
                    connection = await self.settings.connect(
                        attempt,
                        timeout=10,
                        client_properties={"connection_name": "timeseries-consumer"},
                    )
                except BROKER_ERRORS as exc:
                    await self._pause(attempt, "broker unreachable, retrying", repr(exc))
                    attempt += 1
                    continue
                try:
                    await self._session(connection)
                except topology.TopologyMissing as exc:
                    # Not a crash: the broker may still be importing its definitions.
                    await self._pause(attempt, "broker topology missing, retrying", str(exc))
                    attempt += 1
                except BROKER_ERRORS as exc:
                    self.metrics.reconnects.inc()
                    since = self._consuming_since
                    if since is not None and loop.time() - since >= self._tuning.retry_max_s:
                        attempt = 0
                    await self._pause(attempt, "broker session lost, reconnecting", repr(exc))
                    attempt += 1
                finally:
                    self.health.broker_connected = self.health.consuming = False
                    with contextlib.suppress(Exception):
                        await connection.close()
        finally:
            await self._notifier.close()
            await self._writer.close()

    async def _pause(self, attempt: int, message: str, error: str) -> None:
        """Wait out the backoff of this attempt (or until stopping); not ready meanwhile."""
        self.health.broker_connected = self.health.consuming = False
        self.health.broker_error = error
        delay = backoff(attempt, self._tuning.retry_initial_s, self._tuning.retry_max_s)
        log.warning(message, extra={"error": error, "attempt": attempt + 1, "retry_in_s": delay})
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.stopping.wait(), delay)

    async def _session(self, connection: aio_pika.abc.AbstractConnection) -> None:
        lost: asyncio.Future[BaseException | None] = asyncio.get_running_loop().create_future()

        def on_close(_: Any, exc: BaseException | None = None) -> None:
            if not lost.done():
                lost.set_result(exc)

        # Its user may not configure anything: the topology is the broker's, from its definitions.
        await topology.require(connection, (topology.DEAD_EXCHANGE,), (topology.QUEUE,))
        connection.close_callbacks.add(on_close)
        channel = await connection.channel(publisher_confirms=False)
        channel.close_callbacks.add(on_close)
        dead_channel = await connection.channel(publisher_confirms=True)
        dead_channel.close_callbacks.add(on_close)
        raw = await channel.get_underlay_channel()

        def on_cancel(frame: Any) -> None:
            # The broker ended the subscription (queue deleted, leader failover): without this
            # the channel stays open, idle and "ready". End the session instead; the reconnect
            # backs off, not ready, until the queue can be consumed again.
            if not lost.done():
                lost.set_result(ConsumerCancelled(f"consumer {frame.consumer_tag} cancelled by the broker"))

        raw.on_consumer_cancel_callbacks.add(on_cancel)
        pipeline = Pipeline(
            raw,
            await dead_channel.get_underlay_channel(),
            self._writer,
            self._decoder,
            self._tuning,
            self.metrics,
            self.health,
            self._notifier,
        )
        self._notifier.attach(connection)
        self.health.broker_connected = True
        await self._until_writable()
        await pipeline.subscribe()
        self.health.consuming = True
        self._consuming_since = asyncio.get_running_loop().time()
        log.info("consuming", extra={"queue": topology.QUEUE, "prefetch": pipeline.prefetch})
        writer = asyncio.create_task(pipeline.run(), name="batch-writer")
        stop = asyncio.create_task(self.stopping.wait())
        try:
            waiting: set[asyncio.Future[Any]] = {writer, stop, lost}
            await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
            if writer.done():
                writer.result()  # re-raise what ended the writer loop
            if lost.done():
                raise ConnectionError(f"broker connection or channel closed: {lost.result()!r}")
            await self._drain(pipeline)
        finally:
            writer.cancel()
            stop.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await writer

    async def _until_writable(self) -> None:
        """Subscribe only once InfluxDB takes writes (a probe, at every session start): after a
        restart or a channel closed during an outage, messages taken now would only be held,
        and every channel close of them counts a delivery toward the queue's limit."""
        attempt = 0
        while not self.stopping.is_set():
            problem = await self._writer.probe()
            self.health.influx_writable = problem is None
            self.health.influx_error = problem or ""
            self.metrics.paused.set(problem is not None)
            if problem is None:
                return
            delay = backoff(attempt, self._tuning.retry_initial_s, self._tuning.retry_max_s)
            log.warning("InfluxDB not writable; not consuming", extra={"error": problem, "retry_in_s": delay})
            attempt += 1
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stopping.wait(), delay)

    async def _drain(self, pipeline: Pipeline) -> None:
        """SIGTERM: stop deliveries, commit what was received; unacknowledged messages go back."""
        log.info("stopping: cancelling consumer and flushing")
        await pipeline.unsubscribe()
        try:
            await asyncio.wait_for(pipeline.drain(), self.settings.shutdown_timeout_s)
            await self._notifier.flush(NOTIFY_FLUSH_S)
            log.info("flushed and acknowledged; exiting")
        except TimeoutError:
            log.error("flush did not finish in time; unacknowledged messages will be redelivered")
