"""Downsampling of raw views (`max_points`): at most about max_points per series, every window's
minimum and maximum kept, identical on REST, gRPC and gRPC-Web, within the owner scope.

The data: 20,000 points of alice's and bob's `wave` (tests/api/dense.py, the `dense` fixture)
in the session database of the real InfluxDB 2.7. What
each window must hold is computed here from the points written, not taken from the API.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pytest
from google.protobuf.duration_pb2 import Duration
from google.protobuf.timestamp_pb2 import Timestamp

from services.api.gen.timeseries.v1 import timeseries_pb2 as pb
from tests.api.clients import PROTOCOLS
from tests.api.dense import POINTS, START_NS, STEP_NS, STOP_NS, wave
from tests.api.fetch import query_reply
from tests.api.support import ALICE, BOB, ApiProcess


def request(
    max_points: int, field: str = "value", start_ns: int = START_NS, stop_ns: int = STOP_NS, **extra: Any
) -> pb.QueryRequest:
    return pb.QueryRequest(
        selector=pb.SeriesSelector(measurement="wave", field=field),
        range=pb.TimeRange(start=_ts(start_ns), stop=_ts(stop_ns)),
        max_points=max_points,
        **extra,
    )


def _ts(ns: int) -> Timestamp:
    return Timestamp(seconds=ns // 10**9, nanos=ns % 10**9)


def expected_extremes(
    points: list[tuple[int, float]], max_points: int, start_ns: int = START_NS, stop_ns: int = STOP_NS
) -> list[float]:
    """Each window's minimum, then its maximum when it differs: the range cut into
    max_points / 2 windows from its start."""
    every = -(-(stop_ns - start_ns) // (max_points // 2))
    windows: dict[int, list[float]] = defaultdict(list)
    for t, v in points:
        if start_ns <= t < stop_ns:
            windows[(t - start_ns) // every].append(v)
    out: list[float] = []
    for index in sorted(windows):
        low, high = min(windows[index]), max(windows[index])
        out += [low] if low == high else [low, high]
    return out


@pytest.mark.parametrize("protocol", PROTOCOLS)
async def test_raw_view_is_downsampled_keeping_peaks(
    api: ApiProcess, tokens: dict[str, str], dense: None, protocol: str
) -> None:
    rows, truncated, downsampled = await query_reply(api, protocol, tokens["alice"], request(400))
    assert downsampled and not truncated
    (row,) = rows
    assert row[:4] == (ALICE, "wave", "value", (("sensor", "d1"),))
    times = [t for t, _ in row[4]]
    values = [v for _, v in row[4]]
    assert len(values) <= 400
    assert values == expected_extremes(wave(ALICE), 400)
    assert 5000.0 in values and -5000.0 in values
    assert times == sorted(times)
    assert times[0] >= START_NS // 10**6 and times[-1] < STOP_NS // 10**6


@pytest.mark.parametrize("protocol", ["rest", "grpc"])
@pytest.mark.parametrize("max_points", [400, 333, 7])
async def test_at_most_max_points_whatever_the_range_alignment(
    api: ApiProcess, tokens: dict[str, str], dense: None, protocol: str, max_points: int
) -> None:
    # A range starting 3.7 s into a second and shorter than the data: windows aligned to the
    # epoch would cut it into one more (partial) window than max_points / 2.
    start, stop = START_NS + 3_700_000_000, STOP_NS - 1_234_000_000
    rows, _, downsampled = await query_reply(
        api, protocol, tokens["alice"], request(max_points, start_ns=start, stop_ns=stop)
    )
    assert downsampled
    points = rows[0][4]
    assert len(points) <= max_points
    assert [v for _, v in points] == expected_extremes(wave(ALICE), max_points, start, stop)
    assert points[0][0] == start // 10**6


async def test_max_points_one_is_one_point(api: ApiProcess, tokens: dict[str, str], dense: None) -> None:
    rows, _, downsampled = await query_reply(api, "rest", tokens["alice"], request(1))
    assert downsampled
    assert [v for _, v in rows[0][4]] == [-5000.0]  # the one window's minimum


async def test_protocols_downsample_identically(api: ApiProcess, tokens: dict[str, str], dense: None) -> None:
    replies = [await query_reply(api, p, tokens["bob"], request(300)) for p in PROTOCOLS]
    assert all(r == replies[0] for r in replies[1:])
    assert [v for _, v in replies[0][0][0][4]] == expected_extremes(wave(BOB), 300)


@pytest.mark.parametrize("protocol", ["rest", "grpc-web"])
async def test_admin_downsamples_every_owner_apart(
    api: ApiProcess, tokens: dict[str, str], dense: None, protocol: str
) -> None:
    everyone = request(200, scope=pb.OwnerScope(all_owners=True))
    rows, _, downsampled = await query_reply(api, protocol, tokens["admin"], everyone)
    assert downsampled
    by_owner = {r[0]: [v for _, v in r[4]] for r in rows}
    assert set(by_owner) == {ALICE, BOB}
    for owner, values in by_owner.items():
        assert values == expected_extremes(wave(owner), 200)


@pytest.mark.parametrize("protocol", ["rest", "grpc"])
async def test_series_that_fit_stay_raw(
    api: ApiProcess, tokens: dict[str, str], dense: None, protocol: str
) -> None:
    narrow = request(1000)
    narrow.range.stop.CopyFrom(_ts(START_NS + 500 * STEP_NS))
    rows, truncated, downsampled = await query_reply(api, protocol, tokens["alice"], narrow)
    assert not downsampled and not truncated
    assert [v for _, v in rows[0][4]] == [v for _, v in wave(ALICE)[:500]]


@pytest.mark.parametrize("protocol", ["rest", "grpc-web-text"])
async def test_integers_downsample_and_strings_stay_cut(
    api: ApiProcess, tokens: dict[str, str], dense: None, protocol: str
) -> None:
    rows, truncated, downsampled = await query_reply(api, protocol, tokens["alice"], request(100, field=""))
    assert downsampled and truncated  # `label` (strings) cannot be reduced: newest 100 kept
    by_field = {r[2]: [v for _, v in r[4]] for r in rows}
    counts = [(START_NS + i * STEP_NS, float(i)) for i in range(POINTS)]
    assert by_field["count"] == expected_extremes(counts, 100)
    assert by_field["label"] == [f"p{i}" for i in range(POINTS - 100, POINTS)]
    assert len(by_field["value"]) <= 102


@pytest.mark.parametrize("protocol", ["rest", "grpc"])
async def test_max_points_widens_an_aggregation(
    api: ApiProcess, tokens: dict[str, str], dense: None, protocol: str
) -> None:
    counts = request(50, aggregation=pb.Aggregation(every=Duration(seconds=1), fn=pb.AGGREGATE_COUNT))
    rows, _, downsampled = await query_reply(api, protocol, tokens["alice"], counts)
    assert not downsampled
    values = [v for _, v in rows[0][4]]
    assert len(values) <= 50 and sum(values) == POINTS


@pytest.mark.parametrize("max_points", [1999, 37])
async def test_aggregation_windows_fit_max_points_on_any_alignment(
    api: ApiProcess, tokens: dict[str, str], dense: None, max_points: int
) -> None:
    # 1 s windows over 1999.5 s starting half a second in: 2000 of them aligned to the epoch,
    # more than max_points, so they are widened and start at the range's start.
    start = START_NS + 500_000_000
    every_second = pb.Aggregation(every=Duration(seconds=1), fn=pb.AGGREGATE_COUNT)
    counts = request(max_points, start_ns=start, aggregation=every_second)
    rows, _, _ = await query_reply(api, "rest", tokens["alice"], counts)
    points = rows[0][4]
    assert len(points) <= max_points and sum(v for _, v in points) == POINTS - 5
    assert points[0][0] == start // 10**6
