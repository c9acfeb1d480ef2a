"""Arguments of an event noun ("offensive", "talks", "sanctions"), and whether the sentence
reports the event it names.

Source = possessor, national adjective or compound modifier, by-agent, or the subject of the
light verb the noun is the object of ("launched an offensive", "are locked in a battle with");
target = the object of a preposition the sense names, on the noun or its light verb. An event
noun only named ("sabotage peace negotiations between A and B") reports nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.events.arguments import (
    FORCE_ROOTS,
    RELATIVE,
    Args,
    args_of,
    children,
    locative,
    nominal_agents,
    others,
    pobjs,
    prep_objects,
    subject_of,
    with_conjuncts,
)
from dyads.events.lexicon import Lexicon, Sense
from dyads.events.sides import Arg, MentionIndex, owned_by, same_side

__all__ = [
    "frame_only",
    "not_yet",
    "noun_args",
    "reported_nominal",
    "subject_of_what_is_to_come",
]

_REGION_PREPS = ("over", "of", "in", "into")
_MEASURES = {"PERCENT", "MONEY", "QUANTITY", "CARDINAL"}
_REASONS = {"because", "due", "owing", "amid", "despite"}


# particles that take a light verb out of its sense: "hold up … as a model", "held back";
# not "carried out a bombing"
_NOT_LIGHT = frozenset({"up", "back", "down", "off", "aside"})


def _governing_light_verb(lex: Lexicon, noun: Token) -> Token | None:
    """The light verb whose object (or object's event head) the noun is: "launched an
    offensive", "held talks", "imposed sanctions", "sent a mediation mission"."""
    tok = noun
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in lex.event_heads:
        tok = tok.head
    if tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        senses = lex.verbs.get(tok.head.lemma_.lower())
        # "hold up German-Dutch cooperation as a model": a verb with a particle is no light
        # verb (blind audit, round 81: 060 both ways)
        held_up = any(c.dep_ == "prt" and c.lower_ in _NOT_LIGHT for c in tok.head.children)
        if senses and any(s.light for s in senses) and not held_up:
            return tok.head
    prep = tok.head
    if tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX"):
        # "engaged in talks with B", "locked in a battle with B": the light verb's own preposition
        senses = lex.verbs.get(prep.head.lemma_.lower())
        if senses and any(s.light and prep.lower_ in s.preps for s in senses):
            return prep.head
    return None


def reported_nominal(lex: Lexicon, noun: Token) -> bool:
    """An event noun the sentence reports, not one it only names: the object of its light verb
    ("held talks", "launched an offensive"), the clause's subject or root ("Talks between A and
    B collapsed"), or a noun with a date of its own ("the September 19-20 offensive"). In
    "sabotage negotiations between A and B", "pledged neutrality during peace talks between A
    and B", "fatigue in the Syrian and Yemeni wars" the event is background (blind audit, rounds
    2 and 3: all coded as events). A possessor ("Azerbaijan's offensive") is judged apart."""
    if _governing_light_verb(lex, noun) is not None or _received(noun) is not None:
        return True
    if _undergone(noun) is not None:
        return True
    if not_yet(lex, noun):
        return False
    if noun.lemma_.lower() in lex.measures:
        # a text is made only by its light verb ("signed a deal"): "reacted skeptically to the
        # EU-Turkey deal", "divided over the proposed deal", "the deal collapsed" name it
        # (blind audit, round 39: each mention coded as 057, both ways)
        return False
    head = noun.head if noun.dep_ == "conj" else noun
    if head.dep_ in ("ROOT", "nsubj", "nsubjpass"):
        return True
    if any(t.ent_type_ in ("DATE", "TIME") for t in noun.subtree):
        return True
    # an adjunct of the clause's verb ("were killed in clashes between A and B") is reported
    # with it; the object of another verb or a phrase inside another noun is not, nor a reason
    # given for the clause ("important to defend gun rights because of Islamic State-linked
    # attacks in Paris": blind audit, round 40, coded 190)
    prep = head.head
    words = {prep.lower_, prep.head.lower_, *(c.lower_ for c in prep.children)}
    if (prep.lower_ in ("of", "to") and words & _REASONS) or prep.lower_ in _REASONS:
        return False
    if prep.lower_ in _TIME_FRAMES and _unrealised(prep.head):
        return False  # "pledge to be neutral during peace talks between A and B" (round 50)
    # an adjunct of "be" sets a state, it reports no event: "his promise to be 'neutral' in
    # negotiations between Israel and the Palestinians" (own reading, seed 101: 036)
    verb = prep.head
    return (
        head.dep_ == "pobj" and prep.dep_ == "prep" and verb.pos_ in ("VERB", "AUX")
        and not (verb.lemma_ == "be" and prep.lower_ in ("in", "at", "on", "about", "for"))
    )  # fmt: skip


def subject_of_what_is_to_come(lex: Lexicon, noun: Token) -> bool:
    """A possessed event noun is the subject of what will or may follow from it: "Clinton's gun
    control offensive against Sanders will provide the template for the general election" says
    what the offensive will do and reports no act of its own (blind audit, round 77: coded
    111); "talks between A and B will resume" tells the talks' own future and stays."""
    head = noun.head if noun.dep_ == "conj" else noun
    modal = lex.modality.future_aux | lex.modality.hypothetical_aux
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        # "will be merciless in his attacks on Clinton": the manner of what is to come (own
        # reading, seed 76: coded 111 as done)
        anchor = head.head.head
        verb = anchor.head if anchor.dep_ in ("attr", "acomp") else anchor
        copular = verb.lemma_ == "be" and anchor.dep_ in ("attr", "acomp", "ROOT", "conj")
        return copular and any(c.dep_ == "aux" and c.lower_ in modal for c in verb.children)
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(c.dep_ == "aux" and c.lower_ in modal for c in head.head.children)


# prepositions that set the time of their verb by another event: that event is the frame, not
# what is reported ("to be neutral during talks between A and B")
_TIME_FRAMES = frozenset({"during", "throughout", "before", "after", "until", "amid", "since"})


def frame_only(noun: Token) -> bool:
    """Several events named as the time of another: "shunned Jimmy Carter during his recent trips
    to Israel" reports the shunning, not a visit (blind audit, round 107: 042 dated by the
    lead); one event as a frame ("during his visit to Moscow, Putin met …") is still told."""
    head = noun.head if noun.dep_ == "conj" else noun
    return (
        noun.tag_ == "NNS" and head.dep_ == "pobj" and head.head.lower_ in ("during", "throughout")
    )


def _unrealised(verb: Token) -> bool:
    """An infinitive under another word ("pledged to be neutral", "plans to stay"): what it
    frames in time has not happened on its account."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def not_yet(lex: Lexicon, noun: Token) -> bool:
    """The event noun is qualified as still to come: "the ELN's incipient peace talks with the
    government", "the upcoming summit between A and B" report no meeting (blind audit, round
    50: 046 both ways on the publication day). Words: ``modality.unrealised_modifiers``."""
    words = lex.modality.unrealised_modifiers
    if any(c.dep_ == "amod" and c.lemma_.lower() in words for c in noun.children):
        return True
    return _kept_from_happening(lex, noun)


def _kept_from_happening(lex: Lexicon, noun: Token) -> bool:
    """A scheduled event is the object of a verb that keeps it from happening: "to block
    Trump's visit to Israel", "postponed Obama's visit", "the summit was called off" (blind
    audit, round 107: 042 dated by the call). Words: ``modality.scheduled_nouns`` and
    ``modality.preventing_verbs``."""
    if noun.lemma_.lower() not in lex.modality.scheduled_nouns:
        return False
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = noun.head
    if verb.lemma_.lower() in ("call", "put"):
        return any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    return verb.lemma_.lower() in lex.modality.preventing_verbs


def _stray_possessor(noun: Token) -> Token | None:
    """A possessor the parser attached elsewhere: "stop Azerbaijan's September offensive" parsed
    with "Azerbaijan" as a second object; its "'s" sits right before the noun's phrase."""
    left = noun.left_edge.i
    if left == 0:
        return None
    case = noun.doc[left - 1]
    if case.dep_ == "case" and case.lower_ in ("'s", "’s", "'", "’") and case.head.i < left:
        return case.head
    return None


# verbs whose subject gets what the noun gives: "won the endorsement of Jeb Bush", "had the
# backing of Mitt Romney", "touting the endorsement of Rep. Grijalva" (blind audit, round 88:
# listed missed)
# "picked up an endorsement from … Rick Perry" (blind audit, round 108x: listed missed)
_RECEIVING = frozenset({"win", "receive", "get", "have", "earn", "secure", "land", "gain",
                        "tout", "enjoy", "welcome", "accept", "snag", "garner", "pick", "collect",
                        "score", "nab", "grab", "bag", "rack"})  # fmt: skip


def _received(noun: Token) -> Token | None:
    """The verb whose subject receives the support the noun names, when its giver is an "of"
    phrase and no possessor is given ("Christie's endorsement of Trump" is Christie's)."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _RECEIVING:
        return None
    if children(noun, "poss"):
        return None
    if not any(p.lower_ == "of" for p in children(noun, "prep")) and not _from_givers(
        noun, noun.head
    ):
        return None  # "received an endorsement from Trump" gives it as "of" does
    return noun.head


# verbs whose subject undergoes what the noun does, the doer given by "from": "drew criticism
# from Trump", "faced a rebuke from", "came under fire from Garotinho" (blind audit, round 92:
# listed missed)
_UNDERGOING = frozenset({"draw", "face", "receive", "attract", "get", "earn", "meet", "take"})
_HOSTILE = frozenset({"11", "12", "18", "19"})


def _undergone(noun: Token) -> Token | None:
    """The verb whose subject undergoes the hostile act the noun names, given by a "from"
    phrase on the noun or the verb: "drew criticism from X", "came under attack from X"."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _UNDERGOING:
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.pos_ == "VERB":
        verb = noun.head.head  # "came under fire from", "is under attack from"
    else:
        return None
    if children(noun, "poss") or not _from_givers(noun, verb):
        return None
    return verb


def _from_givers(noun: Token, verb: Token) -> list[Token]:
    heads = (noun, verb, noun.head)
    return [t for h in heads for p in children(h, "prep") if p.lower_ == "from" for t in pobjs(p)]


def _givers(index: MentionIndex, noun: Token, sense: Sense) -> Args | None:
    """Support received: the "of" phrase gives it, the receiving verb's subject gets it; a
    hostile act undergone: the "from" phrase does it, the undergoing verb's subject takes it."""
    root = (sense.code or "")[:2]
    verb = _received(noun) if root == "05" else None
    undergone = _undergone(noun) if root in _HOSTILE else None
    verb = verb or undergone
    if verb is None:
        return None
    subj, path, inherited = subject_of(verb)
    if subj is None:
        return None
    if undergone is not None or not any(p.lower_ == "of" for p in children(noun, "prep")):
        givers = _from_givers(noun, verb)
        giver_path = "from-giver" if undergone is not None else "of-giver"
    else:
        givers = [t for p in children(noun, "prep") if p.lower_ == "of" for t in pobjs(p)]
        giver_path = "of-giver"
    sources = args_of(index, with_conjuncts(givers), giver_path)
    targets = others(args_of(index, with_conjuncts([subj]), f"receiver:{path}"), sources)
    return sources, targets, inherited


def _when(modifier: Token) -> bool:
    """A time phrase on the noun: "the RNC's meeting in Boston the summer after the 2012 loss to
    Obama" names no party to the meeting (own reading, seed 94: 040 with Obama)."""
    return modifier.ent_type_ in ("DATE", "TIME")


def noun_args(index: MentionIndex, lex: Lexicon, noun: Token, sense: Sense) -> Args:
    """Sources and targets of an event noun read from its own phrase and its light verb."""
    if (received := _givers(index, noun, sense)) is not None:
        return received
    sources: list[Arg] = []
    modifiers: list[Arg] = []
    for child in noun.children:
        if child.dep_ == "poss":
            sources += args_of(index, [child], "poss")
        elif child.dep_ in ("amod", "compound", "nmod", "npadvmod") and not _when(child):
            # "a US-Armenian exercise": every actor of the modifier's own phrase
            toks = [t for t in child.subtree if index[t.i] is not None] or [child]
            modifiers += others(args_of(index, toks, child.dep_), modifiers)
    if not sources and (owner := _stray_possessor(noun)) is not None:
        sources = args_of(index, [owner], "poss")
    agents = args_of(index, nominal_agents(noun), "agent")
    patient = None
    if agents and sources and not any(p.lower_ == "of" for p in children(noun, "prep")):
        # "his arrest in February 2012 by the DEA": with a by-agent, the possessor is the one
        # acted upon (blind audit, round 11)
        patient, sources = sources, []
    sources += agents
    inherited = False
    light = _governing_light_verb(lex, noun)
    if not sources and light is not None and noun.dep_ != "nsubjpass":
        subj, path, inherited = subject_of(light)
        if subj is None and noun.dep_ == "pobj" and children(light, "nsubjpass"):
            # "the Rastrojos are locked in a battle with the Urabenos": those in the state
            subj, path = children(light, "nsubjpass")[0], "state"
        if subj is not None:
            sources = args_of(index, with_conjuncts([subj]), f"light:{path}")
    joint = [m for m in modifiers if all(not same_side(m.side, s.side) for s in sources)]
    if not sources and modifiers:
        sources, joint = [modifiers[0]], modifiers[1:]
    # the patient of a deverbal noun: "the release of two nationals", "invasion of Kuwait"
    preps = (*(sense.preps or lex.default_preps), "of")
    # "a mediation mission between A and B": the generic head carries the noun's arguments;
    # "duties of 75.8 percent on X": so does the measure the noun is given in
    heads = [noun, noun.head] if noun.dep_ == "compound" else [noun]
    heads += [t for p in children(noun, "prep") if p.lower_ == "of" for t in pobjs(p)
              if t.ent_type_ in _MEASURES or children(t, "nummod")]  # fmt: skip
    if sense.objects:  # "a suspension of talks with Greece": the halted thing's partner
        heads += [t for p in children(noun, "prep") if p.lower_ in ("of", "in") for t in pobjs(p)]
    objects = [o for h in heads for o in prep_objects(h, preps)]
    if not objects and light is not None:
        objects = prep_objects(light, preps)
    src_sides = [s.side for s in sources]
    if patient is not None:
        return (
            sources,
            [Arg(a.side, a.token, "poss-patient") for a in others(patient, sources)],
            False,
        )
    targets = others(
        [a for w, t in objects if not owned_by(index, t, src_sides)
         for a in args_of(index, [t], f"prep:{w}")],
        sources,
    )  # fmt: skip
    between = [t for h in heads for p in children(h, "prep") if p.lower_ == "between"
               for t in pobjs(p)]  # fmt: skip
    if between and not targets:
        pair = args_of(index, with_conjuncts(between), "between")
        # a party is named by its own words, not by a noun it owns: "the battle between the
        # Sinaloa Cartel and the BLO and the weakening of Familia Michoacana" (round 12)
        pair = [a for a in pair if a.side.span[0] <= a.token.idx < a.side.span[1]]
        if sources and others(pair, sources):
            targets = others(pair, sources)  # "host a meeting between A and B"
        elif len(pair) >= 2:  # "talks between A and B": the two are each other's partner
            sources = [pair[0]]
            targets = [Arg(a.side, a.token, "between-pair") for a in pair[1:]]
    if sources and not targets and light is not None and noun.dep_ == "dobj":
        # "gave Clinton a ringing endorsement", "paid Putin a visit": the light verb's dative
        # (blind audit, round 27: the endorsement had no target)
        targets = others(
            args_of(index, with_conjuncts(children(light, "dative")), "light:dative"), sources
        )
    if sources and not targets and sense.joint:
        targets = others(joint, sources)
    if sources and not targets and sense.code and sense.code[:2] in FORCE_ROOTS:
        for clause in children(noun, "relcl"):
            if children(clause, "nsubj") and children(clause, "nsubj")[0].lower_ in RELATIVE:
                # "an offensive that restored control over X", "… that killed X"
                heads = [clause, *children(clause, "dobj")]
                toks = [t for h in heads for _, t in prep_objects(h, _REGION_PREPS)]
                toks += children(clause, "dobj")
                targets = others(
                    [a for t in toks for a in args_of(index, [t], "relcl-object")], sources
                )
    if sources and not targets and sense.code and sense.code[:2] in FORCE_ROOTS | {"16"}:
        targets = locative(index, [noun] if light is None else [noun, light], sources)
    if (sense.code or "").startswith("063") and any(t.path == "prep:to" for t in targets):
        # "the extradition of Martinelli to Panama": Panama is the party cooperated with (events
        # evaluation, CAMEO spans tune half: the extradited man was the target)
        targets = [t for t in targets if t.path != "prep:of"]
    return sources, targets, inherited


_COOPERATIVE = frozenset({"03", "04", "05", "06", "07", "08"})


def joint_aim(lex: Lexicon, verb: Token) -> bool:
    """The verb's infinitive aims at a joint thing its subjects share: "Japan and South Korea
    pledged to deepen their security cooperation" is a pledge each makes to the other (a new
    user's trial of the samples: no event, the pledge had no target)."""
    for comp in verb.children:
        if comp.dep_ != "xcomp":
            continue
        for obj in comp.children:
            if obj.dep_ != "dobj":
                continue
            senses = lex.nouns.get(obj.lemma_.lower(), ())
            shared = any(
                (c.dep_ == "poss" and c.lower_ in ("their", "its")) or c.lower_ == "bilateral"
                for c in obj.children
            )
            cooperative = any(s.joint and (s.code or "")[:2] in _COOPERATIVE for s in senses)
            if shared and cooperative:  # "vowed to continue their war" pledges no cooperation
                return True
    return False
