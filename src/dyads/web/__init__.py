"""The web dashboard: filters that drive every panel, the event table, the article reader and
exports of the view (``routes.dashboard_router``, included by :mod:`dyads.api`); see
``docs/DASHBOARD.md``."""
