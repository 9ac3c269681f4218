"""keep_manifest.py OLD.json [--put-back]: after label.py, put back every run of the manifest as it was in
OLD.json (a copy taken before training new parts) and keep the new runs as labelled. Fails if any old run's
label, spec or split changed (only its training time may differ: a retrained run's seconds are this
machine's). ``--put-back`` puts such runs back as committed instead of failing and says how many there were
and in which parts: a new machine that retrained earlier parts to measure on may label a few chaotic
high-rate or explosion runs differently, and a committed label is never rewritten."""
import collections
import json
import sys

PATH = "bench/read/manifest.json"
old = {r["id"]: r for r in json.load(open(sys.argv[1]))["runs"]}
new = json.load(open(PATH))
changed = [r["id"] for r in new["runs"] if r["id"] in old
           and {k: v for k, v in r.items() if k != "seconds"} != {k: v for k, v in old[r["id"]].items() if k != "seconds"}]
if changed and "--put-back" not in sys.argv[2:]:
    raise SystemExit(f"{len(changed)} earlier runs labelled differently, e.g. {changed[:5]}")
added = [r for r in new["runs"] if r["id"] not in old]
new["runs"] = [old.get(r["id"], r) for r in new["runs"]]
open(PATH, "w").write(json.dumps(new, indent=1, sort_keys=False) + "\n")
if changed:
    print(f"{len(changed)} earlier runs labelled differently here, put back as committed:",
          dict(collections.Counter(old[i]["split"] for i in changed)))
print(f"{len(added)} added, {len(old)} kept as they were;",
      dict(collections.Counter(r["label"]["status"] for r in added)))
