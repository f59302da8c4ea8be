"""Against the real RabbitMQ, set up from the chart's definitions: a publisher holding owner A's
broker credentials (made by `make publisher-user`'s code) cannot publish as B, and cannot
declare or delete the shared topology; the consumer's user cannot either."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import aio_pika
import aiormq
import orjson
import pytest

from chart import rabbitmq_definitions
from services.common import topology
from services.common.names import stored_measurement
from services.publisher import broker_user
from tests.ingest.helpers import ConsumerProcess, Out, dead_letters, publish, rows, wait_until
from tests.stack.broker import ADMIN_USER, CONSUMER_USER, BrokerVhost
from tests.stack.servers import InfluxServer, RabbitMQServer

A = "alice.a"  # a dot: the owner is escaped in the topic permission's regex
B = "alicexa"  # what `alice.a` would match unescaped


async def _refused(
    url: str, action: Callable[[aio_pika.abc.AbstractChannel], Awaitable[Any]]
) -> BaseException:
    """Runs `action` on a fresh channel of a fresh connection and returns the broker's refusal."""
    async with await aio_pika.connect(url) as connection:
        channel = await connection.channel(publisher_confirms=True)
        with pytest.raises(aiormq.exceptions.AMQPError) as caught:
            await action(channel)
        return caught.value


async def _publish(
    channel: aio_pika.abc.AbstractChannel, key: str, user_id: str | None, exchange: str = topology.EXCHANGE
) -> None:
    target = await channel.get_exchange(exchange, ensure=False)
    body = orjson.dumps({"points": [{"measurement": "m", "fields": {"v": 1.0}, "time": 1}]})
    await target.publish(aio_pika.Message(body, user_id=user_id, content_type="application/json"), key)


@pytest.mark.parametrize(
    ("key", "user_id", "refusal"),
    [
        (topology.routing_key(B), A, aiormq.exceptions.ChannelAccessRefused),  # another owner's key
        (topology.routing_key(A) + ".x", A, aiormq.exceptions.ChannelAccessRefused),  # a longer key
        ("points.#", A, aiormq.exceptions.ChannelAccessRefused),
        (topology.routing_key(A), B, aiormq.exceptions.ChannelPreconditionFailed),  # another user_id
    ],
)
async def test_a_publisher_cannot_publish_as_another_owner(
    broker: BrokerVhost, key: str, user_id: str, refusal: type[BaseException]
) -> None:
    refused = await _refused(broker.publisher_url(A), lambda ch: _publish(ch, key, user_id))
    assert isinstance(refused, refusal), refused


@pytest.mark.parametrize(
    ("exchange", "key"), [(topology.DEAD_EXCHANGE, topology.routing_key(A)), ("", topology.QUEUE)]
)
async def test_a_publisher_may_publish_only_to_the_points_exchange(
    broker: BrokerVhost, exchange: str, key: str
) -> None:
    refused = await _refused(broker.publisher_url(A), lambda ch: _publish(ch, key, A, exchange))
    assert isinstance(refused, aiormq.exceptions.ChannelAccessRefused), refused


async def _queue(channel: aio_pika.abc.AbstractChannel, name: str) -> aio_pika.abc.AbstractQueue:
    return await channel.get_queue(name, ensure=False)


async def _purge(channel: aio_pika.abc.AbstractChannel) -> None:
    await (await _queue(channel, topology.QUEUE)).purge()


async def _bind(channel: aio_pika.abc.AbstractChannel) -> None:
    await (await _queue(channel, topology.DEAD_QUEUE)).bind(topology.EXCHANGE, "#")


async def _take(channel: aio_pika.abc.AbstractChannel) -> None:
    await (await _queue(channel, topology.QUEUE)).get(fail=False)


SHARED: list[tuple[str, Callable[[aio_pika.abc.AbstractChannel], Awaitable[Any]]]] = [
    ("delete exchange", lambda ch: ch.exchange_delete(topology.EXCHANGE)),
    ("delete queue", lambda ch: ch.queue_delete(topology.QUEUE)),
    ("purge queue", _purge),
    (
        "redeclare exchange",
        lambda ch: ch.declare_exchange(topology.EXCHANGE, aio_pika.ExchangeType.TOPIC, durable=True),
    ),
    ("declare queue", lambda ch: ch.declare_queue("mine", durable=True)),
    ("bind queue", _bind),
    ("consume", _take),
]


# The consumer reads (so may also purge) its own queue: that is its job, not a topology change.
CASES = [
    (who, what, action)
    for who in ("publisher", "consumer")
    for what, action in SHARED
    if not (who == "consumer" and what in ("consume", "purge queue"))
]


@pytest.mark.parametrize(("who", "what", "action"), CASES, ids=[f"{who}-{what}" for who, what, _ in CASES])
async def test_no_service_user_can_change_the_shared_topology(
    broker: BrokerVhost, who: str, what: str, action: Callable[[aio_pika.abc.AbstractChannel], Awaitable[Any]]
) -> None:
    url = (
        broker.publisher_url(A) if who == "publisher" else broker.url(CONSUMER_USER, broker.consumer_password)
    )
    refused = await _refused(url, action)
    assert isinstance(refused, aiormq.exceptions.ChannelAccessRefused), refused
    # Still there, unchanged, for everyone.
    queue = broker.rabbitmq.api("GET", f"/api/queues/{broker.vhost_path}/{topology.QUEUE}")
    assert queue["arguments"]["x-queue-type"] == "quorum"
    assert (
        broker.rabbitmq.api("GET", f"/api/exchanges/{broker.vhost_path}/{topology.EXCHANGE}")["type"]
        == "topic"
    )


async def test_claims_of_another_owner_are_never_stored_as_that_owner(
    broker: BrokerVhost, influx: InfluxServer, influx_db: str, consumer: Callable[..., ConsumerProcess]
) -> None:
    """With A's credentials, naming B in the JSON body or the owner header stores nothing
    under B: the broker-verified user is the owner, the claim is dead-lettered with why."""
    proc = consumer()
    mine = orjson.dumps({"points": [{"measurement": "m", "fields": {"v": 1.0}, "time": 1}]})
    as_b = orjson.dumps({"owner": B, "points": [{"measurement": "m", "fields": {"v": 2.0}, "time": 2}]})
    await publish(
        broker,
        [
            Out(mine, A),
            Out(as_b, A, headers={"case": "json"}),
            Out(b"m v=3 3", A, "text/plain", {"owner": B, "case": "header"}),
        ],
    )
    wait_until(lambda: proc.metric("ingest_messages_total") == 3, 30, "3 messages handled")
    assert [r["name"] for r in rows(influx, influx_db, "SHOW MEASUREMENTS")] == [stored_measurement(A, "m")]
    dead = {str(m.headers["case"]): m for m in await dead_letters(broker.rabbitmq, broker.vhost)}
    assert sorted(dead) == ["header", "json"]
    for letter in dead.values():
        assert f"claims owner '{B}' but user_id is '{A}'" in str(letter.headers[topology.REASON_HEADER])
        assert letter.headers[topology.ORIGINAL_USER_HEADER] == A


def test_publisher_permissions_are_write_only_to_the_own_routing_key(broker: BrokerVhost) -> None:
    """What `make publisher-user` grants, as the broker reports it."""
    broker.publisher_password(A)
    user = broker.rabbitmq.api("GET", f"/api/users/{A}")
    assert user["tags"] in ([], "")
    (permission,) = broker.rabbitmq.api("GET", f"/api/users/{A}/permissions")
    assert (permission["configure"], permission["write"], permission["read"]) == ("^$", "^timeseries$", "^$")
    (topic,) = broker.rabbitmq.api("GET", f"/api/users/{A}/topic-permissions")
    assert (topic["exchange"], topic["write"], topic["read"]) == ("timeseries", r"^points\.alice\.a$", "^$")
    with pytest.raises(broker_user.ManagementError, match="exists already"):
        broker_user.create(broker.management, A, broker.vhost)
    with pytest.raises(broker_user.ManagementError, match="invalid owner"):
        broker_user.create(broker.management, "a/b", broker.vhost)
    for service_user in (CONSUMER_USER, ADMIN_USER):  # never re-keyed as a publisher
        with pytest.raises(broker_user.ManagementError, match="not a publisher's user: left unchanged"):
            broker_user.create(broker.management, service_user, broker.vhost, replace=True)
    assert broker.rabbitmq.api("GET", f"/api/users/{ADMIN_USER}")["tags"] in (
        ["administrator"],
        "administrator",
    )
    broker_user.create(broker.management, A, broker.vhost, replace=True)  # a publisher's may be


def test_consumer_waits_for_the_topology_it_may_not_declare(
    rabbitmq: RabbitMQServer, influx: InfluxServer, influx_db: str, tmp_path: Path
) -> None:
    """A broker without its topology (definitions not loaded yet) is a down dependency for the
    consumer: not ready, retrying with backoff, never declaring it; ready once it exists."""
    bare = BrokerVhost(rabbitmq)
    rabbitmq.api("DELETE", f"/api/queues/{bare.vhost_path}/{topology.QUEUE}")
    proc = ConsumerProcess(bare, influx, influx_db, tmp_path / "consumer.log").start(wait_ready=False)
    try:
        wait_until(
            lambda: "broker topology missing" in proc.log.read_text(), 30, "the missing topology logged"
        )
        assert proc.status("/readyz") == 503
        queues = rabbitmq.api("GET", f"/api/queues/{bare.vhost_path}")
        assert [q["name"] for q in queues] == [topology.DEAD_QUEUE]  # it declared nothing
        rabbitmq.api("POST", "/api/definitions", rabbitmq_definitions.topology(bare.vhost))
        wait_until(lambda: proc.status("/readyz") == 200, 40, "ready once the topology exists")
    finally:
        proc.close()
        rabbitmq.api("DELETE", f"/api/vhosts/{bare.vhost_path}")
