"""A persistent graph of record: ``kg add INPUT... --store DIR``.

A store is a folder that holds

- ``oxigraph/``: the graph in an on-disk Oxigraph store (pyoxigraph's ``Store``: embedded,
  no server), the graph of record;
- ``graph.ttl``: the same graph as ``kg build`` writes it, so that every command that reads
  a ``kg build`` folder (``kg query``, ``analyze``, ``path``, ``export``) reads a store too;
- ``extractions.pickle``: what extraction found in each article added, so that adding
  articles extracts only the new ones;
- ``generation``: the SHA-256 of ``extractions.pickle`` once the graph was written from it;
- ``spellings.json``: the package memo of :mod:`kg.nlp.romanize` (the arabic-name-romanizer
  package's spelling of each word of the store's Arabic-only names that no table spells),
  so that an add searches only the words it has not seen.

Adding articles extracts those the store does not hold (the same text under the same
article id is the same article), then resolves every article of the store again and
writes the graph: new sightings resolve against the people already there, and the graph
is the one a ``kg build`` of every article added would write, byte for byte. Re-adding an
article changes nothing. Time: extraction of the new articles, plus resolution and writing
of the whole graph (O(A) for A articles in the store, :func:`kg.cli.run_build`'s stages
after extraction), less the package's beam search (about 30 ms a word) for every word the
store has spelt before: ``spellings.json`` is read before the store resolves and written
after, when resolution spelt a new word. It saves work and changes no byte of the graph
(:func:`kg.nlp.romanize.remember`): it is taken only from the same release of the
package, and a file that is missing, unreadable or of another shape is left and written
anew.

Oxigraph keeps an ``xsd:nonNegativeInteger`` literal (the evidence offsets) as the
``xsd:integer`` of the same value, as ``kg query``'s in-memory Oxigraph does;
``graph.ttl`` keeps the contract's datatypes.

The extractions are a Python pickle: a store folder is trusted as a database file is, and
read only by the ``kg`` that wrote it (a store of another version is rebuilt by adding its
articles again to a new folder). ``spellings.json`` is trusted alike: a spelling in it that
names the installed release of the package is taken as the package's answer.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import pickle
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.atomic import write_atomic
from kg.errors import ResourceError, UsageError
from kg.model import Article, Extraction, Resolved

__all__ = ["GRAPH_STORE", "EXTRACTIONS", "GENERATION", "SPELLINGS", "article_key", "GraphStore"]

GRAPH_STORE = "oxigraph"
EXTRACTIONS = "extractions.pickle"
GENERATION = "generation"
SPELLINGS = "spellings.json"
# graph.ttl for the commands that read a folder; analysis.* what `kg analyze DIR` writes
_NAMES = frozenset(
    {GRAPH_STORE, EXTRACTIONS, GENERATION, SPELLINGS, "graph.ttl", "analysis.md", "analysis.json"}
)


def article_key(article: Article) -> tuple[str, str]:
    """What makes an article the same article: its id and the digest of its text.

    >>> article_key(Article(id="a1", text="x", lang="en"))[0]
    'a1'
    """
    return article.id, hashlib.sha256(article.text.encode("utf-8")).hexdigest()


class GraphStore:
    """The store in ``folder`` (created when missing), locked while it is open.

    A folder that holds files a store does not hold is refused
    (:class:`~kg.errors.UsageError`); another ``kg add`` on the same store is refused at
    once (:class:`~kg.errors.ResourceError`).
    """

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)
        self._lock_fd: int | None = None
        self._extractions: list[Extraction] | None = None

    # ------------------------------------------------------------------ open, lock

    def __enter__(self) -> GraphStore:
        if self.folder.exists() and not self.folder.is_dir():
            raise UsageError(f"{self.folder} is a file; a store is a folder")
        self.folder.mkdir(parents=True, exist_ok=True)
        foreign = sorted(
            p.name
            for p in self.folder.iterdir()
            if p.name not in _NAMES and not p.name.startswith(".")
        )
        if foreign:
            raise UsageError(
                f"{self.folder} holds files that are not a kg store ({', '.join(foreign[:3])}); "
                "give an empty or new folder, or one that kg add made"
            )
        fd = os.open(self.folder / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise ResourceError(
                f"another kg add is writing the store {self.folder}; wait for it to end"
            ) from None
        self._lock_fd = fd
        return self

    def __exit__(self, *exc) -> None:
        if self._lock_fd is not None:
            fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
            os.close(self._lock_fd)
            self._lock_fd = None

    # ------------------------------------------------------------------ contents

    def extractions(self) -> list[Extraction]:
        """Every extraction the store holds, in the order they were added."""
        if self._extractions is None:
            path = self.folder / EXTRACTIONS
            self._extractions = pickle.loads(path.read_bytes()) if path.exists() else []
        return self._extractions

    def known(self) -> set[tuple[str, str]]:
        """The :func:`article_key` of every article the store holds."""
        return {article_key(x.article) for x in self.extractions()}

    def _generation(self) -> str:
        path = self.folder / EXTRACTIONS
        data = path.read_bytes() if path.exists() else b""
        return hashlib.sha256(data).hexdigest()

    def is_current(self) -> bool:
        """The graph was written from the extractions the store holds (not stopped halfway)."""
        gen = self.folder / GENERATION
        return gen.exists() and gen.read_text(encoding="ascii").strip() == self._generation()

    def new(self, articles: Iterable[Article]) -> Iterator[Article]:
        """The articles of ``articles`` that the store does not hold, each once."""
        seen = self.known()
        for a in articles:
            key = article_key(a)
            if key not in seen:
                seen.add(key)
                yield a

    # ------------------------------------------------------------------ writing

    def add(self, extractions: Iterable[Extraction]) -> tuple[int, Resolved | None]:
        """Add ``extractions`` (of articles the store does not hold) and write the graph
        again; return how many were added and the resolved graph (``None`` when nothing
        changed). Writes the extractions first, then ``graph.ttl``, then the Oxigraph
        store, then the generation: a store stopped halfway is written again by the next
        ``add``, even of nothing new."""
        added = list(extractions)
        if not added and self.is_current():
            return 0, None
        everything = self.extractions() + added
        if added:
            write_atomic(self.folder / EXTRACTIONS, pickle.dumps(everything, protocol=5))
        self._extractions = everything
        resolved = self._write_graph(everything)
        write_atomic(self.folder / GENERATION, self._generation() + "\n")
        return len(added), resolved

    def _write_graph(self, extractions: list[Extraction]) -> Resolved:
        import pyoxigraph as ox

        from kg import rdf
        from kg.resolve import resolve

        known = self._read_spellings()
        resolved = resolve(extractions)
        self._write_spellings(known)
        # The graph is only written here (no SHACL, no SPARQL on it): the compact store that
        # kg build writes from holds the same triples, so the same bytes, in a fraction of
        # the time and memory of rdflib's default store (a third of an add's time before).
        turtle = rdf.serialize(rdf.build_graph(resolved, lean=True))
        write_atomic(self.folder / "graph.ttl", turtle)
        store = ox.Store(str(self.folder / GRAPH_STORE))
        try:
            store.clear()
            store.bulk_load(turtle, format=ox.RdfFormat.TURTLE)
            store.flush()
        finally:
            del store
        return resolved

    def _read_spellings(self) -> dict | None:
        """Give the romanizer the store's package memo; return it (``None`` when there is
        none it could take)."""
        from kg.nlp import romanize

        try:
            memo = json.loads((self.folder / SPELLINGS).read_text(encoding="utf-8"))
        except (OSError, ValueError):  # missing, unreadable, not JSON: written anew
            return None
        return memo if romanize.remember(memo) else None

    def _write_spellings(self, known: dict | None) -> None:
        """Keep the romanizer's package memo in the store, when it holds what ``known``
        (the memo read) did not."""
        from kg.nlp import romanize

        memo = romanize.package_memo()
        if memo != known:
            text = json.dumps(memo, ensure_ascii=False, sort_keys=True, indent=0)
            write_atomic(self.folder / SPELLINGS, text + "\n")

    def dump(self, fmt: str = "nt") -> bytes:
        """The graph of record in ``fmt`` (a file extension: ``ttl``, ``nt``, ``trig``)."""
        import pyoxigraph as ox

        form = ox.RdfFormat.from_extension(fmt)
        if form is None:
            raise UsageError(f"unknown RDF format {fmt!r}; give ttl, nt or trig")
        store = ox.Store.read_only(str(self.folder / GRAPH_STORE))
        kwargs = {} if form.supports_datasets else {"from_graph": ox.DefaultGraph()}
        return store.dump(format=form, **kwargs)
