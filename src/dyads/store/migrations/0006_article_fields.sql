-- Articles as published: the byline, and whether the language stages ran (issue 16).
-- An article in a language no installed model serves is stored with analysed = FALSE and the
-- reason, and analysed in place later (dyads reanalyse). Rows stored as "skipped" for their
-- language before this migration are such articles.
ALTER TABLE articles ADD COLUMN byline TEXT;
ALTER TABLE articles ADD COLUMN analysed BOOLEAN DEFAULT TRUE;
ALTER TABLE articles ADD COLUMN analysis_note TEXT;
UPDATE articles SET analysed = FALSE, analysis_note = reason, status = 'processed'
WHERE status = 'skipped';
