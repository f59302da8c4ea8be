# The Angular SPA (services/frontend): npm install, the generated Connect-ES client, build,
# unit tests (Vitest on jsdom), the SPA benchmark in headless Chromium; the whole topology on
# this machine (make dev / up / down, tests/stack/dev.py) and the browser end-to-end tests.
FRONTEND := services/frontend
FRONTEND_NPM := $(FRONTEND)/node_modules/.installed
FRONTEND_DIST := $(FRONTEND)/dist/browser/index.html
FRONTEND_SOURCES := $(shell find $(FRONTEND)/src $(FRONTEND)/public $(FRONTEND)/scripts -type f 2>/dev/null) \
	$(FRONTEND)/angular.json $(FRONTEND)/tsconfig.json $(FRONTEND)/tsconfig.app.json
# Playwright drives Debian's /usr/bin/chromium: never download a browser build.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
export NG_CLI_ANALYTICS := false

TEST_PREREQS += frontend-gen-check frontend-build
TEST_STEPS += frontend-test e2e
# The e2e suite's own stack, apart from a developer's `make up`.
E2E_STATE := .run/e2e-stack.json
# Short-lived access tokens (the dev realm's identity.access_token_lifespan_s), so the suite sees
# the SPA renew them with its rotated refresh token.
E2E_ACCESS_TTL := 30

$(FRONTEND_NPM): $(FRONTEND)/package-lock.json
	cd $(FRONTEND) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(FRONTEND_DIST): $(FRONTEND_NPM) $(FRONTEND_SOURCES)
	cd $(FRONTEND) && npx ng build --configuration production && node scripts/compile-hints.mjs dist/browser
	touch $@

.PHONY: frontend-deps frontend-gen frontend-gen-check frontend-build frontend-test bench-spa profile-spa e2e screenshot

frontend-deps: $(FRONTEND_NPM) ## npm ci for the SPA (once per package-lock.json)

frontend-gen: $(FRONTEND_NPM) ## regenerate the SPA's Connect-ES client from protos/ into src/gen
	cd $(FRONTEND) && npx buf generate ../../protos

frontend-gen-check: $(FRONTEND_NPM) ## prove the committed Connect-ES client equals a fresh generation
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	(cd $(FRONTEND) && npx buf generate ../../protos --output "$$tmp") && \
	diff -ru $(FRONTEND)/src/gen "$$tmp/src/gen" && echo "frontend: src/gen is fresh"

frontend-build: $(FRONTEND_DIST) ## production build of the SPA into services/frontend/dist/browser

frontend-test: $(FRONTEND_NPM) ## the SPA's unit tests (Vitest), and a type check of the e2e tests
	cd $(FRONTEND) && npx tsc -p e2e/tsconfig.json
	cd $(FRONTEND) && npx ng test --watch=false

bench-spa: setup $(FRONTEND_DIST) thirdparty ## initial JS (gzip), 10k chart, 3x10k overlay render times; 1M stored points request-to-chart on the real stack
	cd $(FRONTEND) && PYTHON=$(abspath $(PY)) node bench/spa-bench.mjs

# A production build with source maps apart from dist/ (which stays as nginx serves it), so the
# profile names uPlot's, Angular's and the app's functions.
SPA_PROFILE_DIST := $(CURDIR)/.run/spa-profile
profile-spa: $(FRONTEND_NPM) ## where bench-spa's chart_10k_ms goes (PROFILE_VIEW=overlay: the 3-series overlay): Chromium trace and CPU profile per activity, package and function
	cd $(FRONTEND) && npx ng build --configuration production --source-map --output-path $(SPA_PROFILE_DIST) && \
	  node scripts/compile-hints.mjs $(SPA_PROFILE_DIST)/browser
	cd $(FRONTEND) && PROFILE_DIST=$(SPA_PROFILE_DIST)/browser node bench/spa-profile.mjs

# One stack for both end-to-end suites, started and stopped with the README's own `make up` and
# `make down`: the browser tests, then every command the READMEs show (tests/readme).
e2e: setup frontend-build thirdparty ## end-to-end tests against the whole topology: the browser suite (Playwright, Chromium) and the READMEs' commands
	$(MAKE) -s up STACK_JSON=$(E2E_STATE) DEV_PORT=0 ACCESS_TTL=$(E2E_ACCESS_TTL)
	trap '$(MAKE) -s down STACK_JSON=$(E2E_STATE)' EXIT; \
	(cd $(FRONTEND) && STACK_JSON=$(CURDIR)/$(E2E_STATE) npx playwright test -c e2e/playwright.config.ts) && \
	$(PY) -m pytest tests/readme --stack $(E2E_STATE)

screenshot: ## retake docs/dashboard.png from the demo data of a running `make up`
	cd $(FRONTEND) && STACK_JSON=$(abspath $(STACK_JSON)) README_SHOT=$(CURDIR)/docs/dashboard.png \
	  npx playwright test -c e2e/playwright.config.ts readme-shot
