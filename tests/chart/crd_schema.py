"""Validate custom resources offline the way the API server would: defaults, schema, CEL rules.

The schemas are the CRDs themselves (../shared/crds, the files imports/ is generated from).
Defaulting runs first because the CRDs' CEL rules assume defaulted fields (a backendRef's
`kind: Service`, a rule's default `matches`). Rules that compare with `oldSelf` only apply to
updates and are skipped. Unknown fields fail, like `kubectl apply --validate=strict`.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import celpy
import jsonschema
import yaml
from celpy.adapter import json_to_cel

from tests.chart.support import ROOT

Schema = dict[str, Any]


def crds_dir() -> Path:
    # Beside the checkout (CI), or beside the folder of git worktrees.
    for candidate in (ROOT.parent / "shared" / "crds", ROOT.parent.parent / "shared" / "crds"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the CRD copies (../shared/crds) are missing")


@functools.cache
def schemas() -> dict[tuple[str, str], Schema]:
    """(apiVersion, kind) -> openAPIV3Schema of every served version of every CRD."""
    found: dict[tuple[str, str], Schema] = {}
    for path in sorted(crds_dir().glob("*/*.yaml")):
        for crd in yaml.safe_load_all(path.read_text()):
            if not crd:
                continue
            group, kind = crd["spec"]["group"], crd["spec"]["names"]["kind"]
            for version in crd["spec"]["versions"]:
                if version.get("served", True):
                    found[(f"{group}/{version['name']}", kind)] = version["schema"]["openAPIV3Schema"]
    return found


def apply_defaults(schema: Schema, value: Any) -> Any:
    if schema.get("type") == "object" and isinstance(value, dict):
        for key, sub in schema.get("properties", {}).items():
            if key not in value and "default" in sub:
                value[key] = copy.deepcopy(sub["default"])
            if key in value:
                apply_defaults(sub, value[key])
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            for item in value.values():
                apply_defaults(extra, item)
    elif schema.get("type") == "array" and isinstance(value, list):
        for item in value:
            apply_defaults(schema.get("items", {}), item)
    return value


def unknown_fields(schema: Schema, value: Any, path: str) -> Iterator[str]:
    if schema.get("type") == "object" and isinstance(value, dict):
        properties = schema.get("properties")
        if properties is None or schema.get("x-kubernetes-preserve-unknown-fields"):
            return
        if path == "":
            properties = {**properties, "metadata": {}}
        for key, item in value.items():
            if key not in properties:
                yield f"{path}.{key}"
            else:
                yield from unknown_fields(properties[key], item, f"{path}.{key}")
    elif schema.get("type") == "array" and isinstance(value, list):
        for index, item in enumerate(value):
            yield from unknown_fields(schema.get("items", {}), item, f"{path}[{index}]")


_CEL = celpy.Environment()


@functools.cache
def _program(rule: str) -> Any:
    return _CEL.program(_CEL.compile(rule))


def cel_failures(schema: Schema, value: Any, path: str) -> Iterator[str]:
    """Each x-kubernetes-validations rule that does not hold (its message and path)."""
    if value is None:
        return
    for rule in schema.get("x-kubernetes-validations", []):
        if "oldSelf" in rule["rule"]:
            continue
        result = _program(rule["rule"]).evaluate({"self": json_to_cel(value)})
        if result is not True and result != celpy.celtypes.BoolType(True):
            yield f"{path or '.'}: {rule.get('message', rule['rule'])} ({result})"
    if schema.get("type") == "object" and isinstance(value, dict):
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                yield from cel_failures(sub, value[key], f"{path}.{key}")
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            for key, item in value.items():
                yield from cel_failures(extra, item, f"{path}.{key}")
    elif schema.get("type") == "array" and isinstance(value, list):
        for index, item in enumerate(value):
            yield from cel_failures(schema.get("items", {}), item, f"{path}[{index}]")


def problems(obj: dict[str, Any]) -> list[str]:
    """Everything the API server would reject in the custom resource `obj` (empty if none)."""
    schema = schemas()[(obj["apiVersion"], obj["kind"])]
    found = [
        f"schema: {e.json_path}: {e.message}" for e in jsonschema.Draft7Validator(schema).iter_errors(obj)
    ]
    found += [f"unknown field {p}" for p in unknown_fields(schema, obj, "")]
    defaulted = apply_defaults(schema, copy.deepcopy(obj))
    found += [f"CEL {p}" for p in cel_failures(schema, defaulted, "")]
    return found
