"""A pytest process that outgrows LIMIT_BYTES writes where each of its threads is, then exits.

Why: once in `make test` a pytest worker grew to 21 GiB and the kernel's OOM killer ended it.
That leaves only xdist's "node down: Not properly terminated" (no test name, no traceback), may
take down a server another test uses, and with `--dist loadfile` the replaced worker can hang
the whole run (pytest-xdist #784; `make test` passes --max-worker-restart=0 instead). This
thread reads the process's resident size every POLL_S; above the limit it writes the running
test and every thread's stack (faulthandler) to DUMPS/<worker>.txt and exits, and the
controller prints the dump at the end of the run (`report`).
A growth inside one C call (a huge bytes or bytearray at once) holds the GIL and is not seen.
"""

from __future__ import annotations

import faulthandler
import os
import threading
import time
from pathlib import Path

LIMIT_BYTES = 4 * 2**30  # a worker runs at about 250 MiB; the machine has 24 GiB for everything
POLL_S = 0.2
EXIT_CODE = 70
DUMPS = Path(__file__).resolve().parent.parent / "test-artifacts" / "memory-guard"
_PAGE = os.sysconf("SC_PAGE_SIZE")


def resident_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * _PAGE


def start(name: str) -> None:
    """Watches this process from a daemon thread; `name` names its dump."""

    def watch() -> None:
        while (size := resident_bytes()) <= LIMIT_BYTES:
            time.sleep(POLL_S)
        DUMPS.mkdir(parents=True, exist_ok=True)
        with open(DUMPS / f"{name}.txt", "w") as out:
            out.write(f"{name}: {size / 2**30:.1f} GiB resident, above {LIMIT_BYTES / 2**30:.1f} GiB\n")
            out.write(f"running: {os.environ.get('PYTEST_CURRENT_TEST', '?')}\n")
            out.flush()
            faulthandler.dump_traceback(out, all_threads=True)
        os._exit(EXIT_CODE)

    threading.Thread(target=watch, name="memory-guard", daemon=True).start()


def clear() -> None:
    """Dumps of an earlier run go (the controller, at its start)."""
    for dump in DUMPS.glob("*.txt"):
        dump.unlink()


def report() -> list[str]:
    """The lines of this run's dumps."""
    return [line for dump in sorted(DUMPS.glob("*.txt")) for line in dump.read_text().splitlines()]
