"""SHACL validation of a graph against ``ontology/shapes.ttl``, reported in plain words.

>>> from rdflib import Graph, Literal
>>> from rdflib.namespace import FOAF, RDF, SKOS
>>> from kg.vocab import KGR
>>> g = Graph()
>>> g.add((KGR["person/x"], RDF.type, FOAF.Person))  # doctest: +ELLIPSIS
<Graph ...>
>>> report = validate(g)
>>> report.conforms
False
>>> report.problems
['person kgr:person/x has no English label (skos:prefLabel @en)']
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import pyshacl
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import SH

from kg import settings
from kg.vocab import PREFIXES

__all__ = ["Report", "validate", "load_shapes", "describe"]


@dataclass(frozen=True)
class Report:
    """The outcome of :func:`validate`.

    ``conforms`` is False when there is any violation; ``problems`` lists the violations
    and ``warnings`` the rest (``sh:Warning``, ``sh:Info``), each as one sentence, sorted.
    """

    conforms: bool
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@lru_cache(maxsize=4)
def _load(path: str) -> Graph:
    graph = Graph()
    graph.parse(path, format="turtle")
    return graph


def load_shapes() -> Graph:
    """The shapes graph of ``ontology/shapes.ttl`` (parsed once; do not modify it)."""
    return _load(str(settings.ONTOLOGY_DIR / "shapes.ttl"))


def describe(node) -> str:
    """A node as a reader would write it: a contract prefix where one applies.

    >>> from kg.vocab import KGR
    >>> describe(KGR["person/hakan-fidan"])
    'kgr:person/hakan-fidan'
    >>> describe(URIRef("https://example.org/x"))
    '<https://example.org/x>'
    """
    if isinstance(node, URIRef):
        for prefix, namespace in PREFIXES.items():
            if node.startswith(str(namespace)):
                return f"{prefix}:{node[len(str(namespace)) :]}"
    return node.n3()


# Words for a focus node, from its IRI; the label of the node shape that reported it is the
# fallback (a shape such as kgs:EnglishLabel is shared by several node shapes).
_KINDS = {
    "kgr:person/": "person",
    "kgr:org/": "organization",
    "kgr:country/": "country",
    "kgr:place/": "place",
    "kgr:post/": "post",
    "kgr:membership/": "membership",
    "kgr:designation/": "designation",
    "kgr:interval/": "interval",
    "kgr:date/": "instant",
    "kgr:event/": "event",
    "kgr:article/": "article",
    "kgr:mention/": "mention",
    "kgo:role-": "role",
    "kgo:event-": "event type",
    "kgo:cameo-": "CAMEO concept",
    "kgo:rank-": "rank",
}


def _kind(shapes: Graph, source, focus_text: str) -> str:
    for start, kind in _KINDS.items():
        if focus_text.startswith(start):
            return kind
    label = shapes.value(source, RDFS.label)
    if label is None:
        parents = set(shapes.subjects(SH.property, source))
        if len(parents) == 1:
            label = shapes.value(parents.pop(), RDFS.label)
    return str(label) if label is not None else "node"


def _sentence(results: Graph, shapes: Graph, result) -> str:
    focus = results.value(result, SH.focusNode)
    source = results.value(result, SH.sourceShape)
    message = results.value(result, SH.resultMessage)
    focus_text = describe(focus)
    if message is None:  # a constraint without sh:message: say which constraint failed
        component = results.value(result, SH.sourceConstraintComponent)
        path = results.value(result, SH.resultPath)
        message = f"fails {describe(component)}" + (f" on {describe(path)}" if path else "")
    return f"{_kind(shapes, source, focus_text)} {focus_text} {message}"


def validate(graph: Graph) -> Report:
    """Validate ``graph`` against ``ontology/shapes.ttl``.

    No inference is run: the graphs of :mod:`kg.rdf` state every type they rely on.
    SHACL Advanced Features are on: the mention anchor check is a SPARQL target.

    >>> validate(Graph()).conforms
    True
    """
    shapes = load_shapes()
    conforms, results, _ = pyshacl.validate(
        graph,
        shacl_graph=shapes,
        inference="none",
        allow_warnings=True,
        advanced=True,
    )
    problems: set[str] = set()
    warnings: set[str] = set()
    for result in results.subjects(RDF.type, SH.ValidationResult):
        sentence = _sentence(results, shapes, result)
        if results.value(result, SH.resultSeverity) == SH.Violation:
            problems.add(sentence)
        else:
            warnings.add(sentence)
    return Report(conforms=bool(conforms), problems=sorted(problems), warnings=sorted(warnings))
