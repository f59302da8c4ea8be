"""Publishing to the `timeseries` exchange: persistent, mandatory messages with publisher
confirms, a window of unconfirmed messages so throughput is not bound by one round trip per
message, and the AMQP `user_id` set to the login, which RabbitMQ verifies.

A publisher never declares the topology (its broker user may not configure anything): it
only checks, passively, that the exchange exists.
"""

from __future__ import annotations

import asyncio
import collections
import itertools
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


class Publisher:
    def __init__(self, broker: str | BrokerSettings, window: int = 1000) -> None:
        """`broker`: an amqp:// or amqps:// URL, or the settings (AMQPS with a CA file, server name)."""
        self._broker = BrokerSettings.from_url(broker) if isinstance(broker, str) else broker
        self._window = window
        self._user_id = self._broker.amqp_user or None
        self._connection: aio_pika.abc.AbstractConnection | None = None
        self._channel: aiormq.abc.AbstractChannel | None = None
        self._pending: collections.deque[asyncio.Future[Any]] = collections.deque()

    async def __aenter__(self) -> Publisher:
        broker = self._broker
        try:
            self._connection = await broker.connect(timeout=10)
        except aio_pika.exceptions.ProbableAuthenticationError as exc:
            raise PublishError(f"RabbitMQ refused the login: {exc}") from None
        except TlsRefused as exc:
            raise PublishError(str(exc)) from None
        except (aio_pika.exceptions.AMQPError, aiormq.exceptions.AMQPError, OSError, TimeoutError) as exc:
            scheme, vhost = "amqps" if broker.amqp_tls else "amqp", broker.amqp_vhost
            where = f"{scheme}://{broker.hosts[0]}:{broker.amqp_port}/{'' if vhost == '/' else vhost}"
            raise PublishError(f"cannot reach RabbitMQ at {where}: {exc!r}") from None
        try:
            await topology.require(self._connection, (topology.EXCHANGE,))
        except topology.TopologyMissing as exc:
            await self._connection.close()
            raise PublishError(str(exc)) from None
        channel = await self._connection.channel(publisher_confirms=True)
        self._channel = await channel.get_underlay_channel()
        return self

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
        properties = commands.Basic.Properties(
            content_type="application/json" if fmt == "json" else "text/plain",
            delivery_mode=2,
            headers={topology.OWNER_HEADER: owner} if fmt == "lp" else None,
            user_id=self._user_id,
        )
        confirm = asyncio.ensure_future(
            self._channel.basic_publish(
                body,
                exchange=topology.EXCHANGE,
                routing_key=topology.routing_key(owner),
                properties=properties,
                mandatory=True,  # an unroutable message comes back instead of vanishing
            )
        )
        self._pending.append(confirm)
        while len(self._pending) >= self._window:
            await self._confirmed(self._pending.popleft())

    async def flush(self) -> None:
        while self._pending:
            await self._confirmed(self._pending.popleft())

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
        except (aiormq.exceptions.AMQPError, aiormq.exceptions.ChannelInvalidStateError, OSError) as exc:
            raise PublishError(f"connection to RabbitMQ lost before the broker confirmed: {exc!r}") from None
        if isinstance(result, aiormq.abc.DeliveredMessage):
            raise PublishError(
                f"the broker returned a message as unroutable (routing key {result.routing_key!r}): "
                f"no queue is bound for it"
            )
        if not isinstance(result, commands.Basic.Ack):
            raise PublishError(f"the broker did not accept a message: {result!r}")
