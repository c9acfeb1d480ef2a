"""Whole speaker phrases: a person's name the parser split ("Professor Yesid Reyes Alvarado"
with "Alvarado" hung as an apposition), a body's name that runs over its "of", "on", "for"
parts up to its parenthesised acronym ("the United Nations Office On Drugs and Crime (UNODC)"),
and the modifier that says who unnamed sources are ("sources in the security forces").

Blind audit, round 84: the speaker text was "Professor Yesid Reyes" and its actor the fragment
"Alvarado"; "according to the United Nations Office On Drugs and Crime (UNODC)" gave the
speaker "the United Nations Office", unresolved; "sources in the security forces consulted by
El Tiempo" gave the bare "sources"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyads.actors.gazetteer import load_gazetteer
from dyads.nlp import doc_text
from dyads.quotes.lexicon import cue_lexicon
from dyads.quotes.members import group_word
from dyads.records import Mention

__all__ = [
    "acronym_after",
    "body_name",
    "head_words",
    "modifier_end",
    "name_end",
    "whole_person",
]

# the prepositions a body's name runs over ("Ministry of Defense", "Office On Drugs and Crime",
# "Committee Against Torture", "Office of the High Commissioner for Human Rights")
_LINKS = frozenset({"of", "on", "for", "against"})
# the small words that stand inside such a name between its capitalised words
_INNER = _LINKS | {"and", "the", "&", ","}
_NAME_ENTS = frozenset({"", "PERSON"})


def name_end(head: Token, end: int) -> int:
    """The last token of the name ``head`` heads, given the phrase so far ends at ``end``: an
    adjacent proper noun the parser hung as an apposition ("Reyes Alvarado") and a body's
    "of"/"on"/"for"/"against" part whose words are all capitalised ("Ministry of Defense")."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper():
        return end
    doc = head.doc
    for child in head.rights:
        if (child.left_edge.i if child.dep_ == "appos" else child.i) != end + 1:
            continue
        if _split_name(head, child):
            end = child.i
            while end + 1 < len(doc) and doc[end + 1].head == child and doc[end + 1].dep_ == "flat":
                end += 1
        elif child.dep_ == "prep" and child.lower_ in _LINKS:
            end = _body_part(head, child) or end
    return end


# prepositions of a modifier that says who an unnamed speaker is: "sources in the security
# forces", "officials at the ministry", "a source from the campaign", "an aide inside the team"
_WHO_PREPS = frozenset({"in", "at", "from", "within", "inside"})
# what a modifier's phrase stops before: the clauses and lists hung on its noun
_NOT_WHO = frozenset({"acl", "relcl", "appos", "punct", "cc", "conj", "advcl"})


def modifier_end(head: Token, end: int) -> int:
    """The last token of a common-noun speaker's phrase with the modifier that says who they
    are: "sources in the security forces consulted by El Tiempo" -> "sources in the security
    forces" (blind audit, round 84: the speaker was the bare "sources"). The modifier's own
    clauses and lists, and any further preposition, are left out."""
    if head.pos_ != "NOUN":
        return end
    prep = next((c for c in head.rights if c.i == end + 1), None)
    if prep is None or prep.dep_ != "prep" or prep.lower_ not in _WHO_PREPS:
        return end
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or not _institution(obj):
        return end  # "A man in the crowd yelled": where he was, not who he is
    last = obj.i
    for child in obj.rights:
        if child.dep_ in _NOT_WHO or child.i != last + 1:
            break
        if child.dep_ == "prep" and child.lower_ != "of":
            break  # "officials in the office of the president", not "… in Washington on Monday"
        last = child.right_edge.i
    return last


_BODY_ENTS = frozenset({"ORG", "NORP"})


def _institution(obj: Token) -> bool:
    """The modifier's noun is a body: a name of one ("in the Interior Ministry", "at
    Goldman"), or a body's word the role tables or ``body_heads`` know ("in the security
    forces", "at the bank", "in the navy"); not a place or a scene ("in the crowd")."""
    if obj.pos_ == "PROPN" or obj.ent_type_ in _BODY_ENTS:
        return obj.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME")
    if obj.pos_ != "NOUN":
        return False
    compounds = [c for c in obj.lefts if c.dep_ == "compound"]
    phrase = " ".join(t.lower_ for t in (*compounds, obj))
    roles = load_gazetteer().roles
    role = roles.get(phrase) or roles.get(obj.lower_)
    return (role is not None and role.kind in ("org", "group")) or (
        obj.lemma_.lower() in cue_lexicon().body_heads
    )


def head_words(text: str) -> list[str]:
    """The words of a speaker phrase up to the modifier :func:`modifier_end` adds: "a narrator
    in the Clinton ad" -> "a narrator", for the tests that read a speaker by its last word (a
    narrator is no "ad", a poll "in Iowa" still a poll)."""
    words = text.split()
    cut = next(
        (
            i
            for i, w in enumerate(words)
            if i and (w.lower() in _WHO_PREPS or (w.lower() == "of" and group_word(words[i - 1])))
        ),
        len(words),
    )  # "Representatives of the indigenous groups": representatives (round 111)
    return words[:cut]


def _split_name(head: Token, child: Token) -> bool:
    """``child`` is the rest of ``head``'s name: a capitalised proper noun right after it, with
    no comma between, that the parser made an apposition ("Yesid Reyes Alvarado", "Committee
    Against Torture")."""
    if child.dep_ != "appos" or child.pos_ != "PROPN" or not child.is_alpha:
        return False
    if any(not t.text[:1].isupper() for t in child.doc[child.left_edge.i : child.i + 1]):
        return False
    # "The Committee Against Torture": one entity the parser cut in two
    one_entity = bool(head.ent_type_) and child.ent_iob_ == "I"
    return one_entity or (head.ent_type_ in _NAME_ENTS and child.ent_type_ in _NAME_ENTS)


def _body_part(head: Token, prep: Token) -> int | None:
    """The last token of a prepositional phrase that is part of a body's name, if it is: every
    word of it capitalised (but the small words between) up to its end or to the parenthesis of
    an acronym, ending on a capital, and the head a body's word ("Office", "Ministry") or the
    preposition itself capitalised, as in a title-cased name ("Office On Drugs")."""
    doc = head.doc
    last = prep.right_edge.i
    words = []
    for tok in doc[prep.i + 1 : last + 1]:
        if tok.text == "(":
            break  # "for Human Rights (OHCHR)": the acronym is no part of the name's words
        words.append(tok)
    if not words or not words[-1].text[:1].isupper():
        return None
    if any(not (t.text[:1].isupper() or t.lower_ in _INNER) for t in words):
        return None
    if head.ent_type_ == "PERSON" or any(t.ent_type_ == "PERSON" for t in words):
        return None  # "Sen. John McCain of Arizona": a person and where they are from
    titled = prep.text[:1].isupper()
    return words[-1].i if titled or head.lemma_.lower() in cue_lexicon().body_heads else None


def body_name(doc: Doc, speaker: tuple[int, int], head: Token) -> str | None:
    """A body's whole name as the actor when nothing resolved it: "the Brazilian Forum for
    Public Safety" (blind audit, round 104: no actor), its capitalised words from its first to
    the end of its "for"/"of" part, the article left out."""
    if head.pos_ != "PROPN" or head.lemma_.lower() not in cue_lexicon().body_heads:
        return None
    words = doc.char_span(*speaker, alignment_mode="expand")
    if words is None or name_end(head, head.i) == head.i:
        return None
    start = next((t.i for t in words if t.text[:1].isupper()), head.i)
    end = name_end(head, head.i)
    return doc[start : end + 1].text if start <= head.i else None


def acronym_after(doc: Doc, end: int) -> Token | None:
    """The acronym in parentheses right after a name that ends at character ``end``: "the
    United Nations Office On Drugs and Crime (UNODC)" -> "UNODC", which the actors stage may
    know when the long name it did not."""
    tail = doc.char_span(end, min(len(doc_text(doc)), end + 40), alignment_mode="expand")
    if tail is None or len(tail) < 3 or tail[0].text != "(" or tail[2].text != ")":
        return None
    acronym = tail[1]
    return acronym if acronym.is_alpha and acronym.text.isupper() and len(acronym) >= 2 else None


def whole_person(doc: Doc, speaker: tuple[int, int], mention: Mention) -> str | None:
    """The whole personal name a person mention is the tail of, when the actors stage only
    linked that tail to itself: "Professor Yesid Reyes Alvarado" -> "Yesid Reyes Alvarado", not
    "Alvarado". The name runs back over capitalised proper nouns with no entity type but a
    person's; a title or honorific ("Professor", "Dr.") or any other word ends it."""
    if mention.kind != "person" or mention.actor != mention.text:
        return None
    if mention.span[1] != speaker[1] or not speaker[0] <= mention.span[0]:
        return None
    name = doc.char_span(*mention.span, alignment_mode="expand")
    if name is None:
        return None
    roles = load_gazetteer().roles
    start = name.start
    while start > 0 and doc[start - 1].idx >= speaker[0]:
        tok = doc[start - 1]
        role = roles.get(tok.lower_)
        if tok.pos_ != "PROPN" or not tok.is_alpha or not tok.text[:1].isupper():
            break
        if tok.ent_type_ not in _NAME_ENTS or role is not None:
            break
        start -= 1
    if start == name.start:
        return None
    return doc[start : name.end].text
