"""Content encodings (Telegraf's AMQP output sets `content_encoding = "gzip"`): gzip and
identity bodies are stored; a gzip bomb, a corrupt body or an unknown encoding is poison
with a reason that names it, and nothing around them is lost."""

from __future__ import annotations

import gzip
from collections.abc import Callable

import orjson

from services.common.topology import REASON_HEADER
from tests.ingest.helpers import ConsumerProcess, Out, count, dead_letters, publish, wait_until
from tests.stack.broker import BrokerVhost
from tests.stack.servers import InfluxServer

LIMIT = 100_000


def lp(time: int, encoding: str | None, case: str, body: bytes | None = None) -> Out:
    line = f"telegraf,host=a value={time}.5 {time}\n".encode()
    payload = (
        body if body is not None else (gzip.compress(line) if (encoding or "").lower() == "gzip" else line)
    )
    return Out(
        payload, "alice", "text/plain", {"owner": "alice", "x-test-case": case}, content_encoding=encoding
    )


def json_gzip(time: int) -> Out:
    body = orjson.dumps({"points": [{"measurement": "telegraf", "fields": {"value": 0.5}, "time": time}]})
    return Out(gzip.compress(body), "alice", headers={"x-test-case": "json"}, content_encoding="gzip")


async def test_gzip_and_identity_are_decoded_and_the_rest_is_poison_with_its_reason(
    broker: BrokerVhost, influx: InfluxServer, influx_db: str, consumer: Callable[..., ConsumerProcess]
) -> None:
    proc = consumer(MAX_MESSAGE_BYTES=LIMIT)
    bomb = gzip.compress(b"telegraf value=1 1\n" * (3 * LIMIT // 19))  # about 2 kB, inflating to 300 kB
    assert len(bomb) < LIMIT // 10
    messages = [
        lp(1, "gzip", "gzip"),
        lp(2, "identity", "identity"),
        lp(3, None, "none"),
        lp(4, "GZIP", "upper case"),
        json_gzip(5),
        lp(6, "gzip", "bomb", bomb),
        lp(7, "gzip", "corrupt", gzip.compress(b"telegraf value=1 7\n")[:-6]),
        lp(8, "br", "unknown"),
    ]
    await publish(broker, messages)
    wait_until(lambda: proc.metric("ingest_messages_total") == len(messages), 30, "every message handled")
    assert count(influx, influx_db, "telegraf") == 5
    reasons = {
        str(m.headers["x-test-case"]): str(m.headers[REASON_HEADER])
        for m in await dead_letters(broker.rabbitmq, broker.vhost)
    }
    assert sorted(reasons) == ["bomb", "corrupt", "unknown"], reasons
    assert f"beyond the limit of {LIMIT}" in reasons["bomb"]
    assert "gzip" in reasons["corrupt"]
    assert "unsupported content encoding 'br'" in reasons["unknown"]
