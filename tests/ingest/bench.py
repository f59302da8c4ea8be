"""`make bench-ingest`: ingestion throughput against the real servers, side by side in one run.

- ceiling:  the same InfluxDB, the same points and batch size, written straight over HTTP
            with the consumer's own writer (influxdb-client, gzip level 1), one write at a time;
- dequeue:  a minimal consumer that only acknowledges (aiormq, same prefetch, multiple acks);
- json1, json100, lp100: the consumer process end to end, 1 point per JSON message and 100
            per JSON or line protocol message.

Each consumer run drains a queue filled beforehand (the publisher does not share the CPU),
timed from the consumer's readiness until it has acknowledged every message; InfluxDB is then
checked to hold every point. The last line is the summary the issue asks for.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aio_pika
import aiormq
from pamqp.commands import Basic

from services.common import topology
from services.consumer.decode import Decoder, Rules
from services.consumer.writer import InfluxWriter
from services.publisher import sources
from services.publisher.publish import Format, Publisher, messages
from tests.ingest.helpers import REPO, ConsumerProcess, count
from tests.stack.broker import CONSUMER_USER, BrokerVhost
from tests.stack.servers import Servers

BATCH = 5000


def say(text: str) -> None:
    print(text, flush=True)


async def fill(url: str, points: int, per_message: int, fmt: Format) -> int:
    """Publish the load points into the queue (owner bench); returns the number of messages."""
    sent = 0
    async with Publisher(url, window=2000) as publisher:
        for owner, body, _ in messages(
            sources.load(points, 100, start_ns=0).points, ["bench"], per_message, fmt
        ):
            await publisher.publish(owner, body, fmt)
            sent += 1
    return sent


async def ceiling(servers: Servers, points: int) -> float:
    """Direct writes of exactly the line protocol the consumer would write, batch after batch."""
    influx = servers.influx
    db = influx.new_bucket("bench_")
    batches: list[bytes] = []
    chunk: list[bytes] = []
    size = 0
    decoder = Decoder(Rules())
    properties = Basic.Properties(content_type="application/json", user_id="bench")
    for _owner, body, n in messages(sources.load(points, 100, start_ns=0).points, ["bench"], 100, "json"):
        chunk.append(decoder.decode(body, properties).lines)
        size += n
        if size >= BATCH:
            batches.append(b"".join(chunk))
            chunk, size = [], 0
    if chunk:
        batches.append(b"".join(chunk))
    writer = InfluxWriter(
        influx.url, influx.tokens(db).write, influx.org, db, gzip_level=1, timeout_ms=30_000
    )
    started = time.perf_counter()
    for batch in batches:
        await writer.write(batch)
    elapsed = time.perf_counter() - started
    await writer.close()
    assert count(influx, db, "load", owner="bench") == points, "ceiling: not every point stored"
    return points / elapsed


async def dequeue_only(url: str, expected: int, ready: Path) -> None:
    """The minimal consumer: acknowledge every message, nothing else (run in a subprocess)."""
    connection = await aio_pika.connect(url)
    async with connection:
        channel = await (await connection.channel()).get_underlay_channel()
        await channel.basic_qos(prefetch_count=min(65535, int(2.5 * BATCH)))
        done = asyncio.get_running_loop().create_future()
        seen = 0

        async def on_message(message: aiormq.abc.DeliveredMessage) -> None:
            nonlocal seen
            seen += 1
            if seen % BATCH == 0 or seen == expected:
                await channel.basic_ack(message.delivery.delivery_tag, multiple=True)  # type: ignore[union-attr,arg-type]
            if seen == expected and not done.done():
                done.set_result(None)

        await channel.basic_consume(topology.QUEUE, on_message)
        ready.write_text(str(time.time()))  # noqa: ASYNC240 (before the clock starts)
        await done
    print(time.time())


def run_dequeue(servers: Servers, messages_count: int) -> float:
    broker = BrokerVhost(servers.rabbitmq, prefix="bench-")
    asyncio.run(fill(broker.publisher_url("bench"), messages_count, 1, "json"))
    url = broker.url(CONSUMER_USER, broker.consumer_password)
    with tempfile.TemporaryDirectory() as tmp:
        ready = Path(tmp) / "ready"
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "tests.ingest.bench",
                "--dequeue-only",
                url,
                str(messages_count),
                str(ready),
            ],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        )
        started = float(ready.read_text())
    return messages_count / (float(proc.stdout.strip()) - started)


def run_pipeline(
    servers: Servers, points: int, per_message: int, fmt: Format, log_dir: Path
) -> tuple[float, int]:
    """Points per second through the consumer process, and its peak RSS in KiB."""
    rabbitmq, influx = servers.rabbitmq, servers.influx
    broker = BrokerVhost(rabbitmq, prefix="bench-")
    db = influx.new_bucket("bench_")
    sent = asyncio.run(fill(broker.publisher_url("bench"), points, per_message, fmt))
    proc = ConsumerProcess(
        broker, influx, db, log_dir / f"consumer-{fmt}{per_message}.log", LOG_LEVEL="WARNING"
    )
    proc.env["BATCH_AGE_MS"] = "200"
    proc.start(wait_ready=False)
    try:
        while proc.status("/readyz") != 200:
            time.sleep(0.005)
        started = time.perf_counter()
        while proc.metric("ingest_messages_total") < sent:
            time.sleep(0.1)  # each scrape costs the consumer CPU: poll gently
        elapsed = time.perf_counter() - started
        assert proc.proc is not None
        rss = _peak_rss_kib(proc.proc.pid)
    finally:
        proc.close()
    stored = count(influx, db, "load", owner="bench")
    assert stored == points, f"{fmt}{per_message}: stored {stored} of {points} points"
    return points / elapsed, rss


def _peak_rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def _load_average() -> str:
    return " ".join(f"{v:.2f}" for v in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--points", type=int, default=1_000_000, help="points for ceiling, json100 and lp100")
    parser.add_argument("--messages", type=int, default=100_000, help="messages for dequeue and json1")
    parser.add_argument("--dequeue-only", nargs=3, metavar=("URL", "N", "READY_FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dequeue_only:
        url, n, ready = args.dequeue_only
        asyncio.run(dequeue_only(url, int(n), Path(ready)))
        return

    servers = Servers()
    try:
        say(f"starting RabbitMQ and InfluxDB (load average before: {_load_average()})")
        servers.rabbitmq.start()
        servers.influx.start()
        log_dir = servers.base / "logs"
        log_dir.mkdir()
        # The machine is shared: each reference is measured twice, around the runs it is
        # compared with, and the better figure is kept, so the ratios err on the low side.
        ceilings = [asyncio.run(ceiling(servers, args.points))]
        say(f"ceiling  {ceilings[0]:>10,.0f} points/s   direct writes, {BATCH:,} points per batch")
        dequeues = [run_dequeue(servers, args.messages)]
        say(f"dequeue  {dequeues[0]:>10,.0f} messages/s acknowledge only")
        json1, rss1 = run_pipeline(servers, args.messages, 1, "json", log_dir)
        say(f"json1    {json1:>10,.0f} points/s   1 point per JSON message, peak RSS {rss1 >> 10} MiB")
        dequeues.append(run_dequeue(servers, args.messages))
        say(f"dequeue  {dequeues[1]:>10,.0f} messages/s acknowledge only (again)")
        json100, rss100 = run_pipeline(servers, args.points, 100, "json", log_dir)
        say(f"json100  {json100:>10,.0f} points/s   100 points per JSON message, peak RSS {rss100 >> 10} MiB")
        lp100, rsslp = run_pipeline(servers, args.points, 100, "lp", log_dir)
        say(f"lp100    {lp100:>10,.0f} points/s   100 points per LP message, peak RSS {rsslp >> 10} MiB")
        ceilings.append(asyncio.run(ceiling(servers, args.points)))
        say(f"ceiling  {ceilings[1]:>10,.0f} points/s   direct writes (again)")
        ceil, deq = max(ceilings), max(dequeues)
        say(f"consumer peak RSS {max(rss1, rss100, rsslp) >> 10} MiB; load average after: {_load_average()}")
        say(
            f"ingest: ceiling={ceil:.0f} dequeue={deq:.0f} json1={json1:.0f} json100={json100:.0f} "
            f"lp100={lp100:.0f} ratio_json1={json1 / deq:.2f} ratio_json100={json100 / ceil:.2f} "
            f"ratio_lp100={lp100 / ceil:.2f}"
        )
    finally:
        servers.close()


if __name__ == "__main__":
    main()
