"""One small adapter per tool: open a run in a directory, log a dict per step, close.

Every adapter does the same work: one point per key per step, kept until ``close()``
has written it (each tool's own flush/close, so what is timed includes getting the
data out of the process). Peers are configured the way their documentation
recommends for speed (MLflow's asynchronous logging; tracking of system metrics,
terminal capture, reports and git integration off). Tensors are handed to peers as
their documentation shows (``loss.item()``); learnscope takes them as they are.

>>> tool = TOOLS["learnscope"]("/tmp/x")   # doctest: +SKIP
>>> tool.log({"loss": 0.5}, 0); tool.close()
"""

from __future__ import annotations

import os
from pathlib import Path


def _items(metrics: dict) -> dict:
    """Floats for peers: ``.item()`` on tensors, as the peers' docs show."""
    return {k: (v.item() if hasattr(v, "item") else v) for k, v in metrics.items()}


class Tool:
    """Base adapter. ``persists``: whether the tool writes what it logs to disk."""

    name = "?"
    package = None  # the distribution whose version the table shows
    persists = True

    def __init__(self, root: str):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self.paths = [self.root]  # where its files go (measured for bytes on disk, then removed)

    def log(self, metrics: dict, step: int) -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass


class Learnscope(Tool):
    name, package = "learnscope", "learnscope"

    def __init__(self, root):
        super().__init__(root)
        import learnscope as ls
        self.run = ls.init(project="bench", name="run", store=self.root)
        self.log = lambda metrics, step, _log=self.run.log: _log(metrics)  # steps count themselves

    def close(self):
        self.run.finish()


class _TensorBoard(Tool):
    def _writer(self, cls):
        self.w = cls(log_dir=str(self.root))
        self.add = self.w.add_scalar

    def log(self, metrics, step):
        add = self.add
        for k, v in metrics.items():
            add(k, v, step)  # TensorBoard takes tensors itself (it calls .item())

    def close(self):
        self.w.close()


class TensorBoardX(_TensorBoard):
    name, package = "tensorboardX", "tensorboardX"

    def __init__(self, root):
        super().__init__(root)
        from tensorboardX import SummaryWriter
        self._writer(SummaryWriter)


class TorchTensorBoard(_TensorBoard):
    name, package = "tensorboard", "tensorboard"

    def __init__(self, root):
        super().__init__(root)
        from torch.utils.tensorboard import SummaryWriter
        self._writer(SummaryWriter)


class Trackio(Tool):
    name, package = "trackio", "trackio"

    def __init__(self, root):
        super().__init__(root)
        import trackio
        self.trackio = trackio
        self.paths = [Path(os.environ["TRACKIO_DIR"])]  # read by trackio at import
        trackio.init(project="bench", name="run", embed=False, auto_log_cpu=False, auto_log_gpu=False)

    def log(self, metrics, step):
        self.trackio.log(_items(metrics), step=step)

    def close(self):
        self.trackio.finish()


class Wandb(Tool):
    name, package = "wandb", "wandb"

    def __init__(self, root):
        super().__init__(root)
        import wandb
        self.run = wandb.init(project="bench", dir=str(self.root), mode="offline",
                              settings=wandb.Settings(x_disable_stats=True, console="off",
                                                      save_code=False, disable_git=True))

    def log(self, metrics, step):
        self.run.log(_items(metrics), step=step)

    def close(self):
        self.run.finish()


class MLflow(Tool):
    name, package = "mlflow", "mlflow"

    def __init__(self, root):
        super().__init__(root)
        import mlflow
        self.mlflow = mlflow
        mlflow.set_tracking_uri(f"sqlite:///{self.root / 'mlflow.db'}")
        mlflow.set_experiment("bench")
        mlflow.start_run(log_system_metrics=False)

    def log(self, metrics, step):
        self.mlflow.log_metrics(_items(metrics), step=step, synchronous=False)

    def close(self):
        self.mlflow.end_run()  # waits for the asynchronous queue to be written


class Aim(Tool):
    name, package = "aim", "aim"

    def __init__(self, root):
        super().__init__(root)
        from aim import Run
        self.run = Run(repo=str(self.root), experiment="bench", system_tracking_interval=None,
                       log_system_params=False, capture_terminal_logs=False)

    def log(self, metrics, step):
        self.run.track(_items(metrics), step=step)

    def close(self):
        self.run.close()


class DVCLive(Tool):
    name, package = "dvclive", "dvclive"

    def __init__(self, root):
        super().__init__(root)
        from dvclive import Live
        self.live = Live(str(self.root / "dvclive"), save_dvc_exp=False, report=None, dvcyaml=None,
                         monitor_system=False)

    def log(self, metrics, step):
        for k, v in _items(metrics).items():
            self.live.log_metric(k, v)
        self.live.next_step()

    def close(self):
        self.live.end()


class LiveLossPlot(Tool):
    """Keeps values in memory for its plots; writes nothing (no outputs configured)."""

    name, package, persists = "livelossplot", "livelossplot", False

    def __init__(self, root):
        super().__init__(root)
        from livelossplot import PlotLosses
        self.plot = PlotLosses(outputs=[])

    def log(self, metrics, step):
        self.plot.update(_items(metrics), current_step=step)


TOOLS = {t.name: t for t in (Learnscope, TensorBoardX, TorchTensorBoard, Trackio, Wandb, MLflow, Aim,
                             DVCLive, LiveLossPlot)}
PEERS = [name for name in TOOLS if name != "learnscope"]


def prepare_env(root: str) -> None:
    """Environment for the peers, set before they are imported: everything offline, inside ``root``."""
    os.environ.update(WANDB_MODE="offline", WANDB_SILENT="true", WANDB_DIR=root, HF_HUB_OFFLINE="1",
                      TRACKIO_DIR=str(Path(root) / "trackio"), MLFLOW_ENABLE_ASYNC_LOGGING="true",
                      DVCLIVE_TEST="false", DVC_NO_ANALYTICS="1", AIM_UI_TELEMETRY_ENABLED="0",
                      GIT_PYTHON_REFRESH="quiet", TF_CPP_MIN_LOG_LEVEL="3")


def version(tool: str) -> str:
    from importlib.metadata import PackageNotFoundError, version as v
    try:
        return v(TOOLS[tool].package)
    except PackageNotFoundError:
        return "?"
