# The README's two commands are `make synth` and `make test`; both set up from nothing.
# Each area keeps its targets in mk/<area>.mk; this file holds what they share.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

VENV ?= .venv
PY := $(VENV)/bin/python
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 20
export PIP_DISABLE_PIP_VERSION_CHECK := 1

# `make test`'s pytest run: two processes, each taking whole files (so a file's module fixtures,
# such as test_kube's control plane, start once). Run in one, the suite keeps about one of two
# cores busy (583 s of CPU in 566 s), the rest is waiting on real servers. `PYTEST_ARGS=` runs one.
# A crashed process ends the run: with loadfile, a replaced one can hang it (pytest-xdist #784).
PYTEST_ARGS ?= -n 2 --dist loadfile --no-loadscope-reorder --max-worker-restart=0 --durations=15

# Areas add their test prerequisites (npm installs, generated code checks, ...) here.
TEST_PREREQS :=
# Areas add non-pytest test steps (e.g. the browser suite) here; they run after pytest.
TEST_STEPS :=

include mk/*.mk

.PHONY: help setup test lint

help: ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | sort | awk 'BEGIN{FS=":.*## "}{printf "  %-16s %s\n", $$1, $$2}'

setup: $(VENV)/.installed system-deps ## Python venv and system packages (idempotent)

lint: $(VENV)/.installed ## ruff and mypy
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy $(wildcard chart services tests)

test: setup $(TEST_PREREQS) ## set up from nothing and run every test
	$(MAKE) lint
	$(PY) -m pytest $(PYTEST_ARGS)
	@for step in $(TEST_STEPS); do $(MAKE) $$step; done
