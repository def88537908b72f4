# Two commands for a newcomer: `make run` and `make test`; each sets up .venv itself.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
# The window's French translation: the .ts is committed, the .qm is built from it (git-ignored).
I18N := noc_letter/gui/i18n
QM := $(I18N)/noc_letter_fr.qm

.PHONY: help run test check lint bench catalogue model clean translations ts

help:  ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*##/ —/'

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(QM): $(I18N)/noc_letter_fr.ts $(STAMP)
	$(PY) -m noc_letter.gui.i18n_build

translations: $(QM)  ## compile the window's French translation (.ts -> .qm, pyside6-lrelease)

ts: $(STAMP)  ## reread the window's strings into the French .ts (new ones arrive unfinished)
	$(PY) -m noc_letter.gui.i18n_build --update

run: $(STAMP) $(QM)  ## open the desktop app
	$(VENV)/bin/noc-letter

test: $(STAMP) $(QM)  ## run the whole test suite
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(STAMP)  ## ruff lint and format check
	$(VENV)/bin/ruff check noc_letter tests benchmarks scripts
	$(VENV)/bin/ruff format --check noc_letter tests benchmarks scripts

check: lint test  ## lint and tests

bench: $(STAMP)  ## run the matcher benchmark, write docs/benchmarks.md
	$(PY) benchmarks/matcher_bench.py

catalogue: $(STAMP)  ## rebuild resources/noc2021 from ../shared/data/noc2021 (catalogue, lexicon, indexes)
	$(PY) scripts/build_catalogue.py
	$(PY) scripts/build_lexicon.py
	$(PY) scripts/build_index.py

MODEL_VENV := .venv-model
MODEL_PY := $(MODEL_VENV)/bin/python
MODEL_WORK ?= build/encoder

$(MODEL_VENV)/.installed-stamp: pyproject.toml
	test -x $(MODEL_PY) || $(PYTHON) -m venv $(MODEL_VENV)
	$(MODEL_PY) -m pip install --quiet --upgrade pip
	$(MODEL_PY) -m pip install --quiet -e '.[model]'
	touch $@

model: $(MODEL_VENV)/.installed-stamp  ## fine-tune and export the sentence encoder into resources/encoder (CPU, ~1 h)
	HF_HUB_OFFLINE=1 $(MODEL_PY) scripts/train_encoder.py --out $(MODEL_WORK)/trained
	HF_HUB_OFFLINE=1 $(MODEL_PY) scripts/export_onnx.py --model $(MODEL_WORK)/trained \
		--out $(MODEL_WORK)/onnx --max-length 128
	mkdir -p resources/encoder
	cp $(MODEL_WORK)/onnx/model_int8.onnx $(MODEL_WORK)/onnx/tokenizer.json \
		$(MODEL_WORK)/onnx/encoder.json resources/encoder/
	$(MODEL_PY) scripts/build_encoder_index.py --encoder resources/encoder

clean:  ## remove the virtual environment and caches
	rm -rf $(VENV) $(MODEL_VENV) .pytest_cache build dist $(QM)

.PHONY: wheel dist

wheel: $(STAMP) $(QM)  ## build the wheel (with resources/ and templates/ inside) into dist/
	$(PY) -m build --wheel --no-isolation --outdir dist .

dist: $(STAMP) $(QM)  ## build the desktop bundle dist/noc-letter/ with PyInstaller (see packaging/)
	PYTHON=$(PY) bash packaging/build.sh
