"""Hostile input in every parameter: a 400/INVALID_ARGUMENT or a literal match of the caller's
own data, never another owner's point and never a 5xx."""

from __future__ import annotations

import httpx
import pytest

from services.api.gen.timeseries.v1 import timeseries_pb2 as pb
from tests.api.fetch import CallError, query
from tests.api.support import ALICE, ApiProcess

HOSTILE = [
    "'",
    '"',
    "\\",
    "\\'",
    "\n",
    "a\r\nb",
    "' OR 1=1",
    "' OR '1'='1",
    "s1' OR owner='bob",
    'value" FROM /.*/ --',
    "x'; DROP DATABASE x; --",
    "/.*/",
    ".*",
    "s1|s2",
    "(?i)S1",
    "\x00",
    "\u202e\U0001f600",
    "owner",
    "time",
    "-1h; SELECT",
    "9" * 40,
    "a" * 5000,
]
REST_PARAMS = ["measurement", "field", "start", "stop", "every", "fn", "limit", "tag.sensor", "tag.owner"]


def check_rest(response: httpx.Response, caller: str) -> None:
    assert response.status_code in (200, 400), response.text
    body = response.json()
    if response.status_code == 400:
        assert body["error"]["code"] == "invalid_argument" and body["error"]["message"]
    else:
        assert all(s["owner"] == caller for s in body["series"])


@pytest.mark.parametrize("param", REST_PARAMS)
def test_rest_parameters(api: ApiProcess, tokens: dict[str, str], param: str) -> None:
    with httpx.Client(base_url=api.url, headers={"Authorization": f"Bearer {tokens['alice']}"}) as http:
        for value in HOSTILE:
            check_rest(http.get("/api/data", params={"measurement": "temperature", param: value}), ALICE)
            check_rest(http.get("/api/data", params={param: value, "every": "1m"}), ALICE)


def test_rest_hostile_tag_keys_and_names(api: ApiProcess, tokens: dict[str, str]) -> None:
    with httpx.Client(base_url=api.url, headers={"Authorization": f"Bearer {tokens['alice']}"}) as http:
        for value in HOSTILE:
            check_rest(http.get("/api/data", params={f"tag.{value}": "s1"}), ALICE)
            check_rest(http.get("/api/series", params={"measurement": value}), ALICE)
            response = http.get("/api/data", params={value: "x"})
            assert response.status_code == 400


def test_rest_hostile_owner_on_admin_path(api: ApiProcess, tokens: dict[str, str]) -> None:
    with httpx.Client(base_url=api.url, headers={"Authorization": f"Bearer {tokens['admin']}"}) as http:
        for value in HOSTILE:
            for path in ("/api/admin/data", "/api/admin/series"):
                response = http.get(path, params={"owner": value})
                assert response.status_code in (200, 400), response.text
                if response.status_code == 200:
                    # a valid owner name that owns nothing: a literal match, so nothing
                    assert response.json()["series"] == []


def test_rest_malformed_query_strings(api: ApiProcess, tokens: dict[str, str]) -> None:
    auth = {"Authorization": f"Bearer {tokens['alice']}"}
    for raw in (
        "%ff%fe",
        "measurement=a&measurement=b",
        "tag.sensor=a&tag.sensor=b",
        "limit=-1",
        "limit=0",
        "start=2026-01-01T00:00:00",
        "start=now&stop=-1h",
        "x=" + "&y=".join("1" * 70),
    ):
        response = httpx.get(f"{api.url}/api/data?{raw}", headers=auth)
        assert response.status_code == 400, (raw, response.text)


@pytest.mark.parametrize("protocol", ["grpc", "grpc-web"])
async def test_grpc_fields(api: ApiProcess, tokens: dict[str, str], protocol: str) -> None:
    for value in HOSTILE:
        requests = [
            pb.QueryRequest(selector=pb.SeriesSelector(measurement=value)),
            pb.QueryRequest(selector=pb.SeriesSelector(field=value)),
            pb.QueryRequest(selector=pb.SeriesSelector(tags={"sensor": value})),
            pb.QueryRequest(selector=pb.SeriesSelector(tags={value: "s1"})),
        ]
        for request in requests:
            try:
                rows, _ = await query(api, protocol, tokens["alice"], request)
            except CallError as exc:
                assert exc.code == "INVALID_ARGUMENT", exc
            else:
                assert {r[0] for r in rows} <= {ALICE}
        admin = pb.QueryRequest(scope=pb.OwnerScope(owner=value))
        try:
            rows, _ = await query(api, protocol, tokens["admin"], admin)
        except CallError as exc:
            assert exc.code == "INVALID_ARGUMENT", exc
        else:
            assert rows == []


@pytest.mark.parametrize(
    "request_",
    [
        pb.QueryRequest(aggregation=pb.Aggregation()),
        pb.QueryRequest(aggregation=pb.Aggregation(fn=99)),  # type: ignore[arg-type]
        pb.QueryRequest(range=pb.TimeRange(start={"seconds": 10**12})),
        pb.QueryRequest(range=pb.TimeRange(start={"seconds": -(10**11)})),
        pb.QueryRequest(range=pb.TimeRange(start={"seconds": 2000}, stop={"seconds": 1000})),
        pb.QueryRequest(
            range=pb.TimeRange(start={"seconds": 0}, stop={"seconds": 4 * 10**9}),
            aggregation=pb.Aggregation(every={"seconds": 1}),
        ),
    ],
)
async def test_grpc_invalid_ranges_and_aggregations(
    api: ApiProcess, tokens: dict[str, str], request_: pb.QueryRequest
) -> None:
    for protocol in ("grpc", "grpc-web-text"):
        with pytest.raises(CallError) as err:
            await query(api, protocol, tokens["alice"], request_)
        assert err.value.code == "INVALID_ARGUMENT"
