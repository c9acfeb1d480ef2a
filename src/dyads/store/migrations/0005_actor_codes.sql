-- Actor memory keeps one entry per name, role and code (one person may be coded differently
-- in different periods or stories); key the table the same way so a later run reloads exactly
-- what an unbroken run would have remembered.
CREATE TABLE actors_by_code (
    name       TEXT NOT NULL,
    role       TEXT NOT NULL,
    code       TEXT NOT NULL,
    country    TEXT,
    sector     TEXT,
    kind       TEXT,
    origin     TEXT NOT NULL,
    first_seen DATE,
    last_seen  DATE,
    record     TEXT NOT NULL,
    PRIMARY KEY (name, role, code, origin)
);

INSERT INTO actors_by_code
SELECT name, role, COALESCE(code, ''), country, sector, kind, origin, first_seen, last_seen, record
FROM actors;

DROP TABLE actors;

ALTER TABLE actors_by_code RENAME TO actors;
