"""Typed settings read from environment variables.

Each service declares one frozen dataclass deriving from `Settings`; every field is one
environment variable, named after the field in upper case. A field without a default is
required. The chart sets these variables, and a test checks the chart against
`Settings.variables()` so the two cannot drift apart.
"""

from __future__ import annotations

import dataclasses
import os
import types
import typing
from collections.abc import Mapping
from typing import Any, Self


class SettingsError(ValueError):
    """A missing or malformed setting; the message names the environment variable."""


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def _parse_bool(raw: str) -> bool:
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ValueError(f"expected one of {sorted(_TRUE | _FALSE)}")


def _parse(raw: str, kind: Any) -> Any:
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(kind) if a is not type(None)]
        return None if raw == "" else _parse(raw, inner[0])
    if origin is tuple:
        (item,) = {a for a in typing.get_args(kind) if a is not Ellipsis}
        return tuple(_parse(part.strip(), item) for part in raw.split(",") if part.strip())
    if kind is bool:
        return _parse_bool(raw)
    if kind in (int, float, str):
        return kind(raw)
    raise TypeError(f"unsupported settings type {kind!r}")


@dataclasses.dataclass(frozen=True)
class Settings:
    """Base class: subclasses are frozen dataclasses whose fields are environment variables."""

    def __post_init__(self) -> None:
        """Checks beyond types: a subclass raises ValueError, calling super() first (settings
        compose: services/common/connections.py)."""

    @classmethod
    def variables(cls) -> dict[str, bool]:
        """Every environment variable this class reads, mapped to whether it is required."""
        return {
            f.name.upper(): f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
            for f in dataclasses.fields(cls)
        }

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Self:
        env = os.environ if environ is None else environ
        hints = typing.get_type_hints(cls)
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            name = f.name.upper()
            if name not in env:
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                    raise SettingsError(f"{name} is required but not set")
                continue
            try:
                values[f.name] = _parse(env[name], hints[f.name])
            except (ValueError, TypeError) as exc:
                raise SettingsError(f"{name}={env[name]!r} is invalid: {exc}") from exc
        try:
            return cls(**values)
        except ValueError as exc:  # raised by a subclass's __post_init__ checks
            raise SettingsError(str(exc)) from exc
