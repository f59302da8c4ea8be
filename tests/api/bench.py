"""`make bench-api`: what the API adds on top of InfluxDB for a query returning 10,000 points.

In one run, against a private InfluxDB, the test IdP and `python -m services.api`:
1. the API's own InfluxQL sent straight to InfluxDB over HTTP (the floor),
2. the same query through REST, native gRPC and gRPC-Web, sequential calls after a warm-up,
   interleaved so that machine noise falls on all four alike (each round starting with the
   next protocol, so that none always takes the same position in the round),
3. 50 concurrent REST clients for a few seconds;
4. how cost grows with the answer: 1k, 10k, 100k and 1M points per query on each protocol and
   direct, with p50 and the API process's peak RSS (reset before each protocol's calls, so each
   figure is that protocol at that size). The API's budgets are set to allow 1M points
   (MAX_LIMIT, MAX_POINTS, MAX_ANSWER_BYTES); where a budget or cap answers instead, the
   table says so.
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
from pathlib import Path

import grpc
import httpx
import orjson

from services.api.gen.timeseries.v1 import timeseries_pb2 as pb
from services.api.gen.timeseries.v1 import timeseries_pb2_grpc as pb_grpc
from services.api.model import Selector
from services.api.scope import OwnerScope
from services.api.statements import condition, field_keys, select
from services.common.lineprotocol import PointFormatter, owner_prefix
from tests.api.conftest import api_env
from tests.api.support import ALICE, BOB, ApiProcess, stored_line, write_lines
from tests.stack.keycloak import KeycloakServer
from tests.stack.servers import Servers

POINTS = 10_000
SECOND = 10**9
#: Points per query in the size table, and calls per protocol at each size (fewer for the big ones).
SIZES = {1_000: 9, 10_000: 7, 100_000: 5, 1_000_000: 3}
SIZED = "sized"  # alice's measurement that holds max(SIZES) points
#: Budgets that let the largest query through (the defaults are the chart's, for the cluster).
BUDGETS = {
    "MAX_LIMIT": str(max(SIZES)),
    "MAX_POINTS": str(max(SIZES)),
    "MAX_ANSWER_BYTES": str(512 << 20),
    "INFLUX_TIMEOUT_S": "120",  # a million points take InfluxDB seconds on a loaded machine
}


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
    # One formatter for the million points (stored_line makes one per point: its caches cold).
    formatter, prefix = PointFormatter(), owner_prefix(ALICE)
    for i in range(0, max(SIZES), 5000):
        points = (
            {"measurement": SIZED, "tags": tags, "fields": {"value": j * 0.5}} for j in range(i, i + 5000)
        )
        write_lines(
            servers.influx,
            db,
            [
                formatter.line(point, prefix, start_ns + j * SECOND).rstrip("\n")
                for j, point in enumerate(points, i)
            ],
        )


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
        start_ns = (time.time_ns() // SECOND - 2 * max(SIZES)) * SECOND
        seed(servers, db, start_ns)
        stop_ns = start_ns + POINTS * SECOND
        with KeycloakServer(servers.base) as idp:
            api = ApiProcess(api_env(servers.influx, idp, db) | {"LOG_LEVEL": "WARNING"} | BUDGETS).start()
            try:
                run(args, servers, idp, api, db, start_ns, stop_ns)
            finally:
                api.stop()
    finally:
        servers.close()


def query_request(measurement: str, start_ns: int, stop_ns: int, points: int) -> pb.QueryRequest:
    return pb.QueryRequest(
        selector=pb.SeriesSelector(measurement=measurement, field="value"),
        range=pb.TimeRange(start={"seconds": start_ns // SECOND}, stop={"seconds": stop_ns // SECOND}),
        limit=points,
    )


class Refused(Exception):
    """A call answered with an error (a budget, a limit): the text is the API's own message."""


class Clients:
    """The four ways to ask for one selection (InfluxDB direct with the API's own InfluxQL, REST,
    native gRPC, gRPC-Web), each call reading and decoding the whole answer."""

    def __init__(self, servers: Servers, api: ApiProcess, db: str, token: str) -> None:
        self.servers, self.api, self.db, self.token = servers, api, db, token
        auth = {"Authorization": f"Bearer {token}"}
        # the API's own InfluxDB client sends the same (no gzip on a local hop)
        self.direct_http = httpx.Client(
            timeout=120,
            headers={
                "Accept-Encoding": "identity",
                "Authorization": f"Token {servers.influx.tokens(db).read}",
            },
        )
        self.rest_http = httpx.Client(timeout=120, headers=auth)
        self.web_http = httpx.Client(timeout=120)
        self.web_headers = {**auth, "content-type": "application/grpc-web+proto", "x-grpc-web": "1"}
        self.channel = grpc.insecure_channel(
            api.grpc_target, options=[("grpc.max_receive_message_length", 256 << 20)]
        )
        self.stub = pb_grpc.TimeseriesServiceStub(self.channel)  # type: ignore[no-untyped-call]

    def close(self) -> None:
        self.channel.close()
        for http in (self.direct_http, self.rest_http, self.web_http):
            http.close()

    @staticmethod
    def rest_params(request: pb.QueryRequest) -> dict[str, str]:
        """The REST query parameters that ask what `request` asks."""
        return {
            "measurement": request.selector.measurement,
            "field": request.selector.field,
            "start": request.range.start.ToJsonString(),
            "stop": request.range.stop.ToJsonString(),
            "limit": str(request.limit),
        }

    def query(
        self, measurement: str, start_ns: int, stop_ns: int, points: int
    ) -> dict[str, Callable[[], int]]:
        """A call per protocol for `measurement`'s values in [start, stop), at most `points`;
        each returns how many points it got."""
        selector = Selector(measurement, "value")
        # Exactly what the API sends for this request (query.py builds them the same way): the
        # field catalog, then the SELECT that projects each field with its stored type.
        scope = OwnerScope(ALICE)
        where = condition(selector, start_ns, stop_ns)
        influxql = [
            field_keys(scope, measurement),
            select(scope, measurement, where, None, "DESC", points + 1, [("value", "float")]),
        ]
        request = query_request(measurement, start_ns, stop_ns, points)
        rest_params = self.rest_params(request)
        body = request.SerializeToString()
        web_body = struct.pack(">BI", 0, len(body)) + body
        influx = self.servers.influx

        def direct() -> int:
            for statement in influxql:
                response = self.direct_http.post(
                    influx.url + "/query", data={"db": self.db, "q": statement, "epoch": "ns"}
                )
                _ok(response)
            return len(orjson.loads(response.content)["results"][0]["series"][0]["values"])

        def rest() -> int:
            response = _ok(self.rest_http.get(self.api.url + "/api/data", params=rest_params))
            return len(orjson.loads(response.content)["series"][0]["points"])

        def grpc_call() -> int:
            metadata = (("authorization", f"Bearer {self.token}"),)
            try:
                reply = self.stub.Query(request, metadata=metadata, timeout=120)
            except grpc.RpcError as exc:
                raise Refused(f"{exc.code().name}: {exc.details()}") from None
            return len(reply.series[0].times_unix_nano)

        def grpcweb() -> int:
            url = self.api.url + "/timeseries.v1.TimeseriesService/Query"
            response = _ok(self.web_http.post(url, content=web_body, headers=self.web_headers))
            if response.headers.get("grpc-status", "0") != "0":  # trailers-only error
                raise Refused(
                    f"grpc-status {response.headers['grpc-status']}: {response.headers.get('grpc-message')}"
                )
            data = response.content
            (length,) = struct.unpack_from(">I", data, 1)
            reply = pb.QueryResponse.FromString(data[5 : 5 + length])
            return len(reply.series[0].times_unix_nano)

        return {"direct": direct, "rest": rest, "grpc": grpc_call, "grpcweb": grpcweb}


def _ok(response: httpx.Response) -> httpx.Response:
    if response.status_code != 200:
        raise Refused(f"HTTP {response.status_code}: {response.text[:200]}")
    return response


def _reset_peak_rss(pid: int) -> None:
    """Linux resets a process's VmHWM to its current RSS on `5` in clear_refs (root may)."""
    Path(f"/proc/{pid}/clear_refs").write_text("5")


def _peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def size_table(clients: Clients, api: ApiProcess, servers: Servers, start_ns: int) -> list[str]:
    """p50 and peak RSS per protocol for each answer size, one protocol's calls after another's
    (after a warm-up call); direct calls show InfluxDB's peak RSS instead of the API's."""
    assert api.proc is not None and servers.influx.proc is not None
    rows = [
        "size table: p50 ms / peak RSS MiB (API process; direct: influxd) per query size",
        f"{'points':>9} " + " ".join(f"{name:>18}" for name in ("direct", "rest", "grpc", "grpcweb")),
    ]
    notes = []
    for points, n in SIZES.items():
        calls = clients.query(SIZED, start_ns, start_ns + points * SECOND, points)
        cells = []
        for name, fn in calls.items():
            pid = servers.influx.proc.pid if name == "direct" else api.proc.pid
            try:
                if points < max(SIZES):  # warm-up (the smaller sizes warmed the largest)
                    fn()
                _reset_peak_rss(pid)
                times = []
                for _ in range(n):
                    started = time.perf_counter()
                    got = fn()
                    times.append(time.perf_counter() - started)
                    if got != points:
                        raise Refused(f"expected {points} points, got {got}")
            except Refused as exc:
                cells.append(f"{'(see below)':>18}")
                notes.append(f"  {name} at {points} points: {exc}")
                continue
            cells.append(f"{p50_ms(times):>9.1f} / {_peak_rss_mib(pid):>6.0f}")
        rows.append(f"{points:>9} " + " ".join(cells))
    return rows + notes


def run(
    args: argparse.Namespace,
    servers: Servers,
    idp: KeycloakServer,
    api: ApiProcess,
    db: str,
    start_ns: int,
    stop_ns: int,
) -> None:
    clients = Clients(servers, api, db, idp.token("alice"))
    calls = clients.query("bench", start_ns, stop_ns, POINTS)
    errors = 0
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
        concurrent_rest(
            api.url + "/api/data",
            clients.token,
            Clients.rest_params(query_request("bench", start_ns, stop_ns, POINTS)),
            args.concurrency,
            args.seconds,
        )
    )
    errors += concurrent_errors
    print(f"rest c{args.concurrency}: {rps} requests/s over {args.seconds:.0f}s, errors={concurrent_errors}")
    for line in size_table(clients, api, servers, start_ns):
        print(line, flush=True)
    clients.close()
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
