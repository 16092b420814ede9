-- Typed texts are limited in characters as readers count them (code points: an emoji is one), not in UTF-16 units.
-- PostgreSQL's VARCHAR(n) counts characters already; H2's counts UTF-16 units, where such a character takes two. The
-- columns whose limit a form or the API says are widened to twice it, so a name of 120 characters, emoji among them,
-- is stored on both (the services keep the limits). Standard SQL for H2 and PostgreSQL; nothing else changes.
ALTER TABLE account ALTER COLUMN display_name SET DATA TYPE VARCHAR(240);
ALTER TABLE organization ALTER COLUMN name SET DATA TYPE VARCHAR(400);
ALTER TABLE partnership ALTER COLUMN title SET DATA TYPE VARCHAR(600);
ALTER TABLE plan_item ALTER COLUMN what SET DATA TYPE VARCHAR(600);
ALTER TABLE plan_item ALTER COLUMN why SET DATA TYPE VARCHAR(4000);
ALTER TABLE plan_item ALTER COLUMN notes SET DATA TYPE VARCHAR(8000);
ALTER TABLE plan_revision ALTER COLUMN reason SET DATA TYPE VARCHAR(4000);
ALTER TABLE check_in ALTER COLUMN move_reason SET DATA TYPE VARCHAR(2000);
ALTER TABLE partnership_note ALTER COLUMN body SET DATA TYPE VARCHAR(8000);
ALTER TABLE reader_feedback ALTER COLUMN comment_text SET DATA TYPE VARCHAR(1200);
ALTER TABLE resource_uptake ALTER COLUMN line SET DATA TYPE VARCHAR(400);
