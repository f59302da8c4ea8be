"""Outages of any length lose nothing and dead-letter nothing valid.

The test broker closes the channel of a consumer that holds a delivery unacknowledged for
CONSUMER_TIMEOUT_MS (RabbitMQ's default is 30 min), and every such close counts a delivery
toward the queue's limit, here lowered to 2 so that holding messages across closes shows.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import aio_pika
import pytest

from services.common import topology
from tests.ingest.helpers import (
    ConsumerProcess,
    Out,
    count,
    dead_letters,
    eventually,
    json_message,
    publish,
    queue_depth,
    stream_message,
)
from tests.stack.broker import BrokerVhost
from tests.stack.servers import CONSUMER_TIMEOUT_MS, InfluxServer, RabbitMQServer

LIMIT = 2


@pytest.fixture
def broker(rabbitmq: RabbitMQServer, vhost: str) -> BrokerVhost:
    """The chart's topology with the points queue's delivery limit lowered to LIMIT (this
    module's consumers, from conftest, use it)."""
    return BrokerVhost(rabbitmq, vhost, queue_arguments={"x-delivery-limit": LIMIT})


async def test_influxdb_down_for_many_consumer_timeouts_loses_and_dead_letters_nothing(
    broker: BrokerVhost,
    influx: InfluxServer,
    influx_db: str,
    consumer: Callable[..., ConsumerProcess],
) -> None:
    proc = await asyncio.to_thread(consumer)
    await publish(broker, [stream_message(i, 10) for i in range(100)])
    await eventually(lambda: count(influx, influx_db, "stream") == 1000, 30, "the first points stored")
    await asyncio.to_thread(influx.stop)
    try:
        await publish(broker, [stream_message(i, 10) for i in range(100, 400)])
        # More than (LIMIT + 2) consumer timeouts: a consumer that kept taking and holding
        # messages would have had them returned past the delivery limit by now.
        await asyncio.sleep((LIMIT + 3) * CONSUMER_TIMEOUT_MS / 1000)
        assert proc.status("/readyz") == 503
        assert proc.status("/healthz") == 200
    finally:
        await asyncio.to_thread(influx.start)
    await eventually(lambda: count(influx, influx_db, "stream") == 4000, 60, "every point stored")
    assert await dead_letters(broker.rabbitmq, broker.vhost) == []
    await eventually(lambda: proc.status("/readyz") == 200, 20, "ready again")


async def test_held_bytes_are_bounded_and_batches_sealed_by_bytes(
    broker: BrokerVhost,
    influx: InfluxServer,
    influx_db: str,
    consumer: Callable[..., ConsumerProcess],
) -> None:
    """Large messages: what the consumer holds is bounded in bytes, not only in messages."""
    note = "x" * 60_000
    big = [
        json_message(
            "alice", [{"measurement": "big", "fields": {"value": float(i), "note": note}, "time": i + 1}]
        )
        for i in range(60)
    ]
    size = len(big[0].body)
    proc = await asyncio.to_thread(
        consumer, HELD_BYTES=10 * size, BATCH_BYTES=3 * size, MAX_MESSAGE_BYTES=2 * size
    )
    await asyncio.to_thread(influx.stop)
    try:
        await publish(broker, big)
        await eventually(lambda: proc.metric("ingest_paused") == 1, 20, "consumption paused")
        held = []
        for _ in range(10):  # the broker's count lags; the consumer's own gauge does not
            held.append(proc.metric("ingest_held_bytes") / size)
            await asyncio.sleep(0.1)
        assert 0 < max(held) <= 12, held  # 10 messages' bytes, and what arrived before the pause
    finally:
        await asyncio.to_thread(influx.start)
    await eventually(lambda: count(influx, influx_db, "big") == 60, 60, "every big point stored")
    assert proc.metric("ingest_batches_total") >= 60 / 3
    assert await dead_letters(broker.rabbitmq, broker.vhost) == []


async def test_dead_lettering_over_the_limit_is_at_least_once(
    broker: BrokerVhost, rabbitmq: RabbitMQServer
) -> None:
    """A message over the delivery limit while the dead-letter queue cannot take it waits in
    its queue (at-least-once) instead of being dropped (at-most-once, the broker's default)."""
    broker.delete_bindings(topology.DEAD_EXCHANGE, topology.DEAD_QUEUE)
    await publish(broker, [Out(b"m v=1 1", "alice", "text/plain", {"owner": "alice"})])
    async with await aio_pika.connect(rabbitmq.amqp_url(broker.vhost)) as connection:
        channel = await connection.channel()
        queue = await channel.get_queue(topology.QUEUE)
        for _ in range(LIMIT + 1):  # returned LIMIT + 1 times: over the limit
            message = await queue.get(timeout=5)
            assert message is not None
            await message.nack(requeue=True)
        await asyncio.sleep(1)
        broker.restore_topology()  # the dead-letter binding is back
        await eventually(
            lambda: queue_depth(rabbitmq, broker.vhost, topology.DEAD_QUEUE) == 1, 20, "dead-lettered"
        )
        assert queue_depth(rabbitmq, broker.vhost) == 0
