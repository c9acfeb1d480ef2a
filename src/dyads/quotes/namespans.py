"""A speaker's actor as a real name: the actors stage may give a mention that runs past the
speaker's own phrase (a section heading glued before it, a fragment after a dash) or only the
tail of a foreign name; the quotation's speaker takes the name its own phrase holds.

Blind audit, round 85: "Some" -> actor "Limits of Reform Some" (the heading "The Limits of
Reform" run into the next sentence); "the Tax Policy Center" -> "Tax Policy Center - half";
"a report … by the Colombian foundation Ideas para la Paz" -> "Paz"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyads.actors.gazetteer import load_gazetteer
from dyads.quotes.lexicon import cue_lexicon
from dyads.records import Mention

__all__ = ["real_name"]

_DASHES = frozenset({"-", "–", "—", "--"})


def real_name(doc: Doc, head: Token, mention: Mention, actor: str | None) -> str | None:
    """``actor`` as given, unless it is the mention's own words (no code, the tail of its text)
    and those words are no real name of the speaker: then the part of them inside ``head``'s
    phrase (none when that part holds no capitalised proper noun), or the whole foreign name
    they are the tail of ("Ideas para la Paz")."""
    if actor is None or mention.code:
        return actor
    text = mention.text.rstrip()
    at = text.rfind(actor.strip())
    if at < 0 or at + len(actor.strip()) != len(text):
        return actor  # a name the actors stage linked, not the mention's words
    start = mention.span[0] + at
    words = doc.char_span(start, start + len(actor.strip()), alignment_mode="expand")
    if words is None or not len(words):
        return actor
    lo, hi = head.left_edge.i, head.right_edge.i
    for dash in (t for t in words if t.text in _DASHES and t.whitespace_ and t.i > words.start):
        if head.i < dash.i:
            hi = min(hi, dash.i - 1)  # "Peterson Institute - a third": the name ends at the dash
        else:
            lo = max(lo, dash.i + 1)
    outside = [t for t in words if not lo <= t.i <= hi]
    if _stray(outside) or "\n" in words.text:
        inside = [t for t in words if lo <= t.i <= hi and "\n" not in t.text]
        return _trimmed(inside)
    sent = words.sent  # a foreign name the parser split may run past the phrase
    return _foreign_whole(doc, words.start, words.end, sent.start, sent.end - 1) or actor


def _stray(outside: list[Token]) -> bool:
    """Words outside the speaker's phrase that cannot be the rest of its name: a lower-case
    word, a dash or other punctuation ("Limits of Reform", "- half"). A capitalised name word
    the parser hung elsewhere may still be part of it."""
    return any(not (t.text[:1].isupper() and t.is_alpha) for t in outside)


def _trimmed(words: list[Token]) -> str | None:
    """The capitalised run of ``words`` (proper nouns and the links between them), when it
    holds a proper noun; none for "Some", "the"."""
    while words and not _capitalised(words[0]):
        words = words[1:]
    while words and not _capitalised(words[-1]):
        words = words[:-1]
    if not words or not any(t.pos_ == "PROPN" for t in words):
        return None
    return words[0].doc[words[0].i : words[-1].i + 1].text


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.is_alpha and tok.lower_ != "the"


def _name_word(tok: Token) -> bool:
    """A capitalised noun of a name, not an adjective before it ("the Colombian foundation")
    nor a title ("Mayor Bill de Blasio")."""
    if not _capitalised(tok) or tok.pos_ not in ("PROPN", "NOUN", "X"):
        return False
    return load_gazetteer().roles.get(tok.lower_) is None


def _foreign_whole(doc: Doc, start: int, end: int, lo: int, hi: int) -> str | None:
    """The whole name a mention over ``start:end`` is part of when the name runs over the
    small words of a Spanish, Portuguese or French name between capitalised words ("Ideas para
    la Paz", "Ejercito de Liberacion Nacional"), within tokens ``lo``..``hi`` (the sentence)
    and one line."""
    particles = cue_lexicon().name_particles
    first, last = start, end - 1
    while True:  # leftwards: [particles] capitalised word, until neither follows
        i = first - 1
        while i > lo and doc[i].lower_ in particles and "\n" not in doc[i].whitespace_:
            i -= 1
        if i < lo or not _name_word(doc[i]) or "\n" in doc[i:first].text:
            break
        first = i
    while True:  # rightwards
        i = last + 1
        while i < hi and doc[i].lower_ in particles and "\n" not in doc[i - 1].whitespace_:
            i += 1
        if i > hi or not _name_word(doc[i]) or "\n" in doc[last : i + 1].text:
            break
        last = i
    name = doc[first : last + 1]
    if not any(t.lower_ in particles and not _capitalised(t) for t in name):
        return None  # no foreign name: "Ideas" alone, or capitals the mention left out
    return name.text if (first, last) != (start, end - 1) else None


MIN_OWN_WORDS = 1  # name words of the speaker's phrase the actor must lack


def own_name(doc: Doc, span: tuple[int, int], actor: str | None) -> str | None:
    """The speaker phrase's own name when the actor linked to it is another one with the same
    head: "New Hampshire Public Radio" is not "American Public Radio"
    (blind audit, round 98). The phrase must hold name words the actor lacks (a place) and the
    actor words the phrase lacks; else ``actor``."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if actor is None or words is None or any(t.lower_ in ("'s", "’s") for t in words):
        return actor  # "Media Research Center's Bozell": the owner's name is no part of his
    names = [t for t in words if _name_word(t)]
    theirs = set(actor.split())
    if not names or names[-1].text != actor.split()[-1]:
        return actor  # the same head ("… Radio") told apart by what stands before it
    missing = [t for t in names if t.text not in theirs]
    if len(missing) < MIN_OWN_WORDS or not theirs - {t.text for t in words}:
        return actor
    if len(missing) == len(names):
        return actor  # no word shared: a name the actors stage knows by another ("Pentagon")
    return _trimmed(list(words))
