"""Every command the READMEs show, run as a reader runs it against `make up` (`make e2e` starts
this suite's stack with `make up`; `make readme-check` runs it against yours), from the README
text itself, so none can rot. A command that cannot run against a local stack names the test
or `make test` step that exercises it instead (ELSEWHERE), and that test must exist."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from services.publisher.broker_user import ManagementApi
from tests.readme.commands import ROOT, Command, Ran, Shell, Stop, all_commands, program, section
from tests.stack.keycloak import sign_in

#: Commands that do not run against `make up`, and what exercises each in `make test`: a test
#: file, `step:<target>` for a step of `make test` (TEST_STEPS), or `recipe:<text>` for a
#: line of this suite's own make recipe.
ELSEWHERE: dict[str, str] = {
    "make synth": "tests/chart/test_generated.py",
    "make test": "ci:.ci/run",
    # Against a real API server, in the README's order, for every configuration (make kube-check).
    "kubectl apply -f dist/cluster.k8s.yaml": "tests/chart/test_kube.py",
    "kubectl apply -f dist/timeseries.k8s.yaml": "tests/chart/test_kube.py",
    "make secrets": "tests/chart/test_kube.py",
    "make helm": "tests/chart/test_kube.py",
    # `make up` runs `make dev`'s runner (tests.stack.dev run) detached: one code path.
    "make dev": "recipe:$(MAKE) -s up STACK_JSON=$(E2E_STATE)",
    "make up": "recipe:$(MAKE) -s up STACK_JSON=$(E2E_STATE)",
    "make frontend-test": "step:frontend-test",
    "make e2e": "step:e2e",
}
FRONTEND = "Frontend: the Angular SPA and its nginx image"
#: The README sections whose commands (all but those ELSEWHERE) the scenarios below run.
RUN = {
    ("README.md", "Test with different users"),
    ("README.md", "gRPC clients"),
    ("services/api/README.md", "Command-line client"),
    ("services/publisher/README.md", "A publisher's broker user"),
    ("services/publisher/README.md", "Sources"),
    ("services/frontend/README.md", FRONTEND),
}


@pytest.fixture(scope="module")
def state(stack_file: Path) -> dict[str, Any]:
    assert stack_file.exists(), f"{stack_file}: no running stack (`make up` first)"
    loaded: dict[str, Any] = json.loads(stack_file.read_text())
    return loaded


@pytest.fixture(scope="module")
def checkout(stack_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A reader's checkout: the repository's entries, with `.run/stack.json` the stack's state
    (the READMEs name that path; this suite's stack may keep its state elsewhere)."""
    home = tmp_path_factory.mktemp("checkout")
    for entry in ROOT.iterdir():
        if entry.name != ".run":
            (home / entry.name).symlink_to(entry)
    (home / ".run").mkdir()
    (home / ".run" / "stack.json").symlink_to(stack_file.resolve())
    return home


@pytest.fixture
def shell(checkout: Path) -> Shell:
    """A reader's shell with the venv activated (the services' READMEs write `python`), without
    what this run's own environment would leak into it: the services' settings, and the make
    variables of the `make test` this runs under (a sub-make prints "Entering directory"
    lines, which would land in `$(make -s token ...)`)."""
    path = f"{checkout / '.venv' / 'bin'}:{os.environ['PATH']}"
    leaks = ("TIMESERIES_", "AMQP_", "RABBITMQ_", "MAKE", "MFLAGS")
    env = {k: v for k, v in os.environ.items() if not k.startswith(leaks)}
    # Unbuffered, as in a terminal: a watch's lines show as they come.
    return Shell(checkout, {**env, "PATH": path, "PYTHONUNBUFFERED": "1"})


def runnable(readme: str, heading: str) -> list[Command]:
    """The commands of a README section that run against the stack (not ELSEWHERE)."""
    assert (readme, heading) in RUN
    return [c for c in section(readme, heading) if program(c.text) not in ELSEWHERE]


def _owner(state: dict[str, Any], username: str) -> str:
    return str(next(u["id"] for u in state["users"] if u["username"] == username))


def _by(ran: list[Ran], fragment: str) -> Ran:
    return next(r for r in ran if fragment in r.command.text)


def _series(output: str) -> list[dict[str, Any]]:
    series: list[dict[str, Any]] = json.loads(output)["series"]
    return series


def test_every_command_is_exercised() -> None:
    """A command added to a README must be run here or name what runs it."""
    steps = _make_variable("TEST_STEPS").split()
    recipes = (ROOT / "mk" / "frontend.mk").read_text()
    uncovered = []
    for command in all_commands():
        where = ELSEWHERE.get(program(command.text))
        if where is None:
            if (command.readme, command.section) not in RUN:
                uncovered.append(str(command))
        elif where.startswith("step:"):
            assert where[5:] in steps, f"{command}: {where[5:]} is not a step of make test ({steps})"
        elif where.startswith("recipe:"):
            assert where[7:] in recipes, f"{command}: mk/frontend.mk no longer runs {where[7:]!r}"
        else:
            assert (ROOT / where.split(":")[-1]).exists(), f"{command}: {where} does not exist"
    assert not uncovered, "README commands nothing exercises:\n" + "\n".join(uncovered)
    shown = {program(c.text) for c in all_commands()}
    assert not set(ELSEWHERE) - shown, f"ELSEWHERE names commands no README shows: {set(ELSEWHERE) - shown}"


def _make_variable(name: str) -> str:
    database = subprocess.run(
        ["make", "-pn", "help"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    match = re.search(rf"^{name} :?= ?(.*)$", database, re.MULTILINE)
    assert match, f"make has no {name}"
    return match.group(1)


def test_users_curl_steps(shell: Shell, state: dict[str, Any]) -> None:
    ran = list(shell.run_all(runnable("README.md", "Test with different users")))
    alice, admin = _owner(state, "alice"), _owner(state, "admin")
    own = _series(_by(ran, "measurement=temperature&start=-7d").output)
    assert own and {s["owner"] for s in own} == {alice}, own[:1]
    assert sum(len(s["points"]) for s in own) >= 100  # an hourly dataset over a week
    refused = json.loads(_by(ran, '"$APP/api/admin/data"').output)
    assert refused["error"]["code"] == "permission_denied", refused
    every = {s["owner"] for s in _series(_by(ran, "$ADMIN").output)}
    assert {alice, admin, _owner(state, "bob")} <= every, every


def test_grpc_client_steps(shell: Shell, state: dict[str, Any]) -> None:
    admin_cpu = re.compile(rf"^{re.escape(_owner(state, 'admin'))} cpu\{{.*\n  \S+  [\d.]+$", re.MULTILINE)
    ran = list(shell.run_all(runnable("README.md", "gRPC clients"), until={" watch ": Stop(60, admin_cpu)}))
    alice = _owner(state, "alice")
    assert re.search(rf"^{re.escape(alice)} temperature\{{", _by(ran, "client list").output, re.MULTILINE)
    query = _by(ran, "client query").output
    counts = [
        int(n) for n in re.findall(rf"^{re.escape(alice)} temperature\{{.*: (\d+) points$", query, re.M)
    ]
    assert counts and sum(counts) >= 5, query[:500]  # hourly points over six hours
    watched = _by(ran, " watch ").output
    assert admin_cpu.search(watched), watched[-500:]


def test_api_client_steps(shell: Shell, state: dict[str, Any]) -> None:
    admin_cpu = re.compile(rf"^{re.escape(_owner(state, 'admin'))} cpu\{{.*\n  \S+  [\d.]+$", re.MULTILINE)
    ran = list(
        shell.run_all(
            runnable("services/api/README.md", "Command-line client"), until={" watch ": Stop(60, admin_cpu)}
        )
    )
    alice = _owner(state, "alice")
    windows = _by(ran, "--every 5m --fn max").output
    header = rf"^{re.escape(alice)} temperature\{{.*\}} temp: \d+ points$"
    assert re.search(header, windows, re.MULTILINE), windows[:500]
    answer = json.loads(_by(ran, "--json query").output)
    assert answer["series"] and all(s["tags"]["city"] == "seattle" for s in answer["series"]), answer
    assert all(len(s["timesUnixNano"]) <= 100 for s in answer["series"])
    owners = set(re.findall(r"^(\S+) temperature\{", _by(ran, "--all-owners").output, re.MULTILINE))
    assert alice in owners, owners
    watched = _by(ran, " watch ").output
    assert admin_cpu.search(watched), watched[-500:]


def test_publisher_steps(shell: Shell, state: dict[str, Any], checkout: Path) -> None:
    # The banner's four variables (the README: "On make dev / make up: the banner prints them").
    shell.env.update(
        RABBITMQ_API_URL=state["rabbitmq_management_url"],
        RABBITMQ_VHOST=state["amqp_vhost"],
        RABBITMQ_ADMIN_USER=state["rabbitmq_admin_user"],
        RABBITMQ_ADMIN_PASSWORD=state["rabbitmq_admin_password"],
    )
    user = runnable("services/publisher/README.md", "A publisher's broker user")
    sources = runnable("services/publisher/README.md", "Sources")
    (example,) = re.findall(r"OWNER=(\S+)", user[0].text)
    broker = ManagementApi(
        state["rabbitmq_management_url"], state["rabbitmq_admin_user"], state["rabbitmq_admin_password"]
    )
    _remove_user(broker, example)  # from an earlier run against the same stack
    try:
        (made,) = shell.run_all(user)
        credentials = dict(re.findall(r"^(AMQP_\w+)=(.*)$", made.output, re.MULTILINE))
        assert set(credentials) == {"AMQP_USER", "AMQP_PASSWORD", "AMQP_VHOST"}, made.output
        owner = credentials["AMQP_USER"]
        shell.env.update(credentials, AMQP_HOST="127.0.0.1", AMQP_PORT=str(state["amqp_port"]))
        watts = [120.5, 98.25, 143.0]
        hour_ago = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(hours=1)
        times = [hour_ago + dt.timedelta(minutes=i) for i in range(len(watts))]
        rows = [f"{t.isoformat()},{w}" for t, w in zip(times, watts, strict=True)]
        (checkout / "data.csv").write_text("time,watts\n" + "\n".join(rows) + "\n")
        ran = list(shell.run_all(sources, until={"load --points": Stop(8)}))
    finally:
        (checkout / "data.csv").unlink(missing_ok=True)
        _remove_user(broker, example)
    load = _by(ran, "load --points")
    # Ctrl-C ends a publisher cleanly: what it sent is confirmed, and it says how much.
    assert load.returncode == 130 and "Traceback" not in load.errors, load.errors[-2000:]
    assert re.search(r"^interrupted: published [1-9]\d* points, confirmed by the broker$", load.errors, re.M)
    power = _admin_data(state, owner, "power", "-2h")
    stored = {(p[0], p[1]) for s in power for p in s["points"]}  # [ms, value]; earlier runs' too
    expected = {(int(t.timestamp() * 1000), w) for t, w in zip(times, watts, strict=True)}
    assert expected <= stored, (expected, stored)
    assert _admin_data(state, owner, "temperature", "-7d"), "the dataset's points are not stored"


def _remove_user(broker: ManagementApi, name: str) -> None:
    if broker.call("GET", f"users/{urllib.parse.quote(name, safe='')}") is not None:
        broker.call("DELETE", f"users/{urllib.parse.quote(name, safe='')}")


def test_frontend_bench_step(shell: Shell) -> None:
    # The bench starts a stack of its own and stores a million points: about 110 s on a quiet
    # machine, and more beside the e2e stack this suite runs with (past 120 s in one run here).
    (bench,) = shell.run_all(runnable("services/frontend/README.md", FRONTEND), limit_s=600)
    figures = re.search(
        r"^spa: initial_js_kb_gz=([\d.]+) chart_10k_ms=([\d.]+)\b", bench.output, re.MULTILINE
    )
    assert figures and float(figures.group(1)) > 0 and float(figures.group(2)) > 0, bench.output[-1000:]


def _admin_data(state: dict[str, Any], owner: str, measurement: str, start: str) -> list[dict[str, Any]]:
    """Reads back through the gateway as admin (a README curl step's way), retried while the
    consumer's batch is on its way."""
    token = _token(state, "admin")
    query = urllib.parse.urlencode({"owner": owner, "measurement": measurement, "start": start})
    request = urllib.request.Request(
        f"{state['gateway_url']}/api/admin/data?{query}", headers={"authorization": f"Bearer {token}"}
    )
    for _ in _attempts(20):
        with urllib.request.urlopen(request, timeout=10) as response:
            series = _series(response.read().decode())
        if series:
            return series
    return []


def _token(state: dict[str, Any], username: str) -> str:
    user = next(u for u in state["users"] if u["username"] == username)
    return str(
        sign_in(state["issuer_url"], state["redirect_uri"], username, user["password"])["access_token"]
    )


def _attempts(n: int) -> Iterator[int]:
    for attempt in range(n):
        yield attempt
        time.sleep(0.5)
