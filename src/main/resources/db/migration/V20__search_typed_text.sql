-- A search as the reader typed it (operators, quotes and punctuation kept; contact details removed; at most 200
-- characters), beside its normalized words: the editors' "found nothing" table shows what readers actually asked.
-- Searches kept before this have only their normalized words: those stand in for what was typed.
ALTER TABLE search_signal ADD COLUMN typed_text VARCHAR(200);
UPDATE search_signal SET typed_text = query_text;
ALTER TABLE search_signal ALTER COLUMN typed_text SET NOT NULL;
CREATE INDEX search_signal_nothing ON search_signal (results, searched_on);
