from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.ingest.helpers import ConsumerProcess
from tests.stack.broker import BrokerVhost
from tests.stack.servers import InfluxServer, RabbitMQServer


@pytest.fixture
def broker(rabbitmq: RabbitMQServer, vhost: str) -> BrokerVhost:
    """This test's vhost as the chart's broker boots: topology, consumer and operator users."""
    return BrokerVhost(rabbitmq, vhost)


@pytest.fixture
def consumer(
    broker: BrokerVhost, influx: InfluxServer, influx_db: str, tmp_path: Path
) -> Iterator[Callable[..., ConsumerProcess]]:
    """Factory: start a consumer subprocess on this test's vhost and database (stopped after)."""
    started: list[ConsumerProcess] = []

    def start(wait_ready: bool = True, **env: Any) -> ConsumerProcess:
        log = tmp_path / f"consumer-{len(started)}.log"
        proc = ConsumerProcess(broker, influx, influx_db, log, **{k: str(v) for k, v in env.items()})
        started.append(proc)
        return proc.start(wait_ready)

    yield start
    for proc in started:
        proc.close()
