"""`python -m services.api`: REST + gRPC-Web on HTTP_PORT and native gRPC on GRPC_PORT, one process.

SIGTERM drains both ports (up to SHUTDOWN_GRACE_S) before exiting.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

import uvicorn

from services.api.app import Api
from services.api.grpc_server import build_server, set_serving
from services.api.settings import ApiSettings
from services.common.logs import configure

log = logging.getLogger("services.api")


async def serve(settings: ApiSettings) -> None:
    api = Api(settings)
    grpc_server, grpc_port = build_server(api.rpc, api.auth, f"[::]:{settings.grpc_port}")
    http_server = uvicorn.Server(
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
    try:
        # uvicorn owns SIGINT/SIGTERM: serve() returns once they have drained the HTTP port.
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
