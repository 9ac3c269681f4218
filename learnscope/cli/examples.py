"""Every command's examples, in one table, shown at the end of its ``--help`` as git does.

Each entry is ``(command line, what it does)``; :func:`epilog` lays them out. They
live here rather than in each command's docstring so every command gets the same
layout and a test can check each one against the command's real options.

>>> print(epilog("diff").splitlines()[1])
Examples:
"""

from __future__ import annotations

EXAMPLES: dict[str, list[tuple[str, str]]] = {
    "runs": [
        ("learnscope runs", "the runs in ./learnscope (or $LEARNSCOPE_STORE)"),
        ("learnscope runs --project digits --json", "one project's runs as JSON, for scripts"),
    ],
    "show": [
        ("learnscope show digits/baseline", "a stored run's values, one row per epoch"),
        ("learnscope show training_log.csv", "the same for a log file, without importing it"),
    ],
    "export": [
        ("learnscope export digits/baseline -o history.json", "a Keras-style dict of lists"),
        ("learnscope export digits/baseline --format csv --level batch", "every batch value as CSV"),
    ],
    "import": [
        ("learnscope import training_log.csv --project digits", "a Keras CSVLogger file becomes a run"),
        ("learnscope import lightning_logs/version_0/metrics.csv --name lit",
         "a Lightning log, named 'lit'"),
    ],
    "read": [
        ("learnscope read demo/overfit", "the read of a stored run: verdict, findings, evidence"),
        ("learnscope read training_log.csv --classes 10 --json", "a log file's read as JSON"),
        ("learnscope read training_log.csv --fail-on error", "exit 1 on NaN or divergence (a CI step)"),
    ],
    "plot": [
        ("learnscope plot digits/baseline -o curves.png", "one run's learning curves"),
        ("learnscope plot sweep/lr-0.1 sweep/lr-0.01 --smooth 0.6 -o sweep.svg",
         "two runs compared, one colour each"),
        ("learnscope plot --group kfold -o folds.png", "the folds of a group as mean ± 1 std"),
    ],
    "report": [
        ("learnscope report digits/baseline -o baseline.html", "one HTML file that opens offline"),
        ("learnscope report --group lr-sweep --title 'LR sweep'", "every run of a group in one report"),
    ],
    "ui": [
        ("learnscope ui", "the dashboard at http://127.0.0.1:8765"),
        ("learnscope ui --store postgresql://me@db/learnscope --port 0",
         "a shared PostgreSQL store, on any free port"),
    ],
    "demo": [
        ("learnscope demo", "three small runs recorded into ./learnscope-demo/store"),
        ("learnscope demo --out /tmp/demo", "the same under /tmp/demo; then: learnscope ui --store /tmp/demo/store"),
    ],
    "diff": [
        ("learnscope diff sweep/lr-0.1 sweep/lr-0.01", "config, best and final values, reads side by side"),
        ("learnscope diff 3f2a9c runs/baseline.csv", "a stored run (id prefix) against a log file"),
        ("learnscope diff sweep/lr-0.1 sweep/lr-0.01 --json", "the same as JSON, for scripts and agents"),
    ],
    "rm": [],
}


def epilog(name: str) -> str | None:
    """The examples section of ``name``'s help (``\\b`` keeps click from rewrapping it)."""
    rows = EXAMPLES.get(name)
    if not rows:
        return None
    lines = ["\b", "Examples:"]
    for line, what in rows:
        lines += [f"  {line}", f"      {what}"]
    return "\n".join(lines)
