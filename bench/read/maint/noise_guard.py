"""noise_guard.py: pure-noise validation curves (a fall then flat, plus noise) with a falling training loss:
how many read overfitting (they should not). Also with single spikes thrown in."""
import sys
import numpy as np
from learnscope.history import History
from learnscope.read import rules
n_hit = 0; total = 0; spikes_hit = 0
for seed in range(int(sys.argv[1]) if len(sys.argv) > 1 else 3000):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(30, 101)); level = 0.3
    t = np.arange(n)
    shape = seed % 3
    base = level + (0.4 * np.exp(-t / 3) if shape == 0 else 0.4 * np.exp(-t / 8) if shape == 1 else 0.0 * t)
    noise = rng.uniform(0.02, 0.08) * level
    val = base + rng.normal(0, noise, n)
    loss = list(0.5 * np.exp(-t / 10) + 0.05)
    f = rules.overfitting(History.from_dict({"loss": loss, "val_loss": list(val)}))
    n_hit += bool(f); total += 1
    v2 = val.copy()
    for j in rng.choice(np.arange(3, n), size=max(1, n // 20), replace=False):
        v2[j] += rng.uniform(5, 15) * noise
    spikes_hit += bool(rules.overfitting(History.from_dict({"loss": loss, "val_loss": list(v2)})))
print(f"{total} noise curves: overfitting {n_hit}; with single spikes: {spikes_hit}")
