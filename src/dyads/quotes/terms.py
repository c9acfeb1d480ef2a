"""Quoted stretches that name or mark a term rather than report words: titles, headings, glosses,
terms the writer marks, and the naming speech acts whose object a quoted name is ("called her
“Crooked Hillary”"). Each rule cites the blind audit that set it."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dyads.actors.things import work_nouns
from dyads.nlp import doc_tokens
from dyads.quotes.according import according_in
from dyads.quotes.context import Context

__all__ = [
    "a_link", "bracketed_gloss", "is_heading", "is_title", "named_term", "names", "quoted_term",
    "targets_term", "titled_apposition", "work_title",
]  # fmt: skip

_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "with", "at", "by", "as", "vs"}
)
_TITLE_MAX_WORDS = 8
_NAMING_ROLES = frozenset({"oprd", "dobj", "attr", "xcomp", "ccomp", "pobj"})


def _tokens(inner: SpacySpan) -> list[Token]:
    """The tokens of ``inner`` (iterating a Span makes a new Token object for each)."""
    return doc_tokens(inner.doc)[inner.start : inner.end]


def is_title(inner: SpacySpan, kind: str = "partial") -> bool:
    """Every word capitalized but the small ones: the name of a show, book, movement or person,
    not words someone said ("Morning Joe", "Ban on Face Coverings", "Tig"). A stretch standing
    as a sentence of its own must have two such words and no verb ("13 Hours: The Secret
    Soldiers of Benghazi", not “Absolutely”)."""
    toks = _tokens(inner)
    words = [t for t in toks if t.is_alpha]
    content = [t for t in words if t.lower_ not in _TITLE_SMALL_WORDS]
    if not content or len(words) > _TITLE_MAX_WORDS:
        return False
    if kind != "partial" and (len(content) < 2 or any(t.pos_ in ("VERB", "AUX") for t in toks)):
        return False
    return all(t.text[0].isupper() for t in content) and not (len(words) == 1 and words[0].is_upper)


# verbs whose quoted complement is a name or epithet given, not words said
_GIVEN_NAMES = frozenset({"name", "nickname", "christen"})
# a label a thing bears, in a clause a cue reports (the tagger reads "rated" as "rat")
_LABELLED = frozenset({"rated", "marked", "classified", "stamped", "labeled", "labelled",
                       "graded", "designated", "deemed"})  # fmt: skip


def named_term(ctx: Context, inner: SpacySpan, root: Token, cue: Token | None) -> bool:
    """A quoted stretch that names or glosses rather than reports (blind audit, rounds 4 and 5:
    each judged no quotation): a title after a naming participle ('a piece, entitled “…”', 'a
    drug known as “…”'), the word or term it stands beside ('the word “humanist”'), a gloss
    after "or" or a language ('banners, or “narcomantas”', 'the Spanish “bandas
    criminales”'), a quoted modifier under an "according to" ('the “icotea” tortoise,
    according to ADN'), and a lone initial ('Uriel Isaac “N”')."""
    letters = [c for c in inner.text if c.isalpha()]
    if len(letters) <= 2:
        return True
    lex = ctx.lex
    if cue is not None and cue.lemma_.lower() in _GIVEN_NAMES and root.head == cue:
        return True  # "naming him the “angry populist enforcer”": an epithet given (round 72)
    labeller = root.head if root.dep_ in ("oprd", "xcomp") else None
    if root.dep_ == "appos" and root.head.dep_ == "dobj":
        labeller = root.head.head  # "deemed 22 of the emails “top secret”" (round 74)
    labeller = labeller or _object_labeller(root)
    if labeller is not None and labeller != cue and labeller.lower_ in _LABELLED:
        return True  # "the majority of them rated “confidential”" (round 72: a quotation)
    for anc in [root, *root.ancestors]:
        if anc == cue or ctx.para_at(anc.idx) != ctx.para_at(root.idx):
            break
        if anc.dep_ == "acl" and anc.tag_ == "VBN" and anc.lemma_.lower() in lex.naming_participles:
            return True
    if root.dep_ == "appos" and root.head.lemma_.lower() in lex.term_nouns:
        return True
    # 'the notion of “a good bandit is a dead one”' (blind audit, round 34)
    of = root.head
    of_term = of.lower_ == "of" and of.head.lemma_.lower() in lex.term_nouns
    if root.dep_ in ("pobj", "pcomp") and of_term:
        return True
    of_claim = of.lower_ == "of" and of.head.lemma_.lower() in lex.claim_nouns
    if root.dep_ == "pobj" and of_claim and any(c.dep_ == "poss" for c in of.head.children):
        return True  # "called Clinton's assertion of a “claim of right” …": hers (round 75)
    before = _words_before(ctx, inner)
    if before and before[-1].lower_ in _POINTING_BACK:
        return True  # 'But these “extraordinary cases” are only allowed …' (round 74)
    if before and before[-1].lower_ in lex.gloss_words:
        prev = ctx.doc[before[-1].i - 1] if before[-1].i > 0 else None
        if before[-1].lower_ != "or" or (prev is not None and prev.text in ",("):
            return True
        if prev is not None and _translated(ctx, prev):
            return True
    according = (cue or according_in(ctx, root.sent)) is not None and (
        cue is None or cue.lower_ == "according"
    )
    return according and root.dep_ in ("compound", "nmod") and not ctx.quoted[root.head.i]


def _object_labeller(root: Token) -> Token | None:
    """The verb over a quoted stretch that the parser hung inside the verb's object phrase:
    "deemed 22 of Clinton's emails from her private server “top secret”", with "top secret"
    read as the object of "from" (blind audit, round 92: stored as Carson's words)."""
    verb = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or not any(c.dep_ == "dobj" and c.i < root.i for c in verb.children):
        return None
    obj = next(c for c in verb.children if c.dep_ == "dobj" and c.i < root.i)
    return verb if obj.is_ancestor(root) else None


def _translated(ctx: Context, mark: Token) -> bool:
    """``mark`` closes a quoted foreign term with its comma inside, after a language word: in
    'the Spanish “bandas criminales,” or “criminal bands”' the second stretch is the writer's
    translation (blind audit, round 84: kept as the sources' words). Quoted alternatives of a
    speaker's ('was “reform now,” or “collapse later”') have no language word before them."""
    doc = ctx.doc
    if not mark.is_quote or mark.i < 2 or doc[mark.i - 1].text != ",":
        return False
    i = mark.i - 2
    while i > 0 and ctx.quoted[i] and not doc[i].is_quote:
        i -= 1  # back to the opening mark of the foreign term
    return i > 0 and doc[i].is_quote and doc[i - 1].lower_ in ctx.lex.gloss_words - {"or"}


_TERM_MAX_WORDS = 3
# determiners that point back to a term already given: the quoted words name it again
_POINTING_BACK = frozenset({"these", "those", "such"})


def _words_before(ctx: Context, inner: SpacySpan) -> list[Token]:
    """The words (not punctuation) among the three tokens before a quoted stretch."""
    return [t for t in ctx.doc[max(0, inner.start - 3) : inner.start] if not t.is_punct]


def quoted_term(ctx: Context, inner: SpacySpan, cue: Token | None) -> bool:
    """A short quoted noun phrase under a cue that neither names nor judges: a term the writer
    marks ("local “coyotes”", "a ban on “narcocorridos”", "the “drug menu”"), not words of the
    speaker's (blind audits, rounds 2-7: 16 of 21 such partial quotations judged wrong). Under
    "called", "described as", "denounced as" the words are the speaker's and stay."""
    words = [t for t in _tokens(inner) if t.is_alpha]
    if not words or len(words) > _TERM_MAX_WORDS:
        return False
    if any(t.pos_ in ("VERB", "AUX", "ADJ", "ADV") for t in _tokens(inner)):
        return False
    before = _words_before(ctx, inner)
    if before and before[-1].lower_ in ("no", "any", "not"):
        return False  # "sees no “advantages”": the speaker's judgement, in the speaker's word
    lemma = cue.lemma_.lower() if cue is not None else ""
    return lemma not in ctx.lex.naming and lemma not in ctx.lex.evaluative


def modifier_term(ctx: Context, inner: SpacySpan, cue: Token | None) -> bool:
    """A quoted hyphenated modifier of the noun right after it: a term of art the writer marks
    ('innovative in its “place-based” approach', 'a “broken-windows” strategy'), not a
    partial quotation of the speaker (blind audit, round 99). Under a naming or evaluative cue
    ('called it a “half-baked” plan') the words are the speaker's and stay."""
    toks = _tokens(inner)
    words = [t for t in toks if t.is_alpha]
    if not words or len(words) > _TERM_MAX_WORDS or not any(t.tag_ == "HYPH" for t in toks):
        return False
    root, doc = inner.root, ctx.doc
    noun = next((t for t in doc[inner.end : inner.end + 3] if not t.is_punct), None)
    if root.dep_ not in ("amod", "compound", "nmod") or noun is None or noun.pos_ != "NOUN":
        return False
    if not inner.end <= root.head.i <= noun.i + 2 or root.head.pos_ != "NOUN":
        return False
    lemma = cue.lemma_.lower() if cue is not None else ""
    return lemma not in ctx.lex.naming and lemma not in ctx.lex.evaluative


def is_heading(inner: SpacySpan) -> bool:
    """Several words all in capitals: a heading set in quotation marks, not a quotation."""
    words = [t for t in _tokens(inner) if t.is_alpha and len(t) > 1]
    return len(words) >= 2 and all(t.is_upper for t in words)


def names(ctx: Context, cue: Token, root: Token) -> bool:
    """A naming speech act whose object or predicate the quoted name is: 'called her
    “Crooked Hillary”' (not 'called a referendum — “No to Free Lawyers”')."""
    return (
        ctx.act(cue) == "speech"
        and cue.lemma_.lower() in ctx.lex.naming
        and root.dep_ in _NAMING_ROLES
    )


def targets_term(ctx: Context, inner: SpacySpan, cue: Token) -> bool:
    """A short quoted noun phrase that complements a noun under an evaluative cue: "blasted
    Trump's call for a “deportation force”", "mocked his talk of a “jobs miracle”". The words
    are the target's, not the critic's (blind audit, round 27): a stance, no quotation."""
    root = inner.root
    words = [t for t in _tokens(inner) if t.is_alpha]
    if cue.lemma_.lower() not in ctx.lex.evaluative or not words or len(words) > _TERM_MAX_WORDS:
        return False
    if any(t.pos_ in ("VERB", "AUX", "ADJ", "ADV") for t in _tokens(inner)):
        return False
    if any(a.lower_ == "as" and a.dep_ == "prep" for a in root.ancestors if a.i > cue.i):
        return False  # "dismissing them as part of the “Washington cartel”": the critic's term
    prep = root.head
    return root.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in ("NOUN", "PROPN")


def work_title(inner: SpacySpan) -> bool:
    """The quoted stretch names the work just before it: 'In her book, “Trafico de armas en
    Mexico,” she reports …' (blind audit, round 56: the title stored as her words). Work nouns
    are ``work_nouns`` in ``data/actors/names_of_things.yaml``."""
    doc = inner.doc
    i = inner.start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].text == ","):
        i -= 1
    if i < 0 or doc[i].is_sent_end or doc[i].is_punct:
        return False  # "… in the book. “Thank goodness, …”": a new sentence, not a title
    return doc[i].lower_ in work_nouns()


_GLOSS_MAX_WORDS = 4


def bracketed_gloss(inner: SpacySpan) -> bool:
    """A short quoted stretch alone in brackets right after a word glosses that word: the
    original of a translated name or term ('You killed mustache (“Bigote”) and …'; blind audit,
    round 92: stored as a quotation of its own). '(“We will win,” he said)' holds its tag."""
    doc = inner.doc
    words = [t for t in _tokens(inner) if t.is_alpha]
    if not words or len(words) > _GLOSS_MAX_WORDS:
        return False
    start, end = inner.start, inner.end
    while start > 0 and doc[start - 1].is_quote:
        start -= 1
    while end < len(doc) and (doc[end].is_quote or doc[end].text in ",."):
        end += 1
    if start < 2 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    return doc[start - 2].is_alpha


_APPOSED_TITLE_MAX_WORDS = 14


def titled_apposition(inner: SpacySpan) -> bool:
    """A title-cased stretch set beside a noun of the writer's sentence names that thing: "Mr.
    Trump's own manifesto, “Crippled America: How to Make America Great Again,” has sold …"
    (blind audit, round 88: the book's title stored as Nielsen's words). A title may hold a
    verb ("How to Make …"), so every word but the small ones capitalised, two at least, and
    the stretch in apposition to a noun before it."""
    words = [t for t in _tokens(inner) if t.is_alpha]
    content = [t for t in words if t.lower_ not in _TITLE_SMALL_WORDS]
    if len(content) < 2 or len(words) > _APPOSED_TITLE_MAX_WORDS:
        return False
    if not all(t.text[0].isupper() for t in content):
        return False
    return any(
        t.dep_ == "appos" and t.head.i < inner.start and t.head.pos_ == "NOUN"
        for t in _tokens(inner)
    )


_LINK_MAX_WORDS = 8


def a_link(ctx: Context, inner: SpacySpan) -> bool:
    """A link's text or a call to action: "Read the full report ( .pdf )", "Click here",
    "Watch the video" (blind audit, round 88: stored as the report's words). An imperative of
    ``link_verbs`` opening the stretch, with a word of ``link_objects`` or a file type among
    its few words; "Read my lips: no new taxes" points to no document and stays."""
    words = [t for t in _tokens(inner) if not (t.is_punct or t.is_space)]
    if not words or len(words) > _LINK_MAX_WORDS:
        return False
    verb = words[0]
    if verb.tag_ != "VB" or not verb.text[:1].isupper():
        return False
    if verb.lemma_.lower() not in ctx.lex.link_verbs:
        return False
    return any(t.lemma_.lower().lstrip(".") in ctx.lex.link_objects for t in words[1:])
