""" "It read", "it says" after the document it stands for: "The groups sent a letter on Monday.
“…,” it read." is the groups' letter, so theirs; "On his website, Sanders … . “…,” it now says"
is Sanders's (PolNeAR train, tune half: 15 direct quotations left out, their "it" resolved to
no one). The document's maker must be named; a document nobody is said to have made, or a sign
someone carries, leaves "it" to no one as before."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from dyads.quotes.antecedents import LOOKBACK_SENTENCES
from dyads.quotes.authors import PAPERS, author_of, named_body, sent_by
from dyads.quotes.context import Context, mention_at
from dyads.quotes.makers import maker, owned_body
from dyads.records import Mention

# papers that speak through "it" besides the statement nouns and court papers: what a body or a
# person puts out under their name
_OWN_PAPERS = frozenset({"website", "site", "page", "message", "ad", "advertisement", "release",
                         "report", "memo", "note", "notice", "flyer", "mailer", "newsletter",
                         "invitation", "appeal", "brochure", "pamphlet"})  # fmt: skip
# what a crowd carries: its bearer is no author (as ``kept`` has it), so "it read" after "a sign"
# is no one's, whatever paper came before
_CARRIED = frozenset({"sign", "shirt", "t-shirt", "banner", "placard", "poster", "button",
                      "sticker", "billboard", "hat", "cap"})  # fmt: skip


def document_it(
    ctx: Context, head: Token | None, mentions: Sequence[Mention]
) -> tuple[str | None, str | None] | None:
    """``(actor, code)`` of the maker of the document a subject "it" stands for: the nearest
    paper named before it, outside quotation marks, within the pronoun's lookback, whose maker
    the text names (possessor, "by"/"from" phrase, the subject that issued or sent it). None
    when "it" follows no such paper."""
    if head is None or head.lower_ != "it" or head.dep_ != "nsubj":
        return None
    doc = ctx.doc
    start = _lookback(ctx, head)
    papers = ctx.lex.statement_nouns | PAPERS | _OWN_PAPERS
    for tok in reversed(doc[start : head.i]):
        if ctx.quoted[tok.i] or tok.pos_ != "NOUN":
            continue
        if tok.lemma_.lower() in _CARRIED:
            return None
        if tok.lemma_.lower() not in papers:
            continue
        found = None
        for paper in _same_paper(ctx, tok, start):  # "sent out an email … . The email includes"
            found = author_of(paper, papers | {paper.lemma_.lower()}) or sent_by(paper)
            found = found or maker(paper) or _participle_subject(paper)
            if found is not None:
                break
        return _actor(found, mentions) if found is not None else None
    return None


def _lookback(ctx: Context, head: Token) -> int:
    """The first token of the pronoun's lookback: its sentence and the ones before it that
    are not wholly quoted (a quoted passage read out before "it reads" is not where the paper
    was named)."""
    doc = ctx.doc
    start, counted = head.sent.start, 0
    while start > 0 and counted < LOOKBACK_SENTENCES:
        sent = doc[start - 1].sent
        start = sent.start
        counted += any(not ctx.quoted[t.i] and not t.is_punct for t in sent)
    return start


def _same_paper(ctx: Context, tok: Token, start: int) -> list[Token]:
    """The paper ``tok`` names and its earlier namings in the lookback, nearest first (each
    the head of its compound: "an email fundraising appeal")."""
    lemma = tok.lemma_.lower()
    found = []
    for word in reversed(ctx.doc[start : tok.i + 1]):
        if word.lemma_.lower() != lemma or ctx.quoted[word.i]:
            continue
        while word.dep_ == "compound" and word.head.pos_ == "NOUN":
            word = word.head
        found.append(word)
    return found


def _participle_subject(paper: Token) -> Token | None:
    """ "The campaign backtracked, putting out a statement": the participle that issued the
    paper has its subject in the clause it hangs on."""
    verb = paper.head if paper.dep_ == "dobj" else None
    if verb is None or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj"):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)


def _actor(found: Token, mentions: Sequence[Mention]) -> tuple[str | None, str | None] | None:
    """The actor of a maker that is a name or a pronoun the actors stage linked, or a body a
    name owns ("Trump's campaign", "his campaign"); a description ("the GOP candidate", "a
    coalition of groups") is left to no one, its mention's actor being often a modifier's."""
    if found.pos_ in ("PROPN", "PRON"):
        mention = mention_at(mentions, (found.idx, found.idx + len(found)))
        return (mention.actor, mention.code) if mention is not None and mention.actor else None
    if found.pos_ == "NOUN":
        body = named_body(found) or owned_body(found, mentions)
        return (body, None) if body else None
    return None
