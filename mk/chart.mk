# The chart (issue 2): synthesis, CRD imports, Helm packaging, Secrets, and its test tools.
#   make synth [PROFILE=dev] [CHART_CONFIG=my.toml] [CHART_SET="api.replicas=3 domain=x.example.org"]

PROFILE ?= prod
CHART_CONFIG ?=
CHART_SET ?=
# The default profile is committed in dist/; other profiles go beside it.
SYNTH_OUT ?= $(if $(filter prod,$(PROFILE)),dist,dist-$(PROFILE))
CDK8S := node_modules/.bin/cdk8s
# Upstream CRD bundles (cdk8s.yaml names their release URLs); a copy lives in ../shared/crds.
CRDS_DIR ?= $(firstword $(wildcard ../shared/crds ../../shared/crds))
GATEWAY_API_VERSION := v1.6.1
CERT_MANAGER_VERSION := v1.21.1
CHECKOV_VERSION := 3.3.30
CHECKOV := $(VENV)/checkov/bin/checkov
CHART_ARGS = --profile $(PROFILE) $(if $(CHART_CONFIG),--config $(CHART_CONFIG)) $(foreach s,$(CHART_SET),--set $(s))

.PHONY: synth imports helm bench-synth secrets checkov chart-npm

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

chart-npm: node_modules/.installed ## cdk8s-cli (npm) for imports and helm

synth: $(VENV)/.installed ## synthesize every manifest of PROFILE (default prod) into dist/
	rm -rf $(SYNTH_OUT)
	$(PY) -m chart $(CHART_ARGS) --outdir $(SYNTH_OUT)
	@echo "wrote $(SYNTH_OUT)/"

# imports/ is generated: `make imports` rewrites it, and tests/chart proves it is fresh.
IMPORTS_OUT ?= imports
CRD_BUILD ?= build/crds
imports: node_modules/.installed ## regenerate imports/ (cdk8s import of the Gateway API and cert-manager CRDs)
	test -d "$(CRDS_DIR)" || { echo "CRD copies not found (../shared/crds)"; exit 1; }
	rm -rf $(CRD_BUILD) $(IMPORTS_OUT) && mkdir -p $(CRD_BUILD)
	# cdk8s import reads only the first file it is given: one multi-document file per bundle.
	for f in $(CRDS_DIR)/gateway-api-$(GATEWAY_API_VERSION)/*.yaml; do echo '---'; sed '1{/^---$$/d}' $$f; done \
	  > $(CRD_BUILD)/gateway-api.yaml
	for f in $(CRDS_DIR)/cert-manager-$(CERT_MANAGER_VERSION)/*.yaml; do echo '---'; sed '1{/^---$$/d}' $$f; done \
	  > $(CRD_BUILD)/cert-manager.yaml
	# Run outside the project (`cdk8s import` appends what it imported to a cdk8s.yaml it finds);
	# the two bundles import in parallel into separate trees, merged afterwards.
	for bundle in gateway-api cert-manager; do \
	  (cd $(CRD_BUILD) && $(abspath $(CDK8S)) import --no-check-upgrade --language python \
	    --output $$bundle-imports $$bundle.yaml >/dev/null) & \
	done; wait %1 && wait %2
	mkdir -p $(IMPORTS_OUT)
	cp -R $(CRD_BUILD)/gateway-api-imports/. $(CRD_BUILD)/cert-manager-imports/. $(IMPORTS_OUT)/

HELM_OUT ?= helm
HELM_VERSION ?= 0.1.0
helm: node_modules/.installed $(VENV)/.installed ## a Helm chart of the same manifests in helm/ (HELM_OUT)
	rm -rf $(HELM_OUT) build/helm/timeseries && mkdir -p build/helm/timeseries
	# A project file without imports: the CLI would download the CRD bundles into the chart,
	# and the CRDs belong to the cluster (Gateway API, cert-manager), not to this release.
	printf 'language: python\napp: env PYTHONPATH=$(CURDIR) $(abspath $(PY)) -m chart $(CHART_ARGS)\n' \
	  > build/helm/timeseries/cdk8s.yaml
	cd build/helm/timeseries && $(abspath $(CDK8S)) synth --no-check-upgrade --format helm \
	  --chart-version $(HELM_VERSION) --output $(abspath $(HELM_OUT)) >/dev/null
	@echo "wrote $(HELM_OUT)/"

bench-synth: $(VENV)/.installed ## median wall time of 5 full syntheses (last line: synth: median_s=<s>)
	$(PY) -m chart.bench --runs 5

secrets: $(VENV)/.installed ## create every Secret the manifests reference, random values, never overwriting
	$(PY) -m chart.secrets $(CHART_ARGS)

$(CHECKOV):
	python3 -m venv $(VENV)/checkov
	$(VENV)/checkov/bin/pip install -q checkov==$(CHECKOV_VERSION)

checkov: $(CHECKOV) ## checkov (own venv: its pins differ from the project's) for the chart tests

TEST_PREREQS += checkov node_modules/.installed

.PHONY: kube-check
# tests/chart/test_kube.py runs the same check in `make test`, on the control plane it shares
# with the secrets, refusal and helm tests.
kube-check: $(VENV)/.installed thirdparty ## a real API server admits README's apply of every configuration, twice (last line: kube: ...)
	$(PY) -m tests.stack.kube_check
