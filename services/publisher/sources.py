"""Where points come from. Each source yields points in the queue contract's JSON shape:
{"measurement", "tags", "fields", "time" (ns)}; `total` says how many when it is known."""

from __future__ import annotations

import csv
import dataclasses
import datetime
import decimal
import itertools
import random
import re
import time
from collections.abc import Iterator
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path
from typing import Any

from services.common.timestamps import InvalidTime, rfc3339_ns

Point = dict[str, Any]
NS = 1_000_000_000


@dataclasses.dataclass
class Source:
    points: Iterator[Point]
    total: int | None  # points, when known in advance
    #: Live sources only: the points of one sample. Each sample is then sent as one message as
    #: soon as it is taken, instead of waiting for a message to fill.
    sample_points: int | None = None


# ---- CSV files ----------------------------------------------------------------------------


def parse_time(text: str, fmt: str | None) -> int:
    """Nanoseconds since the epoch; naive times are taken as UTC."""
    text = text.strip()
    if fmt == "epoch":
        try:
            return int(decimal.Decimal(text) * NS)  # exact: a float has no room for nanoseconds
        except decimal.InvalidOperation:
            raise ValueError(f"{text!r} is not a number of seconds") from None
    if fmt:
        stamp = datetime.datetime.strptime(text, fmt)
        if stamp.tzinfo is None:
            stamp = stamp.replace(tzinfo=datetime.UTC)
        return (
            (stamp - datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC))
            // datetime.timedelta(microseconds=1)
            * 1000
        )
    try:
        return rfc3339_ns(_as_rfc3339(text))
    except InvalidTime as exc:
        raise ValueError(str(exc)) from None


#: What CSV files in the wild hold besides RFC 3339: `2010/01/01 00:00`, a date alone, no
#: seconds, no offset (UTC). Rewritten into RFC 3339 for the one parser (services/common).
_CSV_TIME = re.compile(
    r"([0-9]{4})[-/]([0-9]{2})[-/]([0-9]{2})"
    r"(?:[Tt ]([0-9]{2}):([0-9]{2})(?::([0-9]{2}(?:\.[0-9]+)?))?)?([Zz]|[+-][0-9]{2}:[0-9]{2})?",
    re.ASCII,
)


def _as_rfc3339(text: str) -> str:
    match = _CSV_TIME.fullmatch(text)
    if match is None:
        return text  # the parser says why it is not a time
    year, month, day, hour, minute, second, offset = match.groups()
    return f"{year}-{month}-{day}T{hour or '00'}:{minute or '00'}:{second or '00'}{offset or 'Z'}"


def _number(text: str) -> float | str:
    try:
        return float(text)
    except ValueError:
        return text


def csv_points(
    path: Path,
    measurement: str,
    time_column: str,
    value_columns: list[str] | None,
    tags: dict[str, str],
    time_format: str | None = None,
) -> list[Point]:
    """Every row of a CSV file as a point: the chosen value columns become fields
    (numbers as floats, other text as strings; empty cells are skipped)."""
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames or []
        if time_column not in header:
            raise SystemExit(
                f"publisher: {path}: no time column {time_column!r} (columns: {', '.join(header)})"
            )
        columns = value_columns or [c for c in header if c != time_column]
        missing = [c for c in columns if c not in header]
        if missing:
            raise SystemExit(f"publisher: {path}: no column(s) {', '.join(missing)}")
        points = []
        for line, row in enumerate(reader, start=2):
            fields = {c: _number(row[c]) for c in columns if row[c] not in ("", None)}
            if not fields:
                continue
            try:
                stamp = parse_time(row[time_column], time_format)
            except ValueError as exc:
                raise SystemExit(f"publisher: {path}:{line}: bad time {row[time_column]!r}: {exc}") from None
            points.append({"measurement": measurement, "tags": tags, "fields": fields, "time": stamp})
    return points


def shift_to_now(points: list[Point], now_ns: int | None = None) -> list[Point]:
    """Move every timestamp by one offset so the last point is now (spacing is kept)."""
    if not points:
        return points
    offset = (now_ns or time.time_ns()) - max(p["time"] for p in points)
    return [{**p, "time": p["time"] + offset} for p in points]


# ---- the bundled real-world dataset -------------------------------------------------------

#: Files in the vega-datasets wheel: (file, measurement, value columns, tags, unit note).
DATASETS: dict[str, tuple[str, str, list[str] | None, dict[str, str]]] = {
    # Hourly air temperature in Seattle through 2010 (degrees Fahrenheit), 8,759 rows.
    "seattle-temps": ("seattle-temps.csv", "temperature", ["temp"], {"city": "seattle", "unit": "F"}),
    # Daily weather in Seattle 2012-2015: precipitation (mm), max/min temperature (C), wind (m/s).
    "seattle-weather": ("seattle-weather.csv", "weather", None, {"city": "seattle"}),
}


def dataset_path(name: str) -> Path:
    file = DATASETS[name][0]
    try:
        path = Path(str(distribution("vega-datasets").locate_file(f"vega_datasets/_data/{file}")))
    except PackageNotFoundError:
        raise SystemExit("publisher: the vega-datasets package is not installed") from None
    if not path.is_file():
        raise SystemExit(f"publisher: {path} is missing from the vega-datasets installation")
    return path


def dataset(name: str, keep_time: bool) -> Source:
    _, measurement, columns, tags = DATASETS[name]
    points = csv_points(dataset_path(name), measurement, "date", columns, {**tags, "source": "vega-datasets"})
    if not keep_time:
        points = shift_to_now(points)
    return Source(iter(points), len(points))


# ---- live host metrics --------------------------------------------------------------------


def host_metrics(interval_s: float, samples: int | None, host: str) -> Source:
    """CPU, memory, disk and network of this machine every `interval_s` seconds."""
    import psutil

    def generate() -> Iterator[Point]:
        psutil.cpu_percent(None)  # the first reading is meaningless; prime it
        for n in itertools.count():
            if samples is not None and n >= samples:
                return
            time.sleep(interval_s)
            now = time.time_ns()
            memory = psutil.virtual_memory()
            disk = psutil.disk_usage("/")
            net = psutil.net_io_counters()
            tags = {"host": host}
            yield {
                "measurement": "cpu",
                "tags": tags,
                "fields": {"usage_percent": psutil.cpu_percent(None)},
                "time": now,
            }
            yield {
                "measurement": "memory",
                "tags": tags,
                "fields": {
                    "used_percent": memory.percent,
                    "used_bytes": memory.used,
                    "available_bytes": memory.available,
                },
                "time": now,
            }
            yield {
                "measurement": "disk",
                "tags": {**tags, "path": "/"},
                "fields": {"used_percent": disk.percent},
                "time": now,
            }
            yield {
                "measurement": "network",
                "tags": tags,
                "fields": {"bytes_sent": net.bytes_sent, "bytes_recv": net.bytes_recv},
                "time": now,
            }

    return Source(generate(), None if samples is None else 4 * samples, sample_points=4)


# ---- synthetic load -----------------------------------------------------------------------


def load(points: int, series: int, start_ns: int | None = None, seed: int = 1) -> Source:
    """`points` points spread over `series` series, 1 s apart per series: unique (series,
    time) pairs, so what InfluxDB stores can be counted exactly against what was sent."""
    rng = random.Random(seed)
    start = start_ns if start_ns is not None else time.time_ns() - points // max(series, 1) * NS

    def generate() -> Iterator[Point]:
        for n in range(points):
            step, s = divmod(n, series)
            yield {
                "measurement": "load",
                "tags": {"series": f"s{s}"},
                "fields": {"value": round(rng.uniform(0, 100), 3)},
                "time": start + step * NS,
            }

    return Source(generate(), points)
