"""Record Optuna trials as runs and prune them with the read: ``learnscope.optuna.track(trial)``.

>>> import learnscope.optuna as lso                                            # doctest: +SKIP
>>> study = optuna.create_study(study_name="lr-sweep", pruner=lso.ReadPruner())  # doctest: +SKIP
>>> with lso.track(trial) as run: ...                                           # doctest: +SKIP
"""

from .integrations.optuna import PRUNE_CODES, ReadPruner, track

__all__ = ["PRUNE_CODES", "ReadPruner", "track"]
