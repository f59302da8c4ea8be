"""Fixtures shared by every suite: the real servers of tests/stack, started once per session."""

from __future__ import annotations

import os
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import memory_guard
from tests.stack import tls
from tests.stack.keycloak import KeycloakServer
from tests.stack.servers import InfluxServer, RabbitMQServer, Servers, require_binaries


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--stack",
        type=Path,
        default=None,
        help="state file of a running `make up`: runs tests/readme against it (`make e2e` does)",
    )


def pytest_configure(config: pytest.Config) -> None:
    if worker := os.environ.get("PYTEST_XDIST_WORKER"):
        memory_guard.start(worker)
    else:  # the controller (or a run without workers), before any worker starts
        memory_guard.clear()
        memory_guard.start("pytest")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if lines := memory_guard.report():
        terminalreporter.section("memory guard: a process outgrew its limit")
        for line in lines:
            terminalreporter.line(line)


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """tests/readme runs against a whole running stack: only when one is named (--stack)."""
    if collection_path.name == "readme" and config.getoption("--stack") is None:
        return True
    return None


# The files that take longest (each starts its own Keycloak, control plane or cluster, or waits
# out faults), longest first. `make test` runs two processes that take whole files in collection
# order (Makefile: --no-loadscope-reorder); these go first, so that neither process is left
# running one of them alone at the end while the other idles.
_LONGEST_FIRST = (
    "tests/chart/test_kube.py",
    "tests/identity/test_security_context.py",
    "tests/identity/test_realm_sync.py",
    "tests/ingest/test_faults.py",
    "tests/ingest/test_chaos.py",
    "tests/ingest/test_outage.py",
    "tests/live/test_live.py",
    "tests/api/test_isolation_property.py",
    "tests/chart/test_generated.py",
    "tests/ingest/test_failover.py",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if missing := [path for path in _LONGEST_FIRST if not (config.rootpath / path).exists()]:
        raise pytest.UsageError(f"tests/conftest.py _LONGEST_FIRST names no such file: {missing}")
    rank = {path: index for index, path in enumerate(_LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::", 1)[0], len(rank)))  # stable


@pytest.fixture(scope="session")
def stack_file(request: pytest.FixtureRequest) -> Path:
    path: Path = request.config.getoption("--stack")
    return path


@pytest.fixture(scope="session")
def _servers() -> Iterator[Servers]:
    require_binaries()
    # TS_STACK_TLS=1: the servers stand in for external engines, reached over verified TLS.
    servers = Servers(tls=tls.enabled())
    try:
        yield servers
    finally:
        servers.close()


@pytest.fixture(scope="session")
def rabbitmq(_servers: Servers) -> RabbitMQServer:
    """A private RabbitMQ node (management plugin on), started on first use."""
    if _servers.rabbitmq.proc is None:
        _servers.rabbitmq.start()
    return _servers.rabbitmq


@pytest.fixture(scope="session")
def influx(_servers: Servers) -> InfluxServer:
    """InfluxDB 2.x at the chart's version, set up as the chart's image does, started on first use."""
    if _servers.influx.proc is None:
        _servers.influx.start()
    return _servers.influx


@pytest.fixture(scope="session")
def keycloak(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KeycloakServer]:
    """Keycloak with the realm and settings of the chart's dev Deployment (tests/stack/keycloak.py)."""
    server = KeycloakServer(tmp_path_factory.mktemp("keycloak"))
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def vhost(rabbitmq: RabbitMQServer) -> Iterator[str]:
    """A fresh vhost for one test, deleted afterwards."""
    name = rabbitmq.new_vhost()
    yield name

    rabbitmq.api("DELETE", f"/api/vhosts/{urllib.parse.quote(name, safe='')}")


@pytest.fixture
def influx_db(influx: InfluxServer) -> Iterator[str]:
    """A fresh bucket for one test (also its InfluxQL db name), deleted afterwards; its write-only
    and read-only tokens are `influx.tokens(name)`."""
    name = influx.new_bucket()
    yield name
    influx.drop_bucket(name)
