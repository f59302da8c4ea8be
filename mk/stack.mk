# The third-party servers the tests and `make dev` run (tests/stack/thirdparty.py): each built
# once from its registry at the chart's pinned version and cached outside the work tree.

.PHONY: thirdparty
# Keycloak's first start re-augments it (minutes on a busy machine): done here once, cached,
# rather than inside the time limit of the first test that starts it.
thirdparty: $(VENV)/.installed ## build (once) InfluxDB 2, oauth2-proxy, Keycloak and RabbitMQ 4 (a trixie root) at the chart's versions, Keycloak's re-augmentation, and Kubernetes, etcd, helm (make kube-check)
	$(PY) -m tests.stack.thirdparty
	$(PY) -m tests.stack.keycloak

TEST_PREREQS += thirdparty

# `make dev` serves its gateway on one port every time (a bookmark keeps working): DEV_PORT, by
# default tests/stack/dev.py's DEFAULT_PORT, or a free one when that is taken. STACK_JSON is the
# state file `make up`, `make down` and `make token` share (the e2e step keeps its own).
DEV_PORT ?=
ACCESS_TTL ?=
STACK_JSON ?= .run/stack.json
DEV_ARGS = --state $(STACK_JSON) $(if $(DEV_PORT),--port $(DEV_PORT)) $(if $(ACCESS_TTL),--access-ttl $(ACCESS_TTL))

dev: setup frontend-build thirdparty ## the whole topology on this machine; prints the URL and demo users; Ctrl-C stops it
	$(PY) -m tests.stack.dev $(DEV_ARGS)

up: setup frontend-build thirdparty ## `make dev` in the background; state in .run/stack.json (STACK_JSON)
	$(PY) -m tests.stack.dev up $(DEV_ARGS)

down: ## stop what `make up` started
	$(PY) -m tests.stack.dev down --state $(STACK_JSON)

.PHONY: dev up down token readme-check
# USER is also the login name in the environment: only `make token USER=...` chooses the demo user.
TOKEN_USER = $(if $(filter command line,$(origin USER)),$(USER),alice)
token: $(VENV)/.installed ## print an access token of demo user USER (alice, bob, admin) of the running `make up`
	@$(PY) -m tests.stack.dev token $(TOKEN_USER) --state $(STACK_JSON)

readme-check: $(VENV)/.installed ## run every command the READMEs show against the running `make up` (STACK_JSON)
	$(PY) -m pytest tests/readme --stack $(STACK_JSON)
