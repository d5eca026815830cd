-- Workflow: per-locale publication, lateness of scheduled publication, editorial comments.

-- When this locale went live; NULL while it is not on the site. A locale goes live when it is
-- approved and the article is published, and can be taken down on its own.
ALTER TABLE translations ADD COLUMN published_at TEXT;

-- How late (seconds) publish-due published a scheduled article; NULL when it was on time or
-- published by hand.
ALTER TABLE articles ADD COLUMN published_late_seconds INTEGER;

CREATE TABLE comments (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    number      INTEGER NOT NULL,
    at          TEXT NOT NULL,
    user_id     INTEGER REFERENCES users(id),
    locale      TEXT REFERENCES locales(code),
    text        TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by INTEGER REFERENCES users(id),
    UNIQUE (article_id, number)
);

CREATE INDEX articles_due ON articles(status, scheduled_at);
