"""Names shared or reused within an article: which person a bare surname is, and a one-word
name the article already gave a company or body (rules from blind-audit rounds, see
``docs/AUDITS.md``); used by :mod:`dyads.actors.coref`.
"""

from __future__ import annotations

from collections import Counter

from dyads.actors.antecedents import THING_KINDS
from dyads.actors.appositions import KIN
from dyads.actors.context import Linker
from dyads.actors.given_names import given_gender
from dyads.actors.kin_speakers import kin_speaker
from dyads.actors.refs import Ref

__all__ = ["clause_gender", "kept_kind", "nearest_namesake"]


def kept_kind(ref: Ref, history: list[Ref]) -> None:
    """A one-word name the article already used for a company, body or country keeps that kind:
    "started work at Carrier", then "when it comes to Carrier, … he said" is no person for "he"
    to stand for (blind audit, round 44)."""
    if ref.kind != "person" or ref.end - ref.start != 1 or not ref.actor:
        return
    same = next((r for r in reversed(history) if r.actor == ref.actor and r.form == "name"), None)
    if same is not None and same.kind in THING_KINDS:
        ref.kind = same.kind


def nearest_namesake(linker: Linker, ref: Ref, history: list[Ref]) -> None:
    """ "Clinton" after both "Hillary Clinton" and "Bill Clinton": the one named last, of the
    gender an honorific gives ("Mr. Trump" after "Ivanka Trump" is not her)."""
    surname = linker.t.text[ref.start]
    if linker.juniors.get(surname) == ref.actor:
        return  # "the younger Mr. Trump" already named the son
    namesakes = [
        candidate for candidate in reversed(history)
        if candidate.kind == "person" and " " in (candidate.actor or "")
        and (candidate.actor or "").rsplit(" ", 1)[1] == surname
        and not (ref.gender and _gender(linker, candidate) not in (None, ref.gender))
    ]  # fmt: skip
    # "her husband, former President Bill Clinton" is named by his tie to her: a bare
    # "Clinton" after it is still the story's Hillary Clinton (blind audit, round 31)
    # "Eric Trump, son of the Republican presidential front-runner": a relative of the story's
    # figure in every later mention (blind audit, round 54); "her husband, Bill Clinton" only
    # where so named (round 31: a later "Bill Clinton spoke" is his again)
    kin = {
        c.actor for c in history
        if c.kind == "person" and c.form == "name" and c.end - c.start > 1
        and _kin_of_after(linker, c)
    } if namesakes else set()  # fmt: skip
    own = [c for c in namesakes if c.actor not in kin and not _named_as_kin(linker, c)]
    if (speaker := kin_speaker(linker, ref, namesakes)) is not None:
        ref.actor = speaker.actor  # "''My father has given me …,'' Trump said" (round 108x)
    elif own or namesakes:
        ref.actor = _story_s((own or namesakes)[0], namesakes, history, ref, surname)
    if own or namesakes:
        return
    known = linker.persons.get(ref.actor or "")
    if known is not None and ref.gender and known.gender and known.gender != ref.gender:
        # no man of that name yet: only the name ("Mr. Trump"), or the one a kinship named by
        # his given name ("Clinton's husband, Bill, …. Clinton said as he introduced his wife")
        ref.actor = _kin_given(linker, surname, ref.gender, history) or surname


def _kin_given(linker: Linker, surname: str, gender: str, history: list[Ref]) -> str | None:
    """The full name of a relative the article named by a given name of ``gender`` beside a
    noun the surname owns: "Clinton's husband, Bill," -> "Bill Clinton" (round 101)."""
    t = linker.t
    for r in reversed(history):
        last = r.end - 1
        if r.end - r.start != 1 or t.dep[last] != "appos" or given_gender(t.text[last]) != gender:
            continue
        noun = t.head[last]
        owners = [k for k in range(max(0, noun - 3), noun) if t.head[k] == noun]
        if any(t.dep[k] == "poss" and t.text[k] == surname for k in owners):
            return f"{t.text[last]} {surname}"
    return None


def _gender(linker: Linker, candidate: Ref) -> str | None:
    """The candidate's gender: its mention's, else the person's (what the article's pronouns
    or titles said, else the given name's). "Ms. Trump" is never Donald J. Trump, whatever a
    bare "Trump" of his said (blind audit, round 88: Ivana Trump's "she" went to him)."""
    if candidate.gender is not None:
        return candidate.gender
    actor = candidate.actor or ""
    info = linker.persons.get(actor)
    known = linker.genders.get(actor) or (info.gender if info is not None else None)
    return known or given_gender(actor.split(" ", 1)[0])


def _story_s(
    nearest: Ref, namesakes: list[Ref], history: list[Ref], ref: Ref, surname: str
) -> str | None:
    """The namesake the article's bare surnames have stood for, when it has been one clearly
    more often, unless the nearest was named in this very sentence: "Clinton slammed the shift"
    in a debate story is still Hillary Clinton after "Sanders said of Bill Clinton" (blind
    audit, round 45: three events and quotes went to Bill Clinton)."""
    if nearest.sent == ref.sent:
        return nearest.actor
    actors = {c.actor for c in namesakes}
    bare = Counter(r.actor for r in history if r.form == "surname" and r.actor in actors)
    ranked = bare.most_common(2)
    if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    last = next((r for r in reversed(history) if r.form == "surname" and r.actor in actors), None)
    if not ref.gender and last is not None and last.actor != nearest.actor:
        # "former President Bill Clinton … Clinton was trying … Hillary Clinton knew … who said
        # Clinton raped her": the bare surname stood for the other namesake, the nearest full
        # name is hers, nothing in the sentence tells; left uncoded (blind audit, round 111)
        return surname
    return nearest.actor


def _named_as_kin(linker: Linker, ref: Ref) -> bool:
    """The person is introduced as someone's relative: "her husband, former President X"."""
    words = linker.t.lower[max(0, ref.start - 5) : ref.start]
    return any(word in KIN for word in words)


def _kin_of_after(linker: Linker, ref: Ref) -> bool:
    """The name is followed by its tie to another: "Eric Trump, son of the front-runner,"."""
    after = linker.t.lower[ref.end : ref.end + 4]
    if after[:1] != [","]:
        return False
    return any(w in KIN and after[k + 1 : k + 2] == ["of"] for k, w in enumerate(after))


_SUBJECT_PRONOUNS = {"he": "m", "she": "f"}


def clause_gender(linker: Linker, ref: Ref) -> str | None:
    """The gender of the subject pronoun of a clause that hangs on the verb a bare surname is
    the subject of, with no other name between: "Clinton said as he introduced his wife" is a
    man, the Bill of two Clintons (blind audit, round 101: Hillary Clinton)."""
    t = linker.t
    last = ref.end - 1
    kin = _kin_namesake_gender(linker, ref)
    if kin is not None:
        return kin
    if t.dep[last] not in ("nsubj", "nsubjpass"):
        return None
    verb = t.head[last]
    for k in range(ref.end, min(len(t.text), ref.end + 12)):
        if t.sent[k] != ref.sent or (t.ent[k] == "PERSON" and t.title[k]):
            return None
        gender = _SUBJECT_PRONOUNS.get(t.lower[k])
        if gender is None:
            continue
        clause = t.head[k]
        bound = t.dep[k] == "nsubj" and t.head[clause] == verb and t.dep[clause] == "advcl"
        return gender if bound else None
    return None


_POSSESSIVE_GENDERS = {"his": "m", "her": "f"}


def _kin_namesake_gender(linker: Linker, ref: Ref) -> str | None:
    """ "Clinton has emerged to play a role in the campaign of his wife, Hillary Clinton": a
    namesake the bare surname's own sentence names as "his"/"her" relative is someone else, so
    the surname is of the possessive's gender (blind audit, round 111: Hillary Clinton)."""
    t = linker.t
    surname = t.text[ref.start]
    for k in range(ref.end, min(len(t.text) - 4, ref.end + 25)):
        if t.sent[k] != ref.sent:
            return None
        gender = _POSSESSIVE_GENDERS.get(t.lower[k])
        if gender is None or t.lower[k + 1] not in KIN or t.text[k + 2] != ",":
            continue
        last = k + 3
        while last + 1 < len(t.text) and t.ent[last + 1] == "PERSON":
            last += 1
        if t.ent[k + 3] == "PERSON" and last > k + 3 and t.text[last] == surname:
            return gender
    return None
