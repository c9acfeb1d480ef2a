"""A speech verb in the writer's background: "With some politicians proposing to increase the
legal quota to 20,000 hectares while Bolivia receives millions …, the issue …" sets the scene;
no one's words are reported (blind audit, round 99: stored as a quotation of "some
politicians")."""

from __future__ import annotations

from dyads.quotes.context import Draft

_VAGUE = frozenset({"some", "many", "several", "few", "other", "more", "most"})


def background_mention(draft: Draft) -> bool:
    """``draft`` is an indirect report whose cue is a participle in a "with" phrase of a vague
    group ("with some politicians proposing …"); a named subject ("with Trump saying that …")
    and quoted words ("with many marchers chanting “…”", PolNeAR train, tune half) still
    report."""
    cue = draft.cue_token
    if draft.kind != "indirect":
        return False  # "with many marchers chanting “We are Orlando”": the words themselves
    if cue is None or cue.tag_ != "VBG" or cue.dep_ not in ("pcomp", "acl"):
        return False
    with_ = cue.head if cue.dep_ == "pcomp" else cue.head.head
    if with_.lower_ != "with":
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None and cue.dep_ == "acl":
        subject = cue.head  # "with some politicians proposing …" parsed as a noun's modifier
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NNS":
        return False
    dets = [c.lower_ for c in subject.children if c.dep_ in ("det", "amod")]
    return not dets or any(d in _VAGUE for d in dets)
