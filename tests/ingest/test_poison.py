"""Poison messages are dead-lettered with their reason; every good message around them is stored."""

from __future__ import annotations

from collections.abc import Callable

import orjson

from services.common.names import stored_measurement
from services.common.topology import ORIGINAL_USER_HEADER, REASON_HEADER
from tests.ingest.helpers import (
    ConsumerProcess,
    Out,
    count,
    dead_letters,
    json_message,
    lp_message,
    publish,
    rows,
    wait_until,
)
from tests.stack.broker import BrokerVhost
from tests.stack.servers import InfluxServer


def good(i: int) -> Out:
    return json_message("alice", [{"measurement": "good", "fields": {"value": float(i)}, "time": i}])


def raw(body: bytes, content_type: str = "application/json") -> Out:
    return Out(body, "alice", content_type, {"owner": "alice"} if content_type == "text/plain" else {})


def point(**fields: object) -> bytes:
    return orjson.dumps({"owner": "alice", "points": [{"measurement": "bad", "fields": fields, "time": 1}]})


POISON: list[tuple[Out, str]] = [
    (raw(b'{"owner": "alice", "points": [}'), "malformed JSON"),
    (raw(b'{"owner":"alice","points":[{"measurement":"m","fields":{"value":NaN}}]}'), "malformed JSON"),
    (raw(b'{"owner":"alice","points":[{"measurement":"m","fields":{"value":Infinity}}]}'), "malformed JSON"),
    (raw(b"m value=nan 1", "text/plain"), "not valid line protocol"),
    (raw(b"m value=+Inf 1", "text/plain"), "not valid line protocol"),
    (raw(point(**{"bad key": 1.0})), "invalid field key"),
    (
        raw(orjson.dumps({"owner": "alice", "points": [{"measurement": "1m", "fields": {"v": 1}}]})),
        "measurement",
    ),
    (raw(point(value=[1, 2])), "not a number, boolean or string"),
    (raw(point(value={"a": 1})), "not a number, boolean or string"),
    (
        raw(
            orjson.dumps(
                {
                    "owner": "alice",
                    "points": [{"measurement": "m", "tags": {"owner": "bob"}, "fields": {"v": 1}}],
                }
            )
        ),
        "'owner' is reserved",
    ),
    (raw(b"m,owner=bob value=1 1", "text/plain"), "'owner' is reserved"),
    (raw(b"x" * 20_000), "exceeds the limit"),
    (raw(b"m value=1 1", "application/xml"), "unsupported content type"),
    (Out(b"m value=1 1", "alice", "text/plain", {"owner": "bob"}), "claims owner 'bob'"),
]


async def test_poison_is_dead_lettered_and_good_messages_are_stored(
    broker: BrokerVhost,
    influx: InfluxServer,
    influx_db: str,
    consumer: Callable[..., ConsumerProcess],
) -> None:
    proc = consumer(MAX_MESSAGE_BYTES=10_000)
    messages: list[Out] = []
    for n, (message, _) in enumerate(POISON):
        message.headers["x-test-case"] = n
        messages += [good(3 * n), message, good(3 * n + 1)]
    # A field type conflict inside one batch: `value` is a float first, then an integer.
    conflict = lp_message("alice", "conflict value=1i 2")
    conflict.headers["x-test-case"] = len(POISON)
    messages += [lp_message("alice", "conflict value=1.5 1"), good(1000), conflict, good(1001)]
    await publish(broker, messages)

    good_count = 2 * len(POISON) + 2
    wait_until(lambda: count(influx, influx_db, "good") == good_count, 30, "good points stored")
    wait_until(lambda: proc.metric("ingest_messages_total") == len(messages), 30, "all messages handled")
    assert count(influx, influx_db, "conflict") == 1

    dead = {str(m.headers["x-test-case"]): m for m in await dead_letters(broker.rabbitmq, broker.vhost)}
    expected = [reason for _, reason in POISON] + ["field type conflict"]
    assert sorted(dead, key=int) == [str(case) for case in range(len(expected))]
    for case, reason in enumerate(expected):
        letter = dead[str(case)]
        assert reason in str(letter.headers[REASON_HEADER]), (case, letter.headers)
        assert letter.routing_key == "points.alice"
        assert letter.delivery_mode == 2
        assert letter.headers[ORIGINAL_USER_HEADER] == "alice"
    assert dead["0"].body == POISON[0][0].body  # the original body, unchanged
    assert proc.metric("ingest_dead_lettered_total") == len(expected)

    # The consumer did not stall: it still takes new messages.
    await publish(broker, [good(2000)])
    wait_until(lambda: count(influx, influx_db, "good") == good_count + 1, 30, "later message stored")


async def test_strict_owner_comes_from_the_verified_user_id(
    broker: BrokerVhost, influx: InfluxServer, influx_db: str, consumer: Callable[..., ConsumerProcess]
) -> None:
    """The default: a message's owner is its broker-verified user_id; a claim of another owner
    (JSON body or owner header) or no user_id at all is poison, stored under nobody."""
    proc = consumer()
    own = orjson.dumps({"points": [{"measurement": "strict", "fields": {"value": 1.0}, "time": 1}]})
    claims_alice = orjson.dumps(
        {"owner": "alice", "points": [{"measurement": "strict", "fields": {"value": 2.0}, "time": 2}]}
    )
    await publish(
        broker,
        [
            Out(own, "carol"),
            Out(claims_alice, "carol", headers={"x-test-case": "json"}),
            Out(b"strict value=3 3", "carol", "text/plain", {"owner": "alice", "x-test-case": "header"}),
            Out(b"strict value=4 4", "carol", "text/plain"),
            Out(own, "carol", headers={"x-test-case": "anonymous"}, anonymous=True),
        ],
    )
    wait_until(lambda: proc.metric("ingest_messages_total") == 5, 30, "5 messages handled")
    carol = stored_measurement("carol", "strict")
    assert rows(influx, influx_db, f'SELECT "value" FROM "{carol}"') == [  # noqa: S608
        {"time": 1, "value": 1},
        {"time": 4, "value": 4},
    ]
    assert rows(influx, influx_db, "SHOW MEASUREMENTS") == [{"name": "carol/strict"}]
    dead = {m.headers["x-test-case"]: m for m in await dead_letters(broker.rabbitmq, broker.vhost)}
    assert "the JSON body claims owner 'alice' but user_id is 'carol'" in str(
        dead["json"].headers[REASON_HEADER]
    )
    assert "the owner header claims owner 'alice'" in str(dead["header"].headers[REASON_HEADER])
    assert "no user_id" in str(dead["anonymous"].headers[REASON_HEADER])
    # The consumer may not re-publish another login's user_id: the header keeps it.
    assert dead["json"].headers[ORIGINAL_USER_HEADER] == "carol"
    assert dead["json"].user_id is None and ORIGINAL_USER_HEADER not in dead["anonymous"].headers


async def test_relaxed_owner_mode_is_explicit_and_trusts_the_message(
    broker: BrokerVhost, influx: InfluxServer, influx_db: str, consumer: Callable[..., ConsumerProcess]
) -> None:
    """STRICT_OWNER=false (dev and tests only, set explicitly): the message names its owner."""
    proc = consumer(STRICT_OWNER="false")
    await publish(
        broker,
        [
            json_message("dave", [{"measurement": "relaxed", "fields": {"value": 1.0}, "time": 1}]),
            Out(b"relaxed value=2 2", "dave", "text/plain", {"x-test-case": "no-owner"}),
        ],
    )
    wait_until(lambda: proc.metric("ingest_messages_total") == 2, 30, "2 messages handled")
    assert count(influx, influx_db, "relaxed", owner="dave") == 1
    (letter,) = await dead_letters(broker.rabbitmq, broker.vhost)
    assert "invalid owner None in the owner header" in str(letter.headers[REASON_HEADER])
