"""`make soak`: a long steady load through the 3-node cluster; is the consumer flat?

    python -m tests.ingest.soak [--minutes 10] [--fraction 0.5] [--capacity MSGS_PER_S]

First the capacity is measured (unless given): a backlog is queued while the consumer is
stopped (SIGSTOP after it is ready), then it drains it; messages per second drained is the
capacity. Then the stream of tests/ingest/chaos.py (10 timeless points a message, the publisher
given every node) runs at `fraction` of it for `minutes`, into that one consumer. Every 10 s it
samples the consumer's resident set (VmRSS) and the end-to-end latency: now minus the publish
time of the newest point stored (its time is the publisher's stamp, `timestamp_in_ms`). It prints both series'
least-squares slopes, per minute, and the loss count of the chaos checker over the soak.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

import orjson

from services.publisher.publish import Publisher
from tests.ingest import chaos

SAMPLE_S = 10.0
# The backlog the capacity is measured on: seconds of draining, so that the queue-depth polls
# (a rabbitmqctl call each, about half a second) weigh little.
CAPACITY_MESSAGES = 30_000


def slope_per_minute(samples: list[tuple[float, float]]) -> float:
    """Least-squares slope of (seconds, value) pairs, per minute."""
    n = len(samples)
    if n < 2:
        return 0.0
    mean_t = sum(t for t, _ in samples) / n
    mean_v = sum(v for _, v in samples) / n
    var = sum((t - mean_t) ** 2 for t, _ in samples)
    if var == 0:
        return 0.0
    cov = sum((t - mean_t) * (v - mean_v) for t, v in samples)
    return cov / var * 60


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for pid {pid}")


def newest_lag_s(run: chaos.Chaos) -> float | None:
    """Now minus the publish time of the newest stored point (None before any)."""
    result = run.influx.query(run.db, f'SELECT last("seq") FROM "{chaos.STORED}"', epoch="ms")  # noqa: S608
    series = result["results"][0].get("series")
    if not series:
        return None
    newest_ms: int = series[0]["values"][0][0]
    return time.time() - newest_ms / 1000


async def measure_capacity(run: chaos.Chaos, messages: int, echo: chaos.Echo) -> float:
    """Messages per second one consumer drains from a queued backlog of `messages`."""
    # The consumer is started and ready first, then stopped (SIGSTOP) while the backlog is
    # queued: its start is no part of its throughput, and a backlog queued before its start
    # could be gone by the time it reports ready.
    consumer = await asyncio.to_thread(run.consumer, 0)
    consumer.signal(signal.SIGSTOP)
    try:
        broker = chaos.Stream(run.cluster, 1, 0).broker
        async with Publisher(broker, window=500) as publisher:
            for i in range(messages):
                points = [
                    {"measurement": chaos.MEASUREMENT, "tags": {"scenario": "capacity", "slot": str(j)},
                     "fields": {"seq": {"int": -(i * chaos.POINTS + j + 1)}}}
                    for j in range(chaos.POINTS)
                ]  # fmt: skip
                await publisher.publish(
                    chaos.OWNER, orjson.dumps({"owner": chaos.OWNER, "points": points}), "json"
                )
            await publisher.flush()
        echo(f"soak: {messages} messages queued; draining with one consumer")
    finally:
        started = time.monotonic()
        consumer.signal(signal.SIGCONT)
    # `messages` counts the unacknowledged too: the backlog is drained once it is 0.
    while await asyncio.to_thread(run.depth) > 0:
        await asyncio.sleep(0.2)
    return messages / (time.monotonic() - started)


async def soak(base: Path, minutes: float, fraction: float, capacity: float | None, echo: chaos.Echo) -> int:
    async with chaos.Chaos(base, rate=0, consumers=0, poison_every=0) as run:
        if capacity is None:
            capacity = await measure_capacity(run, CAPACITY_MESSAGES, echo)
        else:
            await asyncio.to_thread(run.consumer, 0)
        if capacity <= 0:
            raise SystemExit(f"soak: a capacity of {capacity} msg/s leaves nothing to run at")
        rate = capacity * fraction
        echo(
            f"soak: capacity {capacity:.0f} msg/s ({capacity * chaos.POINTS:.0f} points/s); "
            f"running at {rate:.0f}"
        )
        run.start_stream(rate)
        pid = run.consumers[0].proc.pid  # type: ignore[union-attr]
        rss: list[tuple[float, float]] = []
        lag: list[tuple[float, float]] = []
        started = time.monotonic()
        while time.monotonic() - started < minutes * 60:
            await asyncio.sleep(SAMPLE_S)
            elapsed = time.monotonic() - started
            rss.append((elapsed, rss_kib(pid) / 1024))
            latency = await asyncio.to_thread(newest_lag_s, run)
            if latency is not None:
                lag.append((elapsed, latency))
            echo(f"  t={elapsed:5.0f}s rss={rss[-1][1]:.1f} MiB latency={latency or 0:.2f}s")
        await run.settle()
        outcomes = await run.count([], {})
        report = chaos.Report(outcomes, 0, [])
        mean_lag = sum(v for _, v in lag) / max(1, len(lag))
        print(
            f"soak: minutes={minutes:g} rate={rate:.0f}msg/s ({rate * chaos.POINTS:.0f} points/s) "
            f"rss_start={rss[0][1]:.1f}MiB rss_end={rss[-1][1]:.1f}MiB "
            f"rss_slope={slope_per_minute(rss):+.3f}MiB/min latency_mean={mean_lag:.2f}s "
            f"latency_slope={slope_per_minute(lag):+.4f}s/min"
        )
        print(report.summary())
        return 0 if report.clean else 1


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tests.ingest.soak", description=__doc__.split("\n\n")[0])
    p.add_argument("--minutes", type=float, default=10.0)
    p.add_argument("--fraction", type=float, default=0.5, help="of the measured capacity (default 0.5)")
    p.add_argument("--capacity", type=float, help="messages per second, instead of measuring it")
    args = p.parse_args(argv)
    base = Path(tempfile.mkdtemp(prefix="ts-soak-"))
    try:
        return asyncio.run(soak(base, args.minutes, args.fraction, args.capacity, print))
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
