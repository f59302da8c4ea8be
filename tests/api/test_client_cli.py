"""The command-line gRPC client, run as a real process against the API."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys

from tests.api.support import ALICE, BOB, ROOT, ApiProcess


def cli(
    api: ApiProcess, token: str | None, *args: str, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    return cli_argv(token, ["--target", api.grpc_target, *args], timeout)


def cli_argv(token: str | None, args: list[str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "TIMESERIES_TOKEN"}
    if token is not None:
        env["TIMESERIES_TOKEN"] = token
    return subprocess.run(
        [sys.executable, "-m", "services.api.client", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_list_query_and_json(api: ApiProcess, tokens: dict[str, str]) -> None:
    listed = cli(api, tokens["alice"], "list", "--measurement", "temperature")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines()[0] == f"{ALICE} temperature{{sensor=s1}} fields=value"

    query = cli(
        api,
        tokens["bob"],
        "query",
        "--measurement",
        "temperature",
        "--field",
        "value",
        "--tag",
        "sensor=s2",
        "--start=-2h",
        "--limit",
        "2",
    )
    assert query.returncode == 0, query.stderr
    lines = query.stdout.splitlines()
    assert lines[0] == f"{BOB} temperature{{sensor=s2}} value: 2 points"
    assert lines[1].endswith("1528.25") and lines[2].endswith("1529.25")
    assert "truncated" in query.stderr

    counted = cli(
        api,
        tokens["alice"],
        "--json",
        "query",
        "--measurement",
        "temperature",
        "--tag",
        "sensor=s1",
        "--start=-2h",
        "--every",
        "1h",
        "--fn",
        "count",
    )
    reply = json.loads(counted.stdout)
    assert sum(int(v) for v in reply["series"][0]["int64s"]["values"]) == 30


def test_errors(api: ApiProcess, tokens: dict[str, str]) -> None:
    missing = cli(api, None, "list")
    assert missing.returncode == 2 and "TIMESERIES_TOKEN" in missing.stderr
    denied = cli(api, tokens["alice"], "query", "--owner", BOB)
    assert denied.returncode == 1 and "PERMISSION_DENIED" in denied.stderr
    bad = cli(api, tokens["alice"], "query", "--start", "yesterday")
    assert bad.returncode == 2 and "--start" in bad.stderr


def test_watch_prints_stored_points(api: ApiProcess, tokens: dict[str, str]) -> None:
    with subprocess.Popen(
        [
            sys.executable,
            "-m",
            "services.api.client",
            "--target",
            api.grpc_target,
            "--token",
            tokens["alice"],
            "watch",
            "--measurement",
            "status",
            "--field",
            "text",
            "--since=-2h",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    ) as proc:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        proc.terminate()
    assert first.strip() == f"{ALICE} status{{sensor=s1}} text: 30 points"


def test_readme_query_command_as_written(api: ApiProcess, tokens: dict[str, str]) -> None:
    """The README's query command, word for word (`--start -6h`: a value argparse would take for
    an option), against the test API (the README's target comes from TIMESERIES_TARGET; here
    `--target`). tests/readme runs it as written against `make up`."""
    readme = (ROOT / "README.md").read_text()
    command = next(
        line for line in readme.splitlines() if "services.api.client" in line and " query " in line
    )
    words = shlex.split(command)
    assert words[:3] == [".venv/bin/python", "-m", "services.api.client"] and "-6h" in words
    args = ["--target", api.grpc_target, *words[3:]]
    done = cli_argv(tokens["alice"], args)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0].startswith(f"{ALICE} temperature{{sensor=s1}} value: ")
