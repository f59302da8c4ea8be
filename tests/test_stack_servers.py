"""The harness itself: the servers the other suites rely on really answer as described."""

from __future__ import annotations

import asyncio
import socket

import aio_pika
from influxdb_client.client.influxdb_client_async import InfluxDBClientAsync

from tests.stack.dev import DEFAULT_PORT, choose_port
from tests.stack.servers import InfluxServer, RabbitMQServer, http_ok


def test_influxdb_is_set_up_as_the_chart_sets_it_up(influx: InfluxServer) -> None:
    """The chart's org and bucket, with the chart's retention (DOCKER_INFLUXDB_INIT_*)."""
    org_id = influx.admin.org_id(influx.org)
    (bucket,) = influx.admin.call("GET", "/api/v2/buckets", orgID=org_id, name=influx.bucket)["buckets"]
    assert (influx.org, influx.bucket) == ("timeseries", "timeseries")
    assert [r["everySeconds"] for r in bucket["retentionRules"]] == [30 * 86400]
    assert influx.admin.call("GET", "/api/v2/setup")["allowed"] is False


async def test_v2_write_and_v1_influxql_query_with_tokens(influx: InfluxServer, influx_db: str) -> None:
    """influxdb-client writes to /api/v2/write (gzip) with the write token; InfluxQL on /query
    reads db=<bucket name> (2.x's virtual DBRP mapping) with the read token."""
    client = InfluxDBClientAsync(
        url=influx.url, token=influx.tokens(influx_db).write, org=influx.org, enable_gzip=True
    )
    async with client:
        await client.write_api().write(influx_db, record="m,owner=alice f=1.5 1700000000000000000")
    rows = influx.query(influx_db, "SELECT f, owner FROM m")["results"][0]["series"][0]["values"]
    assert rows == [[1700000000000000000, 1.5, "alice"]]


def test_influx_restart_keeps_data_and_tokens(influx: InfluxServer, influx_db: str) -> None:
    influx.write(influx_db, "m,owner=a f=1 1700000000000000000")
    influx.stop()
    assert not _answers(influx.url + "/health")
    influx.start()
    assert influx.query(influx_db, "SELECT count(f) FROM m")["results"][0]["series"][0]["values"][0][1] == 1


def _answers(url: str) -> bool:
    try:
        return http_ok(url)
    except OSError:
        return False


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
