-- A "was this useful?" answer's reader code is now an HMAC under a secret kept outside the database (insights
-- AnswererKey), where it was a plain SHA-256 that anyone with the database could recompute for every account. The old
-- codes are forgotten: an answer given before no longer replaces the same reader's next one.
UPDATE reader_feedback SET answerer = NULL;
