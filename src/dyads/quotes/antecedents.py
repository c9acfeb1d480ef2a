"""Who a speaker pronoun stands for: the actors stage's coreference, checked against what was
said ("“… Bin Laden …,” she said" is not Bin Laden speaking), else the nearest fitting name
before it outside what was said (each rule from the blind-audit round it names)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from dyads.quotes.context import Context, Span, mention_at
from dyads.quotes.pronoun_fit import name_gender, subject_instead, told_against
from dyads.records import Mention

__all__ = [
    "LOOKBACK_SENTENCES",
    "PRONOUNS",
    "antecedent",
    "named_in_tag",
    "tagged_person",
    "titled_within",
]

# Speaker pronouns -> (class, gender), and the mention kinds each class may stand for.
PRONOUNS: dict[str, tuple[str, str | None]] = {
    **dict.fromkeys(("he", "him", "his"), ("person", "m")),
    **dict.fromkeys(("she", "her", "hers"), ("person", "f")),
    **dict.fromkeys(("they", "them", "their"), ("plural", None)),
    **dict.fromkeys(("it", "its"), ("thing", None)),
}
_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
_NOT_NAMES = frozenset(PRONOUNS) | _REFLEXIVES
_PRONOUN_CLASSES = {
    "person": frozenset({"person"}),
    "plural": frozenset({"group", "person", "organisation", "country"}),
    "thing": frozenset({"organisation", "country", "media"}),
}
LOOKBACK_SENTENCES = 3  # sentences back a speaker pronoun looks for its name


def _reports_itself(ctx: Context, pronoun: Token, m: Mention) -> bool:
    """The mention is the subject of the clause the pronoun's verb reports, outside quotation
    marks: a speaker telling of themself (round 69's diff set: went to Hillary Clinton)."""
    name = ctx.doc.char_span(*m.span, alignment_mode="expand")
    if name is None or ctx.in_quotes(m.span[0]):
        return False
    clause = name.root.head
    return (
        name.root.dep_ == "nsubj"
        and clause.dep_ in ("ccomp", "parataxis")
        and clause.head == pronoun.head
        and pronoun.dep_ == "nsubj"
    )


# "Verdad Abierta contacted the chief of police …, Col. Carlos Castellanos. Initially, he said
# …": the one the writer reached answers (blind audit, round 110: given to the outlet)
_ASKING = frozenset({"ask", "question", "press", "quiz", "interview", "contact", "reach",
                     "approach", "phone", "telephone"})  # fmt: skip


def _the_asked(
    ctx: Context, content: Span, mention: Mention, mentions: Sequence[Mention]
) -> Mention | None:
    """ "Scott Conroy asked Sanders whether … . “Sure it is …,” he said": a quotation standing
    after a sentence that puts a question to someone is that one's answer, not the asker's
    (blind audit, round 71: Sanders's answer went to the reporter)."""
    opening = ctx.doc.char_span(content[0], content[0] + 1, alignment_mode="expand")
    if opening is None or opening.sent.start == 0:
        return None  # the sentence before the quotation's own first one asks
    sent = opening.sent
    verb = ctx.doc[sent.start - 1].sent.root
    if verb.lemma_.lower() not in _ASKING or ctx.quoted[verb.i]:
        return None
    asker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    asked = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if asker is None or asked is None:
        return None
    at_asker = mention_at(mentions, (asker.idx, asker.idx + len(asker)))
    at_asked = mention_at(mentions, (asked.idx, asked.idx + len(asked)))
    if at_asker is None or at_asked is None or at_asker.actor != mention.actor:
        return None
    return at_asked if at_asked.kind == "person" and at_asked.actor else None


_NAME_ENTS = {
    "person": frozenset({"PERSON"}),
    "plural": frozenset({"PERSON", "ORG", "NORP", "GPE"}),
}


def _proper_name(ctx: Context, m: Mention, kind: str) -> bool:
    """The mention is a name the recogniser tagged as the pronoun's kind ("Glenn Beck" for
    "he", "the SITE Intelligence Group" for "it"), not a description ("the judge")."""
    words = ctx.doc.char_span(*m.span, alignment_mode="expand")
    ents = _NAME_ENTS.get(kind, frozenset({"ORG", "NORP", "GPE"}))
    return words is not None and any(t.ent_type_ in ents for t in words)


def _among(actor: str | None, names: set[str]) -> bool:
    """``actor`` is one of ``names``, in full or by the tail of a name ("Caro Quintero" of
    "Rafael Caro Quintero")."""
    if not actor:
        return False
    return any(actor == n or actor.endswith(" " + n) or n.endswith(" " + actor) for n in names if n)


def _named_after(
    ctx: Context, pronoun: Token, mentions: Sequence[Mention], content: Span
) -> set[str]:
    """The actors named in the reported clause that follows the pronoun, outside quotation
    marks: "in which he stated Don Mario was his boss" can never be Don Mario speaking, however
    often the text named him before (blind audit, round 85); nor can "It said supporters of the
    radical Islamist organization were …" be the organisation, for the clause's quoted words
    too. A name in a clause fronted before "he said" may still be the speaker ("Chris Shays
    was pro John Kasich …, he said")."""
    spans = [content] if content[0] > pronoun.idx else []
    if pronoun.dep_ == "nsubj":
        for clause in pronoun.head.children:
            if clause.dep_ == "ccomp" and clause.i > pronoun.i:
                end = clause.right_edge
                spans.append((clause.left_edge.idx, end.idx + len(end)))
    return {
        m.actor or ""
        for m in mentions
        if any(s <= m.span[0] < e for s, e in spans)
        and not ctx.in_quotes(m.span[0])
        and m.text.lower() not in _NOT_NAMES
    }


def titled_within(ctx: Context, mentions: Sequence[Mention], content: Span) -> set[str]:
    """The people a quotation names with a title ("Senator Sanders's message … he proved that we
    could"): whom the speaker speaks of, not the speaker (blind audit, round 107: the campaign
    manager's words went to Sanders)."""
    doc = ctx.doc
    found = set()
    for m in mentions:
        if not (content[0] <= m.span[0] < content[1]) or m.kind != "person":
            continue
        name = doc.char_span(*m.span, alignment_mode="expand")
        if name is None:
            continue
        words = [name[0], doc[name.start - 1]] if name.start > 0 else [name[0]]
        if any(w.lower_.rstrip(".") in ctx.lex.third_person_titles for w in words):
            found.add(m.actor or "")
    return found


_COMPARING = frozenset({"like", "unlike"})
# "It doesn't sound like Rubio knows …": "like" after a verb of seeming opens a clause whose
# subject the parser took for its object (PolNeAR train, tune half: Rubio's next "he said" went
# to no one)
_SEEMING = frozenset({"sound", "look", "seem", "feel", "appear"})


def _compared(ctx: Context, m: Mention) -> bool:
    """The mention is the object of a comparison ("Like Allen, …", "unlike Clinton"): a
    standard the sentence measures its subject by, not its subject."""
    name = ctx.doc.char_span(*m.span, alignment_mode="expand")
    if name is None:
        return False
    prep = name.root.head
    if prep.lower_ == "like" and prep.head.lemma_.lower() in _SEEMING:
        return False
    return name.root.dep_ == "pobj" and prep.lower_ in _COMPARING and prep.dep_ == "prep"


def antecedent(
    ctx: Context,
    pronoun: Token,
    mention: Mention,
    mentions: Sequence[Mention],
    kind: tuple[str, str | None],
    content: Span,
) -> Mention | None:
    def said(m: Mention) -> bool:  # a name in what was said, never who said it
        if _reports_itself(ctx, pronoun, m):
            return False  # "Chris Shays was pro John Kasich …, he said": Shays speaks
        if ctx.in_quotes(m.span[0]) or content[0] <= m.span[0] < content[1]:
            return True
        return any(s <= m.span[0] < e for s, e in ctx.contents)  # "he said Ryan. “…,” he said"

    kinds, gender = _PRONOUN_CLASSES[kind[0]], kind[1]
    with_actor = [m for m in mentions if m.actor is not None]
    titled = titled_within(ctx, with_actor, content)
    barred = _named_after(ctx, pronoun, with_actor, content) | titled
    # "he" and "she" elsewhere in the article tell each person's gender, by majority
    votes: dict[str, int] = {}
    for m in with_actor:
        said_gender = PRONOUNS.get(m.text.lower(), ("", None))[1]
        if gender is not None and said_gender is not None and m.span != mention.span:
            votes[m.actor or ""] = votes.get(m.actor or "", 0) + (
                1 if said_gender == gender else -1
            )
    other_gender = {actor for actor, vote in votes.items() if vote < 0}
    against = told_against(ctx, with_actor) if gender is not None else set()
    for actor in {m.actor or "" for m in with_actor} if gender is not None else ():
        told = name_gender(actor)  # a given name beats the pronouns linked to it (round 95)
        if told is not None and actor not in against:
            (other_gender.discard if told == gender else other_gender.add)(actor)
    before = [m for m in with_actor if m.span[1] <= pronoun.idx]
    named = [m for m in before if m.text.lower() not in _NOT_NAMES]
    same = [m for m in named if m.actor == mention.actor]
    start = pronoun.sent.start
    for _ in range(LOOKBACK_SENTENCES):
        if start > 0:
            start = ctx.doc[start - 1].sent.start
    floor = ctx.doc[start].idx
    # "Dunwoody, who worked for Barack Obama, said … . He noted that Sanders himself …": a
    # reflexive is no naming (blind audit, round 69: the next "he said" went to Obama)
    outside = not same or not said(same[-1])
    # "he" for the Knights Templar, an organisation (blind audit, round 13): a pronoun stands
    # for a mention of its class only
    fits = not same or same[-1].kind in kinds
    found = None
    # the coreference named whom the clause speaks of: the name before, if a name (round 85)
    wrong = _among(mention.actor, barred)
    # an antecedent the text names only in its headline ("Cartel Case.") is the actors stage's
    # misreading of the headline, no one (round 85)
    headline = bool(same) and all(m.span[0] < ctx.lo for m in same)
    # "Like Allen, their days begin at 4:30 a.m. … “…,” he told me": the one compared with is
    # not whom the paragraph speaks of (blind audit, round 88: the reporter Sherman's words
    # went to Mike Allen)
    compared = bool(same) and _compared(ctx, same[-1])
    if outside and mention.actor not in other_gender and fits and not headline and not wrong:
        found = None if compared else mention  # the antecedent is outside what was said
    for m in reversed(named if found is None else []):
        if m.span[0] < floor:
            break
        if said(m) or m.kind not in kinds or m.actor in other_gender or _among(m.actor, barred):
            continue
        if _compared(ctx, m):
            continue
        if headline and m.actor == mention.actor:
            continue
        if wrong and not _proper_name(ctx, m, kind[0]):
            continue  # not "the judge" the sentence cited (round 85): a name or no one
        found = m
        break
    chosen = found
    if found is not None and kind[0] in ("person", "plural"):

        def fitting(m: Mention) -> bool:
            return not (said(m) or m.kind not in kinds or m.actor in other_gender) and not (
                _among(m.actor, barred) or _compared(ctx, m)
            )

        # "The Mara asked everyone … . They also said …" after "the first meeting of the two
        # gangs": a plural too follows the subject, not an object (blind audit, round 95)
        instead = subject_instead(ctx, pronoun, found, named, with_actor, floor, fitting)
        if instead is False:
            return None  # the text follows someone the coreference left unnamed (round 95)
        found = instead or found
    if found is not None and kind[0] == "person":
        found = _untyped_subject(ctx, pronoun, same, with_actor, other_gender) or found
        found = _named_subject_before(ctx, pronoun, found, with_actor, gender) or found
        found = _fronted_subject(ctx, pronoun, with_actor, other_gender) or found
    if found is not None and _among(found.actor, titled):
        found = chosen  # the later choices may not undo it: the speaker names them (round 107)
    answer = _the_asked(ctx, content, found, mentions) if found is not None else None
    return answer if answer is not None and answer.actor not in other_gender else found


def _untyped_subject(
    ctx: Context,
    pronoun: Token,
    same: Sequence[Mention],
    mentions: Sequence[Mention],
    other_gender: set[str],
) -> Mention | None:
    """ "Shonda Rhimes and Rihanna … . In her speech, Rhimes declared … . Meanwhile Rihanna, who
    was honored …, spoke about … . “…,” she said": the subject of the sentence before the
    pronoun's, a name the recogniser tags as a person that the actors stage took for something
    else (a country), named after the coreference's own antecedent, is whom "she" stands for
    (blind audit, round 90: the coreference could not choose it and gave Rhimes)."""
    sent = pronoun.sent
    if sent.start == 0:
        return None
    before = ctx.doc[sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ != "PERSON" or ctx.quoted[subject.i]:
        return None
    found = mention_at(mentions, (subject.idx, subject.idx + len(subject)))
    if found is None or found.kind == "person" or found.actor in other_gender:
        return None
    if same and found.span[0] < same[-1].span[1]:
        return None
    return found


def tagged_person(ctx: Context, mention: Mention) -> bool:
    """The recogniser tags the mention's words as a person's name, whatever kind the actors
    stage gave it ("Rihanna" taken for a country: blind audit, round 90)."""
    words = ctx.doc.char_span(*mention.span, alignment_mode="expand")
    return words is not None and any(t.ent_type_ == "PERSON" for t in words)


def _named_subject_before(
    ctx: Context, pronoun: Token, chosen: Mention, mentions: Sequence[Mention], gender: str | None
) -> Mention | None:
    """ "One superdelegate, Alabama Democratic Party chairwoman Nancy Worley, pledged her vote to
    Clinton … . “…,” she said": the person named as the subject of the sentence just before,
    whose given name says the pronoun's gender, is whom "she" stands for, over a name the
    article repeats (blind audit, round 98: the words went to Hillary Clinton)."""
    sent = pronoun.sent
    if sent.start == 0 or gender is None:
        return None
    before = ctx.doc[sent.start - 1].sent
    if before.root.lemma_.lower() in _ASKING:
        return None  # "John Smith asked Marco Rubio whether …": the one asked answers
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subject is None or ctx.quoted[subject.i]:
        return None
    for word in (subject, *(c for c in subject.children if c.dep_ == "appos")):
        found = mention_at(mentions, (word.idx, word.idx + len(word)))
        if found is None or found.kind != "person" or not found.actor:
            continue
        if word.pos_ != "PROPN":
            return None  # "Like Brokaw, he never misses …": a pronoun, the chain goes on
        if found.actor == chosen.actor or name_gender(found.actor) != gender:
            return None
        return found
    return None


def named_in_tag(ctx: Context, mention: Mention, speaker: Span) -> bool:
    """``mention`` stands in the sentence of the ``speaker`` phrase, after it and not as a
    subject: what the speaker spoke of ("Maddow said of a list that included … Sen. Amy
    Klobuchar …"), no one who could take the next "she" (blind audit, round 98)."""
    words = ctx.doc.char_span(*mention.span, alignment_mode="expand")
    who = ctx.doc.char_span(*speaker, alignment_mode="expand")
    if words is None or who is None or words.sent.start != who.sent.start:
        return False
    if words.root.head == who.root.head:
        return False  # "Earhardt then asked Rubio …": the one asked answers next
    return mention.span[0] >= speaker[1] and not words.root.dep_.startswith("nsubj")


_FRONTING = frozenset({"when", "after", "as", "before", "while", "once", "since", "upon"})


def _fronted_subject(
    ctx: Context, pronoun: Token, mentions: Sequence[Mention], other_gender: set[str]
) -> Mention | None:
    """ "When President Nicolas Maduro returned from the General Assembly he said …": the named
    person who is the subject of a time clause fronted on the pronoun's own verb is whom the
    pronoun stands for, whoever spoke in the sentence before (blind audit, round 104: Maduro's
    words went to the deputy quoted just before)."""
    if pronoun.dep_ != "nsubj":
        return None
    for clause in pronoun.head.children:
        if clause.dep_ != "advcl" or clause.i > pronoun.i or ctx.quoted[clause.i]:
            continue
        if not any(c.dep_ in ("advmod", "mark") and c.lower_ in _FRONTING for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "PROPN":
            continue
        found = mention_at(mentions, (subject.idx, subject.idx + len(subject)))
        if found is not None and found.kind == "person" and found.actor not in other_gender:
            return found
    return None
