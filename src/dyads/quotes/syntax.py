"""Dependency-tree helpers for attribution: speaker phrases and subjects of cues (authors of
statement nouns: :mod:`dyads.quotes.authors`; audiences: :mod:`dyads.quotes.audience`)."""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Token

from dyads.quotes.authors import (
    ANSWERING,
    RELATIVE,
    author_of,
    judged_for,
    name_before_who,
    personal,
    statement_author,
    who_stands_for,
)
from dyads.quotes.hung_tags import tag_hung_on_subject
from dyads.quotes.members import members_end
from dyads.quotes.moments import after_when
from dyads.quotes.names import modifier_end, name_end

Span = tuple[int, int]

# Left dependents that belong to a speaker's name phrase ("a senior NATO official").
_NP_LEFT = frozenset(
    {"det", "amod", "compound", "poss", "nummod", "nmod", "predet", "quantmod", "case", "nn"}
)
_NP_RIGHT = frozenset({"compound", "flat", "nummod", "case"})
_SUBJECT_HOPS = 4
_ELLIPTIC_MARKS = frozenset({"when", "if", "after", "once", "while", "before"})
_INVERTED_WINDOW = 4
_NAME_AFTER_TOKENS = 8
_NAME_WORDS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "VERB", "NUM"})
_INVERTED_DEPS = frozenset({"attr", "npadvmod", "dep", "appos", "oprd", "nsubjpass", "dobj"})


_PREDETERMINERS = frozenset({"both", "either", "neither"})  # "both X and Y said"
# heads whose "of" phrase says who they are: a share of a group speaks as that group
# and the parts of a paper that speak for it: "the front page of The Boston Herald" (round 56);
# "One of Carson's advisers said" speaks as one of the group (blind audit, round 58: the
# quotation was dropped with "One" as an unresolved pointer)
PORTIONS = frozenset({"handful", "number", "group", "majority", "minority", "dozen", "dozens",
                      "couple", "pair", "trio", "score", "scores", "hundreds",
                      "thousands", "page", "headline", "cover", "editorial", "one", "some",
                      "many", "several", "two", "three", "four", "five", "few", "most",
                      "each"})  # fmt: skip


def portion_of(head: Token) -> Token | None:
    """The group a portion names: "a handful of Democrats" -> "Democrats"."""
    if head.lemma_.lower() not in PORTIONS:
        return None
    of = next((c for c in head.rights if c.lower_ == "of"), None)
    return next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None


# places and bodies named by an "of" phrase: "the city of Nice", "the state of Texas"
_NAMED_OF = frozenset({"city", "town", "state", "province", "region", "municipality", "county",
                       "government", "people", "kingdom", "republic"})  # fmt: skip


def _named_of(head: Token, of: Token) -> bool:
    named = all(t.pos_ == "PROPN" for t in of.subtree if t.i > of.i)
    return head.lemma_.lower() in _NAMED_OF and named


def phrase_span(head: Token) -> Span:
    """Character span of the name phrase headed by ``head``, without appositions or clauses."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in _NP_LEFT:
            start = min(start, child.left_edge.i)
    end = head.i
    for child in head.rights:
        if child.dep_ in _NP_RIGHT and child.i == end + 1:
            end = child.right_edge.i
        elif child.lower_ == "of" and child.i == end + 1 and head.lemma_.lower() in PORTIONS:
            end = child.right_edge.i  # "a handful of Democrats" (blind audit, round 18)
        elif child.lower_ == "of" and child.i == end + 1 and _named_of(head, child):
            end = child.right_edge.i  # "the city of Nice" (blind audit, round 76)
    end = name_end(head, end)  # "Yesid Reyes Alvarado", "Office On Drugs and Crime" (round 84)
    end = modifier_end(head, end)  # "sources in the security forces" (round 84)
    end = members_end(head, end)  # "Representatives of the indigenous groups" (round 111)
    doc = head.doc
    while start < head.i and (
        doc[start].is_punct or doc[start].is_space or doc[start].lower_ in _PREDETERMINERS
    ):
        start += 1
    while end > head.i and (doc[end].is_punct or doc[end].is_space or doc[end].dep_ == "case"):
        end -= 1
    return doc[start].idx, doc[end].idx + len(doc[end])


def has_mark(clause: Token, words: Collection[str]) -> bool:
    """``clause`` is opened by one of ``words`` as its marker ("if", "that", "because" …)."""
    return any(c.dep_ == "mark" and c.lower_ in words for c in clause.children)


def place_clause(verb: Token) -> bool:
    """A "where" / "when" clause about a place or time: its subject is not who speaks."""
    return any(c.dep_ == "advmod" and c.lower_ in ("where", "when") and c.i < verb.i
               for c in verb.children)  # fmt: skip


def _not_of_relative(cue: Token) -> bool:
    """A subjectless verb joined to a perfect relative clause it cannot continue: in "Rios and
    Shirk identify factors that have increased violence but acknowledge that …" the parser
    joined "acknowledge" to "have increased"; it is the main clause's second verb (blind audit,
    round 50: the speaker was "factors")."""
    head = cue.head
    if _has_subject(cue) or cue.tag_ not in ("VB", "VBP", "VBZ", "VBD") or head.tag_ != "VBN":
        return False
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children)


# verbs by which a medium relays another's words: "Reuters quoted an official as saying …"
_RELAYS = frozenset({"quote", "cite"})


def quoted_as(cue: Token) -> Token | None:
    """The one a medium quoted: "The New York Times quoted one of Carson's advisers as saying
    …" is the adviser's (blind audit, round 58: given to the paper)."""
    prep = cue.head
    if cue.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.lemma_.lower() not in _RELAYS:
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i), None)


def subject(
    cue: Token,
    quoted: bytearray | None = None,
    bounds: Span | None = None,
    statement_nouns: frozenset[str] = frozenset(),
    judging: frozenset[str] = frozenset(),
) -> Token | None:
    """The head of the phrase that utters ``cue``: its subject, or that of the clause above.

    Tokens flagged in ``quoted`` (inside quotation marks) or outside the character ``bounds``
    (the cue's paragraph) are never the speaker. A cue in a relative clause on one of
    ``statement_nouns`` ("a letter that says") goes to whoever issued the statement; a cue
    after "for"/"of" under one of the ``judging`` verbs to its object ("slammed Obama for
    suggesting").
    """

    def free(tok: Token) -> bool:
        if quoted is not None and quoted[tok.i]:
            return False
        return bounds is None or bounds[0] <= tok.idx < bounds[1]

    if cue.dep_ == "compound" and cue.head.pos_ == "PROPN" and free(cue.head):
        return cue.head  # "Said Ellis: …"
    if asked_of(cue):
        return None
    relayed = quoted_as(cue)
    if relayed is not None and free(relayed):
        return relayed
    verb = cue
    named = any(c.dep_ == "oprd" for c in cue.head.children)  # "called X “careless,” but said"
    second = not (_has_subject(cue) or named or after_when(cue.head.head, cue.head))
    # (not under a tag after it: 'Canova “bristled” and said, “No comment,” the Herald
    # reported' is Canova's; blind audit, round 101)
    if cue.dep_ == "conj" and cue.head.dep_ == "ccomp" and second and cue.head.head.i < cue.i:
        # "said it was opposed to the test and warned North Korea": the parser joined "warned"
        # to the reported clause; it is the speaker's second act
        verb = cue.head.head
    elif cue.dep_ == "conj" and cue.head.dep_ == "relcl" and _not_of_relative(cue):
        verb = cue.head
        while verb.dep_ == "relcl" or verb.pos_ not in ("VERB", "AUX"):
            if verb.head.i == verb.i:
                break
            verb = verb.head
    for _ in range(_SUBJECT_HOPS):
        if verb is not cue and place_clause(verb):
            verb = verb.head  # "- where the Panthers played the Vikings - while chanting, …"
            continue
        # two subjects are a misparse ("BUENA PARK, Calif. - …, Hillary Clinton tried"): the
        # one nearest before the verb first (blind audit, round 14)
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        nearest = subjects[-1:] if len(subjects) > 1 else []
        if nearest and _listed_place(subjects[0], nearest[0]):
            nearest = subjects[:1]
        if nearest and nearest[0].pos_ == "NUM" and subjects[-2].i == nearest[0].i - 1:
            nearest = subjects[-2:-1]  # "Isaiah 45:1 reads": the book, not its verse (r92)
        for child in nearest + [c for c in verb.children if c not in nearest]:
            # "After saying …, she was taken to hospital": a passive subject above the cue.
            subj = child.dep_ == "nsubj" or (child.dep_ == "nsubjpass" and verb != cue)
            if subj and free(child) and not _not_a_speaker(child):
                if child.lower_ in RELATIVE and verb.dep_ == "relcl":
                    named = name_before_who(child) if verb.head.pos_ == "NOUN" else None
                    named = named or who_stands_for(child, verb.head)
                    if named is not None and free(named):
                        return named
                    return statement_author(verb.head, free, statement_nouns) or verb.head
                return _after_dash_aside(child)
            if child.dep_ == "agent" and not (verb != cue and _passive_subject(verb)):
                for grand in child.children:
                    if grand.dep_ == "pobj" and free(grand):
                        return grand
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON") and free(verb.head):
            return statement_author(verb.head, free, statement_nouns) or verb.head
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in statement_nouns:
            # "discrediting a report from Bloomberg saying …": the report's maker, never the
            # one who answers it (blind audit, round 44)
            maker = author_of(verb.head, statement_nouns)
            return maker if maker is not None and free(maker) else verb.head
        if verb.dep_ == "acl" and free(verb.head):
            if personal(verb.head):
                return verb.head  # "footage of Clinton asking, “…”"
            if verb.head.i == verb.i - 1 and verb.head.pos_ == "NOUN" and verb.tag_ == "VBD":
                return verb.head  # "a man yelled “…”" parsed as a noun's clause
        judged = judged_for(verb, judging)
        if judged is not None and free(judged):
            return judged  # "slammed Obama for suggesting that …": Obama suggested it
        if verb.dep_ == "xcomp" and verb.head != verb:
            # "led her to declare", "prompted Rubio to … call": the object controls the infinitive
            obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
            if obj is not None and free(obj) and obj.pos_ in ("PROPN", "PRON", "NOUN"):
                return obj
        doer = _with_doer(verb)
        if doer is not None and free(doer):
            return doer  # "The conversation ended with Maddow asking …": Maddow (round 99)
        if verb.dep_ in ("xcomp", "advcl", "conj", "pcomp", "prep", "acl") and verb.head != verb:
            verb = verb.head
            continue
        break
    return _inverted_subject(cue, free, _after_quote(cue, quoted)) or _relative_left(cue, free)


_DASHES = frozenset({"-", "–", "—", "--"})


def _with_doer(verb: Token) -> Token | None:
    """The object of "with" right before a participle the parser hung on the main verb: the
    one who does it ("ended with Maddow asking Clinton whether …")."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i < 2:
        return None
    before = verb.doc[verb.i - 1]
    prep = before.head
    if before.dep_ != "pobj" or prep.lower_ != "with" or prep.head != verb.head:
        return None
    return before if before.pos_ in ("PROPN", "NOUN", "PRON") else None


def _after_dash_aside(subj: Token) -> Token:
    """A subject that closes an aside between dashes, its "appositive" after the second dash:
    "In the letter - addressed to … Channing D. Phillips - the Utah Republican asks" is the
    Republican's (PolNeAR train, tune half: the parser took the aside's last name)."""
    appos = next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i), None)
    if appos is None:
        return subj
    between = subj.doc[subj.i + 1 : appos.left_edge.i]
    before = subj.doc[subj.sent.start : subj.left_edge.i]
    if any(t.text in _DASHES for t in between) and sum(t.text in _DASHES for t in before) % 2:
        return appos
    return subj


def _passive_subject(verb: Token) -> bool:
    """The verb above a participle is passive with a subject ("Silverman was booed … by Sanders
    supporters after telling holdouts …"): the participle's unspoken subject is that subject,
    not the agent (PolNeAR train, tune half)."""
    heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    if heads[-1].dep_ == "acomp":  # "Cruz was jeered and heckled by delegates": misparsed
        heads.append(heads[-1].head)
    return any(c.dep_ in ("nsubjpass", "nsubj") for h in heads for c in h.children)


def _relative_left(cue: Token, free: Callable[[Token], bool]) -> Token | None:
    """'Sanders, meanwhile, who sits at zero endorsements, said …' parsed with the relative
    clause as the cue's content: the name the "who" stands for."""
    for comp in cue.children:
        if comp.dep_ != "ccomp" or comp.i > cue.i:
            continue
        subjects = [c for c in comp.children if c.dep_ == "nsubj"]
        who = next((c for c in subjects if c.lower_ == "who"), None)
        named = [c for c in subjects if who is not None and c.i < who.i and free(c)]
        if named and named[0].pos_ in ("PROPN", "NOUN"):
            return named[0]
    return None


def _not_a_speaker(tok: Token) -> bool:
    """A date ("Saturday at the convention, Warren said"), a dateline ("WASHINGTON (AP) —") or
    a possessive ("… so soon after Jimenez's suggests that", blind audit, round 44) the parser
    took for the subject."""
    if tok.ent_type_ in ("DATE", "TIME"):
        return True
    if any(c.dep_ == "case" and c.tag_ == "POS" for c in tok.children) and tok.head.tag_ != "VBG":
        return True  # but a gerund's possessor does it: "Trump's calling Clinton a bigot" (r58)
    if tok.tag_ == "NNS" and tok.lemma_.lower() in ANSWERING and tok.lower_.endswith("s"):
        return True  # "a report further undermines claims that …" read "undermines claims"
    if not (tok.is_upper and len(tok) > 2 and tok.i - tok.sent.start < 3):
        return False
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.text in ("(", "—", "–", "-")


def _after_quote(cue: Token, quoted: bytearray | None) -> bool:
    """``cue`` comes right after a closing quotation mark ('“…,” sighed a diplomat')."""
    if quoted is None:
        return False
    i = cue.i - 1
    while i >= 0 and cue.doc[i].is_punct and not quoted[i]:
        i -= 1
    return i >= 0 and bool(quoted[i]) and cue.i - i <= 2


def asked_of(cue: Token) -> bool:
    """A speech verb in the passive without its agent: "Asked whether …, Sanders said", "when
    asked about it", "the minister, asked about the deal", "it was reported that": the subject
    near it is the one spoken to or about; who spoke is not said."""
    if any(c.dep_ == "agent" for c in cue.children):
        return False
    if any(c.dep_ == "auxpass" for c in cue.children):
        return True  # "jobs that are considered “governmental”", "he was asked whether"
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return False
    if tag_hung_on_subject(cue):
        return False  # "“…?” the nominee, Donald Trump, tweeted": the verb hung on its subject
    if cue.tag_ == "VBN" and cue.dep_ in ("advcl", "acl", "conj"):
        return True
    if cue.dep_ == "acl" and cue.i > 0 and cue.doc[cue.i - 1].text == ",":
        return True  # "The minister, asked about the deal, …" (tagged as a past tense)
    elliptic = any(
        c.lower_ in _ELLIPTIC_MARKS for c in cue.children if c.dep_ in ("advmod", "mark")
    )
    return cue.tag_ in ("VBN", "VBD") and elliptic


_TELLING = frozenset({"tell", "inform", "assure", "remind", "notify"})


def _inverted_subject(
    cue: Token, free: Callable[[Token], bool], after_quote: bool = False
) -> Token | None:
    """A name phrase right after the cue that the parser did not label as subject ("said
    Smith"); right after a quotation, any noun phrase ('“…,” sighed a senior diplomat'). After
    "tells" the name is the one told ('“…,” X tells Breitbart News'; PolNeAR train, tune half)."""
    if cue.lemma_.lower() in _TELLING:
        return None
    # "asked Obama what he thought": an object with the question after it is the one asked
    # (blind audit, round 110: the asker's question given to Obama)
    put = [c.i for c in cue.children if c.dep_ in ("ccomp", "xcomp") and c.i > cue.i]
    for child in cue.rights:
        if child.dep_ == "dobj" and put and child.i < put[0]:
            continue
        if child.i > cue.i + _INVERTED_WINDOW:
            break
        named = child.pos_ in ("PROPN", "PRON") or child.ent_type_ in ("PERSON", "ORG")
        named = named or (after_quote and child.pos_ == "NOUN")
        if (
            child.dep_ in _INVERTED_DEPS
            and named
            and child.ent_type_ not in ("DATE", "TIME")
            and free(child)
        ):
            return child
    return _name_after(cue, free) if after_quote else None


def _name_after(cue: Token, free: Callable[[Token], bool]) -> Token | None:
    """'“…,” said retired neurosurgeon Ben Carson, asked about …' when the parse gave the name
    to another verb: the noun phrase right after the cue, by position alone."""
    doc, head = cue.doc, None
    for tok in doc[cue.i + 1 : min(len(doc), cue.i + 1 + _NAME_AFTER_TOKENS)]:
        if not free(tok) or tok.pos_ not in _NAME_WORDS:
            break
        if tok.pos_ in ("PROPN", "NOUN"):
            head = tok
    return head if head is not None and head.ent_type_ not in ("DATE", "TIME") else None


def _listed_place(first: Token, later: Token) -> bool:
    """ "Most Republican voters in Alabama, Georgia and Virginia said": the parser made the
    rest of the first subject's list of places a second subject (blind audit, round 47)."""
    before = first.doc[later.left_edge.i - 1] if later.left_edge.i > 0 else None
    return (
        later.ent_type_ in ("GPE", "LOC")
        and before is not None
        and before.text == ","
        and first.right_edge.i == before.i - 1
    )


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
