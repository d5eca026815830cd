-- Full-text search over every locale of every article: one document per article and locale,
-- holding its title, lead, body (text blocks and the quotes it uses, in that locale) and the
-- names, roles and countries of the experts it quotes. The text is stored folded (see
-- core/storage/SearchText.h); unicode61 splits it into words. The prefix index (three letters)
-- keeps search-as-you-type fast; a two-letter prefix scans the terms instead.
-- SQLite-only: a PostgreSQL store uses its own text search.

CREATE TABLE search_docs (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    locale     TEXT NOT NULL REFERENCES locales(code),
    UNIQUE (article_id, locale)
);

CREATE VIRTUAL TABLE search USING fts5(
    title, lead, body, experts,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '3'
);
