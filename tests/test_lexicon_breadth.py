"""Breadth of the Arabic lexicons: the spellings Arab media use for states, the given
names that tell a name from a noun, the cabinet portfolios after وزير, and the national
outlets whose address names no state.

Each table lists spellings that differ after folding (kg.nlp.normalize_ar), so each row
checks an entry of data/lexicon/, not the normaliser. The sentences are invented.
"""

from __future__ import annotations

import json
import re

import pytest

from kg import lexicon
from kg.extract.arabic import find_officials
from kg.extract.context import outlet_state
from kg.extract.index import arabic_index, inner_key
from kg.nlp import get_pipeline
from kg.nlp.normalize import normalize_ar
from kg.settings import LEXICON_DIR


def _key(word: str) -> str:
    return inner_key(normalize_ar(word))


def _json(name: str) -> dict:
    return json.loads((LEXICON_DIR / name).read_text(encoding="utf-8"))


def _keys(phrase: str) -> list[list[str]]:
    return [[_key(w)] for w in phrase.split()]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        # g written غ, ج or ق; a long vowel written or left out
        ("بنغلادش", "BD"),
        ("بنجلادش", "BD"),
        ("جمهورية بنجلاديش الشعبية", "BD"),
        ("بلجاريا", "BG"),
        ("هنجاريا", "HU"),
        ("البرتجال", "PT"),
        ("السنجال", "SN"),
        ("الجابون", "GA"),
        ("أوجندا", "UG"),
        ("يوغندا", "UG"),
        ("قازاقستان", "KZ"),
        ("كيرغيزستان", "KG"),
        ("تاجيكستان", "TJ"),
        ("منجوليا", "MN"),
        ("جينيا بيساو", "GW"),
        ("فينزويلا", "VE"),
        ("فييتنام", "VN"),
        ("ليبريا", "LR"),
        ("نيجريا", "NG"),
        ("لتوانيا", "LT"),
        ("فنلاندا", "FI"),
        ("إرتريا", "ER"),
        ("موريطانيا", "MR"),
        ("مالطة", "MT"),
        ("الفيليبين", "PH"),
        # long official forms and the styles of the press
        ("الجمهورية الجزائرية الديموقراطية الشعبية", "DZ"),
        ("الجماهيرية العربية الليبية", "LY"),
        ("المملكة الهاشمية", "JO"),
        ("الاتحاد القمري", "KM"),
        ("جمهورية الصومال الاتحادية", "SO"),
        ("الجمهورية التشيكية", "CZ"),
        ("جمهورية الكونجو الديمقراطية", "CD"),
        ("الكونجو برازافيل", "CG"),
        ("كوريا الديموقراطية", "KP"),
        ("دولة الاحتلال", "IL"),
    ],
)
def test_breadth_state_spellings(name, code):
    assert arabic_index().countries.longest(_keys(name)) == (len(name.split()), code)


@pytest.mark.parametrize(
    ("adjective", "code"),
    [
        ("بنجلاديشي", "BD"),
        ("بنغلادشيون", "BD"),
        ("قرغيزستانية", "KG"),
        ("تاجيكيين", "TJ"),
        ("موريطانيتين", "MR"),
        ("فينزويليات", "VE"),
        ("سنجالية", "SN"),
        ("أوجنديان", "UG"),
        ("برتجاليون", "PT"),
        ("أيرلاندية", "IE"),
        ("بورمي", "MM"),
    ],
)
def test_breadth_state_adjectives(adjective, code):
    assert arabic_index().adjectives[_key(adjective)] == code


@pytest.mark.parametrize(
    "given",
    ["ستيفن", "روبرت", "ماري", "بلاول", "فرهاد", "أرطغرل", "خديجة", "عمرو", "حيدر", "سامر", "معاذ"],
)
def test_breadth_given_name_before_its_post(given):
    # No comma between the name and its post: only the given name says that the
    # words before وزير are a name.
    doc = get_pipeline("ar")(f"وقال {given} الفلاني وزير التجارة الكندي إن الاتفاق مهم.")
    found = [(f.name, f.role, f.country) for f in find_officials(doc)]
    assert found == [(f"{given} الفلاني", "minister", "CA")]


def test_breadth_given_names_are_unique_and_not_words_of_other_lists():
    names = _json("given_names.json")["ar"]
    keys = [_key(w) for w in names]
    assert len(names) >= 500
    assert len(keys) == len(set(keys)), "a name listed twice after folding"
    function_words = _json("function_words.json")
    states = {_key(s) for c in lexicon.countries() for s in c.names_ar if " " not in s}
    # علي is also على (on) once folded, صباح (morning), جمعة and خميس (Friday, Thursday)
    # are words too: the rules use context (an honorific or a post's nationality before)
    shared = set(keys) & {_key(w) for w in function_words["ar"]}
    assert shared == {_key(w) for w in ("علي", "صباح", "جمعة", "خميس")}
    assert not set(keys) & states
    assert not set(keys) & set(arabic_index().adjectives)


@pytest.mark.parametrize(
    ("portfolio", "pid"),
    [
        ("الحج والعمرة", "hajj"),
        ("الحرس الوطني", "national_guard"),
        ("الشؤون البلدية والقروية والإسكان", "local_administration"),
        ("الشؤون الإسلامية والدعوة والإرشاد", "religious_affairs"),
        ("الموارد البشرية والتنمية الاجتماعية", "labour"),
        ("الدولة لشؤون مجلس الوزراء", "cabinet_affairs"),
        ("الدولة لشؤون مجلس الشورى", "parliamentary_affairs"),
        ("الشؤون البرلمانية", "parliamentary_affairs"),
        ("التعليم العالي والبحث العلمي", "higher_education"),
        ("الأشغال العامة", "public_works"),
        ("الفلاحة والصيد البحري والتنمية القروية والمياه والغابات", "agriculture"),
        ("الصيد البحري", "fisheries"),
        ("السياحة والصناعة التقليدية", "tourism"),
        ("التموين والتجارة الداخلية", "supply"),
        ("قطاع الأعمال العام", "public_business_sector"),
        ("النقل واللوجستيات", "transport"),
        ("الاتصالات وتقنية المعلومات", "communications"),
        ("البيئة والمياه والزراعة", "environment"),
        ("الاستثمار والتجارة الخارجية", "investment"),
        ("التنمية المحلية", "local_administration"),
        ("التضامن", "social_affairs"),
        ("المرأة", "women"),
        ("الأسرة والخدمات الاجتماعية", "family"),
        ("حقوق الإنسان", "human_rights"),
        ("التجهيز والماء", "equipment"),
        ("الصحة والعلاج والتعليم الطبي", "health"),
    ],
)
def test_breadth_portfolio_after_minister(portfolio, pid):
    doc = get_pipeline("ar")(f"استقبل وزير {portfolio} سامر الفلاني الوفد.")
    found = [(f.name, f.role, f.org) for f in find_officials(doc)]
    assert found == [("سامر الفلاني", "minister", f"ministry-{pid}")]


def _portfolio_rows() -> list[dict]:
    lines = (LEXICON_DIR / "portfolios.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_breadth_portfolio_forms_belong_to_one_entry():
    owners: dict[tuple[str, ...], str] = {}
    rows = _portfolio_rows()
    for row in rows:
        assert list(row)[:3] == ["id", "en", "ar"] and row["ar"], row["id"]
        assert set(list(row)[3:]) <= {"en_alt"}, row["id"]
        for form in row["ar"]:
            keys = tuple(_key(w) for w in form.split())
            assert keys not in owners, (form, row["id"], owners.get(keys))
            owners[keys] = row["id"]
    assert len({r["id"] for r in rows}) == len({r["en"].lower() for r in rows}) == len(rows)


def test_breadth_no_portfolio_is_a_post_of_its_own():
    # وزير + a form that posts.jsonl lists whole (وزير المالية ..., وزير الدولة) never
    # reaches the portfolio: the four ministries of the contract stay in posts.jsonl.
    posts = arabic_index().posts
    shadowed = {
        form
        for row in _portfolio_rows()
        for form in row["ar"]
        if posts.longest([["وزير"], *_keys(form)])[0] > 1
    }
    legacy = {"الدولة", "الدولة للشؤون الخارجية", "الدولة لشؤون الدفاع", "المالية والاقتصاد"}
    assert shadowed <= legacy


def _outlet_rows() -> list[dict]:
    lines = (LEXICON_DIR / "outlets.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_breadth_outlets_sorted_unique_and_known_states():
    rows = _outlet_rows()
    codes = {c.code for c in lexicon.countries()}
    assert all(list(r) == ["country", "domain"] for r in rows)
    domains = [r["domain"] for r in rows]
    assert domains == sorted(domains) and len(set(domains)) == len(domains)
    for r in rows:
        assert re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", r["domain"]), r
        assert not r["domain"].startswith("www."), r
        assert r["country"] is None or r["country"] in codes, r
    # every Arab League state with outlets outside its country-code domain has some
    listed = {r["country"] for r in rows}
    assert set("AE BH DZ EG IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE".split()) <= listed


@pytest.mark.parametrize(
    ("url", "state"),
    [
        # generic domains (.com, .net, .org, .info, .news) of national outlets
        ("https://www.al-jazirah.com/2026/20260101/ln1.htm", "SA"),
        ("https://www.gulfnews.com/uae/government/story-1", "AE"),
        ("https://www.lusailnews.net/news/local/1", "QA"),
        ("https://www.aljarida.com/article/1", "KW"),
        ("https://www.alayam.com/alayam/local/1", "BH"),
        ("https://www.timesofoman.com/article/1", "OM"),
        ("https://www.sabanew.net/story/ar/1", "YE"),
        ("https://www.ninanews.com/Website/News/Details?key=1", "IQ"),
        ("https://www.kurdistan24.net/ar/story/1", "IQ"),
        ("https://www.npasyria.com/1/", "SY"),
        ("https://www.al-akhbar.com/Politics/1", "LB"),
        ("https://www.almamlakatv.com/news/1", "JO"),
        ("https://www.maannews.net/news/1.html", "PS"),
        ("https://www.dostor.org/1", "EG"),
        ("https://suna-sd.net/posts/1", "SD"),
        ("https://www.mosaiquefm.net/ar/1", "TN"),
        ("https://www.elkhabar.com/press/article/1/", "DZ"),
        ("https://www.alyaoum24.com/1.html", "MA"),
        ("https://alakhbar.info/?q=node/1", "MR"),
        ("https://www.hiiraan.com/news4/2026/Jan/1.aspx", "SO"),
        ("https://alwatwan.net/politique/1", "KM"),
        ("https://www.trthaber.com/haber/gundem/1.html", "TR"),
        ("https://www.alalamtv.net/news/1", "IR"),
        ("https://www.jpost.com/middle-east/article-1", "IL"),
        # an outlet on a subdomain, and one under a country code the code treats as generic
        ("https://ar.lesiteinfo.com/politique/1.html", "MA"),
        ("https://www.royanews.tv/news/1", "JO"),
        ("https://lana.gov.ly/post.php?id=1&lang=ar", "LY"),
        ("https://sonna.so/ar/1/", "SO"),
        # pan-Arab and international outlets: no home state, not even their host's
        ("https://www.alquds.co.uk/1/", None),
        ("https://sarabic.ae/20260101/1.html", None),
        ("https://arabic.news.cn/20260101/1/c.html", None),
        ("https://www.rfi.fr/ar/1", None),
        ("https://www.aljazeera.net/news/politics/2026/1/1/1", None),
    ],
)
def test_breadth_outlet_gives_its_state(url, state):
    assert outlet_state(url) == state
