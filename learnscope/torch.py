"""Record a plain PyTorch loop: ``tracker = learnscope.torch.Tracker(project, name, model=model)``.

>>> from learnscope.torch import Tracker                                  # doctest: +SKIP
>>> tracker = Tracker("digits", "mlp", model=model, optimizer=opt, probes=True)   # doctest: +SKIP
>>> tracker.update(loss, logits, y)        # per batch; tracker.end_epoch() per epoch  # doctest: +SKIP
"""

from .integrations.torch import Tracker
from .integrations.torch_probes import Probes

__all__ = ["Probes", "Tracker"]
