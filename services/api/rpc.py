"""The TimeseriesService methods on protobuf messages, independent of the transport.

Native gRPC (grpc_server.py) and gRPC-Web (grpcweb.py) both call these, after the one call
gate (gate.py) has authenticated the caller.
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from google.protobuf import message as pb_message

from services.api.auth import Principal
from services.api.errors import invalid
from services.api.gen.timeseries.v1 import timeseries_pb2 as pb
from services.api.model import Fn, Selector, SeriesData, Window
from services.api.query import QueryLayer
from services.api.timeparse import now_ns
from services.api.watch import watch
from services.common.names import OWNER_TAG
from services.common.timestamps import TIME_MAX, TIME_MIN

_FN = {
    pb.AGGREGATE_UNSPECIFIED: Fn.MEAN,
    pb.AGGREGATE_MEAN: Fn.MEAN,
    pb.AGGREGATE_MIN: Fn.MIN,
    pb.AGGREGATE_MAX: Fn.MAX,
    pb.AGGREGATE_SUM: Fn.SUM,
    pb.AGGREGATE_COUNT: Fn.COUNT,
    pb.AGGREGATE_FIRST: Fn.FIRST,
    pb.AGGREGATE_LAST: Fn.LAST,
}
HOUR_NS = 3600 * 10**9


@dataclasses.dataclass(frozen=True)
class Method:
    """One RPC: its request type, and a handler returning a message or a stream of messages."""

    name: str
    request: type[pb_message.Message]
    streaming: bool
    handler: Callable[[Principal, Any], Awaitable[pb_message.Message] | AsyncIterator[pb_message.Message]]


class TimeseriesRpc:
    def __init__(
        self,
        layer: QueryLayer,
        watch_interval_s: float,
        watch_lookback_s: float,
        still_valid: Callable[[Principal], None],
    ) -> None:
        self._layer = layer
        self._interval = watch_interval_s
        self._lookback = watch_lookback_s
        self._still_valid = still_valid
        self.methods = {
            m.name: m
            for m in (
                Method("ListSeries", pb.ListSeriesRequest, False, self.list_series),
                Method("Query", pb.QueryRequest, False, self.query),
                Method("Watch", pb.WatchRequest, True, self.watch),
            )
        }

    async def list_series(self, principal: Principal, request: pb.ListSeriesRequest) -> pb.ListSeriesResponse:
        infos = await self._layer.list_series(
            principal, request.measurement, request.scope.owner, request.scope.all_owners
        )
        return pb.ListSeriesResponse(
            series=[
                pb.SeriesInfo(owner=i.owner, measurement=i.measurement, tags=i.tags, fields=i.fields)
                for i in infos
            ]
        )

    async def query(self, principal: Principal, request: pb.QueryRequest) -> pb.QueryResponse:
        stop = _timestamp_ns(request.range.stop, "range.stop") if request.range.HasField("stop") else now_ns()
        if request.range.HasField("start"):
            start = _timestamp_ns(request.range.start, "range.start")
        else:
            start = stop - HOUR_NS
        window = None
        if request.HasField("aggregation"):
            every = request.aggregation.every
            if every.seconds < 1 or every.nanos != 0:
                raise invalid("aggregation.every must be a whole number of seconds, at least 1")
            fn = _FN.get(request.aggregation.fn)
            if fn is None:
                raise invalid("aggregation.fn is not a known aggregate")
            window = Window(every.seconds, fn)
        result = await self._layer.query(
            principal,
            _selector(request.selector),
            start,
            stop,
            window,
            request.limit or None,
            request.scope.owner,
            request.scope.all_owners,
        )
        response = pb.QueryResponse(truncated=result.truncated)
        for s in result.series:
            fill_series(response.series.add(), s)
        return response

    async def watch(self, principal: Principal, request: pb.WatchRequest) -> AsyncIterator[pb.WatchResponse]:
        since = _timestamp_ns(request.since, "since") if request.HasField("since") else None
        stream = watch(
            self._layer,
            principal,
            _selector(request.selector),
            since,
            self._interval,
            self._lookback,
            self._still_valid,
            request.scope.owner,
            request.scope.all_owners,
        )
        async for batch in stream:
            response = pb.WatchResponse()
            for s in batch:
                fill_series(response.series.add(), s)
            yield response


def fill_series(series: pb.Series, s: SeriesData) -> None:
    """Writes `s` into `series`, a message already in its response (`response.series.add()`):
    building a `pb.Series` apart and passing it to the response would copy every point again."""
    series.owner, series.measurement, series.field = s.owner, s.measurement, s.field
    series.tags.update(s.tags)
    series.times_unix_nano.extend(s.times_ns)
    if s.kind == "float":
        series.doubles.values.extend(s.values)
    elif s.kind == "integer":
        series.int64s.values.extend(s.values)
    elif s.kind == "boolean":
        series.bools.values.extend(s.values)
    else:
        series.strings.values.extend(str(v) for v in s.values)


def _selector(selector: pb.SeriesSelector) -> Selector:
    if OWNER_TAG in selector.tags:
        raise invalid("the owner tag is not selectable; use scope.owner")
    return Selector(selector.measurement, selector.field, dict(selector.tags))


def _timestamp_ns(ts: Any, name: str) -> int:
    ns = int(ts.seconds) * 10**9 + int(ts.nanos)
    if not TIME_MIN <= ns <= TIME_MAX or not 0 <= ts.nanos < 10**9:
        raise invalid(f"{name} is outside the range the database can store")
    return ns
