"""The state of the linking pass: what one Doc holds and the indexes every rule reads.

:class:`Linker` indexes the Doc once (gazetteer entities, unknown entities, role and description
matches, the dateline, country counts) and offers the helpers the rule modules share
(:mod:`.people`, :mod:`.groups`, :mod:`.places`, :mod:`.pronouns`); :func:`dyads.actors.linker.link`
runs them in order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from dyads.actors.acronyms import spelt_out
from dyads.actors.entity_runs import merged_names
from dyads.actors.gazetteer import Entry, Gazetteer, Role, load_gazetteer, region_country
from dyads.actors.given_names import given_gender, is_given_name
from dyads.actors.memory import ActorMemory, KnownActor
from dyads.actors.officeholders import known_holder
from dyads.actors.refs import ACTOR_ENTRY_KINDS, ENT_LABELS, SUBJECT_DEPS, PersonInfo, Ref
from dyads.actors.titled_names import titled_start
from dyads.actors.tokens import Tokens, common_speaker, matchers

# A country dominates an article clearly when it has at least CLEAR_MIN mentions and CLEAR_RATIO
# times the runner-up's: then an unnamed "police" or a bare "Prime Minister X" may take it; a
# two-country story ("Colombia/Venezuela") leaves them uncoded. CLEAR_MIN 1: a one-country
# sentence dominates (PLOVER tune half: 2 lost three heads of state "President X" whose country
# was the only one named). CLEAR_RATIO 3: at 2, a China story with the US as a frequent second
# made "Senator Bernie Sanders" CHNLEG and "critics back in the United States" CHNOPP (PolNeAR
# train, read as an audit corpus).
CLEAR_MIN = 1
# mentions of another country that make a dateline a bureau's, not the story's (see
# count_countries; "MOSCOW - Police detained a Ukrainian journalist" keeps Moscow's police)
BUREAU_MIN = 3
CLEAR_RATIO = 3


# Knowledge about people consulted between the user's actors file and the learned memory, in
# order: each takes (name, publication date YYYY-MM-DD or None) and returns the actor known by
# that name on that date, or None. The dated office-holder table is wired in here.
@lru_cache(maxsize=1024)
def _alias(name: str) -> re.Pattern[str]:
    """ "El Chapo", "alias Chapo", a quoted “Chapo”: the name used as a nickname."""
    return re.compile(rf"(?:\b(?:El|La|Los|Las|alias)\s+[\"“'‘]?|[\"“'‘]){re.escape(name)}\b")


PERSON_SOURCES: tuple[Callable[[str, str | None], KnownActor | None], ...] = (known_holder,)
BACKED = {
    "backed", "allied", "supported", "sponsored", "funded", "financed", "trained", "aligned",
    "friendly", "linked", "armed", "leaning", "inspired",
}  # fmt: skip


# contractions the recogniser has taken for a name on their own
_CLITICS = frozenset({"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"})


class Linker:
    """The state of the linking pass over one Doc: token arrays, entity and lexicon indexes,
    the refs built so far, the article's people, surnames and dominant country."""

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
        # "MANCHESTER, N.H.": the region says which Manchester (own reading of round 92's
        # article: Rubio's aides in New Hampshire were coded British)
        place, _, region = (dateline_place or "").strip().lower().partition(", ")
        self.dateline_place = place or None
        self.region_country = region_country(self.gaz, region)
        self.body = body
        n = len(doc)
        self.entry_at: list[Entry | None] = [None] * n  # gazetteer entry covering the token
        self.ent_span: list[tuple[int, int] | None] = [None] * n
        self.role_at: dict[int, tuple[int, Role]] = {}  # role start -> (end, role)
        self.role_cover: list[int] = [-1] * n  # token -> start of the role match covering it
        self.desc_at: dict[int, tuple[int, tuple[str, ...]]] = {}
        self.used = [False] * n  # tokens already inside a ref
        self.persons: dict[str, PersonInfo] = {}
        self.genders: dict[str, str] = {}  # person -> the gender the article's pronouns give
        self.surnames: dict[str, str] = {}  # surname -> full name (in this article)
        self.namesakes: dict[str, list[str]] = {}  # surname -> every full name with it
        self.juniors: dict[str, str] = {}  # surname -> the "Jr." of that name ("the younger")
        self.refs: list[Ref] = []
        self.dominant: str | None = None
        self.dateline_country: str | None = None
        self._countries: set[str] | None = None  # countries the article names, on first need
        self._spoken: set[int] | None = None  # sentences wholly inside quotations, on first need
        self._known: dict[str, KnownActor | None] = {}  # answers of known(), by name
        self.dateline_span: tuple[int, int] | None = None
        self.clear_dominant: str | None = None  # the dominant country, when it dominates clearly
        self.counts: dict[str, int] = {}
        self.unknown: list[tuple[int, int, str]] = []  # NER entities the gazetteer lacks
        self.people: list[tuple[int, int]] = []  # PERSON spans
        self.shared_spans: set[tuple[int, int]] = set()  # names shared by places of 2 countries
        self.descriptor_start: dict[int, int] = {}  # medium start -> its descriptor's start

    # -- helpers ---------------------------------------------------------------------------
    def chars(self, start: int, end: int) -> tuple[int, int]:
        t = self.t
        return t.idx[start], t.idx[end - 1] + len(t.text[end - 1])

    def text(self, start: int, end: int) -> str:
        s, e = self.chars(start, end)
        return self.doc_text[s:e]

    def spoken_sentences(self) -> set[int]:
        """Numbers of the sentences whose every word is inside a quotation: the speaker's."""
        if self._spoken is None:
            t = self.t
            writers = {t.sent[i] for i, q in enumerate(t.quote) if q < 0 and t.text[i].strip()}
            self._spoken = set(t.sent) - writers
        return self._spoken

    def new_ref(self, start: int, end: int, **values: Any) -> Ref:
        ref = Ref(start, end, sent=self.t.sent[start], quote=self.t.quote[start], **values)
        ref.subject = any(self.t.dep[i] in SUBJECT_DEPS for i in range(start, end))
        for i in range(start, end):
            self.used[i] = True
        self.refs.append(ref)
        return ref

    def known(self, name: str) -> KnownActor | None:
        """What is known about the actor called ``name`` on the publication date: the one place
        every rule asks. Order: the user's actors file, then each of :data:`PERSON_SOURCES`
        (the dated office-holder table goes there), then what the memory learned from earlier
        articles. None when nothing (or nothing unambiguous) is known. Asked about a hundred
        times per article, of a few names: each answered once (memory learns between articles)."""
        if name in self._known:
            return self._known[name]
        answers = (source(name, self.published) for source in PERSON_SOURCES)
        held = next((h for h in answers if h is not None and self._plausible(name, h)), None)
        # asked with the answer memory has no part in: a worker's record of the question then
        # tells the writer what the stages acted on (``dyads.batch.agrees``)
        found = held if self.memory is None else self.memory.known(name, self.published, held)
        self._known[name] = found
        return found

    def _plausible(self, name: str, held: KnownActor) -> bool:
        """A lone surname is the office-holder the table names unless the article also uses it
        as an alias ("El Chapo", "alias Chapo", a quoted "Chapo") while naming neither the
        holder in full nor the office's country: "Chapo" in a story on Mexico's cartels is not
        Mozambique's president Daniel Chapo (blind audit, round 6). A lone word that is the
        holder's given name ("Elizabeth") needs the office's country named too."""
        if " " in name.strip() or not held.country or held.name in self.doc_text:
            return True
        # a given name alone ("Elizabeth", a Colorado town) is no monarch unless the
        # monarch's country is named (blind audit, round 9: "Elizabeth" coded GBRGOV)
        word = name.strip()
        given = word == held.name.split()[0] and given_gender(word) is not None
        if not given and _alias(name).search(self.doc_text) is None:
            return True
        if self._countries is None:
            self._countries = {e.country for e in self.entry_at if e is not None and e.country}
            if self.dateline_country:
                self._countries.add(self.dateline_country)
        return held.country in self._countries

    # -- indexing -------------------------------------------------------------------------
    def index_entities(self) -> None:
        """Gazetteer entries per token; PERSON spans to :attr:`people`; other NER entities the
        gazetteer lacks to :attr:`unknown`."""
        t = self.t
        for ent, label, start, end in merged_names(self.doc):
            if label not in ENT_LABELS:
                continue
            while end > start and t.tag[end - 1] == "POS":  # "Pashinyan’s"
                end -= 1
            while start < end and t.lower[start] in ("the", "a", "an"):
                start += 1
            if start >= end or self.text(start, end).lower().replace("’", "'") in _CLITICS:
                continue  # "wasn’t" with "n’t" taken for a place (blind audit, round 114)
            start = titled_start(self, start, end) if label == "PERSON" else start  # "Pope"
            entry = self.gaz.entries.get(ent.ent_id_) if ent.ent_id_ else None
            if (entry is None and label != "PERSON") or (label == "PERSON" and end - start == 1):
                entry = self.gaz.lookup(self.text(start, end))
            spelt = spelt_out(self.doc_text, self.gaz.lookup, entry, ent.text) if entry else None
            entry = self.gaz.lookup(spelt) if spelt else entry  # "RSF": Rapid Support Forces
            if entry is not None and self._given_before(entry, start, end):
                # "Mayor Don Guardian": a person whose surname is a paper's name (round 44)
                if self.people and self.people[-1][1] == start:
                    start = self.people.pop()[0]  # "Senator Mark" tagged a person alone
                    self.people.append((start, end))
                else:
                    self.people.append((start - 1, end))
            elif entry is not None:
                self.set_entry(start, end, entry)
            elif label == "PERSON" and self._named_thing(start, end):
                self.unknown.append((start, end, "FAC"))
            elif label == "PERSON":
                self.people.append((start, end))
            else:
                for i in range(start, end):
                    self.ent_span[i] = (start, end)
                self.unknown.append((start, end, label))

    def _named_thing(self, start: int, end: int) -> bool:
        """A one-word "person" that heads a phrase after "the": a prison, a ship or a building,
        not a person ("killed in the Pavon"; blind audit, round 58: a later "who" and "he" went
        to it). "the Obama administration" (a modifier) and "the Clintons" stay people."""
        t = self.t
        return (
            end - start == 1
            and start > 0
            and t.lower[start - 1] == "the"
            and not t.lower[start].endswith("s")
            and t.tag[start] != "NNPS"
            and t.dep[start] != "compound"
        )

    def _given_before(self, entry: Entry, start: int, end: int) -> bool:
        """A one-word medium or body right after a capitalised given name outside any entity."""
        t = self.t
        if entry.mention_kind not in ("media", "organisation") or end - start != 1 or start == 0:
            return False
        before = start - 1
        if not (t.title[before] and is_given_name(t.text[before])):
            return False
        return self.ent_span[before] is None

    def set_entry(self, start: int, end: int, entry: Entry | None) -> None:
        for i in range(start, end):
            self.entry_at[i] = entry
            self.ent_span[i] = (start, end) if entry is not None else None

    def index_lexicon(self) -> None:
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
                if self._inside_name(start, end) or common_speaker(self.t, start, phrase):
                    continue
                for i in range(start, end):
                    taken[i] = True
                    self.role_cover[i] = start
                self.role_at[start] = (end, role)
            else:
                self.desc_at[start] = (end, self.gaz.descriptions[phrase])
                for i in range(start, end):
                    taken[i] = True

    def _inside_name(self, start: int, end: int) -> bool:
        """A role word inside a longer name the gazetteer lacks ("Forces for Defence of
        Democracy"): the name is the organisation, not the role. A role that ends the name
        ("National Liberation Army") or is followed by "of" ("Supreme Court of Justice") stays."""
        span = self.ent_span[start]
        if span is None or self.entry_at[start] is not None or span == (start, end):
            return False
        if span[0] > start or span[1] < end or span[1] == end:
            return False
        return self.t.lower[end] != "of"

    def is_title(self, i: int) -> bool:
        """Token ``i`` ends a singular person title ("Chancellor", "Foreign Minister")."""
        cover = self.role_cover[i] if 0 <= i < len(self.role_cover) else -1
        if cover < 0:
            return False
        end, role = self.role_at[cover]
        return end == i + 1 and role.kind == "title" and role.number == "sg"

    def surname_actor(self, word: str, i: int) -> str:
        """The person a bare surname at token ``i`` names: the article's full name with it,
        or its "Jr." after "the younger" / "the junior" ("said the younger Mr. Trump" is Donald
        Trump Jr.; blind audit, round 17). ``word`` must be in :attr:`surnames`."""
        if word in self.juniors:
            k = i - 1
            while k >= 0 and self.role_cover[k] >= 0:
                k -= 1  # "the younger Mr. Trump": past the honorific
            if k >= 0 and self.t.text[k].lower() in ("younger", "junior"):
                return self.juniors[word]
        cover = self.role_cover[i - 1] if i > 0 else -1
        honorific = self.role_at[cover][1] if cover >= 0 else None
        if honorific is not None and honorific.kind == "honorific" and honorific.gender:
            # "Mr. Khan" in a story about Khizr and Ghazala Khan is Khizr (blind audit, round 29)
            known = {name: self._gender(name) for name in self.namesakes.get(word, ())}
            same = [name for name, gender in known.items() if gender == honorific.gender]
            rest = [name for name, gender in known.items() if gender is None]
            if same or (len(rest) == 1 and len(known) > 1):
                return (same or rest)[0]
        return self.surnames[word]

    def _gender(self, name: str) -> str | None:
        """A full name's gender: its given name's, else what the article said of the person."""
        info = self.persons.get(name)
        return given_gender(name.split()[0]) or (info.gender if info is not None else None)

    def count_countries(self) -> None:
        """Country mentions in the body: the dominant country and whether it dominates clearly
        (the dateline's, or :data:`CLEAR_MIN` mentions and :data:`CLEAR_RATIO` times the
        runner-up's)."""
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
            # an outlet says where its newsroom is, not where the story is ("first reported by
            # Reuters" made two unnamed officials GBRGOV; round 17 probe)
            kinds = (ACTOR_ENTRY_KINDS | {"plural"}) - {"media"}
            if inside and entry.country and entry.kind in kinds and span not in self.shared_spans:
                counts[entry.country] = counts.get(entry.country, 0) + 1
            i = span[1]
        self.counts = counts
        # a bureau's dateline, the story elsewhere: "NAIROBI — … Sudan's army accused the RSF …,
        # said army spokesman Nabil Abdallah" coded the spokesman KENMIL (a new user's trial,
        # session 27: Sudan 6 mentions, Kenya 2); the dateline dominates unless the body names
        # another country at least BUREAU_MIN times and CLEAR_RATIO times as often
        home = counts.get(self.dateline_country or "", 0)
        elsewhere = any(n >= BUREAU_MIN and n >= CLEAR_RATIO * home for n in counts.values())
        if self.dateline_country and not elsewhere:
            self.dominant = self.clear_dominant = self.dateline_country
            return
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if ranked:
            self.dominant = ranked[0][0]
            runner_up = ranked[1][1] if len(ranked) > 1 else 0
            if ranked[0][1] >= CLEAR_MIN and ranked[0][1] >= CLEAR_RATIO * runner_up:
                self.clear_dominant = self.dominant

    # -- what an entity or a title says --------------------------------------------------
    def modifier(self, entry: Entry) -> dict[str, Any]:
        """What an entity says about whoever it modifies ("Russian", "NATO", "Pentagon")."""
        if entry.kind == "igo":
            return {"code": entry.code, "country": None, "sector": None, "igo": entry.actor}
        return {"code": None, "country": entry.country, "sector": entry.sector, "igo": None}

    def stance(self, i: int) -> bool:
        """The entity at token ``i`` names a stance or a backer, not a nationality: after "anti-"
        or "pro-" ("anti-Syria", "pro-Iranian"), or before "-backed", "-allied" … ("Iranian-backed
        militias" are not Iranian; "US-led forces" are)."""
        t = self.t
        span = self.ent_span[i]
        s, e = span if span is not None else (i, i + 1)
        if s >= 2 and t.text[s - 1] == "-" and t.lower[s - 2] in ("anti", "pro"):
            return True
        return e + 1 < len(t.text) and t.text[e] == "-" and t.lower[e + 1] in BACKED
