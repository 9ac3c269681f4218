"""part_tables.py PART...: replace each fresh part's table in docs/read-accuracy.md's "Every part under the
current rules" section with its read under the current rules (accuracy.py --part P --markdown)."""
import subprocess, sys
from pathlib import Path
ROOT = Path(__file__).resolve().parents[3]


def table_end(text: str, a: int) -> int:
    """End (exclusive, at a newline) of the table starting at ``a`` with its onset/underfitting lines."""
    lines = text[a:].split("\n")
    n = 0
    while n < len(lines) and lines[n].startswith("|"):
        n += 1
    end = n
    if n + 1 < len(lines) and lines[n] == "" and lines[n + 1].startswith(("Overfitting onset", "Underfitting (")):
        end = n + 1
        while end < len(lines) and lines[end].startswith(("Overfitting onset", "Underfitting (")):
            end += 1
    return a + len("\n".join(lines[:end]))



def main(parts: list[str]) -> None:
    p = ROOT / "docs/read-accuracy.md"
    t = p.read_text()
    sec = t.index("## Every part under the current rules")
    for part in parts:
        out = subprocess.run([sys.executable, "bench/read/accuracy.py", "--part", part, "--markdown",
                              "--jobs", "2"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
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
