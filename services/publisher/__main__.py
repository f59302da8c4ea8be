"""`python -m services.publisher SOURCE [options]`: publish timeseries to RabbitMQ.

Sources: `dataset` (real-world data shipped by the vega-datasets package), `csv` (any CSV
file), `host` (live CPU, memory, disk and network metrics) and `load` (synthetic load for
benchmarks). The broker comes from `--url` or the AMQP_* environment variables.
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import socket
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import TypeVar

from tqdm import tqdm

from services.common.connections import BrokerSettings
from services.common.names import is_key, is_owner
from services.common.settings import SettingsError
from services.publisher import sources
from services.publisher.publish import Format, Publisher, PublishError, messages
from services.publisher.settings import PublisherSettings

_T = TypeVar("_T")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m services.publisher", description=__doc__.split("\n\n")[0])
    p.add_argument("--url", help="amqp[s]://user:password@host:port/vhost (default: from AMQP_* variables)")
    p.add_argument("--ca-file", default="", help="with amqps://: PEM CA of the broker (default: system CAs)")
    p.add_argument("--server-name", default="", help="with amqps://: the name on the broker's certificate")
    p.add_argument(
        "--owner",
        help="owner of the points (default: the broker user, the owner a STRICT_OWNER consumer takes)",
    )
    p.add_argument("--format", choices=["json", "lp"], default="json", help="message format (default: json)")
    p.add_argument("--points-per-message", type=int, default=100, metavar="N", help="default: 100")
    p.add_argument(
        "--rate", type=float, default=0, help="messages per second (default: 0, as fast as confirmed)"
    )
    p.add_argument("--window", type=int, default=1000, help="unconfirmed messages in flight (default: 1000)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    sub = p.add_subparsers(dest="source", required=True)

    d = sub.add_parser("dataset", help="a real-world timeseries shipped by the vega-datasets package")
    d.add_argument("--name", choices=sorted(sources.DATASETS), default="seattle-temps")
    d.add_argument(
        "--keep-time", action="store_true", help="keep the original timestamps (default: shift to now)"
    )

    c = sub.add_parser("csv", help="any CSV file with a header row")
    c.add_argument("file", type=Path)
    c.add_argument("--measurement", required=True)
    c.add_argument("--time-column", default="time")
    c.add_argument("--columns", help="comma-separated value columns (default: all but the time column)")
    c.add_argument("--tag", action="append", default=[], metavar="KEY=VALUE", help="repeatable")
    c.add_argument("--time-format", help="strptime format, or 'epoch' for seconds (default: ISO 8601)")
    c.add_argument("--shift-to-now", action="store_true", help="move the series so its last point is now")

    h = sub.add_parser("host", help="live metrics of this machine")
    h.add_argument("--interval", type=float, default=5.0, help="seconds between samples (default: 5)")
    h.add_argument(
        "--samples", type=int, help="stop after this many samples (default: run until interrupted)"
    )

    g = sub.add_parser("load", help="synthetic load for benchmarks")
    g.add_argument("--points", type=int, default=100_000)
    g.add_argument("--series", type=int, default=100)
    g.add_argument(
        "--owners",
        type=int,
        default=1,
        help="owners <owner>-0 ... take turns (default: 1; more need a consumer without STRICT_OWNER)",
    )
    return p


def build_source(args: argparse.Namespace) -> sources.Source:
    if args.source == "dataset":
        return sources.dataset(args.name, args.keep_time)
    if args.source == "csv":
        tags = dict(_tag(t) for t in args.tag)
        if not is_key(args.measurement):
            raise SystemExit(f"publisher: invalid measurement {args.measurement!r}")
        columns = [c.strip() for c in args.columns.split(",")] if args.columns else None
        points = sources.csv_points(
            args.file, args.measurement, args.time_column, columns, tags, args.time_format
        )
        if args.shift_to_now:
            points = sources.shift_to_now(points)
        return sources.Source(iter(points), len(points))
    if args.source == "host":
        return sources.host_metrics(args.interval, args.samples, socket.gethostname())
    return sources.load(args.points, args.series)


def _tag(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not is_key(key) or not value:
        raise SystemExit(f"publisher: --tag {text!r}: expected KEY=VALUE with a valid key")
    return key, value


async def _each(items: Iterator[_T], blocking: bool) -> AsyncIterator[_T]:
    """`items` one by one. When taking the next one blocks (a live source waiting for its next
    sample), it is taken in a thread, so the event loop keeps the connection (heartbeats,
    confirms) alive meanwhile."""
    while (item := await asyncio.to_thread(next, items, None) if blocking else next(items, None)) is not None:
        yield item


async def publish(args: argparse.Namespace, broker: BrokerSettings, owner: str) -> bool:
    """Publishes the source's points; True when Ctrl-C ended it early."""
    source = build_source(args)
    owners = [owner] if getattr(args, "owners", 1) == 1 else [f"{owner}-{k}" for k in range(args.owners)]
    fmt: Format = args.format
    bar = tqdm(
        total=source.total,
        unit="pt",
        disable=True if args.quiet else None,  # None: off without a TTY
        file=sys.stderr,
        dynamic_ncols=True,
    )
    started = time.monotonic()
    sent = 0
    per_message = source.sample_points or args.points_per_message
    batches = messages(source.points, owners, per_message, fmt)
    # Ctrl-C stops taking points; what was sent is still confirmed (or reported) before exit.
    interrupted = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGINT, interrupted.set)
    async with Publisher(broker, args.window) as publisher:
        count = 0
        async for owner, body, points in _each(batches, blocking=source.sample_points is not None):
            if interrupted.is_set():
                break
            if args.rate:
                ahead = count / args.rate - (time.monotonic() - started)
                if ahead > 0:
                    await asyncio.sleep(ahead)
            await publisher.publish(owner, body, fmt)
            if source.sample_points:
                await publisher.flush()  # a sample is confirmed before the next is taken
            count += 1
            sent += points
            bar.update(points)
    loop.remove_signal_handler(signal.SIGINT)
    bar.close()
    print(
        f"{'interrupted: ' * interrupted.is_set()}published {sent} points, confirmed by the broker",
        file=sys.stderr,
    )
    return interrupted.is_set()


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        broker: BrokerSettings = (
            PublisherSettings.from_env()
            if args.url is None
            else BrokerSettings.from_url(args.url, args.ca_file, args.server_name)
        )
    except SettingsError as exc:
        print(f"publisher: {exc}{'' if args.url else ' (or pass --url)'}", file=sys.stderr)
        return 2
    owner = args.owner or broker.amqp_user
    if not is_owner(owner):
        print(
            f"publisher: invalid owner {owner!r} (give --owner, or a broker user that is one)",
            file=sys.stderr,
        )
        return 2
    try:
        if asyncio.run(publish(args, broker, owner)):
            return 130
    except PublishError as exc:
        print(f"publisher: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # before the publisher took over Ctrl-C: nothing was sent
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
