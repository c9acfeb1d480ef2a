"""What kind of act a cue word stands for, and whether the act took place.

A speech act reported as not made ("did not say whether", "declined to comment", "no one
said") or as hypothetical ("would say", "if he says") gives no quotation (issue 15).
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Token

from dyads.quotes.lexicon import CueLexicon

Act = Literal["speech", "manner", "belief"]

_NEGATIVE_SUBJECTS = frozenset({"nobody", "no one", "none", "neither"})
_CONDITIONS = frozenset({"if", "unless", "whether"})
# "would later say", "would say only that" narrate what was said; "would say" alone is hypothetical.
_NARRATIVE_ADVERBS = frozenset({"later", "often", "always", "repeatedly", "once", "then", "only"})
_NEGATION_HOPS = 3
_NOT_YET_SAID = frozenset({"expect", "seem", "appear", "plan", "intend", "prepare", "set"})
# "wants to say", "pushed Democrats to say": words wished for or asked of someone, not said
# (blind audit, round 22); a belief so framed ("need to realize that …") stays a stance
_WISHED = frozenset({"want", "wish", "hope", "aim", "need"})
_ASKED = frozenset({"push", "press", "pressure", "urge", "ask", "encourage", "invite", "lobby",
                    "challenge", "dare", "beg", "implore", "want", "need"})  # fmt: skip


def act_of(tok: Token, lex: CueLexicon) -> Act | None:
    """``speech`` for a verb of saying (or a verb with a cue particle: "fired back"),
    ``manner`` for a manner-of-speaking verb, ``belief`` for thinking and wanting, else None."""
    if tok.pos_ not in ("VERB", "AUX") and tok.tag_[:2] != "VB":
        if not _misread_verb(tok):
            return None
        lemma = tok.lower_[:-1]  # "states" -> "state"
    else:
        lemma = tok.lemma_.lower()
    if lemma in lex.speech:
        return "speech"
    particles = lex.phrasal.get(lemma)
    if particles and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in particles for c in tok.children
    ):
        return "speech"
    if lemma in lex.manner:
        return "manner"
    if lemma in lex.belief:
        return "belief"
    return None


def _misread_verb(tok: Token) -> bool:
    """A present-tense verb the tagger took for a plural noun, though a subject hangs on it:
    '“…,” a police report states.' (blind audit, round 110: the tag missed, the quotation
    given to the outlet of the paragraph before)."""
    return (
        tok.tag_ == "NNS"
        and tok.lower_.endswith("s")
        and any(c.dep_ == "nsubj" for c in tok.children)
    )


# a speech act the writer infers: nobody said it
_UNSPOKEN = frozenset({"implicitly", "tacitly", "silently", "effectively", "wordlessly"})


def not_made(cue: Token, lex: CueLexicon, quoted: bytearray) -> bool:
    """The speech act of ``cue`` is negated or hypothetical: "did not say", "never said",
    "declined to say", "refused to comment on whether", "has yet to say", "would say",
    "if he says", "no one said", "without saying". Words inside quotation marks (``quoted[i]``)
    are what was said, never the frame: '“Absolutely not,” she replied' is a reply."""
    if _negated_or_modal(cue, lex, quoted):
        return True
    if any(c.dep_ == "advmod" and c.lower_ in _UNSPOKEN for c in cue.children):
        return True  # "Erdogan and Biden implicitly agreed …": the writer's reading (round 72)
    if cue.dep_ == "pcomp" and cue.head.lower_ == "without":
        return True  # "attack a friend without saying, “…”" (PolNeAR train, tune half)
    node = cue
    own = True  # no hop yet but to a first conjunct: the cue's own governing verb is next
    for _ in range(_NEGATION_HOPS):
        if node.dep_ not in ("xcomp", "pcomp", "conj", "advcl") or node.head == node:
            break
        if node.dep_ == "conj":
            node = node.head  # "said X but did not say Y": the conjunct carries its own aux
            continue
        head = node.head
        if quoted[head.i]:
            break
        if head.lemma_.lower() in lex.negating and node.dep_ != "advcl":
            # not "refused to answer …, adding: “…”": the participle's act took place
            return True
        if head.lemma_.lower() == "have" and any(c.lower_ == "yet" for c in head.children):
            return True  # "has yet to say"
        means = node.dep_ == "pcomp" and head.lower_ == "by"
        if means and _negated_or_modal(head.head, lex, quoted):
            return True  # "He could do this by telling X that …" (blind audit, round 74)
        if means and _avoided(head.head, node):
            return True
        if own and node.dep_ == "xcomp" and _wished(cue, node, head, lex, quoted):
            return True
        if node.dep_ == "xcomp" and head.lemma_.lower() in _NOT_YET_SAID:
            # "she's expected to argue", "seemed to imply" (blind audit, round 12): a forecast
            # or the writer's reading, not words said
            return True
        if node.dep_ == "xcomp" and _negated_or_modal(head, lex, quoted):
            return True  # "did not want to say", "would not comment"
        node, own = head, False
    return False


def _avoided(head: Token, means: Token) -> bool:
    """The act a means serves is one to be avoided: "careful not to anger Mr. Sanders by urging
    him to quit the race" urges nothing (blind audit, round 79: a quotation "him to quit")."""
    inside = {t.i for t in means.subtree}
    return any(
        t.dep_ == "neg"
        and t.i not in inside
        and t.i < means.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.head.children)
        for t in head.subtree
    )


def _wished(cue: Token, node: Token, head: Token, lex: CueLexicon, quoted: bytearray) -> bool:
    """ "wants to say", "pushed Democrats to … say": a speech act wished for or asked of
    someone (the governing verb's object), which was not made."""
    if act_of(cue, lex) != "speech":
        return False
    lemma = head.lemma_.lower()
    if lemma in _WISHED and not any(c.dep_ == "dobj" for c in head.children):
        return True
    return lemma in _ASKED and any(
        c.dep_ == "dobj" and c.i < node.i and not quoted[c.i] for c in head.children
    )


def name_modal(aux: Token, verb: Token) -> bool:
    """A capitalised "modal" before a past form is a name the parser took for a modal: "Will
    described Trump as …" (the columnist George Will), "May said" (blind audit, round 24)."""
    return aux.tag_ == "MD" and aux.text[:1].isupper() and verb.tag_ in ("VBD", "VBN")


def _negated_or_modal(verb: Token, lex: CueLexicon, quoted: bytearray) -> bool:
    doc = verb.doc
    narrative = any(c.lower_ in _NARRATIVE_ADVERBS for c in verb.children) or (
        verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in _NARRATIVE_ADVERBS
    )
    for child in verb.children:
        if quoted[child.i]:
            continue
        if child.dep_ == "neg":
            return True
        hypothetical = child.dep_ == "aux" and child.lower_ in lex.hypothetical_aux
        if hypothetical and not narrative and not name_modal(child, verb):
            return True
        if child.dep_ == "mark" and child.lower_ in _CONDITIONS:
            return True
        if child.dep_ == "mark" and child.lower_ == "for" and _infinitive(verb):
            return True  # "awkward for Republicans to say that …": no one said it (round 99)
        if child.dep_ in ("nsubj", "nsubjpass") and _negative_subject(child):
            return True
    return False


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _negative_subject(subj: Token) -> bool:
    if subj.lower_ in _NEGATIVE_SUBJECTS:
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children)


def called_on(verb: Token) -> bool:
    """ "called on the EU to act", "called upon them to leave": a request; "was called by the
    SVP to force the government …" convenes for a purpose, no words (blind audit, round 79)."""
    return any(c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") for c in verb.children)


def in_a_claim(cue: Token, nouns: frozenset[str]) -> bool:
    """The cue heads the "that" clause of a claim noun (``claim_nouns``), or of a noun joined to
    one: what others say of its subject."""
    if cue.dep_ not in ("acl", "relcl") or not any(
        c.dep_ == "mark" and c.lower_ == "that" for c in cue.children
    ):
        return False
    head = cue.head
    return any(n.lemma_.lower() in nouns for n in (head, *head.conjuncts))
