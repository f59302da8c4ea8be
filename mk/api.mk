# The API service (issue 4): gRPC stubs, the Node test clients, the benchmark.

API_NODE := tests/api/node

.PHONY: protos api-npm bench-api

protos: $(VENV)/.installed api-npm ## regenerate the Python gRPC stubs (services/api/gen) and the Node test client code
	$(PY) protos/generate.py
	cd $(API_NODE) && npx --no-install buf generate

$(API_NODE)/node_modules/.installed: $(API_NODE)/package-lock.json
	cd $(API_NODE) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

api-npm: $(API_NODE)/node_modules/.installed ## Node gRPC-Web clients for the API tests

TEST_PREREQS += api-npm

bench-api: setup api-npm thirdparty ## 10,000-point query: direct InfluxDB vs REST, gRPC, gRPC-Web; 50 concurrent REST clients
	$(PY) -m tests.api.bench
