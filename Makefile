# Baoxue — the two commands of the quick start are `make run` and `make test`.
PY      ?= python3
VENV    ?= .venv
ifeq ($(OS),Windows_NT)
BIN     := $(VENV)/Scripts
else
BIN     := $(VENV)/bin
endif
STAMP   := $(VENV)/.installed
TS      := $(wildcard resources/translations/*.ts)
QM      := $(TS:.ts=.qm)

.PHONY: run test bench translations lupdate sysdeps clean

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -c constraints.txt -e '.[test,county]'
	@touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Debian packages the test suite uses: pdftoppm (poppler-utils) to look at printed forms,
# xmlsec1 to verify signed bundles with an independent XML Signature tool, postgresql (initdb/pg_ctl) for
# the county tests' throw-away server. Installed when missing.
SYSPKGS := $(if $(shell command -v pdftoppm),,poppler-utils) $(if $(shell command -v xmlsec1),,xmlsec1) \
  $(if $(wildcard /usr/lib/postgresql/*/bin/initdb),,postgresql)
sysdeps:
	@if [ -n "$(strip $(SYSPKGS))" ]; then \
	  if command -v apt-get >/dev/null 2>&1; then \
	    SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    $$SUDO apt-get update -qq >/dev/null 2>&1; \
	    DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(SYSPKGS) >/dev/null 2>&1 || \
	      echo "note: could not install $(SYSPKGS); the checks that need them will be skipped"; \
	  else echo "note: $(SYSPKGS) missing and no apt-get; the checks that need them will be skipped"; fi; \
	fi

run: $(STAMP) translations
	$(BIN)/baoxue $(ARGS)

test: $(STAMP) translations sysdeps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n 2 -p no:cacheprovider $(ARGS)

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench $(ARGS)

# Refresh the .ts sources from the code (run after adding UI strings, then translate).
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate $(shell find app/ui -name '*.py') -ts $(TS)

clean:
	rm -rf $(VENV) $(QM) build *.egg-info
