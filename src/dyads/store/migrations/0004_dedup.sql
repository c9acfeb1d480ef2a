-- Near-duplicate articles (syndicated copies) and events reported by several articles.
ALTER TABLE articles ADD COLUMN duplicate_of TEXT;

CREATE TABLE article_minhash (
    article_id TEXT PRIMARY KEY,
    signature  BYTEA NOT NULL
);

-- Events of different articles with the same dyad, CAMEO root and overlapping dates share
-- a cluster: one real-world event, every report of it kept with its own evidence.
ALTER TABLE events ADD COLUMN cluster TEXT;
