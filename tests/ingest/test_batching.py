"""When a batch is written, against a real RabbitMQ and InfluxDB: a burst shorter than a batch
is written once no message has come for BATCH_IDLE_MS, not when its batch comes of age; with
idle sealing off, it waits for the age."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import pytest

from tests.ingest.helpers import ConsumerProcess, Out, json_message, publish, wait_until
from tests.stack.broker import BrokerVhost

BURST = 200  # messages of one point: far fewer than a batch
AGE_MS = 4000


def burst() -> list[Out]:
    point = {"measurement": "burst", "fields": {"value": 1.5}}
    return [json_message("alice", [{**point, "time": 1_790_000_000_000_000_000 + i}]) for i in range(BURST)]


@pytest.mark.parametrize("idle_ms", [20, 0])
async def test_the_end_of_a_burst_is_written_when_the_stream_goes_quiet(
    broker: BrokerVhost, consumer: Callable[..., ConsumerProcess], idle_ms: int
) -> None:
    proc = await asyncio.to_thread(consumer, BATCH_AGE_MS=AGE_MS, BATCH_IDLE_MS=idle_ms)
    await publish(broker, burst())
    published = time.monotonic()
    await asyncio.to_thread(
        wait_until,
        lambda: proc.metric("ingest_messages_total") == BURST,
        2 * AGE_MS / 1000,
        "the burst acknowledged",
    )
    took = time.monotonic() - published
    if idle_ms:
        # Written within a fraction of the age (the publisher's confirms come before the last
        # deliveries are seen quiet), in a few batches rather than one a message.
        assert took < AGE_MS / 1000 / 4, f"idle sealing took {took:.2f}s"
        assert proc.metric("ingest_batches_total") <= BURST / 10
    else:
        assert took > AGE_MS / 1000 * 0.75 - 0.5, f"written after {took:.2f}s, before the batch came of age"
    last = proc.metric("ingest_last_commit_timestamp_seconds")
    assert abs(time.time() - last) < 2 * AGE_MS / 1000
