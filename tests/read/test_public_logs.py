"""`learnscope read` on every real log in the shared public corpus: never a crash, always a verdict."""

import json

import pytest

import learnscope as ls
from learnscope.errors import ImportFormatError
from learnscope.read import CODES
from learnscope.read.render import to_json, to_markdown, to_rich
from tests.conftest import cli, public_logs


def _load(path):
    try:
        return ls.load(path)
    except (ImportError, AttributeError) as exc:  # the importers are not in this checkout
        pytest.skip(f"importer for {path.name} is missing here: {exc}")


def test_every_public_log_gets_a_verdict():
    verdicts, empty = {}, []
    for path in public_logs():
        try:
            h = _load(path)
        except ImportFormatError as exc:  # only the corpus' deliberately empty log may say so
            assert "no numeric series" in str(exc) and "empty" in path.name, f"{path.name}: {exc}"
            empty.append(path.name)
            continue
        r = ls.read(h)
        assert r.verdict in CODES, path.name
        json.loads(to_json(r), parse_constant=lambda c: pytest.fail(f"{path.name}: JSON token {c}"))
        to_markdown(r), to_rich(r)
        verdicts[path.name] = r.verdict
    assert len(verdicts) >= 40 and len(empty) <= 1


def test_known_public_logs_read_right():
    """Logs whose story is plain from their names and curves."""
    expected = {"deepfake-overfit__training_log.csv": "overfitting",
                "oedometer-allnan-pl__metrics.csv": "non_finite",
                "pinn-em-nan-pl__metrics.csv": "non_finite",
                "dd-mnist-normal__log.csv": "chance_level",
                "mnist-cnn-tb__events.out.tfevents.1785441771.squirrels-iMac.local.1798.3": "healthy"}
    paths = {p.name: p for p in public_logs()}
    for name, verdict in expected.items():
        if name in paths:
            assert ls.read(_load(paths[name])).verdict == verdict, name
    for name in ("pneumonia-16val__training_history.csv", "deepfake-20val__training_log.csv"):
        if name in paths:  # tiny validation sets: noise, not overfitting
            codes = ls.read(_load(paths[name])).codes()
            assert "noisy_validation" in codes and "overfitting" not in codes, (name, codes)


def test_cli_reads_one_log_of_each_format():
    picks = {}
    for p in public_logs():
        fmt = p.name.split("__", 1)[1].split(".")[0].split("events")[0] or "tfevents"
        picks.setdefault(fmt, p)
    for p in list(picks.values())[:6]:
        out = cli("read", p, "--json")
        if out.returncode == 2 and "no numeric series" in out.stderr:
            continue
        assert out.returncode == 0, (p.name, out.stderr)
        assert json.loads(out.stdout)["verdict"] in CODES
