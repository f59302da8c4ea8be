"""Generate the Python gRPC stubs (with .pyi) from protos/ into services/api/gen/.

Run with `make protos`; tests/api/test_stubs_fresh.py regenerates into a temporary directory
and compares, so the committed stubs can never drift from the contract.
"""

from __future__ import annotations

import argparse
import re
import sys
from importlib import resources
from pathlib import Path

from grpc_tools import protoc

ROOT = Path(__file__).resolve().parent.parent
PROTOS = ROOT / "protos"
OUT = ROOT / "services" / "api" / "gen"
PACKAGE = "services.api.gen"
# protoc writes `from timeseries.v1 import x_pb2`, which only resolves with gen/ on sys.path;
# rewritten to the absolute package path so the stubs import like any other module.
_IMPORT = re.compile(r"^from timeseries\.(\S+) import", re.MULTILINE)


def generate(out: Path) -> list[Path]:
    protos = sorted(str(p.relative_to(PROTOS)) for p in PROTOS.rglob("*.proto"))
    include = str(resources.files("grpc_tools") / "_proto")
    out.mkdir(parents=True, exist_ok=True)
    args = ["protoc", f"-I{PROTOS}", f"-I{include}", f"--python_out={out}", f"--pyi_out={out}"]
    args += [f"--grpc_python_out={out}", *protos]
    if protoc.main(args) != 0:
        raise SystemExit("protoc failed")
    written = sorted(p for p in out.rglob("*.py*") if p.suffix in (".py", ".pyi"))
    for path in written:
        text = _IMPORT.sub(rf"from {PACKAGE}.timeseries.\1 import", path.read_text())
        path.write_text(text)
    for folder in {p.parent for p in written} | {out}:
        while folder != out.parent:
            init = folder / "__init__.py"
            if not init.exists():
                init.write_text("")
            folder = folder.parent
    return sorted(out.rglob("*.py*"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT)
    generated = generate(parser.parse_args().out)
    print(f"generated {len(generated)} files", file=sys.stderr)


if __name__ == "__main__":
    main()
