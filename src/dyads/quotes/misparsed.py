"""Speakers the parser hung elsewhere: when the cue has no subject of its own, the name next to
it in the layout of the sentence (a participle's subject to its left, a name the parser made the
root or a modifier of the cue, the noun phrase that opens the clause, the name between a closing
mark and its cue). Each rule cites the input that set it."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dyads.quotes.acts import name_modal
from dyads.quotes.context import Context, Span
from dyads.quotes.marks import Segment
from dyads.quotes.syntax import place_clause

__all__ = [
    "compound_name",
    "fronted_name",
    "gap_speaker",
    "left_subject",
    "modal_name",
    "name_root",
    "orphan_subject",
]

_GAP_MAX_TOKENS = 15
# "“…,” Trump, the 2016 GOP presidential frontrunner nationally and current polling leader in
# South Carolina by a wide margin, said": a name and its appositive between commas may run longer
# (PolNeAR train, tune half).
_APPOSITIVE_GAP_MAX_TOKENS = 40
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})


def left_subject(ctx: Context, cue: Token, para: Span) -> Token | None:
    """The nearest subject left of a participle cue in its sentence ("Sanders said, going on
    to say that …"), for when the parser hung the participle on a verb in the quote."""
    for tok in reversed(ctx.doc[cue.sent.start : cue.i]):
        if tok.idx < para[0]:
            break
        if tok.dep_ == "nsubj" and not ctx.quoted[tok.i] and not ctx.quoted[tok.head.i]:
            if tok.lower_ in _RELATIVE_PRONOUNS:
                return None
            if place_clause(tok.head):
                continue  # "- where the Panthers played the Vikings - while chanting, …"
            return tok
    return None


def name_root(ctx: Context, cue: Token, para: Span) -> Token | None:
    """The name the parser made the root of the cue's sentence ("Stuart Stevens, who …,
    called it “childish”" misparsed with "called" under a noun): it stands before the cue."""
    root = cue.sent.root
    if root.i >= cue.i or root.idx < para[0] or ctx.quoted[root.i]:
        return None
    named = root.pos_ == "PROPN" or root.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
    return root if named and root.dep_ == "ROOT" else None


def fronted_name(ctx: Context, cue: Token, para: Span) -> Token | None:
    """The name right before ", said" that the parser hung on a fronted participle: "Speaking
    in an interview with Milenio TV, the head of the commission, Monte Alejandro Rubido
    Garcia, said …" parsed with Garcia the object of "Speaking" (blind audit, round 13)."""
    doc = ctx.doc
    if cue.i < 2 or doc[cue.i - 1].text != "," or any(c.dep_ == "nsubj" for c in cue.children):
        return None
    name = doc[cue.i - 2]
    fronted = [c for c in cue.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < name.i]
    if name.pos_ != "PROPN" or name.idx < para[0] or ctx.quoted[name.i] or not fronted:
        return None
    return name if fronted[0].left_edge.i <= name.i <= fronted[0].right_edge.i else None


def orphan_subject(ctx: Context, cue: Token, para: Span) -> Token | None:
    """The noun phrase ending right before a finite cue the parser left without a subject,
    when it opens a clause: "…, a White House official who spoke anonymously … said" and "…,
    former president Bill Clinton said" parsed as appositions (PolNeAR train, tune half), and
    a speaker with an apposition after the closing mark, which the parser made the quotation's
    complement."""
    doc = ctx.doc
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.i == 0:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in cue.children):
        return None
    last = cue.i - 1
    if last > 0 and doc[last].text == ",":
        last -= 1  # '“…,” the director of Progresar Foundation, Wilfredo Canizares, told …'
    found = None
    for anc in [doc[last], *doc[last].ancestors]:
        if anc.i >= cue.i or anc.right_edge.i != last:
            break
        left = anc.left_edge
        # after a closing mark: the parser hung the phrase on the quotation's verb (blind
        # audit, round 50: the quotation was left without its speaker and dropped)
        opens = left.i == left.sent.start or doc[left.i - 1].text in (",", ";", "—", "”", '"')
        if anc.pos_ in ("NOUN", "PROPN") and opens and left.idx >= para[0]:
            found = anc
    if found is None or ctx.quoted[found.i]:
        return None
    return found


def compound_name(ctx: Context, cue: Token) -> Token | None:
    """A name the parser made a modifier of the cue itself: "Beck joked" parsed with "Beck" a
    compound of "joked" (PolNeAR train, tune half)."""
    name = next((c for c in cue.children if c.dep_ == "compound" and c.i == cue.i - 1), None)
    if name is None or name.pos_ != "PROPN" or ctx.quoted[name.i]:
        return None
    return name


def modal_name(cue: Token) -> Token | None:
    """The name the parser took for the cue's modal (:func:`dyads.quotes.acts.name_modal`):
    "…, Will described Trump as …" went to Trump (blind audit, round 24)."""
    auxes = [c for c in cue.children if c.dep_ in ("aux", "auxpass")]
    if len(auxes) != 1 or not name_modal(auxes[0], cue):
        return None
    return auxes[0] if auxes[0].i < cue.i else None


def gap_speaker(ctx: Context, seg: Segment, cue: Token) -> Token | None:
    """The name between a closing mark and its cue ("“…,” Flynn, an adviser, said")."""
    if cue.idx < seg.close_end:
        return None
    doc = ctx.doc
    for i in range(cue.i - 1, -1, -1):
        if doc[i].idx < seg.close_end:
            break
    else:
        return None
    start = i + 1
    gap = doc[start : cue.i]
    if len(gap) > _GAP_MAX_TOKENS and not _appositive_gap(ctx, gap):
        return None
    words = [t for t in gap if not (t.is_punct or t.is_space)]
    one_phrase = (
        words
        and not any(t.text == "," for t in gap)
        and words[-1].pos_ == "PROPN"
        and all(t.is_title or t.pos_ in ("NOUN", "PROPN", "DET", "ADJ") for t in words)
    )
    if one_phrase:
        # "“…,” Tulsa police Chief Chuck Jordan said": one phrase, its head last (the parser
        # took "Tulsa" for a verb; PolNeAR dev)
        return words[-1]
    for tok in gap:
        if ctx.quoted[tok.i] or tok.is_punct or tok.is_space:
            continue
        if tok.pos_ == "DET" and start <= tok.head.i < cue.i and tok.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head  # "“…?” the presumptive nominee, Donald Trump, tweeted" (PolNeAR)
            while tok.dep_ in ("poss", "compound", "nmod") and tok.i < tok.head.i < cue.i:
                tok = tok.head  # "the city's new council leader": the leader
        if tok.pos_ in ("PROPN", "PRON", "NOUN"):
            while tok.dep_ == "compound" and tok.i < tok.head.i < cue.i:
                tok = tok.head  # "Texas delegate Bill Eastland, wearing …, said": not "Texas"
            while tok.i + 1 < cue.i and doc[tok.i + 1].pos_ == "PROPN" == tok.pos_:
                tok = doc[tok.i + 1]
            return tok
        break
    return None


def _appositive_gap(ctx: Context, gap: SpacySpan) -> bool:
    """A name, a comma, a description and a comma: ", Trump, the … frontrunner …, said"."""
    words = [t for t in gap if not t.is_space]
    while words and words[0].is_punct:
        words = words[1:]
    return (
        len(gap) <= _APPOSITIVE_GAP_MAX_TOKENS
        and len(words) > 3
        and words[0].pos_ == "PROPN"
        and words[-1].text == ","
        and any(t.text == "," for t in words[1:-1])
        and not any(ctx.quoted[t.i] for t in gap[: _first_comma(gap)])
    )


def _first_comma(gap: SpacySpan) -> int:
    """The position in ``gap`` of its first comma after the name (a title in quotation marks
    may stand in the description after it: 'wearing “Ted Cruz” campaign pins')."""
    words = [k for k, t in enumerate(gap) if t.text == "," and k > 0]
    return words[0] if words else len(gap)
