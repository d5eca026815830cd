-- The lock on the door of a shared newsroom: what each person may change, enforced by the
-- PostgreSQL server whatever program they use (Byline, or psql with their own login).
-- Installed by `byline-cli server setup` (core/storage/ServerSetup), again on every run: each
-- statement can run twice. @member@, @journalist@, @editor@, @translator@ and @admin@ are the
-- newsroom's group roles (ServerSetup::groupRole). Byline's own checks (core/workflow/
-- Permissions) stay and give the good error messages; these refuse what slips past them.
--
-- Who is working: the row of `users` whose name is the login (session_user), if active. The
-- server's administrators (a superuser, the database's owner) are not people of the newsroom:
-- they set it up, upgrade it and may act for anyone (byline-cli --as), like root on a desk.
-- Statements end with a semicolon at the end of a line; a function ends with a line "$$;".

CREATE OR REPLACE FUNCTION byline_is_owner() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT COALESCE((SELECT r.rolsuper OR r.oid = d.datdba
                     FROM pg_roles r, pg_database d
                     WHERE r.rolname = session_user AND d.datname = current_database()), false)
$$;

CREATE OR REPLACE FUNCTION byline_person() RETURNS BIGINT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT id FROM users WHERE name = session_user AND active = 1
$$;

CREATE OR REPLACE FUNCTION byline_person_role() RETURNS TEXT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT role FROM users WHERE name = session_user AND active = 1
$$;

CREATE OR REPLACE FUNCTION byline_refuse(reason TEXT) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The newsroom server refuses this: %', reason USING ERRCODE = '42501';
END
$$;

-- The workflow's steps (core/workflow/StateMachine): whether an article may go from one state
-- to the other in one step.
CREATE OR REPLACE FUNCTION byline_workflow_step(from_state TEXT, to_state TEXT) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT (from_state, to_state) IN (
        ('draft', 'submitted'), ('submitted', 'approved'), ('submitted', 'draft'),
        ('approved', 'draft'), ('scheduled', 'draft'), ('approved', 'scheduled'),
        ('scheduled', 'scheduled'), ('scheduled', 'approved'), ('approved', 'published'),
        ('scheduled', 'published'), ('published', 'approved'), ('spiked', 'draft'))
        OR (to_state = 'spiked' AND from_state <> 'spiked')
$$;

-- Whether this session's person may change the text of an article in `locale` (NULL: the
-- article's own fields and authors): editors and admins always (admins import); journalists
-- their own drafts; translators the locales they translate, never the source.
CREATE OR REPLACE FUNCTION byline_may_write(article BIGINT, locale TEXT) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    person BIGINT := byline_person();
    person_role TEXT := byline_person_role();
    state TEXT;
    source TEXT;
BEGIN
    IF byline_is_owner() THEN
        RETURN true;
    END IF;
    IF person IS NULL THEN
        RETURN false;
    END IF;
    IF person_role IN ('editor', 'admin') THEN
        RETURN true;
    END IF;
    SELECT a.status, a.source_locale INTO state, source FROM articles a WHERE a.id = article;
    IF person_role = 'journalist' THEN
        RETURN state = 'draft' AND (EXISTS (SELECT 1 FROM article_authors x
                                            WHERE x.article_id = article AND x.user_id = person)
                                    OR NOT EXISTS (SELECT 1 FROM article_authors x
                                                   WHERE x.article_id = article));
    END IF;
    IF person_role = 'translator' THEN
        RETURN locale IS NOT NULL AND locale <> source
            AND EXISTS (SELECT 1 FROM user_locales l WHERE l.user_id = person AND l.locale = $2);
    END IF;
    RETURN false;
END
$$;

CREATE OR REPLACE FUNCTION byline_guard_articles() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    person_role TEXT := byline_person_role();
    person BIGINT := byline_person();
    rest_same BOOLEAN;
BEGIN
    IF byline_is_owner() THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    IF person IS NULL THEN
        PERFORM byline_refuse(format('%s is not an active person of this newsroom', session_user));
    END IF;
    IF TG_OP = 'DELETE' THEN
        IF person_role NOT IN ('editor', 'admin') THEN
            PERFORM byline_refuse('only editors delete articles');
        END IF;
        RETURN OLD;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF person_role = 'translator' THEN
            PERFORM byline_refuse('translators do not create articles');
        END IF;
        IF person_role = 'journalist' AND NEW.status <> 'draft' THEN
            PERFORM byline_refuse('a journalist''s new article is a draft');
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        IF NOT byline_workflow_step(OLD.status, NEW.status) THEN
            PERFORM byline_refuse(format('the workflow has no step from %s to %s',
                                         OLD.status, NEW.status));
        END IF;
        IF person_role = 'editor' THEN
            NULL;
        ELSIF person_role = 'journalist' AND OLD.status = 'draft' AND NEW.status = 'submitted'
              AND EXISTS (SELECT 1 FROM article_authors x
                          WHERE x.article_id = OLD.id AND x.user_id = person) THEN
            NULL;
        ELSE
            PERFORM byline_refuse(format('%s may not move an article from %s to %s',
                                         person_role, OLD.status, NEW.status));
        END IF;
        RETURN NEW;
    END IF;
    -- Schedule and publication times are the editors' steps, even when the state stays.
    IF (NEW.scheduled_at, NEW.published_at, NEW.published_late_seconds)
       IS DISTINCT FROM (OLD.scheduled_at, OLD.published_at, OLD.published_late_seconds)
       AND person_role <> 'editor' THEN
        PERFORM byline_refuse(format('only editors schedule or publish (not %s)', session_user));
    END IF;
    -- The same row but for its version and time: a save of some text (any person who may
    -- write that text; the text's own rows are checked on their own).
    rest_same := (NEW.uid, NEW.section_id, NEW.source_locale, NEW.status, NEW.editor_id,
                  NEW.created_at, NEW.scheduled_at, NEW.published_at, NEW.view_count,
                  NEW.published_late_seconds)
        IS NOT DISTINCT FROM (OLD.uid, OLD.section_id, OLD.source_locale, OLD.status,
                              OLD.editor_id, OLD.created_at, OLD.scheduled_at, OLD.published_at,
                              OLD.view_count, OLD.published_late_seconds);
    IF rest_same AND NEW.version >= OLD.version THEN
        RETURN NEW;
    END IF;
    IF NOT byline_may_write(OLD.id, NULL) THEN
        PERFORM byline_refuse(format('%s may not change the article %s', session_user, OLD.uid));
    END IF;
    RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS guard_articles ON articles;
CREATE TRIGGER guard_articles BEFORE INSERT OR UPDATE OR DELETE ON articles
FOR EACH ROW EXECUTE FUNCTION byline_guard_articles();

CREATE OR REPLACE FUNCTION byline_guard_authors() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF NOT byline_may_write(COALESCE(NEW.article_id, OLD.article_id), NULL)
       AND EXISTS (SELECT 1 FROM articles a WHERE a.id = COALESCE(NEW.article_id, OLD.article_id)) THEN
        PERFORM byline_refuse(format('%s may not change who wrote this article', session_user));
    END IF;
    RETURN COALESCE(NEW, OLD);
END
$$;

DROP TRIGGER IF EXISTS guard_authors ON article_authors;
CREATE TRIGGER guard_authors BEFORE INSERT OR UPDATE OR DELETE ON article_authors
FOR EACH ROW EXECUTE FUNCTION byline_guard_authors();

CREATE OR REPLACE FUNCTION byline_guard_translations() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    person_role TEXT := byline_person_role();
BEGIN
    IF byline_is_owner() THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = OLD.article_id) THEN
        RETURN OLD; -- the article itself went (its own trigger said whether it may)
    END IF;
    -- A locale's own workflow: its state and live time.
    IF TG_OP = 'UPDATE'
       AND (NEW.article_id, NEW.locale, NEW.title, NEW.lead, NEW.seo_title, NEW.seo_description,
            NEW.slug, NEW.translator_id)
           IS NOT DISTINCT FROM (OLD.article_id, OLD.locale, OLD.title, OLD.lead, OLD.seo_title,
                                 OLD.seo_description, OLD.slug, OLD.translator_id) THEN
        IF person_role = 'editor' THEN
            RETURN NEW;
        END IF;
        IF NEW.published_at IS DISTINCT FROM OLD.published_at OR NEW.status = 'approved'
           OR OLD.status = 'approved' THEN
            PERFORM byline_refuse(format('only editors approve or publish the %s text',
                                         NEW.locale));
        END IF;
        IF NOT byline_may_write(NEW.article_id, NEW.locale)
           AND NOT (person_role = 'journalist' AND EXISTS
                    (SELECT 1 FROM article_authors x WHERE x.article_id = NEW.article_id
                     AND x.user_id = byline_person())) THEN
            PERFORM byline_refuse(format('%s may not submit the %s text', session_user,
                                         NEW.locale));
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE')
       AND NOT byline_may_write(OLD.article_id, OLD.locale) THEN
        PERFORM byline_refuse(format('%s may not change the %s text', session_user, OLD.locale));
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT')
       AND NOT byline_may_write(NEW.article_id, NEW.locale) THEN
        PERFORM byline_refuse(format('%s may not write the %s text', session_user, NEW.locale));
    END IF;
    RETURN COALESCE(NEW, OLD);
END
$$;

DROP TRIGGER IF EXISTS guard_translations ON translations;
CREATE TRIGGER guard_translations BEFORE INSERT OR UPDATE OR DELETE ON translations
FOR EACH ROW EXECUTE FUNCTION byline_guard_translations();

-- Blocks and the sources of translated segments belong to their translation's locale.
CREATE OR REPLACE FUNCTION byline_guard_translation_parts() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    article BIGINT;
    locale TEXT;
BEGIN
    IF byline_is_owner() THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    SELECT t.article_id, t.locale INTO article, locale FROM translations t
    WHERE t.id = COALESCE(NEW.translation_id, OLD.translation_id);
    IF NOT FOUND THEN
        RETURN COALESCE(NEW, OLD); -- its translation went (and was checked)
    END IF;
    IF NOT byline_may_write(article, locale) THEN
        PERFORM byline_refuse(format('%s may not change the %s text', session_user, locale));
    END IF;
    RETURN COALESCE(NEW, OLD);
END
$$;

DROP TRIGGER IF EXISTS guard_blocks ON blocks;
CREATE TRIGGER guard_blocks BEFORE INSERT OR UPDATE OR DELETE ON blocks
FOR EACH ROW EXECUTE FUNCTION byline_guard_translation_parts();
DROP TRIGGER IF EXISTS guard_segment_sources ON segment_sources;
CREATE TRIGGER guard_segment_sources BEFORE INSERT OR UPDATE OR DELETE ON segment_sources
FOR EACH ROW EXECUTE FUNCTION byline_guard_translation_parts();

-- History is written in the name of whoever is logged in, and never rewritten (no UPDATE or
-- DELETE is granted on these tables; comments may only be resolved).
CREATE OR REPLACE FUNCTION byline_author_is_session() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF byline_is_owner() THEN
        RETURN NEW;
    END IF;
    IF byline_person() IS NULL THEN
        PERFORM byline_refuse(format('%s is not an active person of this newsroom', session_user));
    END IF;
    IF TG_OP = 'INSERT' THEN
        NEW.user_id := byline_person();
        RETURN NEW;
    END IF;
    -- comments: only whether and by whom it was resolved changes
    IF (NEW.id, NEW.article_id, NEW.number, NEW.at, NEW.user_id, NEW.locale, NEW.text)
       IS DISTINCT FROM (OLD.id, OLD.article_id, OLD.number, OLD.at, OLD.user_id, OLD.locale,
                         OLD.text) THEN
        PERFORM byline_refuse('a comment''s words and author stay as written');
    END IF;
    IF NEW.resolved_at IS NOT NULL THEN
        NEW.resolved_by := byline_person();
    END IF;
    RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS author_revisions ON revisions;
CREATE TRIGGER author_revisions BEFORE INSERT ON revisions
FOR EACH ROW EXECUTE FUNCTION byline_author_is_session();
DROP TRIGGER IF EXISTS author_audit ON audit;
CREATE TRIGGER author_audit BEFORE INSERT ON audit
FOR EACH ROW EXECUTE FUNCTION byline_author_is_session();
DROP TRIGGER IF EXISTS author_newsroom_audit ON newsroom_audit;
CREATE TRIGGER author_newsroom_audit BEFORE INSERT ON newsroom_audit
FOR EACH ROW EXECUTE FUNCTION byline_author_is_session();
DROP TRIGGER IF EXISTS author_comments ON comments;
CREATE TRIGGER author_comments BEFORE INSERT OR UPDATE ON comments
FOR EACH ROW EXECUTE FUNCTION byline_author_is_session();

-- The translation backlog is counted by the server, not by whoever saves.
ALTER FUNCTION byline_backlog_locales() SECURITY DEFINER;
ALTER FUNCTION byline_backlog_articles() SECURITY DEFINER;
ALTER FUNCTION byline_backlog_translations() SECURITY DEFINER;

-- A person's saved searches are theirs alone (row-level security).
ALTER TABLE saved_searches ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS own_searches ON saved_searches;
CREATE POLICY own_searches ON saved_searches
    USING (user_id = byline_person() OR byline_is_owner())
    WITH CHECK (user_id = byline_person() OR byline_is_owner());

-- Presence (who has which article open): everyone sees it; each person writes only their own
-- rows, from their own session; rows of sessions that are gone are cleared by anyone through
-- byline_forget_absent().
ALTER TABLE presence ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS see_presence ON presence;
CREATE POLICY see_presence ON presence FOR SELECT USING (true);
DROP POLICY IF EXISTS add_presence ON presence;
CREATE POLICY add_presence ON presence FOR INSERT
    WITH CHECK ((user_id = byline_person() AND process = pg_backend_pid()) OR byline_is_owner());
DROP POLICY IF EXISTS change_presence ON presence;
CREATE POLICY change_presence ON presence FOR UPDATE
    USING (user_id = byline_person() OR byline_is_owner())
    WITH CHECK ((user_id = byline_person() AND process = pg_backend_pid()) OR byline_is_owner());
DROP POLICY IF EXISTS end_presence ON presence;
CREATE POLICY end_presence ON presence FOR DELETE
    USING (user_id = byline_person() OR byline_is_owner());

CREATE OR REPLACE FUNCTION byline_forget_absent() RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    DELETE FROM presence WHERE process NOT IN (SELECT pid FROM pg_stat_activity
                                               WHERE pid IS NOT NULL)
$$;

-- The inbox: each person reads, and marks read, only their own entries. Whoever acts tells
-- the people concerned (core/workflow/Notices), so anyone may add an entry to anyone's inbox,
-- but always in their own name, now, and about an article that exists. The one entry without
-- a name is publish-due's: an article published on schedule (whichever desk ran it).
ALTER TABLE inbox ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS own_inbox ON inbox;
CREATE POLICY own_inbox ON inbox FOR SELECT USING (user_id = byline_person() OR byline_is_owner());
DROP POLICY IF EXISTS tell_inbox ON inbox;
CREATE POLICY tell_inbox ON inbox FOR INSERT
    WITH CHECK (byline_person() IS NOT NULL OR byline_is_owner());
DROP POLICY IF EXISTS read_inbox ON inbox;
CREATE POLICY read_inbox ON inbox FOR UPDATE
    USING (user_id = byline_person() OR byline_is_owner())
    WITH CHECK (user_id = byline_person() OR byline_is_owner());

CREATE OR REPLACE FUNCTION byline_actor_is_session() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF byline_is_owner() THEN
        RETURN NEW;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM articles WHERE uid = NEW.article_uid) THEN
        PERFORM byline_refuse(format('there is no article %s', NEW.article_uid));
    END IF;
    IF NOT (NEW.actor_id IS NULL AND NEW.kind = 'published'
            AND EXISTS (SELECT 1 FROM articles WHERE uid = NEW.article_uid
                        AND status = 'published')) THEN
        NEW.actor_id := byline_person();
    END IF;
    NEW.at := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
    NEW.read_at := NULL;
    RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS actor_inbox ON inbox;
CREATE TRIGGER actor_inbox BEFORE INSERT ON inbox
FOR EACH ROW EXECUTE FUNCTION byline_actor_is_session();

-- What each group may do with the tables (nothing more than this is granted).
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO @member@;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO @member@;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO @member@;
GRANT INSERT, UPDATE, DELETE ON articles, article_authors, translations, blocks,
    segment_sources, experts, expert_names, quotes, quote_texts, search_docs, search,
    saved_searches, presence TO @member@;
GRANT INSERT, DELETE ON change_log TO @member@;
GRANT INSERT ON revisions, audit, comments, newsroom_audit, inbox TO @member@;
GRANT UPDATE (resolved_at, resolved_by) ON comments TO @member@;
GRANT UPDATE (read_at) ON inbox TO @member@;
GRANT INSERT, UPDATE, DELETE ON locales, settings, site_strings, sections, section_texts, users,
    user_locales, user_names TO @admin@;

-- The logins of the newsroom's people (ServerSetup::createLogin, syncLogin), with bound values
-- (a statement like CREATE ROLE takes none). They run with the caller's own rights: only a
-- login that may manage roles (an admin's, CREATEROLE; the server's administrators) can use
-- them to any effect.
CREATE OR REPLACE FUNCTION byline_create_login(person TEXT, secret TEXT) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = person) THEN
        EXECUTE format('ALTER ROLE %I WITH LOGIN PASSWORD %L', person, secret);
    ELSE
        EXECUTE format('CREATE ROLE %I WITH LOGIN PASSWORD %L', person, secret);
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION byline_sync_login(person TEXT, member_of TEXT, groups TEXT[],
                                             may_login BOOLEAN, manager BOOLEAN) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    other TEXT;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = person AND NOT rolsuper) THEN
        RETURN;
    END IF;
    FOREACH other IN ARRAY groups LOOP
        IF other <> member_of AND EXISTS (SELECT 1 FROM pg_auth_members m
                                          JOIN pg_roles g ON g.oid = m.roleid
                                          JOIN pg_roles p ON p.oid = m.member
                                          WHERE g.rolname = other AND p.rolname = person) THEN
            EXECUTE format('REVOKE %I FROM %I', other, person);
        END IF;
    END LOOP;
    IF NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                   JOIN pg_roles p ON p.oid = m.member
                   WHERE g.rolname = member_of AND p.rolname = person) THEN
        EXECUTE format('GRANT %I TO %I', member_of, person);
    END IF;
    EXECUTE format('ALTER ROLE %I WITH %s %s', person,
                   CASE WHEN may_login THEN 'LOGIN' ELSE 'NOLOGIN' END,
                   CASE WHEN manager THEN 'CREATEROLE' ELSE 'NOCREATEROLE' END);
END
$$;

REVOKE ALL ON FUNCTION byline_create_login(TEXT, TEXT) FROM PUBLIC;
REVOKE ALL ON FUNCTION byline_sync_login(TEXT, TEXT, TEXT[], BOOLEAN, BOOLEAN) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION byline_create_login(TEXT, TEXT) TO @admin@;
GRANT EXECUTE ON FUNCTION byline_sync_login(TEXT, TEXT, TEXT[], BOOLEAN, BOOLEAN) TO @admin@;
