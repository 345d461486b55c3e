"""Resolution across articles and languages: who merges, and who must stay apart."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.model import Article, Extraction, Mention, Person, Tenure
from kg.resolve import resolve, skeleton


def _build(*texts: tuple[str, str]):
    articles = [Article(id=f"a{n}", text=text, lang=lang) for n, (lang, text) in enumerate(texts)]
    return resolve(extract(a) for a in articles)


def _posts(resolved):
    names = {p.id: p.name_en for p in resolved.persons}
    return {(names[t.person], t.role, t.country) for t in resolved.tenures}


def test_resolve_same_official_in_arabic_and_english_is_one_node():
    r = _build(
        ("ar", "التقى وزير الخارجية التركي هاكان فيدان السفير."),
        ("en", "Turkish Foreign Minister Hakan Fidan met the ambassador."),
    )
    assert len(r.persons) == 1
    p = r.persons[0]
    assert p.name_en == "Hakan Fidan" and p.name_ar == "هاكان فيدان"


def test_resolve_spelling_variants_with_the_same_post_merge():
    r = _build(
        ("ar", "وقال وزير الدفاع التركي يشار غولر إن التعاون مستمر."),
        ("ar", "واستقبل وزير الدفاع التركي يشار جولر الوفد."),
    )
    assert len(r.persons) == 1
    labels = {r.persons[0].name_ar} | {label for label, _ in r.persons[0].alt_labels}
    assert labels == {"يشار غولر", "يشار جولر"}


def test_resolve_latin_spellings_merge_through_the_gazetteer():
    r = _build(
        ("en", "Iranian Foreign Minister Abbas Araghchi arrived in Muscat."),
        ("en", "Iranian Foreign Minister Abbas Araqchi met his Omani counterpart."),
    )
    assert len([p for p in r.persons if "Abbas" in p.name_en]) == 1


def test_resolve_a_shared_surname_does_not_merge():
    r = _build(
        ("ar", "وقال وزير الخارجية السعودي فيصل بن فرحان إن الحوار مستمر."),
        ("ar", "وقال وزير الدفاع السعودي خالد بن سلمان إن التعاون مستمر."),
        ("ar", "واستقبل ولي العهد السعودي محمد بن سلمان الوفد."),
    )
    assert len(r.persons) == 3


def test_resolve_a_surname_alone_never_merges_across_articles():
    r = _build(
        ("ar", "وقال وزير الخارجية الأردني أيمن الصفدي إن الحوار مستمر."),
        ("ar", "وقال الوزير الصفدي إن الحوار مستمر."),
    )
    names = sorted(p.name_ar or "" for p in r.persons)
    assert "أيمن الصفدي" in names
    assert len(r.persons) <= 2  # the bare surname is not glued to a full name elsewhere


def test_resolve_same_skeleton_different_posts_stay_apart():
    # Two names that only fold alike (غ/ج) are one person only if their posts agree.
    apart = _build(
        ("ar", "وقال وزير الدفاع العراقي كمال غانم إن التدريب مستمر."),
        ("ar", "وقال سفير العراق لدى الأردن كمال جانم إن السفارة مفتوحة."),
    )
    assert len(apart.persons) == 2
    merged = _build(
        ("ar", "وقال وزير الدفاع العراقي كمال غانم إن التدريب مستمر."),
        ("ar", "واستقبل وزير الدفاع العراقي كمال جانم الوفد."),
    )
    assert len(merged.persons) == 1


def test_resolve_a_longer_form_of_a_name_with_the_same_post_merges():
    merged = _build(
        ("ar", "والتقى وزير الخارجية المهندس سامر حداد السفير."),
        ("ar", "والتقى وزير الخارجية اليمني سامر حداد عبد الله الوفد."),
    )
    assert len(merged.persons) == 1
    # the lineage left out between the first and the last name
    lineage = _build(
        ("ar", "وقال رئيس الوزراء القطري محمد بن عبدالرحمن بن جاسم آل ثاني إن الحوار مستمر."),
        ("ar", "واستقبل رئيس الوزراء القطري محمد بن عبدالرحمن آل ثاني الوفد."),
    )
    assert len(lineage.persons) == 1
    # another post, or the same post in another state, keeps them apart
    apart = _build(
        ("ar", "وقال وزير الخارجية اللبناني سامر حداد إن الحوار مستمر."),
        ("ar", "والتقى وزير الخارجية اليمني سامر حداد عبد الله الوفد."),
        ("ar", "وقال وزير الدفاع سامر حداد علي إن التدريب مستمر."),
    )
    assert len(apart.persons) == 3


def test_resolve_ids_are_stable_across_input_order():
    texts = [
        ("ar", "التقى وزير الخارجية التركي هاكان فيدان نظيره السوري أسعد الشيباني."),
        (
            "en",
            "Syrian Foreign Minister Asaad al-Shaibani met Jordan's Foreign Minister Ayman Safadi.",
        ),
    ]
    a = _build(*texts)
    b = _build(*reversed(texts))
    assert [p.id for p in a.persons] == [p.id for p in b.persons]
    assert _posts(a) == _posts(b)


def test_resolve_every_person_has_an_english_label():
    r = _build(("ar", "وقال رئيس الوزراء العراقي محمد شياع السوداني إن الزيارة مهمة."))
    assert all(
        p.name_en and not any("\u0600" <= c <= "\u06ff" for c in p.name_en) for p in r.persons
    )


def test_resolve_skeleton_folds_variant_letters():
    assert skeleton("ألتنداغ") == skeleton("آلتينداج")
    assert skeleton("غولر") != skeleton("غانم")


# ------------------------------------------------------------------------------ tenures

# Invented officials of an invented state (code "ZZ"), in invented articles.
_TEXT = "Foreign Minister Quentin Marlowe of Zedland met Defence Minister Ilse Varga."


def _sighting(aid: str, day: date | None, *, role: str = "foreign_minister", status="current"):
    """One article that states that Quentin Marlowe holds ``role`` in Zedland."""
    name = "Quentin Marlowe"
    begin = _TEXT.index(name)
    m = Mention(aid, begin, begin + len(name), name, "en.title_name")
    person = Person(id=f"{aid}#p1", name_en=name, mentions=(m,))
    tenure = Tenure(
        person=person.id,
        role=role,
        org=f"zz-{role}-office",
        country="ZZ",
        article=aid,
        mentions=(m,),
        status=status,
    )
    article = Article(id=aid, text=_TEXT, lang="en", date=day)
    return Extraction(article=article, persons=(person,), tenures=(tenure,))


def test_resolve_one_person_in_one_post_in_two_articles_is_one_tenure():
    r = resolve([_sighting("a1", date(2031, 1, 5)), _sighting("a2", date(2031, 3, 9))])
    (tenure,) = r.tenures
    assert tenure.articles == ("a1", "a2")
    assert tenure.observed == (date(2031, 1, 5), date(2031, 3, 9))
    assert tenure.seen == (date(2031, 1, 5), date(2031, 3, 9))
    assert [m.article for m in tenure.mentions] == ["a1", "a2"]
    assert tenure.status == "current"


def test_resolve_a_change_of_post_is_a_new_tenure():
    r = resolve(
        [
            _sighting("a1", date(2031, 1, 5)),
            _sighting("a2", date(2031, 3, 9), role="defence_minister"),
            _sighting("a3", date(2031, 4, 1), role="defence_minister"),
        ]
    )
    assert len(r.persons) == 1
    assert [(t.role, t.articles) for t in r.tenures] == [
        ("defence_minister", ("a2", "a3")),
        ("foreign_minister", ("a1",)),
    ]


def test_resolve_tenures_do_not_depend_on_input_order():
    inputs = [_sighting(f"a{n}", date(2031, 1, n)) for n in range(1, 6)]
    inputs.append(_sighting("a9", date(2031, 2, 1), status="former"))
    assert resolve(inputs) == resolve(reversed(inputs))


def test_resolve_a_tenure_is_former_once_its_latest_sighting_says_so():
    earlier_former = resolve(
        [_sighting("a1", date(2031, 1, 5), status="former"), _sighting("a2", date(2031, 3, 9))]
    )
    later_former = resolve(
        [_sighting("a1", date(2031, 1, 5)), _sighting("a2", date(2031, 3, 9), status="former")]
    )
    assert earlier_former.tenures[0].status == "current"
    (tenure,) = later_former.tenures
    assert tenure.status == "former"
    # the span it was seen held in ends on the last day an article said it was held
    assert tenure.seen == (date(2031, 1, 5), date(2031, 1, 5))


def test_resolve_a_designation_is_not_folded_into_the_membership():
    r = resolve(
        [_sighting("a1", date(2031, 1, 5), status="designate"), _sighting("a2", date(2031, 3, 9))]
    )
    assert sorted(t.status for t in r.tenures) == ["current", "designate"]


def test_resolve_and_analyze_import_no_extraction_internals():
    """Resolution and analysis work on what extraction returns (kg.model), with the one
    name fold of kg.nlp and the lexicon's gazetteer; never on extraction's own modules."""
    import ast
    from pathlib import Path

    import kg

    root = Path(kg.__file__).parent
    for name in ("resolve.py", "analyze.py"):
        tree = ast.parse((root / name).read_text(encoding="utf-8"))
        imported = {
            node.module
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module
        } | {
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
        }
        assert not {m for m in imported if m.startswith("kg.extract")}, name


# ------------------------------------------------------- one official, two posts, two scripts


def test_resolve_an_arabic_name_romanised_to_an_english_one_merges_across_posts():
    """The English label of an Arabic name is the English name but for its initials and
    suffixes: one official in two posts of one state (years apart), not two persons."""
    r = _build(
        ("ar", "واستقبل وزير الخارجية العراقي قائد القيادة الأمريكية الجنرال جون بي كيلمر."),
        ("en", "U.S. Secretary of Defense John B. Kilmer III met the Iraqi foreign minister."),
    )
    kilmer = [p for p in r.persons if "Kilmer" in p.name_en]
    assert len(kilmer) == 1
    assert kilmer[0].name_ar == "جون بي كيلمر"
    assert {(t.role, t.country) for t in r.tenures if t.person == kilmer[0].id} == {
        ("military_commander", "US"),
        ("defence_minister", "US"),
    }


def test_resolve_an_arabic_name_romanised_to_an_english_one_of_another_state_stays_apart():
    r = _build(
        ("ar", "واستقبل وزير الخارجية العراقي قائد القيادة الأمريكية الجنرال جون بي كيلمر."),
        ("en", "British Defence Secretary John B. Kilmer met the Iraqi foreign minister."),
    )
    assert len([p for p in r.persons if "Kilmer" in p.name_en]) == 2


def test_resolve_a_different_name_in_the_other_script_stays_apart():
    r = _build(
        ("ar", "واستقبل وزير الخارجية العراقي قائد القيادة الأمريكية الجنرال جون بي كيلمر."),
        ("en", "U.S. Secretary of Defense John B. Kilmore met the Iraqi foreign minister."),
    )
    assert len([p for p in r.persons if "Kilm" in p.name_en]) == 2


def test_resolve_a_son_s_suffix_keeps_father_and_son_apart():
    r = _build(
        ("ar", "التقى الرئيس الزدلاندي كارلوس ماريو جونيور الوزير."),
        ("en", "Former Zedland Prime Minister Carlos Mario met the envoy."),
    )
    assert len([p for p in r.persons if "Mario" in p.name_en]) == 2
