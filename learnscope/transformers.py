"""Record Hugging Face ``Trainer`` runs: ``Trainer(..., callbacks=[learnscope.transformers.Callback(project, name)])``.

>>> from learnscope.transformers import Callback                                       # doctest: +SKIP
>>> trainer = Trainer(model, args, train_dataset=ds, callbacks=[Callback("sst2", "bert")])   # doctest: +SKIP
"""

from .integrations.transformers import Callback

__all__ = ["Callback"]
