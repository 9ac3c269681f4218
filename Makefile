# make demo / make test / make bench: each creates or updates .venv itself.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PIP := $(BIN)/pip install -q --disable-pip-version-check

.PHONY: setup demo test bench read-accuracy read-unseen clean

setup: $(STAMP)

# torch is pinned to the CPU build on this machine's disk; a bare `torch` would pull CUDA.
$(STAMP): pyproject.toml Makefile
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(PIP) --upgrade pip
	$(PIP) torch==2.13.0
	$(PIP) -e '.[all,test]'
	# fastai without torchvision (which would replace the CPU torch with a CUDA build); see README.
	$(PIP) --no-deps fastai==2.8.12
	$(PIP) fastcore fasttransform fastdownload fastprogress 'plum-dispatch<2.10' cloudpickle pyyaml requests pillow scipy
	touch $(STAMP)

demo: setup
	$(BIN)/learnscope demo --out learnscope-demo

# Doctests of every module that imports no framework at import time (an example is a test).
DOCTEST_SKIP := $(foreach m,integrations keras.py fastai.py lightning.py transformers.py torch.py optuna.py,--ignore=learnscope/$(m))

test: setup
	$(BIN)/ruff check --select F,E9 learnscope tests bench docs
	$(BIN)/python -m pytest -q -p no:cacheprovider --doctest-modules learnscope $(DOCTEST_SKIP)
	$(BIN)/python -m pytest -q -p no:cacheprovider

bench: setup
	$(BIN)/python bench/run.py

# The read's accuracy on the corpus of real trainings (bench/read/README.md; train it first with
# `$(BIN)/python bench/read/generate.py`: 577 runs, 4.5-13 s each on a shared 2-core machine).
read-accuracy: setup
	$(BIN)/python bench/read/accuracy.py

# The read on runs nobody had seen: each fresh draw's one recorded read (bench/read/unseen/), pooled
# from draw SINCE on.
SINCE ?= fresh13
read-unseen: setup
	$(BIN)/python bench/read/accuracy.py --unseen $(SINCE)

clean:
	rm -rf $(VENV) learnscope-demo .pytest_cache
