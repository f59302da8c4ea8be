"""Decoding and validation of both message formats, without servers."""

from __future__ import annotations

import json
from typing import Any

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.common.lineprotocol import LINE_RE
from services.common.names import split_stored
from services.common.timestamps import rfc3339_ns
from services.consumer.decode import Poison, Rules
from tests.ingest.helpers import decode

RULES = Rules(strict_owner=False)  # the message names its owner; strict mode has its own test


def as_json(points: list[Any], owner: object = "alice") -> bytes:
    # The standard library writes integers of any size, as publishers in other languages may
    # (orjson refuses those beyond 64 bits).
    return json.dumps({"owner": owner, "points": points}).encode()


def point(**overrides: Any) -> dict[str, Any]:
    p: dict[str, Any] = {
        "measurement": "temperature",
        "tags": {"sensor": "s1"},
        "fields": {"value": 21.5},
        "time": "2026-11-29T00:00:00Z",
    }
    p.update(overrides)
    return p


def test_json_point_becomes_line_protocol_in_the_owners_namespace() -> None:
    decoded = decode(as_json([point()]), "application/json", None, None, RULES)
    assert decoded.points == 1
    assert decoded.lines == b"alice/temperature,sensor=s1 value=21.5 1795910400000000000\n"
    dotted = decode(as_json([point()], owner="carol@example.org"), None, None, None, RULES).lines
    assert dotted.startswith(b"carol@example.org/temperature,sensor=s1 ")


def test_all_field_types_and_escaping() -> None:
    fields = {"f": 1.0, "i": {"int": -(2**63)}, "b": True, "s": 'say "hi" \\ there', "n": False, "j": 21}
    tags = {"place": "a b,c=d"}
    decoded = decode(as_json([point(fields=fields, tags=tags, time=5)]), None, None, None, RULES)
    assert decoded.lines == (
        b"alice/temperature,place=a\\ b\\,c\\=d "
        b'f=1.0,i=-9223372036854775808i,b=true,s="say \\"hi\\" \\\\ there",n=false,j=21.0 5\n'
    )


def test_rfc3339_keeps_nanoseconds_and_offsets() -> None:
    assert rfc3339_ns("1970-01-01T00:00:00.000000001Z") == 1
    assert rfc3339_ns("1970-01-01T01:00:00.5+01:00") == 500_000_000
    assert rfc3339_ns("1969-12-31T23:59:59Z") == -1_000_000_000


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"{not json", "malformed JSON"),
        (b'{"owner": "alice", "points": [{"measurement": "m", "fields": {"v": NaN}}]}', "malformed JSON"),
        (b"[]", "must be an object"),
        (as_json([point()], owner="bad owner"), "invalid owner"),
        (as_json([point()], owner=None), "invalid owner"),
        (as_json([point()], owner=["alice"]), "invalid owner"),
        (as_json([]), "non-empty array"),
        (as_json([point(measurement="9lives")]), "invalid measurement"),
        (as_json([point(tags={"bad key": "x"})]), "invalid tag key"),
        (as_json([point(tags={"owner": "bob"})]), "'owner' is reserved"),
        (as_json([point(tags={"time": "x"})]), "'time' is not a valid tag key"),
        (as_json([point(tags={"_field": "x"})]), "'_field' is not a valid tag key"),
        (as_json([point(tags={"_measurement": "x"})]), "'_measurement' is not a valid tag key"),
        (as_json([point(fields={"v": 1, "time": 2})]), "'time' is not a valid field key"),
        (as_json([point(tags={"t": 1})]), "non-empty string"),
        (as_json([point(tags={"t": "a\\b"})]), "backslash"),
        (as_json([point(fields={})]), "non-empty object"),
        (as_json([point(fields={"v": [1]})]), "not a number, boolean or string"),
        (as_json([point(fields={"v": None})]), "not a number, boolean or string"),
        (as_json([point(fields={"v": {"int": 2**63}})]), "64-bit"),
        (as_json([point(time="yesterday")]), "not RFC 3339"),
        (as_json([point(time="2026-02-30T00:00:00Z")]), "day is out of range"),
        (as_json([point(time=1.5)]), "integer nanoseconds"),
        (as_json([point(extra=1)]), "unknown point keys"),
        (as_json([point(), "x"]), "point 1: a point must be an object"),
    ],
)
def test_json_poison_reasons(body: bytes, reason: str) -> None:
    with pytest.raises(Poison, match=reason):
        decode(body, "application/json", None, None, RULES)


def test_infinity_from_overflowing_float_is_poison() -> None:
    with pytest.raises(Poison, match="infinity"):
        decode(b'{"owner":"a","points":[{"measurement":"m","fields":{"v":1e999}}]}', None, None, None, RULES)


def test_size_and_point_limits() -> None:
    rules = Rules(strict_owner=False, max_message_bytes=1000, max_message_points=2)
    with pytest.raises(Poison, match="1001 bytes exceeds the limit"):
        decode(b" " * 1001, None, None, None, rules)
    with pytest.raises(Poison, match="3 points exceed"):
        decode(as_json([{"measurement": "m", "fields": {"v": 1}}] * 3), None, None, None, rules)
    with pytest.raises(Poison, match="3 points exceed"):
        decode(b"m v=1\nm v=2\nm v=3", "text/plain", {"owner": "a"}, None, rules)


def test_unsupported_content_type() -> None:
    with pytest.raises(Poison, match="unsupported content type"):
        decode(b"x", "application/xml", None, None, RULES)


def test_line_protocol_passes_through_in_the_owners_namespace() -> None:
    body = b'cpu,host=a\\ b usage=1.5,n=3i,ok=t,msg="x y" 1700000000000000000\n\nmem free=2 5'
    decoded = decode(body, "text/plain; charset=utf-8", {"owner": b"bob"}, None, RULES)
    assert decoded.points == 2
    assert decoded.lines == (
        b'bob/cpu,host=a\\ b usage=1.5,n=3i,ok=t,msg="x y" 1700000000000000000\nbob/mem free=2 5\n'
    )


@pytest.mark.parametrize(
    ("body", "points"),
    [(b"m v=1 1", 1), (b"m v=1 1\n", 1), (b"\nm v=1 1\n\n\nm v=2 2\n\n", 2), (b"m v=1 1\nm v=2 2", 2)],
)
def test_line_protocol_empty_lines_are_dropped_and_points_counted(body: bytes, points: int) -> None:
    decoded = decode(body, "text/plain", {"owner": "a.b"}, None, RULES)
    assert decoded.points == points
    assert decoded.lines == b"".join(b"a.b/" + line + b"\n" for line in body.split(b"\n") if line)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"cpu,owner=eve v=1", "line 1: tag key 'owner' is reserved"),
        (b"cpu v=1\ncpu,a=b,owner=eve v=1", "line 2: tag key 'owner' is reserved"),
        (b"cpu,time=x v=1", "line 1: 'time' is not a valid tag key"),
        (b"cpu,a=b,_measurement=x v=1", "line 1: '_measurement' is not a valid tag key"),
        (b"cpu v=1,time=2", "line 1: 'time' is not a valid field key"),
        (b"cpu v=NaN", "line 1: not valid"),
        (b"cpu v=inf", "line 1: not valid"),
        (b"cpu v=99999999999999999999i", "not valid"),
        (b"cpu v=1u", "not valid"),
        (b"cpu", "not valid"),
        (b"9cpu v=1", "not valid"),
        (b"cpu v=1 12:00", "not valid"),
        (b'cpu s="unterminated', "not valid"),
        (b"", "no points"),
        (b"\n\n", "no points"),
    ],
)
def test_line_protocol_poison_reasons(body: bytes, reason: str) -> None:
    with pytest.raises(Poison, match=reason):
        decode(body, "text/plain", {"owner": "bob"}, None, RULES)


def test_line_protocol_needs_owner_header() -> None:
    with pytest.raises(Poison, match="invalid owner None in the owner header"):
        decode(b"cpu v=1", "text/plain", {}, None, RULES)


def test_strict_mode_takes_owner_from_user_id() -> None:
    strict = Rules()  # the default
    body = as_json([point(time=1)])
    assert decode(body, None, None, "alice", strict).lines.startswith(b"alice/temperature,sensor=s1 ")
    no_owner = orjson.dumps({"points": [point(time=1)]})
    assert decode(no_owner, None, None, "carol", strict).lines.startswith(b"carol/temperature,")
    assert decode(b"cpu v=1 7", "text/plain", None, "carol", strict).lines == b"carol/cpu v=1 7\n"
    with pytest.raises(Poison, match="claims owner 'alice' but user_id is 'mallory'"):
        decode(body, None, None, "mallory", strict)
    with pytest.raises(Poison, match="no user_id"):
        decode(body, None, None, None, strict)
    with pytest.raises(Poison, match="claims owner"):
        decode(b"cpu v=1", "text/plain", {"owner": "alice"}, "mallory", strict)


keys = st.from_regex(r"[A-Za-z_][A-Za-z0-9_.-]{0,10}", fullmatch=True).filter(lambda k: k != "owner")
values = st.one_of(
    st.floats(allow_nan=False, allow_infinity=False),
    st.integers(min_value=-(2**63), max_value=2**63 - 1).map(lambda n: {"int": n}),
    st.integers(min_value=-(2**70), max_value=2**70),  # a JSON number: a float
    st.booleans(),
    st.text(alphabet=st.characters(blacklist_characters="\n\r", codec="utf-8"), max_size=20),
)
tag_values = st.text(
    alphabet=st.characters(blacklist_characters="\\\n\r", codec="utf-8"), min_size=1, max_size=10
)


@given(
    measurement=keys,
    tags=st.dictionaries(keys, tag_values, max_size=3),
    fields=st.dictionaries(keys, values, min_size=1, max_size=4),
    stamp=st.integers(min_value=-(2**62), max_value=2**62),
)
def test_json_output_is_line_protocol_the_validator_accepts(
    measurement: str, tags: dict[str, str], fields: dict[str, Any], stamp: int
) -> None:
    """Both formats agree: every line made from JSON is, past its owner's namespace, line
    protocol the validator accepts, and published as such it is stored as the same line."""
    raw = {"measurement": measurement, "tags": tags, "fields": fields, "time": stamp}
    line = decode(as_json([raw]), None, None, None, RULES).lines
    assert line.endswith(f" {stamp}\n".encode())
    stored, published = line.split(b" ", 1)[0].split(b",", 1)[0], line.removeprefix(b"alice/")
    assert split_stored(stored.decode()) == ("alice", measurement)
    assert LINE_RE.fullmatch(published.rstrip(b"\n")) is not None, line
    assert decode(published, "text/plain", {"owner": "alice"}, None, RULES).lines == line


def test_line_protocol_with_many_measurements_is_namespaced_line_by_line() -> None:
    body = b"".join(b"m%d,t=x v=%di %d\n" % (i, i, i) for i in range(20)) + b"m0 v=1i 99"
    decoded = decode(body, "text/plain", {"owner": "bob"}, None, RULES)
    assert decoded.points == 21
    assert decoded.lines.split(b"\n")[19] == b"bob/m19,t=x v=19i 19"
    assert decoded.lines.endswith(b"\nbob/m0 v=1i 99\n")


def test_line_protocol_measurement_prefixes_do_not_collide() -> None:
    body = b"cpu v=1 1\ncpu.total,cpu=cpu v=2 1\ncpu,x=cpu v=3 1"
    decoded = decode(body, "text/plain", {"owner": "bob"}, None, RULES)
    assert decoded.lines == b"bob/cpu v=1 1\nbob/cpu.total,cpu=cpu v=2 1\nbob/cpu,x=cpu v=3 1\n"


def test_a_measurement_or_field_named_owner_is_namespaced_like_any_other() -> None:
    """Only the tag key `owner` is reserved; a measurement or field of that name is just a name."""
    body = b"owner owner=1i 5"
    assert decode(body, "text/plain", {"owner": "bob"}, None, RULES).lines == b"bob/owner owner=1i 5\n"
    json_point = point(measurement="owner", tags={}, fields={"owner": {"int": 1}}, time=5)
    assert (
        decode(as_json([json_point], owner="bob"), None, None, None, RULES).lines == b"bob/owner owner=1i 5\n"
    )
