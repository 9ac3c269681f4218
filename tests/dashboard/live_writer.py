"""A training-like process for the live test: logs an epoch every ~0.25 s until told to stop."""

import math
import os
import sys
import time

import learnscope as ls

store, stop_file = sys.argv[1], sys.argv[2]
run = ls.init(project="live", name="growing", config={"lr": 0.01}, store=store, flush_interval=0.2)
print(run.id, flush=True)
for epoch in range(1, 400):
    for b in range(5):
        run.log({"loss": 2 * math.exp(-epoch / 30) + 0.05 * math.sin(b)})
    run.log_epoch({"loss": 2 * math.exp(-epoch / 30), "val_loss": 2.1 * math.exp(-epoch / 30)})
    if os.path.exists(stop_file):
        break
    time.sleep(0.25)
run.finish()
