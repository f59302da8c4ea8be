"""A bounded cache for the hot paths: a dict (lookups at C speed) that forgets its oldest
entry when full, rather than growing without end or being emptied wholesale."""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


class BoundedCache(dict[K, V]):
    def __init__(self, limit: int) -> None:
        super().__init__()
        if limit < 1:
            raise ValueError("a cache holds at least one entry")
        self.limit = limit

    def put(self, key: K, value: V) -> V:
        if len(self) >= self.limit and key not in self:
            del self[next(iter(self))]  # insertion order: the oldest entry
        self[key] = value
        return value
