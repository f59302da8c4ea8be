"""`make bench-api`: what the API adds on top of InfluxDB for a query returning 10,000 points.

In one run, against a private InfluxDB, the test IdP and `python -m services.api`:
1. the API's own InfluxQL sent straight to InfluxDB over HTTP (the floor),
2. the same query through REST, native gRPC and gRPC-Web, sequential calls after a warm-up,
   interleaved so that machine noise falls on all four alike (each round starting with the
   next protocol, so that none always takes the same position in the round),
3. 50 concurrent REST clients for a few seconds.
Each client reads and decodes the whole response (JSON with orjson, so that a slow client-side
parse does not dilute the API's share; gRPC with its stub). The last line is the summary the
issue asks for.

The ratios are paired: each round calls all four back to back, the round's ratio is
protocol time / direct time, and the reported ratio is the median over rounds. On a shared
machine the load drifts within seconds; pairing cancels most of that drift, which the ratio
of two separately taken medians does not (that one is printed too, on the line before).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import struct
import time
from collections.abc import Callable

import grpc
import httpx
import orjson

from services.api.gen.timeseries.v1 import timeseries_pb2 as pb
from services.api.gen.timeseries.v1 import timeseries_pb2_grpc as pb_grpc
from services.api.model import Selector
from services.api.scope import OwnerScope
from services.api.statements import condition, field_keys, select
from tests.api.conftest import api_env
from tests.api.support import ALICE, BOB, ApiProcess, stored_line, write_lines
from tests.stack.keycloak import KeycloakServer
from tests.stack.servers import Servers

POINTS = 10_000
SECOND = 10**9


def seed(servers: Servers, db: str, start_ns: int) -> None:
    tags = {"sensor": "s1"}
    lines = [
        stored_line(ALICE, "bench", tags, {"value": i * 0.25}, start_ns + i * SECOND) for i in range(POINTS)
    ]
    lines += [
        stored_line(BOB, "bench", tags, {"value": float(i)}, start_ns + i * SECOND) for i in range(POINTS)
    ]
    for i in range(0, len(lines), 5000):
        write_lines(servers.influx, db, lines[i : i + 5000])


def p50_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


async def concurrent_rest(
    url: str, token: str, params: dict[str, str], clients: int, seconds: float
) -> tuple[int, int]:
    done = errors = 0
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(
        limits=limits, timeout=60, headers={"Authorization": f"Bearer {token}"}
    ) as http:

        async def worker() -> None:
            nonlocal done, errors
            while time.perf_counter() < deadline:
                response = await http.get(url, params=params)
                if response.status_code == 200 and response.content:
                    done += 1
                else:
                    errors += 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        elapsed = time.perf_counter() - started
    return round(done / elapsed), errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=100, help="sequential calls per protocol")
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=8.0, help="duration of the concurrent phase")
    args = parser.parse_args()

    servers = Servers()
    try:
        servers.influx.start()
        db = servers.influx.new_bucket("bench_")
        start_ns = (time.time_ns() // SECOND - 2 * POINTS) * SECOND
        seed(servers, db, start_ns)
        stop_ns = start_ns + POINTS * SECOND
        with KeycloakServer(servers.base) as idp:
            api = ApiProcess(api_env(servers.influx, idp, db) | {"LOG_LEVEL": "WARNING"}).start()
            try:
                run(args, servers, idp, api, db, start_ns, stop_ns)
            finally:
                api.stop()
    finally:
        servers.close()


def run(
    args: argparse.Namespace,
    servers: Servers,
    idp: KeycloakServer,
    api: ApiProcess,
    db: str,
    start_ns: int,
    stop_ns: int,
) -> None:
    token = idp.token("alice")
    auth = {"Authorization": f"Bearer {token}"}
    selector = Selector("bench", "value")
    # Exactly what the API sends for this request (query.py builds them the same way): the
    # field catalog, then the SELECT that projects each field with its stored type.
    scope = OwnerScope(ALICE)
    where = condition(selector, start_ns, stop_ns)
    influxql = [
        field_keys(scope, "bench"),
        select(scope, "bench", where, None, "DESC", POINTS + 1, [("value", "float")]),
    ]
    request = pb.QueryRequest(
        selector=pb.SeriesSelector(measurement="bench", field="value"),
        range=pb.TimeRange(start={"seconds": start_ns // SECOND}, stop={"seconds": stop_ns // SECOND}),
        limit=POINTS,
    )
    rest_params = {
        "measurement": "bench",
        "field": "value",
        "start": request.range.start.ToJsonString(),
        "stop": request.range.stop.ToJsonString(),
        "limit": str(POINTS),
    }
    body = request.SerializeToString()
    web_body = struct.pack(">BI", 0, len(body)) + body
    web_headers = {**auth, "content-type": "application/grpc-web+proto", "x-grpc-web": "1"}
    errors = 0

    # the API's own InfluxDB client sends the same (no gzip on a local hop)
    direct_http = httpx.Client(
        timeout=60,
        headers={"Accept-Encoding": "identity", "Authorization": f"Token {servers.influx.tokens(db).read}"},
    )
    rest_http = httpx.Client(timeout=60, headers=auth)
    web_http = httpx.Client(timeout=60)
    channel = grpc.insecure_channel(api.grpc_target, options=[("grpc.max_receive_message_length", 64 << 20)])
    stub = pb_grpc.TimeseriesServiceStub(channel)  # type: ignore[no-untyped-call]

    def direct() -> int:
        for statement in influxql:
            response = direct_http.post(
                servers.influx.url + "/query", data={"db": db, "q": statement, "epoch": "ns"}
            )
        values = orjson.loads(response.content)["results"][0]["series"][0]["values"]
        return len(values) if response.status_code == 200 else -1

    def rest() -> int:
        response = rest_http.get(api.url + "/api/data", params=rest_params)
        return (
            len(orjson.loads(response.content)["series"][0]["points"]) if response.status_code == 200 else -1
        )

    def grpc_call() -> int:
        reply = stub.Query(request, metadata=(("authorization", f"Bearer {token}"),), timeout=60)
        return len(reply.series[0].times_unix_nano)

    def grpcweb() -> int:
        response = web_http.post(
            api.url + "/timeseries.v1.TimeseriesService/Query", content=web_body, headers=web_headers
        )
        data = response.content
        (length,) = struct.unpack_from(">I", data, 1)
        reply = pb.QueryResponse.FromString(data[5 : 5 + length])
        return len(reply.series[0].times_unix_nano)

    calls: dict[str, Callable[[], int]] = {
        "direct": direct,
        "rest": rest,
        "grpc": grpc_call,
        "grpcweb": grpcweb,
    }
    samples: dict[str, list[float]] = {name: [] for name in calls}
    names = list(calls)
    for round_ in range(args.warmup + args.calls):
        # Each round starts with the next protocol: none always runs first (right after the
        # client was idle), so a position in the round cannot favour or penalise one protocol.
        shift = round_ % len(names)
        for name in names[shift:] + names[:shift]:
            fn = calls[name]
            started = time.perf_counter()
            try:
                n = fn()
            except Exception as exc:
                print(f"{name}: error {exc!r}")
                n = -1
            elapsed = time.perf_counter() - started
            if n != POINTS:
                errors += 1
                print(f"{name}: expected {POINTS} points, got {n}")
            if round_ >= args.warmup:
                samples[name].append(elapsed)
    channel.close()

    p50 = {name: p50_ms(s) for name, s in samples.items()}
    paired = {
        name: statistics.median(t / d for t, d in zip(samples[name], samples["direct"], strict=True))
        for name in ("rest", "grpc", "grpcweb")
    }
    for name, s in samples.items():
        print(
            f"{name:8} p50={p50[name]:.1f}ms min={min(s) * 1000:.1f}ms max={max(s) * 1000:.1f}ms n={len(s)}",
            flush=True,
        )
    rps, concurrent_errors = asyncio.run(
        concurrent_rest(api.url + "/api/data", token, rest_params, args.concurrency, args.seconds)
    )
    errors += concurrent_errors
    print(f"rest c{args.concurrency}: {rps} requests/s over {args.seconds:.0f}s, errors={concurrent_errors}")
    d = p50["direct"]
    print(
        "ratios of the medians (unpaired): "
        + " ".join(f"{name}={p50[name] / d:.2f}" for name in ("rest", "grpc", "grpcweb"))
    )
    print(
        f"api: direct_p50_ms={d:.1f} rest_p50_ms={p50['rest']:.1f} grpc_p50_ms={p50['grpc']:.1f} "
        f"grpcweb_p50_ms={p50['grpcweb']:.1f} rest_ratio={paired['rest']:.2f} "
        f"grpc_ratio={paired['grpc']:.2f} grpcweb_ratio={paired['grpcweb']:.2f} "
        f"rest_rps_c{args.concurrency}={rps} errors={errors}"
    )


if __name__ == "__main__":
    main()
