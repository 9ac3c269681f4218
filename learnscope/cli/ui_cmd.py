"""``learnscope ui``: the local web dashboard."""

from __future__ import annotations

import click

from . import store_option


@click.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; any but loopback requires the printed token.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0: any free port).")
def command(store, host, port):
    """Browse, compare and watch runs in a web browser (read-only).

    \b
    Examples:
      learnscope ui                                   # http://127.0.0.1:8765
      learnscope ui --store runs/ --port 0            # any free port
      learnscope ui --store postgresql://me@db/ls --host 0.0.0.0   # prints a token to log in
    """
    from ..dashboard.app import serve

    serve(store, host=host, port=port, echo=lambda line: click.echo(line, err=False))
