"""part_tables.py PART...: replace each fresh part's table in docs/read-accuracy.md's "Every part under the
current rules" section with its read under the current rules (what accuracy.py --part P --markdown prints;
the cache is read once for all the parts given)."""
import contextlib, io, sys
from pathlib import Path
ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "bench" / "read"))


AFTER_TABLE = ("Overfitting onset", "Underfitting (", "Healthy runs read otherwise")  # the lines under a table


def table_end(text: str, a: int) -> int:
    """End (exclusive, at a newline) of the table starting at ``a`` with its onset/underfitting lines."""
    lines = text[a:].split("\n")
    n = 0
    while n < len(lines) and lines[n].startswith("|"):
        n += 1
    end = n
    if n + 1 < len(lines) and lines[n] == "" and lines[n + 1].startswith(AFTER_TABLE):
        end = n + 1
        while end < len(lines) and lines[end].startswith(AFTER_TABLE):
            end += 1
    return a + len("\n".join(lines[:end]))



def main(parts: list[str]) -> None:
    p = ROOT / "docs/read-accuracy.md"
    t = p.read_text()
    sec = t.index("## Every part under the current rules")
    import accuracy  # the cache is read once for every part (accuracy.py --part P reads all of it each time)

    cases = accuracy.load(ROOT / "bench/read/.cache", jobs=2)
    for part in parts:
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            accuracy.print_markdown({part: accuracy.score([c for c in cases if c["split"] == part])})
        out = buf.getvalue()
        a = out.index("| code |")
        new = out[a:table_end(out, a)]
        head = f"{part[0].upper()}{part[1:]} (read unseen with"
        i = t.index(head, sec)
        ta = t.index("| code |", i)
        tb = table_end(t, ta)
        if t[ta:tb] != new:
            t = t[:ta] + new + t[tb:]
            p.write_text(t)  # after each part: a run stopped halfway keeps what it did
            print(part, "changed", flush=True)
        else:
            print(part, "same", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
