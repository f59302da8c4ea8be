"""InfluxQL over HTTP (influxdb-client speaks only Flux): one pooled async client, safe retries."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx
import orjson

from services.api.errors import ApiError, Kind
from services.api.settings import ApiSettings

log = logging.getLogger(__name__)


class Influx:
    def __init__(self, settings: ApiSettings, http: httpx.AsyncClient | None = None) -> None:
        self._settings = settings
        self._query_url = settings.influx_url.rstrip("/") + "/query"
        self._ping_url = settings.influx_url.rstrip("/") + "/ping"
        self._http = http or httpx.AsyncClient(
            timeout=httpx.Timeout(settings.influx_timeout_s, connect=3.0),
            limits=httpx.Limits(max_connections=64, max_keepalive_connections=32),
            # identity: gzip would cost InfluxDB and the API CPU for a hop inside the cluster
            headers={
                "Authorization": f"Token {settings.influx_token}",
                "Accept": "application/json",
                "Accept-Encoding": "identity",
            },
        )

    async def aclose(self) -> None:
        await self._http.aclose()

    async def ping(self) -> bool:
        try:
            response = await self._http.get(self._ping_url, timeout=2.0)
        except httpx.HTTPError:
            return False
        return response.status_code == 204

    async def query(self, influxql: str) -> list[dict[str, Any]]:
        """Run one or more `;`-separated read statements; returns InfluxDB's `results` list.

        Reads are idempotent, so a connection failure is retried with a short backoff; a
        database that stays unreachable becomes UNAVAILABLE (503) for the caller.
        """
        params = {"db": self._settings.influx_db, "q": influxql, "epoch": "ns"}
        attempts = 1 + self._settings.influx_retries
        for attempt in range(attempts):
            try:
                response = await self._http.post(self._query_url, data=params)
            except httpx.TimeoutException as exc:
                raise ApiError(Kind.UNAVAILABLE, "database query timed out") from exc
            except httpx.TransportError as exc:
                if attempt + 1 == attempts:
                    log.warning("influxdb unreachable", extra={"error": repr(exc)})
                    raise ApiError(Kind.UNAVAILABLE, "database unreachable") from exc
                await asyncio.sleep(0.1 * 2**attempt)
                continue
            return self._results(response)
        raise AssertionError("unreachable")

    @staticmethod
    def _results(response: httpx.Response) -> list[dict[str, Any]]:
        if response.status_code in (401, 403):
            log.error("influxdb refused the API's token", extra={"status": response.status_code})
            raise ApiError(Kind.UNAVAILABLE, "database refused the query credentials")
        if response.status_code >= 500:
            raise ApiError(Kind.UNAVAILABLE, f"database error {response.status_code}")
        try:
            body = orjson.loads(response.content)
        except orjson.JSONDecodeError as exc:
            raise ApiError(Kind.UNAVAILABLE, "database answered with invalid JSON") from exc
        if response.status_code >= 400 or "error" in body:
            # The query was built from validated parts, so this is a semantic problem with
            # the request (e.g. mean() of a string field): the client's to fix.
            raise ApiError(Kind.INVALID_ARGUMENT, f"query rejected by the database: {body.get('error')}")
        results: list[dict[str, Any]] = body.get("results", [])
        for result in results:
            if "error" in result:
                raise ApiError(Kind.INVALID_ARGUMENT, f"query rejected by the database: {result['error']}")
        return results
