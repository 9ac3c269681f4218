"""train_parts.py PART...: train the cached-missing runs of the given parts (generate.py --only, in-process)."""
import sys
sys.path.insert(0, "bench/read")

if __name__ == "__main__":
    from causes import all_specs
    from label import split_of
    parts = set(sys.argv[1:])
    ids = ",".join(s["id"] for s in all_specs() if split_of(s) in parts)
    print(len(parts), len(ids.split(",")), flush=True)
    sys.argv = ["bench/read/generate.py"]
    import generate
    raise SystemExit(generate.main(["--no-label", "--jobs", "2", "--only", ids]))
