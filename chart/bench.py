"""`python -m chart.bench`: wall time of full syntheses (`python -m chart`, a fresh process each).

The last line is `synth: median_s=<seconds>`. Figures depend on the machine's load.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m chart.bench", description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", default="prod")
    args = parser.parse_args(argv)
    times: list[float] = []
    with tempfile.TemporaryDirectory() as out:
        for run in range(1, args.runs + 1):
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "chart", "--profile", args.profile, "--outdir", out], check=True
            )
            times.append(time.perf_counter() - started)
            print(f"run {run}: {times[-1]:.3f} s")
    print(f"synth: median_s={statistics.median(times):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
