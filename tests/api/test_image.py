"""The API image: a Dockerfile that passes hadolint, runs as non-root, and installs exactly the
versions the tests ran with. (No Docker engine here: the image itself cannot be built.)"""

from __future__ import annotations

import importlib.metadata
import re
import subprocess
import sys
from pathlib import Path

from tests.api.support import ROOT

API = ROOT / "services" / "api"


def test_dockerfile_passes_hadolint() -> None:
    hadolint = Path(sys.executable).parent / "hadolint"
    done = subprocess.run(
        [str(hadolint), str(API / "Dockerfile")], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_dockerfile_runs_unprivileged_from_a_pinned_base() -> None:
    text = (API / "Dockerfile").read_text()
    assert re.findall(r"^USER (\d+):(\d+)$", text, re.MULTILINE) == [("10011", "10011")]
    for base in re.findall(r"^FROM (\S+)", text, re.MULTILINE):
        assert re.fullmatch(r"python:\d+\.\d+\.\d+-slim-\w+", base), base
    assert 'ENTRYPOINT ["python", "-m", "services.api"]' in text


def test_image_requirements_match_the_tested_versions() -> None:
    pins = {}
    for line in (API / "requirements.txt").read_text().splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            pins[re.sub(r"\[.*\]", "", name)] = version
    assert {name: importlib.metadata.version(name) for name in pins} == pins
    # every pin of the image that pyproject.toml declares is the same there
    pyproject = (ROOT / "pyproject.toml").read_text()
    for name, version in pins.items():
        declared = re.search(rf'"{re.escape(name)}(\[[^\]]*\])?==([^"]+)"', pyproject)
        assert declared is None or declared[2] == version, name
