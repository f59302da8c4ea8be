# The third-party servers the tests and `make dev` run (tests/stack/thirdparty.py): each built
# once from its registry at the chart's pinned version and cached outside the work tree.

.PHONY: thirdparty
thirdparty: $(VENV)/.installed ## build (once) InfluxDB 2, oauth2-proxy, Keycloak (the chart's versions), Kubernetes, etcd, helm
	$(PY) -m tests.stack.thirdparty

TEST_PREREQS += thirdparty

.PHONY: token
# USER is also the login name in the environment: only `make token USER=...` chooses the demo user.
TOKEN_USER = $(if $(filter command line,$(origin USER)),$(USER),alice)
token: $(VENV)/.installed ## print an access token of demo user USER (alice, bob, admin) of the running `make up`
	@$(PY) -m tests.stack.dev token $(TOKEN_USER)
