"""Properties of the whole pipeline on arbitrary (mostly Arabic) text, with hypothesis.

Whatever the articles say, ``kg.cli.build_corpus`` + ``kg.rdf.build_graph`` build without
error; the Turtle re-parses in rdflib and pyoxigraph to the same triples and conforms to
the shapes; every mention's offsets slice exactly its anchor text out of the article as
read; and no article text or name reaches ``graph.html`` unescaped.

Budgets follow the hypothesis profile (``KG_HYPOTHESIS_PROFILE``, see ``conftest.py``):
these tests take a quarter (or a twentieth) of its ``max_examples``.
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Namespace

from kg import rdf, render, shapes
from kg.cli import build_corpus
from kg.extract import country_for, org_for
from kg.model import Mention, Person, Resolved, Tenure
from kg.resolve import fold_tenures

NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")

_EXAMPLES = settings().max_examples
PIPELINE = settings(max_examples=max(6, _EXAMPLES // 4))
PAGE = settings(max_examples=max(3, _EXAMPLES // 20))

# ------------------------------------------------------------------------------ strategies

ARABIC = st.characters(min_codepoint=0x0621, max_codepoint=0x064A)
HARAKAT = st.characters(min_codepoint=0x064B, max_codepoint=0x0652)
# Tatweel, ZWNJ, ZWJ, LRM, RLM, ALM, embeddings, overrides, isolates, BOM, no-break space.
MARKS = st.sampled_from(
    "\u0640\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069\ufeff\u00a0"
)
FORMS = st.characters(min_codepoint=0xFE70, max_codepoint=0xFEFC) | st.characters(
    min_codepoint=0xFB50, max_codepoint=0xFDFF
)
LATIN = st.characters(min_codepoint=0x41, max_codepoint=0x7A)
DIGITS = st.sampled_from("0123456789٠١٢٣٤٥٦٧٨٩")
PUNCT = st.sampled_from(list(".,;:!?()[]{}«»\"'-–—،؛؟/\\<>&*#@%"))
SPACES = st.sampled_from(
    [" ", " ", " ", " ", "\n", "\n\n", "\t", "\r\n", "\r", "\u2028", "\u0085", "\x0b", "\x0c"]
)
ANY = st.characters(exclude_categories=("Cs",))  # controls and NUL included
#: Official-like phrases written for these tests, in the forms the extractors look for.
FRAGMENTS = st.sampled_from(
    [
        "وزير الخارجية التركي هاكان فيدان",
        "التقى",
        "استقبل",
        "أجرى اتصالا هاتفيا مع",
        "نظيره الأردني أيمن الصفدي",
        "الرئيس السوري أحمد الشرع",
        "وزير الدفاع المصري",
        "رئيس الوزراء القطري",
        "في أنقرة",
        "يوم الاثنين",
        "أمس",
        "بحسب وكالة الأناضول",
        "The Turkish foreign minister Hakan Fidan",
        "met his Jordanian counterpart Ayman Safadi",
        "in Ankara on Monday",
        "Reuters reported",
        "former defence minister",
        "ambassador to Egypt",
    ]
)
WORD = st.text(
    st.one_of(ARABIC, ARABIC, ARABIC, HARAKAT, MARKS, FORMS, LATIN, DIGITS), min_size=1, max_size=10
)
PIECE = st.one_of(FRAGMENTS, FRAGMENTS, FRAGMENTS, WORD, WORD, PUNCT, st.text(ANY, max_size=3))
ARTICLE = st.lists(st.tuples(PIECE, SPACES), min_size=1, max_size=30).map(
    lambda parts: "".join(a + b for a, b in parts)
)
LANG = st.sampled_from([None, None, "ar", "en"])
DATE = st.sampled_from([None, "2025-03-04", "2025-02-30", "not a date"])


def _as_read(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _readable(text: str) -> bool:
    """What ingest reads: some non-space text and no NUL (the rest is a reported skip)."""
    return re.search(r"\S", text) is not None and "\x00" not in text


def _build(records: list[dict], *, ascii: bool) -> tuple[Resolved, dict]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "articles.jsonl"
        lines = (json.dumps(r, ensure_ascii=ascii) for r in records)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        resolved, counts = build_corpus([str(path)])
    return resolved, counts


def _anchors(g: rdflib.Graph) -> list[tuple[str, int, int, str]]:
    out = []
    for m, anchor in g.subject_objects(NIF.anchorOf):
        context = g.value(m, NIF.referenceContext)
        text = g.value(context, NIF.isString)
        begin, end = int(g.value(m, NIF.beginIndex)), int(g.value(m, NIF.endIndex))
        out.append((str(text), begin, end, str(anchor)))
    return out


# ------------------------------------------------------------------------------ properties


@PIPELINE
@given(
    texts=st.lists(st.tuples(ARTICLE, LANG, DATE), min_size=1, max_size=3),
    ascii=st.booleans(),
)
def test_properties_arbitrary_articles_build_a_conforming_graph(texts, ascii):
    records = [
        {"text": t, **({"lang": lang} if lang else {}), **({"date": d} if d else {})}
        for t, lang, d in texts
    ]
    resolved, counts = _build(records, ascii=ascii)
    readable = [t for t, _, _ in texts if _readable(t)]
    assert counts["failed_extraction"] == 0, resolved.skipped
    assert counts["read"] == len(readable)
    assert counts["skipped"] == len(texts) - len(readable)

    graph = rdf.build_graph(resolved)
    data = rdf.serialize(graph)
    assert rdf.serialize(graph) == data

    again = rdflib.Graph().parse(data=data, format="turtle")
    assert set(again) == set(graph)
    oxi = list(ox.parse(data, format=ox.RdfFormat.TURTLE))
    assert len(oxi) == len(graph)
    oxi_texts = {t.object.value for t in oxi if t.predicate == ox.NamedNode(str(NIF.isString))}
    assert oxi_texts == {_as_read(t) for t in readable}  # the text exactly as read

    report = shapes.validate(again)
    problems = report.problems
    assert not problems, report.problems

    for text, begin, end, anchor in _anchors(again):
        assert 0 <= begin <= end <= len(text)
        assert text[begin:end] == anchor


MARKUP = st.sampled_from(["<kg-b>", "</kg-b>", "<kg-script>", "&kg;", "<kg-x a='1'>"])


@PAGE
@given(
    parts=st.lists(
        st.tuples(st.one_of(FRAGMENTS, MARKUP, MARKUP, WORD), SPACES), min_size=3, max_size=20
    )
)
def test_properties_article_markup_never_reaches_the_page_raw(parts):
    text = "".join(a + b for a, b in parts)
    resolved, _ = _build([{"text": text}], ascii=False)
    with tempfile.TemporaryDirectory() as tmp:
        page = render.render_html(rdf.build_graph(resolved), Path(tmp) / "graph.html")
        html = page.read_text(encoding="utf-8")
    assert "<kg-" not in html and "</kg-" not in html and "&kg;" not in html


NAME_WORD = st.text(st.one_of(ARABIC, LATIN), min_size=2, max_size=8)


@PAGE
@given(
    en=st.tuples(NAME_WORD, st.sampled_from(['"', "'", "\n", " & ", "`"]), NAME_WORD),
    ar=st.tuples(NAME_WORD, NAME_WORD),
)
def test_properties_names_with_markup_are_escaped_in_the_page(en, ar):
    name_en = f'{en[0]}{en[1]}<kg-{en[2]}> & "{en[0]}"'
    name_ar = f"{ar[0]} <kg-{ar[1]}>&amp;"
    mention = Mention(article="a1", begin=0, end=2, text="xx", rule="test")
    orgs = tuple(org_for("mfa", "TR"))
    resolved = Resolved(
        persons=(Person(id="p1", name_en=name_en, name_ar=name_ar, mentions=(mention,)),),
        organizations=orgs,
        countries=(country_for("TR"),),
        tenures=fold_tenures(
            (
                Tenure(
                    person="p1",
                    role="foreign_minister",
                    org=orgs[-1].id,
                    country="TR",
                    article="a1",
                    mentions=(mention,),
                ),
            )
        ),
    )
    with tempfile.TemporaryDirectory() as tmp:
        page = render.render_html(rdf.build_graph(resolved), Path(tmp) / "graph.html")
        html = page.read_text(encoding="utf-8")
    assert name_en not in html and name_ar not in html
    assert "<kg-" not in html
    # ...yet they are there, escaped as JSON in the page's data block.
    assert render.json_for_script(name_en)[1:-1] in html


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قال الوزير إن المحادثات كانت مثمرة، بحسب وكالة الأناضول.", "ar"),
        ("The minister met the ambassador in Ankara on Monday, Reuters reported.", "en"),
    ],
)
def test_properties_a_news_source_alone_conforms(text, lang):
    resolved, _ = _build([{"text": text, "lang": lang}], ascii=False)
    report = shapes.validate(rdf.build_graph(resolved))
    assert report.conforms, report.problems
