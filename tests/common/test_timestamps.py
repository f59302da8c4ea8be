"""The one RFC 3339 parser (services/common/timestamps.py), as the consumer, the API and the
publisher use it: nanosecond-exact, RFC 3339 and nothing else, within InfluxDB's range."""

from __future__ import annotations

import pytest

from services.api.errors import ApiError
from services.api.timeparse import parse_time
from services.common.timestamps import InvalidTime, rfc3339_ns
from services.publisher.sources import parse_time as csv_time

EXACT = [
    ("1970-01-01T00:00:00.000000001Z", 1),
    ("1970-01-01T00:00:00.123456789Z", 123_456_789),
    ("2026-11-29T00:00:00.987654321+01:30", 1795905000_987_654_321),
    ("1969-12-31T23:59:59.999999999z", -1),
    ("2026-11-29 00:00:00Z", 1795910400_000_000_000),
]
NOT_RFC3339 = [
    "2026-W48-7T00:00:00Z",  # ISO week date
    "2026-333T00:00:00Z",  # ISO ordinal date
    "20261129T000000Z",  # ISO basic format
    "2026-11-29T00:00Z",  # no seconds
    "2026-11-29T00:00:00",  # no offset
    "2026-11-29T00:00:00+0100",  # offset without a colon
    "2026-11-29T00:00:00.1234567891Z",  # beyond nanoseconds
    "2026-11-29T00:00:00,5Z",  # comma fraction
    "\u0662\u0660\u0662\u0666-11-29T00:00:00Z",  # non-ASCII digits
    "2026-11-29T24:00:00Z",
    "2026-11-29T23:59:60Z",
    "2026-11-29T00:00:00+24:00",
    "2026-02-29T00:00:00Z",
    "2263-01-01T00:00:00Z",  # beyond InfluxDB's range
]


@pytest.mark.parametrize(("text", "ns"), EXACT)
def test_every_user_gets_the_same_nanoseconds(text: str, ns: int) -> None:
    assert rfc3339_ns(text) == ns
    assert parse_time(text, "start", 0) == ns  # the API (it kept microseconds only)
    assert csv_time(text, None) == ns  # the publisher's CSV times (microseconds too)


@pytest.mark.parametrize("text", NOT_RFC3339)
def test_what_is_not_rfc3339_is_refused_by_every_user(text: str) -> None:
    with pytest.raises(InvalidTime):
        rfc3339_ns(text)
    with pytest.raises(ApiError):  # the API took ISO week dates and basic format
        parse_time(text, "start", 0)


def test_the_publisher_reads_csv_dates_through_the_same_parser() -> None:
    assert csv_time("2010/01/01 00:00", None) == 1262304000 * 10**9
    assert csv_time("2012/01/02", None) == 1325462400 * 10**9
    assert csv_time("1700000060.123456789", "epoch") == 1_700_000_060_123_456_789
    with pytest.raises(ValueError, match="not RFC 3339"):
        csv_time("2026-W48-7", None)
