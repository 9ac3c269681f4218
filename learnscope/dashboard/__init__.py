"""The local web dashboard (``learnscope ui``): runs list, run view, compare, live charts.

Starlette on uvicorn, imported only when the dashboard is used.

>>> from learnscope.dashboard.app import serve
>>> serve("./learnscope", port=8765)       # doctest: +SKIP
"""
