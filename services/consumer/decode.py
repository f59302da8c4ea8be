"""Turn one AMQP message into line protocol, or say why it is poison.

Two formats (DESIGN.md, queue contract): JSON (`application/json`, owner in the body) and
InfluxDB line protocol (`text/plain`, owner in the `owner` header). Every stored measurement
is in the owner's namespace, `<owner>/<measurement>` (services/common/names.py); no owner tag
is stored, and the tag key `owner` stays refused at input. In strict mode (the default) the
owner is the message's `user_id`, which RabbitMQ checks against the publishing connection's
login, and a message claiming another owner, or without a user_id, is poison.
"""

from __future__ import annotations

import dataclasses
import time
import zlib
from collections.abc import Mapping
from typing import Any, NamedTuple

import orjson

from services.common.lineprotocol import InvalidPoint, owner_prefix, point_line, prefix_lines
from services.common.names import is_owner
from services.common.topology import OWNER_HEADER


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


def decode(
    body: bytes,
    content_type: str | None,
    headers: Mapping[str, Any] | None,
    user_id: str | None,
    rules: Rules,
    content_encoding: str | None = None,
) -> Decoded:
    """Raises Poison with a human-readable reason."""
    if len(body) > rules.max_message_bytes:
        raise Poison(f"message of {len(body)} bytes exceeds the limit of {rules.max_message_bytes}")
    if content_encoding:
        body = _content(body, content_encoding, rules.max_message_bytes)
    kind = (content_type or "application/json").split(";", 1)[0].strip().lower()
    try:
        if kind == "application/json":
            return _decode_json(body, user_id, rules)
        if kind == "text/plain":
            return _decode_line_protocol(body, headers, user_id, rules)
    except InvalidPoint as exc:
        raise Poison(str(exc)) from None
    raise Poison(f"unsupported content type {content_type!r} (application/json or text/plain)")


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


_valid_owners: set[str] = set()


def _owner(claimed: object, user_id: str | None, rules: Rules, where: str) -> str:
    if rules.strict_owner:
        if not user_id:
            raise Poison("strict owner mode: message has no user_id property")
        if claimed is not None and claimed != user_id:
            raise Poison(f"strict owner mode: {where} claims owner {claimed!r} but user_id is {user_id!r}")
        claimed = user_id
    if type(claimed) is not str:
        raise Poison(f"missing or invalid owner {claimed!r} in {where}")
    if claimed not in _valid_owners:  # owners repeat: check each one once
        if not is_owner(claimed):
            raise Poison(f"missing or invalid owner {claimed!r} in {where}")
        if len(_valid_owners) > 10_000:
            _valid_owners.clear()
        _valid_owners.add(claimed)
    return claimed


def _decode_json(body: bytes, user_id: str | None, rules: Rules) -> Decoded:
    try:
        message = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise Poison(f"malformed JSON: {exc}") from None
    if type(message) is not dict:
        raise Poison("JSON message must be an object with owner and points")
    owner = _owner(message.get("owner"), user_id, rules, "the JSON body")
    points = message.get("points")
    if type(points) is not list or not points:
        raise Poison("points must be a non-empty array")
    if len(points) > rules.max_message_points:
        raise Poison(f"{len(points)} points exceed the limit of {rules.max_message_points} per message")
    prefix = owner_prefix(owner)
    now_ns = time.time_ns()
    try:
        lines = [point_line(point, prefix, now_ns) for point in points]
    except InvalidPoint:
        for index, point in enumerate(points):  # the slow way, only to name the point
            try:
                point_line(point, prefix, now_ns)
            except InvalidPoint as exc:
                raise Poison(f"point {index}: {exc}") from None
        raise
    return Decoded("".join(lines).encode(), len(points))


def _decode_line_protocol(
    body: bytes, headers: Mapping[str, Any] | None, user_id: str | None, rules: Rules
) -> Decoded:
    claimed = (headers or {}).get(OWNER_HEADER)
    if isinstance(claimed, bytes):  # AMQP long strings may arrive as bytes
        claimed = claimed.decode("utf-8", "replace")
    owner = _owner(claimed, user_id, rules, "the owner header")
    lines, points = prefix_lines(body, owner)
    if points > rules.max_message_points:
        raise Poison(f"{points} points exceed the limit of {rules.max_message_points} per message")
    return Decoded(lines, points)
