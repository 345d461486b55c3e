"""SPARQL on a built graph with Oxigraph: the shipped queries, their parameters, the answers.

A graph is loaded into an in-memory :class:`pyoxigraph.Store` (:func:`open_store`) and
queried there (:func:`run`); rdflib is not involved, so the queries answer in well under a
second on a graph of a few hundred articles.

A shipped query (``ontology/queries/NAME.rq``) declares its parameters twice, once for
people and once for SPARQL engines. Its comment header lists each with its type::

    # Parameters (kg query GRAPH who_held --bind NAME=VALUE):
    #   ?role   [role-key]      a role key of the contract, e.g. foreign_minister
    #   ?date   [xsd:date]      a day, YYYY-MM-DD

and its body holds one ``VALUES`` block over the same variables, with one row of ``UNDEF``::

    VALUES (?role ?date) { (UNDEF UNDEF) }

Run as written, in any SPARQL 1.1 engine (Oxigraph, Jena, GraphDB ...), every parameter is
unbound and the query answers for all values. :func:`bind` checks each given value against
its declared type (:data:`TYPES`) and writes it, as a typed literal, into that row: the
query stays plain SPARQL 1.1 that any engine runs. The block sits in the group whose
``FILTER (!BOUND(?x) || ...)`` tests the parameter (a filter sees only its own group), and
each branch of a ``UNION`` starts from a bound variable: an engine evaluates a branch on its
own, and ``?x p* ?y`` with both ends free walks the whole graph. A query without declared
parameters (a user's own ``.rq``) takes ``--bind`` values as a trailing ``VALUES`` clause,
which keeps the answers where the variable has that value.

>>> q = Query.parse("# ?d [xsd:date] a day\\nSELECT ?d WHERE { VALUES (?d) { (UNDEF) } }")
>>> [(p.name, p.type) for p in q.parameters]
[('d', 'xsd:date')]
>>> bind(q, {"d": "2025-11-05"}).splitlines()[-1]
'SELECT ?d WHERE { VALUES (?d) { ("2025-11-05"^^<http://www.w3.org/2001/XMLSchema#date>) } }'
>>> answer = run(open_store(data=b"<urn:a> <urn:p> 1 ."), "SELECT ?s WHERE { ?s ?p ?o }")
>>> answer.header, answer.strings()
(['s'], [['urn:a']])
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kg.errors import UsageError

__all__ = [
    "TYPES",
    "ParamType",
    "Parameter",
    "Query",
    "Answer",
    "declared_parameters",
    "shipped_queries",
    "load_query",
    "check_value",
    "bind",
    "refuse_remote",
    "open_store",
    "run",
    "format_answer",
    "role_keys",
    "event_keys",
]

XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"


# --------------------------------------------------------------------------- the parameters


@dataclass(frozen=True)
class ParamType:
    """A type a query parameter declares: what a value looks like, and how to check one."""

    name: str
    expected: str  # the form, in words, for error messages
    check: Callable[[str], str]  # value -> SPARQL term; raises ValueError with a hint


def _string(value: str) -> str:
    """A SPARQL string literal.

    >>> print(_string('say "hi"\\n'))
    "say \\"hi\\"\\n"
    """
    escaped = (
        value.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )
    return f'"{escaped}"'


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _check_date(value: str) -> str:
    if not _DAY.fullmatch(value):
        raise ValueError("")
    try:
        dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"{value} is not a day of the calendar: {exc}") from None
    return f"{_string(value)}^^<{XSD_DATE}>"


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip()


def _check_country(value: str) -> str:
    from kg.lexicon import countries

    code = value.strip().upper()
    if re.fullmatch(r"[A-Z]{2}", code) and any(c.code == code for c in countries()):
        return _string(code)
    wanted = _fold(value)
    for c in countries():
        names = (c.en, c.ar, *c.alt_en, *c.alt_ar, *c.adj_en)
        if any(_fold(n) == wanted for n in names if n):
            raise ValueError(f"{c.en} is {c.code}")
    raise ValueError("")


def _check_key(keys: Callable[[], tuple[str, ...]], what: str) -> Callable[[str], str]:
    def check(value: str) -> str:
        key = value.strip().lower().replace(" ", "_").replace("-", "_")
        if key in keys():
            return _string(key)
        raise ValueError(f"the {what} keys are {', '.join(keys())}")

    return check


def _check_name(value: str) -> str:
    if not value.strip() or any(unicodedata.category(c) == "Cc" for c in value):
        raise ValueError("")
    return _string(value.strip())


def _check_source(value: str) -> str:
    if value.startswith("<") and value.endswith(">"):
        iri = value[1:-1]
        if iri and not re.search(r'[\s<>"{}|^`\\]', iri):
            return f"<{iri}>"
        raise ValueError("")
    return _check_name(value)


@cache
def _ontology_keys(scheme: str) -> tuple[str, ...]:
    import pyoxigraph as ox

    from kg.settings import ONTOLOGY, ONTOLOGY_DIR

    store = ox.Store()
    store.bulk_load(path=str(ONTOLOGY_DIR / "officials.ttl"), format=ox.RdfFormat.TURTLE)
    rows = store.query(
        "SELECT DISTINCT ?key WHERE { ?c <http://www.w3.org/2004/02/skos/core#inScheme> "
        f"<{ONTOLOGY}{scheme}> ; <http://www.w3.org/2004/02/skos/core#notation> ?key }}"
    )
    return tuple(sorted(row["key"].value for row in rows))


def role_keys() -> tuple[str, ...]:
    """The role keys of the contract (``skos:notation`` in ``kgo:roleScheme``).

    >>> "foreign_minister" in role_keys()
    True
    """
    return _ontology_keys("roleScheme")


def event_keys() -> tuple[str, ...]:
    """The event keys of the contract (``skos:notation`` in ``kgo:eventTypeScheme``).

    >>> "phone_call" in event_keys()
    True
    """
    return _ontology_keys("eventTypeScheme")


#: The types a shipped query may declare for a parameter, by the name in its header.
TYPES: Mapping[str, ParamType] = {
    t.name: t
    for t in (
        ParamType("xsd:date", "a day written YYYY-MM-DD, e.g. 2025-11-05", _check_date),
        ParamType(
            "country-code",
            "the ISO 3166-1 alpha-2 code of a state, two letters, e.g. JO or EG",
            _check_country,
        ),
        ParamType("role-key", "a role key, e.g. foreign_minister", _check_key(role_keys, "role")),
        ParamType("event-key", "an event key, e.g. meeting", _check_key(event_keys, "event")),
        ParamType("name", "a person's name in English or Arabic, e.g. Ayman Safadi", _check_name),
        ParamType(
            "source",
            "a source's name, an article's URL, or an IRI in <...>, e.g. officials-kg",
            _check_source,
        ),
    )
}


def check_value(param: str, type_name: str, value: str) -> str:
    """``value`` as the SPARQL term for parameter ``param`` of type ``type_name``.

    A value that is not of the type is a :class:`~kg.errors.UsageError` that names the
    expected form.

    >>> check_value("state", "country-code", "jo")
    '"JO"'
    >>> check_value("a", "country-code", "Jordan")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.errors.UsageError: --bind a=Jordan: expected the ISO 3166-1 alpha-2 code ... (Jordan is JO)
    """
    kind = TYPES[type_name]
    try:
        return kind.check(value)
    except ValueError as exc:
        hint = f" ({exc})" if str(exc) else ""
        raise UsageError(f"--bind {param}={value}: expected {kind.expected}{hint}") from None


@dataclass(frozen=True)
class Parameter:
    """A parameter a query declares in its header: ``#   ?name  [type]  what it is``."""

    name: str
    type: str
    help: str = ""


# one header line: "#   ?a, ?b  [country-code]  what they are"
_PARAM_LINE = re.compile(r"^#\s+(\?\w+(?:\s*,\s*\?\w+)*)\s+\[([\w:-]+)\]\s*(.*)$")
# the parameters' row: VALUES (?a ?b) { (UNDEF UNDEF) }
_VALUES_BLOCK = re.compile(
    r"VALUES\s*\(\s*((?:\?\w+\s*)+)\)\s*\{\s*\(\s*((?:UNDEF\s*)+)\)\s*\}", re.IGNORECASE
)


@dataclass(frozen=True)
class Query:
    """A SPARQL query, with the parameters its header declares and its one-line summary."""

    name: str
    text: str
    parameters: tuple[Parameter, ...] = field(default=())
    summary: str = ""

    @classmethod
    def parse(cls, text: str, name: str = "query") -> Query:
        """Read the header of ``text``: the summary and the declared parameters.

        A query that declares parameters must hold one ``VALUES`` block over exactly them.

        >>> Query.parse("# Who.\\n#   ?a, ?b  [country-code]  codes\\nSELECT *")
        Traceback (most recent call last):
        ...
        kg.errors.UsageError: query declares the parameters ?a ?b but has no VALUES (?a ?b) ...
        """
        head = [x.strip("# ") for x in _header(text)]
        params = declared_parameters(text, name=name)
        summary = re.split(r"(?<=\.)\s", " ".join(h for h in head if h), maxsplit=1)[0]
        query = cls(name=name, text=text, parameters=tuple(params), summary=summary)
        if params:
            query._values_block()  # fails early when the block is missing
        return query

    def _values_block(self) -> re.Match:
        names = [p.name for p in self.parameters]
        for m in _VALUES_BLOCK.finditer(self.text):
            if [v.lstrip("?") for v in m.group(1).split()] == names:
                return m
        listed = " ".join(f"?{n}" for n in names)
        undef = " ".join("UNDEF" for _ in names)
        raise UsageError(
            f"{self.name} declares the parameters {listed} but has no "
            f"VALUES ({listed}) {{ ({undef}) }} block for them"
        )


def _header(text: str) -> list[str]:
    lines = text.splitlines()
    n = next((i for i, x in enumerate(lines) if not x.startswith("#")), len(lines))
    return lines[:n]


def declared_parameters(text: str, *, name: str = "query") -> tuple[Parameter, ...]:
    """The parameters the comment header of a query declares, in order.

    >>> head = "# Who.\\n#   ?a, ?b  [country-code]  codes\\n#   ?d [xsd:date] a day\\nSELECT"
    >>> [(p.name, p.type, p.help) for p in declared_parameters(head)]
    [('a', 'country-code', 'codes'), ('b', 'country-code', 'codes'), ('d', 'xsd:date', 'a day')]
    """
    params: list[Parameter] = []
    for line in _header(text):
        m = _PARAM_LINE.match(line)
        if not m:
            continue
        if m.group(2) not in TYPES:
            raise UsageError(
                f"{name}: parameter type [{m.group(2)}] is not one of "
                + ", ".join(f"[{t}]" for t in TYPES)
            )
        for var in m.group(1).split(","):
            params.append(Parameter(var.strip().lstrip("?"), m.group(2), m.group(3).strip()))
    return tuple(params)


def _queries_dir() -> Path:
    from kg.settings import ONTOLOGY_DIR

    return ONTOLOGY_DIR / "queries"


def shipped_queries() -> dict[str, Path]:
    """The queries in ``ontology/queries/``, by name (the file name without ``.rq``).

    >>> {"who_held", "counterparts", "meetings"} <= set(shipped_queries())
    True
    """
    return {p.stem: p for p in sorted(_queries_dir().glob("*.rq"))}


def load_query(spec: str) -> Query:
    """A ``.rq`` file, or the name of a shipped query, as a :class:`Query`.

    >>> [p.name for p in load_query("meetings").parameters]
    ['a', 'b', 'type']
    """
    path = Path(spec)
    if path.is_file():
        return Query.parse(path.read_text(encoding="utf-8"), spec)
    shipped = shipped_queries()
    name = path.name.removesuffix(".rq")
    if name in shipped and path.parent == Path("."):
        return Query.parse(shipped[name].read_text(encoding="utf-8"), name)
    raise UsageError(
        f"no query file {spec}; give the path of a .rq file or one of the shipped queries: "
        + ", ".join(shipped)
    )


def _guess_term(value: str) -> str:
    """A value for an undeclared parameter: <IRI>, YYYY-MM-DD (a date), else a string."""
    if value.startswith("<") and value.endswith(">"):
        return _check_source(value)
    if _DAY.fullmatch(value):
        return _check_date(value)
    return _string(value)


def bind(query: Query, values: Mapping[str, str]) -> str:
    """The text of ``query`` with ``values`` (parameter name -> text) written into it.

    Declared parameters are checked against their types and written into the query's
    ``VALUES`` row (the others stay ``UNDEF``). A query that declares none takes the values
    as a trailing ``VALUES`` clause. Unknown names and bad values are a
    :class:`~kg.errors.UsageError`.

    >>> q = Query.parse("# ?n [name] a name\\nSELECT * { VALUES (?n) { (UNDEF) } }", "q")
    >>> bind(q, {"x": "1"})
    Traceback (most recent call last):
    ...
    kg.errors.UsageError: q has no parameter 'x'; it takes: n
    >>> bind(Query.parse("SELECT ?p WHERE { ?p ?q ?o }"), {"p": "<urn:a>"})
    'SELECT ?p WHERE { ?p ?q ?o }\\nVALUES (?p) { (<urn:a>) }\\n'
    """
    if not values:
        return query.text
    declared = {p.name: p for p in query.parameters}
    if declared:
        for var in values:
            if var not in declared:
                raise UsageError(
                    f"{query.name} has no parameter {var!r}; it takes: " + ", ".join(declared)
                )
        terms = [
            check_value(p.name, p.type, values[p.name]) if p.name in values else "UNDEF"
            for p in query.parameters
        ]
        m = query._values_block()
        row = f"VALUES ({m.group(1).strip()}) {{ ({' '.join(terms)}) }}"
        return query.text[: m.start()] + row + query.text[m.end() :]
    for var in values:
        if not re.search(rf"[?$]{re.escape(var)}\b", query.text):
            raise UsageError(f"{query.name} has no variable ?{var} to bind")
    names = " ".join(f"?{v}" for v in values)
    row = " ".join(_guess_term(v) for v in values.values())
    return query.text.rstrip("\n") + f"\nVALUES ({names}) {{ ({row}) }}\n"


# strings, IRIs and comments, which may hold the words SERVICE and FROM harmlessly
_SKIP = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n]*"
)
_REMOTE = re.compile(r"(?<![\w:?$])(SERVICE|FROM)(?![\w:-])", re.IGNORECASE)


def refuse_remote(query: Query) -> None:
    """Refuse a query that names other graphs (``SERVICE``, ``FROM``): answers come offline.

    >>> refuse_remote(Query.parse("SELECT * { ?s <urn:from> 'SERVICE' } # FROM"))
    >>> refuse_remote(Query.parse("SELECT * FROM <urn:g> { ?s ?p ?o }", "q"))
    Traceback (most recent call last):
    ...
    kg.errors.UsageError: q asks for other graphs (SERVICE or FROM); kg query answers ...
    """
    if _REMOTE.search(_SKIP.sub(" ", query.text)):
        raise UsageError(
            f"{query.name} asks for other graphs (SERVICE or FROM); kg query answers from "
            "GRAPH alone, offline: remove those clauses"
        )


# --------------------------------------------------------------------------- the store


def open_store(path: Path | str | None = None, *, data: bytes | None = None):
    """An in-memory Oxigraph store holding the graph in ``path`` (or the bytes ``data``).

    The format follows the file's suffix (Turtle when it says nothing). A file Oxigraph
    cannot read, or that holds no triples, is a :class:`~kg.errors.UsageError`.

    >>> len(open_store(data=b"<urn:a> <urn:p> 'x' ."))
    1
    """
    import pyoxigraph as ox

    fmt = ox.RdfFormat.TURTLE
    if path is not None:
        suffix = Path(path).suffix.lstrip(".").lower()
        fmt = (ox.RdfFormat.from_extension(suffix) if suffix else None) or fmt
    where = "standard input" if path is None else str(path)
    store = ox.Store()
    try:
        if path is None:
            store.bulk_load(data or b"", format=fmt)
        else:
            store.bulk_load(path=str(path), format=fmt)
    except (SyntaxError, ValueError, OSError) as exc:
        raise UsageError(f"{where} is not a graph Oxigraph can read: {exc}") from exc
    if not len(store):
        raise UsageError(f"{where} holds no triples; run `kg build` on some articles first")
    return store


@dataclass
class Answer:
    """What a query answered: rows of a SELECT, the truth of an ASK, or triples."""

    kind: str  # "select", "ask" or "graph"
    header: list[str] = field(default_factory=list)
    rows: list[list] = field(default_factory=list)  # pyoxigraph terms or None
    boolean: bool = False
    triples: list = field(default_factory=list)

    def strings(self) -> list[list[str | None]]:
        """The rows with each term as its text (an IRI, a literal's lexical form) or None."""
        return [[None if t is None else t.value for t in r] for r in self.rows]


def run(store, text: str, *, name: str = "query") -> Answer:
    """Run the SPARQL ``text`` on ``store``; a query Oxigraph cannot read is a UsageError."""
    import pyoxigraph as ox

    try:
        result = store.query(text)
    except SyntaxError as exc:
        raise UsageError(f"{name} is not a SPARQL query: {exc}") from exc
    if isinstance(result, ox.QueryBoolean):
        return Answer("ask", boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        header = [v.value for v in result.variables]
        return Answer("select", header=header, rows=[list(s) for s in result])
    return Answer("graph", triples=list(result))


# --------------------------------------------------------------------------- the output


def _prefixes(text: str) -> dict[str, str]:
    from kg.settings import BASE, ONTOLOGY

    found = {"kgr": BASE, "kgo": ONTOLOGY}
    for p, iri in re.findall(r"(?im)^\s*PREFIX\s+([\w-]*):\s*<([^>]*)>", text):
        found[p] = iri
    return found


def _short(term, prefixes: Mapping[str, str]) -> str:
    """A term for the table: an IRI as prefix:name where a prefix fits, else its text."""
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        s = term.value
        best = max((i for i in prefixes.values() if i and s.startswith(i)), key=len, default="")
        if best:
            return next(p for p, i in prefixes.items() if i == best) + ":" + s[len(best) :]
    return term.value


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(c) else 1 for c in text)


def _table(header: list[str], rows: list[list[str]], *, limit: int = 60) -> str:
    def cut(s: str) -> str:
        s = s.replace("\n", " ")
        return s if len(s) <= limit else s[: limit - 1] + "…"

    rows = [[cut(c) for c in r] for r in rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in rows]) for i, h in enumerate(header)]

    def line(cells: list[str]) -> str:
        return "  ".join(
            c + " " * (w - _width(c)) for c, w in zip(cells, widths, strict=True)
        ).rstrip()

    return "\n".join([line(header), line(["-" * w for w in widths])] + [line(r) for r in rows])


def format_answer(answer: Answer, fmt: str, *, text: str = "") -> str:
    """``answer`` as a table, CSV or JSON (``fmt``); ``text`` is the query, for its prefixes.

    ASK answers true or false; CONSTRUCT and DESCRIBE answer Turtle whatever ``fmt`` says.

    >>> a = run(open_store(data=b"<urn:a> <urn:p> 1 ."), "SELECT ?s ?x { ?s ?p ?o }")
    >>> print(format_answer(a, "csv"), end="")
    s,x
    urn:a,
    >>> print(format_answer(a, "json"), end="")
    [
      {
        "s": "urn:a",
        "x": null
      }
    ]
    """
    if answer.kind == "ask":
        return (json.dumps(answer.boolean) if fmt == "json" else str(answer.boolean).lower()) + "\n"
    if answer.kind == "graph":
        import pyoxigraph as ox

        turtle = ox.serialize(answer.triples, format=ox.RdfFormat.TURTLE, prefixes=_prefixes(text))
        return turtle.decode("utf-8")
    if fmt == "json":
        rows = [dict(zip(answer.header, r, strict=True)) for r in answer.strings()]
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(answer.header)
        writer.writerows([["" if c is None else c for c in r] for r in answer.strings()])
        return buf.getvalue()
    prefixes = _prefixes(text)
    cells = [[_short(t, prefixes) for t in r] for r in answer.rows]
    return _table(answer.header, cells) + "\n"
