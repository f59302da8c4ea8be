"""Turn one AMQP message into line protocol, or say why it is poison.

Two formats (DESIGN.md, queue contract): JSON (`application/json`, owner in the body) and
InfluxDB line protocol (`text/plain`, owner in the `owner` header). Every stored measurement
is in the owner's namespace, `<owner>/<measurement>` (services/common/names.py); no owner tag
is stored, and the tag key `owner` stays refused at input. In strict mode (the default) the
owner is the message's `user_id`, which RabbitMQ checks against the publishing connection's
login, and a message claiming another owner, or without a user_id, is poison.

A point without a time gets the message's stamp (`message_stamp`), which is the same at every
redelivery, so a retried or redelivered message rewrites its points instead of adding copies.
"""

from __future__ import annotations

import dataclasses
import datetime
import logging
import time
import zlib
from collections.abc import Mapping
from typing import Any, NamedTuple

import orjson
from pamqp.commands import Basic

from services.common.bounded import BoundedCache
from services.common.lineprotocol import InvalidPoint, NeedsStamp, PointFormatter, owner_prefix, prefix_lines
from services.common.names import is_owner
from services.common.timestamps import TIME_MAX, TIME_MIN
from services.common.topology import OWNER_HEADER, TIMESTAMP_HEADER

log = logging.getLogger(__name__)


class Poison(ValueError):
    """A message that can never be written; its text is the dead-letter reason."""


@dataclasses.dataclass(frozen=True, slots=True)
class Rules:
    strict_owner: bool = True
    max_message_bytes: int = 4 * 1024 * 1024
    max_message_points: int = 50_000


class Decoded(NamedTuple):  # a tuple: cheaper to create than a dataclass, once per message
    lines: bytes  #: line protocol, every line ending in a newline, measurements in the owner's namespace
    points: int


def message_stamp(
    body: bytes, headers: Mapping[str, Any] | None, timestamp: datetime.datetime | None
) -> int | None:
    """The time of the message's points that have none, the same at every redelivery: when
    RabbitMQ received it (its message interceptor's `timestamp_in_ms` header, which the broker
    sets unless the publisher did, chart/rabbitmq.py), else the AMQP `timestamp` property a
    publisher set (seconds); None without either. Messages received in the same millisecond
    (second) are told apart by a checksum of the body within it, so two readings of one
    series do not overwrite each other, while one message always gets one stamp."""
    received_ms = (headers or {}).get(TIMESTAMP_HEADER)
    if type(received_ms) is int:
        base, within = received_ms * 1_000_000, 1_000_000
    elif timestamp is not None:
        seconds = int(timestamp.replace(tzinfo=datetime.UTC).timestamp())
        base, within = seconds * 1_000_000_000, 1_000_000_000
    else:
        return None
    stamp = base + zlib.crc32(body) % within
    if not TIME_MIN <= stamp <= TIME_MAX:
        raise Poison(f"message timestamp {received_ms or timestamp} is outside InfluxDB's range")
    return stamp


class Decoder:
    """Decodes the messages of one consumer, with caches of its own, bounded: the owners
    seen, and its point formatter's series and keys."""

    def __init__(self, rules: Rules, cache_limit: int = 100_000) -> None:
        self.rules = rules
        self._formatter = PointFormatter(cache_limit)
        self._owners: BoundedCache[str, None] = BoundedCache(min(cache_limit, 10_000))
        self._kinds: BoundedCache[str | None, str] = BoundedCache(100)  # content type -> its media type
        #: Messages whose timeless points were stamped at decode, for want of a broker stamp:
        #: a redelivery of one of them stores its points again, at a new time.
        self.unstable_stamps = 0

    def decode(self, body: bytes, properties: Basic.Properties) -> Decoded:
        """Raises Poison with a human-readable reason."""
        rules = self.rules
        if len(body) > rules.max_message_bytes:
            raise Poison(f"message of {len(body)} bytes exceeds the limit of {rules.max_message_bytes}")
        if properties.content_encoding:
            body = _content(body, properties.content_encoding, rules.max_message_bytes)
        try:
            try:
                return self._decode(body, properties, None)
            except NeedsStamp:  # rare: the stamp costs a checksum of the body
                return self._decode(body, properties, self._stamp(body, properties))
        except InvalidPoint as exc:
            raise Poison(str(exc)) from None

    def _decode(self, body: bytes, properties: Basic.Properties, stamp: int | None) -> Decoded:
        content_type = properties.content_type
        kind = self._kinds.get(content_type)
        if kind is None:
            kind = self._kinds.put(
                content_type, (content_type or "application/json").split(";", 1)[0].strip().lower()
            )
        if kind == "application/json":
            return self._decode_json(body, properties.user_id, stamp)
        if kind == "text/plain":
            return self._decode_line_protocol(body, properties.headers, properties.user_id, stamp)
        raise Poison(f"unsupported content type {content_type!r} (application/json or text/plain)")

    def _stamp(self, body: bytes, properties: Basic.Properties) -> int:
        stamp = message_stamp(body, properties.headers, properties.timestamp)
        if stamp is None:
            # A broker without the timestamp interceptor (an external one configured otherwise):
            # stamped here, at each delivery. Said once, counted always.
            if not self.unstable_stamps:
                log.warning(
                    "a message with timeless points has no broker timestamp (timestamp_in_ms header): "
                    "stamped at decode, so a redelivery would store its points again at a new time"
                )
            self.unstable_stamps += 1
            stamp = time.time_ns()
        return stamp

    def _owner(self, claimed: object, user_id: str | None, where: str) -> str:
        if self.rules.strict_owner:
            if not user_id:
                raise Poison("strict owner mode: message has no user_id property")
            if claimed is not None and claimed != user_id:
                raise Poison(
                    f"strict owner mode: {where} claims owner {claimed!r} but user_id is {user_id!r}"
                )
            claimed = user_id
        if type(claimed) is not str:
            raise Poison(f"missing or invalid owner {claimed!r} in {where}")
        if claimed not in self._owners:  # owners repeat: check each one once
            if not is_owner(claimed):
                raise Poison(f"missing or invalid owner {claimed!r} in {where}")
            self._owners.put(claimed, None)
        return claimed

    def _decode_json(self, body: bytes, user_id: str | None, stamp: int | None) -> Decoded:
        try:
            message = orjson.loads(body)
        except orjson.JSONDecodeError as exc:
            raise Poison(f"malformed JSON: {exc}") from None
        if type(message) is not dict:
            raise Poison("JSON message must be an object with owner and points")
        owner = self._owner(message.get("owner"), user_id, "the JSON body")
        points = message.get("points")
        if type(points) is not list or not points:
            raise Poison("points must be a non-empty array")
        limit = self.rules.max_message_points
        if len(points) > limit:
            raise Poison(f"{len(points)} points exceed the limit of {limit} per message")
        prefix = owner_prefix(owner)
        line = self._formatter.line
        try:
            lines = self._formatter.lines(points, prefix, stamp)
        except InvalidPoint:
            for index, point in enumerate(points):  # the slow way, only to name the point
                try:
                    line(point, prefix, 0)
                except InvalidPoint as exc:
                    raise Poison(f"point {index}: {exc}") from None
            raise
        return Decoded("".join(lines).encode(), len(points))

    def _decode_line_protocol(
        self, body: bytes, headers: Mapping[str, Any] | None, user_id: str | None, stamp: int | None
    ) -> Decoded:
        claimed = (headers or {}).get(OWNER_HEADER)
        if isinstance(claimed, bytes):  # AMQP long strings may arrive as bytes
            claimed = claimed.decode("utf-8", "replace")
        owner = self._owner(claimed, user_id, "the owner header")
        lines, points = prefix_lines(body, owner, stamp)
        limit = self.rules.max_message_points
        if points > limit:
            raise Poison(f"{points} points exceed the limit of {limit} per message")
        return Decoded(lines, points)


def _content(body: bytes, encoding: str, limit: int) -> bytes:
    """The body without its content encoding (Telegraf's AMQP output may gzip), never
    inflated beyond `limit` bytes: a gzip bomb stops there and is poison."""
    name = encoding.strip().lower()
    if name == "identity":
        return body
    if name not in ("gzip", "x-gzip"):
        raise Poison(f"unsupported content encoding {encoding!r} (gzip or identity)")
    out = bytearray()
    rest = body
    while rest:  # a gzip stream may hold several members, one after another
        inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        try:
            out += inflater.decompress(rest, limit + 1 - len(out))
        except zlib.error as exc:
            raise Poison(f"content encoding gzip: corrupt body ({exc})") from None
        if len(out) > limit:
            raise Poison(f"gzip body inflates beyond the limit of {limit} bytes")
        if not inflater.eof:
            raise Poison("content encoding gzip: truncated body")
        rest = inflater.unused_data
    return bytes(out)
