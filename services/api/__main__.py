"""`python -m services.api`: REST + gRPC-Web on HTTP_PORT and native gRPC on GRPC_PORT, one process.

SIGTERM drains both ports (up to SHUTDOWN_GRACE_S) before exiting.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Iterator

import uvicorn

from services.api.app import Api
from services.api.grpc_server import build_server, set_serving
from services.api.settings import ApiSettings
from services.common.logs import configure

log = logging.getLogger("services.api")


class _HttpServer(uvicorn.Server):
    """uvicorn without its own signal handling: SIGTERM must drain both ports, then exit 0
    (uvicorn's handler re-raises the signal after draining, killing the process before the
    gRPC port is drained)."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


async def serve(settings: ApiSettings) -> None:
    api = Api(settings)
    grpc_server, grpc_port = build_server(api.rpc, api.auth, f"[::]:{settings.grpc_port}")
    http_server = _HttpServer(
        uvicorn.Config(
            api,
            host="0.0.0.0",
            port=settings.http_port,
            lifespan="off",
            access_log=False,
            log_config=None,
            server_header=False,
            timeout_graceful_shutdown=int(settings.shutdown_grace_s),
        )
    )
    await grpc_server.start()
    await set_serving(grpc_server, True)
    jwks = asyncio.create_task(api.auth.keep_loading())
    log.info("api starting", extra={"http_port": settings.http_port, "grpc_port": grpc_port})
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, lambda: setattr(http_server, "should_exit", True))
    try:
        # serve() returns once a signal has stopped it and the HTTP port is drained.
        await http_server.serve()
    finally:
        await set_serving(grpc_server, False)
        await grpc_server.stop(settings.shutdown_grace_s)
        jwks.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await jwks
        await api.aclose()
        log.info("api stopped")


def main() -> None:
    settings = ApiSettings.from_env()
    configure("api", settings.log_level)
    asyncio.run(serve(settings))


if __name__ == "__main__":
    main()
