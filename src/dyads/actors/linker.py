"""Linking: turns entities and role words in a parsed Doc into coded actor references.

One left-to-right pass over the Doc's entities and role-word matches builds :class:`Ref` items
(token spans with the actor, CAMEO-style code, country, sector, role and mention kind):

* people: a PERSON entity takes its title, nationality or organisation from the words right
  before it ("Russian Foreign Minister Sergei Lavrov" -> RUSGOV, role "Foreign Minister") or
  from an apposition after it ("X, the NATO secretary general's special representative ..."
  -> IGOWSTNAT); a title without nationality leaves the country to the article context;
* groups and bodies: a role word ("troops", "opponents", "Foreign Ministry") takes its country
  from a demonym/country/IGO before it ("Russian troops"), from "of X" after it, or from a
  possessor ("Pashinyan's opponents", "its armed forces"; resolved by :mod:`coref`);
* places: a capital stands for its government ("Moscow said", "official Yerevan") unless it is
  a location ("in Moscow") or the dateline; other cities code as their country;
* gazetteer entries (countries, demonyms, IGOs, media, metonyms) code directly.

Pronouns, definite descriptions ("the alliance") and surname-only mentions are emitted here as
unresolved refs and resolved by :func:`dyads.actors.coref.resolve`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import spacy
from spacy.attrs import DEP, IDX, IS_TITLE, LOWER, ORTH, POS, SENT_START, TAG
from spacy.matcher import PhraseMatcher
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc

from dyads.actors.gazetteer import Entry, Gazetteer, Role, load_gazetteer
from dyads.actors.memory import ActorMemory, KnownActor
from dyads.nlp import doc_text

# pronoun -> (class, gender); class: person | plural | thing
PRONOUNS: dict[str, tuple[str, str | None]] = {
    **dict.fromkeys(("he", "him", "his", "himself"), ("person", "m")),
    **dict.fromkeys(("she", "her", "hers", "herself"), ("person", "f")),
    **dict.fromkeys(("they", "them", "their", "theirs", "themselves"), ("plural", None)),
    **dict.fromkeys(("it", "its", "itself"), ("thing", None)),
}
POSSESSIVE_PRONOUNS = {"his", "her", "its", "their"}
LOCATIVE = {"in", "at", "near", "outside", "inside", "around", "throughout", "across", "into"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
APPOSITION_STOP = {",", ";", ".", "—", "–", "(", ")", ":", "“", "”", '"', "who", "which"}
ACTOR_ENTRY_KINDS = {"country", "city", "demonym", "igo", "media", "metonym"}
ENT_LABELS = {"PERSON", "GPE", "NORP", "ORG", "LOC", "FAC"}
# adjectives that only an agent can be ("it is ready to ...")
AGENT_ADJECTIVES = {
    "ready", "prepared", "willing", "unwilling", "determined", "able", "unable", "eager", "keen",
    "committed", "reluctant", "opposed", "concerned", "confident", "grateful",
}  # fmt: skip


@dataclass(slots=True)
class Ref:
    """An actor reference under construction: token span plus what is known about it."""

    start: int
    end: int
    kind: str = "person"
    actor: str | None = None
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    form: str = "name"  # name | surname | pronoun | description | title | group | place
    number: str = "sg"
    gender: str | None = None
    igo_type: str | None = None
    sent: int = 0
    subject: bool = False
    pron: str | None = None  # pronoun class
    desc: tuple[str, ...] = ()  # what a definite description refers back to
    possessor: int | None = None  # token index of the possessor ("its", "Pashinyan") if any
    needs_country: bool = False  # country left to article context (or the possessor)
    resolved: bool = True


@dataclass(slots=True)
class PersonInfo:
    """What the article says about a named person (first explicit description wins)."""

    name: str
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    gender: str | None = None
    explicit: bool = False
    needs_country: bool = False


@dataclass(slots=True)
class Tokens:
    """Plain per-token arrays: cheap to index in the pass (no Token objects)."""

    text: list[str]
    lower: list[str]
    pos: list[str]
    dep: list[str]
    tag: list[str]
    sent: list[int]
    title: list[bool]
    idx: list[int]
    doc_text: str

    @classmethod
    def of(cls, doc: Doc) -> Tokens:
        # one C-level array copy instead of a Token object per attribute access
        rows = doc.to_array([ORTH, LOWER, POS, DEP, TAG, SENT_START, IS_TITLE, IDX])
        if len(doc) == 0:
            return cls([], [], [], [], [], [], [], [], "")
        cols = rows.T.tolist()
        lookup = doc.vocab.strings
        cache: dict[int, str] = {}

        def strings(column: list[int]) -> list[str]:
            for key in column:
                if key not in cache:
                    cache[key] = lookup[key]
            return [cache[key] for key in column]

        text = strings(cols[0])
        sent, sid = [], -1
        for i, flag in enumerate(cols[5]):
            if flag == 1 or i == 0:
                sid += 1
            sent.append(sid)
        pos = [POS_NAMES.get(p, "") for p in cols[2]]
        joined = doc_text(doc)
        return cls(
            text,
            strings(cols[1]),
            pos,
            strings(cols[3]),
            strings(cols[4]),
            sent,
            [bool(v) for v in cols[6]],
            cols[7],
            joined,
        )


@dataclass(frozen=True, slots=True)
class Matchers:
    roles: PhraseMatcher  # role words and definite-description nouns, lower-cased
    regions: PhraseMatcher  # regional actors ("the West"), case as written
    keys: dict[int, str]  # match id -> "role|phrase" / "desc|noun" / "region|phrase"


@cache
def matchers() -> Matchers:
    """Phrase matchers over the role, description and region lexicons, built once."""
    gaz = load_gazetteer()
    blank = spacy.blank("en")  # same English tokenizer rules as the models; hashes are global
    roles = PhraseMatcher(blank.vocab, attr="LOWER")
    regions = PhraseMatcher(blank.vocab, attr="ORTH")
    keys: dict[int, str] = {}

    def add(matcher: PhraseMatcher, key: str, phrase: str) -> None:
        keys[blank.vocab.strings.add(key)] = key
        matcher.add(key, [blank.make_doc(phrase)])

    for phrase in gaz.roles:
        add(roles, f"role|{phrase}", phrase)
    for noun in gaz.descriptions:
        add(roles, f"desc|{noun}", noun)
    for phrase in gaz.region_actors:
        add(regions, f"region|{phrase}", phrase)
    return Matchers(roles, regions, keys)


class Linker:
    """Builds the refs of one Doc (see the module docstring for the rules)."""

    def __init__(
        self,
        doc: Doc,
        *,
        published: str | None,
        memory: ActorMemory | None,
        dateline_place: str | None,
        body: tuple[int, int] | None,
    ) -> None:
        self.doc = doc
        self.gaz: Gazetteer = load_gazetteer()
        self.t = Tokens.of(doc)
        self.doc_text = self.t.doc_text  # Doc.text would build a Token per token on each call
        self.published = published
        self.memory = memory
        self.dateline_place = (dateline_place or "").strip().lower() or None
        self.body = body
        n = len(doc)
        self.entry_at: list[Entry | None] = [None] * n  # gazetteer entry covering the token
        self.ent_span: list[tuple[int, int] | None] = [None] * n
        self.role_at: dict[int, tuple[int, Role]] = {}  # role start -> (end, role)
        self.role_cover: list[int] = [-1] * n  # token -> start of the role match covering it
        self.desc_at: dict[int, tuple[int, tuple[str, ...]]] = {}
        self.used = [False] * n  # tokens already inside a ref
        self.persons: dict[str, PersonInfo] = {}
        self.surnames: dict[str, str] = {}  # surname -> full name (in this article)
        self.refs: list[Ref] = []
        self.dominant: str | None = None
        self.dateline_country: str | None = None
        self._dateline_span: tuple[int, int] | None = None
        self._unknown: list[tuple[int, int, str]] = []  # NER entities the gazetteer lacks
        self._descriptor_start: dict[int, int] = {}  # medium start -> its descriptor's start

    # -- helpers ---------------------------------------------------------------------------
    def chars(self, start: int, end: int) -> tuple[int, int]:
        t = self.t
        return t.idx[start], t.idx[end - 1] + len(t.text[end - 1])

    def text(self, start: int, end: int) -> str:
        s, e = self.chars(start, end)
        return self.doc_text[s:e]

    def new_ref(self, start: int, end: int, **values: Any) -> Ref:
        ref = Ref(start, end, sent=self.t.sent[start], **values)
        ref.subject = any(self.t.dep[i] in SUBJECT_DEPS for i in range(start, end))
        for i in range(start, end):
            self.used[i] = True
        self.refs.append(ref)
        return ref

    def known(self, name: str) -> KnownActor | None:
        return self.memory.lookup(name, self.published) if self.memory is not None else None

    # -- the pass --------------------------------------------------------------------------
    def run(self) -> list[Ref]:
        person_spans = self._index_entities()
        self._index_lexicon()
        self._find_dateline()
        self._count_countries()
        for start, end in person_spans:  # surnames first: "Says Lavrov" may precede the name
            if end - start > 1 and self.role_cover[end - 1] < 0:
                self.surnames.setdefault(self.t.text[end - 1], self.text(start, end))
        for start, end in person_spans:
            self._person(start, end)
        for start in sorted(self.role_at):
            if not self.used[start]:
                self._role(start)
        for start in sorted(self.desc_at):
            if not self.used[start]:
                self._description(start)
        self._regions()
        self._entities()
        self._pronouns_and_names()
        self.refs.sort(key=lambda r: r.start)
        self._abbreviations()
        return self.refs

    def _abbreviations(self) -> None:
        """ "the Revolutionary United Front (RUF)": a bracketed short form right after a coded
        name is that actor (so later pronouns and short forms resolve to it)."""
        t = self.t
        by_end = {r.end: r for r in self.refs if r.code}
        for ref in self.refs:
            s = ref.start
            if ref.code or s < 2 or t.text[s - 1] != "(" or ref.end >= len(t.text):
                continue
            if t.text[ref.end] != ")" or not t.text[s].isupper():
                continue
            full = by_end.get(s - 1)
            if full is None:
                continue
            ref.actor, ref.code, ref.kind = full.actor, full.code, full.kind
            ref.country, ref.sector, ref.igo_type = full.country, full.sector, full.igo_type
            ref.resolved = True

    def _index_entities(self) -> list[tuple[int, int]]:
        people: list[tuple[int, int]] = []
        t = self.t
        for ent in self.doc.ents:
            if ent.label_ not in ENT_LABELS:
                continue
            start, end = ent.start, ent.end
            while end > start and t.tag[end - 1] == "POS":  # "Pashinyan’s"
                end -= 1
            while start < end and t.lower[start] in ("the", "a", "an"):
                start += 1
            if start >= end:
                continue
            entry = self.gaz.entries.get(ent.ent_id_) if ent.ent_id_ else None
            if (entry is None and ent.label_ != "PERSON") or (
                ent.label_ == "PERSON" and end - start == 1
            ):
                entry = self.gaz.lookup(self.text(start, end))
            if entry is not None:
                for i in range(start, end):
                    self.entry_at[i] = entry
                    self.ent_span[i] = (start, end)
            elif ent.label_ == "PERSON":
                people.append((start, end))
            else:
                for i in range(start, end):
                    self.ent_span[i] = (start, end)
                self._unknown.append((start, end, ent.label_))
        return people

    def _index_lexicon(self) -> None:
        m = matchers()
        doc = self.doc
        spans: list[tuple[int, int, str]] = []
        for match_id, start, end in m.roles(doc):
            spans.append((start, end, m.keys[match_id]))
        # longest first, then leftmost; no overlaps
        spans.sort(key=lambda s: (s[0] - s[1], s[0]))
        taken = [False] * len(doc)
        for start, end, key in spans:
            if any(taken[start:end]):
                continue
            kind, phrase = key.split("|", 1)
            if kind == "role":
                role = self.gaz.roles[phrase]
                # a proper name's own words ("Foreign Minister" of a person) stay roles; a
                # gazetteer entry ("Pentagon" vs "pentagon") wins over a role word inside it
                if any(self.entry_at[i] is not None for i in range(start, end)):
                    continue
                for i in range(start, end):
                    taken[i] = True
                    self.role_cover[i] = start
                self.role_at[start] = (end, role)
            else:
                self.desc_at[start] = (end, self.gaz.descriptions[phrase])
                for i in range(start, end):
                    taken[i] = True

    def _find_dateline(self) -> None:
        t, body = self.t, self.body
        for i, entry in enumerate(self.entry_at):
            if entry is None or entry.kind not in ("city", "country"):
                continue
            span = self.ent_span[i]
            assert span is not None
            start, end = span
            text = self.text(start, end)
            if self.dateline_place is not None:
                if text.lower() != self.dateline_place:
                    continue
                if body is not None and self.t.idx[start] >= body[0]:
                    continue
            elif not (text.isupper() and end < len(t.text) and t.text[end] in ("(", "—", ",", "-")):
                continue
            self.dateline_country = entry.country
            self._dateline_span = span
            return

    def _count_countries(self) -> None:
        if self.dateline_country:
            self.dominant = self.dateline_country
            return
        counts: dict[str, int] = {}
        body = self.body
        i = 0
        n = len(self.entry_at)
        while i < n:
            entry = self.entry_at[i]
            if entry is None:
                i += 1
                continue
            span = self.ent_span[i]
            assert span is not None
            inside = body is None or body[0] <= self.t.idx[i] < body[1]
            if inside and entry.country and entry.kind in ACTOR_ENTRY_KINDS | {"plural"}:
                counts[entry.country] = counts.get(entry.country, 0) + 1
            i = span[1]
        if counts:
            self.dominant = max(counts, key=lambda c: counts[c])

    # -- people ----------------------------------------------------------------------------
    def _modifier(self, entry: Entry) -> dict[str, Any]:
        """What an entity says about whoever it modifies ("Russian", "NATO", "Pentagon")."""
        if entry.kind == "igo":
            return {"code": entry.code, "country": None, "sector": None, "igo": entry.actor}
        return {"code": None, "country": entry.country, "sector": entry.sector, "igo": None}

    def _title_sector(self, role: Role, mod: dict[str, Any] | None) -> str | None:
        if role.sector and role.sector != "*":
            return role.sector
        if mod is not None and mod.get("sector"):
            return mod["sector"]
        return "GOV"

    def _left_context(self, start: int) -> tuple[int, list[Role], int | None, Entry | None]:
        """Walk left over titles, honorifics and a nationality/organisation modifier."""
        t = self.t
        roles: list[Role] = []
        role_start: int | None = None
        modifier: Entry | None = None
        i = start - 1
        begin = start
        while i >= 0 and not self.used[i]:
            cover = self.role_cover[i]
            if cover >= 0:
                _, role = self.role_at[cover]
                if role.kind not in ("title", "honorific", "modifier"):
                    break
                roles.append(role)
                role_start = cover
                begin = cover
                i = cover - 1
                continue
            entry = self.entry_at[i]
            if entry is not None and self._stance(i):
                break  # "the pro-Moscow President X": a stance, not a nationality
            if entry is not None and entry.kind in ACTOR_ENTRY_KINDS and modifier is None:
                span = self.ent_span[i]
                assert span is not None
                modifier = entry
                begin = span[0]
                i = span[0] - 1
                continue
            if t.tag[i] == "POS" and i > 0 and self.entry_at[i - 1] is not None and not modifier:
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

    def _stance(self, i: int) -> bool:
        """The entity at token ``i`` follows "anti-" or "pro-" ("anti-Syria", "pro-Iranian")."""
        t = self.t
        span = self.ent_span[i]
        s = span[0] if span is not None else i
        return s >= 2 and t.text[s - 1] == "-" and t.lower[s - 2] in ("anti", "pro")

    def _apposition(self, end: int) -> tuple[str | None, Entry | None, list[Role], int]:
        """ ", the NATO secretary general's special representative for ...," after a name."""
        t, n = self.t, len(self.t.text)
        if end >= n or t.text[end] != ",":
            return None, None, [], end
        i = end + 1
        first = i
        roles: list[Role] = []
        modifier: Entry | None = None
        while i < n and i - first < 25 and t.lower[i] not in APPOSITION_STOP:
            # a participle used as an adjective ("Algeria's leading activist") is no verb
            verb = t.pos[i] in ("VERB", "AUX") and t.dep[i] not in ("amod", "compound")
            if verb and self.role_cover[i] < 0:
                return None, None, [], end
            cover = self.role_cover[i]
            if cover >= 0:
                stop, role = self.role_at[cover]
                if role.kind != "title":
                    return None, None, [], end
                roles.append(role)
                for j in range(cover, stop):
                    self.used[j] = True  # the title words belong to the person
                i = stop
                continue
            if self.entry_at[i] is not None and modifier is None:
                modifier = self.entry_at[i]
            i += 1
        if not roles:
            return None, None, [], end
        start = first + (1 if t.lower[first] in ("the", "a", "an") else 0)
        return self.text(start, i), modifier, roles, i

    def _of_country(self, end: int) -> Entry | None:
        t = self.t
        if end + 1 < len(t.text) and t.lower[end] == "of":
            entry = self.entry_at[end + 1]
            if entry is not None and entry.kind == "country":
                return entry
        return None

    def _person(self, start: int, end: int) -> None:
        t = self.t
        # a title the NER put inside the name ("President Trump" as one PERSON)
        while start < end - 1 and self.role_cover[start] >= 0:
            start = self.role_at[self.role_cover[start]][0]
        name = self.text(start, end)
        if end - start == 1 and name in self.surnames:
            self.new_ref(start, end, actor=self.surnames[name], form="surname", resolved=False)
            return
        begin, roles, role_start, modifier = self._left_context(start)
        app_text, app_modifier, app_roles, _ = self._apposition(end)
        titles = [r for r in roles if r.kind == "title"]
        gender = next((r.gender for r in roles + app_roles if r.gender), None)
        info = self.persons.get(name) or PersonInfo(name)
        if titles or app_roles:
            mod_entry = modifier if titles else app_modifier
            if mod_entry is None and titles:
                mod_entry = self._of_country(end)  # "King Hassan of Morocco"
            role_list = titles or app_roles
            mod = self._modifier(mod_entry) if mod_entry is not None else None
            if titles and role_start is not None:
                role_text = self.text(role_start, start)
            else:
                role_text = app_text
            sector = self._title_sector(role_list[-1], mod)
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
        self.persons[name] = info
        if end - start > 1:
            self.surnames.setdefault(t.text[end - 1], name)
        ref = self.new_ref(begin, end, actor=name, form="name", gender=info.gender)
        ref.role = info.role if (titles or app_roles) else None
        ref.resolved = False  # codes are filled in by coref from the person table / memory

    # -- roles: unnamed officials, groups, bodies ------------------------------------------
    def _role(self, start: int) -> None:
        t = self.t
        end, role = self.role_at[start]
        if role.kind in ("honorific", "modifier"):
            return
        last = end - 1
        if role.sector == "MED" and end < len(t.text):
            entry = self.entry_at[end]
            if entry is not None and entry.kind == "media":
                self._absorb_descriptor(start, end, role)
                return
        # an adjective or noun modifier, not a head ("military exercise", "news agency TASS")
        modifies = t.pos[last] == "ADJ" or t.dep[last] in ("amod", "compound")
        if modifies and last + 1 < len(t.text) and t.pos[last + 1] in ("NOUN", "PROPN"):
            self._absorb_descriptor(start, end, role)
            return
        if role.kind == "title" and t.pos[last] not in ("NOUN", "PROPN"):
            return
        begin = start
        i = start - 1
        while (
            i >= 0
            and not self.used[i]
            and self.entry_at[i] is None
            and (
                t.pos[i] == "ADJ"
                or (t.dep[i] in ("amod", "compound") and t.pos[i] == "NOUN")
                or (
                    self.role_cover[i] >= 0
                    and self.role_at[self.role_cover[i]][1].kind == "modifier"
                )
            )
        ):
            i -= 1
        modifier = self.entry_at[i] if i >= 0 and not self.used[i] else None
        possessor: int | None = None
        if modifier is not None and self._stance(i):
            modifier, i = None, start - 1  # "an anti-Syria journalist" is not Syrian
        if modifier is not None and modifier.kind in ACTOR_ENTRY_KINDS:
            span = self.ent_span[i]
            assert span is not None
            begin = span[0]
        else:
            modifier = None
            begin = i + 1
            if i >= 0 and t.tag[i] == "POS" and i > 0:
                possessor = i - 1
            elif i >= 0 and t.lower[i] in POSSESSIVE_PRONOUNS:
                possessor = i
        # "the government of Armenia", "foreign minister of Russia"
        of = end + 1 < len(t.text) and t.lower[end] == "of"
        if modifier is None and possessor is None and of:
            entry = self.entry_at[end + 1]
            if entry is not None and entry.kind in ACTOR_ENTRY_KINDS:
                modifier = entry
        definite = i >= 0 and t.lower[i] == "the"
        words = self.text(start, end)
        plural = role.number == "pl"
        kind = (
            ("group" if plural else "person")
            if role.kind == "title"
            else (
                "media"
                if role.sector == "MED"
                else "group"
                if role.kind == "group"
                else "organisation"
            )
        )
        ref_values: dict[str, Any] = {"kind": kind, "number": role.number, "form": "group"}
        if role.kind == "title":
            ref_values["role"] = words
            ref_values["form"] = "title"
            if modifier is None and possessor is None and not definite and not plural:
                return  # "an official said": nobody we can code
        mod = self._modifier(modifier) if modifier is not None else None
        sector = self._title_sector(role, mod) if role.kind == "title" else role.sector
        if mod is not None and mod["igo"]:
            ref_values.update(actor=mod["igo"], code=mod["code"])
        elif mod is not None:
            country = mod["country"]
            ref_values.update(country=country, sector=sector, code=(country or "") + (sector or ""))
            ref_values["actor"] = self._group_name(country, role, words, modifier)
        else:
            ref_values.update(sector=sector, code=sector, resolved=False, needs_country=True)
            ref_values["possessor"] = possessor
            ref_values["desc"] = ("definite",) if definite else ()
        ref_values["igo_type"] = role.label  # lets "the ministry" find "the Foreign Ministry"
        self.new_ref(begin, end, **ref_values)

    def _group_name(
        self, country: str | None, role: Role, words: str, modifier: Entry | None
    ) -> str:
        if modifier is not None and modifier.kind == "metonym":
            return modifier.actor
        adjective = self.gaz.adjective(country) or ""
        if words[:1].isupper() and role.kind == "org":  # a named body: "Foreign Ministry"
            return f"{adjective} {words}".strip()
        label = role.label or self.gaz.sector_label(role.sector)
        return f"{adjective} {label}".strip()

    def _absorb_descriptor(self, start: int, end: int, role: Role) -> None:
        """'Russian news agency TASS': the descriptor joins the named medium's mention."""
        nxt = end
        entry = self.entry_at[nxt] if nxt < len(self.entry_at) else None
        if entry is not None and entry.kind == "media" and role.sector == "MED":
            span = self.ent_span[nxt]
            assert span is not None
            begin = start
            if start > 0 and self.entry_at[start - 1] is not None:
                prev = self.ent_span[start - 1]
                assert prev is not None
                begin = prev[0]
            for i in range(begin, span[0]):
                self.used[i] = True
            self._descriptor_start[span[0]] = begin

    # -- definite descriptions -------------------------------------------------------------
    def _description(self, start: int) -> None:
        t = self.t
        end, targets = self.desc_at[start]
        i = start - 1
        while i >= 0 and t.pos[i] == "ADJ" and not self.used[i]:
            i -= 1
        if end < len(t.text) and t.lower[end] in ("with", "between", "among", "of"):
            return  # "the alliance with Moscow" is a relation, not an actor
        if t.pos[end - 1] not in ("NOUN", "PROPN") or t.dep[end - 1] in ("compound", "amod"):
            return
        possessor = None
        if i >= 0 and t.lower[i] in POSSESSIVE_PRONOUNS:
            possessor = i
        elif i > 0 and t.tag[i] == "POS":
            possessor = i - 1
        elif not (i >= 0 and t.lower[i] == "the"):
            return
        self.new_ref(
            i + 1 if possessor is not None else i,
            end,
            form="description",
            desc=targets,
            possessor=possessor,
            resolved=False,
        )

    # -- named entities left ---------------------------------------------------------------
    def _entities(self) -> None:
        t = self.t
        n = len(t.text)
        i = 0
        while i < n:
            span = self.ent_span[i]
            if span is None or self.used[i]:
                i += 1
                continue
            start, end = span
            entry = self.entry_at[i]
            i = end
            if entry is None:
                continue
            if entry.kind == "place":
                continue
            begin = self._descriptor_start.get(start, start)
            values: dict[str, Any] = {
                "kind": entry.mention_kind,
                "actor": entry.actor,
                "code": entry.code,
                "country": entry.country,
                "sector": entry.sector,
                "igo_type": entry.igo_type,
                "form": "name",
            }
            if entry.kind == "plural":
                values["number"] = "pl"
            if entry.kind == "city":
                values["kind"] = "country"
                located = start > 0 and t.lower[start - 1] in LOCATIVE
                if (start, end) == self._dateline_span or located or not entry.capital:
                    values["form"] = "place"
                else:
                    values.update(sector="GOV", code=f"{entry.country}GOV")
                    if start > 0 and t.lower[start - 1] == "official" and not self.used[start - 1]:
                        begin = start - 1
            elif entry.kind == "country" and start > 0 and t.lower[start - 1] == "official":
                values.update(sector="GOV", code=f"{entry.country}GOV")
                begin = start - 1
            self.new_ref(begin, end, **values)
        for start, end, label in self._unknown:
            if any(self.used[start:end]):
                continue
            name = self.text(start, end)
            if end - start == 1 and name in self.surnames:
                self.new_ref(start, end, actor=self.surnames[name], form="surname", resolved=False)
                continue
            known = self.known(name)
            if known is not None:
                self.new_ref(
                    start, end, kind=known.kind, actor=known.name, form="surname", resolved=False
                )
                continue
            if label in ("LOC", "FAC"):
                continue
            kind = {"ORG": "organisation", "NORP": "group", "GPE": "country"}[label]
            number = "pl" if label == "NORP" and name.endswith("s") else "sg"
            self.new_ref(start, end, kind=kind, actor=name, number=number)

    def _regions(self) -> None:
        m = matchers()
        t = self.t
        found = sorted(m.regions(self.doc), key=lambda match: (match[1] - match[2], match[1]))
        for match_id, start, end in found:
            if any(self.used[start:end]):
                continue
            if end < len(t.text) and t.pos[end] == "PROPN":
                continue  # "Western Europe", "West Bank"
            phrase = m.keys[match_id].split("|", 1)[1]
            entry = self.gaz.entries[self.gaz.region_actors[phrase]]
            span = self.ent_span[start]
            if span is not None and self.entry_at[start] is not None:
                continue
            number = "pl" if t.text[end - 1].endswith("s") else "sg"
            self.new_ref(
                start, end, kind="group", actor=entry.actor, code=entry.code, number=number
            )

    # -- pronouns, surnames, names the memory knows ----------------------------------------
    def _pronouns_and_names(self) -> None:
        t = self.t
        n = len(t.text)
        memory = self.memory
        for i in range(n):
            if self.used[i]:
                continue
            low = t.lower[i]
            pron = PRONOUNS.get(low)
            if pron is not None:
                if pron[0] == "thing" and not self._referential_it(i):
                    continue
                number = "pl" if pron[0] == "plural" else "sg"
                self.new_ref(
                    i,
                    i + 1,
                    form="pronoun",
                    pron=pron[0],
                    gender=pron[1],
                    number=number,
                    resolved=False,
                )
                continue
            if not t.title[i] or t.pos[i] != "PROPN":
                continue
            word = t.text[i]
            if word in self.surnames:
                self.new_ref(i, i + 1, actor=self.surnames[word], form="surname", resolved=False)
                continue
            if memory is None:
                continue
            for words in memory.names_starting(word):
                k = len(words)
                if tuple(t.text[i : i + k]) == words and not any(self.used[i : i + k]):
                    known = self.known(" ".join(words))
                    if known is not None:
                        self.new_ref(
                            i,
                            i + k,
                            kind=known.kind,
                            actor=known.name,
                            form="surname",
                            resolved=False,
                        )
                    break

    def _referential_it(self, i: int) -> bool:
        t = self.t
        if t.dep[i] == "expl":
            return False
        if t.lower[i] == "it" and i + 2 < len(t.text) and t.lower[i + 1] in ("is", "was", "'s"):
            # "it is important to" is expletive, "it is prepared to" names an agent
            return t.pos[i + 2] not in ("ADJ", "DET", "ADV") or t.lower[i + 2] in AGENT_ADJECTIVES
        return True


def link(
    doc: Doc,
    *,
    published: str | None = None,
    memory: ActorMemory | None = None,
    dateline_place: str | None = None,
    body: tuple[int, int] | None = None,
) -> Linker:
    """Run the linking pass over ``doc``; the returned linker holds refs and person table."""
    linker = Linker(
        doc, published=published, memory=memory, dateline_place=dateline_place, body=body
    )
    linker.run()
    return linker
