-- Byline schema, version 7: what changed, for the other desks and programs on this store, and
-- the translation backlog kept counted.

-- Every committed change, one row each, written in the same transaction as the change itself
-- (Database::recordChange). A desk notices that another connection committed (PRAGMA
-- data_version) and reads the rows after the last one it saw (ChangeWatcher). `origin` is the
-- writing connection's random id, so that a desk skips its own rows. Old rows are pruned; a
-- reader that finds a gap reloads everything.
CREATE TABLE change_log (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    at      TEXT NOT NULL,
    origin  TEXT NOT NULL,
    kind    TEXT NOT NULL,
    uid     TEXT NOT NULL DEFAULT '',
    locale  TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 0
);

-- Per locale, how many articles still need a translation into it: not spiked, not written in
-- it, and no approved translation in it. Kept by the triggers below on every write, so that
-- the desk's "Needs translation" counts never scan the archive. `byline-cli check` compares it
-- with a full count.
CREATE TABLE translation_backlog (
    locale   TEXT PRIMARY KEY,
    articles INTEGER NOT NULL DEFAULT 0
);

INSERT INTO translation_backlog (locale, articles)
SELECT l.code, (SELECT count(*) FROM articles a WHERE a.status <> 'spiked'
                AND a.source_locale <> l.code AND NOT EXISTS
                (SELECT 1 FROM translations x WHERE x.article_id = a.id AND x.locale = l.code
                 AND x.status = 'approved'))
FROM locales l;

CREATE TRIGGER backlog_locale_added AFTER INSERT ON locales
BEGIN
    INSERT OR REPLACE INTO translation_backlog (locale, articles)
    VALUES (NEW.code, (SELECT count(*) FROM articles a WHERE a.status <> 'spiked'
                       AND a.source_locale <> NEW.code AND NOT EXISTS
                       (SELECT 1 FROM translations x WHERE x.article_id = a.id
                        AND x.locale = NEW.code AND x.status = 'approved')));
END;

CREATE TRIGGER backlog_locale_removed AFTER DELETE ON locales
BEGIN
    DELETE FROM translation_backlog WHERE locale = OLD.code;
END;

CREATE TRIGGER backlog_article_added AFTER INSERT ON articles
BEGIN
    UPDATE translation_backlog SET articles = articles + 1
    WHERE NEW.status <> 'spiked' AND locale <> NEW.source_locale AND NOT EXISTS
          (SELECT 1 FROM translations x WHERE x.article_id = NEW.id
           AND x.locale = translation_backlog.locale AND x.status = 'approved');
END;

CREATE TRIGGER backlog_article_changed AFTER UPDATE OF status, source_locale ON articles
BEGIN
    UPDATE translation_backlog SET articles = articles
        - (OLD.status <> 'spiked' AND locale <> OLD.source_locale AND NOT EXISTS
           (SELECT 1 FROM translations x WHERE x.article_id = OLD.id
            AND x.locale = translation_backlog.locale AND x.status = 'approved'))
        + (NEW.status <> 'spiked' AND locale <> NEW.source_locale AND NOT EXISTS
           (SELECT 1 FROM translations x WHERE x.article_id = NEW.id
            AND x.locale = translation_backlog.locale AND x.status = 'approved'));
END;

-- Before the row goes: its translations are deleted after it (ON DELETE CASCADE), when the
-- triggers on translations no longer find the article and change nothing.
CREATE TRIGGER backlog_article_removed BEFORE DELETE ON articles
BEGIN
    UPDATE translation_backlog SET articles = articles - 1
    WHERE OLD.status <> 'spiked' AND locale <> OLD.source_locale AND NOT EXISTS
          (SELECT 1 FROM translations x WHERE x.article_id = OLD.id
           AND x.locale = translation_backlog.locale AND x.status = 'approved');
END;

CREATE TRIGGER backlog_translation_added AFTER INSERT ON translations
WHEN NEW.status = 'approved'
BEGIN
    UPDATE translation_backlog SET articles = articles - 1
    WHERE locale = NEW.locale AND EXISTS
          (SELECT 1 FROM articles a WHERE a.id = NEW.article_id AND a.status <> 'spiked'
           AND a.source_locale <> NEW.locale);
END;

CREATE TRIGGER backlog_translation_removed AFTER DELETE ON translations
WHEN OLD.status = 'approved'
BEGIN
    UPDATE translation_backlog SET articles = articles + 1
    WHERE locale = OLD.locale AND EXISTS
          (SELECT 1 FROM articles a WHERE a.id = OLD.article_id AND a.status <> 'spiked'
           AND a.source_locale <> OLD.locale);
END;

CREATE TRIGGER backlog_translation_changed AFTER UPDATE OF status, locale, article_id
ON translations
WHEN (OLD.status = 'approved') <> (NEW.status = 'approved') OR OLD.locale <> NEW.locale
     OR OLD.article_id <> NEW.article_id
BEGIN
    UPDATE translation_backlog SET articles = articles + 1
    WHERE OLD.status = 'approved' AND locale = OLD.locale AND EXISTS
          (SELECT 1 FROM articles a WHERE a.id = OLD.article_id AND a.status <> 'spiked'
           AND a.source_locale <> OLD.locale);
    UPDATE translation_backlog SET articles = articles - 1
    WHERE NEW.status = 'approved' AND locale = NEW.locale AND EXISTS
          (SELECT 1 FROM articles a WHERE a.id = NEW.article_id AND a.status <> 'spiked'
           AND a.source_locale <> NEW.locale);
END;
