"""``learnscope rm``: delete runs with their points, named or matching filters (asks first)."""

from __future__ import annotations

import sys

import click

from . import store_option
from .runs import filter_options

SHOWN = 10


@click.command()
@click.argument("refs", nargs=-1, metavar="[RUN]...")
@store_option
@filter_options
@click.option("-y", "--yes", is_flag=True, help="Delete without asking.")
def command(refs, store, where, group, status, verdict, project, text, yes):
    """Delete runs and their points: the RUNs named (id, project/name or name) and/or every run
    matching the filters. Asks before deleting unless --yes.

    \b
    Examples:
      learnscope rm 3f9c2a1b7d0e                       # one run and its points (asks first)
      learnscope rm --where 'lr>0.1' --group sweep-3 --yes
      learnscope rm --status crashed                   # lists the crashed runs, then asks
    """
    from ..errors import InvalidValueError
    from ..store import open_store

    filters = dict(where=where, group=group, status=status, verdict=verdict, project=project, text=text)
    if not refs and all(v is None for v in filters.values()):
        raise InvalidValueError("nothing to delete: name runs (learnscope rm RUN...) or give a filter "
                                "(--where, --group, --status, --verdict, --project, --match)")
    st = open_store(store, create=False)
    doomed = _chosen(st, refs, filters)
    if not doomed:
        click.echo("no run matches: nothing deleted", err=True)
        return
    _list(doomed)
    if not yes and not _confirm(len(doomed)):
        click.echo("nothing deleted", err=True)
        sys.exit(1)
    n = st.delete_runs([r.id for r in doomed])
    click.echo(f"deleted {n} run(s) from {st.location}")


def _chosen(st, refs, filters) -> list:
    """The runs named (each must exist) and those matching the filters, without repeats."""
    from ..store.query import RunQuery

    named = {}
    for ref in refs:
        info = st.resolve(ref)
        named[info.id] = info
    if any(v is not None for v in filters.values()):
        q = RunQuery(**{k: (v if v is not None or k not in ("where", "text") else "") for k, v in filters.items()})
        for row in st.iter_runs(q):
            named.setdefault(row.info.id, row.info)
    return list(named.values())


def _list(doomed) -> None:
    for info in doomed[:SHOWN]:
        click.echo(f"  {info.id}  {info.project}/{info.name}  ({info.status})", err=True)
    if len(doomed) > SHOWN:
        click.echo(f"  … and {len(doomed) - SHOWN:,} more", err=True)


def _confirm(n: int) -> bool:
    try:
        return click.confirm(f"Delete {n:,} run(s) and their points?", default=False, err=True)
    except click.exceptions.Abort:  # end of input: no answer is no
        click.echo("", err=True)
        return False
