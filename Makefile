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

.PHONY: run test bench torture translations lupdate sysdeps qtdeps guide guide-pages dist dist-smoke wheel installer-tools installer-check clean
DIST_STAMP := $(VENV)/.dist-installed

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -c constraints.txt -e '.[test,county,guide]'
	@touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Debian packages the test suite uses: pdftoppm (poppler-utils) to look at printed forms,
# xmlsec1 to verify signed bundles with an independent XML Signature tool, postgresql for the county tests'
# throw-away server. Installed when missing.
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

# The system libraries Qt's window plugin (xcb) needs on a Linux desktop, found by `ldd` of the
# plugin (python -m app.qt_libs): installed with apt-get when it is there, else named exactly.
qtdeps: $(STAMP)
	@PKGS="$$(env -u QT_QPA_PLATFORM $(BIN)/python -m app.qt_libs --packages)"; \
	if [ -n "$$PKGS" ]; then \
	  if command -v apt-get >/dev/null 2>&1; then \
	    SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    echo "installing the system libraries Qt needs: $$PKGS"; \
	    $$SUDO apt-get update -qq >/dev/null 2>&1; \
	    DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$PKGS >/dev/null || \
	      { echo "could not install them; as an administrator run: apt-get install $$PKGS"; exit 1; }; \
	  else echo "Qt needs these system libraries (Debian/Ubuntu package names): $$PKGS"; exit 1; fi; \
	fi

run: $(STAMP) translations qtdeps
	$(BIN)/baoxue $(ARGS)

test: $(STAMP) translations sysdeps
	@$(MAKE) -s $(INNO) >/dev/null 2>&1 || echo "note: could not fetch Inno Setup (npm); the check of the Chinese installer language file will be skipped"
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n 2 -p no:cacheprovider $(ARGS)

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench $(ARGS)

# The reliability suite (not in `make test`): kill -9 during import, export, printing and roll calls, and
# fuzzers for the roster importer and county verification; figures into bench/results.json ("torture").
# TORTURE_TRIALS=N scales it (default 50 kill trials per operation, 40 x N fuzzed files per fuzzer).
torture: $(STAMP) sysdeps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.torture $(ARGS)

# The user guide (使用说明): screenshots of the real windows on the demo school, taken offscreen at
# 1366x768 into build/guide/shots (not committed), then the pages built from the Markdown text in
# resources/guide/zh_CN/ into resources/guide/zh_CN/html/ (committed and shipped: F1 opens them).
# `make guide-pages` rebuilds the pages alone after a change of wording (keeps the images).
guide: $(STAMP) translations
	$(BIN)/python -m app.ui.guide_shots --out build/guide/shots
	$(BIN)/python -m app.guide build --shots build/guide/shots
	$(BIN)/python -m app.ui.guide_shots --pages --out build/guide/pages

guide-pages: $(STAMP)
	$(BIN)/python -m app.guide pages

# The frozen one-folder program (dist/baoxue/: baoxue + baoxue-cli) from installer/baoxue.spec,
# then `make dist-smoke` runs the built program headless (installer/smoke.py).
$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install -q --disable-pip-version-check -c constraints.txt -e '.[test,dist,county,guide]'
	@touch $(DIST_STAMP)

dist: $(DIST_STAMP) translations
	$(BIN)/python -m app.guide check
	$(BIN)/python installer/build_assets.py
	$(BIN)/pyinstaller installer/baoxue.spec --noconfirm --clean --distpath dist --workpath build/pyinstaller \
	  --log-level WARN
	@du -sh dist/baoxue

dist-smoke:
	QT_QPA_PLATFORM=offscreen $(BIN)/python installer/smoke.py dist/baoxue

# The Windows installer, checked on Linux: Inno Setup 6.4 (ISCC.exe, Default.isl) from the npm
# package `innosetup`, run through Debian's wine under Xvfb (installer/wine_check.py: compile the
# committed script, install, upgrade, uninstall). installer/README.md says what it cannot check.
INNO_VERSION := 6.4.1
INNO := build/innosetup/package/bin/ISCC.exe
$(INNO):
	mkdir -p build/innosetup
	cd build/innosetup && npm pack --silent innosetup@$(INNO_VERSION) >/dev/null && tar xzf innosetup-$(INNO_VERSION).tgz
	@touch $@

installer-tools: $(INNO)

WINEPKGS := $(if $(shell command -v wine),,wine wine32:i386 wine64) $(if $(shell command -v xvfb-run),,xvfb xauth)
installer-check: $(STAMP) $(INNO)
	@if [ -n "$(strip $(WINEPKGS))" ]; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  echo "installing $(WINEPKGS) to run Inno Setup"; \
	  $$SUDO dpkg --add-architecture i386 && $$SUDO apt-get update -qq >/dev/null 2>&1 && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $(WINEPKGS) >/dev/null; \
	fi
	$(BIN)/python installer/build_assets.py >/dev/null
	$(BIN)/python installer/check_iss.py
	xvfb-run -a $(BIN)/python installer/wine_check.py

# The wheel (carries resources/ and the compiled translations, see setup.py) into dist/.
wheel: $(STAMP) translations
	$(BIN)/python -m pip wheel --no-deps -q -w dist .

# Refresh the .ts sources from the code (run after adding UI strings, then translate).
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate $(shell find app/ui -name '*.py') -ts $(TS)

clean:
	rm -rf $(VENV) $(QM) build dist installer/build *.egg-info
