"""InfluxDB line protocol: formatting JSON points and validating lines published as line protocol.

The hot path never builds `influxdb_client.Point` objects: points become line protocol text
directly, and line protocol messages are checked by one compiled regular expression over the
whole body and passed through with the owner tag inserted, without re-encoding each line.
"""

from __future__ import annotations

import datetime
import functools
import math
import re

from services.common.names import KEY_RE, OWNER_TAG


class InvalidPoint(ValueError):
    """A point that breaks the data model's rules; the message says which rule."""


INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
#: InfluxDB's own bounds for timestamps (it reserves the two extreme int64 values).
TIME_MIN, TIME_MAX = INT64_MIN + 2, INT64_MAX - 1
#: InfluxDB's limit on string field values.
MAX_STRING_BYTES = 64 * 1024

_KEY = rb"[A-Za-z_][A-Za-z0-9_.\-]{0,63}"
# A tag value: any bytes but unescaped space, comma, equals sign, or line break.
_TAG_VALUE = rb"(?:[^\\ ,=\n\r]|\\[^\n\r])+"
_FIELD_VALUE = (
    rb'(?:"(?:[^"\\\n]|\\[^\n])*"'  # string (a line break would be read as a new line)
    rb"|[-+]?[0-9]{1,19}i"  # 64-bit integer
    rb"|(?:t|T|true|True|TRUE|f|F|false|False|FALSE)"  # boolean
    rb"|[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]{1,3})?)"  # float (no NaN/Inf)
)
_FIELD = _KEY + rb"=" + _FIELD_VALUE
# measurement[,tag=value...] field=value[,field=value...] [timestamp]; the owner tag is reserved.
_LINE = (
    _KEY
    + rb"(?:,(?!"
    + OWNER_TAG.encode()
    + rb"=)"
    + _KEY
    + rb"="
    + _TAG_VALUE
    + rb")* "
    + _FIELD
    + rb"(?:,"
    + _FIELD
    + rb")*(?: -?[0-9]{1,19})?"
)
LINE_RE = re.compile(_LINE)
BODY_RE = re.compile(rb"(?:(?:" + _LINE + rb")?\n)*(?:" + _LINE + rb")?")
# Everything before the first unescaped space of a line: measurement and tag set.
_SERIES_RE = re.compile(rb"^((?:[^\\ \n]|\\.)+) ", re.MULTILINE)


def tag_lines(body: bytes, owner: str) -> tuple[bytes, int]:
    """Validate a line protocol body and add the owner tag to every line.

    Returns the new body (ending in a newline) and its number of points.
    Raises InvalidPoint naming the first offending line.
    """
    if BODY_RE.fullmatch(body) is None:
        raise InvalidPoint(_first_invalid_line(body))
    # `owner` matches OWNER_RE, so it needs no escaping and cannot contain a backreference.
    tagged, points = _SERIES_RE.subn(b"\\1," + OWNER_TAG.encode() + b"=" + owner.encode() + b" ", body)
    if points == 0:
        raise InvalidPoint("line protocol message holds no points")
    if not tagged.endswith(b"\n"):
        tagged += b"\n"
    return tagged, points


def _first_invalid_line(body: bytes) -> str:
    for number, line in enumerate(body.split(b"\n"), start=1):
        if line and LINE_RE.fullmatch(line) is None:
            excerpt = line[:120].decode("utf-8", "replace")
            if re.search(rb"^[^ ]*,(?:[^ ]*,)?" + OWNER_TAG.encode() + rb"=", line):
                return f"line {number}: tag key {OWNER_TAG!r} is reserved: {excerpt!r}"
            return (
                f"line {number}: not valid line protocol under the data model's rules "
                f"(keys, finite numbers, 64-bit integers, ns timestamps): {excerpt!r}"
            )
    return "not valid line protocol"


# ---- JSON points -> line protocol ---------------------------------------------------------

# Keys repeat across points; remembering the valid ones skips the regular expression.
_valid_keys: set[str] = set()
_escaped_tag_values: dict[str, str] = {}
_CACHE_LIMIT = 100_000
_TAG_ESCAPES = str.maketrans({" ": "\\ ", ",": "\\,", "=": "\\="})
_POINT_KEYS = frozenset(("measurement", "tags", "fields", "time"))


def check_key(key: object, what: str) -> str:
    if type(key) is not str or KEY_RE.fullmatch(key) is None:
        raise InvalidPoint(f"invalid {what} {key!r}: must match {KEY_RE.pattern}")
    if len(_valid_keys) > _CACHE_LIMIT:
        _valid_keys.clear()
    _valid_keys.add(key)
    return key


def escape_tag_value(value: object, key: str) -> str:
    escaped = _escaped_tag_values.get(value) if type(value) is str else None
    if escaped is not None:
        return escaped
    if type(value) is not str or not value:
        raise InvalidPoint(f"tag {key!r}: value must be a non-empty string, got {value!r}")
    # Line protocol has no escape for a backslash or a line break in a tag value.
    if "\\" in value or "\n" in value or "\r" in value:
        raise InvalidPoint(f"tag {key!r}: value may not contain a backslash or line break")
    escaped = value.translate(_TAG_ESCAPES)
    if len(_escaped_tag_values) > _CACHE_LIMIT:
        _escaped_tag_values.clear()
    _escaped_tag_values[value] = escaped
    return escaped


def format_field(key: str, value: object) -> str:
    # bool before int: bool is a subclass of int.
    if isinstance(value, bool):
        return f"{key}=true" if value else f"{key}=false"
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidPoint(f"field {key!r}: {value!r} is not a finite number")
        return f"{key}={value!r}"
    if isinstance(value, int):
        if not INT64_MIN <= value <= INT64_MAX:
            raise InvalidPoint(f"field {key!r}: {value} does not fit a 64-bit integer")
        return f"{key}={value}i"
    if isinstance(value, str):
        if len(value) > MAX_STRING_BYTES // 4 and len(value.encode()) > MAX_STRING_BYTES:
            raise InvalidPoint(f"field {key!r}: string longer than {MAX_STRING_BYTES} bytes")
        return f'{key}="' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    raise InvalidPoint(f"field {key!r}: {value!r} is not a number, boolean or string")


def point_line(point: object, owner_tag: str, now_ns: int) -> str:
    """One JSON point as a line of line protocol; `owner_tag` is the ready `,owner=<owner>`."""
    if type(point) is not dict:
        raise InvalidPoint(f"a point must be an object, got {type(point).__name__}")
    if not point.keys() <= _POINT_KEYS:
        raise InvalidPoint(f"unknown point keys {sorted(point.keys() - _POINT_KEYS)}")
    measurement = point.get("measurement")
    if measurement not in _valid_keys:
        measurement = check_key(measurement, "measurement")
    parts: list[str] = [measurement]
    tags = point.get("tags")
    if tags:
        if type(tags) is not dict:
            raise InvalidPoint("tags must be an object")
        for key, value in tags.items():
            if key not in _valid_keys:
                check_key(key, "tag key")
            if key == OWNER_TAG:
                raise InvalidPoint(f"tag key {OWNER_TAG!r} is reserved: the owner comes from the message")
            parts.append(f",{key}={escape_tag_value(value, key)}")
    parts.append(owner_tag)
    fields = point.get("fields")
    if type(fields) is not dict or not fields:
        raise InvalidPoint("fields must be a non-empty object")
    separator = " "
    for key, value in fields.items():
        if key not in _valid_keys:
            check_key(key, "field key")
        parts.append(separator)
        parts.append(format_field(key, value))
        separator = ","
    parts.append(f" {point_time(point.get('time'), now_ns)}\n")
    return "".join(parts)


def point_time(value: object, now_ns: int) -> int:
    if value is None:
        return now_ns
    if isinstance(value, int) and not isinstance(value, bool):
        if not TIME_MIN <= value <= TIME_MAX:
            raise InvalidPoint(f"time {value} is outside InfluxDB's range")
        return value
    if isinstance(value, str):
        return rfc3339_ns(value)
    raise InvalidPoint(f"time must be an RFC 3339 string or integer nanoseconds, got {value!r}")


_RFC3339 = re.compile(
    r"(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d\d):(\d\d))"
)


@functools.lru_cache(maxsize=4096)
def _epoch_day(year: int, month: int, day: int) -> int:
    return datetime.date(year, month, day).toordinal() - 719163  # date(1970, 1, 1).toordinal()


def rfc3339_ns(text: str) -> int:
    """Nanoseconds since the epoch for an RFC 3339 timestamp, keeping all nine fraction digits."""
    match = _RFC3339.fullmatch(text)
    if match is None:
        raise InvalidPoint(f"time {text!r} is not RFC 3339 (e.g. 2026-11-29T00:00:00Z)")
    year, month, day, hour, minute, second, fraction, _zulu, sign, off_h, off_m = match.groups()
    try:
        days = _epoch_day(int(year), int(month), int(day))
    except ValueError as exc:
        raise InvalidPoint(f"time {text!r}: {exc}") from None
    if int(hour) > 23 or int(minute) > 59 or int(second) > 59:
        raise InvalidPoint(f"time {text!r}: clock time out of range")
    seconds = days * 86400 + int(hour) * 3600 + int(minute) * 60 + int(second)
    if sign:
        offset = int(off_h) * 3600 + int(off_m) * 60
        seconds -= offset if sign == "+" else -offset
    nanos = int(fraction.ljust(9, "0")) if fraction else 0
    return seconds * 1_000_000_000 + nanos
