"""Fixtures of the live suite: the API suite's IdP and tokens, a broker vhost as the chart boots it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.api.conftest import idp, tokens
from tests.ingest.helpers import ConsumerProcess
from tests.stack.broker import BrokerVhost
from tests.stack.servers import InfluxServer, RabbitMQServer

__all__ = ["idp", "tokens"]

Consumers = Callable[[], ConsumerProcess]


@pytest.fixture
def broker(rabbitmq: RabbitMQServer) -> Iterator[BrokerVhost]:
    """A fresh vhost with the chart's topology and users (deleted afterwards)."""
    vhost = BrokerVhost(rabbitmq, prefix="live-")
    yield vhost
    rabbitmq.api("DELETE", f"/api/vhosts/{vhost.vhost_path}")


@pytest.fixture
def consumers(
    broker: BrokerVhost, influx: InfluxServer, influx_db: str, tmp_path: Path
) -> Iterator[Consumers]:
    """Factory: a consumer process on this test's vhost and bucket (stopped afterwards)."""
    started: list[ConsumerProcess] = []

    def start() -> ConsumerProcess:
        log = tmp_path / f"consumer-{len(started)}.log"
        proc = ConsumerProcess(broker, influx, influx_db, log, BATCH_AGE_MS="20")
        started.append(proc)
        return proc.start()

    yield start
    for proc in started:
        proc.close()
