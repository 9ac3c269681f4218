"""Run the real ``learnscope`` entry point in this process (fast enough for hypothesis) and
judge its outcome: exit 0, or exit 2 with exactly one ``learnscope: error:`` line, never a
traceback. The subprocess form (tests.conftest.cli) is used for a sample of the same cases."""

from __future__ import annotations

import traceback

from click.testing import CliRunner


def run_cli(args: list[str]) -> tuple[int, str, str]:
    """``(exit status, stdout, stderr)`` of ``learnscope ARGS``; a raised exception is a failure."""
    from learnscope.cli import main

    with CliRunner().isolation() as streams:
        try:
            main(list(args))
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        except BaseException:  # what a user would see as a traceback
            raise AssertionError(f"learnscope {args!r} raised:\n{traceback.format_exc()}") from None
        out, err = streams[0].getvalue(), streams[1].getvalue()
    return code, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")


def assert_clean(args, code: int, err: str, allowed=(0, 2)) -> None:
    """Exit 0, or 2 with one error line; no traceback either way."""
    assert "Traceback" not in err, f"learnscope {args!r}:\n{err}"
    assert code in allowed, f"learnscope {args!r} exited {code}: {err}"
    if code == 2:
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("learnscope: error: "), f"learnscope {args!r}: {err!r}"
