-- Stores created before schema 2 and 3 lack what those added. Fill in what can be known, and
-- nothing that cannot: a translation that no editor approved keeps no record of its source, so
-- it shows as stale until a translator confirms it.

-- The approved locales of a published article went live with it.
UPDATE translations
SET published_at = (SELECT a.published_at FROM articles a WHERE a.id = translations.article_id)
WHERE published_at IS NULL
  AND status = 'approved'
  AND article_id IN (SELECT id FROM articles WHERE status = 'published' AND published_at IS NOT NULL);

-- Approved translations with no record at all were approved against the source as it stands.
-- (source_hash is left empty: the source text itself is what is compared.)
CREATE TEMPORARY TABLE unrecorded AS
SELECT t.id AS translation_id, s.id AS source_id
FROM translations t
JOIN articles a ON a.id = t.article_id
JOIN translations s ON s.article_id = t.article_id AND s.locale = a.source_locale
WHERE t.locale <> a.source_locale
  AND t.status = 'approved'
  AND NOT EXISTS (SELECT 1 FROM segment_sources x WHERE x.translation_id = t.id);

INSERT INTO segment_sources (translation_id, segment, source_hash, source_text)
SELECT u.translation_id, 'title', '', s.title
FROM unrecorded u JOIN translations t ON t.id = u.translation_id JOIN translations s ON s.id = u.source_id
WHERE trim(t.title) <> '' AND trim(s.title) <> '';

INSERT INTO segment_sources (translation_id, segment, source_hash, source_text)
SELECT u.translation_id, 'lead', '', s.lead
FROM unrecorded u JOIN translations t ON t.id = u.translation_id JOIN translations s ON s.id = u.source_id
WHERE trim(t.lead) <> '' AND trim(s.lead) <> '';

INSERT INTO segment_sources (translation_id, segment, source_hash, source_text)
SELECT u.translation_id, 'seo_title', '', s.seo_title
FROM unrecorded u JOIN translations t ON t.id = u.translation_id JOIN translations s ON s.id = u.source_id
WHERE trim(t.seo_title) <> '' AND trim(s.seo_title) <> '';

INSERT INTO segment_sources (translation_id, segment, source_hash, source_text)
SELECT u.translation_id, 'seo_description', '', s.seo_description
FROM unrecorded u JOIN translations t ON t.id = u.translation_id JOIN translations s ON s.id = u.source_id
WHERE trim(t.seo_description) <> '' AND trim(s.seo_description) <> '';

INSERT INTO segment_sources (translation_id, segment, source_hash, source_text)
SELECT u.translation_id, 'block:' || tb.block_id, '', sb.text
FROM unrecorded u
JOIN blocks tb ON tb.translation_id = u.translation_id
JOIN blocks sb ON sb.translation_id = u.source_id AND sb.block_id = tb.block_id
WHERE tb.type <> 'quote' AND sb.type <> 'quote' AND trim(tb.text) <> '' AND trim(sb.text) <> '';

DROP TABLE unrecorded;

-- Translations of approved quotes were approved against the words as spoken.
UPDATE quote_texts
SET source_text = (SELECT o.text FROM quote_texts o JOIN quotes q ON q.id = o.quote_id
                   WHERE o.quote_id = quote_texts.quote_id AND o.locale = q.spoken_locale),
    source_hash = ''
WHERE source_text IS NULL
  AND locale <> (SELECT q.spoken_locale FROM quotes q WHERE q.id = quote_texts.quote_id)
  AND quote_id IN (SELECT id FROM quotes WHERE approved = 1);
