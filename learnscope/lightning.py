"""Record PyTorch Lightning runs: ``Trainer(logger=learnscope.lightning.Logger(project, name))``.

>>> from learnscope.lightning import Logger                                     # doctest: +SKIP
>>> trainer = Trainer(max_epochs=10, logger=Logger(project="digits", name="lit"))   # doctest: +SKIP
"""

from .integrations.lightning import Logger

__all__ = ["Logger"]
