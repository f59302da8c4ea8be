"""Native gRPC (HTTP/2, h2c) on GRPC_PORT: the same methods and authenticator as gRPC-Web."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc

from services.api.auth import Authenticator, Principal
from services.api.errors import ApiError
from services.api.gen.timeseries.v1 import timeseries_pb2 as pb
from services.api.gen.timeseries.v1 import timeseries_pb2_grpc as pb_grpc
from services.api.metrics import observe
from services.api.rpc import TimeseriesRpc

log = logging.getLogger(__name__)
SERVICE = "timeseries.v1.TimeseriesService"


class Servicer(pb_grpc.TimeseriesServiceServicer):
    def __init__(self, rpc: TimeseriesRpc, auth: Authenticator) -> None:
        self._rpc = rpc
        self._auth = auth

    async def _principal(self, context: grpc.aio.ServicerContext[Any, Any]) -> Principal:
        metadata = dict(context.invocation_metadata() or ())
        value = metadata.get("authorization")
        return await self._auth.authenticate(value if isinstance(value, str) else None)

    async def _unary(self, name: str, request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> Any:
        started, request_id, code = time.perf_counter(), _request_id(context), grpc.StatusCode.OK
        try:
            principal = await self._principal(context)
            return await self._rpc.methods[name].handler(principal, request)  # type: ignore[misc]
        except ApiError as exc:
            code = exc.kind.grpc_code
            await context.abort(code, exc.message)
        except Exception:
            code = grpc.StatusCode.INTERNAL
            log.exception("grpc call failed", extra={"request_id": request_id})
            await context.abort(code, "internal error")
        finally:
            observe("grpc", name, code.name, time.perf_counter() - started, request_id)

    async def ListSeries(self, request: pb.ListSeriesRequest, context: Any) -> pb.ListSeriesResponse:
        response: pb.ListSeriesResponse = await self._unary("ListSeries", request, context)
        return response

    async def Query(self, request: pb.QueryRequest, context: Any) -> pb.QueryResponse:
        response: pb.QueryResponse = await self._unary("Query", request, context)
        return response

    async def Watch(self, request: pb.WatchRequest, context: Any) -> AsyncIterator[pb.WatchResponse]:
        started, request_id, code = time.perf_counter(), _request_id(context), grpc.StatusCode.OK
        try:
            principal = await self._principal(context)
            async for reply in self._rpc.watch(principal, request):
                yield reply
        except ApiError as exc:
            code = exc.kind.grpc_code
            await context.abort(code, exc.message)
        except (asyncio.CancelledError, GeneratorExit):
            # the client cancelled or went away: the poll loop stops with this task
            code = grpc.StatusCode.CANCELLED
            raise
        except Exception:
            code = grpc.StatusCode.INTERNAL
            log.exception("grpc stream failed", extra={"request_id": request_id})
            await context.abort(code, "internal error")
        finally:
            observe("grpc", "Watch", code.name, time.perf_counter() - started, request_id)


def _request_id(context: Any) -> str:
    value = dict(context.invocation_metadata() or ()).get("x-request-id")
    return value if isinstance(value, str) and 0 < len(value) <= 128 else uuid.uuid4().hex


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


def build_server(rpc: TimeseriesRpc, auth: Authenticator, address: str) -> GrpcServer:
    """The server, bound but not started (`port` is the bound one, useful with port 0)."""
    server = grpc.aio.server(options=[("grpc.max_send_message_length", 64 * 1024 * 1024)])
    pb_grpc.add_TimeseriesServiceServicer_to_server(Servicer(rpc, auth), server)  # type: ignore[no-untyped-call]
    health_servicer = health.aio.HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    port = server.add_insecure_port(address)
    return GrpcServer(server, port, health_servicer)
