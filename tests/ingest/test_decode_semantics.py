"""Decode semantics that decide what is stored: the stamp of timeless points, JSON number
typing, and the decoder's own bounded caches. Decoding runs without servers; the typing is
checked against a real InfluxDB too."""

from __future__ import annotations

import asyncio
import datetime
import time
from collections.abc import Callable

import aio_pika
import orjson
import pytest
from pamqp.commands import Basic

from services.common import topology
from services.common.lineprotocol import PointFormatter
from services.common.topology import TIMESTAMP_HEADER
from services.consumer.decode import Decoder, Poison, Rules, message_stamp
from tests.ingest.helpers import ConsumerProcess, Out, count, eventually, publish, rows
from tests.stack.broker import BrokerVhost
from tests.stack.servers import InfluxServer

RULES = Rules(strict_owner=False)
RECEIVED_MS = 1_795_910_400_123  # 2026-11-29T00:00:00.123Z, as RabbitMQ's interceptor sets it


def _json(points: list[dict[str, object]]) -> bytes:
    return orjson.dumps({"owner": "alice", "points": points})


def _stamps(lines: bytes) -> list[int]:
    return [int(line.rsplit(b" ", 1)[1]) for line in lines.splitlines()]


def test_timeless_json_points_get_the_brokers_stamp_at_every_redelivery() -> None:
    body = _json([{"measurement": "m", "fields": {"v": 1.5}}, {"measurement": "n", "fields": {"v": 2.5}}])
    properties = Basic.Properties(content_type="application/json", headers={TIMESTAMP_HEADER: RECEIVED_MS})
    first = Decoder(RULES).decode(body, properties).lines
    time.sleep(0.01)
    again = Decoder(RULES).decode(body, properties).lines  # a redelivery, to another consumer
    assert first == again
    stamps = _stamps(first)
    assert stamps[0] == stamps[1]
    assert RECEIVED_MS * 10**6 <= stamps[0] < (RECEIVED_MS + 1) * 10**6


def test_timeless_line_protocol_lines_get_the_stamp_and_timed_ones_keep_theirs() -> None:
    body = b"cpu v=1\ncpu,h=a v=2 5\n\nmem free=3i"
    properties = Basic.Properties(
        content_type="text/plain", headers={"owner": "bob", TIMESTAMP_HEADER: RECEIVED_MS}
    )
    decoded = Decoder(RULES).decode(body, properties)
    stamp = message_stamp(body, properties.headers, None)
    assert stamp is not None
    assert decoded.points == 3
    assert decoded.lines == b"bob/cpu v=1 %d\nbob/cpu,h=a v=2 5\nbob/mem free=3i %d\n" % (stamp, stamp)
    assert Decoder(RULES).decode(body, properties).lines == decoded.lines


def test_messages_of_one_millisecond_get_distinct_stamps_within_it() -> None:
    headers = {TIMESTAMP_HEADER: RECEIVED_MS}
    a = message_stamp(b"cpu v=1", headers, None)
    b = message_stamp(b"cpu v=2", headers, None)
    assert a is not None and b is not None and a != b
    assert a // 10**6 == b // 10**6 == RECEIVED_MS


def test_a_publishers_timestamp_property_is_the_fallback_and_none_is_counted() -> None:
    sent = datetime.datetime(2026, 11, 29, 0, 0, 1)
    body = _json([{"measurement": "m", "fields": {"v": 1.5}}])
    by_property = Decoder(RULES).decode(body, Basic.Properties(timestamp=sent)).lines
    assert 1_795_910_401 * 10**9 <= _stamps(by_property)[0] < 1_795_910_402 * 10**9
    assert Decoder(RULES).decode(body, Basic.Properties(timestamp=sent)).lines == by_property
    decoder = Decoder(RULES)
    unstamped = decoder.decode(body, Basic.Properties())
    assert abs(_stamps(unstamped.lines)[0] - time.time_ns()) < 5 * 10**9
    assert decoder.unstable_stamps == 1
    timed = _json([{"measurement": "m", "fields": {"v": 1.5}, "time": 9}])
    decoder.decode(timed, Basic.Properties())
    assert decoder.unstable_stamps == 1  # only timeless points need a stamp


def test_a_stamp_outside_influxdbs_range_is_poison() -> None:
    with pytest.raises(Poison, match="outside InfluxDB's range"):
        Decoder(RULES).decode(
            b"cpu v=1",
            Basic.Properties(content_type="text/plain", headers={"owner": "a", TIMESTAMP_HEADER: 2**62}),
        )


def _lines(fields: dict[str, object]) -> bytes:
    body = _json([{"measurement": "typing", "fields": fields, "time": 1}])
    return Decoder(RULES).decode(body, Basic.Properties()).lines


def test_a_json_number_is_a_float_however_it_is_written() -> None:
    assert _lines({"v": 21}) == _lines({"v": 21.0}) == b"alice/typing v=21.0 1\n"
    assert _lines({"v": 2**64 - 1}) == b"alice/typing v=1.8446744073709552e+19 1\n"
    # orjson reads a longer integer as a float already, and refuses one beyond float64
    big = b'{"owner":"alice","points":[{"measurement":"typing","fields":{"v":1%s},"time":1}]}'
    assert Decoder(RULES).decode(big % (b"0" * 20), Basic.Properties()).lines == b"alice/typing v=1e+20 1\n"
    with pytest.raises(Poison, match="infinity"):
        Decoder(RULES).decode(big % (b"0" * 400), Basic.Properties())


def test_an_integer_is_written_as_an_int_object() -> None:
    assert _lines({"n": {"int": 21}}) == b"alice/typing n=21i 1\n"
    # beyond 2**53, which JavaScript cannot hold as a number: a decimal string
    assert _lines({"n": {"int": "9007199254740993"}}) == b"alice/typing n=9007199254740993i 1\n"
    for bad in ({"int": 1.5}, {"int": True}, {"int": "1e3"}, {"int": 2**63}, {"int": 1, "x": 2}, {}):
        with pytest.raises(Poison, match="field 'n'"):
            _lines({"n": bad})


def test_21_then_21_point_5_are_both_stored(influx: InfluxServer, influx_db: str) -> None:
    """A reading serialised as `21` (JavaScript, Go) no longer makes the field integer, which
    InfluxDB would then refuse 21.5 for."""
    for n, value in enumerate((21, 21.5, 22)):
        body = _json([{"measurement": "typed", "fields": {"value": value}, "time": n + 1}])
        influx.write(influx_db, Decoder(RULES).decode(body, Basic.Properties()).lines)
    stored = rows(influx, influx_db, 'SELECT "value" FROM "alice/typed"')
    assert [r["value"] for r in stored] == [21.0, 21.5, 22.0]


def test_caches_belong_to_their_formatter_and_are_bounded() -> None:
    small, other = PointFormatter(cache_limit=3), PointFormatter(cache_limit=3)
    for i in range(50):
        point = {"measurement": "m", "tags": {"s": f"s{i}"}, "fields": {f"f{i}": 1.0}, "time": i}
        assert small.line(point, "", None) == f"m,s=s{i} f{i}=1.0 {i}\n"
    assert len(small._series) == len(small._field_keys) == 3  # the newest, not emptied wholesale
    assert ("m", ("s", "s49")) in small._series
    assert len(other._series) == 0


async def test_the_broker_stamps_a_timeless_point_once_at_receipt(
    broker: BrokerVhost,
    influx: InfluxServer,
    influx_db: str,
    consumer: Callable[..., ConsumerProcess],
) -> None:
    """Through the real broker (configured as the chart's): the stored time is RabbitMQ's
    receipt stamp, the same for the consumer that stores it as for any redelivery."""
    body = _json([{"measurement": "stamped", "fields": {"v": 1.5}}])
    before_ms = time.time_ns() // 10**6
    await publish(broker, [Out(body, "alice")])
    # Read the message back as delivered (a delivery, returned), then let a consumer store it.
    async with await aio_pika.connect(broker.rabbitmq.amqp_url(broker.vhost)) as connection:
        channel = await connection.channel()
        queue = await channel.get_queue(topology.QUEUE)
        delivered = await queue.get(timeout=5)
        assert delivered is not None
        received_ms = delivered.headers[TIMESTAMP_HEADER]
        await delivered.nack(requeue=True)
    assert isinstance(received_ms, int) and before_ms - 1000 <= received_ms <= time.time_ns() // 10**6 + 1000
    await asyncio.to_thread(consumer)
    await eventually(lambda: count(influx, influx_db, "stamped", "v") == 1, 30, "the point stored")
    stored = rows(influx, influx_db, 'SELECT "v" FROM "alice/stamped"')
    assert [r["time"] for r in stored] == [message_stamp(body, {TIMESTAMP_HEADER: received_ms}, None)]
