"""The registry of the extraction rules: every rule id that evidence may carry.

A fact's evidence keeps the rule that produced it (``kgo:rule``): a base rule, the
construction that found the post or the event (``ar.title_name``, ``en.counterpart``,
``ev.meeting.verb``, ``ev.source.media``), then one suffix for each later step that gave
the post its state (``ar.title_name+list+dateline``). Each base rule and each suffix is one
registered rule of ``data/lexicon/rule_ids.jsonl`` (a suffix registered per language:
``ar+list``, ``en+list``), with the construction it reads.

:func:`kg.extract.extract` takes a set of registered ids to switch off (``disabled``):
each rule checks it where it emits its finding, so the extraction stays a pure function
of one article. ``tests/test_rules.py`` switches every rule off in turn and expects some
of its sentences (``tests/data/rule_sentences.json``) to come out otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from types import MappingProxyType

from kg import lexicon

__all__ = ["registered", "rule_parts", "checked", "suffixes_off"]


@cache
def registered() -> Mapping[str, dict]:
    """Every registered rule by id (``id``, ``lang``, ``stage``, ``construction``).

    >>> registered()["ar.counterpart"]["lang"]
    'ar'
    """
    return MappingProxyType({r["id"]: r for r in lexicon.load_jsonl("rule_ids.jsonl")})


def rule_parts(rule: str) -> tuple[str, ...]:
    """The registered ids an evidence rule is made of: its base, then its suffixes.

    >>> rule_parts("ar.title_name+list+dateline")
    ('ar.title_name', 'ar+list', 'ar+dateline')
    >>> rule_parts("ev.meeting.noun")
    ('ev.meeting.noun',)
    """
    base, *suffixes = rule.split("+")
    lang = base.split(".", 1)[0]
    return (base, *(f"{lang}+{s}" for s in suffixes))


def checked(disabled: Iterable[str]) -> frozenset[str]:
    """``disabled`` as a frozenset, every id in it registered (else ValueError).

    >>> sorted(checked(["en.deputy"]))
    ['en.deputy']
    >>> checked(["en.nonsense"])
    Traceback (most recent call last):
    ...
    ValueError: not a registered rule: en.nonsense
    """
    off = frozenset(disabled)
    unknown = sorted(off - registered().keys())
    if unknown:
        raise ValueError(f"not a registered rule: {', '.join(unknown)}")
    return off


def suffixes_off(disabled: frozenset[str], lang: str) -> frozenset[str]:
    """The suffixes of ``lang`` switched off, without their language (``list``).

    >>> sorted(suffixes_off(frozenset({"ar+list", "en+side", "ar.dual"}), "ar"))
    ['list']
    """
    return frozenset(r[len(lang) + 1 :] for r in disabled if r.startswith(lang + "+"))
