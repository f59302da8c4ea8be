"""Watch over native gRPC: new points as they are stored, only the caller's, each once."""

from __future__ import annotations

import asyncio
import time

import grpc
import pytest
from google.protobuf.timestamp_pb2 import Timestamp

from services.api.gen.timeseries.v1 import timeseries_pb2 as pb
from tests.api.clients import stub
from tests.api.conftest import api_env
from tests.api.support import ALICE, BOB, ApiProcess, metric, stored_line, write_lines
from tests.stack.keycloak import KeycloakServer
from tests.stack.servers import InfluxServer, unique


async def test_watch_streams_only_new_own_points(
    api: ApiProcess, api_db: str, influx: InfluxServer, tokens: dict[str, str]
) -> None:
    measurement = unique("w_")
    cancelled_before = metric(api, "api_requests_total", protocol="grpc", method="Watch", code="CANCELLED")
    async with grpc.aio.insecure_channel(api.grpc_target) as channel:
        call = stub(channel).Watch(
            pb.WatchRequest(selector=pb.SeriesSelector(measurement=measurement)),
            metadata=(("authorization", f"Bearer {tokens['alice']}"),),
        )
        await asyncio.sleep(0.5)
        # Stamped a little ahead, so the points are "new" however late the server started the
        # watch on a loaded machine (a watch without `since` sends only points from its start).
        now = time.time_ns() + 3 * 10**9
        write_lines(
            influx,
            api_db,
            [
                stored_line(BOB, measurement, {"sensor": "s1"}, {"value": 1001.0}, now),
                stored_line(ALICE, measurement, {"sensor": "s1"}, {"value": 7.0}, now),
            ],
        )
        received: list[tuple[str, float]] = []
        async with asyncio.timeout(10):
            async for reply in call:
                received += [(s.owner, v) for s in reply.series for v in s.doubles.values]
                if received:
                    break
        write_lines(
            influx,
            api_db,
            [stored_line(ALICE, measurement, {"sensor": "s1"}, {"value": 8.0}, now + 10**6)],
        )
        async with asyncio.timeout(10):
            async for reply in call:
                received += [(s.owner, v) for s in reply.series for v in s.doubles.values]
                if len(received) >= 2:
                    break
        assert received == [(ALICE, 7.0), (ALICE, 8.0)]  # nothing of bob's, nothing twice
        call.cancel()
    # the server noticed the client going away and ended the stream
    for _ in range(50):
        if (
            metric(api, "api_requests_total", protocol="grpc", method="Watch", code="CANCELLED")
            > cancelled_before
        ):
            break
        await asyncio.sleep(0.1)
    else:
        pytest.fail("the server did not record the cancelled Watch")


async def test_watch_since_sends_stored_points_first(api: ApiProcess, tokens: dict[str, str]) -> None:
    since = Timestamp()
    since.FromNanoseconds(time.time_ns() - 3 * 3600 * 10**9)
    request = pb.WatchRequest(selector=pb.SeriesSelector(measurement="status", field="text"), since=since)
    async with grpc.aio.insecure_channel(api.grpc_target) as channel:
        call = stub(channel).Watch(request, metadata=(("authorization", f"Bearer {tokens['bob']}"),))
        async with asyncio.timeout(10):
            first = await call.read()
        call.cancel()
    (series,) = first.series
    assert series.owner == BOB and list(series.strings.values)[:2] == [f"{BOB}-0", f"{BOB}-1"]


async def test_watch_other_owner_is_denied(api: ApiProcess, tokens: dict[str, str]) -> None:
    async with grpc.aio.insecure_channel(api.grpc_target) as channel:
        call = stub(channel).Watch(
            pb.WatchRequest(scope=pb.OwnerScope(owner=BOB)),
            metadata=(("authorization", f"Bearer {tokens['alice']}"),),
        )
        with pytest.raises(grpc.aio.AioRpcError) as err:
            await call.read()
    assert err.value.code() == grpc.StatusCode.PERMISSION_DENIED


async def test_watch_catches_up_in_batches_without_gaps_or_repeats(
    influx: InfluxServer, idp: KeycloakServer, api_db: str, tokens: dict[str, str]
) -> None:
    """With a batch cap of 4 points, 30 stored points arrive over several polls, each once."""
    # a lookback spanning all the data: without the catch-up logic every poll would re-read the same 4
    env = api_env(influx, idp, api_db) | {"MAX_LIMIT": "4", "DEFAULT_LIMIT": "4", "WATCH_LOOKBACK_S": "36000"}
    process = ApiProcess(env).start()
    since = Timestamp()
    since.FromNanoseconds(time.time_ns() - 3 * 3600 * 10**9)
    request = pb.WatchRequest(selector=pb.SeriesSelector(measurement="status"), since=since)
    values: dict[str, list[object]] = {"code": [], "ok": [], "text": []}
    try:
        async with grpc.aio.insecure_channel(process.grpc_target) as channel:
            call = stub(channel).Watch(request, metadata=(("authorization", f"Bearer {tokens['bob']}"),))
            async with asyncio.timeout(20):
                async for reply in call:
                    for s in reply.series:
                        values[s.field] += list(getattr(s, s.WhichOneof("values")).values)
                    if all(len(v) >= 30 for v in values.values()):
                        break
            call.cancel()
    finally:
        process.stop()
    assert values["code"] == list(range(1000, 1030))
    assert values["text"] == [f"{BOB}-{i}" for i in range(30)]
    assert values["ok"] == [i % 2 == 0 for i in range(30)]
