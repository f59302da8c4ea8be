"""AMQPS and https to "external" engines (issue 15): the publisher and the consumer through the
real RabbitMQ with its TLS listener on, the consumer writing to InfluxDB over TLS, certificates
made for this run (tests/stack/tls.py). A wrong CA is refused with a clear error: the publisher
exits saying so; the consumer stays up, not ready (503), and says why. The topology Job's
program declares the boot definitions on a broker reached over AMQPS.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from chart import rabbitmq_definitions
from tests.ingest.helpers import REPO, ConsumerProcess, count, wait_until
from tests.ingest.test_publisher import run_publisher
from tests.stack import tls
from tests.stack.broker import BrokerVhost
from tests.stack.servers import RabbitMQServer, Servers


@pytest.fixture(scope="module")
def stack(_servers: Servers) -> Iterator[Servers]:
    """The session's servers when they already serve TLS (TS_STACK_TLS=1), else a TLS pair of its own."""
    if _servers.tls is not None:
        for server in (_servers.rabbitmq, _servers.influx):
            if server.proc is None:
                server.start()
        yield _servers
        return
    own = Servers(tls=True)
    try:
        own.rabbitmq.start()
        own.influx.start()
        yield own
    finally:
        own.close()


@pytest.fixture
def tls_broker(stack: Servers) -> BrokerVhost:
    return BrokerVhost(stack.rabbitmq)


@pytest.fixture
def tls_db(stack: Servers) -> Iterator[str]:
    name = stack.influx.new_bucket("tls_")
    yield name
    stack.influx.drop_bucket(name)


@pytest.fixture
def start_consumer(
    tls_broker: BrokerVhost, stack: Servers, tls_db: str, tmp_path: Path
) -> Iterator[Callable[..., ConsumerProcess]]:
    started: list[ConsumerProcess] = []

    def start(wait_ready: bool = True, **env: str) -> ConsumerProcess:
        log = tmp_path / f"consumer-{len(started)}.log"
        process = ConsumerProcess(tls_broker, stack.influx, tls_db, log, **env)
        started.append(process)
        return process.start(wait_ready)

    yield start
    for process in started:
        process.close()


def _not_ready_because(consumer: ConsumerProcess, reason: str) -> bool:
    """Whether /readyz answers 503 naming `reason` (False while the consumer is still starting)."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{consumer.http_port}/readyz", timeout=2):
            return False
    except urllib.error.HTTPError as exc:
        return exc.code == 503 and reason in exc.read().decode()
    except OSError:
        return False


def _certs(stack: Servers) -> tls.Certs:
    assert stack.tls is not None
    return stack.tls


def _connections(rabbitmq: RabbitMQServer, vhost: str) -> list[dict[str, object]]:
    return [c for c in rabbitmq.api("GET", "/api/connections") if c.get("vhost") == vhost]


def test_publisher_and_consumer_over_amqps_into_influxdb_over_tls(
    stack: Servers, tls_broker: BrokerVhost, tls_db: str, start_consumer: Callable[..., ConsumerProcess]
) -> None:
    consumer = start_consumer()
    assert consumer.env["AMQP_TLS"] == "true" and consumer.env["INFLUX_URL"].startswith("https://")
    result = run_publisher("--url", tls_broker.publisher_url("alice"), "--quiet", "load", "--points", "500")
    assert result.returncode == 0, result.stderr
    wait_until(lambda: count(stack.influx, tls_db, "load") == 500, 30, "500 points stored")
    # The consumer's connection is TLS (the management API's own view of it).
    wait_until(lambda: bool(_connections(stack.rabbitmq, tls_broker.vhost)), 10, "connection listed")
    connections = _connections(stack.rabbitmq, tls_broker.vhost)
    assert connections and all(c["ssl"] is True for c in connections)
    assert {c["port"] for c in connections} == {stack.rabbitmq.amqps_port}


def test_publisher_refuses_a_broker_its_ca_did_not_sign(stack: Servers, tls_broker: BrokerVhost) -> None:
    url = tls_broker.publisher_url("alice").split("?", 1)[0]
    result = run_publisher(
        "--url", url, "--ca-file", str(_certs(stack).wrong_ca), "--quiet", "load", "--points", "1"
    )
    assert result.returncode == 1
    assert (
        f"TLS: the certificate of RabbitMQ at {tls.HOST}:{stack.rabbitmq.amqps_port} was refused"
        in result.stderr
    )
    assert "certificate verify failed" in result.stderr or "unable to get local issuer" in result.stderr
    assert tls_broker.publisher_password("alice") not in result.stderr


def test_publisher_checks_the_server_name(stack: Servers, tls_broker: BrokerVhost) -> None:
    url = tls_broker.publisher_url("alice").split("?", 1)[0]
    ca = str(_certs(stack).ca)
    wrong = run_publisher(
        "--url", url, "--ca-file", ca, "--server-name", "broker.invalid", "--quiet", "load", "--points", "1"
    )
    assert wrong.returncode == 1 and "was refused" in wrong.stderr
    right = run_publisher(
        "--url", url, "--ca-file", ca, "--server-name", tls.HOST, "--quiet", "load", "--points", "1"
    )
    assert right.returncode == 0, right.stderr


@pytest.mark.parametrize(
    ("variable", "server"), [("AMQP_CA_FILE", "RabbitMQ"), ("INFLUX_CA_FILE", "InfluxDB")]
)
def test_consumer_with_a_wrong_ca_is_not_ready_and_says_why(
    stack: Servers, start_consumer: Callable[..., ConsumerProcess], variable: str, server: str
) -> None:
    consumer = start_consumer(wait_ready=False, **{variable: str(_certs(stack).wrong_ca)})
    reason = f"TLS: the certificate of {server}"
    wait_until(lambda: _not_ready_because(consumer, reason), 20, "503 naming the reason on /readyz")
    assert consumer.status("/healthz") == 200  # alive: retrying with backoff, not crash-looping
    if server == "RabbitMQ":  # each failed connect is logged; the idle write probe only answers /readyz
        assert reason in consumer.log.read_text()


def _declare(
    rabbitmq: RabbitMQServer, vhost: str, definitions: Path, ca: Path
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        **rabbitmq.client_env(),
        "AMQP_CA_FILE": str(ca),
        "AMQP_USER": rabbitmq.user,
        "AMQP_PASSWORD": rabbitmq.password,
        "AMQP_VHOST": vhost,
        "TOPOLOGY_FILE": str(definitions),
    }
    done = subprocess.run(
        [sys.executable, "-m", "services.common.declare"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=60,
        check=False,
    )
    return done


def test_topology_job_declares_the_boot_definitions_over_amqps(stack: Servers, tmp_path: Path) -> None:
    rabbitmq = stack.rabbitmq
    vhost = rabbitmq.new_vhost("declare-")
    definitions = tmp_path / "topology.json"
    definitions.write_text(json.dumps(rabbitmq_definitions.topology(vhost)))
    for _ in range(2):  # idempotent
        done = _declare(rabbitmq, vhost, definitions, _certs(stack).ca)
        assert done.returncode == 0, done.stdout
    quoted = vhost.replace("/", "%2F")
    queues = {q["name"]: q for q in rabbitmq.api("GET", f"/api/queues/{quoted}")}
    expected = rabbitmq_definitions.topology(vhost)
    assert set(queues) == {q["name"] for q in expected["queues"]}
    for queue in expected["queues"]:
        assert queues[str(queue["name"])]["arguments"] == queue["arguments"]
    bindings = {
        (b["source"], b["destination"], b["routing_key"])
        for b in rabbitmq.api("GET", f"/api/bindings/{quoted}")
        if b["source"]
    }
    assert bindings == {(b["source"], b["destination"], b["routing_key"]) for b in expected["bindings"]}
    # A wrong CA: refused, saying so.
    refused = _declare(rabbitmq, vhost, definitions, _certs(stack).wrong_ca)
    assert refused.returncode == 1 and "TLS: the certificate of RabbitMQ" in refused.stdout


def test_topology_job_refuses_to_change_an_existing_queue(stack: Servers, tmp_path: Path) -> None:
    rabbitmq = stack.rabbitmq
    vhost = rabbitmq.new_vhost("declare-")
    quoted = vhost.replace("/", "%2F")
    # An operator's classic queue of the same name: the broker refuses the quorum declaration.
    rabbitmq.api(
        "PUT", f"/api/queues/{quoted}/{rabbitmq_definitions.QUEUE}", {"durable": True, "arguments": {}}
    )
    definitions = tmp_path / "topology.json"
    definitions.write_text(json.dumps(rabbitmq_definitions.topology(vhost)))
    done = _declare(rabbitmq, vhost, definitions, _certs(stack).ca)
    assert done.returncode == 1
    assert f"the broker refused queue '{rabbitmq_definitions.QUEUE}'" in done.stdout
    queue = rabbitmq.api("GET", f"/api/queues/{quoted}/{rabbitmq_definitions.QUEUE}")
    assert queue["arguments"] == {}  # unchanged
