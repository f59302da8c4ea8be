"""The harness itself: the servers the other suites rely on really answer as described."""

from __future__ import annotations

import asyncio
import socket
import urllib.request

import aio_pika
import pytest
from influxdb_client.client.influxdb_client_async import InfluxDBClientAsync

from tests.stack.dev import DEFAULT_PORT, choose_port
from tests.stack.servers import InfluxServer, RabbitMQServer


async def test_v2_write_mapping_reaches_influxdb(influx: InfluxServer, influx_db: str) -> None:
    client = InfluxDBClientAsync(url=influx.write_url, token="unused", org="test", enable_gzip=True)
    async with client:
        write = client.write_api().write
        await write(influx_db, record="m,owner=alice f=1.5 1700000000000000000")
        await write(f"{influx_db}/autogen", record="m,owner=bob f=2 1700000000000000000")
    rows = influx.query(influx_db, "SELECT f, owner FROM m")["results"][0]["series"][0]["values"]
    assert rows == [[1700000000000000000, 1.5, "alice"], [1700000000000000000, 2, "bob"]]


def test_influx_restart_keeps_data(influx: InfluxServer, influx_db: str) -> None:
    body = b"m,owner=a f=1 1700000000000000000"
    urllib.request.urlopen(
        urllib.request.Request(f"{influx.query_url}/write?db={influx_db}", data=body), timeout=5
    )
    influx.stop()
    with pytest.raises(OSError):
        urllib.request.urlopen(f"{influx.write_url}/ping", timeout=5)
    influx.start()
    assert influx.query(influx_db, "SELECT count(f) FROM m")["results"][0]["series"][0]["values"][0][1] == 1


async def test_rabbitmq_vhost_and_forced_close(rabbitmq: RabbitMQServer, vhost: str) -> None:
    conn = await aio_pika.connect(rabbitmq.amqp_url(vhost))
    closed = asyncio.Event()
    conn.close_callbacks.add(lambda *_: closed.set())
    try:
        await asyncio.to_thread(rabbitmq.close_connections, vhost)
        await asyncio.wait_for(closed.wait(), 10)
    finally:
        await conn.close()


def test_dev_gateway_port_is_stable_and_moves_only_when_taken() -> None:
    """`make dev` serves its gateway on DEFAULT_PORT each time (a bookmark keeps working), on
    another port only while something else holds that one; a port given is kept."""
    held = True
    with socket.socket() as holder:
        try:
            holder.bind(("127.0.0.1", DEFAULT_PORT))
            holder.listen()
        except OSError:
            held = False  # another program holds it: that is the case under test as well
        assert choose_port(None) != DEFAULT_PORT
    if held:
        assert choose_port(None) == DEFAULT_PORT
    assert choose_port(12345) == 12345
    assert choose_port(0) not in (0, DEFAULT_PORT)
