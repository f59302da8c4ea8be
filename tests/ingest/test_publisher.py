"""The publisher: its sources, and the CLI end to end through the real broker and consumer."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from services.common.topology import EXCHANGE
from services.publisher import sources
from tests.ingest.helpers import REPO, ConsumerProcess, count, rows, wait_until
from tests.stack.broker import ADMIN_USER, BrokerVhost
from tests.stack.servers import InfluxServer, RabbitMQServer, free_port


def run_publisher(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "services.publisher", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_bundled_dataset_is_read_from_the_installed_wheel() -> None:
    source = sources.dataset("seattle-temps", keep_time=True)
    points = list(source.points)
    assert len(points) == source.total == 8759
    first = points[0]
    assert first["fields"] == {"temp": 39.4}
    assert first["time"] == 1262304000 * sources.NS  # 2010-01-01T00:00:00Z
    assert points[1]["time"] - first["time"] == 3600 * sources.NS


def test_dataset_shifted_to_now_keeps_its_spacing() -> None:
    points = list(sources.dataset("seattle-weather", keep_time=False).points)
    assert abs(points[-1]["time"] - time.time_ns()) < 60 * sources.NS
    assert points[1]["time"] - points[0]["time"] == 86400 * sources.NS
    assert points[0]["fields"]["weather"] == "drizzle"


def test_csv_source_picks_columns_and_formats(tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    path.write_text("ts,a,b,c\n1700000000,1.5,x,\n1700000060.5,2,,3\n")
    points = sources.csv_points(path, "m", "ts", ["a", "c"], {"site": "s"}, "epoch")
    assert [p["fields"] for p in points] == [{"a": 1.5}, {"a": 2.0, "c": 3.0}]
    assert points[1]["time"] == 1_700_000_060_500_000_000
    iso = tmp_path / "iso.csv"
    iso.write_text("time,v\n2026-11-29T01:02:03+01:00,1\n")
    assert sources.csv_points(iso, "m", "time", None, {})[0]["time"] == 1795910523 * sources.NS


def test_load_points_are_unique_per_series_and_time() -> None:
    points = list(sources.load(1000, 7).points)
    assert len({(p["tags"]["series"], p["time"]) for p in points}) == 1000


def test_host_metrics_sample() -> None:
    points = list(sources.host_metrics(0.01, 1, "h").points)
    assert [p["measurement"] for p in points] == ["cpu", "memory", "disk", "network"]
    assert 0 <= points[1]["fields"]["used_percent"] <= 100


def test_unreachable_broker_is_a_clear_error() -> None:
    result = run_publisher(
        "--url", f"amqp://u:secret@127.0.0.1:{free_port()}/", "--quiet", "load", "--points", "1"
    )
    assert result.returncode == 1
    assert "cannot reach RabbitMQ at amqp://127.0.0.1:" in result.stderr
    assert "secret" not in result.stderr


def test_missing_configuration_names_the_variable() -> None:
    result = run_publisher("load")
    assert result.returncode == 2
    assert "AMQP_HOST is required" in result.stderr


def test_cli_publishes_the_dataset_and_load_in_both_formats(
    broker: BrokerVhost, influx: InfluxServer, influx_db: str, consumer: Callable[..., ConsumerProcess]
) -> None:
    consumer()
    result = run_publisher("--url", broker.publisher_url("alice"), "dataset", "--name", "seattle-temps")
    assert result.returncode == 0, result.stderr
    assert "published 8759 points" in result.stderr
    result = run_publisher(
        "--url",
        broker.publisher_url("bob.b"),
        "--format",
        "lp",
        "--points-per-message",
        "50",
        "load",
        "--points",
        "3000",
    )
    assert result.returncode == 0, result.stderr
    wait_until(lambda: count(influx, influx_db, "temperature", "temp") == 8759, 60, "dataset stored")
    wait_until(lambda: count(influx, influx_db, "load", owner="bob.b") == 3000, 60, "load stored")
    names = {r["name"] for r in rows(influx, influx_db, "SHOW MEASUREMENTS")}
    assert names == {"alice/temperature", "bob.b/load"}


def test_cli_refuses_to_publish_as_another_owner(
    broker: BrokerVhost, influx: InfluxServer, influx_db: str, consumer: Callable[..., ConsumerProcess]
) -> None:
    """alice's broker user may publish only to points.alice: the broker refuses the rest, and the
    publisher says so (nothing is stored)."""
    proc = consumer()
    url = broker.publisher_url("alice")
    for other in ("bob", "alice.x", "alicex"):
        result = run_publisher("--url", url, "--owner", other, "--quiet", "load", "--points", "10")
        assert result.returncode == 1, result.stderr
        assert "the broker refused the publish" in result.stderr
        assert f"points.{other}" in result.stderr
    assert proc.metric("ingest_messages_total") == 0
    assert rows(influx, influx_db, "SHOW MEASUREMENTS") == []


def test_missing_exchange_is_a_clear_error(rabbitmq: RabbitMQServer) -> None:
    """A publisher never declares the topology; on a broker without it, it says what is missing."""
    bare = BrokerVhost(rabbitmq)
    rabbitmq.api("DELETE", f"/api/exchanges/{quote(bare.vhost, safe='')}/{EXCHANGE}")
    try:
        result = run_publisher("--url", bare.publisher_url("alice"), "--quiet", "load", "--points", "1")
    finally:
        rabbitmq.api("DELETE", f"/api/vhosts/{quote(bare.vhost, safe='')}")
    assert result.returncode == 1
    assert "no exchange 'timeseries'" in result.stderr
    assert "boot definitions" in result.stderr


def test_live_host_metrics_arrive_sample_by_sample(
    broker: BrokerVhost, influx: InfluxServer, influx_db: str, consumer: Callable[..., ConsumerProcess]
) -> None:
    """With the default options, each live sample is stored while the publisher keeps running
    (not held back until a 100-point message fills, and the connection stays alive)."""
    consumer()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "services.publisher",
            "--url",
            broker.publisher_url("ops"),
            "--quiet",
            "host",
            "--interval",
            "0.5",
        ],
        cwd=REPO,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_until(
            lambda: count(influx, influx_db, "cpu", "usage_percent", owner="ops") >= 3,
            30,
            "three samples stored",
        )
        assert proc.poll() is None, proc.communicate()[1]
    finally:
        proc.terminate()
        proc.wait(10)


def test_publisher_user_command_prints_credentials_that_publish(
    broker: BrokerVhost, influx: InfluxServer, influx_db: str, consumer: Callable[..., ConsumerProcess]
) -> None:
    """`make publisher-user OWNER=...` end to end: its printed variables are all a publisher needs."""
    consumer()
    admin = {
        "RABBITMQ_API_URL": broker.rabbitmq.management_url,
        "RABBITMQ_ADMIN_USER": ADMIN_USER,
        "RABBITMQ_ADMIN_PASSWORD": broker.admin_password,
        "RABBITMQ_VHOST": broker.vhost,
    }
    command = [sys.executable, "-m", "services.publisher.broker_user", "erin@example.org"]
    made = subprocess.run(
        command, cwd=REPO, env={**os.environ, **admin}, capture_output=True, text=True, check=False
    )
    assert made.returncode == 0, made.stderr
    printed = dict(line.split("=", 1) for line in made.stdout.splitlines())
    assert sorted(printed) == ["AMQP_PASSWORD", "AMQP_USER", "AMQP_VHOST"]
    assert "routing key 'points.erin@example.org'" in made.stderr
    again = subprocess.run(
        command, cwd=REPO, env={**os.environ, **admin}, capture_output=True, text=True, check=False
    )
    assert again.returncode == 1 and "exists already" in again.stderr  # the password is never shown again
    env = {**os.environ, **printed, "AMQP_HOST": "127.0.0.1", "AMQP_PORT": str(broker.rabbitmq.amqp_port)}
    published = subprocess.run(
        [sys.executable, "-m", "services.publisher", "--quiet", "load", "--points", "20"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert published.returncode == 0, published.stderr
    wait_until(lambda: count(influx, influx_db, "load", owner="erin@example.org") == 20, 30, "points stored")
    bad = subprocess.run(
        command,
        cwd=REPO,
        env={**os.environ, **admin, "RABBITMQ_ADMIN_PASSWORD": "wrong"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 1 and "refused the admin login" in bad.stderr
