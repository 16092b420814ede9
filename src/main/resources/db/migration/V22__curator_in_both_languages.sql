-- A collection's curator may be named in both languages (content format: curator: {en: ..., fr: ...}): the name in
-- the collection's other language, shown to readers of that language.
ALTER TABLE collection ADD COLUMN curator_name_translated VARCHAR(300);
-- Databases made before this migration hold the shipped collections as first imported, with the editorial team named
-- in one language (the portal imports its content folder into an empty library only): give them the other name,
-- as the shipped files now do. Collections of an account, or renamed by an editor, are left as they are.
UPDATE collection SET curator_name_translated = 'Équipe éditoriale du Portail KMb'
    WHERE curator_account_id IS NULL AND curator_name = 'KMb Portal editorial team' AND curator_name_translated IS NULL;
UPDATE collection SET curator_name_translated = 'KMb Portal editorial team'
    WHERE curator_account_id IS NULL AND curator_name = 'Équipe éditoriale du Portail KMb'
    AND curator_name_translated IS NULL;
