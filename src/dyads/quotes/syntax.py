"""Dependency-tree helpers for attribution: speaker phrases, subjects of cues, audiences."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dyads.quotes.lexicon import CueLexicon

Span = tuple[int, int]

# Left dependents that belong to a speaker's name phrase ("a senior NATO official").
_NP_LEFT = frozenset(
    {"det", "amod", "compound", "poss", "nummod", "nmod", "predet", "quantmod", "case", "nn"}
)
_NP_RIGHT = frozenset({"compound", "flat", "nummod", "case"})
_RELATIVE = frozenset({"who", "that", "which", "whom"})
_MEDIA_ENTS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "PERSON", "GPE", "NORP"})
_SUBJECT_HOPS = 4
_ELLIPTIC_MARKS = frozenset({"when", "if", "after", "once", "while", "before"})
_INVERTED_WINDOW = 4
_NAME_AFTER_TOKENS = 8
_NAME_WORDS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "VERB", "NUM"})
_INVERTED_DEPS = frozenset({"attr", "npadvmod", "dep", "appos", "oprd", "nsubjpass", "dobj"})


_PREDETERMINERS = frozenset({"both", "either", "neither"})  # "both X and Y said"
# heads whose "of" phrase says who they are: a share of a group speaks as that group
PORTIONS = frozenset({"handful", "number", "group", "majority", "minority", "dozen", "dozens",
                      "couple", "pair", "trio", "score", "scores", "hundreds",
                      "thousands"})  # fmt: skip


def portion_of(head: Token) -> Token | None:
    """The group a portion names: "a handful of Democrats" -> "Democrats"."""
    if head.lemma_.lower() not in PORTIONS:
        return None
    of = next((c for c in head.rights if c.lower_ == "of"), None)
    return next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None


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
    doc = head.doc
    while start < head.i and (
        doc[start].is_punct or doc[start].is_space or doc[start].lower_ in _PREDETERMINERS
    ):
        start += 1
    while end > head.i and (doc[end].is_punct or doc[end].is_space or doc[end].dep_ == "case"):
        end -= 1
    return doc[start].idx, doc[end].idx + len(doc[end])


def place_clause(verb: Token) -> bool:
    """A "where" / "when" clause about a place or time: its subject is not who speaks."""
    return any(c.dep_ == "advmod" and c.lower_ in ("where", "when") and c.i < verb.i
               for c in verb.children)  # fmt: skip


def subject(
    cue: Token,
    quoted: bytearray | None = None,
    bounds: Span | None = None,
    statement_nouns: frozenset[str] = frozenset(),
) -> Token | None:
    """The head of the phrase that utters ``cue``: its subject, or that of the clause above.

    Tokens flagged in ``quoted`` (inside quotation marks) or outside the character ``bounds``
    (the cue's paragraph) are never the speaker. A cue in a relative clause on one of
    ``statement_nouns`` ("a letter that says") goes to whoever issued the statement.
    """

    def free(tok: Token) -> bool:
        if quoted is not None and quoted[tok.i]:
            return False
        return bounds is None or bounds[0] <= tok.idx < bounds[1]

    if cue.dep_ == "compound" and cue.head.pos_ == "PROPN" and free(cue.head):
        return cue.head  # "Said Ellis: …"
    if asked_of(cue):
        return None
    verb = cue
    if cue.dep_ == "conj" and cue.head.dep_ == "ccomp" and not _has_subject(cue):
        # "said it was opposed to the test and warned North Korea": the parser joined "warned"
        # to the reported clause; it is the speaker's second act
        verb = cue.head.head
    for _ in range(_SUBJECT_HOPS):
        if verb is not cue and place_clause(verb):
            verb = verb.head  # "- where the Panthers played the Vikings - while chanting, …"
            continue
        # two subjects are a misparse ("BUENA PARK, Calif. - …, Hillary Clinton tried"): the
        # one nearest before the verb first (blind audit, round 14)
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        nearest = subjects[-1:] if len(subjects) > 1 else []
        for child in nearest + [c for c in verb.children if c not in nearest]:
            # "After saying …, she was taken to hospital": a passive subject above the cue.
            subj = child.dep_ == "nsubj" or (child.dep_ == "nsubjpass" and verb != cue)
            if subj and free(child) and not _not_a_speaker(child):
                if child.lower_ in _RELATIVE and verb.dep_ == "relcl":
                    return _author(verb.head, free, statement_nouns) or verb.head
                return child
            if child.dep_ == "agent":
                for grand in child.children:
                    if grand.dep_ == "pobj" and free(grand):
                        return grand
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON") and free(verb.head):
            return _author(verb.head, free, statement_nouns) or verb.head
        if verb.dep_ == "acl" and free(verb.head):
            if _personal(verb.head):
                return verb.head  # "footage of Clinton asking, “…”"
            if verb.head.i == verb.i - 1 and verb.head.pos_ == "NOUN" and verb.tag_ == "VBD":
                return verb.head  # "a man yelled “…”" parsed as a noun's clause
        if verb.dep_ == "xcomp" and verb.head != verb:
            # "led her to declare", "prompted Rubio to … call": the object controls the infinitive
            obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
            if obj is not None and free(obj) and obj.pos_ in ("PROPN", "PRON", "NOUN"):
                return obj
        if verb.dep_ in ("xcomp", "advcl", "conj", "pcomp", "prep", "acl") and verb.head != verb:
            verb = verb.head
            continue
        break
    return _inverted_subject(cue, free, _after_quote(cue, quoted)) or _relative_left(cue, free)


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
    """A date ("Saturday at the convention, Warren said") or a dateline ("WASHINGTON (AP) —")
    the parser took for the subject."""
    if tok.ent_type_ in ("DATE", "TIME"):
        return True
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
    if cue.tag_ == "VBN" and cue.dep_ in ("advcl", "acl", "conj"):
        return True
    if cue.dep_ == "acl" and cue.i > 0 and cue.doc[cue.i - 1].text == ",":
        return True  # "The minister, asked about the deal, …" (tagged as a past tense)
    elliptic = any(
        c.lower_ in _ELLIPTIC_MARKS for c in cue.children if c.dep_ in ("advmod", "mark")
    )
    return cue.tag_ in ("VBN", "VBD") and elliptic


def _personal(tok: Token) -> bool:
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "NORP")


def _author(
    noun: Token, free: Callable[[Token], bool], statement_nouns: frozenset[str]
) -> Token | None:
    """Who issued the statement ``noun`` names: 'released a letter that says' -> the releaser;
    'made a comment that described' -> the one who made it."""
    if noun.lemma_.lower() not in statement_nouns or noun.dep_ not in ("dobj", "pobj"):
        return None
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for child in verb.children:
        if child.dep_ == "nsubj" and free(child):
            return child
    return None


def author_of(noun: Token, statement_nouns: frozenset[str]) -> Token | None:
    """Who made the statement ``noun`` names: its possessor ("Peskov's statement"), its "by" or
    "from" object ("a statement from the Kremlin"), a proper-noun modifier ("the Kremlin
    statement"), or the subject of the verb that issued it ("X released a statement", "In a
    statement, X said")."""
    if noun.lemma_.lower() not in statement_nouns:
        return None
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in _RELATIVE:
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            pobj = _pobj(child)
            if pobj is not None and pobj.pos_ in ("PROPN", "NOUN", "PRON"):
                return pobj
        if child.dep_ == "compound" and child.pos_ == "PROPN" and child.i < noun.i:
            return child
    verb = None
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _inverted_subject(
    cue: Token, free: Callable[[Token], bool], after_quote: bool = False
) -> Token | None:
    """A name phrase right after the cue that the parser did not label as subject ("said
    Smith"); right after a quotation, any noun phrase ('“…,” sighed a senior diplomat')."""
    for child in cue.rights:
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


def audience(cue: Token, lex: CueLexicon) -> tuple[str | None, str | None]:
    """``(medium, addressee)`` around ``cue``: "told TASS", "said in an interview with CNN"."""
    medium: str | None = None
    addressee: str | None = None
    for child in cue.children:
        phrase: Token | None = None
        if child.dep_ in ("dobj", "dative", "iobj") and cue.lemma_.lower() in lex.tell_like:
            phrase = child
        elif child.dep_ in ("prep", "dative") and child.lower_ in ("to", "on", "in", "during"):
            phrase = _pobj(child)
            if phrase is not None and phrase.lemma_.lower() in lex.statement_nouns:
                inner = _statement_medium(phrase, lex)
                if inner is not None:
                    medium = medium or inner
                continue
            if phrase is not None and child.lower_ != "to" and not _is_medium(phrase, lex):
                continue
        if phrase is None:
            continue
        m, a = _classify(phrase, lex)
        medium = medium or m
        addressee = addressee or a
    return medium, addressee


def _pobj(prep: Token) -> Token | None:
    for grand in prep.children:
        if grand.dep_ == "pobj":
            return grand
    return None


def _statement_medium(noun: Token, lex: CueLexicon) -> str | None:
    """The outlet of "an interview with CNN" / "a CNN interview" / "a post on Facebook"."""
    for child in noun.children:
        if child.dep_ in ("prep", "acl"):
            for target in [_pobj(child), *child.children]:
                if target is None:
                    continue
                if target.dep_ == "agent":
                    target = _pobj(target)
                if target is not None and _is_medium(target, lex):
                    return _classify(target, lex)[0]
        elif child.dep_ in ("compound", "nmod", "poss") and _is_medium(child, lex):
            return _classify(child, lex)[0]
    return None


def entities_in(span: SpacySpan) -> list[SpacySpan]:
    """``span.ents`` read from its own tokens (spaCy's scans the whole doc on every call)."""
    out, i = [], span.start
    while i < span.end:
        tok = span.doc[i]
        ent = entity_at(tok) if tok.ent_iob == 3 and tok.ent_type else None
        if ent is None:
            i += 1
            continue
        if ent.end <= span.end:
            out.append(ent)
        i = ent.end
    return out


def entity_at(tok: Token) -> SpacySpan | None:
    """The entity ``tok`` stands in, if any."""
    if tok.ent_iob not in (1, 3):
        return None
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob == 1:
        start -= 1
    while end < len(doc) and doc[end].ent_iob == 1:
        end += 1
    return SpacySpan(doc, start, end, label=doc[start].ent_type)


def _phrase_tokens(head: Token) -> SpacySpan:
    s, e = phrase_span(head)
    return head.doc.char_span(s, e, alignment_mode="expand")


def _is_medium(head: Token, lex: CueLexicon) -> bool:
    phrase = _phrase_tokens(head)
    if any(t.lemma_.lower() in lex.medium_words for t in phrase):
        return True
    if lex.is_media_name(phrase.text):
        return True
    return any(lex.is_media_name(ent.text) for ent in entities_in(phrase))


def _classify(head: Token, lex: CueLexicon) -> tuple[str | None, str | None]:
    phrase = _phrase_tokens(head)
    whole = head.doc[head.left_edge.i : head.right_edge.i + 1]
    ents = entities_in(whole)
    named = [
        ent
        for ent in ents
        if ent.label_ in _MEDIA_ENTS and ent.label_ not in ("NORP", "GPE", "PERSON")
    ]
    media_word = any(t.lemma_.lower() in lex.medium_words for t in whole)
    known = [ent for ent in ents if lex.is_media_name(ent.text)]
    if known:
        person = head.ent_type_ == "PERSON"
        return _strip_det(known[0]), (_strip_det(phrase) if person else None)
    if media_word and named:
        return _strip_det(named[-1]), None
    if head.lemma_.lower() in lex.medium_words or lex.is_media_name(phrase.text):
        return _strip_det(phrase), None
    return None, _strip_det(phrase)


def _strip_det(span: SpacySpan) -> str:
    tokens = list(span)
    while tokens and tokens[0].dep_ in ("det", "predet") and tokens[0].lower_ in ("the", "a", "an"):
        tokens = tokens[1:]
    if not tokens:
        return span.text
    return span.doc[tokens[0].i : tokens[-1].i + 1].text


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
