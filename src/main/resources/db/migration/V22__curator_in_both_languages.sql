-- A collection's curator may be named in both languages (content format: curator: {en: ..., fr: ...}): the name in
-- the collection's other language, shown to readers of that language.
ALTER TABLE collection ADD COLUMN curator_name_translated VARCHAR(300);
