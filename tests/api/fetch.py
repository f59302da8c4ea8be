"""Reading series through each protocol into one comparable shape."""

from __future__ import annotations

from typing import Any

import grpc
import httpx

from services.api.gen.timeseries.v1 import timeseries_pb2 as pb
from tests.api.clients import stub
from tests.api.support import ApiProcess, grpcweb_call

# (owner, measurement, field, sorted tags, ((epoch ms, value), ...))
Row = tuple[str, str, str, tuple[tuple[str, str], ...], tuple[tuple[int, Any], ...]]


class CallError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code


def rest_rows(body: dict[str, Any]) -> list[Row]:
    return [
        (
            s["owner"],
            s["measurement"],
            s["field"],
            tuple(sorted(s["tags"].items())),
            tuple((int(t), v) for t, v in s["points"]),
        )
        for s in body["series"]
    ]


def proto_rows(series: Any) -> list[Row]:
    rows = []
    for s in series:
        kind = s.WhichOneof("values")
        values = list(getattr(s, kind).values) if kind else []
        points = tuple((t // 1_000_000, v) for t, v in zip(s.times_unix_nano, values, strict=True))
        rows.append((s.owner, s.measurement, s.field, tuple(sorted(s.tags.items())), points))
    return rows


def rest_params(request: pb.QueryRequest) -> dict[str, str]:
    """The REST parameters equivalent to a QueryRequest (without scope)."""
    params: dict[str, str] = {}
    sel = request.selector
    if sel.measurement:
        params["measurement"] = sel.measurement
    if sel.field:
        params["field"] = sel.field
    for k, v in sel.tags.items():
        params[f"tag.{k}"] = v
    if request.range.HasField("start"):
        params["start"] = request.range.start.ToJsonString()
    if request.range.HasField("stop"):
        params["stop"] = request.range.stop.ToJsonString()
    if request.limit:
        params["limit"] = str(request.limit)
    if request.max_points:
        params["max_points"] = str(request.max_points)
    if request.HasField("aggregation"):
        params["every"] = f"{request.aggregation.every.seconds}s"
        params["fn"] = pb.Aggregate.Name(request.aggregation.fn or pb.AGGREGATE_MEAN)[10:].lower()
    return params


async def query(
    api: ApiProcess, protocol: str, token: str, request: pb.QueryRequest
) -> tuple[list[Row], bool]:
    """Rows and `truncated` from one Query; raises CallError with the gRPC status name."""
    rows, truncated, _ = await query_reply(api, protocol, token, request)
    return rows, truncated


async def query_reply(
    api: ApiProcess, protocol: str, token: str, request: pb.QueryRequest
) -> tuple[list[Row], bool, bool]:
    """Rows, `truncated` and `downsampled` from one Query (CallError as `query`)."""
    if protocol == "rest":
        admin = request.scope.owner or request.scope.all_owners
        params = rest_params(request)
        if request.scope.owner:
            params["owner"] = request.scope.owner
        async with httpx.AsyncClient(timeout=30) as http:
            response = await http.get(
                api.url + ("/api/admin/data" if admin else "/api/data"),
                params=params,
                headers={"Authorization": f"Bearer {token}"},
            )
        if response.status_code != 200:
            raise CallError(str(response.status_code), response.text)
        body = response.json()
        return rest_rows(body), bool(body["truncated"]), bool(body["downsampled"])
    if protocol == "grpc":
        async with grpc.aio.insecure_channel(api.grpc_target) as channel:
            try:
                reply = await stub(channel).Query(
                    request, metadata=(("authorization", f"Bearer {token}"),), timeout=30
                )
            except grpc.aio.AioRpcError as exc:
                raise CallError(exc.code().name, exc.details() or "") from exc
        return proto_rows(reply.series), reply.truncated, reply.downsampled
    web = grpcweb_call(api.url, "Query", request.SerializeToString(), token, text=protocol == "grpc-web-text")
    if web.status != 0:
        from tests.api.clients import code_name

        raise CallError(code_name(web.status or 2), web.message)
    reply = pb.QueryResponse.FromString(web.messages[0])
    return proto_rows(reply.series), reply.truncated, reply.downsampled


async def list_series(api: ApiProcess, protocol: str, token: str, request: pb.ListSeriesRequest) -> list[Any]:
    """(owner, measurement, sorted tags, fields) per catalog entry."""
    if protocol == "rest":
        admin = request.scope.owner or request.scope.all_owners
        params = {"measurement": request.measurement} if request.measurement else {}
        if request.scope.owner:
            params["owner"] = request.scope.owner
        async with httpx.AsyncClient(timeout=30) as http:
            response = await http.get(
                api.url + ("/api/admin/series" if admin else "/api/series"),
                params=params,
                headers={"Authorization": f"Bearer {token}"},
            )
        if response.status_code != 200:
            raise CallError(str(response.status_code), response.text)
        return [
            (s["owner"], s["measurement"], tuple(sorted(s["tags"].items())), tuple(s["fields"]))
            for s in response.json()["series"]
        ]
    if protocol == "grpc":
        async with grpc.aio.insecure_channel(api.grpc_target) as channel:
            try:
                reply = await stub(channel).ListSeries(
                    request, metadata=(("authorization", f"Bearer {token}"),), timeout=30
                )
            except grpc.aio.AioRpcError as exc:
                raise CallError(exc.code().name, exc.details() or "") from exc
    else:
        web = grpcweb_call(
            api.url, "ListSeries", request.SerializeToString(), token, text=protocol == "grpc-web-text"
        )
        if web.status != 0:
            from tests.api.clients import code_name

            raise CallError(code_name(web.status or 2), web.message)
        reply = pb.ListSeriesResponse.FromString(web.messages[0])
    return [(s.owner, s.measurement, tuple(sorted(s.tags.items())), tuple(s.fields)) for s in reply.series]
