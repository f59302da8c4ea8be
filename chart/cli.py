"""Command-line options that choose a configuration (`python -m chart`, `python -m chart.secrets`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from chart import config as chart_config


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
