"""The corpus generator's data sets: one maker per name (bench/read/corpus_data.py)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench" / "read"))
import corpus_data  # noqa: E402


def test_a_data_set_name_belongs_to_one_draw(monkeypatch):
    corpus_data._one_draw_per_name()  # the draws as committed (it also runs at import)
    # fresh31 named a new data set "cosine", which fresh23 already had: fresh23's data were made
    monkeypatch.setattr(corpus_data, "_GENERATED", corpus_data._GENERATED + ((("cosine",), corpus_data._generated31),))
    with pytest.raises(ValueError, match="'cosine' is made by _generated23 and _generated31"):
        corpus_data._one_draw_per_name()
