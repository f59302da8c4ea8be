"""Deliveries called in place (services/consumer/delivery.py), against the real broker: every
message reaches a synchronous callback, in order, inside one frame reader (the connection's,
where the frames are assembled, or the channel's for one that queued behind other frames; no
Task per message), and a failing callback does not stop the deliveries after it."""

from __future__ import annotations

import asyncio

import aio_pika
import aiormq
import pytest

from services.common import topology
from services.consumer.delivery import deliver_inline
from services.consumer.frames import LeanFrameReceiver
from tests.ingest.helpers import json_message, publish
from tests.stack.broker import CONSUMER_USER, BrokerVhost

N = 50


@pytest.mark.parametrize("reader", ["aiormq's", "lean"])
async def test_sync_callback_runs_in_place_in_order_and_survives_a_failure(
    broker: BrokerVhost, reader: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if reader == "lean":  # what frames.install() does in the consumer, undone after the test
        monkeypatch.setattr(aiormq.connection, "FrameReceiver", LeanFrameReceiver)
    await publish(
        broker, [json_message("alice", [{"measurement": "m", "fields": {"v": float(i)}}]) for i in range(N)]
    )
    connection = await aio_pika.connect(broker.url(CONSUMER_USER, broker.consumer_password))
    async with connection:
        channel = await (await connection.channel()).get_underlay_channel()
        deliver_inline(channel)
        deliver_inline(channel)  # idempotent: a re-subscription installs it again
        tasks: set[asyncio.Task[object] | None] = set()
        tags: list[int] = []
        done = asyncio.get_running_loop().create_future()

        def on_message(message: aiormq.abc.DeliveredMessage) -> None:
            tasks.add(asyncio.current_task())
            tags.append(message.delivery.delivery_tag)  # type: ignore[union-attr,arg-type]
            if len(tags) == N and not done.done():
                done.set_result(None)
            if len(tags) == 3:
                raise RuntimeError("a callback bug")

        await channel.basic_qos(prefetch_count=N)
        await channel.basic_consume(topology.QUEUE, on_message)  # type: ignore[arg-type]
        await asyncio.wait_for(done, 30)
        await channel.basic_ack(tags[-1], multiple=True)
    assert tags == list(range(1, N + 1))
    assert len(tasks) <= 2 and None not in tasks, "called in the readers' tasks, not one each"
