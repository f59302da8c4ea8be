"""gRPC-Web (binary and text) served natively on the HTTP/1.1 port, as a small ASGI handler.

Why not `sonora` (the only Python gRPC-Web server)? It is unmaintained and broken with current
clients (malformed unary trailers, HTTP 500 on an empty stream, no trailers after an error
mid-stream). The protocol is small: 5-byte frames (flag, big-endian length), a final trailer
frame with flag 0x80, base64 for `-text`, and "trailers-only" responses (grpc-status in the
HTTP headers, no body) for errors before the first message.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import logging
import re
import struct
from typing import Any
from urllib.parse import quote

import grpc
from google.protobuf.message import DecodeError

from services.api.errors import ApiError, Kind, exhausted, invalid
from services.api.gate import Cancelled, Gate, until_disconnect
from services.api.metrics import observe
from services.api.rpc import TimeseriesRpc

log = logging.getLogger(__name__)

PREFIX = "/timeseries.v1.TimeseriesService/"
MAX_REQUEST_BYTES = 4 * 1024 * 1024
_TIMEOUT = re.compile(r"(\d{1,8})([HMSmun])")
_TIMEOUT_UNIT_S = {"H": 3600.0, "M": 60.0, "S": 1.0, "m": 1e-3, "u": 1e-6, "n": 1e-9}
_FRAME = struct.Struct(">BI")
_TRAILER_FLAG = 0x80

Scope = dict[str, Any]
Receive = Any
Send = Any


def status_number(code: grpc.StatusCode) -> int:
    number: int = code.value[0]
    return number


def parse_timeout(raw: str | None) -> float | None:
    """`grpc-timeout` (e.g. `250m`) in seconds, or None when absent."""
    if raw is None:
        return None
    match = _TIMEOUT.fullmatch(raw.strip())
    if not match:
        raise invalid("malformed grpc-timeout")
    return int(match[1]) * _TIMEOUT_UNIT_S[match[2]]


def decode_text(body: bytes) -> bytes:
    """Base64 of the text mode; clients may send several padded chunks back to back."""
    out = bytearray()
    for chunk in re.findall(rb"[^=]*=*", b"".join(body.split())):
        if chunk:
            out += base64.b64decode(chunk, validate=True)
    return bytes(out)


def frame(payload: bytes, flag: int = 0) -> bytes:
    return _FRAME.pack(flag, len(payload)) + payload


def trailer_block(code: grpc.StatusCode, message: str) -> bytes:
    text = f"grpc-status:{status_number(code)}\r\n"
    if message:
        text += f"grpc-message:{quote(message, safe=' ')}\r\n"
    return text.encode()


class GrpcWebHandler:
    def __init__(self, rpc: TimeseriesRpc, gate: Gate, cors_headers: Any) -> None:
        self._rpc = rpc
        self._gate = gate
        self._cors_headers = cors_headers

    async def __call__(self, scope: Scope, receive: Receive, send: Send, request_id: str) -> None:
        name = scope["path"][len(PREFIX) :]
        label = name if name in self._rpc.methods else "other"  # bounded metric labels
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        content_type = headers.get("content-type", "").split(";")[0].strip().lower()
        if scope["method"] != "POST" or not content_type.startswith("application/grpc-web"):
            # Not a gRPC-Web call at all: a plain HTTP answer, counted by its status.
            status = 415 if scope["method"] == "POST" else 405
            await _plain(send, status, self._cors_headers(scope))
            observe("grpc-web", label, f"HTTP_{status}", 0.0, request_id)
            return
        text = content_type.startswith("application/grpc-web-text")
        response_type = "application/grpc-web-text+proto" if text else "application/grpc-web+proto"
        base_headers = [
            (b"content-type", response_type.encode()),
            (b"x-request-id", request_id.encode()),
            *self._cors_headers(scope),
        ]
        stream = _ResponseStream(send, base_headers, text)
        try:
            async with self._gate.call("grpc-web", label, request_id) as call:
                method = self._rpc.methods.get(name)
                if method is None:
                    raise ApiError(Kind.UNIMPLEMENTED, f"method {name[:100]!r} is not implemented")
                timeout = parse_timeout(headers.get("grpc-timeout"))
                body = await _read_body(receive)
                request = method.request()
                try:
                    request.ParseFromString(_single_message(decode_text(body) if text else body))
                except (DecodeError, binascii.Error, ValueError) as exc:
                    raise invalid(f"malformed request: {exc}") from exc
                principal = await call.authorize(headers.get("authorization"), stream=method.streaming)
                try:
                    async with asyncio.timeout(timeout):
                        if method.streaming:
                            replies = method.handler(principal, request)
                            await until_disconnect(receive, self._stream(stream, replies))
                        else:
                            reply = await method.handler(principal, request)  # type: ignore[misc]
                            await stream.message(reply.SerializeToString(), last=True)
                except TimeoutError:
                    raise ApiError(Kind.DEADLINE_EXCEEDED, "deadline exceeded") from None
            await stream.finish(grpc.StatusCode.OK, "")
        except ApiError as exc:
            await stream.finish(exc.kind.grpc_code, exc.message)
        except Cancelled:
            pass  # the client is gone: nothing can be sent

    @staticmethod
    async def _stream(stream: _ResponseStream, replies: Any) -> None:
        async for reply in replies:
            await stream.message(reply.SerializeToString())


class _ResponseStream:
    """Sends headers lazily: an error before the first message becomes a trailers-only response."""

    def __init__(self, send: Send, headers: list[tuple[bytes, bytes]], text: bool) -> None:
        self._send = send
        self._headers = headers
        self._text = text
        self._started = False
        self._finished = False
        self._pending = b""

    async def _start(self, extra: list[tuple[bytes, bytes]] | None = None) -> None:
        headers = self._headers + (extra or [])
        await self._send({"type": "http.response.start", "status": 200, "headers": headers})
        self._started = True

    def _encode(self, data: bytes) -> bytes:
        return base64.b64encode(data) if self._text else data

    async def message(self, payload: bytes, last: bool = False) -> None:
        if last:
            # A unary reply goes out together with its trailers, in one write with a
            # content-length (and, in text mode, one base64 string).
            self._pending = frame(payload)
            return
        if not self._started:
            await self._start()
        await self._send(
            {"type": "http.response.body", "body": self._encode(frame(payload)), "more_body": True}
        )

    async def finish(self, code: grpc.StatusCode, message: str) -> None:
        if self._finished:
            return
        self._finished = True
        if self._pending:
            body = self._encode(self._pending + frame(trailer_block(code, message), _TRAILER_FLAG))
            await self._start([(b"content-length", str(len(body)).encode())])
            await self._send({"type": "http.response.body", "body": body})
            return
        if not self._started:
            trailers = [(b"grpc-status", str(status_number(code)).encode())]
            if message:
                trailers.append((b"grpc-message", quote(message, safe=" ").encode()))
            await self._start(trailers)
            await self._send({"type": "http.response.body", "body": b""})
            return
        body = frame(trailer_block(code, message), _TRAILER_FLAG)
        await self._send({"type": "http.response.body", "body": self._encode(body)})


async def _read_body(receive: Receive) -> bytes:
    body = bytearray()
    while True:
        event = await receive()
        if event["type"] == "http.disconnect":
            raise Cancelled
        body += event.get("body", b"")
        if len(body) > MAX_REQUEST_BYTES:
            raise exhausted("MAX_REQUEST_BYTES", MAX_REQUEST_BYTES, "the request")
        if not event.get("more_body", False):
            return bytes(body)


def _single_message(data: bytes) -> bytes:
    if len(data) < 5:
        raise invalid("request has no message frame")
    flag, length = _FRAME.unpack_from(data)
    if flag & 1:
        raise ApiError(Kind.UNIMPLEMENTED, "compressed requests are not supported")
    if flag != 0 or len(data) != 5 + length:
        raise invalid("request must be exactly one message frame")
    return data[5:]


async def _plain(send: Send, status: int, headers: list[tuple[bytes, bytes]]) -> None:
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": b""})
