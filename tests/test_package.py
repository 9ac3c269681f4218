import subprocess
import sys

import learnscope


def test_all_is_sorted_and_small():
    assert learnscope.__all__ == sorted(learnscope.__all__)
    assert len(learnscope.__all__) <= 12
    for name in learnscope.__all__:
        assert getattr(learnscope, name) is not None


def test_import_is_light():
    code = ("import sys, learnscope; heavy = [m for m in ('torch', 'matplotlib', 'sqlalchemy', 'keras', "
            "'lightning', 'fastai', 'transformers', 'starlette', 'uvicorn', 'pandas', 'rich', 'click', 'numpy') "
            "if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
