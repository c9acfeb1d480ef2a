"""A speaker's surname that is also a place's name: "“…,” Israel said" after "Rep. Steve
Israel (D-N.Y.) said …" is the congressman, not the country (blind audit, round 96: the
recogniser took the surname for the country, and the quotation went to Israel)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from dyads.quotes.makers import surname_of
from dyads.records import Mention

_PERSON = "person"
_ITSELF = frozenset({"it", "its", "it's", "it’s"})


def person_not_place(
    head: Token, mention: Mention, mentions: Sequence[Mention], said: str
) -> Mention | None:
    """The person named in full before ``head`` whose surname ``head`` is, when the speaker's
    own mention took the one word for a place or body: a speaker named by a surname the text
    gave a person is that person; not when what was ``said`` speaks of the speaker as "it"
    ("Jordan said it would not join the talks" is the country)."""
    if mention.kind == _PERSON or head.pos_ != "PROPN" or " " in mention.text.strip():
        return None
    if said.split()[:1] and said.split()[0].lower() in _ITSELF:
        return None
    person = surname_of(head.text, mentions)
    if person is None or person.span[1] > head.idx:
        return None
    return person
