-- Translation memory of sources: for each translated segment (title, lead, SEO fields, each
-- text block) the source text it was translated from, so that exactly the segments whose
-- source changed since show as stale. The hash is of the whitespace-normalised text.

CREATE TABLE segment_sources (
    translation_id INTEGER NOT NULL REFERENCES translations(id) ON DELETE CASCADE,
    segment        TEXT NOT NULL,
    source_hash    TEXT NOT NULL,
    source_text    TEXT NOT NULL,
    PRIMARY KEY (translation_id, segment)
);

-- The same for quote translations: the original text each translation was made from.
ALTER TABLE quote_texts ADD COLUMN source_hash TEXT;
ALTER TABLE quote_texts ADD COLUMN source_text TEXT;
