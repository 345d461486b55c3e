"""From one article to model objects: persons, posts, organizations, states, events.

:func:`extract` is a pure function of one :class:`~kg.model.Article`: it reads nothing but
the article and the (immutable, per-process) lexicon indexes, so a corpus can be split
across processes or machines and the results resolved afterwards (:mod:`kg.resolve`).

>>> from kg.model import Article
>>> text = "استقبل الرئيس السوري أحمد الشرع وزير الخارجية التركي هاكان فيدان."
>>> ex = extract(Article(id="a1", lang="ar", text=text))
>>> names = {p.id: p.name_ar for p in ex.persons}
>>> sorted((names[t.person], t.role, t.country) for t in ex.tenures)
[('أحمد الشرع', 'head_of_state', 'SY'), ('هاكان فيدان', 'foreign_minister', 'TR')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from kg import cleantext, lexicon
from kg.extract import arabic, context, events
from kg.extract.english import staff_chief_role
from kg.extract.finding import ONE_HOLDER, STATE_ROLES, Finding, context_only
from kg.extract.index import (
    NAMED_MINISTERS,
    _load_json,
    arabic_index,
    english_index,
    rule_phrases,
    rule_words,
)
from kg.extract.rules import checked, rule_parts, suffixes_off
from kg.model import Article, Country, Extraction, Mention, Organization, Person, Tenure
from kg.nlp import get_pipeline
from kg.nlp.normalize import (
    inner_key,
    is_arabic,
    normalize_ar,
    normalize_en,
    person_key,
    strip_invisible,
)

__all__ = ["extract", "official_findings", "org_for", "country_for", "person_key", "label_text"]


def label_text(name: str) -> str:
    """A name as a label: the text's spelling without invisible marks (joiners, bidi
    controls), tatweel or doubled spaces. Evidence keeps the text exactly as written.

    >>> label_text("هاكان\u200c فيـدان")
    'هاكان فيدان'
    >>> label_text("Natalie Campbell- Rodriques")  # a hyphen the text spaced off
    'Natalie Campbell-Rodriques'
    """
    text = " ".join(strip_invisible(name).replace("\u0640", "").split())
    return re.sub(r"(?<=\w)- (?=\w)", "-", text)


def _inverted_official(label: str) -> str | None:
    """A Latin name of two words whose reverse is a name the gazetteer knows (Motegi
    Toshimitsu, as Japanese and Chinese releases write it, family name first): the
    gazetteer's spelling, or None."""
    words = label.split()
    if len(words) != 2 or is_arabic(label) or lexicon.official_english(label) is not None:
        return None
    return lexicon.official_english(f"{words[1]} {words[0]}")


def given_first(name: str) -> str:
    """A Latin name whose family name is written in capitals (IWAYA Takeshi, Takeshi
    IWAYA, as Japanese and French releases write it) as a label: the given name first,
    the family name capitalised. Initials in capitals (AK Abdul Momen, RKJP Thapa) stay.

    >>> given_first("IWAYA Takeshi"), given_first("Takeshi IWAYA"), given_first("AK Momen")
    ('Takeshi Iwaya', 'Takeshi Iwaya', 'AK Momen')
    """
    words = name.split()
    if len(words) < 2 or is_arabic(name):
        return name

    def family(w: str) -> bool:
        return w.isupper() and len(w) >= 4 and w.isalpha() and sum(c in "AEIOUY" for c in w) >= 2

    caps = [k for k, w in enumerate(words) if family(w)]
    if len(caps) != 1 or not all(w[:1].isupper() for w in words):
        return name
    k = caps[0]
    words[k] = words[k].capitalize()
    if k == 0:
        words = words[1:] + words[:1]
    return " ".join(words)


def country_for(code: str, *, lang: str = "ar") -> Country:
    """The :class:`Country` for an ISO code, with both labels from the lexicon."""
    ix = arabic_index() if lang == "ar" else english_index()
    info = ix.info.get(code)
    if info is None:
        return Country(code=code, label_en=code, label_ar=code)
    return Country(code=code, label_en=info.en, label_ar=info.ar)


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalize_en(s)).strip("-")


def org_for(template: str, country: str) -> list[Organization]:
    """The organization a post is in, for a state, with its parents (government first).

    ``template`` is an id of data/lexicon/organizations.jsonl or ``ministry-<portfolio>``.

    >>> [o.id for o in org_for("mfa", "TR")]
    ['tr-government', 'tr-ministry-of-foreign-affairs']
    """
    ix = arabic_index()
    info = ix.info.get(country)
    c_en = info.en if info else country
    fem = ("ال" + info.adj_ar_fem) if info and info.adj_ar_fem else (info.ar if info else country)
    chain: list[Organization] = []
    if template.startswith("ministry-"):
        pid = template.split("-", 1)[1]
        p_en = ix.portfolio_labels.get(pid, pid.replace("_", " ").title())
        p_ar = ix.portfolio_ar.get(pid, "")
        entry = {
            "en": f"Ministry of {p_en}",
            "ar": f"وزارة {p_ar}".strip(),
            "kind": "ministry",
            "parent": "government",
        }
    else:
        entry = ix.orgs.get(template) or ix.orgs["government"]
    parent_id = None
    if entry.get("parent"):
        parents = org_for(entry["parent"], country)
        chain.extend(parents)
        parent_id = parents[-1].id
    label_en = f"{entry['en']} of {c_en}"
    chain.append(
        Organization(
            id=f"{country.lower()}-{_slug(entry['en'])}",
            label_en=label_en,
            label_ar=f"{entry['ar']} {fem}".strip(),
            kind=entry["kind"],
            country=country,
            parent=parent_id,
        )
    )
    return chain


def official_findings(article: Article, doc=None, *, disabled: frozenset[str] = frozenset()):
    """The raw findings of the officials rules for one article (for debugging and tests),
    with the registered rules of ``disabled`` switched off."""
    doc = doc if doc is not None else get_pipeline(article.lang)(article.text)
    if article.lang == "ar":
        return arabic.find_officials(doc, disabled=disabled)
    from kg.extract import english

    return english.find_officials(doc, disabled=disabled, outlet=context.outlet_state(article.url))


# a bare President before a name: للرئيس X, President X (nothing else of the title)
_BARE_PRESIDENT = re.compile(r"\s*[وف]?(?:[لب]?ال|لل)?رئيس\s*|\s*President\s*")
# a legislature's chair: رئيس مجلس النواب X, Speaker of Parliament X
_SPEAKER = re.compile(r"مجلس (?:النواب|الشعب|الأمة|الشورى|الشيوخ)|البرلمان|Speaker|Parliament")


def _honorific(key: tuple, tenures: dict[tuple, Tenure], bare: set[tuple]) -> bool:
    """President X, stated by a bare title only, of a person the article titles head of
    government, a legislature's chair or an international body's officer: the honorific of
    a premier, a speaker or a body's president (قدم العميد للرئيس X after رئيس الحكومة
    المكلف X; World Bank President X ... President X said), not a second post."""
    person, role, country, _status = key
    if key not in bare or role != "head_of_state":
        return False
    for k, t in tenures.items():
        if (
            k[0] != person
            or k == key
            or k[3] == "former"
            or (None not in (country, k[2]) and country != k[2])
        ):
            continue
        if k[1] in ("head_of_government", "deputy_head_of_government"):
            return True
        if k[1] == "official" and any(_SPEAKER.search(m.text) for m in t.mentions):
            return True
        if _international(t):
            return True  # World Bank President X ... President X said: the bank's
    return False


# a minister of state's title (data/lexicon/rules_ar.json, rules_en.json: state_minister_titles),
# folded as the lexicon folds it
_STATE_MINISTER_AR = tuple(rule_words("ar")["state_minister_titles"])
_STATE_MINISTER_EN = tuple(rule_words("en")["state_minister_titles"])


def _states_minister(text: str) -> bool:
    """Does a mention's text hold a minister of state's title (وزير الدولة, Minister of
    State)?"""
    folded = normalize_ar(text)
    return any(w in folded for w in _STATE_MINISTER_AR) or any(
        w in text.lower() for w in _STATE_MINISTER_EN
    )


def _dominated(key: tuple, tenures: dict[tuple, Tenure], generic: set[tuple]) -> bool:
    """A tenure that says less than another of the same person: the same post with no
    state, or a bare title (الوزير X) beside a full one."""
    person, role, country, _status = key
    if _international(tenures[key]):
        return False  # a body's post says what no state's does (X, Chairperson of the AU)
    bare_minister = (
        role == "minister"
        and tenures[key].org in (None, "ministry")
        # (وزير الدولة، وزير الخارجية X, Minister of State and Foreign Minister X: a minister
        # of state is a post of his own beside the named one)
        and not any(_states_minister(m.text) for m in tenures[key].mentions)
    )
    for k in tenures:
        if k == key or k[0] != person:
            continue
        if bare_minister and k[1] in NAMED_MINISTERS and country in (None, k[2]):
            return True  # Minister X beside Minister of Foreign Affairs X: the same post
        # a bare title says less than another post of the same person (الوزير X beside
        # وزير الخارجية X), but President X beside his commander-in-chief post is a post
        # (but a portfolio told with no state, Defense Minister X, says more than his
        # other post as an official: X, who is also vice chairman of a commission)
        kin = k[1] == role or (
            key in generic
            and role != "head_of_state"
            and not (k[1] == "official" and role.endswith("_minister"))
        )
        if (
            country is None
            and k[2] is not None
            and kin
            # (a state the gazetteer gave the other post is the person's, for this one too)
            and not all(m.rule.endswith("+gazetteer") for m in tenures[k].mentions)
        ):
            return True
        if key in generic and k not in generic and country in (None, k[2]) and kin:
            return True  # الوزير X beside وزير الخارجية X; not President X beside a commander

    return False


_CLEANED_FIELDS = ("title", "source", "summary")


def extract(article: Article, *, disabled: Iterable[str] = ()) -> Extraction:
    """Extract persons, their posts and states, and the organizations of those posts.

    ``disabled`` names registered rules (:mod:`kg.extract.rules`) to switch off, for the
    test that each rule changes what some sentence gives.

    The rules read the article's text cleaned (:mod:`kg.cleantext`: NFC, no zero-width or
    bidi controls); every mention is then mapped back into the text as read, which the
    extraction keeps, so that evidence quotes the article exactly.

    >>> text = "The Jordanian foreign minister Karim​ Had‮dad arrived."
    >>> ex = extract(Article(id="a1", lang="en", text=text))
    >>> [(p.name_en, [text[m.begin : m.end] == m.text for m in p.mentions]) for p in ex.persons]
    [('Karim Haddad', [True])]
    """
    off = checked(disabled)
    cleaned = cleantext.clean(article.text)
    meta = {k: cleantext.clean_label(getattr(article, k)) for k in _CLEANED_FIELDS}
    if cleaned.identity and all(meta[k] == getattr(article, k) for k in meta):
        return _extract(article, off)
    seen = replace(article, text=cleaned.text, **meta)
    found = cleantext.remap_mentions(_extract(seen, off), cleaned, article.text)
    return replace(found, article=replace(seen, text=article.text))


def _extract(article: Article, disabled: frozenset[str]) -> Extraction:
    doc = get_pipeline(article.lang)(article.text)
    off = suffixes_off(disabled, article.lang)  # the state-giving steps switched off
    findings = _alias_posts(official_findings(article, doc, disabled=disabled))
    if "monarch" not in off:
        findings = [g for f in findings if (g := _monarch_named(f, article)) is not None]
    if "host" not in off:
        findings = _hosts_state(findings, doc, context.outlet_state(article.url))
    # English wire copy from abroad names foreign officials without their state, so there
    # the rules themselves give the dateline's state to the lead sentence only.
    home = context.home_state(article) if article.lang == "ar" else None
    if article.lang != "ar" and (code := context.government_state(article.url)):
        # a government's own release names its officials without their state
        home = (code, "outlet")
    if (home is None or home[1] == "outlet") and article.lang == "ar":
        # no dateline: the state whose places the article names most, over the outlet's
        # (an Iraqi site's report from Riyadh speaks of Saudi officials)
        code = context.text_state(doc, lang="ar")
        home = (code, "text") if code else home
    if home is None and article.lang == "en" and (code := context.kicker_state(article.text)):
        # "Kenya: X Sworn in as Governor": the state the story is filed under
        home = (code, "kicker")
    if home is None and article.lang == "en" and not any(f.country for f in findings):
        # "New Zambian Ministers Sworn In": the one state a headline names, in a story that
        # names no other and states no one's state (not a guest's: its own would be)
        from kg.extract import english

        named = english.states_in_headline(doc)
        if (
            len(named) == 1
            and english.states_named(doc) <= named
            and _adjective_in_headline(article.text, next(iter(named)))
        ):
            home = (next(iter(named)), "kicker")
    if home is None and article.lang == "en" and any(f.country is None for f in findings):
        # no dateline, no outlet's state: the state the story names most as a place (read
        # only when a post has no state to take it)
        from kg.extract import english

        code = english.text_state(doc, outlet=context.outlet_state(article.url))
        home = (code, "text") if code and _a_guest_of(code, findings, article.text) else None
    if home and home[1] in off:
        home = None
    persons: dict[str, dict] = {}  # person key -> data
    order: list[str] = []
    local_of: list[str] = []
    for f in findings:
        label = given_first(label_text(f.name))
        english_of = f.english
        if english_of is None and (inverted := _inverted_official(label)) is not None:
            label = english_of = inverted  # Motegi Toshimitsu: the family name first
        key = person_key(label if english_of is not f.english else f.name)
        if f.alias_of is not None and f.alias_of < len(local_of):
            pid = local_of[f.alias_of]
        else:
            pid = next((p for p in order if persons[p]["key"] == key), None)
            if pid is None:
                # a short form of a name already seen (surname alone, or first + last)
                pid = next((p for p in order if _short_form(key, persons[p]["key"])), None)
            if pid is None and not is_arabic(f.name):
                # a name seen before, now with a middle initial (Paul J. Dorsey)
                pid = next((p for p in order if _with_initials(persons[p]["key"], key)), None)
            if pid is None and not is_arabic(f.name):
                # the family name first, then the given (Minister X Y ... Minister Y X), in
                # the same post of no other state (Ahmed Mohamed and Mohamed Ahmed, two
                # ministers, are two men)
                pid = next(
                    (
                        p
                        for p in order
                        if _swapped(persons[p]["key"], key)
                        and any(
                            r == f.role and None in (c, f.country) or (r, c) == (f.role, f.country)
                            for r, c in persons[p]["posts"]
                        )
                    ),
                    None,
                )
        if pid is None:
            pid = f"{article.id}#p{len(order) + 1}"
            persons[pid] = {
                "key": key,
                "names": [],
                "english": None,
                "rank": None,
                "mentions": [],
                "posts": set(),
            }
            order.append(pid)
        d = persons[pid]
        d["posts"].add((f.role, f.country))
        d["names"].append(label)
        if f.english and len(f.name.split()) == 1 and not is_arabic(f.name):
            d["names"].append(f.english)  # a surname the gazetteer names in full
        elif f.english and is_arabic(f.name) and "+monarch" in f.rule:
            d["names"].append(context.monarch_arabic(f.english))  # الملك سلمان: in full
        d["english"] = d["english"] or english_of
        d["rank"] = d["rank"] or f.rank
        d["mentions"].append(
            Mention(
                article.id,
                f.name_begin,
                f.name_end,
                article.text[f.name_begin : f.name_end],
                f.rule,
            )
        )
        local_of.append(pid)

    generic: set[tuple] = set()  # keys of tenures stated only by a bare title
    bare_president: set[tuple] = set()  # keys of heads of state titled President X only
    prior: dict[tuple, str] = {}  # the state named just before a tenure with none
    by_key: dict[tuple, Tenure] = {}
    more: dict[tuple, list[Mention]] = {}  # further mentions, joined once at the end
    prev_body = None  # (the end, the body, the title) of the last finding of a body's post
    # the spans of designates whose appointment a decree made: held from the home state's
    # passes on (_appointments_made)
    made = {(f.begin, f.end) for f in findings if f.made}
    for f, pid in zip(findings, local_of, strict=True):
        mention = Mention(article.id, f.begin, f.end, article.text[f.begin : f.end], f.rule)
        k = (pid, f.role, f.country, f.status)
        if k in by_key:
            more[k].append(mention)
            if f.rank and not by_key[k].rank:
                by_key[k] = replace(by_key[k], rank=f.rank)
            if not f.generic:
                generic.discard(k)
            if not _BARE_PRESIDENT.fullmatch(_title_text(article.text, f)):
                bare_president.discard(k)
            org = by_key[k].org or ""
            prev_body = (
                (f.end, org[len(INTERNATIONAL) :], _title_text(article.text, f))
                if _international(by_key[k])
                else None
            )
            continue
        more[k] = []
        if f.role == "head_of_state" and _BARE_PRESIDENT.fullmatch(_title_text(article.text, f)):
            bare_president.add(k)
        if f.prior_state:
            prior[k] = f.prior_state
        body = None
        # a state given by the context (the list's, the text's), not by the title itself,
        # yields to a body the title names (وأمين عام مجلس التعاون الخليجي X after a
        # Yemeni item of the list)
        inherited = "+" in f.rule and not f.rule.endswith(_KNOWN_STATES)
        if (f.country is None or inherited) and f.role in _BODY_ROLES:
            # المبعوث الشخصي للأمين العام للأمم المتحدة X: the post is the body's
            title = _title_text(article.text, f)
            body = context.international_body(title, lang=article.lang)
            if body is None and (f.country is None or inherited):
                # the body's name right before the title, nothing between (UN Special
                # Envoy X), not a body named earlier in the clause (The EU welcomed ...)
                # (not the initials of the words before: Public Investment Fund (PIF) X)
                word = re.search(
                    r"(\S+)\s*$",
                    context.drop_own_acronyms(article.text[max(0, f.begin - 60) : f.begin]),
                )
                if word:
                    body = context.international_body(word.group(1), lang=article.lang)
            if body is None and f.country is None and article.lang == "ar":
                # X، الأمين العام لجامعة الدول العربية: the body right after the title's
                # words, in construct (ل, ب), before the next comma
                tail = re.split(r"[،,.:\n]", article.text[f.end : f.end + 80], maxsplit=1)[0]
                # (مدير المكتب الإقليمي لمنظمة الصحة العالمية: past an adjective or two)
                if (
                    re.match(r"\s*(ال\S+\s+){0,2}[لب]", tail)
                    or re.search(r"\s[لب]\S+\s*$", title)
                    # (X أمين عام جامعة الدول العربية: the body in construct, right after;
                    # not one named further on, X وفدا من الاتحاد الأوروبي: whom he met)
                    or (
                        context.international_body(" ".join(tail.split()[:4]), lang="ar")
                        and not (tail.split() and _opens_another(tail.split()[0]))
                    )
                ):
                    body = context.international_body(title + tail, lang=article.lang)
            if body is None and f.country is None and article.lang == "en":
                # Secretary-General X of the United Nations: the body after the name
                body = context.international_body(
                    article.text[f.name_end : f.end], lang=article.lang
                )
            if (
                body is None
                and article.lang == "en"
                and f.name_begin == f.begin < f.name_end < f.end
            ):
                # X, Director General United Nations Office in Nairobi: the body's name
                # right after the title, in capitals, before the next punctuation
                tail = re.split(r"[,.;:()\n]", article.text[f.end : f.end + 80], maxsplit=1)[0]
                if re.fullmatch(r"(\s+([A-Z][\w'’-]*|of|in|at|for|the|and))+\s*", tail):
                    body = context.international_body(tail, lang=article.lang)
        if body is None and f.country is None and f.role in _BODY_ROLES and article.lang == "ar":
            body = _mission_named_before(article.text, f.begin, f.name_begin)
        if (
            body is None
            and f.country is None
            and f.role == "envoy"
            # (the possessive before the title: The Secretary-General's Special Envoy)
            and _SECRETARY_GENERAL.search(
                article.text[max(0, f.begin - 24) : f.begin] + _title_text(article.text, f)
            )
            and context.bodies_named(article.text, lang=article.lang) <= {"un"}
        ):
            # The Secretary-General's Special Envoy for Yemen, X: in a story that names no
            # other body, the Secretary-General is the United Nations'
            body = "un"
        if (
            body is None
            and (f.country is None or inherited)  # (the list's state yields to the body)
            and f.role == "ambassador"
            and article.lang == "en"
            and f.name_begin > f.begin
        ):
            # EU Ambassador to Jordan X: a body's name opening the title
            first = article.text[f.begin : f.name_begin].split()[:1]
            body = context.international_body(first[0], lang="en") if first else None
            if body is not None and not _bodies()[body].get("sends_envoys"):
                body = None  # UN Ambassador X: a state's, to the UN
        if (
            body is None
            and (f.country is None or inherited)
            and f.role == "ambassador"
            and article.lang == "ar"
        ):
            # رئيس بعثة الاتحاد الأوروبي لدى السودان X, ممثل الاتحاد الأوروبي لدى فلسطين X:
            # the head of a body's delegation, of no state (not a state's envoy to it:
            # سفير مصر لدى الاتحاد الأوروبي names his state)
            title = _title_text(article.text, f)
            head = re.split(r"\s(?:لدى|في|إلى|الى|ب)\s", title, maxsplit=1)[0]
            body = context.international_body(head, lang="ar")
            if body is not None and not _bodies()[body].get("sends_envoys"):
                body = None
        if body is None and f.country is None and f.role in _BODY_ROLES | _ABROAD:
            # جامعة الدول العربية (السفير X), the Arab League (Ambassador X): a body, then
            # its envoy's title and name in brackets
            before = re.search(
                r"([^،,;()\n]{3,60})\(\s*$", article.text[max(0, f.begin - 64) : f.begin]
            )
            if before:
                body = context.international_body(before.group(1), lang=article.lang)
        if body is None and f.country is None and f.role in _ABROAD:
            # Ambassadors X (Belgium), Y (European Union): a body that posts envoys of its
            # own, in brackets right after the name
            after = re.match(r"\s*\(([^()\n]{2,60})\)", article.text[f.name_end : f.name_end + 64])
            if after:
                body = context.international_body(after.group(1), lang=article.lang)
                if body is not None and not _bodies()[body].get("sends_envoys"):
                    body = None
        if (
            body is None
            and (f.country is None or inherited)
            and f.role in _BODY_ROLES
            and prev_body is not None
            and _deputy_next(article.text, prev_body, f)
        ):
            # the UN Secretary-General X and Deputy Secretary-General Y, and his deputy Y:
            # the deputy of a body's officer, named right after him, is the body's
            body = prev_body[1]
        if (
            body is None
            and (f.country is None or inherited)
            and f.role in _BODY_ROLES
            and _SECRETARIAT_TITLE.fullmatch(
                re.sub(
                    r"^و(?=[نمو]|ال)",
                    "",
                    " ".join(_title_text(article.text, f).strip(" ,،:-").split()),
                )
            )
            and len(named := context.bodies_named(article.text, lang=article.lang)) == 1
            and not _party_secretariat(article.text, f)
        ):
            # the Assistant Secretary-General for Political Affairs X, High Representative
            # X, the Chief Adviser to the Secretary General X: a secretariat's title, of the
            # one body the story names
            body = next(iter(named))
        if body is None and f.country is None:
            # ... رئيسة بعثة الصندوق إلى مصر X, the Fund's mission chief X: a body named
            # before by its name, then by its head noun alone (the Fund, the Bank); a title
            # after the name is read with the words after it (X، رئيسة بعثة الصندوق إلى مصر)
            title = _title_text(article.text, f)
            if f.name_begin <= f.begin:
                title += re.match(r"[^،,.;:()\n]{0,30}", article.text[f.end :]).group()
            body = _body_named_before(article.text, f.begin, title)
        role = f.role
        if body is None and f.country is None and f.role in _HEAD_ROLES:
            # رئيس البنك الدولي X, President of the World Bank X: a body's head, no state's
            title = _title_text(article.text, f)
            body = context.international_body(title, lang=article.lang)
            role = "official" if body else role
            if body is None and re.match(
                r"\s*of the [A-Z]{3,6}\b", article.text[f.end : f.end + 20]
            ):
                role = "official"  # X, President of the IACP: a body no lexicon holds, no state
        by_key[k] = Tenure(
            person=pid,
            role=role,
            org=f"{INTERNATIONAL}{body}" if body else f.org,
            country=None if body else f.country,
            article=article.id,
            mentions=(mention,),
            rank=f.rank,
            observed_on=article.date,
            status=f.status,
        )
        prev_body = (f.end, body, _title_text(article.text, f)) if body else None
        if f.generic:
            generic.add(k)
    by_key = {k: replace(t, mentions=t.mentions + tuple(more[k])) for k, t in by_key.items()}
    kept = [
        t
        for k, t in by_key.items()
        if not _dominated(k, by_key, generic) and not _honorific(k, by_key, bare_president)
    ]
    # a state the context gave a mention (the list's, the text's) yields to the state the
    # same person's same post states elsewhere in the article (Commander of the SL Navy X,
    # after Commander of Sri Lanka Navy X)
    stated = {(t.person, t.role): t for t in kept if t.country and not _inherited(t)}
    folded: dict[tuple, list[Mention]] = {}
    for t in kept:
        own = stated.get((t.person, t.role))
        if _inherited(t) and own is not None and own.country != t.country:
            folded.setdefault((t.person, t.role), []).extend(t.mentions)
    kept = [
        replace(t, mentions=t.mentions + tuple(folded.get((t.person, t.role), ())))
        if stated.get((t.person, t.role)) is t
        else t
        for t in kept
        if not (
            _inherited(t)
            and (t.person, t.role) in stated
            and stated[(t.person, t.role)].country != t.country
        )
    ]
    # "مساعد وزير الخارجية السفير X", "Ambassador X, spokesperson for ...": with another
    # post and no state of its own, السفير / Ambassador is a diplomat's rank, not a post
    other_posts = {t.person for t in kept if t.role != "ambassador"}
    kept = [
        t
        for t in kept
        if not (
            t.role == "ambassador"
            # (with a state the context gave, as the outlet's: Minister of State for
            # Foreign Affairs, Amb X in a Nigerian paper)
            and (t.country is None or _inherited(t))
            and t.person in other_posts
        )
    ]
    # a member of a ruling house serves its state (الشيخ فهد يوسف سعود الصباح: KW)
    family = {pid: context.family_state(persons[pid]["names"]) for pid in order}
    kept = [
        _placed(t, family[t.person], "family")
        if t.country is None and family[t.person] and not _international(t) and "family" not in off
        else t
        for t in kept
    ]
    # a person the gazetteer knows serves one state (الرئيس عبد الفتاح السيسي: EG); before
    # the article's home state, which is only the outlet's
    known = {pid: lexicon.official_state(persons[pid]["english"]) for pid in order}
    kept = [
        _placed(t, known[t.person], "gazetteer")
        if (
            t.country is None
            # Russian President X and PM Y: a state carried over "and" yields to his own
            or all(m.rule.endswith("+list") for m in t.mentions)
        )
        and known[t.person]
        and not _international(t)
        and "gazetteer" not in off
        else t
        for t in kept
    ]
    # ... and serves no other: a post the text gives another state ("X, US Secretary of
    # Defence review ..." in a headline that lists two people), held by one whose other
    # post here is of the gazetteer's state (Defence Minister X, the Indian), is of that
    # state (rule suffix +known); not a namesake's, whom nothing here places there
    confirmed = {
        t.person
        for t in kept
        if known[t.person]
        and t.country == known[t.person]
        # (a state the text gives, not the gazetteer's own guess for a bare title)
        and not all(m.rule.endswith("+gazetteer") for m in t.mentions)
    }
    kept = [
        _placed(t, known[t.person], "known")
        if t.person in confirmed
        and t.country is not None
        and t.country != known[t.person]
        and not _international(t)
        and "known" not in off
        else t
        for t in kept
    ]
    kept = list({(t.person, t.role, t.country, t.status): t for t in kept}.values())
    # a post with no state, held by someone whose other posts here are all one state's
    # (President X, who is the Commander-in-Chief of the Sri Lankan Armed Forces)
    states_of: dict[str, set] = {}
    for t in kept:
        if t.country:
            states_of.setdefault(t.person, set()).add(t.country)
    kept = [
        _placed(t, next(iter(states_of[t.person])), "person")
        if t.country is None
        and "person" not in off
        and not _international(t)
        and len(states_of.get(t.person, ())) == 1
        # (and an envoy of no body, a minister's: وزيرة الخارجية X، مبعوثة خاصة)
        and (t.role not in _ABROAD or t.role == "envoy")
        else t
        for t in kept
    ]
    # ... or one international body's (UNIFIL Head of Mission and Force Commander X: the
    # force commander is the body's too)
    bodies_of: dict[str, set] = {}
    for t in kept:
        if _international(t):
            bodies_of.setdefault(t.person, set()).add(t.org)
    kept = [
        _in_body(t, next(iter(bodies_of[t.person])))
        if t.country is None
        and not _international(t)
        and "person" not in off
        and not states_of.get(t.person)
        and len(bodies_of.get(t.person, ())) == 1
        # (not a head's or a minister's post: President X, Chairperson of the AU)
        and not (t.role in _GOVERNMENT_HEADS or t.role.endswith("minister"))
        else t
        for t in kept
    ]
    kept = list({(t.person, t.role, t.country, t.status): t for t in kept}.values())
    if "colleague" not in off:
        kept = _same_ministry(kept, article.text)
    if home is None and article.lang == "ar" and "article" not in off:
        # no dateline, outlet or places: the one state every stated post at home is of
        home = _one_state(kept, article.text)
    if home is None and article.lang == "en" and "article" not in off:
        # ... and in English, when the story names no other state at all (Malawi President
        # X swore in Y; attended by Vice President Z: Z is Malawi's)
        from kg.extract import english

        one = _one_state(kept)
        first = min(kept, key=lambda t: min((m.begin for m in t.mentions), default=0), default=None)
        home = (
            one
            if one
            and english.states_named(doc) <= {one[0]}
            # (the story's first official is that state's by his title: a host received
            # by no state's name, "President X received Turkish Foreign Minister Y", is
            # not the guest's)
            and first is not None
            and first.country == one[0]
            and not _inherited(first)
            else None
        )
        if home is None and english.dateline_country(article.text) is None:
            # (a dateline's story: the dateline's rules have said whose its posts are)
            # a local paper's story names its own leaders without their state (President X,
            # whom the gazetteer knows) and no state but theirs: its bare posts are theirs;
            # so does the host's story, whose ambassadors are all posted to it
            home = _known_leaders_state(
                kept, english.states_named(doc), article.text
            ) or _envoys_host(findings, kept)
    if made and "made" not in off:
        # (held from here on: the home state, a reshuffle's, as any post held)
        kept = _appointments_made(kept, made)
    if "reshuffle" not in off and (code := _reshuffle_state(kept, article.text)) is not None:
        # أصدر أمير قطر أمرا ... تعيين (a Cairo paper's story): the appointer's cabinet, for
        # the posts in his appointment's sentence or after an appointment word in theirs
        kept = [
            _placed(_unplaced(t) if t.country else t, code, "reshuffle")
            # (over a state the dateline or the outlet gave: ACCRA - Liberian President X
            # swore in the new Minister of Justice, Y)
            if (t.country is None or (t.country != code and context_only(t)))
            and t.status == "current"
            and t.role not in _ABROAD
            and not _international(t)
            and any(_in_reshuffle(article.text, m, code, kept) for m in t.mentions)
            and not _made_elsewhere(t, doc, code, article.lang)
            else t
            for t in kept
        ]
    if home:
        # A post with no state stated takes the dateline's, but never for posts held abroad.
        kept = [
            t
            if prior.get((t.person, t.role, t.country, t.status), home[0]) != home[0]
            or _made_elsewhere(t, doc, home[0], article.lang)
            else _with_home(t, *home)
            for t in kept
        ]
        kept = list({(t.person, t.role, t.country, t.status): t for t in kept}.values())

    if "beside" not in off:
        kept = _own_envoy_beside(kept, article.text)
    if "appointer" not in off:
        kept = _appointer_state(kept, article.text, home[0] if home else None)
    # a title that means another post in the state it is now known to be of (India's
    # Foreign Secretary is a diplomat, not the minister)
    kept = [_state_role(t) for t in kept]
    if "principal" not in off:
        kept = _principal_state(kept, article.text)
    kept = _not_own_counterpart(kept)
    if "appointees" not in off:
        kept = _fellow_designates(kept, article.text)
    if "successor" not in off:
        kept = _successor_state(kept, article.text)
    if "envoys" not in off:
        kept = _listed_envoys_state(kept, article.text)
    if "royal" not in off:
        kept = _royal_state(kept, article.text)
    if "staff" not in off:
        kept = _mission_staff_state(kept, article.text)
    kept = _one_holder(kept)
    kept = _head_serves_no_one(kept)
    if "pair" not in off and any("counterpart" in m.rule for t in kept for m in t.mentions):
        from kg.extract import arabic, english

        lang_module = english if article.lang == "en" else arabic
        named = lang_module.states_in_headline(doc)
        if not named:
            # (no state in a headline, or none: the two states the whole story names, each
            # in two sentences or more, both sides' and not a topic's named in passing)
            named = lang_module.states_named(doc)
            if len(named) == 2 and any(
                _sentences_naming(doc, code, lang_module) < 2 for code in named
            ):
                named = frozenset()
        if len(named) == 2 and lang_module.states_named(doc) <= named:
            # (a third state named in the story: whose X is, is open)
            kept = _counterpart_pair(kept, named)
    final, orgs, countries = _with_orgs(kept)

    person_objs = []
    for pid in order:
        d = persons[pid]
        names = sorted(set(d["names"]), key=lambda n: (-len(n.split()), n))
        main = names[0]
        ar = main if is_arabic(main) else None
        en = main if not is_arabic(main) else d["english"]
        alts = tuple(sorted((n, "ar" if is_arabic(n) else "en") for n in names[1:]))
        person_objs.append(
            Person(
                id=pid,
                name_en=en,
                name_ar=ar,
                alt_labels=alts,
                rank=d["rank"],
                mentions=tuple(d["mentions"]),
            )
        )
    found = events.find_events(
        doc, article=article, persons=tuple(person_objs), tenures=tuple(final), disabled=disabled
    )
    moved = kept
    if "visitor" not in off:
        moved = _visitors_abroad(kept, found, context.outlet_state(article.url))
        moved = _hosts_at_home(moved, found, article.text)
    if "visited" not in off:
        # (English reads a dateline's visit where it reads its visits, en+visitor; this
        # pass gives it only the visited state over an outlet's)
        moved = _met_by_visitor(moved, found, "visited", outlet_only=article.lang == "en")
    if "fellow" not in off:
        moved = _fellow_visitors(moved, found, article.text)
    if "partner" not in off:
        moved = _bilateral_partner(
            moved, found, article.text, doc if article.lang == "en" else None
        )
    if "credentials" not in off:
        moved = _credentials_presented(moved, found, article.text)
    if "receiver" not in off:
        moved = _hosts_side(moved, found, article.text)
    if "person" not in off:
        moved = _own_state_over_context(moved)
    if (
        home is None
        and article.lang == "ar"
        and "article" not in off
        # (not in a story of an international body's officer, a guest who meets others
        # elsewhere)
        and not any(_international(t) for t in moved)
    ):
        # the one state of the posts at home once those passes have placed them (the
        # receiver's ministers beside the speaker the gazetteer knows): the bare posts'
        late = _one_state(moved, article.text)
        if late is not None:
            moved = [
                t if _made_elsewhere(t, doc, late[0], article.lang) else _with_home(t, *late)
                for t in moved
            ]
    # (a state these passes gave: the role its title means there, as before them)
    restated = [_state_role(t) for t in moved]
    if any(a is not b for a, b in zip(restated, moved, strict=True)):
        moved = restated
    if moved is not kept:
        final, orgs, countries = _with_orgs(moved)
    for o in found.organizations:
        orgs.setdefault(o.id, o)
    for c in found.countries:
        countries.setdefault(c.code, c)
    # every state a fact points at is in the graph with its labels (an agency's, a place's)
    referred = {o.country for o in orgs.values()} | {p.country for p in found.places}
    referred |= {c for e in found.events for c in e.country_actors}
    for code in sorted(c for c in referred if c and c not in countries):
        countries[code] = country_for(code)
    return Extraction(
        article=article,
        persons=tuple(person_objs),
        organizations=tuple(sorted(orgs.values(), key=lambda o: o.id)),
        countries=tuple(sorted(countries.values(), key=lambda c: c.code)),
        places=tuple(sorted(found.places, key=lambda p: p.id)),
        tenures=tuple(final),
        events=tuple(found.events),
        sources=tuple(found.sources),
    )


_ABROAD = {"ambassador", "envoy"}


# the org of a tenure in an international body, before its Organization is made
INTERNATIONAL = "intl:"
# the heads of a state and of its government, and their deputies: a state's posts alone
_GOVERNMENT_HEADS = frozenset(
    {"head_of_state", "deputy_head_of_state", "head_of_government", "deputy_head_of_government"}
)
# the posts an international body has (a minister or a head of state is a state's)
_BODY_ROLES = frozenset({"envoy", "official", "director_general", "adviser", "spokesperson"})
# the Secretary-General as an envoy's principal, of no other body named after him
_SECRETARY_GENERAL = re.compile(
    r"(?:^|\bthe |\bUN |United Nations )secretary[- ]general['’]?s\b|"
    r"of the (?:UN |United Nations )?secretary[- ]general\b(?! of)|"
    r"للأمين العام(?!\s+(?:ل|ب|و))",
    re.I,
)


def _party_secretariat(text: str, f) -> bool:
    """Is the secretariat's title at ``f`` a party's or a ministry's: a name or initials
    right before it (UMNO Deputy Secretary-General X, the party's ...), or a party's or a
    ministry's word in its sentence (... said the party would ...; حزب, وزارة)?"""
    before = text[max(0, f.begin - 30) : f.begin]
    # (on the line, no full stop between: not a sentence's last word, "... Forum. X")
    if re.search(r"(?:\b[A-Z]{2,}[\w&-]*|['’]s)[ \t]+$", before):
        return True  # UMNO Deputy Secretary-General, the party's Deputy Secretary-General
    start, end = _sentence_span(text, f.begin, f.end)
    return bool(_PARTY_WORDS.search(text[start:end]))


_PARTY_WORDS = re.compile(r"\bthe party\b|(?:^|\s)(?:ال|لل|ل|و|وال)?حزب\b", re.IGNORECASE)


# The titles of a body's secretariat, named with no body (the Assistant Secretary-General
# for Political Affairs, High Representative, Chief Adviser to the Secretary General, نائب
# الأمين العام, الأمين العام المساعد للشؤون السياسية): no state has them under these words
_SECRETARIAT_TITLE = re.compile(
    r"(?:the\s+)?(?:(?:principal\s+)?deputy|assistant|under)[- ]secretary[- ]general"
    r"(?:\s+for\s+[\w\s,&-]+?\s+affairs)?|"
    r"(?:the\s+)?high\s+representative(?:\s+for\s+[\w\s,&-]+)?|"
    r"(?:the\s+)?[\w\s,&-]*\b(?:adviser|advisor|chef de cabinet|chief of staff|director general"
    r" of cabinet)\s+(?:to|of)\s+the\s+secretary[- ]general|"
    r"(?:(?:نائب|مساعد|وكيل)\s+ال[أا]مين\s+العام|ال[أا]مين\s+العام\s+المساعد)"
    r"(?:\s+لل?شؤون(?:\s+\S+){1,3})?|"
    r"(?:مستشار|مستشارة|مدير\s+مكتب|مديرة\s+مكتب|مدير\s+ديوان)\s+ال[أا]مين\s+العام",
    re.I,
)
# The heads of a state or its government, whose title may name a body instead.
_HEAD_ROLES = frozenset({"head_of_state", "head_of_government", "deputy_head_of_state"})


def _monarch_named(f: Finding, article: Article) -> Finding | None:
    """A monarch called by his given name alone after his title (King Abdullah, السلطان
    هيثم, Emir Tamim): the one reign of that name and title at the article's date
    (data/lexicon/monarchs.jsonl) gives his full English name and his state, over any a
    later step gave from the context (rule suffix ``+monarch``). An Arabic name of one
    word that no reign holds at that date (الراحل الملك حسين, وسام الملك فهد) is no one's
    post: None."""
    if f.role != "head_of_state" or f.status != "current":
        return f
    title = _title_text(article.text, f)
    if is_arabic(f.name) and (f.country is None or "+" in f.rule) and _emir_style(title):
        # الأمير صباح الأحمد, read as a reign only because an emir's name it opens: his
        # reign at the article's date, or a prince's style and no post
        reign = context.monarch(f.name, title, None, article.date)
        if reign is None:
            return None
        return replace(f, english=reign["en"], country=reign["country"], rule=f.rule + "+monarch")
    if f.english is not None:
        return f
    # a state a later step gave (the place met in, the list's) yields to the reign's
    stated = f.country if "+" not in f.rule else None
    reign = context.monarch(f.name, title, stated, article.date, context_state=f.country)
    if reign is None:
        # an Arabic name of one word, read as a name only because a reign's name it is
        # (الملك حسين, وسام الملك فهد), of no reign at the article's date: no one's post
        lone = is_arabic(f.name) and len(f.name.split()) == 1 and f.alias_of is None
        # (a reign's name read after another title: الرئيس الإيراني للسلطان هيثم)
        return None if lone and context.monarch_key(f.name) in context.monarch_given_names() else f
    return replace(f, english=reign["en"], country=reign["country"], rule=f.rule + "+monarch")


def _emir_style(title: str) -> bool:
    """Is ``title`` الأمير alone, with styles after it (الأمير الشيخ), no state nor other
    post word: a prince's style, a post only as an emir's reign?"""
    words = context.monarch_key(title).split()
    return bool(words) and words[0] == "امير" and all(w in _ar_style_words() for w in words[1:])


@cache
def _ar_style_words() -> frozenset[str]:
    """The folded words of the Arabic honorifics (honorifics.jsonl): الشيخ, سمو ..."""
    return frozenset(
        w
        for row in lexicon.load_jsonl("honorifics.jsonl")
        if row["lang"] == "ar"
        for w in context.monarch_key(row["form"]).split()
    )


def _alias_posts(findings: list) -> list:
    """A bare title before a surname that points back to a named official (Secretary Doyle
    after Secretary of State John Doyle; الوزير X) is that official's post, not a minister
    of no portfolio."""
    out = []
    for f in findings:
        if f.alias_of is not None and f.role == "minister" and f.alias_of < len(findings):
            target = findings[f.alias_of]
            if target.role.endswith("_minister"):
                f = replace(
                    f, role=target.role, org=target.org, country=f.country or target.country
                )
        out.append(f)
    return out


# Only "and" (and a comma) between two officials: one list, one side.
_LISTED_NEXT = re.compile(r"\s*[,،]?\s*(?:and\s+)?")
_LISTED_ADJECTIVE = re.compile(r"\s*,?\s*and\s+(?:the\s+)?([A-Z][\w-]*)\s+")


@cache
def _state_adjectives_en() -> frozenset[str]:
    """The English adjectives of every state (Indonesian, Thai)."""
    return frozenset(a for c in lexicon.countries() for a in c.adj_en)


@cache
def _waw_heads() -> frozenset[str]:
    """The first words of Arabic titles that begin with و (وزير, وكيل, والي): no و of
    "and" before them."""
    return frozenset(
        normalize_ar(form.split()[0])
        for row in lexicon.load_jsonl("posts.jsonl")
        for form in row.get("ar", ())
        if form.startswith("و")
    )


def _events_alternation(field: str, name: str) -> str:
    """The phrases of the rows of data/lexicon/events.jsonl whose ``field`` is ``name``
    (a cue, a word class), both languages, as a regex alternation, longest first."""
    words = [
        w
        for row in lexicon.load_jsonl("events.jsonl")
        if row.get(field) == name
        for w in (*row.get("ar", ()), *row.get("en", ()))
    ]
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _appointment_words() -> frozenset[str]:
    """The appointment words of both languages' rules, folded as :func:`_appointment_between`
    reads words."""
    return rule_words("ar")["appointment"] | rule_words("en")["appointment"]


_HARAKAT = re.compile("[\u064b-\u065f\u0670]")


def _appointer_state(kept: list[Tenure], text: str, home: str | None) -> list[Tenure]:
    """An envoy appointed to come (وعين الملك X سفيرا بجمهورية البيرو, The President
    named X ambassador to Peru) with no state of his own serves the state whose head
    appoints: the one state of the article's heads of state, or with none stated, the
    article's home state (rule suffix +appointer). Only where an appointment word stands
    before him in his sentence, and the post is told after the name (appointed X as
    ambassador, عين X سفيرا), not as a title before it. ``kept`` itself when nothing
    moves."""
    heads = {t.country for t in kept if t.role == "head_of_state" and t.country}
    state = next(iter(heads)) if len(heads) == 1 else (home if not heads else None)
    if state is None:
        return kept

    def appointed(m) -> bool:
        if m.rule.split("+")[0] in ("ar.title_name", "en.title_name"):
            return False  # the newly appointed Commissioners include Amb. X: a style
        start = max(text.rfind(".", 0, m.begin), text.rfind("\n", 0, m.begin)) + 1
        return _appointment_between(text, start, m.begin + 1)

    moved = [
        _placed(t, state, "appointer")
        if t.role in _ABROAD
        and _appointee(t)
        and t.country is None
        and not _international(t)
        and any(appointed(m) for m in t.mentions)
        else t
        for t in kept
    ]
    return kept if moved == kept else moved


def _reshuffle_state(kept: list[Tenure], text: str) -> str | None:
    """The state of a story of appointments to one state's posts: a head of state or of
    government whose state the text states (أمير قطر, the gazetteer's President X) with an
    appointment or a reshuffle's word in his sentence (أصدر أمير قطر أمرا ... تعيين,
    President X swore in ...), in a story where every post the text gives a state is of
    that state (none a counterpart's or a delegation's). Its posts with no state are that
    cabinet's, whatever the paper's dateline (a Cairo paper's story of a Qatari
    reshuffle); None otherwise."""
    states: set[str] = set()
    heads: list[Tenure] = []
    for t in kept:
        if any("counterpart" in m.rule or "+delegation" in m.rule for m in t.mentions):
            return None
        if t.country is None or _international(t) or context_only(t):
            continue
        states.add(t.country)
        if t.role in ("head_of_state", "head_of_government") and t.status == "current":
            heads.append(t)
    if len(states) != 1 or not heads:
        return None
    for t in heads:
        for m in t.mentions:
            start, end = _sentence_span(text, m.begin, m.end)
            if _appointment_between(text, start, end) or _RESHUFFLE.search(text[start:end]):
                return next(iter(states))
    return None


def _successor_state(kept: list[Tenure], text: str) -> list[Tenure]:
    """A predecessor's post (خلفا للواء X, succeeding X: rule ``*.predecessor``) with no
    state takes the state the later steps gave his successor's post: the one state of the
    posts of the same role named before him in his sentence, or placed by the article's
    steps rather than by their own titles (أنصب اللواء Y قائدا للقوات البرية خلفا للواء X:
    X commanded the same state's land forces; +successor). ``kept`` itself when nothing
    moves."""
    moved = []
    for t in kept:
        if t.country is None and all(
            m.rule.split("+")[0].endswith(".predecessor") for m in t.mentions
        ):
            m = t.mentions[0]
            start, _end = _sentence_span(text, m.begin, m.end)
            # the successor's post: before him in his sentence, or placed by the article's
            # steps (an appointee's, +appointer), not a post whose own title states a state
            # (Tanzania's army commander X congratulated him: another state's)
            states = {
                u.country
                for u in kept
                if u is not t
                and u.role == t.role
                and u.country
                and not _international(u)
                and (
                    any(start <= h.begin < m.begin for h in u.mentions)
                    or all("+" in h.rule for h in u.mentions)
                )
            }
            if len(states) == 1:
                t = _placed(t, next(iter(states)), "successor")
        moved.append(t)
    return kept if moved == kept else moved


def _listed_envoys_state(kept: list[Tenure], text: str) -> list[Tenure]:
    """An ambassador with no state of his own, listed in one sentence with ambassadors who
    all serve one state (سفير مملكة البحرين لدى عمان X والسفير لدى روسيا Y والسفير لدى
    قطر Z: the new envoys of one state), serves that state (+envoys). ``kept`` itself
    when nothing moves."""
    envoys = [t for t in kept if t.role == "ambassador" and not _international(t)]
    if len(envoys) < 2:
        return kept
    moved = []
    for t in kept:
        if (
            t in envoys
            and t.country is None
            and t.status == "current"
            and t.mentions
            # (posted to a host, his sender unsaid: not the Order of Malta's)
            and _POSTED_TO.search(t.mentions[0].text)
        ):
            m = t.mentions[0]
            start, end = _sentence_span(text, m.begin, m.end)
            states = {
                u.country
                for u in envoys
                if u is not t
                and u.country
                and not context_only(u)
                and any(
                    start <= h.begin < end
                    # (one list: no meeting between them, بحث X مع سفير الإمارات Y)
                    and not _MET_WITH.search(text[min(h.end, m.end) : max(h.begin, m.begin)])
                    for h in u.mentions
                )
            }
            # (not the state he is posted to: Ambassador to Sudan is no Sudanese envoy)
            if len(states) == 1 and not _names_state(m.text, next(iter(states))):
                t = _placed(t, next(iter(states)), "envoys")
        moved.append(t)
    return kept if moved == kept else moved


def _mission_staff_state(kept: list[Tenure], text: str) -> list[Tenure]:
    """An embassy's officer with no state of his own (a consul, an attaché, a counsellor),
    listed in one sentence after ambassadors who all serve one state, with no meeting
    between them (السفير X، سفير الأردن لدى مصر، وY القنصل العام، وZ الملحق العسكري:
    the ambassador and his staff), serves that state (+staff). ``kept`` itself when
    nothing moves."""
    envoys = [
        t
        for t in kept
        if t.role == "ambassador"
        and t.country
        and t.status == "current"
        and not _international(t)
        and not context_only(t)
    ]
    if not envoys:
        return kept
    moved = []
    for t in kept:
        if (
            t.org == "embassy"
            and t.role != "ambassador"
            and t.country is None
            and t.status == "current"
            and t.mentions
        ):
            m = t.mentions[0]
            start, end = _sentence_span(text, m.begin, m.end)
            spans = [(x.begin, x.end) for u in kept for x in u.mentions if start <= x.begin < end]
            states = {
                u.country
                for u in envoys
                if any(
                    start <= h.begin
                    and h.end <= m.begin
                    # (one list: no verb of meeting between them, and the officer its next
                    # item, after a comma, و or and: not استقبل السفير X القنصل العام Y)
                    and not _MET_WITH.search(gap := _blanked(text, h.end, m.begin, spans))
                    and (_NEXT_ITEM.search(gap) or text[m.begin : m.begin + 1] == "و")
                    for h in u.mentions
                )
            }
            # (... and no other state said of him after his title, up to the next item:
            # القنصل العام X من القنصلية الإندونيسية, Consul General X of the Indonesian
            # mission)
            after = _ITEM_END.split(text[m.end : end], maxsplit=1)[0]
            if len(states) == 1 and not (_states_in(after) - states):
                t = _placed(t, next(iter(states)), "staff")
        moved.append(t)
    return kept if moved == kept else moved


# the end of a list's item before the next: a comma, و, and, as well as, then in English
# at most two capitalised words before the next mention (its brief: and Labour Attache X);
# no verb (، لدى استقباله القنصل X; , speaking to Consul X)
_NEXT_ITEM = re.compile(r"(?:[،,؛;]|\sو|\b(?i:and|as well as))\s*(?:[A-Z][\w.'’-]*\s+){0,2}$")
# where an item of a list ends: punctuation, or و / and opening the next
_ITEM_END = re.compile(r"[،,.;؛\n]|\sو|\band\b", re.IGNORECASE)


def _blanked(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> str:
    """text[a:b] with the characters of ``spans`` (other mentions) left out."""
    keep = [True] * (b - a)
    for x, y in spans:
        for k in range(max(x, a), min(y, b)):
            keep[k - a] = False
    return "".join(c for c, k in zip(text[a:b], keep, strict=True) if k)


@cache
def _state_words_ar() -> dict[str, str]:
    """Every state's Arabic names and adjectives of one word, folded, to their state
    (الأردن, اندونيسية)."""
    return {
        normalize_ar(w): c.code
        for c in lexicon.countries()
        for w in (c.ar, *c.alt_ar, *c.adj_ar)
        if w and " " not in w.strip()
    }


def _states_in(span: str) -> set[str]:
    """The states whose names or adjectives ``span`` holds as whole words (an Arabic word
    with its clitics and article: والإندونيسية; not تركي inside a name's word only).

    >>> sorted(_states_in("من القنصلية الإندونيسية")), sorted(_states_in("of the Kenyan mission"))
    (['ID'], ['KE'])
    """
    ar = _state_words_ar()
    found = set()
    for word in normalize_ar(span).split():
        for form in (word, word[1:] if word[:1] in "وفبل" else word):
            bare = form[2:] if form.startswith("ال") else form
            if form in ar or bare in ar:
                found.add(ar.get(form) or ar[bare])
    low = span.lower()
    found |= {
        code for w, code in context.state_words_en() if re.search(rf"\b{re.escape(w)}\b", low)
    }
    return found


def _royal_state(kept: list[Tenure], text: str) -> list[Tenure]:
    """A prince with a state's post and no state of his own (صاحب السمو الملكي الأمير X
    وزير الخارجية, His Royal Highness Prince X, Minister of Y) serves the one kingdom
    whose monarch the article names (+royal): a prince is no republic's minister.
    ``kept`` itself when nothing moves."""
    kingdoms = {
        t.country
        for t in kept
        if t.role == "head_of_state"
        and t.status == "current"
        and t.country in _monarchies()
        and not context_only(t)
    }
    if len(kingdoms) != 1:
        return kept
    code = next(iter(kingdoms))
    moved = [
        _placed(t, code, "royal")
        if t.country is None
        and t.status == "current"
        and not _international(t)
        and any(_PRINCE_BEFORE.search(text[max(0, m.begin - 40) : m.begin]) for m in t.mentions)
        else t
        for t in kept
    ]
    return kept if moved == kept else moved


@cache
def _monarchies() -> frozenset[str]:
    """The states of the reigns of monarchs.jsonl."""
    return frozenset(row["country"] for row in lexicon.load_jsonl("monarchs.jsonl"))


# a prince's style right before a name (الأمير X, Prince X, HRH Prince X)
_PRINCE_BEFORE = re.compile(r"(?:(?:^|\s)(?:ال|و)?[أا]مير|\bPrince)\s+$")


_POSTED_TO = re.compile(r"\s(?:لدى|to|in)\s", re.IGNORECASE)
_MET_WITH = re.compile(
    r"(?:^|\s)(?:مع|ومع|التقى|بحث|استقبل|with|met|received)(?=\s|$)", re.IGNORECASE
)


def _sentence_span(text: str, begin: int, end: int) -> tuple[int, int]:
    """The offsets of the sentence (between full stops or line ends) around begin..end."""
    start = max(text.rfind(".", 0, begin), text.rfind("\n", 0, begin)) + 1
    ends = [x for x in (text.find(".", end), text.find("\n", end)) if x >= 0]
    return start, min(ends, default=len(text))


def _in_reshuffle(text: str, m, code: str, kept: list[Tenure]) -> bool:
    """Is the mention ``m`` an appointee of a reshuffle: after an appointment word in its
    sentence (وبناء عليه، عين وزير X ..., swore in the new Minister X), or in the sentence
    of the appointing head of ``code``?"""
    if any(p.endswith("+made") for p in rule_parts(m.rule)):
        return True  # the appointment the parser read for it (and the next items of its list)
    start, end = _sentence_span(text, m.begin, m.end)
    # an appointment's word governing the post: a few words before it, no comma between
    # (عين وزير الشباب X, the new appointments to the cabinet are X as ..., swore in X)
    near = text[start : m.begin].split()[-5:]
    near_text = " ".join(near)
    if (
        near
        and not re.search(r"[,،]", near_text)
        and (
            _appointment_between(near_text, 0, len(near_text))
            or _LISTED_APPOINTMENTS.search(near_text)
        )
    ):
        return True
    # ... or a verb of appointment opening its sentence (وبناء عليه، عين X ...، وY ...)
    opening = " ".join(text[start : m.begin].split()[:4])
    if any(w in _APPOINTING_VERBS for w in _folded_words(opening)):
        return True
    # ... or the appointing head's sentence, his verb of appointment between him and it
    return any(
        t.country == code
        and t.role in ("head_of_state", "head_of_government")
        and start <= h.begin < m.begin
        and any(w in _APPOINTING_VERBS for w in _folded_words(text[h.end : m.begin]))
        for t in kept
        for h in t.mentions
    )


def _folded_words(text: str) -> list[str]:
    """The words of ``text`` folded as the appointment words are (Arabic keys, English
    lower case), the harakat off."""
    return [
        inner_key(normalize_ar(w)) if is_arabic(w) else w.lower()
        for w in re.findall(r"\w+", _HARAKAT.sub("", text))
    ]


# the appointments told as a list right before the post (the new appointments to the
# cabinet are X as ...; not the appointments board chair said X)
_LISTED_APPOINTMENTS = re.compile(
    r"\bappointments\b.*\b(?:are|were|include|includes|included|including|namely)\b",
    re.IGNORECASE,
)
# the verbs of an appointment (not its nouns: تعيين, the appointments), both languages
_APPOINTING_VERBS = frozenset(
    {"عين", "وعين", "يعين", "سيعين", "كلف", "وكلف", "نصب", "اختير", "سمي", "رشح"}
) | frozenset(
    {
        "appointed",
        "appoints",
        "named",
        "names",
        "swore",
        "sworn",
        "swears",
        "nominated",
        "reappointed",
    }
)


# the words of a reshuffle (تعديل وزاري, تعديلا حكوميا, a cabinet reshuffle)
_RESHUFFLE = re.compile(
    r"\b(?:reshuffle[sd]?|appointments|تعديلا?|بتعديل|التعديل)\b", re.IGNORECASE
)


def _appointment_between(text: str, a: int, b: int) -> bool:
    """Is an appointment word (appointed, named, عين, تعيين) between offsets a and b?"""
    words = _appointment_words()
    # (the harakat first: عُين is one word, not ع and ين)
    for w in re.findall(r"\w+", _HARAKAT.sub("", text[a:b])):
        folded = inner_key(normalize_ar(w)) if is_arabic(w) else w.lower()
        if folded in words or (is_arabic(w) and w[:1] in "وب" and inner_key(w[1:]) in words):
            return True
    return False


@cache
def _attendance_words() -> re.Pattern[str]:
    """The words of attendance (بحضور, وحضر, "in the presence of", "attended by") of
    data/lexicon/events.jsonl, as one pattern."""
    alt = _events_alternation("cue", "attendance")
    return re.compile(rf"(?:^|\s)(?:{alt})(?=[\s,،;:]|$)", re.IGNORECASE)


def _attending(text: str, begin: int) -> bool:
    """Is the official at ``begin`` in a list of attendance (بحضور X، وY; "present were
    X and Y"): a word of attendance earlier in his sentence?"""
    return _attendance_before(text, begin) is not None


def _opens_sentence(text: str, at: int) -> bool:
    """Does only و, space or a mark of a sentence's end stand before ``at`` in its
    sentence (وحضر اللقاء, حضر الاستقبال at a sentence's start)?"""
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at), 0)
    return re.fullmatch(r"[\s.]*(?:و)?", text[start:at]) is not None


def _attendance_before(text: str, begin: int) -> re.Match[str] | None:
    """The last word of attendance in the sentence before ``begin``, or None."""
    start = max(text.rfind(".", 0, begin), text.rfind("\n", 0, begin), 0)
    found = list(_attendance_words().finditer(text, start, begin))
    return found[-1] if found else None


@cache
def _envoy_calls() -> re.Pattern[str]:
    """The verbs of a call an envoy pays on an official (``envoy_calls_on`` of
    data/lexicon/events.jsonl), as one pattern that must fill the text between the two
    (a day may stand before the verb: "on Thursday called on")."""
    alt = _events_alternation("words", "envoy_calls_on")
    day = r"(?:(?:on\s+)?\w+day\s+|today\s+|اليوم\s+|(?:يوم\s+)?ال\w+\s+)?"
    return re.compile(rf"[\s,،]*{day}(?:{alt})\s+(?:the\s+)?", re.IGNORECASE)


@cache
def _place_names(code: str) -> tuple[str, ...]:
    """The names of the places of a state (data/lexicon/places.jsonl), Arabic and English."""
    return tuple(
        n
        for p in lexicon.places()
        if p.country == code
        for n in (p.ar, *p.alt_ar, p.en, *p.alt_en)
        if n and len(n) > 2
    )


@cache
def _places_by_state() -> tuple[tuple[str, str], ...]:
    """Every place's and state's name (Arabic and English, three letters or more), with the
    state's code."""
    places = [
        (n, p.country)
        for p in lexicon.places()
        if p.country
        for n in (p.ar, *p.alt_ar, p.en, *p.alt_en)
        if n and len(n) > 2
    ]
    return tuple(places) + _state_forms()


def _names_place_abroad(text: str, home: str) -> bool:
    """Does ``text`` name, as whole words, a place or a state of another state than
    ``home`` (في جدة, in Jeddah, for a Jordanian consul)?"""
    return any(
        c != home and n in text and re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text)
        for n, c in _places_by_state()
    )


def _names_place_of(text: str, code: str | None) -> bool:
    """Does ``text`` name a place of state ``code`` (القاهرة for EG)?"""
    return code is not None and any(n in text for n in _place_names(code))


def _calls_on(text: str, envoy, begin: int) -> bool:
    """Is the official whose construction starts at ``begin`` the one the envoy calls on
    (the US chargé d'affaires to Kenya X called on Cabinet Secretary Y; التقى سفير مصر لدى
    الأردن X اليوم وزير الخارجية Y), not a visitor (the visiting minister)?"""
    if re.match(r"(?:visiting|الزائر|الزائرة)\b", text[begin:], re.IGNORECASE):
        return False
    stop = min(
        (k for k in (text.find(".", begin), text.find("\n", begin)) if k >= 0), default=len(text)
    )
    tail = text[begin:stop]
    if re.search(r"زيار|يزور|تزور|visit", tail) or _names_place_of(tail, envoy.country):
        return False  # (وزير الهجرة X، خلال زيارته إلى عمان; ... في القاهرة: at home)
    between = text[envoy.end : begin]
    if _envoy_calls().fullmatch(between) is not None:
        return True
    # Arabic: the verb opens the sentence before the envoy; a day at most between the two
    start = max(text.rfind(".", 0, envoy.begin), text.rfind("\n", 0, envoy.begin)) + 1
    lead = text[start : envoy.begin].split()
    return (
        is_arabic(between + "ا")
        and len(lead) <= 2
        and bool(lead)
        and _envoy_calls().fullmatch(" " + re.sub("^[وف]", "", lead[-1]) + " ") is not None
        and re.fullmatch(r"[\s,،]*(?:(?:يوم\s+)?ال\w+\s*)?[\s,،]*", between) is not None
    )


def _listed_next(text: str, end: int, begin: int) -> bool:
    """Is the official whose construction starts at ``begin`` joined by "and" to the one
    that ends at ``end`` (X، وسفير Y; X and Ambassador Y), with nothing else between?"""
    gap = text[end:begin]
    m = _LISTED_ADJECTIVE.fullmatch(gap)
    if m is not None and m.group(1) in _state_adjectives_en():
        return True  # X and Indonesian Ambassador to Australia Y: listed, of the same side
    if not _LISTED_NEXT.fullmatch(gap):
        return False
    if text[end:begin].rstrip().endswith("and"):
        return True
    word = text[begin:].split(maxsplit=1)[0] if text[begin:].strip() else ""
    return word.startswith("و") and normalize_ar(word) not in _waw_heads()


#: The posts of a state's government that a body's officer posted there meets.
_CABINET_ROLES = frozenset(
    {
        "head_of_state",
        "deputy_head_of_state",
        "head_of_government",
        "deputy_head_of_government",
        "minister",
        "deputy_minister",
        "foreign_minister",
        "defence_minister",
        "interior_minister",
        "finance_minister",
    }
)


def _hosts_state(findings: list, doc, outlet: str | None = None) -> list:
    """An ambassador to a state meets that state's officials: a post with no state, named
    before an ambassador posted to H in the same sentence, is H's (Minister X received the
    Ambassador of Brazil to Nigeria: X is Nigeria's). Not where the sentence names other
    officials of the ambassador's own state (then it lists the ambassador's side), nor for
    a person the gazetteer knows serves another state."""
    if not any(f.host for f in findings):
        return findings
    bounds = [(s.start_char, s.end_char) for s in doc.sents]

    def sent(char: int) -> int:
        return next((k for k, (a, b) in enumerate(bounds) if a <= char < b), -1)

    by_sent: dict[int, list] = {}
    for f in findings:
        by_sent.setdefault(sent(f.begin), []).append(f)
    out = []
    for f in findings:
        here = by_sent.get(sent(f.begin), [])
        envoys = [
            a
            for a in here
            if a.host
            # (President X appointed Y as ambassador to Peru: the appointer is of Y's state)
            and not (a.status == "designate" and _appointment_between(doc.text, f.end, a.begin))
            and (
                (
                    a.begin > f.begin
                    # بحضور وزير X، وسفير السودان لدى إثيوبيا Y: listed with him, of his side
                    and not (
                        _attending(doc.text, f.begin) and _listed_next(doc.text, f.end, a.begin)
                    )
                    # headed by Speaker X and accompanied by the Philippine Ambassador to
                    # the US Y: the envoy goes with him, of his side
                    and not _accompanies(doc.text, max(f.end, a.begin))
                )
                # the US chargé d'affaires to Kenya X called on Cabinet Secretary Y: Y is
                # of the state the envoy is posted to
                or (a.end <= f.begin and _calls_on(doc.text, a, f.begin))
            )
        ]
        if f.role not in _CABINET_ROLES:
            # (a body's officer in X meets X's government, not another body's officer
            # listed with him: the WHO's regional director beside its office in Egypt)
            envoys = [a for a in envoys if not (a.role == "official" and a.org == "government")]
        # (a Saudi paper's minister who receives the WHO's officer in Yemen is Saudi)
        envoys = [
            a
            for a in envoys
            if not (a.role == "official" and a.org == "government" and outlet not in (None, a.host))
        ]
        hosts = {a.host for a in envoys}
        # (a body's officer posted to a state serves none: UNICEF's representative in X)
        own = {a.country for a in envoys if not (a.role == "official" and a.org == "government")}
        known = lexicon.official_state(f.english)
        if (
            f.country is None
            and len(hosts) == 1
            and f.role not in _ABROAD
            and f.status == "current"
            and not any(g.country in own for g in here if g not in envoys)
            and known in (None, *hosts)
        ):
            f = replace(f, country=next(iter(hosts)), rule=f.rule + "+host")
        out.append(f)
    return out


def _not_own_counterpart(tenures: list[Tenure]) -> list[Tenure]:
    """ "X met his Ethiopian counterpart Y": X is not Ethiopian. A state the context gave X
    (the dateline's, the text's) that is the state of the counterpart named right after
    in the same post is dropped."""
    cps = [
        (m.begin, t.country, t.role)
        for t in tenures
        for m in t.mentions
        if "counterpart" in m.rule and t.country
    ]
    if not cps:
        return tenures
    out = []
    for t in tenures:
        if (
            t.country
            and _inherited(t)
            and any(
                c == t.country and r == t.role and 0 <= b - m.end <= 200
                for m in t.mentions
                for b, c, r in cps
            )
        ):
            t = replace(t, country=None)
        out.append(t)
    return out


def _appointments_made(tenures: list[Tenure], made: set[tuple[int, int]]) -> list[Tenure]:
    """A designate whose appointment a decree made (أصدر الملك أمرا بتعيين X أميرا لمنطقة
    تبوك; the President appointed X as Minister of Health) holds the post, its evidence
    saying so (``+made``), and the steps of the article read as an appointee's (the
    appointer's state, the list's: :func:`_appointee`) take it too. A nomination, a charge
    or an appointment to come stays a designate."""
    out: dict[tuple, Tenure] = {}
    for t in tenures:
        if t.status == "designate" and any((m.begin, m.end) in made for m in t.mentions):
            mentions = tuple(replace(m, rule=m.rule + "+made") for m in t.mentions)
            t = replace(t, status="current", mentions=mentions)
        k = (t.person, t.role, t.org, t.country, t.status)
        if k in out:
            # (the same post held, stated before the appointment too: one tenure)
            t = replace(out[k], mentions=out[k].mentions + t.mentions)
        out[k] = t
    return list(out.values())


def _made_elsewhere(t: Tenure, doc, code: str, lang: str) -> bool:
    """``t`` is an appointment a decree made (``+made``) told in a sentence that names a
    state other than ``code`` (KAMPALA - Tanzania has appointed X as Minister of Water;
    أعلنت الحكومة العراقية تعيين X): the appointer's, not the dateline's or the outlet's
    nor another cabinet's reshuffle. O(sentences) for such a tenure only."""
    if not _made(t):
        return False
    from kg.extract import arabic, english

    for m in t.mentions:
        for sent in doc.sents:
            if sent.start_char <= m.begin < sent.end_char:
                # the appointing clause: from the sentence's start, past a dateline (عمان
                # (بترا) -, NAIROBI -), to the appointee; not a state named after him
                start = sent.start_char
                head = doc.text[start : min(m.begin, start + 60)]
                cut = re.search(r"\s[-–—]\s|:\s", head)
                if cut:
                    start += cut.end()
                span = doc.char_span(start, m.begin, alignment_mode="contract")
                if span is None or not len(span):
                    continue
                told = (
                    english.states_named(span.as_doc())
                    if lang == "en"
                    else arabic.states_told(span.as_doc())
                )
                if told - {code}:
                    return True
    return False


def _made(t: Tenure) -> bool:
    """``t`` is an appointment a decree made (its evidence ends in ``+made``)."""
    return any(p.endswith("+made") for m in t.mentions for p in rule_parts(m.rule))


def _appointee(t: Tenure) -> bool:
    """``t`` is a designate's, or an appointment a decree made (``+made``)."""
    return t.status == "designate" or _made(t)


def _fellow_designates(tenures: list[Tenure], text: str) -> list[Tenure]:
    """A list of envoys appointed (X سفيرا للكويت لدى إيطاليا، وY سفيرة لدى البرازيل; X
    was appointed Ambassador of Kenya to Egypt while Y was appointed Ambassador to Japan):
    an envoy appointed of no state takes the one state of the envoys appointed in his
    sentence, whose head appoints them all, unless that is the state he is posted to
    (an Ambassador to Kenya is not Kenya's). O(tenures x mentions)."""

    def appointed(t: Tenure) -> bool:
        return (
            t.role == "ambassador"
            and _appointee(t)
            and any(
                p in ("en.appointment", "ar.name_title")
                for m in t.mentions
                for p in rule_parts(m.rule)
            )
        )

    stated = [
        (m.begin, t.country) for t in tenures if appointed(t) and t.country for m in t.mentions
    ]
    if not stated:
        return tenures
    out = []
    for t in tenures:
        if appointed(t) and t.country is None:
            near = {
                c
                for b, c in stated
                for m in t.mentions
                if not _SENTENCE_END.search(text[min(b, m.begin) : max(b, m.begin)])
            }
            said = " ".join(m.text for m in t.mentions)
            if len(near) == 1 and not _names_state(said, next(iter(near))):
                t = _placed(t, next(iter(near)), "appointees")
        out.append(t)
    return out


_SENTENCE_END = re.compile(r"[.!?؟](?:\s|$)")


def _names_state(span: str, code: str) -> bool:
    """Does ``span`` name the state ``code`` (its name, in either language, as a whole
    word and not inside another state's longer name: Sudan is not in South Sudan, Niger
    not in Nigeria)?"""
    forms = _state_forms()
    for f, c in forms:
        if c != code:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(f)}(?![\w-])", span):
            inside = any(
                c2 != code
                and f in g
                and any(
                    g2.start() <= m.start() and m.end() <= g2.end()
                    for g2 in re.finditer(re.escape(g), span)
                )
                for g, c2 in forms
            )
            if not inside:
                return True
    return False


def _names_other_state(span: str, codes: set[str]) -> bool:
    """Does ``span`` name, by its name in either language, a state not in ``codes``?"""
    return any(
        c not in codes and re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", span)
        for f, c in _state_forms()
    )


@cache
def _state_forms() -> tuple[tuple[str, str], ...]:
    """Every state's names in both languages, with its code."""
    return tuple(
        (f, e.code) for e in lexicon.countries() for f in (e.en, e.ar, *e.alt_en, *e.alt_ar) if f
    )


def _adjective_in_headline(text: str, code: str) -> bool:
    """Does the English headline name the state ``code`` by its adjective (New Zambian
    Ministers Sworn In), not as a place (Activities of the Secretary-General in Norway)?"""
    end = context.headline_end(text)
    country = lexicon.country_by_code(code)
    if end is None or country is None:
        return False
    head = text[:end].lower()
    return any(
        re.search(rf"(?<![\w-]){re.escape(a.lower())}(?![\w-])", head) for a in country.adj_en
    )


def _sentences_naming(doc, code: str, lang_module) -> int:
    """How many sentences of ``doc`` name the state ``code`` (by name, adjective or
    possessive). O(tokens)."""
    return sum(code in lang_module.states_named(sent.as_doc()) for sent in doc.sents)


def _counterpart_pair(tenures: list[Tenure], named: frozenset[str]) -> list[Tenure]:
    """ "X met his Qatari counterpart Y", X of no state, under a headline of two states,
    Qatar and one other (Kenya, Qatar agree ...; كينيا وقطر تبحثان ...), in a story whose
    posts stated with their state are of those two only: X holds his post of the other
    (a pair's talks: the counterpart's state is not his), unless someone already holds
    that post of it. O(mentions)."""
    if len(named) != 2:
        return tenures
    countered = _countered(tenures)
    stated = {t.country for t in tenures if t.country and not _inherited(t)}
    if not countered or not stated <= named:
        return tenures  # (a third state's official in the story: whose X is, is open)
    held = {(t.role, t.country) for t in tenures if t.country and t.status == "current"}
    out = []
    for t in tenures:
        if t.country is None and t.status == "current":
            theirs = countered.get((t.person, t.role), set())
            if len(theirs) == 1 and theirs < named:
                other = next(iter(named - theirs))
                if (t.role, other) not in held:
                    t = _placed(t, other, "pair")
        out.append(t)
    return out


# the posts a state has one holder of at a time
_ONE_HOLDER = ONE_HOLDER


# the rule suffixes of a state given by a neighbouring title: a list's
_NEIGHBOUR_STATES = ("+list",)


def _holder_key(t: Tenure) -> tuple | None:
    """The post a state has one holder of that ``t`` holds, with its state: a post of
    :data:`ONE_HOLDER`, or a minister's of one portfolio (the youth and sports minister);
    None for other posts (a minister with no portfolio, an ambassador)."""
    if t.role in _ONE_HOLDER:
        return t.role, t.country
    if (
        t.role == "minister"
        and t.org
        and t.org.startswith("ministry-")
        # (Arabic titles name the whole portfolio; English ones may be read shorter: the
        # Higher Education Minister as the Education Minister)
        and t.rule.startswith("ar.")
    ):
        return t.role, t.org, t.country
    return None


def _one_holder(tenures: list[Tenure]) -> list[Tenure]:
    """A state has one foreign minister, one head of state, one minister of a portfolio:
    a post whose state only the context gave (the outlet's, the text's, a list's) is not
    that state's when another person holds the same post of the state by its title or
    the gazetteer (an Iraqi minister receiving the Saudi one, in a Saudi story; two kings,
    one named with his kingdom; وزير الشباب العراقي X، ووزير الشباب Y: Y is another
    state's). It takes the one other state the article's stated posts are of, or none."""
    held = {
        _holder_key(t): t.person
        for t in tenures
        if _holder_key(t) and t.country and t.status == "current" and not _inherited(t)
    }
    # ... and when the context alone gave it to two, the first named holds it (Muscat: X,
    # Foreign Minister, received Y, Minister of Foreign Affairs: Y is not Oman's)
    first: dict[tuple, str] = {}
    for t in sorted(tenures, key=lambda t: min((m.begin for m in t.mentions), default=0)):
        key = _holder_key(t)
        # (a portfolio's minister only by his title: two lists of one state's cabinet name
        # ministers whose portfolios the lexicon folds together)
        if key and len(key) == 2 and t.country and t.status == "current" and _inherited(t):
            first.setdefault(key, t.person)
    held = {**first, **held}
    if not held:
        return tenures
    stated = {t.country for t in tenures if t.country and not _inherited(t)}
    out = []
    for t in tenures:
        key = _holder_key(t)
        if (
            key
            and t.status == "current"
            and t.country
            and _inherited(t)
            and held.get(key, t.person) != t.person
            # (a portfolio's minister only where a list's neighbour gave him the state: a
            # dateline's or a headline's minister named twice, spelled anew, or a new
            # minister after his predecessor's title keeps it)
            and (len(key) == 2 or all(m.rule.endswith(_NEIGHBOUR_STATES) for m in t.mentions))
        ):
            others = stated - {t.country}
            other = next(iter(others)) if len(others) == 1 else None
            moved = replace(t, country=other)
            t = replace(t, country=other if _holder_key(moved) not in held else None)
        out.append(t)
    return out


# the posts that serve a head of state or of government (his envoy, adviser, spokesman)
_HEAD_SERVANTS = frozenset({"envoy", "adviser", "spokesperson"})


def _head_serves_no_one(tenures: list[Tenure]) -> list[Tenure]:
    """A head of state or of government is no envoy, adviser or spokesman of his own
    state: "the special envoy of the Russian President, X," gives the name after the
    comma to the whole title, but where X is the state's president in the article the
    name is the principal's, and the servant's post goes."""
    heads = {
        (t.person, t.country)
        for t in tenures
        if t.role in ("head_of_state", "head_of_government") and t.country and t.status == "current"
    }
    if not heads:
        return tenures
    return [
        t
        for t in tenures
        if not (
            t.role in _HEAD_SERVANTS and t.status == "current" and (t.person, t.country) in heads
        )
    ]


def _state_role(t: Tenure) -> Tenure:
    """The tenure with the role its title means in its state (``role_in`` of posts.jsonl);
    a service's chief in a state that titles its service chiefs Chief of the (Army, Naval,
    Air) Staff is its chief of staff (Indian Navy Chief, Chief of the Bangladesh Navy)."""
    title = " ".join(m.text for m in t.mentions)
    role = lexicon.role_in_state(title, t.role, t.country)
    if all(staff_chief_role(m.text, role, t.country) != role for m in t.mentions):
        role = "chief_of_staff"
    if role == t.role:
        return t
    return replace(t, role=role)  # in the same organization (India's MEA)


# the suffixes of a state a person's own record gives (the gazetteer's, a reign's), as
# good as one his title states
_KNOWN_STATES = ("+gazetteer", "+monarch")


def _inherited(t: Tenure) -> bool:
    """Was the tenure's state given only by the context (a list, the text, the outlet), in
    every mention, and not by its title?"""
    return all("+" in m.rule and not m.rule.endswith(_KNOWN_STATES) for m in t.mentions)


_THE_MISSION = re.compile(r"(?:^|\s)(?:[وبل]?ال|لل)بعث[ةه](?=\s|$|[،,])")
_A_MISSION = re.compile(r"بعث[ةه]\s+([^،,.:;()\n]{3,60})")


def _mission_named_before(text: str, begin: int, name_begin: int) -> str | None:
    """The body whose mission the article named before a title that says only "the
    mission" (نائبة رئيسة البعثة X, after بعثة الأمم المتحدة للدعم في ليبيا): that
    body's id, or None.

    >>> t = "رحبت بعثة الأمم المتحدة بالاتفاق. وقال نائب رئيس البعثة سامي حداد"
    >>> _mission_named_before(t, t.index("نائب"), t.index("سامي"))
    'un'
    >>> t = "وقال نائب رئيس البعثة سامي حداد"
    >>> _mission_named_before(t, t.index("نائب"), t.index("سامي")) is None
    True
    """
    if name_begin <= begin or not _THE_MISSION.search(text[begin:name_begin]):
        return None
    found = None
    for m in _A_MISSION.finditer(text, max(0, begin - 3000), begin):
        found = context.international_body(m.group(1), lang="ar")  # the last mission named
    return found


@cache
def _deputy_links() -> tuple[tuple[str, ...], ...]:
    """The ``deputy_links`` of both languages' rules, folded word by word, longest first."""
    return tuple(
        sorted(rule_phrases("en", "deputy_links") + rule_phrases("ar", "deputy_links"), key=len)[
            ::-1
        ]
    )


def _deputy_gap(gap: str) -> bool:
    """Is ``gap`` only commas and the words that may stand between a body's officer and
    his deputy's title (and, his, accompanied by; و, برفقة: ``deputy_links``)?"""
    if not re.fullmatch(r"[\w\s,،]*", gap):
        return False
    words = [
        inner_key(normalize_ar(w)) if is_arabic(w) else w.lower() for w in re.findall(r"\w+", gap)
    ]
    i = 0
    while i < len(words):
        step = next((len(p) for p in _deputy_links() if tuple(words[i : i + len(p)]) == p), 0)
        if not step:
            return False
        i += step
    return True


def _deputy_next(text: str, prev: tuple, f) -> bool:
    """Is finding ``f`` a deputy's post (Deputy Secretary-General Y, his deputy Y, ونائبه
    Y) named right after the body's post ``prev`` (its end, body and title), only "and" or
    a comma between, and of the same title (the Secretary-General's deputy; not an
    Assistant Commissioner of Police after him)?"""
    end, _body, title = prev
    if not _deputy_gap(text[end : f.begin]):
        return False
    if f.rule.split("+")[0] in ("en.deputy", "ar.deputy"):
        return True
    words = [_title_word(w) for w in _title_text(text, f).lower().replace("-", " ").split()]
    if not words or not (words[0] in _deputy_words("en") or words[0] in _deputy_words("ar")):
        return False
    # the two words after the deputy's (Secretary General, not Ms.) in the officer's title
    # (نائبة الممثل الخاص after الممثلة الخاصة للأمين العام: a man's and a woman's alike)
    rest = [w for w in words[1:] if w.isalpha()][:2]
    theirs = " ".join(_title_word(w) for w in title.lower().replace("-", " ").split())
    return len(rest) == 2 and " ".join(rest) in theirs


def _title_word(w: str) -> str:
    """A word of a title as two titles are compared: Arabic folded, with no article and no
    feminine ending (الممثلة, ممثل); English as it is."""
    if not is_arabic(w):
        return w
    k = inner_key(normalize_ar(w))
    return k[:-1] if len(k) > 3 and k.endswith("ه") else k


@cache
def _deputy_words(lang: str) -> frozenset[str]:
    """The words that open a deputy's title (Deputy, Vice, Assistant; نائب, مساعد)."""
    return rule_words(lang)["deputy_words" if lang == "en" else "deputy_heads"]


def _international(t: Tenure) -> bool:
    return bool(t.org) and t.org.startswith(INTERNATIONAL)


def international_org(body: str) -> Organization:
    """The Organization of an international body of data/lexicon/international.jsonl.

    >>> international_org("un").label_en, international_org("un").kind
    ('United Nations', 'international')
    """
    e = _bodies()[body]
    return Organization(id=body, label_en=e["en"], label_ar=e["ar"], kind="international")


@cache
def _bodies() -> dict[str, dict]:
    return {e["id"]: e for e in lexicon.load_jsonl("international.jsonl")}


@cache
def _body_heads() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(head noun, forms) of every international body whose name opens with a common
    noun (صندوق النقد الدولي: صندوق; the International Monetary Fund: fund): the noun by
    which a story names the body again (الصندوق, the Fund)."""
    heads: dict[str, set[str]] = {}
    for e in lexicon.load_jsonl("international.jsonl"):
        for form in e.get("forms_ar", []):
            words = normalize_ar(form).split()
            if len(words) >= 2:
                head = words[0].removeprefix("ال")
                heads.setdefault(head, set()).add(e["id"] + "|" + normalize_ar(form))
        for form in e.get("forms_en", []):
            words = form.lower().split()
            if len(words) >= 2 and words[-1] in _EN_BODY_NOUNS:
                heads.setdefault(words[-1], set()).add(e["id"] + "|" + form.lower())
    return tuple((h, tuple(sorted(v))) for h, v in sorted(heads.items()))


# the nouns a story names an international body again by (الصندوق, the Fund)
_EN_BODY_NOUNS = rule_words("en")["body_head_nouns"]
_AR_BODY_NOUNS = rule_words("ar")["body_head_nouns"]


def _body_named_before(text: str, begin: int, title: str) -> str | None:
    """The international body a title names by its head noun alone (بعثة الصندوق, الممثل
    الإقليمي للمنظمة, the Fund's mission chief, Director of the Bank), when the story named
    one body of that noun, in full, before ``begin``: its id, else None."""
    if is_arabic(title):
        words = normalize_ar(re.sub(r"[^\w\s]", " ", title)).split()
        nouns = set()
        for n, w in enumerate(words):
            nxt = words[n + 1] if n + 1 < len(words) else ""
            if nxt.startswith(("ال", "لل")) and nxt not in ("الي", "الى"):
                continue  # البنك المركزي, المنظمة العربية للتنمية: another body, qualified
            for pre in ("لل", "بال", "وال", "ال"):
                if w.startswith(pre) and inner_key(w[len(pre) :]) in _AR_BODY_NOUNS:
                    nouns.add(w[len(pre) :])
    else:
        low = title.lower()
        nouns = {n for n in _EN_BODY_NOUNS if re.search(rf"\bthe {n}\b", low)}
    if not nouns:
        return None
    before = normalize_ar(text[:begin]) if is_arabic(title) else text[:begin].lower()
    found: set[str] = set()
    covered: list[tuple[int, int]] = []
    for head, forms in _body_heads():
        if head not in nouns:
            continue
        for entry in forms:
            body, form = entry.split("|", 1)
            for m in re.finditer(re.escape(form), before):
                found.add(body)
                covered.append((m.start(), m.end()))
    if len(found) != 1:
        return None
    # another body of the same noun named before (the Bank of Ghana, الصندوق الكويتي
    # للتنمية): the noun alone may be its, not the international one's
    for noun in nouns:
        arabic = is_arabic(noun)
        pattern = rf"(?<!\w)(?:\w{{0,3}}){noun}(?!\w)" if arabic else rf"\b{noun}\b"
        for m in re.finditer(pattern, before):
            if any(a < m.end() <= b for a, b in covered):
                continue
            # (the noun alone again, الصندوق. or بعثة الصندوق إلى, "the Bank,", is the
            # body's anaphor; qualified or named, الصندوق الكويتي, Bank of Ghana, is another)
            nxt = re.match(r"\s*([\w']+)?(\s+\w)?", before[m.end() :])
            word = nxt.group(1) if nxt else None
            if arabic:
                if word and inner_key(word) not in _AR_AFTER_ANAPHOR:
                    return None
            else:
                original = text[m.start() : m.end() + 30]
                prev = text[max(0, m.start() - 20) : m.start()].split()
                if re.match(rf"(?i){noun}\s+of\s+[A-Z]", original) or (
                    prev and prev[-1][:1].isupper() and prev[-1].lower() != "the"
                ):
                    return None
    return found.pop()


# the words after a body's bare noun that leave it the anaphor of the body named before
_AR_AFTER_ANAPHOR = rule_words("ar")["after_body_anaphor"]


def _same_ministry(kept: list[Tenure], text: str) -> list[Tenure]:
    """A post of a named ministry (وزير الحرس الوطني) with no state, when the article's
    other posts of that ministry are all one state's and none is this post: that state
    (the minister of the ministry whose deputy is Saudi; the foreign ministry's spokesman
    of the one foreign minister the story names). Two foreign ministers are often of two
    states, so a post the other holds gives nothing."""
    states: dict[str, set[str]] = {}
    roles: dict[str, set[str]] = {}
    # (a named ministry's minister of no state, the host's in a guest's story, may be of
    # another state than the one minister stated: then his ministry's servants are open)
    open_ = {t.org for t in kept if t.country is None and t.role in _MINISTERS_OF}
    # (nor the sentences of its stated holders: a host's deputy who receives the guest's
    # minister, واستقبل نائب وزير الدفاع X وزير الدفاع العراقي Y, is of the host's state)
    beside = {
        (t.org, _sentence_bounds(text, m.begin))
        for t in kept
        if t.country and t.org in _NAMED_MINISTRIES
        for m in t.mentions
    }
    # (nor after a minister whose title says his nationality, a guest's in a story told
    # elsewhere: Qatari Foreign Minister X arrived in Kabul; the spokesman is the host's.
    # An outlet names its own minister with none: his state the gazetteer's or the home's)
    foreign = {
        t.org
        for t in kept
        if t.country
        and t.org in _NAMED_MINISTRIES
        and t.role in _MINISTERS_OF
        # (a bare title told again, الوزير, carries its antecedent's state: no nationality)
        and any("+" not in m.rule and m.rule != "ar.title_alias" for m in t.mentions)
    }
    for t in kept:
        if t.country and t.org and (t.org.startswith("ministry-") or t.org in _NAMED_MINISTRIES):
            states.setdefault(t.org, set()).add(t.country)
            roles.setdefault(t.org, set()).add(t.role)
    return [
        _placed(t, next(iter(states[t.org])), "colleague")
        if t.country is None
        and t.org in states
        and len(states[t.org]) == 1
        and t.role not in roles[t.org]
        # (of the four named ministries, only a post that serves the minister: his
        # spokesman, deputy, adviser, a director; not another state's minister)
        and (
            t.org not in _NAMED_MINISTRIES
            or (
                t.role in _MINISTRY_SERVANTS
                and t.org not in open_
                and t.org not in foreign
                and not any((t.org, _sentence_bounds(text, m.begin)) in beside for m in t.mentions)
                # (nor in a sentence naming another state: the visitor's minister, then
                # "Foreign Ministry spokesperson Y said China welcomed the visit")
                and not any(
                    _names_other_state(text[slice(*_sentence_bounds(text, m.begin))], states[t.org])
                    for m in t.mentions
                )
            )
        )
        else t
        for t in kept
    ]


# the ministries every state has, by their template (organizations.jsonl)
# (and the presidency, whose head is the head of state: its spokesman, its advisers)
_NAMED_MINISTRIES = frozenset({"mfa", "mod", "moi", "mof", "presidency"})
_MINISTERS_OF = frozenset(
    {"foreign_minister", "defence_minister", "interior_minister", "finance_minister"}
    | {"head_of_state"}
)
_MINISTRY_SERVANTS = frozenset(
    {"spokesperson", "deputy_minister", "adviser", "director_general", "official"}
)


def _with_orgs(kept: list[Tenure]) -> tuple[list[Tenure], dict, dict]:
    """The tenures with their organization's id, and the organizations and states they
    name (the chain of a ministry up to its state)."""
    orgs: dict[str, Organization] = {}
    countries: dict[str, Country] = {}
    final: list[Tenure] = []
    for t in kept:
        org_id = None
        if _international(t):
            body = international_org(t.org[len(INTERNATIONAL) :])
            orgs.setdefault(body.id, body)
            org_id = body.id
        elif t.country:
            countries[t.country] = country_for(t.country)
            if t.org:
                chain = org_for(t.org, t.country)
                for o in chain:
                    orgs.setdefault(o.id, o)
                org_id = chain[-1].id
        final.append(Tenure(**{**t.__dict__, "org": org_id}))
    return final, orgs, countries


def _visiting(found, *, held: bool = False) -> dict[str, str]:
    """The state each visitor of ``found``'s placed visits (held ones only, with
    ``held``) goes to, by person id; a visit's hosts are no visitors."""
    where = {p.id: p.country for p in found.places}
    out: dict[str, str] = {}
    for e in found.events:
        if e.type == "visit" and where.get(e.place) and (e.status == "held" or not held):
            for a in e.actors:
                if a not in e.hosts:
                    out[a] = where[e.place]
    return out


def _visitors_abroad(kept: list[Tenure], found, outlet: str | None) -> list[Tenure]:
    """A visitor is not of the state he visits: a post whose state only the article's
    context gave (its places, dateline, other posts), held by someone who visits that
    state, takes the state of the outlet, when it is another (a minister received at a
    Kuwaiti palace, in a Saudi paper, is Saudi; one who arrives in Aden in a paper of no
    known state may be coming home). ``kept`` itself when nothing moves."""
    if outlet is None:
        return kept
    visiting = _visiting(found)
    moved = list(kept)
    for n, t in enumerate(kept):
        if (
            t.country is None
            and visiting.get(t.person) not in (None, outlet)
            and t.role in STATE_ROLES
            and t.status == "current"
            and not _international(t)
        ):
            # "Foreign Minister X ... is in Kabul on his visit", in a paper of another
            # state, with no state said: the paper's own official abroad
            mentions = tuple(replace(m, rule=m.rule + "+visitor") for m in t.mentions)
            moved[n] = replace(t, country=outlet, mentions=mentions)
            continue
        if t.country is None or visiting.get(t.person) != t.country:
            continue
        if not context_only(t):
            continue  # (a state the outlet gave is the outlet's: nothing to move)
        if t.country == outlet:
            continue
        mentions = tuple(replace(m, rule=m.rule + "+visitor") for m in t.mentions)
        moved[n] = replace(t, country=outlet, mentions=mentions)
    return moved if moved != kept else kept


def _met_by_visitor(
    kept: list[Tenure], found, why: str, *, outlet_only: bool = False
) -> list[Tenure]:
    """Who meets a visitor in the state he visits serves that state: a post with no state,
    or one only the article's context gave (its one stated state, its text's, its
    dateline's: the visitor's own), held by one who meets, in a place of state V, a visitor of
    another state who is on a visit to V (وزير الزراعة X يلتقي وزير الزراعة التركي Y،
    الذي يزور بغداد), is V's (rule suffix ``why``, ar+visited). ``outlet_only``: only a
    post whose state the outlet gave moves (en+visited). ``kept`` itself when nothing
    moves."""
    where = {p.id: p.country for p in found.places}
    visiting = _visiting(found, held=True)
    # (an envoy "visits" the state he is posted to: no guest of its officials)
    envoys = {t.person for t in kept if t.role in _ABROAD}
    visiting = {a: v for a, v in visiting.items() if a not in envoys}
    if not visiting:
        return kept
    stated = {
        (t.person, t.country)
        for t in kept
        if t.country and not context_only(t) and t.status == "current"
    }
    met_in: dict[str, str] = {}
    # the states of the guests each one met: his own, given by the context, makes him
    # their compatriot, no host (the UAE's paper: its president with its crown prince)
    guest_states: dict[str, set[str]] = {}
    own = {t.person: t.country for t in kept if t.country and not context_only(t)}
    for e in found.events:
        v = where.get(e.place)
        if e.type != "meeting" or e.status != "held" or not v:
            continue
        guests = {a for a in e.actors if visiting.get(a) == v}
        if outlet_only and any(own.get(a) not in (None, v) for a in e.actors if a not in guests):
            continue  # (a third state's delegation there too: a gathering, no host's side)
        for a in e.actors:
            if a not in guests and guests:
                met_in.setdefault(a, v)
                guest_states.setdefault(a, set()).update(own[g] for g in guests if g in own)
    moved = list(kept)
    for n, t in enumerate(kept):
        if (
            t.person in met_in
            and t.country != met_in[t.person]
            and (t.country is None or context_only(t))
            and (not outlet_only or _by_outlet(t))
            and not (outlet_only and t.country in guest_states.get(t.person, ()))
            and t.status == "current"
            and not _international(t)
            and (t.person, t.country) not in stated
            and t.role not in _ABROAD
        ):
            t = _unplaced(t)
            moved[n] = _placed(t, met_in[t.person], why)
    if moved == kept:
        return kept
    return list({(t.person, t.role, t.country, t.status): t for t in moved}.values())


def _by_outlet(t: Tenure) -> bool:
    """Was the tenure's state given by its outlet's address alone, in every mention?"""
    return bool(t.mentions) and all(m.rule.endswith("+outlet") for m in t.mentions)


def _own_state_over_context(kept: list[Tenure]) -> list[Tenure]:
    """One person serves one state: a post whose state only the article's context gave
    (its dateline, outlet or places), held by someone whose other posts give him one
    other state of their own ("his Indian counterpart General X" and, under a Canberra
    dateline, "Chief of Army Staff General X"), is of that state. ``kept`` itself when
    nothing moves."""
    own = _own_states([t for t in kept if t.status == "current"])
    held = {(t.role, t.country) for t in kept if t.status == "current" and t.country}
    moved = [
        _placed(_unplaced(t), next(iter(own[t.person])), "person")
        if len(own.get(t.person, ())) == 1
        and t.country is not None
        and t.country not in own[t.person]
        and context_only(t)
        and not _international(t)
        # (not a second holder of a post a state has one of)
        and not (t.role in _ONE_HOLDER and (t.role, next(iter(own[t.person]))) in held)
        else t
        for t in kept
    ]
    if moved == kept:
        return kept
    return list({(t.person, t.role, t.country, t.status): t for t in moved}.values())


def _adjective_before(text: str, begin: int, code: str) -> bool:
    """Does state ``code``'s nationality adjective (either language) stand in the 40
    characters before ``begin``, in its sentence (the Qatari side, X; الجانب القطري X)?"""
    c = lexicon.country_by_code(code)
    if c is None:
        return False
    window = text[max(0, begin - 40) : begin]
    window = window[max(window.rfind(x) for x in (".", "\n", "؟", "!")) + 1 :]
    return any(
        re.search(rf"(?<!\w)(?:ال)?{re.escape(w)}(?!\w)", window) for w in (*c.adj_en, *c.adj_ar)
    )


def _fellow_visitors(kept: list[Tenure], found, text: str) -> list[Tenure]:
    """Those who come on one visit are of one side: on a visit held in a known state,
    when the visitors whose posts give them a state other than the visited one all have
    the same state, a fellow visitor whose post has no state (or only the context's, and
    none abroad or in an international body) is of it ("The delegation includes X,
    Minister of Foreign Affairs": the visiting president's minister), unless the context
    made it the visited state's, or the visited state's adjective stands just before
    him. ``kept`` itself when nothing moves."""
    where = {p.id: p.country for p in found.places}
    own = _own_states(kept)
    # (one who receives a guest is a host, though the visit's event names him too)
    hosting = {h for e in found.events if e.type == "meeting" for h in e.hosts}
    side: dict[str, tuple[str, str]] = {}
    for e in found.events:
        visited = where.get(e.place)
        if e.type != "visit" or e.status != "held" or not visited:
            continue
        visitors = [a for a in e.actors if a not in e.hosts]
        states = set().union(*(own.get(a, set()) for a in visitors)) - {visited}
        if len(states) != 1 or any(own.get(a) == {visited} for a in e.hosts):
            continue
        (state,) = states
        for a in visitors:
            if not own.get(a) and a not in hosting:
                side[a] = (state, visited)
    if not side:
        return kept
    moved = []
    for t in kept:
        if (
            t.person in side
            and t.role not in _ABROAD
            and not _international(t)
            # (a state the context gave is kept when it is the visited one: the hosts'
            # own who joined the guest on his tour)
            and (t.country is None or (context_only(t) and t.country != side[t.person][1]))
            # ("On behalf of the Qatari side, X signed": one after the visited state's
            # adjective may be its own)
            and not any(_adjective_before(text, m.begin, side[t.person][1]) for m in t.mentions)
        ):
            t = _unplaced(t)
            t = _placed(t, side[t.person][0], "fellow")
        moved.append(t)
    return moved if moved != kept else kept


_RETURN = re.compile(
    r"(?:returning from|returned from|back from|arrived back|back home|on his return|"
    r"on her return|عائدا من|عائدة من|عائدين من|بعد زيارة|في طريق عودته|لدى عودته)",
    re.IGNORECASE,
)


def _sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """Where the sentence of ``text`` around character ``at`` begins and ends."""
    lo = max(text.rfind(x, 0, at) for x in (".", "\n", "؟", "!"))
    his = [i for i in (text.find(x, at) for x in (".", "\n", "؟", "!")) if i >= 0]
    return lo + 1, min(his) if his else len(text)


def _sentence_around(text: str, at: int) -> str:
    """The sentence of ``text`` around character ``at``."""
    lo, hi = _sentence_bounds(text, at)
    return text[lo:hi]


def _hosts_at_home(kept: list[Tenure], found, text: str) -> list[Tenure]:
    """The one a visitor meets is of the visited state: in a meeting of two, held in the
    state of the visit last told before it (or at no place told), one side a visitor of
    another state, the other's posts with no state but the context's (and none abroad or in
    an international body) are the visited state's (كان في استقباله لدى وصوله X وزير
    الطاقة). One who arrived in that state himself (not on his way home) and then receives
    a guest there, other than an ambassador, is no host at home. ``kept`` itself when
    nothing moves."""
    where = {p.id: p.country for p in found.places}
    venues = {p.id for p in found.places if p.kind == "venue"}
    visits = sorted(
        (e.mentions[0].begin, a, where[e.place])
        for e in found.events
        if e.type == "visit" and e.status == "held" and e.mentions and where.get(e.place)
        for a in e.actors
    )
    own = _own_states(kept)
    placed: dict[str, set] = {}
    for t in kept:
        if t.country and t.status == "current":
            placed.setdefault(t.person, set()).add(t.country)
    host_of: dict[str, str] = {}
    arrivals = [
        (e.mentions[0].begin, a, where[e.place])
        for e in found.events
        if e.type == "visit"
        and e.status == "held"
        and e.mentions
        and where.get(e.place)
        # (arrived in Beirut, returning from Paris: back home, no visit abroad)
        and not _RETURN.search(_sentence_around(text, e.mentions[0].begin))
        for a in e.actors
        if a not in e.hosts
    ]
    envoys = {t.person for t in kept if t.role in _ABROAD}
    for e in found.events:
        if e.type != "meeting" or e.status != "held" or len(e.actors) != 2 or not e.mentions:
            continue
        for a, b in (e.actors, e.actors[::-1]):
            if a not in envoys and any(
                p == b and c == where.get(e.place) and at < e.mentions[0].begin
                for at, p, c in arrivals
            ):
                # (one who arrived there, then received a guest, is no host at home; but
                # an ambassador is received at home)
                continue
            told = [(at, c) for at, p, c in visits if p == a and at <= e.mentions[0].begin]
            # (a tour of several states told at once: which one, the meeting's own place
            # says, or nothing)
            last = {c for at, c in told if at == told[-1][0]} if told else set()
            if len(last) > 1 and where.get(e.place) in last:
                last = {where[e.place]}
            s = next(iter(last)) if len(last) == 1 else None
            # (the visitor's state may be the context's, an outlet's own minister abroad;
            # not on a visit to a summit, where those he meets may be fellow guests)
            at = told[-1][0] if told else None
            mine = own.get(a) or (
                placed.get(a)
                if at is not None and not _MULTILATERAL.search(_sentence_around(text, at))
                else None
            )
            if s and mine and s not in mine and not own.get(b) and where.get(e.place, s) == s:
                host_of[b] = s
            elif (
                # X received the Dutch ambassador in Aden: the host, of no state of his
                # own, is of the state where he received a guest of another
                where.get(e.place)
                and b in e.hosts
                and a not in e.hosts
                and own.get(a)
                and where[e.place] not in own[a]
                and not own.get(b)
            ):
                host_of[b] = where[e.place]
            elif (
                # استقبل الرئيس بقصر قرطاج X كاتب الدولة: one received at a palace of the
                # host's own state, with no state said, is of that state
                e.place in venues
                and a in e.hosts
                and b not in e.hosts
                and own.get(a) == {where[e.place]}
                and not own.get(b)
            ):
                host_of[b] = where[e.place]
    if not host_of:
        return kept
    moved = [
        _placed(_unplaced(t), host_of[t.person], "visitor")
        if t.person in host_of
        and t.role not in _ABROAD
        and not _international(t)
        and (t.country is None or context_only(t))
        else t
        for t in kept
    ]
    return moved if moved != kept else kept


# a visit for a gathering of several states: those met there may be fellow guests
_MULTILATERAL = re.compile(
    r"\b(?:summit|conference|forum|assembly|congress|ministerial|multilateral)\b|"
    r"(?:قمة|القمة|مؤتمر|المؤتمر|منتدى|المنتدى)",
    re.IGNORECASE,
)

_TRAVEL = re.compile(
    r"(?:returned from|returning from|arrived from|coming from|visiting|on a visit to|"
    r"العائد من|العائدة من|عائدا من|عائدة من|قادما من|قادمة من|يزور|تزور|في زيارة إلى|"
    r"في زيارة ل|خلال زيارته|خلال زيارتها)",
    re.IGNORECASE,
)


def _travel_named(text: str, code: str) -> bool:
    """Does the text name state ``code`` (or a place of it) right after a word of
    travel (returned from B, who is visiting B, العائدة من B, الذي يزور B)?"""
    c = lexicon.country_by_code(code)
    names = [n for n in ((c.ar, *c.alt_ar, c.en, *c.alt_en) if c else ()) if n]
    names += list(_place_names(code))
    for m in _TRAVEL.finditer(text):
        window = text[m.end() : m.end() + 40]
        if any(n in window for n in names):
            return True
    return False


def _hosts_side(kept: list[Tenure], found, text: str) -> list[Tenure]:
    """Those who attend a meeting an official of one state holds (استقبل رئيس الحكومة
    التونسية X ... وحضر الاستقبال Y وزير التربية; "The meeting was attended by Minister Y")
    with no state of their own, and not told as visitors, are of the host's state, when no
    one at the meeting is of another state, or every such guest was named before the word
    of attendance that opens their list (استقبل X الضيف Y. وحضر اللقاء Z: else they may be
    of either side), and their list names no side (ومن الجانب السعودي, "on the Kenyan side")
    and is no companion's (يرافقه, "accompanied by"). ``kept`` itself when nothing moves."""
    states: dict[str, set] = {}
    for t in kept:
        if t.country and t.status == "current" and t.role not in _ABROAD and not _international(t):
            states.setdefault(t.person, set()).add(t.country)
    travellers = {a for e in found.events if e.type == "visit" for a in e.actors}
    told_at: dict[str, int] = {}
    for t in kept:
        for m in t.mentions:
            told_at[t.person] = min(told_at.get(t.person, m.begin), m.begin)
    side: dict[str, str] = {}
    for e in found.events:
        if e.type != "meeting" or e.status != "held" or not e.hosts:
            continue
        host_states = set().union(*(states.get(h, set()) for h in e.hosts))
        if len(host_states) != 1:
            continue
        guests = [a for a in e.actors if states.get(a, host_states) != host_states]
        for a in e.actors:
            if a in e.hosts or a in travellers or states.get(a):
                continue
            if guests:
                # (with a guest of another state, only an Arabic sentence of attendance of
                # its own, told after every guest, is the host's side: استقبل X الضيف Y.
                # وحضر اللقاء Z; not "بحضور Z" in the guest's sentence, nor an envoy)
                cue = _attendance_before(text, told_at.get(a, 0))
                if (
                    not is_arabic(text[told_at.get(a, 0) : told_at.get(a, 0) + 20])
                    or cue is None
                    or any(told_at.get(g, len(text)) > cue.start() for g in guests)
                    or not _opens_sentence(text, cue.start())
                    or any(t.org == "embassy" for t in kept if t.person == a)
                ):
                    continue
            side.setdefault(a, next(iter(host_states)))
    if not side:
        return kept
    moved = [
        _placed(t, side[t.person], "receiver")
        if t.person in side
        and t.country is None
        and t.status == "current"
        and t.role not in _ABROAD
        and not _international(t)
        and t.mentions
        and all(_attending_unsided(text, m.begin) for m in t.mentions)
        else t
        for t in kept
    ]
    return moved if moved != kept else kept


def _attending_unsided(text: str, begin: int) -> bool:
    """Is ``begin`` in a list of attendance, with no side named between the word of
    attendance and it (حضر اللقاء من الجانب السعودي X: the side's, not the host's)?"""
    last = _attendance_before(text, begin)
    if last is None or any(w in last.group().lower() for w in _COMPANION_STEMS):
        return False  # (يرافقه, "accompanied by": the party of whoever came, not the host's)
    between = text[last.end() : begin]
    return not any(w in between for w in _SIDE_WORDS)


_SIDE_WORDS = ("الجانب", "side", "delegation", "وفد")
_COMPANION_STEMS = ("رافق", "رفقة", "accompan", "company", "along", "together", "joined")
# The words that open whom a holder meets right after his name (X وفدا من الاتحاد الأوروبي,
# X مع بعثة من البنك الدولي): a body named after them is theirs, not his.
_MET_OPENERS = frozenset(
    ("وفد", "وفدا", "بوفد", "بعثة", "فريق", "فريقا", "مع", "من", "عن", "إلى", "الى", "في", "ممثلي")
    + ("إن", "أن", "ان")  # (X إن الاتحاد الأوروبي سيقدم: what he said of it)
)


def _opens_another(word: str) -> bool:
    """Does the word right after a holder's name open whom he met or what he said (وفدا,
    مع, إن) or another person's title (سفير الاتحاد الأوروبي Y, رئيس بعثة الأمم المتحدة Y)?"""
    return word in _MET_OPENERS or inner_key(normalize_ar(word)) in arabic_index().heads


def _accompanies(text: str, begin: int) -> bool:
    """Is the mention at ``begin`` one who goes with another (accompanied by the Malian
    Ambassador Y, برفقة سفير مالي Y; برفقة X، وسفير لبنان Y): a word of company in the 120
    characters before it, every comma between opening the next item of its list with
    "and" (و) (not "X, joined by his deputy, received Y")?"""
    before = text[max(0, begin - 120) : begin].lower()
    at = max(before.rfind(w) for w in _COMPANION_STEMS)
    if at < 0 or ";" in before[at:] or "؛" in before[at:]:
        return False
    return all(
        re.match(r"\s*(?:and\b|و|$)", before[at + m.end() :])  # (or the mention's own و)
        for m in re.finditer(r"[,،]", before[at:])
    )


_COPIES = re.compile(r"\bcop(?:y|ies)\b|نسخ", re.IGNORECASE)


def _credentials_presented(kept: list[Tenure], found, text: str) -> list[Tenure]:
    """An ambassador-designate who presented his credentials to a head of state
    (Austria's Ambassador-designate X has presented her credentials to President Y; قدم
    سفير النمسا المعين X أوراق اعتماده إلى الرئيس) is the ambassador: the ceremony makes
    him one (not copies of them handed to a minister). ``kept`` itself when nothing moves.
    O(events x mentions)."""
    heads = {t.person for t in kept if t.role == "head_of_state" and t.status == "current"}
    if not heads:
        return kept
    presented: set[str] = set()
    for e in found.events:
        if e.status != "held" or not heads & set(e.actors):
            continue
        marks = [m for m in e.mentions if "credentials" in m.rule]
        if marks and not any(
            _COPIES.search(text[max(0, m.begin - 80) : m.end + 80]) for m in marks
        ):
            presented |= set(e.actors) - heads
    if not presented:
        return kept
    return [
        replace(
            t,
            status="current",
            mentions=tuple(replace(m, rule=m.rule + "+credentials") for m in t.mentions),
        )
        if t.person in presented and t.role == "ambassador" and t.status == "designate"
        else t
        for t in kept
    ]


def _countered(tenures: list[Tenure]) -> dict[tuple[str, str], set[str]]:
    """The states of the counterparts of each (person, role) (X ... his Qatari
    counterpart Y: Qatar's for X's post), from the current counterparts named right after
    the post, in the same post."""
    cps = [
        (m.begin, t.country, t.role)
        for t in tenures
        for m in t.mentions
        if "counterpart" in m.rule and t.country and t.status == "current"
    ]
    out: dict[tuple[str, str], set[str]] = {}
    for t in tenures:
        for m in t.mentions:
            for b, c, r in cps:
                if r == t.role and 0 <= b - m.end <= 200:
                    out.setdefault((t.person, t.role), set()).add(c)
    return out


def _bilateral_partner(kept: list[Tenure], found, text: str, doc=None) -> list[Tenure]:
    """The official an envoy of state A meets, or calls, is of the other state of a
    bilateral article: when the article's sentences name just one state besides A (its
    topics left out), an official in that event with no state of his own is of that state
    (وزير الزراعة X استقبل سفير الصين Y ... مساعدة لبنان; Foreign Minister X met the Kenyan
    ambassador Y ... cooperation between Norway and Kenya). An English story's ``doc``
    lets its cities and regions say the envoy is at home. ``kept`` itself when nothing
    moves."""
    envoys = {
        t.person: t.country
        for t in kept
        if t.country
        and t.role == "ambassador"
        and t.status == "current"
        # (accompanied by the Malian Ambassador to Spain Y: he goes with the official, of
        # the envoy's side, not the other)
        and not any(_accompanies(text, m.begin) for m in t.mentions)
    }
    if not envoys:
        return kept
    named = set(found.named_states)
    own = _own_states(kept)
    countered: dict[str, set[str]] = {}
    for (person, _role), states in _countered(kept).items():
        countered.setdefault(person, set()).update(states)
    partner: dict[str, str] = {}
    travellers = {a for e in found.events if e.type == "visit" for a in e.actors}
    where = {p.id: p.country for p in found.places}
    places = None  # the English story's cities' and regions' states, read when asked
    # (one who receives the Japanese envoy and then the French is of neither state; an
    # envoy only named, of the partner abroad, counts for nothing)
    envoy_states = {
        envoys[a]
        for e in found.events
        if e.type in ("meeting", "phone_call")
        for a in e.actors
        if a in envoys
    }
    for e in found.events:
        if e.type not in ("meeting", "phone_call") or e.status != "held":
            continue
        sides = {envoys[a] for a in e.actors if a in envoys}
        if len(sides) != 1 or any(a in envoys for a in e.hosts):
            continue  # (an ambassador who receives: often a minister of his own state)
        other = named - sides
        if len(other) != 1:
            continue
        b = next(iter(other))
        if b in envoy_states:
            continue  # (B's own envoy is met too: the official is of neither)
        if e.place and where.get(e.place) in sides:
            continue  # (met in the envoy's own capital: consultations at home)
        if doc is not None and places is None:
            # (read once, and only for a story whose envoy meets someone: the cities and
            # regions it names)
            from kg.extract import english

            places = english.place_states(doc, 0, len(text))
        if places and sides & places and b not in places:
            # (the article's cities and regions of the envoy's own state, none of B's: a
            # newly appointed envoy calls on his own governor before leaving for B)
            continue
        if _travel_named(text, b):
            continue  # (who had just returned from B, who is visiting B: not B's)
        for a in e.actors:
            if a not in envoys and not own.get(a) and a not in travellers:
                if b not in countered.get(a, ()):
                    partner[a] = b  # (not the state of one he met as his counterpart)
    if not partner:
        return kept
    moved = [
        _placed(t, partner[t.person], "partner")
        if t.person in partner
        and t.role not in _ABROAD
        and not _international(t)
        and t.country is None
        else t
        for t in kept
    ]
    return moved if moved != kept else kept


def _unplaced(t: Tenure) -> Tenure:
    """``t`` with no state, nor the context's suffix in its evidence."""
    if t.country is None:
        return t
    mentions = tuple(replace(m, rule=m.rule.rsplit("+", 1)[0]) for m in t.mentions)
    return replace(t, country=None, mentions=mentions)


def _title_text(text: str, f) -> str:
    """The words of a finding's title: before its name, or after it (name_title)."""
    return text[f.begin : f.name_begin] if f.name_begin > f.begin else text[f.name_end : f.end]


def _own_states(kept: list[Tenure]) -> dict[str, set]:
    """Each person's states that a post itself gave, not the article's context."""
    own: dict[str, set] = {}
    for t in kept:
        if t.country and not context_only(t):
            own.setdefault(t.person, set()).add(t.country)
    return own


# posts that serve another's office: their state is their principal's
_SERVING = {"spokesperson", "adviser", "envoy", "director_general", "official"}
# whose staff they are: the posts a state has one holder of at a time (a leader's, or a
# minister's: مستشار وزير الخارجية X serves the one such minister's state)
_PRINCIPALS = frozenset(_ONE_HOLDER)


@cache
def _principal_forms() -> tuple[tuple[str, str], ...]:
    """(folded title, role) of every principal's title of posts.jsonl (a leader's, or a
    minister's of one of the four portfolios), longest first."""
    out = set()
    for row in lexicon.load_jsonl("posts.jsonl"):
        if row.get("role") in _PRINCIPALS and not row.get("state"):
            out |= {(" " + normalize_ar(f) + " ", row["role"]) for f in row.get("ar", ())}
            out |= {(" " + normalize_en(f) + " ", row["role"]) for f in row.get("en", ())}
    # ... and their offices (مدير ديوان رئاسة الجمهورية X: the president's)
    for lang, fold in (("ar", normalize_ar), ("en", normalize_en)):
        for office, role in _load_json(f"rules_{lang}.json")["principal_offices"].items():
            out.add((" " + fold(office) + " ", role))
    return tuple(sorted(out, key=lambda x: -len(x[0])))


def _principal_state(kept: list[Tenure], text: str) -> list[Tenure]:
    """A spokesperson, adviser, envoy, director or official of a leader or his office, or
    of a foreign, defence, interior or finance minister, whose state the title does not
    say (السكرتير الصحفي لرئيس الوزراء X, spokesman for the president X, مديرة ديوان الوزير
    الأول X, مستشار وزير الخارجية X) serves the state of the one holder of that post the
    article names."""
    holders: dict[str, set] = {}
    formers: dict[str, set] = {}
    for t in kept:
        if t.role in _PRINCIPALS and t.country and not context_only(t):
            (formers if t.status == "former" else holders).setdefault(t.role, set()).add(t.country)
    # (a former holder is a principal only where no one holds the post now: former
    # Finnish President X beside the Amir is no one's)
    for role, codes in formers.items():
        holders.setdefault(role, codes)
    if not holders:
        return kept
    out = []
    for t in kept:
        if (
            t.role in _SERVING
            and (t.country is None or context_only(t))
            and t.mentions
            and not _international(t)
        ):
            m = t.mentions[0]
            title = m.text
            before = text[max(0, m.begin - 30) : m.begin]
            if re.search(r"['’]s\s*$", before):
                title = before + title  # the President's spokesman X
            after = re.match(r"\s+(?:to|for)\s+(?:the\s+)?\S+(?:\s+\S+)?", text[m.end : m.end + 40])
            if after is not None and not is_arabic(title):
                # X, the National Security Advisor to President Y: whose adviser follows
                title = title + after.group(0)
            folded = " " + (normalize_ar(title) if is_arabic(title) else normalize_en(title)) + " "
            folded = re.sub(r" (?:لل|ل)(?=\S)", " ", folded)  # لرئيس الوزراء, للرئيس
            folded = re.sub(r"['’]s ", " 's ", folded)  # the president's spokesman
            folded = re.sub(r"([,،;:])", r" \1 ", folded)  # the Adviser to the Minister, X
            hit = next(((f, r) for f, r in _principal_forms() if f in folded), None)
            own = re.sub(r"^ (?:the |ال)?", " ", folded)
            # (Foreign Secretary X: the title is itself the form, of a post of his own state
            # that its role_in remapped, no one's staff)
            role = hit[1] if hit is not None and not own.startswith(hit[0]) else None
            states = holders.get(role, set())
            if role is None and (whose := re.search(r"\b([A-Z][\w-]+)['’]s\s*$", before)):
                # Ramaphosa's spokesperson, X: the state of the leader the surname names
                states = {
                    u.country
                    for u in kept
                    if u.role in _PRINCIPALS
                    and u.country
                    and u.person != t.person
                    and not context_only(u)
                    and any(re.search(rf"\b{whose.group(1)}$", n.text) for n in u.mentions)
                }
            if len(states) == 1:
                t = _unplaced(t)
                t = _placed(t, next(iter(states)), "principal")
        out.append(t)
    return out


def _a_guest_of(code: str, findings: list, text: str) -> bool:
    """Does the story name a guest of ``code``'s officials: someone of another state or of
    an international body, and no one of ``code`` by his title (a local paper names its
    own officials with no state and its guests with theirs; a story whose officials of
    ``code`` are so named is told from elsewhere)?"""
    states = {f.country for f in findings if f.country}
    if code in states:
        return False
    bodies = any(
        context.international_body(text[f.begin : f.end], lang="en")
        for f in findings
        if f.country is None
    )
    return bool(states) or bodies


def _one_state(kept: list[Tenure], text: str = "") -> tuple[str, str] | None:
    """The state of an article with no dateline, outlet or places: the one state that the
    posts held at home are of, when two people or more hold them and no one is another
    state's or a counterpart (a visitor's state is stated, a host's is not)."""
    states: set[str] = set()
    people: set[str] = set()
    for t in kept:
        if any("counterpart" in m.rule or "+delegation" in m.rule for m in t.mentions):
            return None  # (a delegation's or a side's state: its hosts are of another)
        if t.country is None or _international(t):
            continue
        states.add(t.country)
        if t.role not in _ABROAD:
            people.add(t.person)
    if len(states) == 1 and len(people) >= 2:
        code = next(iter(states))
        abroad = _cities_abroad(text, code)
        if abroad:
            # وصل وفد سعودي إلى دمشق: the visitors' state is stated, their hosts' is not;
            # the bare posts are of the one state whose city the story is in
            return (abroad.pop(), "article") if len(abroad) == 1 else None
        return code, "article"
    return None


def _cities_abroad(text: str, home: str) -> set[str]:
    """The states, other than ``home``, of the cities ``text`` tells of an arrival in
    (وصل وفد سعودي ... إلى دمشق, arrived in Damascus: a verb of arriving, then within its
    sentence إلى, في, to or in and the city), not a city merely named (الرحلات إلى جدة)."""
    return {
        c
        for n, c in _cities_by_state()
        if c != home
        and n in text
        and re.search(
            rf"{_ARRIVAL}[^.!?؟\n]{{0,160}}?(?<!\w)(?:إلى|في|to|in) {re.escape(n)}(?![\w-])",
            text,
        )
    }


# the verbs of arriving somewhere
_ARRIVAL = r"(?<!\w)(?:و?وصل|و?وصلت|و?حل|و?حلت|يصل|تصل|arrived|arrives)(?!\w)"


@cache
def _cities_by_state() -> tuple[tuple[str, str], ...]:
    """Every city's and capital's name, Arabic and English, with its state's code."""
    return tuple(
        (n, p.country)
        for p in lexicon.places()
        if p.country and p.kind in ("city", "capital")
        for n in (p.ar, *p.alt_ar, p.en, *p.alt_en)
        if n and len(n) > 2
    )


# the words of a guest's story (data/lexicon/rules_en.json guest_words): there a bare post
# may be the guest's, so the known leaders' state is not given
_GUEST_WORDS = re.compile(
    r"\b(?:" + "|".join(map(re.escape, sorted(rule_words("en")["guest_words"]))) + r")\b",
    re.IGNORECASE,
)


def _known_leaders_state(kept: list[Tenure], named: set[str], text: str) -> tuple[str, str] | None:
    """The state of an English story whose officials with a state all have it from the
    gazetteer alone (President X, Deputy President Y: no title of theirs says it), of one
    state, in a story that names no other state: a local paper's, which names its own
    officials with no state (a foreign one would say "the South African president"), so
    its bare posts are that state's. None when any state comes from the text, a
    counterpart or a delegation, when the story names another state, or when it tells of
    a visit, talks, a call or a guest (whose bare post may be his own state's)."""
    if _GUEST_WORDS.search(text):
        return None
    states: set[str] = set()
    for t in kept:
        if any("counterpart" in m.rule or "+delegation" in m.rule for m in t.mentions):
            return None
        if t.country is None or _international(t):
            continue
        if not all(m.rule.endswith(_KNOWN_STATES) for m in t.mentions):
            return None
        states.add(t.country)
    if len(states) == 1 and named <= states:
        return next(iter(states)), "article"
    return None


def _envoys_host(findings: list, kept: list[Tenure]) -> tuple[str, str] | None:
    """The state H of a story that names two ambassadors or more, all posted to H (the
    Ambassador of Qatar to Lebanon, the Algerian Ambassador to Lebanon), and no official at
    home of another state: the host's story (a prime minister receiving envoys, then his
    ministers), whose bare posts at home are H's."""
    envoys = [f for f in findings if f.host and f.role == "ambassador" and f.status == "current"]
    hosts = {f.host for f in envoys}
    if len({f.name for f in envoys}) < 2 or len(hosts) != 1:
        return None  # (two ambassadors in post, not one named twice nor his predecessor)
    host = hosts.pop()
    home = {
        t.country for t in kept if t.country and t.role not in _ABROAD and not _international(t)
    }
    if not home <= {host}:
        return None
    return host, "article"


# an envoy of an international body, named by "of the" before the body and "to" a state
# after it (Ambassador of the European Union to Lebanon, سفير الاتحاد الأوروبي لدى)
_BODY_ENVOY = re.compile(r"\bof the\b[^,]*\bto\b|(?:سفير|سفيرة|رئيس بعثة)\s+الاتحاد")


def _with_home(t: Tenure, home: str, why: str) -> Tenure:
    # a post abroad takes it only when its title says the state is the article's own
    # (سفير المملكة لدى X: the rule id ends in +own)
    own = any("ar+own" in rule_parts(m.rule) for m in t.mentions) or (
        # المندوب الدائم لدى الأمم المتحدة X: a state's envoy to a body is the home state's
        t.role in _ABROAD
        and any(
            context.international_body(m.text, lang="ar" if is_arabic(m.text) else "en")
            # (not the body's own envoy to a state: the Ambassador of the European Union to
            # Lebanon serves the union)
            and not _BODY_ENVOY.search(m.text)
            for m in t.mentions
        )
    )
    # (a consul's, a chargé's post is in an embassy too: held abroad, unless its title
    # names where abroad, القنصل العام في جدة X: then the home state's own consul)
    abroad = t.role in _ABROAD or (
        t.org == "embassy" and not any(_names_place_abroad(m.text, home) for m in t.mentions)
    )
    if t.country is not None or (abroad and not own) or _international(t):
        return t
    if t.status != "current":
        return t
    return _placed(t, home, why)


_BESIDE = "beside"  # an Arabic step only (ar+beside): English titles carry no +own


def _own_envoy_beside(kept: list[Tenure], text: str) -> list[Tenure]:
    """An envoy of the article's own state by its title alone (سفير المملكة لدى المغرب,
    سفير الدولة لدى الهند: +own) that no dateline or outlet placed, in a sentence whose
    other officials are of one state besides the one he is posted to: that state's (a
    Saudi minister received in Rabat, the Kingdom's ambassador attending). O(tenures^2)."""
    out = []
    for t in kept:
        if (
            t.country is not None
            or t.role not in _ABROAD
            or not any("ar+own" in rule_parts(m.rule) for m in t.mentions)
        ):
            out.append(t)
            continue
        m = min(t.mentions, key=lambda m: m.begin)
        lo, hi = _sentence_bounds(text, m.begin)
        states = {
            o.country
            for o in kept
            if o.person != t.person
            and o.country is not None
            and not _international(o)
            # (another envoy posted there is no guest of his: سفير الإمارات لدى مصر)
            and o.role not in _ABROAD
            and any(lo <= om.begin < hi for om in o.mentions)
            # (not the state he is posted to, named or by a city: لدى الرباط)
            and not _names_state(m.text, o.country)
            and not _names_place_of(m.text, o.country)
        }
        out.append(_placed(t, next(iter(states)), _BESIDE) if len(states) == 1 else t)
    return out


def _placed(t: Tenure, country: str, why: str) -> Tenure:
    """``t`` in ``country``, its evidence saying why (``rule+why``)."""
    mentions = tuple(replace(m, rule=f"{m.rule}+{why}") for m in t.mentions)
    return replace(t, country=country, mentions=mentions)


def _in_body(t: Tenure, body: str) -> Tenure:
    """``t`` as a post of the international body ``body``, its evidence saying so."""
    mentions = tuple(replace(m, rule=f"{m.rule}+person") for m in t.mentions)
    return replace(t, org=body, mentions=mentions)


def _with_initials(short: str, full: str) -> bool:
    """True when ``full`` is ``short`` with initials added inside (paul j dorsey for paul
    dorsey): the same first and last names, the words between single letters.

    >>> _with_initials("tarven oskalid", "tarven j oskalid")
    True
    >>> _with_initials("tarven oskalid", "tarven jo oskalid")
    False
    """
    s, f = short.split(), full.split()
    if len(s) < 2 or len(f) <= len(s) or s[0] != f[0] or s[-1] != f[-1]:
        return False
    rest = list(f)
    for w in s:  # the short name's words, in order, with only initials between them
        while rest and rest[0] != w:
            if len(rest[0]) != 1:
                return False
            rest.pop(0)
        if not rest:
            return False
        rest.pop(0)
    return not rest


def _swapped(a: str, b: str) -> bool:
    """Two names of the same two words in another order (Gasana Alfred, Alfred Gasana):
    one person written family name first once, when the post is the same."""
    x, y = a.split(), b.split()
    return x != y and len(x) == 2 and sorted(x) == sorted(y)


def _squashed(words: list[str]) -> str:
    """Name words run together, the Arabic article dropped (عبد له, عبدالله: عبدله)."""
    return "".join(words).replace("ال", "")


def _short_form(short: str, full: str) -> bool:
    """True when ``short`` is the surname, or first and last name, of ``full``."""
    s, f = short.split(), full.split()
    if not s or len(s) >= len(f):
        return False
    if len(s) == 1:
        # not the father's name after bin (King Rashid is not Hamdan bin Rashid)
        return s[0] == f[-1] and f[-2] not in lexicon.patronymic_particles()
    # first and last name, or a surname of several words (أبو قصرة, bin Salman, Al Thani)
    # (but not the father's chain after bin: King Salman bin Fahd is not Prince Fahd bin
    # Salman bin Fahd)
    tail = s == f[-len(s) :] and f[-len(s) - 1] not in lexicon.patronymic_particles()
    # a compound given name's first word alone is no first name (King Abdullah II is
    # not Sheikh Abdulaziz bin Faisal Al Thani)
    first = s[0] == f[0] and (s[0] not in lexicon.compound_heads() or s[1:2] == f[1:2])
    # (and its middle words among the full name's: Ahmed Zaal Al Muhairi is not Ahmed
    # Saif bin Zaitoun Al Muhairi)
    # (عبد الله and عبدالله one word or two)
    middle = _squashed(s[1:-1]) in _squashed(f[1:-1])
    return (first and middle and s[-1] == f[-1]) or tail
