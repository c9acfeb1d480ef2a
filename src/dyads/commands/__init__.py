"""Pieces of the ``dyads`` command line (:mod:`dyads.cli`): the lazy command group with its
exit codes and one-line errors, shared options and the batch report, progress on standard
error, the readable views of ``show`` and ``summary``, and ``serve``."""
