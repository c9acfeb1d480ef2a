"""A person named right before a cue the parser left without a subject, the name made an
apposition of a fronted adjunct: "Saturday at the party convention Sen. Ruth Adler (D-OR) said
…" parsed with Adler an apposition of "convention" (PolNeAR train, tune half: the
quotation had no speaker and was lost)."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.quotes.context import Context, Span

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
# how the parser hangs the name on the adjunct before it
_HUNG_DEPS = frozenset({"appos", "compound", "npadvmod", "nmod"})
_TIMES = frozenset({"DATE", "TIME"})
_BRACKET_MAX = 6  # tokens of a bracket after the name: "(D-MA)", "(R-Texas)"


def adjunct_name(ctx: Context, cue: Token, para: Span) -> Token | None:
    """The last token of the person's name that ends right before ``cue`` (a bracket between
    allowed) when the cue has no subject and the parser hung the name on an adjunct's noun."""
    doc = ctx.doc
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.i == 0:
        return None
    if any(c.dep_ in _SUBJECT_DEPS and c.ent_type_ not in _TIMES for c in cue.children):
        return None  # "Saturday" made the subject is no speaker
    last = cue.i - 1
    if doc[last].text == ")":
        opening = next(
            (k for k in range(last - 1, max(-1, last - _BRACKET_MAX), -1) if doc[k].text == "("),
            None,
        )
        if opening is None:
            return None
        last = opening - 1
    if last < 0:
        return None
    name = doc[last]
    if name.ent_type_ != "PERSON" or name.idx < para[0] or ctx.quoted[name.i]:
        return None
    if name.ent_iob_ == "I" and last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        return None  # the name goes on past the cue's left neighbour
    head = name
    while head.dep_ == "compound" and head.head.i > head.i and head.head.ent_type_ == "PERSON":
        head = head.head
    if head != name or head.dep_ not in _HUNG_DEPS or head.head.i >= cue.i:
        return None
    return name
