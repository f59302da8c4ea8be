"""Helpers of the API tests: the API as a real process, test data, a raw gRPC-Web client."""

from __future__ import annotations

import base64
import ctypes
import os
import signal
import struct
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from chart.realm import DEMO_USER_IDS
from services.common.lineprotocol import PointFormatter, owner_prefix
from tests.stack.servers import InfluxServer, ServerError, free_port, http_ok, wait_ready

ROOT = Path(__file__).resolve().parents[2]
NOW_NS = time.time_ns()
MINUTE_NS = 60 * 10**9


def die_with_parent() -> None:
    """In the child: SIGTERM when the test process dies, even by SIGKILL (Linux), so an
    interrupted run leaves no API behind."""
    ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


_PR_SET_PDEATHSIG = 1


class ApiProcess:
    """`python -m services.api` on free ports, configured through its environment like in the cluster."""

    def __init__(self, env: Mapping[str, str]) -> None:
        self.http_port = free_port()
        self.grpc_port = free_port()
        self.env = {
            **os.environ,
            "HTTP_PORT": str(self.http_port),
            "GRPC_PORT": str(self.grpc_port),
            "LOG_LEVEL": "WARNING",
            **env,
        }
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = Path(tempfile.mkstemp(prefix="api-", suffix=".log")[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def grpc_target(self) -> str:
        return f"127.0.0.1:{self.grpc_port}"

    def start(self, ready: bool = True, timeout: float = 30) -> ApiProcess:
        """Starts the API; waits for /readyz (or only /healthz when `ready` is False)."""
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "services.api"],
            cwd=ROOT,
            env=self.env,
            stdout=self.log.open("ab"),
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            preexec_fn=die_with_parent,
        )
        path = "/readyz" if ready else "/healthz"
        try:
            wait_ready(lambda: http_ok(self.url + path), timeout, "API", self.log, self.proc)
        except ServerError:
            self.stop()
            raise
        return self

    def stop(self) -> int | None:
        """SIGTERM (graceful shutdown); returns the exit code."""
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)
        code = self.proc.returncode
        self.proc = None
        return code


def metric(api: ApiProcess, name: str, **labels: str) -> float:
    """The value of one Prometheus sample of the API (0 when absent)."""
    text = httpx.get(api.url + "/metrics").text
    for line in text.splitlines():
        if line.startswith(name + "{") and all(f'{k}="{v}"' in line for k, v in labels.items()):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def write_lines(influx: InfluxServer, db: str, lines: list[str]) -> None:
    """Writes line protocol through the v2 write API (the consumer's path), with the bucket's write token."""
    influx.write(db, "\n".join(lines))


def stored_line(
    owner: str, measurement: str, tags: Mapping[str, str], fields: Mapping[str, Any], t: int
) -> str:
    """One point of `owner` as the consumer stores it (services/common/names.py layout), encoded
    by the consumer's own line-protocol encoder, which also refuses what it would refuse
    (lineprotocol.InvalidPoint). A Python int is an integer field (JSON's `{"int": n}`)."""
    typed = {k: {"int": v} if type(v) is int else v for k, v in fields.items()}
    point = {"measurement": measurement, "tags": dict(tags), "fields": typed, "time": t}
    return PointFormatter().line(point, owner_prefix(owner), t).rstrip("\n")


# The demo users' owners: their fixed Keycloak ids (the tokens' `sub`), not their usernames.
OWNER = DEMO_USER_IDS
ALICE, BOB, ADMIN = (OWNER[name] for name in ("alice", "bob", "admin"))
OWNER_BASE = {ALICE: 0, BOB: 1000, ADMIN: 2000}
HOSTILE_SENSOR = "x' OR 'a'='a"


def seed_lines() -> list[str]:
    """Three owners use the same measurement names, tag sets and field names: only the storage
    layout (each owner's own measurements) keeps them apart."""
    lines = []
    for owner, base in OWNER_BASE.items():
        for i in range(30):
            t = NOW_NS - (30 - i) * MINUTE_NS
            lines.append(stored_line(owner, "temperature", {"sensor": "s1"}, {"value": base + i + 0.5}, t))
            lines.append(
                stored_line(owner, "temperature", {"sensor": "s2"}, {"value": base + 500 + i + 0.25}, t)
            )
            fields = {"ok": i % 2 == 0, "code": base + i, "text": f"{owner}-{i}"}
            lines.append(stored_line(owner, "status", {"sensor": "s1"}, fields, t))
        hostile = {"sensor": HOSTILE_SENSOR}
        lines.append(stored_line(owner, "temperature", hostile, {"value": base + 999.0}, NOW_NS - MINUTE_NS))
    return lines


# --- a raw gRPC-Web client (protocol-level tests; the Node tests use real client libraries) ---


@dataclass
class GrpcWebReply:
    http_status: int
    headers: httpx.Headers
    messages: list[bytes]
    status: int | None
    message: str
    trailers_only: bool


def grpcweb_call(
    url: str,
    method: str,
    request: bytes,
    token: str | None = None,
    text: bool = False,
    headers: Mapping[str, str] | None = None,
    body: bytes | None = None,
    timeout: float = 30,
) -> GrpcWebReply:
    frame = struct.pack(">BI", 0, len(request)) + request
    payload = body if body is not None else (base64.b64encode(frame) if text else frame)
    all_headers = {
        "content-type": "application/grpc-web-text" if text else "application/grpc-web+proto",
        "x-grpc-web": "1",
        **({"authorization": f"Bearer {token}"} if token else {}),
        **(headers or {}),
    }
    response = httpx.post(
        f"{url}/timeseries.v1.TimeseriesService/{method}",
        content=payload,
        headers=all_headers,
        timeout=timeout,
    )
    return parse_grpcweb(response.status_code, response.headers, response.content, text)


def parse_grpcweb(http_status: int, headers: httpx.Headers, content: bytes, text: bool) -> GrpcWebReply:
    data = _b64_chunks(content) if text else content
    messages: list[bytes] = []
    status: int | None = None
    message = ""
    if "grpc-status" in headers:
        assert not data, "a trailers-only response has no body"
        return GrpcWebReply(
            http_status,
            headers,
            [],
            int(headers["grpc-status"]),
            urllib.parse.unquote(headers.get("grpc-message", "")),
            True,
        )
    pos = 0
    while pos < len(data):
        flag, length = struct.unpack_from(">BI", data, pos)
        chunk = data[pos + 5 : pos + 5 + length]
        assert len(chunk) == length, "truncated frame"
        pos += 5 + length
        if flag & 0x80:
            assert pos == len(data), "data after the trailer frame"
            trailers = dict(line.split(":", 1) for line in chunk.decode().split("\r\n") if line)
            status = int(trailers["grpc-status"])
            message = urllib.parse.unquote(trailers.get("grpc-message", ""))
        else:
            assert status is None, "message after trailers"
            messages.append(chunk)
    return GrpcWebReply(http_status, headers, messages, status, message, False)


def _b64_chunks(content: bytes) -> bytes:
    out = bytearray()
    pos = 0
    while pos < len(content):
        end = pos
        while end < len(content) and content[end : end + 1] != b"=":
            end += 1
        while end < len(content) and content[end : end + 1] == b"=":
            end += 1
        out += base64.b64decode(content[pos:end])
        pos = end
    return bytes(out)


def message_dict(message: Any) -> dict[str, Any]:
    from google.protobuf.json_format import MessageToDict

    result: dict[str, Any] = MessageToDict(message)
    return result
