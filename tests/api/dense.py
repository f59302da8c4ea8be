"""Dense test data: 20,000 points of alice's and bob's `wave` (a sawtooth with one spike and one
dip, each owner in its own value range, 10 points a second), before the seeded two hours. The
`dense` fixture (conftest.py) writes it once per session."""

from __future__ import annotations

from typing import Any

from tests.api.support import ALICE, BOB, NOW_NS, stored_line

POINTS = 20_000
STEP_NS = 100_000_000  # 10 points a second
START_NS = (NOW_NS - 3 * 3600 * 10**9) // 10**9 * 10**9  # before the seeded data's two hours
STOP_NS = START_NS + POINTS * STEP_NS
SPIKE, DIP = 12_345, 777
BASE = {ALICE: 0.0, BOB: 100_000.0}


def wave(owner: str) -> list[tuple[int, float]]:
    """(time, value) of one owner's points: a sawtooth, a spike and a dip."""
    points = []
    for i in range(POINTS):
        value = float(i % 100)
        if i == SPIKE:
            value = 5000.0
        elif i == DIP:
            value = -5000.0
        points.append((START_NS + i * STEP_NS, BASE[owner] + value))
    return points


def dense_lines() -> list[str]:
    """The stored lines of both owners' waves, with an integer and a string field beside."""
    lines = []
    for owner in BASE:
        for i, (t, value) in enumerate(wave(owner)):
            fields: dict[str, Any] = {"value": value, "count": i, "label": f"p{i}"}
            lines.append(stored_line(owner, "wave", {"sensor": "d1"}, fields, t))
    return lines
