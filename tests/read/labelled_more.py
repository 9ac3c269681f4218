"""The labelled set, continued: broken trainings and probe cases (see labelled.py)."""

from __future__ import annotations

from .labelled import (case, looks_chance, looks_dead, looks_diverging, looks_exploding, looks_non_finite,
                       looks_plateau, looks_settled, looks_slow, looks_underfit, looks_unstable, looks_vanishing)
from .trainer import Spec

# a run that blows up is also unstable, diverging and NaN, with exploding gradients, in some order
BROKEN = {"non_finite", "diverging", "unstable", "exploding_gradients"}


def _underfit():
    allow = {"plateau"}  # a small model that has learned all it can is flat
    return [
        case("underfit-moons-linear", Spec("moons", (), lr=3e-2, epochs=15, noise=0.2, n_samples=800), {"underfitting"},
             allow, looks_underfit),
        case("underfit-moons-linear-1", Spec("moons", (), lr=3e-2, epochs=15, noise=0.25, n_samples=800, seed=1),
             {"underfitting"}, allow, looks_underfit),
        case("underfit-digits-tiny", Spec("digits", (3,), lr=3e-2, epochs=20, batch=128),
             {"underfitting"}, allow, looks_underfit),
        case("underfit-wine-tiny", Spec("wine", (1,), lr=3e-2, epochs=20, batch=32),
             {"underfitting"}, allow, looks_underfit),
    ]


def _diverging():
    return [
        case("diverge-digits", Spec("digits", (64,), opt="sgd", lr=0.01, lr_growth=1.6, epochs=16, batch=128),
             {"diverging"}, BROKEN, looks_diverging),
        case("diverge-moons", Spec("moons", (32, 32), lr=1e-2, lr_growth=1.8, epochs=15, n_samples=800),
             {"diverging"}, BROKEN, looks_diverging),
        case("diverge-bc", Spec("breast_cancer", (32,), opt="sgd", lr=0.01, lr_growth=2.0, epochs=14),
             {"diverging"}, BROKEN, looks_diverging),
    ]


def _non_finite():
    return [
        case("nan-digits", Spec("digits", (64,), opt="sgd", lr=5.0, epochs=8, batch=128), {"non_finite"}, BROKEN,
             looks_non_finite),
        case("nan-wine", Spec("wine", (32,), opt="sgd", lr=30.0, epochs=8, batch=32), {"non_finite"}, BROKEN,
             looks_non_finite),
        case("nan-circles", Spec("circles", (32, 32), opt="sgd", lr=500.0, epochs=8, n_samples=800), {"non_finite"},
             BROKEN, looks_non_finite),
    ]


def _chance():
    # dead ReLUs are why one of them is at chance; random labels are memorised (overfitting)
    allow = {"plateau", "dead_units", "overfitting"}
    return [
        case("chance-circles-linear", Spec("circles", (), lr=1e-2, epochs=12, n_samples=800), {"chance_level"}, allow,
             looks_chance),
        case("chance-digits-dead", Spec("digits", (64,), lr=1e-3, bias_init=-20.0, epochs=8, batch=128, probes=True),
             {"chance_level", "dead_units"}, allow, looks_chance),
        case("chance-digits-random-labels", Spec("digits", (64,), lr=3e-3, random_labels=True, epochs=12, batch=128),
             {"chance_level"}, allow, looks_chance),
    ]


def _slow():
    allow = set()
    return [
        case("slow-digits", Spec("digits", (32,), opt="sgd", lr=1e-2, epochs=12, batch=128), {"slow_convergence"},
             allow, looks_slow),
        case("slow-bc", Spec("breast_cancer", (32,), opt="sgd", lr=3e-3, epochs=12), {"slow_convergence"}, allow,
             looks_slow),
        case("slow-moons", Spec("moons", (32,), opt="sgd", lr=1e-2, epochs=12, n_samples=800), {"slow_convergence"},
             allow, looks_slow),
        case("slow-wine", Spec("wine", (32,), opt="sgd", lr=3e-3, epochs=12, batch=32), {"slow_convergence"}, allow,
             looks_slow),
    ]


def _unstable():
    # with a learning rate this high, validation loss climbs (overfitting) or stalls (plateau)
    allow = {"overfitting", "plateau", "diverging"}
    return [
        case("unstable-digits", Spec("digits", (64,), lr=0.1, epochs=16, batch=64), {"unstable"}, allow,
             looks_unstable),
        case("unstable-digits-1", Spec("digits", (64,), lr=0.1, epochs=16, batch=64, seed=1), {"unstable"}, allow,
             looks_unstable),
        case("unstable-moons", Spec("moons", (64, 64), opt="sgd", lr=0.5, momentum=0.9, epochs=16, n_samples=800), {"unstable"}, allow,
             looks_unstable),
    ]


def _settled():
    # Adam at 0.1 oscillates; cut to a fiftieth at epoch 16 it settles, and 64 units then overfit digits
    allow = {"overfitting", "plateau"}
    return [
        case(f"settled-digits-{seed}", Spec("digits", (64,), lr=0.1, epochs=30, batch=64, lr_drop_at=16, lr_cut=0.02,
                                            log_lr=True, seed=seed), {"oscillation_settled"}, allow, looks_settled)
        for seed in (0, 1)
    ]


def _plateau():
    allow = {"underfitting"}  # the learning rate was cut to nothing before the model fitted
    return [
        case("plateau-moons", Spec("moons", (16,), lr=3e-2, epochs=30, lr_drop_at=8, n_samples=800), {"plateau"},
             allow, looks_plateau),
        case("plateau-digits", Spec("digits", (64,), lr=3e-3, epochs=24, lr_drop_at=6, batch=128), {"plateau"}, allow,
             looks_plateau),
        case("plateau-bc", Spec("breast_cancer", (32,), lr=3e-3, epochs=24, lr_drop_at=5), {"plateau"}, allow,
             looks_plateau),
        case("plateau-circles", Spec("circles", (32, 32), lr=1e-2, epochs=30, lr_drop_at=8, n_samples=800),
             {"plateau"}, allow, looks_plateau),
    ]


def _probes():
    deep_sigmoid = (32,) * 8
    # a deep sigmoid net barely learns: slow, flat, underfitting are all true of it
    allow = {"slow_convergence", "plateau", "underfitting"}
    return [
        case("vanishing-digits", Spec("digits", deep_sigmoid, act="sigmoid", opt="sgd", lr=0.1, epochs=6, batch=128,
                                      probes=True), {"vanishing_gradients"}, allow, looks_vanishing),
        case("vanishing-moons", Spec("moons", (16,) * 10, act="sigmoid", opt="sgd", lr=0.1, epochs=6, n_samples=800,
                                     probes=True), {"vanishing_gradients"}, allow, looks_vanishing),
        case("exploding-digits", Spec("digits", (64,) * 8, opt="sgd", lr=0.01, weight_scale=5.0, epochs=5,
                                      batch=128, probes=True), {"exploding_gradients"}, BROKEN | allow,
             looks_exploding),
        case("exploding-bc", Spec("breast_cancer", (32, 32, 32), opt="sgd", lr=0.05, lr_growth=3.0, epochs=8,
                                  probes=True), {"exploding_gradients"}, BROKEN | allow,
             looks_exploding),
        case("dead-digits", Spec("digits", (64, 64), lr=0.1, epochs=8, batch=128, probes=True),
             {"dead_units"}, check=looks_dead),
    ]


def more_cases():
    return _underfit() + _diverging() + _non_finite() + _chance() + _slow() + _unstable() + _settled() + _plateau() + _probes()
