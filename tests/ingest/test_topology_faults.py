"""The broker's topology changes under a running consumer: nothing is lost, and readiness says so."""

from __future__ import annotations

import asyncio
import collections
import datetime
import itertools
import time
from collections.abc import Callable

import orjson

from chart import rabbitmq_definitions
from services.common import topology
from tests.ingest.helpers import (
    ConsumerProcess,
    Out,
    count,
    dead_letters,
    json_message,
    publish,
    queue_depth,
    wait_until,
)
from tests.stack.broker import CONSUMER_USER, BrokerVhost
from tests.stack.servers import InfluxServer


def good(i: int) -> Out:
    return json_message("alice", [{"measurement": "good", "fields": {"value": float(i)}, "time": i + 1}])


async def test_an_unroutable_dead_letter_is_held_not_lost(
    broker: BrokerVhost, influx: InfluxServer, influx_db: str, consumer: Callable[..., ConsumerProcess]
) -> None:
    """With the dead-letter queue unbound, the broker returns the consumer's mandatory
    re-publish: the poison message stays in the queue (held, unacknowledged) and the consumer
    is not ready, until the binding is back; then it is dead-lettered and nothing is missing."""
    proc = consumer(RETRY_MAX_MS=500)
    broker.delete_bindings(topology.DEAD_EXCHANGE, topology.DEAD_QUEUE)
    poison = Out(b'{"owner": "alice", "points": [}', "alice", headers={"x-test-case": "poison"})
    await publish(broker, [good(0), poison, good(1)])

    wait_until(lambda: proc.status("/readyz") == 503, 15, "not ready while dead letters are unroutable")
    assert "dead letter" in proc.body("/readyz")
    assert proc.metric("ingest_dead_letter_returns_total") >= 1
    # Held: the batch is not acknowledged (the broker's counts settle a moment later).
    wait_until(lambda: queue_depth(broker.rabbitmq, broker.vhost) == 3, 10, "the batch held in the queue")
    assert await dead_letters(broker.rabbitmq, broker.vhost) == []

    broker.restore_topology()
    wait_until(lambda: queue_depth(broker.rabbitmq, broker.vhost) == 0, 15, "the held batch committed")
    (letter,) = await dead_letters(broker.rabbitmq, broker.vhost)
    assert letter.body == poison.body and letter.headers["x-test-case"] == "poison"
    assert count(influx, influx_db, "good") == 2
    wait_until(lambda: proc.status("/readyz") == 200, 10, "ready again")


def _attempts(proc: ConsumerProcess, message: str) -> list[float]:
    """When the consumer logged `message`, in seconds (its JSON log's timestamps)."""
    times = []
    for line in proc.log.read_text().splitlines():
        if line.startswith("{") and (entry := orjson.loads(line))["msg"] == message:
            times.append(datetime.datetime.fromisoformat(entry["ts"]).timestamp())
    return times


async def test_a_failing_session_is_retried_at_growing_intervals(
    broker: BrokerVhost, influx: InfluxServer, influx_db: str, consumer: Callable[..., ConsumerProcess]
) -> None:
    """The broker takes the connection but refuses the subscription (the consumer's read
    permission is gone): each session fails at once, and the reconnects back off, not ready
    meanwhile, until the permission is back."""
    path = f"/api/permissions/{broker.vhost_path}/{CONSUMER_USER}"
    broker.rabbitmq.api("PUT", path, {"configure": "^$", "write": ".*", "read": "^$"})
    proc = consumer(wait_ready=False, RETRY_INITIAL_MS=100, RETRY_MAX_MS=2000)
    # Asked throughout, not once: each session is connected for a moment (topology check,
    # InfluxDB probe) before the broker refuses its subscription, and must not look ready then.
    statuses: collections.Counter[int] = collections.Counter()
    end = time.monotonic() + 7
    while time.monotonic() < end:
        statuses[proc.status("/readyz")] += 1  # 0 until its HTTP server is up
        await asyncio.sleep(0.01)
    assert statuses[200] == 0 and statuses[503] > 100, statuses
    times = _attempts(proc, "broker session lost, reconnecting")
    intervals = [b - a for a, b in itertools.pairwise(times)]
    # Without backoff this is a hot loop of hundreds; with it, about 8 (caps 0.1, 0.2, ... 2 s).
    assert 3 <= len(times) <= 20, intervals
    half = len(intervals) // 2
    assert sum(intervals[half:]) / (len(intervals) - half) > sum(intervals[:half]) / half, intervals

    broker.rabbitmq.api(
        "POST", "/api/definitions", rabbitmq_definitions.consumer_access(CONSUMER_USER, broker.vhost)
    )
    wait_until(lambda: proc.status("/readyz") == 200, 15, "ready once the permission is back")
    await publish(broker, [good(0)])
    wait_until(lambda: count(influx, influx_db, "good") == 1, 15, "consuming again")


async def test_a_broker_side_cancel_is_noticed_and_consumption_resumes(
    broker: BrokerVhost, influx: InfluxServer, influx_db: str, consumer: Callable[..., ConsumerProcess]
) -> None:
    """Deleting the queue cancels the consumer at the broker (basic.cancel): the consumer is
    not ready while the queue is gone, and consumes again once it is back."""
    proc = consumer(RETRY_MAX_MS=1000)
    await publish(broker, [good(0)])
    wait_until(lambda: count(influx, influx_db, "good") == 1, 15, "consuming")
    broker.delete_queue(topology.QUEUE)
    wait_until(lambda: proc.status("/readyz") == 503, 10, "not ready once the broker cancelled the consumer")
    broker.restore_topology()
    wait_until(lambda: proc.status("/readyz") == 200, 15, "ready once the queue is back")
    await publish(broker, [good(1)])
    wait_until(lambda: count(influx, influx_db, "good") == 2, 15, "consuming the new queue")
