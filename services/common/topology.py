"""The names of the RabbitMQ queue topology (DESIGN.md, queue contract).

The services never declare the topology: the broker has it from its boot definitions
(chart/rabbitmq_definitions.py), and neither the consumer's nor a publisher's broker user may
configure anything. A service only checks, passively, that what it uses exists.
"""

from __future__ import annotations

from urllib.parse import quote

import aio_pika
import aiormq
from aio_pika.abc import AbstractChannel

EXCHANGE = "timeseries"
DEAD_EXCHANGE = "timeseries.dead"
QUEUE = "timeseries.points"
DEAD_QUEUE = "timeseries.points.dead"
#: Header of a dead-lettered message that says why the consumer rejected it.
REASON_HEADER = "x-reject-reason"
#: Header of a dead-lettered message that keeps the publisher's verified user_id (RabbitMQ only
#: accepts a publisher's own login as user_id, so the consumer's re-publish cannot carry it).
ORIGINAL_USER_HEADER = "x-original-user-id"
#: Header that names the owner of a line protocol (`text/plain`) message.
OWNER_HEADER = "owner"
#: Header with the time RabbitMQ received a message, in milliseconds since the epoch: set by
#: its timestamp message interceptor (chart/rabbitmq.py), kept as the publisher's when set.
#: The time of the message's points that have none (services/consumer/decode.py).
TIMESTAMP_HEADER = "timestamp_in_ms"


class TopologyMissing(RuntimeError):
    """An exchange or queue of the contract does not exist on the broker."""


def amqp_url(host: str, port: int, user: str, password: str, vhost: str) -> str:
    """The broker URL for aio-pika, with user, password and vhost percent-encoded."""
    user, password, vhost = (quote(v, safe="") for v in (user, password, vhost))
    return f"amqp://{user}:{password}@{host}:{port}/{vhost}"


def routing_key(owner: str) -> str:
    return f"points.{owner}"


async def require(
    connection: aio_pika.abc.AbstractConnection, exchanges: tuple[str, ...], queues: tuple[str, ...] = ()
) -> None:
    """Passive checks (no permission needed) on a channel of their own, which a missing
    object closes. Raises TopologyMissing naming what is missing."""
    channel: AbstractChannel = await connection.channel()
    try:
        for name in exchanges:
            await channel.get_exchange(name, ensure=True)
        for name in queues:
            await channel.get_queue(name, ensure=True)
    except aiormq.exceptions.ChannelNotFoundEntity as exc:
        raise TopologyMissing(
            f"the broker has no {exc}: its topology comes from its boot definitions "
            "(chart/rabbitmq_definitions.py), which the services never declare"
        ) from None
    finally:
        if not channel.is_closed:
            await channel.close()
