-- Schema 9: the translation backlog's triggers run only when what they count can change (the
-- same change as SQLite's 0009_backlog_on_change.sql). A save names source_locale in its
-- UPDATE of the article and the state in its UPDATE of each translation, and "UPDATE OF"
-- alone fires for every column named, changed or not: every save rewrote every row of
-- translation_backlog with the same counts and held their locks until its commit, so two
-- desks saving different articles waited for each other.
DROP TRIGGER backlog_article_changed ON articles;
CREATE TRIGGER backlog_article_changed AFTER UPDATE OF status, source_locale ON articles
FOR EACH ROW
WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.source_locale IS DISTINCT FROM NEW.source_locale)
EXECUTE FUNCTION byline_backlog_articles();

-- One trigger a kind, as on SQLite: a WHEN clause may not name OLD on INSERT or NEW on DELETE.
DROP TRIGGER backlog_translations ON translations;
CREATE TRIGGER backlog_translation_added AFTER INSERT ON translations
FOR EACH ROW WHEN (NEW.status = 'approved')
EXECUTE FUNCTION byline_backlog_translations();
CREATE TRIGGER backlog_translation_removed AFTER DELETE ON translations
FOR EACH ROW WHEN (OLD.status = 'approved')
EXECUTE FUNCTION byline_backlog_translations();
CREATE TRIGGER backlog_translation_changed AFTER UPDATE OF status, locale, article_id
ON translations
FOR EACH ROW
WHEN ((OLD.status = 'approved') IS DISTINCT FROM (NEW.status = 'approved')
      OR OLD.locale IS DISTINCT FROM NEW.locale OR OLD.article_id IS DISTINCT FROM NEW.article_id)
EXECUTE FUNCTION byline_backlog_translations();
