-- Schema 12: people's names per locale, as SQLite's 0012_user_names.sql. Like users and
-- user_locales, only admins change them (core/storage/server/rights.sql).
CREATE TABLE user_names (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    locale  TEXT NOT NULL REFERENCES locales(code),
    name    TEXT NOT NULL,
    PRIMARY KEY (user_id, locale)
);
