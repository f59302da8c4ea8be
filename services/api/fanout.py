"""One subscription per API replica to what the consumer stored, fanned out to its Watch streams.

The replica declares its own exclusive, auto-delete queue (bounded: `x-max-length`, overflow
drops the oldest) bound to the notifications exchange, and hands every notification, parsed
once (stored_lines.py), to the subscriptions whose owner scope and selector it concerns, in
memory: InfluxDB is read only to catch up, never per stream in steady state.

Catching up is the answer to every gap (DESIGN.md, queue contract): a stream's start, a
(re)subscription (a new queue: what was published meanwhile is gone), an `x-seq` that is not
its instance's previous + 1 (queue overflow, a publish the consumer could not make), a notice
that cannot name its points, a stream whose own bounded buffer overflowed (a slow client).
While the broker cannot be reached, or none is configured, `live` is False and each stream
catches up every WATCH_INTERVAL_S instead: degraded (polling), never silent.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import secrets
import time
from collections.abc import Iterator

import aiormq.abc
from prometheus_client import Counter, Gauge

from services.api.errors import ApiError, Kind
from services.api.metrics import REGISTRY
from services.api.model import Selector, SeriesData
from services.api.scope import OwnerScope
from services.api.stored_lines import Notice, parse
from services.common import topology
from services.common.connections import BrokerSettings

log = logging.getLogger(__name__)

GAPS = Counter(
    "api_watch_gaps",
    "Gaps that made Watch streams catch up from InfluxDB, by cause",
    ["cause"],
    registry=REGISTRY,
)
NOTICES = Counter("api_watch_notifications", "Notifications received from the consumer", registry=REGISTRY)
LIVE = Gauge("api_watch_live", "1 while subscribed to the notifications exchange", registry=REGISTRY)
STREAMS = Gauge("api_watch_subscriptions", "Watch streams fed by this replica", registry=REGISTRY)

RECONNECT_INITIAL_S = 0.2
RECONNECT_MAX_S = 10.0


def selects(selector: Selector, s: SeriesData) -> bool:
    if selector.measurement and s.measurement != selector.measurement:
        return False
    if selector.field and s.field != selector.field:
        return False
    return all(s.tags.get(k) == v for k, v in selector.tags.items())


class Subscription:
    """One Watch stream's inbox: bounded; an overflow empties it and asks for a catch-up, and
    a second overflow within `patience_s` of the previous ends the stream."""

    def __init__(self, scope: OwnerScope, selector: Selector, capacity: int, patience_s: float) -> None:
        self.scope = scope
        self.selector = selector
        self._capacity = capacity
        self._patience = patience_s
        self._inbox: collections.deque[list[SeriesData]] = collections.deque()
        self._wake = asyncio.Event()
        self._gap = True  # a stream starts by catching up
        self._overflowed_at: float | None = None
        self.ended: ApiError | None = None

    def offer(self, series: list[SeriesData]) -> None:
        """From the fan-out: never blocks, never grows past the capacity."""
        chosen = [s for s in series if selects(self.selector, s)]
        if not chosen or self.ended is not None:
            return
        if len(self._inbox) >= self._capacity:
            now = time.monotonic()
            if self._overflowed_at is not None and now - self._overflowed_at < self._patience:
                self._inbox.clear()
                self.ended = ApiError(
                    Kind.RESOURCE_EXHAUSTED,
                    "the client reads too slowly to follow this Watch; resume with `since`",
                )
                self._wake.set()
                return
            self._overflowed_at = now
            GAPS.labels("slow-client").inc()
            self.gap()
            return
        self._inbox.append(chosen)
        self._wake.set()

    def gap(self) -> None:
        """What is buffered is in InfluxDB too: drop it and catch up from there."""
        self._inbox.clear()
        self._gap = True
        self._wake.set()

    def take_gap(self) -> bool:
        gap, self._gap = self._gap, False
        if gap:
            self._inbox.clear()
        return gap

    def take(self) -> list[SeriesData] | None:
        return self._inbox.popleft() if self._inbox else None

    async def wait(self, timeout_s: float) -> bool:
        """Until something arrives (True) or the timeout."""
        if self._inbox or self._gap or self.ended is not None:
            return True
        self._wake.clear()
        try:
            async with asyncio.timeout(timeout_s):
                await self._wake.wait()
        except TimeoutError:
            return False
        return True


class Fanout:
    """The replica's subscription (when a broker is configured) and its streams' inboxes."""

    def __init__(
        self, broker: BrokerSettings | None, queue_max_length: int, capacity: int, patience_s: float
    ) -> None:
        self._broker = broker
        self._max_length = queue_max_length
        self._capacity = capacity
        self._patience = patience_s
        self._by_owner: dict[str, set[Subscription]] = {}
        self._every_owner: set[Subscription] = set()
        self._seqs: dict[str, int] = {}
        self.live = False

    @contextlib.contextmanager
    def subscribe(self, scope: OwnerScope, selector: Selector) -> Iterator[Subscription]:
        """An inbox for one stream, registered before its first catch-up read."""
        sub = Subscription(scope, selector, self._capacity, self._patience)
        group = self._every_owner if scope.owner is None else self._by_owner.setdefault(scope.owner, set())
        group.add(sub)
        STREAMS.inc()
        try:
            yield sub
        finally:
            group.discard(sub)
            if scope.owner is not None and not group:
                del self._by_owner[scope.owner]
            STREAMS.dec()

    def _gap_all(self, cause: str) -> None:
        GAPS.labels(cause).inc()
        for group in (self._every_owner, *self._by_owner.values()):
            for sub in group:
                sub.gap()

    def deliver(self, body: bytes, instance: str, seq: int) -> None:
        """One notification, in the order the queue holds them."""
        NOTICES.inc()
        previous = self._seqs.get(instance)
        self._seqs[instance] = seq
        if previous is None and len(self._seqs) > 1024:  # forget long-gone consumer processes
            self._seqs = {instance: seq}
        # A consumer first seen past its first notice may have sent some before we saw it.
        if seq != (previous or 0) + 1:
            self._gap_all("sequence")
        try:
            notice = parse(body)
        except (ValueError, UnicodeDecodeError):
            notice = Notice([], complete=False)
        if not notice.complete:
            self._gap_all("incomplete")
        by_owner: dict[str, list[SeriesData]] = {}
        for s in notice.series:
            by_owner.setdefault(s.owner, []).append(s)
        for owner, series in by_owner.items():
            for sub in self._by_owner.get(owner, ()):
                sub.offer(series)
        if self._every_owner:
            for sub in self._every_owner:
                sub.offer(notice.series)

    async def run(self) -> None:
        """Subscribe, and subscribe again (backing off) whenever the broker session ends."""
        if self._broker is None:
            return
        attempt = 0
        while True:
            started = time.monotonic()
            try:
                await self._session(self._broker, attempt)
            except Exception as exc:  # any end of the session: resubscribe; never crash the API
                log.warning(
                    "notifications subscription lost; streams poll meanwhile", extra={"error": repr(exc)}
                )
            finally:
                self.live = False
                LIVE.set(0)
            if time.monotonic() - started > RECONNECT_MAX_S:
                attempt = 0
            delay = min(RECONNECT_MAX_S, RECONNECT_INITIAL_S * 2**attempt)
            attempt += 1
            await asyncio.sleep(delay)

    async def _session(self, broker: BrokerSettings, attempt: int) -> None:
        lost: asyncio.Future[None] = asyncio.get_running_loop().create_future()

        def on_close(*_: object) -> None:
            if not lost.done():
                lost.set_result(None)

        # The next host each attempt (AMQP_HOST may name several); TLS verified as configured.
        connection = await broker.connect(
            attempt, timeout=10, client_properties={"connection_name": "timeseries-api"}
        )
        try:
            connection.close_callbacks.add(on_close)
            channel = await connection.channel()
            channel.close_callbacks.add(on_close)
            name = topology.WATCH_QUEUE_PREFIX + secrets.token_hex(8)
            queue = await channel.declare_queue(
                name,
                exclusive=True,
                auto_delete=True,
                arguments={"x-max-length": self._max_length, "x-overflow": "drop-head"},
            )
            exchange = await channel.get_exchange(topology.NOTIFY_EXCHANGE, ensure=False)
            await queue.bind(exchange, topology.notify_key("#"))
            raw = await channel.get_underlay_channel()

            async def on_message(message: aiormq.abc.DeliveredMessage) -> None:
                headers = message.header.properties.headers or {}
                instance, seq = headers.get(topology.INSTANCE_HEADER), headers.get(topology.SEQ_HEADER)
                if not isinstance(instance, (str, bytes)) or not isinstance(seq, int):
                    self._gap_all("malformed")
                    return
                self.deliver(message.body, instance if isinstance(instance, str) else instance.decode(), seq)

            await raw.basic_consume(name, on_message, no_ack=True)
            self.live = True
            LIVE.set(1)
            log.info("subscribed to notifications", extra={"queue": name})
            # What was published before this queue existed is only in InfluxDB.
            self._gap_all("subscribed")
            await lost
        finally:
            with contextlib.suppress(Exception):
                await connection.close()
