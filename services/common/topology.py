"""The RabbitMQ topology of the queue contract (DESIGN.md), declared idempotently.

The chart's broker definitions must declare the same objects with exactly these arguments:
any difference makes RabbitMQ answer PRECONDITION_FAILED to one side or the other.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import aio_pika
from aio_pika.abc import AbstractChannel

EXCHANGE = "timeseries"
DEAD_EXCHANGE = "timeseries.dead"
QUEUE = "timeseries.points"
DEAD_QUEUE = "timeseries.points.dead"
# `#`, not `*`: owners may contain dots (user@example.org), and `*` matches one word only.
ROUTING_PATTERN = "points.#"
QUEUE_ARGUMENTS: dict[str, Any] = {
    "x-queue-type": "quorum",
    "x-delivery-limit": 5,
    "x-dead-letter-exchange": DEAD_EXCHANGE,
}
DEAD_QUEUE_ARGUMENTS: dict[str, Any] = {"x-queue-type": "quorum"}
#: Header of a dead-lettered message that says why the consumer rejected it.
REASON_HEADER = "x-reject-reason"


def amqp_url(host: str, port: int, user: str, password: str, vhost: str) -> str:
    """The broker URL for aio-pika, with user, password and vhost percent-encoded."""
    user, password, vhost = (quote(v, safe="") for v in (user, password, vhost))
    return f"amqp://{user}:{password}@{host}:{port}/{vhost}"


def routing_key(owner: str) -> str:
    return f"points.{owner}"


async def declare(channel: AbstractChannel) -> None:
    points = await channel.declare_exchange(EXCHANGE, aio_pika.ExchangeType.TOPIC, durable=True)
    dead = await channel.declare_exchange(DEAD_EXCHANGE, aio_pika.ExchangeType.TOPIC, durable=True)
    queue = await channel.declare_queue(QUEUE, durable=True, arguments=QUEUE_ARGUMENTS)
    await queue.bind(points, ROUTING_PATTERN)
    dead_queue = await channel.declare_queue(DEAD_QUEUE, durable=True, arguments=DEAD_QUEUE_ARGUMENTS)
    await dead_queue.bind(dead, "#")


#: Header that names the owner of a line protocol (`text/plain`) message.
OWNER_HEADER = "owner"
