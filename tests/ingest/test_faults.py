"""Faults during a stream; each ends with stored == published and nothing dead-lettered.

Writes are idempotent per series and timestamp, so redelivered messages do not double-count:
`count` in InfluxDB equals the number of distinct points published.
"""

from __future__ import annotations

import asyncio
import signal
import time
from collections.abc import Callable

from tests.ingest.helpers import ConsumerProcess, count, dead_letters, eventually, queue_depth, stream
from tests.stack.broker import BrokerVhost
from tests.stack.servers import InfluxServer

MESSAGES, POINTS = 3000, 10  # 30,000 points over about 6 s
RATE = 500


async def _all_stored(influx: InfluxServer, db: str, broker: BrokerVhost) -> None:
    await eventually(lambda: count(influx, db, "stream") == MESSAGES * POINTS, 60, "every point stored")
    assert await dead_letters(broker.rabbitmq, broker.vhost) == []


async def test_sigkill_three_times_during_a_stream(
    broker: BrokerVhost,
    influx: InfluxServer,
    influx_db: str,
    consumer: Callable[..., ConsumerProcess],
) -> None:
    proc = await asyncio.to_thread(consumer)
    publishing = asyncio.create_task(stream(broker, MESSAGES, POINTS, RATE))
    for _ in range(3):
        await asyncio.sleep(1.2)
        proc.signal(signal.SIGKILL)
        assert await asyncio.to_thread(proc.wait, 10) == -signal.SIGKILL
        proc = await asyncio.to_thread(consumer)
    await publishing
    await _all_stored(influx, influx_db, broker)


async def test_influxdb_down_for_15_seconds(
    broker: BrokerVhost,
    influx: InfluxServer,
    influx_db: str,
    consumer: Callable[..., ConsumerProcess],
) -> None:
    proc = await asyncio.to_thread(consumer)
    publishing = asyncio.create_task(stream(broker, MESSAGES, POINTS, RATE))
    await asyncio.sleep(1.5)
    await asyncio.to_thread(influx.stop)
    try:
        await eventually(lambda: proc.status("/readyz") == 503, 10, "readiness false while InfluxDB is down")
        await asyncio.sleep(15)
        assert proc.metric("ingest_write_retries_total") > 0
        assert proc.status("/healthz") == 200  # alive, only not ready
    finally:
        await asyncio.to_thread(influx.start)
    await publishing
    await _all_stored(influx, influx_db, broker)
    await eventually(lambda: proc.status("/readyz") == 200, 10, "ready again")


async def test_broker_connection_forcibly_closed(
    broker: BrokerVhost,
    influx: InfluxServer,
    influx_db: str,
    consumer: Callable[..., ConsumerProcess],
) -> None:
    proc = await asyncio.to_thread(consumer)
    publishing = asyncio.create_task(stream(broker, MESSAGES, POINTS, RATE))
    for _ in range(2):
        await asyncio.sleep(2)
        await asyncio.to_thread(broker.rabbitmq.close_connections, broker.vhost, "fault injected by test")
    await publishing
    await _all_stored(influx, influx_db, broker)
    assert proc.metric("ingest_broker_reconnects_total") >= 2
    assert proc.status("/readyz") == 200


async def test_sigterm_flushes_acknowledges_and_exits_zero(
    broker: BrokerVhost,
    influx: InfluxServer,
    influx_db: str,
    consumer: Callable[..., ConsumerProcess],
) -> None:
    # A long age and no idle sealing: batches are open.
    proc = await asyncio.to_thread(consumer, BATCH_AGE_MS=1000, BATCH_IDLE_MS=0)
    publishing = asyncio.create_task(stream(broker, MESSAGES, POINTS, RATE))
    await asyncio.sleep(2)
    proc.signal(signal.SIGTERM)
    started = time.monotonic()
    assert await asyncio.to_thread(proc.wait, 25) == 0
    assert time.monotonic() - started < 10
    await publishing
    # Everything acknowledged was stored, and everything not stored is still queued (the
    # queue's message count settles a moment after the last publish).
    stored = count(influx, influx_db, "stream")
    assert stored > 0

    await eventually(
        lambda: stored + queue_depth(broker.rabbitmq, broker.vhost) * POINTS == MESSAGES * POINTS,
        15,
        "stored + queued == published",
    )
    await asyncio.to_thread(consumer)
    await _all_stored(influx, influx_db, broker)
