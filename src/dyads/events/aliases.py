"""One argument per person: another name of an argument already read ("captured Diego Perez
Henao, alias 'Diego Rastrojo'") is no second side (blind audit, round 88: coded twice)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from dyads.events.sides import Arg, distinct

__all__ = ["others"]


_ALIAS = frozenset({"alias", "aka", "a.k.a.", "a.k.a", "known"})


def _alias(tok: Token, found: Sequence[Arg]) -> bool:
    """The token is another name of an argument already read: "captured Diego Perez Henao,
    alias 'Diego Rastrojo'" is one capture (blind audit, round 88: coded twice)."""
    doc = tok.doc
    return any(
        0 < tok.i - arg.token.i <= 12
        and any(doc[i].lower_ in _ALIAS for i in range(arg.token.i, tok.i))
        and not any(doc[i].lower_ == "and" for i in range(arg.token.i, tok.i))
        for arg in found
    )


def others(args: list[Arg], sources: Sequence[Arg]) -> list[Arg]:
    """The arguments that are not the sources, one per person (an alias is no second one)."""
    kept: list[Arg] = []
    for arg in args:
        if all(distinct(arg, s) for s in sources) and not _alias(arg.token, kept):
            kept.append(arg)
    return kept
