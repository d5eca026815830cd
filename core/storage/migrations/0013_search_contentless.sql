-- Schema 13: the search index keeps no copy of the text (issue 16: it had doubled the store).
-- `search` becomes a contentless FTS5 table: it holds the words and where they stand, not the
-- folded text, which Byline can make again from the articles' own rows whenever it needs it
-- (core/storage/SearchIndex). A contentless table forgets a document only when told the words
-- it was indexed with, so search_docs.digest keeps a digest of each document as indexed (NULL:
-- not in the index): SearchIndex takes a document out while its rows still hold the old text,
-- and one whose rows changed behind its back by the words the index itself holds for it.
-- Search shows passages from the articles' own text (SearchRepository), never from the index.
-- The three-letter prefix index goes too: it was a third of the index and of an import's time,
-- and a prefix search reads the terms instead, as two-letter prefixes always did.
-- Opening the store fills the new index from the articles in the same transaction
-- (Database::open), as schema 5 did.

DROP TABLE search;

CREATE VIRTUAL TABLE search USING fts5(
    title, lead, body, experts,
    content = '',
    tokenize = 'unicode61 remove_diacritics 2'
);

ALTER TABLE search_docs ADD COLUMN digest INTEGER;
