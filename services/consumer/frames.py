"""A lean AMQP frame reader in place of aiormq's, giving the same frames for the same bytes.

aiormq's `FrameReceiver` reads every frame with three `readexactly` awaits into a BytesIO
under a lock, and pamqp unmarshals each through its generic, attribute-by-attribute decoder:
with one point per message, its three frames (Basic.Deliver, content header, body) cost
about 30 µs, several times the decoding of the message itself (py-spy, issue 14). This reader
takes what the socket has in one read (up to READ_SIZE bytes) and cuts frames from it without
an await while whole frames are buffered. Body frames, Basic.Deliver and content headers
with one flag word are decoded here directly into pamqp's own classes, every other frame
(and any of those that does not decode cleanly, so that errors stay pamqp's) by pamqp itself.
tests/ingest/test_frames.py proves the frames equal pamqp's, for any bytes and any split of
them into reads.

A whole delivery (Basic.Deliver, its content header and its one body frame, all buffered)
for a consumer with a lane in `LANES` (services/consumer/delivery.py registers the channels
that call a synchronous callback in place) goes to that lane right here, without passing
through aiormq's connection reader three times; a lane that declines it (its channel has
frames waiting, say) gets its frames the usual way.

`install()` makes aiormq use it for connections made afterwards (aiormq 7.2's
`aiormq.connection.FrameReceiver`, which `Connection.connect` instantiates by that name).
"""

from __future__ import annotations

import asyncio
import datetime
import struct
import time
from collections.abc import Callable
from typing import Any

import aiormq.connection
import pamqp.frame
from aiormq.exceptions import AMQPConnectionError, InvalidFrameError, ProtocolSyntaxError
from pamqp import body as pamqp_body
from pamqp import commands, constants, decode, header
from pamqp.exceptions import PAMQPException

#: Bytes asked of the stream per read: what a busy socket has buffered, many frames at once.
READ_SIZE = 256 * 1024
#: Lanes run their callbacks in the reader's task, which has no await while frames are
#: buffered: at most this long before it lets the event loop run (a write's response waits
#: meanwhile, and with it the next write).
YIELD_S = 0.0005
_FRAME_END = constants.FRAME_END
_FRAME_HEADER = struct.Struct(">BHI").unpack_from
_METHOD_INDEX = struct.Struct(">I").unpack_from
_DELIVER_INDEX = commands.Basic.Deliver.index
_I64 = struct.Struct(">q").unpack_from  # pamqp's longlong (signed)
_U64 = struct.Struct(">Q").unpack_from  # pamqp's timestamp
_U32 = struct.Struct(">I").unpack_from
_CONTENT_FIXED = struct.Struct(">HHQH").unpack_from  # class, weight, body size, first flag word
_Deliver = commands.Basic.Deliver
_Properties = commands.Basic.Properties
_ContentHeader = header.ContentHeader
_ContentBody = pamqp_body.ContentBody
_UTC = datetime.UTC
_clock = time.monotonic
#: The properties in wire order, with their flag bit and type (pamqp's Basic.Properties).
_PROPERTIES = tuple(
    (name, _Properties.flags[name], getattr(_Properties, "_" + name)) for name in _Properties.__slots__
)


#: Field table value types decoded here (pamqp.decode.TABLE_MAPPING's for them): (size, struct).
_TABLE_NUMBERS = {
    ord("l"): (8, struct.Struct(">q").unpack_from),
    ord("L"): (8, struct.Struct(">q").unpack_from),
    ord("I"): (4, struct.Struct(">l").unpack_from),
    ord("s"): (2, struct.Struct(">h").unpack_from),
    ord("b"): (1, struct.Struct(">b").unpack_from),
}
_LONG_STRING, _BOOLEAN = ord("S"), ord("t")


#: A lane takes a whole delivery (channel number, method, content header, body) and returns
#: whether it took it; declined, its frames are returned one by one as ever.
Lane = Callable[[int, commands.Basic.Deliver, header.ContentHeader, bytes], bool]
#: Consumer tag -> its lane. Tags are unique per connection (aiormq makes them from a UUID;
#: the broker's own are random too), and a lane checks the channel number besides.
LANES: dict[str, Lane] = {}
_FRAME_METHOD, _FRAME_HEADER_TYPE, _FRAME_BODY = (
    constants.FRAME_METHOD,
    constants.FRAME_HEADER,
    constants.FRAME_BODY,
)


class _Fallback(Exception):
    """The fast decoder declines a frame: pamqp decodes it (and raises its own errors)."""


def _deliver(payload: bytes) -> commands.Basic.Deliver:
    """Basic.Deliver's arguments: consumer tag, delivery tag, redelivered, exchange, routing key."""
    p = 4
    n = payload[p]
    consumer_tag = payload[p + 1 : p + 1 + n].decode()
    p += 1 + n
    (delivery_tag,) = _I64(payload, p)
    redelivered = payload[p + 8] & 1 != 0
    p += 9
    n = payload[p]
    exchange = payload[p + 1 : p + 1 + n].decode()
    p += 1 + n
    n = payload[p]
    routing_key = payload[p + 1 : p + 1 + n].decode()
    if p + 1 + n != len(payload):
        raise _Fallback
    # As pamqp's unmarshal leaves it: every argument set, no validation of lengths.
    frame = _Deliver.__new__(_Deliver)
    frame.consumer_tag = consumer_tag
    frame.delivery_tag = delivery_tag
    frame.redelivered = redelivered
    frame.exchange = exchange
    frame.routing_key = routing_key
    return frame


def _field_table(payload: bytes, p: int) -> tuple[int, dict[str, Any]]:
    """The field table at `p` (strings, integers, booleans; anything else is pamqp's), and
    the bytes it takes."""
    (length,) = _U32(payload, p)
    p += 4
    end = p + length
    if end > len(payload):
        raise _Fallback
    table: dict[str, Any] = {}
    while p < end:
        n = payload[p]
        key = payload[p + 1 : p + 1 + n].decode()
        p += 1 + n
        kind = payload[p]
        p += 1
        if kind == _LONG_STRING:
            (n,) = _U32(payload, p)
            raw = payload[p + 4 : p + 4 + n]
            p += 4 + n
            try:
                table[key] = raw.decode()
            except UnicodeDecodeError:  # pamqp gives such a value as bytes
                table[key] = raw
        elif kind == _BOOLEAN:
            table[key] = payload[p] != 0
            p += 1
        elif (number := _TABLE_NUMBERS.get(kind)) is not None:
            (table[key],) = number[1](payload, p)
            p += number[0]
        else:
            raise _Fallback
    if p != end:
        raise _Fallback
    return 4 + length, table


_SHORTSTR, _OCTET, _TABLE, _TIMESTAMP = range(4)
_KINDS = {"shortstr": _SHORTSTR, "octet": _OCTET, "table": _TABLE, "timestamp": _TIMESTAMP}
#: A flag word -> the (name, kind) of the properties it announces, in wire order.
_PLANS: dict[int, tuple[tuple[str, int], ...]] = {}


def _plan(flags: int) -> tuple[tuple[str, int], ...]:
    plan = tuple((name, _KINDS[kind]) for name, flag, kind in _PROPERTIES if flags & flag)
    if len(_PLANS) < 1024:  # publishers use a handful of combinations
        _PLANS[flags] = plan
    return plan


def _content_header(payload: bytes) -> header.ContentHeader:
    """A content header with one flag word; properties decoded as pamqp does."""
    class_id, weight, body_size, flags = _CONTENT_FIXED(payload, 0)
    if flags & 1:  # a second flag word: pamqp's
        raise _Fallback
    properties = _Properties.__new__(_Properties)
    properties.content_type = properties.content_encoding = properties.headers = None
    properties.delivery_mode = properties.priority = properties.correlation_id = None
    properties.reply_to = properties.expiration = properties.message_id = None
    properties.timestamp = properties.message_type = properties.user_id = properties.app_id = None
    properties.cluster_id = ""
    p, end = 14, len(payload)
    value: Any
    for name, kind in _PLANS.get(flags) or _plan(flags):
        if kind == _SHORTSTR:
            n = payload[p]
            if p + 1 + n > end:
                raise _Fallback
            value = payload[p + 1 : p + 1 + n].decode()
            p += 1 + n
        elif kind == _OCTET:
            value = payload[p]
            p += 1
        elif kind == _TABLE:
            try:
                consumed, value = _field_table(payload, p)
            except (_Fallback, IndexError, UnicodeDecodeError, struct.error):
                consumed, value = decode.field_table(payload[p:])  # its checks, its errors
            p += consumed
        else:
            (stamp,) = _U64(payload, p)
            value = datetime.datetime.fromtimestamp(stamp / 1000.0 if stamp > 0xFFFFFFFF else stamp, tz=_UTC)
            p += 8
        setattr(properties, name, value)
    if p > end:
        raise _Fallback
    frame = _ContentHeader.__new__(_ContentHeader)
    frame.class_id, frame.weight, frame.body_size, frame.properties = class_id, weight, body_size, properties
    return frame


def unmarshal(data: bytes, start: int, end: int, frame_type: int, size: int) -> Any:
    """The frame in data[start:end], as pamqp.frame.unmarshal would give it (without the
    byte count and channel); `frame_type` and `size` are its header's."""
    if data[end - 1] == _FRAME_END and size:
        try:
            if frame_type == constants.FRAME_BODY:
                frame = _ContentBody.__new__(_ContentBody)
                frame.value = data[start + 7 : end - 1]
                return frame
            if frame_type == constants.FRAME_METHOD and size >= 4:
                if _METHOD_INDEX(data, start + 7)[0] == _DELIVER_INDEX:
                    return _deliver(data[start + 7 : end - 1])
            elif frame_type == constants.FRAME_HEADER and size >= 14:
                return _content_header(data[start + 7 : end - 1])
        except (_Fallback, IndexError, UnicodeDecodeError, ValueError, struct.error):
            pass
    try:
        return pamqp.frame.unmarshal(data[start:end])[2]
    except PAMQPException as exc:
        raise InvalidFrameError(str(exc)) from exc


def _whole_delivery(data: bytes, start: int, end: int, channel: int) -> int:
    """Offer the delivery whose method frame is data[start:end] to its consumer's lane, if its
    content header and single body frame are buffered after it; the end of its last frame
    if the lane took it, else 0 (and nothing happened)."""
    if _METHOD_INDEX(data, start + 7)[0] != _DELIVER_INDEX or data[end - 1] != _FRAME_END:
        return 0
    length = len(data)
    if end + 7 > length:
        return 0
    kind, number, size = _FRAME_HEADER(data, end)
    body_at = end + 8 + size
    if kind != _FRAME_HEADER_TYPE or number != channel or size < 14 or body_at > length:
        return 0
    (body_size,) = _U64(data, end + 11)
    if body_size:
        if body_at + 7 > length:
            return 0
        kind, number, size = _FRAME_HEADER(data, body_at)
        after = body_at + 8 + size
        if kind != _FRAME_BODY or number != channel or size != body_size or after > length:
            return 0
        if data[after - 1] != _FRAME_END:
            return 0
        body = data[body_at + 7 : after - 1]
    else:
        after, body = body_at, b""
    if data[body_at - 1] != _FRAME_END:
        return 0
    try:
        deliver = _deliver(data[start + 7 : end - 1])
        lane = LANES.get(deliver.consumer_tag or "")
        if lane is None:
            return 0
        content = _content_header(data[end + 7 : body_at - 1])
    except (_Fallback, IndexError, UnicodeDecodeError, ValueError, struct.error):
        return 0  # the frames' own way, with pamqp's errors if they are wrong
    return after if lane(channel, deliver, content, body) else 0


class LeanFrameReceiver(aiormq.connection.FrameReceiver):
    """aiormq's FrameReceiver with the same interface, frames and errors, read in bulk."""

    def __init__(self, reader: asyncio.StreamReader) -> None:
        super().__init__(reader)
        self._data = b""
        self._pos = 0
        self._yield_at = 0.0

    async def __anext__(self) -> Any:
        return await self.get_frame()

    async def get_frame(self) -> Any:
        data, pos = self._data, self._pos
        while True:
            available = len(data) - pos
            if available >= 7:
                if not self.started:
                    if data.startswith(b"AMQP", pos):
                        raise ProtocolSyntaxError("Unexpected AMQP protocol header")
                    self.started = True
                frame_type, channel, size = _FRAME_HEADER(data, pos)
                end = pos + 8 + size
                if end <= len(data):
                    if frame_type == _FRAME_METHOD and LANES and size >= 4:
                        taken = _whole_delivery(data, pos, end, channel)
                        if taken:
                            pos = self._pos = taken
                            if (now := _clock()) >= self._yield_at:
                                if self._yield_at:
                                    await asyncio.sleep(0)
                                self._yield_at = now + YIELD_S
                            continue
                    self._pos = end
                    return (
                        end - pos,
                        channel,
                        unmarshal(data, pos, end, frame_type, size),
                    )  # aiormq's weight: the bytes
                wanted = end - pos
            else:
                wanted = 7
            data, pos = await self._read(data[pos:], wanted)

    async def _read(self, rest: bytes, wanted: int) -> tuple[bytes, int]:
        """The unread bytes `rest` and what the stream has next; at its end, as aiormq says it."""
        reader = self.reader
        if not rest and reader.at_eof():
            del self.reader
            raise StopAsyncIteration
        try:
            chunk = await reader.read(max(READ_SIZE, wanted - len(rest)))
        except ConnectionRefusedError as exc:
            raise AMQPConnectionError(f"Server connection refused: {exc!r}") from exc
        except ConnectionResetError as exc:
            raise AMQPConnectionError(f"Server connection reset: {exc!r}") from exc
        except ConnectionError as exc:
            raise AMQPConnectionError(f"Server connection error: {exc!r}") from exc
        except OSError as exc:
            raise AMQPConnectionError(f"Server communication error: {exc!r}") from exc
        if not chunk:  # the end of the stream inside a frame, or before one that was awaited
            raise AMQPConnectionError(
                "Server connection unexpectedly closed. "
                f"Read {len(rest)} bytes but {wanted if rest else 1} bytes expected"
            )
        self._data = data = rest + chunk if rest else chunk
        self._pos = 0
        return data, 0


def install() -> None:
    """Connections aiormq makes from now on read their frames with LeanFrameReceiver."""
    aiormq.connection.FrameReceiver = LeanFrameReceiver  # type: ignore[misc]
