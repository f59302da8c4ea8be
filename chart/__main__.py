"""`python -m chart`: synthesize the manifests of one profile (see chart/README.md)."""

from __future__ import annotations

import sys

from chart import cli
from chart.topology import build


def main(argv: list[str] | None = None) -> int:
    parser = cli.parser("python -m chart", __doc__)
    parser.add_argument("--outdir", help="output directory (default: $CDK8S_OUTDIR or dist)")
    args, config = cli.parse(parser, argv)
    build(config, args.outdir).synth()
    return 0


if __name__ == "__main__":
    sys.exit(main())
