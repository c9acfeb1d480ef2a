"""A speaker described by the state they come from: "the Texan said" after "Former Texas Gov.
Rick Perry" is Perry (blind audit, round 110: left as "Texan"). The office-holders table gives
each named politician's state; of the people named before who hold an office there, the one
last named as the subject of a speech verb, else the only one."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

import yaml
from spacy.tokens import Token

from dyads.quotes.context import Context
from dyads.quotes.office_titles import LOOKBACK_CHARS, offices_of
from dyads.records import Mention

_DATA = Path(__file__).resolve().parents[1] / "data" / "state_demonyms.yaml"


@cache
def _demonyms() -> dict[str, str]:
    text = _DATA.read_text(encoding="utf-8")
    return {str(k).lower(): str(v).lower() for k, v in (yaml.safe_load(text) or {}).items()}


def state_native(ctx: Context, noun: Token | None, mentions: Sequence[Mention]) -> Mention | None:
    """The person "the Texan" stands for (see the module's docstring), else None."""
    if noun is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    state = _demonyms().get(noun.lower_)
    if state is None:
        return None
    fitting: dict[str, Mention] = {}
    for m in reversed(mentions):
        if m.span[1] > noun.idx or ctx.in_quotes(m.span[0]) or not m.actor or m.kind != "person":
            continue
        if noun.idx - m.span[0] > LOOKBACK_CHARS:
            break
        if not any(place == state for _, place in offices_of(m.actor)):
            continue
        if _speaks(ctx, m):
            return m
        fitting.setdefault(m.actor, m)
    return next(iter(fitting.values())) if len(fitting) == 1 else None


def _speaks(ctx: Context, mention: Mention) -> bool:
    name = ctx.doc.char_span(*mention.span, alignment_mode="expand")
    if name is None or name.root.dep_ != "nsubj":
        return False
    return ctx.is_cue(name.root.head, belief=False)
