"""A training loop for the disk-full tests (run as a script by tests/reliability/test_disk_full.py).

argv: STORE CONTROL_DIR MODE [MAX_POINTS]. MODE "rlimit" fills the "disk" itself with a
file-size limit of one byte (RLIMIT_FSIZE; SIGXFSZ ignored so writes fail with EFBIG) while
CONTROL_DIR/full exists and CONTROL_DIR/free does not; MODE "tmpfs" leaves filling to the test.
Prints the number of steps logged after every slice of work; stops when CONTROL_DIR/stop exists.
"""

import os
import resource
import signal
import sys
import time

import learnscope as ls
import learnscope.run
import learnscope.unsaved

store, control, mode = sys.argv[1], sys.argv[2], sys.argv[3]
if len(sys.argv) > 4:
    learnscope.unsaved.MAX_POINTS = int(sys.argv[4])
learnscope.run.FINISH_PATIENCE = 1.0  # the tests decide when space comes back; do not wait 10 s for it
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
_, HARD = resource.getrlimit(resource.RLIMIT_FSIZE)


def flag(name: str) -> bool:
    return os.path.exists(os.path.join(control, name))


def disk(full: bool) -> None:
    if mode == "rlimit":
        resource.setrlimit(resource.RLIMIT_FSIZE, (1 if full else HARD, HARD))


run = ls.init(project="disk", name="full", store=store, flush_interval=0.05)
i = 0
while not flag("stop"):
    disk(flag("full") and not flag("free"))
    for _ in range(500):
        run.log({"loss": float(i), "acc": (i % 97) / 97})
        i += 1
        if i % 1000 == 0:
            run.log_epoch({"val_loss": i / 1000})
    print(i, flush=True)
    time.sleep(0.005)
run.finish()
print("done", i, flush=True)
