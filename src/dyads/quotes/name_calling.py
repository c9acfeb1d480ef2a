"""A name put on someone in quotation marks ("called Obama a “petulant child”"): the quoted words
are the partial quotation, and the object with its name ("Obama a “petulant child”") is no
indirect report of its own (round 105); the name-calling itself is an event (111)."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.quotes.context import Context

# where the parser hangs the name given to the verb's object
_NAME_DEPS = frozenset({"oprd", "xcomp", "ccomp", "attr", "acomp"})
_NAMED_DEPS = frozenset({"dobj", "dative"})


def quoted_name(ctx: Context, verb: Token) -> bool:
    """``verb`` (``name_calling`` in ``data/quote_cues.yaml``) gives its object a name whose
    head word is quoted: "called Obama a “petulant child” who …", "branded them “thugs”". With
    no marks ("called the plan a disaster") or with a quoted modifier only ("called it a
    “half-baked” plan") the object and its name stay what was said."""
    if verb.lemma_.lower() not in ctx.lex.name_calling:
        return False
    # the parser may take the one named for a name of its own ("called Trump a “…”")
    named = [c for c in verb.children if c.i > verb.i and not ctx.quoted[c.i] and _named(c)]
    if not named:
        return False  # "called “illegals” a threat": the quoted word is what is judged
    first = min(c.i for c in named)
    if any(c.dep_ in _NAME_DEPS and c.i > first and ctx.quoted[c.i] for c in verb.children):
        return True
    # "dubbed the organizers “outside agitators”", parsed as an apposition
    return any(g.dep_ == "appos" and ctx.quoted[g.i] for c in named for g in c.children)


def _named(tok: Token) -> bool:
    return tok.dep_ in _NAMED_DEPS or (tok.dep_ == "oprd" and tok.pos_ in ("PROPN", "PRON"))
