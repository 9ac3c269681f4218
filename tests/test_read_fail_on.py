"""`learnscope read --fail-on error|warning`: an exit status a CI pipeline or an agent can act on."""

import json

import numpy as np
import pytest

from tests.conftest import cli


def _csv(path, cols):
    keys = list(cols)
    rows = ["epoch," + ",".join(keys)]
    rows += [f"{i}," + ",".join(repr(float(cols[k][i])) for k in keys) for i in range(len(cols[keys[0]]))]
    path.write_text("\n".join(rows) + "\n")
    return path


@pytest.fixture
def logs(tmp_path):
    e = np.arange(1, 21)
    val = np.r_[1 / e[:8] + 0.2, (1 / e[7] + 0.2) + 0.05 * (e[8:] - 8)]     # best at epoch 8, then rises
    return {
        "healthy": _csv(tmp_path / "healthy.csv", {"loss": 1 / e ** 0.5, "val_loss": 1.1 / e ** 0.5 + 0.01}),
        "overfit": _csv(tmp_path / "overfit.csv", {"loss": 1 / e, "val_loss": val}),
        "nan": _csv(tmp_path / "nan.csv", {"loss": np.r_[1 / e[:5], [np.nan] * 3],
                                           "val_loss": np.r_[1 / e[:5] + 0.1, [np.nan] * 3]}),
    }


RANK = {"info": 0, "warning": 1, "error": 2}


@pytest.mark.parametrize("log", ["healthy", "overfit", "nan"])
def test_exit_status_follows_the_worst_finding(logs, log):
    findings = json.loads(cli("read", logs[log], "--json", check=True).stdout)["findings"]
    worst = max(RANK[f["severity"]] for f in findings)
    for level in ("warning", "error"):
        proc = cli("read", logs[log], "--fail-on", level)
        assert proc.returncode == (1 if worst >= RANK[level] else 0), (log, level, proc.stderr)
        assert "read:" in proc.stdout and proc.stderr == ""


def test_the_levels_tell_logs_apart(logs):
    """non_finite is an error (exit 1 at both levels); an overfitting warning fails only --fail-on warning."""
    assert cli("read", logs["nan"], "--fail-on", "error").returncode == 1
    assert cli("read", logs["nan"], "--fail-on", "warning").returncode == 1
    overfit = json.loads(cli("read", logs["overfit"], "--json", check=True).stdout)
    assert overfit["verdict"] == "overfitting"
    assert cli("read", logs["overfit"], "--fail-on", "warning").returncode == 1
    codes = {f["severity"] for f in overfit["findings"]}
    assert cli("read", logs["overfit"], "--fail-on", "error").returncode == (1 if "error" in codes else 0)


def test_json_output_is_unchanged(logs):
    plain = cli("read", logs["nan"], "--json", check=True).stdout
    failing = cli("read", logs["nan"], "--json", "--fail-on", "error")
    assert failing.returncode == 1 and failing.stdout == plain
    assert json.loads(plain)["verdict"] == "non_finite"
    ok = cli("read", logs["healthy"], "--json", "--fail-on", "error")
    assert ok.returncode == 0 and json.loads(ok.stdout)["verdict"] != "non_finite"


def test_bad_input_is_one_line_exit_2(logs, tmp_path):
    bad = cli("read", logs["nan"], "--fail-on", "fatal")
    assert bad.returncode == 2 and bad.stdout == ""
    assert len(bad.stderr.strip().splitlines()) == 1 and "'fatal'" in bad.stderr
    assert "error" in bad.stderr and "warning" in bad.stderr        # what is allowed
    missing = cli("read", tmp_path / "nope.csv", "--fail-on", "error", "--store", tmp_path / "s")
    assert missing.returncode == 2 and len(missing.stderr.strip().splitlines()) == 1
    group = cli("read", "--group", "sweep", "--fail-on", "error", "--store", tmp_path / "s")
    assert group.returncode == 2 and "--group" in group.stderr
