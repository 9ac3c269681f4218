import pytest


@pytest.fixture(scope="session")
def labelled():
    """``{name: (case, history)}``: the labelled set, trained once per test session."""
    from .labelled import build

    return build()
