"""Times and durations from request parameters: RFC 3339, relative (`-1h`), windows (`1m`)."""

from __future__ import annotations

import re
import time

from services.api.errors import invalid
from services.common.timestamps import TIME_MAX, TIME_MIN, InvalidTime, rfc3339_ns

_UNIT_NS = {
    "ms": 10**6,
    "s": 10**9,
    "m": 60 * 10**9,
    "h": 3600 * 10**9,
    "d": 86400 * 10**9,
    "w": 604800 * 10**9,
}
_RELATIVE = re.compile(r"-(\d{1,12})(ms|s|m|h|d|w)")
_DURATION = re.compile(r"(\d{1,12})(s|m|h|d|w)")


def now_ns() -> int:
    return time.time_ns()


def parse_time(raw: str, name: str, now: int) -> int:
    """`now`, a relative time like `-1h` (before `now`), or an RFC 3339 timestamp with offset."""
    raw = raw.strip()
    if raw == "now":
        return now
    relative = _RELATIVE.fullmatch(raw)
    if relative:
        return _in_range(now - int(relative[1]) * _UNIT_NS[relative[2]], name)
    try:
        return rfc3339_ns(raw)
    except InvalidTime as exc:
        raise invalid(
            f"{name}: {exc}; give RFC 3339 with an offset (e.g. 2026-11-29T00:00:00Z) "
            "or a relative time (e.g. -1h)"
        ) from None


def parse_every(raw: str) -> int:
    """A window length like `10s`, `1m`, `1h` in seconds (at least one second)."""
    match = _DURATION.fullmatch(raw.strip())
    if not match or int(match[1]) == 0:
        raise invalid("every must be a positive duration like 10s, 1m, 1h or 1d")
    return int(match[1]) * _UNIT_NS[match[2]] // 10**9


def _in_range(ns: int, name: str) -> int:
    if not TIME_MIN <= ns <= TIME_MAX:
        raise invalid(f"{name} is outside the range the database can store")
    return ns
