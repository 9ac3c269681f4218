"""show.py ID...: label, read and (CURVES=1) epoch curves of cached runs."""
import os, sys, json
sys.path.insert(0, "bench/read")
from pathlib import Path
from corpus import read_case
from learnscope.read import read
labels = {r["id"]: r for r in json.load(open("bench/read/manifest.json"))["runs"]}
for rid in sys.argv[1:]:
    r = labels[rid]
    doc = read_case(Path("bench/read/.cache/runs") / r["file"])
    h = doc["history"]
    rd = read(h)
    print(f"== {rid} [{r['split']}] {r['framework']} {r['dataset']} label={r['label']['condition']} exp={r['label']['expected']} false={r['label']['false']}")
    print("   reason:", r["label"]["reason"], "| evidence:", json.dumps(r["label"]["evidence"])[:400])
    print("   spec:", {k: v for k, v in doc["spec"].items() if k not in ("id", "cause", "condition")})
    for f in rd.findings:
        print(f"   [{f.code}] {f.message[:300]}")
    if os.environ.get("CURVES"):
        for k, v in h.epoch.items():
            print(f"   {k} ({len(v)}):", " ".join(f"{x:.4g}" for x in v[:150]))
        print("   meta:", {k: v for k, v in h.meta.items()})
