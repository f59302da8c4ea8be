"""Writes line protocol batches to InfluxDB's /api/v2/write with influxdb-client (async).

The batch is already line protocol bytes, so it goes to the client's write service as is:
no Point objects, no re-serialisation. It is gzipped here at a low level (the client's own
gzip uses level 9, which costs more CPU than the whole write on a local network).
"""

from __future__ import annotations

import gzip

import aiohttp
from influxdb_client.client.influxdb_client_async import InfluxDBClientAsync
from influxdb_client.rest import ApiException
from influxdb_client.service.write_service import WriteService

#: Statuses that say the points themselves are wrong (bad line, field type conflict,
#: body too large): retrying cannot help, so the batch is split to find the culprits.
CONTENT_ERRORS = frozenset((400, 413, 422))


class WriteRejected(Exception):
    """InfluxDB refused the points (4xx about the content)."""


class WriteUnavailable(Exception):
    """InfluxDB could not take the write now (down, 5xx, timeout, auth or bucket trouble)."""


class InfluxWriter:
    def __init__(self, url: str, token: str, org: str, bucket: str, gzip_level: int, timeout_ms: int) -> None:
        self._client = InfluxDBClientAsync(url=url, token=token, org=org, timeout=timeout_ms)
        self._service = WriteService(self._client.api_client)  # type: ignore[no-untyped-call]
        self._org = org
        self._bucket = bucket
        self._gzip_level = gzip_level

    async def write(self, lines: bytes) -> None:
        extra = {}
        body = lines
        if self._gzip_level:
            body = gzip.compress(lines, compresslevel=self._gzip_level, mtime=0)
            extra["content_encoding"] = "gzip"
        try:
            await self._service.post_write_async(  # type: ignore[no-untyped-call]
                org=self._org,
                bucket=self._bucket,
                body=body,
                precision="ns",
                content_type="text/plain; charset=utf-8",
                **extra,
            )
        except ApiException as exc:
            detail = f"HTTP {exc.status}: {getattr(exc, 'message', None) or exc.reason}"
            if exc.status in CONTENT_ERRORS:
                raise WriteRejected(detail) from None
            raise WriteUnavailable(detail) from None
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            raise WriteUnavailable(f"{type(exc).__name__}: {exc}") from None

    async def close(self) -> None:
        await self._client.close()  # type: ignore[no-untyped-call]
