"""Generated artifacts are fresh: dist/ equals a new synthesis, imports/ a new `cdk8s import`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.chart.support import DIST, ROOT


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_dist_equals_a_fresh_synthesis_byte_for_byte(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "chart", "--outdir", str(out)], cwd=ROOT, check=True, timeout=120)
    fresh, committed = _tree(out), _tree(DIST)
    assert sorted(fresh) == sorted(committed), "dist/ has other files than a synthesis: run `make synth`"
    for name, content in fresh.items():
        assert committed[name] == content, f"dist/{name} is stale: run `make synth`"


def test_imports_equal_a_fresh_cdk8s_import(tmp_path: Path) -> None:
    if not (ROOT / "node_modules" / ".bin" / "cdk8s").exists():
        pytest.fail("cdk8s-cli missing: `make test` installs it (node_modules/.installed)")
    out = tmp_path / "imports"
    subprocess.run(
        ["make", "-s", "imports", f"IMPORTS_OUT={out}", f"CRD_BUILD={tmp_path / 'crds'}"],
        cwd=ROOT,
        check=True,
        timeout=300,
        env={**os.environ, "MAKEFLAGS": ""},
        stdout=subprocess.DEVNULL,
    )
    fresh, committed = _tree(out), _tree(ROOT / "imports")
    assert sorted(fresh) == sorted(committed), "imports/ has other files than `make imports` makes"
    stale = [name for name, content in fresh.items() if committed[name] != content]
    assert not stale, f"imports/ differs from a fresh `make imports`: {stale}"
