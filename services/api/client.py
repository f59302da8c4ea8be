"""A command-line gRPC client of the timeseries API, and the worked example for client developers.

    export TIMESERIES_TOKEN=<access token>          # or pass --token
    python -m services.api.client --target localhost:50051 list
    python -m services.api.client query --measurement temperature --field value --start -6h --every 5m
    python -m services.api.client watch --measurement temperature --tag sensor=s1
    python -m services.api.client --tls --target api.example.com:443 query --all-owners   # admins

Everything here is plain generated-stub usage: a channel, `authorization: Bearer` metadata on
each call, the request messages of protos/timeseries/v1/timeseries.proto.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Iterable, Sequence
from typing import Any

import grpc
from google.protobuf import json_format
from google.protobuf.timestamp_pb2 import Timestamp

from services.api.errors import ApiError
from services.api.gen.timeseries.v1 import timeseries_pb2 as pb
from services.api.gen.timeseries.v1 import timeseries_pb2_grpc as pb_grpc
from services.api.timeparse import now_ns, parse_every, parse_time

FNS = {
    "mean": pb.AGGREGATE_MEAN,
    "min": pb.AGGREGATE_MIN,
    "max": pb.AGGREGATE_MAX,
    "sum": pb.AGGREGATE_SUM,
    "count": pb.AGGREGATE_COUNT,
    "first": pb.AGGREGATE_FIRST,
    "last": pb.AGGREGATE_LAST,
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m services.api.client", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--target",
        default=os.environ.get("TIMESERIES_TARGET", "localhost:50051"),
        help="host:port of the API's gRPC port (env TIMESERIES_TARGET)",
    )
    parser.add_argument(
        "--token", default=os.environ.get("TIMESERIES_TOKEN"), help="OIDC access token (env TIMESERIES_TOKEN)"
    )
    parser.add_argument("--tls", action="store_true", help="use TLS (e.g. through the Gateway's GRPCRoute)")
    parser.add_argument("--ca-file", help="PEM CA bundle for --tls (default: system roots)")
    parser.add_argument("--timeout", type=float, default=30.0, help="deadline of unary calls, seconds")
    parser.add_argument("--json", action="store_true", help="print the responses as proto3 JSON")
    commands = parser.add_subparsers(dest="command", required=True)

    def scoped(name: str, help_: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_)
        scope = sub.add_mutually_exclusive_group()
        scope.add_argument("--owner", default="", help="another owner's data (admin role)")
        scope.add_argument("--all-owners", action="store_true", help="every owner's data (admin role)")
        sub.add_argument("--measurement", default="")
        return sub

    scoped("list", "the series catalog")
    for name, help_ in (("query", "points in a time range"), ("watch", "new points as they arrive")):
        sub = scoped(name, help_)
        sub.add_argument("--field", default="")
        sub.add_argument("--tag", action="append", default=[], metavar="KEY=VALUE", help="exact tag match")
        if name == "query":
            sub.add_argument("--start", default="-1h", help="RFC 3339 or relative (-1h); default -1h")
            sub.add_argument("--stop", default="now")
            sub.add_argument("--every", help="aggregate into windows (10s, 1m, 1h)")
            sub.add_argument("--fn", choices=sorted(FNS), default="mean")
            sub.add_argument("--limit", type=int, default=0, help="points per series (0: server default)")
        else:
            sub.add_argument("--since", help="also send stored points from this time (RFC 3339 or -1h)")
    return parser


# Options whose value may be a relative time such as `-6h`.
_TIME_OPTIONS = frozenset({"--start", "--stop", "--since"})


def attach_time_values(argv: Sequence[str]) -> list[str]:
    """`--start -6h` as `--start=-6h`: argparse takes a separate value that starts with `-` (and
    is not a number) for an option and fails with "expected one argument"."""
    out: list[str] = []
    args = iter(argv)
    for arg in args:
        if arg == "--":
            out += [arg, *args]
        elif arg in _TIME_OPTIONS and (value := next(args, None)) is not None:
            out.append(f"{arg}={value}")
        else:
            out.append(arg)
    return out


def _timestamp(ns: int) -> Timestamp:
    ts = Timestamp()
    ts.FromNanoseconds(ns)
    return ts


def build_request(args: argparse.Namespace) -> Any:
    """The request message a command line stands for (ValueError for a malformed option)."""
    scope = pb.OwnerScope(owner=args.owner, all_owners=args.all_owners)
    if args.command == "list":
        return pb.ListSeriesRequest(scope=scope, measurement=args.measurement)
    tags = dict(tag.split("=", 1) for tag in args.tag if "=" in tag)
    if len(tags) != len(args.tag):
        raise ValueError("--tag must be KEY=VALUE")
    selector = pb.SeriesSelector(measurement=args.measurement, field=args.field, tags=tags)
    now = now_ns()
    if args.command == "watch":
        request = pb.WatchRequest(scope=scope, selector=selector)
        if args.since:
            request.since.CopyFrom(_timestamp(parse_time(args.since, "--since", now)))
        return request
    request = pb.QueryRequest(scope=scope, selector=selector, limit=args.limit)
    request.range.start.CopyFrom(_timestamp(parse_time(args.start, "--start", now)))
    request.range.stop.CopyFrom(_timestamp(parse_time(args.stop, "--stop", now)))
    if args.every:
        request.aggregation.every.seconds = parse_every(args.every)
        request.aggregation.fn = FNS[args.fn]
    return request


def format_series(series: Iterable[pb.Series]) -> str:
    lines = []
    for s in series:
        kind = s.WhichOneof("values")
        values = list(getattr(s, kind).values) if kind else []
        tags = ",".join(f"{k}={v}" for k, v in sorted(s.tags.items()))
        lines.append(f"{s.owner} {s.measurement}{{{tags}}} {s.field}: {len(values)} points")
        for t, v in zip(s.times_unix_nano, values, strict=True):
            when = dt.datetime.fromtimestamp(t / 1e9, dt.UTC).isoformat(timespec="milliseconds")
            lines.append(f"  {when}  {v}")
    return "\n".join(lines)


def _channel(args: argparse.Namespace) -> grpc.Channel:
    if not args.tls:
        return grpc.insecure_channel(args.target)
    roots = open(args.ca_file, "rb").read() if args.ca_file else None  # noqa: SIM115
    return grpc.secure_channel(args.target, grpc.ssl_channel_credentials(root_certificates=roots))


def run(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(attach_time_values(sys.argv[1:] if argv is None else argv))
    if not args.token:
        print("error: no token: pass --token or set TIMESERIES_TOKEN", file=sys.stderr)
        return 2
    try:
        request = build_request(args)
    except (ValueError, ApiError) as exc:
        print(f"error: {getattr(exc, 'message', exc)}", file=sys.stderr)
        return 2
    metadata = (("authorization", f"Bearer {args.token}"),)
    show = (lambda m: json_format.MessageToJson(m)) if args.json else None
    with _channel(args) as channel:
        stub = pb_grpc.TimeseriesServiceStub(channel)  # type: ignore[no-untyped-call]
        try:
            if args.command == "list":
                reply = stub.ListSeries(request, metadata=metadata, timeout=args.timeout)
                for s in reply.series:
                    tags = ",".join(f"{k}={v}" for k, v in sorted(s.tags.items()))
                    print(
                        show(s)
                        if show
                        else f"{s.owner} {s.measurement}{{{tags}}} fields={','.join(s.fields)}"
                    )
            elif args.command == "query":
                reply = stub.Query(request, metadata=metadata, timeout=args.timeout)
                print(show(reply) if show else format_series(reply.series))
                if reply.truncated and not show:
                    print("(truncated at the limit)", file=sys.stderr)
            else:
                for update in stub.Watch(request, metadata=metadata):
                    print(show(update) if show else format_series(update.series), flush=True)
        except grpc.RpcError as exc:
            print(f"error: {exc.code().name}: {exc.details()}", file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            return 130
    return 0


if __name__ == "__main__":
    sys.exit(run())
