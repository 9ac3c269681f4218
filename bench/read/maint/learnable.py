"""learnable.py N...: each new draw's data sets: the reference model against the majority share / target variance."""
import sys, warnings
sys.path.insert(0, "bench/read")
warnings.filterwarnings("ignore")
from causes import all_specs
from corpus_data import dataset
from generate import reference
import numpy as np
parts = {f"fresh{n}" for n in sys.argv[1:]}
from label import split_of
seen = {}
for s in all_specs():
    if split_of(s) in parts and s["condition"] in ("healthy",):
        key = repr(sorted(s["data"].items()))
        if key in seen: continue
        d = dataset(s["data"], seed=s["seed"])
        ref = reference(d)
        seen[key] = 1
        if d.classes:
            maj = np.bincount(d.y_val).max() / len(d.y_val)
            print(split_of(s), s["data"]["name"], s["data"].get("n"), d.classes, "acc", round(ref["val_acc"], 3), "ref" , "majority", round(maj, 3), "OK" if ref["val_acc"] > maj + 0.05 else "FAIL")
        else:
            print(split_of(s), s["data"]["name"], s["data"].get("n"), "mse", round(ref["val_mse"], 3), "var", round(float(np.var(d.y_val)), 3), "OK" if ref["val_mse"] < 0.9 * np.var(d.y_val) else "FAIL")
