"""Analyse in place the stored articles of one language, once a model serves it.

Every article is stored whatever its language (text, structure, date, language); the
language stages run only on the languages the installed models serve
(``Settings.languages``). ``dyads reanalyse --language xx`` runs them later on the stored
articles of ``xx`` that were kept as not analysed.
"""

from __future__ import annotations

from dataclasses import dataclass

from dyads.errors import DyadsError
from dyads.pipeline import Pipeline
from dyads.store import SqlStore
from dyads.store.reanalysis import replace_analysis, unanalysed_articles, unanalysed_counts


class NotServed(DyadsError):
    """No installed model serves the language asked for."""

    stage = "language"


@dataclass(slots=True)
class Reanalysis:
    language: str
    articles: int = 0
    quotes: int = 0
    events: int = 0
    failed: int = 0


def reanalyse_language(pipeline: Pipeline, store: SqlStore, language: str) -> Reanalysis:
    """Run the language stages on every stored, not analysed article of ``language`` and
    write the results in place (article ids, texts and sources unchanged).

    Raises ``NotServed`` (nothing is changed) when ``language`` is not among
    ``pipeline.settings.languages``. An article whose analysis raises is left as it was and
    counted in ``failed``.
    """
    code = language.strip().lower()
    served = pipeline.settings.languages
    if code not in served:
        waiting = unanalysed_counts(store).get(code, 0)
        raise NotServed(
            f"no installed model serves {code!r}: the language stages run on "
            f"{', '.join(served)} (setting `languages`, DYADS_LANGUAGES); the store keeps "
            f"{waiting} {code!r} article{'s' if waiting != 1 else ''} as stored, not analysed"
        )
    result = Reanalysis(code)
    pipeline.remember(store.actor_rows())
    for article in unanalysed_articles(store, code):
        try:
            analysed = pipeline.analyse(article)
        except Exception:  # one article must not stop the others; it stays not analysed
            result.failed += 1
            continue
        replace_analysis(store, analysed, pipeline.learned_rows(analysed))
        result.articles += 1
        result.quotes += len(analysed.quotes)
        result.events += len(analysed.events)
    return result
