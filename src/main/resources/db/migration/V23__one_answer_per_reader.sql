-- One "was this useful?" answer per reader, resource and place: a one-way code of the signed-in account (or of the
-- anonymous session) with the resource, so a second answer replaces the first. Older answers have none.
ALTER TABLE reader_feedback ADD COLUMN answerer VARCHAR(64);
CREATE INDEX reader_feedback_answerer ON reader_feedback (answerer);
