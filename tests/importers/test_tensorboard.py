"""TensorBoard event files written by torch's SummaryWriter (and tensorboardX if installed),
read by learnscope and by TensorBoard's own loader: the same points, value for value."""

import inspect

import numpy as np
import pytest

import learnscope as ls
from learnscope.importers import find_runs
from learnscope.importers.tfevents import read_scalars


def _write(logdir, writer_cls, epochs=4, batches=5):
    """Scalars in every form: simple_value, tensor float (new_style), tensor double; plus
    a histogram, an image and text, which are not scalars and must be left out."""
    w = writer_cls(str(logdir))
    tensor_forms = "new_style" in inspect.signature(w.add_scalar).parameters  # torch's; tensorboardX has none
    step = 0
    for epoch in range(epochs):
        for b in range(batches):
            w.add_scalar("train/loss", 1.0 / (step + 1), step)
            w.add_scalar("train/lr", 0.1 * 0.9 ** step, step, **({"new_style": True} if tensor_forms else {}))
            step += 1
        w.add_scalar("Loss/val", 2.0 - 0.25 * epoch, epoch,
                     **({"new_style": True, "double_precision": True} if tensor_forms else {}))
        w.add_scalar("Accuracy/val", 0.5 + 0.1 * epoch, epoch)
        w.add_histogram("weights", np.arange(10.0) * epoch, epoch)
    w.add_image("img", np.zeros((3, 4, 4)), 0)
    w.add_text("note", "hello", 0)
    w.close()


def _tensorboard_points(logdir):
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    acc = EventAccumulator(str(logdir), size_guidance={"scalars": 0, "tensors": 0})
    acc.Reload()
    points = {t: [(e.step, e.wall_time, e.value) for e in acc.Scalars(t)] for t in acc.Tags()["scalars"]}
    from tensorboard.util.tensor_util import make_ndarray

    for t in acc.Tags()["tensors"]:  # new-style scalars
        if acc.SummaryMetadata(t).plugin_data.plugin_name == "scalars":
            points[t] = [(e.step, e.wall_time, float(make_ndarray(e.tensor_proto))) for e in acc.Tensors(t)]
    return points


@pytest.fixture(params=["torch", "tensorboardX"])
def writer_cls(request):
    if request.param == "torch":
        pytest.importorskip("tensorboard")
        from torch.utils.tensorboard import SummaryWriter
    else:
        SummaryWriter = pytest.importorskip("tensorboardX").SummaryWriter
    return SummaryWriter


def test_reader_matches_tensorboard_exactly(tmp_path, writer_cls):
    _write(tmp_path, writer_cls)
    ours = {}
    for f in tmp_path.glob("events.out.tfevents.*"):
        for tag, p in read_scalars(f).items():
            ours[tag] = list(zip(p.step, p.wall_time, p.value))
    theirs = _tensorboard_points(tmp_path)
    assert set(ours) == {"train/loss", "train/lr", "Loss/val", "Accuracy/val"}
    for tag in ours:
        assert ours[tag] == theirs[tag], tag
    # the double-precision tensor keeps its double value; simple_value is float32
    assert [v for _, _, v in ours["Loss/val"]] == [2.0, 1.75, 1.5, 1.25]
    assert [v for _, _, v in ours["Accuracy/val"]] == [float(np.float32(0.5 + 0.1 * e)) for e in range(4)]


def test_history_levels_and_epochs(tmp_path, writer_cls):
    _write(tmp_path, writer_cls)
    h = ls.load(tmp_path)
    assert h.meta["format"] == "tensorboard"
    assert h.batch["loss"].tolist() == [float(np.float32(1.0 / (s + 1))) for s in range(20)]
    assert len(h.batch["lr"]) == 20
    val = h.epoch.series("val_Loss")
    assert val.epoch.tolist() == [1.0, 2.0, 3.0, 4.0]  # add_scalar(..., epoch) counts from 0
    assert h.get("Accuracy", "val", "epoch") is not None
    assert not any("weights" in k.name or "img" in k.name or "note" in k.name for k in h.series)


def test_keras_style_split_folders_join_one_run(tmp_path):
    from torch.utils.tensorboard import SummaryWriter

    for sub, losses in (("train", [0.9, 0.6, 0.4]), ("validation", [1.0, 0.8, 0.7])):
        w = SummaryWriter(str(tmp_path / "fit" / sub))
        for epoch, v in enumerate(losses):
            w.add_scalar("epoch_loss", v, epoch, new_style=True)
        w.close()
    h = ls.load(tmp_path / "fit")
    assert h.epoch["loss"].tolist() == pytest.approx([0.9, 0.6, 0.4])
    assert h.epoch["val_loss"].tolist() == pytest.approx([1.0, 0.8, 0.7])
    assert h.epoch.series("val_loss").epoch.tolist() == [1.0, 2.0, 3.0]
    assert [r.info.name for r in find_runs(tmp_path)] == ["fit"]


def test_directory_of_runs(tmp_path, store):
    from tests.conftest import cli
    from torch.utils.tensorboard import SummaryWriter

    for name in ("a", "b"):
        w = SummaryWriter(str(tmp_path / "runs" / name))
        for s in range(3):
            w.add_scalar("loss", 1.0 - s / 10, s)
        w.close()
    with pytest.raises(ls.errors.ImportFormatError, match="holds 2 runs"):
        ls.load(tmp_path / "runs")
    out = cli("import", tmp_path / "runs", "--project", "tb", "--store", store, check=True)
    assert out.stdout.count("imported tb/") == 2, out.stdout
    listed = cli("runs", "--json", "--store", store, check=True).stdout
    assert '"a"' in listed and '"b"' in listed
    assert ls.load("tb/a", store=store).batch["loss"].tolist() == pytest.approx([1.0, 0.9, 0.8])


def test_a_validation_folder_or_file_given_alone_is_validation(tmp_path):
    from torch.utils.tensorboard import SummaryWriter

    w = SummaryWriter(str(tmp_path / "validation"))
    w.add_scalar("epoch_loss", 0.5, 0)
    w.close()
    assert ls.load(tmp_path / "validation").epoch["val_loss"].tolist() == [0.5]
    f = next((tmp_path / "validation").glob("events.out.tfevents.*"))
    assert ls.load(f).epoch["val_loss"].tolist() == [0.5]
