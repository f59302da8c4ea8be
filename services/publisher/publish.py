"""Publishing to the `timeseries` exchange: persistent, mandatory messages with publisher
confirms, a window of unconfirmed messages so throughput is not bound by one round trip per
message, and the AMQP `user_id` set to the login, which RabbitMQ verifies.

A publisher never declares the topology (its broker user may not configure anything): it
only checks, passively, that the exchange exists.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import dataclasses
import itertools
import random
import time
from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import Any, Literal

import aio_pika
import aiormq
import orjson
from pamqp import commands

from services.common import topology
from services.common.connections import BrokerSettings, TlsRefused
from services.common.lineprotocol import InvalidPoint, PointFormatter

Format = Literal["json", "lp"]


class PublishError(RuntimeError):
    """The broker refused, lost or could not be reached; the text says which."""


def messages(
    points: Iterable[dict[str, Any]], owners: list[str], per_message: int, fmt: Format
) -> Iterator[tuple[str, bytes, int]]:
    """Group points into messages, owners taking turns: (owner, body, number of points)."""
    turn = itertools.cycle(owners)
    iterator = iter(points)
    formatter = PointFormatter()
    while chunk := list(itertools.islice(iterator, per_message)):
        owner = next(turn)
        if fmt == "json":
            yield owner, orjson.dumps({"owner": owner, "points": chunk}), len(chunk)
        else:
            now = time.time_ns()  # a point without time is stamped here, once, where it enters
            try:
                yield owner, "".join(formatter.line(p, "", now) for p in chunk).encode(), len(chunk)
            except InvalidPoint as exc:
                raise PublishError(f"cannot write a point as line protocol: {exc}") from None


@dataclasses.dataclass
class _Unconfirmed:
    """A message sent and not yet confirmed: all it takes to send it again after a failover."""

    owner: str
    body: bytes
    properties: commands.Basic.Properties
    confirm: asyncio.Future[Any]


def _answered(confirm: asyncio.Future[Any]) -> bool:
    """Whether the broker answered (confirmed, refused, returned) before the connection went."""
    return confirm.done() and not confirm.cancelled() and confirm.exception() is None


class _Lost(ConnectionError):
    """The connection or channel went before the broker confirmed."""


class Publisher:
    """Publishes with confirms; when the connection to a node is lost, reconnects to the next
    (AMQP_HOST may list every node) with backoff and sends again what was not yet confirmed, in
    order, for up to `failover_s`. A message confirmed before the loss is never sent again;
    one sent again may be stored twice, as the same message: its points keep their times (a
    point without one is stamped by its `timestamp_in_ms` header, set here once, which the
    broker keeps), so InfluxDB stores it once."""

    def __init__(self, broker: str | BrokerSettings, window: int = 1000, failover_s: float = 60.0) -> None:
        """`broker`: an amqp:// or amqps:// URL, or the settings (AMQPS with a CA file, server name)."""
        self._broker = BrokerSettings.from_url(broker) if isinstance(broker, str) else broker
        self._window = window
        self._failover_s = failover_s
        self._user_id = self._broker.amqp_user or None
        self._connection: aio_pika.abc.AbstractConnection | None = None
        self._channel: aiormq.abc.AbstractChannel | None = None
        self._pending: collections.deque[_Unconfirmed] = collections.deque()
        self._attempt = 0
        #: How many times a lost connection was replaced (another node, or the same one back).
        self.failovers = 0

    async def __aenter__(self) -> Publisher:
        # At start every node is tried once: a wrong address or login is said at once.
        error: PublishError | None = None
        for _ in self._broker.endpoints:
            try:
                await self._open()
                return self
            except _Lost as exc:
                error = PublishError(str(exc))
                self._attempt += 1
        assert error is not None
        raise error

    async def _open(self) -> None:
        """Connects to the broker of the current attempt; _Lost when it cannot be reached."""
        broker = self._broker
        try:
            self._connection = await broker.connect(self._attempt, timeout=10)
        except aio_pika.exceptions.ProbableAuthenticationError as exc:
            raise PublishError(f"RabbitMQ refused the login: {exc}") from None
        except TlsRefused as exc:
            raise PublishError(str(exc)) from None
        except (aio_pika.exceptions.AMQPError, aiormq.exceptions.AMQPError, OSError, TimeoutError) as exc:
            scheme, vhost = "amqps" if broker.amqp_tls else "amqp", broker.amqp_vhost
            where = f"{scheme}://{broker.where(self._attempt)}/{'' if vhost == '/' else vhost}"
            raise _Lost(f"cannot reach RabbitMQ at {where}: {exc!r}") from None
        try:
            await topology.require(self._connection, (topology.EXCHANGE,))
            channel = await self._connection.channel(publisher_confirms=True)
            self._channel = await channel.get_underlay_channel()
        except topology.TopologyMissing as exc:
            await self._connection.close()
            raise PublishError(str(exc)) from None
        except (aio_pika.exceptions.AMQPError, aiormq.exceptions.AMQPError, OSError, TimeoutError) as exc:
            with contextlib.suppress(Exception):
                await self._connection.close()
            raise _Lost(f"RabbitMQ at {broker.where(self._attempt)} failed the session: {exc!r}") from None

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            if exc is None:
                await self.flush()
        finally:
            if self._connection is not None:
                await self._connection.close()

    async def publish(self, owner: str, body: bytes, fmt: Format) -> None:
        """Send one message; returns once fewer than `window` messages await their confirm."""
        assert self._channel is not None, "use `async with Publisher(...)`"
        headers: dict[str, Any] = {topology.TIMESTAMP_HEADER: time.time_ns() // 1_000_000}
        if fmt == "lp":
            headers[topology.OWNER_HEADER] = owner
        properties = commands.Basic.Properties(
            content_type="application/json" if fmt == "json" else "text/plain",
            delivery_mode=2,
            headers=headers,
            user_id=self._user_id,
        )
        self._pending.append(_Unconfirmed(owner, body, properties, self._send(owner, body, properties)))
        while len(self._pending) >= self._window:
            await self._settle_first()

    def _send(self, owner: str, body: bytes, properties: commands.Basic.Properties) -> asyncio.Future[Any]:
        assert self._channel is not None
        return asyncio.ensure_future(
            self._channel.basic_publish(
                body,
                exchange=topology.EXCHANGE,
                routing_key=topology.routing_key(owner),
                properties=properties,
                mandatory=True,  # an unroutable message comes back instead of vanishing
            )
        )

    async def flush(self) -> None:
        while self._pending:
            await self._settle_first()

    async def _settle_first(self) -> None:
        """Waits for the oldest message's confirm; on a lost connection, fails over first."""
        try:
            await self._confirmed(self._pending[0].confirm)
        except _Lost as exc:
            await self._fail_over(exc)
            return
        self._pending.popleft()

    async def _fail_over(self, lost: _Lost) -> None:
        """Reconnect (the next node each attempt, full-jitter backoff) and send every unconfirmed
        message again, oldest first; PublishError when no node took them within `failover_s`."""
        deadline = time.monotonic() + self._failover_s
        error: BaseException = lost
        for attempt in itertools.count():
            for record in self._pending:
                record.confirm.cancel()  # no-op for those already answered
            if self._connection is not None:
                with contextlib.suppress(Exception):
                    await self._connection.close()
            self._attempt += 1
            try:
                await self._open()
            except _Lost as exc:
                error = exc
            else:
                self.failovers += 1
                for record in self._pending:
                    if not _answered(record.confirm):
                        record.confirm = self._send(record.owner, record.body, record.properties)
                return
            delay = random.uniform(0, min(5.0, 0.2 * 2**attempt))  # jitter, not secrets
            if time.monotonic() + delay > deadline:
                raise PublishError(
                    f"connection to RabbitMQ lost before the broker confirmed, and no node took "
                    f"the unconfirmed messages again within {self._failover_s:.0f}s: {error}"
                ) from None
            await asyncio.sleep(delay)

    @staticmethod
    async def _confirmed(confirm: asyncio.Future[Any]) -> None:
        try:
            result = await confirm
        except aiormq.exceptions.ChannelAccessRefused as exc:
            raise PublishError(
                f"the broker refused the publish: {exc}. A publisher's broker user may publish only "
                "to routing key points.<its own user name> (`make publisher-user OWNER=...`)"
            ) from None
        except aiormq.exceptions.ChannelPreconditionFailed as exc:
            raise PublishError(f"the broker refused the message: {exc}") from None
        except (
            aiormq.exceptions.AMQPError,
            aiormq.exceptions.ChannelInvalidStateError,
            aio_pika.exceptions.AMQPError,
            OSError,
            asyncio.CancelledError,
        ) as exc:
            if isinstance(exc, asyncio.CancelledError) and not confirm.cancelled():
                raise  # this task is being cancelled, not the confirm
            raise _Lost(f"connection to RabbitMQ lost before the broker confirmed: {exc!r}") from None
        if isinstance(result, aiormq.abc.DeliveredMessage):
            raise PublishError(
                f"the broker returned a message as unroutable (routing key {result.routing_key!r}): "
                f"no queue is bound for it"
            )
        if not isinstance(result, commands.Basic.Ack):
            raise PublishError(f"the broker did not accept a message: {result!r}")
