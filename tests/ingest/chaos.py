"""`make chaos`: faults injected under a steady stream, then a count of every point.

    python -m tests.ingest.chaos [--short] [--scenarios a,b,...] [--rate MSGS_PER_S]

A publisher (services/publisher's `Publisher`, given every node) sends uniquely numbered
points through the chart's quorum queue on a local 3-node cluster (tests/stack/cluster.py) to
two consumer processes (each given every node, starting at a different one, as the Service
spreads them) and InfluxDB, while each scenario injects its fault. Points carry no time: the
broker-side stamp (`timestamp_in_ms`) times them, so a redelivery stored at a new time shows
as a duplicate. Poison messages are mixed in throughout: each holds a numbered valid point and
an invalid one, and must be dead-lettered whole.

Afterwards every point is looked up in InfluxDB. For each scenario, of the points whose
publish the broker confirmed: `lost` were never stored; `duplicated` were stored at more than
one time; `unexpected` counts stored points that were never published or came from a poison
message, and poison messages missing from the dead-letter queue. An unconfirmed publish (the
connection went before its confirm) may or may not be stored: neither counts. `recovery` is
the time from the fault's end (for a kill: the kill) until a point published after it is
stored. Exits 1 when anything was lost, duplicated or unexpected.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import itertools
import logging
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import aio_pika
import orjson

from services.common import topology
from services.common.connections import BrokerSettings
from services.common.names import stored_measurement
from services.publisher.publish import Publisher, PublishError
from tests.ingest.helpers import ConsumerProcess
from tests.stack.cluster import ClusterNode, RabbitMQCluster
from tests.stack.servers import CONSUMER_TIMEOUT_MS, InfluxServer, ServerError

OWNER = "chaos"
MEASUREMENT = "chaos"
STORED = stored_measurement(OWNER, MEASUREMENT)
POINTS = 10  # per message, one series (slot) each
Echo = Callable[[str], None]


@dataclasses.dataclass(frozen=True)
class Timing:
    """Fault durations: the full run's, or the short one `make test` runs."""

    steady_s: float  # the stream before and after each fault
    node_down_s: float  # a killed node stays down this long before its restart
    freeze_s: float  # SIGSTOP
    influx_down_s: float  # longer than the broker's consumer_timeout
    kill_gap_s: float  # between consumer kills
    partition_s: float  # one node cut off from its peers
    restart_killed: bool = True  # the short run leaves a killed node down (the run ends soon)


FULL = Timing(
    steady_s=5,
    node_down_s=15,
    freeze_s=30,
    influx_down_s=3 * CONSUMER_TIMEOUT_MS / 1000,
    kill_gap_s=3,
    partition_s=30,
)
SHORT = Timing(
    steady_s=2,
    node_down_s=4,
    freeze_s=6,
    influx_down_s=2 * CONSUMER_TIMEOUT_MS / 1000,
    kill_gap_s=1,
    partition_s=6,
    restart_killed=False,
)


@dataclasses.dataclass
class Ledger:
    """What the publisher sent: each number's scenario; confirmed numbers; poison numbers."""

    scenario_of: dict[int, str] = dataclasses.field(default_factory=dict)
    confirmed: set[int] = dataclasses.field(default_factory=set)
    poison: set[int] = dataclasses.field(default_factory=set)
    poison_confirmed: set[int] = dataclasses.field(default_factory=set)
    publish_errors: list[str] = dataclasses.field(default_factory=list)


class Stream:
    """The steady stream: `rate` messages per second of POINTS points, one poison in `poison_every`."""

    def __init__(self, cluster: RabbitMQCluster, rate: float, poison_every: int) -> None:
        self.broker = BrokerSettings(
            amqp_host=cluster.hosts(),
            amqp_user=OWNER,
            amqp_password=cluster.publisher_password(OWNER),
        )
        self.rate = rate
        self.poison_every = poison_every
        self.ledger = Ledger()
        self.scenario = "warm-up"
        self.failovers = 0
        #: When each window of messages was confirmed, and in which scenario.
        self.confirms: list[tuple[float, str]] = []
        self._numbers = itertools.count(1)
        self._last = 0
        self._stopping = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    @property
    def last(self) -> int:
        """The highest number handed out so far."""
        return self._last

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="chaos-stream")

    async def stop(self) -> None:
        self._stopping.set()
        if self._task is not None:
            await self._task

    def _message(self, index: int) -> tuple[bytes, list[int], bool]:
        poison = self.poison_every > 0 and index % self.poison_every == self.poison_every - 1
        numbers = [next(self._numbers) for _ in range(1 if poison else POINTS)]
        self._last = numbers[-1]
        points: list[dict[str, Any]] = [
            {
                "measurement": MEASUREMENT,
                "tags": {"scenario": self.scenario, "slot": str(n % POINTS)},
                "fields": {"seq": {"int": n}},
            }
            for n in numbers
        ]
        if poison:  # a valid point beside one InfluxDB would refuse: the message is poison whole
            points.append(
                {"measurement": MEASUREMENT, "tags": {"slot": "poison"}, "fields": {"seq": {"x": 1}}}
            )
        for n in numbers:
            self.ledger.scenario_of[n] = self.scenario
        if poison:
            self.ledger.poison.update(numbers)
        return orjson.dumps({"owner": OWNER, "points": points}), numbers, poison

    async def _run(self) -> None:
        index = 0
        flush_every = max(1, int(self.rate / 5))  # confirms collected five times a second
        started = time.monotonic()
        while not self._stopping.is_set():
            try:
                async with Publisher(
                    self.broker, window=max(50, flush_every * 2), failover_s=120
                ) as publisher:
                    while not self._stopping.is_set():
                        sent: list[tuple[list[int], bool]] = []
                        try:
                            for _ in range(flush_every):
                                body, numbers, poison = self._message(index)
                                index += 1
                                await publisher.publish(OWNER, body, "json")
                                sent.append((numbers, poison))
                                ahead = index / self.rate - (time.monotonic() - started)
                                if ahead > 0:
                                    await asyncio.sleep(ahead)
                                elif ahead < -1:  # after a stall: on at the rate, not in a burst
                                    started = time.monotonic() - index / self.rate
                            await publisher.flush()
                        finally:
                            self.failovers = publisher.failovers
                        for numbers, poison in sent:
                            (self.ledger.poison_confirmed if poison else self.ledger.confirmed).update(
                                numbers
                            )
                        self.confirms.append((time.monotonic(), self.scenario))
            except PublishError as exc:  # no node took them for two minutes: unconfirmed, not lost
                self.ledger.publish_errors.append(str(exc))
                await asyncio.sleep(1)


@dataclasses.dataclass
class Outcome:
    name: str
    recovery_s: float
    published: int = 0
    stored: int = 0
    lost: int = 0
    duplicated: int = 0
    unexpected: int = 0
    poison: int = 0
    unconfirmed: int = 0  # sent, never confirmed: may be stored, counts neither way
    stall_s: float = 0.0  # the longest wait between two confirmed windows of the stream
    note: str = ""

    def line(self) -> str:
        return (
            f"scenario {self.name}: recovery={self.recovery_s:.1f}s published={self.published} "
            f"stored={self.stored} lost={self.lost} duplicated={self.duplicated} "
            f"unexpected={self.unexpected} poison={self.poison} unconfirmed={self.unconfirmed} "
            f"publish_stall={self.stall_s:.1f}s" + (f" ({self.note})" if self.note else "")
        )


class Chaos:
    """The cluster, InfluxDB, the consumers and the stream of one run."""

    def __init__(
        self,
        base: Path,
        influx: InfluxServer | None = None,
        timing: Timing = FULL,
        rate: float = 40,
        poison_every: int = 40,
        consumers: int = 2,
    ) -> None:
        self.base = base
        self.timing = timing
        self.cluster = RabbitMQCluster(base / "cluster")
        self.own_influx = influx is None
        self.influx = influx or InfluxServer(base)
        self.rate = rate
        self.poison_every = poison_every
        self.consumer_count = consumers
        self.consumers: list[ConsumerProcess] = []
        self._started = 0
        self.db = ""
        self.stream: Stream | None = None
        #: What a scenario observed beyond the counts (e.g. how soon a partition moved the leader).
        self.notes: dict[str, str] = {}

    # -- set-up ----------------------------------------------------------------------------

    async def __aenter__(self) -> Chaos:
        try:
            boots = [asyncio.to_thread(self.cluster.start)]
            if self.own_influx:
                boots.append(asyncio.to_thread(self.influx.start))
            await asyncio.gather(*boots)
            self.db = self.influx.new_bucket("chaos_")
            for i in range(self.consumer_count):
                await asyncio.to_thread(self.consumer, i)
            if self.rate > 0:
                self.start_stream(self.rate)
        except BaseException:
            await self.close()
            raise
        return self

    def start_stream(self, rate: float) -> Stream:
        self.rate = rate
        self.stream = Stream(self.cluster, rate, self.poison_every)
        self.stream.start()
        return self.stream

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        if self.stream is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.stream.stop(), 30)
        for proc in self.consumers:
            proc.close()
        await asyncio.to_thread(self.cluster.stop)
        if self.own_influx:
            self.influx.stop()
        elif self.db:  # a shared server's (the test session's): its bucket goes
            with contextlib.suppress(Exception):
                self.influx.drop_bucket(self.db)

    def consumer(self, slot: int) -> ConsumerProcess:
        """Consumer `slot` (started again after a kill): every node, beginning at its own."""
        hosts = self.cluster.hosts().split(",")
        rotated = ",".join(hosts[slot % len(hosts) :] + hosts[: slot % len(hosts)])
        log = self.base / f"consumer-{slot}-{self._started}.log"
        self._started += 1
        proc = ConsumerProcess(
            self.cluster, self.influx, self.db, log, AMQP_HOST=rotated, LOG_LEVEL="WARNING"
        )
        proc.start()
        if slot < len(self.consumers):
            self.consumers[slot] = proc
        else:
            self.consumers.append(proc)
        return proc

    # -- measuring -------------------------------------------------------------------------

    def _stored_after(self, number: int) -> bool:
        q = f'SELECT count("seq") FROM "{STORED}" WHERE "seq" > {number} AND time > now() - 10m'  # noqa: S608
        result = self.influx.query(self.db, q)
        series = result["results"][0].get("series")
        return bool(series) and int(series[0]["values"][0][1]) > 0

    async def _recovered(self, since: float, mark: int | None = None) -> float:
        """Seconds from `since` until a point numbered above `mark` (default: the last one sent
        now) is stored."""
        assert self.stream is not None
        mark = self.stream.last if mark is None else mark
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError):
                if await asyncio.to_thread(self._stored_after, mark):
                    return time.monotonic() - since
            await asyncio.sleep(0.25)
        raise ServerError(f"no point published after number {mark} was stored within 300s")

    async def scenario(self, name: str, fault: Callable[[], Awaitable[float]]) -> float:
        """Runs `fault` under the stream; it returns its recovery time (`_recovered`)."""
        assert self.stream is not None
        self.stream.scenario = name
        await asyncio.sleep(self.timing.steady_s)
        recovery = await fault()
        await asyncio.sleep(self.timing.steady_s)
        return recovery

    # -- faults ----------------------------------------------------------------------------

    async def consumer_kills(self) -> float:
        """kill -9 of a consumer three times (each replaced, as its Deployment would)."""
        assert self.stream is not None
        ended, mark = time.monotonic(), self.stream.last
        for k in range(3):
            slot = k % len(self.consumers)
            proc = self.consumers[slot]
            proc.signal(signal.SIGKILL)
            await asyncio.to_thread(proc.wait, 10)
            ended, mark = time.monotonic(), self.stream.last
            await asyncio.to_thread(self.consumer, slot)
            await asyncio.sleep(self.timing.kill_gap_s)
        return await self._recovered(ended, mark)  # from the last kill

    async def leader_kill(self) -> float:
        """kill -9 of the node leading the points queue; restarted after `node_down_s`."""
        node = await asyncio.to_thread(self.cluster.leader)
        await asyncio.to_thread(node.kill)
        ended = time.monotonic()
        recovery = await self._recovered(ended)  # while the node is down
        if self.timing.restart_killed:
            await asyncio.sleep(max(0.0, ended + self.timing.node_down_s - time.monotonic()))
            await self._rejoin(node)
        return recovery

    async def _rejoin(self, node: ClusterNode) -> None:
        await asyncio.to_thread(self.cluster.restart, node)
        await asyncio.to_thread(self.cluster.wait_formed, 120)

    async def node_freeze(self) -> float:
        """SIGSTOP of the queue leader's node for `freeze_s`, then SIGCONT."""
        node = await asyncio.to_thread(self.cluster.leader)
        node.signal(signal.SIGSTOP)
        await asyncio.sleep(self.timing.freeze_s)
        node.signal(signal.SIGCONT)
        recovery = await self._recovered(time.monotonic())
        await asyncio.to_thread(self.cluster.wait_formed, 120)
        return recovery

    async def influx_kill(self) -> float:
        """kill -9 of InfluxDB during writes; up again after a moment (its pod's restart)."""
        assert self.influx.proc is not None
        os.killpg(self.influx.proc.pid, signal.SIGKILL)
        self.influx.proc.wait(10)
        self.influx.proc = None
        await asyncio.sleep(1)
        await asyncio.to_thread(self.influx.start)
        return await self._recovered(time.monotonic())

    async def influx_outage(self) -> float:
        """InfluxDB down for longer than the broker's consumer_timeout."""
        await asyncio.to_thread(self.influx.stop)
        await asyncio.sleep(self.timing.influx_down_s)
        await asyncio.to_thread(self.influx.start)
        return await self._recovered(time.monotonic())

    async def rolling_restart(self) -> float:
        """Each node in turn, last ordinal first (a StatefulSet's rolling update): the chart's
        preStop hook, a clean stop, a start, and the cluster whole again before the next."""
        for node in reversed(self.cluster.nodes):
            hook = await asyncio.to_thread(self.cluster.pre_stop, node)
            if hook.returncode != 0:
                raise ServerError(f"preStop of {node.node} failed: {hook.stderr or hook.stdout}")
            await asyncio.to_thread(node.stop)
            await self._rejoin(node)
        return await self._recovered(time.monotonic())

    async def partition(self) -> float:
        """The queue leader's node cut off from its peers for `partition_s` (clients still reach
        it; iptables), then healed."""
        node = await asyncio.to_thread(self.cluster.leader)
        await asyncio.to_thread(self.cluster.partition, node)
        started = time.monotonic()
        try:
            moved = await self._leader_moves_from(node, self.timing.partition_s)
            if moved is None:
                raise ServerError(f"the partition of {node.node} did not move the queue's leader")
            self.notes["partition"] = f"leader moved off the cut-off node in {moved:.1f}s"
            await asyncio.sleep(max(0.0, started + self.timing.partition_s - time.monotonic()))
        finally:
            await asyncio.to_thread(self.cluster.heal)
        recovery = await self._recovered(time.monotonic())
        await asyncio.to_thread(self.cluster.wait_formed, 180)
        return recovery

    async def _leader_moves_from(self, node: ClusterNode, within: float) -> float | None:
        """Seconds until the majority side names another leader of the points queue (None: never)."""
        others = [n for n in self.cluster.nodes if n is not node]
        started = time.monotonic()
        while time.monotonic() - started < within:
            with contextlib.suppress(ServerError, subprocess.SubprocessError):
                seen = await asyncio.to_thread(self.cluster.leader_seen_by, others[0])
                if seen and seen != node.node:
                    return time.monotonic() - started
            await asyncio.sleep(0.5)
        return None

    async def poison_burst(self) -> float:
        """One message in four poison for `steady_s`."""
        assert self.stream is not None
        usual, self.stream.poison_every = self.stream.poison_every, 4
        await asyncio.sleep(max(3.0, self.timing.steady_s))
        self.stream.poison_every = usual
        return await self._recovered(time.monotonic())

    # -- the count -------------------------------------------------------------------------

    async def settle(self, within: float = 180) -> None:
        """Stops the stream; waits until the queue is empty and the stored count stands still."""
        assert self.stream is not None
        await self.stream.stop()
        deadline = time.monotonic() + within
        last = -1
        while time.monotonic() < deadline:
            depth = await asyncio.to_thread(self.depth)
            stored = await asyncio.to_thread(self._count)
            if depth == 0 and stored == last:
                return
            last = stored
            await asyncio.sleep(2)
        raise ServerError(f"the queue did not drain within {within:.0f}s")

    def depth(self) -> int:
        node = self.cluster.up[0]
        table = node.ctl("list_queues", "-p", "/", "name", "messages", "--no-table-headers", "-q")
        for line in table.splitlines():
            name, _, messages = line.partition("\t")
            if name == topology.QUEUE:
                return int(messages)
        raise ServerError(f"no {topology.QUEUE} in {table!r}")

    def _count(self) -> int:
        result = self.influx.query(self.db, f'SELECT count("seq") FROM "{STORED}"')  # noqa: S608
        series = result["results"][0].get("series")
        return int(series[0]["values"][0][1]) if series else 0

    def _stored_numbers(self, span: int = 20_000) -> Counter[int]:
        """How many times (rows) each number is stored, read in ranges of numbers (a row limit,
        should the server have one, would otherwise cut the answer short unseen)."""
        times: Counter[int] = Counter()
        result = self.influx.query(self.db, f'SELECT min("seq"), max("seq") FROM "{STORED}"')  # noqa: S608
        series = result["results"][0].get("series")
        if not series:
            return times
        _, smallest, largest = series[0]["values"][0]
        for start in range(int(smallest) - 1, int(largest), span):
            q = f'SELECT "seq" FROM "{STORED}" WHERE "seq" > {start} AND "seq" <= {start + span}'  # noqa: S608
            answer = self.influx.query(self.db, q)["results"][0]
            for part in answer.get("series", []):
                if part.get("partial"):
                    raise ServerError(f"InfluxDB cut the answer to {q!r} short")
                column = part["columns"].index("seq")
                times.update(int(values[column]) for values in part["values"])
        return times

    async def dead_lettered(self) -> set[int]:
        """The numbers of the poison messages in the dead-letter queue (taken)."""
        found: set[int] = set()
        node = self.cluster.up[0]
        url = f"amqp://{self.cluster.user}:{self.cluster.password}@127.0.0.1:{node.amqp_port}/%2F"
        async with await aio_pika.connect(url) as connection:
            channel = await connection.channel()
            queue = await channel.get_queue(topology.DEAD_QUEUE)
            while (message := await queue.get(fail=False, timeout=10)) is not None:
                await message.ack()
                body = orjson.loads(message.body)
                found.update(p["fields"]["seq"]["int"] for p in body["points"] if "int" in p["fields"]["seq"])
        return found

    async def count(self, names: list[str], recoveries: dict[str, float]) -> list[Outcome]:
        assert self.stream is not None
        ledger = self.stream.ledger
        times = await asyncio.to_thread(self._stored_numbers)
        dead = await self.dead_lettered()
        outcomes = {n: Outcome(n, recoveries.get(n, 0.0)) for n in ["warm-up", *names]}
        for number, scenario in ledger.scenario_of.items():
            o = outcomes[scenario]
            if number in ledger.poison:
                o.poison += number in ledger.poison_confirmed
                o.unexpected += number in times or (number in ledger.poison_confirmed and number not in dead)
                continue
            o.unexpected += number in dead  # a valid message dead-lettered
            if number in times:
                o.stored += 1
                o.duplicated += times[number] > 1
            if number in ledger.confirmed:
                o.published += 1
                o.lost += number not in times
            else:
                o.unconfirmed += 1
        # Numbers below 1 are the soak's capacity backlog (tests/ingest/soak.py), not the stream's.
        for (before, _), (at, scenario) in itertools.pairwise(self.stream.confirms):
            if scenario in outcomes:
                outcomes[scenario].stall_s = max(outcomes[scenario].stall_s, at - before)
        for name, note in self.notes.items():
            outcomes[name].note = note
        strangers = sum(1 for n in times if n > 0 and n not in ledger.scenario_of)
        outcomes["warm-up"].unexpected += strangers
        return list(outcomes.values())


SCENARIOS: dict[str, Callable[[Chaos], Callable[[], Awaitable[float]]]] = {
    "consumer-kill-x3": lambda c: c.consumer_kills,
    "leader-node-kill": lambda c: c.leader_kill,
    "node-sigstop": lambda c: c.node_freeze,
    "influxdb-kill": lambda c: c.influx_kill,
    "influxdb-outage": lambda c: c.influx_outage,
    "poison": lambda c: c.poison_burst,
    "rolling-restart": lambda c: c.rolling_restart,
    "partition": lambda c: c.partition,
}
#: The short version `make test` runs (tests/ingest/test_chaos.py).
SHORT_SCENARIOS = ("consumer-kill-x3", "leader-node-kill")


@dataclasses.dataclass
class Report:
    outcomes: list[Outcome]
    failovers: int
    publish_errors: list[str]

    @property
    def scenarios(self) -> list[Outcome]:
        """The scenarios' outcomes (the warm-up's too when it holds anything)."""
        return [o for o in self.outcomes if o.name != "warm-up" or o.published or o.unexpected]

    @property
    def total(self) -> Outcome:
        t = Outcome("total", 0.0)
        for o in self.outcomes:
            for f in ("published", "stored", "lost", "duplicated", "unexpected", "poison"):
                setattr(t, f, getattr(t, f) + getattr(o, f))
        return t

    def summary(self) -> str:
        t, scenarios = self.total, len([o for o in self.outcomes if o.name != "warm-up"])
        return (
            f"chaos: scenarios={scenarios} published={t.published} stored={t.stored} "
            f"lost={t.lost} duplicated={t.duplicated} unexpected={t.unexpected}"
        )

    @property
    def clean(self) -> bool:
        t = self.total
        return t.lost == t.duplicated == t.unexpected == 0


async def run(
    names: list[str],
    base: Path,
    influx: InfluxServer | None = None,
    timing: Timing = FULL,
    rate: float = 40,
    echo: Echo = print,
) -> Report:
    recoveries: dict[str, float] = {}
    async with Chaos(base, influx, timing, rate) as chaos:
        echo(f"chaos: cluster of {len(chaos.cluster.nodes)} nodes up, streaming {rate:.0f} msg/s")
        for name in names:
            started = time.monotonic()
            recoveries[name] = await chaos.scenario(name, SCENARIOS[name](chaos))
            echo(f"  {name}: done in {time.monotonic() - started:.0f}s, recovery {recoveries[name]:.1f}s")
        await chaos.settle()
        assert chaos.stream is not None
        report = Report(
            await chaos.count(names, recoveries), chaos.stream.failovers, chaos.stream.ledger.publish_errors
        )
    return report


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tests.ingest.chaos", description=__doc__.split("\n\n")[0])
    p.add_argument("--short", action="store_true", help="the short version make test runs")
    p.add_argument("--scenarios", help=f"comma-separated, of: {', '.join(SCENARIOS)} (default: all)")
    p.add_argument("--rate", type=float, default=40, help="messages per second (10 points each; default 40)")
    p.add_argument("--keep", action="store_true", help="keep the servers' directory (logs)")
    args = p.parse_args(argv)
    names = (
        args.scenarios.split(",") if args.scenarios else list(SHORT_SCENARIOS if args.short else SCENARIOS)
    )
    unknown = [n for n in names if n not in SCENARIOS]
    if unknown:
        p.error(f"unknown scenario(s) {unknown}; known: {', '.join(SCENARIOS)}")
    if "partition" in names and shutil.which("iptables") is None:
        p.error("the partition scenario needs iptables: run `make setup` (installs the Debian packages)")
    # aiormq logs each connection a fault resets with a traceback: the counts say what matters.
    logging.getLogger("aiormq").setLevel(logging.CRITICAL)
    base = Path(tempfile.mkdtemp(prefix="ts-chaos-"))
    try:
        report = asyncio.run(run(names, base, timing=SHORT if args.short else FULL, rate=args.rate))
    finally:
        if args.keep:
            print(f"chaos: servers' files kept in {base}", file=sys.stderr)
        else:
            shutil.rmtree(base, ignore_errors=True)
    for outcome in report.scenarios:
        print(outcome.line())
    print(f"publisher failovers={report.failovers} gave-up={len(report.publish_errors)}")
    print(report.summary())
    return 0 if report.clean else 1


if __name__ == "__main__":
    sys.exit(main())
