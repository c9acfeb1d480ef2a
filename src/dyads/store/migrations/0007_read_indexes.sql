-- Reading one article's facts (GET /articles/{id}, dyads show, exports) looks rows up by
-- article id. DuckDB does not search a composite primary key by its first column, so each of
-- these was a full scan (8 to 15 times slower on 5,000 articles; docs/BENCHMARKS.md, API
-- under load). PostgreSQL could use the keys, and an index of its own costs it little.
CREATE INDEX IF NOT EXISTS mentions_by_article ON mentions (article_id);
CREATE INDEX IF NOT EXISTS quotes_by_article ON quotes (article_id);
CREATE INDEX IF NOT EXISTS events_by_article ON events (article_id);
CREATE INDEX IF NOT EXISTS sources_by_article ON article_sources (article_id);
