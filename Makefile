# make demo / make test / make bench: each creates or updates .venv itself.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PIP := $(BIN)/pip install -q --disable-pip-version-check

.PHONY: setup demo test bench read-accuracy clean

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

test: setup
	$(BIN)/python -m pytest -q -p no:cacheprovider

bench: setup
	$(BIN)/python bench/run.py

# The read's accuracy on the corpus of real trainings (bench/read/README.md; train it first with
# `$(BIN)/python bench/read/generate.py`, about 40 min on 2 cores).
read-accuracy: setup
	$(BIN)/python bench/read/accuracy.py

clean:
	rm -rf $(VENV) learnscope-demo .pytest_cache
