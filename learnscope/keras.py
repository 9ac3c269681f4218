"""Record Keras 3 ``model.fit`` runs: ``callbacks=[learnscope.keras.Callback(project, name)]``.

>>> from learnscope.keras import Callback                                  # doctest: +SKIP
>>> model.fit(x, y, validation_split=0.2, callbacks=[Callback("digits", "mlp")])  # doctest: +SKIP
"""

from .integrations.keras import Callback

__all__ = ["Callback"]
