"""Direct, partial and indirect quotations in a parsed article -> ``Quote`` records."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from dyads.limits import in_long_sentence
from dyads.nlp import doc_text
from dyads.quotes.lexicon import CueLexicon, cue_lexicon
from dyads.quotes.marks import MARKS, Segment, paragraphs, segments
from dyads.quotes.syntax import audience, entity_at, phrase_span, subject
from dyads.records import Cue, DateSpan, Mention, Quote, QuoteKind, Speaker

Span = tuple[int, int]
DateFinder = Callable[[str, str | None], list[tuple[Span, DateSpan]]]

_SENTENCE_PUNCT = ".!?:;,—–-(…"
_CONTENT_STRIP = " \t\n,;:—–-"
_MIN_INDIRECT_TOKENS = 3
_OBJECT_CONFIDENCE = 0.5
_GAP_MAX_TOKENS = 15
_SPEAKER_LABEL = re.compile(r"([A-Z][A-Z.'’\- ]{1,40}[A-Z.]):\s+")
_DASH_NAME = re.compile(r"[ \t\xa0]*[―—–]+[ \t\xa0]*")
_FRAME_NEXT_MAX_TOKENS = 12
_CUE_AFTER_TOKENS = 4
# A partial quotation's phrase under its cue: which dependents are not what was said, and which
# later dependents continue it ("called them “liars” for years", "urged him to “act”").
_NOT_ARGUMENT = frozenset({"advmod", "cc", "punct", "nsubj", "nsubjpass", "aux", "neg"})
_ARGUMENT_TAIL = frozenset({"oprd", "xcomp", "ccomp", "prep", "advcl"})
_PARTICIPLE_DEPS = frozenset({"advcl", "xcomp", "pcomp", "conj", "acl"})
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
# Dependents that make a verb a non-finite complement rather than a speech act of its own.
_COMPLEMENT_DEPS = frozenset({"xcomp", "pcomp", "dobj", "pobj", "csubj", "amod", "compound"})


@dataclass(slots=True)
class _Draft:
    kind: QuoteKind
    span: Span
    cue: Span | None = None
    cue_token: Token | None = None
    speaker: Span | None = None
    speaker_head: Token | None = None
    medium: str | None = None
    addressee: str | None = None
    date: DateSpan | None = None
    confidence: float = 1.0
    paragraph: int = -1
    segment: Segment | None = None


def find_quotes(
    doc: Doc,
    mentions: Sequence[Mention],
    *,
    published: str | None = None,
    body: tuple[int, int] | None = None,
) -> list[Quote]:
    """Quotations and reported speech in ``doc`` (offsets are the article's), with speakers.

    ``mentions`` resolve speakers to actors (the mention over the speaker phrase's head);
    ``published`` anchors relative dates; ``body`` limits the search to the article body.
    """
    finder = _Finder(doc, cue_lexicon(), body)
    drafts = finder.run()
    if not drafts:
        return []
    finder.add_dates(drafts, published)
    return [_record(finder.text, d, mentions) for d in drafts]


class _Finder:
    def __init__(self, doc: Doc, lex: CueLexicon, body: tuple[int, int] | None) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.lex = lex
        self.lo, self.hi = body if body is not None else (0, len(self.text))
        self.paras = paragraphs(self.text, self.lo, self.hi)
        self.para_starts = [p[0] for p in self.paras]
        self.segs = segments(self.text, self.paras)
        self.quoted = bytearray(len(doc))  # 1 for tokens inside quotation marks (marks included)
        self.run_on = in_long_sentence(doc)
        self.seg_tokens: list[tuple[int, int]] = []
        for seg in self.segs:
            end = seg.close_end
            span = doc.char_span(seg.open_mark, end, alignment_mode="expand")
            first, last = (span.start, span.end) if span is not None else (0, 0)
            self.seg_tokens.append((first, last))
            self.quoted[first:last] = b"\x01" * (last - first)

    # -- cues ----------------------------------------------------------------------------
    def is_cue(self, tok: Token, belief: bool = True) -> bool:
        if tok.pos_ not in ("VERB", "AUX") and tok.tag_[:2] != "VB":
            return False
        lemma = tok.lemma_.lower()
        if lemma in self.lex.speech:
            return True
        return belief and lemma in self.lex.belief

    def paragraph_of(self, offset: int) -> int:
        return max(0, bisect_left(self.para_starts, offset + 1) - 1)

    def attribute(self, draft: _Draft, cue: Token, confidence: float) -> None:
        draft.cue = (cue.idx, cue.idx + len(cue))
        draft.cue_token = cue
        para = self.paras[self.paragraph_of(cue.idx)]
        head = subject(cue, self.quoted, para, self.lex.statement_nouns)
        if head is None and draft.segment is not None:
            head = self.gap_speaker(draft.segment, cue)
        if head is None and cue.dep_ in _PARTICIPLE_DEPS:
            head = self.left_subject(cue, para)
        if head is not None:
            draft.speaker_head = head
            draft.speaker = phrase_span(head)
        draft.medium, draft.addressee = audience(cue, self.lex)
        draft.confidence = confidence

    def left_subject(self, cue: Token, para: Span) -> Token | None:
        """The nearest subject left of a participle cue in its sentence ("Sanders said, going on
        to say that …"), for when the parser hung the participle on a verb in the quote."""
        for tok in reversed(self.doc[cue.sent.start : cue.i]):
            if tok.idx < para[0]:
                break
            if tok.dep_ == "nsubj" and not self.quoted[tok.i] and not self.quoted[tok.head.i]:
                if tok.lower_ in _RELATIVE_PRONOUNS:
                    return None
                return tok
        return None

    def gap_speaker(self, seg: Segment, cue: Token) -> Token | None:
        """The name between a closing mark and its cue ("“…,” Flynn, an adviser, said")."""
        if cue.idx < seg.close_end:
            return None
        doc = self.doc
        for i in range(cue.i - 1, -1, -1):
            if doc[i].idx < seg.close_end:
                break
        else:
            return None
        start = i + 1
        if cue.i - start > _GAP_MAX_TOKENS:
            return None
        for tok in doc[start : cue.i]:
            if self.quoted[tok.i] or tok.is_punct or tok.is_space:
                continue
            if tok.pos_ in ("PROPN", "PRON", "NOUN"):
                while tok.i + 1 < cue.i and doc[tok.i + 1].pos_ == "PROPN" == tok.pos_:
                    tok = doc[tok.i + 1]
                return tok
            break
        return None

    # -- passes --------------------------------------------------------------------------
    def run(self) -> list[_Draft]:
        if not self.paras:
            return []
        quoted = [self.quoted_draft(i, seg) for i, seg in enumerate(self.segs)]
        drafts = [d for d in quoted if d is not None]
        direct_spans = [d.span for d in drafts if d.kind == "direct"]
        drafts.extend(self.indirect(direct_spans))
        drafts.extend(self.partial_arguments(drafts))
        drafts.sort(key=lambda d: d.span)
        self.inherit(drafts)
        # A report inside someone's reported words is part of what they said, not a new report.
        return [d for d in drafts if not self.nested(d, drafts)]

    def partial_arguments(self, drafts: list[_Draft]) -> list[_Draft]:
        """The phrase a partial quotation is part of, as the statement reported by its cue:
        'described Trump as a “con artist”', 'urged them to “vote your conscience”'."""
        covered = {d.cue for d in drafts if d.kind != "partial" and d.cue is not None}
        out: list[_Draft] = []
        seen: set[Span] = set()
        for draft in drafts:
            cue = draft.cue_token
            if draft.kind != "partial" or cue is None or draft.cue in covered:
                continue
            span = self.argument_span(draft, cue)
            if span is None or span in seen:
                continue
            seen.add(span)
            wide = _Draft("indirect", span, paragraph=self.paragraph_of(span[0]))
            _copy_attribution(wide, draft)
            wide.confidence = draft.confidence
            out.append(wide)
        return out

    def argument_span(self, draft: _Draft, cue: Token) -> Span | None:
        inner = self.doc.char_span(*draft.span, alignment_mode="expand")
        if inner is None or not len(inner):
            return None
        node = inner.root
        while node.head != node and node.head != cue:
            node = node.head
        if node.head != cue or node.dep_ in _NOT_ARGUMENT:
            return None
        start, end = node.left_edge.i, node.right_edge.i
        for sib in cue.children:
            if sib.i > node.i and sib.dep_ in _ARGUMENT_TAIL and not self.is_cue(sib):
                end = max(end, sib.right_edge.i)
            elif sib.i < node.i and sib.dep_ == "dobj":
                start = min(start, sib.left_edge.i)
        para = self.paras[draft.paragraph]
        doc = self.doc
        while start < end and (doc[start].idx < para[0] or doc[start].dep_ == "mark"):
            start += 1
        while end > start and doc[end].idx >= para[1]:
            end -= 1
        span = self.trim(doc[start].idx, doc[end].idx + len(doc[end]))
        if span is None or not (span[0] <= draft.span[0] and draft.span[1] <= span[1]):
            return None
        return span if span != draft.span else None

    def nested(self, draft: _Draft, drafts: list[_Draft]) -> bool:
        cue = draft.cue
        return cue is not None and any(
            other is not draft and other.span[0] <= cue[0] and cue[1] <= other.span[1]
            for other in drafts
        )

    def quoted_draft(self, index: int, seg: Segment) -> _Draft | None:
        first, last = self.seg_tokens[index]
        if last <= first or self.run_on[first] or self.run_on[last - 1]:
            return None
        inner = self.doc.char_span(seg.start, seg.end, alignment_mode="expand")
        if inner is None or not len(inner):
            return None
        kind: QuoteKind = "partial" if self.is_partial(seg, first) else "direct"
        end = seg.end
        if kind == "partial" and self.text[end - 1] == "." and end - 1 > seg.start:
            end -= 1  # 'a “strategic mistake.”': the period ends the reporting sentence
        draft = _Draft(kind, (seg.start, end), paragraph=seg.paragraph, segment=seg)
        label = _SPEAKER_LABEL.match(self.text, seg.start, end) if kind == "direct" else None
        if label is not None and label.end() < end:
            # A transcript turn: '"WALLACE: If I may, sir, …"'
            draft.span = (label.end(), end)
            draft.speaker = label.span(1)
            head = self.doc.char_span(*label.span(1), alignment_mode="expand")
            draft.speaker_head = head.root if head is not None else None
            draft.confidence = 0.7
            return draft
        root = inner.root
        cue = self.governing_cue(root)
        for tok in self.outer_heads(inner):
            if tok == root:
                break
            nearer = self.governing_cue(tok)
            if nearer is not None:
                root, cue = tok, nearer
                break
        if cue is not None:
            self.attribute(draft, cue, 0.9 if kind == "direct" else 0.8)
            return draft
        if kind == "direct":
            cue = self.frame_cue(index, first, last)
            according = self.according_in(self.doc[first].sent) if cue is None else None
            if cue is not None:
                self.attribute(draft, cue, 0.8)
            elif according is not None and according.i < first:
                self.attribute_according(draft, according)  # 'According to X, “…”'
            elif not self.colon_speaker(draft, first):
                self.dash_speaker(draft, seg)
            return draft
        according = self.according_in(root.sent)
        if according is not None:
            self.attribute_according(draft, according)
            return draft
        draft.confidence = 0.4
        return draft

    def outer_heads(self, inner: SpacySpan) -> list[Token]:
        """Words of the quote attached outside it, in text order: the parser may hang the
        quote's clauses on different verbs ("said, adding later, “A, but B”")."""
        return [
            tok
            for tok in inner
            if not (inner.start <= tok.head.i < inner.end) and not tok.is_punct and not tok.is_space
        ]

    def is_partial(self, seg: Segment, first_token: int) -> bool:
        para = self.paras[seg.paragraph]
        before = self.text[para[0] : seg.open_mark].rstrip()
        if not before or seg.continues:
            return False
        if before[-1] in _SENTENCE_PUNCT or before[-1] in MARKS or before[-1] in "'`":
            return False
        prev = self.doc[first_token - 1] if first_token > 0 else None
        return not (prev is not None and self.is_cue(prev, belief=False))

    def governing_cue(self, root: Token) -> Token | None:
        """The nearest speech verb above ``root`` outside the quote that heads a clause of its
        own; else a speech verb in a non-finite complement ("considering demanding"); else a
        belief verb."""
        ranked: list[Token | None] = [None, None, None]
        para = self.paras[self.paragraph_of(root.idx)]
        for anc in root.ancestors:
            if not para[0] <= anc.idx < para[1]:
                break
            if self.quoted[anc.i]:
                continue
            if not self.is_cue(anc):
                stance = anc.lemma_.lower() in self.lex.object_verbs and anc.pos_ == "VERB"
                if stance and ranked[2] is None:
                    ranked[2] = anc
                continue
            if anc.lemma_.lower() not in self.lex.speech:
                rank = 2
            elif anc.dep_ in _COMPLEMENT_DEPS:
                rank = 1
            else:
                return anc
            if ranked[rank] is None:
                ranked[rank] = anc
        return ranked[1] or ranked[2]

    def frame_cue(self, index: int, first: int, last: int) -> Token | None:
        """A cue outside the marks in the quote's own sentences, else in an adjoining frame."""
        doc = self.doc
        para = self.paras[self.segs[index].paragraph]
        sent_start = doc[first].sent.start
        sent_end = doc[max(first, last - 1)].sent.end
        best: tuple[int, Token] | None = None
        for tok in doc[sent_start:sent_end]:
            if tok.idx < para[0] or tok.idx >= para[1]:
                continue
            if self.quoted[tok.i] or not self.is_cue(tok):
                continue
            distance = first - tok.i if tok.i < first else tok.i - last
            if best is None or distance < best[0]:
                best = (distance, tok)
        if best is not None:
            return best[1]
        # '“You winning?” she said, but …': a subject and cue right after the closing mark.
        after = self.cue_after(last, para)
        if after is not None:
            return after
        # "“…!” he said." split off as its own sentence by the parser.
        if sent_end < len(doc) and doc[sent_end].idx < para[1]:
            nxt = doc[sent_end].sent
            if len(nxt) <= _FRAME_NEXT_MAX_TOKENS and not self.quoted[nxt.start]:
                for tok in nxt:
                    if (
                        not self.quoted[tok.i]
                        and self.is_cue(tok, belief=False)
                        and not any(c.dep_ == "ccomp" for c in tok.children)
                    ):
                        return tok
        # "He said:" closing the previous sentence or paragraph.
        if first > 0:
            prev = doc[first - 1]
            while prev.i > 0 and prev.is_space:
                prev = doc[prev.i - 1]
            if prev.text == ":" and not self.quoted[prev.i]:
                for tok in reversed(list(prev.sent)):
                    if not self.quoted[tok.i] and self.is_cue(tok):
                        return tok
        return None

    def colon_speaker(self, draft: _Draft, first: int) -> bool:
        """'Obama is rolling out a new message: “…”', 'Sanders made the following comment:':
        the subject of the clause the colon ends speaks."""
        doc = self.doc
        prev = doc[first - 1] if first > 0 else None
        while prev is not None and prev.is_space and prev.i > 0:
            prev = doc[prev.i - 1]
        if prev is None or prev.text != ":" or self.quoted[prev.i]:
            return False
        para = self.paras[self.paragraph_of(prev.idx)]
        root = prev.sent.root
        head = next(
            (
                c
                for c in root.children
                if c.dep_ == "nsubj" and not self.quoted[c.i] and para[0] <= c.idx < para[1]
            ),
            None,
        )
        if head is None or head.pos_ not in ("PROPN", "PRON", "NOUN"):
            return False
        draft.speaker_head = head
        draft.speaker = phrase_span(head)
        draft.confidence = 0.6
        return True

    def cue_after(self, last: int, para: Span) -> Token | None:
        """A speech verb within a few words after the closing mark, with only its subject (or
        nothing) between: '“…,” she said', '“…,” said Smith'."""
        doc = self.doc
        i = last
        while i < len(doc) and (doc[i].is_punct or doc[i].is_space) and not self.quoted[i]:
            i += 1
        for tok in doc[i : min(len(doc), i + _CUE_AFTER_TOKENS)]:
            if tok.idx >= para[1] or self.quoted[tok.i]:
                return None
            if self.is_cue(tok, belief=False):
                return tok
            if tok.pos_ not in ("PRON", "PROPN", "DET", "NOUN", "ADV"):
                return None
        return None

    def dash_speaker(self, draft: _Draft, seg: Segment) -> None:
        """A name set after the closing mark with a dash: '“…” ― Jane Doe'."""
        match = _DASH_NAME.match(self.text, seg.close_end)
        if match is None or match.end() >= self.paras[seg.paragraph][1]:
            return
        span = self.doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is None or span[0].pos_ != "PROPN":
            return
        tok = span[0]
        if tok.ent_iob_ != "O":
            ent = entity_at(tok)
            if ent is not None:
                draft.speaker = (ent.start_char, ent.end_char)
                draft.speaker_head = ent.root
                draft.confidence = 0.7
                return
        end = tok.i
        while end + 1 < len(self.doc) and self.doc[end + 1].pos_ == "PROPN":
            end += 1
        draft.speaker = (tok.idx, self.doc[end].idx + len(self.doc[end]))
        draft.speaker_head = self.doc[end]
        draft.confidence = 0.7

    def according_in(self, sent: SpacySpan) -> Token | None:
        for tok in sent:
            nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
            to_follows = nxt is not None and nxt.lower_ == "to"
            if tok.lower_ == "according" and to_follows and not self.quoted[tok.i]:
                return tok
        return None

    def attribute_according(self, draft: _Draft, according: Token) -> None:
        to = self.doc[according.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            pobj = next((c for c in according.children if c.dep_ == "pobj"), None)
        draft.cue = (according.idx, to.idx + len(to))
        draft.cue_token = according
        if pobj is not None:
            draft.speaker_head = pobj
            draft.speaker = phrase_span(pobj)
        draft.confidence = 0.8

    def indirect(self, direct_spans: list[Span]) -> list[_Draft]:
        out: list[_Draft] = []
        doc = self.doc
        for sent in doc.sents:
            if sent.end_char <= self.lo or sent.start_char >= self.hi or self.run_on[sent.start]:
                continue
            for tok in sent:
                if self.quoted[tok.i]:
                    continue
                if tok.lower_ == "according":
                    draft = self.according_draft(tok, sent)
                    if draft is not None and not _mostly_inside(draft.span, direct_spans):
                        out.append(draft)
                    continue
                if not self.is_cue(tok):
                    if tok.lemma_.lower() in self.lex.object_verbs and tok.pos_ == "VERB":
                        out.extend(self.object_drafts(tok, direct_spans))
                    continue
                if not any(c.dep_ == "ccomp" for c in tok.children):
                    out.extend(self.object_drafts(tok, direct_spans))
                for comp in tok.children:
                    if comp.dep_ != "ccomp":
                        continue
                    span = self.clause_span(comp, self.paras[self.paragraph_of(tok.idx)])
                    if span is None or _mostly_inside(span, direct_spans):
                        continue
                    draft = _Draft("indirect", span, paragraph=self.paragraph_of(span[0]))
                    strong = tok.lemma_.lower() in self.lex.speech
                    self.attribute(draft, tok, 0.8 if strong else 0.6)
                    out.append(draft)
        return out

    def object_drafts(self, verb: Token, direct_spans: list[Span]) -> list[_Draft]:
        """What a stance is about: "criticized the plan", "refused to pay", "talked about X"."""
        lemma = verb.lemma_.lower()
        para = self.paras[self.paragraph_of(verb.idx)]
        out = []
        for child in verb.children:
            target: Token | None = None
            cue_end = verb
            if child.dep_ in ("dobj", "xcomp") and lemma in self.lex.object_verbs:
                target = child
            elif (
                child.dep_ == "prep"
                and child.lower_ in self.lex.topic_preps
                and lemma in self.lex.topic_verbs
            ):
                target = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
                cue_end = child
            if target is None or self.quoted[target.i]:
                continue
            end_tok = target.right_edge
            if child.dep_ == "dobj":
                for sib in verb.children:
                    if sib.dep_ in ("oprd", "xcomp", "ccomp") and sib.i > target.i:
                        end_tok = max(end_tok, sib.right_edge, key=lambda t: t.i)
            start_tok = target.left_edge
            while start_tok.i < end_tok.i and start_tok.idx < para[0]:
                start_tok = self.doc[start_tok.i + 1]
            if end_tok.i - start_tok.i + 1 < 2 or end_tok.idx >= para[1]:
                continue
            span = self.trim(start_tok.idx, end_tok.idx + len(end_tok))
            if span is None or _mostly_inside(span, direct_spans):
                continue
            draft = _Draft("indirect", span, paragraph=self.paragraph_of(span[0]))
            self.attribute(draft, verb, _OBJECT_CONFIDENCE)
            if cue_end is not verb and cue_end.i == verb.i + 1:
                draft.cue = (verb.idx, cue_end.idx + len(cue_end))
            if draft.speaker is not None:
                out.append(draft)
        return out

    def clause_span(self, comp: Token, para: Span) -> Span | None:
        doc = self.doc
        start, end = comp.left_edge.i, comp.right_edge.i + 1
        while start < end and doc[start].idx < para[0]:
            start += 1
        while end > start and doc[end - 1].idx >= para[1]:
            end -= 1
        while start < end and (doc[start].dep_ == "mark" or doc[start].is_punct):
            if doc[start].text in MARKS and doc[start].i >= comp.i:
                break
            start += 1
        if end - start < _MIN_INDIRECT_TOKENS:
            return None
        return self.trim(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))

    def trim(self, start: int, end: int) -> Span | None:
        text = self.text
        while start < end and text[start] in _CONTENT_STRIP:
            start += 1
        while end > start and text[end - 1] in _CONTENT_STRIP:
            end -= 1
        return (start, end) if end > start else None

    def according_draft(self, tok: Token, sent: SpacySpan) -> _Draft | None:
        if tok.i + 1 >= len(self.doc) or self.doc[tok.i + 1].lower_ != "to":
            return None
        phrase_start = tok.left_edge.i
        to = self.doc[tok.i + 1]
        phrase_end = max(tok.right_edge.i, to.right_edge.i) + 1
        para = self.paras[self.paragraph_of(tok.idx)]
        lo, hi = max(sent.start_char, para[0]), min(sent.end_char, para[1])
        left = (
            self.trim(lo, self.doc[phrase_start].idx) if self.doc[phrase_start].idx > lo else None
        )
        right_start = self.doc[phrase_end].idx if phrase_end < sent.end else hi
        right = self.trim(right_start, hi) if right_start < hi else None
        if right is not None:
            right = self.trim(right[0], right[1] - 1) if self.text[right[1] - 1] in ".!?" else right
        sides = [s for s in (left, right) if s is not None]
        if not sides:
            return None
        span = max(sides, key=lambda s: s[1] - s[0])
        if len(self.text[span[0] : span[1]].split()) < _MIN_INDIRECT_TOKENS:
            return None
        draft = _Draft("indirect", span, paragraph=self.paragraph_of(span[0]))
        self.attribute_according(draft, tok)
        return draft

    def inherit(self, drafts: list[_Draft]) -> None:
        """Quotes with no speaker of their own take the adjacent quote's (same or last para)."""
        for i, draft in enumerate(drafts):
            if draft.cue is not None or draft.speaker is not None or draft.kind != "direct":
                continue
            donor = None
            for j in range(i - 1, -1, -1):
                other = drafts[j]
                if other.paragraph < draft.paragraph - 1:
                    break
                if other.cue is None:
                    continue
                if other.paragraph == draft.paragraph or self.opens_paragraph(draft):
                    donor = other
                break
            if donor is None:
                for other in drafts[i + 1 :]:
                    if other.paragraph != draft.paragraph:
                        break
                    if other.kind == "direct" and other.cue is not None:
                        donor = other
                        break
            if donor is not None:
                _copy_attribution(draft, donor)
                draft.confidence = 0.7
        # A quoted word with no speech act around it is a title or a scare quote, not a quote; a
        # quoted passage with neither a cue nor a speaker is a slogan, caption or stray mark.
        drafts[:] = [
            d for d in drafts if d.cue is not None or (d.kind == "direct" and d.speaker is not None)
        ]

    def opens_paragraph(self, draft: _Draft) -> bool:
        seg = draft.segment
        return seg is not None and seg.open_mark == self.paras[seg.paragraph][0]

    # -- dates ---------------------------------------------------------------------------
    def add_dates(self, drafts: list[_Draft], published: str | None) -> None:
        find_dates = _date_finder()
        if find_dates is None or not any(d.cue_token is not None for d in drafts):
            return
        try:
            found = find_dates(self.text, published)
        except Exception:  # a date bug must not cost the quotes
            return
        if not found:
            return
        for draft in drafts:
            cue = draft.cue_token
            if cue is None or draft.date is not None:
                continue
            lo, hi = cue.sent.start_char, cue.sent.end_char
            best = None
            for (s, e), value in found:
                if s < lo or e > hi or _overlaps((s, e), draft.span):
                    continue
                if not self.in_cue_clause(cue, s):
                    continue
                distance = abs(s - cue.idx)
                if best is None or distance < best[0]:
                    best = (distance, value)
            if best is not None:
                draft.date = best[1]
        # quotes that inherited their attribution take the donor's date too
        by_cue: dict[Span, DateSpan] = {}
        for draft in drafts:
            if draft.cue is not None and draft.date is not None:
                by_cue.setdefault(draft.cue, draft.date)
        for draft in drafts:
            if draft.date is None and draft.cue in by_cue:
                draft.date = by_cue[draft.cue]

    def in_cue_clause(self, cue: Token, offset: int) -> bool:
        """``offset`` is in a dependent of the cue other than its reported clause."""
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is None:
            return False
        tok = span[0]
        if self.quoted[tok.i]:
            return False
        node = tok
        while node.head != node and node.head != cue:
            node = node.head
        return node.head == cue and node.dep_ not in ("ccomp", "nsubj", "dobj")


def _copy_attribution(draft: _Draft, donor: _Draft) -> None:
    draft.cue, draft.cue_token = donor.cue, donor.cue_token
    draft.speaker, draft.speaker_head = donor.speaker, donor.speaker_head
    draft.medium, draft.addressee = donor.medium, donor.addressee


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _mostly_inside(span: Span, spans: list[Span]) -> bool:
    inside = sum(max(0, min(span[1], e) - max(span[0], s)) for s, e in spans)
    return inside * 2 >= span[1] - span[0]


def _date_finder() -> DateFinder | None:
    try:
        from dyads.timex import find_dates
    except ImportError:
        return None
    return find_dates


def _record(text: str, draft: _Draft, mentions: Sequence[Mention]) -> Quote:
    speaker = None
    if draft.speaker is not None:
        s, e = draft.speaker
        actor = code = None
        head = draft.speaker_head
        if head is not None:
            mention = _mention_at(mentions, (head.idx, head.idx + len(head)))
            if mention is not None:
                actor, code = mention.actor, mention.code
        speaker = Speaker(text=text[s:e], span=(s, e), actor=actor, code=code)
    cue = Cue(text=text[draft.cue[0] : draft.cue[1]], span=draft.cue) if draft.cue else None
    s, e = draft.span
    return Quote(
        kind=draft.kind,
        content=text[s:e],
        span=(s, e),
        speaker=speaker,
        cue=cue,
        medium=draft.medium,
        addressee=draft.addressee,
        date=replace(draft.date) if draft.date is not None else None,
        confidence=draft.confidence,
    )


def _mention_at(mentions: Sequence[Mention], span: Span) -> Mention | None:
    best = None
    for mention in mentions:
        if not _overlaps(mention.span, span):
            continue
        if best is None or (mention.actor is not None and best.actor is None):
            best = mention
    return best
