# Two commands that work on a fresh machine with only Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# The window's translations: .ts sources (edited by hand) compiled to .qm, never committed.
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint clean translations translations-update package bench soak

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(QM): resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After changing the window's texts: refresh the .ts sources; existing translations are kept.
translations-update: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $(shell find gui core -name '*.py' -not -path 'core/cli/*' | sort) -ts $(TS)

run: $(STAMP) translations
	$(BIN)/python main.py $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

test: lint translations
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The money flow's long soak: hundreds of concurrent top-ups across the sandbox's fault
# accounts and dozens of CLI runs killed at random, the ledger compared (`make test` runs
# the same tests at a few seconds' size).
soak: $(STAMP)
	WORKBENCH_SOAK=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -s tests/reliability/test_money_soak.py

# The executable users install (build.spec): dist/ovo-snap-workbench/, run from anywhere.
# Check it with dist/ovo-snap-workbench/ovo-snap-workbench self-test.
PACKAGE_STAMP := $(VENV)/.installed-package
$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,package]'
	touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP) translations
	$(BIN)/pyinstaller --noconfirm --log-level WARN build.spec

# Every benchmarks/bench_*.py, each printing its figures; fails if one is over budget.
bench: $(PACKAGE_STAMP) translations
	@status=0; for bench in benchmarks/bench_*.py; do \
	    echo "== $$bench"; QT_QPA_PLATFORM=offscreen $(BIN)/python $$bench || status=1; \
	done; exit $$status

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis $(QM)
