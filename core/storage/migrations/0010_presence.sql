-- Schema 10: presence, who has which article open and in which language (docs/ARCHITECTURE.md,
-- "Presence"). A row lives only as long as the connection that wrote it: `session` is that
-- connection's origin (Database::origin()); `process` and `host` are the desk's process id and
-- machine on SQLite, `process` the server backend's pid on PostgreSQL. Readers skip rows whose
-- connection is gone (PresenceRepository), so a desk that crashed never leaves a stale lock;
-- presence is advisory and locks nothing.
CREATE TABLE presence (
    session     TEXT NOT NULL,
    article_uid TEXT NOT NULL,
    locale      TEXT NOT NULL DEFAULT '',
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    since       TEXT NOT NULL,
    process     INTEGER NOT NULL,
    host        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (session, article_uid)
);

CREATE INDEX presence_article ON presence(article_uid);
