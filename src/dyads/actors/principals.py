"""A person's principal: the one named person a spokesperson, aide or adviser works for.

"Brian Fallon, a spokesman for Mrs. Clinton", "Clinton spokesman Brian Fallon", "Trump's
spokeswoman Hope Hicks", "an adviser to Mr. Obama": the staff title (``principals.yaml``)
says the person speaks for another, so they take the principal's country and sector (USAPTY
for a candidate's, USAGOV for a president's), not the bare title's default (blind audit,
round 79: Fallon and Hicks coded USAGOV while Clinton and Trump were USAPTY). A spokesperson
for a body ("for the China Coast Guard") is the body's (:mod:`dyads.actors.phrase`).

:func:`principal_of` finds the principal's token when :func:`dyads.actors.people.person`
links the name; :func:`follow` gives the person the principal's code when coreference
(:mod:`dyads.actors.coref`) resolves them, resolving a principal named later first.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from dyads.actors.context import Linker
from dyads.actors.gazetteer import Role, word_lists
from dyads.actors.phrase import Owner
from dyads.actors.refs import APPOSITION_STOP, Ref
from dyads.actors.tokens import Tokens

_LINKS = frozenset({"for", "to"})  # "a spokesman for Mrs. Clinton", "an adviser to Mr. Obama"
_SKIPPED = frozenset({"the", "a", "an", "former"})  # words between the link and the name
# sources of what is known that outrank the principal: the user's file, the dated table
_AUTHORITIES = frozenset({"user", "officeholders"})
_REACH = 12  # tokens an apposition's staff title is looked for after the name
_CAMPAIGNS = frozenset({"campaign", "campaigns"})  # a candidate's campaign is a party's body


@cache
def _staff_titles() -> frozenset[str]:
    return word_lists("principals.yaml")["staff_titles"]


def staff_title(phrase: str) -> bool:
    """The title ``phrase`` (any case) is held for a person ("spokeswoman", "aide")."""
    return phrase.lower() in _staff_titles()


def staff(role: Role) -> bool:
    """``role`` is a title held for a person: a spokesperson, aide, adviser, campaign manager."""
    return role.kind == "title" and role.phrase.lower() in _staff_titles()


def principal_of(lk: Linker, own: Owner, span: tuple[int, int]) -> int | None:
    """The token of the person the name at ``span`` works for, or None: a person named right
    before its staff title ("Clinton spokesman X", "Trump's spokeswoman X"; ``own`` is the
    walk left of :func:`dyads.actors.phrase.before`), after it in an apposition ("X, a
    spokesman for Mrs. Clinton,", "X, Mr. Trump's adviser,") or in a title phrase ending in a
    comma before the name ("A spokesman for Mrs. Clinton, X, said")."""
    start, end = span
    if own.titles and any(staff(role) for _, role in own.titles):
        if own.possessor is not None and _name_token(lk, own.possessor):
            return own.possessor
        found = _person_before(lk, own.titles[-1][0])
        if found is not None:
            return found
    t = lk.t
    found = _before_comma(lk, start)
    if found is not None:
        return found
    if end < len(t.text) and t.text[end] == ",":
        return _in_phrase(lk, end + 1, min(len(t.text), end + 1 + _REACH))
    return None


def _name_token(lk: Linker, k: int) -> bool:
    """Token ``k`` can be part of a person's name: in a PERSON span, or a capitalised proper
    noun that is no gazetteer name or role word ("Trump" the recogniser left untagged). Whether
    it names a person is for coreference to say (:func:`follow`)."""
    t = lk.t
    if not 0 <= k < len(t.text) or lk.entry_at[k] is not None or lk.role_cover[k] >= 0:
        return False
    tagged = any(s <= k < e for s, e in lk.people)
    return tagged or (t.title[k] and t.pos[k] == "PROPN" and t.text[k].isalpha())


def _person_before(lk: Linker, title: int) -> int | None:
    """A name right before the title starting at ``title``, as a compound or a possessive
    ("Clinton spokesman", "Trump's senior adviser")."""
    t = lk.t
    k = title - 1
    while k >= 0 and lk.role_cover[k] >= 0 and lk.role_at[lk.role_cover[k]][1].kind == "modifier":
        k = lk.role_cover[k] - 1  # "Trump's senior adviser"
    k = _past_hyphenated(t, k)
    if k >= 1 and t.tag[k] == "POS":
        k -= 1
    return k if _name_token(lk, k) else None


def _past_hyphenated(t: Tokens, k: int) -> int:
    """The token before a hyphenated epithet ending at ``k`` ("Clinton's man-of-many-parts
    adviser", blind audit, round 92: the principal was missed), else ``k``."""
    j = k
    while j >= 2 and t.text[j - 1] == "-" and t.text[j - 2] != "-":
        j -= 2
    return j - 1 if j < k and j >= 1 else k


def _person_after(lk: Linker, link: int) -> int | None:
    """The last token of a name after "for"/"to" at ``link``, alone ("for Mrs. Clinton,") or
    its campaign ("for the Clinton campaign"), not another body named after it."""
    t, n = lk.t, len(lk.t.text)
    if link >= n or t.lower[link] not in _LINKS:
        return None
    k = link + 1
    while k < n and (t.lower[k] in _SKIPPED or _honorific(lk, k)):
        k += 1
    if not _name_token(lk, k):
        return None
    while _name_token(lk, k + 1):
        k += 1
    after = k + 1
    if after < n and t.lower[after] not in _CAMPAIGNS and t.pos[after] in ("NOUN", "PROPN"):
        return None  # "for the Clinton Foundation"
    return k


def _honorific(lk: Linker, k: int) -> bool:
    """Token ``k`` is part of a word before the principal's name: "Mrs.", "former", or the
    principal's own title ("an aide to President Obama"; round 104: the aide went uncoded)."""
    cover = lk.role_cover[k]
    return cover >= 0 and lk.role_at[cover][1].kind in ("honorific", "modifier", "title")


def _before_comma(lk: Linker, start: int) -> int | None:
    """ "A spokesman for Mrs. Clinton, Brian Fallon, said": the principal that ends a staff
    title's phrase right before the comma before the name (``appositions.preceding`` stops at
    the principal's name, so the phrase gives the person no title)."""
    t = lk.t
    if start < 2 or t.text[start - 1] != ",":
        return None
    for j in range(start - 2, max(-1, start - _REACH), -1):
        if t.sent[j] != t.sent[start] or t.lower[j] in APPOSITION_STOP or t.pos[j] == "VERB":
            return None
        cover = lk.role_cover[j]
        if cover == j and staff(lk.role_at[j][1]):
            found = _person_after(lk, lk.role_at[j][0])
            return found if found == start - 2 else None
    return None


def _in_phrase(lk: Linker, lo: int, hi: int) -> int | None:
    """The principal of the first staff title in tokens ``lo`` to ``hi`` (an apposition or a
    title phrase before a name), up to the phrase's end: "a spokesman for Mrs. Clinton"."""
    t = lk.t
    k = lo
    while k < hi and t.lower[k] not in APPOSITION_STOP:
        cover = lk.role_cover[k]
        if cover >= 0 and cover == k:
            stop, role = lk.role_at[cover]
            if staff(role):
                return _person_after(lk, stop) or _person_before(lk, cover)
            k = stop
            continue
        k += 1
    return None


def follow(
    linker: Linker, ref: Ref, by_token: dict[int, Ref], resolve: Callable[[Ref], None]
) -> None:
    """Give the named person ``ref`` their principal's country and sector, when the article
    names a principal the rules code as a person; ``resolve`` resolves a principal named later
    in the text ("X, a spokesman for Mrs. Clinton"). The user's actors file and the dated
    office-holder table still win ("Josh Earnest" is the White House's)."""
    info = linker.persons.get(ref.actor or "")
    if info is None or info.principal is None:
        return
    boss = by_token.get(info.principal)
    if boss is None or boss is ref or boss.end != info.principal + 1:
        return
    if boss.kind != "person" or boss.actor == ref.actor:
        return
    if not boss.resolved and boss.form in ("name", "surname"):
        resolve(boss)
    known = linker.known(ref.actor or "")
    if known is not None and known.source in _AUTHORITIES and known.code:
        return
    # "former Reagan aide Michael Deaver": the aide's post is the former one, held when the
    # principal was in office (round 61: an elite); "the former vice president's spokeswoman"
    # is the staff of a former office-holder
    before = linker.t.lower[max(boss.start - 1, 0) : boss.start + 1]
    owned = boss.end < len(linker.t.lower) and linker.t.lower[boss.end] in ("'s", "’s")
    formerly = not owned and any(w in ("former", "onetime", "ex") for w in before)
    if (
        boss.resolved
        and boss.number == "sg"
        and (not boss.code or boss.sector == "ELI")
        and not formerly
    ):
        # "Betsy McManus, Gore's communications director" in 2016: the staff of a person no
        # rule codes or of a former office-holder is not the bare title's government (blind
        # audit, round 110: USAGOV); which sector they are, no rule can say
        if info.sector == "GOV":
            info.code = ref.code = None
            info.sector = ref.sector = None
        return
    if not boss.resolved or not boss.code or not boss.country or boss.number != "sg":
        return
    sector = boss.sector
    if boss.end < len(linker.t.text) and linker.t.lower[boss.end] in _CAMPAIGNS:
        sector = "PTY"  # "a spokesman for the Obama campaign" in 2012: not the government's
    if info.sector == "PTY":
        sector = "PTY"  # "a campaign manager for Mr. Obama", "Democratic adviser": the party's
    code = boss.country + (sector or "")
    info.code, info.country, info.sector = code, boss.country, sector
    info.needs_country = False
    ref.code, ref.country, ref.sector = code, boss.country, sector
