"""The labeller's own curve checks (bench/read/curve_checks.py), which never use learnscope.read."""

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench" / "read"))
import curve_checks as ck  # noqa: E402

from learnscope.history import History  # noqa: E402


def _runs(**curves):
    return ck.Runs(History.from_dict(curves), {})


def test_an_accuracy_still_climbing_keeps_still_improving_from_being_plainly_false():
    """too_few_epochs-fo03 of the corpus (10 epochs at rate 3e-4): the losses fell 0.6% an epoch at the
    end, under the 2% a quarter the loss check asks even loosely, while training accuracy climbed 8
    points and validation's 3 over the last four epochs. The same losses beside accuracies that
    stopped climbing are not."""
    loss = [1.1238, 1.1075, 1.0945, 1.0829, 1.0735, 1.0644, 1.0566, 1.0496, 1.0427, 1.0368]
    val_loss = [1.1084, 1.1, 1.0921, 1.0853, 1.0792, 1.074, 1.0699, 1.0641, 1.0601, 1.0566]
    acc = [0.3025, 0.325, 0.3675, 0.3875, 0.4175, 0.4425, 0.4587, 0.4838, 0.5062, 0.5225]
    val_acc = [0.386, 0.386, 0.394, 0.404, 0.414, 0.428, 0.43, 0.444, 0.446, 0.458]
    climbing = _runs(loss=loss, val_loss=val_loss, accuracy=acc, val_accuracy=val_acc)
    assert not ck.still_improving(climbing, loose=True)[0]
    assert ck.accuracy_still_rising(climbing)[0]
    flat = [*val_acc[:6], 0.43, 0.429, 0.431, 0.43]
    assert not ck.accuracy_still_rising(_runs(loss=loss, val_loss=val_loss, accuracy=acc, val_accuracy=flat))[0]


def test_a_training_loss_flat_from_the_start_never_moved():
    # a regression predicting its targets' mean: flat after the first epoch's mean, which the issue calls
    # a plateau (a flat line from the start), so the labels do not call plateau plainly false there
    rng = np.random.default_rng(0)
    flat = [1.023] + list(1.0 + rng.normal(0, 0.001, 19))
    assert ck.never_moved(_runs(loss=flat))[0]
    learning = [1.023] + list(np.linspace(0.95, 0.5, 19))
    assert not ck.never_moved(_runs(loss=learning))[0]


def test_a_smooth_rise_after_a_bend_is_overfitting_whatever_the_bend():
    """early_stopping-fb03 of the corpus (Lightning, stopped by EarlyStopping): validation loss 0.09 at
    epoch 10, then 0.14 five epochs later, every step up, while the training loss fell to 0.002. The
    first differences' noise (0.017) is the curve's bend into and out of its minimum, and put the rise
    under 3 sigma; the second differences see the curve is smooth. A curve as noisy as its bend is not."""
    val_loss = [0.5153, 0.374, 0.2786, 0.2014, 0.1518, 0.1226, 0.1018, 0.0965, 0.0909, 0.09, 0.095, 0.1048,
                0.115, 0.126, 0.1395]
    loss = [0.6952, 0.467, 0.3118, 0.2129, 0.1494, 0.1072, 0.0788, 0.0541, 0.0369, 0.024, 0.0164, 0.0105,
            0.0065, 0.0036, 0.002]
    assert ck.sigma(np.array(val_loss), 2) < ck.sigma(np.array(val_loss)) / 3
    ok, ev = ck.overfitting(_runs(loss=loss, val_loss=val_loss))
    assert ok and ev["onset"] == 10
    rng = np.random.default_rng(0)
    noisy = list(np.array(val_loss) + rng.normal(0, 0.03, len(val_loss)))
    assert not ck.overfitting(_runs(loss=loss, val_loss=noisy))[0]
