"""The rule registry: one declaration per code, and everything else derived from it."""

import pytest

import learnscope.read as lsread
from learnscope.read import registry
from learnscope.read.finding import Finding


def test_every_code_is_declared_once_with_its_rule():
    codes = registry.codes()
    assert len(codes) == len(set(codes))
    ranks = [registry.info(c).priority for c in codes]
    assert ranks == sorted(ranks) and len(set(ranks)) == len(ranks)
    for fn in registry.rules():
        assert registry.info(fn.code).rule is fn
    assert registry.info("healthy").rule is None  # written by the read, not by a rule


def test_package_names_derive_from_the_registry():
    assert lsread.CODES == registry.codes()
    assert lsread.SUPERSEDES == registry.supersedes()
    assert set(lsread.RULES) == set(registry.rules())
    assert "underfitting" in registry.info("diverging").supersedes


def test_a_second_declaration_of_a_code_is_refused():
    with pytest.raises(ValueError, match="declared twice"):
        registry.declare("diverging", "error", priority=999)
    with pytest.raises(ValueError, match="severity"):
        registry.declare("no_such_code_for_test", "fatal", priority=998)


def test_unknown_code_in_a_finding_names_the_known_ones():
    with pytest.raises(ValueError, match="known: non_finite"):
        Finding("no_such_code", "info", "x")


def test_dashboard_verdict_colours_follow_severity():
    from learnscope.dashboard.app import static_files

    css = static_files()["verdicts.css"][0].decode()
    lines = {line.split()[0]: line for line in css.splitlines()}
    for code in registry.codes():
        assert f".verdict.v-{code}" in lines
    by_sev = {}
    for code in registry.codes():
        if code != "healthy":
            by_sev.setdefault(registry.severity(code), set()).add(lines[f".verdict.v-{code}"].split("{")[1])
    assert all(len(v) == 1 for v in by_sev.values())  # one look per severity
    assert len({next(iter(v)) for v in by_sev.values()}) == len(by_sev)


def test_a_stall_that_ended_before_the_overfitting_began_is_kept_beside_it():
    """Supersession is about one stretch of curve: overfitting supersedes plateau, but a stall at the
    start that a later fall ended is a separate event and is said too; a stall after the onset is not."""
    import numpy as np

    from learnscope.history import History
    from learnscope.read import read

    rng = np.random.default_rng(0)
    train = np.r_[np.full(10, 1.0986), 1.0986 * np.exp(-np.arange(1, 51) / 8)] + rng.normal(0, 0.002, 60)
    val = np.r_[np.full(10, 1.0986), 1.0986 * np.exp(-np.arange(1, 21) / 8), 0.09 + 0.01 * np.arange(1, 31)]
    val = val + rng.normal(0, 0.002, 60)
    r = read(History.from_dict({"loss": list(train), "val_loss": list(val)}))
    assert {"overfitting", "plateau"} <= set(r.codes()), r.codes()
    stall, over = r.first("plateau"), r.first("overfitting")
    assert stall.evidence["until_epoch"] < over.epoch


def test_a_stall_at_ln_k_that_the_training_loss_left_is_kept_beside_chance_level():
    """fresh47's saddle_small_init-fz02 (3 classes, 40 validation samples): the loss sat at ln 3 for 45
    epochs (22 here), then fell (to 0.69 there, 0.5 here) while validation accuracy ended within noise of the
    majority share. chance_level supersedes plateau for a loss that never leaves ln K (that flat line
    is the chance); one that left it by a quarter learned, and its stall at the start is said too."""
    import numpy as np

    from learnscope.history import History
    from learnscope.read import read

    rng = np.random.default_rng(0)
    ln3 = float(np.log(3))
    learned = np.r_[np.full(22, ln3), ln3 - (ln3 - 0.5) * (1 - np.exp(-np.arange(1, 39) / 3))]
    train = learned + rng.normal(0, 0.002, 60)
    val_acc = np.r_[np.full(22, 0.3), 0.35 + 0.02 * rng.standard_normal(38)]
    h = History.from_dict({"loss": list(train), "accuracy": list(np.r_[np.full(22, 0.33), np.full(38, 0.7)]),
                           "val_accuracy": list(val_acc)})
    r = read(h, classes=3)
    assert {"chance_level", "plateau"} <= set(r.codes()), r.codes()
    assert r.first("plateau").evidence["until_epoch"] <= 24
    # a loss that never left ln K: the chance says it all
    flat = read(History.from_dict({"loss": list(ln3 + rng.normal(0, 0.002, 60)), "val_accuracy": list(val_acc)}),
                classes=3)
    assert "chance_level" in flat.codes() and "plateau" not in flat.codes(), flat.codes()
