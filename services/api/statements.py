"""The InfluxQL statements the API runs, each reading only its owner scope's measurements.

The source of every statement is `OwnerScope.source` (a quoted stored measurement or an
anchored regex); no statement filters on stored data to separate owners. Identifiers are
typed (influxql.tag_ref, typed fields), values are literals, numbers are ints.

Field projections name each field with its stored type (`"f"::boolean AS "f:boolean"`),
one column per (field, type) the scope holds (results.projections, from SHOW FIELD KEYS):
a statement over several measurements resolves each field name to one type for all of them
and answers null where a measurement holds another, so with `*` or an untyped name the
field type one owner (or measurement) chose would blank the same field of another.
"""

from __future__ import annotations

from collections.abc import Sequence

from services.api.errors import invalid
from services.api.influxql import ident, literal, quote, tag_ref
from services.api.model import Fn, Selector, Window
from services.api.scope import OwnerScope
from services.common.names import OWNER_TAG

#: The field types InfluxDB reports (SHOW FIELD KEYS) and casts to.
FIELD_TYPES = ("float", "integer", "boolean", "string")
_NUMERIC = ("float", "integer")
# Aggregates InfluxDB computes only over numbers; the others take any type.
_NUMERIC_ONLY = {Fn.MEAN, Fn.SUM, Fn.MIN, Fn.MAX}


def field_keys(scope: OwnerScope, measurement: str = "") -> str:
    return f"SHOW FIELD KEYS FROM {scope.source(measurement)}"


def series_keys(scope: OwnerScope, measurement: str, limit: int) -> str:
    return f"SHOW SERIES FROM {scope.source(measurement)} LIMIT {int(limit)}"


def column(field: str, kind: str) -> str:
    """The answer's column name for `field` read as `kind` (KEY_RE admits no `:`)."""
    return f"{field}:{kind}"


def condition(selector: Selector, start_ns: int, stop_ns: int | None) -> str:
    """The WHERE of a selection: its time range and typed tag predicates (validated here, so a
    bad selector is refused before anything is read)."""
    where = [f"time >= {int(start_ns)}"]
    if stop_ns is not None:
        where.append(f"time < {int(stop_ns)}")
    for key, value in sorted(selector.tags.items()):
        if key == OWNER_TAG:
            raise invalid("the owner tag is not selectable; use the owner scope")
        where.append(f"{tag_ref(key)} = {literal(value, f'tag {key}')}")
    if selector.field:
        ident(selector.field, "field")
    return " AND ".join(where)


def select(
    scope: OwnerScope,
    measurement: str,
    where: str,
    window: Window | None,
    order: str,
    limit: int,
    fields: Sequence[tuple[str, str]],
) -> str | None:
    """Points (or windows of `window.fn`) of `measurement` (or all) in the scope matching
    `where` (condition()), newest or oldest first, of `fields` ((field, stored type) pairs);
    None when no field can be projected."""
    projections = []
    for field, kind in fields:
        if kind not in FIELD_TYPES or (
            window is not None and window.fn in _NUMERIC_ONLY and kind not in _NUMERIC
        ):
            continue
        typed = f"{ident(field, 'field')}::{kind}"
        if window is not None:
            typed = f"{window.fn.value}({typed})"
        projections.append(f"{typed} AS {quote(column(field, kind))}")
    if not projections:
        return None
    group = "*" if window is None else f"{_time(f'{int(window.every_s)}s', window.offset_ns)}, * fill(none)"
    direction = "DESC" if order == "DESC" else "ASC"
    # Every interpolated part is a quoted identifier, an escaped literal or a number.
    return (
        f"SELECT {', '.join(projections)} FROM {scope.source(measurement)} "  # noqa: S608
        f"WHERE {where} GROUP BY {group} ORDER BY time {direction} LIMIT {int(limit)}"
    )


def extremes(
    scope: OwnerScope,
    measurement: str,
    where: str,
    every_ns: int,
    offset_ns: int,
    windows: int,
    fields: Sequence[tuple[str, str]],
) -> str | None:
    """The minimum and maximum of each numeric field of `fields` per window of `every_ns`
    (starting `offset_ns` after the epoch's, as GROUP BY time's offset shifts them), oldest
    first: what a chart needs to draw every peak of a range denser than its pixels. Columns
    are `column(field, kind):min` and `...:max`; None when no field is numeric."""
    projections = []
    for field, kind in fields:
        if kind not in _NUMERIC:
            continue
        typed = f"{ident(field, 'field')}::{kind}"
        for fn in ("min", "max"):
            projections.append(f"{fn}({typed}) AS {quote(column(field, kind) + ':' + fn)}")
    if not projections:
        return None
    group = _time(f"{int(every_ns)}ns", offset_ns)
    # Every interpolated part is a quoted identifier, an escaped literal or a number.
    return (
        f"SELECT {', '.join(projections)} FROM {scope.source(measurement)} "  # noqa: S608
        f"WHERE {where} GROUP BY {group}, * fill(none) ORDER BY time ASC LIMIT {int(windows)}"
    )


def _time(every: str, offset_ns: int) -> str:
    """GROUP BY time(every[, offset]): windows shifted `offset_ns` from the epoch's alignment."""
    return f"time({every}, {int(offset_ns)}ns)" if offset_ns else f"time({every})"
