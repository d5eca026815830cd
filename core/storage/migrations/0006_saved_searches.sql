-- Byline schema, version 6: saved searches, and an index for the editorial calendar.

-- A person's saved searches: a name, the words typed and the Search panel's filters.
-- `locale` NULL: every language; `state` NULL: any state.
CREATE TABLE saved_searches (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    query      TEXT NOT NULL,
    locale     TEXT REFERENCES locales(code) ON UPDATE CASCADE ON DELETE SET NULL,
    state      TEXT CHECK (state IS NULL OR state IN ('draft', 'submitted', 'approved',
                                                      'scheduled', 'published', 'spiked')),
    created_at TEXT NOT NULL,
    UNIQUE (user_id, name)
);

-- The calendar reads published articles by their publication time.
CREATE INDEX articles_published ON articles(published_at);
