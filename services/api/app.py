"""The HTTP/1.1 port as one small ASGI app: REST, gRPC-Web, health, metrics, OpenAPI, CORS.

A framework would add little here (five GET routes and one POST prefix) and cost time on
the hot path; responses are orjson bytes written straight to the ASGI `send`.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import parse_qsl

import httpx
import orjson

from services.api.auth import Authenticator
from services.api.errors import ApiError, Kind
from services.api.fanout import Fanout
from services.api.gate import Cancelled, Gate, StreamSlots, request_id, until_disconnect
from services.api.grpcweb import PREFIX, GrpcWebHandler
from services.api.influx import Influx
from services.api.metrics import exposition
from services.api.model import Budget
from services.api.openapi import DOCUMENT_JSON
from services.api.query import QueryLayer
from services.api.rest import RestApi, Stream, error_body
from services.api.rpc import TimeseriesRpc
from services.api.settings import ApiSettings

log = logging.getLogger(__name__)

Scope = dict[str, Any]
Headers = list[tuple[bytes, bytes]]
_JSON = (b"content-type", b"application/json")
_NO_STORE = (b"cache-control", b"no-store")
_ALLOW_HEADERS = b"authorization, content-type, x-grpc-web, x-user-agent, grpc-timeout, x-request-id"
_EXPOSE_HEADERS = b"grpc-status, grpc-message, grpc-status-details-bin, x-request-id, www-authenticate"
_MAX_QUERY_STRING = 8192


class Api:
    """Everything the API process shares: one call gate (and authenticator), one InfluxDB client,
    one query layer."""

    def __init__(self, settings: ApiSettings) -> None:
        self.settings = settings
        self.oidc_http = httpx.AsyncClient(timeout=httpx.Timeout(5.0), follow_redirects=False)
        self.auth = Authenticator(settings, self.oidc_http)
        self.gate = Gate(
            self.auth,
            StreamSlots(settings.max_streams, settings.max_streams_per_principal),
            settings.admin_role,
        )
        self.influx = Influx(settings)
        budget = Budget(settings.max_series, settings.max_points, settings.max_answer_bytes)
        self.layer = QueryLayer(self.influx, settings.default_limit, settings.max_limit, budget)
        self.fanout = Fanout(
            settings.broker,
            settings.watch_queue_max_length,
            settings.watch_buffer,
            settings.watch_patience_s,
        )
        self.rpc = TimeseriesRpc(
            self.layer,
            self.fanout,
            settings.watch_interval_s,
            settings.watch_lookback_s,
            self.auth.still_valid,
        )
        self.rest = RestApi(self.layer)
        self.grpcweb = GrpcWebHandler(self.rpc, self.gate, self.cors_headers)
        self._origins = {o.encode() for o in settings.cors_origins}

    async def aclose(self) -> None:
        await self.influx.aclose()
        await self.oidc_http.aclose()

    async def readiness(self) -> dict[str, bool]:
        return {"jwks": self.auth.ready, "influxdb": await self.influx.check()}

    def cors_headers(self, scope: Scope) -> Headers:
        origin = _header(scope, b"origin")
        if origin is None or origin not in self._origins:
            return []
        return [
            (b"access-control-allow-origin", origin),
            (b"vary", b"origin"),
            (b"access-control-expose-headers", _EXPOSE_HEADERS),
        ]

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        rid = request_id(_header_str(scope, b"x-request-id"))
        path: str = scope["path"]
        if scope["method"] == "OPTIONS":
            await self._preflight(scope, send)
        elif path.startswith(PREFIX):
            await self.grpcweb(scope, receive, send, rid)
        else:
            await self._http(scope, receive, send, rid, path)

    async def _preflight(self, scope: Scope, send: Any) -> None:
        headers = self.cors_headers(scope)
        if headers:
            headers += [
                (b"access-control-allow-methods", b"GET, POST, OPTIONS"),
                (b"access-control-allow-headers", _ALLOW_HEADERS),
                (b"access-control-max-age", b"600"),
            ]
        await _respond(send, 204 if headers else 403, b"", headers)

    async def _http(self, scope: Scope, receive: Any, send: Any, rid: str, path: str) -> None:
        headers: Headers = [_JSON, (b"x-request-id", rid.encode()), *self.cors_headers(scope)]
        status, body = 200, b""
        try:
            if path.startswith("/api/") and path != "/api/openapi.json":
                result = await self._rest(scope, path, rid)
                if isinstance(result, Stream):
                    await _stream(receive, send, result, headers[1:])
                    return
                body = result
            elif scope["method"] != "GET":
                raise ApiError(Kind.METHOD_NOT_ALLOWED, "only GET is supported here")
            elif path == "/healthz":
                body = b'{"status":"ok"}'
            elif path == "/readyz":
                checks = await self.readiness()
                status = 200 if all(checks.values()) else 503
                body = orjson.dumps({"ready": status == 200, "checks": checks})
            elif path == "/metrics":
                body = exposition()
                headers[0] = (b"content-type", b"text/plain; version=0.0.4; charset=utf-8")
            elif path == "/api/openapi.json":
                body = DOCUMENT_JSON
            else:
                raise ApiError(Kind.NOT_FOUND, f"no such path {path[:100]!r}")
        except ApiError as exc:
            status, body = exc.kind.http_status, error_body(exc)
            if exc.kind is Kind.UNAUTHENTICATED:
                headers.append((b"www-authenticate", b'Bearer realm="timeseries", error="invalid_token"'))
        except Exception:
            log.exception("request failed", extra={"request_id": rid, "path": path})
            status, body = 500, error_body(ApiError(Kind.INTERNAL, "internal error"))
        headers.append(_NO_STORE)
        await _respond(send, status, body, headers)

    async def _rest(self, scope: Scope, path: str, rid: str) -> bytes | Stream:
        # Only known routes become label values: arbitrary paths must not grow the metrics.
        route = self.rest.routes.get(path)
        async with self.gate.call("rest", path if route else "other", rid) as call:
            if scope["method"] != "GET":
                raise ApiError(Kind.METHOD_NOT_ALLOWED, "only GET is supported here")
            if route is None:
                raise ApiError(Kind.NOT_FOUND, f"no such path {path[:100]!r}")
            handler, admin_only = route
            principal = await call.authorize(_header_str(scope, b"authorization"), admin_only=admin_only)
            raw: bytes = scope.get("query_string", b"")
            if len(raw) > _MAX_QUERY_STRING:
                raise ApiError(Kind.INVALID_ARGUMENT, "query string too long")
            try:
                params = parse_qsl(raw.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
            except UnicodeDecodeError:
                raise ApiError(Kind.INVALID_ARGUMENT, "query string is not UTF-8") from None
            result: bytes | Stream = await handler(principal, params)
            return result


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope["headers"]:
        if key == name:
            return bytes(value)
    return None


def _header_str(scope: Scope, name: bytes) -> str | None:
    value = _header(scope, name)
    return None if value is None else value.decode("latin-1")


async def _respond(send: Any, status: int, body: bytes, headers: Headers) -> None:
    headers = [*headers, (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _stream(receive: Any, send: Any, stream: Stream, headers: Headers) -> None:
    """A streamed answer (chunked). A failure after the first chunk cannot become an error
    answer any more: the connection is dropped without the last chunk, so the client sees a
    broken download, never a complete-looking short one."""
    headers = [
        (b"content-type", stream.content_type),
        (b"content-disposition", f'attachment; filename="{stream.filename}"'.encode()),
        *headers,
        _NO_STORE,
    ]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": stream.first, "more_body": True})

    async def rest() -> None:
        async for chunk in stream.rest:
            await send({"type": "http.response.body", "body": chunk, "more_body": True})

    try:
        await until_disconnect(receive, rest())
    except Cancelled:
        return  # the client went away: nothing more to read or send
    except Exception:
        log.exception("streamed answer failed after it started")
        raise
    await send({"type": "http.response.body", "body": b""})


async def _lifespan(receive: Any, send: Any) -> None:
    # Start-up and shutdown are driven by __main__ (both ports share them), not by uvicorn.
    while True:
        event = await receive()
        if event["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif event["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
