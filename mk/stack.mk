# The third-party servers the tests and `make dev` run (tests/stack/thirdparty.py): each built
# once from its registry at the chart's pinned version and cached outside the work tree.

.PHONY: thirdparty
thirdparty: $(VENV)/.installed ## build (once) InfluxDB 2, oauth2-proxy and Keycloak at the chart's versions
	$(PY) -m tests.stack.thirdparty

TEST_PREREQS += thirdparty
