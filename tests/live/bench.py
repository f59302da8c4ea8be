"""`make bench-live`: Watch at 1, 100 and 1,000 concurrent streams while points are published at a
steady rate, against a private RabbitMQ (the chart's definitions), InfluxDB 2.7, the test IdP,
the consumer and the API as processes.

Streams are half native gRPC (grpc.aio, the stub the tests use) and half gRPC-Web (HTTP/1.1
streaming, the API tests' client), spread over 3 owners and an admin watching every owner.
Each published message carries one point whose value is its number; latency runs from the
publisher's confirm to the moment a client decoded the point. InfluxDB's load is counted by
InfluxDB itself: its /metrics `http_api_requests_total` on path /query, over the measuring
window, with 1 and with 1,000 streams in the one run. The last line is the summary.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import statistics
import time
from collections.abc import AsyncIterator
from pathlib import Path

import aio_pika
import grpc
import httpx
import orjson
import uvloop

from services.api.gen.timeseries.v1 import timeseries_pb2 as pb
from services.common import topology
from tests.api.clients import claims, sign, stub, trust_forging_key
from tests.api.support import ADMIN, ALICE, BOB, ApiProcess
from tests.api.test_limits import watch
from tests.ingest.helpers import ConsumerProcess
from tests.live.support import live_env
from tests.stack.broker import BrokerVhost
from tests.stack.keycloak import KeycloakServer
from tests.stack.servers import Servers

CAROL = "bench-carol"
OWNERS = (ALICE, BOB, CAROL)
MEASUREMENT = "live"
GRPC_CHANNELS = 8


def influx_queries(url: str) -> float:
    """InfluxDB's own count of requests to its InfluxQL endpoint."""
    total = 0.0
    for line in httpx.get(f"{url}/metrics", timeout=10).text.splitlines():
        if line.startswith("http_api_requests_total{") and 'path="/query"' in line:
            total += float(line.rsplit(" ", 1)[1])
    return total


def cpu_s(pid: int) -> float:
    """User plus system CPU seconds of a process so far (/proc/<pid>/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Receipts:
    def __init__(self) -> None:
        self.at: list[tuple[int, float]] = []  # (message number, monotonic time decoded)

    def take(self, reply: pb.WatchResponse) -> None:
        now = time.monotonic()
        for s in reply.series:
            self.at.extend((int(v), now) for v in s.doubles.values)


async def grpc_stream(channel: grpc.aio.Channel, token: str, request: pb.WatchRequest, out: Receipts) -> None:
    call = stub(channel).Watch(request, metadata=(("authorization", f"Bearer {token}"),))
    try:
        async for reply in call:
            out.take(reply)
    finally:
        call.cancel()


async def web_stream(api: ApiProcess, token: str, request: pb.WatchRequest, out: Receipts) -> None:
    async with watch(api, "grpc-web", token, request) as replies:
        async for reply in replies:
            out.take(reply)


class Publisher:
    """One confirmed-publishing connection per owner, each through its own broker user."""

    def __init__(self, broker: BrokerVhost) -> None:
        self.broker = broker
        self.exchanges: dict[str, aio_pika.abc.AbstractExchange] = {}
        self.connections: list[aio_pika.abc.AbstractConnection] = []
        self.confirmed: dict[int, tuple[str, float]] = {}
        self.n = 0

    async def open(self) -> None:
        for owner in OWNERS:
            connection = await aio_pika.connect(self.broker.publisher_url(owner))
            self.connections.append(connection)
            channel = await connection.channel(publisher_confirms=True)
            self.exchanges[owner] = await channel.get_exchange(topology.EXCHANGE)

    async def close(self) -> None:
        for connection in self.connections:
            await connection.close()

    async def one(self, owner: str) -> int:
        self.n += 1
        n = self.n
        body = orjson.dumps(
            {
                "owner": owner,
                "points": [
                    {"measurement": MEASUREMENT, "fields": {"value": float(n)}, "time": time.time_ns()}
                ],
            }
        )
        message = aio_pika.Message(
            body,
            content_type="application/json",
            user_id=owner,
            delivery_mode=aio_pika.DeliveryMode.PERSISTENT,
        )
        await self.exchanges[owner].publish(message, topology.routing_key(owner), mandatory=True)
        self.confirmed[n] = (owner, time.monotonic())
        return n


@contextlib.asynccontextmanager
async def streams(
    api: ApiProcess, tokens: dict[str, str], count: int
) -> AsyncIterator[list[tuple[str, Receipts]]]:
    """`count` Watch streams: i-th over gRPC when i is even, gRPC-Web when odd; owners in turn,
    every fourth the admin over every owner."""
    channels = [
        grpc.aio.insecure_channel(api.grpc_target, options=[("grpc.use_local_subchannel_pool", 1)])
        for _ in range(GRPC_CHANNELS)
    ]
    out: list[tuple[str, Receipts]] = []
    tasks = []
    since = time.time_ns()
    for i in range(count):
        who = (*OWNERS, ADMIN)[i % 4]
        request = pb.WatchRequest(selector=pb.SeriesSelector(measurement=MEASUREMENT, field="value"))
        request.since.FromNanoseconds(since)
        if who == ADMIN:
            request.scope.all_owners = True
        receipts = Receipts()
        out.append((who, receipts))
        if i % 2 == 0:
            tasks.append(
                asyncio.create_task(grpc_stream(channels[i % GRPC_CHANNELS], tokens[who], request, receipts))
            )
        else:
            tasks.append(asyncio.create_task(web_stream(api, tokens[who], request, receipts)))
    try:
        yield out
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for channel in channels:
            await channel.close()


async def measure(
    api: ApiProcess, influx_url: str, tokens: dict[str, str], count: int, rate: float, seconds: float
) -> dict[str, float]:
    publisher = Publisher(api_broker[0])
    await publisher.open()
    try:
        async with streams(api, tokens, count) as opened:
            # Every stream is open once each has its owner's warm-up point (admins: any).
            warm = {owner: await publisher.one(owner) for owner in OWNERS}
            deadline = time.monotonic() + 120

            def has_warm_up(who: str, r: Receipts) -> bool:
                wanted = set(warm.values()) if who == ADMIN else {warm[who]}
                return wanted <= {n for n, _ in r.at}

            while not all(has_warm_up(who, r) for who, r in opened):
                if time.monotonic() > deadline:
                    raise SystemExit(f"streams not all open after 120 s ({count} streams)")
                await asyncio.sleep(0.2)
            for _, r in opened:
                r.at.clear()
            first = publisher.n + 1
            queries = influx_queries(influx_url)
            assert api.proc is not None
            api_cpu, own_cpu = cpu_s(api.proc.pid), time.process_time()
            started = time.monotonic()
            i = 0
            while time.monotonic() - started < seconds:
                await publisher.one(OWNERS[i % len(OWNERS)])
                i += 1
                await asyncio.sleep(max(0.0, started + i / rate - time.monotonic()))
            elapsed = time.monotonic() - started
            qps = (influx_queries(influx_url) - queries) / elapsed
            # Where the time goes on a shared machine: the API's and the clients' CPU share.
            api_load = (cpu_s(api.proc.pid) - api_cpu) / elapsed
            client_load = (time.process_time() - own_cpu) / elapsed
            last = publisher.n
            await asyncio.sleep(2)  # the stragglers
            latencies: list[float] = []
            missing = 0
            for who, r in opened:
                seen = {n: t for n, t in r.at}
                for n in range(first, last + 1):
                    owner, confirmed = publisher.confirmed[n]
                    if who != ADMIN and owner != who:
                        continue
                    if n not in seen:
                        missing += 1
                        continue
                    latencies.append(max(0.0, seen[n] - confirmed) * 1000)
            latencies.sort()
            result = {
                "p50_ms": statistics.median(latencies),
                "p99_ms": latencies[int(0.99 * (len(latencies) - 1))],
                "influx_qps": qps,
                "rss_mb": rss_mb(api.proc.pid),
                "missing": missing,
                "receipts": len(latencies),
            }
            print(
                f"streams={count}: p50_ms={result['p50_ms']:.1f} p99_ms={result['p99_ms']:.1f} "
                f"influx_qps={qps:.2f} api_rss_mb={result['rss_mb']:.0f} "
                f"receipts={len(latencies)} missing={missing} "
                f"api_cpu={api_load:.2f} client_cpu={client_load:.2f}",
                flush=True,
            )
            return result
    finally:
        await publisher.close()


api_broker: list[BrokerVhost] = []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--streams", default="1,100,1000")
    parser.add_argument("--rate", type=float, default=6.0, help="messages (one point each) per second")
    parser.add_argument("--seconds", type=float, default=15.0, help="measuring window per stream count")
    args = parser.parse_args()
    counts = [int(c) for c in args.streams.split(",")]
    servers = Servers()
    try:
        servers.rabbitmq.start()
        servers.influx.start()
        db = servers.influx.new_bucket("live_")
        broker = BrokerVhost(servers.rabbitmq, prefix="bench-live-")
        api_broker.append(broker)
        consumer = ConsumerProcess(
            broker, servers.influx, db, servers.base / "consumer.log", BATCH_AGE_MS="5"
        ).start()
        try:
            with KeycloakServer(servers.base) as idp:
                trust_forging_key(idp)
                tokens = {
                    who: sign(claims(idp.issuer, sub=who, exp=int(time.time()) + 3600, **roles))
                    for who, roles in (
                        *((o, {}) for o in OWNERS),
                        (ADMIN, {"roles": ["user", "admin"], "realm_access": {"roles": ["user", "admin"]}}),
                    )
                }
                env = live_env(servers.influx, idp, db, broker) | {
                    "LOG_LEVEL": "WARNING",
                    "MAX_STREAMS": str(max(counts) + 10),
                    "MAX_STREAMS_PER_PRINCIPAL": str(max(counts)),
                }
                api = ApiProcess(env).start()
                try:
                    results = {
                        c: uvloop.run(measure(api, servers.influx.url, tokens, c, args.rate, args.seconds))
                        for c in counts
                    }
                finally:
                    api.stop()
        finally:
            consumer.close()
    finally:
        servers.close()
    top, one = results[max(counts)], results[min(counts)]
    print(
        f"live: streams={max(counts)} p50_ms={top['p50_ms']:.1f} p99_ms={top['p99_ms']:.1f} "
        f"influx_qps_{min(counts)}={one['influx_qps']:.2f} influx_qps_{max(counts)}={top['influx_qps']:.2f} "
        f"api_rss_mb={top['rss_mb']:.0f}"
    )


if __name__ == "__main__":
    main()
