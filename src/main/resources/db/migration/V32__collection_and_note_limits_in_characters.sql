-- As V31, for the texts whose limits the content format, the collection pages and the editor's save note say: limited
-- in characters as readers count them (code points: an emoji is one), so their columns are widened to twice the limit
-- (H2's VARCHAR(n) counts UTF-16 units, where such a character takes two; PostgreSQL's counts characters already).
-- The services keep the limits. Standard SQL for H2 and PostgreSQL; nothing else changes.
ALTER TABLE collection ALTER COLUMN title SET DATA TYPE VARCHAR(1000);
ALTER TABLE collection ALTER COLUMN curator_name SET DATA TYPE VARCHAR(600);
ALTER TABLE collection ALTER COLUMN curator_name_translated SET DATA TYPE VARCHAR(600);
ALTER TABLE collection_item ALTER COLUMN title SET DATA TYPE VARCHAR(1000);
ALTER TABLE revision ALTER COLUMN note SET DATA TYPE VARCHAR(2000);
ALTER TABLE resource ALTER COLUMN title SET DATA TYPE VARCHAR(1000);
ALTER TABLE resource ALTER COLUMN citation_title SET DATA TYPE VARCHAR(2000);
ALTER TABLE resource ALTER COLUMN citation_container SET DATA TYPE VARCHAR(1000);
ALTER TABLE resource ALTER COLUMN citation_doi SET DATA TYPE VARCHAR(600);
ALTER TABLE resource ALTER COLUMN summarized_by SET DATA TYPE VARCHAR(600);
ALTER TABLE resource ALTER COLUMN evidence_sample SET DATA TYPE VARCHAR(2000);
ALTER TABLE resource ALTER COLUMN source_title SET DATA TYPE VARCHAR(2000);
ALTER TABLE resource ALTER COLUMN source_author SET DATA TYPE VARCHAR(600);
ALTER TABLE resource ALTER COLUMN source_publication SET DATA TYPE VARCHAR(1000);
ALTER TABLE resource_author ALTER COLUMN name SET DATA TYPE VARCHAR(600);
