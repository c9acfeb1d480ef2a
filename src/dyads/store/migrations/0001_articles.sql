-- Articles, the sources each was read from, and inputs that failed.
CREATE TABLE articles (
    id              TEXT PRIMARY KEY,
    source          TEXT NOT NULL,
    url             TEXT,
    headline        TEXT,
    caption         TEXT,
    dateline_place  TEXT,
    dateline_agency TEXT,
    published       DATE,
    language        TEXT,
    status          TEXT NOT NULL,          -- processed | skipped
    reason          TEXT,                   -- why it was skipped
    text            TEXT NOT NULL,
    body_start      INTEGER NOT NULL,
    body_end        INTEGER NOT NULL,
    boilerplate     TEXT NOT NULL,          -- JSON list of {text, span}
    ingested_at     TIMESTAMP NOT NULL
);

CREATE TABLE article_sources (
    article_id TEXT NOT NULL,
    source     TEXT NOT NULL,
    url        TEXT,
    seen_at    TIMESTAMP NOT NULL,
    PRIMARY KEY (article_id, source)
);

CREATE TABLE failures (
    source TEXT NOT NULL,
    stage  TEXT NOT NULL,
    reason TEXT NOT NULL,
    time   TIMESTAMP NOT NULL,
    PRIMARY KEY (source, stage)
);
