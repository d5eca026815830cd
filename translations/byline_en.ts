<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Byline::Cli::Cli</name>
    <message numerus="yes">
        <source>%n article(s) in the store are newer than or differ from the file at the same version; the store kept its text and the file&apos;s text was saved as a revision (compare with `byline-cli revisions UID`):</source>
        <translation>
            <numerusform>%n article in the store is newer than or differs from the file at the same version; the store kept its text and the file&apos;s text was saved as a revision (compare with `byline-cli revisions UID`):</numerusform>
            <numerusform>%n articles in the store are newer than or differ from the file at the same version; the store kept their text and the file&apos;s text was saved as a revision (compare with `byline-cli revisions UID`):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s)</source>
        <translation>
            <numerusform>%n block</numerusform>
            <numerusform>%n blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>repaired: the search index was rebuilt (%n document(s)).</source>
        <translation>
            <numerusform>repaired: the search index was rebuilt (%n document).</numerusform>
            <numerusform>repaired: the search index was rebuilt (%n documents).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n translation warning(s) above.</source>
        <translation>
            <numerusform>%n translation warning above.</numerusform>
            <numerusform>%n translation warnings above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>byline-cli: %n problem(s) found.</source>
        <translation>
            <numerusform>byline-cli: %n problem found.</numerusform>
            <numerusform>byline-cli: %n problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s); more match than can be ranked: the newest %1 matches were ranked by relevance. Add words or filters to narrow it down.</source>
        <translation>
            <numerusform>%n result; more match than can be ranked: the newest %1 matches were ranked by relevance. Add words or filters to narrow it down.</numerusform>
            <numerusform>%n results; more match than can be ranked: the newest %1 matches were ranked by relevance. Add words or filters to narrow it down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), ranked by relevance.</source>
        <translation>
            <numerusform>%n result, ranked by relevance.</numerusform>
            <numerusform>%n results, ranked by relevance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>source, %n segment(s)</source>
        <translation>
            <numerusform>source, %n segment</numerusform>
            <numerusform>source, %n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>missing: %n segment(s) to translate</source>
        <translation>
            <numerusform>missing: %n segment to translate</numerusform>
            <numerusform>missing: %n segments to translate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %1 to %2: %3 MB, %n article(s), in %4 s; the copy passed its check.</source>
        <translation>
            <numerusform>Backed up %1 to %2: %3 MB, %n article, in %4 s; the copy passed its check.</numerusform>
            <numerusform>Backed up %1 to %2: %3 MB, %n articles, in %4 s; the copy passed its check.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The store has %n problem(s) in its content or search index, and so has the copy: &quot;byline-cli check&quot; lists them.</source>
        <translation>
            <numerusform>The store has %n problem in its content or search index, and so has the copy: &quot;byline-cli check&quot; lists it.</numerusform>
            <numerusform>The store has %n problems in its content or search index, and so has the copy: &quot;byline-cli check&quot; lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %1 from %2: %3 MB, %n article(s), in %4 s.</source>
        <translation>
            <numerusform>Restored %1 from %2: %3 MB, %n article, in %4 s.</numerusform>
            <numerusform>Restored %1 from %2: %3 MB, %n articles, in %4 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup has %n problem(s) in its content or search index: &quot;byline-cli check&quot; lists them (&quot;check --repair&quot; rebuilds the index).</source>
        <translation>
            <numerusform>The backup has %n problem in its content or search index: &quot;byline-cli check&quot; lists it (&quot;check --repair&quot; rebuilds the index).</numerusform>
            <numerusform>The backup has %n problems in its content or search index: &quot;byline-cli check&quot; lists them (&quot;check --repair&quot; rebuilds the index).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 to %2: %n article(s), %3 rows in %4 tables and %5 search documents, in %6 s.</source>
        <translation>
            <numerusform>Copied %1 to %2: %n article, %3 rows in %4 tables and %5 search documents, in %6 s.</numerusform>
            <numerusform>Copied %1 to %2: %n articles, %3 rows in %4 tables and %5 search documents, in %6 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Byline::ConnectionKeeper</name>
    <message numerus="yes">
        <source>Lost the newsroom server; reconnecting in %n s… your text is kept</source>
        <translation>
            <numerusform>Lost the newsroom server; reconnecting in %n s… your text is kept</numerusform>
            <numerusform>Lost the newsroom server; reconnecting in %n s… your text is kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back on the newsroom server; %n open article(s) could not be saved yet: their tabs say why.</source>
        <translation>
            <numerusform>Back on the newsroom server; %n open article could not be saved yet: its tab says why.</numerusform>
            <numerusform>Back on the newsroom server; %n open articles could not be saved yet: their tabs say why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Byline::ExpertsWindow</name>
    <message numerus="yes">
        <source>%n expert(s) in the registry</source>
        <translation>
            <numerusform>%n expert in the registry</numerusform>
            <numerusform>%n experts in the registry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expert(s) found</source>
        <translation>
            <numerusform>%n expert found</numerusform>
            <numerusform>%n experts found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Quoted: %n quote(s)</source>
        <translation>
            <numerusform>&amp;Quoted: %n quote</numerusform>
            <numerusform>&amp;Quoted: %n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use(s) in articles</source>
        <translation>
            <numerusform>%n use in articles</numerusform>
            <numerusform>%n uses in articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Byline::ImportExportJobs</name>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%n new article</numerusform>
            <numerusform>%n new articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) differed from the store, which kept its own text; the file&apos;s text is a revision in their History.</source>
        <translation>
            <numerusform>%n article differed from the store, which kept its own text; the file&apos;s text is a revision in its History.</numerusform>
            <numerusform>%n articles differed from the store, which kept its own text; the file&apos;s text is a revision in their History.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) updated</source>
        <translation>
            <numerusform>%n article updated</numerusform>
            <numerusform>%n articles updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) already up to date</source>
        <translation>
            <numerusform>%n article already up to date</numerusform>
            <numerusform>%n articles already up to date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Byline::InboxPanel</name>
    <message numerus="yes">
        <source>%1 changed the source of %2: %n segment(s) of your %3 translation are stale</source>
        <translation>
            <numerusform>%1 changed the source of %2: %n segment of your %3 translation is stale</numerusform>
            <numerusform>%1 changed the source of %2: %n segments of your %3 translation are stale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Byline::MainWindow</name>
    <message numerus="yes">
        <source>Published %n scheduled article(s), some of them late.</source>
        <translation>
            <numerusform>Published %n scheduled article, some of them late.</numerusform>
            <numerusform>Published %n scheduled articles, some of them late.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n scheduled article(s).</source>
        <translation>
            <numerusform>Published %n scheduled article.</numerusform>
            <numerusform>Published %n scheduled articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) shown</source>
        <translation>
            <numerusform>%n article shown</numerusform>
            <numerusform>%n articles shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread in your inbox (Ctrl+Shift+I)</source>
        <translation>
            <numerusform>%n unread in your inbox (Ctrl+Shift+I)</numerusform>
            <numerusform>%n unread in your inbox (Ctrl+Shift+I)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Byline::SearchPanel</name>
    <message numerus="yes">
        <source>%n result(s), best first.</source>
        <translation>
            <numerusform>%n result, best first.</numerusform>
            <numerusform>%n results, best first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
</TS>
