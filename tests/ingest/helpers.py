"""Helpers for the ingestion tests: a consumer subprocess, publishing, reading back."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import aio_pika
import orjson
from pamqp.commands import Basic

from services.common import topology
from services.common.names import stored_measurement
from services.consumer.decode import Decoded, Decoder, Rules
from tests.stack.broker import CONSUMER_USER, BrokerVhost
from tests.stack.servers import InfluxServer, RabbitMQServer, free_port

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Out:
    """One message to publish, by `owner`'s own broker user to routing key points.<owner>, with
    the AMQP user_id of that login (unless `anonymous`)."""

    body: bytes
    owner: str = "alice"
    content_type: str = "application/json"
    headers: dict[str, Any] = field(default_factory=dict)
    anonymous: bool = False
    content_encoding: str | None = None


def decode(
    body: bytes,
    content_type: str | None,
    headers: dict[str, Any] | None,
    user_id: str | None,
    rules: Rules,
    content_encoding: str | None = None,
) -> Decoded:
    """One message through a fresh consumer Decoder, its properties given one by one."""
    properties = Basic.Properties(
        content_type=content_type, content_encoding=content_encoding, headers=headers, user_id=user_id
    )
    return Decoder(rules).decode(body, properties)


def json_message(owner: str, points: list[dict[str, Any]]) -> Out:
    return Out(orjson.dumps({"owner": owner, "points": points}), owner)


def lp_message(owner: str, lines: str) -> Out:
    return Out(lines.encode(), owner, "text/plain", {"owner": owner})


async def publish(broker: BrokerVhost, messages: Iterable[Out]) -> int:
    """Publishes persistent messages with publisher confirms, each owner's through a connection
    of its own broker user; returns how many."""
    by_owner: dict[str, list[Out]] = {}
    for out in messages:
        by_owner.setdefault(out.owner, []).append(out)
    for owner, outs in by_owner.items():
        async with await aio_pika.connect(broker.publisher_url(owner)) as connection:
            channel = await connection.channel(publisher_confirms=True)
            exchange = await channel.get_exchange(topology.EXCHANGE)
            for start in range(0, len(outs), 500):
                await asyncio.gather(
                    *(
                        exchange.publish(_message(out), topology.routing_key(owner), mandatory=True)
                        for out in outs[start : start + 500]
                    )
                )
    return sum(len(outs) for outs in by_owner.values())


def _message(out: Out) -> aio_pika.Message:
    return aio_pika.Message(
        out.body,
        content_type=out.content_type,
        content_encoding=out.content_encoding,
        headers=out.headers,
        user_id=None if out.anonymous else out.owner,
        delivery_mode=aio_pika.DeliveryMode.PERSISTENT,
    )


async def dead_letters(rabbitmq: RabbitMQServer, vhost: str) -> list[aio_pika.abc.AbstractIncomingMessage]:
    """Every message in the dead-letter queue (acknowledged: they are taken)."""
    connection = await aio_pika.connect(rabbitmq.amqp_url(vhost))
    out = []
    async with connection:
        channel = await connection.channel()
        queue = await channel.get_queue(topology.DEAD_QUEUE)
        while (message := await queue.get(fail=False)) is not None:
            await message.ack()
            out.append(message)
    return out


def queue_depth(rabbitmq: RabbitMQServer, vhost: str, queue: str = topology.QUEUE) -> int:
    """Ready plus unacknowledged messages, now: rabbitmqctl answers at once, while the
    management API's counts lag by its statistics interval (5 s)."""
    table = rabbitmq.ctl("list_queues", "-p", vhost, "name", "messages")
    return int(table.split(f"\n{queue}\t")[1].split()[0])


def count(
    influx: InfluxServer, db: str, measurement: str, field_key: str = "value", owner: str = "alice"
) -> int:
    """How many values of `field_key` `owner`'s `measurement` holds."""
    stored = stored_measurement(owner, measurement)
    result = influx.query(db, f'SELECT count("{field_key}") FROM "{stored}"')  # noqa: S608
    series = result["results"][0].get("series")
    return int(series[0]["values"][0][1]) if series else 0


def rows(influx: InfluxServer, db: str, influxql: str) -> list[dict[str, Any]]:
    out = []
    for series in influx.query(db, influxql)["results"][0].get("series", []):
        for values in series["values"]:
            out.append(dict(zip(series["columns"], values, strict=True)))
    return out


def wait_until(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(0.1)


class ConsumerBroker(Protocol):
    """Where a consumer process logs in: a test vhost (BrokerVhost) or the cluster (RabbitMQCluster)."""

    consumer_password: str
    vhost: str

    def client_env(self) -> dict[str, str]: ...


class ConsumerProcess:
    """`python -m services.consumer` against the test servers, as the chart would run it."""

    def __init__(self, broker: ConsumerBroker, influx: InfluxServer, db: str, log: Path, **env: str) -> None:
        self.http_port = free_port()
        self.log = log
        self.env = {
            **os.environ,
            **broker.client_env(),
            "AMQP_USER": CONSUMER_USER,
            "AMQP_PASSWORD": broker.consumer_password,
            "AMQP_VHOST": broker.vhost,
            **influx.client_env(),
            "INFLUX_TOKEN": influx.tokens(db).write,
            "INFLUX_ORG": influx.org,
            "INFLUX_BUCKET": db,
            "HTTP_PORT": str(self.http_port),
            "BATCH_AGE_MS": "100",
            "RETRY_MAX_MS": "1000",
            **env,
        }
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, wait_ready: bool = True) -> ConsumerProcess:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "services.consumer"],
            cwd=REPO,
            env=self.env,
            stdout=self.log.open("ab"),
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        if wait_ready:
            wait_until(lambda: self.status("/readyz") == 200, 30, f"consumer ready (log {self.log})")
        return self

    def status(self, path: str) -> int:
        assert self.proc is not None
        if self.proc.poll() is not None:
            raise AssertionError(
                f"consumer exited with {self.proc.returncode}:\n{self.log.read_text()[-3000:]}"
            )
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.http_port}{path}", timeout=2) as resp:
                return int(resp.status)
        except urllib.error.HTTPError as exc:
            return exc.code
        except OSError:
            return 0

    def get(self, path: str) -> str:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.http_port}{path}", timeout=5) as resp:
            return str(resp.read().decode())

    def body(self, path: str) -> str:
        """The body of a GET, whatever its status (e.g. why /readyz is 503)."""
        try:
            return self.get(path)
        except urllib.error.HTTPError as exc:
            return str(exc.read().decode())

    def metric(self, name: str) -> float:
        """Sum of a metric's samples (over labels) from /metrics."""
        total = 0.0
        for line in self.get("/metrics").splitlines():
            if line.startswith(name + " ") or line.startswith(name + "{"):
                total += float(line.rsplit(" ", 1)[1])
        return total

    def signal(self, signum: int) -> None:
        assert self.proc is not None
        self.proc.send_signal(signum)

    def wait(self, timeout: float) -> int:
        assert self.proc is not None
        return self.proc.wait(timeout)

    def close(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


async def eventually(predicate: Callable[[], bool], within: float, what: str) -> None:
    """`wait_until` for async tests: polls in a thread so background tasks keep running."""
    deadline = time.monotonic() + within
    while not await asyncio.to_thread(predicate):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {within}s waiting for {what}")
        await asyncio.sleep(0.2)


def stream_message(i: int, points: int) -> Out:
    """Message i of a test stream: `points` points, each with a unique series and timestamp."""
    return json_message(
        "alice",
        [
            {"measurement": "stream", "tags": {"k": str(j)}, "fields": {"value": float(i)}, "time": i + 1}
            for j in range(points)
        ],
    )


async def stream(broker: BrokerVhost, n: int, points: int, rate: float) -> None:
    """Publishes n messages at about `rate` per second, each confirmed; survives connection loss
    by reconnecting and resending from the first unconfirmed message (as a real publisher would)."""
    i = 0
    url = broker.publisher_url("alice")
    while i < n:
        try:
            connection = await aio_pika.connect(url)
            async with connection:
                channel = await connection.channel(publisher_confirms=True)
                exchange = await channel.get_exchange(topology.EXCHANGE)
                while i < n:
                    out = stream_message(i, points)
                    await exchange.publish(_message(out), topology.routing_key(out.owner), mandatory=True)
                    i += 1
                    if i % 20 == 0:
                        await asyncio.sleep(20 / rate)
        except (aio_pika.exceptions.AMQPError, ConnectionError, OSError, RuntimeError):
            # RuntimeError: aiormq's ChannelInvalidStateError when the channel closed mid-publish.
            await asyncio.sleep(0.3)
