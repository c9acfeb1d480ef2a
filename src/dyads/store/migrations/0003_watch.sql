-- State of `dyads watch`: feeds polled (conditional-request validators, health), entries
-- handled (a restart resumes where it left off; status 'retry' is tried again) and alerts
-- already sent.
CREATE TABLE watch_feeds (
    url            TEXT PRIMARY KEY,
    etag           TEXT,
    last_modified  TEXT,
    polled_at      TIMESTAMP,
    status         INTEGER,
    errors_in_row  INTEGER NOT NULL,
    last_error     TEXT
);

CREATE TABLE watch_items (
    feed_url   TEXT NOT NULL,
    item_key   TEXT NOT NULL,
    url        TEXT,
    article_id TEXT,
    status     TEXT NOT NULL,
    attempts   INTEGER NOT NULL,
    seen_at    TIMESTAMP NOT NULL,
    PRIMARY KEY (feed_url, item_key)
);

CREATE TABLE sent_alerts (
    watch     TEXT NOT NULL,
    kind      TEXT NOT NULL,
    item_key  TEXT NOT NULL,
    digest    TEXT,
    sent_at   TIMESTAMP NOT NULL,
    PRIMARY KEY (watch, kind, item_key)
);
