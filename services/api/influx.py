"""InfluxQL over HTTP (influxdb-client speaks only Flux): one pooled async client, safe retries.

The client is aiohttp (C HTTP parser) rather than httpx: a 10,000-point answer (~290 kB of
JSON) cost httpx ~3 ms of CPU to receive (pure-Python h11 and anyio), aiohttp ~1 ms.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import aiohttp
import orjson

from services.api.errors import ApiError, Kind
from services.api.settings import ApiSettings

log = logging.getLogger(__name__)


class Influx:
    def __init__(self, settings: ApiSettings) -> None:
        self._settings = settings
        self._query_url = settings.influx_url.rstrip("/") + "/query"
        # Created on first use: an aiohttp session belongs to the running event loop.
        self._session: aiohttp.ClientSession | None = None

    @property
    def _http(self) -> aiohttp.ClientSession:
        if self._session is None:
            s = self._settings
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=64),
                timeout=aiohttp.ClientTimeout(total=s.influx_timeout_s, sock_connect=3.0),
                # identity: gzip would cost InfluxDB and the API CPU for a hop inside the cluster
                headers={
                    "Authorization": f"Token {s.influx_token}",
                    "Accept": "application/json",
                    "Accept-Encoding": "identity",
                },
                auto_decompress=False,
            )
        return self._session

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()

    async def check(self) -> bool:
        """Whether a query with the API's token would be answered now. /ping and /health need
        no token, so readiness asks the cheapest authenticated question of the database."""
        params = {"db": self._settings.influx_db, "q": "SHOW MEASUREMENTS LIMIT 1"}
        try:
            async with self._http.post(
                self._query_url, data=params, timeout=aiohttp.ClientTimeout(total=2.0)
            ) as response:
                self._results(response.status, await response.read())
                return True
        except (ApiError, aiohttp.ClientError, TimeoutError, OSError):
            return False

    async def query(self, influxql: str) -> list[dict[str, Any]]:
        """Run one or more `;`-separated read statements; returns InfluxDB's `results` list.

        Reads are idempotent, so a connection failure is retried with a short backoff; a
        database that stays unreachable becomes UNAVAILABLE (503) for the caller.
        """
        params = {"db": self._settings.influx_db, "q": influxql, "epoch": "ns"}
        attempts = 1 + self._settings.influx_retries
        for attempt in range(attempts):
            try:
                async with self._http.post(self._query_url, data=params) as response:
                    status, content = response.status, await response.read()
            except TimeoutError as exc:
                raise ApiError(Kind.UNAVAILABLE, "database query timed out") from exc
            except (aiohttp.ClientConnectionError, OSError) as exc:
                if attempt + 1 == attempts:
                    log.warning("influxdb unreachable", extra={"error": repr(exc)})
                    raise ApiError(Kind.UNAVAILABLE, "database unreachable") from exc
                await asyncio.sleep(0.1 * 2**attempt)
                continue
            except aiohttp.ClientError as exc:  # e.g. a malformed HTTP answer
                raise ApiError(Kind.UNAVAILABLE, "database answered with invalid HTTP") from exc
            return self._results(status, content)
        raise AssertionError("unreachable")

    @staticmethod
    def _results(status: int, content: bytes) -> list[dict[str, Any]]:
        """InfluxDB's `results`, or the ApiError its answer means. 2.x errors of the request
        are `{"code", "message"}` bodies; errors of one statement are `results[i].error`."""
        try:
            body = orjson.loads(content) if content else {}
        except orjson.JSONDecodeError:
            body = {}
        message = str(body.get("message") or body.get("error") or "")[:300] if isinstance(body, dict) else ""
        if status in (401, 403):
            log.error("influxdb refused the API's token", extra={"status": status, "message": message})
            raise ApiError(Kind.UNAVAILABLE, "database refused the query credentials")
        if status == 404:
            log.error("influxdb has no such path or database", extra={"message": message})
            raise ApiError(Kind.UNAVAILABLE, "database not found")
        if status >= 500:
            log.warning("influxdb error", extra={"status": status, "message": message})
            raise ApiError(Kind.UNAVAILABLE, f"database error {status}")
        if not isinstance(body, dict) or ("results" not in body and status < 400):
            raise ApiError(Kind.UNAVAILABLE, "database answered with invalid JSON")
        if status >= 400 or "error" in body:
            # The query was built from validated parts, so this is a semantic problem with
            # the request (e.g. mean() of a string field): the client's to fix.
            raise ApiError(Kind.INVALID_ARGUMENT, f"query rejected by the database: {message}")
        results: list[dict[str, Any]] = body.get("results", [])
        for result in results:
            if "error" in result:
                error = str(result["error"])
                if error.startswith("database not found"):
                    # 2.x says so also when the token may not read the bucket: the deployment's
                    # to fix (bucket, DBRP mapping or token), not the caller's.
                    log.error("influxdb has no such database for the API's token", extra={"message": error})
                    raise ApiError(Kind.UNAVAILABLE, "database not found")
                raise ApiError(Kind.INVALID_ARGUMENT, f"query rejected by the database: {error}")
        return results
