"""`python -m chart`: synthesize the manifests of one profile (see chart/README.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from chart import config as chart_config
from chart.topology import build


def arguments(parser: argparse.ArgumentParser) -> None:
    """The options that choose a configuration (shared with `python -m chart.secrets`)."""
    parser.add_argument("--profile", default=chart_config.DEFAULT_PROFILE, help="dev or prod (default prod)")
    parser.add_argument("--config", type=Path, help="a TOML file overriding the profile's values")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override one value, e.g. api.replicas=3",
    )


def load(args: argparse.Namespace) -> chart_config.Config:
    return chart_config.load(args.profile, args.config, args.set)


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
