"""score.py A.pkl: per-code recall / FA on calibration, heldout and the fresh parts."""
import pickle, sys
a = pickle.load(open(sys.argv[1], "rb"))
CODES = ["healthy", "overfitting", "underfitting", "diverging", "non_finite", "chance_level", "slow_convergence",
         "unstable", "noisy_validation", "plateau", "vanishing_gradients", "exploding_gradients", "dead_units"]
groups = {"calibration": lambda s: s == "calibration", "heldout": lambda s: s == "heldout", "fresh": lambda s: s.startswith("fresh")}
print(f"{'code':20s}" + "".join(f"{g:>28s}" for g in groups))
for code in CODES:
    row = f"{code:20s}"
    for g, f in groups.items():
        cs = [c for c in a.values() if f(c["split"])]
        pos = [c for c in cs if code in c["label"]["expected"]]
        neg = [c for c in cs if code in c["label"]["false"]]
        fd = sum(code in c["codes"] for c in pos); al = sum(code in c["codes"] for c in neg)
        row += f"{fd:6d}/{len(pos):<5d}{fd/max(len(pos),1):.3f} {al:4d}/{len(neg):<5d}"
    print(row)
