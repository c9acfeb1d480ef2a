"""The recogniser's entities as the linker reads them: runs the model split that make one name
("Marco Tulio Lima", "The Republic of Turkey") joined again."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from dyads.actors.given_names import is_given_name

__all__ = ["merged_names"]


def merged_names(doc: Doc) -> Iterator[tuple[Span, str, int, int]]:
    """The entities as (span, label, start, end), with a one-word place the gazetteer matched
    right after a person's name taken as that name's last word: "Marco Tulio Lima" is a man,
    not Peru's capital (blind audit, round 2), and a state's formal name one entity."""
    ents = list(doc.ents)
    k = 0
    while k < len(ents):
        ent = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if (
            ent.label_ == "PERSON"
            and nxt is not None
            and nxt.start == ent.end
            and len(nxt) == 1
            and nxt.label_ == "GPE"
            and nxt[0].is_title
            and ent[-1].is_title
            and ent[-1].pos_ == "PROPN"
        ):
            yield ent, "PERSON", ent.start, nxt.end
            k += 2
            continue
        if (
            ent.label_ == "GPE"
            and ent[-1].lower_ == "of"
            and nxt is not None
            and nxt.start == ent.end
            and nxt.ent_id_
        ):
            # "The Republic of Turkey": the gazetteer's country under its formal name (blind
            # audit, round 79: "Republic of" was an uncoded country of its own)
            yield nxt, nxt.label_, ent.start, nxt.end
            k += 2
            continue
        if nxt is not None and nxt.label_ == "PERSON" and _given_run(ent, nxt):
            # "Felipe de Jesus Perez Luna" came as an organisation "Felipe de Jesus" and a
            # person "Perez Luna" (round 114: "El Ojos" and his "he" were left uncoded)
            yield nxt, "PERSON", ent.start, nxt.end
            k += 2
            continue
        cut = _dash_cut(ent) if ent.label_ == "PERSON" else None
        if cut is not None:
            # "former congressman Robert Barr - won two of the three delegate slots": the
            # recogniser ran the name on over the dash (round 104 set)
            yield doc[ent.start : cut], "PERSON", ent.start, cut
            k += 1
            continue
        yield ent, ent.label_, ent.start, ent.end
        k += 1


_DASHES = frozenset({"-", "–", "—", "--"})
# the lower-case particles of Spanish and Portuguese given names ("Felipe de Jesus")
_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "da", "do", "dos", "das"})


def _given_run(ent: Span, nxt: Span) -> bool:
    """``ent``, right before the person ``nxt``, is the run of given names that opens the same
    name: an organisation or place the recogniser made of a given name, particles and
    capitalised words ("Felipe de Jesus"), ending on a capitalised word."""
    if ent.label_ not in ("ORG", "GPE", "NORP") or nxt.start != ent.end or not 1 < len(ent) < 5:
        # one word alone may be a nationality ("German Ortega" may be a German)
        return False
    if not is_given_name(ent[0].text) or not ent[-1].is_title:
        return False
    return all(tok.is_title or tok.lower_ in _PARTICLES for tok in ent[1:])


def _dash_cut(ent: Span) -> int | None:
    """Where a person's name ends before a dash that closes the entity or stands before a
    lower-case word inside it ("Rick Perry -", "Robert Barr - won")."""
    for tok in ent[1:]:
        if tok.text not in _DASHES or not tok.nbor(-1).whitespace_:
            continue  # "Jean-Luc": a dash inside a name
        if tok.i == ent.end - 1 or (tok.whitespace_ and tok.nbor(1).text.islower()):
            return tok.i
    return None
