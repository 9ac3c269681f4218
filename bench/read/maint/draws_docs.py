"""After fresh{OLD+1}..fresh{NEW} were recorded unseen, bring README.md, docs/read-accuracy.md and
bench/read/README.md up to date (numbers computed from the records and the manifest):

    python bench/read/maint/draws_docs.py OLD NEW TRAIN_SECONDS DESCR.json MD_DIR

DESCR.json maps each new draw's number to its data sets in words ({"230": "bins of ..."}); MD_DIR holds
each new draw's ``accuracy.py --part freshN --record-unseen --markdown`` output as freshN.md. Check the
diff by hand: the next draw's number in bench/read/README.md and the dates of the parts list are not
changed here, and a sentence whose shape changed is left as it was (a regex that no longer matches)."""
import json
import re
import subprocess
import sys
from pathlib import Path

import os
ROOT = Path(os.environ.get("ROOT", Path(__file__).resolve().parents[3]))
sys.path.insert(0, str(ROOT / "bench" / "read"))
import accuracy  # noqa: E402
from part_tables import table_end  # noqa: E402 (this folder's, run as a script)

OLD, NEW = int(sys.argv[1]), int(sys.argv[2])
DESCR = json.loads(Path(sys.argv[4]).read_text())  # {"230": "bins of ..."}
MD_DIR = Path(sys.argv[5])
TRAIN_S = int(sys.argv[3])

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
       "seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    h, r = divmod(n, 100)
    head = "a hundred" if h == 1 else f"{ONES[h]} hundred"
    return head if r == 0 else f"{head} and {words(r)}"


def times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{words(n)} times")


def sub1(text: str, old: str, new: str, what: str) -> str:
    assert text.count(old) == 1, (what, text.count(old), old[:80])
    return text.replace(old, new)


recs = accuracy.unseen_records()
byp = {d["part"]: d for d in recs}
assert all(f"fresh{n}" in byp for n in range(OLD + 1, NEW + 1))
pooled = accuracy.pool_records(recs)
pc = pooled["codes"]
runs_all = pooled["runs"]
r42 = accuracy.pool([d["result"] for d in accuracy.unseen_records(since="fresh42")])
newver = byp[f"fresh{NEW}"]["read_version"]


def pct(code, p=pc):
    return round(100 * p[code]["recall"])


def r2(code, p=pc):
    return f"{p[code]['recall']:.2f}"


def fa(code, p=pc):
    return round(100 * p[code]["false_alarm"])


# version groups of consecutive draws from fresh42 on (for the long account)
groups = []
for d in recs:
    n = int(d["part"][5:])
    if n < 42:
        continue
    if groups and groups[-1][0] == d["read_version"]:
        groups[-1][2] = n
    else:
        groups.append([d["read_version"], n, n])

out = subprocess.run([sys.executable, "bench/read/accuracy.py", "--unseen"], cwd=ROOT,
                     capture_output=True, text=True, check=True).stdout
table_lines = [l for l in out.splitlines() if l.startswith(("| code |", "| `"))]
tbl = "\n".join(table_lines[:1] + ["|---|---|---|---|---|"] + table_lines[1:14])
onset_line = next(l for l in out.splitlines() if l.startswith("Overfitting onset"))
under_line = next(l for l in out.splitlines() if l.startswith("Underfitting ("))
otherwise = next((l for l in out.splitlines() if l.startswith("Healthy runs read otherwise")), None)

# the version list's tail: counts of each version from 68 on
tail_versions = {}
for d in recs:
    if d["read_version"] >= 68:
        tail_versions[d["read_version"]] = tail_versions.get(d["read_version"], 0) + 1
vs = [f"{v} {times(k)}" for v, k in sorted(tail_versions.items())]
vtail = ", ".join(vs[:-1]) + " and " + vs[-1]


def block_replace(text: str, start: str, end: str, new: str, what: str) -> str:
    i = text.index(start)
    j = text.index(end, i)
    assert text.count(start) == 1 or what.endswith("*"), what
    return text[:i] + new + text[j:]


def pooled_block(text: str) -> str:
    """The pooled paragraph's first line, version-list tail and table."""
    text = re.sub(r"Fresh13 to fresh\d+ together, each read once under the rules of its day \([\d,]+ runs;",
                  f"Fresh13 to fresh{NEW} together, each read once under the rules of its day ({runs_all:,} runs;", text)
    # the list wraps over lines: a word may follow a newline, not only a space (until fresh257 it did not
    # match once 73 was followed by a line break, and the tail stayed at "73 four times")
    text = re.sub(r"68(?:\s[a-z\-]+)+,\s69(?:\s[a-z\-]+)+(?:,\s7\d(?:\s[a-z\-]+)+)*\sand\s7\d(?:\s[a-z\-]+)+;",
                  vtail + ";", text, count=0)
    i = text.index("each read once under the rules of its day")
    a = text.index("| code | positives", i)
    b = text.index("\nUnderfitting (labelled by a reference model)", a)
    b = text.index("\n", b + 1)
    if text.startswith("\nHealthy runs read otherwise", b):
        b = text.index("\n", b + 1)
    return text[:a] + tbl + "\n\n" + onset_line + "\n" + under_line + ("\n" + otherwise if otherwise else "") + text[b:]


probe_pos = sum(pc[c]["positives"] for c in ("vanishing_gradients", "exploding_gradients", "dead_units"))
probe_found = sum(pc[c]["found"] for c in ("vanishing_gradients", "exploding_gradients", "dead_units"))
probe_neg = sum(pc[c]["negatives"] for c in ("vanishing_gradients", "exploding_gradients", "dead_units"))
probe_fa = sum(pc[c]["alarms"] for c in ("vanishing_gradients", "exploding_gradients", "dead_units"))
n42 = sum(1 for d in recs if int(d["part"][5:]) >= 42)


def otherwise_share() -> str:
    """The share of the healthy runs read otherwise whose verdict their label calls plainly false, in words."""
    h = pooled["healthy_otherwise"]
    return f"{round(100 * h['plainly_false'] / h['runs'])}%"


def short(text: str) -> str:
    new = (f"**In short.** On {runs_all:,} small real trainings drawn after the rules of their day were frozen and read\n"
           f"once (fresh13 to fresh{NEW} below), the read found overfitting in {pct('overfitting')}% of the runs that overfit (its onset\n"
           f"within 2 epochs in {round(100 * pooled['onset']['within_2'])}%), `noisy_validation` in {pct('noisy_validation')}%, "
           f"`diverging` in {pct('diverging')}%, `unstable` in {pct('unstable')}%,\n"
           f"`chance_level` in {pct('chance_level')}%, `slow_convergence` in {pct('slow_convergence')}%, every non-finite loss and "
           f"all but {words(probe_pos - probe_found)} of the\n"
           f"gradient-probe cases; it called {pct('healthy')}% of healthy runs healthy and raised a false alarm on "
           f"{fa('healthy')}% of the\nothers (of the healthy runs it read otherwise, {otherwise_share()} got a "
           f"verdict their label calls plainly false, {pooled['healthy_otherwise']['plainly_false'] / pc['healthy']['positives']:.1%} "
           f"of the healthy runs; the rest a warning at a border the label leaves open). Its weak points are `plateau` ({pct('plateau')}%) and `underfitting` "
           f"({pct('underfitting')}%: by design, the curves alone cannot\n"
           f"tell a small model from the data's limit, and the healthy note says so and what to try). The\n"
           f"{words(n42).removeprefix('a ')} draws read under this week's last rules (fresh42 to fresh{NEW}, {r42['runs']:,} runs)\n"
           f"give overfitting {r2('overfitting', r42['codes'])}, diverging {r2('diverging', r42['codes'])}, "
           f"noisy_validation {r2('noisy_validation', r42['codes'])}, chance_level {r2('chance_level', r42['codes'])}, "
           f"slow_convergence {r2('slow_convergence', r42['codes'])},\n"
           f"healthy {r2('healthy', r42['codes'])} with {fa('healthy', r42['codes'])}% false alarms. Every number below is measured by a command in this repository, on\n"
           f"runs nobody tuned the rules to.")
    return block_replace(text, "**In short.**", "\n\nMeasured, not claimed", new, "short")


def targets_sentence() -> str:
    met, close, miss = [], [], []
    for code in ("overfitting", "noisy_validation", "diverging", "chance_level", "unstable", "slow_convergence",
                 "healthy", "plateau", "underfitting"):
        s = pc[code]
        r = s["recall"]
        if r >= 0.95 and s["false_alarm"] <= 0.03:
            met.append(code)
        elif r >= 0.88 and s["false_alarm"] <= 0.03:
            close.append(code)
        else:
            miss.append(code)

    def desc(code):
        s = pc[code]
        if code == "overfitting":
            return f"`overfitting` ({s['recall']:.2f}, onset {pooled['onset']['within_2']:.2f})"
        if code == "healthy":
            return f"`healthy` ({s['recall']:.2f}, {fa('healthy')}% false alarms)"
        if code in met and s["recall"] < 0.955:
            return f"just`{code}` ({s['found']:,} of {s['positives']:,}: {s['recall']:.3f})"
        return f"`{code}` ({s['recall']:.2f})"

    def join(xs):
        return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + (" and, just, " if "just" in xs[-1] else " and ") + xs[-1].replace("just", "")
    met = sorted(met, key=lambda c: -pc[c]["recall"])
    return (f"`non_finite`, the three gradient-probe codes, {join([desc(c) for c in met])}; "
            f"{join([desc(c) for c in close])} come close; {join([desc(c) for c in miss])} miss.")


# ---------------- README.md
p = ROOT / "README.md"
t = p.read_text()
t = short(t)
man = json.loads((ROOT / "bench/read/manifest.json").read_text())["runs"]
n_runs = len(man)
n_drop = sum(r["label"]["status"] == "dropped" for r in man)
t = re.sub(r"reads a corpus of [\d,]+ small real trainings\n\(`bench/read/`, [\d,]+ labelled after [\d,]+ were dropped",
           f"reads a corpus of {n_runs:,} small real trainings\n(`bench/read/`, {n_runs - n_drop:,} labelled after {n_drop:,} were dropped", t)
t = sub1(t, f"**fresh13** to **fresh{OLD}**, each drawn", f"**fresh13** to **fresh{NEW}**, each drawn", "parts")
t = pooled_block(t)
i = t.index("The targets we set ourselves")
j = t.index("miss. Where", i)
t = t[:i] + ("The targets we set ourselves (every code's recall at least 0.95 and false alarms at most 3% on unseen\n"
             f"runs, the overfitting onset within 2 epochs in 90%) are met on fresh13 to fresh{NEW} together by\n"
             + targets_sentence()[:-len(" miss.")]) + t[j - 1:]
p.write_text(t)

# ---------------- docs/read-accuracy.md
p = ROOT / "docs/read-accuracy.md"
t = p.read_text()
nparts = len(accuracy.PARTS)
t = re.sub(r"reads a corpus of [\d,]+ small real trainings\n\(`bench/read/`, [\d,]+ labelled after [\d,]+ were dropped",
           f"reads a corpus of {n_runs:,} small real trainings\n(`bench/read/`, {n_runs - n_drop:,} labelled after {n_drop:,} were dropped", t)
t = re.sub(r"It has [a-z\- ]+ parts:", f"It has {words(nparts)} parts:", t)
sizes = [d["result"]["runs"] for d in recs]
t = re.sub(r"- \*\*fresh13\*\* to \*\*fresh\d+\*\* \(\d+-\d+ runs each\)",
           f"- **fresh13** to **fresh{NEW}** ({min(sizes)}-{max(sizes)} runs each)", t)
anchor = f"(fresh{OLD}).\n"
descr = "".join(f" {DESCR[str(n)]} (fresh{n}){';' if n < NEW else '.'}" for n in range(OLD + 1, NEW + 1))
t = sub1(t, anchor, f"(fresh{OLD});\n {descr.strip()}\n".replace("\n ", "\n  "), "descr")
# parts list: "freshA to freshOLD under V (" -> extend when the version is the same, else add
m = re.search(r"fresh(\d+) (?:to|and) fresh%d under (\d+) \(" % OLD, t) or re.search(r"fresh%d under (\d+) \(" % OLD, t)
if m is None:
    raise SystemExit(f"draws_docs: no parts list ending at fresh{OLD} (\"freshA to fresh{OLD} under V (\" or "
                     f"\"fresh{OLD} under V (\") in docs/read-accuracy.md: fix it by hand, "
                     "git checkout README.md (already rewritten) and rerun")
if m.re.groups == 2 and int(m.group(2)) == newver:
    t = t.replace(m.group(0), f"fresh{m.group(1)} to fresh{NEW} under {newver} (")
else:
    t = sub1(t, f"fresh{OLD} under {m.group(m.re.groups)} (",
             f"fresh{OLD} under {m.group(m.re.groups)}, fresh{OLD + 1} to fresh{NEW} under {newver} (", "parts-list")
t = pooled_block(t)


def cell(s, alarms):
    rec = f"{s['recall']:.2f}" if s["positives"] > 20 else f"{s['found']}/{s['positives']}"
    if alarms == "always" or (alarms == "some" and s["alarms"]):
        return f"{rec} / {round(100 * s['false_alarm'])}%"
    return rec


rows = []
for n in range(OLD + 1, NEW + 1):
    d = byp[f"fresh{n}"]
    c = d["result"]["codes"]
    rows.append(f"| fresh{n} | {d['read_version']} | {cell(c['healthy'], 'always')} | {cell(c['overfitting'], 'some')} | "
                f"{cell(c['diverging'], 'never')} | {cell(c['chance_level'], 'always')} | "
                f"{cell(c['slow_convergence'], 'always')} | {cell(c['noisy_validation'], 'always')} |")
last = next(l for l in t.splitlines() if l.startswith(f"| fresh{OLD} | "))
t = sub1(t, last + "\n", last + "\n" + "\n".join(rows) + "\n", "rows")

# the thirty newest
lo = NEW - 29
newest = [byp[f"fresh{n}"] for n in range(lo, NEW + 1)]


def lst(code):
    xs = [f"{d['result']['codes'][code]['found']}/{d['result']['codes'][code]['positives']}" for d in newest
          if d["result"]["codes"][code]["positives"]]
    return ", ".join(xs[:-1]) + " and " + xs[-1]


def fa_range(code):
    v = [100 * d["result"]["codes"][code]["alarms"] / d["result"]["codes"][code]["negatives"] for d in newest]
    return f"{round(min(v))}-{round(max(v))}%"


no_plateau = [d["part"] for d in newest if not d["result"]["codes"]["plateau"]["positives"]]
no_unst = [d for d in newest if not d["result"]["codes"]["unstable"]["positives"]]
unst_miss = [(d["part"], m) for d in newest for m in d["result"]["misses"].get("unstable", [])]
by_verdict = {}
for part, m in unst_miss:
    by_verdict.setdefault(m["verdict"], []).append(f"{part}'s `{m['id']}`")


def join(xs):
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " and " + xs[-1]


miss_txt = "; ".join(f"{', '.join(v)} read `{k}`" for k, v in by_verdict.items())
unst_none = ""
if no_unst:
    unst_none = (f"{join([d['part'] for d in no_unst])} had no unstable run, and "
                 + join([f"{d['result']['codes']['unstable']['alarms']} in {d['result']['codes']['unstable']['negatives']}"
                         for d in no_unst]) + " false alarms; ")
unst_missed = f"of the {len(unst_miss)} misses, {miss_txt}" if unst_miss else "none missed"
probe = [sum(d["result"]["codes"][c][k] for d in newest for c in ("vanishing_gradients", "exploding_gradients", "dead_units"))
         for k in ("found", "positives", "alarms", "negatives")]
probe_txt = (f"the probe codes found all {probe[1]} cases" if probe[0] == probe[1] else
             f"the probe codes found {probe[0]} of {probe[1]} cases") + \
            (f" with no false alarm in {probe[3]:,} negatives" if not probe[2] else f" with {probe[2]} false alarms in {probe[3]:,} negatives")
sent = (f"On the thirty newest (fresh{lo} to fresh{NEW}), `plateau` read {lst('plateau')}"
        f"{' (every one of them had plateau runs)' if not no_plateau else ''} with {fa_range('plateau')} false alarms, "
        f"`unstable` {lst('unstable')} with {fa_range('unstable')} ({unst_none}{unst_missed}), "
        f"and {probe_txt}.")
i = t.index("On the thirty newest (fresh")
j = t.index("\n\n## Targets", i)
t = t[:i] + sent + t[j:]

# targets section
i = t.index("unseen runs, onset within 2 epochs in 90%) are met on fresh13 to fresh")
t = t[:i] + re.sub(r"are met on fresh13 to fresh\d+ together \([\d,]+ runs",
                   f"are met on fresh13 to fresh{NEW} together ({runs_all:,} runs", t[i:], count=1)
t = re.sub(r"The [a-z\- ]+ draws read under this week's last rules \(fresh42 to fresh\d+, [\d,]+ runs,\nunder ([\d, ]+) and (\d+);",
           lambda m: (f"The {words(n42).removeprefix('a ')} draws read under this week's last rules (fresh42 to fresh{NEW}, {r42['runs']:,} runs,\nunder "
                      + (m.group(1) + ", " + m.group(2) + " and " + str(newver) if int(m.group(2)) != newver else m.group(1) + " and " + m.group(2)) + ";"),
           t, count=1)
# the per-version segment of the newest version
g = groups[-1]
gd = [byp[f"fresh{n}"] for n in range(g[1], g[2] + 1)]
gp = accuracy.pool([d["result"] for d in gd])
c = gp["codes"]


def kn(code, alarm=False, ratio_over=60):
    s = c[code]
    r = f"{s['recall']:.2f}" if s["positives"] > ratio_over else f"{s['found']}/{s['positives']}"
    return f"{r} / {100 * s['false_alarm']:.1f}%".replace(".0%", "%") if alarm else r


probes_g = [sum(c[x][k] for x in ("vanishing_gradients", "exploding_gradients", "dead_units"))
            for k in ("found", "positives", "alarms")]
seg = (f"the {words(len(gd)).removeprefix('a ')} under {g[0]} (fresh{g[1]} to fresh{g[2]}, {gp['runs']:,} runs, `make\n"
       f"read-unseen SINCE=fresh{g[1]}`): healthy {c['healthy']['recall']:.2f} / {fa('healthy', c)}%, overfitting "
       f"{c['overfitting']['found']}/{c['overfitting']['positives']} / {100 * c['overfitting']['false_alarm']:.1f}%, diverging "
       f"{c['diverging']['found']}/{c['diverging']['positives']},\nnon_finite {c['non_finite']['found']}/{c['non_finite']['positives']}, "
       f"chance_level {c['chance_level']['found']}/{c['chance_level']['positives']} / {100 * c['chance_level']['false_alarm']:.1f}%, "
       f"slow_convergence {c['slow_convergence']['found']}/{c['slow_convergence']['positives']}, noisy_validation "
       f"{c['noisy_validation']['found']}/{c['noisy_validation']['positives']},\nunstable {c['unstable']['found']}/{c['unstable']['positives']} / "
       f"{round(100 * c['unstable']['false_alarm'])}%, plateau {c['plateau']['found']}/{c['plateau']['positives']}, underfitting "
       f"{c['underfitting']['found']}/{c['underfitting']['positives']} / {100 * c['underfitting']['false_alarm']:.1f}%, onset "
       f"{gp['onset']['within_2']:.2f}, probes "
       + ("all found" if probes_g[0] == probes_g[1] else f"{probes_g[0]} of {probes_g[1]} found")
       + (", none false" if not probes_g[2] else f", {probes_g[2]} false") + ".")
k = t.index(" Earlier, the same targets were met on fresh13 to\nfresh34")
prev = t.rfind("; the ", 0, k)
if f"under {g[0]} (fresh{g[1]} to" in t[prev:k]:
    t = t[:prev + 2] + seg + t[k:]
else:
    t = t[:k - 1] + "; " + seg + t[k:]
p.write_text(t)

# ---------------- bench/read/README.md
p = ROOT / "bench/read/README.md"
t = p.read_text()
t = re.sub(r"fresh(\d+) to fresh%d in (\d+) s; reading all\n[\d,]+ labelled runs" % OLD,
           lambda m: f"fresh{m.group(1)} to fresh{OLD} in {m.group(2)} s, fresh{OLD + 1} to fresh{NEW} in {TRAIN_S} s; reading all\n{n_runs - n_drop:,} labelled runs", t)
t = re.sub(r"`causes.py` lists [\d,]+ small trainings \(577 calibration and held out, 190 in each of [a-z\- ]+ fresh parts",
           f"`causes.py` lists {n_runs:,} small trainings (577 calibration and held out, 190 in each of {words(nparts - 2)} fresh parts", t)
p.write_text(t)
print("ok", runs_all, n42, r42["runs"], vtail)

# ---------------- second pass: wrapping, data-set count, per-draw tables, hand-written numbers
import textwrap  # noqa: E402


def rewrap(text: str, start: str, end: str, width: int = 104, indent: str = "") -> str:
    i = text.index(start)
    j = text.index(end, i)
    body = " ".join(text[i:j].split())
    return text[:i] + textwrap.fill(body, width, initial_indent="", subsequent_indent=indent, break_on_hyphens=False, break_long_words=False) + text[j:]


n_sets_re = r"(`Trainer.train` on )(\d+)( scikit-learn)"
for name in ("README.md", "docs/read-accuracy.md"):
    p = ROOT / name
    t = p.read_text()
    t = re.sub(n_sets_re, lambda m: f"{m.group(1)}{int(m.group(2)) + 4 * (NEW - OLD)}{m.group(3)}", t)
    if name == "README.md":
        t = rewrap(t, "The targets we set ourselves", " Where\nand why")
    else:
        t = rewrap(t, "(fresh4's row is against", "\n\n## Targets")
        t = rewrap(t, f"(fresh{OLD});", "\n  Each was\n", indent="  ")
        # per-draw tables, newest first
        blocks = []
        for n in range(NEW, OLD, -1):
            md = (MD_DIR / f"fresh{n}.md").read_text()
            a = md.index("| code |")
            b = table_end(md, a)
            v = byp[f"fresh{n}"]["read_version"]
            blocks.append(f"Fresh{n} (read unseen with `READ_VERSION` {v}):\n\n" + md[a:b].rstrip() + "\n\n")
        t = sub1(t, f"Fresh{OLD} (read unseen with", "".join(blocks) + f"Fresh{OLD} (read unseen with", "tables")
        # the targets section's hand-written numbers
        nf = pc["non_finite"]
        t = re.sub(r"by `non_finite` \([\d,]+ of [\d,]+\), the three probe codes\n\((\w+) misses in [\d,]+ cases",
                   lambda m: f"by `non_finite` ({nf['found']:,} of {nf['positives']:,}), the three probe codes\n({words(probe_pos - probe_found)} misses in {probe_pos:,} cases", t, count=1)
        t = re.sub(r"(\d+) false alarms in [\d,]+ negatives, all", f"{probe_fa} false alarms in {probe_neg:,} negatives, all", t, count=1)
        o = pc["overfitting"]
        t = re.sub(r"`overfitting` \(0\.\d+, \d+ false alarms in [\d,]+; onset 0\.\d+\), `noisy_validation` \(0\.\d+ / \d+%\)",
                   f"`overfitting` ({o['recall']:.3f}, {o['alarms']} false alarms in {o['negatives']:,}; onset "
                   f"{pooled['onset']['within_2']:.2f}), `noisy_validation` ({pc['noisy_validation']['recall']:.3f} / "
                   f"{fa('noisy_validation')}%)", t, count=1)
        dv = pc["diverging"]
        t = re.sub(r"`diverging` \([\d,]+ of [\d,]+: 0\.\d+, \d+ false in [\d,]+\); `unstable` \(0\.\d+ / \d+%\), `chance_level`\n\(0\.\d+\) and `slow_convergence` \(0\.\d+ / \d+%\) come close; `healthy` \(0\.\d+ / \d+%\), `plateau` \(0\.\d+\) and `underfitting`\n\(0\.\d+\) miss\.",
                   f"`diverging` ({dv['found']:,} of {dv['positives']:,}: {dv['recall']:.3f}, {dv['alarms']} false in {dv['negatives']:,}); "
                   f"`unstable` ({r2('unstable')} / {fa('unstable')}%), `chance_level`\n({r2('chance_level')}) and `slow_convergence` "
                   f"({r2('slow_convergence')} / {fa('slow_convergence')}%) come close; `healthy` ({r2('healthy')} / {fa('healthy')}%), "
                   f"`plateau` ({r2('plateau')}) and `underfitting`\n({r2('underfitting')}) miss.", t, count=1)
        c42 = r42["codes"]
        t = re.sub(r"`make read-unseen SINCE=fresh42`\): overfitting 0\.\d+,\ndiverging 0\.\d+, noisy_validation 0\.\d+, chance_level 0\.\d+, slow_convergence 0\.\d+, healthy 0\.\d+ / \d+%",
                   f"`make read-unseen SINCE=fresh42`): overfitting {r2('overfitting', c42)},\ndiverging {r2('diverging', c42)}, "
                   f"noisy_validation {r2('noisy_validation', c42)}, chance_level {r2('chance_level', c42)}, slow_convergence "
                   f"{r2('slow_convergence', c42)}, healthy {r2('healthy', c42)} / {fa('healthy', c42)}%", t, count=1)
        t = re.sub(r"unstable \d+/\d+ / \d+%, plateau \d+/\d+,\nonset 0\.\d+; the twelve under 55",
                   f"unstable {c42['unstable']['found']}/{c42['unstable']['positives']} / {fa('unstable', c42)}%, plateau "
                   f"{c42['plateau']['found']}/{c42['plateau']['positives']},\nonset {r42['onset']['within_2']:.2f}; the twelve under 55", t, count=1)
    p.write_text(t)
print("second pass ok")
