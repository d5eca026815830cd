-- Schema 9: the translation backlog's trigger on articles runs only when an article's state
-- or source locale really changes. A save names source_locale in its UPDATE (it may change
-- it), and "UPDATE OF" alone fires for every column named, changed or not: every save
-- rewrote every row of translation_backlog with the same counts. On a server those rows stay
-- locked until the commit, so two desks saving different articles waited for each other
-- (the same change is PostgreSQL's 0009_backlog_on_change.sql).
DROP TRIGGER backlog_article_changed;

CREATE TRIGGER backlog_article_changed AFTER UPDATE OF status, source_locale ON articles
WHEN OLD.status <> NEW.status OR OLD.source_locale <> NEW.source_locale
BEGIN
    UPDATE translation_backlog SET articles = articles
        - (OLD.status <> 'spiked' AND locale <> OLD.source_locale AND NOT EXISTS
           (SELECT 1 FROM translations x WHERE x.article_id = OLD.id
            AND x.locale = translation_backlog.locale AND x.status = 'approved'))
        + (NEW.status <> 'spiked' AND locale <> NEW.source_locale AND NOT EXISTS
           (SELECT 1 FROM translations x WHERE x.article_id = NEW.id
            AND x.locale = translation_backlog.locale AND x.status = 'approved'));
END;
