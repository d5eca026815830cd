-- Byline schema, version 1.
-- Times are ISO 8601 UTC text ("2026-11-20T09:30:00Z"): sortable and the same in every dialect.
-- Statements end with a semicolon at the end of a line; a trigger ends with a line "END;".

CREATE TABLE locales (
    code     TEXT PRIMARY KEY,
    label    TEXT NOT NULL,
    name     TEXT NOT NULL,
    position INTEGER NOT NULL
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE site_strings (
    locale TEXT NOT NULL REFERENCES locales(code) ON UPDATE CASCADE,
    key    TEXT NOT NULL,
    value  TEXT NOT NULL,
    PRIMARY KEY (locale, key)
);

CREATE TABLE sections (
    id       INTEGER PRIMARY KEY,
    uid      TEXT NOT NULL UNIQUE,
    slug     TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL
);

CREATE TABLE section_texts (
    section_id  INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
    locale      TEXT NOT NULL REFERENCES locales(code),
    name        TEXT NOT NULL,
    description TEXT NOT NULL,
    PRIMARY KEY (section_id, locale)
);

CREATE TABLE users (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('journalist', 'editor', 'translator', 'admin')),
    active       INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE user_locales (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    locale  TEXT NOT NULL REFERENCES locales(code),
    PRIMARY KEY (user_id, locale)
);

CREATE TABLE experts (
    id  INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE
);

CREATE TABLE expert_names (
    expert_id INTEGER NOT NULL REFERENCES experts(id) ON DELETE CASCADE,
    locale    TEXT NOT NULL REFERENCES locales(code),
    name      TEXT NOT NULL,
    role      TEXT NOT NULL,
    country   TEXT NOT NULL,
    PRIMARY KEY (expert_id, locale)
);

CREATE TABLE quotes (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    expert_id     INTEGER NOT NULL REFERENCES experts(id),
    spoken_locale TEXT NOT NULL REFERENCES locales(code),
    approved      INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX quotes_expert ON quotes(expert_id);

CREATE TABLE quote_texts (
    quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    locale   TEXT NOT NULL REFERENCES locales(code),
    text     TEXT NOT NULL,
    context  TEXT NOT NULL,
    PRIMARY KEY (quote_id, locale)
);

CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    section_id    INTEGER NOT NULL REFERENCES sections(id),
    source_locale TEXT NOT NULL REFERENCES locales(code),
    status        TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'scheduled',
                                                  'published', 'spiked')),
    editor_id     INTEGER REFERENCES users(id),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    scheduled_at  TEXT,
    published_at  TEXT,
    version       INTEGER NOT NULL CHECK (version >= 1),
    view_count    INTEGER
);

CREATE INDEX articles_updated ON articles(updated_at, id);
CREATE INDEX articles_status ON articles(status, updated_at);
CREATE INDEX articles_section ON articles(section_id);
CREATE INDEX articles_scheduled ON articles(scheduled_at);

CREATE TABLE article_authors (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users(id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (article_id, user_id)
);

CREATE INDEX article_authors_user ON article_authors(user_id);

CREATE TABLE translations (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    locale          TEXT NOT NULL REFERENCES locales(code),
    title           TEXT NOT NULL,
    lead            TEXT NOT NULL,
    seo_title       TEXT NOT NULL,
    seo_description TEXT NOT NULL,
    slug            TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('in_progress', 'ready_for_review',
                                                  'approved')),
    translator_id   INTEGER REFERENCES users(id),
    UNIQUE (article_id, locale)
);

CREATE INDEX translations_locale ON translations(locale, status);

CREATE TABLE blocks (
    translation_id INTEGER NOT NULL REFERENCES translations(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    block_id       TEXT NOT NULL,
    type           TEXT NOT NULL CHECK (type IN ('paragraph', 'heading', 'pullquote', 'quote')),
    text           TEXT NOT NULL,
    quote_id       INTEGER REFERENCES quotes(id),
    PRIMARY KEY (translation_id, position),
    UNIQUE (translation_id, block_id),
    CHECK ((type = 'quote') = (quote_id IS NOT NULL))
);

CREATE INDEX blocks_quote ON blocks(quote_id);

CREATE TABLE revisions (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    number     INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    user_id    INTEGER REFERENCES users(id),
    kind       TEXT NOT NULL CHECK (kind IN ('save', 'conflict', 'restore', 'import')),
    version    INTEGER NOT NULL,
    snapshot   TEXT NOT NULL,
    PRIMARY KEY (article_id, number)
);

CREATE TABLE audit (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    user_id     INTEGER REFERENCES users(id),
    action      TEXT NOT NULL,
    from_status TEXT NOT NULL,
    to_status   TEXT NOT NULL,
    locale      TEXT REFERENCES locales(code),
    comment     TEXT NOT NULL
);

CREATE INDEX audit_article ON audit(article_id, at);
