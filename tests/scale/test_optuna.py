"""Optuna: trials recorded as runs of a study group, values reported, the read prunes."""

import subprocess
import sys

import pytest

import learnscope as ls
from learnscope.errors import InvalidValueError
from learnscope.store import open_store
from tests.conftest import ROOT

optuna = pytest.importorskip("optuna")
lso = pytest.importorskip("learnscope.optuna")
optuna.logging.set_verbosity(optuna.logging.WARNING)


def test_a_trial_is_a_run_of_its_study_with_params_reports_and_read_pruning(store):
    curves = {0: [1.0, 0.8, 0.6, 0.5], 1: [1.0, 0.9, float("nan"), 0.5]}

    def objective(trial):
        x = trial.suggest_float("x", -1, 1)
        with lso.track(trial, store=store) as run:
            for epoch, v in enumerate(curves[trial.number], start=1):
                # a sound trial's accuracy climbs (one frozen at 0.5 with its loss near ln 2 is at chance)
                run.log_epoch({"loss": v, "val_loss": v + 0.1, "val_accuracy": 0.55 + 0.1 * epoch})
                if trial.should_prune():
                    raise optuna.TrialPruned()
        return x

    study = optuna.create_study(study_name="unit", pruner=lso.ReadPruner(min_epochs=1))
    study.optimize(objective, n_trials=2)
    done, pruned = study.trials
    assert (done.state, pruned.state) == (optuna.trial.TrialState.COMPLETE, optuna.trial.TrialState.PRUNED)
    runs = {r.meta["trial"]: r for r in open_store(store).list_runs("unit")}
    assert runs[0].group == "unit" and runs[0].name == "trial-0" and runs[0].config == done.params
    assert done.intermediate_values == {1: 1.1, 2: 0.9, 3: 0.7, 4: 0.6}
    assert runs[0].meta["optuna_state"] == "complete" and runs[0].status == "finished"
    assert runs[1].meta["optuna_state"] == "pruned" and runs[1].meta["pruned_by"] == "non_finite"
    assert pruned.user_attrs["learnscope_run"] == runs[1].id and len(pruned.intermediate_values) == 3


def test_bad_pruner_code_and_monitor_are_clear_errors(store):
    with pytest.raises(InvalidValueError, match="unknown finding code 'boom'"):
        lso.ReadPruner(codes=("boom",))
    study = optuna.create_study(study_name="mon")
    trial = study.ask()
    with lso.track(trial, store=store, monitor="val_f1") as run:
        run.log_epoch({"loss": 1.0})  # the hook's error is logged, training goes on
    assert ls.load(run.id, store=store).epoch["loss"].tolist() == [1.0]
    assert trial.study.trials[0].intermediate_values == {}


def test_study_on_postgres_with_two_worker_processes(pg_store):
    """Optuna's RDB storage and the learnscope store share one PostgreSQL database."""
    storage = pg_store.replace("postgresql://", "postgresql+psycopg://", 1)
    study = optuna.create_study(study_name="lr-sweep", storage=storage)
    for lr in (0.05, 0.2, 1e-8, 60.0):  # two sound, one that cannot learn, one that blows up
        study.enqueue_trial({"lr": lr, "hidden": 16})
    procs = [subprocess.Popen([sys.executable, "-m", "tests.scale.optuna_worker", storage, "lr-sweep", pg_store,
                               "2"], cwd=ROOT, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    errs = [p.communicate(timeout=300)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errs
    trials = optuna.load_study(study_name="lr-sweep", storage=storage).trials
    states = {t.params["lr"]: t.state.name for t in trials}
    assert states == {0.05: "COMPLETE", 0.2: "COMPLETE", 1e-8: "PRUNED", 60.0: "PRUNED"}
    runs = {r.id: r for r in open_store(pg_store).list_runs("lr-sweep")}
    assert len(runs) == 4 and len({r.meta["pid"] for r in runs.values()}) == 2  # both workers recorded
    for t in trials:
        run = runs[t.user_attrs["learnscope_run"]]
        assert run.group == "lr-sweep" and run.meta["trial"] == t.number and run.config == t.params
        h = ls.load(run.id, store=pg_store)
        reported = [v if v == v else float("inf") for v in h.epoch["val_loss"].tolist()]  # NaN goes as inf
        # by step: Optuna's RDB storage gives them in the database's row order, which PostgreSQL does not fix
        steps = sorted(t.intermediate_values)
        assert [t.intermediate_values[k] for k in steps] == pytest.approx(reported)
    assert {runs[t.user_attrs["learnscope_run"]].meta.get("pruned_by") for t in trials if t.state.name == "PRUNED"} \
        == {"chance_level", "non_finite"}
