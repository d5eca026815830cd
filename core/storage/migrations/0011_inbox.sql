-- Schema 11: the inbox, what happened that concerns one person (docs/ARCHITECTURE.md,
-- "Inbox"): their article sent back or published, an assignment, a mention, a translation
-- gone stale. Written by whoever acted, in the same transaction as the act
-- (core/workflow/Notices); read and marked read only by the person it is for (on a server the
-- newsroom's rights enforce that). `article_uid` is not a reference: an entry whose article is
-- gone is skipped when read.
CREATE TABLE inbox (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id        INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL,
    article_uid    TEXT NOT NULL,
    locale         TEXT NOT NULL DEFAULT '',
    actor_id       INTEGER REFERENCES users(id) ON DELETE SET NULL,
    at             TEXT NOT NULL,
    detail         TEXT NOT NULL DEFAULT '',
    comment_number INTEGER NOT NULL DEFAULT 0,
    read_at        TEXT
);

CREATE INDEX inbox_person ON inbox(user_id, id);
