"""pubdump.py OUT.json: every public log's full read (both folders) as JSON, to compare byte for byte."""
import json, sys, warnings
from pathlib import Path
import learnscope as ls
from learnscope.errors import LearnscopeError
out = {}
for folder in ("../shared/public-logs", "../shared/public-logs-2"):
    for p in sorted(Path(folder).iterdir()):
        if p.name.startswith("README"):
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                out[str(p)] = ls.read(str(p)).to_dict()
        except LearnscopeError as e:
            out[str(p)] = f"error: {e}"
        except Exception as e:  # noqa
            out[str(p)] = f"CRASH {type(e).__name__}: {e}"
Path(sys.argv[1]).write_text(json.dumps(out, indent=1, sort_keys=True, default=str))
print(len(out), "logs")
