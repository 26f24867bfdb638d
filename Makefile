# paradigm_carto: build, test and demo on Debian 12/13 (run as root on a fresh machine).
#
#   make demo      load the bundled sample headless, save a project, render PNGs
#   make test      the whole test suite (real QGIS, real QGIS Server on loopback)
#   make package   dist/paradigm_carto-<version>.zip, installable in QGIS
#   make qgis      QGIS desktop with the packaged plugin in a throwaway profile
#   make lint      ruff
#   make sample    rebuild resources/sample/urbis_sample.gpkg from ../shared/data/urbis

SHELL := /bin/bash
PLUGIN := paradigm_carto
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
VENV := .venv
PY := $(VENV)/bin/python
STAMPS := .stamps
SYSTEM_PYTHON := /usr/bin/python3
PYCSW_VENV := .venv-pycsw
export PARADIGM_PYCSW_VENV ?= $(CURDIR)/$(PYCSW_VENV)
DEB_PACKAGES := python3-qgis qgis-providers qgis-server qgis xvfb qttools5-dev-tools \
                python3-venv python3-pip zip unzip poppler-utils
export QT_QPA_PLATFORM ?= offscreen
export XDG_RUNTIME_DIR ?= /tmp/runtime-$(shell id -u)
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: all deps venv pycsw-venv translations test demo package qgis lint sample benchmark clean check-translations

all: test

# --- installation -----------------------------------------------------------
# Debian packages: only those missing are installed (apt-get update once).
deps: $(STAMPS)/deps
$(STAMPS)/deps: Makefile
	@mkdir -p $(STAMPS)
	@missing=""; for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	@touch $@

venv: $(STAMPS)/venv
$(STAMPS)/venv: requirements-dev.txt $(STAMPS)/deps
	@test -x $(PY) || $(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	@touch $@

# pycsw (the real CSW-T catalogue of the tests and the demo) in its own venv:
# it pins SQLAlchemy<2 and OWSLib<0.29, so it never goes into QGIS's Python.
pycsw-venv: $(STAMPS)/pycsw-venv
$(STAMPS)/pycsw-venv: requirements-pycsw.txt scripts/pycsw_server.py $(STAMPS)/deps
	$(SYSTEM_PYTHON) scripts/pycsw_server.py --setup
	@touch $@

# Compiled translations (.qm) next to their sources; the build fails on
# unfinished or obsolete entries.
translations: $(STAMPS)/deps
	$(SYSTEM_PYTHON) scripts/translations.py --check
	@for ts in i18n/*.ts; do lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; done

check-translations: translations

# --- main jobs --------------------------------------------------------------
test: venv translations pycsw-venv
	$(PY) -m pytest

demo: venv translations pycsw-venv
	$(PY) scripts/demo.py --output build/demo

sample: venv
	$(PY) scripts/build_sample.py --output resources/sample/urbis_sample.gpkg

benchmark: venv translations
	$(PY) benchmarks/bench_load.py
	$(PY) benchmarks/bench_render.py
	$(PY) benchmarks/bench_topology.py

lint: venv
	$(VENV)/bin/ruff check paradigm_carto scripts tests benchmarks
	$(SYSTEM_PYTHON) scripts/translations.py --check

# --- packaging --------------------------------------------------------------
package: translations
	@rm -rf build/package && mkdir -p build/package/$(PLUGIN) dist
	cp -r $(PLUGIN)/. build/package/$(PLUGIN)/
	cp metadata.txt LICENSE build/package/$(PLUGIN)/
	cp -r resources build/package/$(PLUGIN)/resources
	mkdir -p build/package/$(PLUGIN)/i18n && cp i18n/*.qm build/package/$(PLUGIN)/i18n/
	find build/package -name __pycache__ -prune -exec rm -rf {} +
	cd build/package && rm -f ../../dist/$(PLUGIN)-$(VERSION).zip && zip -qr ../../dist/$(PLUGIN)-$(VERSION).zip $(PLUGIN)
	@echo "Package: dist/$(PLUGIN)-$(VERSION).zip"

# QGIS desktop with the packaged plugin installed and enabled in a throwaway
# profile (deleted afterwards). Uses Xvfb when there is no display.
qgis: package
	@profiles=$$(mktemp -d); \
	$(SYSTEM_PYTHON) scripts/install_profile.py dist/$(PLUGIN)-$(VERSION).zip "$$profiles" paradigm; \
	if [ -n "$$DISPLAY" ]; then QT_QPA_PLATFORM=xcb qgis --profiles-path "$$profiles" --profile paradigm; \
	else QT_QPA_PLATFORM=xcb xvfb-run -a -s '-screen 0 1600x1000x24' qgis --profiles-path "$$profiles" --profile paradigm; fi; \
	rm -rf "$$profiles"

clean:
	rm -rf build dist $(STAMPS) i18n/*.qm .pytest_cache $(PYCSW_VENV)
