"""Round trip through a real RabbitMQ and a real InfluxDB: what is published is what is stored."""

from __future__ import annotations

from collections.abc import Callable

from tests.ingest.helpers import ConsumerProcess, json_message, lp_message, publish, rows, wait_until
from tests.stack.servers import InfluxServer, RabbitMQServer

BASE = 1_790_000_000_000_000_000  # 2026-09-21, in ns


async def test_both_formats_all_types_several_owners(
    rabbitmq: RabbitMQServer,
    influx: InfluxServer,
    vhost: str,
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
                "fields": {"temp": 20.25 + i, "count": i, "ok": i % 2 == 0, "note": f'n"{i}'},
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
    await publish(rabbitmq, vhost, messages)

    query = 'SELECT "temp","count","ok","note","station","owner" FROM "weather"'
    wait_until(lambda: len(rows(influx, influx_db, query)) >= len(expected), 30, "all points stored")
    stored = {
        (r["owner"], r["time"]): (r["station"], r["temp"], r["count"], r["ok"], r["note"])
        for r in rows(influx, influx_db, query)
    }
    assert stored == expected
    types = rows(influx, influx_db, 'SHOW FIELD KEYS FROM "weather"')
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
