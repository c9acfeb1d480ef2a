"""Attributions made by layout rather than by a verb: transcript labels, a colon after the
speaker's clause, a dash and a name after the quotation, "according to X"."""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dyads.quotes.audience import entity_at
from dyads.quotes.authors import author_of
from dyads.quotes.context import Context, Draft, Span
from dyads.quotes.marks import Segment
from dyads.quotes.misparsed import compound_name
from dyads.quotes.syntax import phrase_span

_SPEAKER_LABEL = re.compile(r"([A-Z][A-Z.'’\- ]{1,40}[A-Z.]):\s+")
_DASH_NAME = re.compile(r"[ \t\xa0]*(?:[―—–]+|--)[ \t\xa0]*")
# a line that opens with a hyphen standing for the dash: '-Michelle Marks, Philadelphia.'
_LINE_HYPHEN = re.compile(r"[ \t\xa0]*-[ \t\xa0]*(?=[A-Z])")
_LEAD_MAX_TOKENS = 12
_CUE_AFTER_TOKENS = 4
# A verb after a quotation that takes one of these has content of its own: not a speech cue.
_OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "dative"})
_JOINERS = frozenset({"and", ",", "&"})


def speaker_label(ctx: Context, draft: Draft) -> bool:
    """A transcript turn inside the marks: '"WALLACE: If I may, sir, …"'."""
    start, end = draft.span
    label = _SPEAKER_LABEL.match(ctx.text, start, end)
    if label is None or label.end() >= end:
        return False
    draft.span = (label.end(), end)
    draft.speaker = label.span(1)
    head = ctx.doc.char_span(*label.span(1), alignment_mode="expand")
    draft.speaker_head = head.root if head is not None else None
    draft.confidence = 0.7
    return True


def _colon_before(ctx: Context, first: int) -> int | None:
    """The index of a colon outside quotes right before token ``first`` (spaces between)."""
    doc = ctx.doc
    i = first - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i if i >= 0 and doc[i].text == ":" and not ctx.quoted[i] else None


def colon_speaker(ctx: Context, draft: Draft, first: int) -> bool:
    """'Obama is rolling out a new campaign message: “…”', 'Trump's tweet was blunt: “…”':
    the subject of the clause the colon ends speaks (a statement's author for a statement)."""
    doc = ctx.doc
    i = _colon_before(ctx, first)
    if i is None:
        return False
    para = ctx.para_at(doc[i].idx)
    lo = max(doc[i].sent.start, doc[i].i - _LEAD_MAX_TOKENS * 3)
    lead = [t for t in doc[lo:i] if t.idx >= para[0] and not ctx.quoted[t.i]]
    roots = [t for t in lead if not (lo <= t.head.i < i) or t.head == t]
    clause = roots[-1] if roots else doc[i].sent.root
    head = next((c for c in clause.children if c.dep_ == "nsubj" and not ctx.quoted[c.i]), None)
    if head is None or not para[0] <= head.idx < para[1]:
        return False
    if head.pos_ not in ("PROPN", "PRON", "NOUN"):
        return False
    head = author_of(head, ctx.lex.statement_nouns) or head
    named = doc[i - 1]
    if head.pos_ == "NOUN" and not head.ent_type_ and named.ent_type_ == "PERSON":
        head = named  # "The timing does not surprise pollster Daron Shaw: “…”" (PolNeAR tune)
    draft.speaker_head = head
    draft.speaker = phrase_span(head)
    draft.confidence = 0.6
    return True


# "in Forbes’ words, “…”", "in the words of the UN envoy, “…”" right before the opening mark
_IN_WORDS = re.compile(
    r"\b[Ii]n\s+(?:(?P<own>[A-Z][\w.\- ]{0,60}?)(?:['’]s?)\s+(?:own\s+)?words"
    r"|the\s+words\s+of\s+(?P<of>[^,“”\"]{1,60}?)),?\s*$"
)


# "“almost unchecked,” in the words of the secretary general of the OAS, Jose Miguel Insulza."
_IN_WORDS_AFTER = re.compile(r",?\s*in\s+the\s+words\s+of\s+(?P<of>[^.;“”\"]{1,120}?)\s*[.;]")


def words_speaker(ctx: Context, draft: Draft, first: int) -> bool:
    """ "… because, in Forbes’ words, “they are …”": the owner of the words speaks (blind audit,
    round 17: the quotation went to the nearest person); so do "“…,” in the words of X" (round
    76: given to "International organizations") and its last name after a title."""
    doc = ctx.doc
    if first < 1:
        return False
    para = ctx.para_at(doc[first].idx)
    lead_start = max(para[0], doc[first].idx - 80)
    found = _IN_WORDS.search(ctx.text, lead_start, doc[first].idx)
    seg = draft.segment
    if found is None and seg is not None and seg.close_mark is not None:
        found = _IN_WORDS_AFTER.match(ctx.text, seg.close_end, para[1])
    if found is None:
        return False
    group = "own" if found.groupdict().get("own") else "of"
    start, end = found.span(group)
    comma = ctx.text.rfind(", ", start, end)
    if comma > 0 and ctx.text[comma + 2 : comma + 3].isupper():
        start = comma + 2  # "the secretary general of the OAS, Jose Miguel Insulza"
    name = doc.char_span(start, end, alignment_mode="expand")
    if name is None or not len(name) or any(ctx.quoted[t.i] for t in name):
        return False
    draft.speaker_head = name[-1]
    draft.speaker = (start, end)
    draft.confidence = 0.7
    return True


def byline_speaker(ctx: Context, draft: Draft, first: int) -> bool:
    """'IOWA POLLS NOT NECESSARILY WRONG - Mark Blumenthal and Jon Cohen: “…”': a digest's
    heading, a dash, then only the names of who is quoted and a colon (blind audit, round 17:
    the heading's words were taken for the speaker)."""
    doc = ctx.doc
    i = _colon_before(ctx, first)
    if i is None or i < 1:
        return False
    para = ctx.para_at(doc[i].idx)
    k = i - 1
    while k >= 0 and doc[k].idx >= para[0] and i - k <= _LEAD_MAX_TOKENS:
        if doc[k].text in ("-", "–", "—", "--", "―") and k > 0 and doc[k - 1].whitespace_:
            break  # a spaced dash; "Edwards-Levy" is one name
        if not (doc[k].pos_ == "PROPN" or doc[k].tag_ == "HYPH" or doc[k].lower_ in _JOINERS):
            return False
        k -= 1
    else:
        return False
    if k + 1 >= i:
        return False
    names = doc[k + 1 : i]
    single = not any(t.lower_ in _JOINERS for t in names)
    head = names[-1] if single else _named_head(names)  # "Ariel Edwards-Levy" is one name
    if head is None:
        return False
    draft.speaker_head = head
    draft.speaker = (doc[k + 1].idx, head.idx + len(head))
    draft.confidence = 0.6
    return True


def dash_speaker(ctx: Context, draft: Draft, seg: Segment) -> bool:
    """A name set after the closing mark with a dash, on the same line or the next:
    '“…” ― Jane Doe', '“…”' then a line '— NATO Secretary General Jens Stoltenberg' (or
    '-Michelle Marks, Philadelphia.': a hyphen only where it opens the line)."""
    para = ctx.paras[seg.paragraph]
    start = seg.close_end
    if ctx.text[start : para[1]].strip() == "" and seg.paragraph + 1 < len(ctx.paras):
        para = ctx.paras[seg.paragraph + 1]  # the quotation ends its line; the name is below
        start = para[0]
    match = _DASH_NAME.match(ctx.text, start)
    if match is None and start == para[0]:
        match = _LINE_HYPHEN.match(ctx.text, start)  # PolNeAR tune: a notebook's "quotable"
    if match is None or match.end() >= para[1]:
        return False
    line = ctx.doc.char_span(match.end(), para[1], alignment_mode="expand")
    if line is None or not len(line) or line[0].pos_ not in ("PROPN", "NOUN", "ADJ", "DET"):
        return False
    if any(t.tag_ in ("VBD", "VBZ", "VBP") and t.dep_ == "ROOT" for t in line):
        return False  # '— “God bless America!” — the confetti rained down': a clause, no name
    comma = next((t.i for t in line if t.text == ","), line.end)
    # the name before the first comma: '-President Obama, tweeting after Clinton's speech.'
    head = _named_head(ctx.doc[line.start : comma]) or _named_head(line)
    if head is None:
        return False
    draft.speaker = (max(line[0].idx, match.end()), head.idx + len(head))
    draft.speaker_head = head
    draft.confidence = 0.7
    return True


def from_speaker(ctx: Context, draft: Draft, first: int) -> bool:
    """A verbless lead-in ending in a colon names the speaker: 'And from Kremlin spokesman
    Dmitry Peskov:', 'Peskov, on Tuesday:' (on its own line or before the quotation)."""
    doc = ctx.doc
    i = first - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or doc[i].text != ":" or ctx.quoted[i]:
        return False
    para = ctx.para_at(doc[i].idx)
    lead = [t for t in doc[doc[i].sent.start : i] if t.idx >= para[0] and not t.is_space]
    if not lead or len(lead) > _LEAD_MAX_TOKENS or any(ctx.quoted[t.i] for t in lead):
        return False
    verb = lead[0] if _inverted_cue(ctx, lead[0]) else None
    if verb is not None:
        lead = lead[1:]  # "Continued Stone:", "Said the senator:" (PolNeAR train, tune half)
    lead = lead[: _headline_verb(ctx, lead)]  # "Trump Addresses Munich Attack:" (round 114)
    if not lead or any(t.pos_ in ("VERB", "AUX") for t in lead):
        return False
    head = _named_head(doc[lead[0].i : lead[-1].i + 1])
    if head is None and verb is not None and lead[-1].pos_ in ("PROPN", "NOUN"):
        head = lead[-1]  # "Said Stone:" with "Said Stone" taken for one name
    if head is None:
        return False
    start = head.i
    while start > lead[0].i and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ"):
        start -= 1
    draft.speaker = (doc[start].idx, head.idx + len(head))
    draft.speaker_head = head
    if verb is not None:
        draft.cue, draft.cue_token = (verb.idx, verb.idx + len(verb)), verb
    draft.confidence = 0.6
    return True


def _headline_verb(ctx: Context, lead: list[Token]) -> int | None:
    """Where a title-case lead-in's verb stands, the name before it the speaker: "Trump
    Addresses Munich Attack: ‘This Cannot Continue.’" is a headline's clause whose capitalised
    verb the tagger read as part of a name (blind audit, round 114: speaker "Trump Addresses").
    A word after a proper noun that ends in "-s" and whose stem is a cue verb or one of
    ``headline_verbs`` (``data/quote_cues.yaml``); None when there is none."""
    words = [t for t in lead if t.is_alpha]
    if len(words) < 3 or not all(t.is_title or t.is_upper for t in words):
        return None
    verbs = ctx.lex.speech | ctx.lex.manner | ctx.lex.object_verbs | ctx.lex.headline_verbs
    for k in range(1, len(lead)):
        word = lead[k].lower_
        if lead[k - 1].pos_ != "PROPN" or not word.endswith("s") or word.endswith("'s"):
            continue
        if {word[:-1], word[:-2], word[:-3] + "y"} & verbs:
            return k
    return None


# past tenses the lemmatiser misses on a capitalised first word ("Said Stone:" tagged a noun)
_IRREGULAR_PAST = {"said": "say", "wrote": "write", "told": "tell", "spoke": "speak"}


def _inverted_cue(ctx: Context, tok: Token) -> bool:
    """A speech verb in the past tense opening the sentence, its speaker after it: "Added
    Clinton:"."""
    if not tok.is_title:
        return False
    word = tok.lower_
    stems = {_IRREGULAR_PAST.get(word, word), word[:-1], word[:-2], word[:-3] + "y"}
    return word.endswith(("ed", "id", "ote", "old", "oke")) and bool(
        stems & (ctx.lex.speech | ctx.lex.manner)
    )


def _named_head(span: SpacySpan) -> Token | None:
    """The last token of the first person named in ``span`` (else of an organisation, else of
    its first run of proper nouns)."""
    for label in ("PERSON", "ORG", "NORP", "GPE"):
        for tok in span:
            if tok.ent_type_ == label and tok.ent_iob_ == "B":
                ent = entity_at(tok)
                if ent is not None and ent.end <= span.end:
                    return ent[-1]
    run = [t for t in span if t.pos_ == "PROPN" and t.text[:1].isupper()]
    if not run:
        return None
    end = run[0]
    while end.i + 1 < span.end and span.doc[end.i + 1].pos_ == "PROPN":
        end = span.doc[end.i + 1]
    return end


def cue_before(ctx: Context, first: int) -> Token | None:
    """A speech verb right before the opening mark, with at most a comma or colon between:
    'joked, “…”', 'a man yelled “Stay there!”'."""
    doc = ctx.doc
    i = first - 1
    while (
        i >= 0 and first - i <= 2 and (doc[i].is_space or doc[i].text in ",:") and not ctx.quoted[i]
    ):
        i -= 1
    if i < 0 or ctx.quoted[i] or first - i > 3:
        return None
    if ctx.is_cue(doc[i], belief=False):
        return doc[i]
    if doc[i + 1].text == ":":
        # "Rubio fired back forcefully: “…”": adverbs between the cue and its colon
        k = i
        while k > 0 and i - k < 2 and doc[k].tag_ in ("RB", "RP") and not ctx.quoted[k]:
            k -= 1
        if k < i and ctx.is_cue(doc[k], belief=False) and not ctx.quoted[k]:
            return doc[k]
    comma = i + 1 < first and doc[i + 1].text == ","
    return _cue_before_adjunct(ctx, i) if comma and not doc[i].is_punct else None


_ADJUNCT_MAX_TOKENS = 8


def _cue_before_adjunct(ctx: Context, last: int) -> Token | None:
    """A speech verb with its own subject whose adjunct ends right before the opening mark:
    "footage of Trump saying during the debate last week, “That makes me smart”" (PolNeAR
    dev: the parser hung the quotation on "concludes")."""
    doc = ctx.doc
    for k in range(last - 1, max(-1, last - _ADJUNCT_MAX_TOKENS), -1):
        tok = doc[k]
        if ctx.quoted[k]:
            return None
        if ctx.is_cue(tok, belief=False):
            covered = all(
                t.is_punct or tok.left_edge.i <= t.i <= tok.right_edge.i
                for t in doc[k + 1 : last + 1]
            )
            has_subject = any(c.dep_ == "nsubj" for c in tok.children)
            has_subject = has_subject or compound_name(ctx, tok) is not None  # "Beck joked"
            # "Ortiz laughed and told reporters, “…”": the subject the conjuncts share (r101)
            has_subject = has_subject or (
                tok.dep_ == "conj" and any(c.dep_ == "nsubj" for c in tok.head.children)
            )
            return tok if covered and has_subject else None
    return None


def cue_after(ctx: Context, last: int, para: Span) -> Token | None:
    """A speech verb within a few words after the closing mark, with only its subject (or
    nothing) between: '“…,” she said', '“…,” said Smith'."""
    doc = ctx.doc
    i = last
    while i < len(doc) and (doc[i].is_punct or doc[i].is_space) and not ctx.quoted[i]:
        i += 1
    for tok in doc[i : min(len(doc), i + _CUE_AFTER_TOKENS)]:
        if tok.idx >= para[1] or ctx.quoted[tok.i]:
            return None
        if ctx.is_cue(tok, belief=False) or _layout_cue(ctx, tok, i, last):
            return None if reports_its_own(ctx, tok, last) else tok
        if tok.pos_ not in ("PRON", "PROPN", "DET", "NOUN", "ADV", "ADJ", "NUM"):
            return None  # "one Clinton ad declared" (round 104)
    return None


# the speaker of the quotation going on to say more (breitbart 2016-05-14 over the diff set)
_GOES_ON = frozenset({"further", "also", "then", "later", "too"})


def reports_its_own(ctx: Context, cue: Token, last: int) -> bool:
    """A quotation closed by a full stop, then a new sentence whose speech verb has content of
    its own: '“It's generating exorbitant earnings.” Border control officials report a 70
    percent decrease …' is not the officials' (blind audit, round 50)."""
    doc = ctx.doc
    end = last - 1
    while end > 0 and (doc[end].is_quote or doc[end].is_space):
        end -= 1
    if doc[end].text not in (".", "!", "?") or cue.sent.start <= end:
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    goes_on = any(c.dep_ == "advmod" and c.lower_ in _GOES_ON for c in cue.children)
    if goes_on and (subject is None or subject.pos_ == "PRON"):
        return False  # '“We are seeking a court order.” She further announced that …'
    # a body named anew "also" reports a thing of its own: '“…” OCHA also reported this
    # confinement' after the defender's words is another source (blind audit, round 114)
    told = cue.lemma_.lower() in ctx.lex.tell_like
    return any(
        (c.dep_ == "ccomp" or (c.dep_ == "dobj" and not told)) and not ctx.quoted[c.i]
        for c in cue.children
    )


def _layout_cue(ctx: Context, tok: Token, start: int, last: int) -> bool:
    """'“France will always be France,” an angry Hollande retaliated': a quotation of a few
    words that ends in a comma, question or exclamation mark, then a subject and a past or
    present verb with no object of its own; the layout is the cue whatever the verb."""
    doc = ctx.doc
    end = last - 1
    while end > 0 and (doc[end].is_quote or doc[end].is_space):
        end -= 1
    return (
        tok.tag_ in ("VBD", "VBZ")
        and tok.dep_ in ("ROOT", "parataxis")  # not "“MAGA,” the slogan Trump chose"
        and end >= 3
        and doc[end].text in (",", "?", "!")
        and any(c.dep_ == "nsubj" and start <= c.i < tok.i and _speaks(c) for c in tok.children)
        and not any(c.dep_ in _OBJECT_DEPS and not ctx.quoted[c.i] for c in tok.children)
    )


def _speaks(subject: Token) -> bool:
    """A subject that can be a speaker: a name or a personal pronoun, not "the balloons"
    ("— “I will win for you!” — the balloons cascaded down"; PolNeAR train, tune half)."""
    return (
        (subject.pos_ == "PROPN" and subject.text[:1].isupper())
        or subject.ent_type_ in ("PERSON", "ORG", "NORP")
        or subject.lower_ in ("he", "she", "they", "we", "i")
    )
