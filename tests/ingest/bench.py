"""`make bench-ingest`: ingestion throughput against the real servers, side by side in one run.

- ceiling:  the same InfluxDB, the same points and batch size, written straight over HTTP
            with the consumer's own writer (influxdb-client, gzip level 1), one write at a time,
            each batch compressed while the one before it is written, as the consumer does;
- dequeue:  a minimal consumer that only acknowledges (aiormq, same prefetch, multiple acks);
- json1, json100, lp100: the consumer process end to end, 1 point per JSON message and 100
            per JSON or line protocol message;
- telegraf_*: Telegraf (amqp_consumer → influxdb_v2, tests/stack/telegraf.py) on the same three
            loads, alternating with the consumer (ours, theirs, ours, theirs) on identically
            filled queues of vhosts with the chart's topology, writing to the same InfluxDB;
- scaling:  1, 2 and 4 consumer processes on one quorum queue (1 point per JSON message), each
            against as many bare consumers measured right before it.

Each consumer run drains a queue filled beforehand (the publisher does not share the CPU),
timed from the consumer's readiness until it has acknowledged (Telegraf: written) every
message; InfluxDB is then checked to hold every point. CPU is the process's user + system time
over the same interval, per million points; peak RSS is its VmHWM. The last line is the
summary the issue asks for; each of its figures is the better of two runs (the machine is
shared).
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import itertools
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

import aio_pika
import aiormq
from pamqp.commands import Basic

from services.common import topology
from services.consumer.decode import Decoder, Rules
from services.consumer.writer import InfluxWriter
from services.publisher import sources
from services.publisher.publish import Format, Publisher, messages
from tests.ingest.helpers import REPO, ConsumerProcess, count
from tests.stack import telegraf, thirdparty
from tests.stack.broker import CONSUMER_USER, BrokerVhost
from tests.stack.servers import InfluxServer, Servers

BATCH = 5000
#: The consumer's batch age, and Telegraf's flush interval: a partial batch waits as long in both.
BATCH_AGE_MS = 200
#: How often the end of a drain is checked: the consumer's /metrics (a scrape costs it CPU; the
#: end is then its last commit's time, a gauge), Telegraf's log (it says each write, costing it
#: nothing, so the end is when that is seen).
POLL_S = 0.25
TELEGRAF_POLL_S = 0.01
#: Each timed run starts once the broker and InfluxDB have finished what came before (a fill's
#: queue writes, InfluxDB's cache snapshots and compactions of the last run's points): each
#: below this share of a core over half a second, or after SETTLE_MAX_S.
SETTLE_CPU = 0.05
SETTLE_MAX_S = 30.0


#: Numbers the runs' logs (a load runs more than once).
RUNS = itertools.count(1)


def say(text: str) -> None:
    print(text, flush=True)


def settle(servers: Servers) -> None:
    """Wait until the broker and InfluxDB are idle (SETTLE_CPU), so no run pays for another."""
    deadline = time.monotonic() + SETTLE_MAX_S
    while time.monotonic() < deadline:
        clock, at = ServerClock(servers), time.monotonic()
        time.sleep(0.5)
        if all(spent / (time.monotonic() - at) < SETTLE_CPU for spent in clock.seconds()):
            return
    say(f"  (servers still busy after {SETTLE_MAX_S:.0f}s; running anyway)")


def check_stored(influx: InfluxServer, bucket: str, points: int, what: str) -> None:
    """Every point of the run is stored; then its bucket is dropped, so that InfluxDB's state
    (its caches and index: its heap grew by about 60 MiB a run) is the same at every run's
    start and no run pays for the ones before it."""
    stored = count(influx, bucket, "load", owner="bench")
    influx.drop_bucket(bucket)
    assert stored == points, f"{what}: stored {stored} of {points} points"


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
    settle(servers)
    started = time.perf_counter()
    following = writer.prepare(batches[0])
    for i in range(len(batches)):
        prepared = following
        if i + 1 < len(batches):
            following = writer.prepare(batches[i + 1])
        await writer.send(prepared)
    elapsed = time.perf_counter() - started
    await writer.close()
    check_stored(influx, db, points, "ceiling")
    return points / elapsed


async def dequeue_only(url: str, ready: Path) -> None:
    """The minimal consumer: acknowledge every message, nothing else (run in a subprocess).
    Several may share the queue, so none knows its share: each stops once it has had no
    message for a second (since its last, or its start: another may have taken them all) and
    prints how many messages it took and when it took the last (0 for none)."""
    connection = await aio_pika.connect(url)
    async with connection:
        channel = await (await connection.channel()).get_underlay_channel()
        await channel.basic_qos(prefetch_count=min(65535, int(2.5 * BATCH)))
        seen, acked, last_tag, last_at = 0, 0, 0, 0.0

        async def on_message(message: aiormq.abc.DeliveredMessage) -> None:
            nonlocal seen, acked, last_tag, last_at
            seen += 1
            last_tag, last_at = message.delivery.delivery_tag, time.time()  # type: ignore[union-attr,assignment]
            if seen % BATCH == 0:
                await channel.basic_ack(last_tag, multiple=True)
                acked = seen

        await channel.basic_consume(topology.QUEUE, on_message)
        started = time.time()
        ready.write_text(str(started))  # noqa: ASYNC240 (before the clock starts)
        while time.time() - max(started, last_at) < QUIET_S:
            await asyncio.sleep(0.05)
        if acked < seen:
            await channel.basic_ack(last_tag, multiple=True)
    print(seen, last_at)


QUIET_S = 1.0


def run_dequeue(servers: Servers, messages_count: int, processes: int = 1) -> float:
    """Messages per second that `processes` bare consumers take from one queue together."""
    broker = BrokerVhost(servers.rabbitmq, prefix="bench-")
    asyncio.run(fill(broker.publisher_url("bench"), messages_count, 1, "json"))
    url = broker.url(CONSUMER_USER, broker.consumer_password)
    settle(servers)
    with tempfile.TemporaryDirectory() as tmp:
        readies = [Path(tmp) / f"ready{i}" for i in range(processes)]
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "tests.ingest.bench", "--dequeue-only", url, str(ready)],
                cwd=REPO,
                stdout=subprocess.PIPE,
                text=True,
            )
            for ready in readies
        ]
        outs = [proc.communicate()[0].split() for proc in procs]
        assert all(proc.returncode == 0 for proc in procs), "dequeue: a bare consumer failed"
        started = min(float(ready.read_text()) for ready in readies)
    taken = sum(int(out[0]) for out in outs)
    assert taken == messages_count, f"dequeue: took {taken} of {messages_count} messages"
    return messages_count / (max(float(out[1]) for out in outs) - started)


class Run(NamedTuple):
    """One consumer's (or Telegraf's) drain of a filled queue."""

    rate: float  # points per second
    cpu_s_per_m: float  # CPU seconds (user + system) per million points
    rss_kib: int  # peak resident set of the (largest) process
    #: The broker's and InfluxDB's CPU seconds per million points over the same interval: on
    #: two cores the three share the machine, so what one saves the others can use.
    servers_cpu: tuple[float, float]

    def line(self, name: str, what: str) -> str:
        broker, influx = self.servers_cpu
        return (
            f"{name:<16} {self.rate:>10,.0f} points/s   {self.cpu_s_per_m:6.2f} CPU s/M points, "
            f"peak RSS {self.rss_kib >> 10:>4} MiB   {what}; "
            f"broker {broker:.2f}, influxd {influx:.2f} CPU s/M points"
        )


class ServerClock:
    """The CPU seconds the broker's and InfluxDB's process sessions spend from its creation."""

    def __init__(self, servers: Servers) -> None:
        self._sessions = [_session(servers.rabbitmq.proc), _session(servers.influx.proc)]
        self._start = [_session_cpu_seconds(sid) for sid in self._sessions]

    def seconds(self) -> list[float]:
        """The broker's and InfluxDB's CPU seconds since the clock was made."""
        now = [_session_cpu_seconds(sid) for sid in self._sessions]
        return [n - start for n, start in zip(now, self._start, strict=True)]

    def per_million(self, points: int) -> tuple[float, float]:
        broker, influx = (spent / points * 1e6 for spent in self.seconds())
        return broker, influx


def run_pipeline(
    servers: Servers,
    points: int,
    per_message: int,
    fmt: Format,
    log_dir: Path,
    processes: int = 1,
    profile: Path | None = None,
) -> Run:
    """The consumer: `processes` of them on one queue, from the first's readiness until every
    message is acknowledged. With `profile`, py-spy samples the (first) process meanwhile and
    its collapsed stacks go to that file."""
    rabbitmq, influx = servers.rabbitmq, servers.influx
    broker = BrokerVhost(rabbitmq, prefix="bench-")
    db = influx.new_bucket("bench_")
    sent = asyncio.run(fill(broker.publisher_url("bench"), points, per_message, fmt))
    settle(servers)
    name = f"consumer-{fmt}{per_message}-x{processes}"
    number = next(RUNS)
    procs = [
        ConsumerProcess(broker, influx, db, log_dir / f"{number:02d}-{name}-{i}.log", LOG_LEVEL="WARNING")
        for i in range(processes)
    ]
    try:
        for proc in procs:
            proc.env["BATCH_AGE_MS"] = str(BATCH_AGE_MS)
            proc.start(wait_ready=False)
        pids = [_pid(proc) for proc in procs]
        # The clock starts with the first ready process; each one's CPU from its own readiness
        # (its start-up, imports and connecting, is not ingestion).
        started, cpu, waiting, spy = 0.0, 0.0, dict(zip(procs, pids, strict=True)), None
        clock: ServerClock | None = None
        while waiting:
            for proc, pid in list(waiting.items()):
                if proc.status("/readyz") == 200:
                    started = started or time.time()
                    clock = clock or ServerClock(servers)
                    cpu += _cpu_seconds(pid)
                    del waiting[proc]
            time.sleep(0.005)
        spy = _py_spy(pids[0], profile) if profile else None
        while sum(proc.metric("ingest_messages_total") for proc in procs) < sent:
            # Each scrape costs the consumer CPU (py-spy: 6-8% at 10 per second): poll gently,
            # and take the end from the last commit's time, not from when the poll saw it.
            time.sleep(POLL_S)
        elapsed = max(proc.metric("ingest_last_commit_timestamp_seconds") for proc in procs) - started
        batches = sum(proc.metric("ingest_batches_total") for proc in procs)
        say(f"  ({name}: {batches:.0f} batches, {points / batches:,.0f} points per write)")
        cpu = sum(_cpu_seconds(pid) for pid in pids) - cpu
        rss = max(_peak_rss_kib(pid) for pid in pids)
        assert clock is not None
        servers_cpu = clock.per_million(points)
    finally:
        if spy is not None:
            spy.send_signal(signal.SIGINT)  # py-spy writes its samples on SIGINT
            spy.wait(60)
        for proc in procs:
            proc.close()
    check_stored(influx, db, points, name)
    return Run(points / elapsed, cpu / points * 1e6, rss, servers_cpu)


def run_telegraf(servers: Servers, points: int, per_message: int, fmt: Format, log_dir: Path) -> Run:
    """Telegraf on the same load, from its input's connection until it has written every point."""
    rabbitmq, influx = servers.rabbitmq, servers.influx
    broker = BrokerVhost(rabbitmq, prefix="bench-")
    db = influx.new_bucket("bench_")
    asyncio.run(fill(broker.publisher_url("bench"), points, per_message, fmt))
    settle(servers)
    target = telegraf.Target(
        amqp_url=f"amqp://127.0.0.1:{rabbitmq.amqp_port}/{broker.vhost_path}",
        amqp_user=CONSUMER_USER,
        amqp_password=broker.consumer_password,
        queue=topology.QUEUE,
        influx_url=influx.url,
        influx_token=influx.tokens(db).write,
        org=influx.org,
        bucket=db,
        owner="bench",
    )
    agent = telegraf.TelegrafAgent(
        log_dir / f"{next(RUNS):02d}-telegraf-{fmt}{per_message}",  # a log per run: its writes are counted
        target,
        fmt,
        per_message,
        BATCH,
        tag_keys=("series",),
        flush_ms=BATCH_AGE_MS,
    )
    try:
        agent.start()
        assert agent.proc is not None
        pid = agent.proc.pid
        started, cpu, clock = time.perf_counter(), _cpu_seconds(pid), ServerClock(servers)
        while agent.written() < points:
            time.sleep(TELEGRAF_POLL_S)
        elapsed = time.perf_counter() - started
        cpu = _cpu_seconds(pid) - cpu
        rss = _peak_rss_kib(pid)
        servers_cpu = clock.per_million(points)
    finally:
        agent.stop()
    check_stored(influx, db, points, f"telegraf {fmt}{per_message} (log {agent.log})")
    return Run(points / elapsed, cpu / points * 1e6, rss, servers_cpu)


def _py_spy(pid: int, out: Path) -> subprocess.Popen[bytes]:
    """py-spy sampling `pid` (Python frames only, idle samples left out) into collapsed stacks."""
    py_spy = Path(sys.executable).with_name("py-spy")
    if not py_spy.exists():
        raise SystemExit("--profile needs py-spy: `make profile-ingest` installs it (.[profile])")
    argv = [str(py_spy), "record", "--pid", str(pid), "--rate", "250", "--nonblocking", "--nolineno"]
    return subprocess.Popen(
        [*argv, "--format", "raw", "--output", str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def hot_spots(collapsed: Path, top: int = 12) -> list[str]:
    """The functions that hold the most samples, by own time and with their callees."""
    own: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    samples = 0
    for line in collapsed.read_text().splitlines():
        stack, _, n = line.rpartition(" ")
        frames = [re.sub(r" \(([^)]*/)?", " (", frame) for frame in stack.split(";")]
        samples += int(n)
        own[frames[-1]] += int(n)
        for frame in set(frames):
            total[frame] += int(n)
    if not samples:
        return ["(no samples)"]
    lines = [f"  {100 * n / samples:5.1f}% own   {frame}" for frame, n in own.most_common(top)]
    inclusive = [(f, n) for f, n in total.most_common(4 * top) if n < samples][:top]
    lines += [f"  {100 * n / samples:5.1f}% incl  {frame}" for frame, n in inclusive]
    return [f"  {samples} samples", *lines]


def _pid(proc: ConsumerProcess) -> int:
    assert proc.proc is not None
    return proc.proc.pid


_CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def _stat(path: Path) -> tuple[int, int]:
    """A process's session and user + system CPU ticks so far (all its threads), from its stat."""
    fields = path.read_text().rsplit(")", 1)[1].split()
    return int(fields[3]), int(fields[11]) + int(fields[12])


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (all its threads) so far."""
    return _stat(Path(f"/proc/{pid}/stat"))[1] / _CLOCK_TICKS


def _session(proc: subprocess.Popen[bytes] | None) -> int:
    """The session a server runs in (started with start_new_session: its own pid)."""
    assert proc is not None, "server not started"
    return proc.pid


def _session_cpu_seconds(sid: int) -> float:
    """User + system CPU time so far of every live process in session `sid`."""
    total = 0
    for path in Path("/proc").glob("[0-9]*/stat"):
        try:
            session, ticks = _stat(path)
        except OSError:  # exited meanwhile
            continue
        if session == sid:
            total += ticks
    return total / _CLOCK_TICKS


def _peak_rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def _load_average() -> str:
    return " ".join(f"{v:.2f}" for v in os.getloadavg())


CASES: tuple[tuple[str, int, Format, str], ...] = (
    ("json1", 1, "json", "1 point per JSON message"),
    ("json100", 100, "json", "100 points per JSON message"),
    ("lp100", 100, "lp", "100 points per line protocol message"),
)


def profile(servers: Servers, args: argparse.Namespace, log_dir: Path) -> None:
    """Where the consumer's time goes on each load (py-spy's own sampling costs CPU, so these
    runs' rates are not the benchmark's)."""
    args.profile.mkdir(parents=True, exist_ok=True)
    for name, per_message, fmt, what in CASES:
        points = args.messages if per_message == 1 else args.points
        out = args.profile / f"{name}.txt"
        run = run_pipeline(servers, points, per_message, fmt, log_dir, profile=out)
        say(run.line(name, f"{what} (under py-spy); stacks in {out}"))
        for line in hot_spots(out):
            say(line)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--points", type=int, default=1_000_000, help="points for ceiling, json100 and lp100")
    parser.add_argument(
        "--messages", type=int, default=100_000, help="messages for dequeue, json1 and scaling"
    )
    parser.add_argument("--scaling", default="1,2,4", help="consumer process counts ('' to skip)")
    parser.add_argument(
        "--profile", type=Path, help="only profile the consumer (py-spy) on each load; stacks to this dir"
    )
    parser.add_argument(
        "--only",
        help="only these loads (comma-separated: json1,json100,lp100), ours then Telegraf; no summary",
    )
    parser.add_argument("--dequeue-only", nargs=2, metavar=("URL", "READY_FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dequeue_only:
        url, ready = args.dequeue_only
        asyncio.run(dequeue_only(url, Path(ready)))
        return

    # RabbitMQ's default consumer timeout (30 min), as the chart's brokers, not the tests' 4 s:
    # on a busy machine a bare consumer's prefetched deliveries wait in its buffer longer than
    # that, and the broker closed its channel (scaling x4).
    servers = Servers(consumer_timeout_ms=30 * 60 * 1000)
    try:
        say(f"starting RabbitMQ and InfluxDB (load average before: {_load_average()})")
        servers.rabbitmq.start()
        servers.influx.start()
        thirdparty.obtain("telegraf")  # built before the clock matters (bench-ingest's prerequisite)
        log_dir = servers.base / "logs"
        log_dir.mkdir()
        if args.profile:
            profile(servers, args, log_dir)
            return
        if args.only:
            for name, per_message, fmt, what in CASES:
                if name in args.only.split(","):
                    points = args.messages if per_message == 1 else args.points
                    say(run_pipeline(servers, points, per_message, fmt, log_dir).line(name, what))
                    run = run_telegraf(servers, points, per_message, fmt, log_dir)
                    say(run.line(f"telegraf_{name}", what))
            return
        # The machine is shared, and a neighbour's burst can halve one run: every figure is
        # measured twice and the better one kept, the references around the runs compared
        # with them, and on each load the consumer and Telegraf alternately (ours, theirs,
        # ours, theirs), so both see the same machine and neither keeps an unlucky run.
        ceilings = [asyncio.run(ceiling(servers, args.points))]
        say(f"ceiling  {ceilings[0]:>10,.0f} points/s   direct writes, {BATCH:,} points per batch")
        dequeues = [run_dequeue(servers, args.messages)]
        say(f"dequeue  {dequeues[0]:>10,.0f} messages/s acknowledge only")
        ours: dict[str, Run] = {}
        theirs: dict[str, Run] = {}
        for name, per_message, fmt, what in CASES:
            points = args.messages if per_message == 1 else args.points
            for _ in range(2):
                run = run_pipeline(servers, points, per_message, fmt, log_dir)
                say(run.line(name, what))
                ours[name] = max(ours.get(name, run), run, key=lambda kept: kept.rate)
                run = run_telegraf(servers, points, per_message, fmt, log_dir)
                say(run.line(f"telegraf_{name}", what))
                theirs[name] = max(theirs.get(name, run), run, key=lambda kept: kept.rate)
        dequeues.append(run_dequeue(servers, args.messages))
        say(f"dequeue  {dequeues[1]:>10,.0f} messages/s acknowledge only (again)")
        ceilings.append(asyncio.run(ceiling(servers, args.points)))
        say(f"ceiling  {ceilings[1]:>10,.0f} points/s   direct writes (again)")
        for processes in [int(n) for n in args.scaling.split(",") if n]:
            bare = run_dequeue(servers, args.messages, processes)
            scaled = run_pipeline(servers, args.messages, 1, "json", log_dir, processes)
            say(
                f"scaling x{processes}: consumers {scaled.rate:>8,.0f} messages/s, "
                f"{processes} bare consumers {bare:>8,.0f} messages/s, ratio {scaled.rate / bare:.2f}, "
                f"{scaled.cpu_s_per_m:.2f} CPU s/M points, peak RSS {scaled.rss_kib >> 10} MiB per process"
            )
        ceil, deq = max(ceilings), max(dequeues)
        vs = {name: ours[name].rate / theirs[name].rate for name in ours}
        say(f"load average after: {_load_average()}")
        say(
            f"ingest: ceiling={ceil:.0f} dequeue={deq:.0f} json1={ours['json1'].rate:.0f} "
            f"json100={ours['json100'].rate:.0f} lp100={ours['lp100'].rate:.0f} "
            f"ratio_json1={ours['json1'].rate / deq:.2f} ratio_json100={ours['json100'].rate / ceil:.2f} "
            f"ratio_lp100={ours['lp100'].rate / ceil:.2f} telegraf_json1={theirs['json1'].rate:.0f} "
            f"telegraf_json100={theirs['json100'].rate:.0f} telegraf_lp100={theirs['lp100'].rate:.0f} "
            f"vs_telegraf_min={min(vs.values()):.2f}"
        )
    finally:
        servers.close()


if __name__ == "__main__":
    main()
