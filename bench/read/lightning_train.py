"""Lightning ``Trainer.fit`` runs of the corpus, recorded with ``learnscope.lightning.Logger``."""

from __future__ import annotations

import math
import warnings

from torch_train import build_model, loss_fn, lr_factor, make_optimizer


def _module(spec: dict, model, lf, regression: bool, spe: int):
    import lightning as L
    import torch

    class Lit(L.LightningModule):
        def __init__(self):
            super().__init__()
            self.model = model

        def _step(self, batch, split):
            x, y = batch
            out = self.model(x)
            loss = lf(out, y)
            on_step = split == "train"
            self.log(f"{split}_loss", loss, on_step=on_step, on_epoch=True)
            if not regression:
                self.log(f"{split}_acc", (out.argmax(1) == y).float().mean(), on_step=False, on_epoch=True)
            return loss

        def training_step(self, batch, i):
            return self._step(batch, "train")

        def validation_step(self, batch, i):
            self._step(batch, "val")

        def configure_optimizers(self):
            opt = make_optimizer(spec, self.model.parameters())
            s, a = spec.get("sched", "const"), spec.get("sched_args", {})
            if s == "onecycle":
                sch = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=spec["lr"], total_steps=spec["epochs"] * spe)
                return {"optimizer": opt, "lr_scheduler": {"scheduler": sch, "interval": "step"}}
            if s == "plateau":
                sch = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, factor=a.get("factor", 0.1),
                                                                 patience=a.get("patience", 5))
                return {"optimizer": opt, "lr_scheduler": {"scheduler": sch, "monitor": "val_loss"}}
            sch = torch.optim.lr_scheduler.LambdaLR(opt, lambda e: lr_factor(spec, e))
            return {"optimizer": opt, "lr_scheduler": sch}

    return Lit()


def train(spec: dict, data, store: str) -> str:
    import lightning as L
    import torch
    from torch.utils.data import DataLoader, TensorDataset

    from learnscope.lightning import Logger

    warnings.filterwarnings("ignore")
    L.seed_everything(spec.get("seed", 0), verbose=False)
    regression = data.regression
    xt = torch.from_numpy(data.x_train.copy())
    if spec.get("nan_input"):
        xt[len(xt) // 2, 0] = float("nan")
    batch = spec.get("batch", 32)
    train_dl = DataLoader(TensorDataset(xt, torch.from_numpy(data.y_train)), batch_size=batch, shuffle=True)
    val_dl = DataLoader(TensorDataset(torch.from_numpy(data.x_val), torch.from_numpy(data.y_val)), batch_size=512)
    model = build_model(spec, xt.shape[1], 1 if regression else data.classes)
    lit = _module(spec, model, loss_fn(spec, regression), regression, math.ceil(len(xt) / batch))
    logger = Logger(project="corpus", name=spec["id"], store=store)
    cbs = [L.pytorch.callbacks.EarlyStopping("val_loss", patience=spec["es_patience"])] \
        if spec.get("es_patience") else []
    trainer = L.Trainer(max_epochs=spec["epochs"], logger=logger, callbacks=cbs, accelerator="cpu", devices=1,
                        enable_progress_bar=False, enable_checkpointing=False, enable_model_summary=False,
                        num_sanity_val_steps=0, log_every_n_steps=spec.get("log_every", 10),
                        val_check_interval=spec.get("val_check", 1.0), gradient_clip_val=spec.get("clip"))
    trainer.fit(lit, train_dl, val_dl)
    return logger.run.info.ref
