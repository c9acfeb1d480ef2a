-- What the language stages extract from an article. Each row keeps the full record (JSON,
-- the record contract) beside flat columns for querying; spans are offsets into articles.text.
CREATE TABLE mentions (
    article_id TEXT NOT NULL,
    idx        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    actor      TEXT,
    code       TEXT,
    country    TEXT,
    sector     TEXT,
    role       TEXT,
    kind       TEXT,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE quotes (
    article_id     TEXT NOT NULL,
    idx            INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    content        TEXT NOT NULL,
    span_start     INTEGER NOT NULL,
    span_end       INTEGER NOT NULL,
    speaker_text   TEXT,
    speaker_actor  TEXT,
    speaker_code   TEXT,
    cue            TEXT,
    medium         TEXT,
    addressee      TEXT,
    date_start     DATE,
    date_end       DATE,
    confidence     DOUBLE PRECISION,
    record         TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE events (
    article_id       TEXT NOT NULL,
    idx              INTEGER NOT NULL,
    source_actor     TEXT,
    source_code      TEXT,
    source_country   TEXT,
    target_actor     TEXT,
    target_code      TEXT,
    target_country   TEXT,
    cameo            TEXT NOT NULL,
    root             TEXT NOT NULL,
    quad_class       INTEGER NOT NULL,
    goldstein        DOUBLE PRECISION NOT NULL,
    plover           TEXT,
    date_start       DATE,
    date_end         DATE,
    date_precision   TEXT,
    negated          BOOLEAN NOT NULL,
    evidence         TEXT NOT NULL,
    evidence_start   INTEGER NOT NULL,
    evidence_end     INTEGER NOT NULL,
    confidence       DOUBLE PRECISION,
    record           TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
);

-- Actors known across articles: learned from text (with the dates seen) or given by users.
CREATE TABLE actors (
    name       TEXT NOT NULL,
    role       TEXT NOT NULL,
    code       TEXT,
    country    TEXT,
    sector     TEXT,
    kind       TEXT,
    origin     TEXT NOT NULL,          -- learned | user
    first_seen DATE,
    last_seen  DATE,
    record     TEXT NOT NULL,
    PRIMARY KEY (name, role, origin)
);
