"""Arguments from the trigger's own frame: who acts (source) and who is acted upon (target).

Owns reading the two sides of an event off the dependency parse of its trigger, and nothing
looser. For a verb: source = subject (the by-agent of a passive; the controller of an
infinitive or the subject shared by coordinated verbs); target = direct object, dative, the
subject of a passive, or the object of a preposition the sense names; for a predicative
adjective, its subject and its preposition's object (:mod:`.adjectives`). Event nouns are
:mod:`.nominal`'s, on the helpers here. No actor becomes a side because it is named elsewhere
in the clause, the quotation or the sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Token

from dyads.events.aliases import others
from dyads.events.lexicon import Lexicon, Sense
from dyads.events.objects import (
    WORD_ROOTS,
    act_on,
    bare_campaign,
    comp_subjects,
    force_noun,
    goods_owners,
    mediated_parties,
    named_by_speaker,
    named_patient,
    whether_clauses,
)
from dyads.events.ontology import cameo
from dyads.events.origins import from_countries
from dyads.events.sides import (
    Arg,
    MentionIndex,
    distinct,
    names_person,
    owned_by,
    side_for,
)
from dyads.events.subjects import RELATIVE, children, misjoined, subject_of
from dyads.events.victims import HARM_ROOTS, against_a_crime, counted_people
from dyads.records import Side

__all__ = [
    "FORCE_ROOTS",
    "RELATIVE",
    "WH",
    "Args",
    "args_of",
    "children",
    "locative",
    "nominal_agents",
    "others",
    "pobjs",
    "prep_objects",
    "subject_of",
    "verb_args",
    "with_conjuncts",
]

WH = {"what", "which", "who", "whom", "that"}
# roots whose target is the doer of the deed that is their object ("condemned killings by X")
_AGENT_TARGET_ROOTS = {"09", "11"}
_TIMES = frozenset({"DATE", "TIME"})
# roots whose addressee may be the subject of their complement ("urged Iran to stop")
_ADDRESSEE_ROOTS = {"02", "10", "13"}
# roots of force: a noun of one may take its target from its own relative clause ("an offensive
# that restored control over X"), a verb of one its place (:func:`locative`)
FORCE_ROOTS = {"15", "17", "18", "19", "20"}
_IN = {"in", "into", "inside", "across", "throughout"}
# a cooperative intent toward someone's words is an opinion, not an act: "agreeing with his
# assertions" (the words' owner is no partner)
_OPINION_NOUNS = {
    "assertion", "claim", "view", "statement", "remark", "comment", "argument", "position",
    "assessment", "opinion", "analysis", "criticism", "point", "conclusion", "words", "idea",
}  # fmt: skip
# what is answered when rejected or denied: its owner is the target, never what it is about
_CHARGES = {"criticism", "accusation", "allegation", "charge", "claim", "complaint", "attack"}
_FORCES = {"MIL", "COP"}
Args = tuple[list[Arg], list[Arg], bool]  # sources, targets, source inherited from a governor


def with_conjuncts(toks: Iterable[Token]) -> list[Token]:
    """The tokens and the later conjuncts of each, leaving out a conjunct that is really the
    subject of the next clause."""
    out: list[Token] = []
    for tok in toks:
        out.append(tok)
        out.extend(t for t in tok.conjuncts if t.i > tok.i and not _opens_clause(t))
        out.extend(_misjoined_name(tok))
    return out


def _misjoined_name(tok: Token) -> list[Token]:
    """A name the parser hung as an apposition after an adjective it made the conjunct: "Sudan's
    army and the paramilitary Rapid Support Forces agreed" (new user's trial, session 23: the
    ceasefire was lost under a headline)."""
    adjectives = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "ADJ"]
    if not adjectives:
        return []
    return [c for c in tok.children if c.dep_ == "appos" and c.i > adjectives[0].i]


_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})


def _opens_clause(noun: Token) -> bool:
    """A conjunct noun straight followed by a finite verb is the next clause's subject the
    parser hung on the object: "is investigating the Chicago police and the Justice Department
    is considering a request" (blind audit, round 88: the department coded as investigated)."""
    after = max(t.i for t in noun.subtree) + 1
    if noun.pos_ not in ("PROPN", "NOUN") or after >= len(noun.doc):
        return False
    nxt = noun.doc[after]
    first = noun
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    verb = nxt.head if nxt.dep_ in ("aux", "auxpass") else nxt
    if first.dep_ not in ("dobj", "pobj", "dative") or any(a.i == verb.i for a in noun.ancestors):
        return False  # "talks between Israel and Egypt began": the verb the list is inside
    return nxt.tag_ in _FINITE and nxt.pos_ in ("AUX", "VERB") and nxt.head.i != noun.i


def args_of(
    index: MentionIndex, toks: Iterable[Token], path: str, avoid: Sequence[Arg] = ()
) -> list[Arg]:
    out: list[Arg] = []
    for tok in toks:
        side = side_for(index, tok, [a.side for a in avoid])
        if side is None:
            continue
        arg = Arg(side, tok, path, person=names_person(index, tok, side))
        if all(distinct(arg, a) for a in out):
            out.append(arg)
    return out


def pobjs(prep: Token) -> list[Token]:
    found = children(prep, "pobj")
    for inner in children(prep, "prep"):  # "out of the CSTO"
        found += children(inner, "pobj")
    return found


def prep_objects(head: Token, preps: Sequence[str]) -> list[tuple[str, Token]]:
    """Objects of the listed prepositions on ``head``, in the list's order of preference."""
    found: list[tuple[int, str, Token]] = []
    subjects = [c.i for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    for prep in children(head, "prep", "prt", "agent"):
        if subjects and prep.i < min(subjects):
            continue  # "On CNN Tuesday, his wife called for …": a fronted setting (round 17)
        word = prep.lower_
        if word in preps:
            found += [(preps.index(word), word, t) for t in pobjs(prep)]
        elif prep.dep_ == "prt" or word in ("out", "away", "off"):
            for inner in children(prep, "prep"):
                if inner.lower_ in preps or inner.lower_ == "of":
                    found += [(len(preps), inner.lower_, t) for t in children(inner, "pobj")]
    found.sort(key=lambda f: (f[0], f[2].i))
    out: list[tuple[str, Token]] = []
    for _, word, tok in found:
        out += [(word, t) for t in with_conjuncts([tok])]
    return out


def _cooperative(lex: Lexicon, verb: Token) -> bool:
    """The verb is a trigger whose first sense is cooperation (quad class 1 or 2)."""
    senses = lex.verbs.get(verb.lemma_.lower())
    code = next((s.code for s in senses or () if s.code), None)
    return code is not None and cameo(code).quad_class <= 2


def nominal_agents(noun: Token) -> list[Token]:
    """The "by" agent of a deed noun ("violations by the army")."""
    return [o for p in children(noun, "prep") if p.lower_ == "by" for o in pobjs(p)]


def _joint_owners(index: MentionIndex, sources: list[Arg]) -> list[Arg]:
    """ "The foreign ministers of Austria and Hungary met": one phrase for several parties, each
    the phrase's role for its own country."""
    if len(sources) != 1:
        return sources
    head = sources[0].token
    owners = [t for p in children(head, "prep") if p.lower_ == "of" for t in pobjs(p)]
    parties = args_of(index, with_conjuncts(owners), sources[0].path)
    sector = sources[0].side.sector
    if len(parties) < 2 or not all(p.side.country and not p.side.sector for p in parties):
        return sources
    return [
        Arg(Side(text=p.side.text, span=p.side.span, actor=p.side.actor, country=p.side.country,
                 sector=sector, code=(p.side.country or "") + (sector or "")), p.token, p.path)
        for p in parties
    ]  # fmt: skip


def verb_args(index: MentionIndex, lex: Lexicon, verb: Token, sense: Sense, code: str) -> Args:
    """Sources and targets of a verb trigger read from its own frame."""
    subj, path, inherited = subject_of(verb)
    if path == "agent" and subj is not None and bare_campaign(lex, subj):
        subj = None  # "was helped along by an ineffective campaign by Dewhurst": no one helps
    sources = args_of(index, with_conjuncts([subj]), path) if subj is not None else []
    if sense.joint:
        sources = _joint_owners(index, sources)
    passive = bool(children(verb, "nsubjpass")) or (verb.dep_ == "acl" and verb.tag_ == "VBN")
    # two objects not joined are a misparse: "helping the U.S. battle Islamic State extremists"
    # (PLV tune half: Islamic State was helped)
    objs = children(verb, "dobj")[:1] or named_by_speaker(verb)
    root = code[:2]
    if objs and (root == "12" or code == "016") and objs[0].lemma_.lower() in _CHARGES:
        # "dismissed criticism of Mr. Trump's comments": the critics are answered, not Trump
        # (blind audit, round 29); "rejected Ukraine's accusations" answers Ukraine
        charge = objs[0]
        owners = children(charge, "poss") + nominal_agents(charge)
        owners += [o for p in children(charge, "prep") if p.lower_ == "from" for o in pobjs(p)]
        return sources, others(args_of(index, owners, "charge-owner", sources), sources), inherited
    if passive:
        toks = with_conjuncts(children(verb, "nsubjpass")) or mediated_parties(verb) or [verb.head]
        target_toks = [(t, "nsubjpass") for t in toks]
        if not sources and verb.lemma_.lower() == "summon":
            # "was summoned to the Foreign Ministry": the ministry summons (a new user's trial:
            # the summons of Russia's ambassador was lost)
            hosts = [
                t
                for p in children(verb, "prep")
                if p.lower_ == "to"
                for t in pobjs(p)
                if t.ent_type_ not in ("GPE", "LOC")
            ]  # "summoned to Beijing": recalled
            sources = [a for a in args_of(index, hosts, "summoned-to") if a.side.sector == "GOV"]
    elif sense.no_object:
        target_toks = []
    else:
        target_toks = [(t, "dative") for t in with_conjuncts(children(verb, "dative"))]
        if not sense.theme:  # "sent troops to X": the object is what is sent
            target_toks = [(t, "dobj") for t in with_conjuncts(objs)] + target_toks
    if verb.dep_ == "relcl":
        # "the al-Qaeda offshoot, which Hollande blamed for the attacks": the relative pronoun
        # stands for the clause's antecedent (blind audit, round 11)
        target_toks = [(verb.head, p) if t.lower_ in RELATIVE else (t, p) for t, p in target_toks]
    src_sides = [s.side for s in sources]
    target_toks = [(t, p) for t, p in target_toks if not owned_by(index, t, src_sides)]
    if root in WORD_ROOTS:
        target_toks = [(t, p) for t, p in target_toks if not act_on(lex, index, t)]
    if root in _AGENT_TARGET_ROOTS:
        agents = [(a, "deed-agent") for t, _ in target_toks for a in nominal_agents(t)]
        target_toks = agents + target_toks
    found = from_countries(
        index, verb, [a for t, p in target_toks for a in args_of(index, [t], p, sources)]
    )
    if (pair := misjoined(verb, [t for t, _ in target_toks])) is not None:
        # "Ms. Khan said Trump was ignorant and criticized him": the speaker's deed, on the one
        # judged (round 92's kinds: coded as Trump's)
        sources = args_of(index, with_conjuncts([pair[0]]), "conj>nsubj")
        found = args_of(index, [pair[1]], "dobj", sources)
    targets = others(found, sources)
    preps = sense.preps or lex.default_preps
    deed = root in _AGENT_TARGET_ROOTS and any(force_noun(lex, o) for o in objs)
    # "lodged a protest with North Korea": the object is the act itself, no deed (trial, s. 26)
    deed = deed and not (objs and objs[0].lemma_.lower() in sense.objects)
    if not targets and objs and root in ("16", "17"):
        owners = goods_owners(objs[0])  # "seized cocaine belonging to the ELN"
        targets = others(args_of(index, owners, "goods-owner", sources), sources)
    if not targets and not deed:
        # (a deed's own "on"/"against" names its victim: "condemned the strike on Syria" is
        # no criticism of Syria)
        # "lifted sanctions on Cuba on Monday": a day is no target, and the object's own "on"
        # still names it (round 50 paraphrases: no event)
        objects = [(w, t) for w, t in prep_objects(verb, preps) if t.ent_type_ not in _TIMES]
        if root == "03":
            objects = [(w, t) for w, t in objects if t.lemma_.lower() not in _OPINION_NOUNS]
        if not objects and objs:
            # "imposed sanctions on Iran" attached to the object; "delayed a shipment of aid to
            # Ukraine": to what the object is made of
            inner = [t for p in children(objs[0], "prep") if p.lower_ == "of" for t in pobjs(p)]
            # not "with": "supported the construction of a school with Colombian trainers"
            # names who helped, not whom it was for (blind audit, round 11)
            toward = [p for p in preps if p != "with"] if inner else preps
            if root in WORD_ROOTS and act_on(lex, index, objs[0]):
                toward = [p for p in toward if p != "of"]  # "demanded the release of X"
            objects = [o for h in [objs[0], *inner] for o in prep_objects(h, toward)]
        targets = others(
            [a for w, t in objects for a in args_of(index, [t], f"prep:{w}", sources)], sources
        )
    if not targets and sense.theme and not passive:
        theme = [t for t in with_conjuncts(objs) if not owned_by(index, t, src_sides)]
        targets = others(args_of(index, theme, "dobj"), sources)
        # "Calderon deployed 50,000 troops to violence-plagued areas": a state's own forces are
        # what it sends, not whom (blind audit, round 45)
        # so are a body's peacekeepers: "The UN withdrew peacekeepers" (PLV tune half: PHLMIL)
        home = {s.side.country for s in sources}
        targets = [
            t for t in targets
            if not ((t.side.country in home or None in home) and t.side.sector in _FORCES)
        ]  # fmt: skip
    if code.startswith("023"):
        # "raising money for her": an appeal for aid goes to whom it asks, never to whom the
        # aid is for (blind audit, round 46: Kaine appealed to Clinton)
        targets = [t for t in targets if t.path != "prep:for" and t.token.lower_ != "for"]
    if not targets and root in ("12", "13"):
        # "refused to send peacekeepers to Iraq": a refusal of a cooperative act rejects the
        # act's own target; "threatened to retaliate against Poland" threatens it (trial, s. 26)
        for comp in children(verb, "xcomp"):
            if root == "12" and not _cooperative(lex, comp):
                continue  # "refused to criticize X" rejects nobody
            if comp.tag_ == "VBG" and verb.lemma_.lower() == "deny":
                continue  # "Islamabad denies supporting militants": a deed denied (trial, s. 29)
            if root == "13" and comp.lemma_.lower() in lex.verbs:
                continue  # "threatened to impose tariffs on X": the act's own threat (1312)
            toks = [t for _, t in prep_objects(comp, lex.default_preps)]
            toks += children(comp, "dative") + children(comp, "dobj")
            targets = others(args_of(index, toks, "refused-act"), sources)
            if targets:
                break
    if not targets and not passive and root in _ADDRESSEE_ROOTS:
        subjects = comp_subjects(index, verb)
        targets = others(args_of(index, subjects, "comp-subject"), sources)
    if not targets and not passive and sense.modifiers:
        # "a court found the trafficker guilty": whom the small clause is about
        clauses = children(verb, "ccomp", "oprd")
        clauses = [c for c in clauses if c.lemma_.lower() in sense.modifiers]
        subjects = [s for c in clauses for s in children(c, "nsubj")]
        targets = others(args_of(index, subjects, "small-clause"), sources)
    if not targets and root == "09":
        # "investigating whether Hillary Clinton broke the law": whom the question is about
        subjects = [s for c in whether_clauses(verb) for s in children(c, "nsubj", "nsubjpass")]
        targets = others(args_of(index, subjects, "whether-subject"), sources)
    if not targets and root == "14":
        # "blocked roads to protest against X": a protest act targets what it protests against
        for clause in children(verb, "advcl", "xcomp"):
            toks = [t for _, t in prep_objects(clause, ("against", "over"))]
            targets = others(args_of(index, toks, "protest-purpose"), sources)
            if targets:
                break
    # "X was arrested in Belize by DEA agents": the patient is X, uncoded; Belize is only where
    # (blind audit, round 13: a name the model tags as no entity still names the patient); an
    # active verb's object only by a proper name: "killed 23 people in Tel Aviv" is on Israel
    if passive:
        patients = children(verb, "nsubjpass")
        named = any(index[p.i] is not None or named_patient(p) for p in patients)
    else:
        named = any(p.pos_ == "PROPN" and index[p.i] is None for p in objs)
        named = named or against_a_crime(objs)
    if not targets and root in FORCE_ROOTS | {"16"} and not named:
        targets = locative(index, [verb, *objs], sources)
    if not targets and root in HARM_ROOTS:
        patients = children(verb, "nsubjpass") if passive else objs
        targets = counted_people(index, with_conjuncts(patients), [verb, *objs], sources)
    return sources, [_mission_place(index, t, sources) for t in targets], inherited


_MISSIONS = frozenset({"force", "mission", "operation", "contingent", "deployment"})


def _mission_place(index: MentionIndex, target: Arg, sources: list[Arg]) -> Arg:
    """A body's mission in a place is aimed at the place: "sending troops to the United Nations
    peacekeeping force in South Sudan" is on South Sudan, not the UN (events evaluation, CAMEO
    spans tune half: four such targets were the UN or the African Union)."""
    tok, igo = target.token, (target.side.code or "").startswith("IGO")
    if tok.lemma_.lower() not in _MISSIONS or not igo:
        return target  # "condemned Israel's operations in Gaza" (own check, session 24: PSE)
    return next(iter(locative(index, [tok], sources)), target)


def locative(index: MentionIndex, heads: list[Token], sources: list[Arg]) -> list[Arg]:
    """Where a use of force or a restriction is applied, named in the trigger's own frame
    ("reimposed blockades in the West Bank", "strengthened its forces in Lebanon"): the place's
    country, when it is not the source's own; a lone person's or a gang's attack in a country is
    not against it ("the first American to carry out a suicide bombing in Syria", "hit men to
    kill off associates in the Philippines": blind audit, round 61, both judged wrong), where
    PLOVER's gold has "Palestinian suicide bombers … blew themselves up in Tel Aviv" as ISR's."""
    if any(_person_or_gang(s) for s in sources):
        return []
    toks = [t for h in heads for p in children(h, "prep") if p.lower_ in _IN for t in pobjs(p)]
    found = []
    for arg in args_of(index, with_conjuncts(toks), "locative"):
        country = arg.side.country
        if country and all(country != s.side.country for s in sources):
            side = Side(text=arg.side.text, span=arg.side.span, actor=arg.side.actor,
                        code=country, country=country)  # fmt: skip
            found.append(Arg(side, arg.token, "locative"))
    return found[:1]


def _person_or_gang(arg: Arg) -> bool:
    # "the first American to carry out a bombing": a nationality word standing for one man
    return arg.person or arg.side.sector == "CRM" or arg.token.ent_type_ == "NORP"
