"""Write errors as the real InfluxDB 2.x returns them, and what the consumer does with each.

- 400 (the whole batch refused): bisected to the offending messages, which are dead-lettered
  with InfluxDB's message; every other message of the batch is stored.
- 422 (partial write): the good points are already stored, the refused ones are dead-lettered;
  the bisection rewrites good points, which changes nothing.
- 401/403/404 (wrong token, a token that may not write, no such bucket): nothing is wrong with
  the points, so they are held (unacknowledged, retried with backoff, never dead-lettered)
  while /readyz answers 503 — also when idle, since readiness makes an authenticated write.
"""

from __future__ import annotations

import asyncio
import urllib.error
from collections.abc import Callable

import pytest

from services.common.topology import REASON_HEADER
from services.consumer.writer import InfluxWriter, WriteRejected, WriteUnavailable
from tests.ingest.helpers import (
    ConsumerProcess,
    Out,
    count,
    dead_letters,
    eventually,
    json_message,
    lp_message,
    publish,
    queue_depth,
    rows,
    wait_until,
)
from tests.stack.broker import BrokerVhost
from tests.stack.servers import InfluxServer, RabbitMQServer

NS = 1_700_000_000_000_000_000


def good(i: int) -> Out:
    return json_message("alice", [{"measurement": "ok", "fields": {"value": float(i)}, "time": NS + i}])


def _writer(influx: InfluxServer, bucket: str, token: str) -> InfluxWriter:
    tls = influx.connection(token)  # https verified against the run's CA under TS_STACK_TLS=1
    return InfluxWriter(influx.url, token, influx.org, bucket, gzip_level=1, timeout_ms=10_000, tls=tls)


async def test_the_writer_classifies_each_answer_of_the_real_server(
    influx: InfluxServer, influx_db: str
) -> None:
    tokens = influx.tokens(influx_db)
    writer = _writer(influx, influx_db, tokens.write)
    try:
        await writer.write(b"w value=1 1\n")
        with pytest.raises(WriteRejected) as bad_line:
            await writer.write(b"w value=2 2\nw value= 3\n")
        assert bad_line.value.status == 400 and not bad_line.value.partial
        assert "unable to parse" in str(bad_line.value)
        with pytest.raises(WriteRejected) as conflict:
            await writer.write(b"w value=4 4\nw value=5i 5\n")
        assert conflict.value.status == 422 and conflict.value.partial
        assert "field type conflict" in str(conflict.value)
        assert await writer.probe() is None
    finally:
        await writer.close()
    # 400 stored nothing of its batch; 422 stored its good point.
    assert [r["value"] for r in rows(influx, influx_db, 'SELECT "value" FROM "w"')] == [1.0, 4.0]
    for token, bucket, status in (
        ("not-a-token", influx_db, "HTTP 401"),
        (tokens.read, influx_db, "HTTP 40"),  # the API's token: InfluxDB refuses its writes
        (tokens.write, "no-such-bucket", "HTTP 404"),
    ):
        writer = _writer(influx, bucket, token)
        try:
            with pytest.raises(WriteUnavailable, match=status):
                await writer.write(b"w value=9 9\n")
            assert status in (await writer.probe() or "")
        finally:
            await writer.close()


async def test_a_refused_batch_is_bisected_to_its_culprits(
    broker: BrokerVhost,
    rabbitmq: RabbitMQServer,
    influx: InfluxServer,
    vhost: str,
    influx_db: str,
    consumer: Callable[..., ConsumerProcess],
) -> None:
    """One batch of good messages around a 400 culprit and a 422 culprit (a field type conflict)."""
    proc = consumer(BATCH_POINTS=1000, BATCH_AGE_MS=500, BATCH_IDLE_MS=0)  # all in one batch
    # Valid at decode, refused by InfluxDB: a series key over its 65,535-byte limit (400).
    too_long = lp_message("alice", f"long,k={'x' * 70_000} value=1 {NS}")
    too_long.headers["x-case"] = "400"
    conflict = lp_message("alice", f"mixed value=2i {NS + 1}")
    conflict.headers["x-case"] = "422"
    messages = [good(0), lp_message("alice", f"mixed value=1.5 {NS}"), good(1), too_long, good(2), conflict]
    messages += [good(i) for i in range(3, 10)]
    await publish(broker, messages)
    wait_until(lambda: proc.metric("ingest_messages_total") == len(messages), 30, "every message handled")
    assert count(influx, influx_db, "ok") == 10
    assert count(influx, influx_db, "mixed") == 1
    assert count(influx, influx_db, "long") == 0
    dead = {str(m.headers["x-case"]): m for m in await dead_letters(rabbitmq, vhost)}
    assert sorted(dead) == ["400", "422"]
    assert "HTTP 400" in str(dead["400"].headers[REASON_HEADER])
    assert "HTTP 422" in str(dead["422"].headers[REASON_HEADER])
    assert "field type conflict" in str(dead["422"].headers[REASON_HEADER])
    assert proc.metric("ingest_dead_lettered_total") == 2
    metrics = proc.get("/metrics")
    for cause in ("rejected", "partial"):
        assert f'ingest_dead_lettered_total{{cause="{cause}"}} 1.0' in metrics, cause


@pytest.mark.parametrize("problem", ["wrong token", "read-only token", "missing bucket"])
async def test_access_errors_hold_the_messages_until_fixed(
    problem: str,
    broker: BrokerVhost,
    rabbitmq: RabbitMQServer,
    influx: InfluxServer,
    vhost: str,
    influx_db: str,
    consumer: Callable[..., ConsumerProcess],
) -> None:
    env = {
        "wrong token": {"INFLUX_TOKEN": "not-a-token"},
        "read-only token": {"INFLUX_TOKEN": influx.tokens(influx_db).read},
        "missing bucket": {"INFLUX_BUCKET": influx_db + "-missing"},
    }[problem]
    broken = consumer(wait_ready=False, SHUTDOWN_TIMEOUT_S=1, **env)
    # Idle, it is not ready: readiness makes an authenticated write.
    await eventually(lambda: broken.status("/readyz") == 503, 15, "not ready while idle")
    assert broken.status("/healthz") == 200
    await publish(broker, [good(i) for i in range(20)])
    # Not consuming while InfluxDB refuses its writes (probed with backoff before subscribing).
    await eventually(lambda: broken.metric("ingest_paused") == 1, 15, "consumption paused")
    with pytest.raises(urllib.error.HTTPError) as not_ready:
        broken.get("/readyz")
    assert b"not ready: InfluxDB" in not_ready.value.read()
    # Left in the queue, never taken to be held (the management API's counts lag by seconds).
    await eventually(lambda: queue_depth(rabbitmq, vhost) == 20, 15, "messages held in the queue")
    assert await dead_letters(rabbitmq, vhost) == [], "never dead-lettered"
    broken.close()
    # Fixed (the right token, the right bucket): everything held is stored.
    fixed = await asyncio.to_thread(consumer)
    await eventually(lambda: count(influx, influx_db, "ok") == 20, 30, "every held point stored")
    assert fixed.status("/readyz") == 200
    assert await dead_letters(rabbitmq, vhost) == []
