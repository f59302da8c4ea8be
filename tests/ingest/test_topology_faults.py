"""The broker's topology changes under a running consumer: nothing is lost, and readiness says so."""

from __future__ import annotations

from collections.abc import Callable

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
from tests.stack.broker import BrokerVhost
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
