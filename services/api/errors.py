"""One error type for every protocol: each kind maps to an HTTP status and a gRPC status code."""

from __future__ import annotations

import enum

import grpc


class Kind(enum.Enum):
    INVALID_ARGUMENT = (400, grpc.StatusCode.INVALID_ARGUMENT)
    UNAUTHENTICATED = (401, grpc.StatusCode.UNAUTHENTICATED)
    PERMISSION_DENIED = (403, grpc.StatusCode.PERMISSION_DENIED)
    NOT_FOUND = (404, grpc.StatusCode.NOT_FOUND)
    METHOD_NOT_ALLOWED = (405, grpc.StatusCode.UNIMPLEMENTED)
    #: Over a budget or a cap (points, series, streams): the message names the setting. A REST
    #: request over its budget is a bad request (narrow it), hence 400 rather than 429.
    RESOURCE_EXHAUSTED = (400, grpc.StatusCode.RESOURCE_EXHAUSTED)
    UNIMPLEMENTED = (501, grpc.StatusCode.UNIMPLEMENTED)
    UNAVAILABLE = (503, grpc.StatusCode.UNAVAILABLE)
    DEADLINE_EXCEEDED = (504, grpc.StatusCode.DEADLINE_EXCEEDED)
    INTERNAL = (500, grpc.StatusCode.INTERNAL)

    @property
    def http_status(self) -> int:
        return self.value[0]

    @property
    def grpc_code(self) -> grpc.StatusCode:
        return self.value[1]

    @property
    def code(self) -> str:
        """The REST error code, e.g. `invalid_argument`."""
        return self.name.lower()


class ApiError(Exception):
    """A failure the client should see, with a message safe to show it."""

    def __init__(self, kind: Kind, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


def invalid(message: str) -> ApiError:
    return ApiError(Kind.INVALID_ARGUMENT, message)


def exhausted(setting: str, limit: int, what: str) -> ApiError:
    """Over a limit: the message names the setting and its value, so the caller knows what to narrow."""
    return ApiError(Kind.RESOURCE_EXHAUSTED, f"{what} exceeds {setting}={limit}")
