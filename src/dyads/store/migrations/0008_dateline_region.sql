-- The dateline's region ("N.H." in "MANCHESTER, N.H. —"), which says which Manchester: the
-- actors stage reads the story's country from it (round 92: a New Hampshire story coded British).
ALTER TABLE articles ADD COLUMN dateline_region TEXT;
