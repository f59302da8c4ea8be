"""Round trip through a real RabbitMQ and a real InfluxDB: what is published is what is stored,
each owner's points in measurements of its own (`<owner>/<measurement>`), with no owner tag."""

from __future__ import annotations

from collections.abc import Callable

from services.common.names import stored_measurement
from tests.ingest.helpers import ConsumerProcess, json_message, lp_message, publish, rows, wait_until
from tests.stack.broker import BrokerVhost
from tests.stack.servers import InfluxServer

BASE = 1_790_000_000_000_000_000  # 2026-09-21, in ns


async def test_both_formats_all_types_several_owners(
    broker: BrokerVhost,
    influx: InfluxServer,
    influx_db: str,
    consumer: Callable[..., ConsumerProcess],
) -> None:
    proc = consumer()
    owners = ["alice", "bob", "carol@example.org"]
    messages = []
    expected = {}
    for o, owner in enumerate(owners):
        for i in range(40):
            stamp = BASE + (o * 1000 + i) * 1_000_000_007  # odd ns so precision loss would show
            point = {
                "measurement": "weather",
                "tags": {"station": f"st {i % 3}"},
                "fields": {"temp": 20.25 + i, "count": {"int": i}, "ok": i % 2 == 0, "note": f'n"{i}'},
                "time": stamp if i % 2 else _rfc3339(stamp),
            }
            messages.append(json_message(owner, [point]))
            expected[(owner, stamp)] = (f"st {i % 3}", 20.25 + i, i, i % 2 == 0, f'n"{i}')
        lines = "\n".join(
            f'weather,station=lp\\ {i} temp={i}.5,count={i}i,ok={"t" if i % 2 else "F"},note="l\\"{i}" '
            f"{BASE + (o * 1000 + 500 + i) * 1_000_000_007}"
            for i in range(30)
        )
        messages.append(lp_message(owner, lines))
        for i in range(30):
            expected[(owner, BASE + (o * 1000 + 500 + i) * 1_000_000_007)] = (
                f"lp {i}",
                i + 0.5,
                i,
                bool(i % 2),
                f'l"{i}',
            )
    await publish(broker, messages)

    def stored() -> dict[tuple[str, int], tuple[object, ...]]:
        return {
            (owner, r["time"]): (r["station"], r["temp"], r["count"], r["ok"], r["note"])
            for owner in owners
            for r in rows(
                influx,
                influx_db,
                f'SELECT "temp","count","ok","note","station" FROM "{stored_measurement(owner, "weather")}"',  # noqa: S608
            )
        }

    wait_until(lambda: len(stored()) >= len(expected), 30, "all points stored")
    assert stored() == expected
    measurements = rows(influx, influx_db, "SHOW MEASUREMENTS")
    assert sorted(r["name"] for r in measurements) == sorted(stored_measurement(o, "weather") for o in owners)
    assert {r["tagKey"] for r in rows(influx, influx_db, "SHOW TAG KEYS")} == {"station"}  # no owner tag
    for owner in owners:
        types = rows(influx, influx_db, f'SHOW FIELD KEYS FROM "{stored_measurement(owner, "weather")}"')
        assert {r["fieldKey"]: r["fieldType"] for r in types} == {
            "temp": "float",
            "count": "integer",
            "ok": "boolean",
            "note": "string",
        }
    assert proc.metric("ingest_points_total") == len(expected)
    assert proc.metric("ingest_dead_lettered_total") == 0


def _rfc3339(ns: int) -> str:
    import datetime

    seconds, fraction = divmod(ns, 1_000_000_000)
    stamp = datetime.datetime.fromtimestamp(seconds, datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S")
    return f"{stamp}.{fraction:09d}Z"
