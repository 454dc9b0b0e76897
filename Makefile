# Two commands do all the set-up: `make run` starts the application, `make test` runs every test.
# Both create .venv, install what is missing (system libraries for Qt included) and build the
# translations first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint translations update-translations system-deps test-deps clean package package-check bench

run: $(VENV)/.installed translations
	$(BIN)/obecdesk

# test-deps on every test run, not only when .venv is created (PDF tools, a PostgreSQL server).
# The suite runs on every core (pytest-xdist, one worker per core; a file's tests stay together);
# `make test JOBS=0` runs it in one process.
JOBS ?= auto
test: test-deps $(VENV)/.installed-dev translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(JOBS) --dist loadfile
	$(BIN)/ruff check obecdesk tests bench

# every benchmark, each figure beside its goal (bench/results/latest.json); SIZE=small is quick
SIZE ?= full
bench: $(VENV)/.installed translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run_all.py --size $(SIZE)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check obecdesk tests bench

system-deps:
	sh packaging/system-deps.sh

# the test suite also needs poppler-utils (PDF text) and a PostgreSQL server of its own
test-deps:
	sh packaging/system-deps.sh test

$(VENV)/bin/python: | system-deps
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
	touch $(VENV)/.installed $@

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts | $(VENV)/bin/python
	@test -x $(BIN)/pyside6-lrelease || $(BIN)/python -m pip install -q -e .
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# after changing UI strings: refresh the .ts sources (translators then fill in the English texts)
update-translations: $(VENV)/.installed
	$(BIN)/pyside6-lupdate $$(find obecdesk -name '*.py' | sort) -source-language cs_CZ \
		-target-language en_GB -no-obsolete -ts resources/translations/obecdesk_en.ts

# a one-folder bundle in dist/obecdesk (PyInstaller; the Windows installer: packaging/obecdesk.iss)
package: $(VENV)/.installed translations
	$(BIN)/python -m pip install -q "pyinstaller>=6.10"
	$(BIN)/pyinstaller packaging/obecdesk.spec --noconfirm --log-level WARN \
		--distpath dist --workpath build/pyinstaller

# CI: the bundle starts on its own and works on a temporary store
package-check: package
	sh packaging/smoke-test.sh dist/obecdesk/obecdesk

clean:
	rm -rf $(VENV) resources/translations/*.qm build dist
