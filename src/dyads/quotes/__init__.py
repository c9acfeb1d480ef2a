"""Quotations and reported speech -> ``Quote`` records (who said what, to whom, when).

``find_quotes`` is the stage's entry point; ``marks`` pairs quotation marks, ``syntax`` reads
speakers and audiences off the parse, ``lexicon`` loads the cue words from ``data/``.
"""

from dyads.quotes.finder import Attributions, find_attributions, find_quotes

__all__ = ["Attributions", "find_attributions", "find_quotes"]
