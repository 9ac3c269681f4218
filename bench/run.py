"""``make bench``: learnscope side by side with the trackers people use today.

Installs the peers into ``bench/.venv-peers`` (a separate virtual environment), then
runs every scenario once per tool, each in a fresh process, and prints one table
(medians of repetitions, ratios to learnscope); the raw numbers go to
``bench/results.json``. See ``bench/README.md`` for the scenarios and the results.

    .venv/bin/python bench/run.py            # everything (~12 min on 2 cores)
    .venv/bin/python bench/run.py --quick    # fewer steps and repetitions, to check the harness
    .venv/bin/python bench/run.py --only logging,storage --tools learnscope,trackio
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PEERS_VENV = HERE / ".venv-peers"
PEERS_PY = PEERS_VENV / "bin" / "python"
LS_PY = Path(sys.executable)
REQUIREMENTS = HERE / "requirements-peers.txt"
CACHE = HERE / ".cache"
WORK_DIR = Path(tempfile.mkdtemp(prefix="learnscope-bench-cwd-"))  # the workers' working directory
sys.path.insert(0, str(HERE))

from plan import PLAN, plan  # noqa: E402
from table import render  # noqa: E402
from tools import TOOLS  # noqa: E402


def ensure_peers() -> None:
    """Create or update ``bench/.venv-peers`` when ``requirements-peers.txt`` changed."""
    stamp = PEERS_VENV / ".installed"
    want = hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == want and PEERS_PY.exists():
        return
    print(f"installing the peers into {PEERS_VENV} (once) ...", flush=True)
    if not PEERS_PY.exists():
        subprocess.run([sys.executable, "-m", "venv", str(PEERS_VENV)], check=True)
    pip = [str(PEERS_PY), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    subprocess.run(pip + ["--upgrade", "pip"], check=True)
    subprocess.run(pip + ["torch==2.13.0"], check=True)  # first, so nothing pulls a CUDA build
    subprocess.run(pip + ["-r", str(REQUIREMENTS)], check=True)
    stamp.write_text(want)


def python_for(tool: str) -> Path:
    return LS_PY if tool.startswith("learnscope") else PEERS_PY


def worker(script: str, tool: str, *args, timeout: float = 900) -> dict:
    """Run one scenario for one tool in a fresh process; its last stdout line is JSON.

    It runs in a scratch working directory: some peers write beside themselves (DVC's
    ``.dvc``, MLflow's ``mlruns``), and must not touch the repository.
    """
    cmd = [str(python_for(tool)), str(HERE / script), *map(str, args)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONHASHSEED": "0"}
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=WORK_DIR, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return dict(error=f"timed out after {timeout:.0f} s")
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode or not lines:
        tail = (proc.stderr.strip().splitlines() or ["(no output)"])[-1]
        return dict(error=f"exit {proc.returncode}: {tail[:200]}")
    out = json.loads(lines[-1])
    out["process_seconds"] = time.perf_counter() - t0
    return out


def tfevents_file(steps: int, tags: int) -> str:
    """The cached event file of ``steps * tags`` scalars, written by TensorBoard's SummaryWriter."""
    folder = CACHE / f"tfevents-{steps}x{tags}"
    found = sorted(folder.glob("events.out.tfevents.*"))
    if found:
        return str(found[0])
    print(f"  writing a TensorBoard event file of {steps * tags:,} scalars (cached in {folder}) ...", flush=True)
    return worker("readpath.py", "tensorboard", "make-tfevents", folder, steps, tags, timeout=1800)["file"]


def machine() -> dict:
    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                if ln.startswith("model name")), platform.processor())
    mem = next((int(ln.split()[1]) for ln in Path("/proc/meminfo").read_text().splitlines()
                if ln.startswith("MemTotal")), 0)
    return dict(nproc=os.cpu_count(), cpu=cpu, ram_gib=round(mem / 2**20, 1), python=platform.python_version(),
                platform=platform.platform(), load_avg=os.getloadavg())


def accelerator() -> str | None:
    """'cuda' when this machine has a GPU that torch can use (checked in the peers' env too)."""
    probe = "import torch; print(torch.cuda.is_available())"
    out = subprocess.run([str(LS_PY), "-c", probe], capture_output=True, text=True)
    return "cuda" if out.stdout.strip() == "True" else None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer steps and repetitions (checks the harness)")
    ap.add_argument("--only", default="", help=f"comma-separated scenarios of {', '.join(PLAN)}")
    ap.add_argument("--tools", default="", help=f"comma-separated tools of {', '.join(TOOLS)}")
    ap.add_argument("--out", default=str(HERE / "results.json"))
    args = ap.parse_args(argv)
    ensure_peers()
    scenarios = [s for s in PLAN if not args.only or s in args.only.split(",")]
    tools = [t for t in TOOLS if not args.tools or t in args.tools.split(",")]
    results = dict(machine=machine(), started=time.strftime("%Y-%m-%d %H:%M:%S %Z"), quick=args.quick,
                   accelerator=accelerator(), command=" ".join([Path(sys.executable).name, *sys.argv]))
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="learnscope-bench-") as scratch:
        ctx = dict(scratch=Path(scratch), quick=args.quick, tools=tools, worker=worker,
                   tfevents=tfevents_file, accelerator=results["accelerator"], ls_py=LS_PY)
        for name in scenarios:
            print(f"== {name}", flush=True)
            results[name] = plan(name, ctx)
            Path(args.out).write_text(json.dumps(results, indent=1, default=str))
    shutil.rmtree(WORK_DIR, ignore_errors=True)
    results["total_seconds"] = time.perf_counter() - t0
    results["load_avg_end"] = os.getloadavg()
    Path(args.out).write_text(json.dumps(results, indent=1, default=str))
    print(render(results))
    print(f"\nraw numbers: {args.out} (total {results['total_seconds'] / 60:.1f} min)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
