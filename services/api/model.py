"""What the query layer takes and returns, independent of InfluxDB and of the transport."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping
from typing import Any


class Fn(enum.StrEnum):
    MEAN = "mean"
    MIN = "min"
    MAX = "max"
    SUM = "sum"
    COUNT = "count"
    FIRST = "first"
    LAST = "last"


@dataclasses.dataclass(frozen=True)
class Selector:
    """Which series: every non-empty member narrows the selection."""

    measurement: str = ""
    field: str = ""
    tags: Mapping[str, str] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass(frozen=True)
class Window:
    every_s: int
    fn: Fn = Fn.MEAN
    offset_ns: int = 0
    """Where windows start: InfluxDB aligns them to the epoch; a widened window (max_points)
    starts at the range's start instead, so the range holds no partial window more."""


@dataclasses.dataclass
class SeriesData:
    """One series' points in columns, oldest first. `kind`: float, integer, boolean or string.

    Float values may hold Python ints (InfluxDB's JSON writes 21.0 as 21): JSON does not tell
    them apart, and protobuf's double fields convert them.
    """

    owner: str
    measurement: str
    field: str
    tags: dict[str, str]
    kind: str
    times_ns: list[int]
    values: list[Any]
    truncated: bool = False
    """Its rows were cut at the read's limit (more are stored in the range)."""

    def key(self) -> tuple[str, str, str, tuple[tuple[str, str], ...]]:
        """The series' identity: owner, measurement, field and sorted tags."""
        return (self.owner, self.measurement, self.field, tuple(sorted(self.tags.items())))


@dataclasses.dataclass(frozen=True)
class SeriesInfo:
    owner: str
    measurement: str
    tags: dict[str, str]
    fields: list[str]


@dataclasses.dataclass(frozen=True)
class QueryResult:
    series: list[SeriesData]
    truncated: bool
    downsampled: bool = False


@dataclasses.dataclass(frozen=True)
class Budget:
    """The most one answer may hold, whatever the request: series, points (all series
    together) and bytes of InfluxDB's answer. Each is named after its setting in errors."""

    max_series: int
    max_points: int
    max_answer_bytes: int
