<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hy">
<context>
    <name>Byline::ArticleActions</name>
    <message>
        <source>&amp;Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;npublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;pike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from spike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should change? The author sees this comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish at (newsroom time, %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) cannot do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible while the article is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back to the author</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::ArticleListModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spiked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Cli::Cli</name>
    <message>
        <source>Usage: byline-cli [--db PATH] COMMAND [ARGS]

Commands:
  init [--demo]                      create or upgrade the store; --demo adds the sample newsroom
  import FILE|-                      read an interchange file (byline/1) into the store
  export FILE|- [--article UID]      write the store (or one article) as an interchange file
  list [--status S] [--locale L] [--json]
  show UID [--json]
  users list [--json]
  users add NAME --role ROLE [--locales ru,hy] [--display-name &quot;Full Name&quot;]
  check                              check the store&apos;s integrity and content rules
  act UID ACTION --as USER [--locale L] [--comment TEXT] [--at TIME]
        ACTION: submit approve request-changes schedule unschedule publish unpublish
                spike restore   (--locale: that translation only)
  publish-due [--now TIME]           publish every scheduled article whose time has come
  comment UID --as USER (--text TEXT [--locale L] | --resolve N)
  revisions UID [--json]
  diff UID REV_A REV_B               word-level differences between two revisions
  restore UID REV --as USER          make an old revision the current text (a new revision)
  save FILE|- --as USER              save an article edited from &quot;show UID --json&quot;
  translations UID [--locale L] [--json]
                                     per locale: coverage (done, stale, missing), each segment,
                                     stale ones with the old and new source, quality warnings
  segment-done UID LOCALE SEGMENT --as USER
                                     the translation of SEGMENT (e.g. block:b3) is current again
  experts list [--search TEXT] [--json] | experts show UID
  experts add --name L=NAME [--role L=ROLE] [--country L=COUNTRY] ...
  experts merge KEEP_UID DROP_UID --as USER
  quotes list [--expert UID] [--json]

TIME is ISO 8601 with an offset (2026-12-01T09:00:00+04:00) or a wall-clock time in the
newsroom&apos;s time zone (2026-12-01 09:00).

The store is --db PATH, else $BYLINE_DB, else the desktop program&apos;s store:
  %1
Exit codes: 0 done, 2 usage, 3 not permitted, 4 not found, 5 conflict,
            6 invalid input, 7 storage failure.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take --%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store ready: %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo newsroom added; the store holds %1 articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs one FILE (or - for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 articles, %2 quotes, %3 experts, %4 users, %5 sections, %6 locales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs one FILE (or - for standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was written; check the path and free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (draft, submitted, approved, scheduled, published, spiked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no locale &quot;%1&quot; in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [LATE %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show needs one article UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uid:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authors:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editor:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (LATE: went out %1 after its scheduled time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not live</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n block(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (resolved by %1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revisions:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users needs &quot;list&quot; or &quot;add NAME&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users needs &quot;list&quot; or &quot;add NAME --role ROLE&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid user name: use 1 to 64 lower-case Latin letters, digits, . _ or -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users add needs --role (journalist, editor, translator, admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (journalist, editor, translator, admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name is too long (%1 characters; at most 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A translator needs the locales they translate: add --locales, e.g. --locales ru,hy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only translators have locales; drop --locales or use --role translator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 %2 %3 %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: %1 (schema %2) passed every check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n translation warning(s) above.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>damage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>byline-cli: %n problem(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>translations needs an article UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>source, %n segment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>missing: %n segment(s) to translate</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>done %1  stale %2  missing %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      was:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      now:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      change:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      translation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quotes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment-done needs an article UID, a LOCALE and a SEGMENT (e.g. block:b3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment-done needs --as USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not confirm %2 translations: that is for translators into %2 and editors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no translated segment %1 in %2; &quot;byline-cli translations %3&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is current again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no expert %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, live in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes LOCALE=TEXT with a locale of this store (%2), e.g. --name en=&quot;Anna Petrosyan&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is too long (at most 1000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 entry has a role or country but no --name %1=...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experts add needs at least one --name LOCALE=NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added expert %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experts merge needs --as USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not merge experts: that is for editors and admins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1 into %2; its quotes now belong to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experts needs list, show UID, add or merge KEEP DROP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quotes needs &quot;list&quot; (optionally --expert UID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  STALE: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article %1; &quot;byline-cli list&quot; shows the uids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act needs an article UID and an ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (submit, approve, request-changes, schedule, unschedule, publish, unpublish, spike, restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act needs --as USER: who is acting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, publishes at %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish-due takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due (as of %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published %1 &quot;%2&quot; (due %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment needs an article UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment needs --as USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment needs either --text TEXT or --resolve N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resolve needs a comment number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment %1 resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty comment says nothing; write it after --text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revisions needs an article UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revisions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff needs an article UID and two revision numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision numbers are whole numbers (see &quot;byline-cli revisions UID&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article has no revision %1; &quot;byline-cli revisions %2&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (added in revision %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (removed in revision %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEO title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEO description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(quote %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (no changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs an article UID and a revision number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the revision number is a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs --as USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 is the current text again (kept as revision %2; nothing newer was lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save needs a FILE (or - for standard input) as &quot;show UID --json&quot; prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save needs --as USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 as version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::MainWindow</name>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spiked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Byline&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;A newsroom desk for interviews in Russian, English and Armenian.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Published %n scheduled article(s), some of them late.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n scheduled article(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::TranslationPanel</name>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEO title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEO description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation still holds: mark as current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source changed, but the translation says the same: confirm it without editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an article to see where its translations stand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done · %2 stale · %3 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source when it was translated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not translated yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityChecker</name>
    <message>
        <source>article %1 has no text in its source locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 is published but has no publication time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 is scheduled but has no time set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 has no author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote %1 has no text in the language it was said in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expert %1 has no name in any locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translator %1 has no locales to translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 is translated by someone who does not translate that locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section %1 has no name in any locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 is marked live but the article is not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 is live without being approved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>expected an object in { }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block id is 1 to 64 letters, digits, - or _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown block type &quot;%1&quot; (expected paragraph, heading, pullquote or quote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a slug is lower-case Latin letters, digits and -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown translation status &quot;%1&quot; (expected in_progress, ready_for_review or approved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many blocks (%1; at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the block id &quot;%1&quot; is used twice in this translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revision in the store is damaged; run &quot;byline-cli check&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article %1 in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a uid (a lower-case UUID such as 0b5a3c1e-3c52-4a5e-9d4c-2f5b6f5c7a10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown locale &quot;%1&quot; (add it to &quot;locales&quot; first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user &quot;%1&quot; in the file or the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UTC time like 2026-11-20T09:30:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a format this Byline reads (it reads byline/1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a BCP 47 language tag such as ru, en or hy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the locale &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a text in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long (at most %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this section is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user name is 1 to 64 lower-case Latin letters, digits, . _ or -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this user is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (expected journalist, editor, translator or admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this expert is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an expert needs a name in at least one locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this quote is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expert with uid &quot;%1&quot; in the file or the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quote has no text in the language it was said in (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quote with uid &quot;%1&quot; in the file or the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this article is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no section with uid &quot;%1&quot; in the file or the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (expected draft, submitted, approved, scheduled, published or spiked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an author is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no text in the source locale &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown revision kind &quot;%1&quot; (expected save, conflict, restore or import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revisions must be numbered in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading what the store holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large (%1 MiB; at most %2 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at line %2, column %3. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is JSON but not a Byline document (expected an object with &quot;format&quot;: &quot;byline/1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to import (%2 MiB; at most %3 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (a text is required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long (%1 characters; at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (a whole number is required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of range (%1; allowed %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list in [ ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many items (%1; at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing from this build of Byline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;; add them with &quot;byline-cli users add&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article %1 is in the section %2, which is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the article&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block %1 (%2) quotes %3, which is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbering the revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping a revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section %1 is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article %1 is no longer in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone saved a newer version of the article %1 while this one was being edited. Nothing was overwritten: this text is kept as revision %2; compare the two and merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the history of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Byline store (it is not an SQLite database). It was not changed; check the path given with --db or BYLINE_DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than the database it should hold (was it cut off while copying?). It was not changed; restore it from a backup or an export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a Byline store. Give the path of the store file itself (for example %1/byline.sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Byline store at %1. Create one with &quot;byline-cli init&quot;, or give another path with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for a new store. Check that it may be written, or give another path with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the store %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing. Install the package libqt6sql6-sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Byline (schema %2; this program knows up to %3). It was not changed; update Byline to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs upgrading from schema %2 to %3, which needs write access. Open it with write access once to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working with the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is locked by another program (waited %2 s while %3). Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be written (it or its folder is read-only) while %2. Nothing was changed; check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is damaged or is not a Byline store (while %2). Restore it from a backup or an export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full (while %2). Nothing was lost; make room and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read or write the store %1 (while %2). Check that the disk and the path are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change contradicts what is already in the store (while %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 reported an error while %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up to %1: the file already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the expert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1 of article %2 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the locales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the locale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the store to schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the quote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote %1 names the expert %2, who is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the site strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the site string %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is read-only, so %2 is not possible. Nothing was changed; check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of %1 failed, so nothing of it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a segment (title, lead, seo_title, seo_description or block:ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the source text the segment was translated from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two comments have the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article is not valid JSON (%1). Start from what &quot;byline-cli show UID --json&quot; prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was named to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1 to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was received on standard input; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolving a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article %1 has no comment %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the state of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article %1 is no longer %2: someone changed it first. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for articles due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merging the expert %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An expert cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no expert %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding where the quote is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;; &quot;byline-cli users list&quot; shows who there is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article has no text in its source locale (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article %1 has no revision %2; &quot;byline-cli revisions %1&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer active in this newsroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admins manage the newsroom; editing articles is for journalists, editors and translators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an author of this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article is no longer a draft; ask an editor to send it back (request changes) to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translators change translations only, not the article&apos;s section, authors or editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translators may not change the source text (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not translate into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a time like 2026-12-01T09:00:00+04:00, or 2026-12-01 09:00 in the newsroom&apos;s time zone (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid time. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time Byline understands. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date and time. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in %2 (the clocks skip it). Choose another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a journalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a translator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only the article&apos;s authors and editors submit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only translators into %2 and editors mark it ready for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only editors may %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applies to the whole article, not to one locale: leave out --locale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article %1 has no %2 translation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending back needs a comment saying what to change (--comment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1 the %2 translation: it is %3. From %3 it can: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article is %1, not published: publish the article first; its approved translations go live with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the article&apos;s source locale; to take it down, unpublish the whole article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1: the article is %2. From %2 it can: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling needs a time (--at), e.g. --at &quot;2026-12-01 09:00&quot; in the newsroom&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the future. To publish now, use publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled for %1; published by publish-due %2 late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled for %1; published by publish-due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Byline, the newsroom desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty store with the demo newsroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
