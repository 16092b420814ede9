-- Work of a deleted account said who did it as stored words in both languages ('a former member / un ancien membre'),
-- shown as such to every reader. It now keeps a marker, 'former-member' (no email or "Name <email>" label can be
-- it), which the pages say in the reader's language. Rows written the old way get the marker.
UPDATE partnership SET proposed_by = 'former-member' WHERE proposed_by = 'a former member / un ancien membre';
UPDATE partnership SET accepted_by = 'former-member' WHERE accepted_by = 'a former member / un ancien membre';
UPDATE partnership SET closed_by = 'former-member' WHERE closed_by = 'a former member / un ancien membre';
UPDATE plan_revision SET author_label = 'former-member' WHERE author_label = 'a former member / un ancien membre';
UPDATE partnership_note SET author_label = 'former-member' WHERE author_label = 'a former member / un ancien membre';
UPDATE capacity_rating SET rated_by = 'former-member' WHERE rated_by = 'a former member / un ancien membre';
UPDATE check_in SET moved_by = 'former-member' WHERE moved_by = 'a former member / un ancien membre';
UPDATE check_in SET recorded_by = 'former-member' WHERE recorded_by = 'a former member / un ancien membre';
UPDATE organization_profile SET updated_by = 'former-member' WHERE updated_by = 'a former member / un ancien membre';
UPDATE revision SET author_name = 'former-member'
    WHERE author_email = 'former-member' AND author_name = 'a former member / un ancien membre';
UPDATE review_comment SET author_name = 'former-member'
    WHERE author_email = 'former-member' AND author_name = 'a former member / un ancien membre';
UPDATE account SET display_name = 'former-member'
    WHERE deleted_at IS NOT NULL AND display_name = 'a former member / un ancien membre';
-- Plan revisions and notes keep their author's account: those of accounts deleted before this release still showed
-- their author's name (the deletion looked for "Name <email>", and these keep the name alone).
UPDATE plan_revision SET author_label = 'former-member'
    WHERE author_account_id IN (SELECT id FROM account WHERE deleted_at IS NOT NULL);
UPDATE partnership_note SET author_label = 'former-member'
    WHERE author_account_id IN (SELECT id FROM account WHERE deleted_at IS NOT NULL);
