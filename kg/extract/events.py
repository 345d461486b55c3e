"""Events in Arabic and English news: calls, meetings, visits, agreements, supplies,
statements and other acts (a flag raised, an inauguration attended).

:func:`find_events` reads one article's spaCy Doc with the persons and posts that the
officials rules found, and returns :class:`EventsFound`: the events with their participants,
day, place, sources and modality, and the places, organizations and states they use.

The words live in ``data/lexicon/events.jsonl``: triggers per event type (with a CAMEO code
and a kind that names the rule, ``ev.<type>.<kind>``) and cues (modality, sources, topics,
attendance, anaphora). The policies, each one a choice:

- **One sentence, one clause.** A trigger's participants are the persons named in its
  sentence, outside the persons that only qualify another one's title ("adviser to President
  X"). Words after a topic cue ("بحثا خلاله", "discussed") up to the next comma are what was
  discussed, not what was done: triggers, places and times there are ignored.
- **Who with whom.** Persons before a verb trigger are its subject (English, or Arabic SVO);
  otherwise the first person after it, and those coordinated with it before مع/with. A phone
  call, or a verb of meeting, with one subject and several coordinated objects is one
  bilateral event per object, unless the objects are ministers of one state (a delegation
  met together); persons after "بحضور" / "in the presence of" attend every one. The side
  after مع/with takes part even inside a topic clause; a spokesperson who announces an
  event does not. With no trigger, "بحث/ناقش X ... مع Y" is talks held (``ev.meeting.talks``),
  which a later report of the same happening ("جاء ذلك خلال اتصال هاتفي") names better.
  A statement or another act (``other``) is one person's: the nearest before the trigger.
- **Anaphora.** A definite or demonstrative event noun ("اللقاء", "هذا الاتصال", "the
  meeting") and an event trigger with nobody named refer back to the latest compatible event
  of the last sentences: they add a mention, and a day, place or source it lacked. "الوزيرين"
  / "the two ministers" and "خلالها" / "during which" bring the previous event's participants;
  "نظيره العماني" without a name is the person who holds a post of that state.
- **Time.** The time expression of the clause nearest the trigger: a day is the date, an
  interval bounds it, anything else leaves it open. The article date is never a default.
- **Modality.** A planning cue just before the trigger (تعتزم، من المقرر، will, is expected
  to), or one with أن/that governing the trigger's clause, a future prefix (سيزور) or a
  future time makes the event ``planned``; a day or place after a planning cue is the
  planned event's. So does an Arabic event verb in the imperfect in a report's body
  (ويلتقي خلال الزيارة بـY, يلتقي خلالها), unless it is going on (الذي يزور البلاد حاليا)
  or a past day or today is in its clause; a headline's imperfect is a report. Events of
  one type but of both modalities in a sentence are two events, and a clause of what is
  to come (وسيقدم ..., ومن المقرر أن ...) keeps its persons to itself; an event held takes
  no future day. A negation just before the trigger (لم, "have yet to") makes no event;
  an invitation (invited her to come and visit, دعاه لزيارة) makes what follows in its
  clause planned.
- **Happenings, not kinds.** An event word spoken of in general or as a practice ("the
  exchange of bilateral visits", "mutual visits", الزيارات المتبادلة, "continues to provide
  aid") or as what congratulations are for ("on the success of the summit", على انعقاد
  قمة) makes no event. With no person named, states are a supply's or an agreement's
  actors only as the trigger's subject or object ("تعتزم تركيا تزويد سوريا"), not from a
  clause of their ties in general; a state's act that a person reports ("X said that
  Norway delivered aid") is not the reporter's. A message handed over ("the message was
  delivered to X") is no supply, and استقبال with no person after it receives things.
  A visit paid to a person ("paid a visit to General X") is a meeting with him.
- **Proxies.** Whoever a proxy phrase names ("نيابة عن الملك X", "رسالة شفوية من X",
  "بقيادة جلالة الملك X", "في ظل توجيهات", "on behalf of", "under the leadership of",
  "under the directives of") takes no part.
  A visit's receivers (وكان في استقباله Y, "was received at the airport by Y") are never
  its visitors, and a visit told after a meeting (استقبل X Y ... في إطار زيارته, X paid
  a call on Y during his visit) is the guest's, not the host's.
- **Places.** A gazetteer place after a preposition (في، إلى، بـ، in, to, at), or after
  "العاصمة"/"the capital"; a state only as the destination of a visit or after "على أرض".
  Never a phone call's place. A dateline's place serves the events of the first paragraph
  that have none (not calls). "العاصمة الروسية" / "the Russian capital" is that state's
  capital; a state is no destination of its own officials. A venue is the most specific
  place: a named palace, camp, airport or headquarters (قصر بيان, "at the General Staff
  Headquarters of X", "at the National Guard's headquarters"), by the lexicon's English
  name when it has one (قصر الإليزيه: Elysee Palace). A place right after مع/with is a
  side ("ties with Moscow"), not where anything happened. A reception told right after
  the sentence of its talks takes their place; a meeting of a visitor with the visited
  state's officials is in that state; an act "following the talks" (عقب/في ختام
  المباحثات) is on their day and at their place, and a meeting told with "also"
  (أيضا, كما) after a visit is on the visit's day.
- **One event per happening.** Events with the same type and the same persons, visits of the
  same person to the same place or told again within two sentences (with his companions:
  يرافقه, "accompanied by"), and events of a headline-like line whose persons another
  event has, are one event with several mentions; the body's day and place win over the
  headline's. The seed form's ``date … - summary`` line is such a summary: each of its
  events is one happening with the body's telling of it.

>>> from kg.extract import extract
>>> from kg.model import Article
>>> from datetime import date
>>> art = Article(id="d1", lang="ar", date=date(2025, 9, 2), text="أجرى وزير الخارجية "
...     "التركي هاكان فيدان اليوم اتصالا هاتفيا مع نظيره الأردني أيمن الصفدي.")
>>> [(e.type, e.cameo, str(e.date), e.rule) for e in extract(art).events]
[('phone_call', '041', '2025-09-02', 'ev.phone_call.noun')]
"""

from __future__ import annotations

import bisect
import hashlib
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import timedelta
from functools import cache, lru_cache

from kg import lexicon
from kg.extract.context import dateline_comma, home_state
from kg.extract.finding import MINISTER_OF, context_only, same_role
from kg.extract.index import (
    Trie,
    arabic_index,
    arabic_index_reading,
    day_parts_ar,
    day_words_ar,
    english_index,
    first_keys,
    inner_key,
    rule_words,
    shadda_marked,
)
from kg.extract.time import find_times, load_time_lexicon
from kg.model import (
    Article,
    Country,
    Event,
    Mention,
    Organization,
    Person,
    Place,
    Source,
    Tenure,
)
from kg.nlp.normalize import is_arabic, normalize_ar, normalize_en
from kg.nlp.pipeline import blank as _blank
from kg.nlp.pipeline import doc_tokens

__all__ = ["EventsFound", "EventLexicon", "event_lexicon", "find_events"]


@cache
def _calendar_words_en() -> frozenset[str]:
    """The English names of weekdays and months (data/lexicon/time.json), in lower case."""
    en = load_time_lexicon()["en"]
    return frozenset(
        w.lower() for group in ("weekdays", "months") for names in en[group].values() for w in names
    )


#: How many sentences back an anaphor ("the meeting") may reach.
_ANAPHOR_REACH = 4
#: How many tokens before a trigger a planning cue may stand.
_PLANNED_WINDOW = 7
_COMPATIBLE = {
    "phone_call": {"phone_call"},
    "meeting": {"meeting", "visit", "phone_call"},
    "visit": {"visit", "meeting"},
    "agreement": {"agreement"},
    "supply": {"supply"},
    "statement": {"statement"},
    "other": {"other"},
}


def _word_class(name: str) -> frozenset[str]:
    """The words of a word-class row of data/lexicon/events.jsonl, both languages, as a
    token's key and folded form read them."""
    out: set[str] = set()
    for row in lexicon.load_jsonl("events.jsonl"):
        if row.get("words") == name:
            out |= {inner_key(normalize_ar(w)) for w in row.get("ar", ())}
            out |= {normalize_ar(w) for w in row.get("ar", ())}
            out |= {normalize_en(w) for w in row.get("en", ())}
    return frozenset(out)


_TALKS_ROUNDS = _word_class("talks_rounds")  # جولة مباحثات: a round of talks
# the verbs of calling that also mean "concern" before ب and a thing (تتصل بالعلاقات)
_RELATE_VERBS = _word_class("relate_verbs")
_ROUND_MODIFIERS = _word_class("round_modifiers")  # جولة جديدة من المفاوضات
_SIGNED_THINGS = _word_class("signed_things")  # a signed letter: no agreement
_DECREE_WORDS = _word_class("decree_words")  # وقع مرسوما, signed a decree: no agreement
_DECREE_VERBS = _word_class("decree_verbs")  # أصدر مراسيم تنصيب: decrees, no ceremony
# the words of succeeding one right before his title (خلفا للسفير X, succeeding Ambassador X):
# the officials rules' own (rules_ar.json, rules_en.json "succession")
_SUCCEEDING = rule_words("ar")["succession"] | rule_words("en")["succession"]
_AGREEMENT_NOUNS = _word_class("agreement_nouns")  # اتفاقية, memorandum: an agreement
_NO_PLACE = {"phone_call"}
# events that are one official's act (a statement, raising a flag): their actor is the
# nearest person before the trigger, not the sides of a meeting
_ONE_ACTOR = {"statement", "other"}
# ... but for the acts of two sides: credentials are presented by envoys to a host
# (a joint statement is its sides'; an installation, its presider's and the installed's)
_MANY_ACTOR_KINDS = {"credentials", "joint", "installation"}
# who receives an envoy's credentials: a head of state (or his deputy standing in)
_CREDENTIALS_HOSTS = {"head_of_state", "deputy_head_of_state"}
_PREPS = _word_class("preposition")
# where an English venue starts: "at the X Palace", "in his office at X Headquarters"
_EN_VENUE_PREPS = frozenset({"at", "in", "inside"})
_EN_VENUE_DETS = frozenset({"the", "his", "her", "its", "their"})
_STATE_ACTORS = {"supply", "agreement"}
# words that make a trigger the occasion of a discussion ("خلال اتصال هاتفي")
_OCCASION = _word_class("occasion")
_SEPARATE_ACTS = _word_class("separate_acts")
# the verbs and prepositions of receiving a guest, before "visiting" and the guest
_HOSTING_WORDS = _word_class("hosting_words")
# heads whose complement is another post's holder ("مبعوث الرئيس", "مستشار الرئيس")
_POSSESSORS = _word_class("possessor")

# Institutions that speak for themselves ("وزارة الداخلية في بيان", "the ministry said in a
# statement"), from data/lexicon/rules_ar.json and rules_en.json.
_INSTITUTIONS = {
    "ar": rule_words("ar")["institution_heads"],
    "en": rule_words("en")["organization_words"],
}

# Posts whose holders receive visitors one by one, not as members of a delegation.
_LEADERS = {
    "head_of_state",
    "deputy_head_of_state",
    "head_of_government",
    "deputy_head_of_government",
}

# "مقيما في داكار", "resident in Dakar": where a non-resident envoy lives, no event's place
_RESIDENT = rule_words("ar")["resident_words"] | rule_words("en")["resident_words"]

# "يزور السلطنة حاليا", "visit to the kingdom": the article's own state, by its kind
_STATE_KINDS = _word_class("state_kind")
_OWN_COUNTRY = _word_class("own_country")
_EACH = _word_class("each_of")
_AFTER_OBJECT = _word_class("after_object")
_LIST_TIME = _word_class("list_time")
_NOT_OFFICIAL_AFTER = _word_class("not_official_after")
_OBJECT_SUFFIX_VERBS = _word_class("object_suffix_verb")
_ACCOMPANYING = _word_class("accompanying")
_VISITORS_DELEGATION = _word_class("visitors_delegation")
_HOST_DELEGATION = _word_class("host_delegation")
_DELEGATION_WORDS = _word_class("delegation_words")
# an Arabic word ending in a pronoun (في استقباله, مستقبليهم): its person was told before
_PRONOUN_END = re.compile("(ه|ها|هم|هما)$")
_VISIT_VERBS = _word_class("visit_verb")
# "the newly accredited ambassador": a participle as an adjective, no act
_PARTICIPLE_ADVERBS = _word_class("participle_adverb")
_DETERMINERS = _word_class("determiners")
_BARE_PARTICIPLE_ADVERBS = _word_class("bare_participle_adverb")
# a dateline's place before a dash, a colon or a bracket (دمشق - سانا, ISLAMABAD (APP) -)
_DATELINE_HEAD = re.compile(r"^(.{2,40}?)\s*(?:[-–—:]|\()\s*")


@cache
def _kinds_of(code: str) -> frozenset[str]:
    """The words of a state's formal names (سلطنة عمان, Kingdom of Morocco), folded as a
    token's key and norm are: the kinds of state it is."""
    c = lexicon.country_by_code(code)
    if c is None:
        return frozenset()
    words = {w for n in c.alt_ar for w in normalize_ar(n).split()}
    words |= {inner_key(w) for w in words} | {w.lower() for n in c.alt_en for w in n.split()}
    return frozenset(words)


# Name particles of English spellings (al-Sudani, then Sudani), data/lexicon/rules_en.json.
_EN_PARTICLES = rule_words("en")["name_particles"]
# bin, بن: the word of a lineage, before a father's name (Bin Touq)
_LINEAGE_WORDS = lexicon.patronymic_particles()
_BULLETS = frozenset("-•*–·")  # what opens an item of a list, one a line
_PHONE_CAMEO = next(
    r["cameo"] for r in lexicon.load_jsonl("events.jsonl") if r.get("type") == "phone_call"
)

# Words that open the object of a meeting verb when no مع / with does (a delegation).
_DELEGATION_WORDS = _word_class("delegation")
# The pronouns an event noun may end in (لقائه, اجتماعهما): whose meeting it is.
_PRONOUNS = ("ه", "ها", "هما", "هم")
# "paid a visit to General X": the word between a visit and the person visited
_VISITED_PERSON = _word_class("visited_person")
_VISIT_MAKER = _word_class("visit_maker")
_DURING_VISIT = _word_class("during_visit")
_TENURE_NOUNS = _word_class("tenure_nouns")
_PASSIVE_AUX = _word_class("passive_auxiliaries")
# "the message was delivered to X": what is handed over is a message, not a supply
_MESSAGES = _word_class("message")
_NOT_SUPPLIED = _word_class("not_supplied")
_NOT_SUPPLIED_AFTER = _word_class("not_supplied_after")
_RECENTLY = _word_class("recently")
# How many sentences apart the signatories of one agreement may be told, one by one.
_SIGNING_REACH = 3
# "called for calm", "was called to the capital": the words that make "called" no call
_NOT_A_CALL = _word_class("not_a_call")
_SIGNED_BOOK = _word_class("signed_book")
# the words before "signed" that make it an adjective (with signed agreements)
_SIGNED_ADJECTIVE_AFTER = _word_class("signed_adjective_after")
# the words before "sign" that make it a noun (in a sign of, a clear sign that)
_SIGN_NOUN_AFTER = _word_class("sign_noun_after")
# the modals, auxiliaries and "to" before which "sign" and "signed" stay verbs
_SIGN_VERB_BEFORE = _word_class("sign_verb_before")
# قام بزيارة: the verbs whose subject performs the act a noun after ب names
_PERFORM_VERBS = _word_class("perform_verbs")
_AGREEMENT_NOUNS = _word_class("agreement_nouns")
_OCCASION_AFTER = _word_class("occasion_after")
_DECEASED = _word_class("deceased")
_BEING = _word_class("being")
_BEING_SUBJECT = _word_class("being_subject")
_PASSIVE = _word_class("passive")
# "what he called", "as she called it": "called" that names, not a call; and "so-called"
_NAMING_CALL = _word_class("naming_call")
_NAMING_PREFIX = _word_class("naming_prefix")
_NAMING_NOUNS = _word_class("naming_nouns")
_GREETING_NOUNS = _word_class("greeting_nouns")
# استقبال: a host verb's noun, which may receive things as well as persons
_HOST_NOUNS = _word_class("host_noun")
# "X said that Norway delivered aid": the word that opens what a person reports
_REPORTED_THAT = _word_class("reported_that")
# "a memorandum signed between Egypt and Jordan": the word before an act's sides
_PARTIES = _word_class("parties")
# الذي, التي, who: a visit told in a relative clause is that of the person it follows.
_RELATIVE = _word_class("relative")
# a visit yet to come, right before or after its noun (the planned visit, الزيارة المرتقبة)
_PLANNED_VISIT = _word_class("planned_visit")
_GATHER_VERBS = _word_class("gather_verbs")  # اللقاء الذي جمع X بـY
_CARRIED_ON = _word_class("carried_on")  # proceeded to hold talks: done, no plan
_PROGRAMME_NOUNS = _word_class("programme_nouns")  # the programme ... includes a meeting
_RETURN_WORDS = _word_class("return_words")  # عائدا إلى القاهرة: home, no visit
_DEPARTURE_VERBS = _word_class("departure_verbs")  # غادر X إلى عمان: after إلى only
_DEPARTURE_PURPOSES = _word_class("departure_purposes")  # للمشاركة, تلبية لدعوة
_ARRIVAL_B_VERBS = _word_class("arrival_b_verbs")  # حل X بالجزائر: a place with ب
_HALL_TIMES = _word_class("hall_times")  # حل X اليوم، أمس، مساء الأحد بتونس
_CHAIR_VERBS = _word_class("chair_verbs")  # ترأس الجانب القطري X، فيما ترأس ...
_PARTY_OF_GUEST = _word_class("party_of_guest")  # Y والوفد المرافق له الذي ضم Z
_PARTY_MEMBERS = _word_class("party_members")  # ضم, which included: its members
_TELLING_VERBS_EN = _word_class("telling_verbs")  # X informed Y that he ...: X
# ظهر, مساء: the parts of a day (data/lexicon/time.json)
_DAY_PARTS = day_parts_ar()
# سموه, معاليه: His Highness, His Excellency, standing for the subject just told of.
_HONORIFIC_PRONOUNS = _word_class("honorific_pronoun")
# the Angolan statesman, the Namibian leader: the state's one head named in the article
_LEADER_NOUNS = _word_class("leader_noun")
_OFFICIAL_NOUNS = _word_class("official_noun")
_DELEGATION_NOUNS = _word_class("delegation_noun")
_DELEGATION_AFTER = _word_class("delegation_named_after")
_HEADED_BY_WORDS = rule_words("ar")["headed_by"]  # (برئاسة, بقيادة, يرأسه ...)
_HEADS = ("head_of_state", "head_of_government")
# called on X to discuss: a call paid, not an appeal
_CALL_PURPOSE = _word_class("call_purpose")
# يلتقي, يزور, يجري: Arabic verbs in the imperfect; in a report's body, what is to come
_IMPERFECT = _word_class("imperfect")
# الذي يزور البلاد حاليا, كان يلتقي: an imperfect of what is going on or went on
_ONGOING = _word_class("ongoing")
# أيضا, كما, also: a sentence that adds to what was just told
_ALSO = _word_class("also")
# كما, فيما, ثم: what may stand before a verb whose subject is left out ("كما بحث مع X")
_GO_ON = _word_class("go_on")
_LATER = _word_class("later_words")  # والتقى لاحقا بـ X: an adverb between verb and object
# "The Indian side was led by X": the verbs of leading a side, and the side's nouns
_SIDE_LED = _word_class("side_led")
_SIDE_NOUNS = _word_class("side_nouns")
# وقال, He: a verb of speech opening a sentence whose speaker was told before
_SPEECH_OPENING = _word_class("speech_opening")
# after, as, while ...: a clause of its own in an English sentence (subordinator), its verb
# (finite_verb, or a past in -ed) and the words that may end its subject before the verb
_SUBORDINATORS = _word_class("subordinator")
# the words that may stand between a bare title and its verb (the FM also received)
_BETWEEN_TITLE_AND_VERB = _word_class("between_title_and_verb")
# the head of a definite title with a nationality as a subject (the Saudi minister, the
# Egyptian president) and the posts whose holder it names
_MINISTER_ROLES = frozenset({"minister", *MINISTER_OF.values()})
_DEPUTY_TITLE_WORDS = frozenset({"deputy", "assistant", "vice", "under", "junior", "state"})
# the portfolio words of the four named ministries in such a title (the US defense
# secretary, the treasury secretary: rules_en ministry_org)
_PORTFOLIO_ROLES = {w: MINISTER_OF[o] for w, o in rule_words("en")["ministry_org"].items()}
_STATED_HEADS = {
    "minister": _MINISTER_ROLES,
    "secretary": _MINISTER_ROLES,
    "president": frozenset({"head_of_state"}),
    "premier": frozenset({"head_of_government"}),
    "ambassador": frozenset({"ambassador"}),
    "envoy": frozenset({"envoy", "ambassador"}),
}
_FINITE_VERBS = _word_class("finite_verb")
_FINITE_SUBJECT_ENDS = _word_class("finite_subject_end")
# his, her, their: a visit noun after them is its owner's, whoever "by" names
_OWNERS = _word_class("owners")
# "received five new ambassadors": envoys the article names later, in a list of their own
_ENVOYS_LATER = _word_class("envoys_named_later")

# where the person a proxy phrase names must stand by (نيابة عن الملك X، ...)
_PROXY_STOPS = frozenset("،,;؛.()")

# How many earlier and later events sharing a person may be the same happening.
_NEAR = 12


@dataclass(frozen=True)
class EventsFound:
    """What :func:`find_events` returns: events and the objects they refer to."""

    events: tuple[Event, ...] = ()
    places: tuple[Place, ...] = ()
    organizations: tuple[Organization, ...] = ()
    countries: tuple[Country, ...] = ()
    sources: tuple[Source, ...] = ()
    # the states the article's sentences name (names and nationalities), past the topics
    # of talks (الأوضاع في X): which states the article is about
    named_states: tuple[str, ...] = ()


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class _Trigger:
    type: str
    cameo: str
    kind: str
    first: str  # the lexicon form's first key (to tell a future prefix from the stem)
    host: bool = False
    split: bool = False
    weak: bool = False
    anaphor: bool = False


@dataclass
class EventLexicon:
    """Triggers and cues of one language, as word-key tries."""

    lang: str
    triggers: Trie = field(default_factory=Trie)
    cues: dict = field(default_factory=dict)  # cue name -> Trie
    cue_firsts: dict = field(default_factory=dict)  # first key -> names of cues it may open


@cache
def _short_styles() -> tuple[tuple[str, ...], ...]:
    """The folded styles of the ``short_style`` cue (الأمير, الشيخ ...)."""
    rows = [r for r in lexicon.load_jsonl("events.jsonl") if r.get("cue") == "short_style"]
    return tuple(_keys(w, "ar") for r in rows for w in r.get("ar", []))


# the father's-name particles (بن, ابن) as the events' keys fold them
_PATRONYMIC_KEYS = frozenset(
    inner_key(normalize_ar(w)) for w in lexicon.patronymic_particles() if is_arabic(w)
)


@lru_cache(maxsize=65536)
def _keys(phrase: str, lang: str) -> tuple[str, ...]:
    if lang == "ar":
        return tuple(inner_key(normalize_ar(w)) for w in phrase.split())
    # hyphens stand alone, as the tokenizer's infixes leave them (co-chaired: co - chaired)
    return tuple(re.findall(r"[\w']+|[^\w\s]", normalize_en(phrase)))


@cache
def event_lexicon(lang: str, disabled: frozenset[str] = frozenset()) -> EventLexicon:
    """The triggers and cues of ``lang`` from data/lexicon/events.jsonl, built once, without
    the triggers whose rule (``ev.<type>.<kind>``) is in ``disabled``.

    >>> lex = event_lexicon("ar")
    >>> lex.triggers.longest([["اتصالا"], ["هاتفيا"]])[1].type
    'phone_call'
    """
    lex = EventLexicon(lang=lang)
    for row in lexicon.load_jsonl("events.jsonl"):
        forms = lexicon.post_phrases(row, lang)  # listed, and spelt out by a grammar
        if "type" in row:
            for form in forms:
                keys = _keys(form, lang)
                if not keys:
                    continue
                kind = row.get("kind", "noun")
                if f"ev.{row['type']}.{kind}" in disabled:
                    continue
                lex.triggers.add(
                    keys,
                    _Trigger(
                        type=row["type"],
                        cameo=row.get("cameo", ""),
                        kind=kind,
                        first=keys[0],
                        host=bool(row.get("host")),
                        split=bool(row.get("split")),
                        weak=bool(row.get("weak")) or kind == "weak",
                        anaphor=kind == "anaphor",
                    ),
                )
        elif "cue" in row:
            trie = lex.cues.setdefault(row["cue"], Trie())
            for form in forms:
                keys = _keys(form, lang)
                if keys:
                    trie.add(keys, row["cue"])
    for name, trie in lex.cues.items():
        for k in trie.root:
            lex.cue_firsts.setdefault(k, []).append(name)
    return lex


# --------------------------------------------------------------------------- tokens

_ALNUM = re.compile(r"[^\W_]")  # a letter or a digit of any script


@dataclass(slots=True)
class _Tok:
    i: int
    text: str
    norm: str
    key: str
    begin: int
    end: int
    sent: int
    punct: bool
    firsts: list[str]
    clitics: dict[str, str]  # first key -> clitics stripped to reach it
    definite: bool = False


def _tokens(doc, lang: str) -> list[_Tok]:
    d = doc_tokens(doc)  # read from the Doc once for every rule set
    view = _ar_view if lang == "ar" else _en_view
    out: list[_Tok] = []
    for text, norm, begin, punct, s_i in zip(
        d.texts, d.norms, d.starts, d.punct, d.sents, strict=True
    ):
        if _blank(text):
            continue  # a second space inside a line parts no words
        norm = norm or text
        key, firsts, clitics, definite = view(norm)
        out.append(
            _Tok(
                len(out),
                text,
                norm,
                key,
                begin,
                begin + len(text),
                s_i,
                punct or _no_alnum(text),
                firsts,
                clitics,
                definite,
            )
        )
    return out


@lru_cache(maxsize=65536)
def _no_alnum(text: str) -> bool:
    return not _ALNUM.search(text)


@lru_cache(maxsize=65536)
def _ar_view(norm: str) -> tuple[str, list[str], dict[str, str], bool]:
    """(key, first keys, clitics of each first key, definite) of a folded Arabic word:
    words repeat, so each is read once (the lists are shared, and never changed)."""
    pairs = list(first_keys(norm))
    if len(norm) == 3 and norm[0] in "وف" and norm[1:] in _SHORT_PREPOSITIONS:
        pairs.append((norm[1:], norm[0]))  # وفي بيان: "and in a statement"
    bare = norm[1:] if len(norm) > 3 and norm[0] in "وف" else norm
    if len(bare) > 3 and bare[0] in "بلك" and not bare.startswith("لل"):
        bare = bare[1:]
    definite = bare.startswith("ال") or bare.startswith("لل") or norm.startswith("لل")
    # a future prefix on an imperfect verb: سيزور -> يزور
    extra = []
    for k, c in pairs:
        if len(k) > 3 and k[0] == "س" and k[1] in "يتن":
            extra.append((k[1:], c + "س"))
    pairs = pairs + extra
    return inner_key(norm), [k for k, _ in pairs], {k: c for k, c in reversed(pairs)}, definite


# two-letter prepositions that a conjunction و/ف may carry (وفي), too short for the
# clitic reading of kg.extract.index.first_keys, which needs three letters after it
_SHORT_PREPOSITIONS = _word_class("short_preposition")
# what opens a quotation or a speech: no opening phrase runs past it
_QUOTE_OPENERS = frozenset({":", '"', "«", "“", "'", "‘"})
# what closes a clause
_CLAUSE_MARKS = frozenset({"،", ",", ";", "؛", ":"})


@lru_cache(maxsize=65536)
def _en_view(norm: str) -> tuple[str, list[str], dict[str, str], bool]:
    """The same for an English word: itself, with no clitics."""
    return norm, [norm], {norm: ""}, False


def _opts(toks: list[_Tok], i: int, end: int) -> list[list[str]]:
    out = []
    for j in range(i, min(i + 7, end, len(toks))):
        t = toks[j]
        if t.punct and t.text not in ("-",):
            break
        out.append(t.firsts if j == i else [t.key])
    return out


# after "will", the verbs whose subject is an event still to come (the meeting will be)
_FUTURE_PREDICATES = _word_class("future_predicates")
# the words before a supply noun that make it a topic (a deal for supply of uranium)
_TOPIC_PREPS = _word_class("topic_preps")
_BEARING = _word_class("bearing_words")
_VISITING_GROUPS = _word_class("visiting_groups")
_GROUP_LEADS = _word_class("group_leads")
_AFTER_WORDS = _word_class("after_words")
# officials met but not named, after "with" (with the ASEAN foreign ministers)
_UNNAMED_COUNTERPARTS = _word_class("unnamed_counterparts")
# the words that open a clause of its own between two persons (فيما يترأس وفد سوريا Y)
_CLAUSE_OPENERS = _word_class("clause_openers")
# Arabic verbs of receiving with their object as a pronoun (واستقبله Y)
_HOST_OBJECT = _word_class("host_object_forms")
# the verbs that carry an event noun (could not hold any meeting with X)
_LIGHT_VERBS = _word_class("light_verbs")
# the nouns of people a supply's words may qualify (the Humanitarian Aid Coordinator)
_SUPPLY_PEOPLE = _word_class("supply_people")
# English verbs of receiving in the active voice: whom they are followed by is received
_ACTIVE_RECEIVING = _word_class("active_receiving")
# the nouns of an official a sentence's subject may describe one told of before by (The
# Caribbean diplomat also met with X)
_SUBJECT_NOUNS = _word_class("described_subjects")
# تبادل: a generic cue that governs an event noun, never an Arabic verb after its complement
_EXCHANGE_NOUNS = _word_class("exchange_nouns")
#: The kinds of Arabic triggers that are verbs (a clause of their own)
_VERB_KINDS = frozenset({"verb", "host", "arrival"})

# the words that make the title after them a deputy's (Deputy Secretary-General, نائب)
_DEPUTY_WORDS = rule_words("en")["deputy_words"] | rule_words("ar")["deputy_heads"]
# the words of a clause denied after "but" (but could not hold any meeting with B)
_DENIALS = _word_class("denial_words")
# a speaker's verbs after his name (Amolo said)
_SPEECH_VERBS = rule_words("en")["speech_verbs"]

# posts that serve another's office: their titles hold their principal's words
_STAFF_ROLES = frozenset({"adviser", "spokesperson"})


def _longest(trie: Trie, toks: list[_Tok], i: int, end: int):
    """``trie.longest(_opts(toks, i, end))``, walking the tokens themselves: most words
    start no phrase, and most phrases stop after a word or two.

    >>> _longest(event_lexicon("en").triggers, [], 0, 0) is None  # an empty range
    True
    """
    if i >= end or i >= len(toks):
        return None
    t = toks[i]
    root = trie.root
    for k in t.firsts:
        if k in root:
            break
    else:
        return None  # the common case: no phrase starts with this word
    if t.punct and t.text != "-":
        return None
    stop = min(i + 7, end, len(toks))
    best = None
    for k in t.firsts:  # the first word may have several readings; the longest wins
        node = root.get(k)
        n, j = 1, i + 1
        while node is not None:
            if None in node and (best is None or n > best[0]):
                best = (n, node[None])
            if j >= stop:
                break
            u = toks[j]
            if u.punct and u.text != "-":
                break
            if u.text == "-" and "-" not in node and j + 1 < stop and toks[j + 1].key in node:
                # Secretary - General, Director - General: the words a hyphen joins
                node = node[toks[j + 1].key]
                n, j = n + 2, j + 2
                continue
            node = node.get(u.key)
            n, j = n + 1, j + 1
    return best


def _scan(trie: Trie, toks: list[_Tok], lo: int, hi: int) -> list[tuple[int, int, object]]:
    """Longest, non-overlapping matches of ``trie`` in tokens lo..hi: (start, end, value)."""
    hits, i = [], lo
    root = trie.root
    while i < hi:
        t = toks[i]
        if t.punct or root.keys().isdisjoint(t.firsts):
            i += 1  # no phrase of the trie starts with this word: skip the full lookup
            continue
        m = _longest(trie, toks, i, hi)
        if m:
            hits.append((i, i + m[0], m[1]))
            i += m[0]
        else:
            i += 1
    return hits


# --------------------------------------------------------------------------- drafts


@dataclass(eq=False)
class _Draft:
    type: str
    cameo: str
    kind: str
    sent: int
    mentions: list[Mention]
    actors: list[str]
    hosts: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    place: dict | None = None
    date: object = None
    earliest: object = None
    latest: object = None
    status: str = "held"
    sources: list[Source] = field(default_factory=list)
    parent: _Draft | None = None
    headline: bool = False
    paragraph: int = 0
    alive: bool = True
    first_tok: int = 0
    joined: bool = False  # a summary item's visit that took in the talks held on it
    # a visit to several places named in one list (a tour of A, B and C): the places
    # after the first, each its own visit in the result
    more_places: list[dict] = field(default_factory=list)
    # a meeting noun in construct with its owner (بلقاء الرئيس X مع Y): its sides are
    # those named, none taken from the sentence before
    owned: bool = False
    # the visit noun a reception absorbed (استقبل X الوزير Y ... وخلال الزيارة, على هامش
    # زيارته): its token span, for the guest's visit told with it
    visit_said: tuple[int, int] | None = None


# How long a visit told by its first day may last: a meeting in that many days after it
# may be held on it ("arrived on Saturday ... On Sunday he met").
_VISIT_DAYS = 7


def _times_meet(e: _Draft, d: _Draft) -> bool:
    """Can the times of two drafts be one (a day inside the other's period, two periods
    that overlap, or either with no time)? A visit dated by its first day goes on for up to
    :data:`_VISIT_DAYS` days. O(1)."""
    spans = []
    for x in (e, d):
        lo, hi = (x.date, x.date) if x.date else (x.earliest, x.latest)
        if lo is None or hi is None:
            return True
        if x.type == "visit" and x.date:
            hi = x.date + timedelta(days=_VISIT_DAYS)
        spans.append((lo, hi))
    (lo_e, hi_e), (lo_d, hi_d) = spans
    return lo_e <= hi_d and lo_d <= hi_e


def _copy(d: _Draft, actors: list[str]) -> _Draft:
    """The event ``d`` told again with other actors (its lists its own), alive."""
    return replace(
        d,
        actors=actors,
        alive=True,
        mentions=list(d.mentions),
        hosts=list(d.hosts),
        targets=list(d.targets),
        countries=list(d.countries),
        sources=list(d.sources),
        more_places=list(d.more_places),
    )


@dataclass(slots=True)
class _Sentence:
    index: int
    lo: int  # token range
    hi: int
    begin: int  # char range
    end: int
    paragraph: int
    headline: bool


def _abbreviation(cur: list[_Tok], nxt: _Tok) -> bool:
    """A full stop of an abbreviation ("Aug. 4", "Gen. Smith") does not end a sentence."""
    last = cur[-1].text
    word = (
        last[:-1]
        if last.endswith(".") and len(last) > 1
        else (cur[-2].text if last == "." and len(cur) > 1 else "")
    )
    if not word or not word.isalpha() or not word[:1].isupper() or len(word) > 4:
        return False
    return (
        nxt.text[:1].isdigit()
        or nxt.text[:1].isupper()
        and len(word) <= 3
        or nxt.text[:1].islower()
    )


def _sentences(
    toks: list[_Tok], text: str, *, summary_end: int = -1, run_on: frozenset = frozenset()
) -> list[_Sentence]:
    """spaCy's sentences, cut again at line breaks (a headline or a dateline is a line).
    Sentences before ``summary_end`` (the seed form's ``date … - summary`` line) are a
    summary of the body, like a headline."""
    groups: list[list[_Tok]] = []
    cur: list[_Tok] = []
    for t in toks:
        if cur and (t.sent != cur[-1].sent) and not _abbreviation(cur, t):
            groups.append(cur)
            cur = []
        if "\n" in t.text and not t.text.strip():
            if t.begin in run_on:
                continue  # a line wrapped inside a sentence (``kg_run_on`` of the pipeline)
            if cur:
                groups.append(cur)
            cur = []
            continue
        cur.append(t)
    if cur:
        groups.append(cur)
    out = []
    para = counted = 0  # the line breaks before ``counted``, counted once for all sentences
    for g in groups:
        words = [t for t in g if not t.punct]
        if not words:
            continue
        lo, hi = g[0].i, g[-1].i + 1
        begin, end = g[0].begin, g[-1].end
        para += text.count("\n", counted, begin)
        counted = begin
        line_end = text.find("\n", end)
        tail = text[end : line_end if line_end >= 0 else len(text)].strip()
        last = g[-1].text
        headline = (
            not tail and not last.endswith((".", "!", "?", "؟", "۔", "؛")) and len(words) <= 24
        ) or begin < summary_end
        out.append(_Sentence(len(out), lo, hi, begin, end, para, headline))
    return out


# --------------------------------------------------------------------------- helpers


def _event_id(article_id: str, d: _Draft, place: str = "") -> str:
    first = min(m.begin for m in d.mentions)
    raw = "|".join([article_id, d.type, ",".join(sorted(d.actors)), str(first)])
    if place:
        raw += "|" + place  # the further visits of a tour (A, B and C)
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:12]


def _is_ar(s: str) -> bool:
    return bool(re.search("[\u0600-\u06ff]", s))


def _add_sources(drafts: list[_Draft], sources: list[Source]) -> None:
    for d in drafts:
        for src in sources:
            if src not in d.sources:
                d.sources.append(src)


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalize_en(s)).strip("-")


def _place_obj(d: dict) -> Place:
    return Place(
        id=d["id"],
        label_en=d["en"],
        label_ar=d["ar"],
        kind=d.get("kind") or "city",
        country=d.get("country"),
    )


def _country_place(code: str, lang: str) -> dict:
    ix = arabic_index() if lang == "ar" else english_index()
    info = ix.info[code]  # a code of the index's own countries
    return {"id": _slug(info.en), "en": info.en, "ar": info.ar, "kind": "country", "country": code}


@cache
def _capitals() -> dict[str, dict]:
    out = {}
    for p in lexicon.places():
        if p.kind == "capital" and p.country:
            out.setdefault(
                p.country,
                {"id": p.id, "en": p.en, "ar": p.ar, "country": p.country, "kind": p.kind},
            )
    return out


def _capital_place(code: str) -> dict | None:
    """The place of a state's capital, as the places index gives it.

    >>> _capital_place("RU")["en"], _capital_place("XX")
    ('Moscow', None)
    """
    return _capitals().get(code)


def _within(place: dict, other: dict) -> bool:
    """True when ``place`` lies in ``other`` (a city in its state)."""
    return (
        other.get("kind") == "country"
        and place.get("kind") != "country"
        and place.get("country") == other.get("country")
    )


class _Reader:
    """The per-article state of the event rules."""

    def __init__(self, doc, article: Article, persons, tenures, disabled=frozenset()):
        self.doc = doc
        self.article = article
        self.lang = article.lang if article.lang in ("ar", "en") else "ar"
        self.text = article.text
        self.disabled = frozenset(r for r in disabled if r.startswith("ev."))
        self.lex = event_lexicon(self.lang, self.disabled)
        self.ix = (
            arabic_index_reading(arabic_index(), doc) if self.lang == "ar" else english_index()
        )
        self.toks = _tokens(doc, self.lang)
        self._begins = [t.begin for t in self.toks]
        self.summary_end = -1
        if article.summary and self.text.lstrip().startswith("date "):
            first = self.text.find("\n", len(self.text) - len(self.text.lstrip()))
            self.summary_end = first if first >= 0 else len(self.text)
        self.sents = _sentences(
            self.toks,
            self.text,
            summary_end=self.summary_end,
            run_on=doc.user_data.get("kg_run_on", frozenset()),
        )
        self.persons = persons
        self.tenures = tenures
        # spokespersons announce events; they take part only when nobody else is named
        roles: dict[str, set[str]] = {}
        for t in tenures:
            roles.setdefault(t.person, set()).add(t.role)
        self.spokes = {p for p, r in roles.items() if r == {"spokesperson"}}
        self.roles_of = roles
        self.drafts: list[_Draft] = []
        # the tokens of visits told as made before (الزيارة التي قام بها الوزير مؤخرا)
        self.prior_visits: set[int] = set()
        self.sidelines: set[int] = set()  # sentences of a meeting on a gathering's sidelines
        # sentences told on the sidelines of "his visit" (على هامش زيارته): its token span
        self.own_visits: dict[int, tuple[int, int]] = {}
        self.separately: set[int] = set()  # sentences that say "كل على حدة", "separately"
        self.bilateral: set[int] = set()  # "a series of bilateral meetings with"
        self.orgs: dict[str, Organization] = {}
        self.article_sources: list[Source] = []
        self.dateline_place: dict | None = None
        home = home_state(article)
        self.home = home[0] if home else None
        self.dateline_end = -1
        self._arrived_to: tuple[int, int, dict] | None = None  # (sentence, paragraph, place)
        self._clause_states: set[str] = set()
        self.named_states: set[str] = set()  # every state the sentences name, past their topics
        self._person_spans()

    # ------------------------------------------------------------ persons

    def _person_spans(self) -> None:
        """Every name occurrence as (begin, end, person id), minus names inside another
        person's title ("adviser to President X, Y": X only qualifies Y's post)."""
        spans = []
        for p in self.persons:
            for m in p.mentions:
                spans.append((m.begin, m.end, p.id))
        titles = []
        for t in self.tenures:
            for m in t.mentions:
                titles.append((m.begin, m.end, t.person))
        kept = []
        titles.sort()
        for b, e, pid in spans:
            lo = bisect.bisect_left(titles, (b - 300,))
            hi = bisect.bisect_right(titles, (b, float("inf")))
            inside = any(
                tb <= b and e <= te and tp != pid and e < te for tb, te, tp in titles[lo:hi]
            )
            if not inside:
                kept.append((b, e, pid))
        kept.extend(self._name_occurrences(kept))
        # the late King X: one who has died takes part in no event
        kept = [x for x in kept if not self._deceased_before(x[0])]
        # succeeding X, خلفا لX: the predecessor named takes part in no event
        gone = [
            (m.begin, m.end)
            for t in self.tenures
            for m in t.mentions
            if m.rule.split("+")[0] in ("ar.predecessor", "en.predecessor")
            # (خلفا للسفير X: the post a predecessor held, told with its title)
            or (t.status == "former" and self._after_succession(m.begin))
        ]
        kept = [x for x in kept if not any(gb <= x[0] < ge for gb, ge in gone)]
        self.spans = sorted(set(kept))
        # where each post's words start, and whose they are (a title right after a noun)
        self.title_starts = sorted((m.begin, t.person) for t in self.tenures for m in t.mentions)
        self.country_of: dict[str, set[str]] = {}
        self.role_of: dict[str, set[str]] = {}
        for t in self.tenures:
            if t.country:
                self.country_of.setdefault(t.person, set()).add(t.country)
            self.role_of.setdefault(t.person, set()).add(t.role)
        self.title_spans = sorted(titles)

    def _after_succession(self, char: int) -> bool:
        """Does a word of succeeding someone (خلفا, succeeding) stand right before the
        token at offset ``char``?"""
        k = bisect.bisect_left(self._begins, char)
        if k == 0:
            return False
        prev = self.toks[k - 1]
        return prev.norm in _SUCCEEDING or prev.key in _SUCCEEDING

    def _deceased_before(self, char: int) -> bool:
        """Does a mark of one who has died (the late, الراحل) stand among the five words
        before the name at offset ``char`` (his title's), in its clause? In English "late"
        only after "the" (the late King X; not "in late March", "arrived late")."""
        k = bisect.bisect_left(self._begins, char)
        for j in range(k - 1, max(-1, k - 6), -1):
            t = self.toks[j]
            if t.punct:
                return False
            if t.norm in _DECEASED or t.key in _DECEASED:
                return self.lang != "en" or (j > 0 and self.toks[j - 1].norm == "the")
        return False

    def _post_starts_at(self, char: int) -> bool:
        """Do a post's words (a title, its state before it) start at offset ``char``?"""
        k = bisect_left(self.title_starts, (char, ""))
        return k < len(self.title_starts) and self.title_starts[k][0] == char

    def _lineage_forms(self) -> list[tuple[tuple[str, ...], str]]:
        """A name's "bin" and the word after it, by which Gulf news names one again (Bin
        Touq after Abdulla bin Touq Al Marri, بن طوق), when no other person of the story
        has that pair (bin Salman of two princes names neither)."""
        found: dict[tuple[str, ...], set[str]] = {}
        for p in self.persons:
            for name in (p.name_ar, p.name_en):
                if not name or (self.lang == "ar") != _is_ar(name):
                    continue
                keys = _keys(name, self.lang)
                for x in range(1, len(keys) - 1):
                    if keys[x] in _LINEAGE_WORDS and len(keys[x + 1]) >= 3:
                        found.setdefault((keys[x], keys[x + 1]), set()).add(p.id)
        return [(pair, next(iter(ids))) for pair, ids in found.items() if len(ids) == 1]

    def _name_occurrences(self, known) -> list[tuple[int, int, str]]:
        """Later mentions of a person by full name or surname that the officials rules did
        not record ("والتقى الفريق أول عبد المجيد صقر أيضا", "Yerlikaya also attended")."""
        forms: list[tuple[tuple[str, ...], str]] = []
        for p in self.persons:
            names = [p.name_ar, p.name_en] + [n for n, _ in p.alt_labels]
            names += lexicon.official_names(p.name_en)  # "فيصل بن فرحان" after the full name
            for name in names:
                if not name:
                    continue
                keys = _keys(name, self.lang) if (self.lang == "ar") == _is_ar(name) else ()
                if not keys:
                    continue
                forms.append((keys, p.id))
                last = keys[-1]
                # (a surname that is a function word, سلام: only after a title or a trigger,
                # as an adjective's below)
                if len(last) >= 4 and (last not in self.ix.function_words or self.lang == "ar"):
                    forms.append(((last,), p.id))
                    head, _, rest = last.partition("-")
                    if self.lang == "en" and head in _EN_PARTICLES and len(rest) >= 4:
                        forms.append(((rest,), p.id))  # al-Sudani, then Sudani
        forms += self._lineage_forms()
        given = self._given_name_forms(forms)
        forms += given.items()
        trie = Trie()
        for keys, pid in sorted(forms, key=lambda f: -len(f[0])):
            trie.add(keys, pid)
        covered_chars = set()
        for b, e, _ in known:
            covered_chars.update(range(b, e))
        out = []
        i = 0
        while i < len(self.toks):
            t = self.toks[i]
            if t.punct or t.begin in covered_chars:
                i += 1
                continue
            if self.lang == "en" and not t.text[:1].isupper():
                i += 1
                continue
            hit = _longest(trie, self.toks, i, len(self.toks))
            if not hit:
                i += 1
                continue
            n, pid = hit
            nxt = self.toks[i + n] if i + n < len(self.toks) else None
            if (
                given.get(tuple(x.key for x in self.toks[i : i + n])) == pid
                and nxt is not None
                and not nxt.punct
                and (
                    nxt.text[:1].isupper() if self.lang == "en" else self._goes_on_with_a_name(nxt)
                )
            ):
                i += 1  # "Prabowo" is Prabowo Subianto, "Prabowo Ahmad" someone else
                continue
            if (
                n == 1
                and self.lang == "ar"
                and (
                    any(k in self.ix.adjectives for k in t.firsts)
                    or t.key in self.ix.function_words
                )
            ):
                # السوداني is also "Sudanese", سلام "peace": a surname only after a title or a
                # trigger (والتقى سلام)
                prev = self.toks[i - 1] if i else None
                if prev is None or not (
                    prev.key in getattr(self.ix, "heads", ())
                    or any(f in self.lex.triggers.root for f in prev.firsts)
                ):
                    i += 1
                    continue
            end = self.toks[i + n - 1].end
            out.append((t.begin, end, pid))
            i += n
        return out

    def _given_name_forms(self, forms) -> dict[tuple[str, ...], str]:
        """English: the first words of a full name that begin no other person's name in the
        article, as a later mention of him ("Prabowo arrived", "Mohamed Khaled said" after
        Prabowo Subianto and Mohamed Khaled Nordin), as Indonesian, Malay and Thai stories
        (and royal styles) name people. A word of the lexicon (a title, a state, a
        function word) is no such name."""
        if self.lang != "en":
            return self._styled_given_names() if self.lang == "ar" else {}
        owners: dict[tuple[str, ...], set[str]] = {}
        for keys, pid in forms:
            for k in range(1, len(keys)):
                owners.setdefault(keys[:k], set()).add(pid)
        taken = {keys for keys, _ in forms}
        out = {}
        for prefix, pids in owners.items():
            if len(pids) > 1 or prefix in taken:
                continue
            if any(
                len(w) < 4 or w in self.ix.function_words or w in _EN_PARTICLES for w in prefix
            ) or any(self._lexicon_word(w) for w in prefix):
                continue
            out[prefix] = next(iter(pids))
        return out

    def _styled_given_names(self) -> dict[tuple[str, ...], str]:
        """Arabic: a style and a given name alone (الأمير فهد, الشيخ محمد) for the one
        person of the article named in full with that given name and a father's name
        (الأمير فهد بن ناصر), the styles of events.jsonl's ``short_style`` cue."""
        owners: dict[str, set[str]] = {}
        styled: dict[str, set[tuple[str, ...]]] = {}  # the styles a person was named with
        starts = [t.begin for t in self.toks]
        for p in self.persons:
            names = [n for n in (p.name_ar, *(n for n, _ in p.alt_labels)) if n and _is_ar(n)]
            for keys in {_keys(n, "ar") for n in names}:
                if len(keys) >= 2:
                    owners.setdefault(keys[0], set()).add(p.id)
            if not p.name_ar or len(keys := _keys(p.name_ar, "ar")) < 3:
                continue
            if keys[1] not in _PATRONYMIC_KEYS:
                continue
            for m in p.mentions:
                k = bisect_left(starts, m.begin)
                for style in _short_styles():
                    n = len(style)
                    if k >= n and tuple(t.key for t in self.toks[k - n : k]) == style:
                        styled.setdefault(p.id, set()).add(style)
        out = {}
        for given, pids in owners.items():
            pid = next(iter(pids))
            if len(pids) != 1 or given in self.ix.function_words or pid not in styled:
                continue
            for style in styled[pid]:  # الأمير فهد only after الأمير فهد بن ناصر
                out[(*style, given)] = pid
        return out

    def _goes_on_with_a_name(self, t: _Tok) -> bool:
        """Arabic: token t may carry on the name before it (بن, a family name with the
        article, a given name): الشيخ محمد الصباح is another Mohammed."""
        return (
            t.key in _PATRONYMIC_KEYS
            or (t.definite and t.key not in self.ix.function_words)
            or t.key in self.ix.given_names
        )

    def _lexicon_word(self, word: str) -> bool:
        """A word that opens a post, a state, a place, a rank or an honorific in the index."""
        ix = self.ix
        return any(
            word in trie.root
            for trie in (ix.posts, ix.countries, ix.adjectives, ix.places, ix.ranks, ix.honorifics)
        )

    def persons_in(self, begin: int, end: int) -> list[tuple[int, str]]:
        """(char offset, person id) of the names in a char range, first occurrence each."""
        out, seen = [], set()
        lo = bisect.bisect_left(self.spans, (begin,))
        for b, e, pid in self.spans[lo:]:
            if b >= end:
                break
            if e <= end and pid not in seen:
                seen.add(pid)
                out.append((b, pid))
        return out

    def spans_from(self, begin: int) -> list[tuple[int, int, str]]:
        """The names (begin, end, person id) that begin at char offset ``begin``."""
        lo = bisect.bisect_left(self.spans, (begin,))
        hi = bisect.bisect_left(self.spans, (begin + 1,))
        return self.spans[lo:hi]

    def spans_ending(self, end: int, reach: int = 300) -> list[tuple[int, int, str]]:
        """The names (begin, end, person id) that end at char offset ``end``."""
        lo = bisect.bisect_left(self.spans, (end - reach,))
        hi = bisect.bisect_left(self.spans, (end,))
        return [x for x in self.spans[lo:hi] if x[1] == end]

    def in_title_or_name(self, begin: int, end: int) -> bool:
        return self._inside(self.title_spans, begin, end) or self._inside(self.spans, begin, end)

    @staticmethod
    def _inside(spans: list, begin: int, end: int, reach: int = 300) -> bool:
        """Is [begin, end) inside one of the sorted ``spans`` (none longer than reach)?"""
        lo = bisect.bisect_left(spans, (begin - reach,))
        hi = bisect.bisect_right(spans, (begin, float("inf")))
        return any(b <= begin and end <= e for b, e, *_ in spans[lo:hi])

    # ------------------------------------------------------------ cues

    def cues(self, s: _Sentence) -> dict[str, list[tuple[int, int]]]:
        """Every cue's longest, non-overlapping matches in the sentence, in one pass: a
        word is looked up only in the cues that a phrase of may start with it."""
        out: dict[str, list[tuple[int, int]]] = {name: [] for name in self.lex.cues}
        free = dict.fromkeys(self.lex.cues, s.lo)  # where each cue may match next
        firsts = self.lex.cue_firsts
        for i in range(s.lo, s.hi):
            t = self.toks[i]
            if t.punct or firsts.keys().isdisjoint(t.firsts):
                continue  # the common case: no cue starts with this word
            names = {name for k in t.firsts for name in firsts.get(k, ())}
            for name in names:
                if i < free[name]:
                    continue
                m = _longest(self.lex.cues[name], self.toks, i, s.hi)
                if m:
                    out[name].append((i, i + m[0]))
                    free[name] = i + m[0]
        if self.lang == "en" and "companions" in out and not out["companions"]:
            out["companions"] = self._accompanied_by(s)
        if self.lang == "en" and out.get("planned"):
            # "He then proceeded to hold talks", "went on to meet": done, no plan
            out["planned"] = [
                (a, b)
                for a, b in out["planned"]
                if not (
                    self.toks[a].norm == "to"
                    and a - 1 > s.lo
                    and (
                        self.toks[a - 1].norm in _CARRIED_ON
                        or f"{self.toks[a - 2].norm} {self.toks[a - 1].norm}" in _CARRIED_ON
                    )
                )
            ]
        return out

    def _accompanied_by(self, s: _Sentence) -> list[tuple[int, int]]:
        """English: "is being accompanied by", "was accompanied to the meeting by": the
        companions' cue with a form of "be" (and "being") before "accompanied" and a
        phrase of place or occasion before "by" (to, on, in, at, during, no punctuation),
        as one span; the plain forms are the cue's words."""
        for i in range(s.lo + 1, s.hi - 1):
            if self.toks[i].norm != "accompanied":
                continue
            back = i - 1 - (self.toks[i - 1].norm == "being")
            if back < s.lo or self.toks[back].norm not in ("is", "was", "are", "were"):
                continue
            if self.toks[i + 1].norm == "by" or (
                self.toks[i + 1].norm in ("to", "on", "in", "at", "during")
                and any(self.toks[k].norm == "by" for k in range(i + 2, min(i + 7, s.hi)))
            ):
                by = next(k for k in range(i + 1, min(i + 7, s.hi)) if self.toks[k].norm == "by")
                if not any(self.toks[k].punct for k in range(i + 1, by)):
                    return [(back, by + 1)]
        return []

    def _said_that(self, a: int, s: _Sentence) -> bool:
        """English: does "that" or a colon follow the statement's words at token a within
        three words (said in a statement that ..., told reporters that ...): what follows is
        what was said?"""
        return any(self.toks[k].norm in ("that", ":") for k in range(a, min(a + 8, s.hi)))

    def _described_subject(self, s: _Sentence, a: int) -> bool:
        """English: does the sentence open with a description of one told of before as
        the subject of the trigger at token a ("The Caribbean diplomat also met with X",
        "The Cuban minister then held talks with Y"): "the", capitalised words, a noun of
        an official, then at most an adverb?"""
        k = s.lo
        # (after an opening phrase set off by a comma: "Prior to this, the visiting ...")
        comma = next((x for x in range(s.lo, min(a, s.lo + 6)) if self.toks[x].text == ","), None)
        if self.toks[k].norm != "the" and comma is not None:
            k = comma + 1
        if self.toks[k].norm != "the":
            return False
        k += 1
        while (
            k < a
            and (self.toks[k].text[:1].isupper() or self.toks[k].norm in ("visiting", "top"))
            and self.toks[k].norm not in _SUBJECT_NOUNS
        ):
            k += 1
        if k >= a or self.toks[k].norm not in _SUBJECT_NOUNS:
            return False
        k += 1
        return a - k <= 1 and all(self.toks[x].norm in _GO_ON for x in range(k, a))

    def _described_state(self, s: _Sentence, a: int) -> str | None:
        """The state a described subject's nationality names (The Cuban minister: CU), or
        None (for "he", or a description with none)."""
        if not self._described_subject(s, a):
            return None
        for k in range(s.lo + 1, a):
            hit = self.ix.adjectives.longest([[self.toks[k].key]])
            if hit:
                return hit[1]
        return None

    def _pronoun_subject(
        self, s: _Sentence, a: int, persons, etype: str | None = None
    ) -> str | None:
        """English "He", "She", "his", "her" before the trigger with no one named before it,
        or an Arabic verb with no subject whose object follows a preposition, is his
        counterpart (كما التقى نظيره X) or, for a meeting, one person named right after the
        verb and nothing after him (ثم التقى سفير ماليزيا X.): the first person of the
        latest event of the last two sentences, else the first one the previous sentence
        names, or None."""
        at = self.toks[a].begin
        if any(c < at for c, _ in persons):
            return None
        if self.lang == "ar":
            # a verb with its subject left out, its object after a preposition: "كما
            # التقى بالجنرال X", "واجتمع مع وزير الدفاع X": he who was just told of
            k1 = a + 1
            while k1 < s.hi and (self.toks[k1].norm in _GO_ON or self.toks[k1].key in _LATER):
                k1 += 1  # والتقى لاحقا بوزير X: past an adverb of time
            nxt = self.toks[k1] if k1 < s.hi else None
            honorific = nxt is not None and (
                nxt.norm in _HONORIFIC_PRONOUNS or nxt.key in _HONORIFIC_PRONOUNS
            )  # استقبل سموه X: His Highness, told of before
            if not honorific and (
                not (
                    self.toks[a].norm[:1] in "وف"
                    or all(self.toks[k].norm in _GO_ON for k in range(s.lo, a))
                    # وأضاف أنه التقى بوزير X: he said that he met X (the speaker the
                    # sentence before named first, before any word of an event)
                    or (
                        a - s.lo == 2
                        and (
                            self.toks[s.lo].norm in _SPEECH_OPENING
                            or self.toks[s.lo].key in _SPEECH_OPENING
                        )
                        and self.toks[s.lo + 1].norm in ("أنه", "انه", "إنه")
                        and self._speaker_before(s)
                    )
                    or self._has_also(s)
                    # جاء ذلك على هامش ...، حيث التقى مع X: "where he met"
                    or (a > s.lo and self.toks[a - 1].norm in ("حيث", "إذ", "اذ"))
                )
                or nxt is None
                or not (
                    nxt.norm == "مع"
                    or self._titled_object(nxt)
                    # (كما التقى نظيره X، ثم التقى سفير ماليزيا X وتم البحث)
                    or (etype == "meeting" and self._lone_object(s, a))
                )
            ):
                return None
        elif not any(
            self.toks[k].norm in ("he", "she", "his", "her") for k in range(s.lo, a)
        ) and not self._described_subject(s, a):
            return None
        elif (owner := self._fronted_owner(s, a)) is not None:
            return owner  # "In his meeting with X, the Chinese minister said ...": he
        # (in Arabic, past the sentences that tell of the meeting itself: ونقل الوزير خلال
        # اللقاء ...، وجرى خلال اللقاء ...، كما استعرض مع X)
        reach = 4 if self.lang == "ar" else 2
        prev = next(
            (
                d
                for d in reversed(self.drafts)
                if d.alive and d.actors and 0 < s.index - d.sent <= reach
            ),
            None,
        )
        if prev is not None and self.lang == "en" and prev.type == "visit" and prev.actors:
            return prev.actors[0]  # "X arrived on a visit ... He met Y": the visitor
        if prev is not None and self.lang == "en" and len(prev.actors) == 1:
            # "He also met ..." after "the minister met X" and "a fruitful meeting with X,"
            # he said: not X, but the one who met X in the event told before
            pair = next(
                (
                    d
                    for d in reversed(self.drafts)
                    if d.alive and len(d.actors) >= 2 and 0 < s.index - d.sent <= 3
                ),
                None,
            )
            if pair is not None and prev.actors[0] in pair.actors:
                return next(p for p in pair.actors if p != prev.actors[0])
        if prev is not None and self.lang == "en":
            # of its people, the one the story follows: in the most events so far, then
            # named first ("“A good meeting with X,” Y said. He also met ...": Y)
            seen = [p for d in self.drafts if d.alive for p in d.actors]
            first = {pid: b for b, _e, pid in reversed(self.spans)}
            said = self._described_state(s, a)
            if (
                said is None
                and self._described_subject(s, a)
                and any(self.toks[k].norm == "visiting" for k in range(s.lo, a))
            ):
                # "the visiting Prime Minister also called on X": the guest of the talks
                # told before, not their host
                guests = [p for p in prev.actors if p not in prev.hosts] if prev.hosts else []
                if not guests and len(prev.actors) == 2:
                    guests = prev.actors[1:]
                if len(guests) == 1:
                    return guests[0]
            if said is not None:
                # "The Peruvian minister also met ...": of those, the one of that state
                of_state = [p for p in prev.actors if said in self.country_of.get(p, ())]
                if not of_state:
                    return None
                return max(of_state, key=lambda p: (seen.count(p), -first.get(p, 0)))
            return max(prev.actors, key=lambda p: (seen.count(p), -first.get(p, 0)))
        if (
            prev is None
            and self.lang == "en"
            and self.toks[s.lo].norm in ("he", "she")
            # (the sentences between name no one, nor a speaker the rules hold no post
            # of, "Amolo said": else "he" is likely one of theirs)
            and not any(
                self.persons_in(x.begin, x.end)
                or any(
                    self.toks[k].text[:1].isupper()
                    and self.toks[k + 1].norm in _SPEECH_VERBS
                    and self.toks[k].norm not in ("he", "she", "it", "they")
                    for k in range(x.lo, x.hi - 1)
                )
                for x in self.sents
                if 0 < s.index - x.index <= 2
            )
        ):
            # "He also held meetings with ..." sentences after the last event told: the
            # one the story follows, in more events so far than anyone else
            seen = Counter(p for d in self.drafts if d.alive for p in d.actors)
            top = seen.most_common(2)
            if top and top[0][1] >= 2 and (len(top) == 1 or top[1][1] < top[0][1]):
                return top[0][0]
        code = self._counterpart_code(a + 1) if self.lang == "ar" else None
        if prev is not None and code is not None:
            # كما التقى نظيره التونسي X: not one of X's own state; the guest before the host
            sides = [p for p in prev.actors if code not in self.country_of.get(p, {code})]
            sides.sort(key=lambda p: p in prev.hosts)
            return sides[0] if sides else None
        if prev is not None and len(prev.actors) < 2 and prev.kind == "host":
            return None  # (استقبل وزير الداخلية Y: the host unnamed, Y is only the guest)
        if prev is not None and prev.hosts:
            return prev.hosts[0]  # كما التقى X after a reception: its host
        if prev is not None:
            return prev.actors[0]
        # no event told just before: the first person the previous sentence names
        before = [x for x in self.sents if x.index == s.index - 1]
        named = self.persons_in(before[0].begin, before[0].end) if before else []
        if code is not None:
            named = [x for x in named if code not in self.country_of.get(x[1], {code})]
        return named[0][1] if named else None

    def _fronted_owner(self, s: _Sentence, a: int) -> str | None:
        """English: a phrase that opens the sentence with "his" or "her" (In his meeting
        with X, ...), then, after a comma, the clause's subject right before its verb of
        speech or its "... that" (the Chinese minister assessed that; Y said): the owner
        the pronoun points ahead to, a person named there or the one official of the
        adjective's state named before (the Chinese minister), or None."""
        if not any(self.toks[k].norm in ("his", "her") for k in range(s.lo, min(a, s.lo + 3))):
            return None
        verbs = {
            k
            for k in range(a + 1, s.hi)
            if not self.toks[k].punct
            and not self.toks[k].text[:1].isupper()
            and (
                self.toks[k].norm in ("said", "says", "told", "added", "stressed", "noted")
                or (
                    self.toks[k].norm.endswith("ed")
                    and k + 1 < s.hi
                    and self.toks[k + 1].norm == "that"
                )
            )
        }
        for k in sorted(verbs):
            end = self.toks[k - 1].end
            named = [pid for b, e, pid in self.spans if e == end and b > self.toks[a].begin]
            if named:
                first = self._tok_at(min(b for b, e, pid in self.spans if e == end))
                if first and self.toks[first - 1].text == ",":
                    return named[0]
                continue
            code = self._adjective_before(k - 1, s.lo)
            j = k - 2
            while j > a and self.toks[j].norm != "the" and k - j <= 4:
                j -= 1
            if code and self.toks[j].norm == "the" and self.toks[j - 1].text == ",":
                return self._one_of_state(code, self.toks[j].begin)
        return None

    def _counterpart_code(self, k: int) -> str | None:
        """The state of a counterpart word at token k (نظيره التونسي: TN), or None."""
        if k + 1 >= len(self.toks) or not self._cue_word("counterpart", k):
            return None
        return next(
            (self.ix.adjectives[f] for f in self.toks[k + 1].firsts if f in self.ix.adjectives),
            None,
        )

    def _suffix_object(self, s: _Sentence, a: int, b: int, subj: list[str]) -> list[str]:
        """An Arabic verb of receiving or meeting with its object a pronoun suffix (كما
        استقبله Y, والتقاها Y, واستقبلهما Y): the guests of the meeting or visit told last,
        in this sentence before the verb or in the two before it (those of it who are not
        its hosts), when none of them is the verb's subject; else none. O(drafts)."""
        if self.lang != "ar" or b - a != 1:
            return []
        suffix = self._object_suffix(a)
        if suffix is None or _OBJECT_SUFFIX_VERBS.isdisjoint(
            self.toks[a].firsts + [self.toks[a].norm]
        ):
            return []  # (خلال استقباله X: his reception of X, a noun, not "received him")
        prev = self._last_told(("meeting", "visit"), s, a, 2)
        if prev is None:
            return []
        guests = [p for p in prev.actors if p not in prev.hosts]
        if not prev.hosts and prev.type != "visit":
            # (التقى X Y. والتقاها Z: of the two, the one the pronoun's gender names)
            if suffix not in ("ه", "ها"):
                return []
            guests = [p for p in guests if p not in subj and self._feminine(p) == (suffix == "ها")]
        if not guests or any(p in subj for p in guests):
            return []
        dual = suffix == "هما"
        if not ((dual and len(guests) == 2) or (not dual and len(guests) == 1)):
            return []
        if suffix in ("ه", "ها") and self._feminine(guests[0]) != (suffix == "ها"):
            return []  # استقبلها: her, not the ambassador received before
        return guests

    def _last_told(
        self, types: tuple[str, ...], s: _Sentence, k: int, reach: int, *, sides: int = 1
    ):
        """The latest event held of one of ``types`` with at least ``sides`` actors, told
        before token k in sentence s or in the ``reach`` sentences before it, or None.
        O(drafts)."""
        return next(
            (
                d
                for d in reversed(self.drafts)
                if d.alive
                and d.status == "held"
                and d.type in types
                and 0 <= s.index - d.sent <= reach
                and d.first_tok < k
                and len(d.actors) >= sides
            ),
            None,
        )

    def _feminine(self, pid: str) -> bool:
        """The person's post is told in the feminine (وزيرة, السفيرة, رئيسة: a head's word
        with ة)."""
        for ten in self.tenures:
            if ten.person != pid:
                continue
            for m in ten.mentions:
                for w in m.text.split():
                    w = re.sub("^و?ال", "", w)
                    for form in (w, w[1:] if w.startswith("و") else ""):
                        if (
                            form.endswith("ة")
                            and inner_key(normalize_ar(form[:-1])) in self.ix.heads
                        ):
                            return True
        return False

    def _object_suffix(self, a: int) -> str | None:
        """The object pronoun an Arabic verb of meeting at token a carries (استقبله: ه,
        التقاها: ها, استقبلهما: هما), or None: the word less the suffix is a trigger."""
        for f in self.toks[a].firsts:
            m = re.fullmatch(r"(.{3,}?)(هما|هم|ها|ه)", f)
            if m is None:
                continue
            stem = m.group(1)
            for form in (stem, stem[:-1] + "ي" if stem.endswith("ا") else None):
                if form and self.lex.triggers.longest([[form]]) is not None:
                    return m.group(2)
        return None

    def _lone_object(self, s: _Sentence, a: int) -> bool:
        """One person, and no other, named right after the Arabic verb at token a, with
        nothing after his name but the sentence's end, a comma or a word of
        ``after_object`` (a preposition, a time, و + a verb of discussing) or a cue of
        attendance (بحضور): he is the verb's object, its subject left out (ثم التقى سفير
        ماليزيا X وتم البحث); one followed by another noun (والتقى الرئيس X وفدا) is its
        subject. O(sentence)."""
        if self._object_suffix(a) is not None:
            return False  # كما استقبله X: X is the subject, the object the pronoun
        # (كما استقبل X بحضور Y: who attended, after the cue right after X, is no second
        # person of it)
        cut = next(
            (self.toks[ca].begin for ca, _cb in self.cues(s).get("attendance", []) if ca > a),
            s.end,
        )
        named = self.persons_in(self.toks[a].end, cut)
        if cut < s.end and named:
            last = self._after_name(*named[-1])
            if last is None or last != self._tok_at(cut) or not self._attendees_close(s, cut):
                # (something stands between him and the cue, or an object after those who
                # attended, كما استقبل X بحضور Y وفدا ...: all count)
                cut = s.end
                named = self.persons_in(self.toks[a].end, cut)
        if len({pid for _c, pid in named}) != 1:
            return False
        c, pid = named[0]
        if self._tok_at(self._title_start(c)) != a + 1:
            return False
        j = self._after_name(c, pid)
        if j is None:
            return False
        if j >= s.hi:
            return True
        t = self.toks[j]
        # (a comma, a time or a place may stand between a subject and its object: والتقى X،
        # اليوم، وفدا; only the sentence's end or a clause of what was discussed tells)
        if t.text in ("،", ",") and j + 1 < s.hi:
            t = self.toks[j + 1]  # X، وتناول البحث ...: the clause after a comma
        return (
            t.text in (".", "!", "؟", "?")
            or t.norm in _AFTER_OBJECT
            or t.key in _AFTER_OBJECT
            or t.begin >= cut
        )

    def _pronoun_object(self, s: _Sentence, b: int, subj: list[str]) -> str | None:
        """English "received him", "met her" right after the meeting verb ending at token
        b: the visitor of the visit told in the last two sentences, when not the subject
        ("met her counterpart" is a possessive), or None. O(drafts)."""
        if self.lang != "en" or b >= s.hi or self.toks[b].norm not in ("him", "her"):
            return None
        nxt = self.toks[b + 1] if b + 1 < s.hi else None
        if (
            self.toks[b].norm == "her"
            and nxt is not None
            and nxt.text[:1].isalpha()
            and (nxt.norm not in _PREPS)
        ):
            return None  # "met her counterpart": her is his, a possessive
        prev = next(
            (
                d
                for d in reversed(self.drafts)
                if d.alive and d.type == "visit" and d.actors and 0 < s.index - d.sent <= 2
            ),
            None,
        )
        if prev is not None and prev.actors[0] not in subj:
            return prev.actors[0]
        return None

    def _speaker_before(self, s: _Sentence) -> bool:
        """Is the first person the sentence before ``s`` names told before any word of an
        event in it (وقال الوزير X عن لقائه بـ Y: X; not وقال Z عن لقائه بالوزير Y, Z no
        person the rules know: Y is whom he met, no speaker)?"""
        if s.index == 0:
            return False
        x = self.sents[s.index - 1]
        named = self.persons_in(x.begin, x.end)
        if not named:
            return False
        first = named[0][0]
        return not any(
            h[0] < x.hi and self.toks[h[0]].begin < first
            for h in _scan(self.lex.triggers, self.toks, x.lo, x.hi)
        )

    def _titled_object(self, t: _Tok) -> bool:
        """بالجنرال, بوزير, برئيس: ب on a title or a rank (not بالقاهرة, بالإضافة)."""
        return t.norm[:1] == "ب" and self._title_word(t.norm[1:])

    def _title_word(self, word: str, *, honorific: bool = False) -> bool:
        """A title's head or a rank (رئيس, الفريق) as one word; with ``honorific``, an
        honorific too (السيد)."""
        rest = inner_key(word)
        return (
            rest in self.ix.heads
            or bool(self.ix.ranks.longest([[rest]]))
            or (honorific and bool(self.ix.honorifics.longest([[rest]])))
        )

    def _no_call(self, a: int, b: int) -> bool:
        """English "called" at tokens a..b that is no phone call: "called for calm",
        "called off", "was called to the capital" (a passive with no "by" after it)."""
        if self.lang != "en":
            return False
        nxt = self.toks[b].norm if b < len(self.toks) else ""
        if a > 1 and self.toks[a - 1].norm == "-" and self.toks[a - 2].norm in _NAMING_PREFIX:
            return True  # a so-called class
        if any(self.toks[k].norm in _NAMING_CALL for k in range(max(0, a - 4), a - 1)):
            return True  # what he called a threat, as she called it
        if nxt in ('"', "«", "“", "'", "‘") or (a > 0 and self.toks[a - 1].norm in _NAMING_NOUNS):
            return True  # the plane called « Teranga », an operation called Desert Shield
        if a > 0 and self.toks[a - 1].norm in _PASSIVE and nxt != "by":
            return True
        if nxt == "to":
            after = self.toks[b + 1].text if b + 1 < len(self.toks) else ""
            return after[:1].isupper() or after.lower() == "the"  # not "called to congratulate"
        return nxt in _NOT_A_CALL

    def _named_right_before(self, a: int) -> bool:
        """A person's name (or he, she, who) ends right before token a: "X is in Cairo"."""
        if a == 0:
            return False
        prev = self.toks[a - 1]
        return prev.norm in _BEING_SUBJECT or bool(self.spans_ending(prev.end))

    def _signed_book(self, a: int, b: int, s: _Sentence) -> bool:
        """A guest's book (the golden book, سجل الزوار) within four words after a signing
        word at tokens a..b, before any agreement's noun (in the word or after it): what
        was signed is no agreement."""
        for k in range(a, min(b + 4, s.hi)):
            t = self.toks[k]
            if t.norm in _AGREEMENT_NOUNS or t.key in _AGREEMENT_NOUNS:
                return False  # an agreement on book publishing: what was signed is named
            if t.norm in _SIGNED_BOOK or t.key in _SIGNED_BOOK:
                return True
        return False

    def _appeal_after(self, b: int, s: _Sentence) -> bool:
        """English "called on X to VERB": the next name after token b, then "to" and a
        word in lower case (an infinitive) that is no purpose of a call (to discuss)."""
        char = self.toks[b - 1].end
        k = bisect.bisect_left(self.spans, (char,))
        if k >= len(self.spans) or self.spans[k][0] - char > 60:
            return False
        end = self.spans[k][1]
        j = next((x for x in range(b, s.hi) if self.toks[x].begin >= end), None)
        if j is None or j + 1 >= s.hi or self.toks[j].norm != "to":
            return False
        nxt = self.toks[j + 1]
        return (
            nxt.text[:1].islower()
            and nxt.norm not in ("the", "a", "an", "his", "her")
            and nxt.norm not in _CALL_PURPOSE
        )

    def _possessed_after(self, char: int) -> bool:
        """The next name after ``char``, its title between, is a possessor ("welcomed US
        President Trump's proposal")."""
        k = bisect.bisect_left(self.spans, (char,))
        if k >= len(self.spans) or self.spans[k][0] - char > 40:
            return False
        if any(c in self.text[char : self.spans[k][0]] for c in ",.;،؛"):
            return False
        return self.text.startswith(("'s", "\u2019s"), self.spans[k][1])

    def _adjective_participle(self, a: int, s: _Sentence) -> bool:
        """English event words at token a that are a participle after an adverb (the newly
        accredited ambassador, the newly-accredited envoy): an adjective, no act."""
        if self.lang != "en" or a <= s.lo or not self.toks[a].norm.endswith("ed"):
            return False
        k = a - 1
        if self.toks[k].norm == "-" and k > s.lo:
            k -= 1
        if self.toks[k].norm not in _PARTICIPLE_ADVERBS:
            return False
        # "the recently accredited envoy" (an adjective) but "X recently received Y" (an
        # act): only "newly" and "new" make one without a determiner before them
        return self.toks[k].norm in _BARE_PARTICIPLE_ADVERBS or (
            k > s.lo and self.toks[k - 1].norm in _DETERMINERS
        )

    def _between_no_one(self, a: int, b: int, s: _Sentence) -> bool:
        """The event words at tokens a..b end in "between" (بين) and no person is named in
        the few words after it ("consultations between the two countries")."""
        if self.toks[b - 1].key not in _PARTIES:
            return False
        end = min(self._clause_end(b, s.hi), b + 12, s.hi) - 1
        lo, hi = self.toks[b - 1].end, self.toks[max(end, b - 1)].end
        return not any(lo <= c <= hi for c, _ in self.persons_in(s.begin, s.end))

    def _subject_end(self, za: int, zb: int) -> int:
        """Where the subject after a topic verb ends: at مع / with ("بحث وزير الخارجية
        الصيني X مع ..."), else three tokens on."""
        for j in range(za + 1, min(za + 24, zb)):
            if self.toks[j].norm in ("مع", "with"):
                return j
        nxt = self.toks[zb : zb + 2]
        if (
            len(nxt) == 2
            and nxt[0].text in ("،", ",")
            and (
                nxt[1].norm in ("مع", "with")
                or nxt[1].key in _OCCASION
                or nxt[1].key in day_words_ar()  # بحث X، الخميس، هاتفيا مع Y
            )
        ):
            # "بحث وزير الخارجية X، مع نظيره Y", "بحث X، خلال استقباله، Y": all of it the
            # subject
            return zb
        if za + 1 < zb and (post := self._post_from(self.toks[za + 1].begin)) is not None:
            # "بحث وزير الخارجية التشيلي X العلاقات": the post told right after the verb,
            # its holder's name included, is the subject
            k = za + 1
            while k < zb and self.toks[k].begin < post:
                k += 1
            return max(min(za + 3, zb), k)
        return min(za + 3, zb)

    def _post_from(self, char: int) -> int | None:
        """The end of the longest post (title and name) whose words start at ``char``."""
        lo = bisect_left(self.title_spans, (char,))
        ends = [te for tb, te, _p in self.title_spans[lo : lo + 4] if tb == char]
        return max(ends) if ends else None

    def _with_before(self, char: int) -> bool:
        """A name that مع / with opens, its title between ("discussed X with US Defence
        Secretary Y"): a side of the talk, not its topic."""
        k = self._tok_at(char)
        for j in range(k - 1, max(k - 7, -1), -1):
            t = self.toks[j]
            if t.punct:
                return False
            if t.norm in ("مع", "with"):
                return True
        return False

    def _pair_holders(self, cues, a: int, b: int) -> list[str] | None:
        """The two holders of the post a pair cue right beside the trigger [a, b) names
        (وقع وزيرا الدفاع, the two foreign ministers met), of two states, in the order the
        text first names them; None when the text names another number of them, or the
        cue stands elsewhere. O(persons)."""
        for name, spans in cues.items():
            if not spans or not name.startswith("pair:"):
                continue
            if not any(-3 <= ca - b <= 2 or -3 <= a - cb <= 2 for ca, cb in spans):
                continue
            role = name.split(":", 1)[1]
            holders = {pid for pid, roles in self.roles_of.items() if role in roles}
            states = {c for pid in holders for c in self.country_of.get(pid, ())}
            if len(holders) == 2 and len(states) == 2:
                first = {}
                for b, _e, pid in self.spans:
                    if pid in holders:
                        first.setdefault(pid, b)
                return sorted(holders, key=lambda p: first.get(p, 0))
        for name, spans in cues.items():
            if not spans or not name.startswith("pairnoun:") or self.lang != "en":
                continue
            for ca, cb in spans:
                if not (-3 <= ca - b <= 2 or -3 <= a - cb <= 2):
                    continue
                # the Iraqi and Iranian foreign ministers: two states' adjectives before
                k = ca
                if k < 4 or self.toks[k - 2].norm != "and" or self.toks[k - 4].norm != "the":
                    continue
                if (cb < len(self.toks) and self.toks[cb].norm in ("'s", "’s", "'", "’")) or (
                    k >= 5 and self.toks[k - 5].norm in ("to", "of", "for")
                ):
                    continue  # the two ministers' deputies; advisers to the two ministers
                one = self._adjective_before(k - 2, k - 3)
                two = self._adjective_before(k, k - 1)
                if not one or not two or one == two:
                    continue
                role = name.split(":", 1)[1]
                held = []
                for code in (one, two):
                    who = {
                        ten.person
                        for ten in self.tenures
                        if ten.role == role and ten.country == code and ten.status == "current"
                    }
                    if len(who) != 1:
                        break
                    held.append(next(iter(who)))
                else:
                    return held
        return None

    def _fronted_speaker(self, s: _Sentence, a: int, b: int, persons) -> list[str]:
        """The speaker of a statement told before its sentence's subject: "In a statement
        on Tuesday, the adviser to the minister, X, said ...", "وفي تصريح صحفي عقب اللقاء،
        قال وزير الخارجية X": the person whose post or name opens the clause after the
        comma that ends the opening phrase (past "the" or a verb of saying). Nobody ([])
        when the trigger does not open the sentence, or when the clause opens with anyone
        or anything else ("In a statement, Egypt condemned the remarks of President X").
        O(sentence)."""
        if a != s.lo:
            return []
        comma = b
        while comma < s.hi and self.toks[comma].text not in ("،", ","):
            if self.toks[comma].text in _QUOTE_OPENERS or comma - b > 12:
                return []  # "وفي تصريح للصحافة قال المسؤول :"...": no phrase closed
            comma += 1
        for x in range(comma + 1, min(comma + 3, s.hi)):
            at = self.toks[x].begin
            named = [pid for c, pid in persons if c == at]
            if named:
                return named[:1]
            if self._post_starts_at(at):
                k = bisect_left(self.title_starts, (at, ""))
                return [self.title_starts[k][1]]
        return []

    def _occasion_end(self, a: int, k: int, s: _Sentence) -> int:
        """The end of an occasion's phrase at tokens [a, k) (على هامش, on the sidelines
        of): its clause's end, or, when the sentence's verb comes before it, مع ("with")
        that names the partner of that verb's meeting (التقى X على هامش المؤتمر مع Y; not
        وعلى هامش لقائه مع Z، التقى X Y: the occasion's own partner)."""
        end = self._clause_end(k, s.hi)
        if a <= s.lo + 1 or len(self.persons_in(self.toks[s.lo].begin, self.toks[a].begin)) > 1:
            # (nor when the verb's partner is named before it: Ruto met Sisi on the
            # sidelines of the summit co-hosted with Y)
            return end
        return next((x for x in range(k, end) if self.toks[x].norm in ("مع", "with")), end)

    def _clause_end(self, k: int, hi: int) -> int:
        """The token after the clause that starts at k: the next comma, or the sentence end."""
        while k < hi and self.toks[k].text not in ("،", ",", ";", "؛"):
            k += 1
        return k

    def _new_verb(self, k: int) -> bool:
        """Token k starts a new clause with a verb: "and expressed", "وأعرب"."""
        t = self.toks[k]
        if self.lang == "en":
            return (
                t.norm == "and" and k + 1 < len(self.toks) and self.toks[k + 1].norm.endswith("ed")
            )
        verbs = self.lex.cues.get("clause_verb")
        return (
            t.norm[:1] == "و"
            and verbs is not None
            and verbs.longest([[inner_key(t.norm[1:])]]) is not None
        )

    def topic_zones(
        self, s: _Sentence, cues, trig_spans, verbs: frozenset[int] = frozenset()
    ) -> list[tuple[int, int]]:
        """Token ranges of what is discussed: from a topic cue to the next comma, or to an
        Arabic verb of an event at one of the tokens ``verbs`` (في إطار تبادل الخبرات استقبل
        الوزير X: the reception is told, not discussed)."""
        zones = []
        for a, b in cues.get("topic", []):
            if any(ta <= a < tb or ta == b for ta, tb in trig_spans):
                continue  # "بحث هاتفيا": the cue is part of a trigger
            if a == s.lo and self.lang == "en" and self.toks[a].norm in ("about", "regarding"):
                continue  # "About X's meeting with Y, Z said": what is told, not discussed
            end = b
            while end < s.hi and self.toks[end].text not in ("،", ",", ";", "؛"):
                if self._new_verb(end) or (end > b and end in verbs):
                    break  # "discussed X and expressed ...": a new verb
                end += 1
            zones.append((a, end))
        self._aside_starts = set()
        for a, _ in cues.get("aside", []):
            if any(ta <= a < tb for ta, tb in trig_spans):
                continue
            if self._time_opens(a, s):
                continue  # منذ قليل, منذ ساعات: a time, no remark
            self._aside_starts.add(a)
            # وهو ثاني اتصال بينهما منذ ...; بدعوة من وزير الداخلية الجزائري، X: a
            # title that runs past the comma takes its holder into the aside
            zones.append((a, self._past_titles(self._clause_end(a, s.hi), s.hi)))
        return zones

    def _time_opens(self, a: int, s: _Sentence) -> bool:
        """Does a time expression (منذ قليل) begin at token a?"""
        if self.lang != "ar":
            return False
        end = self.toks[min(a + 3, s.hi - 1)].end
        begin = self.toks[a].begin
        return any(
            t.begin == begin
            for t in find_times(
                self.text, lang=self.lang, article_date=self.article.date, start=begin, end=end
            )
        )

    def _past_titles(self, k: int, hi: int) -> int:
        """Token k, or the token after the end of a title that begins before k and goes on
        past it (a title, a comma, then its holder's name)."""
        if k >= hi:
            return k
        at = self.toks[k].begin
        ends = [te for tb, te, _p in self.title_spans if tb < at < te]
        if not ends:
            return k
        end = max(ends)
        while k < hi and self.toks[k].begin < end:
            k += 1
        return k

    # ------------------------------------------------------------ dateline

    def read_dateline(self) -> None:
        """``دمشق - سانا`` / ``Damascus, Dec.6 (SANA)``: the article's place and agency."""
        head = self.text.lstrip()
        offset = len(self.text) - len(head)
        line = head.split("\n", 1)[0]
        m = _DATELINE_HEAD.match(line)
        if not m and self._dateline_comma(offset, line):
            return
        if not m and len(line) <= 120 and (below := self._dateline_below(offset, head)):
            # a headline, then "ISLAMABAD (Dunya News) - ..." / "دمشق-سانا": that line's
            offset, line = below
            head = self.text[offset:]
            m = _DATELINE_HEAD.match(line)
        if not m:
            self._dateline_line(offset, head)
            return
        window_end = offset + min(len(line), 70)
        toks = [t for t in self.toks if offset <= t.begin < window_end]
        if not toks:
            return
        first = toks[0]
        hit = _longest(self.ix.places, self.toks, first.i, first.i + 4)
        if hit:
            self.dateline_place = hit[1]
        # the agency: a media name in the dateline window, after a dash or in brackets
        for t in toks[1:12]:
            prev = self.toks[t.i - 1].text if t.i else ""
            if prev not in ("-", "–", "—", "(", ":") and not prev.endswith("-"):
                continue
            mh = _longest(self.ix.media, self.toks, t.i, t.i + 6)
            if mh:
                org = self.media_org(mh[1])
                end_tok = self.toks[t.i + mh[0] - 1]
                mention = Mention(
                    self.article.id,
                    t.begin,
                    end_tok.end,
                    self.text[t.begin : end_tok.end],
                    "ev.source.dateline",
                )
                if mention.rule not in self.disabled:
                    self.article_sources.append(Source(org.id, mention))
                self.dateline_end = end_tok.end
                break
        if self.dateline_place is not None and self.dateline_end < 0:
            self.dateline_end = first.end

    def media_org(self, d: dict) -> Organization:
        kind = d.get("kind") or "media"
        org = Organization(
            id=d["id"],
            label_en=d["en"],
            label_ar=d.get("ar") or d["en"],
            kind=kind if kind in ("news_agency", "media") else "media",
            country=d.get("country"),
        )
        self.orgs.setdefault(org.id, org)
        return org

    # ------------------------------------------------------------ sources

    def sources_of(self, s: _Sentence, cues) -> list[Source]:
        out = []
        starts = [a for a, _ in cues.get("source", [])]
        if not starts and self.lang == "ar":
            pass
        i = s.lo
        while i < s.hi:
            t = self.toks[i]
            if t.punct or t.end <= self.dateline_end:
                i += 1
                continue
            mh = _longest(self.ix.media, self.toks, i, s.hi)
            if mh:
                n, d = mh
                near = any(0 < i - a <= 8 for a in starts) or any(
                    0 <= a - (i + n) <= 2 for a in starts
                )
                prev = self.toks[i - 1].text if i > s.lo else ""
                lam = self.lang == "ar" and t.clitics.get(t.firsts[-1], "").endswith("ل")
                if (near or prev == "(" or lam) and "ev.source.media" not in self.disabled:
                    org = self.media_org(d)
                    e = self.toks[i + n - 1].end
                    out.append(
                        Source(
                            org.id,
                            Mention(
                                self.article.id,
                                t.begin,
                                e,
                                self.text[t.begin : e],
                                "ev.source.media",
                            ),
                        )
                    )
                i += n
                continue
            i += 1
        for a in starts:
            org = self.ministry_after(a, s)
            if org is not None and "ev.source.ministry" not in self.disabled:
                oid, b, e = org
                out.append(
                    Source(
                        oid, Mention(self.article.id, b, e, self.text[b:e], "ev.source.ministry")
                    )
                )
        return out

    def ministry_after(self, a: int, s: _Sentence):
        """A ministry named within three words after a source cue, with its state."""
        from kg.extract import org_for

        lo = a + 1
        for i in range(lo, min(lo + 4, s.hi)):
            t = self.toks[i]
            if t.punct:
                continue
            for oid, entry in self.ix.orgs.items():
                if entry.get("kind") != "ministry" or oid in ("ministry", "embassy"):
                    continue
                form = entry["ar"] if self.lang == "ar" else entry["en"]
                keys = _keys(form, self.lang)
                m = Trie()
                m.add(keys, oid)
                hit = _longest(m, self.toks, i, s.hi)
                if not hit:
                    continue
                j = i + hit[0]
                code = None
                if self.lang == "ar" and j < s.hi:
                    tj = self.toks[j]
                    code = next(
                        (self.ix.adjectives[k] for k in tj.firsts if k in self.ix.adjectives), None
                    )
                elif self.lang == "en" and i > s.lo:
                    code = self._en_adjective(i - 1)
                if code is None:
                    continue
                chain = org_for(oid, code)
                for o in chain:
                    self.orgs.setdefault(o.id, o)
                end_tok = self.toks[j] if self.lang == "ar" else self.toks[j - 1]
                begin = t.begin if self.lang == "ar" else self.toks[i - 1].begin
                return chain[-1].id, begin, end_tok.end
        return None

    def _en_adjective(self, i: int) -> str | None:
        for j in range(i, max(i - 3, -1), -1):
            hit = self.ix.adjectives.longest([[self.toks[k].key] for k in range(j, i + 1)])
            if hit and hit[0] == i - j + 1:
                return hit[1]
        return None

    # ------------------------------------------------------------ places

    def _adjective_reading(self, i: int, n: int) -> bool:
        """A one-word Arabic state name with the article that is also a nationality
        (السورية, السعودية) after a noun it can qualify, not after a preposition or a
        verb: the adjective."""
        t = self.toks[i]
        if self.lang != "ar" or n != 1 or not t.definite or t.key not in self.ix.adjectives:
            return False
        if i == 0:
            return False
        prev = self.toks[i - 1]
        return not (
            prev.punct
            or prev.norm in _PREPS
            or prev.key in _PREPS
            or any(k in self.lex.triggers.root for k in prev.firsts)
            or self._inside(self.spans, prev.begin, prev.end)  # زار X السعودية
        )

    def _state_adjective(self, a: int, b: int) -> str | None:
        """The state of a nationality adjective right after a capital cue ("العاصمة
        الروسية") or, in English, right before it ("the Russian capital")."""
        if self.lang == "ar":
            if b < len(self.toks):
                t = self.toks[b]
                return next(
                    (self.ix.adjectives[k] for k in t.firsts if k in self.ix.adjectives), None
                )
            return None
        return self._en_adjective(a - 1) if a > 0 else None

    def _first_person_before(self, a: int, s: _Sentence) -> bool:
        """Does a first person (I, we, my, our) stand in the sentence before token a (“I met
        the President,” X said: the speaker is the one who met)?"""
        return any(
            self.toks[k].norm in ("i", "we", "my", "our", "us", "me") for k in range(s.lo, a)
        )

    def _quoted_alone(self, a: int, s: _Sentence, persons) -> bool:
        """Is token a inside a quotation of its sentence ("...", “...”, «...») that names
        no one, a speech quoted (it opens the sentence, or closes on its punctuation)?"""
        opens = {'"': '"', "“": "”", "«": "»"}
        k, inside = s.lo, None
        while k < a:
            t = self.toks[k].text
            if inside is None and t in opens:
                inside = (k, opens[t])
            elif inside is not None and t == inside[1]:
                inside = None
            k += 1
        if inside is None:
            return False
        close = next(
            (j for j in range(a + 1, s.hi) if self.toks[j].text == inside[1]),
            None,
        )
        if close is None or not (self.toks[close - 1].punct or inside[0] == s.lo):
            return False  # (a "warm meeting": words set off, no speech quoted)
        lo, hi = self.toks[inside[0]].begin, self.toks[close].end
        return not any(lo <= c < hi for c, _ in persons)

    def _returned_from(self, s: _Sentence, a: int) -> dict | None:
        """Before the visit's trigger at token a, with no comma between, a word of going
        back home, then "from" (من) and a place within three words, and "after" (بعد)
        right before the trigger: that place, or None."""
        back = next(
            (
                k
                for k in range(s.lo, a)
                if self.toks[k].key in _RETURN_WORDS or self.toks[k].norm in _RETURN_WORDS
            ),
            None,
        )
        if (
            back is None
            or any(self.toks[x].text in (",", "،", ";") for x in range(back, a))
            or not any(
                self.toks[x].norm in _AFTER_WORDS or self.toks[x].key in _AFTER_WORDS
                for x in range(max(back, a - 6), a)
            )
        ):
            return None  # (returned from B after a visit; not "after returning from B, X
            # received Y on a visit")
        for k in range(back + 1, a):
            if self.toks[k].norm not in ("from", "من"):
                continue
            for x in range(k + 1, min(k + 4, a)):
                if (hit := _longest(self.ix.places, self.toks, x, a)) is not None:
                    return hit[1]
                if (hit := _longest(self.ix.countries, self.toks, x, a)) is not None:
                    return _country_place(hit[1], self.lang)
            return None
        return None

    def _after_word(self, a: int, s: _Sentence, words) -> bool:
        """Does a word of ``words`` stand right before token a in its sentence, or before the
        article right before it (on the supply of, bearing the signature of)?"""
        k = a - 1
        if k > s.lo and self.toks[k].norm in ("the", "a"):
            k -= 1
        return k >= s.lo and (self.toks[k].norm in words or self.toks[k].key in words)

    def _refers_back(self, s: _Sentence, speech: list[tuple[int, int]]) -> bool:
        """Outside the quoted speech of sentence s, a pronoun of another person (him,
        them; the dual or plural suffix هما, هم: بعد اجتماعهما) that points into it?"""
        for k in range(s.lo, s.hi):
            t = self.toks[k]
            if any(lo <= t.begin < hi for lo, hi in speech):
                continue
            if t.norm in ("him", "her", "them") or (
                self.lang == "ar" and len(t.norm) > 4 and t.norm.endswith(("هما", "هم"))
            ):
                return True
        return False

    def _quoted_speeches(self, s: _Sentence) -> list[tuple[int, int]]:
        """The character spans of the quotations in sentence s that are speech quoted
        (“...,” X said: it closes on its punctuation; not a name set off in quotes)."""
        opens = {'"': '"', "“": "”", "«": "»"}
        spans, k = [], s.lo
        if s.lo > 0 and (close := opens.get(self.toks[s.lo - 1].text)) is not None:
            # (the opening mark left before the sentence's first word)
            j = next((x for x in range(s.lo, s.hi) if self.toks[x].text == close), None)
            if j is not None and self.toks[j - 1].punct:
                spans.append((self.toks[s.lo - 1].begin, self.toks[j].end))
                k = j + 1
        while k < s.hi:
            close = opens.get(self.toks[k].text)
            j = next((x for x in range(k + 1, s.hi) if self.toks[x].text == close), None)
            if close is None or j is None:
                k += 1
                continue
            if self.toks[j - 1].punct or (
                j + 1 < s.hi and self.toks[j + 1].text in (",", "،") and j - k > 5
            ):
                # (“...,” X said; «...»، قال X: the mark inside or right after the quote, of
                # more words than a name set off in quotes: استقبل "X Y"، الوزير ...)
                spans.append((self.toks[k].begin, self.toks[j].end))
            k = j + 1
        return spans

    def _coordinated(self, first: int, then: int) -> bool:
        """Is the person named at char ``then`` joined to the one named at ``first`` with
        no clause between them: no verb of an event, no word that opens a clause
        (clause_openers: فيما، حيث، الذي), from the first's name to the second's title
        (وصل X وزير الدفاع بدولة الكويت، والسيد Y)?"""
        start = self._title_start(then)
        k = self._tok_at(first) if first >= 0 else None
        if k is None:
            return False
        while k < len(self.toks) and self.toks[k].begin < start:
            t = self.toks[k]
            if (
                t.norm in _CLAUSE_OPENERS
                or t.key in _CLAUSE_OPENERS
                or _longest(self.lex.triggers, self.toks, k, len(self.toks)) is not None
            ):
                return False
            k += 1
        return True

    def _title_ends_at(self, k: int) -> bool:
        """Does a post's title (a tenure's mention) end with token k?"""
        if k < 0:
            return False
        end = self.toks[k].end
        return any(e == end for _b, e, *_ in self.title_spans)

    def _title_of_state(self, k: int, s: _Sentence) -> bool:
        """English: the state at token k closes a post's title ("the Minister of Interior
        of [the] Rwanda", no name after it): the post's state, no place."""
        if self.lang != "en":
            return False
        of = k - 1 - (k - 1 > s.lo and self.toks[k - 1].norm == "the")
        if of <= s.lo or self.toks[of].norm != "of":
            return False
        for j in range(max(s.lo, of - 5), of):
            hit = _longest(self.ix.posts, self.toks, j, of)
            if hit is not None and j + hit[0] == of:
                return True
        return False

    def places_in(self, s: _Sentence, zones) -> list[tuple[int, dict, bool]]:
        """(token, place dict, strong) of the places of a sentence outside topic zones;
        ``strong`` for places after a preposition or a head ("العاصمة", "the capital")."""
        out = []
        capitals = {b: a for a, b in self._cue_hits(s, "capital")}
        i = s.lo
        while i < s.hi:
            t = self.toks[i]
            if t.punct:
                i += 1
                continue
            zoned = bool(zones) and any(a <= i < b for a, b in zones)
            known = _longest(self.ix.places, self.toks, i, s.hi)
            venue = (
                self._venue_at(i, s)
                if not zoned and not (known and known[1].get("kind") == "venue")
                else None
            )  # a venue the lexicon knows (قصر الإليزيه) keeps its own name
            if venue is not None:
                out.append((i, venue[1], True))  # في قصر بيان: the venue, most specific
                i = venue[0]
                continue
            trie, kind = self.ix.places, "place"
            hit = known
            if not hit:
                trie, kind = self.ix.countries, "country"
                hit = _longest(trie, self.toks, i, s.hi)
            if not hit and not zoned:
                hit = self._state_by_kind(i, s)
                if hit is not None:
                    out.append((i, hit, True))
                    i += 1
                    continue
            if not hit:
                i += 1
                continue
            n, val = hit
            end_char = self.toks[i + n - 1].end
            if kind == "country" and self._adjective_reading(i, n):
                i += n  # "وزارة الدفاع السورية": Syrian, not Syria
                continue
            if kind == "country" and i + n < s.hi and self.toks[i + n].text == "State":
                i += n + 1  # "in Minna, Niger State": a federation's unit, not the country
                continue
            if kind == "country":
                val = _country_place(val, self.lang)
            if val is None or self.in_title_or_name(t.begin, end_char):
                i += n
                continue
            # a head before the name: "العاصمة [الروسية] موسكو", "the capital, Damascus"
            start = i
            if i in capitals:
                start = capitals[i]
            elif i - 1 >= s.lo and i - 1 in capitals and self._adjective_tok(i - 1):
                start = capitals[i - 1]
            elif i - 1 >= s.lo and self.toks[i - 1].text in (",", "،") and i - 1 in capitals:
                start = capitals[i - 1]
            elif i - 2 >= s.lo and self.toks[i - 1].text in (",", "،") and i - 1 in capitals:
                start = capitals[i - 1]
            clitic = self._clitic(trie, i, n) if start == i else self._clitic(None, start, 0)
            prev = self.toks[start - 1].norm if start - 1 >= s.lo else ""
            prev_key = self.toks[start - 1].key if start - 1 >= s.lo else ""
            origin = prev in (
                "من",
                "from",
                "غادر",
                "غادرت",
                "يغادر",
                "left",
                "قادما",
            ) or clitic.endswith("من")
            listed = prev == "من" and start - 2 >= s.lo and self.toks[start - 2].key in _EACH
            if listed:
                origin = False  # إلى كل من العراق وسوريا: the first of a list, not whence
            prep = any(c in clitic for c in "بل") or prev in _PREPS or prev_key == "ارض" or listed
            if not prep and self.lang == "ar" and len(prev) > 2 and prev[0] in "وف":
                prep = prev[1:] in _PREPS  # "وفي بغداد، اجتمع ...", "وإلى دمشق"
            if not prep and prev == "the" and start - 2 >= s.lo:
                prep = self.toks[start - 2].norm in _PREPS  # "at the White House"
            partner = prev in ("مع", "with") or prev_key in ("مع", "with")
            if not origin and not prep and self._left_from(s, start):
                origin = True  # غادر X القاهرة متوجها إلى الرياض: whence he left
            if any(self.toks[k].key in _RESIDENT for k in range(max(s.lo, start - 2), start)):
                i += n  # قدم أوراق اعتماده سفيرا مقيما في داكار: where he lives
                continue
            if partner and kind != "country":
                i += n  # "علاقاتها مع موسكو", "ties with Moscow": a state's capital as a side
                continue
            if kind == "country" and (
                self._title_of_state(start, s)
                or (self.lang == "ar" and "ب" in clitic and self._title_ends_at(start - 1))
                # رئيس وفد دولة الإمارات: the delegation's state
                or (
                    self.lang == "ar"
                    and not clitic
                    and prev_key in _DELEGATION_NOUNS
                    and not self.toks[start - 1].definite  # (زار الوفد قطر: where it went)
                )
            ):
                # "the Minister of Interior of Rwanda visited", وزير الدفاع بدولة الكويت:
                # whose post, not where
                i += n
                continue
            if not origin and (not zoned or start != i):
                out.append((i, val, prep or start != i))
            i += n
        named = {p for p, _, _ in out}
        for a, b in self._cue_hits(s, "capital"):
            code = self._state_adjective(a, b)
            cap = _capital_place(code) if code else None
            if (
                cap is None
                or any(b <= p <= b + 2 for p in named)
                or any(za <= a < zb for za, zb in zones)
            ):
                continue
            # "العاصمة الروسية", "the Russian capital" with no city named: the state's capital
            out.append((a, cap, True))
        in_text = [p for p, _, _ in out if self.toks[p].begin > self.dateline_end]
        for a, _b in self._cue_hits(s, "state_city") if self.lang == "en" and not in_text else ():
            # "arrived in this Chinese port city": the dateline's city in that state, else
            # the state
            adj = next((k for k in (a - 1, a - 2) if k > s.lo + 1 and self._en_adjective(k)), None)
            if (
                adj is None
                or self.toks[adj - 1].norm not in ("this", "the")
                or self.toks[adj - 2].norm not in _PREPS
                or any(za <= a < zb for za, zb in zones)
            ):
                continue
            code = self._en_adjective(adj)
            home = self.dateline_place
            if home is not None and home.get("country") == code:
                out.append((a, home, True))
            else:
                out.append((a, _country_place(code, self.lang), True))
            break
        return sorted(out, key=lambda x: x[0])

    def _state_by_kind(self, i: int, s: _Sentence) -> dict | None:
        """ "الذي يزور السلطنة حاليا", "Barbosa's visit to the kingdom": a state named by its
        kind, definite, after a preposition or a verb of visiting, is the article's own
        state (the dateline's or the outlet's) when that state is of that kind."""
        t = self.toks[i]
        own = t.key in _OWN_COUNTRY or t.norm in _OWN_COUNTRY  # إلى البلاد: any kind
        if self.home is None or not (own or t.key in _STATE_KINDS or t.norm in _STATE_KINDS):
            return None
        if self.lang == "ar" and not t.definite:
            return None
        if self.lang == "en" and (i == s.lo or self.toks[i - 1].norm != "the"):
            return None
        kinds = _kinds_of(self.home)
        if not own and t.key not in kinds and t.norm not in kinds:
            return None
        if own and any(
            _longest(self.ix.places, self.toks, x, i)
            or _longest(self.ix.countries, self.toks, x, i)
            for x in range(s.lo, i)
        ):
            return None  # وصل X إلى تونس، في أول زيارة له إلى البلاد: the state just named
        k = i - 1 if self.lang == "ar" else i - 2
        prev = self.toks[k] if k >= s.lo else None
        clitic = self.lang == "ar" and t.norm[:1] in "بل" and not t.norm.startswith("ال")
        if not clitic and (prev is None or not (prev.norm in _PREPS or prev.key in _VISIT_VERBS)):
            return None
        if self.in_title_or_name(t.begin, t.end):
            return None  # ملك المملكة: a title's
        return _country_place(self.home, self.lang)

    def _venue_at(self, i: int, s: _Sentence) -> tuple[int, dict] | None:
        """A venue named at token i after في or ب (في قصر بيان, بمطار عدن الدولي): its head
        (rules_ar.json venue_heads), then a name (places the lexicon knows by their English
        name, other words romanised) and adjectives. (token after it, place dict) or None.
        English venues are read by :meth:`_venue_en`; the venue's state is not known from
        its name."""
        if self.lang != "ar":
            return self._venue_en(i, s)
        words = rule_words("ar")
        heads, adjs = words["venue_heads"], words["venue_adjectives"]
        t = self.toks[i]
        head = (
            None
            if heads.keys().isdisjoint(t.firsts)
            else next((k for k in t.firsts if k in heads and "ب" in t.clitics.get(k, "")), None)
        )
        if head is None and i > s.lo and self.toks[i - 1].norm in ("في", "فى", "داخل"):
            head = t.key if t.key in heads else None
        if head is None:
            return None
        from kg.nlp.romanize import romanize

        name, tail, j = [], [], i + 1
        while j < s.hi and len(name) + len(tail) < 4:
            tj = self.toks[j]
            first = j == i + 1 and len(tj.key) >= 4  # right after the head: its name, even
            # a word of another sense (قصر بيان, بيان: a statement)
            if tj.punct or (tj.key in self.ix.function_words and not first):
                break
            if not first and tj.key in self.lex.triggers.root:
                break
            if tj.key in adjs:
                tail.append(adjs[tj.key])
                j += 1
                continue
            if tail or tj.key in heads or tj.key in _INSTITUTIONS[self.lang]:
                break
            if t.definite and not heads.keys().isdisjoint(t.firsts):
                break  # "في المطار بحضور": a definite head takes adjectives, not a name
            hit = _longest(self.ix.places, self.toks, j, s.hi)
            if j > i + 1 and (
                (hit and self._clitic(self.ix.places, j, hit[0]))
                or re.match(r"^[وف]?(?:بال|لل|كال)", tj.norm)
                or (re.match(r"^[وف]?ل", tj.norm) and len(tj.firsts) > 1 and not hit)
            ):
                break  # "قصر الاتحادية بالقاهرة", "قصر قرطاج لتسلم": the name has ended
            if hit:
                name.append(hit[1]["en"])
                j += hit[0]
                continue
            if self._adjective_tok(j) or any(k in self.ix.heads for k in tj.firsts):
                break
            latin = romanize(tj.text)
            if not latin:
                break
            name.append(latin)
            j += 1
        if not name and not tail:
            return None
        label_en = " ".join([*name, *tail, heads[head]])
        text = self.text[t.begin : self.toks[j - 1].end]
        ar = text[len(t.clitics.get(head, "")) :] if t.clitics.get(head) else text
        return j, {
            "id": "venue-" + _slug(label_en),
            "en": label_en,
            "ar": ar,
            "country": None,
            "kind": "venue",
        }

    def _venue_en(self, i: int, s: _Sentence) -> tuple[int, dict] | None:
        """An English venue at token i, right after at, in or inside and a determiner ("at
        Riffa Palace", "at the National Guard's headquarters", "at his Emiri Diwan office",
        "at the General Staff Headquarters of the X Army"): a name of capitalised words (and
        the few lower-case words of rules_en.json venue_words), a head (venue_heads), more
        heads, then "of (the) X" of capitalised words. A head needs a capitalised name before
        it or such an "of" after it ("in his office" is no venue). (token after it, place
        dict) or None; the label is the venue as written."""
        words = rule_words("en")
        heads, inner = words["venue_heads"], words["venue_words"]
        j = i - 1
        if j >= s.lo and self.toks[j].norm in _EN_VENUE_DETS:
            j -= 1
        if j < s.lo or self.toks[j].norm not in _EN_VENUE_PREPS:
            return None
        if self.toks[i].norm in _EN_VENUE_DETS:
            return None

        def capital(tok: _Tok) -> bool:
            return tok.text[:1].isupper() and not tok.punct

        k, named = i, False
        while k < s.hi and k - i < 7 and self.toks[k].norm not in heads:
            tk = self.toks[k]
            if capital(tk):
                named = True
            elif tk.norm not in inner or tk.norm in ("of", "the") and k == i:
                return None
            k += 1
        if k >= s.hi or self.toks[k].norm not in heads or k == i and not capital(self.toks[k]):
            return None
        while k + 1 < s.hi and self.toks[k + 1].norm in heads:
            k += 1
        end = k + 1
        # "... Headquarters of (the) Kuwait Army", "of the Algerian People's National Army"
        if end + 1 < s.hi and self.toks[end].norm == "of":
            m = end + 1
            if self.toks[m].norm == "the":
                m += 1
            n = m
            while n < s.hi and n - m < 6 and (capital(self.toks[n]) or self.toks[n].norm == "'s"):
                n += 1
            if n > m and capital(self.toks[n - 1]):
                end = n
        if not named and end == k + 1:
            return None  # "in his office", "at the base": no name
        begin, last = self.toks[i].begin, self.toks[end - 1].end
        if self._inside(self.spans, begin, last) or any(
            begin <= b < last for b, _e, _pid in self.spans
        ):
            return None  # a person's name or title, not a venue
        label = self.text[begin:last]
        label = label[0].upper() + label[1:]
        return end, {
            "id": "venue-" + _slug(label),
            "en": label,
            "ar": "",
            "country": None,
            "kind": "venue",
        }

    def _clitic(self, trie, i: int, n: int) -> str:
        """The clitics (ب ل و ف) that token ``i`` carries before the matched word."""
        if self.lang != "ar":
            return ""
        t = self.toks[i]
        if trie is not None:
            bare = trie.longest([[t.key]] + [[self.toks[j].key] for j in range(i + 1, i + n)])
            if bare and bare[0] == n:
                return ""
            for k in t.firsts:
                c = t.clitics.get(k, "")
                if not c:
                    continue
                h = trie.longest([[k]] + [[self.toks[j].key] for j in range(i + 1, i + n)])
                if h and h[0] == n:
                    return c
            return ""
        m = re.match(r"^[وف]?[بل](?=ال|لع)", t.norm)
        return m.group(0) if m else ""

    def _adjective_tok(self, i: int) -> bool:
        t = self.toks[i]
        if self.lang == "ar":
            return any(k in self.ix.adjectives for k in t.firsts)
        return bool(self.ix.adjectives.longest([[t.key]]))

    def _receivers_before(self, s: _Sentence, a: int, persons, cues) -> set[str]:
        """The side a visit word at token a is not of, when a meeting told before it has
        both its sides before a: the hosts of a verb of receiving (استقبل X Y ... في إطار
        زيارته, X received Y as part of his visit), or those met by the subject of another
        meeting verb (التقى X بـY خلال زيارته, X paid a call on Y during his visit)."""
        at = self.toks[a].begin
        for h in _scan(self.lex.triggers, self.toks, s.lo, a):
            if h[2].type != "meeting" or h[2].anaphor or h[2].kind == "reception":
                continue
            hs, ho, _att = self.roles_split(s, h[0], persons, cues)
            guests = [c for c, pid in persons if pid in ho]
            if hs and guests and all(c < at for c in guests):
                return set(hs) if h[2].host else set(ho) - set(hs)
        return set()

    def _guests_before(self, s: _Sentence, a: int, subj: list[str], cues) -> list[str]:
        """The guests of a verb of receiving before the arrival word at token a, in the
        same sentence, whose hosts are the arrival's subject ``subj`` (استقبل X Y لدى
        وصوله: Y arrived, not X), or none."""
        everyone = self.persons_in(s.begin, s.end)
        for h in _scan(self.lex.triggers, self.toks, s.lo, a):
            if h[2].type != "meeting" or not h[2].host or h[2].anaphor:
                continue
            hs, ho, _att = self.roles_split(s, h[0], everyone, cues)
            guests = [p for p in ho if p not in hs]
            if hs and guests and set(subj) <= set(hs):
                return guests
        return []

    def _relative_before(self, s: _Sentence, a: int) -> int | None:
        """The relative pronoun (who, الذي) that opens the clause of the trigger at token
        a, in its sentence, with no punctuation between (or None)."""
        for r in range(a - 1, max(s.lo, a - 10) - 1, -1):
            if self.toks[r].key in _RELATIVE or self.toks[r].norm in _RELATIVE:
                return r
            if self.toks[r].punct and self.toks[r].text != "-":  # (a three-day visit)
                return None
        return None

    def _relative_visitor(self, s: _Sentence, a: int, persons) -> str | None:
        """The person a relative clause of the visit trigger at token a follows (X، الذي
        يزور البلاد; Y who began a visit): the visitor, or None."""
        for r in range(a - 1, max(s.lo, a - 10) - 1, -1):
            if self.toks[r].key in _RELATIVE or self.toks[r].norm in _RELATIVE:
                break
            if self.toks[r].punct or (r < a - 4 and self.toks[r].text in ("،", ",")):
                return None  # (Y who arrived in X for a working visit: one clause)
        else:
            return None
        at = self.toks[r].begin
        # (every person of the sentence: the guest of a reception told before the clause
        # is no participant of the visit trigger's own clause, but its antecedent)
        named = sorted(set(persons) | set(self.persons_in(s.begin, s.end)))
        before = [(c, pid) for c, pid in named if c < at]
        if not before:
            return None
        c, pid = before[-1]
        # the antecedent stands right before (past its title, a comma, المرافق له ...)
        return pid if at - c <= 120 else None

    def _bare_titles_before(self, s: _Sentence, a: int, cues):
        """English: each definite title with no name (a cue ``one:<role>``: the FM, the
        Prime Minister) that stands as the subject at most three words before the trigger
        at token a, with only adverbs or dates between: (role, its first token)."""
        for name, spans in cues.items():
            if not name.startswith("one:"):
                continue
            for ca, cb in spans:
                nxt = self.toks[cb].begin if cb < s.hi else -1
                if not (0 <= a - cb <= 3) or any(
                    b == nxt for b, _e, _p in self.title_spans + self.spans
                ):
                    continue  # (the Foreign Minister X: a name, no bare title)
                if not all(
                    self.toks[k].norm in _BETWEEN_TITLE_AND_VERB
                    or self.toks[k].norm in _calendar_words_en()
                    for k in range(cb, a)
                ):
                    continue  # the President of Lithuania, the Prime Minister's spokesman
                yield name.split(":", 1)[1], ca

    def _titled_subject(self, s: _Sentence, a: int, cues) -> str | None:
        """English: a definite title with no name (a cue ``one:<role>``: the FM, the Prime
        Minister) at most three words before the trigger at token a: the one holder of
        that post named before it, the one among the actors of the latest event of the
        three sentences before when several are, or None. O(tenures)."""
        for role, ca in self._bare_titles_before(s, a, cues):
            at = self.toks[ca].begin
            held = {
                ten.person
                for ten in self.tenures
                # (the bare minister: any minister's post)
                if (ten.role == role or (role == "minister" and ten.role.endswith("minister")))
                and ten.status == "current"
                and any(m.end <= at for m in ten.mentions)
            }
            if len(held) == 1:
                return next(iter(held))
            last = next(
                (
                    d
                    for d in reversed(self.drafts)
                    if d.alive and 0 <= s.index - d.sent <= 3 and set(d.actors) & held
                ),
                None,
            )
            if last is not None:
                mine = [p for p in last.actors if p in held]
                if len(mine) == 1:
                    return mine[0]
                if role == "minister":
                    return None  # (the bare minister among two ministers: unsaid)
                hosts = [p for p in mine if p in last.hosts]
                if len(hosts) == 1:
                    return hosts[0]
                # (two, no host: the one at home where they met, or of no state named
                # against the other's; else it is unsaid)
                where = (last.place or {}).get("country")
                home = [
                    p
                    for p in mine
                    if not self.country_of.get(p) or (where and self.country_of[p] == {where})
                ]
                return home[0] if len(home) == 1 else None
        return None

    def _stated_subject(self, s: _Sentence, a: int) -> str | None:
        """English: "The Saudi energy minister also met with X": a definite title with a
        nationality and no name as the subject, at most three words before the trigger
        at token a: the one official of that state named before it in a post of the
        title's head (any minister's post for a minister), or None. O(tenures)."""
        k = a - 1
        while k > s.lo and a - k <= 3 and self.toks[k].norm in _BETWEEN_TITLE_AND_VERB:
            k -= 1
        head = self.toks[k].norm if k >= s.lo else ""
        roles = _STATED_HEADS.get(head)
        if roles is None:
            return None
        # the, the state's adjective, then at most two words of a portfolio
        for j in range(k - 1, max(s.lo, k - 4) - 1, -1):
            if self.toks[j].norm == "the" and (j == s.lo or self.toks[j - 1].punct):
                h = _longest(self.ix.adjectives, self.toks, j + 1, k)
                if h is None:
                    return None
                # (the words of a portfolio between: the Saudi energy minister is no
                # foreign minister; one of another portfolio, its ministry's holder)
                said = [self.toks[x].norm for x in range(j + 1 + h[0], k)]
                if any(w in _DEPUTY_TITLE_WORDS for w in said):
                    return None  # the Saudi deputy foreign minister: not the minister
                if said:
                    named = {r for w in said if (r := _PORTFOLIO_ROLES.get(w))}
                    if named:
                        roles = frozenset(named)
                    else:
                        return self._one_of_ministry(h[1], said, self.toks[j].begin)
                return self._one_of_state(h[1], self.toks[j].begin, roles)
        return None

    def _one_of_ministry(self, code: str, words: list[str], at: int) -> str | None:
        """The one minister of state ``code`` named before offset ``at`` whose ministry's
        id holds all ``words`` (energy: ministry-energy), or None."""
        who = {
            ten.person
            for ten in self.tenures
            if ten.country == code
            and ten.role == "minister"
            and ten.status == "current"
            and ten.org
            and all(w in ten.org for w in words)
            and any(m.end <= at for m in ten.mentions)
        }
        return next(iter(who)) if len(who) == 1 else None

    def _owned_meeting(self, s: _Sentence, a: int, b: int, persons, others: list[str]):
        """Arabic: a meeting noun at [a, b) in construct with its owner (بلقاء الرئيس Y)
        and a partner named after him in the same clause (مع Z, بـZ, وZ): ([Y], [Z ...]),
        or None (no partner named: the noun is the object of a meeting of the subject
        before, عقب لقاء الرئيس Y; a pronoun partner, معه). O(sentence)."""
        owner = self._visit_owner(a, b, persons, meeting=True)
        if owner is None:
            return None
        at = self.toks[a].begin
        end = self.toks[self._clause_end(b, s.hi) - 1].end if b < s.hi else s.end
        partners = [pid for c, pid in persons if at < c <= end and pid != owner and pid in others]
        if partners:
            return [owner], partners
        # مع and a partner the rules hold for no official (مع رئيس المكتب السياسي للحركة
        # X): still the owner's meeting, with no one of the sentence before it
        k = next((x for x in range(b, s.hi) if self.toks[x].text in ("،", ",")), s.hi)
        if any(self.toks[x].norm == "مع" for x in range(b, k)):
            return [owner], []
        return None

    def _visit_owner(self, a: int, b: int, persons, *, meeting: bool = False) -> str | None:
        """The person whose visit the noun at tokens [a, b) is, named right after it in
        construct (رحب X بزيارة وزير الخارجية الأردني Y: Y's visit, not X's), or None. A
        noun with a pronoun (زيارته) or an adjective (زيارة رسمية) names no one after it.
        In English, the person whose name the noun follows with 's (confirmed X's trip).
        ``meeting``: a noun of meeting in construct (بلقاء الرئيس X), any ending but a
        pronoun's or the article's."""
        if self.lang == "en":
            return self._possessor(a)
        last = self.toks[b - 1].text
        if not last.endswith("ة") and not (
            meeting and b - a == 1 and not _PRONOUN_END.search(last) and "ال" not in last[:4]
        ):
            return None
        after = self.toks[b - 1].end
        k = bisect.bisect_right(self.title_starts, (after, "\uffff"))
        if k < len(self.title_starts) and self.title_starts[k][0] == after + 1:
            pid = self.title_starts[k][1]
            return pid if pid in {p for _, p in persons} else None
        return next((pid for c, pid in persons if after < c <= after + 1), None)

    def _possessor(self, a: int) -> str | None:
        """The person whose name ends right before "'s" at token a - 1, or None."""
        if a < 2 or self.toks[a - 1].norm not in ("'s", "’s"):
            return None
        got = self.spans_ending(self.toks[a - 2].end)
        return got[-1][2] if got else None

    def _unknown_possessor(self, a: int) -> bool:
        """English: a capitalised word no person, state or body is, then "'s", right
        before the event noun at token a (X confirmed Ruiz's trip): the event is that
        unnamed one's, none of the sentence's officials'."""
        if self.lang != "en" or a < 2 or self.toks[a - 1].norm not in ("'s", "’s"):
            return False
        t = self.toks[a - 2]
        return (
            t.text[:1].isupper()
            and t.norm not in _calendar_words_en()  # began Monday's visit
            and not self.spans_ending(t.end)
            and not self._state_at(a - 2, a)
            and not self.in_title_or_name(t.begin, t.end)
        )

    def _made_by(self, a: int, b: int, cues) -> str | None:
        """The person named right after "made by" that follows the visit noun at tokens
        [a, b) (زيارة يقوم بها X, a visit by X; a title may stand before the name), or
        None. Not after "his visit": its owner is told, and "by" names who welcomed or
        went with him (welcomed at the start of his visit by X)."""
        if any(self.toks[k].norm in _OWNERS for k in range(max(0, a - 3), a)):
            return None
        for ca, cb in cues.get("made_by", []):
            if ca != b or cb >= len(self.toks):
                continue
            while (
                cb + 1 < len(self.toks)
                and _longest(self.ix.honorifics, self.toks, cb, cb + 1)
                and not self.toks[cb + 1].punct
            ):
                cb += 1  # قام بها معالي الوزير: the style before the title
            after = self.toks[cb].begin
            k = bisect.bisect_left(self.title_starts, (after, ""))
            if k < len(self.title_starts) and self.title_starts[k][0] == after:
                return self.title_starts[k][1]  # by Foreign Minister X
            got = [pid for bb, e, pid in self.spans_from(after)]
            return got[0] if got else None
        return None

    def _separate_sentences(self, cue: str = "separately") -> set[int]:
        """The sentences that say the meetings were separate (كل على حدة, خلال
        الاجتماعات), read before any event is made: the cue may follow the event; or
        those of another cue (a series of bilateral meetings)."""
        trie = self.lex.cues.get(cue)
        if trie is None:
            return set()
        starts = trie.root.keys()
        out = set()
        for s in self.sents:
            for i in range(s.lo, s.hi):
                if not starts.isdisjoint(self.toks[i].firsts) and _longest(
                    trie, self.toks, i, s.hi
                ):
                    out.add(s.index)
                    break
        return out

    def _cue_hits(self, s: _Sentence, name: str) -> list[tuple[int, int]]:
        cache = getattr(self, "_cue_cache", None)
        if cache is None or cache[0] != s.index:
            self._cue_cache = (s.index, self.cues(s))
        return self._cue_cache[1].get(name, [])

    # ------------------------------------------------------------ times

    def times_in(self, s: _Sentence, zones, cues):
        times = find_times(
            self.text, lang=self.lang, article_date=self.article.date, start=s.begin, end=s.end
        )
        # "بعد" before a time is after it, not at it; but بعد ظهر اليوم is this afternoon
        not_time = {
            b
            for _, b in cues.get("not_time", [])
            if not (b < len(self.toks) and self.toks[b].key in _DAY_PARTS)
        }
        out = []
        for t in times:
            tok = self._tok_at(t.begin)
            # (a time that opens a zone is no remark's: منذ قليل, a while ago, opens an
            # aside as منذ ... does, but is the time itself)
            if tok is None or any(a < tok < b for a, b in zones) or tok in not_time:
                continue
            out.append((tok, t))
        return out

    def _tok_at(self, char: int) -> int | None:
        i = bisect.bisect_right(self._begins, char) - 1
        return max(i, 0) if self.toks else None

    # ------------------------------------------------------------ the rules

    def run(self) -> None:
        self.read_dateline()
        self.separately = self._separate_sentences()
        self.bilateral = self._separate_sentences("bilateral_series")
        opener: _Draft | None = None  # the event a sentence ending in a colon told
        for k, s in enumerate(self.sents):
            line = self.text.rfind("\n", 0, s.begin) + 1
            bullet = self.text[line : s.begin].strip() in _BULLETS and line < s.begin
            if bullet and opener is not None and self._list_item(s, opener):
                continue
            if self._held_with(s):
                continue
            self.sentence(s)
            if self.lang == "en":
                self._by_phone(s)
            nxt = self.sents[k + 1].begin if k + 1 < len(self.sents) else len(self.text)
            if self.text[s.begin : nxt].rstrip().rstrip("".join(_BULLETS)).rstrip().endswith(":"):
                opener = next(
                    (d for d in reversed(self.drafts) if d.alive and 0 <= s.index - d.sent <= 2),
                    None,
                )
            elif not bullet:
                opener = None
        self.merge()
        self._visits_received()
        self._split_plural()
        self.carry_time()
        self.finish_places()

    def _guest_visit_noun(self, d: _Draft, a: int, b: int, home: str) -> bool:
        """May the visit noun at tokens a..b be the guest's visit to ``home``? Told after
        the reception, with nobody's or no place's words after it (not the visit of X, the
        visit that he made, his visit to Rome, the planned visit)."""
        if a < d.first_tok:
            return False  # على هامش زيارته إلى روما، استقبل ...: the host's visit abroad
        after = [self.toks[x] for x in range(b, min(b + 4, len(self.toks)))]
        if any(
            t.norm in _VISIT_MAKER or t.norm in _RELATIVE or t.key in _RELATIVE for t in after[:2]
        ):
            return False  # the visit of X, the visit that he made, الزيارة التي قام بها
        if any(
            t.norm in ("that", "which") or t.key in _PLANNED_VISIT or t.norm in _PLANNED_VISIT
            for t in [*after[:2], *(self.toks[x] for x in range(max(0, a - 2), a))]
        ):
            return False  # the planned visit, الزيارة المرتقبة
        sent = next((x for x in self.sents if x.lo <= a < x.hi), None)
        if sent is not None and any(
            b <= k < b + 5 and place.get("country") not in (None, home)
            for k, place, _strong in self.places_in(sent, [])
        ):
            return False  # زيارته إلى روما: a visit elsewhere
        return True

    def _visits_received(self) -> None:
        """A reception of a guest of another state whose story speaks of the visit
        (استقبل X الوزير Y ... وخلال الزيارة, على هامش زيارته الحالية لمصر; "during the
        visit") with no visit told of its own: the guest's visit too, to the host's state
        (or the reception's place there), as its two events. O(drafts)."""
        rule = "ev.visit.received"
        if rule in self.disabled:
            return
        # (an international body's officer is a guest of every state's too)
        bodies = {t.person for t in self.tenures if t.country is None and t.org}
        for d in list(self.drafts):
            said = d.visit_said or self.own_visits.get(d.sent)
            if not (d.alive and d.type == "meeting" and d.status == "held" and said):
                continue
            homes = set().union(*(self.country_of.get(h, set()) for h in d.hosts))
            if len(homes) != 1:
                continue
            home = next(iter(homes))
            guests = [
                p
                for p in d.actors
                if p not in d.hosts
                and (
                    (self.country_of.get(p) and home not in self.country_of[p])
                    or (not self.country_of.get(p) and p in bodies)
                )
            ]
            if not guests or any(
                e.alive and e.type == "visit" and set(e.actors) & set(guests) for e in self.drafts
            ):
                continue
            a, b = said
            if not self._guest_visit_noun(d, a, b, home):
                continue
            begin, end = self.toks[a].begin, self.toks[b - 1].end
            place = (
                d.place
                if d.place is not None and d.place.get("country") == home
                else _country_place(home, self.lang)
            )
            self.drafts.append(
                _Draft(
                    type="visit",
                    cameo="042",
                    kind="received",
                    sent=d.sent,
                    mentions=[Mention(self.article.id, begin, end, self.text[begin:end], rule)],
                    actors=guests,
                    place=place,
                    paragraph=d.paragraph,
                    first_tok=a,
                )
            )

    def _split_plural(self) -> None:
        """An event told by a plural noun of calls or meetings ("had phone conversations
        with his counterparts", "اتصالات هاتفية") that gathered one side and two or more
        others (named in it or in the talks told after it) is one event with each of them.
        O(drafts)."""
        plural = self.lex.cues.get("plural_event")
        if plural is None:
            return
        for d in list(self.drafts):
            if not d.alive or d.type not in ("phone_call", "meeting") or len(d.actors) < 3:
                continue
            told = [m for m in d.mentions if self._plural_mention(m, plural)]
            if d.hosts or not told:
                continue
            # the one side: the only actor named before the plural noun in its sentence
            k = self._tok_at(told[0].begin)
            s = next((x for x in self.sents if x.lo <= k < x.hi), None) if k is not None else None
            before = {
                pid
                for b, _e, pid in self.spans
                if s is not None and s.begin <= b < told[0].begin and pid in d.actors
            }
            if len(before) != 1:
                continue
            first = next(iter(before))
            others = [
                p
                for p in d.actors
                if p != first and "spokesperson" not in self.role_of.get(p, set())
            ]
            if len(others) < 2:
                continue
            d.actors = [first, others[0]]
            at = self.drafts.index(d)
            for k, o in enumerate(others[1:], 1):
                self.drafts.insert(at + k, _copy(d, [first, o]))

    def _plural_mention(self, m: Mention, plural) -> bool:
        """The mention ``m`` opens with a plural noun of calls or meetings."""
        k = self._tok_at(m.begin)
        return k is not None and _longest(plural, self.toks, k, len(self.toks)) is not None

    def _by_phone_ar(self, h, hits, phone: list[int]) -> bool:
        """The meeting verb of hit ``h`` is the call's that a by-phone word (هاتفيا) up to
        16 words on tells, with no other event word and no ثم between."""
        return any(
            0 < p - h[0] <= 16
            and not any(h[0] < x[0] < p for x in hits)
            and not any(self.toks[x].norm in _GO_ON for x in range(h[0] + 1, p))
            for p in phone
        )

    def _by_phone(self, s: _Sentence) -> None:
        """Talks told as a meeting, "over the phone" in their sentence or the next ("X and Y
        discussed ...; The discussion, over the phone, ..."): a phone call. Not where the
        sentence tells a call of its own."""
        if not self.cues(s).get("by_phone"):
            return
        if any(h[2].type == "phone_call" for h in _scan(self.lex.triggers, self.toks, s.lo, s.hi)):
            return
        for d in reversed(self.drafts):
            if d.alive and d.type == "meeting" and 0 <= s.index - d.sent <= 1:
                d.type, d.cameo, d.place = "phone_call", _PHONE_CAMEO, None  # a call has no place
                return

    def _list_item(self, s: _Sentence, opener: _Draft) -> bool:
        """An item of a list (a line opened by a bullet) after an event told up to a colon
        ("أجرى الوزير مكالمات مع السادة:", "He met the following:"), with no event of
        its own: the event again, with the person the item names (one event each, as
        for several objects of one verb). False when the item names no one or tells an
        event of its own."""
        if _scan(self.lex.triggers, self.toks, s.lo, s.hi):
            return False
        named = [pid for _b, pid in self.persons_in(s.begin, s.end) if pid not in opener.actors]
        if not named or not opener.actors:
            return False
        subject = opener.actors[0]
        self.drafts.append(_copy(opener, [subject, named[0]]))
        if opener.actors == [subject]:
            opener.alive = False  # told again with each item: the bare telling goes
        return True

    def _held_with(self, s: _Sentence) -> bool:
        """A sentence that opens with "Discussions were held with" and names whom, after
        an event of one actor told in the sentence before or the one before it
        ("Telephone calls were held between X and several of his counterparts"): that
        event again with each person named (one event each), the bare telling gone.
        False, and nothing done, otherwise. O(sentence)."""
        firsts = self.lex.cue_firsts
        if not any(
            "held_with" in firsts.get(k, ()) for t in self.toks[s.lo : s.lo + 2] for k in t.firsts
        ):
            return False  # (the common case: no sentence of that kind starts here)
        spans = self.cues(s).get("held_with")
        if not spans or spans[0][0] > s.lo + 1:
            return False
        opener = next(
            (
                d
                for d in reversed(self.drafts)
                if d.alive and d.status == "held" and 0 < s.index - d.sent <= 2
            ),
            None,
        )
        if opener is None or len(opener.actors) != 1:
            return False
        named: list[str] = []
        for _b, pid in self.persons_in(s.begin, s.end):
            if pid not in opener.actors and pid not in named:
                named.append(pid)
        if not named:
            return False
        for pid in named:
            self.drafts.append(_copy(opener, [opener.actors[0], pid]))
        opener.alive = False  # told again with each person: the bare telling goes
        return True

    def carry_time(self) -> None:
        """An event told with no time, right after a sentence (of its paragraph or the one
        before) that gives the time of its people's talks and makes no event of its own
        ("بحث X أمس مع عدد من السفراء ... . وذكرت الوزارة أن X استقبل سفير ..."): that
        sentence's day, and its place when it names one."""
        told = {d.sent for d in self.drafts if d.alive}
        for d in self.drafts:
            if not d.alive or d.status != "held" or d.sent == 0:
                continue
            if (d.date or d.earliest) and (d.place is not None or d.type in _NO_PLACE):
                continue
            prev = self.sents[d.sent - 1]
            if prev.index in told or self.sents[d.sent].paragraph - prev.paragraph > 2:
                continue
            if not {pid for _b, pid in self.persons_in(prev.begin, prev.end)} & set(d.actors):
                continue
            if not self.cues(prev).get("talks") and not any(
                h[2].type == d.type for h in _scan(self.lex.triggers, self.toks, prev.lo, prev.hi)
            ):
                continue  # "X toured the fair on Tuesday. He met Y": not the same telling
            if d.place is None and d.type not in _NO_PLACE:
                # "بحث X في مكتبه بقصر بيان ... . وذكرت الوزارة أن X استقبل سفير ...": that
                # sentence's one place, where it is strong (after في, ب, at)
                found = {val["id"]: val for _p, val, strong in self.places_in(prev, []) if strong}
                if len(found) == 1:
                    (val,) = found.values()
                    if val.get("kind") != "country" and self.plausible(d, val):
                        d.place = val
            if d.date or d.earliest:
                continue
            times = [t for _tok, t in self.times_in(prev, [], {}) if not t.future]
            if len(times) != 1:
                continue
            if times[0].kind == "day":
                d.date = times[0].day
            elif times[0].kind == "interval":
                d.earliest, d.latest = times[0].earliest, times[0].latest

    def recent(
        self,
        s: _Sentence,
        types: set[str],
        *,
        reach: int = _ANAPHOR_REACH,
        before: int | None = None,
        prefer: str | None = None,
    ):
        """The latest live event of one of ``types`` in the last sentences (held first);
        of the events of that sentence, one of type ``prefer`` if there is one (اللقاء
        after a meeting and a visit told together is the meeting)."""
        cands = [
            d
            for d in self.drafts[-60:]
            if d.alive
            and d.type in types
            and s.index - d.sent <= reach
            and (before is None or d.sent < s.index or d.first_tok < before)
        ]
        held = [d for d in cands if d.status == "held"] or cands
        # (a visit told as done before, "الزيارة التي قام بها ...", is no later reference's)
        held = [d for d in held if d.first_tok not in self.prior_visits] or held
        if not held:
            return None
        last = held[-1]
        same = [d for d in held if d.sent == last.sent and d.type == prefer]
        return same[-1] if same else last

    def sentence(self, s: _Sentence) -> None:
        cues = self.cues(s)
        self._cue_cache = (s.index, cues)
        if cues.get("sidelines"):
            self.sidelines.add(s.index)
        if cues.get("separately"):
            self.separately.add(s.index)
        hits = [
            h
            for h in _scan(self.lex.triggers, self.toks, s.lo, s.hi)
            # a name is no trigger: فيصل is not ف + يصل (arrives)
            if not self._inside(self.spans, self.toks[h[0]].begin, self.toks[h[1] - 1].end)
        ]
        # "talks between X and Y": a meeting of persons, not of "the two countries"
        hits = [h for h in hits if not self._between_no_one(h[0], h[1], s)]
        hits = [h for h in hits if not self._adjective_participle(h[0], s)]
        zones = self.topic_zones(
            s,
            cues,
            [(a, b) for a, b, _ in hits],
            frozenset(
                a
                for a, _b, trig in hits
                if self.lang == "ar"
                and trig.kind in _VERB_KINDS
                and not self.toks[a].definite
                and self.toks[a].key not in _HOST_NOUNS
            ),
        )
        # "بحث X مع Y خلال اتصال هاتفي", "بحث X هاتفيا مع Y": the call is the occasion of
        # the talk, not its topic, and the zone is no topic zone
        zones = [
            (za, zb)
            for za, zb in zones
            if not any(
                za <= h[0] < zb
                and (
                    self.toks[h[0] - 1].key in _OCCASION
                    or (h[2].type == "phone_call" and h[2].kind == "verb" and h[0] - za <= 7)
                    or (
                        h[2].type == "phone_call" and self.toks[h[0] - 1].key in _SHORT_PREPOSITIONS
                    )
                    or self._en_occasion(h[0])
                )
                for h in hits
            )
        ]
        hits = [h for h in hits if not any(za <= h[0] < zb for za, zb in zones)]
        # "on the sidelines of the General Assembly", "على هامش القمة": the gathering is the
        # occasion of the sentence's event, not an event of its own
        occasions = [(a, self._occasion_end(a, b, s)) for a, b in cues.get("sidelines", [])]
        # "during the visit of X to Y" with no visit told before: the same occasion
        during_visits = [
            (h, self._clause_end(h[1], s.hi))
            for h in hits
            if h[2].type == "visit"
            and h[2].anaphor
            and h[0] > s.lo
            and self.toks[h[0] - 1].norm in _DURING_VISIT
            and h[1] < s.hi
            and self.toks[h[1]].norm in _VISIT_MAKER
            and self.recent(s, {"visit"}, before=h[0]) is None
        ]
        # ... but a visit the occasion names its maker of ("on the sidelines of President
        # X's visit to Y", "على هامش زيارة رئيس الوزراء X إلى Y") was made: told here first
        self._occasion_visits(
            s,
            cues,
            [
                (h, ob)
                for h in hits
                for oa, ob in occasions
                if oa <= h[0] < ob
                and h[2].type == "visit"
                and (
                    h[2].kind == "noun"
                    # "the visit of X to Y", "the visit by X"
                    or (h[2].anaphor and h[1] < s.hi and self.toks[h[1]].norm in _VISIT_MAKER)
                )
            ]
            + during_visits,
        )
        hits = [h for h in hits if not any(h is d for d, _ in during_visits)]
        hits = [h for h in hits if not any(oa <= h[0] < ob for oa, ob in occasions)]
        # aid named after a topic cue is what was discussed or called for, however long the
        # list ("called for a truce, protection of civilians, and safe delivery of aid"),
        # unless a new verb comes between ("discussed X and expressed thanks for the aid")
        topic_at = [a for a, _ in cues.get("topic", [])]
        hits = [
            h
            for h in hits
            if not (
                h[2].type == "supply"
                and any(
                    c < h[0] and not any(self._new_verb(k) for k in range(c + 1, h[0]))
                    for c in topic_at
                )
            )
        ]
        # "supply chains", "delivered a message (a speech)": no goods supplied
        hits = [h for h in hits if not (h[2].type == "supply" and self._not_supplied(h, s))]
        # "الزيارات المتبادلة", "زيارات متبادلة": a kind of event spoken of in general
        generic = cues.get("generic", [])
        hits = [h for h in hits if not any(ca <= h[0] < cb for ca, cb in generic)]
        # "was accompanied to the meeting by X", "on the trip by X": the occasion of the
        # companions, the event told before, no event of its own
        hits = [
            h for h in hits if not any(ca <= h[0] < cb for ca, cb in cues.get("companions", []))
        ]
        if self.lang == "ar" and (phone := [a for a, _ in cues.get("by_phone", [])]):
            # "تحادث X هاتفيا مع Y": the verb of talks is the call's, no meeting of its own
            # (up to 16 words on, no other event word between and no ثم: ثم اتصل هاتفيا,
            # ثم تحدث هاتفيا is a call of its own after a meeting)
            hits = [
                h
                for h in hits
                if not (h[2].type == "meeting" and self._by_phone_ar(h, hits, phone))
            ]
        talk = None if hits else self.talks(s, cues)
        if not hits and talk is None and not cues.get("backref"):
            # no event told here: the sentence's sources are those of the events before
            self._clause_states = set(self.states_in(s, zones))
            self.named_states.update(self._clause_states)
            _add_sources(self._prev_events(s), self.sources_of(s, cues))
            if cues.get("present"):
                self._attended(s)  # "Also present were X and Y": at the meeting just told
            elif cues.get("companions"):
                self._accompanied(s, cues)  # "He was also accompanied by X": on the visit
            elif cues.get("delegation_members"):
                self._delegation_told(s, cues["delegation_members"])
            return
        # persons in a topic zone are talked about, except the subject right after the
        # verb ("بحث الشيباني مع نظيره ...")
        persons = [
            (b, pid)
            for b, pid in self.persons_in(s.begin, s.end)
            if self._with_before(b)
            or not any(
                # (an aside has no subject of its own: X، الذي كان في كيتو لحضور ...)
                self._zone_end(za if za in self._aside_starts else self._subject_end(za, zb))
                < b
                < self._zone_end(zb)
                for za, zb in zones
            )
        ]
        persons = sorted(
            persons + [x for x in self.titled(s, zones) if x[1] not in {p for _, p in persons}]
        )
        # "على هامش زيارة سلطان عمان X": whoever the occasion names takes no part in the
        # event held on its sidelines
        persons = [
            (c, pid)
            for c, pid in persons
            if not any(
                self.toks[oa].begin <= c < self.toks[min(ob, s.hi) - 1].end for oa, ob in occasions
            )
        ]
        # "نيابة عن الملك X", "a verbal message from King X", "under the leadership of
        # King X": whoever the phrase names acts through another, or is only invoked
        proxies = self._proxy_zones(s, cues)
        persons = [(c, pid) for c, pid in persons if not any(pa <= c < pb for pa, pb in proxies)]
        # "since the launch of Prime Minister X's administration": X dates it, no actor
        persons = [(c, pid) for c, pid in persons if not self._tenure_possessor(c)]
        speech = self._quoted_speeches(s)
        if (
            speech
            and not any(lo <= self.toks[a].begin < hi for a, _b, _t in hits for lo, hi in speech)
            and not self._refers_back(s, speech)
        ):
            # “... between President A and President B,” X said after meeting Y: those
            # the quoted speech names take no part in the event told outside it (unless a
            # pronoun outside points at them: “A and I agreed,” B said after meeting him)
            persons = [(c, pid) for c, pid in persons if not any(lo <= c < hi for lo, hi in speech)]
        self._clause_states = set(self.states_in(s, zones))
        self.named_states.update(self._clause_states)
        places = self.places_in(s, zones)
        times = self.times_in(s, zones, cues)
        sources = self.sources_of(s, cues)

        new, anaphors = [], []
        for a, b, trig in hits:
            if (
                (trig.kind == "noun" or trig.anaphor)
                and self._quoted_alone(a, s, persons)
                and any(d.alive and d.type == trig.type for d in self.drafts)
            ):
                # “A good meeting,” X told reporters: his words of the meeting told before
                # (a meeting told only in the quote stands)
                continue
            if (
                trig.type != "statement"
                and not trig.anaphor
                and (
                    trig.kind != "noun"
                    or any(self.toks[k].norm in ("his", "her", "their") for k in range(a - 3, a))
                )
                and self.lang == "en"
                and self._quoted_alone(a, s, persons)
                and any(h[2].type == "statement" and h[0] > a for h in hits)
                and not self._first_person_before(a, s)
            ):
                # “The Secretary-General is visiting Nepal,” spokesperson X told reporters:
                # the speaker neither visits nor meets; who does the quote names by no name
                continue
            if trig.anaphor or self._definite(a, b, trig) or self._thanked_for(a, b, trig, s):
                anaphors.append((a, b, trig))
            else:
                new.append((a, b, trig))
        # وصل X إلى جدة لإجراء جولة ...: a visit noun right after a cue of purpose, told
        # after an arrival, is the arrival's aim: the one visit, held
        purposes = [cb for ca, cb in cues.get("planned", []) if self.toks[ca].norm[:1] == "ل"]
        aims = {
            a
            for a, _b, t in new
            if t.type == "visit"
            and not t.weak
            and any(0 <= a - cb <= 1 for cb in purposes)
            and any(t2.type == "visit" and t2.weak and a2 < a for a2, _b2, t2 in new)
            # (في طريقه لإجراء زيارة إلى بانجول: a trip of its own, to a place of its own)
            and not any(
                self.toks[y].norm in ("إلى", "الى", "الي") for y in range(_b, min(_b + 3, s.hi))
            )
        }
        new = [h for h in new if h[0] not in aims]
        # جولة مباحثات, جولة من المفاوضات: a round of talks, no tour (not where a place
        # follows: جولة مشاورات تشمل الرياض ومسقط)
        new = [
            (a, b, t)
            for a, b, t in new
            if not (
                t.type == "visit"
                and self._round_of_talks(a, b, s)
                and not any(
                    self.toks[x[0]].begin > self.toks[b - 1].end
                    # (جولة من المشاورات بين موريتانيا ومصر: the parties, no places toured)
                    and not any(
                        self.toks[y].key in _PARTIES or self.toks[y].norm in _PARTIES
                        for y in range(max(b, x[0] - 3), x[0])
                    )
                    for x in places
                )
            )
        ]
        # "a signed letter from President X": "signed" before what a signature is on
        new = [
            (a, b, t)
            for a, b, t in new
            if not (
                t.type == "agreement"
                and self.toks[a].norm == "signed"
                and b < s.hi
                and self.toks[b].norm in _SIGNED_THINGS
                # (signed letters of intent, a signed copy of the treaty: an agreement's)
                and not (b + 1 < s.hi and self.toks[b + 1].norm == "of")
            )
        ]
        # "including a visit from the novelist X": a visit by one no official, not the
        # subject's
        new = [
            (a, b, t) for a, b, t in new if not (t.type == "visit" and self._visit_by_nobody(b, s))
        ]
        # "in accordance with signed agreements", "the MoU signed in October 2011": an
        # agreement signed before, named by what was done today
        new = [
            (a, b, t)
            for a, b, t in new
            if not (t.kind == "signing" and self._signed_before(a, b, s))
        ]
        # "وقع الرئيس، أمس، مرسوما يقضي بتعيين", "signed a decree": a decree, no agreement
        new = [
            (a, b, t)
            for a, b, t in new
            if not (t.kind == "signing" and self._decree_after(a, b, s))
        ]
        strong_types = {t.type for _, _, t in new if not t.weak}
        kept = []
        negated = [cb for _ca, cb in cues.get("negation", [])]
        for a, b, trig in new:
            if any(
                0 <= a - cb <= 2
                # "could not hold any structured meeting with": a light verb, then the noun
                or (
                    0 <= a - cb <= 5
                    and self.toks[cb].norm in _LIGHT_VERBS
                    and not any(self.toks[k].punct for k in range(cb, a))
                )
                for cb in negated
            ):
                continue  # "have yet to meet", "لم يلتق": it did not happen
            if any(
                self._words_between(cb, a) <= 2
                # (وتبادل الخبرات استقبل الوزير X: تبادل governs الخبرات, a verb goes on)
                and not (
                    self.lang == "ar"
                    and trig.kind in _VERB_KINDS
                    and not _EXCHANGE_NOUNS.isdisjoint(self.toks[ca].firsts)
                    and self._words_between(cb, a) >= 1
                )
                for ca, cb in generic
            ):
                continue  # "the exchange of high-level visits", "continues to provide aid"
            if (
                trig.host
                and self.toks[a].key in _HOST_NOUNS
                and not any(c >= self.toks[b - 1].end for c, _ in persons)
            ):
                continue  # "قادرة على استقبال المزيد من السياح": no guest received
            if (
                trig.type == "agreement"
                and trig.kind == "signing"
                and self._after_word(a, s, _BEARING)
            ):
                continue  # ألبوم يحمل توقيع سموه, a letter bearing the signature: a thing signed
            if trig.type == "supply" and self._message_near(a, b):
                continue  # "the message was delivered to X": a message, not a supply
            if (
                trig.type == "supply"
                and trig.kind == "noun"
                and self._after_word(a, s, _TOPIC_PREPS)
            ):
                continue  # "a deal for supply of uranium", "بشأن تزويد": what is agreed on
            if (
                trig.type == "visit"
                and trig.kind in ("verb", "noun")
                and "ev.meeting.visit_to" not in self.disabled
                and (
                    self._person_visited(b, s)
                    or (trig.kind == "verb" and self._person_visited_direct(b, s))
                    or (trig.kind == "noun" and self._person_visited_performed(a, b, s))
                )
            ):
                # "paid a visit to General X": a visit to a person is a meeting with him
                trig = replace(trig, type="meeting", cameo="040", kind="visit_to", split=True)
            if trig.weak and trig.type == "phone_call" and strong_types:
                continue  # "spoke with" beside a meeting or a visit
            if (
                trig.type == "meeting"
                and not trig.host
                and any(0 <= ca - b <= 1 for ca, _cb in cues.get("by_phone", []))
            ):
                # "held their first talks over the telephone": talks by phone are a call
                trig = replace(trig, type="phone_call", cameo="041", kind="noun")
            if (
                trig.weak
                and trig.type == "phone_call"
                and self._visit_told_near(s)
                # (whom he spoke with named right after: not "spoke to the press")
                and any(
                    self.toks[b - 1].end <= c <= self.toks[min(b + 3, s.hi) - 1].end
                    for c, _p in persons
                )
            ):
                # "X arrived in Minsk. He also spoke with President Y": on the visit, face
                # to face (a call says by phone)
                trig = replace(trig, type="meeting", cameo="040", kind="verb")
            if (
                trig.weak
                and trig.type == "phone_call"
                and (met := self.recent(s, {"meeting"}, reach=3, before=a)) is not None
                and met.status == "held"
                and any(
                    pid in met.actors
                    for c, pid in persons
                    if self.toks[b - 1].end <= c <= self.toks[min(b + 3, s.hi) - 1].end
                )
            ):
                # "A received his counterpart B. ... B also spoke with A on regional issues":
                # the talks of the meeting told, no call
                trig = replace(trig, type="meeting", cameo="040", kind="verb")
            if trig.type == "meeting" and trig.host and "phone_call" in strong_types:
                continue  # "received a call"
            if trig.host and any(
                h[2].kind == "credentials"
                and 0 <= h[0] - b <= 5
                and not any(b <= self._tok_at(c) < h[0] for c, _p in persons)
                for h in new
            ):
                # "received the credentials of X", "received on Sunday copies of the
                # credentials of": the credentials are the event (no one received before)
                continue
            if trig.host and any(
                h[2].type == "supply"
                and 0 <= h[0] - b <= 3
                and not any(b <= self._tok_at(c) < h[0] for c, _p in persons)
                # (received the Humanitarian Aid Coordinator X, a humanitarian aid
                # delegation: whom the supply's words name)
                and not (h[1] < s.hi and self.toks[h[1]].norm in _SUPPLY_PEOPLE)
                for h in new
            ):
                # "received the supplies", "received the donation from X": what was handed
                # over is the event, no meeting; its receiver takes part in it
                trig = replace(trig, type="supply", cameo="070", kind="verb", host=False)
            if trig.host and self._possessed_after(self.toks[b - 1].end):
                continue  # "welcomed Trump's proposal": a thing received, not a person
            if (
                trig.kind == "arrival"
                and self.lang == "ar"
                and b < s.hi
                and self.toks[b].norm in ("إليه", "اليه", "إليها", "اليها")
                and a > s.lo
                and self.toks[a - 1].key in ("ذي", "تي", "ما", "وما")
            ):
                continue  # المستوى الذي وصلت إليه العلاقات: a level reached, no arrival
            if trig.type == "phone_call" and trig.kind == "verb" and self._no_call(a, b):
                continue  # "called for calm", "was called to Dhaka": no call made
            if trig.type == "agreement" and self._signed_book(a, b, s):
                continue  # "signed the visitors' book", وقع على السجل الذهبي: no agreement
            if (
                trig.kind == "arrival"
                and self.toks[a].norm in _BEING
                and not self._named_right_before(a)
            ):
                continue  # "the key to peace is in Jerusalem": who is there is no official
            if any(ca == a for ca, _cb in cues.get("appeal", [])) and self._appeal_after(b, s):
                continue  # "called on President X to step down": an appeal, no call paid
            if (
                self.lang == "en"
                and trig.kind == "verb"
                and b - a == 1
                and self.toks[a].norm.endswith("ing")
                and a > 0
                and self.toks[a - 1].norm in ("the", "a", "an", "his", "her", "their")
                and (b >= len(self.toks) or self.toks[b].norm not in ("with", "between", "of"))
            ):
                continue  # "the visiting dignitary": an adjective ("a meeting with" is not)
            if (
                self.lang == "en"
                and trig.type == "visit"
                and b - a == 1
                and self.toks[a].norm == "visiting"
                and a > 0
                and self.toks[a - 1].norm in _HOSTING_WORDS
            ):
                continue  # "hosted visiting US Marine Corps Gen X": the guest's, not a verb
            if (
                self.lang == "en"
                and trig.type == "visit"
                and b - a == 1
                and self.toks[a].norm == "visiting"
                and b < len(self.toks)
                # (the title's words may take it in: Visiting Indian Army Chief X)
                and (
                    self._post_starts_at(self.toks[b].begin)
                    or self._post_starts_at(self.toks[a].begin)
                )
            ):
                continue  # "talks with visiting Chilean Foreign Minister X": X's, not a verb
            if trig.type == "visit" and trig.kind == "noun" and self._unknown_possessor(a):
                continue  # "confirmed Ruiz's trip": a visit of no official named
            if trig.weak and trig.type == "visit":
                if "visit" in strong_types:
                    continue
                if self.toks[a].key in _DEPARTURE_VERBS and any(
                    t2.type == "visit" and a2 > a for a2, _b2, t2 in new
                ):
                    continue  # غادر X كاراكاس متوجها إلى كوبا: the arrival's word tells it
                if self.lang == "ar" and self.toks[a].definite and b == a + 1:
                    continue  # الوصل, التوجه: a noun with the article, no one's arrival
                dest = [
                    (p, val)
                    for p, val, _ in places
                    if (p > a or self.lang == "ar")
                    and val.get("kind") not in ("region", "venue")
                    # (غادر X الرياض عائدا إلى القاهرة: home, where no visit goes)
                    and not any(
                        self.toks[y].key in _RETURN_WORDS or self.toks[y].norm in _RETURN_WORDS
                        for y in range(min(a, p), p)
                    )
                    # (غادر X القاهرة: whence; غادر X إلى عمان: whither)
                    and (
                        self.toks[a].key not in _DEPARTURE_VERBS
                        or any(
                            self.toks[y].norm in ("إلى", "الى", "الي")
                            for y in range(max(a, p - 2), p)
                        )
                    )
                ]
                verb = self.toks[a].key
                hall = verb in _ARRIVAL_B_VERBS or (
                    verb[:1] in "وف" and verb[1:] in _ARRIVAL_B_VERBS
                )
                if hall:
                    # حل X اليوم بالجزائر العاصمة: the subject right after the verb, then at
                    # most a time, then the place with ب; حل الأزمة, حل سياسي: no arrival
                    dest = [(p, val) for p, val in dest if self._hall_place(a, p, s)]
                    if not dest:
                        continue  # (no arrival told again: no place of the one before)
                if self.toks[a].key in _DEPARTURE_VERBS and not any(
                    "زيار" in self.toks[y].norm
                    or self.toks[y].key in _DEPARTURE_PURPOSES
                    or self.toks[y].norm in _DEPARTURE_PURPOSES
                    for y in range(a, s.hi)
                ):
                    dest = []  # غادر X إلى لندن في إجازة خاصة: no purpose told, no visit
                before = self._arrived_to
                if (
                    not dest
                    and before is not None
                    and before[0] == s.index - 1
                    and before[1] == s.paragraph
                ):
                    # "The ministers arrived in Riyadh yesterday. X, Y and Z arrived ...":
                    # the arrival told again, by name, goes where the one before went
                    places = places + [(b - 1, before[2], True)]
                    dest = [(b - 1, before[2])]
                if not dest:
                    # an arrival counts with its destination (a city, not a hall), told
                    # after it or, in Arabic, before it too ("شهدت العاصمة X وصول Y")
                    continue
                self._arrived_to = (s.index, s.paragraph, dest[0][1])
            kept.append((a, b, trig))
        new = kept
        if not new and not anaphors:
            talk = self.talks(s, cues) if hits else talk
            if talk is not None and (call := self._call_talked_of(talk)) is not None:
                # "X and Y discussed ... in a phone call. ... as they discussed the alliance":
                # the talks of the two a call was told between are that call, told again
                self.add_mention(call, talk[0][0], talk[0][1], talk[0][2], "anaphor")
                _add_sources([call], sources)
                return
            if talk is not None:
                # "بحث X مع Y في دمشق": talks held; the persons and places are the clause's
                new, persons, places, times = [talk[0]], talk[1], talk[2], talk[3]
        if any(t.type != "statement" for _, _, t in new) and not (
            self.lang == "en"
            and (said := [h[0] for h in new if h[2].type == "statement"])
            and all(h[0] > min(said) for h in new if h[2].type != "statement")
            and self._said_that(min(said), s)
        ):
            # (X said in a statement that the ministers met: the statement is told, the
            # meeting only reported in it)
            new = [h for h in new if h[2].type != "statement"]
        # a visit verb whose destination is no known place, beside a meeting, is its setting
        if any(t.type == "meeting" for _, _, t in new) and not any(
            p > h[0]
            for h in new
            if h[2].type == "visit"
            for p, val, _ in places
            if val.get("kind") != "venue"
        ):
            new = [
                h
                for h in new
                if not (h[2].type == "visit" and h[2].kind == "verb")
                # X، الذي يزور البلاد حاليا: a visit told in a relative clause is its own
                or self._relative_visitor(s, h[0], persons) is not None
            ]

        touched: list[_Draft] = []
        anaphor_ref = None
        referred: list[tuple[int, _Draft]] = []  # (token, event) of the anaphors
        for a, b, trig in anaphors:
            if (
                trig.type == "other"
                and b < s.hi
                and (self.toks[b].norm in _OCCASION_AFTER or self.toks[b].key in _OCCASION_AFTER)
            ):
                continue  # "attended the ceremony marking Victory Day": a new one, not the last
            if (
                trig.type == "visit"
                and self.lang == "ar"
                and self._recently_after(b, s)
                and (maker := self._made_by(a, b, cues)) is not None
                and not any(maker in d.actors for d in self.drafts if d.alive and d.type == "visit")
            ):
                # "الزيارة التي قام بها الوزير مؤخرا لمصر": a visit its maker had not been
                # told to make, told here for the first time (and done before what the
                # article reports: no meeting of it took place there)
                new.append((a, b, trig))
                self.prior_visits.add(a)
                continue
            # "his visit" refers to a visit told before, not to a meeting
            types = (
                {trig.type}
                if self.lang == "en" and not trig.anaphor
                else _COMPATIBLE.get(trig.type, {trig.type})
            )
            ref = self.recent(s, types, before=a, prefer=trig.type)
            if ref is None and cues.get("attendance") and (trig.anaphor or self.lang == "ar"):
                # "The meeting was attended by X" further on: the one meeting the article
                # told, however far back
                ref = self._only_event(s, types)
            if (
                ref is None
                and cues.get("attendance")
                and trig.anaphor
                and trig.type == "meeting"
                and self.lang == "en"
                and any(self.toks[k].norm == "attended" for k in range(b, min(b + 3, s.hi)))
                and not any(d.alive and d.type == "meeting" for d in self.drafts)
                and sum(c >= self.toks[b - 1].end for c, _ in persons) >= 2
            ):
                # "The meeting was attended by X and Y" with no meeting of persons told
                # before (the two states convened talks): X and Y met
                new.append((a, b, trig))
                continue
            if ref is None:
                if self.lang == "en" and not trig.anaphor:
                    new.append((a, b, trig))  # "began his official visit": first told here
                elif (
                    any(
                        self.toks[k].key in _PARTIES or self.toks[k].norm in _PARTIES
                        for k in range(b, min(b + 3, s.hi))
                    )
                    and sum(c >= self.toks[b - 1].end for c, _ in persons) >= 2
                ):
                    # "الاتصال الهاتفي بين X وY": its two sides named after it
                    new.append((a, b, trig))
                elif self._gathered(a, b, s, persons):
                    new.append((a, b, trig))  # "اللقاء الذي جمع X بـY": its sides after it
                continue
            if trig.type == "meeting" and self._with_someone_new(a, b, s, ref, persons):
                new.append((a, b, trig))  # "in his meeting with X": another meeting, with X
                continue
            anaphor_ref = anaphor_ref or ref
            referred.append((a, ref))
            self.add_mention(ref, a, b, trig, "anaphor")
            touched.append(ref)
            if cues.get("attendance") and not new:
                for _, pid in persons:
                    if pid not in ref.actors:
                        ref.actors.append(pid)
        prev_events = self._prev_events(s)
        if cues.get("backref") and not new and not anaphors:
            touched.extend(prev_events)
        during_at = [a for a, _ in cues.get("during", [])]

        # new triggers: one event per type and modality, in text order (split for
        # bilateral lists): "التقى X بـY، ويلتقي غدا Z" is a meeting held and one to come
        by_type: dict[tuple, list] = {}
        for h in new:
            status = self.modality(s, h[0], h[2], cues, times)
            key: tuple = (h[2].type, status)
            if self.lang == "en" and key in by_type:
                # "A met B, and Minister C had a meeting with D": a trigger past the clause
                # of the first of its type, in a clause of its own, is an event of its own
                first = by_type[key][0]
                if self.toks[h[0]].begin >= self._conj_clause(s, first[0], first[1], key[0])[1]:
                    key = (*key, h[0])
            by_type.setdefault(key, []).append(h)
        made: list[_Draft] = []
        firsts = sorted(trigs[0][0] for trigs in by_type.values())
        opens = self._planned_opens(s, cues)
        for (etype, *_status), trigs in sorted(by_type.items(), key=lambda kv: kv[1][0][0]):
            a = trigs[0][0]
            parent = anaphor_ref if during_at else None
            if parent is None and any(x < a for x in during_at):
                parent = (made or [d for d in self.drafts if d.alive] or [None])[-1]
            made.extend(
                self.make(
                    s,
                    etype,
                    trigs,
                    self._clause_persons(persons, firsts, a, opens),
                    *self._clause_of(opens, a, places, times),
                    cues,
                    parent,
                )
            )
        if cues.get("backref") and s.index > 0:
            # "جاء ذلك خلال لقاء جمعه مع X", "This came during a meeting with X": the other
            # side is the one the sentence before was about
            before = self.sents[s.index - 1]
            named = self.persons_in(before.begin, before.end)
            talked = [
                e for e in self.drafts if e.alive and e.kind == "talks" and e.sent == before.index
            ]
            for d in made:
                if d.type in ("meeting", "phone_call") and d.status == "held" and talked:
                    # "بحث X وY ... . جاء ذلك خلال لقائهما بحضور Z": the talks told before
                    # are this event; its day and place are this sentence's
                    e = talked.pop()
                    place, date = d.place, (d.date, d.earliest, d.latest)
                    self.absorb(e, d)
                    if place is not None:
                        e.place = place
                    if date != (None, None, None):
                        e.date, e.earliest, e.latest = date
                if (
                    d.type in ("meeting", "phone_call")
                    and len(d.actors) == 1
                    and named
                    and not d.owned
                ):
                    if named[0][1] not in d.actors:
                        d.actors.insert(0, named[0][1])
        # the meetings of a visit's sentence are held where the visit goes
        # (a visit to come gives no place to what was done: التقى X Y تمهيدا لزيارة Z إلى عمان)
        place_visit = next((d for d in made if d.type == "visit" and d.place), None)
        if (
            place_visit is not None
            and self.lang == "en"
            and any(
                self.toks[k].norm in _SUBORDINATORS and self._clause_follows(k, s)
                for k in range(s.lo, s.hi)
            )
        ):
            place_visit = None  # "X met Y while Z visited Paris": the visit's clause only
        for d in made:
            if (
                d.place is None
                and d.type not in _NO_PLACE
                and place_visit is not None
                and (place_visit.status == d.status or d.status != "held")
            ):
                d.place = place_visit.place
        self._sequel(s, cues, made, referred)
        also = self._has_also(s) or bool(cues.get("same_day"))
        for d in made:
            if also and (d.date is None or d.place is None):
                prev = next(
                    (
                        e
                        for e in reversed(self.drafts)
                        if e.alive and e.type == d.type and e.sent < s.index and e.status == "held"
                    ),
                    None,
                )
                if prev is not None:
                    if d.date is None and d.earliest is None:
                        d.date, d.earliest, d.latest = prev.date, prev.earliest, prev.latest
                    if d.place is None:
                        d.place = prev.place
                elif d.type == "meeting" and d.date is None and d.earliest is None:
                    # "وصل X اليوم إلى باريس ... . واجتمع X أيضا مع Y": a meeting of the
                    # visitor on the visit's day, when the visit has one
                    visit = next(
                        (
                            e
                            for e in reversed(self.drafts)
                            if e.alive
                            and e.type == "visit"
                            and e.sent < s.index
                            and e.status == "held"
                            and set(e.actors) & set(d.actors)
                        ),
                        None,
                    )
                    if visit is not None and visit.date is not None:
                        d.date = visit.date
        # (a visit first told here takes the sentence's place: "تناول اللقاء الزيارة التي
        # قام بها الوزير لمصر" says nothing of where the meeting was)
        told_place = [] if place_visit is not None else places
        for d in dict.fromkeys(touched):
            self.fill(d, s, None, told_place, times, anaphoric=True)
        _add_sources(made + touched or prev_events, sources)

    def _proxy_zones(self, s: _Sentence, cues) -> list[tuple[int, int]]:
        """Char ranges of the persons a proxy cue names (نيابة عن, رسالة شفوية من, "on
        behalf of", "under the leadership of"): from the cue to the end of the first name
        or title after it, before the next comma."""
        out = []
        for a, b in cues.get("proxy", []):
            if b >= s.hi:
                continue
            stop = b
            while stop < s.hi and stop - b < 12 and self.toks[stop].text not in _PROXY_STOPS:
                stop += 1
            if stop == b:
                continue
            lo, hi = self.toks[b].begin, self.toks[stop - 1].end
            found = []
            for spans in (self.spans, self.title_spans):
                k = bisect.bisect_left(spans, (lo,))
                while k < len(spans) and spans[k][0] < hi:
                    found.append(spans[k][:2])
                    k += 1
            end = None
            if found and min(found)[0] > self.toks[min(b + 2, stop - 1)].end:
                # بطلب من الجانب الأردني استقبل الرئيس X: a side, a body or a state asked;
                # the person named further on acts, and no one here is a proxy's
                continue
            if found:
                first = min(found)
                end = first[1]
                # a title, then its holder's name: both
                end = max([end] + [se for sb, se in found if sb < end])
                # ... and one joined to it by "and" (envoys from President X and President
                # Y): both principals
                more = re.match(r"\s+and\s+", self.text[end : end + 8])
                if more is not None:
                    nxt = [x for x in found if x[0] == end + more.end()]
                    if not nxt:
                        nxt = [
                            t[:2]
                            for t in self.title_spans
                            if t[0] == end + more.end() and t[1] <= self.toks[s.hi - 1].end
                        ]
                    if nxt:
                        end = max(se for _sb, se in nxt)
            else:
                for k in range(b, min(b + 4, stop)):
                    hit = _longest(self.ix.posts, self.toks, k, stop)
                    if hit:
                        j = k + hit[0]
                        if j < stop and self._adjective_tok(j):
                            j += 1  # العاهل الأردني
                        end = self.toks[j - 1].end
                        break
            if end is not None:
                out.append((self.toks[a].begin, end))
        for a, b in cues.get("principal_of", []):
            # "the National Security Advisor to President X": X, titled right after the
            # aide's title, is only whose aide he is (not "Advisor to the Middle East Y")
            lo = self.toks[b].begin if b < s.hi else None
            title = next((t for t in self.title_spans if lo is not None and t[0] == lo), None)
            # (Special Advisor to the UN Under-Secretary-General, X: after a comma, the
            # name is the aide's own)
            if title is not None and "," not in self.text[title[0] : title[1]]:
                out.append((self.toks[a].begin, title[1]))
        if self.lang == "en":
            # "conveyed to him President X's warm greetings": X is only invoked
            for k in range(s.lo + 1, s.hi - 1):
                if self.toks[k].norm not in ("'s", "’s"):
                    continue
                nxt = k + 1 + (self.toks[k + 1].norm in ("warm", "best", "personal", "verbal"))
                if nxt < s.hi and self.toks[nxt].norm in _GREETING_NOUNS:
                    out += [(b, e) for b, e, _pid in self.spans_ending(self.toks[k - 1].end)]
        return out

    def _planned_opens(self, s: _Sentence, cues) -> list[int]:
        """Tokens that open a clause of what is still to come: و and a verb of the future
        (وسيقدم, وسيلتقي) or in the imperfect (ويلتقي), and و or ", and" before a planning
        cue (ومن المقرر أن, ", and will")."""
        out = []
        for k in range(s.lo + 1, s.hi):
            norm = self.toks[k].norm
            if self.lang == "ar" and (
                (norm[:2] == "وس" and norm[2:] in _IMPERFECT)
                or (
                    norm[:1] == "و"
                    and norm[1:] in _IMPERFECT
                    and not self.lex.triggers.root.keys().isdisjoint(self.toks[k].firsts)
                    and self._imperfect_at(s, k, ())
                )
            ):
                out.append(k)  # وسيقدم; ويلتقي خلال الزيارة (an event verb, not ويشارك)
        for ca, _cb in cues.get("planned", []):
            if ca <= s.lo:
                continue
            if self.lang == "ar":
                for k in (ca, ca - 1):  # ومن المقرر, و المقرر: the cue, or the word before it
                    norm = self.toks[k].norm
                    if k > s.lo and norm[:1] == "و" and (k == ca or len(norm) <= 3):
                        out.append(k)
                        break
            elif (
                self.lang == "en"
                and ca - 2 >= s.lo
                and self.toks[ca - 1].norm == "and"
                and self.toks[ca - 2].text == ","
            ):
                out.append(ca - 1)  # ", and will meet": not "X and Y will meet"
        return sorted(set(out))

    @staticmethod
    def _clause_of(opens: list[int], a: int, places, times):
        """The places and times of the clause of token a, when a clause of what is to come
        opens before or after it (they are (token, ...) tuples)."""
        if not opens:
            return places, times
        lo = max((o for o in opens if o <= a), default=-1)
        hi = min((o for o in opens if o > a), default=float("inf"))
        return (
            [x for x in places if lo <= x[0] < hi],
            [x for x in times if lo <= x[0] < hi],
        )

    def _imperfect_at(self, s: _Sentence, a: int, times) -> bool:
        """An Arabic event verb in the imperfect at token a, in a report's body: what is
        still to come (ويلتقي خلال الزيارة بـY), unless it is going on or went on (الذي
        يزور البلاد حاليا, كان يلتقي) or a day of the past or today is in its clause. A
        headline's imperfect is a report. (An event noun that an imperfect carries, يجري
        خلالها مباحثات, is often the programme of a visit told on its first day: held.)"""
        if self.lang != "ar" or s.headline:
            return False

        def bare(k: int) -> str:
            norm = self.toks[k].norm
            return norm[1:] if len(norm) > 3 and norm[0] in "وف" else norm

        k = a
        if bare(a) not in _IMPERFECT:
            return False
        for j in range(max(s.lo, k - 3), min(s.hi, k + 5)):
            t = self.toks[j]
            if j < k and (t.key in _RELATIVE or t.norm in _RELATIVE):
                return False
            if j > k and (t.norm in _ONGOING or bare(j) in _ONGOING):
                return False
        for j in range(k - 1, max(s.lo, k - 9) - 1, -1):
            # كان الرئيس X يستقبل ...: a past that went on, its subject between
            t = self.toks[j]
            if t.punct:
                break
            if t.norm in _ONGOING or bare(j) in _ONGOING:
                return False
        # a day in the verb's own clause (no comma, no other event word between)
        near = [
            x
            for x in times
            if abs(x[0] - a) <= 12
            and not any(self.toks[j].punct for j in range(min(x[0], k), max(x[0], k)))
            and not _scan(self.lex.triggers, self.toks, min(x[0], k) + 1, max(x[0], k))
        ]
        return not (near and not self.nearest(near, a)[1].future)

    def _clause_persons(self, persons, firsts: list[int], a: int, opens=()):
        """The persons an event word at token ``a`` may take, when the sentence has words
        of other events too (أجرى X اتصالا مع A، والتقى بـB: A is called, B met), or a
        clause of what is to come (``opens``: وسيقدم السفراء أوراق اعتمادهم لـY): those
        before the sentence's first event word (the subject of them all) and those from
        ``a`` to the next event word or clause."""
        # only a new verb clause splits (والتقى, "and met"): a visit word and a meeting
        # word of one clause share their persons
        cuts = [
            x
            for x in firsts[1:]
            if self.toks[x].norm[:1] == "و" or (x > 0 and self.toks[x - 1].norm == "and")
        ]
        cuts = sorted(set(cuts) | {x for x in opens if x > firsts[0]})
        if not cuts:
            return persons
        bounds = [firsts[0], *cuts]
        lo = self.toks[firsts[0]].begin
        # the subject: named before the first event word, or right after it (زار X ...)
        vso = (
            None
            if any(c < lo for c, _ in persons)
            else min((c for c, _ in persons if c >= lo), default=None)
        )
        start = max((x for x in bounds if x <= a), default=firsts[0])
        at = self.toks[start].begin
        later = [x for x in cuts if x > a]
        hi = self.toks[later[0]].begin if later else float("inf")
        return [(c, pid) for c, pid in persons if c < lo or c == vso or at <= c < hi]

    def _call_talked_of(self, talk) -> _Draft | None:
        """The phone call already told between the persons of talks (``talks``' result),
        all of them its parties, two at least, the talks with no place or day of their own;
        None when there is none."""
        pids = {pid for _, pid in talk[1]}
        if len(pids) < 2 or talk[2] or talk[3]:
            return None  # (talks with a place or a day of their own are talks of their own)
        return next(
            (
                d
                for d in reversed(self.drafts)
                if d.alive
                and d.type == "phone_call"
                and d.status == "held"
                and pids <= set(d.actors)
            ),
            None,
        )

    def _with_someone_new(self, a: int, b: int, s: _Sentence, ref: _Draft, persons) -> bool:
        """The meeting word at tokens a..b goes on with "with" (مع) or "between" (بين) and
        a person who did not take part in ``ref``, the event it would refer to: "in his
        meeting with X", "in the meeting between A and X" after a meeting of others is a
        meeting of its own."""
        k = next(
            (
                j
                for j in range(a, min(b + 1, s.hi))
                if self.toks[j].norm in ("with", "مع", "between", "بين")
            ),
            None,
        )
        if k is None or not ref.actors:
            return False
        end = self._clause_end(k, s.hi)
        lo, hi = self.toks[k].end, self.toks[end - 1].end if end > k else self.toks[k].end
        named = [pid for c, pid in persons if lo <= c < hi]
        if end < s.hi and self.toks[end].text == ",":
            # "in his meeting with Peru's Minister for Foreign Affairs, Carla Ruiz,": the
            # title's holder named after its comma
            named += [
                pid for c, pid in persons if self.toks[end].end <= c <= self.toks[end].end + 1
            ]
        if self.toks[k].norm in ("between", "بين"):
            return any(p not in ref.actors for p in named)  # (between A and X: X new)
        return bool(named) and named[0] not in ref.actors

    def _en_occasion(self, a: int) -> bool:
        """English "discussed X in a phone conversation", "during their meeting": the
        trigger at token a after a preposition and an article is the talk's occasion."""
        articles = ("a", "an", "the", "their", "his", "her")
        return self.lang == "en" and (
            (a >= 2 and self.toks[a - 1].key in articles and self.toks[a - 2].key in _OCCASION)
            # (a trigger that holds its article: "at the consultations")
            or (a >= 1 and self.toks[a].key in articles and self.toks[a - 1].key in _OCCASION)
        )

    def talks(self, s: _Sentence, cues):
        """A sentence that opens with a verb of discussion, its subject and مع + a person
        ("وبحث وزير الخارجية X في دمشق مع نظيره Y الأوضاع"): a meeting trigger at the verb,
        with the persons between the verb and the few words after مع, and the places and
        times before مع (what follows is the topic). None when the sentence is not of that
        shape."""
        if "ev.meeting.talks" in self.disabled:
            return None
        if self.lang == "en":
            if (chairs := self._side_leaders_en(s, cues)) is not None:
                return chairs
            return self._talks_en(s, cues)
        if (chairs := self._side_chairs(s, cues)) is not None:
            return chairs
        for a, _b in cues.get("talks", []):
            m = next(
                (j for j in range(a + 1, min(a + 24, s.hi)) if self.toks[j].norm == "مع"), None
            )
            if m is None:
                return self._pair_talks(s, a, cues)
            verb_at, with_at = self.toks[a].begin, self.toks[m].begin
            # (مع كل من وزير الشؤون الخارجية بروسيا، السيد X: a list's first title, its
            # state and the name's style, set off by a comma, reach further)
            listed = [t.norm for t in self.toks[m + 1 : m + 3]] == ["كل", "من"]
            reach = self.toks[min(m + (12 if listed else 8), s.hi - 1)].end
            found = self.persons_in(s.begin, s.end)
            found += [x for x in self.titled(s, []) if x[1] not in {p for _, p in found}]
            subj = [(c, p) for c, p in found if verb_at < c < with_at]
            obj = [(c, p) for c, p in found if with_at < c <= reach]
            if not obj:
                # مع + a long chain of titles, then the name: the first name after مع with
                # no punctuation before it
                stop = next(
                    (t.begin for t in self.toks[m + 1 : s.hi] if t.punct), self.toks[s.hi - 1].end
                )
                obj = [(c, p) for c, p in found if with_at < c < stop][:1]
            if obj:
                obj = self._listed_after(obj)  # مع X، وسفير Y لدى اليمن Z: Z too
            if obj and not subj and m > a + 1:
                # "وبحث وزير الداخلية، مع نظيره X": the one person of the article in that post
                others = {p for _, p in obj}
                subj = [(verb_at, pid) for pid in self._bare_title(a + 1, m, others)]
            if obj and not subj and m == a + 1 and a > s.lo and self.toks[a].norm[:1] not in "وف":
                # "الرئيس X يبحث مع Y", "أن X بحث مع Y": the subject named right before the verb
                last = self.toks[a - 1].end
                subj = [
                    (verb_at, pid)
                    for b, _e, pid in self.spans_ending(last)
                    if b >= s.begin and self._opens_clause(s, b, pid, cues)
                ][:1]
            if obj and not subj and m == a + 1:
                # "كما بحث مع وزير الدفاع X": the subject left out is he who was just told of
                pron = self._pronoun_subject(s, a, [x for x in found if x[0] >= with_at])
                subj = [(verb_at, pron)] if pron and pron not in {p for _, p in obj} else []
            if not subj or not obj:
                return None
            # before مع, or at the gathering on whose sidelines the talks were held
            occasions = [(a2, self._clause_end(b2, s.hi)) for a2, b2 in cues.get("sidelines", [])]
            # ... or right after the name of whom the talks were with, after في (مع وزير
            # الخارجية الهولندي X في العاصمة الهولندية لاهاي)
            venue = self._venue_after(s, [p for _, p in obj], with_at)
            places = [
                x
                for x in self.places_in(s, [])
                if x[0] < m
                or any(oa <= x[0] < ob for oa, ob in occasions)
                or (
                    venue is not None
                    and venue < x[0] <= venue + 5
                    # (بحث مع Y في ليبيا may be what they discussed: a city, or a head)
                    and (x[2] or x[1].get("kind") in ("city", "capital", "venue"))
                    # (في الأوضاع في طرابلس: the topic's place; only a capital's head and a
                    # nationality may stand between في and the city)
                    and all(
                        self._cue_word("capital", y)
                        or not self.ix.adjectives.keys().isdisjoint(self.toks[y].firsts)
                        for y in range(venue + 1, x[0])
                    )
                )
            ]
            times = [x for x in self.times_in(s, [], cues) if x[0] < m]
            trig = _Trigger(type="meeting", cameo="040", kind="talks", first=self.toks[a].key)
            return (a, a + 1, trig), sorted(subj + obj), places, times
        return None

    def _side_chairs(self, s: _Sentence, cues):
        """ترأس الجانب القطري X، فيما ترأس الجانب الكويتي Y: two sides, each chaired by
        the first person named after its side's word and nationality, in one sentence: a
        meeting of the chairs (of the session told before), as talks are. None when the
        sentence names fewer than two such sides."""
        sides = [
            k
            for k in range(s.lo, s.hi - 2)
            if (self.toks[k].key in _CHAIR_VERBS or self.toks[k].norm in _CHAIR_VERBS)
            and self.toks[k + 1].key in ("جانب", "طرف")
            and not self.ix.adjectives.keys().isdisjoint(self.toks[k + 2].firsts)
        ]
        return self._meeting_of_sides(s, cues, sides)

    def _side_leaders_en(self, s: _Sentence, cues):
        """ "The Indian side was led by X and the Guyanese side was led by Y": two sides (or
        delegations), each led by the first person named after its "led by" (headed,
        chaired): a meeting of the leaders, as talks are (the consultations told before).
        None when the sentence names fewer than two such sides."""
        sides = [
            k
            for k in range(s.lo + 1, s.hi - 1)
            if self.toks[k].norm in _SIDE_LED
            and self.toks[k + 1].norm == "by"
            and any(self.toks[x].norm in _SIDE_NOUNS for x in range(max(s.lo, k - 4), k))
        ]
        return self._meeting_of_sides(s, cues, sides)

    def _meeting_of_sides(self, s: _Sentence, cues, sides: list[int]):
        """Two sides or more, at tokens ``sides``, each led by the first person named after
        its word and before the next side's: a meeting of their leaders, as talks are; None
        with fewer than two sides, or a side with no leader of its own."""
        if len(sides) < 2:
            return None
        found = self.persons_in(s.begin, s.end)
        leaders = []
        for n, k in enumerate(sides):
            stop = self.toks[sides[n + 1]].begin if n + 1 < len(sides) else s.end
            first = next(((c, p) for c, p in found if self.toks[k].begin < c < stop), None)
            if first is None or first[1] in {p for _, p in leaders}:
                return None
            leaders.append(first)
        a = sides[0]
        trig = _Trigger(type="meeting", cameo="040", kind="talks", first=self.toks[a].key)
        return (a, a + 1, trig), leaders, [], self.times_in(s, [], cues)

    def _venue_after(self, s: _Sentence, pids: list[str], after: int) -> int | None:
        """The token of في right after the last name of ``pids`` told past char ``after``
        in the sentence, or None."""
        ends = [e for b, e, p in self.spans if p in pids and after < b and e <= s.end]
        if not ends:
            return None
        k = self._tok_at(max(ends))
        while k is not None and k < s.hi and self.toks[k].begin < max(ends):
            k += 1
        if k is None or k >= s.hi or self.toks[k].norm not in ("في", "فى"):
            return None
        return k

    def _pair_talks(self, s: _Sentence, a: int, cues):
        """Arabic talks with no مع, the verb opening the sentence and its subject two or
        more persons joined by و ("بحث وزير الخارجية X ونظيره Y العلاقات", "بحث الفريق X
        والممثلة الخاصة للأمين العام، Y، الأوضاع"): a meeting at the verb, of the persons
        of that chain, with the places and times before its end (what follows is the
        topic). None when the sentence is not of that shape."""
        if (
            any(not self.toks[k].punct for k in range(s.lo, a))
            and not all(self.toks[k].end <= self.dateline_end for k in range(s.lo, a))
            and not self._occasion_lead(s, a, cues)
        ):
            return None
        chain: list[str] = []
        k, end = a + 1, None
        spans = None
        while k < s.hi and len(chain) < 6:
            t = self.toks[k]
            if t.punct and chain:
                k += 1  # X، والممثلة الخاصة ...، Y: the commas of an apposition
                continue
            if len(chain) == 1 and end is not None and t.begin >= end and t.norm[:1] != "و":
                # بحث الرئيس X اليوم الخميس وزير الخارجية Y الأوضاع: after the day, whom
                # the subject's talks were with, the verb's object
                if spans is None:
                    spans = [
                        (x.begin, x.end)
                        for x in find_times(
                            self.text,
                            lang="ar",
                            article_date=self.article.date,
                            start=s.begin,
                            end=s.end,
                        )
                    ]
                past = next((e for b, e in spans if b == t.begin), None)
                if past is not None:
                    while k < s.hi and self.toks[k].begin < past:
                        k += 1
                    end = past
                    continue
            if chain and t.norm[:1] != "و" and end is not None and t.begin >= end:
                if not (len(chain) == 1 and spans and any(e == end for _b, e in spans)):
                    break
            starts = [
                p
                for b, p in self.title_starts[
                    bisect.bisect_left(self.title_starts, (t.begin, "")) : bisect.bisect_right(
                        self.title_starts, (t.begin + 1, "\uffff")
                    )
                ]
            ] + [p for _b, _e, p in self.spans_from(t.begin) + self.spans_from(t.begin + 1)]
            pid = next((p for p in starts if p not in chain), None)
            if pid is None:
                if end is not None and t.begin < end:
                    k += 1  # inside the person's title or name
                    continue
                break
            ends = [
                e
                for b, e, p in self.spans[bisect.bisect_left(self.spans, (t.begin,)) :][:40]
                if p == pid
            ]
            if not ends:
                break
            chain.append(pid)
            end = ends[0]
            k += 1
        if len(chain) < 2 or end is None:
            return None
        if any(self.toks[k].key in _SEPARATE_ACTS for k in range(a, s.hi)):
            return None  # ناقش X وY في مقالين منفصلين: each on his own, no talks
        nxt = self.sents[s.index + 1] if s.index + 1 < len(self.sents) else None
        by_phone = bool(cues.get("by_phone")) or (
            nxt is not None
            and (
                bool(self._cue_hits(nxt, "by_phone"))
                # ... . جاء ذلك خلال اتصال هاتفي بينهما: the talks were that call
                or (
                    bool(self._cue_hits(nxt, "backref"))
                    and any(
                        getattr(v, "type", None) == "phone_call"
                        for _x, _y, v in _scan(self.lex.triggers, self.toks, nxt.lo, nxt.hi)
                    )
                )
            )
        )
        places = [x for x in self.places_in(s, []) if x[0] < end]
        times = [x for x in self.times_in(s, [], cues) if x[0] < end]
        # بحث X ونظيره Y هاتفيا ...; ... . جاء ذلك خلال اتصال هاتفي بينهما: a call
        kind = ("phone_call", "041") if by_phone else ("meeting", "040")
        trig = _Trigger(type=kind[0], cameo=kind[1], kind="talks", first=self.toks[a].key)
        verb_at = self.toks[a].begin
        return (a, a + 1, trig), [(verb_at, p) for p in chain], places, times

    def _occasion_lead(self, s: _Sentence, a: int, cues) -> bool:
        """The words before the verb at token a are an occasion set off by a comma, and no
        person ("وعلى هامش التوقيع، بحث X وY", "وفي ختام الزيارة، بحث ..."): the verb
        still opens the clause."""
        if a == 0 or not self.toks[a - 1].punct:
            return False
        lead = next(
            (
                k
                for k in range(s.lo, a)
                if not self.toks[k].punct and self.toks[k].end > self.dateline_end
            ),
            None,
        )
        if lead is None:
            return False
        occasion = any(
            b0 == lead
            for kind in ("sidelines", "sequel", "during")
            for b0, _e in cues.get(kind, [])
        )
        return occasion and not self.persons_in(self.toks[lead].begin, self.toks[a].begin)

    def _opens_clause(self, s: _Sentence, begin: int, pid: str, cues) -> bool:
        """The name of ``pid`` at char ``begin``, with its title before it, opens its
        clause: at the sentence's start, after punctuation or after أن/إن; not the object
        of a preposition (ونيابة عن الرئيس X بحث مع Y: X is no subject)."""
        lo = bisect.bisect_left(self.title_starts, (begin - 80, ""))
        hi = bisect.bisect_right(self.title_starts, (begin, "\uffff"))
        starts = [b for b, p in self.title_starts[lo:hi] if p == pid]
        first = self._tok_at(min(starts, default=begin))
        if first is None or first <= s.lo:
            return first is not None
        return self.toks[first - 1].punct or any(
            cb == first for _ca, cb in cues.get("complementizer", [])
        )

    def _speaker_told_before(self, s: _Sentence, a: int, cues) -> list[str]:
        """وقال خلال مقابلة ...; "He said in an interview": a statement whose speaker is
        left out (a verb of speech opens the sentence, or "he", "she" before it, no one
        named) is the one the sentence before opened with, as a list of one, or []."""
        if s.index == 0:
            return []
        opening = [
            k
            for k in range(s.lo, min(a, s.lo + 2))
            if self.toks[k].norm in _SPEECH_OPENING or self.toks[k].key in _SPEECH_OPENING
        ]
        # the trigger right after the verb, no subject of its own between (وقال مصدر مطلع
        # في تصريح, وأكد الجانبان في بيان: their own speakers); in English "He said in"
        if not opening or a - opening[0] > (2 if self.lang == "en" else 1):
            return []
        if any(
            self.toks[k].norm in ("صادر", "الصادر", "عن", "by")
            for k in range(a + 1, min(a + 5, s.hi))
        ):
            return []  # في بيان صادر عن وزارة الخارجية, in a statement issued by: a body's
        before = self.sents[s.index - 1]
        named = self.persons_in(before.begin, before.end)
        if not named or named[0][0] > self.toks[min(before.lo + 6, before.hi - 1)].begin:
            return []  # (its subject, near its start)
        return [named[0][1]]

    def _state_titled(self, lo: int, hi: int) -> list[str]:
        """Tokens lo..hi hold a title with no name, its state's adjective after it (وزير
        الخارجية الكويتي) or before it (the Kuwaiti foreign minister): its one holder
        of that state named before, as a list of one, or []. O(tenures)."""
        k = next((j for j in range(lo, hi) if not self.toks[j].punct), hi)
        if k < hi and self.lang == "en" and self.toks[k].norm == "the":
            k += 1
        code = None
        if self.lang == "en" and k < hi:
            h = _longest(self.ix.adjectives, self.toks, k, hi)
            if h:
                code, k = h[1], k + h[0]
        hit = _longest(self.ix.posts, self.toks, k, hi) if k < hi else None
        if not hit:
            return []
        end = k + hit[0]
        if code is None and end < hi:
            code = next(
                (self.ix.adjectives[x] for x in self.toks[end].firsts if x in self.ix.adjectives),
                None,
            )
            end += 1
        if code is None or sum(not self.toks[j].punct for j in range(end, hi)) > 1:
            return []  # (one word may close it: لدى وصوله, upon his arrival)
        who = self._one_of_state(code, self.toks[lo].begin, {hit[1].role})
        return [who] if who else []

    def _bare_title(self, lo: int, hi: int, others: set[str]) -> list[str]:
        """The one person of the article, not one of ``others``, who holds the post named
        by tokens lo..hi with no name ("وزير الداخلية" told of before), as a list of one,
        or []."""
        k = next((j for j in range(lo, hi) if not self.toks[j].punct), hi)
        hit = _longest(self.ix.posts, self.toks, k, hi) if k < hi else None
        if not hit or any(not self.toks[j].punct for j in range(k + hit[0], hi)):
            return []
        who = {ten.person for ten in self.tenures if ten.role == hit[1].role} - others
        return list(who) if len(who) == 1 else []

    def _talks_en(self, s: _Sentence, cues):
        """English talks with no trigger: "X and Y on Monday discussed ...", "X discussed
        with Y ...": a meeting at the verb, of two or more persons named before it (or one
        before it and one right after its "with"), with the places and times before the
        verb. None when the sentence is not of that shape."""
        for a, b in cues.get("talks", []):
            if a - s.lo > 24 or (
                a - s.lo > 16 and any(self.toks[k].text in (",", "،") for k in range(s.lo, a))
            ):
                break  # (two titled names of four words each may stand before the verb,
                # with no clause set off before them: "According to ..., X discussed")
            verb_at = self.toks[a].begin
            found = self.persons_in(s.begin, s.end)
            found += [x for x in self.titled(s, []) if x[1] not in {p for _, p in found}]
            subj = [(c, p) for c, p in found if c < verb_at]
            obj = []
            # "discussed with Y", "discussed on Monday with Y": a time may stand between;
            # "discussed cooperation in railways and energy with Y": a topic, unbroken
            w = next(
                (
                    x
                    for x in range(b, min(b + 12, s.hi))
                    if self.toks[x].norm == "with"
                    # ("discussed, with Y, on Monday": the with-phrase set off by commas)
                    and not any(
                        self.toks[y].punct and self.toks[y].text != "," for y in range(b, x)
                    )
                    and (
                        x < b + 4
                        or not any(
                            self.toks[y].punct
                            # (a clause of its own in the topic: "the agreement he signed
                            # with X", "the project agreed in 2022 with Y")
                            or self.toks[y].norm.endswith("ed")
                            or self.toks[y].norm
                            in ("he", "she", "they", "had", "has", "have", "was", "were")
                            for y in range(b, x)
                        )
                    )
                ),
                None,
            )
            if w is not None:
                reach = self.toks[min(w + 8, s.hi - 1)].end
                obj = [(c, p) for c, p in found if verb_at < c <= reach]
                if obj:
                    obj = self._listed_after(obj)  # with X, Minister of A, and Y, ...
                if obj and w > b and self.toks[w - 1].text == ",":
                    # "discussed, with Y, on Monday": the with-phrase closes with a comma
                    # (not "discussed trade, with Y saying ...")
                    last = max(e for sb, e, _p in self.spans if any(sb == c for c, _q in obj))
                    k = next((x for x in range(w, s.hi) if self.toks[x].begin >= last), s.hi)
                    if k < s.hi and self.toks[k].text != ",":
                        obj = []
            if self.toks[a].norm == "exchanged" and not any(
                e <= verb_at and not any(t.punct for t in self.toks[s.lo : a] if t.begin >= e)
                for _sb, e, _p in self.spans
                if self.toks[max(s.lo, a - 2)].begin <= e
            ):
                return None  # "X and Y exchanged views": their names right before, no clause
            if not subj and obj and a > s.lo and self.toks[a - 1].norm in ("he", "she"):
                # "He discussed ... with Y": he who was just told of
                who = self._pronoun_subject(s, a, [], "meeting")
                subj = (
                    [(self.toks[a - 1].begin, who)]
                    if who and who not in {p for _, p in obj}
                    else []
                )
            if len({p for _, p in subj + obj}) < 2 or not subj:
                return None
            until = w if w is not None else a
            places = [x for x in self.places_in(s, []) if x[0] < a]
            times = [x for x in self.times_in(s, [], cues) if x[0] < until]
            trig = _Trigger(type="meeting", cameo="040", kind="talks", first=self.toks[a].key)
            return (a, a + 1, trig), sorted(subj + obj), places, times
        return None

    def _listed_after(self, obj: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """The persons of ``obj`` and those listed after the last of them, each after
        "، و" and a title of his own (مع كبير المستشارين X، وسفير الولايات المتحدة Y)."""
        pids = {p for _, p in obj}
        last, who = max(obj)
        end = self._item_end(last, who)
        out = list(obj)
        while end is not None:
            # (past a few words of the post left out of its evidence: "، وزير الدولة
            # الكندي، والسيد Y"); English: ", Y", ", and Y", "and Y", "as well as Y"
            if self.lang == "en":
                m = re.match(
                    r"\s*(?:,\s*(?:and\s+|as well as\s+)?|and\s+|as well as\s+)",
                    self.text[end : end + 16],
                )
            else:
                m = re.match(r"\s*[،,]?\s*(?=و)", self.text[end : end + 8])
                if m is None:
                    m = re.match(
                        r"(?:\s+[^\s،,.]+){1,4}?\s*[،,]\s*(?=و)", self.text[end : end + 60]
                    )
                    if m is not None and not self._ends_with_state(end, end + m.end()):
                        m = None  # (مع X سبل التعاون، ووزير ... يتابع: a clause, no post)
            if m is None:
                break
            at = end + m.end()
            k = self._tok_at(at)
            if (
                k is not None
                and k + 1 < len(self.toks)
                and self.toks[k].begin == at
                and len(self.toks[k].norm) > 1
                and self.ix.honorifics.longest([[inner_key(self.toks[k].norm[1:])]])
            ):
                # "، والسيد Y، وزير ...": the next item's name after its honorific
                at2 = self.toks[k + 1].begin
            else:
                at2 = at
            nxt = next(
                (
                    (tb, te, tp)
                    for tb, te, tp in self.title_spans[
                        bisect.bisect_left(self.title_spans, (at,)) :
                    ][:3]
                    + self.spans[bisect.bisect_left(self.spans, (at,)) :][:3]
                    if tb in (at, at + 1, at2) and tp not in pids
                ),
                None,
            )
            if nxt is None:
                break
            out.append((nxt[0], nxt[2]))
            pids.add(nxt[2])
            end = self._item_end(nxt[0], nxt[2])
        return out

    def _ends_with_state(self, a: int, b: int) -> bool:
        """The last word between chars a and b is a state's adjective or name (the end of a
        post: "وزير الدولة الكندي،", "بوزارة الخارجية الإماراتية،")."""
        lo, hi = bisect.bisect_left(self._begins, a), bisect.bisect_left(self._begins, b)
        words = [t for t in self.toks[lo:hi] if t.end <= b and not t.punct]
        if not words:
            return False
        t = words[-1]
        k = self._tok_at(t.begin)
        return any(f in self.ix.adjectives for f in t.firsts) or (
            k is not None and _longest(self.ix.countries, self.toks, k, k + 1) is not None
        )

    def _item_end(self, c: int, pid: str) -> int | None:
        """Where the item of a list of persons that opens at char c ends: past the name
        of ``pid`` and the post told right after it ("X، وزير الخارجية الكندي")."""
        end = max((e for b, e, p in self.spans_from(c) if p == pid), default=None)
        if end is None:
            end = max((e for b, e, p in self.title_spans if b == c and p == pid), default=None)
        if end is None:
            end = next((e for b, e, _p in self.spans_from(c)), None)
        if end is None:
            return None
        for tb, te, tp in self.title_spans[bisect.bisect_left(self.title_spans, (c,)) :][:6]:
            if tp == pid and tb <= end + 3 and te > end:
                end = te
        return end

    def titled(self, s: _Sentence, zones) -> list[tuple[int, str]]:
        """Officials named by post and state alone ("Turkish intelligence chief", "وزير
        الخارجية العماني"): the one person of the article who holds that post."""
        out = []
        i = s.lo
        while i < s.hi:
            t = self.toks[i]
            if t.punct or (zones and any(a <= i < b for a, b in zones)):
                i += 1
                continue
            if self.lang == "en" and t.norm in _LEADER_NOUNS:
                pid = self._leader_of(i, s)
                if pid is not None:
                    out.append((t.begin, pid))  # the Angolan statesman: its head, named before
                    i += 1
                    continue
            if t.norm in _DELEGATION_NOUNS or t.key in _DELEGATION_NOUNS:
                who = self._delegation_of(i, s)
                if who:
                    # "The delegation held talks with X", والتقى الوفد X: those who came
                    out.extend((t.begin, pid) for pid in who)
                    i += 1
                    continue
            if t.norm in _OFFICIAL_NOUNS or t.key in _OFFICIAL_NOUNS:
                pid = self._official_of(i, s)
                if pid is not None:
                    # "the Iraqi official", "الضيف العماني": the one official of that state
                    # named before
                    out.append((t.begin, pid))
                    i += 1
                    continue
            hit = _longest(self.ix.posts, self.toks, i, s.hi)
            if not hit and self.lang == "en":
                hit = self._plural_title(i, s)
            if not hit:
                i += 1
                continue
            n, entry = hit
            end = self.toks[i + n - 1].end
            prev = self.toks[i - 1] if i > s.lo else None
            if (
                self.lang == "en"
                and (t.text[:1].isupper() or n >= 2)
                and prev is not None
                and self._definite_title(i, s)
                and not self._inside(self.title_spans, t.begin, end)
                and (i + n >= s.hi or self.toks[i + n].norm not in ("of", "for", "to", "'s", "’s"))
                and (
                    t.text[:1].isupper()
                    # (the foreign minister met: of that post, the one holder named before)
                    or (i + n >= s.hi or not self.toks[i + n].text.startswith("-"))
                    and self._one_holder_before(entry.role, t.begin)
                )
                and (pid := self._holder_named_before(i, n, entry.role)) is not None
            ):
                out.append((t.begin, pid))  # "The High Representative met": named before
                i += n
                continue
            heads = getattr(self.ix, "heads", ())
            if (
                self.lang == "en"
                and n == 1
                and t.text[:1].isupper()
                and prev is not None
                and prev.norm == "the"
                and i + 1 < s.hi
                and self.toks[i + 1].norm == "and"
                and (pid := self._named_before(t)) is not None
            ):
                out.append((t.begin, pid))  # "The Secretary and X": of State, named before
                i += n
                continue
            if self._inside(self.title_spans, t.begin, end) or (
                prev is not None
                and (
                    prev.key in heads or prev.key in _POSSESSORS or prev.norm in ("of", "to", "for")
                )
            ):
                i += n  # "مبعوث الرئيس الروسي": the president only qualifies a post
                continue
            code = None
            if self.lang == "ar":
                for j in range(i + n, min(i + n + 2, s.hi)):
                    if (
                        j > i + n
                        and self.toks[i + n - 1].definite  # (مستشار الرئيس الأمريكي: construct)
                        and _longest(self.ix.posts, self.toks, i + n, s.hi) is not None
                    ):
                        break  # التقى وزير الخارجية الرئيس الكيني: the object's state
                    code = next(
                        (
                            self.ix.adjectives[k]
                            for k in self.toks[j].firsts
                            if k in self.ix.adjectives
                        ),
                        None,
                    )
                    if code:
                        break
            else:
                code = self._adjective_before(i, s.lo)
                if (
                    code is None
                    and i > s.lo
                    and self.toks[i - 1].norm in ("'s", "’s")
                    and i - 2 >= s.lo
                ):
                    h = self.ix.countries.longest([[self.toks[i - 2].key]])
                    code = h[1] if h else None
                if (
                    code is None
                    and prev is not None
                    and prev.norm == "the"
                    and i + n + 1 < s.hi
                    and self.toks[i + n].norm == "of"
                    and not self.toks[i + n - 1].norm.endswith("s")
                ):
                    # "The Foreign Minister of Armenia discussed ...": of that state
                    k = i + n + 1 + (self.toks[i + n + 1].norm == "the")
                    h = _longest(self.ix.countries, self.toks, k, s.hi) if k < s.hi else None
                    code = h[1] if h else None
                if code is None and self.toks[i + n - 1].norm.endswith("s"):
                    # "the Defence Ministers of Kazakhstan and Uzbekistan": each state's
                    out.extend(self._titled_of_states(i + n, s, entry.role))
            if code is not None:
                # (the role the title means in that state: an army chief is its chief of
                # staff where that is the title)
                title = self.text[t.begin : end]
                role = lexicon.role_in_state(title, entry.role, code)
                who = {
                    ten.person for ten in self.tenures if ten.country == code and ten.role == role
                }
                if len(who) == 1:
                    out.append((t.begin, next(iter(who))))
            elif (
                self.lang == "ar"
                and self.toks[i + n - 1].definite
                and not entry.needs_state  # (الأمير: a style, a post only with its state)
                # (two foreign ministers told of: the bare title names neither; unless its
                # words are many: رئيس أركان حرب القوات المسلحة is one army's)
                and (n >= 3 or self._one_holder_before(entry.role, t.begin))
                # (الوزير المفوض: a diplomat's grade, the title goes on)
                and (
                    i + n >= s.hi
                    or not self.toks[i + n].definite
                    or self.toks[i + n].norm[:1] in "بل"  # (بالسيد Y: whom he met)
                    # (وزير الدفاع التقى: a verb, whatever its first letters)
                    or any(h[0] == i + n for h in _scan(self.lex.triggers, self.toks, i + n, s.hi))
                    # (التقى وزير الخارجية الرئيس الكيني: the object's title)
                    or _longest(self.ix.posts, self.toks, i + n, s.hi) is not None
                )
                and (
                    i + n >= s.hi
                    or not any(sb == self.toks[i + n].begin for sb, _e, _p in self.spans)
                )
                and (pid := self._holder_named_before(i, n, entry.role)) is not None
            ):
                # والتقى رئيس الأركان بوزير ...: the one holder named before of a post with
                # these words (رئيس أركان الجيش المصري الفريق X), no state said here
                out.append((t.begin, pid))
            elif (
                self.lang == "ar"
                and (
                    w := next(
                        (
                            x
                            for x in range(i + n, min(i + n + 3, s.hi - 1))
                            if self.toks[x].norm == "مع"
                            and all(self.toks[y].definite for y in range(i + n, x))
                        ),
                        None,
                    )
                )
                is not None
                and self._cue_word("counterpart", w + 1)
            ):
                # ووقع وزير الخارجية مع نظيره السعودي X: the one holder of the post the
                # article named before, other than the counterpart named here
                here = {p for _b, p in self.persons_in(s.begin, s.end)}
                who = {ten.person for ten in self.tenures if ten.role == entry.role} - here
                if len(who) == 1:
                    out.append((t.begin, next(iter(who))))
            elif (
                n == 1
                and not entry.needs_state
                and self._subject_slot(i, s)
                and (pid := self._protagonist(entry.role, t.begin, s)) is not None
            ):
                # والتقى الوزير أيضا ..., "The minister also met ...": of the holders of the
                # post named before, the one the story follows (the subject of the last
                # event told)
                out.append((t.begin, pid))
            i += n
        return out

    def _subject_slot(self, i: int, s: _Sentence) -> bool:
        """A bare definite title at token i where a clause's subject stands: Arabic right
        after the sentence's opening verb (والتقى الوزير), English "The" + the title
        opening the sentence (The minister also met)."""
        if self.lang == "ar":
            return (
                i == s.lo + 1
                and self.toks[i].definite
                and (i + 1 >= s.hi or not self.toks[i + 1].definite)
                and (
                    bool(_scan(self.lex.triggers, self.toks, s.lo, s.lo + 1))
                    or (
                        "talks" in self.lex.cues
                        and self.lex.cues["talks"].longest([list(self.toks[s.lo].firsts)])
                        is not None
                    )
                )
            )
        return i == s.lo + 1 and self.toks[s.lo].norm == "the"

    def _protagonist(self, role: str, at: int, s: _Sentence) -> str | None:
        """Of the actors of the latest event told before offset ``at`` who hold ``role``
        (any minister's post for the bare minister), the one the story follows: in the
        most events told so far, then of another state than the others the sentence
        names (a visitor meets the host's officials), then named first; or None.
        O(drafts)."""
        told = [d for d in self.drafts if d.alive and d.mentions and d.mentions[0].begin < at]
        if not told or not told[-1].actors:
            return None
        last = told[-1]
        holders = [
            p
            for p in last.actors
            if any(
                ten.person == p and ten.status == "current" and same_role(ten.role, role)
                for ten in self.tenures
            )
        ]
        if not holders:
            return None
        seen = [p for d in told for p in d.actors]
        here = set().union(*(self.country_of.get(p, set()) for _c, p in self.persons_in(at, s.end)))
        first = {pid: b for b, _e, pid in reversed(self.spans)}
        return max(
            holders,
            key=lambda p: (
                seen.count(p),
                not (self.country_of.get(p, set()) & here),
                -first.get(p, 0),
            ),
        )

    def _person_opens_near(self, k: int, s: _Sentence) -> bool:
        """A person's name or post opens within three words of token k (مع كل من X, not
        مع كل من سوريا ولبنان)."""
        if k >= s.hi:
            return False
        lo, hi = self.toks[k].begin, self.toks[min(k + 3, s.hi - 1)].end
        return any(lo <= b <= hi for b, _e, _p in self.title_spans + self.spans)

    def _definite_title(self, i: int, s: _Sentence) -> bool:
        """English "the" right before token i, or "the X's" (The EU's High Representative),
        or "the" and the holder's standing (the Caretaker PM, the acting President)."""
        if i - 1 >= s.lo and self.toks[i - 1].norm == "the":
            return True
        if (
            i - 2 >= s.lo
            and self.toks[i - 1].norm in ("caretaker", "acting", "interim")
            and self.toks[i - 2].norm == "the"
        ):
            return True
        if i - 1 < s.lo or self.toks[i - 1].norm not in ("'s", "’s"):
            return False
        for k in range(i - 2, max(s.lo, i - 5) - 1, -1):
            if self.toks[k].norm == "the":
                return k < i - 2
            if not self.toks[k].text[:1].isupper():
                return False
        return False

    def _adjective_before(self, i: int, lo: int) -> str | None:
        """The state of a nationality adjective of up to three words ending right before
        token i (not before ``lo``), or None."""
        for j in range(i - 1, max(lo, i - 3) - 1, -1):
            h = _longest(self.ix.adjectives, self.toks, j, i)
            if h and j + h[0] == i:
                return h[1]
        return None

    def _leader_of(self, i: int, s: _Sentence) -> str | None:
        """English "the Angolan statesman" at token i (the noun): the one person of the
        article who heads that state or its government, named before, or None."""
        code = self._adjective_before(i, s.lo)
        if code is None:
            return None
        return self._one_of_state(code, self.toks[i].begin, _HEADS)

    def _one_of_state(self, code: str, at: int, roles=None) -> str | None:
        """The one person named before offset ``at`` in a current post of state ``code``
        (of one of ``roles``, when given), or None. O(tenures)."""
        who = {
            ten.person
            for ten in self.tenures
            if ten.country == code
            and (roles is None or ten.role in roles)
            and ten.status == "current"
            and any(m.end <= at for m in ten.mentions)
        }
        return next(iter(who)) if len(who) == 1 else None

    def _delegation_of(self, i: int, s: _Sentence) -> list[str]:
        """A definite delegation with no name after it ("the delegation", "the Ghanaian
        delegation", الوفد, الوفد الغاني) at token i: the visitors of the visit told in the
        six sentences before (of that state, when one is said), or none. O(drafts)."""
        t = self.toks[i]
        code = None
        if self.lang == "en":
            k = i - 1
            if k >= s.lo and self._en_adjective(k):
                code, k = self._en_adjective(k), k - 1
            if k < s.lo or self.toks[k].norm != "the":
                return []
            nxt = self.toks[i + 1] if i + 1 < s.hi else None
            if nxt is not None and nxt.norm in ("of", "led", "headed", "comprising", "which"):
                return []  # (the delegation of X, led by Y: named there)
        else:
            if not t.definite:
                return []
            nxt = self.toks[i + 1] if i + 1 < s.hi else None
            if nxt is not None and not nxt.punct:
                code = next(
                    (self.ix.adjectives[f] for f in nxt.firsts if f in self.ix.adjectives), None
                )
                if code is None and (nxt.definite or nxt.key in _DELEGATION_AFTER):
                    return []  # الوفد المرافق, الوفد برئاسة: another delegation, or named there
        visit = self._last_told(("visit",), s, i, 6)
        if visit is None:
            # (no visit told: the head named when the delegation was, وفد الصندوق برئاسة X
            # ... كما اجتمع الوفد مع Y, "a delegation led by X ... the delegation met Y")
            head = self._delegation_head_before(i)
            return [head] if head is not None and code is None else []
        who = [p for p in visit.actors if p not in visit.hosts]
        if code is not None and not all(code in self.country_of.get(p, set()) for p in who):
            return []
        return who

    def _delegation_head_before(self, i: int) -> str | None:
        """The person named right after "headed by" (برئاسة, بقيادة; led by, headed by)
        that follows a delegation's word (its title between), the last such before token i
        in the 400 tokens before it, or None."""
        for k in range(i - 1, max(0, i - 400) - 1, -1):
            t = self.toks[k]
            if self.lang == "ar":
                heads = t.key in _HEADED_BY_WORDS
            else:
                heads = t.norm == "by" and k > 0 and self.toks[k - 1].norm in ("led", "headed")
            if not heads or not any(
                self.toks[x].key in _DELEGATION_WORDS or self.toks[x].norm in _DELEGATION_WORDS
                for x in range(max(0, k - 4), k)
            ):
                continue
            near = self.toks[min(k + 8, len(self.toks) - 1)].end
            lo = bisect.bisect_left(self.spans, (t.end,))
            head = next((pid for b, _e, pid in self.spans[lo:] if b <= near), None)
            # (his post's words right after برئاسة: the head named there, no one after a
            # head the rules hold no post for, برئاسة رجل الأعمال X وزير ... Y)
            opens = self.toks[k + 1].begin if k + 1 < len(self.toks) else -1
            told = any(
                m.begin == opens for ten in self.tenures if ten.person == head for m in ten.mentions
            )
            return head if told else None
        return None

    def _official_of(self, i: int, s: _Sentence) -> str | None:
        """A definite noun of an official with no post of his own (English "the Iraqi
        official", "the Omani guest"; Arabic المسؤول العراقي, الضيف العماني) at token i:
        the one person of the article serving that state in a post named before, or
        None. O(tenures)."""
        if self.lang == "en":
            nxt = self.toks[i + 1] if i + 1 < s.hi else None
            if nxt is not None and (nxt.norm in _NOT_OFFICIAL_AFTER or nxt.text[:1] in "'’"):
                return None  # the Iranian official news agency: an adjective
            code = self._adjective_before(i, s.lo)
            k = i - 1
            while k >= s.lo and self.toks[k].norm != "the" and i - k <= 3:
                k -= 1
            if code is None or k < s.lo or self.toks[k].norm != "the":
                return None
        else:
            if not self.toks[i].norm.startswith(("ال", "وال")) or i + 1 >= s.hi:
                return None
            if (
                i > s.lo
                and self.toks[i - 1].definite
                and not _scan(self.lex.triggers, self.toks, i - 1, i)
            ):
                return None  # الجهد الدبلوماسي المصري: an adjective of the noun before
            code = next(
                (self.ix.adjectives[k] for k in self.toks[i + 1].firsts if k in self.ix.adjectives),
                None,
            )
            if code is None:
                return None
        return self._one_of_state(code, self.toks[i].begin)

    def _tenure_possessor(self, c: int) -> bool:
        """The name at offset c is the possessor of a noun of his time in office (X's
        administration, X's inauguration)."""
        k = bisect.bisect_left(self.spans, (c,))
        if k >= len(self.spans) or self.spans[k][0] != c:
            return False
        end = self.spans[k][1]
        k = bisect.bisect_left(self._begins, end)
        return (
            k + 1 < len(self.toks)
            and self.toks[k].norm in ("'s", "’s")
            and self.toks[k + 1].norm in _TENURE_NOUNS
        )

    def _passive_by(self, a: int, b: int, s: _Sentence) -> bool:
        """An English verb of receiving in the passive at tokens a..b (was received,
        were welcomed) with its agent after "by" in the same clause."""
        if self.lang != "en" or a == s.lo or self.toks[a - 1].norm not in _PASSIVE_AUX:
            return False
        for k in range(b, min(b + 14, s.hi)):
            if self.toks[k].norm == "by":
                return True
            if self.toks[k].text in (";", ".") or self.toks[k].norm in ("and", "where"):
                return False
        return False

    def _visit_told_near(self, s: _Sentence) -> bool:
        """A held visit told in sentence s or one of the two before it."""
        return any(
            d.alive
            and d.type == "visit"
            and d.status == "held"
            and s.index - 2 <= d.sent <= s.index
            for d in self.drafts[-20:]
        )

    def _thanked_for(self, a: int, b: int, trig, s: _Sentence) -> bool:
        """على استقباله (for receiving him), the reception's verbal noun with its pronoun
        after على and nothing after it that it governs (a comma, و, the end): the thanks of
        the guest for the reception told, no reception of its own (حرص على استقباله الوزير
        X: one with its guest named after it is)."""
        if self.lang != "ar" or not trig.host or a == s.lo:
            return False
        if self.toks[a - 1].norm != "علي":  # على, as folded
            return False
        if not self.toks[a].norm.endswith(("ه", "ها", "هم", "هما")):
            return False
        if not (
            b >= s.hi
            or self.toks[b].punct
            or (
                self.toks[b].norm[:1] == "و" and _longest(self.ix.posts, self.toks, b, s.hi) is None
            )
        ):
            return False
        # (thanks for a reception not told before: that reception, told here)
        return self.recent(s, {"meeting"}, before=a) is not None

    def _one_holder_before(self, role: str, at: int) -> bool:
        """At most one person named before offset ``at`` holds ``role`` (any minister's, for
        the bare minister)."""
        return (
            len(
                {
                    x.person
                    for x in self.tenures
                    if same_role(x.role, role) and any(m.end <= at for m in x.mentions)
                }
            )
            <= 1
        )

    def _holder_named_before(self, i: int, n: int, role: str | None = None) -> str | None:
        """English "The High Representative" (a capitalised title after "the", with no
        name and no state): the one person named before with a title that holds these
        words (the EU's High Representative for Foreign Affairs, X), or None."""
        ar = self.lang == "ar"
        words = [
            self.toks[k].key if ar else self.toks[k].norm
            for k in range(i, i + n)
            if self.toks[k].text != "-"  # (Secretary-General: its words, the hyphen aside)
        ]
        n = len(words)
        at = self.toks[i].begin
        who = set()
        loose = set()  # of another role, the title's words all the same (High Commissioner)
        for ten in self.tenures:
            if ten.status != "current":
                continue
            other = role is not None and not same_role(ten.role, role)
            if other and (n < 2 or ten.role.startswith("deputy") or ten.role in _STAFF_ROLES):
                continue  # (a deputy's, an adviser's, a spokesman's title holds the words too)
            for m in ten.mentions:
                if m.end > at:
                    continue
                title = [
                    inner_key(normalize_ar(w)) if ar else normalize_en(w)
                    for w in re.findall(r"[\w']+", m.text)
                ]
                if any(
                    title[k : k + n] == words
                    # (the Deputy Secretary-General's title holds "Secretary-General" too)
                    and (k == 0 or title[k - 1] not in _DEPUTY_WORDS)
                    for k in range(len(title) - n + 1)
                ):
                    (loose if other else who).add(ten.person)
        if not who and len(loose) == 1 and not ar:
            # "UN High Commissioner for Refugees X ... the High Commissioner met": the words
            # name her post, whatever role the bare title would have alone
            who = loose
        if len(who) > 1 and role is not None:
            # DOHA: Minister of Interior X met Minister of Interior of Rwanda Y ... the
            # Minister of Interior met Z: the bare title is the home official's, the one
            # whose state no words gave (the article's own, or none)
            home = {
                ten.person
                for ten in self.tenures
                if ten.person in who
                and same_role(ten.role, role)
                and (ten.country is None or context_only(ten))
            }
            who = home if len(home) == 1 else who
        if not who and role is not None:
            # (استقبل وزير الداخلية ... ، ثم الوزير الحجار: the holder told later by the
            # bare title, whom the officials rules gave this post: ar.bare_holder)
            who = {
                ten.person
                for ten in self.tenures
                if ten.rule.startswith("ar.bare_holder") and same_role(ten.role, role)
            }
        return next(iter(who)) if len(who) == 1 else None

    def _plural_title(self, i: int, s: _Sentence):
        """English "Defence Ministers" at token i, before "of": (length, post) of the
        title in the singular, or None."""
        for n in range(1, 4):
            if i + n >= s.hi or self.toks[i + n].norm != "of":
                continue
            last = self.toks[i + n - 1].key
            if not last.endswith("s"):
                return None
            words = [[self.toks[k].key] for k in range(i, i + n - 1)] + [[last[:-1]]]
            hit = self.ix.posts.longest(words)
            return (n, hit[1]) if hit and hit[0] == n else None
        return None

    def _named_before(self, t: _Tok) -> str | None:
        """English "The Secretary": the one person named before with a longer title that
        holds the word (Secretary of State X)."""
        who = set()
        for ten in self.tenures:
            for m in ten.mentions:
                title = self.text[m.begin : m.end].split()
                if m.end <= t.begin and t.text in title[:-1] and len(title) > 2:
                    who.add(ten.person)
        return next(iter(who)) if len(who) == 1 else None

    def _titled_of_states(self, k: int, s: _Sentence, role: str) -> list[tuple[int, str]]:
        """English "of Kazakhstan and Uzbekistan" at token k after a plural title: for
        each state, the one person of the article who holds that post there."""
        if k >= s.hi or self.toks[k].norm != "of":
            return []
        out, j = [], k + 1
        while j < s.hi:
            h = _longest(self.ix.countries, self.toks, j, s.hi)
            if not h:
                break
            who = {t.person for t in self.tenures if t.country == h[1] and t.role == role}
            if len(who) == 1:
                out.append((self.toks[j].begin, next(iter(who))))
            j += h[0]
            if j < s.hi and self.toks[j].norm in (",", "and"):
                j += 1
                continue
            break
        return out

    def _meeting_in(self, s: _Sentence) -> bool:
        return any(
            getattr(v, "type", "") == "meeting" and not v.anaphor
            for _, _, v in _scan(self.lex.triggers, self.toks, s.lo, s.hi)
        )

    def _prev_events(self, s: _Sentence) -> list[_Draft]:
        """The live events of the last sentence before s that told some."""
        prev_sent = self._prev_sent(s)
        return [d for d in self.drafts[-40:] if d.alive and d.sent == prev_sent]

    def _prev_sent(self, s: _Sentence) -> int:
        for d in reversed(self.drafts):
            if d.alive and d.sent < s.index:
                return d.sent
        return -1

    def _sequel(self, s: _Sentence, cues, made: list[_Draft], referred) -> None:
        """ "Following these talks, the two ministers signed ...", "وفي ختام المباحثات وقع
        الجانبان ...", "said following his meeting with X": an event told right after
        the event it follows (a sequel cue, then within two words an anaphor of it) is on
        its day, and at its place, when it has none of its own."""
        for _ca, cb in cues.get("sequel", []):
            ref = next((r for a, r in referred if cb <= a <= cb + 2), None)
            if ref is None or ref.status != "held":
                continue
            for d in made:
                if d is ref or d.status != "held":
                    continue
                if d.date is None and d.earliest is None and ref.date is not None:
                    d.date = ref.date
                if (
                    d.place is None
                    and d.type not in _NO_PLACE
                    and d.type != "statement"
                    and ref.place is not None
                ):
                    d.place = ref.place

    def _has_also(self, s: _Sentence) -> bool:
        return any(
            self.toks[i].key in _ALSO
            or self.toks[i].norm in _ALSO
            or self.toks[i].norm.rstrip("ً") in _ALSO
            for i in range(s.lo, s.hi)
        )

    def _message_near(self, a: int, b: int) -> bool:
        """A message word within two words before token a or after token b, no punctuation
        between ("the message was delivered", "delivered a written message")."""
        lo, hi = max(0, a - 3), min(len(self.toks), b + 3)
        return any(
            (self.toks[j].norm in _MESSAGES or self.toks[j].key in _MESSAGES)
            and (self._words_between(j + 1, a) <= 2 if j < a else self._words_between(b, j) <= 2)
            for j in [*range(lo, a), *range(b, hi)]
        )

    def _recently_after(self, b: int, s: _Sentence) -> bool:
        """A word of the recent past (مؤخرا, الأخيرة) within the eight words after token b:
        the visit told there was made before what the article reports."""
        return any(
            self.toks[k].key in _RECENTLY or self.toks[k].norm in _RECENTLY
            for k in range(b, min(b + 8, s.hi))
        )

    def _not_supplied(self, h, s: _Sentence) -> bool:
        """An English supply word that supplies nothing: "supply chains", "supply side", or
        "deliver" whose object, before the next punctuation, is a message or a speech
        ("delivered President X's message", "delivered remarks")."""
        a, b = h[0], h[1]
        if self.lang != "en":
            return False
        if b < s.hi and self.toks[b].norm in _NOT_SUPPLIED_AFTER:
            return True  # supply chains, the supply side
        if not self.toks[a].norm.startswith("deliver"):
            return False
        for k in range(b, min(b + 8, s.hi)):
            if self.toks[k].punct or self.toks[k].norm == "to":
                return False  # (delivered S-400 systems to the Turkish side: goods)
            if self.toks[k].norm in _MESSAGES or self.toks[k].norm in _NOT_SUPPLIED:
                return True
        return False

    def _person_visited(self, b: int, s: _Sentence) -> bool:
        """After a visit word ending at token b: "to" (إلى) then, past an article, the title
        or the name of a person ("paid a visit to Chief of Army Staff General X"), also past
        its visitor ("a courtesy visit by X, to Defence Minister Y")."""
        if b < s.hi and self.toks[b].norm == "by" and self.lang == "en":
            at = self.toks[b + 1].begin if b + 1 < s.hi else -1
            ends = [
                e for spans in (self.spans, self.title_spans) for sb, e, _p in spans if sb == at
            ]
            if ends:
                k = b + 1
                while k < s.hi and self.toks[k].begin < max(ends):
                    k += 1
                b = k + (k < s.hi and self.toks[k].text == ",")
        if b >= s.hi or (self.toks[b].norm not in _VISITED_PERSON):
            return False
        j = b + 1
        if j < s.hi and self.toks[j].norm in ("the", "his", "her"):
            j += 1
        if j >= s.hi:
            return False
        at = self.toks[j].begin
        return any(at == sb for spans in (self.spans, self.title_spans) for sb, _e, _p in spans)

    def _person_visited_direct(self, b: int, s: _Sentence) -> bool:
        """English: the title or the name of a person right after a verb of visiting that
        ends at token b (X visited Army Commander General Y at his office), not a place
        of his (visited President Y's tomb, the office of Y)."""
        if self.lang != "en" or b >= s.hi:
            return False
        j = b + (self.toks[b].norm == "the")
        if j >= s.hi:
            return False
        # (a title's words may start at its "the": visited the Chief of Defence Staff, Y)
        starts = {self.toks[j].begin, self.toks[b].begin}
        ends = [
            e for spans in (self.spans, self.title_spans) for sb, e, _p in spans if sb in starts
        ]
        if not ends:
            return False
        k = self._tok_at(max(e for e in ends))
        while k is not None and k < s.hi and self.toks[k].end <= max(ends):
            k += 1
        nxt = self.toks[k].norm if k is not None and k < s.hi else ""
        heads = rule_words("en")["place_name_heads"]
        if any(self.toks[x].norm in heads for x in range(j, min((k or j) + 1, s.hi))):
            return False  # visited Emir Tamim Stadium: a place named after a person
        return nxt not in ("'s", "’s")

    def _told_that_he(self, s: _Sentence, a: int, persons) -> int | None:
        """English: "that he" (she) before the trigger at token a, with two persons or
        more named before it and none between it and the trigger (X informed Y that he had
        visited Z): the offset of "that", or None."""
        for k in range(a - 1, s.lo, -1):
            if self.toks[k].norm == "that" and self.toks[k + 1].norm in ("he", "she"):
                at = self.toks[k].begin
                before = [pid for c, pid in persons if c < at]
                if len(set(before)) >= 2 and not any(
                    at <= c < self.toks[a].begin for c, _ in persons
                ):
                    return at
                return None
        return None

    def _after_name(self, c: int, pid: str) -> int | None:
        """The token right after the name of person ``pid`` told at offset ``c`` (its
        longest span from there), or None."""
        end = max((e for b, e, p in self.spans if p == pid and b >= c), default=None)
        return None if end is None else bisect.bisect_left(self._begins, end)

    def _teller(self, persons, told: int) -> str | None:
        """Of the persons before "that" at offset ``told``, the one a verb of telling
        follows (X informed Y, President X told him): the teller, or None."""
        for c, pid in persons:
            if c >= told:
                break
            j = self._after_name(c, pid)
            if j is None:
                continue
            j += j < len(self.toks) and self.toks[j].norm == "also"
            if j < len(self.toks) and self.toks[j].norm in _TELLING_VERBS_EN:
                return pid
        return None

    def _attendees_close(self, s: _Sentence, cut: int) -> bool:
        """After the cue of attendance at offset ``cut``, its persons, and then the
        sentence's end, a comma or a word of ``after_object``: no object follows them."""
        after = self.persons_in(cut, s.end)
        if not after:
            return False
        j = self._after_name(*after[-1])
        if j is None:
            return False
        if j >= s.hi:
            return True
        t = self.toks[j]
        return (
            t.text in (".", "!", "؟", "?", "،", ",")
            or t.norm in _AFTER_OBJECT
            or t.key in _AFTER_OBJECT
        )

    def _guest_s_party(self, obj: list[str], persons) -> bool:
        """A word of a guest's party (المرافق, accompanying) between the first object
        named and the second, then a verb of its members (ضم, which included): those
        after it are of the first's party."""
        pos = sorted(c for c, pid in persons if pid in obj)
        if len(pos) < 2:
            return False
        lo, hi = bisect.bisect_left(self._begins, pos[0]), bisect.bisect_left(self._begins, pos[1])
        party = next(
            (
                k
                for k in range(lo, hi)
                if self.toks[k].key in _PARTY_OF_GUEST or self.toks[k].norm in _PARTY_OF_GUEST
            ),
            None,
        )
        return party is not None and any(
            self.toks[k].key in _PARTY_MEMBERS or self.toks[k].norm in _PARTY_MEMBERS
            for k in range(party + 1, hi)
        )

    def _hall_place(self, a: int, p: int, s: _Sentence) -> bool:
        """حل at token a, a person named right after it (a title may open his name), then
        only words of time or a comma up to the place at token p, which carries ب."""
        if p <= a + 1 or self.toks[p].norm[:1] != "ب" or a + 1 >= s.hi:
            return False
        at = self.toks[a + 1].begin
        ends = [e for spans in (self.spans, self.title_spans) for b, e, *_ in spans if b == at]
        if not ends:
            return False
        k = a + 1
        while k < p and self.toks[k].begin < max(ends):
            k += 1  # past the title
        names = [e for b, e, _p in self.spans if self.toks[a + 1].begin <= b < self.toks[p].begin]
        while k < p and names and self.toks[k].begin < max(names):
            k += 1  # past the name after the title
        while k < p and (
            self.toks[k].punct
            or self.toks[k].key in _HALL_TIMES
            or self.toks[k].norm in _HALL_TIMES
        ):
            k += 1
        # (the place itself, or the capital's word with ب before it: بالعاصمة المالية باماكو)
        return self.toks[k].norm[:1] == "ب" and (
            k == p or all(self.toks[x].definite for x in range(k, p))
        )

    def _left_from(self, s: _Sentence, start: int) -> bool:
        """Arabic: a verb of leaving before the place at token ``start`` in its sentence,
        with no إلى between them (غادر X القاهرة: the place his object, whence he left)."""
        if self.lang != "ar":
            return False
        if any("زيار" in self.toks[y].norm for y in range(start, s.hi)):
            return False  # غادر X أنقرة في ختام زيارة: the place of the visit just ended
        for k in range(start - 1, s.lo - 1, -1):
            t = self.toks[k]
            if t.norm in ("إلى", "الى", "الي") or t.punct:
                return False
            if t.key in _DEPARTURE_VERBS:
                return True
        return False

    def _programme_includes(self, a: int, s: _Sentence) -> bool:
        """English: "includes" (include) within ten words before the event noun at token
        a, in its clause, and a noun of a plan (programme, itinerary) up to six words
        before it: the event is part of what is planned."""
        for k in range(a - 1, max(s.lo, a - 10) - 1, -1):
            t = self.toks[k]
            if t.punct:
                return False
            if t.norm in ("includes", "include"):
                return any(
                    self.toks[x].norm in _PROGRAMME_NOUNS for x in range(max(s.lo, k - 6), k)
                )
        return False

    def _gathered(self, a: int, b: int, s: _Sentence, persons) -> bool:
        """A meeting word at tokens [a, b) with a verb of bringing together right before it
        (وجمع اللقاء X وY) or after it past a relative (اللقاء الذي جمع X بنظيره Y; the
        meeting, which brought together X and Y), and two persons named after it."""
        if sum(c >= self.toks[b - 1].end for c, _ in persons) < 2:
            return False
        if a > s.lo and self.toks[a - 1].key in _GATHER_VERBS:
            return True
        k = b + (b < s.hi and self.toks[b].text == ",")
        k += k < s.hi and (self.toks[k].key in _RELATIVE or self.toks[k].norm in ("which", "that"))
        return k < s.hi and (
            self.toks[k].key in _GATHER_VERBS or self.toks[k].norm in _GATHER_VERBS
        )

    def _person_visited_performed(self, a: int, b: int, s: _Sentence) -> bool:
        """Arabic: a visit noun at tokens [a, b) in construct (بزيارة, no pronoun) after a
        verb of performing in its sentence, then the title or the name of a person (قام X
        بزيارة رئيس الوزراء Y: X visited Y, a meeting of the two; without the verb the
        genitive is the visitor, رحب X بزيارة Y)."""
        if self.lang != "ar" or b >= s.hi or not self.toks[b - 1].text.endswith("ة"):
            return False
        if self.toks[a].norm[:1] != "ب":
            return False  # (قام بالتحضير لزيارة Y: the verb performs another act)
        verb = next(
            (k for k in range(a - 1, s.lo - 1, -1) if self.toks[k].key in _PERFORM_VERBS), None
        )
        if verb is None:
            return False
        # the verb governs the noun: between them only its subject, a title and a name
        # (not التي قام بها X، ورحب بزيارة Y)
        covered = [(sb, se) for spans in (self.spans, self.title_spans) for sb, se, *_ in spans]
        if any(
            not any(sb <= self.toks[k].begin < se for sb, se in covered) for k in range(verb + 1, a)
        ):
            return False
        at = self.toks[b].begin
        return any(at == sb for spans in (self.spans, self.title_spans) for sb, _e, _p in spans)

    def _visit_by_nobody(self, b: int, s) -> bool:
        """An English visit noun followed by "from" or "by" and a phrase that names no
        official up to its clause's end ("a visit from the British novelist X")."""
        if self.lang != "en" or b >= s.hi or self.toks[b].norm not in ("from", "by"):
            return False
        end = self._clause_end(b + 1, s.hi)
        if end < s.hi:
            end = self._clause_end(end + 1, s.hi)  # (by his counterpart, President X,)
        return not self.persons_in(self.toks[b].begin, self.toks[end - 1].end)

    def _signed_before(self, a: int, b: int, s) -> bool:
        """English "signed" at tokens a..b of an agreement signed in an earlier year than the
        article's ("the memorandum signed in October 2011", "was signed in 2019"), or as an
        adjective before agreements after a determiner ("with the signed agreements")."""
        if (
            self.lang == "en"
            and b - a == 1
            and self.toks[a].norm in ("sign", "signs")
            and a > s.lo
            and self.toks[a - 1].norm in _SIGN_NOUN_AFTER
            # (not after a modal or "to": will first sign, to further sign)
            and not (a - 1 > s.lo and self.toks[a - 2].norm in _SIGN_VERB_BEFORE)
        ):
            return True  # in a sign that relations are warming: a noun, no signing
        if self.lang != "en" or b - a != 1 or self.toks[a].norm != "signed":
            return False
        if (
            b < s.hi
            and self.toks[b].norm in _AGREEMENT_NOUNS
            and a > s.lo
            and self.toks[a - 1].norm in _SIGNED_ADJECTIVE_AFTER
            # (not after an auxiliary: have already signed agreements)
            and not (a - 1 > s.lo and self.toks[a - 2].norm in _SIGN_VERB_BEFORE)
        ):
            return True  # in accordance with signed agreements: signed before
        year = self.article.date.year if self.article.date is not None else None
        return year is not None and any(
            len(w := self.toks[k].norm) == 4
            and w.isdigit()
            and int(w) < year
            # (a year told as the signing's time: in 2019, in October 2011; not 1200
            # armoured vehicles, 2024 trade data)
            and (
                self.toks[k - 1].norm in ("in", "on", "since")
                or (k - 2 >= b and self.toks[k - 2].norm == "in")
            )
            for k in range(b, min(b + 4, s.hi))
        )

    def _decree_after(self, a: int, b: int, s) -> bool:
        """Is what the signing verb at tokens a..b signs a decree, a law or an order
        (وقع الرئيس الموريتاني X، أمس، مرسوما يقضي بتعيين ...; signed a decree): the first
        of a decree's word and an agreement's noun, from the verb on, within fourteen
        words of its sentence, is the decree's?"""
        for k in range(a, min(b + 14, s.hi)):
            t = self.toks[k]
            if t.key in _DECREE_WORDS or t.norm in _DECREE_WORDS:
                return True
            if t.key in _AGREEMENT_NOUNS or t.norm in _AGREEMENT_NOUNS:
                return False  # (signed an agreement, then a law's name inside it)
        return False

    def _round_of_talks(self, a: int, b: int, s) -> bool:
        """Is the visit noun at tokens a..b a round (جولة) of the talks named right after
        it, past من and one adjective at most (جولة مباحثات, جولة جديدة من المفاوضات)?"""
        if not self.toks[a].norm.lstrip("و").startswith("جول"):
            return False
        k = b
        while k < s.hi and k - b < 2 and self.toks[k].norm in _ROUND_MODIFIERS:
            k += 1  # جولة جديدة من المفاوضات
        return k < s.hi and (
            self.toks[k].key in _TALKS_ROUNDS or self.toks[k].norm in _TALKS_ROUNDS
        )

    def _words_between(self, k: int, a: int) -> int:
        """How many words stand from token k up to token a (a hyphen is no word), or a
        large number when a is before k or a punctuation mark comes between."""
        if a < k:
            return 1 << 30
        n = 0
        for j in range(k, a):
            t = self.toks[j]
            if t.punct and t.text != "-":
                return 1 << 30
            n += not t.punct
        return n

    def _zone_end(self, zb: int) -> int:
        return self.toks[zb - 1].end if zb > 0 else 0

    def _cue_word(self, cue: str, k: int) -> bool:
        """Token k is, by itself, a word of the cue ``cue``."""
        trie = self.lex.cues.get(cue)
        return (
            k < len(self.toks)
            and trie is not None
            and trie.longest([[self.toks[k].key]]) is not None
        )

    def _demonstrative(self, k: int) -> bool:
        """Token k is a demonstrative (هذا, this): what follows was told before."""
        return self._cue_word("demonstrative", k)

    def _definite(self, a: int, b: int, trig: _Trigger) -> bool:
        """A definite Arabic event noun ("اللقاء", "جلسة المباحثات", "الاستقبال") refers back
        to an event."""
        gerund = trig.kind == "verb" and self.toks[a].norm.endswith("ing")
        if self.lang == "en" and trig.kind == "signing" and self.toks[a].norm == "signing":
            # "the MoU signing ceremony", "the signing": a signing already told
            for k in range(a - 1, max(-1, a - 4), -1):
                if self.toks[k].punct:
                    break
                if self.toks[k].norm == "the":
                    return True
            return False
        if trig.kind not in ("noun", "host", "summit", "military", "humanitarian") and not (
            self.lang == "en" and gerund  # "following his meeting with Y"
        ):
            return False
        if self.lang == "en":
            # "during his visit", "their meeting": a visit or meeting already told
            return a > 0 and self.toks[a - 1].norm in ("his", "her", "their")
        if a > 0 and self._demonstrative(a - 1):
            return True
        if a > 0 and self._cue_word("sequel", a - 1) and self.toks[a].norm.endswith(_PRONOUNS):
            return True  # عقب لقائه X: after the meeting the report is about
        if (
            trig.type == "visit"
            and b < len(self.toks)
            and self.toks[b].definite
            and self.toks[b].key in _DELEGATION_WORDS
            and any(
                sent.lo <= a < sent.hi and self.recent(sent, {"visit"}) is not None
                for sent in self.sents
            )
        ):
            return True  # بزيارة الوفد ...: the delegation's visit, told before
        return any(self.toks[j].definite for j in range(a, b))

    def add_mention(self, d: _Draft, a: int, b: int, trig: _Trigger, kind: str | None = None):
        if (kind or trig.kind) == "anaphor" and d.type == "meeting" and trig.type == "visit":
            d.visit_said = d.visit_said or (a, b)
        begin, end = self.toks[a].begin, self.toks[b - 1].end
        rule = f"ev.{d.type}.{kind or trig.kind}"
        if rule in self.disabled:
            return
        m = Mention(self.article.id, begin, end, self.text[begin:end], rule)
        if m not in d.mentions:
            d.mentions.append(m)

    def plausible(self, d: _Draft, place: dict) -> bool:
        """A meeting's place is in the state of one of its participants (when known);
        a visit, an act abroad (laying a wreath) or a meeting on the sidelines of a
        gathering may be anywhere."""
        if d.type == "visit" and place.get("kind") == "country":
            # a state is no destination of its own officials ("وصل وفد وزارة الدفاع السورية
            # إلى موسكو": Syria names the visitors)
            visitors = [p for p in d.actors if p not in d.hosts]
            home = [self.country_of.get(p, set()) for p in visitors]
            return not (home and all(place.get("country") in h for h in home))
        if d.type in ("visit", "other") or d.sent in self.sidelines:
            return True
        states = set()
        for pid in d.actors:
            states |= self.country_of.get(pid, set())
        states |= set(d.countries) | self._clause_states
        # a venue's state is not known from its name (قصر بيان): it is where they met; a
        # participant of no known state may be at home there (Foreign Minister X held
        # talks in Rabat with his Malian counterpart)
        stateless = any(not self.country_of.get(pid) for pid in d.actors)
        return (
            not states
            or stateless
            or place.get("kind") == "venue"
            or place.get("country") in states
        )

    def fill(
        self, d: _Draft, s: _Sentence, anchor: int | None, places, times, *, anaphoric: bool = False
    ) -> None:
        """Give ``d`` the sentence's day and place when it has none."""
        cached = getattr(self, "_cue_cache", (None, {}))
        if d.status == "held" and anchor is not None and cached[0] == s.index:
            # "... المقرر عقده بالعاصمة التونسية نهاية الشهر": the day and place after a
            # planning cue are a planned event's, not this one's
            plans = [
                ca
                for name in ("planned", "preparatory")
                for ca, _cb in cached[1].get(name, [])
                if ca > anchor
            ]
            if plans:
                first = min(plans)
                places = [x for x in places if x[0] < first]
                times = [x for x in times if x[0] < first]
        if d.status == "held":
            times = [x for x in times if not x[1].future]  # غدا is no day of what was done
        if d.date is None and d.earliest is None and times:
            tok, t = self.nearest(times, anchor)
            if t.kind == "day" and not (anaphoric and t.future):
                d.date = t.day
                if (
                    d.status == "planned"
                    and t.rule in ("ar.weekday", "en.weekday")
                    and self.article.date is not None
                    and t.day < self.article.date
                ):
                    # "will visit Ankara on Monday": the coming Monday, not the last one
                    d.date = t.day + timedelta(days=7)
            elif t.kind == "interval" and not anaphoric:
                d.earliest, d.latest = t.earliest, t.latest
        if d.type in _NO_PLACE or not places:
            return
        if d.type == "visit":
            # a visit goes to a city or a state; a hall or a camp is where its meetings are
            cands = [(p, val) for p, val, _ in places if val.get("kind") != "venue"]
        else:
            cands = [
                (p, val)
                for p, val, strong in places
                if strong and (val.get("kind") != "country" or self._on_soil(p))
            ]
        cands = [(p, val) for p, val in cands if self.plausible(d, val) or self._met_in(d, p, val)]
        if cands:
            _, val = self.nearest_place(cands, anchor)
            at = next(p for p, v in cands if v is val)
            city = next((v for p, v in cands if _within(v, val) and 0 < p - at <= 2), None)
            val = city or val  # "زار العاصمة السعودية الرياض": the capital, not the state
            if d.place is None or (_within(val, d.place) and not anaphoric):
                d.place = val
                if d.type == "visit" and not anaphoric and city is None:
                    d.more_places = self._listed_places(at, val, s, cands)

    def _listed_places(self, at: int, first: dict, s: _Sentence, cands) -> list[dict]:
        """A visit's place at token ``at`` that opens a list of places (زيارة إلى كل من
        العراق وسوريا, "a tour of Oman, Qatar and Kuwait", "visited Rome and Paris"): the
        further places of the list, each joined to the one before by nothing but "و",
        "and", a comma or a state's kind word (ودولة, ومملكة). O(places of the sentence)."""
        by_tok = {p: v for p, v in cands}
        out: list[dict] = []
        seen = {_place_obj(first).id}
        k, cur = at, first
        while True:
            k = self._place_end(k, s)
            nxt = None
            for j in range(k, min(k + 4, s.hi)):
                if j in by_tok and j > at:
                    nxt = j
                    break
                t = self.toks[j]
                word = t.norm[1:] if self.lang == "ar" and t.norm[:1] == "و" else t.norm
                if not (t.text in (",", "،") or t.norm in ("و", "and") or word in _STATE_KINDS):
                    break
            if nxt is None:
                return out
            val = by_tok[nxt]
            if _within(val, cur) or _within(cur, val) or val.get("kind") == "venue":
                return out  # "Rome, Italy": one place told twice
            if not self._list_goes_on(self._place_end(nxt, s), s):
                return out  # (زار دمشق وبيروت، وروسيا تراقب: a new clause's subject)
            pid = _place_obj(val).id
            if pid not in seen:
                seen.add(pid)
                out.append(val)
            k, cur = nxt, val

    def _list_goes_on(self, k: int, s: _Sentence) -> bool:
        """After a place of a list, at token k: the sentence's end, a comma, و / "and"
        (the list goes on), a preposition or a word of time (the visit's when) - not a
        verb or a possessive, which make the place a new clause's subject ("Syria's news
        agency reported", وروسيا تراقب)."""
        if k >= s.hi:
            return True
        t = self.toks[k]
        if t.norm in ("'s", "’s", "s"):
            return False
        return (
            t.punct
            or t.norm in ("و", "and", "on", "last", "this", "during", "for", "from", "with")
            or t.norm in _PREPS
            or t.key in _LIST_TIME
            or t.norm in _LIST_TIME
            or (t.norm[:1] == "و" and _longest(self.ix.countries, self.toks, k, s.hi) is not None)
            or (t.norm[:1] == "و" and _longest(self.ix.places, self.toks, k, s.hi) is not None)
        )

    def _place_end(self, i: int, s: _Sentence) -> int:
        """The token after the place name that opens at token i (one token past a name
        the lexicons do not hold)."""
        hit = _longest(self.ix.places, self.toks, i, s.hi) or _longest(
            self.ix.countries, self.toks, i, s.hi
        )
        return i + (hit[0] if hit else 1)

    def _met_in(self, d: _Draft, p: int, place: dict) -> bool:
        """ "met X in Moscow", "held talks in Moscow", التقى X اليوم في جنيف: a city right
        after "in" (في, بـ) that follows a participant's name or the event's own words,
        or a time told after them, is where they met, whatever their states (a meeting
        at a gathering in a third state)."""
        if d.type == "visit" or place.get("kind") not in ("capital", "city") or p < 2:
            return False
        if self.lang == "en" and self.toks[p - 1].norm == "in":
            k = p - 1
        elif self.lang == "ar" and any(m.rule.endswith(".talks") for m in d.mentions):
            return False  # تباحث X ونظيره Y في القدس: what they discussed, maybe
        elif self.lang == "ar" and self.toks[p - 1].norm == "في":
            k = p - 1  # التقى X اليوم في جنيف نظيره Y
        elif self.lang == "ar" and self.toks[p].norm[:1] == "ب":
            k = p  # التقى X بجنيف نظيره Y
        else:
            return False
        begin = self.toks[k].begin
        ends = {e for _b, e, pid in self.spans if pid in d.actors and e < begin}
        ends |= {m.end for m in d.mentions if m.end < begin}
        if not ends:
            return False
        last = max(ends)
        gap = self.text[last:begin]
        if gap.strip(" ،,") == "":
            return True
        # ... past a time told between (met X on Monday in Geneva, التقى X اليوم في جنيف)
        for t in find_times(
            self.text, lang=self.lang, article_date=self.article.date, start=last, end=begin
        ):
            gap = gap.replace(self.text[t.begin : t.end], " ")
        return gap.strip(" ،,") == "" and len(gap) < 40

    def _on_soil(self, p: int) -> bool:
        """A state as the place of a meeting: "على أرض مصر", "on Egyptian soil"."""
        prev = [self.toks[j].key for j in range(max(0, p - 2), p)]
        return "ارض" in prev or "soil" in prev

    def nearest(self, items, anchor):
        if anchor is None:
            return items[0]
        return min(items, key=lambda x: (abs(x[0] - anchor), x[0] < anchor))

    def nearest_place(self, cands, anchor):
        if anchor is None:
            return cands[0]
        after = [x for x in cands if x[0] >= anchor]
        if after:
            return min(after, key=lambda x: x[0])
        return max(cands, key=lambda x: x[0])

    def _last_held(self, s: _Sentence, etype: str, reach: int) -> _Draft | None:
        """The latest live event of type ``etype``, held, told in the ``reach`` sentences
        before sentence ``s``, or None."""
        return next(
            (
                d
                for d in reversed(self.drafts)
                if d.alive
                and d.type == etype
                and d.status == "held"
                and 0 < s.index - d.sent <= reach
            ),
            None,
        )

    def _accompanied(self, s: _Sentence, cues) -> None:
        """A sentence that tells no event but who went with its subject ("He was also
        accompanied by X", ويرافقه في الزيارة X): they join the visit held that the three
        sentences before tell, else the meeting held of the two before."""
        ref = self._last_held(s, "visit", 3) or self._last_held(s, "meeting", 2)
        if ref is None:
            return
        # the subject: a pronoun or one of the event's own, before the cue (not "X,
        # accompanied by Y, greeted him": the host's companions)
        cue = min(a for a, _b in cues.get("companions", [(s.hi, s.hi)]))
        cue_at = self.toks[cue].begin if cue < s.hi else s.end
        named = self.persons_in(s.begin, s.end)
        subject = [pid for c, pid in named if c < cue_at]
        if subject and not set(subject) <= set(ref.actors):
            return
        for c, pid in named:
            if (
                c >= cue_at
                and pid not in ref.actors
                and pid not in ref.hosts
                and pid not in self.spokes
                # (his wife, the daughter of former President X: named in another's words)
                and not re.search(
                    r"\b(?:of|former|late)\s+(?:[^\s,;]+\s+){0,3}$", self.text[max(0, c - 40) : c]
                )
            ):
                ref.actors.append(pid)

    def _attended(self, s: _Sentence) -> None:
        """A sentence that tells no event but who attended ("Also present were X and Y",
        "Those in attendance included X"): they join the meeting of the sentence before
        (or up to three before), of two sides rather than a later mention of one ("their
        first meeting since X took office")."""
        told = [
            d
            for d in reversed(self.drafts)
            if d.alive and d.type == "meeting" and d.status == "held" and 0 < s.index - d.sent <= 3
        ]
        ref = next((d for d in told if len(d.actors) >= 2), told[0] if told else None)
        if ref is None:
            return
        if len(ref.actors) == 1:
            ref = next(
                (
                    d
                    for d in reversed(self.drafts)
                    if d.alive
                    and d.type == "meeting"
                    and d.status == "held"
                    and len(d.actors) >= 2
                    and ref.actors[0] in d.actors
                    and 0 < s.index - d.sent <= 6
                ),
                ref,
            )
        for _b, pid in self.persons_in(s.begin, s.end):
            if pid not in ref.actors and pid not in self.spokes:
                ref.actors.append(pid)

    def _visitors_delegation(self, s: _Sentence, spans, visit) -> bool:
        """Does the cue of members at ``spans`` name the visitors' own delegation: "the",
        "his", "presidential", "accompanying" delegation, الوفد (not وفد X, "X's
        delegation", "the host delegation", الوفد المضيف), with no other delegation told
        between the visit and it?"""
        ca, cb = spans[0]
        if self.lang == "en":
            if ca == 0 or self.toks[ca - 1].norm not in _VISITORS_DELEGATION:
                return False
        else:
            words = {t.norm for t in self.toks[ca:cb]}
            if not words & {"الوفد", "والوفد"} or (
                cb < len(self.toks) and self.toks[cb].norm in _HOST_DELEGATION
            ):
                return False
        between = [x for x in self.sents if visit.sent < x.index < s.index]
        return not any(t.norm in _DELEGATION_WORDS for x in between for t in self.toks[x.lo : x.hi])

    def _delegation_told(self, s: _Sentence, spans=()) -> None:
        """A sentence that tells no event but who made up a delegation ("The Ghanaian
        delegation included X and Y", "وضم الوفد X وY"): its members, of a state known,
        join the meeting told in the three sentences before when one of its sides is of
        their state, and the visit of one of their state told in the six before.
        O(drafts)."""
        members = [pid for _b, pid in self.persons_in(s.begin, s.end) if pid not in self.spokes]
        if not members:
            return
        states = set().union(*(self.country_of.get(p, set()) for p in members))
        if not states and not self._clause_states:
            # "The delegation includes X, Minister of Foreign Affairs, and Y": members of no
            # state said, in a sentence that names none, are of the visit told just before
            visit = self._last_told(("visit",), s, s.lo, 3)
            if visit is not None and spans and self._visitors_delegation(s, spans, visit):
                for pid in members:
                    if pid not in visit.actors:
                        visit.actors.append(pid)
            return
        if not states:
            return  # (whose delegation, the text does not say)
        meeting = self._last_told(("meeting",), s, s.lo, 3, sides=2)
        if meeting is not None and any(
            self.country_of.get(p, set()) & states for p in meeting.actors
        ):
            # (a delegation of a state that took part: not a Ghanaian delegation at a
            # meeting of Kenya and Uganda)
            for pid in members:
                if pid not in meeting.actors:
                    meeting.actors.append(pid)
        visit = self._last_told(("visit",), s, s.lo, 6)
        if visit is None or not states:
            return
        visitors = [p for p in visit.actors if p not in visit.hosts]
        if any(self.country_of.get(p, set()) & states for p in visitors):
            for pid in members:
                if pid not in visit.actors:
                    visit.actors.append(pid)

    def _coordinated_after(self, s: _Sentence, a: int, subj: list[str], obj: list[str]):
        """The persons of ``obj`` named after the trigger at token ``a``, each joined to the
        one before by و / and with no other word of a clause between (their titles
        aside): "X، ورئيس وزراء B Y، ونائب رئيس C Z"."""
        out: list[str] = []
        prev_end = None
        k = a + 1
        for b, e, pid in self.spans[bisect_left(self.spans, (self.toks[a].begin,)) :]:
            if b >= s.end:
                break
            if prev_end is None:
                if pid in subj:
                    prev_end = e
                continue
            if pid not in obj:
                break
            gap = [t for t in self.toks[k : s.hi] if prev_end <= t.begin < b and not t.punct]
            first = gap[0] if gap else None
            if first is None or not (
                (
                    self.lang == "ar"
                    and first.norm[:1] == "و"
                    and self._title_word(first.norm[1:], honorific=True)
                )
                or first.norm == "and"
            ):
                break
            out.append(pid)
            prev_end = e
        return out

    def _of_states(self, people: list[str]) -> bool:
        """Each of ``people`` serves one known state, and not all the same one."""
        states = [self.country_of.get(p, set()) for p in people]
        return all(len(x) == 1 for x in states) and len(set().union(*states)) == len(states)

    def _companion_end(self, s: _Sentence, cues, first_attend: int | None) -> int:
        """Where the attendees' part of the sentence ends: its end, but a companion's
        clause inside a list of guests (سفير A، يرافقه الملحق Y، وسفير B Z) ends at the
        comma before the list's next item, و + a title or a name."""
        if first_attend is None or self.lang != "ar":
            return s.end
        if not {s.index, s.index - 1, s.index + 1} & self.separately:
            return s.end  # (وصل X يرافقه A، وB، وC: all his companions)
        x = next(
            (x for x, _ in cues.get("attendance", []) if self.toks[x].begin == first_attend),
            None,
        )
        if x is None or not {self.toks[x].key, self.toks[x].norm} & _ACCOMPANYING:
            return s.end
        for k in range(x + 1, s.hi - 1):
            if self.toks[k].text in ("،", ",") and self.toks[k + 1].norm[:1] == "و":
                nxt = self.toks[k + 1]
                if self._title_word(nxt.norm[1:]) or self.spans_from(nxt.begin + 1):
                    return nxt.begin
        return s.end

    def _only_event(self, s: _Sentence, types: set[str]) -> _Draft | None:
        """The one live, held event of ``types`` told before sentence ``s`` in the
        article (or, of one told twice, the telling whose persons hold the other's), or
        None when there are none or several."""
        cands = [
            d
            for d in self.drafts
            if d.alive and d.type in types and d.status == "held" and d.sent < s.index
        ]
        if len(cands) > 1:
            # (one meeting told twice, the headline's and the lead's: the fuller telling)
            big = max(cands, key=lambda d: len(d.actors))
            if all(set(d.actors) <= set(big.actors) for d in cands):
                return big
        return cands[0] if len(cands) == 1 else None

    def _conj_clause(self, s: _Sentence, a: int, b: int, etype: str) -> tuple[int, int]:
        """English: the char range of the clause of the trigger [a, b) as conjunctions of
        time and cause cut the sentence ("after", "before", "as", "while", "when",
        "because", "although" followed, before any comma, by a verb of a clause of its
        own: after President Z called for calm; not after talks with Y): a clause after
        the trigger is cut off; one that opens the sentence and closes with a comma
        before it too; one the trigger is inside keeps the persons before it, but a
        visit's (an arrival's) subject is its own. O(sentence)."""
        lo, hi = s.begin, s.end
        for k in range(s.lo, s.hi):
            if (
                k >= b
                and self.toks[k].norm == "but"
                and k + 1 < s.hi
                and not self.toks[k + 1].text[:1].isupper()
                and self.toks[k + 1].norm not in ("also", "with")
                # (a clause denied: "but could not", "but did not", "but failed to"; not
                # "but later held talks with C", "but not before meeting C")
                and any(self.toks[x].norm in _DENIALS for x in range(k + 1, min(k + 5, s.hi)))
                and not (
                    self.toks[k + 1].norm == "not"
                    and k + 2 < s.hi
                    and self.toks[k + 2].norm == "before"
                )
            ):
                # "met with A but could not hold any meeting with B": B is no guest here
                hi = min(hi, self.toks[k].begin)
                break
            if (
                k > b
                and self.toks[k].norm == "and"
                and self.toks[k - 1].text == ","
                and (self._own_clause_after(k, s))
            ):
                # "A visited Suva, and last Tuesday B arrived in the city": B's own clause
                hi = min(hi, self.toks[k - 1].begin)
                break
            if (
                0 < k < a
                and self.toks[k].norm == "and"
                and self.toks[k - 1].text == ","
                and self._named_subject_after(k, a)
                and self._own_clause_after(k, s)
            ):
                # "A met B, and Minister C had a meeting with D": C's event, his clause
                lo = self.toks[k].begin
            if self.toks[k].norm not in _SUBORDINATORS or not self._clause_follows(k, s):
                continue
            if k >= b:
                hi = min(hi, self.toks[k].begin)
                break
            if k < a:
                comma = next((x for x in range(k + 1, a) if self.toks[x].text in (",", "،")), None)
                if comma is not None:
                    lo = self.toks[comma].end  # After Z called for calm, X met Y
                elif etype == "visit" or self._named_subject_after(k, a):
                    # X met Y after the minister arrived in Lima; X met Y, while Minister Z
                    # held talks with W: a clause with a subject named of its own
                    lo = self.toks[k].begin
        return lo, hi

    def _with_no_one(self, b: int, s: _Sentence, persons) -> bool:
        """Right after the trigger ending at token b, "with" (مع), then within five words
        the plural of officials not named (unnamed_counterparts: with the ASEAN foreign
        ministers, مع نظرائه), and no one named after it in the sentence."""
        w = next(
            (x for x in range(b, min(b + 2, s.hi)) if self.toks[x].norm in ("with", "مع")), None
        )
        if w is None or not any(
            self.toks[x].norm in _UNNAMED_COUNTERPARTS or self.toks[x].key in _UNNAMED_COUNTERPARTS
            for x in range(w + 1, min(w + 6, s.hi))
        ):
            return False  # (with a view to, with the participation of: no one met)
        return not any(c >= self.toks[w].end for c, _p in persons)

    def _own_clause_after(self, k: int, s: _Sentence) -> bool:
        """After ", and" at token k, a person named and then a verb of an event of his
        own, in the sentence (", and just last Tuesday, Minister X arrived in the city")."""
        for h in _scan(self.lex.triggers, self.toks, k + 1, s.hi):
            if h[2].kind not in ("verb", "arrival") and not (
                # (had a meeting with, held talks with: a verb of its own before the noun)
                h[2].kind == "noun"
                and any(
                    self.toks[x].norm in _LIGHT_VERBS for x in range(max(k + 1, h[0] - 2), h[0])
                )
            ):
                continue
            lo, hi = self.toks[k].end, self.toks[h[0]].begin
            return any(lo <= c < hi for c, _p in self.persons_in(s.begin, s.end))
        return False

    def _named_subject_after(self, k: int, a: int) -> bool:
        """Between the conjunction at token k and the trigger at token a, a person named
        and then a verb of the clause (while Defence Minister Z held talks): the clause's
        own subject."""
        lo, hi = self.toks[k].end, self.toks[a].begin
        named = [c for c, _p in self.persons_in(lo, hi)]
        return bool(named) and any(
            self.toks[x].norm in _LIGHT_VERBS or self.toks[x].norm in _FINITE_VERBS
            for x in range(k + 1, a + 1)  # (the trigger may open on its verb: had a meeting)
            if self.toks[x].begin > min(named)
        )

    def _clause_follows(self, k: int, s: _Sentence) -> bool:
        """A subject and a finite verb follow the conjunction at token k before a comma
        (after President Z called; as the minister arrived)."""
        if k + 1 < s.hi and self.toks[k + 1].norm.endswith("ing"):
            return False  # "said after meeting Y that ...": his own act, no clause of its own
        for j in range(k + 2, min(k + 10, s.hi)):
            t = self.toks[j]
            if t.punct or t.norm in ("that", "to"):
                return False
            if t.text[:1].isupper():
                continue
            if t.norm in _FINITE_VERBS or (t.norm.endswith("ed") and len(t.norm) > 4):
                prev = self.toks[j - 1]
                return prev.text[:1].isupper() or prev.norm in _FINITE_SUBJECT_ENDS
        return False

    def _guests_in_turn(self, everyone: list[str], persons) -> bool:
        """Are the persons of ``everyone`` (two or more) named one after the other, each
        after the first opened by ثم (then) or و with its title (كما استقبل X على رأس وفد،
        ثم السفير Y): guests in turn, none the subject of the others?"""
        pos = sorted((c, pid) for c, pid in persons if pid in everyone)
        if len(pos) < 2 or self.lang != "ar":
            return False
        for c, _pid in pos[1:]:
            k = self._tok_at(self._title_start(c))
            if k is None or k < 1:
                return False
            near = [self.toks[j].norm for j in range(max(0, k - 2), k)]
            tok = self.toks[k]
            # و the conjunction, not the first letter of وزير, وكيل, والي
            joined = tok.key not in self.ix.posts.root and any(
                f in self.ix.posts.root and tok.clitics.get(f, "").startswith("و")
                for f in tok.firsts
            )
            if not ("ثم" in near or ("،" in near and joined)):
                return False
        return True

    def _title_start(self, c: int) -> int:
        """Where the title of the name at char c begins (the evidence of its post), or c."""
        return min(
            (m.begin for t in self.tenures for m in t.mentions if m.begin <= c < m.end),
            default=c,
        )

    def _companions(self, s: _Sentence, cues, persons) -> tuple[int, set[str]] | None:
        """(where the cue stands, the persons) of a companion's clause inside a list of
        guests (:meth:`_companion_end`), or None."""
        attend_at = [self.toks[x].begin for x, _ in cues.get("attendance", [])]
        if not attend_at:
            return None
        first = min(attend_at)
        end = self._companion_end(s, cues, first)
        if end >= s.end:
            return None
        return first, {pid for c, pid in persons if first <= c < end}

    def _relates_to(self, b: int, s: _Sentence) -> bool:
        """Arabic: the verb of calling right before token b, then ب with a definite noun
        that opens no title (تتصل بالعلاقات, يتصل بالقضية): "concerns", no call."""
        if self.lang != "ar" or b >= s.hi or b == 0:
            return False
        verb, t = self.toks[b - 1], self.toks[b]
        if verb.key not in _RELATE_VERBS:
            return False
        return (
            t.norm.startswith("بال")
            and _longest(self.ix.posts, self.toks, b, s.hi) is None
            and not self.persons_in(t.begin, t.end + 1)
        )

    def roles_split(self, s: _Sentence, a: int, persons, cues):
        """(subjects, objects, attendees) of the trigger at token ``a``."""
        attend_at = [self.toks[x].begin for x, _ in cues.get("attendance", [])]
        first_attend = min(attend_at) if attend_at else None
        trig_char = self.toks[a].begin
        attend_end = self._companion_end(s, cues, first_attend)
        core = [
            (b, pid)
            for b, pid in persons
            if first_attend is None or b < first_attend or b >= attend_end
        ]
        attendees = [
            pid for b, pid in persons if first_attend is not None and first_attend <= b < attend_end
        ]
        before = [(b, pid) for b, pid in core if b < trig_char]
        after = [(b, pid) for b, pid in core if b >= trig_char]
        if before:
            # "أجرى X مع نظيره Y مباحثات": the subject is who stands before مع / with
            with_at = next(
                (
                    t.begin
                    for t in self.toks[s.lo : a]
                    if t.begin > before[0][0]
                    and (t.key in ("مع", "with") or t.norm in ("مع", "with"))
                ),
                None,
            )
            subj = [pid for b, pid in before if with_at is None or b < with_at]
            rest = [pid for b, pid in before if with_at is not None and b >= with_at]
            return subj, rest + [pid for _, pid in after], attendees
        if not after:
            return [], [], attendees
        if self.lang == "en" and self.toks[a].norm in _ACTIVE_RECEIVING and len(after) >= 2:
            # "The Speaker received a delegation led by X": the subject is no one named
            # (a title alone); those after the verb are received, not receivers
            return [], [pid for _, pid in after], attendees
        if (
            self.lang == "en"
            and len(after) >= 2
            and any(self.toks[k].norm in _VISITING_GROUPS for k in range(s.lo, a))
        ):
            # "The IMF team met with Minister X, Governor Y and Secretary Z": a group no one
            # named in it is the subject; those after the verb are all whom it met
            return [], [pid for _, pid in after], attendees
        # VSO: the first person, and those coordinated with it before مع / with
        with_at = None
        for j in range(a + 1, s.hi):
            tj = self.toks[j]
            if tj.key in ("مع", "with") or tj.norm in ("مع", "with", "from", "من"):
                with_at = tj.begin
                break
        if with_at is None:
            # "التقى X ووزير الدفاع Y وفدا سوريا ضم Z": the delegation is the object
            for j in range(a + 1, s.hi):
                tj = self.toks[j]
                if tj.key in _DELEGATION_WORDS or tj.norm in _DELEGATION_WORDS:
                    if self.toks[j - 1].key in ("راس", "head", "heading", "leading"):
                        continue  # على رأس وفد: the delegation the one named before heads
                    with_at = tj.begin
                    break
        if with_at is not None and after[0][0] < with_at:
            subj = [pid for b, pid in after if b < with_at]
            obj = [pid for b, pid in after if b >= with_at]
            return subj, obj, attendees
        return [after[0][1]], [pid for _, pid in after[1:]], attendees

    def counterparts(self, s: _Sentence, cues, have: list[str]) -> list[str]:
        """ "نظيره العماني" with no name: the person who holds a post of that state."""
        out = []
        named = self.persons_in(s.begin, s.end)
        for _, b in cues.get("counterpart", []):
            if b >= s.hi:
                continue
            code = None
            t = self.toks[b]
            if self.lang == "ar":
                code = next(
                    (self.ix.adjectives[k] for k in t.firsts if k in self.ix.adjectives), None
                )
            else:
                h = _longest(self.ix.adjectives, self.toks, b, s.hi)
                code = h[1] if h else None
            if code is None:
                continue
            # a name right after it: the officials rules have it already
            if any(t.end <= pb <= t.end + 40 for pb, _ in named):
                continue
            for p in self.persons:
                if code in self.country_of.get(p.id, set()) and p.id not in have:
                    out.append(p.id)
                    break
        return out

    def make(self, s, etype, trigs, persons, places, times, cues, parent):
        a, b, trig = trigs[0]
        if etype == "phone_call" and self._relates_to(b, s):
            return []  # رسالة ... تتصل بالعلاقات الثنائية: it concerns ties, no call
        if etype in _STATE_ACTORS and (cut := self._reported_state(a, s)) is not None:
            # "X said that Norway delivered aid": the state acts, X only reports it
            persons = [(c, pid) for c, pid in persons if c >= cut]
        if self.lang == "en":
            # "X met Y on Monday after President Z called for calm": the clause that a
            # conjunction opens has its own subject; its persons are not the event's, nor
            # is the event inside it anyone's before it
            lo, hi = self._conj_clause(s, a, b, etype)
            persons = [(c, pid) for c, pid in persons if lo <= c < hi]
            places = [x for x in places if lo <= self.toks[x[0]].begin < hi]
            if hi < s.end:
                # (the time of a clause cut off is that clause's: "..., and last Tuesday
                # B arrived")
                times = [x for x in times if self.toks[x[0]].begin < hi]
        if self.lang == "en" and (told := self._told_that_he(s, a, persons)) is not None:
            # "X informed Y that he had visited Z": the clause's "he" is X; Y, the one told,
            # takes no part in what X tells of
            teller = self._teller(persons, told) or persons[0][1]
            persons = [(c, pid) for c, pid in persons if c >= told or pid == teller]
        if (
            etype == "visit"
            and trig.kind == "arrival"
            and not any(c < self.toks[a].begin for c, _p in persons)
            and any(
                self.toks[k].norm in _VISITING_GROUPS or self.toks[k].key in _VISITING_GROUPS
                for k in range(max(s.lo, a - 8), a)
            )
            # (a delegation led by Minister X arrived: his visit)
            and not any(
                self.toks[k].norm in _GROUP_LEADS or self.toks[k].key in _GROUP_LEADS
                for k in range(s.lo, s.hi)
            )
        ):
            return []  # "A World Bank team arrived in Accra to meet Minister X": the team's
        subj, obj, attendees = self.roles_split(s, a, persons, cues)
        if (
            self.lang == "ar"
            and etype == "visit"
            and trig.kind == "noun"
            and b < s.hi
            and self.toks[a].norm[:1] != "ل"  # (لزيارة الرئيس: to visit him)
            # (قام X بزيارة Y: X paid the visit)
            and not any(self.toks[k].key in _PERFORM_VERBS for k in range(s.lo, a))
            and (title := _longest(self.ix.posts, self.toks, b, s.hi)) is not None
        ):
            # أعرب X عن سعادته بزيارة والي ولاية الخرطوم: the visit of the one whose title
            # follows the noun (its genitive), named there or before, not the speaker's;
            # nor is the place in his title where it went
            reach = self.toks[min(b + title[0] + 3, s.hi - 1)].end
            after = [pid for c, pid in persons if self.toks[b].begin <= c < reach]
            if self._post_starts_at(self.toks[b].begin):
                k = bisect_left(self.title_starts, (self.toks[b].begin, ""))
                visitors = [self.title_starts[k][1]]
            elif after:
                visitors = after[:1]  # بعد جولة الوزير X: the name right after the title
            else:
                end = b + title[0]
                code = (
                    next(
                        (
                            self.ix.adjectives[x]
                            for x in self.toks[end].firsts
                            if x in self.ix.adjectives
                        ),
                        None,
                    )
                    if end < s.hi
                    else None
                )
                # (زيارة الرئيس الفرنسي: the one holder of that post of that state)
                held = {
                    t.person
                    for t in self.tenures
                    if t.role == title[1].role and (code is None or t.country == code)
                }
                visitors = sorted(held - set(subj))
            if len(visitors) != 1:
                return []  # (the visit of one the text does not name: nobody's here)
            named = [c for c, pid in persons if pid == visitors[0] and c >= self.toks[b].begin]
            last = min(named) if named else reach
            subj, obj, attendees = visitors, [], []
            places = [x for x in places if not self.toks[b].begin <= self.toks[x[0]].begin < last]
        if etype == "meeting" and len(subj) >= 2 and not obj and self._with_no_one(b, s, persons):
            # "A and B arrived to hold meetings with the ASEAN ministers": each met those
            # the text does not name, not each other
            return []
        if (
            trig.host
            and self.lang == "ar"
            and subj
            and obj
            and not _HOST_OBJECT.isdisjoint(self.toks[a].firsts)
            and all(c < self.toks[a].begin for c, p in persons if p in subj)
        ):
            # وصل X إلى الرباط، واستقبله Y: Y receives him, whom the verb's pronoun names
            subj, obj = obj, subj
        if (
            trig.kind == "arrival"
            and self.lang == "ar"
            and (subj or obj)
            # (VSO: وصل X; not X وصل, whose subject is told before)
            and all(c >= self.toks[a].begin for c, p in persons if p in subj)
        ):
            # وصل X، وY، وZ: who arrive, coordinated, up to the clause of their receivers
            # (حيث استقبلهم, واستقبله: a verb of its own)
            cut = next(
                (
                    self.toks[j].begin
                    for j in range(b, s.hi)
                    if self.toks[j].norm == "حيث"
                    or any(
                        h[0] == j for h in _scan(self.lex.triggers, self.toks, j, min(j + 4, s.hi))
                    )
                ),
                s.end,
            )
            pos = {pid: c for c, pid in persons}
            everyone = sorted(subj + obj, key=lambda p: pos.get(p, s.end))
            # (ووصل الوفد ... واستقبله Y: the delegation arrives, Y only receives it)
            subj = [p for p in everyone[:1] if pos.get(p, s.end) < cut]
            # (وصل A ...، وB في مقدمة مستقبليه: a reception told after the trigger makes
            # the one named next its receiver, no fellow visitor)
            received = any(
                h[2].kind == "reception" or h[2].host
                for h in _scan(self.lex.triggers, self.toks, b, s.hi)
            )
            for p in everyone[1:] if not received else ():
                if pos.get(p, s.end) >= cut or not self._coordinated(
                    pos[subj[-1]] if subj else -1, pos[p]
                ):
                    break  # (فيما يترأس وفد سوريا Y: a clause of its own)
                subj.append(p)
            obj = []  # (the receivers are the reception's, told by its own verb)
            if not subj:
                return []
        visit = None
        received = False  # the reception's receivers and guest are told apart
        if trig.kind == "reception":
            # وكان X في مقدمة مستقبليه لدى وصوله: the receivers and the visitor of the
            # visit just told
            visit = self.recent(s, {"visit"}, before=a)
            guests = [p for p in visit.actors if p not in visit.hosts] if visit else []
            hosts = [pid for _, pid in persons if pid not in guests]
            if guests:
                # وكان في استقبال الضيف، الذي وصل ...، X وY: the sentence's receivers,
                # past a clause of the guest's arrival
                hosts += [
                    pid
                    for _c, pid in self.persons_in(self.toks[b - 1].end, s.end)
                    if pid not in guests and pid not in hosts
                ]
            named = [
                pid
                for c, pid in self.persons_in(self.toks[b - 1].end, s.end)
                if not _PRONOUN_END.search(self.toks[b - 1].text)
                # (right after the cue: في استقبال وزير خارجية عمان، X is a receiver)
                and not any(t.punct for t in self.toks[b : s.hi] if t.begin < self._title_start(c))
            ][:1]
            if guests and hosts:
                subj, obj, attendees = hosts, guests, []
                received = True
            elif named and len(self.persons_in(s.begin, s.end)) >= 2:
                # وكان في استقبال Y، X: the guest right after the cue, no visit told yet
                visit = None
                others = [pid for _c, pid in self.persons_in(s.begin, s.end) if pid not in named]
                subj, obj, attendees = others, named, []
                received = True
            else:
                visit = None  # no visit told: whoever the sentence names
                after = self.toks[b - 1].end
                if not any(c >= after for c, _pid in persons):
                    # "كان X في مقدمة مستقبلي رؤساء الأركان": the guests are named by no
                    # one's name; no meeting of X alone
                    return []
        if etype == "visit":
            # "وصل السيد X إلى بغداد، وكان في استقباله Y": Y receives the visitor, and
            # is never the visitor
            recv = [
                self.toks[h[0]].begin
                for h in _scan(self.lex.triggers, self.toks, a + 1, s.hi)
                if h[2].kind == "reception"
            ]
            if recv:
                hosts = {pid for c, pid in persons if c >= recv[0]} - {
                    pid for c, pid in persons if c < recv[0]
                }
                subj, obj, attendees = (
                    [p for p in group if p not in hosts] for group in (subj, obj, attendees)
                )
            recv_before = [
                h for h in _scan(self.lex.triggers, self.toks, s.lo, a) if h[2].kind == "reception"
            ]
            if recv_before and trig.kind == "arrival":
                # "كان X في مقدمة مستقبلي Y لدى وصوله": X receives; who arrived is named
                # after the cue (or was told before: مستقبليه)
                last = self.toks[recv_before[-1][1] - 1]
                cue_end = last.end
                # the guest named right after the cue (في استقبال Y، X، لدى وصوله); none
                # after في استقباله, whose guest was told before
                guests = [pid for _c, pid in self.persons_in(cue_end, self.toks[a].begin)][
                    : 0 if _PRONOUN_END.search(last.text) else 1
                ]
                if not guests and not _PRONOUN_END.search(last.text):
                    # في استقبال وزير الخارجية الكويتي لدى وصوله: the guest by his post
                    # and state alone, its one holder named before
                    guests = self._state_titled(recv_before[-1][1], a)
                # the receivers are no visitors; with no guest named, the guest is he whose
                # arrival was told before, and no one here is a new visitor
                subj, obj, attendees = guests, [], []
                received = True  # the visitor is settled
        if etype == "visit" and subj and not received:
            # "استقبل X ... Y، وذلك في إطار زيارته", "X called on Y during his visit": the
            # visit told after a meeting is the guest's; its host is no visitor
            hosts = self._receivers_before(s, a, persons, cues)
            if hosts and any(p not in hosts for p in subj + obj):
                subj, obj, attendees = (
                    [p for p in group if p not in hosts] for group in (subj, obj, attendees)
                )
            elif trig.kind == "arrival" and (guests := self._guests_before(s, a, subj, cues)):
                # "استقبل X Y لدى وصوله": the arrival told after a reception is the guest's
                subj, obj, attendees = guests, [], []
        if etype == "visit" and trig.kind == "arrival" and subj:
            # "وصل X، ورئيس وزراء Y Z": an arrival has no object; who is coordinated with
            # its subject arrived too
            co = self._coordinated_after(s, a, subj, obj)
            subj, obj = subj + co, [p for p in obj if p not in co]
        owned = False  # a meeting noun in construct with its owner: its sides are settled
        if received and etype == "visit":
            pass  # كان X في مقدمة مستقبلي Y، الذي وصل: Y, named after the cue
        elif etype == "visit" and (visitor := self._relative_visitor(s, a, persons)):
            # رحب X بـY، الذي بدأ اليوم زيارة ...: Y visits; X is the host
            subj, obj, attendees = [visitor], [], []
        elif (
            etype == "visit"
            and self.lang == "en"
            and (r := self._relative_before(s, a)) is not None
            and a - r <= 7
            and self.toks[r + 1].norm in ("is", "was", "are", "were")  # who is on a visit
            and not any(c < self.toks[r].begin for c, _ in self.persons_in(s.begin, s.end))
        ):
            # "The Navy Chief, who is on a visit, will meet X": the visitor is the title
            # before the clause, whose holder the article named before; never X
            held = self._bare_title(s.lo, r, set())
            held = held or self._bare_title(s.lo + 1, r, set())  # (The) Navy Chief,
            subj, obj, attendees = held, [], []
        elif (
            etype == "visit" and trig.kind == "noun" and (owner := self._visit_owner(a, b, persons))
        ):
            subj, obj, attendees = [owner], [], []  # رحب X بزيارة Y: Y visits
        elif etype == "visit" and trig.kind == "noun" and (maker := self._made_by(a, b, cues)):
            subj, obj, attendees = [maker], [], []  # زيارة يقوم بها X للهند: X visits
        elif (
            etype == "meeting"
            and trig.kind == "noun"
            and self.lang == "ar"
            and not any(s.lo <= x < a for x, _ in cues.get("attendance", []))
            and (sides := self._owned_meeting(s, a, b, persons, obj + attendees)) is not None
        ):
            # علق X على لقاء الرئيس Y مع Z: the meeting is Y's, in construct with its
            # noun, and Z's, named after him; who speaks of it before takes no part (but
            # who attended it does: حضر X لقاء Y مع Z)
            subj, obj = sides
            attendees = []
            owned = True
        if (
            self.lang == "en"
            and not owned
            and not any(c < self.toks[a].begin for c, _p in persons)
            and (
                (holder := self._titled_subject(s, a, cues)) is not None
                or (holder := self._stated_subject(s, a)) is not None
            )
        ):
            # "Later, the FM also received Ambassador X": the one holder of the post
            # named before (of the last event's actors first) is the subject
            subj, obj = [holder], [p for p in subj + obj + attendees if p != holder]
            attendees = []
        elif (
            self.lang == "en"
            and not owned
            and etype == "meeting"
            and not any(c < self.toks[a].begin for c, _p in persons)
            and next(self._bare_titles_before(s, a, cues), None) is not None
        ):
            return []  # "Later, the minister met A and B", the minister unsaid: A met no B
        pronoun = None if owned else self._pronoun_subject(s, a, persons, etype)
        if (
            pronoun is None
            and self.lang == "en"
            and not owned
            and etype == "meeting"
            and not any(c < self.toks[a].begin for c, _p in persons)
            and any(self.toks[k].norm in ("he", "she") for k in range(s.lo, a))
        ):
            return []  # "He also held meetings with A; B; and C", he not found: A met no B
        if pronoun is not None and pronoun not in obj + attendees:
            # "He met Mirzo on the sidelines": he is the subject of the last event told
            subj, obj = [pronoun], [p for p in subj + obj if p != pronoun]
        if etype == "visit" and self.lang == "en":
            whose = next(
                (k for k in range(a - 1, max(s.lo, a - 5) - 1, -1) if self.toks[k].norm == "whose"),
                None,
            )
            owner = sorted((c, pid) for c, pid in persons if whose and c < self.toks[whose].begin)
            if owner:
                # "Singh -- whose two-day visit to the country concluded yesterday --": the
                # visit is the one named right before "whose"
                subj, obj, attendees = [owner[-1][1]], [], []
        if etype == "meeting" and subj and not obj and not owned:
            him = self._pronoun_object(s, b, subj)
            if him is not None:
                obj = [him]  # "X landed in Valletta. Y received him there": the visitor
            else:
                obj = self._suffix_object(s, a, b, subj)  # كما استقبله Y: the guest
        if etype in _ONE_ACTOR and trig.kind not in _MANY_ACTOR_KINDS:
            # who made it or did it: the nearest person before the trigger, or just after it
            at, near = self.toks[a].begin, self.toks[min(a + 6, s.hi - 1)].end
            before = [pid for c, pid in persons if c < at]
            after = [pid for c, pid in persons if at <= c <= near]
            inst = [
                j
                for j in range(max(s.lo, a - 4), a)
                if any(k in _INSTITUTIONS[self.lang] for k in self.toks[j].firsts)
            ]
            if inst:
                after = []  # "ذكرت وزارة الداخلية في بيان أن X": the ministry speaks
                if self.lang == "en" and etype == "statement" and inst[-1] == a - 1:
                    # "..., Kuwait National Guard said in a statement": the institution
                    # right before the trigger speaks, not the person named before it
                    # ("X, head of the Council, said in a statement" is X's)
                    cut = self.toks[inst[0]].begin
                    before = [pid for c, pid in persons if cut <= c < at]
            if etype == "statement" and not before and not inst:
                after = self._fronted_speaker(s, a, b, persons) or after
            if etype == "statement" and not before and not after and not inst:
                after = self._speaker_told_before(s, a, cues)
            subj, obj, attendees = (before[-1:] or after[:1]), [], []
        if (
            trig.kind == "installation"
            and self.toks[a].norm == "مراسيم"
            and any(self.toks[x].norm in _DECREE_VERBS for x in range(max(s.lo, a - 8), a))
        ):
            return []  # أصدر الرئيس مراسيم تنصيب الولاة: decrees, no ceremony
        if trig.kind == "installation":
            # أشرف X على مراسم تنصيب Y واليا, خلفا لZ: who presides (the nearest before) and
            # the one installed (the first right after), not the appointer or predecessor
            # told later in the sentence
            at, near = self.toks[a].begin, self.toks[min(b + 10, s.hi - 1)].end
            before = [pid for c, pid in persons if c < at]
            former = {t.person for t in self.tenures if t.status == "former"}
            held = {t.person for t in self.tenures if t.status != "former"}
            # (not the predecessor: خلال مراسم تنصيب الوالي الجديد ... الوالي السابق X)
            after = [pid for c, pid in persons if at <= c <= near and pid not in former - held]
            subj, obj, attendees = before[-1:], [p for p in after[:1] if p not in before[-1:]], []
        if etype not in _ONE_ACTOR and (pair := self._pair_holders(cues, a, b)):
            # "توقيع وزيري الدفاع على مذكرة التفاهم", "the two foreign ministers met
            # President X": the two holders of the post named before, beside the trigger
            others = [p for p in subj + obj + attendees if p not in pair]
            subj, obj, attendees = pair, others, []
        after_cue = [
            ca
            for ca, _cb in cues.get("preparatory", [])
            if ca >= b and not (ca > s.lo and self.toks[ca - 1].norm in ("لم", "ولم", "لا"))
        ]
        if after_cue and obj and etype in ("meeting", "visit", "phone_call"):
            # "التقى X Y اليوم تمهيدا لزيارة الرئيس Z", "met Y ahead of President Z's trip":
            # who is named after a word of preparing, past the trigger, is the event to
            # come's (not those who attended, بحضور Y), up to a clause of its own (والتقى
            # كذلك Y: a meeting of its own)
            cut = self.toks[after_cue[0]].begin
            resume = next(
                (
                    self.toks[h[0]].begin
                    for h in _scan(self.lex.triggers, self.toks, after_cue[0] + 1, s.hi)
                    if h[2].kind in ("verb", "noun") and h[2].type == etype
                ),
                s.end,
            )
            pos = {pid: c for c, pid in persons}
            kept_obj = [p for p in obj if not cut <= pos.get(p, -1) < resume]
            obj = kept_obj or obj
        if etype != "statement" and any(p not in self.spokes for p in subj + obj + attendees):
            subj, obj, attendees = (
                [p for p in group if p not in self.spokes] for group in (subj, obj, attendees)
            )
        everyone = subj + obj + attendees
        # (a statement is its speaker's: "announced his agreement with his counterpart";
        # but the speaker may be told only as one's counterpart)
        extra = self.counterparts(s, cues, everyone) if etype != "statement" or not everyone else []
        obj = obj + extra
        everyone = everyone + extra
        one = bool(cues.get("group_one")) and not cues.get("group")
        group = bool(cues.get("group")) or one
        if (
            etype != "statement"
            and group
            and not one
            and everyone
            and all(p in self.spokes for p in everyone)
        ):
            # "Spokesman X said the two leaders agreed to meet": the spokesman tells of it
            subj, obj, attendees, everyone = [], [], [], []
        inherited: list[str] = []
        # a statement is its speaker's alone; another act takes a parent's actors only
        # when nobody is named ("during the visit, he laid a wreath")
        if (
            etype != "statement"
            and not owned
            and not (etype == "other" and (everyone or trig.kind in _MANY_ACTOR_KINDS))
        ):
            src = parent
            if src is None and group and len(everyone) < 2:
                src = self.recent(s, set(_COMPATIBLE), before=a)
                if src is None and self.lang == "en":
                    # "the two ministers" paragraphs after their talks: the last event told
                    # between two or more persons
                    src = next(
                        (
                            d
                            for d in reversed(self.drafts)
                            if d.alive and d.status == "held" and len(d.actors) >= 2
                        ),
                        None,
                    )
            if src is not None and (
                not everyone
                or (
                    len(everyone) < 2
                    and (group or src.type != etype)
                    # (after the meeting, the Minister of X visited the centre: a visitor
                    # named goes alone)
                    and not (etype == "visit" and not cues.get("group") and trig.kind == "verb")
                )
            ):
                inherited = [p for p in src.actors if p not in everyone]
                if group and not one and len(everyone) == 1 and len(inherited) > 1:
                    # "during the bilateral meeting with Y, the two sides ...": Y and one
                    # side of the event told before (its host, else its first named)
                    inherited = sorted(inherited, key=lambda p: (p not in src.hosts,))[:1]
                if one and len(everyone) == 1:
                    # "X was in the minister's office": the minister of the event told,
                    # not its other guests
                    inherited = sorted(
                        inherited,
                        key=lambda p: (
                            not any("minister" in r for r in self.roles_of.get(p, ())),
                            p not in src.hosts,
                        ),
                    )[:1]
            if src is None and group and not one and not everyone and s.index > 0:
                # "X and his Chinese counterpart Y reaffirmed ... . The two ministers held
                # talks": the two the sentence before named, no event told between them yet
                before = self.sents[s.index - 1]
                named = list(
                    dict.fromkeys(p for _c, p in self.persons_in(before.begin, before.end))
                )
                if len(named) == 2:
                    inherited = named
        countries = self.states_in(s) if etype in _STATE_ACTORS else []
        if not (everyone or inherited):
            # with no person named, states act only as the trigger's subject or object
            # ("تعتزم تركيا تزويد سوريا", "was delivered by the United States to"), not
            # from a clause of their ties told in general ("the two countries are
            # partners, cementing ties by signing agreements")
            if not (
                etype in _STATE_ACTORS
                and len(countries) >= 2
                and any(self._state_agent(ta, tb, s) for ta, tb, _t in trigs)
            ):
                # nobody named: a reference to an event already reported
                ref = self.recent(s, _COMPATIBLE.get(etype, {etype}), before=a)
                if ref is not None:
                    self.add_mention(ref, a, b, trig, "anaphor")
                    self.fill(ref, s, a, places, times, anaphoric=True)
                return []
        in_turn = (
            trig.host
            and len(everyone) > 1
            and not inherited
            and self._has_also(s)
            and self._guests_in_turn(everyone, persons)
        )
        if trig.host and (len(everyone) == 1 or in_turn) and not inherited and self._has_also(s):
            # "كما استقبل X": the host of the receptions just reported receives X too
            # (and "كما استقبل X، ثم Y": X, then Y, in turn)
            prev = next(
                (
                    e
                    for e in reversed(self.drafts)
                    if e.alive and e.type == etype and e.hosts and e.sent < s.index
                ),
                None,
            )
            # ... unless the one named serves the host's state: then he is another host
            # ("كما استقبل رئيس البرلمان العراقي X" after the Iraqi president's reception)
            if (
                prev is not None
                and everyone[0] not in prev.hosts
                and not (
                    self.country_of.get(everyone[0], set())
                    & self.country_of.get(prev.hosts[0], set())
                )
            ):
                subj, obj = prev.hosts[:1], everyone
                everyone = subj + obj
            else:
                in_turn = False
        if trig.first.startswith("welcom") and not (obj or attendees or extra or inherited):
            return []  # "welcomed the decision": no guest, no meeting
        if etype == "visit" and subj and self._meeting_in(s) and parent is None:
            obj, attendees = [], []  # the meeting of the sentence has the others
        splittable = etype == "phone_call" or any(t.split for _, _, t in trigs)
        # "كل على حدة" in this sentence or the one before; "خلال الاجتماعات" (in the
        # meetings) in the one after
        separately = bool({s.index, s.index - 1, s.index + 1} & self.separately) or in_turn
        # "تباحث مع كل من A، وB، وC", "held bilateral meetings with A, B and C": with each
        # in turn (this sentence only)
        separately = separately or any(
            a <= ca <= a + 6
            and self._person_opens_near(cb, s)
            # (not a fronted phrase, "وفي مباحثات منفصلة مع A وB، بحث C": C met each)
            and not (a > 0 and self.toks[a - 1].norm in ("في", "وفي", "in"))
            for ca, cb in cues.get("distributive", [])
        )
        if etype != "phone_call" and splittable:
            # "met with the Syrian foreign minister, defence minister and intelligence
            # chief": ministers of one state met together, a delegation; a visitor who
            # meets a state's president, prime minister and minister sees each in turn
            states = [self.country_of.get(o, set()) for o in obj]
            heads = any(self.roles_of.get(o, set()) & _LEADERS for o in obj)
            if (
                states
                and not heads
                and all(st and st == states[0] for st in states)
                and len(states[0]) == 1
                and not separately
            ):
                splittable = False
        if (
            not splittable
            and etype in ("meeting", "visit")
            and {s.index, s.index - 1, s.index + 1} & self.bilateral
            and len({frozenset(self.country_of.get(o, set())) for o in obj}) >= 2
        ):
            # "held a series of bilateral meetings": guests of different states, each met
            # in turn (a delegation of one state is met together)
            splittable = True
        if splittable and obj and self._delegation_before(a, obj, persons):
            # "التقى X وفدا ضم سفير A، وسفيرة B": the members of one delegation, met together
            splittable = False
        if splittable and len(obj) >= 2 and self._guest_s_party(obj, persons):
            # "التقت X بالسيد Y والوفد المرافق له الذي ضم السيد Z": Y's party, met with him
            splittable = False
        # "استقبل ... سفراء ... كل على حدة": one meeting per person received
        splittable = splittable or (separately and etype in ("meeting", "visit"))
        if splittable and len(subj) == 1 and len(obj) >= 2:
            groups = [subj + [o] + attendees for o in obj]
            companions = self._companions(s, cues, persons)
            if companions:
                # سفير A، يرافقه الملحق Y، وسفير B: Y goes with A only
                pos = {pid: c for c, pid in persons}
                before = [o for o in obj if pos.get(o, -1) < companions[0]]
                lead = max(before, key=lambda o: pos[o]) if before else None
                groups = [
                    subj + [o] + [p for p in attendees if p not in companions[1] or o == lead]
                    for o in obj
                ]
        elif trig.kind == "arrival" and not obj and len(subj) >= 2 and self._of_states(subj):
            # the leaders of several states arriving for one occasion: a visit each
            groups = [[x] + attendees for x in subj]
        elif self.lang == "en" and separately and len(subj) >= 2 and len(obj) == 1:
            # "X and his deputies Y and Z held separate meetings with W": one each
            groups = [[x] + obj + attendees for x in subj]
        else:
            groups = [subj + obj + attendees]
        status = self.modality(s, a, trig, cues, times)
        out = []
        for g in groups:
            actors = list(dict.fromkeys(g + inherited))
            d = _Draft(
                type=etype,
                cameo=trig.cameo,
                kind=trig.kind,
                sent=s.index,
                mentions=[],
                actors=actors,
                status=status,
                parent=parent,
                headline=s.headline,
                paragraph=s.paragraph,
                first_tok=a,
                owned=owned,
            )
            for ta, tb, t in trigs:
                self.add_mention(d, ta, tb, t)
            if any(t.host for _, _, t in trigs) and self._passive_by(a, b, s):
                # "X was received by Y", "X was welcomed at the airport by Y": the agent
                # after "by" receives
                d.hosts = [p for p in obj if p in actors] or [p for p in subj if p in actors]
            elif etype == "visit" and received and trig.kind == "arrival":
                d.hosts = []  # كان في استقبال Y لدى وصوله: the arrival is Y's, no host's
            elif any(t.host for _, _, t in trigs) or received:
                d.hosts = [p for p in subj if p in actors]
            elif etype == "visit" and subj:
                d.hosts = [p for p in obj if p in actors]
            d.countries = countries
            if etype == "supply":
                d.targets = self.targets_in(s, a, trig.kind == "verb")
            self.fill(d, s, a, places, times)
            if etype == "visit" and d.place is None:
                # "returned from Mozambique after a visit", عاد من موزمبيق بعد زيارة: the
                # place he returned from is the one visited
                d.place = self._returned_from(s, a)
            if trig.kind == "reception" and visit is not None:
                # received on arrival: the day and place of the arrival
                if d.date is None and d.earliest is None:
                    d.date, d.earliest, d.latest = visit.date, visit.earliest, visit.latest
                d.place = d.place or visit.place
            if (
                d.place is None
                and etype in ("meeting", "visit", "agreement")
                and s.paragraph == self._first_para()
                and self.dateline_place is not None
                and self.plausible(d, self.dateline_place)
            ):
                d.place = self.dateline_place
            self.drafts.append(d)
            out.append(d)
        return out

    def _occasion_visits(self, s: _Sentence, cues, found) -> None:
        """The visits that a sidelines cue names as the occasion of the sentence's event,
        each with the persons the occasion names (the visitor and whoever goes with him),
        unless a visit of theirs is told already (rule ``ev.visit.occasion``)."""
        if not found or "ev.visit.occasion" in self.disabled:
            return
        for (a, b, trig), ob in found[:1]:
            lo, hi = self.toks[a].begin, self.toks[min(ob, s.hi) - 1].end
            cue_lo = max((ca for ca, _ in cues.get("sidelines", []) if ca <= a), default=a)
            makers = [
                (c, pid)
                for c, pid in self.persons_in(self.toks[cue_lo].begin, hi)
                if not (lo <= c and self.toks[b - 1].end > c)
            ]
            if not makers and self.lang == "ar" and self.toks[b - 1].norm.endswith(("ه", "ها")):
                # على هامش زيارته: his visit, the guest's the sentence received
                self.own_visits[s.index] = (a, b)
            if not makers or any(
                d.alive and d.type == "visit" and makers[0][1] in d.actors for d in self.drafts
            ):
                continue
            if any(a <= pa < ob for pa, _ in cues.get("planned", [])):
                continue  # على هامش زيارة X المرتقبة: a visit to come, no setting of this one
            places = [x for x in self.places_in(s, []) if a <= x[0] < ob]
            times = self.times_in(s, [], cues)
            trig = replace(trig, kind="occasion")
            self.make(s, "visit", [(a, b, trig)], makers, places, times, cues, None)

    def _delegation_before(self, a: int, obj: list[str], persons) -> bool:
        """A delegation word (وفد, delegation) between the trigger at token ``a`` and the
        first of its objects."""
        at = min((c for c, pid in persons if pid in obj), default=None)
        if at is None:
            return False
        for t in self.toks[a + 1 :]:
            if t.begin >= at:
                return False
            if t.key in _DELEGATION_WORDS or t.norm in _DELEGATION_WORDS:
                return True
        return False

    def _dateline_below(self, offset: int, head: str) -> tuple[int, str] | None:
        """The first line after the headline when it opens with a place and a dash, a
        colon or a bracket (``ISLAMABAD (Dunya News) - ...``, ``دمشق-سانا``): its offset
        and text, or None."""
        first = head.find("\n")
        if first < 0:
            return None
        rest = head[first:]
        stripped = rest.lstrip()
        if not stripped:
            return None
        at = offset + first + len(rest) - len(stripped)
        line = stripped.split("\n", 1)[0]
        m = _DATELINE_HEAD.match(line)
        if not m:
            return None
        toks = [t for t in self.toks if at <= t.begin < at + m.end(1)]
        hit = _longest(self.ix.places, self.toks, toks[0].i, toks[-1].i + 1) if toks else None
        return (at, line) if hit else None

    def _dateline_comma(self, offset: int, line: str) -> bool:
        """``Lima, The Minister of ...``: a place alone before a comma, then a sentence
        that opens with a capitalised function word (English): the article's place."""
        m = dateline_comma(line) if self.lang == "en" else None
        if not m:
            return False
        toks = [t for t in self.toks if offset <= t.begin < offset + m.end(1)]
        hit = _longest(self.ix.places, self.toks, toks[0].i, toks[-1].i + 1) if toks else None
        if not hit or hit[0] != len(toks):
            return False
        self.dateline_place = hit[1]
        self.dateline_end = toks[-1].end
        return True

    def _dateline_line(self, offset: int, head: str) -> None:
        """A dateline on a line of its own below the headline ("ADEN, Yemen"): a short
        line of the first four that names a place, and a state, and nothing else."""
        at = offset
        for line in head.split("\n")[:4]:
            begin, end = at, at + len(line)
            at = end + 1
            if not line.strip() or len(line.strip()) > 40:
                continue
            toks = [t for t in self.toks if begin <= t.begin < end and not t.punct]
            if not toks:
                continue
            hit = _longest(self.ix.places, self.toks, toks[0].i, toks[-1].i + 1)
            if not hit:
                continue
            rest = [t for t in toks if t.i >= toks[0].i + hit[0]]
            state = rest and _longest(self.ix.countries, self.toks, rest[0].i, rest[-1].i + 1)
            if rest and not (state and state[0] == len(rest)):
                continue  # more than a place and its state: no dateline
            self.dateline_place = hit[1]
            self.dateline_end = toks[-1].end
            return

    def _first_para(self) -> int:
        """The paragraph of the first sentence that goes on past the dateline."""
        for s in self.sents:
            if self.toks[s.hi - 1].end > self.dateline_end:
                return s.paragraph
        return 0

    def modality(self, s, a, trig, cues, times) -> str:
        t = self.toks[a]
        if trig.kind in ("noun", "anaphor") and any(
            0 <= a - cb <= 2 for _ca, cb in cues.get("past_occasion", [])
        ):
            return "held"  # "will implement the agreements reached during the call"
        if self.lang == "ar":
            norm0 = t.norm[1:] if len(t.norm) > 3 and t.norm[0] in "وف" else t.norm
            if norm0[:1] == "س" and norm0[1:2] in "يتن" and not trig.first.startswith("س"):
                return "planned"
            if trig.kind == "noun":
                for k in (a - 1, a - 2):
                    v = self.toks[k]
                    if k < s.lo or v.punct:
                        break
                    w = v.norm[1:] if len(v.norm) > 4 and v.norm[0] in "وف" else v.norm
                    if w[:1] == "س" and w[1:] in _IMPERFECT:
                        return "planned"  # سيقوم بزيارة, ستجري مباحثات: a verb of the future
        if self._imperfect_at(s, a, times):
            return "planned"
        if self.lang == "en" and trig.kind in ("noun", "anaphor") and self._future_after(a, s):
            return "planned"  # "the meeting with X will be their first contact"
        if self.lang == "en" and self._programme_includes(a, s):
            return "planned"  # "the programme of his visit also includes a meeting with X"
        if (
            self.lang == "en"
            and a - 2 >= s.lo
            and self.toks[a - 1].norm == "to"
            and self.toks[a - 2].norm in ("agreed", "agree", "agrees", "agreeing")
        ):
            return "planned"  # "the two leaders agreed to meet again": that verb alone
        for ca, cb in cues.get("invitation", []):
            if 0 <= a - cb <= 16 and not any(self.toks[k].punct for k in range(cb, a)):
                return "planned"  # "invited her to later come and visit the country"
            if ca <= a < cb:
                return "planned"  # "دعوة لزيارة باريس", "an invitation to visit": the cue holds it
        for ca, cb in cues.get("preparatory", []):
            if ca > s.lo and self.toks[ca - 1].norm in ("لم", "ولم", "لا"):
                continue  # لم يسبق لها مثيل: unprecedented, nothing to come
            if 0 <= a - cb <= 5 and not any(self.toks[k].punct for k in range(cb, a)):
                return "planned"  # ahead of a summit, تمهيدا لزيارة: the event prepared for
        for ca, cb in cues.get("planned", []):
            if 0 <= a - cb <= _PLANNED_WINDOW - 1 or (trig.kind == "noun" and 0 <= ca - a <= 2):
                return "planned"
            if ca < a < cb:
                return "planned"  # the cue holds the trigger: "Safadi to Visit Türkiye"
            if (
                cb < a <= cb + 16
                and (
                    any(self._cue_word("complementizer", k) for k in (cb, cb + 1))
                    or self._cue_word("modal", ca)  # a modal, its clause
                )
                and not any(self.toks[k].punct and self.toks[k].text != "-" for k in range(cb, a))
            ):
                # "من المقرر أن يجري الوزير X ونظيره Y محادثات": the whole clause
                return "planned"
        near = [x for x in times if abs(x[0] - a) <= 12]
        if near:
            _, tm = self.nearest(near, a)
            if tm.future:
                return "planned"
        return "held"

    def _future_after(self, a: int, s: _Sentence) -> bool:
        """English: the event noun at token a is the subject of a verb of the future in
        its clause ("the meeting with X will be the first", "talks with Y will take place
        on Monday"; a word of rules_en future_predicates after will)."""
        for k in range(a + 1, min(a + 12, s.hi - 1)):
            t = self.toks[k]
            if t.punct:
                return False
            if t.norm in ("will", "shall") and self.toks[k + 1].norm in _FUTURE_PREDICATES:
                return True
        return False

    def states_in(self, s: _Sentence, zones=()) -> list[str]:
        """The states a sentence names (names and nationality adjectives), outside zones."""
        codes = []
        for i in range(s.lo, s.hi):
            t = self.toks[i]
            if t.punct or (zones and any(a <= i < b for a, b in zones)):
                continue
            hit = _longest(self.ix.countries, self.toks, i, s.hi)
            if hit and self.lang == "ar" and t.definite and self._nisba_of_name(t, hit[1]):
                continue  # التعاون المالي: financial, unless the article has a Malian
            if hit and self.lang == "ar" and shadda_marked(t.text):
                continue  # عمّان with its shadda: the city (Amman), not the state (عُمان)
            if hit:
                codes.append(hit[1])
                continue
            if self.lang == "ar":
                code = (
                    None
                    if self.ix.adjectives.keys().isdisjoint(t.firsts)
                    else next(
                        (self.ix.adjectives[k] for k in t.firsts if k in self.ix.adjectives), None
                    )
                )
            else:
                h = _longest(self.ix.adjectives, self.toks, i, s.hi)
                code = h[1] if h else None
            if code:
                codes.append(code)
        return list(dict.fromkeys(codes))

    def _nisba_of_name(self, t, code: str) -> bool:
        """Is the Arabic word ``t``, written with the article, the adjective spelt as its
        state's very name, which has none (المالي of مالي; also "financial"), with no
        official of that state in the article to say it is the state's?"""
        entry = lexicon.country_by_code(code)
        names = [entry.ar, *entry.alt_ar] if entry is not None else []
        if any(n.startswith("ال") and " " not in n for n in names):
            return False  # العراق: the state's name itself
        return all(ten.country != code for ten in self.tenures)

    def _state_at(self, i: int, hi: int) -> bool:
        """Token i starts the name of a state or a nationality adjective."""
        if _longest(self.ix.countries, self.toks, i, hi):
            return True
        if self.lang == "ar":
            return not self.ix.adjectives.keys().isdisjoint(self.toks[i].firsts)
        return bool(_longest(self.ix.adjectives, self.toks, i, hi))

    def _reported_state(self, a: int, s: _Sentence) -> int | None:
        """The char offset of "that" (أن) right before a state named within four words
        before the trigger at token a ("said that Norway delivered aid"), or None."""
        for j in range(a - 1, s.lo, -1):
            t = self.toks[j]
            if self._words_between(j, a) > 4 or (t.punct and t.text != "-"):
                return None
            if not self._state_at(j, s.hi):
                continue
            for k in (j - 1, j - 2):
                if k >= s.lo and (
                    self.toks[k].norm in _REPORTED_THAT or self.toks[k].key in _REPORTED_THAT
                ):
                    return self.toks[k].begin
        return None

    def _state_agent(self, a: int, b: int, s: _Sentence) -> bool:
        """A state named in the clause of the trigger [a, b): within four words before it,
        two words after it, or after "between" (بين) within five, no punctuation between."""
        for j in range(a - 1, s.lo - 1, -1):
            if self._words_between(j, a) > 4:
                break
            if self.toks[j].punct and self.toks[j].text != "-":
                break
            if self._state_at(j, s.hi):
                return True
        between = False
        for j in range(b, s.hi):
            t = self.toks[j]
            n = self._words_between(b, j)
            if n > 5 or (t.punct and t.text != "-"):
                break
            if (n <= 2 or between) and self._state_at(j, s.hi):
                return True
            between = between or t.norm in _PARTIES or t.key in _PARTIES
        return False

    def targets_in(self, s: _Sentence, a: int, verb: bool) -> list[str]:
        """The receiving state of a supply: after إلى / to / لـ, or the object of the verb
        or noun ("تزويد سوريا", "سلمت تركيا سوريا": after a verb the first state is the
        giver)."""
        found = []
        i = a
        while i < s.hi:
            hit = _longest(self.ix.countries, self.toks, i, s.hi)
            if not hit:
                i += 1
                continue
            t = self.toks[i]
            prev = self.toks[i - 1].norm if i > s.lo else ""
            clit = t.clitics.get(t.firsts[-1], "") if self.lang == "ar" else ""
            if prev in ("to", "الي", "إلى") or "ل" in clit:
                return [hit[1]]
            found.append(hit[1])
            i += hit[0]
        if verb and self.lang == "ar":
            return found[1:2]
        return found[:1]

    # ------------------------------------------------------------ merging

    def merge(self) -> None:
        """One event per happening (see the module docstring)."""
        drafts = self.drafts
        self._summary_items()
        by_actor: dict[str, list[int]] = {}
        for i, d in enumerate(drafts):
            for pid in d.actors:
                by_actor.setdefault(pid, []).append(i)
        for i, d in enumerate(drafts):
            if not d.alive:
                continue
            # only events that share a person can be one happening
            # (the nearest few on either side: a happening is not retold a hundred times)
            near = set()
            for pid in d.actors:
                js = by_actor.get(pid, ())
                k = bisect_left(js, i)
                near.update(js[max(0, k - _NEAR) : k + _NEAR + 1])
            near.discard(i)
            near = sorted(near)
            cands = [
                drafts[j] for j in near if j < i and drafts[j].alive and self.same(drafts[j], d)
            ]
            if not cands and d.headline:
                # a headline before its body: the body's event keeps the mentions
                later = [
                    drafts[j] for j in near if j > i and drafts[j].alive and self.same(d, drafts[j])
                ]
                if later and d.joined:
                    # a summary item's visit and its talks: every telling of either in
                    # the body is this one visit
                    kind = (d.type, d.cameo, d.kind)
                    for e in later:
                        self.absorb(d, e)
                    d.type, d.cameo, d.kind = kind
                    d.alive = True
                elif later:
                    best = max(later, key=lambda e: len(set(e.actors) & set(d.actors)))
                    self.absorb(best, d)
                continue
            if cands:
                best = max(
                    cands,
                    key=lambda e: (
                        len(set(e.actors) & set(d.actors)),
                        set(d.actors[:2]) <= set(e.actors),
                    ),
                )
                self.absorb(best, d)
        if self.lang == "en":
            self._merge_state_events()
            self._calls_each()
        else:
            # وقعت الكويت وسلطنة عمان اتفاقية ... ووقعها عن الجانب العماني X: the signing
            # between the states is the one its signatories made
            self._merge_state_events(types=("agreement",))
        self._merge_ceremonies()
        self._merge_receptions()
        self._merge_signings()
        self._signed_at_talks()
        self._reception_of_credentials()
        self._talks_after_credentials()
        self._unnamed_summary()

    def _signed_at_talks(self) -> None:
        """ "X held talks with Y in Baghdad today. At their end, X and Y signed an MoU": the
        talks are a meeting and the signing an agreement (two events), but a signing told
        with no place or day, in the talks' sentence or the two after, between the same
        sides, took place where and when they were held."""
        for d in self.drafts:
            if not (d.alive and d.type == "agreement") or (d.place and d.date):
                continue
            met = next(
                (
                    e
                    for e in reversed(self.drafts)
                    if e.alive
                    and e.type == "meeting"
                    and e.kind == "talks"
                    and e.status == d.status
                    and 0 <= d.sent - e.sent <= 2
                    and e.actors
                    and (set(e.actors) <= set(d.actors) or set(d.actors) <= set(e.actors))
                ),
                None,
            )
            if met is None:
                continue
            if d.place is None:
                d.place = met.place
            if d.date is None and d.earliest is None:
                d.date = met.date

    def _reception_of_credentials(self) -> None:
        """ "The President received the new ambassador X at a ceremony. ... Ambassador X
        presented his Letters of Credence": credentials told with no receiver, up to three
        sentences after a reception of their envoy by a host, the same day or none, are
        that reception: one ceremony, its host the receiver."""
        if "ev.other.credentials" in self.disabled:
            return
        for d in self.drafts:
            if not (d.alive and d.type == "other" and d.kind == "credentials" and not d.hosts):
                continue
            met = next(
                (
                    e
                    for e in reversed(self.drafts)
                    if e.alive
                    and e.type == "meeting"
                    and e.hosts
                    # (a head of state receives credentials, not his foreign minister)
                    and any(self.roles_of.get(h, set()) & _CREDENTIALS_HOSTS for h in e.hosts)
                    and (not d.place or not e.place or d.place["id"] == e.place["id"])
                    # (its guest gave the credentials; its host is not yet among them)
                    and set(e.actors) - set(e.hosts) <= set(d.actors)
                    and len(set(e.actors) - set(e.hosts)) == 1
                    and not set(e.hosts) & set(d.actors)
                    and 0 <= d.sent - e.sent <= 3
                    and e.status == d.status
                    and (e.date is None or d.date is None or e.date == d.date)
                ),
                None,
            )
            if met is None:
                continue
            met.type, met.cameo, met.kind = d.type, d.cameo, d.kind
            self.absorb(met, d)

    def _talks_after_credentials(self) -> None:
        """تسلم X أوراق اعتماد Y، ثم جرى بحث العلاقات; "... The two sides discussed": talks
        told with no one named, after credentials presented between two persons (in the
        sentence of the credentials, after them, or in one of the next three, no other
        event told between), are a meeting of those two, on the day and at the place of
        the ceremony. With an attendee named (بحضور Z), the two who gave and took them."""
        if "ev.meeting.after_credentials" in self.disabled:
            return
        for d in list(self.drafts):
            if not (d.alive and d.type == "other" and d.kind == "credentials"):
                continue
            if d.date is None and d.earliest is not None:
                continue  # presented in March: the talks told now are not that day's
            ends = max(m.end for m in d.mentions)
            last = next((s.index for s in self.sents if s.begin <= ends <= s.end), d.sent)
            two = self._credentials_pair(d, last)
            if two is None:
                continue
            if any(
                e.alive
                and e.type == "meeting"
                and set(two) & set(e.actors)
                and last - 1 <= e.sent <= last + 3
                for e in self.drafts
            ):
                continue  # a meeting of one of them told near: "the two sides" may be its
            cue = None
            for s in self.sents[last : last + 4]:
                if s.index > last and any(
                    e.alive and e is not d and e.sent == s.index for e in self.drafts
                ):
                    break  # another event told first: the talks may be its own
                if s.index > last and (
                    any(
                        p.get("kind") != "country" and strong
                        for _k, p, strong in self.places_in(s, [])
                    )
                    or self.cues(s).get("topic_shift")
                ):
                    break  # "In Paris, talks were held"; وفي شأن آخر: other talks
                cue = next(
                    (
                        (a, b)
                        for a, b in self.cues(s).get("talks_held", [])
                        if self.toks[a].begin >= ends
                    ),
                    None,
                )
                if cue is not None:
                    break
            if cue is None:
                continue
            met = _copy(d, list(two))
            met.type, met.cameo, met.kind = "meeting", "040", "after_credentials"
            met.hosts = [p for p in d.hosts if p in two]
            met.mentions = []
            a, b = cue
            begin, end = self.toks[a].begin, self.toks[b - 1].end
            met.mentions.append(
                Mention(
                    self.article.id,
                    begin,
                    end,
                    self.text[begin:end],
                    "ev.meeting.after_credentials",
                )
            )
            self.drafts.append(met)

    def _credentials_pair(self, d: _Draft, last: int) -> list[str] | None:
        """The envoy who presented credentials and the one who took them, of the draft
        ``d`` told up to sentence ``last``: its actors but those named right after a word
        of attendance (بحضور Z, in the presence of Z), when two are left and one of them is
        an ambassador; else None (several envoys, an attendee and the host)."""
        attendees = set()
        for s in self.sents[d.sent : last + 2]:
            for _ca, cb in self.cues(s).get("attendance", []):
                if cb < s.hi:
                    after = self.persons_in(self.toks[cb].begin, s.end)
                    attendees.update(pid for _c, pid in after[:1])
        two = [p for p in d.actors if p not in attendees]
        if len(two) != 2 or not any("ambassador" in self.roles_of.get(p, ()) for p in two):
            return None
        return two

    def _calls_each(self) -> None:
        """ "Nine envoys paid courtesy calls on X ... They were A, B and C": a meeting told
        with courtesy calls in the plural, of one person with several, is one meeting
        with each of them."""
        for d in list(self.drafts):
            if not d.alive or d.type != "meeting" or len(d.actors) < 3:
                continue
            if not self.cues(self.sents[d.sent]).get("calls_each"):
                continue
            one, others = d.actors[0], d.actors[1:]
            d.actors = [one, others[0]]
            self.drafts.extend(_copy(d, [one, o]) for o in others[1:])

    def _merge_ceremonies(self) -> None:
        """One credentials ceremony told over a few sentences, the host named in one and
        the envoys or attendees in the next, is one event, though no person is in both."""
        kept: list[_Draft] = []
        for d in self.drafts:
            if not (d.alive and d.kind in _MANY_ACTOR_KINDS):
                continue
            prev = kept[-1] if kept else None
            if prev is not None and prev.status == d.status and self.same(prev, d):
                self.absorb(prev, d)
                continue
            kept.append(d)
        for d in kept:
            if len(d.actors) == 1 and d.sent + 1 < len(self.sents):
                self._envoys_told_next(d)

    def _merge_receptions(self) -> None:
        """The receivers of one guest's arrival told in two sentences (وكان في استقبال Y
        ... وكان X أيضا من بين مستقبلي Y) are one reception."""
        seen: dict[tuple, _Draft] = {}
        for d in self.drafts:
            if not (d.alive and d.type == "meeting" and d.kind == "reception" and d.hosts):
                continue
            key = (frozenset(set(d.actors) - set(d.hosts)), d.status)
            first = seen.get(key)
            if first is not None and first.alive and key[0] and d.sent - first.sent <= 3:
                self.absorb(first, d)
                continue
            seen[key] = d

    def _merge_signings(self) -> None:
        """One signing told over a few sentences, each signatory in a sentence of his own
        ("X signed on behalf of her country. Y signed on behalf of Rwanda."), is one
        agreement: a signing of one signatory, or none, joins the one told just before."""
        prev = None
        for d in self.drafts:
            if not (d.alive and d.type == "agreement"):
                continue
            if (
                prev is not None
                and prev.alive
                and prev.status == d.status
                and d.sent - prev.sent <= _SIGNING_REACH
                and len(d.actors) <= 1
                and (len(prev.actors) <= 1 or not d.actors)
                and (d.actors or prev.actors)  # two signings between states stay two
                and not self._has_also(self.sents[d.sent])  # "also signed": another
                and not set(d.actors) & set(prev.actors)
                and (prev.date is None or d.date is None or prev.date == d.date)
            ):
                self.absorb(prev, d)
                continue
            prev = d

    def _envoys_told_next(self, d: _Draft) -> None:
        """تسلم الرئيس X أوراق اعتماد عدة سفراء. ... الأمر يتعلق بكل من سفير ... Y: the
        ambassadors the next sentence names, in no event of their own, are the envoys
        of the credentials the sentence before told with its host alone."""
        nxt = self.sents[d.sent + 1]
        if nxt.paragraph != self.sents[d.sent].paragraph and nxt.paragraph != d.paragraph + 1:
            return
        taken = {a for e in self.drafts if e.alive and e is not d for a in e.actors}
        for _c, pid in self.persons_in(nxt.begin, nxt.end):
            if (
                pid not in d.actors
                and pid not in taken
                and "ambassador" in self.role_of.get(pid, ())
            ):
                d.actors.append(pid)

    @staticmethod
    def _told_next(d: _Draft, e: _Draft) -> bool:
        """Is ``e`` told in the sentence of ``d`` or the next, of no other day (no day
        of its own but ``d``'s, and no interval: قد وقع الشهر الماضي)?"""
        return (
            0 <= e.sent - d.sent <= 1
            and e.date in (None, d.date)
            and (e.date is not None or (e.earliest is None and e.latest is None))
        )

    def _merge_state_events(self, types: tuple[str, ...] | None = None) -> None:
        """An event between states with no person named ("Qatar, Iran sign pact") is
        the event of the same type between persons who serve those states; a supply
        between states, an earlier supply between the same states. All types in English;
        ``types`` only otherwise."""
        for d in self.drafts:
            if not d.alive or d.actors or not d.countries:
                continue
            if types is not None and d.type not in types:
                continue
            want = set(d.countries)
            keep = next(
                (
                    e
                    for e in self.drafts
                    if e is not d
                    and e.alive
                    and e.type == d.type
                    and e.status == d.status
                    and (types is None or self._told_next(d, e))
                    and (
                        (
                            e.actors
                            and want
                            <= set().union(*(self.country_of.get(p, set()) for p in e.actors))
                        )
                        or (
                            d.type == "supply"
                            and not e.actors
                            and set(e.countries) == want
                            and e.sent <= d.sent
                        )
                    )
                ),
                None,
            )
            if keep is not None:
                self.absorb(keep, d)

    def _summary_items(self) -> None:
        """The seed form's summary line names each happening once, in an item of its own:
        a visit and the talks its visitor held on it, told in one item, are one happening,
        the visit, with everyone the talks name."""
        for v in self.drafts:
            if not (v.alive and v.type == "visit" and self._in_summary(v)):
                continue
            for m in self.drafts:
                if (
                    m.alive
                    and m is not v
                    and m.type == "meeting"
                    and m.sent == v.sent
                    and m.status == v.status
                    and self._in_summary(m)
                    and set(v.actors) < set(m.actors)
                ):
                    self.absorb(v, m)
                    v.joined = True

    def _unnamed_summary(self) -> None:
        """A headline's or summary's event that names no person (تعتزم تركيا تزويد سوريا
        بمعدات) is the body's only event of its type and status, when there is one."""
        for d in self.drafts:
            if not (d.alive and d.headline and not d.actors):
                continue
            body = [
                e
                for e in self.drafts
                if e.alive
                and e is not d
                and not e.headline
                and e.type == d.type
                and e.status == d.status
                and (not d.countries or not e.countries or set(d.countries) & set(e.countries))
            ]
            if len(body) == 1:
                self.absorb(body[0], d)

    def same(self, e: _Draft, d: _Draft) -> bool:
        if e.status != d.status:
            return False
        if e.type == d.type == "meeting" and e.hosts and d.hosts and e.hosts[0] != d.hosts[0]:
            return False  # X received Y; then Z received Y: two receptions
        if e.joined and d.type in ("visit", "meeting") and set(d.actors) <= set(e.actors):
            # the body's telling of a summary item's visit and its talks, either of them
            return bool(d.actors) and not (
                e.place
                and d.place
                and e.place["id"] != d.place["id"]
                and not (_within(e.place, d.place) or _within(d.place, e.place))
            )
        if e.date and d.date and e.date != d.date:
            return False
        if not (e.headline or d.headline or abs(e.sent - d.sent) < 2 or _times_meet(e, d)):
            # today's meeting and the one "at the end of last February" (a headline or a
            # summary line is dated by its article, whatever day it speaks of; in the next
            # sentence, a time may be a remark's: "to follow up their talks in March")
            return False
        if (
            e.place
            and d.place
            and not (
                e.place["id"] == d.place["id"]
                or _within(e.place, d.place)
                or _within(d.place, e.place)
            )
        ):
            return False
        se, sd = set(e.actors), set(d.actors)
        if not (se and sd):
            return False
        if e.type == d.type and (se == sd or len(se & sd) >= 3):
            return True
        if (
            e.kind == d.kind
            and e.kind in _MANY_ACTOR_KINDS
            and (sd <= se or se <= sd or abs(e.sent - d.sent) <= 3)
        ):
            # one credentials ceremony told over a few sentences: the host's, then its
            # envoys and attendees
            return True
        if (
            e.type == d.type
            and len(se & sd) >= 2
            and (set(d.actors[:2]) <= se or set(e.actors[:2]) <= sd)
        ):
            # the same two sides, one report naming more attendees ("met with Y. Z also
            # attended the meeting")
            return True
        if (
            e.type == d.type
            and d.parent is not None
            and d.parent is e.parent
            and (sd <= se or se <= sd)
        ):
            return True
        if e.type == d.type == "visit" and se & sd and e.place and d.place:
            return True
        if e.type == d.type == "visit" and se & sd and 0 <= d.sent - e.sent <= 2:
            # "وصل X إلى جوبا. ويرافق X في زيارته A وB": his visit, told again with
            # those who go with him (no day or place of the two differs: see above)
            return True
        if e.type == d.type and len(sd) == 1 and sd <= se and 0 < d.sent - e.sent <= 2:
            # a later report naming one side only ("مراسم استقبال رسمية ... من قبل الرئيس
            # التركي") of a meeting just reported
            return True
        if (
            "talks" in (e.kind, d.kind)
            and abs(e.sent - d.sent) <= 2
            and (sd <= se or se <= sd)
            and not {e.type, d.type} & {"visit", "statement", "agreement"}
        ):
            # "ناقش X مع Y ..." then "جاء ذلك خلال اتصال هاتفي": talks are the vaguest report
            # (of a call or a meeting; talks after an arrival are held on the visit; what
            # one side said after them is his statement: وقال الوزير في تصريح ...)
            return True
        if (
            (d.headline or e.headline)
            and (sd <= se or se <= sd)
            and (d.type == e.type or (d.headline != e.headline and not self._in_summary(e, d)))
        ):
            # a headline and the body that tells the same happening, whatever the word; a
            # summary line (the seed form's) names each happening with its own type
            return True
        return False

    def _in_summary(self, *drafts: _Draft) -> bool:
        """Whether one of ``drafts`` comes from the seed form's summary line."""
        return any(self.toks[d.first_tok].begin < self.summary_end for d in drafts)

    def absorb(self, keep: _Draft, gone: _Draft) -> None:
        # a headline's event gives way to the body's, whatever its type
        if (keep.headline and not gone.headline or keep.kind == "talks") and (
            keep.type != gone.type or keep.kind != gone.kind
        ):
            keep.type, keep.cameo, keep.kind = gone.type, gone.cameo, gone.kind
        have = set(keep.mentions)
        keep.mentions.extend(m for m in gone.mentions if m not in have)
        for p in gone.actors:
            if p not in keep.actors:
                keep.actors.append(p)
        for p in gone.hosts:
            if p not in keep.hosts:
                keep.hosts.append(p)
        for c in gone.countries:
            if c not in keep.countries:
                keep.countries.append(c)
        for src in gone.sources:
            if src not in keep.sources:
                keep.sources.append(src)
        # the time of the body wins over a headline's; otherwise the time known first
        gone_timed = gone.date is not None or gone.earliest is not None
        keep_timed = keep.date is not None or keep.earliest is not None
        if gone_timed and (not keep_timed or (keep.headline and not gone.headline)):
            keep.date, keep.earliest, keep.latest = gone.date, gone.earliest, gone.latest
        if (
            gone.place
            and keep.type not in _NO_PLACE
            and (keep.place is None or _within(gone.place, keep.place))
        ):
            keep.place = gone.place
        keep.headline = keep.headline and gone.headline
        gone.alive = False
        for d in self.drafts:
            if d.parent is gone:
                d.parent = keep

    def finish_places(self) -> None:
        """Events held during a visit, with no place of their own, are at its destination,
        and the persons met during a visit are its host side."""
        for d in self.drafts:
            p = d.parent
            if (
                d.alive
                and p is not None
                and p.alive
                and p.type == "visit"
                and d.type == "meeting"
                and d.status == p.status
            ):
                self._hosts_of_visit(p, d)
        for d in self.drafts:
            if not d.alive or d.place is not None or d.type in _NO_PLACE:
                continue
            p = d.parent
            if p is not None and not p.alive:
                p = None
            if p is not None and p.place is not None:
                d.place = p.place
                if p.type == "visit" and d.type == "meeting" and d.status == p.status:
                    self._hosts_of_visit(p, d)
                continue
            if d.type == "meeting":
                # the same persons met elsewhere in the article: that place
                for v in self.drafts:
                    if (
                        v is not d
                        and v.alive
                        and v.type == "meeting"
                        and v.place
                        and v.status == "held"
                        and len(set(v.actors) & set(d.actors)) >= 2
                        and _times_meet(v, d)
                    ):
                        d.place = v.place
                        break
                if d.place is not None:
                    continue
                for v in self.drafts:
                    if (
                        v.alive
                        and v.type == "visit"
                        and v.place
                        and v.status == "held"
                        and v.first_tok not in self.prior_visits
                        and set(v.actors) & set(d.actors)
                        and _times_meet(v, d)
                        and (v.place.get("kind") != "country" or self._met_hosts(v, d))
                    ):
                        d.place = v.place
                        if d.status == "held":
                            self._hosts_of_visit(v, d)
                        break

    def _met_hosts(self, visit: _Draft, meeting: _Draft) -> bool:
        """The visitor met, in the state a visit goes to, someone who serves that state
        ("زار X السعودية ... . التقى X نظيره السعودي"): the meeting was held there."""
        code = visit.place.get("country") if visit.place else None
        visitors = {p for p in visit.actors if p not in visit.hosts}
        return (
            bool(code)
            and any(
                code in self.country_of.get(pid, set())
                for pid in meeting.actors
                if pid not in visitors
            )
            and bool(visitors & set(meeting.actors))
        )

    def _hosts_of_visit(self, visit: _Draft, meeting: _Draft) -> None:
        """Those the visitor met on his visit host it, unless they serve another state
        than the visited one (a Malaysian premier met in Riyadh is a fellow guest)."""
        code = visit.place.get("country") if visit.place else None
        for pid in meeting.actors:
            states = self.country_of.get(pid, set())
            if code and states and code not in states:
                continue
            if pid not in visit.actors:
                visit.actors.append(pid)
                visit.hosts.append(pid)

    # ------------------------------------------------------------ output

    def _met_unnamed(self, d: _Draft) -> bool:
        """A meeting of one named person stands when the text says whom he met though not
        by name ("التقى بقيادات ...", "met a delegation of ...", "met officials"): within a
        few words after one of its triggers, a word of an unnamed group."""
        groups = rule_words(self.lang)["unnamed_groups"]
        for m in d.mentions:
            k = self._tok_at(m.begin)
            if k is None:
                continue
            for t in self.toks[k : min(k + 8, len(self.toks))]:
                if t.punct and t.text not in ("،", ",", "-"):
                    break  # (a hyphen joins a compound: a high-level delegation)
                if any(f in groups for f in t.firsts) or t.norm in groups:
                    return True
        return False

    def _envoys_named_later(self) -> None:
        """ "The President received five new ambassadors ... The new envoys are X from A,
        Y from B": the events of one person told in a sentence that names unnamed envoys
        (a word of ``envoys_named_later``) take the ambassadors and envoys the article
        names after it who take part in no event of another sentence; the first such
        sentence only."""
        lone = [
            d
            for d in self.drafts
            if d.alive and len(d.actors) == 1 and d.type in ("meeting", "other") and d.mentions
        ]
        for sent in sorted({d.sent for d in lone}):
            s = next((x for x in self.sents if x.index == sent), None)
            if s is None or not any(
                t.norm in _ENVOYS_LATER or any(f in _ENVOYS_LATER for f in t.firsts)
                for t in self.toks[s.lo : s.hi]
            ):
                continue
            here = [d for d in lone if d.sent == sent]
            busy = {p for d in self.drafts if d.alive and d.sent != sent for p in d.actors}
            at = min(m.begin for d in here for m in d.mentions)
            later = [
                t.person
                for t in sorted(self.tenures, key=lambda t: min(m.begin for m in t.mentions))
                if t.role in ("ambassador", "envoy")
                and min(m.begin for m in t.mentions) > at
                and t.person not in busy
            ]
            if later:
                for d in here:
                    d.actors.extend(p for p in dict.fromkeys(later) if p not in d.actors)
                return

    def result(self) -> EventsFound:
        from kg.extract import country_for

        self._envoys_named_later()
        events, places, countries = [], {}, {}
        told = [
            (d.type, set(d.actors), d.place) for d in self.drafts if d.alive and d.place is not None
        ]
        for d in self.drafts:
            if not d.alive:
                continue
            if not d.actors and not (d.type in _STATE_ACTORS and len(d.countries) >= 2):
                continue
            if d.type == "meeting" and len(d.actors) == 1 and not self._met_unnamed(d):
                continue  # a meeting with nobody else named: a mention, not a meeting
            mentions = tuple(sorted(d.mentions, key=lambda m: (m.begin, m.end)))
            d.mentions = list(mentions)
            country_actors = tuple(d.countries) if d.type in _STATE_ACTORS else ()
            place_id = None
            if d.place is not None:
                pl = _place_obj(d.place)
                places.setdefault(pl.id, pl)
                place_id = pl.id
                if pl.country:
                    countries.setdefault(pl.country, country_for(pl.country, lang=self.lang))
            for c in country_actors:
                countries.setdefault(c, country_for(c, lang=self.lang))
            date, earliest, latest = d.date, d.earliest, d.latest
            if date is not None:
                earliest = latest = None
            actors = d.actors
            if d.type == "visit" and d.hosts:
                # the host who received the visitor takes part in their meeting, not in
                # the visit, which is the visitor's going there
                actors = [p for p in d.actors if p not in d.hosts] or d.actors
            for extra in d.more_places:
                # a tour of A, B and C: a visit to each, on the same evidence (unless the
                # visit to one of them is told of its own: وفي سوريا، زار X ...)
                pl = _place_obj(extra)
                if any(
                    t == d.type
                    and set(d.actors) <= who
                    and (
                        _place_obj(where).id == pl.id
                        or _within(where, extra)
                        or _within(extra, where)
                    )
                    for t, who, where in told
                    if where is not d.place
                ):
                    continue  # (جولة شملت العراق وسوريا. ووصل إلى دمشق: told there)
                places.setdefault(pl.id, pl)
                if pl.country:
                    countries.setdefault(pl.country, country_for(pl.country, lang=self.lang))
                events.append(
                    Event(
                        id=_event_id(self.article.id, d, pl.id),
                        type=d.type,
                        article=self.article.id,
                        mentions=mentions,
                        actors=tuple(actors),
                        hosts=(),
                        place=pl.id,
                        earliest=earliest if date is None else None,
                        latest=latest if date is None else None,
                        status=d.status,
                        sources=tuple(d.sources),
                        cameo=d.cameo or None,
                    )
                )
            events.append(
                Event(
                    id=_event_id(self.article.id, d),
                    type=d.type,
                    article=self.article.id,
                    mentions=mentions,
                    actors=tuple(actors),
                    country_actors=country_actors,
                    hosts=tuple(dict.fromkeys(d.hosts)),
                    targets=tuple(dict.fromkeys(d.targets)),
                    place=place_id,
                    date=date,
                    earliest=earliest,
                    latest=latest,
                    status=d.status,
                    sources=tuple(d.sources),
                    cameo=d.cameo or None,
                )
            )
        events.sort(key=lambda e: (e.mentions[0].begin, e.id))
        return EventsFound(
            events=tuple(events),
            places=tuple(sorted(places.values(), key=lambda p: p.id)),
            organizations=tuple(sorted(self.orgs.values(), key=lambda o: o.id)),
            countries=tuple(sorted(countries.values(), key=lambda c: c.code)),
            sources=tuple(self.article_sources),
            named_states=tuple(sorted(self.named_states)),
        )


def find_events(
    doc,
    *,
    article: Article,
    persons: tuple[Person, ...] = (),
    tenures: tuple[Tenure, ...] = (),
    disabled: frozenset[str] = frozenset(),
) -> EventsFound:
    """The events of one article (see the module docstring for the rules).

    ``doc`` is the article text's spaCy Doc (:func:`kg.nlp.get_pipeline`); ``persons`` the
    article's persons with their name mentions, ``tenures`` their posts; the registered
    rules of ``disabled`` (``ev.<type>.<kind>``, ``ev.source.*``) are switched off.

    >>> from kg.nlp import get_pipeline
    >>> art = Article(id="a", lang="en", text="Nothing happened.")
    >>> find_events(get_pipeline("en")(art.text), article=art).events
    ()
    """
    reader = _Reader(doc, article, persons, tenures, disabled)
    reader.run()
    return reader.result()
