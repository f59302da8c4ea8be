"""Query errors as the real InfluxDB 2.x returns them (`{"code","message"}` bodies, per-statement
errors), and readiness that fails when the API's token cannot read: /ping and /health need no
token, so only an authenticated call can tell."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from services.api.errors import ApiError, Kind
from services.api.influx import Influx
from tests.api.clients import PROTOCOLS, outcome
from tests.api.conftest import api_env
from tests.api.support import ApiProcess
from tests.stack.keycloak import KeycloakServer
from tests.stack.servers import InfluxServer

CASES = ["unknown token", "the consumer's write-only token", "a token of another bucket"]


@pytest.fixture(scope="module", params=CASES)
def misconfigured(
    request: pytest.FixtureRequest, influx: InfluxServer, idp: KeycloakServer, api_db: str
) -> Iterator[ApiProcess]:
    other = influx.new_bucket("other_")
    token = {
        CASES[0]: "not-a-token",
        CASES[1]: influx.tokens(api_db).write,
        CASES[2]: influx.tokens(other).read,
    }[request.param]
    process = ApiProcess(api_env(influx, idp, api_db) | {"INFLUX_TOKEN": token}).start(ready=False)
    yield process
    process.stop()
    influx.drop_bucket(other)


def test_readiness_fails_when_the_token_cannot_read(misconfigured: ApiProcess) -> None:
    ready = httpx.get(misconfigured.url + "/readyz")
    assert ready.status_code == 503
    assert ready.json()["checks"] == {"jwks": True, "influxdb": False}
    assert httpx.get(misconfigured.url + "/healthz").status_code == 200


@pytest.mark.parametrize("protocol", PROTOCOLS)
async def test_queries_are_unavailable_not_the_callers_fault(
    misconfigured: ApiProcess, tokens: dict[str, str], protocol: str
) -> None:
    assert await outcome(misconfigured, protocol, f"Bearer {tokens['alice']}") == "UNAVAILABLE"


def test_rest_body_names_no_secret(misconfigured: ApiProcess, tokens: dict[str, str]) -> None:
    response = httpx.get(
        misconfigured.url + "/api/series", headers={"Authorization": f"Bearer {tokens['bob']}"}
    )
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "unavailable"
    assert response.json()["error"]["message"] in (
        "database refused the query credentials",
        "database not found",
    )


async def test_real_error_answers_map_to_their_kinds(influx: InfluxServer, api_db: str) -> None:
    """The answers of the real server: 401 `{"code","message"}`, a per-statement error for an
    unknown db, and a statement InfluxDB refuses (the caller's to fix)."""
    verify = influx.context or True  # with TS_STACK_TLS=1, the run's CA
    async with httpx.AsyncClient(base_url=influx.url, verify=verify) as http:

        async def answer(token: str, db: str, q: str) -> Kind | None:
            response = await http.post(
                "/query", data={"db": db, "q": q}, headers={"Authorization": f"Token {token}"}
            )
            try:
                Influx._results(response.status_code, response.content)
            except ApiError as exc:
                return exc.kind
            return None

        read = influx.tokens(api_db).read
        unauthorized = await http.post("/query", data={"db": api_db, "q": "SHOW MEASUREMENTS"})
        assert unauthorized.status_code == 401 and set(unauthorized.json()) == {"code", "message"}
        assert await answer("not-a-token", api_db, "SHOW MEASUREMENTS") is Kind.UNAVAILABLE
        assert await answer(read, "no_such_db", 'SELECT * FROM "x"') is Kind.UNAVAILABLE
        assert await answer(read, api_db, 'SELECT mean("value"), "value" FROM "x"') is Kind.INVALID_ARGUMENT
        assert await answer(read, api_db, 'SELECT * FROM "x"') is None
