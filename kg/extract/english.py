"""Rules for the way English news names officials: state, title, rank, honorific, name.

The constructions, each a rule name that every fact keeps as evidence:

- ``en.title_name``: state + title + rank + honorific + name (Turkish Foreign Minister Hakan
  Fidan; Syria's Defense Minister X; the US Secretary of State X; Minister of Foreign Affairs
  of Iran X; Turkey's foreign minister, Hakan Fidan); two titles may share one name
  (Deputy Prime Minister and Foreign Minister X: two posts, one person);
- ``en.name_title``: a name then its title in apposition (Hakan Fidan, the Turkish foreign
  minister,);
- ``en.org_title``: an organization then its chief or spokesperson (Foreign Ministry
  spokesperson X; head of Turkey's National Intelligence Organization (MIT) X);
- ``en.coordinated``: plural titles (Foreign Ministers X of Turkey and Y of Syria);
- ``en.counterpart``: his Syrian counterpart X takes the post of its antecedent, a new state;
- ``en.deputy``: his deputy X, her deputies X and Y: the deputies of the post of the
  official the sentence named before them (a president's deputy is a vice president);
- ``en.appointment``: X was nominated as ... (status ``designate``).

A post's state comes from the text: an adjective (Turkish), a possessive (Turkey's), a
name used as a modifier (US Secretary of State), a seat or institution only one state has
(Pentagon, Kremlin, IRGC), ``of Turkey`` after the title or the name, an organization of
the state after the title (Under-Secretary of the Egyptian Ministry of Defence), the side a
member acts for (on the Qatari side by; suffix ``+side``), "the country's" after one state,
the state of the official whose adviser or spokesperson it is, or a counterpart's
adjective. A title in a list right after an official with a state and none of its own
takes that state (suffix ``+list``); a dateline's state stands in for the lead, and for
every sentence of a story filed at home about its own officials (suffix ``+dateline``),
never for a coalition's command. Otherwise the post has no state and the finding is
generic. The president or chairman of a body that is no state chairs it (an official).
A title that names an international body (European Commission President, High
Representative/Vice-President, Chief Monitor of the OSCE Special Monitoring Mission to
Ukraine) is that body's officer, with no state; a state's leader (Russian leader X) is
a post only where the state is named.

Names are runs of capitalised words with their particles (al-, bin, ibn, Abu, Al, el-, de,
van, von, der, Ould), middle initials (J.), a closing Jr. or III, and a surname in capitals
beside a plain name word (IWAYA Takeshi); a single word is a name only as the surname of
someone named before, or as a monarch's name after King, Sultan or Emir. Honorifics and
nobility (Sir, Lord, Dame, HE, HRH), a title written as capitals (his counterpart FM X) and
a province after a governor's title (Governor Sindh X: the province's state) are not part
of a name.

>>> from kg.nlp import get_pipeline
>>> doc = get_pipeline("en")("Turkish Foreign Minister Hakan Fidan met his Syrian counterpart "
...                          "Asaad al-Shaibani in Ankara.")
>>> [(f.name, f.role, f.country) for f in find_officials(doc)]
[('Hakan Fidan', 'foreign_minister', 'TR'), ('Asaad al-Shaibani', 'foreign_minister', 'SY')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from spacy.tokens import Doc

from kg import lexicon
from kg.extract.context import (
    dateline_comma,
    gazetteer_state,
    headline_end,
    international_body,
)
from kg.extract.finding import (
    DEPUTY_OF,
    MINISTER_OF,
    ONE_HOLDER,
    STATE_ROLES,
    Finding,
    deputy_role,
    in_text_order,
    predecessor_post,
    sentence_at,
    succeeded,
)
from kg.extract.index import EnglishIndex, PostEntry, Trie, english_index, rule_words
from kg.extract.time import load_time_lexicon
from kg.model import ROLE_KEYS
from kg.nlp.normalize import normalize_en
from kg.nlp.pipeline import doc_text, doc_tokens, normalize_en_word

__all__ = ["Finding", "find_officials", "dateline_country"]

# Closed word classes of the rules (data, not code): particles inside names, the words
# that set a post's status, the heads an organization's chief takes.
# How many findings after a person's first one are searched for their other posts.
_SAME_WINDOW = 40
# How many tokens back a sentence-initial he/she may look for the official it stands for.
_PRONOUN_REACH = 80
_W = rule_words("en")  # word classes of data/lexicon/rules_en.json
_OFFICIAL_NOUNS = frozenset(_W["official_nouns"])
_DELEGATION_EN = _W["delegation"]
_MEMBERS_EN = _W["delegation_members"]
_STOPS_EN = _W["clause_words"]
_SUCCESSION = _W["succession"]
_INTERIM = _W["succession_interim"]
_NEW_WORDS = _W["new_words"]
# Posts that sit inside a ministry, so the ministry the sentence names is theirs.
_IN_MINISTRY = {"director_general", "spokesperson", "deputy_minister"}
_PARTICLES = _W["name_particles"]
_FORMER = _W["former"]
_DESIGNATE = _W["designate"]
_SKIP_BEFORE = _W["skip_before_post"]
_COUNTERPART = _W["counterpart"]
_COLLEAGUE = _W["colleague"]  # a counterpart only after a state's nationality
_ORG_WORDS = _W["organization_words"]
_ORG_HEADS = _W["organization_heads"]
_SPOKES = _W["spokes"]
_MINISTRY_ORG = _W["ministry_org"]
_IN_UNITS = frozenset(_W["in_units"])
_PHOTO_POSITIONS = frozenset(_W["photo_positions"])
_HONORIFIC_NOUNS = frozenset(_W["honorific_nouns"])
_CAPITAL_TITLES = frozenset(_W["capital_titles"])
_SPEAKER_KINDS = frozenset(_W["speaker_kinds"])
_CONTINENT_QUALIFIERS = frozenset(_W["continent_qualifiers"])
_PORTFOLIOS = frozenset(MINISTER_OF.values())  # the ministers of a named portfolio
_HEADLINE_MAX_CHARS = 130  # a headline's length at most (as kg.extract.context.headline)
_COMPASS_WORDS = frozenset(_W["compass_words"])
# the posts of a state's government that a province's or a federal unit's government has
# too: after the unit's name, its holder is an official of the state (Sabah Head of State)
_STATE_LEVEL_ROLES = frozenset(
    {
        "head_of_state",
        "head_of_government",
        "deputy_head_of_state",
        "deputy_head_of_government",
        "minister",
        "deputy_minister",
        *_PORTFOLIOS,
    }
)
# The kinds of places (places.jsonl) a mayor or a governor governs.
_GOVERNED_PLACES = frozenset({"city", "capital", "region"})
_DEPUTY_ORG = {"deputy_head_of_state": "presidency", "deputy_head_of_government": "cabinet"}
_SIDE_BY_VERBS = _W["side_by_verbs"]  # For the Qatari side, ... signed by X
_LED_VERBS = _W["led_verbs"]  # X led the Ugandan delegation
_LEGISLATIVE = frozenset(_W["legislative_words"])
# the words that list a delegation's members after it (included, led by)
_MEMBERS_LISTED = frozenset(_W["delegation_listing"])
_GROUP_BODIES = frozenset(_W["group_bodies"])
# the posts that an institution one state has may hold (Commander of AFRICOM, Director of
# the CIA, spokesman of the White House)
_INSTITUTION_ROLES = frozenset(
    {"military_commander", "intelligence_chief", "spokesperson", "chief_of_staff", "official"}
)
_TOUR_WORDS = _W["tour_words"]  # (led the Ugandan delegation on a tour of the port)
_DELEGATION_QUALIFIERS = frozenset(_W["delegation_qualifiers"])  # (a high-level delegation)
_PRONOUNS_OBJ = frozenset({"him", "her", "them"})
_BANK_HEADS = frozenset(_W["bank_heads"])  # (the President of the X Development Bank)
# (the Monetary Authority, the Bundesbank, the Federal Reserve: each entry's words)
_BANK_WORDS = tuple(frozenset(w.split()) for w in _W["bank_words"])
# the heads of a bank or a service named by its own name (Governor, Director General)
_NAMED_BODY_HEADS = (
    frozenset(_W["bank_heads"])
    | frozenset(_W["agency_heads"])
    | {
        "general",
        "director-general",
    }
)
_SERVICE_HEAD = PostEntry(role="intelligence_chief", org="intelligence")
# the posts a head's title after such a body's name reads as (BND President: no state's)
_NAMED_BODY_ROLES = frozenset(
    {
        "official",
        "director_general",
        "head_of_state",
        "deputy_head_of_state",
        "head_of_government",
        "deputy_head_of_government",
        "intelligence_chief",
    }
)

# Posts held abroad: a home dateline does not speak for them.
_ABROAD = frozenset({"ambassador", "envoy"})
# The posts held at home, which an envoy's state in the list before them does not give.
_HOME_POSTS = frozenset(
    {"head_of_state", "head_of_government", "deputy_head_of_government", "adviser"}
    | {r for r in ROLE_KEYS if r.endswith("minister")}
)
# the posts only a state has, whose titles an international body's officers share
# (President of the European Commission, the EU's top diplomat): those officers are officials
_STATE_ROLES = frozenset(
    {
        "head_of_state",
        "deputy_head_of_state",
        "head_of_government",
        "deputy_head_of_government",
        "minister",
        "foreign_minister",
        "defence_minister",
        "interior_minister",
        "finance_minister",
    }
)
_BODY_OFFICER = PostEntry(role="official", org="government")
_BODY_LENDER_HEAD = PostEntry(role="director_general", org="government")
# The words that make a minister's title his deputy's (Deputy Trade Minister).
_DEPUTY_WORDS = frozenset(_W["deputy_words"])
# The units a title's holder serves in, set off by commas after it (, Ministry of X,).
_SERVING_UNITS = frozenset({"ministry", "department", "embassy", "office"})
_BRIEF_LINKS = frozenset({"the", "on", "of", "for", "and"})  # the contact group on Ukraine
# the prepositions an opening phrase of a sentence begins with (In a meeting with ..., X)
_ADJUNCT_OPENERS = frozenset(_W["adjunct_openers"])
_PARTICIPLE_OPENERS = frozenset(_W["participle_openers"])
# the words after "Chief" in a title (Chief Whip, Chief Medical Officer): no style there
_CHIEF_TITLE_WORDS = frozenset(_W["chief_title_words"])
# the staff of an official before "for the" / "to the" and his title (Special Staff for ...)
_STAFF_NOUNS = frozenset(_W["staff_nouns"])
# "counterparts from other nations such as X of A": the nouns after "other"
_OTHER_NATIONS = frozenset(_W["other_nations"])
# a delegation from the Embassy (High Commission, Mission) of X
_MISSION_HEADS = sorted((tuple(p.split()) for p in _W["mission_heads"]), key=len, reverse=True)
_GOVERNING_NOUNS = frozenset(_W["governing_nouns"])
_SPEECH_VERBS = frozenset(_W["speech_verbs"])
# Russian and Chinese foreign ministers, X and Y: the plural, then the singular title
_RESPECTIVE = Trie()
for _plural, _single in _W["respective_plurals"].items():
    _RESPECTIVE.add(tuple(normalize_en(w) for w in _plural.split()), _single)
_STANCE_NOUNS = frozenset(_W["stance_nouns"])
# the heads of a title whose portfolio follows "of" or "for" (Minister of ...)
_PORTFOLIO_HEADS = frozenset({"minister", "ministers", "secretary", "secretaries"})
_CONFERENCE_CITIES = frozenset(_W["conference_cities"])
_DESTINATION = frozenset(_W["destination_words"])
# where a story's state is named as the place it happens (in Malawi, to the Maldives)
_LOCATIVE = frozenset({"in", "to", "at", "across", "throughout", "within", "inside"})
# the kinds of places (places.jsonl) that count for their state in a story
_COUNTED = frozenset({"city", "capital", "region"})
# Which of one person's posts a counterpart shares first (lower first; others are 1).
_COUNTERPART_ORDER = {
    **{role: 0 for role in _PORTFOLIOS},
    "deputy_head_of_government": 2,
    "deputy_head_of_state": 2,
    "official": 2,
}
_APPOINT = _W["appointment"]
_APPOINT_AUX = _W["appointment_after_auxiliary"]  # X was made Minister of Y
_RELIEVING = _W["relieving_verbs"]  # relieved from his post as ...
_POST_NOUNS = _W["post_nouns"]
_APPOINT_BASE = _W["appointment_base"]  # to appoint X as ..., in a decree
_DECREE_OPENERS = _W["decree_openers"]
_APPOINT_DENIALS = _W["appointment_denials"]  # denied that he had appointed X
_APPOINT_MADE = _W["appointment_made"]  # appointed X minister: he holds it
_APPOINT_PENDING = _W["appointment_pending"]  # will appoint, expected to name
_SWORN = _W["sworn_words"]  # sworn in: the post is held
# X was confirmed (re-elected, installed) as TITLE: he holds the post, as one sworn in
_OFFICE_TAKING = frozenset(_W["office_taking_words"])
_BECOMING = frozenset(_W["becoming_words"])
_RETURNING = frozenset(_W["returning_words"])
_REPLACES = frozenset(_W["replacing_words"])
# Capitalised words that head an organization, a place or a time, never a personal name.
_NOT_NAME = _W["not_a_name"]
# Royal styles a title may carry before the name (Saudi Minister of Defense Prince X).
_STYLES = _W["styles"]
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")  # O.O., S.K.A. glued into one word
# Given names written short before a name (Md. for Mohammad in Bangladesh, Mohd. in Malaysia)
_SHORT_GIVEN_NAMES = frozenset(_W["short_given_names"])
_COURTESY = frozenset(_W["courtesy_titles"])
# the posts of a state's armed services: a service named between commas after them gives
# their state (Chief of the Air Staff, Pakistan Air Force, Air Chief Marshal X)
_SERVICE_ORGS = frozenset({"general_staff", "armed_forces"})
_PORTFOLIO_CLOSERS = frozenset(_W["portfolio_closers"])
_AIM_CLOSERS = frozenset(_W["aim_closers"])
# the days of the week, also given names in West Africa (Sunday Dare, Friday Adasoke)
_WEEKDAY_NAMES = frozenset(_W["weekday_given_names"])
_PUBLIC_BODY_WORDS = frozenset(_W["public_body_words"])
# the heads of a body named before them that only a public body's name makes a post
_CHAIR_ONLY_HEADS = frozenset(_W["chair_only_heads"])
# the marks that transliterate an ayn at a word's start (‘Abd, ʿAli): no quotation there
_AYN_MARKS = frozenset({"‘", "ʿ", "'", "’"})
# An armed service between a state and its officer's title (Kuwait Army Deputy Chief ...).
_SERVICES = _W["service_words"]
# The nouns of an agency whose head, director or president is its director general.
_AGENCY = _W["agency_words"]
# Particles that are a name's only when glued to it (at-Tamimi), prepositions alone.
_GLUED_ONLY = frozenset({"at", "as"})
# The nouns of an armed organization whose chief or head is its commander.
_ARMED_ORG = _W["armed_organization_words"]
# the posts of an armed force's officers, whose force may be named after the title
_MILITARY_ROLES = frozenset({"military_commander", "chief_of_staff", "intelligence_chief"})
# "X, who is also TITLE", "X, who serves as TITLE": an apposition in a relative clause.
_RELATIVE = _W["relative_title"]
# "X, member of the Political Bureau and TITLE": a membership before the title, one
# apposition (the words that open it, after an optional a/an).
_MEMBERSHIP = frozenset(_W["membership_heads"])
# The last word of a place named after a person (King Fahd Street, President X Airport).
_PLACE_NAME_HEADS = _W["place_name_heads"]
# ... and a venue's (X Presidential Villa, Y State House: rules_en.json venue_heads),
# after a word that makes it one (not Mary Hall, a name)
_VENUE_NAME_HEADS = frozenset(_W["venue_heads"]) | frozenset(_PLACE_NAME_HEADS)
_NOT_YET_HELD = frozenset(
    {
        "will",
        "would",
        "likely",
        "expected",
        "could",
        "nominees",
        "nominee",
        "appointees",
        "candidates",
        "consideration",
        "proposed",
        "shortlisted",
        "possible",
        "designate",
    }
)
_VENUE_CUES = frozenset({"presidential", "state", "royal", "national", "government", "guest"})
# ... and the words before a title that make it part of a place (King Fahd Street ...).
_PLACE_BEFORE_TITLE = _W["place_heads_before_title"]
# was, is, been ... between a name and "as" (X was appointed as minister).
_AUXILIARIES = _W["auxiliaries"]
# The heads of "head of the ORGANIZATION", and which heads an agency, an armed force or
# a ministry has; the words of an intelligence service; the nouns of a state organ.
_UNIT_HEADS = _W["unit_heads"]
# the heads of a state and of its government: the other side after "between" and "and"
_HEADS_OF = frozenset({"head_of_state", "head_of_government"})
# a state's mission abroad after its nationality (the Indian High Commission, embassy)
_STATE_MISSIONS = frozenset(_W["state_missions"])
# the verbs of a headline in the plural after two subjects (A, Qatari FM review ties)
_PLURAL_VERBS = frozenset(_W["headline_plural_verbs"])
# an international body's officer after its name (UNICEF Representative, WFP Coordinator)
_BODY_OFFICERS = frozenset(_W["body_officers"])
# the office's words between a body and its officer (UNICEF Country Representative)
_OFFICE_QUALIFIERS = frozenset(_W["office_qualifiers"])
_FORCE_CHIEF = PostEntry(role="military_commander", org="armed_forces")
# the verbs of a signatory's act right before "on behalf of" (X signed on behalf of Y)
_BEHALF_VERBS = frozenset(_W["behalf_verbs"])
# the police's ranks: a commanding officer who holds one commands no armed force
_POLICE_RANKS = frozenset(_W["police_ranks"])
# What a ship's commanding officer commands: its nouns, and the prefixes of navies' ship
# names (of the visiting ships, of INS Delhi)
_VESSEL_NOUNS = frozenset(_W["vessel_nouns"])
_SHIP_PREFIXES = frozenset(_W["ship_prefixes"])
# The nouns that close a unit's name after its commander's title (Commander Eastern Naval
# Area, X), and the roles that head such units
_UNIT_NOUNS = frozenset(_W["unit_nouns"])
_COMMAND_ROLES = ("military_commander", "chief_of_staff")
# the words before a unit's head that leave it the head (Executive Director of ...)
_HEAD_PREFIXES = frozenset({"executive", "managing", "general", "national", "regional"})
# The posts whose holder an envoy or adviser serves (Special Envoy of Crown Prince X).
_PRINCIPALS = frozenset({"head_of_state", "deputy_head_of_state", "head_of_government"})
# The units inside a ministry or an agency (its department, directorate, division).
_SUB_UNITS = frozenset(_W["sub_units"])
# ... and beside them, the nouns that close an officer's unit written in brackets after his
# title (Director General (South Asia Division) X)
_BRACKET_UNITS = _SUB_UNITS | frozenset(_W["bracket_units"])
_AGENCY_HEADS = _W["agency_heads"]
_OFFICE_WORDS = frozenset(_W["office_words"])
_MISSION_WORDS = frozenset(_W["mission_words"])
_ARMED_HEADS = _W["armed_heads"]
_MINISTRY_HEADS = _W["ministry_heads"]
_MINISTRY_DEPUTIES = _W["ministry_deputies"]
_INTELLIGENCE = _W["intelligence_words"]
_BRIEF_WORDS = frozenset(_W["brief_words"])
_APPOINT_ADVERBS = frozenset(_W["appointment_adverbs"])
# The Arabic article as English spellings join it to a surname (al-, el-, ash-).
_ARTICLES = tuple(sorted(w + "-" for w in _W["article_particles"]))
_ORGAN_NOUNS = _W["state_organ_nouns"]
# "X, who heads the AGENCY": the verb and the head it makes (heads: head, directs: director).
_HEADS_VERB = _W["heads_verbs"]
# What may stand between "on the Qatari side by" and the title (the, HE, visiting).
_SIDE_GAP = _W["side_gap"]
# The words of a multinational command or mission, which serves no one state.
_MULTINATIONAL = _W["multinational_words"]
# The plural nouns of a group of officials (the Service Chiefs): never a word of a name.
_GROUP_PLURALS = frozenset(_W["group_plurals"])
# State Minister, Shadow Minister: a minister below the head of the portfolio named after him
_JUNIOR_MINISTERS = frozenset(_W["junior_minister_words"])
# "the country's X": nouns standing for the state just named.
_STATE_NOUNS = _W["state_nouns"]
# "They were X (Pakistan), Y (Jordan)": the copulas a list of envoys follows, and the
# words of envoys in the plural or of their credentials near it.
_ENVOY_COPULAS = frozenset(_W["envoy_copulas"])
_ENVOY_PLURALS = frozenset(_W["envoy_plurals"])
# The nouns of a state that say its kind (the Sultanate, the Kingdom, the Emirate), and
# the states of that kind each may stand for.
_STATE_KINDS = {noun: frozenset(codes) for noun, codes in _W["state_kinds"].items()}
_MONARCHY_NOUNS = frozenset(_STATE_KINDS)


def _state_of_kind(code: str, noun: str) -> bool:
    """Is the state ``code`` one the noun may stand for: any for a noun of no kind (the
    country), else one of that kind (the Sultanate: Oman or Brunei)."""
    return noun not in _STATE_KINDS or code in _STATE_KINDS[noun]


# The last word of a state's formal style before "of" (the Hashemite Kingdom of Jordan).
_STATE_STYLES = _W["state_style_heads"]
# Titles written as capitals (FM, PM, CJCS): titles only in capitals.
_ABBREVIATIONS = frozenset(_W["title_abbreviations"])
# The words of the organs a head of state or of government leads (Presidential Council,
# Government of National Unity), and the heads that lead them.
_STATE_ORGANS = _W["state_organ_words"]
_GOVERNMENT_ORGANS = _W["government_organ_words"]
_STATE_HEADS = _W["state_heads"]
# The chairs of a committee, a council or a commission (officials).
_CHAIR_HEADS = _W["chair_heads"]
_COUNCIL_WORDS = _W["council_words"]
# Any word that makes a capitalised run the name of a body.
_BODY_WORDS = _ORG_WORDS | _STATE_ORGANS | _GOVERNMENT_ORGANS
# Heads of state or government by title who may chair a body instead (President of X).
_BODY_HEADS = _W["body_heads"]
_BODIES_BEFORE_PRESIDENT = _W["bodies_before_president"]
_ALSO = _W["also_words"]
_VISIT_NOUNS = _W["visit_nouns"]
# Title words that are also given names (his counterpart Amir X).
_TITLE_NAMES = _W["title_given_names"]
_GIVEN_STYLES = _W["given_name_styles"]
_NOBLE_STYLES = frozenset(_W["noble_styles"])
_COMPANION_VERBS = frozenset(_W["companion_verbs"])
_PARTY_NOUNS = frozenset(_W["party_nouns"])
_PARTY_VERBS = frozenset(_W["party_verbs"])
_FIRST_PERSON = _W["first_person"]
# Monarchs' titles, which a single name may follow (King Abdullah).
_MONARCHS = _W["monarch_titles"]
# What may close a name: Jr., Sr., II, III.
_GENERATIONAL = _W["generational"]
# What is written after a name and is no part of it: MP, QC, OBE (not Mp, a word).
_POST_NOMINALS = _W["post_nominals"]
_STYLES_IN_NAMES = _W["styles_in_names"]
# "paid a courtesy call on", "met": what an envoy does with the host's officials; and
# "accompanied by": who goes with him (data/lexicon/rules_en.json)
_CALL_WORDS = _W["envoy_call_words"]
_PARTY_WORDS = _W["envoy_party_words"]
# special, personal: what makes an envoy more than a state's ambassador
_ENVOY_QUALIFIERS = _W["envoy_qualifiers"]
# The new envoys are X from Nigeria, Y from India: what opens the list of a plural's holders.
_LIST_OPENERS = _W["list_openers"]
# the dashes between a state and its holder in a list (of Turkey - X, Chile – Y)
_DASHES = frozenset({"-", "–", "—"})
# The nouns that close a province's or a state's name (Kebbe State, Marsabit County).
_SUBNATIONAL_HEADS = frozenset(_W["subnational_heads"])
# Verbs that are also given names (Said), read as names inside a name.
_VERB_NAMES = frozenset(_W["verb_given_names"])
# The words of a region a post may cover (envoy to the Middle East, the Horn of Africa).
_REGION_WORDS = _W["region_words"]
_TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., U.K., H.E.
    r"|(?:U\.[SKN]|H\.[EH])(?![\w.])"  # U.S, U.K, U.N, H.E, H.H without their last stop
    r"|[’']s\b"  # possessive
    r"|\w+(?:[-‐]\w+|[’'](?!s\b)\w+)*(?:[’'](?=\s))?"  # words, hyphenated, Sa'ar, Shia'
    r"|\S"
)
_HEADLINE_MIN = 4


@dataclass(slots=True)
class _Tok:
    i: int
    text: str
    norm: str
    idx: int
    end: int
    sent: int
    line: int
    cap: bool
    punct: bool


_GLUED = re.compile(r"^([A-Z][a-z]{3,})(He|She|It|They|The|This|That|We|His|Her|In|On|At)$")


def _tokens(doc: Doc) -> list[_Tok]:
    text = doc_text(doc)
    d = doc_tokens(doc)
    # where each sentence after the first starts, and each line break, then an end past
    # the text: the walks below stop there without asking for the length each time
    nexts = [b for k, b in enumerate(d.starts) if k and d.sents[k] != d.sents[k - 1]]
    nexts.append(len(text) + 1)
    # (a line wrapped inside a sentence is no line of its own: ``kg_run_on`` of the pipeline)
    run_on = doc.user_data.get("kg_run_on", frozenset())
    lines = [m.start() for m in re.finditer(r"\n", text) if m.start() not in run_on]
    lines.append(len(text) + 1)
    toks: list[_Tok] = []
    s_i = l_i = 0
    for m in _TOKEN_RE.finditer(text):
        base = m.start()
        for rel, piece in _pieces(m.group()):
            start = base + rel
            while nexts[s_i] <= start:
                s_i += 1
            while lines[l_i] < start:
                l_i += 1
            norm, cap, punct = _word_view(piece)
            if (
                piece in ("'", "\u2019")
                and toks
                and toks[-1].cap
                and toks[-1].end == start
                and toks[-1].norm.endswith("s")
                and m.end() < len(text)
                and text[m.end()] == " "
            ):
                # Mitsotakis' adviser: a name's possessive, as 's
                norm = "'s" if piece == "'" else "\u2019s"
            if (
                cap
                and not punct
                and len(toks) >= 2
                and toks[-1].text in ("-", "\u2013")
                and toks[-2].norm == "vice"
                and toks[-2].end == toks[-1].idx
                and text[toks[-1].end : start].isspace()
            ):
                # Vice- President X: the hyphen of a compound title, a space after it
                first = toks[-2]
                del toks[-2:]
                toks.append(
                    _Tok(
                        len(toks),
                        text[first.idx : start + len(piece)],
                        f"vice-{norm}",
                        first.idx,
                        start + len(piece),
                        first.sent,
                        first.line,
                        True,
                        False,
                    )
                )
                continue
            toks.append(
                _Tok(len(toks), piece, norm, start, start + len(piece), s_i, l_i, cap, punct)
            )
    _capitalised_misspellings(toks)
    return toks


def _capitalised_misspellings(toks: list[_Tok]) -> None:
    """A title word misspelt and capitalised (the Minster for Foreign Affairs, Foreign
    Minster X) is read as the word it misses where a title stands: before "of", "for" or
    a capitalised word, after "the", a small word or a title's word (Foreign, Prime); not
    after another name (York Minster)."""
    fixes = lexicon.misspellings()
    for k, t in enumerate(toks):
        right = fixes.get(t.norm) if t.cap else None
        if right is None:
            continue
        prev = toks[k - 1] if k else None
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if (
            (prev is None or not prev.cap or prev.punct or prev.norm in _MISSPELT_TITLE_OPENERS)
            and nxt is not None
            and (nxt.norm in ("of", "for", ",") or (nxt.cap and not nxt.punct))
        ):
            t.norm = right


@lru_cache(maxsize=65536)
def _pieces(word: str) -> tuple[tuple[int, str], ...]:
    """The tokens a matched word is cut into, as (offset in the word, text): words
    repeat, so each is cut once."""
    pieces = [(0, word)]
    low = word.lower()
    if len(word) > 2 and word[-1] in "'’" and low[-2] == "s":
        # the United States' envoy, the Philippines' minister: the possessive apart
        return ((0, word[:-1]), (len(word) - 1, word[-1]))
    for suf in ("-designate", "-elect"):
        if low.endswith(suf) and len(low) > len(suf):
            cut = len(word) - len(suf)
            pieces = [(0, word[:cut]), (cut, word[cut:])]
    glued = _GLUED.match(word)
    if glued:
        # "NameHe had traveled": two words glued where a line break was lost
        cut = len(glued[1])
        pieces = [(0, glued[1]), (cut, word[cut:])]
    head = low.split("-", 1)[0]
    if head == "acting" and len(low) > len(head) + 1:
        # Acting-Ambassador: the acting holder holds the post (the hyphen dropped)
        cut = len(head) + 1
        pieces = [(0, word[: len(head)]), (cut, word[cut:])]
    elif head in _FORMER and len(low) > len(head) + 1:
        # then-foreign minister, ex-defence minister: the status, then the title
        cut = len(head) + 1
        pieces = [(0, word[:cut]), (cut, word[cut:])]
    return tuple(pieces)


@lru_cache(maxsize=65536)
def _word_view(piece: str) -> tuple[str, bool, bool]:
    """(folded form, capitalised, punctuation) of a word: words repeat, so each is read
    once."""
    return normalize_en_word(piece), piece[:1].isupper(), not any(c.isalnum() for c in piece)


@cache
def _phrases(cls: str) -> Trie:
    """A trie of the folded phrases of a word class of rules_en.json (a list, or a
    mapping whose values the trie keeps)."""
    trie = Trie()
    words = _W[cls]
    for phrase in words:
        value = words[phrase] if isinstance(words, dict) else phrase
        trie.add(tuple(phrase.split()), value)
    if cls == "international_bodies":
        # ... and every body of data/lexicon/international.jsonl, by its English forms
        for body in lexicon.load_jsonl("international.jsonl"):
            for form in [body["en"], *body.get("forms_en", [])]:
                keys = tuple(normalize_en(w) for w in form.split())
                trie.add(keys, " ".join(keys))
    return trie


@cache
def _portfolios() -> Trie:
    trie = Trie()
    for e in lexicon.load_jsonl("portfolios.jsonl"):
        labels = [e["en"]] + list(e.get("en_alt", []))
        for label in labels + [v for x in labels for v in lexicon.en_spellings(x)]:
            trie.add(tuple(normalize_en(label).split()), e["id"])
    return trie


# the quotes around a nickname inside a name (Joko "Jokowi" Widodo)
_NICK_OPEN = frozenset({'"', "\u201c", "'", "\u2018"})
_NICK_CLOSE = frozenset({'"', "\u201d", "'", "\u2019"})
_NICKNAME = re.compile(
    "\\s*(?:[\"\u201c'\u2018][^\"\u201d'\u2019]+[\"\u201d'\u2019]|\\([A-Z][a-z]+\\))\\s*"
)

# the capitalised words before a misspelt title (Foreign Minster, Prime Minster)
_MISSPELT_TITLE_OPENERS = frozenset(_W["misspelt_title_openers"])

# the heads of a body that may follow a nationality and a portfolio's word (Egyptian Police
# Chief, Nigerian Customs Comptroller-General): another person's title, no portfolio
_PORTFOLIO_HEAD_WORDS = (
    frozenset(_W["agency_heads"])
    | frozenset(_W["organization_heads"])
    | frozenset(_W["body_head_titles"])
)

# a peer's style before his name and seat (Lord X of Y, Baroness X of Y)
_PEERAGE = frozenset(_W["peerage_styles"])


# the roles of a state's head and deputy head: after "of" and a body of no state, its
# president or vice-president is an officer of that body (President of INTERPOL)
_STATE_HEAD_ROLES = frozenset(
    {"head_of_state", "head_of_government", "deputy_head_of_state", "deputy_head_of_government"}
)


class _Parser:
    def __init__(self, doc: Doc, ix: EnglishIndex, disabled: frozenset[str] = frozenset()):
        self.doc = doc
        self.disabled = disabled  # registered rules switched off (kg.extract.rules)
        self.text = doc_text(doc)
        self.ix = ix
        self.toks = _tokens(doc)
        self._starts = [t.idx for t in self.toks]  # token start offsets, for bisect
        self.n = len(self.toks)
        self.findings: list[Finding] = []
        self.surnames: dict[str, int] = {}  # folded last name word -> finding index
        # folded first name word -> finding index (-1: of two people), for a name whose
        # family name comes first (Wang Yi: Wang), when no last name word is the same
        self.first_names: dict[str, int] = {}
        self.monarchs: dict[str, int] = {}  # a head of state's first name -> finding index
        self.multinational: set[int] = set()  # names whose post is in a coalition's command
        # names whose state a form set off by commas (, Ministry of X, Republic of Y, Z): no
        # list's state, for the next item
        self.own_state: set[int] = set()
        # name ends of the posts a state's noun calls the article's own (the Sultanate's
        # Ambassador to India X): the noun, which the home state must be of the kind of
        self.home_said: dict[int, str] = {}
        self.dropped: set[int] = set()  # findings a later one replaces (Amb. X, the Minister)
        self.counterpart_state: dict[int, str] = {}  # a title after "his Afghan counterpart"
        self.used = 0  # tokens before this one belong to a finding already
        # the first tokens of names relieved of the post "as" ties them to (former holders)
        self.relieved: set[int] = set()
        self._states_at: dict[int, tuple[int, str] | None] = {}
        self._named_states: set[str] | None = None
        self._reading_state_name = False  # (a title's end is read while reading a name)
        self.headline_lines = self._headlines()
        self.known_surnames = self._gazetteer_surnames()

    def _gazetteer_surnames(self) -> dict[str, str]:
        """Surnames of the gazetteer's officials named in full anywhere in the text, so
        that "Foreign Minister Abdelatty" finds Badr Abdelatty even when the full name
        came with no title. A surname two of them share is left out."""
        seen: dict[str, set[str]] = {}
        for j, t in enumerate(self.toks):
            if not t.cap:
                continue
            hit = self.walk(self.ix.officials, j)
            if hit and hit[0] - j >= 2:
                if self.toks[hit[0] - 2].norm in lexicon.patronymic_particles():
                    continue  # Hamdan bin Rashid: Rashid is his father's name
                key = _surname_key(self.toks[hit[0] - 1].norm)
                seen.setdefault(key, set()).add(hit[1])
        return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}

    # ---------------------------------------------------------------- lookups

    def walk(self, trie: Trie, i: int, *, limit: int = 12, plural: bool = False):
        """Longest phrase of ``trie`` at token i: (end token, value) or None. A word may
        take its following full stop (``Lt .`` for ``lt.``); ``plural`` lets the last word
        of the phrase take an ``s`` (Foreign Ministers)."""
        if i >= self.n:
            return None
        norm = self.toks[i].norm  # most words start no phrase: no need to walk
        if (
            norm not in trie.root
            and norm + "." not in trie.root
            and not (plural and (one := _singular(norm)) is not None and one in trie.root)
        ):
            return None
        best = None
        stack = [(trie.root, i, False)]
        while stack:
            node, j, pl = stack.pop()
            if (
                None in node
                and j > i
                and (best is None or j > best[0] or (j == best[0] and best[2] and not pl))
            ):
                best = (j, node[None], pl)  # (a phrase as written over its plural reading)
            if j >= self.n or j - i >= limit:
                continue
            t = self.toks[j]
            if t.punct and t.text not in ("(", ")", "&"):
                continue
            if t.norm in node:
                # (a plural read earlier stays: deputy heads of the council X and Y)
                stack.append((node[t.norm], j + 1, pl))
            elif t.text == "&" and j > i and "and" in node:
                stack.append((node["and"], j + 1, pl))  # Petroleum & Natural Gas
            if j > i and t.text == "(" and self._acronym_at(j) and self.norm(j + 3) in node:
                # African Union Commission (AUC) Chairperson: the body's acronym inside
                stack.append((node[self.norm(j + 3)], j + 4, False))
            if plural and (one := _singular(t.norm)) is not None and one in node:
                stack.append((node[one], j + 1, True))
            if (
                trie is self.ix.posts
                and j > i
                and self.toks[j - 1].norm == "the"
                and t.cap
                and (adj := self.walk(self.ix.adjectives, j)) is not None
                and self.norm(adj[0]) in node
            ):
                # Speaker of the Iraqi Parliament: the body's state inside the title, read
                # again by _inner_state
                stack.append((node[self.norm(adj[0])], adj[0] + 1, False))
            if (
                trie is self.ix.posts
                and j > i
                and self.toks[j - 1].norm == "of"
                and t.cap
                and (named := self.walk(self.ix.countries, j)) is not None
                and named[0] < self.n
                and self.toks[named[0]].cap
                and self.norm(named[0]) in node
            ):
                # Deputy Speaker of Malawi National Assembly: the state's name before the
                # body's, read again by _inner_state
                stack.append((node[self.norm(named[0])], named[0] + 1, False))
            if j + 1 < self.n and self.toks[j + 1].text == "." and self.toks[j + 1].idx == t.end:
                k = t.norm + "."
                if k in node:
                    stack.append((node[k], j + 2, False))
                    if (
                        trie is self.ix.ranks
                        and j + 3 < self.n
                        and self.toks[j + 2].text in ("-", "‐")
                        and self.toks[j + 2].idx == self.toks[j + 1].end
                        and self.toks[j + 3].idx == self.toks[j + 2].end
                    ):
                        stack.append((node[k], j + 3, False))  # Maj.-Gen., Lt.-Col.: one rank
        if best is None:
            return None
        return (best[0], best[1], best[2]) if plural else (best[0], best[1])

    def tok(self, j: int) -> _Tok | None:
        return self.toks[j] if 0 <= j < self.n else None

    def norm(self, j: int) -> str:
        return self.toks[j].norm if 0 <= j < self.n else ""

    def state_at(self, j: int) -> tuple[int, str] | None:
        """A state named at token j as a modifier: Turkish, Turkey's, US, the UK's (each
        token is read once: the titles before and after it ask again)."""
        if j not in self._states_at:
            self._states_at[j] = self._state_at(j)
        return self._states_at[j]

    def _state_at(self, j: int) -> tuple[int, str] | None:
        if j >= self.n or self.toks[j].punct:
            return None
        hits = []
        a = self.walk(self.ix.adjectives, j)
        if a and not (
            self.norm(j) in ("american", "americans")
            and j > 0
            and self.norm(j - 1) in _CONTINENT_QUALIFIERS
        ):
            hits.append(a)  # (Latin American, Central American: a region's, not the US)
        c = self.walk(self.ix.countries, j)
        if c and not (
            self.norm(j) == "america" and j > 0 and self.norm(j - 1) in _CONTINENT_QUALIFIERS
        ):
            if not self._subnational(c[0]):
                hits.append(c)  # (Latin America is a region; Niger State is Nigeria's)
        s = self._metonym(j)
        if s:
            hits.append(s)  # Pentagon spokesperson, White House press secretary
        cap = self.walk(self.ix.places, j) if self.toks[j].cap else None
        if (
            cap
            and cap[1].get("kind") == "capital"
            and cap[1].get("country")
            and self.norm(cap[0]) in ("'s", "’s")
        ):
            hits.append((cap[0], cap[1]["country"]))  # Washington's ambassador, Seoul's
        if not hits:
            return None
        end, code = max(hits, key=lambda h: h[0])
        if self.norm(end) in ("'s", "’s") or (
            self.norm(end) == "'" and self.toks[end - 1].norm.endswith("s")
        ):
            end += 1
        return end, code

    def _own_mission_at(self, j: int) -> tuple[int, str] | None:
        """ "at the Saudi embassy (in Washington and Ottawa)" at token j (the "at"): the
        token after it and the mission's state, or None."""
        k = j + 1 + (self.norm(j + 1) == "the")
        st = self.state_at(k)
        if st is None or self.norm(st[0] + (self.norm(st[0]) == "high")) not in _STATE_MISSIONS:
            return None  # (embassy, mission, consulate, High Commission)
        k = st[0] + 1 + (self.norm(st[0]) == "high")
        while self.norm(k) in ("in", "and") and (
            p := self.walk(self.ix.places, k + 1) or self.walk(self.ix.countries, k + 1)
        ):
            k = p[0]
        return k, st[1]

    def _body_named_before(self, j: int) -> str | None:
        """``"bank"`` or ``"intelligence"`` when a state's metonym that names a central bank
        or an intelligence service ends right before token j (Bank Negara Malaysia, the
        Bundesbank, the ISI, the BND: state_metonyms, bank_words, intelligence_words)."""
        for x in range(max(0, j - 4), j):
            if (hit := self._metonym(x)) is not None and hit[0] == j:
                said = {self.norm(k) for k in range(x, j)}
                if any(w <= said for w in _BANK_WORDS):
                    return "bank"
                return "intelligence" if said & set(_INTELLIGENCE) else None
        return None

    def _metonym(self, j: int) -> tuple[int, str] | None:
        """A seat or institution of one state at token j (Pentagon, Kremlin, IRGC)."""
        t = self.tok(j)
        hit = self.walk(_phrases("state_metonyms"), j) if t is not None and t.cap else None
        if (
            hit
            and (nxt := self.tok(hit[0])) is not None
            and nxt.cap
            and not nxt.punct
            and nxt.norm in _AGENCY | _ORG_WORDS
        ):
            return None  # the Department of State Services: a longer name, another's body
        return hit

    def _subnational(self, k: int) -> bool:
        """Does a state's name ending before token k name a federation's unit instead
        (Niger State, a state of Nigeria; not Bangladesh State Minister X, a post)?"""
        return (
            k < self.n
            and self.toks[k].text == "State"
            and not (k + 1 < self.n and self.toks[k + 1].cap and not self.toks[k + 1].punct)
        )

    def country_after_of(self, j: int, *, metonyms: bool = False) -> tuple[int, str] | None:
        """``of [the] (Republic of)? Turkey`` at token j (j is the ``of``); with
        ``metonyms``, an institution only one state has too (of AFRICOM, of the CIA)."""
        if self.norm(j) != "of":
            return None
        k = j + 1
        if self.norm(k) == "the":
            k += 1
        c = self.walk(self.ix.countries, k)
        if c and self._subnational(c[0]):
            return None  # Governor X of Niger State
        if c:
            return c
        inst = self._metonym(k) if metonyms else None
        if inst is not None and (
            inst[0] >= self.n or self.toks[inst[0]].punct or self.is_stop(self.toks[inst[0]])
        ):
            # Commander of AFRICOM, Director of the CIA: an institution only one state has
            # (not the Kremlin administration: a unit of its own after it)
            return inst
        # the Arab Republic of Egypt, the State of Israel: a style the lexicon may lack,
        # ending in a state's noun (not the Order of Malta, the Bank of Ghana)
        for m in range(k + 1, min(k + 4, self.n)):
            if self.norm(m) == "of":
                if all(self.toks[x].cap for x in range(k, m)) and self.norm(m - 1) in _STATE_STYLES:
                    c = self.walk(self.ix.countries, m + 1)
                    if c:
                        return c
                break
        return None

    def is_stop(self, t: _Tok) -> bool:
        return t.norm in self.ix.function_words

    def _weekday_as_name(self, j: int) -> bool:
        """A weekday at token j that is a given name (Sunday Dare, Friday Adasoke): after a
        title, its comma or a style, before a capitalised word of a name that is no month, no
        weekday and no word a date is made of."""
        nxt, prev = self.tok(j + 1), self.tok(j - 1)
        if nxt is None or prev is None or not nxt.cap or nxt.punct:
            return False
        if nxt.norm in self.ix.function_words or nxt.norm in _NOT_NAME or nxt.text.isdigit():
            return False
        return (
            prev.norm == ","
            or prev.norm in _STYLES
            or (prev.norm == "." and self.norm(j - 2) in _STYLES)
            or self.post_at_end(j)
        ) and not self.walk(self.ix.posts, j + 1)

    def name_word(self, j: int) -> bool:
        """May token j be a (capitalised) word of a personal name?"""
        t = self.tok(j)
        if t is None or t.punct or not t.cap or not t.text[0].isalpha():
            return False
        if t.norm in _VERB_NAMES and self._verb_as_name(j):
            return True  # Mohammed Said Al Maamari: a given name, not the verb
        if t.norm in _WEEKDAY_NAMES and self._weekday_as_name(j):
            return True  # Minister of Youth, Sunday Dare: a given name, not the day
        if t.norm in self.ix.function_words or t.norm in _NOT_NAME:
            return False
        if (
            "-" in t.norm
            # (In-kyo, Jae-in: a given name's syllables, the second in lower case)
            and not all(p[:1].islower() for p in t.text.split("-")[1:])
            and any(p in _NOT_NAME for p in t.norm.split("-") if p not in _PARTICLES)
        ):
            return False  # Task Force-Operation, Air Force-Central: not a name
        if t.text.isupper() and len(t.text) > 1 and not re.fullmatch(r"[IVX]+", t.text):
            if not self._capitals_in_name(j):
                return False  # acronyms: MIT, IRNA, SANA
        if re.fullmatch(r"Mo[A-Z]{1,4}", t.text):
            return False  # MoFA, MoD, MoHA: a ministry's acronym, no one's name
        if (
            (t.norm in _TITLE_NAMES or t.norm in _NOBLE_STYLES)
            and j > 0
            and self.toks[j - 1].cap
            and not self.toks[j - 1].punct
            and self.toks[j - 1].norm not in _TITLE_NAMES
            and not self.walk(self.ix.posts, j - 1)
            and not self.walk(self.ix.ranks, j - 1)
            and not self.walk(self.ix.honorifics, j - 1)
            and (j + 1 >= self.n or self.toks[j + 1].punct or not self.toks[j + 1].cap)
        ):
            return True  # Lt. Col. Zorvan Amir, X Sheikh, X Sayed: a family name, last
        if (
            t.norm in _TITLE_NAMES
            and j > 0
            and self.toks[j - 1].cap
            and self.toks[j - 1].norm in lexicon.compound_heads()
        ):
            return True  # Abdul Amir X: a compound given name's second word
        if self.walk(self.ix.adjectives, j) or self.walk(self.ix.countries, j):
            return False
        if self.walk(self.ix.ranks, j) or self.walk(self.ix.honorifics, j):
            return False
        if self.walk(self.ix.posts, j) or (self._media_at(j) and not self._media_as_surname(j)):
            return False
        if t.norm in _GROUP_PLURALS:
            return False  # the Services Chiefs, the envoys: a group, no one's name
        if self._metonym(j):
            return False  # Rashtrapati Bhavan, Casa Rosada: a seat of government
        p = self.walk(self.ix.places, j)
        if p and not self.walk(self.ix.officials, j):
            return False
        return True

    def _verb_as_name(self, j: int) -> bool:
        """A capitalised verb that is also a given name (Said), inside a sentence and
        before a name word or a particle: a name's word."""
        t = self.toks[j]
        return (
            t.text[:1].isupper()
            and not t.text.isupper()
            and j > 0
            and self.toks[j - 1].sent == t.sent
            and self.toks[j - 1].text not in ('"', "\u201c", ":")
            and (
                self.particle(j + 1)
                or (self.tok(j + 1) is not None and self.name_word(j + 1))
                # Amina Said of Somalia, Amina Said, the minister: the name's last word,
                # after one that opens it, before "of" or a comma and "the" (not Said to,
                # Said, in a statement, Said yesterday: the verb)
                or (
                    self.toks[j - 1].cap
                    and not self.toks[j - 1].punct
                    and self.toks[j - 1].norm not in _VERB_NAMES
                    and self.name_word(j - 1)
                    and (
                        self.norm(j + 1) == "of"
                        or (self.norm(j + 1) == "," and self.norm(j + 2) == "the")
                    )
                )
                # Talal bin Said received ..., X bin Rashid Al Said: a father's or a house's
                # name right after bin, ibn or Al, whatever follows
                or self.toks[j - 1].norm in ("bin", "ibn", "bint", "al", "al-")
            )
        )

    def _media_as_surname(self, j: int) -> bool:
        """An outlet's one-word name right after a capitalised given name (Naoto Kan, not
        Kan News, KAN or "told Kan"): a surname."""
        hit = self.walk(self.ix.media, j)
        prev = self.tok(j - 1)
        return (
            hit is not None
            and hit[0] == j + 1
            and not (j > 1 and self.name_word(j - 2))  # (Yoav Gallant Kan reported: the outlet)
            and not self.toks[j].text.isupper()
            and prev is not None
            and prev.cap
            and prev.text.isalpha()
            and not prev.text.isupper()
            and self.walk(self.ix.posts, j - 1) is None
            and self.walk(self.ix.media, j - 1) is None
            and not self.walk(self.ix.honorifics, j - 1)
            and not self.walk(self.ix.ranks, j - 1)
        )

    def _media_at(self, j: int) -> bool:
        """An outlet's name at token j; its acronym only in capitals (ONA, SANA, not the
        given names Ona, Sana)."""
        hit = self.walk(self.ix.media, j)
        if hit is None:
            return False
        t = self.toks[j]
        return (
            hit[0] > j + 1
            or t.text.isupper()
            or t.norm in normalize_en(hit[1].get("en") or "").split()
        )

    def _capitals_in_name(self, j: int) -> bool:
        """A word in capitals beside a plain capitalised word is a surname or initials
        (IWAYA Takeshi, Takeshi IWAYA, AK Abdul Momen), not an acronym."""
        t = self.toks[j]
        if not t.text.isalpha() or self.walk(self.ix.media, j):
            return False
        if self.walk(_phrases("international_bodies"), j):
            return False  # OSCE, NATO: a body's acronym
        after = j + 2 if self.particle(j + 1) else j + 1  # AWJC De Silva: past a particle
        for k in (j - 1, after):
            o = self.tok(k)
            if (
                o is not None
                and o.text.isalpha()
                and o.text[0].isupper()
                and o.text[1:].islower()
                and len(o.text) > 2
                and o.norm not in _NOT_NAME
                and o.norm not in self.ix.function_words
                and not self.walk(self.ix.posts, k)
                and not self.walk(self.ix.countries, k)
                and not self.walk(self.ix.adjectives, k)
                and not self.walk(self.ix.honorifics, k)
                and not self.walk(self.ix.ranks, k)
            ):
                return True
        return False

    def particle(self, j: int) -> bool:
        t = self.tok(j)
        if t is None or t.punct:
            return False
        if "-" not in t.norm:
            # "at", "as" alone are the prepositions (X at Al-Sakhir Palace); at-, as- glued
            return t.norm in _PARTICLES and t.norm not in _GLUED_ONLY
        return t.norm.split("-", 1)[0] in _PARTICLES

    def hyphen_particle(self, j: int) -> bool:
        """al-Shaibani, el-Sisi: a particle glued to a capitalised word."""
        t = self.tok(j)
        if t is None or "-" not in t.text:
            return False
        head, rest = t.text.split("-", 1)
        return head.lower() in _PARTICLES and rest[:1].isupper()

    # ---------------------------------------------------------------- names

    def name_at(self, i: int, *, single: bool = True) -> tuple[int, int, str | None] | None:
        """A personal name starting at token i: (start, end token, English) or None."""
        if i >= self.n:
            return None
        if self._peerage_at(i):
            return i, i + 4, None  # Lord Benton of Hever: a peer's name, his title in it
        hit = self.walk(self.ix.officials, i)
        if hit and self._name_end_ok(hit[0]):
            end = hit[0]
            # a longer spelling of a gazetteer name (a middle name) keeps the gazetteer's
            more = self._extend(end, i)
            return i, more, hit[1]
        t0 = self.tok(i)
        if t0 is None:
            return None
        k = self._past_initials(i)
        if k > i and self.name_word(k) and not self.state_at(k):
            # Maj. Gen. W. Bamidele, Air Vice Marshal S. K. Adeyemi: initials, then the surname
            return i, self._extend(k + 1, i), None
        if not (
            self.name_word(i)
            or self.title_as_given_name(i)
            or self.hyphen_particle(i)
            or (t0.cap and self.particle(i) and self.name_word(i + 1))
            or self._place_as_given_name(i)
            or self._state_as_given_name(i)
        ):
            return None
        j = self._extend(i + 1, i)
        if j - i >= 2 and (pf := self.walk(_portfolios(), i)) and pf[0] >= j:
            # The Ministers of Home Affairs, Indigenous People and Business: a portfolio
            # listed after a minister's title, no one's name
            return None
        if j - i == 1:
            if not single:
                return None
            if self.surname_of(i) is None:
                english = self.known_surnames.get(_surname_key(t0.norm))
                if english is None and self._hyphenated_surname(i):
                    return i, j, None  # President Akufo-Addo: a family name of two parts
                if english is None and self._after_noble_style(i):
                    return i, j, None  # Sheikh Faisal, the Emir of X: a given name alone
                return (i, j, english) if english else None
        return (
            i,
            j,
            self._gazetteer_without_initials(i, j)
            or lexicon.official_by_lineage(self.text[t0.idx : self.toks[j - 1].end]),
        )

    def _peerage_at(self, i: int) -> bool:
        """A peer's name at token i: Lord (Baroness, Baron) + a capitalised word + "of" + a
        capitalised place that is no state (Lord Benton of Hever, Baroness Kemble of
        Ashford), then punctuation or a word in lower case."""
        return (
            i + 3 < self.n
            and self.toks[i].cap
            and self.norm(i) in _PEERAGE
            and self.toks[i + 1].cap
            and not self.toks[i + 1].punct
            and self.walk(self.ix.posts, i + 1) is None
            and self.norm(i + 2) == "of"
            and self.toks[i + 3].cap
            and not self.toks[i + 3].punct
            and not self.state_at(i + 3)
            and (i + 4 >= self.n or self.toks[i + 4].punct or not self.toks[i + 4].cap)
        )

    def _hyphenated_surname(self, i: int) -> bool:
        """A word of two capitalised parts joined by a hyphen (Akufo-Addo, Al-Sisi), no
        state's or place's, right after a title: a surname by itself."""
        parts = self.toks[i].text.split("-")
        return (
            len(parts) == 2
            and all(len(p) > 1 and p[:1].isupper() and not p.isupper() for p in parts)
            and i > 0
            and self.post_at_end(i)
            and not self.state_at(i)
            and not self.walk(self.ix.places, i)
        )

    def _after_noble_style(self, i: int) -> bool:
        """A capitalised word, no state's or place's, right after a noble style written
        with a capital (Sheikh, Prince, Sayyid): a given name by itself."""
        return (
            i > 0
            and self.toks[i - 1].cap
            and self.norm(i - 1) in _NOBLE_STYLES
            and self.toks[i].cap
            and not self.toks[i].text.isupper()
            and not self.state_at(i)
            and not self.walk(self.ix.places, i)
            and self.walk(self.ix.posts, i) is None
        )

    def post_at_end(self, i: int) -> bool:
        """Does a title end right before token i (President X, Foreign Minister X)?"""
        return any(
            (p := self.post_at(k)) is not None and p[0] == i for k in range(max(0, i - 6), i)
        )

    def title_as_given_name(self, j: int) -> bool:
        """A title word that is also a given name (Amir, Sultan) right after a rank, a
        title or Mr./Dr., before a name word, is the holder's given name (Brigadier General
        Amir X, Defence Minister Sultan X), not a second title; before a style it stays
        one (Kuwait's Amir Sheikh X). Before bin or Al it is a name wherever it stands (a
        monarch's title is followed by his given name, not his lineage)."""
        t = self.tok(j)
        if t is None or not t.cap or t.norm not in _TITLE_NAMES:
            return False
        e = self._extend(j + 1, j)
        if e - j >= 3 and self.norm(e) == ",":
            p = self.post_at(e + 1 + (self.norm(e + 1) == "the"))
            if p is not None and p[1].role != "head_of_state":
                # Sultan Mohammed Al Shamsi, Assistant Minister ...: a given name before a
                # name of two words or more, his post in apposition
                return True
        if j == 0:
            return False
        if self.norm(j - 1) in _PARTICLES and self.name_word(j - 2):
            return self._given_after(j)  # Fahd bin Sultan: the father's name
        if self.norm(j - 1) in lexicon.compound_heads() and self.toks[j - 1].cap:
            return True  # Abdul Amir X: a compound given name's second word
        nxt = self.tok(j + 1)
        if nxt is None or nxt.norm in _STYLES:
            return False
        if not (
            self.name_word(j + 1)
            or self.hyphen_particle(j + 1)
            or self.particle(j + 1)
            and self.name_word(j + 2)
        ):
            return False
        if self.particle(j + 1):
            # Prince Sultan bin Majed, Sultan Al Jaber, Sultan al-Anqari: a lineage or a
            # family name follows a name
            return True
        prev = self.norm(j - 1)
        if prev in _GIVEN_STYLES or (prev == "." and self.norm(j - 2) in _GIVEN_STYLES):
            return True
        if self.toks[j - 1].cap and (prev in _ORG_WORDS or prev == "government"):
            return True  # ... of the Afghan Caretaker Government Amir Khan X: after a body
        if self.rank_ending_at(j):
            return True
        return any(
            (h := self.walk(self.ix.posts, k)) and h[0] == j for k in range(max(0, j - 6), j)
        ) or self._posted_to_state_before(j)

    def _states_named(self) -> set[str]:
        """The states the article names, by name, adjective or possessive (read once)."""
        if self._named_states is None:
            self._named_states = {
                st[1] for k in range(self.n) if self.toks[k].cap and (st := self.state_at(k))
            }
        return self._named_states

    def _posted_to_state_before(self, j: int) -> bool:
        """A title, "to" or "in" and the state it is held in (after "of" and its own state
        or not), ending right before token j (Israel's Ambassador to the UAE Amir X, the
        Ambassador of Egypt to Qatar Sultan X): the post is told, what follows is a name."""
        for k in range(max(0, j - 10), j):
            h = self.walk(self.ix.posts, k)
            if h is None or h[0] >= j:
                continue
            x, held = h[0], False
            while x < j and self.norm(x) in ("of", "to", "in"):
                held = held or self.norm(x) != "of"
                x += 1 + (self.norm(x + 1) == "the")
                st = self.state_at(x) if x < j else None
                if st is None:
                    break
                x = st[0]
            if held and x == j:
                return True
        return False

    def _place_as_given_name(self, i: int) -> bool:
        """A one-word city's name before a name word that is no place is a given name
        (Sofia X, Victoria X), not the city."""
        t, p = self.toks[i], self.walk(self.ix.places, i)
        return (
            t.cap
            and p is not None
            and p[0] == i + 1
            and p[1].get("kind") in ("capital", "city")
            and self.name_word(i + 1)
            and self.walk(self.ix.places, i + 1) is None
        )

    def _state_as_given_name(self, i: int) -> bool:
        """A one-word nationality or state right after a title that has named its state
        (Minister of Energy of Ukraine German X; Ukrainian Energy Minister, German X),
        before a name word that opens no title: a given name (German, Israel), not a
        second state."""
        if i < 2 or self.norm(i - 1) in ("and", "&") or self._reading_state_name:
            return False  # (not again while a title before it is read)
        self._reading_state_name = True
        try:
            return self._state_as_given_name_at(i)
        finally:
            self._reading_state_name = False

    def _state_as_given_name_at(self, i: int) -> bool:
        st = self.state_at(i)
        if st is None or st[0] != i + 1 or not self.name_word(i + 1) or self.post_at(i + 1):
            return False
        k = i - 1 if self.norm(i - 1) == "," else i  # where the title and its state end
        if k < i and self.norm(self._extend(i + 1, i)) != ",":
            return False  # (, Sudan Tribune reported: an apposition's name is set off)
        after_of = next(
            (x for x in range(max(0, k - 4), k) if (h := self.state_at(x)) and h[0] == k), None
        )
        if after_of is not None:
            # Minister of Energy of Ukraine German X: a state after the title's "of"
            return self.post_at_end(after_of - 1 if self.norm(after_of - 1) == "of" else after_of)
        # Ukrainian Energy Minister German X: a state before the title
        return self.post_at_end(k) and any(
            (h := self.state_at(x)) is not None and h[0] < k for x in range(max(0, k - 6), k)
        )

    def _gazetteer_without_initials(self, i: int, j: int) -> str | None:
        """The gazetteer's English for a name written with middle initials or Jr./III
        (Tarven J. Oskalid III for Tarven Oskalid), or None."""
        words = [
            [self.toks[k].norm]
            for k in range(i, j)
            if not (self.initial(k) or self.toks[k].text == "." or self.generational(k))
        ]
        if len(words) == j - i or len(words) < 2:
            return None
        hit = self.ix.officials.longest(words)
        return hit[1] if hit and hit[0] == len(words) else None

    def _extend(self, j: int, start: int) -> int:
        # a lineage runs longer (Saud bin Abdul Rahman bin Faisal Al Thani: eight words)
        while j < self.n and (
            j - start < 7
            or (
                j - start < 12
                and any(self.norm(x) in ("bin", "ibn", "bint") for x in range(start, j))
            )
        ):
            t = self.toks[j]
            if t.line != self.toks[j - 1].line:
                break  # (a name does not go on to the next line)
            if self.initial(j) and (self.name_word(j + 2) or self.hyphen_particle(j + 2)):
                j += 2  # a middle initial: Tarven J. Oskalid
                continue
            nick = self.tok(j + 1)
            if (
                j > start
                and t.text in _NICK_OPEN
                and nick is not None
                and len(nick.text) > 2
                and nick.text[-1] in _NICK_CLOSE
                and nick.text[:-1].isalpha()
                and nick.text[:1].isupper()
                and self.name_word(j + 2)
            ):
                j += 2  # the closing quote glued to the nickname: Jose 'Babe' Romualdez
                continue
            if (
                j > start
                and t.text in _NICK_OPEN
                and self.tok(j + 2) is not None
                and self.toks[j + 2].text in _NICK_CLOSE
                and (
                    self.name_word(j + 1)
                    # (John "JM" X: a nickname of initials)
                    or (self.toks[j + 1].text.isalpha() and self.toks[j + 1].text.isupper())
                )
                and self.name_word(j + 3)
            ):
                j += 3  # a nickname in quotes inside the name: Joko "Jokowi" Widodo
                continue
            if (
                j > start
                and t.text == "("
                and self.norm(j + 2) == ")"
                and self.name_word(j + 1)
                and not self.toks[j + 1].text.isupper()
                and not self.state_at(j + 1)
                and not self.walk(_portfolios(), j + 1)
                and self.name_word(j + 3)
                and self.toks[j + 3].line == t.line
            ):
                j += 3  # a nickname in brackets inside the name: William (Bill) Tarven
                continue
            if (
                j > start
                and t.text == "-"
                and t.idx == self.toks[j - 1].end
                and self.tok(j + 1) is not None
                and self.toks[j + 1].idx > t.end
                and self.name_word(j + 1)
            ):
                j += 2  # a hyphen before a space inside a name: Campbell- Rodriques, Al- Assad
                continue
            if (
                j > start
                and t.text in _AYN_MARKS
                and t.idx > self.toks[j - 1].end
                and self.tok(j + 1) is not None
                and self.toks[j + 1].idx == t.end
                and self.name_word(j + 1)
            ):
                j += 2  # an ayn written as a quote before a word: Ibrahim Ahmad ‘Abd al-Aziz
                continue
            if j > start and self._post_nominal(j):
                break  # Nigel Carlow MP: the name ends before its letters
            if self.generational(j):
                dot = t.norm in ("jr", "sr") and self.norm(j + 1) == "."
                return j + (2 if dot else 1)
            if (
                j > start
                and self.particle(j)
                and (h := self.walk(self.ix.honorifics, j + 1)) is not None
                and h[0] == j + 2
                and not self.name_word(j + 2)
            ):
                return j + 2  # Abdullah Al Sheikh: a family named by a style ends the name
            if (
                j > start
                and t.norm in _STYLES_IN_NAMES
                and t.cap
                and not t.text.isupper()
                and self.name_word(j + 1)
            ):
                j += 1  # Hassan Sheikh Mahmud: a style inside a name, one of its words
                continue
            if (
                j - start >= 2
                and t.norm in _STYLES_IN_NAMES
                and t.cap
                and not t.text.isupper()
                and not self.name_word(j + 1)
                and self.walk(self.ix.honorifics, j + 1) is None
            ):
                return j + 1  # Tariq Hameed Sheikh: a style after two words of a name, the last
            if self.name_word(j) or self.hyphen_particle(j) or self._place_in_name(j, start):
                j += 1
                continue
            if self.particle(j) and (
                self.name_word(j + 1) or self.hyphen_particle(j + 1) or self._given_after(j + 1)
            ):
                j += 2
                continue
            if (
                self.particle(j)
                and self.norm(j + 1) in _STYLES_IN_NAMES
                and self.toks[j + 1].cap
                and self.name_word(j + 2)
            ):
                j += 3  # Ahmad Bin Haji Yusof: the father's style inside the lineage
                continue
            if (
                j > start
                and self.particle(j)
                and self.particle(j + 1)
                and "-" not in self.toks[j + 1].norm
                and self.name_word(j + 2)
            ):
                j += 3  # two particles: Juan Ramón de la Fuente, Rudi van der Berg
                continue
            break
        return j

    def _place_in_name(self, j: int, start: int) -> bool:
        """A one-word place that goes on a name begun before it (Ana Lima, Rui Medina,
        Carlos Paris): a family name there, not the city; never a state or a nationality,
        and never in capitals (a dateline)."""
        t = self.toks[j]
        if j != start + 1 or not t.cap or t.text.isupper() or not self.name_word(j - 1):
            return False  # (the second word only: John Harlan Geneva talks is no name)
        p = self.walk(self.ix.places, j)
        return (
            p is not None
            and p[0] == j + 1
            and not self.walk(self.ix.countries, j)
            and not self.walk(self.ix.adjectives, j)
            and not self.walk(self.ix.posts, j)
            and not (j + 1 < self.n and self.toks[j + 1].norm in _GOVERNED_PLACES)
        )

    def _post_nominal(self, j: int) -> bool:
        """MP, QC, OBE at token j: letters after a name (not Mp, a word)."""
        t = self.tok(j)
        return (
            t is not None
            and (t.norm in _POST_NOMINALS or t.norm.replace(".", "") in _POST_NOMINALS)
            and not t.text.replace(".", "").istitle()
        )

    def _given_after(self, j: int) -> bool:
        """Amir, Sultan after bin or ibn is a father's name (Fahd bin Sultan)."""
        t = self.tok(j)
        return t is not None and t.cap and t.norm in _TITLE_NAMES

    def _past_initials(self, i: int) -> int:
        """The token after the initials that open a name at token i (W., S. K., O.O.), or i."""
        k = i
        while k - i < 6:
            if self.initial(k):
                k += 2
            elif (t := self.tok(k)) is not None and t.norm.rstrip(".") in _SHORT_GIVEN_NAMES:
                # Md. Rafiqul Islam, Mohd. Asri: a given name written short
                k += 1 + (self.norm(k + 1) == "." and not t.text.endswith("."))
            elif (
                (t := self.tok(k)) is not None
                and _INITIALS.fullmatch(t.text)
                and t.norm not in _STYLES  # H.E. is a style
                and not self.walk(self.ix.honorifics, k)
                and not self.state_at(k)  # U.S.
            ):
                k += 1
            else:
                break
        return k

    def initial(self, j: int) -> bool:
        """A capital letter and its full stop (the J. of Tarven J. Oskalid)."""
        t, dot = self.tok(j), self.tok(j + 1)
        return (
            t is not None
            and dot is not None
            and len(t.text) == 1
            and t.text.isupper()
            and dot.text == "."
            and dot.idx == t.end
        )

    def generational(self, j: int) -> bool:
        """Jr., Sr., II, III: the last word of a name."""
        t = self.tok(j)
        return t is not None and t.cap and t.norm in _GENERATIONAL

    def _name_end_ok(self, end: int) -> bool:
        t = self.tok(end)
        return t is None or not (t.cap and not t.punct and self.name_word(end))

    def _styled_given_name(self, j: int) -> Finding | None:
        """Prince X, Sheikh X: a named official called by his style and given name, the
        last one before token j with that given name and a post, or None."""
        t = self.tok(j)
        if t is None or j == 0 or not t.cap or self.norm(j - 1) not in _STYLES:
            return None
        named = [
            f
            for f in self.findings
            if not f.generic and f.name_end <= t.idx and f.name.split()[:1] == [t.text]
        ]
        return named[-1] if named else None

    def surname_of(self, j: int) -> int | None:
        t = self.tok(j)
        if t is None:
            return None
        key = _surname_key(t.norm)
        got = self.surnames.get(key)
        if got is None and t.cap and self.first_names.get(key, -1) >= 0:
            return self.first_names[key]  # Wang Yi ... Wang met his counterpart
        return got

    def name_before(self, i: int) -> tuple[int, int, str | None] | None:
        """A name ending at the comma right before token i (X, the Turkish foreign minister;
        X, who is also the Turkish foreign minister)."""
        k = self._body_before(i - 1)  # X, the UN Special Envoy; X, the EU's top diplomat
        while (
            k > 0
            and i - k <= 3
            and self.toks[k].cap
            and self.norm(k) in _REGION_WORDS
            and self.norm(k) != "of"
        ):
            k -= 1  # X, Africa Director of the IMF: the region the officer's office covers
        k = self._local_unit_before(i, k)  # X, the new Mombasa Governor
        for x in range(max(0, k - 2), k + 1):
            hon = self.walk(self.ix.honorifics, x)
            if hon is not None and hon[0] == k + 1 and self.toks[x].cap:
                k = x - 1  # X, (the) Hon'ble Minister of Railways: a style before the title
                break
        if self.norm(k) in ("the", "a", "an"):
            k -= 1  # X, a senior adviser to ...
        k = self._relative_before(k)
        if self.norm(k) == "and":
            k = self._membership_before(k)
        if (
            self.norm(k) == "and"
            and (r := self.rank_ending_at(k)) is not None
            and self.norm(r[0] - 1) in ("a", "an")
            and self.norm(r[0] - 2) == ","
        ):
            k = r[0] - 2  # X, a major general and theatre commander: his rank, then his post
        listed = self._bracket_or_dash_title(k, i)
        if self.norm(k) != "," and not listed:
            return None
        # "X, also the Prime Minister": a second post of one already titled
        also = any(self.norm(x) in _ALSO for x in range(k + 1, i + 1))
        # "President X, Chairperson of the African Union Commission": a body's post after a
        # state's is a second post of the one titled, as "also" would say
        also = also or self._body_post_at(i)
        end = k
        if (
            end > 3
            and self.norm(end - 1) == ")"
            and self.norm(end - 3) == "("
            and self.norm(end - 2) in _PHOTO_POSITIONS
        ):
            end -= 3  # X (left), German Ambassador to ...: a photo's caption, no name's
        while end - 1 > 0 and self._post_nominal(end - 1):
            end -= 1  # Sir X KCMG, the British Ambassador
            if end - 1 > 0 and self.norm(end - 1) == ",":
                end -= 1  # X, S.C., M.P., Prime Minister: each after a comma of its own
        for s in range(max(0, end - 7), end):
            if self.norm(s) in _HONORIFIC_NOUNS:
                continue  # His Highness Sheikh X, the Crown Prince: the style opens no name
            got = self.name_at(s)
            if not got or got[1] != end:
                continue
            if listed and (s == 0 or self.toks[s].text.isupper()):
                continue  # (ABUJA – Minister ...: a dateline, no name)
            if self._claimed(s) and not also:
                # a name a full title already claimed (X's Minister Y, German Minister Z)
                # is no apposition; a bare one (Ambassador Y, spokesperson for ...) is
                continue
            if any((r := self.rank_ending_at(x)) and r[0] <= s for x in range(s + 1, end)):
                continue  # Air Vice Marshall X: the rank's last word is no word of the name
            if self._closes_portfolio(s, end):
                continue  # the Minister of Land Transport and Light Rail, Minister of ...
            prev = self.tok(s - 1)
            if (
                prev is None
                or prev.punct
                or self.is_stop(prev)
                or not prev.cap
                or prev.norm in _NOT_NAME
                or prev.norm in _STYLES
                or self.rank_ending_at(s)
                or self.honorific_ending_at(s)
                or prev.sent != self.toks[s].sent
                # (Kenyan President X, Chairperson of ...: a second post after his title)
                or (also and self.post_at_end(s))
            ):
                return got
        return None

    def _bracket_or_dash_title(self, k: int, i: int) -> bool:
        """Is token k a bracket opened right before the title at token i and closed after
        it (X (Minister of Labour & Employment); Y (Minister of State, Housing)), or a
        spaced dash (X – Minister of Trade; Y — Chief Justice): a list's item whose title
        follows its name?"""
        if k < 1 or k + 1 != i:
            return False
        if self.norm(k) == "(":
            depth = 1
            for x in range(i, min(self.n, i + 24)):
                if self.norm(x) == "(":
                    depth += 1
                elif self.norm(x) == ")":
                    depth -= 1
                    if depth == 0:
                        return x > i
                elif self.norm(x) in (".", ";") or self.toks[x].line != self.toks[i].line:
                    return False
            return False
        return (
            self.norm(k) in _DASHES
            and self.toks[k - 1].end < self.toks[k].idx < self.toks[k].end < self.toks[i].idx
        )

    def _body_post_at(self, i: int) -> bool:
        """Does the title at token i name an international body before the next comma or
        stop (Chairperson of the African Union Commission, the current Chair of the GCC)?"""
        if i >= self.n or self.post_at(i) is None:
            return False
        k = i
        while k < self.n and k - i < 12 and self.toks[k].norm not in (",", ".", ";", "(", ")"):
            k += 1
        if k == i:
            return False
        return (
            international_body(self.text[self.toks[i].idx : self.toks[k - 1].end], lang="en")
            is not None
        )

    def _closes_portfolio(self, s: int, e: int) -> bool:
        """Do the words from token s to e close a portfolio, after "and" and capitalised
        words right after a minister's "of" or "for" (the Minister of Land Transport and
        Light Rail), ending in a portfolio's word (not the Minister of Trade and Ana Costa)?"""
        if self.norm(s - 1) not in ("and", "&"):
            return False
        if self.norm(e - 1) not in _PORTFOLIO_CLOSERS and not self.walk(_portfolios(), s):
            return False
        x = s - 2
        while x >= 0 and s - x < 9 and self.toks[x].cap and not self.toks[x].punct:
            x -= 1
        return x < s - 2 and self.norm(x) in ("of", "for") and self.norm(x - 1) in _PORTFOLIO_HEADS

    def _clause_verb_at(self, j: int) -> bool:
        """Is token j the verb of a clause whose subject ends right before it: a verb of
        speech (said, stressed), or a past tense with "that" after it (assessed that)?"""
        if j >= self.n or self.toks[j].punct or self.toks[j].cap:
            return False
        w = self.norm(j)
        return w in _SPEECH_VERBS or (
            w.endswith("ed") and j + 1 < self.n and self.norm(j + 1) == "that"
        )

    def _body_before(self, k: int) -> int:
        """Past an international body's name (or its possessive) that ends at token k, in
        capitalised words (UN, the European Union's, the African Union Commission's): the
        token before it; else k."""
        e = k - 1 if self.norm(k) in ("'s", "’s") else k
        best = k
        b = e
        while b >= 0 and e - b < 5 and (self.toks[b].cap or self.norm(b) == "of"):
            if self.toks[b].cap and international_body(
                self.text[self.toks[b].idx : self.toks[e].end], lang="en"
            ):
                best = b - 1
            b -= 1
        return best

    def _claimed(self, s: int) -> bool:
        """The name at token s was taken by a title that states its state or body (not
        by a bare one: Ambassador X, spokesperson Y)."""
        return s < self.used and not any(
            f.generic and f.name_begin == self.toks[s].idx for f in self.findings
        )

    def name_right_before(self, i: int) -> tuple[int, int, str | None] | None:
        """A name ending right before token i (or before "the" there), with no comma, that
        opens its item: after a verb, "and", a comma, an honorific or the sentence's start
        (were X Ambassador of Germany, Y the High Commissioner of Zambia)."""
        end = i - 1 if self.norm(i - 1) == "the" else i
        for s in range(max(0, end - 6), end):
            got = self.name_at(s)
            if not got or got[1] != end or self._claimed(s):
                continue  # (Ambassador X US Deputy Assistant Secretary: a bare title's X)
            prev = self.tok(s - 1)
            if (
                prev is None
                or prev.sent != self.toks[s].sent
                or prev.norm in (",", ";", "and", ":", ")")
                or prev.norm in _STYLES
                or self.honorific_ending_at(s)
                or not (prev.cap or prev.punct)
            ):
                return got
        return None

    def _membership_before(self, k: int) -> int:
        """The comma before "member of the Political Bureau and" ending at token k, or k."""
        for j in range(k - 1, max(0, k - 25), -1):
            t = self.tok(j)
            if t is None or t.sent != self.toks[k].sent:
                return k
            if self.norm(j) == ",":
                first = j + 1 + (self.norm(j + 1) in ("a", "an"))
                return j if self.norm(first) in _MEMBERSHIP else k
            if t.punct:
                return k
        return k

    def _relative_before(self, k: int) -> int:
        """The token before "who is (also)", "who serves as" ending at token k, or k."""
        for phrase in sorted(_RELATIVE, key=len, reverse=True):
            words = phrase.split()
            start = k - len(words) + 1
            if start > 0 and [self.norm(x) for x in range(start, k + 1)] == words:
                return start - 1
        return k

    def try_who_heads(self, i: int) -> int | None:
        """X, who heads the Egyptian Civil Aviation Authority: the head of that body."""
        if self.norm(i) != "who" or self.norm(i + 1) not in _HEADS_VERB:
            return None
        got = self.org_after_of(i + 1)
        name = self.name_before(i)
        if got is None or name is None:
            return None
        end, code, words = got
        entry = _org_entry(_HEADS_VERB[self.norm(i + 1)], words)
        if entry is None:
            return None
        self.add(
            name[0],
            name[1],
            name[2],
            role=entry[0].role,
            country=code,
            org=entry[1],
            rank=None,
            status="current",
            start=name[0],
            end=end,
            rule="en.name_title",
            generic=code is None,
        )
        return end

    def _title_head(self, j: int) -> int:
        """The first word of the local title that ends right before token j (the acting
        governor of ...: governor; the deputy governor: deputy), or j."""
        for x in range(max(0, j - 3), j):
            w = self.walk(_phrases("local_titles"), x)
            if w is not None and w[0] == j:
                return x
        return j

    def _local_unit_before(self, i: int, k: int) -> int:
        """Before a local unit's head's title at token i (governor, mayor: local_titles),
        one or two capitalised words ending at token k that name no state, post or person
        the gazetteer holds (the Mombasa Governor) are the unit's, past "new": the token
        before them, else k."""
        if not self.walk(_phrases("local_titles"), i):
            return k
        x = k
        while (
            x > 0
            and k - x < 2
            and self.toks[x].cap
            and not self.toks[x].punct
            and self.norm(x) not in ("the", "a", "an")
            and self.norm(x) not in _NEW_WORDS
            and self.state_at(x) is None
            and self.post_at(x) is None
        ):
            if self.norm(x) in _DEPUTY_WORDS:
                return k  # the Deputy Ashanti Regional Minister: whose deputy, the title cut
            x -= 1
        if x == k:
            return k
        while x > 0 and self.norm(x) in _NEW_WORDS:
            x -= 1  # the new Mombasa Governor
        return x

    def _appoint_word(self, k: int) -> bool:
        """Token k is a word of appointing (appointed, named), or one that appoints only
        after an auxiliary (X was made Minister of Y)."""
        return self.norm(k) in _APPOINT or (
            self.norm(k) in _APPOINT_AUX and self.norm(k - 1) in _AUXILIARIES
        )

    def name_before_as(self, i: int) -> tuple[int, int, str | None] | None:
        """nominated X as foreign minister; X was appointed as the new foreign minister."""
        k = i - 1
        if self.norm(i) in _APPOINT and self.norm(k) in _AUXILIARIES:
            k = i  # the title read from "appointed" on (a word skipped before a post)
        k = self._local_unit_before(i, k)  # sworn in as the new Mombasa Governor
        # (the title may open with its own article: "the new Minister of Trade")
        new = self.norm(i) == "new" or (self.norm(i) in ("the", "a") and self.norm(i + 1) == "new")
        while self.norm(k) in ("the", "new", "a"):
            new = new or self.norm(k) == "new"
            k -= 1
        if self.norm(k) in ("'s", "’s"):
            # was appointed Kenya's finance minister: the state's possessive
            own = next(
                (
                    x
                    for x in range(max(0, k - 3), k)
                    # (the state's reading may hold its 's)
                    if (st := self.state_at(x)) and st[0] in (k, k + 1)
                ),
                None,
            )
            if own is not None:
                k = own - 1
        if (
            self.norm(k) in _BECOMING
            or (new and self.norm(k) in ("is", "was"))
            # X is the Health Minister in Bolivia: a title that names its state
            or (self.norm(k) == "is" and self.norm(k + 1) == "the" and self._names_a_state(i))
        ) and self._copula_post_whole(i):
            # X is the new public safety minister, X became the new Minister of Y: the
            # post he takes, said of the name before the verb
            end = k - (self.norm(k - 1) in _AUXILIARIES)
            got = self._name_ending_at(end)
            if got and (
                got[0] == 0 or self.norm(got[0] - 1) in (".", ",", "and", "while", "whereas")
            ):
                return got
            return None
        if self.norm(k) not in ("as", "to") and not self._appoint_word(k):
            # appointed X Minister of Justice: the verb, the name, then the post, no "as"
            for s in range(max(1, k - 8), k):
                got = self.name_at(s, single=False)
                if (
                    got
                    and got[1] == k + 1
                    and got[1] - got[0] >= 2
                    and (
                        self.norm(got[0] - 1) in _APPOINT_MADE
                        # (named X Minister of Water and Y Minister of Health: the next item)
                        or (
                            self.norm(got[0] - 1) in ("and", ",")
                            and any(
                                f.rule.startswith("en.appointment")
                                and f.made
                                and self._sent_of_char(f.begin) == self.toks[s].sent
                                and f.end <= self.toks[s].idx
                                for f in self.findings
                            )
                        )
                    )
                ):
                    return got
        if (
            self.norm(k) == "as"
            and self.norm(k - 1) in _POST_NOUNS
            and self.norm(k - 2) in ("his", "her")
            and self.norm(k - 3) in ("from", "of")
        ):
            # X was relieved from his post as Governor of Y, the King relieved X of his
            # post as ...: the post the act ends, X's
            if self.norm(k - 4) in _RELIEVING:
                got = self._name_ending_at(k - 4 - (self.norm(k - 5) in _AUXILIARIES))
            else:
                got = self._name_ending_at(k - 3)
                if got is not None and not any(
                    self.norm(x) in _RELIEVING for x in range(max(0, got[0] - 3), got[0])
                ):
                    got = None  # (relieved Prince X of his post as ...: a style between)
            if got is not None:
                self.relieved.add(got[0])
                return got
        if self.norm(k) in ("as", "to"):
            k -= 1
            if self.norm(k) == "in" and self.norm(k - 1) in _SWORN:
                k -= 1  # X was sworn in as ...
            # X, MP as the Minister for Y: past the post-nominal and its commas
            k -= self.norm(k) == "," and self.norm(k - 1) in _POST_NOMINALS
            if self.norm(k) in _POST_NOMINALS:
                k -= 1
                k -= self.norm(k) == ","
                got = self._name_ending_at(k + 1)
                if got and self._item_start(got[0]):
                    # 1. X, MP as Minister for the Ministry of Y;: a list of posts given
                    return got
            if (
                self.norm(k) in ("cabinet", "government")
                and self.norm(k - 1) == "the"
                and self.norm(k - 2) == "to"
                and self.norm(k - 3) in _RETURNING
            ):
                k -= 3  # X has returned to the cabinet as Minister of Y
                if self.norm(k - 1) in _AUXILIARIES:
                    k -= 1
                return self._name_ending_at(k)
            while self.norm(k) in _APPOINT_ADVERBS and self.norm(k - 1) not in (",", "."):
                k -= 1  # X was appointed today as ...
        elif not (self._appoint_word(k) and self.norm(k - 1) in _AUXILIARIES):
            return None  # (X was appointed Kenya's finance minister: no "as" needed)
        verb = False
        while (
            self._appoint_word(k)
            or self.norm(k) in _AUXILIARIES
            or (verb and self.norm(k) in _APPOINT_ADVERBS and self.norm(k - 1) != ",")
            # X was confirmed (re-elected, installed) as TITLE: only with "as" after it
            or (
                self.norm(k) in _OFFICE_TAKING
                and self.norm(k + 1) == "as"
                and self.norm(k - 1) in _AUXILIARIES
            )
        ):
            verb = verb or self._appoint_word(k) or self.norm(k) in _OFFICE_TAKING
            k -= 1  # (X was on Monday appointed as ...)
        if verb and self.norm(k) == ",":
            # X, previously the health minister, has been appointed as ...: the name
            # before the apposition
            # (X, who was the country's envoy for climate affairs, was named ...: a relative
            # clause of a dozen words)
            back = next((x for x in range(k - 1, max(0, k - 14), -1) if self.norm(x) == ","), None)
            if back is not None:
                k = back - 1
        end = k + 1
        # (named Badr bin Hamad bin Hamoud Al Busaidi as ...: a name of seven words)
        for s in range(max(0, end - 9), end):
            got = self.name_at(s, single=False)
            if got and got[1] == end:
                if verb or any(self.norm(x) in _APPOINT for x in range(max(0, s - 3), s)):
                    if any(
                        self.norm(x) == "by" and not any(self.norm(y) == "," for y in range(x, s))
                        for x in range(max(0, s - 4), s)
                    ):
                        return None  # appointed by President X as ...: X appoints
                    return got
                if self.norm(s - 1) in _REPLACES:
                    # X replaces Y as the sport minister: the post is X's (Y held it)
                    return self._name_ending_at(s - 1)
                if self.norm(s - 1) in ("and", ",") and (
                    any(
                        f.rule.startswith("en.appointment")
                        and self._sent_of_char(f.name_begin) == self.toks[s].sent
                        for f in self.findings
                    )
                    # (sworn in as the investment minister, Y as planning minister: the
                    # item before is a post tied by "as" too, whoever it was read for)
                    or any(
                        self.norm(x) == "as"
                        and any(self.post_at(y) is not None for y in range(x + 1, s - 1))
                        and not any(self.norm(y) in (",", ".") for y in range(x, s - 1))
                        for x in range(max(0, s - 12), s - 1)
                    )
                ):
                    return got  # appointing X as ... and Y as ...: the next appointee
                if self.norm(s - 1) in _LIST_OPENERS:
                    # the new appointments are X as Interior Minister, ministers including
                    # X as Foreign Minister: a list's item, its post after "as"
                    return got
                return None
        return None

    def _listed_as(self, ns: int) -> bool:
        """Is the name at token ns an item of a list of posts held, each after "as" (the
        new appointments are X as Interior Minister and Y as ...; key ministers including
        X as Foreign Minister have remained): a list's opener right before it, or before
        the first item of its sentence, and no word of the future before the opener
        (will likely include X as ...)?"""
        k = ns - 1
        if self.norm(k) in ("and", ","):
            first = next(
                (
                    n
                    for n, f in enumerate(self.findings)
                    if f.rule.startswith("en.appointment")
                    and self._sent_of_char(f.name_begin) == self.toks[ns].sent
                    and f.name_begin < self.toks[ns].idx
                ),
                None,
            )
            if first is None:
                return False
            k = (self._tok_at(self.findings[first].name_begin) or 0) - 1
        if self.norm(k) not in _LIST_OPENERS:
            return False
        # (nominees are X as ..., names under consideration include X as ..., the
        # appointees, including X as ...: not yet held; a word before the list's opener)
        sent = self.toks[ns].sent
        return not any(
            self.norm(x) in _NOT_YET_HELD
            for x in range(max(0, k - 12), k)
            if self.toks[x].sent == sent
        )

    def _names_a_state(self, i: int) -> bool:
        """Does the title from token i name a state before its clause ends (the Health
        Minister in Bolivia, the Finance Minister of Chile, the Chilean Finance Minister)?"""
        k, post, state = i, False, False
        while k < self.n and k - i < 10 and not self.toks[k].punct:
            post = post or self.walk(self.ix.posts, k) is not None
            state = state or self.state_at(k) is not None
            k += 1
        return post and state

    def _copula_post_whole(self, i: int) -> bool:
        """Is the title from token i, after "is the new" or "became", the whole predicate:
        not one whose holder's possessive follows (became President Y's spokesperson, is the
        new Minister's chief of staff), nor a president of a body no state (is the new
        President of the Law Society)?"""
        k = i
        post = self.walk(self.ix.posts, i)
        while (
            k < self.n
            and k - i < 8
            and not (self.toks[k].punct and self.norm(k) not in ("'s", "’s"))
        ):
            if self.norm(k) in ("'s", "’s") and not any(
                (st := self.state_at(x)) is not None and st[0] in (k, k + 1)
                for x in range(max(i - 1, k - 3), k)
            ):
                # (became Nigeria's Minister of Finance: a state's possessive is the post's)
                return False
            if post is not None and k < post[0]:
                k += 1  # (President of the Senate: the post's own words)
                continue
            if (
                self.norm(k) == "of"
                and any(self.norm(x) in _CHAIR_HEADS for x in range(i, k))
                and self.state_at(k + 1 + (self.norm(k + 1) == "the")) is None
                and self.norm(k + 1 + (self.norm(k + 1) == "the")) != "republic"
            ):
                return False
            k += 1
        return True

    def _unit_goes_on(self, b: int) -> bool:
        """Do the capitalised words from token b go on to a unit's noun (the UN Support
        Mission, of UNICEF Regional Office), a longer name than the body's?"""
        k = b
        while k < self.n and k - b < 4 and self.toks[k].cap and not self.toks[k].punct:
            if self.norm(k) in _UNIT_NOUNS or self.norm(k) in _ORG_WORDS:
                return True
            k += 1
        return False

    def _item_start(self, s: int) -> bool:
        """Does token s open a list's item or a line (after a number and its full stop, a
        bullet, a semicolon, a colon or a line break)?"""
        if s == 0:
            return True
        prev = self.toks[s - 1]
        if prev.norm in (";", ":", "-", "•", "–") or "\n" in self.text[prev.end : self.toks[s].idx]:
            return True
        return prev.norm in (".", ")") and s >= 2 and self.toks[s - 2].text.isdigit()

    def _name_ending_at(self, end: int) -> tuple[int, int, str | None] | None:
        """The name that ends right before token ``end``, starting past any title or
        portfolio before it (Former Deputy Minister of Agriculture X has returned ...: X)."""
        for s in range(max(0, end - 6), end):
            if self.walk(_portfolios(), s) or self.walk(self.ix.posts, s):
                continue
            got = self.name_at(s, single=False)
            if got and got[1] == end:
                return got
        return None

    def state_before_style(self, s: int) -> tuple[int, str] | None:
        """A state then a style or honorific right before token s (Omani Prince X,
        Saudi Sheikh X): (start, state) or None."""
        k = s
        while k > 0 and k > s - 4:
            prev = self.toks[k - 1]
            if prev.norm in _STYLES and prev.cap:
                k -= 1
                continue
            h = next(
                (
                    x
                    for x in range(max(0, k - 4), k)
                    if (w := self.walk(self.ix.honorifics, x)) and w[0] == k
                ),
                None,
            )
            if h is None:
                break
            k = h
        if k == s:
            return None
        for x in range(max(0, k - 3), k):
            st = self.state_at(x)
            if st and st[0] == k:
                return x, st[1]
        return None

    def honorific_ending_at(self, s: int) -> bool:
        """Sir, Lord, H.E., His Excellency right before token s."""
        return any(
            (h := self.walk(self.ix.honorifics, k)) and h[0] == s for k in range(max(0, s - 4), s)
        )

    def rank_ending_at(self, s: int) -> tuple[int, str] | None:
        for k in range(max(0, s - 4), s):
            hit = self.walk(self.ix.ranks, k)
            if hit and hit[0] == s:
                return k, hit[1]
        return None

    # ---------------------------------------------------------------- titles

    def post_at(self, j: int) -> tuple[int, PostEntry, str, bool] | None:
        """A title at token j: (end, entry, org, plural), a portfolio before or after a
        minister, and an organization before a chief or spokesperson."""
        if self.title_as_given_name(j):
            return None  # Brigadier General Amir X: a given name, not a title
        hit = self.walk(self.ix.posts, j, plural=True)
        if hit and self.norm(j) in _ABBREVIATIONS and not self.toks[j].text.isupper():
            return None  # PM, FM in capitals only: 5 pm is a time
        if (
            hit
            and hit[1].role in _NAMED_BODY_ROLES
            and (kind := self._body_named_before(j)) is not None
        ):
            # Bank Negara Malaysia Governor X, BND President X, ISI Director General X: a
            # central bank or an intelligence service by its own name (a metonym of its
            # state), then its head: the bank's director general, the service's chief;
            # another of its officers (BND Vice President X) an official
            entry = (
                (_BODY_LENDER_HEAD if kind == "bank" else _SERVICE_HEAD)
                if all(self.norm(x) in _NAMED_BODY_HEADS for x in range(j, hit[0]))
                else _BODY_OFFICER
            )
            return hit[0], entry, entry.org, hit[2]
        if (
            hit
            and " ".join(self.norm(x) for x in range(j, hit[0])) in _CAPITAL_TITLES
            and (
                not all(self.toks[x].cap for x in range(j, hit[0]))
                or (j > 0 and self.norm(j - 1) in _SPEAKER_KINDS)
            )
        ):
            return None  # Speaker X, Majority Leader X; not the keynote speaker X
        if (
            hit
            and (rank := self.walk(self.ix.ranks, j)) is not None
            and (
                rank[0] > hit[0]
                or (
                    rank[0] == hit[0] > j + 1
                    and not self.walk(_phrases("service_words"), j)
                    and not self.walk(self.ix.ranks, hit[0])
                )
            )
        ):
            # Air Chief Marshal X: a rank that begins like a title (Air Chief); Wing Commander
            # X: a rank of two words or more that is a title's (not an arm's: Navy Commander X;
            # not Commander alone: Commander of the Fleet X)
            return None
        if (
            self.norm(j) in _DEPUTY_WORDS
            and self.toks[j].cap
            and not (hit and self.norm(j) == "assistant")
        ):
            # (Assistant Secretary for African Affairs: the lexicon's title, an official)
            inner = self.post_at(j + 1)
            if (
                inner is not None
                and (hit is None or hit[0] < inner[0])
                and (inner[1].role == "minister" or inner[1].role in _PORTFOLIOS)
                and self.norm(j + 1) not in ("minister", "prime")
            ):
                # Deputy National Defense Minister, Deputy Trade Minister: the deputy of
                # any minister's post named before "Minister"
                deputy = PostEntry(role="deputy_minister", org=inner[1].org, deputy_of=True)
                return inner[0], deputy, inner[2], inner[3]
            if inner is not None and hit is None and deputy_role(inner[1].role) != inner[1].role:
                # Deputy Intelligence Chief, Vice Army Commander: a deputy of the title
                role = deputy_role(inner[1].role)
                deputy = replace(inner[1], role=role, org=_DEPUTY_ORG.get(role, inner[1].org))
                return inner[0], deputy, _DEPUTY_ORG.get(role, inner[2]), inner[3]
        pf = self.walk(_portfolios(), j)
        if pf:
            # Trade Minister, Energy Minister: a portfolio then the title
            after = self.walk(self.ix.posts, pf[0], plural=True)
            if after and after[1].role == "minister" and (hit is None or after[0] > hit[0]):
                return after[0], after[1], f"ministry-{pf[1]}", after[2]
        named = (
            self.walk(_phrases("ministry_portfolios"), j)
            if j < self.n and self.toks[j].cap
            else None
        )
        if named:
            # Interior CS X, Foreign Affairs Cabinet Secretary X: a named ministry's
            # portfolio before a minister's title that no lexicon joins to it
            after = self.walk(self.ix.posts, named[0], plural=True)
            if after and after[1].role == "minister" and (hit is None or after[0] > hit[0]):
                role = MINISTER_OF[named[1]]
                return after[0], replace(after[1], role=role, org=named[1]), named[1], after[2]
        if (
            hit
            and self.norm(hit[0] - 1) in _MINISTRY_ORG
            and hit[0] < self.n
            and self._portfolio_word(hit[0], j)
            and not self.name_at(hit[0], single=False)
        ):
            # Secretary of State for Defence Policy, Planning and ...: another portfolio
            # than the one a fixed title names, so the title it starts with
            hit = self.walk(self.ix.posts, j, limit=hit[0] - j - 1, plural=True)
        if hit is None and (sv := self.walk(_phrases("service_words"), j)) is not None:
            shut = self._acronyms_end(sv[0])
            if shut is not None and self.norm(shut) in ("chief", "commander"):
                # Indonesian Air Force (TNI AU) chief X: the force's commander
                return shut + 1, _FORCE_CHIEF, "armed_forces", False
        if hit is None:
            return self.org_title(j)
        end, entry, plural = hit
        if (
            entry.role in MINISTER_OF.values()
            and self.norm(end) in ("and", "&", ",")
            and self.name_at(end + 1, single=False) is None  # (and Ana Costa, the ...)
            and (
                item := (
                    self._portfolio_item(end + 1)
                    if self.norm(end) != ","
                    else self._closed_list_after_comma(end + 1)
                )
            )
            is not None
            and (
                item[0] >= self.n
                or self.norm(item[0]) in ("of", ",", ".", "(", ";")
                or self.name_at(item[0], single=False) is not None
                or self.walk(self.ix.honorifics, item[0]) is not None  # ... Expatriates Dr. X
                or self.walk(self.ix.ranks, item[0]) is not None
            )
        ):
            # Minister for Foreign Affairs and Expatriates of X: a second field of the
            # same ministry's (its state may follow)
            end = item[0]
        if entry.role == "deputy_minister" and self.norm(end - 1) == "for":
            return self._secretary_for(end, entry, plural)
        if (
            (entry.role == "deputy_minister" or entry.deputy_of)
            and self.norm(end - 1) == "secretary"
            and self.norm(end) == "for"
            and (run := self._portfolio_run(end + 1)) is not None
        ):
            # Assistant Secretary for Near Eastern Affairs X: the bureau, the same post
            return run[0], entry, f"ministry-{run[1]}" if run[1] else entry.org, plural
        org = entry.org
        words = {self.toks[k].norm for k in range(j, end)}
        if entry.role == "deputy_minister":
            org = next((o for w, o in _MINISTRY_ORG.items() if w in words), org)
        if (
            entry.role == "minister"
            and entry.head == "minister"
            and end == j + 1
            and (
                (self.norm(end), self.norm(end + 1), self.norm(end + 2)) == ("in", "charge", "of")
                or (self.norm(end), self.norm(end + 1)) == ("responsible", "for")
            )
        ):
            # the minister in charge of (responsible for) foreign affairs: that ministry's
            k = end + (3 if self.norm(end) == "in" else 2)
            k += self.norm(k) == "the"
            q = self.walk(_phrases("ministry_portfolios"), k)
            if q and q[1] in MINISTER_OF:
                return q[0], PostEntry(role=MINISTER_OF[q[1]], org=q[1]), q[1], plural
            p = self.walk(_portfolios(), k)
            if p:
                return p[0], entry, f"ministry-{p[1]}", plural
        if entry.portfolio or entry.role == "deputy_minister":
            if self.norm(end) in ("of", "for"):
                # Minister for the Environment: "the" before the portfolio
                s0 = end + 1 + (self.norm(end + 1) == "the")
                p = self.walk(_portfolios(), s0)
                run = self._portfolio_run(s0) if entry.role == "minister" else None
                named = _MINISTRY_ORG.get(self.norm(s0))
                if (
                    run is not None
                    and run[1] is None
                    and named in MINISTER_OF
                    and self.norm(s0 + 1) in ("and", "&", ",")
                    and s0 + 1 < run[0]  # (Minister of State for Defence, X: no list)
                    and self.norm(run[0] - 1) in _PORTFOLIO_CLOSERS
                ):
                    # Minister of Foreign and CARICOM Affairs: foreign affairs and more
                    return run[0], PostEntry(role=MINISTER_OF[named], org=named), named, plural
                joined = self._joined_ministry(s0, run[0]) if run is not None else None
                if joined is not None and entry.role == "minister":
                    # Minister of African Integration and Foreign Affairs: a named
                    # ministry's domain joined to another portfolio: its minister
                    return run[0], PostEntry(role=MINISTER_OF[joined], org=joined), joined, plural
                if run is not None and (p is None or run[0] > p[0]):
                    # Minister of Mines, Industry and Energy: the portfolios, known or not
                    org, end = f"ministry-{run[1]}" if run[1] else org, run[0]
                elif p:
                    org, end = f"ministry-{p[1]}", p[0]
                elif entry.role in ("deputy_minister", "minister"):
                    # Assistant Minister of Defense, Deputy Minister for Foreign Affairs,
                    # State Minister of Defence (a junior minister of that ministry)
                    k = end + 1 + (self.norm(end + 1) == "the")
                    q = self.walk(_phrases("ministry_portfolios"), k)
                    if q:
                        org, end = q[1], q[0]
        if entry.role.startswith("head_of") and self.norm(end) == "'s":
            return None  # Russian President's envoy: the president is not named here
        return end, entry, org, plural

    def _secretary_for(
        self, k: int, entry: PostEntry, plural: bool
    ) -> tuple[int, PostEntry, str, bool] | None:
        """Secretary of State for International Cooperation (k after "for"): a junior
        minister of that portfolio (the UK's is its minister: ``role_in`` of posts.jsonl);
        for foreign affairs, defence, the interior or finance, that ministry's minister."""
        if self.norm(k) == "the":
            k += 1  # Secretary of State for the Home Department
        run = self._portfolio_run(k)
        if run is None:
            return None
        named = _MINISTRY_ORG.get(self.norm(k)) if not self.walk(_portfolios(), k) else None
        first = self._portfolio_item(k)
        phrase = self.walk(_phrases("ministry_portfolios"), k)
        if first and first[0] > k + 1 and not (phrase and phrase[0] == first[0]):
            named = None  # for Defence Policy and Planning: another portfolio than defence
        if named in MINISTER_OF:
            # Secretary of State for Foreign, Commonwealth and Development Affairs
            return run[0], PostEntry(role=MINISTER_OF[named], org=named), named, plural
        org = f"ministry-{run[1]}" if run[1] else entry.org
        return run[0], entry, org, plural

    def _portfolio_item(self, j: int) -> tuple[int, str | None] | None:
        """One portfolio at token j: a known one, or up to three capitalised words that
        name no state, title, rank or honorific (Mines): (end, portfolio id or None).
        A nationality adjective may open a known portfolio (Foreign Affairs and Egyptian
        Expatriates, Culture and Omani Heritage): the item is the portfolio's."""
        p = self.walk(_portfolios(), j)
        if p is None and (st := self.state_at(j)) and self.norm(st[0] - 1) not in ("'s", "’s"):
            p = self.walk(_portfolios(), st[0])
            if p is not None:
                # (and Egyptian Police Chief Maj. Gen. X: a body's head of that state, no
                # portfolio of the minister's: the item ends right after the portfolio)
                nxt = self.tok(p[0])
                if (
                    nxt is not None
                    and nxt.cap
                    and not nxt.punct
                    and (self.walk(self.ix.posts, p[0]) or nxt.norm in _PORTFOLIO_HEAD_WORDS)
                ):
                    return None
                return p
        if p:
            # ... and the capitalised words that go on with it (Defence Policy)
            e = p[0]
            while (
                e < self.n
                and e - p[0] < 2
                and (
                    self._portfolio_word(e, j)
                    # and Trade Affairs: a closing word of a portfolio, in lower
                    # case after a portfolio written so (minister for energy affairs)
                    or (
                        (self.toks[e].cap or not self.toks[j].cap)
                        and self.norm(e) in _PORTFOLIO_CLOSERS
                    )
                )
            ):
                e += 1
            return e, p[1]
        e = j
        while e < self.n and e - j < 3 and self._portfolio_word(e, j):
            e += 1
        while e < self.n and e - j < 2 and not self.toks[j].cap and not self.toks[e].cap:
            if self.norm(e) not in _PORTFOLIO_CLOSERS:
                break
            e += 1  # minister for petroleum and mining affairs: lower-case closing nouns
        return (e, None) if e > j else None

    def _portfolio_word(self, e: int, j: int) -> bool:
        """Token e may go on a portfolio that starts at token j."""
        t = self.toks[e]
        return (
            t.cap
            and not t.punct
            and t.norm not in _STYLES
            and t.norm not in self.ix.function_words
            and not self.state_at(e)
            and not self.walk(self.ix.posts, e)
            and not self.walk(self.ix.ranks, e)
            and not self.walk(self.ix.honorifics, e)
            # and Energy Lena Varga: a name; but a word that closes a portfolio goes on it
            # (Rural Development Lena Varga, Social Welfare Lena Varga)
            and not (
                e > j
                and t.norm not in _PORTFOLIO_CLOSERS
                and (nm := self.name_at(e, single=False))
                # (Early Childhood Education: words a portfolio's noun ends are no name)
                and self.norm(nm[1] - 1) not in _PORTFOLIO_CLOSERS
            )
        )

    def _portfolio_run(self, k: int) -> tuple[int, str | None] | None:
        """The portfolios of a minister's title from token k (after "of"), as
        :meth:`_listed_portfolios` reads them, or, when they run on further, all the words
        of a portfolio set off by commas before its holder's name (Minister for Commerce
        and the Promotion of Small and Medium-sized Companies, X)."""
        run = self._listed_portfolios(k)
        if run is not None and self.name_at(run[0], single=False) is not None:
            return run  # the Minister of Trade Tom Kline, Dr. Y and ...: the name follows
        end = self._set_off_portfolio(k)
        if end is not None and (run is None or end > run[0]):
            first = self._portfolio_item(k)
            return end, (run[1] if run else first[1] if first else None)
        return run

    def _set_off_portfolio(self, k: int) -> int | None:
        """The comma that closes a portfolio from token k: capitalised words, with "and",
        "of", "the", "for" and hyphens between, up to a comma and a name (or a style and
        a name); None when anything else (a state, a title, a full stop) comes first."""
        x = k
        caps = 0
        while x < self.n and x - k < 16:
            t = self.toks[x]
            if t.norm == ",":
                break
            if t.punct and t.text not in ("-", "–"):
                return None
            if t.cap and not t.punct:
                if (
                    self.state_at(x)
                    or self.walk(self.ix.posts, x)
                    or self.walk(self.ix.ranks, x)
                    or self.walk(self.ix.honorifics, x)
                ):
                    return None
                caps += 1
            elif not (
                t.norm in ("and", "of", "the", "for", "&")
                or t.text in ("-", "–")
                or (x > k and self.toks[x - 1].text in ("-", "–"))  # Medium-sized
            ):
                return None
            x += 1
        if (
            x >= self.n
            or self.norm(x) != ","
            or caps < 3
            or self.norm(x - 1) in ("and", "of")
            or "and" not in {self.norm(y) for y in range(k, x)}  # two fields or more
        ):
            return None
        holder = self._past_styles(x + 1)
        return x if self.name_at(holder, single=False) else None

    def _listed_portfolios(self, k: int) -> tuple[int, str | None] | None:
        """The portfolios of a minister's title from token k (after "of"): one (Mines),
        or a list closed by "and" (Mines, Industry and Energy), whose items are known
        portfolios or capitalised words of none; (the token after the portfolios, the
        first known portfolio's id or None), or None. An item after a comma with no
        "and" to close the list is no portfolio (Minister of Mines, X Y, said)."""
        first = self._portfolio_item(k)
        if first is None:
            return None
        ids = [first[1]] if first[1] else []
        e = first[0]
        x = e
        while x < self.n and x - k < 16:
            sep = self.norm(x)
            if sep == "," and self.norm(x + 1) == "and":
                step, closing = 2, True
            elif sep in ("and", "&"):
                step, closing = 1, True
            elif sep == ",":
                step, closing = 1, False
            else:
                break
            item = self._portfolio_item(x + step)
            if item is None or self.walk(self.ix.posts, item[0]):
                break  # Minister of Industry, Trade Minister X: a second title
            if (
                item[1] is None
                and self.norm(item[0]) == ","
                and self.post_at(item[0] + 1 + (self.norm(item[0] + 1) == "the")) is not None
            ):
                break  # X, Minister of Health, and Y, Minister of Defence: Y is a name
            if item[1]:
                ids.append(item[1])
            if closing or (
                item[1] is not None
                and any(self.norm(y) in ("and", "&") for y in range(x + step, item[0]))
            ):
                # (Education, Youth and Sports: the last item a known portfolio that holds
                # the list's "and")
                return item[0], (ids[0] if ids else None)
            x = item[0]
        if (
            first[1] is None
            and self.norm(e) not in ("of", ",", ".", "and", ";")
            and not self.walk(self.ix.honorifics, e)
            and not self.walk(self.ix.ranks, e)
            and not (first[0] - k == 1 and self._two_word_name(e))
            and self.norm(e - 1) not in _PORTFOLIO_CLOSERS  # Western Hemisphere Affairs X
        ):
            # an unknown portfolio may stand before an honorific or a rank (Minister for
            # Pacific Peoples Dr X), and one of one word before a name of two words
            # (Minister of Mines Ramon Kell); nothing else runs on into the words after
            # (Minister for Pacific Peoples Tomas Verri: where the portfolio ends is open)
            return None
        return e, first[1]

    def _state_in_portfolios(self, a: int, b: int) -> str | None:
        """The state whose nationality adjective opens a portfolio listed after "and" or a
        comma in the title at tokens a..b (and Egyptian Expatriates, and Omani Heritage)."""
        for x in range(a + 1, b):
            if self.norm(x - 1) in ("and", "&", ",") and (st := self.state_at(x)) is not None:
                if st[0] < b and self.walk(_portfolios(), st[0]) is not None:
                    return st[1]
        return None

    def _closed_list_after_comma(self, k: int) -> tuple[int, str | None] | None:
        """Portfolios from token k, after a named ministry's title and its comma, that a
        list closed by "and" gives it (Minister of Foreign Affairs, Emigration and
        Egyptian Expatriates): (end, first id) as :meth:`_listed_portfolios`, or None when
        no "and" closes them (Minister of Foreign Affairs, Mines: two posts or a name) or
        when a comma sets them off before the holder (the modifiers read those)."""
        run = self._listed_portfolios(k)
        if (
            run is None
            or self.norm(run[0]) == ","
            or not any(self.norm(x) in ("and", "&") for x in range(k, run[0]))
        ):
            return None
        return run

    def _joined_ministry(self, a: int, b: int) -> str | None:
        """The named ministry (mfa, mod, moi, mof) whose domain is an item after "and" or
        a comma among the portfolios at tokens a..b, or None."""
        for x in range(a + 1, b):
            if self.norm(x - 1) in ("and", "&", ","):
                q = self.walk(_phrases("ministry_portfolios"), x)
                if q and q[0] == b and q[1] in MINISTER_OF:
                    return q[1]
        return None

    def _two_word_name(self, e: int) -> bool:
        got = self.name_at(e, single=False)
        return got is not None and got[1] - got[0] == 2

    def org_title(self, j: int) -> tuple[int, PostEntry, str, bool] | None:
        """Foreign Ministry spokesperson, National Intelligence Organization (MIT) Chief,
        head of Turkey's intelligence agency: an organization and its head."""
        k = j
        words = []
        while k < self.n and k - j < 7:
            t = self.toks[k]
            if t.norm in _ORG_HEADS and words:
                break
            if t.norm == "and" and any(
                self.norm(x) in _UNIT_HEADS
                and (nm := self.name_at(x + 1, single=False)) is not None
                and nm[1] == k
                for x in range(j, k)
            ):
                return None  # World Bank President X and Senegalese President Y: two people
            if (
                t.norm in _BODY_OFFICERS
                and words
                and (
                    self._body_ends_at(k)
                    or (words[-1] in _OFFICE_QUALIFIERS and self._body_ends_at(k - 1))
                )
            ):
                break  # UNICEF (Country) Representative: a body's officer
            if (
                t.text in ("(", ")")
                or (t.cap and not t.punct)
                or t.norm in ("of", "and")
                # (the Supreme Council for Health chairman X: what a body is for, between
                # its capitalised words)
                or (t.norm == "for" and words and self.tok(k + 1) and self.toks[k + 1].cap)
                # (IMF mission chief X: a body's office in lower case right after its name)
                or (words and t.norm in _OFFICE_QUALIFIERS and self._body_ends_at(k))
            ):
                words.append(t.norm)
                k += 1
                continue
            return None
        if k >= self.n or not words or words[0] in ("of", "and", "(") or words[-1] in ("of", "and"):
            return None  # (nor a bracket's short name alone: the Air Force (TNI AU) chief)
        body = international_body(self.text[self.toks[j].idx : self.toks[k - 1].end], lang="en")
        head = self.toks[k].norm
        if (
            body is None
            and len(words) >= 2
            and words[-1] in _OFFICE_QUALIFIERS
            and head in _BODY_OFFICERS
        ):
            # UNICEF Country Representative, WFP Country Director: the body's office
            body = international_body(self.text[self.toks[j].idx : self.toks[k - 2].end], lang="en")
        if not (set(words) & _ORG_WORDS) and body is None:
            return None
        if (
            head in _CHAIR_ONLY_HEADS
            and body is None
            and not set(words) & _PUBLIC_BODY_WORDS
            and not any(
                (st := self.state_at(x)) and (x >= j or st[0] == j) for x in range(max(0, j - 3), k)
            )
        ):
            return None  # Toyota Motor Corporation chairman X: a company's, no state's body
        entry = _org_entry(head, set(words))
        if (
            entry is None
            and body is not None
            and head in _UNIT_HEADS | _BODY_OFFICERS | {"boss"}
            and not any(self.walk(self.ix.posts, x) for x in range(j, k + 1))
        ):
            # the Arab League chief, UN chief X; UNICEF Representative X (in Yemen: the
            # state the officer is posted to, whose officials he meets)
            entry = _BODY_OFFICER, "government"
        if entry is None:
            return None
        end = k + 1
        if head == "chief" and self.norm(end) == "executive":
            # the Economic Development Board chief executive (officer) X
            end += 2 if self.norm(end + 1) == "officer" else 1
        return end, entry[0], entry[1], False

    def head_of(self, j: int) -> tuple[int, PostEntry, str, str | None] | None:
        """head of [the] [state's|ADJ] ORGANIZATION [(ABBR)]: (end, entry, org, state)."""
        if self.norm(j) in _HEAD_PREFIXES and self.norm(j + 1) in _UNIT_HEADS:
            j += 1  # Executive Director of the X Agency, Managing Director of the X Fund
        of = j + 1
        head = self.norm(j)
        if self.norm(j) == "chief" and self.norm(j + 1) == "executive":
            # Chief Executive (Officer) of the Public Investment Fund: its head
            of = j + 2 + (self.norm(j + 2) == "officer")
        elif head == "director-general":
            head = "director"  # Director-General of the National Intelligence Agency
        elif head == "director" and self.norm(j + 1) == "general":
            of = j + 2  # Director General of the General Intelligence Directorate
        if head not in _UNIT_HEADS or self.norm(of) != "of":
            return None
        k = of + 1
        if self.norm(k) == "the":
            k += 1
        state = None
        st = self.state_at(k)
        if st:
            k, state = st
        words = []
        while k < self.n and k - j < 12:
            t = self.toks[k]
            if words and words[-1] == "for" and (aim := self._aim_end(k)) is not None:
                # the National Commission for Human Rights, X: what the body is for, its
                # capitalised words up to the punctuation that closes it (not a name)
                words.extend(self.norm(x) for x in range(k, aim))
                k = aim
                continue
            if ((r := self.walk(self.ix.ranks, k)) or self.walk(self.ix.honorifics, k)) and not (
                r and words and self.norm(r[0]) == "staff"
            ):
                break  # head of Navy Adm. X (not: Chief of Hellenic Army General Staff)
            if t.norm == "of" and words and state is None:
                st = self.state_at(k + 1) or (self.norm(k + 1) == "the" and self.state_at(k + 2))
                if st:  # the head of the Ministry of Foreign Affairs of Iran
                    k, state = st
                    if words[-1] in _OFFICE_WORDS and (principal := self.post_at(k)) is not None:
                        # the director general of the office of the Saudi minister of
                        # foreign affairs, X: the office's head; the minister is his
                        # principal, whom X is not
                        k = principal[0]
                    break
                x = k + 1 + (self.norm(k + 1) == "the")
                if words[-1] in _OFFICE_WORDS and (principal := self.post_at(x)) is not None:
                    # the director of the office of the Minister of Interior (of Oman), X
                    k = principal[0]
                    if (st := self.country_after_of(k)) is not None:
                        k, state = st
                    break
            if (
                (t.cap and not t.punct and not self.name_at(k, single=False))
                or (t.norm == "of" and words)
                # the Kuwait Fund for Arab Economic Development: a body "for" its aim
                or (t.norm == "for" and words and words[-1] in _ORG_WORDS | _AGENCY)
                or (t.cap and words and words[-1] != "of" and t.norm in _PORTFOLIO_CLOSERS)
                # (Federal Board: a "name" that holds a body's word is the body's)
                or (t.cap and not t.punct and self._name_holds_body_word(k))
                # Board of Revenue X Y: the body's last word after its "of", then a name
                or (
                    t.cap
                    and not t.punct
                    and words
                    and words[-1] == "of"
                    and self._org_word_then_name(k)
                )
                or (t.norm == "on" and words and words[-1] in _COUNCIL_WORDS)  # Committee on
                or t.text == "("
                or (t.text == ")" and words)
            ):
                words.append(t.norm)
                k += 1
                continue
            if t.norm in _ORG_WORDS and not t.cap:
                words.append(t.norm)
                k += 1
                continue
            if t.norm in ("'s", "\u2019s") and words and words[-1] in _ORG_WORDS:
                words.append(t.norm)  # the defence ministry's ... department
                k += 1
                continue
            body = self._lower_body_end(k)
            if body is not None:
                # head of the international cooperation department: the unit's words in
                # lower case, up to its body word
                words.extend(self.norm(x) for x in range(k, body))
                k = body
                continue
            break
        if not words or not (set(words) & _BODY_WORDS) or words[-1] == "of":
            got = self.org_after_of(of)
            if got is None:
                return None
            k, state, found = got
            # (in text order: org_after_of gives its words as a set, whose order is the
            # string hashing's)
            said_words = [self.norm(x) for x in range(of + 1, k)]
            words = [w for w in said_words if w in found]
            words += sorted(set(found) - set(words))
        body_words = [w for w in words if w in _ORG_WORDS]
        if body_words and body_words[-1] in _SUB_UNITS and not set(words) & _INTELLIGENCE:
            # head of the defence ministry's cooperation department: a unit's head, not
            # the ministry's (its director, or an official)
            role = "director_general" if head == "director" else "official"
            return k, PostEntry(role=role, org="government"), "government", state
        if set(words) & _MISSION_WORDS and state is None:
            return None  # the head of the UN mission in Libya: no state's mission, no post here
        kinds = set(words)
        # (the words in text order: those of org_after_of come as a set)
        said = [self.norm(x) for x in range(of + 1, k)]
        bodies = [w for w in said if w in _ORG_WORDS or w in _AGENCY or w == "bank"]
        if "bank" in kinds and (
            not bodies
            or bodies[-1] != "bank"
            or any(
                a in ("west", "food", "blood") and b == "bank"
                for a, b in zip(said, said[1:], strict=False)
            )
        ):
            # (the Bank's Audit Committee, the West Bank: no bank the title heads)
            kinds.discard("bank")
        entry = _org_entry(head, kinds)
        if (
            entry is None
            and self.norm(j) in _BODY_OFFICERS
            and state is None
            and international_body(
                self.text[self.toks[of + 1].idx : self.toks[k - 1].end], lang="en"
            )
        ):
            # X, Director of the World Bank: an international body's officer, of no state
            entry = (PostEntry(role="official", org="government"), "government")
        if entry is None:
            return None
        return k, entry[0], entry[1], state

    def _aim_end(self, k: int) -> int | None:
        """The end of a body's aim after its "for" at token k: capitalised words (with
        "and", "of" between) that punctuation closes (for Special Economic Zones and Free
        Zones,), or None when the words run on into a clause (for Free Zones X said)."""
        x = k + (self.norm(k) == "the")  # (for the Northern Regions)
        while x < self.n and x - k < 8:
            u = self.toks[x]
            if not (u.cap and not u.punct) and not (x > k and u.norm in ("and", "of", "&")):
                break
            x += 1
            if (
                u.norm in _PORTFOLIO_CLOSERS | _AIM_CLOSERS
                and (nm := self.name_at(x, single=False)) is not None
                and nm[0] == x
                and nm[1] - nm[0] >= 2
            ):
                return x  # (for the Northern and Western Regions X: a name of two words)
        if x > k and self.toks[x - 1].cap and (x >= self.n or self.toks[x].punct):
            return x
        return None

    def _name_holds_body_word(self, k: int) -> bool:
        """Does the name read from token k hold a body's word (Federal Board ...)?"""
        got = self.name_at(k, single=False)
        return got is not None and any(self.norm(x) in _ORG_WORDS for x in range(got[0], got[1]))

    def _org_word_then_name(self, k: int) -> bool:
        """Does a name of two or more words start right after token k, ending where the
        name read from k ends (Revenue | Amjad Tiwana: the word at k is the body's)?"""
        if self.norm(k) in ("directors", "trustees", "governors", "management"):
            return False  # the Board of Directors: a company's board, no body of a state
        whole, rest = self.name_at(k, single=False), self.name_at(k + 1, single=False)
        return (
            whole is not None
            and rest is not None
            and whole[1] == rest[1]
            and rest[1] - rest[0] >= 2
        )

    def _lower_body_end(self, k: int) -> int | None:
        """Words in lower case from token k up to a body word (international cooperation
        department, foreign ministry): the token after the body word, or None."""
        for x in range(k, min(k + 5, self.n)):
            t = self.toks[x]
            if t.punct or t.cap or t.norm in ("of", "and", "the", "said", "says", "who"):
                return None
            if t.norm in _ORG_WORDS:
                return x + 1 if x > k else None
        return None

    def _state_closes_title(self, k: int) -> bool:
        """Does a state's name that ends right before token k close a title (a full stop,
        a semicolon, a bracket or a comma next, or "and" before the next item), rather
        than open a phrase of its own (Pakistan's ambassador, Pakistan Army)?"""
        if k >= self.n:
            return True
        if self.norm(k) in (".", ";", ")"):
            return True
        if self.norm(k) == "and":
            # (Minister of Commerce Pakistan and Y, not Kenya and Uganda's minister; the
            # next item may open with its rank or style: UAE and Lieutenant General Y)
            x = k + 1
            while (r := self.walk(self.ix.ranks, x)) is not None and r[0] > x:
                x = r[0]
            x = self._past_honorifics(x)
            return self.name_at(x, single=False) is not None and not self.state_at(x)
        return self.norm(k) == "," and self.norm(k + 1) not in ("'s", "’s")

    def post_modifiers(self, j: int, entry: PostEntry, m: dict) -> int:
        """What may follow a title: -designate, of Turkey, of the Turkish Army, to Turkey
        (an ambassador's host), for Syria (an envoy's brief), a rank, an honorific."""
        steps = 0
        while j < self.n and steps < 8:
            steps += 1
            t = self.toks[j]
            if j > 0 and t.line != self.toks[j - 1].line:
                break  # (a headline's last title, then the story's first word: no modifier)
            if t.norm in _DESIGNATE:
                m["status"] = "designate"
                j += 1
                continue
            if (
                t.norm == "of"
                and m["country"] is None
                and (b := self._body_after(j)) is not None
                # (not of the UN Support Mission in Libya, of the UN Secretary-General for
                # Libya, of UNDP Kenya: a longer unit, a principal or a state goes on)
                and (
                    b >= self.n
                    or not self.toks[b].cap
                    or self.toks[b].punct
                    or (
                        self.name_at(b, single=False) is not None
                        and self.walk(self.ix.posts, b) is None
                        and self.state_at(b) is None
                        and not self._unit_goes_on(b)
                    )
                )
            ):
                # Secretary-General of the Organization of American States: an international
                # body's, whose name holds no state (not American's); where it is held is
                # no state of the post (Representative of UNICEF in Kenya)
                j = b
                x = j + 1 + (self.norm(j + 1) == "the")
                if self.norm(j) == "in" and (st := self.state_at(x)) is not None:
                    j = st[0]
                continue
            if (
                t.norm == "of"
                and entry.role == "military_commander"
                and (ship := self._vessel_after(j)) is not None
            ):
                # Commanding Officer of the visiting Philippine ships, of INS Delhi: what he
                # commands (and its state)
                j, code = ship
                m["country"] = m["country"] or code
                continue
            if t.norm == "(" and (shut := self._unit_in_brackets(j)) is not None:
                j = shut  # Director General (South Asia Division) X: his unit, in brackets
                continue
            if (
                t.norm == "of"
                and self.norm(j + 1) == "the"
                and self.norm(j + 2) in _SUBNATIONAL_HEADS
                and self.walk(_phrases("local_titles"), self._title_head(j))
                and (self.norm(j + 3) == "," or self.name_at(j + 3, single=False))
            ):
                j += 3  # the acting governor of the state, X: the unit the story is about
                continue
            if self._acronym_at(j) or self._short_form_before_name(j):
                j += 3  # Chief of Staff (CoS), ambassador to the United Nations (UNESCO)
                continue
            if (
                t.norm == "from"
                and (entry.ambassador or entry.role.endswith("minister"))
                and m["country"] is None
                and (st := self.state_at(j + 1 + (self.norm(j + 1) == "the")))
            ):
                # the ambassador from Brazil, ambassadors from Brazil and Cuba, the
                # Minister from Qatar: whose
                j = st[0]
                m["country"] = st[1]
                continue
            if (
                t.norm == ","
                and entry.role.endswith("minister")
                and (more := self._portfolio_list(j + 1)) is not None
            ):
                # Minister of Foreign Affairs, Foreign Employment and Tourism of X; Minister
                # of Foreign Affairs, Cooperation and Mauritanians Abroad, X: its people's state
                j, people = more
                if m["country"] is None and people is not None:
                    m["country"] = people
                continue
            if (
                t.cap
                and not t.punct
                and j > 0
                and (self.norm(j - 1) in _UNIT_HEADS or entry.role in _COMMAND_ROLES)
                and (org := self._unit_written_after(j)) is not None
                and (
                    self.walk(self.ix.ranks, org[0] + (self.norm(org[0]) == ","))
                    or self.walk(self.ix.honorifics, org[0] + (self.norm(org[0]) == ","))
                )
            ):
                # Commander Eastern Naval Area, Rear Admiral X; Chief of Defence German Army
                # General Y: the body the title heads, written with no "of", then a styled name
                j = org[0]
                m["country"] = m["country"] or org[1]
                continue
            if (
                entry.role in ("official", "director_general")
                and t.cap
                and (branch := self.walk(_phrases("office_branches"), j)) is not None
                and self.toks[j - 1].cap
                and (
                    self.norm(b := branch[0] + (self.norm(branch[0]) in _BRACKET_UNITS)) == ","
                    or self.name_at(b)
                    or self.walk(self.ix.ranks, b)
                    or self.walk(self.ix.honorifics, b)
                )
            ):
                # DIG Operations, X; Additional IG Counter Terrorism Department Y; Director
                # Planning Superintendent Z: his branch (and its unit's word)
                j = b
                continue
            unit = (
                self._subnational_unit(j)
                if entry.role == "official"
                or (
                    t.cap
                    and (u := self.walk(_phrases("subnational_units"), j)) is not None
                    and (self.walk(self.ix.honorifics, u[0]) or self.walk(self.ix.ranks, u[0]))
                )
                # (Interior Minister of the Kurdistan Region, X: a regional government's)
                or (
                    t.norm == "of"
                    and self.walk(
                        _phrases("regional_governments"), j + 1 + (self.norm(j + 1) == "the")
                    )
                    is not None
                )
                else None
            )
            if unit is not None:
                # Governor Sindh X, Chief Minister of Punjab X, IGP Punjab Dr X (another title:
                # a styled name after the province; not Amir Sabah Al-Ahmad): the province
                # is no name's
                j, code = unit
                m["country"] = m["country"] or code
                continue
            if (
                t.norm == "of"
                and entry.role in ("official", "envoy", "director_general", "adviser")
                and m["country"] is None
                and (body := self._body_named_at(j + 1 + (self.norm(j + 1) == "the")))
            ):
                # Resident Representative of UNDP in Kenya X: the body's officer, whom the
                # state it works in gives no state of his
                m["multinational"] = True
                j = body
                continue
            if t.norm == "at" and entry.ambassador and (at := self._own_mission_at(j)):
                # the Military Attache at the Saudi embassy in Washington and Ottawa, Brig.
                # Gen. X: the mission's state, and the cities where it sits
                j, code = at
                m["country"] = m["country"] or code
                continue
            org_of = (
                self.org_after_of(j)
                if t.norm == "of"
                or (t.norm == "at" and not entry.ambassador)
                # Director-General in the Ministry of Agriculture, Mr. X: a ministry's
                # officer, "in" it
                or (
                    t.norm == "in"
                    and not entry.ambassador
                    and self.norm(j + 1 + (self.norm(j + 1) == "the")) in _IN_UNITS
                )
                # spokesperson for the Ministry of Foreign Affairs X: its "for" read
                else self.org_after_of(j - 1)
                if entry.spokes and j > 0 and self.norm(j - 1) == "for" and t.norm == "the"
                else None
            )
            if org_of:
                # Director General of the Civil Aviation Authority, Under-Secretary of the
                # Ministry of Defence, Deputy Chief of Kuwait National Guard
                j, code, words = org_of
                m["country"] = m["country"] or code
                if self.norm(j) in ("to", "in"):
                    # of the OSCE Special Monitoring Mission to Ukraine: the body's seat or
                    # field, not the officer's state
                    k = j + 1 + (self.norm(j + 1) == "the")
                    p = self.walk(self.ix.countries, k) or self.walk(self.ix.places, k)
                    if p:
                        j = p[0]
                if words & _MULTINATIONAL:
                    m["multinational"] = True  # of the Combined Joint Task Force
                if "ministry" in words and entry.role in _IN_MINISTRY:
                    m["org"] = m["org"] or next(
                        (o for w, o in _MINISTRY_ORG.items() if w in words), None
                    )
                continue
            bare = self.org_after_of(j - 1) if t.cap and t.norm != "the" else None
            if (
                bare
                and bare[0] > j
                and (r := self.walk(self.ix.ranks, bare[0]))
                and self.name_at(r[0], single=False) is not None
            ):
                # Commander Chinese People's Liberation Army (PLA) General X: the
                # organization with no "of", then the holder's rank and name
                j, code, _ = bare
                m["country"] = m["country"] or code
                continue
            if (
                bare
                and self.norm(bare[0]) == ","
                and (
                    self.walk(self.ix.ranks, bare[0] + 1)
                    or self.walk(self.ix.honorifics, bare[0] + 1)
                    or self.norm(bare[0] + 1) in _STYLES
                    or self.name_at(bare[0] + 1, single=False)
                )
            ):
                # Chief of Defence Staff Nigerian Armed Forces, General X: the organization
                # in apposition, with no "of"
                j, code, _ = bare
                m["country"] = m["country"] or code
                continue
            if (
                m["country"] is None
                and entry.role in _MILITARY_ROLES
                and (t.cap or t.norm == ",")
                # (the force opens with its state: Sri Lanka Navy; not a name, X of ...)
                and self.state_at(j if t.cap else j + 1 + (self.norm(j + 1) == "the"))
                and (unit := self.org_after_of(j - 1) if t.cap else self.org_after_of(j))
                is not None
                and unit[1]
                and unit[2] & _ARMED_ORG
                and (
                    self.norm(unit[0]) in (",", ".", ";", ")", "and")
                    # (X, Chief of the Air Staff, Pakistan Air Force called on ...)
                    or (unit[0] < self.n and not self.toks[unit[0]].cap)
                )
                and not (
                    self.norm(unit[0]) == ","
                    and (
                        self.name_at(unit[0] + 1, single=False)
                        or self.walk(self.ix.ranks, unit[0] + 1)
                        or self.walk(self.ix.honorifics, unit[0] + 1)
                    )
                )
            ):
                # X, Commander Sri Lanka Navy, called on ...; X, Chief of the Air Staff,
                # Nepal Air Force, ...: the state's force named after the title, no name after
                m["country"] = unit[1]
                j = unit[0]
                break
            # (Commander of AFRICOM, Director of the CIA: the institution's state; not the
            # President of MIT, of the Banque de France: no head of that state)
            c = self.country_after_of(j, metonyms=entry.role in _INSTITUTION_ROLES)
            if c:
                m["country"] = m["country"] or c[1]
                j = c[0]
                continue
            c = (
                self.walk(self.ix.countries, j)
                if t.cap and m["country"] is None and not entry.ambassador
                else None
            )
            after = c[0] + (self.norm(c[0]) == ",") if c else 0
            if c and (
                self.walk(self.ix.ranks, after)
                or self.walk(self.ix.honorifics, after)
                or self.name_at(after, single=False)
            ):
                # Chief of Defence Forces Australia General X, Army Commander Kenya X: the
                # state's name after the title, with no "of"
                m["country"], j = c[1], c[0]
                continue
            if (
                c
                and j > 0
                and self.toks[j - 1].text == ")"
                and entry.role in STATE_ROLES
                and c[0] < self.n
                and not self.toks[c[0]].cap
                and not self.toks[c[0]].punct
            ):
                # X, Chief of Defence Force (CDF) New Zealand called on Y: the state after
                # the title's short form closes it, a verb after
                m["country"], j = c[1], c[0]
                continue
            if (
                t.norm == ","
                and m["country"] is None
                and not entry.ambassador
                and entry.role in STATE_ROLES
                and (c := self.walk(self.ix.countries, j + 1))
            ):
                c = c if self._state_closes_title(c[0]) else None
            elif c is not None and entry.role not in STATE_ROLES:
                c = None  # (UN Resident Coordinator, Nigeria: where he serves)
            if c and self._state_closes_title(c[0]):
                # X, Minister of Commerce Pakistan, and Y; X, Minister of Investment,
                # Uzbekistan.: the state closing the title, with no "of"
                m["country"], j = c[1], c[0]
                continue
            body = self._body_then_comma(j) if entry.ambassador else None
            if body is not None:
                j = body  # Ambassador of the Order of Malta, X: of a body, no state's
                break
            if t.norm in ("to", "of") and entry.role in ("adviser", "envoy"):
                k = j + 1 + (self.norm(j + 1) == "the")
                lead = self.post_at(k)
                headed = lead
                if lead is None and self.norm(j + 1) == "the" and (st := self.state_at(k)):
                    headed = self.post_at(st[0])  # to the Saudi Minister of Energy, X
                    if headed is not None and self.norm(headed[0]) != ",":
                        headed = None  # (to the Iranian Foreign Minister X: the minister)
                if (
                    headed is not None
                    and (
                        headed[1].role.endswith("minister")
                        or (
                            headed[1].role in _ADVISED_HEADS
                            and self.norm(j + 1) == "the"
                            # (to the Chief of Army Staff General X: the chief, ranked)
                            and not self.walk(self.ix.ranks, headed[0])
                        )
                    )
                    and (self.norm(headed[0]) == "," or self.norm(j + 1) == "the")
                ):
                    lead = headed
                    # Special Assistant to the Minister of Foreign Affairs, X; Adviser to the
                    # Foreign Minister Dr X: the minister unnamed, the name the assistant's
                    j = lead[0]
                    continue
                if lead is not None and (lead[1].role in _PRINCIPALS or lead[2] == "royal_court"):
                    if self.norm(j + 1) == "the" and lead[1].role in (
                        "head_of_state",
                        "head_of_government",
                    ):
                        # Adviser to the King (for X) Y: the King unnamed, the name the
                        # adviser's
                        j = lead[0]
                        continue
                    break  # the Special Envoy of Crown Prince X: X is the principal
            principal = self._body_principal(j) if t.norm == "of" else None
            if principal is not None:
                j = principal  # Special Representative of the UN Secretary-General for Libya
                continue
            at = t.norm == "at" and entry.ambassador  # attache at the French Embassy
            k0 = j + 1 if t.norm in ("of", "for") or at else j
            if self.norm(k0) == "the":
                k0 += 1
            if k0 > j and (t.norm in ("of", "for") or self.norm(j - 1) in ("of", "for") or at):
                # of the Turkish Army, for the Egyptian Ministry of Foreign Affairs
                st = self.state_at(k0)
            else:
                st = None
            if st:
                k = st[0]
                while (
                    k < self.n
                    and self.toks[k].cap
                    and not self.toks[k].punct
                    and not self.name_at(k, single=False)
                    and k - st[0] < 4
                ):
                    k += 1
                words = {self.toks[x].norm for x in range(st[0], k)} | self._of_words(k)
                if t.norm == "for" and words & _PORTFOLIO_CLOSERS:
                    j = k  # Assistant Secretary for American Affairs: a brief, not a state
                    continue
                if k > st[0] or entry.spokes:
                    m["country"] = m["country"] or st[1]
                    if entry.spokes:
                        m["org"] = _spokes_org(words)
                    j = k
                    if self.norm(j) == "of" and self._of_words(j):
                        j += 1
                        while (
                            j < self.n
                            and self.toks[j].cap
                            and not self.toks[j].punct
                            and not self.name_word(j)
                        ):
                            j += 1
                    continue
            if (
                entry.role not in ("ambassador", "envoy")
                and not entry.ambassador
                and (brief := self._brief_after(j)) is not None
            ):
                j = brief  # Deputy Prime Minister for Economic Affairs X: the post's brief
                continue
            if t.norm == "to" and entry.role in ("adviser", "envoy") and m["country"] is None:
                st = self.state_at(j + 1 + (self.norm(j + 1) == "the"))
                if st and self.post_at(st[0]):
                    m["country"] = st[1]  # adviser to U.S. President X: the president's state
                    break
            if t.norm in (",", "and") and entry.role.endswith("minister"):
                ext = self.portfolio_extension(j)
                if ext:
                    j, code = ext
                    m["country"] = m["country"] or code
                    continue
            if t.norm == "of" and self.norm(j + 1) == "the" and entry.role.startswith("head"):
                k = j + 2
                while (
                    k < self.n
                    and self.toks[k].cap
                    and not self.toks[k].punct
                    and k - j < 6
                    and not self.name_at(k, single=False)
                ):
                    k += 1
                if k > j + 2 and {self.toks[x].norm for x in range(j + 2, k)} & _ORGAN_NOUNS:
                    j = k  # President of the Presidential Council
                    continue
            if t.norm == "and" and entry.role.endswith("minister"):
                p = self.walk(_portfolios(), j + 1)
                if p and not self.walk(self.ix.posts, j + 1) and not self.post_at(p[0]):
                    j = p[0]  # Minister of Economy and Planning: one portfolio
                    continue
            if (
                t.norm == "in"
                and m["country"] is None
                and not (entry.ambassador or entry.role in ("envoy", "adviser"))
                and (c := self.walk(self.ix.countries, j + 1 + (self.norm(j + 1) == "the")))
            ):
                # Speaker of the Federal National Council in the United Arab Emirates (but
                # the UN Resident Coordinator in Uganda serves the body, not Uganda)
                if not m.get("multinational"):
                    m["country"] = c[1]
                j = c[0]
                continue
            if (
                t.norm == ","
                # (the Vice President, Kenya Defence Forces, General X: a list; the Chief of
                # Staff, President's Office, X: no general staff's chief)
                and not entry.role.startswith(("head_of", "deputy_head_of", "chief_of_staff"))
                and self.post_at(j + 1) is None  # (X, Chief of the General Staff, Y: a post)
                and (org := self.org_after_of(j)) is not None
                and self.norm(org[0]) == ","
                and (
                    self.walk(self.ix.honorifics, org[0] + 1)
                    or self.walk(self.ix.ranks, org[0] + 1)
                    or (
                        self._named_state(j + 1, org[0]) is not None
                        and self.name_at(org[0] + 1, single=False)
                    )
                )
            ):
                # the Minister for Africa, United Kingdom Foreign Office, Mr X; President of
                # SSB, Presidency of Turkish Defense Industries, X: his body set off by commas
                # (a state's, or a styled name after it), then his name; its state one that
                # a state's name or adjective in it gives (not Department of State Services)
                m["country"] = m["country"] or self._named_state(j + 1, org[0])
                j = org[0] + 1
                continue
            if (
                t.norm in ("accredited", "posted")
                and self.norm(j + 1) == "to"
                and (host := self.state_at(j + 2 + (self.norm(j + 2) == "the"))) is not None
            ):
                # Defence Attache accredited to Zambia, Group Captain X: where he serves
                m["host"] = m.get("host") or host[1]
                j = host[0]
                continue
            if t.norm == "here" and entry.ambassador and not t.cap and self.name_at(j + 1):
                j += 1  # Japanese Ambassador here X: posted where the article is written
                continue
            if t.norm in ("to", "in") and (entry.ambassador or entry.role in ("envoy", "adviser")):
                k = j + 1
                if self.norm(k) == "the":
                    k += 1
                p = (
                    self.walk(self.ix.countries, k)
                    or self.walk(self.ix.places, k)
                    or self.walk(_phrases("international_bodies"), k)
                )
                if p:
                    if isinstance(p[1], str) and self.walk(self.ix.countries, k):
                        m["host"] = m.get("host") or p[1]
                    elif isinstance(p[1], dict):
                        m["host"] = m.get("host") or p[1].get("country")
                    j = p[0]  # to Egypt, in Cairo, to the United Nations
                    while (
                        self.norm(j) == "and"
                        and entry.ambassador
                        and (more := self.walk(self.ix.countries, j + 1))
                        # (to Pakistan and Pakistan's Foreign Minister X, and Israel Defence
                        # Minister X: the state opens the next official's title)
                        and self.norm(more[0]) not in ("'s", "’s", "'")
                        and self.post_at(more[0]) is None
                    ):
                        j = more[0]  # Ambassador to Australia and Vanuatu X: accredited to both
                    continue
                if k > j + 1 and self.norm(k) in _STATE_NOUNS and self.norm(k + 1) != "of":
                    j = k + 1  # Dutch Ambassador to the Kingdom X: the article's own state
                    continue
                e = k
                while e < self.n and e - k < 3 and self.toks[e].norm in _REGION_WORDS:
                    e += 1
                if e > k and self.toks[k].cap:
                    j = e  # adviser to the Middle East, envoy to the Horn of Africa
                    continue
            if t.norm == "in" and entry.role in ("envoy", "official"):
                w = self._brief_then_name(j + 1)
                if w is not None:
                    j = w  # special representative in the contact group X
                    continue
            if (t.norm == "for" or (t.norm == "on" and entry.role in ("adviser", "envoy"))) and (
                entry.role in ("envoy", "adviser", "official", "director_general")
                or entry.role.endswith("minister")
            ):  # (Special Assistant on Media to the Minister, X: the adviser's field)
                k = j + 1
                if self.norm(k) == "the":
                    k += 1
                e = k
                fields = False  # inside a list of fields set off by commas
                while e < self.n and e - k < 8:
                    te = self.toks[e]
                    if te.line != self.toks[k].line:
                        break  # a headline's field ends with its line
                    if e > k and te.norm in _COURTESY:
                        break  # for the Horn of Africa Amb. X: the courtesy title, then X
                    pf = self.walk(_portfolios(), e) if te.cap else None
                    opens = te.cap and (e == k or self.norm(e - 1) == "and")
                    nm = self.name_at(e, single=False) if opens and not pf else None
                    if pf:
                        e = pf[0]  # Commissioner for Trade X: a portfolio is no name
                    elif nm and nm[2] is None and self.norm(nm[1] - 1) in _PORTFOLIO_CLOSERS:
                        e = nm[1]  # for Early Childhood Education: the field's words, no name
                    elif nm and nm[1] - e >= 3 and nm[2] is None:
                        # for Enlargement Lena X, and Food Safety Lena X: the brief's
                        # words, then a name of two (of three with a particle: Y Al X)
                        e = nm[1] - 2
                        if self.norm(e) in _PARTICLES and e - 1 > k:
                            e -= 1
                        break
                    elif te.cap and not te.punct and (fields or not self.name_at(e, single=False)):
                        e += 1
                    elif (
                        te.norm in ("and", "the")
                        and e > k
                        and self.tok(e + 1)
                        and (self.toks[e + 1].cap or self.toks[e + 1].norm == "the")
                    ):
                        e += 1
                    elif (
                        te.norm in _REGION_WORDS
                        and not te.cap
                        and e > k
                        # (of a region's name, not of the post's state: of Gabon)
                        and (te.norm != "of" or self.norm(e + 1) in _REGION_WORDS)
                    ):
                        e += 1  # for the MENA region, for the Horn of Africa
                    elif (
                        te.norm == ","
                        and e > k
                        and self.tok(e + 1)
                        and self.toks[e + 1].cap
                        and not self.toks[e + 1].punct
                        and (not self.name_at(e + 1, single=False) or self._field_list(e + 1))
                        and not self.walk(self.ix.honorifics, e + 1)
                        and not self.walk(self.ix.ranks, e + 1)
                        and self.post_at(e + 1) is None
                    ):
                        fields = True
                        e += 1  # for Political Affairs, Peace and Security, X
                    else:
                        break
                if e > k and not (
                    e < self.n and self.toks[e].norm == "and" and self.name_at(e + 1, single=False)
                ):
                    j = e
                    continue
            # (Lieutenant General (R) X, Maj Gen (retd.) X: the ranks index holds the mark)
            r = self.walk(self.ix.ranks, j)
            if (
                r
                and not (
                    r[0] < self.n
                    and self.walk(self.ix.posts, r[0])
                    and not self.title_as_given_name(r[0])
                )
                and self.tok(r[0]) is not None
                and (
                    self.toks[r[0]].cap  # Commander of the Fleet is a title, not a rank
                    # (or a comma before the name: the prime minister, Brigadier (Ret'd), X)
                    or (
                        self.norm(r[0]) == ","
                        and self.norm(r[0] - 1) == ")"
                        and self.name_at(r[0] + 1, single=False) is not None
                    )
                )
            ):
                m["rank"] = m["rank"] or r[1]
                j = r[0]
                continue
            h = self.walk(self.ix.honorifics, j)
            if h and not self._peerage_at(j):
                j = h[0]
                continue
            if (
                t.text == "("
                and (h := self.walk(self.ix.honorifics, j + 1))
                and (self.norm(h[0]) == ")")
            ):
                j = h[0] + 1  # Amb. (Dr.) X, Engr. (Mrs.) Y: a style in brackets
                continue
            sv = self.walk(_phrases("service_words"), j) if t.cap else None
            if sv and self.walk(self.ix.ranks, sv[0]):
                j = sv[0]  # Press Secretary Air Force Brig. Gen. X: the rank's service
                continue
            if (
                (t.norm in _STYLES or self._chief_style(j))
                and t.cap
                and self.name_at(j + 1, single=False)
                and not self.title_as_given_name(j)  # Mawlavi Amir Khan X: a given name
            ):
                j += 1
                continue
            if (
                t.text == ","
                and entry.role.endswith("minister")
                and (series := self._portfolio_series_end(j + 1)) is not None
            ):
                # Minister of Education, Culture, Sports, Science and Technology of Japan,
                # X: the further portfolios (and the state), then the holder
                j, code = series
                m["country"] = m["country"] or code
                continue
            if t.text == "," and j + 1 < self.n:
                nxt = j + 1
                got = self.name_at(nxt, single=False)
                if got and self.norm(got[1]) == "and" and entry.role.endswith("minister"):
                    # Minister of Foreign Affairs, African Cooperation and Expatriates, X:
                    # the further portfolios, then the holder after the comma
                    k = self._portfolio_list_end(nxt)
                    if k is not None:
                        j = k
                        continue
                    after = self.tok(got[1] + 1)
                    if after is None or not after.cap or self.post_at(got[1] + 1):
                        j = nxt  # Minister of Foreign Affairs, X and the Minister of ...
                        continue
                    break
                styled = (
                    self.walk(self.ix.ranks, nxt)
                    or self.walk(self.ix.honorifics, nxt)
                    or (self.norm(nxt) in _STYLES and self.toks[nxt].cap)
                    or self._chief_style(nxt)
                )
                if not styled and self.post_at(nxt):
                    break  # the US Ambassador, CS X: a title of its own opens another holder
                if styled or got:
                    j = nxt
                    continue
            break
        return j

    def _named_state(self, a: int, b: int) -> str | None:
        """The state a state's name or adjective among tokens a..b names, or None."""
        for x in range(a, b):
            hit = self.walk(self.ix.adjectives, x) or self.walk(self.ix.countries, x)
            if hit is not None and hit[0] <= b:
                return hit[1]
        return None

    def _body_named_at(self, k: int) -> int | None:
        """An international body's name or short name at token k (the United Nations,
        UNDP, UNICEF), followed by "in" or a comma: the token after it, or None."""
        hit = self.walk(_phrases("international_bodies"), k)
        end = hit[0] if hit else None
        if end is None and self.tok(k) is not None and self.toks[k].text.isupper():
            if international_body(self.toks[k].text, lang="en"):
                end = k + 1
        return end if end is not None and self.norm(end) in ("in", ",") else None

    def _unit_in_brackets(self, j: int) -> int | None:
        """Capitalised words in brackets at token j (the bracket) that end in a unit's or a
        body's noun (South Asia Division, Americas Wing): the token after the closing
        bracket, or None."""
        e = j + 1
        while e < self.n and e - j <= 6 and self.toks[e].cap and not self.toks[e].punct:
            e += 1
        if e == j + 1 or self.norm(e) != ")":
            return None
        last = self.toks[e - 1].norm
        return (
            e + 1 if last in _UNIT_NOUNS or last in _ORG_WORDS or last in _BRACKET_UNITS else None
        )

    def _vessel_after(self, j: int) -> tuple[int, str | None] | None:
        """``of [the] [words] SHIP(S)`` or ``of INS NAME`` at token j (the ``of``): the
        token after the vessel, and the state an adjective among its words names."""
        k = j + 1 + (self.norm(j + 1) == "the")
        if (
            self.tok(k) is not None
            and self.toks[k].text.isupper()
            and self.norm(k) in _SHIP_PREFIXES
        ):
            e = k + 1
            while e < self.n and e - k < 4 and self.toks[e].cap and not self.toks[e].punct:
                e += 1
            return (e, None) if e > k + 1 else None
        code = None
        for e in range(k, min(self.n, k + 7)):
            t = self.toks[e]
            if t.punct:
                return None
            if t.norm in _VESSEL_NOUNS:
                return e + 1, code
            st = self.state_at(e)
            if st is not None and code is None:
                code = st[1]
        return None

    def _unit_written_after(self, j: int) -> tuple[int, str | None] | None:
        """Capitalised words at token j that end in a body's or a unit's noun, written
        right after its head's title with no "of" (Commander Eastern Naval Area, Chief of
        Defence German Army): (the token after the noun, the state they name or None)."""
        k, code, end = j, None, None
        while k < self.n and k - j < 6:
            st = self.state_at(k) if self.toks[k].cap else None
            if st:
                code, k = code or st[1], st[0]
                continue
            if not self.org_word_here(k):
                break
            if self.toks[k].norm in _UNIT_NOUNS or self.toks[k].norm in _ORG_WORDS:
                end = k + 1
            k += 1
        return (end, code) if end is not None else None

    def _subnational_unit(self, j: int, *, city: bool = False) -> tuple[int, str | None] | None:
        """A province or state of a state at token j, or after "of [the]" there
        (rules_en.json ``subnational_units``): (the token after it, its state or None). A
        city or region of the places lexicon after "of", or at j when ``city`` (Houston
        Mayor X; not after a title: Mayor London Breed is a name)."""
        k = j
        if self.norm(k) == "of":
            k += 1 + (self.norm(k + 1) == "the")
        t = self.tok(k)
        if t is None or not t.cap:
            return None
        u = self.walk(_phrases("subnational_units"), k)
        if u is None:
            place = self.walk(self.ix.places, k) if city or k > j else None
            if place is not None and place[1]["kind"] in _GOVERNED_PLACES:
                return place[0], place[1]["country"]  # Basra Governor X, Governor of Basra X
            if k == j:
                return None
            # Governor of Kebbe State, of Marsabit County: a unit no lexicon holds, of the
            # state the context gives
            e = k
            while e < self.n and e - k < 3 and self.toks[e].cap and self.toks[e].text[0].isalpha():
                if self.toks[e].norm in _SUBNATIONAL_HEADS:
                    break
                e += 1
            if e > k and self.norm(e) in _SUBNATIONAL_HEADS:
                return e + 1, None  # (of Lara state: the unit's word in lower case too)
            return None
        end = u[0] + (self.norm(u[0]) in _SUBNATIONAL_HEADS)
        return end, u[1]

    def _body_principal(self, j: int) -> int | None:
        """``of [the] BODY [TITLE]`` at token j (the ``of``): an international body, or its
        officer whose envoy the title is (of the UN Secretary-General, of the Secretary-
        General): the token after it, or None."""
        k = j + 1 + (self.norm(j + 1) == "the")
        b = self.walk(_phrases("international_bodies"), k)
        if b is not None:
            k = b[0]
            office = self.walk(self.ix.countries, k) if k < self.n else None
            if office is not None:
                k = office[0]  # of UNDP Kenya: the body's office in a state, not its officer's
        p = self.post_at(k)
        if p is not None and p[1].role == "official" and not p[3]:
            return p[0]
        return k if b is not None else None

    def _brief_then_name(self, k: int) -> int | None:
        """A representative's forum in lower case from token k (the contact group, the
        trilateral contact group on Ukraine) then a name: the name's token, or None."""
        start = k
        while k < self.n and k - start < 8:
            t = self.toks[k]
            if k > start and t.cap and self.name_at(k, single=False):
                return k if any(not self.toks[x].cap for x in range(start, k)) else None
            if t.punct or t.norm in _APPOINT:
                return None
            if t.norm not in _BRIEF_LINKS and (
                t.norm in _STOPS_EN or not t.cap and t.norm in self.ix.function_words
            ):
                return None
            if t.cap:
                # only a state or a place inside the forum (on Ukraine), no title
                p = self.walk(self.ix.countries, k) or self.walk(self.ix.places, k)
                if p is None:
                    return None
                k = p[0]
                continue
            k += 1
        return None

    def _staff_of_title(self, i: int) -> bool:
        """Does "for the" or "to the" stand right before the title at token i, after a
        capitalised word inside the sentence that no title ends with (Special Staff for
        the Minister of X, Private Secretary to the King)?"""
        if self.norm(i) == "the":
            i += 1
        if i < 4 or self.norm(i - 1) != "the" or self.norm(i - 2) not in ("for", "to"):
            return False
        w = self.toks[i - 3]
        return (
            w.cap
            and w.norm in _STAFF_NOUNS
            and w.sent == self.toks[i].sent
            and self.toks[i - 4].sent == w.sent
            and not self.post_at_end(i - 2)
            and not self.state_at(i - 3)
        )

    def _spokesperson_of_title(self, i: int) -> int | None:
        """ "spokesman for the" (spokesperson, spokeswoman; "for" or "to") right before the
        title at token i: the token of the spokesman's word, else None."""
        # (the title's "the", read with it or before it; not "a spokesman for Finance
        # Minister X": X is the minister)
        if self.norm(i) == "the":
            k = i - 1
        elif self.norm(i - 1) == "the":
            k = i - 2
        else:
            return None
        if k < 1 or self.norm(k) not in ("for", "to"):
            return None
        w = self.toks[k - 1]
        return k - 1 if w.norm in _SPOKES and w.sent == self.toks[i].sent else None

    def _chief_style(self, j: int) -> bool:
        """West Africa's "Chief" before a name (the Minister of Works, Chief X): a style,
        where no title starts at token j (not Chief of the General Staff X)."""
        return (
            self.norm(j) == "chief"
            and self.toks[j].cap
            and self.post_at(j) is None
            and self.norm(j + 1) not in _CHIEF_TITLE_WORDS
            and self.post_at(j + 1) is None
            and self.name_at(j + 1, single=False) is not None
        )

    def _portfolio_series_end(self, k: int) -> tuple[int, str | None] | None:
        """Portfolios the lexicon knows from token k, joined by commas and "and" (Culture,
        Sports, Science and Technology), one "and" among them at least, then maybe "of" and
        a state, then a comma that a name, rank or style follows: (the token after that
        comma, the state or None), else None."""
        start, items, joined = k, 0, False
        while (p := self.walk(_portfolios(), k)) is not None and items < 8:
            items, k = items + 1, p[0]
            if self.norm(k) == "," and self.norm(k + 1) == "and":
                k += 1
            if self.norm(k) in (",", "and", "&") and self.walk(_portfolios(), k + 1):
                joined = joined or self.norm(k) in ("and", "&")
                k += 1
                continue
            break
        anded = any(self.norm(x) in ("and", "&") for x in range(start, k))
        if not joined and not ((items > 1 or self._bracketed(k) is not None) and anded):
            # (a last portfolio of two words: Sports, Science and Technology; but one
            # its short form closes: Economy, Trade and Industry (METI) X)
            return None
        code = None
        if (c := self.country_after_of(k)) is not None:
            k, code = c
        if self._bracketed(k) is not None:
            k += 3  # Minister of Economy, Trade and Industry (METI) X: its short form
            if self.norm(k) != "," and self.name_at(self._past_honorifics(k), single=False):
                return k, code
        if self.norm(k) != ",":
            return None
        nxt = k + 1
        if (
            self.name_at(self._past_honorifics(nxt), single=False)
            or self.walk(self.ix.ranks, nxt)
            or (self.norm(nxt) in _STYLES and self.tok(nxt) and self.toks[nxt].cap)
        ):
            return nxt, code
        return None

    def _portfolio_list_end(self, k: int) -> int | None:
        """The further portfolios of a minister's title from token k (African Cooperation
        and Moroccan Expatriates): capitalised words joined by "and", up to a comma that a
        name, rank or style follows; the token after that comma, or None."""
        start, seen_and = k, False
        while k < self.n and k - start < 10:
            t = self.toks[k]
            if t.text == ",":
                nxt = k + 1
                if seen_and and (
                    self.name_at(nxt, single=False)
                    or self.walk(self.ix.ranks, nxt)
                    or (self.norm(nxt) in _STYLES and self.tok(nxt) and self.toks[nxt].cap)
                ):
                    return nxt
                return None
            if t.norm in ("and", "&"):
                seen_and = True
            elif (not t.cap and t.norm not in _PORTFOLIO_CLOSERS) or t.punct:
                return None  # (and Moroccans abroad: a closing noun in lower case)
            k += 1
        return None

    def org_after_of(self, j: int) -> tuple[int, str | None, set[str]] | None:
        """``of [the] ORGANIZATION`` at token j (the ``of``): capitalised words up to a
        name or punctuation, with an organization noun among them, and the state that
        they name (of the Kuwaiti National Guard, of the Ministry of Defence of Oman).
        (end, state or None, folded words) or None."""
        k = j + 1
        if self.norm(k) == "the":
            k += 1
        start, code, words = k, None, set()
        while k < self.n and k - start < 10:
            t = self.toks[k]
            st = self.state_at(k) if t.cap else None
            if st:
                code = code or st[1]
                k = st[0]
                continue
            if t.cap and not t.punct and self.org_word_here(k):
                words.add(t.norm)
                words.update(t.norm.split("-")[1:])  # Inter-Services: its services
                k += 1
                continue
            if k > start and t.norm in ("'s", "’s") and self.org_word_here(k + 1):
                k += 1  # the People's National Army
                continue
            if k > start and self._acronym_at(k):
                k += 3  # the Sultan's Armed Forces (SAF)
                continue
            if t.norm == "for" and k > start and (aim := self._aim_end(k + 1)) is not None:
                k = aim  # the Authority for the Northern and Western Regions: its aim
                continue
            if (
                t.norm in ("of", "and", "for")
                and k > start
                and self.tok(k + 1)
                and (self.toks[k + 1].cap or self.norm(k + 1) == "the")
                and self.org_word_here(k + 1 + (self.norm(k + 1) == "the"))
                and not self.post_at(k + 1)
            ):
                k += 2 if self.norm(k + 1) == "the" else 1
                continue
            break
        while k > start and self.norm(k - 1) in ("of", "and", "for", "the"):
            k -= 1
        if not words & (_BODY_WORDS | _AGENCY):
            return None
        return k, code, words

    def _bracketed(self, k: int) -> _Tok | None:
        """The one capitalised word in brackets at token k (``( ANP )``, ``( Menlu )``)."""
        t, a, c = self.tok(k), self.tok(k + 1), self.tok(k + 2)
        if t is None or a is None or c is None or t.text != "(" or c.text != ")":
            return None
        return a if a.text[:1].isupper() else None

    def _brief_after(self, j: int) -> int | None:
        """The end of a post's brief at token j, when its holder's name follows (after a
        comma or styles): "for", "responsible for" or "in charge of", then a known portfolio, or
        up to four words that end in a portfolio's closing word (for Economic Affairs,
        responsible for economic affairs, in charge of the economy); else None."""
        words = [self.norm(x) for x in range(j, min(j + 3, self.n))]
        if words[:1] == ["for"]:
            k = j + 1
        elif words[:2] == ["responsible", "for"]:
            k = j + 2
        elif words == ["in", "charge", "of"]:
            k = j + 3
        else:
            return None
        k += self.norm(k) == "the"
        end = None
        item = self._portfolio_item(k)
        if item is not None and (
            item[1] is not None or self.norm(item[0] - 1) in _PORTFOLIO_CLOSERS
        ):
            end = item[0]
        elif k > j + 1:
            # (in lower case only after "responsible for", "in charge of", and only the
            # words of a brief: not a purpose or a reason, "blamed the Minister for poor
            # security, X said")
            e = k
            while e < self.n and e - k < 4 and self.norm(e) in _BRIEF_WORDS | _PORTFOLIO_CLOSERS:
                e += 1
            if e > k and self.norm(e - 1) in _PORTFOLIO_CLOSERS | {"economy", "diaspora"}:
                end = e
        if end is None or end >= self.n:
            return None
        if self.norm(end) == ",":
            end += 1
            nxt = self._portfolio_item(end)
            if nxt is not None and (
                nxt[1] is not None or self.norm(nxt[0] - 1) in _PORTFOLIO_CLOSERS
            ):
                return None  # for Agriculture, Rural Development and X, Y: a list goes on
        name = self.name_at(self._past_honorifics(end), single=False)
        if name is None or self.norm(name[1] + (self.norm(name[1]) == ",")) in _SPEECH_VERBS:
            return None  # (..., X said: the speaker, not the holder)
        return end

    def _short_form_before_name(self, k: int) -> bool:
        """A title's short form in brackets, one capitalised word, right before a name
        (Minister of Home Affairs (Mendagri) X, Foreign Minister (Menlu) X; Commander of
        the Force (Lekhwiya) HE Sheikh X; a comma may stand between: (Lekhwiya), HE X) or
        before the title's "of" (Minister of Defense
        (Menhan) of the Republic of X)."""
        a = self._bracketed(k)
        return (
            a is not None
            and a.text.isalpha()
            # (not a status, a state or a portfolio: Prime Minister (Acting) X, Ambassador
            # (Egypt) X, Minister of State (Finance) X say more than a short form)
            and a.norm not in _SKIP_BEFORE | _DESIGNATE | _FORMER
            and not self.state_at(k + 1)
            and (self._portfolio_item(k + 1) or (0, None))[1] is None
            and not self.walk(self.ix.posts, k + 1)
            # (then the name, or the title's "of" and its state: Minister of Defense
            # (Menhan) of the Republic of X)
            and (
                self.name_at(self._past_honorifics(k + 3 + (self.norm(k + 3) == ","))) is not None
                or self.norm(k + 3) == "of"
            )
        )

    def _past_honorifics(self, k: int) -> int:
        """Token k past the honorifics that stand there (HE Sheikh X: X)."""
        while k < self.n and (h := self.walk(self.ix.honorifics, k)) is not None:
            k = h[0]
        return k

    def _before_acronym(self, k: int) -> int:
        """Token k, or the token before an acronym in brackets that ends right before it
        (World Bank (WB) President: the token after "Bank")."""
        return k - 3 if k > 3 and self.norm(k - 1) == ")" and self._acronym_at(k - 3) else k

    def _acronyms_end(self, k: int) -> int | None:
        """Up to three words of capitals in brackets at token k (``( TNI AU )``): the token
        after the closing bracket, or None."""
        if self.norm(k) != "(":
            return None
        e = k + 1
        while (
            e < self.n
            and e - k <= 3
            and self.toks[e].text.isupper()
            and self.toks[e].text.isalpha()
        ):
            e += 1
        return e + 1 if e > k + 1 and self.norm(e) == ")" else None

    def _acronym_at(self, k: int) -> bool:
        """An acronym in brackets at token k: ``( ANP )``."""
        a = self._bracketed(k)
        return (
            a is not None
            and a.text.replace("-", "").isalpha()
            and (a.text.isupper() or sum(ch.isupper() for ch in a.text) >= 2)
        )

    def org_word_here(self, k: int) -> bool:
        """May the capitalised word at k go on an organization's name? Not where a
        personal name starts, unless that "name" runs into an organization noun or an
        ``of`` (Civil Aviation Authority, Military Cooperation of the ...)."""
        t = self.tok(k)
        if t is None or t.punct or not t.cap:
            return False
        if self.walk(self.ix.honorifics, k):
            return False
        r = self.walk(self.ix.ranks, k)
        if r:
            after = self.name_at(r[0], single=False)
            # the rank of the name after the organization, not General Intelligence
            return after is None or self._orgish(after)
        if self.norm(k - 1).split("-")[-1] == "operation":
            return True  # Operation Inherent Resolve: the operation's own name
        if t.norm in _PORTFOLIO_CLOSERS and k > 0 and self.toks[k - 1].cap:
            return True  # (Arab Economic) Development X: a word that closes a body's aim
        name = self.name_at(k, single=False)
        return name is None or self._orgish(name)

    def _orgish(self, name: tuple[int, int, str | None]) -> bool:
        """Is this "name" part of an organization's name (an organization noun in it or
        right after it, or an ``of`` after it)?"""
        inside = {
            w
            for x in range(name[0], min(name[1] + 1, self.n))
            for w in self.toks[x].norm.split("-")
        }
        if inside & (_ORG_WORDS | _AGENCY) or self.norm(name[1]) in ("of", "for"):
            return True
        if inside & _PORTFOLIO_CLOSERS:
            return True  # (the Fund for) Arab Economic Development: the body's aim
        # ... or "and" then capitalised words up to one (Emergency Crisis and Disasters
        # Management Authority)
        k = name[1] + 1 if self.norm(name[1]) in ("and", "&") else None
        while k is not None and k < self.n and k - name[1] <= 5 and self.toks[k].cap:
            if set(self.toks[k].norm.split("-")) & (_ORG_WORDS | _AGENCY):
                return True
            k += 1
        return False

    def portfolio_extension(self, j: int) -> tuple[int, str | None] | None:
        """``, African Cooperation and Moroccan Expatriates,`` after Minister of Foreign
        Affairs: the rest of a long portfolio, up to the comma before the name; a
        nationality in it (Moroccan, Egyptians) names the state."""
        k = j + 1
        saw_and = self.norm(j) == "and"  # and Local Government, X
        if saw_and and (self.post_at(k) or not self.tok(k) or not self.toks[k].cap):
            return None
        code = None
        while k < self.n and k - j < 12:
            t = self.toks[k]
            if t.norm == "and":
                saw_and = True
            elif t.text == ",":
                if saw_and and self.name_at(k + 1, single=False):
                    return k + 1, code
                style = self.walk(self.ix.honorifics, k + 1)
                if saw_and and style and self.name_at(style[0] + (self.norm(style[0]) == ".")):
                    return k + 1, code  # ..., and African Affairs, Mr. X
                if not saw_and and self.norm(k + 1) != "and" and not self.toks[k + 1].cap:
                    return None
            elif t.cap and not t.punct:
                if self.norm(j) == "," and self.walk(self.ix.countries, k):
                    return None  # of Ghana, X, and Togo, Y: states and holders, no portfolio
                if (
                    saw_and
                    and k > j + 1
                    and self.norm(k - 1) in _PORTFOLIO_CLOSERS
                    and self._two_word_name(k)
                ):
                    return k, code  # and African Affairs X Y: the portfolio closed, a name
                if code is None:
                    a = self.walk(self.ix.adjectives, k, plural=True)
                    if a:
                        code = a[1]
            else:
                return None
            k += 1
        return None

    def _of_words(self, k: int) -> set[str]:
        if self.norm(k) != "of":
            return set()
        out = set()
        for x in range(k + 1, min(k + 4, self.n)):
            if not self.toks[x].cap:
                break
            out.add(self.toks[x].norm)
        return out

    def _one_state_before(self, j: int) -> str | None:
        """The one state named in this sentence and the one before, before token j."""
        sent = self.toks[j].sent
        codes = set()
        for k in range(j - 1, -1, -1):
            if self.toks[k].sent < sent - 1:
                break
            hit = self.state_at(k)
            if hit and hit[0] <= j:
                codes.add(hit[1])
        return codes.pop() if len(codes) == 1 else None

    def pre_modifiers(self, i: int) -> tuple[int, dict]:
        """Before a title: the status, a state, the skip words (the, new, acting)."""
        m = {"country": None, "rank": None, "status": "current", "org": None, "state_kind": None}
        unit = self._local_unit_before(i, i - 1) if i > 1 else i - 1
        if unit < i - 1 and any(
            self.norm(x) in _FORMER or self.norm(x).rstrip("-") in _FORMER for x in range(unit, i)
        ):
            m["status"] = "former"  # (The) Former Kakamega Senator X: the unit's, then his title
        j = i
        steps = 0
        while j < self.n and steps < 6:
            steps += 1
            t = self.toks[j]
            if j > i and "\n\n" in self.text[self.toks[j - 1].end : t.idx]:
                # a headline's last word (... ties with China), a blank line, then the
                # post: no state of the post's
                m["country"], m["state_kind"] = None, None
            if t.norm in _FORMER or t.norm.rstrip("-") in _FORMER:
                m["status"] = "former"
                j += 1
                if self.norm(j) == "-":
                    j += 1
                continue
            if t.norm.startswith("ex-") and self.walk(self.ix.posts, j) is None:
                m["status"] = "former"
                break
            if t.norm in _DESIGNATE and (
                self.post_at(j + 1) is not None
                or (
                    (adj := self.walk(self.ix.adjectives, j + 1)) is not None
                    and self.post_at(adj[0]) is not None
                )
            ):
                # Chile's incoming Foreign Minister X; X, the incoming Swedish minister
                m["status"] = "designate"
                j += 1
                continue
            if (
                t.norm in _SKIP_BEFORE
                and not (t.norm == "de" and t.cap)
                and not self.walk(self.ix.posts, j)  # "top diplomat" is a post itself
                # New Zealand's, New Caledonian: a state's name, not "new"
                and not (t.cap and m["country"] is None and self.state_at(j))
            ):
                j += 1
                continue
            if (
                t.norm in _ENVOY_QUALIFIERS
                and self.norm(j + 1) in ("envoy", "envoys")
                and not self.walk(self.ix.posts, j)
            ):
                j += 1  # Seoul's nuclear envoy X, the Norwegian climate envoy X
                continue
            if t.norm == "its" and j > 0:
                back = max(0, j - 25)
                while back < j and self.toks[back].sent != t.sent:
                    back += 1
                if back < j and international_body(
                    self.text[self.toks[back].idx : t.idx], lang="en"
                ):
                    # the International Labour Organization ... its Director-General X: the
                    # body's officer, whom a dateline gives no state
                    m["multinational"] = True
                    j += 1
                    continue
            if self.walk(self.ix.posts, j):
                break  # White House chief of staff: the title itself, not a state's
            if (
                m["country"] is not None
                and t.norm in _GOVERNMENT_ORGANS | _STATE_ORGANS | _ORG_WORDS
                and self.norm(j + 1) in ("'s", "’s")
                and self.post_at(j + 2) is not None
            ):
                j += 2  # the Lebanese government's coordinator X: the state's
                continue
            if m["country"] is not None and t.cap:
                k = j
                while k < self.n and k - j < 4 and self.toks[k].cap and not self.toks[k].punct:
                    k += 1
                if (
                    k > j
                    and self.norm(k) in ("'s", "’s")
                    and {self.toks[x].norm for x in range(j, k)} & _ORG_WORDS
                    and self.post_at(k + 1) is not None
                ):
                    j = k + 1  # Australian High Commission's Charge d'affaires: its state
                    continue
            if m["country"] is None and t.norm in _STATE_NOUNS and self.norm(j + 1) == "'s":
                code = self._one_state_before(j)
                if code and _state_of_kind(code, t.norm):
                    # the country's intelligence chief: the one state just named
                    m["country"], m["state_kind"] = code, "pre"
                    j += 2
                    continue
                if t.norm in _MONARCHY_NOUNS and j > i and self.norm(j - 1) == "the":
                    # the Sultanate's Ambassador to India, after Kuwait was named: the
                    # article's own state, which its home gives, not the last one named
                    m["home_noun"] = t.norm
                    j += 2
                    continue
            if m["country"] is None:
                st = self.state_at(j)
                if st:
                    m["country"], m["state_kind"] = st[1], "pre"
                    j = st[0]
                    if self.norm(j) == "(" and self.norm(j + 2) == ")":
                        j += 3  # Republic of Korea (ROK) Minister of National Defense
                    continue
                st = self.state_at(j + 1) if t.norm == "[" else None
                if st and self.norm(st[0]) == "]" and self.post_at(st[0] + 1) is not None:
                    # our [Russian] Prime Minister: an editor's brackets in a quote
                    m["country"], m["state_kind"] = st[1], "pre"
                    j = st[0] + 1
                    continue
            unit = self._subnational_unit(j, city=True) if t.cap and m["country"] is None else None
            if (
                unit is not None
                and unit[1]
                and self.norm(unit[0]) in ("'s", "’s")
                and self.walk(_phrases("subnational_units"), j)
            ):
                unit = (unit[0] + 1, unit[1])  # Puntland's Interior Minister X
            if unit is not None and unit[1] and (p := self.post_at(unit[0])) is not None:
                if p[1].role == "official":
                    # Sindh Governor X, Khyber Pakhtunkhwa Chief Minister X
                    m["country"], m["state_kind"] = unit[1], "pre"
                    j = unit[0]
                    continue
                if (
                    p[1].role in _STATE_LEVEL_ROLES
                    and self.walk(_phrases("subnational_units"), j)
                    # (Southern Province Minister X: a compass's name many states' units
                    # bear, Zambia's as Sri Lanka's)
                    and t.norm not in _COMPASS_WORDS
                ):
                    # Sabah Head of State X, Sarawak Minister of Local Government X,
                    # Puntland President X: a post of the unit's own government, an
                    # official of the state it belongs to
                    m["country"], m["state_kind"] = unit[1], "pre"
                    # (the Kurdistan Region's: its ministers hold their roles)
                    m["subnational"] = self.walk(_phrases("regional_governments"), j) is None
                    j = unit[0]
                    continue
            sv = self.walk(_phrases("service_words"), j) if t.cap or m["country"] else None
            if sv and (shut := self._acronyms_end(sv[0])) is not None and self.post_at(shut):
                sv = (shut, sv[1])  # Indonesian Air Force (TNI AU) chief X: its short name
            after_sv = self.post_at(sv[0]) if sv else None
            if after_sv:
                # Kuwait Army Deputy Chief of Staff, Armed Forces Chief of Staff, Israeli
                # military spokesman (the armed forces' spokesman)
                if after_sv[1].spokes:
                    m["org"] = "armed_forces"
                j = sv[0]
                continue
            break
        return j, m

    # ---------------------------------------------------------------- main pass

    def run(self) -> list[Finding]:
        i = 0
        while i < self.n:
            if self.toks[i].line in self.headline_lines:
                i += 1
                continue
            nxt = self.try_title(i)
            if (
                nxt is None
                and (r := self.walk(self.ix.ranks, i))
                and r[0] > i + 1
                and not any((p := self.post_at(x)) and p[0] > r[0] for x in range(i + 1, r[0]))
            ):
                # Wing Commander X: a rank's words hold no title (Commander); but Police
                # Inspector General X: a title that runs on past the rank
                nxt = r[0]
            if nxt is None:
                nxt = self.try_counterpart(i)
            if nxt is None:
                nxt = self.try_deputy(i)
            if nxt is None:
                nxt = self.try_who_heads(i)
            i = nxt if nxt is not None and nxt > i else i + 1
        self.headline_pairs()
        self.headline_states()
        self.context_states()
        self.predecessors()
        self.listed_envoys()
        self.copula_envoys()
        return self.findings

    def headline_pairs(self) -> None:
        """A headline's "A, Qatari FM review ties": two subjects of a verb in the plural,
        not a name and its title; the title after the comma is another's (a finding of
        rule ``en.name_title`` there is dropped). O(findings)."""
        end = headline_end(self.text)
        if end is None:
            return
        keep = []
        for f in self.findings:
            nxt = re.match(r"\s+(\w+)", self.text[f.end :])
            if (
                f.rule.startswith("en.name_title")
                and f.end <= end
                and self.text[f.name_end : f.end].lstrip().startswith(",")
                and nxt is not None
                and nxt.group(1) in _PLURAL_VERBS
            ):
                continue
            keep.append(f)
        self.findings[:] = keep

    def headline_states(self) -> None:
        """A headline's title with its state and no name ("Canadian Ambassador Calls On
        Minister", "China's foreign minister meets ..."), then that post with a name and no
        state in the story: its first holder there holds it of the headline's state (rule
        suffix ``+headline``). The headline is the first line, short, with no full stop and
        a story after it; a post the headline gives two states is left. O(tokens)."""
        if "en+headline" in self.disabled:
            return
        end = headline_end(self.text)
        if end is None:
            return
        states: dict[str, set[str]] = {}  # the headline's title words -> their states
        i = 0
        while i < self.n and self.toks[i].idx < end:
            chain = self.titles_at(i)
            if chain is None:
                i += 1
                continue
            for s, e, _entry, _org, mods in chain[2]:
                if mods["country"] and not mods.get("plural"):
                    words = " ".join(self.norm(x) for x in range(s, e))
                    states.setdefault(words, set()).add(mods["country"])
            i = max(chain[1], i + 1)
        given: dict[str, str] = {}  # the title words -> their one holder in the story
        for n in sorted(range(len(self.findings)), key=lambda n: self.findings[n].begin):
            f = self.findings[n]
            if f.country is not None or f.status != "current" or f.begin < end:
                continue
            said = " ".join(t.norm for t in self.toks if f.begin <= t.idx < f.end and not t.punct)
            # (the same title's words: a Secretary of State is no Minister of Foreign
            # Affairs of the headline's state)
            words, codes = max(
                ((w, c) for w, c in states.items() if f" {w} " in f" {said} "),
                key=lambda wc: len(wc[0]),
                default=("", set()),
            )
            if (
                f.alias_of is None
                and len(codes) == 1
                # (a body's officer is no state's: "Activities of Secretary-General in
                # Norway" over "United Nations Secretary-General X")
                and international_body(self._title_line(f), lang="en") is None
                # (the story's first holder of the title only: a counterpart met later
                # under the same title is another state's)
                and given.setdefault(words, f.name) == f.name
            ):
                code = next(iter(codes))
                self.findings[n] = replace(f, country=code, rule=f.rule + "+headline")

    def _dateline_state(self) -> str | None:
        """The state of the story's dateline, or None (read once)."""
        if not hasattr(self, "_dateline_code"):
            got = _dateline(self.text, self.ix)
            self._dateline_code = got[0] if got else None
        return self._dateline_code

    def _title_line(self, f: Finding) -> str:
        """The words of f's title and up to 40 characters of its line before it (United
        Nations Secretary-General X: the body's name may stand before the title read)."""
        line = self.text.rfind("\n", 0, f.begin) + 1
        before = self.text[max(line, f.begin - 40) : f.begin]
        # (up to the last punctuation: "At the UN Security Council, Foreign Minister X"
        # names no body of his)
        cut = max(before.rfind(c) for c in ",;:.()")
        return before[cut + 1 :] + self.text[f.begin : f.end]

    def listed_envoys(self) -> None:
        """Peruvian envoy X, Y of Ghana, and Vietnam's Z: after a titled envoy of a state,
        each name listed with a state of its own (of STATE after it, STATE's before it) is
        an envoy of the same kind of that state (rule ``en.envoy_list``)."""
        if "en.envoy_list" in self.disabled:
            return
        for f in list(self.findings):
            if (
                f.role not in ("ambassador", "envoy")
                or f.country is None
                or f.end != f.name_end
                or f.status != "current"
            ):
                continue
            first = self._tok_at(f.name_begin)
            if first is None:
                continue
            k = next((x for x in range(first, self.n) if self.toks[x].end >= f.name_end), None)
            if k is None:
                continue
            k += 1
            if self.norm(k) != ",":
                continue  # (a list set off by commas: envoy X, Y of Ghana, and Z's W)
            items = []
            while k < self.n:
                if self.norm(k) == ",":
                    k += 1
                    if self.norm(k) == "and":
                        k += 1
                elif self.norm(k) == "and":
                    k += 1
                else:
                    break
                own = self.state_at(k)
                if own is not None and self.norm(own[0] - 1) in ("'s", "’s"):
                    start, country = own[0], own[1]  # (the state's reading takes its 's)
                elif own is not None and self.norm(own[0]) in ("'s", "’s"):
                    start, country = own[0] + 1, own[1]
                else:
                    start, country = k, None
                name = self.name_at(start, single=True)
                if name is None or name[0] != start:
                    break
                ns, ne, english = name
                end = ne
                if country is None:
                    c = self.country_after_of(ne)
                    if c is None:
                        break
                    country, end = c[1], c[0]
                if any(g.name_begin == self.toks[ns].idx for g in self.findings):
                    break
                if english is not None or lexicon.official_state(
                    self.text[self.toks[ns].idx : self.toks[ne - 1].end]
                ):
                    break  # (US envoy X, Russia's Vladimir Putin: one the gazetteer knows)
                nxt = self.norm(end)
                if nxt not in (",", "and", ".", ";", ")") and end < self.n:
                    break  # (Y of Ghana's ruling party, Ghana Airways)
                if nxt == "," and self.norm(end + 1) in ("the", "a", "an", "who", "its", "his"):
                    break  # (Ghana's Y, the country's trade minister: a post of his own)
                items.append((ns, ne, english, country, k, end))
                k = end
            if len(items) < 2:
                continue  # (two more envoys at least: a list, not a guest and a leader)
            for ns, ne, english, country, k0, end in items:
                self.add(
                    ns,
                    ne,
                    english,
                    role=f.role,
                    country=country,
                    org=f.org,
                    rank=None,
                    status=f.status,
                    start=k0,
                    end=end,
                    rule="en.envoy_list",
                )

    def copula_envoys(self) -> None:
        """ "... received credentials from five ambassadors. They were X (Pakistan), Y
        (Jordan) and Z (Canada)": after a copula (were, are) whose words before it name no
        one, two names or more each with a state in brackets, in a sentence that (or whose
        one before) speaks of envoys in the plural or of credentials: each an ambassador of
        his state (rule ``en.envoy_list``). O(tokens)."""
        if "en.envoy_list" in self.disabled:
            return
        named = {f.name_begin for f in self.findings}
        for k in range(1, self.n):
            if self.toks[k].norm not in _ENVOY_COPULAS:
                continue
            sent = self.toks[k].sent
            lo = k
            while lo > 0 and self.toks[lo - 1].sent == sent:
                lo -= 1
            if any(self.toks[lo].idx <= b < self.toks[k].idx for b in named):
                continue  # (X, Minister of Y, and Z were ...: named before the verb)
            subject = [self.norm(x) for x in range(lo, k)]
            if not (
                subject in (["they"], ["these"], ["those"], ["others"])
                or any(w in _ENVOY_PLURALS for w in subject)
            ):
                continue  # (The experts were X (Pakistan), Y (Jordan): no envoys)
            if not any(
                self.toks[x].norm in _ENVOY_PLURALS
                for x in range(max(0, lo - 40), min(self.n, k + 40))
                if sent - 1 <= self.toks[x].sent <= sent
            ):
                continue
            items = []
            x = k + 1
            while x < self.n and self.toks[x].sent == sent:
                x = self._past_styles(x)
                name = self.name_at(x, single=True)
                if name is None or name[0] != x or self.norm(name[1]) != "(":
                    break
                b = name[1] + 1 + (self.norm(name[1] + 1) == "the")
                st = self.state_at(b)
                if st is None or self.norm(st[0]) != ")":
                    break
                items.append((name, st[1], x, st[0] + 1))
                x = st[0] + 1
                if self.norm(x) == ",":
                    x += 1
                if self.norm(x) == "and":
                    x += 1
            if len(items) < 2:
                continue
            for (ns, ne, english), code, start, end in items:
                if self.toks[ns].idx in named:
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
                    start=start,
                    end=end,
                    rule="en.envoy_list",
                )

    def predecessors(self) -> None:
        """Y, appointed ambassador to Peru, succeeding X (replacing Ambassador X, to replace
        General X): X held the post that the post named before the words of succession, in
        their sentence, gives; he holds it no longer (rule ``en.predecessor``)."""
        if "en.predecessor" in self.disabled:
            return
        for k in range(self.n - 1):
            if self.toks[k].norm not in _SUCCESSION or (k > 0 and self.norm(k - 1) in _INTERIM):
                continue  # (to temporarily replace X: X keeps the post)
            if self.toks[k].norm in ("replace", "succeed") and self.norm(k - 1) != "to":
                continue  # (would not replace X, demanded that X replace Y)
            j = k + 1
            if self.norm(j) == "the":
                j += 1
            post = self.post_at(j) if j < self.n else None
            if post is not None:
                j = post[0]
            rank = self.walk(self.ix.ranks, j) if j < self.n else None
            if rank:
                j = rank[0]
            name = self.name_at(j) if j < self.n else None
            if name is None or name[0] != j:
                continue
            at, sent = self.toks[k].idx, self.toks[k].sent
            given = next(
                (f for f in reversed(self.findings) if f.end <= at and f.status != "former"),
                None,
            )
            if given is None or self.toks[self._tok_at(given.begin)].sent != sent:
                continue
            g0 = self._tok_at(given.begin)
            g1 = next((x for x in range(g0, k) if self.toks[x].end >= given.end), k)
            span = range(g0, k)
            if any(self.norm(x) in _APPOINT or self.post_at(x) for x in range(g1 + 1, k)):
                continue  # President X appointed a new envoy, replacing Y: not X's post
            if any(self.norm(x) in _INTERIM or self.norm(x) == "acting" for x in span):
                continue  # appointed acting foreign minister, replacing X: X keeps the post
            if not (
                given.status == "designate"
                or any(self.norm(x) in _NEW_WORDS for x in span)
                or any(self.norm(x) in _APPOINT for x in span)
            ):
                continue  # took over the chairmanship, succeeding X: no post of X's
            held = [
                n
                for n, f in enumerate(self.findings)
                if f.name_begin == self.toks[name[0]].idx and f.begin > at
            ]
            if held:
                # replacing Ambassador X: the title after the words named X as holding it
                for n in held:
                    self.findings[n] = succeeded(self.findings[n], given)
                continue
            self.add(
                name[0],
                name[1],
                name[2],
                start=k,
                end=name[1],
                rule="en.predecessor",
                **predecessor_post(given),
            )

    def context_states(self) -> None:
        """States from the sentence for findings with none: a delegation's (a Syrian
        delegation including X and Y), the list a surname opens (Fidan, Defence Minister
        X and ...), the one ministry the sentence names with its state (director general
        at the Turkish Defence Ministry)."""
        for n, f in enumerate(self.findings):
            if f.country is not None or f.status != "current" or f.alias_of is not None:
                continue
            k = self._tok_at(f.begin)
            if k is None:
                continue
            sent = self.toks[k].sent
            # the state in brackets after the name says it outright (President X (Peru)),
            # for a post at home (an envoy's brackets may name his host; a governor's, a
            # province)
            code, why = None, "+bracketed"
            if f.role in _HOME_POSTS:
                code = self._state_in_brackets_after(f)
            if code is None:
                code, why = self._delegation_state(k, sent), "+delegation"
            if code is None:
                code = self._companion_state(k, sent)
            if code is None:
                code, why = self._side_state(k, sent), "+side"
            if code is None:
                code, why = self._represented_state(f, sent), "+side"
            if code is None and self._listed(k, f.end):
                code, why = self._surname_list_state(k, f.role), "+list"
            if code is None and f.rule == "en.name_title":
                code, why = self._appositive_list_state(n), "+list"
            if code is None and f.role in _IN_MINISTRY:
                code, why = self._ministry_state(sent), "+ministry"
            if code is None and f.role in _ABROAD:
                code, why = self._mission_state(sent), "+mission"
            if code is None and f.role in _ABROAD:
                code, why = self._bracket_state(k), "+bracket"
            if code is None and f.role not in _ABROAD:
                code, why = self._envoy_quote_state(k, sent), "+host"
            if code is None and f.role not in _ABROAD:
                code, why = self._envoy_call_state(f, sent), "+host"
            if code and "en" + why not in self.disabled:
                self.findings[n] = replace(f, country=code, rule=f.rule + why)

    def _appositive_list_state(self, n: int) -> str | None:
        """The state of the item before the n-th finding in a list of names each with its
        title after a comma (attended by X, Minister of Foreign Affairs; Y, Minister of
        Commerce; Z, Chief of Intelligence): Y's is X's, stated or the gazetteer's (not an
        envoy's for a post at home: the host's)."""
        f = self.findings[n]
        before = [g for g in self.findings[:n] if max(g.end, g.name_end) <= f.begin]
        if not before:
            return None
        g = max(before, key=lambda g: max(g.end, g.name_end))
        # the gap: the list's comma or semicolon, "and", and the next name's styles (Dr.)
        x, hi = bisect_left(self._starts, max(g.end, g.name_end)), self._tok_at(f.begin)
        marks = []
        while hi is not None and x < hi:
            if self.norm(x) in (",", ";", "and"):
                marks.append(self.norm(x))
                x += 1
            elif (h := self.walk(self.ix.honorifics, x)) is not None and h[0] <= hi:
                x = h[0]
            else:
                return None
        if not marks or marks[0] not in (",", ";") or not g.rule.startswith("en.name_title"):
            return None
        # (not an envoy's, an embassy's: whoever follows may be the host's; not the same
        # post a state has one of again, two foreign ministers being of two states)
        if (
            g.status != "current"
            or g.role in _ABROAD
            or g.org == "embassy"
            or (g.role == f.role and f.role in ONE_HOLDER)
        ):
            return None
        sent = self._sent_of_char(f.begin)
        if self._sent_of_char(g.begin) != sent:
            return None
        if not _gazetteer_joins(g, marks[0], f.role):
            return None
        code = g.country or lexicon.official_state(g.english)
        # (nor in a list that states another state: the two sides of a signing)
        if any(
            h.country not in (None, code) and self._sent_of_char(h.begin) == sent
            for h in self.findings
        ):
            return None
        return code

    def _portfolio_list(self, k: int) -> tuple[int, str | None] | None:
        """The rest of a minister's portfolios after a comma, capitalised words joined by
        "and" up to "of" and a state or to a comma and a name (the Minister of Foreign
        Affairs, Foreign Employment and Tourism of Sri Lanka, X): the token that ends
        them and the state of a people they name (Mauritanians Abroad), else None. No
        name, title or state may open it."""
        if self.name_at(k, single=False) or self.post_at(k) is not None or self.state_at(k):
            return None
        x, joined, people = k, False, None
        while x < self.n and x - k < 8:
            t = self.toks[x]
            if t.norm == "and":
                joined = True
            elif t.norm == "of":
                return (x, people) if joined and self.state_at(x + 1) else None
            elif t.norm == ",":
                return (x, people) if joined and self.name_at(x + 1, single=False) else None
            elif not t.cap or t.punct or self.post_at(x) is not None:
                return None
            elif people is None and (
                st := self.state_at(x) or self.walk(self.ix.adjectives, x, plural=True)
            ):
                people = st[1]  # (Mauritanians Abroad: a state's people)
            x += 1
        return None

    def _field_list(self, k: int) -> bool:
        """Do the capitalised words from token k, joined by "and", close a list of fields
        before a comma and a name (Rural Development and Environment, Josefa X)?"""
        x, joined, field = k, False, False
        while x < self.n and x - k < 8:
            t = self.toks[x]
            if t.norm == "and":
                joined = True
            elif t.norm == ",":
                return joined and field and self.name_at(x + 1, single=False) is not None
            elif not t.cap or t.punct:
                return False
            field = field or t.norm in _PORTFOLIO_CLOSERS or bool(self.walk(_portfolios(), x))
            x += 1
        return False

    def _companion_state(self, k: int, sent: int) -> str | None:
        """The state of the official whose party the title at token k joins (X, accompanied
        by Foreign Minister Y; she was joined by Y; her entourage included Y): the
        sentence's subject, or the one "who" was accompanied; for a pronoun or a surname
        opening the sentence, that official, named before."""
        cue = None
        listed = False  # (a list set off by semicolons goes on further: A; B; and C)
        for j in range(k - 1, max(0, k - 80), -1):
            if self.toks[j].sent != sent or (k - j >= 25 and not listed):
                break
            listed = listed or self.norm(j) == ";"
            if self.norm(j) == "by" and self.norm(j - 1) in _COMPANION_VERBS:
                cue = j - 1
            elif self.norm(j) == "by" and (
                verb := next(
                    (
                        x
                        for x in range(j - 2, max(0, j - 6), -1)
                        if self.norm(x) in _COMPANION_VERBS
                        and self.norm(x + 1) in ("to", "on", "in", "at", "during")
                        and not any(self.toks[y].punct for y in range(x + 1, j))
                    ),
                    None,
                )
            ):
                cue = verb  # accompanied to the meeting by Y, on the trip by Y
            elif (
                self.norm(j) in _PARTY_VERBS
                and self.norm(j - 1) in _PARTY_NOUNS
                # his delegation included X (not a delegation the subject received)
                and self.norm(j - 2) in ("his", "her", "their", "'s", "’s")
            ):
                cue = j - 1
            if cue is not None:
                break
        if cue is None:
            return None
        at = self.toks[cue].idx
        # (an alias stands for its official: "President X was joined by ...")
        here = [
            f if f.alias_of is None else self.findings[f.alias_of]
            for f in self.findings
            if f.end <= at and self._sent_of_char(f.begin) == sent
        ]
        here_at = [
            f.begin for f in self.findings if f.end <= at and self._sent_of_char(f.begin) == sent
        ]
        if here:
            who = any(self.norm(x) == "who" for x in range(max(0, cue - 3), cue))
            pick = here_at.index(max(here_at) if who else min(here_at))
            return here[pick].country
        first = next(t.i for t in self.toks if t.sent == sent)
        if self.norm(first) in ("he", "she", "his", "her", "they", "their"):
            prev = [
                f
                for f in self.findings
                if self._sent_of_char(f.begin) == sent - 1 and f.alias_of is None
            ]
            return min(prev, key=lambda f: f.begin).country if prev else None
        ref = self.surname_of(first)
        if ref is None and self.norm(cue - 1) in ("was", "is", "were", "are"):
            # "Receiving both envoys, X was accompanied by Y": X, the subject right
            # before the verb, after an opening clause
            ref = self.surname_of(cue - 2)
        if ref is not None:
            return self.findings[ref].country
        back = self._title_back(first, cue)
        if back is not None:
            return back
        # The Mexican president is accompanied by X: the one state of an unnamed subject,
        # named among its first words (not "The president's visit to Japan is ...")
        states = {st[1] for x in range(first, min(cue, first + 3)) if (st := self.state_at(x))}
        return states.pop() if len(states) == 1 else None

    def _title_back(self, first: int, cue: int) -> str | None:
        """The state of a bare title that opens a sentence (The Emir was accompanied by
        ...): the one state of the officials named before in a title of the same words
        and the same post (the Emir of Qatar, Sheikh X), whom it stands for; None when
        none or two states' officials were so titled (President X of A and President Y of
        B), or when the title was also said before of someone the text does not name (the
        Emir of Kuwait): a guest's may be meant."""
        x = first + 1 if self.norm(first) == "the" else first
        got = self.post_at(x) if x < cue else None
        if got is None or got[3] or got[0] > cue or self.name_at(got[0], single=False):
            return None
        words = [self.norm(y) for y in range(x, got[0])]
        at = self.toks[first].idx
        titled = []  # the token spans of the earlier findings' titles
        states = set()
        for f in self.findings:
            if f.end > at or f.generic or f.status != "current":
                continue
            span = [t for t in self.toks if f.begin <= t.idx < f.name_begin]
            titled.append((f.begin, f.name_begin))
            title = [t.norm for t in span]
            # (the same post: The President is no Vice President, The Minister no Foreign
            # Minister)
            if f.role == got[1].role and any(
                title[y : y + len(words)] == words for y in range(len(title))
            ):
                if not f.country:
                    return None  # (a holder of no known state: which one is meant is open)
                states.add(f.country)
        for y in range(0, first):
            # the title said before, with a state of its own, outside every named
            # official's (the Emir of Kuwait, Togo's President; not "the Amir witnessed")
            if (
                [self.norm(z) for z in range(y, y + len(words))] == words
                and not any(b <= self.toks[y].idx < e for b, e in titled)
                # (not inside a longer title: the Vice President of Kenya)
                and not (y > 0 and self.norm(y - 1) in _DEPUTY_WORDS | {"vice", "deputy"})
                and not (y > 0 and self.post_at(y - 1) is not None)
            ):
                z = y + len(words)
                after = self.norm(z) == "of" and self.state_at(z + 1 + (self.norm(z + 1) == "the"))
                before = y > 0 and (
                    self.walk(self.ix.adjectives, y - 1) or self.norm(y - 1) in ("'s", "’s")
                )
                if after or before:
                    return None
        return states.pop() if len(states) == 1 else None

    def _bracket_state(self, k: int) -> str | None:
        """Cuba (Ambassador X), Malta (Ambassador Y): a state, then in brackets the title
        and name of its envoy, whose title starts at token k."""
        if k < 2 or self.toks[k - 1].text != "(":
            return None
        for s in range(max(0, k - 6), k - 1):
            got = self.walk(self.ix.countries, s)
            if got and got[0] == k - 1:
                return got[1]
        return None

    def _state_in_brackets_after(self, f: Finding) -> str | None:
        """President X (Peru), Y (Chad): the state in brackets right after the name."""
        e = bisect_right(self._starts, f.name_end - 1) - 1  # the name's last word
        if e < 0 or e + 3 >= self.n or self.toks[e + 1].text != "(":
            return None
        got = self.walk(self.ix.countries, e + 2)
        if got and got[0] < self.n and self.toks[got[0]].text == ")":
            return got[1]
        return None

    def _envoy_call_state(self, f: Finding, sent: int) -> str | None:
        """ "The new High Commissioner of A to B, X, paid a courtesy call on the Prime
        Minister, Mr Y": the official an envoy posted to B calls on, later in the sentence
        and with no state of his own, is B's (not one of the envoy's party: accompanied by)."""
        envoys = [
            e
            for e in self.findings
            if e.host
            and e.status == "current"
            and e.name_end <= f.begin
            and self.toks[bisect_left(self._starts, e.begin)].sent == sent
        ]
        if len({e.host for e in envoys}) != 1:
            return None
        lo = bisect_left(self._starts, envoys[-1].name_end)
        hi = self._tok_at(f.begin)
        if hi is None:
            return None
        words = {self.toks[x].norm for x in range(lo, hi)}
        if words.isdisjoint(_CALL_WORDS) or not words.isdisjoint(_PARTY_WORDS):
            return None
        envoy = envoys[-1]
        if envoy.country is not None:
            # (Newly appointed Nigerian Ambassador to Cote d'Ivoire X visited Governor Y at
            # the Government House in Jos: a place of the envoy's own state, none of his
            # host's, in the sentence: he calls on his own state's officials before leaving)
            a = next(x for x in range(self.n) if self.toks[x].sent == sent)
            b = max(x for x in range(a, self.n) if self.toks[x].sent == sent)
            at = place_states(self.doc, self.toks[a].idx, self.toks[b].end, index=self.ix)
            if envoy.country in at and envoy.host not in at:
                return None
        return envoy.host

    def _envoy_quote_state(self, k: int, sent: int) -> str | None:
        """ "I informed Premier X", in quotation marks: the officials an ambassador tells
        of meeting in the first person are the host state's, where the article's
        ambassadors are all of one state posted to one host."""
        envoys = [f for f in self.findings if f.host and f.status == "current"]
        hosts = {f.host for f in envoys}
        if len(hosts) != 1 or len({f.country for f in envoys}) != 1:
            return None
        if not any(
            self.toks[x].sent == sent
            and self.toks[x].norm in _FIRST_PERSON
            and not self.toks[x + 1].cap
            for x in range(max(0, k - 12), k)
        ):
            return None
        start = self.text.rfind("\n", 0, self.toks[k].idx) + 1
        before = self.text[start : self.toks[k].idx]
        quoted = before.count("“") > before.count("”") or before.count('"') % 2 == 1
        return next(iter(hosts)) if quoted else None

    def _side_state(self, k: int, sent: int) -> str | None:
        """ "signed on the Qatari side by X", "the Jordanian side was represented by X",
        "and for Iran by X": the state of the side whose member the finding at k is."""
        j = k - 1
        while j >= 0 and k - j <= 6 and self.toks[j].sent == sent:
            t = self.toks[j]
            if t.norm == "side" and any(self.norm(x) == "by" for x in range(j + 1, k)):
                for a in range(max(0, j - 3), j):
                    hit = self.state_at(a)
                    if hit and hit[0] == j:
                        return hit[1]
                return None
            if t.norm == "by" and self.norm(j - 2) == "for":
                hit = self.state_at(j - 1)
                return hit[1] if hit and hit[0] == j else None
            if t.norm == "," and j > 0 and self.norm(j - 1) == "side" and j == k - 1:
                # "from the Afghan side, Deputy Minister X", "On the Pakistani side, X",
                # "On behalf of the Qatari side, X"
                return self._side_opening(j)
            if (
                t.norm == "by"
                and self.norm(j - 1) in _SIDE_BY_VERBS
                and any(self.norm(x) == "," and self.norm(x - 1) == "side" for x in range(j - 8, j))
            ):
                # "For the Qatari side, the MoU was signed by X"
                x = next(
                    x
                    for x in range(j - 1, j - 9, -1)
                    if self.norm(x) == "," and self.norm(x - 1) == "side"
                )
                return self._side_opening(x)
            if t.norm in (",", "and") and j == k - 1 and j > 0:
                # "From the US side, A and Senior Advisor B": the next item of the list of
                # the side's members, right after the one before it
                before = self.toks[j - 1].end
                prev = next((f for f in self.findings if max(f.end, f.name_end) == before), None)
                if prev is not None and (p := self._tok_at(prev.begin)) is not None and p < k:
                    return self._side_state(p, sent)
            if (
                t.norm not in _SIDE_GAP
                and not self.walk(self.ix.honorifics, j)
                # (Dr. X, Eng. X: the full stop that closes a style)
                and not any(
                    (h := self.walk(self.ix.honorifics, x)) is not None and h[0] == j + 1
                    for x in range(max(0, j - 3), j)
                )
            ):
                return None
            j -= 1
        return None

    def _side_opening(self, comma: int) -> str | None:
        """The state of "from / on / for / on behalf of the Qatari side" closed by the
        comma at token ``comma``, or None."""
        j = comma
        for a in range(max(0, j - 4), j - 1):
            hit = self.state_at(a)
            if not hit or hit[0] != j - 1:
                continue
            before = a - 1 - (self.norm(a - 1) == "the")
            if self.norm(before) in ("from", "on", "for") or (
                self.norm(before) == "of" and self.norm(before - 1) == "behalf"
            ):
                return hit[1]
        return None

    def _represented_state(self, f: Finding, sent: int) -> str | None:
        """ "X represented Mexico", "Deputy Foreign Minister X represented the Guatemalan
        side": the state the finding's holder represented, said right after his name or
        title (a comma between)."""
        j = bisect_left(self._starts, max(f.end, f.name_end))  # the token after them
        if self.norm(j) == ",":
            j += 1
        if self.norm(j) not in ("represented", "represents") or self.toks[j].sent != sent:
            return None
        j += 1
        j += self.norm(j) == "the"
        hit = self.state_at(j)
        if hit is None:
            return None
        after = self.norm(hit[0])
        if (
            after in ("side", "delegation", "government", "team")
            or self.toks[min(hit[0], self.n - 1)].punct
            or after in ("at", "in", "during", "and")
        ):
            return hit[1]
        return None

    def state_where(self, f: Finding) -> str | None:
        """The state of the place right after the name of ``f`` after "in" (Foreign
        Minister X in Zimbabwe, in Harare), or None."""
        k = bisect_left(self._starts, f.name_end)
        if k >= self.n or self.norm(k) != "in":
            return None
        x = k + 1 + (self.norm(k + 1) == "the")
        hit = self.walk(self.ix.countries, x)
        if hit is not None:
            return hit[1]
        place = self.walk(self.ix.places, x)
        return (
            place[1].get("country")
            if place is not None and place[1].get("kind") in _GOVERNED_PLACES
            else None
        )

    def state_represented(self, f: Finding) -> str | None:
        """The state right before "was represented by" (or "is", "were") that stands
        right before the title of ``f`` (Poland was represented by Foreign Minister X),
        or None."""
        k = bisect_left(self._starts, f.begin) - 1
        if k < 3 or self.norm(k) != "by" or self.norm(k - 1) != "represented":
            return None
        if self.norm(k - 2) not in ("was", "were", "is", "are"):
            return None
        for x in range(max(0, k - 6), k - 2):
            hit = self.walk(self.ix.countries, x)
            if hit is not None and hit[0] == k - 2:
                return hit[1]
        return None

    def state_behalf(self, f: Finding) -> str | None:
        """The state that the holder of ``f`` acted for, told right after his name and
        title: "signed on behalf of Mosul" (a state, or a city or region of one), "spoke
        on behalf of the Kenyan government"; or None."""
        k = bisect_left(self._starts, max(f.end, f.name_end))
        b = bisect_left(self._starts, min(f.begin, f.name_begin))
        if self.norm(k) in (",", "on") and b > 0 and self.norm(b - 1) == "by":
            # delivered by the Minister of Foreign Affairs, X, on behalf of ...: the act's
            # agent, then whom he acted for
            k += self.norm(k) == ","
        elif self.norm(k) not in _BEHALF_VERBS:
            return None  # (his own verb, right after him: not thanked Y on behalf of Japan)
        else:
            k += 1
        if (self.norm(k), self.norm(k + 1), self.norm(k + 2)) != ("on", "behalf", "of"):
            return None
        x = k + 3 + (self.norm(k + 3) == "the")
        if self.walk(_phrases("subnational_units"), x):
            return None  # (on behalf of Georgia, a US state: no country's)
        st = self.state_at(x)
        if st is not None:
            return st[1]
        post = self.post_at(x)
        if post is not None and (st := self.country_after_of(post[0])) is not None:
            return st[1]  # on behalf of the President of Equatorial Guinea
        place = self.walk(self.ix.places, x)
        return place[1]["country"] if place is not None else None

    def state_led(self, f: Finding) -> str | None:
        """The state of the delegation the holder of ``f`` led, told right after his name
        and title (a comma and "who" may stand between): "led the Vietnamese delegation",
        "headed a delegation from Peru", "leading Chile's delegation"; or None."""
        k = bisect_left(self._starts, max(f.end, f.name_end))
        if self.norm(k) == ",":
            k += 1
        if self.norm(k) == "who":
            k += 1
        if self.norm(k) in ("is", "was"):
            k += 1
        if self.norm(k) not in _LED_VERBS and self.norm(k - 1) in ("who", "is", "was"):
            # X, who is currently in Addis Ababa on a working visit, led the ...: past the
            # relative clause and its comma
            shut = next(
                (x for x in range(k, min(k + 16, self.n)) if self.toks[x].text in (",", ".")),
                None,
            )
            if (
                shut is not None
                and self.toks[shut].text == ","
                and self.norm(shut + 1) in _LED_VERBS
            ):
                k = shut + 1
        if self.norm(k) not in _LED_VERBS:
            return None
        k += 1
        if self.norm(k) in ("the", "a", "his", "her", "an"):
            k += 1
        q = k
        while self.norm(k) in _DELEGATION_QUALIFIERS and k - q < 5:
            k += 1  # led a high-level Kenyan delegation
        code, end = None, None
        adj = self.walk(self.ix.adjectives, k)
        st = self.state_at(k)
        if adj is not None and self.norm(adj[0]) in ("delegation", "delegations", "side"):
            code, end = adj[1], adj[0] + 1
        elif st is not None and self.norm(st[0]) in ("delegation", "side"):
            code, end = st[1], st[0] + 1  # led the Pakistan side, the Kenya delegation
        if code is not None and self.norm(end) in ("'s", "’s"):
            return None  # (led the Ugandan side's critics: whom he led is not that side)
        elif st is not None and self.norm(k + 1) in ("'s", "’s"):
            j = st[0] + (self.norm(st[0]) in ("'s", "’s"))
            while self.norm(j) in _DELEGATION_QUALIFIERS and j - k < 6:
                j += 1  # led Kenya's high-level delegation
            if self.norm(j) == "delegation":
                code, end = st[1], j + 1
        elif self.norm(k) == "delegation" and self.norm(k + 1) in ("from", "of"):
            # (a state's name: not "a delegation of Chinese investors")
            x = k + 2 + (self.norm(k + 2) == "the")
            hit = self.walk(self.ix.countries, x)
            if hit is not None:
                code, end = hit[1], hit[0]
        if code is None or self.norm(end) in _TOUR_WORDS:
            return None  # (led the Ugandan delegation on a tour of the port: its guide)
        return code

    def sentences_naming_other_states(self, code: str) -> dict[int, int]:
        """The sentences that name a state other than ``code``, each with the offset where
        it first names one."""
        out: dict[int, int] = {}
        for t in self.toks:
            if t.cap and t.sent not in out:
                hit = self.state_at(t.i)
                if hit and hit[1] != code:
                    out[t.sent] = t.idx
        return out

    def guest_verb_between(self, a: int, b: int) -> bool:
        """Is a guest's verb (met, called on ...) between char offsets a and b?"""
        lo, hi = bisect_left(self._starts, a), bisect_left(self._starts, b)
        return any(self.walk(_phrases("guest_verbs"), x) is not None for x in range(lo, hi))

    def host_of_guest(self, f: Finding, code: str) -> bool:
        """Is ``f`` the one a guest named before calls on, right after the guest's verb
        (The Chinese special envoy also met with Foreign Minister X), with no other state
        named in the sentence but in a title before the verb, and no one else between?"""
        k = self._tok_at(f.begin)
        if k is None:
            return False
        for v in range(max(0, k - 6), k):
            w = self.walk(_phrases("guest_verbs"), v)
            if w is None:
                continue
            x = w[0] + (self.norm(w[0]) == "the")
            while x < k and (h := self.walk(self.ix.honorifics, x)) is not None:
                x = h[0]  # (met H E X, Minister of Finance: his style before the name)
            if x != k:
                continue
            if self.toks[v].sent != self.toks[k].sent:
                return False
            start = self.toks[v].idx
            if any(start <= g.begin < f.begin for g in self.findings):
                return False
            sent = self.toks[k].sent
            first = v
            while first > 0 and self.toks[first - 1].sent == sent:
                first -= 1
            # another state named before the verb only in the guest's title (the Chinese
            # special envoy), not as a place (In South Africa, she met with ...)
            return not any(
                (hit := self.state_at(x))
                and hit[1] != code
                and (x >= v or self.post_at(hit[0]) is None)
                for x in range(first, k)
            )
        return False

    def elsewhere(self, f: Finding, code: str) -> bool:
        """Does the sentence of ``f`` say it happened away from ``code`` (Earlier in Doha,
        X met Y: a place or a state of another), or make ``f`` one of the visitor's own
        party (who accompanied him, his delegation)?"""
        k = self._tok_at(f.begin)
        if k is None:
            return True
        sent = self.toks[k].sent
        for t in self.toks:
            if t.sent != sent:
                continue
            if (
                t.norm in ("accompanied", "accompanying") and self.norm(t.i + 1) in _PRONOUNS_OBJ
            ) or (t.norm == "delegation" and self.norm(t.i - 1) in ("his", "her", "their")):
                return True  # (who accompanied him, his delegation: the visitor's party)
            if not t.cap or self.norm(t.i - 1) not in ("in", "at"):
                continue
            place = self.walk(self.ix.places, t.i)
            if place is not None and place[1].get("country") not in (None, code):
                return True
            st = self.state_at(t.i)
            if st is not None and st[1] != code and self.norm(t.i - 1) in ("in", "at", "to"):
                return True
        return False

    def _tok_at(self, char: int) -> int | None:
        k = bisect_left(self._starts, char)
        return self.toks[k].i if k < self.n and self.toks[k].idx == char else None

    def _delegation_state(self, k: int, sent: int) -> str | None:
        """The state of a delegation named before token k whose list k belongs to."""
        j = k - 1
        while j >= 0 and self.toks[j].sent == sent:
            t = self.toks[j]
            if t.norm in _DELEGATION_EN:
                if (own := self._state_before_delegation(j)) is not None:
                    return own
                if (after := self._delegation_from_state(j, k)) is not None:
                    return after  # a delegation from the Embassy of Japan led by X
                return self._accompanied_state(k, sent) or self._delegation_before(j, k)
            if t.norm == "by" and self.norm(j - 1) in _LED_VERBS:
                j -= 2  # ... led by (headed by) Ambassador X
                continue
            if t.norm == "from" and self.norm(j - 1) in _DELEGATION_EN:
                j -= 1  # a delegation from the Embassy of Japan
                continue
            if (
                t.norm in _STOPS_EN
                and t.norm not in _MEMBERS_EN
                # (the Committee on Foreign Affairs: a body's "on", no clause's)
                and not (
                    t.norm == "on" and self.norm(j - 1) in _COUNCIL_WORDS and self.toks[j - 1].cap
                )
            ):
                return None  # a verb or a clause between: not the delegation's list
            j -= 1
        return None

    def _body_words(self, a: int, b: int) -> bool:
        """Tokens a..b are a body's capitalised words, one of them a body's noun (Senate,
        Federal Assembly, Parliamentary Friendship Group: no company's, no person's)."""
        return (
            a < b
            and all(self.toks[x].cap and not self.toks[x].punct for x in range(a, b))
            and any(self.norm(x) in _BODY_WORDS | _LEGISLATIVE for x in range(a, b))
        )

    def _delegation_before(self, j: int, k: int) -> str | None:
        """The state of "the delegation" at token j (definite, with none of its own), told
        of the delegation an earlier sentence names with its state (A US Senate delegation
        called on ...; other members of the delegation included ...); or None."""
        if j < 1 or self.norm(j - 1) != "the":
            return None
        if not any(self.norm(x) in _MEMBERS_LISTED for x in range(j + 1, min(k, j + 8))):
            # (members of the delegation included X, the delegation led by X; not whom
            # the host met with it: hosted the delegation together with Minister Y)
            return None
        sent = self.toks[j].sent
        for x in range(j - 1, -1, -1):
            if self.toks[x].sent == sent or self.toks[x].norm not in _DELEGATION_EN:
                continue
            return self._state_before_delegation(x) or self._delegation_from_state(x, self.n)
        return None

    def _state_before_delegation(self, j: int) -> str | None:
        """The state named right before the delegation word at token j, or before the
        capitalised words of its body (a Syrian delegation; a US Senate delegation)."""
        for a in range(max(0, j - 4), j):
            hit = self.state_at(a)
            if hit and (hit[0] == j or self._body_words(hit[0], j)):
                return hit[1]
        return None

    def _delegation_from_state(self, j: int, k: int) -> str | None:
        """The state after the delegation word at token j, before token k: "a delegation
        from (of) Japan", "from the Embassy of the United States (US)"; or None."""
        x = j + 1
        if self.norm(x) not in ("from", "of"):
            return None
        x += 1
        if self.norm(x) == "the":
            x += 1
        for words in _MISSION_HEADS:  # the Embassy of, the High Commission of
            if all(self.norm(x + n) == w for n, w in enumerate(words)):
                x += len(words)
                break
        if self.norm(x) == "the":
            x += 1
        hit = self.state_at(x) if x < k else None
        if hit is None:
            # a delegation of the Committee on Foreign Affairs of the Federation Council of
            # the Russian Federal Assembly led by X: the state inside the body's name
            y = x
            while (
                y < k
                and y - x < 16
                and (
                    (self.toks[y].cap and not self.toks[y].punct)
                    or self.norm(y) in ("of", "the", "on", "and", "for")
                )
            ):
                st = self.state_at(y)
                if st is not None and st[0] > y and self.norm(st[0]) not in ("'s", "’s"):
                    e = st[0]
                    while e < k and self.toks[e].cap and not self.toks[e].punct:
                        e += 1
                    if e == st[0] or self._body_words(st[0], e):
                        return st[1]
                y += 1
            return None
        e = hit[0]
        while e < k and e - hit[0] < 6 and self.toks[e].cap and not self.toks[e].punct:
            e += 1
        if self.norm(hit[0]) in ("'s", "’s") or (e > hit[0] and not self._body_words(hit[0], e)):
            # (a delegation from Japan's Toyota Tsusho: a company's; but of the Iranian
            # Majlis, of the Pakistan Senate Standing Committee: a legislature's)
            return None
        return hit[1]

    def _accompanied_state(self, k: int, sent: int) -> str | None:
        """A delegation that names no state, its list from token k, "is accompanying
        President X of Kazakhstan": the state of the one it goes with, named after the
        verb in the sentence."""
        j = k
        while j < self.n and self.toks[j].sent == sent:
            if self.toks[j].norm in ("accompanying", "accompanies"):  # (not accompanied by)
                after = self.toks[j].end
                nxt = [
                    f
                    for f in self.findings
                    if f.begin >= after
                    and f.country
                    and self._tok_at(f.begin) is not None
                    and self.toks[self._tok_at(f.begin)].sent == sent
                ]
                return min(nxt, key=lambda f: f.begin).country if nxt else None
            j += 1
        return None

    def _listed(self, k: int, end: int) -> bool:
        """Whether the finding from token k to char ``end`` is an item of a list: after
        "and", or after a comma with the list going on ("X, Defence Minister Y and ...").
        "X, Foreign Ministry spokesperson Y announced" is a new clause, no list."""
        if self.norm(k - 1) != ",":
            return True
        e = bisect_left(self._starts, end)
        return e >= self.n or self.norm(self.toks[e].i) in (",", "and")

    def _surname_list_state(self, k: int, role: str) -> str | None:
        """X, Defence Minister Y: the list opens with a surname of an official with a state
        (not an envoy's for a post at home, as in :meth:`list_state`)."""
        j = k - 1
        while j >= 0 and (
            self.norm(j) in (",", "and")
            or self.toks[j].cap
            and self.surname_of(j) is None
            and self.norm(j) not in (",",)
        ):
            if self.norm(j) in (",", "and") and j > 0 and self.surname_of(j - 1) is not None:
                first = self.findings[self.surname_of(j - 1)]
                if first.status != "current" or first.name_end in self.own_state:
                    return None
                if self._after_between(first.begin) and role in _HEADS_OF:
                    return None  # (talks between the Pakistani PM X and President Y: sides)
                if role in _HOME_POSTS and self._envoy_alone(first):
                    return None
                if not _gazetteer_joins(first, self.norm(j), role):
                    return None
                return first.country
            if self.norm(j) not in (",", "and"):
                return None
            j -= 1
        return None

    def _ministry_state(self, sent: int) -> str | None:
        """The state of the one "<nationality> ... Ministry" the sentence names."""
        found = set()
        for t in self.toks:
            if t.sent != sent or t.norm not in ("ministry", "ministry's"):
                continue
            # (not past a comma: "between Egypt and Russia, Foreign Ministry Spokesman X")
            first = max(0, t.i - 3)
            while any(self.toks[x].punct for x in range(first, t.i)):
                first += 1
            for a in range(first, t.i):
                hit = self.state_at(a)
                if hit:
                    found.add(hit[1])
                    break
        return found.pop() if len(found) == 1 else None

    def _mission_state(self, sent: int) -> str | None:
        """The state of the one "<nationality> Embassy / High Commission / mission" the
        sentence names (High Commissioner X hosted a reception, the Indian High Commission
        tweeted): an envoy's there."""
        found = set()
        for t in self.toks:
            if t.sent != sent or t.norm not in _STATE_MISSIONS:
                continue
            k = t.i - (self.norm(t.i - 1) == "high")
            hit = self.state_at(k - 1) if k >= 1 else None
            # (the mission tells of it: "the Indian High Commission tweeted", "according
            # to the Indian embassy"; not where he met someone, "at the Kenyan embassy")
            speaks = self.norm(t.i + 1) in _SPEECH_VERBS | {"tweeted", "posted", "wrote"} or (
                self.norm(k - 4) == "according" and self.norm(k - 3) == "to"
            )
            if hit and hit[0] == k and speaks:
                found.add(hit[1])
        return found.pop() if len(found) == 1 else None

    def _headlines(self) -> set[int]:
        """Lines in title case (a headline: every word capitalised) hold no full sentence
        to read a name off: 'Minister Receives Call' is no name."""
        out = set()
        by_line: dict[int, list[_Tok]] = {}
        for t in self.toks:
            by_line.setdefault(t.line, []).append(t)
        for line, toks in by_line.items():
            words = [t for t in toks if not t.punct and t.text[0].isalpha()]
            lower = [
                t
                for t in words
                if not t.cap
                and t.norm not in self.ix.function_words
                and t.norm not in _PARTICLES
                and "-" not in t.norm
            ]
            if (
                len(words) >= _HEADLINE_MIN
                and not lower
                and toks[-1].text != "."
                # (1. X, MP as Minister for Y;: a list's item, one post given per line)
                and toks[-1].text != ";"
                and not (len(toks) > 2 and toks[0].text.isdigit() and toks[1].text in (".", ")"))
                # (a lead of a sentence and more whose full stop was lost: no headline is
                # that long)
                and toks[-1].end - toks[0].idx <= _HEADLINE_MAX_CHARS
                # (H.E. X, President of the Republic of Y: a list's line, one per person;
                # not "H.E. President X Meets Y", a headline)
                and not (
                    self.walk(self.ix.honorifics, toks[0].i) and any(t.text == "," for t in toks)
                )
            ):
                out.add(line)
        return out

    def titles_at(self, i: int):
        """A chain of titles at token i for one person: [(start, end, entry, org, mods)]."""
        j, mods = self.pre_modifiers(i)
        if (
            mods["country"] is None
            and i >= 3
            and self.norm(i - 1) == "of"
            and self.norm(i - 2) in ("department", "ministry")
            and (st := self.state_at(i - 3)) is not None
            and st[0] == i - 2
        ):
            # Philippine Department of Health Secretary X: the department's state
            mods["country"] = st[1]
        p = i - 1
        while p > 1 and i - p < 3 and self.norm(p) in _GRADE_WORDS:
            p -= 1  # X's chief diplomatic adviser
        if mods["country"] is None and self.norm(p) in ("'s", "’s") and p >= 1:
            # President X's national security adviser: the state of X's post
            owner = [f for f in self.findings if f.name_end == self.toks[p - 1].end and f.country]
            if owner:
                mods["country"] = owner[-1].country
            elif self.surname_of(p - 1) is not None:
                # (Premier) X's adviser Y: the state of the official X named before
                best = self._best_of(self.surname_of(p - 1))
                if best is not None and best.country:
                    mods["country"] = best.country
        first = self.post_at(j)
        if first is not None and mods["country"] is None:
            # Minister of Foreign Affairs, Emigration and Egyptian Expatriates X: the state
            # whose adjective opens one of the portfolios
            mods["country"] = self._state_in_portfolios(j, first[0])
        if first is not None and mods.get("subnational"):
            # (Sabah Head of State X: the unit's, an official)
            first = (first[0], PostEntry(role="official", org="government"), "government", first[3])
        if (
            first is not None
            and mods["country"] is None
            and self.norm(j) == "royal"
            and (st := self.state_at(j + 1)) is not None
            and st[0] < first[0]
        ):
            mods["country"] = st[1]  # Royal Malaysian Air Force chief X: the force's state
        if first is None and self.norm(j) in _DEPUTY_WORDS and self.head_of(j) is None:
            return self._deputy_titles(i, j, mods)
        if first is not None and self.norm(first[0] - 1) == "to" and first[1].role == "minister":
            first = self._delegate_of(first, mods)
        if first is None and mods["country"]:
            lead = self.walk(self.ix.posts, j)
            if lead and lead[1].role.startswith("head_of") and self.norm(lead[0]) == "'s":
                # French President's Special Envoy X: the envoy is the state's
                j = lead[0] + 1
                first = self.post_at(j)
        state_from_org = None
        ho = (
            self.head_of(j)
            if first is None
            or self.norm(first[0]) == "of"
            or (first[1].role == "military_commander" and self.norm(j + 1) == "of")
            else None
        )
        if first is not None and ho is not None and ho[1].role == "director_general":
            first = None  # President of the Civil Aviation Authority: not a head of state
        if (
            first is not None
            and ho is not None
            and ho[1].role == "intelligence_chief"
            and first[1].role == "director_general"
        ):
            first = None  # Director-General of the National Intelligence Agency: its chief
        if (
            first is not None
            and ho is not None
            and ho[1].role == "chief_of_staff"
            and first[1].role == "military_commander"
            and ho[0] > first[0]
        ):
            first = None  # Chief of the Hellenic Army General Staff: the staff's, not the army's
        vice = (
            first is not None
            and first[1].role in ("deputy_head_of_state", "deputy_head_of_government")
            and first[0] - j == 2
            and self.norm(j) in _DEPUTY_WORDS
            and self.norm(j + 1) in _BODY_HEADS
        )
        if (
            first is not None
            and (
                (
                    first[1].role in ("head_of_state", "head_of_government")
                    and first[0] - j == 1
                    and self.norm(j) in _BODY_HEADS
                )
                or vice
            )
            and self.norm(first[0]) == "of"
        ):
            body = self.org_after_of(first[0])
            if body is not None and not body[2] & (_STATE_ORGANS | _GOVERNMENT_ORGANS):
                # President of the Military Committee, Chairman of the Board: the body's
                # chair, an official (a head of an agency is its director general; the
                # Vice President of the Engineering Authority, his deputy, an official)
                role = "director_general" if body[2] & _AGENCY and not vice else "official"
                first = (first[0], PostEntry(role=role, org="government"), "government", False)
        if (
            first is not None
            and (
                first[1].role == "head_of_state"
                # Bank of Ghana Governor X, Board of Investment Chairman X: the body's head
                or (first[1].role == "official" and self.norm(j) in _AGENCY_HEADS | {"governor"})
            )
            and j > 2
            and (
                st := next(
                    (x for x in range(max(0, j - 4), j) if (h := self.state_at(x)) and h[0] == j),
                    None,
                )
            )
            is not None
            and self.norm(st - 1) == "of"
            and self.norm(st - 2) in _ORG_WORDS | _AGENCY
        ):
            # State Bank of Pakistan President X: the bank's head, of that state
            mods["country"] = mods["country"] or self.state_at(st)[1]
            first = (
                first[0],
                PostEntry(role="director_general", org="government"),
                "government",
                False,
            )
        # the body's name may end before its acronym: World Bank (WB) President X
        jb = self._before_acronym(j)
        if (
            first is not None
            and first[1].role in ("head_of_state", "deputy_head_of_state")
            and jb > 0
            # (the ruling party's vice-president X: a party in lower case too)
            and (self.toks[jb - 1].cap or self.norm(jb - 1) == "party")
            and self.norm(jb - 1) in _BODIES_BEFORE_PRESIDENT
            # (Russian Federation President X: a state's name ends there, no body's)
            and not any(
                (st := self.state_at(x)) is not None and st[0] == jb
                for x in range(max(0, jb - 4), jb)
            )
        ):
            # Supreme Court President X, National Assembly President X, Crisis Group
            # President X, Chamber of Commerce President X: the body's head
            first = (first[0], PostEntry(role="official", org="government"), "government", False)
            k = jb - 1
            while (
                k > 0
                and jb - k < 8
                and (self.toks[k - 1].cap or self.norm(k - 1) in ("of", "and"))
                and not self.toks[k - 1].punct
            ):
                k -= 1
            st = next(
                (s for x in range(k, jb - 1) if self.toks[x].cap and (s := self.state_at(x))),
                None,
            )
            if st is not None and mods["country"] is None:
                # the Chilean Constitutional Court President X, Kenya National Chamber of
                # Commerce and Industry President X
                mods["country"] = st[1]
        if first is None:
            ho = ho or self.head_of(j)
            if ho is None:
                # Israeli Strategic Affairs Minister X: an unknown portfolio before minister
                # (with no state, only a named ministry's first: the Foreign Affairs and
                # East Africa Cooperation Minister X)
                k = j
                joined = None  # the token of "and" in Foreign Affairs and Trade Minister
                commas = 0  # Trade, Industry and Energy Minister: a list of portfolios
                while (
                    k < self.n
                    and k - j < 6 + 2 * commas
                    and (
                        (self.toks[k].cap and not self.toks[k].punct)
                        or (self.norm(k) in ("and", "&") and k > j and joined is None)
                        or (
                            self.norm(k) == ","
                            and k > j
                            and joined is None
                            and commas < 3
                            and self.tok(k + 1) is not None
                            and self.toks[k + 1].cap
                        )
                    )
                    and not self.walk(self.ix.posts, k)
                ):
                    if self.norm(k) in ("and", "&"):
                        joined = k
                    elif self.norm(k) == ",":
                        commas += 1
                    k += 1
                if commas and (joined is None or k - joined < 2):
                    # (X, Y, Z; Narendra Modi, Anthony Albanese and Minister X: names, no
                    # portfolios before the title)
                    return None
                # (Foreign Affairs and East Africa Cooperation Minister: after "and", a
                # portfolio of up to three words that a portfolio's noun closes)
                longest = (
                    3
                    + (joined is not None)
                    + 2 * (joined is not None and self.norm(k - 1) in _PORTFOLIO_CLOSERS)
                    + 2 * commas
                )
                got = self.post_at(k) if k > j and k - j <= longest else None
                if got is None or got[1].role != "minister":
                    return None
                if joined is not None:
                    # New Zealand Foreign Affairs and Trade Minister X: the post of the first
                    # portfolio with the title (Foreign Affairs Minister), when one is known
                    lead = self.ix.posts.longest(
                        [[self.norm(x)] for x in range(j, joined)] + [[self.norm(k)]]
                    )
                    if lead is not None and lead[0] == joined - j + 1:
                        got = (got[0], lead[1], lead[1].org, False)
                    elif mods["country"] is None:
                        return None
                elif mods["country"] is None:
                    return None
                first = got
            else:
                first = (ho[0], ho[1], ho[2], False)
                state_from_org = ho[3]
        titles = []
        start = i
        cur = first
        post_start = j
        while cur:
            end, entry, org, plural = cur
            m = (
                dict(mods)
                if not titles
                else {
                    "country": None,
                    "rank": None,
                    "status": mods["status"],
                    "org": None,
                    "state_kind": None,
                }
            )
            m["plural"] = plural
            if state_from_org and m["country"] is None:
                m["country"] = state_from_org
            if m["country"] is None:
                m["country"] = self._inner_state(post_start, end)
            if (
                not titles
                and m["country"] is None
                and (
                    self._body_ends_at(post_start)
                    or self._body_ends_at(i)
                    or self.walk(_phrases("international_bodies"), post_start)
                )
            ):
                # the UN Resident Coordinator in Uganda, the World Bank Director in Kenya:
                # the body's officer, posted there
                m["multinational"] = True
            after = self.post_modifiers(end, entry, m)
            if (
                not titles
                and (unit := self._comma_unit_state(after, military=entry.org in _SERVICE_ORGS))
                is not None
            ):
                # Vice Minister, Ministry of National Defence, Republic of Korea, X
                after, code = unit
                m["country"] = m["country"] or code
                if m["rank"] is None and (rank := self.rank_ending_at(after)):
                    m["rank"] = rank[1]  # ..., Pakistan Air Force, Air Chief Marshal X
                m["own_state"] = True
            if (
                not titles
                and self.norm(after) == ")"
                and "(" in (self.norm(post_start - 1), self.norm(post_start))
            ):
                # (Army chief) General X: the title in brackets, then the rank and name
                after = self.post_modifiers(after + 1, entry, m)
            if m["country"] is None:
                # IRGC commander, CIA Director, Mossad chief: the institution is one state's
                # (not a title that is the institution's letters: NSA X, India's National
                # Security Adviser, not the US agency)
                m["country"] = next(
                    (
                        h[1]
                        for x in range(post_start, end)
                        if (h := self._metonym(x)) and (x, h[0]) != (post_start, end)
                    ),
                    None,
                )
            if (
                entry.state
                and m["country"] is None
                and self._dateline_state() in (None, entry.state)
            ):
                # a title only one state has (after its modifiers: the Minister of External
                # Affairs of Sri Lanka is Sri Lanka's; under a COLOMBO dateline, the
                # dateline's)
                m["country"] = entry.state
            titles.append((post_start, end, entry, org, m))
            # and Foreign Minister, / , Minister of Defense and Minister of Interior
            k = after
            if self.norm(k) in ("and", ",", "&", "-", "–", "—", "/") and not self.name_at(
                k + 1, single=False
            ):  # Deputy Prime Minister – Foreign Minister of Kazakhstan X: one person
                k2 = k + 1
                if self.norm(k) == "," and self.norm(k2) == "and":
                    k2 += 1
                while self.norm(k2) in _SKIP_BEFORE and not self.walk(self.ix.posts, k2):
                    k2 += 1  # and the acting Minister of Tourism
                nxt = self.post_at(k2)
                if nxt and self.norm(k) == "and" and self.norm(k2) in _COURTESY:
                    nxt = None  # the Cabinet Secretary and Amb. X: X is the next person
                if (
                    nxt
                    and self.norm(k) == ","
                    and entry.ambassador
                    and nxt[1].role not in ("ambassador", "envoy")
                    and not nxt[1].ambassador
                ):
                    nxt = None  # the US Ambassador, CS X: a minister is not the envoy
                if (
                    nxt
                    and not nxt[3]
                    and self.norm(k) == ","
                    and self.norm(k + 1) == "and"
                    and self._named_then_titled(i, k2)
                ):
                    return start, after, titles  # X, Foreign Minister, and Adviser Y: two
                if nxt and not nxt[3]:
                    if self.norm(k) == "and" and self._described_then_titled(post_start, end, k2):
                        # "the Swiss ambassador and Chief of Army Staff X": the first is
                        # someone described, not a title of X
                        titles.pop()
                        mods = dict(mods, country=None, state_kind=None)  # Swiss: the other's
                    cur, post_start = nxt, k2
                    continue
            elif (
                k > end
                and self.honorific_ending_at(k)
                and not self.name_at(k, single=False)
                # (not past a line's end: a headline's last title, then the story's first)
                and self.toks[k].line == self.toks[end - 1].line
            ):
                # Minister of Defence His Royal Highness Crown Prince X: two posts (but
                # General Tan Sri X and Navy Chief Y: the name stands after the honorific)
                nxt = self.post_at(k)
                if nxt and not nxt[3]:
                    cur, post_start = nxt, k
                    continue
            elif k == end and (nxt := self.post_at(k)) and not nxt[3]:
                if nxt[1].role == "head_of_state" or nxt[1].org == "royal_court":
                    # the Custodian of the Two Holy Mosques King X; Minister of Defence
                    # Crown Prince X: a royal title right after another
                    cur, post_start = nxt, k
                    continue
            if (
                self.norm(after) in _COURTESY
                and not any(t[2].ambassador for t in titles)
                # (not past a line's end: a headline's last title, then the story's first)
                and after < self.n
                and self.toks[after].line == self.toks[end - 1].line
            ):
                # Foreign Affairs Cabinet Secretary Amb. X: a diplomat's courtesy title
                # before the name, not a second post
                x = after + 1 + (self.norm(after + 1) == ".")
                if self.name_at(x, single=False) is not None:
                    after = x
            return start, after, titles
        return None

    def _named_then_titled(self, i: int, k: int) -> bool:
        """``X, TITLE, and TITLE Y``: a name set off by a comma before the title at token
        i, and the title after "and" at token k has a name of its own right after it, so
        the first title is X's and the second Y's, not two posts of Y."""
        if self.norm(i - 1) != "," or self.name_right_before(i - 1) is None:
            return False
        rest = self.titles_at(k)
        if rest is None or len(rest[2]) != 1:
            return False
        after = rest[1] + (self.norm(rest[1]) == ",")  # and the Minister of Energy, Y
        return self.name_at(after) is not None

    def _comma_unit_state(self, k: int, *, military: bool = False) -> tuple[int, str] | None:
        """``, Ministry of X, [the] STATE, NAME`` at token k (the comma after a title):
        the ministry and the state set off by commas, as a form or a release lists them;
        or ``, STATE Unit Words [(ACRONYM)], [rank] NAME`` (Chief of the Air Staff, Pakistan
        Air Force (PAF), Air Chief Marshal X): the state's service the post is in. (The
        token where the name starts, the state), or None."""
        if (
            military
            and self.norm(k) == ","
            and (st := self.state_at(k + 1 + (self.norm(k + 1) == "the")))
        ):
            x = st[0]
            while x < self.n and x - st[0] < 5 and self.org_word_here(x):
                x += 1
            if x == st[0]:
                return None
            if self._acronym_at(x):
                x += 3
            if self.norm(x) != ",":
                return None
            style = self.walk(self.ix.honorifics, x + 1) or self.walk(self.ix.ranks, x + 1)
            at = style[0] + (self.norm(style[0]) == ".") if style else x + 1
            return (at, st[1]) if style and self.name_at(at) is not None else None
        if (
            self.norm(k) != ","
            or self.norm(k + 1) not in _SERVING_UNITS
            or self.norm(k + 2) != "of"
        ):
            return None
        x = k + 3
        while x < self.n and x - k < 10 and self.norm(x) != ",":
            if not (self.toks[x].cap or self.norm(x) in ("of", "and", "the", "&")):
                return None
            x += 1
        if self.norm(x) != ",":
            return None
        y = x + 1 + (self.norm(x + 1) == "the")
        st = self.state_at(y)
        if st is None and self.norm(y + 1) == "of":
            st = self.country_after_of(y + 1)  # Republic of Korea, Kingdom of Bahrain
        if st is None or self.norm(st[0]) != ",":
            return None
        at = st[0] + 1
        style = self.walk(self.ix.honorifics, at) or self.walk(self.ix.ranks, at)
        at = style[0] + (self.norm(style[0]) == ".") if style else at  # , Dr X; , Gen. X
        return (at, st[1]) if self.name_at(at) is not None else None

    def _delegate_of(self, first, mods: dict):
        """Minister Delegate to the Cameroonian Minister of External Relations: a minister
        attached to another's ministry; the title runs past the principal's, whose ministry
        and state it takes."""
        k = first[0] + (self.norm(first[0]) == "the")
        st = self.state_at(k)
        if st is not None:
            k = st[0]
        principal = self.post_at(k)
        if principal is None or not principal[1].role.endswith("minister"):
            return first
        end = principal[0]
        if st is None and (after := self.country_after_of(end)) is not None:
            st, end = (after[0], after[1]), after[0]
        if st is not None and mods["country"] is None:
            mods["country"], mods["state_kind"] = st[1], "pre"
        return end, first[1], principal[2], first[3]

    def _deputy_titles(self, i: int, j: int, mods: dict):
        """Deputy Head of the Intelligence Service X, Deputy Director General of the Fund
        X, Vice Governor of the Central Bank X: the deputy (token j) of a title no lexicon
        names with its deputy holds the deputy's post of it (:func:`deputy_role`); the state
        before the word is the title's."""
        chain = self.titles_at(j + 1)
        if chain is None:
            return None
        _start, end, titles = chain
        ps, pe, entry, org, m = titles[0]
        if deputy_role(entry.role) != entry.role:
            role = deputy_role(entry.role)
            entry = replace(entry, role=role, org=_DEPUTY_ORG.get(role, entry.org))
            org = entry.org if role in _DEPUTY_ORG or org == "" else org
        if m["country"] is None:
            m = dict(m, country=mods["country"], state_kind=mods["state_kind"])
        return i, end, [(j, pe, entry, org, m), *titles[1:]]

    def try_title(self, i: int) -> int | None:
        if self.toks[i].norm in _TITLE_NAMES and self.title_as_given_name(i):
            return None  # Sultan Mohammed Al Shamsi, Assistant Minister: a given name
        chain = self.titles_at(i)
        if chain is None:
            return None
        start, j, titles = chain
        if i > 0 and self.norm(i - 1) in _PLACE_BEFORE_TITLE:
            return j  # King Fahd Street is a place, not a post
        if (
            j < self.n
            and self.toks[j].cap
            and self.norm(j) in _ORG_WORDS
            and self.name_at(j, single=False) is None
            # (not a body's name going on after "of": Chairman of the Abu Dhabi Chamber)
            and not any(self.norm(x) == "of" for x in range(max(i, j - 4), j))
        ):
            return j  # "X, a PM Office statement said": the title names an office
        if (
            self.norm(j) == "'"
            and self.toks[j - 1].norm.endswith("s")
            and self.tok(j + 1) is not None
            and self.toks[j + 1].cap
        ):
            return j + 1  # president of the United States' Brookings Institution: its head
        if self.norm(j) in ("'s", "’s") and titles[-1][2].role.startswith("head_of"):
            return j + 1  # president of Kenya's Law Society
        last = titles[-1][4]
        if last.get("plural"):
            return self.coordinated(j, titles[-1])
        name = self.name_at(j)
        if (
            name is None
            and self.norm(j) == "["
            and (inside := self.name_at(j + 1)) is not None
            and self.norm(inside[1]) == "]"
        ):
            name = inside  # our Prime Minister [X]: an editor's brackets in a quote
        if name is None and titles[-1][2].role == "minister" and self.norm(j) in _DASHES:
            # Minister in the Prime Minister's Department - Sabah and Sarawak Affairs X: the
            # brief after a dash, through the word that closes it, then the holder
            k = next(
                (
                    x + 1
                    for x in range(j + 1, min(self.n, j + 7))
                    if self.norm(x) in _PORTFOLIO_CLOSERS or self.norm(x) == "functions"
                ),
                None,
            )
            if k is not None and all(
                self.toks[x].cap or self.norm(x) in ("and", "&") for x in range(j + 1, k)
            ):
                name = self.name_at(k)
                if name is not None:
                    j = k
        if titles[-1][2].role in ("director_general", "official", "spokesperson"):
            ranked = self._ranked_name_after(j)
            if ranked is not None:
                # Director General Inter-Services Public Relations (ISPR) Major General X:
                # the organisation's name, then the holder's rank and name
                name = ranked
        if name is None and self.norm(titles[-1][1] - 1) in _MONARCHS:
            name = self._regnal_name(j)  # King Abdullah, Sultan Haitham
        if name is None:
            held = self._name_after_body(j)
            if held is not None:
                # Deputy Minister of the Amiri Diwan X, Advisor at the Royal Court Y: the
                # title's body, then its holder (not an apposition to the name before)
                name, j = held
        if name is None:
            name = self._surname_after_title(j, titles)  # Kazakh Foreign Minister X
        if (
            name is not None
            and "\n\n" in self.text[self.toks[titles[-1][1] - 1].end : self.toks[name[0]].idx]
        ):
            name = None  # ... the Russian Foreign Minister / (a blank line) / Subject: ...
        if (
            name is not None
            and len(titles) > 1
            and "\n\n" in self.text[self.toks[titles[0][0]].idx : self.toks[titles[-1][0]].idx]
        ):
            # "... South Sudan Presidents / (a blank line) / President X": a headline's title
            # is no title of the name on the next paragraph; read that paragraph afresh
            return next(
                x for x in range(titles[0][0] + 1, self.n) if self.toks[x].line != self.toks[i].line
            )
        rule = "en.title_name"
        if (name is None or "," in {self.norm(x) for x in range(titles[-1][1], j)}) and any(
            t[4]["country"] for t in titles
        ):
            # X Ambassador of Germany, Y the High Commissioner of Zambia, and Z ...: in a
            # list of names each followed by its title and state, with no comma between,
            # the title is the name's right before it, not the next item's
            adjacent = self.name_right_before(start)
            if (
                adjacent is not None
                # (a headline's last name is no item of the next line's list)
                and not (
                    (cut := headline_end(self.text)) is not None
                    and self.toks[adjacent[1] - 1].end <= cut < self.toks[start].idx
                )
            ):
                name, rule = adjacent, "en.name_title"
                j = next((x for x in range(titles[-1][1], j) if self.norm(x) == ","), j)
        if (
            rule == "en.title_name"
            and name is not None
            and "," in {self.norm(x) for x in range(titles[-1][1], j)}
        ):
            # X, Chief of Staff of the Armed Forces, Y, Under-Secretary ...: the title is
            # X's in apposition; Y opens the next item of the list
            before = self.name_before(i)
            if before is not None and not self._titled_before(before):
                # (but "the Minister of Finance, X, Chief of Defence Staff, Lt. Gen. Y":
                # items of title then name, X's title told before X)
                name = None
                j = next(x for x in range(titles[-1][1], j) if self.norm(x) == ",")
        if (
            rule == "en.title_name"
            and name is not None
            and (
                comma := next(
                    (x for x in range(titles[0][1], name[0]) if self.norm(x) == ","), None
                )
            )
            is not None
            and self._adjunct_title(start, name[1])
        ):
            # "In a meeting with the President of Brazil, H.E. X conveyed ...": the title
            # closes an opening phrase; the name after its comma is the clause's subject
            name = None
            j = comma
        if (
            rule == "en.title_name"
            and name is not None
            and any(self.norm(x) == "," for x in range(titles[-1][1], name[0]))
            and self.norm(name[1]) == "as"
            and any(self.post_at(x) is not None for x in range(name[1] + 1, name[1] + 4))
            # (the item before is "as" + its title too: X as the Minister of Defense, Y as
            # Interior Minister; not "The Minister of Water, X as acting Minister of Health")
            and any(self.norm(x) == "as" for x in range(max(0, titles[0][0] - 3), titles[0][0]))
        ):
            # "X as the Minister of Defense, Y as Interior Minister": past the comma, the
            # name "as" ties to the post after it is no holder of the title before it
            name = None
            j = next(x for x in range(titles[-1][1], j) if self.norm(x) == ",")
        if rule == "en.title_name" and name is not None and self._staff_of_title(i):
            # Special Staff for the Minister of Religion X: X is the staff's, whose post
            # no lexicon holds, not the minister
            return name[1]
        if (
            rule == "en.title_name"
            and name is not None
            and (sp := self._spokesperson_of_title(i)) is not None
            and self.norm(name[0] - 1) == ","  # (the spokesman for the Minister, X)
            and "en+spokesperson" not in self.disabled
        ):
            # the spokesman for the Minister of Finance, X: X is the spokesman, of the
            # minister's state
            self.add(
                name[0],
                name[1],
                name[2],
                role="spokesperson",
                country=titles[0][4]["country"],
                org=titles[0][3],
                rank=None,
                status="current",
                start=sp,
                end=name[1],
                rule=rule + "+spokesperson",
            )
            return name[1]
        if name is not None and self.norm(name[1]) in _PLACE_NAME_HEADS:
            return name[1]  # President Ahmed Ben Bella Airport
        if name is None:
            name = self.name_before(i)
            rule = "en.name_title"
            if (
                name is not None
                and self._body_before(i - 1) != i - 1
                and j < self.n
                and not self.toks[j].punct
                and self.norm(j) not in ("and", "of", "for", "to")
            ):
                # "After talks with X, the UN envoy flew to Cairo": the body's officer
                # opens a new clause; an apposition closes (X, the UN envoy, said)
                name = None
            if (
                name is not None
                and "the" in (self.norm(i - 1), self.norm(i))
                and name[0] >= 2
                and (
                    (self.norm(name[0] - 1) == "," and not self.toks[name[0] - 2].punct)
                    or any(
                        # (and "At the meeting with X, the Foreign Minister underlined")
                        self.norm(x) in ("his", "her", "the")
                        and self.norm(x - 1) in ("in", "during", "after", "at")
                        for x in range(max(1, name[0] - 12), name[0])
                    )
                )
                and self._clause_verb_at(j)
            ):
                # "In his meeting with X's envoy, Kim, the Chinese minister said (assessed
                # that) ...": the name is itself set off after a noun, and a verb follows the
                # definite title with no comma: the title is the clause's subject, not Kim's
                # (but "Kim, the Ghanaian minister said ..." leaves out the closing comma)
                name = None
            if name is not None and self._other_minister_before(name, titles):
                # "led by Foreign Minister X, the defence minister and the head of
                # intelligence": a list of other, unnamed members, no second post of X
                name = None
            if name is not None and self._title_list_goes_on(j):
                # "X, Minister of Interior and acting Minister of Y Z": the titles are Z's
                name = None
            if name is not None:
                start = name[0]
                rk = self.rank_ending_at(name[0])
                if rk:
                    start = rk[0]
                    for t in titles:
                        t[4]["rank"] = t[4]["rank"] or rk[1]
                    st = next(
                        (
                            h
                            for x in range(max(0, start - 3), start)
                            if (h := self.state_at(x)) is not None and h[0] == start
                        ),
                        None,
                    )
                    if st is not None:
                        # Mexican General X, Secretary of National Defense: the state
                        # before the rank
                        for t in titles:
                            t[4]["country"] = t[4]["country"] or st[1]
                styled = self.state_before_style(start)
                if styled:
                    # Omani Prince X, the Crown Prince: the state of the styled name
                    start = styled[0]
                    for t in titles:
                        t[4]["country"] = t[4]["country"] or styled[1]
        as_name = self.name_before_as(i)
        if as_name is not None:
            # naming X as the new Chief of General Staff (CGS), President Y said: the post
            # is X's, whom "as" ties to it, not the next name's; nor is a title after the
            # comma another of X's
            name, rule, start = as_name, "en.appointment", as_name[0]
            first_comma = next((x for x in range(titles[0][0], j) if self.norm(x) == ","), None)
            if first_comma is not None:
                titles = [t for t in titles if t[0] < first_comma] or titles[:1]
                j = min(j, first_comma)
        if name is None:
            return max(j, i + 1)
        ns, ne, english = name
        end_tok = ne if rule == "en.title_name" else j
        # Foreign Minister Hakan Fidan of Turkey
        after_state, body_after = None, False
        if rule == "en.title_name":
            c = self.country_after_of(ne)
            if c and self.norm(c[0]) in ("'s", "’s") and self.norm(c[0] + 1) in _STANCE_NOUNS:
                # assured Minister X of Israel's support: the state owns what follows, it
                # is not the holder's (Minister X of Chile's ruling party is Chile's)
                c = None
            if c:
                after_state, end_tok = c[1], c[0]
                self._state_back(start, after_state)
            elif titles[0][4]["country"] is None and (b := self._body_after(ne)) is not None:
                end_tok, body_after = b, True  # Secretary-General X of the United Nations
        # a state before the first title or after the last holds for all (Jordan's Deputy
        # Prime Minister and Foreign Minister X)
        shared_country = next((t[4]["country"] for t in titles if t[4]["country"]), after_state)
        if shared_country is None:
            shared_country = self.counterpart_state.get(i)
        if (
            english is None
            and ne - ns == 1
            and shared_country
            and self.norm(titles[-1][1] - 1) in _MONARCHS
        ):
            # Jordan's King Abdullah: the monarch the gazetteer names with his numeral
            english = _regnal_gazetteer(self.toks[ns].norm, shared_country)
        shared_rank = next((t[4]["rank"] for t in titles if t[4]["rank"]), None)
        body_start = self._body_named(i, j) if shared_country is None else None
        if body_start is None and shared_country is None and body_after:
            body_start = start  # the body after the name
        if body_start is not None:
            # European Commission President X, High Representative/Vice-President X: the
            # body's officer, not a state's head or deputy head
            start = min(start, body_start)
            # (an international bank's or fund's president or chairman is its director
            # general: the Asian Development Bank (ADB) President X)
            lender = bool({self.norm(x) for x in range(body_start, i)} & {"bank", "fund"})
            titles = [
                (a, b, _BODY_LENDER_HEAD, "government", m)
                if lender
                and len(titles) == 1
                and e.role in ("head_of_state", "head_of_government", "official")
                and self.norm(b - 1) in _BODY_HEADS
                and not any(self.norm(x) in _DEPUTY_WORDS for x in range(a, b))
                else (a, b, _BODY_OFFICER, "government", m)
                if e.role in _STATE_ROLES
                else t
                for t in titles
                for a, b, e, _o, m in [t]
            ]
        status = "designate" if rule == "en.appointment" or self.appointed(start, rule) else None
        # a decree appointed X as Governor of Y: he holds the post, once the article's
        # passes have read him as a designate
        # (not a post told in apposition: appointed X, the former Ambassador to Japan, as
        # Minister of Water; the apposition is no post given)
        made = (
            bool(status)
            and rule != "en.name_title"
            and self._appointment_made(start, ns, titles[0][0])
        )
        if rule == "en.appointment" and ns in self.relieved:
            status, made = "former", False  # relieved from his post as ...: held till now
        if status and rule == "en.appointment" and self._listed_as(ns):
            status = None  # the new cabinet's ministers are X as Interior Minister, ...
        if status and any(
            self.norm(x) in _SWORN
            and self.toks[x].sent == self.toks[start].sent
            # (not one to come: will swear in X, is due to swear in, urged him to swear in;
            # "before being sworn in" is no such word)
            and not any(
                self.norm(y) in _APPOINT_PENDING and self.norm(y) not in ("before", "right")
                for y in range(max(0, x - 4), x)
            )
            for x in range(max(0, start - 80), titles[-1][1])
        ):
            status = None  # swore in X as Minister of Finance: he holds the post
        if (
            status
            and rule == "en.appointment"
            and any(self.norm(x) in _OFFICE_TAKING for x in range(ne, titles[0][0]))
        ):
            status = None  # X was confirmed (re-elected, installed) as Speaker: he holds it
        if (
            status
            and rule == "en.appointment"
            and [self.norm(x) for x in range(ne, min(ne + 2, self.n))] == ["is", "the"]
        ):
            status = None  # X is the Health Minister in Bolivia: he holds the post
        if (
            status
            and rule == "en.appointment"
            and any(self.norm(x) in ("acting", "interim") for x in range(ne, titles[0][0] + 1))
            # (told as done: appointed, named; not "before the President appoints X as the
            # acting minister", "..., to take office in March")
            and any(self.norm(x) in ("appointed", "named") for x in range(max(0, ns - 4), ns))
            and not any(
                self.norm(x) in ("take", "takes", "will", "would")
                for x in range(titles[-1][1], min(self.n, titles[-1][1] + 6))
            )
        ):
            status = None  # appointed X as the acting minister: an acting holder takes it at once
        named = [(ns, ne, english)] * len(titles)
        if len(titles) == 2 and rule == "en.title_name" and (two := self._respectively(ne)):
            # the Foreign Minister and Finance Minister, X and Y, respectively: one each
            named[1], end_tok = two[0], max(end_tok, two[1])
        first_name = (ns, ne, english)
        for (_s, e, entry, org, m), (ns, ne, english) in zip(titles, named, strict=True):
            # Inspector General of the UAE and President of INTERPOL: a title of a chain
            # followed by "of" and a body of no state is that body's, not the state's
            own_body = len(titles) > 1 and m["country"] is None and self._stateless_body(e)
            country = m["country"] or (None if own_body else shared_country)
            r = rule
            if country is None and rule == "en.appointment" and "en+appointer" not in self.disabled:
                country = self._appointer_state(ns)
                if country is not None:
                    r = rule + "+appointer"
            if (
                country is None
                and (self.norm(start - 1) in ("and", ";") or self.norm(ne) in (",", ";", "and"))
                and "en+list" not in self.disabled
            ):
                country, r = self.list_state(start, entry.role), rule + "+list"
                if country is None:
                    r = rule
            if entry.needs_state and country is None:
                continue  # Hamas leader X: a leader is a state's only where one is named
            role = entry.role
            if own_body and role in _STATE_HEAD_ROLES:
                role = "official"  # President of the Arab Interior Ministers Council
            if role == "envoy" and country and self._plain_envoy(e):
                role = "ambassador"  # the Chinese envoy X: China's ambassador
            if role == "military_commander" and (m["rank"] or shared_rank) in _POLICE_RANKS:
                role = "official"  # Commanding Officer of a station, Chief Inspector X
            if (
                role == "minister"
                and (m["org"] or org) == "ministry"
                and any(
                    self.norm(k) == "secretary"
                    and self.norm(k + 1) == "of"
                    and (
                        self.norm(k + 2) == "the"
                        # (Secretary of Iran's Supreme National Security Council)
                        or (
                            (st := self.state_at(k + 2)) is not None
                            and self.norm(st[0] - 1) in ("'s", "’s")
                        )
                    )
                    for k in range(_s, e if ns < _s else min(e, ns))
                )
            ):
                # Secretary of the Navy, of the Security Council, of the Party Committee:
                # a body's secretary, of no ministry a portfolio names (a field with no
                # "the" is a cabinet secretary's portfolio: Secretary of Agrarian Reform)
                role = "official"
            self.add(
                ns,
                ne,
                english,
                role=role,
                country=country,
                org=m["org"] or org,
                rank=m["rank"] or shared_rank,
                status=status or m["status"],
                start=start,
                end=max(end_tok, e),
                rule=r,
                made=made,
                # ("X, also the Prime Minister": a second post, no bare back-reference)
                generic=country is None
                and not (
                    rule == "en.name_title"
                    and any(self.norm(x) in _ALSO for x in range(ne, min(i + 1, self.n)))
                )
                # (Foreign Minister X, who is also the deputy prime minister: both posts
                # said, neither a bare back-reference to the other)
                and not (
                    rule == "en.title_name"
                    and self.norm(ne) == ","
                    and self.norm(ne + 1) == "who"
                    and any(self.norm(x) in _ALSO for x in range(ne + 2, min(ne + 5, self.n)))
                ),
                # (a chargé d'affaires, a consul: a mission's officer, posted there too)
                host=m.get("host")
                if entry.role in ("ambassador", "envoy")
                or entry.ambassador
                or entry is _BODY_OFFICER
                else None,
            )
            if m.get("multinational"):
                self.multinational.add(self.toks[ns].idx)
            if m.get("own_state"):
                self.own_state.add(self.toks[ne - 1].end)
            if m.get("home_noun"):
                self.home_said[self.toks[ne - 1].end] = m["home_noun"]
        ns, ne, english = first_name
        style = ns - 2 if self.norm(ns - 1) == "." else ns - 1
        if rule == "en.name_title" and style >= 0 and self.norm(style) in _COURTESY:
            # Amb. X, the Cabinet Secretary: the post in apposition, not the courtesy title
            self.dropped.update(
                n
                for n, f in enumerate(self.findings)
                if f.name_begin == self.toks[ns].idx
                and f.role == "ambassador"
                and f.begin == self.toks[style].idx
            )
        return max(end_tok, i + 1)

    def _respectively(self, k: int) -> tuple[tuple[int, int, str | None], int] | None:
        """``and [Hon.] Y, respectively`` at token k, right after a first name: (Y's name,
        the token after "respectively"), or None."""
        x = k + (self.norm(k) == ",")
        if self.norm(x) != "and":
            return None
        second = self.name_at(self._past_styles(x + 1), single=False)
        if second is None:
            return None
        y = second[1] + (self.norm(second[1]) == ",")
        return (second, y + 1) if self.norm(y) == "respectively" else None

    def _bracket_portfolio(self, k: int) -> tuple[int, str, str] | None:
        """``(Foreign Affairs)`` at token k, after a minister's name: the token after the
        bracket, and the post and organization of the minister of that portfolio."""
        if self.norm(k) != "(":
            return None
        shut = next((x for x in range(k + 1, min(k + 8, self.n)) if self.norm(x) == ")"), None)
        if shut is None or shut == k + 1:
            return None
        words = [[self.norm(x)] for x in range(k + 1, shut)]
        for lead in (
            [["minister"], ["of"]],
            [["cabinet"], ["secretary"], ["for"]],
            [["cabinet"], ["secretary"], ["for"], ["the"]],
        ):
            # (Treasury): the Cabinet Secretary for Treasury, Kenya's finance minister
            post = self.ix.posts.longest([*lead, *words])
            if (
                post is not None
                and post[0] == len(words) + len(lead)
                and post[1].role.endswith("minister")
            ):
                return shut + 1, post[1].role, post[1].org
        got = _portfolios().longest(words)
        if got is not None and got[0] == len(words):
            return shut + 1, "minister", f"ministry-{got[1]}"
        if shut - k <= 5 and all(
            self.toks[x].cap
            and self.toks[x].text.isalpha()
            and not self.toks[x].text.isupper()
            and not self.state_at(x)
            and not self.walk(self.ix.places, x)
            or (x > k + 1 and self.norm(x) in ("and", "&", "of"))
            for x in range(k + 1, shut)
        ):
            # X (Roads), Y ( Sports): a portfolio no lexicon holds, in capitals (not a
            # state, a place or a party's acronym)
            return shut + 1, "minister", "ministry"
        return None

    def _body_ends_at(self, k: int) -> bool:
        """Does an international body's name (the UN, the World Bank, UNICEF) end right
        before token k, the start of a title written after it (or before its acronym in
        brackets: the World Bank (WB) President)?"""
        k = self._before_acronym(k)
        for b in range(max(0, k - 4), k):
            got = self.walk(_phrases("international_bodies"), b)
            if got is not None and got[0] == k:
                return True
        return False

    def _plain_envoy(self, e: int) -> bool:
        """The title ending at token e is a state's plain "envoy" (the Chinese envoy, Japan's
        envoy to Ghana): no qualifier before it (special, personal), no field after "for"
        (US envoy for Syria)."""
        return (
            self.norm(e - 1) in ("envoy", "envoys")
            and self.norm(e - 2) not in _ENVOY_QUALIFIERS
            and self.norm(e) != "for"
        )

    def _titled_before(self, name: tuple[int, int, str | None]) -> bool:
        """The name has a post written before it, found already (Minister of Finance, X)."""
        at = self.toks[name[0]].idx
        return any(f.name_begin == at and f.begin < at for f in self.findings)

    def _surname_after_title(self, j: int, titles) -> tuple[int, int, str | None] | None:
        """One capitalised word after a title that states its state (Kazakhstan Foreign
        Minister X, Foreign Minister X of Kazakhstan) is the holder's surname; the
        gazetteer's full name where it knows one official of that state by it. With no
        state, the word is a surname only where the gazetteer knows one official by it,
        of a state the article names (President X ... American): his."""
        if self.norm(j) == "," and self.norm(j + 2) in (",", "."):
            j += 1  # Kazakhstan's Foreign Minister, X, said
        code = next((x[4]["country"] for x in titles if x[4]["country"]), None)
        if code is None:
            after = self.country_after_of(j + 1)
            code = after[1] if after else None
        if code is None:
            # President X, Secretary X: the one official of the gazetteer by that surname,
            # unless the article has named someone by it (Secretary X: X named before)
            if self.tok(j) is None or self.surname_of(j) is not None:
                return None
            word = self.toks[j].norm
            if any(word in normalize_en(f.name).split() for f in self.findings):
                return None  # (John B. Kilmer III ... Secretary Kilmer)
            for k in range(1, self.n):
                if k != j and self.toks[k].norm == word:
                    got = self.name_at(k - 1, single=False)
                    if (
                        got is not None
                        and got[1] == k + 1
                        # ... with a title of his own (not a relative: Jomo X, Asma X)
                        and any(
                            (w := self.walk(self.ix.posts, x)) and w[0] == got[0]
                            for x in range(max(0, got[0] - 6), got[0])
                        )
                        and not any(
                            self.norm(x) in _FORMER for x in range(max(0, got[0] - 6), got[0])
                        )
                    ):
                        return None  # (PM X ... PM Abdulhamid X: named in full further on)
            known = lexicon.official_by_surname(self.toks[j].text)
            code = lexicon.official_state(known)
            if code is None or code not in self._states_named():
                return None  # (Former President X in Cairo: X's state not named, no one)
            got = self._lone_surname(j, code)
            return (got[0], got[1], known) if got is not None else None
        return self._lone_surname(j, code)

    def _lone_surname(self, j: int, code: str) -> tuple[int, int, str | None] | None:
        """One capitalised word at token j as the surname of an official of state ``code``
        (the gazetteer's full name where it knows one official of that state by it)."""
        t = self.tok(j)
        if t is None or not (self.name_word(j) or self.hyphen_particle(j)):
            return None
        if len(t.text) < 3 or not t.text.replace("-", "").replace("'", "").isalpha():
            return None
        nxt = self.tok(j + 1)
        if nxt is not None and nxt.cap and not nxt.punct:
            return None  # Turkish Foreign Minister Arrives In Baghdad: a line in title case
        return j, j + 1, _gazetteer_surname(_surname_key(t.norm), code)

    def _state_back(self, start: int, code: str) -> None:
        """President A and Prime Minister B of Serbia: the state after the last titled
        name of a list is that of the items right before it that state none (suffix
        ``+list``); not of one the gazetteer knows serves another state."""
        k = start - 1
        while self.norm(k) in ("and", ","):
            edge = self.toks[k].idx
            item = [
                n
                for n, f in enumerate(self.findings)
                if f.end <= edge and self.text[f.end : edge].strip(" ,") == ""
            ]
            if not item:
                return
            fs = [self.findings[n] for n in item]
            if any(
                f.country is not None
                or f.status != "current"
                or f.rule != "en.title_name"
                or lexicon.official_state(f.english) not in (None, code)
                or self._sent_of_char(f.begin) != self.toks[start].sent
                for f in fs
            ):
                return
            for n in item:
                f = self.findings[n]
                self.findings[n] = replace(f, country=code, rule=f.rule + "+list", generic=False)
            b = self._tok_at(fs[0].begin)
            if b is None:
                return
            k = b - 1
            if self.norm(k) == "and" and self.norm(k - 1) == ",":
                k -= 1

    def _stateless_body(self, k: int) -> bool:
        """``of [the] BODY`` at token k naming an international body or an organisation
        that names no state (of INTERPOL, of the Arab Interior Ministers Council)."""
        if self.norm(k) != "of":
            return False
        if self._body_after(k) is not None:
            return True
        o = self.org_after_of(k)
        return o is not None and o[1] is None and self.state_at(k + 1) is None

    def _body_after(self, k: int) -> int | None:
        """``of [the] BODY`` at token k (the ``of``) naming an international body (of the
        United Nations, of the European Commission): the token after it, or None."""
        if self.norm(k) != "of":
            return None
        x = k + 1 + (self.norm(k + 1) == "the")
        b = self.walk(_phrases("international_bodies"), x)
        if b is not None:
            # assured President X of EU's commitment: a possessive opens another phrase
            return b[0] if self.norm(b[0]) not in ("'s", "’s") else None
        o = self.org_after_of(k)
        if o is None or o[1] is not None or self.norm(o[0]) in ("'s", "’s"):
            return None
        span = self.text[self.toks[x].idx : self.toks[o[0] - 1].end]
        return o[0] if international_body(span, lang="en") else None

    def _body_named(self, i: int, j: int) -> int | None:
        """Where the titles from token i to j, with the capitalised words right before
        them, name an international body (data/lexicon/international.jsonl): the token
        they start at (the body's name before the title), or None."""
        k = i - 1 if self.norm(i - 1) in ("'s", "’s") else i  # the EU's top diplomat
        limit = 5 - (i - k)
        if (b := self._before_acronym(k)) != k:
            k, limit = b, 5  # World Bank (WB) President: past the body's acronym
        base = k
        while k > 0 and base - k < limit and not self.toks[k - 1].punct:
            if not (self.toks[k - 1].cap or self.norm(k - 1) == "of" and self.tok(k - 2)):
                break
            k -= 1  # Council of Europe Commissioner
        while k < i and not self.toks[k].cap:
            k += 1
        if k < i and self.toks[k].sent != self.toks[i].sent:
            k = i
        if self.norm(max(j - 1, i)) in _PORTFOLIO_CLOSERS and any(
            self.norm(x) == "minister" for x in range(i, j)
        ):
            return None  # Minister of Foreign and CARICOM Affairs: a portfolio, a state's
        span = self.text[self.toks[k].idx : self.toks[max(j - 1, i)].end]
        if international_body(span, lang="en") is None:
            return None
        title = self.text[self.toks[i].idx : self.toks[max(j - 1, i)].end]
        return i if international_body(title, lang="en") else k

    def _name_after_body(self, j: int) -> tuple[tuple[int, int, str | None], int] | None:
        """After a title at token j, ``of`` or ``at`` and a body's name (the Amiri Diwan,
        the Ministry of Interior), then a name, with its rank if any; or ``of``, ``at``,
        ``in`` and a body, a comma, a rank and a name: (the name, the body's end), or
        None."""
        if self.norm(j) not in ("of", "at", "in"):
            return None
        body = self.org_after_of(j)
        a = j + 1 + (self.norm(j + 1) == "the")
        if body is None and a + 1 < self.n and re.fullmatch(r"[A-Z]{2,6}", self.toks[a].text):
            body = (a + 1, None, set())  # in the UPDF, of the KDF: a force's acronym
        if body is None or body[0] >= self.n:
            return None
        k = body[0]
        if self.toks[k].text == "," and k + 1 < self.n and self.toks[k + 1].cap:
            # The Chief of Defence Forces in the UPDF, Gen. X: the body, a comma, then the
            # holder's rank and name (a rank: an apposition after a comma is no holder else)
            rk = self.walk(self.ix.ranks, k + 1)
            name = self.name_at(rk[0]) if rk is not None else None
            return (name, k + 1) if name is not None else None
        if self.toks[k].punct or self.norm(j) == "in":
            return None
        rk = self.walk(self.ix.ranks, k) if self.toks[k].cap else None
        name = self.name_at(rk[0] if rk is not None else k)
        if name is None:
            return None
        return name, k

    def _ranked_name_after(self, j: int) -> tuple[int, int, str | None] | None:
        """After a title at token j, an organisation's name in capitals (and its acronym in
        brackets), then a military rank and a name: that name, or None. Nothing but
        capitalised words (at least one) may stand before the rank."""
        x, words = j, 0
        while x < self.n and words < 6:
            r = self.walk(self.ix.ranks, x) if self.toks[x].cap else None
            if r is not None:
                return self.name_at(r[0]) if words else None
            t = self.toks[x]
            if t.text == "(" and x + 2 < self.n and self.toks[x + 2].text == ")":
                x += 3
                continue
            if not t.cap or t.punct:
                return None
            x, words = x + 1, words + 1
        return None

    def _regnal_name(self, j: int) -> tuple[int, int, str | None] | None:
        """One name word after a monarch's title, with its regnal numeral, where a
        clause goes on after it (King Abdullah received; not King Salman Air Base)."""
        if not self.name_word(j) or self.hyphen_particle(j) or "-" in self.toks[j].text:
            return None  # Sultan Al-Aseeri: a given name and a family name, no monarch
        end = j + 1
        t = self.tok(end)
        if t is not None and re.fullmatch(r"[IVX]+", t.text):
            end += 1
        nxt = self.tok(end)
        if nxt is not None and nxt.cap and not nxt.punct:
            return None
        return j, end, None

    def _described_then_titled(self, start: int, end: int, nxt: int) -> bool:
        """A title written in lower case after "the" (the Swiss ambassador), then "and" and
        a capitalised title (Chief of Army Staff): two people, the first unnamed."""
        k = start
        while k > 0 and self.norm(k - 1) != "the" and self.toks[k - 1].cap and k > start - 3:
            k -= 1  # the Swiss ambassador: past the nationality
        head_lower = not any(self.toks[x].cap for x in range(start, end))
        if (
            k == start
            and k > 0
            and self.norm(k - 1) == "the"
            and end - start == 1
            and self.toks[start].cap
            and self.toks[nxt].cap
        ):
            # "The Secretary and Foreign Minister X": the one word of a longer title an
            # official named before holds (Secretary of State Y) is Y, not X's first post
            word = self.toks[start].text
            if any(
                f.name_begin > f.begin
                and f.end <= self.toks[start].idx
                and word in self.text[f.begin : f.name_begin].split()
                and len(self.text[f.begin : f.name_begin].split()) > 1
                for f in self.findings
            ):
                return True
        return k > 0 and self.norm(k - 1) == "the" and head_lower and self.toks[nxt].cap

    def _title_list_goes_on(self, j: int) -> bool:
        """After a title, "and" then another title within a few words ("Minister of
        Interior and KRG acting Minister of X Y"): the titles are a list of the name
        after them, not an apposition of the name before them."""
        if self.norm(j) != "and" or self.norm(j + 1) in _COURTESY:  # and Amb. X: the next
            return False
        p = next((p for k in range(j + 1, min(j + 5, self.n)) if (p := self.post_at(k))), None)
        if p is None:
            return False
        # ... and a name after that title (not "UAE Ambassador to Ethiopia and the
        # country's Permanent Representative to the AU.": a second post of the name before)
        x = p[0]
        while x < self.n and x - p[0] < 8 and self.toks[x].text not in (".", ";", ","):
            c = self.walk(self.ix.countries, x) or self.walk(_phrases("international_bodies"), x)
            if c:
                x = c[0]
                continue
            if self.name_at(x, single=False) is not None:
                return True
            x += 1
        return (
            x < self.n
            and self.toks[x].text == ","
            and self.name_at(x + 1, single=False) is not None
        )

    def _other_minister_before(self, name, titles) -> bool:
        """The name right before an appositive title already holds another minister's post
        from a title in front of it (Foreign Minister X, the defence minister ...)."""
        begin = self.toks[name[0]].idx
        mine = {
            f.role
            for f in self.findings
            if f.name_begin == begin and f.rule.split("+")[0] == "en.title_name"
        }
        new = {t[2].role for t in titles}
        return bool(mine & _PORTFOLIOS) and bool(new & _PORTFOLIOS) and not (new & mine)

    def visitor_of(self, begin: int, code: str) -> bool:
        """Is the post at offset ``begin`` told as the one who visits state ``code``
        ("the state visit to Japan of President X", "a visit to Japan by X")?"""
        k = self._tok_at(begin)
        if k is None or self.norm(k - 1) not in ("of", "by"):
            return False
        for x in range(max(0, k - 5), k - 1):
            st = self.state_at(x)
            if st and st[0] == k - 1 and st[1] == code and self.norm(x - 1) == "to":
                return any(self.norm(y) in _VISIT_NOUNS for y in range(x - 4, x - 1))
        return False

    def _appointer_state(self, ns: int) -> str | None:
        """President X of Kenya ... appointing Y as finance minister: the state of the head
        of state or government named before the appointee in its sentence, who names him."""
        sent, at = self.toks[ns].sent, self.toks[ns].idx
        heads = [
            f
            for f in self.findings
            if f.country
            and f.role in ("head_of_state", "head_of_government")
            and f.name_end <= at
            and self._sent_of_char(f.name_begin) == sent
        ]
        return heads[-1].country if heads else None

    def _appointment_made(self, start: int, ns: int, title: int) -> bool:
        """The appointment word nearest the name, before it (appointed X as ...) or between
        it and its title (X was named Minister of ...), in its sentence, makes the
        appointment, and no word of what is yet to come, of a condition or of a denial
        stands up to three words before that word (will appoint, expected to name)."""
        sent = self.toks[ns].sent
        words = [
            k
            for k in [*range(max(0, start - 4), start), *range(ns, title)]
            if self.toks[k].sent == sent and self._appoint_word(k)
        ]
        if not words:
            # (appointed X as Minister of Y, and Z as Minister of W: the next item of the
            # list, whose appointment word the first one's is)
            at = self.toks[ns].idx
            prev = next((f for f in reversed(self.findings) if f.name_end <= at), None)
            return (
                prev is not None
                and prev.rule.startswith("en.appointment")
                and prev.made
                and self._sent_of_char(prev.begin) == sent
                and self.norm(ns - 1) in ("and", ",")
            )
        k = min(words, key=lambda x: abs(x - ns))
        if self.norm(k + 1) in ("after", "for", "by"):
            return False  # named after X, appointed by X: no appointee
        if any(
            (t := self.toks[x]).sent == sent
            and t.text.isdigit()
            and 1900 <= int(t.text) <= 2100
            and (x > k or self.norm(x - 1) in ("in", "since"))
            for x in range(self.n)
        ):
            return False  # appointed Minister of Water in 1998: a past post, told as such
        if any(
            self.norm(x) in _APPOINT_DENIALS and self.toks[x].sent == sent
            for x in range(k - 1, -1, -1)
        ):
            return False  # State House denied that the President had appointed X as ...
        if self.norm(k) in _APPOINT_BASE:
            # to appoint X as ...: made in a decree's text or a decision (decided to
            # appoint), one to come elsewhere (is to appoint, promised to appoint)
            return self.norm(k - 1) == "to" and (k < 2 or self.norm(k - 2) in _DECREE_OPENERS)
        return self.norm(k) in _APPOINT_MADE and not any(
            self.norm(x) in _APPOINT_PENDING for x in range(max(0, k - 3), k)
        )

    def appointed(self, start: int, rule: str) -> bool:
        """X was nominated as foreign minister; named X prime minister; candidate for."""
        for k in range(max(0, start - 4), start):
            if (
                self.toks[k].sent == self.toks[start].sent
                and self.norm(k) in _APPOINT
                # (ministers appointed by President X: X appoints, he holds his post)
                and self.norm(k + 1) != "by"
            ):
                return True
        return False

    def _envoy_alone(self, f: Finding) -> bool:
        """``f`` is an envoy's, and no post at home of his state is named before him in his
        sentence (French Ambassador X, Foreign Minister Y: Y is the host's; but Saudi
        Defence Minister X, Saudi Ambassador Y, and Minister of State Z: one side's list)."""
        if f.role not in _ABROAD and f.org != "embassy":
            return False  # (an attaché or a consul, an embassy's, serves abroad as an envoy)
        sent = self._sent_of_char(f.begin)
        return not any(
            g.country == f.country
            and g.role not in _ABROAD
            and g.end <= f.begin
            and self._sent_of_char(g.begin) == sent
            for g in self.findings
        )

    def _closed_apposition(self, k: int) -> bool:
        """Names from token k joined by "and" (each may have "of STATE"), closed by a comma
        before a capitalised word that opens the clause (X of Kenya and Y of Ghana, Z said)?"""
        joined = False
        while k < self.n:
            name = self.name_at(k, single=True)
            if name is None:
                return False
            k = name[1]
            if self.norm(k) in ("of", "from") and (st := self.state_at(k + 1)):
                k = st[0]
            if self.norm(k) == "and":
                joined, k = True, k + 1
                continue
            return (
                joined
                and self.norm(k) == ","
                and k + 1 < self.n
                and self.toks[k + 1].cap
                and self.norm(k + 1) not in ("who", "which")
            )
        return False

    def list_state(self, start: int, role: str) -> str | None:
        """A title right after an official with a state (X, Foreign Minister Y, and Z); not
        an envoy's state for a post at home (French Ambassador X, Foreign Minister Y and
        National Security Adviser Z: the minister and the adviser are the host's)."""
        k = start - 1
        if self.norm(k) == "and":
            k -= 1
        if self.norm(k) not in (",", ";"):  # (a list whose items hold commas: ";")
            if self.norm(start - 1) != "and":
                return None
            k = start - 1
        for f in reversed(self.findings):
            if f.end <= self.toks[k].idx:
                gap = self.text[f.end : self.toks[k].idx]
                if gap.strip(" ,;") != "" or f.status != "current" or f.name_end in self.own_state:
                    return None
                if role in _HOME_POSTS and self._envoy_alone(f):
                    return None
                if self.norm(k) == ";" and not self._list_opened(f.begin):
                    return None  # (X met Y; Minister Z briefed reporters: two clauses)
                if self._after_between(f.begin) and role in _HEADS_OF:
                    return None  # (talks between the Pakistani PM X and President Y: sides)
                # (or, in a list with commas, the state the gazetteer knows its holder
                # serves: Prime Minister X, Deputy Prime Minister Y, Foreign Minister Z)
                if not _gazetteer_joins(f, self.norm(k), role):
                    return None
                if f.country or self.norm(k) not in (",", ";"):
                    return f.country
                return lexicon.official_state(f.english)
        return None

    def _after_between(self, at: int) -> bool:
        """Does "between" stand up to three words before char ``at`` (talks between the
        visiting Pakistani Prime Minister X and President Y: the two sides, each its own)?"""
        return (
            re.search(r"\bbetween\s+(?:\S+\s+){0,3}$", self.text[max(0, at - 50) : at]) is not None
        )

    def _list_opened(self, at: int) -> bool:
        """A list of officials opens or goes on right before char ``at`` ("included",
        "were", a colon, a semicolon; a state's possessive may stand between)."""
        before = re.sub(r"(?:\b[\w.-]+['’]s\s*)$", "", self.text[max(0, at - 40) : at]).rstrip()
        return before.endswith((";", ":")) or bool(
            re.search(
                r"\b(?:included|including|include|includes|were|are|comprised|comprising"
                r"|comprises|namely)$",
                before,
                flags=re.IGNORECASE,
            )
        )

    def coordinated(self, j: int, title) -> int:
        """Foreign Ministers X of Turkey and Y of Syria; Foreign Ministers X and Y."""
        _s, _e, entry, org, m = title
        b = _s - 1
        while b >= 0 and self.norm(b) in _PLURAL_DETERMINERS:
            b -= 1
        if (
            b >= 0
            and b < _s - 1
            and self.norm(b).endswith("ing")
            and (b == 0 or self.toks[b - 1].sent != self.toks[b].sent or self.toks[b - 1].punct)
            # (Welcoming the two ministers, X of Kenya and Y of Ghana, Z said: named there)
            and not self._closed_apposition(j + (self.norm(j) == ","))
        ):
            # "Receiving the envoys, X was accompanied by ...": the titles are whom the
            # clause's subject, after the comma, received; they name no one
            return j
        # Foreign Ministers of Uzbekistan and Kyrgyzstan, A and B: the states in order
        states: list[str] = []
        x = _s
        if x >= 1 and (st := self.state_at(x - 1)) and st[0] == x:
            x -= 1
        while x >= 2 and self.norm(x - 1) in ("and", ",") and self.state_at(x - 2):
            x -= 2  # Turkish and Greek Foreign Ministers: the states before the title
        while x < j:
            st = self.state_at(x)
            if st and st[1] not in states:
                states.append(st[1])
                x = max(st[0], x + 1)
                continue
            x += 1
        k = j
        # the Presidents of Serbia and China, X and Y: the further states of the plural
        while (
            states
            and self.norm(k) in ("and", ",")
            and (st := self.state_at(k + 1))
            and st[1] not in states
            and not self.name_at(st[0], single=False)
        ):
            states.append(st[1])
            k = st[0]
        if k > j and self.norm(k) == ",":
            k += 1
        if (
            k == j
            and self.norm(k) in _DASHES
            and (states or m["country"])
            and self.name_at(k + 1, single=False)
        ):
            k += 1  # Ambassadors of the United States - X, Turkey - Y: the first holder
        listed = k == j and self.norm(k) in _LIST_OPENERS
        if listed:
            k += 1  # the new envoys are X from Nigeria, Y from India
        found = 0
        semi = False  # items set off by semicolons, each with a state of its own
        while k < self.n:
            # Foreign Ministers of Kyrgyzstan [X] and Tajikistan [Y]: each state then its
            # holder's name in brackets or between commas
            own = self._state_then_bracket(k) if found and not listed else None
            if own is None and semi:
                own = self._item_state(k)  # ...; Norway's X; of Peru, Y; and ...
            if own is not None:
                k = own[0]
            close = {"[": "]", "(": ")"}.get(self.norm(k))
            if close and (found or self.norm(k - 1) != ","):
                k += 1
            k = self._past_styles(k)  # X of the Bahamas and Dato Paduka Y of Brunei
            if (
                self.norm(k) in _COURTESY
                and not entry.ambassador
                and entry.role not in ("ambassador", "envoy")
            ):
                # Cabinet Secretaries Amb. X (Treasury), Amb. Y (Energy): a diplomat's
                # courtesy title before each name of the list, no post of its own
                k += 1 + (self.norm(k + 1) == ".")
            name = self.name_at(k, single=True)
            guess = states[found] if len(states) >= 2 and found < len(states) else m["country"]
            if semi and entry.ambassador:
                guess = None  # (each envoy of the list his own state, or none said)
            if name is None and (own or guess):
                # the Kazakh and Uzbek Foreign Ministers X and Y: surnames of stated states
                name = self._lone_surname(k, own[1] if own else guess)
            if name is None:
                break
            ns, ne, english = name
            if (
                ne - ns >= 3
                and self.norm(ne - 1) in _VENUE_NAME_HEADS
                and self.norm(ne - 2) in _VENUE_CUES
            ):
                break  # ministers at the Council Chambers, X Presidential Villa: a venue
            end = ne
            country = guess
            if own is not None:
                country = own[1]
            if close and self.norm(ne) == close:
                end = ne + 1
            c = self.country_after_of(ne)
            if c is None and self.norm(ne) == "(" and (st := self.state_at(ne + 1)):
                if self.norm(st[0]) == ")":
                    c = (st[0] + 1, st[1])  # Ambassadors X (Belgium), Y (Finland) and Z
            if c is None and self.norm(ne) == "(":
                shut = next(
                    (x for x in range(ne + 1, min(ne + 7, self.n)) if self.norm(x) == ")"), None
                )
                if shut is not None and international_body(
                    self.text[self.toks[ne + 1].idx : self.toks[shut].idx], lang="en"
                ):
                    end = shut + 1  # Y (European Union): a body's, no state's; the list goes on
            if c is None and (listed or (semi and self.norm(ne) == "from")):
                # X from Nigeria; X, Mauritania, Y ...; X Austria and Y: each name's state
                at = ne + 1 if self.norm(ne) in ("from", ",") else ne
                st = self.state_at(at)
                nxt = self.tok(st[0]) if st else None
                if st and (nxt is None or nxt.punct or not nxt.cap):
                    c = (st[0], st[1])
            if c:
                country, end = c[1], c[0]
            if c is None and entry.role == "minister" and (bp := self._bracket_portfolio(ne)):
                end = bp[0]  # Cabinet Secretaries X (Foreign Affairs) and Y (Interior)
            elif c is None and end == ne and (unit := self._bracketed_unit(ne)) is not None:
                end = unit  # Senators X (Mombasa), Y (Narok): each one's seat, no state
            if entry.needs_state and country is None:
                break
            plain = entry.role == "envoy" and country and self._plain_envoy(_e)
            self.add(
                ns,
                ne,
                english,
                role="ambassador" if plain else entry.role,
                country=country,
                org=m["org"] or org,
                rank=m["rank"],
                status=m["status"],
                start=k if found else _s,
                end=end,
                rule="en.coordinated",
                generic=country is None,
            )
            found += 1
            k = end
            if self.norm(k) == ";" and entry.ambassador:
                semi = True
            if self.norm(k) in (",", ";"):
                k += 1  # of Peru, X; Ghana, Y; and Nepal, Z: a semicolon between pairs
            if self.norm(k) == "and":
                k += 1
        return max(k, j)

    def _bracketed_unit(self, k: int) -> int | None:
        """``(Mombasa)`` at token k, after an item of a plural title's list: one to three
        capitalised words in brackets that name no state (a seat, a county, a portfolio):
        the token after the bracket, or None."""
        if self.norm(k) != "(":
            return None
        shut = next((x for x in range(k + 1, min(k + 5, self.n)) if self.norm(x) == ")"), None)
        if shut is None or shut == k + 1:
            return None
        if not all(self.toks[x].cap and not self.toks[x].punct for x in range(k + 1, shut)):
            return None
        if any(self.state_at(x) is not None for x in range(k + 1, shut)):
            return None
        return shut + 1

    def _item_state(self, k: int) -> tuple[int, str] | None:
        """An item of a list of envoys set off by semicolons that opens with its state:
        ``Norway's X`` or ``of Peru, X``: (the token where the name starts, the state)."""
        st = self.state_at(k)
        if st is not None and self.norm(st[0] - 1) in ("'s", "’s"):
            return st
        c = self.country_after_of(k)
        if c is not None and self.norm(c[0]) == ",":
            return c[0] + 1, c[1]
        return None

    def _body_then_comma(self, k: int) -> int | None:
        """``of [the] Order of Malta,`` at token k (the ``of``): a capitalised body that
        names no state, then a comma and a name: the name's token, or None."""
        if self.norm(k) != "of":
            return None
        x = k + 1 + (self.norm(k + 1) == "the")
        start = x
        while (
            x < self.n
            and x - start < 6
            and (self.toks[x].cap and not self.toks[x].punct or self.norm(x) == "of" and x > start)
        ):
            x += 1
        if x == start or self.norm(x) != "," or self.norm(x - 1) == "of":
            return None
        if self.country_after_of(k) or self.state_at(start):
            return None
        return x + 1 if self.name_at(x + 1, single=False) else None

    def _state_then_bracket(self, k: int) -> tuple[int, str] | None:
        """A state's name at token k (after "the") then "[", "(" or ",": (the token of that
        bracket or the token after the comma, state) or None."""
        x = k + (self.norm(k) == "the")
        c = self.walk(self.ix.countries, x)
        if c is None:
            return None
        if self.norm(c[0]) in ("[", "("):
            return c[0], c[1]
        if self.norm(c[0]) in _DASHES and self.name_at(c[0] + 1, single=False) is not None:
            return c[0] + 1, c[1]  # of Turkey - X, Chile - Y: each state, a dash, its holder
        if self.norm(c[0]) == ",":
            return c[0] + 1, c[1]
        if self.name_at(c[0], single=False) is not None and self.norm(k - 1) in (",", "and"):
            return c[0], c[1]  # the foreign ministers of Spain X, Latvia Y and Poland Z
        return None

    def try_counterpart(self, i: int) -> int | None:
        t = self.toks[i]
        k = i
        if t.norm in ("his", "her", "their"):
            k += 1
            if self.norm(k) in ("new", "incoming") and self.norm(k + 1) in _COUNTERPART:
                k += 1  # his new counterpart, X
        st = self.state_at(k)
        unit_level = False
        if (
            not st
            and k > i
            and (u := self.walk(_phrases("subnational_units"), k)) is not None
            and u[1]
            and self.norm(u[0]) in _COUNTERPART
        ):
            st = (u[0], u[1])  # his Sabah counterpart X: a federal unit's, of its state
            unit_level = True
        if not st and k == i:
            return None  # a bare "counterpart" needs his, her or a state before it
        code, k = (st[1], st[0]) if st else (None, k)
        opposite = self.norm(k) == "opposite" and self.norm(k + 1) in ("number", "numbers")
        if opposite:
            k += 1  # his American opposite number, X: his counterpart
        # (his Ecuadorian colleague X: a counterpart; his colleague X alone is not)
        if (
            self.norm(k) not in _COUNTERPART
            and not opposite
            and not (st and self.norm(k) in _COLLEAGUE)
        ):
            x = k
            while self.norm(x) in ("and", ",") and self.state_at(x + 1):
                x = self.state_at(x + 1)[0]  # his Argentine and Brazilian counterparts
            if x == k or self.norm(x) not in _COUNTERPART:
                return None
            return self._counterparts(i, i + (self.norm(i) in ("his", "her", "their")), x)
        if self.norm(k).endswith("s"):
            return self._counterparts(i, i + (self.norm(i) in ("his", "her", "their")), k)
        j = k + 1
        if code is None and self.norm(j) in ("from", "of"):
            # his counterpart from Bosnia and Herzegovina, X
            c = self.walk(self.ix.countries, j + 1 + (self.norm(j + 1) == "the"))
            if c:
                code, j = c[1], c[0]
        if self.norm(j) == "to" and (host := self.state_at(j + 1)) is not None:
            j = host[0]  # her Ethiopian counterpart to Kenya X: where the counterpart serves
        if self.norm(j) == ",":
            j += 1
        mods = {"country": None, "rank": None, "status": "current", "org": None}
        j2 = self.post_modifiers(j, PostEntry(role="", org=""), mods)
        name = self.name_at(j2)
        if name is None and self._past_styles(j2) > j2:
            name = self.name_at(self._past_styles(j2))  # his counterpart Datuk Seri X
        if (
            name is None
            and self.norm(j2) in _TITLE_NAMES
            and self.toks[j2].cap
            and self.name_word(j2 + 1)
        ):
            name = (j2, self._extend(j2 + 1, j2), None)  # his Iranian counterpart Amir X
        if name is None and code is not None:
            name = self._lone_surname(j2, code)  # his Kazakh counterpart X
        if name is None and code is not None and self.norm(k + 1) in (",", ".", "in", "on", ")"):
            name = self.name_before(i)  # X, his Estonian counterpart, (the name before)
        if name is None:
            if (
                code is not None
                and j2 < self.n
                and self.toks[j2].line == self.toks[k].line  # not a headline's last words
                and self.post_at(j2) is not None
            ):
                # his Afghan counterpart Foreign Minister X, FM X: the title's, this state's
                self.counterpart_state[j2] = code
            return k + 1
        if code is not None and name[1] - name[0] == 1:
            ref = self.surnames.get(_surname_key(self.toks[name[0]].norm))
            if ref is not None and self.findings[ref].country not in (None, code):
                # with his Turkish counterpart, Abdollahian said: a surname the article
                # gave another state's post is the subject, not the counterpart
                return name[1]
        ante = self.antecedent(i)
        if ante is not None and unit_level and ante.role != "official":
            # (the Interior Minister met his Puntland counterpart X: the unit's minister,
            # an official, not the state's)
            ante = replace(ante, role="official", org="government")
        if ante is not None:
            self._add_counterpart(i, name, ante, code, mods["rank"], k + 1)
        return max(name[1], k + 1)

    def _add_counterpart(
        self, i: int, name, ante: Finding, code: str | None, rank, end: int = 0
    ) -> None:
        """The counterpart named at ``name`` holds the post of ``ante``, of ``code``; the
        evidence runs from token i (or the name before it) to the name's end or ``end``."""
        # (Indian Foreign Secretary X met his Nepali counterpart Y: the post the title
        # means in Y's state, a senior diplomat's there too)
        title = self.text[ante.begin : ante.name_begin] or self.text[ante.name_end : ante.end]
        role = ante.role
        if ante.country is not None:
            # (only when the title means that in the antecedent's own state: a British
            # Foreign Secretary's counterpart is a minister)
            own = lexicon.role_in_state(title, ante.role, ante.country)
            if code in _STAFF_CHIEFS:
                # (a Turkish counterpart of a Pakistani navy chief commands his navy)
                own = staff_chief_role(title, own, ante.country)
            role = own if own != ante.role else role
        elif code in _STAFF_CHIEFS:
            # (Army Chief X held talks with his Nepalese counterpart Y: the chief of the
            # army staff, as Nepal titles him)
            role = staff_chief_role(title, role, code)
        self.add(
            name[0],
            name[1],
            name[2],
            role=role,
            country=code,
            org=ante.org,
            rank=rank,
            status="current",
            start=min(i, name[0]),
            end=max(name[1], end),
            rule="en.counterpart",
            generic=code is None,
        )

    def _counterparts(self, i: int, s: int, k: int) -> int | None:
        """his counterparts from Argentina and Brazil, X and Y; his Argentine and Brazilian
        counterparts X and Y; his peers X of Argentina and Y of Brazil: the post of the
        sentence's official, and the states in the order the names come (s: the first
        state before the plural at k, if any)."""
        states: list[str] = []
        x = s
        while x < k:
            st = self.state_at(x)
            if st:
                states.append(st[1])
                x = st[0]
            else:
                x += 1
        j = k + 1
        if not states and self.norm(j) in ("from", "of"):
            j += 1
            while c := self.walk(self.ix.countries, j + (self.norm(j) == "the")):
                states.append(c[1])
                j = c[0]
                if self.norm(j) == "," and self.norm(j + 1) == "and":
                    j += 1
                if self.norm(j) in (",", "and") and self.walk(
                    self.ix.countries, j + 1 + (self.norm(j + 1) == "the")
                ):
                    j += 1
                    continue
                break
        if not states and self.norm(j) == "other" and self.norm(j + 1) in _OTHER_NATIONS:
            j += 2  # her counterparts from other nations such as X of A; Y of B
        if self.norm(j) == ",":
            j += 1
        if self.norm(j) == "such" and self.norm(j + 1) == "as":
            j += 1  # (then "as" opens the list as "namely" does)
            j += 1 + (self.norm(j + 1) == ",")
        elif self.norm(j) in _LIST_OPENERS:
            j += 1 + (self.norm(j + 1) == ",")  # his counterparts, namely X of A; Y of B
        names: list[tuple[tuple[int, int, str | None], str | None]] = []
        while (name := self.name_at(self._past_styles(j))) is not None and len(names) < 16:
            own = self.country_after_of(name[1]) if self.norm(name[1]) == "of" else None
            names.append((name, own[1] if own else None))
            j = own[0] if own else name[1]
            if self.norm(j) in (",", ";") and self.norm(j + 1) == "and":
                j += 1
            if (
                self.norm(j) in (",", ";", "and")
                and self.name_at(self._past_styles(j + 1)) is not None
            ):
                j += 1
                continue
            break
        if len(names) < 2:
            return None  # one name: the singular rule's, or not a list of counterparts
        antes = self._respective_antecedents(i, len(names)) if len(states) < 2 else None
        ante = self.antecedent(i)
        if ante is None and antes is None:
            return j
        for n, (name, own) in enumerate(names):
            if own is None and len(states) == len(names):
                own = states[n]
            elif own is None and len(states) == 1:
                own = states[0]
            self._add_counterpart(i, name, antes[n] if antes else ante, own, None)
        return j

    def _respective_antecedents(self, i: int, count: int) -> list[Finding] | None:
        """ "Foreign Minister A and Defence Minister B met their counterparts C and D": the
        officials of "their" (at token i) in order, one per name, when the sentence names
        just ``count`` before it, each in another post; or None."""
        if self.norm(i) != "their":
            return None
        sent = self.toks[i].sent
        here = [
            f
            for f in self.findings
            if not f.generic
            and f.alias_of is None
            and f.begin < self.toks[i].idx
            and self._sent_of_char(f.begin) == sent
        ]
        if len(here) != count or len({f.role for f in here}) != count:
            return None
        return sorted(here, key=lambda f: f.begin)

    def _inner_state(self, start: int, end: int) -> str | None:
        """The state of an adjective after "the" inside the title at tokens start..end
        (Speaker of the Iraqi Parliament: IQ), or None."""
        for x in range(start + 1, end):
            if self.toks[x - 1].norm == "the" and self.toks[x].cap:
                adj = self.walk(self.ix.adjectives, x)
                if adj is not None and adj[0] < end:
                    return adj[1]
            if self.toks[x - 1].norm == "of" and self.toks[x].cap:
                named = self.walk(self.ix.countries, x)  # of Malawi National Assembly
                if named is not None and named[0] < end:
                    return named[1]
        return None

    def _adjunct_title(self, start: int, name_end: int) -> bool:
        """Does the title at token ``start`` close a phrase that opens its sentence with a
        preposition (In a meeting with the President of X, During talks with ...), and the
        name ending at ``name_end`` go on as a clause (a verb, "of" and a state), not as an
        apposition closed by a comma?"""
        first = start
        while first > 0 and self.toks[first - 1].sent == self.toks[start].sent:
            first -= 1
        if self._governed_title(start):
            # "under the leadership of the Prime Minister, X said": the title is the
            # noun's, the name after its comma the speaker of the clause
            k = name_end
            return k < self.n and self.norm(k) in _SPEECH_VERBS
        participle = self.norm(first) in _PARTICIPLE_OPENERS
        if self.norm(first) not in _ADJUNCT_OPENERS and not participle:
            return False
        if any(self.toks[x].punct for x in range(first, start)):
            return False
        if any(self.norm(x) == "as" for x in range(first, start)):
            return False  # In his capacity as Minister of Trade, X: his own post
        if participle:
            # "Having conveyed greetings to TITLE, X stressed", "Welcoming TITLE, Governor X
            # also pledged": X is the clause's subject; but "Receiving TITLE, X on Monday,
            # President Y said": a comma closes X, and the clause's own subject follows
            k = name_end
            for x in range(k, min(k + 6, self.n)):
                if self.toks[x].sent != self.toks[start].sent:
                    break
                if self.toks[x].text == ",":
                    y = x + 1 + (self.norm(x + 1) in ("the", "a", "an"))
                    nxt = self.tok(y)
                    return not (nxt is not None and nxt.cap)
                if self.toks[x].punct:
                    break
            return k < self.n and not self.toks[k].punct
        k = name_end
        if (c := self.country_after_of(k)) is not None:
            k = c[0]  # Ambassador X of Jordan presented ...
        return k < self.n and not self.toks[k].punct and self.norm(k) not in ("and", "or")

    def _governed_title(self, start: int) -> bool:
        """Is the title at token ``start`` governed through "of" by a noun of
        ``governing_nouns`` (the leadership of the caretaker Prime Minister)?"""
        x = start - 1
        while x > 0 and start - x <= 3 and not self.toks[x].cap and self.norm(x) != "of":
            x -= 1  # the, caretaker, honourable
        return self.norm(x) == "of" and self.norm(x - 1) in _GOVERNING_NOUNS

    def _past_styles(self, j: int) -> int:
        """The token after the honorifics at token j (Dr, Mr, Madam, Hon.), or j."""
        while (h := self.walk(self.ix.honorifics, j)) is not None:
            j = h[0]
        return j

    def try_deputy(self, i: int) -> int | None:
        """his deputy X, her deputies X and Y: the deputies of the post of the official the
        sentence named last before them, in that official's state."""
        if self.norm(i) not in ("his", "her", "their") or self.norm(i + 1) not in (
            "deputy",
            "deputies",
        ):
            return None
        sent = self.toks[i].sent
        before = [
            f
            for f in self.findings
            if f.end <= self.toks[i].idx and self._sent_of_char(f.begin) == sent
        ]
        if not before and (i == 0 or self.toks[i - 1].sent != sent):
            # "Governor X was sworn in. His deputy Y also took the oath": the official the
            # sentence before named last
            before = [
                f
                for f in self.findings
                if f.end <= self.toks[i].idx and self._sent_of_char(f.begin) == sent - 1
            ]
            if len({f.name for f in before}) != 1:
                # (President X met Ugandan Foreign Minister Y. His deputy Z: whose?)
                return None
        if not before:
            return None
        ante = before[-1]
        role = DEPUTY_OF.get(ante.role, "official")
        country = ante.country or lexicon.official_state(ante.english or ante.name)
        k = i + 2
        found = False
        while k < self.n:
            if self.norm(k) in (",", "and") and self.name_at(k + 1, single=False):
                k += 1
                continue
            rank = None
            if (r := self.walk(self.ix.ranks, k + (self.norm(k) == ","))) is not None:
                # his deputy, Lieutenant General X: the rank before the name
                k, rank = r[0], r[1]
            name = self.name_at(k, single=False)
            if name is None:
                break
            self.add(
                name[0],
                name[1],
                name[2],
                role=role,
                country=country,
                org=_DEPUTY_ORG.get(role, ante.org),
                rank=rank,
                status="current",
                start=i,
                end=name[1],
                rule="en.deputy",
                generic=country is None,
            )
            found = True
            k = name[1]
        return k if found else None

    def _official_noun_before(self, first: int, i: int) -> Finding | None:
        """ "The Iraqi official, who arrived on Saturday, met his Iranian counterpart": a
        definite noun of an official with no post (``official_nouns``) after a state's
        adjective, between tokens first and i: the post of the one person of that state
        named before, or None. O(findings)."""
        for x in range(first + 2, i):
            if self.norm(x) not in _OFFICIAL_NOUNS or self.norm(x - 2) != "the":
                continue
            st = self.state_at(x - 1)
            if st is None:
                continue
            at = self.toks[x].idx
            named = [
                f for f in self.findings if not f.generic and f.country == st[1] and f.end <= at
            ]
            if len({f.name for f in named}) == 1:
                return self._best_of(self.findings.index(named[0])) or named[0]
        return None

    def antecedent(self, i: int) -> Finding | None:
        """The post a counterpart refers to: a named official earlier in the sentence (the
        subject, by surname or title), else the last one of the previous sentence."""
        sent = self.toks[i].sent
        for k in range(i - 1, -1, -1):
            if self.toks[k].sent != sent:
                break
        first = k + 1 if self.toks[k].sent != sent else 0
        if (
            first > 0
            and self.toks[first].norm in ("he", "she")
            and any(self.toks[x].norm in ("his", "her") for x in range(max(first, i - 3), i + 1))
        ):
            # "He met the Prime Minister X and his counterpart Y": his is the subject's, he
            # whom the previous sentence named first
            prev = [
                f if f.alias_of is None else self.findings[f.alias_of]
                for f in self.findings
                if (t := self._tok_at(f.name_begin)) is not None and self.toks[t].sent == sent - 1
            ]
            lo = next((x for x in range(first - 1, -1, -1) if self.toks[x].sent != sent - 1), -1)
            opening = self.text[self.toks[lo + 1].idx : prev[0].begin] if prev else ""
            # (his Egyptian counterpart of an Egyptian: not his)
            states = {st[1] for x in range(max(first, i - 3), i + 2) if (st := self.state_at(x))}
            others = [f for f in prev if f.country not in states]
            if prev and re.fullmatch(r"\W*(?:the\s+)?", opening, flags=re.IGNORECASE) and others:
                # (he whom the previous sentence opens with, or the other one it names when
                # the counterpart is of the opener's state; Minister X, a bare title again:
                # the post his full title named before)
                same = [g for g in self.findings if g.name == others[0].name]
                return next((g for g in same if g.role != "minister"), others[0])
        here = [
            f
            for f in self.findings
            if not f.generic and self.toks[first].idx <= f.begin < self.toks[i].idx
        ]
        last = max(here, key=lambda f: f.name_end, default=None)
        if last is not None and self.text.startswith(("'s", "\u2019s"), last.name_end):
            # to take part in President X's talks with his counterpart: X's counterpart
            # (not in X's envoy Y met his counterpart: Y's, named after)
            return last
        for x in range(first, i):
            idx = self.surname_of(x)
            if idx is not None:
                best = self._best_of(idx)
                if best is not None:
                    return best
            styled = self._styled_given_name(x)
            if styled is not None:
                return styled
        cand = [
            f
            for f in self.findings
            if not f.generic and self.toks[first].idx <= f.begin < self.toks[i].idx
        ]
        if cand:
            return cand[0]
        official = self._official_noun_before(first, i)
        if official is not None:
            return official
        for x in range(first, i):
            # Turkey's defence minister met his Azerbaijani counterpart X: a title with no
            # name earlier in the sentence gives the post
            got = self.post_at(x)
            if got is not None and got[0] <= i and not got[3] and got[1].role == "minister":
                # Defence Minister X arrived. The minister met his counterpart Y: the bare
                # title stands for the minister named before
                named = [
                    f
                    for f in self.findings
                    if not f.generic and f.role.endswith("minister") and f.end <= self.toks[x].idx
                ]
                if named:
                    return named[-1]
            if got is not None and got[0] <= i and not got[3] and got[1].role:
                return Finding(
                    name="",
                    name_begin=self.toks[x].idx,
                    name_end=self.toks[x].idx,
                    role=got[1].role,
                    country=None,
                    begin=self.toks[x].idx,
                    end=self.toks[got[0] - 1].end,
                    rule="en.unnamed",
                    org=got[2],
                )
        prev = [
            f
            for f in self.findings
            if not f.generic
            and f.begin < self.toks[first].idx
            and self._sent_of_char(f.begin) == sent - 1
        ]
        if prev and self.norm(first) in ("he", "she"):
            # X met Y and Z. He also met his counterpart W: "he" is the subject, X; the
            # foreign minister of Pakistan met Y. He also met his counterpart W: the title
            opener = next((t.i for t in self.toks if t.sent == sent - 1), None)
            ref = self.surname_of(opener) if opener is not None else None
            if ref is not None and (best := self._best_of(ref)) is not None:
                return best  # X will meet A, B and C. He will also meet his counterpart W
            unnamed = self._unnamed_subject(self._sent_of_char(prev[0].begin), prev[0].begin)
            # (the most specific post of the person: Minister X, named before as Minister
            # of State and Minister of Foreign Affairs, is the foreign minister)
            return unnamed or self._best_of(self.findings.index(prev[0])) or prev[0]
        if not prev and any(self.norm(x) in ("he", "she") for x in range(first, i)):
            # Minister X said .... X added .... (Later) she met her counterpart W: "she" is
            # the official last named, by surname, in the sentences before
            for x in range(first - 1, max(-1, first - _PRONOUN_REACH), -1):
                idx = self.surname_of(x)
                if idx is not None and self.toks[x].sent < sent:
                    return self._best_of(idx)
        return prev[-1] if prev else None

    def _unnamed_subject(self, sent: int, before: int) -> Finding | None:
        """A title with no name that opens sentence ``sent`` before the first named
        official at char ``before`` (On Monday, the foreign minister of Pakistan met X):
        the post, as an antecedent with no name, or None."""
        x = next((t.i for t in self.toks if t.sent == sent), None)
        if x is None:
            return None
        while x < self.n and self.toks[x].idx < before:
            t = self.toks[x]
            if t.norm in _STOPS_EN and not t.cap and t.norm not in ("on", "in", "at"):
                return None  # a verb or a clause: past the subject
            got = self.post_at(x) if t.norm not in _ABBREVIATIONS or t.text.isupper() else None
            named = (
                [n for n, f in enumerate(self.findings) if f.begin == t.idx and f.name]
                if got is not None
                else []
            )
            if named:
                # Minister X, who holds more posts than his title there says: his most
                # specific post (found with no state yet, so not "before")
                return self._best_of(named[0])
            if got is not None and not got[3] and got[1].role:
                return Finding(
                    name="",
                    name_begin=t.idx,
                    name_end=t.idx,
                    role=got[1].role,
                    country=None,
                    begin=t.idx,
                    end=self.toks[got[0] - 1].end,
                    rule="en.unnamed",
                    org=got[2],
                )
            x += 1
        return None

    def _best_of(self, idx: int) -> Finding | None:
        """The most specific finding of the person of finding ``idx``."""
        f0 = self.findings[idx]
        lo = max(0, idx - _SAME_WINDOW)
        same = [
            f
            for n, f in enumerate(self.findings[lo : idx + _SAME_WINDOW], lo)
            if n == idx or f.alias_of == idx or f.name == f0.name
        ]
        specific = [f for f in same if not f.generic]
        # Deputy Prime Minister and Foreign Minister X ... his counterpart: the portfolio
        # is what counterparts share, not the deputy premiership
        ranked = sorted(specific or same, key=lambda f: _COUNTERPART_ORDER.get(f.role, 1))
        return ranked[0] if ranked else None

    def _sent_of_char(self, c: int) -> int:
        return sentence_at(self.toks, self._starts, c)

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
        if (
            role == "minister"
            and (bp := self._bracket_portfolio(ne)) is not None
            # (State Minister X (Defence), Shadow Minister X (Defence): not the portfolio's head)
            and not any(toks[k].norm in _JUNIOR_MINISTERS for k in range(max(0, start - 2), ns))
        ):
            # Cabinet Secretary X (Foreign Affairs): the portfolio in brackets is the post's
            end, role, org = max(end, bp[0]), bp[1], bp[2]
        name = self.text[toks[ns].idx : toks[ne - 1].end]
        if any(toks[k].text in _NICK_OPEN or toks[k].text == "(" for k in range(ns + 1, ne - 1)):
            name = _NICKNAME.sub(" ", name)  # Joko "Jokowi" Widodo: Joko Widodo
        alias = None
        if ne - ns == 1:
            alias = self.surname_of(ns)
            if alias is not None and _fathers_name(self.findings[alias].name):
                alias = None  # King Rashid is not Hamdan bin Rashid: no surname after bin
            if alias is None and role == "head_of_state":
                alias = self.monarchs.get(toks[ns].norm)  # Sultan X after Sultan X bin Y
        if (
            country is None
            and role in STATE_ROLES
            and status == "current"
            and "en+gazetteer" not in self.disabled
        ):
            known = gazetteer_state(english or name, name)
            if known:
                country, rule = known, rule + "+gazetteer"
        f = Finding(
            name=name,
            name_begin=toks[ns].idx,
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
            return f  # the rule switched off: nothing found
        self.findings.append(f)
        self.used = max(self.used, ne)
        if role == "head_of_state" and ne - ns >= 2 and alias is None:
            self.monarchs.setdefault(toks[ns].norm, len(self.findings) - 1)
        if ne - ns >= 2 and alias is None:
            self.surnames.setdefault(_surname_key(toks[ne - 1].norm), len(self.findings) - 1)
            first = _surname_key(toks[ns].norm)
            seen = self.first_names.get(first)
            if seen is None:
                self.first_names[first] = len(self.findings) - 1
            elif seen >= 0 and self.findings[seen].name != name:
                self.first_names[first] = -1  # two people of that first word: neither
        return f


@cache
def _gazetteer_surnames() -> dict[tuple[str, str], tuple[str, ...]]:
    """(folded surname, state) -> the gazetteer's officials of that state by that surname."""
    out: dict[tuple[str, str], set[str]] = {}
    for o in lexicon.officials():
        if not o.country:
            continue
        for name in [o.en, *o.alt_en]:
            words = normalize_en(name).split()
            if len(words) >= 2 and words[-2] not in lexicon.patronymic_particles():
                out.setdefault((_surname_key(words[-1]), o.country), set()).add(o.en)
    return {k: tuple(sorted(v)) for k, v in out.items()}


# the heads besides ministers whom an adviser or envoy "to the" serves, unnamed (Senior
# Advisor to the CENTCOM Commander X: X is the adviser; Chief Adviser to the Secretary
# General, X; Adviser to the Governor, X)
_ADVISED_HEADS = frozenset(
    {"military_commander", "chief_of_staff", "intelligence_chief", "director_general", "official"}
)


def _held_abroad(f: Finding, home: str) -> bool:
    """Is the finding's post held abroad, so that the home state ``home`` is not its state
    by default: an ambassador's, an envoy's, or one in an embassy (a consul's, a vice
    consul's, a chargé's) that names no post abroad of its own (the Consul General in
    Jeddah, told of at home, is the home state's)?"""
    return f.role in _ABROAD or (f.org == "embassy" and f.host in (None, home))


def _fathers_name(name: str) -> bool:
    """Does the name end with a father's name, after bin (Hamdan bin Rashid)?"""
    words = normalize_en(name).split()
    return len(words) >= 3 and words[-2] in lexicon.patronymic_particles()


def _singular(norm: str) -> str | None:
    """The singular of a plural title word (ministers, secretaries), or None.

    >>> _singular("secretaries"), _singular("ministers"), _singular("minister")
    ('secretary', 'minister', None)
    """
    if norm.endswith("ies") and len(norm) > 4:
        return norm[:-3] + "y"
    return norm[:-1] if norm.endswith("s") and len(norm) > 2 else None


@cache
def _regnal_names() -> dict[tuple[str, str], str]:
    """(folded given name, state) -> the gazetteer's monarch of that state named with a
    regnal numeral (Abdullah II, Mohammed VI), where only one is."""
    out: dict[tuple[str, str], set[str]] = {}
    for o in lexicon.officials():
        words = o.en.split()
        if o.country and len(words) == 2 and re.fullmatch(r"[IVX]+", words[1]):
            out.setdefault((normalize_en(words[0]), o.country), set()).add(o.en)
    return {k: next(iter(v)) for k, v in out.items() if len(v) == 1}


def _regnal_gazetteer(norm: str, code: str) -> str | None:
    """The gazetteer's monarch of state ``code`` whose given name is ``norm``, or None."""
    return _regnal_names().get((norm, code))


def _gazetteer_surname(key: str, code: str) -> str | None:
    """The one official of state ``code`` the gazetteer knows by surname ``key``, or None."""
    hit = _gazetteer_surnames().get((key, code), ())
    return hit[0] if len(hit) == 1 else None


def _surname_key(norm: str) -> str:
    """al-Shaibani, Al-Shaibani and Shaibani are one surname."""
    for p in _ARTICLES:
        if norm.startswith(p) and len(norm) > len(p) + 2:
            return norm[len(p) :]
    return norm


_GRADE_WORDS = _W["grade_words"]
_PLURAL_DETERMINERS = _W["participle_determiners"]
_STAFF_CHIEFS = frozenset(c.upper() for c in _W["staff_chief_states"])
# army chief, Navy Chief, air force chief, Chief of the (Bangladesh) Navy: a service's chief
_SERVICE_CHIEF = re.compile(
    r"\b(?:army|navy|naval|air\s+force|air)\s+(?:\([A-Z]{2,6}\)\s+)?chief\b(?!\s+marshall?\b)"
    r"|\bchief\s+of\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:army|navy|air\s+force)\b",
    re.IGNORECASE,
)
# a command's, a corps', a deputy's: no service chief (Northern Command chief, Navy Vice Chief)
_NOT_SERVICE_CHIEF = re.compile(
    r"\b(?:commander|command|corps|guard|coast|vice|deputy|assistant|regional|fleet)\b",
    re.IGNORECASE,
)


def _gazetteer_joins(f: Finding, joiner: str, role: str) -> bool:
    """May the state the gazetteer gave ``f`` pass to the next item of its list, joined
    by ``joiner``, titled ``role``? After a comma, yes; after "and", only in a cabinet's
    list (Foreign Minister X and Defence Minister Y, not President X and Minister Y)."""
    return (
        not _from_gazetteer(f)
        or joiner in (",", ";")
        or (f.role.endswith("minister") and role.endswith("minister"))
    )


def staff_chief_role(title: str, role: str, country: str | None) -> str:
    """The role of a service's chief in a state that titles its service chiefs Chief of
    the (Army, Naval, Air) Staff: its chief of staff (``staff_chief_states``), where the
    title says chief, not commander.

    >>> staff_chief_role("Indian Navy Chief", "military_commander", "IN")
    'chief_of_staff'
    >>> staff_chief_role("Egyptian Navy chief", "military_commander", "EG")
    'military_commander'
    >>> staff_chief_role("Commander-in-Chief", "military_commander", "PK")
    'military_commander'
    """
    if (
        role == "military_commander"
        and country in _STAFF_CHIEFS
        and _SERVICE_CHIEF.search(title)
        and not _NOT_SERVICE_CHIEF.search(title)
    ):
        return "chief_of_staff"
    return role


def _org_entry(head: str, words: set[str]) -> tuple[PostEntry, str] | None:
    """The post of an organization's head: a ministry's spokesperson, an intelligence
    service's chief, an army's commander."""
    if head in _SPOKES:
        return PostEntry(role="spokesperson", org=_spokes_org(words), spokes=True), _spokes_org(
            words
        )
    if words & _INTELLIGENCE:
        return PostEntry(role="intelligence_chief", org="intelligence"), "intelligence"
    if words & _ARMED_ORG and head in _ARMED_HEADS:
        if ("staff" in words and head != "commander") or (
            head == "chief" and words & {"defence", "defense", "armed"}
        ):
            # Chief of the Hellenic Army General Staff: the staff's chief; Chief of the
            # Kenya Defence Forces, of the Armed Forces: the whole forces' chief of staff
            return PostEntry(role="chief_of_staff", org="general_staff"), "general_staff"
        return PostEntry(role="military_commander", org="armed_forces"), "armed_forces"
    if "ministry" in words and (head in _MINISTRY_HEADS or head in _MINISTRY_DEPUTIES):
        # the head of the Ministry of Foreign Affairs: its minister; Foreign Ministry
        # Undersecretary: the ministry's deputy minister
        org = next((o for w, o in _MINISTRY_ORG.items() if w in words), "ministry")
        role = MINISTER_OF.get(org, "minister")
        if head in _MINISTRY_DEPUTIES:
            role = "deputy_minister"
        return PostEntry(role=role, org=org), org
    if "council" in words and words & _STATE_ORGANS and head in _STATE_HEADS:
        # the head of the Presidential / Sovereignty / Leadership Council
        return PostEntry(role="head_of_state", org="presidency"), "presidency"
    if words & _GOVERNMENT_ORGANS and head in _STATE_HEADS:
        # the head of the National Unity Government, of the Council of Ministers
        return PostEntry(role="head_of_government", org="cabinet"), "cabinet"
    if (words & _AGENCY and head in _AGENCY_HEADS) or (
        head in _BANK_HEADS and any(w <= words for w in _BANK_WORDS)
    ):
        # the head of an agency, authority or service runs it: its director general (and
        # a bank's president, chairman or governor)
        return PostEntry(role="director_general", org="government"), "government"
    if (words & _COUNCIL_WORDS or ("group" in words and words & _GROUP_BODIES)) and (
        head in _CHAIR_HEADS
    ):
        # the chair of a committee, a council or a commission: an official
        return PostEntry(role="official", org="government"), "government"
    if words & _OFFICE_WORDS and head in _AGENCY_HEADS:
        # the head of the Amiri protocol, of the Royal Cabinet: its director general
        return PostEntry(role="director_general", org="government"), "government"
    if words & _MISSION_WORDS and head in _AGENCY_HEADS:
        # the head of the US military training mission: an official of its state
        return PostEntry(role="official", org="government"), "government"
    return None


def _spokes_org(words: set[str]) -> str:
    for w, org in _MINISTRY_ORG.items():
        if w in words:
            return org
    if words & {"army", "forces"}:
        return "armed_forces"
    if "presidency" in words or "president" in words:
        return "presidency"
    return "ministry"


def states_named(doc: Doc, *, index: EnglishIndex | None = None) -> frozenset[str]:
    """Every state an English story names, by name, adjective or possessive. O(tokens).

    >>> from kg.nlp import get_pipeline
    >>> sorted(states_named(get_pipeline("en")("Malawi's minister met the Kenyan envoy.")))
    ['KE', 'MW']
    """
    return frozenset(_Parser(doc, index or english_index())._states_named())


def place_states(
    doc: Doc, begin: int, end: int, *, index: EnglishIndex | None = None
) -> frozenset[str]:
    """The states of the cities and regions (the places gazetteer, not states' names) that
    the characters begin..end of an English story name. O(tokens).

    >>> from kg.nlp import get_pipeline
    >>> sorted(place_states(get_pipeline("en")("He met the governor in Jos."), 0, 27))
    ['NG']
    """
    ix = index or english_index()
    parser = _Parser(doc, ix)
    codes = set()
    j = 0
    while j < parser.n:
        t = parser.toks[j]
        if t.idx < begin or t.end > end or not t.cap or t.punct:
            j += 1
            continue
        place = parser.walk(ix.places, j)
        if place is not None and place[1].get("country") and place[1].get("kind") != "state":
            codes.add(place[1]["country"])
            j = place[0]
            continue
        j += 1
    return frozenset(codes)


def states_in_headline(doc: Doc, *, index: EnglishIndex | None = None) -> frozenset[str]:
    """The states an English headline names, by name or adjective ("Kenya, Qatar agree to
    deepen ties"): the first line, when it is a headline with a story after it. O(tokens).

    >>> from kg.nlp import get_pipeline
    >>> sorted(states_in_headline(get_pipeline("en")("Kenya, Qatari envoys meet\\n\\nThey met.")))
    ['KE', 'QA']
    """
    end = headline_end(doc_text(doc))
    if end is None:
        return frozenset()
    parser = _Parser(doc, index or english_index())
    codes = set()
    for t in parser.toks:
        if t.idx >= end:
            break
        if t.cap and (hit := parser.state_at(t.i) or parser.walk(parser.ix.adjectives, t.i)):
            codes.add(hit[1])
    return frozenset(codes)


def text_state(doc: Doc, *, outlet: str | None = None, index: EnglishIndex | None = None):
    """The state an English story with no dateline and no outlet's state is about, from its
    text alone: the state it names as the place where the story happens (the state, one of
    its cities or regions, after "in", "to", "at" ...; not inside a title, nor where a
    visitor goes, nor a conference city) at least three times and more than one and a half
    times as often as any other.
    A local paper names its own officials with no nationality (Minister of Health X) and its
    state by name (support to Malawi, in the Maldives); a visitor's state is stated with his
    post.

    >>> from kg.nlp import get_pipeline
    >>> nlp = get_pipeline("en")
    >>> text_state(nlp("Minister X met the envoy of Peru. Support to Malawi grew. Peru "
    ...                "thanked Malawi. In Lilongwe, the talks went on. Schools in Malawi"))
    'MW'
    >>> text_state(nlp("LILONGWE - Minister X met the envoy.")) is None  # a dateline's story
    True
    """
    ix = index or english_index()
    if outlet or _dateline(doc_text(doc), ix) is not None:
        return None
    parser = _Parser(doc, ix)
    counts: dict[str, int] = {}
    j = 0
    while j < parser.n:
        t = parser.toks[j]
        if not t.cap or t.punct:
            j += 1
            continue
        place = parser.walk(ix.places, j)
        hit = parser.walk(ix.countries, j)
        if place is not None and (hit is None or place[0] > hit[0]):
            # a place whose name holds a state's (the South China Sea) is that place; a
            # city or a region counts for its state
            if place[1]["id"] in _CONFERENCE_CITIES or place[1].get("kind") not in _COUNTED:
                j = place[0]  # (Geneva: where bodies meet, no state's story)
                continue
            hit = (place[0], place[1].get("country")) if place[1].get("country") else None
        if hit is None:
            j += 1
            continue
        x = j - 1 - (parser.norm(j - 1) == "the")
        # a state or a city counts where the story is (in the Maldives, support to Malawi,
        # in Lilongwe), not as a topic or an actor (China's actions, Beijing rejected)
        located = parser.norm(x) in _LOCATIVE
        # ... and not inside a title (the Vice President of the United States,
        # Ambassadors to Malawi, the Resident Coordinator in the Maldives, US Ambassador)
        titled = (parser.norm(x) in ("of", "to", "in") and parser.post_at_end(x)) or (
            parser.post_at(hit[0]) is not None
        )
        # ... nor where a visitor goes (his visit to Russia, his Russia visit)
        gone = (
            parser.norm(x) in ("to", "in", "of", "for") and parser.norm(x - 1) in _DESTINATION
        ) or parser.norm(hit[0]) in _DESTINATION
        if located and not (titled or gone):
            counts[hit[1]] = counts.get(hit[1], 0) + 1
        j = hit[0]
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and 2 * ranked[0][1] <= 3 * ranked[1][1]):
        return None
    return ranked[0][0]


def find_officials(
    doc: Doc,
    *,
    index: EnglishIndex | None = None,
    dateline: bool = True,
    disabled: frozenset[str] = frozenset(),
    outlet: str | None = None,
) -> list[Finding]:
    """Every official the English rules find in ``doc``, in text order.

    With ``dateline``, a post with no state of its own takes the dateline's (ANKARA -).
    The registered rules of ``disabled`` are switched off (:mod:`kg.extract.rules`).

    >>> from kg.nlp import get_pipeline
    >>> doc = get_pipeline("en")("Syria's Defense Minister Murhaf Abu Qasra met Lt. Gen. "
    ...                          "Selcuk Bayraktaroglu, the Turkish chief of general staff.")
    >>> [(f.name, f.role, f.country, f.rank) for f in find_officials(doc)]
    [('Murhaf Abu Qasra', 'defence_minister', 'SY', None), \
('Selcuk Bayraktaroglu', 'chief_of_staff', 'TR', 'lieutenant_general')]
    """
    ix = index or english_index()
    parser = _Parser(doc, ix, disabled)
    found = parser.run()
    # a post with no state of its own takes the state its sentence gives its holder:
    # "spoke with President X and Foreign Minister Y in Zimbabwe" (where he was, right after
    # his name); "Poland was represented by Foreign Minister X" (the state he stood for);
    # "X led the Ugandan delegation", "X, who headed a delegation from Peru" (the state whose
    # delegation he led, over a dateline's or an outlet's)
    for why, state_of, abroad_too in (
        ("+where", parser.state_where, False),
        ("+represented", parser.state_represented, True),
        ("+delegation", parser.state_led, False),
        ("+behalf", parser.state_behalf, True),
    ):
        if "en" + why not in disabled:
            found = _placed_by(
                found, why, state_of, abroad_too=abroad_too, skip=parser.multinational
            )
    home = _dateline(doc_text(doc), ix) if dateline and "en+dateline" not in disabled else None
    why = "+dateline"
    if home is None and outlet and "en+outlet" not in disabled:
        # no dateline: the outlet's state, from the story's start, for a story told at home
        home, why = (outlet, _body_start(doc_text(doc))), "+outlet"
    if home:
        # The dateline names where the story was filed: it speaks for the lead (the
        # sentence after it), not for every visitor the story goes on to mention.
        code, at = home
        after = [t for t in parser.toks if t.idx >= at]
        lead = set()
        if after:
            lead.add(after[0].sent)
            if sum(t.sent == after[0].sent for t in after) < 6:
                lead.add(after[0].sent + 1)
        sent_of = {t.idx: t.sent for t in parser.toks}
        # "KUWAIT: Kuwait Army Chief of Staff X ...": a story filed at home about its own
        # officials (the lead's first stated state is the dateline's) speaks of them
        # throughout, so the dateline's state holds for every sentence
        in_lead = [f for f in found if sent_of.get(f.begin) in lead]
        stated = [f.country for f in in_lead if f.country]
        # (or the lead's officials state no state at all: "ISLAMABAD - The army chief
        # called on the prime minister")
        local = stated[0] == code if stated else bool(in_lead)
        if not local and in_lead and in_lead[0].country is None and why == "+dateline":
            # "RIYADH: Crown Prince X received Polish Prime Minister Y": the lead's first
            # official, whom it gives no state, is the dateline's own; the visitor's is said
            local = True
        if not local and (why == "+outlet" or not in_lead):
            # a story with no officials in its lead, or an outlet's, that names its own
            # state as a place it speaks of (a visit to Malaysia, in a Malaysian paper or
            # under a KUALA LUMPUR dateline) is told at home, whoever its lead names
            local = any(
                (hit := parser.state_at(t.i)) and hit[1] == code
                for t in parser.toks
                if t.cap and t.line not in parser.headline_lines
            )
        # ... but not in a sentence that names another state before the official (its
        # officials may be theirs; one named before it, the subject, is still at home)
        foreign = parser.sentences_naming_other_states(code) if local else {}
        # "MUSCAT - X, India's Minister of Commerce, held meetings ... X also met Y,
        # Minister of Finance": a visitor the lead gives his own state, filed where he is
        # (not a city where bodies meet): whom he calls on with no state is the host's
        visited = (
            not local
            and why == "+dateline"
            and bool(in_lead)
            and in_lead[0].country not in (None, code)
            and not _conference_dateline(doc_text(doc), ix)
            # (nor one at a gathering of many states: attended the summit, meetings at
            # the IAEA)
            and not any(
                parser.walk(_phrases("gathering_words"), t.i) for t in after if t.sent in lead
            )
            and not any(
                international_body(doc_text(doc)[f.end : f.end + 200], lang="en")
                for f in in_lead[:1]
            )
        )
        # (an appointee in a sentence naming another state is that state's: KAMPALA -
        # Tanzania has appointed X as Minister of Water)
        elsewhere = parser.sentences_naming_other_states(code) if any(f.made for f in found) else {}
        # (the appointing clause, before the appointee: not a state named after him, a
        # post abroad, where he studied)
        found = [
            replace(f, country=code, rule=f.rule + why)
            if f.country is None
            and (
                f.status == "current"
                or (f.made and elsewhere.get(sent_of.get(f.begin), f.begin) >= f.begin)
            )
            and (
                sent_of.get(f.begin) in lead
                or (
                    local
                    and not _held_abroad(f, code)
                    and (
                        foreign.get(sent_of.get(f.begin), len(parser.text)) > f.end
                        or parser.host_of_guest(f, code)
                    )
                )
                or (
                    visited
                    and not _held_abroad(f, code)
                    and parser.host_of_guest(f, code)
                    and not parser.elsewhere(f, code)
                )
                or (
                    f.name_end in parser.home_said
                    and _state_of_kind(code, parser.home_said[f.name_end])
                )
            )
            and lexicon.official_state(f.english) in (None, code)  # a known foreigner
            # (the Sultanate's envoy in a Saudi paper: no Saudi)
            and _state_of_kind(code, parser.home_said.get(f.name_end, "state"))
            and f.name_begin not in parser.multinational  # a coalition's commander
            # X, Special Representative of the UN Secretary-General: the body's officer
            and not (
                f.role in ("envoy", "official", "director_general", "spokesperson")
                and international_body(
                    doc_text(doc)[f.begin : f.name_begin] + " " + doc_text(doc)[f.name_end : f.end],
                    lang="en",
                )
            )
            and not parser.visitor_of(f.begin, code)  # the state visit to Japan of X
            # "TOKYO -- X met Japan's defence minister Y": one named before the first
            # official whom the lead calls the dateline's own is the guest
            # (stated: a state the gazetteer gave says nothing of how the lead reads)
            and not (
                sent_of.get(f.begin) in lead
                and any(
                    g.country == code
                    and not g.rule.endswith("+where")  # (where he was met: not his own say)
                    and f.end <= g.begin
                    # (one the gazetteer knows makes a guest of who calls on him)
                    and (not _from_gazetteer(g) or parser.guest_verb_between(f.end, g.begin))
                    for g in in_lead
                )
                and not any(g.country == code and g.begin < f.begin for g in in_lead)
            )
            else f
            for f in found
        ]
    if "en.respective" not in disabled:
        found = found + _respective(parser, found)
    return in_text_order(found, parser.dropped | _courtesy_after_title(found, doc_text(doc)))


def _courtesy_after_title(found: list[Finding], text: str) -> set[int]:
    """The findings (indexes) of a diplomat's courtesy title set off after another post of
    the same name (the Cabinet Secretary for Foreign Affairs, Amb. X: the secretary, no
    ambassador). O(findings)."""
    posts: dict[int, list[Finding]] = {}
    for f in found:
        if f.role != "ambassador":
            posts.setdefault(f.name_begin, []).append(f)
    return {
        n
        for n, f in enumerate(found)
        if f.role == "ambassador"
        and f.name_begin in posts
        and (pre := text[f.begin : f.name_begin].rstrip().rstrip(".")).rpartition(" ")[2].lower()
        in _COURTESY
        # (Kenya's Ambassador to Ethiopia and Special Envoy ..., Amb. X: an ambassador's
        # post of its own before the courtesy)
        and not re.search(r"(?i)\b(?:ambassador|high commissioner)\b", pre.rpartition(" ")[0])
        and (
            # (one construction of both titles: TITLE, Amb. X)
            pre.rpartition(" ")[0].rstrip().endswith(",")
            or any(
                g.begin < f.begin and text[g.begin : f.begin].rstrip().endswith(",")
                for g in posts[f.name_begin]
            )
        )
    }


def _placed_by(
    found: list[Finding], why: str, state_of, *, abroad_too: bool, skip: set[int]
) -> list[Finding]:
    """``found`` with each current post of no state that ``state_of`` gives one (and the
    gazetteer no other) placed there, rule suffix ``why``; posts held abroad only with
    ``abroad_too``; none whose name starts at an offset in ``skip`` (an international
    body's or a coalition's officer: the ADB (ADB) President X in Manila)."""
    return [
        replace(f, country=code, rule=f.rule + why)
        if f.country is None
        and f.status == "current"
        and f.name_begin not in skip
        and (abroad_too or f.role not in _ABROAD)
        and (code := state_of(f)) is not None
        and lexicon.official_state(f.english) in (None, code)
        else f
        for f in found
    ]


def _respective(parser: _Parser, found: list[Finding]) -> list[Finding]:
    """ "(the) Russian and Chinese foreign ministers, Sergei X and Wang Y": a plural title
    (rules_en respective_plurals) after two states' adjectives, then, after a comma, two
    names joined by "and": each holds the singular title for its state, in order. Names
    another rule gave that post are left to it. O(tokens)."""
    out = []
    plurals = _RESPECTIVE
    named = {(f.name_begin, f.role) for f in found}
    for k in range(parser.n):
        # (Polish and Lithuanian Deputy Defence Ministers, X and Y: each the deputy's post)
        deputy = parser.norm(k) in _DEPUTY_WORDS and k + 1 < parser.n
        hit = parser.walk(plurals, k + 1 if deputy else k)
        if not hit or k < 3 or parser.norm(k - 2) != "and":
            continue
        one, two = parser.state_at(k - 3), parser.state_at(k - 1)
        if not one or not two or one[1] == two[1]:
            continue
        end = hit[0]
        if parser.norm(end) != ",":
            continue
        first = parser.name_at(end + 1, single=False)
        if not first or parser.norm(first[1]) != "and":
            continue
        second = parser.name_at(first[1] + 1, single=False)
        if not second:
            continue
        post = parser.ix.posts.longest([[w] for w in hit[1].split()])
        if not post:
            continue
        entry = post[1]
        if deputy:
            role = deputy_role(entry.role)
            entry = replace(entry, role=role, org=_DEPUTY_ORG.get(role, entry.org))
        begin = parser.toks[k - 3].idx
        for (ns, ne, english), code in ((first, one[1]), (second, two[1])):
            nb, nend = parser.toks[ns].idx, parser.toks[ne - 1].end
            if (nb, entry.role) in named:
                continue
            out.append(
                Finding(
                    name=parser.text[nb:nend],
                    name_begin=nb,
                    name_end=nend,
                    role=entry.role,
                    country=code,
                    begin=begin,
                    end=nend,
                    rule="en.respective",
                    org=entry.org,
                    english=english,
                )
            )
    return out


def _from_gazetteer(f: Finding) -> bool:
    """Was the state of ``f`` given by the officials gazetteer, not stated in the text?"""
    return f.rule.endswith("+gazetteer")


def _body_start(text: str) -> int:
    r"""Where the story's body starts: the first line that reads as prose (ends with a full
    stop or runs to 15 words or more), past a headline and a subheadline.

    >>> _body_start("Minister Receives Envoy\nThe minister received the envoy today.")
    24
    """
    at = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.endswith((".", "!", "?", '"', "”")) or len(stripped.split()) >= 15:
            return at
        at += len(line) + 1
    return 0


# The months' first three letters (data/lexicon/time.json), which every spelling starts with.
_MONTH_WORDS = tuple(
    dict.fromkeys(forms[0][:3] for forms in load_time_lexicon()["en"]["months"].values())
)
_MONTH = re.compile(r"(?i)^(" + "|".join(_MONTH_WORDS) + r")[a-z]*\.?|^\d")
# December 9, Kathmandu: a date, then the city and a colon or a dash (the date's words
# dropped: the place is the first group)
_DATE_THEN_CITY = re.compile(
    r"^\s*(?:(?:"
    + "|".join(_MONTH_WORDS)
    + r")\w*\.?\s+\d{1,2}|\d{1,2}\s+(?:"
    + "|".join(_MONTH_WORDS)
    + r")\w*\.?)(?:,?\s+\d{4})?,\s*([A-Za-z][A-Za-z'. ]{1,30}?)\s*(:|[-–—]{1,2})\s*(.*)$"
)
# Addis Ababa March 9/2025 (ENA): a city, then the date (the empty group: no separator)
_CITY_THEN_DATE = re.compile(
    r"^\s*([A-Za-z][A-Za-z'. ]{1,30}?)\s+()((?:" + "|".join(_MONTH_WORDS) + r")\w*\.?\s+\d.*)$"
)


def dateline_country(text: str, *, index: EnglishIndex | None = None) -> str | None:
    """The state of an English dateline (``ANKARA (Reuters) -``, ``Doha, 9 May``) or None.

    The dateline may follow a headline; only the first lines are read.

    >>> dateline_country("ANKARA (Reuters) - Turkey's foreign minister said ...")
    'TR'
    >>> dateline_country("Jordan, Lebanon discuss ties\\n\\nThe ministers met.") is None
    True
    """
    ix = index or english_index()
    got = _dateline(text, ix)
    return got[0] if got else None


# a syndicator's credit in brackets before the dateline: (MENAFN- Jordan Times) AMMAN -
_SYNDICATION = re.compile(r"^\s*\([^()\n]{2,60}\)\s+(?=[A-Z])")


def _dateline(text: str, ix: EnglishIndex) -> tuple[str, int] | None:
    """(state, offset where the dateline ends) of the first lines' dateline, or None."""
    pos = 0
    lines = []
    for ln in text.splitlines(keepends=True):
        if ln.strip():
            lines.append((pos, ln.rstrip("\r\n")))
        pos += len(ln)
        if len(lines) >= 4:
            break  # a headline, a standfirst and a caption may come before it
    for at, ln in lines:
        if pre := _SYNDICATION.match(ln):
            at, ln = at + pre.end(), ln[pre.end() :]  # (MENAFN- Jordan Times) AMMAN -
        m = re.match(r"^\s*([A-Za-z][A-Za-z'. ]{1,30}?)\s*([,(\[:]|[-–—]{1,2})\s*(.*)$", ln)
        if m is None or not m.group(1).strip():
            # Addis Ababa March 9/2025 (ENA): the city, then the date; December 9,
            # Kathmandu: the date, then the city
            m = _CITY_THEN_DATE.match(ln) or _DATE_THEN_CITY.match(ln)
        if not m:
            continue
        place, sep, rest = m.groups()
        words = [normalize_en(w) for w in re.findall(r"[\w'.]+", place)]
        if not words or len(words) > 3:
            continue
        then_state = _state_then_sep(rest, ix) if sep == "," else None
        ok = (
            sep in ("(", "[", ":")
            # ABU DHABI, (WAM) ...; Riyadh, , (UrduPoint / ...) : (an empty field between)
            or (sep == "," and rest.lstrip(", ").startswith(("(", "[")))
            or sep.startswith(("-", "–", "—"))
            or bool(_MONTH.match(rest))
            or _agency_then_dash(rest, ix)
            or then_state is not None  # NAIROBI, Kenya, Mar 12 –; Doha, Qatar:
            or (sep == "," and _honorific_first(rest, ix))  # Doha, HE the Minister ...
            or (sep == "," and dateline_comma(ln) is not None)  # Lima, The Minister
            or sep == ""
        )
        if not ok:
            continue
        keys = [[w] for w in words]
        end = at + m.start(3)
        hit = ix.places.longest(keys)
        if hit and hit[0] == len(words) and hit[1].get("country"):
            if then_state not in (None, hit[1]["country"]):
                continue  # (a city of one state, then another's name: no dateline)
            return hit[1]["country"], end
        hit = ix.countries.longest(keys)
        if hit and hit[0] == len(words):
            return hit[1], end
        if then_state is not None and not hit and len(rest.split()) >= 8:
            # Boa Vista, Brazil - ...: a city no gazetteer holds, and its state, before the
            # story's first sentence (not a headline's "Hamas, Israel: talks resume")
            return then_state, end
    return None


def _conference_dateline(text: str, ix: EnglishIndex) -> bool:
    """Does the story open with the dateline of a city where international bodies sit
    and meet (NEW YORK -, GENEVA -)? Officials a visitor meets there are of any state."""
    m = re.match(r"^\s*([A-Za-z][A-Za-z'. ]{1,30}?)\s*(?:[,(\[:]|[-–—]{1,2})", text)
    if m is None:
        return False
    words = [[normalize_en(w)] for w in re.findall(r"[\w'.]+", m.group(1))]
    hit = ix.places.longest(words) if words else None
    return bool(hit and hit[0] == len(words) and hit[1]["id"] in _CONFERENCE_CITIES)


def _honorific_first(rest: str, ix: EnglishIndex) -> bool:
    """``HE the Minister`` after ``Doha,``: a style opens the story's first sentence."""
    words = re.findall(r"[\w'.’]+", rest[:40])[:4]
    hit = ix.honorifics.longest([[normalize_en(w)] for w in words])
    return bool(hit) and words[0][:1].isupper()


def _state_then_sep(rest: str, ix: EnglishIndex) -> str | None:
    """``Kenya, Mar 12 –`` (or ``Qatar:``) after ``NAIROBI,``: the state of the city, then
    the date, the dash or a colon; that state's code, or None."""
    m = re.match(r"^([A-Za-z .']{2,30}?)\s*([,(:]|[-–—])", rest)
    if not m:
        return None
    keys = [[normalize_en(w)] for w in m.group(1).split()]
    hit = ix.countries.longest(keys)
    return hit[1] if hit and hit[0] == len(keys) else None


def _agency_then_dash(rest: str, ix: EnglishIndex) -> bool:
    """``Tehran, IRNA –``: a news agency between the place and the dash."""
    m = re.match(r"^([\w .'/]{2,30}?)\s*[-–—]", rest)
    if not m:
        return False
    keys = [[normalize_en(w)] for w in m.group(1).split()]
    hit = ix.media.longest(keys)
    return bool(hit and hit[0] == len(keys)) or m.group(1).isupper()
