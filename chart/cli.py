"""The command line that chooses a configuration (`python -m chart`, `python -m chart.secrets`)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from chart import config as chart_config


def parser(prog: str, description: str | None) -> argparse.ArgumentParser:
    """A parser with the options that choose a configuration; commands add their own."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("--profile", default=chart_config.DEFAULT_PROFILE, help="dev or prod (default prod)")
    parser.add_argument("--config", type=Path, help="a TOML file overriding the profile's values")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override one value, e.g. api.replicas=3",
    )
    return parser


def parse(
    parser: argparse.ArgumentParser, argv: Sequence[str] | None
) -> tuple[argparse.Namespace, chart_config.Config]:
    """The options and their configuration; a bad configuration exits with status 2 and one message."""
    args = parser.parse_args(argv)
    try:
        return args, chart_config.load(args.profile, args.config, args.set)
    except chart_config.ConfigError as exc:
        parser.exit(2, f"config error: {exc}\n")
