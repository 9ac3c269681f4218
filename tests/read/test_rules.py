"""Hand-made edge cases for each rule: what must fire, what must not, and where."""

import math

import numpy as np
import pytest

import learnscope as ls
from learnscope.history import History, RunInfo, Series
from learnscope.read import rules
from learnscope.read.classes import infer_classes
from learnscope.read.probes import dead_units, exploding_gradients, vanishing_gradients

RNG = np.random.default_rng(7)


def hist(meta=None, config=None, **curves):
    return History.from_dict(curves, info=RunInfo(name="t", meta=meta or {}, config=config or {}))


def codes(h, **kw):
    return ls.read(h, **kw).codes()


def decay(n, start=2.0, end=0.1, rate=0.3):
    return end + (start - end) * np.exp(-rate * np.arange(n))


# --- non_finite ---

def test_non_finite_names_the_first_epoch():
    f = rules.non_finite(hist(loss=[1.0, 0.8, math.nan, 0.5], val_loss=[1.0, 0.9, 0.8, math.inf]))
    assert f[0].epoch == 3 and f[0].evidence["last_finite"] == 0.8


def test_non_finite_prefers_the_batch_step_inside_the_epoch():
    h = hist(loss=[1.0, math.nan])
    v = np.r_[np.linspace(1, 0.5, 50), [math.inf], np.full(49, math.nan)]
    h.add(Series("loss", "train", "batch", step=np.arange(100), epoch=np.repeat([1.0, 2.0], 50), value=v))
    f = rules.non_finite(h)[0]
    assert (f.epoch, f.step) == (2, 50)


def test_all_nan_is_said_plainly():
    r = ls.read(hist(loss=[math.nan] * 5))
    assert r.verdict == "non_finite" and "every value" in r.first("non_finite").message
    assert "insufficient_data" in r.codes()


# --- diverging ---

def test_diverging_after_a_good_start():
    f = rules.diverging(hist(loss=[1.0, 0.5, 0.4, 0.6, 1.2, 2.5, 5.0]))
    assert f and f[0].evidence["best_epoch"] == 3 and f[0].epoch == 4


def test_a_last_epoch_spike_is_not_divergence():
    assert not rules.diverging(hist(loss=list(decay(12)) + [1.5]))


def test_rise_into_nan_is_divergence():
    assert rules.diverging(hist(loss=[1.0, 0.6, 0.5, 3.0, math.nan, math.nan]))


# --- overfitting ---

def u_curve(n=40, best=15, noise=0.005):
    x = np.arange(n)
    return 0.3 + 0.002 * (x - best) ** 2 * (x > best) + 1.5 * np.exp(-0.4 * x) + RNG.normal(0, noise, n)


def test_overfitting_onset_near_the_validation_minimum():
    vl = u_curve()
    f = rules.overfitting(hist(loss=decay(40, end=0.01), val_loss=vl))
    assert f and abs(f[0].epoch - (int(np.argmin(vl)) + 1)) <= 3
    assert "sigma" in f[0].message and f[0].evidence["z"] >= 3


def test_no_overfitting_when_training_got_worse_too():
    vl = u_curve()
    assert not rules.overfitting(hist(loss=vl * 0.9, val_loss=vl))


@pytest.mark.parametrize("n,noise", [(30, 0.04), (15, 0.04), (60, 0.02), (12, 0.08)])
def test_never_overfitting_when_validation_only_moves_within_its_noise(n, noise):
    flagged = []
    for seed in range(200):  # a learning curve that flattens, plus pure noise: no real rise anywhere
        vl = 0.5 + 1.5 * np.exp(-0.5 * np.arange(n)) + np.random.default_rng(seed).normal(0, noise, n)
        if "overfitting" in codes(hist(loss=decay(n, end=0.01), val_loss=vl)):
            flagged.append(seed)
    assert not flagged


def test_short_history_overfits_only_on_a_large_steady_rise():
    train = [0.4, 0.2, 0.1, 0.05, 0.02]
    assert rules.overfitting(hist(loss=train, val_loss=[0.31, 0.36, 0.42, 0.45, 0.47]))
    assert not rules.overfitting(hist(loss=train, val_loss=[0.31, 0.33, 0.30, 0.32, 0.31]))


def test_validation_worse_at_every_evaluation_after_its_best_is_overfitting():
    """Real Keras runs stopped by EarlyStopping (patience 5): validation loss rose at every one of
    five evaluations after its best while training fell, by 7-9%: a trend (noise puts the five points
    after a minimum in rising order once in 120), though under the 20% a short run needs and, judged by the mean of the
    last points, under the 5% a longer one does."""
    six = hist(loss=[1.1092, 0.9821, 0.8876, 0.8004, 0.7228, 0.6542],
               val_loss=[1.0977, 1.107, 1.1183, 1.1362, 1.1631, 1.1951])
    f = rules.overfitting(six)
    assert f and f[0].evidence["onset_epoch"] == 1
    nine = hist(loss=[1.3936, 1.2784, 1.1909, 1.1169, 1.054, 1.0044, 0.966, 0.9337, 0.904],
                val_loss=[1.3421, 1.3103, 1.2897, 1.2787, 1.2804, 1.2951, 1.3185, 1.3443, 1.3689])
    f = rules.overfitting(nine)
    assert f and f[0].evidence["onset_epoch"] == 4
    # the same rise in another order (down once on the way) is too small to tell from noise
    zigzag = hist(loss=[1.3936, 1.2784, 1.1909, 1.1169, 1.054, 1.0044, 0.966, 0.9337, 0.904],
                  val_loss=[1.3421, 1.3103, 1.2897, 1.2787, 1.2951, 1.2804, 1.3185, 1.3443, 1.3689])
    assert not rules.overfitting(zigzag)


def test_validation_climbing_steadily_since_its_best_needs_less_training_gain():
    """noise_floor-a06 of the corpus (label noise, plain SGD): validation loss best at epoch 4 (0.532)
    and climbing steadily since, to 0.58 (+9%, about 10 sigma), while training fell 8% (0.521 ->
    0.481). A validation that climbed all along since its best did not drift and stop: the model is
    trading generalisation for training fit. The same fall of training with validation rising then
    flat for the second half is not called."""
    loss = [0.627, 0.5484, 0.5302, 0.5207, 0.5167, 0.5125, 0.5065, 0.502, 0.4982, 0.4973, 0.4952, 0.492, 0.4866,
            0.4905, 0.4861, 0.4801, 0.4846, 0.4915, 0.4827, 0.479, 0.481]
    val = [0.5472, 0.535, 0.5336, 0.5315, 0.5392, 0.5409, 0.5425, 0.5451, 0.5583, 0.5568, 0.5583, 0.564, 0.5615,
           0.5729, 0.5679, 0.5792, 0.5806, 0.5861, 0.5731, 0.5793, 0.58]
    f = rules.overfitting(hist(loss=loss, val_loss=val))
    assert f and f[0].evidence["onset_epoch"] == 4
    flat = val[:9] + [0.5583, 0.5568, 0.5583, 0.5571, 0.5589, 0.5575, 0.5569, 0.5586, 0.5578, 0.5572, 0.5581, 0.5577]
    assert not rules.overfitting(hist(loss=loss, val_loss=flat))


def test_a_climb_all_along_since_the_best_is_measured_at_the_end_of_its_line():
    """noise_floor-fq04 of the corpus (label noise, 20 epochs): validation loss best at epoch 1 (0.633)
    and climbing steadily at almost every evaluation since, to 0.686 (+8%), while training fell from
    0.644 to 0.549 and validation accuracy fell too. The mean of the last nine points (0.670) lags that
    climb by half its rise over them and stood under the 5% a rise must reach; the line through every
    point since the best ends where the curve got. The same points in a random order are not called."""
    loss = [0.6438, 0.5852, 0.5789, 0.5768, 0.5703, 0.5668, 0.5619, 0.5565, 0.5581, 0.5529, 0.5536, 0.5544,
            0.5527, 0.5493, 0.5473, 0.5429, 0.5385, 0.5482, 0.5451, 0.5491]
    val = [0.6332, 0.6437, 0.6427, 0.6434, 0.6428, 0.6421, 0.6454, 0.6573, 0.6514, 0.6688, 0.6639, 0.6588,
           0.6673, 0.6653, 0.667, 0.6779, 0.6657, 0.6634, 0.6798, 0.6861]
    f = rules.overfitting(hist(loss=loss, val_loss=val))
    assert f and f[0].evidence["onset_epoch"] == 1
    shuffled = [val[0]] + list(np.random.default_rng(0).permutation(val[1:]))
    assert not rules.overfitting(hist(loss=loss, val_loss=shuffled))


def test_an_unstable_run_still_improving_at_the_end_says_both():
    """lr_too_high-x04 of the corpus (Keras, a rate too high): the training loss blew up twice (0.61 ->
    1.97, 0.54 -> 2.31) and fell again each time, and over its last quarter still fell steadily from
    0.47 to 0.30 with validation (and both accuracies) following. It oscillates and it is still improving: both are said, and
    the advice for the second does not contradict the first (no higher rate)."""
    loss = [1.6027, 1.2122, 0.7655, 0.6065, 1.9736, 1.945, 1.2726, 1.0396, 0.8705, 0.7056, 0.5882, 0.535, 1.1891,
            2.3146, 1.5384, 1.1784, 0.9314, 0.8938, 0.7567, 0.6824, 0.587, 0.5721, 0.4866, 0.4712, 0.4122,
            0.3587, 0.3342, 0.3271, 0.3097, 0.2953]
    val = [1.323, 0.836, 0.6029, 1.0521, 2.1733, 1.3043, 1.1282, 0.8711, 0.7272, 0.6927, 0.6334, 0.6857, 2.7841,
           1.7572, 1.1825, 0.824, 0.8306, 0.8434, 0.8213, 0.6025, 0.5908, 0.6029, 0.5968, 0.5215, 0.4716,
           0.4982, 0.4913, 0.4651, 0.5076, 0.4498]
    acc = [0.2778, 0.52, 0.6852, 0.7556, 0.6356, 0.4889, 0.503, 0.5756, 0.643, 0.6844, 0.7222, 0.7667, 0.6926,
           0.5844, 0.4941, 0.6252, 0.54, 0.6111, 0.6733, 0.7044, 0.7526, 0.7504, 0.7822, 0.7956, 0.8281, 0.8459,
           0.8526, 0.8541, 0.8637, 0.8741]
    val_acc = [0.54, 0.6911, 0.7178, 0.5733, 0.5356, 0.5222, 0.5289, 0.6156, 0.6756, 0.6867, 0.7489, 0.7133,
               0.6778, 0.4711, 0.5644, 0.5911, 0.6111, 0.6689, 0.6333, 0.7178, 0.7333, 0.7133, 0.7533, 0.7756,
               0.7933, 0.76, 0.7844, 0.8222, 0.7956, 0.82]
    r = ls.read(hist(loss=loss, val_loss=val, accuracy=acc, val_accuracy=val_acc))
    assert {"unstable", "slow_convergence"} <= set(r.codes())
    assert "not a higher rate" in r.first("slow_convergence").advice
    # a steady run still improving keeps the usual advice
    steady = ls.read(hist(loss=list(np.linspace(1.0, 0.5, 30)), val_loss=list(np.linspace(1.05, 0.6, 30))))
    assert "raise the learning rate" in steady.first("slow_convergence").advice


# --- noisy validation (binomial when the validation size is known) ---

def quantised_acc(n_val, n_epochs=15, p=0.9, seed=0):
    return np.random.default_rng(seed).binomial(n_val, p, n_epochs) / n_val


def test_small_validation_set_is_noisy_and_says_how_noisy():
    h = hist(meta={"val_size": 30}, loss=decay(15), val_loss=decay(15, end=0.3), val_accuracy=quantised_acc(30))
    f = rules.noisy_validation(h)
    assert f and "binomial (n=30)" in f[0].message and "sigma" in f[0].message
    assert f[0].evidence["sigma"] == pytest.approx(math.sqrt(0.9 * 0.1 / 30), rel=0.3)


def test_validation_size_is_read_from_accuracy_steps_when_unknown():
    h = hist(loss=decay(15), val_accuracy=quantised_acc(30))
    assert "read from the accuracy" in rules.noisy_validation(h)[0].message


def test_large_validation_set_is_not_noisy():
    acc = np.round(0.9 + np.random.default_rng(1).normal(0, 0.002, 15), 4)
    assert not rules.noisy_validation(hist(meta={"val_size": 20000}, loss=decay(15), val_accuracy=acc))


def test_a_large_set_is_noisy_when_the_model_moves_it_beyond_sampling():
    """750 validation samples (binomial noise about 0.018 at 0.6, under the 0.02 that matters) and a
    model thrown about by a high rate on small batches: its accuracy jumps 4-7 points between
    evaluations around a flat trend. That scatter, not sampling, is the curve's noise band, and one
    drop in it says nothing. The same set with a model that moves little is not noisy."""
    rng = np.random.default_rng(4)
    jumpy = np.round(0.6 + rng.normal(0, 0.055, 30), 4)
    f = rules.noisy_validation(hist(meta={"val_size": 750}, loss=decay(30), val_accuracy=jumpy))
    assert f and "the model moves between evaluations" in f[0].message
    assert f[0].evidence["sampling_sigma"] < f[0].evidence["sigma"] / 2
    steady = np.round(0.6 + rng.normal(0, 0.004, 30), 4)
    assert not rules.noisy_validation(hist(meta={"val_size": 750}, loss=decay(30), val_accuracy=steady))


def test_a_mid_sized_set_is_noisy_only_where_the_curve_shows_it():
    """500 samples at 0.5: binomial noise 0.022. Evaluations that each draw that noise afresh (a model
    moving a lot) make a noisy curve; a converged model moves by a few samples an epoch, and its
    curve shows none of it: one drop of 0.04 there is news, not noise."""
    jittery = quantised_acc(500, 30, 0.5, seed=2)
    assert rules.noisy_validation(hist(meta={"val_size": 500}, loss=decay(30), val_accuracy=jittery))
    steady = np.round(0.5 + 0.03 * (1 - np.exp(-np.arange(30) / 5))
                      + np.random.default_rng(3).integers(-1, 2, 30) / 500, 4)
    assert not rules.noisy_validation(hist(meta={"val_size": 500}, loss=decay(30), val_accuracy=steady))


def test_a_set_whose_sampling_noise_sits_just_under_the_line_is_noisy_where_the_curve_shows_it():
    """fresh44 unstable_hard_data-n02 style: 500 samples at 0.75 (binomial noise 0.019, just under the
    0.02 that matters) and a curve that scatters by 0.023 around its trend, what sampling makes: the
    noise band the curve shows is material. The same scatter as one class's share flipping with
    another's is no noise (the model outputs one class at a time), and a scatter of 0.01 is none."""
    rng = np.random.default_rng(5)
    jittery = np.round((0.75 + rng.normal(0, 0.023, 30)) * 500) / 500
    f = rules.noisy_validation(hist(meta={"val_size": 500}, loss=decay(30), val_accuracy=jittery))
    assert f and "about the binomial" in f[0].message
    turns = np.where(rng.random(30) < 0.5, 0.28, 0.31)  # 3 classes, 1,000 samples: one class, then another
    assert not rules.noisy_validation(hist(meta={"val_size": 1000}, loss=decay(30), val_accuracy=turns))
    quiet = np.round((0.75 + rng.normal(0, 0.008, 30)) * 500) / 500
    assert not rules.noisy_validation(hist(meta={"val_size": 500}, loss=decay(30), val_accuracy=quiet))


# --- underfitting, chance level ---

def test_a_low_accuracy_level_alone_is_information_not_underfitting():
    # the data may allow no better: the curves cannot tell a small model from a noise floor
    acc = 0.7 - 0.4 * np.exp(-0.8 * np.arange(20))
    h = hist(loss=decay(20, end=0.8, rate=0.8), accuracy=acc, val_accuracy=acc - 0.01)
    assert not rules.underfitting(h)
    r = ls.read(h)
    assert r.verdict == "healthy" and "cannot tell which" in r.first("healthy").message
    assert r.first("healthy").evidence["capacity_unknown"]["series"] == "accuracy"
    # only a validation accuracy logged (as many training loops do): the note is read from it
    r = ls.read(hist(loss=decay(20, end=0.8, rate=0.8), val_loss=decay(20, end=0.85, rate=0.8),
                     val_accuracy=acc - 0.01))
    assert r.verdict == "healthy" and r.first("healthy").message.count("Validation accuracy levelled off at 0.69")
    assert r.first("healthy").evidence["capacity_unknown"]["series"] == "val_accuracy"
    # accurate: nothing to say
    r = ls.read(hist(loss=decay(20, end=0.1, rate=0.8), val_loss=decay(20, end=0.12, rate=0.8),
                     val_accuracy=0.97 - 0.6 * np.exp(-0.8 * np.arange(20))))
    assert "capacity_unknown" not in r.first("healthy").evidence


def test_underfitting_when_the_loss_barely_left_an_untrained_models():
    loss = np.log(10) * (0.9 + 0.05 * np.exp(-np.arange(20) / 3))  # ln 10 -> 0.9 ln 10 and flat
    acc = 0.6 + 0.02 * (1 - np.exp(-np.arange(20) / 3))  # a calibrated model this accurate scores ~1.5
    f = rules.underfitting(hist(loss=loss, accuracy=acc), classes=10)
    assert f and f[0].evidence["start"] == pytest.approx(np.log(10))


def test_a_loss_near_ln_k_that_its_accuracy_explains_is_not_underfitting():
    """Hard data (best accuracy 0.32 of 10 classes): the loss barely left ln 10 because 0.32 is all
    the model could score, or all it was big enough for; the curves cannot tell which."""
    loss = np.log(10) * (0.9 + 0.05 * np.exp(-np.arange(20) / 3))
    acc = 0.3 + 0.02 * (1 - np.exp(-np.arange(20) / 3))
    h = hist(loss=loss, accuracy=acc, val_loss=loss + 0.01, val_accuracy=acc - 0.01)
    assert not rules.underfitting(h, classes=10)
    r = ls.read(h, classes=10)
    assert r.verdict == "healthy" and "the curves cannot tell which" in r.first("healthy").message
    assert rules.underfitting(hist(loss=loss, accuracy=acc, val_loss=loss, val_accuracy=acc + 0.2), classes=10)


def test_without_a_training_accuracy_the_validation_accuracy_explains_the_loss():
    """A run that logs only its training loss and evaluates (every N steps, say) at the noise floor:
    the validation accuracy (0.32 of 10 classes) stands for the training accuracy it did not log, so
    the same curves get the same read as the run that logs both; at 0.85 the loss is still too high."""
    loss = np.log(10) * (0.9 + 0.05 * np.exp(-np.arange(20) / 3))
    acc = 0.3 + 0.02 * (1 - np.exp(-np.arange(20) / 3))
    r = ls.read(hist(loss=loss, val_loss=loss + 0.01, val_accuracy=acc), classes=10)
    assert r.verdict == "healthy" and "the curves cannot tell which" in r.first("healthy").message
    assert rules.underfitting(hist(loss=loss, val_loss=loss, val_accuracy=acc + 0.55), classes=10)


def test_a_loss_its_accuracy_explains_is_not_underfitting_when_nothing_names_the_classes():
    """fresh374 noise_floor-so08: two classes, half the labels random (0.75 at best), no class count
    logged. The loss fell 20% from its first batches (0.675) to 0.54, all that 73% right allows even
    for two classes, the fewest (the calibrated loss of 0.73 is 0.58); told K=2, the read already said
    hard data. 40% right is more than two classes' loss (0.67) could explain: still underfitting."""
    n = 29
    loss = 0.54 + 0.12 * np.exp(-np.arange(n) / 2)
    acc, val_acc = 0.73 - 0.12 * np.exp(-np.arange(n) / 2), np.full(n, 0.69)

    def with_batches(acc):
        h = hist(loss=loss, accuracy=acc, val_loss=0.62 + 0.0006 * np.arange(n), val_accuracy=val_acc)
        b = 0.675 - 0.135 * (1 - np.exp(-np.arange(25 * n) / 50))
        h.add(Series("loss", "train", "batch", step=np.arange(25 * n), epoch=np.repeat(np.arange(1.0, n + 1), 25),
                     value=b))
        return h

    assert not rules.underfitting(with_batches(acc))
    assert not rules.underfitting(with_batches(acc), classes=2)
    assert rules.underfitting(with_batches(acc - 0.33))


def test_not_underfitting_while_still_improving():
    acc = np.linspace(0.3, 0.7, 20)
    assert not rules.underfitting(hist(loss=np.linspace(2, 1, 20), accuracy=acc))


def test_chance_level_needs_the_number_of_classes():
    h = hist(val_accuracy=[0.1, 0.11, 0.09, 0.1, 0.1])
    assert "chance_level" not in codes(h)
    assert "chance_level" in codes(h, classes=10)
    assert "chance_level" in codes(hist(config={"num_classes": 10}, val_accuracy=[0.1, 0.11, 0.09, 0.1, 0.1]))


def test_chance_level_inferred_from_a_loss_at_ln_k():
    h = hist(loss=[2.31, 2.303, 2.302, 2.303, 2.302], val_accuracy=[0.1, 0.11, 0.09, 0.1, 0.1])
    f = rules.chance_level(h)
    assert f and "ln(10)" in f[0].evidence["classes_from"]


def test_a_learning_loss_is_not_mistaken_for_ln_k():
    h = hist(loss=[4.5, 4.3, 4.2, 4.1, 4.08], val_accuracy=[0.3, 0.4, 0.5, 0.55, 0.6])
    assert not rules.chance_level(h)


def test_a_loss_at_ln_k_names_no_classes_when_validation_scores_well_below_it():
    """fresh145 healthy_default-jt01 (seen): a Keras regression (MSE, no accuracy) whose training loss came
    down from 1.79 to rest at 1.384, within 0.2% of ln 4, read "the model predicts chance" over 4
    classes; its validation loss rested at 1.195, 14% below. A model that guesses uniformly scores ln K
    on any data, so a validation loss well below it says the model learned, or that this is no
    cross-entropy: the loss alone names no K then."""
    x = np.arange(33)
    train = 1.3839 + 0.409 * np.exp(-x / 7)
    val = 1.1951 + 0.391 * np.exp(-x / 7)
    assert infer_classes(hist(loss=train, val_loss=val)) == (None, "")
    assert not rules.chance_level(hist(loss=train, val_loss=val))
    # the same training loss beside a validation loss at ln 4 as well: a guess over 4 classes
    f = rules.chance_level(hist(loss=train, val_loss=1.3862 + 0.2 * np.exp(-x / 7)))
    assert f and f[0].evidence["num_classes"] == 4 and "ln(4)" in f[0].evidence["classes_from"]


# --- slow convergence, unstable, plateau ---

def test_slow_convergence_on_a_straight_decline():
    f = rules.slow_convergence(hist(loss=np.linspace(2.3, 1.5, 15), val_loss=np.linspace(2.3, 1.6, 15)))
    assert f and f[0].evidence["share"] > 0.1


def test_a_steady_but_immaterial_fall_is_not_slow_convergence():
    """A rate far too low on a regression: the loss falls in a straight line, steadily (t far above 3),
    but only 0.16% of its level over the last quarter of the run; as many epochs again would gain as
    little. A line falling 5% of its level over that quarter is still improving."""
    n = 40
    tiny = 0.80 - 0.00013 * np.arange(n)  # 0.0013 over the last quarter's 10 steps, of a level of 0.795
    steep = 0.80 - 0.0035 * np.arange(n)  # 0.035 over the last quarter, of a level of 0.68
    assert not rules.slow_convergence(hist(loss=tiny, val_loss=tiny + 0.05))
    f = rules.slow_convergence(hist(loss=steep, val_loss=steep + 0.05))
    assert f and f[0].evidence["series"] == "loss"


def test_validation_worse_at_every_evaluation_since_its_best_stops_slow_convergence():
    """fresh35's early_stopping-fn01 (Lightning, stopped by EarlyStopping): the training loss still
    falls fast, but validation turned at epoch 25 and got worse at each of the five evaluations
    since (1.417 -> 1.451), while its accuracy still creeps up. A line through the last quarter, which
    holds the turn, does not rise significantly (t = 1.4); rising every time is a trend all the same:
    more epochs would hurt it."""
    loss = [1.613, 1.5347, 1.4846, 1.4376, 1.3881, 1.3385, 1.2904, 1.2438, 1.1971, 1.1489, 1.0992, 1.0485, 0.9971,
            0.9449, 0.8924, 0.8402, 0.7889, 0.7387, 0.6896, 0.6417, 0.5955, 0.551, 0.5084, 0.4679, 0.4296, 0.3933,
            0.3591, 0.327, 0.2968, 0.2686]
    val = [1.6092, 1.6284, 1.6352, 1.6289, 1.6173, 1.6078, 1.6026, 1.6014, 1.6029, 1.6054, 1.6062, 1.6023, 1.5919,
           1.5756, 1.5555, 1.5346, 1.5148, 1.4968, 1.4805, 1.4652, 1.4504, 1.4368, 1.4261, 1.4193, 1.4169, 1.4184,
           1.4226, 1.429, 1.438, 1.4505]
    acc = [0.2444, 0.2467, 0.2467, 0.2489, 0.2489, 0.26, 0.28, 0.2978, 0.2956, 0.3044, 0.32, 0.3222, 0.3222, 0.3244,
           0.3378, 0.3578, 0.3689, 0.3756, 0.3822, 0.4, 0.4044, 0.3978, 0.3956, 0.4044, 0.4222, 0.4289, 0.4378,
           0.4356, 0.4356, 0.44]  # validation accuracy still creeping up
    assert not rules.slow_convergence(hist(loss=loss, val_loss=val, val_acc=acc))
    still = val[:25] + [1.415, 1.413, 1.412, 1.410, 1.409]
    assert rules.slow_convergence(hist(loss=loss, val_loss=still, val_acc=acc))


def test_the_material_fall_is_per_quarter_of_a_short_run():
    """fresh36's too_few_epochs-fo02 (8 epochs at a rate too low): the loss fell 0.658 -> 0.640 over
    its last five epochs (the line a short run is judged on spans half of it), 2.8% of its level, but
    only 1.4% per quarter of the run: no more than a run that moved 1.4% over its last quarter. A
    run falling 3% an epoch is still improving."""
    loss = [0.692, 0.6762, 0.6657, 0.6579, 0.6517, 0.6468, 0.643, 0.6398]
    val = [0.6971, 0.6826, 0.6727, 0.6666, 0.6617, 0.6578, 0.6546, 0.6537]
    assert not rules.slow_convergence(hist(loss=loss, val_loss=val))
    fast = list(0.69 * 0.97 ** np.arange(8))
    assert rules.slow_convergence(hist(loss=fast, val_loss=[v + 0.01 for v in fast]))


def test_converged_run_is_not_slow():
    assert not rules.slow_convergence(hist(loss=decay(30), val_loss=decay(30, end=0.2)))


def test_unstable_zigzag():
    f = rules.unstable(hist(loss=[1.0, 0.5, 1.2, 0.4, 1.1, 0.45, 1.3, 0.5]))
    assert f and f[0].evidence["jumps"] >= 3


def _oscillating_then_cut(cut_to: float, calm: bool = True):
    """16 epochs zigzagging at rate 0.1, then 20 at ``cut_to``: calm and falling, or still zigzagging."""
    zig = [0.8, 0.6, 0.45, 0.7, 0.4, 0.55, 0.35, 0.6, 0.38, 0.3, 0.5, 0.32, 0.28, 0.45, 0.3, 0.27]
    after = list(0.1 + 0.15 * np.exp(-np.arange(20) / 5)) if calm else [0.3, 0.45, 0.28] * 6 + [0.3, 0.45]
    return hist(loss=zig + after, learning_rate=[0.1] * 16 + [cut_to] * 20)


def test_oscillation_a_rate_cut_ended_is_information_not_unstable():
    r = ls.read(_oscillating_then_cut(0.002))
    assert r.verdict == "healthy" and "unstable" not in r.codes()
    f = r.first("oscillation_settled")
    assert f.severity == "info" and f.evidence["last_jump_epoch"] == 14 and f.evidence["quiet_steps"] == 22
    assert f.evidence["peak_learning_rate"] == 0.1 and "as the rate fell (to 0.002 at the end) it settled" in f.message


def test_oscillation_without_a_rate_cut_or_that_goes_on_after_it_is_unstable():
    for h in (_oscillating_then_cut(0.1), _oscillating_then_cut(0.05), _oscillating_then_cut(0.002, calm=False)):
        assert "unstable" in codes(h) and "oscillation_settled" not in codes(h)
    zig_then_calm = _oscillating_then_cut(0.002)
    del zig_then_calm.series[next(k for k in zig_then_calm.series if k.name == "learning_rate")]
    assert "unstable" in codes(zig_then_calm)  # no logged rate: nothing says why it calmed


def test_a_settled_run_still_improving_is_not_told_to_raise_the_rate():
    """Oscillating at 0.1 until the rate was cut to 0.002, then still falling steadily at the end: more
    epochs, at the rate it ended with; a higher rate is the one it oscillated at."""
    zig = [0.8, 0.6, 0.45, 0.7, 0.4, 0.55, 0.35, 0.6, 0.38, 0.3, 0.5, 0.32, 0.28, 0.45, 0.3, 0.27]
    after = list(np.linspace(0.25, 0.1, 20))
    r = ls.read(hist(loss=zig + after, val_loss=[v * 1.1 for v in zig + after],
                     learning_rate=[0.1] * 16 + [0.002] * 20))
    assert {"oscillation_settled", "slow_convergence"} <= set(r.codes()) and "unstable" not in r.codes()
    advice = r.first("slow_convergence").advice
    assert "raise the learning rate" not in advice and "not a higher rate" in advice


def test_early_convergence_is_healthy_with_a_note():
    vl = np.r_[decay(6, end=0.3, rate=1.0), np.full(30, 0.3) + RNG.normal(0, 0.001, 30)]
    r = ls.read(hist(loss=vl * 0.9, val_loss=vl))
    assert r.verdict == "healthy" and "plateau" not in r.codes()
    note = r.first("healthy").evidence["converged"]
    assert note["since_epoch"] <= 8 and note["flat"] >= 25
    assert "added nothing" in r.first("healthy").message


def test_a_stall_that_a_rate_drop_ended_is_a_plateau():
    rng = np.random.default_rng(7)
    tl = np.r_[decay(5, end=1.0, rate=0.8), np.full(25, 1.0), 1.0 - 0.6 * (1 - np.exp(-np.arange(1, 11) / 2))]
    tl = tl + rng.normal(0, 0.003, len(tl))
    f = rules.plateau(hist(loss=list(tl)))
    assert f and f[0].evidence["kind"] == "stall" and 4 <= f[0].epoch <= 8
    assert 27 <= f[0].evidence["until_epoch"] <= 33


def test_a_validation_stall_while_training_kept_learning_is_no_plateau():
    # validation sat near 0.57 for 8 epochs while the training loss fell 20% (the model kept learning,
    # as validation showed later); the same validation stall beside a training loss that stalled too is one
    rng = np.random.default_rng(3)
    vl = np.r_[decay(6, start=1.0, end=0.57, rate=0.9), np.full(8, 0.57), 0.57 - 0.25 * (1 - np.exp(-np.arange(1, 21) / 5))]
    vl = vl + rng.normal(0, 0.002, len(vl))
    learning = np.r_[decay(6, start=1.5, end=0.6, rate=0.6), np.linspace(0.58, 0.45, 8), np.linspace(0.44, 0.25, 20)]
    stalled = np.r_[decay(6, start=1.5, end=0.6, rate=0.6), np.full(8, 0.59), np.linspace(0.58, 0.3, 20)]
    assert rules.plateau(hist(loss=list(stalled), val_loss=list(vl)))
    assert not rules.plateau(hist(loss=list(learning), val_loss=list(vl)))


def test_constant_values_never_changed():
    r = ls.read(hist(loss=[0.5] * 6))
    assert "never changed" in r.first("plateau").message


# --- epoch vs batch loss ---

def test_epoch_loss_as_running_mean_is_explained():
    h = hist(loss=[1.2, 0.4, 0.3], val_loss=[0.6, 0.4, 0.35])
    b = np.r_[np.linspace(2.0, 0.5, 20), np.linspace(0.5, 0.35, 20), np.linspace(0.35, 0.3, 20)]
    h.add(Series("loss", "train", "batch", step=np.arange(60), epoch=np.repeat([1.0, 2.0, 3.0], 20), value=b))
    f = ls.read(h).first("epoch_vs_batch")
    assert f is not None and f.epoch == 1 and f.evidence["last_batches_mean"] < 0.6


# --- probes ---

def probe_hist(kind, values: dict):
    h = hist(loss=decay(10))
    for layer, v in values.items():
        v = np.asarray(v, float)
        h.add(Series(f"probe/{kind}/{layer}", "train", "batch", step=np.arange(len(v)),
                     epoch=np.repeat(np.arange(1.0, 11.0), len(v) // 10), value=v))
    return h


def test_vanishing_gradients_in_the_first_layer():
    h = probe_hist("grad_norm", {"fc0": np.full(100, 1e-7), "fc1": np.full(100, 0.5)})
    f = vanishing_gradients(h)
    assert f and f[0].evidence["weak_layers"] == ["fc0"]
    assert not vanishing_gradients(probe_hist("grad_norm", {"fc0": np.full(100, 0.2), "fc1": np.full(100, 0.5)}))


def test_exploding_gradients_and_where_they_start():
    g = np.r_[np.full(60, 0.5), np.geomspace(1, 1e5, 40)]
    f = exploding_gradients(probe_hist("grad_norm", {"fc0": g}))
    assert f and 60 <= f[0].step < 100
    assert not exploding_gradients(probe_hist("grad_norm", {"fc0": np.r_[np.zeros(5), np.full(95, 0.3)]}))


def test_a_layer_that_grows_a_hundredfold_from_below_the_networks_scale_is_not_exploding():
    """deep_sigmoid-fs02 of the corpus (a deep sigmoid net, probes on): the first layer's gradient norm
    rose from about 2e-7 to 2e-5, a hundredfold, while the last layer's stood near 0.2: it vanishes
    (vanishing_gradients says so), it does not explode. The same hundredfold growth at the network's
    own scale does."""
    rng = np.random.default_rng(0)
    first = np.r_[np.full(20, 2e-7), np.full(80, 3e-5)] * rng.lognormal(0, 0.3, 100)
    middle = np.full(100, 3e-3) * rng.lognormal(0, 0.3, 100)
    last = np.full(100, 0.2) * rng.lognormal(0, 0.3, 100)
    h = probe_hist("grad_norm", {"fc0": first, "fc1": middle, "fc2": last})
    assert not exploding_gradients(h) and vanishing_gradients(h)
    grown = np.r_[np.full(20, 0.2), np.full(80, 30.0)] * rng.lognormal(0, 0.3, 100)
    assert exploding_gradients(probe_hist("grad_norm", {"fc0": first, "fc1": middle, "fc2": grown}))
    # healthy_probes-fo00: a net leaving a saddle, its first layer's gradient from 0.02 to 2 (100x) beside
    # layers that started at 0.05-0.1 and grew to 1-2 too: gradients at the scale it learns at, no explosion
    saddle = {f"fc{i}": np.r_[np.full(30, s0), np.geomspace(s0, 2.0, 40), np.full(30, 2.0)] * rng.lognormal(0, 0.2, 100)
              for i, s0 in enumerate((0.02, 0.05, 0.07, 0.1))}
    assert not exploding_gradients(probe_hist("grad_norm", saddle))


def test_a_vanishing_layer_that_rises_toward_the_last_layers_level_is_not_exploding():
    """fresh66's deep_sigmoid-gs00 (ten sigmoid layers, SGD at 0.05): the layers' gradient norms start
    from 1e-8 (first) to 1.3 (last), so the median layer's start is 2e-4; mid-run the vanishing first
    layers rose in a burst to 0.3-0.7, held for a few steps, then fell back to 1e-4. A hundredfold
    over the median start, but still below the last layer's own start: the network's gradients at
    their usual size, not an explosion (vanishing_gradients is the finding)."""
    rng = np.random.default_rng(1)
    starts = np.geomspace(1e-8, 1.3, 10)
    layers = {}
    for i, s0 in enumerate(starts):
        v = np.full(96, s0) * rng.lognormal(0, 0.2, 96)
        if i < 5:
            v[60:75] = 0.3 * rng.lognormal(0, 0.2, 15)  # the burst, held
            v[75:] = 1e-4 * rng.lognormal(0, 0.2, 21)
        layers[f"fc{i}"] = v
    h = probe_hist("grad_norm", layers)
    assert not exploding_gradients(h) and vanishing_gradients(h)
    # the same burst a hundred times above the last layer's start is one
    layers["fc0"] = np.r_[layers["fc0"][:60], np.full(36, 500.0)]
    assert exploding_gradients(probe_hist("grad_norm", layers))


def test_dead_units():
    assert dead_units(probe_hist("dead_fraction", {"relu1": np.linspace(0, 0.9, 100)}))
    assert not dead_units(probe_hist("dead_fraction", {"relu1": np.full(100, 0.1)}))


def test_a_rise_well_beyond_the_noise_at_every_later_epoch_is_overfitting():
    # best at epoch 7 (0.325), higher at every later epoch (0.393 at the end, +21%), training falls 5x
    val = [1.2, 0.8, 0.6, 0.5, 0.42, 0.36, 0.325, 0.34, 0.35, 0.36, 0.365, 0.37, 0.375, 0.38, 0.385,
           0.39, 0.393]
    f = rules.overfitting(hist(loss=list(np.geomspace(1.0, 0.2, len(val))), val_loss=val))
    assert f and abs(f[0].epoch - 7) <= 2


def test_a_loss_that_explodes_then_sits_at_ln_k_is_diverging_and_chance():
    # 10 classes: an untrained loss of ln 10, a first epoch blown up to 73, then ln 10 for good
    rng = np.random.default_rng(3)
    loss = [73.0] + list(math.log(10) + rng.normal(0, 0.002, 14))
    acc = [0.1] + list(0.1 + rng.normal(0, 0.005, 14))
    r = ls.read({"loss": loss, "accuracy": acc, "val_accuracy": acc}, classes=10)
    assert {"diverging", "chance_level"} <= set(r.codes()) and r.verdict == "diverging"
    assert r.first("diverging").evidence["start"] == pytest.approx(math.log(10))


def test_a_first_logged_batch_far_above_ln_k_after_steps_unlogged_is_an_explosion():
    """fresh47 lr_too_high-fz02: 3 classes, batches logged every 8 steps from step 8; the first logged
    batch is 16.5 (15x an untrained classifier's ln 3), then the loss sits at ln 3 and the accuracy at 1/3.
    Learning only lowers a loss from ln K: the blow-up came in the unlogged steps before it. Its first
    logged batch at 2.0, then ln 3, is no explosion."""
    rng = np.random.default_rng(6)
    steps = 8 * np.arange(1, 61)
    batch = np.r_[16.5, 1.8, math.log(3) + rng.normal(0, 0.03, 58)]
    acc = list(0.333 + rng.normal(0, 0.01, 20))

    def run(b):
        h = hist(meta={"num_classes": 3}, val_accuracy=acc, val_loss=list(math.log(3) + rng.normal(0, 0.01, 20)))
        h.add(Series("loss", "train", "batch", step=steps, epoch=steps / 24.0, value=b))
        return ls.read(h)

    r = run(batch)
    assert {"diverging", "chance_level"} <= set(r.codes())
    assert "diverging" not in run(np.r_[2.0, batch[1:]]).codes()


def test_oscillation_around_a_flat_trend_is_not_diverging():
    rng = np.random.default_rng(4)
    loss = 0.6 + 0.25 * np.sign(np.sin(np.arange(40) * 1.7)) * rng.uniform(0.5, 1.0, 40)
    loss[:3] = [2.0, 1.2, 0.8]
    assert not rules.diverging(hist(loss=list(loss)))


def test_one_class_model_with_different_majority_shares_on_each_side():
    """A dead network that outputs the majority class: its accuracy is exactly the majority share on
    each side (0.686 on training, 0.743 on validation: the split's shares differ), and its loss no
    better than that guess, while the loss still creeps down as the biases recover."""
    n = 27
    loss = 0.87 + 0.2 * np.exp(-np.arange(n) / 12)
    h = hist(loss=loss, val_loss=loss - 0.05, accuracy=[0.6863] * n, val_accuracy=[0.7426] * n)
    f = rules.chance_level(h)
    assert f and f[0].evidence["kind"] == "one_class"
    assert "chance_level" in codes(h) and "slow_convergence" not in codes(h)
    # a model whose training accuracy moves (it tells inputs apart there) is not one
    moving = 0.60 + 0.08 * (1 - np.exp(-np.arange(n) / 5))
    assert not rules.chance_level(hist(loss=loss, val_loss=loss - 0.05, accuracy=moving, val_accuracy=[0.7426] * n))


def test_classes_inferred_from_an_accuracy_near_1_over_k_and_a_loss_near_ln_k():
    """Exploded in epoch 1, then settled: the loss sits 4% above ln 3 (a constant guess a little off
    the class shares) and the accuracy near 1/3; neither alone names 3 classes, together they do."""
    n = 18
    rng = np.random.default_rng(0)
    loss = np.r_[966.0, 1.14 + 0.01 * rng.standard_normal(n - 1)]
    val_loss = np.r_[9.5, 1.15 + 0.02 * rng.standard_normal(n - 1)]
    acc = 0.34 + 0.005 * rng.standard_normal(n)
    val_acc = 0.33 + 0.02 * rng.standard_normal(n)
    h = hist(loss=loss, val_loss=val_loss, accuracy=acc, val_accuracy=val_acc)
    f = rules.chance_level(h)
    assert f and f[0].evidence["num_classes"] == 3 and "1/3" in f[0].evidence["classes_from"]
    # a 10-class model at 33% has a loss far above ln 3: nothing is inferred, nothing is claimed
    assert not rules.chance_level(hist(loss=loss * 0 + 1.8, val_loss=val_loss * 0 + 1.85, accuracy=acc,
                                       val_accuracy=val_acc))


def _batch_history(b: np.ndarray, per_epoch: int) -> History:
    n = len(b) // per_epoch
    h = History.from_dict({"loss": [float(np.mean(b[i * per_epoch:(i + 1) * per_epoch])) for i in range(n)]})
    h.add(Series("loss", "train", "batch", step=np.arange(len(b)), epoch=np.repeat(np.arange(1.0, n + 1), per_epoch),
                 value=b))
    return h


def test_a_regression_that_exploded_in_its_first_batches_and_ended_no_better_is_diverging():
    """Noisy batches (batch 32) around 1.2, blown up to 15 at the 4th step, then back around where it
    started for good: the explosion wrecked the model, though its luckiest batches dip below the start."""
    rng = np.random.default_rng(5)
    b = 1.2 * rng.lognormal(0, 0.4, 250)
    b[3] = 15.0
    f = rules.diverging(_batch_history(b, 25))
    assert f and f[0].evidence["peak_step"] == 3 and not f[0].evidence["recovered"]
    # the same noise with no explosion, or an untrained model's high first batch, is not diverging
    quiet = 1.2 * rng.lognormal(0, 0.4, 250)
    assert not rules.diverging(_batch_history(quiet, 25))
    quiet[0] = 15.0
    assert not rules.diverging(_batch_history(quiet, 25))
    # blown up from the second batch on (its first ten batches' median is the explosion's): the first
    # batch is the start
    b = 1.0 + 0.2 * rng.standard_normal(500)
    b[1:8] = [88, 675, 27, 4.8, 13, 3.8, 3.0]
    f = rules.diverging(_batch_history(b, 25))
    assert f and f[0].evidence["start"] == pytest.approx(b[0])


def test_a_loss_that_rose_an_order_of_magnitude_above_its_first_epoch_blew_up_whatever_the_start():
    """lr_too_high-fq01 of the corpus (Lightning, a regression at rate 1.8, epoch means only): no
    start is logged, and a regression's first epoch may average a bad start it fell from, but its
    loss rose from the first epoch's mean (2.56) to 60 in the second: that is no learning. It came
    back to about 1 later, from a model the explosion had wrecked. A loss that fell from a huge first
    epoch (unscaled targets) is not diverging."""
    loss = [2.5627, 60.2788, 46.4866, 12.1058, 32.8086, 4.1368, 16.844, 10.6912, 3.3223, 4.866, 3.7839, 8.8574,
            2.2465, 2.0565, 1.2524, 2.1746, 1.701, 3.0627, 1.1648, 1.1138, 5.0498, 9.4052, 2.0215, 7.9762, 3.603,
            3.1856, 1.9301, 1.1364, 1.5233, 1.0068, 1.0539, 1.0275, 1.0224]
    f = rules.diverging(hist(loss=loss))
    assert f and f[0].epoch == 2 and f[0].evidence["recovered"] and "first epoch's mean" in f[0].message
    fell = [105500.0, 60.3, 46.5, 12.1, 8.2, 4.1, 3.3, 2.2, 1.8, 1.5, 1.3, 1.2]
    assert not rules.diverging(hist(loss=fell))


def test_noisy_validation_on_a_set_whose_size_is_read_from_the_accuracy_steps():
    """40 validation samples (accuracy in steps of 1/40, no size given) with the model at 1.0: its
    binomial noise there is small, but one sample moves the accuracy by 0.025, so a drop of one or
    two samples says nothing."""
    acc = [0.7, 0.825, 0.9, 0.9, 0.975, 1.0, 1.0, 0.975, 0.975] + [1.0] * 34
    loss = list(0.5 * np.exp(-np.arange(43) / 5) + 0.01)
    f = rules.noisy_validation(hist(loss=loss, val_loss=loss, val_accuracy=acc))
    assert f and f[0].evidence["noise_from"].startswith("binomial (n=40")


def test_a_validation_set_too_small_to_trust_is_said_whatever_else_is_found():
    """Oscillating training (unstable) on 30 validation samples: that the set is too small is a fact
    about the data, and stays whatever other finding would hide it."""
    loss = list(0.5 * np.exp(-np.arange(30) / 10) + 0.2)
    for i in range(5, 30, 3):
        loss[i] *= 1.6
    acc = [round(k / 30, 6) for k in (15, 18, 20, 21, 22, 21, 23, 22, 24, 23, 22, 24, 23, 25, 24, 23, 25, 24, 25,
                                      24, 23, 25, 24, 25, 26, 24, 25, 26, 25, 24)]
    r = ls.read(hist(loss=loss, val_accuracy=acc))
    assert {"unstable", "noisy_validation"} <= set(r.codes())
    assert r.first("noisy_validation").evidence["stands_alone"]


def test_a_validation_loss_that_jumps_up_now_and_then_is_noisy_even_where_jumps_crowd_the_end():
    """A regression's validation loss around 35 with jumps to 50-70 (two of them in the last four
    epochs), beside a smooth training loss: the last quarter's mean rises with the jumps, but that is
    the noise's tail, not a trend (the public stellar-regression log)."""
    val = [181.1, 127.9, 48.9, 36.2, 33.5, 34.6, 52.5, 30.5, 38.1, 40.7, 34.9, 33.3, 40.7, 50.4, 44.6, 69.4,
           34.8, 68.2]
    train = [228.4, 162.8, 74.5, 40.2, 38.2, 37.2, 36.0, 35.5, 35.0, 34.3, 34.0, 33.6, 33.3, 32.9, 32.6, 32.4,
             32.3, 32.0]
    assert rules.noisy_validation(hist(loss=train, val_loss=val))


def test_a_loss_that_fell_within_its_first_epoch_is_no_underfitting():
    """A fine-tune logged every step: 25 -> 3.3 within the first epoch, then 3.8 -> 3.3 as epoch
    means. The first epoch's mean already holds most of what it learned: the untrained start is the
    first steps' 20-odd, and the model left it far behind."""
    rng = np.random.default_rng(7)
    t = np.arange(3000)
    b = 3.3 + 22.2 * np.exp(-t / 4) + 0.5 * np.exp(-t / 400) + 0.05 * rng.standard_normal(3000)
    h = _batch_history(b, 500)
    assert not rules.underfitting(h)
    flat = b - 22.2 * np.exp(-t / 4)  # the same run without the fall: it never learned much
    assert rules.underfitting(_batch_history(flat, 500), classes=30)  # 30 classes: ln 30 = 3.4 is no fit


def test_a_loss_with_no_class_count_or_accuracy_that_barely_fell_is_no_underfitting_but_the_note_says_so():
    """A regression whose training loss fell 15% from its first steps and levelled off, validation
    beside it: too small a model, or targets that are mostly noise (its best loss is their noise)? The
    curves cannot tell, so underfitting is not claimed (the corpus' regressions read so were as often
    labelled healthy by a reference model as underfitting: 24 to 10, READ_VERSION 88); the healthy
    note says it cannot tell, with how to find out. A classifier's ln K is a measure: it still reads."""
    rng = np.random.default_rng(3)
    t = np.arange(1200)
    b = 0.85 + 0.15 * np.exp(-t / 60) + 0.03 * rng.standard_normal(1200)
    h = _batch_history(b, 40)
    h.add(Series("loss", "val", "epoch", step=np.arange(39, 1200, 40), epoch=np.arange(1.0, 31),
                 value=0.88 + 0.01 * rng.standard_normal(30)))
    assert not rules.underfitting(h)
    r = ls.read(h)
    assert r.verdict == "healthy", r.codes()
    note = r.first("healthy")
    assert "below its first logged steps" in note.message and "the curves cannot tell which" in note.message
    assert note.evidence["capacity_unknown"]["series"] == "loss"
    assert rules.underfitting(h, classes=2)  # on two classes, 0.85 is above an untrained ln 2 = 0.69


def test_a_loss_that_never_went_below_its_first_value_and_rose_is_diverging():
    """A fine-tune with too high a rate, logged a few times: 1.24 at the first log, then 2.0, 2.2, 2.0,
    1.8. Its best is its start, a level (not an oscillation's dip), and it ended 60% above it; the
    validation loss rose too. Before, it was read healthy."""
    h = History.from_dict({"val_loss": [2.55, 3.6, 3.5, 3.2, 3.96, 3.98, 3.7, 4.46, 4.0, 4.17, 3.29, 3.14, 3.42]})
    b = np.array([1.237, 2.028, 2.157, 1.985, 1.787])
    h.add(Series("loss", "train", "batch", step=np.arange(1, 6) * 1000, epoch=np.arange(1.0, 6.0), value=b))
    f = rules.diverging(h)
    assert f and "never went below its first value" in f[0].message
    assert ls.read(h).verdict == "diverging"


def test_a_regression_flat_from_its_first_epoch_is_no_evidence_of_underfitting():
    """Epoch means only, flat at 0.0333 from the first: learned within epoch 1, or never learned; with no
    untrained start (ln K, first steps) to measure from, the curves cannot say (the public isl-flat
    log). With its first steps logged where it ended, the same flat line is a model that never learned
    (under 5% below its first steps): not fitting its training data, whatever the reason."""
    loss = [0.0333, 0.0333, 0.0333, 0.0332, 0.0332, 0.0333, 0.0332, 0.0332, 0.0332, 0.0333] * 2
    assert not rules.underfitting(hist(loss=loss, val_loss=[v - 0.004 for v in loss]))
    h = hist(loss=loss)
    h.add(Series("loss", "train", "batch", step=np.arange(40), epoch=np.repeat(np.arange(1.0, 21.0), 2),
                 value=np.r_[0.034, 0.0335, 0.034, 0.0338, 0.0336, np.full(35, 0.0333)]))
    assert rules.underfitting(h)  # its first steps were where it ended (2% above): it never learned


def test_one_class_model_that_flipped_to_the_other_class_for_one_epoch():
    """A deep sigmoid net that outputs one class: validation accuracy 0.6761 (the majority) in every
    epoch but one, where it output the other class (0.3239); the loss no better than that guess."""
    n = 31
    val_acc = [0.6761] * n
    val_acc[6] = 0.3239
    loss = list(0.69 - 0.03 * (1 - np.exp(-np.arange(n) / 8)))
    f = rules.chance_level(hist(loss=loss, val_loss=loss, val_accuracy=val_acc))
    assert f and f[0].evidence["kind"] == "one_class" and f[0].evidence["end"] == pytest.approx(0.6761)
    assert "shuffle them together" in f[0].advice  # a class of two thirds: no imbalance trap to name
    val_acc[12] = 0.5  # two strays: no longer one class throughout
    assert not rules.chance_level(hist(loss=loss, val_loss=loss, val_accuracy=val_acc))


def test_a_model_that_drifted_into_guessing_the_majority_is_one_class():
    """Heavy weight decay on imbalanced data (the held-out majority_class runs): accuracy climbs from
    0.5 as the bias drifts to the majority, then freezes at each side's share (0.91 training, 0.888
    validation) with each loss at the entropy of that constant guess. Climbing first is no escape."""
    n = 33
    climb = 0.5 + 0.4 * (1 - np.exp(-np.arange(n) / 5))
    acc, val_acc = np.minimum(climb, 0.91), np.minimum(climb + 0.01, 0.888)
    acc[-12:], val_acc[-12:] = 0.91, 0.888
    loss = 0.29 + 0.6 * np.exp(-np.arange(n) / 10)
    val_loss = 0.348 + 0.45 * np.exp(-np.arange(n) / 10)
    h = hist(loss=loss, val_loss=val_loss, accuracy=acc, val_accuracy=val_acc)
    f = rules.chance_level(h)
    assert f and f[0].evidence["kind"] == "one_class" and f[0].evidence["end"] == pytest.approx(0.888)
    # a model that learned something and froze as sure as that accuracy allows would score far less
    assert not rules.chance_level(hist(loss=loss - 0.2, val_loss=val_loss - 0.2, accuracy=acc, val_accuracy=val_acc))
    # a model that stopped changing altogether (its rate dropped to zero) freezes whatever it learned
    still = hist(loss=np.r_[loss[:-12], [loss[-12]] * 12], val_loss=np.r_[val_loss[:-12], [val_loss[-12]] * 12],
                 accuracy=acc, val_accuracy=val_acc)
    assert not rules.chance_level(still)
    # a model 97.5% right on 40 samples: one error, which stays put once it converged
    acc40 = np.r_[np.linspace(0.5, 0.95, 20), [0.975] * 20]
    h40 = hist(loss=0.117 + np.exp(-np.arange(40) / 8), val_loss=0.112 + np.exp(-np.arange(40) / 8),
               accuracy=acc40, val_accuracy=np.r_[np.arange(20, 40) / 40, [0.975] * 20])
    assert not rules.chance_level(h40)


def test_the_first_batches_name_the_classes_an_epoch_mean_hides():
    """Ten classes, heavy weight decay (the calibration run heavy_regularisation-002): epoch 1's mean
    (2.25, accuracy 0.17) already holds what that epoch learned, but its first batches sat at ln 10
    and 1/10. Knowing K, a loss of 1.21 at 82% accuracy is far above what that accuracy allows."""
    n = 32
    loss = 1.2 + 1.05 * np.exp(-np.arange(n) / 8)
    acc = 0.83 - 0.66 * np.exp(-np.arange(n) / 6)
    assert infer_classes(hist(loss=loss, val_loss=loss, accuracy=acc, val_accuracy=acc - 0.01)) == (None, "")
    h = hist(loss=loss, val_loss=loss, accuracy=acc, val_accuracy=acc - 0.01)
    steps = np.arange(n * 20)
    h.add(Series("loss", "train", "batch", step=steps, epoch=steps // 20 + 1.0,
                 value=np.r_[[2.31, 2.29, 2.30], np.linspace(2.2, 1.2, n * 20 - 3)]))
    h.add(Series("accuracy", "train", "batch", step=steps, epoch=steps // 20 + 1.0,
                 value=np.r_[[0.09, 0.11, 0.12], np.linspace(0.2, 0.83, n * 20 - 3)]))
    assert infer_classes(h)[0] == 10
    f = rules.underfitting(h)
    assert f and f[0].evidence["num_classes"] == 10
    # a regression's first batches name nothing, whatever its loss
    h = hist(loss=loss, val_loss=loss)
    h.add(Series("loss", "train", "batch", step=steps, epoch=steps // 20 + 1.0, value=np.full(n * 20, 2.30)))
    assert infer_classes(h) == (None, "")


def test_a_batch_log_that_starts_at_step_50_has_no_untrained_start():
    """Lightning logging every 50 steps of 4-sample batches (held out high_lr_small_batch-002): the
    first logged batch (0.024, step 49) comes after 49 steps of learning, and one noisy batch of 2.0
    at step 99 is no explosion from it: the first epoch's mean (0.36) bounds where training started."""
    rng = np.random.default_rng(3)
    n = 33
    v = np.exp(rng.normal(np.log(0.07), 1.0, n))
    v[0], v[1] = 0.024, 2.0
    epochs = 0.2 + 0.16 * np.exp(-np.arange(22) / 2)

    def run(first_step):
        h = hist(loss=epochs, val_loss=epochs + 0.01)
        steps = first_step + 50 * np.arange(n)
        h.add(Series("loss", "train", "batch", step=steps, epoch=steps // 75 + 1.0, value=v))
        return h

    assert not rules.diverging(run(49))
    assert rules.diverging(run(0))  # the same values from the untrained model's first step on


def test_validation_rising_while_training_never_fitted_is_diverging():
    """A regression on momentum 0.85 (fresh4 regression_blowup-i01): the training loss bounces between
    1.2 and 1.9 and never fits, while the validation loss goes from 1.07 to 3.7 over the last epochs."""
    loss = [1.77, 1.23, 1.28, 1.93, 1.43, 1.22, 1.30, 1.29, 1.52, 1.38]
    val = [1.09, 1.90, 1.09, 1.24, 1.15, 1.07, 1.22, 1.63, 2.40, 3.70]
    f = rules.diverging(hist(loss=loss, val_loss=val))
    assert f and f[0].evidence["series"] == "val_loss" and f[0].evidence["train_end"] == pytest.approx(1.38)
    # training that fell meanwhile is overfitting's to judge; one that fitted (0.04, from 1.77) too
    assert not rules.diverging(hist(loss=list(np.linspace(1.77, 0.9, 10)), val_loss=val))
    assert not rules.diverging(hist(loss=[1.77, 0.5, 0.2, 0.1, 0.06, 0.04, 0.05, 0.04, 0.05, 0.04], val_loss=val))


def test_a_classifier_whose_epoch_loss_exploded_from_its_first_batch_is_diverging():
    """Adam at 0.85 on three classes, no metadata (fresh4 explode_settle-i00): the first batch scored
    1.06 (an untrained classifier's loss), the second 1,755; epoch 1's mean is 711 and the run came
    back to 0.72. K is unknown, but a classifier's first batch is where it started."""
    n = 44
    loss = np.r_[[711.0, 95.0, 20.0, 17.0, 10.0], 0.72 + 0.3 * np.exp(-np.arange(n - 5) / 5)]
    acc = np.r_[[0.47, 0.51, 0.64], 0.69 + 0.02 * np.sin(np.arange(n - 3))]  # it tells inputs apart
    steps = np.arange(n * 4)

    def run(accuracy, first=0):
        h = hist(loss=loss, **({"accuracy": acc} if accuracy else {}))
        h.add(Series("loss", "train", "batch", step=steps + first, epoch=steps // 4 + 1.0,
                     value=np.r_[[1.056, 1755.0, 523.0, 516.0], np.repeat(loss[1:], 4)]))
        return h

    f = rules.diverging(run(True))
    assert f and f[0].evidence["start"] == pytest.approx(1.056) and f[0].evidence["recovered"]
    # a regression's first logged step is its start too (fresh16 lr_too_high-u00)
    assert rules.diverging(run(False))
    # logged from step 50 on, a regression's first epoch may average a bad start it fell from
    assert not rules.diverging(run(False, first=50))


def test_gradients_exploding_means_a_level_held_not_one_batch_peak():
    """A healthy probed net (fresh4 healthy_probes-i00): layer 0's untrained gradient norm is 0.026; it
    peaks at 13 for a batch (500x) while it learns and settles near 1. A norm that holds 200x is."""
    rng = np.random.default_rng(5)
    n = 400
    v = np.r_[np.full(20, 0.026), 1.0 + 0.3 * rng.random(n - 20)]
    v[150] = 13.3
    probe = dict(step=np.arange(n), epoch=np.arange(n) / 20 + 1.0)
    h = History(series=[Series("probe/grad_norm/0", "train", "batch", value=v, **probe)])
    assert not exploding_gradients(h)
    held = v.copy()
    held[150:200] = 5.0 + rng.random(50)
    h = History(series=[Series("probe/grad_norm/0", "train", "batch", value=held, **probe)])
    f = exploding_gradients(h)
    assert f and 150 <= f[0].step < 160


def test_a_validation_loss_that_converged_fast_while_training_went_on_is_no_freeze():
    """fresh5 healthy_default-j08: validation 0.48, 0.20, 0.155, 0.146, then 0.143 for 21 epochs (its
    steps shrink 80x at once), while the training loss went on from 0.135 to 0.087: the validation
    loss converged, training did not freeze. With the training loss stopped as well, it froze."""
    val = [0.4842, 0.1981, 0.1548, 0.1455] + [0.143 + 0.001 * (-1) ** i for i in range(21)]
    going = list(0.087 + 0.05 * np.exp(-np.arange(25) / 6))
    assert not rules.plateau(hist(loss=going, val_loss=val))
    stopped = going[:4] + [going[4]] * 21
    f = rules.plateau(hist(loss=stopped, val_loss=val))
    assert f and f[0].evidence["kind"] == "froze"


def test_a_curve_that_stops_where_the_model_fits_its_training_data_is_no_freeze():
    """fresh32 high_lr_then_drop-fk01: a rate dropped 50x at epoch 21 stopped the validation loss dead
    at 0.175 while training stood at 100% accuracy (loss 0.0086): the model fits its training data,
    it converged there. The same stop at 80% training accuracy is a freeze short of it."""
    val = [0.4842, 0.1981, 0.1548, 0.1455] + [0.143 + 0.001 * (-1) ** i for i in range(21)]
    going = list(0.087 + 0.05 * np.exp(-np.arange(25) / 6))
    stopped = going[:4] + [going[4]] * 21
    fitted = [0.8, 0.9, 0.95, 0.99] + [1.0] * 21
    assert not rules.plateau(hist(loss=stopped, val_loss=val, accuracy=fitted))
    short = [0.6, 0.7, 0.75, 0.8] + [0.8] * 21
    f = rules.plateau(hist(loss=stopped, val_loss=val, accuracy=short))
    assert f and f[0].evidence["kind"] == "froze"


def test_a_set_of_40_is_too_small_to_trust_even_near_perfect_accuracy():
    """fresh6 saddle_small_init-k04: 40 validation samples, accuracy stuck at 0.2, then climbing to
    0.95-0.975. At 0.96 its binomial noise is 0.03, but a set of 40 gives a model still learning (near
    50%) 0.08: the set is too small to trust whatever the late trend; that is said."""
    acc = np.r_[np.full(36, 0.2), np.round(np.linspace(0.35, 0.95, 20) * 40) / 40, [0.95, 0.975] * 13]
    loss = list(np.r_[np.full(36, 1.13), np.linspace(1.1, 0.1, 20), np.full(26, 0.08)])
    h = hist(loss=loss, val_loss=loss, val_accuracy=list(acc), meta={"val_size": 40})
    f = rules.noisy_validation(h)
    assert f and f[0].evidence.get("stands_alone")


def test_a_classifier_whose_loss_sits_far_above_any_ln_k_is_diverging():
    """A buggy run (the public grapevine log): accuracy 0.15 from the first epoch, validation loss
    between 1.5e8 and 8e8. No classifier that learned anything scores a cross-entropy above 25."""
    val = [5.1e8, 3.8e8, 5.9e8, 1.8e8, 3.8e8, 5.2e8, 1.5e8, 2.6e8, 2.7e8, 7.9e8]
    acc = [0.15, 0.15, 0.15, 0.29, 0.15, 0.15, 0.15, 0.15, 0.15, 0.15]
    f = rules.diverging(hist(accuracy=acc, val_loss=val))
    assert f and f[0].evidence["kind"] == "wrecked"
    assert ls.read(hist(accuracy=acc, val_loss=val)).verdict == "diverging"
    # a regression's loss has any scale (a Keras user may add an "accuracy" that stays 0): no claim
    mse = list(2000 * np.exp(-np.arange(10) / 4) + 300)
    assert not rules.diverging(hist(loss=mse, val_loss=mse, accuracy=[0.0] * 10))
    assert not rules.diverging(hist(loss=mse, val_loss=mse))


def test_a_model_a_little_below_ln_k_at_an_accuracy_near_1_over_k_is_at_chance():
    """The public dd-blob log: three classes, validation accuracy frozen at 0.397 for 100 epochs, the
    loss 4% below ln 3 (it learned the class shares, nothing more). Accuracy and loss name K = 3
    (the frozen accuracy alone says one class: that finding comes first)."""
    n = 60
    val_acc = [0.3967] * n
    h = hist(loss=[1.061] * n, val_loss=[1.054] * n, accuracy=[0.3571] * n, val_accuracy=val_acc)
    assert rules.chance_level(h) and infer_classes(h)[0] == 3


def test_an_epoch_blown_up_ninefold_that_the_run_never_came_back_from_is_diverging():
    """A regression on Lightning with a rate of 0.58 (fresh171's regression_blowup-kt00, read healthy
    under 75): the training loss went from 0.857 in epoch 1 to 7.77 in epoch 2 (9x) and ended at 1.12,
    above where it began. A blow-up the run recovered from must reach 10x to tell it from one wild
    epoch; one it never came back from needs only the 5x of an explosion."""
    loss = [0.857, 7.77, 4.07, 1.49, 2.14, 1.36, 1.31, 1.23, 1.04, 1.40, 1.29, 1.61, 1.42, 1.21, 1.18,
            1.15, 1.14, 1.10, 1.12, 1.06, 1.07, 1.04, 1.01, 1.01, 1.00, 1.01, 1.01, 1.01, 1.03, 1.00, 1.05,
            1.09, 1.11, 1.10, 1.12]
    val = [1.55, 7.44, 2.17, 1.53, 2.91, 1.56, 1.55, 1.56, 1.55, 1.34, 2.09, 1.62, 1.51, 1.60, 1.65, 1.68,
           1.76, 1.71, 1.62, 1.54, 1.51, 1.50, 1.51, 1.50, 1.51, 1.50, 1.52, 1.53, 1.50, 1.55, 1.67, 1.65,
           1.54, 1.53, 1.53]
    f = rules.diverging(hist(loss=loss, val_loss=val))
    assert f and f[0].evidence["peak"] == pytest.approx(7.77) and not f[0].evidence["recovered"]
    assert "never came back below the first epoch's mean" in f[0].message
    # the same blow-up, after which the run learned well below where it began: one wild epoch
    came_back = loss[:20] + [v * 0.5 for v in loss[20:]]
    assert not rules.diverging(hist(loss=came_back, val_loss=val))


def test_a_majority_guess_that_flips_a_few_inputs_is_one_class():
    """Heavy weight decay on a 90/10 split (the fresh majority_class runs read healthy under read 74):
    validation accuracy on 416 samples stays between 0.9327 and 0.9375 from epoch 2 on (2 inputs
    apart: one level, never exactly one value for three quarters of the run), the training loss
    stopped at 0.395, both losses far above the 0.24 of always guessing one class at 0.935. A
    calibrated model scores at most that entropy (the loss is concave in the confidence); one that
    only learned the prior scores it, and weight decay holds it above."""
    k = np.arange(19)
    levels = np.array([0.9327, 0.9351, 0.9375])
    val_acc = np.r_[0.8, levels[np.array([1, 2, 1, 2, 0, 1, 1, 1, 0, 0, 1, 2, 2, 1, 1, 2, 2, 2])]]
    acc = np.r_[0.74, 0.915 + 0.003 * np.sin(k[1:])]
    loss = 0.3955 + 0.17 * np.exp(-1.5 * k)
    val_loss = 0.391 + 0.084 * np.exp(-1.0 * k)
    meta = {"num_classes": 2, "val_size": 416}
    f = rules.chance_level(hist(meta, loss=loss, val_loss=val_loss, accuracy=acc, val_accuracy=val_acc))
    assert f and f[0].evidence["kind"] == "one_class" and f[0].evidence["end"] == pytest.approx(0.9351)
    assert "0.9327 and 0.9375 (2 of its 416 inputs apart)" in f[0].message
    assert "balanced accuracy" in f[0].advice  # the class shares are all it learned: imbalance advice
    # a model as sure as its accuracy allows scores less than the guess: it learned
    assert not rules.chance_level(hist(meta, loss=loss - 0.2, val_loss=val_loss - 0.2, accuracy=acc,
                                       val_accuracy=val_acc))
    # the training loss still falling: a model still learning from its start is not yet as sure as
    # its accuracy (a low rate, an early stop), so its loss above the guess says nothing yet
    falling = 0.3955 + 0.17 * np.exp(-0.12 * k)
    assert not rules.chance_level(hist(meta, loss=falling, val_loss=val_loss, accuracy=acc, val_accuracy=val_acc))
    # five inputs apart is still one level (read 79: weight decay's near-constant outputs flip 4 or 5 of 416
    # inputs near the boundary); six is more: a model that learned moves inputs across its boundary
    five = val_acc.copy()
    five[[5, 12]] = 0.9447
    f = rules.chance_level(hist(meta, loss=loss, val_loss=val_loss, accuracy=acc, val_accuracy=five))
    assert f and "(5 of its 416 inputs apart)" in f[0].message
    wide = val_acc.copy()
    wide[[5, 12]] = 0.9471
    assert not rules.chance_level(hist(meta, loss=loss, val_loss=val_loss, accuracy=acc, val_accuracy=wide))


def test_a_float32_accuracy_three_inputs_apart_is_one_level():
    """fresh216's majority_class-mm01 read healthy under read 76: its validation accuracy, k/416 in
    float32 (0.9302884 for 387/416), spans exactly 3 inputs, but float32's rounding made that
    3.0000256 inputs and more than the 3 one level allows. Inputs are whole: the span is rounded."""
    k = np.arange(19)
    counts = np.r_[384, np.array([389, 390, 387, 390, 389, 388, 390, 390, 389, 387, 390, 389, 390, 388, 389, 390,
                                  387, 390])]
    val_acc = (counts / 416).astype(np.float32).astype(float)
    acc = np.r_[0.74, 0.912 + 0.003 * np.sin(k[1:])]
    loss = 0.4655 + 0.12 * np.exp(-1.5 * k)
    val_loss = 0.459 + 0.035 * np.exp(-1.0 * k)
    h = hist({"num_classes": 2, "val_size": 416}, loss=loss, val_loss=val_loss, accuracy=acc, val_accuracy=val_acc)
    assert np.ptp(val_acc[2:]) * 416 > 3  # what the float32 values span, counted in inputs
    f = rules.chance_level(h)
    assert f and f[0].evidence["kind"] == "one_class"
    assert "(3 of its 416 inputs apart)" in f[0].message


def test_a_majority_guess_held_toward_uniform_by_weight_decay_is_one_class():
    """fresh272's majority_class-oq00 read healthy under read 77: weight decay 0.83 on a 90/10 split whose
    validation part is 95% one class. Validation accuracy stays within 3 of 416 inputs of 0.952, and the
    model gives every input about 0.66 for the majority: validation loss 0.449, 2.4 times the 0.19 of
    guessing the shares, but short of ln 2 (0.69), the uniform guess, which bounds a constant output."""
    k = np.arange(27)
    counts = np.r_[398, np.array([396, 397, 395, 395, 394, 395, 397, 397, 396, 395, 397, 397, 396, 396, 395,
                                  396, 396, 396, 395, 397, 397, 396, 396, 396, 397, 395])]
    val_acc = (counts / 416).astype(np.float32).astype(float)
    acc = np.r_[0.795, 0.909 + 0.003 * np.sin(k[1:])]
    loss = 0.4645 + 0.12 * np.exp(-1.5 * k)
    val_loss = 0.4495 + 0.045 * np.exp(-1.0 * k)
    meta = {"num_classes": 2, "val_size": 416}
    f = rules.chance_level(hist(meta, loss=loss, val_loss=val_loss, accuracy=acc, val_accuracy=val_acc))
    assert f and f[0].evidence["kind"] == "one_class"
    # a loss above the uniform guess's is no constant output held toward uniform
    assert not rules.chance_level(hist(meta, loss=loss + 0.3, val_loss=val_loss + 0.3, accuracy=acc,
                                       val_accuracy=val_acc))


def test_one_class_model_on_many_classes_whose_majority_is_under_half():
    """A bias-only model on six classes (the fresh7 constant_output runs): validation accuracy is the
    majority's share, 0.33, at every epoch while the loss falls from ln 6 toward the entropy of the
    class shares; no entropy of shares whose largest is 0.33 is below ln 3, and the loss stays above."""
    n = 19
    loss = 1.50 + 0.29 * np.exp(-np.arange(n) / 6)
    h = hist(loss=loss + 0.04, val_loss=loss, accuracy=[0.18] + [0.3225] * (n - 1), val_accuracy=[0.33] * n)
    f = rules.chance_level(h)
    assert f and f[0].evidence["kind"] == "one_class" and f[0].evidence["end"] == pytest.approx(0.33)
    assert f[0].evidence["one_class_entropy"] > math.log(3)
    # the same frozen accuracy with a loss below what any constant guess at 0.33 can score: it learned
    assert not rules.chance_level(hist(loss=loss - 0.5, val_loss=loss - 0.5, accuracy=[0.18] + [0.3225] * (n - 1),
                                       val_accuracy=[0.33] * n))


def test_a_drifted_majority_guess_pulled_off_the_shares_is_one_class():
    """A constant guess that weight decay holds short of the class shares scores more than their
    entropy (a 3-class run: 0.67 of the data, loss 0.90 against the 0.63 of the shares' least entropy):
    the minority class for 7 epochs, then the majority, the loss still falling."""
    n = 27
    loss = 0.88 + 0.28 * np.exp(-np.arange(n) / 12)
    acc = np.r_[[0.2266] * 8, [0.6681] * (n - 8)]
    val_acc = np.r_[[0.2641] * 7, [0.671] * (n - 7)]
    f = rules.chance_level(hist(loss=loss + 0.02, val_loss=loss, accuracy=acc, val_accuracy=val_acc))
    assert f and f[0].evidence["kind"] == "one_class" and f[0].evidence["end"] == pytest.approx(0.671)


def test_a_model_thrown_from_class_to_class_scores_only_class_shares():
    """A rate too high (fresh7 lr_too_high-l01, explode_settle-l02): after the blow-up the model outputs
    one class for every input, another one the next epoch; validation accuracy takes only the shares
    0.48 and 0.52 (150 samples) while the loss sits at ln 2."""
    n = 40
    rng = np.random.default_rng(3)
    climb = list(np.linspace(0.62, 0.76, 10)) + list(np.linspace(0.7, 0.55, 10))
    val_acc = climb + list(rng.choice([0.48, 0.52], n - 20))
    val_acc[-2:] = [0.48, 0.52]
    loss = np.r_[np.linspace(0.9, 0.45, 10), np.linspace(0.5, 0.69, 10), 0.70 + 0.01 * rng.standard_normal(n - 20)]
    h = hist(loss=loss, val_loss=loss + 0.01, accuracy=np.r_[np.linspace(0.6, 0.8, 20), [0.5] * (n - 20)],
             val_accuracy=val_acc)
    f = rules.chance_level(h)
    assert f and f[0].evidence["kind"] == "one_class" and "0.48 and 0.52" in f[0].message
    # a model that learned: the same two values with a loss far below a guess's
    assert not rules.chance_level(hist(loss=loss - 0.4, val_loss=loss - 0.39, accuracy=np.r_[np.linspace(0.6, 0.8, 20),
                                       [0.5] * (n - 20)], val_accuracy=val_acc))
    # two values a sample apart (0.356, 0.358 of 500) are one model flipping an input, not classes in turn
    near = [0.4, 0.37, 0.3] + list(rng.choice([0.356, 0.358], n - 3))
    assert not rules.chance_level(hist(loss=loss + 0.5, val_loss=loss + 0.51, accuracy=[0.36] * n, val_accuracy=near))


def test_classes_in_turn_a_few_inputs_aside_are_still_one_class_at_a_time():
    """fresh15 lr_too_high-t01 and -t03: a rate far too high throws the model from class to class;
    validation accuracy (450 samples) is 0.3022 or 0.2422 at nearly every epoch, once 0.3 (the same
    class with one input flipped), while the loss sits above the guess's entropy. The exact classes
    in turn missed it (0.3 and 0.3022 are a sample apart)."""
    n = 15
    rng = np.random.default_rng(5)
    val_acc = [0.2422, 0.2422, 0.2422, 0.3, 0.1444, 0.2422, 0.3022, 0.3022, 0.2422, 0.3022, 0.2422, 0.3,
               0.3022, 0.3022, 0.3]
    loss = 1.69 + 0.03 * rng.standard_normal(n)
    h = hist(loss=loss, val_loss=loss - 0.02, accuracy=0.26 + 0.01 * rng.standard_normal(n), val_accuracy=val_acc)
    f = rules.chance_level(h)
    assert f and f[0].evidence["kind"] == "one_class" and "about the values 0.2422 and 0.3022" in f[0].message
    # three classes in turn are listed as a person writes them (fresh518 explode_settle-xc00 read
    # "the values 0.1667 and 0.1889 and 0.2244")
    three = hist(loss=loss, val_loss=loss - 0.02, accuracy=0.26 + 0.01 * rng.standard_normal(n),
                 val_accuracy=[0.2422, 0.3022, 0.1444] * 5)
    assert "the values 0.1444, 0.2422 and 0.3022 over" in rules.chance_level(three)[0].message
    # a slowly climbing accuracy is no level: it takes a new value almost every epoch
    climb = list(np.round(np.linspace(0.44, 0.468, n) + 0.002 * rng.standard_normal(n), 3))
    assert not rules.chance_level(hist(loss=loss - 0.6, val_loss=loss - 0.6, accuracy=climb, val_accuracy=climb))


def test_a_frozen_validation_accuracy_beside_a_training_loss_above_its_start_is_one_class():
    """A growing rate (calibration growing_lr-002, fresh12 -q00, fresh13 -r02): the model learned (0.88),
    then the rate wrecked it: validation accuracy frozen at 0.672 for its last 15 epochs while the
    losses grew to 100x; the training accuracy, a running mean over updates throwing the model from
    class to class, settles nowhere. A training loss that ends above where it began fits nothing."""
    n = 34
    rng = np.random.default_rng(2)
    train = np.r_[np.linspace(1.1, 0.21, 16), np.geomspace(2.0, 130.0, n - 16)]
    val_acc = np.r_[np.linspace(0.47, 0.88, 16), [0.478, 0.7], [0.672] * (n - 18)]
    acc = np.r_[np.linspace(0.2, 0.92, 16), 0.56 + 0.02 * rng.standard_normal(n - 16)]
    h = hist(loss=train, val_loss=train * 1.5, accuracy=acc, val_accuracy=val_acc)
    f = rules.chance_level(h)
    assert f and f[0].evidence["kind"] == "one_class" and "ended above where it began" in f[0].message
    # the same frozen accuracy beside a training loss that ends below its start: it learned something
    fitted = np.r_[train[:16], np.linspace(0.2, 0.1, n - 16)]
    assert not rules.chance_level(hist(loss=fitted, val_loss=fitted * 4, accuracy=acc, val_accuracy=val_acc))


def test_a_memorised_loss_moving_at_the_floats_resolution_is_not_unstable():
    """fresh11 small_train_big_net-p09: a regression memorising 10 samples, its training loss from 0.99
    down to 1e-15 and then moving between 9e-17 and 3e-15 (15 "jumps" of 25%): rounding of values a
    millionth of the start and less, not oscillation."""
    n = 120
    rng = np.random.default_rng(4)
    down = 0.99 * np.exp(-np.arange(60) * 0.58)
    floor = 10 ** rng.uniform(-16.5, -14.5, n - 60)
    h = hist(loss=np.r_[down, floor], val_loss=np.r_[np.linspace(0.57, 0.45, 8), [0.4477] * (n - 8)])
    assert not rules.unstable(h)
    # the same jumps at the scale of the start are oscillation
    assert rules.unstable(hist(loss=np.r_[down[:20], 0.01 * floor / floor.min()], val_loss=[0.5] * (n - 40)))


def test_a_slow_steady_climb_after_the_best_is_overfitting_though_points_dip_under_it():
    """fresh13 high_bounded_lr-r01 (seen): validation loss best at epoch 9 (0.33), then up by 0.002
    an epoch with noise of 0.02 to 0.40 at epoch 41 while the training loss halved. Best against end
    (4.9 sigma) stayed inside the lucky-best allowance and a third of the points dip back near the
    best; a line through all 32 points after it climbs at t > 6."""
    val = np.array([0.4206, 0.3256, 0.3497, 0.3277, 0.334, 0.3362, 0.3301, 0.3286, 0.2981, 0.3698, 0.3223, 0.3274,
                    0.3368, 0.343, 0.3211, 0.3271, 0.3478, 0.3396, 0.3673, 0.3386, 0.3392, 0.358, 0.4128, 0.3861,
                    0.3755, 0.3866, 0.4016, 0.3552, 0.3596, 0.4107, 0.3795, 0.4085, 0.3862, 0.4261, 0.3842, 0.3627,
                    0.409, 0.3792, 0.3936, 0.449, 0.3991])
    n = len(val)
    rng = np.random.default_rng(7)
    train = 0.16 * np.exp(-np.arange(n) / 40) + 0.01 + 0.005 * rng.standard_normal(n)
    f = rules.overfitting(hist(loss=train, val_loss=val))
    assert f and abs(f[0].evidence["onset_epoch"] - 9) <= 2 and f[0].evidence["trend_t"] >= 4
    # the same points after the best in random order: as noisy, no line climbs, nothing said
    shuffled = np.r_[val[:9], rng.permutation(val[9:])]
    assert not rules.overfitting(hist(loss=train, val_loss=shuffled))


def test_a_rise_too_small_to_see_beside_the_fall_before_it_is_no_overfitting():
    """fresh18 loss_only_rise-w02 (seen): validation loss fell from 0.11 to 8.2e-8 by epoch 28 and crept
    to 8.7e-8 in float32 steps over 180 epochs while the training loss kept falling: 6% and many sigma
    above its best, but a hundred-millionth of the fall before it, invisible on the run's own plot."""
    n = 208
    x = np.arange(n)

    def val(best, creep):
        flat = np.where(x <= 28, best * (1 + 0.002 * (28 - x)), best + creep * (x - 28) / (n - 28))
        return np.maximum(0.11 * np.exp(-x), flat)

    train = np.maximum(0.48 * np.exp(-x / 1.5), 1.27e-8) * (1 - 0.3 * x / n)
    assert not rules.overfitting(hist(loss=train, val_loss=val(8.1857e-8, 5e-9)))
    # the same shape from a best of 8.2e-3, its rise 5% of the fall before it, is overfitting
    assert rules.overfitting(hist(loss=train, val_loss=val(8.1857e-3, 5e-3)))


def test_an_explosion_the_loss_never_came_back_from_says_so_beside_an_accuracy_that_learned():
    """fresh2 explode_settle-g00 (seen): three classes, epoch 1's loss 405 (375x ln 3), later epochs
    between 1.1 and 33 (a few answers given with huge wrong confidence), while validation accuracy
    was 0.9-0.975: diverging, but not "the model stopped learning", which the accuracy contradicts."""
    rng = np.random.default_rng(3)
    loss = np.r_[405.1, 1.1 + 30 * rng.random(29) ** 8]
    meta = {"num_classes": 3}
    f = rules.diverging(hist(meta, loss=loss, val_accuracy=0.93 + 0.04 * rng.random(30)))
    assert f and "stopped learning" not in f[0].message and "validation accuracy ends at 0.9" in f[0].message
    # at chance beside it, the model did stop learning
    f = rules.diverging(hist(meta, loss=loss, val_accuracy=0.31 + 0.04 * rng.random(30)))
    assert f and "stopped learning" in f[0].message


def test_a_validation_loss_blown_up_while_training_stood_above_its_start_is_an_explosion():
    """fresh18 lr_too_high-w02 (seen): three classes at SGD rate 5.95; validation loss 19.99 after epoch 1
    (18x ln 3) while the epoch's training loss averaged 2.68, above its start (the batches peaked at 19
    within it), then both came back near 0.9. An epoch's training mean hid the blow-up its last steps
    made; the whole validation set, measured on the end weights, shows it."""
    loss = [2.68, 4.588, 1.01, 0.91, 0.865, 0.683, 0.544, 1.164, 0.905, 0.79] + [0.82, 0.8, 0.85, 0.79] * 6
    val = [19.99, 0.839, 1.031, 1.553, 0.852, 0.438, 0.426, 1.117, 0.851, 0.877] + [0.9, 0.93, 1.05, 0.88] * 6
    meta = {"num_classes": 3}
    f = rules.diverging(hist(meta, loss=loss, val_loss=val))
    assert f and f[0].evidence["series"].startswith("val") and f[0].evidence["recovered"]
    assert "validation loss exploded to 19.99 in epoch 1" in f[0].message
    # the same validation peak while training had already fallen below its start: no explosion
    assert not rules.diverging(hist(meta, loss=[0.9] + loss[1:], val_loss=val))


def test_a_frozen_accuracy_that_leaves_one_error_is_a_converged_model_not_one_class():
    """fresh19 tiny_val-x03 (seen): three classes, 37 validation samples; validation accuracy 0.70,
    0.92, then 36 of 37 (0.973) for 50 epochs while both losses fell slowly from 1.0 to 0.19 (a low
    rate): its loss stayed above the entropy of guessing one class at 0.973, but one mistake that
    stays put is a converged model's, not a class's share."""
    n = 52
    x = np.arange(n)
    loss = 1.06 * np.exp(-x / 30)
    val_acc = np.r_[26 / 37, 34 / 37, np.full(n - 2, 36 / 37)]
    train_acc = np.r_[0.41, 0.74, 0.85, 0.91, 0.94, 0.96, 0.97, 0.976, np.full(n - 8, 122 / 123)]
    h = hist(loss=loss, val_loss=0.98 * np.exp(-x / 31), val_accuracy=val_acc, accuracy=train_acc)
    assert "chance_level" not in codes(h)
    # frozen at 26 of 37 (0.70, 11 errors), both losses at that guess's: one class
    h = hist(loss=np.maximum(loss, 0.62), val_loss=np.maximum(0.98 * np.exp(-x / 31), 0.62),
             val_accuracy=np.r_[16 / 37, 20 / 37, np.full(n - 2, 26 / 37)],
             accuracy=np.r_[0.41, 0.55, 0.62, np.full(n - 3, 86 / 123)])
    assert "chance_level" in codes(h)


def test_a_validation_accuracy_that_never_left_a_guess_while_training_climbed_is_memorised():
    """fresh20 shuffled_labels-y02 (seen): validation accuracy exactly 0.6975 (166 of 238, the majority)
    for 15 epochs, then down to 0.66, never above, with the validation loss from the guess's entropy
    (0.84) up to 1.09, while training accuracy climbed from 0.70 to 0.79: labels shuffled apart from
    the inputs; the read said overfitting alone."""
    n = 45
    x = np.arange(n)
    rng = np.random.default_rng(2)
    val_acc = np.where(x < 15, 166, 166 - np.round((x - 15) * 0.3 + rng.integers(0, 3, n))) / 238
    train_acc = 0.70 + np.clip(x - 12, 0, None) * 0.003
    loss = 0.80 - np.clip(x - 12, 0, None) * 0.008
    val_loss = 0.84 + np.clip(x - 12, 0, None) * 0.008
    f = rules.chance_level(hist(loss=loss, accuracy=train_acc, val_loss=val_loss, val_accuracy=val_acc))
    assert f and f[0].evidence["kind"] == "memorised" and "memorised" in f[0].message
    # the same start, then validation accuracy climbing past the guess: the model learned something
    rising = np.where(x < 15, 166, 166 + (x - 15) * 1.2) / 238
    assert not rules.chance_level(hist(loss=loss, accuracy=train_acc, val_loss=val_loss, val_accuracy=rising))


def test_one_class_then_another_for_good_is_classes_in_turn():
    """fresh21 constant_output-z00 (seen): 40 validation samples, accuracy exactly 0.65 (one class's
    share) for 22 epochs, then exactly 0.325 (another's) for the last 28, both losses settling near
    0.8 (a constant guess's, or more): one class at a time over the run, though its last quarter alone
    holds one value, which a model that stopped changing can freeze at too."""
    n = 50
    x = np.arange(n)
    val_acc = np.where(x < 22, 26, 13) / 40
    h = hist(loss=0.76 + 0.31 * np.exp(-x / 12), val_loss=0.81 + 0.23 * np.exp(-x / 10), val_accuracy=val_acc,
             accuracy=np.where(x < 23, 58, 61) / 120)
    f = rules.chance_level(h)
    assert f and f[0].evidence["kind"] == "one_class" and "0.325 and 0.65" in f[0].message
    # the same end after a climb through many values (a model learning, then stopped): not in turn
    climb = np.where(x < 22, np.round(8 + x * 0.8) / 40, 0.325)
    assert not rules.chance_level(hist(loss=0.76 + 0.31 * np.exp(-x / 12), val_loss=0.81 + 0.23 * np.exp(-x / 10),
                                       val_accuracy=climb, accuracy=np.where(x < 23, 58, 61) / 120))


def test_a_regression_that_exploded_above_its_logged_first_batch_diverged_though_it_recovered():
    """fresh16 lr_too_high-u00 (seen): a regression at rate 0.86, its first batch (step 0) at 1.26, the
    next ones 5,346 and 258,300; epoch 1 averaged 25,411, then the loss came back to 0.99. The first
    logged step is the untrained model's loss, whatever the targets' scale: 20,000x that is an
    explosion, as it is for a classifier."""
    rng = np.random.default_rng(0)
    b = 0.6 + 0.2 * np.abs(rng.standard_normal(12 * 30))
    b[:12] = [1.256, 5346.0, 258300.0, 6944.0, 17560, 2148, 1299, 1566, 2151, 945, 330, 1679]
    f = rules.diverging(_batch_history(b, 12))
    assert f and f[0].evidence["recovered"] and f[0].evidence["start"] == pytest.approx(1.256)
    # logged from step 50 on, the first epoch may average a bad start it fell from: no start to judge
    late = _batch_history(b, 12)
    late.series[next(k for k in late.series if k.level == "batch")].step[:] += 50
    assert not rules.diverging(late)


def test_a_regression_evaluated_inside_its_first_epoch_shows_an_explosion_the_epochs_mean_averaged():
    """fresh137 regression_blowup-jl02 (seen): a regression at rate 0.89, evaluated every 4 steps of 24
    an epoch and its batches logged from step 2 (no untrained start). Validation read 5.2 at step 4,
    then 884 at step 24, while the first epoch's batches averaged 118; both came back near 1.5. The
    first epoch's mean held the explosion, so it is no start to measure from; validation's evaluation
    inside that epoch is the model's own early level, and 170x it is an explosion."""
    rng = np.random.default_rng(2)
    b = 1.4 + 0.3 * np.abs(rng.standard_normal(120))
    b[:12] = [3.0, 50.0, 900.0, 240.0, 90.0, 40.0, 20.0, 10.0, 5.0, 3.0, 2.5, 2.2]
    steps = 2 + 2 * np.arange(120)
    v = np.r_[5.22, 3.7, 3.4, 1.2, 4.4, 884.0, 507.0, 253.0, 105.0, 29.0, 1.4 + 0.2 * np.abs(rng.standard_normal(50))]
    vsteps = 4 + 4 * np.arange(60)

    def run(val_from: int):
        h = History.from_dict({})
        h.add(Series("loss", "train", "batch", step=steps, epoch=steps / 24, value=b))
        h.add(Series("loss", "val", "epoch", step=vsteps[val_from:], epoch=vsteps[val_from:] / 24, value=v[val_from:]))
        return h

    f = rules.diverging(run(0))
    assert f and f[0].evidence["series"] == "val_loss" and f[0].evidence["start"] == pytest.approx(5.22)
    assert f[0].evidence["recovered"] and "its first evaluation, in the first epoch" in f[0].message
    # evaluated from the end of the first epoch on, nothing in the curves measures where training began
    assert not rules.diverging(run(5))


def test_a_regression_evaluated_at_its_first_epochs_end_shows_an_explosion_the_next_epoch_made():
    """fresh139 regression_blowup-jn02 (seen): a Lightning regression at rate 1.54, its batches logged from
    step 49 (no untrained start); validation 1,306 after epoch 1, 123,600 after epoch 2, while the
    epochs' training means fell from 379,500 to 178,500, then both came back to 1-2. Validation at the
    first epoch's end is the model's level then: 95x it, with training far above it, is an explosion."""
    loss = [3.795e5, 1.785e5, 4.11e4, 9529.0, 3284.0, 778.8, 248.0, 62.2, 14.5, 6.24, 1.75]
    val = [1306.0, 1.236e5, 1003.0, 8545.0, 901.6, 389.2, 149.1, 11.6, 13.2, 1.54, 1.13]
    f = rules.diverging(hist(loss=loss, val_loss=val))
    assert f and f[0].evidence["series"] == "val_loss" and f[0].evidence["start"] == pytest.approx(1306.0)
    assert f[0].epoch == 2 and f[0].evidence["recovered"]
    # validation ten times its first evaluation while training fitted far below it: overfitting's to judge
    fitted = [2.0, 0.5, 0.1, 0.02, 0.005, 0.002, 0.001, 0.0008, 0.0006, 0.0005, 0.0004]
    assert not rules.diverging(hist(loss=fitted, val_loss=[1.0, 0.8, 0.9, 1.5, 2.5, 4.0, 6.0, 8.0, 10.0, 12.0, 13.0]))


def test_validation_still_climbing_while_training_gains_a_little_is_overfitting():
    """fresh7 tiny_val_regression-l02: validation loss best at evaluation 12 (0.415), then up at
    nearly every evaluation to 0.465 (+12%), still climbing at the end, while the training loss fell
    7% over the same time (noisy small batches): overfitting now, not a drift that stopped."""
    n = 54
    rng = np.random.default_rng(0)
    x = np.arange(n)
    val = np.where(x < 12, 0.415 + 0.07 * np.exp(-x / 4) - 0.07 * np.exp(-3), 0.415 + 0.0011 * (x - 12))
    val = val + 0.001 * rng.standard_normal(n)
    train = 0.9162 + 0.15 * np.exp(-x / 6) + 0.055 * (1 - x / n) + 0.005 * rng.standard_normal(n)
    f = rules.overfitting(hist(loss=train, val_loss=val))
    assert f and abs(f[0].evidence["onset_epoch"] - 12) <= 2
    # the same rise that stopped (flat for its last 20 evaluations) beside a training loss that fell only 3%
    # after the best: a converged model whose validation drifted, not one learning at the validation's cost
    # (read 73: with the same 7% training gain, a rise that stopped 12% and far beyond its noise above the
    # best is overfitting, as fresh231's early_stopping-mb00 in test_a_rise_beyond_the_noise_needs_no_tenth_off...)
    stopped = np.r_[val[:34], [val[34]] * 20] + 0.001 * rng.standard_normal(n)
    converged = np.r_[train[:13], train[12] * (1 - 0.03 * np.linspace(0, 1, n - 13))]
    assert not rules.overfitting(hist(loss=converged, val_loss=stopped))


def test_validation_up_at_every_evaluation_since_an_early_stops_best_is_still_climbing():
    """early_stopping-fn00 (Keras, EarlyStopping after 5 epochs up): validation loss best at epoch 11
    (0.3057), then higher at each of the 5 evaluations after it (0.3341, +9%), while the training loss
    fell 7% over them. Five points are too few for a line's t, but a curve up at every one of them
    is still climbing at the end, so the training needs the smaller gain a climbing rise asks."""
    loss = [0.7216, 0.621, 0.5425, 0.4801, 0.4293, 0.3875, 0.3533, 0.3263, 0.3053, 0.2896, 0.2784, 0.2706,
            0.2652, 0.2613, 0.2584, 0.2559]
    val = [0.6224, 0.5449, 0.4833, 0.4332, 0.3925, 0.3603, 0.3363, 0.3199, 0.3101, 0.3059, 0.3057, 0.3087,
           0.3139, 0.3202, 0.3271, 0.3341]
    f = rules.overfitting(hist(loss=loss, val_loss=val))
    assert f and abs(f[0].evidence["onset_epoch"] - 11) <= 1
    # the same rise after a training loss that had stopped falling (2% since the best) is a drift
    flat = loss[:10] + [0.2896 * (1 - 0.005 * i) for i in range(1, 7)]
    assert not rules.overfitting(hist(loss=flat, val_loss=val))


def test_a_classifier_loss_far_above_any_start_exploded_though_no_start_was_logged():
    """fresh8 lr_too_high-m00: SGD at rate 13, batches logged from step 10 only, the classes unknown:
    epoch 1 averaged 9.3e7 (no untrained classifier starts above ln 256,000 = 12.5), then the loss sat
    near 3 at 50% accuracy. An explosion, whatever the start was."""
    rng = np.random.default_rng(1)
    loss = np.r_[[9.3e7, 2465.0], 3.1 + 0.2 * rng.standard_normal(20)]
    acc = 0.5 + 0.02 * rng.standard_normal(22)
    f = rules.diverging(hist(loss=loss, accuracy=acc, val_loss=loss[::-1] * 0 + 3.3, val_accuracy=acc))
    assert f and f[0].evidence["peak"] == pytest.approx(9.3e7) and f[0].evidence["start"] is None
    # a regression (no accuracy) may fall by orders of magnitude from a bad start: that is learning
    assert not rules.diverging(hist(loss=loss, val_loss=loss[::-1] * 0 + 3.3))
    # a classifier whose first epoch averaged 40 nats (a large initialisation) is no explosion by this
    assert not rules.diverging(hist(loss=np.r_[[40.0], loss[2:]], accuracy=acc[1:], val_accuracy=acc[1:]))
    # a total of several outputs' losses (public chemvae-multiout: 2071, 1882, 1753... with a regression
    # term in thousands) falls gradually from its start: no blow-up passed
    total = 6.4 + 2065 * np.exp(-np.arange(22) / 3)
    assert not rules.diverging(hist(loss=total, accuracy=acc, val_loss=total * 0.9, val_accuracy=acc))


def test_a_frozen_validation_accuracy_beside_a_training_loss_near_zero_is_no_one_class():
    """fresh9 loss_only_rise-n03: 40 validation samples, accuracy 0.875 at every evaluation after the
    first while the model memorised its training data (loss 5e-5, no training accuracy logged): a
    constant guess cannot score below the entropy of the classes' shares, so it is no one class."""
    n = 20
    val_loss = 0.38 + 0.003 * np.arange(n)
    val_acc = [0.85] + [0.875] * (n - 1)
    assert not rules.chance_level(hist(loss=np.geomspace(0.8, 5e-5, n), val_loss=val_loss, val_accuracy=val_acc))
    # the same validation beside a training loss at the guess's level is one class
    f = rules.chance_level(hist(loss=0.40 + 0.001 * np.arange(n)[::-1], val_loss=val_loss, val_accuracy=val_acc))
    assert f and f[0].evidence["kind"] == "one_class"


def test_a_validation_loss_converging_geometrically_into_its_floor_is_no_freeze():
    """fresh9 large_val-n01 (5,000 validation samples): 0.513, 0.392, 0.352, 0.343, 0.342, then 0.341
    within a thousandth; its steps shrink 3-5x an epoch into the flat, and the training loss keeps
    jittering (0.3317-0.3371) with no net fall. A converged run, not a frozen one."""
    val = [0.513, 0.3915, 0.3519, 0.3434, 0.3418, 0.3411, 0.342, 0.3417, 0.3408, 0.3416, 0.3417, 0.3413, 0.3428,
           0.341, 0.3411, 0.3421, 0.3414, 0.3415, 0.3408, 0.3411, 0.3412, 0.342, 0.3414, 0.3411, 0.3412, 0.3409, 0.3421]
    train = [0.6395, 0.4473, 0.3696, 0.344, 0.3369, 0.337, 0.3355, 0.3357, 0.3363, 0.3371, 0.3359, 0.3357, 0.3341,
             0.3335, 0.335, 0.3331, 0.3331, 0.3339, 0.334, 0.3337, 0.3324, 0.3321, 0.3317, 0.3318, 0.3322, 0.3322, 0.3325]
    assert not rules.plateau(hist(loss=train, val_loss=val))


def test_a_rise_still_climbing_is_measured_where_its_line_ends():
    """fresh10 converged_flat-o02: validation loss best 0.3865 at epoch 70, then up at every epoch to
    0.409 at 94 (+5.8%, still climbing) while training fell 12%. The mean of the last ten points
    (0.4057, +5.0%) lags the climb; where the line through them ends is how far it rose."""
    n = 94
    x = np.arange(n)
    val = np.where(x < 70, 0.3865 + 0.55 * np.exp(-x / 9), 0.3865 + 0.001 * (x - 70) ** 1.0)
    train = 0.149 + 0.85 * np.exp(-x / 20)
    f = rules.overfitting(hist(loss=train, val_loss=val))
    assert f and abs(f[0].evidence["onset_epoch"] - 71) <= 2
    # the same climb stopped at +3.4% ten epochs earlier: under the 5% floor, not climbing at the end
    flat = np.where(x < 84, val, val[83])
    assert not rules.overfitting(hist(loss=train, val_loss=flat))


def test_a_model_that_learned_only_the_prior_while_its_training_accuracy_still_creeps():
    """fresh10 shuffled_labels-o01 (labels shuffled, 73% one class): validation accuracy climbs to the
    majority's share, 0.7273, and stays there for the last ten epochs while both losses still fall
    toward the entropy of the shares; the training accuracy, a running mean over each epoch's updates,
    creeps up to 0.708 without settling on one value. The model learned the prior and nothing else."""
    n = 39
    x = np.arange(n)
    val_acc = np.r_[np.linspace(0.41, 0.7231, 29), [0.7273] * 10]
    acc = 0.325 + 0.383 * (1 - np.exp(-x / 9))
    val_loss = 0.80 + 0.38 * np.exp(-x / 16)
    f = rules.chance_level(hist(loss=val_loss - 0.034, val_loss=val_loss, accuracy=acc, val_accuracy=val_acc))
    assert f and f[0].evidence["kind"] == "one_class" and f[0].evidence["end"] == pytest.approx(0.7273)
    # a training accuracy well past the validation's (0.80): the model learned something there
    assert not rules.chance_level(hist(loss=val_loss - 0.034, val_loss=val_loss, accuracy=acc + 0.09,
                                       val_accuracy=val_acc))
    # one still climbing through the share (0.69 to 0.75 over the last ten epochs) is still learning
    # (the labelled slow-wine run: 44 validation samples stuck at 28 right while training climbed)
    climbing = np.r_[acc[:29], np.linspace(0.69, 0.75, 10)]
    assert not rules.chance_level(hist(loss=val_loss - 0.034, val_loss=val_loss, accuracy=climbing,
                                       val_accuracy=val_acc))


def test_overfitting_after_an_explosion_the_run_came_back_from():
    """A real run (3 classes, a rate far too high): the training loss exploded to 635 in epoch 1 and came
    back below ln 3 by epoch 7; after that the validation loss was best at epoch 9 (1.34) and climbed to
    2.3 while the training loss fell from 0.66 to 0.40. Both are reported: the explosion, and the
    overfitting judged from where the model learned again (the wrecked epochs' losses, hundreds of
    times larger, are no measure of its noise)."""
    loss = [635.0, 142.4, 48.6, 13.2, 6.22, 3.00, 1.090, 1.096, 0.659, 0.605, 0.578, 0.538, 0.524, 0.505,
            0.489, 0.452, 0.450, 0.432, 0.417, 0.407, 0.408, 0.503, 0.418, 0.412, 0.395]
    val = [137.1, 99.9, 30.0, 10.79, 6.91, 4.41, 3.58, 3.07, 1.336, 1.449, 1.633, 1.676, 1.648, 1.733, 1.818,
           1.835, 1.878, 1.929, 2.074, 2.011, 2.545, 2.122, 2.309, 2.350, 2.315]
    r = ls.read(hist(config={"num_classes": 3}, loss=loss, val_loss=val))
    assert {"diverging", "overfitting"} <= set(r.codes())
    assert abs(r.first("overfitting").epoch - 9) <= 1
    # the same validation climb without the explosion before it was overfitting all along
    assert rules.overfitting(hist(loss=[1.2] * 8 + loss[8:], val_loss=[1.5] * 8 + val[8:]))


def test_after_an_explosion_validation_shows_the_model_back_before_the_epoch_means_do():
    """A real run (3 classes, 120 samples): the training loss exploded to 1228 and its epoch means stayed
    high (6.0, 2.8, 7.9) while validation, measured on each epoch's end weights, was already at 0.73 in
    epoch 10; then training fell to 0.13 and validation rose to 1.67: overfitting from about epoch 10."""
    loss = [1228, 667, 63.0, 37.5, 48.8, 25.0, 6.07, 55.0, 26.2, 16.1, 6.02, 2.79, 7.86, 0.856, 0.537, 1.008,
            1.058, 0.895, 0.714, 0.438, 0.129, 0.134, 0.139, 0.131, 0.131, 0.139, 0.129, 0.129, 0.132, 0.129]
    val = [1901, 27.4, 57.8, 74.2, 44.5, 17.0, 52.3, 100.8, 2.81, 0.733, 0.957, 0.733, 1.29, 2.08, 2.83, 2.94,
           2.39, 2.21, 2.11, 1.99, 1.89, 1.81, 1.76, 1.73, 1.73, 1.71, 1.69, 1.68, 1.68, 1.68]
    r = ls.read(hist(config={"num_classes": 3}, loss=loss, val_loss=val))
    assert {"diverging", "overfitting"} <= set(r.codes())
    assert abs(r.first("overfitting").epoch - 10) <= 2


def test_a_loss_at_ln_k_for_its_first_epochs_then_learning_is_a_plateau():
    """A real run (3 classes, tanh, weights initialised at a tenth of the usual scale): the training loss
    sat at ln 3 for 17 epochs, noise and all, then fell to 0.001. Those epochs learned nothing: a
    plateau at the start, whatever the validation loss's own noise at the end."""
    rng = np.random.default_rng(6)
    loss = list(np.log(3) + rng.normal(0, 0.004, 17)) + list(np.geomspace(0.9, 0.001, 30))
    val = list(np.log(3) + rng.normal(0, 0.01, 17)) + list(np.geomspace(0.9, 0.012, 12)) + [0.012] * 18
    f = rules.plateau(hist(config={"num_classes": 3}, loss=loss, val_loss=val))
    assert f and f[0].evidence["kind"] == "start" and f[0].evidence["until_epoch"] == 18
    # learning from the first epoch on (below ln 3 by its first mean): no plateau at the start
    assert not rules.plateau(hist(config={"num_classes": 3}, loss=list(np.geomspace(0.9, 0.001, 47)), val_loss=val))


def test_a_start_at_ln_k_is_a_plateau_beside_a_validation_loss_noisier_than_its_level():
    """fresh41's saddle_small_init-ft00 (2 classes, weights at a tenth of the usual scale): the training
    loss sat at ln 2 for 6 epochs, then fell to 0.02; the validation loss ended near 0.02 with spikes
    of 0.05-0.09, noise as large as its level, where no stall can be seen on it. The start at ln 2 is
    judged on the training loss, whatever the validation's noise."""
    rng = np.random.default_rng(3)
    loss = list(np.log(2) + rng.normal(0, 0.002, 6)) + list(np.geomspace(0.6, 0.02, 6)) + list(
        0.02 + np.abs(rng.normal(0, 0.008, 28)))
    val = list(np.log(2) + rng.normal(0, 0.003, 6)) + list(np.geomspace(0.5, 0.02, 6)) + list(
        0.015 + np.abs(rng.normal(0, 0.03, 28)))
    f = rules.plateau(hist(config={"num_classes": 2}, loss=loss, val_loss=val))
    assert f and f[0].evidence["kind"] == "start" and f[0].evidence["until_epoch"] == 7


def test_a_stall_at_ln_k_left_by_a_third_is_a_plateau():
    """A real run (fresh21 tiny_capacity-z02, Lightning, 2 classes): the training loss sat within 2% of
    ln 2 for its first 10 epochs, then fell for good to 0.405, 0.58 of ln 2 (far beyond the band it sat
    in): epochs that learned nothing, which the run shows it could leave. Sinking a few percent below
    ln K is no such proof."""
    loss = [0.701, 0.698, 0.696, 0.694, 0.693, 0.692, 0.69, 0.688, 0.685, 0.682, 0.678, 0.673, 0.667, 0.66,
            0.653, 0.645, 0.636, 0.626, 0.616, 0.605, 0.594, 0.582, 0.57, 0.558, 0.545, 0.534, 0.521, 0.51,
            0.498, 0.487, 0.478, 0.468, 0.459, 0.451, 0.444, 0.438, 0.433, 0.428, 0.424, 0.42, 0.417, 0.414,
            0.412, 0.41, 0.409, 0.407, 0.406, 0.405]
    f = rules.plateau(hist(config={"num_classes": 2}, loss=loss))
    assert f and f[0].evidence["kind"] == "start" and f[0].evidence["until_epoch"] == 11
    assert not rules.plateau(hist(config={"num_classes": 2}, loss=loss[:14]))  # 0.66 at the end: 95% of ln 2


def test_a_rise_is_measured_from_the_basin_when_a_bad_evaluation_lifts_the_3_point_best():
    """fresh202 high_lr_then_drop-ly00 (Keras, the rate cut to a fiftieth at epoch 16): the validation
    loss bounced to 0.124 at epoch 14, fell to its best (0.0957) at 15, sat at 0.096 for six epochs,
    then climbed smoothly to 0.108 (+12%) while the training loss fell from 0.030 to 0.015. The mean of
    the three epochs around the raw best (0.105, the bounce in it) left a rise of 0.002, under the 5%
    of the best a rise must show; the basin of five epochs (0.0961) is the level the curve rose from."""
    loss = [0.6943, 0.456, 0.3549, 0.3318, 0.225, 0.1706, 0.1338, 0.1213, 0.09294, 0.07404, 0.06176, 0.0573,
            0.04269, 0.03874, 0.02978, 0.02519, 0.02454, 0.02424, 0.02374, 0.02296, 0.02218, 0.02146, 0.02071,
            0.01999, 0.01936, 0.01873, 0.01829, 0.01783, 0.0175, 0.01722, 0.01694, 0.01669, 0.01647, 0.01631,
            0.01615, 0.016, 0.01588, 0.01577, 0.01568, 0.01554, 0.01545, 0.01536, 0.01527, 0.01519, 0.01511,
            0.01504, 0.01495, 0.01488, 0.01482]
    val = [0.413, 0.3773, 0.3253, 0.257, 0.2033, 0.1595, 0.1326, 0.1215, 0.132, 0.1177, 0.09665, 0.09223, 0.1124,
           0.1239, 0.09573, 0.09617, 0.0962, 0.09616, 0.09602, 0.09599, 0.09606, 0.09626, 0.09662, 0.09713,
           0.09773, 0.09847, 0.09929, 0.1001, 0.101, 0.1019, 0.1027, 0.1034, 0.1042, 0.1049, 0.1055, 0.1059,
           0.1064, 0.1067, 0.1071, 0.1073, 0.1075, 0.1076, 0.1076, 0.1077, 0.1078, 0.1079, 0.1079, 0.1079, 0.1079]
    f = rules.overfitting(hist(loss=loss, val_loss=val))
    assert f and f[0].evidence["onset_epoch"] == 15 and abs(f[0].evidence["best"] - 0.0961) < 0.0002
    assert "mean of the 5 epochs" in f[0].message
    # the same validation curve flat at its basin to the end: nothing rose
    assert not rules.overfitting(hist(loss=loss, val_loss=val[:22] + [0.0961] * 27))

def test_a_first_epoch_above_ln_k_counts_with_the_stall_at_ln_k():
    """fresh180 tiny_capacity-kc01 (6 classes, two hidden units): the first epochs averaged above ln 6
    (1.90, an initialisation off uniform), came down to it by epoch 5 and sat within 2% of it to epoch
    9, then fell to 1.10. Epochs above ln K learned nothing either; the stretch in the band must still
    be as long as a stall (five epochs), so a loss that only passes through it is no plateau."""
    loss = [1.901, 1.866, 1.844, 1.828, 1.815, 1.804, 1.792, 1.777, 1.756, 1.728, 1.689, 1.644, 1.595, 1.548,
            1.505, 1.466, 1.431, 1.399, 1.368, 1.34, 1.313, 1.286, 1.262, 1.239, 1.218, 1.198, 1.179, 1.161,
            1.145, 1.13, 1.116, 1.103]
    f = rules.plateau(hist(config={"num_classes": 6}, loss=loss))
    assert f and f[0].evidence["kind"] == "start" and f[0].evidence["until_epoch"] == 10
    assert "began above" in f[0].message and "by epoch 5" in f[0].message
    # the same start, through the band in three epochs: no stall at ln K
    quick = loss[:5] + [1.79, 1.76] + loss[9:]
    assert not rules.plateau(hist(config={"num_classes": 6}, loss=quick))

def test_still_improving_shown_by_validation_when_the_training_means_are_noisy():
    """A regression at a rate too low (small batches): the validation loss falls in a straight line to
    the end (1.08 -> 0.84, 0.005 an epoch), the epoch means of the training loss fall as much but
    scatter by +-0.02 (a line through their last quarter falls at t = 2.3, under the 3 the training
    curve needs alone): still improving, told by the smooth curve the noisy one agrees with."""
    rng = np.random.default_rng(7)
    n = 50
    val = list(1.08 - 0.0047 * np.arange(n))
    loss = list(1.05 - 0.0045 * np.arange(n) + rng.normal(0, 0.02, n))
    f = rules.slow_convergence(hist(loss=loss, val_loss=val))
    assert f and f[0].evidence["series"] == "val_loss"
    # validation flat at the end: not slow, whatever the training side does
    flat = list(np.r_[1.08 - 0.0047 * np.arange(30), np.full(20, 1.08 - 0.0047 * 29)])
    assert not rules.slow_convergence(hist(loss=loss, val_loss=flat))


def test_a_first_batch_at_ln_k_is_the_start_an_explosion_is_measured_from():
    """A real run (4 classes, a rate far too high): the first batch scored ln 4 (1.379), the second 10.9
    (7.9x), then the batches scattered around 1.3 for good, the model at chance. The median of the
    first ten batches (1.5) holds the explosion's aftermath; the untrained classifier's ln K is the
    start, and the loss never came back below it: diverging."""
    rng = np.random.default_rng(8)
    b = 1.3 * rng.lognormal(0, 0.12, 300)
    b[:10] = [1.379, 10.87, 4.18, 2.93, 2.20, 1.50, 1.51, 1.35, 1.40, 1.36]
    h = _batch_history(b, 25)
    h.info.config["num_classes"] = 4
    f = rules.diverging(h)
    assert f and f[0].evidence["start"] == pytest.approx(1.379) and f[0].evidence["peak_step"] == 1
    # the same batches with the classes unknown: a 7.9x batch the run came back near is no explosion
    assert not rules.diverging(_batch_history(b, 25))


def test_one_class_that_is_the_majority_of_validation_but_not_of_training():
    """A real dead network (3 classes, 120 training and 40 validation samples): it outputs one class,
    which holds 42.5% of the validation set and 30% of the training set, so its accuracy is exactly
    0.425 and 0.3 for 36 epochs, its loss about ln 3 on both. On the training data that class is no
    majority: a constant guess scores at least the entropy of 30% against the rest (0.61), not of
    30% as the largest share (1.31); the training loss (1.10) agrees with one class."""
    n = 36
    loss = list(1.112 - 0.0003 * np.arange(n))
    val = list(1.080 + 0.0004 * np.arange(n))
    h = hist(loss=loss, val_loss=val, accuracy=[0.3] * n, val_accuracy=[0.425] * n)
    f = rules.chance_level(h)
    assert f and f[0].evidence["kind"] == "one_class" and f[0].evidence["chance"] == pytest.approx(0.425)
    # a training side that learned (its accuracy climbing to 0.9, its loss falling) is no one-class
    # model; but none of it moved validation off the guess: memorised, still chance on new data
    learned = hist(loss=list(np.geomspace(1.1, 0.3, n)), val_loss=val,
                   accuracy=list(np.linspace(0.4, 0.9, n)), val_accuracy=[0.425] * n)
    f = rules.chance_level(learned)
    assert f and f[0].evidence["kind"] == "memorised"


def test_a_class_share_frozen_after_the_run_diverged_is_one_class_whatever_its_share():
    """Adam far too high on three classes (fresh18 explode_settle-u00, no metadata): batch 1 scored
    1.075, batch 3 3,403; the run never came back below its start. Validation accuracy then froze at
    0.3, a minority class's share (the majority holds 0.55), with the loss at 1.04: under the 1.31 of
    guessing a majority at 0.3, over the 0.61 of guessing one class at 0.3 against the rest. The
    training accuracy, a running mean over updates that throw the model about, sits at 0.467."""
    n = 60
    rng = np.random.default_rng(5)
    loss = np.r_[[1284.6, 655.6, 72.6], 1.02 + 0.005 * rng.standard_normal(n - 3)]
    acc = np.r_[[0.39, 0.35, 0.48], 0.467 + 0.003 * rng.standard_normal(n - 5), [0.467, 0.467]]
    val_acc = np.r_[[0.3, 0.525, 0.575, 0.4, 0.35], [0.3] * (n - 5)]
    batches = np.r_[[1.075, 802.6, 3402.8, 1200.0], np.repeat(loss[1:], 4)][: n * 4]

    def run(train_loss, batch):
        h = hist(loss=train_loss, val_loss=np.r_[[1826.0, 125.7, 13.4], [1.042] * (n - 3)], accuracy=acc,
                 val_accuracy=val_acc)
        steps = np.arange(len(batch))
        h.add(Series("loss", "train", "batch", step=steps, epoch=steps // 4 + 1.0, value=batch))
        return h

    r = ls.read(run(loss, batches))
    f = r.first("chance_level")
    assert f is not None and f.evidence["kind"] == "one_class" and f.evidence["end"] == pytest.approx(0.3)
    assert "diverged first" in f.message and "likely the majority" not in f.message
    assert r.verdict == "diverging"
    # the same frozen accuracy beside a training loss that fell far below any one-class guess: the model
    # fits its training data, so a frozen validation accuracy there is no constant output
    fits = np.r_[loss[:3], np.linspace(0.5, 0.05, n - 3)]
    assert not rules.chance_level(run(fits, np.r_[batches[:4], np.repeat(fits[1:], 4)][: n * 4]))


def test_an_epoch_above_any_untrained_start_then_a_guess_is_an_explosion_with_classes_unknown():
    """Lightning at too high a rate, no metadata, batches logged from step 50 (fresh17 lr_too_high-v03):
    epoch 1's training loss averaged 20.6 nats, above the 12.45 of a 256,000-word vocabulary's ln K,
    where no untrained classifier starts; then 0.8 for good, with validation accuracy frozen at one
    class's share. Blown up, then settled to guessing: diverging and chance_level."""
    n = 38
    rng = np.random.default_rng(9)
    loss = np.r_[[20.585, 1.277, 0.874], 0.8 + 0.001 * rng.standard_normal(n - 3)]
    val_acc = np.r_[[0.188], [0.6966] * (n - 1)]
    acc = np.r_[[0.392, 0.476], [0.707] * (n - 2)]
    h = hist(loss=loss, val_loss=np.r_[[1.82], 0.811 + 0.0005 * rng.standard_normal(n - 1)], accuracy=acc,
             val_accuracy=val_acc)
    r = ls.read(h)
    assert {"diverging", "chance_level"} <= set(r.codes()) and r.verdict == "diverging"
    assert "above the ln K of any real number of classes" in r.first("diverging").message
    # the same start beside a model that learns (its accuracy climbs): a loss summed over many terms
    # may start that high and fall, and nothing says it blew up
    climb = np.linspace(0.5, 0.9, n) + 0.01 * rng.standard_normal(n)
    learned = hist(loss=np.r_[[20.585], np.geomspace(6.0, 0.3, n - 1)], val_loss=np.geomspace(2.0, 0.35, n),
                   accuracy=climb, val_accuracy=climb)
    assert "diverging" not in codes(learned)


def test_validation_noise_is_said_beside_an_oscillating_training_loss():
    """A high but bounded rate (fresh26 high_bounded_lr-e06 and 26 more across the corpus): the training
    loss jumps by a quarter now and then, and the validation loss on a large set jumps further at single
    evaluations the curve comes back from. Both are said: that training oscillates, and that moves of
    the validation curve that size are no sign of overfitting."""
    n = 40
    rng = np.random.default_rng(11)
    loss = 0.3 + 0.6 * np.exp(-np.arange(n) / 6)
    loss[8::5] *= 1.35
    val = 0.45 + 0.5 * np.exp(-np.arange(n) / 6) + 0.03 * rng.standard_normal(n)
    val[[12, 23, 31]] += [0.5, 0.4, 0.6]
    r = ls.read(hist(loss=list(loss), val_loss=list(val)))
    assert {"unstable", "noisy_validation"} <= set(r.codes())


def test_a_run_that_ended_as_it_blew_up_is_diverging():
    """A growing rate evaluated every few steps (fresh6 growing_lr_slow-k03): the training loss fell to
    1e-4, then its last two logged points were 0.072 and 1.22, above the 0.69 it started from, and the
    last validation loss 0.355, ten times its best: the run ended as it blew up, too soon for a rise to
    last three points. One wild last batch, with validation unmoved, stays no divergence."""
    train = np.r_[np.geomspace(0.69, 1e-4, 20), [2.3e-4, 2.7e-4, 0.072, 1.218]]
    val = np.r_[np.geomspace(0.6, 0.034, 11), [0.355]]
    steps = np.arange(1, len(train) + 1) * 10
    vsteps = np.arange(1, len(val) + 1) * 20

    def run(last_val):
        h = hist()
        h.add(Series("loss", "train", "epoch", step=steps, epoch=steps / 10.0, value=train))
        h.add(Series("loss", "val", "epoch", step=vsteps, epoch=vsteps / 10.0, value=np.r_[val[:-1], [last_val]]))
        return h

    f = rules.diverging(run(0.355))
    assert f and f[0].evidence["best"] == pytest.approx(1e-4, rel=0.01)
    assert not rules.diverging(run(0.036))


def test_a_lucky_first_batch_of_a_few_samples_is_no_start_for_an_explosion():
    """A real run (high_lr_small_batch-j02 of the corpus: batches of 4 samples, Adam at 0.044), its
    first 25 batch losses, then batches falling from about 1 to 0.4 as its epochs did: the first batch a
    lucky 0.18, the wild batch of 8.9 at step 19 is 50x that but 9x the early batches' median. The model
    learned (its epoch losses fell by two thirds). Read before as diverging: "50x its start (0.1768),
    and never came back below the start"."""
    first = [0.177, 1.074, 1.56, 1.002, 0.308, 1.764, 1.871, 0.683, 0.524, 3.814, 0.479, 0.672, 1.374, 0.298,
             0.27, 2.29, 1.028, 1.816, 0.744, 8.869, 1.365, 2.322, 0.665, 0.963, 0.565]
    rng = np.random.default_rng(3)
    t = np.arange(len(first), 1725)
    b = np.r_[first, np.minimum((0.4 + 0.6 * np.exp(-t / 150)) * rng.lognormal(-0.4, 0.9, len(t)), 8.0)]
    assert not rules.diverging(_batch_history(b, 75))
    b[1:4] = [5.0, 8.0, 6.0]  # blown up by the second batch: then the first batch is the start
    assert rules.diverging(_batch_history(b, 75))


def test_a_first_batch_of_many_samples_is_where_a_blown_up_regression_started():
    """A real run (fresh223's regression_blowup-mt00: momentum at 0.61, batches of 32): its first batch,
    the untrained model's, scored 0.966; by step 14 a batch hit 8.4 and the early batches scattered up to
    8 (their median 1.5), then they stayed around 1.2 for good, above where training started: the
    model learned nothing in 14 epochs, its epoch losses falling from 2.8 (an epoch that averaged the
    explosion) to 1.1. Read before as healthy, measured from the early batches' median (5.6x, and back
    below 0.9 of it). A first batch of 32 samples is a sample of the untrained model's loss, so the loss
    must end at or above it, not merely near it: the same run ending at 0.9 of it is no divergence, and
    nor is one whose batch size is unknown (a first batch of a few samples may be a lucky draw)."""
    first = [0.966, 1.93, 2.64, 0.684, 2.5, 0.697, 1.82, 1.19, 0.861, 1.73, 0.94, 1.57, 0.993, 8.18, 8.42, 3.99,
             2.93, 6.96, 0.946, 4.55, 4.0, 1.28, 5.88, 1.96]
    rng = np.random.default_rng(4)
    b = np.r_[first, 1.2 * rng.lognormal(0, 0.35, 312)]
    h = _batch_history(b, 24)
    h.info.config["batch_size"] = 32
    f = rules.diverging(h)
    assert f and f[0].evidence["start"] == pytest.approx(0.966) and f[0].evidence["peak_step"] == 14
    assert "never came back below the start" in f[0].message
    assert not rules.diverging(_batch_history(b, 24))  # no batch size: one batch is no level
    b[24:] *= 0.966 * 0.9 / 1.2  # ending near the start, 10% below it: it learned a little
    h = _batch_history(b, 24)
    h.info.config["batch_size"] = 32
    assert not rules.diverging(h)


def test_a_loss_that_ends_orders_of_magnitude_above_its_best_is_diverging_whatever_its_swings():
    """A regression (lightning, rate 0.68) from 0.92 in epoch 1 to 1.2e13 in epoch 4, then down to 8e7
    by epoch 37, never near its start again: measured in sigmas of the whole curve, whose swings are the
    explosion's own (1e11 and more), the end was 0.0 sigma above the best, and it was read healthy."""
    loss = [0.9184, 17.23, 5988.0, 1.234e13, 1.9e12, 1.554e12, 8.171e11, 5.52e11, 5.084e11, 4.185e11, 2.6e11,
            1.535e11, 1.275e11, 1.157e11, 8.139e10, 4.654e10, 3.252e10, 3.018e10, 2.426e10, 1.477e10, 8.89e9,
            7.589e9, 6.79e9, 4.654e9, 2.656e9, 1.921e9, 1.789e9, 1.403e9, 8.391e8, 5.165e8, 4.518e8, 3.975e8,
            2.657e8, 1.519e8, 1.137e8, 1.058e8, 8.09e7]
    f = rules.diverging(hist(loss=loss))
    assert f and f[0].evidence["best_epoch"] == 1 and "sigma" not in f[0].message
    assert ls.read(hist(loss=loss)).verdict == "diverging"
    # a loss that fell by orders of magnitude and ended a little above its best is no divergence
    assert not rules.diverging(hist(loss=[1e3, 10.0, 1.0, 0.1, 0.05, 0.06, 0.07, 0.065]))


def _exploded_six_class_run(first: float, accuracy: bool = True) -> History:
    """A real run's shape (explode_settle-o02 of the corpus: 6 classes, Adam at 0.76, batch 64): the
    first batch at ``first``, blown up to 2,300 by the third step, then sitting near ln 6 with the
    validation accuracy at 0.19 for 33 epochs (as near 1/5 as 1/6: it names no K by itself)."""
    rng = np.random.default_rng(11)
    b = np.r_[[first, 546.1, 2301.4, 2369.4, 522.1, 273.0, 176.4, 98.5, 49.1, 47.2, 9.1, 24.4],
              1.81 + 0.05 * rng.standard_normal(33 * 22 - 12)]
    h = _batch_history(b, 22)
    if accuracy:
        h.add(Series("accuracy", "val", "epoch", step=np.arange(1, 34) * 22, epoch=np.arange(1.0, 34.0),
                     value=0.19 + 0.012 * rng.standard_normal(33)))
    return h


def test_a_classifier_whose_first_batch_sat_at_ln_k_names_k():
    """No class count in the config, no accuracy per batch: the untrained model's first batch (logits
    near zero) at ln 6 names six classes, so an accuracy of 0.19 after the explosion is chance, said
    beside the divergence. Before, the classes were unknown and only the divergence was read."""
    h = _exploded_six_class_run(1.787)
    assert infer_classes(h)[0] == 6
    assert {"diverging", "chance_level"} <= set(codes(h))
    # a first batch off every ln K names nothing; the accuracy, 0.19 (nearest 1/5, but 1/6 within its
    # noise), with its loss at ln 6 still does (READ_VERSION 57); no accuracy (a regression's loss may
    # start anywhere): no K
    k, source = infer_classes(_exploded_six_class_run(1.70))
    assert k == 6 and source.startswith("inferred: accuracy")
    assert infer_classes(_exploded_six_class_run(1.787, accuracy=False))[0] is None


def test_validation_gaining_too_little_of_its_level_stops_slow_convergence():
    """fresh601's lr_too_low-bh06 (SGD at 0.00265 on a regression): the training loss still falls 2.2%
    of its level over the last quarter (0.9459 -> 0.9254), but validation only 0.8% (0.8962 -> 0.8892),
    however steadily: as many epochs again would not help validation, which is what they are for. The
    same training loss beside a validation loss still falling 3% a quarter is slow convergence."""
    loss = [1.046, 1.04, 1.034, 1.029, 1.024, 1.02, 1.015, 1.011, 1.007, 1.003, 0.9997, 0.9957, 0.9922, 0.9892,
            0.9861, 0.9832, 0.9803, 0.9779, 0.975, 0.9722, 0.9696, 0.9676, 0.9651, 0.9628, 0.9603, 0.9578, 0.9558,
            0.9534, 0.9514, 0.9496, 0.9475, 0.9459, 0.9441, 0.9417, 0.9401, 0.938, 0.9361, 0.9343, 0.9326, 0.9308,
            0.9299, 0.9272, 0.9254]
    val = [0.937, 0.934, 0.9313, 0.9288, 0.9264, 0.9244, 0.9221, 0.92, 0.9185, 0.9168, 0.9153, 0.9137, 0.9122,
           0.9109, 0.9096, 0.9084, 0.9075, 0.9065, 0.9057, 0.9047, 0.9037, 0.9029, 0.9023, 0.9014, 0.9005, 0.8998,
           0.899, 0.8984, 0.8979, 0.8973, 0.8967, 0.8962, 0.8952, 0.8945, 0.8939, 0.8935, 0.893, 0.8922, 0.8917,
           0.891, 0.8905, 0.8898, 0.8892]
    h = hist(loss=loss, val_loss=val)
    assert not rules.slow_convergence(h) and ls.read(h).verdict == "healthy"
    still = [v - 0.0025 * max(0, k - 31) for k, v in enumerate(val)]  # 0.0275 (3%) over the last quarter
    assert rules.slow_convergence(hist(loss=loss, val_loss=still))


def test_a_model_at_chance_whose_loss_is_learning_slowly_is_also_slow():
    """A rate far too low (lr_too_low-fg01 of the corpus: 3 classes, Adam at 1e-4): validation accuracy
    at the majority share for 28 epochs while the loss falls steadily, 1.03 -> 0.77 (a quarter of
    ln 3) and still falling. Chance level, and slow: "train longer, raise the rate" is the advice
    that helps. A dead network, whose loss only drifts (1.0986 -> 1.0975), is at chance alone."""
    n = 40
    loss = 0.70 + 0.33 * np.exp(-np.arange(n) / 60)
    val = 0.66 + 0.33 * np.exp(-np.arange(n) / 60)
    h = hist({"num_classes": 3, "val_size": 238}, loss=list(loss), val_loss=list(val),
             val_accuracy=[0.35] * 3 + [0.36] * (n - 3))
    assert {"chance_level", "slow_convergence"} <= set(codes(h))
    assert ls.read(h).verdict == "chance_level"
    dead = hist({"num_classes": 3, "val_size": 238}, loss=list(1.0986 - 0.0011 * (1 - np.exp(-np.arange(n) / 20))),
                val_loss=list(1.0990 - 0.0011 * (1 - np.exp(-np.arange(n) / 20))),
                val_accuracy=[0.35] * 3 + [0.36] * (n - 3))
    assert "chance_level" in codes(dead) and "slow_convergence" not in codes(dead)


def test_a_model_climbing_out_of_chance_at_every_evaluation_is_slow_too():
    """Stopped far too soon (fresh578's too_few_epochs-ak02: 4 classes, Adam at 4e-4, 5 epochs):
    validation accuracy 0.27 -> 0.35, better at every evaluation, the loss down only 7% of ln 4 and
    still falling. Near chance, and climbing out of it: slow is said beside chance_level, and the
    message says it has learned nothing usable *yet*. The same accuracies out of order stay at chance
    alone."""
    def run(val_acc):
        return hist({"num_classes": 4, "val_size": 500}, loss=[1.449, 1.417, 1.388, 1.361, 1.336],
                    val_loss=[1.427, 1.401, 1.377, 1.354, 1.333], accuracy=[0.2537, 0.2675, 0.2913, 0.3075, 0.3287],
                    val_accuracy=val_acc)
    r = ls.read(run([0.272, 0.29, 0.296, 0.33, 0.348]))
    assert {"chance_level", "slow_convergence"} <= set(r.codes()) and r.verdict == "chance_level"
    assert "nothing usable yet" in r.first("chance_level").message
    r = ls.read(run([0.272, 0.33, 0.296, 0.29, 0.348]))
    assert "chance_level" in r.codes() and "slow_convergence" not in r.codes()


def test_one_class_with_no_class_count_is_slow_too_when_its_loss_is_learning():
    """A rate far too low without the number of classes (fresh35's lr_too_low-fn04, SGD at 6e-4):
    validation accuracy frozen at about 0.7185 for its last 19 epochs, training accuracy at 0.6947,
    the loss above a one-class guess's entropy (0.59) and still falling, 1.03 -> 0.90, a fifth of
    that entropy. Without ln K, the guess's entropy is the scale "learning" is measured on: slow,
    beside chance_level. The same run with a loss that fell under a tenth of it is at chance alone."""
    acc = [0.5028, 0.5154, 0.535, 0.5532, 0.563, 0.5728, 0.5896, 0.612, 0.6218, 0.6331, 0.6415, 0.6485, 0.6583,
           0.6625, 0.6709, 0.6765, 0.6821, 0.6863, 0.6877, 0.6905, 0.6891, 0.6933, 0.6919] + [0.6933] * 3 + [0.6947] * 7
    val_acc = [0.5252, 0.5462, 0.563, 0.5714, 0.584, 0.5924, 0.6176, 0.6303, 0.6513, 0.6639, 0.6849, 0.6933, 0.7017,
               0.7059, 0.7185, 0.7143, 0.7143, 0.7185, 0.7143, 0.7143] + [0.7185] * 13
    n = len(acc)
    loss = 0.8971 + 0.1359 * (1 - np.arange(n) / (n - 1)) ** 1.3
    val = 0.8668 + 0.1452 * (1 - np.arange(n) / (n - 1)) ** 1.2
    h = hist(loss=list(loss), val_loss=list(val), accuracy=acc, val_accuracy=val_acc)
    assert {"chance_level", "slow_convergence"} <= set(codes(h))
    fell = 0.05 * (np.arange(n) / (n - 1)) ** 3  # under a tenth of the entropy, though still moving
    drift = hist(loss=list(0.947 - fell), val_loss=list(0.917 - fell), accuracy=acc, val_accuracy=val_acc)
    assert "chance_level" in codes(drift) and "slow_convergence" not in codes(drift)


def test_batches_of_two_samples_are_judged_as_means_over_32_when_the_config_says_the_batch_size():
    """fresh34's tiny_batches-fm03 (torch, batch 2): three lucky first batches near 0.4, one 2-sample
    batch at 3.8 at step 8, the rest scattered around 0.65 (a batch of two is no loss level). Read as
    "exploded to 3.8, 9.6x its start, never came back" until the batch size in its config was used:
    means over 16 batches (32 samples) show no explosion. Without the batch size the read cannot tell."""
    rng = np.random.default_rng(4)
    b = 0.65 * rng.lognormal(-0.3, 0.8, 1575)
    b[:3], b[8] = [0.38, 0.41, 0.36], 3.8
    assert rules.diverging(_batch_history(b, 105))  # no batch size: one batch of two is taken for a level
    h = _batch_history(b, 105)
    h.info.config["batch_size"] = 2
    assert not rules.diverging(h)
    big = 0.65 * rng.lognormal(-0.03, 0.1, 1575)  # batches of 256: a spike to 20x stays an explosion
    big[8:] = 4.0 * big[8:]
    big[8] = 13.0
    g = _batch_history(big, 105)
    g.info.config["batch_size"] = 256
    assert rules.diverging(g)


def test_a_rise_is_measured_against_the_fall_from_the_untrained_start_not_a_thrown_first_epoch():
    """fresh86's lr_too_high-hm02 (Keras, two classes, a rate of 0.14): the first epoch averaged 2.94,
    four times an untrained model's ln 2, as the rate threw its first steps up; the loss then fell to
    0.0185 at epoch 32 and climbed back to 0.09-0.12 over the last five epochs while validation loss
    doubled. A rise is 'well above the best' at half a tenth of the run's whole fall: measured from
    2.94 that asked 0.15, from ln 2 it asks 0.03, and the 4.8x climb is diverging (read healthy before)."""
    loss = [2.9387, 2.2893, 0.8652, 0.6847, 0.6608, 0.6131, 0.57, 0.5172, 0.4622, 0.4194, 0.392, 0.3238, 0.2802,
            0.2359, 0.1963, 0.1839, 0.2018, 0.2103, 0.1736, 0.1718, 0.1089, 0.1151, 0.0969, 0.0695, 0.0651, 0.0516,
            0.0441, 0.0504, 0.0384, 0.0311, 0.0257, 0.0185, 0.0478, 0.0395, 0.0263, 0.03, 0.0241, 0.0337, 0.02,
            0.0469, 0.0307, 0.0476, 0.0395, 0.0323, 0.0916, 0.0882, 0.0816, 0.1228]
    val = [3.1166, 1.0536, 0.7115, 0.7078, 0.665, 0.6584, 0.665, 0.6447, 0.6254, 0.5236, 0.4761, 0.4158, 0.3387,
           0.357, 0.4045, 0.4068, 0.3531, 0.3749, 0.5482, 0.4998, 0.4131, 0.4295, 0.5148, 0.4886, 0.3674, 0.2838,
           0.2907, 0.2645, 0.4078, 0.444, 0.4683, 0.6676, 0.6127, 0.4788, 0.4771, 0.4082, 0.438, 0.4724, 0.5763,
           0.4627, 0.5781, 0.8199, 0.9213, 0.9607, 0.7142, 0.5907, 0.4694, 0.531]
    f = rules.diverging(hist(config={"num_classes": 2}, loss=loss, val_loss=val))
    assert f and f[0].evidence["best_epoch"] == 32 and f[0].evidence["end"] > 4 * f[0].evidence["best"]
    # a first epoch an explosion above ln 2 (5x and more) is the explosion's to tell, as before
    thrown = [40.0, 8.0] + loss[2:]
    assert rules.diverging(hist(config={"num_classes": 2}, loss=thrown, val_loss=val))[0].evidence["peak"] == 40.0


def test_a_loss_back_above_an_untrained_model_s_after_learning_is_diverging_whatever_its_dips():
    """fresh96's growing_lr-hw02 (Keras, five classes, a rate that grows): the training loss fell from
    ln 5 to 1.13, then the rate threw it about (0.98, 1.85, 1.49, 2.29...) and it ended at 1.73, above
    an untrained model's 1.609. Its best was a dip of that oscillation, so the level around it (1.49)
    left the end no rise of half the best; read underfitting ('only went from ln 5 to 1.855') before."""
    loss = [1.6962, 1.6889, 1.6809, 1.6719, 1.6623, 1.6519, 1.6411, 1.6297, 1.6177, 1.6055, 1.5925, 1.5794,
            1.5654, 1.5499, 1.5325, 1.5129, 1.49, 1.4625, 1.4301, 1.3942, 1.352, 1.3071, 1.2629, 1.211, 1.1474,
            1.131, 1.6335, 1.2787, 0.9763, 1.8484, 1.4863, 1.521, 1.5362, 1.9606, 2.2882, 1.5504, 1.7264]
    h = hist(config={"num_classes": 5}, loss=loss)
    f = rules.diverging(h)
    assert f and f[0].evidence["untrained"] == pytest.approx(math.log(5)) and "above an untrained" in f[0].message
    assert "underfitting" not in codes(h)
    # the same fall and oscillation ending below ln 5 (1.50): no divergence by this rule
    assert not rules.diverging(hist(config={"num_classes": 5}, loss=loss[:-3] + [1.45, 1.5, 1.52]))


def test_an_accuracy_near_one_half_with_its_own_loss_near_ln_2_names_two_classes():
    """fresh55's growing_lr-gh03 (two classes, no class count logged, a rate that grows): the model
    learned to 0.94, then the rate threw it back to 0.49-0.51 with validation loss about 0.73 and a
    training loss scattered from 0.7 to 0.92. Accuracy and its own loss name K = 2 together, so the
    chance is said beside the divergence; before, two classes were never inferred this way."""
    rng = np.random.default_rng(3)
    n = 31
    val_acc = np.r_[np.linspace(0.63, 0.94, 6), np.linspace(0.9, 0.55, 12), 0.50 + 0.01 * rng.standard_normal(13)]
    val_loss = np.r_[np.linspace(0.65, 0.16, 6), np.linspace(0.3, 0.7, 12), 0.73 + 0.02 * rng.standard_normal(13)]
    loss = np.r_[np.linspace(0.64, 0.18, 6), np.linspace(0.25, 0.8, 12), 0.80 + 0.08 * rng.standard_normal(13)]
    h = hist(loss=loss, val_loss=val_loss, val_accuracy=val_acc)
    assert infer_classes(h)[0] == 2
    assert "chance_level" in codes(h)
    # a model part-way through learning more classes: its validation accuracy passes 1/2 on the way up
    # while its training loss (below validation's) passes ln 2 on the way down. Validation's own loss,
    # 1.1 x ln 2 and more, names no two classes (fresh7's tiny_val-l02, read at chance before)
    t = np.arange(n)
    climb = hist(loss=1.19 - 0.019 * t, val_loss=1.16 - 0.0125 * t,
                 val_accuracy=np.minimum(0.22 + 0.02 * t, 0.59))
    assert infer_classes(climb) == (None, "")
    assert "chance_level" not in codes(climb)


def test_a_small_set_s_accuracy_names_k_within_its_noise_and_the_loss_picks_it():
    """fresh75's shuffled_labels-gb02 (three classes, shuffled training labels, 40 validation samples):
    validation accuracy wandered 0.25-0.40 and ended at 0.275, nearer 1/4 than 1/3, while the validation
    loss went from 1.117 to 1.108, about ln 3 (the loss of ln 4, 1.39, is far off). 0.275 on 40 samples is 1/3 within
    1 sigma: the accuracy names K = 3 or 4, and the loss names 3. Read 'learning looks sound' before."""
    rng = np.random.default_rng(5)
    n = 60
    t = np.arange(n)
    val_acc = np.clip(np.round((0.33 + 0.05 * np.sin(t / 7) + 0.02 * rng.standard_normal(n)) * 40) / 40, 0, 1)
    val_acc[-6:] = 11 / 40  # 0.275
    val_loss = 1.106 + 0.012 * np.exp(-t / 10) + 0.001 * rng.standard_normal(n)  # 1.118 at the start: no ln 3 yet
    h = hist(loss=1.12 - 0.0015 * t, val_loss=val_loss, val_accuracy=val_acc)
    assert infer_classes(h)[0] == 3
    assert "chance_level" in codes(h) and "healthy" not in codes(h)
    # an accuracy that climbed to 0.36 on 22 samples (fresh45's tiny_val-fx06: five classes, learning
    # slowly) passes 1/3 on its way up: the neighbouring K is not tried, and nothing names K
    climb = hist(loss=1.65 - 0.015 * t[:33], val_loss=1.66 - 0.010 * t[:33],
                 val_accuracy=np.round(np.minimum(0.09 + 0.012 * t[:33], 0.3636) * 22) / 22)
    assert infer_classes(climb) == (None, "")


def test_a_noisy_validation_loss_that_climbs_at_t_3_after_its_best_is_overfitting():
    """fresh55's unstable_hard_data-gh02 (SGD at 0.21): validation loss best at epoch 10 (0.43), then a
    noisy climb to 0.70 while the training loss halved. Its scatter (0.06) hides the rise from a
    comparison of the best with the end, and points dip back to 0.46-0.49 on the way, but a line
    through the 27 epochs after the best climbs at t = 3.3: the 3 sigma the rule asks elsewhere."""
    loss = [1.327, 1.0857, 0.8288, 0.611, 0.535, 0.4844, 0.4689, 0.4431, 0.4032, 0.3395, 0.3261, 0.32, 0.3287,
            0.3729, 0.3668, 0.3042, 0.3139, 0.3083, 0.2718, 0.2757, 0.2874, 0.3127, 0.294, 0.3193, 0.3431, 0.3439,
            0.3122, 0.3747, 0.33, 0.2696, 0.2307, 0.2021, 0.2267, 0.2067, 0.2249, 0.2304, 0.1929]
    val = [1.2481, 1.0041, 0.7186, 0.6442, 0.5533, 0.5351, 0.515, 0.4867, 0.4395, 0.433, 0.4486, 0.4772, 0.5267,
           0.458, 0.5335, 0.5084, 0.5171, 0.5321, 0.489, 0.528, 0.4704, 0.5935, 0.6154, 0.6651, 0.8276, 0.4923,
           0.795, 0.6634, 0.5904, 0.5326, 0.5295, 0.5764, 0.6209, 0.5572, 0.6349, 0.6619, 0.6981]
    f = rules.overfitting(hist(loss=loss, val_loss=val))
    assert f and abs(f[0].evidence["onset_epoch"] - 10) <= 2 and "t = 3.3" in f[0].message
    # the same scatter without the climb (the points after the best shuffled) is no trend
    rng = np.random.default_rng(0)
    flat = val[:10] + list(rng.permutation(val[10:]))
    assert not rules.overfitting(hist(loss=loss, val_loss=flat))


def test_a_broad_best_followed_by_a_higher_level_that_stays_is_overfitting():
    """fresh106's unstable_hard_data-ig04 (SGD at 0.28, a tracker run): validation loss sat near 0.45 for
    a dozen epochs around epoch 18, was thrown up to 0.72, and settled near 0.60 for its last 30 epochs
    while the training loss fell from 0.02 to 0.002. The 3-point best pays the allowance of a lucky
    point (0.15 against the 0.16 needed) and the level no longer climbs at the end, so it read healthy;
    a 7-point basin at 0.44 pays a smaller allowance, and the end stands 0.16 above it."""
    loss = [0.6753, 0.5538, 0.3239, 1.1259, 0.8096, 0.6619, 0.4788, 0.5241, 0.4351, 0.2253, 0.1908, 0.2491,
            0.2017, 0.1951, 0.1321, 0.1052, 0.0768, 0.0639, 0.0381, 0.0284, 0.0221, 0.0181, 0.0659, 0.0928,
            0.103, 0.2012, 0.1192, 0.1835, 0.2158, 0.1021, 0.0614, 0.052, 0.0287, 0.0316, 0.0158, 0.0152, 0.0111,
            0.0086, 0.0076, 0.007, 0.0074, 0.0086, 0.007, 0.005, 0.0054, 0.0048, 0.0046, 0.0063, 0.0122, 0.0089,
            0.005, 0.005, 0.0036, 0.0035, 0.0032, 0.0029, 0.0027, 0.0026, 0.0025, 0.0024, 0.0023, 0.0022]
    val = [0.6706, 0.5338, 0.8695, 1.2025, 0.6628, 0.6867, 1.1182, 0.6285, 0.6654, 0.5543, 0.4378, 0.5332,
           0.6072, 0.4705, 0.5168, 0.4603, 0.5237, 0.3786, 0.4528, 0.4342, 0.4313, 0.4266, 0.5609, 0.5664, 0.7217,
           0.6966, 0.6656, 0.8028, 0.5579, 0.7341, 0.7381, 0.7509, 0.6629, 0.589, 0.5653, 0.5221, 0.5133, 0.5573,
           0.5918, 0.5739, 0.548, 0.591, 0.6101, 0.5624, 0.5469, 0.5665, 0.6122, 0.6018, 0.5746, 0.6176, 0.5346,
           0.5339, 0.6017, 0.6164, 0.602, 0.591, 0.5936, 0.5964, 0.6044, 0.6049, 0.6042, 0.6025]
    f = rules.overfitting(hist(loss=loss, val_loss=val))
    assert f and abs(f[0].evidence["onset_epoch"] - 18) <= 2
    # the same run had its last 30 epochs come back to the basin's level: no rise to see
    back = val[:32] + [v - 0.15 for v in val[32:]]
    assert not rules.overfitting(hist(loss=loss, val_loss=back))


def test_one_lucky_validation_loss_far_below_both_neighbours_is_no_best_to_come_back_to():
    """fresh176's high_lr_then_drop-ky02 (Adam at 0.042, the rate cut 50x at epoch 25): thrown about by
    the high rate, validation loss dipped once to 0.0062 at epoch 22, between 0.062 and 0.019, then
    settled near 0.019 and fell slowly to 0.016 once the rate dropped. Every later epoch stayed over
    twice that one dip, so it read overfitting ("never came back"). A best that both its neighbours
    stand twice above is one lucky evaluation; a loss that fell into its best (0.009 before it) and then
    stayed twice above it is still overfitting."""
    noisy = [0.074, 0.041, 0.059, 0.074, 0.013, 0.026, 0.014, 0.024, 0.022, 0.055, 0.048, 0.042, 0.038, 0.048,
             0.064, 0.023, 0.020, 0.011, 0.033, 0.022]
    calm = list(np.linspace(0.0189, 0.0158, 23))
    loss = list(np.r_[np.linspace(0.16, 0.02, 21) * (1 + 0.3 * np.sin(np.arange(21))),
                      np.geomspace(0.018, 0.0096, 24)])
    assert "overfitting" not in codes(hist(loss=loss, val_loss=noisy + [0.062, 0.0062] + calm))
    assert "overfitting" in codes(hist(loss=loss, val_loss=noisy + [0.009, 0.0062] + calm))


def test_a_validation_loss_worse_at_each_of_its_last_five_evaluations_reached_its_last_point():
    """fresh296's early_stopping-po03 (Lightning, five classes, 200 training samples): validation loss
    best at epoch 6 (1.387), back to 1.403 and then worse at each of the last five epochs, to 1.464, while
    the training loss fell from 1.05 to 0.34 (EarlyStopping's patience of 12 ended it). A line through
    the last six points lags a climb that steepens (it reached 1.45, some 4% above the best, under the 5%
    a rise must show), so it read healthy. Five rises in a row at the end are a trend (noise puts six
    points in rising order once in 720): the last point is where the climb got."""
    val = [1.568, 1.52, 1.461, 1.416, 1.391, 1.387, 1.401, 1.418, 1.426, 1.423, 1.414, 1.406, 1.403, 1.405,
           1.41, 1.418, 1.435, 1.464]
    loss = [1.604, 1.473, 1.36, 1.241, 1.134, 1.045, 0.9683, 0.8996, 0.8357, 0.7742, 0.7144, 0.6556, 0.5982,
            0.5423, 0.4882, 0.4368, 0.3887, 0.3441]
    f = rules.overfitting(hist(loss=loss, val_loss=val))
    assert f and abs(f[0].evidence["onset_epoch"] - 6) <= 2
    # the same climb broken once near the end (1.435 -> 1.43) is no run of five rises: too small to call
    broken = val[:-3] + [1.435, 1.43, 1.44]
    assert not rules.overfitting(hist(loss=loss, val_loss=broken))


def test_a_thrown_model_frozen_at_one_class_s_share_but_for_one_evaluation_is_at_chance():
    """fresh91's growing_lr-hr01 (a rate that grows, three classes at 0.74 / 0.18 / 0.08): after learning
    to 0.87, validation accuracy sat at exactly 0.7395 for ten evaluations, but for one at 0.1807 (another
    class's share), while the training loss climbed to 24. The last quarter (five evaluations) may not
    hold a stray value; over ten, one may, and the share stands out. Read diverging alone before."""
    loss = [0.5889, 0.3498, 0.3785, 0.2821, 0.3756, 0.4569, 0.6091, 2.4511, 2.0767, 0.8789, 0.88, 0.9228,
            0.956, 1.0604, 1.6204, 2.4043, 4.8581, 12.304, 20.3145, 23.9044]
    val_loss = [0.4202, 0.382, 0.3442, 0.3045, 0.452, 1.0516, 0.6836, 0.7094, 0.7353, 0.7481, 0.7408, 0.7732,
                0.7888, 0.8342, 1.1894, 1.9723, 10.9866, 21.1861, 7.9209, 28.3357]
    val_acc = [0.8193, 0.8403, 0.8529, 0.8697, 0.8613, 0.7983, 0.8193] + [0.7395] * 10 + [0.1807, 0.7395, 0.7395]
    found = codes(hist(meta={"num_classes": 3}, loss=loss, val_loss=val_loss, val_accuracy=val_acc))
    assert {"diverging", "chance_level"} <= set(found)
    # a model that learned scores new values near its level: the same run with its frozen stretch moving
    moving = val_acc[:7] + [0.7395 + 0.0042 * (i % 4) for i in range(10)] + [0.1807, 0.7437, 0.7521]
    assert "chance_level" not in codes(hist(meta={"num_classes": 3}, loss=loss, val_loss=val_loss,
                                            val_accuracy=moving))


def test_an_accuracy_frozen_at_one_share_with_no_training_accuracy_is_at_chance_when_its_loss_moves():
    """fresh303's lr_too_low-pv00 (a run evaluated every N steps, three classes at 0.70 / 0.20 / 0.10,
    plain SGD at 0.0026): validation accuracy climbed to 0.69, slid back to 0.6723 (160 of 238: the
    majority's share) and sat there for 34 evaluations while the validation loss kept falling slowly
    (0.79 to 0.71): the model learned the class prior and outputs the majority for every input. Such a
    run logs no training accuracy, and a frozen accuracy that froze late had asked the training side
    for its agreement, so it read healthy. With one side to go on, the validation side must say it
    twice as long (ten evaluations), with its own loss still moving (a noisy batch-level training loss
    moves anyway), on a set with errors enough (30) for a learning model to flip some."""
    acc = [0.3529, 0.458, 0.5756, 0.6597, 0.6933, 0.6891, 0.6849, 0.6849, 0.6849, 0.6891, 0.6891, 0.6807,
           0.6765, 0.6765, 0.6765, 0.6765, 0.6765] + [160 / 238] * 34
    val_loss = list(1.0844 * np.geomspace(1, 0.652, 51))
    loss = list(np.r_[1.09, np.linspace(1.0, 0.72, 50)] * (1 + 0.03 * np.sin(np.arange(51))))
    meta = {"num_classes": 3, "val_size": 238}
    assert "chance_level" in codes(hist(meta=meta, loss=loss, val_loss=val_loss, val_accuracy=acc))
    # a model whose rate decayed to nothing froze too, accuracy and validation loss alike: it may have learned
    frozen = val_loss[:38] + [val_loss[38]] * 13
    assert "chance_level" not in codes(hist(meta=meta, loss=loss, val_loss=frozen, val_accuracy=acc))
    # on 40 samples a learning model's accuracy stays put for as long (26 of 40 right: 14 errors)
    small = [round(a * 40) / 40 for a in acc[:17]] + [0.65] * 34
    assert "chance_level" not in codes(hist(meta={"num_classes": 3, "val_size": 40}, loss=loss,
                                            val_loss=val_loss, val_accuracy=small))


def test_a_frozen_accuracy_kept_to_seven_digits_is_counted_as_frozen_in_the_message():
    """fresh195's lr_too_low-lr04: validation accuracy 0.7310925 (174 of 238, kept to seven digits) at
    every one of the last 15 epochs read "sits at exactly 0.7311 in 0 of the last 15 epochs": the share
    found to six digits (0.731092) stood 5e-7 from each value, where the count asked for less."""
    acc = [0.55, 0.62, 0.68, 0.70] + [0.7310925] * 15
    loss = list(np.linspace(1.2, 0.82, 19))
    val_loss = list(np.linspace(1.1, 0.80, 19))
    h = hist(meta={"num_classes": 3}, loss=loss, val_loss=val_loss, val_accuracy=acc,
             accuracy=[0.5, 0.6, 0.66, 0.7] + [0.7311] * 15)
    found = [f for f in ls.read(h).findings if f.code == "chance_level"]
    assert found and "sits at exactly 0.7311 for the last" in found[0].message


def test_a_frozen_accuracy_that_is_no_class_s_share_of_a_known_set_is_not_one_class():
    """fresh308's early_stopping-pa04 (Lightning, two classes at 0.524 / 0.476, 150 training samples,
    stopped early): validation accuracy climbed from 0.72 to 0.912 and sat there for 7 of the last 8
    epochs while both losses settled near 0.30, the entropy of always guessing a class of 0.912, and it
    read chance_level. The run gives its validation set's class shares, and 0.912 is neither: a model
    that outputs one class scores that class's share. Given shares of 0.912 and 0.088 it would be."""
    val_acc = [0.724, 0.756, 0.784, 0.8, 0.796, 0.796, 0.848, 0.856, 0.868, 0.88, 0.88, 0.884, 0.884, 0.892,
               0.892, 0.88, 0.892, 0.908, 0.912, 0.912, 0.904, 0.908, 0.908, 0.908, 0.916, 0.916, 0.916, 0.912,
               0.912, 0.912, 0.912, 0.912, 0.912, 0.912]
    val_loss = [0.5729, 0.52, 0.4995, 0.485, 0.4691, 0.4581, 0.4539, 0.4525, 0.4458, 0.4288, 0.406, 0.3847,
                0.3689, 0.3577, 0.3473, 0.3373, 0.3301, 0.3264, 0.3227, 0.315, 0.3065, 0.3021, 0.3008, 0.3004,
                0.301, 0.3023, 0.302, 0.2993, 0.2968, 0.2979, 0.3008, 0.3006, 0.2989, 0.2969]
    loss = list(np.r_[0.703, np.geomspace(0.6, 0.2871, 33)])
    acc = list(np.r_[np.linspace(0.52, 0.9, 20), [0.9133, 0.92] * 7])
    curves = {"loss": loss, "accuracy": acc, "val_loss": val_loss, "val_accuracy": val_acc}
    assert "chance_level" not in codes(hist(meta={"val_class_shares": [0.524, 0.476]}, **curves))
    assert "chance_level" in codes(hist(meta={"val_class_shares": [0.912, 0.088]}, **curves))


def test_a_loss_clearly_below_any_input_blind_guess_is_no_chance_level():
    """fresh705's majority_class-ffh00 (Keras, two classes at 0.909 / 0.091, heavy weight decay):
    validation accuracy climbed from 0.54 to 0.94, 2.2 sigma above always answering the majority,
    and read chance_level, "learned nothing usable". But its validation loss fell to 0.221, 28% under
    0.306, the entropy of the class shares: the lowest loss any guess that ignores the inputs can
    score. A model below it uses its inputs. The same accuracies with the loss ending at that entropy
    are at chance, and so is a run that names a loss that is no cross-entropy."""
    acc = [0.54, 0.575, 0.6088, 0.6362, 0.6737, 0.7113, 0.75, 0.7812, 0.81, 0.8462, 0.8575, 0.87, 0.885, 0.8925,
           0.905, 0.91, 0.9137, 0.9225, 0.925, 0.9325, 0.9337, 0.9337, 0.9337, 0.9337, 0.9375, 0.94, 0.94]
    val_acc = [0.5433, 0.5817, 0.6154, 0.6587, 0.7091, 0.7476, 0.7812, 0.8149, 0.8245, 0.8462, 0.863, 0.8822,
               0.887, 0.9014, 0.9111, 0.9111, 0.9183, 0.9183, 0.9279, 0.9279, 0.9351, 0.9351, 0.9351, 0.9351,
               0.9399, 0.9399, 0.9399]
    val_loss = np.array([0.9702, 0.8629, 0.7716, 0.6903, 0.62, 0.5551, 0.5053, 0.4647, 0.4254, 0.3972, 0.3761,
                         0.3565, 0.3372, 0.3191, 0.3055, 0.2915, 0.2814, 0.271, 0.2631, 0.2556, 0.2492, 0.2438,
                         0.2388, 0.2335, 0.2289, 0.225, 0.2214])
    meta = {"num_classes": 2, "val_size": 416, "val_class_shares": [0.908654, 0.091346]}

    def run(vl, config=None):
        return hist(meta, config, loss=list(vl * 1.01), accuracy=acc, val_loss=list(vl), val_accuracy=val_acc)
    r = ls.read(run(val_loss))
    assert "chance_level" not in r.codes() and r.verdict == "healthy"
    at_entropy = val_loss + (0.306 - val_loss[-1])  # the same fall, ending at the input-blind guess's loss
    assert "chance_level" in codes(run(at_entropy))
    assert "chance_level" in codes(run(val_loss, {"loss": "mean_squared_error"}))
    assert "chance_level" not in codes(run(val_loss, {"loss": "binary_crossentropy"}))
    assert "chance_level" in codes(run(val_loss, {"loss": "sigmoid_focal_loss_with_logits"}))


def test_two_levels_one_sample_apart_are_one_level_not_classes_in_turn():
    """fresh308's healthy_sgd_schedules-pa04 (Keras, six classes, 250 validation samples): validation
    accuracy climbed from 0.18 to 0.49 and over its last ten epochs scored 0.48 to 0.492, most often 0.488
    and 0.492: grouped from each level's lowest value, 0.492 began a level of its own, and the two read
    as two classes output in turn (chance_level). Levels whose commonest values stand within three
    samples of each other are one level with a few inputs flipping."""
    from learnscope.read.levels import classes_in_turn

    last = np.array([0.48, 0.488, 0.484, 0.488, 0.492, 0.492, 0.492, 0.488, 0.488, 0.488])
    assert classes_in_turn(last, 250, classes=6) is None
    # two classes of shares far apart, output in turn, still are
    assert classes_in_turn(np.array([0.3, 0.3022, 0.2422, 0.3022, 0.2422, 0.3022]), 450) == [0.2422, 0.3022]


def test_classes_in_turn_may_visit_a_class_once_when_their_shares_make_up_the_whole_data():
    """fresh128's growing_lr-ic00 (three classes at 0.66 / 0.24 / 0.10, a rate that grows): validation
    accuracy over the last quarter takes only 0.6555, 0.2437 and once 0.1008, which add up to 1.0000:
    the model output each class in turn. A level seen once was no level before (a learning model can
    score any value once); shares that make up the whole data are no such chance."""
    from learnscope.read.levels import classes_in_turn

    assert classes_in_turn(np.array([0.6555, 0.6555, 0.2437, 0.2437, 0.6555, 0.2437, 0.1008, 0.2437, 0.6555,
                                      0.6555]), 238) == [0.1008, 0.2437, 0.6555]
    # the same visit to a value that, with the others, does not make up the whole data is no share
    assert classes_in_turn(np.array([0.6555, 0.6555, 0.2437, 0.2437, 0.6555, 0.2437, 0.0504, 0.2437, 0.6555,
                                      0.6555]), 238) is None


def test_a_first_layer_at_a_fifth_of_a_percent_of_the_last_layer_s_gradient_vanishes():
    """fresh168's large_init-kq00 (a Tracker run with probes, weights initialised far too large): after
    the blow-up its first layer's gradient norm sat at 2.4e-4 (median, second half) beside the output
    layer's 0.12, 0.2% of it, with the layers between at 4e-4 and 9e-4; it read dead units, diverging
    and chance but not the vanishing the labels expect, at a threshold of 0.1%. A layer whose gradient
    is a hundredth of the largest's or less learns a hundred times slower: it vanishes. A layer at a
    twentieth of it (a healthy net's first layer beside its output) does not."""
    rng = np.random.default_rng(2)
    level = {"0": 2.4e-4, "2": 4e-4, "4": 9e-4, "6": 0.12}
    h = probe_hist("grad_norm", {k: np.full(100, v) * rng.lognormal(0, 0.2, 100) for k, v in level.items()})
    f = vanishing_gradients(h)
    assert f and "0" in f[0].evidence["weak_layers"]
    healthy = {k: np.full(100, v) * rng.lognormal(0, 0.2, 100) for k, v in {"0": 6e-3, "2": 0.02, "6": 0.12}.items()}
    assert not vanishing_gradients(probe_hist("grad_norm", healthy))


def test_values_that_make_up_the_whole_data_are_every_class_s_share_however_close():
    """fresh185's lr_too_high-lh03 (three classes, a rate of 7.5 that blew the loss up at step 2):
    validation accuracy over its last ten epochs takes only 0.302, 0.348 and 0.35 on 500 samples,
    which add up to 1.000: the model output each class in turn, two of them of nearly the same share.
    Values within three samples were one level (one class, an input flipped), so it read two levels
    scored exactly in 7 of 10 evaluations, under the three quarters asked. As many values as the
    classes, adding up to the whole data, are the classes' shares; two values near 0.5 of a five-class
    model add up to one by chance (fresh128's tiny_val-ic05: 13 and 14 of 27)."""
    from learnscope.read.levels import classes_in_turn

    late = np.array([0.348, 0.302, 0.302, 0.302, 0.348, 0.348, 0.35, 0.302, 0.35, 0.35])
    assert classes_in_turn(late, 500) == [0.302, 0.348, 0.35]
    assert classes_in_turn(late, 500, classes=3) == [0.302, 0.348, 0.35]
    assert classes_in_turn(late, 500, classes=5) is None
    near_half = np.array([0.4815, 0.5185, 0.4815, 0.4815, 0.5185, 0.4815, 0.4815, 0.4815, 0.4815, 0.4815])
    assert classes_in_turn(near_half, 27, classes=5) is None


def test_validation_clearly_improving_needs_the_training_side_only_to_lean_the_same_way():
    """fresh184's lr_too_low-lg03 (a rate of 3e-5, evaluated every N steps): its validation loss fell
    in a straight line to the end (1.017 -> 0.810, t = 99 over the last quarter) while the training
    loss, single batches' losses, fell too but noisily (t = 2.0 over its last quarter, under the 2
    asked). It read underfitting ("stopped improving") and not slow_convergence. The whole validation
    set says the model is still learning; the training side need only lean the same way (t >= 1)."""
    rng = np.random.default_rng(8)
    i = np.arange(40)
    train, val = 1.0 - 0.004 * i + rng.normal(0, 0.03, 40), 1.0 - 0.005 * i + rng.normal(0, 0.001, 40)
    from learnscope.read.slow import late_slope

    assert 1.0 <= late_slope(train, 0.25)[1] < 2.0
    f = rules.slow_convergence(hist(loss=train, val_loss=val))
    assert f and f[0].evidence["series"] == "val_loss"
    # a training loss that does not lean that way (t under 1) is no confirmation
    rng = np.random.default_rng(7)
    train, val = 1.0 - 0.004 * i + rng.normal(0, 0.03, 40), 1.0 - 0.005 * i + rng.normal(0, 0.001, 40)
    assert late_slope(train, 0.25)[1] < 1.0
    assert not rules.slow_convergence(hist(loss=train, val_loss=val))


def test_jumps_after_a_first_epoch_that_blew_up_are_measured_from_where_training_started():
    """fresh57's high_bounded_lr-gj04 (a tracker run, 2 classes, a rate of 0.0235): epoch 1 averaged
    10.37 (ln 2 is 0.69), then the loss bounced between 0.09 and 0.32 for 40 epochs, up by 28% to 170%
    six times. Measured from 10.37, every later loss was "near zero", where only doublings count, and
    the oscillation went unsaid; measured from ln 2, where training started, it is said."""
    loss = [10.3662, 0.4256, 0.3173, 0.2603, 0.2316, 0.2054, 0.2104, 0.1739, 0.1798, 0.1817, 0.193, 0.1897,
            0.1878, 0.1393, 0.1414, 0.2935, 0.305, 0.2348, 0.1465, 0.1521, 0.1962, 0.1473, 0.1693, 0.1996,
            0.1627, 0.1785, 0.175, 0.2872, 0.1845, 0.1082, 0.2306, 0.1351, 0.1602, 0.1582, 0.1923, 0.1977,
            0.1071, 0.1014, 0.1168, 0.3154, 0.1099, 0.1026, 0.1311, 0.093, 0.0965]
    f = rules.unstable(hist(config={"num_classes": 2}, loss=loss))
    assert f and f[0].evidence["jumps"] >= 5
    # the same losses after a first epoch at the start (no blow-up) read the same
    assert rules.unstable(hist(config={"num_classes": 2}, loss=[0.69] + loss[1:]))
    # a run that started below its first epoch's mean keeps the first epoch as its start: a loss that fell
    # from 4 to 0.1 and moves by 30% there is near zero, as before
    calm = list(4.0 * np.exp(-np.arange(40) / 3) + 0.004 * (1 + 0.3 * (np.arange(40) % 2)))
    assert not rules.unstable(hist(config={"num_classes": 100}, loss=calm))


def test_a_steady_climb_is_measured_without_the_single_bad_evaluations_a_high_rate_threw_up():
    """fresh214's unstable_hard_data-mk01 (a tracker run, a rate of 1.28, 80 epochs): after its best
    around epoch 28 (0.158) the validation loss climbed steadily to 0.246 while the training loss fell to
    0.007, but three evaluations thrown far up (0.55, 0.45, 0.37) swamped the scatter a line through the
    52 points after the best is measured against, and the rise (2.7 sigma) stayed inside the allowance for
    a lucky best: it read unstable alone. Without those three, the line climbs at t = 10: overfitting."""
    loss = [0.6725, 0.4217, 0.3438, 0.2436, 0.2232, 0.1858, 0.1844, 0.2596, 0.1778, 0.1699, 0.1249, 0.1166,
            0.1093, 0.2702, 0.12, 0.43, 0.1281, 0.1664, 0.1072, 0.1114, 0.0863, 0.1855, 0.1559, 0.0962, 0.0777,
            0.0789, 0.0718, 0.0616, 0.0541, 0.0652, 0.0586, 0.0568, 0.0649, 0.0456, 0.0673, 0.0422, 0.0393,
            0.0358, 0.0342, 0.0345, 0.0306, 0.0308, 0.0291, 0.0292, 0.0282, 0.0795, 0.027, 0.0279, 0.0237,
            0.0214, 0.0209, 0.0213, 0.0208, 0.0191, 0.017, 0.0616, 0.0181, 0.0156, 0.0146, 0.0134, 0.0145,
            0.013, 0.0119, 0.0143, 0.0118, 0.0117, 0.0105, 0.0104, 0.0099, 0.0096, 0.0247, 0.0102, 0.0094,
            0.0087, 0.0084, 0.0081, 0.0085, 0.0075, 0.0072, 0.007]
    val = [0.4689, 0.6536, 0.2977, 0.2866, 0.1819, 0.2888, 0.9303, 0.1767, 0.3275, 0.1515, 0.1485, 0.1359,
           0.7078, 0.1821, 1.1236, 0.1701, 0.3312, 0.1478, 0.1982, 0.1453, 0.5779, 0.5409, 0.2094, 0.1598,
           0.1465, 0.1461, 0.1805, 0.1411, 0.1519, 0.1626, 0.1965, 0.1993, 0.1448, 0.1957, 0.2118, 0.1555,
           0.1577, 0.1872, 0.1637, 0.1604, 0.1939, 0.2212, 0.1898, 0.1816, 0.5492, 0.1829, 0.2176, 0.1809,
           0.1714, 0.2158, 0.2298, 0.1955, 0.2069, 0.2065, 0.4549, 0.1928, 0.2208, 0.2098, 0.2122, 0.2139,
           0.2204, 0.2123, 0.2263, 0.2112, 0.219, 0.2242, 0.2389, 0.221, 0.2432, 0.3655, 0.2274, 0.2199,
           0.2292, 0.2321, 0.2425, 0.2414, 0.2455, 0.2437, 0.2487, 0.246]
    f = rules.overfitting(hist(loss=loss, val_loss=val))
    assert f and 26 <= f[0].epoch <= 30
    assert "leaving out 3 single bad evaluations" in f[0].message
    # the same climb without bad evaluations is found as before, and says nothing was left out
    calm = list(val[:30]) + list(np.linspace(0.16, 0.246, 50))
    g = rules.overfitting(hist(loss=loss, val_loss=calm))
    assert g and "leaving out" not in g[0].message
    # bad evaluations on a flat line make no climb
    flat = [0.2] * 30 + [0.2 + 0.004 * ((i * 7) % 5 - 2) for i in range(50)]
    flat[40], flat[55], flat[70] = 0.6, 0.5, 0.45
    assert not rules.overfitting(hist(loss=loss, val_loss=flat))


def test_the_best_is_measured_without_a_bad_evaluation_beside_it():
    """fresh220's healthy_sgd_schedules-mq04 (a regression, momentum, a step schedule, 65 epochs): the
    validation loss reached 0.2745 at epoch 7, right after an evaluation thrown up to 0.3487, then rose
    steadily to 0.3055 while the training loss fell from 0.19 to 0.08. The best, the mean of the three
    evaluations around it, took in the thrown-up one (0.304): the rise to the end was 0.0015, and it read
    healthy. Without it the best is 0.2817 and the rise 0.024: overfitting from epoch 7. The last point of
    a steep fall into the best is no bad evaluation: a curve that falls fast to its best and rises only a
    little after it stays healthy."""
    loss = [0.9943, 0.5118, 0.3105, 0.2459, 0.1998, 0.1944, 0.1925, 0.1705, 0.1589, 0.1542, 0.1463, 0.1423,
            0.1375, 0.1444, 0.1538, 0.1299, 0.1188, 0.1159, 0.109, 0.11, 0.113, 0.09601, 0.09134, 0.0907, 0.09042,
            0.08976, 0.0889, 0.08757, 0.08798, 0.08725, 0.08685, 0.09011, 0.08754, 0.08537, 0.08567, 0.08531,
            0.08449, 0.08366, 0.0837, 0.08264, 0.08255, 0.0822, 0.08112, 0.08106, 0.08098, 0.08091, 0.08088,
            0.08084, 0.08075, 0.08072, 0.08067, 0.08067, 0.08062, 0.08057, 0.08048, 0.08048, 0.08042, 0.0804,
            0.08032, 0.08031, 0.08026, 0.08021, 0.08019, 0.08008, 0.08007]
    val = [0.7216, 0.3638, 0.3097, 0.2985, 0.2705, 0.3487, 0.2745, 0.2888, 0.2745, 0.2904, 0.2829, 0.2788,
           0.2979, 0.2857, 0.2888, 0.287, 0.3096, 0.2903, 0.2957, 0.2988, 0.2908, 0.2914, 0.2938, 0.299, 0.3019,
           0.2996, 0.2997, 0.3, 0.2984, 0.3027, 0.3011, 0.2992, 0.3039, 0.2993, 0.3029, 0.3036, 0.305, 0.3044,
           0.303, 0.3035, 0.3045, 0.3046, 0.3044, 0.3046, 0.3047, 0.3046, 0.3046, 0.3051, 0.3053, 0.3055, 0.3053,
           0.3055, 0.3056, 0.3056, 0.3055, 0.3053, 0.3054, 0.3056, 0.3057, 0.3056, 0.3056, 0.3055, 0.3054,
           0.3054, 0.3054]
    f = rules.overfitting(hist(loss=loss, val_loss=val))
    assert f and f[0].epoch == 7 and f[0].evidence["best"] == pytest.approx((0.2745 + 0.2888) / 2)
    assert "the mean of the 2 epochs there" in f[0].message
    # a steep fall into the best: its last point stays in the mean, and a small rise after it is no overfitting
    fall = list(np.geomspace(0.7, 0.2745, 7)) + [0.2745 + 0.0002 * ((i * 7) % 5) for i in range(58)]
    assert not rules.overfitting(hist(loss=loss, val_loss=fall))


def test_a_rise_beyond_the_noise_needs_no_tenth_off_the_training_loss():
    """fresh231's early_stopping-mb00 (Lightning, EarlyStopping with patience 8): the validation loss was
    best around epoch 10 (0.3196, the mean of three) and ended at 0.336, 6% and 7.5 sigma above it, while
    the training loss fell from 0.2866 to 0.2608 (8%). The rule asked the training loss to fall by a tenth
    after the best, an allowance that hid a rise well beyond the noise; a twentieth shows the model still
    learning its training data at the validation's cost. A training loss that fell 3% while the validation
    drifted up is a converged model, not overfitting."""
    loss = [0.7351, 0.5766, 0.5207, 0.4727, 0.4186, 0.3721, 0.3379, 0.3176, 0.3008, 0.2866, 0.278, 0.2739,
            0.272, 0.269, 0.2671, 0.2664, 0.2643, 0.2608]
    val = [0.5866, 0.547, 0.5066, 0.4545, 0.4092, 0.3778, 0.3595, 0.3403, 0.323, 0.3165, 0.3193, 0.3262,
           0.3314, 0.3349, 0.3367, 0.3364, 0.3357, 0.336]
    f = rules.overfitting(hist(loss=loss, val_loss=val))
    assert f and f[0].epoch == 10 and f[0].evidence["best"] == pytest.approx((0.323 + 0.3165 + 0.3193) / 3)
    assert f[0].evidence["z"] > 5
    # the same validation curve beside a training loss that fell only 3% after the best: converged
    flat = loss[:10] + [0.2866 - 0.0011 * i for i in range(1, 9)]
    assert not rules.overfitting(hist(loss=flat, val_loss=val))


def test_a_curve_frozen_by_a_rate_decayed_to_nothing_is_measured_where_it_still_moved():
    """fresh197's plateau_scheduler-lt00 (ReduceLROnPlateau cutting the rate twentyfold each time): the
    validation loss was thrown between 0.018 and 0.072 while the rate was high, was lowest around epoch 18
    (0.0189) and froze at 0.0206 once the rate had fallen to nothing, while training froze too. The frozen
    points all but agree, so their scatter made the noise 0.00003 and the end "63.9 sigma" above the best:
    overfitting. A frozen stretch measures no noise (the model stopped changing) and is one measurement of
    where the last noisy evaluation left it: measured where the curve still moved, 9% above that best is
    noise. A validation loss that climbed at every evaluation after its best before it froze is still
    overfitting."""
    loss = [0.19, 0.05342, 0.03628, 0.0215, 0.01662, 0.02102, 0.0167, 0.01898, 0.01308, 0.01165, 0.011, 0.01595,
            0.01632, 0.0113, 0.02234, 0.01745, 0.01885, 0.01163, 0.008796, 0.008182, 0.008042, 0.008001,
            0.007987, 0.007845, 0.007794, 0.00779, 0.007788, 0.007791, 0.007787, 0.007783, 0.00778] + [0.007779] * 21
    val = [0.09632, 0.03406, 0.03533, 0.04608, 0.02363, 0.01952, 0.03527, 0.03006, 0.01872, 0.01848, 0.04931,
           0.05573, 0.02334, 0.03385, 0.07235, 0.02418, 0.01968, 0.01766, 0.01939, 0.02177, 0.02234, 0.02159,
           0.02166, 0.02081, 0.02076, 0.02074, 0.02074, 0.02066, 0.02064] + [0.02065] * 6 + [0.02064] * 17
    assert not rules.overfitting(hist(loss=loss, val_loss=val))
    # the same run whose validation loss climbed at every evaluation after the best, then froze 60% up
    climbed = val[:18] + [0.01766 * (1 + 0.1 * i) for i in range(1, 7)] + [0.01766 * 1.6] * 28
    f = rules.overfitting(hist(loss=loss, val_loss=climbed))
    assert f and f[0].epoch == 18


def test_an_accuracy_that_repeats_its_values_is_not_a_frozen_curve():
    """A validation accuracy on a finite set takes the same value at many evaluations (0.875 of 40
    samples six times running) while the model keeps changing: quantisation, not a rate decayed to
    nothing. Its end is as many measurements as it has points, and its noise the binomial one; only a
    loss that stops moving at the fourth digit is a frozen curve."""
    up = [0.5, 0.6, 0.675, 0.75, 0.8, 0.85, 0.875, 0.9, 0.925, 0.95, 0.95]
    down = [0.95, 0.925, 0.925, 0.925, 0.9, 0.9, 0.9, 0.9] + [0.875] * 6 + [0.85] * 6
    va = up + down
    loss = list(0.7 * np.exp(-np.arange(len(va)) / 6) + 0.01)
    f = rules.overfitting(hist(loss=loss, val_accuracy=va))
    assert f and "the mean of the 3 epochs there" in f[0].message
    ev = f[0].evidence
    k = int(np.clip((len(va) - (ev["onset_epoch"] - 1)) // 2, 2, 10))
    assert ev["z"] == pytest.approx(ev["change"] / (ev["sigma"] * math.sqrt(1 / k + 1 / 3)))


def test_training_loss_that_never_moved_is_a_plateau_whatever_validation_outliers_do():
    """A regression whose epoch-mean training loss sat at 0.0333 for 50 epochs (within 0.2%), beside a
    validation loss flat at 0.0287 but for four evaluations it came back from at once (the public
    isl-flat log's shape). Those outliers bend validation's trend beyond 2% of its level in places, so
    it is not flat from its first point, and the run read healthy; it never moved: a plateau that says
    whatever it learned came by its first epoch. With validation falling 4% steadily the model is
    learning what the noisy training side hides: no plateau."""
    rng = np.random.default_rng(7)
    loss = 0.03325 + 0.00004 * rng.standard_normal(50)
    val = 0.02868 + 0.00008 * rng.standard_normal(50)
    val[[4, 16, 35, 47]] = [0.0302, 0.0295, 0.0309, 0.0298]
    f = rules.plateau(hist(loss=loss, val_loss=val))
    assert f and f[0].evidence["kind"] == "never" and f[0].evidence["series"] == "loss", f
    assert "whatever it learned, it learned by its first epoch" in f[0].message
    assert ls.read(hist(loss=loss, val_loss=val)).verdict == "plateau"
    falling = np.linspace(0.0300, 0.0288, 50) + 0.00008 * rng.standard_normal(50)
    assert not rules.plateau(hist(loss=loss, val_loss=falling))


def test_a_run_that_logged_only_validation_is_judged_slow_on_it():
    """Only a validation loss, 10 epochs on 10 classes (ln 10 = 2.30), still falling 0.04-0.05 an epoch
    at the end (the public eurosat log, 2.274 to 1.877): nothing else can show the run still learning,
    and the slow rule, which asked a training curve to lean the same way first, read it healthy. A
    validation loss that levelled off is no reason to train longer."""
    rng = np.random.default_rng(3)
    falling = 2.274 - 0.044 * np.arange(10) + 0.002 * rng.standard_normal(10)
    f = rules.slow_convergence(hist(val_loss=falling))
    assert f and f[0].evidence["series"] == "val_loss"
    assert ls.read(hist(val_loss=falling)).verdict == "slow_convergence"
    flat = 1.9 + 0.4 * np.exp(-np.arange(20) / 2) + 0.002 * rng.standard_normal(20)
    assert not rules.slow_convergence(hist(val_loss=flat))


def test_a_test_split_evaluated_every_epoch_stands_in_for_a_missing_validation_split():
    """A PyTorch-tutorial log: training loss and a test loss and accuracy evaluated after every epoch,
    no validation split (the public dscse-cifar log). The test curve is the held-out curve there is:
    overfitting, the best epoch and the summary are judged on it and named for it, and a note says that
    an epoch chosen by the test set makes its score optimistic. Read before as having no validation
    series at all. A test score logged once, at the end, is no curve: still nothing to judge by."""
    n = 30
    h = hist(loss=list(decay(n, 1.5, 0.05, 0.2)))
    test_loss = 0.5 + 0.8 * np.exp(-np.arange(n) / 3) + 0.012 * np.maximum(np.arange(n) - 10, 0)
    h.add(Series("loss", "test", "epoch", step=np.arange(n), epoch=np.arange(1.0, n + 1), value=test_loss))
    h.add(Series("accuracy", "test", "epoch", step=np.arange(n), epoch=np.arange(1.0, n + 1),
                 value=np.minimum(0.5 + 0.03 * np.arange(n), 0.8)))
    r = ls.read(h)
    assert r.verdict == "overfitting" and r.first("overfitting").evidence["series"] == "test_loss"
    assert r.first("overfitting").message.startswith("test loss")
    note = r.first("insufficient_data")
    assert note.message.startswith("No validation split: generalisation judged on the test split")
    assert "keep the test set" in note.advice
    assert any(line.startswith("Loss: training went down") and "; test went" in line for line in r.summary["lines"])
    assert "validation" in r.summary["loss"]  # the numbers keep their key: the role, not the name
    once = hist(loss=list(decay(n)))
    once.add(Series("loss", "test", "epoch", step=[n - 1], epoch=[float(n)], value=[0.3]))
    assert "overfitting and generalisation (no validation series)" in ls.read(once).first("insufficient_data").message
