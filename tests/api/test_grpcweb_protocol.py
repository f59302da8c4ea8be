"""gRPC-Web on the wire: framing, trailers, trailers-only errors, grpc-timeout, CORS.

A raw client (tests/api/support.py) checks the bytes; test_node_clients.py runs the real
client libraries against the same server.
"""

from __future__ import annotations

import base64
import struct

import httpx
import pytest
from google.protobuf.timestamp_pb2 import Timestamp

from services.api.gen.timeseries.v1 import timeseries_pb2 as pb
from tests.api.support import ALICE, BOB, NOW_NS, ApiProcess, grpcweb_call, parse_grpcweb

ORIGIN = "http://127.0.0.1:4200"  # in the API's CORS_ORIGINS (tests/api/conftest.py)


@pytest.mark.parametrize("text", [False, True])
def test_unary_reply_is_one_message_then_trailers(
    api: ApiProcess, tokens: dict[str, str], text: bool
) -> None:
    reply = grpcweb_call(api.url, "ListSeries", b"", tokens["alice"], text=text)
    assert reply.http_status == 200
    expected = "application/grpc-web-text+proto" if text else "application/grpc-web+proto"
    assert reply.headers["content-type"] == expected
    assert not reply.trailers_only and reply.status == 0
    (message,) = reply.messages
    assert {s.owner for s in pb.ListSeriesResponse.FromString(message).series} == {ALICE}


@pytest.mark.parametrize("text", [False, True])
def test_early_error_is_trailers_only(api: ApiProcess, text: bool) -> None:
    reply = grpcweb_call(api.url, "Query", b"", None, text=text)
    assert reply.http_status == 200
    assert reply.trailers_only and reply.status == 16
    assert reply.message == "missing bearer token"


def test_unknown_method_is_unimplemented(api: ApiProcess, tokens: dict[str, str]) -> None:
    reply = grpcweb_call(api.url, "Delete", b"", tokens["alice"])
    assert (reply.trailers_only, reply.status) == (True, 12)


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"", 3),  # no frame
        (b"\x00\x00\x00\x00\x09abc", 3),  # length beyond the body
        (b"\x00\x00\x00\x00\x02\xff\xff", 3),  # not a protobuf message
        (b"\x01\x00\x00\x00\x00", 12),  # compressed
        (b"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", 3),  # two frames
    ],
)
def test_malformed_requests(api: ApiProcess, tokens: dict[str, str], body: bytes, status: int) -> None:
    reply = grpcweb_call(api.url, "Query", b"", tokens["alice"], body=body)
    assert reply.status == status


def test_text_request_with_invalid_base64(api: ApiProcess, tokens: dict[str, str]) -> None:
    reply = grpcweb_call(api.url, "Query", b"", tokens["alice"], text=True, body=b"!!not base64!!")
    assert reply.status == 3


def test_text_request_in_several_base64_chunks(api: ApiProcess, tokens: dict[str, str]) -> None:
    frame = struct.pack(">BI", 0, 0)
    body = base64.b64encode(frame[:2]) + base64.b64encode(frame[2:])
    reply = grpcweb_call(api.url, "ListSeries", b"", tokens["alice"], text=True, body=body)
    assert reply.status == 0 and len(reply.messages) == 1


def test_wrong_content_type_and_method(api: ApiProcess) -> None:
    path = f"{api.url}/timeseries.v1.TimeseriesService/Query"
    assert httpx.post(path, content=b"x", headers={"content-type": "application/json"}).status_code == 415
    assert httpx.get(path).status_code == 405


def test_stream_ends_with_trailers_after_messages(api: ApiProcess, tokens: dict[str, str]) -> None:
    """An error after the first message (here the deadline) still arrives, as a trailer frame."""
    since = Timestamp()
    since.FromNanoseconds(NOW_NS - 3600 * 10**9)
    request = pb.WatchRequest(selector=pb.SeriesSelector(measurement="temperature"), since=since)
    reply = grpcweb_call(
        api.url,
        "Watch",
        request.SerializeToString(),
        tokens["bob"],
        text=True,
        headers={"grpc-timeout": "4S"},
    )
    assert not reply.trailers_only
    assert len(reply.messages) >= 1
    first = pb.WatchResponse.FromString(reply.messages[0])
    assert {s.owner for s in first.series} == {BOB}
    assert sum(len(s.times_unix_nano) for s in first.series) == 61
    assert reply.status == 4  # DEADLINE_EXCEEDED


def test_empty_stream_deadline_is_trailers_only(api: ApiProcess, tokens: dict[str, str]) -> None:
    request = pb.WatchRequest(selector=pb.SeriesSelector(measurement="nothing_here"))
    reply = grpcweb_call(
        api.url, "Watch", request.SerializeToString(), tokens["bob"], headers={"grpc-timeout": "600m"}
    )
    assert (reply.http_status, reply.trailers_only, reply.status) == (200, True, 4)


def test_malformed_timeout(api: ApiProcess, tokens: dict[str, str]) -> None:
    reply = grpcweb_call(api.url, "ListSeries", b"", tokens["bob"], headers={"grpc-timeout": "soon"})
    assert reply.status == 3


def test_cors(api: ApiProcess, tokens: dict[str, str]) -> None:
    path = f"{api.url}/timeseries.v1.TimeseriesService/Query"
    preflight = httpx.options(
        path,
        headers={
            "origin": ORIGIN,
            "access-control-request-method": "POST",
            "access-control-request-headers": "authorization,content-type,x-grpc-web,grpc-timeout",
        },
    )
    assert preflight.status_code == 204
    assert preflight.headers["access-control-allow-origin"] == ORIGIN
    allowed = preflight.headers["access-control-allow-headers"]
    assert all(h in allowed for h in ("authorization", "content-type", "x-grpc-web", "grpc-timeout"))
    denied = httpx.options(
        path, headers={"origin": "http://evil.example", "access-control-request-method": "POST"}
    )
    assert denied.status_code == 403 and "access-control-allow-origin" not in denied.headers

    reply = grpcweb_call(api.url, "ListSeries", b"", tokens["alice"], headers={"origin": ORIGIN})
    assert reply.headers["access-control-allow-origin"] == ORIGIN
    assert "grpc-status" in reply.headers["access-control-expose-headers"]
    rest = httpx.get(
        f"{api.url}/api/me", headers={"origin": ORIGIN, "authorization": f"Bearer {tokens['alice']}"}
    )
    assert rest.headers["access-control-allow-origin"] == ORIGIN


def test_parse_helper_rejects_garbage() -> None:
    """The raw client's own parser must be able to fail, or the tests above prove nothing."""
    with pytest.raises(AssertionError):
        parse_grpcweb(200, httpx.Headers(), b"\x80\x00\x00\x00\x05grpc-status:0\r\n", False)
