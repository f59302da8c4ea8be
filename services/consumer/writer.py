"""Writes line protocol batches to InfluxDB's /api/v2/write with influxdb-client (async).

The batch is already line protocol bytes, so it goes to the client's write service as is:
no Point objects, no re-serialisation. It is gzipped here at a low level (the client's own
gzip uses level 9, which costs more CPU than the whole write on a local network).

How InfluxDB 2.x answers a write, and what each answer means here:
- 204: every point stored.
- 400 (a line it cannot parse), 413 (body too large): nothing of the batch was stored.
- 422 (partial write: a field type conflict, a point outside the retention): the good points
  are stored, the refused ones are not. Writing the good ones again is harmless: a point is
  identified by measurement, tags and time, so a rewrite overwrites it with the same values.
- 401 (unknown token), 403 (no write permission), 404 (no such org or bucket): nothing is
  wrong with the points; the configuration or InfluxDB's state is, and may be fixed while
  the messages wait. So are 5xx, timeouts and connection failures.
Errors carry InfluxDB's own message (2.x bodies are `{"code": ..., "message": ...}`).
"""

from __future__ import annotations

import asyncio
import functools
import gzip

import aiohttp
from influxdb_client.client.influxdb_client_async import InfluxDBClientAsync
from influxdb_client.rest import ApiException
from influxdb_client.service.write_service import WriteService

from services.common.connections import InfluxSettings

#: Statuses that say the points themselves are wrong: retrying cannot help, so the batch is
#: split to find the culprits (422: the good points of the batch are already stored).
CONTENT_ERRORS = frozenset((400, 413, 422))
PARTIAL = 422
#: Statuses that say the token or the bucket is wrong: the operator's to fix.
ACCESS_ERRORS = {401: "token refused", 403: "token may not write", 404: "no such org or bucket"}
#: Batches from this size on are compressed in a worker thread (a small one costs less inline).
_GZIP_IN_THREAD_BYTES = 64 * 1024
#: Within the kubelet's 3 s probe timeout (chart/workload.py HttpProbes).
PROBE_TIMEOUT_S = 2.5


class WriteRejected(Exception):
    """InfluxDB refused points of the batch (400, 413, 422); `partial`: the others are stored."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(f"HTTP {status}: {message}")
        self.status = status
        self.partial = status == PARTIAL


class WriteUnavailable(Exception):
    """InfluxDB could not take the write now (down, 5xx, timeout, token or bucket trouble)."""


class InfluxWriter:
    def __init__(
        self,
        url: str,
        token: str,
        org: str,
        bucket: str,
        gzip_level: int,
        timeout_ms: int,
        tls: InfluxSettings | None = None,
    ) -> None:
        """`tls`: the connection settings whose verified TLS (INFLUX_CA_FILE) an https URL uses."""
        context = tls.influx_ssl_context if tls is not None else None
        self._client = InfluxDBClientAsync(
            url=url, token=token, org=org, timeout=timeout_ms, ssl_context=context
        )
        self._tls = tls
        self._service = WriteService(self._client.api_client)  # type: ignore[no-untyped-call]
        self._org = org
        self._bucket = bucket
        self._gzip_level = gzip_level

    def prepare(self, lines: bytes) -> asyncio.Future[bytes]:
        """Start encoding a batch for the wire now: gzipped in a worker thread when it is large
        (zlib lets go of the GIL, so it compresses on the other core while the event loop goes
        on), inline when small. The pipeline prepares each batch as it is sealed, so that it is
        compressed while the one before it is written, and `send` can post it at once."""
        loop = asyncio.get_running_loop()
        compress = functools.partial(gzip.compress, lines, self._gzip_level, mtime=0)
        if self._gzip_level and len(lines) >= _GZIP_IN_THREAD_BYTES:
            return loop.run_in_executor(None, compress)
        future = loop.create_future()
        future.set_result(compress() if self._gzip_level and lines else lines)
        return future

    async def write(self, lines: bytes) -> None:
        await self.send(self.prepare(lines))

    async def send(self, prepared: asyncio.Future[bytes]) -> None:
        """Write a batch `prepare` gave; raises WriteRejected or WriteUnavailable."""
        body = await prepared
        extra = {"content_encoding": "gzip"} if self._gzip_level and body else {}
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
            status = exc.status or 0
            message = str(getattr(exc, "message", None) or exc.reason)
            if status in CONTENT_ERRORS:
                raise WriteRejected(status, message) from None
            cause = ACCESS_ERRORS.get(status, "InfluxDB error")
            raise WriteUnavailable(f"HTTP {status} ({cause}): {message}") from None
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            refused = self._tls.influx_refusal(exc) if self._tls is not None else None
            raise WriteUnavailable(str(refused) if refused else f"{type(exc).__name__}: {exc}") from None

    async def probe(self) -> str | None:
        """Whether a write would be taken now: None, or why not. /ping and /health need no
        token, so this writes an empty batch, which InfluxDB authenticates and authorizes
        against the bucket like any write, and which stores nothing."""
        try:
            async with asyncio.timeout(PROBE_TIMEOUT_S):
                await self.write(b"")
        except (WriteUnavailable, WriteRejected) as exc:
            return str(exc)
        except TimeoutError:
            return f"no answer within {PROBE_TIMEOUT_S}s"
        return None

    async def close(self) -> None:
        await self._client.close()  # type: ignore[no-untyped-call]
