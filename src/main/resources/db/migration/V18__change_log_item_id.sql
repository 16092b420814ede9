-- The change log names resources and collections alike: one name for the id of the item that changed.
ALTER TABLE change_log RENAME COLUMN resource_slug TO item_id;
