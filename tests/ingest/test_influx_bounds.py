"""Poison is recognised at decode exactly as InfluxDB 2.7 would refuse it: at each boundary of
its integer, float, timestamp and RFC 3339 ranges, the real server's verdict on the point and the
consumer's decode agree (a value it accepts decodes; one it refuses is poison, with why)."""

from __future__ import annotations

import datetime
import urllib.error

import orjson
import pytest

from services.consumer.decode import Poison, Rules
from tests.ingest.helpers import decode
from tests.stack.servers import InfluxServer

RULES = Rules(strict_owner=False)
I64 = 2**63

#: Line protocol, `{m}` a measurement of its own (no type conflicts between cases).
LINES = [
    f"{{m}} v={I64 - 1}i 1",
    f"{{m}} v={I64}i 1",
    f"{{m}} v=-{I64}i 1",
    f"{{m}} v=-{I64 + 1}i 1",
    "{m} v=99999999999999999999i 1",
    "{m} v=00000000000000000000001i 1",
    "{m} v=+5i 1",
    "{m} v=-0i 1",
    f"{{m}} v=1 {I64 - 2}",
    f"{{m}} v=1 {I64 - 1}",
    f"{{m}} v=1 -{I64 - 2}",
    f"{{m}} v=1 -{I64 - 1}",
    f"{{m}} v=1 -{I64}",
    "{m} v=1 9999999999999999999",
    "{m} v=1 00000000000000000000001",
    "{m} v=+1.5 1",
    "{m} v=1e308 1",
    "{m} v=1e309 1",
    "{m} v=-1e309 1",
    "{m} v=1e-400 1",
    "{m} v=1.7976931348623157e308 1",
    "{m} v=1.7976931348623159e308 1",
    "{m} v=1e0005 1",
    "{m} v=1. 1",
    "{m} v=.5 1",
    "{m} v=1E+5 1",
    '{m},tag=1e999 s="1e999",v=1.5,w=2e307 1',
    "{m} v=1,w=" + "9" * 308 + ".5 1",
    "{m} v=1,w=" + "9" * 309 + " 1",
]

#: RFC 3339 times of JSON points: InfluxDB's range is 1677-09-21T00:12:43.145224194Z to
#: 2262-04-11T23:47:16.854775806Z.
TIMES = [
    "1677-09-21T00:12:43.145224194Z",
    "1677-09-21T00:12:43.145224193Z",
    "1677-09-21T01:12:43.145224194+01:00",
    "1676-12-31T23:59:59Z",
    "2262-04-11T23:47:16.854775806Z",
    "2262-04-11T23:47:16.854775807Z",
    "2262-04-11T22:47:16.854775807-01:00",
    "2263-01-01T00:00:00Z",
    "9999-12-31T23:59:59Z",
    "0001-01-01T00:00:00Z",
]


def _ns(text: str) -> int:
    """The exact epoch nanoseconds of an RFC 3339 time, computed independently of the parser
    under test (datetime keeps microseconds; the last three digits are added back)."""
    head, fraction = text[:19], text[20:29] if text[19] == "." else ""
    offset = text[19 + (len(fraction) + 1 if fraction else 0) :]
    moment = datetime.datetime.fromisoformat(head + ("+00:00" if offset == "Z" else offset))
    whole = (moment - datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)) // datetime.timedelta(seconds=1)
    return whole * 10**9 + int(fraction.ljust(9, "0") or 0)


def _influx_takes(influx: InfluxServer, bucket: str, line: str) -> bool:
    try:
        influx.write(bucket, line)
    except urllib.error.HTTPError as exc:
        assert exc.code == 400, (line, exc.code, exc.read())
        return False
    return True


def _we_take(body: bytes, content_type: str) -> tuple[bool, str]:
    try:
        decode(body, content_type, {"owner": "alice"}, None, RULES)
    except Poison as exc:
        return False, str(exc)
    return True, ""


@pytest.mark.parametrize("n", range(len(LINES)))
def test_line_protocol_at_influxdbs_bounds(influx: InfluxServer, influx_db: str, n: int) -> None:
    line = LINES[n].format(m=f"lp{n}")
    takes = _influx_takes(influx, influx_db, line)
    ours, reason = _we_take(line.encode(), "text/plain")
    assert ours == takes, (line, takes, reason)


@pytest.mark.parametrize("text", TIMES)
def test_rfc3339_times_at_influxdbs_bounds(influx: InfluxServer, influx_db: str, text: str) -> None:
    takes = _influx_takes(influx, influx_db, f"t v=1 {_ns(text)}")
    body = orjson.dumps(
        {"owner": "alice", "points": [{"measurement": "t", "fields": {"v": 1}, "time": text}]}
    )
    ours, reason = _we_take(body, "application/json")
    assert ours == takes, (text, takes, reason)
    if not ours:
        assert "outside InfluxDB's range" in reason or "year" in reason, reason
