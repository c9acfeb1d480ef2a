"""The event coder: who did what to whom, per clause, over the dependency parse.

Owns turning a parsed article, its actor mentions and its quotes into CAMEO-coded ``Event``
records. Three kinds of trigger:

* verbs in the lexicon ("criticized", "expelled"): source = subject (by-agent in passives),
  target = object, dative or prepositional object, each resolved to an actor via the mentions;
* event nouns ("Azerbaijan's offensive", "a US-Armenian military exercise", "talks with"):
  source = possessor, subject of a light verb, or adjectival actor; target = prepositional object
  or an actor in the noun's phrase; joint nouns pair the actors named as modifiers;
* reported statements (quotes, and speech verbs with a content clause): speaker -> each other
  actor named in the content, coded from the cue verb or the tone of the content.

When the parse gives a verb or light-verb event a source but no target, the first actor in its
phrase is taken (outside the subject and outside clauses with a subject of their own: "agreed to
provide aid for X"), then, for force, restrictions and protest, the place it happens in ("a
curfew in X"); a compound subject with no other party ("A and B agreed to ...") pairs its members
for cooperative codes. A countryless group takes a national modifier or an "in X" location
("Vietnamese-led forces", "demonstrators in Baghdad"); a demonym on a common noun is that
country's people, not its state ("Ugandan opposition candidates" -> UGAOPP, else ...CVL).
An ethnic group is coded by where the text places it ("ethnic Albanians in south Serbia" ->
SRB); a countryless group still without a country facing a national actor is of that actor's
country ("police", "rebels": the domestic default). Violence with no target takes the nearest
place in the sentence; a passive use of violence with no named perpetrator is coded from the
place it happened. What is investigated or condemned targets its "by" doer.

Each event passes through ``modality.assess``: negated and hypothetical events are dropped,
intended and threatened ones are recoded to CAMEO intent (03x) or threat (13x) codes; a
cooperative act announced as one that will not happen ("will not lift the ban") is a refusal
(12x). Dates come from the temporal expression nearest the trigger in its sentence, else the
quote's date, else a date carried over from the previous sentence for a past-tense clause, else
publication.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from dyads.actors.gazetteer import load_gazetteer
from dyads.events.lexicon import Lexicon, Sense, load_lexicon
from dyads.events.modality import Mood, assess, reported_speech
from dyads.events.ontology import cameo
from dyads.limits import MAX_SENTENCE_TOKENS
from dyads.nlp import doc_text
from dyads.records import DateSpan, Event, Evidence, Mention, Quote, Side
from dyads.timex import find_dates

__all__ = ["Coded", "code_events", "find_events", "main_class"]

_SUBJ = ("nsubj", "nsubjpass", "csubj")
_NO_DESCENT = {"relcl", "acl", "advcl", "ccomp", "conj", "cc", "punct", "mark", "appos", "prep"}
_ARG_DEPS_FIRST = ("poss", "compound", "amod", "nmod", "npadvmod", "nummod", "det")
_RELATIVE = {"that", "which", "who", "whom", "whose"}
_CONFLICT_PLACE_ROOTS = {"08", "14", "15", "17", "18", "19", "20"}
_LOCATIVE = {"in", "at", "across", "throughout", "inside", "around", "near"}


@dataclass(slots=True)
class Coded:
    """An event with the trigger token that signalled it and how it was found."""

    event: Event
    trigger: int
    via: str  # verb | noun | adjective | statement


@dataclass(slots=True)
class _Ctx:
    doc: Doc
    text: str  # doc.text, built once: spaCy joins every token's text on each access
    lex: Lexicon
    by_token: list[Mention | None]
    dates: list[tuple[tuple[int, int], DateSpan]]
    published: str | None
    body: tuple[int, int]
    quotes: Sequence[Quote]
    keep_negated: bool


# --- mentions ---


def _index_mentions(doc: Doc, mentions: Iterable[Mention]) -> list[Mention | None]:
    by_token: list[Mention | None] = [None] * len(doc)
    for mention in sorted(mentions, key=lambda m: m.span[1] - m.span[0]):
        if not mention.actor or not mention.code:
            continue
        span = doc.char_span(mention.span[0], mention.span[1], alignment_mode="expand")
        if span is None:
            continue
        for tok in span:
            if by_token[tok.i] is None:
                by_token[tok.i] = mention
    return by_token


def _side(mention: Mention) -> Side:
    return Side(
        text=mention.text,
        span=mention.span,
        actor=mention.actor,
        code=mention.code,
        country=mention.country,
        sector=mention.sector,
    )


def _actor(ctx: _Ctx, head: Token, depth: int = 3) -> Mention | None:
    """The mention on ``head`` or, failing that, the nearest one in its phrase."""
    found = ctx.by_token[head.i]
    if found is not None:
        return found
    frontier = [head]
    for _ in range(depth):
        nxt: list[Token] = []
        for tok in frontier:
            kids = sorted(
                (c for c in tok.children if c.dep_ not in _NO_DESCENT or c.dep_ == "prep"),
                key=lambda c: (c.dep_ not in _ARG_DEPS_FIRST, c.dep_ == "prep", c.i),
            )
            for child in kids:
                if child.dep_ == "prep" and child.lower_ not in ("of", "from"):
                    continue
                if ctx.by_token[child.i] is not None:
                    return ctx.by_token[child.i]
                nxt.append(child)
        frontier = nxt
    return None


def _place(head: Token) -> Side | None:
    """A named place standing as the target of a use of force ("offensive in Nagorno-Karabakh")."""
    if head.ent_type_ not in ("GPE", "LOC") or not head.ent_iob_:
        return None
    doc = head.doc
    start = head.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = head.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    span = doc[start:end]
    return Side(text=span.text, span=(span.start_char, span.end_char), actor=span.text)


def _same_side(a: Side, b: Side) -> bool:
    """Same actor, or the same state: a country and its government count as one side."""
    if a.actor == b.actor or (a.code and a.code == b.code):
        return True
    if a.country and a.country == b.country:
        return (a.sector or "GOV") == (b.sector or "GOV")
    return False


# --- arguments ---


def _children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _subject_token(verb: Token, hops: int = 4) -> tuple[Token | None, bool]:
    """The token naming the doer of ``verb`` and whether it was inherited from a governor."""
    tok = verb
    inherited = False
    came_from = ""
    for _ in range(hops):
        agents = _children(tok, "agent")
        if agents and _children(tok, "nsubjpass"):
            objs = _children(agents[0], "pobj")
            return (objs[0] if objs else None), inherited
        subjects = _children(tok, "nsubj", "csubj")
        if subjects:
            subj = subjects[0]
            if subj.lower_ in _RELATIVE and tok.dep_ == "relcl":
                return tok.head, inherited
            return subj, inherited
        if _children(tok, "nsubjpass"):
            if inherited and came_from == "xcomp":
                # "it is prepared to impose ...", "was forced to withdraw": the passive's subject
                # is the doer of its complement
                return _children(tok, "nsubjpass")[0], inherited
            return None, inherited
        if tok.dep_ == "relcl":
            return tok.head, inherited
        if tok.dep_ in ("xcomp", "conj", "advcl", "pcomp", "prep", "acl", "dobj", "pobj", "acomp"):
            came_from = tok.dep_
            tok = tok.head
            inherited = True
            continue
        break
    return None, inherited


def _pobjs(prep: Token) -> list[Token]:
    found = _children(prep, "pobj")
    for inner in _children(prep, "prep"):  # "out of the CSTO"
        found += _children(inner, "pobj")
    if not found and prep.dep_ == "prep":
        # "granted asylum to five officers holed up in ...": the parser makes the object the
        # subject of the participle clause that follows the preposition
        for t in prep.doc[prep.i + 1 : prep.i + 8]:
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN", "PRON"):
                found.append(t)
                break
            if t.pos_ in ("VERB", "AUX", "PUNCT"):
                break
    return found


def _with_conjuncts(toks: Iterable[Token]) -> list[Token]:
    out: list[Token] = []
    for tok in toks:
        out.append(tok)
        out.extend(t for t in tok.conjuncts if t.i > tok.i)
    return out


def _prep_targets(head: Token, preps: Sequence[str]) -> list[Token]:
    """Objects of the listed prepositions, in the list's order of preference ("complained to
    the UN over the raids": what is complained about before whom it is addressed to)."""
    found: list[tuple[int, Token]] = []
    for prep in _children(head, "prep", "prt"):
        word = prep.lower_
        if word in preps:
            rank = preps.index(word)
            found += [(rank, t) for t in _pobjs(prep)]
        elif prep.dep_ == "prt" or word in ("out", "away", "off"):
            for inner in _children(prep, "prep"):
                if inner.lower_ in preps or inner.lower_ == "of":
                    found += [(len(preps), t) for t in _children(inner, "pobj")]
    return _with_conjuncts(t for _, t in sorted(found, key=lambda f: (f[0], f[1].i)))


# --- senses ---


def _particle(tok: Token) -> set[str]:
    found = {c.lower_ for c in tok.children if c.dep_ in ("prt", "prep")}
    # "pushing for the US to support ...": the preposition is parsed as the clause's marker
    found.update(m.lower_ for c in _children(tok, "advcl") for m in _children(c, "mark"))
    return found


def _marked(clause: Token, *words: str) -> bool:
    return any(m.lower_ in words for m in _children(clause, "mark"))


def _choose(senses: Sequence[Sense], tok: Token, obj: Token | None) -> tuple[Sense, str | None]:
    particles = _particle(tok)
    mods = {c.lemma_.lower() for c in tok.children}
    for n, sense in enumerate(senses):
        last = n == len(senses) - 1
        if sense.particle and sense.particle not in particles:
            continue
        if sense.modifiers and not (sense.modifiers & mods):
            continue
        if sense.objects:
            lemma = obj.lemma_.lower() if obj is not None else None
            if lemma in sense.objects:
                return sense, sense.objects[lemma]
            if not last:
                continue
        return sense, sense.code
    return senses[-1], None


# --- dates ---


def _published_date(published: str | None) -> DateSpan | None:
    """The publication day, or None when it is unknown (never guessed)."""
    if not published:
        return None
    return DateSpan(start=published, end=published, precision="day", text=None, basis="published")


def _date(ctx: _Ctx, sent: Span, trigger: Token, quote: Quote | None) -> DateSpan | None:
    in_sent = [(s, d) for s, d in ctx.dates if s[0] >= sent.start_char and s[1] <= sent.end_char]
    if in_sent:
        # a date inside the trigger's own phrase ("September 19-20 military offensive") wins
        sub = trigger.subtree
        lo, hi = min(t.idx for t in sub), 0
        for t in trigger.subtree:
            hi = max(hi, t.idx + len(t))
        inside = [(s, d) for s, d in in_sent if s[0] >= lo and s[1] <= hi]
        pool = inside or in_sent
        return min(pool, key=lambda sd: abs(sd[0][0] - trigger.idx))[1]
    if quote is not None and quote.date is not None and quote.date.basis == "text":
        return quote.date
    if _past(trigger) and sent.start > 0:
        previous = ctx.doc[sent.start - 1].sent
        carried = [
            d
            for s, d in ctx.dates
            if s[0] >= previous.start_char and s[1] <= previous.end_char and s[0] >= ctx.body[0]
        ]
        if carried and previous.start_char >= ctx.body[0]:
            return carried[-1]
    if quote is not None and quote.date is not None:
        return quote.date
    return _published_date(ctx.published)


def _past(trigger: Token) -> bool:
    tok = trigger
    for _ in range(3):
        if tok.tag_ == "VBD":
            return not any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in tok.children)
        if tok.tag_ == "VBN":
            return any(c.tag_ == "VBD" for c in tok.children if c.dep_ in ("aux", "auxpass"))
        if tok.dep_ in ("dobj", "pobj", "xcomp", "conj", "advcl") and tok.head.i != tok.i:
            tok = tok.head
            continue
        break
    return False


# --- building ---


# "will not lift the ban", "will not accept refugees": a cooperative act announced as one that
# will not happen is a refusal (CAMEO 12), not a non-event
_REFUSAL = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}


def _will_not(trigger: Token, lex: Lexicon) -> bool:
    """ "will not lift", "won't accept", "said it would not meet": a negated future (or the future
    of reported speech) on the trigger or the verb it hangs off (not "no plans to": the absence
    of a plan is not a refusal)."""
    tok = trigger
    for _ in range(3):
        kids = list(tok.children)
        aux = {c.lower_ for c in kids if c.dep_ == "aux"}
        future = aux & lex.modality.future_aux or "wo" in aux
        future = future or (bool(aux & {"would", "'d"}) and reported_speech(tok, lex))
        if future and any(c.dep_ == "neg" for c in kids):
            return True
        if tok.dep_ not in ("xcomp", "conj") or tok.head is tok:
            return False
        tok = tok.head
    return False


def _recode(code: str, mood: Mood, lex: Lexicon, refusal: bool = False) -> str | None:
    if refusal and mood.negated and code[:2] in _REFUSAL:
        return _REFUSAL[code[:2]]
    if mood.negated or mood.kind == "hypothetical":
        return None
    if mood.kind == "asserted":
        return code
    root = code[:2]
    if root in ("03", "13"):
        return code
    if mood.kind == "intent" and root in lex.intent:
        return lex.intent[root]
    if root in lex.threat:
        return lex.threat[root]
    return lex.intent.get(root) if mood.kind == "threat" else None


def _make(
    ctx: _Ctx,
    source: Side,
    target: Side,
    code: str,
    trigger: Token,
    *,
    negated: bool,
    confidence: float,
    quote: Quote | None = None,
    place: bool = False,
) -> Event | None:
    source, target = _domestic(source, target), _domestic(target, source)
    # a place may be in the source's own country ("a curfew in Abidjan"), never be the source
    if (place and source.code == target.code) or (not place and _same_side(source, target)):
        return None
    entry = cameo(code)
    sent = trigger.sent
    return Event(
        source=source,
        target=target,
        cameo=entry.code,
        root=entry.root,
        quad_class=entry.quad_class,
        goldstein=entry.goldstein,
        plover=entry.plover,
        date=_date(ctx, sent, trigger, quote),
        negated=negated,
        evidence=_evidence(ctx, sent, trigger),
        confidence=round(confidence, 2),
    )


def _domestic(side: Side, other: Side) -> Side:
    """A countryless group acting with a national actor ("police", "demonstrators", "rebels"
    facing a government) is taken to be of that actor's country, as event coders default an
    unnamed domestic actor to the country of the story."""
    if not _bare(side) or not other.country or not side.code:
        return side
    sector = side.sector or (side.code if len(side.code) == 3 else None)
    if sector is None:
        return side
    return replace(side, country=other.country, sector=sector, code=other.country + sector)


def _evidence(ctx: _Ctx, sent: Span, trigger: Token) -> Evidence:
    """The trigger's sentence, clipped to the body and to the trigger's paragraph (the parser
    sometimes runs a headline or a boilerplate line into the next sentence)."""
    text = ctx.text
    start = max(sent.start_char, ctx.body[0])
    end = min(sent.end_char, ctx.body[1])
    at = min(max(trigger.idx, start), end)
    brk = text.rfind("\n\n", start, at)
    if brk != -1:
        start = brk + 2
    brk = text.find("\n\n", at, end)
    if brk != -1:
        end = brk
    chunk = text[start:end]
    start += len(chunk) - len(chunk.lstrip())
    end -= len(chunk) - len(chunk.rstrip())
    return Evidence(sentence=text[start:end], span=(start, end))


def _finish(
    ctx: _Ctx,
    out: list[Coded],
    sources: Sequence[Side],
    targets: Sequence[Side],
    code: str | None,
    trigger: Token,
    via: str,
    confidence: float,
    *,
    nominal: bool = False,
    presupposed: bool = False,
    quote: Quote | None = None,
    place: bool = False,
) -> None:
    if code is None or not sources or not targets:
        return
    mood = assess(trigger, ctx.lex, nominal=nominal, presupposed=presupposed)
    final = _recode(code, mood, ctx.lex, _will_not(trigger, ctx.lex))
    negated = mood.negated
    if final is None:
        if not (ctx.keep_negated and negated and mood.kind != "hypothetical"):
            return
        final = code
    for source in sources:
        for target in targets:
            event = _make(
                ctx, source, target, final, trigger,
                negated=negated, confidence=confidence, quote=quote, place=place,
            )  # fmt: skip
            if event is not None:
                out.append(Coded(event, trigger.i, via))


def _with_country(ctx: _Ctx, tok: Token, mention: Mention) -> Side:
    """The mention's side; a countryless group or title ("Vietnamese-led forces", "U.S. border
    patrol agents") takes the country of a national modifier in its own phrase."""
    side = _side(mention)
    home = _residence(ctx, tok, mention)
    if home is not None:  # a people, not the state they live in: civilians unless a role says
        side.country, side.sector = home, side.sector or "CVL"
        side.code = home + side.sector
        return side
    if side.country and not side.sector and ctx.by_token[tok.i] is None and tok.pos_ == "NOUN":
        # "Ugandan opposition candidates", "Croatian extremists": people of the country, not
        # its state (CAMEO's default sector for them is civilians unless the noun is a role)
        roles = load_gazetteer().roles
        role = roles.get(tok.lower_) or roles.get(tok.lemma_.lower())
        side.sector = role.sector if role is not None and role.sector not in (None, "*") else "CVL"
        side.code = side.country + side.sector
        side.actor = f"{side.actor} {tok.lower_}"
        return side
    if side.country or (side.code or "").startswith(("IGO", "NGO")):
        return side
    # "demonstrators in Baghdad", "opposition parties in Nepal": the country they are in
    for prep in _children(tok, "prep"):
        if prep.lower_ not in ("in", "from", "of"):
            continue
        for obj in _children(prep, "pobj"):
            other = ctx.by_token[obj.i]
            if other is None or other is mention:
                continue
            if other.country:
                side.country = other.country
                side.code = other.country + (mention.sector or mention.code or "")[:3]
                return side
            if prep.lower_ == "of" and other.code and mention.role is not None:
                # "leaders of the opposition coalition" act for the coalition
                return _with_country(ctx, obj, other)
    for t in tok.subtree:
        if t.i >= tok.i:
            break
        other = ctx.by_token[t.i]
        if other is None or other is mention or not other.country:
            continue
        if (other.code or "").startswith(("IGO", "NGO")):
            continue
        bare = mention.code if mention.code and len(mention.code) == 3 else None
        sector = mention.sector or bare
        side.country = other.country
        side.sector = sector
        side.code = other.country + (sector or "")
        return side
    return side


_COMMUNITY = {"population", "minority", "community"}


def _residence(ctx: _Ctx, tok: Token, mention: Mention) -> str | None:
    """The country an ethnic or national group lives in, when the text places it there
    ("ethnic Albanians in south Serbia", "the Albanians of southern Serbia", "ethnic Albanian
    guerrillas operating in Macedonia"): event coders code such groups by residence."""
    if not mention.country or (mention.sector and mention.sector not in ("CVL", "REB", "OPP")):
        return None
    ethnic = tok.lemma_.lower() in _COMMUNITY or any(
        t.lower_ == "ethnic" for t in tok.subtree if t.i < tok.i
    )
    people = tok.tag_ == "NNPS" or (tok.tag_ == "NNS" and ctx.by_token[tok.i] is mention)
    if not (ethnic or people):
        return None
    heads = [tok] + [c for c in tok.children if c.dep_ in ("acl", "relcl")]
    up = tok
    for _ in range(3 if ethnic else 0):
        # "killed three ethnic Albanians in a gunbattle in Serbia", "cleansing in Montenegro
        # against the Albanian population": where the event befalls the group
        if up.dep_ not in ("dobj", "nsubjpass", "pobj", "prep") or up.head.i == up.i:
            break
        up = up.head
        heads.append(up)
    for head in heads:
        for prep in _children(head, "prep"):
            # "in" places an ethnic group ("Albanian rebels in Macedonia" stay Albanian);
            # "the Albanians of southern Serbia" are its people
            if prep.lower_ not in ("in", "of") or (prep.lower_ == "in" and not ethnic):
                continue
            if prep.lower_ == "of" and head.i != tok.i:
                continue
            for obj in _pobjs(prep):
                # the place itself before its modifiers ("of the Israeli-occupied West Bank")
                for t in sorted(obj.subtree, key=lambda t: t.i != obj.i):
                    other = ctx.by_token[t.i]
                    if other is not None and other.country and other.country != mention.country:
                        return other.country
    return None


_REFLEXIVE = {"itself", "themselves", "himself", "herself", "ourselves", "yourselves"}


def _sides(ctx: _Ctx, toks: Iterable[Token]) -> list[Side]:
    sides: list[Side] = []
    for tok in toks:
        if tok.lower_ in _REFLEXIVE:  # "killed 23 people as well as themselves"
            continue
        mention = _actor(ctx, tok)
        if mention is not None:
            side = _with_country(ctx, tok, mention)
            if all(not _same_side(side, s) for s in sides):
                sides.append(side)
    return sides


def _source_sides(ctx: _Ctx, verb: Token) -> tuple[list[Side], bool]:
    subj, inherited = _subject_token(verb)
    if subj is None:
        return [], inherited
    return _sides(ctx, _with_conjuncts([subj])), inherited


def _verb_event(ctx: _Ctx, tok: Token, senses: Sequence[Sense], out: list[Coded]) -> None:
    objs = _children(tok, "dobj")
    obj = objs[0] if objs else None
    sense, code = _choose(senses, tok, obj)
    if sense.light and obj is not None and _event_object(ctx.lex, obj):
        return  # the event noun codes it, with this verb's subject as source
    if code is None:
        return
    passive = bool(_children(tok, "nsubjpass")) or tok.dep_ == "auxpass"
    sources, inherited = _source_sides(ctx, tok)
    preps = sense.preps or ctx.lex.default_preps
    if passive:
        target_toks = _with_conjuncts(_children(tok, "nsubjpass"))
    else:
        target_toks = [] if sense.no_object else _with_conjuncts(objs + _children(tok, "dative"))
    confidence = 0.9 - (0.15 if inherited else 0.0)
    # "offered its troops to X": the source's own forces are what is given, not the target
    target_toks = [t for t in target_toks if not _owned_by(ctx, t, sources)]
    if cameo(code).root in _AGENT_TARGET_ROOTS:
        # "investigating war crimes by Croatian extremists against Serb civilians": what is
        # investigated or condemned is the deed, its target the doer
        target_toks = [a for t in target_toks for a in _nominal_agents(t)] + target_toks
    targets = _others(_sides(ctx, target_toks), sources)
    if not targets:
        targets = _others(_sides(ctx, _prep_targets(tok, preps)), sources)
    if not targets and obj is not None:
        targets = _others(_sides(ctx, _prep_targets(obj, preps)), sources)
    if not targets and not passive:
        # "demanded that Washington end ...", "urged Iran to stop ...": the addressee is the
        # subject of the complement clause
        comps = _children(tok, "ccomp", "xcomp")
        comps += [c for c in _children(tok, "advcl") if _marked(c, "for")]
        targets = _others(_sides(ctx, [s for c in comps for s in _children(c, "nsubj")]), sources)
    place = False
    if not targets and cameo(code).root in _CONFLICT_PLACE_ROOTS:
        targets = [p for t in target_toks + _prep_targets(tok, preps) if (p := _place(t))]
        targets = targets or _locative(ctx, [tok, *objs])
        place = bool(targets)
    if sources and targets and all(_bare(t) for t in targets):
        # "contribute 4,000 troops to a force in Liberia": countryless troops are what is sent
        better = _others(_sides(ctx, _prep_targets(tok, preps)), sources)
        better = [b for b in better if not _bare(b)] or _phrase_targets(ctx, tok, sources, targets)
        targets = [b for b in better if not _bare(b)] or targets
    if not targets and sources and not _refused_conflict(ctx, tok, code):
        # the first actor in the verb phrase ("agreed to provide aid for Romania", "lifted a
        # curfew in Montenegro"), as event coders read a clause when the parse gives no argument
        targets = _phrase_targets(ctx, tok, sources)
        confidence -= 0.15
    if not targets and sources and cameo(code).root in _CONFLICT_PLACE_ROOTS:
        targets = _sentence_place(ctx, tok)
        place = bool(targets)
    if passive and targets and not sources and cameo(code).root in _VIOLENCE_ROOTS:
        # "three servicemen were killed by a roadside bomb outside Basra": violence with no named
        # perpetrator is coded to the country where it happened
        sources = _sentence_place(ctx, tok, ("in", "inside", "outside", "near"))
        sources = [replace(s, code=s.country, sector=None) for s in sources if s.country]
        confidence -= 0.3
    if not targets and len(sources) > 1 and _mutual(code, sense):
        _pairs(ctx, out, sources, code, tok, "verb", confidence - 0.1)
        return
    _finish(ctx, out, sources, targets, code, tok, "verb", confidence, place=place)


_VIOLENCE_ROOTS = {"18", "19", "20"}


def _sentence_place(
    ctx: _Ctx, trigger: Token, words: Collection[str] = ("in", "inside")
) -> list[Side]:
    """The nearest place named elsewhere in the sentence ("blew themselves up in Tel Aviv", "as
    battles raged in central Baghdad"): where a use of force with no other target happened."""
    sent = trigger.sent
    heads = sorted(sent, key=lambda t: abs(t.i - trigger.i))
    return _locative(ctx, heads, words)


_AGENT_TARGET_ROOTS = {"09", "11"}


def _nominal_agents(noun: Token) -> list[Token]:
    """The "by" agent of a deed noun ("violations by the army")."""
    return [o for p in _children(noun, "prep") if p.lower_ == "by" for o in _pobjs(p)]


def _locative(ctx: _Ctx, heads: Iterable[Token], words: Collection[str] = _LOCATIVE) -> list[Side]:
    """Where a use of force or restriction happens ("a curfew in Abidjan", "roads in Algiers")."""
    for head in heads:
        for prep in _children(head, "prep"):
            if prep.lower_ not in words:
                continue
            for obj in _with_conjuncts(_pobjs(prep)):
                for t in obj.subtree:
                    mention = ctx.by_token[t.i]
                    if mention is not None and mention.country:
                        side = _side(mention)
                        if (side.code or "").startswith((side.country or "") + "GOV"):
                            side.code, side.sector = side.country, None  # the city, not its rulers
                        return [side]
                if (found := _place(obj)) is not None:
                    return [found]
    return []


_MUTUAL_ROOTS = {"03", "04", "05", "06", "08"}


def _mutual(code: str, sense: Sense) -> bool:
    return sense.joint or cameo(code).root in _MUTUAL_ROOTS


def _pairs(
    ctx: _Ctx,
    out: list[Coded],
    sides: Sequence[Side],
    code: str,
    trigger: Token,
    via: str,
    confidence: float,
    **kwargs: bool,
) -> None:
    """ "Jordan and Britain agreed to ...": a compound subject with no other party acts
    towards itself, each member towards the others (CAMEO's reading of compound actors)."""
    for n, source in enumerate(sides):
        others = [s for m, s in enumerate(sides) if m != n]
        _finish(ctx, out, [source], others, code, trigger, via, confidence, **kwargs)


def _owned_by(ctx: _Ctx, tok: Token, sources: Sequence[Side]) -> bool:
    for poss in _children(tok, "poss"):
        mention = ctx.by_token[poss.i]
        if mention is not None and any(_same_side(_side(mention), s) for s in sources):
            return True
    return False


_OWN_CLAUSE = {"relcl", "advcl", "ccomp", "conj", "parataxis", "acl"}


def _refused_conflict(ctx: _Ctx, tok: Token, code: str) -> bool:
    """ "refused to criticize Armenia" rejects nobody: a refusal is a rejection of the
    complement's other party only when the complement is cooperative ("refused to meet X")."""
    if cameo(code).root != "12":
        return False
    for comp in _children(tok, "xcomp"):
        senses = ctx.lex.verbs.get(comp.lemma_.lower())
        if senses:
            _, inner = _choose(senses, comp, next(iter(_children(comp, "dobj")), None))
            if inner is not None and cameo(inner).quad_class >= 3:
                return True
    return False


def _bare(side: Side) -> bool:
    """A side with neither country nor organisation code ("troops", "officials")."""
    return not side.country and not (side.code or "").startswith(("IGO", "NGO"))


def _phrase_targets(
    ctx: _Ctx, head: Token, sources: Sequence[Side], exclude: Sequence[Side] = ()
) -> list[Side]:
    """The first actor in ``head``'s phrase that is not its subject, not inside a clause with a
    subject of its own (a relative clause, "..., officials said") and not a source."""
    skip: set[int] = {head.i}
    for child in head.children:
        own_clause = child.dep_ in _OWN_CLAUSE and child.dep_ not in ("ccomp", "advcl")
        if own_clause or child.dep_ in _SUBJ or child.dep_ in ("agent", "punct", "mark"):
            skip.update(t.i for t in child.subtree)
    for t in head.subtree:
        if t.dep_ in ("relcl", "parataxis") or (
            t.dep_ == "advcl" and _children(t, "nsubj") and not _marked(t, "unless")
        ):  # "threatened to strike unless Israel rescinded ...": the condition's subject
            skip.update(x.i for x in t.subtree)
    for t in head.subtree:
        if t.i in skip:
            continue
        mention = ctx.by_token[t.i]
        if mention is None or t.ent_type_ == "DATE" or _owned_by(ctx, t, sources):
            continue
        if t.pos_ == "PRON" and t.lower_ in ("i", "we", "us", "our", "my", *_REFLEXIVE):
            continue
        side = _with_country(ctx, t, mention)
        if all(not _same_side(side, x) for x in (*sources, *exclude)):
            return [side]
    return []


def _others(sides: list[Side], sources: Sequence[Side]) -> list[Side]:
    return [s for s in sides if all(not _same_side(s, src) for src in sources)]


def _governing_verb(noun: Token) -> Token | None:
    tok = noun
    for _ in range(4):  # "launched artillery, mortar and rocket fire": up a list of conjuncts
        if tok.dep_ in ("dobj", "pobj", "attr", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
            return tok.head
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            tok = tok.head.head
            if tok.pos_ in ("VERB", "AUX"):
                return tok
            continue
        if tok.dep_ == "conj":
            tok = tok.head
            continue
        break
    return None


def _possessors(tok: Token) -> list[Token]:
    """Possessors of a noun, including the misparse that hangs "X's" off the verb instead."""
    found = _children(tok, "poss")
    if not found:
        left = tok.left_edge.i
        doc = tok.doc
        if left >= 2 and doc[left - 1].tag_ == "POS" and doc[left - 1].head.i == left - 2:
            found = [doc[left - 2]]
    return found


def _noun_event(ctx: _Ctx, tok: Token, senses: Sequence[Sense], out: list[Coded]) -> None:
    sense, code = _choose(senses, tok, None)
    if code is None:
        return
    preps = sense.preps or ctx.lex.default_preps
    trigger, tok = tok, _phrase_head(ctx, tok)  # "a mediation mission between A and B"
    possessors = _possessors(tok)
    sources = _sides(ctx, possessors)
    mods = [m for m in _children(tok, "compound", "amod", "nmod", "npadvmod") if m.i != trigger.i]
    modifiers = _sides(ctx, mods)
    # "US-Armenian exercise": the first actor hangs off the second adjective
    for mod in _children(tok, "amod", "compound"):
        modifiers += [s for s in _sides(ctx, _children(mod, "npadvmod", "compound", "amod"))
                      if all(not _same_side(s, x) for x in modifiers)]  # fmt: skip
    target_toks = _prep_targets(tok, preps)
    between = [p for prep in _children(tok, "prep") if prep.lower_ == "between"
               for p in _with_conjuncts(_children(prep, "pobj"))]  # fmt: skip
    inherited = False
    gov = _governing_verb(tok)
    light = False
    if gov is not None:
        gsenses = ctx.lex.verbs.get(gov.lemma_.lower())
        light = bool(gsenses and any(s.light for s in gsenses))
    if not sources and gov is not None and light and tok.dep_ != "nsubjpass":
        sources, inherited = _source_sides(ctx, gov)
        if not sources and not _children(gov, "agent"):
            # "were engaged in ethnic cleansing": an adjectival passive's subject is the doer
            sources = _sides(ctx, _with_conjuncts(_children(gov, "nsubjpass")))
    if not sources and gov is not None and not light and _circumstance(tok, gov):
        # "resorted to throwing stones during demonstrations against ...", "remained on alert":
        # the doer of the clause is the doer of the event it takes part in
        sources, _ = _source_sides(ctx, gov)
        inherited = True
    # "restrictions on its labour market": the source's own belongings are not its target
    targets = _sides(ctx, [t for t in target_toks if not _owned_by(ctx, t, sources)])
    if not targets and gov is not None and light:
        targets = _sides(ctx, _prep_targets(gov, preps))
    targets = _others(targets, sources)
    if between and not (sources and targets):
        pair = _sides(ctx, between)
        if sources and len(_others(pair, sources)) >= 1:
            targets = _others(pair, sources)  # "host a meeting between A and B"
        elif len(pair) >= 2:
            sources, targets = [pair[0]], [pair[1]]
    if not sources and modifiers:
        sources, modifiers = [modifiers[0]], modifiers[1:]
    if sources and not targets and sense.joint:
        targets = [m for m in modifiers if all(not _same_side(m, s) for s in sources)]
    if sources and not targets:
        # an actor elsewhere in the noun's phrase ("offensive that restored control over X");
        # a countryless group ("the withdrawal of invasion forces from Panama") comes last
        found: list[Side] = []
        for t in tok.subtree:
            if t.i == tok.i or ctx.by_token[t.i] is None or t.ent_type_ == "DATE":
                continue
            side = _side(ctx.by_token[t.i])  # type: ignore[arg-type]
            if all(not _same_side(side, s) for s in sources) and not _near_source(side, sources):
                found.append(side)
        targets = sorted(found, key=_bare)[:1]
    place = False
    if sources and not targets and cameo(code).root in _CONFLICT_PLACE_ROOTS:
        targets = _locative(ctx, [tok] if gov is None else [tok, gov])
        for t in tok.subtree:
            if targets:
                break
            if t.dep_ == "pobj" and (found := _place(t)) is not None:
                targets = [found]
        place = bool(targets)
    confidence = 0.75 - (0.1 if inherited else 0.0)
    if sources and not targets and gov is not None and light:
        targets = _phrase_targets(ctx, gov, sources)
        confidence -= 0.15
    if sources and not targets and cameo(code).root in _CONFLICT_PLACE_ROOTS:
        targets = _sentence_place(ctx, trigger)
        place = bool(targets)
    if not targets and len(sources) > 1 and _mutual(code, sense):
        _pairs(
            ctx, out, sources, code, trigger, "noun", confidence - 0.1,
            nominal=True, presupposed=bool(possessors),
        )  # fmt: skip
        return
    _finish(
        ctx, out, sources, targets, code, trigger, "noun", confidence,
        nominal=True, presupposed=bool(possessors), place=place,
    )  # fmt: skip


_CIRCUMSTANCE = {"during", "in", "on", "for"}


def _circumstance(noun: Token, gov: Token) -> bool:
    """The noun is the object of a circumstance preposition of an active clause ("staged a hunger
    strike in protest against ...", "troops remained on alert")."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in _CIRCUMSTANCE
        and not _children(gov, "nsubjpass", "auxpass")
    )


def _phrase_head(ctx: _Ctx, noun: Token) -> Token:
    """The generic head an event noun modifies ("mediation" in "a mediation mission"), whose
    phrase carries the event's arguments; else the noun itself."""
    head = noun.head
    if noun.dep_ == "compound" and head.lemma_.lower() in ctx.lex.event_heads:
        return head
    return noun


def _event_object(lex: Lexicon, obj: Token) -> bool:
    """The object of a light verb is an event noun, or a generic head one modifies."""
    if obj.lemma_.lower() in lex.nouns:
        return True
    return obj.lemma_.lower() in lex.event_heads and any(
        c.dep_ == "compound" and c.lemma_.lower() in lex.nouns for c in obj.children
    )


def _near_source(side: Side, sources: Sequence[Side]) -> bool:
    return any(side.country and side.country == s.country for s in sources)


def _adjective_event(ctx: _Ctx, tok: Token, senses: Sequence[Sense], out: list[Coded]) -> None:
    clause = tok.tag_ == "VBN" and tok.dep_ in ("ccomp", "xcomp", "advcl")  # "said X is opposed to"
    if tok.dep_ not in ("acomp", "ROOT", "conj", "attr") and not clause:
        return
    sense, code = _choose(senses, tok, None)
    if code is None:
        return
    head = tok.head if tok.dep_ in ("acomp", "attr") else tok
    sources, _ = _source_sides(ctx, head)
    if not sources and tok.tag_ == "VBN":
        sources = _sides(ctx, _with_conjuncts(_children(tok, "nsubjpass")))
    found: list[Token] = []
    for prep in _children(tok, "prep"):
        if prep.lower_ in sense.preps:
            for obj in _pobjs(prep):
                found += [t for t in obj.subtree if ctx.by_token[t.i] is not None] or [obj]
    targets = _others(_sides(ctx, found), sources)[:1]
    _finish(ctx, out, sources, targets, code, tok, "adjective", 0.7)


# --- statements ---


def _tone(ctx: _Ctx, toks: Iterable[Token]) -> str:
    words = {t.lower_ for t in toks} | {t.lemma_.lower() for t in toks}
    if words & ctx.lex.tone_negative:
        return ctx.lex.tone_codes["negative"]
    if words & ctx.lex.tone_positive:
        return ctx.lex.tone_codes["positive"]
    return ctx.lex.tone_codes["neutral"]


def _content_targets(ctx: _Ctx, span: tuple[int, int], speaker: Side) -> list[Side]:
    seen: list[Side] = []
    doc = ctx.doc
    content = doc.char_span(span[0], span[1], alignment_mode="expand")
    if content is None:
        return seen
    for tok in content:
        mention = ctx.by_token[tok.i]
        if mention is None or (tok.pos_ == "PRON" and tok.lower_ in ("i", "we", "us", "our", "my")):
            continue
        side = _side(mention)
        if _same_side(side, speaker) or any(_same_side(side, s) for s in seen):
            continue
        if speaker.country and side.country == speaker.country and side.sector == speaker.sector:
            continue
        seen.append(side)
    return seen


def _statement_code(ctx: _Ctx, cue: Token | None, content: Iterable[Token]) -> str:
    if cue is not None:
        senses = ctx.lex.verbs.get(cue.lemma_.lower())
        if senses:
            _, code = _choose(senses, cue, None)
            if code is not None:
                return code
    content = list(content)
    if any(t.lower_ == "must" and t.dep_ == "aux" for t in content):
        return ctx.lex.tone_codes.get("obligation", ctx.lex.tone_codes["neutral"])
    return _tone(ctx, content)


def _quote_statements(ctx: _Ctx, out: list[Coded]) -> set[int]:
    cues: set[int] = set()
    doc = ctx.doc
    for quote in ctx.quotes:
        if quote.speaker is None or quote.cue is None:
            continue
        if not (ctx.body[0] <= quote.cue.span[0] < ctx.body[1]):
            continue
        cue_span = doc.char_span(quote.cue.span[0], quote.cue.span[1], alignment_mode="expand")
        if cue_span is None:
            continue
        cue = cue_span.root
        speaker_span = doc.char_span(
            quote.speaker.span[0], quote.speaker.span[1], alignment_mode="expand"
        )
        mention = None
        if speaker_span is not None:
            mention = next((ctx.by_token[t.i] for t in speaker_span if ctx.by_token[t.i]), None)
        if mention is not None:
            speaker = _side(mention)
        elif quote.speaker.code:
            code = quote.speaker.code
            speaker = Side(
                text=quote.speaker.text, span=quote.speaker.span, actor=quote.speaker.actor,
                code=code, country=code[:3] if not code.startswith("IGO") else None,
                sector=code[3:6] or None,
            )  # fmt: skip
        else:
            continue
        cues.add(cue.i)
        content = doc.char_span(quote.span[0], quote.span[1], alignment_mode="expand")
        if content is None:
            continue
        targets = _content_targets(ctx, quote.span, speaker)
        code = _statement_code(ctx, cue, content)
        _finish(ctx, out, [speaker], targets[:3], code, cue, "statement", 0.6, quote=quote)
    return cues


def _speech_statements(ctx: _Ctx, sent: Span, quoted_cues: set[int], out: list[Coded]) -> None:
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in ctx.lex.speech or tok.i in quoted_cues:
            continue
        comps = _children(tok, "ccomp")
        if not comps:
            continue
        speaker = _sides(ctx, _children(tok, "nsubj"))
        if not speaker:
            continue
        content = [t for c in comps for t in c.subtree]
        lo = min(t.idx for t in content)
        hi = max(t.idx + len(t) for t in content)
        targets = _content_targets(ctx, (lo, hi), speaker[0])
        code = _statement_code(ctx, None, content)
        _finish(ctx, out, speaker[:1], targets[:3], code, tok, "statement", 0.55)


# --- entry points ---


def _in_body(sent: Span, body: tuple[int, int]) -> bool:
    return sent.start_char >= body[0] and sent.end_char <= body[1] + 1


def code_events(
    doc: Doc,
    mentions: Sequence[Mention],
    quotes: Sequence[Quote] = (),
    *,
    published: str | None = None,
    body: tuple[int, int] | None = None,
    keep_negated: bool = False,
    lexicon: Lexicon | None = None,
) -> list[Coded]:
    """Events with their trigger tokens (what ``find_events`` returns, plus how each was found)."""
    lex = lexicon or load_lexicon()
    text = doc_text(doc)
    span = body or (0, len(text))
    ctx = _Ctx(
        doc=doc,
        text=text,
        lex=lex,
        by_token=_index_mentions(doc, mentions),
        dates=find_dates(text, published),
        published=published,
        body=span,
        quotes=quotes,
        keep_negated=keep_negated,
    )
    out: list[Coded] = []
    quoted_cues = _quote_statements(ctx, out)
    for sent in doc.sents:
        if not _in_body(sent, span) or len(sent) > MAX_SENTENCE_TOKENS:
            continue
        for tok in sent:
            lemma = tok.lemma_.lower()
            if tok.tag_ == "VBN" and tok.lower_ in lex.adjectives and _children(tok, "auxpass"):
                _adjective_event(ctx, tok, lex.adjectives[tok.lower_], out)
            elif tok.pos_ == "VERB" and lemma in lex.verbs:
                _verb_event(ctx, tok, lex.verbs[lemma], out)
            elif tok.pos_ in ("NOUN", "PROPN") and lemma in lex.nouns:
                _noun_event(ctx, tok, lex.nouns[lemma], out)
            elif tok.pos_ == "ADJ" and lemma in lex.adjectives:
                _adjective_event(ctx, tok, lex.adjectives[lemma], out)
        _speech_statements(ctx, sent, quoted_cues, out)
    return _dedupe(out)


def _dedupe(coded: list[Coded]) -> list[Coded]:
    best: dict[tuple[object, ...], Coded] = {}
    for item in coded:
        e = item.event
        key = (e.source.code, e.target.code, e.target.actor, e.root, e.evidence.span)
        old = best.get(key)
        if old is None or e.confidence > old.event.confidence:
            best[key] = item
    return sorted(best.values(), key=lambda c: (c.event.evidence.span[0], c.trigger))


def find_events(
    doc: Doc,
    mentions: Sequence[Mention],
    quotes: Sequence[Quote] = (),
    *,
    published: str | None = None,
    body: tuple[int, int] | None = None,
    keep_negated: bool = False,
) -> list[Event]:
    """CAMEO-coded events between the actors in ``mentions``, inside ``body`` (whole text if None).

    Only events with both a source and a target actor are returned; negated and hypothetical
    ones are dropped unless ``keep_negated`` (then negated events carry ``negated=True``).
    """
    return [
        c.event
        for c in code_events(
            doc, mentions, quotes, published=published, body=body, keep_negated=keep_negated
        )
    ]


def main_class(doc: Doc, coded: Sequence[Coded], sent: Span | None = None) -> int:
    """The five-way class (0 statement .. 4 material conflict) of a sentence's main event.

    The main event is the one whose trigger is highest in the parse (fewest hops to the root),
    preferring lexicon events over statements; with no coded event, the highest lexicon trigger
    is used without actors; with none at all, the sentence is a statement (0).
    """
    sent = sent or next(iter(doc.sents))
    inside = [c for c in coded if sent.start <= c.trigger < sent.end]
    if inside:
        best = min(inside, key=lambda c: (c.via == "statement", _depth(doc[c.trigger])))
        return cameo(best.event.cameo).penta_class
    code = trigger_code(doc, sent)
    return cameo(code).penta_class if code else 0


def trigger_code(doc: Doc, sent: Span, lexicon: Lexicon | None = None) -> str | None:
    """The code of the sentence's highest lexicon trigger, ignoring actors (modality applied)."""
    lex = lexicon or load_lexicon()
    found: list[tuple[int, str]] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in lex.verbs:
            objs = _children(tok, "dobj")
            sense, code = _choose(lex.verbs[lemma], tok, objs[0] if objs else None)
            if sense.light and objs and _event_object(lex, objs[0]):
                continue
            nominal = False
        elif tok.pos_ in ("NOUN", "PROPN") and lemma in lex.nouns:
            _, code = _choose(lex.nouns[lemma], tok, None)
            nominal = True
        elif tok.pos_ == "ADJ" and lemma in lex.adjectives and tok.dep_ == "acomp":
            _, code = _choose(lex.adjectives[lemma], tok, None)
            nominal = False
        else:
            continue
        if code is None:
            continue
        final = _recode(code, assess(tok, lex, nominal=nominal), lex, _will_not(tok, lex))
        if final is not None:
            found.append((_depth(tok) + (1 if nominal else 0), final))
    if not found:
        return None
    return min(found, key=lambda f: f[0])[1]


def _depth(tok: Token) -> int:
    depth = 0
    while tok.head.i != tok.i and depth < 50:
        tok = tok.head
        depth += 1
    return depth
