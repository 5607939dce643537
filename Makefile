# Fragilité numérique: every target sets up what it needs (see tools/setup_env.sh).
SHELL := /bin/bash
.DEFAULT_GOAL := help
PLUGIN := fragilite_numerique
export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
ENV = $(shell tools/setup_env.sh)
TS := resources/i18n/$(PLUGIN)_fr.ts
QM := $(TS:.ts=.qm)

.PHONY: help env demo test test-core zip lint bench translations screenshots clean

help:
	@echo "make demo   - compute the Hauts-de-France index on the embedded data into output/"
	@echo "make test   - the whole test suite"
	@echo "make zip    - dist/$(PLUGIN)-$(VERSION).zip, installable in QGIS"
	@echo "make lint   - ruff"
	@echo "make bench  - benchmarks, results in bench/results/"

env:
	@tools/setup_env.sh >/dev/null

# The .ts is generated from the sources and resources/i18n/fr/*.json (tools/i18n.py), then compiled.
translations:
	@tools/setup_env.sh >/dev/null
	@python3 tools/i18n.py update
	@lrelease -silent $(TS) -qm $(QM)

demo: translations
	@PY=$$(tools/setup_env.sh) && $$PY tools/demo.py --output output

test: translations
	@PY=$$(tools/setup_env.sh) && $$PY -m pytest -p no:cacheprovider --qgis_disable_exit tests

test-core:
	@PY=$$(tools/setup_env.sh) && $$PY -m pytest -p no:cacheprovider -p no:qgis tests/core

zip: translations
	@tools/setup_env.sh >/dev/null
	rm -rf build/zip dist/$(PLUGIN)-$(VERSION).zip && mkdir -p build/zip dist
	git archive --format=tar --prefix=$(PLUGIN)/ HEAD | tar -x -C build/zip
	cp $(QM) build/zip/$(PLUGIN)/resources/i18n/
	cd build/zip && zip -q -r ../../dist/$(PLUGIN)-$(VERSION).zip $(PLUGIN)
	@echo "dist/$(PLUGIN)-$(VERSION).zip"

lint:
	@PY=$$(tools/setup_env.sh) && $$PY -m ruff check .

bench: translations
	@PY=$$(tools/setup_env.sh) && $$PY bench/run.py

screenshots: translations
	@PY=$$(tools/setup_env.sh) && $$PY tools/screenshots.py --output output/screenshots

clean:
	rm -rf build dist output .pytest_cache
