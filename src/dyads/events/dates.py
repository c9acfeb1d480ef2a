"""The date of an event, from its own clause only.

Owns one rule: an event is dated by a temporal expression in the trigger's own clause — the
trigger's phrase first ("Azerbaijan's September 19-20 offensive"), then the clause it heads or
the clause its noun belongs to ("imposed duties on Tuesday"), then the clauses that clause
hangs off without a subject of its own ("…, accusing X of …" takes the main clause's date). A
date in another clause of the sentence (the speech clause around it: "said on Monday that Israel
had attacked …"; a relative or subordinate clause with its own subject) or in another sentence
is never used, with the exceptions of a reported fresh deed and the story's occasion below.
With no date of its own the event takes the publication date, marked ``basis: published``.

A date with no year ("Tuesday", "Thursday night", "November 20") is read in the tense of the
event's own clause, not by cues elsewhere in the sentence: a past clause takes the last such day
on or before publication, a future one the next. A fresh deed reported in the simple past with
no date of its own ("police said Thursday night that they arrested …") takes the day of its
report when that day is within a week of publication; a perfect ("had arrested") does not.

A "when"/"while"/"as" clause with no date of its own shares the time of what it hangs off.
One narrow exception, anaphora: a clause whose object is a demonstrative reference to what
the text just reported ("denounced these steps") is dated like the nearest preceding sentence
of the body that gives a date.

The story's occasion: a news story opens on the day of what it reports ("… at a presidential
debate Sunday"). A later deed told in the simple past with no date of its own, on a path of
simple-past clauses up to its sentence's root, outside quotation marks, happened on that day
(basis ``lead``) unless the story has named another recent day in between.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dyads.events.borrowed import (
    after_the_last,
    also_then,
    at_the_time_of,
    just_before,
    on_that_time,
    past_day_of_a_request,
    points_back,
    responds,
)
from dyads.events.clauses import JUST_BEFORE, clause_heads, in_clause
from dyads.events.lexicon import load_lexicon
from dyads.events.occasion import at_occasion
from dyads.events.offsets import counted_from
from dyads.events.retelling import retold
from dyads.events.simultaneous import at_an_undated_time, same_doer, simultaneous
from dyads.events.tense import (
    COARSE,
    FUTURE_AUX,
    PERFECT,
    RECENT_DAYS,
    DatedText,
    days_before,
    earlier,
    some_time_before,
    tense,
)
from dyads.records import DateSpan
from dyads.timex import find_dates, find_month_days, resolve

__all__ = ["DatedText", "article_dates", "event_date", "published_date"]


_DEMONSTRATIVE = {"these", "those", "this", "that", "such"}


def published_date(published: str | None) -> DateSpan | None:
    """The publication day, or None when it is unknown (never guessed)."""
    if not published:
        return None
    return DateSpan(start=published, end=published, precision="day", text=None, basis="published")


_UNITS = frozenset({"hour", "day", "week", "month", "year", "decade"})
_TIME_NOUNS = _UNITS | {"time", "morning", "afternoon", "evening", "night", "weekend", "season",
                        "spring", "summer", "autumn", "fall", "winter", "century"}  # fmt: skip


def _at_a_distance(top: Token) -> bool:
    """The clause is timed some weeks (days, months) from another deed the sentence does not
    date: "A few weeks after Obama announced ..., U.S. forces bombed a hospital in Kunduz"
    happened then, not on the publication day (blind audit, round 95); a dated "after" clause
    was already read above."""
    verb = top if top.pos_ in ("VERB", "AUX") else top.head
    for clause in verb.children:
        link = clause.lower_ if clause.dep_ == "prep" else None
        if clause.dep_ == "advcl":
            link = next((m.lower_ for m in clause.children if m.dep_ == "mark"), None)
        if link not in ("after", "before"):
            continue
        if any(c.dep_ == "npadvmod" and c.lemma_.lower() in _UNITS for c in clause.children):
            return True
    return False


def _pluperfect(top: Token) -> bool:
    """The clause is in the past perfect ("had praised"): its deed comes before the story's
    past, with no day of its own (blind audit, round 81: dated by publication)."""
    verb = top if top.pos_ in ("VERB", "AUX") else top.head
    # "despite an agreement Mrs. Clinton had struck with the Obama White House" (blind audit,
    # round 90: dated by publication, years after)
    if verb.dep_ not in ("ROOT", "conj", "relcl") or verb.head.dep_ == "ccomp":
        return False  # "said Thursday that they had arrested …": a reported past, as told
    aux = [c for c in verb.children if c.dep_ == "aux"]
    had = any(a.lower_ in ("had", "'d", "’d") and a.tag_ == "VBD" for a in aux)
    # "had been talking with officials for weeks" runs up to the story's time: dated by
    # publication (blind audit, round 95: given no date)
    return had and verb.tag_ == "VBN"


def _same_occasion(doc_dates: DatedText, top: Token) -> DateSpan | None:
    """A clause joined by "and" to a dated one, both told in the simple past, happened then:
    "Christie unleashed attacks against Rubio in Saturday's debate, and the New Jersey governor
    tripped up Rubio" (blind audit, round 79: the second clause took the publication day)."""
    if top.dep_ != "conj" or top.tag_ != "VBD" or top.head.tag_ != "VBD":
        return None
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in (*top.head.children, *top.children)):
        return None
    return in_clause(doc_dates, top.head)


def _just_before(heads: list[Token], reached: Token) -> bool:
    """The date was reached up through "after …-ing" or "upon …-ing": "Morales expelled the
    DEA in September 2008 after accusing them of conspiring" dates the accusation by the month
    (blind audit, round 11: given no date), but not by a day."""
    for tok in heads:
        if tok is reached:
            return False
        if tok.dep_ == "pcomp" and tok.head.lower_ in JUST_BEFORE:
            return True
    return False


def _anaphoric(heads: list[Token]) -> bool:
    """The clause points back at a thing just told ("denounced these steps"); a time it names
    ("so far this year") points at the present, not back (blind audit, round 107: an undated
    article's "this year" took the "February 2017" of another sentence)."""
    for head in heads:
        for obj in head.children:
            if obj.dep_ not in ("dobj", "pobj") or obj.lemma_.lower() in _TIME_NOUNS:
                continue
            if obj.lower_ in _DEMONSTRATIVE or any(
                d.dep_ == "det" and d.lower_ in _DEMONSTRATIVE for d in obj.children
            ):
                return True
    return False


_PARTS_OF_DAY = frozenset({"day", "night", "morning", "afternoon", "evening"})


def _that_day(heads: list[Token], *, since: bool = False) -> bool:
    """ "later that day", "that night", "the same day": a time named by pointing back; with
    ``since``, one the event only follows ("After that fateful day, Clinton called on
    lawmakers …": blind audit, round 61, dated by the day the story last named)."""
    for head in heads:
        if any(_points_back_at(tok, since) for tok in head.subtree):
            return True
        if head.dep_ not in ("xcomp", "conj", "ccomp"):
            break
    return any(_points_back_at(tok, since) for tok in _reported_by(heads[-1]))


def _points_back_at(tok: Token, since: bool) -> bool:
    if tok.lemma_.lower() not in _PARTS_OF_DAY or tok.dep_ not in ("npadvmod", "pobj"):
        return False
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "amod")}
    after = tok.dep_ == "pobj" and tok.head.lower_ in _AFTER
    return ("that" in dets or {"the", "same"} <= dets) and after == since


def _reported_by(top: Token) -> list[Token]:
    """The time words on the clauses that report ``top``'s clause: "Later that day, Trump fired
    back a response saying he would not support Ryan's agenda" (blind audit, round 108x: the
    refusal took the publication day). Only each verb's own time modifiers."""
    if top.dep_ != "ccomp":
        return []
    found: list[Token] = []
    tok = top.head
    for _ in range(4):
        found += [c for c in tok.children if c.dep_ == "npadvmod"]
        found += [o for c in tok.children if c.dep_ == "prep" for o in c.children]
        if tok.dep_ not in ("acl", "dobj", "ccomp", "xcomp") or tok.head == tok:
            break
        tok = tok.head
    return found


_AFTER = frozenset({"after", "since", "following"})


def event_date(
    doc_dates: DatedText,
    trigger: Token,
    published: str | None,
    body_start: int = 0,
) -> DateSpan | None:
    """The event's date: from its own clause, else (anaphora) the text just before, else the
    publication date (``basis: published``), else None when publication is unknown. None too
    when the clause, or the report it is said in, puts the event some time before without
    saying when ("in the past", "previously said he would …").

    ``doc_dates`` are the article's resolved temporal expressions (:func:`dyads.timex.find_dates`)
    with their character spans.
    """
    heads = clause_heads(trigger)
    top = heads[-1]
    if top.dep_ == "ccomp" and (some_time_before(top.head) or earlier(top.head)):
        return None  # "Trump - who previously said he would bomb …": said some time before
    sent: Span = trigger.sent
    for head in heads:
        found = in_clause(doc_dates, head, trigger)
        if found is not None and _just_before(heads, head) and found.precision not in COARSE:
            break  # "expelled him on 10 September after accusing him": not that day
        if found is not None:
            tensed = _in_tense(found, heads, published)
            return counted_from(trigger.doc, doc_dates, found, tensed)
        if some_time_before(head):
            return None  # "in the past has criticized": before publication, when unsaid
        if earlier(head):
            # "Earlier, Sheriff Arpaio vouched for …" in a convention story: earlier that day
            # (blind audits, rounds 28 and 30: no date, the reviewers wanted the occasion's)
            return at_occasion(doc_dates, trigger, heads, body_start, published)
    if at_an_undated_time(doc_dates, heads[-1]) or _at_a_distance(heads[-1]):
        return None
    answered = just_before(doc_dates, heads[-1], body_start) if responds(heads[-1]) else None
    if answered is not None:
        return answered
    if points_back(heads[-1]):
        return just_before(doc_dates, heads[-1], body_start)
    found = (
        simultaneous(doc_dates, heads[-1])
        or same_doer(doc_dates, heads[-1])
        or at_the_time_of(doc_dates, heads[-1])
        or after_the_last(doc_dates, heads[-1], body_start)
        or on_that_time(doc_dates, heads[-1])
        or _same_occasion(doc_dates, heads[-1])
        or also_then(doc_dates, heads[-1], body_start)
        or _reported_day(doc_dates, heads[-1], published)
        or _announced(doc_dates, heads[-1])
        or retold(doc_dates, trigger)
        or past_day_of_a_request(doc_dates, heads, published)
    )
    if found is not None:
        return found
    if _pluperfect(heads[-1]):
        return None  # "For months, Cruz had effusively praised Trump": before, unsaid (r81)
    if _that_day(heads, since=True):
        return None  # after a day named by pointing back: some time after it, unsaid
    if _that_day(heads) and sent.start > 0:
        # "Later that day, Trump fired back": the day the text last named (blind audit, round
        # 36: dated by the publication day)
        days = [
            when
            for (start, _), when in doc_dates
            if body_start <= start < sent.start_char
            and when.basis == "text"
            and when.precision == "day"
        ]
        if days:
            return days[-1]
    day = at_occasion(doc_dates, trigger, heads, body_start, published)
    if day is not None:
        return day
    if _anaphoric(heads) and sent.start > 0:
        before = [
            when
            for (start, _), when in doc_dates
            if body_start <= start < sent.start_char and when.basis == "text"
        ]
        if before:
            return before[-1]
    return published_date(published)


def _in_tense(found: DateSpan, heads: list[Token], published: str | None) -> DateSpan:
    """A date without a year read by the tense of the event's own clause, not the sentence's:
    "Trump on Tuesday called for a law that will …" is the Tuesday before publication (blind
    audit, round 13: the later "will" made it the next Tuesday)."""
    if not published or found.basis != "text" or not found.text:
        return found
    if any(ch.isdigit() for ch in found.text) and len(found.text.split()) > 2:
        return found  # "November 20, 2018": nothing relative to the publication day
    told = tense(heads) or _reported_future(heads)
    if found.precision != "day" and not (found.precision == "month" and told == "future"):
        return found
    day = published[:10]
    if told == "past" and found.start > day:
        again = resolve(found.text, published, future=False)
    elif told == "future" and found.end < day:
        again = resolve(found.text, published, future=True)
    else:
        return found
    return found if again is None else again


def _reported_future(heads: list[Token]) -> str | None:
    """ "said he would still back him in November": a future told in the past, read forward
    (round 44: dated the November before publication)."""
    top = heads[-1]
    if top.dep_ != "ccomp" or top.head.lemma_.lower() not in load_lexicon().speech:
        return None
    verbs = [t for t in heads if t.pos_ in ("VERB", "AUX")]
    would = verbs and any(c.dep_ == "aux" and c.lower_ == "would" for c in verbs[-1].children)
    return "future" if would else None


def _reported_day(doc_dates: DatedText, top: Token, published: str | None) -> DateSpan | None:
    """A fresh deed reported in the simple past with no date of its own takes the day its report
    was made: "police said Thursday night that they arrested …" (blind audit, round 13: given
    the publication day). Not a perfect ("said on Monday that Israel had attacked Iran": some
    time before), and only a day within a week of publication. A simple present is done in the
    saying: "said on Tuesday that he condemns the attack" (own reading, round 107: given the
    publication day). A report told as a concession to a dated one was made with it: "said late
    Wednesday that …, although he tweeted that he 'rejects …'" (blind audit, round 107)."""
    if top.dep_ != "ccomp" or top.head == top:
        return None
    aux = [c for c in top.children if c.dep_ in ("aux", "auxpass")]
    if top.tag_ != "VBD" and not (top.tag_ in ("VBZ", "VBP") and not aux):
        return None
    if any(c.lower_ in PERFECT for c in aux):
        return None
    speech = top.head
    speech_verbs = load_lexicon().speech
    if speech.lemma_.lower() not in speech_verbs or not published:
        return None
    if top.tag_ == "VBD" and not _own_deed(top, speech):
        return None  # a present stance is held as it is said, whoever holds it (round 107)
    found = in_clause(doc_dates, speech)
    if found is None and _conceded(speech, speech_verbs):
        found = in_clause(doc_dates, speech.head)
    if found is None or found.precision != "day" or found.basis != "text":
        return None
    if days_before(published, found.end) not in range(RECENT_DAYS + 1):
        return None
    return found


def _own_deed(top: Token, speech: Token) -> bool:
    """The reported deed is the speaker's own, told by a pronoun or the speaker's own word
    ("police said Thursday night that they arrested …"); another's deed the report does not
    date ("Cardin said Wednesday that Republicans rejected his attempts …") takes the
    publication day (blind audits, rounds 111, 112 and 116: the report's day judged wrong)."""
    told = [c for c in top.children if c.dep_ in ("nsubj", "nsubjpass")]
    sayer = [c for c in speech.children if c.dep_ == "nsubj"]
    if not told or not sayer:
        return True
    subject = told[0]
    return subject.pos_ == "PRON" or subject.lemma_.lower() == sayer[0].lemma_.lower()


def _conceded(speech: Token, speech_verbs: frozenset[str]) -> bool:
    """A simple-past report in an "although"/"though" clause of another report."""
    marked = any(c.dep_ == "mark" and c.lower_ in ("although", "though") for c in speech.children)
    return (
        marked
        and speech.dep_ == "advcl"
        and speech.tag_ == "VBD"
        and speech.head.lemma_.lower() in speech_verbs
    )


_PROMISING = FUTURE_AUX | {"would"}


def _announced(doc_dates: DatedText, top: Token) -> DateSpan | None:
    """What someone announced they would do is coded as the announcement (an intent or a
    threat), so it takes the announcement's date: "Last week, Gov. Chris Christie announced
    that he would support the Trump campaign" (blind audit, round 28: given the publication
    day)."""
    if top.dep_ != "ccomp" or top.head == top:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in _PROMISING for c in top.children):
        return None
    speech = top.head
    if speech.lemma_.lower() not in load_lexicon().speech:
        return None
    return in_clause(doc_dates, speech)


def article_dates(text: str, published: str | None) -> DatedText:
    """The article's resolved temporal expressions with their character spans (end exclusive),
    in text order (:func:`dyads.timex.find_dates`); without a publication day, the days it
    names without a year too, as gMonthDay dates (:func:`dyads.timex.find_month_days`)."""
    found = find_dates(text, published)
    if published:
        return found
    taken = [span for span, _ in found]
    extra = [
        (span, when)
        for span, when in find_month_days(text)
        if not any(span[0] < end and start < span[1] for start, end in taken)
    ]
    return sorted(found + extra, key=lambda sd: sd[0])
