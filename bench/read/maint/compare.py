"""compare.py A.pkl B.pkl [N]: per-code gains/losses of recall and false alarms between two dumps."""
import pickle, sys
a, b = pickle.load(open(sys.argv[1], "rb")), pickle.load(open(sys.argv[2], "rb"))
n = int(sys.argv[3]) if len(sys.argv) > 3 else 8
ids = sorted(set(a) & set(b))
changed = [i for i in ids if a[i]["codes"] != b[i]["codes"]]
print(f"{len(ids)} runs in both, {len(changed)} changed codes")
tot_g = tot_l = 0
for code in ["healthy", "overfitting", "underfitting", "diverging", "non_finite", "chance_level", "slow_convergence",
             "unstable", "noisy_validation", "plateau", "vanishing_gradients", "exploding_gradients", "dead_units"]:
    gain = [i for i in changed if code in a[i]["label"]["expected"] and code not in a[i]["codes"] and code in b[i]["codes"]]
    lose = [i for i in changed if code in a[i]["label"]["expected"] and code in a[i]["codes"] and code not in b[i]["codes"]]
    fa_new = [i for i in changed if code in a[i]["label"]["false"] and code not in a[i]["codes"] and code in b[i]["codes"]]
    fa_gone = [i for i in changed if code in a[i]["label"]["false"] and code in a[i]["codes"] and code not in b[i]["codes"]]
    if gain or lose or fa_new or fa_gone:
        pos = sum(code in a[i]["label"]["expected"] for i in ids)
        neg = sum(code in a[i]["label"]["false"] for i in ids)
        ra = sum(code in a[i]["label"]["expected"] and code in a[i]["codes"] for i in ids)
        fa = sum(code in a[i]["label"]["false"] and code in a[i]["codes"] for i in ids)
        print(f"{code:20s} recall +{len(gain)} -{len(lose)} ({ra}/{pos} -> {ra+len(gain)-len(lose)}/{pos})   "
              f"FA +{len(fa_new)} -{len(fa_gone)} ({fa}/{neg} -> {fa+len(fa_new)-len(fa_gone)}/{neg})")
        for nm, lst in (("gain", gain), ("lose", lose), ("FA+", fa_new), ("FA-", fa_gone)):
            if lst:
                print(f"    {nm}: " + "; ".join(f"{i} ({a[i]['label']['condition']})" for i in lst[:n]))
        tot_g += len(gain) + len(fa_gone); tot_l += len(lose) + len(fa_new)
print(f"total right +{tot_g} wrong +{tot_l}")
