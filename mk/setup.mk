# Installation from nothing: a Python venv from pyproject.toml, and the Debian packages
# the tests and `make dev` run for real (nginx, Chromium, and debootstrap, with which `make
# thirdparty` makes the trixie root that RabbitMQ 4 runs from; InfluxDB 2 is built from its
# Go module by `make thirdparty`; iptables cuts one node of the local cluster off in `make chaos`).

APT_PACKAGES := debootstrap nginx-light chromium chromium-driver iptables
# Commands that tell whether each package above is already installed.
APT_PROBES := /usr/sbin/debootstrap /usr/sbin/nginx /usr/bin/chromium /usr/bin/chromedriver /usr/sbin/iptables

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

.PHONY: system-deps
system-deps: ## Debian packages for nginx, Chromium, debootstrap and iptables (installed when missing)
	@missing=0; for p in $(APT_PROBES); do test -x $$p || missing=1; done; \
	if [ $$missing = 1 ]; then \
	  echo "installing $(APT_PACKAGES)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(APT_PACKAGES) >/dev/null; \
	fi
