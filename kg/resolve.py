"""Resolution: the persons of many extractions become one node per real person.

Extraction gives each person a local id per article; this pass, run once over all the
extractions, merges the local persons that are the same official, across articles and
languages, and gives each a stable global id (a slug of the English name).

Two local persons merge when

- their names fold to the same key (hamza, ta marbuta, alef maqsura, article, case), or
- one gazetteer spelling names both (أسعد الشيباني / Asaad al-Shaibani), or
- their names share a consonant skeleton (غولر / جولر, ألتنداغ / آلتينداج, Guler / Güler)
  *and* they hold the same post in the same state, or
- a name of two words or more begins a longer one, or keeps its first and last words
  (هشام شرف / هشام شرف عبد الله; محمد بن عبدالرحمن آل ثاني / محمد بن عبدالرحمن بن جاسم
  آل ثاني), and they hold the same post in the same state, or one of them names no state, or
- within one article, a short form (surname alone) follows the full name (done in extraction).

A surname alone never merges across articles: two officials who share a family name stay
apart unless their posts agree too.

>>> from kg.model import Article, Extraction, Article, Person, Tenure, Mention
>>> def ex(aid, name):
...     m = Mention(aid, 0, len(name), name, "t")
...     p = Person(id=f"{aid}#p1", name_ar=name, mentions=(m,))
...     t = Tenure(person=p.id, role="defence_minister", org=None, country="TR",
...                article=aid, mentions=(m,))
...     return Extraction(article=Article(id=aid, text=name, lang="ar"), persons=(p,), tenures=(t,))
>>> r = resolve([ex("a1", "يشار غولر"), ex("a2", "يشار جولر")])
>>> p = r.persons[0]
>>> len(r.persons), p.name_en, sorted([p.name_ar] + [label for label, _ in p.alt_labels])
(1, 'Yasar Guler', ['يشار جولر', 'يشار غولر'])
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date

from kg import lexicon
from kg.model import Article, Extraction, Occupancy, Person, Resolved, Skipped, Tenure
from kg.nlp.normalize import is_arabic, normalize_ar, normalize_en, person_key
from kg.nlp.romanize import romanize

__all__ = ["resolve", "fold_tenures", "skeleton", "english_label", "gazetteer_english"]

# Letters that Arabic spells foreign sounds with interchangeably (g: غ ج ك ق; t: ت ط ...).
_AR_FOLD = str.maketrans(
    {
        "غ": "G",
        "ج": "G",
        "ق": "G",
        "ك": "G",
        "ت": "T",
        "ط": "T",
        "س": "S",
        "ص": "S",
        "ث": "S",
        "ذ": "Z",
        "ز": "Z",
        "ظ": "Z",
        "ض": "D",
        "د": "D",
        "ه": "H",
        "ح": "H",
        "ة": "H",
        "ع": "",
        "ء": "",
    }
)
_EN_FOLD = str.maketrans(
    {
        "q": "k",
        "c": "k",
        "g": "k",
        "j": "k",
        "z": "s",
        "w": "",
        "y": "",
        "h": "",
        "'": "",
        "-": "",
        "e": "",
        "a": "",
        "i": "",
        "o": "",
        "u": "",
    }
)


def skeleton(name: str) -> str:
    """A coarse consonant skeleton of a name, for spelling variants.

    >>> skeleton("ألتنداغ") == skeleton("آلتينداج")
    True
    >>> skeleton("Guler") == skeleton("Güler")
    True
    >>> skeleton("Saud bin Abdul Rahman Al-Thani") == skeleton("Saoud bin Abdulrahman Al Thani")
    True
    >>> skeleton("عبد الرحمن الداود") == skeleton("عبدالرحمن الداود")
    True
    >>> skeleton("Antony J. Blinken") == skeleton("Antony Blinken")
    True
    >>> skeleton("لويد جي أوستن") == skeleton("لويد أوستن")
    True
    """
    if is_arabic(name):
        words = []
        parts = normalize_ar(name).replace("عبدال", "عبد ").split()
        initials = _initials()["ar"]
        parts = [w for n, w in enumerate(parts) if not (0 < n < len(parts) - 1 and w in initials)]
        for w in parts:
            if w.startswith("ال") and len(w) > 3:
                w = w[2:]
            words.append(re.sub("[اوي]", "", w.translate(_AR_FOLD)) or w)
        return "".join(words)  # عبد الرحمن and عبدالرحمن alike
    words = [
        re.sub(r"^(?:al|el)-", "", w)
        for w in re.sub(r"[^a-z' -]", "", normalize_en(name)).split()
        if w not in ("al", "el") and len(w) > 1 and w not in _initials()["en"]
    ]
    return "".join(w.translate(_EN_FOLD) or w for w in words)  # Abdul Rahman, Abdulrahman


def _initials() -> dict[str, frozenset[str]]:
    """Middle initials and suffixes that skeletons leave out (data/lexicon/initials.json)."""
    return lexicon.initials()


def english_label(name_ar: str) -> str:
    """The English label of a name seen only in Arabic: the gazetteer's spelling, else its
    romanisation (:func:`kg.nlp.romanize.romanize`).

    >>> english_label("هاكان فيدان")
    'Hakan Fidan'
    """
    hit = lexicon.official_english(name_ar)
    if hit:
        return hit
    return romanize(name_ar) or name_ar


def gazetteer_english(name: str) -> str | None:
    """The officials gazetteer's English spelling of a whole name in either script, or None.

    >>> gazetteer_english("هاكان فيدان"), gazetteer_english("سامي زرقون")
    ('Hakan Fidan', None)
    """
    return _gazetteer_en(name)


def _gazetteer_en(name: str) -> str | None:
    # (a name with more of its lineage than the gazetteer writes: the same official)
    return lexicon.official_english(name) or lexicon.official_by_lineage(name)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


def _shorter_form(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """``short`` begins ``full``, or keeps its first and last words and leaves out some of
    the lineage between (Mohammed bin Abdulrahman Al Thani / ... bin Jassim Al Thani).

    >>> _shorter_form(("a", "b"), ("a", "b", "c")), _shorter_form(("a", "d"), ("a", "b", "c"))
    (True, False)
    >>> _shorter_form(("m", "bin", "a", "thani"), ("m", "bin", "a", "bin", "j", "thani"))
    True
    """
    if short == full[: len(short)]:
        return True
    if short[0] != full[0] or short[-1] != full[-1]:
        return False
    rest = iter(full)
    return all(w in rest for w in short)  # a subsequence, in order


def _compatible_posts(a: set, b: set) -> bool:
    """Some post of ``a`` and of ``b`` is the same role in the same state, or in a state
    one of them does not name.

    >>> _compatible_posts({("foreign_minister", None)}, {("foreign_minister", "YE")})
    True
    >>> _compatible_posts({("foreign_minister", "EG")}, {("foreign_minister", "YE")})
    False
    """
    return any(r1 == r2 and (c1 == c2 or None in (c1, c2)) for r1, c1 in a for r2, c2 in b)


def _bare_key(name: str) -> str:
    """:func:`person_key` of a Latin name without its middle initials and numerals; a
    son's or a father's suffix (Jr., Junior) stays, written one way.

    >>> _bare_key("John B. Kilmer III") == _bare_key("John Kilmer")
    True
    >>> _bare_key("Carlos Mario Junior") == _bare_key("Carlos Mario")
    False
    """
    kin = lexicon.father_son_suffixes()
    drop = _initials()["en"] - set(kin)
    words = [kin.get(w, w) for w in person_key(name).split()]
    return " ".join(w for w in words if len(w) > 1 and w not in drop)


def _compatible_states(a: set, b: set) -> bool:
    """Some state of the posts of ``a`` is one of ``b``'s, or one side names none.

    >>> _compatible_states({("ambassador", "US")}, {("defence_minister", "US")})
    True
    >>> _compatible_states({("ambassador", "US")}, {("defence_minister", "GB")})
    False
    """
    sa = {c for _, c in a if c}
    sb = {c for _, c in b if c}
    return not sa or not sb or bool(sa & sb)


def _names(p: Person) -> list[str]:
    out = [n for n in (p.name_ar, p.name_en) if n]
    out += [n for n, _ in p.alt_labels]
    return out


def resolve(extractions: Iterable[Extraction], *, skipped: Iterable[Skipped] = ()) -> Resolved:
    """Merge the extractions of many articles into one :class:`Resolved` graph content.

    Time O(N + sum of b squared) for N local persons, where b are the sizes of the blocks
    compared pairwise (persons sharing a consonant skeleton, or the first two words of a
    name): hashing finds the other merges, and blocks stay small as the corpus grows
    unless many officials share a name. Tenures fold in O(n log n) for n sightings
    (:func:`fold_tenures`). English labels: one :func:`english_label` per distinct Arabic
    name in the pass, and one beam search of the romanizer per distinct word no table
    spells (:mod:`kg.nlp.romanize` keeps them all), so O(W) searches for W such words,
    whatever the number of articles that repeat them.
    """
    articles, persons, tenures, events = {}, {}, [], []
    orgs, countries, places = {}, {}, {}
    # The same article read twice (a .txt and a .jsonl line) is one article whatever the
    # order: the copy with more known fields wins, then the smallest by its fields.
    # Extractions are read twice from a sequence (a PackedExtractions unpacks each one as
    # it is read): once to choose, once to take in, so that no more than the chosen
    # copies' content is held at once.
    items = extractions if isinstance(extractions, Sequence) else list(extractions)
    chosen: dict[str, tuple[tuple, int]] = {}
    for i, ex in enumerate(items):
        rank = _article_rank(ex.article)
        old = chosen.get(ex.article.id)
        if old is None or rank < old[0]:
            chosen[ex.article.id] = (rank, i)
    for _id, (_, i) in sorted(chosen.items()):
        ex = items[i]
        articles[ex.article.id] = ex.article
        for p in ex.persons:
            persons[p.id] = p
        tenures.extend(ex.tenures)
        events.extend(ex.events)
        for o in ex.organizations:
            orgs.setdefault(o.id, o)
        for c in ex.countries:
            countries.setdefault(c.code, c)
        for pl in ex.places:
            places.setdefault(pl.id, pl)
    chosen = ex = None

    posts_of: dict[str, set] = {}
    for t in tenures:
        posts_of.setdefault(t.person, set()).add((t.role, t.country))

    uf = _UnionFind()
    by_key: dict[str, str] = {}
    by_en: dict[str, str] = {}
    by_skel: dict[str, list[str]] = {}
    for pid in sorted(persons):
        p = persons[pid]
        uf.find(pid)
        for n in _names(p):
            if len(n.split()) < 2:
                continue  # a surname alone never merges across articles
            k = person_key(n)
            if k in by_key:
                uf.union(pid, by_key[k])
            else:
                by_key[k] = pid
            # the gazetteer's spelling, and a Latin name as written
            for en in {_gazetteer_en(n), None if is_arabic(n) else n} - {None}:
                ek = person_key(en)
                if ek in by_en:
                    uf.union(pid, by_en[ek])
                else:
                    by_en[ek] = pid
            by_skel.setdefault(skeleton(n), []).append(pid)
    for group in by_skel.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if _compatible_posts(posts_of.get(a, set()), posts_of.get(b, set())):
                    uf.union(a, b)
    # The indexes are let go as soon as they are read (they are most of the pass's memory).
    del by_key, by_en, by_skel
    # a name of two words or more that a longer name of another article begins with
    # (هشام شرف / هشام شرف عبد الله), for the same post in a compatible state
    by_head: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for pid in sorted(persons):
        for n in _names(persons[pid]):
            words = tuple(person_key(n).split())
            if len(words) >= 2:
                by_head.setdefault(" ".join(words[:2]), []).append((words, pid))
    for group in by_head.values():
        for i, (wa, a) in enumerate(group):
            for wb, b in group[i + 1 :]:
                short, full = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
                if not _shorter_form(short, full) or uf.find(a) == uf.find(b):
                    continue
                if _compatible_posts(posts_of.get(a, set()), posts_of.get(b, set())):
                    uf.union(a, b)
    del by_head

    # Each distinct name is labelled once: an official is a local person in every article
    # that names them (about five Arabic persons per article in the synthetic corpus).
    labels: dict[str, str] = {}

    def label(name_ar: str) -> str:
        if name_ar not in labels:
            labels[name_ar] = english_label(name_ar)
        return labels[name_ar]

    # Arabic persons and English persons: same post and state, and the transliteration of
    # the Arabic name folds to the English one's skeleton; or, in any post of a state
    # they share (or one of them does not name), the English label of the Arabic name is
    # the English name itself but for its initials and numerals, a son's Jr. agreeing
    # (جون بي كيلمر, John B. Kilmer III): one official seen in two posts over the years.
    ar_ids = [pid for pid in sorted(persons) if persons[pid].name_ar]
    en_only = [pid for pid in sorted(persons) if not persons[pid].name_ar and persons[pid].name_en]
    if ar_ids and en_only:
        en_skel: dict[str, list[str]] = {}
        en_full: dict[str, list[str]] = {}
        for pid in en_only:
            en_skel.setdefault(skeleton(persons[pid].name_en), []).append(pid)
            en_full.setdefault(_bare_key(persons[pid].name_en), []).append(pid)
        for pid in ar_ids:
            p = persons[pid]
            if len(p.name_ar.split()) < 2:
                continue
            lat = label(p.name_ar)
            for other in en_skel.get(skeleton(lat), []):
                if posts_of.get(pid, set()) & posts_of.get(other, set()):
                    uf.union(pid, other)
            key = _bare_key(lat)
            if len(key.split()) < 2:
                continue
            for other in en_full.get(key, []):
                if _compatible_states(posts_of.get(pid, set()), posts_of.get(other, set())):
                    uf.union(pid, other)
        del en_skel, en_full
    del posts_of, ar_ids, en_only

    groups: dict[str, list[Person]] = {}
    for pid in sorted(persons):
        groups.setdefault(uf.find(pid), []).append(persons[pid])
    del persons, uf

    merged: dict[str, Person] = {}
    local_to_global: dict[str, str] = {}
    used_ids: dict[str, str] = {}
    for root in sorted(groups):
        members = groups[root]
        merged_p = _merge(members, label=label)
        gid = _slug(merged_p.name_en or "person")
        sig = "|".join(sorted(person_key(n) for n in _names(merged_p)))
        if gid in used_ids and used_ids[gid] != sig:
            gid = f"{gid}-{hashlib.sha1(sig.encode()).hexdigest()[:6]}"
        used_ids[gid] = sig
        merged_p = replace(merged_p, id=gid)
        merged[gid] = merged_p
        for m in members:
            local_to_global[m.id] = gid
    del groups

    # Each sighting and event is replaced where it stands, so that the old one goes at once.
    for i, t in enumerate(tenures):
        tenures[i] = replace(
            t,
            person=local_to_global.get(t.person, t.person),
            observed_on=t.observed_on or articles[t.article].date,
        )
    folded = fold_tenures(_place_unplaced(tenures))
    del tenures
    for i, e in enumerate(events):
        events[i] = replace(
            e,
            actors=tuple(sorted({local_to_global.get(a, a) for a in e.actors})),
            hosts=tuple(sorted({local_to_global.get(a, a) for a in e.hosts})),
            targets=tuple(sorted({local_to_global.get(a, a) for a in e.targets})),
        )
    events.sort(key=lambda e: e.id)
    return Resolved(
        articles=tuple(sorted(articles.values(), key=lambda a: a.id)),
        persons=tuple(sorted(merged.values(), key=lambda p: p.id)),
        organizations=tuple(sorted(orgs.values(), key=lambda o: o.id)),
        countries=tuple(sorted(countries.values(), key=lambda c: c.code)),
        places=tuple(sorted(places.values(), key=lambda p: p.id)),
        tenures=folded,
        events=tuple(events),
        skipped=tuple(sorted(skipped, key=lambda s: (s.origin, s.reason))),
    )


def _place_unplaced(tenures: list[Tenure]) -> list[Tenure]:
    """A post stated with no state takes the state (and organization) that other articles
    give the same person in the same role, when they all agree on one.

    >>> from kg.model import Mention
    >>> m = Mention("a", 0, 1, "x", "ar.title_name")
    >>> placed = Tenure("p", "adviser", "iq-presidency", "IQ", "a1", (m,))
    >>> bare = Tenure("p", "adviser", None, None, "a2", (m,))
    >>> [(t.country, t.mentions[0].rule) for t in _place_unplaced([placed, bare])]
    [('IQ', 'ar.title_name'), ('IQ', 'ar.title_name+resolved')]
    """
    known: dict[tuple[str, str], set[tuple[str, str | None]]] = {}
    for t in tenures:
        if t.country and t.status != "designate":
            known.setdefault((t.person, t.role), set()).add((t.country, t.org))
    out = []
    for t in tenures:
        where = known.get((t.person, t.role), set())
        if t.country is None and t.status == "current" and len({c for c, _ in where}) == 1:
            country, org = sorted(where, key=lambda w: (w[0], w[1] or ""))[-1]
            mentions = tuple(replace(m, rule=m.rule + "+resolved") for m in t.mentions)
            t = replace(t, country=country, org=org, mentions=mentions)
        out.append(t)
    return out


def _article_rank(a: Article) -> tuple:
    fields = (a.date, a.url, a.title, a.source, a.summary, a.origin)
    return (-sum(v is not None for v in fields), tuple("" if v is None else str(v) for v in fields))


def _post_key(t: Tenure) -> tuple[str, str, str, str, bool]:
    """What makes one tenure: the person, the post (role, organization, state), and whether
    it is held or only designated (a designation is never folded into a membership)."""
    return (t.person, t.role, t.org or "", t.country or "", t.status == "designate")


def _latest(t: Tenure) -> tuple:
    # Undated sightings count as the oldest; on one day "former" is the later word.
    return (t.observed_on or date.min, t.status == "former", t.article)


def fold_tenures(tenures: Iterable[Tenure]) -> tuple[Occupancy, ...]:
    """One :class:`Occupancy` per person and post: every sighting of the same person in the
    same post, across articles, folds into one tenure. A change of post is a new tenure.

    Its status is the latest sighting's (``former`` once the latest article says so), its
    rank the latest one given, its start the earliest the texts give and its end the latest.
    Sightings of one article are merged first (their mentions joined). The result does not
    depend on the order of ``tenures``. Time O(n log n) for n sightings.

    >>> from kg.model import Mention
    >>> def t(article, day, role="foreign_minister", status="current"):
    ...     m = Mention(article, 0, 5, "Fidan", "r")
    ...     return Tenure("p", role, "tr-mfa", "TR", article, (m,), observed_on=date(2025, 1, day),
    ...                   status=status)
    >>> folded = fold_tenures([t("a2", 9), t("a1", 2), t("a3", 5, role="defence_minister")])
    >>> [(o.role, o.articles, o.status) for o in folded]
    [('defence_minister', ('a3',), 'current'), ('foreign_minister', ('a1', 'a2'), 'current')]
    >>> fold_tenures([t("a1", 2), t("a2", 9, status="former")])[0].status
    'former'
    """
    per_article: dict[tuple, Tenure] = {}
    for t in tenures:
        k = (*_post_key(t), t.article, t.status)
        old = per_article.get(k)
        if old is not None:
            t = replace(
                old,
                mentions=tuple(sorted(set(old.mentions + t.mentions))),
                sources=tuple(sorted(set(old.sources + t.sources), key=_source_sort)),
                # the same rank whatever the order of the sightings: the first in sorted order
                rank=min(filter(None, (old.rank, t.rank)), default=None),
                start=min(filter(None, (old.start, t.start)), default=None),
                end=max(filter(None, (old.end, t.end)), default=None),
                observed_on=min(filter(None, (old.observed_on, t.observed_on)), default=None),
            )
        per_article[k] = t
    groups: dict[tuple, list[Tenure]] = {}
    for k in sorted(per_article, key=lambda k: tuple(map(str, k))):
        groups.setdefault(k[:5], []).append(per_article[k])
    out = []
    for (person, role, org, country, designate), sightings in groups.items():
        by_time = sorted(sightings, key=_latest)
        status = "designate" if designate else by_time[-1].status
        out.append(
            Occupancy(
                person=person,
                role=role,
                org=org or None,
                country=country or None,
                status=status,
                sightings=tuple(sorted(sightings, key=_sighting_sort)),
                rank=next((s.rank for s in reversed(by_time) if s.rank), None),
                start=min((s.start for s in sightings if s.start), default=None),
                end=max((s.end for s in sightings if s.end), default=None),
            )
        )
    return tuple(sorted(out, key=_occupancy_sort))


def _source_sort(s) -> tuple:
    return (s.org, s.mention)


def _sighting_sort(t: Tenure) -> tuple:
    return (t.article, t.status, t.mentions)


def _occupancy_sort(o: Occupancy) -> tuple:
    return (o.person, o.role, o.org or "", o.country or "", o.status)


def _merge(members: list[Person], *, label: Callable[[str], str] = english_label) -> Person:
    """One person from its local sightings: the fullest Arabic name, a gazetteer or
    transliterated English name (``label`` of the Arabic one), every other form as an
    alternative label."""
    names_ar = sorted(
        {n for p in members for n in _names(p) if is_arabic(n)},
        key=lambda n: (-len(n.split()), -len(n), n),
    )
    names_en = sorted(
        {n for p in members for n in _names(p) if not is_arabic(n)},
        key=lambda n: (-len(n.split()), -len(n), n),
    )
    name_ar = names_ar[0] if names_ar else None
    gaz = next((g for g in (_gazetteer_en(n) for n in names_ar + names_en) if g), None)
    if gaz:
        name_en = gaz
    elif names_en:
        name_en = names_en[0]
    else:
        name_en = label(name_ar) if name_ar else "Unknown"
    alts = {(n, "ar") for n in names_ar if n != name_ar}
    alts |= {(n, "en") for n in names_en if n != name_en}
    rank = next((p.rank for p in sorted(members, key=lambda p: p.id) if p.rank), None)
    mentions = tuple(sorted({m for p in members for m in p.mentions}))
    return Person(
        id=members[0].id,
        name_en=name_en,
        name_ar=name_ar,
        alt_labels=tuple(sorted(alts)),
        rank=rank,
        mentions=mentions,
    )


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalize_en(s)).strip("-") or "person"
