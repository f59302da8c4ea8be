"""Native gRPC (HTTP/2, h2c) on GRPC_PORT: the same methods (rpc.py) and call gate (gate.py) as gRPC-Web."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from typing import Any

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc

from services.api.errors import ApiError
from services.api.gate import REQUEST_ID, Gate, request_id
from services.api.gen.timeseries.v1 import timeseries_pb2 as pb
from services.api.gen.timeseries.v1 import timeseries_pb2_grpc as pb_grpc
from services.api.rpc import TimeseriesRpc

SERVICE = "timeseries.v1.TimeseriesService"


def _metadata(context: grpc.aio.ServicerContext[Any, Any], key: str) -> str | None:
    value = dict(context.invocation_metadata() or ()).get(key)
    return value if isinstance(value, str) else None


class Servicer(pb_grpc.TimeseriesServiceServicer):
    """Translates between grpc.aio and the gate: metadata in, gRPC status out."""

    def __init__(self, rpc: TimeseriesRpc, gate: Gate) -> None:
        self._rpc = rpc
        self._gate = gate

    async def _unary(self, name: str, request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> Any:
        try:
            async with self._gate.call("grpc", name, request_id(_metadata(context, REQUEST_ID))) as call:
                principal = await call.authorize(_metadata(context, "authorization"))
                return await self._rpc.methods[name].handler(principal, request)  # type: ignore[misc]
        except ApiError as exc:
            await context.abort(exc.kind.grpc_code, exc.message)

    async def ListSeries(self, request: pb.ListSeriesRequest, context: Any) -> pb.ListSeriesResponse:
        response: pb.ListSeriesResponse = await self._unary("ListSeries", request, context)
        return response

    async def Query(self, request: pb.QueryRequest, context: Any) -> pb.QueryResponse:
        response: pb.QueryResponse = await self._unary("Query", request, context)
        return response

    async def Watch(self, request: pb.WatchRequest, context: Any) -> AsyncIterator[pb.WatchResponse]:
        try:
            async with self._gate.call("grpc", "Watch", request_id(_metadata(context, REQUEST_ID))) as call:
                principal = await call.authorize(_metadata(context, "authorization"), stream=True)
                async for reply in self._rpc.watch(principal, request):
                    yield reply
        except ApiError as exc:
            await context.abort(exc.kind.grpc_code, exc.message)


@dataclasses.dataclass
class GrpcServer:
    """The native gRPC server with its standard health service."""

    server: grpc.aio.Server
    port: int
    health: health.aio.HealthServicer

    async def start(self) -> None:
        await self.server.start()
        await self.set_serving(True)

    async def stop(self, grace_s: float) -> None:
        await self.set_serving(False)
        await self.server.stop(grace_s)

    async def set_serving(self, serving: bool) -> None:
        status = (
            health_pb2.HealthCheckResponse.SERVING if serving else health_pb2.HealthCheckResponse.NOT_SERVING
        )
        for name in ("", SERVICE):
            await self.health.set(name, status)


def build_server(rpc: TimeseriesRpc, gate: Gate, address: str) -> GrpcServer:
    """The server, bound but not started (`port` is the bound one, useful with port 0)."""
    server = grpc.aio.server(options=[("grpc.max_send_message_length", 64 * 1024 * 1024)])
    pb_grpc.add_TimeseriesServiceServicer_to_server(Servicer(rpc, gate), server)  # type: ignore[no-untyped-call]
    health_servicer = health.aio.HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    port = server.add_insecure_port(address)
    return GrpcServer(server, port, health_servicer)
