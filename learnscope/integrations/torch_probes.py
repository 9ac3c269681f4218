"""Optional PyTorch probes: gradient norm, dead ReLU units and weight-update ratio per layer.

Everything is computed on the model's device as tensors and handed to ``Run.log``,
which copies them to the host in bulk at flush time: probes never force a sync.
Series names are a contract read by the diagnosis: ``probe/grad_norm/<layer>``,
``probe/dead_fraction/<layer>``, ``probe/update_ratio/<layer>``.
"""

from __future__ import annotations

from functools import partial

import torch

RELUS = (torch.nn.ReLU, torch.nn.ReLU6)


class Probes:
    """Per-layer probes on ``model``, measured every ``every`` training steps.

    A *layer* is a module holding parameters of its own (named as in
    ``model.named_modules()``, the root as ``model``). Forward hooks record only
    in training mode with gradients on, so evaluation passes never count.

    >>> probes = Probes(model, step=lambda: run.step)     # doctest: +SKIP
    >>> run.log({"loss": loss, **probes.collect(run.step)})   # doctest: +SKIP
    """

    def __init__(self, model: torch.nn.Module, step, every: int = 1):
        self.step, self.every, self.active = step, max(int(every), 1), True
        self.layers = {name or "model": list(m.parameters(recurse=False))
                       for name, m in model.named_modules() if next(m.parameters(recurse=False), None) is not None}
        self._grad_sq: dict = {}   # (layer, index) -> squared gradient norm of one parameter
        self._dead: dict = {}      # relu name -> dead fraction of its last training forward
        self._prev: dict | None = None
        self._prev_step = -2
        self._handles = []
        for layer, params in self.layers.items():
            for i, p in enumerate(params):
                if p.requires_grad:
                    self._handles.append(p.register_post_accumulate_grad_hook(partial(self._on_grad, (layer, i))))
        for name, m in model.named_modules():
            if isinstance(m, RELUS):
                self._handles.append(m.register_forward_hook(partial(self._on_relu, name or "model")))

    def _armed(self) -> bool:
        return self.active and self.step() % self.every == 0

    def _on_grad(self, key, param) -> None:
        # Overwrite, not add: with gradient accumulation the hook sees the running sum.
        if self._armed() and param.grad is not None:
            self._grad_sq[key] = param.grad.detach().float().pow(2).sum()

    def _on_relu(self, name, module, inputs, output) -> None:
        if not (self._armed() and module.training and torch.is_grad_enabled()):
            return
        out = output.detach()
        flat = out.reshape(out.shape[0], -1) if out.ndim > 1 else out.reshape(1, -1)
        self._dead[name] = (flat <= 0).all(dim=0).float().mean()

    def collect(self, step: int) -> dict:
        """The probe values of training step ``step`` (tensors), and reset for the next one."""
        out = {}
        if step % self.every == 0:
            out.update(self._grad_norms())
            out.update({f"probe/dead_fraction/{k}": v for k, v in self._dead.items()})
            out.update(self._update_ratios(step))
        self._grad_sq.clear()
        self._dead.clear()
        if (step + 1) % self.every == 0:
            self._prev = {layer: [p.detach().clone() for p in ps] for layer, ps in self.layers.items()}
            self._prev_step = step
        return out

    def _grad_norms(self) -> dict:
        per_layer: dict = {}
        for (layer, _), sq in self._grad_sq.items():
            per_layer[layer] = per_layer[layer] + sq if layer in per_layer else sq
        return {f"probe/grad_norm/{k}": v.sqrt() for k, v in per_layer.items()}

    def _update_ratios(self, step: int) -> dict:
        if self._prev is None or self._prev_step != step - 1:
            return {}
        out = {}
        for layer, params in self.layers.items():
            old = self._prev[layer]
            delta = sum((p.detach().float() - q.float()).pow(2).sum() for p, q in zip(params, old))
            size = sum(q.float().pow(2).sum() for q in old)
            out[f"probe/update_ratio/{layer}"] = delta.sqrt() / size.sqrt().clamp_min(1e-12)
        return out

    def remove(self) -> None:
        """Take the hooks off the model."""
        for h in self._handles:
            h.remove()
        self._handles.clear()
