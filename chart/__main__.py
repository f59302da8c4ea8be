"""`python -m chart`: synthesize the manifests of one profile (see chart/README.md)."""

from __future__ import annotations

import argparse
import sys

from chart import config as chart_config
from chart.cli import arguments, load
from chart.topology import build


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m chart", description=__doc__)
    arguments(parser)
    parser.add_argument("--outdir", help="output directory (default: $CDK8S_OUTDIR or dist)")
    args = parser.parse_args(argv)
    try:
        config = load(args)
    except chart_config.ConfigError as exc:
        print(f"config error: {exc}", file=sys.stderr)
        return 2
    build(config, args.outdir).synth()
    return 0


if __name__ == "__main__":
    sys.exit(main())
