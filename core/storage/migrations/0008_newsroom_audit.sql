-- Byline schema, version 8: the newsroom's own audit trail.

-- Who changed the newsroom, when and how: imports, users added or changed, settings and site
-- strings. Workflow steps stay in `audit`, per article. Rows are only ever added; `user_id`
-- is NULL for the set-up of a store that had no users yet (its first import or first user).
CREATE TABLE newsroom_audit (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    user_id INTEGER REFERENCES users(id),
    action  TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail  TEXT NOT NULL
);

CREATE INDEX newsroom_audit_at ON newsroom_audit(at);
