"""People: a PERSON entity with its title, nationality or organisation.

"Russian Foreign Minister Sergei Lavrov" -> RUSGOV, role "Foreign Minister" (words before the
name); "X, the NATO secretary general's special representative ..." -> IGOWSTNAT (an apposition
after it); "King Hassan of Morocco" (an of-phrase). A title with no country leaves the country
to what is known about the person and then to the article (:mod:`dyads.actors.coref`).
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.gazetteer import Entry, Role
from dyads.actors.refs import ACTOR_ENTRY_KINDS, APPOSITION_STOP, PersonInfo


def left_context(lk: Linker, start: int) -> tuple[int, list[Role], int | None, Entry | None]:
    """Walk left over titles, honorifics and a nationality/organisation modifier."""
    t = lk.t
    roles: list[Role] = []
    role_start: int | None = None
    modifier: Entry | None = None
    i = start - 1
    begin = start
    while i >= 0 and not lk.used[i]:
        cover = lk.role_cover[i]
        if cover >= 0:
            _, role = lk.role_at[cover]
            if role.kind not in ("title", "honorific", "modifier"):
                break
            roles.append(role)
            role_start = cover
            begin = cover
            i = cover - 1
            continue
        entry = lk.entry_at[i]
        if entry is not None and lk.stance(i):
            break  # "the pro-Moscow President X": a stance, not a nationality
        if entry is not None and entry.kind in ACTOR_ENTRY_KINDS and modifier is None:
            span = lk.ent_span[i]
            assert span is not None
            modifier = entry
            begin = span[0]
            i = span[0] - 1
            continue
        if t.tag[i] == "POS" and i > 0 and lk.entry_at[i - 1] is not None and not modifier:
            i -= 1  # "Russia's Foreign Minister"
            continue
        if roles and modifier is None and t.dep[i] == "amod" and t.pos[i] in ("ADJ", "VERB"):
            i -= 1  # "Lebanon's new President", "Jordan's visiting King": begin stays put
            continue
        if t.text[i] == "-" and i > 0 and t.lower[i - 1] == "then":
            i -= 2
            continue
        break
    if begin < start and t.tag[begin] == "POS":
        begin += 1
    return begin, roles, role_start, modifier


def apposition(lk: Linker, end: int) -> tuple[str | None, Entry | None, list[Role], int]:
    """ ", the NATO secretary general's special representative for ...," after a name."""
    t, n = lk.t, len(lk.t.text)
    if end >= n or t.text[end] != ",":
        return None, None, [], end
    i = end + 1
    first = i
    roles: list[Role] = []
    modifier: Entry | None = None
    while i < n and i - first < 25 and t.lower[i] not in APPOSITION_STOP:
        # a participle used as an adjective ("Algeria's leading activist") is no verb
        verb = t.pos[i] in ("VERB", "AUX") and t.dep[i] not in ("amod", "compound")
        if verb and lk.role_cover[i] < 0:
            return None, None, [], end
        cover = lk.role_cover[i]
        if cover >= 0:
            stop, role = lk.role_at[cover]
            if role.kind != "title":
                return None, None, [], end
            roles.append(role)
            for j in range(cover, stop):
                lk.used[j] = True  # the title words belong to the person
            i = stop
            continue
        if lk.entry_at[i] is not None and modifier is None:
            modifier = lk.entry_at[i]
        i += 1
    if not roles:
        return None, None, [], end
    start = first + (1 if t.lower[first] in ("the", "a", "an") else 0)
    return lk.text(start, i), modifier, roles, i


def of_country(lk: Linker, end: int) -> Entry | None:
    t = lk.t
    if end + 1 < len(t.text) and t.lower[end] == "of":
        entry = lk.entry_at[end + 1]
        if entry is not None and entry.kind == "country":
            return entry
    return None


def person(lk: Linker, start: int, end: int) -> None:
    t = lk.t
    # a title the NER put inside the name ("President Trump" as one PERSON)
    while start < end - 1 and lk.role_cover[start] >= 0:
        start = lk.role_at[lk.role_cover[start]][0]
    name = lk.text(start, end)
    if end - start == 1 and name in lk.surnames:
        lk.new_ref(start, end, actor=lk.surnames[name], form="surname", resolved=False)
        return
    begin, roles, role_start, modifier = left_context(lk, start)
    app_text, app_modifier, app_roles, _ = apposition(lk, end)
    titles = [r for r in roles if r.kind == "title"]
    gender = next((r.gender for r in roles + app_roles if r.gender), None)
    info = lk.persons.get(name) or PersonInfo(name)
    if titles or app_roles:
        mod_entry = modifier if titles else app_modifier
        if mod_entry is None and titles:
            mod_entry = of_country(lk, end)  # "King Hassan of Morocco"
        role_list = titles or app_roles
        mod = lk.modifier(mod_entry) if mod_entry is not None else None
        role_text = lk.text(role_start, start) if titles and role_start is not None else app_text
        sector = lk.title_sector(role_list[-1], mod)
        if mod is not None and mod["igo"]:
            code, country, sector = mod["code"], None, None
        elif mod is not None and mod["country"]:
            country = mod["country"]
            code = country + (sector or "")
        else:
            country, code = None, None
        if not info.explicit:
            info = PersonInfo(
                name, code, country, sector, role_text, gender, True, needs_country=mod is None
            )
    elif gender and not info.gender:
        info.gender = gender
    lk.persons[name] = info
    if end - start > 1:
        lk.surnames.setdefault(t.text[end - 1], name)
    ref = lk.new_ref(begin, end, actor=name, form="name", gender=info.gender)
    ref.role = info.role if (titles or app_roles) else None
    ref.resolved = False  # codes are filled in by coref from the person table / memory


# -- roles: unnamed officials, groups, bodies ------------------------------------------
