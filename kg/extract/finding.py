"""What the officials rules of every language find: one :class:`Finding` per stated post."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace

__all__ = ["DEPUTY_OF", "ONE_HOLDER", "Finding", "deputy_role", "same_role", "sentence_at"]

#: The post of a deputy of a post (his deputy X, Deputy Intelligence Chief X, نائب مدير X):
#: a head of state's is a vice president, a minister's of any portfolio a deputy minister.
DEPUTY_OF = {
    "head_of_state": "deputy_head_of_state",
    "head_of_government": "deputy_head_of_government",
    "minister": "deputy_minister",
    "foreign_minister": "deputy_minister",
    "defence_minister": "deputy_minister",
    "interior_minister": "deputy_minister",
    "finance_minister": "deputy_minister",
}


# the suffixes of a post's state that the article's context gave, not the post's words
# (its places, dateline, outlet)
CONTEXT_STATES = ("text", "article", "dateline", "outlet")


def context_only(t) -> bool:
    """Was the tenure's state given only by the article's context (its places, dateline,
    outlet), in every mention?"""
    return all("+" in m.rule and m.rule.rsplit("+", 1)[1] in CONTEXT_STATES for m in t.mentions)


def same_role(held: str, named: str) -> bool:
    """Is a post of role ``held`` what a bare title of role ``named`` names (the bare
    minister: any minister)?

    >>> same_role("interior_minister", "minister"), same_role("minister", "interior_minister")
    (True, False)
    """
    return held == named or (named == "minister" and held.endswith("_minister"))


# The posts only a state has (its heads, ministers and forces): a person the gazetteer
# knows serves one state holds such a post for it, where the text names none. (Not an
# envoy, adviser, official or director general: the UN's and the AU's have those too.)
STATE_ROLES = frozenset(
    {
        "head_of_state",
        "deputy_head_of_state",
        "head_of_government",
        "deputy_head_of_government",
        "foreign_minister",
        "defence_minister",
        "interior_minister",
        "finance_minister",
        "minister",
        "deputy_minister",
        "military_commander",
        "chief_of_staff",
        "intelligence_chief",
    }
)


# The minister of each of the four named ministries (organizations.jsonl's templates).
MINISTER_OF = {
    "mfa": "foreign_minister",
    "mod": "defence_minister",
    "moi": "interior_minister",
    "mof": "finance_minister",
}

# The posts a state has one holder of at a time (two found in one story are two states').
ONE_HOLDER = frozenset(
    {
        "head_of_state",
        "head_of_government",
        "foreign_minister",
        "defence_minister",
        "interior_minister",
        "finance_minister",
    }
)


def deputy_role(role: str) -> str:
    """The role of a deputy of ``role``: :data:`DEPUTY_OF`'s, else an official's; a
    deputy's deputy, an official's and a spokesperson's deputy keep their role.

    >>> [deputy_role(r) for r in ("foreign_minister", "director_general", "spokesperson")]
    ['deputy_minister', 'official', 'spokesperson']
    """
    if role in DEPUTY_OF.values() or role in ("official", "spokesperson"):
        return role
    return DEPUTY_OF.get(role, "official")


@dataclass(frozen=True)
class Finding:
    """One official as one sentence states them: who, which post, which state, where.

    ``begin``/``end`` are character offsets of the whole construction (title to name);
    ``name_begin``/``name_end`` of the name alone.
    """

    name: str
    name_begin: int
    name_end: int
    role: str
    country: str | None
    begin: int
    end: int
    rule: str
    org: str | None = None  # organization template id (mfa, mod, ...) or ministry-<portfolio>
    rank: str | None = None
    status: str = "current"
    english: str | None = None  # gazetteer spelling when known
    alias_of: int | None = None  # index of an earlier finding this one only refers to
    generic: bool = False  # a bare title (الوزير X) that says less than a full one
    prior_state: str | None = None  # the last state named before it in its sentence
    host: str | None = None  # where a post abroad is held (an ambassador to ...): a state
    # a designate's appointment a decree made (عين X, appointed X as ...): read as a designate
    # by the parser's passes, held (+made) from the article's home-state passes on
    made: bool = False


def sentence_at(toks: list, starts: list[int], char: int) -> int:
    """The sentence number of the first token at or after character ``char``.

    ``toks`` have a ``sent`` number; ``starts`` are their start offsets, in order.

    >>> from types import SimpleNamespace as T
    >>> toks = [T(sent=0), T(sent=0), T(sent=1)]
    >>> sentence_at(toks, [0, 5, 9], 6), sentence_at(toks, [0, 5, 9], 99)
    (1, 1)
    """
    k = bisect_left(starts, char)
    if k < len(toks):
        return toks[k].sent
    return toks[-1].sent if toks else 0


def succeeded(f: Finding, given: Finding) -> Finding:
    """The post ``f`` that a predecessor's own title gave him (خلفا للسفير Y, replacing
    Ambassador Y), beside ``given``, his successor's: held no longer, of the successor's
    state when it is the same post and names none (rules ``ar.predecessor``,
    ``en.predecessor``)."""
    same = f.role == given.role and f.country is None
    return replace(f, status="former", country=given.country if same else f.country)


def predecessor_post(given: Finding) -> dict:
    """The post (as keyword arguments of a parser's ``add``) of the one who held
    ``given``, the successor's post, before him: the same post, held no longer."""
    return {
        "role": given.role,
        "country": given.country,
        "org": given.org,
        "rank": None,
        "status": "former",
        "host": given.host,
    }


def in_text_order(found: list[Finding], dropped: set[int] = frozenset()) -> list[Finding]:
    """The findings sorted by name position, each ``alias_of`` pointing at the same
    finding as before (an index into the list, so a sort must move it too), without the
    findings of ``dropped`` (indexes). O(n log n)."""
    order = sorted(
        (n for n in range(len(found)) if n not in dropped),
        key=lambda n: (found[n].name_begin, found[n].role),
    )
    new_pos = {old: new for new, old in enumerate(order)}
    out = []
    for old in order:
        f = found[old]
        if f.alias_of is not None:
            a = new_pos.get(f.alias_of)
            f = replace(f, alias_of=a if a is not None and a < new_pos[old] else None)
        out.append(f)
    return out
