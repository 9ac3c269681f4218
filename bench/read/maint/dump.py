"""Read every labelled cached run under the current rules; pickle {id: case} to argv[1]."""
import pickle, sys, time
from pathlib import Path
sys.path.insert(0, "bench/read")
import accuracy
t = time.time()
cases = accuracy.load(Path("bench/read/.cache"), jobs=2)
out = {c["id"]: {k: v for k, v in c.items()} for c in cases}
for c in out.values():
    c["label"] = c["label"].__dict__ if hasattr(c["label"], "__dict__") else c["label"]._asdict()
pickle.dump(out, open(sys.argv[1], "wb"))
print(len(out), "runs", round(time.time() - t), "s")
