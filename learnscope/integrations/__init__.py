"""Framework integrations: one thin module per framework, each importing it lazily.

Users import the public shims (``learnscope.keras``, ``learnscope.torch``,
``learnscope.lightning``, ``learnscope.fastai``, ``learnscope.transformers``);
the modules here hold the code. They all share :func:`start_run`, so every
integration takes the same ``(project=None, name=None, config=None, store=None,
live=False)`` arguments and creates exactly one run.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..errors import InvalidValueError

INIT_OPTIONS = ("group", "fold", "flush_interval", "distributed", "reduce", "per_rank")  # passed on to learnscope.init


def start_run(project=None, name=None, config=None, store=None, *, framework: str,
              live: bool = False, meta: Mapping | None = None, **init_options):
    """Create the run an integration records into, tagged with its framework.

    >>> run = start_run("digits", "mlp", {"lr": 1e-3}, framework="keras")   # doctest: +SKIP

    With ``live=True`` a live chart follows the run (``learnscope.plot.live.watch``).
    """
    from ..api import init

    unknown = sorted(set(init_options) - set(INIT_OPTIONS))
    if unknown:
        raise InvalidValueError(f"unknown option {unknown[0]!r} for the {framework} integration: it takes "
                                f"project, name, config, store, live, meta, {', '.join(INIT_OPTIONS)}")
    run = init(project, name, config, store, meta={"framework": framework, **dict(meta or {})}, **init_options)
    if live:
        from ..plot.live import watch
        watch(run)
    return run

