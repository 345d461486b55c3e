"""Rules for the way Arabic news names officials: title, post, state, rank, name.

The constructions, each a rule name that every fact keeps as evidence:

- ``ar.title_name``: title + portfolio + nationality + rank + honorific + name
  (وزير الخارجية التركي هاكان فيدان; وزير خارجية تركيا هاكان فيدان, the construct state);
- ``ar.name_title``: a name then its title in apposition (سامح شكري وزير الخارجية المصري);
- ``ar.coordinated``: dual and coordinated posts (وزيرا الخارجية التركي X والسوري Y;
  وزيرا الخارجية X والدفاع Y; نائب رئيس الوزراء ووزير الخارجية X: two posts, one person);
- ``ar.counterpart``: ونظيره السوري X takes the post of its antecedent, with a new state;
- ``ar.delegation``: a delegation's state (وفد سوري ضم ...) for members without one;
- ``ar.alias``: a later short mention (الوزير فيدان, الشيباني) of a person already named.

A post's state comes from the text (adjective, construct, delegation, counterpart); when
none is stated, the dateline's state may stand in (rule suffix ``+dateline``); otherwise
the post has no state. Names no lexicon knows end at punctuation, a function word or verb,
a title, a nationality, a place or a conjunction.

>>> from kg.nlp import get_pipeline
>>> doc = get_pipeline("ar")("التقى وزير الخارجية التركي هاكان فيدان نظيره السوري أسعد الشيباني.")
>>> [(f.name, f.role, f.country) for f in find_officials(doc)]
[('هاكان فيدان', 'foreign_minister', 'TR'), ('أسعد الشيباني', 'foreign_minister', 'SY')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from spacy.tokens import Doc

from kg import lexicon
from kg.extract.context import (
    emir_names,
    family_words,
    gazetteer_state,
    headline_end,
    monarch_given_names,
    monarch_key,
)
from kg.extract.finding import (
    DEPUTY_OF,
    STATE_ROLES,
    Finding,
    deputy_role,
    in_text_order,
    predecessor_post,
    same_role,
    sentence_at,
    succeeded,
)
from kg.extract.index import (
    ArabicIndex,
    PostEntry,
    arabic_index,
    arabic_index_reading,
    article_shaped_names,
    day_words_ar,
    first_keys,
    inner_key,
    month_words_ar,
    rule_phrases,
    rule_words,
    shadda_marked,
)
from kg.nlp.normalize import normalize_ar
from kg.nlp.pipeline import blank as _blank
from kg.nlp.pipeline import doc_text, doc_tokens

__all__ = ["Finding", "find_officials"]

_W = rule_words("ar")  # word classes of data/lexicon/rules_ar.json, folded
_RELATIVE_PRONOUNS = _W["relative_pronouns"]
_EMBASSY_WORDS = _W["embassy_words"]
_HEADS_DELEGATION = _W["heads_delegation"]
_HOME_WORDS = _W["home_words"]
_CLAUSE_OPENERS = _W["clause_openers"]
_RULER_EPITHETS = _W["ruler_epithets"]
# the titles of a monarch an epithet may follow (الملك الباني, السلطان المعظم)
_MONARCH_KEYS = frozenset({"ملك", "سلطان", "امير"})
# the head nouns among heads_delegation (رئيس وفد): only in apposition to a name's title
_HEAD_NOUNS = frozenset(
    inner_key(normalize_ar(w)) for w in ("رئيس", "رئيسة")
)  # هيثم بن طارق المعظم: no word of the name
# وداعه, وداعها, وداعهم, وداعهما: whose farewell (the pronoun after وداع)
_FAREWELL_PRONOUNS = frozenset({"ه", "ها", "هم", "هما"})
_MEMBER_WORDS = _W["delegation_members"]
# Posts that sit inside a ministry, so "the ministry" of the sentence is theirs.
_IN_MINISTRY = {"director_general", "spokesperson", "deputy_minister"}
_COUNTERPART = _W["counterpart"]
_COUNTERPARTS = _W["counterparts_plural"]
_COLLEAGUE = _W["colleague"]  # a counterpart only with a nationality after it
_DEPUTY_OF_HIM = _W["deputy_of_him"]  # ونائبه Y: his deputy
_ORDINAL_FIRST = _W["ordinal_first"]
_OPENING_OCCASIONS = _W["opening_occasions"]
_ALSO_WORDS = _W["also_words"]
_MEMBERS_PLURAL = _W["members_plural"]
_DELEGATION = _W["delegation"]
_SIDES = _W["sides"]
_VISIT_VERBS = frozenset(inner_key(normalize_ar(w)) for w in _W["visit_verbs"])
_MEETING_VERBS = _W["meeting_verbs"]  # keys, as tokens' (التقى folds to تقي)
_BI_VERBS = _W["bi_verbs"]
_DIVINE_COMPOUNDS = frozenset(inner_key(normalize_ar(w)) for w in _W["divine_compounds"])
_COURT_EPITHETS = frozenset(inner_key(normalize_ar(w)) for w in _W["court_epithets"])
_DIVINE_ATTRIBUTES = frozenset(inner_key(normalize_ar(w)) for w in _W["divine_attributes"])
_SIDE_VERBS = frozenset(inner_key(normalize_ar(w)) for w in _W["side_verbs"])
_SIDE_OBJECTS = frozenset(inner_key(normalize_ar(w)) for w in _W["side_objects"])
_FOREIGN = _W["foreign_particles"]  # دي, فون: particles of European names
_CONNECTORS = _W["name_connectors"] | _FOREIGN
_LINEAGE = _W["lineage"]
# son of, daughter of: the word after them is a father's name, whatever else it may mean
_PATRONYMIC = frozenset(_W["patronymic"])
# ... and Mauritania's ولد, before a father's name whatever its ending
_SON_ONLY = frozenset(_W["son_words"])  # ولد, ود: as Mauritania and Sudan write son of
_SON_WORDS = _PATRONYMIC | _SON_ONLY
# اليوم, الخميس, مساء: a day or a time of day is never part of a title or a unit's name
_DAY_WORDS = day_words_ar()
# نونبر, تموز, رمضان: after a day's number, a month, not a name
_MONTH_WORDS = month_words_ar()
# القنصل البريطاني العام: "general" of a title, after the state's adjective
_GENERAL_AFTER_STATE = _W["general_after_state"]
_VENUE_HEADS = _W["venue_heads"]
_FEMININE_HEADS = _W["feminine_heads"]
# سفيرا لبلاده, سفيرين لبلادهما: the ambassador's title after a list of names, and "for
# his country"
_ENVOY_FORMS = _W["envoy_forms"]
_OWN_LAND = _W["own_land"]
_HIS_LAND = _W["his_land"]
_TWO_STATES = _W["two_states"]
_DEATH_WORDS = _W["death_words"]
_WOMAN_HONORIFICS = _W["woman_honorifics"]
# المنتهية ولايته: a post whose term is ending, its holder still in it (folded words).
_OUTGOING = rule_phrases("ar", "outgoing")
_ENVOY_FUNCTIONS = rule_phrases("ar", "envoy_functions")
# the delegation "accompanying" an official (الوفد المرافق لولي العهد), and the marks
# that open the list of its members after him (؛ : ،)
_ESCORT_WORDS = frozenset(inner_key(normalize_ar(w)) for w in _W["escort_words"])
_LIST_OPENERS = ("؛", ":", "،", ";", ",")
# the first words of a king's titles (الملك, خادم الحرمين الشريفين): a prince named after
# them is not the king
_KING_HEADS = frozenset(inner_key(normalize_ar(w)) for w in _W["king_heads"])
_OFFICE_STYLES = frozenset(inner_key(normalize_ar(w)) for w in _W["office_styles"])
_ORIGIN_WORDS = frozenset(inner_key(normalize_ar(w)) for w in _W["origin_words"])
# الملك, السلطان: one word a reigning monarch is called by alone is a whole name after them
_LOCAL_SERVICES = _W["local_services"]  # (مدير شرطة أبوظبي: the city's police)
_HEADED_BY = frozenset(inner_key(normalize_ar(w)) for w in _W["headed_by"])
# the posts whose holder serves a principal named after them with ل (the king's adviser,
# envoy, spokesman; the secretary general of a council named after a king)
_PRINCIPALS_OF = frozenset(
    {"envoy", "adviser", "spokesperson", "ambassador", "official", "director_general"}
)
_VISITING_BODIES = frozenset({"بعثه", "وفد"})  # (الوزير بعثة الصندوق: whom he received)
_BANK_NOUNS = frozenset({"بنك", "مصرف"})  # (محافظ بنك الجزائر: its central bank)
_BANK_GOVERNORS = frozenset({"محافظ", "محافظه", "حاكم", "والي"})  # (folded keys)
_LONE_MONARCH_TITLES = frozenset(inner_key(normalize_ar(w)) for w in _W["lone_monarch_titles"])
# The offices a director heads, whose owner a name right after them in construct is (مدير
# مكتب السيسي: the president's office, no one's name as its director).
_OFFICE_NOUNS = frozenset({"مكتب", "ديوان"})
# the styles between باسم and a principal's title (باسم السيد رئيس الجمهورية)
_STYLE_WORDS = frozenset({"سيد", "سيده", "فخامه", "معالي", "سمو", "جلاله"})
# His Majesty after a post abroad: the sovereign of the article's own kingdom.
_SOVEREIGN = rule_phrases("ar", "sovereign_styles")
# The posts a diplomat of ambassador's grade may hold at home (السفير X المتحدث الرسمي).
_DIPLOMATS_POSTS = frozenset({"spokesperson", "director_general", "deputy_minister"})
# After a bare minister's title, a diplomat's grade (الوزير المفوض: minister plenipotentiary).
_GRADES = _W["grades_after_minister"]
_HOST_PREPS = _W["host_prepositions"]
_ACCREDITED_TO = _W["accredited_to"]
_ORG_PREPS = _W["org_prepositions"]
_AT_PREPS = _W["at_prepositions"]
_HONORIFIC_SURNAMES = _W["honorific_surnames"]
_COMPOUND_SECOND = _W["compound_second"]
_PLACE_HEADS = frozenset(inner_key(normalize_ar(w)) for w in _W["place_heads"])
# The words of a city before its name (عمدة مدينة X, رئيس بلدية X).
_CITY_WORDS = frozenset(inner_key(normalize_ar(w)) for w in _W["city_words"])
# ... in the order a place after a governor's title is tried with them (محافظ الخرج:
# محافظة الخرج, the lexicon's qualified form)
_UNIT_WORDS = tuple(inner_key(normalize_ar(w)) for w in _W["governed_unit_words"])
# ... and with the article, the unit just named (مدير شرطة المحافظة)
_UNIT_ANAPHORS = frozenset(_UNIT_WORDS) | frozenset(
    inner_key(normalize_ar(w)) for w in _W["unit_anaphor_words"]
)
# Styles that are also titles (المستشار, القائد): bare, after another title, a style.
_STYLE_TITLES = frozenset(inner_key(normalize_ar(w)) for w in _W["style_titles"])
# Forming (a government) after a charged title (المكلف بتشكيل الحكومة).
_FORMING = frozenset(inner_key(normalize_ar(w)) for w in _W["forming_words"])
_GOVERNMENT_WORDS = frozenset(inner_key(normalize_ar(w)) for w in _W["government_words"])
# The words that open a place's name of two words (وادي زمور, سيدي تازارت, عين تموشنت).
_PLACE_OPENERS = frozenset(inner_key(normalize_ar(w)) for w in _W["place_openers"])
# The dual of a deputy before a dual title (نائبا وزيري الخارجية ...).
_DUAL_DEPUTIES = frozenset(inner_key(normalize_ar(w)) for w in _W["dual_deputies"])
# A kinsman with a pronoun (أخاه, شقيقه, نجله): never a word of a name.
_KIN_PRONOUNS = frozenset(normalize_ar(w) for w in _W["kin_pronouns"])
# "resident" after an ambassador's post, before the city he resides in (المقيم في باماكو).
_RESIDENT = frozenset(inner_key(normalize_ar(w)) for w in _W["resident_words"])
# The titles that are a post only before an international body (ممثل اليونيسف X).
_BODY_HEADS = frozenset(inner_key(normalize_ar(w)) for w in _W["body_heads"])
_BODY_OFFICER = PostEntry(role="official", org="government")
# شمالي, جنوبي: a direction's nisba, a family name with the article after a given name
_DIRECTION_NISBAS = frozenset(inner_key(normalize_ar(w)) for w in _W["direction_nisbas"])
# مكتب, منظمة: the words between a body's officer and its name (ممثلة مكتب اليونيسف)
_BODY_FILLERS = frozenset(inner_key(normalize_ar(w)) for w in _W["body_fillers"])
_ORDINALS = _W["ordinals"]
_FORMER = _W["former"]
_DESIGNATE = _W["designate"]
_DESIGNATE_ADVERBS = frozenset(_W["designate_adverbs"])
_NAME_OPENERS = frozenset(_W["name_openers"])
# The divine name, the second word of compound names (عبد الله, عطا الله, نصر الله).
_DIVINE = "الله"
_WOMAN_SPEECH_VERBS = frozenset(_W["woman_speech_verbs"])
_ACCOMPANYING = frozenset(_W["accompanying_words"])
_CHARGED = _W["charged"]
_RESPONSIBLE = frozenset(_W["responsible"])
_BRIEF_HEADS = frozenset(_W["brief_heads"])
_NEW_WORDS = _W["plural_new"]
_ATTACHED = _W["attached"]
_APPOINT = _W["appointment"]
_INSTALL = _W["installation"]
_APPOINT_MADE = _W["appointment_made"]
_APPOINT_MADE_VERBS = _W["appointment_made_verbs"]
_APPOINT_WHEN = _W["appointment_when"]
_TO_WORDS = _W["destination_prepositions"]  # أدى X إلى: led to
_APPOINT_CONDITIONS = _W["appointment_conditions"]
_COUNCIL_NOUNS = _W["council_nouns"]
_OATH_NOUNS = _W["oath_nouns"]
_OATH_VERBS = _W["oath_verbs"]
_INSTALL_PENDING = _W["installation_pending"]
_POSTED_HEADS = _W["posted_heads"]  # القنصل العام في بورسودان X: a post held abroad
_SUCCESSION = _W["succession"]
_INSTEAD = _W["instead_of"]
_NEW_HOLDER = _W["new_holder"]
_DISMISSAL = _W["dismissal"]
_DISMISSAL_VERBS = _W["dismissal_verbs"]
_TAKING = _W["taking_verbs"]
_AMONG_THEM = _W["among_them"]  # عدد من المسؤولين الليبيين، بينهم X
_OFFICIALS_PLURAL = _W["officials_plural"]
_OTHER_SIDE_WORDS = _W["other_side_words"]  # إلى جانب مسؤولين من البنك الدولي
_ATTENDING_WORDS = _W["attending_words"]  # بينهم X، بحضور السفير Y
_MP_HEADS = _W["mp_heads"]  # النائب X, not النائب الأول لحاكم دبي
_CONSTITUENCY_NOUNS = _W["constituency_nouns"]  # النائب عن كتلة X, عن محافظة Y
_REFUSALS = _W["refusals"]  # رفض X تولي منصب ...
_REPRESENTING = _W["representing"]  # السفراء المعينون لتمثيل السعودية هم: ...
_UNDER_WHICH = _W["under_which"]
# the posts that head a state or its government, and their deputies
_LEADER_ROLES = frozenset(
    {"head_of_state", "head_of_government", "deputy_head_of_state", "deputy_head_of_government"}
)
_SINCE = _W["since_words"]
_SKIP_MODIFIERS = _W["skip_after_post"]
_PRIVATE_SECTOR = _W["private_sector"]
_CAPACITY = _W["capacity_words"]
_HOLDING_VERBS = _W["holding_verbs"]  # الذي يشغل منصب X: the post he holds
_FORMER_AUX = _W["past_auxiliaries"]  # الذي كان يشغل منصب X: a post once held
# the relative pronouns of a clause of handing over (الذي سلمه أوراق اعتماده)
_RELATIVE_HANDING = frozenset({"الذي", "التي"})
_ORG_HEADS = _W["institution_heads"]
_NOT_NAME_START = _W["named_after"]
_ROYAL_NAMESAKES = frozenset(inner_key(normalize_ar(w)) for w in _W["royal_namesakes"])
# the posts a minister or a leader holds beside his own, in one chain of titles (وزير
# الخارجية الإماراتي X نائب رئيس الوزراء): a title of these after a name is its second
_SECOND_POSTS = frozenset(
    {"deputy_head_of_government", "deputy_head_of_state", "adviser", "envoy", "military_commander"}
)
_POSSESSORS = _W["possessors"]
_STATE_WORDS = _W["state_words"]
_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?:[-'][A-Za-z]+)*")  # a word of a name in Latin letters
_OUR_LAND = frozenset(normalize_ar(w) for w in _W["our_land"])
_GENERIC_HEADS = _W["generic_heads"]
_RANK_QUALIFIERS = _W["rank_qualifiers"]
_DUAL_HEADS = _W["dual_heads"]
_PLURAL_TITLES = frozenset(_W["plural_titles"])
# A title in the dual with no portfolio (الوزيرين X وY) and the singular it is the dual of.
_DUAL_TITLES = {
    inner_key(normalize_ar(k)): inner_key(normalize_ar(v)) for k, v in _W["dual_titles"].items()
}
_NAME_ENDINGS = tuple(_W["name_endings"])
_AMBASSADOR_PLURALS = frozenset(_W["ambassador_plurals"])
# -سكي, -تسا, -يتش: endings of family names of other languages (بالانوتسا, بالاشوفسكي)
_FOREIGN_SURNAME_ENDINGS = tuple(normalize_ar(w) for w in _W["foreign_surname_endings"])
# قوات, قيادة, فرقة: a unit's head noun; without the article, the words after it name the unit
_UNIT_NOUNS = frozenset(inner_key(normalize_ar(w)) for w in _W["unit_nouns"])
_SHORT_SYLLABLES = frozenset(normalize_ar(w) for w in _W["short_name_syllables"])
_KUNYA = _W["kunya"]  # أبو مازن: a name by one's child, two words
_TITLE_GIVEN = _W["title_given_names"]  # أمير: a title that is also a name's word
_OFFICES = _W["office_possessors"]
# The words before a state that name it as a place or a topic, not as the one a title of
# two states' wording belongs to (المبعوث إلى اليمن, الأوضاع في اليمن).
_ABOUT_PREPS = frozenset(
    normalize_ar(w) for w in ("إلى", "الى", "لدى", "في", "بشأن", "حول", "عن", "تجاه")
)
# The units of a principal's staff (مدير المكتب الفني لوزير الدفاع X): the title after
# them and ل is the principal's.
_PRINCIPAL_UNITS = frozenset(inner_key(normalize_ar(w)) for w in _W["principal_units"])
# The verbs of saying to someone (أكد لـX, أوضح لـX): the title after ل is whom he told.
_TELLING_VERBS = frozenset(normalize_ar(w) for w in _W["telling_verbs"])
# الشقيقة, الصديقة: a state's epithet after its name, no part of the name after it
_FRIENDSHIP = frozenset(inner_key(normalize_ar(w)) for w in _W["friendship_adjectives"])
# والتر, فالنتينا, كالاس: names written like a word with a clitic and the article
_ARTICLE_SHAPED = article_shaped_names()
# the posts held abroad or at a body, for a state
_ABROAD_ROLES = frozenset({"ambassador", "envoy"})
# The posts below a minister that career diplomats hold at home, written with their grade
# after a comma (مساعد وزير الخارجية للشؤون العربية، السفير X; مساعد الأمين العام، السفير
# X): the name is the post's.
_CAREER_ROLES = frozenset({"deputy_minister", "director_general", "spokesperson", "official"})
# مطار جوبا الدولي X: an adjective that closes a venue's name, before a name
_VENUE_ADJECTIVES = frozenset(inner_key(normalize_ar(w)) for w in _W["venue_adjectives"])


@cache
def _named_with_article(code: str) -> bool:
    """Is the Arabic name of state ``code`` one word written with the article (الهند,
    العراق): bare, the word is no state's name?"""
    c = lexicon.country_by_code(code)
    return c is not None and c.ar.startswith("ال") and " " not in c.ar


def _dual(head: str) -> bool:
    """Is ``head`` the dual of a title head (وزيرا, رئيسي: two holders)?"""
    return head[-1:] in ("ا", "ي") and head[:-1] in _DUAL_HEADS


_ARTICLE_HONORIFICS = _W["honorifics_with_article"]
# اللورد, عطوفة: a style that after a bare title opens the guest's name (استقبل الرئيس
# اللورد X وزير الدولة البريطاني), whose own post follows it
_GUEST_STYLES = frozenset(phrase.split()[0] for phrase in _W["guest_styles"])  # (تان of تان سري)
# Orthography, not vocabulary:
_LETTER = re.compile(r"[^\W\d_]")  # a letter of any script
# The dashes and bullets that open each line of a list set out in lines.
_BULLETS = frozenset(_W["bullets"])
# The verbs of going with someone (X يرافقه وفد: X's delegation).
_ACCOMPANIES = frozenset(_W["accompanies"])
_ACCOMPANY_VERBS = frozenset(_W["accompanies_verbs"])
# The words after America that make it a region (أمريكا الوسطى: Central America).
_AMERICA_QUALIFIERS = _W["america_qualifiers"]
# The word of a letter of credence before its envoy's name (أوراق اعتماد X سفيرا لـ...).
_CREDENTIALS = frozenset(_W["credentials_nouns"])
# The titles that are also a diplomat's grade before a name (السفير X, مفوض ...).
_GRADE_HEADS = frozenset(_W["grade_heads"])
# The words that make the title after them its holder's deputy's (نائب مدير X).
_DEPUTY_HEADS = frozenset(inner_key(normalize_ar(w)) for w in _W["deputy_heads"])
_POSTPOSED_DEPUTIES = frozenset(inner_key(normalize_ar(w)) for w in _W["postposed_deputies"])
# The words before a list of states and their envoys (السفراء ... لكل من STATE، X).
_EACH_OF = frozenset(_W["each_of"])
_DASHES = {"-", "–", "—"}
_PUNCT_SKIP = {"،", ",", "؛"}  # the semicolon as Mauritanian papers write NAME؛ TITLE
# a diplomat's second post, written with the pronoun of his state (ومندوبها الدائم)
_OWN_SECOND_TITLES = frozenset(_W["own_second_titles"])
# the nouns of a purpose after لـ (لمناقشة, للمشاركة)
_PURPOSE_NOUNS = frozenset(_W["purpose_nouns"])
# what follows على written علي (وعلي رأسه, وعلي هامش): the preposition, not Ali
_ALA_COMPLEMENTS = frozenset(_W["ala_complements"])


def _purpose_noun(norm: str) -> bool:
    """لـ + a noun of purpose (لمناقشة, لبحث) or لل + one (للمشاركة, للتباحث)."""
    if norm[:1] != "ل" or len(norm) < 4:
        return False
    if norm[1:] in _PURPOSE_NOUNS:
        return True
    return norm[:2] == "لل" and norm[2:] in _PURPOSE_NOUNS


# the noun of a post's field before its principal (مستشار الشؤون الأمنية لرئيس الوزراء)
_FIELD_NOUNS = frozenset(_W["field_nouns"])
# ... of a post that serves a principal (not a minister's: وزير الشؤون الإفريقية), and not
# after a verb of handing something over (قدم, رفع: the principal is whom it goes to)
_FIELD_HOLDERS = frozenset({"adviser", "director_general", "official", "spokesperson", "envoy"})
_HANDING_VERBS = frozenset(_W["handing_verbs"])
_SAY_OR_HAND = frozenset(normalize_ar(w) for w in _HANDING_VERBS) | _TELLING_VERBS
# between a post and its holder a dash may stand for the comma (الرئيس المصري - X)
_APPOSITION = _PUNCT_SKIP | {"-", "–", "—"}
_WITH_ARTICLE = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال")
# pronouns a preposition takes (لها, بهم): never the end of a name
_CLITIC_PRONOUNS = {"ه", "ها", "هم", "هما", "هن", "نا", "كم", "ي"}
_QUOTES = {'"', "«", "»", "“", "”", "'", "/"}  # /X/: a name some agencies set off
# How many tokens before a post a ministry named with its state gives the post that state.
_MINISTRY_REACH = 25
# An organisation phrase between a head and its holder is at most this many words long.
_ORG_RUN_MAX = 10


@cache
def _bare_places() -> frozenset[str]:
    """The ids of the places whose Arabic names are all written without the article (جربة,
    بغداد): with it, the word is a family name after a given name (أحمد الجربة)."""
    return frozenset(
        p.id
        for p in lexicon.places()
        if not any((name or "").startswith("ال") for name in [p.ar, *(p.alt_ar or ())])
    )


@dataclass(slots=True)
class _Tok:
    i: int
    text: str
    norm: str
    key: str
    idx: int
    end: int
    sent: int
    punct: bool
    firsts: list = field(default_factory=list)
    al: bool = False  # written with the article ال (not a name that starts with إل/أل)


def _tokens(doc: Doc) -> list[_Tok]:
    d = doc_tokens(doc)  # read from the Doc once for every rule set
    toks: list[_Tok] = []
    for text, norm, idx, punct, s_i in zip(
        d.texts, d.norms, d.starts, d.punct, d.sents, strict=True
    ):
        if _blank(text):
            continue  # a second space inside a line (وزير  الخارجية) parts no words
        key, firsts, no_letter, al = _word_view(text, norm)
        end = idx + len(text)
        toks.append(_Tok(len(toks), text, norm, key, idx, end, s_i, punct or no_letter, firsts, al))
    return toks


@lru_cache(maxsize=65536)
def _word_view(text: str, norm: str) -> tuple[str, list[str], bool, bool]:
    """(key, first keys, has no letter, written with the article) of a word: words
    repeat, so each is read once (the list is shared, and never changed)."""
    return (
        inner_key(norm),
        [k for k, _ in first_keys(norm)],
        not _LETTER.search(text),
        _with_article(text.replace("\u0640", "")) and norm not in _ARTICLE_SHAPED,
    )


def _consonants(word: str) -> str:
    """A word folded without its long vowels and the article (فالدنبيرغ, فالدنبرغ: one
    skeleton), to tell two spellings of one name."""
    return re.sub("[اويىءأإآؤئة]", "", inner_key(normalize_ar(word)))


def _with_article(word: str) -> bool:
    """Is the word written with the article (and a clitic): الناجي, والوزير, not فال
    (a Mauritanian name) or بال, where nothing is left after the article?"""
    return any(word.startswith(p) and len(word) - len(p) >= 2 for p in _WITH_ARTICLE)


class _Parser:
    def __init__(self, doc: Doc, ix: ArabicIndex, disabled: frozenset[str] = frozenset()):
        self.doc = doc
        self.disabled = disabled  # registered rules switched off (kg.extract.rules)
        self.text = doc_text(doc)  # Doc.text joins the tokens on every call
        self.toks = _tokens(doc)
        self.n = len(self.toks)
        # نور الدين, عز الدين: the word before الدين is a given name in this article,
        # whether or not the lexicon lists it (a copy of the index, for this article only)
        compound = {
            a.key
            for a, b in zip(self.toks, self.toks[1:], strict=False)
            if b.al
            and b.key in _COMPOUND_SECOND
            and not a.al
            and not a.punct
            # (وصلاح الدين: and Salah al-Din, a conjunction before a given name)
            and not (
                a.norm[:1] == "و"
                and a.key not in ix.given_names  # (ولي الدين, وجيه الدين: Wali, Wajih)
                and (
                    (inner_key(a.norm[1:]) in ix.given_names and len(a.norm) > 3)
                    # (وعز الدين: and Izz al-Din, the first word of a compound name)
                    or inner_key(a.norm[1:]) in _DIVINE_COMPOUNDS
                )
            )
        }
        if not compound <= ix.given_names:
            ix = replace(ix, given_names=ix.given_names | compound)
        ix = arabic_index_reading(ix, doc)  # عمان: Oman or Amman, as the article reads it
        self.ix = ix
        self.findings: list[Finding] = []
        self.surnames: dict[str, int] = {}  # folded last name token -> finding index
        self.claimed: set[int] = set()  # tokens that are already a name of a finding
        self._named_states: set[str] | None = None
        self._own_named_states: set[str] = set()  # named other than as a counterpart's
        self.conj_tokens: set[int] = set()  # name tokens written with a leading و
        self._match_memo: dict = {}
        self._metonym_toks: set[int] | None = None
        self._ministries: list | None = None
        self.named_at: dict[int, list[int]] = {}  # token -> findings whose name covers it
        self.by_name: dict[str, list[int]] = {}  # name -> its findings
        self._opts_memo: dict = {}
        self._name_memo: dict = {}
        # the family names of the findings so far, and where each first ends (rebuilt when
        # findings are added): (number of findings, {family name: end})
        self._surname_ends: tuple[int, dict[str, int]] | None = None
        self._gazetteer_last: frozenset[str] | None = None
        self._starts = [t.idx for t in self.toks]
        self.unnamed: dict[int, Finding] = {}  # posts stated with no name (counterparts' kin)
        # counterparts told in a sentence's opening phrase, before the person they are the
        # counterparts of (وفي اتصال هاتفي مع نظيره البيروفي X، بحث وزير الخارجية Y)
        self.cataphoric: list[tuple] = []
        self.unnamed_end: dict[int, int] = {}  # the token after each unnamed title
        self.unnamed_head: dict[int, str] = {}  # its head word (وزير, وزيرا, وزراء ...)

    # ---------------------------------------------------------------- lookups

    def opts(self, i: int, first: bool) -> list[list[str]]:
        """Key options for matching a phrase starting at token i."""
        key = (i, first)
        if key not in self._opts_memo:
            self._opts_memo[key] = self._opts(i, first)
        return self._opts_memo[key]

    def _opts(self, i: int, first: bool) -> list[list[str]]:
        out = []
        j = i
        while j < min(i + 8, self.n):
            t = self.toks[j]
            if t.punct and t.text not in ("-",):
                break
            if self._loose_wa(j) and j > i:
                # وزير التربية و التعليم: و written apart is the next word's conjunction
                nxt = self.toks[j + 1]
                out.append([_word_view("و" + nxt.text, "و" + nxt.norm)[0]])
                j += 2
                continue
            out.append(t.firsts if (first and j == i) else [t.key])
            j += 1
        return out

    def _loose_wa(self, j: int) -> bool:
        """Is token j a و written apart from the word it joins (التربية و التعليم)?"""
        return (
            self.toks[j].text == "و"
            and j + 1 < self.n
            and not self.toks[j + 1].punct
            and self.toks[j + 1].text[:1] != "و"
        )

    def match(self, trie, i: int, *, first: bool = True):
        if i >= self.n:
            return None
        t = self.toks[i]  # most words start no phrase: no need to ask the trie
        if (t.punct and t.text != "-") or not (
            not trie.root.keys().isdisjoint(t.firsts) if first else t.key in trie.root
        ):
            return None
        key = (id(trie), i, first)
        if key not in self._match_memo:  # the rules ask the same questions many times
            hit = trie.longest(self.opts(i, first))
            if hit is not None:
                # a و written apart is one option and two tokens: count the tokens
                n, j = hit[0], i
                while n > 0:
                    j += 2 if j > i and self._loose_wa(j) else 1
                    n -= 1
                hit = (j - i, *hit[1:])
            self._match_memo[key] = hit
        return self._match_memo[key]

    def honorific(self, i: int):
        """An honorific at token i, as :meth:`match` gives it. A few are honorifics only
        with the article (السيد X; سيد طارق is a name, Syed)."""
        hit = self.match(self.ix.honorifics, i)
        if hit and hit[0] == 1 and self.toks[i].key in _ARTICLE_HONORIFICS and not self.toks[i].al:
            return None
        if hit and i + hit[0] < self.n and self.toks[i + hit[0]].text in ("/", ":"):
            # السيد/محمد, د/ أحمد, السيد: محمد: the slash or the colon goes with it
            return (hit[0] + 1, *hit[1:])
        return hit

    def adjective(self, i: int) -> str | None:
        if i >= self.n or self.toks[i].punct:
            return None
        if not self.toks[i].al and i + 1 < self.n and self.toks[i + 1].key in _PATRONYMIC:
            return None  # تركي بن سعود: a given name, whatever else it means
        if (
            self.toks[i].key in _RULER_EPITHETS
            and i > 0
            and self.toks[i - 1].key in _MONARCH_KEYS
            and self.toks[i].text.startswith("ال")
        ):
            return None  # الملك الباني الحسين: the builder, not Albanian (ألباني)
        hit = self.match(self.ix.adjective_phrases, i)
        if hit:
            return hit[1]  # الكوري الشمالي: the phrase, not its first word's state
        for k in self.toks[i].firsts:
            if k in self.ix.adjectives:
                return self.ix.adjectives[k]
        return None

    def nationality(self, i: int) -> str | None:
        """The state of the nationality at token i: an adjective, or a state whose name is
        its own adjective, written with the article (المالي, التشيلي: of Mali, of Chile)."""
        code = self.adjective(i)
        if code is not None or i >= self.n:
            return code
        t = self.toks[i]
        if t.al and t.norm.endswith("ي") and (c := self.country_name(i)) and c[0] == 1:
            return c[1]
        return None

    def _counterpart_state(self, i: int) -> str | None:
        """The state of the nationality between a counterpart word and the title at token
        i (نظيره العاجي الرئيس X, نظيرته الكورية الجنوبية الوزيرة X), or None."""
        for k in range(max(1, i - 3), i):
            code = self.adjective(k)
            if (
                code
                and k + self.adjective_len(k) == i
                and not _COUNTERPART.isdisjoint(self.toks[k - 1].firsts)
            ):
                return code
        return None

    def adjective_len(self, i: int) -> int:
        """How many tokens the nationality at token i takes (جنوب أفريقي: two)."""
        hit = self.match(self.ix.adjective_phrases, i)
        return hit[0] if hit else 1

    def country_name(self, i: int):
        hit = self.match(self.ix.countries, i)
        if (
            hit is not None
            and self.toks[i].norm[:1] == "ك"
            and self.match(self.ix.countries, i, first=False) is None
        ):
            hit = None  # كلاوس: a name (Klaus), not ك + Laos ("like Laos" is no news)
        if hit is not None and shadda_marked(self.toks[i].text):
            hit = None  # عمّان with its shadda: the city (Amman), not the state (عُمان)
        if hit is not None and hit[0] == 1 and not self.toks[i].al and _named_with_article(hit[1]):
            hit = None  # هند: a given name (Hind), not الهند written without its article
        if self._region_after(i, hit):
            return None  # أمريكا الوسطى, أمريكا اللاتينية: a region, not the state
        if (
            hit is None
            and i + 1 < self.n
            and self.toks[i].firsts[-1] in _STATE_WORDS
            and self.toks[i].firsts[-1] != "بلاد"
            and (inner := self.match(self.ix.countries, i + 1, first=False)) is not None
        ):
            return inner[0] + 1, inner[1]  # وجمهورية إثيوبيا: the state's style, then its name
        if (
            hit is None
            and i + 3 < self.n
            and self.toks[i].firsts[-1] in _STATE_WORDS
            and self.toks[i + 1].text in _QUOTES
            and (inner := self.match(self.ix.countries, i + 2, first=False)) is not None
            and self.toks[i + 2 + inner[0]].text in _QUOTES
        ):
            return inner[0] + 3, inner[1]  # سفير جمهورية "كوسوفا": the name in quotes
        return hit

    def _country_as_given(self, j: int) -> bool:
        """Token j, a state's name of one word written bare, is a given name (جورجيا,
        تشاد) right after a state's adjective or name, when a surname follows:
        رئيسة الوزراء الإيطالية جورجيا X; a post has one state, so a second one there
        opens the holder's name."""
        if j == 0 or j + 1 >= self.n:
            return False
        t, nxt = self.toks[j], self.toks[j + 1]
        if any(self.toks[k].key in _VISIT_VERBS for k in range(max(0, j - 8), j)):
            return False  # زار الرئيس الفرنسي مالي سرا: the state visited
        hit = self.match(self.ix.countries, j, first=False)
        if hit is None or hit[0] != 1 or t.al or nxt.al or nxt.punct:
            return False
        if (
            self.toks[j - 1].al
            and not self.toks[j - 1].punct
            and self.match(self.ix.officials, j, first=False) is not None
        ):
            return True  # ورئيسة الوزراء جورجيا X, a name the gazetteer holds
        before = self.adjective(j - 1) or (
            (c := self.country_name(j - 1)) is not None and c[0] == 1 and c[1] != hit[1]
        )
        return bool(before) and (
            self.match(self.ix.officials, j, first=False) is not None
            or (
                not self.is_stop(nxt)
                and nxt.key not in self.ix.heads
                and self.country_name(j + 1) is None
                and self.match(self.ix.places, j + 1) is None
                and self.name_like(j + 1, 1)
            )
        )

    def region_at(self, i: int) -> int:
        """How many tokens a region named by a state's name and a qualifier takes at token
        i (أمريكا الوسطى: two), or 0."""
        return self._region_after(i, self.match(self.ix.countries, i))

    def _region_after(self, i: int, hit) -> int:
        """:meth:`region_at` for the state's name ``hit`` matched at token i."""
        if hit is None or hit[1] != "US" or i + hit[0] >= self.n:
            return 0
        nxt = self.toks[i + hit[0]]
        return hit[0] + 1 if nxt.al and nxt.key in _AMERICA_QUALIFIERS else 0

    def is_stop(self, t: _Tok) -> bool:
        if t.key in self.ix.function_words:
            return not self._madda_name(t)
        return t.norm[:1] == "و" and inner_key(t.norm[1:]) in self.ix.function_words

    def _bare_head(self, j: int) -> bool:
        """Token j is a title's first word with no post starting there, or one that needs
        what does not follow (الأمين alone: no الأمين العام)."""
        got = self.title_at(j)
        return got is None or (got[0] == j + 1 and (got[1].needs_org or got[1].needs_state))

    def _madda_name(self, t: _Tok) -> bool:
        """A word written with آ that folds onto a function word written without it (آن
        onto أن): a name, not that word, when a name goes on (آن الأوان: "the time has
        come")."""
        return (
            t.text[:1] == "آ"
            and t.key not in self.ix.madda_words
            and t.i + 1 < self.n
            and not self.toks[t.i + 1].al
            and not self.toks[t.i + 1].punct
        )

    def name_like(self, j: int, pos: int) -> bool:
        """May token j be the pos-th word of a personal name?"""
        key = (j, min(pos, 2), j in self.conj_tokens)
        if key not in self._name_memo:
            self._name_memo[key] = self._name_like(j, pos)
        return self._name_memo[key]

    def _name_like(self, j: int, pos: int) -> bool:
        if j >= self.n:
            return False
        t = self.toks[j]
        if t.punct or not re.fullmatch(
            r"[\u0621-\u064a\u0660-\u066f\u0671-\u06d3\u064b-\u065f\u0640\ufb50-\ufdff\ufe70-\ufefc]+",
            t.text.replace("\u200c", ""),
        ):
            return False
        if len(t.key) < 2 or t.norm in _KIN_PRONOUNS:
            return False  # (أخاه, شقيقه: whom one receives, no word of a name)
        if j in self.conj_tokens and t.norm == "وعلي" and self._ali_after_wa(j):
            return True  # وعلي ثنيان حمادة: an item of a list, و + Ali (not وعلى, and on)
        if pos >= 1 and t.norm[0] in "بل" and len(t.norm) >= 6 and t.norm.endswith("ات"):
            return False  # أشاد X بمجهودات رئيس الأركان: ب + a plural noun, no name's end
        if (
            pos == 0
            and len(t.norm) >= 5
            and t.norm.endswith("ات")
            and not t.al
            and t.key not in self.ix.given_names
            and j + 1 < self.n
            and self.toks[j + 1].al
            and self.toks[j + 1].norm not in self.ix.given_with_article
        ):
            # وزيرة التجارة الأميركية، آليات العمل ...: a plural noun in construct with a
            # definite one opens no name
            return False
        if (
            pos == 0
            and t.al
            and t.key in _COURT_EPITHETS
            and j > 0
            and self.toks[j - 1].key in ("ملكي", "ملكيه")
        ):
            return False  # الديوان الملكي الهاشمي X: the court's epithet, no name's word
        if _purpose_noun(t.norm):
            # X لمناقشة ..., Y للمشاركة في ...: a purpose, no word of the name (nor its
            # first: X، وزير الخارجية، لحضور فعاليات ...)
            return False
        if t.norm[:1] == "ب" and t.norm[1:] in _PURPOSE_NOUNS:
            return False  # قامت الوزيرة بعرض ...: what she did, no name
        if (
            pos == 0
            and t.norm in ("باسم", "وباسم")
            and (h := self.honorific(j + 1))
            and self.title_at(j + 1 + h[0]) is not None
        ):
            return False  # باسم السيد رئيس الجمهورية: in the name of, no given name Basim
        if t.norm in _TAKING or (t.norm[:1] in "وف" and t.norm[1:] in _TAKING):
            return False  # تولى X منصب وزير: the verb of taking the post, no name's word
        if (t.key in _OATH_VERBS or (t.norm[:1] == "و" and t.norm[1:] in _OATH_VERBS)) and any(
            self.toks[x].al and self.toks[x].key in _OATH_NOUNS
            for x in range(j + 1, min(self.n, j + 15))
        ):
            return False  # كما أدى X اليمين: the verb of the oath, no name's word
        if t.norm[:1] in "بو" and t.norm[1:2] in "تا" and t.norm[1:] in _APPOINT:
            return False  # أصدر الرئيس قرارا بتعيين X: the verbal noun, no word of the name
        if t.norm.startswith(("وبال", "ولل", "وكال")):
            return False  # بالسفير X وبالتعاون: و + a preposition and the article, no name
        if pos >= 1 and t.key in _PURPOSE_NOUNS:
            return False  # رئيس الحكومة قرر إجراء ...: a verb's object, no name's word
        if t.key in _MONTH_WORDS and j > 0 and self.toks[j - 1].text.isdigit():
            return False  # الاثنين 22 نونبر الجاري: a date, not a name
        if t.norm in _ARTICLE_SHAPED or self._bal_family(t, pos) or self._plain_name_word(j):
            return True  # والتر, كالاس: a name of another language, not و + the article
        if (
            pos == 1  # (after a given name: يان فان دايك; X Y فان Z is X Y فإن Z)
            and t.key in _FOREIGN
            and not self.toks[j - 1].al
            and j + 1 < self.n
            and not self.toks[j + 1].al
            and self.toks[j + 1].key not in self.ix.function_words
            and self._name_like(j + 1, pos + 1)
        ):
            return True  # يان فان دايك: a particle of a European name (فان, not فإن)
        if (
            pos >= 1
            and t.key in _TITLE_GIVEN
            and not t.al
            and not self.toks[j - 1].al
            and not self.toks[j - 1].punct
            and j + 1 < self.n
            and not self.toks[j + 1].al
            and not self.toks[j + 1].punct
            and not self._known(self.toks[j + 1].norm)
            and self.country_name(j + 1) is None
            and not self.adjective(j + 1)
            # (أمير جماعة الدعوة, أمير طائفة المريدين: an emir of a body, in construct)
            and not (
                j + 2 < self.n
                and self.toks[j + 2].al
                and not self.toks[j + 1].key.startswith("عبد")
            )
            and self._name_like(j + 1, pos + 1)
        ):
            return True  # حسين أمير X: Amir, a word of the name, not an emir after it
        if (
            pos >= 1
            and t.norm in _SHORT_SYLLABLES
            and not self.toks[j - 1].al
            and not self._known(self.toks[j - 1].norm)
            and (
                j + 1 >= self.n
                or self.toks[j + 1].punct
                or inner_key(self.toks[j + 1].norm[1:]) in _DELEGATION
            )
        ):
            return True  # تاكاغي كي والوفد المرافق له: Kei, a name's last word
        if (
            pos >= 1
            and t.norm[:1] in "بل"
            and len(t.norm) > 3
            and inner_key(t.norm[1:]) in self.ix.function_words
            and j + 1 < self.n
            and self.toks[j + 1].al
            # (جيروم باول الأربعاء, كولن باول اليوم: a day after the name; سلمى بدور السبت)
            and self.toks[j + 1].key not in _DAY_WORDS
            and not self.adjective(j + 1)
            and not self.title_at(j + 1)
        ):
            return False  # X بدور الشرطة: ب + a noun in construct, though بدور is a name
        if (
            pos >= 1
            and t.al
            and t.key in _VENUE_ADJECTIVES
            and any(
                not _VENUE_HEADS.keys().isdisjoint(self.toks[x].firsts)
                for x in range(max(0, j - 5), j)
            )
        ):
            # مطار الملك فهد الدولي: a venue's adjective ends its namesake (but العسكري,
            # الملكي are family names elsewhere)
            return False
        if t.key in _PLURAL_TITLES or (
            t.norm[:1] in "بلو" and not _PLURAL_TITLES.isdisjoint(t.firsts[1:])
        ):
            return False  # سامي حداد سفراء الدول, X بسفراء: whom he received, not his name
        # على (on) folds to علي (Ali): a name when written علي, or when a given name follows
        # (سفير تركيا على رضا غوناي, the dotless spelling many sites use)
        ali = t.key == "علي" and (
            t.text.endswith("علي")
            or (pos == 0 and j + 1 < self.n and self.toks[j + 1].key in self.ix.given_names)
            # حسن على.: the last word of a name before a comma or a full stop
            or (pos >= 1 and (j + 1 >= self.n or self.toks[j + 1].punct))
        )
        if t.key == "علي" and not ali and t.text.endswith("ى"):
            return False  # أكد السفير على التزام بلاده: on, not Ali
        # a function word that is also a given name, right after an honorific, is the name
        # ("الشيخ صباح خالد": صباح is not "morning" there)
        ali = ali or (
            pos == 0
            and t.key in self.ix.given_names
            and (self._after_honorific(j) or self._rank_ending_at(j))
        )
        # ... and right after a post's nationality, when a name goes on (وزير الدفاع العراقي
        # جمعة X: جمعة is not Friday there)
        ali = ali or (
            pos == 0
            and t.key in self.ix.given_names
            and t.key != "علي"  # على/علي has its own rule above
            and j > 0
            and bool(self.adjective(j - 1))
            and self.name_like(j + 1, 1)
        )
        # ... and a title word that is also a given name, without the article, opening the
        # name after a post, before a family name no lexicon holds (وزير الخارجية سلطان
        # الحمادي: Sultan, not a sultan; السلطان is the title)
        ali = ali or (
            pos == 0
            and not t.al
            and t.key in self.ix.given_names
            and j + 1 < self.n
            and self.toks[j + 1].al
            and self.toks[j + 1].key not in self.ix.function_words
            and not self._known(self.toks[j + 1].norm)
        )
        # ... or before a name's next word without the article that no lexicon knows
        # (وكيلة الأمين العام أمينة جين محمد: Amina, not a secretary)
        ali = ali or (
            pos == 0
            and not t.al
            and t.key in self.ix.given_names
            and j > 0
            and not self.toks[j - 1].punct
            and j + 1 < self.n
            and not self.toks[j + 1].al
            and not self.toks[j + 1].punct
            and not self._known(self.toks[j + 1].norm)
            and self.name_like(j + 1, 1)
            and j + 2 < self.n
            and not self.toks[j + 2].al
            and self.name_like(j + 2, 2)
        )
        # ... and a word before the divine name that opens a compound given name, a name
        # going on after it (السفير ضيف الله X: ضيف is not "guest" there)
        ali = ali or (
            pos == 0
            and not t.al
            and t.key in _DIVINE_COMPOUNDS
            and j + 2 < self.n
            and self.toks[j + 1].norm == _DIVINE
            and not self.toks[j + 2].punct
            and self.toks[j + 2].key not in self.ix.function_words
            and (
                self._after_honorific(j)
                or self._rank_ending_at(j)
                or bool(self.adjective(j - 1))
                or self._post_ending_at(j)
            )
        )
        # ... and a name that is a function word only with the article, inside a name
        # without it (تمام سلام: not السلام, peace)
        ali = ali or (pos >= 1 and not t.al and t.key in self.ix.names_not_bare_words)
        # ... and a monarch's title that is also a given name opening a name (وسلطان X)
        crowned = pos == 0 and self._monarch_word_named(j)
        ali = ali or crowned
        # ... and inside a name, before its family name (خالد مبارك الصباح); not a title
        # word before a title with the article (أمل جادو مساعد الوزير: the assistant's)
        ali = ali or (
            pos >= 1
            and t.key in self.ix.given_names
            and j + 1 < self.n
            and self.toks[j + 1].al
            and self.toks[j + 1].key not in self.ix.function_words
            and not self.toks[j + 1].punct
            and not (t.key in self.ix.heads and self.toks[j + 1].key in self.ix.heads)
        )
        if (
            t.norm[:1] in "بلكف"
            and len(t.norm) >= 3
            and inner_key(t.norm[1:]) in self.ix.function_words
            and t.key not in self.ix.given_names
            # ... but a short word after a given name that closes the name at a comma or
            # a title (موسى فكي، رئيس ...): a family name
            and not (
                pos >= 1
                and len(t.norm) == 3
                and (self.toks[j - 1].key in self.ix.given_names or pos >= 2)
                and t.norm[1:] not in _CLITIC_PRONOUNS
                and (
                    j + 1 >= self.n
                    or self.toks[j + 1].punct
                    or self.toks[j + 1].key in self.ix.heads
                )
            )
        ):
            return False  # بعدد, لكل, فقط: a clitic on a function word, never a name
        if (
            j + 1 < self.n
            and self.toks[j + 1].norm == _DIVINE
            and re.search("(ه|ها|هما|هم)$", t.text)
        ):
            return False  # حفظه الله, حفظهما الله, رعاه الله: a blessing, not a name
        if self._verb_or_noun_form(t, pos) and not crowned:
            return False
        if pos > 0 and len(t.norm) == 3 and t.norm[0] == "و":
            if inner_key(t.norm[1:]) in self.ix.function_words:
                return False  # وتم, ولم: و + a function word of two letters
        if (
            pos > 0
            and t.norm[0] == "و"
            and j + 1 < self.n
            and self.toks[j + 1].key in _COMPOUND_SECOND
            and self.toks[j + 1].al
            and t.key not in self.ix.given_names
        ):
            return False  # X وعز الدين Y: و + a compound given name opens the next name
        if pos > 0 and t.norm[0] == "و" and len(t.norm) > 3:
            # a conjunction starts the next item, unless the word is a name in itself
            rest = t.norm[1:]
            if (
                inner_key(rest) in self.ix.function_words
                or self._known(rest)
                or inner_key(rest) in self.ix.adjectives
                or rest.startswith("ال")
            ):
                return False
            if not (
                self.match(self.ix.officials, j, first=False)
                or (rest[:1] == "و" and inner_key(rest) not in self.ix.given_names)
                # وليد, وائل: a given name that begins with و, not و + a name
                or (t.key in self.ix.given_names and inner_key(rest) not in self.ix.given_names)
                or (pos == 1 and self._w_surname(j, rest))
                # عبد الله سيدي محمد وديه،: the last word of a long name, before a comma
                or (
                    pos >= 2
                    and len(rest) <= 3  # (a short one: وديه; وتاناكا، is "and Tanaka")
                    and j + 1 < self.n
                    and (self.toks[j + 1].text in ("،", ",") or self.toks[j + 1].text in _DASHES)
                    and self._w_surname(j, rest)
                )
            ):
                return False  # وونغ (Wong) is a name; وأحمد is "and Ahmad"
        if (
            pos == 0
            and t.norm[0] == "و"
            and j not in self.conj_tokens
            and j + 1 < self.n
            and self.toks[j + 1].key in _COMPOUND_SECOND
            and self.toks[j + 1].al
            and t.key not in self.ix.given_names
        ):
            return False  # وعز الدين X: و + a compound given name, the next item's
        if (
            pos == 0
            and t.norm[0] in "وفبل"
            and len(t.norm) > 3
            and self._known(t.norm[1:])
            and t.key not in self.ix.given_names  # فيصل is no ف + يصل
            # (وأمينة محمد, read as و + a given name: the name)
            and not (j in self.conj_tokens and inner_key(t.norm[1:]) in self.ix.given_names)
            and not crowned  # وسلطان X: و + a monarch's title that is a given name
        ):
            return False
        if (
            pos == 0
            and t.norm[0] in "بلك"
            and len(t.norm) > 4
            and re.search("(ه|ها|هم|هما)$", t.text)
        ):
            return False  # بمكتبه, لزيارته: a preposition, a noun and its pronoun
        # سلطان بن فهد: a word a patronymic follows is a given name, whatever else it is
        father = not t.al and j + 1 < self.n and self.toks[j + 1].key in _PATRONYMIC
        surname = (
            # بهاء الدين الأمين: a title's first word that is also a given name, with no
            # post starting there, ends a name
            pos >= 1
            and t.al
            and t.key in self.ix.heads
            and t.key in self.ix.given_names
            and self._bare_head(j)
        )
        # الصديق الكبير, سالم الكبير: a head with the article that opens no title there
        # (كبير opens one only in construct: كبير المستشارين), after a given name, is a
        # family name
        surname = surname or (
            pos >= 1
            and t.al
            and t.key in self.ix.heads
            and self.title_at(j) is None
            and (
                (not self.toks[j - 1].al and self.toks[j - 1].key in self.ix.given_names)
                or self.toks[j - 1].norm in self.ix.given_with_article
            )
        )
        # فادي الشمالي, سامي الغربي: a direction's nisba with the article after a given
        # name is a family name (شمالي alone is "north of")
        surname = (
            surname
            or (
                pos >= 1
                and t.al
                and (
                    t.key in _DIRECTION_NISBAS
                    # خميس الرئيسي: a title's nisba with the article (رئيسي without it is the
                    # dual's construct, رئيسي الوزراء)
                    or (t.key.endswith("ي") and t.key[:-1] in self.ix.heads)
                )
                and not self.toks[j - 1].al
                and self.toks[j - 1].key in self.ix.given_names
            )
        )
        # انتصار مرشد, سالم مرشد: a given name, bare, inside a name, whose word opens a
        # title only with the article or with more words (المرشد, مرشد الثورة): no title
        # starts there, so it is the name's
        surname = surname or (
            pos >= 1
            and not t.al
            and t.key in self.ix.given_names
            and t.key in self.ix.heads
            and self.title_at(j) is None
            # (the name's last word: not أمير طائفة X, an emir of a body in construct)
            and (
                j + 1 >= self.n
                or self.toks[j + 1].punct
                or self.is_stop(self.toks[j + 1])
                or self.title_at(j + 1) is not None
            )
        )
        # وزير الاقتصاد أمين سلام: a title's word that is a given name, bare, first in a
        # name right after a title, with no post of its own there (not أمين عام, أمين سر)
        given = (
            pos == 0
            and not t.al
            and t.key in self.ix.given_names
            and t.key in self.ix.heads  # (not صباح غد: a time's word is no title's)
            and j > 0
            and self.toks[j - 1].al
            and ((own := self.title_at(j)) is None or own[1].needs_org)
            and j + 1 < self.n
            and not self.toks[j + 1].al
            and self.toks[j + 1].key not in self.ix.heads
            and not self.toks[j + 1].punct
            and self._name_like(j + 1, 1)
        )
        # عبد السلام, وعبد الكريم: a name of God after عبد, the compound's second word
        divine = pos >= 1 and self._abd_compound(j)
        if self._known(t.norm) and not (
            ali or father or surname or given or divine or self._madda_name(t)
        ):
            return False
        # نادر السوداني, سامي المصري: a nisba with the article after a given name is a
        # family name, not a nationality
        nisba = (
            pos >= 1
            and j > 0
            and t.norm.startswith("ال")
            and (
                (not self.toks[j - 1].al and self.toks[j - 1].key in self.ix.given_names)
                # (زين العابدين الهاشمي, عبد الرحمن المصري: after a compound given name)
                or (self.toks[j - 1].al and self.toks[j - 1].key in _COMPOUND_SECOND)
                or self._abd_compound(j - 1)
            )
        ) or (
            # كريستوفر روس.: a word without the article after a given name, that ends the
            # name at a comma or a full stop, is a family name, not a nationality
            pos >= 1
            and j > 0
            and not t.al
            and not t.norm.startswith("و")
            and self.toks[j - 1].key in self.ix.given_names
            and (j + 1 >= self.n or self.toks[j + 1].punct)
        )
        if (
            self.adjective(j)
            and not nisba
            # وزير الإعلام الإريتري يماني X, الأمير تركي بن X: a given name that is a bare
            # nationality, after a definite word it cannot qualify, a name's word next
            and not (pos == 0 and self._nationality_given(j))
        ):
            return False
        if (
            any(k in self.ix.heads or (k in self.ix.adjectives and not nisba) for k in t.firsts[1:])
            and not (
                # وأمينة محمد: و + a given name that is a title's word too, a given name next
                j in self.conj_tokens
                and inner_key(t.norm[1:]) in self.ix.given_names
                and j + 1 < self.n
                and self.toks[j + 1].key in self.ix.given_names
                and not self.toks[j + 1].al
            )
            and not crowned
        ):
            return False  # للرئيس, والوزير, بالسوري: a clitic on a title or a nationality
        if any(k in _ORG_HEADS or k in _NOT_NAME_START for k in t.firsts) and not (
            # عبدالرحمن بن أركان: a father's name after بن, though it is an institution's
            # word (أركان, staff)
            pos >= 1 and not t.al and self.toks[j - 1].key in _LINEAGE
        ):
            return False  # مجلس, قيادة, وزارة: an institution, not a person
        if (
            pos == 0
            and t.norm[:1] == "و"
            and len(t.norm) > 4
            and (t.norm[1:3] == "ال" or re.search("(ه|ها|هم)$", t.text))
            and inner_key(t.norm[1:]) not in self.ix.given_names  # وخوسيه: and José
        ):
            return False  # واهتمامه, والرئاسة: a conjunction and a noun
        rank_hit = self.match(self.ix.ranks, j)
        rank_word = rank_hit and (
            # (X أمير البحار: a rank of two words ends the name before it, whatever its
            # first word is alone)
            (pos > 0 and rank_hit[0] >= 2)
            or not (t.key in self.ix.given_names and not t.al)  # عماد X: a name; العماد X
        )
        if rank_word or (
            self.honorific(j)
            and not (pos > 0 and t.key in _HONORIFIC_SURNAMES)
            # السيد السيد X: an honorific right after itself is a given name
            and not (pos == 0 and self._doubled(j))
        ):
            return False
        if (
            (place := self.match(self.ix.places, j))
            # (الرياض is the city, though رياض is a given name: with the article, only a
            # name written with it, الحسين, stands)
            and not (t.norm in self.ix.given_with_article if t.al else t.key in self.ix.given_names)
            # خوسيه ألباريس: a name's أل is no article (the word is no باريس)
            and not (pos >= 1 and not t.al and t.text.startswith(("أل", "إل")))
            # أحمد الجربة: a family name with the article, where the place of one word is
            # written without it (جربة); the place so written (البصرة) is the place
            and not (
                pos >= 1
                and t.al
                and place[0] == 1
                and j not in self.conj_tokens  # (والجربة: and Djerba, an item of a list)
                and place[1]["id"] in _bare_places()
            )
        ) or (self.country_name(j) and not (pos == 0 and self._country_as_given(j))):
            return False
        if (
            pos >= 1
            and re.search("(ه|ها|هم|هما)$", t.text)
            and not t.text.endswith((_DIVINE, *_NAME_ENDINGS))
            and self.toks[j - 1].norm not in _SON_WORDS  # ولد بوبكره: a father's name
            and len(t.text) > 4
            # ... but a foreign name's last word in يه (تيمايه، خوسيه) where the name ends
            and not (
                t.text.endswith("يه")
                and not t.norm.startswith(("و", "ب", "ل", "ف"))
                # (not مساعديه, his assistants: a known word and the pronoun)
                and not self._known(t.norm[:-2])
                and inner_key(t.norm[:-2]) not in self.ix.heads
                and (
                    j + 1 >= self.n
                    or self.toks[j + 1].punct
                    or bool(self.title_at(j + 1))
                    # (والعراقي X: the next item of a list of counterparts)
                    or (self.toks[j + 1].norm[:1] == "و" and self.nationality(j + 1) is not None)
                    # (X شوفالييه والوفد المرافق له: his delegation after the name)
                    or (
                        self.toks[j + 1].norm[:1] == "و"
                        and inner_key(self.toks[j + 1].norm[1:]) in _DELEGATION
                    )
                )
            )
            # ... and a family name in ه no lexicon knows, right after a given name, that
            # closes the name at a comma or a title (رمضان لعمامره، المبعوث ...)
            and not (
                pos == 1
                and t.text.endswith("ه")
                and self.toks[j - 1].key in self.ix.given_names
                and not self._known(t.norm[:-1])
                and not self._known(t.norm[1:-1])
                and (j + 1 >= self.n or self.toks[j + 1].punct or bool(self.title_at(j + 1)))
            )
        ):
            return False  # a pronoun suffix: حراكه, زيارتها
        return True

    def _w_surname(self, j: int, rest: str) -> bool:
        """A last name that starts with و (ويلسون, واتسون, والاس, ويرن): the word after it ends
        the name (punctuation, a function word, the end), and without its و it is no word
        the lexicons know, no given name (وأحمد is "and Ahmad"), and has no pronoun."""
        k = inner_key(rest)
        if (
            len(rest) < 3
            or k in self.ix.given_names
            or rest in self.ix.given_names
            or k in self.surnames  # وهنية after إسماعيل هنية: "and Haniyeh"
            or (
                re.search("(ه|ها|هم|هما)$", self.toks[j].text)
                # (a short name in يه, وديه، before a stop: no word with a pronoun)
                and not (len(rest) == 3 and rest.endswith("يه") and k not in self.ix.function_words)
            )
            or self.match(self.ix.places, j, first=False)
            or self.ix.countries.longest([[k]])
        ):
            return False
        nxt = self.toks[j + 1] if j + 1 < self.n else None
        if len(rest) == 3:
            # يان ويرن، / كارل ويدن سفير: a short one only before a stop or a title
            return nxt is None or nxt.punct or self.title_at(j + 1) is not None
        # (مارك ولوبي سفير المملكة المتحدة: before the name's own title too)
        return nxt is None or nxt.punct or self.is_stop(nxt) or self.title_at(j + 1) is not None

    def _lineage_word(self, j: int) -> bool:
        """After بن, أبو: a word that is a name there though elsewhere a common word (بن
        خميس, بن جمعة): plain letters, no title, rank, nationality or clitic pronoun."""
        t = self.toks[j]
        return (
            not t.punct
            and re.fullmatch("[\u0621-\u064a]+", t.text) is not None
            and t.key in self.ix.function_words
            and not any(k in self.ix.heads for k in t.firsts)
            and not self.adjective(j)
            and not self.match(self.ix.ranks, j)
            and not re.search("(ه|ها|هم|هما)$", t.text)
        )

    def _father_adjective(self, j: int) -> bool:
        """After بن, بنت: a nationality adjective is the father's name (فهد بن تركي)."""
        t = self.toks[j]
        return (
            self.toks[j - 1].key in _PATRONYMIC
            and not t.punct
            and not t.al
            and re.fullmatch("[\u0621-\u064a]+", t.text) is not None
            and bool(self.adjective(j))
        )

    def _family_ahead(self, j: int) -> bool:
        """Words with the article from token j on that end, within three, in a ruling
        house (… الحمد المبارك الصباح): the lineage of a royal name goes on to it."""
        for k in range(j, min(j + 3, self.n)):
            t = self.toks[k]
            if not t.al:
                return False
            if t.key in family_words():
                return True
        return False

    def _grade(self, i: int) -> bool:
        """Token i is a diplomat's grade (السفير), with or without و."""
        key = self.toks[i].key
        return key in _GRADE_HEADS or (self._wa(i) and key[1:] in _GRADE_HEADS)

    def _grade_word(self, i: int) -> bool:
        """Token i is a diplomat's grade after the preposition ب (بالسفير)."""
        t = self.toks[i]
        return t.norm[:1] == "ب" and any(f in _GRADE_HEADS for f in t.firsts[1:])

    def _wa(self, i: int) -> bool:
        """Token i carries the conjunction و before its word (ورئيس, والوزير)."""
        t = self.toks[i]
        return t.key.startswith("و") and t.key[1:] in t.firsts

    def _after_honorific(self, j: int) -> bool:
        """An honorific ends right before token j (الشيخ, سمو الشيخ)."""
        for k in range(max(0, j - 3), j):
            hit = self.honorific(k)
            if hit and k + hit[0] == j:
                return True
        return False

    def _post_ending_at(self, j: int) -> bool:
        """Does a post's title (of up to four words) end right before token j?"""
        return any(
            (hit := self.match(self.ix.posts, k)) is not None and k + hit[0] == j
            for k in range(max(0, j - 4), j)
        )

    def _foreign_w_name(self, t: _Tok) -> bool:
        """A name of another language that begins with و (ويجي X, Wiji X), right after a
        title, a rank or an honorific (السفير ويجي كورا): what follows و is no word, given name or
        nationality the lexicons know, and a name's second word without the article
        follows; و + a word there would join a title to nothing."""
        j, rest = t.i, t.norm[1:]
        return (
            j + 1 < self.n
            and not rest.startswith("ال")
            # (وقتئذ, ولاحقا, وتحديدا: an adverb, its accusative or its ئذ)
            and not rest.endswith(("ا", "ئذ", "يذ"))
            # (a name of another language goes on with no Arabic given name: وقتئذ محمد)
            and self.toks[j + 1].key not in self.ix.given_names
            and inner_key(rest) not in self.ix.function_words
            and inner_key(rest) not in self.ix.given_names
            and inner_key(rest) not in self.ix.adjectives
            and not self._known(rest)
            and (self._after_honorific(j) or self._rank_ending_at(j) or self._post_ending_at(j))
            and not self.toks[j + 1].al
            and not self.toks[j + 1].punct
            and self.country_name(j + 1) is None
            and self._name_like(j + 1, 1)
        )

    def _foreign_al(self, t: _Tok, pos: int) -> bool:
        """A family name of another language that begins like ب/ك + the article
        (بالانوتسا, بالاشوفسكي), as the last word of a name before punctuation: it ends as
        such names do (-سكي, -تسا, -يتش: ``foreign_surname_endings``), and its letters after
        بال are no word the lexicons know (not بالقرار, بالمقترح, بالإجماع)."""
        norm = t.norm
        rest = norm[3:]
        nxt = self.toks[t.i + 1] if t.i + 1 < self.n else None
        return (
            pos >= 1
            and norm[:3] in ("بال", "كال")
            and len(norm) >= 7
            and norm.endswith(_FOREIGN_SURNAME_ENDINGS)
            and not self._known(rest)
            and inner_key(rest) not in self.ix.function_words
            and (nxt is None or nxt.punct)
        )

    def _plain_name_word(self, j: int) -> bool:
        """Token j is a name's word spelled without the hamza of the title it folds to
        (قايد: Gaid), right after a given name (أحمد قايد صالح)."""
        return (
            j > 0
            and self.toks[j].text.replace("\u0640", "") in self.ix.plain_spelled
            and not self.toks[j - 1].al
            and self.toks[j - 1].key in self.ix.given_names
        )

    def _bal_family(self, t: _Tok, pos: int) -> bool:
        """A family name of the Maghreb in بال (منير بالحاج قاسم: Belhaj), as a later word
        of a name, when neither a word with the article nor a full stop follows (not أشاد
        X بالعيد الوطني, هنأه بالعيد.): ``ar_bal_family`` in given_names.json."""
        nxt = self.toks[t.i + 1] if t.i + 1 < self.n else None
        return (
            pos >= 1
            and t.norm in self.ix.bal_family
            and nxt is not None
            # (التقى الوزير X بالحاج Y: a verb that takes ب before, and Y is whom he met)
            and not self._bi_verb_before(t.i)
            and nxt.text not in (".", "!", "؟", "?", ":")
            and not nxt.al  # (تكفل الوزير X بالحاج المريض: the sick pilgrim)
        )

    def _foreign_ist(self, t: _Tok, pos: int) -> bool:
        """A name of another language written with an alif before its st- (استيفن,
        استانيكو), first in a name right after a post or a nationality, before a family
        name no lexicon holds: no verb of the form استفعل (استعرض التطورات)."""
        j = t.i
        if (
            pos >= 1
            and t.key[3:4] in ("ا", "و", "ي")
            and not t.al
            and not self._known(t.norm)
            and t.key not in self.ix.function_words
            and self.toks[j - 1].key in self.ix.given_names
            and (j + 1 >= self.n or self.toks[j + 1].text in ("،", ","))
        ):
            return True  # نايف زكريا استيتية، وزير العمل: a family name, last before a comma
        return (
            pos == 0
            and j > 0
            and j + 1 < self.n
            # (a long vowel right after است, as transliteration writes it: استيفن,
            # استانيكو; استبعد, استنكر, verbs, have a consonant there)
            and t.key[3:4] in ("ا", "و", "ي")
            and self._name_like(j + 1, 1)
            and not self._known(t.norm)
            and t.key not in self.ix.function_words
            and (
                bool(self.adjective(j - 1))
                or self._post_ending_at(j)
                or self._after_honorific(j)
                # (سفير بريطانيا استانيكو X: the state of the title, then the name)
                or any(
                    (c := self.country_name(x)) is not None and x + c[0] == j
                    for x in range(max(0, j - 3), j)
                )
            )
            and not self.toks[j + 1].al
            and not self.toks[j + 1].punct
            and self.toks[j + 1].key not in self.ix.function_words
            and not self._known(self.toks[j + 1].norm)
            and self.title_at(j + 1) is None
        )

    def _bi_verb_before(self, k: int) -> bool:
        """A verb that takes its object with ب (التقى, اجتمع, أشاد, رحب) in the 15
        tokens before token k, inside its sentence."""
        for x in range(k - 1, max(-1, k - 16), -1):
            if self.toks[x].text in (".", "!", "؟", "?"):
                return False
            if self.toks[x].key in _BI_VERBS:
                return True
        return False

    def _verb_or_noun_form(self, t: _Tok, pos: int) -> bool:
        """Shapes that Arabic words take and names do not: an accusative with tanween
        (مؤكداً), a dual or plural verb (يناقشان), a verbal noun (استمرار, تعزيز), an
        imperfect verb after a name (مصطفى يتسلم). Known given names are exempt."""
        if (
            t.key in self.ix.given_names
            or t.key in self.ix.nationality_names
            or self.match(self.ix.officials, t.i, first=False)
        ):
            return False
        raw = t.text
        norm = t.norm
        if raw.endswith(("اً", "ًا")):
            return True
        if len(norm) > 5 and norm.endswith(("اته", "اتها", "اتهم", "اتهما")):
            return True  # تحياته, تصريحاتها: a plural noun and its pronoun, never a name
        if len(norm) >= 4 and norm.endswith("ا") and self._known(norm[:-1]):
            return True  # اجتماعا, لقاءا: an accusative written without its tanween
        if (
            len(norm) >= 5
            and norm[0] in "يت"
            and norm.endswith(("ان", "ون"))
            # (a surname with a long vowel after ت, after a given name: تومسون, تيسون)
            and not (pos >= 1 and norm[1] in "وي" and norm[0] == "ت")
            # (a Chinese syllable in تش, five letters: تشيان, تشوان; a verb so short is rare)
            and not (len(norm) == 5 and norm[:2] == "تش" and norm[2] in "اوي")
        ):
            return True
        if len(t.key) >= 6 and t.key.startswith("است") and not self._foreign_ist(t, pos):
            return True
        if (
            re.fullmatch("ت..ي.", t.key)
            and not (t.key[1] == "ا" and t.key[-1] in "اوى")
            # (عبد الله تومية،: a family name without the article last before punctuation;
            # a verbal noun has its object after it, or the article: حضر X التمرين.)
            and not (pos >= 1 and not t.al and (t.i + 1 >= self.n or self.toks[t.i + 1].punct))
        ):
            return True  # تعزيز, تلبية, تمشيا (تفعيل); not تانيا, تانيو (تا…ي + a vowel)
        if t.i in self.conj_tokens and norm[:1] == "و":
            rest = inner_key(norm[1:])
            if (
                rest not in self.ix.given_names
                and re.fullmatch("ت..ي.", rest)
                and not (rest[1] == "ا" and rest[-1] in "اوى")
            ):
                return True  # وتحويل السيد X: و + a verbal noun (تفعيل), no name's first word
        if (
            pos == 0
            and re.fullmatch("ت.ا.[^اويىه]", t.key)  # (تمارا, تجاني, تهامي: names)
            and t.i + 1 < self.n
            and self.toks[t.i + 1].al
        ):
            return True  # تبادل الأحاديث, تناول الجانبان: a verbal noun in construct (تفاعل)
        if (
            pos == 0
            and re.fullmatch("[بل]ت.ا.[^اويىه]", norm)
            and t.i + 1 < self.n
            and self.toks[t.i + 1].al
        ):
            return True  # أشاد X بتوافق الرؤى: a preposition and such a verbal noun
        if pos == 0 and re.fullmatch("[بل]?(?:[اإأ]..ا.|ا.ت.ا.)(?:ه|ها|هم|هما)", norm):
            return True  # إصداره, باعتماده: a verbal noun (إفعال, افتعال) and its pronoun
        if pos == 0 and re.fullmatch("أ[^اويى]{2}ى", raw):
            return True  # أبدى, أجرى, ألقى: a verb of the form أفعل with a final ى
        if pos >= 1 and len(norm) >= 5 and norm[:2] in ("يت", "تت", "يس", "تس") and not t.al:
            return True  # يتسلم, يستقبل (not يلماز, يشار)
        if pos == 0 and not (_SUCCESSION | _INSTEAD | _DISMISSAL).isdisjoint(t.firsts):
            return True  # بدل X, خلفا لX, إقالة X: in place of X, after X, dismissing X
        if pos >= 1 and not _APPOINT.isdisjoint(t.firsts):
            return True  # مرسوما بتعيين X: the appointment, after a noun, not a name's word
        if pos >= 1 and len(norm) >= 5 and norm[:3] in ("ستت", "سيت", "سنت"):
            return True  # ستتطرق, سيتوجه: the future of a verb, after a name
        if re.fullmatch("ي[^ا]ا..", raw) and len(t.key) == 5:
            return True  # يواكب, يشارك, يناقش: an imperfect verb of the form يفاعل
        if pos != 1 and re.fullmatch("ي[^اويى]..|ي.ت..", raw):
            return True  # يؤكد, يبحث, يلتقي, يقدم: an imperfect verb (a headline's, or after
            # a name of two words: السفير عمر حسن يقدم; a second word may be a surname: يلدز)
        if pos == 0 and norm[:1] in "بل" and norm.endswith("ه") and len(norm) > 5:
            return True  # بانطلاقة, لزيارة: a preposition and a noun, not a name
        if (
            norm.startswith(("لل", "بال", "كال"))
            and len(norm) > 4
            and not self._foreign_al(t, pos)
            and not self._bal_family(t, pos)
        ):
            return True  # لليوم, بالرسالة: a preposition and the article, never a name
        if (
            pos == 0
            and norm[:1] == "و"
            and len(norm) > 3
            and t.i not in self.conj_tokens
            and norm not in _ARTICLE_SHAPED
            and not self._foreign_w_name(t)
        ):
            return True  # a conjunction, unless a known name (وليد, وائل)
        return False

    def _known(self, norm: str) -> bool:
        k = inner_key(norm)
        return (
            k in self.ix.heads
            or k in self.ix.function_words
            or k in _DELEGATION
            or k in _COUNTERPART
        )

    # ---------------------------------------------------------------- names

    def _ben_surname(self, i: int) -> bool:
        """بن at token i opens a name right after a post's words (الرئيس التونسي بن علي,
        وزير الدفاع البريطاني بن والاس): a surname with بن, or Ben; not inside a name."""
        if i == 0 or self.toks[i].norm != "بن" or not self.name_like(i + 1, 1):
            return False
        prev = self.toks[i - 1]
        return bool(self.adjective(i - 1)) or (
            prev.al
            and prev.norm not in self.ix.given_with_article
            and prev.key not in self.ix.function_words
            and i - 1 not in self.claimed
        )

    def name_at(self, i: int) -> tuple[int, int, str | None] | None:
        """A personal name starting at token i: (start, end token, English) or None.
        A name in quotes ("محمد علي الحكيم") is read without them."""
        if i >= self.n:
            return None
        if self.toks[i].text in _QUOTES and i + 1 < self.n:
            h = self.honorific(i + 1)  # "داتو سري X": a style inside the quotes
            got = self.name_at(i + 1 + (h[0] if h else 0))
            if got and got[1] < self.n and self.toks[got[1]].text in _QUOTES:
                if self._spelled_letters(got[0], got[1]) and (
                    got[1] + 1 >= self.n or not self.name_like(got[1] + 1, 0)
                ):
                    # "سي آي إيه", "إف بي آي": a body's initials, no one's name (but
                    # "جيه دي" X: a person's initials, his name going on after them)
                    return None
                return got
            return None
        ini = self._initial(i) if not self.toks[i].punct else 0
        if ini and i + ini < self.n and not self.toks[i + ini].al and self.name_like(i + ini, 1):
            # إس. جايشانكار, جيه. سميث: an initial, then a name (one word is enough)
            got = self.name_at(i + ini)
            return i, got[1] if got else i + ini + 1, None
        if (
            i + 1 < self.n
            and self.toks[i + 1].text == ")"
            and not self.toks[i].al
            and not self.toks[i].punct
            and any(
                self.toks[k].text == "(" and not any(self.toks[x].punct for x in range(k + 1, i))
                for k in range(max(0, i - 3), i - 1)
            )
            and self.name_like(i, 0)
        ):
            return i, i + 1, None  # كوت ديفوار (السفير X): one word, a title before it
        j = i
        while j < self.n and j - i < 5 and _LATIN_NAME.fullmatch(self.toks[j].text):
            j += 1
        if j - i >= 2:
            # السفير الماليزي Azri Mat Yacob: a name left in Latin letters, its own English
            return i, j, " ".join(self.toks[k].text for k in range(i, j))
        # after و read as a conjunction (وقيس سعيد), the name is the word without it
        hit = self.match(self.ix.officials, i, first=i in self.conj_tokens)
        if hit:
            n, english = hit
            # a name the gazetteer knows may go on with more of the lineage (بن نايف بن ...)
            end = i + n
            while (
                end + 1 < self.n
                and self.toks[end].key in _LINEAGE
                and (self.name_like(end + 1, 1) or self.toks[end + 1].key in _CONNECTORS)
            ):
                end += 2
                while (
                    end < self.n
                    and self.toks[end - 1].key in _CONNECTORS
                    and (self.name_like(end, 1))
                ):
                    end += 1
            if not (
                end < self.n
                and self.toks[end].al
                and self.name_like(end, 1)
                and self.toks[end].key not in _LINEAGE
                and self.toks[end].key not in _RULER_EPITHETS
                and self.adjective(end) is None
            ):
                return i, end, english
            # عبدالله بن ناصر الرحبي: a longer name than the gazetteer's short form of
            # another man, read as written
        if (
            i > 0
            and i + 2 < self.n
            # (ومحافظ ظفار: after و too; not لولاية برج X, a place's name)
            and (
                self.toks[i - 1].key in _PLACE_HEADS
                or (
                    self.toks[i - 1].norm[:1] == "و"
                    and inner_key(self.toks[i - 1].norm[1:]) in _PLACE_HEADS
                )
            )
            and not self.toks[i].al
            and self.toks[i + 1].key not in _LINEAGE  # الأمير X بن Y: X is a name
            and not self.toks[i].punct
            and self.toks[i].key not in self.ix.given_names
            and (
                self.toks[i + 1].key in self.ix.given_names
                # محافظ نينوى نجم الجبوري: a place no lexicon lists, then a name whose
                # last word has the article
                or (self.name_like(i + 1, 0) and self.toks[i + 2].al)
            )
            and self.name_like(i + 2, 1)
        ):
            return self.name_at(i + 1)  # محافظ ظفار محمد بن مرهون: the place, then the name
        if not self.name_like(i, 0) or (self.toks[i].key in _LINEAGE and not self._ben_surname(i)):
            return None
        t0 = self.toks[i]
        if (
            t0.al
            and t0.key not in _CONNECTORS
            and not (
                (
                    t0.norm in self.ix.given_with_article
                    or (i in self.conj_tokens and t0.norm[1:] in self.ix.given_with_article)
                )
                and self.name_like(i + 1, 1)
            )
            # السيد السيد X: the honorific, then the same word as the given name
            and not (self._doubled(i) and self.name_like(i + 1, 1))
        ):
            # a name does not start with the article, but a surname alone may (الشيباني)
            alias = self.surnames.get(t0.norm) or self.surnames.get(t0.key)
            if alias is not None:
                return i, i + 1, None
            return None
        j = i + 1
        words = 1
        hadj = False  # a style (الحاج) inside the name, that more words follow
        cap = 5  # words of a name; a lineage (X بن Y بن Z آل W) may run to more
        while j < self.n and words < cap and j - i < 13:
            prev = self.toks[j - 1]
            if self.toks[j].key in _PURPOSE_NOUNS:
                break  # رئيس الحكومة قرر إلغاء ...: a verbal noun, no word of the name
            if prev.key in _PATRONYMIC:
                cap = 8
            # وعبد الرحمن read as و + the name: the compound's first word without its و
            conj_first = j - 1 == i and i in self.conj_tokens
            if (
                prev.key in _CONNECTORS
                or prev.norm in _CONNECTORS
                or (conj_first and inner_key(prev.norm[1:]) in _CONNECTORS)
                or (j - 1 == i and self._abd(i))  # بعبد الرحمن, لعبد الكريم
            ):
                if self._father_title(j) and not self.name_like(j, 1):
                    # فهد بن سلطان, سعد بن أمير: a title head after بن is the father's name
                    j += 1
                    words += 1
                    continue
                if not (
                    self.name_like(j, 1)
                    or self.toks[j].al
                    or self._lineage_word(j)
                    or self._father_adjective(j)
                ):
                    break
                j += 1
                words += prev.key in _FOREIGN  # (دي, فون count as the name's words)
                continue
            if (
                self.toks[j].norm == _DIVINE
                and not prev.al
                and not prev.punct
                and not prev.norm.endswith(("ه", "ها"))  # حفظه الله is a blessing
            ):
                j += 1  # عوض الله, نصر الله, جاد الله: a compound with the divine name
                words += 1
                continue
            if (
                self.toks[j].al
                and self.toks[j].key in _HONORIFIC_SURNAMES
                and j + 2 < self.n
                and self.toks[j + 2].key in _PATRONYMIC
            ):
                break  # الرئيس X الشيخ خالد بن Y: the honorific opens the next name
            if (
                words >= 2
                and self.toks[j].al
                and self.toks[j].key in _HONORIFIC_SURNAMES
                and j + 2 < self.n
                and self.toks[j + 1].key in self.ix.given_names
                and self.name_like(j + 2, 1)
            ):
                break  # استقبل الوزير X Y السيد بيتر نوفاك: the style opens the guest's name
            if (
                (prev.al or words >= 2 or prev.key in self.ix.given_names)
                and self.toks[j].al
                and self.toks[j].key in family_words()
            ):
                j += 1  # a ruling house ends the name (... السالم الصباح), whatever else
                break  # the word means (صباح: morning)
            if prev.al and self._family_ahead(j):
                j += 1  # a lineage word on the way to the house (... الحمد المبارك الصباح)
                words += 1
                continue
            ini = self._initial(j)
            if ini and words < 3 and j + ini < self.n and self.name_like(j + ini, words):
                j += ini  # a middle initial: جون ب. سميث
                continue
            if not self.name_like(j, words):
                break
            tj = self.toks[j]
            if (
                not tj.al
                and prev.key not in _CONNECTORS
                and j + 2 < self.n
                and self.toks[j + 1].key in _PATRONYMIC
                and tj.key in self.ix.given_names
                and any(self.toks[x].key in _PATRONYMIC for x in range(i, j))
            ):
                break  # مكتب الأمير X بن Y بن Z سعد بن W: a second lineage, another man
            if (
                words >= 2
                and not tj.al
                and tj.key not in _CONNECTORS
                and prev.al
                and prev.norm not in self.ix.bal_family  # منير بالحاج قاسم: Belhaj Kacem
                and not hadj
                and not (j - 2 > i and self.toks[j - 2].key in _CONNECTORS)
                and prev.key not in _COMPOUND_SECOND
                and prev.norm != _DIVINE  # عطا الله منصور: a compound, then the family name
                # محمد الحافظ خطاري: a second given name with the article, then the rest
                and not (words == 2 and prev.norm in self.ix.given_with_article)
            ):
                # after a surname with the article comes no further name; a compound
                # given name (عبد العزيز, أبو الفضل) is no surname
                break
            if (
                words >= 3
                and not (hadj and words < 5)
                and not (tj.al or tj.key in _CONNECTORS)
                and not (self.toks[j - 2].key in _CONNECTORS and tj.key in self.ix.given_names)
                # لويس ألفونسو دي ألبا غونغورا: a name of a European language goes on
                # after its particle (de, da, von)
                and not (
                    words < 5
                    and any(self.toks[x].key in _FOREIGN for x in range(i, j))
                    and any(
                        x >= self.n or self.toks[x].punct or self.title_at(x) is not None
                        for x in (j + 1, j + 2)
                    )
                )
                # X بن Y Z W الفلاني: after بن, a lineage of given names (father, grandfather)
                and not (
                    words < 6
                    and tj.key in self.ix.given_names
                    and any(self.toks[x].key in _CONNECTORS for x in range(i, j))
                )
                and not (
                    # a fourth word right before a comma or a full stop: a long lineage
                    # (سيدي محمد ولد X، as Mauritanian and Sudanese names are written)
                    words == 3
                    and not prev.al
                    and j + 1 < self.n
                    and (
                        self.toks[j + 1].text in ("،", ",", ".")
                        # (... or before the post he is given: X Y Z W محافظا لـ; not an
                        # adverb in the accusative, X Y Z مجددا وزيرا)
                        or (
                            self.title_at(j + 1) is not None
                            and self._accusative_title(j + 1)
                            and not (tj.norm.endswith("ا") and tj.key not in self.ix.given_names)
                        )
                    )
                )
            ):
                break  # a fourth word only as a surname, or after a compound (عبد العزيز جعفر)
            j += 1
            words += 1
            if (
                tj.al
                and tj.key in _HONORIFIC_SURNAMES
                and words >= 2
                and j + 1 < self.n
                and not self.toks[j].al
                # (الرئيس X الشيخ خالد بن Y: a new name opens with the honorific)
                and not (j + 1 < self.n and self.toks[j + 1].key in _PATRONYMIC)
                and self.name_like(j, words)
                and (
                    self.name_like(j + 1, words + 1)
                    or self.toks[j + 1].punct
                    # عباس الحاج حسن سفير ...: the name ends at a post
                    or self.title_at(j + 1) is not None
                )
            ):
                hadj = True  # تثيرو الحاج عبدو كباسي: El Hadj inside a name, two words after
                continue
            if (
                tj.al
                and words >= 2
                and tj.key not in _COMPOUND_SECOND  # صلاح الدين مزوار
                and tj.norm not in self.ix.bal_family
                # سلمى الطاهر المهدي: a given name with the article, then the family name
                # (or يوسف الطيب علي حمدان, as Sudanese and Mauritanian names go on)
                and not (
                    tj.norm in self.ix.given_with_article
                    and words == 2
                    and j < self.n
                    and self.name_like(j, words)
                )
                and not self._family_ahead(j)  # عبدالله علي عبدالله السالم الصباح
                # الطيب الفاسي الفهري، مستشار ...: after a given name with the article, a
                # family name of two words with it, the name ending at punctuation or a post
                and not (
                    words == 2
                    and t0.norm in self.ix.given_with_article
                    and j + 1 < self.n
                    and self.toks[j].al
                    and self.name_like(j, words)
                    and self.title_at(j) is None  # (الحسن المراكشي الأمير، ولي العهد)
                    and not self.honorific(j)
                    and (self.toks[j + 1].punct or self.title_at(j + 1) is not None)
                )
                and not (
                    j < self.n
                    and (
                        self.toks[j].key in _CONNECTORS
                        or (self.toks[j].al and self.name_like(j, words) and words < 3 and False)
                    )
                )
            ):
                break
        if j - i == 1 and not (j < self.n and self.toks[j].key in _ORDINALS):
            alias = self.surnames.get(t0.norm) or self.surnames.get(t0.key)
            if alias is None and not self._monarch_called(i):
                return None
        if self.toks[j - 1].key in _CONNECTORS:
            j -= 1
            if j - i < 2:
                return None
        if j < self.n and self.toks[j].key in _ORDINALS and j - i <= 3:
            j += 1  # a regnal number: عبد الله الثاني
        return i, j, None

    def _abd(self, k: int) -> bool:
        """Is token k عبد (or وعبد), the first word of a compound given name?"""
        return 0 <= k < self.n and "عبد" in self.toks[k].firsts  # (لعبد, بعبد)

    def _abd_compound(self, k: int) -> bool:
        """Is token k a name of God with the article right after عبد (عبد السلام, وعبد
        الكريم): the second word of a compound given name?"""
        t = self.toks[k] if 0 <= k < self.n else None
        return t is not None and t.al and t.key in _DIVINE_ATTRIBUTES and self._abd(k - 1)

    def _in_the_name_of(self, i: int) -> bool:
        """Does the title at token i follow باسم (and a style) that opens its clause ("باسم
        السيد رئيس الجمهورية": in the name of), not a spokesman's (المتحدث باسم رئيس ...)?"""
        k = i - 1
        if k >= 0 and self.toks[k].key in _STYLE_WORDS:
            k -= 1
        if k < 0 or self.toks[k].norm not in ("باسم", "وباسم"):
            return False
        return k == 0 or self.toks[k - 1].punct or self.toks[k - 1].text in _QUOTES

    def _emir_named(self, a: int, i: int) -> bool:
        """Does the name at token i, after the title ending at token a and only styles
        between (not الأمير الراحل), open in two words or more the full name of a monarch
        whose title is an emir's (صباح الأحمد, تميم بن حمد: context.emir_names), with no
        post of its own after it (الأمير نواف الأحمد ولي العهد: the crown prince's; a
        guest's title and name after it are the guest's)?"""
        while a < i:
            h = self.honorific(a)
            if not h:
                return False
            a += h[0]
        name = self.name_at(i)
        if name is None or name[1] - name[0] < 2:
            return False
        if (after := self.title_at(name[1])) is not None and self.name_at(
            self.modifiers(after[0])[0]
        ) is None:
            return False  # الأمير نواف الأحمد ولي العهد: a post of his own, in apposition
        return " ".join(monarch_key(self.toks[k].norm) for k in range(*name[:2])) in emir_names()

    def _monarch_called(self, i: int) -> bool:
        """Is token i, right after a king's or a sultan's title, the one word a reigning
        monarch is called by alone (الملك سلمان, السلطان هيثم: data/lexicon/monarchs.jsonl)?"""
        title = self.toks[i - 1] if i > 0 else None
        # (with its clitics: للملك سلمان, وبالسلطان هيثم)
        if title is None or not title.al or _LONE_MONARCH_TITLES.isdisjoint(title.firsts):
            return False
        if (
            title.norm[:1] == "ل"
            and any(
                (t := self.title_at(k)) is not None
                and t[1].role in _PRINCIPALS_OF
                # (past its unit's words: الأمين العام للمجلس الأعلى للملك سلمان للشباب)
                and all(self.toks[x].al or self.toks[x].norm[:1] == "ل" for x in range(t[0], i - 1))
                for k in range(max(0, i - 5), i - 1)
            )
        ):
            # المستشار الخاص للملك سلمان الدكتور X: the king is whose adviser X is; his
            # word is no name the title before it points at
            return False
        # (عبد الملك سلمان, طارق السلطان هيثم: the title's word is a name's; مؤسسة الملك
        # حسين, كلية الملك عبدالله: a body named after a king)
        before = self.toks[i - 2] if i > 1 else None
        if before is not None and (
            self._abd(i - 2)
            or before.key in self.ix.given_names
            or not _ROYAL_NAMESAKES.isdisjoint(before.firsts)
        ):
            return False
        return monarch_key(self.toks[i].norm) in monarch_given_names()

    def _spelled_letters(self, a: int, b: int) -> bool:
        """Are tokens [a, b) two or more names of Latin letters and nothing else (سي آي
        إيه): an acronym spelled out, not a personal name?"""
        letters = lexicon.initials()["ar"]
        words = [self.toks[k].norm for k in range(a, b) if not self.toks[k].punct]
        return len(words) >= 2 and all(w in letters for w in words)

    def _initial(self, j: int) -> int:
        """How many tokens the initials at token j take (one letter and a full stop: ب.;
        a Latin letter's name and a full stop: جيه.; several: آر. إم.), or 0."""
        k = j
        while k + 1 < self.n:
            text = self.toks[k].text
            if len(text) == 2 and text[1] == "." and "\u0621" <= text[0] <= "\u064a":
                k += 1
            elif self.toks[k + 1].text == "." and (
                (len(text) == 1 and "\u0621" <= text <= "\u064a")
                or self.toks[k].norm in lexicon.initials()["ar"]
            ):
                k += 2
            elif (
                len(text) >= 2
                and text in lexicon.initials()["ar_written"]
                and not self.toks[k + 1].punct
                and "\u0621" <= self.toks[k + 1].text[:1] <= "\u064a"
            ):
                k += 1  # مايكل إي كوريلا: a letter's name with no full stop, before a name
            else:
                break
        return k - j

    def _accusative_title(self, i: int) -> bool:
        """Is the title at token i in the accusative (سفيراً, وزيرا): said of the name
        before it (X سفيرا لجمهورية تونس), as the post he holds or is given?"""
        t = self.toks[i]
        if t.punct or (t.al and not t.norm.startswith("وال")):
            return False  # (واليا: a governor's title, its و a root letter, no article)
        if t.text.endswith(("اً", "ًا")):
            return True
        if t.text.endswith("ةً") and len(t.norm) > 3:
            return True  # سفيرةً: a woman's title, its accusative marked on the ة alone
        return t.norm.endswith("ا") and inner_key(t.norm[:-1]) in self.ix.heads

    def _spokesman_after_principal(self, name):
        """The name read right after باسم (المتحدث باسم X): X is whose spokesman he is. A
        principal the gazetteer knows (باسم أبو مازن), or named by a kunya (أبو + one
        word), is followed by the spokesman's own name (باسم أبو الغيط سامر خليل): that
        name, or None when none follows (the spokesman unnamed)."""
        start, end, english = name
        if english is not None:
            cut = end  # the gazetteer's person is the principal
        elif self.toks[start].key in _KUNYA and end - start >= 4:
            cut = start + 2  # أبو الغيط سامر خليل: the kunya, then a name of two
        else:
            return name
        return self.name_at(cut) if cut < self.n else None

    def _appointer_before_appointee(self, i: int, entry, name) -> bool:
        """Token i opens the title of a head of state or government (الملك, الرئيس)
        right after a verb of appointment (وعين الملك), and the name after it is followed,
        past a comma, by a title in the accusative (X سفيرا, X، وزيرا للعدل): the title
        is the appointer's, the name the appointee's."""
        if i == 0 or not (
            entry.role in ("head_of_state", "head_of_government") or entry.role.endswith("minister")
        ):
            return False
        if not _DISMISSAL_VERBS.isdisjoint(self.toks[i - 1].firsts):
            # أعفى رئيس الوزراء السوداني الفريق X من منصبه: who relieves, then whom
            return self._relieved_of(name[1])
        if _APPOINT.isdisjoint(self.toks[i - 1].firsts):
            return False
        k = name[1]
        if k < self.n and self.toks[k].text in ("،", ","):
            k += 1
        if k >= self.n or not self._accusative_title(k):
            return False
        t = self.toks[k]
        if inner_key(t.norm[:-1]) not in self.ix.heads and t.key not in self.ix.heads:
            return False  # وعين الرئيس X مؤخراً: an adverb, no post
        if entry.role.endswith("minister") and "وزير" in (inner_key(t.norm[:-1]), t.key):
            # عين وزير الشباب X وزيرا للثقافة: a minister appoints no minister; the title
            # is X's before the reshuffle (عين read as the passive)
            return False
        # (وعين الرئيس X وزيرا أول جديدا هو Y, ، وهو الدبلوماسي Y, : Y: the appointee is
        # named after; not ، وهو دبلوماسي مخضرم, what the appointee is)
        for x in range(k + 1, min(k + 9, self.n)):
            if self.toks[x].norm in ("هو", "هي", "وهو", "وهي", "هم", "وهم") or (
                self.toks[x].text == ":"
            ):
                y = x + 1
                if y + 1 < self.n and self.toks[y].al and self.name_at(y + 1) is not None:
                    return False  # ، وهو الدبلوماسي X: his grade, then his name
                if y < self.n and self.toks[y].key in self.ix.given_names and self.name_at(y):
                    return False  # هو X (not ، وهو دبلوماسي مخضرم: what the appointee is)
        return True

    def _appointer_state_before(self, s: int) -> bool:
        """Does token s follow an appointer's title and its state, right after a verb of
        appointment (عين الرئيس المصري X, بتعيين رئيس الوزراء السوداني X)?"""
        if s < 3 or not self.adjective(s - 1):
            return False
        for k in range(max(1, s - 5), s - 1):
            hit = self.title_at(k)
            if (
                hit is not None
                and hit[0] == s - 1
                and not _APPOINT.isdisjoint(self.toks[k - 1].firsts)
            ):
                return True
        return False

    def _past_styles(self, k: int, stop: int) -> int:
        """Token k moved past the ranks and honorifics that open a name (تولى اللواء X),
        never past ``stop``."""
        while k < stop:
            hit = self.match(self.ix.ranks, k) or self.honorific(k)
            if not hit:
                break
            k += hit[0]
        return k

    def _relieved_of(self, k: int) -> bool:
        """Does "of his post" (من منصبه, من مهامه, من منصب ...) start at token k?"""
        return (
            k + 1 < self.n
            and self.toks[k].norm == "من"
            and self.toks[k + 1].norm.startswith(("منصب", "مهام", "وظيف", "موقع"))
        )

    def _post_given(self, k: int) -> bool:
        """Past a comma at token k, a title in the accusative with what it heads after it
        (وزيرا للزراعة, محافظا لمحافظة شبوة, سفيرا لدى فرنسا), not a new one (سفيرا
        جديدا): the post given to the name before it (عين الرئيس المصري X وزيرا للزراعة:
        X is the appointee, not the state's president)."""
        if k < self.n and self.toks[k].text in ("،", ","):
            k += 1
        if k + 1 >= self.n or not self._accusative_title(k):
            return False
        nxt = self.toks[k + 1]
        return nxt.norm[:1] == "ل" and len(nxt.norm) > 3 or nxt.norm in ("لدى", "في")

    def _styled_between(self, j: int, k: int) -> bool:
        """Does a style (السيد, الدكتور) or a diplomat's grade (السفير) stand between
        token j and the name at token k?"""
        return any(self.honorific(x) or self._grade(x) for x in range(j, k))

    def _hands_to_him(self, k: int) -> bool:
        """Does a relative clause at token k tell what the one named before it handed or
        gave "him" (الذي سلمه, التي سلمته, الذي قدم له أوراق اعتماده)?"""
        if k >= self.n or self.toks[k].norm not in _RELATIVE_HANDING:
            return False
        words = [self.toks[x].norm for x in range(k + 1, min(k + 5, self.n))]
        # credentials, a copy, a letter (as written and folded: نسخة, نسخه)
        handed = ("أوراق", "اوراق", "نسخة", "نسخه", "رسالة", "رساله")
        if len(words) > 2 and words[1] in ("له", "لها"):
            return words[2].startswith(handed)  # الذي قدم له أوراق اعتماده
        return (
            bool(words)
            and words[0].endswith(("ه", "ها"))
            and any(w.startswith(handed) for w in words[1:3])
        )

    def name_before(self, i: int, *, adjacent: bool = False):
        """A name that ends right before token i (apposition: X، وزير الخارجية), not one
        already taken by another post; ``adjacent``: with no comma between."""
        j = i
        for k in range(max(1, j - 4), j - 1):
            r = self.match(self.ix.ranks, k)
            if r is not None and k + r[0] == j:
                j = k  # X أمير البحار رئيس هيئة الأركان: the name, his rank, then his post
                break
        if not adjacent and j > 2 and self.toks[j - 1].text in _QUOTES:
            # X "H.E. Mr. X" وزير ...: the name's Latin spelling in quotes, set off
            k = j - 2
            while k > 0 and j - k < 12 and self.toks[k].text not in _QUOTES:
                k -= 1
            if (
                k < j - 2
                and self.toks[k].text in _QUOTES
                and all(
                    self.toks[x].punct or re.fullmatch(r"[A-Za-z.]+", self.toks[x].text)
                    for x in range(k + 1, j - 1)
                )
                and any(re.search("[A-Za-z]", self.toks[x].text) for x in range(k + 1, j - 1))
            ):
                j = k
        if not adjacent and j > 1 and self.toks[j - 1].key in _CAPACITY:
            j -= 1  # X، بصفته سفيرا لدولة قطر: the name, then the post it is given as
            # (X الذي سلمه أوراق اعتماده بصفته سفيرا: past the clause of what he handed)
            # (الذي قدم له نسخة من أوراق اعتماده بصفته: up to nine words back)
            back = next(
                (k for k in range(j - 1, max(0, j - 10), -1) if self._hands_to_him(k)), None
            )
            if back is not None:
                j = back
        if (
            not adjacent
            and j > 3
            and self.toks[j - 1].key == "منصب"
            and self.toks[j - 2].key in _HOLDING_VERBS
            and self.toks[j - 3].key in _RELATIVE_PRONOUNS
            and self.toks[j - 4].key not in _FORMER_AUX
        ):
            j -= 3  # X، الذي يشغل منصب وزير الخارجية: the post he holds now
        if j > 3 and self.toks[j - 1].key == "منصب":
            if not _TAKING.isdisjoint(self.toks[j - 2].firsts) and self.toks[j - 3].norm == "قد":
                j -= 3  # وكان X قد شغل منصب سفير: the name before قد and the verb
            elif any(
                not _TAKING.isdisjoint(self.toks[v].firsts)
                # (not the verbal noun: رفض X تولي منصب, written with ي, not ى)
                and not self.toks[v].text.endswith("ي")
                and (v == 0 or self.toks[v - 1].key not in _REFUSALS)
                and (got := self.name_at(self._past_styles(v + 1, j - 1))) is not None
                and got[1] == j - 1
                for v in range(max(0, j - 8), j - 2)
            ):
                j -= 1  # تولى X منصب وزير الصحة: the name between the verb and منصب
        if (
            not adjacent
            and j > 1
            and self.toks[j - 1].al
            and self.toks[j - 1].key == "سفير"
            and self.toks[j - 2].text in _PUNCT_SKIP
        ):
            j -= 1  # X، السفير مدير إدارة ...: the diplomat's grade before his post
        if j > 0 and (
            self.toks[j - 1].text in _PUNCT_SKIP
            # (- السيد X – سفير جمهورية غانا: a list's line, the title after a dash)
            or (
                self.toks[j - 1].text in _DASHES
                and (self._dash_line(j - 1) or self._styled_before_dash(j - 1))
            )
        ):
            if adjacent:
                return None
            j -= 1
        if j > 0 and (j - 1) in self.claimed:
            if adjacent or j == i:
                return None
            # X، رئيس الجمهورية: a post in apposition to a name already found
            f = next(
                (f for f in reversed(self.findings) if f.name_end == self.toks[j - 1].end), None
            )
            if f is None:
                return None
            ns = next(
                k
                for k in range(j)
                if self.toks[k].idx >= f.name_begin - 1 and self.toks[k].end > f.name_begin
            )
            return ns, j, f.english
        if j > 1 and self.toks[j - 1].text in _QUOTES and not adjacent:
            # "سامي حداد"، الوزير ...: a quoted name in apposition
            k = j - 2
            while k > 0 and j - k < 8 and self.toks[k].text not in _QUOTES:
                k -= 1
            if self.toks[k].text in _QUOTES:
                got = self.name_at(k + 1)
                if got and got[1] == j - 1:
                    return got
        end = j
        for k in range(max(0, end - 8), end - 1):
            hit = self.match(self.ix.officials, k, first=False)
            if (
                hit
                and k + hit[0] == end
                and not any(x in self.claimed for x in range(k, end))
                # (مكتوم بن محمد بن راشد: a known name after بن is the father's, the
                # name is longer)
                and not (k > 0 and self.toks[k - 1].norm in lexicon.patronymic_particles())
            ):
                return k, end, hit[1]  # a known name, though it ends in a nisba (السوداني)
        start = end
        while start > 0 and end - start < 5 and _LATIN_NAME.fullmatch(self.toks[start - 1].text):
            start -= 1
        if (
            end - start >= 2
            and not any(x in self.claimed for x in range(start, end))
            # (marked as a person's: a rank, a style, a verb of meeting or punctuation
            # before it; not قناة Sky News رئيس الوزراء)
            and (
                start == 0
                or self._styled(start)
                or self.toks[start - 1].punct
                or self.toks[start - 1].key in _MEETING_VERBS
                or self.adjective(start - 1)  # الجنرال الأميركي Joseph X
            )
        ):
            # بالفريق أول Thierry X رئيس أركان ...: a name left in Latin letters, then his post
            return start, end, " ".join(self.toks[k].text for k in range(start, end))
        start = end
        while (
            start > 0
            and end - start < 13
            # (الفريق أول بحري X: the name starts after its rank and the rank's qualifiers;
            # not رائد سعد, عماد عثمان: a given name that is a rank without its article)
            and not (
                start < end
                and (self.toks[start - 1].al or self.toks[start - 1].key in _RANK_QUALIFIERS)
                and self._rank_ending_at(start)
            )
            and (
                self.name_like(start - 1, 1)
                or self.toks[start - 1].key in _CONNECTORS
                or self.toks[start - 1].key in _ORDINALS
                # فهد بن سلطان: a title head after بن is the father's name
                or self._father_title(start - 1)
                # عبد الله, عوض الله: the divine name inside a compound name
                or (
                    self.toks[start - 1].norm == _DIVINE
                    and start > 1
                    and not self.toks[start - 2].punct
                )
                or (self.toks[start - 1].al and self.toks[start - 1].key in family_words())
                # ولد الطالب, بن القاضي: a word with the article after بن or ولد is a name's,
                # whatever else it means
                or (
                    self.toks[start - 1].al
                    and start >= 2
                    and self.toks[start - 2].key in _CONNECTORS
                )
                or (
                    self.toks[start - 1].key in self.ix.given_names
                    and self._after_honorific(start - 1)
                )
                # داريل آر. إم. كوبرفيلد: initials, each with its full stop
                or (
                    self.toks[start - 1].text == "."
                    and start >= 3
                    and self._initial(start - 2) >= 2
                    and (self.name_like(start - 3, 0) or self.toks[start - 3].text == ".")
                )
                or (start < end and self._initial(start - 1) >= 2)
            )
        ):
            start -= 1
        if (
            start > 1
            and start < end
            and self._conj_name(start - 1)
            and (
                self.toks[start - 2].text in _PUNCT_SKIP
                # X السفير المصري ورضا حسن السفير ...: the previous item ends in a
                # nationality
                or bool(self.adjective(start - 2))
                # ... or in the name of a post already read (وزير الدفاع X ووائل كرم وزير
                # الداخلية)
                or (start - 2) in self.claimed
                # ... or in a styled or known name (ووقع الشيخ X وأمينة محمد وزيرة ...)
                or any(
                    (nm := self.name_at(x)) is not None
                    and nm[1] == start - 1
                    and nm[1] - nm[0] >= 2
                    and (self._honorific_ending_at(x) or nm[2] is not None)
                    for x in range(max(0, start - 7), start - 2)
                )
                # ... or in the post of a name read before it (X وزير الدفاع ووائل كرم
                # وزير الداخلية)
                or any(f.end == self.toks[start - 2].end for f in self.findings)
                # ... or in the state of such a post (X سفيرا لجمهورية تونس وبيتر لانغ
                # سفيرا ...)
                or any(
                    (cn := self.country_name(x)) is not None and x + cn[0] == start - 1
                    for x in range(max(0, start - 5), start - 1)
                )
                # ... or in the portfolio of an accusative post (X وزيرا للعدل وسالم Y
                # وزيرا للصحة)
                or any(
                    (pf := self.match(self.ix.portfolios, x)) is not None
                    and x + pf[0] == start - 1
                    and self._accusative_title(x - 1)
                    for x in range(max(1, start - 5), start - 1)
                )
                # ... or in the place an accusative post governs (X محافظا لمحافظة
                # اللاذقية وY محافظا لمحافظة إدلب)
                or any(
                    (pl := self.match(self.ix.places, x)) is not None
                    and x + pl[0] == start - 1
                    and any(self._accusative_title(y) for y in range(max(0, x - 3), x))
                    for x in range(max(1, start - 4), start - 1)
                )
            )
        ):
            self.conj_tokens.add(start - 1)
            got = self.name_at(start - 1)
            if got and got[1] == end and got[0] == start - 1:
                return start - 1, end, got[2]
            self.conj_tokens.discard(start - 1)
        if (
            not adjacent
            and end < i
            and 2 <= end - start <= 4
            and self._honorific_ending_at(start)
            and not any(x in self.claimed for x in range(start, end))
            and not self.toks[start].al
            and all(self.name_like(k, k - start) for k in range(start, end))
        ):
            # الدكتور سامي الحاج كوتو، مدير ...: between an honorific and the comma, the
            # whole name, though a word with the article stands inside it
            return start, end, None
        if start < end - 1 and self.toks[start].key in _RANK_QUALIFIERS:
            # الفريق ركن طيار X: the words of a rank, not the name's first words
            for k in range(max(0, start - 3), start):
                hit = self.match(self.ix.ranks, k)
                if hit and start < k + hit[0] < end:
                    start = k + hit[0]
                    break
            while (
                start < end - 1
                and self.toks[start].key in _RANK_QUALIFIERS
                and self._rank_ending_at(start)
            ):
                start += 1
        if (
            adjacent
            and end - start in (4, 5)
            and start > 0
            and (
                self.toks[start - 1].key in _MEETING_VERBS
                or self._honorific_ending_at(start)
                or self._rank_ending_at(start)
            )
            and not self.toks[start].al
            and not any(x in self.claimed for x in range(start, end))
            and all(
                self.name_like(k, min(k - start, 1))
                or self.toks[k].key in _CONNECTORS
                or self.toks[k].norm == _DIVINE
                for k in range(start, end)
            )
            and not any(self.title_at(k) for k in range(start, end))
        ):
            # استقبل خالد محمد علي يوسف وزير الخارجية, الأستاذ صلاح الدين آدم تور عضو ...:
            # between the verb (or a style, a rank) and the post, a name of four or five
            # words, as Sudanese and Iraqi names are written
            return start, end, None
        # shrink from the left until a full name parses forward to `end`
        for s in range(start, end - 1):
            got = self.name_at(s)
            if got and any(
                self._honorific_ending_at(k)
                # (ولد الشيخ, بن الشيخ: after son of, a style is the father's name)
                and not (k - 2 >= s and self.toks[k - 2].key in _CONNECTORS)
                for k in range(s + 1, end)
            ):
                continue  # اعتماد السيد X: the name starts after the honorific
            if got and got[1] == end and got[1] - got[0] >= 2:
                prev = self.toks[s - 1] if s > 0 else None
                if (
                    prev is not None
                    and not (
                        prev.punct
                        or prev.text == "و"  # ، و X مدير ...: و written apart opens an item
                        or prev.text in _BULLETS  # 1 - X محافظا لـ ...: an item of a list
                        or self._side_before(s)  # ترأس الجانب العماني X وزير المالية
                        or self.is_stop(prev)
                        or self._rank_ending_at(s)
                        or self._honorific_ending_at(s)
                        or prev.key in self.ix.heads
                        or (self._wa(s - 1) and prev.key[1:] in self.ix.heads)  # والسفير X
                        # بالسفير X مدير ...: the grade after ب, his post after his name
                        or (prev.al and self._grade_word(s - 1))
                        # الأميرة X سفيرة ...: a woman's title (a head with ة) before the name
                        or (prev.al and prev.key.endswith("ه") and prev.key[:-1] in self.ix.heads)
                        or prev.key == "امير"
                        or prev.key in _CREDENTIALS  # أوراق اعتماد X سفيرا لـ...: the envoy
                        or self._by_which_before(s)  # عين بموجبه X سفيرا: the appointee
                        or not _APPOINT.isdisjoint(prev.firsts)  # بتعيين X وزيرا للدفاع
                        or self._appointer_state_before(s)  # عين الرئيس المصري X وزيرا
                        or not _TAKING.isdisjoint(prev.firsts)  # تولى X منصب وزير الصحة
                        or not _DISMISSAL.isdisjoint(prev.firsts)  # وإقالة X وزير الصحة
                        or (end < i and self._opens_name_after(s))
                        # استقبل الرئيس بقصر قرطاج X وزير الخارجية: a place, then whom
                        or self._place_ending_at(s)
                        or self._post_read_before(s)
                    )
                ):
                    continue
                marked = (
                    got[2] is not None
                    or self.toks[s].key in self.ix.given_names
                    or self._side_before(s)
                    or self._appointer_state_before(s)
                    # بتعيين X محافظا لـ: the appointee, whom the verbal noun governs
                    or (prev is not None and not _APPOINT.isdisjoint(prev.firsts))
                    or (prev is not None and not _TAKING.isdisjoint(prev.firsts))
                    # الأمير تركي بن X: after a prince's style, a name (Turki, not Turkish)
                    or (prev is not None and prev.key == "امير" and prev.al)
                    or self._clitic_len(s, end) > 0  # بسامي حداد: ب + a given name
                    or self._rank_ending_at(s)
                    or self._honorific_ending_at(s)
                    or (prev is not None and prev.al and self._grade(s - 1))  # (و)السفير X
                    or (prev is not None and prev.al and self._grade_word(s - 1))
                    # a name of two words or more that a comma opens (، جوجليمو بيجي وكيل
                    # وزارة ...): no noun in construct stands between commas like that
                    # (or a list's bullet opens: 1 - X محافظا لـ ...)
                    or (
                        s > 0
                        and (
                            self.toks[s - 1].text in _PUNCT_SKIP
                            or self.toks[s - 1].text in _BULLETS
                        )
                        and end - s >= 2
                    )
                    or (
                        s > 1
                        and self.toks[s - 1].text == "و"
                        and self.toks[s - 2].text in _PUNCT_SKIP
                        and end - s >= 2
                    )
                    # ... or whom one meets (مع تاكيشي موري وزير ...): a name, known or not
                    or (prev is not None and prev.key in _NAME_OPENERS and end - s >= 2)
                    # ... or who comes after a post whose holder was named before it
                    # (استقبل X وزير الخارجية Y سفير ألمانيا)
                    or (self._post_read_before(s) and end - s >= 2)
                    # ... or a definite word before it ends a phrase (بمقر الوزارة جوي هوود
                    # سفير ...): a word without the article continues no construct there
                    or (
                        prev is not None
                        and prev.al
                        and prev.key not in self.ix.heads
                        and not self.adjective(s - 1)
                        and not any(self.toks[x].al for x in range(s, end))
                        and end - s >= 2
                    )
                )
                if end == i and not marked:
                    continue  # طائرة رئيس الوزراء: a noun in construct, not a name
                return got
        return None

    def _own_posts_each(self, first: tuple, second: PostEntry, second_mods: dict, name) -> bool:
        """X TITLE1 Y TITLE2: may each hold his own post (TITLE1 X's)? When the titles state
        two states, yes; when TITLE1 states none, unless a rank opens Y's name (رئيس
        الأركان الفريق Y قائد القوات: the title is Y's); when only TITLE1 states one, unless
        TITLE2 is a post a minister holds beside his own (وزير الخارجية الإماراتي Y نائب
        رئيس الوزراء, مستشار, مبعوث, القائد العام: both Y's)."""
        s1, s2 = first[4]["country"], second_mods["country"]
        if s1 is not None and s2 is not None and s1 != s2:
            return True
        if s1 is None:
            return self.rank_before(name[0]) is None
        return second.role not in _SECOND_POSTS

    def _post_read_before(self, s: int) -> bool:
        """Does a post already read, whose holder was named before it, end right before
        token s (استقبل X وزير الخارجية Y: the post is X's, Y opens a name of his own)?"""
        if s == 0:
            return False
        ends = {self.toks[s - 1].end}
        x = s - 1
        while x > 0 and s - x < 4 and self.adjective(x):
            x -= 1  # (وزير الخارجية المصري: the post's evidence ends before its nationality)
            ends.add(self.toks[x].end)
        return any(
            f.end in ends and f.name_begin == f.begin and f.name_end < f.end for f in self.findings
        )

    def _state_closing(self, k: int) -> tuple[int, str] | None:
        """After the comma at token k, a state with ب (بجمهورية مالي) that closes its
        sentence or line: (the token after it, its code), or None."""
        if k + 1 >= self.n or not self.toks[k + 1].norm.startswith("ب"):
            return None
        c = self.country_name(k + 1)
        if not c:
            return None
        end = k + 1 + c[0]
        if (
            end < self.n
            and self.toks[end].text not in (".", "؛", ";")
            and ("\n" not in self.text[self.toks[end - 1].end : self.toks[end].idx])
        ):
            return None
        return end, c[1]

    def _opens_name_after(self, s: int) -> bool:
        """Does the word before token s close what comes before a name in apposition (X،
        مساعد الوزير)? A nationality (عن الجانب الأردني سامح عوض), a word of a shape no name
        takes (ووقعها سامح عوض), or any word but a name's own part before a known given
        name."""
        prev = self.toks[s - 1]
        if self._rank_ending_at(s + 1) or self._honorific_ending_at(s + 1):
            return False  # واللواء ركن X: the rank goes on at s
        if prev.al and (self.adjective(s - 1) or prev.key in _VENUE_ADJECTIVES):
            return True
        if self._verb_or_noun_form(prev, 0):
            return True
        return (
            self.toks[s].key in self.ix.given_names
            and prev.key not in self.ix.given_names
            and prev.key not in _CONNECTORS
            and prev.norm != _DIVINE
            and not (prev.al and prev.key in family_words())
        )

    def _gazetteer_last_words(self) -> frozenset[str]:
        """The last words of the gazetteer's officials named in full in this article
        (رجب طيب أردوغان ... الرئيس أردوغان)."""
        if self._gazetteer_last is None:
            last = set()
            for j in range(self.n):
                hit = self.match(self.ix.officials, j, first=False)
                if hit and hit[0] >= 2:
                    last.add(self.toks[j + hit[0] - 1].key)
            self._gazetteer_last = frozenset(last)
        return self._gazetteer_last

    def _named_before(self, ns: int, ne: int) -> bool:
        """Is the name at tokens ns..ne the end of a name found earlier (الوزير أبو قصرة
        after مرهف أبو قصرة)? Such a mention refers to that person and post."""
        keys = [self.toks[k].key for k in range(ns, ne)]
        for f in self.findings:
            words = [inner_key(normalize_ar(w)) for w in f.name.split()]
            if len(words) >= len(keys) and words[-len(keys) :] == keys:
                return True
        return False

    def _starts_item(self, i: int) -> bool:
        """A title written with و (ووزير, ونائب) opens a new item of a list: the name
        before it belongs to the previous item, not to it."""
        t = self.toks[i]
        if t.norm[:1] != "و":
            return False
        rest = self.opts(i + 1, False)
        as_written = self.ix.posts.longest([[t.key]] + rest)  # وزير is a word, not و + زير
        return not as_written and any(
            c[:1] == "و" and self.ix.posts.longest([[k]] + rest) for k, c in first_keys(t.norm)[1:]
        )

    def _ali_after_wa(self, k: int) -> bool:
        """Is وعلي at token k و + the given name Ali: written with its dots, and the next
        word a name's, not a noun with a pronoun (وعلي رأسه) nor one على takes (وعلي
        هامش)?"""
        if not self.toks[k].text.endswith("علي") or k + 1 >= self.n:
            return False
        nxt = self.toks[k + 1]
        return (
            nxt.key not in _ALA_COMPLEMENTS
            and nxt.norm not in _ALA_COMPLEMENTS
            # (a noun with its pronoun, not a name so ending: وعلي عبدالله, وعلي طه)
            and not (
                nxt.norm.endswith(("ه", "ها", "هم", "هما", "هن"))
                and not nxt.al
                and nxt.key not in self.ix.given_names
            )
            and self.name_like(k + 1, 1)
        )

    def _conj_name(self, k: int) -> bool:
        """Token k is و + a first name (وفوقار): an item of a list of names."""
        t = self.toks[k]
        if t.norm[:1] != "و" or len(t.norm) < 3 or t.punct:
            return False
        if k + 1 < self.n and self.toks[k + 1].al and self.toks[k + 1].key in _COMPOUND_SECOND:
            return t.key not in self.ix.given_names  # وعز الدين X: و + a compound's first word
        if len(t.norm) < 4:
            return False
        rest = t.norm[1:]
        if not (_APPOINT | _DISMISSAL).isdisjoint((inner_key(rest), rest)):
            return False  # وإقالة Y: dismissing him, no name
        if t.key in self.ix.given_names and inner_key(rest) not in self.ix.given_names:
            return False  # وليد, وائل: a name that begins with و, not و + a name
        if rest.startswith(("بال", "لل", "كال")):
            return False  # بالسفير X وبالتعاون: و + a preposition and the article, no name
        if rest == "علي" and self._ali_after_wa(k):
            return True  # وعلي ثنيان حمادة: و + Ali, written with its dots (not وعلى, on)
        if (
            rest in self.ix.given_with_article
            and k + 1 < self.n
            and not self.toks[k + 1].al
            and self.name_like(k + 1, 1)
        ):
            return True  # والكسندر بيتروف: و + a given name that has the article's letters
        if (
            inner_key(rest) in self.ix.given_names
            and k + 1 < self.n
            and not self.toks[k + 1].al
            and self.toks[k + 1].key in self.ix.given_names
        ):
            return True  # وأمينة محمد: و + a given name that is a word too, a given name next
        if self._monarch_word_named(k):
            return True  # وسلطان X: و + a monarch's title that is a given name, opening X
        return not (
            self._known(rest)
            or inner_key(rest) in self.ix.adjectives
            or rest.startswith("ال")
            or self.ix.countries.longest([[inner_key(rest)]])
            or self.ix.places.longest([[inner_key(rest)]])
        )

    def _list_goes_on(self, k: int) -> bool:
        """After a name ending at token k, a list's next item: a comma or a semicolon and
        و, or و, then a style or a name (، والشيخ Y)."""
        if k < self.n and self.toks[k].text in ("،", ",", "؛", ";"):
            k += 1
        if k >= self.n or self.toks[k].norm[:1] != "و":
            return False
        return bool(self.honorific(k) or self.name_at(k) or self._wa(k))

    def _quote_end(self, j: int) -> int | None:
        """Quoted words that open at token j (a quote mark) and close within five words:
        the token after the closing mark, or None."""
        for k in range(j + 2, min(self.n, j + 7)):
            if self.toks[k].text in _QUOTES:
                return k + 1
            if self.toks[k].punct:
                return None
        return None

    def _other_state_post(self, name: tuple, mods: dict) -> bool:
        """Does the name at ``name`` already hold a post of one state, from a title right
        before it, while the title after it (``mods``) is of another state, or is an envoy's
        posted to his own?"""
        end = self.toks[name[1] - 1].end
        held = {f.country for f in self.findings if f.name_end == end and f.country}
        if not held or mods.get("status") == "former":
            return False  # (السفيرة الفرنسية السابقة لدى جورجيا: a post she held before)
        return (mods["country"] is not None and mods["country"] not in held) or (
            mods.get("held_in") is not None and mods["held_in"] in held
        )

    def _object_after_subject(self, name: tuple, i: int, title: tuple) -> bool:
        """استقبل وزير الداخلية الدكتور X سفير تونس: a title of a state right after a name
        (no comma) that a title with no state opens, right after a verb of receiving or
        meeting: the verb's subject and his title, then its object, unnamed (not a fuller
        title of the same post: استقبل الرئيس X رئيس جمهورية جنوب السودان)."""
        mods = title[4]
        if mods["country"] is None or any(
            self.toks[x].text not in _QUOTES for x in range(name[1], i)
        ):
            return False  # (a closing quotation mark may stand between: "X" وزير ...)
        end = self.toks[name[1] - 1].end
        held = [f for f in self.findings if f.name_end == end and f.begin < f.name_begin]
        return (
            bool(held)
            and all(f.country is None and f.role != title[2].role for f in held)
            and self._after_meeting_verb(bisect_left(self._starts, held[0].begin))
        )

    def _rank_ending_at(self, s: int) -> bool:
        """A rank ends right before token s, with its qualifiers (اللواء الركن طيار)."""
        while True:
            for k in range(max(0, s - 3), s):
                hit = self.match(self.ix.ranks, k)
                if hit and k + hit[0] == s:
                    return True
            if s > 0 and self.toks[s - 1].key in _RANK_QUALIFIERS:
                s -= 1
                continue
            return False

    def _honorific_ending_at(self, s: int) -> bool:
        for k in range(max(0, s - 3), s):
            hit = self.honorific(k)
            if hit and k + hit[0] == s:
                return True
        return False

    def _metonym_state(self, i: int, j: int) -> str | None:
        """The state of an institution only one state has, named in tokens i..j (رئيس أركان
        قوات السلطان المسلحة: OM; قائد فيلق القدس: IR)."""
        for k in range(i, j):
            hit = self.match(self.ix.state_metonyms, k)
            if hit and k + hit[0] <= j:
                return hit[1]
        return None

    def _same_post_before(self, i: int, role: str) -> tuple[int, int, str | None] | None:
        """الرئيس X رئيس جمهورية جنوب السودان: right after a name that a bare title of the
        same post gave (no state), a fuller title of that post is the same person's."""
        if i == 0 or (i - 1) not in self.claimed:
            return None
        end = self.toks[i - 1].end
        f = next((f for f in reversed(self.findings) if f.name_end == end), None)
        if f is None or f.role != role or f.country is not None:
            return None
        ns = next(
            (k for k in range(i) if self.toks[k].idx <= f.name_begin < self.toks[k].end + 1),
            None,
        )
        return (ns, i, f.english) if ns is not None else None

    def _marked_name_before(self, i: int) -> bool:
        """A name ends right before the title at token i, with no comma between, and an
        honorific or a rank stands right before that name, or the name opens an item of a
        list (after a colon or a comma: كلا من: X السفير ...، Y السفير ...)."""
        nb = self.name_before(i, adjacent=True)
        if nb is None:
            return False
        if self._after_honorific(nb[0]) or self.rank_before(nb[0]):
            return True
        k = nb[0] - 1
        opener = self.toks[k].text if k >= 0 else ""
        return nb[1] - nb[0] >= 2 and opener in (":", "،", ",", "؛")

    def rank_before(self, s: int) -> tuple[int, str] | None:
        for k in range(max(0, s - 3), s):
            hit = self.match(self.ix.ranks, k)
            if hit and k + hit[0] == s:
                return k, hit[1]
        return None

    # ---------------------------------------------------------------- titles

    def title_at(self, i: int) -> tuple[int, PostEntry, str | None] | None:
        """A post phrase at token i: (end token, entry, org override); None past the end."""
        if i >= self.n:
            return None  # a text that ends with a title (وزير الخارجية، السفير)
        if self._plain_name_word(i):
            return None  # أحمد قايد صالح: Gaid, a word of the name (the title is قائد)
        if self._abd_compound(i):
            return None  # عبد الملك X, لعبد الوالي: a name of God after عبد, no title
        if self._monarch_word_named(i):
            return None  # وسلطان X القنصل العام: Sultan, a given name, not a sultan
        if self._second_given_name(i):
            return None  # محمد الأمين X: Lemine, a given name, not a secretary
        hit = self.match(self.ix.posts, i)
        if not hit and self.toks[i].key in _BODY_HEADS:
            # ممثل برنامج الأغذية العالمي X, ممثلة اليونيسف X: a body's officer (ممثل
            # منظمة اليونيسف, ممثلة مكتب اليونيسف: its office's or its organisation's)
            k = i + 1
            if (
                not self.match(self.ix.bodies, k)
                and k < self.n
                and self.toks[k].key in _BODY_FILLERS
                and not self.toks[k].al
            ):
                k += 1
            if self.match(self.ix.bodies, k):
                return k, _BODY_OFFICER, "government"
        if not hit:
            return self._deputy_title(i)
        n, entry = hit
        if (
            n == 1
            and entry.org == "parliament"
            and entry.head in _MP_HEADS
            and i + 1 < self.n
            and (
                not self.toks[i].al  # نائب المدير العام: a deputy's title in construct
                or self.toks[i + 1].norm[:1] == "ل"
                or self.toks[i + 1].key in _ORDINALS
                or (i > 0 and not self.toks[i - 1].al and self.toks[i - 1].key in self.ix.heads)
            )
        ):
            # النائب الأول لحاكم دبي, مساعد النائب للمجالات العسكرية: a deputy's post, not
            # a member of parliament (النائب X, النائب عن كتلة X)
            return self._deputy_title(i)
        if (
            (entry.bare or entry.definite)
            and not self.toks[i + n - 1].al
            and not (
                (entry.bare or entry.role == "deputy_head_of_state") and self._state_headed(i + n)
            )
        ):
            # رئيس + noun is "head of" something; الرئيس X is a president, and نائب رئيس
            # هيئة الأركان is not نائب الرئيس; رئيس فرنسا, رئيس الولايات المتحدة is the
            # state's president (نائب رئيس نيجيريا its vice president)
            if entry.bare and self.match(self.ix.bodies, i + n):
                # رئيس البنك الدولي, رئيس مفوضية الاتحاد الأفريقي: the body's head
                return i + n, replace(entry, role="official", bare=False), "government"
            if entry.role == "deputy_head_of_state":
                # نائب رئيس الأمن العام X: the deputy of the title رئيس opens there
                return self._deputy_title(i)
            return None
        org = entry.org
        j = i + n
        last = self.toks[j - 1].key
        if last[:1] == "ل" and last[1:] in ("وزير", "وزاره"):
            last = last[1:]  # المساعد الأول لوزير الداخلية
        if entry.deputy_of and last in ("وزير", "وزاره"):
            # نائب وزير الخارجية, وكيل وزارة الداخلية: the deputy of a specific minister
            sub = self.ix.posts.longest([["وزير"]] + self.opts(j, False))
            if sub and sub[0] >= 2 and sub[1].org != "ministry":
                org = sub[1].org
                j += sub[0] - 1
            else:
                p = self.match(self.ix.portfolios, j, first=False)
                if p:
                    org = f"ministry-{p[1]}"
                    j += p[0]
        elif entry.portfolio:
            named = self._minister_for(j) if n == 1 and entry.role == "minister" else None
            if named is not None:
                return named
            p = self.match(self.ix.portfolios, j, first=False)
            if p:
                org = f"ministry-{p[1]}"
                j += p[0]
        if j < self.n and self.toks[j].al and self.toks[j].key in _POSTPOSED_DEPUTIES:
            # المدير العام المساعد للأمن الوطني X: the assistant's post of the title
            return j + 1, replace(entry, role=deputy_role(entry.role)), org
        k = j
        while (
            k < self.n
            and k - j < 3
            and not self.toks[k].punct
            and self.toks[k].key not in _POSTPOSED_DEPUTIES
            and (
                (self.toks[k].al and self.toks[k].key in _SKIP_MODIFIERS)
                # (one word of what it heads, with ل and the article: للجيوش)
                or (self.toks[k].norm.startswith("لل") and len(self.toks[k].norm) > 4)
            )
        ):
            k += 1
        if k > j and k < self.n and self.toks[k].al and self.toks[k].key in _POSTPOSED_DEPUTIES:
            # قائد الأركان العامة للجيوش المساعد X: the assistant chief, past the title's
            # adjective and what it heads
            return k + 1, replace(entry, role=deputy_role(entry.role)), org
        return j, entry, org

    def _second_given_name(self, i: int) -> bool:
        """A title's head that is a given name with the article (الأمين: Lemine), right
        after a given name without it and before one more word of a name that completes no
        title (محمد الأمين X: a name of three words, as the Sahel and Sudan write them; not
        محمد الأمين العام, X الأمين لحزب Y)."""
        t = self.toks[i]
        if not t.al or t.norm not in self.ix.given_with_article or i == 0 or i + 1 >= self.n:
            return False
        prev, nxt = self.toks[i - 1], self.toks[i + 1]
        return (
            not prev.al
            and not prev.punct
            and prev.key in self.ix.given_names
            and not nxt.punct
            and nxt.key not in _SKIP_MODIFIERS
            and nxt.norm[:1] != "ل"
            and self.title_at(i + 1) is None
            and self.name_like(i + 1, 2)
        )

    def _unit_place(self, k: int) -> tuple[int, object] | None:
        """A place at token k that the lexicon holds only with its unit's word (الخرج:
        محافظة الخرج, عبري: ولاية عبري, حائل: منطقة حائل), tried in the order of
        ``governed_unit_words``: (its words in the text, the place's entry), or None."""
        for unit in _UNIT_WORDS:
            hit = self.ix.places.longest([[unit]] + self.opts(k, False))
            if hit and hit[0] > 1:
                return hit[0] - 1, hit[1]
        return None

    def _monarch_word_named(self, i: int) -> bool:
        """A monarch's title that is also a given name (سلطان, أمير), without the article,
        opening a name: before a given name or a word of a name no lexicon holds (وسلطان
        زيدان), or before a family name with the article in ي (سلطان السبيعي), where the
        title is the state's or the place's (سلطان عمان, أمير منطقة الرياض, أمير الكويت,
        أمير المؤمنين)."""
        t = self.toks[i]
        base = t.firsts[-1] if t.firsts else t.key
        if (
            t.al
            or t.key not in (base, "و" + base)  # (لسلطان, بسلطان: to or by a sultan)
            or base not in _MONARCH_KEYS
            or base not in self.ix.given_names
        ):
            return False
        k = i + 1
        if k >= self.n or self.toks[k].punct or self._known(self.toks[k].norm):
            return False
        nxt = self.toks[k]
        if (
            self.country_name(k)
            or self.match(self.ix.places, k)
            or self.adjective(k)
            or nxt.key in _CITY_WORDS
            or nxt.key in _UNIT_ANAPHORS
            # (أمير حائل: a place the lexicon holds only with its unit's word, منطقة حائل)
            or self._unit_place(k) is not None
        ):
            return False
        if nxt.al:
            return nxt.norm in self.ix.given_with_article or (
                nxt.key[-1:] in ("ي", "ى") and len(nxt.key) >= 4
            )
        return nxt.key in self.ix.given_names or self.name_like(k, 1)

    def _minister_for(self, j: int) -> tuple[int, PostEntry, str | None] | None:
        """وزيرا للدفاع, وزيرة للخارجية: after a minister's title (ending before token j),
        the portfolio after ل (as one is named to a post): the post the title with the
        article names."""
        t = self.toks[j] if j < self.n else None
        if t is None or not t.norm.startswith("لل") or len(t.norm) < 5:
            return None
        rest = inner_key("ال" + t.norm[2:])  # للدفاع: ل and الدفاع
        sub = self.ix.posts.longest([["وزير"], [rest]] + self.opts(j + 1, False))
        if sub is None or sub[0] < 2 or sub[1].org == "ministry" or sub[1].head != "وزير":
            return None
        return j + sub[0] - 1, sub[1], sub[1].org

    def _nationals_state(self, a: int, b: int) -> str | None:
        """The state of a nationality in the plural among tokens a..b (والموريتانيين,
        التونسيين), or None."""
        for k in range(a, b):
            key = self.toks[k].firsts[-1]
            if key.endswith("يين") and (code := self.ix.adjectives.get(key[:-2])):
                return code
        return None

    def _unknown_city(self, end: int) -> int:
        """عمدة مدينة هيوستن X, رئيس بلدية X Y, عامل إقليم X Y: after a title ending at
        token ``end`` in a city's or a local unit's word without the article (or with one
        after it), one word no lexicon holds is the unit's name when a name, an honorific
        or a rank follows it (or a place's two words that a place opener opens; or, after
        a unit's word of its own, one word with the article): the token after it, else
        ``end``."""
        k = end + (end < self.n and self.toks[end].key in _CITY_WORDS)
        if self.toks[k - 1].key not in _CITY_WORDS or self.toks[k - 1].al:
            return end  # (والي الجهة X, محافظ المحافظة X: the unit's own, no name follows)
        one = self.name_at(k + 1) if k + 1 < self.n else None
        for m in (2, 3):
            # عامل إقليم مولاي يعقوب السيد X: a name of two or three words before an
            # honorific or a rank is the unit's, all of it (not جزين خليل حرفوش الدكتور Y:
            # a name of two words after the unit's one ends there, the honorific the guest's)
            if (
                k + m < self.n
                and not any(t.punct for t in self.toks[k : k + m])
                and (self.honorific(k + m) or self.match(self.ix.ranks, k + m))
                and not (one is not None and one[1] == k + m and one[1] - one[0] >= 2)
            ):
                return k + m
        if (
            k + 1 < self.n
            and self.toks[k].al
            and self.toks[k - 1].key not in self.ix.heads
            and self.toks[k].key not in self.ix.adjectives
            and self.name_at(k + 1) is not None
        ):
            return k + 1  # قائمقام قضاء الزبير X: the unit's name with the article
        if (
            k + 2 < self.n
            and self.toks[k].key in _PLACE_OPENERS
            and not self.toks[k + 1].punct
            and (
                self.name_at(k + 2) is not None
                or self.honorific(k + 2)
                or self.match(self.ix.ranks, k + 2)
            )
        ):
            return k + 2  # محافظ محافظة وادي زمور X: a place's name that such a word opens
        if (
            k + 1 < self.n
            and not self.toks[k].punct
            and not self.toks[k].al
            and (
                self.name_at(k + 1) is not None
                # (عامل إقليم X السيد Y: an honorific or a rank before the holder's name)
                or self.honorific(k + 1)
                or self.match(self.ix.ranks, k + 1)
            )
        ):
            return k + 1
        return end

    def _joined_domain(self, a: int, b: int) -> PostEntry | None:
        """وزيرة الاندماج الإفريقي والشؤون الخارجية X: the domain of a named ministry
        (foreign affairs, defence, interior, finance) joined with و to another portfolio in
        a minister's title (tokens a..b): that ministry's minister's entry, or None."""
        for k in range(a + 1, b):
            t = self.toks[k]
            if t.norm.startswith("و") and len(t.firsts) > 1:
                hit = self.ix.minister_domains.longest([[t.firsts[-1]]] + self.opts(k + 1, False))
                if hit is not None:
                    return hit[1]
        return None

    def _deputy_title(self, i: int) -> tuple[int, PostEntry, str | None] | None:
        """نائب مدير الأمن العام X, مساعد قائد القوات البحرية X: a deputy word (without the
        article: النائب X is a member of parliament) before a title that no lexicon names
        with it; the deputy's post of that title (:func:`deputy_role`)."""
        t = self.toks[i]
        if (
            t.al
            and i + 2 < self.n
            and not _DEPUTY_HEADS.isdisjoint(t.firsts)
            and self.toks[i + 1].key in _ORDINALS
            and self.toks[i + 2].norm[:1] == "ل"
        ):
            # النائب الأول لمستشار الأمن القومي X: the first deputy of the title after ل
            sub = self.title_at(i + 2)
            if sub is None:
                return None
            role = deputy_role(sub[1].role)
            return sub[0], replace(sub[1], role=role, bare=False, definite=False), sub[2]
        if t.al or i + 1 >= self.n or _DEPUTY_HEADS.isdisjoint(t.firsts):
            return None
        sub = self.title_at(i + 1)
        if sub is None:
            return None
        role = deputy_role(sub[1].role)
        return sub[0], replace(sub[1], role=role, bare=False, definite=False), sub[2]

    def modifiers(self, j: int) -> tuple[int, dict]:
        """Nationality, construct state, rank, honorific, status, sub-unit after a title."""
        m: dict = {
            "country": None,
            "rank": None,
            "status": "current",
            "org": None,
            "country_at": None,
            "held_in": None,  # the state after في / لدى: the host of an ambassador
            "own": False,  # the state is the article's own: سفير المملكة, مندوب البلاد
            "host": None,  # the state where the post is held, whatever the preposition
            "org_words": False,  # words of the unit the post heads were read
        }
        steps = 0
        while j < self.n and steps < 10:
            steps += 1
            t = self.toks[j]
            if t.key in _AMBASSADOR_PLURALS or t.key in _PLURAL_TITLES:
                break  # استقبل الملك السفراء الجدد لدى X: whom he received, not his post's words
            if (
                m["country"] is None
                and j > 0
                and not _LOCAL_SERVICES.isdisjoint(self.toks[j - 1].firsts)
                and (city := self.match(self.ix.places, j)) is not None
                and isinstance(city[1], dict)
                and city[1].get("country")
                # (not شرطة عمان السلطانية: an adjective makes the word another's name)
                and not (
                    j + city[0] < self.n
                    and self.toks[j + city[0]].al
                    and not self.match(self.ix.ranks, j + city[0])
                    and not self.honorific(j + city[0])
                )
            ):
                # مدير شرطة أبوظبي X, القائد العام لشرطة دبي X: the city's service, of
                # the city's state
                m["country"], m["country_at"] = city[1]["country"], j
                j += city[0]
                m["org_words"] = True
                continue
            if (
                t.key in _HEADED_BY
                and not t.al  # (not بالرئاسة, at the presidency)
                and j + 1 < self.n
                # (not المستشار برئاسة الجمهورية X: at the presidency, a body)
                and (not self.toks[j + 1].al or self.title_at(j + 1) or self.honorific(j + 1))
            ):
                break  # استقبل الوزير بعثة الصندوق برئاسة X: the mission's head, not his
            if t.norm[:1] in "لب" and self._monarch_called(j + 1):
                break  # تحيات الرئيس الإيراني للسلطان هيثم: to whom, a monarch, not a field
            dean = next((len(w) for w in _ENVOY_FUNCTIONS if self._words_at(j, w)), 0)
            if dean:
                j += dean  # سفير دولة فلسطين وعميد السلك الدبلوماسي X: among his peers
                continue
            if (
                m["country"] is None
                and t.norm[:1] == "ل"
                and (body := self.match(self.ix.bodies, j)) is not None
            ):
                # الأمين العام للجنة المحيط الهندي X, لمنظمة الدول الأمريكية: an
                # international body's name, whose words hold no state of the post
                j += body[0]
                m["org_words"] = True
                continue
            if (
                m["country"] is None
                and t.norm[:1] in "بل"
                and t.key not in self.ix.heads
                and t.key not in _ORG_HEADS
                and self.title_at(j) is not None
                and self.title_at(j)[1].role not in ("official", "director_general")
                and not self.toks[j].norm.startswith(("لل", "بال"))
            ):
                break  # والتقى رئيس الأركان بوزير الدفاع X, أكد الرئيس لوزير X: the object's title
            if (
                t.text == "/"
                and j + 1 < self.n
                and (
                    self.name_at(j + 1) or self.honorific(j + 1) or self.match(self.ix.ranks, j + 1)
                )
            ):
                j += 1  # رئيس الجمهورية / X, اللواء / X, السيد / X: a slash before the name
                continue
            if (
                t.key in _EACH_OF
                and m["country"] is None
                and j + 2 < self.n
                and self.toks[j + 1].norm == "من"
                and self.country_name(j + 2)
            ):
                j += 2  # وزراء خارجية كل من قطر X وتونس Y: each state's
                continue
            if t.text == "(":
                close = next(
                    (k for k in range(j + 1, min(j + 6, self.n)) if self.toks[k].text == ")"), None
                )
                if close is not None:
                    j = close + 1  # قائد القيادة الأمريكية في أفريقيا (أفريكوم)، X: an acronym
                    continue
            if t.text in _PUNCT_SKIP and m["country"] is None and (at := self._state_closing(j)):
                m["country"], m["country_at"] = at[1], j + 1
                j = at[0]  # X، وزير الخارجية والتعاون، بجمهورية مالي.: the state ends the item
                continue
            code = self.adjective(j)
            if code and self._nationality_given(j):
                break  # وزير الرياضة السعودي تركي X: the holder's given name, no second state
            if code and not t.norm.startswith(("و", "ف")) or (code and t.key in self.ix.adjectives):
                if m["country"] is None:
                    m["country"], m["country_at"] = code, j
                j += self.adjective_len(j)
                if j < self.n and self.toks[j].key in _GENERAL_AFTER_STATE:
                    j += 1  # القنصل البريطاني العام X: consul general, the state between
                continue
            if region := self.region_at(j):
                j += region  # رئيس برلمان أمريكا الوسطى: the body's region, no state
                continue
            if m["country_at"] is not None and (
                tail := self._portfolio_after_state(j, m["country"])
            ):
                j = tail  # وزير الخارجية الغاني والتعاون الإقليمي X: the portfolio goes on
                continue
            c = self.country_name(j)
            if (
                c
                and (m["country"] is not None or self.toks[j - 1].al)
                and self._country_as_given(j)
            ):
                break  # رئيسة الوزراء الإيطالية جورجيا X: the name opens with a state's
            if c and not t.norm.startswith("و"):
                by = t.norm[:1] == "ب" and self.match(self.ix.countries, j, first=False) is None
                if m["country"] is None and by and m["held_in"] is None:
                    # الملحق العسكري بالمملكة المتحدة: where the post is held (an envoy's
                    # host; any other post's state)
                    m["held_in"] = c[1]
                elif m["country"] is None:
                    m["country"], m["country_at"] = c[1], j
                elif (t.norm[:1] == "ل" or by) and c[1] != m["country"]:
                    m["host"] = m["host"] or c[1]  # المبعوث الأمريكي الخاص للسودان: its host
                j += c[0]
                continue
            if (k := self._own_second_title_end(j)) is not None:
                j = k  # سفير العراق لدى مصر ومندوبها الدائم لدى الجامعة، X: his second post
                continue
            r = self.match(self.ix.ranks, j)
            if (
                r
                and t.norm[:1] in "بلك"
                and not self.match(self.ix.ranks, j, first=False)
                and self.name_at(j + r[0])
            ):
                break  # التقى X القائد العام اليوم بالفريق Y: the rank opens the verb's object
            if r:
                if (
                    r[0] == 1
                    and t.key in self.ix.given_names
                    and (not self.name_at(j + 1) or (not t.al and self._after_honorific(j)))
                    and self.name_at(j)
                ):
                    # عماد الكعبي: a given name that is also a rank (العماد, general); one
                    # without the article before a name, after a civil honorific, is his
                    # given name too (المهندس رائد أبو X: رائد, not the rank الرائد; but
                    # قائد الجيش عماد X: the Lebanese rank written bare)
                    break
                after = j + r[0]
                if (
                    not t.al
                    and after < self.n
                    and self.toks[after].al
                    and self.toks[after].key not in _RANK_QUALIFIERS
                    and not self.name_at(after)
                ):
                    break  # قائد فريق الإنقاذ: فريق (a team) in construct, not a rank
                if t.norm[:1] == "و" and not self.match(self.ix.ranks, j, first=False):
                    break  # وزير الدفاع واللواء X: the next person of a list
                m["rank"] = r[1]
                j += r[0]
                while j < self.n and self.toks[j].key in _RANK_QUALIFIERS:
                    j += 1  # اللواء الركن طيار X
                continue
            style = next((len(w) for w in _SOVEREIGN if self._words_at(j, w)), 0)
            if style and m["country"] is None:
                m["own"] = True  # سفير صاحب الجلالة لدى X: the king's, the article's own
                j += style
                continue
            if m["org_words"] and self._grade_opens(j) and not self._clitic_len(j, j + 1):
                j += 1  # مدير إدارة المراسم السفير X: the diplomat's grade, as an honorific
                continue
            grade = self.title_at(j) if t.al else None
            if (
                grade
                and grade[0] == j + 1
                and grade[1].role == "adviser"
                and self.name_at(j + 1)
                and not self._clitic_len(j, j + 1)
            ):
                j += 1  # رئيس مجلس النواب المستشار X: a judge's grade, as an honorific
                continue
            h = self.honorific(j)
            if h and self._doubled(j) and self.name_like(j, 0):
                break  # وزير الزراعة السيد السيد X: the second السيد is his given name
            if h and t.norm[:1] in "بلو" and not self.match(self.ix.honorifics, j, first=False):
                # رحب رئيس الوزراء بسمو الأمير Y: the honorific opens the object; مدير
                # الديوان والسيد Y: the next item of a list, whose title comes after Y
                break
            if h:
                j += h[0]
                continue
            if t.key in ("امير", "اميره") and (self.name_at(j + 1) or self.honorific(j + 1)):
                j += 1  # الأمير before a name, after a post, is a title of nobility
                continue
            if t.norm[:1] in "لب" and inner_key(t.norm[1:]) in _STATE_WORDS:
                code = self.adjective(j + 1)
                cn = None if code else self.country_name(j + 1)
                if code or cn:
                    if m["country"] is None:
                        m["country"], m["country_at"] = code or cn[1], j
                    j += 1 + (cn[0] if cn else 1)
                    continue
            if t.key in _STATE_WORDS and not t.al and self.country_name(j + 1):
                # سفير جمهورية رومانيا: the state named with its style
                cn = self.country_name(j + 1)
                if m["country"] is None:
                    m["country"], m["country_at"] = cn[1], j
                j += 1 + cn[0]
                continue
            if (
                t.key in _FRIENDSHIP
                and (m["country"] is not None or m.get("held_in") is not None)
                # (الصديق before a name is his given name: سفير ليبيا الصديق X)
                and (t.norm.endswith(("ة", "ه")) or not self.name_at(j + 1))
            ):
                j += 1  # سفير جمهورية الصين الشعبية الصديقة لدى بلادنا X: the state's epithet
                if m["country"] is None and self.name_at(j) is not None:
                    break  # وزير الخارجية بدولة الكويت الشقيقة X: the state's name closed
                continue
            if (
                t.norm in _AT_PREPS
                and j + 1 < self.n
                and self.toks[j + 1].al
                and self.toks[j + 1].key in _STATE_WORDS
                and not self.country_name(j + 1)
            ):
                j += 2  # سفير X لدى البلاد: the host is the state the article is about
                continue
            if t.norm in _AT_PREPS and j + 1 < self.n and self.toks[j + 1].norm in _OUR_LAND:
                j += 2  # سفيرة فرنسا لدى بلادنا X: "our country", the article's
                continue
            if t.key in _FORMER:
                m["status"] = "former"
                j += 1
                continue
            if t.key in _DESIGNATE and not (
                not t.al and t.key in self.ix.given_names and self.name_at(j)
            ):  # معين العلي: a given name, not "appointed"
                m["status"] = "designate"
                m["charged"] = t.key in _CHARGED
                j += 1
                if j < self.n and self.toks[j].key in _DESIGNATE_ADVERBS:
                    j += 1  # الرئيس المنتخب حديثا X: newly elected
                if m["charged"]:
                    # (الرئيس المكلف بتشكيل الحكومة X: tasked with forming a government)
                    m["forming"] = (
                        j + 1 < self.n
                        and self.toks[j].key in _FORMING
                        and self.toks[j + 1].key in _GOVERNMENT_WORDS
                    )
                    j = self._charged_with(j)  # المكلف بالعلاقات مع البرلمان X
                continue
            if t.key in _RESPONSIBLE and j + 2 < self.n and self.toks[j + 1].norm == "عن":
                # نائب رئيس الوزراء المسؤول عن الشؤون الاقتصادية X: the title's brief
                k = self._charged_with(j + 1, preposition=False)
                if k > j + 1:
                    j = k
                    continue
            if (
                t.norm[:1] == "ب"
                and len(t.norm) > 3
                and (
                    hit := self.ix.places.longest(
                        [[inner_key(t.norm[1:])]] + self.opts(j + 1, False)
                    )
                )
                # (not a venue: استقبل الرئيس بقصر قرطاج X, where he received X)
                and not (isinstance(hit[1], dict) and hit[1].get("kind") == "venue")
            ):
                j += hit[0]  # سفير مصر بصنعاء X, بالخرطوم: where the post is held
                if isinstance(hit[1], dict) and hit[1].get("country"):
                    m["host"] = m["host"] or hit[1]["country"]
                continue
            if (
                t.key in _SKIP_MODIFIERS or (self._wa(j) and t.key[1:] in _SKIP_MODIFIERS)
            ) and not self.match(self.ix.officials, j):
                # (سفير كندا) المفوض والمعتمد (لدى ...), فوق العادة; not the first word of
                # a name the gazetteer knows (المنسق الخاص في لبنان غير X: Geir, not non-)
                j += 1
                continue
            if t.key in _HIS_LAND and m["country"] is None and j > 0:
                code = self._last_state_before(t.idx, t.sent)
                if code:
                    m["country"] = code  # يضم سفير بلاده X: the state of him named before
                    j += 1
                    continue
            out = next((len(w) for w in _OUTGOING if self._words_at(j, w)), 0)
            if out:
                j += out  # رئيس الصومال المنتهية ولايته X: still in office until he leaves
                continue
            if (
                t.al
                # المندوب الدائم للمملكة لدى X: "of the kingdom" too
                and (t.key in _STATE_WORDS or (t.norm[:2] == "لل" and t.firsts[-1] in _STATE_WORDS))
                and m["country"] is None
                and not self.country_name(j)
                and not self.adjective(j + 1)
            ):
                m["own"] = True  # سفير المملكة لدى X: the kingdom the article is about
                j += 1
                continue
            if (
                t.norm in _AT_PREPS
                and j + 2 < self.n
                and self.toks[j + 1].key in _STATE_WORDS
                and self.country_name(j + 2)
            ):
                # وزير الطاقة في جمهورية كينيا X: the state named with its style
                cn = self.country_name(j + 2)
                if t.norm == "في":
                    m["held_in"] = cn[1]
                m["host"] = m["host"] or cn[1]
                j += 2 + cn[0]
                continue
            if t.norm[:1] == "ب" and not t.al and len(t.norm) > 3:
                rest = [[inner_key(t.norm[1:])]] + self.opts(j + 1, False)
                cn = self.ix.countries.longest(rest)
                if cn is None and inner_key(t.norm[1:]) in _STATE_WORDS:
                    cn2 = self.country_name(j + 1)
                    cn = (cn2[0] + 1, cn2[1]) if cn2 else None
                if cn is not None:
                    # وزير الطاقة بجنوب السودان, سفير مصر بالسعودية: where the post is
                    # held (a minister's state, an ambassador's host)
                    m["held_in"] = cn[1]
                    m["host"] = m["host"] or cn[1]
                    j += cn[0]
                    continue
            if (
                t.key == "لدي"
                and (under := self.title_at(j + 1)) is not None
                and under[1].role.endswith("minister")
                and under[1].head in ("وزير", "وزيره")
            ):
                # كاتب الدولة لدى وزير الشؤون الخارجية, الوزير المنتدب لدى وزير الداخلية:
                # the minister he serves under names his ministry, not a second post
                m["org"] = m["org"] or under[2]
                j = under[0]
                continue
            if t.norm in _HOST_PREPS and (body := self.match(self.ix.bodies, j + 1)):
                j += 1 + body[0]  # مندوب الكويت الدائم لدى جامعة الدول العربية X
                continue
            if (
                t.al
                and t.key in _RESIDENT
                and j + 2 < self.n
                and self.toks[j + 1].norm in _AT_PREPS
                and (seat := self.match(self.ix.places, j + 2) or self.country_name(j + 2))
            ):
                j += 2 + seat[0]  # سفير النرويج في نواكشوط المقيم في باماكو X: his seat
                continue
            if t.norm in _HOST_PREPS and (
                self.country_name(j + 1) or self.match(self.ix.places, j + 1)
            ):
                # where the post is held: السفير التركي لدى دمشق, المبعوث إلى سوريا
                hit = self.country_name(j + 1) or self.match(self.ix.places, j + 1)
                if t.norm == "في" and self.country_name(j + 1):
                    m["held_in"] = hit[1]
                m["host"] = m["host"] or (
                    hit[1] if isinstance(hit[1], str) else hit[1].get("country")
                )
                j += 1 + hit[0]
                while (
                    j < self.n
                    and self.toks[j].norm[:1] == "و"
                    and (
                        self.ix.countries.longest([[inner_key(self.toks[j].norm[1:])]])
                        or self.ix.places.longest([[inner_key(self.toks[j].norm[1:])]])
                    )
                ):
                    j += 1  # إلى الشرق الأوسط وإفريقيا
                continue
            if (
                t.norm == "في"
                and j + 2 < self.n
                # (القنصل العام في X Y: an envoy's post abroad, not استقبل الوزير في مكتبه Y)
                and any(
                    not _POSTED_HEADS.isdisjoint(self.toks[x].firsts)
                    for x in range(max(0, j - 4), j)
                )
                and not re.search("(ه|ها|هم|هما)$", self.toks[j + 1].text)
                and not self.toks[j + 1].al
                and not self.toks[j + 1].punct
                and self.toks[j + 1].key not in self.ix.function_words
                and self.toks[j + 1].key not in self.ix.given_names
                and not self._known(self.toks[j + 1].norm)
                and self.title_at(j + 1) is None
                and (after := self.name_at(j + 2)) is not None
                and after[1] - after[0] >= 2
            ):
                j += 2  # القنصل العام في بورسودان X Y: a city no lexicon holds, then the name
                continue
            if (
                t.norm == "عن"
                and j > 0
                and self.toks[j - 1].key in _MP_HEADS
                and j + 2 < self.n
                and self.toks[j + 1].key in _CONSTITUENCY_NOUNS
            ):
                # النائب عن كتلة "بدر" X, النائب عن محافظة البصرة X: the bloc or the seat
                # he holds, then his name
                k = j + 2
                if self.toks[k].text in _QUOTES and (shut := self._quote_end(k)):
                    k = shut
                elif self.toks[k].al or (cn := self.country_name(k)):
                    k += 1
                    while k < self.n and self.toks[k].al and not self.name_at(k):
                        k += 1
                else:
                    k += 1  # one word with no article: the bloc's or the place's name
                for x in (j + 1, j + 2):
                    place = self.match(self.ix.places, x)
                    if place and m["country"] is None and place[1].get("country"):
                        m["country"], m["country_at"] = place[1]["country"], x
                        break
                j = k
                m["org_words"] = True
                continue
            org = self.org_phrase(j)
            if org is not None:
                j, org_id, code = org
                if j < self.n and self.toks[j].norm[:1] == "و":
                    j = self.portfolio_tail(j)  # الأمين العام لوزارة الخارجية وشؤون المغتربين
                m["org"] = m["org"] or org_id
                m["org_words"] = True
                if code and m["country"] is None:
                    m["country"], m["country_at"] = code, j
                continue
            if (
                t.norm.startswith("ل")
                and len(t.norm) > 3
                and j + 2 < self.n
                and self.toks[j + 1].key in _PLURAL_TITLES
                and not self.toks[j + 1].al
                and self.toks[j + 2].al
            ):
                # الأمين العام لمجلس وزراء الداخلية العرب X: a body of ministers (of
                # envoys, of chiefs) in construct, the unit the post heads, not a post
                j += 2
                while j < self.n and j - 2 < 6 and self.toks[j].al and not self.adjective(j):
                    j += 1
                m["org_words"] = True
                continue
            if t.norm.startswith("لل") or (
                t.norm.startswith("ل")
                and len(t.norm) > 3
                and (
                    inner_key(t.norm[1:]) in ("شوون",)
                    or (
                        # المبعوث الخاص لنزاع الصحراء X: a field in construct, not a name
                        j + 1 < self.n
                        and self.toks[j + 1].al
                        and t.key not in self.ix.given_names
                        and t.norm[1:] not in self.ix.given_names
                    )
                )
            ):
                # a sub-unit or a field: المدير العام للدفاع والأمن, نائب الوزير للشؤون السياسية
                if (
                    inner_key(t.norm[1:]) == "شوون"
                    and j + 2 < self.n
                    and self.toks[j + 1].key in _OFFICES
                    and (sub := self.title_at(j + 2)) is not None
                ):
                    # لشؤون مكتب النائب الأول لرئيس الوزراء ووزير الخارجية: the office's
                    # principal and his posts are the field, no post of the name after it
                    k = self.modifiers(sub[0])[0]
                    while (
                        not sub[1].bare
                        and k < self.n
                        and self.toks[k].norm[:1] == "و"
                        and (nxt := self.title_at(k))
                        # (the principal's cabinet posts; والمتحدث باسم الوزارة is the name's)
                        and (nxt[1].role.endswith("minister") or "head_of" in nxt[1].role)
                    ):
                        k = self.modifiers(nxt[0])[0]
                    j = k
                    m["org_words"] = True
                    continue
                j += 1
                m["org_words"] = True
                n_words = 0
                while (
                    j < self.n
                    and n_words < 4
                    and self.toks[j].al
                    and not self.adjective(j)
                    and not self.match(self.ix.ranks, j)
                    and self.org_phrase(j) is None
                    # نائب وزير النقل لشؤون الطرق الرئيس التنفيذي للهيئة X: a title of two
                    # words opens a second post, no word of the field
                    and not (
                        n_words
                        and (second := self.title_at(j)) is not None
                        and second[0] - j >= 2
                        and not second[1].bare
                    )
                ):
                    j += 1
                    n_words += 1
                if (
                    n_words
                    and j < self.n
                    and self.toks[j].norm[:1] == "و"
                    # (نائب رئيس الوزراء للتنمية البشرية وزير الصحة: a second post, whose
                    # head begins with و, not و + a field)
                    and not (self.toks[j].key in self.ix.heads and self.title_at(j))
                ):
                    j = self.portfolio_tail(j)  # الأمين العام لوزارة الخارجية وشؤون المغتربين
                if (
                    j + 1 < self.n
                    and n_words
                    and self.toks[j].norm.endswith("يه")
                    and self.toks[j + 1].text in _PUNCT_SKIP
                    # (للقوات البحرية اليونانية، : a state's adjective, the post's state)
                    and not self.adjective(j)
                ):
                    j += 1  # للشؤون العربية والشرق أوسطية، X: an adjective closes the field
                continue
            if (
                t.text in _APPOSITION
                and j + 1 < self.n
                and (
                    self.toks[j + 1].norm[:1] != "و"
                    or self.toks[j + 1].key in self.ix.given_names  # وليد, وائل
                )
                # الرئيس، في قصر الرئاسة، X: an aside of place, then whom he received
                and self.toks[j + 1].norm not in _AT_PREPS
                and not (  # ، بقصر الرئاسة، X
                    self.toks[j + 1].norm[:1] == "ب"
                    and inner_key(self.toks[j + 1].norm[1:]) in _VENUE_HEADS
                )
            ):
                # a comma between the post and the name: وزير داخلية مصر، اللواء X
                k, m2 = self.modifiers(j + 1) if not self.name_at(j + 1) else (j + 1, {})
                if k > j + 1 and self.name_at(k) or k == j + 1 and self.name_at(k):
                    m["rank"] = m["rank"] or m2.get("rank")
                    if m["country"] is None and m2.get("country"):
                        m["country"], m["country_at"] = m2["country"], m2["country_at"]
                    j = k
                break
            if (unit := self._unit_after(j)) is not None:
                j, code = unit  # الوالي الجديد لولاية X Y: the unit, then the name
                if code and m["country"] is None:
                    m["country"], m["country_at"] = code, j
                m["org_words"] = True
                continue
            run = self.org_run(j)
            if run is not None:
                # قائد المنطقة العسكرية الرابعة اللواء X, مدير الأمن العسكري العميد X: the
                # organisation phrase runs from the head to the rank or honorific
                if run[1] and self._names_body(j, run[0]):
                    m["held_in"] = run[1]  # ممثلة اليونيسف في لبنان: where, not whose
                elif run[1] and m["country"] is None:
                    m["country"], m["country_at"] = run[1], run[0]
                j = run[0]
                m["org_words"] = True
                continue
            break
        return j, m

    def _unit_after(self, j: int) -> tuple[int, str | None] | None:
        """After a title, a local unit's word with لـ and its name, past "new" (الوالي
        الجديد لولاية X Y, المحافظ لمحافظة X Y), when a name follows: (the token of that
        name, the state of a place a lexicon holds), or None. A name no lexicon holds is
        one word."""
        k = j + (j < self.n and self.toks[j].al and self.toks[j].key in _NEW_HOLDER)
        if k + 2 >= self.n or self.toks[k].norm[:1] != "ل" or self.toks[k].al:
            return None
        if inner_key(self.toks[k].norm[1:]) not in _CITY_WORDS:
            # الوالي الجديد لعين تموشنت X: the place itself after لـ, a lexicon's
            hit = self.ix.places.longest(
                [[inner_key(self.toks[k].norm[1:])]] + self.opts(k + 1, False)
            )
            if (
                k > j  # (only after "new": والي لX is rare, لـ + a word common)
                and hit is not None
                and isinstance(hit[1], dict)
                and hit[1].get("country")
                and hit[1].get("kind") != "venue"
                and self.name_at(k + hit[0]) is not None
            ):
                return k + hit[0], hit[1]["country"]
            return None
        t = self.toks[k + 1]
        where = self.match(self.ix.places, k + 1)
        if where is not None and isinstance(where[1], dict) and where[1].get("country"):
            end = k + 1 + where[0]
            return (end, where[1]["country"]) if self.name_at(end) is not None else None
        if (
            t.punct
            or t.al
            or where is not None
            or self.country_name(k + 1)
            or self._known(t.norm)
            or self.name_at(k + 2) is None
        ):
            return None
        return k + 2, None

    def _charged_with(self, j: int, *, preposition: bool = True) -> int:
        """Past what a minister is charged with (المكلف بالعلاقات مع البرلمان, المكلفة
        بالشؤون الإفريقية والتعاون): بـ on a noun (or, with ``preposition`` False, the
        separate عن at j: المسؤول عن الشؤون الاقتصادية), then nouns with the article,
        joined by و or مع; the end, where the holder's name, rank, honorific, a comma or a
        nationality follows, else ``j`` unchanged."""
        if j >= self.n:
            return j
        if not preposition:
            if (
                self.toks[j].norm != "عن"
                or j + 1 >= self.n
                or not ({self.toks[j + 1].key, self.toks[j + 1].norm} & _BRIEF_HEADS)
            ):
                return j  # (a brief's field, not an event: المسؤول عن التفجير)
        elif self.toks[j].norm[:1] != "ب" or len(self.toks[j].norm) < 4:
            return j
        k = j + 1
        while k < self.n and k - j < _ORG_RUN_MAX:
            t = self.toks[k]
            if t.norm == "مع" and k + 1 < self.n and self.toks[k + 1].al and preposition:
                k += 2
            elif (t.al or t.norm.startswith("وال")) and not (
                self.adjective(k) or self.name_at(k) or self.honorific(k)
            ):
                k += 1  # (not السيد/ X: the holder's honorific)
            else:
                break
        if not preposition and k < self.n and self.adjective(k):
            return j  # (المسؤول عن الملف النووي الإيراني X: whose file, not the title's state)
        return k if k < self.n and self._holder_follows(k) else j

    def _holder_follows(self, k: int) -> bool:
        """What may follow a title's words at token k: a comma, the holder's name, rank or
        honorific, a nationality or a state."""
        return bool(
            self.toks[k].text in _APPOSITION
            or self.name_at(k)
            or self._holder_opens(k)
            or self.adjective(k)
            or self.country_name(k)
        )

    def portfolio_tail(self, j: int) -> int:
        """Past the further portfolios a minister's title joins with و (وزير الخارجية
        والتعاون الإفريقي ومغاربة العالم, وزيرة الخارجية والكومنولث والتنمية): the end of
        the words, when the holder's name, rank, honorific, nationality or a comma follows
        them; else ``j`` unchanged."""
        k = j
        while k < self.n and k - j < _ORG_RUN_MAX:
            t = self.toks[k]
            rest = t.norm[1:] if t.norm[:1] == "و" else ""
            if (
                rest.startswith("ال")
                and not any(f in self.ix.heads for f in t.firsts)
                # والشيخ X, والأمير X, واللواء X: the next person of a list, not a portfolio
                and not self.honorific(k)
                and not self.match(self.ix.ranks, k)
                and inner_key(rest) not in ("امير", "اميره")
            ):
                k += 1
            elif (
                k > j
                and (t.al or t.norm.startswith(("بال", "لل")))
                and not self.adjective(k)
                # (وزير الاقتصاد والمالية المختار ولد X: a given name with the article)
                and not (t.norm in self.ix.given_with_article and self.name_at(k))
            ):
                k += 1
            elif (
                rest
                and k + 1 < self.n
                and self.toks[k + 1].al
                and not self.name_at(k)
                and inner_key(rest) not in self.ix.heads  # ووزير الداخلية: a second post
                and inner_key(rest) not in self.ix.given_names  # وحمد X: the next person
            ):
                k += 1  # ومغاربة العالم
            else:
                break
        if k == j or k >= self.n:
            return j
        return k if self._holder_follows(k) or self.toks[k].norm in _AT_PREPS else j

    def org_run(self, j: int) -> tuple[int, str | None] | None:
        """The words of an organisation phrase from token j up to the holder's name:
        (token where the name, its rank or honorific, or the comma before it starts; the
        state named in the phrase) or None. The words are those a unit's name is made of:
        nouns with the article, nouns in construct before one (قوات الحدود, لقوة دفاع
        البحرين), ordinals, nationalities and states. The phrase ends at a rank or an
        honorific, at a comma or dash before a name, or at a known given name that starts
        a name; anything else (a verb, a conjunction, a word that is none of these) means
        the words were not a unit's name, and nothing is read."""
        t0 = self.toks[j]
        if t0.key in _DAY_WORDS:
            return None  # الرئيس، اليوم، X: a time, never a unit's name
        if not t0.al and self._surname_named_before(j):
            # شكر القنصل الفرنسي تروكاز اللواء X: the consul named before by his family
            # name, then whom he thanked; no unit's name
            return None
        if t0.norm in _KIN_PRONOUNS:
            return None  # رئيس الدولة أخاه الشيخ X: whom he honours, no unit's name
        if t0.norm in _APPOINT or (t0.norm[:1] in "بو" and t0.norm[1:] in _APPOINT):
            return None  # الرئيس اليمني بتعيين X: what he decreed, no unit's name
        if t0.norm[:1] in "بف" and inner_key(t0.norm[1:]) in _VENUE_HEADS:
            return None  # الرئيس المالي بمطار الجزائر الدولي: where, not a unit's name
        if self._feminine(j) and self.title_at(j):
            return None  # رئيس مجلس الشورى رئيسة البرلمان X: a woman's post, someone else's
        if not t0.al and t0.key in _BODY_HEADS:
            return None  # التقى الوزير ممثل الشركة X: another's title, not the minister's unit
        if t0.key in _VISITING_BODIES and j > 0 and self.toks[j - 1].al:
            # استقبل الوزير بعثة الصندوق برئاسة X, وزير المالية بعثة ...: a title whose last
            # word has the article governs no noun after it; the unit is the object's
            return None
        name = (
            None
            if (t0.al and t0.norm not in self.ix.given_with_article)
            or t0.key in _ORG_HEADS
            or (t0.key in _UNIT_NOUNS and j + 1 < self.n and self.toks[j + 1].al)
            # رئيس الاتحاد العربي لكرة القدم: a nisba after a masculine body noun with the
            # article agrees with it, its adjective, no given name (not الحكومة المهدي X)
            or (
                t0.al
                and t0.norm.endswith("ي")
                and j > 1
                and self.toks[j - 1].al
                and not self.toks[j - 1].norm.endswith("ة")
                and (
                    self.toks[j - 1].key in _ORG_HEADS
                    # (رئيس منتدى الإعلام العربي X: the body's noun in construct before it)
                    or (not self.toks[j - 2].al and self.toks[j - 2].key in _ORG_HEADS)
                )
            )
            # قائد قوات درع الجزيرة: a unit's head noun without the article governs the
            # words after it, its name, no person's
            or (j > 0 and not self.toks[j - 1].al and self.toks[j - 1].key in _UNIT_NOUNS)
            # مدير جهاز حماية المستهلك: after a body's head noun in construct, its name
            or (
                j > 0
                and not self.toks[j - 1].al
                and self.toks[j - 1].key in _ORG_HEADS
                and j + 1 < self.n
                and self.toks[j + 1].al
                and t0.key not in self.ix.given_names
            )
            else self.name_at(j)
        )
        if name and (
            not (self._holder_opens(name[1]) or self._holder_past_adjectives(name[1]))
            # رئيس الوزراء العراقي سامي X اللواء Y: a known given name opens the holder's
            # name, and the rank after it opens whom he received
            or (not t0.al and t0.key in self.ix.given_names)
        ):
            return None  # the name itself follows the post (not قوات خفر السواحل العميد X)
        if not self.toks[j].al and self.match(self.ix.ranks, j):
            return None  # قائد فريق الإنقاذ: a team's leader (فريق), not a unit's commander
        code = None
        k = j
        after_state = False  # the word before named a state or a place: a name may follow
        while k < self.n and k - j < _ORG_RUN_MAX:
            t = self.toks[k]
            if k > j and (
                self._holder_opens(k)
                or self._grade_opens(k)
                or (after_state and not t.al and self.name_at(k))
                # مجلس الكتاب العدل X: a word without the article after a definite one
                # continues no construct, so a name that starts there is the holder's
                or (
                    self.toks[k - 1].al
                    and not t.al
                    and t.key not in _ORG_HEADS
                    and not self._construct_ahead(k)
                    and self.name_at(k)
                )
                or (
                    (
                        t.key in self.ix.given_names
                        and not t.al
                        or t.norm in self.ix.given_with_article
                    )
                    and self.name_at(k)
                )
                or (t.text in _APPOSITION and (self.name_at(k + 1) or self._holder_opens(k + 1)))
            ):
                return k, code
            if (t.punct or t.key in _DAY_WORDS) and k > j:
                # X، قائد القيادة العسكرية الأمريكية، ...: the holder was named before;
                # قائد الجيش اليوم ...: a time ends the unit's name
                return k, code
            if (
                t.norm in _ACCREDITED_TO
                and k + 1 < self.n
                and self.toks[k + 1].norm in _OUR_LAND
                and after_state
            ):
                k += 2  # القائم بأعمال السفارة الصينية لدى بلادنا X: "our country"
                continue
            if t.norm in _ACCREDITED_TO and (cn := self.country_name(k + 1)):
                k += 1 + cn[0]  # سفير المملكة لدى الأردن: the host, not the post's state
                after_state = True
                continue
            if (
                t.norm in _HOST_PREPS
                and k + 1 < self.n
                and self.toks[k + 1].al
                # (السفير الصيني إلى الحاج X: to whom, a style after the preposition)
                and not self._holder_opens(k + 1)
            ):
                k += 1  # مندوب فرنسا الدائم لدى الأمم المتحدة X: where the post is held
                continue
            if t.norm in _HOST_PREPS and k > j:
                where = self.country_name(k + 1) or self.match(self.ix.places, k + 1)
                if where:
                    if (
                        self.country_name(k + 1)
                        and t.norm not in _ACCREDITED_TO
                        # (القائم بأعمال السفارة في مصر: where the embassy is, its host)
                        and all(_EMBASSY_WORDS.isdisjoint(self.toks[x].firsts) for x in range(j, k))
                    ):
                        # in a state: the unit's (لدى, إلى: where it is accredited)
                        code = code or where[1]
                    k += 1 + where[0]  # قائد القيادة الأمريكية في إفريقيا
                    after_state = True
                    continue
                if (
                    k + 2 < self.n
                    and not self.toks[k + 1].al
                    and not _ORG_HEADS.isdisjoint(self.toks[k + 1].firsts[:1])
                    and self._construct_ahead(k + 1)
                ):
                    k += 2  # قائد مجموعة الدعم في قوة الأمن الداخلي: the body it is in
                    after_state = False
                    continue
                for m in range(k + 2, min(k + 4, self.n)):
                    if self.toks[m].punct and self.toks[m].text != "(":
                        # a region no lexicon lists, then the end of the phrase: the
                        # holder was named before (X، قائد القيادة الأمريكية في أفريقيا،)
                        return m, code
            if k > j and (op := self.org_phrase(k)):
                # مدير الإدارة الإعلامية في وزارة الخارجية السعودية: the unit's ministry
                k, code = op[0], code or op[2]
                after_state = op[2] is not None
                continue
            if (
                t.norm.startswith("وال")
                and k > j
                and self.toks[k - 1].al
                and not self.adjective(k - 1)
                and not any(f in self.ix.heads for f in t.firsts)
            ):
                k += 1  # المجلس الاقتصادي والاجتماعي: a second word of the unit's name
                after_state = False
                continue
            if t.key in _STATE_WORDS and not t.al and (cn := self.country_name(k)):
                # سفارة جمهورية أذربيجان: the state named with its style
                code = code or cn[1]
                k += cn[0]
                after_state = True
                continue
            if (
                k == j
                and j > 0
                and not t.al
                and not t.punct
                and self.toks[j - 1].key in _ORG_HEADS
                and k + 1 < self.n
                and self.toks[k + 1].al
                and t.norm[:1] not in "وف"
            ):
                k += 1  # هيئة تنمية الصادرات: a noun in construct after the body's head
                continue
            if not t.al and not _ORG_HEADS.isdisjoint(t.firsts[:2]) and self._own_body_name(k + 1):
                # لشركة نفطال، X; لمجمع سوناطراك X: the body's own name, one word after its
                # noun in construct, then the holder's name
                k += 2
                continue
            if (
                not t.al
                and t.key in self.ix.function_words
                and (body := self.match(self.ix.bodies, k))
            ):
                # رئيس مجموعة البنك الدولي X: an international body whose name opens with a
                # frequent noun (مجموعة, منظمة) is one unit's name, not a stop
                k += body[0]
                after_state = True
                continue
            if (
                t.punct
                or (
                    self.is_stop(t)
                    and not t.al
                    and t.key not in _ORG_HEADS
                    # (هيئة تنمية الصادرات: a frequent noun in construct inside the name)
                    and not self._noun_in_body_name(k)
                )
                or (t.norm[:1] == "و" and t.key not in _ORG_HEADS)  # وزارة is no و + زارة
            ):
                return None  # (a frequent noun with the article, الأمن, names a unit too)
            if k > j and t.al and t.key in _DESIGNATE and self.toks[k - 1].al:
                # القائم بأعمال السفارة الليبية المكلف X: the title's status after its unit
                return k, code
            if any(f in self.ix.heads for f in t.firsts) and (
                self._titled_name_after(k)
                or (self.title_at(k) and self.toks[k - 1].key not in _ORG_HEADS)
            ):
                # another title: its holder's (تحيات للرئيس الفرنسي X), or a second post of
                # the same holder (المساعد الأول لوزير الداخلية رئيس جهاز الأمن العام X);
                # but قوات السلطان المسلحة is a unit's name
                return None
            c = self.adjective(k)
            if c:
                code = code or c
                k += self.adjective_len(k)
                after_state = True
                continue
            cn = self.country_name(k)
            if cn:
                code = code or cn[1]
                k += cn[0]
                after_state = True
                continue
            pl = (
                self.match(self.ix.places, k)
                # (غرفة الرياض: a body's noun in construct before the city it is named after)
                if k > j
                or (
                    j > 0
                    and not self.toks[j - 1].al
                    and not _ORG_HEADS.isdisjoint(self.toks[j - 1].firsts[:2])
                )
                else None
            )
            if pl and pl[1].get("country") and pl[1].get("kind") in ("city", "capital"):
                # قائد قاعدة الرياض الجوية: a unit named after a city is that city's state's
                code = code or pl[1]["country"]
                k += pl[0]
                continue
            if k == j:
                pl = self.match(self.ix.places, k)
            if pl and pl[1].get("kind") == "region" and not pl[1].get("country"):
                k += pl[0]  # مدير إدارة آسيا: a unit named after a region of the world
                after_state = True
                continue
            if re.search("(ه|ها|هم|هما)$", t.text) and len(t.text) > 4:
                return None  # بمكتبه: a pronoun ends a phrase that names no unit
            if t.al or self._construct_ahead(k):
                k += 1
                after_state = False
                continue
            return None
        return None

    def _noun_in_body_name(self, k: int) -> bool:
        """Token k, a frequent noun of four letters or more without the article, stands in
        construct right after a body's noun without it, and a word with the article
        follows (هيئة تنمية الصادرات, جهاز حماية المستهلك): a word of the body's name."""
        t = self.toks[k]
        before = self.toks[k - 1] if k > 0 else None
        return (
            before is not None
            and len(t.key) >= 4
            and t.norm[:1] not in "وف"
            and not before.al
            and (
                not _ORG_HEADS.isdisjoint(before.firsts[:2])
                # (قائد مجموعة الدعم: a title's head in construct before it)
                or any(f in self.ix.heads for f in before.firsts[:2])
            )
            and k + 1 < self.n
            and self.toks[k + 1].al
        )

    def _own_body_name(self, k: int) -> bool:
        """Token k, after a body's noun in construct, is the body's own name in one word no
        lexicon holds (شركة نفطال, مجمع سوناطراك), the holder's name after it: past a comma
        or dash, or opening with a known given name."""
        if k + 1 >= self.n:
            return False
        t = self.toks[k]
        if (
            t.al
            or t.punct
            or t.key in self.ix.given_names
            or t.key in self.ix.function_words
            or t.norm[:1] in "وف"
            or self.title_at(k)
            or self.country_name(k)
            or self.adjective(k)
        ):
            return False
        nxt = self.toks[k + 1]
        if nxt.text in _APPOSITION:
            return self.name_at(k + 2) is not None
        return nxt.key in self.ix.given_names and self.name_at(k + 1) is not None

    def _side_before(self, s: int) -> bool:
        """A side and its nationality end right before token s (ترأس الجانب العماني X):
        the name of whoever heads it follows."""
        return s >= 2 and bool(self.adjective(s - 1)) and self.toks[s - 2].key in _SIDES

    def _surname_named_before(self, j: int) -> bool:
        """Is token j the family name of one the text named before with two words or more
        (رينيه تروكاز ... تروكاز)?"""
        norm = self.toks[j].norm
        if len(norm) < 3:
            return False
        if self._surname_ends is None or self._surname_ends[0] != len(self.findings):
            ends: dict[str, int] = {}  # a family name -> where it first ends
            for f in self.findings:
                words = f.name.split()
                if len(words) >= 2:
                    key = normalize_ar(words[-1])
                    ends[key] = min(ends.get(key, f.name_end), f.name_end)
            self._surname_ends = (len(self.findings), ends)
        end = self._surname_ends[1].get(norm)
        return end is not None and end <= self.toks[j].idx

    def _state_headed(self, k: int) -> bool:
        """A state's name at token k that is the state, not the start of a company's name
        (رئيس مصر, not رئيس مصر للطيران or رئيس قطر للطاقة)."""
        cn = self.country_name(k)
        if not cn:
            return False
        after = self.toks[k + cn[0]] if k + cn[0] < self.n else None
        return after is None or not (
            after.norm[:1] == "ل" and not after.punct and len(after.norm) > 3
        )

    def _titled_name_after(self, k: int) -> bool:
        """A name follows the title head at token k, past its nationalities."""
        m = k + 1
        while m < self.n and self.adjective(m):
            m += self.adjective_len(m)
        return m < self.n and not self.toks[m].al and self.name_at(m) is not None

    def _words_at(self, j: int, keys: tuple[str, ...]) -> bool:
        """The tokens from j on are the folded words ``keys``."""
        return j + len(keys) <= self.n and all(
            self.toks[j + m].key == k for m, k in enumerate(keys)
        )

    def _woman_marked(self, k: int) -> bool:
        """A woman's honorific ends right before token k (السيدة, الدكتورة, الشيخة)."""
        for m in range(max(0, k - 2), k):
            h = self.honorific(m)
            if h and m + h[0] == k and self.toks[k - 1].key in _WOMAN_HONORIFICS:
                return True
        return False

    def _nationality_given(self, j: int) -> bool:
        """Token j, a nationality written bare (يماني, تركي, عربي), is a given name: after a
        definite word it cannot qualify (وزير الإعلام الإريتري يماني X, الأمير تركي بن X),
        a name's word next."""
        t = self.toks[j]
        return (
            not t.al
            and j > 0
            and self.toks[j - 1].al
            and (t.key in self.ix.given_names or t.key in self.ix.nationality_names)
            and j + 1 < self.n
            and not self.toks[j + 1].punct
            and self.toks[j + 1].key not in _ORIGIN_WORDS  # (تركي الأصل: of Turkish origin)
            and self.adjective(j + 1) is None
            and self._name_like(j + 1, 1)
        )

    def _title_after_meeting_verb(self, j: int) -> bool:
        """A verb of receiving or meeting stands before the title that ends at token j,
        in its clause (no punctuation between)."""
        k = j - 1
        while k >= 0 and j - k <= 12 and not self.toks[k].punct:
            if self.toks[k].key in _MEETING_VERBS or (
                self.toks[k].norm[:1] == "و" and inner_key(self.toks[k].norm[1:]) in _MEETING_VERBS
            ):
                return True
            k -= 1
        return False

    def _prepositional_title(self, i: int) -> bool:
        """The title at token i, or the style right before it, carries ل or ب (لجلالة
        الملك, للرئيس, بالوزير): the object of a preposition."""
        start = i
        for k in range(max(0, i - 3), i):
            h = self.honorific(k)
            if h is not None and k + h[0] == i:
                start = k
                break
        return self.toks[start].norm.startswith(("ل", "ب", "ول", "وب"))

    def _acting_before(self, i: int) -> bool:
        """القائم بأعمال (acting for) right before the title at token i."""
        return (
            i >= 2
            and self.toks[i - 1].norm.startswith("باعمال")
            and self.toks[i - 2].key == "قايم"
            and self.toks[i - 2].al
        )

    def _styled_office(self, i: int, entry, name_end: int) -> bool:
        """An excellency's style (معالي, سعادة) right before the title at token i, which
        no monarch's is, opening an item of a list (after a comma, or with و): the style
        and the title are its holder's, a woman's too where the title is written masculine
        (، ومعالي رئيس المجلس الوطني الاتحادي الدكتورة X). Not right after a verb (واستقبل
        معالي وزير الخارجية السيدة X: whom the minister received), nor with a post of her
        own after her name (السيدة X سفيرة فرنسا)."""
        if entry.role == "head_of_state" or self.toks[i].key in _KING_HEADS:
            return False
        if name_end < self.n and self.title_at(name_end) is not None:
            return False
        for k in range(max(0, i - 3), i):
            h = self.honorific(k)
            if h is None or k + h[0] != i:
                continue
            style = self.toks[i - 1]
            listed = style.norm[:1] == "و" and inner_key(style.norm[1:]) in _OFFICE_STYLES
            if style.key not in _OFFICE_STYLES and not listed:
                continue
            # (after a comma; or past the clause's verb and its subject: استقبل الوزير في
            # مكتبه سعادة مدير عام الجمارك المهندسة X, whom he received; not right after
            # the clause's first word, a verb whose subject the style opens)
            return listed or (
                k > 0
                and (
                    self.toks[k - 1].text in _PUNCT_SKIP
                    or (k > 1 and not self.toks[k - 2].punct and not self.toks[k - 1].punct)
                )
            )
        return False

    def _feminine_verb(self, k: int) -> bool:
        """Token k is a woman's verb of saying or taking part (أكدت, قالت, شاركت), whose
        subject follows it."""
        return 0 <= k < self.n and self.toks[k].key in _WOMAN_SPEECH_VERBS

    def _feminine(self, k: int) -> bool:
        """The title head at token k is a woman's (وزيرة, رئيسة, سفيرة, والممثلة)."""
        return any(
            key.endswith("ه") and key[:-1] in _FEMININE_HEADS
            for key in (self.toks[k].key, *self.toks[k].firsts)
        )

    def _title_end(self, nxt) -> int:
        """Where the name of a chained title (``chained_title``'s answer) would start."""
        return self.modifiers(nxt[1][0])[0]

    def _father_title(self, j: int) -> bool:
        """Is token j a title head right after بن or ولد (فهد بن سلطان, ماجد بن أمير, يعقوب
        ولد أمين): the father's name, not a title (not after ابن or بنت: بنت رئيس الوزراء X
        is his daughter)?"""
        t = self.toks[j]
        return (
            j > 0
            and (self.toks[j - 1].norm == "بن" or self.toks[j - 1].key in _SON_ONLY)
            and not t.al
            and not t.punct
            and t.key in self.ix.heads
        )

    def _doubled(self, j: int) -> bool:
        """Is token j the same word as the one before it (السيد السيد X: the honorific,
        then the given name)?"""
        return j > 0 and self.toks[j - 1].key == self.toks[j].key

    def _after_meeting_verb(self, k: int) -> bool:
        """Does a verb of receiving or meeting stand right before token k, past the
        styles of the name that starts there (استقبل الأمير X, التقى الشيخ X)?"""
        x = k - 1
        while x > 0 and k - x <= 3 and (self.honorific(x) or self.toks[x].key == "امير"):
            x -= 1
        return x >= 0 and self.toks[x].key in _MEETING_VERBS  # (folded: التقى as تقي)

    def _second_name_after(self, k: int) -> bool:
        """Past a field (للشؤون العربية) and a comma after token k, another name follows:
        the first was a principal's, the second the holder's."""
        end, _m = self.modifiers(k)
        if end < self.n and self.toks[end].text in _APPOSITION:
            end += 1
        return self.name_at(end) is not None or self._holder_opens(end)

    def _holder_past_adjectives(self, k: int) -> bool:
        """Past one or two words with the article (no day, no punctuation), a rank or an
        honorific opens the holder's name (قوات درع الجزيرة المشتركة اللواء X: the
        words before were the unit's name)."""
        for m in range(k, min(k + 2, self.n)):
            t = self.toks[m]
            if t.punct or not t.al or t.key in _DAY_WORDS:
                return False
            if self._holder_opens(m + 1):
                return True
        return False

    def _holder_opens(self, k: int) -> bool:
        """A rank or an honorific, that opens a holder's name, starts at token k."""
        return bool(self.match(self.ix.ranks, k) or self.honorific(k))

    def _staff_unit_before(self, i: int) -> bool:
        """A unit of a principal's staff with the article (المكتب, الأركان), up to two of
        its adjectives after it (الفني, الخاصة), and a head in construct before it, right
        before token i (مدير المكتب الفني لوزير الدفاع: the minister is the principal)."""
        k = i - 1
        while k > 0 and i - k <= 2 and self.toks[k].al and self.toks[k].key not in _PRINCIPAL_UNITS:
            k -= 1
        if k < 1 or not self.toks[k].al or self.toks[k].key not in _PRINCIPAL_UNITS:
            return False
        head = self.toks[k - 1]
        if head.al or head.punct or head.key not in self.ix.heads:
            return False
        # (قدم مدير المكتب لوزير الخارجية X شرحا, وأكد قائد الأركان لوزير الدفاع X أن: to
        # whom he gave or said it, his own post)
        verb = self.toks[k - 2] if k >= 2 else None
        return verb is None or not (
            {verb.key, verb.key[1:] if verb.norm[:1] in "وف" else verb.key} & _SAY_OR_HAND
        )

    def _grade_opens(self, k: int) -> bool:
        """A diplomat's grade with the article (السفير), a name right after it, at token k:
        after a unit's name it opens its head's name (مدير إدارة المراسم السفير X), no
        second post."""
        t = self.toks[k]
        if not (t.al and t.norm[:1] != "و" and t.key in _GRADE_HEADS and k + 1 < self.n):
            return False
        name = self.name_at(k + 1)
        if name is None:
            return False
        # (استقبل أمين عام المجلس السفير X سفير اليابان: an ambassador's post of his own
        # after the name: the grade is his, the guest's, no honorific of the head's)
        e = name[1] + (name[1] < self.n and self.toks[name[1]].text in _PUNCT_SKIP)
        post = self.title_at(e) if e < self.n else None
        return post is None or not (post[1].role in ("ambassador", "envoy") or post[1].ambassador)

    def _construct_ahead(self, k: int) -> bool:
        """Token k is a noun in construct: within three words, with no punctuation, a word
        with the article or a state follows (قوات الحدود, حكومة إقليم كردستان)."""
        for m in range(k + 1, min(k + 4, self.n)):
            t = self.toks[m]
            if t.punct:
                return False
            if t.al or self.country_name(m) or self.match(self.ix.places, m):
                return True  # قاعدة الرياض: رياض is a given name, الرياض a city
            if t.key in self.ix.given_names:
                return False
        return False

    def state_among(self, codes: tuple[str, ...]) -> str | None:
        """Of a few states a title may belong to, the only one the article names other
        than as a counterpart's (نظيره اليمني: the other side's state, not the title's)."""
        if not codes:
            return None
        self.states_named()
        found = [c for c in codes if c in self._own_named_states]
        return found[0] if len(found) == 1 else None

    def states_named(self) -> set[str]:
        """The states the article names, by name or nationality (read once)."""
        if self._named_states is None:
            named, own = set(), set()
            for k in range(self.n):
                code = self.adjective(k)
                if code is None:
                    cn = self.country_name(k)
                    code = cn[1] if cn else None
                if code:
                    named.add(code)
                    prev = self.toks[k - 1] if k > 0 else None
                    if prev is None or (
                        _COUNTERPART.isdisjoint(prev.firsts)
                        # (المبعوث الخاص إلى اليمن, الأوضاع في اليمن: where, what about)
                        and prev.norm not in _ABOUT_PREPS
                    ):
                        own.add(code)
            self._named_states = named
            self._own_named_states = own
        return self._named_states

    def org_phrase(self, j: int):
        """An organization named after a post: باسم وزارة الخارجية القطرية, بوزارة الدفاع
        التركية, في جهاز الاستخبارات. Returns (end token, org template, state) or None."""
        t = self.toks[j]
        start = j
        if t.norm in _ORG_PREPS:
            start = j + 1
            if start >= self.n:
                return None
            head = self.toks[start].key
        elif t.norm[:1] in "ب" and len(t.norm) > 3:
            head = inner_key(t.norm[1:])
        elif j > 0 and self.toks[j - 1].norm == "باسم":
            head = t.key
        else:
            return None
        if head not in _ORG_HEADS:
            return None
        end = start + 1
        org = None
        if head == "وزاره":
            p = self.match(self.ix.portfolios, end, first=False)
            sub = self.ix.posts.longest([["وزير"]] + self.opts(end, False))
            if sub and sub[0] >= 2 and sub[1].role.endswith("_minister"):
                org, end = sub[1].org, end + sub[0] - 1
            elif p:
                org, end = _org_for_portfolio(p[1]), end + p[0]
        code = None
        while end < self.n and end - start < 5 and not self.toks[end].punct:
            c = self.adjective(end)
            if c:
                code = code or c
                end += self.adjective_len(end)
                continue
            cn = self.country_name(end)
            if cn:
                code = code or cn[1]
                end += cn[0]
                continue
            if (
                self.toks[end].key in self.ix.function_words
                or self.name_at(end)
                or self.toks[end].norm[:1] == "و"
                or self.match(self.ix.ranks, end)
                or self.honorific(end)  # باسم الحكومة السيد/ X: the name's style
            ):
                break
            end += 1
        return end, org, code

    # ---------------------------------------------------------------- main pass

    def run(self) -> list[Finding]:
        i = 0
        while i < self.n:
            nxt = self.try_dual_holders(i)
            if nxt is None:
                nxt = self.try_plural_ministers(i)
            if nxt is None:
                nxt = self.try_bare_holder(i)
            if nxt is None:
                found = len(self.findings)
                nxt = self.try_title(i)
                if nxt is not None and nxt > i + 1 and len(self.findings) == found:
                    # الوزير مفوض الاتحاد الأفريقي X: a title that names nobody and ends
                    # inside a longer one gives way to it
                    nxt = next(
                        (
                            k
                            for k in range(i + 1, nxt)
                            if (t := self.title_at(k)) is not None and t[0] > nxt
                        ),
                        nxt,
                    )
            if nxt is None:
                nxt = self.try_counterpart(i)
            if nxt is None:
                nxt = self.try_deputy(i)
            i = nxt if nxt is not None and nxt > i else i + 1
        self.known_tails()
        self.dual_items()
        self.credentials()
        self.bracketed_states()
        self.states_before_brackets()
        self.state_name_pairs()
        self.posted_ambassadors()
        self.members()
        self.delegations()
        self.title_aliases()
        self.predecessors()
        self.prior_states()
        return self.findings

    def dual_items(self) -> None:
        """مع وزيري التجارة العراقي X، والصناعة العراقي المهندس Y: a dual minister's
        title, its first portfolio and holder, then و and the second portfolio (its state,
        a style or a rank) and holder: the second minister of that portfolio, of the state
        said or the first's (rule ``ar.dual``)."""
        if "ar.dual" in self.disabled:
            return
        for f in list(self.findings):
            if not f.rule.startswith("ar.title_name") or f.alias_of is not None:
                continue
            i = bisect_left(self._starts, f.begin)
            if i >= self.n or self.toks[i].idx != f.begin:
                continue
            title = self.title_at(i)
            if title is None or not _dual(title[1].head):
                continue
            k = bisect_left(self._starts, f.name_end)
            k += k < self.n and self.toks[k].text in _PUNCT_SKIP
            second = self._dual_second_post(k)
            j = k + 1
            if second is None and k < self.n and self.toks[k].norm[:1] == "و":
                # والصناعة: a portfolio no title of its own names, the dual minister's
                p = self.match(self.ix.portfolios, k)
                if p is None or title[1].role != "minister":
                    continue
                second = replace(title[1], org=f"ministry-{p[1]}")
                j = k + p[0]
            if second is None:
                continue
            j, m = self.modifiers(j)
            name = self.name_at(j) if j < self.n else None
            if name is None or any(g.name_begin == self.toks[name[0]].idx for g in self.findings):
                continue
            self.add(
                name[0],
                name[1],
                name[2],
                role=second.role,
                country=m["country"] or f.country,
                org=second.org,
                rank=m["rank"],
                status=m["status"],
                start=k,
                end=name[1],
                rule="ar.dual",
            )

    def known_tails(self) -> None:
        """A name that opens with the family name of one named in full before it and goes
        on with a word that name lacks (وفاء بني هاني ... الوزيرة بني هاني خدمات الوزارة)
        ends with that family name: the words after it are the sentence's, not his. Not a
        name that opens with a given name (سامي فهد ... فهد العتيبي: another Fahd)."""
        fulls: list[list[str]] = []
        for n, f in enumerate(self.findings):
            words = self.text[f.name_begin : f.name_end].split()
            keys = [inner_key(normalize_ar(w)) for w in words]
            cut = next(
                (
                    k
                    for full in fulls
                    for k in range(len(full) - 1, 0, -1)
                    if k < len(keys)
                    and keys[:k] == full[-k:]
                    and keys[k] not in full
                    # (سامي فهد ... فهد العتيبي: a given name opens another's name)
                    and keys[0] not in self.ix.given_names
                    # (... the words after are the lexicon's, no name's: خدمات الوزارة;
                    # جوزاف عون ... عون الخصاونة is another man)
                    and (
                        self._known(normalize_ar(words[k]))
                        or (
                            not words[k].startswith("ال")
                            and words[k].endswith("ات")
                            and len(words[k]) >= 5
                        )
                    )
                ),
                None,
            )
            if cut is not None and f.rule.startswith("ar.title_name"):
                end = f.name_begin + len(" ".join(words[:cut]))
                if self.text[f.name_begin : end] == " ".join(words[:cut]):
                    self.findings[n] = f = replace(
                        f,
                        name=self.text[f.name_begin : end],
                        name_end=end,
                        end=end if f.end == f.name_end else f.end,
                    )
                    keys = keys[:cut]
            if len(keys) >= 2:
                fulls.append(keys)

    def predecessors(self) -> None:
        """X سفيرا لدى تركيا خلفا لـY (بدلا من Y, بدل Y, خلفا للسفير Y): Y held the post
        that the post named before the words of succession, in their sentence, gives X;
        he holds it no longer (rule ``ar.predecessor``)."""
        if "ar.predecessor" in self.disabled:
            return
        for k in range(self.n - 1):
            if _SUCCESSION.isdisjoint(self.toks[k].firsts):
                continue
            j = k + 1
            if j >= self.n or self.toks[j].punct:
                continue
            title = self.title_at(j)
            if title is not None:
                j = title[0]  # خلفا للسفير Y: the predecessor's title, then his name
            rank = self.match(self.ix.ranks, j) if j < self.n else None
            if rank:
                j += rank[0]  # خلفا للفريق Y
            if j >= self.n:
                continue
            if title is not None or rank:
                name = self.name_at(j)
            elif self.toks[j].norm[:1] == "ل" and not self.toks[j].norm.startswith("لل"):
                self.conj_tokens.add(j)  # خلفا لسالم: the name after its preposition
                name = self.name_at(j)
                if name is None or name[0] != j:
                    self.conj_tokens.discard(j)
                    name = None
            else:
                name = self.name_at(j)
            if name is None:
                continue
            at, sent = self.toks[k].idx, self.toks[k].sent
            if title is not None:
                # خلفا للسفير Y: Y held that post, whoever the sentence gives it to now
                for fi, f in enumerate(self.findings):
                    if (
                        f.begin > at
                        and f.name_begin <= self.toks[name[0]].end <= f.name_end
                        and f.status == "current"
                    ):
                        self.findings[fi] = replace(f, status="former")
            given = next(
                (
                    f
                    for f in reversed(self.findings)
                    if f.end <= at and f.status != "former" and f.name and f.role
                ),
                None,
            )
            if given is None or self._sent_of_char(given.begin) != sent:
                continue
            g0 = next(x for x in range(k) if self.toks[x].end > given.begin)
            g1 = next((x for x in range(g0, k) if self.toks[x].end >= given.end), k)
            if any(
                not _APPOINT.isdisjoint(self.toks[x].firsts)
                or self._accusative_title(x)
                or self.title_at(x) is not None
                for x in range(g1 + 1, k)
            ):
                # وقال رئيس الوزراء إن X عين سفيرا خلفا لY, عين الرئيس X سفيرا خلفا لY: the
                # post succeeded is another than the one named before
                continue
            if not (
                given.status == "designate"
                or any(not _NEW_HOLDER.isdisjoint(self.toks[x].firsts) for x in range(g0, k))
                or any(
                    not _APPOINT.isdisjoint(self.toks[x].firsts)
                    for x in range(max(0, g0 - 6), g0)
                    if self.toks[x].sent == sent
                )
                # (أدى X اليمين وزيرا للداخلية خلفا لY: the oath of a new holder)
                or any(
                    not _OATH_VERBS.isdisjoint(self.toks[x].firsts)
                    for x in range(max(0, g0 - 14), g0)
                    if self.toks[x].sent == sent
                )
            ):
                continue  # تسلم الرئيس X رئاسة الاتحاد خلفا لY: a chair, no post of his
            if any(x in self.claimed for x in range(name[0], name[1])):
                # خلفا للسفير Y: the title after the words of succession named Y as
                # holding it; he held it
                for fi, f in enumerate(self.findings):
                    if f.begin > at and f.name_begin <= self.toks[name[0]].end <= f.name_end:
                        self.findings[fi] = succeeded(f, given)
                continue
            self.add(
                name[0],
                name[1],
                name[2],
                start=k,
                end=name[1],
                rule="ar.predecessor",
                **predecessor_post(given),
            )

    def credentials(self) -> None:
        """تقبل الرئيس أوراق اعتماد الإيراني X والفلسطيني Y سفيرين لبلادهما: each name
        after its nationality, in a list that «سفيرا لبلاده» closes, is its state's
        ambassador (rule ``ar.credentials``)."""
        if "ar.credentials" in self.disabled:
            return
        for k in range(self.n - 1):
            if self.toks[k].key not in _ENVOY_FORMS or self.toks[k + 1].key not in _OWN_LAND:
                continue
            j, items = k, []
            while j > 0:
                # back over "و? ADJ NAME" items, the last first
                m = j - 1
                while m > 0 and not self.adjective(m) and j - m < 6:
                    m -= 1
                code = self.adjective(m)
                name = self.name_at(m + 1) if code else None
                if not code or name is None or name[1] != j:
                    break
                items.append((m, name, code))
                j = m
            for m, (ns, ne, english), code in items:
                if any(f.name_begin == self.toks[ns].idx for f in self.findings):
                    continue
                self.add(
                    ns,
                    ne,
                    english,
                    role="ambassador",
                    country=code,
                    org="embassy",
                    rank=None,
                    status="current",
                    start=m,
                    end=ne,
                    rule="ar.credentials",
                )

    def _grade_before_post(self, i: int, titles: list, ne: int) -> bool:
        """السفير X followed by another post of X (المبعوث الأمريكي, مفوض السلم والأمن):
        a bare السفير of no state is the diplomat's grade, and the post after is X's."""
        if len(titles) != 1 or ne >= self.n:
            return False
        _s, _e, entry, _org, mods = titles[0]
        t = self.toks[i]
        if entry.role != "ambassador" or not t.al or not self._grade(i):
            return False  # (والسفير X المبعوث ...: the grade with و, an item of a list)
        if i > 0 and self.is_stop(self.toks[i - 1]):
            return False  # واستقبل السفير X وزير الخارجية: the verb's subject, then its object
        if mods["country"] is not None or mods["host"] is not None:
            return False
        k = ne + (self.toks[ne].text in _PUNCT_SKIP)
        if k >= self.n or self.toks[k].norm[:1] == "و":
            return False  # السفير X، ومدير عام ...: و opens the list's next item
        nxt = self.title_at(k)
        return nxt is not None and nxt[1].role not in ("ambassador",) and not nxt[1].bare

    def state_name_pairs(self) -> None:
        """السفراء المعتمدين لدى الجزائر لكل من جمهورية مصر العربية، X، وجمهورية الصومال، Y:
        after a plural of ambassadors and لكل من, each state (and its epithet: الصديقة), a
        comma or nothing, and the name after it is that state's ambassador (rule
        ``ar.bracketed_states``, which it extends)."""
        if "ar.bracketed_states" in self.disabled:
            return
        for k in range(self.n - 4):
            if _AMBASSADOR_PLURALS.isdisjoint(self.toks[k].firsts):
                continue
            j = next(
                (x + 1 for x in range(k + 1, min(k + 8, self.n)) if self.toks[x].key in _EACH_OF),
                None,
            )
            listed = False
            if (
                j is None
                and (cn := self.country_name(k + 1)) is not None
                and self.name_at(k + 1 + cn[0]) is not None
            ):
                j = k + 1  # وسفراء فرنسا X، وهولندا Y: each state, then its envoy's name
            if j is None:
                # وهم سفراء دول: جمهورية السويد X، جمهورية الصين الشعبية Y: a list after a
                # colon, each state then its ambassador's name
                j = next(
                    (x + 1 for x in range(k + 1, min(k + 4, self.n)) if self.toks[x].text == ":"),
                    None,
                )
                listed = j is not None
            if j is not None and j < self.n and self.toks[j].key == "من":
                j += 1  # لكل من
            while j is not None and j < self.n and j - k < 80:
                t = self.toks[j]
                if t.text in _PUNCT_SKIP or t.text == "." or t.key == "و":
                    j += 1
                    continue
                cn = self.country_name(j)
                if cn is None or j + cn[0] >= self.n:
                    break
                k2 = j + cn[0]
                while k2 < self.n and self.toks[k2].key in _FRIENDSHIP:
                    k2 += 1  # جمهورية الهند الصديقة X: the state's epithet
                if k2 >= self.n or (
                    self.toks[k2].text not in _PUNCT_SKIP
                    and not listed
                    and (self.country_name(k2) is not None or self.title_at(k2) is not None)
                ):
                    break  # (لكل من فرنسا X والهند Y: each state, then its envoy's name)
                while k2 < self.n and self.toks[k2].text in _PUNCT_SKIP:
                    k2 += 1
                while k2 < self.n and (h := self.honorific(k2)):
                    k2 += h[0]  # والمانيا الدكتور X: the envoy's style, then his name
                name = self.name_at(k2)
                if name is None or any(x in self.claimed for x in range(name[0], name[1])):
                    break
                ns, ne, english = name
                self.add(
                    ns,
                    ne,
                    english,
                    role="ambassador",
                    country=cn[1],
                    org="embassy",
                    rank=None,
                    status="current",
                    start=j,
                    end=ne,
                    rule="ar.bracketed_states",
                )
                j = ne

    def states_before_brackets(self) -> None:
        """كوبا (السفيرة X)، غينيا بيساو (السفير Y): a state, then in brackets the title and
        name of its envoy: the envoy is that state's (rule suffix ``+bracket``)."""
        if "ar+bracket" in self.disabled:
            return
        for n, f in enumerate(self.findings):
            if f.country is not None or f.role not in _ABROAD_ROLES:
                continue
            t = bisect_left(self._starts, f.begin)
            if t < 2 or self.toks[t - 1].text != "(":
                continue
            code = next(
                (
                    c[1]
                    for s in range(max(0, t - 5), t - 1)
                    if (c := self.country_name(s)) is not None and s + c[0] == t - 1
                ),
                None,
            )
            if code is not None:
                self.findings[n] = replace(f, country=code, rule=f.rule + "+bracket")

    def bracketed_states(self) -> None:
        """استقبل الوزير سفراء عدد من الدول، وهم: X (النمسا)، Y (البرتغال): after a plural of
        ambassadors, each name in the sentence with a state in brackets after it is that
        state's ambassador (rule ``ar.bracketed_states``)."""
        if "ar.bracketed_states" in self.disabled:
            return
        k = 0
        while k < self.n:
            if self.toks[k].key not in _AMBASSADOR_PLURALS:
                k += 1
                continue
            sent = self.toks[k].sent
            j = k + 1
            while j + 2 < self.n and self.toks[j].sent == sent:
                state = self.country_name(j + 1) if self.toks[j].text == "(" else None
                if not state or self.toks[j + 1 + state[0]].text != ")":
                    j += 1
                    continue
                name = next(
                    (
                        got
                        for s in range(max(k + 1, j - 6), j - 1)
                        if (got := self._item_name(s)) and got[1] == j
                    ),
                    None,
                )
                if name and not any(x in self.claimed for x in range(name[0], name[1])):
                    ns, ne, english = name
                    self.add(
                        ns,
                        ne,
                        english,
                        role="ambassador",
                        country=state[1],
                        org="embassy",
                        rank=None,
                        status="current",
                        start=ns,
                        end=j + 2 + state[0],
                        rule="ar.bracketed_states",
                    )
                j += 2 + state[0]
            k = j

    def posted_ambassadors(self) -> None:
        """استقبل الملك السفراء المعينين لدى كينيا X، ولدى الهند Y، وماليزيا، Z: after a plural
        of ambassadors, each state after لدى (or after و, once the list has begun) and the
        name after it is an ambassador posted there; his own state is the plural's
        (سفراء مصر) or, unsaid, the article's (rule ``ar.posted_ambassadors``)."""
        if "ar.posted_ambassadors" in self.disabled:
            return
        for k in range(self.n - 3):
            if _AMBASSADOR_PLURALS.isdisjoint(self.toks[k].firsts[:2]):
                continue
            sent, country, j = self.toks[k].sent, None, k + 1
            # the plural's own words: its state, "designate", "new", "the king's"
            while j < self.n and self.toks[j].sent == sent and j - k < 6:
                t = self.toks[j]
                code = self.adjective(j) if not t.norm.startswith("و") else None
                cn = self.country_name(j) if not t.norm.startswith("و") else None
                if code or cn:
                    country = country or code or cn[1]
                    j += self.adjective_len(j) if code else cn[0]
                elif t.key in _DESIGNATE or t.key in _SKIP_MODIFIERS or t.key in _NEW_WORDS:
                    j += 1
                elif t.key in _REPRESENTING or t.norm in ("هم", ":"):
                    j += 1  # السفراء المعينون لتمثيل السعودية هم: X ...
                elif t.al and t.key in _STATE_WORDS and j == k + 1:
                    j += 1  # سفراء المملكة المعينين: the article's own state, unsaid
                elif (ruler := self.title_at(j)) and ruler[1].state and j == k + 1:
                    country = country or ruler[1].state  # سفراء خادم الحرمين الشريفين
                    j = ruler[0]
                else:
                    style = next((len(w) for w in _SOVEREIGN if self._words_at(j, w)), 0)
                    if not style:
                        break
                    j += style
            items = 0
            if j > k + 1 and self.toks[j - 1].norm in ("هم", ":"):
                self._envoys_then_hosts(j, k, country, sent)
                continue
            while j + 2 < self.n and self.toks[j].sent == sent:
                t = self.toks[j]
                at = t.norm in _AT_PREPS or (t.norm[:1] == "و" and t.norm[1:] in _AT_PREPS)
                step = 1 if at else 0
                if not at and not (items and t.norm[:1] == "و"):
                    break
                host = self.country_name(j + step)
                if host is None:
                    break
                n = j + step + host[0]
                if n < self.n and self.toks[n].text in _PUNCT_SKIP:
                    n += 1
                if style := self.honorific(n) or self.match(self.ix.ranks, n):
                    n += style[0]  # لدى تركيا الدكتور X: his style, then his name
                name = self.name_at(n)
                if name is None or any(x in self.claimed for x in range(name[0], name[1])):
                    break
                self._add_posted(name, country, host[1], j, name[1])
                items += 1
                ne = name[1]
                j = ne + 1 if ne < self.n and self.toks[ne].text in _PUNCT_SKIP else ne

    def _add_posted(self, name, country: str | None, host: str, start: int, end: int) -> None:
        """An ambassador of ``country`` (or, unsaid, the article's own) posted to ``host``,
        named at ``name`` (rule ``ar.posted_ambassadors``)."""
        ns, ne, english = name
        own = country is None and "ar+own" not in self.disabled
        self.add(
            ns,
            ne,
            english,
            role="ambassador",
            country=country,
            org="embassy",
            rank=None,
            status="current",
            start=start,
            end=end,
            rule="ar.posted_ambassadors" + ("+own" if own else ""),
            host=host,
        )

    def _envoys_then_hosts(self, j: int, k: int, country: str | None, sent: int) -> None:
        """السفراء المعينون لتمثيل السعودية هم: X لليونان، وY للأرجنتين: after a plural of
        ambassadors and هم or a colon, each name and the state after لـ it is posted to
        (rule ``ar.posted_ambassadors``)."""
        items = 0
        while j + 1 < self.n and self.toks[j].sent == sent:
            conj = items > 0 and self.toks[j].norm[:1] == "و"
            if conj:
                self.conj_tokens.add(j)
            name = self.name_at(j)
            if name is None or any(x in self.claimed for x in range(name[0], name[1])):
                self.conj_tokens.discard(j)
                return
            ne = name[1]
            host = self.country_name(ne) if ne < self.n and self.toks[ne].norm[:1] == "ل" else None
            if host is None:
                self.conj_tokens.discard(j)
                return
            self._add_posted(name, country, host[1], k, ne + host[0])
            items += 1
            j = ne + host[0]
            if j < self.n and self.toks[j].text in _PUNCT_SKIP:
                j += 1

    def members(self) -> None:
        """ومعه أعضاء المجلس الرئاسي، X، وY، وZ: after the plural of a member and the body's
        name, up to a comma, each name of the list is a member of that body (an official;
        rule ``ar.members``)."""
        if "ar.members" in self.disabled:
            return
        for k in range(self.n - 3):
            if self.toks[k].key not in _MEMBERS_PLURAL:
                continue
            sent, j = self.toks[k].sent, k + 1
            org = False
            while j < self.n and self.toks[j].sent == sent and j - k < 6:
                t = self.toks[j]
                if t.punct:
                    break
                org = org or any(f in _ORG_HEADS for f in t.firsts)
                if not (t.al or any(f in _ORG_HEADS for f in t.firsts)):
                    break
                j += 1
            if not org or j >= self.n or self.toks[j].text not in _PUNCT_SKIP:
                continue
            j += 1
            while j < self.n and self.toks[j].sent == sent:
                if self.toks[j].text == "و" and j + 1 < self.n:
                    j += 1  # و فرج X: the conjunction written apart
                if self.toks[j].norm.startswith("و"):
                    self.conj_tokens.add(j)  # وY: the next item of the list
                name = self.name_at(j)
                if name is None or any(x in self.claimed for x in range(name[0], name[1])):
                    self.conj_tokens.discard(j)
                    break
                ns, ne, english = name
                self.add(
                    ns,
                    ne,
                    english,
                    role="official",
                    country=None,
                    org="government",
                    rank=None,
                    status="current",
                    start=k,
                    end=ne,
                    rule="ar.members",
                )
                j = ne + 1 if ne < self.n and self.toks[ne].text in _PUNCT_SKIP else ne
                if j < self.n and self.title_at(j):
                    break  # ، المبعوث الأممي X: the list has ended

    def _item_name(self, s: int):
        """The name of a list's item at token s, after a comma or a colon, or written with
        و (وياسين بلحاج); None, and nothing kept, if there is none."""
        if not self._conj_name(s):
            return self.name_at(s) if self.toks[s - 1].punct else None
        self.conj_tokens.add(s)
        got = self.name_at(s)
        if got is None or got[0] != s:
            self.conj_tokens.discard(s)
            return None
        return got

    def title_aliases(self) -> None:
        """A title with no name after it (وأكد الوزير, إجتمع القائد العام, الرئيس الفرنسي
        قال) refers to the one person the article has already named with that post (for a
        bare minister, any minister's post; with a state, that state's): the title is
        another mention of that person (rule ``ar.title_alias``; the finding keeps the
        person's name, its offsets are the title's). Two candidates, or none, and the title
        stays unnamed."""
        if "ar.title_alias" in self.disabled:
            return
        for i in sorted(self.unnamed):
            u = self.unnamed[i]
            if not self.toks[i].al or u.status != "current":
                continue  # وزير خارجية X, الوزير السابق: only a definite current title
            head = self.unnamed_head.get(i, "")
            if head == "وزراء" or (head[-1:] in ("ا", "ي") and head[:-1] in self.ix.heads):
                continue  # الوزيران, الوزراء: two or more people, not one
            bare_minister = u.role == "minister" and u.org == "ministry"
            cands: dict[str, int] = {}
            for n, f in enumerate(self.findings):
                if f.begin >= u.begin or f.status != "current" or f.rule == "ar.title_alias":
                    continue
                same = f.role == u.role or (bare_minister and f.role.endswith("minister"))
                if same and (u.country is None or f.country == u.country):
                    root = n
                    while self.findings[root].alias_of is not None:
                        root = self.findings[root].alias_of
                    cands.setdefault(self.findings[root].name, n)
            if len(cands) != 1:
                continue
            n = next(iter(cands.values()))
            f = self.findings[n]
            end = self.unnamed_end.get(i, i + 1)
            self.findings.append(
                replace(
                    f,
                    name_begin=self.toks[i].idx,
                    name_end=self.toks[end - 1].end,
                    begin=self.toks[i].idx,
                    end=self.toks[end - 1].end,
                    rule="ar.title_alias",
                    generic=False,
                )
            )

    def prior_states(self) -> None:
        """Note, for each finding with no state, the last nationality named before it in
        its sentence: a default state (the dateline's) must not override that context."""
        for n, f in enumerate(self.findings):
            if f.country is not None:
                continue
            last = None
            sent = self._sent_of_char(f.begin)
            k = bisect_left(self._starts, f.begin)
            while k > 0 and self.toks[k - 1].sent == sent:
                k -= 1  # back to the start of the sentence
            while k < self.n and self.toks[k].idx < f.begin:
                if self.toks[k].sent != sent:
                    k += 1
                    continue
                cn = self.country_name(k)
                if cn:  # المملكة العربية السعودية: a state named as a place says where
                    k += cn[0]
                    continue
                adj = self.adjective(k)
                if adj and k > 0 and (t := self.title_at(k - 1)) is not None and t[0] == k:
                    adj = None  # (في استقبال الوزير الأميركي: the guest's title, not whose)
                last = adj or last  # a nationality says whose
                k += 1
            if last:
                self.findings[n] = replace(f, prior_state=last)

    def _appointment_before(self, i: int) -> bool:
        for k in range(i - 1, max(0, i - 6) - 1, -1):
            if not _DISMISSAL.isdisjoint(self.toks[k].firsts):
                return False  # بتعيين X وزيرا للعدل وإقالة Y وزير الصحة: Y is dismissed
            if any(f in _APPOINT for f in self.toks[k].firsts) and not (
                self.toks[k].al and self.toks[k].key == "عين"
            ):
                return True  # (not العين, a city: the verb عين takes no article)
        return False

    def _by_which_before(self, s: int) -> bool:
        """An appointment word and "by which" end right before token s (مرسوما عين بموجبه X
        سفيرا): the appointee's name follows. (After the appointer's title, عين أمير قطر X,
        X may be the appointer himself or a title of the appointee's own.)"""
        return (
            s >= 2
            and self.toks[s - 1].key in _UNDER_WHICH
            and not _APPOINT.isdisjoint(self.toks[s - 2].firsts)
        )

    def _appointed_item(self, i: int) -> Finding | None:
        """The name at token i is و + the next item of a list of appointments (بتعيين X
        وزيرا للمالية، وY وزيرا للنقل): the item before it, which the appointment word
        opened, or None."""
        if i not in self.conj_tokens:
            return None
        at = self.toks[i].idx
        prev = next((f for f in reversed(self.findings) if f.name_begin < at), None)
        if prev is None or prev.rule != "ar.name_title" or prev.status == "former":
            return None
        first = next(k for k in range(i) if self.toks[k].end > prev.name_begin)
        if i - first > 12 or self.toks[first].sent != self.toks[i].sent:
            return None
        if self._appointment_before(first) or self._appointed_item(first) is not None:
            return prev
        return None

    def _pending_before(self, k: int, but: frozenset = frozenset()) -> bool:
        """A word of a condition or of what is yet to come (في حال, من المنتظر, غدا,
        سيشرف), in token k's sentence up to eight words before it (not one of ``but``)."""
        for x in range(k - 1, max(-1, k - 9), -1):
            t = self.toks[x]
            if t.sent != self.toks[k].sent:
                break
            words = (set(t.firsts) | {t.norm}) - but
            if not _INSTALL_PENDING.isdisjoint(words):
                return True
        return False

    def _dated_past(self, k: int) -> bool:
        """A year told with the appointment word at token k (وعين X وزيرا للصحة عام 2010,
        في عام 2010 عين X): an appointment of a past told as such, whose post may have ended
        since (a decree's own number, المرسوم رقم 62 لسنة 2024 بتعيين, is no such year)."""
        sent = self.toks[k].sent
        for x, t in enumerate(self.toks):
            if t.sent != sent or not t.text.isdigit() or not 1900 <= int(t.text) <= 2100:
                continue
            if x > k or (x > 0 and self.toks[x - 1].key == "عام"):
                return True
        return False

    def _council_state_before(self, i: int) -> str | None:
        """The state of a council that appoints (وأقر مجلس الوزراء الأردني تعيين X): a
        council noun, its plural of title holders, then a nationality, before token i in
        its sentence."""
        for k in range(i - 1, 1, -1):
            if self.toks[k].sent != self.toks[i].sent:
                return None
            if not _APPOINT.isdisjoint(self.toks[k].firsts):
                # the council right before the appointment (أقر مجلس الوزراء الأردني
                # تعيين, أصدرت رئاسة الوزراء العراقية أمرا بتعيين), not one that welcomes
                # another's decision (رحب مجلس النواب العراقي بقرار الحكومة الكويتية تعيين)
                a = k
                return next(
                    (
                        code
                        for x in range(a - 1, max(1, a - 3) - 1, -1)
                        if self.toks[x - 2].key in _COUNCIL_NOUNS
                        and not self.toks[x - 2].al
                        and self.toks[x - 1].al
                        and (code := self.adjective(x))
                    ),
                    None,
                )
        return None

    def _oath_taker(self, i: int) -> tuple[int, int, str | None] | None:
        """The name that took the oath before the accusative title at token i (أدى X اليمين
        الدستورية أمام الملك Y وزيرا للداخلية: X, not Y), or None: the name ends at the
        oath and follows its verb, in the title's sentence, with no other post given
        between."""
        if not self._accusative_title(i):
            return None
        sent = self.toks[i].sent
        for k in range(i - 1, max(-1, i - 14), -1):
            t = self.toks[k]
            if (
                t.sent != sent
                or (k < i - 1 and self._accusative_title(k))
                # (أدى فوز اليمين إلى تعيين X: led to; ... اليمين، ثم عين X: another act)
                or t.punct
                or t.key in _TO_WORDS
                or not _APPOINT.isdisjoint(t.firsts)
                or t.key in _RELATIVE_PRONOUNS
            ):
                return None
            if t.al and t.key in _OATH_NOUNS:
                verb = next(
                    (
                        v
                        for v in range(k - 1, max(-1, k - 14), -1)
                        if self.toks[v].sent == sent
                        and not _OATH_VERBS.isdisjoint(self.toks[v].firsts)
                    ),
                    None,
                )
                if verb is None:
                    return None
                # the first name after the verb, past a post of his (أدى مدير الأمن العام
                # الأسبق X اليمين), before an apposition (أدى X، نائب ...، اليمين)
                for s in range(verb + 1, k):
                    if self.title_at(s) is not None or self.toks[s].punct:
                        continue
                    got = self.name_at(s)
                    if got and got[0] == s and got[1] <= k + 1:
                        # (a name read on into اليمين, al-Yamin as a family name, ends there)
                        return (got[0], min(got[1], k), got[2] if got[1] <= k else None)
                return None
        return None

    def _appointment_made(self, i: int) -> bool:
        """The nearest appointment word before token i makes the appointment (عين, تعيين,
        تسمية, اختيار, تنصيب), with no word of a condition or of what is yet to come before
        it: the appointee holds the post from then on."""
        for k in range(i - 1, max(0, i - 6) - 1, -1):
            if any(f in _APPOINT for f in self.toks[k].firsts):
                if _APPOINT_MADE.isdisjoint(self.toks[k].firsts) or self._dated_past(k):
                    return False
                if not _APPOINT_MADE_VERBS.isdisjoint(self.toks[k].firsts):
                    # حين عين X وزيرا: a past verb, made, but after a condition (إذا عين,
                    # هل عين) or a word of what is not or not yet so (نفت أن يكون قد عين)
                    return not any(
                        not _APPOINT_CONDITIONS.isdisjoint(self.toks[x].firsts)
                        for x in range(max(0, k - 5), k)
                        if self.toks[x].sent == self.toks[k].sent
                    ) and not self._pending_before(k, _APPOINT_WHEN)
                return not self._pending_before(k)
        return False

    def _appointment_past(self, i: int) -> bool:
        """The appointment word before token i follows منذ / بعد (since, after), or is an
        installation (تنصيب): an appointment already made, whose holder holds the post."""
        for k in range(max(0, i - 6), i):
            if any(f in _APPOINT for f in self.toks[k].firsts):
                # (تنصيب X واليا: an installation, the post taken)
                return (k > 0 and self.toks[k - 1].key in _SINCE) or (
                    self.toks[k].key in _INSTALL  # (طالبوا بتنصيب X: a demand)
                    # (في حال تنصيب X, سيتم تنصيب X: one to come, if at all)
                    and not self._pending_before(k)
                )
        return False

    def in_metonym(self, i: int) -> bool:
        """Token i lies inside the name of an institution only one state has (قوات السلطان
        المسلحة): a title word there (السلطان) names no one."""
        if self._metonym_toks is None:
            covered: set[int] = set()
            for k in range(self.n):
                hit = self.match(self.ix.state_metonyms, k)
                if hit:
                    covered.update(range(k, k + hit[0]))
            self._metonym_toks = covered
        return i in self._metonym_toks

    def try_title(self, i: int) -> int | None:
        first = self.title_at(i)
        if not first:
            return None
        if (
            first[1].head == "مشرف"
            and first[0] < self.n
            and not any(k in _ORG_HEADS for k in self.toks[first[0]].firsts)
        ):
            return None  # المشرف العام على المباراة: no body after على, no post
        if (
            (first[1].needs_org or first[1].needs_state)
            and first[0] == i + 1
            and self.toks[i].al
            and self.toks[i].norm in self.ix.given_with_article
            and i > 0
            and self.title_at(i + 1) is not None
            and (named := self.name_before(i + 1, adjacent=True)) is not None
            and named[0] < i
        ):
            # محمد ولد محمد الأمين وزير الخارجية: a name's last word (الأمين), then his
            # post; no secretary's title
            return None
        if (
            i > 0
            and self.toks[i].al
            and not self.toks[i - 1].al  # (بمقر المجلس السفير X: the council, then a title)
            and self.toks[i - 1].key in _COUNCIL_NOUNS
        ):
            # أصدر مجلس الوزراء تعيينات ...: the council's name, no holder of a post
            return None
        if re.sub("^[وفب]?(ال)?", "", self.toks[i].text) in ("أمر", "أمرا"):
            # أمر أميري بتعيين X, الأمر الذي انعكس: an order, a matter (أَمر), not a
            # commander (آمر, written with its madda)
            return None
        if (
            first[0] == i + 1
            and not self.toks[i].al
            and first[0] < self.n
            and self.toks[first[0]].key in _PATRONYMIC
        ):
            return None  # سلطان بن محمد: a given name before بن, not a sultan
        if self._father_title(i):
            return None  # فهد بن سلطان: the father's name, not a sultan
        if (
            first[0] == i + 1
            and not self.toks[i].al
            and self.toks[i].key in self.ix.given_names
            and (self._rank_ending_at(i) or self._honorific_ending_at(i))
        ):
            return None  # اللواء سلطان X, الشيخ سلطان X: a given name after a rank, not a sultan
        if i > 0 and self.toks[i - 1].key in _AMBASSADOR_PLURALS and not self.toks[i - 1].al:
            return first[0]  # سفراء خادم الحرمين الشريفين: whose envoys, not a post held
        if (
            i > 1
            and self.toks[i].norm[:1] == "ل"
            and self.toks[i - 1].key in _ORDINALS
            and any(k in _POSSESSORS for k in self.toks[i - 2].firsts)
        ):
            return first[0]  # النائب الثاني لرئيس المجلس X: the deputy's, not the head's
        if self.toks[i].norm[:1] == "ل" and self._staff_unit_before(i):
            return first[0]  # مدير المكتب الفني لوزير الدفاع X: the office's; his principal
        if (
            first[1].role == "adviser"
            and first[0] == i + 1
            and self.toks[i].al
            and (self.honorific(i + 1) or self.name_at(i + 1))
        ):
            return i + 1  # المستشار X: a judge's or a diplomat's grade, not an adviser's post
        if (
            first[1].org == "embassy"
            and first[1].role == "official"
            and self.toks[first[0] - 1].norm.startswith("باعمال")
            and self.title_at(first[0])
        ):
            # القائم بأعمال رئيس الجمهورية X: acting in the post that follows, not a chargé
            # (القائم بأعمال السفير X, acting for an ambassador, is one: read at his title)
            return first[0]
        if first[1].role == "minister" and first[0] < self.n and self.toks[first[0]].key in _GRADES:
            return first[0] + 1  # الوزير المفوض X: a diplomat's grade, not a minister
        if first[1].role == "ambassador" and first[0] == i + 1 and self.toks[i].al:
            nxt = self.title_at(i + 1)
            if nxt and nxt[1].role != "ambassador" and not nxt[1].ambassador:
                return i + 1  # X، السفير مدير إدارة ...: the diplomat's grade before his post
            name = self.name_at(i + 1)
            post = self.title_at(name[1]) if name else None
            if post and (
                (post[1].ambassador and post[1].role != "ambassador")
                or post[1].role in _DIPLOMATS_POSTS
            ):
                # السفير X قنصل عام ..., السفير X المتحدث الرسمي باسم الخارجية: the grade
                # of a consul, a chargé, a spokesperson, a director
                return i + 1
        before = i - 1
        for k in range(max(0, i - 3), i):
            h = self.honorific(k)
            if h and k + h[0] == i and k > 0:
                before = k - 1  # مكتب سمو الوزير: the possessor stands before the honorific
                break
        if before >= 0 and (
            any(
                # (a place noun in construct only: في المطار نائب الوزير X is no place)
                (k in _NOT_NAME_START and not self.toks[before].al)
                # (شقيقه الرئيس X: "his brother, the president", not شقيقة الرئيس)
                or (
                    k in _POSSESSORS
                    and not self.toks[before].text.endswith("ه")
                    # (الوفد المرافق وزير الخارجية X: a noun with ال is in construct
                    # with nothing; the title after it is X's)
                    and not self.toks[before].al
                    # (بيان عن مكتب رئيس الوزراء X: an office no title heads is the
                    # principal's own; X is the principal)
                    and not (
                        k in _OFFICES
                        and (
                            before == 0
                            or not any(f in self.ix.heads for f in self.toks[before - 1].firsts)
                        )
                        and self.name_at(self.modifiers(first[0])[0]) is not None
                    )
                )
                for k in self.toks[before].firsts
            )
            or (
                self.toks[before].norm == "لدي"
                and before > 0
                and not self.toks[before - 1].punct
                and any(k in self.ix.heads or k in _ATTACHED for k in self.toks[before - 1].firsts)
            )
        ):
            # شارع الرئيس ...: a place named after a person; مستشار الوزير, نجل الرئيس:
            # the title of someone else
            return first[0]
        # a chain of titles for one person: نائب رئيس الوزراء ووزير الخارجية العراقي X
        titles = []  # (start, end, entry, org, mods)
        j = i
        cur = first
        while cur:
            title_start = j
            end, entry, org = cur
            principal = None
            own_second = False  # the title after the principal's is the holder's
            attached = (
                end + 1 < self.n
                and self.toks[end].key in _ATTACHED
                and self.toks[end + 1].norm == "لدي"
            )
            if attached:
                end += 2  # الوزير المنتدب لدى وزير الخارجية: the minister attached to another
            # مستشار الشؤون الأمنية لرئيس الوزراء: a field, then the principal after لـ
            field = (
                self._field_before_principal(end)
                if entry.role in _FIELD_HOLDERS
                and (i == 0 or self.toks[i - 1].key not in _HANDING_VERBS)
                else None
            )
            if (
                # (a title whose last word has the article is in no construct, its
                # principal follows لـ: المبعوث الأممي محافظ عدن X is the UN envoy, then
                # the governor; المبعوث الخاص للرئيس X is the president's)
                (
                    entry.role in ("envoy", "adviser", "spokesperson", "ambassador")
                    and not (
                        self.toks[end - 1].al and end < self.n and self.toks[end].norm[:1] != "ل"
                    )
                )
                or attached
                or any(k in _POSSESSORS for k in self.toks[end - 1].firsts)
                or field is not None
            ):
                # مبعوث الرئيس الروسي, مستشار رئيس الوزراء العراقي, مدير مكتب الوزير, سفير
                # خادم الحرمين الشريفين: a title right after (past an honorific: مكتب سمو
                # الوزير) is the principal's, who gives the state
                p_start = end if field is None else field  # (past the field)
                h = self.honorific(p_start)
                if h:
                    p_start += h[0]
                sub = self.title_at(p_start)
                if sub:
                    sub_end = sub[0]
                    if sub[1].role.endswith("minister") and sub[1].org != "ministry":
                        sub_end = self.portfolio_tail(sub_end)
                    end, principal = self.modifiers(sub_end)
                    if (
                        sub[1].role == "head_of_state"
                        and principal["country"] is None
                        and (second := self.title_at(end)) is not None
                        and self.modifiers(second[0])[1]["rank"] is not None
                    ):
                        # مستشار الملك رئيس هيئة الأركان المشتركة الفريق X: a post right
                        # after a head of state, then a rank, is the ranked holder's second
                        own_second = True
                    # the principal's own name stands right after its nationality
                    # (مستشار الرئيس الأمريكي X), not after a field, a host or an honorific
                    adj_end = sub_end
                    while adj_end < self.n and self.adjective(adj_end):
                        adj_end += self.adjective_len(adj_end)
                    stated = principal["country"] is not None and end == adj_end
                    if principal["country"] is None and sub[1].state:
                        principal["country"] = sub[1].state
                    # the principal's own name follows a principal of a stated state
                    # directly (مستشار الرئيس الأمريكي دونالد ترامب); after a bare one it is
                    # the first title's holder (مستشار الوزير سامي حداد)
                    pn = self.name_at(end) if stated and not self.toks[end - 1].punct else None
                    if pn and pn[2] is None and not self._second_name_after(pn[1]):
                        # مستشار الرئيس الأمريكي سامي بولس: a name no one else follows is the
                        # adviser's own (unless the gazetteer knows it as the principal's)
                        pn = None
                    if pn:  # the principal is named too: مستشار الرئيس الأمريكي دونالد ترامب
                        self.add(
                            pn[0],
                            pn[1],
                            pn[2],
                            role=sub[1].role,
                            country=principal["country"],
                            org=sub[2],
                            rank=None,
                            status="current",
                            start=p_start,
                            end=pn[1],
                            rule="ar.title_name",
                        )
                        end, more = self.modifiers(pn[1])
                    elif (
                        not stated
                        and sub[1].needs_state
                        and not self.toks[end - 1].punct
                        and (pn := self.name_at(end)) is not None
                        and (holder := self.name_at(pn[1])) is not None
                        and holder[0] == pn[1]
                    ):
                        # مدير مكتب الأمير X بن Y سعد بن Z: the prince's name, then the
                        # holder's, right after it
                        end = pn[1]
            if (
                entry.role.endswith("minister")
                and (entry.org != "ministry" or org != entry.org)
                and not (_dual(entry.head) and self._dual_second_post(end))
            ):
                end = self.portfolio_tail(end)  # وزير الخارجية والتعاون الإفريقي ...
            governed = None
            head_key = self.toks[end - 1].key
            if (
                head_key in _PLACE_HEADS
                or (_dual(head_key) and head_key[:-1] in _PLACE_HEADS)
                # (أميرا لمنطقة تبوك, محافظا لمحافظة جدة: an accusative's field, with لـ)
                or (head_key[:1] == "ل" and head_key[1:] in _PLACE_HEADS)
            ):
                # محافظ البصرة, حاكم دبي, أمير منطقة الرياض: the place the post governs,
                # and its state
                where = self.match(self.ix.places, end)
                if not where and end + 1 < self.n and self.toks[end].key in _PLACE_HEADS:
                    # محافظ محافظة المهرة, والي ولاية الخرطوم: the unit's word, then its name
                    where = self.match(self.ix.places, end + 1)
                    where = (where[0] + 1, where[1]) if where else None
                if (
                    not where
                    and end < self.n
                    and not self.toks[end].punct
                    # (المحافظ حمد بن سالم X: a given name, no town's of that name)
                    and self.toks[end].key not in self.ix.given_names
                ):
                    # محافظ الخرج, والي عبري: a place the lexicon holds only with its unit's
                    # word (محافظة الخرج, ولاية عبري), which the governor's title implies
                    where = self._unit_place(end)
                if where and isinstance(where[1], dict) and where[1].get("country"):
                    governed = where[1]["country"]
                    city = self.country_name(end) is None  # (أمير الكويت: the state's emir)
                    end += where[0]
                    if entry.role in ("head_of_state", "deputy_head_of_state") and city:
                        # أمير حائل, أمير القصيم: a region's or a city's emir, its governor
                        # (as أمير منطقة القصيم), no state's head; نائب أمير القصيم: his
                        # deputy, an official too
                        entry, org = replace(entry, role="official", org="government"), "government"
                elif not where:
                    end = self._unknown_city(end)
            j, mods = self.modifiers(end)
            if mods["country"] is None and governed:
                mods["country"], mods["country_at"] = governed, end
            if principal:
                mods["org_words"] = True  # مدير عام مكتب الوزير: the principal's office
            if principal and mods["country"] is None:
                mods["country"] = principal["country"]
            if (
                titles
                and None not in (titles[-1][4]["country"], mods["country"])
                and (titles[-1][4]["country"] != mods["country"])
            ):
                j = title_start  # "وزير الخارجية السعودي، ووزير الدفاع الأردني X": two people
                break
            if (
                titles
                and entry.org == "parliament"
                and entry.head in _MP_HEADS
                and titles[-1][2].org != "parliament"
            ):
                # استقبل رئيس الجمهورية النائب X: the member of parliament is whom the
                # titled host received, no second post of the host's (but نائب رئيس مجلس
                # النواب النائب X is one member's two posts)
                j = title_start
                break
            if (
                titles
                and titles[-1][4]["country"] is not None
                and titles[-1][4].get("country_at") == titles[-1][1]
                and mods["country"] is None
                and self.toks[title_start].norm[:1] == "و"
                and entry.role in _LEADER_ROLES
                and titles[-1][2].role not in _LEADER_ROLES
            ):
                # وزير الداخلية الأردني ورئيس الوزراء X: a post with its own state, then a
                # higher one: two people, X holds the second, of the same state (one man's
                # posts run from the highest: نائب رئيس الوزراء ووزير الخارجية الأردني X)
                mods["country"], mods["country_at"] = titles[-1][4]["country"], end
                titles = []
            titles.append((j if not titles else titles[-1][0], end, entry, org, mods))
            bare_head = (
                (
                    entry.bare
                    # (one word: الوزير; وزير الدولة وزير الخارجية X is one man's two posts)
                    or (
                        entry.head in _GENERIC_HEADS
                        and entry.portfolio
                        and org == entry.org
                        and end - title_start == 1
                    )
                )
                and mods["country"] is None
                and j == end
            )
            if bare_head and j < self.n and self.toks[j].text not in _PUNCT_SKIP:
                break  # استقبل الوزير سفير X: the bare minister receives the ambassador
            if (
                end < j
                and self.toks[end].norm == "في"
                and mods["country"] is None
                and not (mods["org_words"] or mods["rank"])
                and j < self.n
                and self.toks[j].text not in _PUNCT_SKIP
            ):
                break  # التقى المبعوث في الرياض رئيس ...: where he met, then whom
            nxt = self.chained_title(j)
            if (
                nxt is not None
                and j > 0
                and not self.toks[j - 1].al
                and not _NOT_NAME_START.isdisjoint(self.toks[j - 1].firsts)
            ):
                nxt = None  # رئيس جامعة الملك X: a body named after a king, no second post
            if (
                nxt is not None
                and title_start == i
                and entry.role == "head_of_state"
                and i > 0
                and (
                    (
                        (before := self.name_before(i, adjacent=True)) is not None
                        and self._honorific_ending_at(before[0])
                    )
                    # (استقبل الملك X ملك البلاد وزير الخارجية Y: named by his throne)
                    or any(
                        f.name_end == self.toks[i - 1].end and f.role == "head_of_state"
                        for f in self.findings
                    )
                )
            ):
                # استقبل الشيخ X أمير دولة الكويت رئيس مجلس الشورى Y: a styled name, then
                # his throne in apposition; the title after it opens whom he received
                nxt = None
            if (
                nxt is not None
                and self.toks[nxt[0]].norm[:1] in "بل"
                and self.toks[nxt[0]].key not in self.ix.heads
                and not principal
            ):
                # والتقى رئيس الأركان بوزير الدفاع X: the title after ب or ل is the verb's
                # object (or the one a post is held to), no second post of one man
                nxt = None
            if (
                nxt is not None
                and self.toks[nxt[0]].norm[:1] == "ل"
                and entry.role in ("envoy", "adviser", "spokesperson")
            ):
                # المستشار والمبعوث الخاص لخادم الحرمين الشريفين X: whose envoy he is, no
                # post of his
                nxt = None
            if (
                nxt is not None
                and not principal
                and self.toks[nxt[0]].norm[:1] != "و"
                and not self._names_body(title_start, j)
                and self._names_body(nxt[0], self._title_end(nxt))
            ):
                # التقى وزير الداخلية مدير مكتب برنامج الأغذية العالمي X: a state's post,
                # then a body's office: the first is who met, the second X's
                nxt = None
            while (
                nxt is not None
                and principal
                and not own_second
                and nxt[0] == j
                and (
                    not self._starts_item(j)
                    # مدير مكتب النائب الأول لرئيس الوزراء ووزير الخارجية X: a cabinet post
                    # joined to the principal's is his too; an office's director holds none
                    or (
                        entry.role == "director_general"
                        # (not وزير الدولة لشؤون مجلس الوزراء: a post the director may hold)
                        and nxt[1][1].role != "minister"
                        and (
                            nxt[1][1].role.endswith("minister")
                            or nxt[1][1].role.startswith(("head_of", "deputy_head"))
                        )
                    )
                )
            ):
                # مستشار نائب رئيس مجلس الوزراء وزير الخارجية والمتحدث الرسمي X: the post
                # right after the principal's is the principal's too; one joined by و is
                # the holder's
                j = self._title_end(nxt)
                nxt = self.chained_title(j)
            if (
                nxt is not None
                and self._feminine(title_start) != self._feminine(nxt[0])
                and not self._feminine_verb(i - 1)
                # (سفير مصر لدى البحرين السفيرة X: the post, then her grade, one woman)
                and not (
                    entry.role == "ambassador"
                    and nxt[1][1].role == "ambassador"
                    and nxt[1][0] == nxt[0] + 1
                    and self.toks[nxt[0]].al
                )
            ):
                # رئيس مجلس الشورى رئيسة البرلمان X: a man's title, then a woman's: two people
                # (not after a woman's verb: قالت نائب رئيس الوزراء ووزيرة الخارجية X, whose
                # first title is written masculine)
                nxt = None
            if (
                nxt is not None
                and self.toks[j].text in _PUNCT_SKIP
                and i > 1
                and self.toks[i - 1].text in _PUNCT_SKIP
                and self.name_before(i) is not None
                and self.name_at(self._title_end(nxt))
            ):
                # X، نائب رئيس الوزراء ووزير الصحة، وزير الصحة السعودي Y: the titles
                # between the commas are X's; the one after the comma is Y's
                nxt = None
            if (
                nxt is not None
                and self.toks[j].text in _PUNCT_SKIP
                and (before := self.name_before(i, adjacent=True)) is not None
                and not any(x in self.claimed for x in range(before[0], before[1]))
                and self.name_at(self._title_end(nxt))
            ):
                # كلا من X مبعوث الأمم المتحدة، والمبعوث الفرنسي Y: X's title, then Y's
                nxt = None
            if (
                nxt is not None
                and len(titles) == 1
                and self.toks[title_start].al
                and mods["country"] is None
                and self._stateless_holder_before(entry.role, title_start)
            ):
                # في استقبال المبعوث الأممي محافظ عدن X: the body's envoy named before is
                # received; the governor is X
                break
            if (
                nxt is not None
                and len(titles) == 1
                and mods["country"] is not None
                and entry.role in ("head_of_state", "head_of_government")
                and any(
                    f.role == entry.role
                    and f.country == mods["country"]
                    and f.end <= self.toks[title_start].idx
                    for f in self.findings
                )
            ):
                # كان في استقبال سلطان عُمان رئيس مجلس الوزراء X: the sultan named before
                # is received; the prime minister is X
                break
            if nxt is not None:
                j, cur = nxt
                continue
            break
        # الأمير X: nobility, not a post (أمير is a post only with its state); but الأمير
        # before the opening of an emir's full name (سمو الأمير الشيخ صباح الأحمد) may be
        # his reign: the article's date decides (kg.extract._monarch_named)
        titles = [
            t
            for t in titles
            if not (
                t[2].needs_state
                and t[4]["country"] is None
                and not t[4].get("own")
                and not (t[2].role == "head_of_state" and self._emir_named(t[1], j))
            )
            # زعيم المعارضة الفنزويلية X: the state is the organisation's, not a leader's
            and not (t[2].needs_state and t[2].role == "head_of_state" and t[4]["org_words"])
        ]
        # مدير X is no post; مدير الأمن العسكري X is
        titles = [
            t
            for t in titles
            if not (t[2].needs_org and not t[4]["org_words"])
            # محافظ بنك الجزائر, محافظ مصرف لبنان X: a bank named by its state alone, its
            # governor's (رئيس بنك الأردن, بنك الكويت الوطني: a commercial bank's)
            or (
                self.toks[t[1] - 1].key in _BANK_NOUNS
                and t[2].head in _BANK_GOVERNORS
                and t[4]["country"] is not None
                and t[4].get("country_at") == t[1]
                and not self._bank_name_goes_on(t[1])
            )
        ]
        # الرئيس السابق للشركة X, الرئيس الأسبق للبنك X: the head of a unit no lexicon
        # holds, not a state's president (الرئيس الحالي للاتحاد الأفريقي X stays)
        titles = [
            t
            for t in titles
            if not (
                t[2].role == "head_of_state"
                and self.toks[t[1] - 1].al
                and self.toks[t[1] - 1].key == "رييس"
                and t[4]["org_words"]
                and t[4]["country"] is None
                and not t[4]["org"]
                and any(self.toks[k].norm[:2] == "لل" for k in range(t[1], min(t[1] + 2, self.n)))
                and not self._names_body(t[1], t[1] + 4)
            )
        ]
        # رئيس القطاع الخاص: the private sector's, no government's unit
        titles = [t for t in titles if not self._private_sector(i, t[0])]
        # رئيس مجلس النواب المستشار الدكتور X, نائب رئيس مجلس السيادة القائد X: the bare
        # word after another title is a style (a judge's Counsellor, the Leader), no post
        titles = [
            t
            for n, t in enumerate(titles)
            if not (
                n > 0
                and t[1] - t[0] == 1
                and self.toks[t[0]].al
                and self.toks[t[0]].key in _STYLE_TITLES
                and t[4]["country"] is None
                and not t[4]["org_words"]
            )
        ]
        if not titles:
            return None
        if (
            titles[0][2].role == "ambassador"
            and self._acting_before(i)
            and (acting := self.title_at(i - 2)) is not None
        ):
            # القائم بأعمال السفير الأمريكي X, acting for the ambassador: the chargé
            # d'affaires (after another title too: واستقبل وزير الخارجية القائم بأعمال ...)
            titles[0] = (titles[0][0], titles[0][1], acting[1], *titles[0][3:])
        dual_at = next((n for n, t in enumerate(titles) if n > 0 and _dual(t[2].head)), None)
        if dual_at is not None:
            # التقى رئيس الوزراء العراقي محافظي بغداد X وواسط Y: a title in the dual after
            # another opens whom the first (unnamed) met; the names are the dual's
            own = next(
                (
                    x
                    for x in range(titles[dual_at - 1][1], titles[dual_at][1])
                    if self.toks[x].key == titles[dual_at][2].head
                ),
                None,
            )
            if own is not None:
                i = own
                titles = [(own, *t[1:]) for t in titles[dual_at:]]
        if self._in_the_name_of(i) and self.name_at(titles[0][1]) is None:
            # "باسم السيد رئيس الجمهورية، القائد الأعلى ...، أنصب X": on whose behalf one
            # speaks, no holder after the titles
            return titles[-1][1]
        start_tok = i
        rule = "ar.title_name"
        if len(titles) == 1 and (got := self._dual_portfolios(i, titles[0])) is not None:
            return got
        j = self._past_grade(j, titles[-1][2])
        if (
            j < self.n
            and self.toks[j].text in _QUOTES
            and (shut := self._quote_end(j))
            and (self.match(self.ix.ranks, shut) or self.honorific(shut))
        ):
            # قائد السفينة الحربية “X Y” العميد Z: the quoted words name what he heads
            # (a ship, a unit); its holder is styled after them
            j = self.modifiers(shut)[0]
        name = self.name_at(j)
        if (
            name is not None
            and (
                not self._styled(name[0])
                # (محطة الشهيد X, مخيم الشيخ X: the style opens the name a place bears)
                or any(
                    not self.toks[k].al and not _NOT_NAME_START.isdisjoint(self.toks[k].firsts)
                    for k in range(max(titles[-1][1], name[0] - 2), name[0] - 1)
                )
            )
            # (the place's noun right after the title, bare: not a body's in the title's
            # phrase, الأمين العام المساعد لجامعة الدول العربية X)
            and titles[-1][1] < name[0]
            and not self.toks[titles[-1][1]].al
            and self.toks[titles[-1][1]].key in _NOT_NAME_START
            # (not after a title that ends in على: المشرف العام على مركز X, the body it
            # is over)
            and self.toks[titles[-1][1] - 1].text not in ("على", "علي")
            # (a title whole before it, وزير الطاقة, الرئيس: not مدير مستشفى X, the body he
            # runs)
            and (len(titles) > 1 or titles[-1][1] - i >= 2 or self.toks[i].al)
        ):
            # زيارة رئيس الوزراء نادي شباب الكرك الرياضي: the place he visited (a club, a
            # project) after the title, its words no holder's name
            name = None
        if name is not None and self._accusative_title(i) and self.name_before(i, adjacent=True):
            # X سفيراً لجمهورية تونس والهادي ولد أحمد سفيراً ...: a title in the accusative
            # follows its holder (as ...); the name after it opens the next item
            name = None
        if (
            name is not None
            and name[0] == titles[-1][1]
            and self.toks[name[0] - 1].key in _OFFICE_NOUNS
            and not self.toks[name[0] - 1].al
        ):
            # مدير مكتب السيسي: the office's owner in construct, no holder of the title
            return name[1]
        if name is not None and j > 0 and self.toks[j - 1].norm == "باسم":
            name = self._spokesman_after_principal(name)
        if (
            name is not None
            and name[2] is None  # (not a head the gazetteer knows: عين الرئيس X، سفيرا)
            # (nor one of a state, الرئيس الأوكراني X, unless a style or a grade opens the
            # name: عين العاهل المغربي السيد X سفيرا, عين وزير الخارجية الكويتي السفير X)
            and (
                titles[0][4]["country"] is None
                or self._styled_between(titles[0][1], name[0])
                or any(self.match(self.ix.ranks, x) for x in range(titles[0][1], name[0]))
                or self._post_given(name[1])
                or self._relieved_of(name[1])
            )
            and self._appointer_before_appointee(i, titles[0][2], name)
        ):
            # وعين الملك X سفيراً لدى Y: the bare title is who appoints, X the appointee
            # (his post the accusative's), not the title's holder
            name = None
        if (
            name is not None
            and any(
                self.toks[k].norm[:1] == "و" and (self.honorific(k) or self._grade(k))
                for k in range(start_tok + 1, name[0])
            )
            and self.name_before(i, adjacent=True)
        ):
            # الأمير X وزير الداخلية وصاحب السمو الأمير Y رئيس ...: the title follows its
            # holder; و and the honorific open the next item of the list
            name = None
        if (
            name is not None
            and name[2] is None
            and name[1] + 1 < self.n
            and self.toks[name[1]].norm.startswith("وال")
            and self.toks[name[0]].key not in self.ix.given_names
            and (later := self.name_at(name[1] + 1)) is not None
            and self.toks[later[0]].key in self.ix.given_names
        ):
            # نائب وزير تحول الطاقة والمياه X: a portfolio no lexicon holds, its words
            # joined by و + the article, then the holder's name
            name = later
        if (
            (name is None or name[2] is None)
            and j > 0
            and not self.toks[j - 1].al
            and not self.toks[j - 1].punct
            and self.toks[j - 1].key not in self.ix.heads
            # (a body's noun in construct: هيئة, مركز, جامعة; not a state: سفير مصر X)
            and any(k in _ORG_HEADS or k in _NOT_NAME_START for k in self.toks[j - 1].firsts)
            and not self._honorific_ending_at(j)
            and not self._rank_ending_at(j)
        ):
            # رئيس جامعة X العربية للعلوم الأمنية الدكتور Y, رئيس جامعة الملك X الدكتور Y:
            # a body in construct named after someone, then the holder after his style
            # or rank
            k0 = name[1] if name is not None else j
            later = None
            for k in range(k0, min(k0 + 5, self.n)):
                if self.toks[k].punct:
                    break
                h = self.honorific(k) or self.match(self.ix.ranks, k)
                if h and (later := self.name_at(k + h[0])) is not None:
                    break
            if later is not None:
                name = later
            elif (
                name is not None
                and name[2] is None
                and self.toks[j - 1].key == "لجنه"
                and self.toks[name[0]].key not in self.ix.given_names
                and self.toks[name[0]].norm.endswith("ه")
            ):
                # رئيس لجنة مراقبة وقف الأعمال العدائية: what the committee does (a verbal
                # noun), no name of its head
                name = None
        if name is None:
            name = self._known_surname_at(j)  # الرئيس X: the one official so named
        if (
            name is not None
            and not self._feminine(i)
            and self._woman_marked(name[0])
            and not self._feminine_verb(i - 1)
            and not self._styled_office(i, titles[0][2], name[1])
        ):
            # جلالة الملك السيدة X: a woman is not the king; but after a verb of a woman's
            # (أكدت وكيل وزارة الخارجية الشيخة X) the title, as often, is written masculine
            name = None
        if name is not None and name[0] == j and self._clitic_len(name[0], name[1]):
            name = None  # اجتمع الوزير بسامي حداد: whom he met, not the minister's name
        if name is not None and self._hands_to_him(name[1]):
            # استقبل رئيس الجمهورية السيد X الذي سلمه أوراق اعتماده: X handed the
            # title's holder his credentials; X is the guest, not the holder
            name = None
        if (
            name is not None
            # (a diplomat's grade may stand between: وزير الخارجية سعادة السفير X)
            and (len(titles) == 1 or (len(titles) == 2 and titles[1][2].ambassador))
            and titles[0][4]["country"] is None
            # a guest's style between: اللورد, عطوفة, سعادة
            and any(f in _GUEST_STYLES for k in range(titles[0][1], j) for f in self.toks[k].firsts)
            and (after := self.title_at(name[1])) is not None
            and after[1].role != titles[0][2].role
            and (
                titles[0][2].bare
                or titles[0][2].head in _GENERIC_HEADS
                # (a full title with no state: his own post after X, of a state, tells
                # the guest: وزير الخارجية سعادة X سفير سلطنة عمان)
                or self.modifiers(after[0])[1]["country"] is not None
            )
            # (استقبل الرئيس السيد X وزير الخارجية الأمريكي Y: the post is Y's, X the
            # president)
            and self.name_at(self.modifiers(after[0])[0]) is None
        ):
            # استقبل الرئيس اللورد X وزير الدولة البريطاني: the bare title is who
            # received; X is named with a post of his own after him
            name = None
        if (
            name is not None
            and len(titles) == 1
            and titles[0][4]["rank"] is not None  # a rank opens the name after the title
            and (after := self.title_at(name[1])) is not None
            and (after_end := self.modifiers(after[0])) is not None
            and (
                (
                    after_end[1]["country"] is not None
                    and after_end[1]["country"] != titles[0][4]["country"]
                )
                # قائد القوات البحرية اللواء Y قائد العملية البحرية الأوروبية: another post
                or [t.key for t in self.toks[i:j]]
                != [t.key for t in self.toks[name[1] : after_end[0]]]
            )
            and self.name_at(after_end[0]) is None
            and (before := self.name_before(i, adjacent=True)) is not None
            and not any(x in self.claimed for x in range(before[0], before[1]))
            and (self._rank_ending_at(before[0]) or self._honorific_ending_at(before[0]))
        ):
            # التقى الفريق X رئيس أركان القوات المسلحة الفريق Y رئيس أركان القوات المسلحة
            # القطرية: two people, each named before his post; the first title is X's
            name = None
        if (
            name is not None
            and (second := self.title_at(name[1])) is not None
            and (second_end := self.modifiers(second[0])) is not None
            and self.name_at(second_end[0]) is None
            and self._own_posts_each(titles[0], second[1], second_end[1], name)
            and (before := self.name_before(i, adjacent=True)) is not None
            # (a known leader of another state than the title's is no holder of it)
            and not (
                before[2] is not None
                and titles[0][4]["country"] is not None
                and lexicon.official_state(before[2]) not in (None, titles[0][4]["country"])
            )
            and not any(x in self.claimed for x in range(before[0], before[1]))
            and (
                before[0] == 0
                or self._after_meeting_verb(before[0])
                or self._styled(before[0])
                or self.toks[before[0] - 1].text in (".", ":", "\n")
            )
        ):
            # استقبل المهندس X وزير البترول السفير Y سفير الاتحاد الأوروبي: each named right
            # before his own post, the subject after the verb and the guest after him;
            # the first title is X's, not Y's
            name = None
        if (
            name is not None
            and titles[-1][2].role == "head_of_state"
            and any(self.toks[x].firsts[-1] in _KING_HEADS for x in range(i, name[0]))
            and name[0] > 0
            and self.toks[name[0] - 1].key == "امير"
        ):
            # المبعوث الخاص لخادم الحرمين الشريفين الأمير X: a prince after a king's title
            # is not the king (the king's envoy, his adviser, his son)
            name = None
        if (
            name is not None
            and i > 0
            and self.toks[i].norm[:1] == "ل"
            and self.toks[i - 1].key in _ESCORT_WORDS
            and any(self.toks[k].text in _LIST_OPENERS for k in range(titles[-1][1], name[0]))
            and self._list_goes_on(name[1])
        ):
            # وضم الوفد المرافق لولي العهد؛ الشيخ X، والشيخ Y: the delegation's members
            # after the one it goes with, not his name
            name = None
        if (
            name is not None
            and self._styled(name[0])
            and any(self._wa(k) for k in range(max(titles[-1][1], name[0] - 3), name[0]))
            and self._styled_name_before(i)
        ):
            # حضر الدكتور X وكيل الوزارة للشؤون الإسلامية والشيخ Y مدير ...: the style
            # after و opens the next item of the list; the title is X's
            name = None
        pair = self._styled_pair(i, titles, name) if name is not None and len(titles) >= 2 else None
        if pair is False and titles[-1][4]["country"] is None:
            # حضر الأمير X نائب وزير الدفاع ورئيس هيئة الأركان العامة الفريق أول Y: two
            # items of a list; the titles before the و are X's, the last opens Y's item
            # (but رئيس الوزراء ووزير الخارجية القطري الشيخ Y: a state, and both are Y's)
            j = titles[-2][1]
            titles = titles[:-1]
            name = None
        elif pair:
            j = name[0]  # ... السيد Y سفير كندا: Y's own title follows; these are X's
            name = None
        if (
            name is not None
            and any(self.toks[k].text in _APPOSITION for k in range(i, j))
            and self._marked_name_before(i)
        ):
            # استقبل الأستاذ X رئيس الوزراء، الأمير Y وزير الخارجية: the title is X's, whom
            # an honorific or a rank marks right before it; the name after the comma
            # opens the next item
            name = None
        comma = next(
            (
                k
                for k in range(titles[-1][1], name[0] if name else i)
                if self.toks[k].text in _PUNCT_SKIP
            ),
            None,
        )
        if (
            name is not None
            and name[0] > i + 1
            and self.toks[name[0] - 1].text in _PUNCT_SKIP
            and self.title_at(name[1]) is not None
            and (before := self.name_before(i, adjacent=True)) is not None
            and not any(x in self.claimed for x in range(before[0], before[1]))
        ):
            # كلا من X مبعوث الأمم المتحدة، Y وزير التعليم: each name before its own post;
            # the name after the comma is the next item's, not this title's
            name = None
        if (
            name is not None
            and len(titles) == 1
            and titles[0][1] == i + 1  # (one word: الملك, الرئيس, of no state)
            and titles[0][4]["country"] is None
            # (to whom something goes: لجلالة الملك, للرئيس; not وقال الرئيس، X ..., an
            # apposition of the speaker's)
            and self._prepositional_title(i)
            and name[0] > i + 1
            and self.toks[name[0] - 1].text in _PUNCT_SKIP
            and (own := self.title_at(name[1])) is not None
            and own[1].role != titles[0][2].role
        ):
            # سلم الرسالة لجلالة الملك المعظم، X نائب رئيس الوزراء وزير الخارجية: a bare
            # title, then a comma and a name with a post of his own, another's; the bare
            # title is no apposition of his
            name = None
        if (
            name is not None
            and comma is not None
            and i > 1
            and self.toks[i - 1].text in _PUNCT_SKIP
            and (
                (name[0] > comma + 1 and not (self._wa(i) and (i - 2) in self.claimed))
                # X، TITLE، honorific Y: X's, unless X holds a title already (then the
                # title and Y are the next item: وزير الخارجية X، سفير مصر، السيد Y)
                or (self._after_honorific(name[0]) and (i - 2) not in self.claimed)
                # X، وزير الداخلية المصري، Y، وزير الداخلية التركي: Y has a title of his own
                # (but in سفير إيران، X، وسفير تركيا، Y، وسفير اليابان، Z each title opens
                # an item: X has his, and the title with و starts the next)
                or (
                    name[1] + 1 < self.n
                    and self.toks[name[1]].text in _PUNCT_SKIP
                    and self.title_at(name[1] + 1) is not None
                    and (i - 2) not in self.claimed
                )
            )
            and self.name_before(i) is not None
        ):
            # استقبل X، وزير الخارجية، بمكتبه، الخميس، Y: the title between two commas is
            # X's; Y, past more words, is whom he received
            name = None
        if (
            name is not None
            and not self.toks[i].al
            # (سفيرا, and a woman's سفيرة, whose accusative is written alike)
            and self.toks[i].norm.endswith(("ا", "ة", "ه"))
            and (k := self._past_modifiers(i + 1)) < self.n
            and self.toks[k].norm[:1] == "ل"
            and (
                prev := [
                    n
                    for n, f in enumerate(self.findings)
                    if f.name_end == self.toks[i - 1].end and f.role == titles[0][2].role
                ]
            )
        ):
            # والسفير X سفيرا لجمهورية النمسا والسفير Y: the title in the accusative, "as
            # ambassador of", is the state of the name before it, not the next item's post
            f = self.findings[prev[-1]]
            code = titles[0][4]["country"]
            if f.country is None and code:
                k = titles[0][1]  # the evidence runs over the state (لجمهورية النمسا)
                while (
                    k < self.n
                    and k - titles[0][1] < 6
                    and not self.toks[k].punct
                    and not self._wa(k)
                ):
                    k += 1
                self.findings[prev[-1]] = replace(f, country=code, end=self.toks[k - 1].end)
            return titles[0][1]
        if name is None and len(titles) == 1:
            pair = self._dual_pair(i, titles[0], j)
            if pair is not None:
                return pair
            if self._holders_before_dual(i, titles[0]):
                return titles[0][1]
        if (
            name is None
            and not self._starts_item(i)
            # التقى X، وزير الخارجية الأمريكي الذي وصل: X has a title; this one, with
            # a relative clause, is whom he met
            and not (
                titles[-1][0] < self.n
                and self.toks[titles[-1][0]].key in _RELATIVE_PRONOUNS
                and self.toks[titles[-1][0]].al
                and self.toks[i - 1].text in _PUNCT_SKIP
                and (i - 2) in self.claimed
                and self._met_by(i - 2)
            )
            # التقى ... بالسفير الكندي: the object of a verb, no name's apposition
            and not self.toks[i].norm.startswith(("بال", "لل", "وبال", "ولل"))
            # X، لسلطان عمان: to whom X sends or conveys, no title of X's
            and not self._prepositional_head(i)
        ):
            # (X، القائم بأعمال الأمين العام: the name before the words of acting)
            at = i - 2 if self._acting_before(i) else i
            name = (
                self._oath_taker(i)
                or self.name_before(at, adjacent=True)
                or self._same_post_before(i, titles[0][2].role)
                or self.name_before(at)
            )
            rule = "ar.name_title"
            if name is not None and self._other_state_post(name, titles[0][4]):
                # رئيس الأركان الليبي X، السفير التركي لدى ليبيا Y: X serves Libya; the
                # post of another state (or an envoy's to his) is the next name's
                name = None
            if name is not None and self._object_after_subject(name, i, titles[0]):
                name = None
            if (
                name is not None
                and len(titles) == 1
                and titles[0][1] == i + 1  # one word: السفير, الوزير
                and titles[0][4]["country"] is None
                and not titles[0][4]["org_words"]
                and self.toks[i].al
                and (j >= self.n or self.toks[j].punct or self.toks[j].norm in _AT_PREPS)
                and self._after_meeting_verb(name[0])
            ):
                name = None  # استقبل X السفير: the verb's subject, then its object
            if (
                name is not None
                and len(titles) == 1
                and titles[0][1] == i + 1  # one word: الوزير, السفير
                and titles[0][4]["country"] is None
                and self.toks[i].al
                and i > 0
                and self.toks[i - 1].text in _PUNCT_SKIP
                and name[0] > 0
                and (held := self.title_at(name[0] - 1)) is not None
                and held[0] == name[0]
            ):
                # وأطلع الرئيس X، الوزير على ...: X has his title before him; the bare title
                # after the comma is whom the verb is about, not X's post
                name = None
            if (
                name is not None
                and name[1] == i
                and self.toks[i].al
                and any(
                    f.role == titles[0][2].role
                    and f.country is not None
                    and f.country == titles[0][4]["country"]
                    and self._sent_of_char(f.begin) < self.toks[i].sent
                    for f in self.findings
                )
            ):
                # وأبلغ اللواء X السفير الإماراتي: a definite title whose holder was named in
                # an earlier sentence is that holder again, the verb's object, not X's
                # apposition (in one sentence, X السفير الإيراني، Y السفير الإيراني is a list)
                name = None
            if name is not None:
                start_tok = name[0]
                rk = self.rank_before(name[0])
                if rk:
                    start_tok = rk[0]
                    for t in titles:
                        t[4]["rank"] = t[4]["rank"] or rk[1]
        if name is None:
            entry, org, mods = titles[0][2], titles[0][3], titles[0][4]
            self.unnamed[i] = Finding(
                name="",
                name_begin=self.toks[i].idx,
                name_end=self.toks[i].idx,
                role=entry.role,
                country=mods["country"],
                begin=self.toks[i].idx,
                end=self.toks[i].end,
                rule="ar.unnamed",
                org=mods["org"] or org,
            )
            self.unnamed_end[i] = titles[0][1]
            self.unnamed_head[i] = titles[0][2].head
            return j
        ns, ne, english = name
        if rule == "ar.title_name" and self._grade_before_post(i, titles, ne):
            return i + 1  # السفير X المبعوث الأمريكي: a diplomat's grade; the post is after
        only = titles[-1][2].state
        if (
            rule == "ar.title_name"
            and only
            and not titles[-1][4]["country"]
            and lexicon.official_state(english) not in (None, only)
        ):
            # التقى X ... وزير الدفاع والإنتاج الحربي الفريق Y: a title only one state uses,
            # before one the gazetteer knows serves another: the title is the subject's, told
            # before; Y is whom he met
            return i + 1
        shared_country = titles[-1][4]["country"] or self._metonym_state(i, j)
        # ملك ماليزيا السلطان X: a title of the chain with no state of its own is of the
        # state an earlier one names, before any state its wording is usual in
        chain_country = next((t[4]["country"] for t in titles if t[4]["country"]), None)
        shared_rank = next((t[4]["rank"] for t in titles if t[4]["rank"]), None)
        # appointment: تعيين X وزيرا للخارجية, or a designate
        appointed = rule == "ar.name_title" and self._appointment_before(start_tok)
        listed = (
            self._appointed_item(start_tok)
            # (X وزيرا للعدل، وY وزير الداخلية يستقبل: a title not in the accusative is held;
            # a woman's title without the article, سفيرة لدى Y, reads the same in both)
            if not appointed
            and rule == "ar.name_title"
            and (
                self._accusative_title(i)
                or (self.toks[i].norm.endswith(("ة", "ه")) and not self.toks[i].al)
            )
            else None
        )
        made = []
        # an officer of an international body is not the state's where he serves
        # (المنسق المقيم للأمم المتحدة في لبنان X)
        body_named = self._names_body(i, j)
        for _s, _e, entry, org, mods in titles:
            held_in = None if body_named else mods["held_in"]
            if any(
                not _EMBASSY_WORDS.isdisjoint(self.toks[x].firsts)
                for x in range(i, min(j + 1, self.n))
            ):
                held_in = None  # القائم بأعمال السفارة في السعودية X: the embassy's host
            if (
                entry.role == "director_general"
                and any(self.toks[x].key == "مكتب" for x in range(i, min(j + 2, self.n)))
                and self._names_body(i, j + 4)
            ):
                # مدير مكتب برنامج الأغذية العالمي في اليمن: an office of an international
                # body, whose officers are its officials (a state's office: its director)
                entry = replace(entry, role="official")
            if entry.role == "adviser" and any(
                not _EMBASSY_WORDS.isdisjoint(self.toks[x].firsts)
                for x in range(i, min(_s, self.n))
            ):
                # مستشار السفارة اليابانية: a diplomat's rank (the counsellor), an official
                entry = replace(entry, role="official")
            # the state a title's wording is used by (وزير الخارجية وشؤون المغتربين: JO),
            # unless the gazetteer knows the person serves another
            usual = entry.state or self.state_among(entry.states)
            if usual and lexicon.official_state(english) not in (None, usual):
                usual = None
            country = (
                mods["country"]
                or shared_country
                # نظيره الكيني الرئيس X: the counterpart's nationality, before the title
                or (self._counterpart_state(i) if rule == "ar.title_name" else None)
                or (chain_country if entry.role not in _ABROAD_ROLES else None)
                # وزير الخارجية في الجمهورية العربية السورية X (an ambassador's is the host)
                or (held_in if entry.role not in _ABROAD_ROLES and not entry.ambassador else None)
                or usual
            )
            status = mods["status"]
            if (
                rule == "ar.title_name"
                and i > 0
                and not _DEATH_WORDS.isdisjoint(self.toks[i - 1].firsts)
            ):
                status = "former"  # بعد وفاة وزير الخارجية X: a post he no longer holds
            if status == "designate" and mods.get("forming"):
                # الرئيس المكلف بتشكيل الحكومة X: the head of government designate, whatever
                # the title's head
                entry, org = replace(entry, role="head_of_government", org="cabinet"), "cabinet"
            if status == "designate" and mods.get("charged") and entry.role != "head_of_government":
                # وزير الخارجية المكلف: an acting minister holds the post; رئيس الوزراء
                # المكلف is tasked with forming a government and does not yet
                status = "current"
            decreed = False
            if appointed:
                # منذ تعيين X وزيرا في يناير: an appointment told as past holds the post;
                # so does one a decree makes (أصدر الملك أمرا بتعيين X أميرا لمنطقة تبوك),
                # once the article's passes have read it as a designate; not a nomination
                # (ترشيح), a charge (تكليف) or one to come (سيتم تعيين)
                status = "current" if self._appointment_past(start_tok) else "designate"
                decreed = self._appointment_made(start_tok)
            elif listed is not None:
                status = listed.status  # the next item of the same list of appointments
                decreed = listed.made
            elif (
                rule == "ar.name_title"
                and self._accusative_title(i)
                and ns > 0
                and not _FORMER_AUX.isdisjoint(self.toks[ns - 1].firsts)
            ):
                status = "former"  # وكان X وكيلا لوزارة الخارجية: a post he held then
            appointer = None
            if (
                appointed
                and country is None
                and not body_named  # (أمينا عاما لجامعة الدول العربية: the body's officer)
                and "ar+appointer" not in self.disabled
            ):
                # أصدر الرئيس البوليفي مرسوما بتعيين X وزيرا للدفاع: the appointer's state
                appointer = self._last_state_before(
                    self.toks[ns].idx, self.toks[ns].sent, True
                ) or self._council_state_before(start_tok)
                country = appointer
            if entry.bare and country is None and len(titles) == 1:
                generic = True
            else:
                generic = (
                    entry.head in _GENERIC_HEADS
                    and entry.portfolio
                    and org == entry.org
                    # (وزير الدولة: the minister of state, a post of its own)
                    and not (_e > 0 and self.toks[_e - 1].key == "دوله")
                )
            if entry.bare and rule == "ar.name_title" and self.toks[i].al:
                continue  # "X الرئيس" is rarely apposition ("X رئيس فرنسا" is)
            if (
                generic
                and ns == i + 1
                and self.toks[i].al
                and english is None
                and not any(
                    self.toks[k].key in self.ix.given_names
                    or self.toks[k].key in _LINEAGE
                    or self.toks[k].key in _CONNECTORS
                    for k in range(ns, ne)
                )
                and not self.toks[ne - 1].al
                and not self._named_before(ns, ne)
                and self.toks[ne - 1].key not in self._gazetteer_last_words()
            ):
                # الوزير صورة جمعت: a bare title before words no lexicon knows as a name,
                # and no one named so before, is followed by the sentence, not a holder
                continue
            role, f_org, f_rule = entry.role, mods["org"] or org, rule
            if appointer is not None:
                f_rule = rule + "+appointer"
            if country is None and role.endswith("minister"):
                # وزير الشؤون الخارجية والموريتانيين في الخارج X: the state whose nationals
                # abroad the portfolio names
                country = self._nationals_state(i, max(_e, j))
            if role == "minister" and (joined := self._joined_domain(start_tok, ns)) is not None:
                role, f_org = joined.role, joined.org
            if (
                generic
                and entry.role == "minister"
                and country is None
                and not self._named_before(ns, ne)
                and "ar+ministry" not in self.disabled
            ):
                # أعلنت وزارة الخارجية الإيرانية أن الوزير X: the minister of that ministry
                named = {
                    (o, r, c) for s_, o, c, r, _k in self.ministries() if s_ == self.toks[i].sent
                }
                if len(named) == 1:
                    f_org, role, country = named.pop()
                    generic, f_rule = False, rule + "+ministry"
            f = self.add(
                ns,
                ne,
                english,
                role=role,
                country=country,
                org=f_org,
                rank=mods["rank"] or shared_rank,
                status=status,
                start=start_tok,
                end=max(ne, _e),
                rule=f_rule
                + (
                    "+own"
                    if country is None and mods.get("own") and "ar+own" not in self.disabled
                    else ""
                ),
                generic=generic,
                made=decreed,
                # (ممثلة اليونيسف في اليمن X: a body's officer posted to a state, like
                # an ambassador, meets that state's officials)
                host=(
                    mods.get("host") or mods.get("held_in")
                    if entry.role in _ABROAD_ROLES or entry is _BODY_OFFICER
                    else None
                ),
            )
            made.append((f, entry, org, mods))
        end_tok = ne if rule == "ar.title_name" else j
        # coordinated: وزيرا الخارجية التركي X والسوري Y / والدفاع Y
        if made and rule == "ar.title_name":
            end_tok = self.coordinated(end_tok, made[-1][1], made[-1][2], made[-1][3])
        return max(end_tok, i + 1)

    def _field_before_principal(self, j: int) -> int | None:
        """A post's field at token j (الشؤون الأمنية, الشؤون الخارجية) and then, with لـ, a
        principal's title (لرئيس الوزراء, لوزير الداخلية): the token of that title, or
        None."""
        if j >= self.n or self.toks[j].key not in _FIELD_NOUNS:
            return None
        k = j + 1
        while k < self.n and k - j < 5 and not self.toks[k].punct:
            if self.toks[k].norm[:1] == "ل" and self.title_at(k) is not None:
                return k
            k += 1
        return None

    def _own_second_title_end(self, j: int) -> int | None:
        """A second post of the same holder at token j, joined by و with the pronoun of
        the first's state (ومندوبها الدائم لدى جامعة الدول العربية), up to the comma that
        his name (past an honorific) follows: the comma's token, or None."""
        w = self.toks[j].norm
        # (ها: the state's, after a diplomat's title; ومبعوثه after الرئيس is his envoy,
        # another man)
        if w[:1] != "و" or not w.endswith("ها") or w[1:-2] not in _OWN_SECOND_TITLES:
            return None
        if not any(
            not _OWN_SECOND_TITLES.isdisjoint(self.toks[x].firsts) for x in range(max(0, j - 8), j)
        ):
            return None
        k = j + 1
        while k < self.n and k - j < 12 and not self.toks[k].punct:
            k += 1
        if k >= self.n or k - j >= 12 or self.toks[k].text not in _PUNCT_SKIP:
            return None
        x = k + 1
        while x < self.n and (h := self.honorific(x)):
            x += h[0]
        return k if self.name_at(x) else None

    def _past_grade(self, j: int, entry: PostEntry) -> int:
        """Past an ambassador's grade after a diplomat's title and a comma (المندوب الدائم
        لدى الأمم المتحدة، السفير X; مساعد وزير الخارجية للشؤون العربية، السفير X): the
        grade is no second post, the name is the title's."""
        career = entry.role in _CAREER_ROLES
        if entry.role == "official" and self._title_after_meeting_verb(j):
            # (والتقى رئيس اللجنة، السفير X: whom the unnamed head met, the grade his)
            career = False
        if (
            (entry.role in _ABROAD_ROLES or entry.ambassador or career)
            and j + 2 < self.n
            and self.toks[j].text in _PUNCT_SKIP
            and self.toks[j + 1].al
        ):
            grade = self.title_at(j + 1)
            name = self.name_at(j + 2) if grade and grade[0] == j + 2 else None
            if grade and name and grade[1].role == "ambassador":
                if career and not (entry.role in _ABROAD_ROLES or entry.ambassador):
                    k = name[1] + (name[1] < self.n and self.toks[name[1]].text in _PUNCT_SKIP)
                    post = self.title_at(k) if k < self.n else None
                    if post and post[1].role == "ambassador":
                        # استقبل وكيل وزارة الخارجية، السفير X، سفير إيطاليا: an ambassador
                        # of his own state, the host's guest, not the title's holder
                        return j
                return j + 2
        return j

    def _known_surname_at(self, j: int) -> tuple[int, int, str] | None:
        """One word at token j, right after a title, that ends the name of one official
        of the gazetteer and of no other (الرئيس X), before no further
        name word, of a state the article names: (j, j + 1, his English name), or None."""
        if j >= self.n or self.toks[j].punct:
            return None
        t = self.toks[j]
        if (
            t.key in self.ix.given_names
            or t.key in self.ix.heads
            or self.match(self.ix.honorifics, j)
            or self.match(self.ix.ranks, j)
        ):
            return None  # رئيس الأركان السلطان: a title, a rank or a given name, no surname
        nxt = j + 1
        if nxt < self.n and not self.toks[nxt].punct and self.name_like(nxt, 1):
            if not self.toks[nxt].al and self.toks[nxt].key in self.ix.given_names:
                return None  # the first word of a longer name no lexicon holds
        if any(
            _consonants(f.name.split()[-1]) == _consonants(t.norm)
            for f in self.findings
            if len(f.name.split()) >= 2
        ):
            return None  # فالدنبرغ after هانس فالدنبيرغ: the one named before, spelled anew
        known = lexicon.official_by_surname(self.toks[j].text)
        if known is None or lexicon.official_state(known) not in self.states_named():
            return None  # (وصل الرئيس + a capital: a place, not an official of a state unnamed)
        return j, j + 1, known

    def _styled_pair(self, i: int, titles: list, name: tuple) -> bool | None:
        """Titles joined by و between two names, each marked by a style, a rank or الأمير,
        the one before unclaimed (الأمير X نائب وزير الدفاع ورئيس هيئة الأركان العامة
        الفريق أول Y): whether the name after has a title of its own right after him
        (استقبل الشيخ X نائب رئيس الوزراء ووزير الخارجية السيد Y سفير كندا: True, X holds
        both posts) or not (False: two items of a list); None when they are no such pair."""
        if not self._wa(titles[-2][1]) or not self._styled(name[0]):
            return None
        if not self._styled_name_before(i):
            return None
        k = name[1]
        while k < self.n and self.toks[k].text in _PUNCT_SKIP:
            k += 1
        return k < self.n and not self._wa(k) and self.title_at(k) is not None

    def _private_sector(self, i: int, end: int) -> bool:
        """Does the post phrase at tokens i..end name a sector that is no government's
        (القطاع الخاص, قطاع الأعمال الخاص: ``private_sector`` words after قطاع)?"""
        hi = min(end + 1, self.n)
        return any(
            self.toks[k].key == "قطاع"
            and any(
                self.toks[x].key in _PRIVATE_SECTOR
                for x in range(k + 1, min(k + 3, hi + 1, self.n))
            )
            for k in range(i, hi)
        )

    def _styled_name_before(self, i: int) -> bool:
        """A name no finding has claimed ends right before the title at token i, marked by
        a style, a rank or الأمير (حضر الدكتور X وكيل الوزارة ...)."""
        before = self.name_before(i, adjacent=True)
        return (
            before is not None
            and not any(x in self.claimed for x in range(before[0], before[1]))
            and self._styled(before[0])
        )

    def _styled(self, k: int) -> bool:
        """An honorific, a rank or the prince's style (الأمير) stands right before token k."""
        return bool(
            self._after_honorific(k)
            or self.rank_before(k)
            or (k > 0 and self.toks[k - 1].key in ("امير", "اميره"))
        )

    def _past_modifiers(self, k: int) -> int:
        """The first token from k on that is no modifier of a post (سفيرا فوق العادة مفوضا
        لـ: the state's word after the ambassador's style)."""
        while k < self.n and (
            self.toks[k].key in _SKIP_MODIFIERS
            or (self._wa(k) and self.toks[k].key[1:] in _SKIP_MODIFIERS)
        ):
            k += 1
        return k

    def _prepositional_head(self, i: int) -> bool:
        """Is the title at token i read only with a preposition glued to it (لسلطان عمان,
        بوزير الخارجية), never bare or after و? Then it is an object, no apposition."""
        clitics = dict(first_keys(self.toks[i].norm))
        heads = [key for key in self.opts(i, True)[0] if key in self.ix.posts.root]
        return bool(heads) and all(clitics.get(key, "") not in ("", "و") for key in heads)

    def _stateless_holder_before(self, role: str, at: int) -> bool:
        """One person named before token ``at`` holds ``role`` with no state (a body's
        officer: the UN envoy): a definite title of that role there is that person."""
        begin = self.toks[at].idx
        held = {
            (f.name, f.country) for f in self.findings if f.role == role and f.name_end <= begin
        }
        return len(held) == 1 and next(iter(held))[1] is None

    def _dash_line(self, d: int) -> bool:
        """Is the dash at token d the one of a line of a list, NAME – TITLE: the line opens
        (at a new line or a bullet) no more than six tokens before it, with no title between
        its start and the dash?"""
        for k in range(d - 1, max(-1, d - 7), -1):
            t = self.toks[k]
            opener = t.text in _DASHES or t.text in ("•", "*", "·")
            if opener or "\n" in self.text[self.toks[k - 1].end if k > 0 else 0 : t.idx]:
                # (a title in the line before the dash: وزير الدفاع - وزير الداخلية X - رئيس)
                start = k + 1 if opener else k
                return start < d and not any(self.title_at(x) is not None for x in range(start, d))
        return False

    def _styled_before_dash(self, d: int) -> bool:
        """Is the dash at token d set between a styled name and its title (معالي الدكتور
        X - وزير الأوقاف): a name no post has taken ends right before it and opens right
        after an honorific or a rank, and the dash stands apart from both words?"""
        if d == 0 or self.toks[d - 1].end == self.toks[d].idx:
            return False
        for ns in range(d - 1, max(-1, d - 8), -1):
            got = self.name_at(ns)
            if (
                got is not None
                and got[1] == d
                and ns not in self.claimed
                and (self._honorific_ending_at(ns) or self._rank_ending_at(ns))
            ):
                return True
        return False

    def _joining_dash(self, j: int) -> bool:
        """Is the dash at token j the one that joins two titles of one person, not one of
        a list's (وزير الدفاع - وزير الداخلية X - رئيس الأركان, كل من: ...)? No other dash
        and no colon in its sentence's eight tokens either side."""
        sent = self.toks[j].sent
        near = [
            self.toks[x].text
            for x in range(max(0, j - 8), min(self.n, j + 9))
            if x != j and self.toks[x].sent == sent
        ]
        return not any(w in _DASHES or w == ":" for w in near)

    def chained_title(self, j: int):
        """Another title for the same person right after one: و+title, ، title, or none
        (ولي العهد رئيس مجلس الوزراء X; نائب رئيس الوزراء ووزير الخارجية X)."""
        if j >= self.n:
            return None
        # (نائب رئيس مجلس الوزراء - وزير الداخلية X: a dash joins them as a comma does)
        dash = self.toks[j].text in _DASHES
        if dash and not self._joining_dash(j):
            return None
        k = j + 1 if self.toks[j].text in _PUNCT_SKIP or dash else j
        if k >= self.n or self.name_at(k) or self.in_metonym(k):
            return None
        if dash and (nxt := self.title_at(k)) and self.modifiers(nxt[0])[1]["country"]:
            return None  # رئيس الجمهورية - وزير الخارجية الفرنسي X: who met whom
        nxt = self.title_at(k)
        if not nxt or nxt[1].bare:
            return None
        if k > j and nxt[1].role == "ambassador":
            # "استقبل رئيس الجمهورية، سفير لبنان لدى ... X": after a comma, an ambassador
            # is the next person, not another post of the one before
            return None
        if nxt[1].role == "ambassador" and self.modifiers(nxt[0])[1]["country"] is not None:
            # استقبل نائب وزير الخارجية سفير جمهورية مالي X: an ambassador of a state is
            # the visitor, not a second post of the host (السفير X alone is a rank)
            return None
        if (
            nxt[1].needs_state
            and self.toks[k].norm[:1] == "و"
            and self.modifiers(nxt[0])[1]["country"] is None
        ):
            return None  # وزير الدفاع والأمير X: nobility, the next person of a list
        clitics = {key: c for key, c in first_keys(self.toks[k].norm)}
        head_keys = self.opts(k, True)[0]
        if not any(
            clitics.get(key, "x") in ("", "و")
            and self.ix.posts.longest([[key]] + self.opts(k + 1, False))
            for key in head_keys
        ):
            return None  # بالسفير, للرئيس: a preposition starts another phrase
        return k, nxt

    def _names_body(self, a: int, b: int) -> bool:
        """Does an international body stand among tokens a..b (للأمم المتحدة)?"""
        return any(self.match(self.ix.bodies, k) for k in range(a, min(b, self.n)))

    def try_dual_holders(self, i: int) -> int | None:
        """A title in the dual with no portfolio, then both holders (في حضور الوزيرين X وY,
        السفيران X وY): each holds the title's post, of the state the context gives. The
        token after the pair, or None."""
        # the title may carry a clitic (للرئيسين, والوزيرين) but must have the article
        firsts = self.toks[i].firsts if self.toks[i].al else [self.toks[i].key]
        head = next((_DUAL_TITLES[f] for f in firsts if f in _DUAL_TITLES), None)
        if head is None or "ar.dual" in self.disabled:
            return None
        k = i + 1
        if k < self.n and self.toks[k].norm in ("في", "لدى"):
            k += 1
        body = self.match(self.ix.bodies, k)
        # المستشاران بالأمم المتحدة X وY: the body they serve, then both holders
        holders = self._two_holders(k + body[0] if body else i + 1)
        hit = self.ix.posts.longest([[head]])
        if holders is None or hit is None:
            return None
        entry = hit[1]
        first_name, second_name, rank = holders
        told = {f.english for f in self.findings if f.english} | {f.name for f in self.findings}
        if any(
            name[1] - name[0] == 1
            or name[2] in told
            or self.text[self.toks[name[0]].idx : self.toks[name[1] - 1].end] in told
            for name in (first_name, second_name)
        ):
            return None  # وأكد الوزيران الصفدي وعبد العاطي: the two already told of
        for name, rk in ((first_name, None), (second_name, rank[1] if rank else None)):
            self.add(
                name[0],
                name[1],
                name[2],
                role=entry.role,
                country=None,
                org=entry.org,
                rank=rk,
                status="current",
                start=i,
                end=name[1],
                rule="ar.dual",
            )
        return second_name[1]

    def try_plural_ministers(self, i: int) -> int | None:
        """Ministers in the plural, then each portfolio and its holder, joined by و (رافقه
        وزراء المياه والري X والزراعة Y والدولة لشؤون المتابعة الدكتور Z): each the
        minister of his portfolio, of the state the context gives. Two pairs at least;
        the token after the last, or None."""
        t = self.toks[i]
        if (
            t.al
            or t.key != "وزراء"
            and not (t.norm[:1] in ("و", "ب") and inner_key(t.norm[1:]) == "وزراء")
        ):
            return None
        if "ar.plural_ministers" in self.disabled:
            return None
        pairs = []
        k = i + 1
        while k < self.n and len(pairs) < 12:
            tok = self.toks[k]
            if pairs:
                if tok.norm[:1] != "و" or not tok.norm[1:].startswith("ال"):
                    break
                word = inner_key(tok.norm[1:])
            else:
                if not tok.al:
                    return None
                word = tok.key
            hit = self.ix.posts.longest([["وزير"], [word]] + self.opts(k + 1, False))
            if (
                hit is not None
                and hit[0] >= 2
                and hit[1].head == "وزير"
                and hit[1].org != "ministry"
            ):
                # (والداخلية: the interior minister's; والدولة: a minister of state's)
                post, end = (hit[1].role, hit[1].org), k + hit[0] - 1
            elif (pf := self.match(self.ix.portfolios, k)) is not None:
                post, end = ("minister", _org_for_portfolio(pf[1])), k + pf[0]
            else:
                break
            # (past a further portfolio, a field, a state: والدولة لشؤون المتابعة الدكتور X)
            end, mods = self.modifiers(self.portfolio_tail(end))
            start = self._past_styles(end, min(self.n, end + 4))
            name = self.name_at(start)
            if name is None or any(x in self.claimed for x in range(name[0], name[1])):
                break
            pairs.append((k, name, post, mods["country"]))
            k = name[1]
        if len(pairs) < 2:
            return None
        for k, name, (role, org), country in pairs:
            self.add(
                name[0],
                name[1],
                name[2],
                role=role,
                country=country,
                org=org,
                rank=None,
                status="current",
                start=k,
                end=name[1],
                rule="ar.plural_ministers",
            )
        return pairs[-1][1][1]

    def _dual_portfolios(self, i: int, title: tuple) -> int | None:
        """A dual minister's title of two portfolios, then both holders in that order
        (وزيرا الخارجية والدفاع، X وY): each his ministry. The token after the pair, or
        None."""
        _start, j, entry, org, mods = title  # from the title's end
        if not _dual(entry.head) or (second_entry := self._dual_second_post(j)) is None:
            return None
        k = j + 1 + (j + 1 < self.n and self.toks[j + 1].text in _PUNCT_SKIP)
        holders = self._two_holders(k)
        if holders is None:
            return None
        first_name, second_name, rank = holders
        for name, e, o, rk in (
            (first_name, entry, org, None),
            (second_name, second_entry, None, rank[1] if rank else None),
        ):
            self.add(
                name[0],
                name[1],
                name[2],
                role=e.role,
                country=mods["country"],
                org=o or e.org,
                rank=rk,
                status=mods["status"],
                start=i,
                end=name[1],
                rule="ar.dual",
            )
        return second_name[1]

    def _bank_name_goes_on(self, k: int) -> bool:
        """Does a bank's name go on past its state's name starting at token k (بنك الكويت
        الوطني, بنك لبنان والمهجر, بنك عمان العربي): a commercial bank's name?"""
        cn = self.country_name(k)
        j = k + (cn[0] if cn else 1)
        if j >= self.n:
            return False
        t = self.toks[j]
        return (t.norm[:1] == "و" and not self.name_at(j)) or (
            t.al and not self.match(self.ix.ranks, j) and not self.honorific(j)
        )

    def _holders_before_dual(self, i: int, title: tuple) -> bool:
        """Two names joined by و, then a title in the dual without the article (X وY،
        نائبا محافظ البنك المركزي; X وY وزيرا الخارجية والدفاع is no such pair: its dual
        has two portfolios): each holds the title's post (rule ``ar.dual``). Not after an
        appointment (عين X وY: the accusative), nor when either name was read already."""
        _start, _end, entry, org, mods = title
        t = self.toks[i]
        dual = _dual(entry.head) or (
            entry.head.endswith("ا") and entry.head[:-1] in self.ix.heads  # مستشارا, مساعدا
        )
        if "ar.dual" in self.disabled or t.al or not dual or i < 3:
            return False
        for after in self.toks[title[1] : min(title[1] + 3, self.n)]:
            if after.punct:
                break
            if (
                after.norm[:1] == "و"  # وزيرا الخارجية والدفاع, خارجية مصر والأردن: one each
                or (after.al and after.norm.endswith(("ان", "ين")))  # رئيسا الوزراء السابقان
            ):
                return False
        k = i - (self.toks[i - 1].text in _PUNCT_SKIP)
        second = first = None
        for s2 in range(k - 1, max(0, k - 6), -1):
            if not self.toks[s2].norm.startswith("و") or s2 in self.claimed:
                continue
            added = s2 not in self.conj_tokens
            self.conj_tokens.add(s2)
            got = self.name_at(s2)
            if got is not None and got[1] == k and got[1] - got[0] >= 2:
                second = got
                break
            if added:
                self.conj_tokens.discard(s2)
        if second is None:
            return False
        for s1 in range(second[0] - 2, max(-1, second[0] - 7), -1):
            got = self.name_at(s1)
            if got is not None and got[1] == second[0] and got[1] - got[0] >= 2:
                first = got
                break
        if (
            first is None
            or any(x in self.claimed for x in range(first[0], second[1]))
            or any(
                f.name_begin in (self.toks[first[0]].idx, self.toks[second[0]].idx)
                for f in self.findings
            )
            or self._appointment_before(first[0])
            or (first[0] > 0 and self.title_at(first[0] - 1) is not None)
        ):
            self.conj_tokens.discard(second[0])
            return False
        for name in (first, second):
            self.add(
                name[0],
                name[1],
                name[2],
                role=entry.role,
                country=mods["country"],
                org=mods["org"] or org,
                rank=None,
                status=mods["status"],
                start=name[0],
                end=title[1],
                rule="ar.dual",
            )
        return True

    def _two_holders(self, k: int):
        """The two holders a dual title names from token k: a name, then و and a name
        (or و and a rank before it): (first, second, the second's rank match or None), or
        None."""
        first = self.name_at(k)
        if first is None or first[1] >= self.n:
            return None
        k2 = first[1]
        if not self.toks[k2].norm.startswith("و"):
            return None
        rank = self.match(self.ix.ranks, k2)
        if rank:
            k3 = k2 + rank[0]
            while k3 < self.n and self.toks[k3].key in _RANK_QUALIFIERS:
                k3 += 1
            second = self.name_at(k3)
        else:
            self.conj_tokens.add(k2)
            second = self.name_at(k2)
            if second is None:
                self.conj_tokens.discard(k2)
        return None if second is None else (first, second, rank)

    def _dual_second_post(self, j: int) -> PostEntry | None:
        """The ministry of و + a portfolio at token j after a dual minister's first one
        (وزيرا الخارجية والدفاع: the defence minister's), or None."""
        if j >= self.n or not self.toks[j].norm.startswith("و"):
            return None
        hit = self.ix.posts.longest([["وزير"], [inner_key(self.toks[j].norm[1:])]])
        return hit[1] if hit is not None and hit[0] == 2 else None

    def _dual_pair(self, i: int, title: tuple, j: int) -> int | None:
        """A dual title, both states, then both holders (رئيسا الأركان الأردني والعراقي
        الفريق X والفريق أول Y): one post each, in the order the states are named. The token
        after the pair, or None."""
        _start, _end, entry, org, mods = title
        head = entry.head
        if not _dual(head) or mods["country"] is None:
            return None
        if j >= self.n or not self.toks[j].norm.startswith("و"):
            return None
        second = self.ix.adjectives.get(inner_key(self.toks[j].norm[1:]))
        after = j + 1
        if second is None and (named := self.country_name(j)) is not None:
            # وزيرا خارجية مصر والأردن X وY: the states' names, in construct
            second, after = named[1], j + named[0]
        if second is None or second == mods["country"]:
            return None
        k, m1 = self.modifiers(after)
        holders = self._two_holders(k)
        if holders is None:
            return None
        first_name, second_name, rank = holders
        role = entry.role
        if i > 0 and self.toks[i - 1].key in _DUAL_DEPUTIES:
            # نائبا وزيري الخارجية الروسي والأوزبكي X وY: the two ministers' deputies
            role, i = deputy_role(entry.role), i - 1
        for name, code, rk in (
            (first_name, mods["country"], m1["rank"] or mods["rank"]),
            (second_name, second, rank[1] if rank else None),
        ):
            self.add(
                name[0],
                name[1],
                name[2],
                role=role,
                country=code,
                org=mods["org"] or org,
                rank=rk,
                status=mods["status"],
                start=i,
                end=name[1],
                rule="ar.dual",
            )
        return second_name[1]

    def coordinated(self, k: int, entry: PostEntry, org: str | None, mods: dict) -> int:
        """After `X` of a title: والسوري Y, وسوريا Y, والدفاع Y (same head), repeated."""
        while k < self.n:
            t = self.toks[k]
            if t.text in _PUNCT_SKIP and k + 1 < self.n:
                k2 = k + 1
            else:
                k2 = k
            t = self.toks[k2]
            if not t.norm.startswith("و") or len(t.norm) < 3:
                return k
            if _dual(entry.head):
                # وزيرا خارجية البلدين، X، وY: the second of the two holders
                self.conj_tokens.add(k2)
                second = self.name_at(k2)
                if second is not None and second[0] == k2:
                    self.add(
                        second[0],
                        second[1],
                        second[2],
                        role=entry.role,
                        country=None,
                        org=mods["org"] or org,
                        rank=None,
                        status=mods["status"],
                        start=k2,
                        end=second[1],
                        rule="ar.coordinated",
                    )
                    return second[1]
                self.conj_tokens.discard(k2)
            rest = t.norm[1:]
            code = self.ix.adjectives.get(inner_key(rest))
            cn = None
            if code is None:
                cn = self.ix.countries.longest([[inner_key(rest)]] + self.opts(k2 + 1, False))
                if cn:
                    code = cn[1]
            if code is None and not _PLACE_HEADS.isdisjoint(
                {inner_key(entry.head), inner_key(entry.head[:-1])}
            ):
                # محافظي بغداد X وواسط Y: a local head's title, each place then its holder
                pl = self.ix.places.longest([[inner_key(rest)]] + self.opts(k2 + 1, False))
                if pl and pl[1].get("country"):
                    code, cn = pl[1]["country"], (pl[0], pl[1]["country"])
            if code is not None:
                # والسوري Y / وسوريا Y: the same post, another state
                after = k2 + (cn[0] if cn else 1)
                role, country, post_org = entry.role, code, org
            else:
                # same head, another portfolio: والدفاع Y (وقائد القوات البحرية Y is a
                # title of its own)
                if inner_key(rest) in self.ix.heads:
                    return k
                p = self.ix.posts.longest(
                    [[entry.head], [inner_key(rest)]] + self.opts(k2 + 1, False)
                )
                if not (p and p[0] >= 2 and entry.head not in ("رئيس",)):
                    return k
                after = k2 + p[0] - 1
                role, country, post_org = p[1].role, None, p[1].org
            after, m2 = self.modifiers(after)
            name = self.name_at(after)
            if not name:
                return k
            self.add(
                name[0],
                name[1],
                name[2],
                role=role,
                country=country or m2["country"] or mods["country"],
                org=m2["org"] or post_org,
                rank=m2["rank"],
                status=mods["status"],
                start=k2,
                end=name[1],
                rule="ar.coordinated",
            )
            k = name[1]
        return k

    def try_counterpart(self, i: int) -> int | None:
        t = self.toks[i]
        if not _COUNTERPARTS.isdisjoint(t.firsts):
            return self._plural_counterparts(i)
        colleague = not _COLLEAGUE.isdisjoint(t.firsts)
        if _COUNTERPART.isdisjoint(t.firsts) and not colleague:
            return None
        j, mods = self.modifiers(i + 1)
        if not mods["country"] and mods.get("held_in"):
            mods["country"] = mods["held_in"]  # نظيره في غانا X, بالسنغال: the one he serves
        if not mods["country"] and (got := self._counterpart_in(j)) is not None:
            j, mods["country"] = got  # نظيره من مالي X: the state he serves
        if colleague and not mods["country"]:
            return None  # بزميله X: of his own cabinet; زميله المالي X: a counterpart
        # (نظيره الأردني بأرض المطار، X وزير العمل: a place, a comma, then another's name
        # with a post of his own; not نظيره الأردني بعمان، X)
        placed_apart = (
            any(self.toks[x].text in ("،", ",") for x in range(i + 1, j + 1))
            and any(self.toks[x].norm[:1] == "ب" and not self.adjective(x) for x in range(i + 1, j))
            and (got := self.name_at(j)) is not None
            and self.title_at(got[1]) is not None
        )
        name = None if placed_apart else self.name_at(j)
        if (
            not name
            and not placed_apart
            and mods["country"]
            and j + 1 < self.n
            and self.toks[j].text in ("،", ",")
        ):
            # "نظيره الكوسوفي، أرمند محاج،": the name set off by a comma
            name = self.name_at(j + 1)
        if (
            not name
            and mods["country"]
            and (j >= self.n or self.toks[j].punct)
            and not t.norm.startswith("و")
        ):
            # "توماس فيكر، نظيره الإستوني،": the name before, set off by the phrase's end,
            # unless a post already took it (X، نظيره: X's own counterpart)
            name = self.name_before(i)
            if name and any(x in self.claimed for x in range(name[0], name[1])):
                name = None
        if not name:
            return None
        ante = self.antecedent(i)
        if ante is not None:
            self._add_counterpart(i, name, ante, mods["country"], mods["rank"], j)
            if mods["country"]:
                return self._more_counterparts(max(name[1], j), ante)
        elif self._opening_phrase(i):
            self.cataphoric.append((i, name, mods["country"], mods["rank"], j))
        return max(name[1], j)

    def _counterpart_in(self, j: int) -> tuple[int, str] | None:
        """After a counterpart, في or من and a state's name, or ب on it (نظيره في جمهورية
        غانا X, نظيره من مالي X, نظيره بالسنغال X), then a name: the state he serves, and
        the token after it."""
        if j >= self.n:
            return None
        k = j + (self.toks[j].norm in ("في", "من"))
        if k == j and self.toks[j].norm[:1] != "ب":
            return None
        c = self.country_name(k) if k < self.n else None
        if c is None or self.name_at(k + c[0]) is None:
            return None
        return k + c[0], c[1]

    def _more_counterparts(self, k: int, ante: Finding) -> int:
        """نظيره الليبي X، والتونسي Y، والموريتاني Z: after a counterpart of a state, each
        further item of و + a nationality + a name is a counterpart too, in the same post.
        The token after the last item."""
        for _ in range(8):
            m = k + (k < self.n and self.toks[k].text in _PUNCT_SKIP)
            if m >= self.n or not self.toks[m].norm.startswith("و"):
                break
            code = self.nationality(m)
            if code is None:
                break
            j, mods = self.modifiers(m + self.adjective_len(m))
            name = self.name_at(j)
            if name is None or any(x in self.claimed for x in range(name[0], name[1])):
                break
            after = name[1] + (name[1] < self.n and self.toks[name[1]].text in _PUNCT_SKIP)
            if after < self.n and self.title_at(after):
                break  # والمصري X وزير الخارجية: a post of his own follows, not the antecedent's
            self._add_counterpart(m, name, ante, code, mods["rank"])
            k = name[1]
        return k

    def _opening_phrase(self, i: int) -> bool:
        """Token i is in a phrase that opens its sentence with a preposition of occasion
        (في، خلال، أثناء، عبر، with or without و) and that a comma closes after it."""
        sent, lo = self.toks[i].sent, i
        while lo > 0 and self.toks[lo - 1].sent == sent:
            lo -= 1
        if self.toks[lo].key not in _OPENING_OCCASIONS:
            return False
        if any(self.toks[k].text in ("،", ",", ".") for k in range(lo, i)):
            return False
        return any(
            self.toks[k].text in ("،", ",")
            for k in range(i + 1, self.n)
            if self.toks[k].sent == sent
        )

    def _resolve_cataphoric(self, f: Finding) -> None:
        """The counterparts waiting in their sentence's opening phrase take the post of
        ``f``, the first person named after the comma that closes it (rule
        ``ar.counterpart``). O(waiting)."""
        waiting, self.cataphoric = self.cataphoric, []
        for i, name, code, rank, j in waiting:
            between = self.text[self.toks[name[1] - 1].end : f.begin]
            if (
                self.toks[i].sent == self._sent_of_char(f.begin)
                and ("،" in between or "," in between)
                and not f.generic
            ):
                self._add_counterpart(i, name, f, code, rank, j)

    def try_bare_holder(self, i: int) -> int | None:
        """استقبل وزير الداخلية ... Y. ... واستقبل الوزير الحجار Z: the bare minister
        (الوزير) and one definite word no lexicon knows, after a minister's post of one
        portfolio stated with no name earlier in the article (the one such post): that
        word is the name of its holder, told first by his post alone (rule
        ``ar.bare_holder``); not after a bare title again (الوزير ... الوزيرة المنتدبة).
        The token after the name, or None."""
        if "ar.bare_holder" in self.disabled or i + 2 > self.n:
            return None
        t, w = self.toks[i], self.toks[i + 1]
        if not t.al or not w.al or w.punct or not t.norm.startswith("ال"):
            return None
        hit = self.match(self.ix.posts, i)
        if hit is None or hit[0] != 1 or hit[1].role != "minister":
            return None  # (one word, the bare minister: الوزير)
        if (
            self._known(w.norm)
            or self.adjective(i + 1)
            or self.title_at(i + 1) is not None
            or self.country_name(i + 1) is not None
            or self.match(self.ix.ranks, i + 1)
            or self.match(self.ix.honorifics, i + 1)
            or not self.name_like(i + 1, 1)
            or (i + 2 < self.n and not self.toks[i + 2].al and self.name_like(i + 2, 2))
        ):
            return None  # (الوزير المفوض, الرئيس التنفيذي, الوزير الحجار X: a longer name)
        posts = {
            (u.role, u.org, u.country)
            for k, u in self.unnamed.items()
            if k < i and u.role != "minister" and same_role(u.role, "minister")
        }
        # every minister's post of a portfolio the text states before, named or not
        # (ووزير الخارجية in a chain is no unnamed post of its own, but a second minister)
        stated = {
            h[1].role
            for k in range(i)
            if (h := self.match(self.ix.posts, k)) is not None
            and h[1].role != "minister"
            and same_role(h[1].role, "minister")
        }
        if (
            len(posts) != 1
            or len(stated) > 1
            or any(f.role == next(iter(posts))[0] and not f.generic for f in self.findings)
        ):
            return None  # (no such post, two of them, or one already named: not this one)
        prole, org, country = posts.pop()
        self.add(
            i + 1,
            i + 2,
            None,
            role=prole,
            country=country,
            org=org,
            rank=None,
            status="current",
            start=i,
            end=i + 2,
            rule="ar.bare_holder",
        )
        return i + 2

    def try_deputy(self, i: int) -> int | None:
        """X ونائبه الفريق Y, X ونائبته Y: the deputy of the official named right before
        (only a comma between), in the deputy's post of his: a minister's deputy minister,
        a head of state's or of government's deputy, anyone else's deputy an official
        (rule ``ar.deputy``). The token after the name, or None."""
        if "ar.deputy" in self.disabled:
            return None
        if _DEPUTY_OF_HIM.isdisjoint(self.toks[i].firsts):
            return self._deputy_given(i)
        at = self.toks[i].idx
        ante = next(
            (
                f
                for f in reversed(self.findings)
                if f.end <= at and not f.generic and self.text[f.end : at].strip(" ،,") == ""
            ),
            None,
        )
        if ante is None or ante.status != "current":
            return None
        j = i + 1
        if j < self.n and self.toks[j].key in _ORDINAL_FIRST:
            j += 1  # ونائبه الأول
        j, mods = self.modifiers(j)
        name = self.name_at(j)
        if name is None or any(x in self.claimed for x in range(name[0], name[1])):
            return None
        role = DEPUTY_OF.get(ante.role, "official")
        self.add(
            name[0],
            name[1],
            name[2],
            role=role,
            country=ante.country,
            org=ante.org,
            rank=mods["rank"],
            status="current",
            start=i,
            end=name[1],
            rule="ar.deputy",
        )
        return name[1]

    def _deputy_given(self, i: int) -> int | None:
        """بتسمية X وزيرا للمالية، وY نائبا له: a deputy's head in the accusative (نائبا,
        مساعدا) and له/لها after a name: that name is given the deputy's post of the one
        appointed before him in the sentence, with his status (rule ``ar.deputy``). The
        token after له, or None."""
        if i + 1 >= self.n or self.toks[i + 1].norm not in ("له", "لها"):
            return None
        if not self._accusative_title(i) or _DEPUTY_HEADS.isdisjoint(
            (self.toks[i].key, inner_key(self.toks[i].norm[:-1]))
        ):
            return None
        name = self.name_before(i, adjacent=True)
        if name is None or any(x in self.claimed for x in range(name[0], name[1])):
            return None
        start = self.toks[name[0]].idx
        sent = self.toks[i].sent
        ante = next(
            (
                f
                for f in reversed(self.findings)
                if f.end <= start and not f.generic and self._sent_of_char(f.begin) == sent
            ),
            None,
        )
        if ante is None:
            return None
        self.add(
            name[0],
            name[1],
            name[2],
            role=DEPUTY_OF.get(ante.role, "official"),
            country=ante.country,
            org=ante.org,
            rank=None,
            status=ante.status,
            start=name[0],
            end=i + 2,
            rule="ar.deputy",
        )
        return i + 2

    def _add_counterpart(
        self, i: int, name, ante: Finding, code: str | None, rank, end: int = 0
    ) -> None:
        """The counterpart named at ``name`` holds the post of ``ante``, of the state
        ``code``; the evidence runs from token i (or the name before it) to the name's end
        or ``end``."""
        self.add(
            name[0],
            name[1],
            name[2],
            role=ante.role,
            country=code,
            org=ante.org,
            rank=rank,
            status="current",
            start=min(i, name[0]),
            end=max(name[1], end),
            rule="ar.counterpart",
        )

    def _plural_counterparts(self, i: int) -> int | None:
        """نظرائه المصري X والإماراتي الشيخ Y وكذا الفرنسي Z: a counterpart of each state,
        in the antecedent's post. The token after the list, or None."""
        # (the officer of a body named on the way is no one's counterpart: مع الأمين العام
        # للأمم المتحدة X، ومع نظرائه ...)
        ante = self.antecedent(i, skip=frozenset({"official"}))
        k = i + 1
        end = None
        if k < self.n and self.toks[k].norm == "من" and (got := self._states_then_names(k + 1)):
            # نظرائه من مالي والنيجر X وY (على التوالي): the states in order, then the names
            for code, name in got:
                if ante is not None:
                    self._add_counterpart(k, name, ante, code, None)
            return got[-1][1][1]
        if k < self.n and self.toks[k].norm == "من" and (got := self._state_name_pairs(k + 1)):
            # نظرائه من إيرلندا، X، والنرويج، السيدة Y: each state and its holder in turn
            for at, code, name in got:
                if ante is not None:
                    self._add_counterpart(at, name, ante, code, None)
            return got[-1][2][1]
        if self.nationality(k) is None and (first := self.name_at(k)) is not None:
            # نظيريه X وY: counterparts whose states the text does not say
            names = self._name_list(first, 8)
            if len(names) < 2:
                return None  # one name: no list of counterparts
            for name in names:
                if ante is not None:
                    self._add_counterpart(k, name, ante, None, None)
            return names[-1][1]
        while k < self.n:
            t = self.toks[k]
            if t.key in _ALSO_WORDS or (
                end is not None and t.text in _PUNCT_SKIP and k + 1 < self.n
            ):
                k += 1  # وكذا, وأيضا, a comma between the items
                continue
            code = self.nationality(k)
            if code is None or (t.norm.startswith("و") and end is None):
                break
            if t.norm.endswith(("يين", "يون")):
                break  # نظرائهم السوريين: a group of one state, no list of names
            j, mods = self.modifiers(k + self.adjective_len(k))
            name = self.name_at(j)
            if name is None:
                break
            if ante is not None:
                self._add_counterpart(k, name, ante, code, mods["rank"])
            end = k = name[1]
        return end

    def _name_list(self, first, most: int) -> list:
        """``first`` and the names that follow it as items of a list (after a comma or و),
        at most ``most`` in all."""
        names = [first]
        while len(names) < most:
            j = names[-1][1]
            j += j < self.n and self.toks[j].text in _PUNCT_SKIP
            got = self._item_name(j) if j < self.n else None
            if got is None:
                break
            names.append(got)
        return names

    def _state_name_pairs(self, k: int) -> list | None:
        """From token k, states each followed by its holder's name (إيرلندا، X، والنرويج،
        السيدة Y، والسورينام، Z), a comma or nothing between: [(token, state, name)] in
        order, or None when the first state has no name after it. O(items)."""
        out = []
        while k < self.n and len(out) < 8:
            if out and not self.toks[k].norm.startswith("و"):
                break
            if out and self.toks[k].norm == "ومن" and k + 1 < self.n:
                k += 1  # ومن سوريا، Y: the item's own من
            c = self.country_name(k)
            if c is None:
                break
            at, j = k, k + c[0]
            j += j < self.n and self.toks[j].text in "،,"
            h = self.honorific(j) if j < self.n else None
            j += h[0] if h else 0
            name = self.name_at(j) if j < self.n else None
            if name is None:
                break
            out.append((at, c[1], name))
            k = name[1]
            k += k < self.n and self.toks[k].text in "،,"
        return out or None

    def _states_then_names(self, k: int) -> list | None:
        """From token k, a list of states (مالي والنيجر وتشاد) and then as many names (X وY
        وZ): [(state, name)] in order, or None when the two lists do not match."""
        states = []
        while k < self.n and len(states) < 8:
            if states and not self.toks[k].norm.startswith("و") and self.toks[k].text not in "،,":
                break
            k += self.toks[k].text in "،,"
            c = self.country_name(k) if k < self.n else None
            if c is None:
                break
            states.append(c[1])
            k += c[0]
        if len(states) < 2 or (first := self.name_at(k)) is None:
            return None
        names = self._name_list(first, len(states))
        if len(names) != len(states):
            return None
        return list(zip(states, names, strict=True))

    def antecedent(self, i: int, skip: frozenset[str] = frozenset()) -> Finding | None:
        """The post a counterpart refers to: the nearest person named before it in the same
        sentence (a full finding, or a surname of one: وكان ظريف قد ... والتقى نظيره), else
        the last finding of the previous sentence of the same paragraph. Posts of the
        roles in ``skip`` are passed over."""
        sent = self.toks[i].sent
        pos = self.toks[i].idx
        for k in range(i - 1, -1, -1):
            t = self.toks[k]
            if t.sent != sent:
                break
            for n in reversed(self.named_at.get(k, [])):
                if not self.findings[n].generic and self.findings[n].role not in skip:
                    return self._specific(self.findings[n])
            ref = self.surnames.get(t.norm, self.surnames.get(t.key))
            if ref is not None and not t.punct and self.findings[ref].role not in skip:
                return self._specific(self.findings[ref])
            if k in self.unnamed and (
                self.unnamed[k].role != "head_of_state"
                # (الرئيس الروسي ونظيره الإيراني X: a president with his state)
                or self.unnamed[k].country is not None
            ):
                return self._named_earlier(self.unnamed[k])
        opener = self._previous_subject(i)
        if opener is not None and opener.role not in skip:
            return self._specific(opener)
        for f in reversed(self.findings):
            f_sent = self._sent_of_char(f.begin)
            if f_sent < sent - 1:
                break  # findings come in text order: nothing earlier is closer
            if (
                f.begin < pos
                and not f.generic
                and f_sent == sent - 1
                and ("\n" not in self.text[f.end : pos])
            ):
                return self._specific(f)
        return None

    def _previous_subject(self, i: int) -> Finding | None:
        """كما التقى نظيره X after a sentence that opens with its subject (التقى وزير
        الخارجية Y الرئيس Z): a counterpart right after a verb whose subject is left out
        is the counterpart of that subject, not of the last one named. The finding that
        opens the previous sentence of the same paragraph within its first three words,
        when the counterpart's sentence has at most three words before it; else None."""
        sent = self.toks[i].sent
        start = i
        while start > 0 and self.toks[start - 1].sent == sent:
            start -= 1
        # (كما استقبل كلا من نظرائه: "each of" no word of the verb's phrase)
        words = sum(
            self.toks[x].key not in _EACH_OF and self.toks[x].norm != "من" for x in range(start, i)
        )
        if words > 3 or start == 0:
            return None
        prev = start - 1
        while prev > 0 and self.toks[prev - 1].sent == sent - 1:
            prev -= 1
        if "\n" in self.text[self.toks[prev].idx : self.toks[i].idx].strip():
            return None  # (another paragraph)
        limit = self.toks[min(prev + 3, start - 1)].idx
        opener = next(
            (f for f in self.findings if self.toks[prev].idx <= f.begin <= limit and not f.generic),
            None,
        )
        # (استقبل الرئيس التونسي X الوزير الجزائري Y. كما التقى نظيره التونسي Z: a
        # counterpart of the opener's own state is not his; the verb's subject is the guest)
        code = self.nationality(i + 1) if i + 1 < self.n else None
        if opener is not None and code is not None and opener.country == code:
            return None
        return opener

    def _named_earlier(self, bare: Finding) -> Finding:
        """A bare title of a state (الوزير التركي) stands for the one official of that state
        named before it in a post of its kind (وزير الخارجية التركي X): his post, if only
        one such post was named; else the bare title's own."""
        if bare.role != "minister" or bare.country is None:
            return bare
        posts = {
            (f.role, f.org)
            for f in self.findings
            if f.begin < bare.begin
            and f.country == bare.country
            and f.role.endswith("minister")
            and f.role != "deputy_minister"
            and f.status == "current"
            and not f.generic
        }
        if len(posts) != 1 or next(iter(posts))[0] == "minister":
            return bare  # (a trade minister named too: which one, the text does not say)
        role, org = posts.pop()
        return replace(bare, role=role, org=org)

    def _met_by(self, k: int) -> bool:
        """Does the finding whose name ends at token k open right after a verb of meeting
        or receiving (التقى رئيس الوزراء X، ...): the subject of a meeting, whose object
        follows?"""
        for f in self.findings:
            if f.name_end == self.toks[k].end:
                b = bisect_left(self._starts, f.begin)
                for x in range(b - 1, max(-1, b - 5), -1):
                    if self.toks[x].punct:
                        return False
                    if self.toks[x].key in _MEETING_VERBS or self.toks[x].norm in _MEETING_VERBS:
                        return True  # (التقى اليوم رئيس الوزراء X، التقى في بغداد ...)
                return False
        return False

    def _left_home(self, sent: int) -> bool:
        """Does the sentence ``sent`` or the one before tell of leaving home (غادر البلاد,
        مغادرا أرض الوطن): the farewell is his own side's, not his hosts'?"""
        toks = [t for t in self.toks if sent - 1 <= t.sent <= sent]
        left = any(t.key.startswith(("غادر", "يغادر", "مغادر")) for t in toks)
        return left and any(t.key in _HOME_WORDS for t in toks)

    def _farewell_party(self) -> None:
        """وكان في وداعه (وداع الوزير X) على أرض المطار نائب وزير الخارجية Y: those who
        see an official off are of his state; with no state of their own, they take it
        (suffix ``+delegation``)."""
        if "ar+delegation" in self.disabled:
            return
        for k, t in enumerate(self.toks[1:], start=1):
            if not t.norm.startswith("وداع") or self.toks[k - 1].norm != "في":
                continue
            if t.norm == "وداع":
                # وداع الشيخ X: the official named before whose name follows
                after = self.text[t.end : t.end + 60]
                lead = next(
                    (
                        f
                        for f in reversed(self.findings)
                        if f.end <= t.idx and f.country and 0 <= after.find(f.name) <= 16
                    ),
                    None,
                )
            elif t.norm[len("وداع") :] in _FAREWELL_PRONOUNS:
                # وداعه: the official last named before, in this sentence or the one before
                before = [
                    f
                    for f in self.findings
                    if f.end <= t.idx and self._sent_of_char(f.begin) >= t.sent - 1
                ]
                lead = before[-1] if before else None
                if lead is not None and lead.alias_of is not None:
                    lead = self.findings[lead.alias_of]
            else:
                continue
            if lead is None or lead.country is None or not self._left_home(t.sent):
                continue
            for n, f in enumerate(self.findings):
                if (
                    f.country is None
                    and f.alias_of is None
                    and f.role != "ambassador"  # (نائب الوزير السفير X: a rank)
                    and f.begin > t.idx
                    and f.name != lead.name
                    and self._sent_of_char(f.begin) == t.sent
                ):
                    self.findings[n] = replace(f, country=lead.country, rule=f.rule + "+delegation")

    def _head_of_delegation(self) -> None:
        """غادر الوزير X البلاد متوجها إلى القاهرة لترؤس وفد دولة الكويت, X على رأس وفد
        سوري: the official last named before "heading the delegation of" a state, in its
        sentence, with no state of his own, is of that state (suffix ``+delegation``)."""
        if "ar+delegation" in self.disabled:
            return
        for k, t in enumerate(self.toks[1:-1], start=1):
            if t.key not in _DELEGATION or self.toks[k - 1].key not in _HEADS_DELEGATION:
                continue
            x = k + 1 + (self.toks[k + 1].key in _STATE_WORDS)
            cn = self.country_name(x)
            code = cn[1] if cn else self.adjective(k + 1)
            if not code and k + 2 < self.n and not self.toks[k + 1].punct:
                code = self.adjective(k + 2)  # على رأس وفد عسكري سوري
            if not code:
                continue
            before = [
                n
                for n, f in enumerate(self.findings)
                if f.end <= t.idx and self._sent_of_char(f.begin) == t.sent and f.alias_of is None
            ]
            if not before:
                continue
            last = self.findings[before[-1]]
            lo = bisect_left(self._starts, last.end)
            if self.toks[k - 1].key in _HEAD_NOUNS and not (
                lo == k - 1
                and not any(
                    not _MEETING_VERBS.isdisjoint(self.toks[x].firsts)
                    for x in range(k - 2, -1, -1)
                    if self.toks[x].sent == t.sent
                )
            ):
                # X وزير التجارة رئيس وفد دولة قطر: head of the delegation in apposition
                # right after X; not استقبل X رئيس وفد الكونغرس (whom X received)
                continue
            if any(
                self.title_at(x) is not None or self.toks[x].key in _CLAUSE_OPENERS
                for x in range(lo, k - 1)
            ):
                continue  # استقبل X الوزير التركي الذي يترأس وفد تركيا: another's delegation
            # (past the delegation's state: وفد دولة قطر، or وفد سوري)
            after = x + cn[0] if cn else k + 2
            if any(
                f.begin >= t.end and self._sent_of_char(f.begin) == t.sent
                for f in self.findings
                if f.begin <= self.toks[min(after + 1, self.n - 1)].end
            ):
                continue  # فيما يترأس وفد سوريا نائب الوزير Y: the head named after
            for n in before:
                f = self.findings[n]
                if f.country is None and f.name == last.name:
                    self.findings[n] = replace(f, country=code, rule=f.rule + "+delegation")

    def _of_the_two_states(self) -> None:
        """وزيري خارجية البلدين، X وY: the holders of a title of "the two countries" are
        of the two states named before it (in its sentence, or with the one before), in
        the order they were named (suffix ``+delegation``)."""
        if "ar+delegation" in self.disabled:
            return
        for n, f in enumerate(self.findings[:-1]):
            g = self.findings[n + 1]
            if (
                (f.country is not None and g.country is not None)
                or g.role != f.role
                or g.rule != "ar.coordinated"
                or self.text[f.name_end : g.name_begin].strip(" ،,و") != ""
            ):
                continue
            lo, hi = bisect_left(self._starts, f.begin), bisect_left(self._starts, f.name_begin)
            at = self.toks[lo:hi]
            if not at or not any(t.key in _TWO_STATES for t in at):
                continue
            sent = at[0].sent
            codes: list[str] = []
            for back in (sent, sent - 1):
                codes = self._states_named(back, at[0].i)
                if len(codes) >= 2:
                    break
            if len(codes) != 2:
                continue
            for m, code in ((n, codes[0]), (n + 1, codes[1])):
                h = self.findings[m]
                if h.country is None:
                    self.findings[m] = replace(h, country=code, rule=h.rule + "+delegation")

    def _ambassadors_of(self) -> None:
        """سفراء نيجيريا لدى كل من البرازيل السفير X، والهند السفير Y: the ambassadors a
        plural names with their state, each posted elsewhere, are of that state (suffix
        ``+delegation``)."""
        if "ar+delegation" in self.disabled:
            return
        for k, t in enumerate(self.toks[:-1]):
            if t.key not in _AMBASSADOR_PLURALS:
                continue
            cn = self.country_name(k + 1)
            code = cn[1] if cn else self.adjective(k + 1)
            end = k + 1 + (cn[0] if cn else self.adjective_len(k + 1))
            if not code or (end < self.n and self._wa(end) and self.country_name(end)):
                continue  # (سفراء فرنسا وألمانيا X وY: each his own)
            for n, f in enumerate(self.findings):
                if (
                    f.country is None
                    and f.role == "ambassador"
                    and f.alias_of is None
                    and f.begin > t.idx
                    and self._sent_of_char(f.begin) == t.sent
                ):
                    self.findings[n] = replace(f, country=code, rule=f.rule + "+delegation")

    def _unit_anaphor(self) -> None:
        """استقبل محافظ كربلاء X مدير مديرية الدفاع المدني في المحافظة Y, مدير شرطة
        المحافظة Y: a post of "the governorate" (the unit's noun with the article, no name
        after it), with no state of its own, is of the state of the governor (wali, mayor)
        named before it in the story (suffix ``+unit``)."""
        if "ar+unit" in self.disabled:
            return
        for n, f in enumerate(self.findings):
            if f.country is not None or f.alias_of is not None:
                continue
            lo, hi = bisect_left(self._starts, f.begin), bisect_left(self._starts, f.name_begin)
            if not any(
                self.toks[x].key in _UNIT_ANAPHORS
                and (self.toks[x].al or self.toks[x].norm.startswith("بال"))
                and not self.match(self.ix.places, x + 1)
                for x in range(lo, hi)
            ):
                continue
            governor = next(
                (
                    g
                    for g in reversed(self.findings[:n])
                    if g.country
                    and g.end <= f.begin
                    and any(
                        t.key in _PLACE_HEADS
                        for t in self.toks[
                            bisect_left(self._starts, g.begin) : bisect_left(
                                self._starts, g.name_begin
                            )
                        ]
                    )
                ),
                None,
            )
            if governor is not None:
                self.findings[n] = replace(f, country=governor.country, rule=f.rule + "+unit")

    def _among_nationals(self) -> None:
        """عدد من المسؤولين الليبيين، بينهم وزير المالية X، وY: the officials listed after
        "among them" (بينهم, منهم, من بينهم) that follows a plural of a nationality are of
        its state, up to the end of the sentence or a word of another side (إلى جانب
        مسؤولين من البنك الدولي; suffix ``+delegation``)."""
        if "ar+delegation" in self.disabled:
            return
        for k, t in enumerate(self.toks[:-1]):
            if inner_key(t.norm.removeprefix("و")) not in _AMONG_THEM:
                continue
            back = k - 1 - (k > 0 and self.toks[k - 1].norm == "من")  # من بينهم
            back -= back > 0 and self.toks[back].text in _PUNCT_SKIP
            if back < 1 or not (code := self._nationals_state(back, back + 1)):
                continue
            if self.toks[back - 1].key not in _OFFICIALS_PLURAL:
                continue  # (عدد من المسؤولين الليبيين: officials, not citizens of a state)
            stop = next(
                (
                    x.idx
                    for x in self.toks[k + 1 :]
                    if x.sent != t.sent
                    or x.key in _OTHER_SIDE_WORDS
                    or x.text in ("؛", ";")
                    or x.key in _ATTENDING_WORDS
                ),
                len(self.text),
            )
            for n, f in enumerate(self.findings):
                if (
                    f.country is None
                    and f.alias_of is None
                    and t.end <= f.begin < stop
                    and f.role not in _ABROAD_ROLES  # (والسفير X: another state's envoy)
                ):
                    self.findings[n] = replace(f, country=code, rule=f.rule + "+delegation")

    def _states_named(self, sent: int, stop: int) -> list[str]:
        """The distinct states named (by adjective or name) from the start of sentence
        ``sent`` to token ``stop``, in order."""
        codes: list[str] = []
        for t in self.toks[:stop]:
            if t.sent < sent or t.punct:
                continue
            code = self.adjective(t.i)
            if code is None and (cn := self.country_name(t.i)):
                code = cn[1]
            if code and code not in codes:
                codes.append(code)
        return codes

    def _place_ending_at(self, s: int) -> bool:
        """Does a place's name (a city, a venue) written after في or ب end right before
        token s?"""
        for k in range(max(0, s - 4), s):
            hit = self.match(self.ix.places, k)
            if hit and k + hit[0] == s:
                t = self.toks[k]
                return t.norm[:1] == "ب" or (k > 0 and self.toks[k - 1].norm in _AT_PREPS)
        return False

    def _last_state_before(self, pos: int, sent: int, same: bool = False) -> str | None:
        """The state of the official last named (or titled) before offset ``pos``, in
        its sentence or (unless ``same``) the one before."""
        first = sent if same else sent - 1
        named = [
            (f.end, f.country)
            for f in list(self.findings) + list(self.unnamed.values())
            if f.country and f.end <= pos and self._sent_of_char(f.begin) >= first
        ]
        return max(named)[1] if named else None

    def _companions(self) -> None:
        """ويرافق وزير الخارجية السوداني X في زيارته كل من وزير النقل Y: those who go with
        an official of a state, after كل من, with no state of their own, are of his
        (suffix ``+delegation``)."""
        if "ar+delegation" in self.disabled:
            return
        for k, t in enumerate(self.toks):
            if t.key not in _ACCOMPANY_VERBS and t.norm not in _ACCOMPANY_VERBS:
                continue
            if t.norm.endswith(("ه", "ها")) and self._his_party(k, t):
                continue
            after = [
                f
                for f in self.findings
                if f.begin > t.idx and self._sent_of_char(f.begin) == t.sent
            ]
            lead = after[0] if after else None
            told = self._title_told_before(k + 1)
            if told is not None and (lead is None or lead.begin > told[0]):
                # "يرافق رئيس الوزراء في هذه الزيارة؛ وزير الخارجية X": the official
                # named by his title alone, told of before, whose list follows a colon
                lead = told[1]
            if lead is None or lead.country is None:
                continue
            lead_end = lead.end if lead.begin > t.idx else self.toks[told[0] - 1].end
            each = next(
                (
                    x
                    for x in range(k + 1, min(k + 30, self.n - 1))
                    if self.toks[x].idx >= lead_end
                    and (
                        self.toks[x].key in _EACH_OF
                        or (told is not None and lead is told[1] and self.toks[x].text in "؛:")
                    )
                ),
                None,
            )
            if each is None:
                continue
            stop = self._attendance_after(each)
            for n, f in enumerate(self.findings):
                if (
                    f.country is None
                    and f.alias_of is None
                    and self.toks[each].idx < f.begin < stop
                    and self._sent_of_char(f.begin) == t.sent
                ):
                    self.findings[n] = replace(f, country=lead.country, rule=f.rule + "+delegation")

    def _his_party(self, k: int, t) -> bool:
        """وصل وزير الخارجية البحريني X إلى القاهرة، ويرافقه (كل من) الوزير Y: the
        pronoun of يرافقه is the official named before it in its sentence; those named
        after it, with no state of their own, are of his (suffix ``+delegation``). True
        when that reading applied."""
        before = [
            f
            for f in self.findings
            if f.end <= t.idx and self._sent_of_char(f.begin) == t.sent and f.country
        ]
        if not before:
            return False
        lead = before[-1]
        lo = bisect_left(self._starts, lead.end)
        if any(
            self.title_at(x) is not None or self.toks[x].key.startswith("نظير")
            for x in range(lo, k)
        ):
            return False  # استقبل X نظيره البحريني ويرافقه: the pronoun is the other's
        if lead.alias_of is not None:
            lead = self.findings[lead.alias_of]
        if lead.country is None:
            return False
        stop = self._attendance_after(k)
        for n, f in enumerate(self.findings):
            if (
                f.country is None
                and f.alias_of is None
                and t.idx < f.begin < stop
                and self._sent_of_char(f.begin) == t.sent
            ):
                self.findings[n] = replace(f, country=lead.country, rule=f.rule + "+delegation")
        return True

    def _attendance_after(self, k: int) -> int:
        """The offset of the first word of attendance after token k in its sentence
        (يرافقه وفد، وذلك بحضور المدير العام X: those attending are the host's, not the
        party's), or past the text."""
        sent = self.toks[k].sent
        return next(
            (u.idx for u in self.toks[k + 1 :] if u.sent == sent and u.norm in _ATTENDING_WORDS),
            len(self.text) + 1,
        )

    def _portfolio_after_state(self, j: int, code: str | None) -> int | None:
        """The rest of a portfolio told after its state's adjective (وزيرة الخارجية
        الغانية والغانيين بالخارج السيدة X, وزير الخارجية الغاني والتعاون الإقليمي X): from
        a word with و and the article, up to four words with the article or a preposition
        and the article, then an honorific or a name; the token there, else None. No
        title, name or other state may be among those words (الوزير الغاني والسفير
        الأمريكي X); the people of its own state may (والسنغاليين بالخارج)."""
        t = self.toks[j] if j < self.n else None
        if t is None or t.norm[:1] != "و" or not t.al:
            return None
        k = j
        while k < self.n and k - j < 4:
            u = self.toks[k]
            if u.punct or self.title_at(k) or self.country_name(k):
                return None
            if (adj := self.adjective(k)) and adj != code:
                return None
            if k > j and (self.honorific(k) or self.name_at(k)):
                return k
            if not (u.al or (u.norm[:1] in "بل" and _with_article(u.norm[1:]))):
                return None
            if k > j and u.norm[:1] == "و":
                return None  # a second و: a list of things, not one portfolio
            k += 1
        if k < self.n and (self.honorific(k) or self.name_at(k)):
            return k
        return None

    def _title_told_before(self, i: int) -> tuple[int, Finding] | None:
        """A title at token i with no name after it (رئيس الوزراء، الوزير) whose holder
        the text named before, with a state: (the token after the title, that finding)."""
        hit = self.title_at(i)
        if hit is None or self.name_at(hit[0]):
            return None
        role = hit[1].role
        before = [
            f
            for f in self.findings
            if f.end <= self.toks[i].idx and f.role == role and f.country and not f.generic
        ]
        if len({f.country for f in before}) != 1:
            return None  # no one, or holders of two states: whose it is, the text leaves open
        return hit[0], before[-1]

    def _specific(self, f: Finding) -> Finding:
        """Of the posts found for one name, the one a counterpart most likely shares."""
        same = [self.findings[n] for n in self.by_name.get(f.name, [])]
        same = [g for g in same if not g.generic]
        order = ["foreign_minister", "defence_minister", "interior_minister", "finance_minister"]
        for role in order:
            for g in same:
                if g.role == role:
                    return g
        return f

    def _sent_of_char(self, c: int) -> int:
        return sentence_at(self.toks, self._starts, c)

    def delegations(self) -> None:
        """Members of a delegation (وفد سوري ضم ...) or a side (من الجانب السعودي ...) with
        no state of their own take its state; so do the later items of a list of officials
        (وزير الخارجية التركي X ووزير الدفاع Y ورئيس المخابرات Z)."""
        for k, t in enumerate(self.toks):
            if "ar+delegation" in self.disabled:
                break
            if _DELEGATION.isdisjoint(t.firsts[:2]) and _SIDES.isdisjoint(t.firsts[:2]):
                continue
            code = self.adjective(k + 1)
            if not code:
                cn = self.country_name(k + 1)  # وفدا سوريا: the accusative written bare
                code = cn[1] if cn and self.toks[k].key != "جانب" else None
            if not code and k + 1 < self.n and self.toks[k + 1].norm.endswith("يا"):
                # وفدا عراقيا: the adjective in the accusative
                code = self.ix.adjectives.get(inner_key(self.toks[k + 1].norm[:-1]))
            if not code and k + 2 < self.n and self.toks[k + 1].norm == "من":
                # وفدا من مجلس النواب العراقي برئاسة X: the body it comes from, and its state
                for x in range(k + 2, min(k + 7, self.n)):
                    if self.toks[x].punct or self.name_at(x) or self.title_at(x):
                        break
                    if code := self.adjective(x):
                        after = x + self.adjective_len(x)
                        if after < self.n and self.toks[after].norm[:1] == "ل":
                            code = None  # المجلس النرويجي للاجئين: a body's name goes on
                        break
            if (
                not code
                and k + 2 < self.n
                and not self.toks[k + 1].punct
                and self.toks[k + 1].al == t.al
                and not self.name_at(k + 1)
                and not self.title_at(k + 1)
            ):
                code = self.adjective(k + 2)  # الوفد العسكري السعودي, وفد برلماني عراقي
            if not code and k >= 2 and self.toks[k - 1].key in _ACCOMPANIES:
                # الوزير الأول الجزائري يرافقه وفد: the delegation of the one it goes with
                code = next(
                    (c for x in range(k - 2, max(k - 6, -1), -1) if (c := self.adjective(x))),
                    None,
                )
            first = k + 2
            while first < self.n and self.toks[first].key in _ACCOMPANYING:
                first += 1  # وضم الوفد اللبناني المرافق له: X، Y
            if (
                first < self.n
                and self.toks[k].key not in _DELEGATION
                and not _SIDE_VERBS.isdisjoint(self.toks[first].firsts[:2])
            ):
                # ومن الجانب الكويتي حضر اللقاء X، وزير المالية: the side's members
                first += 1
                while first < self.n and self.toks[first].key in _SIDE_OBJECTS:
                    first += 1
            # ترأس الجانب المغربي X، بحضور Y، وZ: those attending with a side's head are
            # of his side (not a delegation's: استقبل وفدا برئاسة X بحضور Y, the host's)
            side = self.toks[k].key not in _DELEGATION
            stop = min(self._next_side(k), self._end_of_members(first, attending=side))
            listed = self._bulleted(k, stop)
            if not code and self.toks[k].key in _DELEGATION:
                # الوفد المكون من وزير الخارجية X ... والسفير الماليزي لدى روسيا Y: a
                # delegation of no stated state is of its one member's who has one
                code = self._members_state(t, stop, listed)
            if not code:
                continue
            for n, f in enumerate(self.findings):
                if (
                    f.country is None
                    and t.idx < f.begin < stop
                    and f.alias_of is None
                    and (listed or self._sent_of_char(f.begin) == t.sent)
                ):
                    self.findings[n] = replace(f, country=code, rule=f.rule + "+delegation")
        self._companions()
        self._head_of_delegation()
        self._farewell_party()
        self._of_the_two_states()
        self._ambassadors_of()
        self._among_nationals()
        self._unit_anaphor()
        mentioned = self.ministries()
        for n, f in enumerate(self.findings):
            if f.country is None and f.alias_of is None and "ar+ministry" not in self.disabled:
                sent = self._sent_of_char(f.begin)
                # a ministry named within a few words before the post (بوزارة الداخلية
                # السعودية ... المدير العام), not anywhere in a long sentence that names
                # the other side's ministry too
                at = bisect_left(self._starts, f.begin)
                near = [x for x in mentioned if x[0] == sent and 0 <= at - x[4] <= _MINISTRY_REACH]
                mentioned_here = [x[:4] for x in near]
                codes = {c for (s_, org, c, _r) in mentioned_here if org == f.org}
                if len(codes) == 1:
                    self.findings[n] = replace(f, country=codes.pop(), rule=f.rule + "+ministry")
                    continue
                # a post inside "the ministry" (المدير العام ... بالوزارة) of the one ministry
                # the sentence names with its state
                named = {(org, c) for (s_, org, c, _r) in mentioned_here}
                if f.org in (None, "ministry") and len(named) == 1 and f.role in _IN_MINISTRY:
                    org, code = named.pop()
                    self.findings[n] = replace(f, country=code, org=org, rule=f.rule + "+ministry")
        for n in range(1, len(self.findings)):
            f, prev = self.findings[n], self.findings[n - 1]
            if (
                f.country is None
                and prev.country is not None
                and f.rule == "ar.title_name"
                and "ar+list" not in self.disabled
                and self._joined(prev.name_end, f.begin)
                and f.role not in _ABROAD_ROLES
                # (an envoy's state is his sender's, not the list's: وسفير فرنسا لدى البلاد
                # X، ومعاون رئيس الأركان Y is the host's officer)
                and prev.role not in _ABROAD_ROLES
            ):
                self.findings[n] = replace(f, country=prev.country, rule=f.rule + "+list")

    def ministries(self) -> list[tuple[int, str, str, str, int]]:
        """(sentence, org template, state, minister's role, token) of every ministry named with
        its state: وزارة الداخلية السعودية, بوزارة الخارجية الإيرانية."""
        if self._ministries is not None:
            return self._ministries
        out = []
        for k, t in enumerate(self.toks):
            if "وزاره" not in t.firsts[:3]:
                continue
            sub = self.ix.posts.longest([["وزير"]] + self.opts(k + 1, False))
            if not sub or sub[0] < 2:
                continue
            code = self.adjective(k + sub[0])
            if code:
                out.append((t.sent, sub[1].org, code, sub[1].role, k))
        self._ministries = out
        return out

    def _bulleted(self, k: int, stop: int) -> bool:
        """Is the list of a delegation's members at token k set out in lines that open with
        a dash or a bullet (وفد يضم: ‐ وزير ... ‐ وزير ...)?"""
        return (
            any(t.text in _BULLETS and t.idx < stop for t in self.toks[k + 1 : k + 8])
            and self.text[self.toks[k].idx : stop].count("\n") >= 1
        )

    def _members_state(self, t: _Tok, stop: int, listed: bool) -> str | None:
        """The one state that the members of a delegation at token t, up to ``stop``, are
        given by their own posts' words, when some have none; None when they are of two."""
        members = [
            f
            for f in self.findings
            if t.idx < f.begin < stop
            and f.alias_of is None
            and (listed or self._sent_of_char(f.begin) == t.sent)
        ]
        codes = {f.country for f in members if f.country}
        if len(codes) == 1 and any(f.country is None for f in members):
            return codes.pop()
        return None

    def _end_of_members(self, k: int, *, attending: bool = False) -> int:
        """Where the list of a delegation's members ends: at the next verb or function word
        that is not part of the list (وفد مصري ضم X وY قد التقى Z: Z is not a member). A
        list set out in lines, each opening with a dash, runs to its last such line."""
        lines = False  # inside a list set out in lines: only a line with no dash ends it
        posts = [(f.begin, f.end) for f in self.findings]
        if (
            k + 2 < self.n
            and self.toks[k].norm in ("في", "خلال")
            and self.toks[k + 1].al
            and not self.toks[k + 1].punct
            and not self.name_at(k + 1)
            and not self.title_at(k + 1)
        ):
            k += 2  # ترأس الجانب الكويتي في الاجتماع X: where, then the side's members
        for i in range(k, self.n):
            t = self.toks[i]
            if any(b <= t.idx < e for b, e in posts):
                continue  # a member's post (وزير الزراعة والأمن الغذائي X): no end there
            nxt = next((x.text for x in self.toks[i + 1 : i + 4] if not x.text.isspace()), "")
            if (t.text.isspace() or t.text in (".", "؛", ";", ":")) and nxt in _BULLETS:
                continue  # the end of one line of a list set out with dashes
            if t.text in _BULLETS and i > k:
                lines = True
                continue
            if t.punct and t.text not in _PUNCT_SKIP and t.text != ":" and t.text not in _QUOTES:
                return t.idx  # (a name in quotes is still a member)
            if attending and (t.norm in _ATTENDING_WORDS or t.norm == "في" and self._attends(i)):
                continue  # (a side's head, بحضور Y: those attending with him)
            if self.is_stop(t) and t.key not in _MEMBER_WORDS and not lines:
                return t.idx
        return len(self.text) + 1

    def _attends(self, i: int) -> bool:
        """في حضور at token i: attendance, as بحضور."""
        return i + 1 < self.n and self.toks[i + 1].norm == "حضور"

    def _next_side(self, k: int) -> int:
        for i in range(k + 2, self.n):
            t = self.toks[i]
            if any(x in _DELEGATION or x in _SIDES for x in t.firsts[:2]) and self.adjective(
                t.i + 1
            ):
                return t.idx
        return len(self.text) + 1

    def _joined(self, end: int, begin: int) -> bool:
        """Only a conjunction (and a comma) between two findings: items of one list."""
        gap = self.text[end:begin]
        return (
            bool(re.fullmatch(r"\s*[\"«»“”']?\s*[،,]?\s*و?", gap))
            and "\n" not in gap
            # an object right after its verb's subject is no list: a comma or a "و"
            and (
                bool(re.search(r"[،,]|و$", gap))
                or ((at := bisect_left(self._starts, begin)) < self.n and self._starts_item(at))
            )
        )

    def _clitic_len(self, ns: int, ne: int) -> int:
        """The letters of a conjunction or preposition written onto a name's first word
        (ووليد after a name, بسامي حداد: with Sami Haddad), which are not the name's."""
        if ns in self.conj_tokens:
            return 1
        t = self.toks[ns]
        if (
            ne - ns >= 2
            and t.norm[:1] in "بلك"
            and t.text[:1] == t.norm[:1]
            and t.key not in self.ix.given_names
            and (
                inner_key(t.norm[1:]) in self.ix.given_names
                or (t.norm[1:] == "عبد" and self._abd_compound(ns + 1))  # بعبد الكريم X
            )
            and not self.match(self.ix.officials, ns, first=False)
        ):
            return 1
        return 0

    def add(
        self,
        ns: int,
        ne: int,
        english: str | None,
        *,
        role: str,
        country: str | None,
        org: str | None,
        rank: str | None,
        status: str,
        start: int,
        end: int,
        rule: str,
        generic: bool = False,
        host: str | None = None,
        made: bool = False,
    ) -> Finding:
        toks = self.toks
        begin = toks[ns].idx + self._clitic_len(ns, ne)
        name = self.text[begin : toks[ne - 1].end]
        alias = None
        if ne - ns == 1:
            alias = self.surnames.get(toks[ns].norm, self.surnames.get(toks[ns].key))
        if (
            country is None
            and english
            and role in STATE_ROLES
            and status == "current"
            and "ar+gazetteer" not in self.disabled
        ):
            known = gazetteer_state(english, self.text[toks[ns].idx : toks[ne - 1].end])
            if known:
                country, rule = known, rule + "+gazetteer"
        f = Finding(
            name=name,
            name_begin=begin,
            name_end=toks[ne - 1].end,
            role=role,
            country=country,
            begin=toks[start].idx,
            end=toks[end - 1].end,
            rule=rule,
            org=org,
            rank=rank,
            status=status,
            english=english,
            alias_of=alias,
            generic=generic,
            host=host,
            made=made and status == "designate",
        )
        if rule.split("+")[0] in self.disabled:
            return f  # the rule switched off: nothing found, nothing claimed
        self.findings.append(f)
        self.claimed.update(range(ns, ne))
        for k in range(ns, ne):
            self.named_at.setdefault(k, []).append(len(self.findings) - 1)
        self.by_name.setdefault(name, []).append(len(self.findings) - 1)
        if (
            ne - ns >= 2
            and alias is None
            # حمدان بن راشد: a father's name, no surname (الملك راشد is another)
            and toks[ne - 2].norm not in lexicon.patronymic_particles()
        ):
            last = toks[ne - 1]
            self.surnames.setdefault(last.norm, len(self.findings) - 1)
            self.surnames.setdefault(last.key, len(self.findings) - 1)
        if self.cataphoric and rule != "ar.counterpart":
            self._resolve_cataphoric(f)
        return f


def _org_for_portfolio(pid: str) -> str:
    return f"ministry-{pid}"


def find_officials(
    doc: Doc, *, index: ArabicIndex | None = None, disabled: frozenset[str] = frozenset()
) -> list[Finding]:
    """Every official the Arabic rules find in ``doc``, in text order, with the registered
    rules of ``disabled`` switched off (:mod:`kg.extract.rules`)."""
    ix = index or arabic_index()
    parser = _Parser(doc, ix, disabled)
    found = [_secretary(f, doc_text(doc)) for f in parser.run()]
    if "ar+headline" not in disabled:
        found = _headline_states(parser, found)
    return in_text_order(found)


def states_in_headline(doc: Doc, *, index: ArabicIndex | None = None) -> frozenset[str]:
    """The states an Arabic headline names by name (كينيا وقطر تبحثان التعاون المالي;
    not by a nationality, which may be another word's: المالي, financial): the first line,
    when it is a headline with a story after it. O(tokens)."""
    end = headline_end(doc_text(doc))
    if end is None:
        return frozenset()
    parser = _Parser(doc, index or arabic_index())
    codes = set()
    for t in parser.toks:
        if t.idx >= end:
            break
        if (code := _named_state(parser, t.i)) is not None:
            codes.add(code)
    return frozenset(codes)


def states_named(doc: Doc, *, index: ArabicIndex | None = None) -> frozenset[str]:
    """Every state an Arabic story names by name (not by a nationality). O(tokens)."""
    parser = _Parser(doc, index or arabic_index())
    return frozenset(c for t in parser.toks if (c := _named_state(parser, t.i)) is not None)


def states_told(doc: Doc, *, index: ArabicIndex | None = None) -> frozenset[str]:
    """Every state an Arabic text names, by name, by a nationality (البرلمان العراقي) or
    by a place of its own (أعلنت الخرطوم). O(tokens)."""
    parser = _Parser(doc, index or arabic_index())
    told = set()
    for t in parser.toks:
        code = _named_state(parser, t.i) or parser.adjective(t.i)
        if code is None and (hit := parser.match(parser.ix.places, t.i)):
            code = hit[1].get("country") if isinstance(hit[1], dict) else None
        if code:
            told.add(code)
    return frozenset(told)


def _named_state(parser: _Parser, i: int) -> str | None:
    """The state whose name token i opens, or None; a name with the article that the
    state's own name does not carry is an adjective (المالي, financial: not Mali)."""
    cn = parser.country_name(i)
    if cn is None:
        return None
    if parser.toks[i].al:
        entry = lexicon.country_by_code(cn[1])
        forms = [entry.ar, *entry.alt_ar] if entry else []
        if not any(normalize_ar(f).startswith("ال") for f in forms):
            return None
    return cn[1]


def _headline_states(parser: _Parser, found: list[Finding]) -> list[Finding]:
    """A headline's title with its state and no name (وزير العدل الموريتاني يستقبل وفدا),
    then that title with a name and no state in the story (استقبل وزير العدل X): X, its
    first holder there, holds the headline's post, of its state. The headline is the first
    line, short, with no full stop, and a story after it; a title the headline gives two
    states is left."""
    text = parser.text
    end = headline_end(text)
    if end is None:
        return found
    titles: dict[str, set[str]] = {}  # the headline's title words -> the states after them
    k = 0
    while k < parser.n and parser.toks[k].idx < end:
        hit = parser.match(parser.ix.posts, k)
        if hit is None:
            k += 1
            continue
        after = k + hit[0]
        # the portfolio's words (وزير العدل), then the state's adjective
        while (
            after < parser.n
            and after - k < 6
            and parser.toks[after].idx < end
            and not parser.toks[after].punct
            and parser.adjective(after) is None
        ):
            after += 1
        inside = after < parser.n and parser.toks[after].idx < end
        code = parser.adjective(after) if inside else None
        if code:
            titles.setdefault(_keys(parser, k, after), set()).add(code)
        k = max(after, k + 1)
    if not titles:
        return found
    out = list(found)  # each in its place: the findings' alias_of are their indexes
    given: dict[str, str] = {}  # the headline's title words -> the one holder given them
    for n in sorted(range(len(found)), key=lambda n: found[n].begin):
        f = found[n]
        if (
            f.country is None
            and f.status == "current"
            and f.begin >= end
            and f.role not in _ABROAD_ROLES
        ):
            k = bisect_left(parser._starts, f.begin)
            if k < parser.n:
                while k < parser.n and parser.toks[k].idx < f.name_begin:
                    hit = parser.match(parser.ix.posts, k)
                    if hit is not None:
                        words, codes = next(
                            (
                                (w, c)
                                for w, c in titles.items()
                                if _keys(parser, k, k + len(w.split())) == w
                                and parser.toks[k + len(w.split()) - 1].idx < f.name_begin
                            ),
                            ("", set()),
                        )
                        # (the story's first holder of the title only: a counterpart met
                        # later under the same title is another state's)
                        if len(codes) == 1 and given.setdefault(words, f.name) == f.name:
                            f = replace(f, country=next(iter(codes)), rule=f.rule + "+headline")
                        break
                    k += 1
        out[n] = f
    return out


def _keys(parser: _Parser, a: int, b: int) -> str:
    return " ".join(parser.toks[x].key for x in range(a, min(b, parser.n)))


_SECRETARY_STATES = _W["secretary_states"] | {None}  # (None: no state read yet)
_SECRETARY_FIELDS = _W["secretary_fields"]
# what a title may say of its holder besides a field: former, new, acting
_SECRETARY_STATUS = _W["secretary_status"]
_SECRETARY = re.compile(r"(?:^|\s)[وف]?((?:(?:مساعد|نائب)ة?\s+)?)كاتبة?\s+(?:ال)?دولة(?=\s|$)")
_FIELD_ORG = {
    "foreign_minister": "mfa",
    "defence_minister": "mod",
    "finance_minister": "mof",
    "interior_minister": "moi",
}


def _secretary(f: Finding, text: str) -> Finding:
    """كاتب الدولة of a state whose ministers are Secretaries (``secretary_states``):
    the Secretary of State alone (كاتب الدولة الأمريكي X), a department's with a field
    (كاتب الدولة في الدفاع X), an official as an assistant (مساعدة كاتب الدولة X); not a
    state secretary, a deputy minister, as in the Maghreb's own governments.

    >>> f = Finding("X", 30, 31, "deputy_minister", "US", 0, 31, "ar.title_name", "ministry")
    >>> _secretary(f, "كاتب الدولة الأمريكي في الدفاع X").role
    'defence_minister'
    """
    if f.role != "deputy_minister" or f.country not in _SECRETARY_STATES:
        return f
    title = f"{text[f.begin : f.name_begin]} {text[f.name_end : f.end]}"  # (either side)
    m = _SECRETARY.search(title)
    if m is None:
        return f
    if m.group(1):
        # (an assistant secretary is no post of the Maghreb's governments: of no state
        # yet, the text's state is the Secretaries')
        aide = normalize_ar(m.group(1)).strip()
        return replace(f, role="official") if aide.startswith("مساعد") else f
    if f.country is None:
        return f
    state = lexicon.country_by_code(f.country)
    adjectives = {inner_key(normalize_ar(a)) for a in state.adj_ar} if state else set()
    words = []
    for w in re.findall(r"[\u0600-\u06ff]+", title[m.end() :]):
        key = normalize_ar(w)
        if key.startswith("لل"):
            key = "ال" + key[2:]  # للدفاع: for defence
        key = inner_key(key)
        if key in _POSTPOSED_DEPUTIES:
            return replace(f, role="official")  # كاتب الدولة المساعد: an assistant secretary
        if key in ("شوون", "لشوون"):
            return f  # كاتب الدولة للشؤون السياسية: an under secretary, a deputy's post
        if key not in adjectives and key != "في" and key not in _SECRETARY_STATUS:
            words.append(key)
    role = next((_SECRETARY_FIELDS[w] for w in words if w in _SECRETARY_FIELDS), None)
    if role is None:
        role = "minister" if words else "foreign_minister"
    return replace(f, role=role, org=_FIELD_ORG.get(role, f.org))
