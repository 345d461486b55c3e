"""officials-kg: news about governments in, a knowledge graph of officials out.

The pipeline runs one way: ``ingest -> nlp -> extract -> resolve -> rdf -> analyze -> render``;
:mod:`kg.cli` wires it. See the README for the commands. The Python API is five functions
and the model's types:

- :func:`article` makes an :class:`Article` of a text (the header fields as keywords);
- :func:`build` reads articles (files, folders, :class:`Article` objects) into an rdflib graph;
- :func:`load` reads a graph that ``kg build`` wrote;
- :func:`query` runs a shipped query (or any SPARQL) on a graph, with checked parameters;
- :func:`export` writes a graph as JSON-LD, CSV tables, a Neo4j import, FollowTheMoney
  entities, Wikidata-style statements, GraphML or GEXF.

>>> import kg
>>> news = kg.article(
...     "Jordanian Foreign Minister Rami Haddad met Egyptian Foreign Minister "
...     "Karim Nassar in Amman on Wednesday.",
...     lang="en",
...     date="2025-11-05",
... )
>>> graph = kg.build([news])
>>> rows = kg.query(graph, "who_held", role="foreign_minister", date="2025-11-05")
>>> [(r["name"], r["iso"]) for r in rows]
[('Karim Nassar', 'EG'), ('Rami Haddad', 'JO')]
>>> [r["counterpartName"] for r in kg.query(graph, "counterparts", name="rami haddad")]
['Karim Nassar']
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.model import (
    Article,
    Country,
    Event,
    Mention,
    Occupancy,
    Organization,
    Person,
    Place,
    Post,
    Resolved,
    Source,
    Tenure,
)

if TYPE_CHECKING:
    import rdflib

__all__ = [
    "__version__",
    "article",
    "build",
    "load",
    "query",
    "export",
    "Article",
    "Mention",
    "Person",
    "Organization",
    "Country",
    "Place",
    "Post",
    "Tenure",
    "Occupancy",
    "Event",
    "Source",
    "Resolved",
]
__version__ = "0.1.0"


def article(text: str, **header: str) -> Article:
    """An :class:`Article` of ``text``; ``header`` holds the fields a ``.txt`` header may give
    (``date``, ``lang``, ``url``, ``title``, ``source``), checked the same way.

    >>> a = article("وزير الخارجية الأردني رامي حداد", date="2025-11-05")
    >>> a.lang, str(a.date)
    ('ar', '2025-11-05')
    """
    from kg.ingest import read_txt

    head = "".join(f"{key}: {value}\n" for key, value in header.items())
    return read_txt(f"{head}\n{text}" if head else text, origin=header.get("url") or "<text>")


def _resolve(inputs: Iterable[str | Path | Article], *, strict: bool = False) -> Resolved:
    """Read, extract and resolve ``inputs``: the model objects behind :func:`build`."""
    import sys

    from kg.extract import extract
    from kg.ingest import iter_articles
    from kg.model import Skipped
    from kg.resolve import resolve as resolve_all

    inputs = list(inputs)
    articles = [x for x in inputs if isinstance(x, Article)]
    paths = [str(x) for x in inputs if not isinstance(x, Article)]
    skipped: list[Skipped] = []
    if paths:
        for item in iter_articles(paths, stdin=sys.stdin, strict=strict):
            (skipped if isinstance(item, Skipped) else articles).append(item)
    return resolve_all([extract(a) for a in articles], skipped=skipped)


def build(inputs: Iterable[str | Path | Article], *, strict: bool = False) -> rdflib.Graph:
    """The knowledge graph of ``inputs``: files, folders (as ``kg build`` reads them) and
    :class:`Article` objects. Inputs that cannot be read are skipped, unless ``strict``.

    >>> g = build([article("Jordanian Foreign Minister Rami Haddad spoke.", lang="en")])
    >>> len(g) > 50
    True
    """
    from kg import rdf

    return rdf.build_graph(_resolve(inputs, strict=strict))


def load(path: str | Path) -> rdflib.Graph:
    """The graph in ``path``: a folder that ``kg build`` wrote, or a Turtle file.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / "graph.ttl").write_text("<urn:a> <urn:b> <urn:c> .")
    ...     len(load(folder))
    1
    """
    import rdflib

    path = Path(path)
    if path.is_dir():
        path = path / "graph.ttl"
    return rdflib.Graph().parse(path, format="turtle")


def query(graph: Any, name: str, /, **bindings: str) -> list[dict[str, str | None]]:
    """The rows of query ``name`` on ``graph``, each a dict of column -> text (or None).

    ``name`` is a shipped query (``who_held``, ``counterparts``, ``meetings`` ...), the path
    of a ``.rq`` file, or the text of a SPARQL SELECT. ``bindings`` give its parameters,
    checked against their declared types (:class:`kg.errors.UsageError` names the expected
    form). ``graph`` is an rdflib graph, a ``pyoxigraph.Store``, or the path of a folder that
    ``kg build`` wrote or of a Turtle file.

    >>> g = build([article("Jordanian Foreign Minister Rami Haddad spoke.", lang="en")])
    >>> query(g, "holders")[0]["name"]
    'Rami Haddad'
    >>> query(g, "meetings", a="Jordan")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.errors.UsageError: --bind a=Jordan: expected the ISO 3166-1 alpha-2 code ...
    """
    import pyoxigraph as ox

    from kg import sparql

    if "{" in name:
        q = sparql.Query.parse(name, "query")
    else:
        q = sparql.load_query(name)
    text = sparql.bind(q, bindings)
    if isinstance(graph, ox.Store):
        store = graph
    elif isinstance(graph, str | Path):
        path = Path(graph)
        store = sparql.open_store(path / "graph.ttl" if path.is_dir() else path)
    else:
        store = sparql.open_store(data=graph.serialize(format="nt", encoding="utf-8"))
    answer = sparql.run(store, text, name=q.name)
    return [dict(zip(answer.header, row, strict=True)) for row in answer.strings()]


def export(graph: Any, fmt: str, out: str | Path) -> Path:
    """Write ``graph`` (an rdflib graph, or the path of a folder that ``kg build`` wrote or
    of a Turtle file) in format ``fmt`` to ``out``, as ``kg export`` does; returns the path.

    ``fmt`` is ``jsonld``, ``csv`` (a folder of tables), ``neo4j`` (a folder for
    ``neo4j-admin database import``), ``ftm`` (FollowTheMoney entities), ``wikidata``
    (tenures as P39 statements), ``graphml`` or ``gexf``; see :mod:`kg.exports`. Files are
    replaced atomically, folders as a whole.

    >>> import csv, tempfile
    >>> g = build([article("Jordanian Foreign Minister Rami Haddad spoke.", lang="en")])
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     tables = export(g, "csv", Path(folder) / "tables")
    ...     with open(tables / "tenures.csv", encoding="utf-8-sig", newline="") as fh:
    ...         [(r["person_en"], r["role"], r["state"]) for r in csv.DictReader(fh)]
    [('Rami Haddad', 'foreign_minister', 'JO')]
    """
    from kg import exports

    if isinstance(graph, str | Path):
        graph = load(graph)
    return exports.export(graph, fmt, out)
