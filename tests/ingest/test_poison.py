"""Poison messages are dead-lettered with their reason; every good message around them is stored."""

from __future__ import annotations

from collections.abc import Callable

import orjson

from services.common.topology import REASON_HEADER
from tests.ingest.helpers import (
    ConsumerProcess,
    Out,
    count,
    dead_letters,
    json_message,
    lp_message,
    publish,
    wait_until,
)
from tests.stack.servers import InfluxServer, RabbitMQServer


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
    (Out(b"m value=1 1", "alice", "text/plain", {}), "invalid owner"),
]


async def test_poison_is_dead_lettered_and_good_messages_are_stored(
    rabbitmq: RabbitMQServer,
    influx: InfluxServer,
    vhost: str,
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
    await publish(rabbitmq, vhost, messages)

    good_count = 2 * len(POISON) + 2
    wait_until(lambda: count(influx, influx_db, "good") == good_count, 30, "good points stored")
    wait_until(lambda: proc.metric("ingest_messages_total") == len(messages), 30, "all messages handled")
    assert count(influx, influx_db, "conflict") == 1

    dead = {str(m.headers["x-test-case"]): m for m in await dead_letters(rabbitmq, vhost)}
    expected = [reason for _, reason in POISON] + ["field type conflict"]
    assert sorted(dead, key=int) == [str(case) for case in range(len(expected))]
    for case, reason in enumerate(expected):
        letter = dead[str(case)]
        assert reason in str(letter.headers[REASON_HEADER]), (case, letter.headers)
        assert letter.routing_key == "points.alice"
        assert letter.delivery_mode == 2
    assert dead["0"].body == POISON[0][0].body  # the original body, unchanged
    assert proc.metric("ingest_dead_lettered_total") == len(expected)

    # The consumer did not stall: it still takes new messages.
    await publish(rabbitmq, vhost, [good(2000)])
    wait_until(lambda: count(influx, influx_db, "good") == good_count + 1, 30, "later message stored")


async def test_strict_owner_comes_from_the_verified_user_id(
    rabbitmq: RabbitMQServer,
    influx: InfluxServer,
    vhost: str,
    influx_db: str,
    consumer: Callable[..., ConsumerProcess],
) -> None:
    proc = consumer(STRICT_OWNER="true")
    me = rabbitmq.user
    own = orjson.dumps({"points": [{"measurement": "strict", "fields": {"value": 1.0}, "time": 1}]})
    claims_other = orjson.dumps(
        {"owner": "alice", "points": [{"measurement": "strict", "fields": {"value": 2.0}, "time": 2}]}
    )
    await publish(
        rabbitmq,
        vhost,
        [
            Out(own, me, user_id=me),
            Out(claims_other, "alice", user_id=me, headers={"x-test-case": "other"}),
            Out(own, me, headers={"x-test-case": "anonymous"}),
        ],
    )
    wait_until(lambda: proc.metric("ingest_messages_total") == 3, 30, "3 messages handled")
    stored = influx.query(influx_db, 'SELECT "value", "owner" FROM "strict"')["results"][0]["series"][0]
    assert dict(zip(stored["columns"], stored["values"][0], strict=True)) == {
        "time": 1,
        "value": 1,
        "owner": me,
    }
    dead = {
        m.headers["x-test-case"]: str(m.headers[REASON_HEADER]) for m in await dead_letters(rabbitmq, vhost)
    }
    assert "claims owner 'alice'" in dead["other"]
    assert "no user_id" in dead["anonymous"]
