-- Schema 10: presence, as SQLite's 0010_presence.sql. On a server `process` is the backend's
-- pid (pg_backend_pid()): a row whose backend is no longer in pg_stat_activity belongs to a
-- desk that is gone, and readers skip it.
CREATE TABLE presence (
    session     TEXT NOT NULL,
    article_uid TEXT NOT NULL,
    locale      TEXT NOT NULL DEFAULT '',
    user_id     BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    since       TEXT NOT NULL,
    process     BIGINT NOT NULL,
    host        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (session, article_uid)
);

CREATE INDEX presence_article ON presence(article_uid);
