"""Record fastai training: ``Learner(..., cbs=learnscope.fastai.Callback(project, name))``.

fastai's pip package requires torchvision; its Learner and callbacks work without it.
See the README ("Record from your framework") for installing fastai beside a CPU torch.

>>> from learnscope.fastai import Callback                                       # doctest: +SKIP
>>> learn.fit_one_cycle(5, 1e-3, cbs=Callback(project="digits", name="fastai"))   # doctest: +SKIP
"""

from .integrations.fastai import Callback

__all__ = ["Callback"]
