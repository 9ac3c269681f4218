"""The causes of the corpus, grouped by the condition each is meant to produce."""

from __future__ import annotations

from corpus_data import FRESH_DRAWS
from specs import CLEAN, CLF, NO_STEPS, REG, _epochs, _opt, cause, ds, fresh_specs

TORCHISH = {"torch": 0.5, "tracker": 0.25, "lightning": 0.25}


def healthy():
    return [
        *cause("healthy_default", "healthy", 36, CLEAN, lambda d, data, fw: {
            **_opt(d, (2e-3, 1e-2)), "hidden": d.pick([[32], [64, 32], [16]]), "batch": d.pick([32, 64]),
            "epochs": _epochs(d, data, 15, 40), "wd": d.pick([0.0, 1e-4]),
            "sched": d.pick(["const", "const", "cosine", "step", "warmup", "onecycle", "plateau"])}),
        *cause("converged_flat", "healthy", 22, ["moons", "circles", "blobs", "regression", "friedman1"],
               lambda d, data, fw: {
                   "data": {**CLEAN[data](d), "n": 4000}, "n_val": d.pick([500, 1000, 2000]),
                   "hidden": [16], "lr": d.log(5e-3, 2e-2), "batch": 32, "epochs": d.int(40, 100)}),
        *cause("noise_floor", "healthy", 26, ["moons", "circles", "clf_noisy", "blobs"], lambda d, data, fw: {
            "data": {"moons": ds("moons", n=5000, noise=d.pick([0.35, 0.45, 0.55])),
                     "circles": ds("circles", n=5000, noise=d.pick([0.2, 0.25, 0.3])),
                     "clf_noisy": ds("clf_noisy", n=5000, flip_y=d.pick([0.2, 0.35, 0.5]), classes=d.pick([2, 3])),
                     "blobs": ds("blobs", n=5000, std=d.pick([3.0, 3.5, 4.5]), centers=4)}[data],
            "n_val": d.pick([1000, 2000, 3000]), "hidden": [16], "lr": d.log(5e-3, 1.5e-2), "batch": 32,
            "epochs": d.int(15, 45), "wd": 1e-4}),
        *cause("healthy_sgd_schedules", "healthy", 16, CLEAN, lambda d, data, fw: {
            "opt": "momentum", "lr": d.log(0.02, 0.08), "hidden": [64, 32], "batch": d.pick([32, 64]),
            "epochs": _epochs(d, data, 20, 50), "sched": d.pick(["cosine", "step", "onecycle", "warmup"])}),
        *cause("healthy_probes", "healthy", 16, CLEAN, lambda d, data, fw: {
            **_opt(d), "hidden": d.pick([[64, 32], [32, 32, 32], [32]]), "act": d.pick(["relu", "relu", "tanh"]),
            "probes": True, "epochs": _epochs(d, data, 10, 30), "batch": 64}, {"tracker": 1.0}),
    ]


def overfitting():
    small_train = {"digits": 150, "breast_cancer": 80, "wine": 50, "iris": 40, "moons": 120, "circles": 120,
                   "blobs": 100, "clf_noisy": 200, "clf_imbalanced": 200, "regression": 80, "friedman1": 80,
                   "diabetes": 300}
    return [
        *cause("small_train_big_net", "overfitting", 32, list(small_train), lambda d, data, fw: {
            "data": {**CLEAN[data](d), **({"noise": 0.3} if data == "moons" else {}),
                     **({"noise": 0.2} if data == "circles" else {}), **({"std": 3.0} if data == "blobs" else {}),
                     **({"features": 60, "noise": 20.0} if data == "regression" else {})},
            "n_train": small_train[data], "n_val": d.pick([100, 300, 1000]) if data not in ("iris", "wine") else None,
            "hidden": d.pick([[256, 256], [512], [128, 128]]), "lr": d.log(1e-3, 5e-3),
            "opt": d.pick(["adam", "adam", "rmsprop", "adamw"]), "batch": d.pick([16, 32]),
            "epochs": d.int(60, 150)}),
        *cause("memorise_label_noise", "overfitting", 16, ["clf_noisy", "moons", "circles"], lambda d, data, fw: {
            "data": {"clf_noisy": ds("clf_noisy", n=3000, flip_y=0.3, classes=3),
                     "moons": ds("moons", n=3000, noise=0.45), "circles": ds("circles", n=3000, noise=0.25)}[data],
            "n_train": d.pick([300, 500]), "n_val": d.pick([500, 2000]), "hidden": [256, 256],
            "lr": d.log(1e-3, 3e-3), "batch": 32, "epochs": d.int(80, 200)}),
        *cause("late_onset", "overfitting", 10, ["digits", "clf_noisy", "moons", "regression", "friedman1"],
               lambda d, data, fw: {
                   "data": {**CLEAN[data](d), **({"flip_y": 0.15} if data == "clf_noisy" else {}),
                            **({"noise": 0.35} if data == "moons" else {}),
                            **({"features": 40} if data == "regression" else {})},
                   "n_train": d.pick([400, 600]), "n_val": 500, "hidden": [128, 128], "lr": d.log(2e-4, 5e-4),
                   "batch": 64, "epochs": d.int(150, 300)}, {"torch": 0.7, "tracker": 0.3}),
        *cause("loss_only_rise", "overfitting", 12, ["digits", "breast_cancer", "wine", "blobs"],
               lambda d, data, fw: {
                   "hidden": [256, 128], "lr": d.log(5e-3, 1e-2), "batch": 32, "epochs": _epochs(d, data, 60, 120),
                   "n_train": {"digits": 400, "breast_cancer": 150, "wine": 80, "blobs": 200}[data]}),
    ]


def underfitting():
    return [
        *cause("tiny_capacity", "underfitting", 18, ["digits", "moons", "blobs", "friedman1", "circles", "clf_noisy"],
               lambda d, data, fw: {
                   "data": {**CLEAN[data](d), **({"centers": 6, "std": 1.5} if data == "blobs" else {}),
                            **({"classes": 4, "flip_y": 0.0} if data == "clf_noisy" else {})},
                   "hidden": d.pick([[], [2], [1]]) if data != "circles" else d.pick([[2], [3]]),
                   "lr": d.log(3e-3, 1e-2), "batch": 64, "epochs": _epochs(d, data, 30, 60)}),
        *cause("heavy_regularisation", "underfitting", 18,
               ["digits", "moons", "circles", "friedman1", "blobs", "breast_cancer", "regression"],
               lambda d, data, fw: {
                   **d.pick([{"wd": d.log(0.05, 0.3), "opt": "adam"}, {"wd": d.log(0.05, 0.3), "opt": "momentum",
                                                                      "lr": 0.02},
                             {"dropout": d.pick([0.8, 0.9]), "hidden": [16]}]),
                   "batch": 64, "epochs": _epochs(d, data, 30, 60)}),
        *cause("missing_features", "underfitting_ambiguous", 10, ["digits", "friedman1", "regression", "clf_noisy"],
               lambda d, data, fw: {"drop_features": d.pick([0.8, 0.9]), "hidden": [32], "lr": 3e-3,
                                    "batch": 64, "epochs": _epochs(d, data, 30, 50)}),
    ]


def diverging():
    return [
        *cause("lr_too_high", "diverging", 16, CLEAN, lambda d, data, fw: d.pick([
            {"opt": "sgd", "lr": d.log(2.0, 20.0)}, {"opt": "momentum", "lr": d.log(0.5, 3.0)},
            {"opt": "adam", "lr": d.log(0.1, 1.0)}]) | {"epochs": _epochs(d, data, 15, 40), "hidden": [64, 64]}),
        *cause("growing_lr", "diverging", 12, CLEAN, lambda d, data, fw: {
            "sched": "grow", "sched_args": {"growth": d.pick([1.2, 1.3, 1.4])}, "opt": d.pick(["sgd", "adam"]),
            "lr": 1e-2, "epochs": d.int(25, 40), "hidden": [64, 64]}),
        *cause("explode_settle", "diverging", 12, ["digits", "wine", "blobs", "iris", "clf_noisy"],
               lambda d, data, fw: {"opt": "adam", "lr": d.log(0.5, 3.0), "hidden": [128, 128],
                                    "epochs": _epochs(d, data, 15, 40), "batch": 64}),
    ]


def non_finite():
    return [
        *cause("nan_input", "non_finite", 10, CLEAN, lambda d, data, fw: {"nan_input": True,
                                                                          "epochs": _epochs(d, data, 8, 20)}),
        *cause("log_of_zero", "non_finite", 8, CLF, lambda d, data, fw: {
            "log0": True, "opt": "sgd", "lr": d.log(5.0, 30.0), "epochs": _epochs(d, data, 10, 20)}, TORCHISH),
        *cause("regression_blowup", "non_finite", 8, REG, lambda d, data, fw: {
            "opt": "momentum", "lr": d.log(0.5, 3.0), "hidden": [64, 64], "epochs": _epochs(d, data, 10, 20)}),
    ]


def chance_level():
    torchish = {"torch": 0.5, "tracker": 0.2, "lightning": 0.3}
    return [
        *cause("shuffled_labels", "chance_level", 10, CLF, lambda d, data, fw: {
            "shuffle_labels": True, "hidden": d.pick([[32], [128, 128]]), "epochs": _epochs(d, data, 20, 50)}),
        *cause("dead_network", "chance_level", 9, CLF, lambda d, data, fw: {
            "bias_init": -10.0, "hidden": [32, 32], "epochs": _epochs(d, data, 10, 30)}),
        *cause("constant_output", "chance_level", 7, CLF, lambda d, data, fw: {
            "bias_only": True, "epochs": _epochs(d, data, 10, 30), "lr": 1e-2}, torchish),
        *cause("majority_class", "chance_level", 10, ["clf_imbalanced"], lambda d, data, fw: {
            "data": ds("clf_imbalanced", n=3000, weights=[0.9, 0.1], classes=2, sep=0.1, flip_y=0.0,
                       informative=2),
            "hidden": [], "wd": d.log(0.3, 1.0), "opt": "sgd", "lr": 0.05, "epochs": d.int(15, 40)}),
    ]


def slow_convergence():
    return [
        *cause("lr_too_low", "slow_convergence", 22, CLEAN, lambda d, data, fw: d.pick([
            {"opt": "sgd", "lr": d.log(5e-4, 3e-3)}, {"opt": "adam", "lr": d.log(3e-5, 1.5e-4)},
            {"opt": "rmsprop", "lr": d.log(2e-5, 8e-5)}]) | {"epochs": _epochs(d, data, 20, 80), "hidden": [64]}),
        *cause("too_few_epochs", "slow_convergence", 16, ["digits", "moons", "circles", "blobs", "friedman1",
                                                          "regression", "clf_noisy"],
               lambda d, data, fw: {"lr": d.log(2e-4, 5e-4), "epochs": d.int(5, 12), "hidden": [64],
                                    "batch": d.pick([32, 64])}),
    ]


def unstable():
    return [
        *cause("high_bounded_lr", "unstable", 22, CLEAN, lambda d, data, fw: d.pick([
            {"opt": "sgd", "lr": d.log(0.3, 1.5)}, {"opt": "momentum", "lr": d.log(0.1, 0.4)},
            {"opt": "rmsprop", "lr": d.log(0.01, 0.05)}, {"opt": "adam", "lr": d.log(0.03, 0.1)}])
            | {"epochs": _epochs(d, data, 20, 50), "hidden": [64]}),
        *cause("unstable_hard_data", "unstable", 18, ["digits", "clf_noisy", "breast_cancer", "wine", "iris",
                                                       "blobs", "moons"],
               lambda d, data, fw: d.pick([
                   {"opt": "sgd", "lr": d.log(1.0, 3.0)}, {"opt": "momentum", "lr": d.log(0.2, 0.5)},
                   {"opt": "adam", "lr": d.log(0.02, 0.06), "batch": d.pick([8, 16])}])
               | {"data": {**CLEAN[data](d), **({"noise": 0.3} if data == "moons" else {}),
                           **({"std": 3.0} if data == "blobs" else {})},
                  "epochs": _epochs(d, data, 20, 40), "hidden": [64]}),
        *cause("tiny_batches", "unstable", 12, ["iris", "wine", "moons", "circles"],
               lambda d, data, fw: {"batch": d.pick([1, 2, 4]), "lr": d.log(1e-2, 3e-2), "hidden": [64],
                                    "data": {**CLEAN[data](d), **({"n": 300} if data in ("moons", "circles") else {})},
                                    "epochs": d.int(10, 20), "keep_batch": True}, NO_STEPS),
    ]


def noisy_validation():
    return [
        *cause("tiny_val", "noisy_validation", 20, CLF, lambda d, data, fw: {
            **_opt(d), "n_val": d.int(20, 40), "epochs": _epochs(d, data, 20, 50), "hidden": [32],
            "wd": 1e-3}),
        *cause("tiny_val_regression", "noisy_validation", 8, REG, lambda d, data, fw: {
            "n_val": d.int(20, 30), "epochs": _epochs(d, data, 20, 50), "hidden": [32], "wd": 1e-3}),
    ]


def plateau():
    return [
        *cause("high_lr_then_drop", "plateau", 10, ["digits", "moons", "blobs", "breast_cancer"],
               lambda d, data, fw: {"opt": "adam", "lr": d.log(0.03, 0.1), "hidden": [128],
                                    "sched": "drop", "sched_args": {"at": d.int(15, 25), "gamma": 0.02},
                                    "epochs": d.int(35, 50)}, NO_STEPS),
        *cause("plateau_scheduler", "plateau", 6, ["digits", "moons", "circles", "friedman1"],
               lambda d, data, fw: {"opt": "adam", "lr": d.log(0.03, 0.1), "hidden": [128], "sched": "plateau",
                                    "sched_args": {"patience": 5, "factor": 0.05}, "epochs": d.int(40, 60)},
               NO_STEPS),
        *cause("saddle_small_init", "plateau", 18, ["digits", "moons", "circles", "blobs", "wine", "iris"],
               lambda d, data, fw: {
                   "init_scale": d.pick([0.06, 0.08, 0.1]), "hidden": [64, 64, 64], "act": "tanh",
                   "opt": "momentum", "lr": d.log(0.03, 0.06), "epochs": _epochs(d, data, 30, 60)}, NO_STEPS),
    ]


def gradients():
    only = {"tracker": 1.0}
    return [
        *cause("deep_sigmoid", "vanishing_gradients", 15, CLEAN, lambda d, data, fw: {
            "act": "sigmoid", "hidden": [32] * d.int(8, 12), "opt": d.pick(["sgd", "momentum", "adam"]),
            "lr": 0.05, "epochs": _epochs(d, data, 8, 20), "probes": True, "batch": 64}, only),
        *cause("large_init", "exploding_gradients", 15, CLEAN, lambda d, data, fw: {
            "init_scale": d.pick([5.0, 10.0, 20.0]), "hidden": [64] * d.int(3, 5), "opt": d.pick(["sgd", "momentum"]),
            "lr": d.log(0.01, 0.05), "epochs": _epochs(d, data, 5, 15), "probes": True, "batch": 64}, only),
        *cause("negative_bias", "dead_units", 15, CLEAN, lambda d, data, fw: {
            "bias_init": d.pick([-1.5, -2.5, -4.0]), "hidden": [64, 64], "lr": 1e-3,
            "epochs": _epochs(d, data, 10, 30), "probes": True, "batch": 64}, only),
    ]


def stopped_early_and_large_val():
    """Keras and Lightning runs stopped by EarlyStopping; healthy runs on 5,000 validation samples."""
    return [
        *cause("early_stopping", "overfitting", 14, ["digits", "breast_cancer", "wine", "moons", "clf_noisy",
                                                     "friedman1"], lambda d, data, fw: {
            "data": {**CLEAN[data](d), **({"noise": 0.3} if data == "moons" else {}),
                     **({"flip_y": 0.2} if data == "clf_noisy" else {})},
            "n_train": {"digits": 200, "breast_cancer": 100, "wine": 60, "moons": 150, "clf_noisy": 200,
                        "friedman1": 100}[data], "hidden": [256, 256], "lr": d.log(2e-3, 5e-3), "batch": 16,
            "epochs": 100, "es_patience": d.pick([5, 8, 12])}, {"keras": 0.6, "lightning": 0.4}),
        *cause("large_val", "healthy", 6, ["moons", "circles", "blobs"], lambda d, data, fw: {
            "data": {**CLEAN[data](d), "n": 6000}, "n_val": 5000, "hidden": [32], "lr": d.log(3e-3, 1e-2),
            "batch": 32, "epochs": d.int(20, 40)}, {"torch": 0.7, "tracker": 0.3}),
    ]


def more_unstable_and_diverging():
    """Bounded oscillation (high rates on small batches) and divergence without NaN (a slowly growing rate)."""
    return [
        *cause("high_lr_small_batch", "unstable", 14, ["digits", "clf_noisy", "moons", "regression", "friedman1",
                                                        "diabetes", "wine"], lambda d, data, fw: {
            **d.pick([{"opt": "adam", "lr": d.log(0.02, 0.06)}, {"opt": "momentum", "lr": d.log(0.05, 0.15)}]),
            "data": {**CLEAN[data](d), **({"noise": 0.3} if data == "moons" else {})}, "batch": d.pick([4, 8]),
            "n_train": 300, "hidden": [64], "epochs": d.int(15, 30), "keep_batch": True}, NO_STEPS),
        *cause("growing_lr_slow", "diverging", 12, CLEAN, lambda d, data, fw: {
            "sched": "grow", "sched_args": {"growth": d.pick([1.12, 1.15, 1.18])}, "opt": "adam", "lr": 3e-3,
            "epochs": d.int(30, 45), "hidden": [64, 64]}),
    ]


GROUPS = (healthy, overfitting, underfitting, diverging, non_finite, chance_level, slow_convergence,
          unstable, noisy_validation, plateau, gradients, stopped_early_and_large_val,
          more_unstable_and_diverging)


def all_specs(fresh: bool = True) -> list[dict]:
    """Every spec: calibration and held-out, then (``fresh``) every fresh draw (README, "Split")."""
    if not fresh:
        return [s for g in GROUPS for s in g()]
    return [s for g in GROUPS for s in g()] + [s for draw in FRESH_DRAWS for s in fresh_specs(GROUPS, draw)]
