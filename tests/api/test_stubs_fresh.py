"""The committed generated code equals a fresh generation from protos/ (Python and Node)."""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from protos.generate import OUT, generate

NODE_DIR = Path(__file__).resolve().parent / "node"


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_python_stubs_are_fresh(tmp_path: Path) -> None:
    generate(tmp_path / "gen")
    assert _files(tmp_path / "gen") == _files(OUT), "run `make protos` and commit services/api/gen"


def test_node_client_code_is_fresh(tmp_path: Path) -> None:
    if not (NODE_DIR / "node_modules" / ".bin" / "buf").exists():
        pytest.fail("run `make api-npm` first")
    work = tmp_path / "node"
    shutil.copytree(NODE_DIR, work, symlinks=True, ignore=shutil.ignore_patterns("node_modules", "gen"))
    (work / "node_modules").symlink_to(NODE_DIR / "node_modules")
    # buf resolves the input relative to the config: point it at the real protos/.
    config = (
        (work / "buf.gen.yaml").read_text().replace("../../../protos", str(NODE_DIR.parents[2] / "protos"))
    )
    (work / "buf.gen.yaml").write_text(config)
    bin_dir = NODE_DIR / "node_modules" / ".bin"
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    subprocess.run(["buf", "generate"], cwd=work, env=env, check=True, timeout=120)
    comparison = filecmp.dircmp(work / "gen", NODE_DIR / "gen")
    assert _files(work / "gen") == _files(NODE_DIR / "gen"), f"run `make protos`: {comparison.diff_files}"
