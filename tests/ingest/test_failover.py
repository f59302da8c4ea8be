"""The publisher fails over: a lost connection costs no confirmed message, and what it sends
again keeps its time, so a timeless point stored twice is stored once."""

from __future__ import annotations

import asyncio

import aio_pika
import orjson

from services.common import topology
from services.common.connections import BrokerSettings
from services.publisher.publish import Publisher
from tests.stack.broker import BrokerVhost

MESSAGES = 1000


async def _publish_through_closes(broker: BrokerVhost, settings: BrokerSettings) -> tuple[int, int]:
    """Publishes numbered messages until both closes happened (and at least MESSAGES); returns
    how many, and the publisher's failovers."""
    async with Publisher(settings, window=200, failover_s=30) as publisher:
        closer = asyncio.create_task(_close_twice(broker))
        sent = 0
        while sent < MESSAGES or not closer.done():
            body = orjson.dumps(
                {"owner": "alice", "points": [{"measurement": "f", "fields": {"n": {"int": sent}}}]}
            )
            await publisher.publish("alice", body, "json")
            sent += 1
            if sent % 100 == 0:
                await asyncio.sleep(0.1)
        await publisher.flush()
        await closer
        return sent, publisher.failovers


async def _close_twice(broker: BrokerVhost) -> None:
    for _ in range(2):
        await asyncio.sleep(0.4)
        await asyncio.to_thread(broker.rabbitmq.close_connections, broker.vhost, "failover test")


async def test_publisher_resends_unconfirmed_after_a_lost_connection(broker: BrokerVhost) -> None:
    """Before: the first close raised PublishError and the rest of the stream was never sent."""
    url = broker.publisher_url("alice")
    settings = BrokerSettings.from_url(url)
    # Every node listed: the first is a closed port, so start and failover move on to the broker.
    dead = BrokerSettings.from_url(url.replace(f":{broker.rabbitmq.amqp_port}/", ":9/", 1))
    listed = BrokerSettings(
        amqp_host=f"{dead.where()},{settings.where()}",
        amqp_user=settings.amqp_user,
        amqp_password=settings.amqp_password,
        amqp_vhost=settings.amqp_vhost,
    )
    sent, failovers = await _publish_through_closes(broker, listed)
    assert failovers >= 1  # the second close may find it between connections

    seen: dict[int, set[int]] = {}
    async with await aio_pika.connect(broker.rabbitmq.amqp_url(broker.vhost)) as connection:
        channel = await connection.channel()
        queue = await channel.get_queue(topology.QUEUE)
        while (message := await queue.get(fail=False, timeout=5)) is not None:
            await message.ack()
            n = orjson.loads(message.body)["points"][0]["fields"]["n"]["int"]
            stamp = message.headers[topology.TIMESTAMP_HEADER]
            assert isinstance(stamp, int)
            seen.setdefault(n, set()).add(stamp)
    assert sorted(seen) == list(range(sent))  # every confirmed message, and nothing else
    # A message sent twice carries the publisher's one stamp: stored at one time.
    assert all(len(stamps) == 1 for stamps in seen.values())
