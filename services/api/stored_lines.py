"""Reading a notification's body: the line protocol the consumer stored, back into series.

The body is what InfluxDB confirmed (DESIGN.md, queue contract), so it is valid line protocol
with measurements `<owner>/<measurement>`; keys hold no escapes (names.KEY_RE), tag values
escape `,`, `=` and space, string fields `"` and `\\`. Each line's owner comes from its own
measurement name, never from the message's routing key or headers: a line outside the data
model's layout, or without a timestamp, makes the notice `complete=False` (the watchers then
catch up from InfluxDB instead of guessing).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from services.api.model import SeriesData
from services.common.names import split_stored

SeriesKey = tuple[str, str, str, tuple[tuple[str, str], ...]]

# A line: series key, fields, timestamp. Fields may hold spaces only inside quoted strings, so
# the timestamp is the last space-separated token; a line ending otherwise has none.
_LINE = re.compile(rb"((?:[^\\ ]|\\.)+) (.+) (-?[0-9]+)")
_FIELD = re.compile(rb'(?:^|,)([A-Za-z_][A-Za-z0-9_.-]*)=("(?:[^"\\]|\\.)*"|[^,]+)')
_TAG_SPLIT = re.compile(rb"(?<!\\),")
_TAG_UNESCAPE = re.compile(rb"\\([, =])")
_STRING_UNESCAPE = re.compile(rb'\\(["\\])')
_TRUE = frozenset((b"t", b"T", b"true", b"True", b"TRUE"))
_FALSE = frozenset((b"f", b"F", b"false", b"False", b"FALSE"))


@dataclasses.dataclass
class Notice:
    """One notification: its series (points in time order), and whether it names every point."""

    series: list[SeriesData]
    complete: bool


def _value(raw: bytes) -> tuple[str, Any]:
    if raw.startswith(b'"'):
        return "string", _STRING_UNESCAPE.sub(rb"\1", raw[1:-1]).decode()
    if raw.endswith(b"i"):
        return "integer", int(raw[:-1])
    if raw in _TRUE:
        return "boolean", True
    if raw in _FALSE:
        return "boolean", False
    return "float", float(raw)


def parse(body: bytes) -> Notice:
    complete = True
    series: dict[SeriesKey, SeriesData] = {}
    for line in body.split(b"\n"):
        if not line:
            continue
        match = _LINE.fullmatch(line)
        if match is None:
            complete = False
            continue
        head, fields, stamp = match.groups()
        parts = _TAG_SPLIT.split(head)
        stored = split_stored(parts[0].decode())
        if stored is None:
            complete = False
            continue
        owner, measurement = stored
        tags = {}
        for pair in parts[1:]:
            key, _, value = pair.partition(b"=")
            tags[key.decode()] = _TAG_UNESCAPE.sub(rb"\1", value).decode()
        tag_key = tuple(sorted(tags.items()))
        t = int(stamp)
        for field_match in _FIELD.finditer(fields):
            field = field_match.group(1).decode()
            kind, value = _value(field_match.group(2))
            key = (owner, measurement, field, tag_key)
            s = series.get(key)
            if s is None:
                s = series[key] = SeriesData(owner, measurement, field, tags, kind, [], [])
            s.times_ns.append(t)
            s.values.append(value)
    for s in series.values():
        if any(a >= b for a, b in zip(s.times_ns, s.times_ns[1:], strict=False)):
            order = sorted(range(len(s.times_ns)), key=s.times_ns.__getitem__)
            s.times_ns = [s.times_ns[i] for i in order]
            s.values = [s.values[i] for i in order]
    return Notice(list(series.values()), complete)


def series_key(s: SeriesData) -> SeriesKey:
    return (s.owner, s.measurement, s.field, tuple(sorted(s.tags.items())))
