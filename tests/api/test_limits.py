"""Limits no caller can pass: the answer budget (series, points, bytes) on every query path,
stream caps per principal and in total, and Watch ending when its token expires.

One API process with small limits reads the session database (conftest `api_db`): alice has
4 catalog series there (more as other tests add theirs), temperature holds 61 of her points
in 3 series, status 90 points in 3 series (3 fields x 30).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Iterator

import grpc
import httpx
import pytest
from google.protobuf.timestamp_pb2 import Timestamp

from services.api.gen.timeseries.v1 import timeseries_pb2 as pb
from tests.api import clients
from tests.api.conftest import api_env
from tests.api.fetch import CallError, list_series, query
from tests.api.support import ALICE, ApiProcess, parse_grpcweb, stored_line, write_lines
from tests.stack.keycloak import KeycloakServer
from tests.stack.servers import InfluxServer, unique

LIMITS = {
    "MAX_SERIES": "3",
    "MAX_POINTS": "50",
    "MAX_ANSWER_BYTES": "6000",
    "MAX_STREAMS": "3",
    "MAX_STREAMS_PER_PRINCIPAL": "2",
}
TWO_HOURS = pb.TimeRange(start=Timestamp(seconds=int(time.time()) - 7200))
PROTOCOLS = ("rest", "grpc", "grpc-web")


@pytest.fixture(scope="module")
def small(influx: InfluxServer, idp: KeycloakServer, api_db: str) -> Iterator[ApiProcess]:
    process = ApiProcess(api_env(influx, idp, api_db) | LIMITS).start()
    yield process
    process.stop()


def bearer(idp: KeycloakServer, sub: str = ALICE, ttl_s: float = 600, admin: bool = False) -> str:
    roles = ["user", "admin"] if admin else ["user"]
    payload = clients.claims(idp.issuer, sub=sub, exp=int(time.time() + ttl_s), roles=roles)
    return clients.sign(payload)


def refused_with(exc: CallError, setting: str) -> None:
    """RESOURCE_EXHAUSTED on gRPC, 400 `resource_exhausted` on REST, naming the setting."""
    assert exc.code in ("RESOURCE_EXHAUSTED", "400"), exc
    assert f"{setting}={LIMITS[setting]}" in str(exc), exc
    if exc.code == "400":
        assert '"code":"resource_exhausted"' in str(exc).replace(" ", "")


@pytest.mark.parametrize("protocol", PROTOCOLS)
async def test_within_the_budget_is_answered(small: ApiProcess, idp: KeycloakServer, protocol: str) -> None:
    request = pb.QueryRequest(
        range=TWO_HOURS, selector=pb.SeriesSelector(measurement="temperature", tags={"sensor": "s1"})
    )
    rows, _ = await query(small, protocol, bearer(idp), request)
    assert [len(r[4]) for r in rows] == [30]


@pytest.mark.parametrize("protocol", PROTOCOLS)
@pytest.mark.parametrize(
    ("measurement", "setting"), [("temperature", "MAX_POINTS"), ("status", "MAX_POINTS")]
)
async def test_query_over_the_point_budget_is_refused(
    small: ApiProcess, idp: KeycloakServer, protocol: str, measurement: str, setting: str
) -> None:
    """Each series is under the per-series limit; together they are over the total."""
    request = pb.QueryRequest(range=TWO_HOURS, selector=pb.SeriesSelector(measurement=measurement))
    with pytest.raises(CallError) as err:
        await query(small, protocol, bearer(idp), request)
    refused_with(err.value, setting)


@pytest.mark.parametrize("protocol", PROTOCOLS)
async def test_catalog_over_the_series_budget_is_refused(
    small: ApiProcess, idp: KeycloakServer, protocol: str
) -> None:
    with pytest.raises(CallError) as err:
        await list_series(small, protocol, bearer(idp), pb.ListSeriesRequest())
    refused_with(err.value, "MAX_SERIES")


@pytest.mark.parametrize("protocol", PROTOCOLS)
async def test_answer_over_the_byte_budget_is_refused(
    small: ApiProcess, idp: KeycloakServer, protocol: str
) -> None:
    """Every owner's points at once: InfluxDB's answer is cut off at MAX_ANSWER_BYTES."""
    request = pb.QueryRequest(range=TWO_HOURS, scope=pb.OwnerScope(all_owners=True))
    with pytest.raises(CallError) as err:
        await query(small, protocol, bearer(idp, "root", admin=True), request)
    refused_with(err.value, "MAX_ANSWER_BYTES")


@pytest.mark.parametrize("protocol", ["grpc", "grpc-web"])
async def test_watch_batch_over_the_budget_ends_the_stream(
    small: ApiProcess, idp: KeycloakServer, protocol: str
) -> None:
    since = Timestamp(seconds=int(time.time()) - 7200)
    request = pb.WatchRequest(selector=pb.SeriesSelector(measurement="status"), since=since)
    async with watch(small, protocol, bearer(idp), request) as replies:
        with pytest.raises(CallError) as err:
            await anext(replies)
    refused_with(err.value, "MAX_POINTS")


@contextlib.asynccontextmanager
async def watch(
    api: ApiProcess, protocol: str, token: str, request: pb.WatchRequest
) -> AsyncIterator[AsyncIterator[pb.WatchResponse]]:
    """A Watch stream over native gRPC or gRPC-Web; errors come out as CallError."""
    metadata = {"authorization": f"Bearer {token}"}
    if protocol == "grpc":
        async with grpc.aio.insecure_channel(api.grpc_target) as channel:
            call = clients.stub(channel).Watch(request, metadata=tuple(metadata.items()))

            async def replies() -> AsyncIterator[pb.WatchResponse]:
                try:
                    async for reply in call:
                        yield reply
                except grpc.aio.AioRpcError as exc:
                    raise CallError(exc.code().name, exc.details() or "") from exc

            try:
                yield replies()
            finally:
                call.cancel()
        return
    frame = request.SerializeToString()
    headers = metadata | {"content-type": "application/grpc-web+proto", "x-grpc-web": "1"}
    async with (
        httpx.AsyncClient(timeout=30) as http,
        http.stream(
            "POST",
            f"{api.url}/timeseries.v1.TimeseriesService/Watch",
            content=len(frame).to_bytes(5, "big") + frame,
            headers=headers,
        ) as response,
    ):

        async def web_replies() -> AsyncIterator[pb.WatchResponse]:
            # Frames arrive one chunk at a time; the trailer frame carries the status.
            buffer = b""
            async for chunk in response.aiter_raw():
                buffer += chunk
                while len(buffer) >= 5 and len(buffer) >= 5 + int.from_bytes(buffer[1:5], "big"):
                    size = 5 + int.from_bytes(buffer[1:5], "big")
                    head, buffer = buffer[:size], buffer[size:]
                    if head[0] & 0x80:
                        reply = parse_grpcweb(200, httpx.Headers(), head, False)
                        raise CallError(clients.code_name(reply.status or 0), reply.message)
                    yield pb.WatchResponse.FromString(head[5:])
            if "grpc-status" in response.headers:
                reply = parse_grpcweb(200, response.headers, b"", False)
                raise CallError(clients.code_name(reply.status or 0), reply.message)

        yield web_replies()


async def opened(replies: AsyncIterator[pb.WatchResponse]) -> asyncio.Task[pb.WatchResponse]:
    """Starts reading a stream and gives the server time to count it as open (or refuse it)."""
    task = asyncio.ensure_future(anext(replies))
    await asyncio.sleep(0.5)
    if task.done():
        task.result()  # a refusal raises here
    return task


async def test_stream_caps_per_principal_and_in_total(small: ApiProcess, idp: KeycloakServer) -> None:
    """Caps are per process and shared by both streaming transports."""
    idle = pb.WatchRequest(selector=pb.SeriesSelector(measurement=unique("idle_")))
    # A gRPC-Web stream sends its headers with its first message: this one has one at once.
    busy = pb.WatchRequest(
        selector=pb.SeriesSelector(measurement="temperature", tags={"sensor": "s1"}),
        since=Timestamp(seconds=int(time.time()) - 7200),
    )
    alice, bob, carol = bearer(idp), bearer(idp, "bob"), bearer(idp, "carol")  # alice: the seeded owner
    async with contextlib.AsyncExitStack() as stack:
        first = await stack.enter_async_context(watch(small, "grpc", alice, idle))
        second = await stack.enter_async_context(watch(small, "grpc-web", alice, busy))
        pending = [await opened(first), await opened(second)]
        for protocol in ("grpc", "grpc-web"):
            async with watch(small, protocol, alice, idle) as third:
                with pytest.raises(CallError) as err:
                    await opened(third)
            refused_with(err.value, "MAX_STREAMS_PER_PRINCIPAL")
        bobs = await stack.enter_async_context(watch(small, "grpc", bob, idle))
        pending.append(await opened(bobs))  # three open: the total cap is reached
        async with watch(small, "grpc-web", carol, idle) as carols:
            with pytest.raises(CallError) as err:
                await opened(carols)
        refused_with(err.value, "MAX_STREAMS")
        for task in pending:
            task.cancel()
    # all closed: the slots are free again
    async with watch(small, "grpc", carol, idle) as carols:
        (await opened(carols)).cancel()


@pytest.mark.parametrize("protocol", ["grpc", "grpc-web"])
async def test_watch_ends_at_token_expiry_and_resumes_without_loss(
    small: ApiProcess, influx: InfluxServer, api_db: str, idp: KeycloakServer, protocol: str
) -> None:
    """The stream ends with UNAUTHENTICATED when its token expires; resumed with a renewed
    token from the last point received (`since`), every point arrives, none twice."""
    measurement = unique("exp_")
    start = time.time_ns()
    request = pb.WatchRequest(
        selector=pb.SeriesSelector(measurement=measurement), since=Timestamp(seconds=start // 10**9 - 1)
    )
    written = [start + i * 10**6 for i in range(6)]
    lines = [stored_line(ALICE, measurement, {}, {"v": float(i)}, t) for i, t in enumerate(written)]
    received: list[int] = []
    write_lines(influx, api_db, lines[:3])
    expires = time.monotonic() + 3
    async with watch(small, protocol, bearer(idp, ttl_s=3), request) as replies:
        with pytest.raises(CallError) as err:
            async with asyncio.timeout(10):
                async for reply in replies:
                    received += [t for s in reply.series for t in s.times_unix_nano]
    assert err.value.code == "UNAUTHENTICATED" and "expired" in str(err.value)
    assert abs(time.monotonic() - expires) < 2.5  # ended at expiry, not before, not much later
    assert received == written[:3]
    write_lines(influx, api_db, lines[3:])  # stored while the client renews
    request.since.FromNanoseconds(received[-1])
    async with watch(small, protocol, bearer(idp), request) as replies:
        async with asyncio.timeout(10):
            async for reply in replies:
                received += [t for s in reply.series for t in s.times_unix_nano if t > received[-1]]
                if len(received) >= len(written):
                    break
    assert received == written
