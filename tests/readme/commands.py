"""The shell commands the READMEs show, read from the READMEs themselves (so a test runs what a
reader copies, never a second copy), and a runner that runs them as a reader's shell would."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: How long one README command may run unless its test allows more.
COMMAND_LIMIT_S = 120.0
#: The READMEs whose commands are exercised: the project's and each service's.
READMES = ["README.md", *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "services").glob("*/README.md"))]
_FENCE = re.compile(r"^```(\S*)\s*$")
_SHELL_FENCES = {"sh", "bash", "shell", "console"}


@dataclass(frozen=True)
class Command:
    readme: str
    line: int
    #: The heading the command's block sits under (how a scenario finds its block).
    section: str
    text: str

    def __str__(self) -> str:
        return f"{self.readme}:{self.line}: {self.text}"


def readme_commands(readme: str) -> list[Command]:
    """Every command in a README's shell blocks: fenced `sh`/`bash` blocks and 4-space
    indented blocks (a line after a blank line, indented by four, outside a list)."""
    commands: list[Command] = []
    section, fence, after_blank, in_indented = "", None, True, False
    pending: tuple[int, str] | None = None
    for number, line in enumerate((ROOT / readme).read_text().splitlines(), 1):
        match = _FENCE.match(line)
        if match:
            fence = None if fence is not None else match.group(1)
            continue
        if fence is None and line.startswith("#"):
            section = line.lstrip("#").strip()
        in_fence = fence in _SHELL_FENCES
        # An indented block starts after a blank line and goes on while lines stay indented.
        indented = fence is None and line.startswith("    ") and (after_blank or in_indented)
        in_indented = indented
        after_blank = not line.strip()
        if not (in_fence or indented) or not line.strip():
            continue
        text = line.strip() if indented else line.rstrip()
        if pending:  # a continued line (trailing backslash)
            start, head = pending
            text, number = head + " " + text.strip(), start
            pending = None
        if text.endswith("\\"):
            pending = (number, text[:-1].rstrip())
            continue
        commands.append(Command(readme, number, section, text))
    return commands


def all_commands() -> list[Command]:
    return [command for readme in READMES for command in readme_commands(readme)]


def section(readme: str, heading: str) -> list[Command]:
    """The commands of one README section, in order; an empty section is a rotten test."""
    found = [c for c in readme_commands(readme) if c.section == heading]
    assert found, f"{readme} has no shell commands under {heading!r}"
    return found


def program(command: str) -> str:
    """A command without its trailing comment and surrounding space: how it is looked up."""
    return re.sub(r"\s+#\s.*$", "", command).strip()


_ASSIGNMENT = re.compile(r"^(?:export\s+)?([A-Z_][A-Z0-9_]*)=")


def assignment(command: str) -> str | None:
    """The variable a command only assigns (`X=$(...)`, `export X=...`), or None when it runs
    something (`X=$(...) prog args` runs prog)."""
    match = _ASSIGNMENT.match(command)
    if not match:
        return None
    rest, depth, quote = command[match.end() :], 0, ""
    for index, char in enumerate(rest):
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif rest.startswith("$(", index):
            depth += 1
        elif char == ")" and depth:
            depth -= 1
        elif char.isspace() and not depth:
            return match.group(1) if not program(rest[index:]) else None
    return match.group(1)


@dataclass
class Ran:
    command: Command
    returncode: int
    output: str
    errors: str
    #: True when it was still running at its time limit and was stopped (Ctrl-C).
    stopped: bool


class Shell:
    """Runs commands one by one in `cwd` as bash does, carrying the variables that assignment
    lines set (`APP=$(...)`, `export TOKEN=...`) into the commands after them."""

    def __init__(self, cwd: Path, env: Mapping[str, str]) -> None:
        self.cwd = cwd
        self.env = dict(env)

    def run(
        self, command: Command, limit_s: float = COMMAND_LIMIT_S, until: re.Pattern[str] | None = None
    ) -> Ran:
        """Runs one command; one that runs until stopped (`until` given) is stopped with Ctrl-C as
        soon as its output matches `until`, or at `limit_s`."""
        name = assignment(command.text)
        script = f'{command.text}\nprintf "%s" "${name}"' if name else command.text
        proc = subprocess.Popen(
            ["bash", "-c", script],
            cwd=self.cwd,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        chunks: list[str] = []
        errors: list[str] = []
        readers = [
            threading.Thread(target=lambda: chunks.extend(iter(proc.stdout.readline, "")), daemon=True),  # type: ignore[union-attr]
            threading.Thread(target=lambda: errors.append(proc.stderr.read()), daemon=True),  # type: ignore[union-attr]
        ]
        for reader in readers:
            reader.start()
        deadline, stopped = time.monotonic() + limit_s, False
        while proc.poll() is None:
            if time.monotonic() > deadline or (until is not None and until.search("".join(chunks))):
                stopped = True
                os.killpg(proc.pid, signal.SIGINT)  # what the READMEs say stops it: Ctrl-C
                try:
                    proc.wait(15)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait()
                break
            time.sleep(0.1)
        for reader in readers:
            reader.join(15)
        output = "".join(chunks)
        if name and proc.returncode == 0:
            self.env[name] = output
            output = ""
        return Ran(command, proc.returncode, output, "".join(errors), stopped)

    def run_all(
        self,
        commands: list[Command],
        until: Mapping[str, Stop] | None = None,
        limit_s: float = COMMAND_LIMIT_S,
    ) -> Iterator[Ran]:
        """Runs each command in order, failing at the first that fails (or runs past `limit_s`).
        `until` names (by a fragment of their text) the commands that run until stopped (a watch,
        a load), and when to stop each."""
        for command in commands:
            stop = next((s for key, s in (until or {}).items() if key in command.text), None)
            if stop is None:
                ran = self.run(command, limit_s)
                assert ran.returncode == 0, f"{command} exited {ran.returncode}:\n{ran.errors[-3000:]}"
            else:
                ran = self.run(command, stop.limit_s, stop.output)
                assert ran.stopped, f"{command} ended by itself ({ran.returncode}):\n{ran.errors[-3000:]}"
            yield ran


@dataclass(frozen=True)
class Stop:
    """When to stop a command that runs until stopped: once its output matches `output`, or
    after `limit_s` seconds (without `output`: after `limit_s`)."""

    limit_s: float
    output: re.Pattern[str] | None = None
