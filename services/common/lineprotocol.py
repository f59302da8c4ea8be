"""InfluxDB line protocol: formatting JSON points and validating lines published as line protocol.

The hot path never builds `influxdb_client.Point` objects: points become line protocol text
directly, and line protocol messages are checked by one compiled regular expression over the
whole body and passed through with each measurement put in the owner's namespace
(`<owner>/<measurement>`, names.stored_measurement), without re-encoding each line.
"""

from __future__ import annotations

import math
import re

from services.common.bounded import BoundedCache
from services.common.names import KEY_RE, OWNER_TAG, stored_measurement
from services.common.timestamps import TIME_MAX, TIME_MIN, InvalidTime, rfc3339_ns


class InvalidPoint(ValueError):
    """A point that breaks the data model's rules; the message says which rule."""


class NeedsStamp(Exception):
    """A point has no time and no stamp was given: the caller makes the message's stamp
    (only then, as it may cost a checksum of the body) and formats again."""


#: Keys InfluxDB refuses, so refused here too: a point that decodes is stored whole. `time` as
#: a tag or a field (1.x drops the point, "invalid tag key"/"invalid field name"; 2.x refuses
#: the whole write for the tag and silently skips the field when the point has others), and
#: 2.x's `_field` and `_measurement` tags ("cannot use reserved tag key"). A measurement may
#: be called any of them.
TIME_KEY = "time"
RESERVED_TAG_KEYS = (TIME_KEY, "_field", "_measurement")
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
#: InfluxDB's limit on string field values.
MAX_STRING_BYTES = 64 * 1024


def _at_most(limit: int) -> bytes:
    """A pattern for a decimal numeral whose value is at most `limit`, leading zeros allowed
    (InfluxDB parses with Go's strconv, which takes them): exact bounds in the one expression
    that checks a body, so no number needs converting."""
    digits = str(limit)
    below = [f"[1-9][0-9]{{0,{len(digits) - 2}}}"]  # fewer digits
    for i, digit in enumerate(digits):  # as many digits, the first smaller one at i
        low = 1 if i == 0 else 0
        if int(digit) > low:
            below.append(f"{digits[:i]}[{low}-{int(digit) - 1}][0-9]{{{len(digits) - i - 1}}}")
    # The look-ahead inside the atomic group: an alternative that stops short of the last
    # digit must give way to the next one.
    return f"(?>0*+(?:{'|'.join([*below, digits])})(?![0-9])|0++(?![0-9]))".encode()


# Possessive quantifiers and atomic groups: a line either matches or fails fast, never
# backtracking through alternatives (this check runs on every line protocol message).
_KEY = rb"[A-Za-z_][A-Za-z0-9_.\-]{0,63}+"
# A tag value: any bytes but unescaped space, comma, equals sign, or line break.
_TAG_VALUE = rb"(?:[^\\ ,=\n\r]++|\\[^\n\r])++"
_EXPONENT = rb"(?:[eE][-+]?+[0-9]++)?+"
# A 64-bit integer: InfluxDB refuses a `+` sign ("invalid boolean") and anything beyond int64.
_INTEGER = rb"(?:-" + _at_most(-INT64_MIN) + rb"|" + _at_most(INT64_MAX) + rb")i"
_TIMESTAMP = rb"-?+" + _at_most(TIME_MAX)  # TIME_MIN is -TIME_MAX
_FIELD_VALUE = (
    rb"(?>"
    + _INTEGER
    # float, no `+` sign (InfluxDB refuses one), no NaN or Infinity; beyond float64 only
    # `_overflowing_float` can tell
    + rb"|-?+(?:[0-9]++(?:\.[0-9]*+"
    + _EXPONENT
    + rb"|[eE][-+]?+[0-9]++)?+"
    rb"|\.[0-9]++" + _EXPONENT + rb")"
    rb'|"(?:[^"\\\n]++|\\[^\n])*+"'  # string (a line break would be read as a new line)
    rb"|true|True|TRUE|t|T|false|False|FALSE|f|F)"
)
_FIELD = rb"(?!" + TIME_KEY.encode() + rb"=)" + _KEY + rb"=" + _FIELD_VALUE
# measurement[,tag=value...] field=value[,field=value...] [timestamp]; the owner tag and
# InfluxDB's reserved keys are refused.
_SERIES_AND_FIELDS = (
    _KEY
    + rb"(?:,(?!(?:"
    + b"|".join(k.encode() for k in (OWNER_TAG, *RESERVED_TAG_KEYS))
    + rb")=)"
    + _KEY
    + rb"="
    + _TAG_VALUE
    + rb")*+ "
    + _FIELD
    + rb"(?:,"
    + _FIELD
    + rb")*+"
)
_LINE = _SERIES_AND_FIELDS + rb"(?: " + _TIMESTAMP + rb")?+"
_STAMPED_LINE = _SERIES_AND_FIELDS + rb" " + _TIMESTAMP
LINE_RE = re.compile(_LINE)
STAMPED_LINE_RE = re.compile(_STAMPED_LINE)
BODY_RE = re.compile(rb"(?:(?:" + _LINE + rb")?+\n)*+(?:" + _LINE + rb")?+")
#: A body whose every line has its timestamp (what Telegraf sends): the one check on the hot path.
STAMPED_BODY_RE = re.compile(rb"(?:(?:" + _STAMPED_LINE + rb")?+\n)*+(?:" + _STAMPED_LINE + rb")?+")
# The same check, about twice as fast, for the bodies real publishers send: integers and
# timestamps of at most 19 significant digits, a 19-digit one not starting with 9, so below
# 9e18 and within every bound above without the exact patterns' alternatives. A body it
# refuses goes to the exact check, so what is accepted does not change (only how fast).
_BELOW_9E18 = rb"(?:0*+[1-8]?[0-9]{1,18}+|0++)(?![0-9])"
# Its floats have at most 200 digits before the point and an exponent of at most two digits,
# so below 10**299, within float64: a body it takes needs no overflow search either (those
# searches cost more than this check itself: py-spy, issue 14).
_SHORT_EXPONENT = rb"[eE][-+]?+[0-9]{1,2}+"
_FAST_FLOAT = (
    rb"-?+(?:[0-9]{1,200}+(?:\.[0-9]*+(?:" + _SHORT_EXPONENT + rb")?+|" + _SHORT_EXPONENT + rb")?+"
    rb"|\.[0-9]++(?:" + _SHORT_EXPONENT + rb")?+)"
)
_FLOAT = rb"-?+(?:[0-9]++(?:\.[0-9]*+" + _EXPONENT + rb"|[eE][-+]?+[0-9]++)?+|\.[0-9]++" + _EXPONENT + rb")"
assert _FLOAT in _STAMPED_LINE
_FAST_STAMPED_LINE = (
    _STAMPED_LINE.replace(_INTEGER, rb"-?+" + _BELOW_9E18 + rb"i")
    .replace(_TIMESTAMP, rb"-?+" + _BELOW_9E18)
    .replace(_FLOAT, _FAST_FLOAT)
)
assert _INTEGER not in _FAST_STAMPED_LINE and _TIMESTAMP not in _FAST_STAMPED_LINE
assert _FLOAT not in _FAST_STAMPED_LINE
FAST_STAMPED_BODY_RE = re.compile(
    rb"(?:(?:" + _FAST_STAMPED_LINE + rb")?+\n)*+(?:" + _FAST_STAMPED_LINE + rb")?+"
)
#: Where a float beyond float64 (which InfluxDB refuses) may be: a positive exponent of three
#: significant digits, or a run of 209 digits (below 10**99 times that still fits). Text
#: that no real reading has, so the slow check after it costs nothing on the hot path.
# Two searches, each starting at a character class the engine scans for quickly: 3x cheaper
# than the one alternation (py-spy: it was most of prefix_lines); the first one also takes an
# exponent not after a digit, which only sends such a body to the slow check.
_MAYBE_OVERFLOW_EXPONENT = re.compile(rb"[eE]\+?+0*+[1-9][0-9]{2}")
_MAYBE_OVERFLOW_DIGITS = re.compile(rb"[0-9]{209}")
_SERIES = re.compile(_KEY + rb"(?:," + _KEY + rb"=" + _TAG_VALUE + rb")*+ ")
_FIELD_AT = re.compile(_KEY + rb"=(" + _FIELD_VALUE + rb")")


def owner_prefix(owner: str) -> str:
    """What goes before each of `owner`'s measurements in a stored line (names.stored_measurement)."""
    return stored_measurement(owner, "")


def prefix_lines(body: bytes, owner: str, stamp_ns: int | None) -> tuple[bytes, int]:
    """Validate a line protocol body and put every line's measurement in `owner`'s namespace.

    Lines without a timestamp get `stamp_ns` (the message's stamp), so that InfluxDB never
    stamps a redelivered line anew; NeedsStamp when there are such lines and it is None.
    Returns the new body (ending in a newline, empty lines dropped) and its number of points.
    Raises InvalidPoint naming the first offending line.
    """
    if FAST_STAMPED_BODY_RE.fullmatch(body) is None:
        if STAMPED_BODY_RE.fullmatch(body) is None:
            if BODY_RE.fullmatch(body) is None:
                raise InvalidPoint(_first_invalid_line(body))
            if stamp_ns is None:
                raise NeedsStamp
            stamp = b" %d" % stamp_ns
            body = b"\n".join(
                line if not line or STAMPED_LINE_RE.fullmatch(line) else line + stamp
                for line in body.split(b"\n")
            )
        if (
            _MAYBE_OVERFLOW_EXPONENT.search(body) is not None
            or _MAYBE_OVERFLOW_DIGITS.search(body) is not None
        ):
            for number, line in enumerate(body.split(b"\n"), start=1):
                if line and (value := _overflowing_float(line)) is not None:
                    excerpt = value[:40].decode()
                    raise InvalidPoint(f"line {number}: float {excerpt} is beyond a 64-bit float's range")
    if body.startswith(b"\n") or b"\n\n" in body:  # rare: drop the empty lines first
        body = b"\n".join(line for line in body.split(b"\n") if line)
    if not body:
        raise InvalidPoint("line protocol message holds no points")
    # In a valid body a line break occurs only between lines (neither a tag value nor a
    # string field may hold one), and every line starts with its measurement: so one C-level
    # replace namespaces every line. `owner` matches OWNER_RE: it needs no escaping.
    prefix = owner_prefix(owner).encode()
    prefixed = prefix + body.replace(b"\n", b"\n" + prefix)
    if body.endswith(b"\n"):
        return prefixed[: -len(prefix)], body.count(b"\n")
    return prefixed + b"\n", body.count(b"\n") + 1


def _overflowing_float(line: bytes) -> bytes | None:
    """The first float field value of a valid line that is beyond float64, if any."""
    series = _SERIES.match(line)
    assert series is not None  # the line matched LINE_RE
    position = series.end()
    while (field := _FIELD_AT.match(line, position)) is not None:
        value = field.group(1)
        if value[:1] in b"-.0123456789" and not value.endswith(b"i") and math.isinf(float(value)):
            return value
        position = field.end() + 1  # past the comma (or the space before the timestamp)
        if line[field.end() : position] != b",":
            break
    return None


def _first_invalid_line(body: bytes) -> str:
    for number, line in enumerate(body.split(b"\n"), start=1):
        if line and LINE_RE.fullmatch(line) is None:
            excerpt = line[:120].decode("utf-8", "replace")
            if re.search(rb"^[^ ]*,(?:[^ ]*,)?" + OWNER_TAG.encode() + rb"=", line):
                return f"line {number}: tag key {OWNER_TAG!r} is reserved: {excerpt!r}"
            for key in RESERVED_TAG_KEYS:
                if re.search(rb"^[^ ]*,(?:[^ ]*,)?" + key.encode() + rb"=", line):
                    return f"line {number}: {key!r} is not a valid tag key: {excerpt!r}"
            if re.search(rb" (?:[^ ]*,)?" + TIME_KEY.encode() + rb"=", line):
                return f"line {number}: {TIME_KEY!r} is not a valid field key: {excerpt!r}"
            return (
                f"line {number}: not valid line protocol under the data model's rules "
                f"(keys, finite numbers, 64-bit integers, ns timestamps within InfluxDB's range "
                f"{TIME_MIN} to {TIME_MAX}): {excerpt!r}"
            )
    return "not valid line protocol"


# ---- JSON points -> line protocol ---------------------------------------------------------
#
# This runs for every point of every JSON message, so it is written for speed: the series
# part of a line ("measurement,tag=value,...") is validated and escaped once per distinct
# series and then found in a cache, field keys are validated once, and the common field
# types are formatted inline. The caches belong to the formatter (one per consumer or
# publisher) and are bounded.
#
# JSON number typing (DESIGN.md, queue contract): a JSON number is a float, whether written
# `21` or `21.0`, as a bare number is in line protocol; JavaScript and Go write 21.0 as `21`,
# so the way a number is written cannot decide a field's type. An integer field value is
# written as the object `{"int": 21}` (a JSON integer, or a decimal string for values beyond
# 2**53 that JavaScript cannot hold exactly).

INT_KEY = "int"
_INT_TEXT = re.compile(r"-?[0-9]{1,20}", re.ASCII)
_TAG_ESCAPES = str.maketrans({" ": "\\ ", ",": "\\,", "=": "\\="})
_POINT_KEYS = frozenset(("measurement", "tags", "fields", "time"))


def check_key(key: object, what: str) -> str:
    if type(key) is not str or KEY_RE.fullmatch(key) is None:
        raise InvalidPoint(f"invalid {what} {key!r}: must match {KEY_RE.pattern}")
    return key


def _series(measurement: object, tags: object) -> str:
    """The validated, escaped "measurement,tag=value,..." of a point."""
    parts = [check_key(measurement, "measurement")]
    if tags:
        if type(tags) is not dict:
            raise InvalidPoint("tags must be an object")
        for key, value in tags.items():
            check_key(key, "tag key")
            if key == OWNER_TAG:
                raise InvalidPoint(f"tag key {OWNER_TAG!r} is reserved: the owner comes from the message")
            if key in RESERVED_TAG_KEYS:
                raise InvalidPoint(f"{key!r} is not a valid tag key (InfluxDB refuses it)")
            if type(value) is not str or not value:
                raise InvalidPoint(f"tag {key!r}: value must be a non-empty string, got {value!r}")
            # Line protocol has no escape for a backslash or a line break in a tag value.
            if "\\" in value or "\n" in value or "\r" in value:
                raise InvalidPoint(f"tag {key!r}: value may not contain a backslash or line break")
            parts.append(f",{key}={value.translate(_TAG_ESCAPES)}")
    return "".join(parts)


def format_field(key: str, value: object) -> str:
    """`key=value` in line protocol, typed by the JSON number typing rule above."""
    # bool before int: bool is a subclass of int.
    if isinstance(value, bool):
        return f"{key}=true" if value else f"{key}=false"
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidPoint(f"field {key!r}: {value!r} is not a finite number")
        return f"{key}={value!r}"
    if isinstance(value, int):
        try:
            return f"{key}={float(value)!r}"
        except OverflowError:
            raise InvalidPoint(f"field {key!r}: {value} is beyond a 64-bit float's range") from None
    if isinstance(value, str):
        if len(value) > MAX_STRING_BYTES // 4 and len(value.encode()) > MAX_STRING_BYTES:
            raise InvalidPoint(f"field {key!r}: string longer than {MAX_STRING_BYTES} bytes")
        return f'{key}="' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, dict) and value.keys() == {INT_KEY}:
        return f"{key}={_integer(key, value[INT_KEY])}i"
    raise InvalidPoint(
        f"field {key!r}: {value!r} is not a number, boolean or string (an integer is {{{INT_KEY!r}: n}})"
    )


def _integer(key: str, value: object) -> int:
    if type(value) is str and _INT_TEXT.fullmatch(value):
        value = int(value)
    if type(value) is not int:
        raise InvalidPoint(f"field {key!r}: an integer value must be a JSON integer or decimal string")
    if not INT64_MIN <= value <= INT64_MAX:
        raise InvalidPoint(f"field {key!r}: {value} does not fit a 64-bit integer")
    return value


def point_time(value: object, stamp_ns: int | None) -> int:
    """A point's time: its own (RFC 3339 or integer ns), else the message's stamp."""
    if value is None:
        if stamp_ns is None:
            raise NeedsStamp
        return stamp_ns
    if isinstance(value, int) and not isinstance(value, bool):
        if not TIME_MIN <= value <= TIME_MAX:
            raise InvalidPoint(f"time {value} is outside InfluxDB's range")
        return value
    if isinstance(value, str):
        try:
            return rfc3339_ns(value)
        except InvalidTime as exc:
            raise InvalidPoint(str(exc)) from None
    raise InvalidPoint(f"time must be an RFC 3339 string or integer nanoseconds, got {value!r}")


class PointFormatter:
    """Formats JSON points as line protocol, with caches of its own, each holding at most
    `cache_limit` entries (a high-cardinality stream evicts the oldest series, never all)."""

    def __init__(self, cache_limit: int = 100_000) -> None:
        self._series: BoundedCache[object, str] = BoundedCache(cache_limit)
        self._field_keys: BoundedCache[str, None] = BoundedCache(cache_limit)
        #: (prefix, measurement, *tag items) -> the line's ready start, "prefix" "series" " ".
        self._starts: BoundedCache[object, str] = BoundedCache(cache_limit)

    def lines(self, points: list[object], prefix: str, stamp_ns: int | None) -> list[str]:
        """`[self.line(point, prefix, stamp_ns) for point in points]`, faster for the common
        point (only known keys, string tags, known field keys with finite float values, an
        integer time within range), which it formats inline: anything else goes to `line`,
        the one place of the rules (tests/ingest/test_decode_fast.py holds it to them)."""
        out: list[str] = []
        append = out.append
        starts = self._starts
        known = self._field_keys
        line = self.line
        for point in points:
            if type(point) is not dict:
                append(line(point, prefix, stamp_ns))
                continue
            measurement = point.get("measurement")
            tags = point.get("tags")
            fields = point.get("fields")
            stamp = point.get("time")
            if (
                type(fields) is not dict
                or type(stamp) is not int
                # No other keys: with tags, four; without, three (a point without a measurement
                # and with another key passes, but its series is never cached: it is invalid).
                or len(point) != 3 + (tags is not None)
                or not TIME_MIN <= stamp <= TIME_MAX
            ):
                append(line(point, prefix, stamp_ns))
                continue
            if type(tags) is dict:
                key: object = (prefix, measurement, *tags.items())
            elif tags is None:
                key = (prefix, measurement)
            else:
                append(line(point, prefix, stamp_ns))
                continue
            try:
                start = starts.get(key)
            except TypeError:  # an unhashable (so invalid) tag value: `line` says so
                start = None
                key = None
            if start is None:
                text = line(point, prefix, stamp_ns)  # validates the series and every field
                append(text)
                if key is not None:  # valid, so its series is: cached for the next ones
                    starts.put(key, f"{prefix}{_series(measurement, tags)} ")
                continue
            formatted: list[str] = []
            for name, value in fields.items():
                if type(value) is float and value - value == 0 and name in known:  # finite, checked key
                    formatted.append(f"{name}={value!r}")
                else:
                    formatted.clear()
                    break
            if formatted:
                append(f"{start}{','.join(formatted)} {stamp}\n")
            else:  # another field type, an unchecked key, or none
                append(line(point, prefix, stamp_ns))
        return out

    def line(self, point: object, prefix: str, stamp_ns: int | None) -> str:
        """One JSON point as a line of line protocol; `prefix` is the ready owner_prefix(owner)
        (empty for a publisher, which sends the owner in a header instead); `stamp_ns` is
        the time of a point without one (NeedsStamp when it is needed and None)."""
        if type(point) is not dict:
            raise InvalidPoint(f"a point must be an object, got {type(point).__name__}")
        if not point.keys() <= _POINT_KEYS:
            raise InvalidPoint(f"unknown point keys {sorted(point.keys() - _POINT_KEYS)}")
        measurement = point.get("measurement")
        tags = point.get("tags")
        # Tags neither an object nor absent are never cached: under the tagless point's key
        # they would pass once that point had been seen ("tags must be an object").
        cache_key: object = (
            (measurement, *tags.items()) if type(tags) is dict else measurement if tags is None else None
        )
        try:
            series = self._series.get(cache_key) if cache_key is not None else None
        except TypeError:  # an unhashable (so invalid) tag value: _series says which
            series = None
        if series is None:
            series = _series(measurement, tags)
            if cache_key is not None:
                self._series.put(cache_key, series)
        fields = point.get("fields")
        if type(fields) is not dict or not fields:
            raise InvalidPoint("fields must be a non-empty object")
        formatted = []
        known = self._field_keys
        for key, value in fields.items():
            if key not in known:
                check_key(key, "field key")
                if key == TIME_KEY:
                    raise InvalidPoint(f"{TIME_KEY!r} is not a valid field key (InfluxDB drops the field)")
                known.put(key, None)
            if type(value) is float and value - value == 0:  # finite: inf - inf and nan - nan are nan
                formatted.append(f"{key}={value!r}")
            else:
                formatted.append(format_field(key, value))
        stamp = point.get("time")
        if type(stamp) is not int or not TIME_MIN <= stamp <= TIME_MAX:
            stamp = point_time(stamp, stamp_ns)
        return f"{prefix}{series} {','.join(formatted)} {stamp}\n"
