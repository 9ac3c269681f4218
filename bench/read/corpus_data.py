"""The corpus' data sets: scikit-learn's bundled and generated ones, split and scaled.

A data set is named by a short key and a few knobs that change what users change
(sample count, label noise, class imbalance, features withheld):

>>> d = dataset({"name": "moons", "n": 400, "noise": 0.3}, n_val=100, seed=0)
>>> d.x_train.shape, d.x_val.shape, d.classes
((300, 2), (100, 2), 2)
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

CLASSIFICATION = ("digits", "iris", "wine", "breast_cancer", "moons", "circles", "blobs",
                  "clf_noisy", "clf_imbalanced")
REGRESSION = ("diabetes", "regression", "friedman1", "friedman2", "friedman3", "sparse", "swiss_roll", "s_curve",
              "low_rank", "sines", "products", "absum", "wave", "teacher_reg", "rational",
              "piecewise", "poly", "sinc", "mixed", "bumps", "logprod", "gabor", "maxmin", "sawtooth",
              "smoothmax", "triple", "hinge", "stairs", "mindist", "rbfreg", "bilinear",
              "switch", "logistic", "peaks", "ratio", "rosen", "ackley", "styblinski", "levy",
              "griewank", "branin", "hartmann", "zakharov", "camel", "dixon", "powell", "booth", "bohachevsky", "matyas",
              "himmelblau", "mccormick", "beale", "threehump", "rastrigin", "sumpowers", "trid",
              "schwefel", "goldstein", "colville", "bukin", "eggcrate", "dropwave", "schaffer", "shekel",
              "holder", "alpine", "salomon", "qing", "sumsquares", "zettl", "exponential", "quartic", "rotellipsoid",
              "periodic", "logcosh", "softplus", "brent", "bartels", "leon", "zirilli", "wavy",
              "sinexp", "ridge", "sqrtsum", "huber3", "tentmap", "arcsinh2", "sincube", "gausswell", "atanmix",
              "gaussbump", "expmix", "ratioprod", "sinhmix", "cosexp", "sigprod", "logcosh2", "tanhcos",
              "powsum")
# The fresh part's data sets (see ``fresh_data``): never trained on before the rules of a
# session were frozen, so the fresh part measures them on data nobody looked at.
FRESH = ("quantiles", "hastie", "friedman2", "friedman3", "sparse")
# The second fresh part's (fresh2), made in a later session in the same way.
FRESH2 = ("spirals", "xor", "swiss_roll", "s_curve", "low_rank")
# The third's (fresh3): generated here, with numpy.
FRESH3 = ("rings", "sectors", "checkerboard", "sines", "products")
# The fourth's (fresh4), also generated with numpy, in a later session.
FRESH4 = ("ball", "bands", "clusters", "absum", "wave")
# The fifth's (fresh5): labels and targets from random teacher networks, and classes told by spread.
FRESH5 = ("teacher", "scale", "teacher_reg", "rational")
# The sixth's (fresh6): ordinal classes cut by hyperplanes, classes on lines, and two regressions.
FRESH6 = ("hyperplanes", "lines", "piecewise", "poly")
# The seventh's (fresh7): polar cells, sign votes, and two more regressions.
FRESH7 = ("polar", "vote", "sinc", "mixed")
# The eighth's (fresh8): nearest-anchor cells, bins of a quadratic form, and two more regressions.
FRESH8 = ("voronoi", "quadric", "bumps", "logprod")
# The ninth's (fresh9): labels sampled from a softmax teacher, a decision list, and two regressions.
FRESH9 = ("softmax", "treelist", "gabor", "maxmin")
# The tenth's (fresh10): angles around a torus, the largest feature, and two more regressions.
FRESH10 = ("torus", "argmax", "sawtooth", "smoothmax")
# The eleventh's (fresh11): arcs of a helix, classes of correlated latent factors, two regressions.
FRESH11 = ("helix", "latent", "triple", "hinge")
# The twelfth's (fresh12): Gaussian components of random shapes, bins of two interfering waves, a
# staircase and a distance-to-the-nearest-anchor regression.
FRESH12 = ("mixture", "moire", "stairs", "mindist")
# The thirteenth's (fresh13): classes of random RBF expansions, bins of a random cubic, an RBF
# regression and a bilinear one.
FRESH13 = ("rbf", "cubic", "rbfreg", "bilinear")
# The fourteenth's (fresh14): classes of many labelled prototypes, bins of a warped hyperplane, a
# regression that switches function by region and a sum of logistic steps.
FRESH14 = ("protos", "warp", "switch", "logistic")
# The fifteenth's (fresh15): cells of a random hyperplane arrangement, nested random ellipsoids, a
# "peaks" surface and a ratio of two features' functions; the small one, cones (after its healthy
# runs' labels: shells of 160 points came out at chance).
FRESH15 = ("arrangement", "ellipsoids", "cones", "peaks", "ratio")
# The sixteenth's (fresh16): classes of a random boolean formula of thresholds, nearest anchors in a
# tanh-warped space, and Rosenbrock and Ackley regressions.
FRESH16 = ("dnf", "tanhcells", "rosen", "ackley")
# The seventeenth's (fresh17): classes of random Fourier features, cells of a tilted lattice, and
# the Styblinski-Tang and Levy functions as regressions (after the healthy runs' labels: Styblinski-Tang
# on inputs of spread 1.5 and circles' lattice of unit cells were moved to spread 1 and cells of 2).
FRESH17 = ("fourier", "lattice", "styblinski", "levy")
# The eighteenth's (fresh18): nearest anchors by L1 distance on heavy-tailed inputs, Gaussian classes
# of random covariances (quadratic boundaries), and the Griewank and Branin functions as regressions.
FRESH18 = ("manhattan", "qda", "griewank", "branin")
# The nineteenth's (fresh19): the rank of one feature among others, Gaussian blobs with heavy-tailed
# (Student-t) spread, and the Hartmann-3 and Zakharov functions as regressions (after the healthy runs'
# labels: the small, breast_cancer, circles and clf roles swapped data sets (heavy-tailed blobs of 160
# or 600 points overfit, 3 of 4; ranks among 3 or 4 others came out at chance or slow, 5 of 6), the
# small role's blobs then sat further apart (ranks of 160 points overfit or came out at chance, 4 of
# 4), and Zakharov's inputs went from a half to a third of their spread (2 of 3 long healthy runs
# overfit either way: its noise, not its tail, is what they fit).
FRESH19 = ("rank", "tblobs", "hartmann", "zakharov")
# The twentieth's (fresh20): bands between shifted sine curves, nested squares (bins of the largest
# absolute feature), and the six-hump camel and Dixon-Price functions as regressions (after the
# healthy runs' labels: the small role moved from squares to sine bands (2 of 2 came out at chance or
# a plateau) and the sine's amplitude and frequency from 1.2 and 1.5 to 0.8 and 1 (4 of 5 runs with
# two features came out underfitting or slow).
FRESH20 = ("sinebands", "squares", "camel", "dixon")
# The twenty-first's (fresh21): orthants of random planes through the origin given random classes,
# parallel stripes, and the Powell and Booth functions as regressions (after the healthy runs' labels
# the stripes were made twice as wide: 1 wide, 12 of 19 healthy runs on them came out at chance, a
# plateau, slow or underfitting).
FRESH21 = ("orthants", "stripes", "powell", "booth")
# The twenty-second's (fresh22): quantiles of a quotient of two features, the largest of K products
# of feature pairs, and the Bohachevsky and Matyas functions as regressions.
FRESH22 = ("quotient", "pairprod", "bohachevsky", "matyas")
# The twenty-third's (fresh23): how many of a few random projections are positive, binned (counts),
# the angle between two random projections of the features, binned (cosine), and the Himmelblau and
# McCormick functions as regressions (after the healthy runs' labels the small and the two-feature
# roles moved from cosine to counts: 3 of 3 small runs came out at chance, 4 of 5 two-feature runs
# slow or underfitting).
FRESH23 = ("counts", "cosine", "himmelblau", "mccormick")
# The twenty-fourth's (fresh24): bins of the spread (standard deviation) of the first features
# (spread), bins of the number of sign changes along the feature vector (signflips), and the Beale
# and three-hump camel functions as regressions (21 of its 33 healthy runs came out healthy; moving
# the small role to a spread of 2 features and the make_classification roles to spread gave 20, so
# the draw kept its first form).
FRESH24 = ("spread", "signflips", "beale", "threehump")
# The twenty-fifth's (fresh25): bins of the ratio of the norms of two groups of features (normratio),
# bins of the median of the first features (median), and the Rastrigin (at a small spread) and
# sum-of-different-powers functions as regressions.
FRESH25 = ("normratio", "median", "rastrigin", "sumpowers")
# The twenty-sixth's (fresh26): bins of the largest gap between the sorted first features (gaps), bins
# of the entropy of a softmax over the first features (entropy), and the Trid and Schwefel 2.22
# functions as regressions.
FRESH26 = ("gaps", "entropy", "trid", "schwefel")
# The twenty-seventh's (fresh27): bins of the second largest of the first features (secondmax), bins of
# their L0.5 "norm" (lhalf), and the Goldstein-Price and Colville functions as regressions (both
# through a log).
FRESH27 = ("secondmax", "lhalf", "goldstein", "colville")
# The twenty-eighth's (fresh28): bins of the smallest absolute value among the first features (minabs),
# bins of the highest point of their running sum (walkmax), and the Bukin N.6 and egg-crate functions as
# regressions.
FRESH28 = ("minabs", "walkmax", "bukin", "eggcrate")
# The twenty-ninth's (fresh29): bins of the log-sum-exp of the first features (lse), bins of the harmonic
# mean of their absolute values (hmean), and the Drop-Wave and Schaffer N.2 functions as regressions.
FRESH29 = ("lse", "hmean", "dropwave", "schaffer")
# The thirtieth's (fresh30): bins of the distance to a random line through the first three features
# (linedist), bins of the longest run of positive features (posrun), and the Shekel (four minima) and
# Hoelder table functions as regressions.
FRESH30 = ("linedist", "posrun", "shekel", "holder")
# The thirty-first's (fresh31): bins of the spread (standard deviation) of the first features (stdev),
# and the Alpine N.1 and Salomon functions as regressions; its other classification roles took fresh23's
# ``cosine`` (bins of the angle between two random projections: the draw meant a new data set by that
# name, but a name belongs to the first draw that has it, which this draw's read found too late).
FRESH31 = ("stdev", "alpine", "salomon")
# The thirty-second's (fresh32): bins of a sum of two products of features (prodsum), bins of where
# the first feature ranks among the first few (rankpos), and the Qing and sum-of-squares functions as
# regressions.
FRESH32 = ("prodsum", "rankpos", "qing", "sumsquares")
# The thirty-third's (fresh33): bins of the largest absolute feature among the first few (chebyshev),
# bins of the widest gap between the sorted first few features (sortgap), and the Zettl and exponential
# functions as regressions.
FRESH33 = ("chebyshev", "sortgap", "zettl", "exponential")
# The thirty-fourth's (fresh34): bins of how sparse the first features are (sparsity: their L1 norm
# over their L2 norm), bins of the cosine between two groups of features (halfcos), and the quartic
# and rotated hyper-ellipsoid functions as regressions.
FRESH34 = ("sparsity", "halfcos", "quartic", "rotellipsoid")
# The thirty-fifth's (fresh35): bins of the sum of cubes of the first features (cubesum), bins of a
# 2x2 determinant of features (det2), and the periodic function and a sum of log-cosh as regressions
# (Xin-She Yang's first function was dropped first: an MLP scored R^2 -1.0 to -1.6 on it).
FRESH35 = ("cubesum", "det2", "periodic", "logcosh")
# The thirty-sixth's (fresh36): bins of the difference of the norms of two groups of features
# (normdiff), bins of a sum of sines of the first features (sinsum), and a sum of softplus units of
# random directions and the Brent function as regressions.
FRESH36 = ("normdiff", "sinsum", "softplus", "brent")
# The thirty-seventh's (fresh37): bins of a cosine of the norm of the first features (cosnorm), bins of
# a product of three features plus the first (triad), and the Bartels-Conn and (the log of) the Leon
# functions as regressions.
FRESH37 = ("cosnorm", "triad", "bartels", "leon")
# The thirty-eighth's (fresh38): bins of a fixed random quadratic form of the first four features
# (quadform), bins of a sum of tanh units of fixed random directions (tanhsum), and the Zirilli
# and wavy functions as regressions.
FRESH38 = ("quadform", "tanhsum", "zirilli", "wavy")
# The thirty-ninth's (fresh39): bins of the distance to the nearest of a few points on a ring in the
# first two features (ringsum), bins of the largest absolute difference between neighbouring features
# (maxabsdiff), and a damped sine (sinexp) and the ridge function as regressions (the Langermann
# function was dropped first: an MLP scored R^2 -0.9 to -1.2 on it).
FRESH39 = ("ringsum", "maxabsdiff", "sinexp", "ridge")
# The forty-first's (fresh41): bins of a difference of two features' gaps (pairgap), bins of a sine of
# a rotated feature plus another (rotsine), and a sum of square roots of sizes (sqrtsum) and a sum of
# Huber functions (huber3) as regressions.
FRESH41 = ("pairgap", "rotsine", "sqrtsum", "huber3")
# The forty-second's (fresh42): bins of a difference of cosines of two features (cosdiff), bins of a
# sum of sigmoids of fixed random directions (sigsum), and a tent map of a feature plus another
# (tentmap) and an arcsinh of a product (arcsinh2) as regressions.
FRESH42 = ("cosdiff", "sigsum", "tentmap", "arcsinh2")
# The forty-third's (fresh43): bins of the largest of three pairwise sums (maxpair3), bins of a sum of
# ReLU units of fixed random directions (relusum), and a sine of a cube (sincube) and a Gaussian well
# with a slope (gausswell) as regressions.
FRESH43 = ("maxpair3", "relusum", "sincube", "gausswell")
# The forty-fifth's (fresh45): bins of a cosine of the radius plus a feature (cosring), bins of a
# log-sum-exp of three features less a fourth (logsumexp2), and an arctangent times a feature
# (atanmix) and a Gaussian bump times a feature (gaussbump) as regressions.
FRESH45 = ("cosring", "logsumexp2", "atanmix", "gaussbump")
# The forty-sixth's (fresh46): bins of a product of tanhs plus a feature (tanhprod), bins of a softsign
# ratio plus a feature (softsign2), and an exponential times a sine (expmix) and a product over one plus
# a square (ratioprod) as regressions.
FRESH46 = ("tanhprod", "softsign2", "expmix", "ratioprod")
# The forty-eighth's (fresh48): bins of a difference of sigmoids plus a feature (sigmoidgap), bins of a
# sum of Gaussian bumps (bumpsum), and a sinh times a cosine (sinhmix) and a cosine under a Gaussian
# envelope (cosexp) as regressions.
FRESH48 = ("sigmoidgap", "bumpsum", "sinhmix", "cosexp")
# The forty-ninth's (fresh49): bins of a smaller of two features plus half the larger of two others
# (minmax2), bins of a difference of softpluses plus a feature (softplusgap), and a sigmoid times a
# feature (sigprod) and a difference of log-cosh terms (logcosh2) as regressions.
FRESH49 = ("minmax2", "softplusgap", "sigprod", "logcosh2")
# The fifty-ninth's (fresh59): bins of a cosine of a distance (cosdist), bins of the range of three
# features (maxgap2), and a tanh times a cosine (tanhcos) and a sum of powers of sizes (powsum) as
# regressions.
FRESH59 = ("cosdist", "maxgap2", "tanhcos", "powsum")
# Data sets whose runs are all held out from calibration (plus every Keras and Lightning run).
HELDOUT = ("wine", "circles", "blobs", "clf_noisy", "friedman1", "diabetes")


@dataclass
class Data:
    x_train: np.ndarray
    y_train: np.ndarray
    x_val: np.ndarray
    y_val: np.ndarray
    classes: int            # 0 for regression

    @property
    def regression(self) -> bool:
        return self.classes == 0


def _raw(d: dict, seed: int):
    """Features and targets of data set ``d`` before any split."""
    from sklearn import datasets as ds

    name, n = d["name"], d.get("n", 1500)
    if name in ("digits", "iris", "wine", "breast_cancer", "diabetes"):
        return getattr(ds, f"load_{name}")(return_X_y=True)
    if name == "moons":
        return ds.make_moons(n, noise=d.get("noise", 0.2), random_state=seed)
    if name == "circles":
        return ds.make_circles(n, noise=d.get("noise", 0.1), factor=0.5, random_state=seed)
    if name == "blobs":
        return ds.make_blobs(n, n_features=d.get("features", 8), centers=d.get("centers", 4),
                             cluster_std=d.get("std", 2.0), random_state=seed)
    if name in ("clf_noisy", "clf_imbalanced"):
        k = d.get("classes", 3)
        weights = d.get("weights") if name == "clf_imbalanced" else None
        return ds.make_classification(n, n_features=d.get("features", 20), n_informative=d.get("informative", 6),
                                      n_classes=k, flip_y=d.get("flip_y", 0.0), weights=weights,
                                      class_sep=d.get("sep", 1.0), random_state=seed)
    if name == "regression":
        return ds.make_regression(n, n_features=d.get("features", 20), n_informative=d.get("informative", 8),
                                  noise=d.get("noise", 10.0), random_state=seed)
    if name == "friedman1":
        return ds.make_friedman1(n, n_features=d.get("features", 10), noise=d.get("noise", 1.0), random_state=seed)
    if name == "friedman2":
        return ds.make_friedman2(n, noise=d.get("noise", 100.0), random_state=seed)
    if name == "friedman3":
        return ds.make_friedman3(n, noise=d.get("noise", 0.1), random_state=seed)
    if name == "sparse":
        return ds.make_sparse_uncorrelated(n, n_features=d.get("features", 10), random_state=seed)
    if name == "hastie":
        x, y = ds.make_hastie_10_2(n, random_state=seed)
        return _noisy(x, (y > 0).astype(np.int64), 2, d, seed)
    if name == "quantiles":
        k = d.get("classes", 3)
        x, y = ds.make_gaussian_quantiles(n_samples=n, n_features=d.get("features", 4), n_classes=k,
                                          random_state=seed)
        return _noisy(x, y, k, d, seed)
    if name == "spirals":
        k = d.get("classes", 3)
        x, y = _spirals(n, k, d.get("turns", 1.0), d.get("noise", 0.05), d.get("features", 2), seed)
        return _noisy(x, y, k, d, seed)
    if name == "xor":
        rng = np.random.default_rng(seed)
        x = rng.normal(size=(n, d.get("features", 4)))
        bits = d.get("bits", 2)
        y = (x[:, :bits] > 0).sum(axis=1) % 2 if d.get("classes", 2) == 2 else (x[:, 0] > 0) * 2 + (x[:, 1] > 0)
        k = d.get("classes", 2)
        return _noisy(x, y.astype(np.int64), k, d, seed)
    if name in ("swiss_roll", "s_curve"):
        make = ds.make_swiss_roll if name == "swiss_roll" else ds.make_s_curve
        return make(n, noise=d.get("noise", 0.5), random_state=seed)
    if name == "low_rank":
        return ds.make_regression(n, n_features=d.get("features", 30), n_informative=d.get("informative", 12),
                                  effective_rank=d.get("rank", 5), noise=d.get("noise", 1.0), random_state=seed)
    for names, make in _GENERATED:
        if name in names:
            return make(name, n, d, seed)
    raise ValueError(f"unknown data set {name!r}; known: {', '.join(DATASETS)}")


def _generated(name: str, n: int, d: dict, seed: int):
    """The third fresh part's data sets, made with numpy: ``rings`` (class = which of K concentric
    shells a point lies in, over the first ``dims`` (3) features), ``sectors`` (which of K equal angle
    sectors of the first two), ``checkerboard`` (class = the parity of a
    ``cells`` x ``cells`` grid square over the first 2), ``sines`` (a sum of sines of 5 features) and
    ``products`` (products and squares of 5 features); every other feature is noise."""
    rng = np.random.default_rng(seed)
    f = d.get("features", 6)
    x = rng.uniform(-1, 1, (n, f))
    if name == "rings":
        k = d.get("classes", 3)
        r0 = np.linalg.norm(x[:, :d.get("dims", 3)], axis=1)
        edges = np.quantile(r0, np.arange(1, k) / k)  # shells of equal counts
        y = np.digitize(r0 * (1 + d.get("noise", 0.05) * rng.standard_normal(n)), edges).astype(np.int64)
        return _noisy(x, y, k, d, seed)
    if name == "sectors":  # class = which of K equal angle sectors of the first two features
        k = d.get("classes", 3)
        y = (((np.arctan2(x[:, 1], x[:, 0]) + np.pi) / (2 * np.pi) * k).astype(np.int64)) % k
        return _noisy(x, y, k, d, seed)
    if name == "checkerboard":
        cells = d.get("cells", 3)
        y = ((np.floor((x[:, 0] + 1) / 2 * cells) + np.floor((x[:, 1] + 1) / 2 * cells)) % 2).astype(np.int64)
        return _noisy(x, y, 2, d, seed)
    if name == "sines":
        y = np.sin(3 * x[:, :5]).sum(axis=1)
    else:
        y = x[:, 0] * x[:, 1] + x[:, 2] ** 2 - x[:, 3] * x[:, 4]
    return x, y + d.get("noise", 0.1) * rng.standard_normal(n)


def _generated4(name: str, n: int, d: dict, seed: int):
    """The fourth fresh part's data sets, made with numpy: ``ball`` (class 1 = inside a ball holding
    half the points, over the first ``dims`` (3) features), ``bands`` (K parallel stripes across a
    random direction of the first two, repeated ``freq`` times), ``clusters`` (each of K classes owns
    two Gaussian clusters, spread ``std``, in the first 4), ``absum`` (the sum of the absolute values
    of 5 features) and ``wave`` (a sine of the distance from the origin in the first 3); every other
    feature is noise."""
    rng = np.random.default_rng(seed + 11)
    f = d.get("features", 6)
    x = rng.uniform(-1, 1, (n, f))
    k = d.get("classes", 2)
    if name == "ball":
        r = np.linalg.norm(x[:, :d.get("dims", 3)], axis=1)
        y = (r < np.median(r)).astype(np.int64)
        return _noisy(x, y, 2, d, seed)
    if name == "bands":
        a = rng.uniform(0, np.pi)
        t = (np.cos(a) * x[:, 0] + np.sin(a) * x[:, 1] + 1.5) / 3 * d.get("freq", 1)
        y = (np.floor(t * k) % k).astype(np.int64)
        return _noisy(x, y, k, d, seed)
    if name == "clusters":
        dims = min(4, f)
        centers = rng.uniform(-1, 1, (2 * k, dims))
        y = rng.integers(k, size=n)
        which = 2 * y + rng.integers(2, size=n)
        x[:, :dims] = centers[which] + d.get("std", 0.3) * rng.standard_normal((n, dims))
        return _noisy(x, y.astype(np.int64), k, d, seed)
    if name == "absum":
        y = np.abs(x[:, :5]).sum(axis=1)
    else:
        y = np.sin(4 * np.linalg.norm(x[:, :3], axis=1))
    return x, y + d.get("noise", 0.1) * rng.standard_normal(n)


def _gaussian_inputs(n: int, d: dict, seed: int) -> tuple[np.random.Generator, np.ndarray, int, int]:
    """What most numpy-made data sets start from: a generator seeded ``seed`` (each draw adds its own
    offset), ``n`` standard normal rows of ``d``'s ``features`` (6), and its feature and class counts
    (``classes``, 2). The generator goes on to make the targets' noise."""
    rng = np.random.default_rng(seed)
    f, k = d.get("features", 6), d.get("classes", 2)
    return rng, rng.standard_normal((n, f)), f, k


def _generated5(name: str, n: int, d: dict, seed: int):
    """The fifth fresh part's data sets, made with numpy: ``teacher`` (the class a random one-hidden-layer
    tanh network gives each Gaussian input; two classes split at its median output), ``scale`` (class k's
    points spread ``1 + gap k`` times as far from the origin in the first ``dims`` (all) features),
    ``teacher_reg`` (a random network's output as the target) and ``rational`` (1 / (1 + |x|^2) over
    the first 4 features, scaled); every other feature is noise."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 23)
    if name in ("teacher", "teacher_reg"):
        h = d.get("hidden", 8)
        w1, w2 = rng.standard_normal((f, h)) / np.sqrt(f), rng.standard_normal((h, max(k, 1))) / np.sqrt(h)
        out = np.tanh(x @ w1 * d.get("sharp", 1.0)) @ w2
        if name == "teacher_reg":
            y = out[:, 0] / out[:, 0].std()
            return x, y + d.get("noise", 0.1) * rng.standard_normal(n)
        y = (out[:, 0] > np.median(out[:, 0])) if k == 2 else np.argmax(out, axis=1)
        return _noisy(x, y.astype(np.int64), k, d, seed)
    if name == "scale":
        y = rng.integers(k, size=n)
        dims = min(d.get("dims", f), f)
        x[:, :dims] *= (1 + d.get("gap", 1.0) * y)[:, None]
        return _noisy(x, y.astype(np.int64), k, d, seed)
    y = 3.0 / (1.0 + np.sum(x[:, :4] ** 2, axis=1))
    return x, y + d.get("noise", 0.1) * rng.standard_normal(n)


def _generated6(name: str, n: int, d: dict, seed: int):
    """The sixth fresh part's data sets, made with numpy: ``hyperplanes`` (class = how many of K - 1
    random hyperplanes through the first ``dims`` (3) features a point lies above, or with ``parallel``
    which of K equal slices of one direction: ordered classes),
    ``lines`` (each class's points lie near its own random line in the first two features, spread
    ``std``), ``piecewise`` (a sum of steps, floor(2 x), of 4 features) and ``poly`` (a random cubic
    of 4 features, scaled); every other feature is noise."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 31)
    if name == "hyperplanes":
        dims = min(d.get("dims", 3), f)
        if d.get("parallel"):  # K - 1 parallel planes at the score's quantiles: K ordered, equal classes
            score = x[:, :dims] @ rng.standard_normal(dims)
            y = np.digitize(score, np.quantile(score, np.arange(1, k) / k))
        else:
            score = x[:, :dims] @ rng.standard_normal((k - 1, dims)).T
            y = (score > np.median(score, axis=0)).sum(axis=1)  # each plane through the data's middle
        return _noisy(x, y.astype(np.int64), k, d, seed)
    if name == "lines":
        y = rng.integers(k, size=n)
        angle, offset = rng.uniform(0, np.pi, k), rng.uniform(-1, 1, k)
        t = rng.uniform(-2, 2, n)
        x[:, 0] = t * np.cos(angle[y]) - offset[y] * np.sin(angle[y]) + d.get("std", 0.15) * rng.standard_normal(n)
        x[:, 1] = t * np.sin(angle[y]) + offset[y] * np.cos(angle[y]) + d.get("std", 0.15) * rng.standard_normal(n)
        return _noisy(x, y.astype(np.int64), k, d, seed)
    if name == "piecewise":
        y = np.floor(2 * x[:, :4]).sum(axis=1)
    else:
        c = rng.standard_normal(4)
        y = x[:, :4] @ c + 0.5 * (x[:, 0] * x[:, 1] - x[:, 2] ** 2) + 0.2 * x[:, 3] ** 3
    return x, _target(y, d, rng)


def _generated7(name: str, n: int, d: dict, seed: int):
    """The seventh fresh part's data sets, made with numpy: ``polar`` (class = the cell of a polar grid
    over the first two features, ``sectors`` x ``rings`` cells of equal counts, turned at random),
    ``vote`` (class = how many of the first K - 1 features are positive; two classes: whether most of
    the first ``voters`` (5) are), ``sinc`` (sin(4r) / (4r) of the first 3 features' radius) and
    ``mixed`` (|x0| + x1 x2 + sin(2 x3)), both scaled; every other feature is noise."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 43)
    if name == "polar":
        sectors, rings = d.get("sectors", 2), d.get("rings", 1)
        turn = (np.arctan2(x[:, 1], x[:, 0]) + rng.uniform(0, 2 * np.pi)) % (2 * np.pi)
        r = np.hypot(x[:, 0], x[:, 1])
        ring = np.digitize(r, np.quantile(r, np.arange(1, rings) / rings)) if rings > 1 else np.zeros(n, int)
        y = (turn / (2 * np.pi) * sectors).astype(np.int64) * rings + ring
        return _noisy(x, y.astype(np.int64), sectors * rings, d, seed)
    if name == "vote":
        if k == 2:
            y = (x[:, :d.get("voters", 5)] > 0).sum(axis=1) > d.get("voters", 5) / 2
        else:
            y = (x[:, :k - 1] > 0).sum(axis=1)
        return _noisy(x, y.astype(np.int64), k, d, seed)
    if name == "sinc":
        r = 4 * np.linalg.norm(x[:, :3], axis=1) + 1e-9
        y = np.sin(r) / r
    else:
        y = np.abs(x[:, 0]) + x[:, 1] * x[:, 2] + np.sin(2 * x[:, 3])
    return x, _target(y, d, rng)


def _generated8(name: str, n: int, d: dict, seed: int):
    """The eighth fresh part's data sets, made with numpy: ``voronoi`` (class = which of K random
    random anchors is nearest over the first ``dims`` (3) features, each anchor's pull shifted until
    the cells hold about equal counts: straight borders, no margin),
    ``quadric`` (a random quadratic form of the first ``dims`` (3) features cut at its quantiles into
    K equal, ordered classes), ``bumps`` (a sum of 6 Gaussian bumps of random sign over the first 4)
    and ``logprod`` (log(1 + |x0 x1|) + tanh(2 x2) x3 - 0.3 x4^2), both scaled; every other feature
    is noise."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 59)
    dims = min(d.get("dims", 3), f)
    if name == "voronoi":
        dist = ((x[:, None, :dims] - rng.standard_normal((k, dims))[None]) ** 2).sum(axis=2)
        shift = np.zeros(k)  # each anchor's pull, moved until the cells hold about equal counts
        for _ in range(200):
            shift += 0.5 * (1 / k - np.bincount(np.argmin(dist - shift, axis=1), minlength=k) / n)
        y = np.argmin(dist - shift, axis=1)
        return _noisy(x, y.astype(np.int64), k, d, seed)
    if name == "quadric":
        a = rng.standard_normal((dims, dims))
        score = np.einsum("ni,ij,nj->n", x[:, :dims], a + a.T, x[:, :dims])
        y = np.digitize(score, np.quantile(score, np.arange(1, k) / k))
        return _noisy(x, y.astype(np.int64), k, d, seed)
    if name == "bumps":
        centres, sign = rng.standard_normal((6, 4)), rng.choice([-1.0, 1.0], 6)
        y = (sign * np.exp(-((x[:, None, :4] - centres[None]) ** 2).sum(axis=2) / 2)).sum(axis=1)
    else:
        y = np.log1p(np.abs(x[:, 0] * x[:, 1])) + np.tanh(2 * x[:, 2]) * x[:, 3] - 0.3 * x[:, 4] ** 2
    return x, _target(y, d, rng)


def _generated9(name: str, n: int, d: dict, seed: int):
    """The ninth fresh part's data sets, made with numpy: ``softmax`` (each label drawn from a softmax
    over K random linear scores of the first ``dims`` (3) features, sharpened by ``sharp`` (3): the
    classes overlap by nature, no model can be always right), ``treelist`` (a decision list: class 0 if
    x0 > t0, else class 1 if x1 > t1, ..., the last class otherwise, thresholds set for equal counts
    where they can be), ``gabor`` (exp(-r^2 / 4) cos(3 x0) over the first 3 features) and ``maxmin``
    (max(x0, x1) - min(x2, x3) + 0.5 |x4|), both scaled; every other feature is noise."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 71)
    dims = min(d.get("dims", 3), f)
    if name == "softmax":
        z = d.get("sharp", 3.0) * x[:, :dims] @ rng.standard_normal((dims, k)) / np.sqrt(dims)
        p = np.exp(z - z.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        y = (p.cumsum(axis=1) < rng.random((n, 1))).sum(axis=1)
        return _noisy(x, np.minimum(y, k - 1).astype(np.int64), k, d, seed)
    if name == "treelist":
        y = np.full(n, k - 1)
        left = np.ones(n, bool)
        for c in range(k - 1):  # rule c takes 1/(k - c) of what the earlier rules left
            col = x[:, c % f]
            t = np.quantile(col[left], 1 - 1 / (k - c))
            take = left & (col > t)
            y[take], left = c, left & ~take
        return _noisy(x, y.astype(np.int64), k, d, seed)
    if name == "gabor":
        y = np.exp(-(x[:, :3] ** 2).sum(axis=1) / 4) * np.cos(3 * x[:, 0])
    else:
        y = np.maximum(x[:, 0], x[:, 1]) - np.minimum(x[:, 2], x[:, 3]) + 0.5 * np.abs(x[:, 4])
    return x, _target(y, d, rng)


def _generated10(name: str, n: int, d: dict, seed: int):
    """The tenth fresh part's data sets, made with numpy: ``torus`` (points on a torus in the first 3
    features, jittered by ``std`` (0.1); class = which of K equal arcs of the angle around its axis),
    ``argmax`` (class = which of the first K features is largest; two classes: whether |x0| > |x1|, a
    cross-shaped border), ``sawtooth`` (frac(x0 + x1 / 2) + 0.5 sin(x2) - 0.3 x3, a target with a jump
    every unit) and ``smoothmax`` (log of the sum of exp over 5 features), both scaled; every other
    feature is noise."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 83)
    if name == "torus":
        theta, phi = rng.uniform(0, 2 * np.pi, n), rng.uniform(0, 2 * np.pi, n)
        ring = 2.0 + np.cos(phi)
        x[:, :3] = np.stack([ring * np.cos(theta), ring * np.sin(theta), np.sin(phi)], axis=1)
        x[:, :3] += d.get("std", 0.1) * rng.standard_normal((n, 3))
        y = (theta / (2 * np.pi) * k).astype(np.int64) % k
        return _noisy(x, y, k, d, seed)
    if name == "argmax":
        y = (np.abs(x[:, 0]) > np.abs(x[:, 1])) if k == 2 else np.argmax(x[:, :k], axis=1)
        return _noisy(x, y.astype(np.int64), k, d, seed)
    if name == "sawtooth":
        y = np.mod(x[:, 0] + x[:, 1] / 2, 1.0) + 0.5 * np.sin(x[:, 2]) - 0.3 * x[:, 3]
    else:
        y = np.log(np.exp(x[:, :5]).sum(axis=1))
    return x, _target(y, d, rng)


def _generated11(name: str, n: int, d: dict, seed: int):
    """The eleventh fresh part's data sets, made with numpy: ``helix`` (points along a helix of
    ``turns`` (3) turns in the first 3 features, jittered by ``std`` (0.15); class = which of K equal
    arcs of its length, so arcs of different turns lie close in space), ``latent`` (every feature a
    random mix of 3 hidden factors plus a little noise, strongly correlated; class = which of K
    random directions of the factors scores highest), ``triple`` (x0 x1 x2 + 0.5 x3) and ``hinge``
    (a sum of max(0, x_i - c_i) over 5 features, random kinks c_i), both scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 97)
    if name == "helix":
        t = rng.uniform(0, 1, n)
        angle = 2 * np.pi * d.get("turns", 3) * t
        x[:, :3] = np.stack([np.cos(angle), np.sin(angle), 2 * t - 1], axis=1)
        x[:, :3] += d.get("std", 0.15) * rng.standard_normal((n, 3))
        return _noisy(x, np.minimum((t * k).astype(np.int64), k - 1), k, d, seed)
    if name == "latent":
        z = rng.standard_normal((n, 3))
        x = z @ rng.standard_normal((3, f)) + 0.3 * rng.standard_normal((n, f))
        scores = z @ rng.standard_normal((3, k))
        y = np.argmax(scores, axis=1) if k > 2 else (scores[:, 0] > np.median(scores[:, 0]))
        return _noisy(x, y.astype(np.int64), k, d, seed)
    if name == "triple":
        y = x[:, 0] * x[:, 1] * x[:, 2] + 0.5 * x[:, 3]
    else:
        y = np.maximum(0.0, x[:, :5] - rng.uniform(-1, 1, 5)).sum(axis=1)
    return x, _target(y, d, rng)


def _generated12(name: str, n: int, d: dict, seed: int):
    """The twelfth fresh part's data sets, made with numpy: ``mixture`` (class = which of K Gaussian
    components drew the point, over the first 4 features; means ``sep`` (2.0) apart in scale, each
    component its own random shape, so they overlap unevenly), ``moire`` (cos(w1.x) + cos(w2.x) of
    the first two features for two random frequencies of norm ``freq`` (1.5), cut into K equal-count
    bins), ``stairs`` (floor(2 x0) + 0.5 floor(2 x1) + 0.5 x2: a target with jumps) and ``mindist``
    (the distance to the nearest of 5 random anchors over the first 4 features), both scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 101)
    if name == "mixture":
        m = min(f, 4)
        y = rng.integers(k, size=n)
        means = d.get("sep", 2.0) * rng.standard_normal((k, m))
        shapes = rng.standard_normal((k, m, m)) / np.sqrt(m)
        x[:, :m] = means[y] + np.einsum("ni,nij->nj", x[:, :m], shapes[y])
        return _noisy(x, y.astype(np.int64), k, d, seed)
    if name == "moire":
        w = rng.standard_normal((2, 2))
        w *= d.get("freq", 1.5) / np.linalg.norm(w, axis=1, keepdims=True)
        s = np.cos(x[:, :2] @ w[0]) + np.cos(x[:, :2] @ w[1])
        y = np.searchsorted(np.quantile(s, np.arange(1, k) / k), s)
        return _noisy(x, y.astype(np.int64), k, d, seed)
    if name == "stairs":
        y = np.floor(2 * x[:, 0]) + 0.5 * np.floor(2 * x[:, 1]) + 0.5 * x[:, 2]
    else:
        anchors = rng.standard_normal((5, 4))
        y = np.linalg.norm(x[:, None, :4] - anchors[None], axis=2).min(axis=1)
    return x, _target(y, d, rng)


def _generated13(name: str, n: int, d: dict, seed: int):
    """The thirteenth fresh part's data sets, made with numpy: ``rbf`` (K random expansions of 8
    Gaussian bumps of width ``width`` (1.0) over the first 4 features; class = the largest, so the
    boundaries are smooth and random), ``cubic`` (a random cubic polynomial of the first 3 features (or 2)
    cut into K equal-count bins), ``rbfreg`` (one such expansion as a target) and ``bilinear``
    (x[:5] A x[5:10] for a random 5 x 5 matrix A: every pair of two feature groups interacts), both
    scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 103)

    def expansion(m: int) -> np.ndarray:  # m random sums of 8 Gaussian bumps over the first 4 features
        centres = rng.standard_normal((8, min(f, 4)))
        bumps = np.exp(-((x[:, None, :min(f, 4)] - centres[None]) ** 2).sum(axis=2) / (2 * d.get("width", 1.0) ** 2))
        e = bumps @ rng.standard_normal((8, m))
        return (e - e.mean(axis=0)) / e.std(axis=0)  # each standardised: no class wins by its scale

    if name == "rbf":
        scores = expansion(k)
        y = np.argmax(scores, axis=1) if k > 2 else scores[:, 0] > np.median(scores[:, 0])
        return _noisy(x, y.astype(np.int64), k, d, seed)
    if name == "cubic":
        u = x[:, :min(f, 3)]
        m = u.shape[1]
        s = u @ rng.standard_normal(m) + (u ** 2) @ rng.standard_normal(m) + 0.3 * (u ** 3) @ rng.standard_normal(m)
        s += 0.5 * np.prod(u, axis=1)
        y = np.searchsorted(np.quantile(s, np.arange(1, k) / k), s)
        return _noisy(x, y.astype(np.int64), k, d, seed)
    if name == "rbfreg":
        y = expansion(1)[:, 0]
    else:
        y = np.einsum("ni,ij,nj->n", x[:, :5], rng.standard_normal((5, 5)), x[:, 5:10])
    return x, _target(y, d, rng)


def _generated14(name: str, n: int, d: dict, seed: int):
    """The fourteenth fresh part's data sets, made with numpy: ``protos`` (class = the label of the
    nearest of ``protos`` (24) random prototypes over the first 4 features, labelled in turn, so each
    class is several scattered cells), ``warp`` (x0 + sin(2 x1) + 0.5 cos(3 x2) cut into K
    equal-count bins: a bent boundary), ``switch`` (sin(3 x0) where x1 > 0, else x2 ** 2 / 2 - x3:
    another function in each half) and ``logistic`` (a random signed sum of steep logistic steps
    of 6 features at random places), both scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 107)
    if name == "protos":
        m = min(f, 4)
        protos = rng.standard_normal((d.get("protos", 24), m))
        nearest = np.argmin(((x[:, None, :m] - protos[None]) ** 2).sum(axis=2), axis=1)
        return _noisy(x, (nearest % k).astype(np.int64), k, d, seed)
    if name == "warp":
        s = x[:, 0] + np.sin(2 * x[:, 1]) + 0.5 * np.cos(3 * x[:, min(2, f - 1)])
        y = np.searchsorted(np.quantile(s, np.arange(1, k) / k), s)
        return _noisy(x, y.astype(np.int64), k, d, seed)
    if name == "switch":
        y = np.where(x[:, 1] > 0, np.sin(3 * x[:, 0]), x[:, 2] ** 2 / 2 - x[:, 3])
    else:
        y = (rng.choice([-1.0, 1.0], 6) / (1 + np.exp(-4 * (x[:, :6] - rng.uniform(-1, 1, 6))))).sum(axis=1)
    return x, _target(y, d, rng)


def _generated15(name: str, n: int, d: dict, seed: int):
    """The fifteenth fresh part's data sets, made with numpy: ``arrangement`` (``planes`` (5) random
    hyperplanes through the first ``dims`` (4) features; class = how many have the point on their positive side,
    modulo K), ``ellipsoids`` (the Mahalanobis radius under a random covariance of the first ``dims`` (4), cut into
    K equal-count shells), ``cones`` (class = the largest of K random linear scores of the first
    ``dims``: K cones meeting at the origin, linear boundaries), ``peaks`` (MATLAB's peaks surface of the first two features plus a small
    linear part of the next two) and ``ratio`` ((x0 + x1 ** 2) / (1 + |x2| + x3 ** 2)), both scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 109)
    m = min(f, d.get("dims", 4))
    if name == "arrangement":
        planes = d.get("planes", 5)
        side = (x[:, :m] @ rng.standard_normal((m, planes)) + 0.5 * rng.standard_normal(planes)) > 0
        return _noisy(x, (side.sum(axis=1) % k).astype(np.int64), k, d, seed)
    if name == "ellipsoids":
        a = rng.standard_normal((m, m))
        r = np.sqrt((((x[:, :m] @ a) ** 2)).sum(axis=1))
        y = np.searchsorted(np.quantile(r, np.arange(1, k) / k), r)
        return _noisy(x, y.astype(np.int64), k, d, seed)
    if name == "cones":
        return _noisy(x, np.argmax(x[:, :m] @ rng.standard_normal((m, k)), axis=1).astype(np.int64), k, d, seed)
    if name == "peaks":
        u, v = x[:, 0], x[:, 1]
        y = (3 * (1 - u) ** 2 * np.exp(-u ** 2 - (v + 1) ** 2) - 10 * (u / 5 - u ** 3 - v ** 5) * np.exp(-u ** 2 - v ** 2)
             - np.exp(-(u + 1) ** 2 - v ** 2) / 3)
        y = y + 0.3 * x[:, min(2, f - 1)] - 0.2 * x[:, min(3, f - 1)]
    else:
        y = (x[:, 0] + x[:, 1] ** 2) / (1 + np.abs(x[:, 2]) + x[:, 3] ** 2)
    return x, _target(y, d, rng)


def _generated16(name: str, n: int, d: dict, seed: int):
    """The sixteenth fresh part's data sets, made with numpy: ``dnf`` (``terms`` (4) random
    conjunctions of two thresholded features among the first 6; two classes: any term holds, else
    the count of those that hold modulo K), ``tanhcells`` (the nearest of K random anchors after a
    random tanh warp of the first ``dims`` (3) features), ``rosen`` (the log of the Rosenbrock function
    of the first 3) and ``ackley`` (the Ackley function of the first 4), both scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 113)
    if name == "dnf":
        m = min(f, 6)
        held = np.zeros((n, d.get("terms", 4)), bool)
        for j in range(held.shape[1]):
            a, b = rng.choice(m, 2, replace=False)
            sa, sb = rng.choice([-1.0, 1.0], 2)
            ta, tb = rng.uniform(-0.8, 0.8, 2)
            held[:, j] = (sa * (x[:, a] - ta) > 0) & (sb * (x[:, b] - tb) > 0)
        y = held.any(axis=1) if k == 2 else held.sum(axis=1) % k
        return _noisy(x, y.astype(np.int64), k, d, seed)
    if name == "tanhcells":
        m = min(f, d.get("dims", 3))
        z = np.tanh(x[:, :m] @ (1.5 * rng.standard_normal((m, m))) / math.sqrt(m))
        anchors = rng.uniform(-0.8, 0.8, (k, m))
        y = np.argmin(((z[:, None] - anchors[None]) ** 2).sum(axis=2), axis=1)
        return _noisy(x, y.astype(np.int64), k, d, seed)
    if name == "rosen":
        u = 0.8 * x[:, :3]
        y = np.log1p((100 * (u[:, 1:] - u[:, :-1] ** 2) ** 2 + (1 - u[:, :-1]) ** 2).sum(axis=1))
    else:
        u = x[:, :4]
        y = (-20 * np.exp(-0.2 * np.sqrt((u ** 2).mean(axis=1))) - np.exp(np.cos(2 * np.pi * u).mean(axis=1))
             + 20 + math.e)
    return x, _target(y, d, rng)


def _generated17(name: str, n: int, d: dict, seed: int):
    """The seventeenth fresh part's data sets, made with numpy: ``fourier`` (the largest of K random
    sums of 16 random cosines of the first ``dims`` (4) features at frequency ``freq`` (1.0), each
    standardised: smooth, wavy boundaries), ``lattice`` (the cell of a lattice tilted along two random directions of the first
    3, cells ``scale`` (1.0) wide, modulo K), ``styblinski`` (the Styblinski-Tang function of the first
    4) and ``levy`` (the Levy function of the first 3), both scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 127)
    if name == "fourier":
        m = min(f, d.get("dims", 4))
        phi = np.cos(x[:, :m] @ (d.get("freq", 1.0) * rng.standard_normal((m, 16))) + rng.uniform(0, 2 * np.pi, 16))
        scores = phi @ rng.standard_normal((16, k))
        y = np.argmax((scores - scores.mean(axis=0)) / scores.std(axis=0), axis=1)  # no class wins by scale
        return _noisy(x, y.astype(np.int64), k, d, seed)
    if name == "lattice":
        m = min(f, 3)
        a, b = (v / np.linalg.norm(v) for v in rng.standard_normal((2, m)))
        scale = d.get("scale", 1.0)
        y = (np.floor(x[:, :m] @ a / scale) + np.floor(x[:, :m] @ b / scale)) % k
        return _noisy(x, y.astype(np.int64), k, d, seed)
    if name == "styblinski":
        u = x[:, :4]  # within the wells (minima at -2.9): wider inputs give a heavy quartic tail
        y = (u ** 4 - 16 * u ** 2 + 5 * u).sum(axis=1) / 2
    else:
        w = 1 + (2 * x[:, :3] - 1) / 4
        y = (np.sin(np.pi * w[:, 0]) ** 2 + ((w[:, :-1] - 1) ** 2 * (1 + 10 * np.sin(np.pi * w[:, 1:]) ** 2)).sum(axis=1)
             + (w[:, -1] - 1) ** 2 * (1 + np.sin(2 * np.pi * w[:, -1]) ** 2))
    return x, _target(y, d, rng)


def _generated18(name: str, n: int, d: dict, seed: int):
    """The eighteenth fresh part's data sets, made with numpy: ``manhattan`` (the nearest of K random
    anchors by L1 distance over the first ``dims`` (3) features, the inputs Student-t with 5 degrees
    of freedom), ``qda`` (K Gaussian classes, each of its own random covariance and a mean ``sep``
    (0.8) apart: quadratic boundaries), ``griewank`` (the Griewank function of the first 4) and ``branin`` (Branin's function of the first two mapped onto its domain, log-scaled)."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 131)
    if name == "manhattan":
        x = rng.standard_t(5, (n, f))
        m = min(f, d.get("dims", 3))
        anchors = rng.uniform(-1.0, 1.0, (k, m))
        y = np.argmin(np.abs(x[:, None, :m] - anchors[None]).sum(axis=2), axis=1)
        return _noisy(x, y.astype(np.int64), k, d, seed)
    if name == "qda":
        y = rng.integers(k, size=n)
        for c in range(k):
            a = rng.standard_normal((f, f)) * rng.uniform(0.5, 1.5) / math.sqrt(f)
            x[y == c] = x[y == c] @ a + d.get("sep", 0.8) * rng.standard_normal(f)
        return _noisy(x, y.astype(np.int64), k, d, seed)
    if name == "griewank":
        u = x[:, :4]  # twice as spread, 3 of 3 healthy runs overfit its fast waves
        y = 1 + (u ** 2).sum(axis=1) / 4000 - np.prod(np.cos(u / np.sqrt(np.arange(1, 5))), axis=1)
    else:
        u, v = 2.5 + 3 * x[:, 0], 7.5 + 3 * x[:, 1]
        y = np.log1p((v - 5.1 / (4 * np.pi ** 2) * u ** 2 + 5 / np.pi * u - 6) ** 2
                     + 10 * (1 - 1 / (8 * np.pi)) * np.cos(u) + 10)
    return x, _target(y, d, rng)


def _generated19(name: str, n: int, d: dict, seed: int):
    """The nineteenth fresh part's data sets, made with numpy: ``rank`` (where a random projection of
    the first ``inputs`` (all) features ranks among ``dims`` (4) others, modulo K), ``tblobs`` (K random centres ``sep`` (1.5)
    apart on average, each point spread around its centre with Student-t noise of 3 degrees of
    freedom: heavy tails, outliers deep in other classes), ``hartmann`` (the Hartmann-3 function of
    the first 3 squashed into the unit cube) and ``zakharov`` (the log of the Zakharov function of
    the first 4, a third as spread), both scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 137)
    if name == "rank":
        m, used = d.get("dims", 4), min(f, d.get("inputs", f))
        z = x[:, :used] @ rng.standard_normal((used, m + 1))
        y = (z[:, 1:] < z[:, :1]).sum(axis=1) % k  # how many of the others the first beats
        return _noisy(x, y.astype(np.int64), k, d, seed)
    if name == "tblobs":
        y = rng.integers(k, size=n)
        centres = d.get("sep", 1.5) * rng.standard_normal((k, f))
        x = centres[y] + rng.standard_t(3, (n, f))
        return _noisy(x, y.astype(np.int64), k, d, seed)
    if name == "hartmann":
        u = 1 / (1 + np.exp(-x[:, :3]))
        a = np.array([[3.0, 10, 30], [0.1, 10, 35], [3.0, 10, 30], [0.1, 10, 35]])
        p = np.array([[0.3689, 0.117, 0.2673], [0.4699, 0.4387, 0.747], [0.1091, 0.8732, 0.5547],
                      [0.0381, 0.5743, 0.8828]])
        y = -(np.array([1.0, 1.2, 3.0, 3.2]) * np.exp(-((u[:, None] - p[None]) ** 2 * a[None]).sum(axis=2))).sum(axis=1)
    else:
        u = x[:, :4] / 3
        s = (0.5 * np.arange(1, 5) * u).sum(axis=1)
        y = np.log1p((u ** 2).sum(axis=1) + s ** 2 + s ** 4)
    return x, _target(y, d, rng)


def _generated20(name: str, n: int, d: dict, seed: int):
    """The twentieth fresh part's data sets, made with numpy: ``sinebands`` (K equal-count bands of
    the second feature minus a sine of the first, tilted by the third: wavy parallel boundaries),
    ``squares`` (K equal-count shells of the largest absolute value among the first ``dims`` (3)
    features: nested squares and cubes), ``camel`` (the arcsinh of the six-hump camel function of the first two)
    and ``dixon`` (the log of the Dixon-Price function of the first 4, halved), both scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 139)
    if name in ("sinebands", "squares"):
        if name == "sinebands":
            z = x[:, min(1, f - 1)] - 0.8 * np.sin(x[:, 0]) + 0.3 * x[:, min(2, f - 1)]
        else:
            z = np.abs(x[:, :min(f, d.get("dims", 3))]).max(axis=1)
        return _binned(x, z, k, d, seed)
    if name == "camel":
        u, v = 0.7 * x[:, 0], 0.5 * x[:, 1]
        y = np.arcsinh((4 - 2.1 * u ** 2 + u ** 4 / 3) * u ** 2 + u * v + (-4 + 4 * v ** 2) * v ** 2)
    else:
        u = x[:, :4] / 2
        y = np.log1p((u[:, 0] - 1) ** 2 + (np.arange(2, 5) * (2 * u[:, 1:] ** 2 - u[:, :-1]) ** 2).sum(axis=1))
    return x, _target(y, d, rng)


def _generated21(name: str, n: int, d: dict, seed: int):
    """The twenty-first fresh part's data sets, made with numpy: ``orthants`` (which side of each of
    ``planes`` (3) random planes through the origin a point lies, each of the cells given a random
    class), ``stripes`` (parallel stripes ``width`` (2.0) wide across a random direction, modulo K),
    ``powell`` (the log of Powell's function of the first 4, halved) and ``booth`` (Booth's function
    of the first two), both scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 149)
    if name == "orthants":
        m = d.get("planes", 3)
        code = ((x @ rng.standard_normal((f, m))) > 0) @ (2 ** np.arange(m))
        cells = np.r_[np.arange(k), rng.integers(k, size=2 ** m)][: 2 ** m]  # every class has a cell
        y = rng.permutation(cells)[code]
        return _noisy(x, y.astype(np.int64), k, d, seed)
    if name == "stripes":
        a = rng.standard_normal(f)
        y = np.floor(x @ (a / np.linalg.norm(a)) / d.get("width", 2.0)) % k
        return _noisy(x, y.astype(np.int64), k, d, seed)
    if name == "powell":
        u = x[:, :4] / 2
        y = np.log1p((u[:, 0] + 10 * u[:, 1]) ** 2 + 5 * (u[:, 2] - u[:, 3]) ** 2 + (u[:, 1] - 2 * u[:, 2]) ** 4
                     + 10 * (u[:, 0] - u[:, 3]) ** 4)
    else:
        u, v = 2 * x[:, 0], 2 * x[:, 1]
        y = (u + 2 * v - 7) ** 2 + (2 * u + v - 5) ** 2
    return x, _target(y, d, rng)


def _generated22(name: str, n: int, d: dict, seed: int):
    """The twenty-second fresh part's data sets, made with numpy: ``quotient`` (K equal-count bins of
    a random mix of the first features over one plus the absolute value of another), ``pairprod``
    (which of K products of random feature pairs is largest), ``bohachevsky`` (Bohachevsky's first
    function of the first two, at 0.6 of their spread) and ``matyas`` (Matyas' function of the first
    two, doubled in spread), both scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 151)
    if name == "quotient":
        m = min(f, 3)
        z = (x[:, :m] @ rng.standard_normal(m)) / (1 + np.abs(x[:, m % f]))
        return _binned(x, z, k, d, seed)
    if name == "pairprod":
        every = np.array([(a, b) for a in range(f) for b in range(a + 1, f)])
        pairs = every[rng.choice(len(every), k, replace=False)]  # distinct pairs: no class a copy
        y = np.argmax(x[:, pairs[:, 0]] * x[:, pairs[:, 1]] + 0.5 * x[:, pairs[:, 0]], axis=1)
        return _noisy(x, y.astype(np.int64), k, d, seed)
    if name == "bohachevsky":
        u, v = 0.6 * x[:, 0], 0.6 * x[:, 1]
        y = u ** 2 + 2 * v ** 2 - 0.3 * np.cos(3 * np.pi * u) - 0.4 * np.cos(4 * np.pi * v) + 0.7
    else:
        u, v = 2 * x[:, 0], 2 * x[:, 1]
        y = 0.26 * (u ** 2 + v ** 2) - 0.48 * u * v
    return x, _target(y, d, rng)


def _generated23(name: str, n: int, d: dict, seed: int):
    """The twenty-third fresh part's data sets, made with numpy: ``counts`` (how many of ``m`` (5)
    random projections of the features are positive, binned into K classes of about equal count),
    ``cosine`` (K equal-count bins of the cosine between two random projections of the features onto
    the plane: the angle between two directions), ``himmelblau`` (the log of Himmelblau's function of
    the first two, at 1.5 of their spread) and ``mccormick`` (McCormick's function of the first two),
    both scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 157)
    if name in ("counts", "cosine"):
        if name == "counts":
            z = (x @ rng.standard_normal((f, d.get("m", 5))) > 0).sum(axis=1) + 0.01 * x[:, 0]
        else:
            a, b = x @ rng.standard_normal((f, 2)), x @ rng.standard_normal((f, 2))
            z = (a * b).sum(axis=1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1) + 1e-9)
        return _binned(x, z, k, d, seed)
    if name == "himmelblau":
        u, v = 1.5 * x[:, 0], 1.5 * x[:, 1]
        y = np.log1p((u ** 2 + v - 11) ** 2 + (u + v ** 2 - 7) ** 2)
    else:
        u, v = x[:, 0], x[:, 1]
        y = np.sin(u + v) + (u - v) ** 2 - 1.5 * u + 2.5 * v + 1
    return x, _target(y, d, rng)


def _generated24(name: str, n: int, d: dict, seed: int):
    """The twenty-fourth fresh part's data sets, made with numpy: ``spread`` (K equal-count bins of the
    standard deviation of the first ``m`` (4) features, each scaled by a random factor), ``signflips``
    (K equal-count bins of the number of sign changes along the features after a random shift of
    each, tie-broken by the first feature), ``beale`` (the log of Beale's function of the first two,
    at 0.7 of their spread) and ``threehump`` (the three-hump camel function of the first two), both
    scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 163)
    if name in ("spread", "signflips"):
        if name == "spread":
            m = min(f, d.get("m", 4))
            z = (x[:, :m] * rng.uniform(0.5, 1.5, m)).std(axis=1)
        else:
            s = np.sign(x + rng.uniform(-0.5, 0.5, f))
            z = (s[:, 1:] != s[:, :-1]).sum(axis=1) + 0.3 * np.tanh(x[:, 0])
        return _binned(x, z, k, d, seed)
    if name == "beale":
        u, v = 0.7 * x[:, 0], 0.7 * x[:, 1]
        y = np.log1p((1.5 - u + u * v) ** 2 + (2.25 - u + u * v ** 2) ** 2 + (2.625 - u + u * v ** 3) ** 2)
    else:
        u, v = x[:, 0], x[:, 1]
        y = 2 * u ** 2 - 1.05 * u ** 4 + u ** 6 / 6 + u * v + v ** 2
        y = np.arcsinh(y)
    return x, _target(y, d, rng)


def _generated25(name: str, n: int, d: dict, seed: int):
    """The twenty-fifth fresh part's data sets, made with numpy: ``normratio`` (K equal-count bins of
    the log of the ratio of the norms of two disjoint groups of ``m`` (2) features each), ``median``
    (K equal-count bins of the median of the first ``m`` (5) features, each shifted at random),
    ``rastrigin`` (Rastrigin's function of the first three, at 0.25 of their spread) and
    ``sumpowers`` (the log of the sum of different powers of the first four, |x_i|^(i+1)), both
    scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 167)
    if name in ("normratio", "median"):
        if name == "normratio":
            m = max(1, min(d.get("m", 2), f // 2))
            z = np.log(np.linalg.norm(x[:, :m], axis=1) + 1e-9) - np.log(np.linalg.norm(x[:, m:2 * m], axis=1) + 1e-9)
        else:
            m = min(f, d.get("m", 5))
            z = np.median(x[:, :m] + rng.uniform(-0.5, 0.5, m), axis=1)
        return _binned(x, z, k, d, seed)
    if name == "rastrigin":
        u = 0.25 * x[:, :min(f, 3)]
        y = 10 * u.shape[1] + (u ** 2 - 10 * np.cos(2 * np.pi * u)).sum(axis=1)
    else:
        u = x[:, :min(f, 4)] / 1.5
        y = np.log1p((np.abs(u) ** np.arange(2, u.shape[1] + 2)).sum(axis=1))
    return x, _target(y, d, rng)


def _generated26(name: str, n: int, d: dict, seed: int):
    """The twenty-sixth fresh part's data sets, made with numpy: ``gaps`` (K equal-count bins of the
    largest gap between neighbours among the sorted first ``m`` (4) features), ``entropy`` (K
    equal-count bins of the entropy of a softmax over the first ``m`` (4) features, at a temperature
    of 0.7), ``trid`` (the Trid function of the first four, at half their spread) and ``schwefel``
    (Schwefel's 2.22, the sum plus the product of the absolute values of the first three), both
    scaled (the second through a log)."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 173)
    if name in ("gaps", "entropy"):
        m = max(2, min(d.get("m", 4), f))
        if name == "gaps":
            z = np.diff(np.sort(x[:, :m], axis=1), axis=1).max(axis=1)
        else:
            e = np.exp((x[:, :m] - x[:, :m].max(axis=1, keepdims=True)) / 0.7)
            q = e / e.sum(axis=1, keepdims=True)
            z = -(q * np.log(q + 1e-12)).sum(axis=1)
        return _binned(x, z, k, d, seed)
    if name == "trid":
        u = 0.5 * x[:, :min(f, 4)] + 1.0
        y = ((u - 1) ** 2).sum(axis=1) - (u[:, 1:] * u[:, :-1]).sum(axis=1)
    else:
        u = np.abs(x[:, :min(f, 3)])
        y = np.log1p(u.sum(axis=1) + u.prod(axis=1))
    return x, _target(y, d, rng)


def _generated27(name: str, n: int, d: dict, seed: int):
    """The twenty-seventh fresh part's data sets, made with numpy: ``secondmax`` (K equal-count bins of
    the second largest of the first ``m`` (4) features), ``lhalf`` (K equal-count bins of the L0.5
    "norm" of the first ``m`` (3), (sum of sqrt|x_i|)^2), ``goldstein`` (the log of the Goldstein-Price
    function of the first two, at half their spread) and ``colville`` (the log of the Colville function
    of the first four, at 0.35 of their spread), both scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 179)
    if name in ("secondmax", "lhalf"):
        if name == "secondmax":
            m = max(2, min(d.get("m", 4), f))
            z = np.sort(x[:, :m], axis=1)[:, -2]
        else:
            m = max(1, min(d.get("m", 3), f))
            z = np.sqrt(np.abs(x[:, :m])).sum(axis=1) ** 2
        return _binned(x, z, k, d, seed)
    if name == "goldstein":
        u, v = 0.5 * x[:, 0], 0.5 * x[:, 1]
        a = 1 + (u + v + 1) ** 2 * (19 - 14 * u + 3 * u ** 2 - 14 * v + 6 * u * v + 3 * v ** 2)
        b = 30 + (2 * u - 3 * v) ** 2 * (18 - 32 * u + 12 * u ** 2 + 48 * v - 36 * u * v + 27 * v ** 2)
        y = np.log(a * b)
    else:
        u = 0.35 * x[:, :4] if f >= 4 else np.pad(0.35 * x, ((0, 0), (0, 4 - f)))
        y = np.log1p(100 * (u[:, 0] ** 2 - u[:, 1]) ** 2 + (u[:, 0] - 1) ** 2 + (u[:, 2] - 1) ** 2
                     + 90 * (u[:, 2] ** 2 - u[:, 3]) ** 2 + 10.1 * ((u[:, 1] - 1) ** 2 + (u[:, 3] - 1) ** 2)
                     + 19.8 * (u[:, 1] - 1) * (u[:, 3] - 1))
    return x, _target(y, d, rng)


def _generated28(name: str, n: int, d: dict, seed: int):
    """The twenty-eighth fresh part's data sets, made with numpy: ``minabs`` (K equal-count bins of the
    smallest absolute value among the first ``m`` (3) features), ``walkmax`` (K equal-count bins of the
    highest point of the running sum of the first ``m`` (5) features, a random walk's maximum),
    ``bukin`` (the log of Bukin's function N.6 of the first two, scaled to its domain) and
    ``eggcrate`` (the egg-crate function of the first two, at 0.6 of their spread), both scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 181)
    if name in ("minabs", "walkmax"):
        if name == "minabs":
            m = max(1, min(d.get("m", 3), f))
            z = np.abs(x[:, :m]).min(axis=1)
        else:
            m = max(2, min(d.get("m", 5), f))
            z = np.cumsum(x[:, :m], axis=1).max(axis=1)
        return _binned(x, z, k, d, seed)
    if name == "bukin":
        u, v = -10 + 2.5 * x[:, 0], x[:, 1]
        y = np.log1p(100 * np.sqrt(np.abs(v - 0.01 * u ** 2)) + 0.01 * np.abs(u + 10))
    else:
        u, v = 0.6 * x[:, 0], 0.6 * x[:, 1]
        y = u ** 2 + v ** 2 + 25 * (np.sin(u) ** 2 + np.sin(v) ** 2)
    return x, _target(y, d, rng)


def _generated29(name: str, n: int, d: dict, seed: int):
    """The twenty-ninth fresh part's data sets, made with numpy: ``lse`` (K equal-count bins of the
    log-sum-exp of the first ``m`` (4) features), ``hmean`` (K equal-count bins of the harmonic mean of
    the absolute values of the first ``m`` (3)), ``dropwave`` (the Drop-Wave function of the first two,
    at 0.35 of their spread) and ``schaffer`` (Schaffer's function N.2 of the first two, at half their
    spread), both scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 191)
    if name in ("lse", "hmean"):
        if name == "lse":
            m = max(1, min(d.get("m", 4), f))
            z = np.log(np.exp(x[:, :m]).sum(axis=1))
        else:
            m = max(1, min(d.get("m", 3), f))
            z = m / (1.0 / (np.abs(x[:, :m]) + 1e-3)).sum(axis=1)
        return _binned(x, z, k, d, seed)
    u, v = x[:, 0], x[:, 1]
    if name == "dropwave":
        r2 = (0.35 * u) ** 2 + (0.35 * v) ** 2
        y = -(1 + np.cos(12 * np.sqrt(r2) / 4)) / (0.5 * r2 + 2)
    else:
        u, v = 0.5 * u, 0.5 * v
        y = 0.5 + (np.sin(u ** 2 - v ** 2) ** 2 - 0.5) / (1 + 0.001 * (u ** 2 + v ** 2)) ** 2
    return x, _target(y, d, rng)


def _generated30(name: str, n: int, d: dict, seed: int):
    """The thirtieth fresh part's data sets, made with numpy: ``linedist`` (K equal-count bins of the
    distance of the first three features from a random line through a random point), ``posrun`` (K
    equal-count bins of the longest run of positive values along the features, plus a little of the
    first feature to break ties), ``shekel`` (the Shekel function with four minima of the first four,
    at 4 + 1.5 times their spread, wells widened) and ``holder`` (the log of the Hoelder table function of
    the first two, at 0.7 of their spread), both scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 193)
    if name in ("linedist", "posrun"):
        if name == "linedist":
            m = min(f, 3)
            a, b = rng.standard_normal(m), rng.standard_normal(m)
            b /= np.linalg.norm(b)
            w = x[:, :m] - a
            z = np.linalg.norm(w - np.outer(w @ b, b), axis=1)
        else:
            pos = x > 0
            run = np.zeros(n)
            cur = np.zeros(n)
            for j in range(f):
                cur = np.where(pos[:, j], cur + 1, 0)
                run = np.maximum(run, cur)
            z = run + 0.3 * np.tanh(x[:, 0])
        return _binned(x, z, k, d, seed)
    if name == "shekel":
        u = 4 + 1.5 * x[:, :4] if f >= 4 else np.pad(4 + 1.5 * x, ((0, 0), (0, 4 - f)), constant_values=4)
        c = np.array([[4.0] * 4, [1.0] * 4, [8.0] * 4, [6.0, 7.0, 6.0, 7.0]])
        beta = np.array([3.0, 4.0, 4.0, 6.0])  # wide wells (the classic 0.1-0.4 are needles)
        y = -(1.0 / (((u[:, None, :] - c[None]) ** 2).sum(axis=2) + beta)).sum(axis=1)
    else:
        u, v = 0.7 * x[:, 0], 0.7 * x[:, 1]
        y = np.log1p(np.abs(np.sin(u) * np.cos(v) * np.exp(np.abs(1 - np.sqrt(u ** 2 + v ** 2) / np.pi))))
    return x, _target(y, d, rng)


def _generated31(name: str, n: int, d: dict, seed: int):
    """The thirty-first fresh part's data sets, made with numpy: ``stdev`` (K equal-count bins of the
    standard deviation of the first ``m`` (4) features), ``alpine`` (the Alpine N.1 function of the
    first two, sum of |u sin u + 0.1 u|) and ``salomon`` (Salomon's function of the first two, at a
    quarter of their spread), both scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 197)
    if name == "stdev":
        m = max(2, min(d.get("m", 4), f))
        return _binned(x, x[:, :m].std(axis=1), k, d, seed)
    u = x[:, :2] if name == "alpine" else 0.25 * x[:, :2]
    if name == "alpine":
        y = np.abs(u * np.sin(u) + 0.1 * u).sum(axis=1)
    else:
        r = np.sqrt((u ** 2).sum(axis=1))
        y = 1 - np.cos(2 * np.pi * r) + 0.1 * r
    return x, _target(y, d, rng)


def _generated32(name: str, n: int, d: dict, seed: int):
    """The thirty-second fresh part's data sets, made with numpy: ``prodsum`` (K equal-count bins of
    x0 x1 + x2 x3), ``rankpos`` (K equal-count bins of how many of the first ``m`` (5) features lie
    below the first, plus a little of the first to break ties), ``qing`` (the log of the Qing
    function of the first two, at 1.5 times their spread) and ``sumsquares`` (the sum of i x_i² over
    the first three), both scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 199)
    if name in ("prodsum", "rankpos"):
        if name == "prodsum":
            z = x[:, 0] * x[:, 1] + (x[:, 2] * x[:, 3] if f >= 4 else 0.0)
        else:
            m = max(2, min(d.get("m", 5), f))
            z = (x[:, 1:m] < x[:, :1]).sum(axis=1) + 0.3 * np.tanh(x[:, 0])
        return _binned(x, z, k, d, seed)
    m = min(f, 2 if name == "qing" else 3)
    if name == "qing":
        y = np.log1p((((1.5 * x[:, :m]) ** 2 - np.arange(1, m + 1)) ** 2).sum(axis=1))
    else:
        y = (np.arange(1, m + 1) * x[:, :m] ** 2).sum(axis=1)
    return x, _target(y, d, rng)


def _generated33(name: str, n: int, d: dict, seed: int):
    """The thirty-third fresh part's data sets, made with numpy: ``chebyshev`` (K equal-count bins of
    the largest |x_i| over the first ``m`` (3) features), ``sortgap`` (K equal-count bins of the widest
    gap between the sorted first ``m`` (4) features), ``zettl`` (the log of the Zettl function of the first
    two at 1.5 times their spread, plus 2) and ``exponential`` (minus exp(-|x|²/2) over the first three),
    both scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 211)
    if name in ("chebyshev", "sortgap"):
        m = max(2, min(d.get("m", 3 if name == "chebyshev" else 4), f))
        z = np.abs(x[:, :m]).max(axis=1) if name == "chebyshev" else np.diff(np.sort(x[:, :m], axis=1), axis=1).max(axis=1)
        return _binned(x, z, k, d, seed)
    if name == "zettl":
        a, b = 1.5 * x[:, 0], 1.5 * x[:, 1 % f]
        y = np.log1p((a ** 2 + b ** 2 - 2 * a) ** 2 + 0.25 * a + 2)
    else:
        y = -np.exp(-0.5 * (x[:, : min(f, 3)] ** 2).sum(axis=1))
    return x, _target(y, d, rng)


def _generated34(name: str, n: int, d: dict, seed: int):
    """The thirty-fourth fresh part's data sets, made with numpy: ``sparsity`` (K equal-count bins of
    the L1 over the L2 norm of the first ``m`` (4) features), ``halfcos`` (K equal-count bins of the
    cosine between the first two and the next two features), ``quartic`` (the log of 1 + sum of
    i x_i^4 over the first three) and ``rotellipsoid`` (the rotated hyper-ellipsoid, sum over i of
    the squares of the partial sums of the first three), both scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 223)
    if name in ("sparsity", "halfcos"):
        if name == "sparsity":
            m = max(2, min(d.get("m", 4), f))
            z = np.abs(x[:, :m]).sum(axis=1) / np.linalg.norm(x[:, :m], axis=1)
        else:
            a, b = x[:, :2], x[:, 2:4] if f >= 4 else x[:, ::-1][:, :2]
            z = (a * b).sum(axis=1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))
        return _binned(x, z, k, d, seed)
    m = min(f, 3)
    if name == "quartic":
        y = np.log1p((np.arange(1, m + 1) * x[:, :m] ** 4).sum(axis=1))
    else:
        y = (np.cumsum(x[:, :m], axis=1) ** 2).sum(axis=1)
    return x, _target(y, d, rng)


def _generated35(name: str, n: int, d: dict, seed: int):
    """The thirty-fifth fresh part's data sets, made with numpy: ``cubesum`` (K equal-count bins of the
    sum of x_i^3 over the first ``m`` (3) features), ``det2`` (K equal-count bins of the determinant
    x0 x3 - x1 x2, its second row the features after the first two), ``periodic`` (the periodic
    function, 1 + sum of sin^2 x_i - 0.1 exp(-|x|^2), over the first three at 0.7 times their spread)
    and ``logcosh`` (the sum of log cosh(1.5 x_i) over the first three), both scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 227)
    if name in ("cubesum", "det2"):
        if name == "cubesum":
            m = max(2, min(d.get("m", 3), f))
            z = (x[:, :m] ** 3).sum(axis=1)
        else:
            z = x[:, 0] * x[:, 3 % f] - x[:, 1 % f] * x[:, 2 % f]
        return _binned(x, z, k, d, seed)
    u = x[:, : min(f, 3)]
    if name == "periodic":
        v = 0.7 * u
        y = 1 + (np.sin(v) ** 2).sum(axis=1) - 0.1 * np.exp(-(v ** 2).sum(axis=1))
    else:
        y = np.log(np.cosh(1.5 * u)).sum(axis=1)
    return x, _target(y, d, rng)


def _generated36(name: str, n: int, d: dict, seed: int):
    """The thirty-sixth fresh part's data sets, made with numpy: ``normdiff`` (K equal-count bins of the
    L2 norm of the first three features minus that of the next three), ``sinsum`` (K equal-count bins
    of the sum of sin(2 x_i) over the first ``m`` (3)), ``softplus`` (the sum of softplus units of four
    fixed random directions in the first three features) and ``brent`` (the Brent function of the
    first two, (x0 + 1)^2 + (x1 + 1)^2 + exp(-x0^2 - x1^2)), both scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 229)
    if name in ("normdiff", "sinsum"):
        if name == "normdiff":
            z = np.linalg.norm(x[:, :3], axis=1) - np.linalg.norm(x[:, 3:6], axis=1) if f >= 6 else x[:, 0] ** 2 - x[:, 1 % f] ** 2
        else:
            m = max(2, min(d.get("m", 3), f))
            z = np.sin(2 * x[:, :m]).sum(axis=1)
        return _binned(x, z, k, d, seed)
    u = x[:, : min(f, 3)]
    if name == "softplus":
        w = np.random.default_rng(5).standard_normal((u.shape[1], 4))
        y = np.log1p(np.exp(u @ w)).sum(axis=1)
    else:
        a, b = x[:, 0], x[:, 1 % f]
        y = (a + 1) ** 2 + (b + 1) ** 2 + np.exp(-a ** 2 - b ** 2)
    return x, _target(y, d, rng)


def _generated37(name: str, n: int, d: dict, seed: int):
    """The thirty-seventh fresh part's data sets, made with numpy: ``cosnorm`` (K equal-count bins of
    cos(1.5 |x|) over the first ``m`` (3) features), ``triad`` (K equal-count bins of x0 x1 x2 + x0),
    ``bartels`` (the Bartels-Conn function of the first two, |x0^2 + x1^2 + x0 x1| + |sin x0| +
    |cos x1|) and ``leon`` (the log of 1 + the Leon function of the first two, 100 (x1 - x0^3)^2 +
    (1 - x0)^2), both scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 233)
    if name in ("cosnorm", "triad"):
        if name == "cosnorm":
            m = max(2, min(d.get("m", 3), f))
            z = np.cos(1.5 * np.linalg.norm(x[:, :m], axis=1))
        else:
            z = x[:, 0] * x[:, 1 % f] * x[:, 2 % f] + x[:, 0]
        return _binned(x, z, k, d, seed)
    a, b = x[:, 0], x[:, 1 % f]
    if name == "bartels":
        y = np.abs(a ** 2 + b ** 2 + a * b) + np.abs(np.sin(a)) + np.abs(np.cos(b))
    else:
        y = np.log1p(100 * (b - a ** 3) ** 2 + (1 - a) ** 2)
    return x, _target(y, d, rng)


def _generated38(name: str, n: int, d: dict, seed: int):
    """The thirty-eighth fresh part's data sets, made with numpy: ``quadform`` (K equal-count bins of
    x^T A x over the first four features, A a fixed random symmetric matrix), ``tanhsum`` (K
    equal-count bins of a sum of tanh units of ``m`` (3) fixed random directions in all features),
    ``zirilli`` (the Zirilli function of the first two at 1.5 times their spread, x0^4 / 4 - x0^2 / 2 +
    x0 / 10 + x1^2 / 2) and
    ``wavy`` (the wavy function of the first three, 1 - mean of cos(2 x_i) exp(-x_i^2 / 2)), both
    scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 239)
    if name in ("quadform", "tanhsum"):
        fixed = np.random.default_rng(11)
        if name == "quadform":
            u = x[:, : min(f, 4)]
            a = fixed.standard_normal((u.shape[1], u.shape[1]))
            z = np.einsum("ni,ij,nj->n", u, (a + a.T) / 2, u)
        else:
            w = fixed.standard_normal((f, max(1, d.get("m", 3))))
            z = np.tanh(x @ w).sum(axis=1)
        return _binned(x, z, k, d, seed)
    u = x[:, : min(f, 3)]
    if name == "zirilli":
        y = sum(np.abs(0.8 * u[:, i]) ** (i + 2) for i in range(u.shape[1]))
    else:
        y = 1 - (np.cos(2 * u) * np.exp(-u ** 2 / 2)).mean(axis=1)
    return x, _target(y, d, rng)


def _generated39(name: str, n: int, d: dict, seed: int):
    """The thirty-ninth fresh part's data sets, made with numpy: ``ringsum`` (K equal-count bins of the
    distance from the first two features to the nearest of ``m`` (3) points on a ring of radius 1.2,
    plus a tenth of the third feature), ``maxabsdiff`` (K equal-count bins of the largest |x_i -
    x_(i+1)| over the first ``m`` (4) features), ``sinexp`` (sin(1.5 x0) exp(-x1^2 / 2) + x2 / 2) and
    ``ridge`` (the ridge function of the first three, x0 + 2 sqrt(x1^2 + x2^2)), both scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 241)
    if name in ("ringsum", "maxabsdiff"):
        if name == "ringsum":
            m = max(2, d.get("m", 3))
            angle = 2 * np.pi * np.arange(m) / m
            ring = 1.2 * np.c_[np.cos(angle), np.sin(angle)]
            z = np.linalg.norm(x[:, None, :2] - ring[None], axis=2).min(axis=1) + 0.1 * x[:, 2 % f]
        else:
            m = max(2, min(d.get("m", 4), f))
            z = np.abs(np.diff(x[:, :m], axis=1)).max(axis=1)
        return _binned(x, z, k, d, seed)
    if name == "sinexp":
        y = np.sin(1.5 * x[:, 0]) * np.exp(-x[:, 1 % f] ** 2 / 2) + x[:, 2 % f] / 2
    else:
        y = x[:, 0] + 2 * np.sqrt(x[:, 1 % f] ** 2 + x[:, 2 % f] ** 2)
    return x, _target(y, d, rng)


def _generated41(name: str, n: int, d: dict, seed: int):
    """The forty-first fresh part's data sets, made with numpy: ``pairgap`` (K equal-count bins of
    |x0 - x1| - |x2 - x3|), ``rotsine`` (K equal-count bins of 2 sin(x0 cos 0.6 + x1 sin 0.6) + x2),
    ``sqrtsum`` (the sum of sqrt|x_i| over the first three) and ``huber3`` (the sum of Huber functions,
    delta 1, of 1.5 x_i over the first three), both scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 257)
    a, b, c, e = x[:, 0], x[:, 1 % f], x[:, 2 % f], x[:, 3 % f]
    if name in ("pairgap", "rotsine"):
        z = np.abs(a - b) - np.abs(c - e) if name == "pairgap" else 2 * np.sin(a * np.cos(0.6) + b * np.sin(0.6)) + c
        return _binned(x, z, k, d, seed)
    u = np.abs(x[:, : min(f, 3)])
    if name == "sqrtsum":
        y = np.sqrt(u).sum(axis=1)
    else:
        v = 1.5 * u
        y = np.where(v <= 1, v ** 2 / 2, v - 0.5).sum(axis=1)
    return x, _target(y, d, rng)


def _generated42(name: str, n: int, d: dict, seed: int):
    """The forty-second fresh part's data sets, made with numpy: ``cosdiff`` (K equal-count bins of
    cos(1.5 x0) - cos(1.5 x1) + x2 / 2), ``sigsum`` (K equal-count bins of a sum of sigmoids of ``m``
    (3) fixed random directions in all features), ``tentmap`` (1 - |x0| for |x0| < 2, else |x0| - 3,
    plus x1 / 2) and ``arcsinh2`` (arcsinh(2 x0 x1) + x2 / 3), both scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 263)
    a, b, c = x[:, 0], x[:, 1 % f], x[:, 2 % f]
    if name in ("cosdiff", "sigsum"):
        if name == "cosdiff":
            z = np.cos(1.5 * a) - np.cos(1.5 * b) + c / 2
        else:
            w = np.random.default_rng(13).standard_normal((f, max(1, d.get("m", 3))))
            z = (1 / (1 + np.exp(-2 * (x @ w)))).sum(axis=1)
        return _binned(x, z, k, d, seed)
    if name == "tentmap":
        y = np.where(np.abs(a) < 2, 1 - np.abs(a), np.abs(a) - 3) + b / 2
    else:
        y = np.arcsinh(2 * a * b) + c / 3
    return x, _target(y, d, rng)


def _generated43(name: str, n: int, d: dict, seed: int):
    """The forty-third fresh part's data sets, made with numpy: ``maxpair3`` (K equal-count bins of the
    largest of x0 + x1, x1 + x2, x2 + x0), ``relusum`` (K equal-count bins of a sum of ReLU units of
    ``m`` (4) fixed random directions in all features), ``sincube`` (sin(0.8 x0^3) + x1 / 2) and
    ``gausswell`` (x0 / 2 - 2 exp(-(x1^2 + x2^2))), both scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 269)
    a, b, c = x[:, 0], x[:, 1 % f], x[:, 2 % f]
    if name in ("maxpair3", "relusum"):
        if name == "maxpair3":
            z = np.maximum(np.maximum(a + b, b + c), c + a)
        else:
            w = np.random.default_rng(17).standard_normal((f, max(1, d.get("m", 4))))
            z = np.maximum(x @ w, 0).sum(axis=1)
        return _binned(x, z, k, d, seed)
    y = np.sin(0.8 * a ** 3) + b / 2 if name == "sincube" else a / 2 - 2 * np.exp(-(b ** 2 + c ** 2))
    return x, _target(y, d, rng)


def _generated45(name: str, n: int, d: dict, seed: int):
    """The forty-fifth fresh part's data sets, made with numpy: ``cosring`` (K equal-count bins of
    cos(2 sqrt(x0^2 + x1^2)) + x2 / 2), ``logsumexp2`` (K equal-count bins of log(e^x0 + e^x1 + e^x2) - x3),
    ``atanmix`` (arctan(2 x0) x1 + x2 / 2) and ``gaussbump`` (exp(-x0^2) x1 + x2 / 2), both scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 277)
    a, b, c, e = x[:, 0], x[:, 1 % f], x[:, 2 % f], x[:, 3 % f]
    if name in ("cosring", "logsumexp2"):
        z = (np.cos(2 * np.sqrt(a ** 2 + b ** 2)) + c / 2 if name == "cosring"
             else np.logaddexp(np.logaddexp(a, b), c) - e)
        return _binned(x, z, k, d, seed)
    y = np.arctan(2 * a) * b + c / 2 if name == "atanmix" else np.exp(-a ** 2) * b + c / 2
    return x, _target(y, d, rng)


def _generated46(name: str, n: int, d: dict, seed: int):
    """The forty-sixth fresh part's data sets, made with numpy: ``tanhprod`` (K equal-count bins of
    2 tanh(x0) tanh(x1) + x2 / 2), ``softsign2`` (K equal-count bins of x0 / (1 + |x1|) + x2 / 2),
    ``expmix`` (exp(x0 / 2) sin(2 x1) + x2 / 3) and ``ratioprod`` (x0 x1 / (1 + x2^2) + x3 / 2), both scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 281)
    a, b, c, e = x[:, 0], x[:, 1 % f], x[:, 2 % f], x[:, 3 % f]
    if name in ("tanhprod", "softsign2"):
        z = 2 * np.tanh(a) * np.tanh(b) + c / 2 if name == "tanhprod" else a / (1 + np.abs(b)) + c / 2
        return _binned(x, z, k, d, seed)
    y = np.exp(a / 2) * np.sin(2 * b) + c / 3 if name == "expmix" else a * b / (1 + c ** 2) + e / 2
    return x, _target(y, d, rng)


def _generated48(name: str, n: int, d: dict, seed: int):
    """The forty-eighth fresh part's data sets, made with numpy: ``sigmoidgap`` (K equal-count bins of
    sigmoid(2 x0) - sigmoid(2 x1) + x2 / 2), ``bumpsum`` (K equal-count bins of e^-x0^2 + e^-x1^2 - e^-x2^2
    + x3 / 4), ``sinhmix`` (sinh(x0 / 2) cos(x1) + x2 / 3) and ``cosexp`` (cos(2 x0) exp(-x1^2 / 2) + x2 / 2),
    both scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 293)
    a, b, c, e = x[:, 0], x[:, 1 % f], x[:, 2 % f], x[:, 3 % f]
    if name in ("sigmoidgap", "bumpsum"):
        z = (1 / (1 + np.exp(-2 * a)) - 1 / (1 + np.exp(-2 * b)) + c / 2 if name == "sigmoidgap"
             else np.exp(-a ** 2) + np.exp(-b ** 2) - np.exp(-c ** 2) + e / 4)
        return _binned(x, z, k, d, seed)
    y = np.sinh(a / 2) * np.cos(b) + c / 3 if name == "sinhmix" else np.cos(2 * a) * np.exp(-b ** 2 / 2) + c / 2
    return x, _target(y, d, rng)


def _generated49(name: str, n: int, d: dict, seed: int):
    """The forty-ninth fresh part's data sets, made with numpy: ``minmax2`` (K equal-count bins of
    min(x0, x1) + max(x2, x3) / 2), ``softplusgap`` (K equal-count bins of softplus(2 x0) - softplus(2 x1)
    + x2 / 2), ``sigprod`` (2 sigmoid(2 x0) x1 + x2 / 3) and ``logcosh2`` (log cosh(2 x0) - log cosh(x1)
    + x2 / 2), both scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 307)
    a, b, c, e = x[:, 0], x[:, 1 % f], x[:, 2 % f], x[:, 3 % f]
    if name in ("minmax2", "softplusgap"):
        z = (np.minimum(a, b) + np.maximum(c, e) / 2 if name == "minmax2"
             else np.logaddexp(0, 2 * a) - np.logaddexp(0, 2 * b) + c / 2)
        return _binned(x, z, k, d, seed)
    y = (2 * b / (1 + np.exp(-2 * a)) + c / 3 if name == "sigprod"
         else np.log(np.cosh(2 * a)) - np.log(np.cosh(b)) + c / 2)
    return x, _target(y, d, rng)


def _generated59(name: str, n: int, d: dict, seed: int):
    """The fifty-ninth fresh part's data sets, made with numpy: ``cosdist`` (K equal-count bins of
    cos(|x0 - x1|) + x2 / 3), ``maxgap2`` (K equal-count bins of max(x0, x1, x2) - min(x0, x1, x2)),
    ``tanhcos`` (tanh(x0) cos(x1) + x2 / 3) and ``powsum`` (|x0|^1.5 + |x1|^0.5 - x2 / 2), both scaled."""
    rng, x, f, k = _gaussian_inputs(n, d, seed + 367)
    a, b, c = x[:, 0], x[:, 1 % f], x[:, 2 % f]
    if name in ("cosdist", "maxgap2"):
        trio = np.stack([a, b, c])
        z = np.cos(np.abs(a - b)) + c / 3 if name == "cosdist" else trio.max(0) - trio.min(0)
        return _binned(x, z, k, d, seed)
    y = np.tanh(a) * np.cos(b) + c / 3 if name == "tanhcos" else np.abs(a) ** 1.5 + np.abs(b) ** 0.5 - c / 2
    return x, _target(y, d, rng)


def _formula_draw(offset: int, binned: dict, regressions: dict):
    """A draw's data sets given as formulas of the first three of ``_gaussian_inputs``' features (a, b,
    c; its seed plus ``offset``, a prime no other draw uses): ``binned``'s scores cut into K equal-count
    classes (``_binned``), ``regressions``' values scaled into targets with noise (``_target``). Returns
    the draw's row of ``_GENERATED``: its names and the function that makes them (the other draws each
    write that function out in full, as ``_generatedN``)."""
    def make(name: str, n: int, d: dict, seed: int):
        rng, x, f, k = _gaussian_inputs(n, d, seed + offset)
        a, b, c = x[:, 0], x[:, 1 % f], x[:, 2 % f]
        if name in binned:
            return _binned(x, binned[name](a, b, c), k, d, seed)
        return x, _target(regressions[name](a, b, c), d, rng)

    make.__name__ = f"_formula_draw({offset})"
    return (*binned, *regressions), make


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


# The draws whose data sets are such formulas (the fortieth, forty-fourth, forty-seventh, fiftieth to
# fifty-eighth and from the sixtieth on): each its offset, two binned classification data sets and two
# regressions (a, b and c are the first three features). A new draw adds an entry.
FORMULA_DRAWS = {
    # bins of a product of absolute values plus a feature and of a polynomial and a sine of three features; a
    # decaying exponential and a log ratio as regressions
    40: (251, {"absprod": lambda a, b, c: np.abs(a) * np.abs(b) + c / 2,
               "trigpoly": lambda a, b, c: a ** 2 - b + np.sin(2 * c)},
         {"expdecay": lambda a, b, c: np.exp(-np.abs(a)) * (1 + b) + 0.3 * c ** 2,
          "lograt": lambda a, b, c: np.log((1 + a ** 2) / (1 + b ** 2)) + c / 2}),
    # bins of a saddle x0^2 - x1^2 + x2 / 2 and of a product of cosines plus a feature; a sine damped by a second
    # feature and a cubic with a cross term as regressions
    44: (271, {"quadsaddle": lambda a, b, c: a ** 2 - b ** 2 + c / 2,
               "cosprod": lambda a, b, c: 2 * np.cos(a) * np.cos(b) + c},
         {"sinratio": lambda a, b, c: np.sin(2 * a) / (1 + b ** 2) + c / 3,
          "cubicmix": lambda a, b, c: a ** 3 / 3 - a * b + c / 2}),
    # bins of a sine of one feature times a cosine of another plus a third and of a sum of absolute pairwise
    # differences; a cube root of a sum and a smoothed square wave plus a feature as regressions
    47: (283, {"sincos2": lambda a, b, c: 2 * np.sin(a) * np.cos(b) + c / 2,
               "absdiff3": lambda a, b, c: np.abs(a - b) + np.abs(b - c) - np.abs(c - a) / 2},
         {"cubroot": lambda a, b, c: np.cbrt(a + 2 * b) + c / 3,
          "sqwave": lambda a, b, c: np.tanh(3 * np.sin(2 * a)) + b / 2}),
    # bins of a difference of tanhs plus a feature and of the distance of the radius from 1.2 plus a sixth of a
    # feature; a sinc times a feature and a log of one plus a product's size as regressions
    50: (311, {"tanhdiff": lambda a, b, c: np.tanh(2 * a) - np.tanh(2 * b) + c / 2,
               "ringgap": lambda a, b, c: np.abs(np.sqrt(a ** 2 + b ** 2) - 1.2) + c / 6},
         {"sincprod": lambda a, b, c: np.sinc(a) * b + c / 3,
          "logabs": lambda a, b, c: np.log1p(np.abs(a * b)) + c / 2}),
    # bins of a cubic less a feature and of a sine times a size; a difference of exponentials and a cosine over
    # one plus a square as regressions
    51: (313, {"cubicgap": lambda a, b, c: a ** 3 / 3 - b + c / 2,
               "sinabs": lambda a, b, c: np.sin(2 * a) * np.abs(b) + c / 2},
         {"expdiff": lambda a, b, c: np.exp(a / 2) - np.exp(b / 2) + c / 3,
          "cosratio": lambda a, b, c: np.cos(2 * a) / (1 + b ** 2) + c / 2}),
    # bins of the angle of two features plus a third and of a difference of square roots of sizes; a cosine times
    # a square and a tanh of a shifted square as regressions
    52: (317, {"angle2": lambda a, b, c: np.arctan2(b, a) + c / 3,
               "sqrtabs": lambda a, b, c: np.sqrt(np.abs(a)) - np.sqrt(np.abs(b)) + c / 2},
         {"cospoly": lambda a, b, c: np.cos(a) * b ** 2 / 2 + c / 3,
          "tanhsq": lambda a, b, c: np.tanh(a ** 2 - 1) + b / 2}),
    # bins of a sinc of the radius plus a feature and of a signed power less a feature; a log ratio of one plus
    # squares and an exponential decay times a sine as regressions
    53: (331, {"sinc2d": lambda a, b, c: np.sinc(np.sqrt(a ** 2 + b ** 2)) + c / 3,
               "powgap": lambda a, b, c: np.sign(a) * np.abs(a) ** 1.5 - b + c / 2},
         {"logratio2": lambda a, b, c: np.log((1 + a ** 2) / (1 + b ** 2)) + c / 2,
          "expsin": lambda a, b, c: np.exp(-np.abs(a)) * np.sin(2 * b) + c / 3}),
    # bins of a cosine under a Gaussian across a feature and of a difference of rectified features; a logistic of
    # a product and a square root times a cosine as regressions
    54: (337, {"gabor2": lambda a, b, c: np.cos(2 * a) * np.exp(-b ** 2 / 2) + c / 3,
               "relugap": lambda a, b, c: np.maximum(a, 0) - np.maximum(b, 0) + c / 2},
         {"logistic2": lambda a, b, c: 1 / (1 + np.exp(-2 * a * b)) + c / 2,
          "sqrtcos": lambda a, b, c: np.sqrt(1 + a ** 2) * np.cos(b) + c / 3}),
    # bins of a cosine of a sum under a Gaussian and of a hinge of a product; a cube over one plus a square plus a
    # log and a squared sine less a cosine as regressions
    55: (347, {"cosgauss": lambda a, b, c: np.cos(a + b) * np.exp(-c ** 2 / 4) + a / 3,
               "hingegap": lambda a, b, c: np.maximum(0, 1 - a * b) + c / 2},
         {"cubelog": lambda a, b, c: a ** 3 / (1 + a ** 2) + np.log1p(b ** 2) - c / 2,
          "sinsq2": lambda a, b, c: np.sin(a) ** 2 - np.cos(b) / 2 + c / 3}),
    # bins of a tanh of a cube less a feature and of the square root of a difference of squares' size; a Gaussian
    # over one plus a square and a log size times a sine as regressions
    56: (349, {"tanhcube": lambda a, b, c: np.tanh(a ** 3) - b / 2 + c / 3,
               "sqrtring": lambda a, b, c: np.sqrt(np.abs(a ** 2 - b ** 2)) + c / 3},
         {"expratio": lambda a, b, c: np.exp(-a ** 2) / (1 + b ** 2) + c / 2,
          "logsin": lambda a, b, c: np.log1p(np.abs(a)) * np.sin(2 * b) + c / 3}),
    # bins of a cube root of the radius times a cosine and of the larger size less a feature; a softplus times a
    # sine and a difference of shifted Gaussians as regressions
    57: (353, {"cubicring": lambda a, b, c: np.cbrt(a ** 2 + b ** 2) * np.cos(c),
               "absmax": lambda a, b, c: np.maximum(np.abs(a), np.abs(b)) - c / 2},
         {"softsin": lambda a, b, c: np.logaddexp(0, a) * np.sin(b) + c / 3,
          "gaussmix2": lambda a, b, c: np.exp(-(a - 1) ** 2) - np.exp(-(b + 1) ** 2) + c / 3}),
    # bins of a sinh of half a feature less another and of an ellipse's level less a feature; an arctangent of a
    # product and a root of one plus an exponential as regressions
    58: (359, {"sinhgap": lambda a, b, c: np.sinh(a / 2) - b + c / 3,
               "ellipse2": lambda a, b, c: a ** 2 / 4 + b ** 2 - c / 2},
         {"atanprod": lambda a, b, c: np.arctan(2 * a * b) + c / 3,
          "sqrtexp": lambda a, b, c: np.sqrt(1 + np.exp(a)) - b / 2 + c / 3}),
    # bins of a log of one plus a squared radius less a feature and of a signed mean size; a Gaussian times a
    # cosine and a feature over one plus squares as regressions
    60: (373, {"logsq": lambda a, b, c: np.log1p(a ** 2 + b ** 2) - c / 2,
               "signprod": lambda a, b, c: np.sign(a * b) * (np.abs(a) + np.abs(b)) / 2 + c / 3},
         {"expcos": lambda a, b, c: np.exp(-a ** 2 / 2) * np.cos(2 * b) + c / 3,
          "ratio3": lambda a, b, c: a / (1 + b ** 2 + c ** 2)}),
    # bins of a sum of sines and a cosine and of a radius less a size; a sigmoid of a cube and a cosine of a size
    # as regressions
    61: (379, {"sincos3": lambda a, b, c: np.sin(a) + np.cos(b) + np.sin(c) / 2,
               "hypot2": lambda a, b, c: np.hypot(a, b) - np.abs(c) / 2},
         {"sigcube": lambda a, b, c: 1 / (1 + np.exp(-a ** 3)) + b / 3 - c / 3,
          "cosabs": lambda a, b, c: np.cos(np.abs(a) + b / 2) + c / 3}),
    # bins of a tanh of a shifted squared radius and of a cosine of the larger of two features; a difference of
    # log sizes and a sum of sincs as regressions
    62: (383, {"tanhring": lambda a, b, c: np.tanh(a ** 2 + b ** 2 - 2) + c / 3,
               "cosmax": lambda a, b, c: np.cos(np.maximum(a, b)) + c / 2},
         {"logdiff2": lambda a, b, c: np.log1p(a ** 2) - np.log1p(b ** 2) / 2 + c / 3,
          "sincsum": lambda a, b, c: np.sinc(a) + np.sinc(b) + c / 3}),
    # bins of a difference of cubes and of a product of sines; a difference of decays and a square times a cosine
    # as regressions
    63: (389, {"cubegap2": lambda a, b, c: (a ** 3 - b ** 3) / 3 + c / 2,
               "sinprod3": lambda a, b, c: np.sin(a) * np.sin(b) + c / 3},
         {"expabs2": lambda a, b, c: np.exp(-np.abs(a)) - np.exp(-np.abs(b)) + c / 3,
          "quadcos": lambda a, b, c: a ** 2 * np.cos(b) / 2 + c / 3}),
    # bins of a size over one plus a size and of a soft minimum; a Gaussian times a feature and an arcsine of a
    # tanh as regressions
    64: (397, {"absratio": lambda a, b, c: np.abs(a) / (1 + np.abs(b)) + c / 3,
               "softmin2": lambda a, b, c: -np.logaddexp(-a, -b) + c / 3},
         {"gaussprod": lambda a, b, c: np.exp(-a ** 2 / 2) * b + c / 3,
          "arcsin2": lambda a, b, c: np.arcsin(np.tanh(a + b)) + c / 3}),
    # bins of a sum of floors and of sigmoid rings; a signed root of a product and an inverse cosh as regressions
    65: (401, {"stepsum": lambda a, b, c: np.floor(a) + np.floor(b) / 2 + c / 3,
               "sigring": lambda a, b, c: (1 / (1 + np.exp(-3 * (np.abs(a) - 1)))
                                           + 1 / (1 + np.exp(-3 * (np.abs(b) - 1))) + c / 3)},
         {"rootprod": lambda a, b, c: np.sign(a * b) * np.sqrt(np.abs(a * b)) + c / 3,
          "coshinv": lambda a, b, c: 1 / np.cosh(a) - b / 3 + c / 3}),
    # bins of a sine of a cube plus a feature and of a tanh of a difference of sizes; a sine times an exponential
    # and a log of two plus a cosine of a product as regressions
    66: (409, {"cubesin": lambda a, b, c: np.sin(a ** 3 / 2) + b / 2 + c / 3,
               "tanhabs": lambda a, b, c: np.tanh(np.abs(a) - np.abs(b)) + c / 3},
         {"sinexp2": lambda a, b, c: np.sin(a) * np.exp(b / 3) + c / 3,
          "logcos2": lambda a, b, c: np.log(2 + np.cos(a * b)) + c / 3}),
    # bins of the larger of two sines and of the smaller of two squares less a feature; a sum of exponentials and
    # a sum of arctangents as regressions
    67: (419, {"maxsin": lambda a, b, c: np.maximum(np.sin(a), np.sin(b)) + c / 3,
               "minsq": lambda a, b, c: np.minimum(a ** 2, b ** 2) - c / 2},
         {"expsum2": lambda a, b, c: np.exp(a / 2) + np.exp(-b / 2) + c / 3,
          "atansum": lambda a, b, c: np.arctan(a) + np.arctan(b) / 2 + c / 3}),
    # bins of a sine of the radius and of a squared gap less a feature; a difference of square roots of sizes and
    # of log-coshes as regressions
    68: (421, {"ringsin": lambda a, b, c: np.sin(2 * np.hypot(a, b)) + c / 3,
               "gapsq2": lambda a, b, c: (a - b) ** 2 - c},
         {"sqrtdiff": lambda a, b, c: np.sqrt(np.abs(a)) - np.sqrt(np.abs(b)) + c / 3,
          "cosh2": lambda a, b, c: np.log(np.cosh(a)) - np.log(np.cosh(b)) / 2 + c / 3}),
    # bins of a product of three cosines and of a size under a Gaussian; a sinc of a product and a quartic less a
    # square as regressions
    69: (431, {"cosprod2": lambda a, b, c: np.cos(a) * np.cos(b) * np.cos(c),
               "absexp": lambda a, b, c: np.abs(a) * np.exp(-b ** 2 / 2) + c / 3},
         {"sincmix": lambda a, b, c: np.sinc(a * b) + c / 3,
          "quartic2": lambda a, b, c: a ** 4 / 10 - b ** 2 + c / 2}),
    # bins of a Gaussian ring and of a size times a cosine; a tanh plus a sine and a log ratio of shifted squares
    # as regressions
    70: (433, {"gaussring": lambda a, b, c: np.exp(-(np.hypot(a, b) - 1.5) ** 2) + c / 3,
               "abscos": lambda a, b, c: np.abs(a) * np.cos(b) + c / 3},
         {"tanhsin2": lambda a, b, c: np.tanh(a) + np.sin(b) + c / 3,
          "lograt3": lambda a, b, c: np.log((2 + a ** 2) / (2 + b ** 2)) + c / 3}),
    # bins of the larger of two products and of a squared ReLU less a ReLU; a cosine under a Gaussian and an
    # arctangent of an exponential as regressions
    71: (439, {"maxprod": lambda a, b, c: np.maximum(a * b, b * c),
               "relusq": lambda a, b, c: np.maximum(a, 0) ** 2 - np.maximum(b, 0) + c / 3},
         {"cosexp2": lambda a, b, c: np.cos(a) * np.exp(-b ** 2 / 4) + c / 3,
          "atanexp": lambda a, b, c: np.arctan(np.exp(a / 2)) + b / 3 + c / 3}),
    # bins of a sine of a sum and a cosine of a difference and of squared and plain hinges; a root of a log size
    # and a cube root of a product as regressions
    72: (443, {"sincos4": lambda a, b, c: np.sin(a + b) + np.cos(a - b) + c / 3,
               "hingesq": lambda a, b, c: np.maximum(a, 0) ** 2 + np.maximum(-b, 0) + c / 3},
         {"sqrtlog": lambda a, b, c: np.sqrt(np.log1p(a ** 2)) + b / 3 + c / 3,
          "cubroot2": lambda a, b, c: np.cbrt(a * b) + c / 3}),
    # bins of a sum of squared sines and of a difference of steep sigmoids; a sinh times a cosine and a decay of a
    # gap as regressions
    73: (449, {"sinsq3": lambda a, b, c: np.sin(a) ** 2 + np.sin(b) ** 2 + c / 3,
               "sigdiff2": lambda a, b, c: 1 / (1 + np.exp(-3 * a)) - 1 / (1 + np.exp(-3 * b)) + c / 3},
         {"sinhcos2": lambda a, b, c: np.sinh(a / 2) * np.cos(b) + c / 3,
          "expgap": lambda a, b, c: np.exp(-np.abs(a - b)) + c / 3}),
    # bins of a cosine of the radius and of a signed root of a product; a Gaussian-damped sine and a
    # difference of log sizes as regressions
    74: (457, {"cosring3": lambda a, b, c: np.cos(2 * np.hypot(a, b)) + c / 3,
               "prodsign": lambda a, b, c: np.sign(a * b) * np.sqrt(np.abs(a * b)) + c / 3},
         {"expsin3": lambda a, b, c: np.exp(-a ** 2 / 2) * np.sin(2 * b) + c / 3,
          "logabs3": lambda a, b, c: np.log1p(np.abs(a)) - np.log1p(np.abs(b)) + c / 3}),
    # bins of a sine of the larger feature and of a sum of cubes; a tanh of a product and a root of a
    # size under a Gaussian as regressions
    75: (461, {"sinmax": lambda a, b, c: np.sin(np.maximum(a, b)) + c / 3,
               "cubsum": lambda a, b, c: (a ** 3 + b ** 3) / 3 - b + c / 3},
         {"tanhprod2": lambda a, b, c: np.tanh(a * b) + c / 3,
          "rootgauss": lambda a, b, c: np.sqrt(np.abs(a)) * np.exp(-b ** 2 / 2) + c / 3}),
    # bins of a difference of cosines and of the smaller size; a sigmoid of a product plus a sine and a
    # sine of a log as regressions
    76: (463, {"cosdiff3": lambda a, b, c: np.cos(a) - np.cos(b) + c / 3,
               "minabs2": lambda a, b, c: np.minimum(np.abs(a), np.abs(b)) + c / 3},
         {"sigmul": lambda a, b, c: _sigmoid(a * b) + np.sin(c) / 2,
          "sinlog2": lambda a, b, c: np.sin(np.log1p(a ** 2)) + b / 3 + c / 3}),
    # bins of a cosine of a product and of the larger size (a square ring); an arctangent of a ratio and
    # a decay of a cubed size as regressions
    77: (467, {"cosprodsum": lambda a, b, c: np.cos(a * b) + c / 3,
               "chebring": lambda a, b, c: np.maximum(np.abs(a), np.abs(b)) + c / 3},
         {"atanratio": lambda a, b, c: np.arctan(a / (1 + b ** 2)) + c / 3,
          "expcube": lambda a, b, c: np.exp(-np.abs(a) ** 3 / 3) + b / 3 + c / 3}),
    # bins of a tanh of the radius less a size and of a product of cubes' signs and sizes; a log of a sum
    # of exponentials and a squared sinc as regressions
    78: (479, {"tanhring2": lambda a, b, c: np.tanh(np.hypot(a, b) - 1) - np.abs(c) / 3,
               "cubeprod": lambda a, b, c: np.cbrt(a) * np.cbrt(b) + c / 3},
         {"logsum3": lambda a, b, c: np.log(np.exp(a) + np.exp(b)) + c / 3,
          "sincsq2": lambda a, b, c: np.sinc(a) ** 2 + np.sinc(b) / 2 + c / 3}),
    # bins of a sine of the radius squared and of a Gaussian of a product; a root of a size times a sine
    # and a cosine of the smaller feature as regressions
    79: (487, {"sinring2": lambda a, b, c: np.sin(a ** 2 + b ** 2) + c / 3,
               "expprod2": lambda a, b, c: np.exp(-(a * b) ** 2) + c / 3},
         {"sqrtsin": lambda a, b, c: np.sqrt(np.abs(a)) * np.sin(b) + c / 3,
          "cosmin2": lambda a, b, c: np.cos(np.minimum(a, b)) + c / 3}),
    # bins of a squared gap less a square and of three arctangents; a log-cosh of a difference and a
    # sigmoid of a size as regressions
    80: (491, {"quadgap": lambda a, b, c: (a - b) ** 2 - c ** 2 / 2,
               "arctan3": lambda a, b, c: np.arctan(a) + np.arctan(2 * b) - np.arctan(c)},
         {"logcosh3": lambda a, b, c: np.log(np.cosh(a - b)) + c / 3,
          "sigabs": lambda a, b, c: _sigmoid(3 * np.abs(a) - 2) + b / 3 + c / 3}),
    # bins of a sine under a decay and of a cube root of a sum; a cosine of a hypotenuse and a sine of an
    # exponential as regressions
    81: (499, {"sinexp4": lambda a, b, c: np.sin(2 * a) * np.exp(-b ** 2 / 4) + c / 3,
               "cbrtsum": lambda a, b, c: np.cbrt(a + b) + np.cbrt(c) / 2},
         {"hypcos": lambda a, b, c: np.cos(np.hypot(a, b)) + c / 3,
          "sinexp5": lambda a, b, c: np.sin(np.exp(a / 2)) + b / 3 + c / 3}),
    # bins of a tanh of a gap and of a product of sines; a log of an exponential sum and a root of a
    # size times a cosine as regressions
    82: (503, {"tanhgap3": lambda a, b, c: np.tanh(2 * (a - b)) + c / 3,
               "sinprod4": lambda a, b, c: np.sin(a) * np.sin(b) + c / 3},
         {"logexp2": lambda a, b, c: np.log1p(np.exp(a)) - b / 2 + c / 3,
          "rootcos3": lambda a, b, c: np.sqrt(np.abs(a)) * np.cos(b) + c / 3}),
    # bins of a cosine of the radius and of a product of sizes; a sigmoid plus a sine and a decay of a
    # size as regressions
    83: (509, {"cosring4": lambda a, b, c: np.cos(np.hypot(a, b)) + c / 3,
               "absprod3": lambda a, b, c: np.abs(a) * np.abs(b) - np.abs(c) / 2},
         {"sigsin2": lambda a, b, c: _sigmoid(2 * a) + np.sin(b) + c / 3,
          "expabs3": lambda a, b, c: np.exp(-np.abs(a)) + b / 3 + c / 3}),
    # bins of a sine plus a cosine and of the larger less the smaller feature; an arctangent of an
    # exponential and a root of a ring as regressions
    84: (521, {"sincos5": lambda a, b, c: np.sin(2 * a) + np.cos(b) + c / 3,
               "minmax3": lambda a, b, c: np.maximum(a, b) - np.minimum(b, c)},
         {"atanexp2": lambda a, b, c: np.arctan(np.exp(a) - 1) + b / 3 + c / 3,
          "sqrtring3": lambda a, b, c: np.sqrt(np.abs(np.hypot(a, b) - 1)) + c / 3}),
    # bins of a sum of tanhs and of a cube times a cosine; a decay of a square and a log of a ring as
    # regressions
    85: (523, {"tanhsum3": lambda a, b, c: np.tanh(a) + np.tanh(b) + np.tanh(c),
               "cubcos": lambda a, b, c: a ** 3 * np.cos(b) + c / 3},
         {"expsq3": lambda a, b, c: np.exp(-a ** 2) + np.exp(-b ** 2) + c / 3,
          "logring": lambda a, b, c: np.log1p(np.hypot(a, b)) + c / 3}),
    # bins of a sine of a size plus a feature and of a cube of the radius less a size; a tanh of a
    # product of three and a log size times a sine as regressions
    86: (569, {"sinabs4": lambda a, b, c: np.sin(2 * np.abs(a)) + b / 2 + c / 3,
               "cubring": lambda a, b, c: np.hypot(a, b) ** 3 / 4 - np.abs(c)},
         {"tanhprod3": lambda a, b, c: np.tanh(a * b * c) + a / 3,
          "logsin3": lambda a, b, c: np.log1p(np.abs(a)) * np.sin(b) + c / 3}),
    # bins of a mix of rectified features and of a cosine of a gap; a root of an exponential and an
    # arctangent of the radius as regressions
    87: (571, {"relumix": lambda a, b, c: np.maximum(a, 0) - 2 * np.maximum(b, 0) + np.maximum(c, 0),
               "cosgap4": lambda a, b, c: np.cos(a - b) + c / 3},
         {"sqrtexp3": lambda a, b, c: np.sqrt(np.exp(a / 2)) + b / 3 + c / 3,
          "atanring": lambda a, b, c: np.arctan(np.hypot(a, b) - 1) + c / 3}),
    # bins of a radius times a sine and of the larger cube; a decay of the radius and a sine of a log
    # as regressions
    88: (577, {"hypsin": lambda a, b, c: np.hypot(a, b) * np.sin(c),
               "cubmax": lambda a, b, c: np.maximum(a, b) ** 3 + c},
         {"expring2": lambda a, b, c: np.exp(-np.hypot(a, b) / 2) + c / 3,
          "sinlog4": lambda a, b, c: np.sin(2 * np.log1p(np.abs(a))) + b / 3 + c / 3}),
    # bins of a tanh times a cosine and of a ring of sizes; sigmoids of two products and a tanh under a
    # decay as regressions
    89: (587, {"tanhcos4": lambda a, b, c: np.tanh(2 * a) * np.cos(b) + c / 3,
               "absring3": lambda a, b, c: np.abs(np.abs(a) + np.abs(b) - 1.5) + c / 3},
         {"sigprod3": lambda a, b, c: _sigmoid(a * b) + _sigmoid(b * c),
          "tanhexp": lambda a, b, c: np.tanh(a) * np.exp(-b ** 2 / 4) + c / 2}),
    # bins of a sum of sines and of a product of the radius and a feature; a decay of a gap and a log of
    # a cosine's offset as regressions
    90: (593, {"sinsum5": lambda a, b, c: np.sin(a) + np.sin(b) + np.sin(c),
               "prodring": lambda a, b, c: np.hypot(a, b) * c},
         {"expgap3": lambda a, b, c: np.exp(-(a - b) ** 2 / 2) + c / 3,
          "logcos5": lambda a, b, c: np.log(2 + np.cos(a + b)) + c / 3}),
    # bins of a mix of tanhs and of a difference of cubes; a sine of the radius and a root of a product's
    # size as regressions
    91: (599, {"tanhmix3": lambda a, b, c: np.tanh(a + b) - np.tanh(b - c),
               "cubdiff": lambda a, b, c: (a ** 3 - b ** 3) / 3 + c},
         {"sinhyp2": lambda a, b, c: np.sin(np.hypot(a, b)) + c / 3,
          "sqrtprod2": lambda a, b, c: np.sqrt(np.abs(a * b)) + c / 3}),
    # bins of an arctangent of the radius and of rectified gaps; a Gaussian-damped sine and a log of a
    # tanh's offset as regressions
    92: (601, {"arcring": lambda a, b, c: np.arctan(np.hypot(a, b) - 1.2) + c / 3,
               "relugap3": lambda a, b, c: np.maximum(a - b, 0) - np.maximum(c - a, 0)},
         {"expsin6": lambda a, b, c: np.exp(-a ** 2 / 4) * np.sin(b) + c / 3,
          "logtanh": lambda a, b, c: np.log(1.5 + np.tanh(a)) + b / 3 + c / 3}),
    # bins of sigmoid rings and of a cosine of a product; a sine of a cube and an arctangent of a product
    # as regressions
    93: (607, {"sigring3": lambda a, b, c: _sigmoid(3 * (np.hypot(a, b) - 1)) + c / 3,
               "cosprod5": lambda a, b, c: np.cos(a * b / 2) + c / 3},
         {"sincube2": lambda a, b, c: np.sin(a ** 3 / 2) + b / 3 + c / 3,
          "atanprod3": lambda a, b, c: np.arctan(a * b) + c / 3}),
    # bins of a cosine of the radius less a feature and of a gap of sizes; a sine under a decay and a log
    # of a product's size as regressions
    94: (613, {"cosring5": lambda a, b, c: np.cos(1.5 * np.hypot(a, b)) - c / 3,
               "absdiff4": lambda a, b, c: np.abs(a) - np.abs(b) + c / 3},
         {"sinexp7": lambda a, b, c: np.sin(a) * np.exp(-np.abs(b) / 2) + c / 3,
          "logprod3": lambda a, b, c: np.log1p(np.abs(a * b)) + c / 3}),
    # bins of a tanh of a ring and of the larger sine; a cosine under an exponential and a root of a sum
    # of sizes as regressions
    95: (617, {"tanhring4": lambda a, b, c: np.tanh(2 * (a ** 2 + b ** 2 - 2)) + c / 3,
               "maxsin2": lambda a, b, c: np.maximum(np.sin(a), np.sin(b)) + c / 3},
         {"expcos5": lambda a, b, c: np.exp(np.cos(a)) + b / 3 + c / 3,
          "sqrtsum3": lambda a, b, c: np.sqrt(np.abs(a) + np.abs(b)) + c / 3}),
    # bins of a sine plus a cosine of a sum and of a cube less a size; an arctangent of an exponential and
    # a log of the radius as regressions
    96: (619, {"sincos6": lambda a, b, c: np.sin(a) + np.cos(b + c),
               "cubabs2": lambda a, b, c: a ** 3 / 3 - np.abs(b) + c / 3},
         {"atanexp3": lambda a, b, c: np.arctan(np.exp(b) - a) + c / 3,
          "logring2": lambda a, b, c: np.log1p(a ** 2 + b ** 2) + c / 3}),
    # bins of a difference of sigmoids and of the smaller product; a sum of squared sines and a mix of
    # decays as regressions
    97: (631, {"sigdiff3": lambda a, b, c: _sigmoid(2 * a) - _sigmoid(2 * b) + c / 3,
               "minprod": lambda a, b, c: np.minimum(a * b, b * c)},
         {"sinsq4": lambda a, b, c: np.sin(a) ** 2 - np.sin(b) ** 2 + c / 3,
          "expmix3": lambda a, b, c: np.exp(-a ** 2) - np.exp(-b ** 2) + c / 3}),
    # bins of a sine of a shifted radius and of a signed cube of a sum; a log of the larger size and a
    # cosine under a decay as regressions
    98: (641, {"sinring6": lambda a, b, c: np.sin(np.hypot(a, b) + c / 2),
               "cubsign": lambda a, b, c: np.sign(a + b) * np.abs(a + b) ** 1.5 - c},
         {"logmax2": lambda a, b, c: np.log1p(np.maximum(np.abs(a), np.abs(b))) + c / 3,
          "cosexp6": lambda a, b, c: np.cos(a) * np.exp(-np.abs(b) / 2) + c / 3}),
    # bins of a tanh of a product less a tanh of a gap and of a ring of sizes; a product of sines and a sum of
    # decays as regressions
    99: (643, {"tanhdiff4": lambda a, b, c: np.tanh(a * b) - np.tanh(b - c),
               "absring5": lambda a, b, c: np.abs(np.hypot(a, b) - 1.2) - c / 3},
         {"sinprod6": lambda a, b, c: np.sin(a) * np.sin(b) * 2 + c / 3,
          "expsq5": lambda a, b, c: np.exp(-a ** 2 / 2) + np.exp(-b ** 2 / 2) + c / 3}),
    # bins of a cosine of the smaller feature and of a root of a gap; an arctangent mix and a log of an
    # exponential sum as regressions
    100: (647, {"cosmin4": lambda a, b, c: np.cos(np.minimum(a, b)) + c / 3,
                "sqrtgap": lambda a, b, c: np.sqrt(np.abs(a - b)) - np.abs(c) / 2},
          {"atanmix4": lambda a, b, c: np.arctan(a) * np.arctan(b) + c / 3,
           "logexp5": lambda a, b, c: np.log(np.exp(a) + np.exp(-b)) + c / 3}),
    # bins of a sum of sigmoids and of a sine of a size; a decay of a product and a cube times a sine as
    # regressions
    101: (653, {"sigsum5": lambda a, b, c: _sigmoid(2 * a) + _sigmoid(2 * b) + _sigmoid(2 * c),
                "sinabs6": lambda a, b, c: np.sin(1.5 * np.abs(a)) + b / 2},
          {"expprod6": lambda a, b, c: np.exp(-np.abs(a * b)) + c / 3,
           "cubsin3": lambda a, b, c: a ** 3 / 4 + np.sin(b) + c / 3}),
    # bins of a sine of a scaled radius and of a gap of sizes less a feature; a log of a square sum and a
    # tanh under a decay as regressions
    102: (659, {"sinring7": lambda a, b, c: np.sin(2 * np.hypot(a, b) / 3) + c / 3,
                "absgap5": lambda a, b, c: np.abs(a - b) - np.abs(b + c) / 2},
          {"logsq4": lambda a, b, c: np.log1p(a ** 2 + b ** 2 / 2) + c / 3,
           "tanhexp2": lambda a, b, c: np.tanh(2 * a) * np.exp(-np.abs(b) / 3) + c / 3}),
    # bins of a cosine of a product and of a cube of the radius; a sigmoid under a decay and a mix of
    # sines as regressions
    103: (661, {"cosprod6": lambda a, b, c: np.cos(a * b / 1.5) + a / 3,
                "cubring2": lambda a, b, c: np.hypot(a, c) ** 3 - 2 * np.abs(b)},
          {"sigexp3": lambda a, b, c: _sigmoid(3 * a) * np.exp(-b ** 2 / 3) + c / 3,
           "sinmix5": lambda a, b, c: np.sin(a + b / 2) + np.sin(b - c) / 2}),
    # bins of a decay of the radius and of the larger size; an arctangent of a ring and a root of a
    # cosine's offset as regressions
    104: (673, {"expring3": lambda a, b, c: np.exp(-np.hypot(a, b) / 1.5) + c / 3,
                "maxabs4": lambda a, b, c: np.maximum(np.abs(a), np.abs(b)) - np.abs(c) / 2},
          {"atanring2": lambda a, b, c: np.arctan(a ** 2 + b ** 2 - 2) + c / 3,
           "sqrtcos4": lambda a, b, c: np.sqrt(1.5 + np.cos(a)) + b / 3 + c / 3}),
    # bins of a sum of rectified features and of a squared sine plus a product of sines; a log-cosh of a
    # sum and a difference of decays as regressions
    105: (677, {"relusum2": lambda a, b, c: np.maximum(a, 0) + np.maximum(-b, 0) + np.maximum(c, 0),
                "sinsq5": lambda a, b, c: np.sin(a) ** 2 + np.sin(b) * np.sin(c)},
          {"logcosh4": lambda a, b, c: np.log(np.cosh(a + b)) + c / 3,
           "expdiff5": lambda a, b, c: np.exp(-np.abs(a)) - np.exp(-np.abs(b)) + c / 3}),
    # bins of a cosine of the radius plus a feature and of a root of a size less another; a log of a
    # sigmoid and a tanh of a cube as regressions
    106: (683, {"cosring8": lambda a, b, c: np.cos(np.hypot(a, b)) + b / 3 + c / 3,
                "sqrtabs5": lambda a, b, c: np.sqrt(np.abs(a)) - np.abs(b) / 2 + c / 3},
          {"logsig": lambda a, b, c: np.log(_sigmoid(2 * a)) + b / 3 + c / 3,
           "tanhcube3": lambda a, b, c: np.tanh(a ** 3 / 2) + np.sin(b) / 2 + c / 3}),
    # bins of a sine under a decay and of the largest gap; a sum of Gaussians and a difference of cosines
    # as regressions
    107: (691, {"sinexp8": lambda a, b, c: np.sin(2 * a) * np.exp(-np.abs(b) / 2) + c / 3,
                "maxgap5": lambda a, b, c: np.maximum(np.abs(a - b), np.abs(b - c))},
          {"expsq6": lambda a, b, c: np.exp(-(a ** 2 + b ** 2) / 2) + c / 3,
           "cosdiff6": lambda a, b, c: np.cos(a) - np.cos(2 * b) / 2 + c / 3}),
    # bins of an arctangent of sizes and of the smaller rectified feature; a log of an exponential mix
    # and a product of sines as regressions
    108: (701, {"atanabs": lambda a, b, c: np.arctan(np.abs(a) - np.abs(b)) + c / 3,
                "relumin": lambda a, b, c: np.minimum(np.maximum(a, 0), np.maximum(b, 0)) + c / 2},
          {"logexp7": lambda a, b, c: np.log(1 + np.exp(a) + np.exp(b)) + c / 3,
           "sinprod7": lambda a, b, c: np.sin(a) * np.sin(2 * b) + c / 3}),
    # bins of a cube over a tanh and of a radius under a decay; a sigmoid mix and a cosine of a size as
    # regressions
    109: (709, {"cubtanh": lambda a, b, c: a ** 3 / 3 - np.tanh(2 * b) + c / 3,
                "hypexp": lambda a, b, c: np.hypot(a, b) * np.exp(-np.abs(c) / 2)},
          {"sigmix4": lambda a, b, c: _sigmoid(2 * a) - _sigmoid(a * b) + c / 3,
           "cosabs5": lambda a, b, c: np.cos(1.5 * np.abs(a)) + b / 3 + c / 3}),
    # bins of a tanh of a sum and of a square under a cosine; a soft absolute value and a cosine of an
    # arctangent as regressions
    110: (719, {"tanhsum6": lambda a, b, c: np.tanh(a + b) + np.tanh(b - c) / 2,
                "sqcos9": lambda a, b, c: a ** 2 / 2 - np.cos(2 * b) + c / 3},
          {"softabs8": lambda a, b, c: np.sqrt(1 + a ** 2) - np.abs(b) / 2 + c / 3,
           "cosatan": lambda a, b, c: np.cos(2 * np.arctan(a)) + b / 3 + c / 3}),
    # bins of a log-cosh and of a sine of a radius; a difference of decays and a bounded ratio as
    # regressions
    111: (727, {"logcosh5": lambda a, b, c: np.log(np.cosh(a)) - b / 2 + c / 3,
                "sinhyp7": lambda a, b, c: np.sin(np.hypot(a, b) * 1.5) + c / 3},
          {"expdiff8": lambda a, b, c: np.exp(-np.abs(a)) - np.exp(-np.abs(b - c)),
           "ratio5": lambda a, b, c: a / (1 + np.abs(b)) + c / 3}),
    # bins of a sigmoid of a cube and of the arcsine of a tanh; the smaller square and a sine times a
    # cosine as regressions
    112: (733, {"sigcube6": lambda a, b, c: _sigmoid(a ** 3) + b / 3 - c / 3,
                "arcsin5": lambda a, b, c: np.arcsin(np.tanh(a)) * 2 + np.abs(b) / 2 + c / 3},
          {"minsq7": lambda a, b, c: np.minimum(a ** 2, b ** 2 + 0.5) + c / 3,
           "sincos9": lambda a, b, c: np.sin(a) * np.cos(b) + c / 3}),
    # bins of a tanh under a decay and of a log of a size; a sine of a cube and a mix of two Gaussian
    # bumps as regressions
    113: (739, {"tanhexp6": lambda a, b, c: np.tanh(2 * a) * np.exp(-b ** 2 / 4) + c / 3,
                "logabs8": lambda a, b, c: np.log(0.3 + np.abs(a)) + b / 3 + c / 3},
          {"cubsin5": lambda a, b, c: np.sin(a ** 3 / 2) + b / 3 + c / 3,
           "gaussmix": lambda a, b, c: np.exp(-(a - 1) ** 2) - np.exp(-(b + 1) ** 2) + c / 3}),
    # bins of a squared sine plus a feature and of a power of a size; a cosine under a decay and a
    # radius through a tanh as regressions
    114: (743, {"sinsq7": lambda a, b, c: np.sin(a) ** 2 + b / 2 + c / 3,
                "powabs3": lambda a, b, c: np.abs(a) ** 1.5 - np.abs(b) + c / 3},
          {"cosexp9": lambda a, b, c: np.cos(2 * a) * np.exp(-np.abs(b) / 3) + c / 3,
           "hyptanh": lambda a, b, c: np.tanh(np.hypot(a, b) - 1) + c / 3}),
    # bins of a mix of roots and of a log of a ratio of sizes; a cube of a size and a sine of an
    # arctangent as regressions
    115: (751, {"sqrtmix4": lambda a, b, c: np.sqrt(np.abs(a) + 1) * np.sign(b) + c / 3,
                "logratio": lambda a, b, c: np.log((1 + np.abs(a)) / (1 + np.abs(b))) + c / 3},
          {"abscube6": lambda a, b, c: np.abs(a) ** 3 / 4 - b / 2 + c / 3,
           "sinatan8": lambda a, b, c: np.sin(3 * np.arctan(a)) + b / 3 + c / 3}),
    # bins of a cube root of a sum and of a product of tanhs; a difference of Gaussians and a sine of
    # a log as regressions
    116: (757, {"cubroot7": lambda a, b, c: np.cbrt(a + b) + c / 3,
                "tanhprod5": lambda a, b, c: np.tanh(2 * a) * np.tanh(2 * b) + c / 3},
          {"gaussdiff": lambda a, b, c: np.exp(-a ** 2) - 0.5 * np.exp(-(a - b) ** 2) + c / 3,
           "sinlog5": lambda a, b, c: np.sin(2 * np.log(1 + np.abs(a))) + b / 3 + c / 3}),
    # bins of the larger of a sine and a feature and of a soft sign; regressions of a squared cosine and
    # of a tanh of a difference
    117: (761, {"maxsin6": lambda a, b, c: np.maximum(np.sin(2 * a), b / 2) + c / 3,
                "softsign4": lambda a, b, c: a / (1 + np.abs(a)) - b / (1 + np.abs(b)) + c / 3},
          {"cossq8": lambda a, b, c: np.cos(a) ** 2 + b / 3 + c / 3,
           "tanhsub9": lambda a, b, c: np.tanh(a - b) + np.abs(c) / 3}),
    # bins of a sine of a cube and of a size under a decay; a tanh of a square and a mix of cosines as
    # regressions
    118: (769, {"sincub5": lambda a, b, c: np.sin(a ** 3 / 2) + b / 2 + c / 3,
                "absexp8": lambda a, b, c: np.abs(a) * np.exp(-np.abs(b) / 2) + c / 3},
          {"tanhsq4": lambda a, b, c: np.tanh(a ** 2 - 1) + b / 3 + c / 3,
           "cosmix7": lambda a, b, c: np.cos(a + b / 2) + np.cos(b) / 2 + c / 3}),
    # bins of a log of a sine's size and of a difference of sigmoids; a cosine of the radius and a
    # decay of a size as regressions
    119: (773, {"logsin6": lambda a, b, c: np.log(0.2 + np.abs(np.sin(a))) + b / 2 + c / 3,
                "sigdiff5": lambda a, b, c: _sigmoid(3 * a) - _sigmoid(3 * b) + c / 3},
          {"hypcos6": lambda a, b, c: np.cos(np.hypot(a, b)) + c / 3,
           "expabs9": lambda a, b, c: np.exp(-np.abs(a - b) / 2) + c / 3}),
    # bins of a cube less a tanh and of a signed root times a sine; the smaller size and an arctangent of
    # a sum as regressions
    120: (787, {"cubtanh4": lambda a, b, c: a ** 3 / 4 - np.tanh(b) + c / 3,
                "sqrtsin5": lambda a, b, c: np.sqrt(np.abs(a)) * np.sign(np.sin(2 * b)) + c / 3},
          {"minabs8": lambda a, b, c: np.minimum(np.abs(a), np.abs(b)) + c / 3,
           "atansum5": lambda a, b, c: np.arctan(2 * (a + b)) + c / 3}),
    # bins of a bounded ratio under a sine and of a power of a cosine; a square under a decay and a tanh
    # of a log as regressions
    121: (797, {"sinrat6": lambda a, b, c: np.sin(a) / (1 + b ** 2) + c / 3,
                "cospow4": lambda a, b, c: np.cos(a) ** 3 + b / 2 + c / 3},
          {"sqexp7": lambda a, b, c: a ** 2 * np.exp(-np.abs(b) / 2) + c / 3,
           "tanhlog5": lambda a, b, c: np.tanh(np.log(1 + a ** 2)) - b / 3 + c / 3}),
    # bins of a sine of a size plus a feature and of a cube under a decay; a mix of tanhs and a log of a
    # square as regressions
    122: (809, {"sinabs9": lambda a, b, c: np.sin(2 * np.abs(a)) + b / 2 + c / 3,
                "expcub4": lambda a, b, c: a ** 3 * np.exp(-b ** 2 / 4) / 2 + b / 3 + c / 3},
          {"tanhmix8": lambda a, b, c: np.tanh(a) + np.tanh(2 * b) / 2 + c / 3,
           "logsq6": lambda a, b, c: np.log(1 + (a - b) ** 2) + c / 3}),
    # bins of a product of sigmoids and of an arctangent under a decay; a root under a decay and a
    # difference of sines as regressions
    123: (811, {"sigprod7": lambda a, b, c: _sigmoid(2 * a) * _sigmoid(-2 * b) + c / 6,
                "atanexp5": lambda a, b, c: np.arctan(2 * a) * np.exp(-np.abs(b) / 3) + c / 3},
          {"sqrtexp6": lambda a, b, c: np.sqrt(np.abs(a)) * np.exp(-b ** 2 / 4) + c / 3,
           "sindiff7": lambda a, b, c: np.sin(a) - np.sin(b) / 2 + c / 3}),
    # bins of a log of a size plus a feature and of a mix of cubes; a tanh of the radius and a sum of
    # decays as regressions
    124: (821, {"abslog4": lambda a, b, c: np.log(0.5 + np.abs(a)) - b / 2 + c / 3,
                "cubmix6": lambda a, b, c: (a ** 3 - b ** 3) / 4 + c / 3},
          {"tanhrad4": lambda a, b, c: np.tanh(np.hypot(a, b) - 1.2) + b / 3 + c / 3,
           "expsum5": lambda a, b, c: np.exp(-np.abs(a)) + np.exp(-np.abs(b)) + c / 3}),
    # bins of a cosine of an arctangent plus a feature and of a power of a Gaussian; a sine of a
    # sigmoid and a sine under a tanh as regressions
    125: (823, {"cosatan6": lambda a, b, c: np.cos(3 * np.arctan(a)) + b / 2 + c / 3,
                "gausspow": lambda a, b, c: np.exp(-a ** 2 / 2) ** 2 - np.exp(-b ** 2 / 2) + c / 3},
          {"sinsig5": lambda a, b, c: np.sin(4 * _sigmoid(a)) + b / 3 + c / 3,
           "sintanh6": lambda a, b, c: np.sin(a) * np.tanh(b) + c / 3}),
    # bins of a power of a sine and of a mix of sizes; a tanh of a cosine and a log of a cube's size as
    # regressions
    126: (827, {"sinpow5": lambda a, b, c: np.sin(a) ** 3 + b / 2 + c / 3,
                "absmix7": lambda a, b, c: np.abs(a) - np.abs(b) / 2 + np.abs(c) / 3 + a / 3},
          {"tanhcos8": lambda a, b, c: np.tanh(2 * np.cos(a)) + b / 3 + c / 3,
           "logcub4": lambda a, b, c: np.log(1 + np.abs(a ** 3)) - b / 3 + c / 3}),
    # bins of a cosine of a sigmoid and of a sine of the radius times a feature; the smaller of two
    # decays and an arctangent of a product as regressions
    127: (829, {"cossig6": lambda a, b, c: np.cos(4 * _sigmoid(a)) + b / 2 + c / 3,
                "radsin5": lambda a, b, c: np.sin(np.hypot(a, b)) * np.sign(a) + c / 3},
          {"expmin7": lambda a, b, c: np.minimum(np.exp(-np.abs(a)), np.exp(-np.abs(b))) + c / 3,
           "atanprod6": lambda a, b, c: np.arctan(a * b) + c / 3}),
    # bins of a cube under a decay of another and of a squared sine less a feature; a tanh of a size and
    # a mix of logs as regressions
    128: (839, {"cubexp5": lambda a, b, c: a ** 3 / 3 * np.exp(-np.abs(b) / 3) + b / 3 + c / 3,
                "sqsin8": lambda a, b, c: np.sin(2 * a) ** 2 - b / 2 + c / 3},
          {"tanhabs7": lambda a, b, c: np.tanh(np.abs(a) - 1) + b / 3 + c / 3,
           "logmix6": lambda a, b, c: np.log(1 + a ** 2) - np.log(1 + b ** 2) / 2 + c / 3}),
    # bins of a sine of the radius plus a feature and of a mix of powers; a Gaussian times a sine and a
    # cosine of a hyperbolic sine as regressions
    129: (853, {"sinrad9": lambda a, b, c: np.sin(1.5 * np.hypot(a, b)) + a / 2 + c / 3,
                "powmix5": lambda a, b, c: np.sign(a) * np.abs(a) ** 0.5 + b ** 3 / 6 + c / 3},
          {"gausssin": lambda a, b, c: np.exp(-a ** 2 / 2) * np.sin(2 * b) + c / 3,
           "coshyp5": lambda a, b, c: np.cos(np.sinh(a / 2)) + b / 3 + c / 3}),
    # bins of a sine times a cosine plus a feature and of a sigmoid of a size; a tanh of a cube and a
    # log of a size plus an exponential as regressions
    130: (857, {"sincos7": lambda a, b, c: np.sin(a) * np.cos(b) + a / 2 + c / 3,
                "abssig5": lambda a, b, c: _sigmoid(3 * (np.abs(a) - 1)) - b / 3 + c / 3},
          {"tanhcub8": lambda a, b, c: np.tanh(a ** 3 / 2) - np.abs(b) / 3 + c / 3,
           "logabs6": lambda a, b, c: np.log(0.5 + np.abs(a)) + np.exp(-np.abs(b)) + c / 3}),
    # bins of a cosine of a gap and of a sigmoid of the radius less a feature; a product under a decay
    # and an arctangent of the radius as regressions
    131: (859, {"cosgap6": lambda a, b, c: np.cos(2 * (a - b)) + (a + b) / 3 + c / 3,
                "hypsig4": lambda a, b, c: _sigmoid(np.hypot(a, b) - 1.5) - a / 4 + c / 3},
          {"expprod7": lambda a, b, c: a * b * np.exp(-(a ** 2 + b ** 2) / 4) + c / 3,
           "atanrad5": lambda a, b, c: np.arctan(np.hypot(a, b) - 1) + b / 3 + c / 3}),
    # bins of a root of a log and of a cube through a sigmoid; a tanh of a power and the smaller of a
    # cosine and a feature as regressions
    132: (863, {"sqrtlog6": lambda a, b, c: np.sqrt(np.log(1 + np.abs(a))) * np.sign(a) + b / 2 + c / 3,
                "cubsig7": lambda a, b, c: _sigmoid(a ** 3) - _sigmoid(b) + c / 3},
          {"tanhpow5": lambda a, b, c: np.tanh(np.abs(a) ** 1.5 - 1) + b / 3 + c / 3,
           "mincos6": lambda a, b, c: np.minimum(np.cos(a), b / 2) + c / 3}),
    # bins of a mix of sines and of a power under a decay; a Gaussian times a cube and a tanh of a sine
    # as regressions
    133: (877, {"sinmix8": lambda a, b, c: np.sin(a) + np.sin(2 * b) / 2 + c / 3,
                "powexp4": lambda a, b, c: np.abs(a) ** 1.5 * np.exp(-np.abs(b) / 2) - b / 4 + c / 3},
          {"gausscub": lambda a, b, c: np.exp(-b ** 2 / 2) * a ** 3 / 3 + c / 3,
           "tanhsin9": lambda a, b, c: np.tanh(2 * np.sin(a)) + b / 3 + c / 3}),
    # bins of a mix of tanhs and of a root under a decay; a sine of a log and a cosine of a product as
    # regressions
    134: (881, {"tanhmix7": lambda a, b, c: np.tanh(a) + np.tanh(2 * b) / 2 + c / 3,
                "sqrtexp5": lambda a, b, c: np.sqrt(np.abs(a)) * np.exp(-np.abs(b) / 3) - b / 4 + c / 3},
          {"sinlog7": lambda a, b, c: np.sin(3 * np.log(1 + np.abs(a))) + b / 3 + c / 3,
           "cosprod8": lambda a, b, c: np.cos(a * b / 2) + c / 3}),
    # bins of a mix of arctangents and of a sigmoid of a product; a decay times a cosine and a tanh of
    # the radius as regressions
    135: (883, {"atanmix6": lambda a, b, c: np.arctan(2 * a) - np.arctan(b) / 2 + c / 3,
                "sigprod5": lambda a, b, c: _sigmoid(a * b) + a / 3 + c / 3},
          {"expcos6": lambda a, b, c: np.exp(-np.abs(a) / 2) * np.cos(2 * b) + c / 3,
           "tanhrad8": lambda a, b, c: np.tanh(np.hypot(a, b) - 1.5) + a / 3 + c / 3}),
    # bins of a cube plus a cosine and of a softplus less a sigmoid; a sine of a size and a power times
    # a tanh as regressions
    136: (887, {"cubcos5": lambda a, b, c: a ** 3 / 4 + np.cos(2 * b) / 2 + c / 3,
                "logsig7": lambda a, b, c: np.log1p(np.exp(a)) - _sigmoid(2 * b) + c / 3},
          {"sinabs8": lambda a, b, c: np.sin(2 * np.abs(a)) + b / 3 + c / 3,
           "powtanh6": lambda a, b, c: np.abs(a) ** 1.5 * np.tanh(b) / 2 + c / 3}),
    # bins of a sine of the radius plus a feature and of a Gaussian of a gap; an arctangent of a cube
    # and a cosine of a square as regressions
    137: (907, {"sindist7": lambda a, b, c: np.sin(2 * np.hypot(a, b)) + b / 2 + c / 3,
                "expgap5": lambda a, b, c: np.exp(-(a - b) ** 2 / 2) + a / 3 + c / 3},
          {"atancub6": lambda a, b, c: np.arctan(a ** 3) + b / 3 + c / 3,
           "cossq9": lambda a, b, c: np.cos(a ** 2 / 2) - b / 3 + c / 3}),
    # bins of a sine under a decay and of a tanh of a cube; a log of the radius and an arctangent of a
    # sine as regressions
    138: (911, {"sinexp6": lambda a, b, c: np.sin(2 * a) * np.exp(-np.abs(b) / 3) + a / 3 + c / 3,
                "cubtanh5": lambda a, b, c: np.tanh(a ** 3 / 2) + b / 2 + c / 3},
          {"lograd7": lambda a, b, c: np.log(1 + np.hypot(a, b)) + a / 3 + c / 3,
           "atansin8": lambda a, b, c: np.arctan(2 * np.sin(a)) + b / 3 + c / 3}),
    # bins of a root times a cosine and of a difference of sigmoids; a tanh of a gap and a log of a
    # product as regressions
    139: (919, {"sqrtcos7": lambda a, b, c: np.sqrt(np.abs(a)) * np.cos(b) + b / 3 + c / 3,
                "sigdiff6": lambda a, b, c: _sigmoid(2 * a) - _sigmoid(2 * b) + c / 3},
          {"tanhgap5": lambda a, b, c: np.tanh(a - b) + c / 3,
           "logprod6": lambda a, b, c: np.log(1 + np.abs(a * b)) + a / 3 + c / 3}),
    # bins of a sine of a square and of a cube of the radius less a feature; a cosine under a Gaussian
    # and a power times a sigmoid as regressions
    140: (929, {"sinsqr5": lambda a, b, c: np.sin(a ** 2 / 2) + b / 2 + c / 3,
                "cubrad8": lambda a, b, c: np.hypot(a, b) ** 3 / 8 - a / 2 + c / 3},
          {"cosexp8": lambda a, b, c: np.cos(a) * np.exp(-b ** 2 / 4) + c / 3,
           "powsig6": lambda a, b, c: np.abs(a) ** 1.5 * _sigmoid(b) + c / 3}),
    # bins of a signed arctangent of a log and of a Gaussian times a tanh; a decay of a gap and a sine
    # of a cube as regressions
    141: (937, {"atanlog5": lambda a, b, c: np.arctan(3 * np.log(1 + np.abs(a))) * np.sign(b) + a / 3 + c / 3,
                "gausstanh": lambda a, b, c: np.exp(-a ** 2 / 2) * np.tanh(2 * b) + a / 3 + c / 3},
          {"expneg7": lambda a, b, c: np.exp(-np.abs(a - b)) + a / 3 + c / 3,
           "sincub6": lambda a, b, c: np.sin(a ** 3 / 3) + b / 3 + c / 3}),
    # bins of a tanh under a decay and of a sine of a size plus a feature; a sigmoid of a cube and a log
    # of a cosine's size as regressions
    142: (941, {"tanhexp7": lambda a, b, c: np.tanh(2 * a) * np.exp(-np.abs(b) / 4) + b / 3 + c / 3,
                "sinsize5": lambda a, b, c: np.sin(2 * np.abs(a)) + b / 2 + c / 3},
          {"cubsig8": lambda a, b, c: _sigmoid(a ** 3) + b / 3 + c / 3,
           "logcos7": lambda a, b, c: np.log(1.5 + np.cos(2 * a)) + b / 3 + c / 3}),
    # bins of an arctangent of the radius less a feature and of a decay times a sine; a mix of roots and
    # a Gaussian times a cosine as regressions
    143: (947, {"atanrad7": lambda a, b, c: np.arctan(np.hypot(a, b) - 1) - a / 2 + c / 3,
                "expsin8": lambda a, b, c: np.exp(-np.abs(a) / 2) * np.sin(3 * b) + a / 3 + c / 3},
          {"sqrtmix6": lambda a, b, c: np.sqrt(np.abs(a)) - np.sqrt(np.abs(b)) / 2 + c / 3,
           "gausscos7": lambda a, b, c: np.exp(-a ** 2 / 2) * np.cos(2 * b) + c / 3}),
    # bins of a sine of a product plus a feature and of a tanh of a log; a power of a gap and a sigmoid
    # of the radius as regressions
    144: (953, {"sinprod9": lambda a, b, c: np.sin(a * b) + a / 2 + c / 3,
                "tanhlog8": lambda a, b, c: np.tanh(np.log(1 + np.abs(a)) * np.sign(a) * 2) + b / 2 + c / 3},
          {"powgap5": lambda a, b, c: np.abs(a - b) ** 1.5 / 3 + c / 3,
           "sigrad6": lambda a, b, c: _sigmoid(2 * (np.hypot(a, b) - 1)) + a / 3 + c / 3}),
    # bins of a mix of cosines and of a decay of a square; a log of a tanh's size and the smaller of a
    # cube and a feature as regressions
    145: (967, {"cosmix8": lambda a, b, c: np.cos(a) + np.cos(2 * b) / 2 + a / 3 + c / 3,
                "expsq8": lambda a, b, c: np.exp(-a ** 2) - b / 2 + c / 3},
          {"logtanh6": lambda a, b, c: np.log(0.2 + np.abs(np.tanh(a))) + b / 3 + c / 3,
           "cubmin7": lambda a, b, c: np.minimum(a ** 3 / 3, b) + c / 3}),
    # bins of a sine of a log plus a feature and of a tanh of a square less a feature; a cube under a
    # decay and an arctangent of a size as regressions
    146: (971, {"sinlog9": lambda a, b, c: np.sin(2 * np.log(1 + np.abs(a))) * np.sign(a) + b / 2 + c / 3,
                "tanhsq6": lambda a, b, c: np.tanh(a ** 2 - 1) - b / 2 + c / 3},
          {"cubexp7": lambda a, b, c: a ** 3 * np.exp(-np.abs(a)) + b / 3 + c / 3,
           "atanabs6": lambda a, b, c: np.arctan(2 * np.abs(a)) - b / 3 + c / 3}),
    # bins of a mix of decays and of a sigmoid of a cosine; a log of a sine's size and a tanh of the
    # radius times a feature as regressions
    147: (977, {"expmix8": lambda a, b, c: np.exp(-np.abs(a)) - np.exp(-np.abs(b)) / 2 + a / 3 + c / 3,
                "sigcos7": lambda a, b, c: _sigmoid(3 * np.cos(a)) + b / 2 + c / 3},
          {"logsin8": lambda a, b, c: np.log(0.3 + np.abs(np.sin(a))) + b / 3 + c / 3,
           "hyptanh5": lambda a, b, c: np.tanh(np.hypot(a, b) / 2) * np.sign(a) + c / 3}),
    # bins of a cosine of a sigmoid and of a power of a log; a tanh of a product and a root of a sine's
    # size as regressions
    148: (983, {"cossig9": lambda a, b, c: np.cos(3 * _sigmoid(2 * a)) + b / 2 + c / 3,
                "powlog6": lambda a, b, c: np.log(1 + np.abs(a)) ** 1.5 * np.sign(b) + a / 3 + c / 3},
          {"tanhprod8": lambda a, b, c: np.tanh(a * b / 2) + a / 3 + c / 3,
           "sqrtsin7": lambda a, b, c: np.sqrt(np.abs(np.sin(2 * a))) + b / 3 + c / 3}),
    # bins of a sine of a sigmoid plus a feature and of a decay of a size less a feature; an arctangent
    # of a cosine and a cube of a gap as regressions
    149: (991, {"sinsig8": lambda a, b, c: np.sin(4 * _sigmoid(b)) + a / 2 + c / 3,
                "absexp6": lambda a, b, c: np.exp(-np.abs(a) / 2) - b / 2 + c / 3},
          {"atancos5": lambda a, b, c: np.arctan(2 * np.cos(a)) + b / 3 + c / 3,
           "cubgap6": lambda a, b, c: (a - b) ** 3 / 10 + c / 3}),
    # bins of a tanh of a cosine plus a feature and of a root under a decay; the smaller of a sine and a
    # feature and a log of a sigmoid as regressions
    150: (997, {"tanhcos9": lambda a, b, c: np.tanh(2 * np.cos(a)) + b / 2 + c / 3,
                "sqrtexp8": lambda a, b, c: np.sqrt(np.abs(b)) * np.exp(-np.abs(a) / 2) + a / 3 + c / 3},
          {"sinmin6": lambda a, b, c: np.minimum(np.sin(2 * a), b / 2) + c / 3,
           "logsig9": lambda a, b, c: np.log(_sigmoid(2 * a) + 0.1) + b / 3 + c / 3}),
    # bins of a cube plus a sine and of an arctangent of a product; a decay of a cube's size and a
    # cosine of the radius as regressions
    151: (1009, {"cubsin7": lambda a, b, c: a ** 3 / 4 + np.sin(2 * b) + c / 3,
                 "atanprod8": lambda a, b, c: np.arctan(2 * a * b) + a / 3 + c / 3},
          {"expcub5": lambda a, b, c: np.exp(-np.abs(a) ** 3 / 2) + b / 3 + c / 3,
           "cosrad8": lambda a, b, c: np.cos(1.5 * np.hypot(a, b)) + a / 3 + c / 3}),
    # bins of a sigmoid of a sine and of a tanh of a size less a feature; a log of an exponential's sum
    # and a power of a cosine as regressions
    152: (1013, {"sigsin5": lambda a, b, c: _sigmoid(3 * np.sin(a)) + b / 2 + c / 3,
                 "tanhabs9": lambda a, b, c: np.tanh(2 * np.abs(a) - 1) - b / 2 + c / 3},
          {"logexp9": lambda a, b, c: np.log(np.exp(a) + np.exp(-b)) + c / 3,
           "powcos6": lambda a, b, c: np.abs(np.cos(a)) ** 3 * np.sign(b) + c / 3}),
    # bins of a sine of the radius less a feature and of a decay of a cube; an arctangent of a cube and
    # a Gaussian of a gap as regressions
    153: (1019, {"sinhypot": lambda a, b, c: np.sin(2 * np.hypot(a, b)) - a / 2 + c / 3,
                 "hypexp6": lambda a, b, c: np.exp(-np.hypot(a, b) / 2) + a / 3 + c / 3},
          {"cubatan7": lambda a, b, c: np.arctan(a ** 3 / 2) + b / 2 + c / 3,
           "gaussgap": lambda a, b, c: np.exp(-(a - b) ** 2) + a / 3 + c / 3}),
    # bins of a sine of an arctangent plus a feature and of a cube of the radius less a feature; a mix
    # of logs and a tanh of a sigmoid as regressions
    154: (1021, {"sinatan6": lambda a, b, c: np.sin(3 * np.arctan(a)) + b / 2 + c / 3,
                 "cubhyp5": lambda a, b, c: np.hypot(a, b) ** 3 / 10 - b / 2 + c / 3},
          {"logmix9": lambda a, b, c: np.log(1 + a ** 2) / 2 - np.log(1 + np.abs(b)) + c / 3,
           "tanhsig7": lambda a, b, c: np.tanh(3 * _sigmoid(a) - 1.5) + b / 3 + c / 3}),
    # bins of a decay times a sine and of a root of a gap; a cosine of a product and a sigmoid of a
    # size as regressions
    155: (1031, {"expsin9": lambda a, b, c: np.exp(-np.abs(b) / 3) * np.sin(2 * a) + b / 3 + c / 3,
                 "sqrtgap7": lambda a, b, c: np.sqrt(np.abs(a - b)) + a / 3 + c / 3},
          {"cosprod9": lambda a, b, c: np.cos(a * b) + a / 3 + c / 3,
           "sigabs8": lambda a, b, c: _sigmoid(3 * np.abs(a) - 2) + b / 3 + c / 3}),
    # bins of an arctangent under a decay and of a power of a sine; a log of a cube's size and a tanh of
    # the radius less a feature as regressions
    156: (1033, {"atanexp6": lambda a, b, c: np.arctan(2 * a) * np.exp(-np.abs(b) / 4) + b / 3 + c / 3,
                 "powsin7": lambda a, b, c: np.abs(np.sin(a)) ** 0.5 * np.sign(b) + a / 3 + c / 3},
          {"logcub8": lambda a, b, c: np.log(1 + np.abs(a) ** 3) + b / 3 + c / 3,
           "tanhrad6": lambda a, b, c: np.tanh(np.hypot(a, b) - 1) - a / 3 + c / 3}),
    # bins of a sum of sines and of a Gaussian times a decay; an exponential of an arctangent and a cube
    # plus a cosine as regressions
    157: (1039, {"sinsum7": lambda a, b, c: np.sin(a + b) + np.sin(a - b) / 2 + c / 3,
                 "gaussexp": lambda a, b, c: np.exp(-a ** 2 / 2) - np.exp(-np.abs(b)) + a / 3 + c / 3},
          {"expatan7": lambda a, b, c: np.exp(np.arctan(a)) + b / 3 + c / 3,
           "cubcos8": lambda a, b, c: a ** 3 / 6 + np.cos(2 * b) / 2 + c / 3}),
    # bins of a sine of a cube plus a feature and of a mix of tanhs; a log of a size less a feature and a
    # cosine of an arctangent as regressions
    158: (1049, {"sincub8": lambda a, b, c: np.sin(a ** 3 / 2) + b / 2 + c / 3,
                 "tanhmix9": lambda a, b, c: np.tanh(3 * a) - np.tanh(b) / 2 + c / 3},
          {"logabs9": lambda a, b, c: np.log(0.3 + np.abs(a)) - b / 3 + c / 3,
           "cosatan7": lambda a, b, c: np.cos(3 * np.arctan(a)) + b / 3 + c / 3}),
    # bins of a decay of a product and of a sigmoid of a tanh; an arctangent of a square and a power
    # under a decay as regressions
    159: (1051, {"expprod8": lambda a, b, c: np.exp(-np.abs(a * b) / 2) + a / 3 + c / 3,
                 "sigtanh6": lambda a, b, c: _sigmoid(3 * np.tanh(a)) - b / 2 + c / 3},
          {"atansq7": lambda a, b, c: np.arctan(a ** 2 - 1) + b / 3 + c / 3,
           "powexp6": lambda a, b, c: np.abs(a) ** 1.5 * np.exp(-np.abs(b) / 2) + c / 3}),
    # bins of a sine of the radius times a sign and of a sigmoid of a cube less a feature; a log of a
    # sine's size and a tanh of a cube as regressions
    160: (1061, {"sinrad6": lambda a, b, c: np.sin(np.hypot(a, b)) * np.sign(b) + a / 3 + c / 3,
                 "cubsig5": lambda a, b, c: _sigmoid(a ** 3) - b / 2 + c / 3},
          {"logsin9": lambda a, b, c: np.log(0.2 + np.abs(np.sin(2 * a))) + b / 3 + c / 3,
           "tanhcub9": lambda a, b, c: np.tanh(a ** 3) + b / 3 + c / 3}),
    # bins of a Gaussian of a log and of a root of the radius less a feature; a cosine of a gap and the
    # smaller of two decays as regressions
    161: (1063, {"gausslog": lambda a, b, c: np.exp(-np.log(1 + np.abs(a)) ** 2) + b / 2 + c / 3,
                 "sqrtrad6": lambda a, b, c: np.sqrt(np.hypot(a, b)) - a / 2 + c / 3},
          {"cosgap8": lambda a, b, c: np.cos(a - b) + a / 3 + c / 3,
           "expmin9": lambda a, b, c: np.minimum(np.exp(-np.abs(a)), np.exp(-np.abs(b) / 2)) + c / 3}),
    # bins of a sine of a log and of a tanh of a gap; a root of a sine's size and an arctangent of a
    # product as regressions
    162: (1069, {"sinlog8": lambda a, b, c: np.sin(3 * np.log(1 + np.abs(a))) + b / 3 + c / 3,
                 "tanhgap6": lambda a, b, c: np.tanh(a - b) + a / 3 + c / 3},
          {"sqrtsin8": lambda a, b, c: np.sqrt(np.abs(np.sin(a))) + b / 3 + c / 3,
           "atanprod9": lambda a, b, c: np.arctan(a * b) + a / 3 + c / 3}),
    # bins of a cosine under a decay plus a feature and of a difference of sigmoids; a clipped sinh and a Gaussian of
    # a gap as regressions
    163: (1087, {"cosexp7": lambda a, b, c: np.cos(2 * a) * np.exp(-np.abs(b) / 3) + a / 2 + c / 3,
                 "sigsum6": lambda a, b, c: _sigmoid(a + b) - _sigmoid(a - b) / 2 + c / 3},
          {"sinhcl6": lambda a, b, c: np.sinh(np.clip(a, -2, 2)) / 2 + b / 3 + c / 3,
           "gaussgap7": lambda a, b, c: np.exp(-(a - b) ** 2 / 2) + a / 3 + c / 3}),
    # bins of a signed root of a product and of a tanh of a sine; a softplus less a feature and a
    # cosine of the radius as regressions
    164: (1091, {"absprod7": lambda a, b, c: np.sqrt(np.abs(a * b)) * np.sign(a) + c / 3,
                 "tanhsin8": lambda a, b, c: np.tanh(2 * np.sin(a)) + b / 3 + c / 3},
          {"logexp8": lambda a, b, c: np.log1p(np.exp(a)) - b / 3 + c / 3,
           "cosrad9": lambda a, b, c: np.cos(1.5 * np.hypot(a, b)) + a / 3 + c / 3}),
    # bins of a signed arctangent of the radius and of two Gaussians; a sigmoid of a product and a cube
    # root plus a root as regressions
    165: (1093, {"atanrad8": lambda a, b, c: np.arctan(np.hypot(a, b) - 1) * np.sign(a) + c / 3,
                 "expsq9": lambda a, b, c: np.exp(-a ** 2) + np.exp(-b ** 2) / 2 + a / 3 + c / 3},
          {"sigprod8": lambda a, b, c: _sigmoid(a * b) + a / 3 + c / 3,
           "sqrtcub5": lambda a, b, c: np.cbrt(a) + np.sqrt(np.abs(b)) / 2 + c / 3}),
    # bins of a sine under a decay plus a feature and of a mix of arctangents; a root of a log and a
    # cosine of a product as regressions
    166: (1097, {"sinexp9": lambda a, b, c: np.sin(2 * a) * np.exp(-np.abs(b) / 2) + a / 3 + c / 3,
                 "atanmix9": lambda a, b, c: np.arctan(2 * a) - np.arctan(b) / 2 + c / 3},
          {"sqrtlog8": lambda a, b, c: np.sqrt(np.log1p(np.abs(a))) + b / 3 + c / 3,
           "cosprod7": lambda a, b, c: np.cos(a * b / 2) + a / 3 + c / 3}),
    # bins of a tanh of the radius less one and of two Gaussians' difference; a log of a cosine's size
    # and a sigmoid under a decay as regressions
    167: (1103, {"tanhrad9": lambda a, b, c: np.tanh(2 * (np.hypot(a, b) - 1)) + a / 3 + c / 3,
                 "gaussmix7": lambda a, b, c: np.exp(-(a - 1) ** 2) - np.exp(-(b + 1) ** 2) + c / 3},
          {"logcos9": lambda a, b, c: np.log(0.2 + np.abs(np.cos(a))) + b / 3 + c / 3,
           "sigexp7": lambda a, b, c: _sigmoid(2 * a) * np.exp(-np.abs(b) / 3) + c / 3}),
    # bins of a tanh of a cube and of a sine's size less a feature; a decay of a gap and an arctangent
    # of a cube as regressions
    168: (1109, {"cubtanh6": lambda a, b, c: np.tanh(a ** 3 / 2) + b / 2 + c / 3,
                 "sinabs5": lambda a, b, c: np.abs(np.sin(2 * a)) - b / 2 + c / 3},
          {"expgap8": lambda a, b, c: np.exp(-np.abs(a - b)) + a / 3 + c / 3,
           "atancub8": lambda a, b, c: np.arctan(a ** 3) + b / 3 + c / 3}),
    # bins of a root of a mix and of a cosine of a log; a tanh of a product and a sigmoid of the radius
    # as regressions
    169: (1117, {"sqrtmix8": lambda a, b, c: np.sqrt(np.abs(a + b / 2)) * np.sign(a) + c / 3,
                 "coslog7": lambda a, b, c: np.cos(2 * np.log1p(np.abs(a))) + b / 3 + c / 3},
          {"tanhprod7": lambda a, b, c: np.tanh(a * b) + a / 3 + c / 3,
           "sigrad8": lambda a, b, c: _sigmoid(2 * np.hypot(a, b) - 2) + b / 3 + c / 3}),
    # bins of a sine of an arctangent and of a cube under a decay; a tanh of a log and a Gaussian of
    # the radius as regressions
    170: (1123, {"sinatan9": lambda a, b, c: np.sin(3 * np.arctan(a)) + b / 3 + c / 3,
                 "expcub7": lambda a, b, c: a ** 3 * np.exp(-np.abs(a)) + b / 2 + c / 3},
          {"tanhlog9": lambda a, b, c: np.tanh(np.log1p(np.abs(a)) - 0.5) + b / 3 + c / 3,
           "gaussrad8": lambda a, b, c: np.exp(-np.hypot(a, b) ** 2 / 2) + a / 3 + c / 3}),
    # bins of a sigmoid of a cosine and of the size of a gap; a log of a product's size and a cosine of
    # a square as regressions
    171: (1129, {"sigcos9": lambda a, b, c: _sigmoid(3 * np.cos(a)) + b / 2 + c / 3,
                 "absgap9": lambda a, b, c: np.abs(a - b) - np.abs(b) / 2 + a / 3 + c / 3},
          {"logprod8": lambda a, b, c: np.log1p(np.abs(a * b)) + a / 3 + c / 3,
           "cossq7": lambda a, b, c: np.cos(a ** 2 / 2) + b / 3 + c / 3}),
    # bins of an arctangent under a decay of the radius and of a root under a decay; a sine of a
    # cosine and a tanh of a size as regressions
    172: (1151, {"atanexp9": lambda a, b, c: np.arctan(3 * a) * np.exp(-np.hypot(a, b) / 4) + b / 3 + c / 3,
                 "sqrtexp9": lambda a, b, c: np.sqrt(np.abs(a)) * np.exp(-np.abs(b) / 3) * np.sign(b) + c / 3},
          {"sincos8": lambda a, b, c: np.sin(2 * np.cos(a)) + b / 3 + c / 3,
           "tanhabs6": lambda a, b, c: np.tanh(np.abs(a) - 1) + b / 3 + c / 3}),
    # bins of a power of a gap and of a mix of sigmoids; a log of a gap and a sine under a decay as
    # regressions
    173: (1153, {"powgap6": lambda a, b, c: np.abs(a - b / 2) ** 1.5 * np.sign(a) + c / 3,
                 "sigmix8": lambda a, b, c: _sigmoid(2 * a) + _sigmoid(2 * b) / 2 + c / 3},
          {"loggap7": lambda a, b, c: np.log(0.3 + np.abs(a - b)) + a / 3 + c / 3,
           "expsin5": lambda a, b, c: np.exp(-np.abs(a) / 2) * np.sin(2 * b) + a / 3 + c / 3}),
    # bins of a signed power of a sine and of an arctangent of a gap; a decay of a size and a tanh of a
    # cosine as regressions
    174: (1163, {"sinpow7": lambda a, b, c: np.sign(np.sin(a)) * np.abs(np.sin(a)) ** 0.3 + b / 3 + c / 3,
                 "atangap8": lambda a, b, c: np.arctan(2 * (a - b)) + b / 3 + c / 3},
          {"expabs7": lambda a, b, c: np.exp(-np.abs(a)) * 2 + b / 3 + c / 3,
           "tanhcos7": lambda a, b, c: np.tanh(2 * np.cos(a)) + b / 3 + c / 3}),
    # bins of a Gaussian of a cube and of a sigmoid of a sine; a log of a root and the smaller of a
    # cosine and a feature as regressions
    175: (1171, {"gausscub7": lambda a, b, c: np.exp(-np.abs(a) ** 3 / 2) + b / 2 + c / 3,
                 "sigsin9": lambda a, b, c: _sigmoid(3 * np.sin(a + b)) + a / 3 + c / 3},
          {"logrut8": lambda a, b, c: np.log1p(np.sqrt(np.abs(a))) + b / 3 + c / 3,
           "cosmin7": lambda a, b, c: np.minimum(np.cos(a), b / 2) + a / 3 + c / 3}),
    # bins of a root of an arctangent and of a sine of a product; a mix of decays and a tanh of a
    # square as regressions
    176: (1181, {"sqrtatan8": lambda a, b, c: np.sqrt(np.abs(np.arctan(a))) * np.sign(a) + b / 3 + c / 3,
                 "sinprod8": lambda a, b, c: np.sin(a * b) + a / 2 + c / 3},
          {"expmix6": lambda a, b, c: np.exp(-np.abs(a)) - np.exp(-np.abs(b)) / 2 + c / 3,
           "tanhsq9": lambda a, b, c: np.tanh(a ** 2 - 1) + b / 3 + c / 3}),
    # bins of an arctangent of a log and of a sigmoid of a size; a cosine under a decay and a power of a
    # tanh as regressions
    177: (1187, {"atanlog7": lambda a, b, c: np.arctan(np.log1p(np.abs(a)) * np.sign(a) * 2) + b / 3 + c / 3,
                 "sigabs6": lambda a, b, c: _sigmoid(3 * (np.abs(a) - 1)) - b / 3 + c / 3},
          {"cosexp5": lambda a, b, c: np.cos(2 * a) * np.exp(-np.abs(a) / 3) + b / 3 + c / 3,
           "powtanh7": lambda a, b, c: np.abs(np.tanh(a)) ** 0.5 + b / 3 + c / 3}),
    # bins of a sine of a sigmoid and of an arctangent of a product; a cosine under a decay of a feature
    # and a tanh of a gap as regressions
    178: (1193, {"sinsig9": lambda a, b, c: np.sin(4 * _sigmoid(a)) + b / 3 + c / 3,
                 "atanprod7": lambda a, b, c: np.arctan(a * b) + a / 2 + c / 3},
          {"expcos9": lambda a, b, c: np.cos(a) * np.exp(-np.abs(b) / 2) + b / 3 + c / 3,
           "tanhgap9": lambda a, b, c: np.tanh(a - b / 2) + b / 3 + c / 3}),
    # bins of a Gaussian times a sine and of a sigmoid of a cube; a log of an arctangent's size and a
    # sum of cosines as regressions
    179: (1201, {"gausssin7": lambda a, b, c: np.exp(-a ** 2 / 2) * np.sin(2 * b) + a / 3 + c / 3,
                 "sigcub8": lambda a, b, c: _sigmoid(a ** 3 - b) + c / 3},
          {"logatan8": lambda a, b, c: np.log(0.2 + np.abs(np.arctan(a))) + b / 3 + c / 3,
           "cossum9": lambda a, b, c: np.cos(a) + np.cos(b) / 2 + c / 3}),
    # bins of a root of a gap and of a power of a sigmoid; a difference of decays and a tanh under a
    # decay as regressions
    180: (1213, {"sqrtgap9": lambda a, b, c: np.sqrt(np.abs(a - b)) * np.sign(a) + c / 3,
                 "powsig8": lambda a, b, c: _sigmoid(2 * a) ** 2 - b / 3 + c / 3},
          {"expdiff9": lambda a, b, c: np.exp(-np.abs(a)) - np.exp(-np.abs(a - b)) + c / 3,
           "tanhexp9": lambda a, b, c: np.tanh(2 * a) * np.exp(-np.abs(b) / 4) + c / 3}),
    # bins of an arctangent of a sine and of a sigmoid of a square; a log of a mix and a cosine of a
    # ratio as regressions
    181: (1217, {"atansin9": lambda a, b, c: np.arctan(3 * np.sin(a)) + b / 3 + c / 3,
                 "sigsq8": lambda a, b, c: _sigmoid(a ** 2 - 1) - b / 2 + c / 3},
          {"logmix8": lambda a, b, c: np.log1p(np.abs(a + b / 2)) + a / 3 + c / 3,
           "cosdiv7": lambda a, b, c: np.cos(2 * a / (1 + np.abs(b))) + b / 3 + c / 3}),
    # bins of a cosine of a sigmoid and of a Gaussian of a product; an arctangent of a size and a
    # sigmoid of a gap as regressions
    182: (1223, {"cossig8": lambda a, b, c: np.cos(3 * _sigmoid(a)) + b / 3 + c / 3,
                 "gaussprod9": lambda a, b, c: np.exp(-(a * b) ** 2 / 2) + a / 3 + c / 3},
          {"atanabs9": lambda a, b, c: np.arctan(2 * np.abs(a)) + b / 3 + c / 3,
           "sigdiff9": lambda a, b, c: _sigmoid(2 * (a - b)) + b / 3 + c / 3}),
    # bins of a cosine's power and of a tanh of a product; a cosine of a size and an arctangent of a
    # cosine as regressions
    183: (1229, {"cospow8": lambda a, b, c: np.sign(np.cos(a)) * np.abs(np.cos(a)) ** 0.5 + b / 3 + c / 3,
                 "tanhprod9": lambda a, b, c: np.tanh(a * b) + a / 3 + c / 3},
          {"cosabs9": lambda a, b, c: np.cos(2 * np.abs(a)) + b / 3 + c / 3,
           "atancos9": lambda a, b, c: np.arctan(2 * np.cos(a)) + b / 3 + c / 3}),
    # bins of a Gaussian under a tanh and of a log of a square; a sine of a half and a root of a sigmoid
    # as regressions
    184: (1231, {"gausstanh8": lambda a, b, c: np.exp(-a ** 2) + np.tanh(b) / 2 + c / 3,
                 "logsq9": lambda a, b, c: np.log1p(a ** 2) - b / 3 + c / 3},
          {"sinhalf9": lambda a, b, c: np.sin(a / 2) * 2 + b / 3 + c / 3,
           "sqrtsig8": lambda a, b, c: np.sqrt(_sigmoid(2 * a)) + b / 3 + c / 3}),
    # bins of a sine of a cube and of an arctangent of a gap; a decay of a product and a tanh of a root
    # as regressions
    185: (1237, {"sincub9": lambda a, b, c: np.sin(a ** 3 / 2) + b / 3 + c / 3,
                 "atangap9": lambda a, b, c: np.arctan(3 * (a - b / 2)) + c / 3},
          {"expprod9": lambda a, b, c: np.exp(-np.abs(a * b) / 2) + a / 3 + c / 3,
           "tanhrut9": lambda a, b, c: np.tanh(np.sqrt(np.abs(a))) * np.sign(a) + b / 3 + c / 3}),
    # bins of a log of a tanh's size and of a cosine of a gap; a sigmoid of a product and a root of a
    # cosine's size as regressions
    186: (1249, {"logtanh9": lambda a, b, c: np.log(0.1 + np.abs(np.tanh(a))) + b / 3 + c / 3,
                 "cosgap9": lambda a, b, c: np.cos(a - b) + a / 3 + c / 3},
          {"sigprod9": lambda a, b, c: _sigmoid(2 * a * b) + a / 3 + c / 3,
           "sqrtcos9": lambda a, b, c: np.sqrt(np.abs(np.cos(a))) + b / 3 + c / 3}),
    # bins of a tanh of a ratio and of a Gaussian times a cosine; a cube of a sigmoid and a log of an
    # exponential sum as regressions
    187: (1259, {"tanhdiv9": lambda a, b, c: np.tanh(2 * a / (1 + b ** 2)) + c / 3,
                 "gausscos9": lambda a, b, c: np.exp(-a ** 2 / 2) * np.cos(2 * b) + a / 3 + c / 3},
          {"cubsig9": lambda a, b, c: _sigmoid(2 * a) ** 3 + b / 3 + c / 3,
           "cosroot9": lambda a, b, c: np.cos(2 * np.sqrt(np.abs(a))) + b / 3 + c / 3}),
    # bins of the smaller of two sines and of an arctangent of a log; a sigmoid of the larger of two
    # features and a decay of a gap as regressions
    188: (1277, {"sinmin9": lambda a, b, c: np.minimum(np.sin(a), np.sin(b)) + a / 3 + c / 3,
                 "atanlog9": lambda a, b, c: np.arctan(2 * np.log1p(np.abs(a))) * np.sign(b) + a / 3 + c / 3},
          {"sigmax9": lambda a, b, c: _sigmoid(2 * np.maximum(a, b)) + c / 3,
           "expgap9": lambda a, b, c: np.exp(-np.abs(a - 1)) + b / 3 + c / 3}),
    # bins of a sine of a size and of a tanh of a sum of squares; a log of a cosine's distance from
    # two and an arctangent of a cube as regressions
    189: (1279, {"sinsize9": lambda a, b, c: np.sin(2 * np.abs(a)) + b / 3 + c / 3,
                 "tanhsq8": lambda a, b, c: np.tanh(a ** 2 + b ** 2 - 2) + a / 3 + c / 3},
          {"logcosd9": lambda a, b, c: np.log(2 - np.cos(a)) + b / 3 + c / 3,
           "atancub9": lambda a, b, c: np.arctan(a ** 3) + b / 3 + c / 3}),
    # bins of a sine of a ratio and of a cosine of a log; a tanh of a gap and a root of a product as
    # regressions
    190: (1283, {"sinrat9": lambda a, b, c: np.sin(3 * a / (1 + np.abs(b))) + c / 3,
                 "coslog9": lambda a, b, c: np.cos(2 * np.log1p(np.abs(a))) + b / 3 + c / 3},
          {"tanhgap8": lambda a, b, c: np.tanh(2 * (a - b)) + a / 3 + c / 3,
           "sqrtprod9": lambda a, b, c: np.sqrt(np.abs(a * b)) + a / 3 + c / 3}),
    # bins of a difference of Gaussians and of a power of a size; a sigmoid of a sine and a cube of a
    # tanh as regressions
    191: (1289, {"gaussdiff9": lambda a, b, c: np.exp(-a ** 2) - np.exp(-b ** 2) + c / 3,
                 "powabs9": lambda a, b, c: np.abs(a) ** 1.5 - b / 2 + c / 3},
          {"sigsin8": lambda a, b, c: _sigmoid(3 * np.sin(a)) + b / 3 + c / 3,
           "cubtanh9": lambda a, b, c: np.tanh(a) ** 3 + b / 3 + c / 3}),
    # bins of a sum of sigmoids and of an arctangent of a square; a log of a distance and the larger
    # of two cosines as regressions
    192: (1291, {"sigsum9": lambda a, b, c: _sigmoid(2 * a) + _sigmoid(2 * b) + c / 3,
                 "atanquad9": lambda a, b, c: np.arctan(a ** 2 - 1) + b / 3 + c / 3},
          {"logdist9": lambda a, b, c: np.log1p(np.hypot(a, b)) + a / 3 + c / 3,
           "cosmax9": lambda a, b, c: np.maximum(np.cos(a), np.cos(b)) + a / 3 + c / 3}),
    # bins of a sine of a product and of a mix of Gaussians; a decay of a negative and a tanh of a
    # line as regressions
    193: (1297, {"sinmul9": lambda a, b, c: np.sin(2 * a * b) + a / 2 + c / 3,
                 "gaussmix9": lambda a, b, c: np.exp(-(a - 1) ** 2) + np.exp(-(a + 1) ** 2) + b / 3 + c / 3},
          {"expneg9": lambda a, b, c: np.exp(-np.maximum(a, 0)) + b / 3 + c / 3,
           "tanhlin9": lambda a, b, c: np.tanh(a + b / 2) + c / 3}),
    # bins of a tanh of a sigmoid's gap and of the larger of two decays; a log of a product's size and
    # a root of a Gaussian as regressions
    194: (1301, {"tanhsig9": lambda a, b, c: np.tanh(4 * (_sigmoid(a) - _sigmoid(b))) + c / 3,
                 "expmax9": lambda a, b, c: np.maximum(np.exp(-np.abs(a)), np.exp(-np.abs(b))) + a / 3 + c / 3},
          {"logprod9": lambda a, b, c: np.log1p(np.abs(a * b)) + a / 3 + c / 3,
           "sqrtgauss9": lambda a, b, c: np.sqrt(np.exp(-a ** 2 / 2)) + b / 3 + c / 3}),
    # bins of a cosine of a difference of squares and of a sigmoid of a size; a Gaussian of a log and a
    # sine of an exponential as regressions
    195: (1303, {"cosdiff9": lambda a, b, c: np.cos(a ** 2 - b ** 2) + a / 3 + c / 3,
                 "sigabs9": lambda a, b, c: _sigmoid(4 * (np.abs(a) - 0.7)) + b / 3 + c / 3},
          {"gausslog9": lambda a, b, c: np.exp(-np.log1p(np.abs(a)) ** 2) + b / 3 + c / 3,
           "sinexpo9": lambda a, b, c: np.sin(np.exp(a / 2)) + b / 3 + c / 3}),
    # bins of the smaller of a log and a feature and of an arctangent of a ratio; the larger of a root
    # and a feature and a cosine of a square as regressions
    196: (1307, {"logmin9": lambda a, b, c: np.minimum(np.log1p(np.abs(a)), b) + a / 3 + c / 3,
                 "atanrat9": lambda a, b, c: np.arctan(a / (0.5 + np.abs(b))) + c / 3},
          {"sqrtmax9": lambda a, b, c: np.maximum(np.sqrt(np.abs(a)), b) + c / 3,
           "cosquad9": lambda a, b, c: np.cos(a ** 2 / 2) + b / 3 + c / 3}),
    # bins of a sigmoid of an exponential and of a cube of a sine; a tanh of a sum of cosines and a
    # decay of a sum of squares as regressions
    197: (1319, {"sigexp9": lambda a, b, c: _sigmoid(np.exp(a / 2) - 1.5) - b / 3 + c / 3,
                 "sincube9": lambda a, b, c: np.sin(2 * a) ** 3 + b / 3 + c / 3},
          {"tanhcsum9": lambda a, b, c: np.tanh(np.cos(a) + np.cos(b)) + c / 3,
           "gaussq9": lambda a, b, c: np.exp(-(a ** 2 + b ** 2) / 4) + a / 3 + c / 3}),
    # bins of a squared sine beside a feature and of a Gaussian of a square; an arctangent of a square
    # and a cube of a sigmoid's gap as regressions
    198: (1321, {"sinsq9": lambda a, b, c: 2 * np.sin(a) ** 2 - b / 2 + c / 3,
                 "gausssq9": lambda a, b, c: np.exp(-(a ** 2 - 1) ** 2) + b / 3 + c / 3},
          {"atansq9": lambda a, b, c: np.arctan(a ** 2 - 1) + b / 3 + c / 3,
           "sigcub9": lambda a, b, c: (_sigmoid(a) - _sigmoid(b)) ** 3 * 4 + c / 3}),
    # bins of a log of a gap and of a root of a sine's size; a cosine under a decay and a tanh of a root
    # as regressions
    199: (1327, {"loggap9": lambda a, b, c: np.log1p(np.abs(a - b)) + a / 3 + c / 3,
                 "sqrtsin9": lambda a, b, c: np.sqrt(np.abs(np.sin(2 * a))) + b / 3 + c / 3},
          {"expcos8": lambda a, b, c: np.exp(-np.abs(a) / 2) * np.cos(b) + a / 3 + c / 3,
           "tanhroot9": lambda a, b, c: np.tanh(2 * np.sqrt(np.abs(a + b))) + c / 3}),
    # bins of a cosine of a product and of a tanh of a size; a log of a sinh and an arctangent of a gap
    # as regressions
    200: (1361, {"cosmul9": lambda a, b, c: np.cos(a * b) + a / 3 + c / 3,
                 "tanhsize9": lambda a, b, c: np.tanh(np.abs(a) - 1) - b / 3 + c / 3},
          {"logsinh9": lambda a, b, c: np.log1p(np.abs(np.sinh(a))) + b / 3 + c / 3,
           "atangap7": lambda a, b, c: np.arctan(2 * (a - b)) + a / 3 + c / 3}),
    # bins of a cosine of a sigmoid's sum and of a sine of an arctangent; a sigmoid of a ratio and a
    # Gaussian of a ratio as regressions
    201: (1367, {"cossigm9": lambda a, b, c: np.cos(3 * (_sigmoid(a) + _sigmoid(b))) + c / 3,
                 "sinatn9": lambda a, b, c: np.sin(3 * np.arctan(a)) + b / 3 + c / 3},
          {"sigrat9": lambda a, b, c: _sigmoid(2 * a / (1 + np.abs(b))) + b / 3 + c / 3,
           "gaussrat9": lambda a, b, c: np.exp(-(a / (1 + np.abs(b))) ** 2) + b / 3 + c / 3}),
    # bins of a tanh of an exponential and of a log of a cosh; an arctangent of a product and a sigmoid
    # of a tanh as regressions
    202: (1373, {"tanhexp8": lambda a, b, c: np.tanh(np.exp(a / 2) - 1) + b / 3 + c / 3,
                 "logcosh9": lambda a, b, c: np.log(np.cosh(a)) - b / 2 + c / 3},
          {"atanmul9": lambda a, b, c: np.arctan(a * b) + a / 3 + c / 3,
           "sigtanh9": lambda a, b, c: _sigmoid(3 * np.tanh(a)) + b / 3 + c / 3}),
    # bins of a Gaussian of a size and of a cosine of a ratio; a root of a log and a sine of a square
    # as regressions
    203: (1381, {"gaussabs9": lambda a, b, c: np.exp(-np.abs(a)) * 2 + b / 2 + c / 3,
                 "cosrat9": lambda a, b, c: np.cos(2 * a / (1 + b ** 2)) + a / 3 + c / 3},
          {"sqrtlog9": lambda a, b, c: np.sqrt(np.log1p(np.abs(a))) + b / 3 + c / 3,
           "sinquad9": lambda a, b, c: np.sin(a ** 2 / 2) + b / 3 + c / 3}),
    # bins of a tanh of a sinh and of a log of a sigmoid; a signed cube root and the smaller of a
    # sigmoid and a feature as regressions
    204: (1399, {"sinhtanh9": lambda a, b, c: np.tanh(np.sinh(a)) + b / 3 + c / 3,
                 "logsig8": lambda a, b, c: np.log(_sigmoid(2 * a) + 0.05) - b / 3 + c / 3},
          {"cubrt9": lambda a, b, c: np.cbrt(a) + b / 3 + c / 3,
           "sigmin9": lambda a, b, c: np.minimum(_sigmoid(2 * a), b / 2 + 0.5) + c / 3}),
    # bins of an arctangent of a cosine and of a Gaussian of an exponential; a decay of a sinh's size
    # and a tanh of a square as regressions
    205: (1409, {"atancos8": lambda a, b, c: np.arctan(3 * np.cos(a)) + b / 3 + c / 3,
                 "gaussexp9": lambda a, b, c: np.exp(-(np.exp(a / 2) - 1) ** 2) + b / 3 + c / 3},
          {"expsinh9": lambda a, b, c: np.exp(-np.abs(np.sinh(a / 2))) + b / 3 + c / 3,
           "tanhsq9b": lambda a, b, c: np.tanh(a ** 2 / 2) + b / 3 + c / 3}),
    # bins of a log of a rectified feature and of a Gaussian of a sine; an inverse cosh and an exponential
    # of an arctangent as regressions
    206: (1423, {"logrelu9": lambda a, b, c: np.log1p(np.maximum(a, 0) * 3) - b / 3 + c / 3,
                 "gausssin9": lambda a, b, c: np.exp(-np.sin(2 * a) ** 2 * 2) + b / 3 + c / 3},
          {"coshinv9": lambda a, b, c: 1 / np.cosh(a) + b / 3 + c / 3,
           "expatan9": lambda a, b, c: np.exp(np.arctan(a)) + b / 3 + c / 3}),
    # bins of a log of a square and of a cube of a sine; a tanh of a ratio and a rectified sine as
    # regressions
    207: (1427, {"logquad9": lambda a, b, c: np.log1p(a ** 2) * 1.5 - b / 2 + c / 3,
                 "cubsin9": lambda a, b, c: np.sin(1.5 * a) ** 3 + b / 3 + c / 3},
          {"tanhrat9": lambda a, b, c: np.tanh(2 * a / (1 + b ** 2)) + b / 3 + c / 3,
           "relusin9": lambda a, b, c: np.maximum(np.sin(2 * a), 0) + b / 3 + c / 3}),
    # bins of a sinh of a cosine (the second feature at full weight: at a third, "small" was not learnable)
    # and of an arctangent of a rectified feature; a root of a sigmoid and a cube's exponential decay as
    # regressions
    208: (1429, {"sinhcos9": lambda a, b, c: np.sinh(np.cos(2 * a)) + b + c / 3,
                 "atanrelu9": lambda a, b, c: np.arctan(3 * np.maximum(a, 0)) - b / 3 + c / 3},
          {"sqrtsig9": lambda a, b, c: np.sqrt(_sigmoid(2 * a)) + b / 3 + c / 3,
           "expcube9": lambda a, b, c: np.exp(-np.abs(a) ** 3 / 3) + b / 3 + c / 3}),
    # bins of a log of an arctangent's size and of a sigmoid of a square; a Gaussian of a product and a
    # sine of a ratio as regressions
    209: (1433, {"logatan9": lambda a, b, c: np.log1p(np.abs(np.arctan(2 * a))) * 2 + b / 3 + c / 3,
                 "sigsq9": lambda a, b, c: _sigmoid(3 * (a ** 2 - 1)) + b / 3 + c / 3},
          {"gaussmul8": lambda a, b, c: np.exp(-(a * b) ** 2) + a / 3 + c / 3,
           "sinrat8": lambda a, b, c: np.sin(2 * a / (1 + np.abs(b))) + b / 3 + c / 3}),
    # bins of a cosine of a rectified feature and of an arctangent of a sigmoid; a Gaussian of a cosine
    # and an exponential of a square as regressions
    210: (1439, {"cosrelu9": lambda a, b, c: np.cos(2 * np.maximum(a, 0)) + b / 3 + c / 3,
                 "atansig9": lambda a, b, c: np.arctan(4 * _sigmoid(2 * a) - 2) - b / 3 + c / 3},
          {"gausscos8": lambda a, b, c: np.exp(-np.cos(a) ** 2 * 2) + b / 3 + c / 3,
           "expsq7": lambda a, b, c: np.exp(-a ** 2 / 2) * 2 + b / 3 + c / 3}),
    # bins of a log of a sinh's size and of a sigmoid of a rectified feature; a cube of a cosine and a
    # root of an arctangent's size as regressions
    211: (1447, {"logsinh8": lambda a, b, c: np.log1p(np.abs(np.sinh(a))) - b / 3 + c / 3,
                 "sigrelu9": lambda a, b, c: _sigmoid(3 * np.maximum(a, 0) - 1) + b / 3 + c / 3},
          {"cubcos9": lambda a, b, c: np.cos(1.5 * a) ** 3 + b / 3 + c / 3,
           "sqrtatan9": lambda a, b, c: np.sqrt(np.abs(np.arctan(2 * a))) + b / 3 + c / 3}),
    # bins of a sinh of a sigmoid and of a cosine of a log; a rectified tanh and an exponential of a
    # cosine as regressions
    212: (1451, {"sinhsig9": lambda a, b, c: np.sinh(3 * _sigmoid(2 * a)) + b / 2 + c / 3,
                 "coslog8": lambda a, b, c: np.cos(2 * np.log1p(np.abs(a))) + b / 3 + c / 3},
          {"relutanh9": lambda a, b, c: np.maximum(np.tanh(2 * a), 0) + b / 3 + c / 3,
           "expcos7": lambda a, b, c: np.exp(np.cos(a)) + b / 3 + c / 3}),
    # bins of a sigmoid of a product and of a log of a ratio; a tanh of an exponential and the size of a
    # log as regressions
    213: (1453, {"sigmul9": lambda a, b, c: _sigmoid(3 * a * b) + a / 3 + c / 3,
                 "lograt9": lambda a, b, c: np.log1p(np.abs(a) / (1 + np.abs(b))) * 2 + b / 3 + c / 3},
          {"tanhexp9b": lambda a, b, c: np.tanh(np.exp(a / 2) - 1.5) + b / 3 + c / 3,
           "logabs9b": lambda a, b, c: np.abs(np.log(np.abs(a) + 0.1)) + b / 3 + c / 3}),
    # bins of an arctangent of an exponential and of a cosine of a cube; a root of a cosine's size and a
    # sinh of an arctangent as regressions
    214: (1459, {"atanexp8": lambda a, b, c: np.arctan(np.exp(a) - 1) + b / 3 + c / 3,
                 "coscub9": lambda a, b, c: np.cos(a ** 3 / 2) + b / 3 + c / 3},
          {"sqrtcos8": lambda a, b, c: np.sqrt(np.abs(np.cos(a))) + b / 3 + c / 3,
           "sinhatan9": lambda a, b, c: np.sinh(np.arctan(2 * a)) + b / 3 + c / 3}),
    # bins of a log of a rectified feature's square and of a tanh of a square; a sine of a sigmoid and
    # an exponential of an arctangent's size as regressions
    215: (1471, {"relulog9": lambda a, b, c: np.log1p(np.maximum(a, 0) ** 2 * 2) - b / 3 + c / 3,
                 "tanhquad9": lambda a, b, c: np.tanh((a ** 2 - 1)) + b / 3 + c / 3},
          {"sinsig7": lambda a, b, c: np.sin(4 * _sigmoid(a)) + b / 3 + c / 3,
           "expatan8": lambda a, b, c: np.exp(-np.abs(np.arctan(2 * a))) + b / 3 + c / 3}),
    # bins of a sigmoid of a cosine and of a cube of a rectified feature; a log of a cosine's size and a
    # ratio's arctangent as regressions
    216: (1481, {"sigcos8b": lambda a, b, c: _sigmoid(3 * np.cos(a)) + b / 3 + c / 3,
                 "cubrelu9": lambda a, b, c: np.cbrt(np.maximum(a, 0)) * 1.5 - b / 3 + c / 3},
          {"logcos9b": lambda a, b, c: np.log(np.abs(np.cos(a)) + 0.2) + b / 3 + c / 3,
           "atanrat8": lambda a, b, c: np.arctan(3 * a / (1 + b ** 2)) + b / 3 + c / 3}),
    # bins of a sine of an exponential and of a Gaussian of a ratio; a tanh of a log and a log of a tanh
    # as regressions
    217: (1483, {"sinexp8b": lambda a, b, c: np.sin(np.exp(a / 2) * 2) + b / 3 + c / 3,
                 "gaussrat8": lambda a, b, c: np.exp(-(2 * a / (1 + np.abs(b))) ** 2) * 2 + b / 3 + c / 3},
          {"tanhlog8b": lambda a, b, c: np.tanh(np.log1p(np.abs(a)) * 2) + b / 3 + c / 3,
           "logtanhb8": lambda a, b, c: np.log(np.tanh(np.abs(a)) + 0.1) + b / 3 + c / 3}),
    # bins of a cosine of an arctangent and of a sigmoid of an exponential; a log of a rectified feature
    # and a tanh of a cosine as regressions
    218: (1487, {"cosatan9": lambda a, b, c: np.cos(3 * np.arctan(a)) + b / 3 + c / 3,
                 "sigexp8b": lambda a, b, c: _sigmoid(2 * (np.exp(a / 2) - 1.5)) * 2 + b / 3 + c / 3},
          {"logrelu8": lambda a, b, c: np.log1p(np.maximum(a, 0) * 2) + b / 3 + c / 3,
           "tanhcos8b": lambda a, b, c: np.tanh(2 * np.cos(a)) + b / 3 + c / 3}),
    # bins of a sine of a square and of a log of an arctangent; a decay of a size and a Gaussian of a tanh
    # as regressions
    219: (1489, {"sinquad8": lambda a, b, c: np.sin(a ** 2) + b / 3 + c / 3,
                 "atanlog8b": lambda a, b, c: np.arctan(np.log1p(np.abs(a)) * 2) * 2 - b / 3 + c / 3},
          {"expabs8b": lambda a, b, c: np.exp(-np.abs(a)) * 2 + b / 3 + c / 3,
           "gausstanh7": lambda a, b, c: np.exp(-np.tanh(a) ** 2 * 3) + b / 3 + c / 3}),
    # bins of a root of an exponential and of a cosine of a rectified feature; a sinh of a log and a cube
    # of a sigmoid as regressions
    220: (1493, {"sqrtexp8b": lambda a, b, c: np.sqrt(np.exp(a / 2)) * 2 + b / 3 + c / 3,
                 "relucos9": lambda a, b, c: np.maximum(np.cos(2 * a), 0) * 2 + b / 3 + c / 3},
          {"sinhlog9": lambda a, b, c: np.sinh(np.log1p(np.abs(a))) + b / 3 + c / 3,
           "cubsig8b": lambda a, b, c: (_sigmoid(2 * a) * 2 - 1) ** 3 + b / 3 + c / 3}),
    # bins of a log of a square's excess and of a cosh of a sigmoid; a tanh of a product and a sine of a
    # size as regressions
    221: (1499, {"logsq8b": lambda a, b, c: np.log(np.abs(a ** 2 - 1) + 0.2) + b / 3 + c / 3,
                 "coshsig9": lambda a, b, c: np.cosh(3 * _sigmoid(2 * a)) - b / 2 + c / 3},
          {"tanhmul8": lambda a, b, c: np.tanh(2 * a * b) + a / 3 + c / 3,
           "sinabs8b": lambda a, b, c: np.sin(2 * np.abs(a)) + b / 3 + c / 3}),
    # bins of a sine of an arctangent and of a log of a cosh; a Gaussian of a cube and a tanh of a
    # rectified feature as regressions
    222: (1511, {"sinatan8b": lambda a, b, c: np.sin(3 * np.arctan(2 * a)) + b / 3 + c / 3,
                 "logcosh8b": lambda a, b, c: np.log(np.cosh(1.5 * a)) - b / 3 + c / 3},
          {"gausscub9": lambda a, b, c: np.exp(-(a ** 3) ** 2 / 2) + b / 3 + c / 3,
           "tanhrelu9": lambda a, b, c: np.tanh(2 * np.maximum(a, 0)) + b / 3 + c / 3}),
    # bins of an exponential of a sine and of a cosine of a square; a sigmoid of a size and an
    # arctangent of a product as regressions
    223: (1523, {"expsin8b": lambda a, b, c: np.exp(np.sin(2 * a)) + b / 3 + c / 3,
                 "cosquad8b": lambda a, b, c: np.cos(a ** 2) * 1.5 + b / 3 + c / 3},
          {"sigabs9b": lambda a, b, c: _sigmoid(3 * (np.abs(a) - 1)) + b / 3 + c / 3,
           "atanmul8b": lambda a, b, c: np.arctan(2 * a * b) + a / 3 + c / 3}),
    # bins of a root of a rectified feature and of a cosh of a cosine; a log of an exponential's excess
    # and a sinh of a ratio as regressions
    224: (1531, {"sqrtrelu9": lambda a, b, c: np.sqrt(np.maximum(a, 0)) * 2 - b / 3 + c / 3,
                 "coshcos9": lambda a, b, c: np.cosh(1.5 * np.cos(a)) + b / 3 + c / 3},
          {"logexp9b": lambda a, b, c: np.log1p(np.exp(a)) + b / 3 + c / 3,
           "sinhrat9": lambda a, b, c: np.sinh(a / (1 + np.abs(b))) + b / 3 + c / 3}),
    # bins of a rectified square and of a tanh of an arctangent; a cube's exponential and a Gaussian of a
    # sigmoid as regressions
    225: (1543, {"relusq9": lambda a, b, c: np.maximum(a, 0) ** 2 - b / 2 + c / 3,
                 "tanhatan9": lambda a, b, c: np.tanh(3 * np.arctan(a)) + b / 3 + c / 3},
          {"cubexp9": lambda a, b, c: np.exp(np.cbrt(a)) + b / 3 + c / 3,
           "gausssig9": lambda a, b, c: np.exp(-(_sigmoid(2 * a) - 0.5) ** 2 * 8) + b / 3 + c / 3}),
    # bins of a cosine of a sinh and of an arctangent of a square; a log of a sigmoid and a root of a
    # Gaussian as regressions
    226: (1549, {"cossinh9": lambda a, b, c: np.cos(np.sinh(a)) + b / 3 + c / 3,
                 "atanquad8b": lambda a, b, c: np.arctan(a ** 2 - 1) * 2 - b / 3 + c / 3},
          {"logsig9b": lambda a, b, c: np.log(_sigmoid(2 * a) + 0.1) + b / 3 + c / 3,
           "sqrtgauss8b": lambda a, b, c: np.sqrt(np.exp(-a ** 2)) + b / 3 + c / 3}),
    # bins of a tanh of a sine and of an exponential of a cosine; a sigmoid of a rectified feature and a
    # sinh of a cube as regressions
    227: (1553, {"tanhsin8b": lambda a, b, c: np.tanh(2 * np.sin(1.5 * a)) + b / 3 + c / 3,
                 "expcos9b": lambda a, b, c: np.exp(np.cos(2 * a)) + b / 3 + c / 3},
          {"relusig9": lambda a, b, c: _sigmoid(3 * np.maximum(a, 0)) + b / 3 + c / 3,
           "sinhcub9": lambda a, b, c: np.sinh(np.cbrt(a)) + b / 3 + c / 3}),
    # bins of a Gaussian of an arctangent and of a cosine of an exponential; a sigmoid of a ratio and a
    # log of a rectified feature as regressions
    228: (1559, {"gaussatan9": lambda a, b, c: np.exp(-np.arctan(2 * a) ** 2 * 2) * 2 + b / 3 + c / 3,
                 "cosexp9b": lambda a, b, c: np.cos(np.exp(a / 2) * 2) + b / 3 + c / 3},
          {"sigrat8b": lambda a, b, c: _sigmoid(3 * a / (1 + b ** 2)) + b / 3 + c / 3,
           "logrelu7": lambda a, b, c: np.log1p(np.maximum(a, 0) * 3) + b / 3 + c / 3}),
    # bins of a square of a sine (the second feature at full weight: at a third, "small" scored 0.425
    # against a majority of 0.4) and of a cube root of an arctangent; an arctangent of a size and the
    # smaller of an exponential and a feature as regressions
    229: (1567, {"sinsq9b": lambda a, b, c: np.sin(1.5 * a) ** 2 * 2 - b + c / 3,
                 "cubatan9": lambda a, b, c: np.cbrt(np.arctan(2 * a)) * 2 + b / 3 + c / 3},
          {"atanabs8b": lambda a, b, c: np.arctan(2 * np.abs(a)) + b / 3 + c / 3,
           "expmin8b": lambda a, b, c: np.minimum(np.exp(a / 2), b + 1.5) + c / 3}),
    # bins of a sine of a log-size and of a sigmoid of a cube; a cosh of an arctangent and a tanh of a
    # square as regressions
    230: (1571, {"sinlog10": lambda a, b, c: np.sin(3 * np.log1p(np.abs(a))) * 2 + b / 3 + c / 3,
                 "sigcub10": lambda a, b, c: _sigmoid(a ** 3) * 2 + b / 3 + c / 3},
          {"coshatan10": lambda a, b, c: np.cosh(np.arctan(2 * a)) + b / 3 + c / 3,
           "tanhsq10": lambda a, b, c: np.tanh(a ** 2 - 1) + b / 3 + c / 3}),
    # bins of a decay of a size and of a sine of a sigmoid; a cube root of a sine and an arctangent of a
    # square as regressions
    231: (1579, {"expabs10": lambda a, b, c: np.exp(-np.abs(a)) * 3 + b / 3 + c / 3,
                 "sinsig10": lambda a, b, c: np.sin(4 * _sigmoid(2 * a)) * 2 + b / 3 + c / 3},
          {"cbrtsin10": lambda a, b, c: np.cbrt(np.sin(2 * a)) + b / 3 + c / 3,
           "atansq10": lambda a, b, c: np.arctan(a ** 2) + b / 3 + c / 3}),
    # bins of a cosine of an arctangent (the second feature at full weight: at a third, "small" scored
    # 0.4 against a majority of 0.4) and of a root of a sine's size; a decay of a rectified feature and
    # a sinh of a tanh as regressions
    232: (1583, {"cosatan10": lambda a, b, c: np.cos(3 * np.arctan(a)) - 2 * b + c / 3,
                 "sqrtsin10": lambda a, b, c: np.sqrt(np.abs(np.sin(2 * a))) * 2 + b / 3 + c / 3},
          {"expneg10": lambda a, b, c: np.exp(-np.maximum(a, 0)) + b / 3 + c / 3,
           "sinhtanh10": lambda a, b, c: np.sinh(2 * np.tanh(a)) + b / 3 + c / 3}),
    # bins of a Gaussian of a cosine (the second feature at full weight: at a third, "small" scored 0.425
    # against a majority of 0.4) and of a tanh of a cube; a log of a square and a sigmoid of a sine as
    # regressions
    233: (1597, {"gausscos10": lambda a, b, c: np.exp(-3 * np.cos(a) ** 2) * 2 - b + c / 3,
                 "tanhcube10": lambda a, b, c: np.tanh(a ** 3) * 2 + b / 3 + c / 3},
          {"logsq10": lambda a, b, c: np.log1p(a ** 2) + b / 3 + c / 3,
           "sigsin10": lambda a, b, c: _sigmoid(3 * np.sin(a)) + b / 3 + c / 3}),
    # bins of a sine of a cube and of an exponential of a sine; a tanh of a log-size and a cosine of a size
    # as regressions
    234: (1601, {"sincub11": lambda a, b, c: np.sin(a ** 3) * 2 + b / 3 + c / 3,
                 "expsin11": lambda a, b, c: np.exp(np.sin(2 * a)) + b / 3 + c / 3},
          {"tanhlog11": lambda a, b, c: np.tanh(np.log1p(np.abs(a)) * 2) + b / 3 + c / 3,
           "cosabs11": lambda a, b, c: np.cos(1.5 * np.abs(a)) + b / 3 + c / 3}),
    # bins of a sigmoid of a square (the second feature at full weight: at a third, "small" scored 0.425
    # against a majority of 0.425) and of an arctangent of a cosine; a log of a cosine's size and a sinh
    # of a sine as regressions
    235: (1607, {"sigsq11": lambda a, b, c: _sigmoid(2 * a ** 2 - 2) * 2 - b + c / 3,
                 "atancos11": lambda a, b, c: np.arctan(3 * np.cos(a)) + b / 3 + c / 3},
          {"logcos11": lambda a, b, c: np.log(np.abs(np.cos(a)) + 0.2) + b / 3 + c / 3,
           "sinhsin11": lambda a, b, c: np.sinh(np.sin(2 * a)) + b / 3 + c / 3}),
    # bins of a Gaussian of an exponential and of a rectified sine; a cube root of a cosine and a tanh of an
    # exponential as regressions
    236: (1609, {"gaussexp11": lambda a, b, c: np.exp(-np.exp(a) ** 2 / 2) * 2 + b / 3 + c / 3,
                 "relusin11": lambda a, b, c: np.maximum(np.sin(2 * a), 0) * 2 + b / 3 + c / 3},
          {"cbrtcos11": lambda a, b, c: np.cbrt(np.cos(2 * a)) + b / 3 + c / 3,
           "tanhexp11": lambda a, b, c: np.tanh(np.exp(a / 2) - 1) + b / 3 + c / 3}),
    # bins of a root of an arctangent's size and of a cosine of a rectified feature; an exponential of an
    # arctangent and a log of a sigmoid as regressions
    237: (1613, {"sqrtatan11": lambda a, b, c: np.sqrt(np.abs(np.arctan(2 * a))) * 2 + b / 3 + c / 3,
                 "cosrelu11": lambda a, b, c: np.cos(2 * np.maximum(a, 0)) * 2 + b / 3 + c / 3},
          {"expatan11": lambda a, b, c: np.exp(np.arctan(2 * a)) + b / 3 + c / 3,
           "logsig11": lambda a, b, c: np.log(_sigmoid(3 * a) + 0.05) + b / 3 + c / 3}),
    # bins of a cosine of a cube root (the second feature at full weight: at a third, "small" scored 0.4
    # against a majority of 0.45) and of a sigmoid of a sine's size; a tanh of a cosine and an exponential
    # of a cosine as regressions
    238: (1619, {"coscbrt12": lambda a, b, c: np.cos(3 * np.cbrt(a)) * 2 - b + c / 3,
                 "sigabssin12": lambda a, b, c: _sigmoid(4 * np.abs(np.sin(a)) - 2) * 2 + b / 3 + c / 3},
          {"tanhcos12": lambda a, b, c: np.tanh(2 * np.cos(a)) + b / 3 + c / 3,
           "expcos12": lambda a, b, c: np.exp(np.cos(2 * a)) / 2 + b / 3 + c / 3}),
    # bins of an arctangent of an exponential and of a sine of a root of a size plus a half (at a third of
    # the second feature and without the half, three imbalanced classes scored 0.731 against a majority of
    # 0.727); a cube of a tanh and a Gaussian of a difference as regressions
    239: (1621, {"atanexp12": lambda a, b, c: np.arctan(np.exp(a) - 1) * 2 + b / 3 + c / 3,
                 "sinsqrt12": lambda a, b, c: np.sin(np.sqrt(np.abs(a)) + a / 2) * 3 - b + c / 3},
          {"cubtanh12": lambda a, b, c: np.tanh(a) ** 3 + b / 3 + c / 3,
           "gaussdiff12": lambda a, b, c: np.exp(-(a - b) ** 2) + c / 3}),
    # bins of a tanh of a sine (the second feature at full weight and the sine's frequency halved: at a
    # third, "small" scored 0.475 against a majority of 0.425) and of a cube root of an exponential; a sinh
    # of a size and a cosine of a sigmoid as regressions
    240: (1627, {"tanhsin12": lambda a, b, c: np.tanh(2 * np.sin(a)) * 2 - b + c / 3,
                 "cbrtexp12": lambda a, b, c: np.cbrt(np.exp(a / 2) - 1.5) * 2 + b / 3 + c / 3},
          {"sinhabs12": lambda a, b, c: np.sinh(np.abs(a) / 2) + b / 3 + c / 3,
           "cossig12": lambda a, b, c: np.cos(3 * _sigmoid(2 * a)) + b / 3 + c / 3}),
    # bins of a sigmoid of a cosine (the second feature at full weight: at a third, "small" scored 0.425
    # against a majority of 0.4) and of a cube root of a rectified feature; an arctangent of a log-size and
    # a sine times a cosine as regressions
    241: (1637, {"sigcos12": lambda a, b, c: _sigmoid(3 * np.cos(1.5 * a)) * 2 - b + c / 3,
                 "relucub12": lambda a, b, c: np.cbrt(np.maximum(a, 0)) * 3 + b / 3 + c / 3},
          {"atanlog12": lambda a, b, c: np.arctan(np.log1p(np.abs(a)) * 2) + b / 3 + c / 3,
           "sincos12": lambda a, b, c: np.sin(a) * np.cos(2 * a) + b / 3 + c / 3}),
    # bins of a sine of an exponential and of a cube root of a sigmoid; a cosh of a sine and an arctangent
    # of a product as regressions
    242: (1657, {"sinexp13": lambda a, b, c: np.sin(np.exp(a / 2) * 2) * 2 + b / 3 + c / 3,
                 "cbrtsig13": lambda a, b, c: np.cbrt(_sigmoid(3 * a) - 0.5) * 2 + b / 3 + c / 3},
          {"coshsin13": lambda a, b, c: np.cosh(np.sin(2 * a)) + b / 3 + c / 3,
           "atanprod13": lambda a, b, c: np.arctan(a * b) + c / 3}),
    # bins of a Gaussian of a square and of a tanh of a rectified feature; a log of a size and a sine of an
    # arctangent as regressions
    243: (1663, {"gausssq13": lambda a, b, c: np.exp(-(a ** 2 - 1) ** 2) * 2 + b / 3 + c / 3,
                 "tanhrelu13": lambda a, b, c: np.tanh(2 * np.maximum(a, 0)) * 2 + b / 3 + c / 3},
          {"logabs13": lambda a, b, c: np.log(np.abs(a) + 0.3) + b / 3 + c / 3,
           "sinatan13": lambda a, b, c: np.sin(3 * np.arctan(a)) + b / 3 + c / 3}),
    # bins of a cube of a sine and of an exponential of a sigmoid; a root of a cosine's size and a tanh of
    # an exponential's rise as regressions
    244: (1667, {"cubsin13": lambda a, b, c: np.sin(1.5 * a) ** 3 * 2 + b / 3 + c / 3,
                 "expsig13": lambda a, b, c: np.exp(2 * _sigmoid(2 * a)) + b / 3 + c / 3},
          {"sqrtcos13": lambda a, b, c: np.sqrt(np.abs(np.cos(a))) + b / 3 + c / 3,
           "tanhexp13": lambda a, b, c: np.tanh(np.exp(a) - 1.5) + b / 3 + c / 3}),
    # bins of a cosine of a rectified feature and of a sigmoid of a product; an arctangent of a cube and a
    # cosine of a log-size as regressions
    245: (1669, {"relucos13": lambda a, b, c: np.cos(1.5 * np.maximum(a, -1)) * 2 + b / 3 + c / 3,
                 "sigprod13": lambda a, b, c: _sigmoid(3 * a * (b + 1)) * 2 + c / 3},
          {"atancub13": lambda a, b, c: np.arctan(a ** 3) + b / 3 + c / 3,
           "coslog13": lambda a, b, c: np.cos(2 * np.log1p(np.abs(a))) + b / 3 + c / 3}),
    # bins of a cube root of a cosine and of a sigmoid of a sinh; an exponential of an arctangent's size and
    # a rectified sine as regressions
    246: (1693, {"cbrtcos14": lambda a, b, c: np.cbrt(np.cos(1.5 * a)) * 2 + b / 3 + c / 3,
                 "sigsinh14": lambda a, b, c: _sigmoid(2 * np.sinh(a)) * 2 + b / 3 + c / 3},
          {"expatan14": lambda a, b, c: np.exp(-np.abs(np.arctan(2 * a))) + b / 3 + c / 3,
           "sinrelu14": lambda a, b, c: np.sin(2 * np.maximum(a, 0)) + b / 3 + c / 3}),
    # bins of a Gaussian of a feature (first written of a product, a Gaussian of a(b + 1) with the second
    # feature at a third: "small" scored 0.5 against a majority of 0.45) and of an arctangent of a size
    # plus the feature (without it, three imbalanced classes scored 0.777 against a majority of 0.739); a
    # tanh of a log-size and a cosine of a cube as regressions
    247: (1697, {"gaussfull14": lambda a, b, c: np.exp(-a ** 2) * 2 - b + c / 3,
                 "atanabs14": lambda a, b, c: np.arctan(3 * np.abs(a) - 1) * 2 + a - b + c / 3},
          {"tanhlog14": lambda a, b, c: np.tanh(np.log1p(a ** 2)) + b / 3 + c / 3,
           "coscub14": lambda a, b, c: np.cos(a ** 3 / 2) + b / 3 + c / 3}),
    # bins of a root of a sigmoid and of a log of a cosh; a square of a sine and a tanh of a rectified
    # feature as regressions
    248: (1699, {"sqrtsig14": lambda a, b, c: np.sqrt(_sigmoid(3 * a)) * 3 + b / 3 + c / 3,
                 "logcosh14": lambda a, b, c: np.log(np.cosh(2 * a)) + b / 3 + c / 3},
          {"sinsq14": lambda a, b, c: np.sin(a) ** 2 + b / 3 + c / 3,
           "relutanh14": lambda a, b, c: np.tanh(np.maximum(a, 0) * 2) + b / 3 + c / 3}),
    # bins of a Gaussian of an exponential's rise and of a cosine plus its feature (first written as a
    # cosine of a product, cos(a(b + 2)): three imbalanced classes scored 0.731 against a majority of
    # 0.706); an arctangent of a ratio and a sine of a log-size as regressions
    249: (1709, {"expgauss14": lambda a, b, c: np.exp(-(np.exp(a / 2) - 1.2) ** 2) * 3 + b / 3 + c / 3,
                 "cosplus14": lambda a, b, c: np.cos(2 * a) + 1.5 * a + b / 3 + c / 3},
          {"atanrat14": lambda a, b, c: np.arctan(a / (1 + b ** 2)) + c / 3,
           "sinlog14": lambda a, b, c: np.sin(2 * np.log1p(np.abs(a))) + b / 3 + c / 3}),
    # bins of a sine of a size and of a tanh of a cube; a log of a sigmoid and an exponential of a sine as
    # regressions
    250: (1721, {"sinabs15": lambda a, b, c: np.sin(2 * np.abs(a)) * 2 + b / 3 + c / 3,
                 "tanhcub15": lambda a, b, c: np.tanh(a ** 3 / 2) * 2 + b / 3 + c / 3},
          {"logsig15": lambda a, b, c: np.log(_sigmoid(2 * a) + 0.1) + b / 3 + c / 3,
           "expsin15": lambda a, b, c: np.exp(np.sin(a)) / 2 + b / 3 + c / 3}),
    # bins of a cosine of a square (the second feature at full weight: at a third, "small" scored 0.425
    # against a majority of 0.375) and of an arctangent of a rectified feature; a sinh of an arctangent and
    # a Gaussian of a log-size as regressions
    251: (1723, {"cossq15": lambda a, b, c: np.cos(a ** 2) * 2 - b + c / 3,
                 "atanrelu15": lambda a, b, c: np.arctan(3 * np.maximum(a, 0)) * 2 + b / 3 + c / 3},
          {"sinhatan15": lambda a, b, c: np.sinh(np.arctan(2 * a)) + b / 3 + c / 3,
           "gausslog15": lambda a, b, c: np.exp(-np.log1p(np.abs(a)) ** 2) + b / 3 + c / 3}),
    # bins of a square of a rectified feature and of a sigmoid of a tanh; a cube root of a product and a
    # cosine of an exponential as regressions
    252: (1733, {"relusq15": lambda a, b, c: np.maximum(a, 0) ** 2 + b / 3 + c / 3,
                 "sigtanh15": lambda a, b, c: _sigmoid(4 * np.tanh(a)) * 2 + b / 3 + c / 3},
          {"cbrtprod15": lambda a, b, c: np.cbrt(a * b) + c / 3,
           "cosexp15": lambda a, b, c: np.cos(np.exp(a / 2)) + b / 3 + c / 3}),
    # bins of a root of an arctangent and of a tanh of a size; a sine of a ratio and a log of a cosine as
    # regressions
    253: (1741, {"sqrtatan15": lambda a, b, c: np.sqrt(np.arctan(a) + 1.6) * 3 + b / 3 + c / 3,
                 "tanhabs15": lambda a, b, c: np.tanh(2 * np.abs(a) - 1) * 2 + b / 3 + c / 3},
          {"sinrat15": lambda a, b, c: np.sin(2 * a / (1 + np.abs(b))) + c / 3,
           "logcos15": lambda a, b, c: np.log(np.cos(a) + 1.2) + b / 3 + c / 3}),
    # bins of a sine of a sigmoid and of a cube root of a size; a tanh of a square and an exponential of a
    # cube as regressions
    254: (1747, {"sinsig16": lambda a, b, c: np.sin(5 * _sigmoid(a)) * 2 + b / 3 + c / 3,
                 "cbrtabs16": lambda a, b, c: np.cbrt(np.abs(a) - 0.7) * 2 + b / 3 + c / 3},
          {"tanhsq16": lambda a, b, c: np.tanh(a ** 2 / 2) + b / 3 + c / 3,
           "expcube16": lambda a, b, c: np.exp(-np.abs(a) ** 3 / 2) + b / 3 + c / 3}),
    # bins of a Gaussian of a rectified feature and of an arctangent of a sine; a log of a product's size
    # and a cosine of a sinh as regressions
    255: (1753, {"gaussrelu16": lambda a, b, c: np.exp(-np.maximum(a, 0) ** 2) * 3 + b / 3 + c / 3,
                 "atansin16": lambda a, b, c: np.arctan(3 * np.sin(a)) * 2 + b / 3 + c / 3},
          {"logprod16": lambda a, b, c: np.log1p(np.abs(a * b)) + c / 3,
           "cossinh16": lambda a, b, c: np.cos(np.sinh(a / 2) * 2) + b / 3 + c / 3}),
    # bins of a sigmoid of an exponential and of a root of a cube's size; a rectified cosh and a tanh of a
    # ratio as regressions
    256: (1759, {"sigexp16": lambda a, b, c: _sigmoid(np.exp(a) - 2) * 3 + b / 3 + c / 3,
                 "sqrtcube16": lambda a, b, c: np.sqrt(np.abs(a) ** 3) + b / 3 + c / 3},
          {"relucosh16": lambda a, b, c: np.maximum(np.cosh(a) - 1.5, 0) + b / 3 + c / 3,
           "tanhrat16": lambda a, b, c: np.tanh(2 * a / (1 + b ** 2)) + c / 3}),
    # bins of a sine of a power and of an exponential of a size; an arctangent of a log-size and a cube
    # root of a sine as regressions
    257: (1777, {"sinpow16": lambda a, b, c: np.sin(np.sign(a) * np.abs(a) ** 1.5 * 2) * 2 + b / 3 + c / 3,
                 "expabs16": lambda a, b, c: np.exp(np.abs(a) / 2) + b / 3 + c / 3},
          {"atanlog16": lambda a, b, c: np.arctan(3 * np.log1p(np.abs(a)) - 1) + b / 3 + c / 3,
           "cbrtsin16": lambda a, b, c: np.cbrt(np.sin(1.5 * a)) + b / 3 + c / 3}),
    # bins of a cosine of an arctangent and of a root of a rectified feature; a log of a sigmoid and a
    # tanh of an exponential as regressions
    258: (1783, {"cosatan17": lambda a, b, c: np.cos(3 * np.arctan(a)) - 2 * b + c / 3,
                 "sqrtrelu17": lambda a, b, c: np.sqrt(np.maximum(a + 0.5, 0)) * 2 + b / 3 + c / 3},
          {"logsig17": lambda a, b, c: np.log(_sigmoid(2 * a) + 0.1) + b / 3 + c / 3,
           "tanhexp17": lambda a, b, c: np.tanh(np.exp(a / 2) - 1.5) + b / 3 + c / 3}),
    # bins of a sine of a size and of a cube of a tanh; a Gaussian of a sine and an arctangent of a
    # product as regressions
    259: (1787, {"sinabs17": lambda a, b, c: np.sin(2 * np.abs(a)) * 2 + b / 3 + c / 3,
                 "cubetanh17": lambda a, b, c: np.tanh(a) ** 3 * 3 + b / 3 + c / 3},
          {"gausssin17": lambda a, b, c: np.exp(-np.sin(a) ** 2 * 2) + b / 3 + c / 3,
           "atanprod17": lambda a, b, c: np.arctan(2 * a * b) + c / 3}),
    # bins of a rectified sine and of an exponential of a square; a sigmoid of a cosine and a log of a
    # tanh's size as regressions
    260: (1789, {"relusin17": lambda a, b, c: np.maximum(np.sin(2 * a), 0) * 3 - b + c / 3,
                 "expsq17": lambda a, b, c: np.exp(-a ** 2 / 2) * 3 + b / 3 + c / 3},
          {"sigcos17": lambda a, b, c: _sigmoid(3 * np.cos(a)) + b / 3 + c / 3,
           "logtanh17": lambda a, b, c: np.log1p(np.abs(np.tanh(2 * a))) * 2 + b / 3 + c / 3}),
    # bins of a cube of a tanh of a product and of a cosine of a ratio; a root of a sine's size and an
    # arctangent of a square as regressions
    261: (1801, {"tanhcube17": lambda a, b, c: np.tanh(a ** 3) * 2 + b / 3 + c / 3,
                 "cosrat17": lambda a, b, c: np.cos(3 * a / (1 + np.abs(b))) + 2 * a + c / 3},
          {"sqrtsin17": lambda a, b, c: np.sqrt(np.abs(np.sin(2 * a))) + b / 3 + c / 3,
           "atansq17": lambda a, b, c: np.arctan(a ** 2 - 1) + b / 3 + c / 3}),
    # bins of a cosine of a sigmoid and of a tanh of a rectified feature; a log of a cube's size and a
    # sine of an exponential as regressions
    262: (1811, {"cossig18": lambda a, b, c: np.cos(4 * _sigmoid(a)) * 2 - b + c / 3,
                 "tanhrelu18": lambda a, b, c: np.tanh(2 * np.maximum(a, 0)) * 3 + b / 3 + c / 3},
          {"logcube18": lambda a, b, c: np.log1p(np.abs(a) ** 3) + b / 3 + c / 3,
           "sinexp18": lambda a, b, c: np.sin(np.exp(a / 2)) + b / 3 + c / 3}),
    # bins of a Gaussian of a size and of a cube root of a tanh; a rectified cosine and an exponential of
    # an arctangent as regressions
    263: (1823, {"gaussabs18": lambda a, b, c: np.exp(-np.abs(a)) * 3 - b + c / 3,
                 "cbrttanh18": lambda a, b, c: np.cbrt(np.tanh(2 * a)) * 2 + b / 3 + c / 3},
          {"relucos18": lambda a, b, c: np.maximum(np.cos(2 * a), 0) + b / 3 + c / 3,
           "expatan18": lambda a, b, c: np.exp(np.arctan(a)) + b / 3 + c / 3}),
    # bins of a sigmoid of a square and of a tanh of a log-size; a sine of a product and a cosine of a
    # size as regressions
    264: (1831, {"sigsq18": lambda a, b, c: _sigmoid(a ** 2 - 1) * 3 - b + c / 3,
                 "tanhlog18": lambda a, b, c: np.tanh(np.log1p(np.abs(a)) * 2 - 1) * 2 + a + c / 3},
          {"sinprod18": lambda a, b, c: np.sin(a * b) + c / 3,
           "cosabs18": lambda a, b, c: np.cos(1.5 * np.abs(a)) + b / 3 + c / 3}),
    # bins of an arctangent of an exponential and of a root of a Gaussian; a sine of a cube root and a
    # tanh of a cosine as regressions
    265: (1847, {"atanexp18": lambda a, b, c: np.arctan(np.exp(a) - 1) * 2 + b / 3 + c / 3,
                 "sqrtgauss18": lambda a, b, c: np.sqrt(np.exp(-a ** 2 / 2)) * 2 - 2 * b + c / 3},
          {"sincbrt18": lambda a, b, c: np.sin(2 * np.cbrt(a)) + b / 3 + c / 3,
           "tanhcos18": lambda a, b, c: np.tanh(2 * np.cos(a)) + b / 3 + c / 3}),
    # bins of a sine of a cosine and of a rectified exponential; an arctangent of a ratio and a Gaussian
    # of a cube as regressions
    266: (1861, {"sincos19": lambda a, b, c: np.sin(2 * np.cos(a)) * 2 - b + c / 3,
                 "reluexp19": lambda a, b, c: np.maximum(np.exp(a / 2) - 1, 0) * 2 + b / 3 + c / 3},
          {"atanrat19": lambda a, b, c: np.arctan(2 * a / (1 + np.abs(b))) + c / 3,
           "gausscube19": lambda a, b, c: np.exp(-np.abs(a) ** 3) + b / 3 + c / 3}),
    # bins of a tanh of a square and of a cube root of a cosine; a log of an arctangent's size and a
    # sigmoid of a size as regressions
    267: (1867, {"tanhsq19": lambda a, b, c: np.tanh(a ** 2 - 1) * 3 - b + c / 3,
                 "cbrtcos19": lambda a, b, c: np.cbrt(np.cos(2 * a)) + 2 * a + c / 3},
          {"logatan19": lambda a, b, c: np.log1p(np.abs(np.arctan(2 * a))) * 2 + b / 3 + c / 3,
           "sigabs19": lambda a, b, c: _sigmoid(3 * np.abs(a) - 2) + b / 3 + c / 3}),
    # bins of a cosine of a root and of a sine of a rectified feature; an exponential of a tanh and an
    # arctangent of a cube as regressions
    268: (1871, {"cossqrt19": lambda a, b, c: np.cos(2 * np.sqrt(np.abs(a))) * 2 - b + c / 3,
                 "sinrelu19": lambda a, b, c: np.sin(2 * np.maximum(a, 0)) * 2 + a + c / 3},
          {"exptanh19": lambda a, b, c: np.exp(np.tanh(a)) + b / 3 + c / 3,
           "atancube19": lambda a, b, c: np.arctan(a ** 3) + b / 3 + c / 3}),
    # bins of a root of a log-size and of a tanh of a sine; a cosine of a cube and a log of an
    # exponential's sum as regressions
    269: (1873, {"sqrtlog19": lambda a, b, c: np.sqrt(np.log1p(np.abs(a))) * 3 - b + c / 3,
                 "tanhsin19": lambda a, b, c: np.tanh(2 * np.sin(a)) * 2 + b / 3 + c / 3},
          {"coscube19": lambda a, b, c: np.cos(a ** 3 / 2) + b / 3 + c / 3,
           "logexp19": lambda a, b, c: np.log1p(np.exp(a)) + b / 3 + c / 3}),
    # bins of a sine of an arctangent and of an exponential of a cosine; a tanh of a size and a cube root
    # of a sigmoid as regressions
    270: (1877, {"sinatan20": lambda a, b, c: np.sin(3 * np.arctan(a)) * 2 - b + c / 3,
                 "expcos20": lambda a, b, c: np.exp(np.cos(a)) * 2 - b + c / 3},
          {"tanhabs20": lambda a, b, c: np.tanh(2 * np.abs(a) - 1) + b / 3 + c / 3,
           "cbrtsig20": lambda a, b, c: np.cbrt(_sigmoid(2 * a) - 0.5) + b / 3 + c / 3}),
    # bins of a log of a sine's size and of a cosine of an exponential; a sigmoid of a cube and an
    # arctangent of a cosine as regressions
    271: (1879, {"logsin20": lambda a, b, c: np.log1p(np.abs(np.sin(2 * a))) * 3 - b + c / 3,
                 "cosexp20": lambda a, b, c: np.cos(np.exp(a / 2)) * 2 + a - 2 * b + c / 3},
          {"sigcube20": lambda a, b, c: _sigmoid(a ** 3) + b / 3 + c / 3,
           "atancos20": lambda a, b, c: np.arctan(2 * np.cos(a)) + b / 3 + c / 3}),
    # bins of a rectified square and of a root of a cosine's size; a Gaussian of a sine and a tanh of a
    # ratio as regressions
    272: (1889, {"relusq20": lambda a, b, c: np.maximum(a ** 2 - 1, 0) * 2 - b + c / 3,
                 "sqrtcos20": lambda a, b, c: np.sqrt(np.abs(np.cos(a))) * 3 - 2 * b + c / 3},
          {"gausssin20": lambda a, b, c: np.exp(-np.sin(2 * a) ** 2) + b / 3 + c / 3,
           "tanhrat20": lambda a, b, c: np.tanh(2 * a / (1 + np.abs(b))) + c / 3}),
    # bins of a cosine of a square and of a log of a rectified feature; a sine of a sigmoid and an
    # arctangent of a size as regressions
    273: (1901, {"cossq20": lambda a, b, c: np.cos(a ** 2) * 2 - b + c / 3,
                 "logrelu20": lambda a, b, c: np.log1p(np.maximum(a, 0)) * 3 + b / 3 + c / 3},
          {"sinsig20": lambda a, b, c: np.sin(4 * _sigmoid(a)) + b / 3 + c / 3,
           "atanabs20": lambda a, b, c: np.arctan(np.abs(a) - 1) + b / 3 + c / 3}),
    # bins of a sine of a log-size and of a tanh of an exponential; a cube root of a size and a cosine of
    # a sigmoid as regressions
    274: (1907, {"sinlog21": lambda a, b, c: np.sin(2 * np.log1p(np.abs(a))) * 2 - b + c / 3,
                 "tanhexp21": lambda a, b, c: np.tanh(np.exp(a / 2) - 1) * 2 + a - b + c / 3},
          {"cbrtabs21": lambda a, b, c: np.cbrt(np.abs(a) - 1) + b / 3 + c / 3,
           "cossig21": lambda a, b, c: np.cos(3 * _sigmoid(a)) + b / 3 + c / 3}),
    # bins of an arctangent of a square and of an exponential of a sine; a log of a cosine's size and a
    # sigmoid of a rectified feature as regressions
    275: (1913, {"atansq21": lambda a, b, c: np.arctan(a ** 2 - 1) * 3 - b + c / 3,
                 "expsin21": lambda a, b, c: np.exp(np.sin(a)) * 2 - b + c / 3},
          {"logcos21": lambda a, b, c: np.log1p(np.abs(np.cos(a))) + b / 3 + c / 3,
           "sigrelu21": lambda a, b, c: _sigmoid(3 * np.maximum(a, 0) - 1) + b / 3 + c / 3}),
    # bins of a tanh of a cube root and of a sine of a size; a Gaussian of an exponential and a rectified
    # cube as regressions
    276: (1931, {"tanhcbrt21": lambda a, b, c: np.tanh(2 * np.cbrt(a)) * 2 - b + c / 3,
                 "sinabs21": lambda a, b, c: np.sin(2 * np.abs(a)) * 2 + a - b + c / 3},
          {"gaussexp21": lambda a, b, c: np.exp(-np.exp(a) / 2) + b / 3 + c / 3,
           "relucube21": lambda a, b, c: np.maximum(a, 0) ** 3 / 3 + b / 3 + c / 3}),
    # bins of a cosine of a log-size and of an arctangent of a rectified feature; a root of a sigmoid and
    # an exponential of a size as regressions
    277: (1933, {"coslog21": lambda a, b, c: np.cos(2 * np.log1p(np.abs(a))) * 2 - b + c / 3,
                 "atanrelu21": lambda a, b, c: np.arctan(2 * np.maximum(a, 0)) * 3 - b + c / 3},
          {"sqrtsig21": lambda a, b, c: np.sqrt(_sigmoid(2 * a)) + b / 3 + c / 3,
           "expabs21": lambda a, b, c: np.exp(-np.abs(a)) + b / 3 + c / 3}),
    # bins of a cosine of a hyperbolic sine and of an arctangent of a log-size; a sigmoid of a sine and a
    # rectified tanh as regressions
    278: (1949, {"cossinh22": lambda a, b, c: np.cos(np.sinh(a)) * 2 - b + c / 3,
                 "atanlog22": lambda a, b, c: np.arctan(2 * np.log1p(np.abs(a)) - 1) * 3 - 2 * b + c / 3},
          {"sigsin22": lambda a, b, c: _sigmoid(3 * np.sin(a)) + b / 3 + c / 3,
           "relutanh22": lambda a, b, c: np.maximum(np.tanh(2 * a), 0) + b / 3 + c / 3}),
    # bins of an exponential of a square and of a cube root of a sine; a tanh of a sigmoid and a log of a
    # size as regressions
    279: (1951, {"expsq22": lambda a, b, c: np.exp(-a ** 2) * 3 - b + c / 3,
                 "cbrtsin22": lambda a, b, c: np.cbrt(np.sin(2 * a)) * 2 + a - b + c / 3},
          {"tanhsig22": lambda a, b, c: np.tanh(4 * _sigmoid(a) - 2) + b / 3 + c / 3,
           "logabs22": lambda a, b, c: np.log1p(np.abs(a)) + b / 3 + c / 3}),
    # bins of a sine of a ratio and of a Gaussian of a cosine; an arctangent of an exponential and a cube
    # of a sigmoid as regressions
    280: (1973, {"sinrat22": lambda a, b, c: np.sin(3 * a / (1 + np.abs(b))) * 2 + a + c / 3,
                 "gausscos22": lambda a, b, c: np.exp(-np.cos(a) ** 2) * 3 - b + c / 3},
          {"atanexp22": lambda a, b, c: np.arctan(np.exp(a / 2)) + b / 3 + c / 3,
           "cubsig22": lambda a, b, c: (_sigmoid(2 * a) - 0.5) ** 3 * 8 + b / 3 + c / 3}),
    # bins of a tanh of a log-size and of a cosine of a rectified feature; a root of an exponential and a
    # sine of a square as regressions
    281: (1979, {"tanhlog22": lambda a, b, c: np.tanh(np.log1p(np.abs(a)) * 3 - 2) * 2 - b + c / 3,
                 "cosrelu22": lambda a, b, c: np.cos(2 * np.maximum(a, 0)) * 2 - b + c / 3},
          {"sqrtexp22": lambda a, b, c: np.sqrt(np.exp(a / 2)) + b / 3 + c / 3,
           "sinsq22": lambda a, b, c: np.sin(a ** 2) + b / 3 + c / 3}),
    # bins of a sine of a cube and of a tanh of a ratio; an exponential of an arctangent's size and a log of
    # a sigmoid as regressions
    282: (1987, {"sincub23": lambda a, b, c: np.sin(a ** 3 / 2) * 2 - b + c / 3,
                 "tanhrat23": lambda a, b, c: np.tanh(3 * a / (1 + np.abs(b))) * 2 + a + c / 3},
          {"expatan23": lambda a, b, c: np.exp(np.abs(np.arctan(a))) + b / 3 + c / 3,
           "logsig23": lambda a, b, c: np.log(_sigmoid(2 * a)) + b / 3 + c / 3}),
    # bins of a cosine of a size and of a rectified sine; an arctangent of a cosine's square and a root of a
    # square's size as regressions
    283: (1993, {"cosabs23": lambda a, b, c: np.cos(2 * np.abs(a)) * 2 - b + c / 3,
                 "relusin23": lambda a, b, c: np.maximum(np.sin(2 * a), 0) * 3 - b + c / 3},
          {"atancos23": lambda a, b, c: np.arctan(2 * np.cos(a) ** 2) + b / 3 + c / 3,
           "sqrtsq23": lambda a, b, c: np.sqrt(np.abs(a ** 2 - 1)) + b / 3 + c / 3}),
    # bins of a sigmoid of an exponential and of a tanh of a hyperbolic sine; a Gaussian of a log-size and
    # a cube root of a cosine as regressions
    284: (1997, {"sigexp23": lambda a, b, c: _sigmoid(np.exp(a / 2) - 2) * 3 - b + c / 3,
                 "tanhsinh23": lambda a, b, c: np.tanh(np.sinh(a)) * 2 - b + c / 3},
          {"gausslog23": lambda a, b, c: np.exp(-np.log1p(np.abs(a)) ** 2) + b / 3 + c / 3,
           "cbrtcos23": lambda a, b, c: np.cbrt(np.cos(2 * a)) + b / 3 + c / 3}),
    # bins of a sine of a hyperbolic cosine and of a log of a tanh's size; an arctangent of a cube and a
    # rectified log as regressions
    285: (1999, {"sincosh23": lambda a, b, c: np.sin(np.cosh(a)) * 2 - b + c / 3,
                 "logtanh23": lambda a, b, c: np.log1p(np.abs(np.tanh(2 * a))) * 3 - b + c / 3},
          {"atancube23": lambda a, b, c: np.arctan(a ** 3 / 2) + b / 3 + c / 3,
           "relulog23": lambda a, b, c: np.maximum(np.log1p(np.abs(a)) - 0.5, 0) + b / 3 + c / 3}),
    # bins of a cosine of a square and of an arctangent of a hyperbolic sine; an exponential of a cosine and
    # a tanh of a square as regressions
    286: (2003, {"cossq24": lambda a, b, c: np.cos(a ** 2) * 2 - b + c / 3,
                 "atansinh24": lambda a, b, c: np.arctan(np.sinh(2 * a)) * 2 + a - b + c / 3},
          {"expcos24": lambda a, b, c: np.exp(np.cos(a)) + b / 3 + c / 3,
           "tanhsq24": lambda a, b, c: np.tanh(a ** 2 - 1) + b / 3 + c / 3}),
    # bins of a sigmoid of a size and of a log of an exponential's sum; a cube of a tanh and a sine of a
    # log-size as regressions
    287: (2011, {"sigabs24": lambda a, b, c: _sigmoid(3 * np.abs(a) - 2) * 3 - b + c / 3,
                 "logexp24": lambda a, b, c: np.log1p(np.exp(2 * a)) - 2 * b + c / 3},
          {"cubtanh24": lambda a, b, c: np.tanh(a) ** 3 + b / 3 + c / 3,
           "sinlog24": lambda a, b, c: np.sin(2 * np.log1p(np.abs(a))) + b / 3 + c / 3}),
    # bins of a rectified cosine and of a Gaussian of a sine; a root of an arctangent's size and an
    # arctangent of a log-size as regressions
    288: (2017, {"relucos24": lambda a, b, c: np.maximum(np.cos(2 * a), 0) * 3 - b + c / 3,
                 "gausssin24": lambda a, b, c: np.exp(-np.sin(2 * a) ** 2) * 3 + a - b + c / 3},
          {"sqrtatan24": lambda a, b, c: np.sqrt(np.abs(np.arctan(2 * a))) + b / 3 + c / 3,
           "atanlog24": lambda a, b, c: np.arctan(np.log1p(np.abs(a)) * 2 - 1) + b / 3 + c / 3}),
    # bins of a cosine of an exponential and of a tanh of a cube; a rectified sine and an exponential of a
    # sigmoid as regressions
    289: (2027, {"cosexp24": lambda a, b, c: np.cos(np.exp(a / 2) * 2) * 2 - b + c / 3,
                 "tanhcub24": lambda a, b, c: np.tanh(a ** 3) * 2 + a - b + c / 3},
          {"sinrelu24": lambda a, b, c: np.sin(2 * np.maximum(a, 0)) + b / 3 + c / 3,
           "expsig24": lambda a, b, c: np.exp(_sigmoid(2 * a)) + b / 3 + c / 3}),
    # bins of a squared sine and of a tanh of an exponential; a cosine of a ratio and a log of a sigmoid
    # as regressions
    290: (2029, {"sinsq25": lambda a, b, c: np.sin(2 * a) ** 2 * 3 - b + c / 3,
                 "tanhexp25": lambda a, b, c: np.tanh(np.exp(a / 2) - 1) * 2 + a - b + c / 3},
          {"cosrat25": lambda a, b, c: np.cos(2 * a / (1 + np.abs(b))) + b / 3 + c / 3,
           "logsig25": lambda a, b, c: np.log(_sigmoid(3 * a) + 0.1) + b / 3 + c / 3}),
    # bins of an arctangent of a cosine and of a sigmoid of a square; an exponential of a size and a cube
    # root of a sine as regressions
    291: (2039, {"atancos25": lambda a, b, c: np.arctan(2 * np.cos(2 * a)) * 2 - b + c / 3,
                 "sigsq25": lambda a, b, c: _sigmoid(2 * a ** 2 - 2) * 3 - b + c / 3},
          {"expabs25": lambda a, b, c: np.exp(-np.abs(2 * a)) * 2 + b / 3 + c / 3,
           "cbrtsin25": lambda a, b, c: np.cbrt(np.sin(3 * a)) + b / 3 + c / 3}),
    # bins of a sinh of a tanh and of a rectified square; a Gaussian of a cube and a tanh of a log-size as
    # regressions
    292: (2053, {"sinhtanh25": lambda a, b, c: np.sinh(2 * np.tanh(a)) - b + c / 3,
                 "relusq25": lambda a, b, c: np.maximum(a, 0) ** 2 * 2 - b + c / 3},
          {"gausscub25": lambda a, b, c: np.exp(-np.abs(a) ** 3) + b / 3 + c / 3,
           "tanhlog25": lambda a, b, c: np.tanh(2 * np.log1p(np.abs(a)) - 1) + b / 3 + c / 3}),
    # bins of a cosine of a cube root and of a root of a sine's size; a log-cosh and an arctangent of a
    # square as regressions
    293: (2063, {"coscbrt25": lambda a, b, c: np.cos(3 * np.cbrt(a)) * 2 - b + c / 3,
                 "sqrtsin25": lambda a, b, c: np.sqrt(np.abs(np.sin(2 * a))) * 3 + a - 2 * b + c / 3},
          {"logcosh25": lambda a, b, c: np.log(np.cosh(2 * a)) / 2 + b / 3 + c / 3,
           "atansq25": lambda a, b, c: np.arctan(a ** 2 - 1) + b / 3 + c / 3}),
    # bins of a sine of a cube root and of a tanh of a size; a cosine of a sigmoid and a log of a square as
    # regressions
    294: (2069, {"sincbrt26": lambda a, b, c: np.sin(3 * np.cbrt(a)) * 2 - 2 * b + c / 3,
                 "tanhabs26": lambda a, b, c: np.tanh(2 * np.abs(a) - 1) * 2 + a - b + c / 3},
          {"cossig26": lambda a, b, c: np.cos(4 * _sigmoid(a)) + b / 3 + c / 3,
           "logsq26": lambda a, b, c: np.log1p(a ** 2) + b / 3 + c / 3}),
    # bins of an arctangent of an exponential and of a sigmoid of a cosine; an exponential of a sine and a
    # cube root of a size as regressions
    295: (2081, {"atanexp26": lambda a, b, c: np.arctan(np.exp(a) - 1) * 3 - b + c / 3,
                 "sigcos26": lambda a, b, c: _sigmoid(3 * np.cos(2 * a)) * 3 + a - b + c / 3},
          {"expsin26": lambda a, b, c: np.exp(np.sin(2 * a)) + b / 3 + c / 3,
           "cbrtabs26": lambda a, b, c: np.cbrt(np.abs(a) - 1) + b / 3 + c / 3}),
    # bins of a sinh of a sine and of a rectified log; a Gaussian of a tanh and a tanh of a rectified
    # feature as regressions
    296: (2083, {"sinhsin26": lambda a, b, c: np.sinh(np.sin(2 * a)) * 2 - b + c / 3,
                 "relulog26": lambda a, b, c: np.maximum(np.log1p(np.abs(a)) - 0.3, 0) * 4 - b + c / 3},
          {"gausstanh26": lambda a, b, c: np.exp(-np.tanh(a) ** 2 * 2) + b / 3 + c / 3,
           "tanhrelu26": lambda a, b, c: np.tanh(2 * np.maximum(a, 0)) + b / 3 + c / 3}),
    # bins of a cosine of a log-size and of a root of a cosine's size; a log of an arctangent's size and an
    # arctangent of a cube as regressions
    297: (2087, {"coslog26": lambda a, b, c: np.cos(3 * np.log1p(np.abs(a))) * 2 - b + c / 3,
                 "sqrtcos26": lambda a, b, c: np.sqrt(np.abs(np.cos(2 * a))) * 3 + a - b + c / 3},
          {"logatan26": lambda a, b, c: np.log1p(np.abs(np.arctan(2 * a))) + b / 3 + c / 3,
           "atancub26": lambda a, b, c: np.arctan(a ** 3) + b / 3 + c / 3}),
    # bins of a sine of an exponential and of a tanh of a cosine; a cosine of a size and a rectified log as
    # regressions
    298: (2089, {"sinexp27": lambda a, b, c: np.sin(np.exp(a / 2) * 2) * 2 - b + c / 3,
                 "tanhcos27": lambda a, b, c: np.tanh(2 * np.cos(2 * a)) * 2 + a - 2 * b + c / 3},
          {"cosabs27": lambda a, b, c: np.cos(2 * np.abs(a)) + b / 3 + c / 3,
           "logrelu27": lambda a, b, c: np.log1p(np.maximum(a, 0) * 2) + b / 3 + c / 3}),
    # bins of an arctangent of a sigmoid and of a sigmoid of an exponential; an exponential of a cube and a
    # cube root of a log-size as regressions
    299: (2099, {"atansig27": lambda a, b, c: np.arctan(6 * _sigmoid(2 * a) - 3) * 2 - b + c / 3,
                 "sigexp27": lambda a, b, c: _sigmoid(2 * np.exp(a / 2) - 3) * 3 + a - b + c / 3},
          {"expcub27": lambda a, b, c: np.exp(-np.abs(a) ** 3 / 2) + b / 3 + c / 3,
           "cbrtlog27": lambda a, b, c: np.cbrt(np.log1p(np.abs(a)) - 0.5) + b / 3 + c / 3}),
    # bins of a sinh of a size and of a rectified sine; a Gaussian of a log-size and a tanh of a square as
    # regressions
    300: (2111, {"sinhabs27": lambda a, b, c: np.sinh(np.abs(a)) * 2 - 2 * b + c / 3,
                 "relusin27": lambda a, b, c: np.maximum(np.sin(3 * a), 0) * 3 - b + c / 3},
          {"gausslog27": lambda a, b, c: np.exp(-np.log1p(np.abs(2 * a)) ** 2) + b / 3 + c / 3,
           "tanhsq27": lambda a, b, c: np.tanh(2 * a ** 2 - 1) + b / 3 + c / 3}),
    # bins of a cosine of a hyperbolic sine and of a root of an exponential; a log of a tanh's size and an
    # arctangent of a ratio as regressions
    301: (2113, {"cossinh27": lambda a, b, c: np.cos(2 * np.sinh(a)) * 2 - b + c / 3,
                 "sqrtexp27": lambda a, b, c: np.sqrt(np.exp(a)) * 2 + a - b + c / 3},
          {"logtanh27": lambda a, b, c: np.log1p(np.abs(np.tanh(3 * a))) + b / 3 + c / 3,
           "atanrat27": lambda a, b, c: np.arctan(2 * a / (1 + np.abs(b))) + b / 3 + c / 3}),
    # bins of a sine of a sigmoid and of a tanh of a hyperbolic sine; a cosine of a cube and a log of an
    # exponential's sum as regressions
    302: (2129, {"sinsig28": lambda a, b, c: np.sin(6 * _sigmoid(2 * a)) * 2 - b + c / 3,
                 "tanhsinh28": lambda a, b, c: np.tanh(np.sinh(2 * a)) * 2 + a - b + c / 3},
          {"coscub28": lambda a, b, c: np.cos(a ** 3) + b / 3 + c / 3,
           "logexp28": lambda a, b, c: np.log1p(np.exp(2 * a)) / 2 + b / 3 + c / 3}),
    # bins of an arctangent of a size and of a sigmoid of a rectified feature; an exponential of a cosine
    # and a cube root of a square as regressions
    303: (2131, {"atanabs28": lambda a, b, c: np.arctan(3 * np.abs(a) - 2) * 2 - b + c / 3,
                 "sigrelu28": lambda a, b, c: _sigmoid(3 * np.maximum(a, 0) - 1) * 3 + a - b + c / 3},
          {"expcos28": lambda a, b, c: np.exp(np.cos(2 * a)) / 2 + b / 3 + c / 3,
           "cbrtsq28": lambda a, b, c: np.cbrt(a ** 2 - 1) + b / 3 + c / 3}),
    # bins of a sinh of a cosine and of a rectified tanh; a Gaussian of an exponential and a tanh of a
    # log-size as regressions
    304: (2137, {"sinhcos28": lambda a, b, c: np.sinh(np.cos(2 * a)) * 2 - b + c / 3,
                 "relutanh28": lambda a, b, c: np.maximum(np.tanh(2 * a), 0) * 3 - b + c / 3},
          {"gaussexp28": lambda a, b, c: np.exp(-np.exp(a) ** 2 / 4) + b / 3 + c / 3,
           "tanhlog28": lambda a, b, c: np.tanh(np.log1p(np.abs(a)) * 2) + b / 3 + c / 3}),
    # bins of a cosine of a ratio and of a root of a sigmoid; a log of a sine's size and an arctangent of a
    # log-size as regressions
    305: (2141, {"cosrat28": lambda a, b, c: np.cos(3 * a / (1 + np.abs(b))) * 2 + a - b + c / 3,
                 "sqrtsig28": lambda a, b, c: np.sqrt(_sigmoid(3 * a)) * 3 - b + c / 3},
          {"logsin28": lambda a, b, c: np.log1p(np.abs(np.sin(2 * a))) + b / 3 + c / 3,
           "atanlog28": lambda a, b, c: np.arctan(np.log1p(np.abs(2 * a)) - 1) + b / 3 + c / 3}),
    # bins of an exponential of a sine and of a tanh of a cube; a sine of a log-size and a sigmoid of a
    # square as regressions
    306: (2143, {"expsin29": lambda a, b, c: np.exp(np.sin(2 * a)) * 2 - b + c / 3,
                 "tanhcub29": lambda a, b, c: np.tanh(a ** 3) * 2 + a - b + c / 3},
          {"sinlog29": lambda a, b, c: np.sin(2 * np.log1p(np.abs(a))) + b / 3 + c / 3,
           "sigsq29": lambda a, b, c: _sigmoid(2 * a ** 2 - 2) + b / 3 + c / 3}),
    # bins of a cosine of an exponential and of a root of a size; an arctangent of a cube and a log of a
    # hyperbolic cosine as regressions
    307: (2153, {"cosexp29": lambda a, b, c: np.cos(2 * np.exp(a / 2)) * 2 - b + c / 3,
                 "sqrtabs29": lambda a, b, c: np.sqrt(np.abs(2 * a)) * 2 - 2 * b + c / 3},
          {"atancub29": lambda a, b, c: np.arctan(a ** 3) + b / 3 + c / 3,
           "logcosh29": lambda a, b, c: np.log(np.cosh(2 * a)) / 2 + b / 3 + c / 3}),
    # bins of a sigmoid of a sine and of a rectified cosine; a tanh of an exponential and a Gaussian of a
    # ratio as regressions
    308: (2161, {"sigsin29": lambda a, b, c: _sigmoid(3 * np.sin(2 * a)) * 3 - b + c / 3,
                 "relucos29": lambda a, b, c: np.maximum(np.cos(3 * a), 0) * 3 + a - b + c / 3},
          {"tanhexp29": lambda a, b, c: np.tanh(np.exp(a) - 1) + b / 3 + c / 3,
           "gaussrat29": lambda a, b, c: np.exp(-(2 * a / (1 + np.abs(b))) ** 2) + b / 3 + c / 3}),
    # bins of a cosine of an arctangent and of an exponential of a size; a sinh of a sigmoid and a cube root
    # of a cosine as regressions
    309: (2179, {"cosatan29": lambda a, b, c: np.cos(4 * np.arctan(a)) * 2 - b + c / 3,
                 "expabs29": lambda a, b, c: np.exp(-np.abs(2 * a)) * 3 + a - b + c / 3},
          {"sinhsig29": lambda a, b, c: np.sinh(3 * _sigmoid(2 * a) - 1.5) + b / 3 + c / 3,
           "cbrtcos29": lambda a, b, c: np.cbrt(np.cos(2 * a)) + b / 3 + c / 3}),
    # bins of a sine of a square and of a tanh of a ratio; an exponential of a sigmoid and an arctangent of
    # a square as regressions
    310: (2203, {"sinsq30": lambda a, b, c: np.sin(2 * a ** 2) * 2 - b + c / 3,
                 "tanhrat30": lambda a, b, c: np.tanh(3 * a / (1 + np.abs(c))) * 2 + a - b + c / 3},
          {"expsig30": lambda a, b, c: np.exp(_sigmoid(3 * a)) + b / 3 + c / 3,
           "atansq30": lambda a, b, c: np.arctan(a ** 2 - 1) + b / 3 + c / 3}),
    # bins of a cosine of a cube root and of a sigmoid of a size; a log of a sigmoid and a sinh of a tanh
    # as regressions
    311: (2207, {"coscbrt30": lambda a, b, c: np.cos(3 * np.cbrt(a)) * 2 - b + c / 3,
                 "sigabs30": lambda a, b, c: _sigmoid(3 * np.abs(a) - 2) * 3 + a - b + c / 3},
          {"logsig30": lambda a, b, c: np.log(_sigmoid(2 * a) + 0.1) + b / 3 + c / 3,
           "sinhtanh30": lambda a, b, c: np.sinh(2 * np.tanh(a)) + b / 3 + c / 3}),
    # bins of a root of a cosine's size and of a rectified square; a cosine of a rectified feature and a
    # Gaussian of a sine as regressions
    312: (2213, {"sqrtcos30": lambda a, b, c: np.sqrt(np.abs(np.cos(2 * a))) * 3 - b + c / 3,
                 "relusq30": lambda a, b, c: np.maximum(a ** 2 - 1, 0) * 2 + a - b + c / 3},
          {"cosrelu30": lambda a, b, c: np.cos(2 * np.maximum(a, 0)) + b / 3 + c / 3,
           "gausssin30": lambda a, b, c: np.exp(-2 * np.sin(2 * a) ** 2) + b / 3 + c / 3}),
    # bins of an arctangent of an exponential and of a cosine of a log-size; a tanh of a sine and a root of
    # a log-size as regressions
    313: (2221, {"atanexp30": lambda a, b, c: np.arctan(np.exp(a) - 2) * 2 - b + c / 3,
                 "coslog30": lambda a, b, c: np.cos(3 * np.log1p(np.abs(a))) * 2 + a - b + c / 3},
          {"tanhsin30": lambda a, b, c: np.tanh(2 * np.sin(2 * a)) + b / 3 + c / 3,
           "sqrtlog30": lambda a, b, c: np.sqrt(np.log1p(np.abs(3 * a))) + b / 3 + c / 3}),
    # bins of a tanh of an exponential and of a sine of a size; a cosine of a sigmoid and a log of a
    # cube's size as regressions
    314: (2237, {"tanhexp31": lambda a, b, c: np.tanh(np.exp(a) - 1.5) * 2 - b + c / 3,
                 "sinabs31": lambda a, b, c: np.sin(3 * np.abs(a)) * 2 + 2 * a - 2 * b + c / 3},
          {"cossig31": lambda a, b, c: np.cos(4 * _sigmoid(2 * a)) + b / 3 + c / 3,
           "logcub31": lambda a, b, c: np.log1p(np.abs(a) ** 3) + b / 3 + c / 3}),
    # bins of a sigmoid of a cube and of a root of a rectified feature; a sine of a tanh and an
    # exponential of a size as regressions
    315: (2239, {"sigcub31": lambda a, b, c: _sigmoid(2 * a ** 3 - 1) * 3 - b + c / 3,
                 "sqrtrelu31": lambda a, b, c: np.sqrt(np.maximum(a + 1, 0)) * 3 - 2 * b + c / 3},
          {"sintanh31": lambda a, b, c: np.sin(3 * np.tanh(a)) + b / 3 + c / 3,
           "expabs31": lambda a, b, c: np.exp(-np.abs(a)) * 2 + b / 3 + c / 3}),
    # bins of a cosine of a square and of an arctangent of a cube; a rectified sine and a tanh of a
    # ratio as regressions
    316: (2243, {"cossq31": lambda a, b, c: np.cos(a ** 2) * 2 - b + c / 3,
                 "atancub31": lambda a, b, c: np.arctan(a ** 3 - 1) * 2 + a - b + c / 3},
          {"relusin31": lambda a, b, c: np.maximum(np.sin(2 * a), 0) + b / 3 + c / 3,
           "tanhrat31": lambda a, b, c: np.tanh(2 * a / (1 + np.abs(b))) + b / 3 + c / 3}),
    # bins of an exponential of a cosine and of a log of a sigmoid; a Gaussian of a cube root and a sinh of
    # a sine as regressions
    317: (2251, {"expcos31": lambda a, b, c: np.exp(np.cos(3 * a)) * 2 - b + c / 3,
                 "logsig31": lambda a, b, c: np.log(_sigmoid(3 * a) + 0.05) * 2 + a - b + c / 3},
          {"gausscbrt31": lambda a, b, c: np.exp(-2 * np.cbrt(a) ** 2) + b / 3 + c / 3,
           "sinhsin31": lambda a, b, c: np.sinh(2 * np.sin(a)) + b / 3 + c / 3}),
    # bins of a sine of an arctangent and of a rectified exponential; a cosine of a log-size and a sigmoid
    # of a cube as regressions
    318: (2267, {"sinatan32": lambda a, b, c: np.sin(4 * np.arctan(a)) * 2 - b + c / 3,
                 "reluexp32": lambda a, b, c: np.maximum(np.exp(a) - 1.5, 0) * 2 + a - b + c / 3},
          {"coslog32": lambda a, b, c: np.cos(3 * np.log1p(np.abs(a))) + b / 3 + c / 3,
           "sigcub32": lambda a, b, c: _sigmoid(2 * a ** 3) + b / 3 + c / 3}),
    # bins of a tanh of a size and of a cosine of a sigmoid; an arctangent of an exponential and a root of
    # a cosine's size as regressions
    319: (2269, {"tanhabs32": lambda a, b, c: np.tanh(2 * np.abs(a) - 1.5) * 2 - b + c / 3,
                 "cossig32": lambda a, b, c: np.cos(5 * _sigmoid(2 * a)) * 2 + 2 * a - 2 * b + c / 3},
          {"atanexp32": lambda a, b, c: np.arctan(np.exp(a) - 1) + b / 3 + c / 3,
           "sqrtcos32": lambda a, b, c: np.sqrt(np.abs(np.cos(2 * a))) + b / 3 + c / 3}),
    # bins of a log of a cosh and of a sine of an exponential; a Gaussian of a tanh and a rectified cube
    # root as regressions
    320: (2273, {"logcosh32": lambda a, b, c: np.log(np.cosh(2 * a)) * 2 - 2 * b + c / 3,
                 "sinexp32": lambda a, b, c: np.sin(2 * np.exp(a / 2)) * 2 + 2 * a - 2 * b + c / 3},
          {"gausstanh32": lambda a, b, c: np.exp(-4 * np.tanh(a) ** 2) + b / 3 + c / 3,
           "relucbrt32": lambda a, b, c: np.maximum(np.cbrt(a), 0) * 2 + b / 3 + c / 3}),
    # bins of an exponential of a tanh and of an arctangent of a square; a sinh of a size and a cosine of
    # a ratio as regressions
    321: (2281, {"exptanh32": lambda a, b, c: np.exp(np.tanh(2 * a)) * 2 - b + c / 3,
                 "atansq32": lambda a, b, c: np.arctan(2 * a ** 2 - 1) * 2 + a - b + c / 3},
          {"sinhabs32": lambda a, b, c: np.sinh(np.abs(a)) / 2 + b / 3 + c / 3,
           "cosrat32": lambda a, b, c: np.cos(3 * a / (1 + np.abs(b))) + b / 3 + c / 3}),
    # bins of a sine of a cube and of a sigmoid of a cosine; a tanh of a log-size and an exponential of a
    # sine as regressions
    322: (2287, {"sincub33": lambda a, b, c: np.sin(a ** 3) * 2 - b + c / 3,
                 "sigcos33": lambda a, b, c: _sigmoid(3 * np.cos(2 * a)) * 3 + 2 * a - b + c / 3},
          {"tanhlog33": lambda a, b, c: np.tanh(2 * np.log1p(np.abs(a)) - 1) + b / 3 + c / 3,
           "expsin33": lambda a, b, c: np.exp(np.sin(2 * a)) / 2 + b / 3 + c / 3}),
    # bins of a root of an exponential's size and of a cosine of a tanh; an arctangent of a sine and a log of
    # a square as regressions
    323: (2293, {"sqrtexp33": lambda a, b, c: np.sqrt(np.exp(a / 2)) * 3 - 2 * b + c / 3,
                 "costanh33": lambda a, b, c: np.cos(4 * np.tanh(a)) * 2 + a - b + c / 3},
          {"atansin33": lambda a, b, c: np.arctan(3 * np.sin(a)) + b / 3 + c / 3,
           "logsq33": lambda a, b, c: np.log1p(a ** 2) + b / 3 + c / 3}),
    # bins of a cosine of a cube root and of a tanh of a product; a sine of a log-size and a root of a
    # sigmoid as regressions
    324: (2297, {"coscbrt34": lambda a, b, c: np.cos(3 * np.cbrt(a)) * 2 - b + c / 3,
                 "tanhprod34": lambda a, b, c: np.tanh(2 * a * b) * 2 + a - b + c / 3},
          {"sinlog34": lambda a, b, c: np.sin(3 * np.log1p(np.abs(a))) + b / 3 + c / 3,
           "sqrtsig34": lambda a, b, c: np.sqrt(_sigmoid(3 * a)) * 2 + b / 3 + c / 3}),
    # bins of an exponential of a negative size and of a sine of a square; a cosh of a sine and an
    # arctangent of a cube as regressions
    325: (2309, {"expneg34": lambda a, b, c: np.exp(-2 * np.abs(a)) * 3 - 2 * b + c / 3,
                 "sinsq34": lambda a, b, c: np.sin(2 * a ** 2) * 2 + a - b + c / 3},
          {"coshsin34": lambda a, b, c: np.cosh(np.sin(2 * a)) + b / 3 + c / 3,
           "atancub34": lambda a, b, c: np.arctan(a ** 3) + b / 3 + c / 3}),
    # bins of a log of a sigmoid's gap and of a cosine of a sum; a tanh of an exponential and a square of a
    # sine as regressions
    326: (2311, {"logsig34": lambda a, b, c: np.log(np.abs(_sigmoid(2 * a) - 0.5) + 0.05) * 2 - b + c / 3,
                 "cossum34": lambda a, b, c: np.cos(2 * (a + b)) * 2 + a - b + c / 3},
          {"tanhexp34": lambda a, b, c: np.tanh(np.exp(a / 2) - 1) + b / 3 + c / 3,
           "sinsqr34": lambda a, b, c: np.sin(2 * a) ** 2 + b / 3 + c / 3}),
    # bins of a root of a size's sine and of a sigmoid of a square; a log of a cosh of a sum and an
    # exponential of a cosine as regressions
    327: (2333, {"sqrtsin34": lambda a, b, c: np.sqrt(np.abs(np.sin(2 * a))) * 3 - b + c / 3,
                 "sigsq34": lambda a, b, c: _sigmoid(3 * a ** 2 - 2) * 3 + a - b + c / 3},
          {"logcoshsum34": lambda a, b, c: np.log(np.cosh(a + b)) + b / 3 + c / 3,
           "expcos34": lambda a, b, c: np.exp(np.cos(2 * a)) / 2 + b / 3 + c / 3}),
    # bins of a tanh of a sine and of a log of a square's gap; a cube of a sigmoid and a cosine of a root
    # as regressions
    328: (2339, {"tanhsin35": lambda a, b, c: np.tanh(3 * np.sin(a)) * 2 - b + c / 3,
                 "loggap35": lambda a, b, c: np.log(np.abs(a ** 2 - 1) + 0.1) * 2 + 2 * a - b + c / 3},
          {"sigcube35": lambda a, b, c: _sigmoid(2 * a) ** 3 * 2 + b / 3 + c / 3,
           "cosroot35": lambda a, b, c: np.cos(3 * np.sqrt(np.abs(a))) + b / 3 + c / 3}),
    # bins of an arctangent of a product and of a cosine of an exponential; a sine of a cube root and a
    # Gaussian of a sum as regressions
    329: (2341, {"atanprod35": lambda a, b, c: np.arctan(3 * a * b) * 2 - b + c / 3,
                 "cosexp35": lambda a, b, c: np.cos(2 * np.exp(a / 2)) * 2 + a - b + c / 3},
          {"sincbrt35": lambda a, b, c: np.sin(3 * np.cbrt(a)) + b / 3 + c / 3,
           "gausssum35": lambda a, b, c: np.exp(-(a + b) ** 2) * 2 + b / 3 + c / 3}),
    # bins of a size of a tanh's gap and of a sine of a ratio; a log of a sigmoid and a root of a cosh as
    # regressions
    330: (2347, {"tanhgap35": lambda a, b, c: np.abs(np.tanh(2 * a) - 0.5) * 3 - b + c / 3,
                 "sinrat35": lambda a, b, c: np.sin(3 * a / (1 + b ** 2)) * 2 + a - b + c / 3},
          {"logsig35": lambda a, b, c: np.log(_sigmoid(2 * a) + 0.05) + b / 3 + c / 3,
           "sqrtcosh35": lambda a, b, c: np.sqrt(np.cosh(a)) + b / 3 + c / 3}),
    # bins of an exponential of a cosine and of a rectified sine; an arctangent of a square and a tanh of
    # a cube as regressions
    331: (2351, {"expcos35": lambda a, b, c: np.exp(np.cos(2 * a)) * 2 + a - 2 * b + c / 3,
                 "relusin35": lambda a, b, c: np.maximum(np.sin(3 * a), 0) * 3 + a - b + c / 3},
          {"atansq35": lambda a, b, c: np.arctan(2 * a ** 2) + b / 3 + c / 3,
           "tanhcub35": lambda a, b, c: np.tanh(a ** 3) * 2 + b / 3 + c / 3}),
    # bins of a sine of a size and of a sigmoid of a product; an exponential of a tanh and a log of a
    # cosh's size as regressions
    332: (2357, {"sinabs36": lambda a, b, c: np.sin(3 * np.abs(a)) * 2 + a - 2 * b + c / 3,
                 "sigprod36": lambda a, b, c: _sigmoid(3 * a * b) * 3 + a - b + c / 3},
          {"exptanh36": lambda a, b, c: np.exp(np.tanh(2 * a)) + b / 3 + c / 3,
           "logcosh36": lambda a, b, c: np.log(np.cosh(2 * a)) + b / 3 + c / 3}),
    # bins of a cosine of a square and of an arctangent of a cube; a root of a size's sine and a sigmoid
    # of a gap as regressions
    333: (2371, {"cossq36": lambda a, b, c: np.cos(2 * a ** 2) * 2 - b + c / 3,
                 "atancub36": lambda a, b, c: np.arctan(a ** 3) * 2 + a - b + c / 3},
          {"sqrtsin36": lambda a, b, c: np.sqrt(np.abs(np.sin(2 * a))) + b / 3 + c / 3,
           "siggap36": lambda a, b, c: _sigmoid(3 * (np.abs(a) - 1)) * 2 + b / 3 + c / 3}),
    # bins of a tanh of an exponential and of a rectified cosine; a cube root of a sine and a Gaussian of
    # a product as regressions
    334: (2377, {"tanhexp36": lambda a, b, c: np.tanh(np.exp(a) - 1.5) * 2 - b + c / 3,
                 "relucos36": lambda a, b, c: np.maximum(np.cos(2 * a), 0) * 3 + a - b + c / 3},
          {"cbrtsin36": lambda a, b, c: np.cbrt(np.sin(2 * a)) + b / 3 + c / 3,
           "gaussprod36": lambda a, b, c: np.exp(-(a * b) ** 2) * 2 + b / 3 + c / 3}),
    # bins of a log of a size and of a sine of an exponential's gap; a square of a tanh and a cosine of a
    # sum as regressions
    335: (2381, {"logabs36": lambda a, b, c: np.log(np.abs(a) + 0.1) * 2 - 2 * b + c / 3,
                 "sinexpgap36": lambda a, b, c: np.sin(2 * (np.exp(a / 2) - 1)) * 2 + a - b + c / 3},
          {"tanhsq36": lambda a, b, c: np.tanh(a) ** 2 * 2 + b / 3 + c / 3,
           "cossum36": lambda a, b, c: np.cos(a + b) + b / 3 + c / 3}),
    # bins of a cosine of a log-size and of a tanh of a square's gap; a sine of an exponential and a root
    # of a sum's size as regressions
    336: (2383, {"coslog37": lambda a, b, c: np.cos(3 * np.log1p(np.abs(a))) * 2 - b + c / 3,
                 "tanhsq37": lambda a, b, c: np.tanh(2 * (a ** 2 - 1)) * 2 + a - b + c / 3},
          {"sinexp37": lambda a, b, c: np.sin(np.exp(a / 2) * 2) + b / 3 + c / 3,
           "sqrtsum37": lambda a, b, c: np.sqrt(np.abs(a + b)) + b / 3 + c / 3}),
    # bins of a sigmoid of a sine and of an exponential of a negative square; a cosh of a tanh and an
    # arctangent of an exponential's gap as regressions
    337: (2389, {"sigsin37": lambda a, b, c: _sigmoid(3 * np.sin(2 * a)) * 3 - b + c / 3,
                 "gaussneg37": lambda a, b, c: np.exp(-2 * a ** 2) * 3 + 2 * a - b + c / 3},
          {"coshtanh37": lambda a, b, c: np.cosh(2 * np.tanh(a)) + b / 3 + c / 3,
           "atanexp37": lambda a, b, c: np.arctan(np.exp(a) - 2) + b / 3 + c / 3}),
    # bins of a rectified log and of a cosine of a product; a tanh of a sine and a square root of a
    # sigmoid's gap as regressions
    338: (2393, {"relulog37": lambda a, b, c: np.maximum(np.log1p(np.abs(a)) - 0.5, 0) * 3 - b + c / 3,
                 "cosprod37": lambda a, b, c: np.cos(2 * a * b) * 2 + 2 * a - b + c / 3},
          {"tanhsin37": lambda a, b, c: np.tanh(2 * np.sin(2 * a)) + b / 3 + c / 3,
           "sqrtsig37": lambda a, b, c: np.sqrt(np.abs(_sigmoid(3 * a) - 0.5)) * 2 + b / 3 + c / 3}),
    # bins of a sine of a cube root and of an arctangent of a ratio; a Gaussian of a size and a log of a
    # cosh of a product as regressions
    339: (2399, {"sincbrt37": lambda a, b, c: np.sin(3 * np.cbrt(a)) * 2 - b + c / 3,
                 "atanrat37": lambda a, b, c: np.arctan(3 * a / (1 + np.abs(b))) * 2 + a - b + c / 3},
          {"gaussabs37": lambda a, b, c: np.exp(-2 * np.abs(a)) * 2 + b / 3 + c / 3,
           "logcoshprod37": lambda a, b, c: np.log(np.cosh(a * b)) + b / 3 + c / 3}),
    # bins of a square of a cosine and of a tanh of a ratio; an exponential of a negative size and a sine
    # of a product as regressions
    340: (2411, {"cossq38": lambda a, b, c: np.cos(2 * a) ** 2 * 3 + a - 2 * b + c / 3,
                 "tanhrat38": lambda a, b, c: np.tanh(3 * a / (1 + b ** 2)) * 2 + a - b + c / 3},
          {"expneg38": lambda a, b, c: np.exp(-np.abs(2 * a)) * 2 + b / 3 + c / 3,
           "sinprod38": lambda a, b, c: np.sin(2 * a * b) + b / 3 + c / 3}),
    # bins of an arctangent of a sine and of a root of a Gaussian; a log of a size and a sigmoid of a
    # cosine as regressions
    341: (2417, {"atansin38": lambda a, b, c: np.arctan(3 * np.sin(2 * a)) * 2 - b + c / 3,
                 "sqrtgauss38": lambda a, b, c: np.sqrt(np.exp(-a ** 2)) * 3 + a - b + c / 3},
          {"logabs38": lambda a, b, c: np.log(np.abs(a) + 0.2) + b / 3 + c / 3,
           "sigcos38": lambda a, b, c: _sigmoid(3 * np.cos(2 * a)) * 2 + b / 3 + c / 3}),
    # bins of a cube of a tanh and of a cosine of a cube root; a cosh of a ratio and a rectified
    # exponential as regressions
    342: (2423, {"tanhcube38": lambda a, b, c: np.tanh(2 * a) ** 3 * 2 - b + c / 3,
                 "coscbrt38": lambda a, b, c: np.cos(4 * np.cbrt(a)) * 2 + a - b + c / 3},
          {"coshrat38": lambda a, b, c: np.cosh(a / (1 + np.abs(b))) + b / 3 + c / 3,
           "reluexp38": lambda a, b, c: np.maximum(np.exp(a) - 1, 0) + b / 3 + c / 3}),
    # bins of a sigmoid of a size's sine and of a log of a cosh; a sine of a square root and an arctangent
    # of a sum as regressions
    343: (2437, {"sigsinabs38": lambda a, b, c: _sigmoid(3 * np.sin(3 * np.abs(a))) * 3 - b + c / 3,
                 "logcosh38": lambda a, b, c: np.log(np.cosh(2 * a)) * 2 + a - b + c / 3},
          {"sinsqrt38": lambda a, b, c: np.sin(3 * np.sqrt(np.abs(a))) + b / 3 + c / 3,
           "atansum38": lambda a, b, c: np.arctan(2 * (a + b)) + b / 3 + c / 3}),
    # bins of a cosine of a tanh and of an exponential of a sine; a root of a Gaussian's gap and a sine of
    # a log-size as regressions
    344: (2441, {"costanh39": lambda a, b, c: np.cos(3 * np.tanh(2 * a)) * 2 - b + c / 3,
                 "expsin39": lambda a, b, c: np.exp(np.sin(2 * a)) * 2 + a - b + c / 3},
          {"sqrtgauss39": lambda a, b, c: np.sqrt(np.abs(np.exp(-a ** 2) - 0.5)) * 2 + b / 3 + c / 3,
           "sinlog39": lambda a, b, c: np.sin(2 * np.log1p(np.abs(a))) + b / 3 + c / 3}),
    # bins of a tanh of a cube and of a log of a sigmoid; a cosine of a size and an arctangent of a
    # product as regressions
    345: (2447, {"tanhcub39": lambda a, b, c: np.tanh(a ** 3) * 3 - b + c / 3,
                 "logsig39": lambda a, b, c: np.log(_sigmoid(3 * a) + 0.1) * 2 + a - b + c / 3},
          {"cosabs39": lambda a, b, c: np.cos(3 * np.abs(a)) + b / 3 + c / 3,
           "atanprod39": lambda a, b, c: np.arctan(2 * a * b) + b / 3 + c / 3}),
    # bins of a sine of a sum of squares and of a rectified tanh; a cosh of a sine and a sigmoid of a
    # cube root as regressions
    346: (2459, {"sinsumsq39": lambda a, b, c: np.sin(a ** 2 + b ** 2) * 2 - b + c / 3,
                 "relutanh39": lambda a, b, c: np.maximum(np.tanh(2 * a), 0) * 3 + a - b + c / 3},
          {"coshsin39": lambda a, b, c: np.cosh(np.sin(3 * a)) + b / 3 + c / 3,
           "sigcbrt39": lambda a, b, c: _sigmoid(3 * np.cbrt(a)) * 2 + b / 3 + c / 3}),
    # bins of an arctangent of an exponential and of a cosine of a ratio; a log of a square and a tanh of
    # a sine as regressions
    347: (2467, {"atanexp39": lambda a, b, c: np.arctan(np.exp(a) - 1.5) * 3 - b + c / 3,
                 "cosrat39": lambda a, b, c: np.cos(3 * a / (1 + np.abs(b))) * 2 + 2 * a - b + c / 3},
          {"logsq39": lambda a, b, c: np.log1p(2 * a ** 2) + b / 3 + c / 3,
           "tanhsin39": lambda a, b, c: np.tanh(3 * np.sin(a)) + b / 3 + c / 3}),
    # bins of a sine of a cube and of an arctangent of a log-size; a tanh of a product and a root of a
    # cosine as regressions
    348: (2473, {"sincub40": lambda a, b, c: np.sin(a ** 3) * 3 - b + c / 3,
                 "atanlog40": lambda a, b, c: np.arctan(3 * np.log1p(np.abs(a))) * 2 + a - b + c / 3},
          {"tanhprod40": lambda a, b, c: np.tanh(2 * a * b) + b / 3 + c / 3,
           "sqrtcos40": lambda a, b, c: np.sqrt(np.abs(np.cos(2 * a))) * 2 + b / 3 + c / 3}),
    # bins of a sigmoid of a sine of a sum and of a cosine of a square; an exponential of a tanh and a
    # log of a cosh as regressions
    349: (2477, {"sigsinsum40": lambda a, b, c: _sigmoid(3 * np.sin(2 * (a + b))) * 3 + a - b + c / 3,
                 "cossq40": lambda a, b, c: np.cos(2 * a ** 2) * 2 + a - b + c / 3},
          {"exptanh40": lambda a, b, c: np.exp(np.tanh(2 * a)) + b / 3 + c / 3,
           "logcosh40": lambda a, b, c: np.log(np.cosh(2 * a)) + b / 3 + c / 3}),
    # bins of a rectified sine and of a tanh of a ratio; a sine of an exponential and an arctangent of a
    # square as regressions
    350: (2503, {"relusin40": lambda a, b, c: np.maximum(np.sin(3 * a), 0) * 3 - b + c / 3,
                 "tanhrat40": lambda a, b, c: np.tanh(3 * a / (1 + np.abs(b))) * 2 + a - b + c / 3},
          {"sinexp40": lambda a, b, c: np.sin(np.exp(a)) + b / 3 + c / 3,
           "atansq40": lambda a, b, c: np.arctan(2 * a ** 2) + b / 3 + c / 3}),
    # bins of a Gaussian of a sine and of a cube root of a product; a cosine of a sum and a sigmoid of a
    # log-size as regressions
    351: (2521, {"gausssin40": lambda a, b, c: np.exp(-np.sin(2 * a) ** 2 * 2) * 3 + a - b + c / 3,
                 "cbrtprod40": lambda a, b, c: np.cbrt(a * b) * 2 + a - b + c / 3},
          {"cossum40": lambda a, b, c: np.cos(2 * (a + b)) + b / 3 + c / 3,
           "siglog40": lambda a, b, c: _sigmoid(3 * np.log1p(np.abs(a)) - 1) * 2 + b / 3 + c / 3}),
    # bins of a cosine of a cube root and of a sigmoid of a product; a tanh of a log-size and a sine of
    # a square root as regressions
    352: (2531, {"coscbrt41": lambda a, b, c: np.cos(3 * np.cbrt(a)) * 2 - b + c / 3,
                 "sigprod41": lambda a, b, c: _sigmoid(3 * a * b) * 3 + a - b + c / 3},
          {"tanhlog41": lambda a, b, c: np.tanh(2 * np.log1p(np.abs(a))) + b / 3 + c / 3,
           "sinsqrt41": lambda a, b, c: np.sin(3 * np.sqrt(np.abs(a))) + b / 3 + c / 3}),
    # bins of an arctangent of a square and of an exponential of a cosine; a rectified cosine and a
    # Gaussian of a sum as regressions
    353: (2539, {"atansq41": lambda a, b, c: np.arctan(2 * a ** 2 - 1) * 3 + 2 * a - 2 * b + c / 3,
                 "expcos41": lambda a, b, c: np.exp(np.cos(2 * a)) * 2 + a - b + c / 3},
          {"relucos41": lambda a, b, c: np.maximum(np.cos(3 * a), 0) * 2 + b / 3 + c / 3,
           "gausssum41": lambda a, b, c: np.exp(-(a + b) ** 2) * 2 + b / 3 + c / 3}),
    # bins of a tanh of a sine of a product and of a log of a size; a cosine of a tanh and a cube of a
    # sine as regressions
    354: (2543, {"tanhsinprod41": lambda a, b, c: np.tanh(2 * np.sin(2 * a * b)) * 3 + 2 * a - b + c / 3,
                 "logabs41": lambda a, b, c: np.log1p(3 * np.abs(a)) * 2 + a - b + c / 3},
          {"costanh41": lambda a, b, c: np.cos(3 * np.tanh(a)) + b / 3 + c / 3,
           "sincub41": lambda a, b, c: np.sin(2 * a) ** 3 * 2 + b / 3 + c / 3}),
    # bins of a sine of a ratio and of a sigmoid of a cube; an arctangent of an exponential and a root
    # of a size as regressions
    355: (2549, {"sinrat41": lambda a, b, c: np.sin(3 * a / (1 + b ** 2)) * 3 - b + c / 3,
                 "sigcub41": lambda a, b, c: _sigmoid(2 * a ** 3) * 3 + a - b + c / 3},
          {"atanexp41": lambda a, b, c: np.arctan(np.exp(a) - 1) * 2 + b / 3 + c / 3,
           "sqrtabs41": lambda a, b, c: np.sqrt(np.abs(a)) * 2 + b / 3 + c / 3}),
    # bins of a cosine of a log of a square and of a tanh of an exponential; a sigmoid of a sine and a
    # cube root of a sum as regressions
    356: (2551, {"coslogsq42": lambda a, b, c: np.cos(2 * np.log1p(a ** 2)) * 3 - b + c / 3,
                 "tanhexp42": lambda a, b, c: np.tanh(np.exp(a) - 1) * 2 + a - b + c / 3},
          {"sigsin42": lambda a, b, c: _sigmoid(3 * np.sin(2 * a)) * 2 + b / 3 + c / 3,
           "cbrtsum42": lambda a, b, c: np.cbrt(a + b) + b / 3 + c / 3}),
    # bins of a sine of a size and of an arctangent of a cube; an exponential of a negative size and a
    # tanh of a ratio as regressions
    357: (2557, {"sinabs42": lambda a, b, c: np.sin(3 * np.abs(a)) * 3 + 2 * a - 2 * b + c / 3,
                 "atancub42": lambda a, b, c: np.arctan(a ** 3) * 3 + a - b + c / 3},
          {"expabs42": lambda a, b, c: np.exp(-2 * np.abs(a)) * 3 + b / 3 + c / 3,
           "tanhrat42": lambda a, b, c: np.tanh(2 * a / (1 + b ** 2)) + b / 3 + c / 3}),
    # bins of a square of a cosine of a sum and of a root of a log-size; a sine of a product and a
    # rectified tanh as regressions
    358: (2579, {"cossqsum42": lambda a, b, c: np.cos(a + b) ** 2 * 3 + 2 * a - b + c / 3,
                 "sqrtlog42": lambda a, b, c: np.sqrt(np.log1p(np.abs(a))) * 3 + a - b + c / 3},
          {"sinprod42": lambda a, b, c: np.sin(2 * a * b) + b / 3 + c / 3,
           "relutanh42": lambda a, b, c: np.maximum(np.tanh(2 * a), 0) * 2 + b / 3 + c / 3}),
    # bins of a sigmoid of a cosine and of a sine of a square root; a log of a sigmoid and a cosine of a
    # cube as regressions
    359: (2591, {"sigcos42": lambda a, b, c: _sigmoid(3 * np.cos(2 * a)) * 3 + a - b + c / 3,
                 "sinsqrt42": lambda a, b, c: np.sin(3 * np.sqrt(np.abs(a))) * 2 + 2 * a - b + c / 3},
          {"logsig42": lambda a, b, c: np.log(_sigmoid(2 * a) + 0.1) + b / 3 + c / 3,
           "coscub42": lambda a, b, c: np.cos(a ** 3) + b / 3 + c / 3}),
    # bins of a tanh of a sum of squares and of a cosine of an exponential; a sine of a cube root and a
    # log of a size as regressions
    360: (2593, {"tanhsumsq43": lambda a, b, c: np.tanh(a ** 2 + b ** 2 - 1) * 3 + a - b + c / 3,
                 "cosexp43": lambda a, b, c: np.cos(2 * np.exp(a / 2)) * 2 + a - b + c / 3},
          {"sincbrt43": lambda a, b, c: np.sin(3 * np.cbrt(a)) + b / 3 + c / 3,
           "logabs43": lambda a, b, c: np.log1p(2 * np.abs(a)) + b / 3 + c / 3}),
    # bins of a sigmoid of a square and of an arctangent of a ratio; a cosine of a product and a tanh of
    # a cube as regressions
    361: (2609, {"sigsq43": lambda a, b, c: _sigmoid(3 * (a ** 2 - 1)) * 3 + a - b + c / 3,
                 "atanrat43": lambda a, b, c: np.arctan(3 * a / (1 + np.abs(b))) * 2 + a - b + c / 3},
          {"cosprod43": lambda a, b, c: np.cos(2 * a * b) + b / 3 + c / 3,
           "tanhcub43": lambda a, b, c: np.tanh(a ** 3) * 2 + b / 3 + c / 3}),
    # bins of a rectified cosine of a sum and of a root of an exponential; a Gaussian of a cube root and
    # a sine of a log-size as regressions
    362: (2617, {"relucossum43": lambda a, b, c: np.maximum(np.cos(2 * (a + b)), 0) * 3 + a - b + c / 3,
                 "sqrtexp43": lambda a, b, c: np.sqrt(np.exp(a)) * 2 + a - b + c / 3},
          {"gausscbrt43": lambda a, b, c: np.exp(-2 * np.cbrt(a) ** 2) * 2 + b / 3 + c / 3,
           "sinlog43": lambda a, b, c: np.sin(3 * np.log1p(np.abs(a))) + b / 3 + c / 3}),
    # bins of a sine of a tanh and of a cube of a sigmoid; an arctangent of a sum of squares and an
    # exponential of a sine as regressions
    363: (2621, {"sintanh43": lambda a, b, c: np.sin(3 * np.tanh(2 * a)) * 3 + a - b + c / 3,
                 "cubsig43": lambda a, b, c: _sigmoid(2 * a) ** 3 * 3 + a - b + c / 3},
          {"atansumsq43": lambda a, b, c: np.arctan(a ** 2 + b ** 2) * 2 + b / 3 + c / 3,
           "expsin43": lambda a, b, c: np.exp(np.sin(2 * a)) + b / 3 + c / 3}),
    # bins of a cosine of a root of a size and of a sigmoid of a tanh; a square of a sine and an
    # arctangent of a log-size as regressions
    364: (2633, {"cossqrt44": lambda a, b, c: np.cos(3 * np.sqrt(np.abs(a))) * 3 + a - b + c / 3,
                 "sigtanh44": lambda a, b, c: _sigmoid(3 * np.tanh(2 * a)) * 3 + a - b + c / 3},
          {"sinsq44": lambda a, b, c: np.sin(2 * a) ** 2 * 2 + b / 3 + c / 3,
           "atanlog44": lambda a, b, c: np.arctan(2 * np.log1p(np.abs(a))) + b / 3 + c / 3}),
    # bins of an exponential of a negative square and of a sine of a difference; a tanh of a root and a
    # cosine of a ratio as regressions
    365: (2647, {"expnegsq44": lambda a, b, c: np.exp(-a ** 2) * 3 + a - b + c / 3,
                 "sindiff44": lambda a, b, c: np.sin(2 * (a - b)) * 2 + a - b + c / 3},
          {"tanhsqrt44": lambda a, b, c: np.tanh(np.sqrt(np.abs(a))) * 2 + b / 3 + c / 3,
           "cosrat44": lambda a, b, c: np.cos(3 * a / (1 + np.abs(b))) + b / 3 + c / 3}),
    # bins of a log of a cosh and of a rectified cube; a sigmoid of a product and a sine of an
    # arctangent as regressions
    366: (2657, {"logcosh44": lambda a, b, c: np.log(np.cosh(2 * a)) * 2 + a - b + c / 3,
                 "relucub44": lambda a, b, c: np.maximum(a, 0) ** 3 + a - b + c / 3},
          {"sigprod44": lambda a, b, c: _sigmoid(3 * a * b) * 2 + b / 3 + c / 3,
           "sinatan44": lambda a, b, c: np.sin(3 * np.arctan(2 * a)) + b / 3 + c / 3}),
    # bins of a cube root of a sine and of a Gaussian of a difference; an exponential of a cosine and a
    # tanh of a square as regressions
    367: (2659, {"cbrtsin44": lambda a, b, c: np.cbrt(np.sin(2 * a)) * 3 + a - b + c / 3,
                 "gaussdiff44": lambda a, b, c: np.exp(-(a - b) ** 2) * 3 + a - b + c / 3},
          {"expcos44": lambda a, b, c: np.exp(np.cos(2 * a)) + b / 3 + c / 3,
           "tanhsq44": lambda a, b, c: np.tanh(a ** 2 - 1) * 2 + b / 3 + c / 3}),
    # bins of a sine of a cube root of a product and of a tanh of a log-size; a cosine of a square root
    # and a sigmoid of a difference as regressions
    368: (2663, {"sincbrtprod45": lambda a, b, c: np.sin(3 * np.cbrt(a * b)) * 3 + a - b + c / 3,
                 "tanhlog45": lambda a, b, c: np.tanh(2 * np.log1p(np.abs(a)) - 1) * 3 + a - b + c / 3},
          {"cossqrt45": lambda a, b, c: np.cos(2 * np.sqrt(np.abs(a))) + b / 3 + c / 3,
           "sigdiff45": lambda a, b, c: _sigmoid(3 * (a - b)) * 2 + b / 3 + c / 3}),
    # bins of an arctangent of a sine and of an exponential of a size; a log of a square and a tanh of a
    # product as regressions
    369: (2671, {"atansin45": lambda a, b, c: np.arctan(3 * np.sin(3 * a)) * 2 + a - b + c / 3,
                 "expabs45": lambda a, b, c: np.exp(-np.abs(2 * a)) * 3 + a - b + c / 3},
          {"logsq45": lambda a, b, c: np.log1p(a ** 2) * 2 + b / 3 + c / 3,
           "tanhprod45": lambda a, b, c: np.tanh(3 * a * b) + b / 3 + c / 3}),
    # bins of a cosine of a sigmoid and of a rectified sine of a sum; a cube of a tanh and a sine of an
    # exponential as regressions
    370: (2677, {"cossig45": lambda a, b, c: np.cos(4 * _sigmoid(2 * a)) * 3 + a - b + c / 3,
                 "relusinsum45": lambda a, b, c: np.maximum(np.sin(2 * (a + b)), 0) * 3 + a - b + c / 3},
          {"cubtanh45": lambda a, b, c: np.tanh(2 * a) ** 3 * 2 + b / 3 + c / 3,
           "sinexp45": lambda a, b, c: np.sin(2 * np.exp(a / 2)) + b / 3 + c / 3}),
    # bins of a Gaussian of a size and of a sine of a square; an arctangent of a cube and a root of a
    # cosh as regressions
    371: (2683, {"gaussabs45": lambda a, b, c: np.exp(-2 * np.abs(a)) * 3 + a - b + c / 3,
                 "sinsq45": lambda a, b, c: np.sin(2 * a ** 2) * 2 + a - b + c / 3},
          {"atancub45": lambda a, b, c: np.arctan(a ** 3) * 2 + b / 3 + c / 3,
           "sqrtcosh45": lambda a, b, c: np.sqrt(np.cosh(a)) + b / 3 + c / 3}),
    # bins of a tanh of a cube root and of a cosine of a product; a sigmoid of a square and an
    # exponential of a tanh as regressions
    372: (2687, {"tanhcbrt46": lambda a, b, c: np.tanh(3 * np.cbrt(a)) * 3 + a - b + c / 3,
                 "cosprod46": lambda a, b, c: np.cos(2 * a * b) * 2 + 2 * a - b + c / 3},
          {"sigsq46": lambda a, b, c: _sigmoid(a ** 2 - 1) * 3 + b / 3 + c / 3,
           "exptanh46": lambda a, b, c: np.exp(np.tanh(2 * a)) + b / 3 + c / 3}),
    # bins of a sine of a log-size and of a square of an arctangent; a cosine of a sum and a root of a
    # size as regressions
    373: (2689, {"sinlog46": lambda a, b, c: np.sin(3 * np.log1p(np.abs(a))) * 3 + a - b + c / 3,
                 "sqatan46": lambda a, b, c: np.arctan(2 * a) ** 2 * 2 + 2 * a - b + c / 3},
          {"cossum46": lambda a, b, c: np.cos(2 * (a + b)) + b / 3 + c / 3,
           "sqrtabs46": lambda a, b, c: np.sqrt(np.abs(2 * a)) + b / 3 + c / 3}),
    # bins of a Gaussian of a sum and of a rectified tanh; a sine of a cube and a log of a cosh of a
    # difference as regressions
    374: (2693, {"gausssum46": lambda a, b, c: np.exp(-(a + b) ** 2) * 3 + a - b + c / 3,
                 "relutanh46": lambda a, b, c: np.maximum(np.tanh(3 * a), 0) * 3 + a - b + c / 3},
          {"sincub46": lambda a, b, c: np.sin(a ** 3) * 2 + b / 3 + c / 3,
           "logcoshdiff46": lambda a, b, c: np.log(np.cosh(a - b)) + b / 3 + c / 3}),
    # bins of an arctangent of an exponential and of a sine of a ratio; a tanh of a sine and a square of
    # a sigmoid as regressions
    375: (2699, {"atanexp46": lambda a, b, c: np.arctan(np.exp(a)) * 3 + a - b + c / 3,
                 "sinrat46": lambda a, b, c: np.sin(3 * a / (1 + b ** 2)) * 2 + a - b + c / 3},
          {"tanhsin46": lambda a, b, c: np.tanh(2 * np.sin(2 * a)) * 2 + b / 3 + c / 3,
           "sqsig46": lambda a, b, c: _sigmoid(3 * a) ** 2 * 2 + b / 3 + c / 3}),
    # bins of a cosine of a cube and of a sigmoid of a ratio; a log of a size-sum and a tanh of a
    # difference of squares as regressions
    376: (2707, {"coscub47": lambda a, b, c: np.cos(a ** 3) * 3 + a - b + c / 3,
                 "sigrat47": lambda a, b, c: _sigmoid(3 * a / (1 + np.abs(b))) * 3 + a - b + c / 3},
          {"logabssum47": lambda a, b, c: np.log1p(np.abs(a) + np.abs(b)) * 2 + b / 3 + c / 3,
           "tanhdiffsq47": lambda a, b, c: np.tanh(a ** 2 - b ** 2) * 2 + b / 3 + c / 3}),
    # bins of a sine of an exponential of a negative size and of a root of a sum of squares; a cube of
    # a sine and a sigmoid of a cosine as regressions
    377: (2711, {"sinexpneg47": lambda a, b, c: np.sin(4 * np.exp(-np.abs(a))) * 3 + a - b + c / 3,
                 "sqrtsumsq47": lambda a, b, c: np.sqrt(a ** 2 + b ** 2) * 2 + 2 * a - b + c / 3},
          {"cubsin47": lambda a, b, c: np.sin(2 * a) ** 3 * 2 + b / 3 + c / 3,
           "sigcos47": lambda a, b, c: _sigmoid(3 * np.cos(2 * a)) * 2 + b / 3 + c / 3}),
    # bins of an arctangent of a product and of a rectified cosine; an exponential of a negative size
    # and a sine of a root as regressions
    378: (2713, {"atanprod47": lambda a, b, c: np.arctan(3 * a * b) * 2 + a - b + c / 3,
                 "relucos47": lambda a, b, c: np.maximum(np.cos(2 * a), 0) * 3 + a - b + c / 3},
          {"expnegabs47": lambda a, b, c: np.exp(-np.abs(2 * a)) * 3 + b / 3 + c / 3,
           "sinsqrt47": lambda a, b, c: np.sin(3 * np.sqrt(np.abs(a))) + b / 3 + c / 3}),
    # bins of a tanh of a sine of a sum and of a square of a cosine; a Gaussian of a product and a
    # cube root of a tanh as regressions
    379: (2719, {"tanhsinsum47": lambda a, b, c: np.tanh(2 * np.sin(a + b)) * 3 + a - b + c / 3,
                 "sqcos47": lambda a, b, c: np.cos(2 * a) ** 2 * 3 + a - b + c / 3},
          {"gaussprod47": lambda a, b, c: np.exp(-(a * b) ** 2) * 3 + b / 3 + c / 3,
           "cbrttanh47": lambda a, b, c: np.cbrt(np.tanh(2 * a)) * 2 + b / 3 + c / 3}),
    # bins of a sigmoid of a sine of a product and of a log of a square sum; a tanh of an exponential
    # and a cosine of a size as regressions
    380: (2729, {"sigsinprod48": lambda a, b, c: _sigmoid(3 * np.sin(2 * a * b)) * 3 + a - b + c / 3,
                 "logsumsq48": lambda a, b, c: np.log1p(a ** 2 + b ** 2) * 2 + a - b + c / 3},
          {"tanhexp48": lambda a, b, c: np.tanh(np.exp(a / 2) - 1) * 2 + b / 3 + c / 3,
           "cosabs48": lambda a, b, c: np.cos(3 * np.abs(a)) + b / 3 + c / 3}),
    # bins of a cube of an arctangent and of a Gaussian of a square; a sine of a tanh of a product and a
    # root of a cosh of a sum as regressions
    381: (2731, {"cubatan48": lambda a, b, c: np.arctan(2 * a) ** 3 * 2 + a - b + c / 3,
                 "gausssq48": lambda a, b, c: np.exp(-a ** 4) * 3 + 2 * a - b + c / 3},
          {"sintanhprod48": lambda a, b, c: np.sin(3 * np.tanh(a * b)) * 2 + b / 3 + c / 3,
           "sqrtcoshsum48": lambda a, b, c: np.sqrt(np.cosh(a + b)) + b / 3 + c / 3}),
    # bins of a rectified sine of a size and of a cosine of a tanh; an arctangent of a ratio and an
    # exponential of a negative square of a difference as regressions
    382: (2741, {"relusinabs48": lambda a, b, c: np.maximum(np.sin(3 * np.abs(a)), 0) * 3 + a - b + c / 3,
                 "costanh48": lambda a, b, c: np.cos(3 * np.tanh(2 * a)) * 3 + a - b + c / 3},
          {"atanrat48": lambda a, b, c: np.arctan(2 * a / (1 + b ** 2)) * 2 + b / 3 + c / 3,
           "gaussdiff48": lambda a, b, c: np.exp(-(a - b) ** 2) * 3 + b / 3 + c / 3}),
    # bins of a sine of a cube root of a sum and of a sigmoid of a square; a log of a cosh of a product and
    # a tanh of a cube as regressions
    383: (2749, {"sincbrtsum48": lambda a, b, c: np.sin(3 * np.cbrt(a + b)) * 3 + a - b + c / 3,
                 "sigsq48": lambda a, b, c: _sigmoid(2 * a ** 2 - 2) * 3 + a - b + c / 3},
          {"logcoshprod48": lambda a, b, c: np.log(np.cosh(2 * a * b)) + b / 3 + c / 3,
           "tanhcub48": lambda a, b, c: np.tanh(a ** 3) * 2 + b / 3 + c / 3}),
    # bins of an exponential of a cosine of a sum and of an arctangent of a square; a sine of a log-size
    # and a rectified difference as regressions
    384: (2753, {"expcossum49": lambda a, b, c: np.exp(np.cos(a + b)) * 2 + 2 * a - b + c / 3,
                 "atansq49": lambda a, b, c: np.arctan(a ** 2 - 1) * 3 + a - b + c / 3},
          {"sinlog49": lambda a, b, c: np.sin(3 * np.log1p(np.abs(a))) * 2 + b / 3 + c / 3,
           "reludiff49": lambda a, b, c: np.maximum(a - b, 0) * 2 + b / 3 + c / 3}),
    # bins of a sigmoid of a cube and of a cosine of a root of a product; a tanh of a ratio and a square
    # of a cosine of a size as regressions
    385: (2767, {"sigcub49": lambda a, b, c: _sigmoid(a ** 3) * 3 + a - b + c / 3,
                 "cossqrtprod49": lambda a, b, c: np.cos(3 * np.sqrt(np.abs(a * b))) * 2 + 2 * a - b + c / 3},
          {"tanhrat49": lambda a, b, c: np.tanh(2 * a / (1 + np.abs(b))) * 2 + b / 3 + c / 3,
           "sqcosabs49": lambda a, b, c: np.cos(2 * np.abs(a)) ** 2 * 2 + b / 3 + c / 3}),
    # bins of a Gaussian of a sine and of a log of a cosh of a sum; an arctangent of an exponential and a
    # cube root of a product as regressions
    386: (2777, {"gausssin49": lambda a, b, c: np.exp(-np.sin(2 * a) ** 2 * 3) * 3 + a - b + c / 3,
                 "logcoshsum49": lambda a, b, c: np.log(np.cosh(a + b)) * 2 + a - b + c / 3},
          {"atanexp49": lambda a, b, c: np.arctan(np.exp(a)) * 2 + b / 3 + c / 3,
           "cbrtprod49": lambda a, b, c: np.cbrt(a * b) * 2 + b / 3 + c / 3}),
    # bins of a sine of a square of a sum and of a tanh of a root; a sigmoid of a sine and an exponential
    # of a negative cube size as regressions
    387: (2789, {"sinsqsum49": lambda a, b, c: np.sin((a + b) ** 2) * 2 + a - b + c / 3,
                 "tanhsqrt49": lambda a, b, c: np.tanh(2 * np.sqrt(np.abs(a))) * 3 + a - b + c / 3},
          {"sigsin49": lambda a, b, c: _sigmoid(3 * np.sin(2 * a)) * 2 + b / 3 + c / 3,
           "expnegcub49": lambda a, b, c: np.exp(-np.abs(a) ** 3) * 3 + b / 3 + c / 3}),
    # bins of a cosine of an exponential and of a tanh of a difference of sizes; a log of a root of a
    # size and a sine of a sigmoid as regressions
    388: (2791, {"cosexp50": lambda a, b, c: np.cos(2 * np.exp(a / 2)) * 3 + a - b + c / 3,
                 "tanhabsdiff50": lambda a, b, c: np.tanh(2 * (np.abs(a) - np.abs(b))) * 3 + 2 * a - b + c / 3},
          {"logsqrt50": lambda a, b, c: np.log1p(np.sqrt(np.abs(2 * a))) * 2 + b / 3 + c / 3,
           "sinsig50": lambda a, b, c: np.sin(4 * _sigmoid(2 * a)) * 2 + b / 3 + c / 3}),
    # bins of an arctangent of a cube of a sum and of a rectified square; a Gaussian of a cosine and a
    # tanh of a log-size as regressions
    389: (2797, {"atancubsum50": lambda a, b, c: np.arctan((a + b) ** 3) * 2 + a - b + c / 3,
                 "relusq50": lambda a, b, c: np.maximum(a ** 2 - 1, 0) * 2 + a - b + c / 3},
          {"gausscos50": lambda a, b, c: np.exp(-np.cos(2 * a) ** 2) * 3 + b / 3 + c / 3,
           "tanhlog50": lambda a, b, c: np.tanh(np.log1p(np.abs(3 * a))) * 2 + b / 3 + c / 3}),
    # bins of a sine of a product of sizes and of an exponential of a tanh; a cube of a sigmoid and an
    # arctangent of a difference as regressions
    390: (2801, {"sinabsprod50": lambda a, b, c: np.sin(2 * np.abs(a * b)) * 3 + 2 * a - b + c / 3,
                 "exptanh50": lambda a, b, c: np.exp(np.tanh(3 * a)) * 2 + a - b + c / 3},
          {"cubsig50": lambda a, b, c: _sigmoid(2 * a) ** 3 * 3 + b / 3 + c / 3,
           "atandiff50": lambda a, b, c: np.arctan(2 * (a - b)) * 2 + b / 3 + c / 3}),
    # bins of a sigmoid of a cosine of a product and of a root of a cosh; a sine of a square root of a
    # sum of squares and a log of a cosh as regressions
    391: (2803, {"sigcosprod50": lambda a, b, c: _sigmoid(3 * np.cos(2 * a * b)) * 3 + a - b + c / 3,
                 "sqrtcosh50": lambda a, b, c: np.sqrt(np.cosh(2 * a)) * 2 + a - b + c / 3},
          {"sinsqrtsumsq50": lambda a, b, c: np.sin(3 * np.sqrt(a ** 2 + b ** 2)) * 2 + b / 3 + c / 3,
           "logcosh50": lambda a, b, c: np.log(np.cosh(2 * a)) + b / 3 + c / 3}),
    # bins of a tanh of a cosine of a size and of a sine of a log of a product; a root of a sigmoid and
    # an exponential of a sine of a sum as regressions
    392: (2819, {"tanhcosabs51": lambda a, b, c: np.tanh(2 * np.cos(2 * np.abs(a))) * 3 + 2 * a - b + c / 3,
                 "sinlogprod51": lambda a, b, c: np.sin(2 * np.log1p(np.abs(a * b))) * 3 + a - b + c / 3},
          {"sqrtsig51": lambda a, b, c: np.sqrt(_sigmoid(3 * a)) * 3 + b / 3 + c / 3,
           "expsinsum51": lambda a, b, c: np.exp(np.sin(a + b)) + b / 3 + c / 3}),
    # bins of a Gaussian of a cube and of an arctangent of a cosine; a cosine of a square and a tanh of a
    # root of a sum of squares as regressions
    393: (2833, {"gausscub51": lambda a, b, c: np.exp(-np.abs(a) ** 3) * 3 + a - b + c / 3,
                 "atancos51": lambda a, b, c: np.arctan(3 * np.cos(2 * a)) * 2 + 3 * a - b + c / 3},
          {"cossq51": lambda a, b, c: np.cos(a ** 2) * 2 + b / 3 + c / 3,
           "tanhsqrtsumsq51": lambda a, b, c: np.tanh(np.sqrt(a ** 2 + b ** 2) - 1) * 2 + b / 3 + c / 3}),
    # bins of a rectified log-size and of a sigmoid of a difference of cubes; a sine of a root of a
    # product and a square of an arctangent as regressions
    394: (2837, {"relulog51": lambda a, b, c: np.maximum(np.log1p(np.abs(a)) - 0.5, 0) * 4 + a - b + c / 3,
                 "sigdiffcub51": lambda a, b, c: _sigmoid(a ** 3 - b ** 3) * 3 + a - b + c / 3},
          {"sinsqrtprod51": lambda a, b, c: np.sin(3 * np.sqrt(np.abs(a * b))) * 2 + b / 3 + c / 3,
           "sqatan51": lambda a, b, c: np.arctan(2 * a) ** 2 * 2 + b / 3 + c / 3}),
    # bins of a cube root of a cosine and of an exponential of a negative sum of sizes; a sigmoid of a
    # tanh and a log of a cosh of a ratio as regressions
    395: (2843, {"cbrtcos51": lambda a, b, c: np.cbrt(np.cos(2 * a)) * 3 + 2 * a - 2 * b + c / 3,
                 "expnegsumabs51": lambda a, b, c: np.exp(-np.abs(a) - np.abs(b)) * 3 + a - b + c / 3},
          {"sigtanh51": lambda a, b, c: _sigmoid(3 * np.tanh(2 * a)) * 3 + b / 3 + c / 3,
           "logcoshrat51": lambda a, b, c: np.log(np.cosh(3 * a / (1 + np.abs(b)))) + b / 3 + c / 3}),
    # bins of a sine of a tanh of a sum and of a square of a log-size; an arctangent of a cube of a
    # difference and a cosine of an exponential as regressions
    396: (2851, {"sintanhsum52": lambda a, b, c: np.sin(3 * np.tanh(a + b)) * 3 + a - b + c / 3,
                 "sqlog52": lambda a, b, c: np.log1p(np.abs(a)) ** 2 * 2 + a - b + c / 3},
          {"atancubdiff52": lambda a, b, c: np.arctan((a - b) ** 3) * 2 + b / 3 + c / 3,
           "cosexp52": lambda a, b, c: np.cos(2 * np.exp(a / 2)) + b / 3 + c / 3}),
    # bins of a sigmoid of a size and of a Gaussian of a ratio; a tanh of a square of a sum and a root
    # of a rectified sine as regressions
    397: (2857, {"sigabs52": lambda a, b, c: _sigmoid(3 * np.abs(a) - 2) * 3 + a - b + c / 3,
                 "gaussrat52": lambda a, b, c: np.exp(-(a / (1 + np.abs(b))) ** 2 * 3) * 3 + a - b + c / 3},
          {"tanhsqsum52": lambda a, b, c: np.tanh((a + b) ** 2) * 2 + b / 3 + c / 3,
           "sqrtrelusin52": lambda a, b, c: np.sqrt(np.maximum(np.sin(2 * a), 0)) * 2 + b / 3 + c / 3}),
    # bins of a cosine of a product of a sum and a difference and of an exponential of a sine; a log of a
    # size-product and a cube of a tanh of a sum as regressions
    398: (2861, {"cossumdiff52": lambda a, b, c: np.cos((a + b) * (a - b)) * 3 + 2 * a - b + c / 3,
                 "expsin52": lambda a, b, c: np.exp(np.sin(3 * a)) * 2 + a - b + c / 3},
          {"logabsprod52": lambda a, b, c: np.log1p(np.abs(a * b)) * 2 + b / 3 + c / 3,
           "cubtanhsum52": lambda a, b, c: np.tanh(a + b) ** 3 * 2 + b / 3 + c / 3}),
    # bins of an arctangent of a log-size and of a sine of a cube of a size; a Gaussian of a sum of
    # squares and a sigmoid of a product as regressions
    399: (2879, {"atanlog52": lambda a, b, c: np.arctan(3 * np.log1p(np.abs(a)) - 1) * 3 + a - b + c / 3,
                 "sincubabs52": lambda a, b, c: np.sin(np.abs(a) ** 3) * 3 + 2 * a - b + c / 3},
          {"gausssumsq52": lambda a, b, c: np.exp(-(a ** 2 + b ** 2)) * 3 + b / 3 + c / 3,
           "sigprod52": lambda a, b, c: _sigmoid(2 * a * b) * 3 + b / 3 + c / 3}),
    # bins of a tanh of an exponential of a size and of a cosine of a root of a sum; a sine of a ratio of
    # sizes and a square of a log of a cosh as regressions
    400: (2887, {"tanhexpabs53": lambda a, b, c: np.tanh(np.exp(-np.abs(a)) * 3) * 3 + a - b + c / 3,
                 "cossqrtsum53": lambda a, b, c: np.cos(3 * np.sqrt(np.abs(a + b))) * 3 + a - b + c / 3},
          {"sinratabs53": lambda a, b, c: np.sin(3 * a / (1 + np.abs(a) + np.abs(b))) * 2 + b / 3 + c / 3,
           "sqlogcosh53": lambda a, b, c: np.log(np.cosh(a)) ** 2 + b / 3 + c / 3}),
    # bins of a sigmoid of a cosine of a difference and of an arctangent of a root; an exponential of a
    # tanh of a product and a cube root of a sine as regressions
    401: (2897, {"sigcosdiff53": lambda a, b, c: _sigmoid(3 * np.cos(2 * (a - b))) * 3 + a - b + c / 3,
                 "atansqrt53": lambda a, b, c: np.arctan(3 * np.sqrt(np.abs(a)) - 2) * 3 + a - b + c / 3},
          {"exptanhprod53": lambda a, b, c: np.exp(np.tanh(2 * a * b)) * 2 + b / 3 + c / 3,
           "cbrtsin53": lambda a, b, c: np.cbrt(np.sin(3 * a)) * 2 + a + b / 3 + c / 3}),
    # bins of a rectified cube and of a Gaussian of a difference of squares; a cosine of a log-size and a
    # tanh of a sine of a product as regressions
    402: (2903, {"relucub53": lambda a, b, c: np.maximum(a ** 3 - a, 0) * 2 + a - b + c / 3,
                 "gaussdiffsq53": lambda a, b, c: np.exp(-(a ** 2 - b ** 2) ** 2) * 3 + 2 * a - 2 * b + c / 3},
          {"coslog53": lambda a, b, c: np.cos(3 * np.log1p(np.abs(a))) * 2 + b / 3 + c / 3,
           "tanhsinprod53": lambda a, b, c: np.tanh(2 * np.sin(a * b)) * 2 + b / 3 + c / 3}),
    # bins of a sine of a sigmoid of a sum and of a log of a root of a sum of squares; an arctangent of a
    # square and an exponential of a negative size of a difference as regressions
    403: (2909, {"sinsigsum53": lambda a, b, c: np.sin(5 * _sigmoid(a + b)) * 3 + a - b + c / 3,
                 "logsqrtsumsq53": lambda a, b, c: np.log1p(np.sqrt(a ** 2 + b ** 2)) * 3 + a - b + c / 3},
          {"atansq53": lambda a, b, c: np.arctan(a ** 2) * 3 + b / 3 + c / 3,
           "expnegabsdiff53": lambda a, b, c: np.exp(-np.abs(a - b)) * 3 + b / 3 + c / 3}),
    # bins of a cosine of a square times a size and of a tanh of a log-size; a sine of a squared
    # difference and a sigmoid of an exponential as regressions
    404: (2917, {"cossqprod54": lambda a, b, c: np.cos(a ** 2 * b) * 3 + a - b + c / 3,
                 "tanhlogabs54": lambda a, b, c: np.tanh(2 * np.log1p(np.abs(a)) - 1) * 3 + a - b + c / 3},
          {"sinsqdiff54": lambda a, b, c: np.sin((a - b) ** 2) * 2 + b / 3 + c / 3,
           "sigexp54": lambda a, b, c: _sigmoid(np.exp(a / 2) - 2) * 3 + b / 3 + c / 3}),
    # bins of an exponential of a cosine of a sum and of an arctangent of a size-product; a Gaussian of
    # a sine and a log of a cosh of a difference as regressions
    405: (2927, {"expcossum54": lambda a, b, c: np.exp(np.cos(2 * (a + b))) * 2 + a - b + c / 3,
                 "atanprodabs54": lambda a, b, c: np.arctan(3 * a * np.abs(b)) * 3 + a - b + c / 3},
          {"gausssin54": lambda a, b, c: np.exp(-np.sin(2 * a) ** 2 * 3) * 3 + b / 3 + c / 3,
           "logcoshdiff54": lambda a, b, c: np.log(np.cosh(a - b)) * 2 + b / 3 + c / 3}),
    # bins of a sigmoid of a square minus a size and of a sine of a root of sizes; a tanh of a cubed
    # difference and a squared cosine of a product as regressions
    406: (2939, {"sigsqdiff54": lambda a, b, c: _sigmoid(3 * (a ** 2 - b)) * 3 + a - b + c / 3,
                 "sinrootabs54": lambda a, b, c: np.sin(3 * np.sqrt(np.abs(a) + np.abs(b))) * 3 + a - b + c / 3},
          {"tanhcubdiff54": lambda a, b, c: np.tanh((a - b) ** 3) * 2 + b / 3 + c / 3,
           "cosprodsq54": lambda a, b, c: np.cos(a * b) ** 2 * 3 + a + b / 3 + c / 3}),
    # bins of a rectified sine of a sum and of a log of a Gaussian; a cube root of a product and an
    # arctangent of an exponential of a negative size as regressions
    407: (2953, {"relusinsum54": lambda a, b, c: np.maximum(np.sin(3 * (a + b)), 0) * 3 + a - b + c / 3,
                 "loggauss54": lambda a, b, c: np.log1p(np.exp(-a ** 2) * 5) * 3 + 2 * a - b + c / 3},
          {"cbrtprod54": lambda a, b, c: np.cbrt(a * b) * 2 + b / 3 + c / 3,
           "atanexpneg54": lambda a, b, c: np.arctan(np.exp(-a)) * 3 + b / 3 + c / 3}),
    # bins of a tanh of a product of sizes and of a cosine of a sum of squares; an arctangent of a
    # cubed sum and a sigmoid of a sine of a difference as regressions
    408: (2957, {"tanhabsprod55": lambda a, b, c: np.tanh(2 * np.abs(a) * np.abs(b) - 1) * 3 + 2 * a - b + c / 3,
                 "cossumsq55": lambda a, b, c: np.cos(a ** 2 + b ** 2) * 2 + 3 * a - b + c / 3},
          {"atancubsum55": lambda a, b, c: np.arctan((a + b) ** 3) * 2 + b / 3 + c / 3,
           "sigsindiff55": lambda a, b, c: _sigmoid(3 * np.sin(a - b)) * 3 + b / 3 + c / 3}),
    # bins of an exponential of a negative square of a difference and of a sine of a log-size; a root of
    # a size-sum and a tanh of an exponential as regressions
    409: (2963, {"gaussdiff55": lambda a, b, c: np.exp(-(a - b) ** 2) * 3 + a - b + c / 3,
                 "sinlogabs55": lambda a, b, c: np.sin(3 * np.log1p(np.abs(a))) * 3 + a - b + c / 3},
          {"sqrtabssum55": lambda a, b, c: np.sqrt(np.abs(a) + np.abs(b)) * 2 + b / 3 + c / 3,
           "tanhexp55": lambda a, b, c: np.tanh(np.exp(a) - 1) * 2 + b / 3 + c / 3}),
    # bins of a rectified difference of squares and of a sigmoid of a cosine of a product; a cosine of a
    # cube and a log of a square of a sum as regressions
    410: (2969, {"reludiffsq55": lambda a, b, c: np.maximum(a ** 2 - b ** 2, 0) * 2 + a - b + c / 3,
                 "sigcosprod55": lambda a, b, c: _sigmoid(3 * np.cos(2 * a * b)) * 3 + a - b + c / 3},
          {"coscub55": lambda a, b, c: np.cos(a ** 3) * 2 + b / 3 + c / 3,
           "logsqsum55": lambda a, b, c: np.log1p((a + b) ** 2) * 2 + b / 3 + c / 3}),
    # bins of an arctangent of a sine of a sum and of a Gaussian of a product; a cube root of a
    # difference and a sine of a tanh of a size as regressions
    411: (2971, {"atansinsum55": lambda a, b, c: np.arctan(3 * np.sin(a + b)) * 3 + a - b + c / 3,
                 "gaussprod55": lambda a, b, c: np.exp(-(a * b) ** 2) * 3 + a - b + c / 3},
          {"cbrtdiff55": lambda a, b, c: np.cbrt(a - b) * 2 + b / 3 + c / 3,
           "sintanhabs55": lambda a, b, c: np.sin(3 * np.tanh(np.abs(a))) * 2 + b / 3 + c / 3}),
    # bins of a sine of a product of a size and a sum and of a sigmoid of a log-ratio; a Gaussian of a
    # cube and an arctangent of a product of a sum and a difference as regressions
    412: (2999, {"sinabssum56": lambda a, b, c: np.sin(2 * np.abs(a) * (a + b)) * 3 + a - b + c / 3,
                 "siglograt56": lambda a, b, c: _sigmoid(3 * np.log1p(np.abs(a)) - 2 * np.log1p(np.abs(b))) * 3 + a - b + c / 3},
          {"gausscub56": lambda a, b, c: np.exp(-np.abs(a) ** 3) * 3 + b / 3 + c / 3,
           "atansumdiff56": lambda a, b, c: np.arctan((a + b) * (a - b)) * 2 + b / 3 + c / 3}),
    # bins of a cosine of an exponential of a difference and of a tanh of a square of a size; a log of a
    # cosh of a sum and a rectified sine of a product as regressions
    413: (3001, {"cosexpdiff56": lambda a, b, c: np.cos(2 * np.exp((a - b) / 3)) * 3 + a - b + c / 3,
                 "tanhsqabs56": lambda a, b, c: np.tanh(a ** 2 - np.abs(b)) * 2 + 3 * a - b + c / 3},
          {"logcoshsum56": lambda a, b, c: np.log(np.cosh(a + b)) * 2 + b / 3 + c / 3,
           "relusinprod56": lambda a, b, c: np.maximum(np.sin(2 * a * b), 0) * 3 + a + b / 3 + c / 3}),
    # bins of an arctangent of a cube of a difference and of an exponential of a sine of a size; a cube of
    # a sigmoid and a root of a Gaussian of a sum as regressions
    414: (3011, {"atancubdiff56": lambda a, b, c: np.arctan((a - b) ** 3 / 2) * 3 + a - b + c / 3,
                 "expsinabs56": lambda a, b, c: np.exp(np.sin(3 * np.abs(a))) * 2 + 2 * a - b + c / 3},
          {"cubsig56": lambda a, b, c: _sigmoid(2 * a) ** 3 * 3 + b / 3 + c / 3,
           "sqrtgausssum56": lambda a, b, c: np.sqrt(np.exp(-(a + b) ** 2)) * 3 + b / 3 + c / 3}),
    # bins of a rectified cosine of a square plus a size and of a log of a size-difference; a sine of a
    # root of a size and a tanh of a ratio as regressions
    415: (3019, {"relucossq56": lambda a, b, c: np.maximum(np.cos(a ** 2 + b), 0) * 3 + a - b + c / 3,
                 "logabsdiff56": lambda a, b, c: np.log1p(np.abs(np.abs(a) - np.abs(b))) * 3 + a - b + c / 3},
          {"sinsqrtabs56": lambda a, b, c: np.sin(3 * np.sqrt(np.abs(a))) * 2 + b / 3 + c / 3,
           "tanhrat56": lambda a, b, c: np.tanh(a / (1 + np.abs(b))) * 3 + b / 3 + c / 3}),
    # bins of a cosine of a ratio of a sum to a size and of a square of a tanh of a difference; an
    # exponential of a negative size of a product and a sine of a cube root as regressions
    416: (3023, {"cosratsum57": lambda a, b, c: np.cos(3 * (a + b) / (1 + np.abs(a))) * 3 + 2 * a - b + c / 3,
                 "sqtanhdiff57": lambda a, b, c: np.tanh(a - b) ** 2 * 3 + a - b + c / 3},
          {"expnegabsprod57": lambda a, b, c: np.exp(-np.abs(a * b)) * 3 + b / 3 + c / 3,
           "sincbrt57": lambda a, b, c: np.sin(3 * np.cbrt(a)) * 2 + a + b / 3 + c / 3}),
    # bins of a sigmoid of a product of squares and of an arctangent of an exponential of a sum; a
    # rectified tanh of a difference and a log of a root of a size as regressions
    417: (3037, {"sigprodsq57": lambda a, b, c: _sigmoid(3 * a ** 2 * b ** 2 - 1) * 3 + a - b + c / 3,
                 "atanexpsum57": lambda a, b, c: np.arctan(np.exp((a + b) / 2) - 1) * 3 + a - b + c / 3},
          {"relutanhdiff57": lambda a, b, c: np.maximum(np.tanh(2 * (a - b)), 0) * 3 + b / 3 + c / 3,
           "logsqrtabs57": lambda a, b, c: np.log1p(np.sqrt(np.abs(a))) * 3 + b / 3 + c / 3}),
    # bins of a sine of an exponential of a negative size and of a Gaussian of a sum of a square and a
    # size; a cosine of a ratio and a cube of an arctangent as regressions
    418: (3041, {"sinexpneg57": lambda a, b, c: np.sin(4 * np.exp(-np.abs(a))) * 3 + a - b + c / 3,
                 "gausssqsum57": lambda a, b, c: np.exp(-(a ** 2 + b) ** 2) * 3 + a - b + c / 3},
          {"cosrat57": lambda a, b, c: np.cos(3 * a / (1 + b ** 2)) * 2 + b / 3 + c / 3,
           "cubatan57": lambda a, b, c: np.arctan(a) ** 3 * 2 + b / 3 + c / 3}),
    # bins of a tanh of a cosine of a difference and of a log of a cosh of a product; a sigmoid of a
    # square of a sum and a root of a rectified difference as regressions
    419: (3049, {"tanhcosdiff57": lambda a, b, c: np.tanh(3 * np.cos(a - b)) * 3 + a - b + c / 3,
                 "logcoshprod57": lambda a, b, c: np.log(np.cosh(a * b)) * 3 + a - b + c / 3},
          {"sigsqsum57": lambda a, b, c: _sigmoid((a + b) ** 2 - 1) * 3 + b / 3 + c / 3,
           "sqrtreludiff57": lambda a, b, c: np.sqrt(np.maximum(a - b, 0)) * 2 + b / 3 + c / 3}),
    # bins of a sine of a square of a difference and of a sigmoid of a size minus a square; a tanh of
    # a log-size and an exponential of a cosine of a sum as regressions
    420: (3061, {"sinsqdiff58": lambda a, b, c: np.sin(2 * (a - b) ** 2) * 3 + a - b + c / 3,
                 "sigabssq58": lambda a, b, c: _sigmoid(3 * (np.abs(a) - b ** 2)) * 3 + a - b + c / 3},
          {"tanhlogabs58": lambda a, b, c: np.tanh(2 * np.log1p(np.abs(a)) - 1) * 2 + b / 3 + c / 3,
           "expcossum58": lambda a, b, c: np.exp(np.cos(a + b)) * 2 + a + b / 3 + c / 3}),
    # bins of a Gaussian of a ratio of a difference to a size and of an arctangent of a cube; a rectified
    # log of a size and a sine of a product of sizes as regressions
    421: (3067, {"gaussratdiff58": lambda a, b, c: np.exp(-((a - b) / (1 + np.abs(c))) ** 2 * 2) * 3 + a - b + c / 3,
                 "atancub58": lambda a, b, c: np.arctan(a ** 3 - b) * 3 + a - b + c / 3},
          {"relulogabs58": lambda a, b, c: np.maximum(np.log(np.abs(a) + 0.1), 0) * 3 + b / 3 + c / 3,
           "sinabsprod58": lambda a, b, c: np.sin(2 * np.abs(a) * np.abs(b)) * 2 + a + b / 3 + c / 3}),
    # bins of a cosine of a tanh of a product and of a root of a size-sum minus a size; a sigmoid of a
    # difference of squares and a Gaussian of a sine of a sum as regressions
    422: (3079, {"costanhprod58": lambda a, b, c: np.cos(3 * np.tanh(a * b)) * 3 + 2 * a - b + c / 3,
                 "sqrtabssum58": lambda a, b, c: (np.sqrt(np.abs(a) + np.abs(b)) - np.abs(b)) * 3 + a - b + c / 3},
          {"sigdiffsq58": lambda a, b, c: _sigmoid(a ** 2 - b ** 2) * 3 + b / 3 + c / 3,
           "gausssinsum58": lambda a, b, c: np.exp(-np.sin(a + b) ** 2 * 2) * 3 + b / 3 + c / 3}),
    # bins of a log of a cosh of a difference and of a tanh of an exponential of a size; a cube root of
    # a sum of squares and an arctangent of a ratio as regressions
    423: (3083, {"logcoshdiff58": lambda a, b, c: np.log(np.cosh(2 * (a - b))) * 2 + a - b + c / 3,
                 "tanhexpabs58": lambda a, b, c: np.tanh(np.exp(np.abs(a) - 1) - 1) * 3 + a - b + c / 3},
          {"cbrtsumsq58": lambda a, b, c: np.cbrt(a ** 2 + b ** 2 - 1) * 2 + b / 3 + c / 3,
           "atanrat58": lambda a, b, c: np.arctan(3 * a / (1 + np.abs(b))) * 2 + b / 3 + c / 3}),
    # bins of a tanh of a sine of a size and of an exponential of a negative product; a cosine of a
    # root of a sum of squares and a sigmoid of a cube as regressions
    424: (3089, {"tanhsinabs59": lambda a, b, c: np.tanh(3 * np.sin(2 * np.abs(a))) * 3 + a - b + c / 3,
                 "expnegprod59": lambda a, b, c: np.exp(-a * b) * 2 + a - b + c / 3},
          {"cossqrtsumsq59": lambda a, b, c: np.cos(3 * np.sqrt(a ** 2 + b ** 2)) * 2 + a + b / 3 + c / 3,
           "sigcub59": lambda a, b, c: _sigmoid(a ** 3) * 3 + b / 3 + c / 3}),
    # bins of a sine of a ratio of a product to a size-sum and of a log of a rectified sum; an
    # arctangent of an exponential of a difference and a tanh of a square as regressions
    425: (3109, {"sinratprod59": lambda a, b, c: np.sin(3 * a * b / (1 + np.abs(a) + np.abs(b))) * 3 + 2 * a - b + c / 3,
                 "logrelusum59": lambda a, b, c: np.log1p(np.maximum(a + b, 0)) * 3 + a - b + c / 3},
          {"atanexpdiff59": lambda a, b, c: np.arctan(np.exp(a - b) - 1) * 2 + b / 3 + c / 3,
           "tanhsq59": lambda a, b, c: np.tanh(a ** 2 - 1) * 2 + b / 3 + c / 3}),
    # bins of a Gaussian of a sum and of a cosine of a cube root of a product; a rectified sine of a
    # size and a log of a cosh of a square as regressions
    426: (3119, {"gausssum59": lambda a, b, c: np.exp(-(a + b) ** 2) * 3 + a - b + c / 3,
                 "coscbrtprod59": lambda a, b, c: np.cos(3 * np.cbrt(a * b)) * 3 + 2 * a - b + c / 3},
          {"relusinabs59": lambda a, b, c: np.maximum(np.sin(3 * np.abs(a)), 0) * 3 + b / 3 + c / 3,
           "logcoshsq59": lambda a, b, c: np.log(np.cosh(a ** 2 / 2)) * 2 + b / 3 + c / 3}),
    # bins of a sigmoid of a sine of a product and of an arctangent of a log-ratio; a square of a tanh of
    # a sum and an exponential of a negative root of a size as regressions
    427: (3121, {"sigsinprod59": lambda a, b, c: _sigmoid(3 * np.sin(a * b)) * 3 + a - b + c / 3,
                 "atanlograt59": lambda a, b, c: np.arctan(2 * (np.log1p(np.abs(a)) - np.log1p(np.abs(b)))) * 3 + a - b + c / 3},
          {"sqtanhsum59": lambda a, b, c: np.tanh(a + b) ** 2 * 3 + b / 3 + c / 3,
           "expnegsqrt59": lambda a, b, c: np.exp(-np.sqrt(np.abs(a))) * 3 + b / 3 + c / 3}),
    # bins of a cosine of a difference of sizes and of a tanh of a root of a product's size; a sine of
    # an exponential of a negative square and a rectified arctangent as regressions
    428: (3137, {"cosabsdiff60": lambda a, b, c: np.cos(3 * (np.abs(a) - np.abs(b))) * 3 + 2 * a - b + c / 3,
                 "tanhsqrtprod60": lambda a, b, c: np.tanh(2 * np.sqrt(np.abs(a * b)) - 1) * 3 + 2 * a - b + c / 3},
          {"sinexpnegsq60": lambda a, b, c: np.sin(3 * np.exp(-a ** 2)) * 2 + b / 3 + c / 3,
           "reluatan60": lambda a, b, c: np.maximum(np.arctan(2 * a - b), 0) * 3 + b / 3 + c / 3}),
    # bins of a log of a square of a difference and of a sigmoid of a cosine of a size; a Gaussian of a
    # cube root and a tanh of a product of a sum and a size as regressions
    429: (3163, {"logsqdiff60": lambda a, b, c: np.log1p((a - b) ** 2) * 3 + 2 * a - b + c / 3,
                 "sigcosabs60": lambda a, b, c: _sigmoid(3 * np.cos(2 * np.abs(a))) * 3 + a - b + c / 3},
          {"gausscbrt60": lambda a, b, c: np.exp(-np.cbrt(a) ** 2 * 2) * 3 + b / 3 + c / 3,
           "tanhsumabs60": lambda a, b, c: np.tanh((a + b) * np.abs(a)) * 2 + b / 3 + c / 3}),
    # bins of an arctangent of a difference of cubes and of an exponential of a sine of a sum; a cosine
    # of a log-size and a square of a sigmoid as regressions
    430: (3167, {"atancubdiff60": lambda a, b, c: np.arctan(a ** 3 - b ** 3) * 3 + a - b + c / 3,
                 "expsinsum60": lambda a, b, c: np.exp(np.sin(2 * (a + b))) * 2 + a - b + c / 3},
          {"coslogabs60": lambda a, b, c: np.cos(4 * np.log1p(np.abs(a))) * 2 + b / 3 + c / 3,
           "sqsig60": lambda a, b, c: _sigmoid(2 * a - 1) ** 2 * 3 + b / 3 + c / 3}),
    # bins of a rectified product and of a sine of a tanh of a sum; a root of a log of a cosh and an
    # arctangent of a square of a difference as regressions
    431: (3169, {"reluprod60": lambda a, b, c: np.maximum(a * b, 0) * 2 + a - b + c / 3,
                 "sintanhsum60": lambda a, b, c: np.sin(4 * np.tanh(a + b)) * 3 + a - b + c / 3},
          {"sqrtlogcosh60": lambda a, b, c: np.sqrt(np.log(np.cosh(a))) * 2 + b / 3 + c / 3,
           "atansqdiff60": lambda a, b, c: np.arctan((a - b) ** 2) * 3 + a + b / 3 + c / 3}),
    # bins of a sine of a root of a size-product and of a Gaussian of a difference of a square and a
    # size; a tanh of a cube of a sum and a log of an exponential's sum as regressions
    432: (3181, {"sinsqrtprod61": lambda a, b, c: np.sin(3 * np.sqrt(np.abs(a * b))) * 3 + a - b + c / 3,
                 "gausssqdiff61": lambda a, b, c: np.exp(-(a ** 2 - b) ** 2) * 3 + a - b + c / 3},
          {"tanhcubsum61": lambda a, b, c: np.tanh((a + b) ** 3 / 3) * 2 + b / 3 + c / 3,
           "logexpsum61": lambda a, b, c: np.log(np.exp(a) + np.exp(b)) + b / 3 + c / 3}),
    # bins of a cosine of a sigmoid of a difference and of an arctangent of a sum of sizes; a rectified
    # cosine of a product and a square of a sine as regressions
    433: (3187, {"cossigdiff61": lambda a, b, c: np.cos(6 * _sigmoid(a - b)) * 3 + 2 * a - b + c / 3,
                 "atanabssum61": lambda a, b, c: np.arctan(np.abs(a) + np.abs(b) - 1.5) * 3 + a - b + c / 3},
          {"relucosprod61": lambda a, b, c: np.maximum(np.cos(2 * a * b), 0) * 3 + b / 3 + c / 3,
           "sqsin61": lambda a, b, c: np.sin(2 * a) ** 2 * 3 + a + b / 3 + c / 3}),
    # bins of an exponential of a negative size of a sum and of a tanh of a difference of sines; a
    # sigmoid of a ratio and a cube root of a Gaussian as regressions
    434: (3191, {"expnegabssum61": lambda a, b, c: np.exp(-np.abs(a + b)) * 3 + a - b + c / 3,
                 "tanhsindiff61": lambda a, b, c: np.tanh(2 * (np.sin(2 * a) - np.sin(2 * b))) * 3 + a - b + c / 3},
          {"sigrat61": lambda a, b, c: _sigmoid(3 * a / (1 + b ** 2)) * 3 + b / 3 + c / 3,
           "cbrtgauss61": lambda a, b, c: np.cbrt(np.exp(-a ** 2) - 0.5) * 3 + b / 3 + c / 3}),
    # bins of a log of a cosh of a sum and of a sine of a square of a size; an arctangent of a product
    # of squares and a tanh of a root of a size as regressions
    435: (3203, {"logcoshsum61": lambda a, b, c: np.log(np.cosh(a + b)) * 2 + a - b + c / 3,
                 "sinsqabs61": lambda a, b, c: np.sin(2 * a ** 2) * 3 + a - b + c / 3},
          {"atanprodsq61": lambda a, b, c: np.arctan(a ** 2 * b ** 2) * 3 + b / 3 + c / 3,
           "tanhsqrtabs61": lambda a, b, c: np.tanh(2 * np.sqrt(np.abs(a)) - 1) * 3 + b / 3 + c / 3}),
    # bins of a cosine of a difference of squares and of a sigmoid of a product of a sine; a log of a
    # size-sum and a sine of an arctangent as regressions
    436: (3209, {"cossqdiff62": lambda a, b, c: np.cos(a ** 2 - b ** 2) * 3 + 2 * a - b + c / 3,
                 "sigsinprod62": lambda a, b, c: _sigmoid(3 * np.sin(2 * a) * b) * 3 + a - b + c / 3},
          {"logabssum62": lambda a, b, c: np.log1p(np.abs(a) + np.abs(b)) * 3 + b / 3 + c / 3,
           "sinatan62": lambda a, b, c: np.sin(3 * np.arctan(2 * a)) * 3 + 3 * a + b / 3 + c / 3}),
    # bins of a tanh of a ratio of a difference and of an exponential of a cosine; a Gaussian of a sum
    # of squares and a rectified sine of a size as regressions
    437: (3217, {"tanhratdiff62": lambda a, b, c: np.tanh((a - b) / (1 + a ** 2)) * 3 + a - b + c / 3,
                 "expcos62": lambda a, b, c: np.exp(np.cos(2 * a)) + a - b + c / 3},
          {"gausssqsum62": lambda a, b, c: np.exp(-(a ** 2 + b ** 2) / 2) * 3 + b / 3 + c / 3,
           "relusinabs62": lambda a, b, c: np.maximum(np.sin(3 * np.abs(a)), 0) * 3 + a + b / 3 + c / 3}),
    # bins of an arctangent of a cube of a difference and of a cosine of a root of a sum of squares; a
    # sigmoid of a square and a cosh of a sine as regressions
    438: (3221, {"atancubdiff62": lambda a, b, c: np.arctan((a - b) ** 3) * 3 + a - b + c / 3,
                 "cossqrtsq62": lambda a, b, c: np.cos(3 * np.sqrt(a ** 2 + b ** 2)) * 3 + 2 * a - b + c / 3},
          {"sigsq62": lambda a, b, c: _sigmoid(2 * a ** 2 - 2) * 3 + b / 3 + c / 3,
           "coshsin62": lambda a, b, c: np.cosh(np.sin(2 * a)) * 2 + b / 3 + c / 3}),
    # bins of a sine of a product of a sum and of a log of a cosh of a difference; a tanh of a Gaussian
    # and an exponential of a negative square of a product as regressions
    439: (3229, {"sinprodsum62": lambda a, b, c: np.sin(2 * a * (a + b)) * 3 + 2 * a - b + c / 3,
                 "logcoshdiff62": lambda a, b, c: np.log(np.cosh(2 * (a - b))) * 2 + 2 * a - b + c / 3},
          {"tanhgauss62": lambda a, b, c: np.tanh(3 * np.exp(-a ** 2) - 1) * 3 + b / 3 + c / 3,
           "expnegsqprod62": lambda a, b, c: np.exp(-(a * b) ** 2) * 3 + b / 3 + c / 3}),
    # bins of a sine of a ratio of sizes and of a tanh of a log of a cosh; a cosine of a cube root and
    # a sigmoid of a sum of sines as regressions
    440: (3251, {"sinratabs63": lambda a, b, c: np.sin(3 * a / (1 + np.abs(b))) * 3 + a - b + c / 3,
                 "tanhlogcosh63": lambda a, b, c: np.tanh(np.log(np.cosh(2 * a)) - b) * 3 + a - b + c / 3},
          {"coscbrt63": lambda a, b, c: np.cos(3 * np.cbrt(a)) * 3 + a + b / 3 + c / 3,
           "sigsinsum63": lambda a, b, c: _sigmoid(2 * (np.sin(2 * a) + np.sin(2 * b))) * 3 + b / 3 + c / 3}),
    # bins of a Gaussian of a product and of an arctangent of a difference of cubes; an exponential of
    # a tanh and a rectified log of a size as regressions
    441: (3253, {"gaussprod63": lambda a, b, c: np.exp(-(2 * a * b) ** 2) * 3 + a - b + c / 3,
                 "atancubdiffs63": lambda a, b, c: np.arctan(a ** 3 - b ** 3) * 3 + a - b + c / 3},
          {"exptanh63": lambda a, b, c: np.exp(np.tanh(2 * a)) * 2 + b / 3 + c / 3,
           "relulogabs63": lambda a, b, c: np.maximum(np.log(np.abs(a) + 0.1), 0) * 3 + b / 3 + c / 3}),
    # bins of a cosine of a sum of a square and of a sigmoid of a root of a size-difference; a sine of
    # an exponential and a log of a square's sum as regressions
    442: (3257, {"cossqsum63": lambda a, b, c: np.cos(2 * (a + b ** 2)) * 3 + 2 * a - b + c / 3,
                 "sigsqrtdiff63": lambda a, b, c: _sigmoid(4 * np.sqrt(np.abs(a - b)) - 3) * 3 + 2 * a - b + c / 3},
          {"sinexp63": lambda a, b, c: np.sin(2 * np.exp(a / 2)) * 3 + b / 3 + c / 3,
           "logsqsum63": lambda a, b, c: np.log1p(a ** 2 + b ** 2) * 2 + b / 3 + c / 3}),
    # bins of a tanh of a product of sines and of an exponential of a negative difference's size; an
    # arctangent of a cube and a cosine of a product with a sum as regressions
    443: (3259, {"tanhsinprod63": lambda a, b, c: np.tanh(3 * np.sin(2 * a) * np.sin(2 * b)) * 3 + 2 * a - b + c / 3,
                 "expnegabsdiff63": lambda a, b, c: np.exp(-np.abs(a - b)) * 3 + a - b + c / 3},
          {"atancub63": lambda a, b, c: np.arctan(a ** 3) * 3 + b / 3 + c / 3,
           "cosprodsum63": lambda a, b, c: np.cos(a * (a + b)) * 3 + b / 3 + c / 3}),
    # bins of an arctangent of a sine of a sum and of a cosh of a ratio; a tanh of a square's difference
    # and a sigmoid of a cube as regressions
    444: (3271, {"atansinsum64": lambda a, b, c: np.arctan(np.sin(a + b)) * 3 + 2 * a - b + c / 3,
                 "coshrat64": lambda a, b, c: np.log(np.cosh(2 * a / (1 + b ** 2))) * 3 + a - b + c / 3},
          {"tanhsqdiff64": lambda a, b, c: np.tanh(a ** 2 - b ** 2) * 3 + b / 3 + c / 3,
           "sigcub64": lambda a, b, c: _sigmoid(a ** 3) * 3 + b / 3 + c / 3}),
    # bins of a sine of a size-sum and of an exponential of a negative product's size; a cosine of a
    # sigmoid and a root of a cosh as regressions
    445: (3299, {"sinabssum64": lambda a, b, c: np.sin(2 * (np.abs(a) + np.abs(b))) * 3 + a - b + c / 3,
                 "expnegabsprod64": lambda a, b, c: np.exp(-np.abs(2 * a * b)) * 3 + a - b + c / 3},
          {"cossig64": lambda a, b, c: np.cos(5 * _sigmoid(2 * a)) * 3 + b / 3 + c / 3,
           "sqrtcosh64": lambda a, b, c: np.sqrt(np.cosh(a)) * 3 + b / 3 + c / 3}),
    # bins of a Gaussian of a sum of a sine and of a tanh of a cube of a product; a log of a sigmoid and
    # an arctangent of a difference of sizes as regressions
    446: (3301, {"gausssinsum64": lambda a, b, c: np.exp(-(np.sin(2 * a) + b) ** 2) * 3 + a - b + c / 3,
                 "tanhcubprod64": lambda a, b, c: np.tanh((a * b) ** 3) * 3 + a - b + c / 3},
          {"logsig64": lambda a, b, c: np.log(_sigmoid(2 * a) + 0.05) * 2 + b / 3 + c / 3,
           "atanabsdiff64": lambda a, b, c: np.arctan(2 * (np.abs(a) - np.abs(b))) * 3 + b / 3 + c / 3}),
    # bins of a cosine of an exponential of a sum and of a sigmoid of a square of a difference; a sine of
    # a cosh and a rectified tanh of a product as regressions
    447: (3307, {"cosexpsum64": lambda a, b, c: np.cos(2 * np.exp((a + b) / 3)) * 3 + a - b + c / 3,
                 "sigsqdiff64": lambda a, b, c: _sigmoid(3 - 2 * (a - b) ** 2) * 3 + a - b + c / 3},
          {"sincosh64": lambda a, b, c: np.sin(2 * np.cosh(a / 2)) * 3 + b / 3 + c / 3,
           "relutanhprod64": lambda a, b, c: np.maximum(np.tanh(2 * a * b), 0) * 3 + b / 3 + c / 3}),
    # bins of a tanh of a sum of a cube and of a cosine of a log of a size; a sine of a Gaussian and an
    # exponential of a sine of a difference as regressions
    448: (3313, {"tanhcubsum65": lambda a, b, c: np.tanh(a ** 3 + b) * 3 + a - b + c / 3,
                 "coslogabs65": lambda a, b, c: np.cos(3 * np.log(np.abs(a) + 0.2)) * 1.5 + 2 * a - b + c / 3},
          {"singauss65": lambda a, b, c: np.sin(3 * np.exp(-a ** 2)) * 3 + b / 3 + c / 3,
           "expsindiff65": lambda a, b, c: np.exp(np.sin(a - b)) * 2 + b / 3 + c / 3}),
    # bins of a sigmoid of a product of sizes and of an arctangent of a ratio of a sum; a cosh of a
    # tanh and a rectified cosine of a sum as regressions
    449: (3319, {"sigabsprod65": lambda a, b, c: _sigmoid(3 * (np.abs(a * b) - 0.5)) * 3 + a - b + c / 3,
                 "atanratsum65": lambda a, b, c: np.arctan((a + b) / (1 + a ** 2)) * 3 + a - b + c / 3},
          {"coshtanh65": lambda a, b, c: np.cosh(2 * np.tanh(a)) * 2 + b / 3 + c / 3,
           "relucossum65": lambda a, b, c: np.maximum(np.cos(2 * (a + b)), 0) * 3 + a + b / 3 + c / 3}),
    # bins of a sine of a square of a difference and of a log of a sum of exponentials of sizes; a cube
    # root of a sine and a Gaussian of a cube as regressions
    450: (3323, {"sinsqdiff65": lambda a, b, c: np.sin(2 * (a - b) ** 2) * 3 + a - b + c / 3,
                 "logexpabs65": lambda a, b, c: np.log(np.exp(np.abs(a)) + np.exp(np.abs(b))) * 2 + a - b + c / 3},
          {"cbrtsin65": lambda a, b, c: np.cbrt(np.sin(2 * a)) * 3 + b / 3 + c / 3,
           "gausscub65": lambda a, b, c: np.exp(-np.abs(a) ** 3) * 3 + b / 3 + c / 3}),
    # bins of a cosine of a tanh of a product and of an exponential of a negative square of a sum; an
    # arctangent of a sine and a sigmoid of a difference of squares as regressions
    451: (3329, {"costanhprod65": lambda a, b, c: np.cos(4 * np.tanh(a * b)) * 3 + a - b + c / 3,
                 "expnegsqsum65": lambda a, b, c: np.exp(-(a + b) ** 2) * 3 + a - b + c / 3},
          {"atansin65": lambda a, b, c: np.arctan(3 * np.sin(2 * a)) * 3 + b / 3 + c / 3,
           "sigsqdiffs65": lambda a, b, c: _sigmoid(a ** 2 - b ** 2) * 3 + b / 3 + c / 3}),
    # bins of an exponential of a cosine of a sum and of a tanh of a root of a product's size; a sine of
    # a sigmoid and a log of a cosh of a difference as regressions
    452: (3331, {"expcossum66": lambda a, b, c: np.exp(np.cos(2 * (a + b))) + a - b + c / 3,
                 "tanhsqrtprod66": lambda a, b, c: np.tanh(3 * np.sqrt(np.abs(a * b)) - 1.5) * 1.5 + 2 * a - b + c / 3},
          {"sinsig66": lambda a, b, c: np.sin(6 * _sigmoid(a)) * 3 + b / 3 + c / 3,
           "logcoshdiffr66": lambda a, b, c: np.log(np.cosh(2 * (a - b))) + b / 3 + c / 3}),
    # bins of an arctangent of a square of a sum and of a cosine of a product of a cube; a Gaussian of a
    # ratio and a tanh of an exponential as regressions
    453: (3343, {"atansqsum66": lambda a, b, c: np.arctan((a + b) ** 2 - 1) * 3 + a - b + c / 3,
                 "coscubprod66": lambda a, b, c: np.cos(2 * a ** 3 * b) * 1.5 + 2 * a - b + c / 3},
          {"gaussrat66": lambda a, b, c: np.exp(-(a / (1 + b ** 2)) ** 2) * 3 + b / 3 + c / 3,
           "tanhexp66": lambda a, b, c: np.tanh(np.exp(a) - 1.5) * 3 + b / 3 + c / 3}),
    # bins of a sigmoid of a sine of a difference and of a log of a size-product; a rectified sine of a
    # square and a cube root of a sum as regressions
    454: (3347, {"sigsindiff66": lambda a, b, c: _sigmoid(4 * np.sin(2 * (a - b))) * 3 + a - b + c / 3,
                 "logabsprod66": lambda a, b, c: np.log(np.abs(a * b) + 0.1) + a - b + c / 3},
          {"relusinsq66": lambda a, b, c: np.maximum(np.sin(2 * a ** 2), 0) * 3 + b / 3 + c / 3,
           "cbrtsum66": lambda a, b, c: np.cbrt(a + b) * 2 + b / 3 + c / 3}),
    # bins of a cosine of a Gaussian of a sum and of an exponential of a negative cube's size; a sine of
    # a product of sines and an arctangent of a log of a size as regressions
    455: (3359, {"cosgausssum66": lambda a, b, c: np.cos(4 * np.exp(-(a + b) ** 2)) * 1.5 + 2 * a - b + c / 3,
                 "expnegabscub66": lambda a, b, c: np.exp(-np.abs(a ** 3 - b)) * 3 + a - b + c / 3},
          {"sinsinprod66": lambda a, b, c: np.sin(3 * np.sin(a) * np.sin(b)) * 3 + b / 3 + c / 3,
           "atanlogabs66": lambda a, b, c: np.arctan(2 * np.log(np.abs(a) + 0.1)) * 3 + b / 3 + c / 3}),
    # bins of a sine of a cube of a difference and of a sigmoid of a cosine of a product; a tanh of a
    # size-difference and an exponential of a negative size as regressions
    456: (3361, {"sincubdiff67": lambda a, b, c: np.sin((a - b) ** 3) * 1.5 + 2 * a - b + c / 3,
                 "sigcosprod67": lambda a, b, c: _sigmoid(4 * np.cos(2 * a * b)) * 3 + a - b + c / 3},
          {"tanhabsdiff67": lambda a, b, c: np.tanh(2 * (np.abs(a) - np.abs(b))) * 3 + b / 3 + c / 3,
           "expnegabs67": lambda a, b, c: np.exp(-2 * np.abs(a)) * 3 + b / 3 + c / 3}),
    # bins of a log of a cosh of a product and of an arctangent of an exponential; a cosine of a sum of
    # squares and a square of a tanh as regressions
    457: (3371, {"logcoshprod67": lambda a, b, c: np.log(np.cosh(2 * a * b)) * 2 + a - b + c / 3,
                 "atanexp67": lambda a, b, c: np.arctan(np.exp(a) - 1) * 3 + a - b + c / 3},
          {"cossqsums67": lambda a, b, c: np.cos(a ** 2 + b ** 2) * 3 + b / 3 + c / 3,
           "sqtanh67": lambda a, b, c: np.tanh(2 * a) ** 2 * 3 + b / 3 + c / 3}),
    # bins of a Gaussian of a difference of a sine and of a tanh of a sum of squares; a sigmoid of a
    # product and a sine of a root of a size as regressions
    458: (3373, {"gausssindiff67": lambda a, b, c: np.exp(-(np.sin(2 * a) - b) ** 2) * 3 + a - b + c / 3,
                 "tanhsqsum67": lambda a, b, c: np.tanh(a ** 2 + b ** 2 - 2) * 1.5 + 2 * a - b + c / 3},
          {"sigprod67": lambda a, b, c: _sigmoid(3 * a * b) * 3 + b / 3 + c / 3,
           "sinsqrtabs67": lambda a, b, c: np.sin(3 * np.sqrt(np.abs(a))) * 3 + b / 3 + c / 3}),
    # bins of a cosine of a ratio of a difference and of a rectified sine of a sum; a cosh of a cube root
    # and an arctangent of a product of a sine as regressions
    459: (3389, {"cosratdiff67": lambda a, b, c: np.cos(3 * (a - b) / (1 + b ** 2)) * 3 + a - b + c / 3,
                 "relusinsum67": lambda a, b, c: np.maximum(np.sin(2 * (a + b)), 0) * 3 + a - b + c / 3},
          {"coshcbrt67": lambda a, b, c: np.cosh(np.cbrt(a)) * 3 + b / 3 + c / 3,
           "atansinprod67": lambda a, b, c: np.arctan(3 * np.sin(2 * a) * b) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a tanh of a cosine of a difference and of an exponential of a negative sum of sizes; a
    # sine of a sum of a square and a sigmoid of a log of a size as regressions
    460: (3391, {"tanhcosdiff68": lambda a, b, c: np.tanh(3 * np.cos(2 * (a - b))) * 1.5 + 2 * a - b + c / 3,
                 "expnegabssums68": lambda a, b, c: np.exp(-(np.abs(a) + np.abs(b))) * 3 + a - b + c / 3},
          {"sinsqsum68": lambda a, b, c: np.sin(a ** 2 + b) * 3 + b / 3 + c / 3,
           "siglogabs68": lambda a, b, c: _sigmoid(3 * np.log(np.abs(a) + 0.1)) * 3 + b / 3 + c / 3}),
    # bins of a cosine of a root of a size-sum and of an arctangent of a product of a difference; a
    # Gaussian of a sine and a cube of a tanh as regressions
    461: (3407, {"cossqrtabssum68": lambda a, b, c: np.cos(4 * np.sqrt(np.abs(a) + np.abs(b))) * 1.5 + 2 * a - b + c / 3,
                 "atanproddiff68": lambda a, b, c: np.arctan(2 * a * (a - b)) * 3 + a - b + c / 3},
          {"gausssin68": lambda a, b, c: np.exp(-np.sin(2 * a) ** 2 * 3) * 3 + b / 3 + c / 3,
           "cubtanh68": lambda a, b, c: np.tanh(a) ** 3 * 3 + b / 3 + c / 3}),
    # bins of a sigmoid of a cube of a sum and of a sine of an exponential of a difference; a log of a
    # cosh of a sine and a rectified arctangent as regressions
    462: (3413, {"sigcubsum68": lambda a, b, c: _sigmoid((a + b) ** 3) * 3 + a - b + c / 3,
                 "sinexpdiff68": lambda a, b, c: np.sin(2 * np.exp((a - b) / 2)) * 3 + a - b + c / 3},
          {"logcoshsin68": lambda a, b, c: np.log(np.cosh(3 * np.sin(a))) * 3 + b / 3 + c / 3,
           "reluatan68": lambda a, b, c: np.maximum(np.arctan(3 * a), 0) * 3 + b / 3 + c / 3}),
    # bins of a cosh of a difference of a sine and of a tanh of a ratio of squares; a cosine of a cube
    # and an exponential of a product as regressions
    463: (3433, {"coshsindiff68": lambda a, b, c: np.log(np.cosh(2 * (np.sin(2 * a) - b))) * 1.5 + 2 * a - b + c / 3,
                 "tanhratsq68": lambda a, b, c: np.tanh(3 * a ** 2 / (1 + b ** 2) - 1) * 3 + a - b + c / 3},
          {"coscub68": lambda a, b, c: np.cos(a ** 3) * 3 + b / 3 + c / 3,
           "expprod68": lambda a, b, c: np.exp(np.tanh(a * b)) * 2 + b / 3 + c / 3}),
    # bins of a sine of a tanh of a sum and of a Gaussian of a product of a difference; an arctangent of
    # a cosh and a log of a sigmoid of a product as regressions
    464: (3449, {"sintanhsum69": lambda a, b, c: np.sin(4 * np.tanh(a + b)) * 3 + a - b + c / 3,
                 "gaussproddiff69": lambda a, b, c: np.exp(-(a * (a - b)) ** 2) * 3 + a - b + c / 3},
          {"atancosh69": lambda a, b, c: np.arctan(np.cosh(a) - 2) * 3 + b / 3 + c / 3,
           "logsigprod69": lambda a, b, c: np.log(_sigmoid(2 * a * b) + 0.05) * 2 + b / 3 + c / 3}),
    # bins of an exponential of a sine of a product and of a cosine of a difference of sizes; a tanh of
    # a cube root and a sine of a square of a sum as regressions
    465: (3457, {"expsinprod69": lambda a, b, c: np.exp(np.sin(2 * a * b)) + a - b + c / 3,
                 "cosabsdiff69": lambda a, b, c: np.cos(3 * (np.abs(a) - np.abs(b))) * 1.5 + 2 * a - b + c / 3},
          {"tanhcbrt69": lambda a, b, c: np.tanh(2 * np.cbrt(a)) * 3 + b / 3 + c / 3,
           "sinsqsum69": lambda a, b, c: np.sin((a + b) ** 2) * 3 + b / 3 + c / 3}),
    # bins of an arctangent of an exponential of a difference and of a sigmoid of a sum of sines; a
    # Gaussian of a size and a rectified cube as regressions
    466: (3461, {"atanexpdiff69": lambda a, b, c: np.arctan(np.exp(a - b) - 1) * 3 + a - b + c / 3,
                 "sigsinsums69": lambda a, b, c: _sigmoid(3 * (np.sin(3 * a) + np.sin(3 * b))) * 3 + a - b + c / 3},
          {"gaussabs69": lambda a, b, c: np.exp(-2 * np.abs(a) ** 1.5) * 3 + b / 3 + c / 3,
           "relucub69": lambda a, b, c: np.maximum(a, 0) ** 3 + b / 3 + c / 3}),
    # bins of a log of a size-product's root and of a tanh of a cosine of a sum; a cosine of an
    # arctangent and an exponential of a negative cosh as regressions
    467: (3463, {"logsqrtprod69": lambda a, b, c: np.log(np.sqrt(np.abs(a * b)) + 0.1) + a - b + c / 3,
                 "tanhcossum69": lambda a, b, c: np.tanh(3 * np.cos(2 * (a + b))) * 1.5 + 2 * a - b + c / 3},
          {"cosatan69": lambda a, b, c: np.cos(4 * np.arctan(a)) * 3 + b / 3 + c / 3,
           "expnegcosh69": lambda a, b, c: np.exp(2 - np.cosh(a)) + b / 3 + c / 3}),
    # bins of a cosine of a sigmoid of a product and of a tanh of a log of a size-sum; a sine of a
    # ratio and an exponential of a cube root as regressions
    468: (3467, {"cossigprod70": lambda a, b, c: np.cos(6 * _sigmoid(2 * a * b)) * 1.5 + 2 * a - b + c / 3,
                 "tanhlogabssum70": lambda a, b, c: np.tanh(2 * np.log(np.abs(a) + np.abs(b) + 0.1)) * 3 + a - b + c / 3},
          {"sinrat70": lambda a, b, c: np.sin(3 * a / (1 + np.abs(b))) * 3 + b / 3 + c / 3,
           "expcbrt70": lambda a, b, c: np.exp(np.cbrt(a)) + b / 3 + c / 3}),
    # bins of an arctangent of a sum of sines and of a Gaussian of a difference of a square; a cosine
    # of a size and a tanh of a product of a square as regressions
    469: (3469, {"atansinsums70": lambda a, b, c: np.arctan(2 * (np.sin(2 * a) + np.sin(2 * b))) * 3 + a - b + c / 3,
                 "gausssqdiffs70": lambda a, b, c: np.exp(-(a - b ** 2) ** 2) * 3 + a - b + c / 3},
          {"cosabs70": lambda a, b, c: np.cos(3 * np.abs(a)) * 3 + b / 3 + c / 3,
           "tanhsqprod70": lambda a, b, c: np.tanh(a ** 2 * b) * 3 + b / 3 + c / 3}),
    # bins of a sine of an arctangent of a difference and of an exponential of a negative cosh of a sum;
    # a sigmoid of a sine and a log of a size-difference as regressions
    470: (3491, {"sinatandiff70": lambda a, b, c: np.sin(3 * np.arctan(2 * (a - b))) * 1.5 + 2 * a - b + c / 3,
                 "expnegcoshsum70": lambda a, b, c: np.exp(1 - np.cosh(a + b)) * 3 + a - b + c / 3},
          {"sigsin70": lambda a, b, c: _sigmoid(4 * np.sin(2 * a)) * 3 + b / 3 + c / 3,
           "logabsdiff70": lambda a, b, c: np.log1p(np.abs(a - b)) * 3 + b / 3 + c / 3}),
    # bins of a tanh of a product of a sum and of a cosine of a cube of a size; a Gaussian of a tanh and
    # a rectified log of a cosh as regressions
    471: (3499, {"tanhprodsum70": lambda a, b, c: np.tanh(2 * a * (a + b)) * 3 + a - b + c / 3,
                 "coscubabs70": lambda a, b, c: np.cos(np.abs(a) ** 3) * 1.5 + 2 * a - b + c / 3},
          {"gausstanh70": lambda a, b, c: np.exp(-np.tanh(2 * a) ** 2 * 3) * 3 + b / 3 + c / 3,
           "relulogcosh70": lambda a, b, c: np.maximum(np.log(np.cosh(2 * a)) - 0.5, 0) * 2 + b / 3 + c / 3}),
    # bins of an exponential of a tanh of a difference and of a sine of a size-product; a cosine of a
    # square root of a size and a sigmoid of a cube of a difference as regressions
    472: (3511, {"exptanhdiff71": lambda a, b, c: np.exp(2 * np.tanh(a - b)) + a - b + c / 3,
                 "sinabsprod71": lambda a, b, c: np.sin(3 * np.abs(a * b)) * 1.5 + 2 * a - b + c / 3},
          {"cossqrtabs71": lambda a, b, c: np.cos(4 * np.sqrt(np.abs(a))) * 3 + b / 3 + c / 3,
           "sigcubdiff71": lambda a, b, c: _sigmoid((a - b) ** 3) * 3 + b / 3 + c / 3}),
    # bins of a log of a cosh of a sum of sines and of an arctangent of a square of a product; a tanh
    # of a sine of a square and a Gaussian of a difference as regressions
    473: (3517, {"logcoshsinsum71": lambda a, b, c: np.log(np.cosh(2 * (np.sin(a) + np.sin(b)))) + 2 * a - b + c / 3,
                 "atansqprod71": lambda a, b, c: np.arctan((a * b) ** 2 - 0.5) * 3 + a - b + c / 3},
          {"tanhsinsq71": lambda a, b, c: np.tanh(2 * np.sin(a ** 2)) * 3 + b / 3 + c / 3,
           "gaussdiff71": lambda a, b, c: np.exp(-(a - b) ** 2) * 3 + b / 3 + c / 3}),
    # bins of a sigmoid of a ratio of a sum and of a cosine of an exponential of a size; a sine of a
    # tanh of a product and a cube of an arctangent as regressions
    474: (3527, {"sigratsum71": lambda a, b, c: _sigmoid(3 * (a + b) / (1 + a ** 2)) * 3 + a - b + c / 3,
                 "cosexpabs71": lambda a, b, c: np.cos(2 * np.exp(np.abs(a) / 2)) * 3 + a - b + c / 3},
          {"sintanhprod71": lambda a, b, c: np.sin(3 * np.tanh(a * b)) * 3 + b / 3 + c / 3,
           "cubatan71": lambda a, b, c: np.arctan(a) ** 3 * 2 + b / 3 + c / 3}),
    # bins of a Gaussian of a size-sum and of a tanh of a difference of a cube; a rectified cosine of a
    # size and an exponential of a negative square of a sine as regressions
    475: (3529, {"gaussabssum71": lambda a, b, c: np.exp(-(np.abs(a) + np.abs(b) - 1) ** 2) * 3 + a - b + c / 3,
                 "tanhcubdiff71": lambda a, b, c: np.tanh(a ** 3 - b) * 3 + a - b + c / 3},
          {"relucosabs71": lambda a, b, c: np.maximum(np.cos(3 * np.abs(a)), 0) * 3 + b / 3 + c / 3,
           "expnegsqsin71": lambda a, b, c: np.exp(-np.sin(2 * a) ** 2) * 3 + a + b / 3 + c / 3}),
    # bins of a sine of a sum of squares and of a tanh of a ratio of a difference; a cosine of a
    # product of sines and a log of one plus a size-difference as regressions
    476: (3533, {"sinsumsq72": lambda a, b, c: np.sin(a ** 2 + b ** 2) * 1.5 + 2 * a - b + c / 3,
                 "tanhratdiff72": lambda a, b, c: np.tanh(2 * (a - b) / (1 + b ** 2)) * 3 + a - b + c / 3},
          {"cosprodsin72": lambda a, b, c: np.cos(3 * np.sin(a) * np.sin(b)) * 3 + b / 3 + c / 3,
           "logabsdiff72": lambda a, b, c: np.log1p(np.abs(a - b)) * 3 + b / 3 + c / 3}),
    # bins of a sigmoid of a sine of a sum and of an exponential of a cosine of a difference; an
    # arctangent of a cube of a size and a Gaussian of a product as regressions
    477: (3539, {"sigsinsum72": lambda a, b, c: _sigmoid(3 * np.sin(a + b)) * 3 + a - b + c / 3,
                 "expcosdiff72": lambda a, b, c: np.exp(np.cos(2 * (a - b))) + a - b + c / 3},
          {"atancubabs72": lambda a, b, c: np.arctan(np.abs(a) ** 3 - 1) * 3 + b / 3 + c / 3,
           "gaussprod72": lambda a, b, c: np.exp(-(a * b) ** 2) * 3 + b / 3 + c / 3}),
    # bins of a rectified sine of a product and of a cube root of a sum; a tanh of an exponential of a
    # difference and a sine of an arctangent of a ratio as regressions
    478: (3541, {"relusinprod72": lambda a, b, c: np.maximum(np.sin(3 * a * b), 0) * 3 + a - b + c / 3,
                 "cbrtsum72": lambda a, b, c: np.cbrt(a + b) * 2 + a - b + c / 3},
          {"tanhexpdiff72": lambda a, b, c: np.tanh(np.exp((a - b) / 2) - 1) * 3 + b / 3 + c / 3,
           "sinatanrat72": lambda a, b, c: np.sin(3 * np.arctan(a / (1 + b ** 2))) * 3 + b / 3 + c / 3}),
    # bins of a cosine of a square of a difference and of a log of a cosh of a size-product; a sigmoid
    # of a sine of a size and a square of a tanh of a sum as regressions
    479: (3547, {"cossqdiff72": lambda a, b, c: np.cos((a - b) ** 2) * 3 + a - b + c / 3,
                 "logcoshabsprod72": lambda a, b, c: np.log(np.cosh(2 * np.abs(a * b))) + a - b + c / 3},
          {"sigsinabs72": lambda a, b, c: _sigmoid(3 * np.sin(2 * np.abs(a))) * 3 + b / 3 + c / 3,
           "sqtanhsum72": lambda a, b, c: np.tanh(a + b) ** 2 * 3 + b / 3 + c / 3}),
    # bins of an arctangent of a sum of cubes and of a cosine of a ratio of sizes; an exponential of a
    # negative size-sum and a sine of a log of a size as regressions
    480: (3557, {"atansumcub73": lambda a, b, c: np.arctan(a ** 3 + b ** 3) * 3 + a - b + c / 3,
                 "cosratabs73": lambda a, b, c: np.cos(3 * np.abs(a) / (1 + np.abs(b))) * 1.5 + 2 * a - b + c / 3},
          {"expnegabssum73": lambda a, b, c: np.exp(-np.abs(a) - np.abs(b)) * 3 + b / 3 + c / 3,
           "sinlogabs73": lambda a, b, c: np.sin(2 * np.log1p(np.abs(a))) * 3 + b / 3 + c / 3}),
    # bins of a tanh of a product of a sine and of a Gaussian of a sum; a rectified tanh of a
    # difference and a cosine of a cube as regressions
    481: (3559, {"tanhprodsin73": lambda a, b, c: np.tanh(3 * a * np.sin(b)) * 1.5 + 2 * a - b + c / 3,
                 "gausssum73": lambda a, b, c: np.exp(-(a + b) ** 2) * 3 + a - b + c / 3},
          {"relutanhdiff73": lambda a, b, c: np.maximum(np.tanh(2 * (a - b)), 0) * 3 + b / 3 + c / 3,
           "coscub73": lambda a, b, c: np.cos(a ** 3) * 3 + b / 3 + c / 3}),
    # bins of a sigmoid of a product of sizes and of a sine of an exponential of a sum; a log of a
    # cosh of a ratio and an arctangent of a sine of a product as regressions
    482: (3571, {"sigprodabs73": lambda a, b, c: _sigmoid(3 * (np.abs(a * b) - 0.5)) * 3 + a - b + c / 3,
                 "sinexpsum73": lambda a, b, c: np.sin(2 * np.exp((a + b) / 3)) * 3 + a - b + c / 3},
          {"logcoshrat73": lambda a, b, c: np.log(np.cosh(2 * a / (1 + b ** 2))) * 2 + b / 3 + c / 3,
           "atansinprod73": lambda a, b, c: np.arctan(3 * np.sin(a * b)) * 3 + b / 3 + c / 3}),
    # bins of a cube root of a difference of squares and of a cosine of a tanh of a size; a square of
    # a sine of a difference and a sigmoid of a sum of cubes as regressions
    483: (3581, {"cbrtdiffsq73": lambda a, b, c: np.cbrt(a ** 2 - b ** 2) + 2 * a - b + c / 3,
                 "costanhabs73": lambda a, b, c: np.cos(3 * np.tanh(np.abs(a))) * 3 + a - b + c / 3},
          {"sqsindiff73": lambda a, b, c: np.sin(a - b) ** 2 * 3 + b / 3 + c / 3,
           "sigsumcub73": lambda a, b, c: _sigmoid(a ** 3 + b ** 3) * 3 + b / 3 + c / 3}),
    # bins of a sine of a cube of a sum and of a log of one plus a square of a difference; a tanh of a
    # square root of a size and a cosine of an arctangent of a product as regressions
    484: (3583, {"sincubsum74": lambda a, b, c: np.sin((a + b) ** 3 / 2) * 3 + a - b + c / 3,
                 "logsqdiff74": lambda a, b, c: np.log1p((a - b) ** 2) * 2 + a - b + c / 3},
          {"tanhsqrtabs74": lambda a, b, c: np.tanh(2 * np.sqrt(np.abs(a)) - 1) * 3 + b / 3 + c / 3,
           "cosatanprod74": lambda a, b, c: np.cos(3 * np.arctan(a * b)) * 3 + b / 3 + c / 3}),
    # bins of a Gaussian of a ratio and of a rectified sine of a sum; an exponential of a sine of a
    # difference and a sigmoid of a square of a size-sum as regressions
    485: (3593, {"gaussrat74": lambda a, b, c: np.exp(-(a / (1 + b ** 2)) ** 2) * 3 + a - b + c / 3,
                 "relusinsum74": lambda a, b, c: np.maximum(np.sin(2 * (a + b)), 0) * 3 + a - b + c / 3},
          {"expsindiff74": lambda a, b, c: np.exp(np.sin(2 * (a - b))) + b / 3 + c / 3,
           "sigsqabssum74": lambda a, b, c: _sigmoid((np.abs(a) + np.abs(b)) ** 2 - 2) * 3 + b / 3 + c / 3}),
    # bins of a cosine of a product of a size and of an arctangent of an exponential of a difference; a
    # log of a cosh of a sine and a cube root of a product as regressions
    486: (3607, {"cosprodabs74": lambda a, b, c: np.cos(2 * a * np.abs(b)) * 3 + a - b + c / 3,
                 "atanexpdiff74": lambda a, b, c: np.arctan(np.exp(a - b) - 1) * 3 + a - b + c / 3},
          {"logcoshsin74": lambda a, b, c: np.log(np.cosh(3 * np.sin(a))) * 2 + b / 3 + c / 3,
           "cbrtprod74": lambda a, b, c: np.cbrt(a * b) * 2 + b / 3 + c / 3}),
    # bins of a tanh of a square of a sine and of a sigmoid of a difference of sizes; a Gaussian of a
    # cube and a sine of a ratio of a sum as regressions
    487: (3613, {"tanhsqsin74": lambda a, b, c: np.tanh(3 * np.sin(a + b) ** 2 - 1) * 3 + a - b + c / 3,
                 "sigdiffabs74": lambda a, b, c: _sigmoid(3 * (np.abs(a) - np.abs(b))) * 3 + a - b + c / 3},
          {"gausscub74": lambda a, b, c: np.exp(-a ** 6) * 3 + b / 3 + c / 3,
           "sinratsum74": lambda a, b, c: np.sin(3 * (a + b) / (1 + a ** 2)) * 3 + b / 3 + c / 3}),
    # bins of an exponential of a cosine of a product and of a tanh of a sum of sizes; an arctangent of
    # a difference of squares and a sine of a square root of a size-sum as regressions
    488: (3617, {"expcosprod75": lambda a, b, c: np.exp(np.cos(2 * a * b)) + a - b + c / 3,
                 "tanhabssum75": lambda a, b, c: np.tanh(2 * (np.abs(a) + np.abs(b)) - 2) * 3 + a - b + c / 3},
          {"atandiffsq75": lambda a, b, c: np.arctan(a ** 2 - b ** 2) * 3 + b / 3 + c / 3,
           "sinsqrtabssum75": lambda a, b, c: np.sin(3 * np.sqrt(np.abs(a) + np.abs(b))) * 3 + a + b / 3 + c / 3}),
    # bins of a log of a cosh of a difference of a sine and of a Gaussian of a size-difference; a
    # sigmoid of a cosine of a sum and a rectified arctangent of a product as regressions
    489: (3623, {"logcoshdiffsin75": lambda a, b, c: np.log(np.cosh(2 * (a - np.sin(b)))) + a - b + c / 3,
                 "gaussabsdiff75": lambda a, b, c: np.exp(-(np.abs(a) - np.abs(b)) ** 2 * 2) * 3 + a - b + c / 3},
          {"sigcossum75": lambda a, b, c: _sigmoid(3 * np.cos(a + b)) * 3 + b / 3 + c / 3,
           "reluatanprod75": lambda a, b, c: np.maximum(np.arctan(2 * a * b), 0) * 3 + b / 3 + c / 3}),
    # bins of a cube of a tanh of a difference and of a sine of a ratio of a product; a cosine of a
    # log of a size-sum and an exponential of a negative cube of a size as regressions
    490: (3631, {"cubtanhdiff75": lambda a, b, c: np.tanh(a - b) ** 3 * 3 + a - b + c / 3,
                 "sinratprod75": lambda a, b, c: np.sin(3 * a * b / (1 + a ** 2 + b ** 2)) * 1.5 + 2 * a - b + c / 3},
          {"coslogabssum75": lambda a, b, c: np.cos(3 * np.log1p(np.abs(a) + np.abs(b))) * 3 + b / 3 + c / 3,
           "expnegcubabs75": lambda a, b, c: np.exp(-np.abs(a) ** 3) * 3 + b / 3 + c / 3}),
    # bins of a sigmoid of a square of a difference and of a cosine of a sum of cubes; a tanh of a
    # product of sines and a square of an arctangent of a sum as regressions
    491: (3637, {"sigsqdiff75": lambda a, b, c: _sigmoid(2 * (a - b) ** 2 - 2) * 3 + a - b + c / 3,
                 "cossumcub75": lambda a, b, c: np.cos(a ** 3 + b ** 3) * 1.5 + 2 * a - b + c / 3},
          {"tanhprodsins75": lambda a, b, c: np.tanh(3 * np.sin(a) * np.sin(b)) * 3 + b / 3 + c / 3,
           "sqatansum75": lambda a, b, c: np.arctan(a + b) ** 2 * 3 + b / 3 + c / 3}),
    # bins of a sine of a product of a cosine and of an arctangent of a ratio of sizes; a Gaussian of
    # a sum of squares and a tanh of a log of a sum of squares as regressions
    492: (3643, {"sinprodcos76": lambda a, b, c: np.sin(3 * a * np.cos(b)) * 3 + a - b + c / 3,
                 "atanratabs76": lambda a, b, c: np.arctan(2 * np.abs(a) / (0.5 + np.abs(b))) * 3 + a - b + c / 3},
          {"gausssumsq76": lambda a, b, c: np.exp(-(a ** 2 + b ** 2) / 2) * 3 + b / 3 + c / 3,
           "tanhlogsumsq76": lambda a, b, c: np.tanh(np.log1p(a ** 2 + b ** 2) - 1) * 3 + a + b / 3 + c / 3}),
    # bins of a rectified cosine of a difference and of a sigmoid of a cube of a sum; a sine of an
    # exponential of a size and a log of a cosh of a product as regressions
    493: (3659, {"relucosdiff76": lambda a, b, c: np.maximum(np.cos(2 * (a - b)), 0) * 3 + a - b + c / 3,
                 "sigcubsum76": lambda a, b, c: _sigmoid((a + b) ** 3) * 3 + a - b + c / 3},
          {"sinexpabs76": lambda a, b, c: np.sin(2 * np.exp(np.abs(a) / 2)) * 3 + b / 3 + c / 3,
           "logcoshprod76": lambda a, b, c: np.log(np.cosh(2 * a * b)) + b / 3 + c / 3}),
    # bins of a tanh of a difference of sines and of a cosine of a square root of a size-product; an
    # arctangent of a cube of a difference and a Gaussian of a sine as regressions
    494: (3671, {"tanhdiffsin76": lambda a, b, c: np.tanh(3 * (np.sin(a) - np.sin(b))) * 3 + a - b + c / 3,
                 "cossqrtprod76": lambda a, b, c: np.cos(3 * np.sqrt(np.abs(a * b))) * 1.5 + 2 * a - b + c / 3},
          {"atancubdiff76": lambda a, b, c: np.arctan((a - b) ** 3) * 3 + b / 3 + c / 3,
           "gausssin76": lambda a, b, c: np.exp(-np.sin(2 * a) ** 2 * 3) * 3 + b / 3 + c / 3}),
    # bins of an exponential of a negative square of a ratio and of a sine of a sum of sizes; a
    # sigmoid of a product of a tanh and a cube root of a sum as regressions
    495: (3673, {"expnegsqrat76": lambda a, b, c: np.exp(-(a / (1 + np.abs(b))) ** 2) * 3 + a - b + c / 3,
                 "sinabssum76": lambda a, b, c: np.sin(2 * (np.abs(a) + np.abs(b))) * 1.5 + 2 * a - b + c / 3},
          {"sigprodtanh76": lambda a, b, c: _sigmoid(3 * a * np.tanh(b)) * 3 + b / 3 + c / 3,
           "cbrtsum76": lambda a, b, c: np.cbrt(a + b) * 2 + b / 3 + c / 3}),
    # bins of an arctangent of a product of sines and of an exponential of a negative size-ratio; a
    # cosine of a difference of cubes and a rectified tanh of a sum as regressions
    496: (3677, {"atanprodsins77": lambda a, b, c: np.arctan(4 * np.sin(a) * np.sin(b)) * 1.5 + 2 * a - b + c / 3,
                 "expnegabsrat77": lambda a, b, c: np.exp(-np.abs(a) / (0.5 + np.abs(b))) * 3 + a - b + c / 3},
          {"cosdiffcub77": lambda a, b, c: np.cos((a ** 3 - b ** 3) / 2) * 3 + b / 3 + c / 3,
           "relutanhsum77": lambda a, b, c: np.maximum(np.tanh(2 * (a + b)), 0) * 3 + b / 3 + c / 3}),
    # bins of a sigmoid of a sine of a product and of a log of a cosh of a sum of sizes; a sine of a
    # square of a sum and a cube root of a sine as regressions
    497: (3691, {"sigsinprod77": lambda a, b, c: _sigmoid(4 * np.sin(a * b)) * 1.5 + 2 * a - b + c / 3,
                 "logcoshabssum77": lambda a, b, c: np.log(np.cosh(np.abs(a) + np.abs(b))) + a - b + c / 3},
          {"sinsqsum77": lambda a, b, c: np.sin((a + b) ** 2) * 3 + 2 * a + b / 3 + c / 3,
           "cbrtsin77": lambda a, b, c: np.cbrt(np.sin(2 * a)) * 3 + b / 3 + c / 3}),
    # bins of a Gaussian of a difference of a square and of a tanh of a cosine of a size; an
    # exponential of a tanh of a product and an arctangent of a ratio of a difference as regressions
    498: (3697, {"gaussdiffsq77": lambda a, b, c: np.exp(-(a ** 2 - b) ** 2) * 3 + a - b + c / 3,
                 "tanhcosabs77": lambda a, b, c: np.tanh(3 * np.cos(2 * np.abs(a))) * 1.5 + 2 * a - b + c / 3},
          {"exptanhprod77": lambda a, b, c: np.exp(np.tanh(2 * a * b)) * 2 + b / 3 + c / 3,
           "atanratdiff77": lambda a, b, c: np.arctan(2 * (a - b) / (1 + a ** 2)) * 3 + b / 3 + c / 3}),
    # bins of a cosine of a sum of a sine and of a square of a sigmoid of a difference; a sine of a
    # cube root of a product and a Gaussian of a size-sum as regressions
    499: (3701, {"cossumsin77": lambda a, b, c: np.cos(2 * (a + np.sin(2 * b))) * 1.5 + 2 * a - b + c / 3,
                 "sqsigdiff77": lambda a, b, c: _sigmoid(3 * (a - b)) ** 2 * 3 + a - b + c / 3},
          {"sincbrtprod77": lambda a, b, c: np.sin(3 * np.cbrt(a * b)) * 3 + b / 3 + c / 3,
           "gaussabssum77": lambda a, b, c: np.exp(-(np.abs(a) + np.abs(b)) ** 2 / 2) * 3 + b / 3 + c / 3}),
    # bins of a tanh of a ratio of a product and of a cosine of a difference of sizes; a sigmoid of a
    # log of a sum of squares and a sine of a tanh of a sum as regressions
    500: (3709, {"tanhratprod78": lambda a, b, c: np.tanh(3 * a * b / (1 + np.abs(a))) * 1.5 + 2 * a - b + c / 3,
                 "cosabsdiff78": lambda a, b, c: np.cos(3 * (np.abs(a) - np.abs(b))) * 1.5 + 2 * a - b + c / 3},
          {"siglogsumsq78": lambda a, b, c: _sigmoid(2 * np.log1p(a ** 2 + b ** 2) - 2) * 3 + b / 3 + c / 3,
           "sintanhsum78": lambda a, b, c: np.sin(3 * np.tanh(a + b)) * 3 + b / 3 + c / 3}),
    # bins of a rectified sine of a square and of an exponential of a tanh of a size; a Gaussian of a
    # product of sizes and a cosine of a cube root of a difference as regressions
    501: (3719, {"relusinsq78": lambda a, b, c: np.maximum(np.sin(2 * a ** 2), 0) * 3 + a - b + c / 3,
                 "exptanhabs78": lambda a, b, c: np.exp(np.tanh(2 * np.abs(a) - 1)) * 2 + a - b + c / 3},
          {"gaussabsprod78": lambda a, b, c: np.exp(-np.abs(a * b) * 2) * 3 + b / 3 + c / 3,
           "coscbrtdiff78": lambda a, b, c: np.cos(3 * np.cbrt(a - b)) * 3 + a + b / 3 + c / 3}),
    # bins of an arctangent of a sine of a difference and of a log of a cosh of a cube; a tanh of a
    # square of a difference and an exponential of a cosine of a product as regressions
    502: (3727, {"atansindiff78": lambda a, b, c: np.arctan(3 * np.sin(a - b)) * 3 + a - b + c / 3,
                 "logcoshcub78": lambda a, b, c: np.log(np.cosh(a ** 3)) + a - b + c / 3},
          {"tanhsqdiff78": lambda a, b, c: np.tanh((a - b) ** 2 - 1) * 3 + b / 3 + c / 3,
           "expcosprod78": lambda a, b, c: np.exp(np.cos(2 * a * b)) * 2 + a + b / 3 + c / 3}),
    # bins of a sigmoid of a sum of sines and of a sine of a ratio of sizes; a cube of a tanh of a size
    # and a rectified cosine of a sum as regressions
    503: (3733, {"sigsumsins78": lambda a, b, c: _sigmoid(3 * (np.sin(a) + np.sin(b))) * 3 + a - b + c / 3,
                 "sinratabs78": lambda a, b, c: np.sin(3 * np.abs(a) / (1 + np.abs(b))) * 1.5 + 2 * a - b + c / 3},
          {"cubtanhabs78": lambda a, b, c: np.tanh(np.abs(a) - 1) ** 3 * 3 + b / 3 + c / 3,
           "relucossum78": lambda a, b, c: np.maximum(np.cos(2 * (a + b)), 0) * 3 + b / 3 + c / 3}),
    # bins of a cosine of a product of a tanh and of a Gaussian of a ratio of a sum; a sine of a
    # difference of squares and an arctangent of an exponential of a size as regressions
    504: (3739, {"cosprodtanh79": lambda a, b, c: np.cos(3 * a * np.tanh(b)) * 3 + a - b + c / 3,
                 "gaussratsum79": lambda a, b, c: np.exp(-((a + b) / (1 + np.abs(a))) ** 2) * 3 + a - b + c / 3},
          {"sindiffsq79": lambda a, b, c: np.sin(a ** 2 - b ** 2) * 3 + a + b / 3 + c / 3,
           "atanexpabs79": lambda a, b, c: np.arctan(np.exp(np.abs(a)) - 2) * 3 + b / 3 + c / 3}),
    # bins of a log of one plus a product of sizes and of a tanh of a sine of a sum; a sigmoid of a
    # cube of a difference and a cosine of a square of a size as regressions
    505: (3761, {"logabsprod79": lambda a, b, c: np.log1p(np.abs(a * b)) * 3 + a - b + c / 3,
                 "tanhsinsum79": lambda a, b, c: np.tanh(3 * np.sin(a + b)) * 3 + a - b + c / 3},
          {"sigcubdiff79": lambda a, b, c: _sigmoid((a - b) ** 3 / 2) * 3 + b / 3 + c / 3,
           "cossqabs79": lambda a, b, c: np.cos(np.abs(a) ** 2 * 2) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of an exponential of a sine of a product and of a rectified difference of squares; a log of
    # a cosh of a tanh of a sum and a sine of a sum of cubes as regressions
    506: (3767, {"expsinprod79": lambda a, b, c: np.exp(np.sin(2 * a * b)) * 2 + a - b + c / 3,
                 "reludiffsq79": lambda a, b, c: np.maximum(a ** 2 - b ** 2, 0) + a - b + c / 3},
          {"logcoshtanhsum79": lambda a, b, c: np.log(np.cosh(3 * np.tanh(a + b))) * 2 + b / 3 + c / 3,
           "sinsumcub79": lambda a, b, c: np.sin((a ** 3 + b ** 3) / 2) * 3 + b / 3 + c / 3}),
    # bins of an arctangent of a square of a sine and of a cosine of a Gaussian of a size; a tanh of a
    # ratio of a difference and a cube root of a sine of a product as regressions
    507: (3769, {"atansqsin79": lambda a, b, c: np.arctan(3 * np.sin(a + b) ** 2 - 1) * 1.5 + 2 * a - b + c / 3,
                 "cosgaussabs79": lambda a, b, c: np.cos(4 * np.exp(-a ** 2)) * 3 + a - b + c / 3},
          {"tanhratdiff79": lambda a, b, c: np.tanh(2 * (a - b) / (1 + np.abs(b))) * 3 + b / 3 + c / 3,
           "cbrtsinprod79": lambda a, b, c: np.cbrt(np.sin(2 * a * b)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sine of a tanh of a product and of a log of a cosh of a ratio; a Gaussian of a cube of a
    # difference and a sigmoid of a sine of a square as regressions
    508: (3779, {"sintanhprod80": lambda a, b, c: np.sin(3 * np.tanh(2 * a * b)) * 3 + a - b + c / 3,
                 "logcoshrat80": lambda a, b, c: np.log(np.cosh(3 * a / (1 + np.abs(b)))) + a - b + c / 3},
          {"gausscubdiff80": lambda a, b, c: np.exp(-(a - b) ** 6 / 4) * 3 + b / 3 + c / 3,
           "sigsinsq80": lambda a, b, c: _sigmoid(3 * np.sin(a ** 2)) * 3 + a + b / 3 + c / 3}),
    # bins of a cosine of an arctangent of a sum and of an exponential of a negative cube of a size; a
    # tanh of a difference of sines and a rectified log of a size-sum as regressions
    509: (3793, {"cosatansum80": lambda a, b, c: np.cos(4 * np.arctan(a + b)) * 1.5 + 2 * a - b + c / 3,
                 "expnegcub80": lambda a, b, c: np.exp(-np.abs(a) ** 3) * 1.5 + 2 * a - b + c / 3},
          {"tanhdiffsins80": lambda a, b, c: np.tanh(2 * (np.sin(2 * a) - np.sin(b))) * 3 + b / 3 + c / 3,
           "relulogabssum80": lambda a, b, c: np.maximum(np.log(np.abs(a) + np.abs(b) + 0.1), 0) * 3 + b / 3 + c / 3}),
    # bins of a sigmoid of a ratio of a difference of squares and of a sine of a cosine of a product; a
    # cube root of a tanh of a sum and a Gaussian of a sine of a difference as regressions
    510: (3797, {"sigratdiffsq80": lambda a, b, c: _sigmoid(3 * (a ** 2 - b ** 2) / (1 + a ** 2 + b ** 2)) * 3 + a - b + c / 3,
                 "sincosprod80": lambda a, b, c: np.sin(3 * np.cos(a * b)) * 1.5 + 2 * a - b + c / 3},
          {"cbrttanhsum80": lambda a, b, c: np.cbrt(np.tanh(a + b)) * 3 + b / 3 + c / 3,
           "gausssindiff80": lambda a, b, c: np.exp(-np.sin(a - b) ** 2 * 4) * 3 + a + b / 3 + c / 3}),
    # bins of an arctangent of a cube of a product and of a rectified cosine of a size-sum; an
    # exponential of a sine of a square and a tanh of a log of a product as regressions
    511: (3803, {"atancubprod80": lambda a, b, c: np.arctan((a * b) ** 3) * 3 + a - b + c / 3,
                 "relucosabssum80": lambda a, b, c: np.maximum(np.cos(2 * (np.abs(a) + np.abs(b))), 0) * 3 + a - b + c / 3},
          {"expsinsq80": lambda a, b, c: np.exp(np.sin(a ** 2)) * 2 + b / 3 + c / 3,
           "tanhlogabsprod80": lambda a, b, c: np.tanh(np.log1p(np.abs(a * b)) * 2 - 1) * 3 + a + b / 3 + c / 3}),
    # bins of a tanh of a cube of a sine and of a Gaussian of a product of a size; a sine of a ratio of a
    # square and a sigmoid of an exponential of a difference as regressions
    512: (3821, {"tanhcubsin81": lambda a, b, c: np.tanh(2 * np.sin(a + b) ** 3) * 3 + a - b + c / 3,
                 "gaussprodabs81": lambda a, b, c: np.exp(-(a * np.abs(b)) ** 2) * 3 + a - b + c / 3},
          {"sinratsq81": lambda a, b, c: np.sin(3 * a ** 2 / (1 + b ** 2)) * 3 + a + b / 3 + c / 3,
           "sigexpdiff81": lambda a, b, c: _sigmoid(np.exp(a - b) - 1) * 3 + b / 3 + c / 3}),
    # bins of a cosine of a log of a product of sizes and of an arctangent of a sum of sines; a
    # rectified sine of a cube and a tanh of a Gaussian of a sum as regressions
    513: (3823, {"coslogabsprod81": lambda a, b, c: np.cos(2 * np.log1p(np.abs(a * b))) * 3 + a - b + c / 3,
                 "atansumsins81": lambda a, b, c: np.arctan(3 * (np.sin(a) + np.sin(b))) * 3 + a - b + c / 3},
          {"relusincub81": lambda a, b, c: np.maximum(np.sin(a ** 3), 0) * 3 + b / 3 + c / 3,
           "tanhgausssum81": lambda a, b, c: np.tanh(3 * np.exp(-(a + b) ** 2)) * 3 + b / 3 + c / 3}),
    # bins of an exponential of a cosine of a difference of squares and of a sigmoid of a ratio; a log
    # of a cosh of a sine of a size and a cube of an arctangent of a difference as regressions
    514: (3833, {"expcosdiffsq81": lambda a, b, c: np.exp(np.cos(a ** 2 - b ** 2)) + a - b + c / 3,
                 "sigratio81": lambda a, b, c: _sigmoid(3 * a / (1 + np.abs(b))) * 3 + a - b + c / 3},
          {"logcoshsinabs81": lambda a, b, c: np.log(np.cosh(3 * np.sin(np.abs(a)))) * 2 + b / 3 + c / 3,
           "cubatandiff81": lambda a, b, c: np.arctan(a - b) ** 3 * 2 + b / 3 + c / 3}),
    # bins of a sine of a sum of a tanh and of a cube root of a product of sines; a Gaussian of a log
    # of a size and a cosine of a sigmoid of a sum as regressions
    515: (3847, {"sinsumtanh81": lambda a, b, c: np.sin(2 * (a + np.tanh(2 * b))) * 1.5 + 2 * a - b + c / 3,
                 "cbrtprodsins81": lambda a, b, c: np.cbrt(np.sin(2 * a) * np.sin(2 * b)) * 1.5 + 2 * a - b + c / 3},
          {"gausslogabs81": lambda a, b, c: np.exp(-np.log1p(np.abs(a)) ** 2 * 2) * 3 + b / 3 + c / 3,
           "cossigsum81": lambda a, b, c: np.cos(4 * _sigmoid(a + b)) * 3 + b / 3 + c / 3}),
    # bins of a sine of a product of a tanh and of a sigmoid of a difference of cubes; an arctangent of
    # a log of a sum of squares and a Gaussian of a sine of a ratio as regressions
    516: (3851, {"sinprodtanh82": lambda a, b, c: np.sin(3 * a * np.tanh(b)) * 1.5 + 2 * a - b + c / 3,
                 "sigdiffcub82": lambda a, b, c: _sigmoid(a ** 3 - b ** 3) * 3 + a - b + c / 3},
          {"atanlogsumsq82": lambda a, b, c: np.arctan(np.log1p(a ** 2 + b ** 2) - 1) * 3 + b / 3 + c / 3,
           "gausssinrat82": lambda a, b, c: np.exp(-np.sin(a / (1 + np.abs(b))) ** 2 * 3) * 3 + b / 3 + c / 3}),
    # bins of a cosine of a rectified sum and of a tanh of a product of cosines; a cube root of a
    # difference of sines and a sigmoid of a square of a sum as regressions
    517: (3853, {"cosrelusum82": lambda a, b, c: np.cos(2 * np.maximum(a + b, 0)) * 3 + a - b + c / 3,
                 "tanhprodcos82": lambda a, b, c: np.tanh(3 * np.cos(a) * np.cos(b)) * 3 + a - b + c / 3},
          {"cbrtdiffsins82": lambda a, b, c: np.cbrt(np.sin(2 * a) - np.sin(b)) * 2 + b / 3 + c / 3,
           "sigsqsum82": lambda a, b, c: _sigmoid((a + b) ** 2 - 1) * 3 + b / 3 + c / 3}),
    # bins of an exponential of a negative size of a difference and of a sine of a square root of a
    # size; a tanh of a ratio of sines and a log of a cosh of a product as regressions
    518: (3863, {"expnegabsdiff82": lambda a, b, c: np.exp(-np.abs(a - b)) * 3 + a - b + c / 3,
                 "sinsqrtabs82": lambda a, b, c: np.sin(3 * np.sqrt(np.abs(a * b))) * 1.5 + 2 * a - b + c / 3},
          {"tanhratsins82": lambda a, b, c: np.tanh(np.sin(a) / (1.5 + np.sin(b))) * 3 + b / 3 + c / 3,
           "logcoshprod82": lambda a, b, c: np.log(np.cosh(a * b)) + b / 3 + c / 3}),
    # bins of an arctangent of a cube of a sum and of a cosine of a Gaussian of a size; a sine of a
    # log of a size of a product and a cube of a sigmoid of a difference as regressions
    519: (3877, {"atancubsum82": lambda a, b, c: np.arctan((a + b) ** 3) * 3 + a - b + c / 3,
                 "cosgaussabs82": lambda a, b, c: np.cos(4 * np.exp(-np.abs(a) * b ** 2)) * 3 + a - b + c / 3},
          {"sinlogabsprod82": lambda a, b, c: np.sin(2 * np.log1p(np.abs(a * b))) * 3 + b / 3 + c / 3,
           "cubsigdiff82": lambda a, b, c: _sigmoid(2 * (a - b)) ** 3 * 3 + b / 3 + c / 3}),
    # bins of a tanh of a sum of a sine and a square and of a Gaussian of a ratio; a cosine of a cube
    # root of a product and an arctangent of an exponential of a sum as regressions
    520: (3881, {"tanhsinsq83": lambda a, b, c: np.tanh(2 * (np.sin(2 * a) + b ** 2 - 1)) * 3 + a - b + c / 3,
                 "gaussrat83": lambda a, b, c: np.exp(-(a / (1 + b ** 2)) ** 2 * 2) * 3 + a - b + c / 3},
          {"coscbrtprod83": lambda a, b, c: np.cos(3 * np.cbrt(a * b)) * 3 + b / 3 + c / 3,
           "atanexpsum83": lambda a, b, c: np.arctan(np.exp(a + b) - 1) * 3 + b / 3 + c / 3}),
    # bins of a sigmoid of a product of sines and of a cube of a cosine of a difference; a sine of a
    # rectified difference and a log of a size of a sum of sines as regressions
    521: (3889, {"sigprodsins83": lambda a, b, c: _sigmoid(4 * np.sin(a) * np.sin(2 * b)) * 3 + a - b + c / 3,
                 "cubcosdiff83": lambda a, b, c: np.cos(2 * (a - b)) ** 3 * 1.5 + 2 * a - b + c / 3},
          {"sinreludiff83": lambda a, b, c: np.sin(3 * np.maximum(a - b, 0)) * 3 + 2 * a + b / 3 + c / 3,
           "logabssumsins83": lambda a, b, c: np.log1p(np.abs(np.sin(2 * a) + np.sin(2 * b))) * 3 + b / 3 + c / 3}),
    # bins of a cosine of an exponential of a size and of an arctangent of a ratio of squares; a
    # Gaussian of a difference of cubes and a tanh of a log of a cosh as regressions
    522: (3907, {"cosexpabs83": lambda a, b, c: np.cos(2 * np.exp(-np.abs(a)) + 2 * b) * 1.5 + 2 * a - b + c / 3,
                 "atanratsq83": lambda a, b, c: np.arctan(3 * (a ** 2 - 1) / (1 + b ** 2)) * 3 + a - b + c / 3},
          {"gaussdiffcub83": lambda a, b, c: np.exp(-(a ** 3 - b ** 3) ** 2) * 3 + b / 3 + c / 3,
           "tanhlogcosh83": lambda a, b, c: np.tanh(np.log(np.cosh(2 * a)) - b) * 3 + b / 3 + c / 3}),
    # bins of a sine of a cosine of a sum and of a sigmoid of a size of a product; a square of a tanh
    # of a difference and a cube root of a sine of a product as regressions
    523: (3911, {"sincossum83": lambda a, b, c: np.sin(3 * np.cos(a + b)) * 1.5 + 2 * a - b + c / 3,
                 "sigabsprod83": lambda a, b, c: _sigmoid(3 * np.abs(a * b) - 1) * 3 + a - b + c / 3},
          {"sqtanhdiff83": lambda a, b, c: np.tanh(2 * (a - b)) ** 2 * 3 + b / 3 + c / 3,
           "cbrtsinprod83": lambda a, b, c: np.cbrt(np.sin(2 * a * b)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a cosine of a tanh of a product and of a Gaussian of a sum of sines; a sigmoid of a log
    # of a cosh of a difference and a sine of a cube of a ratio as regressions
    524: (3917, {"costanhprod84": lambda a, b, c: np.cos(3 * np.tanh(a * b)) * 1.5 + 2 * a - b + c / 3,
                 "gausssumsins84": lambda a, b, c: np.exp(-(np.sin(2 * a) + np.sin(2 * b)) ** 2) * 3 + a - b + c / 3},
          {"siglogcoshdiff84": lambda a, b, c: _sigmoid(np.log(np.cosh(2 * (a - b))) - 1) * 3 + b / 3 + c / 3,
           "sincubrat84": lambda a, b, c: np.sin((a / (1 + np.abs(b))) ** 3 * 2) * 3 + b / 3 + c / 3}),
    # bins of an arctangent of a difference of sines and of a rectified cosine of a product; a tanh
    # of a square root of a size of a sum and an exponential of a sine of a difference as regressions
    525: (3919, {"atandiffsins84": lambda a, b, c: np.arctan(3 * (np.sin(2 * a) - np.sin(b))) * 3 + a - b + c / 3,
                 "relucosprod84": lambda a, b, c: np.maximum(np.cos(2 * a * b), 0) * 1.5 + 2 * a - b + c / 3},
          {"tanhsqrtabssum84": lambda a, b, c: np.tanh(2 * np.sqrt(np.abs(a + b)) - 1) * 3 + b / 3 + c / 3,
           "expsindiff84": lambda a, b, c: np.exp(np.sin(2 * (a - b))) + 2 * a + b / 3 + c / 3}),
    # bins of a sine of an exponential of a difference and of a cube of a tanh of a sum; a Gaussian
    # of a product of a size and a cosine of a log of a cosh as regressions
    526: (3923, {"sinexpdiff84": lambda a, b, c: np.sin(2 * np.exp(0.5 * (a - b))) * 1.5 + 2 * a - b + c / 3,
                 "cubtanhsum84": lambda a, b, c: np.tanh(a + b) ** 3 * 3 + a - b + c / 3},
          {"gaussprodabs84": lambda a, b, c: np.exp(-(np.abs(a) * b) ** 2) * 3 + b / 3 + c / 3,
           "coslogcosh84": lambda a, b, c: np.cos(2 * np.log(np.cosh(a + b))) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sigmoid of a sum of a square and a sine and of a cosine of a ratio of sizes; an
    # arctangent of a cube of a difference and a log of a size of a product of sines as regressions
    527: (3929, {"sigsqsin84": lambda a, b, c: _sigmoid(3 * (a ** 2 - np.sin(2 * b)) - 1) * 3 + a - b + c / 3,
                 "cosratabs84": lambda a, b, c: np.cos(3 * np.abs(a) / (1 + np.abs(b))) * 3 + a - b + c / 3},
          {"atancubdiff84": lambda a, b, c: np.arctan((a - b) ** 3) * 3 + b / 3 + c / 3,
           "logabsprodsins84": lambda a, b, c: np.log1p(np.abs(np.sin(2 * a) * np.sin(2 * b))) * 3 + b / 3 + c / 3}),
    # bins of a tanh of a cosine of a difference and of a sine of a Gaussian of a product; a cube root
    # of a sum of squares and a sigmoid of a sine of a ratio as regressions
    528: (3931, {"tanhcosdiff85": lambda a, b, c: np.tanh(3 * np.cos(a - b)) * 3 + a - b + c / 3,
                 "singaussprod85": lambda a, b, c: np.sin(4 * np.exp(-(a * b) ** 2)) * 3 + a - b + c / 3},
          {"cbrtsumsq85": lambda a, b, c: np.cbrt(a ** 2 + b ** 2 - 1) * 2 + b / 3 + c / 3,
           "sigsinrat85": lambda a, b, c: _sigmoid(3 * np.sin(a / (1 + np.abs(b)))) * 3 + b / 3 + c / 3}),
    # bins of an exponential of a negative square of a sine and of an arctangent of a product of a
    # size; a cosine of a sum of a square and a log of a cosh of a ratio as regressions
    529: (3943, {"expnegsqsin85": lambda a, b, c: np.exp(-np.sin(a + b) ** 2 * 3) * 3 + a - b + c / 3,
                 "atanprodabs85": lambda a, b, c: np.arctan(3 * a * np.abs(b)) * 3 + a - b + c / 3},
          {"cossumsq85": lambda a, b, c: np.cos(a ** 2 + b) * 3 + b / 3 + c / 3,
           "logcoshrat85": lambda a, b, c: np.log(np.cosh(3 * a / (1 + b ** 2))) + b / 3 + c / 3}),
    # bins of a sigmoid of a cube of a difference and of a sine of a rectified product; a tanh of an
    # exponential of a size and a Gaussian of a sum of a cube as regressions
    530: (3947, {"sigcubdiff85": lambda a, b, c: _sigmoid((a - b) ** 3) * 3 + a - b + c / 3,
                 "sinreluprod85": lambda a, b, c: np.sin(3 * np.maximum(a * b, 0)) * 3 + a - b + c / 3},
          {"tanhexpabs85": lambda a, b, c: np.tanh(np.exp(-np.abs(a)) * 3 - b) * 3 + b / 3 + c / 3,
           "gausssumcub85": lambda a, b, c: np.exp(-(a ** 3 + b) ** 2) * 3 + b / 3 + c / 3}),
    # bins of a cosine of a square root of a size of a difference and of a tanh of a ratio of sines;
    # a sine of a sigmoid of a product and an arctangent of a log of a size as regressions
    531: (3967, {"cossqrtabsdiff85": lambda a, b, c: np.cos(3 * np.sqrt(np.abs(a - b))) * 3 + a - b + c / 3,
                 "tanhratsins85": lambda a, b, c: np.tanh(np.sin(2 * a) / (1.2 + np.sin(b))) * 3 + a - b + c / 3},
          {"sinsigprod85": lambda a, b, c: np.sin(4 * _sigmoid(a * b)) * 3 + b / 3 + c / 3,
           "atanlogabs85": lambda a, b, c: np.arctan(2 * np.log1p(np.abs(a)) - 1) * 3 + b / 3 + c / 3}),
    # bins of a sine of a tanh of a sum and of an exponential of a cosine of a product; a sigmoid of
    # a difference of squares and a cube of a sine of a size as regressions
    532: (3989, {"sintanhsum86": lambda a, b, c: np.sin(3 * np.tanh(a + b)) * 3 + a - b + c / 3,
                 "expcosprod86": lambda a, b, c: np.exp(np.cos(2 * a * b)) + a - b + c / 3},
          {"sigdiffsq86": lambda a, b, c: _sigmoid(2 * (a ** 2 - b ** 2)) * 3 + b / 3 + c / 3,
           "cubsinabs86": lambda a, b, c: np.sin(2 * np.abs(a)) ** 3 * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a Gaussian of a tanh of a difference and of an arctangent of a sum of cubes; a cosine
    # of a rectified sum and a log of a size of a ratio as regressions
    533: (4001, {"gausstanhdiff86": lambda a, b, c: np.exp(-np.tanh(2 * (a - b)) ** 2 * 3) * 3 + a - b + c / 3,
                 "atansumcub86": lambda a, b, c: np.arctan(a ** 3 + b ** 3) * 3 + a - b + c / 3},
          {"cosrelusum86": lambda a, b, c: np.cos(3 * np.maximum(a + b, 0)) * 3 + b / 3 + c / 3,
           "logabsrat86": lambda a, b, c: np.log1p(np.abs(a / (0.5 + np.abs(b)))) * 3 + b / 3 + c / 3}),
    # bins of a cube root of a difference of sines and of a sigmoid of a log of a cosh; a tanh of a
    # product of cosines and a sine of a square root of a sum of squares as regressions
    534: (4003, {"cbrtdiffsins86": lambda a, b, c: np.cbrt(np.sin(3 * a) - np.sin(2 * b)) * 3 + a - b + c / 3,
                 "siglogcosh86": lambda a, b, c: _sigmoid(np.log(np.cosh(2 * a)) - 1 + b) * 3 + a - b + c / 3},
          {"tanhprodcos86": lambda a, b, c: np.tanh(3 * np.cos(a) * np.cos(2 * b)) * 3 + b / 3 + c / 3,
           "sinsqrtsumsq86": lambda a, b, c: np.sin(3 * np.sqrt(a ** 2 + b ** 2)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a cosine of a cube of a sum and of a Gaussian of a ratio of a size; an exponential of a
    # negative size of a product and an arctangent of a sine of a difference as regressions
    535: (4007, {"coscubsum86": lambda a, b, c: np.cos((a + b) ** 3) * 3 + a - b + c / 3,
                 "gaussratabs86": lambda a, b, c: np.exp(-(np.abs(a) / (0.5 + b ** 2)) ** 2) * 3 + a - b + c / 3},
          {"expnegabsprod86": lambda a, b, c: np.exp(-np.abs(a * b)) * 3 + b / 3 + c / 3,
           "atansindiff86": lambda a, b, c: np.arctan(3 * np.sin(a - b)) * 3 + b / 3 + c / 3}),
    # bins of an arctangent of a cosine of a product and of a tanh of a cube of a difference; a
    # Gaussian of a sine of a sum and a sigmoid of a ratio of squares as regressions
    536: (4013, {"atancosprod87": lambda a, b, c: np.arctan(3 * np.cos(a * b)) * 3 + a - b + c / 3,
                 "tanhcubdiff87": lambda a, b, c: np.tanh((a - b) ** 3) * 3 + a - b + c / 3},
          {"gausssinsum87": lambda a, b, c: np.exp(-np.sin(a + b) ** 2 * 3) * 3 + b / 3 + c / 3,
           "sigratsq87": lambda a, b, c: _sigmoid(3 * a ** 2 / (1 + b ** 2) - 1) * 3 + b / 3 + c / 3}),
    # bins of a sine of a log of a cosh of a sum and of a cube root of a product; a cosine of an
    # exponential of a difference and a tanh of a size of a sine as regressions
    537: (4019, {"sinlogcoshsum87": lambda a, b, c: np.sin(3 * np.log(np.cosh(a + b))) * 1.5 + 2 * a - b + c / 3,
                 "cbrtprod87": lambda a, b, c: np.cbrt(a * b) * 3 + a - b + c / 3},
          {"cosexpdiff87": lambda a, b, c: np.cos(2 * np.exp(0.5 * (a - b))) * 3 + b / 3 + c / 3,
           "tanhabssin87": lambda a, b, c: np.tanh(3 * np.abs(np.sin(2 * a)) - 1) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sigmoid of a sum of cosines and of a Gaussian of a cube of a size; a sine of a ratio
    # of a sum and an arctangent of a square of a difference as regressions
    538: (4021, {"sigsumcos87": lambda a, b, c: _sigmoid(3 * (np.cos(2 * a) + np.cos(2 * b))) * 3 + a - b + c / 3,
                 "gausscubabs87": lambda a, b, c: np.exp(-np.abs(a) ** 3 + b) * 1.5 + a - b + c / 3},
          {"sinratsum87": lambda a, b, c: np.sin(3 * (a + b) / (1 + a ** 2)) * 3 + b / 3 + c / 3,
           "atansqdiff87": lambda a, b, c: np.arctan((a - b) ** 2 - 1) * 3 + b / 3 + c / 3}),
    # bins of a cosine of a sigmoid of a product and of an exponential of a negative cube of a sum; a
    # log of a size of a difference of sines and a tanh of a cube root of a sum as regressions
    539: (4027, {"cossigprod87": lambda a, b, c: np.cos(6 * _sigmoid(a * b)) * 1.5 + 2 * a - b + c / 3,
                 "expnegcubsum87": lambda a, b, c: np.exp(-np.abs(a + b) ** 3) * 3 + a - b + c / 3},
          {"logabsdiffsins87": lambda a, b, c: np.log1p(np.abs(np.sin(2 * a) - np.sin(2 * b))) * 3 + b / 3 + c / 3,
           "tanhcbrtsum87": lambda a, b, c: np.tanh(2 * np.cbrt(a + b)) * 3 + b / 3 + c / 3}),
    # bins of a tanh of a sine of a product and of a sigmoid of a Gaussian of a difference; a cosine
    # of a cube root of a sum and an exponential of a tanh of a ratio as regressions
    540: (4049, {"tanhsinprod88": lambda a, b, c: np.tanh(3 * np.sin(2 * a * b)) * 1.5 + 2 * a - b + c / 3,
                 "siggaussdiff88": lambda a, b, c: _sigmoid(6 * np.exp(-(a - b) ** 2) - 3) * 3 + a - b + c / 3},
          {"coscbrtsum88": lambda a, b, c: np.cos(3 * np.cbrt(a + b)) * 3 + b / 3 + c / 3,
           "exptanhrat88": lambda a, b, c: np.exp(np.tanh(2 * a / (1 + b ** 2))) + b / 3 + c / 3}),
    # bins of an arctangent of a log of a size of a product and of a cosine of a sum of cubes; a sine
    # of a difference of a size and a sigmoid of a sum of sines as regressions
    541: (4051, {"atanlogabsprod88": lambda a, b, c: np.arctan(3 * np.log1p(np.abs(a * b)) - 1) * 3 + a - b + c / 3,
                 "cossumcub88": lambda a, b, c: np.cos(a ** 3 + b ** 3) * 1.5 + 2 * a - b + c / 3},
          {"sindiffabs88": lambda a, b, c: np.sin(3 * (np.abs(a) - b)) * 3 + 2 * a + b / 3 + c / 3,
           "sigsumsins88": lambda a, b, c: _sigmoid(3 * (np.sin(2 * a) + np.sin(2 * b))) * 3 + b / 3 + c / 3}),
    # bins of a Gaussian of a cosine of a ratio and of a tanh of a rectified difference; a log of a
    # cosh of a product of sines and a cube of an arctangent of a sum as regressions
    542: (4057, {"gausscosrat88": lambda a, b, c: np.exp(-np.cos(2 * a / (1 + np.abs(b))) ** 2 * 3) * 3 + a - b + c / 3,
                 "tanhreludiff88": lambda a, b, c: np.tanh(3 * np.maximum(a - b, 0)) * 3 + a - b + c / 3},
          {"logcoshprodsins88": lambda a, b, c: np.log(np.cosh(3 * np.sin(a) * np.sin(b))) * 2 + b / 3 + c / 3,
           "cubatansum88": lambda a, b, c: np.arctan(a + b) ** 3 * 2 + b / 3 + c / 3}),
    # bins of a sine of a square of a sum and of an exponential of a negative size of a ratio; a
    # tanh of a difference of squares and a Gaussian of a cosine of a product as regressions
    543: (4073, {"sinsqsum88": lambda a, b, c: np.sin((a + b) ** 2) * 3 + a - b + c / 3,
                 "expnegabsrat88": lambda a, b, c: np.exp(-np.abs(a / (0.5 + np.abs(b)))) * 3 + a - b + c / 3},
          {"tanhdiffsq88": lambda a, b, c: np.tanh(a ** 2 - b ** 2) * 3 + b / 3 + c / 3,
           "gausscosprod88": lambda a, b, c: np.exp(-np.cos(a * b) ** 2 * 3) * 3 + b / 3 + c / 3}),
    # bins of a cosine of a log of a size of a sum and of a tanh of a square of a ratio; a sigmoid of
    # a product of sines and an arctangent of a difference of cubes as regressions
    544: (4079, {"coslogabssum89": lambda a, b, c: np.cos(3 * np.log1p(np.abs(a + b))) * 3 + a - b + c / 3,
                 "tanhsqrat89": lambda a, b, c: np.tanh((a / (1 + np.abs(b))) ** 2 * 3 - 1) * 3 + a - b + c / 3},
          {"sigprodsins89": lambda a, b, c: _sigmoid(6 * np.sin(a) * np.sin(2 * b)) * 3 + b / 3 + c / 3,
           "atandiffcub89": lambda a, b, c: np.arctan(a ** 3 - b ** 3) * 2 + b / 3 + c / 3}),
    # bins of a Gaussian of a sine of a sum and of a cube root of a product; an exponential of a
    # cosine of a difference and a tanh of a rectified sum as regressions
    545: (4091, {"gausssinsum89": lambda a, b, c: np.exp(-np.sin(2 * (a + b)) ** 2 * 3) * 1.5 + 2 * a - b + c / 3,
                 "cbrtprod89": lambda a, b, c: np.cbrt(3 * a * b) * 2 + a - b + c / 3},
          {"expcosdiff89": lambda a, b, c: np.exp(np.cos(2 * (a - b))) + b / 3 + c / 3,
           "tanhrelusum89": lambda a, b, c: np.tanh(2 * np.maximum(a + b, 0)) * 3 + b / 3 + c / 3}),
    # bins of a sine of a ratio of a sum to a size and of a sigmoid of a difference of squares; a
    # log of a cosh of a difference and a cosine of a product of a sum as regressions
    546: (4093, {"sinratsumabs89": lambda a, b, c: np.sin(3 * (a + b) / (1 + np.abs(a))) * 3 + a - b + c / 3,
                 "sigdiffsq89": lambda a, b, c: _sigmoid(3 * (a ** 2 - b ** 2)) * 1.5 + 2 * a - b + c / 3},
          {"logcoshdiff89": lambda a, b, c: np.log(np.cosh(2 * (a - b))) + b / 3 + c / 3,
           "cosprodsum89": lambda a, b, c: np.cos(a * (a + b)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of an arctangent of a sine of a product and of a Gaussian of a size of a difference; a
    # tanh of a cube of a sum and a sine of an exponential of a ratio as regressions
    547: (4099, {"atansinprod89": lambda a, b, c: np.arctan(3 * np.sin(2 * a * b)) * 3 + a - b + c / 3,
                 "gaussabsdiff89": lambda a, b, c: np.exp(-np.abs(a - b) * 2) * 3 + a - b + c / 3},
          {"tanhcubsum89": lambda a, b, c: np.tanh((a + b) ** 3) * 3 + b / 3 + c / 3,
           "sinexprat89": lambda a, b, c: np.sin(2 * np.exp(a / (1 + b ** 2))) * 2 + b / 3 + c / 3}),
    # bins of a tanh of a cosine of a sum of squares and of an arctangent of a cube root of a
    # difference; a Gaussian of a product of a sum and a sigmoid of a log of a cosh as regressions
    548: (4111, {"tanhcossumsq89": lambda a, b, c: np.tanh(3 * np.cos(a ** 2 + b ** 2)) * 1.5 + 2 * a - b + c / 3,
                 "atancbrtdiff89": lambda a, b, c: np.arctan(3 * np.cbrt(a - b)) * 3 + a - b + c / 3},
          {"gaussprodsum89": lambda a, b, c: np.exp(-(a * (a + b)) ** 2) * 3 + b / 3 + c / 3,
           "siglogcosh89": lambda a, b, c: _sigmoid(2 * np.log(np.cosh(2 * a)) - 2 * b) * 3 + b / 3 + c / 3}),
    # bins of an exponential of a sine of a difference and of a sine of a size of a product; a cosine
    # of a ratio of a difference and a tanh of a sum of sines as regressions
    549: (4127, {"expsindiff89": lambda a, b, c: np.exp(np.sin(3 * (a - b))) * 1.5 + a - b + c / 3,
                 "sinabsprod89": lambda a, b, c: np.sin(3 * np.abs(a * b)) * 1.5 + 2 * a - b + c / 3},
          {"cosratdiff89": lambda a, b, c: np.cos(3 * (a - b) / (1 + np.abs(b))) * 3 + b / 3 + c / 3,
           "tanhsumsins89": lambda a, b, c: np.tanh(2 * (np.sin(2 * a) + np.sin(3 * b))) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sigmoid of a cube of a difference and of a Gaussian of a ratio; a sine of a square of a
    # difference and an arctangent of an exponential of a sum as regressions
    550: (4129, {"sigcubdiff89": lambda a, b, c: _sigmoid(3 * (a - b) ** 3) * 3 + a - b + c / 3,
                 "gaussrat89": lambda a, b, c: np.exp(-(a / (0.5 + np.abs(b))) ** 2) * 3 + a - b + c / 3},
          {"sinsqdiff89": lambda a, b, c: np.sin((a - b) ** 2) * 3 + 2 * a + b / 3 + c / 3,
           "atanexpsum89": lambda a, b, c: np.arctan(np.exp(a + b) - 1) * 3 + b / 3 + c / 3}),
    # bins of a cosine of a product of a size and of a log of a cosh of a sum; a tanh of a ratio of
    # sines and a cube of a sine of a difference as regressions
    551: (4133, {"cosprodabs89": lambda a, b, c: np.cos(3 * a * np.abs(b)) * 3 + a - b + c / 3,
                 "logcoshsum89": lambda a, b, c: np.log(np.cosh(2 * (a + b))) * 1.5 + a - b + c / 3},
          {"tanhratsins89": lambda a, b, c: np.tanh(3 * np.sin(2 * a) / (1.5 + np.sin(b))) * 3 + b / 3 + c / 3,
           "cubsindiff89": lambda a, b, c: np.sin(2 * (a - b)) ** 3 * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sine of a log of a cosh of a difference and of a tanh of a product of a size; a
    # sigmoid of a cosine of a sum and a Gaussian of a cube root of a product as regressions
    552: (4139, {"sinlogcoshdiff89": lambda a, b, c: np.sin(3 * np.log(np.cosh(a - b))) * 1.5 + 2 * a - b + c / 3,
                 "tanhprodabs89": lambda a, b, c: np.tanh(3 * a * np.abs(b)) * 3 + a - b + c / 3},
          {"sigcossum89": lambda a, b, c: _sigmoid(4 * np.cos(2 * (a + b))) * 3 + b / 3 + c / 3,
           "gausscbrtprod89": lambda a, b, c: np.exp(-np.cbrt(a * b) ** 2 * 2) * 3 + b / 3 + c / 3}),
    # bins of an arctangent of a ratio of squares and of a cosine of a sine of a sum; an exponential
    # of a negative square of a difference and a sine of a product of cubes as regressions
    553: (4153, {"atanratsq89": lambda a, b, c: np.arctan(3 * a ** 2 / (1 + b ** 2) - 1) * 3 + a - b + c / 3,
                 "cossinsum89": lambda a, b, c: np.cos(3 * np.sin(a + b)) * 3 + a - b + c / 3},
          {"expnegsqdiff89": lambda a, b, c: np.exp(-(a - b) ** 2) * 3 + b / 3 + c / 3,
           "sinprodcub89": lambda a, b, c: np.sin(a ** 3 * b) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a Gaussian of a tanh of a sum and of a sigmoid of a ratio of a product; a cube root of
    # a cosine of a difference and a log of a size of a sine of a product as regressions
    554: (4157, {"gausstanhsum89": lambda a, b, c: np.exp(-np.tanh(2 * (a + b)) ** 2 * 3) * 3 + a - b + c / 3,
                 "sigratprod89": lambda a, b, c: _sigmoid(6 * a * b / (1 + a ** 2)) * 3 + a - b + c / 3},
          {"cbrtcosdiff89": lambda a, b, c: np.cbrt(np.cos(2 * (a - b))) * 3 + 2 * a + b / 3 + c / 3,
           "logabssinprod89": lambda a, b, c: np.log1p(np.abs(np.sin(2 * a * b))) * 3 + b / 3 + c / 3}),
    # bins of a cosine of an exponential of a difference and of a sine of a cube of a sum; a tanh of
    # a Gaussian of a ratio and an arctangent of a product of a size as regressions
    555: (4159, {"cosexpdiff89": lambda a, b, c: np.cos(2 * np.exp((a - b) / 2)) * 3 + a - b + c / 3,
                 "sincubsum89": lambda a, b, c: np.sin((a + b) ** 3) * 1.5 + 2 * a - b + c / 3},
          {"tanhgaussrat89": lambda a, b, c: np.tanh(3 * np.exp(-(a / (1 + np.abs(b))) ** 2)) * 3 + b / 3 + c / 3,
           "atanprodabs89": lambda a, b, c: np.arctan(2 * a * np.abs(b)) * 3 + b / 3 + c / 3}),
    # bins of a tanh of an exponential of a negative sum and of a cosine of a difference of sizes; a
    # sine of a sigmoid of a product and a cube root of a sum of sines as regressions
    556: (4177, {"tanhexpnegsum89": lambda a, b, c: np.tanh(2 * np.exp(-(a + b)) - 1) * 3 + a - b + c / 3,
                 "cosdiffabs89": lambda a, b, c: np.cos(3 * (np.abs(a) - np.abs(b))) * 1.5 + 2 * a - b + c / 3},
          {"sinsigprod89": lambda a, b, c: np.sin(6 * _sigmoid(2 * a * b)) * 3 + b / 3 + c / 3,
           "cbrtsumsins89": lambda a, b, c: np.cbrt(np.sin(2 * a) + np.sin(2 * b)) * 3 + b / 3 + c / 3}),
    # bins of a Gaussian of a log of a size of a ratio and of an arctangent of a cosh; a tanh of a
    # square of a sine and a sigmoid of a cube of a difference as regressions
    557: (4201, {"gausslogabsrat89": lambda a, b, c: np.exp(-np.log1p(np.abs(a / (1 + b ** 2))) ** 2 * 3) * 3 + a - b + c / 3,
                 "atancosh89": lambda a, b, c: np.arctan(np.cosh(a) - 2 * b) * 3 + a - b + c / 3},
          {"tanhsqsin89": lambda a, b, c: np.tanh(3 * np.sin(a + b) ** 2) * 3 + 2 * a + b / 3 + c / 3,
           "sigcubdiffreg89": lambda a, b, c: _sigmoid(2 * (a - b) ** 3) * 3 + b / 3 + c / 3}),
    # bins of a sine of a product of a sum and a difference and of an exponential of a cosine of a
    # ratio; a log of a cosh of a product and an arctangent of a square of a sum as regressions
    558: (4211, {"sinsumdiff89": lambda a, b, c: np.sin((a + b) * (a - b)) * 1.5 + 2 * a - b + c / 3,
                 "expcosrat89": lambda a, b, c: np.exp(np.cos(3 * a / (1 + np.abs(b)))) * 1.5 + a - b + c / 3},
          {"logcoshprod89": lambda a, b, c: np.log(np.cosh(2 * a * b)) + b / 3 + c / 3,
           "atansqsum89": lambda a, b, c: np.arctan((a + b) ** 2 - 1) * 3 + b / 3 + c / 3}),
    # bins of a sigmoid of a sine of a product and of a tanh of a rectified difference of squares; a
    # Gaussian of a difference of cubes and a cosine of a size of a sum as regressions
    559: (4217, {"sigsinprod89": lambda a, b, c: _sigmoid(4 * np.sin(3 * a * b)) * 3 + a - b + c / 3,
                 "tanhreludiffsq89": lambda a, b, c: np.tanh(2 * np.maximum(a ** 2 - b ** 2, 0)) * 3 + a - b + c / 3},
          {"gaussdiffcub89": lambda a, b, c: np.exp(-(a ** 3 - b ** 3) ** 2) * 3 + b / 3 + c / 3,
           "cosabssum89": lambda a, b, c: np.cos(3 * np.abs(a + b)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a cube root of a sine of a sum and of a Gaussian of a product of sines; a tanh of a log
    # of a size of a difference and an exponential of a sigmoid of a ratio as regressions
    560: (4219, {"cbrtsinsum89": lambda a, b, c: np.cbrt(np.sin(3 * (a + b))) * 1.5 + 2 * a - b + c / 3,
                 "gaussprodsins89": lambda a, b, c: np.exp(-(3 * np.sin(a) * np.sin(b)) ** 2) * 3 + a - b + c / 3},
          {"tanhlogabsdiff89": lambda a, b, c: np.tanh(2 * np.log1p(np.abs(a - b)) - 1) * 3 + b / 3 + c / 3,
           "expsigrat89": lambda a, b, c: np.exp(2 * _sigmoid(3 * a / (1 + b ** 2))) + b / 3 + c / 3}),
    # bins of a cosine of a cube of a difference and of an arctangent of a product of a sum; a sine of
    # a ratio of squares and a Gaussian of a tanh of a product as regressions
    561: (4229, {"coscubdiff89": lambda a, b, c: np.cos((a - b) ** 3) * 3 + a - b + c / 3,
                 "atanprodsum89": lambda a, b, c: np.arctan(3 * a * (a + b)) * 1.5 + 2 * a - b + c / 3},
          {"sinratsq89": lambda a, b, c: np.sin(3 * a ** 2 / (1 + b ** 2)) * 3 + 2 * a + b / 3 + c / 3,
           "gausstanhprod89": lambda a, b, c: np.exp(-np.tanh(2 * a * b) ** 2 * 3) * 3 + b / 3 + c / 3}),
    # bins of a sigmoid of a log of a cosh of a sum and of a sine of an exponential of a difference; a
    # cosine of a rectified product and an arctangent of a cube root of a sum as regressions
    562: (4231, {"siglogcoshsum89": lambda a, b, c: _sigmoid(3 * np.log(np.cosh(a + b)) - 2) * 3 + a - b + c / 3,
                 "sinexpdiff89": lambda a, b, c: np.sin(2 * np.exp((a - b) / 2)) * 1.5 + 2 * a - b + c / 3},
          {"cosreluprod89": lambda a, b, c: np.cos(3 * np.maximum(a * b, 0)) * 3 + b / 3 + c / 3,
           "atancbrtsum89": lambda a, b, c: np.arctan(3 * np.cbrt(a + b)) * 2 + b / 3 + c / 3}),
    # bins of a tanh of a cosine of a product of a size and of a Gaussian of a square of a ratio; a
    # sigmoid of a difference of sines and a log of a cosh of a cube of a sum as regressions
    563: (4241, {"tanhcosprodabs89": lambda a, b, c: np.tanh(3 * np.cos(2 * a * np.abs(b))) * 3 + a - b + c / 3,
                 "gausssqrat89": lambda a, b, c: np.exp(-(a / (1 + np.abs(b))) ** 4 * 3) * 3 + a - b + c / 3},
          {"sigdiffsins89": lambda a, b, c: _sigmoid(4 * (np.sin(2 * a) - np.sin(2 * b))) * 3 + b / 3 + c / 3,
           "logcoshcubsum89": lambda a, b, c: np.log(np.cosh((a + b) ** 3 / 2)) + b / 3 + c / 3}),
    # bins of an exponential of a tanh of a product and of a sine of a ratio of a difference to a
    # size; a Gaussian of a sine of a square and a cube root of a sigmoid of a sum as regressions
    564: (4243, {"exptanhprod90": lambda a, b, c: np.exp(np.tanh(3 * a * b)) * 1.5 + a - b + c / 3,
                 "sinratdiffabs90": lambda a, b, c: np.sin(3 * (a - b) / (1 + np.abs(a))) * 3 + a - b + c / 3},
          {"gausssinsq90": lambda a, b, c: np.exp(-np.sin(a ** 2 + b) ** 2 * 3) * 3 + 2 * a + b / 3 + c / 3,
           "cbrtsigsum90": lambda a, b, c: np.cbrt(_sigmoid(3 * (a + b)) - 0.5) * 3 + b / 3 + c / 3}),
    # bins of an arctangent of an exponential of a sum and of a cosine of a log of a cosh of a product;
    # a tanh of a difference of cubes and a sine of a size of a ratio as regressions
    565: (4253, {"atanexpsum90": lambda a, b, c: np.arctan(np.exp(a + b) - 2) * 3 + a - b + c / 3,
                 "coslogcoshprod90": lambda a, b, c: np.cos(3 * np.log(np.cosh(a * b))) * 1.5 + 2 * a - b + c / 3},
          {"tanhdiffcub90": lambda a, b, c: np.tanh(a ** 3 - b ** 3) * 3 + b / 3 + c / 3,
           "sinabsrat90": lambda a, b, c: np.sin(3 * np.abs(a / (1 + b ** 2))) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sigmoid of a cosine of a difference and of a Gaussian of a product of a sum; an
    # arctangent of a ratio of sines and a log of a cosh of a difference of squares as regressions
    566: (4259, {"sigcosdiff90": lambda a, b, c: _sigmoid(4 * np.cos(2 * (a - b))) * 3 + a - b + c / 3,
                 "gaussprodsum90": lambda a, b, c: np.exp(-(b * (a + b)) ** 2) * 1.5 + 2 * a - b + c / 3},
          {"atanratsins90": lambda a, b, c: np.arctan(3 * np.sin(a) / (1.5 + np.sin(2 * b))) * 3 + b / 3 + c / 3,
           "logcoshdiffsq90": lambda a, b, c: np.log(np.cosh(a ** 2 - b ** 2)) + 2 * a + b / 3 + c / 3}),
    # bins of a sine of a cube root of a product and of a tanh of a sum of a size; a cosine of an
    # exponential of a difference and a sigmoid of a square of a ratio as regressions
    567: (4261, {"sincbrtprod90": lambda a, b, c: np.sin(4 * np.cbrt(a * b)) * 1.5 + 2 * a - b + c / 3,
                 "tanhsumabs90": lambda a, b, c: np.tanh(2 * (a + np.abs(b)) - 1) * 3 + a - b + c / 3},
          {"cosexpdiffreg90": lambda a, b, c: np.cos(2 * np.exp((a - b) / 2)) * 3 + b / 3 + c / 3,
           "sigsqrat90": lambda a, b, c: _sigmoid(3 * (a / (1 + np.abs(b))) ** 2 - 2) * 3 + b / 3 + c / 3}),
    # bins of a cosine of a sigmoid of a sum and of a log of a size of a sine of a difference; a
    # Gaussian of a ratio of a sum and a tanh of a cube root of a product as regressions
    568: (4271, {"cossigsum90": lambda a, b, c: np.cos(6 * _sigmoid(2 * (a + b))) * 3 + a - b + c / 3,
                 "logabssindiff90": lambda a, b, c: np.log1p(3 * np.abs(np.sin(2 * (a - b)))) * 1.5 + 2 * a - b + c / 3},
          {"gaussratsum90": lambda a, b, c: np.exp(-((a + b) / (1 + np.abs(a))) ** 2 * 2) * 3 + b / 3 + c / 3,
           "tanhcbrtprod90": lambda a, b, c: np.tanh(2 * np.cbrt(a * b)) * 3 + b / 3 + c / 3}),
    # bins of an arctangent of a square of a difference and of a sine of an exponential of a sum; a
    # cosine of a product of sines and a sigmoid of a log of a cosh of a ratio as regressions
    569: (4273, {"atansqdiff90": lambda a, b, c: np.arctan(3 * (a - b) ** 2 - 2) * 3 + a - b + c / 3,
                 "sinexpsum90": lambda a, b, c: np.sin(2 * np.exp((a + b) / 2)) * 3 + a - b + c / 3},
          {"cosprodsins90": lambda a, b, c: np.cos(4 * np.sin(a) * np.sin(b)) * 3 + b / 3 + c / 3,
           "siglogcoshrat90": lambda a, b, c: _sigmoid(3 * np.log(np.cosh(a / (0.5 + np.abs(b)))) - 1) * 3 + b / 3 + c / 3}),
    # bins of a tanh of a sine of a difference of squares and of a Gaussian of a cube of a sum; an
    # exponential of a cosine of a product and an arctangent of a size of a difference as regressions
    570: (4283, {"tanhsindiffsq90": lambda a, b, c: np.tanh(3 * np.sin(a ** 2 - b ** 2)) * 1.5 + 2 * a - b + c / 3,
                 "gausscubsum90": lambda a, b, c: np.exp(-(a + b) ** 6 / 4) * 3 + a - b + c / 3},
          {"expcosprod90": lambda a, b, c: np.exp(np.cos(2 * a * b)) + b / 3 + c / 3,
           "atanabsdiff90": lambda a, b, c: np.arctan(3 * np.abs(a - b) - 2) * 3 + b / 3 + c / 3}),
    # bins of a sigmoid of a product of a size and of a cosine of a ratio of squares; a sine of a cube
    # root of a sum and a log of a cosh of a sine of a product as regressions
    571: (4289, {"sigprodabs90": lambda a, b, c: _sigmoid(4 * a * np.abs(b) - 1) * 3 + a - b + c / 3,
                 "cosratsq90": lambda a, b, c: np.cos(3 * a ** 2 / (1 + b ** 2)) * 3 + a - b + c / 3},
          {"sincbrtsum90": lambda a, b, c: np.sin(3 * np.cbrt(a + b)) * 3 + 2 * a + b / 3 + c / 3,
           "logcoshsinprod90": lambda a, b, c: np.log(np.cosh(3 * np.sin(a * b))) * 2 + b / 3 + c / 3}),
    # bins of a Gaussian of a sine of a ratio and of a tanh of a difference of cube roots; a sine of a
    # log of a cosh of a sum and an exponential of a negative size of a product as regressions
    572: (4297, {"gausssinrat90": lambda a, b, c: np.exp(-np.sin(3 * a / (1 + b ** 2)) ** 2 * 3) * 3 + a - b + c / 3,
                 "tanhdiffcbrt90": lambda a, b, c: np.tanh(3 * (np.cbrt(a) - np.cbrt(b))) * 3 + a - b + c / 3},
          {"sinlogcoshsum90": lambda a, b, c: np.sin(3 * np.log(np.cosh(a + b))) * 3 + b / 3 + c / 3,
           "expnegabsprod90": lambda a, b, c: np.exp(-np.abs(a * b) * 2) * 3 + b / 3 + c / 3}),
    # bins of a cosine of a square of a product and of a sigmoid of an arctangent of a difference; a
    # tanh of a ratio of a sum to a size and a cube of a cosine of a sum as regressions
    573: (4327, {"cossqprod90": lambda a, b, c: np.cos((a * b) ** 2) * 3 + a - b + c / 3,
                 "sigatandiff90": lambda a, b, c: _sigmoid(4 * np.arctan(2 * (a - b))) * 3 + a - b + c / 3},
          {"tanhratsumabs90": lambda a, b, c: np.tanh(2 * (a + b) / (1 + np.abs(b))) * 3 + b / 3 + c / 3,
           "cubcossum90": lambda a, b, c: np.cos(2 * (a + b)) ** 3 * 3 + 2 * a + b / 3 + c / 3}),
    # bins of an exponential of a sine of a product and of a log of a cosh of a difference of squares;
    # an arctangent of a cosine of a difference and a Gaussian of a sigmoid of a sum as regressions
    574: (4337, {"expsinprod90": lambda a, b, c: np.exp(np.sin(3 * a * b)) * 1.5 + a - b + c / 3,
                 "logcoshdiffsqb90": lambda a, b, c: np.log(np.cosh(2 * (a ** 2 - b ** 2))) + a - b + c / 3},
          {"atancosdiff90": lambda a, b, c: np.arctan(3 * np.cos(2 * (a - b))) * 3 + b / 3 + c / 3,
           "gausssigsum90": lambda a, b, c: np.exp(-(_sigmoid(3 * (a + b)) - 0.5) ** 2 * 12) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sine of a size of a difference of squares and of a tanh of an exponential of a ratio; a
    # cosine of a cube root of a product and a sigmoid of a sine of a sum as regressions
    575: (4339, {"sinabsdiffsq90": lambda a, b, c: np.sin(3 * np.abs(a ** 2 - b ** 2)) * 3 + a - b + c / 3,
                 "tanhexprat90": lambda a, b, c: np.tanh(np.exp(a / (1 + np.abs(b))) - 1.5) * 3 + a - b + c / 3},
          {"coscbrtprod90": lambda a, b, c: np.cos(4 * np.cbrt(a * b)) * 3 + 2 * a + b / 3 + c / 3,
           "sigsinsum90": lambda a, b, c: _sigmoid(4 * np.sin(2 * (a + b))) * 3 + b / 3 + c / 3}),
    # bins of a tanh of a sinh of a product and of a cosine of a cube of a difference; a log of a
    # sigmoid of a difference and a sine of an exponential of a negative size of a sum as regressions
    576: (4349, {"sinhtanhprod90": lambda a, b, c: np.tanh(np.sinh(2 * a * b)) * 3 + a - b + c / 3,
                 "coscubediff90": lambda a, b, c: np.cos((a - b) ** 3) * 3 + a - b + c / 3},
          {"logsigdiff90": lambda a, b, c: np.log(_sigmoid(3 * (a - b)) + 0.1) * 2 + b / 3 + c / 3,
           "sinexpabs90": lambda a, b, c: np.sin(6 * np.exp(-np.abs(a + b))) * 3 + b / 3 + c / 3}),
    # bins of an arctangent of a square of a product and of a Gaussian of a cosine of a difference; a
    # tanh of a cube root of a sum and a cosine of a sigmoid of a product as regressions
    577: (4357, {"atanprodsq90": lambda a, b, c: np.arctan(3 * (a * b) ** 2) * 3 + a - b + c / 3,
                 "gausscosdiff90": lambda a, b, c: np.exp(-np.cos(2 * (a - b)) ** 2 * 3) * 3 + a - b + c / 3},
          {"tanhcbrtsum90": lambda a, b, c: np.tanh(2 * np.cbrt(a + b)) * 3 + b / 3 + c / 3,
           "cossigprod90": lambda a, b, c: np.cos(4 * _sigmoid(2 * a * b)) * 3 + b / 3 + c / 3}),
    # bins of an exponential of a cosine of a ratio and of a sigmoid of a difference of a square; a
    # sine of an arctangent of a sum and a log of a cosh of a product as regressions
    578: (4363, {"expcosratio90": lambda a, b, c: np.exp(np.cos(3 * a / (1 + np.abs(b)))) * 1.5 + a - b + c / 3,
                 "sigsqdiff90": lambda a, b, c: _sigmoid(4 * (a ** 2 - b)) * 3 + a - b + c / 3},
          {"sinatansum90": lambda a, b, c: np.sin(3 * np.arctan(2 * (a + b))) * 3 + b / 3 + c / 3,
           "logcoshprodb90": lambda a, b, c: np.log(np.cosh(2 * a * b)) * 2 + b / 3 + c / 3}),
    # bins of a tanh of a sine of a sum and of a cube root of a cosine of a product; a Gaussian of an
    # arctangent of a difference and an exponential of a negative square of a sum as regressions
    579: (4373, {"tanhsinsum90": lambda a, b, c: np.tanh(3 * np.sin(2 * (a + b))) * 3 + a - b + c / 3,
                 "cbrtcosprod90": lambda a, b, c: np.cbrt(np.cos(3 * a * b)) * 3 + a - b + c / 3},
          {"gaussatandiff90": lambda a, b, c: np.exp(-np.arctan(2 * (a - b)) ** 2 * 3) * 3 + b / 3 + c / 3,
           "expnegsqsum90": lambda a, b, c: np.exp(-(a + b) ** 2) * 3 + b / 3 + c / 3}),
    # bins of a sine of a square of a sum and of a tanh of a log of a size; a cosine of an arctangent of a
    # product and an exponential of a sigmoid of a difference as regressions
    580: (4391, {"sinsqsum90": lambda a, b, c: np.sin((a + b) ** 2) * 3 + a - b + c / 3,
                 "tanhlogabs90": lambda a, b, c: np.tanh(np.log(np.abs(a * b) + 0.1)) * 3 + a - b + c / 3},
          {"cosatanprod90": lambda a, b, c: np.cos(3 * np.arctan(2 * a * b)) * 3 + b / 3 + c / 3,
           "expsigdiff90": lambda a, b, c: np.exp(2 * _sigmoid(3 * (a - b))) * 1.5 + b / 3 + c / 3}),
    # bins of a cube root of a sine of a ratio and of a Gaussian of a tanh of a sum; a sigmoid of a
    # cosine of a product and a log of a cosh of a cube root as regressions
    581: (4397, {"cbrtsinratio90": lambda a, b, c: np.cbrt(np.sin(3 * a / (1 + b ** 2))) * 3 + a - b + c / 3,
                 "gausstanhsum90": lambda a, b, c: np.exp(-np.tanh(2 * (a + b)) ** 2 * 3) * 3 + a - b + c / 3},
          {"sigcosprodb90": lambda a, b, c: _sigmoid(4 * np.cos(3 * a * b)) * 3 + b / 3 + c / 3,
           "logcoshcbrt90": lambda a, b, c: np.log(np.cosh(3 * np.cbrt(a - b))) * 2 + b / 3 + c / 3}),
    # bins of an arctangent of a sinh of a difference and of a sine of a sigmoid of a square; a tanh of a
    # Gaussian of a product and a cosine of an exponential of a difference as regressions
    582: (4409, {"atansinhdiff90": lambda a, b, c: np.arctan(np.sinh(2 * (a - b))) * 3 + a - b + c / 3,
                 "sinsigsq90": lambda a, b, c: np.sin(6 * _sigmoid(2 * a ** 2 - b)) * 3 + a - b + c / 3},
          {"tanhgaussprod90": lambda a, b, c: np.tanh(3 * np.exp(-(a * b) ** 2)) * 3 + b / 3 + c / 3,
           "cosexpdiff90": lambda a, b, c: np.cos(2 * np.exp((a - b) / 3)) * 3 + b / 3 + c / 3}),
    # bins of a sigmoid of an arctangent of a ratio and of an exponential of a cube root of a sum; a log
    # of a sine of a square and an arctangent of a cosine of a square as regressions
    583: (4421, {"sigatanratio90": lambda a, b, c: _sigmoid(4 * np.arctan(3 * a / (1 + b ** 2))) * 3 + a - b + c / 3,
                 "expcbrtsum90": lambda a, b, c: np.exp(np.cbrt(a + b)) + a - b + c / 3},
          {"logsinsq90": lambda a, b, c: np.log(np.sin(a ** 2 + b) + 1.1) * 2 + b / 3 + c / 3,
           "atancossq90": lambda a, b, c: np.arctan(3 * np.cos(a ** 2 - b ** 2)) * 3 + b / 3 + c / 3}),
    # bins of a sinh of a cosine of a difference and of an arctangent of an exponential of a sum; a
    # Gaussian of a log of a size and a tanh of a square of a ratio as regressions
    584: (4423, {"sinhcosdiff90": lambda a, b, c: np.sinh(np.cos(3 * (a - b))) * 3 + a - b + c / 3,
                 "atanexpsumb90": lambda a, b, c: np.arctan(np.exp((a + b) / 2) - 1) * 3 + a - b + c / 3},
          {"gausslogabs90": lambda a, b, c: np.exp(-np.log(np.abs(a * b) + 0.1) ** 2 / 2) * 3 + b / 3 + c / 3,
           "tanhsqratio90": lambda a, b, c: np.tanh((a / (1 + np.abs(b))) ** 2 * 3) * 3 + b / 3 + c / 3}),
    # bins of a cosine of a sinh of a product and of a sigmoid of a difference of cube roots; an
    # exponential of an arctangent of a product and a sine of a log of a cosh of a difference as regressions
    585: (4441, {"cossinhprod90": lambda a, b, c: np.cos(np.sinh(2 * a * b)) * 3 + a - b + c / 3,
                 "sigcbrtdiff90": lambda a, b, c: _sigmoid(4 * (np.cbrt(a) - np.cbrt(b))) * 3 + a - b + c / 3},
          {"expatanprod90": lambda a, b, c: np.exp(np.arctan(2 * a * b)) * 2 + b / 3 + c / 3,
           "sinlogcoshdiff90": lambda a, b, c: np.sin(3 * np.log(np.cosh(a - b))) * 3 + b / 3 + c / 3}),
    # bins of a log of a sigmoid of a product and of a cube root of an arctangent of a sum; a tanh of a
    # cosine of a difference of squares and a Gaussian of a sinh of a sum as regressions
    586: (4447, {"logsigprod90": lambda a, b, c: np.log(_sigmoid(3 * a * b) + 0.1) * 2 + a - b + c / 3,
                 "cbrtatansum90": lambda a, b, c: np.cbrt(np.arctan(2 * (a + b))) * 3 + a - b + c / 3},
          {"tanhcosdiffsq90": lambda a, b, c: np.tanh(3 * np.cos(a ** 2 - b ** 2)) * 3 + b / 3 + c / 3,
           "gausssinhsum90": lambda a, b, c: np.exp(-np.sinh(a + b) ** 2) * 3 + b / 3 + c / 3}),
    # bins of an arctangent of a sigmoid of a difference and of a cosine of a log of a size; a sine of
    # an exponential of a ratio and a sigmoid of a tanh of a square as regressions
    587: (4451, {"atansigdiff90": lambda a, b, c: np.arctan(6 * _sigmoid(3 * (a - b)) - 3) * 3 + a - b + c / 3,
                 "coslogabs90": lambda a, b, c: np.cos(3 * np.log(np.abs(a + b) + 0.1)) * 3 + a - b + c / 3},
          {"sinexpratio90": lambda a, b, c: np.sin(3 * np.exp(a / (1 + b ** 2))) * 3 + b / 3 + c / 3,
           "sigtanhsq90": lambda a, b, c: _sigmoid(4 * np.tanh(a ** 2 - b)) * 3 + b / 3 + c / 3}),
    # bins of an exponential of a sinh of a difference and of a sigmoid of a cosine of a square; an
    # arctangent of a log of a cosh of a sum and a cube root of a tanh of a product as regressions
    588: (4457, {"expsinhdiff90": lambda a, b, c: np.exp(np.sinh(a - b) / 2) + a - b + c / 3,
                 "sigcossq90": lambda a, b, c: _sigmoid(4 * np.cos(2 * a ** 2 + b)) * 3 + a - b + c / 3},
          {"atanlogcosh90": lambda a, b, c: np.arctan(3 * np.log(np.cosh(a + b)) - 1) * 3 + b / 3 + c / 3,
           "cbrttanhprod90": lambda a, b, c: np.cbrt(np.tanh(3 * a * b)) * 3 + b / 3 + c / 3}),
    # bins of a tanh of an exponential of a negative size and of a Gaussian of a cube root of a sum; a
    # sine of a sigmoid of a ratio and a log of a cosh of an arctangent as regressions
    589: (4463, {"tanhexpneg90": lambda a, b, c: np.tanh(4 * np.exp(-np.abs(a - b)) - 2) * 3 + a - b + c / 3,
                 "gausscbrtsum90": lambda a, b, c: np.exp(-np.cbrt(a + b) ** 2 * 2) * 3 + a - b + c / 3},
          {"sinsigratio90": lambda a, b, c: np.sin(6 * _sigmoid(2 * a / (1 + b ** 2))) * 3 + b / 3 + c / 3,
           "logcoshatan90": lambda a, b, c: np.log(np.cosh(3 * np.arctan(a - b))) * 2 + b / 3 + c / 3}),
    # bins of a cosine of a Gaussian of a difference and of a sinh of an arctangent of a product; an
    # exponential of a cosine of a square and a tanh of a sinh of a sum as regressions
    590: (4481, {"cosgaussdiff90": lambda a, b, c: np.cos(4 * np.exp(-(a - b) ** 2)) * 3 + a - b + c / 3,
                 "sinhatanprod90": lambda a, b, c: np.sinh(np.arctan(3 * a * b)) * 2 + a - b + c / 3},
          {"expcossq90": lambda a, b, c: np.exp(np.cos(a ** 2 + b)) * 1.5 + b / 3 + c / 3,
           "tanhsinhsum90": lambda a, b, c: np.tanh(np.sinh(a + b)) * 3 + b / 3 + c / 3}),
    # bins of a sigmoid of an exponential of a negative square and of an arctangent of a difference of
    # cube roots; a sine of a square of a ratio and a cosine of a log of a Gaussian as regressions
    591: (4483, {"sigexpneg90": lambda a, b, c: _sigmoid(8 * np.exp(-(a + b) ** 2) - 4) * 3 + a - b + c / 3,
                 "atancbrtdiff90": lambda a, b, c: np.arctan(3 * (np.cbrt(a) - np.cbrt(b))) * 3 + a - b + c / 3},
          {"sinsqratio90": lambda a, b, c: np.sin(3 * (a / (1 + np.abs(b))) ** 2) * 3 + b / 3 + c / 3,
           "cosloggauss90": lambda a, b, c: np.cos(np.log(np.exp(-(a * b) ** 2) + 0.1) * 2) * 3 + b / 3 + c / 3}),
    # bins of a tanh of a cube of a difference and of a cosine of a sigmoid of a product; a log of an
    # exponential of a square and a sine of an arctangent of a ratio as regressions
    592: (4493, {"tanhcubediff90": lambda a, b, c: np.tanh((a - b) ** 3) * 3 + a - b + c / 3,
                 "cosofsigmul90": lambda a, b, c: np.cos(6 * _sigmoid(2 * a * b)) * 3 + a - b + c / 3},
          {"logexpsq90": lambda a, b, c: np.log(1 + np.exp(a ** 2 - b)) * 2 + b / 3 + c / 3,
           "sinatanratio90": lambda a, b, c: np.sin(4 * np.arctan(a / (1 + b ** 2))) * 3 + b / 3 + c / 3}),
    # bins of a Gaussian of a sinh of a sum and of a cube root of a cosine of a difference; a sigmoid of
    # a cube and a cosh of a tanh of a product as regressions
    593: (4507, {"gaussofsinhadd90": lambda a, b, c: np.exp(-np.sinh(a + b) ** 2) * 3 + a - b + c / 3,
                 "cbrtcosdiff90": lambda a, b, c: np.cbrt(np.cos(3 * (a - b))) * 1.5 + 2 * a - b + c / 3},
          {"sigcube90": lambda a, b, c: _sigmoid(3 * a ** 3 - b) * 3 + b / 3 + c / 3,
           "coshtanhprod90": lambda a, b, c: np.cosh(2 * np.tanh(a * b)) * 2 + b / 3 + c / 3}),
    # bins of an arctangent of an exponential of a difference and of a sine of a log of a cosh; a
    # Gaussian of a ratio and a tanh of a cube root of a sum as regressions
    594: (4513, {"atanexpdiff90": lambda a, b, c: np.arctan(np.exp(a - b) - 1) * 3 + a - b + c / 3,
                 "sinlogcosh90": lambda a, b, c: np.sin(3 * np.log(np.cosh(a + b))) * 1.5 + 2 * a - b + c / 3},
          {"gaussratio90": lambda a, b, c: np.exp(-(a / (1 + np.abs(b))) ** 2 * 2) * 3 + b / 3 + c / 3,
           "tanhofcbrtadd90": lambda a, b, c: np.tanh(2 * np.cbrt(a + b)) * 3 + b / 3 + c / 3}),
    # bins of a sigmoid of a sinh of a product and of a cosine of a cube of a sum; an exponential of an
    # arctangent of a square and a log of a Gaussian of a difference as regressions
    595: (4517, {"sigsinhprod90": lambda a, b, c: _sigmoid(3 * np.sinh(a * b)) * 3 + a - b + c / 3,
                 "coscubesum90": lambda a, b, c: np.cos((a + b) ** 3) * 1.5 + 2 * a - b + c / 3},
          {"expatansq90": lambda a, b, c: np.exp(np.arctan(a ** 2 - b)) * 1.5 + b / 3 + c / 3,
           "loggaussdiff90": lambda a, b, c: np.log(np.exp(-(a - b) ** 2) + 0.2) * 2 + b / 3 + c / 3}),
    # bins of a square root of an exponential of a difference and of a tanh of a cosine of a product; an
    # arctangent of a square of a sum and an exponential of a Gaussian of a cube as regressions
    596: (4519, {"sqrtexpdiff90": lambda a, b, c: np.sqrt(np.exp(a - b)) * 1.5 + a - b + c / 3,
                 "tanhcosprod90": lambda a, b, c: np.tanh(2 * np.cos(2 * a * b)) * 1.5 + 2 * a - b + c / 3},
          {"arctansqsum90": lambda a, b, c: np.arctan((a + b) ** 2 - 1) * 3 + b / 3 + c / 3,
           "expgausscube90": lambda a, b, c: np.exp(np.exp(-np.abs(a) ** 3 - b ** 2)) * 1.5 + b / 3 + c / 3}),
    # bins of a sinh of a cube root of a difference and of a sigmoid of a squared ratio; a cosine of an
    # exponential of a negative size and a log of a tanh of a sum as regressions
    597: (4523, {"sinhcbrtdiff90": lambda a, b, c: np.sinh(np.cbrt(a - b)) * 2 + a - b + c / 3,
                 "sigsqratio90": lambda a, b, c: _sigmoid(4 * (a / (1 + b ** 2)) ** 2 - 2) * 3 + a - b + c / 3},
          {"cosexpneg90": lambda a, b, c: np.cos(4 * np.exp(-np.abs(a + b))) * 3 + b / 3 + c / 3,
           "logtanhsum90": lambda a, b, c: np.log(1.5 + np.tanh(a + b)) * 3 + b / 3 + c / 3}),
    # bins of a Gaussian of an arctangent of a product and of a sine of a sigmoid of a difference; a cube
    # root of a log of a cosh and a tanh of an exponential of a square as regressions
    598: (4547, {"gaussatanprod90": lambda a, b, c: np.exp(-np.arctan(3 * a * b) ** 2 * 2) * 3 + a - b + c / 3,
                 "sinsigdiff90": lambda a, b, c: np.sin(6 * _sigmoid(2 * (a - b))) * 1.5 + 2 * a - b + c / 3},
          {"cbrtlogcosh90": lambda a, b, c: np.cbrt(np.log(np.cosh(2 * a)) - b) * 3 + b / 3 + c / 3,
           "tanhexpsq90": lambda a, b, c: np.tanh(np.exp(a ** 2 - 1) - b) * 3 + b / 3 + c / 3}),
    # bins of a cosine of a cube root of a ratio and of an arctangent of a sinh of a sum; an exponential of
    # a sigmoid of a difference and a sine of a log of a Gaussian as regressions
    599: (4549, {"coscbrtratio90": lambda a, b, c: np.cos(3 * np.cbrt(a / (1 + np.abs(b)))) * 3 + a - b + c / 3,
                 "atansinhsum90": lambda a, b, c: np.arctan(np.sinh(2 * (a + b))) * 3 + a - b + c / 3},
          {"expsigminus90": lambda a, b, c: np.exp(2 * _sigmoid(3 * (a - b))) * 1.5 + b / 3 + c / 3,
           "sinloggauss90": lambda a, b, c: np.sin(2 * np.log(np.exp(-(a + b) ** 2) + .1)) * 3 + 2 * a + (b + c) / 3}),
    # bins of a log of a sinh of a difference and of an exponential of a cube root of a product; a tanh
    # of a Gaussian of a sum and a sine of a cosh of a ratio as regressions
    600: (4561, {"logsinhdiff90": lambda a, b, c: np.log(1 + np.abs(np.sinh(a - b))) * 1.5 + 2 * a - b + c / 3,
                 "expcbrtprod90": lambda a, b, c: np.exp(np.cbrt(a * b)) + a - b + c / 3},
          {"tanhgausssum90": lambda a, b, c: np.tanh(4 * np.exp(-(a + b) ** 2) - 1) * 3 + b / 3 + c / 3,
           "sincoshratio90": lambda a, b, c: np.sin(np.cosh(a / (1 + np.abs(b)))) * 3 + b / 3 + c / 3}),
    # bins of a sigmoid of an arctangent of a square and of a cosine of an exponential of a difference; a
    # cube root of a sigmoid of a sum and an arctangent of a log of a square as regressions
    601: (4567, {"sigatansq90": lambda a, b, c: _sigmoid(4 * np.arctan(a ** 2 - b)) * 3 + a - b + c / 3,
                 "cosexpminus90": lambda a, b, c: np.cos(np.exp(a - b)) * 1.5 + 2 * a - b + c / 3},
          {"cbrtsigadd90": lambda a, b, c: np.cbrt(_sigmoid(3 * (a + b)) - 0.5) * 3 + b / 3 + c / 3,
           "atanlogsq90": lambda a, b, c: np.arctan(np.log(a ** 2 + 0.1)) * 3 + b / 3 + c / 3}),
    # bins of a Gaussian of a tanh of a ratio and of a square root of a cosh of a difference; a sinh of a
    # sigmoid of a product and a log of an arctangent of a sum as regressions
    602: (4583, {"gausstanhratio90": lambda a, b, c: np.exp(-3 * np.tanh(2 * a / (1 + b * b)) ** 2) * 3 + a - b + c / 3,
                 "sqrtcoshdiff90": lambda a, b, c: np.sqrt(np.cosh(a - b)) * 1.5 + a - b + c / 3},
          {"sinhsigprod90": lambda a, b, c: np.sinh(3 * _sigmoid(2 * a * b) - 1.5) * 2 + b / 3 + c / 3,
           "logatansum90": lambda a, b, c: np.log(2 + np.arctan(2 * (a + b))) * 3 + b / 3 + c / 3}),
    # bins of a tanh of a sine of a square and of an exponential of a cube root of a negative size; a
    # cosine of a sinh of a difference and a sigmoid of a log of a Gaussian as regressions
    603: (4591, {"tanhsinsq90": lambda a, b, c: np.tanh(2 * np.sin(a ** 2 + b)) * 3 + a - b + c / 3,
                 "expcbrtneg90": lambda a, b, c: np.exp(-np.cbrt(np.abs(a + b)) * 2) * 3 + a - b + c / 3},
          {"cossinhdiff90": lambda a, b, c: np.cos(np.sinh(a - b)) * 3 + b / 3 + c / 3,
           "sigloggauss90": lambda a, b, c: _sigmoid(np.log(np.exp(-(a * b) ** 2) + 0.05) + 1.5) * 3 + b / 3 + c / 3}),
    # bins of a cosine of a tanh of a sum and of a log of a Gaussian of a ratio; an exponential of a sine
    # of a product and a cube root of an arctangent of a difference as regressions
    604: (4597, {"costanhadd90": lambda a, b, c: np.cos(3 * np.tanh(a + b)) * 3 + a - b + c / 3,
                 "loggaussratio90": lambda a, b, c: np.log(np.exp(-(a / (1 + np.abs(b))) ** 2) + 0.1) + a - b + c / 3},
          {"expsinmul90": lambda a, b, c: np.exp(np.sin(2 * a * b)) * 1.5 + b / 3 + c / 3,
           "cbrtatandiff90": lambda a, b, c: np.cbrt(np.arctan(3 * (a - b))) * 3 + b / 3 + c / 3}),
    # bins of an arctangent of a cosh of a difference and of a sigmoid of a sine of a cube; a Gaussian of
    # a sinh of a ratio and a tanh of a log of a square as regressions
    605: (4603, {"atancoshdiff90": lambda a, b, c: np.arctan(np.cosh(a - b) - 2) * 3 + a - b + c / 3,
                 "sigsincube90": lambda a, b, c: _sigmoid(4 * np.sin(a ** 3 + b)) * 3 + a - b + c / 3},
          {"gausssinhratio90": lambda a, b, c: np.exp(-np.sinh(a / (1 + b ** 2)) ** 2) * 3 + b / 3 + c / 3,
           "tanhlogsq90": lambda a, b, c: np.tanh(np.log(a ** 2 + 0.2)) * 3 + b / 3 + c / 3}),
    # bins of a sine of an exponential of a negative sum and of a cube root of a tanh of a difference; a
    # sigmoid of a cosh of a product and an arctangent of a Gaussian of a sum as regressions
    606: (4621, {"sinexpnegsum90": lambda a, b, c: np.sin(4 * np.exp(-np.abs(a + b))) * 3 + a - b + c / 3,
                 "cbrttanhminus90": lambda a, b, c: np.cbrt(np.tanh(2 * (a - b))) * 3 + a - b + c / 3},
          {"sigcoshprod90": lambda a, b, c: _sigmoid(np.cosh(a * b) - 2) * 3 + b / 3 + c / 3,
           "atangausssum90": lambda a, b, c: np.arctan(4 * np.exp(-(a + b) ** 2) - 2) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of an exponential of a tanh of a square and of a cosine of a log of a cosh; a sine of a cube
    # root of a product and a log of a sigmoid of a difference as regressions
    607: (4637, {"exptanhsq90": lambda a, b, c: np.exp(np.tanh(a ** 2 - b)) * 1.5 + a - b + c / 3,
                 "cosloglcosh90": lambda a, b, c: np.cos(3 * np.log(np.cosh(a - b))) * 1.5 + 2 * a - b + c / 3},
          {"sincbrtmul90": lambda a, b, c: np.sin(3 * np.cbrt(a * b)) * 3 + 2 * a + b / 3 + c / 3,
           "logsigminus90": lambda a, b, c: np.log(_sigmoid(3 * (a - b)) + 0.1) * 2 + b / 3 + c / 3}),
    # bins of a sinh of a Gaussian of a product and of a tanh of a cube root of a ratio; a cosine of a
    # sigmoid of a square and an exponential of a log of a cosh as regressions
    608: (4639, {"sinhgaussmul90": lambda a, b, c: np.sinh(2 * np.exp(-(a * b) ** 2)) + 2 * a - b + c / 3,
                 "tanhcbrtratio90": lambda a, b, c: np.tanh(2 * np.cbrt(a / (1 + np.abs(b)))) * 3 + a - b + c / 3},
          {"cossigsq90": lambda a, b, c: np.cos(4 * _sigmoid(a ** 2 - b)) * 3 + b / 3 + c / 3,
           "explogcosh90": lambda a, b, c: np.exp(-np.log(np.cosh(a + b))) * 3 + b / 3 + c / 3}),
    # bins of an arctangent of a sine of a difference and of a square root of a Gaussian of a sum; a tanh
    # of a cube of a ratio and a sine of an exponential of a product as regressions
    609: (4643, {"atansinminus90": lambda a, b, c: np.arctan(3 * np.sin(2 * (a - b))) * 3 + a - b + c / 3,
                 "sqrtgaussadd90": lambda a, b, c: np.sqrt(np.exp(-(a + b) ** 2)) * 1.5 + 2 * a - b + c / 3},
          {"tanhcuberatio90": lambda a, b, c: np.tanh((a / (1 + np.abs(b))) ** 3) * 3 + b / 3 + c / 3,
           "sinexpmul90": lambda a, b, c: np.sin(np.exp(np.tanh(a * b)) * 2) * 3 + b / 3 + c / 3}),
    # bins of a log of a cosh of a cube and of a sigmoid of a cosine of a sum; an arctangent of a sinh of
    # a difference and a Gaussian of a cube root of a product as regressions
    610: (4649, {"logcoshcube90": lambda a, b, c: np.log(np.cosh(a ** 3 - b)) + a - b + c / 3,
                 "sigcosadd90": lambda a, b, c: _sigmoid(4 * np.cos(2 * (a + b))) * 3 + a - b + c / 3},
          {"atansinhminus90": lambda a, b, c: np.arctan(np.sinh(2 * (a - b))) * 3 + b / 3 + c / 3,
           "gausscbrtmul90": lambda a, b, c: np.exp(-np.cbrt(a * b) ** 2 * 2) * 3 + b / 3 + c / 3}),
    # bins of an exponential of an arctangent of a ratio and of a cosine of a square root of a size; a
    # log of a sigmoid of a square and a tanh of a Gaussian of a difference as regressions
    611: (4651, {"expatanratio90": lambda a, b, c: np.exp(np.arctan(2 * a / (1 + b ** 2))) + a - b + c / 3,
                 "cossqrtabs90": lambda a, b, c: np.cos(3 * np.sqrt(np.abs(a - b))) * 3 + a - b + c / 3},
          {"logsigsq90": lambda a, b, c: np.log(_sigmoid(a ** 2 - b - 1) + 0.1) * 2 + b / 3 + c / 3,
           "tanhgaussminus90": lambda a, b, c: np.tanh(3 * np.exp(-(a - b) ** 2) - 1) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a cube root of a sinh of a sum and of a Gaussian of a log of a cosh; a sigmoid of a tanh of
    # a ratio and a cosine of an arctangent of a square as regressions
    612: (4657, {"cbrtsinhadd90": lambda a, b, c: np.cbrt(np.sinh(a + b)) * 2 + a - b + c / 3,
                 "gausslogcosh90": lambda a, b, c: np.exp(-np.log(np.cosh(2 * a)) ** 2) * 1.5 + 2 * a - b + c / 3},
          {"sigtanhratio90": lambda a, b, c: _sigmoid(4 * np.tanh(a / (1 + np.abs(b)))) * 3 + b / 3 + c / 3,
           "cosatansq90": lambda a, b, c: np.cos(3 * np.arctan(a ** 2 - b)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sine of a cube root of a sum and of an exponential of a tanh of a product; a log of a
    # Gaussian of a ratio and a sinh of a cosine of a difference as regressions
    613: (4663, {"sincbrtadd90": lambda a, b, c: np.sin(3 * np.cbrt(a + b)) * 1.5 + 2 * a - b + c / 3,
                 "exptanhmul90": lambda a, b, c: np.exp(2 * np.tanh(a * b)) + a - b + c / 3},
          {"loggaussrat90": lambda a, b, c: np.log(np.exp(-(a / (1 + b ** 2)) ** 2) + 0.2) * 2 + b / 3 + c / 3,
           "sinhcosminus90": lambda a, b, c: np.sinh(np.cos(2 * (a - b))) * 2 + 2 * a + b / 3 + c / 3}),
    # bins of a tanh of an arctangent of a cube and of a square root of a sigmoid of a difference; an
    # exponential of a negative cosh and a cube root of a sine of a sum as regressions
    614: (4673, {"tanhatancube90": lambda a, b, c: np.tanh(2 * np.arctan(a ** 3 - b)) * 3 + a - b + c / 3,
                 "sqrtsigminus90": lambda a, b, c: np.sqrt(_sigmoid(3 * (a - b))) * 3 + a - b + c / 3},
          {"expnegcosh90": lambda a, b, c: np.exp(-np.cosh(a + b) + 1) * 3 + b / 3 + c / 3,
           "cbrtsinadd90": lambda a, b, c: np.cbrt(np.sin(2 * (a + b))) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a cosine of a Gaussian of a square and of an arctangent of a log of a ratio; a tanh of a
    # sinh of a product and a sigmoid of an exponential of a difference as regressions
    615: (4679, {"cosgausssq90": lambda a, b, c: np.cos(4 * np.exp(-a ** 2 - b ** 2)) * 3 + a - b + c / 3,
                 "atanlogratio90": lambda a, b, c: np.arctan(np.log(abs(a) / (1 + abs(b)) + .1)) * 3 + a - b + c / 3},
          {"tanhsinhmul90": lambda a, b, c: np.tanh(np.sinh(2 * a * b)) * 3 + b / 3 + c / 3,
           "sigexpminus90": lambda a, b, c: _sigmoid(np.exp(a - b) - 2) * 3 + b / 3 + c / 3}),
    # bins of a sine of a cosh of a product and of an arctangent of a difference of a square; a cosine of
    # an exponential of a ratio and a tanh of a cube root of a sum as regressions
    616: (4691, {"sincoshmul90": lambda a, b, c: np.sin(np.cosh(a * b / 2)) * 1.5 + 2 * a - b + c / 3,
                 "atansqminus90": lambda a, b, c: np.arctan(3 * (a ** 2 - b)) * 3 + a - b + c / 3},
          {"cosexpratio90": lambda a, b, c: np.cos(np.exp(a / (1 + np.abs(b)))) * 3 + b / 3 + c / 3,
           "tanhcbrtadd90": lambda a, b, c: np.tanh(np.cbrt(a + b) * 2) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a Gaussian of a sine of a difference and of a sigmoid of a cube root of a product; a sinh
    # of an arctangent of a sum and a log of a cosh of a ratio as regressions
    617: (4703, {"gausssinminus90": lambda a, b, c: np.exp(-3 * np.sin(2 * (a - b)) ** 2) * 3 + a - b + c / 3,
                 "sigcbrtmul90": lambda a, b, c: _sigmoid(3 * np.cbrt(a * b)) * 1.5 + 2 * a - b + c / 3},
          {"sinhatanadd90": lambda a, b, c: np.sinh(np.arctan(a + b) * 2) * 2 + b / 3 + c / 3,
           "logcoshratio90": lambda a, b, c: np.log(np.cosh(2 * a / (1 + b ** 2))) * 2 + 2 * a + b / 3 + c / 3}),
    # bins of a cosine of an arctangent of a product and of a square root of a tanh of a sum; an
    # exponential of a cosine of a difference and a Gaussian of an arctangent of a square as regressions
    618: (4721, {"cosatanmul90": lambda a, b, c: np.cos(3 * np.arctan(a * b)) * 3 + a - b + c / 3,
                 "sqrttanhadd90": lambda a, b, c: np.sqrt(1 + np.tanh(2 * (a + b))) * 3 + a - b + c / 3},
          {"expcosminus90": lambda a, b, c: np.exp(np.cos(2 * (a - b))) * 1.5 + b / 3 + c / 3,
           "gaussatansq90": lambda a, b, c: np.exp(-np.arctan(a ** 2 - b) ** 2) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sine of a log of a cosh plus a magnitude and of a tanh of an exponential of a ratio; a
    # cube root of a Gaussian of a sum and a sigmoid of a sinh of a tanh of a product as regressions
    619: (4723, {"sinlogcoshabs90": lambda a, b, c: np.sin(2 * np.log(np.cosh(a) + np.abs(b))) * 3 + a - b + c / 3,
                 "tanhexpratio90": lambda a, b, c: np.tanh(np.exp(a / (1 + np.abs(b))) - 1.5) * 3 + a - b + c / 3},
          {"cbrtgaussadd90": lambda a, b, c: np.cbrt(np.exp(-(a + b) ** 2) - 0.3) * 3 + b / 3 + c / 3,
           "sigsinhmul90": lambda a, b, c: _sigmoid(np.sinh(2 * np.tanh(a * b))) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a cosine of a sinh of a sum and of a Gaussian of a cube root of a ratio; a sigmoid of an
    # arctangent of a difference and a cube root of a tanh of a ratio as regressions
    620: (4729, {"cossinhadd90": lambda a, b, c: np.cos(np.sinh(a + b) / 2) * 1.5 + 2 * a - b + c / 3,
                 "gausscbrtratio90": lambda a, b, c: np.exp(-2 * np.cbrt(a / (1 + abs(b))) ** 2) * 3 + a - b + c / 3},
          {"sigatanminus90": lambda a, b, c: _sigmoid(3 * np.arctan(a - b)) * 3 + b / 3 + c / 3,
           "cbrttanhratio90": lambda a, b, c: np.cbrt(np.tanh(2 * a / (1 + b ** 2))) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a log of an exponential of a difference and of a cosine of a cube root of a product; a tanh
    # of a Gaussian of a sum and a sinh of a log of a ratio as regressions
    621: (4733, {"logexpminus90": lambda a, b, c: np.log(1 + np.exp(2 * (a - b))) * 1.5 + 2 * a - b + c / 3,
                 "coscbrtmul90": lambda a, b, c: np.cos(3 * np.cbrt(a * b)) * 3 + a - b + c / 3},
          {"tanhgaussadd90": lambda a, b, c: np.tanh(3 * np.exp(-(a + b) ** 2) - 1) * 3 + b / 3 + c / 3,
           "sinhlogratio90": lambda a, b, c: np.sinh(np.log((1 + a ** 2) / (1 + b ** 2))) + 2 * a + b / 3 + c / 3}),
    # bins of a Gaussian of a cosine of a product and of a sigmoid of a square root of a sum; a tanh of a
    # log of a square and an exponential of a sine of a product as regressions
    622: (4751, {"gausscosmul90": lambda a, b, c: np.exp(-2 * np.cos(2 * a * b) ** 2) * 3 + a - b + c / 3,
                 "sigsqrtadd90": lambda a, b, c: _sigmoid(3 * (np.sqrt(np.abs(a + b)) - 1)) * 3 + a - b + c / 3},
          {"tanhlogsqb90": lambda a, b, c: np.tanh(np.log(a ** 2 + 0.1) - b) * 3 + b / 3 + c / 3,
           "expsinmulb90": lambda a, b, c: np.exp(np.sin(2 * a * b)) * 1.5 + 2 * a + b / 3 + c / 3}),
    # bins of an arctangent of a cosh of a difference and of a square root of a Gaussian of a sum; a sine
    # of a sigmoid of a square and an arctangent of a sigmoid of a difference as regressions
    623: (4759, {"atancoshsub90": lambda a, b, c: np.arctan(np.cosh(a - b) - 2) * 3 + a - b + c / 3,
                 "sqrtgausssum90": lambda a, b, c: np.sqrt(np.exp(-(a + b) ** 2)) * 3 + a - b + c / 3},
          {"sinsigsqb90": lambda a, b, c: np.sin(4 * _sigmoid(a ** 2 - b)) * 3 + b / 3 + c / 3,
           "atansigsub90": lambda a, b, c: np.arctan(4 * _sigmoid(2 * (a - b)) - 2) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sine of an arctangent of a ratio and of an exponential of a cube root of a difference; a
    # cosine of a Gaussian of a product and a tanh of a square root of a sum as regressions
    624: (4783, {"sinatanratio91": lambda a, b, c: np.sin(3 * np.arctan(a / (1 + np.abs(b)))) * 3 + a - b + c / 3,
                 "expcbrtminus91": lambda a, b, c: np.exp(np.cbrt(a - b)) * 1.5 + 2 * a - b + c / 3},
          {"cosgaussmul91": lambda a, b, c: np.cos(3 * np.exp(-(a * b) ** 2)) * 3 + b / 3 + c / 3,
           "tanhsqrtadd91": lambda a, b, c: np.tanh(np.sqrt(np.abs(a + b)) - 1) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sigmoid of a cosh of a ratio and of a log of a sine of a sum; an arctangent of an
    # exponential of a product and a Gaussian of a tanh of a difference as regressions
    625: (4787, {"sigcoshratio91": lambda a, b, c: _sigmoid(np.cosh(a / (1 + b ** 2)) - 2) * 3 + a - b + c / 3,
                 "logsinadd91": lambda a, b, c: np.log(2 + np.sin(2 * (a + b))) * 1.5 + 2 * a - b + c / 3},
          {"atanexpmul91": lambda a, b, c: np.arctan(np.exp(np.tanh(a * b) * 2) - 2) * 3 + b / 3 + c / 3,
           "gausstanhminus91": lambda a, b, c: np.exp(-np.tanh(a - b) ** 2 * 3) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a cube root of a cosine of a sum and of a sinh of a sigmoid of a ratio; a square root of an
    # arctangent of a product and an exponential of a Gaussian of a square as regressions
    626: (4789, {"cbrtcosadd91": lambda a, b, c: np.cbrt(np.cos(2 * (a + b))) * 1.5 + 2 * a - b + c / 3,
                 "sinhsigratio91": lambda a, b, c: np.sinh(3 * _sigmoid(a / (1 + abs(b)))) * 1.5 + 2 * a - b + c / 3},
          {"sqrtatanmul91": lambda a, b, c: np.sqrt(np.abs(np.arctan(2 * a * b))) * 3 + b / 3 + c / 3,
           "expgausssq91": lambda a, b, c: np.exp(np.exp(-(a ** 2 - b) ** 2)) * 2 + 2 * a + b / 3 + c / 3}),
    # bins of a tanh of a sine of a difference and of a cosine of a log of a Gaussian plus a constant; a
    # sigmoid of a log of a sum and an arctangent of a cube root of a square as regressions
    627: (4793, {"tanhsinminus91": lambda a, b, c: np.tanh(2 * np.sin(2 * (a - b))) * 3 + a - b + c / 3,
                 "cosloggauss91": lambda a, b, c: np.cos(3 * np.log(.1 + np.exp(-a*a-b*b))) * 1.5 + 2 * a - b + c / 3},
          {"siglogadd91": lambda a, b, c: _sigmoid(2 * np.log(1 + np.abs(a + b)) - 2) * 3 + b / 3 + c / 3,
           "atancbrtsq91": lambda a, b, c: np.arctan(2 * np.cbrt(a ** 2 - b)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a cosine of an arctangent of a sum and of a sigmoid of an exponential of a ratio; a tanh of
    # a cosh of a product and a Gaussian of a sine of a square as regressions
    628: (4799, {"cosatanadd91": lambda a, b, c: np.cos(3 * np.arctan(a + b)) * 1.5 + 2 * a - b + c / 3,
                 "sigexpratio91": lambda a, b, c: _sigmoid(np.exp(a / (1 + abs(b))) - 2) * 3 + a - b + c / 3},
          {"tanhcoshmul91": lambda a, b, c: np.tanh(np.cosh(np.tanh(a * b) * 2) - 2) * 3 + b / 3 + c / 3,
           "gausssinsq91": lambda a, b, c: np.exp(-np.sin(a ** 2 - b) ** 2 * 2) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sinh of a cube root of a difference and of an arctangent of a Gaussian of a ratio; a log of
    # a tanh of a sum and an exponential of an arctangent of a product as regressions
    629: (4801, {"sinhcbrtminus91": lambda a, b, c: np.sinh(np.cbrt(a - b)) * 1.5 + 2 * a - b + c / 3,
                 "atangaussrat91": lambda a, b, c: np.arctan(4*np.exp(-(a/(1+b*b))**2) - 2) * 1.5 + 2 * a - b + c / 3},
          {"logtanhadd91": lambda a, b, c: np.log(1.1 + np.tanh(2 * (a + b))) * 2 + b / 3 + c / 3,
           "expatanmul91": lambda a, b, c: np.exp(np.arctan(a * b)) * 1.5 + 2 * a + b / 3 + c / 3}),
    # bins of a sine of a cube root of a ratio and of a cosine of an exponential of a difference; a square
    # root of a sine of a square and a tanh of an arctangent of a sum as regressions
    630: (4813, {"sincbrtratio91": lambda a, b, c: np.sin(3 * np.cbrt(a / (1 + abs(b)))) * 1.5 + 2 * a - b + c / 3,
                 "cosexpminus91": lambda a, b, c: np.cos(np.exp((a - b) / 2)) * 1.5 + 2 * a - b + c / 3},
          {"sqrtsinsq91": lambda a, b, c: np.sqrt(1 + np.sin(a ** 2 - b)) * 3 + b / 3 + c / 3,
           "tanhatanadd91": lambda a, b, c: np.tanh(2 * np.arctan(a + b)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a Gaussian of a log of a product and of a sigmoid of a tanh of a square; a cube root of an
    # exponential of a difference and an arctangent of a sine of a ratio as regressions
    631: (4817, {"gausslogmul91": lambda a, b, c: np.exp(-np.log(abs(a * b) + .1) ** 2 / 2) * 3 + a - b + c / 3,
                 "sigtanhsq91": lambda a, b, c: _sigmoid(3 * np.tanh(a ** 2 - b)) * 3 + a - b + c / 3},
          {"cbrtexpminus91": lambda a, b, c: np.cbrt(np.exp(np.tanh(a - b) * 2) - 2) * 3 + b / 3 + c / 3,
           "atansinratio91": lambda a, b, c: np.arctan(2 * np.sin(3 * a / (1 + b * b))) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a cosine of a Gaussian of a ratio and of a sigmoid of a cube root of a sum; a tanh of an
    # exponential of a square and an arctangent of a cosine of a product as regressions
    632: (4831, {"cosgaussratio91": lambda a, b, c: np.cos(3 * np.exp(-(a/(1+abs(b)))**2)) * 1.5 + 2 * a - b + c / 3,
                 "sigcbrtadd91": lambda a, b, c: _sigmoid(3 * np.cbrt(a + b)) * 1.5 + 2 * a - b + c / 3},
          {"tanhexpsq91": lambda a, b, c: np.tanh(np.exp(-a ** 2) * 3 - b) * 3 + b / 3 + c / 3,
           "atancosmul91": lambda a, b, c: np.arctan(3 * np.cos(a * b)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sinh of a Gaussian of a difference and of a log of an arctangent of a ratio; an exponential
    # of a sigmoid of a sum and a cube root of a sine of a product as regressions
    633: (4861, {"sinhgaussminus91": lambda a, b, c: np.sinh(2 * np.exp(-(a - b) ** 2)) * 1.5 + 2 * a - b + c / 3,
                 "logatanratio91": lambda a, b, c: np.log(2 + np.arctan(3 * a / (1 + b * b))) * 3 + a - b + c / 3},
          {"expsigadd91": lambda a, b, c: np.exp(2 * _sigmoid(2 * (a + b))) * 1.5 + b / 3 + c / 3,
           "cbrtsinmul91": lambda a, b, c: np.cbrt(np.sin(2 * a * b)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a Gaussian of a cosh of a square and of a sine of a square root of a ratio; a tanh of a log
    # of a difference and a cosine of an arctangent of a square as regressions
    634: (4871, {"gausscoshsq91": lambda a, b, c: np.exp(-np.cosh(a ** 2 - b) / 2) * 3 + a - b + c / 3,
                 "sinsqrtratio91": lambda a, b, c: np.sin(3 * np.sqrt(abs(a) / (1+abs(b)))) * 1.5 + 2 * a - b + c / 3},
          {"tanhlogminus91": lambda a, b, c: np.tanh(np.log(1 + (a - b) ** 2) - 1) * 3 + b / 3 + c / 3,
           "cosatansq91": lambda a, b, c: np.cos(3 * np.arctan(a ** 2 - b)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sigmoid of a sinh of a ratio and of an arctangent of a log of a product; a square root of a
    # cosine of a difference and an exponential of a cube root of a square as regressions
    635: (4877, {"sigsinhratio91": lambda a, b, c: _sigmoid(np.sinh(2 * np.tanh(a / (1 + b * b)))) * 3 + a - b + c / 3,
                 "atanlogmul91": lambda a, b, c: np.arctan(np.log(abs(a * b) + .1)) * 1.5 + 2 * a - b + c / 3},
          {"sqrtcosminus91": lambda a, b, c: np.sqrt(1 + np.cos(2 * (a - b))) * 3 + b / 3 + c / 3,
           "expcbrtsq91": lambda a, b, c: np.exp(np.cbrt(a ** 2 - b) / 2) * 1.5 + 2 * a + b / 3 + c / 3}),
    # bins of a sine of a cosh of a ratio and of an exponential of an arctangent of a difference; a
    # Gaussian of a sigmoid of a product and a tanh of a cube root of a square as regressions
    636: (4889, {"sincoshratio91": lambda a, b, c: np.sin(2 * np.cosh(a / (1 + b * b))) * 1.5 + 2 * a - b + c / 3,
                 "expatanminus91": lambda a, b, c: np.exp(np.arctan(a - b)) * 1.5 + 2 * a - b + c / 3},
          {"gausssigmul91": lambda a, b, c: np.exp(-(4 * _sigmoid(a * b) - 2) ** 2) * 3 + b / 3 + c / 3,
           "tanhcbrtsq91": lambda a, b, c: np.tanh(np.cbrt(a ** 2 - b) - 1) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a cosine of a square root of a sum and of a sigmoid of a Gaussian of a ratio; an arctangent
    # of a tanh of a product and a log of a cosine of a difference as regressions
    637: (4903, {"cossqrtadd91": lambda a, b, c: np.cos(2 * np.sqrt(abs(a + b))) * 1.5 + 2 * a - b + c / 3,
                 "siggaussratio91": lambda a, b, c: _sigmoid(6*np.exp(-(a/(1+b*b))**2) - 3) * 1.5 + 2 * a - b + c / 3},
          {"atantanhmul91": lambda a, b, c: np.arctan(3 * np.tanh(a * b)) * 3 + b / 3 + c / 3,
           "logcosminus91": lambda a, b, c: np.log(2 + np.cos(2 * (a - b))) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a cube root of a sigmoid of a ratio and of a sinh of a cosine of a product; a square root of
    # an exponential of a difference and a tanh of a Gaussian of a square as regressions
    638: (4909, {"cbrtsigratio91": lambda a, b, c: np.cbrt(_sigmoid(3 * a / (1 + abs(b))) - .5) * 3 + a - b + c / 3,
                 "sinhcosmul91": lambda a, b, c: np.sinh(2 * np.cos(a * b)) * 1.5 + 2 * a - b + c / 3},
          {"sqrtexpminus91": lambda a, b, c: np.sqrt(np.exp(np.tanh(a - b) * 2)) * 3 + b / 3 + c / 3,
           "tanhgausssq91": lambda a, b, c: np.tanh(3 * np.exp(-(a ** 2 - b) ** 2) - 1) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of an arctangent of an exponential of a sum and of a Gaussian of a sinh of a ratio; a sigmoid
    # of a cosine of a product and a cosine of a log of a difference as regressions
    639: (4919, {"atanexpadd91": lambda a, b, c: np.arctan(np.exp((a + b) / 2) - 2) * 3 + a - b + c / 3,
                 "gausssinhratio91": lambda a, b, c: np.exp(-np.sinh(a / (1 + b * b)) ** 2) * 1.5 + 2 * a - b + c / 3},
          {"sigcosmul91": lambda a, b, c: _sigmoid(3 * np.cos(a * b)) * 3 + b / 3 + c / 3,
           "cosloganddiff91": lambda a, b, c: np.cos(2 * np.log(1 + abs(a - b))) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sine of an exponential of a ratio and of a cosine of a Gaussian of a difference; a tanh of
    # a sigmoid of a product and an arctangent of a square root of a square as regressions
    640: (4931, {"sinexpratio91": lambda a, b, c: np.sin(2 * np.exp(a / (1 + abs(b)))) * 1.5 + 2 * a - b + c / 3,
                 "cosgaussminus91": lambda a, b, c: np.cos(3 * np.exp(-(a - b) ** 2 / 2)) * 1.5 + 2 * a - b + c / 3},
          {"tanhsigmul91": lambda a, b, c: np.tanh(4 * _sigmoid(a * b) - 2) * 3 + b / 3 + c / 3,
           "atansqrtsq91": lambda a, b, c: np.arctan(np.sqrt(abs(a ** 2 - b)) - 1) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a Gaussian of an arctangent of a sum and of a sigmoid of a sine of a cube; a log of a cosh of
    # a product and an exponential of a cosine of a ratio as regressions
    641: (4933, {"gaussatanadd91": lambda a, b, c: np.exp(-2 * np.arctan(a + b) ** 2) * 3 + a - b + c / 3,
                 "sigsincube91": lambda a, b, c: _sigmoid(3 * np.sin(a ** 3 - b)) * 1.5 + 2 * a - b + c / 3},
          {"logcoshmul91": lambda a, b, c: np.log(np.cosh(np.tanh(a * b) * 2)) * 3 + b / 3 + c / 3,
           "expcosratio91": lambda a, b, c: np.exp(np.cos(3 * a / (1 + b * b))) * 1.5 + 2 * a + b / 3 + c / 3}),
    # bins of a cube root of an arctangent of a sum and of a sinh of a tanh of a ratio; a square root of a
    # sigmoid of a difference and a cosine of a cube root of a square as regressions
    642: (4937, {"cbrtatanadd91": lambda a, b, c: np.cbrt(np.arctan(a + b)) * 3 + a - b + c / 3,
                 "sinhtanhratio91": lambda a, b, c: np.sinh(2 * np.tanh(a / (1 + abs(b)))) * 1.5 + 2 * a - b + c / 3},
          {"sqrtsigminus91": lambda a, b, c: np.sqrt(_sigmoid(3 * (a - b))) * 3 + b / 3 + c / 3,
           "coscbrtsq91": lambda a, b, c: np.cos(2 * np.cbrt(a ** 2 - b)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a tanh of a log of a product and of an arctangent of a Gaussian of a square; an exponential
    # of a sinh of a tanh of a ratio and a sigmoid of a cube root of a difference as regressions
    643: (4943, {"tanhlogmul91": lambda a, b, c: np.tanh(np.log(abs(a * b) + .1)) * 3 + a - b + c / 3,
                 "atangausssq91": lambda a, b, c: np.arctan(4*np.exp(-(a*a - b)**2) - 1) * 1.5 + 2 * a - b + c / 3},
          {"expsinhratio91": lambda a, b, c: np.exp(np.sinh(np.tanh(a / (1 + b * b)))) * 1.5 + b / 3 + c / 3,
           "sigcbrtminus91": lambda a, b, c: _sigmoid(3 * np.cbrt(a - b)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a cosine of a sinh of a ratio and of a tanh of a log of a sum; an arctangent of an
    # exponential of a difference and a Gaussian of a sine of a product as regressions
    644: (4951, {"cossinhratio91": lambda a, b, c: np.cos(2 * np.sinh(np.tanh(a / (1 + abs(b))))) * 1.5 + a - b + c / 3,
                 "tanhlogadd91": lambda a, b, c: np.tanh(np.log(abs(a + b) + .2)) * 1.5 + 2 * a - b + c / 3},
          {"atanexpminus91": lambda a, b, c: np.arctan(np.exp(np.tanh(a - b))) * 3 + b / 3 + c / 3,
           "gausssinmul91": lambda a, b, c: np.exp(-np.sin(a * b) ** 2) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sigmoid of a log of a square and of a cube root of a cosine of a difference; a cosine of an
    # arctangent of a ratio and a sinh of a sigmoid of a sum as regressions
    645: (4957, {"siglogsq91": lambda a, b, c: _sigmoid(2 * np.log(a ** 2 + .1) - b) * 3 + a - b + c / 3,
                 "cbrtcosminus91": lambda a, b, c: np.cbrt(np.cos(2 * (a - b))) * 1.5 + 2 * a - b + c / 3},
          {"cosatanratio91": lambda a, b, c: np.cos(2 * np.arctan(a / (1 + b * b))) * 3 + b / 3 + c / 3,
           "sinhsigadd91": lambda a, b, c: np.sinh(2 * _sigmoid(a + b) - 1) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of an exponential of a tanh of a cube and of a Gaussian of a log of a ratio; a cosine of a
    # square root of a difference and a tanh of an arctangent of a square as regressions
    646: (4967, {"exptanhcube91": lambda a, b, c: np.exp(np.tanh(a ** 3 - b)) * 1.5 + a - b + c / 3,
                 "gausslogratio91": lambda a, b, c: np.exp(-np.log(abs(a) / (1 + b * b) + .1) ** 2) * 3 + a - b + c},
          {"cossqrtminus91": lambda a, b, c: np.cos(2 * np.sqrt(abs(a - b))) * 3 + b / 3 + c / 3,
           "tanhatansq91": lambda a, b, c: np.tanh(2 * np.arctan(a ** 2 - b) - 1) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of an arctangent of a cosh of a difference and of a sine of an exponential of a sum; a log of a
    # sigmoid of a ratio and a cube root of a cosine of a product as regressions
    647: (4969, {"atancoshminus91": lambda a, b, c: np.arctan(np.cosh(np.tanh(a - b) * 2) - 2) * 3 + a - b + c / 3,
                 "sinexpadd91": lambda a, b, c: np.sin(2 * np.exp(np.tanh(a + b))) * 1.5 + 2 * a - b + c / 3},
          {"logsigratio91": lambda a, b, c: np.log(_sigmoid(3 * a / (1 + abs(b))) + .1) * 3 + b / 3 + c / 3,
           "cbrtcosmul91": lambda a, b, c: np.cbrt(np.cos(2 * a * b)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sinh of a cosine of a ratio and of a tanh of an exponential of a difference; an arctangent
    # of a sigmoid of a square and a Gaussian of a cube root of a sum as regressions
    648: (4973, {"sinhcosratio92": lambda a, b, c: np.sinh(np.cos(2 * a / (1 + abs(b)))) * 1.5 + 2 * a - b + c / 3,
                 "tanhexpminus92": lambda a, b, c: np.tanh(np.exp(np.tanh(a - b)) - 1) * 3 + a - b + c / 3},
          {"atansigsq92": lambda a, b, c: np.arctan(4 * _sigmoid(a ** 2 - b) - 2) * 3 + b / 3 + c / 3,
           "gausscbrtadd92": lambda a, b, c: np.exp(-np.cbrt(a + b) ** 2) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a log of a tanh of a product and of a sigmoid of a sine of a ratio; an exponential of an
    # arctangent of a sum and a cosine of a sigmoid of a cube as regressions
    649: (4987, {"logtanhmul92": lambda a, b, c: np.log(np.tanh(abs(a * b)) + .1) * 1.5 + 2 * a - b + c / 3,
                 "sigsinratio92": lambda a, b, c: _sigmoid(3 * np.sin(a / (1 + b * b))) * 3 + a - b + c / 3},
          {"expatansum92": lambda a, b, c: np.exp(np.arctan(a + b)) * 1.5 + b / 3 + c / 3,
           "cossigcube92": lambda a, b, c: np.cos(3 * _sigmoid(a ** 3 - b)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a square root of a cosh of a sum and of a cube root of a sinh of a ratio; a sine of a tanh
    # of a square and an arctangent of a Gaussian of a product as regressions
    650: (4993, {"sqrtcoshadd92": lambda a, b, c: np.sqrt(np.cosh(np.tanh(a + b) * 2)) * 3 + a - b + c / 3,
                 "cbrtsinhratio92": lambda a, b, c: np.cbrt(np.sinh(a / (1 + abs(b)))) * 1.5 + 2 * a - b + c / 3},
          {"sintanhsq92": lambda a, b, c: np.sin(2 * np.tanh(a ** 2 - b)) * 3 + b / 3 + c / 3,
           "atangaussmul92": lambda a, b, c: np.arctan(3 * np.exp(-(a * b) ** 2)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a Gaussian of a cosine of a ratio and of a log of an exponential of a ratio; a tanh of a sine
    # of a cube and a sigmoid of an arctangent of a sum as regressions
    651: (4999, {"gausscosratio92": lambda a, b, c: np.exp(-np.cos(2 * a / (1 + b * b)) ** 2) * 3 + a - b + c / 3,
                 "logexpratio92": lambda a, b, c: np.log(np.exp(np.tanh(a / (1 + abs(b)))) + .5) * 3 + a - b + c / 3},
          {"tanhsincube92": lambda a, b, c: np.tanh(2 * np.sin(a ** 3 - b)) * 3 + b / 3 + c / 3,
           "sigatanadd92": lambda a, b, c: _sigmoid(3 * np.arctan(a + b)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a cosh of a tanh of a ratio and of a sine of a sigmoid of a difference; an arctangent of a
    # cube root of a ratio and a Gaussian of an exponential of a sum as regressions
    652: (5003, {"coshtanhratio93": lambda a, b, c: np.cosh(2 * np.tanh(a / (1 + abs(b)))) * 1.5 + 2 * a - b + c / 3,
                 "sinsigminus93": lambda a, b, c: np.sin(3 * _sigmoid(a - b)) * 3 + a - b + c / 3},
          {"atancbrtratio93": lambda a, b, c: np.arctan(2 * np.cbrt(a / (1 + b * b))) * 3 + b / 3 + c / 3,
           "gaussexpadd93": lambda a, b, c: np.exp(-np.exp(np.tanh(a + b)) ** 2 / 2) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a square root of an arctangent of a sum and of a tanh of a cosine of a ratio; a sigmoid of
    # an exponential of a cube and a log of a sine of a product as regressions
    653: (5009, {"sqrtatanadd93": lambda a, b, c: np.sqrt(np.arctan(abs(a + b))) * 3 + a - b + c / 3,
                 "tanhcosratio93": lambda a, b, c: np.tanh(2 * np.cos(a / (1 + b * b))) * 1.5 + 2 * a - b + c / 3},
          {"sigexpcube93": lambda a, b, c: _sigmoid(np.exp(np.tanh(a ** 3 - b))) * 3 + b / 3 + c / 3,
           "logsinmul93": lambda a, b, c: np.log(np.sin(a * b) + 1.5) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a cube root of a tanh of a sum and of an exponential of a Gaussian of a ratio; a cosine of
    # an arctangent of a difference and a sinh of a log of a square as regressions
    654: (5011, {"cbrttanhadd93": lambda a, b, c: np.cbrt(np.tanh(a + b)) * 3 + a - b + c / 3,
                 "expgaussratio93": lambda a, b, c: np.exp(np.exp(-(a / (1 + abs(b))) ** 2)) * 1.5 + 2 * a - b + c / 3},
          {"cosatanminus93": lambda a, b, c: np.cos(2 * np.arctan(a - b)) * 3 + b / 3 + c / 3,
           "sinhlogsq93": lambda a, b, c: np.sinh(np.tanh(np.log(a ** 2 + .1))) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a tanh of a square root of a product and of an arctangent of a cosine of a ratio; a Gaussian
    # of a sinh of a difference and a sigmoid of a cube root of a square as regressions
    655: (5021, {"tanhsqrtmul93": lambda a, b, c: np.tanh(np.sqrt(abs(a * b)) - 1) * 3 + a - b + c / 3,
                 "atancosratio93": lambda a, b, c: np.arctan(3 * np.cos(2 * a / (1 + b * b))) * 3 + a - b + c / 3},
          {"gausssinhminus93": lambda a, b, c: np.exp(-np.sinh(np.tanh(a - b)) ** 2) * 3 + b / 3 + c / 3,
           "sigcbrtsq93": lambda a, b, c: _sigmoid(3 * np.cbrt(a ** 2 - b)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sinh of an arctangent of a ratio and of a cosine of an exponential of a square; a tanh of
    # a sinh of a square and a sigmoid of a cosh of a difference as regressions
    656: (5023, {"sinhatanratio93": lambda a, b, c: np.sinh(np.arctan(2 * a / (1 + b * b))) * 1.5 + 2 * a - b + c / 3,
                 "cosexpsq93": lambda a, b, c: np.cos(2 * np.exp(np.tanh(a ** 2 - b))) * 1.5 + 2 * a - b + c / 3},
          {"tanhsinhsq93": lambda a, b, c: np.tanh(np.sinh(np.tanh(a ** 2 - b))) * 3 + b / 3 + c / 3,
           "sigcoshminus93": lambda a, b, c: _sigmoid(np.cosh(np.tanh(a - b) * 2) - 2) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of an arctangent of a log of a cube and of a cube root of an exponential of a product; a
    # Gaussian of a cosh of a product and a sine of a square root of a difference as regressions
    657: (5039, {"atanlogcube93": lambda a, b, c: np.arctan(np.log(abs(a ** 3 - b) + .1)) * 3 + a - b + c / 3,
                 "cbrtexpmul93": lambda a, b, c: np.cbrt(np.exp(np.tanh(a * b)) - 1.5) * 1.5 + 2 * a - b + c / 3},
          {"gausscoshmul93": lambda a, b, c: np.exp(-np.cosh(np.tanh(a * b)) ** 2) * 3 + b / 3 + c / 3,
           "sinsqrtminus93": lambda a, b, c: np.sin(2 * np.sqrt(abs(a - b))) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a log of a cube root of a square and of an exponential of a sine of a ratio; a cosh of a
    # sigmoid of a sum and a tanh of an arctangent of a product as regressions
    658: (5051, {"logcbrtsq93": lambda a, b, c: np.log(abs(np.cbrt(a ** 2 - b)) + .1) * 1.5 + a - b + c / 3,
                 "expsinratio93": lambda a, b, c: np.exp(np.sin(2 * a / (1 + b * b))) * 1.5 + 2 * a - b + c / 3},
          {"coshsigadd93": lambda a, b, c: np.cosh(2 * _sigmoid(a + b) - 1) * 3 + b / 3 + c / 3,
           "tanhatanmul93": lambda a, b, c: np.tanh(2 * np.arctan(a * b)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a square root of a sine of a ratio and of a sigmoid of a tanh of a difference; an arctangent
    # of an exponential of a square and a cosine of a square root of a ratio as regressions
    659: (5059, {"sqrtsinratio93": lambda a, b, c: np.sqrt(np.sin(a / (1 + b * b)) + 1) * 3 + a - b + c / 3,
                 "sigtanhminus93": lambda a, b, c: _sigmoid(4 * np.tanh(a - b)) * 1.5 + 2 * a - b + c / 3},
          {"atanexpsq93": lambda a, b, c: np.arctan(np.exp(np.tanh(a ** 2 - b))) * 3 + b / 3 + c / 3,
           "cossqrtratio93": lambda a, b, c: np.cos(3 * np.sqrt(abs(a) / (1 + b * b))) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sinh of a Gaussian of a ratio and of a cosine of a sinh of a square; a tanh of a cube root
    # of a difference and an arctangent of a cosh of a sum as regressions
    660: (5077, {"sinhgaussratio94": lambda a, b, c: np.sinh(2 * np.exp(-(a / (1 + b * b)) ** 2)) * 3 + a - b + c / 3,
                 "cossinhsq94": lambda a, b, c: np.cos(2 * np.sinh(np.tanh(a ** 2 - b))) * 3 + a - b + c / 3},
          {"tanhcbrtminus94": lambda a, b, c: np.tanh(2 * np.cbrt(a - b)) * 3 + b / 3 + c / 3,
           "atancoshadd94": lambda a, b, c: np.arctan(np.cosh(np.tanh(a + b) * 2) - 2) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of an exponential of a square root of a ratio and of a cosh of a sigmoid of a product; a log of
    # an arctangent of a square and a cube root of a Gaussian of a difference as regressions
    661: (5081, {"expsqrtratio94": lambda a, b, c: np.exp(np.sqrt(abs(a) / (1 + b * b))) * 1.5 + a - b + c / 3,
                 "coshsigmul94": lambda a, b, c: np.cosh(3 * _sigmoid(a * b) - 1.5) * 1.5 + 2 * a - b + c / 3},
          {"logatansq94": lambda a, b, c: np.log(np.arctan(a ** 2 + b * b) + .1) * 3 + b / 3 + c / 3,
           "cbrtgaussminus94": lambda a, b, c: np.cbrt(np.exp(-(a - b) ** 2) - .5) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a cosh of a sine of a ratio and of a Gaussian of a tanh of a cube; a square root of an
    # exponential of a cube and a sine of an arctangent of a product as regressions
    662: (5087, {"coshsinratio94": lambda a, b, c: np.cosh(2 * np.sin(a / (1 + abs(b)))) * 1.5 + 2 * a - b + c / 3,
                 "gausstanhcube94": lambda a, b, c: np.exp(-2 * np.tanh(a ** 3 - b) ** 2) * 3 + a - b + c / 3},
          {"sqrtexpcube94": lambda a, b, c: np.sqrt(np.exp(np.tanh(a ** 3 - b))) * 3 + b / 3 + c / 3,
           "sinatanmul94": lambda a, b, c: np.sin(2 * np.arctan(a * b)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of an arctangent of a sinh of a ratio and of a tanh of a log of a cube; a sigmoid of a square
    # root of a sum and a cosine of an exponential of a product as regressions
    663: (5099, {"atansinhratio94": lambda a, b, c: np.arctan(2 * np.sinh(np.tanh(a / (1 + b * b)))) * 3 + a - b + c,
                 "tanhlogcube94": lambda a, b, c: np.tanh(np.log(abs(a ** 3 - b) + .1)) * 1.5 + 2 * a - b + c / 3},
          {"sigsqrtsum94": lambda a, b, c: _sigmoid(2 * np.sqrt(abs(a + b)) - 2) * 3 + b / 3 + c / 3,
           "cosexpmul94": lambda a, b, c: np.cos(2 * np.exp(np.tanh(a * b))) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a cosine of a sinh of a cube and of a sinh of a cube root of a sum; a tanh of a Gaussian of
    # a cube and a sigmoid of an exponential of a square as regressions
    664: (5101, {"cossinhcube94": lambda a, b, c: np.cos(2 * np.sinh(np.tanh(a ** 3 - b))) * 1.5 + 2 * a - b + c / 3,
                 "sinhcbrtsum94": lambda a, b, c: np.sinh(np.cbrt(a + b)) * 1.5 + a - b + c / 3},
          {"tanhgausscube94": lambda a, b, c: np.tanh(3 * np.exp(-(a ** 3 - b) ** 2) - 1) * 3 + b / 3 + c / 3,
           "sigexpsq94": lambda a, b, c: _sigmoid(np.exp(np.tanh(a ** 2 - b)) - 1.5) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of an arctangent of a cosine of a difference and of a log of a sinh of a ratio; an exponential
    # of a cube root of a product and a Gaussian of a sigmoid of a cube as regressions
    665: (5107, {"atancosminus94": lambda a, b, c: np.arctan(3 * np.cos(a - b)) * 1.5 + 2 * a - b + c / 3,
                 "logsinhratio94": lambda a, b, c: np.log(abs(np.sinh(a / (1 + b * b))) + .1) * 1.5 + a - b + c / 3},
          {"expcbrtmul94": lambda a, b, c: np.exp(np.tanh(np.cbrt(a * b))) * 1.5 + b / 3 + c / 3,
           "gausssigcube94": lambda a, b, c: np.exp(-4 * (_sigmoid(a ** 3 - b) - .5) ** 2) * 3 + a + b / 3 + c / 3}),
    # bins of a cube root of an arctangent of a difference and of a cosine of an exponential of a cube; a
    # tanh of a square root of a ratio and a sinh of a sigmoid of a cube as regressions
    666: (5113, {"cbrtatanminus94": lambda a, b, c: np.cbrt(np.arctan(a - b)) * 3 + a - b + c / 3,
                 "cosexpcube94": lambda a, b, c: np.cos(2 * np.exp(np.tanh(a ** 3 - b))) * 1.5 + 2 * a - b + c / 3},
          {"tanhsqrtratio94": lambda a, b, c: np.tanh(2 * np.sqrt(abs(a) / (1 + b * b))) * 3 + b / 3 + c / 3,
           "sinhsigcube94": lambda a, b, c: np.sinh(2 * _sigmoid(a ** 3 - b) - 1) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sigmoid of a cosh of a square and of an arctangent of a Gaussian of a difference; a log of
    # a tanh of a ratio and a sine of a square root of a cube as regressions
    667: (5119, {"sigcoshsq94": lambda a, b, c: _sigmoid(np.cosh(np.tanh(a ** 2 - b)) * 2 - 3) * 3 + a - b + c / 3,
                 "atangaussminus94": lambda a, b, c: np.arctan(3 * np.exp(-(a - b) ** 2)) * 1.5 + 2 * a - b + c / 3},
          {"logtanhratio94": lambda a, b, c: np.log(np.tanh(abs(a) / (1 + b * b)) + .1) * 3 + b / 3 + c / 3,
           "sinsqrtcube94": lambda a, b, c: np.sin(2 * np.sqrt(abs(a ** 3 - b))) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a tanh of a cosh of a ratio and of a sine of an exponential of a square; an arctangent of a
    # square root of a product and a Gaussian of a log of a sum as regressions
    668: (5147, {"tanhcoshratio94": lambda a, b, c: np.tanh(np.cosh(a / (1 + b * b)) - 1.5) * 3 + a - b + c / 3,
                 "sinexpsq94": lambda a, b, c: np.sin(2 * np.exp(np.tanh(a ** 2 - b))) * 1.5 + 2 * a - b + c / 3},
          {"atansqrtmul94": lambda a, b, c: np.arctan(np.sqrt(abs(a * b)) - 1) * 3 + b / 3 + c / 3,
           "gausslogsum94": lambda a, b, c: np.exp(-np.log(abs(a + b) + .1) ** 2 / 2) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a cosine of a cube root of a difference and of a sigmoid of a sinh of a cube; an exponential
    # of an arctangent of a cube and a log of a cosine of a ratio as regressions
    669: (5153, {"coscbrtminus94": lambda a, b, c: np.cos(2 * np.cbrt(a - b)) * 3 + a - b + c / 3,
                 "sigsinhcube94": lambda a, b, c: _sigmoid(np.sinh(np.tanh(a ** 3 - b) * 2)) * 1.5 + 2 * a - b + c / 3},
          {"expatancube94": lambda a, b, c: np.exp(np.arctan(a ** 3 - b)) * 1.5 + b / 3 + c / 3,
           "logcosratio94": lambda a, b, c: np.log(np.cos(a / (1 + b * b)) + 1.5) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sinh of a Gaussian of a sum and of a cube root of a sigmoid of a cube; an arctangent of a
    # tanh of a cube and a square root of a log of a product as regressions
    670: (5167, {"sinhgaussadd94": lambda a, b, c: np.sinh(2 * np.exp(-(a + b) ** 2 / 2)) * 1.5 + 2 * a - b + c / 3,
                 "cbrtsigcube94": lambda a, b, c: np.cbrt(_sigmoid(a ** 3 - b) - .5) * 3 + a - b + c / 3},
          {"atantanhcube94": lambda a, b, c: np.arctan(3 * np.tanh(a ** 3 - b)) * 3 + b / 3 + c / 3,
           "sqrtlogmul94": lambda a, b, c: np.sqrt(np.log(abs(a * b) + 1)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a cosine of a sigmoid of a ratio and of a tanh of an exponential of a cube; a Gaussian of an
    # arctangent of a product and a sinh of a square root of a difference as regressions
    671: (5171, {"cossigratio94": lambda a, b, c: np.cos(4 * _sigmoid(a / (1 + abs(b)))) * 3 + a - b + c / 3,
                 "tanhexpcube94": lambda a, b, c: np.tanh(np.exp(np.tanh(a ** 3 - b)) - 1) * 1.5 + 2 * a - b + c / 3},
          {"gaussatanmul94": lambda a, b, c: np.exp(-np.arctan(a * b) ** 2) * 3 + b / 3 + c / 3,
           "sinhsqrtminus94": lambda a, b, c: np.sinh(np.sqrt(abs(a - b)) / 2) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sigmoid of an arctangent of a cube and of a cosh of a log of a ratio; a tanh of a cosh of a
    # cube and a Gaussian of a square root of a difference as regressions
    672: (5179, {"sigatancube94": lambda a, b, c: _sigmoid(3 * np.arctan(a ** 3 - b)) * 3 + a - b + c / 3,
                 "coshlogratio94": lambda a, b, c: np.cosh(np.tanh(np.log(abs(a) / (1 + b * b) + .1))) * 3 + a - b + c},
          {"tanhcoshcube94": lambda a, b, c: np.tanh(np.cosh(np.tanh(a ** 3 - b)) * 2 - 3) * 3 + b / 3 + c / 3,
           "gausssqrtminus94": lambda a, b, c: np.exp(-np.sqrt(abs(a - b))) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of an arctangent of an exponential of a ratio and of a sine of a cosh of a cube; a cube root of
    # a log of a sum and an exponential of a sigmoid of a cube as regressions
    673: (5189, {"atanexpratio94": lambda a, b, c: np.arctan(np.exp(np.tanh(a / (1 + b * b))) - 1.5) * 3 + a - b + c,
                 "sincoshcube94": lambda a, b, c: np.sin(2 * np.cosh(np.tanh(a ** 3 - b))) * 1.5 + 2 * a - b + c / 3},
          {"cbrtlogsum94": lambda a, b, c: np.cbrt(np.log(abs(a + b) + .1)) * 3 + b / 3 + c / 3,
           "expsigcube94": lambda a, b, c: np.exp(_sigmoid(a ** 3 - b)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a log of a square root of a cube and of a cosine of a sinh of a difference; a sinh of a tanh
    # of a product and a sigmoid of a log of a square as regressions
    674: (5197, {"logsqrtcube94": lambda a, b, c: np.log(np.sqrt(abs(a ** 3 - b)) + .1) * 1.5 + a - b + c / 3,
                 "cossinhminus94": lambda a, b, c: np.cos(2 * np.sinh(np.tanh(a - b))) * 1.5 + 2 * a - b + c / 3},
          {"sinhtanhmul94": lambda a, b, c: np.sinh(2 * np.tanh(a * b)) * 1.5 + b / 3 + c / 3,
           "siglogsqplus94": lambda a, b, c: _sigmoid(np.log(a ** 2 + .1) + b) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a tanh of a cube root of a product and of an arctangent of a sigmoid of a ratio; a Gaussian
    # of a cosine of a difference and a square root of a sinh of a sum as regressions
    675: (5209, {"tanhcbrtmul94": lambda a, b, c: np.tanh(2 * np.cbrt(a * b)) * 3 + a - b + c / 3,
                 "atansigratio94": lambda a, b, c: np.arctan(4 * _sigmoid(a / (1 + b * b)) - 2) * 3 + a - b + c / 3},
          {"gausscosminus94": lambda a, b, c: np.exp(-np.cos(a - b) ** 2) * 3 + b / 3 + c / 3,
           "sqrtsinhsum94": lambda a, b, c: np.sqrt(abs(np.sinh(np.tanh(a + b) * 2))) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a cosh of an arctangent of a difference and of a sigmoid of a square root of a ratio; a tanh
    # of an exponential of a sum and a Gaussian of a sinh of a square as regressions
    676: (5227, {"coshatanminus94": lambda a, b, c: np.cosh(np.arctan(a - b)) * 3 + a - b + c / 3,
                 "sigsqrtratio94": lambda a, b, c: _sigmoid(3 * np.sqrt(abs(a) / (1 + b * b)) - 2) * 3 + a - b + c / 3},
          {"tanhexpsum94": lambda a, b, c: np.tanh(np.exp(np.tanh(a + b)) - 1.2) * 3 + b / 3 + c / 3,
           "gausssinhsq94": lambda a, b, c: np.exp(-np.sinh(np.tanh(a ** 2 - b)) ** 2) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a cube root of a cosh of a ratio and of an arctangent of a log of a difference; an
    # exponential of a sinh of a difference and a log of a sigmoid of a cube as regressions
    677: (5231, {"cbrtcoshratio94": lambda a, b, c: np.cbrt(np.cosh(a / (1 + b * b)) - 1.3) * 1.5 + 2 * a - b + c / 3,
                 "atanlogminus94": lambda a, b, c: np.arctan(np.log(abs(a - b) + .1)) * 1.5 + 2 * a - b + c / 3},
          {"expsinhminus94": lambda a, b, c: np.exp(np.sinh(np.tanh(a - b))) * 1.5 + b / 3 + c / 3,
           "logsigcube94": lambda a, b, c: np.log(_sigmoid(a ** 3 - b) + .1) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sine of a tanh of a ratio and of a cosh of a Gaussian of a product; a square root of a tanh
    # of a cube and a sigmoid of a cosine of a difference as regressions
    678: (5233, {"sintanhratio94": lambda a, b, c: np.sin(3 * np.tanh(a / (1 + abs(b)))) * 3 + a - b + c / 3,
                 "coshgaussmul94": lambda a, b, c: np.cosh(2 * np.exp(-(a * b) ** 2)) * 1.5 + 2 * a - b + c / 3},
          {"sqrttanhcube94": lambda a, b, c: np.sqrt(np.tanh(a ** 3 - b) + 1) * 3 + b / 3 + c / 3,
           "sigcosminus94": lambda a, b, c: _sigmoid(3 * np.cos(a - b)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of an arctangent of a cube root of a cube and of a cosine of a Gaussian of a cube; a tanh of a
    # sinh of a ratio and a sinh of a log of a difference as regressions
    679: (5237, {"atancbrtcube94": lambda a, b, c: np.arctan(2 * np.cbrt(a ** 3 - b)) * 3 + a - b + c / 3,
                 "cosgausscube94": lambda a, b, c: np.cos(3 * np.exp(-(a ** 3 - b) ** 2)) * 1.5 + 2 * a - b + c / 3},
          {"tanhsinhratio94": lambda a, b, c: np.tanh(np.sinh(a / (1 + b * b))) * 3 + b / 3 + c / 3,
           "sinhlogminus94": lambda a, b, c: np.sinh(np.tanh(np.log(abs(a - b) + .1))) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a tanh of a cube root of a difference of squares and of a Gaussian of a cosine of a sum; a sigmoid of a
    # sinh of a difference and an arctangent of an exponential of a ratio as regressions
    680: (5261, {"tanhcbrtsqdiff94": lambda a, b, c: np.tanh(np.cbrt(a * a - b * b)) * 1.5 + 2 * a - b + c / 3,
                 "gausscossum94": lambda a, b, c: np.exp(-np.cos(a + b) ** 2) * 1.5 + 2 * a - b + c / 3},
          {"sigsinhminus94": lambda a, b, c: _sigmoid(np.sinh(np.tanh(a - b)) * 2) * 3 + b / 3 + c / 3,
           "atanexpratiob94": lambda a, b, c: np.arctan(np.exp(np.tanh(a / (1 + b * b)))) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a cosine of a log of a square and of a cube root of a sigmoid of a difference; a log of a
    # cosh of a product and a square root of a Gaussian of a sum as regressions
    681: (5273, {"coslogsq94": lambda a, b, c: np.cos(np.log(a * a + .1) * 1.5) * 1.5 + 2 * a - b + c / 3,
                 "cbrtsigminus94": lambda a, b, c: np.cbrt(_sigmoid(3 * (a - b)) - .5) * 1.5 + 2 * a - b + c / 3},
          {"logcoshmul94": lambda a, b, c: np.log(np.cosh(np.tanh(a * b) * 2)) * 3 + b / 3 + c / 3,
           "sqrtgausssum94": lambda a, b, c: np.sqrt(np.exp(-(a + b) ** 2) + .1) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sinh of a tanh of a cube and of an arctangent of a cosine of a ratio; an exponential of a
    # sine of a product and a tanh of a log of a square as regressions
    682: (5279, {"sinhtanhcube94": lambda a, b, c: np.sinh(2 * np.tanh(a ** 3 - b)) * 3 + a - b + c / 3,
                 "atancosratio94": lambda a, b, c: np.arctan(3 * np.cos(a / (1 + abs(b)))) * 1.5 + 2 * a - b + c / 3},
          {"expsinmul94": lambda a, b, c: np.exp(np.sin(a * b)) * 1.5 + b / 3 + c / 3,
           "tanhlogsq94": lambda a, b, c: np.tanh(np.log(a * a + .1)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a Gaussian of a cube root of a sum and of a sigmoid of a sinh of a product; a cosine of an
    # arctangent of a difference and a cube root of a cosh of a ratio as regressions
    683: (5281, {"gausscbrtsum94": lambda a, b, c: np.exp(-np.cbrt(a + b) ** 2) * 3 + a - b + c / 3,
                 "sigsinhmul94": lambda a, b, c: _sigmoid(np.sinh(np.tanh(a * b) * 2)) * 1.5 + 2 * a - b + c / 3},
          {"cosatanminus94": lambda a, b, c: np.cos(2 * np.arctan(a - b)) * 3 + b / 3 + c / 3,
           "cbrtcoshratio94r": lambda a, b, c: np.cbrt(np.cosh(a / (1 + b * b)) - 1) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sigmoid of an arctangent of a ratio and of a sinh of a cosine of a product; a Gaussian of a
    # tanh of a ratio and an exponential of a cube root of a difference as regressions
    684: (5297, {"sigatanratio94": lambda a, b, c: _sigmoid(3 * np.arctan(2 * a / (1 + abs(b)))) * 3 + a - b + c / 3,
                 "sinhcosmul94": lambda a, b, c: np.sinh(np.cos(a * b) * 1.5) * 1.5 + 2 * a - b + c / 3},
          {"gausstanhratio94": lambda a, b, c: np.exp(-np.tanh(a / (1 + b * b)) ** 2 * 2) * 3 + b / 3 + c / 3,
           "expcbrtminus94": lambda a, b, c: np.exp(np.cbrt(np.tanh(a - b))) * 1.5 + 2 * a + b / 3 + c / 3}),
    # bins of a log of a Gaussian of a sum and of a tanh of a sine of a square; a cosh of a sigmoid of a
    # sum and a sine of an arctangent of a cube as regressions
    685: (5303, {"loggausssum94": lambda a, b, c: np.log(np.exp(-(a + b) ** 2) + .2) * 3 + a - b + c / 3,
                 "tanhsinsq94": lambda a, b, c: np.tanh(2 * np.sin(a * a - b)) * 1.5 + 2 * a - b + c / 3},
          {"coshsigsum94": lambda a, b, c: np.cosh(3 * _sigmoid(a + b) - 1.5) * 3 + b / 3 + c / 3,
           "sinatancube94": lambda a, b, c: np.sin(2 * np.arctan(a ** 3 - b)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a cube root of a sine of a ratio and of an exponential of a tanh of a difference; a square
    # root of a cosh of a difference and a sigmoid of a log of a square as regressions
    686: (5309, {"cbrtsinratio94": lambda a, b, c: np.cbrt(np.sin(3 * a / (1 + abs(b)))) * 3 + a - b + c / 3,
                 "exptanhminus94": lambda a, b, c: np.exp(np.tanh(2 * (a - b))) * 1.5 + 2 * a - b + c / 3},
          {"sqrtcoshminus94": lambda a, b, c: np.sqrt(np.cosh(np.tanh(a - b) * 2)) * 3 + b / 3 + c / 3,
           "siglogsq94": lambda a, b, c: _sigmoid(np.log(a * a + .1) * 2) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of an arctangent of a sinh of a sum and of a cosine of a cube root of a product; a tanh of a
    # Gaussian of a difference and a log of a sigmoid of a ratio as regressions
    687: (5323, {"atansinhsum94": lambda a, b, c: np.arctan(np.sinh(np.tanh(a + b) * 2)) * 3 + a - b + c / 3,
                 "coscbrtmul94": lambda a, b, c: np.cos(2 * np.cbrt(a * b)) * 1.5 + 2 * a - b + c / 3},
          {"tanhgaussminus94": lambda a, b, c: np.tanh(2 * np.exp(-(a - b) ** 2)) * 3 + b / 3 + c / 3,
           "logsigratio94": lambda a, b, c: np.log(_sigmoid(3 * a / (1 + b * b)) + .1) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a cosh of a tanh of a sum of squares and of a log of a cosine of a difference; a sigmoid of a
    # cube root of a product and an arctangent of a sinh of a ratio as regressions
    688: (5333, {"coshtanhsqsum94": lambda a, b, c: np.cosh(np.tanh(a * a + b * b - 2) * 2) * 3 + a - b + c / 3,
                 "logcosminus94": lambda a, b, c: np.log(np.cos(a - b) + 1.5) * 1.5 + 2 * a - b + c / 3},
          {"sigcbrtmul94": lambda a, b, c: _sigmoid(2 * np.cbrt(a * b)) * 3 + b / 3 + c / 3,
           "atansinhratb94": lambda a, b, c: np.arctan(np.sinh(a / (1 + abs(b)))) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of an exponential of a sine of a cube and of a square root of a tanh of a sum; a Gaussian of a
    # log of a square and a cosine of a sigmoid of a difference as regressions
    689: (5347, {"expsincube94": lambda a, b, c: np.exp(np.sin(a ** 3 - b)) * 3 + a - b + c / 3,
                 "sqrttanhsum94": lambda a, b, c: np.sqrt(np.tanh(a + b) + 1) * 1.5 + 2 * a - b + c / 3},
          {"gausslogsq94": lambda a, b, c: np.exp(-np.log(a * a + .1) ** 2 / 4) * 3 + b / 3 + c / 3,
           "cossigminus94": lambda a, b, c: np.cos(3 * _sigmoid(a - b)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a tanh of an exponential of a product and of a sine of a cube root of a ratio; a sinh of a
    # Gaussian of a sum and a log of an arctangent of a square as regressions
    690: (5351, {"tanhexpmul94": lambda a, b, c: np.tanh(np.exp(np.tanh(a * b)) - 1.5) * 3 + a - b + c / 3,
                 "sincbrtratio94": lambda a, b, c: np.sin(2.5 * np.cbrt(a / (1 + b * b))) * 1.5 + 2 * a - b + c / 3},
          {"sinhgausssum94": lambda a, b, c: np.sinh(2 * np.exp(-(a + b) ** 2)) * 1.5 + b / 3 + c / 3,
           "logatansqb94": lambda a, b, c: np.log(np.arctan(a * a - 2 * b) + 1.8) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a Gaussian of a sinh of a difference and of a cube root of an exponential of a cube; a tanh
    # of a cosine of a ratio and a square root of a sigmoid of a product as regressions
    691: (5381, {"gausssinhminus94": lambda a, b, c: np.exp(-np.sinh(np.tanh(a - b)) ** 2) * 3 + a - b + c / 3,
                 "cbrtexpcube94": lambda a, b, c: np.cbrt(np.exp(np.tanh(a ** 3 - b)) - 1.2) * 1.5 + 2 * a - b + c / 3},
          {"tanhcosratio94": lambda a, b, c: np.tanh(2 * np.cos(a / (1 + abs(b)))) * 3 + b / 3 + c / 3,
           "sqrtsigmul94": lambda a, b, c: np.sqrt(_sigmoid(a * b) + .1) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sine of a Gaussian of a ratio and of a cube root of a tanh of a sum of squares; an
    # arctangent of a cosh of a difference and an exponential of a sigmoid of a cube as regressions
    692: (5387, {"singaussratio96": lambda a, b, c: np.sin(3 * np.exp(-(a / (1 + abs(b))) ** 2)) * 3 + a - b + c / 3,
                 "cbrttanhsqsum96": lambda a, b, c: np.cbrt(np.tanh(a * a + b * b - 1.5)) * 1.5 + 2 * a - b + c / 3},
          {"atancoshminus96": lambda a, b, c: np.arctan(np.cosh(np.tanh(a - b) * 2) - 2) * 3 + b / 3 + c / 3,
           "expsigcube96": lambda a, b, c: np.exp(2 * _sigmoid(a ** 3 - 2 * b)) * 1.5 + 2 * a + b / 3 + c / 3}),
    # bins of a log of a sinh of a ratio and of a sigmoid of a Gaussian of a product; a cube root of a
    # cosine of a sum and a tanh of a square root of a difference as regressions
    693: (5393, {"logsinhratio96": lambda a, b, c: np.log(np.abs(np.sinh(a / (1 + b * b))) + .2) * 3 + a - b + c / 3,
                 "siggaussmul96": lambda a, b, c: _sigmoid(4 * np.exp(-(a * b) ** 2) - 2) * 1.5 + 2 * a - b + c / 3},
          {"cbrtcossum96": lambda a, b, c: np.cbrt(np.cos(a + b)) * 3 + b / 3 + c / 3,
           "tanhsqrtminus96": lambda a, b, c: np.tanh(np.sqrt(np.abs(a - b)) - 1) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a cosh of a sine of a difference and of an arctangent of an exponential of a square; a sinh
    # of a log of a sum and a Gaussian of a cube root of a ratio as regressions
    694: (5399, {"coshsinminus96": lambda a, b, c: np.cosh(np.sin(2 * (a - b))) * 3 + a - b + c / 3,
                 "atanexpsq96": lambda a, b, c: np.arctan(np.exp(np.tanh(a * a - b))) * 1.5 + 2 * a - b + c / 3},
          {"sinhlogsum96": lambda a, b, c: np.sinh(np.tanh(np.log(np.abs(a + b) + .1))) * 3 + b / 3 + c / 3,
           "gausscbrtratio96": lambda a, b, c: np.exp(-np.cbrt(a / (1 + b * b)) ** 2) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a tanh of a log of a product and of a square root of a cosine of a cube; a sigmoid of an
    # arctangent of a sum and a cosh of a Gaussian of a difference as regressions
    695: (5407, {"tanhlogmul96": lambda a, b, c: np.tanh(np.log(np.abs(a * b) + .1)) * 3 + a - b + c / 3,
                 "sqrtcoscube96": lambda a, b, c: np.sqrt(np.cos(a ** 3 - b) + 1) * 1.5 + 2 * a - b + c / 3},
          {"sigatansum96": lambda a, b, c: _sigmoid(3 * np.arctan(a + b)) * 3 + b / 3 + c / 3,
           "coshgaussminus96": lambda a, b, c: np.cosh(2 * np.exp(-(a - b) ** 2)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of an arctangent of a log of a sum of squares and of a Gaussian of a tanh of a product; an
    # exponential of a cosine of a ratio and a sinh of a cube root of a difference as regressions
    696: (5413, {"atanlogsqsum96": lambda a, b, c: np.arctan(np.log(a * a + b * b + .1)) * 3 + a - b + c / 3,
                 "gausstanhmul96": lambda a, b, c: np.exp(-np.tanh(a * b) ** 2 * 3) * 1.5 + 2 * a - b + c / 3},
          {"expcosratio96": lambda a, b, c: np.exp(np.cos(2 * a / (1 + b * b))) * 1.5 + b / 3 + c / 3,
           "sinhcbrtminus96": lambda a, b, c: np.sinh(np.cbrt(np.tanh(a - b))) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sigmoid of a sine of a sum and of a cosh of a cube root of a difference; a log of a tanh of
    # a square and a square root of an arctangent of a product as regressions
    697: (5417, {"sigsinsum96": lambda a, b, c: _sigmoid(4 * np.sin(a + 2 * b)) * 1.5 + 2 * a - b + c / 3,
                 "coshcbrtminus96": lambda a, b, c: np.cosh(np.cbrt(a - b)) * 1.5 + 2 * a - b + c / 3},
          {"logtanhsq96": lambda a, b, c: np.log(np.tanh(a * a - b) + 1.1) * 3 + b / 3 + c / 3,
           "sqrtatanmul96": lambda a, b, c: np.sqrt(np.arctan(a * b) + 1.6) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a cube root of a Gaussian of a difference and of a tanh of an exponential of a ratio; a
    # sigmoid of a cosh of a sum and a cosine of a sinh of a cube as regressions
    698: (5419, {"cbrtgaussminus96": lambda a, b, c: np.cbrt(np.exp(-(a - b) ** 2) - .4) * 1.5 + 2 * a - b + c / 3,
                 "tanhexpratio96": lambda a, b, c: np.tanh(np.exp(a / (1 + b * b)) - 1.5) * 1.5 + 2 * a - b + c / 3},
          {"sigcoshsum96": lambda a, b, c: _sigmoid(np.cosh(np.tanh(a + b) * 2) - 2) * 3 + b / 3 + c / 3,
           "cossinhcube96": lambda a, b, c: np.cos(np.sinh(np.tanh(a ** 3 - b))) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sine of a log of a difference and of an arctangent of a square root of a sum of squares; a
    # Gaussian of a sigmoid of a product and a tanh of a cosh of a ratio as regressions
    699: (5431, {"sinlogminus96": lambda a, b, c: np.sin(2 * np.log(np.abs(a - b) + .1)) * 3 + a - b + c / 3,
                 "atansqrtsqsum96": lambda a, b, c: np.arctan(np.sqrt(a * a + b * b) - 1) * 1.5 + 2 * a - b + c / 3},
          {"gausssigmul96": lambda a, b, c: np.exp(-(3 * _sigmoid(a * b) - 1.5) ** 2) * 3 + b / 3 + c / 3,
           "tanhcoshratio96": lambda a, b, c: np.tanh(np.cosh(a / (1 + abs(b))) - 1.5) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of an exponential of an arctangent of a difference and of a cosine of a sigmoid of a square; a
    # cube root of a sinh of a product and a Gaussian of a log of a ratio as regressions
    700: (5437, {"expatanminus96": lambda a, b, c: np.exp(np.arctan(2 * (a - b))) * 3 + a - b + c / 3,
                 "cossigsq96": lambda a, b, c: np.cos(3 * _sigmoid(a * a - 2 * b)) * 1.5 + 2 * a - b + c / 3},
          {"cbrtsinhmul96": lambda a, b, c: np.cbrt(np.sinh(np.tanh(a * b) * 2)) * 3 + b / 3 + c / 3,
           "gausslogrt96": lambda a, b, c: np.exp(-np.log(abs(a) / (1 + b * b) + .1) ** 2) * 3 + a + b / 3 + c / 3}),
    # bins of a sinh of a Gaussian of a cube and of a log of a cosh of a sum; a tanh of a sine of a ratio
    # and an arctangent of a cube root of a sum of squares as regressions
    701: (5441, {"sinhgausscube96": lambda a, b, c: np.sinh(2 * np.exp(-(a ** 3 - b) ** 2)) * 3 + a - b + c / 3,
                 "logcoshsum96": lambda a, b, c: np.log(np.cosh(np.tanh(a + b) * 2)) * 1.5 + 2 * a - b + c / 3},
          {"tanhsinratio96": lambda a, b, c: np.tanh(2 * np.sin(2 * a / (1 + abs(b)))) * 3 + b / 3 + c / 3,
           "atancbrtsqsum96": lambda a, b, c: np.arctan(np.cbrt(a * a + b * b - 2)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a square root of a sigmoid of a difference and of a tanh of a Gaussian of a ratio; a cosine
    # of an exponential of a sum and a sigmoid of a cosh of a product as regressions
    702: (5443, {"sqrtsigminus96": lambda a, b, c: np.sqrt(_sigmoid(2 * a - 3 * b) + .2) * 1.5 + 2 * a - b + c / 3,
                 "tanhgaussrt96": lambda a, b, c: np.tanh(np.exp(-(a / (1 + b * b)) ** 2)) * 1.5 + 2 * a - b + c / 3},
          {"cosexpsum96": lambda a, b, c: np.cos(np.exp(np.tanh(a + b))) * 3 + b / 3 + c / 3,
           "sigcoshmul96": lambda a, b, c: _sigmoid(np.cosh(np.tanh(a * b) * 2) - 2) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a log of a sigmoid of a cube and of a sine of an arctangent of a product; an exponential of
    # a tanh of a square and a cube root of a cosine of a difference as regressions
    703: (5449, {"logsigcube96": lambda a, b, c: np.log(_sigmoid(a ** 3 - 2 * b) + .05) * 3 + a - b + c / 3,
                 "sinatanmul96": lambda a, b, c: np.sin(3 * np.arctan(a * b)) * 1.5 + 2 * a - b + c / 3},
          {"exptanhsq96": lambda a, b, c: np.exp(np.tanh(a * a - 2 * b)) * 1.5 + b / 3 + c / 3,
           "cbrtcosminus96": lambda a, b, c: np.cbrt(np.cos(1.5 * a - 2 * b)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a tanh of a cube root of a difference and of an exponential of a sine of a product; a
    # sigmoid of an arctangent of a square and a cosine of a log of a ratio as regressions
    704: (5471, {"tanhcbrtdiff96": lambda a, b, c: np.tanh(np.cbrt(2 * a - 3 * b)) * 3 + a - b + c / 3,
                 "expsinprod96": lambda a, b, c: np.exp(np.sin(3 * a * b)) * 1.5 + 2 * a - b + c / 3},
          {"sigatansq96": lambda a, b, c: _sigmoid(3 * np.arctan(a * a - 2 * b)) * 3 + b / 3 + c / 3,
           "coslogratio96": lambda a, b, c: np.cos(2 * np.log(abs(a / (1 + b * b)) + .2)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a square root of a cosh of a difference and of an arctangent of a Gaussian of a sum; a sinh
    # of a sigmoid of a cube and a tanh of a log of a sum as regressions
    705: (5477, {"sqrtcoshdiff96": lambda a, b, c: np.sqrt(np.cosh(np.tanh(a - 2 * b) * 2)) * 3 + a - b + c / 3,
                 "atangausssum96": lambda a, b, c: np.arctan(3 * np.exp(-(a + b) ** 2)) * 1.5 + 2 * a - b + c / 3},
          {"sinhsigcube96": lambda a, b, c: np.sinh(2 * _sigmoid(a ** 3 - 2 * b)) * 3 + b / 3 + c / 3,
           "tanhlogsum96": lambda a, b, c: np.tanh(np.log(np.abs(a + b) + .3)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a log of a cube root of a sum of squares and of a sigmoid of a sine of a ratio; a Gaussian
    # of a sinh of a product and a cosine of a cube root of a difference as regressions
    706: (5479, {"logcbrtsqsum96": lambda a, b, c: np.log(abs(np.cbrt(a * a + b * b - 1)) + .1) * 1.5 + a - b + c / 3,
                 "sigsinratio96": lambda a, b, c: _sigmoid(3 * np.sin(2 * a / (1 + abs(b)))) * 3 + 2 * a - b + c / 3},
          {"gausssinhmul96": lambda a, b, c: np.exp(-np.sinh(np.tanh(a * b)) ** 2 * 3) * 3 + b / 3 + c / 3,
           "coscbrtminus96": lambda a, b, c: np.cos(2 * np.cbrt(a - 2 * b)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of an exponential of a Gaussian of a cube and of a sinh of an arctangent of a sum; a square
    # root of a sine of a square and an arctangent of a cosh of a ratio as regressions
    707: (5483, {"expgausscube96": lambda a, b, c: np.exp(np.exp(-(a ** 3 - 2 * b) ** 2)) * 1.5 + a - b + c / 3,
                 "sinhatansum96": lambda a, b, c: np.sinh(np.arctan(2 * (a + b))) * 1.5 + 2 * a - b + c / 3},
          {"sqrtsinsq96": lambda a, b, c: np.sqrt(np.sin(a * a - b) + 1.1) * 3 + b / 3 + c / 3,
           "atancoshratio96": lambda a, b, c: np.arctan(np.cosh(a / (1 + b * b)) - 1.2) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sine of a cube root of a square and of a tanh of an exponential of a difference; a log of
    # a sigmoid of a product and a Gaussian of a cosine of a ratio as regressions
    708: (5501, {"sincbrtsq96": lambda a, b, c: np.sin(2 * np.cbrt(a * a - 2 * b)) * 3 + a - b + c / 3,
                 "tanhexpdiff96": lambda a, b, c: np.tanh(np.exp(np.tanh(a - b)) - 1.5) * 1.5 + 2 * a - b + c / 3},
          {"logsigprod96": lambda a, b, c: np.log(_sigmoid(2 * a * b) + .1) * 3 + b / 3 + c / 3,
           "gausscosratio96": lambda a, b, c: np.exp(-np.cos(2 * a / (1 + b * b)) ** 2) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a cube root of an arctangent of a product and of a sigmoid of a tanh of a sum; an exponential
    # of a cosh of a difference and a sinh of a log of a square as regressions
    709: (5503, {"cbrtatanmul96": lambda a, b, c: np.cbrt(np.arctan(3 * a * b)) * 1.5 + 2 * a - b + c / 3,
                 "sigtanhsum96": lambda a, b, c: _sigmoid(4 * np.tanh(a + 2 * b)) * 1.5 + 2 * a - b + c / 3},
          {"expcoshminus96": lambda a, b, c: np.exp(-np.cosh(np.tanh(a - b) * 2) / 2) * 3 + b / 3 + c / 3,
           "sinhlogsq96": lambda a, b, c: np.sinh(np.log(a * a + .5) / 2) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a cosine of a square root of a difference and of an arctangent of a sinh of a ratio; a tanh
    # of a Gaussian of a product and a square root of a log of a sum as regressions
    710: (5507, {"cossqrtdiff96": lambda a, b, c: np.cos(3 * np.sqrt(abs(a - b))) * 3 + a - b + c / 3,
                 "atansinhratio96": lambda a, b, c: np.arctan(np.sinh(2 * a / (1 + abs(b)))) * 1.5 + 2 * a - b + c / 3},
          {"tanhgaussprod96": lambda a, b, c: np.tanh(3 * np.exp(-(a * b) ** 2) - 1) * 3 + b / 3 + c / 3,
           "sqrtlogsum96": lambda a, b, c: np.sqrt(np.log(np.abs(a + b) + 1.5)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sine of an exponential of a cube and of a log of a tanh of a ratio; a sigmoid of a cube
    # root of a square and a cosh of an arctangent of a difference as regressions
    711: (5519, {"sinexpcube96": lambda a, b, c: np.sin(np.exp(np.tanh(a ** 3 - b))) * 3 + a - b + c / 3,
                 "logtanhratio96": lambda a, b, c: np.log(np.tanh(abs(a) / (1 + b * b)) + .1) * 2 + 2 * a - b + c / 3},
          {"sigcbrtsq96": lambda a, b, c: _sigmoid(3 * np.cbrt(a * a - 2 * b)) * 3 + b / 3 + c / 3,
           "coshatanminus96": lambda a, b, c: np.cosh(np.arctan(2 * (a - b))) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a tanh of a sinh of a square and of an exponential of an arctangent of a ratio; a cube root
    # of a Gaussian of a sum and a log of a cosine of a sum as regressions
    712: (5521, {"tanhsinhsq96": lambda a, b, c: np.tanh(np.sinh(a * a - 2 * b)) * 3 + a - b + c / 3,
                 "expatanratio96": lambda a, b, c: np.exp(np.arctan(2 * a / (1 + b * b))) * 1.5 + 2 * a - b + c / 3},
          {"cbrtgausssum96": lambda a, b, c: np.cbrt(np.exp(-(a + b) ** 2) - .3) * 3 + b / 3 + c / 3,
           "logcossum96": lambda a, b, c: np.log(np.cos(a + 2 * b) + 1.2) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sigmoid of an exponential of a product and of a square root of an arctangent of a cube; a
    # sine of a sigmoid of a ratio and a cosh of a tanh of a difference as regressions
    713: (5527, {"sigexpmul96": lambda a, b, c: _sigmoid(3 * np.exp(np.tanh(a * b)) - 4) * 3 + a - b + c / 3,
                 "sqrtatancube96": lambda a, b, c: np.sqrt(np.arctan(a ** 3 - b) + 1.6) * 1.5 + 2 * a - b + c / 3},
          {"sinsigratio96": lambda a, b, c: np.sin(4 * _sigmoid(a / (1 + abs(b)))) * 3 + b / 3 + c / 3,
           "coshtanhdiff96": lambda a, b, c: np.cosh(2 * np.tanh(a - 2 * b)) * 1.5 + 2 * a + b / 3 + c / 3}),
    # bins of an arctangent of a log of a square and of a Gaussian of a square root of a sum; a tanh of a
    # cosine of a product and an exponential of a cube root of a ratio as regressions
    714: (5531, {"atanlogsq96": lambda a, b, c: np.arctan(2 * np.log(a * a + .2) - b) * 3 + a - b + c / 3,
                 "gausssqrtsum96": lambda a, b, c: np.exp(-np.sqrt(abs(a + b)) * 2) * 3 + 2 * a - b + c / 3},
          {"tanhcosprod96": lambda a, b, c: np.tanh(2 * np.cos(1.5 * a * b)) * 3 + b / 3 + c / 3,
           "expcbrtratio96": lambda a, b, c: np.exp(np.cbrt(a / (1 + b * b))) * 1.5 + 2 * a + b / 3 + c / 3}),
    # bins of a sinh of a cosine of a difference and of a sigmoid of a square root of a cube; a log of an
    # arctangent of a product and a cube root of a sinh of a sum as regressions
    715: (5557, {"sinhcosminus96": lambda a, b, c: np.sinh(np.cos(a - 2 * b)) * 1.5 + 2 * a - b + c / 3,
                 "sigsqrtcube96": lambda a, b, c: _sigmoid(3 * np.sqrt(abs(a ** 3)) - 2 * b) * 1.5 + 2 * a - b + c / 3},
          {"logatanprod96": lambda a, b, c: np.log(np.arctan(a * b) + 1.7) * 3 + b / 3 + c / 3,
           "cbrtsinhsum96": lambda a, b, c: np.cbrt(np.sinh(np.tanh(a + b) * 2)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a tanh of a square root of a square and of an exponential of a sinh of a ratio; a sigmoid
    # of a log of a Gaussian and a cosine of a cube root of a sum as regressions
    716: (5563, {"tanhsqrtsq97": lambda a, b, c: np.tanh(2 * np.sqrt(abs(a * a - b)) - 2) * 3 + a - b + c / 3,
                 "expsinhratio97": lambda a, b, c: np.exp(np.sinh(np.tanh(a / (1 + b * b)))) * 1.5 + 2 * a - b + c / 3},
          {"sigloggauss97": lambda a, b, c: _sigmoid(2 * np.log(np.exp(-(a - b) ** 2) + .2)) * 3 + b / 3 + c / 3,
           "coscbrtsum97": lambda a, b, c: np.cos(2 * np.cbrt(a + 2 * b)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of an arctangent of an exponential of a difference and of a sinh of a Gaussian of a product; a
    # log of a sine of a difference and a square root of a cosh of a ratio as regressions
    717: (5569, {"atanexpdiff97": lambda a, b, c: np.arctan(np.exp(a - 2 * b) - 1) * 3 + a - b + c / 3,
                 "sinhgaussprod97": lambda a, b, c: np.sinh(2 * np.exp(-(a * b) ** 2)) * 1.5 + 2 * a - b + c / 3},
          {"logsinminus97": lambda a, b, c: np.log(np.sin(2 * a - b) + 1.3) * 3 + b / 3 + c / 3,
           "sqrtcoshratio97": lambda a, b, c: np.sqrt(np.cosh(2 * a / (1 + abs(b)))) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a cube root of a tanh of a cube and of a sigmoid of a cosine of a product; a Gaussian of an
    # arctangent of a square and a tanh of a sigmoid of a difference as regressions
    718: (5573, {"cbrttanhcube97": lambda a, b, c: np.cbrt(np.tanh(a ** 3 - 2 * b)) * 3 + a - b + c / 3,
                 "sigcosmul97": lambda a, b, c: _sigmoid(4 * np.cos(2 * a * b)) * 1.5 + 2 * a - b + c / 3},
          {"gaussatansq97": lambda a, b, c: np.exp(-np.arctan(a * a - b) ** 2 * 2) * 3 + b / 3 + c / 3,
           "tanhsigdiff97": lambda a, b, c: np.tanh(4 * _sigmoid(a - 2 * b) - 2) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of an exponential of a square root of a sum and of a sine of a log of a ratio; an arctangent of
    # a sinh of a cube and a cosh of a sigmoid of a product as regressions
    719: (5581, {"expsqrtsum97": lambda a, b, c: np.exp(-np.sqrt(abs(a + 2 * b))) * 3 + a - b + c / 3,
                 "sinlogratio97": lambda a, b, c: np.sin(np.log(abs(a) / (1 + b * b) + .1)) * 2 + 2 * a - b + c / 3},
          {"atansinhcube97": lambda a, b, c: np.arctan(np.sinh(np.tanh(a ** 3 - b) * 2)) * 3 + b / 3 + c / 3,
           "coshsigprod97": lambda a, b, c: np.cosh(2 * _sigmoid(a * b) - 1) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a tanh of a cosh of a sum and of an exponential of a log of a product; a sigmoid of a sinh
    # of a difference and a cube root of an exponential of a ratio as regressions
    720: (5591, {"tanhcoshsum97": lambda a, b, c: np.tanh(np.cosh(np.tanh(a + b) * 2) - 2) * 3 + a - b + c / 3,
                 "explogprod97": lambda a, b, c: np.exp(np.log(abs(a * b) + .3) / 2) * 1.5 + 2 * a - b + c / 3},
          {"sigsinhdiff97": lambda a, b, c: _sigmoid(np.sinh(1.5 * (a - b))) * 3 + b / 3 + c / 3,
           "cbrtexpratio97": lambda a, b, c: np.cbrt(np.exp(a / (1 + b * b)) - 1.2) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of an arctangent of a cosine of a square and of a square root of a sigmoid of a difference; a
    # sine of a Gaussian of a cube and a log of a tanh of a sum as regressions
    721: (5623, {"atancossq97": lambda a, b, c: np.arctan(3 * np.cos(a * a - 2 * b)) * 1.5 + 2 * a - b + c / 3,
                 "sqrtsigminus97": lambda a, b, c: np.sqrt(_sigmoid(3 * a - 2 * b) + .1) * 1.5 + 2 * a - b + c / 3},
          {"singausscube97": lambda a, b, c: np.sin(3 * np.exp(-(a ** 3 - b) ** 2)) * 3 + b / 3 + c / 3,
           "logtanhsum97": lambda a, b, c: np.log(np.tanh(a + b) + 1.2) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a cosh of a sine of a ratio and of a Gaussian of a cube root of a product; a tanh of an
    # arctangent of a difference and a sigmoid of a square root of a square as regressions
    722: (5639, {"coshsinratio97": lambda a, b, c: np.cosh(2 * np.sin(a / (1 + b * b))) * 1.5 + a - b + c / 3,
                 "gausscbrtprod97": lambda a, b, c: np.exp(-np.cbrt(a * b) ** 2 * 2) * 3 + 2 * a - b + c / 3},
          {"tanhatandiff97": lambda a, b, c: np.tanh(2 * np.arctan(a - 2 * b)) * 3 + b / 3 + c / 3,
           "sigsqrtsq97": lambda a, b, c: _sigmoid(3 * np.sqrt(abs(a * a - b)) - 2) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of an exponential of a log of a cube and of a sinh of a square root of a ratio; a cosine of an
    # arctangent of a product and a log of an exponential of a sum as regressions
    723: (5641, {"explogcube97": lambda a, b, c: np.exp(np.log(abs(a ** 3 - b) + .2) / 3) * 3 + a - b + c / 3,
                 "sinhsqrtratio97": lambda a, b, c: np.sinh(np.sqrt(abs(a) / (1 + b * b))) * 1.5 + 2 * a - b + c / 3},
          {"cosatanprod97": lambda a, b, c: np.cos(2.5 * np.arctan(2 * a * b)) * 3 + b / 3 + c / 3,
           "logexpsum97": lambda a, b, c: np.log(np.exp(np.tanh(a + 2 * b)) + .5) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a tanh of a log of a cube and of an exponential of a cosine of a ratio; a sigmoid of an
    # arctangent of a product and a cube root of a sinh of a difference as regressions
    724: (5647, {"tanhlogcube97": lambda a, b, c: np.tanh(np.log(abs(a ** 3 - b) + .3)) * 3 + a - b + c / 3,
                 "expcosratio97": lambda a, b, c: np.exp(np.cos(3 * a / (1 + b * b))) * 1.5 + 2 * a - b + c / 3},
          {"sigatanprod97": lambda a, b, c: _sigmoid(3 * np.arctan(2 * a * b)) * 3 + b / 3 + c / 3,
           "cbrtsinhdiff97": lambda a, b, c: np.cbrt(np.sinh(1.5 * (a - b))) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a square root of a Gaussian of a square and of a log of a sigmoid of a sum; a sinh of a tanh
    # of a ratio and an arctangent of a square root of a product as regressions
    725: (5651, {"sqrtgausssq97": lambda a, b, c: np.sqrt(np.exp(-(a * a - b) ** 2) + .1) * 3 + a - b + c / 3,
                 "logsigsum97": lambda a, b, c: np.log(_sigmoid(2 * (a + b)) + .1) * 1.5 + 2 * a - b + c / 3},
          {"sinhtanhratio97": lambda a, b, c: np.sinh(2 * np.tanh(a / (1 + abs(b)))) * 3 + b / 3 + c / 3,
           "atansqrtprod97": lambda a, b, c: np.arctan(2 * np.sqrt(abs(a * b)) - 1) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a cosine of an exponential of a cube and of a Gaussian of a log of a difference; a tanh of
    # a sinh of a sum and a sigmoid of a cube root of a ratio as regressions
    726: (5653, {"cosexpcube97": lambda a, b, c: np.cos(np.exp(np.tanh(a ** 3 - 2 * b))) * 3 + a - b + c / 3,
                 "gausslogdiff97": lambda a, b, c: np.exp(-np.log(abs(a - b) + .2) ** 2) * 1.5 + 2 * a - b + c / 3},
          {"tanhsinhsum97": lambda a, b, c: np.tanh(np.sinh(a + 2 * b)) * 3 + b / 3 + c / 3,
           "sigcbrtratio97": lambda a, b, c: _sigmoid(3 * np.cbrt(a / (1 + b * b))) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of an exponential of an arctangent of a square and of a sine of a square root of a product; a
    # cosh of a log of a ratio and a cube root of a sigmoid of a difference as regressions
    727: (5657, {"expatansq97": lambda a, b, c: np.exp(np.arctan(a * a - 2 * b)) * 1.5 + a - b + c / 3,
                 "sinsqrtmul97": lambda a, b, c: np.sin(2 * np.sqrt(abs(a * b))) * 1.5 + 2 * a - b + c / 3},
          {"coshlogratio97": lambda a, b, c: np.cosh(np.log(abs(a) / (1 + b * b) + .3)) * 3 + b / 3 + c / 3,
           "cbrtsigdiff97": lambda a, b, c: np.cbrt(_sigmoid(2 * (a - b)) - .5) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a tanh of a Gaussian of a cube and of an exponential of a sine of a sum; a sigmoid of a
    # sinh of a square and a log of a cube root of a product as regressions
    728: (5659, {"tanhgausscube97": lambda a, b, c: np.tanh(3 * np.exp(-(a ** 3 + b) ** 2) - 1) * 1.5 + 2 * a - b + c / 3,
                 "expsinsum97": lambda a, b, c: np.exp(np.sin(2 * (a + b))) * 1.5 + 2 * a - b + c / 3},
          {"sigsinhsq97": lambda a, b, c: _sigmoid(np.sinh(a * a - 1.5 * b)) * 3 + b / 3 + c / 3,
           "logcbrtprod97": lambda a, b, c: np.log(abs(np.cbrt(a * b)) + .2) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of an arctangent of a tanh of a ratio and of a cosine of a sigmoid of a difference; a square
    # root of an exponential of a difference and a sinh of a cube root of a square as regressions
    729: (5669, {"atantanhratio97": lambda a, b, c: np.arctan(3 * np.tanh(2 * a / (1 + b * b))) * 3 + a - b + c / 3,
                 "cossigdiff97": lambda a, b, c: np.cos(4 * _sigmoid(2 * a - b)) * 1.5 + 2 * a - b + c / 3},
          {"sqrtexpminus97": lambda a, b, c: np.sqrt(np.exp(np.tanh(a - 2 * b))) * 3 + b / 3 + c / 3,
           "sinhcbrtsq97": lambda a, b, c: np.sinh(np.cbrt(a * a - 2 * b)) * 1.5 + 2 * a + b / 3 + c / 3}),
    # bins of a Gaussian of a tanh of a sum and of a log of a cosine of a product; a cube root of an
    # arctangent of a square and a sigmoid of an exponential of a ratio as regressions
    730: (5683, {"gausstanhsum97": lambda a, b, c: np.exp(-np.tanh(a + 2 * b) ** 2 * 3) * 3 + a - b + c / 3,
                 "logcosprod97": lambda a, b, c: np.log(np.cos(2 * a * b) + 1.3) * 1.5 + 2 * a - b + c / 3},
          {"cbrtatansq97": lambda a, b, c: np.cbrt(np.arctan(a * a - 2 * b)) * 3 + b / 3 + c / 3,
           "sigexpratio97": lambda a, b, c: _sigmoid(2 * np.exp(a / (1 + b * b)) - 3) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sine of a sinh of a difference and of a tanh of a square root of a ratio; an exponential of
    # a Gaussian of a product and a cosine of a log of a cube as regressions
    731: (5689, {"sinsinhdiff97": lambda a, b, c: np.sin(np.sinh(np.tanh(a - b) * 2)) * 3 + a - b + c / 3,
                 "tanhsqrtratio97": lambda a, b, c: np.tanh(np.sqrt(abs(a) / (1 + b * b)) - 1) * 2 + 2 * a - b + c / 3},
          {"expgaussprod97": lambda a, b, c: np.exp(np.exp(-(a * b) ** 2)) * 1.5 + b / 3 + c / 3,
           "coslogcube97": lambda a, b, c: np.cos(np.log(abs(a ** 3 - b) + .2)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sinh of an exponential of a cube and of an arctangent of a log of a ratio; a tanh of a
    # cosine of a square and a sigmoid of a square root of a difference as regressions
    732: (5693, {"sinhexpcube97": lambda a, b, c: np.sinh(np.exp(np.tanh(a ** 3 - b)) - 1) * 1.5 + 2 * a - b + c / 3,
                 "atanlogratio97": lambda a, b, c: np.arctan(np.log(abs(a / (1 + b * b)) + .2)) * 3 + a - b + c / 3},
          {"tanhcossq97": lambda a, b, c: np.tanh(2 * np.cos(a * a - b)) * 3 + b / 3 + c / 3,
           "sigsqrtdiff97": lambda a, b, c: _sigmoid(3 * np.sqrt(abs(a - 2 * b)) - 2) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of an exponential of a cube root of a sum and of a cosine of a Gaussian of a ratio; a log of a
    # sinh of a product and a square root of a tanh of a cube as regressions
    733: (5701, {"expcbrtsum97": lambda a, b, c: np.exp(np.cbrt(a + 2 * b) / 2) * 1.5 + a - b + c / 3,
                 "cosgaussratio97": lambda a, b, c: np.cos(3 * np.exp(-(a / (1 + b * b)) ** 2)) * 3 + a - b + c / 3},
          {"logsinhprod97": lambda a, b, c: np.log(abs(np.sinh(np.tanh(a * b))) + .2) * 3 + b / 3 + c / 3,
           "sqrttanhcube97": lambda a, b, c: np.sqrt(np.tanh(a ** 3 - b) + 1.1) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a Gaussian of a sigmoid of a square and of a sine of an arctangent of a difference; a cube
    # root of a cosh of a sum and a tanh of an exponential of a product as regressions
    734: (5711, {"gausssigsq97": lambda a, b, c: np.exp(-(4 * _sigmoid(a * a - 2 * b) - 2) ** 2) * 3 + a - b + c / 3,
                 "sinatandiff97": lambda a, b, c: np.sin(3 * np.arctan(a - 2 * b)) * 1.5 + 2 * a - b + c / 3},
          {"cbrtcoshsum97": lambda a, b, c: np.cbrt(np.cosh(np.tanh(a + b) * 2) - 2) * 3 + b / 3 + c / 3,
           "tanhexpprod97": lambda a, b, c: np.tanh(np.exp(np.tanh(a * b)) - 1.3) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sigmoid of a log of a cube and of an arctangent of a cube root of a ratio; a sinh of a
    # square root of a square and a cosine of a cosh of a difference as regressions
    735: (5717, {"siglogcube97": lambda a, b, c: _sigmoid(2 * np.log(abs(a ** 3 - b) + .1)) * 3 + a - b + c / 3,
                 "atancbrtratio97": lambda a, b, c: np.arctan(3 * np.cbrt(a / (1 + b * b))) * 1.5 + 2 * a - b + c / 3},
          {"sinhsqrtsq97": lambda a, b, c: np.sinh(np.sqrt(abs(a * a - b)) - 1) * 1.5 + b / 3 + c / 3,
           "coscoshdiff97": lambda a, b, c: np.cos(np.cosh(np.tanh(a - b) * 1.5)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a tanh of an arctangent of a cube and of an exponential of a sigmoid of a ratio; a sine of
    # a log of a square and a cube root of a Gaussian of a difference as regressions
    736: (5737, {"tanhatancube97": lambda a, b, c: np.tanh(2 * np.arctan(a ** 3 - 2 * b)) * 3 + a - b + c / 3,
                 "expsigratio97": lambda a, b, c: np.exp(2 * _sigmoid(a / (1 + b * b))) * 1.5 + 2 * a - b + c / 3},
          {"sinlogsq97": lambda a, b, c: np.sin(2 * np.log(a * a + .3)) * 3 + b / 3 + c / 3,
           "cbrtgaussdiff97": lambda a, b, c: np.cbrt(np.exp(-(a - b) ** 2) - .4) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a sigmoid of a cosh of a product and of a log of a tanh of a square; a cosine of a cube root
    # of a ratio and a square root of a sinh of a sum as regressions
    737: (5741, {"sigcoshprod97": lambda a, b, c: _sigmoid(3 * np.cosh(np.tanh(a * b)) - 4) * 3 + a - b + c / 3,
                 "logtanhsq97": lambda a, b, c: np.log(np.tanh(a * a) + .1) * 1.5 + 2 * a - b + c / 3},
          {"coscbrtratio97": lambda a, b, c: np.cos(3 * np.cbrt(a / (1 + b * b))) * 3 + b / 3 + c / 3,
           "sqrtsinhsum97": lambda a, b, c: np.sqrt(abs(np.sinh(a + b))) * 1.5 + 2 * a + b / 3 + c / 3}),
    # bins of an arctangent of a Gaussian of a cube and of a sinh of a log of a difference; a Gaussian of
    # an exponential of a ratio and a tanh of a sine of a square as regressions
    738: (5743, {"atangausscube97": lambda a, b, c: np.arctan(4 * np.exp(-(a ** 3 - b) ** 2) - 1) * 3 + a - b + c / 3,
                 "sinhlogdiff97": lambda a, b, c: np.sinh(np.log(abs(a - b) + .3)) * 1.5 + 2 * a - b + c / 3},
          {"gaussexpratio97": lambda a, b, c: np.exp(-np.exp(a / (1 + b * b)) / 2) * 3 + b / 3 + c / 3,
           "tanhsinsq97": lambda a, b, c: np.tanh(3 * np.sin(a * a - 2 * b)) * 3 + 2 * a + b / 3 + c / 3}),
    # bins of a cosine of a square root of a sum and of a log of an arctangent of a difference; a sigmoid
    # of a tanh of a cube and an exponential of a cosh of a ratio as regressions
    739: (5749, {"cossqrtsum97": lambda a, b, c: np.cos(3 * np.sqrt(abs(a + b))) * 3 + a - b + c / 3,
                 "logatandiff97": lambda a, b, c: np.log(np.arctan(a - 2 * b) + 1.7) * 1.5 + 2 * a - b + c / 3},
          {"sigtanhcube97": lambda a, b, c: _sigmoid(4 * np.tanh(a ** 3 - b)) * 3 + b / 3 + c / 3,
           "expcoshratio97": lambda a, b, c: np.exp(-np.cosh(a / (1 + b * b))) * 3 + 2 * a + b / 3 + c / 3}),
}
REGRESSION += tuple(name for _, _, regressions in FORMULA_DRAWS.values() for name in regressions)


# Each numpy-made draw's data sets and the function that makes them (fresh3 on): a new draw adds a row.
_GENERATED = ((FRESH3, _generated), (FRESH4, _generated4), (FRESH5, _generated5), (FRESH6, _generated6),
              (FRESH7, _generated7), (FRESH8, _generated8), (FRESH9, _generated9), (FRESH10, _generated10),
              (FRESH11, _generated11), (FRESH12, _generated12), (FRESH13, _generated13), (FRESH14, _generated14),
              (FRESH15, _generated15), (FRESH16, _generated16), (FRESH17, _generated17),
              (FRESH18, _generated18), (FRESH19, _generated19),
              (FRESH20, _generated20), (FRESH21, _generated21),
              (FRESH22, _generated22), (FRESH23, _generated23), (FRESH24, _generated24),
              (FRESH25, _generated25), (FRESH26, _generated26), (FRESH27, _generated27),
              (FRESH28, _generated28), (FRESH29, _generated29), (FRESH30, _generated30),
              (FRESH31, _generated31), (FRESH32, _generated32), (FRESH33, _generated33),
              (FRESH34, _generated34), (FRESH35, _generated35), (FRESH36, _generated36),
              (FRESH37, _generated37), (FRESH38, _generated38),
              (FRESH39, _generated39), (FRESH41, _generated41), (FRESH42, _generated42), (FRESH43, _generated43),
              (FRESH45, _generated45), (FRESH46, _generated46), (FRESH48, _generated48), (FRESH49, _generated49),
              (FRESH59, _generated59),
              *(_formula_draw(*spec) for spec in FORMULA_DRAWS.values()))


def _one_draw_per_name() -> None:
    """Each generated data set's name belongs to one draw: ``_raw`` makes a name with the first row of
    ``_GENERATED`` that has it, so a later draw reusing it silently gets the earlier draw's data."""
    seen: dict = {}
    for names, make in _GENERATED:
        for name in names:
            if seen.setdefault(name, make) is not make:
                raise ValueError(f"data set {name!r} is made by {seen[name].__name__} and {make.__name__}: "
                                 f"give the new one another name")


_one_draw_per_name()
# Every data set a spec may name (for the error that lists them): the bundled and generated ones, and
# each fresh draw's (a regression among them is in REGRESSION too).
DATASETS = tuple(dict.fromkeys(CLASSIFICATION + REGRESSION + FRESH + FRESH2
                               + tuple(name for names, _ in _GENERATED for name in names)))


def _target(y: np.ndarray, d: dict, rng) -> np.ndarray:
    """A generated regression target: standardised, plus ``noise`` (0.1) of Gaussian noise."""
    return (y - y.mean()) / y.std() + d.get("noise", 0.1) * rng.standard_normal(len(y))


def _spirals(n: int, k: int, turns: float, noise: float, features: int, seed: int):
    """``k`` interleaved spiral arms in the first two features (``turns`` turns each, Gaussian
    ``noise``), the other ``features - 2`` pure noise."""
    rng = np.random.default_rng(seed)
    y = rng.integers(k, size=n)
    t = rng.uniform(0.15, 1.0, n)
    angle = 2 * np.pi * (y / k + turns * t)
    x = np.stack([t * np.cos(angle), t * np.sin(angle)], axis=1) + rng.normal(0, noise, (n, 2))
    return np.concatenate([x, rng.normal(size=(n, max(0, features - 2)))], axis=1), y


def _binned(x, z, k: int, d: dict, seed: int):
    """Classes cut from score ``z`` into ``k`` equal-count bins, then made noisy or uneven (``_noisy``)."""
    y = np.searchsorted(np.quantile(z, np.arange(1, k) / k), z)
    return _noisy(x, y.astype(np.int64), k, d, seed)


def _noisy(x, y, k: int, d: dict, seed: int):
    """Class imbalance (``weights``: keep each class in proportion) and label noise (``flip``: that
    share of labels drawn again at random, as ``make_classification``'s ``flip_y``)."""
    rng = np.random.default_rng(seed + 7)
    if d.get("weights"):
        w = np.asarray(d["weights"], float) / max(d["weights"])
        keep = np.concatenate([np.flatnonzero(y == c)[: int(w[c] * (y == c).sum())] for c in range(k)])
        x, y = x[np.sort(keep)], y[np.sort(keep)]
    y = y.copy()
    m = rng.random(len(y)) < d.get("flip", 0.0)
    y[m] = rng.integers(k, size=int(m.sum()))
    return x, y


def _moons_flip(d: dict) -> float:
    """Label noise standing in for moons' point noise (above 0.2)."""
    return round(max(0.0, d.get("noise", 0.2) - 0.2), 2)


def _circles_flip(d: dict) -> float:
    """Label noise standing in for circles' point noise (above 0.1)."""
    return round(max(0.0, d.get("noise", 0.1) - 0.1) * 1.5, 2)


def _noise_of(d: dict) -> dict:
    """``make_classification``'s label noise and class weights, for a stand-in."""
    return {"flip": d.get("flip_y", 0.0), **({"weights": d["weights"]} if d.get("weights") else {})}


def fresh_data(d: dict, draw: int = 1) -> dict:
    """The stand-in of fresh part ``draw`` for data set ``d``: the same role (size, classes, how noisy)
    on data the calibrated rules never met. Each draw's table (``STAND_INS``) maps a role to its
    stand-in; data sets in one role (iris and wine; the two ``make_classification`` ones) share it.

    >>> fresh_data({"name": "moons", "n": 5000, "noise": 0.45})
    {'name': 'quantiles', 'n': 5000, 'classes': 2, 'features': 2, 'flip': 0.25}
    >>> fresh_data({"name": "diabetes"})["name"]
    'friedman2'
    >>> fresh_data({"name": "moons", "n": 2000, "noise": 0.3}, draw=2)
    {'name': 'xor', 'n': 2000, 'features': 4, 'flip': 0.1}
    >>> fresh_data({"name": "circles", "n": 2000, "noise": 0.2}, draw=3)
    {'name': 'rings', 'n': 2000, 'classes': 2, 'features': 3, 'flip': 0.15}
    >>> fresh_data({"name": "friedman1"}, draw=7)["name"]
    'sinc'
    """
    name = d["name"]
    role = "small" if name in ("iris", "wine") else "clf" if name in ("clf_noisy", "clf_imbalanced") else name
    make = STAND_INS[draw].get(role)
    if make is None:
        raise ValueError(f"no fresh{draw if draw > 1 else ''} stand-in for {name!r}")
    return make(d, d.get("n", 1500))


def fresh_part(draw: int) -> str:
    """The name of fresh draw ``draw``'s part: "fresh", then "fresh2", "fresh3"... (its specs' salt is
    ``":" + fresh_part(draw)``; their ids end in ``f00``, ``g00``... one letter a draw from "f").

    >>> [fresh_part(k) for k in FRESH_DRAWS][:3], fresh_letter(7)
    (['fresh', 'fresh2', 'fresh3'], 'l')
    """
    return "fresh" if draw == 1 else f"fresh{draw}"


_LETTERS = "fghijklmnopqrstuvwxyzabcde"  # after "z", the letters no part has used


def fresh_letter(draw: int) -> str:
    """The letter of fresh draw ``draw``'s ids: "f" for the first, on to "z" (21), then "a" to "e";
    from the twenty-seventh on, two letters in the same order ("ff", "fg"...), and from the 703rd on
    three ("fff", "ffg"...), so no id repeats.

    >>> fresh_letter(1), fresh_letter(21), fresh_letter(22), fresh_letter(26), fresh_letter(27), fresh_letter(53)
    ('f', 'z', 'a', 'e', 'ff', 'gf')
    >>> fresh_letter(702), fresh_letter(703), fresh_letter(704), fresh_letter(729)
    ('ee', 'fff', 'ffg', 'fgf')
    """
    if draw < 1:
        raise ValueError(f"fresh draw {draw}: draws are numbered from 1")
    n = len(_LETTERS)
    if draw <= n:
        return _LETTERS[draw - 1]
    first, second = divmod(draw - n - 1, n)
    if first < n:
        return _LETTERS[first] + _LETTERS[second]
    first, rest = divmod(draw - n - n * n - 1, n * n)
    if first >= n:
        raise ValueError(f"fresh draw {draw}: ids have letters for draws 1 to {n + n * n + n ** 3} only")
    return _LETTERS[first] + _LETTERS[rest // n] + _LETTERS[rest % n]


def _small(d: dict) -> int:
    """Features of the small bundled sets' stand-ins: iris has 4, wine 12 (as they do)."""
    return 4 if d["name"] == "iris" else 12


def _blobs_flip(d: dict) -> float:
    """Label noise standing in for blobs' spread (above 2.0)."""
    return round(max(0.0, d.get("std", 2.0) - 2.0) * 0.12, 2)


def _k(d: dict) -> int:
    return d.get("classes", 3)


def _binned_pair(odd: str, even: str, regressions: tuple[str, str, str], *, moons_features: int = 2,
                 circles: dict | None = None) -> dict:
    """A draw's stand-ins as the later draws make them from two binned classification data sets and
    ``_regressions``: ``odd`` plays small, moons and blobs, ``even`` digits, breast_cancer, circles and
    the ``make_classification`` roles (``circles`` adds keys to its circles spec, e.g. ``{"m": 2}``)."""
    return {
        "digits": lambda d, n: {"name": even, "n": 1800, "classes": 5, "features": 10},
        "small": lambda d, n: {"name": odd, "n": 160, "classes": 3, "features": _small(d)},
        "breast_cancer": lambda d, n: {"name": even, "n": 600, "features": 8},
        "moons": lambda d, n: {"name": odd, "n": n, "classes": 2, "features": moons_features,
                               "flip": _moons_flip(d)},
        "circles": lambda d, n: {"name": even, "n": n, "classes": 2, "features": 4, "flip": _circles_flip(d),
                                 **(circles or {})},
        "blobs": lambda d, n: {"name": odd, "n": n, "classes": d.get("centers", 4), "features": 5,
                               "flip": _blobs_flip(d)},
        "clf": lambda d, n: {"name": even, "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
        **_regressions(*regressions),
    }


def _regressions(regression: str, friedman1: str, diabetes: str) -> dict:
    """The three regression roles' stand-ins as most draws make them: ``make_regression``'s (20
    features, its noise / 40), friedman1's (10 features, a tenth of its noise) and diabetes' (442
    samples, 10 features, noise 0.5), on the named data sets."""
    return {
        "regression": lambda d, n: {"name": regression, "n": n, "features": 20,
                                    "noise": round(d.get("noise", 10.0) / 40, 3)},
        "friedman1": lambda d, n: {"name": friedman1, "n": n, "features": 10,
                                   "noise": round(0.1 * d.get("noise", 1.0), 3)},
        "diabetes": lambda d, n: {"name": diabetes, "n": 442, "features": 10, "noise": 0.5},
    }


# draw -> role -> stand-in (d, n) -> data set: fresh (1) to fresh34; a new draw adds a table
STAND_INS = {
    1: {  # Gaussian quantiles, Hastie 10.2, Friedman 2 and 3, sparse uncorrelated regression
        "digits": lambda d, n: {"name": "quantiles", "n": 1800, "classes": 8, "features": 10},
        "small": lambda d, n: {"name": "quantiles", "n": 160, "classes": 3, "features": _small(d)},
        "breast_cancer": lambda d, n: {"name": "hastie", "n": 600},
        "moons": lambda d, n: {"name": "quantiles", "n": n, "classes": 2, "features": 2, "flip": _moons_flip(d)},
        "circles": lambda d, n: {"name": "quantiles", "n": n, "classes": 2, "features": 3, "flip": _circles_flip(d)},
        "blobs": lambda d, n: {"name": "quantiles", "n": n, "classes": d.get("centers", 4), "features": 5,
                               "flip": _blobs_flip(d)},
        "clf": lambda d, n: {"name": "hastie" if _k(d) == 2 else "quantiles", "n": n, "classes": _k(d),
                             "features": 8, **_noise_of(d)},
        "regression": lambda d, n: {"name": "sparse", "n": n, "features": d.get("features", 20)},
        "friedman1": lambda d, n: {"name": "friedman3", "n": n, "noise": round(0.12 * d.get("noise", 1.0), 3)},
        "diabetes": lambda d, n: {"name": "friedman2", "n": 442, "noise": 150.0},
    },
    2: {  # spirals, parity (XOR) problems, the swiss roll and S curve, a low-rank linear regression
        "digits": lambda d, n: {"name": "spirals", "n": 1800, "classes": 6, "features": 8, "turns": 0.4,
                                "noise": 0.03},
        "small": lambda d, n: {"name": "spirals", "n": 160, "classes": 3, "features": _small(d), "turns": 0.3},
        "breast_cancer": lambda d, n: {"name": "xor", "n": 600, "features": 8},
        "moons": lambda d, n: {"name": "xor", "n": n, "features": 4, "flip": _moons_flip(d)},
        "circles": lambda d, n: {"name": "spirals", "n": n, "classes": 2, "features": 3, "turns": 0.5,
                                 "flip": _circles_flip(d)},
        "blobs": lambda d, n: {"name": "spirals", "n": n, "classes": d.get("centers", 4), "features": 5,
                               "turns": 0.3, "noise": 0.03 * d.get("std", 2.0)},
        "clf": lambda d, n: ({"name": "xor", "n": n, "features": 8, "bits": 3, **_noise_of(d)} if _k(d) == 2 else
                             {"name": "xor", "n": n, "classes": 4, "features": 8, **_noise_of(d)} if _k(d) == 4 else
                             {"name": "spirals", "n": n, "classes": _k(d), "features": 8, "turns": 0.4,
                              **_noise_of(d)}),
        "regression": lambda d, n: {"name": "low_rank", "n": n, "features": 30,
                                    "noise": round(d.get("noise", 10.0) / 20, 3)},
        "friedman1": lambda d, n: {"name": "swiss_roll", "n": n, "noise": round(1.5 * d.get("noise", 1.0), 3)},
        "diabetes": lambda d, n: {"name": "s_curve", "n": 442, "noise": 0.3},
    },
    3: {  # concentric rings, angle sectors, checkerboards, a sum of sines, a product regression
        "digits": lambda d, n: {"name": "rings", "n": 1800, "classes": 6, "features": 8},
        "small": lambda d, n: {"name": "sectors", "n": 160, "classes": 3, "features": _small(d)},
        "breast_cancer": lambda d, n: {"name": "checkerboard", "n": 600, "features": 6, "cells": 2},
        "moons": lambda d, n: {"name": "checkerboard", "n": n, "features": 3, "cells": 2, "flip": _moons_flip(d)},
        "circles": lambda d, n: {"name": "rings", "n": n, "classes": 2, "features": 3, "flip": _circles_flip(d)},
        "blobs": lambda d, n: {"name": "rings", "n": n, "classes": d.get("centers", 4), "features": 5,
                               "noise": 0.02 * d.get("std", 2.0)},
        "clf": lambda d, n: ({"name": "checkerboard", "n": n, "features": 8, "cells": 3, **_noise_of(d)}
                             if _k(d) == 2 else {"name": "rings", "n": n, "classes": _k(d), "features": 8,
                                                 **_noise_of(d)}),
        "regression": lambda d, n: {"name": "sines", "n": n, "features": 20,
                                    "noise": round(d.get("noise", 10.0) / 40, 3)},
        "friedman1": lambda d, n: {"name": "products", "n": n, "features": 10,
                                   "noise": round(0.1 * d.get("noise", 1.0), 3)},
        "diabetes": lambda d, n: {"name": "sines", "n": 442, "features": 10, "noise": 1.0},
    },
    4: {  # a ball, parallel bands, class clusters, a sum of absolute values, a radial wave
        "digits": lambda d, n: {"name": "clusters", "n": 1800, "classes": 8, "features": 10, "std": 0.2},
        "small": lambda d, n: {"name": "bands", "n": 160, "classes": 3, "features": _small(d)},
        "breast_cancer": lambda d, n: {"name": "ball", "n": 600, "features": 6, "dims": 3},
        "moons": lambda d, n: {"name": "ball", "n": n, "features": 2, "dims": 2, "flip": _moons_flip(d)},
        "circles": lambda d, n: {"name": "bands", "n": n, "classes": 2, "features": 3, "freq": 2,
                                 "flip": _circles_flip(d)},
        "blobs": lambda d, n: {"name": "clusters", "n": n, "classes": d.get("centers", 4), "features": 5,
                               "std": round(0.15 * d.get("std", 2.0), 3)},
        "clf": lambda d, n: ({"name": "ball", "n": n, "features": 8, "dims": 4, **_noise_of(d)} if _k(d) == 2 else
                             {"name": "clusters", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)}),
        **_regressions("absum", "wave", "absum"),
    },
    5: {  # labels and targets of random teacher networks, classes told by spread, a rational regression
        "digits": lambda d, n: {"name": "teacher", "n": 1800, "classes": 6, "features": 10},
        "small": lambda d, n: {"name": "scale", "n": 160, "classes": 3, "features": _small(d), "gap": 3.0},
        "breast_cancer": lambda d, n: {"name": "teacher", "n": 600, "features": 8},
        "moons": lambda d, n: {"name": "scale", "n": n, "classes": 2, "features": 2, "gap": 1.5,
                               "flip": _moons_flip(d)},
        "circles": lambda d, n: {"name": "teacher", "n": n, "features": 3, "flip": _circles_flip(d)},
        "blobs": lambda d, n: {"name": "scale", "n": n, "classes": d.get("centers", 4), "features": 5,
                               "gap": round(2.0 / d.get("std", 2.0), 3)},  # (blobs' std 2.0: a gap of 1)
        "clf": lambda d, n: ({"name": "teacher", "n": n, "features": 8, **_noise_of(d)} if _k(d) == 2 else
                             {"name": "scale", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)}),
        **_regressions("teacher_reg", "rational", "teacher_reg"),
    },
    6: {  # ordered classes cut by hyperplanes, classes on lines, piecewise-constant and cubic regressions
        "digits": lambda d, n: {"name": "hyperplanes", "n": 1800, "classes": 6, "features": 10, "dims": 4},
        "small": lambda d, n: {"name": "hyperplanes", "n": 160, "classes": 3, "features": _small(d),
                               "parallel": True},
        "breast_cancer": lambda d, n: {"name": "hyperplanes", "n": 600, "features": 8},
        "moons": lambda d, n: {"name": "lines", "n": n, "classes": 2, "features": 2, "flip": _moons_flip(d)},
        "circles": lambda d, n: {"name": "lines", "n": n, "classes": 2, "features": 3, "std": 0.25,
                                 "flip": _circles_flip(d)},
        "blobs": lambda d, n: {"name": "lines", "n": n, "classes": d.get("centers", 4), "features": 5,
                               "std": round(0.1 * d.get("std", 2.0), 3)},
        "clf": lambda d, n: {"name": "hyperplanes", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
        **_regressions("poly", "poly", "piecewise"),
    },
    7: {  # cells of a polar grid, sign votes, a sinc and a mixed regression
        "digits": lambda d, n: {"name": "polar", "n": 1800, "classes": 6, "sectors": 3, "rings": 2, "features": 8},
        "small": lambda d, n: {"name": "vote", "n": 160, "classes": 3, "features": _small(d)},
        "breast_cancer": lambda d, n: {"name": "vote", "n": 600, "features": 8},
        "moons": lambda d, n: {"name": "polar", "n": n, "classes": 2, "sectors": 2, "features": 2,
                               "flip": _moons_flip(d)},
        "circles": lambda d, n: {"name": "vote", "n": n, "features": 3, "voters": 3, "flip": _circles_flip(d)},
        "blobs": lambda d, n: {"name": "vote", "n": n, "classes": d.get("centers", 4), "features": 5,
                               "flip": _blobs_flip(d)},
        "clf": lambda d, n: {"name": "vote", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
        **_regressions("mixed", "sinc", "mixed"),
    },
    8: {  # nearest-anchor cells, bins of a quadratic form, Gaussian bumps and a log-product regression
        "digits": lambda d, n: {"name": "quadric", "n": 1800, "classes": 5, "dims": 2, "features": 10},
        "small": lambda d, n: {"name": "voronoi", "n": 160, "classes": 3, "dims": 2, "features": _small(d)},
        "breast_cancer": lambda d, n: {"name": "quadric", "n": 600, "features": 8},
        "moons": lambda d, n: {"name": "voronoi", "n": n, "classes": 2, "dims": 2, "features": 2,
                               "flip": _moons_flip(d)},
        "circles": lambda d, n: {"name": "quadric", "n": n, "features": 3, "flip": _circles_flip(d)},
        "blobs": lambda d, n: {"name": "voronoi", "n": n, "classes": d.get("centers", 4), "features": 5,
                               "flip": _blobs_flip(d)},
        "clf": lambda d, n: {"name": "voronoi", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
        **_regressions("logprod", "bumps", "logprod"),
    },
    9: {  # labels sampled from a softmax teacher, a decision list, a Gabor and a max-min regression
        "digits": lambda d, n: {"name": "treelist", "n": 1800, "classes": 6, "features": 10},
        "small": lambda d, n: {"name": "treelist", "n": 160, "classes": 3, "features": _small(d)},
        "breast_cancer": lambda d, n: {"name": "softmax", "n": 600, "features": 8, "sharp": 6.0},
        "moons": lambda d, n: {"name": "softmax", "n": n, "classes": 2, "dims": 2, "features": 2,
                               "flip": _moons_flip(d)},
        "circles": lambda d, n: {"name": "treelist", "n": n, "features": 3, "flip": _circles_flip(d)},
        "blobs": lambda d, n: {"name": "softmax", "n": n, "classes": d.get("centers", 4), "features": 5,
                               "flip": _blobs_flip(d)},
        "clf": lambda d, n: {"name": "treelist", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
        **_regressions("maxmin", "gabor", "maxmin"),
    },
    10: {  # angles around a torus, the largest feature, a sawtooth and a smooth-max regression
        "digits": lambda d, n: {"name": "argmax", "n": 1800, "classes": 6, "features": 10},
        "small": lambda d, n: {"name": "torus", "n": 160, "classes": 3, "features": _small(d)},
        "breast_cancer": lambda d, n: {"name": "argmax", "n": 600, "features": 8},
        "moons": lambda d, n: {"name": "torus", "n": n, "classes": 2, "features": 3, "std": 0.3,
                               "flip": _moons_flip(d)},
        "circles": lambda d, n: {"name": "argmax", "n": n, "features": 3, "flip": _circles_flip(d)},
        "blobs": lambda d, n: {"name": "torus", "n": n, "classes": d.get("centers", 4), "features": 5,
                               "flip": _blobs_flip(d)},
        "clf": lambda d, n: {"name": "argmax", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
        **_regressions("smoothmax", "sawtooth", "sawtooth"),
    },
    11: {  # arcs of a helix, classes of correlated latent factors, a triple product and a hinge sum
        "digits": lambda d, n: {"name": "latent", "n": 1800, "classes": 6, "features": 10},
        "small": lambda d, n: {"name": "latent", "n": 160, "classes": 3, "features": _small(d)},
        "breast_cancer": lambda d, n: {"name": "latent", "n": 600, "features": 8},
        "moons": lambda d, n: {"name": "helix", "n": n, "classes": 2, "features": 3, "turns": 1.5,
                               "flip": _moons_flip(d)},
        "circles": lambda d, n: {"name": "helix", "n": n, "classes": 2, "features": 3, "std": 0.25,
                                 "flip": _circles_flip(d)},
        "blobs": lambda d, n: {"name": "helix", "n": n, "classes": d.get("centers", 4), "features": 5,
                               "flip": _blobs_flip(d)},
        "clf": lambda d, n: {"name": "latent", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
        **_regressions("hinge", "triple", "hinge"),
    },
}
STAND_INS[12] = {  # Gaussian components of random shapes, interfering waves, a staircase, distances to anchors
    "digits": lambda d, n: {"name": "mixture", "n": 1800, "classes": 8, "features": 10, "sep": 2.5},
    "small": lambda d, n: {"name": "mixture", "n": 160, "classes": 3, "features": _small(d)},
    "breast_cancer": lambda d, n: {"name": "moire", "n": 600, "features": 8},
    "moons": lambda d, n: {"name": "moire", "n": n, "classes": 2, "features": 2, "flip": _moons_flip(d)},
    "circles": lambda d, n: {"name": "moire", "n": n, "classes": 2, "features": 3, "freq": 1.0,
                             "flip": _circles_flip(d)},
    "blobs": lambda d, n: {"name": "mixture", "n": n, "classes": d.get("centers", 4), "features": 5,
                           "flip": _blobs_flip(d)},
    "clf": lambda d, n: {"name": "mixture", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
    **_regressions("mindist", "stairs", "stairs"),
}
STAND_INS[13] = {  # classes of random RBF expansions, bins of a random cubic, RBF and bilinear regressions
    "digits": lambda d, n: {"name": "rbf", "n": 1800, "classes": 8, "features": 10, "width": 1.2},
    "small": lambda d, n: {"name": "rbf", "n": 160, "classes": 3, "features": _small(d)},
    "breast_cancer": lambda d, n: {"name": "rbf", "n": 600, "features": 8},
    "moons": lambda d, n: {"name": "cubic", "n": n, "classes": 2, "features": 2, "flip": _moons_flip(d)},
    "circles": lambda d, n: {"name": "rbf", "n": n, "classes": 2, "features": 3, "width": 0.7,
                             "flip": _circles_flip(d)},
    "blobs": lambda d, n: {"name": "rbf", "n": n, "classes": d.get("centers", 4), "features": 5,
                           "flip": _blobs_flip(d)},
    "clf": lambda d, n: {"name": "cubic", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
    **_regressions("bilinear", "rbfreg", "rbfreg"),
}
STAND_INS[14] = {  # many labelled prototypes, a warped boundary, a switching and a logistic-steps regression
    "digits": lambda d, n: {"name": "protos", "n": 1800, "classes": 6, "features": 10, "protos": 30},
    "small": lambda d, n: {"name": "warp", "n": 160, "classes": 3, "features": _small(d)},
    "breast_cancer": lambda d, n: {"name": "warp", "n": 600, "features": 8},
    "moons": lambda d, n: {"name": "protos", "n": n, "classes": 2, "features": 2, "protos": 10,
                           "flip": _moons_flip(d)},
    "circles": lambda d, n: {"name": "warp", "n": n, "classes": 2, "features": 3, "flip": _circles_flip(d)},
    "blobs": lambda d, n: {"name": "protos", "n": n, "classes": d.get("centers", 4), "features": 5,
                           "protos": 16, "flip": _blobs_flip(d)},
    "clf": lambda d, n: {"name": "warp", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
    **_regressions("logistic", "switch", "switch"),
}
STAND_INS[15] = {  # a hyperplane arrangement, nested ellipsoids, the peaks surface and a ratio regression
    "digits": lambda d, n: {"name": "arrangement", "n": 1800, "classes": 6, "features": 10, "planes": 8},
    "small": lambda d, n: {"name": "cones", "n": 160, "classes": 3, "features": _small(d)},
    "breast_cancer": lambda d, n: {"name": "arrangement", "n": 600, "features": 8, "planes": 3},
    "moons": lambda d, n: {"name": "arrangement", "n": n, "classes": 2, "features": 2, "planes": 4,
                           "flip": _moons_flip(d)},
    "circles": lambda d, n: {"name": "ellipsoids", "n": n, "classes": 2, "features": 3, "flip": _circles_flip(d)},
    "blobs": lambda d, n: {"name": "ellipsoids", "n": n, "classes": d.get("centers", 4), "features": 5,
                           "flip": _blobs_flip(d)},
    "clf": lambda d, n: {"name": "arrangement", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
    **_regressions("ratio", "peaks", "peaks"),
}
STAND_INS[16] = {  # a boolean formula of thresholds, warped nearest anchors, Rosenbrock and Ackley regressions
    "digits": lambda d, n: {"name": "tanhcells", "n": 1800, "classes": 6, "features": 10, "dims": 4},
    "small": lambda d, n: {"name": "tanhcells", "n": 160, "classes": 3, "features": _small(d), "dims": 2},
    "breast_cancer": lambda d, n: {"name": "dnf", "n": 600, "features": 8, "terms": 3},
    "moons": lambda d, n: {"name": "tanhcells", "n": n, "classes": 2, "features": 2, "dims": 2,
                           "flip": _moons_flip(d)},
    "circles": lambda d, n: {"name": "tanhcells", "n": n, "classes": 2, "features": 3, "flip": _circles_flip(d)},
    "blobs": lambda d, n: {"name": "tanhcells", "n": n, "classes": d.get("centers", 4), "features": 5,
                           "flip": _blobs_flip(d)},
    "clf": lambda d, n: {"name": "dnf", "n": n, "classes": _k(d), "features": 8, "terms": 5, **_noise_of(d)},
    **_regressions("ackley", "rosen", "rosen"),
}
STAND_INS[17] = {  # random Fourier classes, a tilted lattice, Styblinski-Tang and Levy regressions
    "digits": lambda d, n: {"name": "fourier", "n": 1800, "classes": 6, "features": 10},
    "small": lambda d, n: {"name": "fourier", "n": 160, "classes": 3, "features": _small(d), "dims": 2,
                           "freq": 0.4},
    "breast_cancer": lambda d, n: {"name": "lattice", "n": 600, "features": 8, "scale": 2.0},
    "moons": lambda d, n: {"name": "fourier", "n": n, "classes": 2, "features": 2, "dims": 2,
                           "flip": _moons_flip(d)},
    "circles": lambda d, n: {"name": "lattice", "n": n, "classes": 2, "features": 3, "scale": 2.0,
                             "flip": _circles_flip(d)},
    "blobs": lambda d, n: {"name": "fourier", "n": n, "classes": d.get("centers", 4), "features": 5,
                           "flip": _blobs_flip(d)},
    "clf": lambda d, n: {"name": "lattice", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
    **_regressions("styblinski", "levy", "levy"),
}
STAND_INS[18] = {  # L1 nearest anchors on heavy tails, Gaussian classes of random shapes, Griewank and Branin
    "digits": lambda d, n: {"name": "manhattan", "n": 1800, "classes": 6, "features": 10},
    "small": lambda d, n: {"name": "qda", "n": 160, "classes": 3, "features": _small(d)},
    "breast_cancer": lambda d, n: {"name": "qda", "n": 600, "features": 8},
    "moons": lambda d, n: {"name": "manhattan", "n": n, "classes": 2, "features": 2, "dims": 2,
                           "flip": _moons_flip(d)},
    "circles": lambda d, n: {"name": "qda", "n": n, "classes": 2, "features": 3, "flip": _circles_flip(d)},
    "blobs": lambda d, n: {"name": "manhattan", "n": n, "classes": d.get("centers", 4), "features": 5,
                           "flip": _blobs_flip(d)},
    "clf": lambda d, n: {"name": "qda", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
    **_regressions("griewank", "branin", "branin"),
}
STAND_INS[19] = {  # the rank of a projection, heavy-tailed blobs, Hartmann-3 and Zakharov regressions
    "digits": lambda d, n: {"name": "rank", "n": 1800, "classes": 5, "features": 10},
    "small": lambda d, n: {"name": "tblobs", "n": 160, "classes": 3, "features": _small(d), "sep": 2.0},
    "breast_cancer": lambda d, n: {"name": "rank", "n": 600, "features": 8, "dims": 1},
    "moons": lambda d, n: {"name": "rank", "n": n, "classes": 2, "features": 2, "dims": 1,
                           "flip": _moons_flip(d)},
    "circles": lambda d, n: {"name": "tblobs", "n": n, "classes": 2, "features": 3, "flip": _circles_flip(d)},
    "blobs": lambda d, n: {"name": "tblobs", "n": n, "classes": d.get("centers", 4), "features": 5,
                           "flip": _blobs_flip(d)},
    "clf": lambda d, n: {"name": "tblobs", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
    **_regressions("zakharov", "hartmann", "hartmann"),
}
STAND_INS[20] = {  # sine bands, nested squares, six-hump camel and Dixon-Price regressions
    "digits": lambda d, n: {"name": "sinebands", "n": 1800, "classes": 6, "features": 10},
    "small": lambda d, n: {"name": "sinebands", "n": 160, "classes": 3, "features": _small(d)},
    "breast_cancer": lambda d, n: {"name": "sinebands", "n": 600, "features": 8},
    "moons": lambda d, n: {"name": "sinebands", "n": n, "classes": 2, "features": 2, "flip": _moons_flip(d)},
    "circles": lambda d, n: {"name": "squares", "n": n, "classes": 2, "features": 3, "flip": _circles_flip(d)},
    "blobs": lambda d, n: {"name": "squares", "n": n, "classes": d.get("centers", 4), "features": 5,
                           "flip": _blobs_flip(d)},
    "clf": lambda d, n: {"name": "sinebands", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
    **_regressions("dixon", "camel", "camel"),
}
STAND_INS[21] = {  # orthants of random planes, stripes, Powell and Booth regressions
    "digits": lambda d, n: {"name": "orthants", "n": 1800, "classes": 6, "features": 10, "planes": 5},
    "small": lambda d, n: {"name": "stripes", "n": 160, "classes": 3, "features": _small(d), "width": 2.5},
    "breast_cancer": lambda d, n: {"name": "orthants", "n": 600, "features": 8},
    "moons": lambda d, n: {"name": "stripes", "n": n, "classes": 2, "features": 2, "flip": _moons_flip(d)},
    "circles": lambda d, n: {"name": "orthants", "n": n, "classes": 2, "features": 3, "flip": _circles_flip(d)},
    "blobs": lambda d, n: {"name": "orthants", "n": n, "classes": d.get("centers", 4), "features": 5,
                           "planes": 4, "flip": _blobs_flip(d)},
    "clf": lambda d, n: {"name": "stripes", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
    **_regressions("powell", "booth", "booth"),
}
STAND_INS[22] = {  # quotient bins, largest pair product, Bohachevsky and Matyas regressions
    "digits": lambda d, n: {"name": "pairprod", "n": 1800, "classes": 6, "features": 10},
    "small": lambda d, n: {"name": "quotient", "n": 160, "classes": 3, "features": _small(d)},
    "breast_cancer": lambda d, n: {"name": "quotient", "n": 600, "features": 8},
    "moons": lambda d, n: {"name": "quotient", "n": n, "classes": 2, "features": 2, "flip": _moons_flip(d)},
    "circles": lambda d, n: {"name": "pairprod", "n": n, "classes": 2, "features": 3, "flip": _circles_flip(d)},
    "blobs": lambda d, n: {"name": "pairprod", "n": n, "classes": d.get("centers", 4), "features": 5,
                           "flip": _blobs_flip(d)},
    "clf": lambda d, n: {"name": "quotient", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
    **_regressions("matyas", "bohachevsky", "bohachevsky"),
}
STAND_INS[23] = {  # counts of positive projections, binned angles, Himmelblau and McCormick regressions
    "digits": lambda d, n: {"name": "counts", "n": 1800, "classes": 5, "features": 10, "m": 8},
    "small": lambda d, n: {"name": "counts", "n": 160, "classes": 3, "features": _small(d), "m": 3},
    "breast_cancer": lambda d, n: {"name": "counts", "n": 600, "features": 8},
    "moons": lambda d, n: {"name": "counts", "n": n, "classes": 2, "features": 2, "flip": _moons_flip(d)},
    "circles": lambda d, n: {"name": "counts", "n": n, "classes": 2, "features": 3, "flip": _circles_flip(d)},
    "blobs": lambda d, n: {"name": "cosine", "n": n, "classes": d.get("centers", 4), "features": 5,
                           "flip": _blobs_flip(d)},
    "clf": lambda d, n: {"name": "counts", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
    **_regressions("mccormick", "himmelblau", "himmelblau"),
}
STAND_INS[24] = {  # bins of a spread, of sign changes; Beale and three-hump camel regressions
    "digits": lambda d, n: {"name": "signflips", "n": 1800, "classes": 5, "features": 10},
    "small": lambda d, n: {"name": "spread", "n": 160, "classes": 3, "features": _small(d)},
    "breast_cancer": lambda d, n: {"name": "spread", "n": 600, "features": 8},
    "moons": lambda d, n: {"name": "spread", "n": n, "classes": 2, "features": 2, "flip": _moons_flip(d)},
    "circles": lambda d, n: {"name": "signflips", "n": n, "classes": 2, "features": 3, "flip": _circles_flip(d)},
    "blobs": lambda d, n: {"name": "spread", "n": n, "classes": d.get("centers", 4), "features": 5,
                           "flip": _blobs_flip(d)},
    "clf": lambda d, n: {"name": "signflips", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
    **_regressions("beale", "threehump", "threehump"),
}
STAND_INS[25] = {  # bins of a norm ratio, of a median; Rastrigin and sum-of-powers regressions
    "digits": lambda d, n: {"name": "median", "n": 1800, "classes": 5, "features": 10, "m": 3},
    "small": lambda d, n: {"name": "normratio", "n": 160, "classes": 3, "features": _small(d), "m": 1},
    "breast_cancer": lambda d, n: {"name": "median", "n": 600, "features": 8},
    "moons": lambda d, n: {"name": "normratio", "n": n, "classes": 2, "features": 2, "flip": _moons_flip(d), "m": 1},
    "circles": lambda d, n: {"name": "median", "n": n, "classes": 2, "features": 3, "flip": _circles_flip(d)},
    "blobs": lambda d, n: {"name": "normratio", "n": n, "classes": d.get("centers", 4), "features": 5,
                           "flip": _blobs_flip(d)},
    "clf": lambda d, n: {"name": "median", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
    **_regressions("sumpowers", "rastrigin", "rastrigin"),
}
STAND_INS[26] = {  # bins of the largest gap, of a softmax's entropy; Trid and Schwefel 2.22 regressions
    "digits": lambda d, n: {"name": "gaps", "n": 1800, "classes": 5, "features": 10, "m": 2},
    "small": lambda d, n: {"name": "entropy", "n": 160, "classes": 3, "features": _small(d), "m": 3},
    "breast_cancer": lambda d, n: {"name": "gaps", "n": 600, "features": 8},
    "moons": lambda d, n: {"name": "entropy", "n": n, "classes": 2, "features": 2, "flip": _moons_flip(d), "m": 2},
    "circles": lambda d, n: {"name": "gaps", "n": n, "classes": 2, "features": 3, "flip": _circles_flip(d), "m": 3},
    "blobs": lambda d, n: {"name": "entropy", "n": n, "classes": d.get("centers", 4), "features": 5,
                           "flip": _blobs_flip(d)},
    "clf": lambda d, n: {"name": "gaps", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
    **_regressions("schwefel", "trid", "trid"),
}
STAND_INS[27] = {  # bins of a second largest, of an L0.5 norm; Goldstein-Price and Colville regressions
    "digits": lambda d, n: {"name": "secondmax", "n": 1800, "classes": 5, "features": 10, "m": 3},
    "small": lambda d, n: {"name": "lhalf", "n": 160, "classes": 3, "features": _small(d), "m": 1},
    "breast_cancer": lambda d, n: {"name": "secondmax", "n": 600, "features": 8},
    "moons": lambda d, n: {"name": "lhalf", "n": n, "classes": 2, "features": 2, "flip": _moons_flip(d), "m": 2},
    "circles": lambda d, n: {"name": "secondmax", "n": n, "classes": 2, "features": 3, "flip": _circles_flip(d),
                             "m": 3},
    "blobs": lambda d, n: {"name": "lhalf", "n": n, "classes": d.get("centers", 4), "features": 5,
                           "flip": _blobs_flip(d)},
    "clf": lambda d, n: {"name": "secondmax", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
    **_regressions("colville", "goldstein", "goldstein"),
}
STAND_INS[28] = {  # bins of a smallest absolute value, of a random walk's maximum; Bukin N.6 and egg-crate
    "digits": lambda d, n: {"name": "walkmax", "n": 1800, "classes": 5, "features": 10, "m": 4},
    "small": lambda d, n: {"name": "minabs", "n": 160, "classes": 3, "features": _small(d), "m": 1},
    "breast_cancer": lambda d, n: {"name": "walkmax", "n": 600, "features": 8},
    "moons": lambda d, n: {"name": "minabs", "n": n, "classes": 2, "features": 2, "flip": _moons_flip(d), "m": 2},
    "circles": lambda d, n: {"name": "walkmax", "n": n, "classes": 2, "features": 3, "flip": _circles_flip(d),
                             "m": 3},
    "blobs": lambda d, n: {"name": "minabs", "n": n, "classes": d.get("centers", 4), "features": 5,
                           "flip": _blobs_flip(d), "m": 2},
    "clf": lambda d, n: {"name": "walkmax", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
    **_regressions("eggcrate", "bukin", "bukin"),
}
STAND_INS[29] = {  # bins of a log-sum-exp, of a harmonic mean; Drop-Wave and Schaffer N.2 regressions
    "digits": lambda d, n: {"name": "lse", "n": 1800, "classes": 5, "features": 10, "m": 3},
    "small": lambda d, n: {"name": "hmean", "n": 160, "classes": 3, "features": _small(d), "m": 1},
    "breast_cancer": lambda d, n: {"name": "lse", "n": 600, "features": 8},
    "moons": lambda d, n: {"name": "hmean", "n": n, "classes": 2, "features": 2, "flip": _moons_flip(d), "m": 2},
    "circles": lambda d, n: {"name": "lse", "n": n, "classes": 2, "features": 3, "flip": _circles_flip(d), "m": 3},
    "blobs": lambda d, n: {"name": "hmean", "n": n, "classes": d.get("centers", 4), "features": 5,
                           "flip": _blobs_flip(d), "m": 2},
    "clf": lambda d, n: {"name": "lse", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
    **_regressions("dropwave", "schaffer", "schaffer"),
}
STAND_INS[30] = {  # bins of a distance to a line, of a run of positives; Shekel and Hoelder regressions
    "digits": lambda d, n: {"name": "linedist", "n": 1800, "classes": 5, "features": 10},
    "small": lambda d, n: {"name": "linedist", "n": 160, "classes": 3, "features": _small(d)},
    "breast_cancer": lambda d, n: {"name": "posrun", "n": 600, "features": 8},
    "moons": lambda d, n: {"name": "linedist", "n": n, "classes": 2, "features": 2, "flip": _moons_flip(d)},
    "circles": lambda d, n: {"name": "posrun", "n": n, "classes": 2, "features": 4, "flip": _circles_flip(d)},
    "blobs": lambda d, n: {"name": "linedist", "n": n, "classes": d.get("centers", 4), "features": 5,
                           "flip": _blobs_flip(d)},
    "clf": lambda d, n: {"name": "posrun", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
    **_regressions("shekel", "holder", "holder"),
}
STAND_INS[31] = {  # bins of a spread, fresh23's angle bins ("cosine"); Alpine N.1 and Salomon regressions
    "digits": lambda d, n: {"name": "cosine", "n": 1800, "classes": 5, "features": 10},
    "small": lambda d, n: {"name": "cosine", "n": 160, "classes": 3, "features": _small(d)},
    "breast_cancer": lambda d, n: {"name": "cosine", "n": 600, "features": 8},
    "moons": lambda d, n: {"name": "stdev", "n": n, "classes": 2, "features": 2, "flip": _moons_flip(d), "m": 2},
    "circles": lambda d, n: {"name": "cosine", "n": n, "classes": 2, "features": 3, "flip": _circles_flip(d)},
    "blobs": lambda d, n: {"name": "stdev", "n": n, "classes": d.get("centers", 4), "features": 5,
                           "flip": _blobs_flip(d)},
    "clf": lambda d, n: {"name": "cosine", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
    **_regressions("alpine", "salomon", "salomon"),
}
STAND_INS[32] = {  # bins of a sum of products, of a rank; Qing and sum-of-squares regressions
    "digits": lambda d, n: {"name": "rankpos", "n": 1800, "classes": 5, "features": 10},
    "small": lambda d, n: {"name": "prodsum", "n": 160, "classes": 3, "features": _small(d)},
    "breast_cancer": lambda d, n: {"name": "prodsum", "n": 600, "features": 8},
    "moons": lambda d, n: {"name": "prodsum", "n": n, "classes": 2, "features": 2, "flip": _moons_flip(d)},
    "circles": lambda d, n: {"name": "rankpos", "n": n, "classes": 2, "features": 4, "flip": _circles_flip(d),
                             "m": 3},
    "blobs": lambda d, n: {"name": "rankpos", "n": n, "classes": d.get("centers", 4), "features": 5,
                           "flip": _blobs_flip(d)},
    "clf": lambda d, n: {"name": "prodsum", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
    **_regressions("qing", "sumsquares", "qing"),
}
STAND_INS[33] = {  # bins of a largest absolute value, of a widest gap; Zettl and exponential regressions
    "digits": lambda d, n: {"name": "sortgap", "n": 1800, "classes": 5, "features": 10},
    "small": lambda d, n: {"name": "chebyshev", "n": 160, "classes": 3, "features": _small(d)},
    "breast_cancer": lambda d, n: {"name": "sortgap", "n": 600, "features": 8},
    "moons": lambda d, n: {"name": "chebyshev", "n": n, "classes": 2, "features": 2, "flip": _moons_flip(d)},
    "circles": lambda d, n: {"name": "sortgap", "n": n, "classes": 2, "features": 4, "flip": _circles_flip(d),
                             "m": 3},
    "blobs": lambda d, n: {"name": "chebyshev", "n": n, "classes": d.get("centers", 4), "features": 5,
                           "flip": _blobs_flip(d)},
    "clf": lambda d, n: {"name": "sortgap", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
    **_regressions("zettl", "exponential", "zettl"),
}
STAND_INS[34] = {  # bins of a sparsity, of a cosine between feature groups; quartic and rotated-ellipsoid regressions
    "digits": lambda d, n: {"name": "halfcos", "n": 1800, "classes": 5, "features": 10},
    "small": lambda d, n: {"name": "sparsity", "n": 160, "classes": 3, "features": _small(d)},
    "breast_cancer": lambda d, n: {"name": "halfcos", "n": 600, "features": 8},
    "moons": lambda d, n: {"name": "halfcos", "n": n, "classes": 2, "features": 2, "flip": _moons_flip(d)},
    "circles": lambda d, n: {"name": "sparsity", "n": n, "classes": 2, "features": 4, "flip": _circles_flip(d)},
    "blobs": lambda d, n: {"name": "sparsity", "n": n, "classes": d.get("centers", 4), "features": 5,
                           "flip": _blobs_flip(d), "m": 3},
    "clf": lambda d, n: {"name": "halfcos", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
    **_regressions("quartic", "rotellipsoid", "quartic"),
}
STAND_INS[35] = {  # bins of a sum of cubes, of a 2x2 determinant; periodic and log-cosh regressions
    "digits": lambda d, n: {"name": "det2", "n": 1800, "classes": 5, "features": 10},
    "small": lambda d, n: {"name": "cubesum", "n": 160, "classes": 3, "features": _small(d)},
    "breast_cancer": lambda d, n: {"name": "det2", "n": 600, "features": 8},
    "moons": lambda d, n: {"name": "cubesum", "n": n, "classes": 2, "features": 2, "flip": _moons_flip(d)},
    "circles": lambda d, n: {"name": "det2", "n": n, "classes": 2, "features": 4, "flip": _circles_flip(d)},
    "blobs": lambda d, n: {"name": "cubesum", "n": n, "classes": d.get("centers", 4), "features": 5,
                           "flip": _blobs_flip(d), "m": 4},
    "clf": lambda d, n: {"name": "det2", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
    **_regressions("periodic", "logcosh", "periodic"),
}
STAND_INS[36] = {  # bins of a difference of norms, of a sum of sines; softplus-units and Brent regressions
    "digits": lambda d, n: {"name": "sinsum", "n": 1800, "classes": 5, "features": 10, "m": 2},
    "small": lambda d, n: {"name": "normdiff", "n": 160, "classes": 3, "features": max(6, _small(d))},
    "breast_cancer": lambda d, n: {"name": "sinsum", "n": 600, "features": 8, "m": 2},
    "moons": lambda d, n: {"name": "normdiff", "n": n, "classes": 2, "features": 2, "flip": _moons_flip(d)},
    "circles": lambda d, n: {"name": "sinsum", "n": n, "classes": 2, "features": 4, "flip": _circles_flip(d),
                             "m": 2},
    "blobs": lambda d, n: {"name": "normdiff", "n": n, "classes": d.get("centers", 4), "features": 6,
                           "flip": _blobs_flip(d)},
    "clf": lambda d, n: {"name": "sinsum", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
    **_regressions("softplus", "brent", "softplus"),
}
STAND_INS[37] = {  # bins of a cosine of a norm, of a three-way product; Bartels-Conn and Leon regressions
    "digits": lambda d, n: {"name": "triad", "n": 1800, "classes": 5, "features": 10},
    "small": lambda d, n: {"name": "cosnorm", "n": 160, "classes": 3, "features": _small(d), "m": 2},
    "breast_cancer": lambda d, n: {"name": "triad", "n": 600, "features": 8},
    "moons": lambda d, n: {"name": "cosnorm", "n": n, "classes": 2, "features": 2, "flip": _moons_flip(d)},
    "circles": lambda d, n: {"name": "triad", "n": n, "classes": 2, "features": 4, "flip": _circles_flip(d)},
    "blobs": lambda d, n: {"name": "cosnorm", "n": n, "classes": d.get("centers", 4), "features": 5,
                           "flip": _blobs_flip(d), "m": 2},
    "clf": lambda d, n: {"name": "triad", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
    **_regressions("bartels", "leon", "bartels"),
}
STAND_INS[38] = {  # bins of a quadratic form, of a sum of tanh units; Zirilli and wavy regressions
    "digits": lambda d, n: {"name": "tanhsum", "n": 1800, "classes": 5, "features": 10},
    "small": lambda d, n: {"name": "quadform", "n": 160, "classes": 3, "features": max(4, _small(d))},
    "breast_cancer": lambda d, n: {"name": "tanhsum", "n": 600, "features": 8},
    "moons": lambda d, n: {"name": "quadform", "n": n, "classes": 2, "features": 2, "flip": _moons_flip(d)},
    "circles": lambda d, n: {"name": "tanhsum", "n": n, "classes": 2, "features": 4, "flip": _circles_flip(d),
                             "m": 2},
    "blobs": lambda d, n: {"name": "quadform", "n": n, "classes": d.get("centers", 4), "features": 5,
                           "flip": _blobs_flip(d)},
    "clf": lambda d, n: {"name": "tanhsum", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
    **_regressions("zirilli", "wavy", "zirilli"),
}
STAND_INS[39] = {  # bins of a distance to a ring of points, of a largest neighbour gap; damped-sine, ridge
    "digits": lambda d, n: {"name": "maxabsdiff", "n": 1800, "classes": 5, "features": 10},
    "small": lambda d, n: {"name": "maxabsdiff", "n": 160, "classes": 3, "features": _small(d), "m": 3},
    "breast_cancer": lambda d, n: {"name": "maxabsdiff", "n": 600, "features": 8},
    "moons": lambda d, n: {"name": "ringsum", "n": n, "classes": 2, "features": 2, "flip": _moons_flip(d)},
    "circles": lambda d, n: {"name": "maxabsdiff", "n": n, "classes": 2, "features": 4, "flip": _circles_flip(d),
                             "m": 3},
    "blobs": lambda d, n: {"name": "ringsum", "n": n, "classes": d.get("centers", 4), "features": 5,
                           "flip": _blobs_flip(d), "m": 4},
    "clf": lambda d, n: {"name": "ringsum", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
    **_regressions("ridge", "sinexp", "ridge"),
}
# bins of a product of sizes, of a polynomial and a sine; decaying-exponential, log-ratio
STAND_INS[40] = _binned_pair("absprod", "trigpoly", ("expdecay", "lograt", "expdecay"))
STAND_INS[41] = {  # bins of a difference of gaps, of a rotated sine; square-root-sum and Huber-sum regressions
    "digits": lambda d, n: {"name": "rotsine", "n": 1800, "classes": 5, "features": 10},
    "small": lambda d, n: {"name": "pairgap", "n": 160, "classes": 3, "features": max(4, _small(d))},
    "breast_cancer": lambda d, n: {"name": "rotsine", "n": 600, "features": 8},
    "moons": lambda d, n: {"name": "rotsine", "n": n, "classes": 2, "features": 2, "flip": _moons_flip(d)},
    "circles": lambda d, n: {"name": "pairgap", "n": n, "classes": 2, "features": 4, "flip": _circles_flip(d)},
    "blobs": lambda d, n: {"name": "pairgap", "n": n, "classes": d.get("centers", 4), "features": 5,
                           "flip": _blobs_flip(d)},
    "clf": lambda d, n: {"name": "rotsine", "n": n, "classes": _k(d), "features": 8, **_noise_of(d)},
    **_regressions("huber3", "sqrtsum", "huber3"),
}
# bins of a difference of cosines, of a sum of sigmoids; tent-map and arcsinh regressions
STAND_INS[42] = _binned_pair("cosdiff", "sigsum", ("arcsinh2", "tentmap", "arcsinh2"), circles={"m": 2})
# bins of a largest pairwise sum, of a sum of ReLU units; sine-of-cube and Gaussian-well regressions
STAND_INS[43] = _binned_pair("maxpair3", "relusum", ("gausswell", "sincube", "gausswell"), circles={"m": 3})
# bins of a saddle, of a cosine product; damped-sine and cubic-with-cross-term regressions
STAND_INS[44] = _binned_pair("quadsaddle", "cosprod", ("cubicmix", "sinratio", "cubicmix"))
# bins of a cosine of the radius, of a log-sum-exp; arctangent and Gaussian-bump regressions
STAND_INS[45] = _binned_pair("cosring", "logsumexp2", ("gaussbump", "atanmix", "gaussbump"), moons_features=3)
# bins of a product of tanhs, of a softsign ratio; exponential-sine and ratio-product regressions
STAND_INS[46] = _binned_pair("tanhprod", "softsign2", ("ratioprod", "expmix", "ratioprod"))
# bins of a sine-cosine product, of absolute differences; cube-root and square-wave regressions
STAND_INS[47] = _binned_pair("sincos2", "absdiff3", ("sqwave", "cubroot", "sqwave"), moons_features=3)
# bins of a sigmoid gap, of Gaussian bumps; sinh-cosine and enveloped-cosine regressions
STAND_INS[48] = _binned_pair("sigmoidgap", "bumpsum", ("cosexp", "sinhmix", "cosexp"), moons_features=3)
# bins of a min-plus-max, of a softplus gap; sigmoid-product and log-cosh regressions
STAND_INS[49] = _binned_pair("minmax2", "softplusgap", ("logcosh2", "sigprod", "logcosh2"))
# bins of a ring's gap, of a tanh difference; sinc-product and log-size regressions
STAND_INS[50] = _binned_pair("ringgap", "tanhdiff", ("logabs", "sincprod", "logabs"), moons_features=3)
# bins of a cubic gap, of a sine times a size; exponential-difference and cosine-ratio regressions
STAND_INS[51] = _binned_pair("sinabs", "cubicgap", ("cosratio", "expdiff", "cosratio"))
# bins of an angle, of a difference of square roots; cosine-square and tanh-of-square regressions
STAND_INS[52] = _binned_pair("sqrtabs", "angle2", ("tanhsq", "cospoly", "tanhsq"), moons_features=3)
# bins of a sinc of the radius, of a signed power; log-ratio and decayed-sine regressions
STAND_INS[53] = _binned_pair("sinc2d", "powgap", ("expsin", "logratio2", "expsin"))
# bins of a Gaussian-damped cosine, of rectified features' gap; logistic-product and root-cosine regressions
STAND_INS[54] = _binned_pair("gabor2", "relugap", ("sqrtcos", "logistic2", "sqrtcos"))
# bins of a damped cosine of a sum, of a hinge of a product; cube-log and squared-sine regressions
STAND_INS[55] = _binned_pair("hingegap", "cosgauss", ("sinsq2", "cubelog", "sinsq2"))
# bins of a tanh of a cube, of a root of a difference of squares; Gaussian-ratio and log-sine regressions
STAND_INS[56] = _binned_pair("tanhcube", "sqrtring", ("logsin", "expratio", "logsin"))
# bins of a cube root of the radius times a cosine, of the larger size; softplus-sine and Gaussian-gap regressions
STAND_INS[57] = _binned_pair("absmax", "cubicring", ("gaussmix2", "softsin", "gaussmix2"))
# bins of a sinh less a feature, of an ellipse's level; arctangent-product and root-exponential regressions
STAND_INS[58] = _binned_pair("sinhgap", "ellipse2", ("sqrtexp", "atanprod", "sqrtexp"))
# bins of a cosine of a distance, of the range of three features; tanh-cosine and power-sum regressions
STAND_INS[59] = _binned_pair("maxgap2", "cosdist", ("powsum", "tanhcos", "powsum"))
# bins of a log of a squared radius, of a signed mean size; Gaussian-cosine and ratio regressions
STAND_INS[60] = _binned_pair("logsq", "signprod", ("ratio3", "expcos", "ratio3"))
# bins of sines and a cosine, of a radius less a size; sigmoid-cube and cosine-of-size regressions
STAND_INS[61] = _binned_pair("hypot2", "sincos3", ("cosabs", "sigcube", "cosabs"))
# bins of a tanh ring, of a cosine of a maximum; log-difference and sinc-sum regressions
STAND_INS[62] = _binned_pair("tanhring", "cosmax", ("sincsum", "logdiff2", "sincsum"))
# bins of a difference of cubes, of a product of sines; decay-difference and square-cosine regressions
STAND_INS[63] = _binned_pair("sinprod3", "cubegap2", ("quadcos", "expabs2", "quadcos"))
# bins of a size ratio, of a soft minimum; Gaussian-product and arcsine-tanh regressions
STAND_INS[64] = _binned_pair("absratio", "softmin2", ("arcsin2", "gaussprod", "arcsin2"))
# bins of a sum of floors, of sigmoid rings; signed-root and inverse-cosh regressions
STAND_INS[65] = _binned_pair("sigring", "stepsum", ("coshinv", "rootprod", "coshinv"))
# bins of a sine of a cube, of a tanh of sizes; sine-exponential and log-cosine regressions
STAND_INS[66] = _binned_pair("tanhabs", "cubesin", ("logcos2", "sinexp2", "logcos2"))
# bins of the larger of two sines, of the smaller of two squares; exponential-sum and arctangent regressions
STAND_INS[67] = _binned_pair("maxsin", "minsq", ("atansum", "expsum2", "atansum"))
# bins of a sine of the radius, of a squared gap; root-difference and log-cosh regressions
STAND_INS[68] = _binned_pair("gapsq2", "ringsin", ("cosh2", "sqrtdiff", "cosh2"))
# bins of a product of cosines, of a size under a Gaussian; sinc-product and quartic regressions
STAND_INS[69] = _binned_pair("absexp", "cosprod2", ("quartic2", "sincmix", "quartic2"))
# bins of a Gaussian ring, of a size times a cosine; tanh-sine and log-ratio regressions
STAND_INS[70] = _binned_pair("gaussring", "abscos", ("lograt3", "tanhsin2", "lograt3"))
# bins of the larger of two products, of a squared ReLU; cosine-Gaussian and arctangent regressions
STAND_INS[71] = _binned_pair("relusq", "maxprod", ("atanexp", "cosexp2", "atanexp"))
# bins of a sine and a cosine of sums, of hinges; root-log and cube-root regressions
STAND_INS[72] = _binned_pair("hingesq", "sincos4", ("cubroot2", "sqrtlog", "cubroot2"))
# bins of squared sines, of steep sigmoids; sinh-cosine and gap-decay regressions
STAND_INS[73] = _binned_pair("sinsq3", "sigdiff2", ("expgap", "sinhcos2", "expgap"))
# the formula draws with no explicit line above (the seventy-fourth on; the earlier ones keep theirs, so
# this loop comes after them all): the first binned data set plays small, moons and blobs, the second the rest
for _draw, (_, _binned_sets, _regression_sets) in FORMULA_DRAWS.items():
    if _draw not in STAND_INS:
        (_odd, _even), (_friedman1, _regression) = _binned_sets, _regression_sets
        STAND_INS[_draw] = _binned_pair(_odd, _even, (_regression, _friedman1, _regression))
FRESH_DRAWS = tuple(sorted(STAND_INS))  # every fresh draw: a new one is a new table above


def dataset(d: dict, *, n_val: int | None = None, n_train: int | None = None, seed: int = 0,
            shuffle_labels: bool = False, drop_features: float = 0.0) -> Data:
    """Split data set ``d`` into training and validation parts, standardised on the training part.

    ``drop_features`` withholds that share of the features (the most informative first is not
    known, so a fixed random subset); ``shuffle_labels`` permutes the training targets.
    """
    from sklearn.preprocessing import StandardScaler

    x, y = _raw(d, seed)
    x = np.asarray(x, np.float64)
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(x))
    n_val = min(n_val or len(x) // 4, len(x) - 10)
    val, rest = order[:n_val], order[n_val:]
    tr = rest[:n_train] if n_train else rest
    if drop_features:
        keep = rng.permutation(x.shape[1])[: max(1, int(round(x.shape[1] * (1 - drop_features))))]
        x = x[:, np.sort(keep)]
    scaler = StandardScaler().fit(x[tr])
    xt, xv = scaler.transform(x[tr]).astype(np.float32), scaler.transform(x[val]).astype(np.float32)
    regression = d["name"] in REGRESSION
    yt, yv = y[tr], y[val]
    if regression:
        mu, sd = yt.mean(), yt.std() or 1.0
        yt, yv = ((yt - mu) / sd).astype(np.float32), ((yv - mu) / sd).astype(np.float32)
    else:
        yt, yv = yt.astype(np.int64), yv.astype(np.int64)
    if shuffle_labels:
        yt = rng.permutation(yt)
    return Data(xt, yt, xv, yv, 0 if regression else int(y.max()) + 1)
