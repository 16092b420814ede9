-- The language a person last chose with the language switch while signed in ('en' or 'fr'; none until they choose):
-- signing in on another browser opens the pages in it.
ALTER TABLE account ADD COLUMN language VARCHAR(2);
