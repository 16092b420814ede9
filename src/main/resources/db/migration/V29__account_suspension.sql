-- An administrator can suspend an account's access (a person who left the organization, a shared sign-in that leaked)
-- without deleting anything: its sessions end, it cannot sign in until an administrator restores it, and everything
-- it wrote stays as it is. Marked here with when it was suspended; null for an account with access.
ALTER TABLE account ADD COLUMN suspended_at TIMESTAMP WITH TIME ZONE;
