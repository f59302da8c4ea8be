"""Timestamps: InfluxDB's range and the one RFC 3339 parser (publisher, consumer and API).

Nanosecond-exact: all nine fraction digits are kept (no float, no datetime microseconds).
RFC 3339 only, as its section 5.6 grammar says: `YYYY-MM-DDTHH:MM:SS[.fraction]` and `Z` or a
`±HH:MM` offset; `t`, `z` and a space for `T` as its note allows. No ISO 8601 extras (week or
ordinal dates, basic format, offsets without a colon, missing seconds or offset), ASCII digits
only, and within the range InfluxDB stores.
"""

from __future__ import annotations

import datetime
import re

#: InfluxDB's own bounds for timestamps (it reserves the two extreme int64 values).
TIME_MIN, TIME_MAX = -(2**63) + 2, 2**63 - 2
_EPOCH_ORDINAL = datetime.date(1970, 1, 1).toordinal()
_RFC3339 = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt ]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{1,9}))?"
    r"(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))",
    re.ASCII,
)
RANGE = "1677-09-21T00:12:43.145224194Z to 2262-04-11T23:47:16.854775806Z"


class InvalidTime(ValueError):
    """Not an RFC 3339 timestamp InfluxDB can store; the message says why."""


def rfc3339_ns(text: str) -> int:
    """Nanoseconds since the epoch of an RFC 3339 timestamp."""
    match = _RFC3339.fullmatch(text)
    if match is None:
        raise InvalidTime(f"time {text[:64]!r} is not RFC 3339 (e.g. 2026-11-29T00:00:00Z)")
    year, month, day, hour, minute, second, fraction, sign, off_h, off_m = match.groups()
    try:
        days = datetime.date(int(year), int(month), int(day)).toordinal() - _EPOCH_ORDINAL
    except ValueError as exc:
        raise InvalidTime(f"time {text!r}: {exc}") from None
    # No leap second (60): InfluxDB and Go's time package refuse it too.
    if int(hour) > 23 or int(minute) > 59 or int(second) > 59:
        raise InvalidTime(f"time {text!r}: clock time out of range")
    seconds = days * 86400 + int(hour) * 3600 + int(minute) * 60 + int(second)
    if sign:
        if int(off_h) > 23 or int(off_m) > 59:
            raise InvalidTime(f"time {text!r}: offset out of range")
        offset = int(off_h) * 3600 + int(off_m) * 60
        seconds -= offset if sign == "+" else -offset
    nanos = seconds * 1_000_000_000 + (int(fraction.ljust(9, "0")) if fraction else 0)
    if not TIME_MIN <= nanos <= TIME_MAX:
        raise InvalidTime(f"time {text!r} is outside InfluxDB's range ({RANGE})")
    return nanos
