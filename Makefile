# minutes-miner: `make demo` sets up and runs the main job on corpus/samples; `make test` runs the tests.
VENV ?= .venv
PY := $(VENV)/bin/python
MM := $(VENV)/bin/minutes-miner
SHARED ?= ../shared
DEMO_DB ?= demo.db

.PHONY: setup demo ingest-demo test browser-test eval bench schemas samples clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

ingest-demo: setup
	$(MM) ingest corpus/samples --db $(DEMO_DB)

demo: ingest-demo
	$(MM) serve $(DEMO_DB)

test: setup
	$(PY) -m pytest -q

# Only the headless-Chromium test (also part of `make test`); needs Debian's chromium and
# chromium-driver, which .ci/run installs. Screenshots land in tests/artifacts/.
browser-test: setup
	$(PY) -m pytest -q tests/test_browser.py

# The council-disjoint devpool test part first (the number that counts), then what we tune on.
DEVPOOL := --docs $(SHARED)/corpus/devpool --split corpus/splits/devpool.tsv
eval: setup
	@if [ -d $(SHARED)/gold/devpool ]; then \
		echo "== devpool TEST part (councils never tuned on)"; $(MM) eval $(SHARED)/gold/devpool $(DEVPOOL) --part test; \
		echo "== devpool tune part"; $(MM) eval $(SHARED)/gold/devpool $(DEVPOOL) --part tune; \
	fi
	@echo "== corpus/gold/samples"; $(MM) eval corpus/gold/samples
	@if [ -d $(SHARED)/gold/seeds ]; then \
		echo "== seeds"; $(MM) eval $(SHARED)/gold/seeds --docs $(SHARED)/seeds; \
		echo "== corpus/gold/shared"; $(MM) eval corpus/gold/shared; \
	else echo "$(SHARED) not found: skipping the evaluation on real documents"; fi

BENCH_DB ?= bench-shared.db
bench: setup
	$(PY) bench/benchmark.py $(SHARED)/corpus/kent --text $(SHARED)/corpus/pages --text $(SHARED)/seeds --out docs/benchmarks.md
	$(PY) bench/followup_bench.py --meetings 1000 --out docs/followup.md
	@# a database of ../shared for the server's load test (ingest exits 1: some shared files are errors by design)
	-$(MM) ingest $(SHARED)/corpus $(SHARED)/seeds --db $(BENCH_DB) --quiet
	$(PY) bench/load_test.py $(BENCH_DB) --out docs/load.md

schemas: setup
	$(MM) schemas

samples: setup
	$(PY) corpus/build_samples.py

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm .pytest_cache
