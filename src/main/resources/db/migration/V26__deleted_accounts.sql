-- An account its person deleted stays as a tombstone (no email address, name, password or language) so that the
-- work others rely on keeps its history; it is marked here, and its email column holds 'deleted-<id>'.
ALTER TABLE account ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
