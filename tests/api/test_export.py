"""CSV export (`GET /api/export`, `/api/admin/export`): what InfluxDB 2.7 holds, streamed in
pages, with the auth, scope and parameter rules of queries.

The expected rows come from InfluxDB itself (a direct InfluxQL read of the stored measurement
with the bucket's read token); times are read back with the ingestion's RFC 3339 parser.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

import httpx
import pytest

from services.common.names import stored_measurement
from services.common.timestamps import rfc3339_ns
from tests.api.dense import START_NS, STOP_NS
from tests.api.support import ALICE, BOB, ApiProcess, stored_line, write_lines
from tests.stack.servers import InfluxServer

Row = tuple[str, str, int, str]


def _iso(ns: int) -> str:
    # Whole seconds are enough for the range's edges (START_NS is one).
    return dt.datetime.fromtimestamp(ns / 1e9, dt.UTC).isoformat().replace("+00:00", "Z")


WAVE = {"measurement": "wave", "start": _iso(START_NS), "stop": _iso(STOP_NS)}


def export(api: ApiProcess, token: str | None, params: dict[str, str], admin: bool = False) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    path = "/api/admin/export" if admin else "/api/export"
    return httpx.get(api.url + path, params=params, headers=headers, timeout=60)


def rows_of(response: httpx.Response) -> list[Row]:
    assert response.status_code == 200, response.text
    reader = csv.reader(io.StringIO(response.text))
    assert next(reader) == ["owner", "series", "time", "value"]
    return [(owner, series, rfc3339_ns(time), value) for owner, series, time, value in reader]


def influx_rows(
    influx: InfluxServer, db: str, owner: str, select: str, where: str, group: str = ""
) -> list[Row]:
    """The rows InfluxDB answers for `owner`'s wave, as the export should write them."""
    source = '"' + stored_measurement(owner, "wave") + '"'
    statement = f"SELECT {select} FROM {source} WHERE {where} GROUP BY {group}*"  # noqa: S608 (test constants)
    answer = influx.query(db, statement)
    rows: list[Row] = []
    for s in answer["results"][0].get("series", []):
        tags = "".join(f",{k}={v}" for k, v in sorted(s["tags"].items()) if v)
        for values in s["values"]:
            for column, value in zip(s["columns"][1:], values[1:], strict=True):
                if value is not None:
                    rows.append((owner, f"wave{tags} {column}", values[0], _text(value)))
    return sorted(rows, key=lambda r: (r[2], r[1]))


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, float) else str(value)


WHERE = f"time >= {START_NS} AND time < {STOP_NS}"


def test_export_is_what_influxdb_holds_streamed(
    api: ApiProcess, tokens: dict[str, str], influx: InfluxServer, api_db: str, dense: None
) -> None:
    response = export(api, tokens["alice"], WAVE)
    assert response.headers["content-type"].startswith("text/csv")
    assert response.headers["content-disposition"].startswith("attachment; filename=")
    assert "content-length" not in response.headers  # streamed, chunk by chunk
    assert response.headers["transfer-encoding"] == "chunked"
    rows = rows_of(response)
    # 20,000 points of three fields: six pages of the API's 10,000 rows per series.
    assert len(rows) == 60_000
    expected = influx_rows(influx, api_db, ALICE, '"value", "count", "label"', WHERE)
    # The export orders series by name within one time (count, label, value), as sorted here.
    assert rows == expected


def test_aggregated_export_is_influxdbs_windows(
    api: ApiProcess, tokens: dict[str, str], influx: InfluxServer, api_db: str, dense: None
) -> None:
    rows = rows_of(export(api, tokens["bob"], {**WAVE, "field": "value", "every": "10s", "fn": "max"}))
    expected = influx_rows(influx, api_db, BOB, 'max("value") AS "value"', WHERE, "time(10s), ")
    assert rows == expected and len(rows) >= 200


def test_export_scope_and_auth(api: ApiProcess, tokens: dict[str, str], dense: None) -> None:
    own = rows_of(export(api, tokens["alice"], {**WAVE, "field": "value"}))
    assert {r[0] for r in own} == {ALICE}
    assert (
        rows_of(export(api, tokens["admin"], {**WAVE, "field": "value", "owner": ALICE}, admin=True)) == own
    )
    everyone = rows_of(export(api, tokens["admin"], {**WAVE, "field": "value"}, admin=True))
    assert {r[0] for r in everyone} == {ALICE, BOB} and len(everyone) == 2 * len(own)
    assert export(api, None, WAVE).status_code == 401
    assert export(api, tokens["bob"], WAVE, admin=True).status_code == 403


@pytest.mark.parametrize(
    "params",
    [{"limit": "5"}, {"max_points": "5"}, {"start": "-1h", "stop": "-2h"}, {"fn": "max"}, {"tag.owner": "x"}],
)
def test_bad_parameters_are_a_400_before_anything_is_sent(
    api: ApiProcess, tokens: dict[str, str], params: dict[str, str]
) -> None:
    response = export(api, tokens["alice"], {"measurement": "wave", **params})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_argument"


def test_formulas_are_neutralized_and_values_kept(
    api: ApiProcess, tokens: dict[str, str], influx: InfluxServer, api_db: str
) -> None:
    texts = ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", 'plain, "quoted"', "-"]
    t0 = START_NS - 10**9 * len(texts)
    lines = [
        stored_line(ALICE, "notes", {"sensor": "n 1"}, {"text": t}, t0 + i * 10**9)
        for i, t in enumerate(texts)
    ]
    write_lines(influx, api_db, lines)
    rows = rows_of(
        export(api, tokens["alice"], {"measurement": "notes", "start": _iso(t0), "stop": _iso(START_NS)})
    )
    assert [r[3] for r in rows] == ["'" + t if t[0] in "=+-@" else t for t in texts]
    assert {r[1] for r in rows} == {"notes,sensor=n\\ 1 text"}
