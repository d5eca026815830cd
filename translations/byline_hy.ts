<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hy">
<context>
    <name>Byline::ArticleDetails</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The section the article appears in</source>
        <translation>Բաժինը, որում հրապարակվում է հոդվածը</translation>
    </message>
    <message>
        <source>Who wrote it, in byline order</source>
        <translation>Հոդվածի հեղինակները՝ ստորագրության հերթականությամբ</translation>
    </message>
    <message>
        <source>The editor who reviews it</source>
        <translation>Հոդվածը ստուգող խմբագիրը</translation>
    </message>
    <message>
        <source>The last part of the page&apos;s address in this language: lower-case Latin letters, digits and -</source>
        <translation>Այս լեզվով էջի հասցեի վերջին մասը՝ լատինական փոքրատառեր, թվանշաններ և -</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (source)</source>
        <translation>%1 (բնագիր)</translation>
    </message>
    <message>
        <source>Add translation: %1 · %2…</source>
        <translation>Ավելացնել թարգմանություն՝ %1 · %2…</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(նշված չեն)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(նշանակված չէ)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Լեզու՝</translation>
    </message>
    <message>
        <source>Se&amp;ction:</source>
        <translation>&amp;Բաժին՝</translation>
    </message>
    <message>
        <source>&amp;Editor:</source>
        <translation>&amp;Խմբագիր՝</translation>
    </message>
    <message>
        <source>Slu&amp;g:</source>
        <translation>URL-ա&amp;նուն՝</translation>
    </message>
    <message>
        <source>A&amp;uthors:</source>
        <translation>&amp;Հեղինակներ՝</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Կարգավիճակ՝</translation>
    </message>
    <message>
        <source>Language of the text</source>
        <translation>Տեքստի լեզուն</translation>
    </message>
    <message>
        <source>The language you are editing; add a translation from here</source>
        <translation>Խմբագրվող լեզուն (այստեղից կարող եք նաև թարգմանություն ավելացնել)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Բաժին</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Խմբագիր</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>URL-անուն</translation>
    </message>
    <message>
        <source>page-address</source>
        <translation>eji-hasce</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Հեղինակներ</translation>
    </message>
    <message>
        <source>Workflow state</source>
        <translation>Հոդվածի կարգավիճակը</translation>
    </message>
    <message>
        <source>Who translates this language; they are told in their inbox</source>
        <translation>Ով է թարգմանում այս լեզվով․ նա կտեղեկանա իր մուտքային արկղից</translation>
    </message>
    <message>
        <source>&amp;Translator:</source>
        <translation>&amp;Թարգմանիչ՝</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Թարգմանիչ</translation>
    </message>
</context>
<context>
    <name>Byline::ArticleDocument</name>
    <message>
        <source>Edit the headline</source>
        <translation>Վերնագրի խմբագրում</translation>
    </message>
    <message>
        <source>Edit the lead</source>
        <translation>Ներածականի խմբագրում</translation>
    </message>
    <message>
        <source>Edit the slug</source>
        <translation>URL-անվան խմբագրում</translation>
    </message>
    <message>
        <source>Edit a heading</source>
        <translation>Ենթավերնագրի խմբագրում</translation>
    </message>
    <message>
        <source>Edit a pull quote</source>
        <translation>Առանձնացված մեջբերման խմբագրում</translation>
    </message>
    <message>
        <source>Edit a paragraph</source>
        <translation>Պարբերության խմբագրում</translation>
    </message>
    <message>
        <source>Add a paragraph</source>
        <translation>Պարբերության ավելացում</translation>
    </message>
    <message>
        <source>Add a heading</source>
        <translation>Ենթավերնագրի ավելացում</translation>
    </message>
    <message>
        <source>Add a pull quote</source>
        <translation>Առանձնացված մեջբերման ավելացում</translation>
    </message>
    <message>
        <source>Insert an expert quote</source>
        <translation>Փորձագետի մեջբերման տեղադրում</translation>
    </message>
    <message>
        <source>Delete a block</source>
        <translation>Բլոկի ջնջում</translation>
    </message>
    <message>
        <source>Move a block up</source>
        <translation>Բլոկի տեղափոխում վեր</translation>
    </message>
    <message>
        <source>Move a block down</source>
        <translation>Բլոկի տեղափոխում ցած</translation>
    </message>
    <message>
        <source>Change the section</source>
        <translation>Բաժնի փոփոխում</translation>
    </message>
    <message>
        <source>Change the authors</source>
        <translation>Հեղինակների փոփոխում</translation>
    </message>
    <message>
        <source>Change the editor</source>
        <translation>Խմբագրի փոփոխում</translation>
    </message>
    <message>
        <source>Add the %1 translation</source>
        <translation>%1 թարգմանության ավելացում</translation>
    </message>
    <message>
        <source>Edit the SEO title</source>
        <translation>SEO վերնագրի խմբագրում</translation>
    </message>
    <message>
        <source>Edit the SEO description</source>
        <translation>SEO նկարագրության խմբագրում</translation>
    </message>
    <message>
        <source>Change the translator</source>
        <translation>Թարգմանչի փոփոխում</translation>
    </message>
</context>
<context>
    <name>Byline::ArticleEditor</name>
    <message>
        <source>(no headline)</source>
        <translation>(անվերնագիր)</translation>
    </message>
    <message>
        <source>Cannot add the translation</source>
        <translation>Հնարավոր չէ ավելացնել թարգմանությունը</translation>
    </message>
    <message>
        <source>Choose who you are on the desk to edit.</source>
        <translation>Խմբագրելու համար «Դուք» դաշտում ընտրեք, թե ով եք։</translation>
    </message>
    <message>
        <source>Only editors change the authors and the editor.</source>
        <translation>Հեղինակներին և խմբագրին փոխում են միայն խմբագիրները։</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Միայն ընթերցման համար՝ %1</translation>
    </message>
    <message>
        <source>Blocks are added in the source language (%1); a translation follows its blocks.</source>
        <translation>Բլոկներն ավելացվում են բնագրի լեզվով (%1)։ Թարգմանությունը հետևում է բնագրի բլոկներին։</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Հետարկել՝ %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Հետարկելու բան չկա</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Վերարկել՝ %1</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Վերարկելու բան չկա</translation>
    </message>
    <message>
        <source>%1: words %2 · reading time about %3 min</source>
        <translation>%1: բառեր՝ %2 · ընթերցման ժամանակը՝ մոտ %3 ր</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Հետարկել</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Վերարկել</translation>
    </message>
    <message>
        <source>+ &amp;Paragraph</source>
        <translation>+ Պա&amp;րբերություն</translation>
    </message>
    <message>
        <source>+ &amp;Heading</source>
        <translation>+ &amp;Ենթավերնագիր</translation>
    </message>
    <message>
        <source>+ Pull &amp;quote</source>
        <translation>+ &amp;Առանձնացված մեջբերում</translation>
    </message>
    <message>
        <source>Insert e&amp;xpert quote…</source>
        <translation>Տեղադրել &amp;փորձագետի մեջբերում…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Տեղափոխել &amp;վեր</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Տեղափոխել &amp;ցած</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translation>Ջնջել բլոկը</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Պահպանել</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Խմբագրում</translation>
    </message>
    <message>
        <source>Why the text is read only</source>
        <translation>Ինչու է տեքստը միայն ընթերցման համար</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Պահպանման կարգավիճակ</translation>
    </message>
    <message>
        <source>Words and reading time</source>
        <translation>Բառեր և ընթերցման ժամանակ</translation>
    </message>
</context>
<context>
    <name>Byline::ArticleListModel</name>
    <message>
        <source>Draft</source>
        <translation>Սևագիր</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Ուղարկված ստուգման</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Հաստատված</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Պլանավորված</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Հրապարակված</translation>
    </message>
    <message>
        <source>Spiked</source>
        <translation>Աղբարկղում</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>ընթացքում</translation>
    </message>
    <message>
        <source>ready for review</source>
        <translation>պատրաստ ստուգման</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>հաստատված</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>բացակայում է</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(անվերնագիր)</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (ուշացումով)</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Վերնագիր</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Բաժին</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Հեղինակներ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Կարգավիճակ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Լեզուներ</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Թարմացված</translation>
    </message>
    <message>
        <source>Its time has passed and it is not published yet. The desk publishes what is due every minute; if it stays, check that the store can be written.</source>
        <translation>Հրապարակման ժամն անցել է, բայց հոդվածը դեռ հրապարակված չէ։ Byline-ն ամեն րոպե հրապարակում է այն, ինչի ժամկետը լրացել է։ Եթե հոդվածն այդպես էլ չհրապարակվի, ստուգեք, որ պահոցում գրելը հնարավոր է։</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (ժամկետանց)</translation>
    </message>
    <message>
        <source>%1 has it open in %2</source>
        <translation>%1-ը բացել է %2-ով</translation>
    </message>
    <message>
        <source>Open at</source>
        <translation>Բաց է</translation>
    </message>
</context>
<context>
    <name>Byline::ArticlePage</name>
    <message>
        <source>This quote (%1) is not in the registry.</source>
        <translation>Այս մեջբերումը (%1) ռեեստրում չկա։</translation>
    </message>
    <message>
        <source>Not translated into this language yet; shown as said (%1).</source>
        <translation>Այս լեզվով դեռ թարգմանված չէ։ Ցուցադրված է այնպես, ինչպես ասվել է (%1)։</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Վերնագիր</translation>
    </message>
    <message>
        <source>Lead: the one or two sentences that tell the story</source>
        <translation>Ներածական՝ մեկ-երկու նախադասություն, որոնք ներկայացնում են նյութի էությունը</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Ներածական</translation>
    </message>
    <message>
        <source>No text yet. Add a paragraph with Ctrl+Return, a heading, a pull quote or an expert&apos;s quote.</source>
        <translation>Տեքստ դեռ չկա։ Ավելացրեք պարբերություն (Ctrl+Return), ենթավերնագիր, առանձնացված մեջբերում կամ փորձագետի մեջբերում։</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Հոդվածի տեքստը</translation>
    </message>
</context>
<context>
    <name>Byline::ArticleSaver</name>
    <message>
        <source>Choose who you are on the desk to save.</source>
        <translation>Պահպանելու համար «Դուք» դաշտում ընտրեք, թե ով եք։</translation>
    </message>
    <message>
        <source>The article is no longer in the store.</source>
        <translation>Հոդվածն այլևս պահոցում չկա։</translation>
    </message>
    <message>
        <source>Byline closed on %1 before your last changes to this article were saved. Restore them?</source>
        <translation>Byline-ը փակվել է %1-ին՝ նախքան այս հոդվածում ձեր վերջին փոփոխությունների պահպանումը։ Վերականգնե՞լ դրանք։</translation>
    </message>
    <message>
        <source>Someone saved the article since; you will be shown both texts to choose from.</source>
        <translation>Այդ ընթացքում ինչ-որ մեկը պահպանել է հոդվածը։ Ձեզ ցույց կտրվեն երկու տեքստերը՝ ընտրելու համար։</translation>
    </message>
    <message>
        <source>Unsaved changes found</source>
        <translation>Գտնվել են չպահպանված փոփոխություններ</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Պահպանված է</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Կան չպահպանված փոփոխություններ</translation>
    </message>
    <message>
        <source>Saving failed: %1 Your text stays here and in the safety copy; Byline tries again.</source>
        <translation>Պահպանումը ձախողվեց՝ %1 Ձեր տեքստը մնում է այստեղ և չպահպանված փոփոխությունների պատճենում։ Byline-ը կրկին կփորձի։</translation>
    </message>
    <message>
        <source>Not saved: someone saved a newer version meanwhile. Save (Ctrl+S) to compare the two texts and choose.</source>
        <translation>Չի պահպանվել՝ այդ ընթացքում ինչ-որ մեկը պահպանել է ավելի նոր տարբերակ։ Պահպանեք (Ctrl+S)՝ երկու տեքստերը համեմատելու և ընտրելու համար։</translation>
    </message>
    <message>
        <source>Someone changed this translation meanwhile.</source>
        <translation>Այդ ընթացքում ինչ-որ մեկը փոխել է այս թարգմանությունը։</translation>
    </message>
</context>
<context>
    <name>Byline::ArticleSession</name>
    <message>
        <source>There is no article %1.</source>
        <translation>%1 հոդված չկա։</translation>
    </message>
    <message>
        <source>The article is no longer in the store.</source>
        <translation>Հոդվածն այլևս պահոցում չկա։</translation>
    </message>
</context>
<context>
    <name>Byline::ArticleTable</name>
    <message>
        <source>Articles</source>
        <translation>Հոդվածներ</translation>
    </message>
</context>
<context>
    <name>Byline::AuditSettingsPage</name>
    <message>
        <source>Import</source>
        <translation>Ներմուծում</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Ավելացվեց աշխատակից</translation>
    </message>
    <message>
        <source>Person changed</source>
        <translation>Փոխվեց աշխատակից</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Կարգավորում</translation>
    </message>
    <message>
        <source>Site text</source>
        <translation>Կայքի տեքստ</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Բաժին</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Լեզու</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Աուդիտի մատյան</translation>
    </message>
    <message>
        <source>(set-up)</source>
        <translation>(կարգավորում)</translation>
    </message>
    <message>
        <source>Who imported files and changed the newsroom&apos;s people and settings, newest first. Nobody can change this record; &quot;byline-cli audit&quot; prints it too. Workflow steps are in each article&apos;s History.</source>
        <translation>Ով է ներմուծել ֆայլեր և փոխել խմբագրության աշխատակիցներին ու կարգավորումները՝ նորերը սկզբում։ Այս գրառումն ոչ ոք չի կարող փոխել․ «byline-cli audit»-ը նույնպես այն տպում է։ Աշխատանքային ընթացքի քայլերը յուրաքանչյուր հոդվածի «Պատմության» մեջ են։</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Երբ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ով</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Փոփոխություն</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ինչ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Մանրամասներ</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Գաղտնաբառը սահմանված է</translation>
    </message>
</context>
<context>
    <name>Byline::BackupBanner</name>
    <message>
        <source>Backed up the store to %1.</source>
        <translation>Պահոցի պահուստային պատճենը գրվեց %1-ում։</translation>
    </message>
</context>
<context>
    <name>Byline::BackupSettingsPage</name>
    <message>
        <source>Keep the backups in a folder</source>
        <translation>Պահուստային պատճենների թղթապանակը</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Պահուստային պատճեններ</translation>
    </message>
    <message>
        <source>%1 is not a folder: choose a folder for the backups.</source>
        <translation>%1-ը թղթապանակ չէ։ Ընտրեք թղթապանակ պահուստային պատճենների համար։</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the backups: choose a folder you may write to.</source>
        <translation>Հնարավոր չէ ստեղծել %1 թղթապանակը պահուստային պատճենների համար։ Ընտրեք թղթապանակ, որտեղ կարող եք գրել։</translation>
    </message>
    <message>
        <source>No daily backup in this folder yet.</source>
        <translation>Այս թղթապանակում դեռ ամենօրյա պահուստային պատճեն չկա։</translation>
    </message>
    <message>
        <source>Newest backup: %1 (%2). Backups in the folder: %3.</source>
        <translation>Վերջին պահուստային պատճենը՝ %1 (%2)։ Թղթապանակում պահուստային պատճենների թիվը՝ %3։</translation>
    </message>
    <message>
        <source>Daily backup of the store on this computer</source>
        <translation>Պահոցի ամենօրյա պահուստային պատճեն այս համակարգչում</translation>
    </message>
    <message>
        <source>&amp;Make a backup every day</source>
        <translation>&amp;Ամեն օր պահուստային պատճեն ստեղծել</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Թղթապանակ՝</translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation>Պահուստային պատճենների թղթապանակը</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Ը&amp;նտրել…</translation>
    </message>
    <message>
        <source>&amp;Backups to keep:</source>
        <translation>&amp;Պահվող պատճենների թիվը՝</translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation>Քանի պահուստային պատճեն պահել</translation>
    </message>
    <message>
        <source>While the desk is open, it makes a backup in the background when it starts and then once a day, and deletes the oldest beyond the number to keep (only its own backups, never anything else in the folder). Each backup is a complete copy of the store, checked after it is written.

Choose a folder on another disk, or one that is itself backed up, so that a broken disk does not take the backups with it. To put a backup back: byline-cli restore FILE (the store as it was is kept beside it).</source>
        <translation>Քանի դեռ Byline-ը բաց է, այն ֆոնային ռեժիմում պահուստային պատճեն է ստեղծում գործարկվելիս, ապա՝ օրը մեկ անգամ, և ջնջում է ամենահները՝ նշված թվից ավելին (միայն իր պահուստային պատճենները, թղթապանակում ուրիշ ոչինչ)։ Յուրաքանչյուր պատճեն պահոցի ամբողջական պատճենն է, որը ստուգվում է գրվելուց հետո։

Ընտրեք այլ սկավառակի վրա գտնվող թղթապանակ կամ թղթապանակ, որն ինքը պահուստավորվում է, որպեսզի սկավառակի վնասվելու դեպքում պատճենները չկորչեն։ Պահուստային պատճենը վերադարձնելու համար՝ byline-cli restore FILE (նախկին պահոցը պահվում է կողքին)։</translation>
    </message>
</context>
<context>
    <name>Byline::BlockWidget</name>
    <message>
        <source>Paragraph</source>
        <translation>Պարբերություն</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Ենթավերնագիր</translation>
    </message>
    <message>
        <source>Pull quote</source>
        <translation>Առանձնացված մեջբերում</translation>
    </message>
    <message>
        <source>Expert quote</source>
        <translation>Փորձագետի մեջբերում</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (block %2)</source>
        <translation>%1 (բլոկ %2)</translation>
    </message>
    <message>
        <source>%1, not translated yet</source>
        <translation>%1, դեռ թարգմանված չէ</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Բլոկ %1</translation>
    </message>
    <message>
        <source>Not translated yet: type the translation here</source>
        <translation>Դեռ թարգմանված չէ՝ մուտքագրեք թարգմանությունն այստեղ</translation>
    </message>
    <message>
        <source>A line from the text to set off large</source>
        <translation>Տեքստից մի տող՝ խոշոր առանձնացնելու համար</translation>
    </message>
    <message>
        <source>Use this quote here</source>
        <translation>Օգտագործել այս մեջբերումն այստեղ</translation>
    </message>
    <message>
        <source>The source text quotes this expert here; the quote&apos;s own translation is used</source>
        <translation>Բնագրում այստեղ մեջբերված է այս փորձագետը, և օգտագործվում է մեջբերման սեփական թարգմանությունը</translation>
    </message>
</context>
<context>
    <name>Byline::Cli::Cli</name>
    <message>
        <source>byline-cli: %1</source>
        <translation>byline-cli: %1</translation>
    </message>
    <message>
        <source>--db needs a path</source>
        <translation>--db ընտրանքը պահանջում է ուղի</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>անհայտ ընտրանք՝ %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>հրաման նշված չէ</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>անհայտ հրաման՝ «%1»</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 ընտրանքը պահանջում է արժեք</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take --%2</source>
        <translation>«%1» հրամանը --%2 ընտրանք չի ընդունում</translation>
    </message>
    <message>
        <source>init takes no arguments</source>
        <translation>init հրամանն արգումենտներ չի ընդունում</translation>
    </message>
    <message>
        <source>Store ready: %1 (schema %2)</source>
        <translation>Պահոցը պատրաստ է՝ %1 (սխեմա %2)</translation>
    </message>
    <message>
        <source>Demo newsroom added; the store holds %1 articles.</source>
        <translation>Ցուցադրական խմբագրությունն ավելացված է։ Պահոցում կա %1 հոդված։</translation>
    </message>
    <message>
        <source>import needs one FILE (or - for standard input)</source>
        <translation>import հրամանը պահանջում է մեկ FILE (կամ - ստանդարտ մուտքի համար)</translation>
    </message>
    <message>
        <source>export needs one FILE (or - for standard output)</source>
        <translation>export հրամանը պահանջում է մեկ FILE (կամ - ստանդարտ ելքի համար)</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Հնարավոր չէ գրել ստանդարտ ելքում։</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was written; check the path and free space.</source>
        <translation>Հնարավոր չէ գրել %1 ֆայլում՝ %2։ Ոչինչ չի գրվել։ Ստուգեք ուղին և ազատ տեղը։</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Արտահանված է՝ %1։</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list հրամանն արգումենտներ չի ընդունում</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (draft, submitted, approved, scheduled, published, spiked)</source>
        <translation>անհայտ կարգավիճակ՝ «%1» (draft, submitted, approved, scheduled, published, spiked)</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit ընտրանքը պահանջում է դրական թիվ</translation>
    </message>
    <message>
        <source>There is no locale &quot;%1&quot; in this store.</source>
        <translation>Այս պահոցում «%1» լեզու չկա։</translation>
    </message>
    <message>
        <source>  [LATE %1]</source>
        <translation>  [ՈՒՇԱՑՈՒՄ՝ %1]</translation>
    </message>
    <message>
        <source>show needs one article UID</source>
        <translation>show հրամանը պահանջում է մեկ հոդվածի UID</translation>
    </message>
    <message>
        <source>uid:        %1</source>
        <translation>uid:              %1</translation>
    </message>
    <message>
        <source>status:     %1</source>
        <translation>կարգավիճակ՝       %1</translation>
    </message>
    <message>
        <source>section:    %1</source>
        <translation>բաժին՝            %1</translation>
    </message>
    <message>
        <source>source:     %1</source>
        <translation>բնագիր՝           %1</translation>
    </message>
    <message>
        <source>authors:    %1</source>
        <translation>հեղինակներ՝       %1</translation>
    </message>
    <message>
        <source>editor:     %1</source>
        <translation>խմբագիր՝          %1</translation>
    </message>
    <message>
        <source>created:    %1</source>
        <translation>ստեղծված՝         %1</translation>
    </message>
    <message>
        <source>updated:    %1</source>
        <translation>թարմացված՝        %1</translation>
    </message>
    <message>
        <source>scheduled:  %1</source>
        <translation>պլանավորված՝      %1</translation>
    </message>
    <message>
        <source>published:  %1</source>
        <translation>հրապարակված՝      %1</translation>
    </message>
    <message>
        <source>  (LATE: went out %1 after its scheduled time)</source>
        <translation>  (ՈՒՇԱՑՈՒՄ՝ հրապարակվել է պլանավորված ժամից %1 անց)</translation>
    </message>
    <message>
        <source>version:    %1</source>
        <translation>տարբերակ՝         %1</translation>
    </message>
    <message>
        <source>translations:</source>
        <translation>թարգմանություններ՝</translation>
    </message>
    <message>
        <source>live since %1</source>
        <translation>կայքում է սկսած %1</translation>
    </message>
    <message>
        <source>not live</source>
        <translation>կայքում չէ</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s)</source>
        <translation>
            <numerusform>%n բլոկ</numerusform>
            <numerusform>%n բլոկ</numerusform>
        </translation>
    </message>
    <message>
        <source>history:</source>
        <translation>պատմություն՝</translation>
    </message>
    <message>
        <source>comments:</source>
        <translation>մեկնաբանություններ՝</translation>
    </message>
    <message>
        <source>  (resolved by %1, %2)</source>
        <translation>  (լուծված է՝ %1, %2)</translation>
    </message>
    <message>
        <source>revisions:  %1</source>
        <translation>տարբերակներ՝      %1</translation>
    </message>
    <message>
        <source>users needs &quot;list&quot; or &quot;add NAME&quot;</source>
        <translation>users հրամանը պահանջում է «list» կամ «add NAME»</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (ոչ ակտիվ)</translation>
    </message>
    <message>
        <source>users add needs --role (journalist, editor, translator, admin)</source>
        <translation>users add հրամանը պահանջում է --role (journalist, editor, translator, admin)</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (journalist, editor, translator, admin)</source>
        <translation>անհայտ դեր՝ «%1» (journalist, editor, translator, admin)</translation>
    </message>
    <message>
        <source>A translator needs the locales they translate: add --locales, e.g. --locales ru,hy.</source>
        <translation>Թարգմանչի համար պետք է նշել նրա թարգմանության լեզուները։ Ավելացրեք --locales, օրինակ՝ --locales ru,hy։</translation>
    </message>
    <message>
        <source>Only translators have locales; drop --locales or use --role translator.</source>
        <translation>Լեզուներ ունեն միայն թարգմանիչները։ Հանեք --locales ընտրանքը կամ նշեք --role translator։</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Ավելացված է՝ %1 (%2)։</translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation>check հրամանն արգումենտներ չի ընդունում</translation>
    </message>
    <message>
        <source>warning: %1 %2 %3 %4: %5</source>
        <translation>զգուշացում՝ %1 %2 %3 %4: %5</translation>
    </message>
    <message>
        <source>ok: %1 (schema %2) passed every check.</source>
        <translation>ok: %1 (սխեմա %2)՝ բոլոր ստուգումներն անցել են։</translation>
    </message>
    <message numerus="yes">
        <source>%n translation warning(s) above.</source>
        <translation>
            <numerusform>Վերևում՝ %n թարգմանական զգուշացում։</numerusform>
            <numerusform>Վերևում՝ %n թարգմանական զգուշացում։</numerusform>
        </translation>
    </message>
    <message>
        <source>damage: %1</source>
        <translation>վնասվածք՝ %1</translation>
    </message>
    <message>
        <source>rule: %1</source>
        <translation>կանոն՝ %1</translation>
    </message>
    <message numerus="yes">
        <source>byline-cli: %n problem(s) found.</source>
        <translation>
            <numerusform>byline-cli: հայտնաբերվել է %n խնդիր։</numerusform>
            <numerusform>byline-cli: հայտնաբերվել է %n խնդիր։</numerusform>
        </translation>
    </message>
    <message>
        <source>translations needs an article UID</source>
        <translation>translations հրամանը պահանջում է հոդվածի UID</translation>
    </message>
    <message numerus="yes">
        <source>source, %n segment(s)</source>
        <translation>
            <numerusform>բնագիր, %n հատված</numerusform>
            <numerusform>բնագիր, %n հատված</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>missing: %n segment(s) to translate</source>
        <translation>
            <numerusform>բացակայում է՝ պետք է թարգմանել %n հատված</numerusform>
            <numerusform>բացակայում է՝ պետք է թարգմանել %n հատված</numerusform>
        </translation>
    </message>
    <message>
        <source>done %1  stale %2  missing %3</source>
        <translation>պատրաստ %1  հնացած %2  բացակայող %3</translation>
    </message>
    <message>
        <source>, live</source>
        <translation>, կայքում</translation>
    </message>
    <message>
        <source>      was:         %1</source>
        <translation>      նախկինում՝      %1</translation>
    </message>
    <message>
        <source>      now:         %1</source>
        <translation>      այժմ՝           %1</translation>
    </message>
    <message>
        <source>      change:      %1</source>
        <translation>      փոփոխություն՝   %1</translation>
    </message>
    <message>
        <source>      translation: %1</source>
        <translation>      թարգմանություն՝ %1</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>զգուշացում</translation>
    </message>
    <message>
        <source>quotes:</source>
        <translation>մեջբերումներ՝</translation>
    </message>
    <message>
        <source>segment-done needs an article UID, a LOCALE and a SEGMENT (e.g. block:b3)</source>
        <translation>segment-done հրամանը պահանջում է հոդվածի UID, LOCALE և SEGMENT (օրինակ՝ block:b3)</translation>
    </message>
    <message>
        <source>segment-done needs --as USER</source>
        <translation>segment-done հրամանը պահանջում է --as USER</translation>
    </message>
    <message>
        <source>There is no translated segment %1 in %2; &quot;byline-cli translations %3&quot; lists them.</source>
        <translation>%2 թարգմանության մեջ %1 թարգմանված հատված չկա։ Դրանց ցանկը ցույց է տալիս «byline-cli translations %3» հրամանը։</translation>
    </message>
    <message>
        <source>%1 %2 is current again.</source>
        <translation>%1 %2 հատվածը կրկին արդիական է։</translation>
    </message>
    <message>
        <source>There is no expert %1.</source>
        <translation>%1 փորձագետ չկա։</translation>
    </message>
    <message>
        <source>in %1 (%2)</source>
        <translation>%1 հոդվածում (%2)</translation>
    </message>
    <message>
        <source>, live in %1</source>
        <translation>, կայքում՝ %1</translation>
    </message>
    <message>
        <source>--%1 takes LOCALE=TEXT with a locale of this store (%2), e.g. --name en=&quot;Anna Petrosyan&quot;</source>
        <translation>--%1 ընտրանքն ընդունում է LOCALE=TEXT՝ այս պահոցի լեզուներից մեկով (%2), օրինակ՝ --name en=&quot;Anna Petrosyan&quot;</translation>
    </message>
    <message>
        <source>--%1 is too long (at most 1000 characters).</source>
        <translation>--%1 արժեքը չափազանց երկար է (առավելագույնը՝ 1000 նիշ)։</translation>
    </message>
    <message>
        <source>The %1 entry has a role or country but no --name %1=...</source>
        <translation>%1 լեզվի գրառումն ունի դեր կամ երկիր, բայց չունի --name %1=...</translation>
    </message>
    <message>
        <source>experts add needs at least one --name LOCALE=NAME</source>
        <translation>experts add հրամանը պահանջում է առնվազն մեկ --name LOCALE=NAME</translation>
    </message>
    <message>
        <source>Added expert %1.</source>
        <translation>Ավելացված է փորձագետ՝ %1։</translation>
    </message>
    <message>
        <source>experts merge needs --as USER</source>
        <translation>experts merge հրամանը պահանջում է --as USER</translation>
    </message>
    <message>
        <source>%1 may not merge experts: that is for editors and admins.</source>
        <translation>%1 օգտատերը չի կարող միավորել փորձագետներին։ Դա անում են խմբագիրները և ադմինիստրատորները։</translation>
    </message>
    <message>
        <source>Merged %1 into %2; its quotes now belong to %2.</source>
        <translation>Միավորված է՝ %1 → %2։ Նրա մեջբերումներն այժմ պատկանում են %2 փորձագետին։</translation>
    </message>
    <message>
        <source>experts needs list, show UID, add or merge KEEP DROP</source>
        <translation>experts հրամանը պահանջում է list, show UID, add կամ merge KEEP DROP</translation>
    </message>
    <message>
        <source>quotes needs &quot;list&quot; (optionally --expert UID)</source>
        <translation>quotes հրամանը պահանջում է «list» (ըստ ցանկության՝ --expert UID)</translation>
    </message>
    <message>
        <source>, checked</source>
        <translation>, ստուգված</translation>
    </message>
    <message>
        <source>, not checked</source>
        <translation>, չստուգված</translation>
    </message>
    <message>
        <source>  STALE: %1</source>
        <translation>  ՀՆԱՑԱԾ՝ %1</translation>
    </message>
    <message>
        <source>There is no article %1; &quot;byline-cli list&quot; shows the uids.</source>
        <translation>%1 հոդված չկա։ Հոդվածների UID-ները ցույց է տալիս «byline-cli list» հրամանը։</translation>
    </message>
    <message>
        <source>act needs an article UID and an ACTION</source>
        <translation>act հրամանը պահանջում է հոդվածի UID և ACTION</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (submit, approve, request-changes, schedule, unschedule, publish, unpublish, spike, restore)</source>
        <translation>անհայտ գործողություն՝ «%1» (submit, approve, request-changes, schedule, unschedule, publish, unpublish, spike, restore)</translation>
    </message>
    <message>
        <source>act needs --as USER: who is acting</source>
        <translation>act հրամանը պահանջում է --as USER՝ ով է կատարում գործողությունը</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>, publishes at %1 %2 (%3)</source>
        <translation>, կհրապարակվի %1 %2 (%3)</translation>
    </message>
    <message>
        <source>publish-due takes no arguments</source>
        <translation>publish-due հրամանն արգումենտներ չի ընդունում</translation>
    </message>
    <message>
        <source>Nothing is due (as of %1).</source>
        <translation>Հրապարակման ժամկետը լրացած հոդվածներ չկան (%1 դրությամբ)։</translation>
    </message>
    <message>
        <source>published %1 &quot;%2&quot; (due %3)</source>
        <translation>հրապարակված է %1 «%2» (ժամկետը՝ %3)</translation>
    </message>
    <message>
        <source>, %1 late</source>
        <translation>, %1 ուշացումով</translation>
    </message>
    <message>
        <source>comment needs an article UID</source>
        <translation>comment հրամանը պահանջում է հոդվածի UID</translation>
    </message>
    <message>
        <source>comment needs --as USER</source>
        <translation>comment հրամանը պահանջում է --as USER</translation>
    </message>
    <message>
        <source>comment needs either --text TEXT or --resolve N</source>
        <translation>comment հրամանը պահանջում է կամ --text TEXT, կամ --resolve N</translation>
    </message>
    <message>
        <source>There is no active user &quot;%1&quot;.</source>
        <translation>«%1» ակտիվ օգտատեր չկա։</translation>
    </message>
    <message>
        <source>--resolve needs a comment number</source>
        <translation>--resolve ընտրանքը պահանջում է մեկնաբանության համար</translation>
    </message>
    <message>
        <source>Comment %1 resolved.</source>
        <translation>№ %1 մեկնաբանությունը լուծված է։</translation>
    </message>
    <message>
        <source>An empty comment says nothing; write it after --text.</source>
        <translation>Դատարկ մեկնաբանությունն ոչինչ չի ասում։ Գրեք այն --text ընտրանքից հետո։</translation>
    </message>
    <message>
        <source>Comment %1 added.</source>
        <translation>№ %1 մեկնաբանությունն ավելացված է։</translation>
    </message>
    <message>
        <source>revisions needs an article UID</source>
        <translation>revisions հրամանը պահանջում է հոդվածի UID</translation>
    </message>
    <message>
        <source>No revisions yet.</source>
        <translation>Տարբերակներ դեռ չկան։</translation>
    </message>
    <message>
        <source>diff needs an article UID and two revision numbers</source>
        <translation>diff հրամանը պահանջում է հոդվածի UID և տարբերակների երկու համար</translation>
    </message>
    <message>
        <source>revision numbers are whole numbers (see &quot;byline-cli revisions UID&quot;)</source>
        <translation>տարբերակների համարներն ամբողջ թվեր են (տե՛ս «byline-cli revisions UID»)</translation>
    </message>
    <message>
        <source>The article has no revision %1; &quot;byline-cli revisions %2&quot; lists them.</source>
        <translation>Հոդվածը չունի № %1 տարբերակ։ Դրանց ցանկը ցույց է տալիս «byline-cli revisions %2» հրամանը։</translation>
    </message>
    <message>
        <source>  (added in revision %1)</source>
        <translation>  (ավելացվել է № %1 տարբերակում)</translation>
    </message>
    <message>
        <source>  (removed in revision %1)</source>
        <translation>  (հեռացվել է № %1 տարբերակում)</translation>
    </message>
    <message>
        <source>title</source>
        <translation>վերնագիր</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>ներածական</translation>
    </message>
    <message>
        <source>SEO title</source>
        <translation>SEO վերնագիր</translation>
    </message>
    <message>
        <source>SEO description</source>
        <translation>SEO նկարագրություն</translation>
    </message>
    <message>
        <source>slug</source>
        <translation>URL-անուն</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>բլոկ %1</translation>
    </message>
    <message>
        <source>  (no changes)</source>
        <translation>  (փոփոխություններ չկան)</translation>
    </message>
    <message>
        <source>the revision number is a whole number</source>
        <translation>տարբերակի համարը պետք է ամբողջ թիվ լինի</translation>
    </message>
    <message>
        <source>restore needs --as USER</source>
        <translation>restore հրամանը պահանջում է --as USER</translation>
    </message>
    <message>
        <source>Revision %1 is the current text again (kept as revision %2; nothing newer was lost).</source>
        <translation>№ %1 տարբերակը կրկին ընթացիկ տեքստն է (պահպանված է որպես № %2 տարբերակ, ավելի նոր ոչինչ չի կորել)։</translation>
    </message>
    <message>
        <source>save needs a FILE (or - for standard input) as &quot;show UID --json&quot; prints it</source>
        <translation>save հրամանը պահանջում է FILE (կամ - ստանդարտ մուտքի համար) այն տեսքով, որով այն տպում է «show UID --json» հրամանը</translation>
    </message>
    <message>
        <source>save needs --as USER</source>
        <translation>save հրամանը պահանջում է --as USER</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Հնարավոր չէ կարդալ %1 ֆայլը՝ %2։</translation>
    </message>
    <message>
        <source>Saved %1 as version %2.</source>
        <translation>%1 հոդվածը պահպանված է որպես %2 տարբերակ։</translation>
    </message>
    <message>
        <source>Imported %1 new and %2 updated articles (%3 unchanged), %4 quotes, %5 experts, %6 users, %7 sections, %8 locales.</source>
        <translation>Ներմուծված է՝ %1 նոր և %2 թարմացված հոդված (%3-ը՝ առանց փոփոխության), %4 մեջբերում, %5 փորձագետ, %6 օգտատեր, %7 բաժին, %8 լեզու։</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in the store are newer than or differ from the file at the same version; the store kept its text and the file&apos;s text was saved as a revision (compare with `byline-cli revisions UID`):</source>
        <translation>
            <numerusform>Պահոցում %n հոդված ավելի նոր է, քան ֆայլում, կամ նույն համարի տարբերակով տարբերվում է ֆայլից։ Պահոցում մնացել է դրա տեքստը, իսկ ֆայլի տեքստը պահպանվել է որպես առանձին տարբերակ (համեմատեք «byline-cli revisions UID» հրամանով)՝</numerusform>
            <numerusform>Պահոցում %n հոդված ավելի նոր է, քան ֆայլում, կամ նույն համարի տարբերակով տարբերվում է ֆայլից։ Պահոցում մնացել է դրանց տեքստը, իսկ ֆայլի տեքստը պահպանվել է որպես առանձին տարբերակ (համեմատեք «byline-cli revisions UID» հրամանով)՝</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder. Name a file to export to.</source>
        <translation>Հնարավոր չէ գրել %1 ուղում՝ այն թղթապանակ է։ Նշեք արտահանման ֆայլը։</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist. Nothing was written; create it or choose another path.</source>
        <translation>Հնարավոր չէ գրել %1 ֆայլում՝ %2 թղթապանակը գոյություն չունի։ Ոչինչ չի գրվել։ Ստեղծեք այն կամ ընտրեք այլ ուղի։</translation>
    </message>
    <message>
        <source>%1 may not confirm %2 translations: that is for translators into %2 and editors (and the source locale has nothing to confirm).</source>
        <translation>%1 օգտատերը չի կարող %2 թարգմանությունները նշել որպես արդիական։ Դա անում են %2 լեզվի թարգմանիչները և խմբագիրները (իսկ բնագրի լեզվի համար նշելու բան չկա)։</translation>
    </message>
    <message>
        <source>request-changes needs --comment TEXT saying what to change.</source>
        <translation>request-changes գործողությունը պահանջում է --comment TEXT՝ նշելով, թե ինչ պետք է փոխել։</translation>
    </message>
    <message>
        <source>index: %1</source>
        <translation>ինդեքս՝ %1</translation>
    </message>
    <message numerus="yes">
        <source>repaired: the search index was rebuilt (%n document(s)).</source>
        <translation>
            <numerusform>շտկված՝ որոնման ինդեքսը վերակառուցվել է (%n փաստաթուղթ)։</numerusform>
            <numerusform>շտկված՝ որոնման ինդեքսը վերակառուցվել է (%n փաստաթուղթ)։</numerusform>
        </translation>
    </message>
    <message>
        <source>byline-cli: the search index is out of step; &quot;byline-cli check --repair&quot; rebuilds it from the store.</source>
        <translation>byline-cli: որոնման ինդեքսը չի համապատասխանում պահոցին։ «byline-cli check --repair» հրամանը կվերակառուցի այն պահոցի տվյալներից։</translation>
    </message>
    <message>
        <source>search needs one QUERY (quote it if it has several words)</source>
        <translation>search հրամանը պահանջում է մեկ QUERY (եթե այն մի քանի բառից է, վերցրեք այն չակերտների մեջ)</translation>
    </message>
    <message>
        <source>--limit needs a number from 1 to 1000</source>
        <translation>--limit ընտրանքը պահանջում է թիվ 1-ից մինչև 1000</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>«%1» հարցմամբ ոչինչ չի գտնվել։</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s); more match than can be ranked: the newest %1 matches were ranked by relevance. Add words or filters to narrow it down.</source>
        <translation>
            <numerusform>%n արդյունք։ Համընկնումներն ավելի շատ են, քան հնարավոր է դասակարգել՝ ըստ համապատասխանության դասակարգվել են ամենանոր %1 համընկնումները։ Ավելացրեք բառեր կամ զտիչներ՝ որոնումը նեղացնելու համար։</numerusform>
            <numerusform>%n արդյունք։ Համընկնումներն ավելի շատ են, քան հնարավոր է դասակարգել՝ ըստ համապատասխանության դասակարգվել են ամենանոր %1 համընկնումները։ Ավելացրեք բառեր կամ զտիչներ՝ որոնումը նեղացնելու համար։</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), ranked by relevance.</source>
        <translation>
            <numerusform>%n արդյունք՝ ըստ համապատասխանության։</numerusform>
            <numerusform>%n արդյունք՝ ըստ համապատասխանության։</numerusform>
        </translation>
    </message>
    <message>
        <source>render needs an article UID</source>
        <translation>render հրամանը պահանջում է հոդվածի UID</translation>
    </message>
    <message>
        <source>render needs --locale L (the page&apos;s language)</source>
        <translation>render հրամանը պահանջում է --locale L (էջի լեզուն)</translation>
    </message>
    <message>
        <source>--theme is light or dark, not &quot;%1&quot;</source>
        <translation>--theme ընտրանքի արժեքը light կամ dark է, ոչ թե «%1»</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was written; check the path.</source>
        <translation>Հնարավոր չէ գրել %1 ֆայլում՝ %2։ Ոչինչ չի գրվել։ Ստուգեք ուղին։</translation>
    </message>
    <message>
        <source>export-site needs the folder to write the site into</source>
        <translation>export-site հրամանը պահանջում է թղթապանակ, որում պետք է գրել կայքը</translation>
    </message>
    <message>
        <source>--base-url needs an http or https address, not &quot;%1&quot;</source>
        <translation>--base-url ընտրանքը պահանջում է http կամ https հասցե, ոչ թե «%1»</translation>
    </message>
    <message>
        <source>exporting the site: %1%</source>
        <translation>կայքի արտահանում՝ %1%</translation>
    </message>
    <message>
        <source>Wrote %1 pages, %2 home and section pages and %3 feeds to %4.</source>
        <translation>Գրված է %4 թղթապանակում՝ %1 հոդվածի էջ, %2 գլխավոր և բաժնի էջ, %3 RSS լրահոս։</translation>
    </message>
    <message>
        <source>%1 is too large for one article (at most 64 MiB).</source>
        <translation>%1-ը չափազանց մեծ է մեկ հոդվածի համար (առավելագույնը՝ 64&#xa0;ՄիԲ)։</translation>
    </message>
    <message>
        <source>This newsroom has users, so an import acts as one of them: add --as USER (an editor or an admin for published text, an admin for users and settings). Nothing was imported.</source>
        <translation>Այս խմբագրությունն օգտատերեր ունի, ուստի ներմուծումը կատարվում է նրանցից մեկի անունից․ ավելացրեք --as USER (խմբագիր կամ ադմին՝ հրապարակված տեքստի համար, ադմին՝ օգտատերերի և կարգավորումների համար)։ Ոչինչ չներմուծվեց։</translation>
    </message>
    <message>
        <source>Only an admin adds people to this newsroom: add --as ADMIN (&quot;byline-cli users list&quot; shows who is one).</source>
        <translation>Այս խմբագրությունում մարդկանց ավելացնում է միայն ադմինը․ ավելացրեք --as ADMIN («byline-cli users list»-ը ցույց կտա, թե ով է ադմին)։</translation>
    </message>
    <message>
        <source>The first person in a new newsroom is its admin: add them with --role admin; they then add the others (--as %1).</source>
        <translation>Նոր խմբագրության առաջին մարդը նրա ադմինն է․ ավելացրեք նրան --role admin-ով, հետո նա կավելացնի մյուսներին (--as %1)։</translation>
    </message>
    <message>
        <source>Added %1 (%2), the newsroom&apos;s first admin.</source>
        <translation>Ավելացվեց %1-ը (%2), խմբագրության առաջին ադմինը։</translation>
    </message>
    <message>
        <source>audit takes no arguments</source>
        <translation>audit-ն արգումենտներ չի ընդունում</translation>
    </message>
    <message>
        <source>Nothing yet: imports and changes to users and settings are recorded here.</source>
        <translation>Դեռ ոչինչ․ այստեղ գրանցվում են ներմուծումները և օգտատերերի ու կարգավորումների փոփոխությունները։</translation>
    </message>
    <message>
        <source>(set-up)</source>
        <translation>(կարգավորում)</translation>
    </message>
    <message>
        <source>backup needs the FILE to write the backup to</source>
        <translation>backup-ը սպասում է FILE ֆայլը, որում պետք է գրել պահուստային պատճենը</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %1 to %2: %3 MB, %n article(s), in %4 s; the copy passed its check.</source>
        <translation>
            <numerusform>%1-ի պահուստային պատճենը գրվեց %2-ում․ %3&#xa0;ՄԲ, %n հոդված, %4&#xa0;վ-ում։ Պատճենն անցավ ստուգումը։</numerusform>
            <numerusform>%1-ի պահուստային պատճենը գրվեց %2-ում․ %3&#xa0;ՄԲ, %n հոդված, %4&#xa0;վ-ում։ Պատճենն անցավ ստուգումը։</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The store has %n problem(s) in its content or search index, and so has the copy: &quot;byline-cli check&quot; lists them.</source>
        <translation>
            <numerusform>Պահոցի բովանդակության կամ որոնման ինդեքսում կա %n խնդիր, և նույնը՝ պատճենում․ «byline-cli check»-ը թվարկում է դրանք։</numerusform>
            <numerusform>Պահոցի բովանդակության կամ որոնման ինդեքսում կա %n խնդիր, և նույնը՝ պատճենում․ «byline-cli check»-ը թվարկում է դրանք։</numerusform>
        </translation>
    </message>
    <message>
        <source>The store as it was (damaged) is kept in %1.</source>
        <translation>Պահոցը նախկին (վնասված) վիճակում պահված է %1-ում։</translation>
    </message>
    <message>
        <source>The store as it was is kept in %1; restore that file the same way to undo this.</source>
        <translation>Պահոցը նախկին վիճակում պահված է %1-ում։ Վերականգնումը հետ շրջելու համար նույն ձևով վերականգնեք այդ ֆայլը։</translation>
    </message>
    <message>
        <source>The backup was at schema %1 and was brought up to schema %2.</source>
        <translation>Պահուստային պատճենը %1 սխեմայով էր և թարմացվեց մինչև %2 սխեմա։</translation>
    </message>
    <message numerus="yes">
        <source>Restored %1 from %2: %3 MB, %n article(s), in %4 s.</source>
        <translation>
            <numerusform>%1 պահոցը վերականգնվեց %2-ից․ %3&#xa0;ՄԲ, %n հոդված, %4&#xa0;վ-ում։</numerusform>
            <numerusform>%1 պահոցը վերականգնվեց %2-ից․ %3&#xa0;ՄԲ, %n հոդված, %4&#xa0;վ-ում։</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup has %n problem(s) in its content or search index: &quot;byline-cli check&quot; lists them (&quot;check --repair&quot; rebuilds the index).</source>
        <translation>
            <numerusform>Պահուստային պատճենի բովանդակության կամ որոնման ինդեքսում կա %n խնդիր․ «byline-cli check»-ը թվարկում է դրանք («check --repair»-ը վերակառուցում է ինդեքսը)։</numerusform>
            <numerusform>Պահուստային պատճենի բովանդակության կամ որոնման ինդեքսում կա %n խնդիր․ «byline-cli check»-ը թվարկում է դրանք («check --repair»-ը վերակառուցում է ինդեքսը)։</numerusform>
        </translation>
    </message>
    <message>
        <source>restore needs a backup FILE, or an article UID and a revision number with --as USER</source>
        <translation>restore-ը սպասում է պահուստային պատճենի FILE ֆայլ կամ հոդվածի UID և տարբերակի համար՝ --as USER-ով</translation>
    </message>
    <message>
        <source>adding %1</source>
        <translation>%1-ի ավելացում</translation>
    </message>
    <message>
        <source>On a newsroom server you are who you logged in as (%1): --as cannot name %2. Log in as %2 to act as them.</source>
        <translation>Խմբագրության սերվերի վրա դուք այն եք, ում անունով մուտք եք գործել (%1). --as-ում չի կարելի նշել %2։ %2-ի անունից գործելու համար մուտք գործեք որպես %2։</translation>
    </message>
    <message>
        <source>Your login %1 is not a person of this newsroom, so it cannot act as %2. Ask an admin to add you (byline-cli users add %1 --role ROLE).</source>
        <translation>Ձեր %1 մուտքանունն այս խմբագրության աշխատակից չէ, ուստի չի կարող գործել որպես %2։ Խնդրեք ադմինին ավելացնել ձեզ (byline-cli users add %1 --role ROLE)։</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1-ի գաղտնաբառը՝ </translation>
    </message>
    <message>
        <source>%1 needs a password to log in to the newsroom server: type it, or give it on standard input (one line). Nothing was changed.</source>
        <translation>%1-ին խմբագրության սերվեր մուտք գործելու համար գաղտնաբառ է պետք․ մուտքագրեք այն կամ տվեք ստանդարտ մուտքով (մեկ տող)։ Ոչինչ չի փոխվել։</translation>
    </message>
    <message>
        <source>server needs: setup URL</source>
        <translation>server-ին պետք է՝ setup URL</translation>
    </message>
    <message>
        <source>server setup needs a postgresql:// URL</source>
        <translation>server setup-ին պետք է postgresql:// հասցե</translation>
    </message>
    <message>
        <source>Setting up a newsroom needs a PostgreSQL superuser or the database&apos;s owner; %1 is neither. Nothing was changed.</source>
        <translation>Խմբագրությունը կարգավորելու համար պետք է PostgreSQL-ի գերօգտատեր կամ բազայի տերը․ %1-ն ոչ մեկն է, ոչ մյուսը։ Ոչինչ չի փոխվել։</translation>
    </message>
    <message>
        <source>Newsroom ready: %1 (schema %2)</source>
        <translation>Խմբագրությունը պատրաստ է՝ %1 (սխեմա %2)</translation>
    </message>
    <message>
        <source>Group roles: %1</source>
        <translation>Խմբային դերեր՝ %1</translation>
    </message>
    <message>
        <source>First admin: %1 (their login was there already)</source>
        <translation>Առաջին ադմին՝ %1 (նրա մուտքանունն արդեն կար)</translation>
    </message>
    <message>
        <source>First admin: %1, who logs in with the password given</source>
        <translation>Առաջին ադմին՝ %1, որը մուտք է գործում տրված գաղտնաբառով</translation>
    </message>
    <message>
        <source>%1 is already in this newsroom as %2, not as an active admin: an admin changes their role in Settings. Nothing was changed.</source>
        <translation>%1-ն արդեն այս խմբագրությունում է որպես %2, ոչ թե որպես գործող ադմին․ դերը փոխում է ադմինը Կարգավորումներում։ Ոչինչ չի փոխվել։</translation>
    </message>
    <message>
        <source>This newsroom has people already; its admins add more with &quot;byline-cli users add&quot;. Nothing was changed.</source>
        <translation>Այս խմբագրությունում արդեն աշխատակիցներ կան․ նորերին ավելացնում են նրա ադմինները «byline-cli users add» հրամանով։ Ոչինչ չի փոխվել։</translation>
    </message>
    <message>
        <source>Passwords belong to a newsroom server set up with &quot;byline-cli server setup&quot;; %1 has no logins. Nothing was changed.</source>
        <translation>Գաղտնաբառերը պատկանում են «byline-cli server setup»-ով կարգավորված խմբագրության սերվերին․ %1-ը մուտքանուններ չունի։ Ոչինչ չի փոխվել։</translation>
    </message>
    <message>
        <source>Only an admin sets a person&apos;s password (%1 is not one). Nothing was changed; to change your own, use psql&apos;s \password.</source>
        <translation>Աշխատակցի գաղտնաբառը սահմանում է միայն ադմինը (%1-ն ադմին չէ)։ Ոչինչ չի փոխվել․ ձեր սեփականը փոխելու համար օգտագործեք psql-ի \password հրամանը։</translation>
    </message>
    <message>
        <source>setting the password of %1</source>
        <translation>%1-ի գաղտնաբառի սահմանում</translation>
    </message>
    <message>
        <source>%1 logs in with the new password.</source>
        <translation>%1-ը մուտք է գործում նոր գաղտնաբառով։</translation>
    </message>
    <message>
        <source>copy takes only --from DB and --to DB</source>
        <translation>copy-ն ընդունում է միայն --from DB և --to DB</translation>
    </message>
    <message>
        <source>copy names its stores with --from and --to, not --db</source>
        <translation>copy-ն պահոցները նշում է --from-ով և --to-ով, ոչ թե --db-ով</translation>
    </message>
    <message>
        <source>copy needs --from DB (the store to copy) and --to DB (a new file or an empty database)</source>
        <translation>copy-ին անհրաժեշտ են --from DB (պատճենվող պահոցը) և --to DB (նոր ֆայլ կամ դատարկ տվյալների բազա)</translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3</source>
        <translation>Պատճենվում է %1-ը՝ %2՝ %3-ից</translation>
    </message>
    <message>
        <source>Building the search index: %1 of %2 articles</source>
        <translation>Որոնման ինդեքսի կառուցում՝ %1 հոդված %2-ից</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 to %2: %n article(s), %3 rows in %4 tables and %5 search documents, in %6 s.</source>
        <translation>
            <numerusform>%1-ը պատճենվեց %2՝ %n հոդված, %3 տող %4 աղյուսակում և %5 որոնման փաստաթուղթ, %6&#xa0;վ-ում։</numerusform>
            <numerusform>%1-ը պատճենվեց %2՝ %n հոդված, %3 տող %4 աղյուսակում և %5 որոնման փաստաթուղթ, %6&#xa0;վ-ում։</numerusform>
        </translation>
    </message>
    <message>
        <source>Next, as the server&apos;s owner: &quot;byline-cli server setup %1&quot; gives the newsroom&apos;s people their logins and rights there.</source>
        <translation>Հաջորդը՝ սերվերի տիրոջ անունից․ «byline-cli server setup %1» հրամանը խմբագրության աշխատակիցներին այնտեղ կտա իրենց մուտքանունները և իրավունքները։</translation>
    </message>
    <message>
        <source>inbox takes no arguments, or &quot;read ID&quot; or &quot;read all&quot;</source>
        <translation>inbox-ն արգումենտներ չի ընդունում, բացի «read ID»-ից կամ «read all»-ից</translation>
    </message>
    <message>
        <source>inbox needs --as USER (whose inbox)</source>
        <translation>inbox-ին պետք է --as USER (ում մուտքային արկղը)</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>«%1» օգտատեր չկա։</translation>
    </message>
    <message>
        <source>inbox read needs an entry&apos;s number (from &quot;inbox&quot;) or &quot;all&quot;</source>
        <translation>inbox read-ին պետք է գրառման համարը («inbox»-ից) կամ «all»</translation>
    </message>
    <message>
        <source>Entry %1 marked read.</source>
        <translation>%1 գրառումը նշվեց կարդացված։</translation>
    </message>
    <message>
        <source>Nothing unread.</source>
        <translation>Չկարդացված ոչինչ չկա։</translation>
    </message>
    <message>
        <source>The inbox is empty.</source>
        <translation>Մուտքային արկղը դատարկ է։</translation>
    </message>
    <message>
        <source>Entries marked read: %1.</source>
        <translation>Կարդացված է նշվել՝ %1։</translation>
    </message>
    <message>
        <source>--atomic goes with --changed-only (a full export is always swapped in whole)</source>
        <translation>--atomic-ն օգտագործվում է --changed-only-ի հետ (ամբողջական արտահանումը միշտ ամբողջությամբ է փոխարինում կայքը)</translation>
    </message>
    <message>
        <source>Kept %1 unchanged pages from the last export; removed %2 no longer published.</source>
        <translation>Նախորդ արտահանումից պահված անփոփոխ էջեր՝ %1, հեռացված՝ այլևս չհրապարակվող էջեր՝ %2։</translation>
    </message>
    <message>
        <source>Usage: byline-cli [--db PATH] COMMAND [ARGS]

Commands:
  init [--demo]                      create or upgrade the store; --demo adds the sample newsroom
  import FILE|- [--as USER]          read an interchange file (byline/1) into the store, as
                                     USER: rights checked (admins: users and settings;
                                     editors: published text), recorded in the audit trail;
                                     only a store without users takes one without --as
  export FILE|- [--article UID]      write the store (or one article) as an interchange file
  list [--status S] [--locale L] [--json]
  show UID [--json]
  users list [--json]
  users add NAME --role ROLE [--locales ru,hy] [--display-name &quot;Full Name&quot;]
            [--name LOCALE=NAME ...] --as ADMIN
                                     (a new newsroom&apos;s first user: --role admin, no --as;
                                     on a server: also their login, password from the
                                     terminal or one line of standard input)
  users names NAME [--display-name &quot;Full Name&quot;] [--name LOCALE=NAME ...] --as ADMIN
                                     how NAME is spelled per language (&quot;ru=Том Рид&quot;), signed
                                     under that language&apos;s pages; LOCALE= removes one;
                                     without options: show them
  users password NAME                on a server: a new password for NAME&apos;s login (admins)
  server setup URL [--admin NAME [--display-name &quot;Full Name&quot;]]
                                     make a PostgreSQL database a shared newsroom (schema,
                                     group roles, the rights the server enforces) or upgrade
                                     it; as a superuser or the database&apos;s owner; again is
                                     harmless; --admin: the first admin and their login
  audit [--limit N] [--json]         the newsroom&apos;s audit trail: imports, users, settings
  check [--repair]                   check the store&apos;s integrity, content rules and search
                                     index; --repair rebuilds an out-of-step search index
  render UID --locale L [--theme light|dark] [--output FILE] [--preview]
                                     the page a reader sees; --preview: also a locale that is
                                     not published yet
  export-site DIR [--base-url URL] [--changed-only [--atomic]]
                                     the static site: pages, home and section pages, RSS per
                                     language, sitemap.xml, assets; DIR is swapped at once;
                                     --changed-only rewrites in place only what changed (each
                                     file whole); --atomic swaps a whole new site in instead
  search QUERY [--locale L] [--status S] [--section UID] [--author NAME] [--expert UID]
         [--from TIME] [--to TIME] [--limit N] [--prefix] [--json]
                                     full-text search in every locale: words, &quot;phrases&quot;,
                                     prefix*; --prefix: the last word is a prefix
  act UID ACTION --as USER [--locale L] [--comment TEXT] [--at TIME]
        ACTION: submit approve request-changes schedule unschedule publish unpublish
                spike restore   (--locale: that translation only)
  publish-due [--now TIME]           publish every scheduled article whose time has come
  comment UID --as USER (--text TEXT [--locale L] | --resolve N)
                                     a comment naming someone (@login) lands in their inbox
  inbox --as USER [--unread] [--json]
                                     USER&apos;s inbox, newest first: sent back, assigned,
                                     scheduled, published, mentioned, translation gone stale
  inbox read ID|all --as USER        mark one entry (or all) read
  revisions UID [--json]
  diff UID REV_A REV_B               word-level differences between two revisions
  restore UID REV --as USER          make an old revision the current text (a new revision)
  backup FILE                        a checked copy of the store, taken while others work on it
  restore FILE                       put a backup back; the store as it was is kept beside it
  copy --from DB --to DB             copy a whole store into a new file or an empty database,
                                     between SQLite and PostgreSQL either way; DB is a path or
                                     a postgresql:// URL; progress on standard error
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
PATH may be a postgresql://USER@HOST:PORT/DATABASE URL: a newsroom on a server, where you
are your login (no --as needed; the password from ~/.pgpass or PGPASSWORD).
Exit codes: 0 done, 2 usage, 3 not permitted, 4 not found, 5 conflict,
            6 invalid input, 7 storage failure.
</source>
        <translation>Օգտագործում՝ byline-cli [--db PATH] COMMAND [ARGS]

Հրամաններ՝
  init [--demo]                      ստեղծել կամ թարմացնել պահոցը, --demo՝ ավելացնել ցուցադրական խմբագրությունը
  import FILE|- [--as USER]          ներմուծել փոխանակման ֆայլ (byline/1) պահոց USER-ի
                                     անունից․ իրավունքները ստուգվում են (ադմիններ՝ օգտատերեր
                                     և կարգավորումներ, խմբագիրներ՝ հրապարակված տեքստ),
                                     գրանցվում է աուդիտի մատյանում․ առանց --as՝ միայն
                                     օգտատերեր չունեցող պահոց
  export FILE|- [--article UID]      գրել պահոցը (կամ մեկ հոդված) որպես փոխանակման ֆայլ
  list [--status S] [--locale L] [--json]
  show UID [--json]
  users list [--json]
  users add NAME --role ROLE [--locales ru,hy] [--display-name &quot;Անուն Ազգանուն&quot;]
            [--name LOCALE=NAME ...] --as ADMIN
                                     (նոր խմբագրության առաջին օգտատերը՝ --role admin, առանց --as․
                                     սերվերի վրա՝ նաև նրա մուտքանունը, գաղտնաբառը տերմինալից
                                     կամ ստանդարտ մուտքի մեկ տողով)
  users names NAME [--display-name &quot;Անուն Ազգանուն&quot;] [--name LOCALE=NAME ...] --as ADMIN
                                     ինչպես է NAME-ը գրվում յուրաքանչյուր լեզվով
                                     («hy=Թոմ Ռիդ»)՝ այդ լեզվի էջերի ստորագրությունը․
                                     LOCALE=-ը հեռացնում է անունը, առանց ընտրանքների՝
                                     ցույց է տալիս դրանք
  users password NAME                սերվերի վրա՝ նոր գաղտնաբառ NAME-ի մուտքանվան համար (ադմիններ)
  server setup URL [--admin NAME [--display-name &quot;Անուն Ազգանուն&quot;]]
                                     PostgreSQL տվյալների բազան դարձնել ընդհանուր խմբագրություն
                                     (սխեմա, խմբային դերեր, սերվերի ստուգած իրավունքներ) կամ
                                     թարմացնել այն․ գերօգտատիրոջ կամ բազայի տիրոջ անունից․
                                     կրկնելն անվնաս է․ --admin՝ առաջին ադմինը և նրա մուտքանունը
  audit [--limit N] [--json]         խմբագրության աուդիտի մատյանը՝ ներմուծումներ, օգտատերեր, կարգավորումներ
  check [--repair]                   ստուգել պահոցի ամբողջականությունը, բովանդակության կանոնները և որոնման
                                     ինդեքսը, --repair՝ վերակառուցել պահոցից հետ մնացած որոնման ինդեքսը
  render UID --locale L [--theme light|dark] [--output FILE] [--preview]
                                     էջը՝ այնպես, ինչպես այն տեսնում է ընթերցողը, --preview՝ նաև
                                     դեռ չհրապարակված լեզվով
  export-site DIR [--base-url URL] [--changed-only [--atomic]]
                                     ստատիկ կայքը՝ հոդվածների էջեր, գլխավոր և բաժինների էջեր, RSS
                                     ըստ լեզուների, sitemap.xml, ռեսուրսներ, DIR-ը փոխարինվում է միանգամից,
                                     --changed-only-ն տեղում վերագրում է միայն փոխվածը (յուրաքանչյուր
                                     ֆայլ՝ ամբողջությամբ), --atomic-ը փոխարենը միանգամից փոխարինում է ամբողջ կայքը
  search QUERY [--locale L] [--status S] [--section UID] [--author NAME] [--expert UID]
         [--from TIME] [--to TIME] [--limit N] [--prefix] [--json]
                                     ամբողջատեքստային որոնում բոլոր լեզուներով՝ բառեր, «արտահայտություններ»,
                                     սկիզբ*, --prefix՝ վերջին բառը բառի սկիզբ է
  act UID ACTION --as USER [--locale L] [--comment TEXT] [--at TIME]
        ACTION: submit approve request-changes schedule unschedule publish unpublish
                spike restore   (--locale՝ միայն այդ թարգմանությունը)
  publish-due [--now TIME]           հրապարակել բոլոր պլանավորված հոդվածները, որոնց ժամն եկել է
  comment UID --as USER (--text TEXT [--locale L] | --resolve N)
                                     մեկնաբանությունը, որում նշված է մեկը (@login), հասնում է
                                     նրա մուտքային արկղ
  inbox --as USER [--unread] [--json]
                                     USER-ի մուտքային արկղը՝ նորերը վերևում․ վերադարձված,
                                     նշանակված, պլանավորված, հրապարակված, նշում, հնացած
                                     թարգմանություն
  inbox read ID|all --as USER        նշել գրառումը (կամ բոլորը) կարդացված
  revisions UID [--json]
  diff UID REV_A REV_B               երկու տարբերակների տարբերությունները՝ բառ առ բառ
  restore UID REV --as USER          դարձնել հին տարբերակն ընթացիկ տեքստ (որպես նոր տարբերակ)
  backup FILE                        պահոցի ստուգված պատճեն, որն արվում է, մինչ ուրիշներն աշխատում են դրանով
  restore FILE                       վերադարձնել պահուստային պատճենը․ նախկին պահոցը պահվում է կողքին
  copy --from DB --to DB             պատճենել ամբողջ պահոցը նոր ֆայլի կամ դատարկ տվյալների
                                     բազայի մեջ, SQLite-ի և PostgreSQL-ի միջև՝ ցանկացած
                                     ուղղությամբ․ DB-ն ուղի է կամ postgresql:// URL․ ընթացքը՝
                                     սխալների ստանդարտ հոսքում
  save FILE|- --as USER              պահպանել «show UID --json» հրամանի ելքից խմբագրված հոդվածը
  translations UID [--locale L] [--json]
                                     ըստ լեզուների՝ ծածկույթ (պատրաստ, հնացած, բացակայող), բոլոր հատվածները,
                                     հնացածները՝ հին և նոր բնագրով, որակի զգուշացումներ
  segment-done UID LOCALE SEGMENT --as USER
                                     SEGMENT հատվածի (օրինակ՝ block:b3) թարգմանությունը կրկին արդիական է
  experts list [--search TEXT] [--json] | experts show UID
  experts add --name L=NAME [--role L=ROLE] [--country L=COUNTRY] ...
  experts merge KEEP_UID DROP_UID --as USER
  quotes list [--expert UID] [--json]

TIME-ը ժամ է ISO 8601 ձևաչափով՝ շեղումով (2026-12-01T09:00:00+04:00), կամ տեղական ժամ
խմբագրության ժամային գոտում (2026-12-01 09:00)։

Պահոցը՝ --db PATH, այլապես $BYLINE_DB, այլապես գրաֆիկական ծրագրի պահոցը՝
  %1
PATH-ը կարող է լինել postgresql://USER@HOST:PORT/DATABASE հասցե՝ խմբագրություն սերվերի
վրա, որտեղ դուք ձեր մուտքանունն եք (--as պետք չէ․ գաղտնաբառը ~/.pgpass-ից կամ PGPASSWORD-ից)։
Ելքի կոդեր՝ 0 կատարված է, 2 սխալ օգտագործում, 3 թույլատրված չէ, 4 չի գտնվել, 5 կոնֆլիկտ,
            6 անվավեր մուտքային տվյալներ, 7 պահոցի խափանում։
</translation>
    </message>
    <message>
        <source>--name needs LOCALE=NAME, e.g. --name &quot;ru=Том Рид&quot;</source>
        <translation>--name-ին պետք է LOCALE=NAME, օրինակ՝ --name &quot;hy=Թոմ Ռիդ&quot;</translation>
    </message>
    <message>
        <source>users needs &quot;list&quot;, &quot;add NAME --role ROLE --as ADMIN&quot;, &quot;names NAME&quot; or &quot;password NAME&quot;</source>
        <translation>users-ին պետք է «list», «add NAME --role ROLE --as ADMIN», «names NAME» կամ «password NAME»</translation>
    </message>
    <message>
        <source>%1 (the display name)</source>
        <translation>%1 (ցուցադրվող անունը)</translation>
    </message>
    <message>
        <source>%1&apos;s names are as given already; nothing changed.</source>
        <translation>%1-ի անուններն արդեն այդպիսին են․ ոչինչ չի փոխվել։</translation>
    </message>
    <message>
        <source>Only an admin changes how people are named: add --as ADMIN (&quot;byline-cli users list&quot; shows who is one).</source>
        <translation>Մարդկանց անունները փոխում է միայն ադմինը․ ավելացրեք --as ADMIN («byline-cli users list»-ը ցույց կտա, թե ով է ադմին)։</translation>
    </message>
    <message>
        <source>Saved the names of %1.</source>
        <translation>%1-ի անունները պահպանված են։</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Ներմուծում</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Արտահանում</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>Հնարավոր չէ գրել ստանդարտ ելքին՝ %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was written; check the path and your rights to it.</source>
        <translation>Հնարավոր չէ գրել %1՝ %2։ Ոչինչ չգրվեց․ ստուգեք ուղին և դրա նկատմամբ ձեր իրավունքները։</translation>
    </message>
    <message>
        <source>%1 KiB read</source>
        <translation>կարդացվել է %1&#xa0;ԿիԲ</translation>
    </message>
</context>
<context>
    <name>Byline::Cli::CliProgress</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Byline::CommentsPanel</name>
    <message>
        <source>The whole article</source>
        <translation>Ամբողջ հոդվածը</translation>
    </message>
    <message>
        <source>Select an article to see its comments.</source>
        <translation>Ընտրեք հոդված՝ դրա մեկնաբանությունները տեսնելու համար։</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>ինչ-որ մեկը</translation>
    </message>
    <message>
        <source>whole article</source>
        <translation>ամբողջ հոդվածը</translation>
    </message>
    <message>
        <source>sent the article back</source>
        <translation>վերադարձ լրամշակման</translation>
    </message>
    <message>
        <source>Resolved by %1, %2</source>
        <translation>Լուծել է՝ %1, %2</translation>
    </message>
    <message>
        <source>Show resolved (%1)</source>
        <translation>Ցույց տալ լուծվածները (%1)</translation>
    </message>
    <message>
        <source>No open comments.</source>
        <translation>Բաց մեկնաբանություններ չկան։</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Մեկնաբանություններ դեռ չկան։</translation>
    </message>
    <message>
        <source>The store&apos;s file cannot be written to; comments cannot be added or resolved.</source>
        <translation>Պահոցի ֆայլում հնարավոր չէ գրել։ Մեկնաբանություններ ավելացնել կամ լուծել հնարավոր չէ։</translation>
    </message>
    <message>
        <source>Choose who you are first (&quot;You are&quot; in the toolbar).</source>
        <translation>Նախ ընտրեք, թե ով եք («Դուք» դաշտը գործիքագոտում)։</translation>
    </message>
    <message>
        <source>%1 is no longer active in this newsroom.</source>
        <translation>%1 օգտատերն այլևս ակտիվ չէ այս խմբագրությունում։</translation>
    </message>
    <message>
        <source>Add the comment (Ctrl+Enter)</source>
        <translation>Ավելացնել մեկնաբանությունը (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Mark the selected comment as dealt with</source>
        <translation>Նշել ընտրված մեկնաբանությունն որպես լուծված</translation>
    </message>
    <message>
        <source>Select an open comment to resolve it.</source>
        <translation>Ընտրեք բաց մեկնաբանություն՝ այն լուծելու համար։</translation>
    </message>
    <message>
        <source>The comment was not added: %1</source>
        <translation>Մեկնաբանությունը չավելացվեց՝ %1</translation>
    </message>
    <message>
        <source>Comment %1 was not resolved: %2</source>
        <translation>№ %1 մեկնաբանությունը չլուծվեց՝ %2</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Մեկնաբանություններ</translation>
    </message>
    <message>
        <source>Also list the comments already dealt with (greyed)</source>
        <translation>Ցույց տալ նաև արդեն լուծված մեկնաբանությունները (մոխրագույնով)</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Վերաբերում է՝</translation>
    </message>
    <message>
        <source>Comment on</source>
        <translation>Ինչին է վերաբերում մեկնաբանությունը</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Նոր մեկնաբանություն</translation>
    </message>
    <message>
        <source>Write a comment… (Ctrl+Enter adds it)</source>
        <translation>Գրեք մեկնաբանություն… (Ctrl+Enter՝ ավելացնել)</translation>
    </message>
    <message>
        <source>&amp;Add comment</source>
        <translation>&amp;Ավելացնել մեկնաբանություն</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Լուծել</translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
</context>
<context>
    <name>Byline::ConflictDialog</name>
    <message>
        <source>(not in this version)</source>
        <translation>(այս տարբերակում չկա)</translation>
    </message>
    <message>
        <source>The section, authors or editor differ too.</source>
        <translation>Բաժինը, հեղինակները կամ խմբագիրը նույնպես տարբեր են։</translation>
    </message>
    <message>
        <source>(this language only here)</source>
        <translation>(այս լեզուն կա միայն այստեղ)</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Վերնագիր</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Ներածական</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>URL-անուն</translation>
    </message>
    <message>
        <source>Someone saved this article meanwhile</source>
        <translation>Այդ ընթացքում ինչ-որ մեկը պահպանել է այս հոդվածը</translation>
    </message>
    <message>
        <source>%1 saved a newer version of this article (%2) while you were editing it. Nothing is lost whichever you choose: the other text stays in the article&apos;s revisions.</source>
        <translation>Մինչ դուք խմբագրում էիք այս հոդվածը, պահպանվել է դրա ավելի նոր տարբերակը (%1, %2)։ Ինչ էլ ընտրեք, ոչինչ չի կորչի՝ մյուս տեքստը կմնա հոդվածի տարբերակների պատմության մեջ։</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>ինչ-որ մեկը</translation>
    </message>
    <message>
        <source>Your text is kept as revision %1.</source>
        <translation>Ձեր տեքստը պահպանված է որպես № %1 տարբերակ։</translation>
    </message>
    <message>
        <source>Your text (not saved)</source>
        <translation>Ձեր տեքստը (չպահպանված)</translation>
    </message>
    <message>
        <source>Saved by %1</source>
        <translation>Պահպանել է՝ %1</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>ինչ-որ մեկը</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Պահել իմ տեքստը</translation>
    </message>
    <message>
        <source>Save your text on top of the newer version</source>
        <translation>Պահպանել ձեր տեքստն ավելի նոր տարբերակի փոխարեն</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Վերցնել նրանց տեքստը</translation>
    </message>
    <message>
        <source>Continue from the newer version; your text stays in the revisions</source>
        <translation>Շարունակել ավելի նոր տարբերակից՝ ձեր տեքստը կմնա տարբերակների պատմության մեջ</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Որոշել &amp;հետո</translation>
    </message>
    <message>
        <source>Keep editing; nothing is saved until you choose (Ctrl+S asks again)</source>
        <translation>Շարունակել խմբագրումը՝ ոչինչ չի պահպանվի, քանի դեռ չեք ընտրել (Ctrl+S-ը կրկին կհարցնի)</translation>
    </message>
    <message>
        <source>&amp;Merge by block…</source>
        <translation>&amp;Միավորել ըստ մասերի…</translation>
    </message>
    <message>
        <source>Choose, part by part, whether your text or theirs is kept</source>
        <translation>Ընտրել յուրաքանչյուր մասի համար՝ պահել ձեր տեքստը, թե նրանցը</translation>
    </message>
    <message>
        <source>Tick the parts where your text should stay; the others take the newer version. Whatever is not chosen stays in the revisions.</source>
        <translation>Նշեք այն մասերը, որտեղ պետք է մնա ձեր տեքստը․ մյուսներում կլինի ավելի նոր տարբերակը։ Չընտրվածը կմնա տարբերակների պատմության մեջ։</translation>
    </message>
    <message>
        <source>Parts that differ</source>
        <translation>Տարբերվող մասեր</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Իմ տեքստը</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Մաս</translation>
    </message>
    <message>
        <source>Your text</source>
        <translation>Ձեր տեքստը</translation>
    </message>
    <message>
        <source>Their text</source>
        <translation>Նրանց տեքստը</translation>
    </message>
    <message>
        <source>the whole language</source>
        <translation>ամբողջ լեզուն</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Save the merge</source>
        <translation>&amp;Պահպանել միավորված տեքստը</translation>
    </message>
    <message>
        <source>Save the chosen parts on top of the newer version</source>
        <translation>Պահպանել ընտրված մասերն ավելի նոր տարբերակի վրա</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Հետ</translation>
    </message>
    <message>
        <source>Both texts of the chosen part</source>
        <translation>Ընտրված մասի երկու տեքստերը</translation>
    </message>
</context>
<context>
    <name>Byline::ConnectDialog</name>
    <message>
        <source>Give the newsroom&apos;s database and your login; whoever runs the server has them for you.</source>
        <translation>Նշեք խմբագրության տվյալների բազան և ձեր մուտքանունը․ դրանք կտա սերվերը սպասարկողը։</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Միացում %1-ին…</translation>
    </message>
    <message>
        <source>Remembered: leave empty to use it</source>
        <translation>Պահված է․ թողեք դատարկ՝ այն օգտագործելու համար</translation>
    </message>
    <message>
        <source>Connect to a newsroom server</source>
        <translation>Միացում խմբագրության սերվերին</translation>
    </message>
    <message>
        <source>Work in the newsroom everyone shares. Whoever runs the newsroom&apos;s server gives you its address, the database and your login.</source>
        <translation>Աշխատեք բոլորի համար ընդհանուր խմբագրությունում։ Սերվերի հասցեն, տվյալների բազան և ձեր մուտքանունը կտա խմբագրության սերվերը սպասարկողը։</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Սերվեր՝</translation>
    </message>
    <message>
        <source>The server&apos;s name or address, as whoever runs it gave it to you (a folder starting with / is a server on this computer)</source>
        <translation>Սերվերի անունը կամ հասցեն, ինչպես այն ձեզ տվել են (/-ով սկսվող թղթապանակը նշանակում է սերվեր այս համակարգչում)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Պորտ՝</translation>
    </message>
    <message>
        <source>5432 unless you were told otherwise</source>
        <translation>5432, եթե ձեզ այլ բան չեն ասել</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Տվյալների բազա՝</translation>
    </message>
    <message>
        <source>The name of the newsroom&apos;s database on the server</source>
        <translation>Խմբագրության տվյալների բազայի անունը սերվերում</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Գաղտնագրում՝</translation>
    </message>
    <message>
        <source>Off (only on a network you trust)</source>
        <translation>Անջատված (միայն վստահելի ցանցում)</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>Եթե սերվերն առաջարկում է</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Միշտ</translation>
    </message>
    <message>
        <source>Always, and check the server&apos;s certificate</source>
        <translation>Միշտ՝ սերվերի վկայագրի ստուգմամբ</translation>
    </message>
    <message>
        <source>How the connection is protected from others on the network. &quot;Always, and check the server&apos;s certificate&quot; is the safest; ask whoever runs the server which one it supports.</source>
        <translation>Ինչպես է կապը պաշտպանված ցանցի մյուսներից։ Ամենաապահովը «Միշտ՝ սերվերի վկայագրի ստուգմամբ» տարբերակն է․ հարցրեք սերվերը սպասարկողին, թե որն է այն աջակցում։</translation>
    </message>
    <message>
        <source>Your &amp;login:</source>
        <translation>Ձեր &amp;մուտքանունը՝</translation>
    </message>
    <message>
        <source>Your login on the server: on a newsroom server you are who you sign in as</source>
        <translation>Ձեր մուտքանունը սերվերում․ խմբագրության սերվերում դուք այն եք, ում անունով մուտք եք գործել</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Գաղտնաբառ՝</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer</source>
        <translation>&amp;Հիշել գաղտնաբառն այս համակարգչում</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Միանալ</translation>
    </message>
</context>
<context>
    <name>Byline::ConnectionKeeper</name>
    <message>
        <source>Lost the newsroom server; reconnecting now… your text is kept</source>
        <translation>Կապը խմբագրության սերվերի հետ կորավ․ վերամիանում ենք… ձեր տեքստը պահված է</translation>
    </message>
    <message numerus="yes">
        <source>Lost the newsroom server; reconnecting in %n s… your text is kept</source>
        <translation>
            <numerusform>Կապը խմբագրության սերվերի հետ կորավ․ վերամիացում %n&#xa0;վ-ից… ձեր տեքստը պահված է</numerusform>
            <numerusform>Կապը խմբագրության սերվերի հետ կորավ․ վերամիացում %n&#xa0;վ-ից… ձեր տեքստը պահված է</numerusform>
        </translation>
    </message>
    <message>
        <source>Back on the newsroom server; what you typed meanwhile is saved.</source>
        <translation>Կապը խմբագրության սերվերի հետ վերականգնվեց․ այդ ընթացքում ձեր գրածը պահված է։</translation>
    </message>
    <message numerus="yes">
        <source>Back on the newsroom server; %n open article(s) could not be saved yet: their tabs say why.</source>
        <translation>
            <numerusform>Կապը խմբագրության սերվերի հետ վերականգնվեց․ %n բաց հոդված դեռ չհաջողվեց պահել․ պատճառը նշված է ներդիրում։</numerusform>
            <numerusform>Կապը խմբագրության սերվերի հետ վերականգնվեց․ %n բաց հոդված դեռ չհաջողվեց պահել․ պատճառը նշված է ներդիրում։</numerusform>
        </translation>
    </message>
    <message>
        <source>Newsroom server %1/%2&#xa0;— signed in as %3</source>
        <translation>Խմբագրության սերվեր %1/%2&#xa0;— մուտք եք գործել որպես %3</translation>
    </message>
</context>
<context>
    <name>Byline::CoverageBar</name>
    <message>
        <source>%1 done · %2 stale · %3 missing</source>
        <translation>%1 պատրաստ · %2 հնացած · %3 բացակայող</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Թարգմանության ծածկույթ</translation>
    </message>
    <message>
        <source>Segments of this language: %1</source>
        <translation>Այս լեզվի հատվածները՝ %1</translation>
    </message>
</context>
<context>
    <name>Byline::DailyBackup</name>
    <message>
        <source>The daily backup was not made. %1 The backup settings are in File &gt; Settings &gt; Backups.</source>
        <translation>Ամենօրյա պահուստային պատճենը չստեղծվեց։ %1 Պահուստավորման կարգավորումները «Ֆայլ &gt; Կարգավորումներ &gt; Պահուստային պատճեններ» բաժնում են։</translation>
    </message>
</context>
<context>
    <name>Byline::Desk</name>
    <message>
        <source>Open a newsroom file</source>
        <translation>Բացել խմբագրության ֆայլ</translation>
    </message>
    <message>
        <source>Byline newsrooms (*.sqlite);;All files (*)</source>
        <translation>Byline խմբագրություններ (*.sqlite);;Բոլոր ֆայլերը (*)</translation>
    </message>
    <message>
        <source>Byline cannot start</source>
        <translation>Byline-ը չի կարող գործարկվել</translation>
    </message>
    <message>
        <source>The password was not kept</source>
        <translation>Գաղտնաբառը չպահվեց</translation>
    </message>
    <message>
        <source>No keyring on this computer: the password is kept in %1, readable only by you.</source>
        <translation>Այս համակարգչում բանալիների պահոց չկա․ գաղտնաբառը պահվում է %1-ում, որը կարող եք կարդալ միայն դուք։</translation>
    </message>
    <message>
        <source>The newsroom was not opened</source>
        <translation>Խմբագրությունը չբացվեց</translation>
    </message>
</context>
<context>
    <name>Byline::EditorTabs</name>
    <message>
        <source>Articles</source>
        <translation>Հոդվածներ</translation>
    </message>
    <message>
        <source>Close the article</source>
        <translation>Փակել հոդվածը</translation>
    </message>
    <message>
        <source>Desk and open articles</source>
        <translation>Հոդվածների ցանկը և բաց հոդվածները</translation>
    </message>
</context>
<context>
    <name>Byline::EditorialCalendar</name>
    <message>
        <source>(untitled)</source>
        <translation>(անվերնագիր)</translation>
    </message>
    <message>
        <source>Late: not published yet</source>
        <translation>Ուշանում է՝ դեռ հրապարակված չէ</translation>
    </message>
    <message>
        <source>Published late</source>
        <translation>Հրապարակվել է ուշացումով</translation>
    </message>
    <message>
        <source>Published %1.</source>
        <translation>Հրապարակվել է՝ %1։</translation>
    </message>
    <message>
        <source>%1 later than scheduled.</source>
        <translation>Պլանավորվածից %1 ուշ։</translation>
    </message>
    <message>
        <source>Published articles stay on their day.</source>
        <translation>Հրապարակված հոդվածներն այլ օր չեն տեղափոխվում։</translation>
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation>Պլանավորված է՝ %1։</translation>
    </message>
    <message>
        <source>Its time has passed and it is not published yet: it goes out with the next publishing run, or publish it now.</source>
        <translation>Հրապարակման ժամն անցել է, բայց հոդվածը դեռ հրապարակված չէ։ Այն կհրապարակվի հաջորդ ավտոմատ հրապարակման ժամանակ, կամ հրապարակեք այն հիմա։</translation>
    </message>
    <message>
        <source>Drag it to another day to move it there (same time of day), or press Ctrl+Shift+R to choose a new time.</source>
        <translation>Քաշեք այն մեկ այլ օր՝ այնտեղ տեղափոխելու համար (նույն ժամին), կամ սեղմեք Ctrl+Shift+R՝ նոր ժամ ընտրելու համար։</translation>
    </message>
    <message>
        <source>The calendar cannot be read: %1</source>
        <translation>Հնարավոր չէ կարդալ օրացույցը՝ %1</translation>
    </message>
    <message>
        <source>Choose who you are first (&quot;You are&quot; above the list).</source>
        <translation>Նախ ընտրեք, թե ով եք («Դուք» դաշտը ցանկի վերևում)։</translation>
    </message>
    <message>
        <source>That article is no longer on the calendar.</source>
        <translation>Այդ հոդվածն այլևս օրացույցում չէ։</translation>
    </message>
    <message>
        <source>Published articles stay on the day they came out.</source>
        <translation>Հրապարակված հոդվածները մնում են այն օրում, երբ լույս են տեսել։</translation>
    </message>
    <message>
        <source>Only editors can reschedule; you are %1.</source>
        <translation>Միայն խմբագիրները կարող են վերապլանավորել, իսկ դուք %1 եք։</translation>
    </message>
    <message>
        <source>%1 is over: move it to today or a later day.</source>
        <translation>%1&#xa0;օրն արդեն անցել է։ Տեղափոխեք այն այսօր կամ ավելի ուշ օր։</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Ոչինչ չի փոխվել։</translation>
    </message>
    <message>
        <source>Select a scheduled article on the calendar first.</source>
        <translation>Նախ ընտրեք պլանավորված հոդված օրացույցում։</translation>
    </message>
    <message>
        <source>“%1” is now scheduled for %2.</source>
        <translation>«%1» հոդվածն այժմ պլանավորված է՝ %2։</translation>
    </message>
    <message>
        <source>Select a scheduled article first.</source>
        <translation>Նախ ընտրեք պլանավորված հոդված։</translation>
    </message>
    <message>
        <source>Choose a new publication time (Ctrl+Shift+R)</source>
        <translation>Ընտրել հրապարակման նոր ժամ (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Օրացույց</translation>
    </message>
    <message>
        <source>Editorial calendar</source>
        <translation>Խմբագրական օրացույց</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Նախորդ շաբաթ (Alt+Left)</translation>
    </message>
    <message>
        <source>Previous month (Alt+Left)</source>
        <translation>Նախորդ ամիս (Alt+Left)</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Հաջորդ շաբաթ (Alt+Right)</translation>
    </message>
    <message>
        <source>Next month (Alt+Right)</source>
        <translation>Հաջորդ ամիս (Alt+Right)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Այսօր</translation>
    </message>
    <message>
        <source>Back to today (Alt+Home)</source>
        <translation>Վերադառնալ այսօրվան (Alt+Home)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Շաբաթ</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ամիս</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Վերապլանավորել…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Բացել</translation>
    </message>
    <message>
        <source>Open the article (Enter, double-click)</source>
        <translation>Բացել հոդվածը (Enter, կրկնակի սեղմում)</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Ժամային գոտի՝ %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · today</source>
        <translation>%1 · այսօր</translation>
    </message>
    <message>
        <source>Articles on %1</source>
        <translation>Հոդվածներ՝ %1</translation>
    </message>
    <message>
        <source>%1 at %2 has already passed. Move it to a later day, or choose a later time with “Reschedule…”. Nothing was changed.</source>
        <translation>%1, ժամը %2-ն արդեն անցել է։ Տեղափոխեք հոդվածն ավելի ուշ օր կամ ընտրեք ավելի ուշ ժամ «Վերապլանավորել…» կոճակով։ Ոչինչ չի փոխվել։</translation>
    </message>
    <message>
        <source>%1&#xa0;– %2</source>
        <translation>%1&#xa0;– %2</translation>
    </message>
</context>
<context>
    <name>Byline::ExpertsWindow</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Կան չպահպանված փոփոխություններ</translation>
    </message>
    <message>
        <source>The changes to %1 are not saved yet. Save them?</source>
        <translation>Փոփոխությունները (%1) դեռ պահպանված չեն։ Պահպանե՞լ դրանք։</translation>
    </message>
    <message>
        <source>Merge two records of one person</source>
        <translation>Միավորել միևնույն անձի երկու գրառումները</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; become one record. Which one do you keep?</source>
        <translation>«%1» և «%2» գրառումները կդառնան մեկ գրառում։ Ո՞րը պահել։</translation>
    </message>
    <message>
        <source>The kept record keeps its spellings; the other one&apos;s quotes move to it and its spellings fill the languages the kept one lacks. Then the other record is removed. This cannot be undone.</source>
        <translation>Պահված գրառումը պահպանում է իր գրությունները, մյուս գրառման մեջբերումները տեղափոխվում են դրան, իսկ մյուսի գրությունները լրացնում են այն լեզուները, որոնք պահվածը չունի։ Այնուհետև մյուս գրառումը ջնջվում է։ Սա հնարավոր չէ հետարկել։</translation>
    </message>
    <message>
        <source>Keep &quot;%1&quot;</source>
        <translation>Պահել «%1»</translation>
    </message>
    <message>
        <source>Cannot read the experts</source>
        <translation>Հնարավոր չէ կարդալ փորձագետների ցանկը</translation>
    </message>
    <message numerus="yes">
        <source>%n expert(s) in the registry</source>
        <translation>
            <numerusform>Ռեեստրում՝ %n փորձագետ</numerusform>
            <numerusform>Ռեեստրում՝ %n փորձագետ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expert(s) found</source>
        <translation>
            <numerusform>Գտնվել է %n փորձագետ</numerusform>
            <numerusform>Գտնվել է %n փորձագետ</numerusform>
        </translation>
    </message>
    <message>
        <source>the new expert</source>
        <translation>նոր փորձագետ</translation>
    </message>
    <message>
        <source>Your changes are still in the form.</source>
        <translation>Ձեր փոփոխությունները մնում են ձևում։</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Չի պահպանվել</translation>
    </message>
    <message>
        <source>Choose who you are in the main window first. %1</source>
        <translation>Նախ գլխավոր պատուհանում ընտրեք, թե ով եք։ %1</translation>
    </message>
    <message>
        <source>The expert was not saved: %1 %2</source>
        <translation>Փորձագետը չպահպանվեց՝ %1 %2</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Չմիավորվեց</translation>
    </message>
    <message>
        <source>The two records were not merged: %1</source>
        <translation>Գրառումները չմիավորվեցին՝ %1</translation>
    </message>
    <message>
        <source>Quoted: not yet (a new expert)</source>
        <translation>Մեջբերումներ՝ դեռ չկան (նոր փորձագետ)</translation>
    </message>
    <message>
        <source>Quoted: choose an expert</source>
        <translation>Մեջբերումներ՝ ընտրեք փորձագետ</translation>
    </message>
    <message>
        <source>Cannot tell where the expert is quoted: %1</source>
        <translation>Հնարավոր չէ պարզել, թե որտեղ է մեջբերված փորձագետը՝ %1</translation>
    </message>
    <message>
        <source>said in %1 · checked with the expert</source>
        <translation>ասվել է %1 լեզվով · համաձայնեցված է փորձագետի հետ</translation>
    </message>
    <message>
        <source>said in %1</source>
        <translation>ասվել է %1 լեզվով</translation>
    </message>
    <message>
        <source>%1
Text with the quote: %2
Double-click to show the article in the list.</source>
        <translation>%1
Մեջբերումը պարունակող տարբերակներ՝ %2
Կրկնակի սեղմեք՝ հոդվածը ցանկում ցույց տալու համար։</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>դեռ ոչ</translation>
    </message>
    <message>
        <source>Not used in any article yet.</source>
        <translation>Դեռ ոչ մի հոդվածում չի օգտագործվել։</translation>
    </message>
    <message>
        <source>&amp;Quoted: no quotes yet</source>
        <translation>&amp;Մեջբերումներ՝ դեռ չկան</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Quoted: %n quote(s)</source>
        <translation>
            <numerusform>&amp;Մեջբերումներ՝ %n</numerusform>
            <numerusform>&amp;Մեջբերումներ՝ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use(s) in articles</source>
        <translation>
            <numerusform>%n օգտագործում հոդվածներում</numerusform>
            <numerusform>%n օգտագործում հոդվածներում</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only: the store&apos;s file or folder cannot be written to; ask whoever looks after it for write access.</source>
        <translation>Միայն ընթերցման համար՝ պահոցի ֆայլում կամ թղթապանակում հնարավոր չէ գրել։ Գրելու թույլտվություն խնդրեք պահոցը սպասարկողից։</translation>
    </message>
    <message>
        <source>Read-only: choose who you are in the main window (&quot;You are&quot;) to edit experts.</source>
        <translation>Միայն ընթերցման համար՝ փորձագետներին խմբագրելու համար գլխավոր պատուհանում ընտրեք, թե ով եք («Դուք»)։</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Միայն ընթերցման համար՝ %1</translation>
    </message>
    <message>
        <source>Read-only: translators edit the experts only in their own languages, and %1 translates into none of this store&apos;s.</source>
        <translation>Միայն ընթերցման համար՝ թարգմանիչները փորձագետներին խմբագրում են միայն իրենց լեզուներով, իսկ %1 օգտատերը չի թարգմանում այս պահոցի լեզուներից ոչ մեկով։</translation>
    </message>
    <message>
        <source>You can edit the %1 spellings, roles and countries; the other languages are read-only (translators edit only their own).</source>
        <translation>Դուք կարող եք խմբագրել գրությունները, դերերը և երկրները հետևյալ լեզուներով՝ %1։ Մյուս լեզուները միայն ընթերցման համար են (թարգմանիչները խմբագրում են միայն իրենցը)։</translation>
    </message>
    <message>
        <source>New expert</source>
        <translation>Նոր փորձագետ</translation>
    </message>
    <message>
        <source>Choose an expert, or add a new one</source>
        <translation>Ընտրեք փորձագետ կամ ավելացրեք նորը</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>չպահպանված</translation>
    </message>
    <message>
        <source>Add an expert to the registry (Ctrl+N)</source>
        <translation>Ավելացնել փորձագետ ռեեստրում (Ctrl+N)</translation>
    </message>
    <message>
        <source>Choose who you are in the main window first.</source>
        <translation>Նախ գլխավոր պատուհանում ընտրեք, թե ով եք։</translation>
    </message>
    <message>
        <source>Only editors and admins merge experts.</source>
        <translation>Փորձագետներին միավորում են միայն խմբագիրները և ադմինիստրատորները։</translation>
    </message>
    <message>
        <source>Make the two selected records one</source>
        <translation>Միավորել ընտրված երկու գրառումները մեկում</translation>
    </message>
    <message>
        <source>Select the two records of one person (Ctrl+click), then merge them.</source>
        <translation>Ընտրեք միևնույն անձի երկու գրառումները (Ctrl+սեղմում), ապա միավորեք դրանք։</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Փորձագետներ</translation>
    </message>
    <message>
        <source>Name in any spelling, role or country</source>
        <translation>Անուն՝ ցանկացած գրությամբ, դեր կամ երկիր</translation>
    </message>
    <message>
        <source>Find an expert (Ctrl+F): any spelling, in any script</source>
        <translation>Գտնել փորձագետ (Ctrl+F)՝ ցանկացած գրությամբ, ցանկացած այբուբենով</translation>
    </message>
    <message>
        <source>Search experts</source>
        <translation>Փորձագետների որոնում</translation>
    </message>
    <message>
        <source>&amp;New expert</source>
        <translation>&amp;Նոր փորձագետ</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>Մի&amp;ավորել…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <source>Role and affiliation</source>
        <translation>Դեր և կազմակերպություն</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Երկիր</translation>
    </message>
    <message>
        <source>Name in %1</source>
        <translation>Անուն (%1)</translation>
    </message>
    <message>
        <source>Role and affiliation in %1</source>
        <translation>Դեր և կազմակերպություն (%1)</translation>
    </message>
    <message>
        <source>Country in %1</source>
        <translation>Երկիր (%1)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Պահպանել</translation>
    </message>
    <message>
        <source>Save the expert (Ctrl+S); the archive search finds the new spellings</source>
        <translation>Պահպանել փորձագետին (Ctrl+S)՝ արխիվի որոնումը կգտնի նոր գրությունները</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Չեղարկել</translation>
    </message>
    <message>
        <source>Quote, and the articles using it</source>
        <translation>Մեջբերում և այն օգտագործող հոդվածներ</translation>
    </message>
    <message>
        <source>Said in / state</source>
        <translation>Լեզու / կարգավիճակ</translation>
    </message>
    <message>
        <source>On the site</source>
        <translation>Կայքում</translation>
    </message>
    <message>
        <source>Where the expert is quoted</source>
        <translation>Որտեղ է մեջբերված փորձագետը</translation>
    </message>
</context>
<context>
    <name>Byline::HistoryPanel</name>
    <message>
        <source>saved</source>
        <translation>պահպանված</translation>
    </message>
    <message>
        <source>kept from a conflict</source>
        <translation>պահված կոնֆլիկտից</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>վերականգնված</translation>
    </message>
    <message>
        <source>from an import</source>
        <translation>ներմուծումից</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Վերնագիր</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Ներածական</translation>
    </message>
    <message>
        <source>SEO title</source>
        <translation>SEO վերնագիր</translation>
    </message>
    <message>
        <source>SEO description</source>
        <translation>SEO նկարագրություն</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>URL-անուն</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Բլոկ %1</translation>
    </message>
    <message>
        <source>Restore revision %1</source>
        <translation>Վերականգնել № %1 տարբերակը</translation>
    </message>
    <message>
        <source>Make the text of revision %1 the current text? It is saved as a new revision; nothing newer is lost.</source>
        <translation>Դարձնե՞լ № %1 տարբերակի տեքստն ընթացիկ։ Այն կպահպանվի որպես նոր տարբերակ, ավելի նոր ոչինչ չի կորչի։</translation>
    </message>
    <message>
        <source>Select an article to see its revisions.</source>
        <translation>Ընտրեք հոդված՝ դրա տարբերակները տեսնելու համար։</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>ինչ-որ մեկը</translation>
    </message>
    <message>
        <source>Choose who you are first.</source>
        <translation>Նախ ընտրեք, թե ով եք դուք։</translation>
    </message>
    <message>
        <source>No change to the text in this revision.</source>
        <translation>Այս տարբերակում տեքստը չի փոխվել։</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Տարբերակներ</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ինչ է փոխվել</translation>
    </message>
    <message>
        <source>Preview this revision</source>
        <translation>Նախադիտել այս տարբերակը</translation>
    </message>
    <message>
        <source>Restore this revision…</source>
        <translation>Վերականգնել այս տարբերակը…</translation>
    </message>
    <message>
        <source>No revisions yet: every save from now on keeps one here.</source>
        <translation>Տարբերակներ դեռ չկան։ Այսուհետ յուրաքանչյուր պահպանում այստեղ նոր տարբերակ կավելացնի։</translation>
    </message>
</context>
<context>
    <name>Byline::ImportExportJobs</name>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%n նոր հոդված</numerusform>
            <numerusform>%n նոր հոդված</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation>Ներմուծվել է %1 ֆայլը՝ %2։</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) differed from the store, which kept its own text; the file&apos;s text is a revision in their History.</source>
        <translation>
            <numerusform>%n հոդված տարբերվում էր պահոցում եղածից, և պահոցը պահել է իր տեքստը։ Ֆայլի տեքստը պահված է որպես առանձին տարբերակ հոդվածի «Պատմություն» բաժնում։</numerusform>
            <numerusform>%n հոդված տարբերվում էր պահոցում եղածից, և պահոցը պահել է իր տեքստը։ Ֆայլի տեքստը պահված է որպես առանձին տարբերակ հոդվածների «Պատմություն» բաժնում։</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder or make room, then export again.</source>
        <translation>Հնարավոր չէ գրել %1 ֆայլը՝ %2։ Ընտրեք այլ թղթապանակ կամ ազատեք տեղ, ապա կրկին արտահանեք։</translation>
    </message>
    <message>
        <source>The whole store was exported to %1 (%2 MiB).</source>
        <translation>Ամբողջ պահոցն արտահանվել է %1 ֆայլում (%2 MiB)։</translation>
    </message>
    <message>
        <source>The site was written to %1.</source>
        <translation>Կայքը գրված է %1 թղթապանակում։</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Ներմուծում</translation>
    </message>
    <message>
        <source>Reading %1 into the store…</source>
        <translation>%1 ֆայլը ներմուծվում է պահոց…</translation>
    </message>
    <message>
        <source>Exporting the store</source>
        <translation>Պահոցի արտահանում</translation>
    </message>
    <message>
        <source>Writing every article to %1…</source>
        <translation>Բոլոր հոդվածները գրվում են %1 ֆայլում…</translation>
    </message>
    <message>
        <source>Exporting the site</source>
        <translation>Կայքի արտահանում</translation>
    </message>
    <message>
        <source>Writing the pages to %1…</source>
        <translation>Էջերը գրվում են %1 թղթապանակում…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Չեղարկել</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) updated</source>
        <translation>
            <numerusform>%n հոդված թարմացվեց</numerusform>
            <numerusform>%n հոդված թարմացվեց</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) already up to date</source>
        <translation>
            <numerusform>%n հոդված արդեն արդիական է</numerusform>
            <numerusform>%n հոդված արդեն արդիական է</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
</context>
<context>
    <name>Byline::InboxPanel</name>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Your inbox could not be read: %1</source>
        <translation>Ձեր մուտքային արկղը չհաջողվեց կարդալ․ %1</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Ինչ-որ մեկը</translation>
    </message>
    <message>
        <source>%1 sent back %2</source>
        <translation>%1՝ %2 հոդվածը վերադարձվել է լրամշակման</translation>
    </message>
    <message>
        <source>%1 sent back your %2 translation of %3</source>
        <translation>%1՝ %3 հոդվածի ձեր %2 թարգմանությունը վերադարձվել է լրամշակման</translation>
    </message>
    <message>
        <source>%1 made you the editor of %2</source>
        <translation>%1՝ դուք նշանակվել եք %2 հոդվածի խմբագիր</translation>
    </message>
    <message>
        <source>%1 asked you to translate %2 into %3</source>
        <translation>%1՝ ձեզ է հանձնարարվել %2 հոդվածի %3 թարգմանությունը</translation>
    </message>
    <message>
        <source>%1 scheduled %2 for %3</source>
        <translation>%1՝ %2 հոդվածը պլանավորվել է %3-ի համար</translation>
    </message>
    <message>
        <source>Your %1 translation of %2 is live</source>
        <translation>%2 հոդվածի ձեր %1 թարգմանությունը հրապարակված է</translation>
    </message>
    <message>
        <source>%1 was published on schedule</source>
        <translation>%1 հոդվածը հրապարակվեց ըստ ժամանակացույցի</translation>
    </message>
    <message>
        <source>%1 published %2</source>
        <translation>%1՝ %2 հոդվածը հրապարակվել է</translation>
    </message>
    <message>
        <source>%1 mentioned you on %2</source>
        <translation>%1՝ հիշատակում ձեր մասին %2 հոդվածում</translation>
    </message>
    <message numerus="yes">
        <source>%1 changed the source of %2: %n segment(s) of your %3 translation are stale</source>
        <translation>
            <numerusform>%1՝ %2 հոդվածի բնագիրը փոխվել է․ ձեր %3 թարգմանության %n հատված հնացել է</numerusform>
            <numerusform>%1՝ %2 հոդվածի բնագիրը փոխվել է․ ձեր %3 թարգմանության %n հատված հնացել է</numerusform>
        </translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Կարդացվել է %1</translation>
    </message>
    <message>
        <source>Unread: open it to see it in its place</source>
        <translation>Չկարդացված․ բացեք՝ տեղում տեսնելու համար</translation>
    </message>
    <message>
        <source>Choose who you are to see your inbox.</source>
        <translation>Ընտրեք, թե ով եք, որ տեսնեք ձեր մուտքային արկղը։</translation>
    </message>
    <message>
        <source>Nothing unread.</source>
        <translation>Չկարդացված ոչինչ չկա։</translation>
    </message>
    <message>
        <source>Nothing yet. When an article of yours is sent back, scheduled or published, when you are assigned or mentioned, it shows here.</source>
        <translation>Դեռ ոչինչ։ Երբ ձեր հոդվածը վերադարձվի, պլանավորվի կամ հրապարակվի, երբ ձեզ նշանակեն կամ նշեն, դա կերևա այստեղ։</translation>
    </message>
    <message>
        <source>Your inbox</source>
        <translation>Ձեր մուտքային արկղը</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n չկարդացված</numerusform>
            <numerusform>%n չկարդացված</numerusform>
        </translation>
    </message>
    <message>
        <source>All read</source>
        <translation>Ամբողջը կարդացված է</translation>
    </message>
    <message>
        <source>The entry could not be marked read: %1</source>
        <translation>Գրառումը չհաջողվեց նշել կարդացված․ %1</translation>
    </message>
    <message>
        <source>Your inbox could not be marked read: %1</source>
        <translation>Մուտքային արկղը չհաջողվեց նշել կարդացված․ %1</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Մուտքային</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Միայն չկարդացվածը</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Բացել</translation>
    </message>
    <message>
        <source>Show the article where this happened (Enter)</source>
        <translation>Ցույց տալ հոդվածն այնտեղ, որտեղ դա տեղի է ունեցել (Enter)</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Նշել բոլորը կարդացված</translation>
    </message>
</context>
<context>
    <name>Byline::InterfaceSettingsPage</name>
    <message>
        <source>Interface language</source>
        <translation>Ինտերֆեյսի լեզու</translation>
    </message>
    <message>
        <source>&amp;Language of the desk:</source>
        <translation>Ինտերֆեյսի &amp;լեզու՝</translation>
    </message>
    <message>
        <source>Menus, dialogs and messages. It is your own choice on this computer; the languages articles are written in are set per article.</source>
        <translation>Ընտրացանկեր, երկխոսություններ և հաղորդագրություններ։ Սա ձեր անձնական ընտրությունն է այս համակարգչում։ Հոդվածների լեզուն սահմանվում է յուրաքանչյուր հոդվածի համար առանձին։</translation>
    </message>
</context>
<context>
    <name>Byline::Labels</name>
    <message>
        <source>journalist</source>
        <translation>լրագրող</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>խմբագիր</translation>
    </message>
    <message>
        <source>translator</source>
        <translation>թարգմանիչ</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>ադմինիստրատոր</translation>
    </message>
    <message>
        <source>the number %1 of the source is missing</source>
        <translation>բնագրի %1 թիվը բացակայում է</translation>
    </message>
    <message>
        <source>the link %1 of the source is missing</source>
        <translation>բնագրի %1 հղումը բացակայում է</translation>
    </message>
    <message>
        <source>a quotation mark is opened but not closed</source>
        <translation>չակերտը բացված է, բայց փակված չէ</translation>
    </message>
    <message>
        <source>straight quotes &quot;…&quot; instead of «…»</source>
        <translation>ուղիղ չակերտներ &quot;…&quot;՝ «…» չակերտների փոխարեն</translation>
    </message>
    <message>
        <source>a Latin full stop or colon ends an Armenian sentence (use ։)</source>
        <translation>հայերեն նախադասությունն ավարտվում է լատինական կետով կամ երկու կետով (օգտագործեք ։)</translation>
    </message>
    <message>
        <source>the expert&apos;s name is spelled differently from the registry: %1</source>
        <translation>փորձագետի անունը գրված է այլ կերպ, քան փորձագետների ռեեստրում՝ %1</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Վերնագիր</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Ներածական</translation>
    </message>
    <message>
        <source>SEO title</source>
        <translation>SEO վերնագիր</translation>
    </message>
    <message>
        <source>SEO description</source>
        <translation>SEO նկարագրություն</translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation>Պարբերություն %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>պատրաստ</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>հնացած</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>բացակայում է</translation>
    </message>
    <message>
        <source>Heading (block %1)</source>
        <translation>Ենթավերնագիր (բլոկ %1)</translation>
    </message>
    <message>
        <source>Pull quote (block %1)</source>
        <translation>Առանձնացված մեջբերում (բլոկ %1)</translation>
    </message>
    <message>
        <source>Expert quote (block %1)</source>
        <translation>Փորձագետի մեջբերում (բլոկ %1)</translation>
    </message>
    <message>
        <source>Paragraph (block %1)</source>
        <translation>Պարբերություն (բլոկ %1)</translation>
    </message>
    <message>
        <source>invisible or direction-changing characters that make the text read otherwise than it looks: %1</source>
        <translation>անտեսանելի կամ ուղղությունը փոխող նիշեր, որոնց պատճառով տեքստը կարդացվում է այլ կերպ, քան երևում է․ %1</translation>
    </message>
</context>
<context>
    <name>Byline::LinksSettingsPage</name>
    <message>
        <source>Links</source>
        <translation>Հղումներ</translation>
    </message>
    <message>
        <source>Every page links to these at the top. Give each as a full address starting with https://; leave a field empty for no link.</source>
        <translation>Յուրաքանչյուր էջի վերևում կան հղումներ դրանց։ Նշեք յուրաքանչյուրն ամբողջական հասցեով, որը սկսվում է https://-ով։ Թողեք դաշտը դատարկ, եթե հղում պետք չէ։</translation>
    </message>
    <message>
        <source>Social accounts</source>
        <translation>Սոցիալական ցանցեր</translation>
    </message>
    <message>
        <source>Mobile apps</source>
        <translation>Բջջային հավելվածներ</translation>
    </message>
    <message>
        <source>%1 app address</source>
        <translation>Հավելվածի հասցե (%1)</translation>
    </message>
    <message>
        <source>%1 account address</source>
        <translation>Հաշվի հասցե (%1)</translation>
    </message>
</context>
<context>
    <name>Byline::MainWindow</name>
    <message>
        <source>Not done</source>
        <translation>Չկատարվեց</translation>
    </message>
    <message>
        <source>Cannot list the articles</source>
        <translation>Հնարավոր չէ ցուցադրել հոդվածների ցանկը</translation>
    </message>
    <message>
        <source>About Byline</source>
        <translation>Byline-ի մասին</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Byline&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;A newsroom desk for interviews in Russian, English and Armenian.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Byline&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Խմբագրական աշխատասեղան՝ ռուսերեն, անգլերեն և հայերեն հարցազրույցների համար։&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Byline</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ֆայլ</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ելք</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Օգնություն</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Հոդված</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Թարգմանություններ</translation>
    </message>
    <message>
        <source>&amp;About Byline</source>
        <translation>Byline-ի &amp;մասին</translation>
    </message>
    <message numerus="yes">
        <source>Published %n scheduled article(s), some of them late.</source>
        <translation>
            <numerusform>Հրապարակվեց %n պլանավորված հոդված, որոշները՝ ուշացումով։</numerusform>
            <numerusform>Հրապարակվեց %n պլանավորված հոդված, որոշները՝ ուշացումով։</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n scheduled article(s).</source>
        <translation>
            <numerusform>Հրապարակվեց %n պլանավորված հոդված։</numerusform>
            <numerusform>Հրապարակվեց %n պլանավորված հոդված։</numerusform>
        </translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Պահոց՝ %1</translation>
    </message>
    <message>
        <source>Store: %1 · %2</source>
        <translation>Պահոց՝ %1 · %2</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) shown</source>
        <translation>
            <numerusform>%n հոդված ցուցադրված է</numerusform>
            <numerusform>%n հոդված ցուցադրված է</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the store</source>
        <translation>պահոցում՝ %1</translation>
    </message>
    <message>
        <source>This build has no interface translation for &quot;%1&quot;.</source>
        <translation>Ծրագրի այս տարբերակում «%1» լեզվի համար ինտերֆեյսի թարգմանություն չկա։</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>Ինտերֆեյսի &amp;լեզու</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Որոնում</translation>
    </message>
    <message>
        <source>&amp;Find in the archive…</source>
        <translation>&amp;Գտնել արխիվում…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Բացել</translation>
    </message>
    <message>
        <source>Open the article to edit it (Enter, double-click, Ctrl+O)</source>
        <translation>Բացել հոդվածը՝ այն խմբագրելու համար (Enter, կրկնակի սեղմում, Ctrl+O)</translation>
    </message>
    <message>
        <source>Cannot open the article</source>
        <translation>Հնարավոր չէ բացել հոդվածը</translation>
    </message>
    <message>
        <source>Export the site into a folder</source>
        <translation>Արտահանել կայքը թղթապանակի մեջ</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Նախադիտում</translation>
    </message>
    <message>
        <source>The site was not exported</source>
        <translation>Կայքը չի արտահանվել</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Պատմություն</translation>
    </message>
    <message>
        <source>Import articles from a Byline file</source>
        <translation>Հոդվածների ներմուծում Byline ֆայլից</translation>
    </message>
    <message>
        <source>Byline files (*.json);;All files (*)</source>
        <translation>Byline ֆայլեր (*.json);;Բոլոր ֆայլերը (*)</translation>
    </message>
    <message>
        <source>Export the whole store to a Byline file</source>
        <translation>Ամբողջ պահոցի արտահանում Byline ֆայլ</translation>
    </message>
    <message>
        <source>Byline files (*.json)</source>
        <translation>Byline ֆայլեր (*.json)</translation>
    </message>
    <message>
        <source>&amp;Import articles…</source>
        <translation>&amp;Ներմուծել հոդվածներ…</translation>
    </message>
    <message>
        <source>The store is read-only: nothing can be imported into it.</source>
        <translation>Պահոցը միայն ընթերցման համար է՝ դրանում ոչինչ հնարավոր չէ ներմուծել։</translation>
    </message>
    <message>
        <source>Read a byline/1 file into the store (newer texts win, nothing is lost)</source>
        <translation>Ներմուծել byline/1 ֆայլը պահոց (գերակայում են ավելի նոր տեքստերը, ոչինչ չի կորչում)</translation>
    </message>
    <message>
        <source>E&amp;xport the store…</source>
        <translation>Արտահանել &amp;պահոցը…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Կարգավորումներ…</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Մեկնաբանություններ</translation>
    </message>
    <message>
        <source>E&amp;xperts…</source>
        <translation>&amp;Փորձագետներ…</translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation>Ն&amp;որ հոդված…</translation>
    </message>
    <message>
        <source>&amp;Translate…</source>
        <translation>&amp;Թարգմանել…</translation>
    </message>
    <message>
        <source>Translate the article segment by segment, source beside translation (Ctrl+T)</source>
        <translation>Թարգմանել հոդվածը հատված առ հատված՝ բնագիրը թարգմանության կողքին (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Տեսք</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Օրացույց</translation>
    </message>
    <message>
        <source>Scheduled and published articles by day and week (Ctrl+Shift+D)</source>
        <translation>Պլանավորված և հրապարակված հոդվածներն ըստ օրերի և շաբաթների (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Start a new article (Ctrl+N)</source>
        <translation>Սկսել նոր հոդված (Ctrl+N)</translation>
    </message>
    <message>
        <source>The store is read-only.</source>
        <translation>Պահոցը միայն ընթերցման համար է։</translation>
    </message>
    <message>
        <source>Choose who you are first.</source>
        <translation>Նախ ընտրեք, թե ով եք դուք։</translation>
    </message>
    <message>
        <source>Journalists and editors start articles.</source>
        <translation>Հոդվածներ սկսում են լրագրողները և խմբագիրները։</translation>
    </message>
    <message>
        <source>The article was not started</source>
        <translation>Հոդվածը չստեղծվեց</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ոչ հիմա</translation>
    </message>
    <message>
        <source>An import or export is still running. Wait for it to finish, or cancel it, then try again.</source>
        <translation>Ներմուծումը կամ արտահանումը դեռ ընթանում է։ Սպասեք, մինչև այն ավարտվի, կամ չեղարկեք այն, ապա կրկին փորձեք։</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ոչինչ չի ներմուծվել</translation>
    </message>
    <message>
        <source>The store was not exported</source>
        <translation>Պահոցը չի արտահանվել</translation>
    </message>
    <message>
        <source>Nothing to translate</source>
        <translation>Թարգմանելու բան չկա</translation>
    </message>
    <message>
        <source>Select an article in the list first.</source>
        <translation>Նախ ընտրեք հոդված ցանկում։</translation>
    </message>
    <message>
        <source>The newsroom has no other language to translate into.</source>
        <translation>Խմբագրությունը թարգմանելու այլ լեզու չունի։</translation>
    </message>
    <message>
        <source>What are you looking for?</source>
        <translation>Ի՞նչ եք փնտրում։</translation>
    </message>
    <message>
        <source>Search the archive in every language</source>
        <translation>Որոնում արխիվում բոլոր լեզուներով</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot; or the start of a word*, in any language; Enter shows what was found (Ctrl+F: the Search panel)</source>
        <translation>Բառեր, «արտահայտություն» կամ բառի սկիզբ*, ցանկացած լեզվով․ Enter-ը ցույց կտա գտնվածը (Ctrl+F՝ որոնման վահանակը)</translation>
    </message>
    <message>
        <source>&amp;Connect to a newsroom server…</source>
        <translation>&amp;Միանալ խմբագրության սերվերին…</translation>
    </message>
    <message>
        <source>Work in the newsroom your colleagues share, on its server</source>
        <translation>Աշխատել գործընկերների հետ ընդհանուր խմբագրությունում՝ դրա սերվերում</translation>
    </message>
    <message>
        <source>Open a newsroom &amp;file…</source>
        <translation>Բացել խմբագրության &amp;ֆայլ…</translation>
    </message>
    <message>
        <source>Work in a newsroom kept in a file on this computer</source>
        <translation>Աշխատել այս համակարգչի ֆայլում պահվող խմբագրությունում</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Մուտքային</translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>Մուտքային (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n unread in your inbox (Ctrl+Shift+I)</source>
        <translation>
            <numerusform>Մուտքային արկղում %n չկարդացված (Ctrl+Shift+I)</numerusform>
            <numerusform>Մուտքային արկղում %n չկարդացված (Ctrl+Shift+I)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your inbox: sent back, assigned, scheduled, published, mentioned, stale translations (Ctrl+Shift+I)</source>
        <translation>Ձեր մուտքային արկղը․ վերադարձված, նշանակված, պլանավորված, հրապարակված, նշումներ, հնացած թարգմանություններ (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Չի գտնվել</translation>
    </message>
    <message>
        <source>The article this entry is about is no longer in the newsroom.</source>
        <translation>Հոդվածը, որի մասին է այս գրառումը, այլևս խմբագրությունում չէ։</translation>
    </message>
    <message>
        <source>The article could not be read: %1</source>
        <translation>Հոդվածը չհաջողվեց կարդալ․ %1</translation>
    </message>
    <message>
        <source>Export the si&amp;te…</source>
        <translation>Արտահանել կ&amp;այքը…</translation>
    </message>
</context>
<context>
    <name>Byline::NewArticleDialog</name>
    <message>
        <source>New article</source>
        <translation>Նոր հոդված</translation>
    </message>
    <message>
        <source>The headline, as readers will see it</source>
        <translation>Վերնագիրը, ինչպես այն կտեսնեն ընթերցողները</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Վերնագիր</translation>
    </message>
    <message>
        <source>Written in</source>
        <translation>Հոդվածի լեզուն</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Բաժին</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You will be its author. The lead, the text and the expert quotes are written in the editor that opens next; translators add the other languages later.</source>
        <translation>Դուք կլինեք դրա հեղինակը։ Ներածականը, տեքստը և փորձագետների մեջբերումները գրվում են խմբագրիչում, որը կբացվի հաջորդիվ։ Թարգմանիչները մյուս լեզուները կավելացնեն ավելի ուշ։</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Վերնագիր՝</translation>
    </message>
    <message>
        <source>&amp;Written in:</source>
        <translation>&amp;Լեզու՝</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Բաժին՝</translation>
    </message>
    <message>
        <source>Start writing</source>
        <translation>Սկսել գրել</translation>
    </message>
</context>
<context>
    <name>Byline::NewsroomSettingsPage</name>
    <message>
        <source>Newsroom</source>
        <translation>Խմբագրություն</translation>
    </message>
    <message>
        <source>The newsroom&apos;s name (it signs every page)</source>
        <translation>Խմբագրության անվանումը (նշված է յուրաքանչյուր էջում)</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>Newsroom name in %1</source>
        <translation>Խմբագրության անվանումը (%1)</translation>
    </message>
    <message>
        <source>Time zone (pages and schedules use it)</source>
        <translation>Ժամային գոտի (էջերի և պլանավորման համար)</translation>
    </message>
    <message>
        <source>Type to filter: Yerevan, Moscow, UTC…</source>
        <translation>Մուտքագրեք զտելու համար՝ Yerevan, Moscow, UTC…</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Ժամային գոտի</translation>
    </message>
    <message>
        <source>Time zones this system knows</source>
        <translation>Համակարգին հայտնի ժամային գոտիներ</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Կայք</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Հասցե՝</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Կայքի հասցե</translation>
    </message>
    <message>
        <source>Where the exported site is published; pages link to each other and to their translations with it.</source>
        <translation>Որտեղ է հրապարակվում արտահանված կայքը։ Այս հասցեով էջերը հղում են միմյանց և իրենց թարգմանություններին։</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>Ընտրեք ժամային գոտին ցանկից։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows: choose one from the list.</source>
        <translation>«%1» ժամային գոտին այս համակարգին հայտնի չէ։ Ընտրեք ցանկից։</translation>
    </message>
    <message>
        <source>Now %1 there (%2).</source>
        <translation>Այնտեղ այժմ ժամը %1 է (%2)։</translation>
    </message>
    <message>
        <source>Icon:</source>
        <translation>Պատկերակ՝</translation>
    </message>
</context>
<context>
    <name>Byline::PasswordStore</name>
    <message>
        <source>The password is kept in this computer&apos;s keyring, never in Byline&apos;s settings.</source>
        <translation>Գաղտնաբառը պահվում է այս համակարգչի բանալիների պահոցում, երբեք՝ Byline-ի կարգավորումներում։</translation>
    </message>
    <message>
        <source>This computer has no keyring service, so the password will be kept in %1, readable only by you (PostgreSQL&apos;s own password file).</source>
        <translation>Այս համակարգչում բանալիների պահոցի ծառայություն չկա, ուստի գաղտնաբառը կպահվի %1-ում, որը կարող եք կարդալ միայն դուք (PostgreSQL-ի գաղտնաբառերի սեփական ֆայլը)։</translation>
    </message>
    <message>
        <source>The keyring did not keep the password (%1). You will be asked for it again.</source>
        <translation>Բանալիների պահոցը չպահեց գաղտնաբառը (%1)։ Այն ձեզնից կրկին կհարցնեն։</translation>
    </message>
</context>
<context>
    <name>Byline::PgPassFile</name>
    <message>
        <source>Cannot read %1 (%2), so the password was not kept there. You will be asked for it again.</source>
        <translation>Հնարավոր չէ կարդալ %1-ը (%2), ուստի գաղտնաբառն այնտեղ չպահվեց։ Այն ձեզնից կրկին կհարցնեն։</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2), so the password was not kept there. You will be asked for it again.</source>
        <translation>Հնարավոր չէ գրել %1-ում (%2), ուստի գաղտնաբառն այնտեղ չպահվեց։ Այն ձեզնից կրկին կհարցնեն։</translation>
    </message>
</context>
<context>
    <name>Byline::PresenceLine</name>
    <message>
        <source>%1 is editing %2 since %3</source>
        <translation>%1-ը խմբագրում է %2-ը %3-ից</translation>
    </message>
    <message>
        <source>Who else has this article open is not known while the newsroom cannot be reached.</source>
        <translation>Քանի դեռ խմբագրությունն անհասանելի է, հայտնի չէ, թե ուրիշ ում մոտ է բաց այս հոդվածը։</translation>
    </message>
</context>
<context>
    <name>Byline::PreviewPanel</name>
    <message>
        <source>Save the page as PDF</source>
        <translation>Պահպանել էջը PDF ձևաչափով</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF փաստաթղթեր (*.pdf)</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>Էջի նախադիտում</translation>
    </message>
    <message>
        <source>Choose an article to see its page as readers will.</source>
        <translation>Ընտրեք հոդված՝ տեսնելու դրա էջն այնպես, ինչպես այն կտեսնեն ընթերցողները։</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Նախադիտումը հնարավոր չէ՝ %1</translation>
    </message>
    <message>
        <source>Language of the page</source>
        <translation>Էջի լեզուն</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Գիշեր</translation>
    </message>
    <message>
        <source>The page&apos;s night theme</source>
        <translation>Էջի գիշերային թեման</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Փոքր տեքստ</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Սովորական տեքստ</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Մեծ տեքստ</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>Շատ մեծ տեքստ</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Տեքստի չափը</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Հեռախոս</translation>
    </message>
    <message>
        <source>Show the page at a phone&apos;s width</source>
        <translation>Ցույց տալ էջը հեռախոսի էկրանի լայնությամբ</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Պահպանել PDF ձևաչափով…</translation>
    </message>
</context>
<context>
    <name>Byline::QuotePickerDialog</name>
    <message>
        <source>Insert an expert quote</source>
        <translation>Տեղադրել փորձագետի մեջբերում</translation>
    </message>
    <message>
        <source>Name in any spelling, role, country or words</source>
        <translation>Անուն՝ ցանկացած գրությամբ, դեր, երկիր կամ բառեր</translation>
    </message>
    <message>
        <source>Search experts</source>
        <translation>Փորձագետների որոնում</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Գտնել՝</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Փորձագետներ</translation>
    </message>
    <message>
        <source>Quotes of the expert</source>
        <translation>Փորձագետի մեջբերումները</translation>
    </message>
    <message>
        <source>E&amp;xperts</source>
        <translation>&amp;Փորձագետներ</translation>
    </message>
    <message>
        <source>&amp;Quotes (in %1)</source>
        <translation>&amp;Մեջբերումներ (%1 լեզվով)</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Տեղադրել</translation>
    </message>
    <message>
        <source>%1 · quotes: %2</source>
        <translation>%1 · մեջբերումներ՝ %2</translation>
    </message>
    <message>
        <source>Also spelled: %1</source>
        <translation>Այլ գրություններ՝ %1</translation>
    </message>
    <message>
        <source>Experts found: %1</source>
        <translation>Գտնված փորձագետներ՝ %1</translation>
    </message>
    <message>
        <source>(not translated yet; as said, in %1)</source>
        <translation>(դեռ թարգմանված չէ՝ այնպես, ինչպես ասվել է %1 լեզվով)</translation>
    </message>
</context>
<context>
    <name>Byline::QuoteTranslations</name>
    <message>
        <source>(the quote %1 is not in the registry)</source>
        <translation>(%1 մեջբերումը ռեեստրում չկա)</translation>
    </message>
    <message>
        <source>%1
— %2</source>
        <translation>%1
— %2</translation>
    </message>
    <message>
        <source>Said in %1: nothing to translate.</source>
        <translation>Ասվել է %1 լեզվով՝ թարգմանելու բան չկա։</translation>
    </message>
    <message>
        <source>Shared: saving (Ctrl+Enter) changes this quote in every article that quotes it.</source>
        <translation>Ընդհանուր մեջբերում․ պահպանելը (Ctrl+Enter) այն կփոխի բոլոր հոդվածներում, որտեղ այն բերված է։</translation>
    </message>
    <message>
        <source>Read only here: a quote&apos;s translations belong to the quote registry, shared by every article that quotes it.</source>
        <translation>Այստեղ միայն ընթերցման համար է՝ մեջբերման թարգմանությունները պատկանում են մեջբերումների ռեեստրին և ընդհանուր են այն մեջբերող բոլոր հոդվածների համար։</translation>
    </message>
    <message>
        <source>The quote is not in the registry.</source>
        <translation>Այս մեջբերումը ռեեստրում չկա։</translation>
    </message>
    <message>
        <source>Choose who you are on the desk to translate.</source>
        <translation>Թարգմանելու համար «Դուք» դաշտում ընտրեք, թե ով եք։</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Միայն ընթերցման համար՝ %1</translation>
    </message>
    <message>
        <source>Type the translation first (Ctrl+Shift+C copies the source to start from).</source>
        <translation>Նախ մուտքագրեք թարգմանությունը (Ctrl+Shift+C-ն պատճենում է բնագիրը՝ դրանից սկսելու համար)։</translation>
    </message>
    <message>
        <source>The quote was not saved: %1</source>
        <translation>Մեջբերումը չպահպանվեց՝ %1</translation>
    </message>
    <message>
        <source>Their words: “%1”</source>
        <translation>Նրանց տարբերակը՝ «%1»</translation>
    </message>
</context>
<context>
    <name>Byline::SavedElsewhereBar</name>
    <message>
        <source>%1 saved a newer version at %2. What you typed stays here; saving merges it with theirs.</source>
        <translation>%2-ին պահպանվել է ավելի նոր տարբերակ (%1)։ Ձեր գրածը մնում է այստեղ․ պահպանելիս այն կմիավորվի այդ տարբերակի հետ։</translation>
    </message>
    <message>
        <source>Save and merge now</source>
        <translation>Պահպանել և միավորել</translation>
    </message>
</context>
<context>
    <name>Byline::SavedSearchList</name>
    <message>
        <source>Rename the saved search</source>
        <translation>Վերանվանել պահպանված որոնումը</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Նոր անուն՝</translation>
    </message>
    <message>
        <source>Delete the saved search</source>
        <translation>Ջնջել պահպանված որոնումը</translation>
    </message>
    <message>
        <source>Delete the saved search &quot;%1&quot;? The articles it finds are not touched.</source>
        <translation>Ջնջե՞լ «%1» պահպանված որոնումը։ Նրա գտած հոդվածները չեն փոփոխվի։</translation>
    </message>
    <message>
        <source>Search for: %1
Click to run it; right-click to rename or delete it.</source>
        <translation>Որոնում՝ %1
Սեղմեք՝ գործարկելու համար, աջ սեղմեք՝ վերանվանելու կամ ջնջելու համար։</translation>
    </message>
    <message>
        <source>Choose who you are to see yours.</source>
        <translation>Ընտրեք, թե ով եք՝ ձեր պահպանված որոնումները տեսնելու համար։</translation>
    </message>
    <message>
        <source>None yet: search (Ctrl+F), then &quot;Save this search…&quot;.</source>
        <translation>Դեռ չկան՝ որոնեք (Ctrl+F), ապա ընտրեք «Պահպանել այս որոնումը…»։</translation>
    </message>
    <message>
        <source>The search was not renamed: %1</source>
        <translation>Որոնումը չվերանվանվեց՝ %1</translation>
    </message>
    <message>
        <source>The search was not deleted: %1</source>
        <translation>Որոնումը չջնջվեց՝ %1</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Պահպանված որոնումներ</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Վերանվանել…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ջնջել</translation>
    </message>
</context>
<context>
    <name>Byline::ScheduleDialog</name>
    <message>
        <source>Schedule publication</source>
        <translation>Պլանավորել հրապարակումը</translation>
    </message>
    <message>
        <source>Publish at (newsroom time, %1):</source>
        <translation>Հրապարակել (խմբագրության ժամանակով, %1):</translation>
    </message>
    <message>
        <source>Publication time</source>
        <translation>Հրապարակման ժամ</translation>
    </message>
</context>
<context>
    <name>Byline::SearchPanel</name>
    <message>
        <source>The search failed: %1</source>
        <translation>Որոնումը ձախողվեց՝ %1</translation>
    </message>
    <message>
        <source>Type to search titles, leads, text, quotes and experts&apos; names in every language.</source>
        <translation>Մուտքագրեք բառեր, և որոնումը կկատարվի բոլոր լեզուներով՝ վերնագրերում, ներածականներում, տեքստում, մեջբերումներում և փորձագետների անուններում։</translation>
    </message>
    <message>
        <source>Nothing found. Fewer words, or the start of a word, find more.</source>
        <translation>Ոչինչ չի գտնվել։ Ավելի քիչ բառերով կամ բառի սկզբով ավելի շատ բան կգտնեք։</translation>
    </message>
    <message>
        <source>Many articles match: showing the best of the newest %1. Add words or a filter to narrow it down.</source>
        <translation>Շատ հոդվածներ են համընկնում։ Ցուցադրվում են ամենանոր %1 հոդվածներից լավագույնները։ Ավելացրեք բառեր կամ զտիչ՝ որոնումը նեղացնելու համար։</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), best first.</source>
        <translation>
            <numerusform>%n արդյունք՝ սկզբում ամենահամապատասխանները։</numerusform>
            <numerusform>%n արդյունք՝ սկզբում ամենահամապատասխանները։</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(անվերնագիր)</translation>
    </message>
    <message>
        <source>Search: words, &quot;a phrase&quot;, start*</source>
        <translation>Որոնում՝ բառեր, «արտահայտություն», սկիզբ*</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>Որոնում արխիվում</translation>
    </message>
    <message>
        <source>Every language</source>
        <translation>Բոլոր լեզուները</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Լեզու</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Ցանկացած կարգավիճակ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Կարգավիճակ</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Պահպանել այս որոնումը</translation>
    </message>
    <message>
        <source>Name (it appears under &quot;Saved searches&quot; on the left):</source>
        <translation>Անուն (կհայտնվի ձախում՝ «Պահպանված որոնումներ» բաժնում)՝</translation>
    </message>
    <message>
        <source>The search was not saved: %1</source>
        <translation>Որոնումը չպահպանվեց՝ %1</translation>
    </message>
    <message>
        <source>Choose who you are first: saved searches are kept for each person.</source>
        <translation>Նախ ընտրեք, թե ով եք։ Պահպանված որոնումները պահվում են յուրաքանչյուրի համար առանձին։</translation>
    </message>
    <message>
        <source>Type what to search for first.</source>
        <translation>Նախ մուտքագրեք, թե ինչ որոնել։</translation>
    </message>
    <message>
        <source>Keep these words and filters under a name, in &quot;Saved searches&quot; on the left</source>
        <translation>Պահել այս բառերը և զտիչներն անունով «Պահպանված որոնումներ» բաժնում (ձախում)</translation>
    </message>
    <message>
        <source>Save this search…</source>
        <translation>Պահպանել այս որոնումը…</translation>
    </message>
</context>
<context>
    <name>Byline::SegmentRow</name>
    <message>
        <source>Translation: %1</source>
        <translation>Թարգմանություն՝ %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Բնագիր՝ %1</translation>
    </message>
    <message>
        <source>(not translated yet)</source>
        <translation>(դեռ թարգմանված չէ)</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Կարգավիճակ՝ %1</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Պատրաստ</translation>
    </message>
    <message>
        <source>! Stale: the source changed</source>
        <translation>! Հնացած՝ բնագիրը փոխվել է</translation>
    </message>
    <message>
        <source>○ Missing</source>
        <translation>○ Բացակայում է</translation>
    </message>
    <message>
        <source>✎ In progress (not saved yet)</source>
        <translation>✎ Ընթացքում (դեռ չպահպանված)</translation>
    </message>
    <message>
        <source>Translated from (words since removed are struck through):</source>
        <translation>Բնագիրը թարգմանության պահին (այդ պահից հեռացված բառերը ջնջագծված են)՝</translation>
    </message>
    <message>
        <source>Source now (new words underlined):</source>
        <translation>Բնագիրն այժմ (նոր բառերն ընդգծված են)՝</translation>
    </message>
    <message>
        <source>Type the translation…</source>
        <translation>Մուտքագրեք թարգմանությունը…</translation>
    </message>
    <message>
        <source>Copy source</source>
        <translation>Պատճենել բնագիրը</translation>
    </message>
    <message>
        <source>Put the source text here to translate over it (Ctrl+Shift+C)</source>
        <translation>Տեղադրել բնագրի տեքստն այստեղ՝ դրա վրա թարգմանելու համար (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Copy the source</source>
        <translation>Պատճենել բնագիրը</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>Պատրաստ է ✓</translation>
    </message>
    <message>
        <source>The translation is done: save it and go to the next open segment (Ctrl+Enter)</source>
        <translation>Թարգմանությունը պատրաստ է՝ պահպանել և անցնել հաջորդ բաց հատվածին (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Նշել որպես պատրաստ</translation>
    </message>
</context>
<context>
    <name>Byline::SettingsDialog</name>
    <message>
        <source>The store %1 is open read-only (the file or its folder cannot be written).</source>
        <translation>%1 պահոցը բացված է միայն ընթերցման համար (ֆայլում կամ դրա թղթապանակում հնարավոր չէ գրել)։</translation>
    </message>
    <message>
        <source>Nobody is chosen in &quot;You are&quot;: choose who you are to change the newsroom&apos;s settings.</source>
        <translation>«Դուք» դաշտում ոչ ոք ընտրված չէ։ Խմբագրության կարգավորումները փոխելու համար ընտրեք, թե ով եք։</translation>
    </message>
    <message>
        <source>The settings were not saved</source>
        <translation>Կարգավորումները չպահպանվեցին</translation>
    </message>
    <message>
        <source>%1

Nothing was saved; everything you typed is still here.</source>
        <translation>%1

Ոչինչ չի պահպանվել։ Ձեր մուտքագրածն ամբողջությամբ մնում է այստեղ։</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Չկատարվեց</translation>
    </message>
    <message>
        <source>This build has no translation of the interface into the chosen language.</source>
        <translation>Ծրագրի այս տարբերակում ընտրված լեզվով ինտերֆեյսի թարգմանություն չկա։</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Կարգավորումներ</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Կարգավորումների բաժիններ</translation>
    </message>
    <message>
        <source>The settings could not be read, so nothing can be changed: %1</source>
        <translation>Հնարավոր չեղավ կարդալ կարգավորումները, ուստի ոչինչ հնարավոր չէ փոխել՝ %1</translation>
    </message>
    <message>
        <source>You can look but not change: %1</source>
        <translation>Կարող եք դիտել, բայց ոչ փոխել՝ %1</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Չեղարկե՞լ փոփոխությունները։</translation>
    </message>
    <message>
        <source>The changes you made in the settings are not saved. Close without saving them?</source>
        <translation>Կարգավորումներում կատարված փոփոխությունները պահպանված չեն։ Փակե՞լ առանց դրանք պահպանելու։</translation>
    </message>
    <message>
        <source>The backup settings were not kept</source>
        <translation>Պահուստավորման կարգավորումները չպահպանվեցին</translation>
    </message>
</context>
<context>
    <name>Byline::SiteIconField</name>
    <message>
        <source>The site&apos;s icon</source>
        <translation>Կայքի պատկերակը</translation>
    </message>
    <message>
        <source>Choose &amp;PNG…</source>
        <translation>Ընտրել &amp;PNG…</translation>
    </message>
    <message>
        <source>Add S&amp;VG…</source>
        <translation>Ավելացնել S&amp;VG…</translation>
    </message>
    <message>
        <source>Use Byline&apos;s icon</source>
        <translation>Byline-ի պատկերակը</translation>
    </message>
    <message>
        <source>%1 could not be read: %2. The icon was not changed.</source>
        <translation>Չհաջողվեց կարդալ %1-ը՝ %2։ Պատկերակը չի փոխվել։</translation>
    </message>
    <message>
        <source>Choose the site&apos;s icon</source>
        <translation>Ընտրեք կայքի պատկերակը</translation>
    </message>
    <message>
        <source>PNG images (*.png);;All files (*)</source>
        <translation>PNG պատկերներ (*.png);;Բոլոր ֆայլերը (*)</translation>
    </message>
    <message>
        <source>The icon was not changed.</source>
        <translation>Պատկերակը չի փոխվել։</translation>
    </message>
    <message>
        <source>Add the same icon as SVG</source>
        <translation>Ավելացրեք նույն պատկերակը SVG ձևաչափով</translation>
    </message>
    <message>
        <source>SVG images (*.svg);;All files (*)</source>
        <translation>SVG պատկերներ (*.svg);;Բոլոր ֆայլերը (*)</translation>
    </message>
    <message>
        <source>Byline&apos;s icon. Choose a square PNG of your own (180 × 180 pixels suits phones too); add an SVG of it for sharp tabs.</source>
        <translation>Byline-ի պատկերակն է։ Ընտրեք ձեր քառակուսի PNG-ն (180&#xa0;×&#xa0;180&#xa0;պիքսելը հարմար է նաև հեռախոսների համար), ավելացրեք դրա SVG-ն, որ ներդիրներում պատկերակը հստակ երևա։</translation>
    </message>
    <message>
        <source>Your icon, %1 × %1 pixels. Browsers show the PNG; add an SVG of it for sharp tabs.</source>
        <translation>Ձեր պատկերակը՝ %1&#xa0;×&#xa0;%1&#xa0;պիքսել։ Դիտարկիչները ցույց են տալիս PNG-ն։ Ավելացրեք դրա SVG-ն, որ ներդիրներում այն հստակ երևա։</translation>
    </message>
    <message>
        <source>Your icon, %1 × %1 pixels, with its SVG.</source>
        <translation>Ձեր պատկերակը՝ %1&#xa0;×&#xa0;%1&#xa0;պիքսել, SVG-ի հետ։</translation>
    </message>
    <message>
        <source>%1 is %2 KiB; a site icon may have at most %3 KiB. The icon was not changed.</source>
        <translation>%1 ֆայլը %2&#xa0;ԿիԲ է, իսկ կայքի պատկերակը կարող է լինել առավելագույնը %3&#xa0;ԿիԲ։ Պատկերակը չի փոխվել։</translation>
    </message>
</context>
<context>
    <name>Byline::SiteStringsSettingsPage</name>
    <message>
        <source>Site texts</source>
        <translation>Կայքի տեքստեր</translation>
    </message>
    <message>
        <source>Every word of the site, in each language. Double-click a text to change it. Texts in bold are the newsroom&apos;s own: they differ from what Byline ships. The newsroom&apos;s name is on the Newsroom page.</source>
        <translation>Կայքի բոլոր բառերը՝ յուրաքանչյուր լեզվով։ Տեքստը փոխելու համար կրկնակի սեղմեք դրա վրա։ Թավով նշված տեքստերը խմբագրությանն են՝ դրանք տարբերվում են Byline-ի հետ տրամադրվողներից։ Խմբագրության անվանումը «Խմբագրություն» էջում է։</translation>
    </message>
    <message>
        <source>Filter by name or text…</source>
        <translation>Զտել ըստ անվան կամ տեքստի…</translation>
    </message>
    <message>
        <source>Filter the site texts</source>
        <translation>Կայքի տեքստերի զտում</translation>
    </message>
    <message>
        <source>Site texts by language</source>
        <translation>Կայքի տեքստերն ըստ լեզուների</translation>
    </message>
    <message>
        <source>&amp;Restore the shipped text</source>
        <translation>&amp;Վերականգնել սկզբնական տեքստը</translation>
    </message>
    <message>
        <source>Shipped: %1</source>
        <translation>Սկզբնական տեքստ՝ %1</translation>
    </message>
    <message>
        <source>Choose a text to see what Byline ships for it.</source>
        <translation>Ընտրեք տեքստ՝ Byline-ի սկզբնական տարբերակը տեսնելու համար։</translation>
    </message>
    <message>
        <source>Byline ships no %1 text for &quot;%2&quot;.</source>
        <translation>«%2» տողի համար Byline-ում սկզբնական տեքստ չկա (%1)։</translation>
    </message>
    <message>
        <source>Shipped %1 text for &quot;%2&quot;: %3</source>
        <translation>«%2» տողի սկզբնական տեքստը (%1)՝ %3</translation>
    </message>
</context>
<context>
    <name>Byline::Storage::SearchIndex</name>
    <message>
        <source>search entries that belong to no article: %1</source>
        <translation>որոնման գրառումներ, որոնք ոչ մի հոդվածի չեն պատկանում՝ %1</translation>
    </message>
    <message>
        <source>article locales without a search entry: %1</source>
        <translation>հոդվածների լեզվական տարբերակներ՝ առանց որոնման գրառման՝ %1</translation>
    </message>
</context>
<context>
    <name>Byline::TranslationStatusPanel</name>
    <message>
        <source>Language and segment</source>
        <translation>Լեզու և հատված</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Կարգավիճակ</translation>
    </message>
    <message>
        <source>Translation coverage</source>
        <translation>Թարգմանության ծածկույթ</translation>
    </message>
    <message>
        <source>Segment detail</source>
        <translation>Հատվածի մանրամասներ</translation>
    </message>
    <message>
        <source>Translation still holds: mark as current</source>
        <translation>Թարգմանությունը դեռ ճիշտ է՝ նշել որպես արդիական</translation>
    </message>
    <message>
        <source>The source changed, but the translation says the same: confirm it without editing.</source>
        <translation>Բնագիրը փոխվել է, բայց թարգմանությունն ասում է նույնը։ Նշեք այն որպես արդիական՝ առանց խմբագրելու։</translation>
    </message>
    <message>
        <source>Select an article to see where its translations stand.</source>
        <translation>Ընտրեք հոդված՝ տեսնելու, թե ինչ վիճակում են դրա թարգմանությունները։</translation>
    </message>
    <message>
        <source>source</source>
        <translation>բնագիր</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>չի սկսվել</translation>
    </message>
    <message>
        <source>%1 done · %2 stale · %3 missing</source>
        <translation>%1 պատրաստ · %2 հնացած · %3 բացակայող</translation>
    </message>
    <message>
        <source>What changed in the source</source>
        <translation>Ինչ է փոխվել բնագրում</translation>
    </message>
    <message>
        <source>Source when it was translated</source>
        <translation>Բնագիրը թարգմանության պահին</translation>
    </message>
    <message>
        <source>Source now</source>
        <translation>Բնագիրն այժմ</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Թարգմանություն</translation>
    </message>
    <message>
        <source>(not translated yet)</source>
        <translation>(դեռ թարգմանված չէ)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>զգուշացում՝ %1</translation>
    </message>
    <message>
        <source>Translate…</source>
        <translation>Թարգմանել…</translation>
    </message>
    <message>
        <source>Translate the article into %1 segment by segment (Ctrl+T)</source>
        <translation>Թարգմանել հոդվածը %1 լեզվով՝ հատված առ հատված (Ctrl+T)</translation>
    </message>
    <message>
        <source>Translate into %1</source>
        <translation>Թարգմանել %1 լեզվով</translation>
    </message>
</context>
<context>
    <name>Byline::TranslationView</name>
    <message>
        <source>The newsroom has no language &quot;%1&quot;.</source>
        <translation>Խմբագրությունում «%1» լեզու չկա։</translation>
    </message>
    <message>
        <source>%1 is the language this article is written in; open the article (Enter) to edit its text.</source>
        <translation>%1 լեզուն այս հոդվածի բնագրի լեզուն է։ Դրա տեքստը խմբագրելու համար բացեք հոդվածը (Enter)։</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Թարգմանություն</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(անվերնագիր)</translation>
    </message>
    <message>
        <source>The article has no text to translate yet.</source>
        <translation>Հոդվածը դեռ թարգմանելու տեքստ չունի։</translation>
    </message>
    <message>
        <source>No stale segments: nothing in the source changed since it was translated.</source>
        <translation>Հնացած հատվածներ չկան՝ թարգմանությունից հետո բնագրում ոչինչ չի փոխվել։</translation>
    </message>
    <message>
        <source>No missing segments: every segment has a translation.</source>
        <translation>Բացակայող հատվածներ չկան՝ յուրաքանչյուր հատված թարգմանություն ունի։</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Միայն ընթերցման համար՝ %1</translation>
    </message>
    <message>
        <source>Type the translation first (Ctrl+Shift+C copies the source to start from).</source>
        <translation>Նախ մուտքագրեք թարգմանությունը (Ctrl+Shift+C-ն պատճենում է բնագիրը՝ դրանից սկսելու համար)։</translation>
    </message>
    <message>
        <source>Every segment of %1 is done.</source>
        <translation>%1 թարգմանության բոլոր հատվածները պատրաստ են։</translation>
    </message>
    <message>
        <source>No more segments of this kind; choose &quot;All segments&quot; to see the rest.</source>
        <translation>Այս տեսակի հատվածներ այլևս չկան։ Մնացածը տեսնելու համար ընտրեք «Բոլոր հատվածները»։</translation>
    </message>
    <message>
        <source>You may not confirm translations into %1.</source>
        <translation>Դուք չեք կարող %1 թարգմանությունները նշել որպես արդիական։</translation>
    </message>
    <message>
        <source>Not confirmed: %1</source>
        <translation>Չնշվեց որպես արդիական՝ %1</translation>
    </message>
    <message>
        <source>Choose who you are on the desk to translate.</source>
        <translation>Թարգմանելու համար «Դուք» դաշտում ընտրեք, թե ով եք։</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Translating from %2 into %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Թարգմանություն՝ %2 → %3</translation>
    </message>
    <message>
        <source>Source · %1</source>
        <translation>Բնագիր · %1</translation>
    </message>
    <message>
        <source>Translation · %1</source>
        <translation>Թարգմանություն · %1</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Ցուցադրել՝</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Բոլոր հատվածները</translation>
    </message>
    <message>
        <source>Only stale</source>
        <translation>Միայն հնացածները</translation>
    </message>
    <message>
        <source>Only missing</source>
        <translation>Միայն բացակայողները</translation>
    </message>
    <message>
        <source>Which segments to show</source>
        <translation>Որ հատվածները ցուցադրել</translation>
    </message>
    <message>
        <source>Why the translation is read only</source>
        <translation>Ինչու է թարգմանությունը միայն ընթերցման համար</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Պահպանման կարգավիճակ</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Հատվածներ</translation>
    </message>
    <message>
        <source>Ctrl+Enter: done, next · Ctrl+Shift+C: copy the source</source>
        <translation>Ctrl+Enter՝ պատրաստ, հաջորդը · Ctrl+Shift+C՝ պատճենել բնագիրը</translation>
    </message>
    <message>
        <source>Done, next open segment</source>
        <translation>Պատրաստ է, հաջորդ բաց հատվածը</translation>
    </message>
    <message>
        <source>Copy the source</source>
        <translation>Պատճենել բնագիրը</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Պահպանել</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Հետարկել</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Վերարկել</translation>
    </message>
    <message>
        <source>This segment is not done yet: type its translation, or copy the source (Ctrl+Shift+C) and edit it.</source>
        <translation>Այս հատվածը դեռ պատրաստ չէ։ Մուտքագրեք թարգմանությունը կամ պատճենեք բնագիրը (Ctrl+Shift+C) և խմբագրեք այն։</translation>
    </message>
</context>
<context>
    <name>Byline::UserPicker</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not one of the newsroom&apos;s people)</source>
        <translation>%1 (խմբագրության աշխատակիցներից չէ)</translation>
    </message>
    <message>
        <source>Choose who you are…</source>
        <translation>Ընտրեք, թե ով եք…</translation>
    </message>
    <message>
        <source>You are: </source>
        <translation>Դուք՝ </translation>
    </message>
    <message>
        <source>Current user</source>
        <translation>Ընթացիկ օգտատեր</translation>
    </message>
    <message>
        <source>On a newsroom server you are who you signed in as (File &gt; Connect to a newsroom server…).</source>
        <translation>Խմբագրության սերվերում դուք այն եք, ում անունով մուտք եք գործել (Ֆայլ &gt; Միանալ խմբագրության սերվերին…)։</translation>
    </message>
</context>
<context>
    <name>Byline::UsersSettingsPage</name>
    <message>
        <source>Users and roles</source>
        <translation>Օգտատերեր և դերեր</translation>
    </message>
    <message>
        <source>new, not saved yet</source>
        <translation>նոր, դեռ չպահպանված</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ակտիվ</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>ոչ ակտիվ</translation>
    </message>
    <message>
        <source>Who works in the newsroom and in which role. Translators edit only the languages ticked for them. A user who leaves is deactivated, not deleted: their articles keep their name.</source>
        <translation>Ով է աշխատում խմբագրությունում և ինչ դերով։ Թարգմանիչները խմբագրում են միայն իրենց համար նշված լեզուները։ Հեռացող օգտատերն ապաակտիվացվում է, ոչ թե ջնջվում՝ նրա հոդվածներում նրա անունը պահպանվում է։</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Օգտանուն</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Դեր</translation>
    </message>
    <message>
        <source>Translates into</source>
        <translation>Թարգմանում է</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Կարգավիճակ</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Օգտատերեր</translation>
    </message>
    <message>
        <source>&amp;Add a user</source>
        <translation>&amp;Ավելացնել օգտատեր</translation>
    </message>
    <message>
        <source>&amp;Discard this new user</source>
        <translation>&amp;Հեռացնել այս նոր օգտատիրոջը</translation>
    </message>
    <message>
        <source>The selected user</source>
        <translation>Ընտրված օգտատերը</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Օգտանուն՝</translation>
    </message>
    <message>
        <source>Lower-case Latin letters, digits, . _ or -; it cannot change later.</source>
        <translation>Լատինական փոքրատառեր, թվանշաններ, . _ կամ -։ Հետագայում այն հնարավոր չէ փոխել։</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Ցուցադրվող անուն՝</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Ցուցադրվող անուն</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Դեր՝</translation>
    </message>
    <message>
        <source>Translates into:</source>
        <translation>Թարգմանում է՝</translation>
    </message>
    <message>
        <source>Languages the translator translates into</source>
        <translation>Լեզուները, որոնցով թարգմանում է թարգմանիչը</translation>
    </message>
    <message>
        <source>&amp;Active (can work in the desk)</source>
        <translation>Ա&amp;կտիվ (կարող է աշխատել ծրագրում)</translation>
    </message>
    <message>
        <source>Shown in the desk, and under articles in a language without a name of its own below.</source>
        <translation>Ցուցադրվում է ծրագրում, ինչպես նաև այն լեզվով հոդվածների տակ, որի համար ստորև առանձին անուն նշված չէ։</translation>
    </message>
    <message>
        <source>Name per language:</source>
        <translation>Անունն ըստ լեզվի՝</translation>
    </message>
    <message>
        <source>The name as readers of each language spell it</source>
        <translation>Անունն այնպես, ինչպես այն գրվում է յուրաքանչյուր լեզվով կարդացողների համար</translation>
    </message>
    <message>
        <source>Name in %1</source>
        <translation>Անուն (%1)</translation>
    </message>
    <message>
        <source>How readers of %1 spell the name: the %1 pages are signed with it. Empty: the display name.</source>
        <translation>Ինչպես է անունը գրվում «%1» լեզվով կարդացողների համար․ այդ լեզվի էջերը ստորագրվում են դրանով։ Դատարկ՝ ցուցադրվող անունը։</translation>
    </message>
</context>
<context>
    <name>Byline::ViewList</name>
    <message>
        <source>All articles</source>
        <translation>Բոլոր հոդվածները</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>Իմ աշխատանքը</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Սևագրեր</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Սպասում են ստուգման</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Հաստատված</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Պլանավորված</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Հրապարակված</translation>
    </message>
    <message>
        <source>Spiked</source>
        <translation>Աղբարկղում</translation>
    </message>
    <message>
        <source>Needs translation · %1 (%2)</source>
        <translation>Պետք է թարգմանել · %1 (%2)</translation>
    </message>
    <message>
        <source>Needs translation · %1</source>
        <translation>Պետք է թարգմանել · %1</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Տեսքեր</translation>
    </message>
</context>
<context>
    <name>Byline::WhoAreYouDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Ո՞վ եք դուք։</translation>
    </message>
    <message>
        <source>This newsroom has nobody yet. You will be its first user and its admin; you add the others in File &gt; Settings &gt; Users and roles.</source>
        <translation>Այս խմբագրությունում դեռ ոչ ոք չկա։ Դուք կլինեք նրա առաջին օգտատերը և ադմինիստրատորը։ Մյուսներին կավելացնեք «Ֆայլ &gt; Կարգավորումներ &gt; Օգտատերեր և դերեր» բաժնում։</translation>
    </message>
    <message>
        <source>Choose yourself: your role decides what the desk offers you. Not in the list? Adding people is an admin&apos;s job: ask an admin to add you in File &gt; Settings &gt; Users and roles.</source>
        <translation>Ընտրեք ինքներդ ձեզ՝ ձեր դերից է կախված, թե ինչ կառաջարկի ձեզ ծրագիրը։ Ցանկում չկա՞ք։ Մարդկանց ավելացնում է ադմինիստրատորը՝ խնդրեք նրան ավելացնել ձեզ «Ֆայլ &gt; Կարգավորումներ &gt; Օգտատերեր և դերեր» բաժնում։</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>Users of this newsroom</source>
        <translation>Այս խմբագրության օգտատերերը</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Օգտանուն՝</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Օգտանուն</translation>
    </message>
    <message>
        <source>Lower-case Latin letters, digits, . _ or -.</source>
        <translation>Լատինական փոքրատառեր, թվանշաններ, . _ կամ -։</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Ցուցադրվող անուն՝</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Ցուցադրվող անուն</translation>
    </message>
    <message>
        <source>Your name as colleagues and readers see it</source>
        <translation>Ձեր անունը, ինչպես այն տեսնում են գործընկերները և ընթերցողները</translation>
    </message>
    <message>
        <source>&amp;Create and continue</source>
        <translation>&amp;Ստեղծել և շարունակել</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Շարունակել</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ոչ հիմա</translation>
    </message>
    <message>
        <source>Choose yourself in the list, or press &quot;Not now&quot; to look around without choosing.</source>
        <translation>Ընտրեք ձեզ ցանկից կամ սեղմեք «Ոչ հիմա»՝ առանց ընտրելու ծանոթանալու համար։</translation>
    </message>
</context>
<context>
    <name>Byline::WorkflowActions</name>
    <message>
        <source>&amp;Submit for review</source>
        <translation>Ուղարկել &amp;ստուգման</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Հաստատել</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>&amp;Վերադարձնել լրամշակման…</translation>
    </message>
    <message>
        <source>Sc&amp;hedule…</source>
        <translation>&amp;Պլանավորել…</translation>
    </message>
    <message>
        <source>&amp;Unschedule</source>
        <translation>&amp;Չեղարկել պլանավորումը</translation>
    </message>
    <message>
        <source>&amp;Publish now</source>
        <translation>Հ&amp;րապարակել հիմա</translation>
    </message>
    <message>
        <source>&amp;Restore from spike</source>
        <translation>Վերա&amp;կանգնել աղբարկղից</translation>
    </message>
    <message>
        <source>What should change? The author sees this comment.</source>
        <translation>Ի՞նչ պետք է փոխել։ Հեղինակը կտեսնի այս մեկնաբանությունը։</translation>
    </message>
    <message>
        <source>Select an article first.</source>
        <translation>Նախ ընտրեք հոդված։</translation>
    </message>
    <message>
        <source>Choose who you are first.</source>
        <translation>Նախ ընտրեք, թե ով եք դուք։</translation>
    </message>
    <message>
        <source>Your role (%1) cannot do this.</source>
        <translation>Ձեր դերով (%1) դա հնարավոր չէ անել։</translation>
    </message>
    <message>
        <source>Send back to the author</source>
        <translation>Վերադարձնել հեղինակին լրամշակման</translation>
    </message>
    <message>
        <source>Sending back needs a comment saying what to change. Nothing was changed.</source>
        <translation>Լրամշակման վերադարձնելու համար անհրաժեշտ է մեկնաբանություն այն մասին, թե ինչ փոխել։ Ոչինչ չի փոփոխվել։</translation>
    </message>
    <message>
        <source>%1
Your comment was kept: send back again to find it in the dialog.</source>
        <translation>%1
Ձեր մեկնաբանությունը պահպանվել է։ Կրկին ընտրեք «Վերադարձնել լրամշակման», և այն կհայտնվի պատուհանում։</translation>
    </message>
    <message>
        <source>Unpub&amp;lish</source>
        <translation>Հա&amp;նել հրապարակումից</translation>
    </message>
    <message>
        <source>Spi&amp;ke</source>
        <translation>&amp;Տեղափոխել աղբարկղ</translation>
    </message>
    <message>
        <source>Not possible in the article&apos;s current state: %1.</source>
        <translation>Հնարավոր չէ հոդվածի ընթացիկ կարգավիճակում՝ %1։</translation>
    </message>
</context>
<context>
    <name>IntegrityChecker</name>
    <message>
        <source>article %1 has no text in its source locale</source>
        <translation>%1 հոդվածը բնագրի լեզվով տեքստ չունի</translation>
    </message>
    <message>
        <source>article %1 is published but has no publication time</source>
        <translation>%1 հոդվածը հրապարակված է, բայց հրապարակման ժամ չունի</translation>
    </message>
    <message>
        <source>article %1 is scheduled but has no time set</source>
        <translation>%1 հոդվածը պլանավորված է, բայց ժամը նշված չէ</translation>
    </message>
    <message>
        <source>article %1 has no author</source>
        <translation>%1 հոդվածը հեղինակ չունի</translation>
    </message>
    <message>
        <source>quote %1 has no text in the language it was said in</source>
        <translation>%1 մեջբերումը տեքստ չունի այն լեզվով, որով ասվել է</translation>
    </message>
    <message>
        <source>expert %1 has no name in any locale</source>
        <translation>%1 փորձագետն ոչ մի լեզվով անուն չունի</translation>
    </message>
    <message>
        <source>translator %1 has no locales to translate</source>
        <translation>%1 թարգմանիչը թարգմանելու լեզուներ չունի</translation>
    </message>
    <message>
        <source>article %1 is translated by someone who does not translate that locale</source>
        <translation>%1 հոդվածը թարգմանում է մեկը, ով այդ լեզվի թարգմանիչ չէ</translation>
    </message>
    <message>
        <source>section %1 has no name in any locale</source>
        <translation>%1 բաժինն ոչ մի լեզվով անուն չունի</translation>
    </message>
    <message>
        <source>article %1 is marked live but the article is not published</source>
        <translation>%1 հոդվածը նշված է որպես կայքում գտնվող, բայց հրապարակված չէ</translation>
    </message>
    <message>
        <source>article %1 is live without being approved</source>
        <translation>%1 հոդվածը կայքում է՝ առանց հաստատվելու</translation>
    </message>
    <message>
        <source>the saved search %1 has no words to search for</source>
        <translation>%1 պահպանված որոնումն որոնելու բառեր չունի</translation>
    </message>
    <message>
        <source>the count of articles that need a translation into %1 is out of step</source>
        <translation>%1 լեզվով թարգմանության կարիք ունեցող հոդվածների քանակը չի համապատասխանում արխիվին</translation>
    </message>
    <message>
        <source>person %1 has an empty name in that locale</source>
        <translation>%1 աշխատակցի անունն այդ լեզվի համար դատարկ է</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>expected an object in { }</source>
        <translation>սպասվում էր օբյեկտ՝ { } փակագծերում</translation>
    </message>
    <message>
        <source>a block id is 1 to 64 letters, digits, - or _</source>
        <translation>բլոկի id-ն պետք է բաղկացած լինի 1-ից 64 նիշից՝ տառեր, թվանշաններ, - կամ _</translation>
    </message>
    <message>
        <source>unknown block type &quot;%1&quot; (expected paragraph, heading, pullquote or quote)</source>
        <translation>անհայտ բլոկի տեսակ՝ «%1» (սպասվում էր paragraph, heading, pullquote կամ quote)</translation>
    </message>
    <message>
        <source>a slug is lower-case Latin letters, digits and -</source>
        <translation>URL-անունը պետք է բաղկացած լինի լատինական փոքրատառերից, թվանշաններից և -</translation>
    </message>
    <message>
        <source>unknown translation status &quot;%1&quot; (expected in_progress, ready_for_review or approved)</source>
        <translation>անհայտ թարգմանության կարգավիճակ՝ «%1» (սպասվում էր in_progress, ready_for_review կամ approved)</translation>
    </message>
    <message>
        <source>too many blocks (%1; at most %2)</source>
        <translation>չափազանց շատ բլոկներ (%1, առավելագույնը՝ %2)</translation>
    </message>
    <message>
        <source>the block id &quot;%1&quot; is used twice in this translation</source>
        <translation>«%1» բլոկի id-ն այս թարգմանության մեջ երկու անգամ է օգտագործված</translation>
    </message>
    <message>
        <source>A revision in the store is damaged; run &quot;byline-cli check&quot;.</source>
        <translation>Պահոցում տարբերակներից մեկը վնասված է։ Գործարկեք «byline-cli check»։</translation>
    </message>
    <message>
        <source>There is no article %1 in the store.</source>
        <translation>Պահոցում %1 հոդված չկա։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a uid (a lower-case UUID such as 0b5a3c1e-3c52-4a5e-9d4c-2f5b6f5c7a10)</source>
        <translation>«%1» արժեքը uid չէ (փոքրատառ UUID, օրինակ՝ 0b5a3c1e-3c52-4a5e-9d4c-2f5b6f5c7a10)</translation>
    </message>
    <message>
        <source>unknown locale &quot;%1&quot; (add it to &quot;locales&quot; first)</source>
        <translation>անհայտ լեզու՝ «%1» (նախ ավելացրեք այն «locales» ցանկում)</translation>
    </message>
    <message>
        <source>no user &quot;%1&quot; in the file or the store</source>
        <translation>«%1» օգտատեր չկա ո՛չ ֆայլում, ո՛չ պահոցում</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UTC time like 2026-11-20T09:30:00Z</source>
        <translation>«%1» արժեքը UTC ժամ չէ (օրինակ՝ 2026-11-20T09:30:00Z)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a format this Byline reads (it reads byline/1)</source>
        <translation>«%1» ձևաչափը Byline-ի այս տարբերակը չի կարդում (այն կարդում է byline/1)</translation>
    </message>
    <message>
        <source>too many items</source>
        <translation>չափազանց շատ տարրեր</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>սպասվում էր օբյեկտ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a BCP 47 language tag such as ru, en or hy</source>
        <translation>«%1» արժեքը BCP 47 լեզվի պիտակ չէ (օրինակ՝ ru, en կամ hy)</translation>
    </message>
    <message>
        <source>the locale &quot;%1&quot; is listed twice</source>
        <translation>«%1» լեզուն նշված է երկու անգամ</translation>
    </message>
    <message>
        <source>expected a text in quotes</source>
        <translation>սպասվում էր տեքստ չակերտների մեջ</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>չափազանց երկար է</translation>
    </message>
    <message>
        <source>expected an object of texts</source>
        <translation>սպասվում էր տեքստերի օբյեկտ</translation>
    </message>
    <message>
        <source>too long (at most %1 characters)</source>
        <translation>չափազանց երկար է (առավելագույնը՝ %1 նիշ)</translation>
    </message>
    <message>
        <source>this section is listed twice</source>
        <translation>այս բաժինը նշված է երկու անգամ</translation>
    </message>
    <message>
        <source>a user name is 1 to 64 lower-case Latin letters, digits, . _ or -</source>
        <translation>օգտանունը պետք է բաղկացած լինի 1-ից 64 նիշից՝ լատինական փոքրատառեր, թվանշաններ, . _ կամ -</translation>
    </message>
    <message>
        <source>this user is listed twice</source>
        <translation>այս օգտատերը նշված է երկու անգամ</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (expected journalist, editor, translator or admin)</source>
        <translation>անհայտ դեր՝ «%1» (սպասվում էր journalist, editor, translator կամ admin)</translation>
    </message>
    <message>
        <source>this expert is listed twice</source>
        <translation>այս փորձագետը նշված է երկու անգամ</translation>
    </message>
    <message>
        <source>an expert needs a name in at least one locale</source>
        <translation>փորձագետը պետք է անուն ունենա առնվազն մեկ լեզվով</translation>
    </message>
    <message>
        <source>this quote is listed twice</source>
        <translation>այս մեջբերումը նշված է երկու անգամ</translation>
    </message>
    <message>
        <source>no expert with uid &quot;%1&quot; in the file or the store</source>
        <translation>«%1» uid-ով փորձագետ չկա ո՛չ ֆայլում, ո՛չ պահոցում</translation>
    </message>
    <message>
        <source>the quote has no text in the language it was said in (%1)</source>
        <translation>մեջբերումը տեքստ չունի այն լեզվով, որով ասվել է (%1)</translation>
    </message>
    <message>
        <source>no quote with uid &quot;%1&quot; in the file or the store</source>
        <translation>«%1» uid-ով մեջբերում չկա ո՛չ ֆայլում, ո՛չ պահոցում</translation>
    </message>
    <message>
        <source>this article is listed twice</source>
        <translation>այս հոդվածը նշված է երկու անգամ</translation>
    </message>
    <message>
        <source>no section with uid &quot;%1&quot; in the file or the store</source>
        <translation>«%1» uid-ով բաժին չկա ո՛չ ֆայլում, ո՛չ պահոցում</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (expected draft, submitted, approved, scheduled, published or spiked)</source>
        <translation>անհայտ կարգավիճակ՝ «%1» (սպասվում էր draft, submitted, approved, scheduled, published կամ spiked)</translation>
    </message>
    <message>
        <source>an author is listed twice</source>
        <translation>հեղինակներից մեկը նշված է երկու անգամ</translation>
    </message>
    <message>
        <source>there is no text in the source locale &quot;%1&quot;</source>
        <translation>բնագրի «%1» լեզվով տեքստ չկա</translation>
    </message>
    <message>
        <source>unknown revision kind &quot;%1&quot; (expected save, conflict, restore or import)</source>
        <translation>տարբերակի անհայտ տեսակ՝ «%1» (սպասվում էր save, conflict, restore կամ import)</translation>
    </message>
    <message>
        <source>revisions must be numbered in order</source>
        <translation>տարբերակները պետք է համարակալված լինեն հերթականությամբ</translation>
    </message>
    <message>
        <source>reading what the store holds</source>
        <translation>պահոցի պարունակության ընթերցում</translation>
    </message>
    <message>
        <source>The file is JSON but not a Byline document (expected an object with &quot;format&quot;: &quot;byline/1&quot;).</source>
        <translation>Ֆայլը JSON է, բայց Byline-ի փաստաթուղթ չէ (սպասվում էր օբյեկտ &quot;format&quot;: &quot;byline/1&quot; դաշտով)։</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>ներմուծում</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Հնարավոր չէ կարդալ ստանդարտ մուտքը։</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Հնարավոր չէ կարդալ %1 ֆայլը՝ %2։</translation>
    </message>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation>անհայտ դաշտ (սպասվում էր հետևյալներից մեկը՝ %1)</translation>
    </message>
    <message>
        <source>missing (a text is required)</source>
        <translation>բացակայում է (պահանջվում է տեքստ)</translation>
    </message>
    <message>
        <source>too long (%1 characters; at most %2)</source>
        <translation>չափազանց երկար է (%1 նիշ, առավելագույնը՝ %2)</translation>
    </message>
    <message>
        <source>missing (a whole number is required)</source>
        <translation>բացակայում է (պահանջվում է ամբողջ թիվ)</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>սպասվում էր ամբողջ թիվ</translation>
    </message>
    <message>
        <source>out of range (%1; allowed %2 to %3)</source>
        <translation>թույլատրելի միջակայքից դուրս է (%1, թույլատրվում է %2-ից մինչև %3)</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>սպասվում էր true կամ false</translation>
    </message>
    <message>
        <source>expected a list in [ ]</source>
        <translation>սպասվում էր ցանկ՝ [ ] փակագծերում</translation>
    </message>
    <message>
        <source>too many items (%1; at most %2)</source>
        <translation>չափազանց շատ տարրեր (%1, առավելագույնը՝ %2)</translation>
    </message>
    <message>
        <source>%1 is missing from this build of Byline.</source>
        <translation>%1 ֆայլը բացակայում է Byline-ի այս տարբերակում։</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;; add them with &quot;byline-cli users add&quot;.</source>
        <translation>«%1» օգտատեր չկա։ Ավելացրեք այդ օգտատիրոջը «byline-cli users add» հրամանով։</translation>
    </message>
    <message>
        <source>reading the article %1</source>
        <translation>%1 հոդվածի ընթերցում</translation>
    </message>
    <message>
        <source>listing the articles</source>
        <translation>հոդվածների ցանկի կազմում</translation>
    </message>
    <message>
        <source>counting the articles</source>
        <translation>հոդվածների հաշվում</translation>
    </message>
    <message>
        <source>saving the article %1</source>
        <translation>%1 հոդվածի պահպանում</translation>
    </message>
    <message>
        <source>The article %1 is in the section %2, which is not in the store.</source>
        <translation>%1 հոդվածը %2 բաժնում է, որը պահոցում չկա։</translation>
    </message>
    <message>
        <source>saving the authors</source>
        <translation>հեղինակների պահպանում</translation>
    </message>
    <message>
        <source>saving the article&apos;s text</source>
        <translation>հոդվածի տեքստի պահպանում</translation>
    </message>
    <message>
        <source>The block %1 (%2) quotes %3, which is not in the store.</source>
        <translation>%1 բլոկում (%2) մեջբերված է %3, որը պահոցում չկա։</translation>
    </message>
    <message>
        <source>numbering the revision</source>
        <translation>տարբերակի համարակալում</translation>
    </message>
    <message>
        <source>keeping a revision</source>
        <translation>տարբերակի պահպանում</translation>
    </message>
    <message>
        <source>creating the article</source>
        <translation>հոդվածի ստեղծում</translation>
    </message>
    <message>
        <source>The section %1 is not in the store.</source>
        <translation>%1 բաժինը պահոցում չկա։</translation>
    </message>
    <message>
        <source>The article %1 is no longer in the store.</source>
        <translation>%1 հոդվածն այլևս պահոցում չկա։</translation>
    </message>
    <message>
        <source>Someone saved a newer version of the article %1 while this one was being edited. Nothing was overwritten: this text is kept as revision %2; compare the two and merge.</source>
        <translation>Մինչ այս տարբերակը խմբագրվում էր, ինչ-որ մեկը պահպանեց %1 հոդվածի ավելի նոր տարբերակը։ Ոչինչ չի վերագրանցվել՝ այս տեքստը պահպանված է որպես № %2 տարբերակ։ Համեմատեք երկուսը և միավորեք։</translation>
    </message>
    <message>
        <source>writing the article %1</source>
        <translation>%1 հոդվածի գրանցում</translation>
    </message>
    <message>
        <source>writing the history of %1</source>
        <translation>%1 հոդվածի պատմության գրանցում</translation>
    </message>
    <message>
        <source>%1 is not a Byline store (it is not an SQLite database). It was not changed; check the path given with --db or BYLINE_DB.</source>
        <translation>%1 ֆայլը Byline-ի պահոց չէ (այն SQLite տվյալների բազա չէ)։ Այն չի փոփոխվել։ Ստուգեք --db ընտրանքով կամ BYLINE_DB փոփոխականով տրված ուղին։</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than the database it should hold (was it cut off while copying?). It was not changed; restore it from a backup or an export.</source>
        <translation>%1 ֆայլը վնասված է՝ այն ավելի կարճ է, քան դրանում պահվող տվյալների բազան (գուցե այն կտրվե՞լ է պատճենելիս)։ Ֆայլը չի փոփոխվել։ Վերականգնեք այն պահուստային պատճենից կամ արտահանումից։</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Byline store. Give the path of the store file itself (for example %1/byline.sqlite).</source>
        <translation>%1 ուղին թղթապանակ է, ոչ թե Byline-ի պահոց։ Նշեք հենց պահոցի ֆայլի ուղին (օրինակ՝ %1/byline.sqlite)։</translation>
    </message>
    <message>
        <source>There is no Byline store at %1. Create one with &quot;byline-cli init&quot;, or give another path with --db.</source>
        <translation>%1 ուղում Byline-ի պահոց չկա։ Ստեղծեք այն «byline-cli init» հրամանով կամ նշեք այլ ուղի --db ընտրանքով։</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for a new store. Check that it may be written, or give another path with --db.</source>
        <translation>Հնարավոր չէ ստեղծել %1 թղթապանակը նոր պահոցի համար։ Ստուգեք, որ այնտեղ գրելը թույլատրված է, կամ նշեք այլ ուղի --db ընտրանքով։</translation>
    </message>
    <message>
        <source>Cannot create the store %1: %2.</source>
        <translation>Հնարավոր չէ ստեղծել %1 պահոցը՝ %2։</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing. Install the package libqt6sql6-sqlite.</source>
        <translation>Qt-ի SQLite դրայվերը բացակայում է։ Տեղադրեք libqt6sql6-sqlite փաթեթը։</translation>
    </message>
    <message>
        <source>opening the store</source>
        <translation>պահոցի բացում</translation>
    </message>
    <message>
        <source>%1 was written by a newer Byline (schema %2; this program knows up to %3). It was not changed; update Byline to open it.</source>
        <translation>%1 պահոցը գրվել է Byline-ի ավելի նոր տարբերակով (սխեմա %2, այս ծրագիրը գիտի մինչև %3)։ Այն չի փոփոխվել։ Այն բացելու համար թարմացրեք Byline-ը։</translation>
    </message>
    <message>
        <source>%1 needs upgrading from schema %2 to %3, which needs write access. Open it with write access once to upgrade it.</source>
        <translation>%1 պահոցը պետք է թարմացնել՝ %2 սխեմայից %3 սխեմայի, ինչի համար անհրաժեշտ է գրելու թույլտվություն։ Թարմացնելու համար մեկ անգամ բացեք այն գրելու թույլտվությամբ։</translation>
    </message>
    <message>
        <source>working with the store</source>
        <translation>պահոցի հետ աշխատանք</translation>
    </message>
    <message>
        <source>The store %1 is locked by another program (waited %2 s while %3). Try again when it has finished.</source>
        <translation>%1 պահոցը կողպված է մեկ այլ ծրագրի կողմից (սպասվեց %2&#xa0;վ, գործողություն՝ %3)։ Կրկին փորձեք, երբ այն ավարտի։</translation>
    </message>
    <message>
        <source>The store %1 cannot be written (it or its folder is read-only) while %2. Nothing was changed; check its permissions.</source>
        <translation>%1 պահոցում հնարավոր չէ գրել (այն կամ դրա թղթապանակը միայն ընթերցման համար է), գործողություն՝ %2։ Ոչինչ չի փոփոխվել։ Ստուգեք դրա թույլտվությունները։</translation>
    </message>
    <message>
        <source>The store %1 is damaged or is not a Byline store (while %2). Restore it from a backup or an export.</source>
        <translation>%1 պահոցը վնասված է կամ Byline-ի պահոց չէ (գործողություն՝ %2)։ Վերականգնեք այն պահուստային պատճենից կամ արտահանումից։</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (while %2). Nothing was lost; make room and try again.</source>
        <translation>%1 պահոցը պարունակող սկավառակը լցված է (գործողություն՝ %2)։ Ոչինչ չի կորել։ Ազատեք տեղ և կրկին փորձեք։</translation>
    </message>
    <message>
        <source>Cannot read or write the store %1 (while %2). Check that the disk and the path are available.</source>
        <translation>Հնարավոր չէ կարդալ կամ գրել %1 պահոցը (գործողություն՝ %2)։ Ստուգեք, որ սկավառակը և ուղին հասանելի են։</translation>
    </message>
    <message>
        <source>The change contradicts what is already in the store (while %1).</source>
        <translation>Փոփոխությունը հակասում է պահոցում արդեն եղածին (գործողություն՝ %1)։</translation>
    </message>
    <message>
        <source>The store %1 reported an error while %2.</source>
        <translation>%1 պահոցը սխալ հաղորդեց (գործողություն՝ %2)։</translation>
    </message>
    <message>
        <source>Cannot back up to %1: the file already exists.</source>
        <translation>Հնարավոր չէ պահուստային պատճեն ստեղծել %1 ֆայլում՝ ֆայլն արդեն գոյություն ունի։</translation>
    </message>
    <message>
        <source>taking a backup</source>
        <translation>պահուստային պատճենի ստեղծում</translation>
    </message>
    <message>
        <source>reading the experts</source>
        <translation>փորձագետների ընթերցում</translation>
    </message>
    <message>
        <source>saving the expert %1</source>
        <translation>%1 փորձագետի պահպանում</translation>
    </message>
    <message>
        <source>looking up %1</source>
        <translation>%1 արժեքի որոնում</translation>
    </message>
    <message>
        <source>checking the store</source>
        <translation>պահոցի ստուգում</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>%2 աղյուսակի %1 տողը հղում է %3 աղյուսակի բացակայող տողի</translation>
    </message>
    <message>
        <source>revision %1 of article %2 cannot be read</source>
        <translation>%2 հոդվածի № %1 տարբերակը հնարավոր չէ կարդալ</translation>
    </message>
    <message>
        <source>reading the locales</source>
        <translation>լեզուների ընթերցում</translation>
    </message>
    <message>
        <source>saving the locale %1</source>
        <translation>%1 լեզվի պահպանում</translation>
    </message>
    <message>
        <source>The migration %1 is missing from this build.</source>
        <translation>%1 միգրացիան բացակայում է ծրագրի այս տարբերակում։</translation>
    </message>
    <message>
        <source>upgrading the store to schema %1</source>
        <translation>պահոցի թարմացում մինչև %1 սխեմա</translation>
    </message>
    <message>
        <source>reading the quotes</source>
        <translation>մեջբերումների ընթերցում</translation>
    </message>
    <message>
        <source>saving the quote %1</source>
        <translation>%1 մեջբերման պահպանում</translation>
    </message>
    <message>
        <source>The quote %1 names the expert %2, who is not in the store.</source>
        <translation>%1 մեջբերումը վերագրված է %2 փորձագետին, որը պահոցում չկա։</translation>
    </message>
    <message>
        <source>reading the sections</source>
        <translation>բաժինների ընթերցում</translation>
    </message>
    <message>
        <source>saving the section %1</source>
        <translation>%1 բաժնի պահպանում</translation>
    </message>
    <message>
        <source>reading the settings</source>
        <translation>կարգավորումների ընթերցում</translation>
    </message>
    <message>
        <source>saving the setting %1</source>
        <translation>%1 կարգավորման պահպանում</translation>
    </message>
    <message>
        <source>reading the site strings</source>
        <translation>կայքի տողերի ընթերցում</translation>
    </message>
    <message>
        <source>saving the site string %1 (%2)</source>
        <translation>կայքի %1 տողի պահպանում (%2)</translation>
    </message>
    <message>
        <source>The store %1 is read-only, so %2 is not possible. Nothing was changed; check the file&apos;s permissions.</source>
        <translation>%1 պահոցը միայն ընթերցման համար է, ուստի հնարավոր չէ կատարել գործողությունը՝ %2։ Ոչինչ չի փոփոխվել։ Ստուգեք ֆայլի թույլտվությունները։</translation>
    </message>
    <message>
        <source>a change</source>
        <translation>փոփոխություն</translation>
    </message>
    <message>
        <source>The transaction has already ended.</source>
        <translation>Տրանզակցիան արդեն ավարտված է։</translation>
    </message>
    <message>
        <source>A part of %1 failed, so nothing of it was saved.</source>
        <translation>Գործողության մի մասը ձախողվեց (%1), ուստի դրանից ոչինչ չպահպանվեց։</translation>
    </message>
    <message>
        <source>the change</source>
        <translation>փոփոխություն</translation>
    </message>
    <message>
        <source>reading the users</source>
        <translation>օգտատերերի ընթերցում</translation>
    </message>
    <message>
        <source>saving the user %1</source>
        <translation>%1 օգտատիրոջ պահպանում</translation>
    </message>
    <message>
        <source>not a segment (title, lead, seo_title, seo_description or block:ID)</source>
        <translation>հատված չէ (title, lead, seo_title, seo_description կամ block:ID)</translation>
    </message>
    <message>
        <source>expected the source text the segment was translated from</source>
        <translation>սպասվում էր բնագրի այն տեքստը, որից թարգմանվել է հատվածը</translation>
    </message>
    <message>
        <source>two comments have the number %1</source>
        <translation>երկու մեկնաբանություն ունեն նույն համարը՝ %1</translation>
    </message>
    <message>
        <source>No file was named to import.</source>
        <translation>Ներմուծելու ֆայլ նշված չէ։</translation>
    </message>
    <message>
        <source>There is no file %1 to import.</source>
        <translation>Ներմուծելու %1 ֆայլ չկա։</translation>
    </message>
    <message>
        <source>Nothing was received on standard input; nothing was imported.</source>
        <translation>Ստանդարտ մուտքով ոչինչ չի ստացվել։ Ոչինչ չի ներմուծվել։</translation>
    </message>
    <message>
        <source>%1 is empty; nothing was imported.</source>
        <translation>%1 ֆայլը դատարկ է։ Ոչինչ չի ներմուծվել։</translation>
    </message>
    <message>
        <source>recording the transition</source>
        <translation>կարգավիճակի փոփոխության գրանցում</translation>
    </message>
    <message>
        <source>saving the comment</source>
        <translation>մեկնաբանության պահպանում</translation>
    </message>
    <message>
        <source>adding a comment</source>
        <translation>մեկնաբանության ավելացում</translation>
    </message>
    <message>
        <source>resolving a comment</source>
        <translation>մեկնաբանության լուծում</translation>
    </message>
    <message>
        <source>The article %1 has no comment %2.</source>
        <translation>%1 հոդվածը չունի № %2 մեկնաբանություն։</translation>
    </message>
    <message>
        <source>changing the state of %1</source>
        <translation>%1 հոդվածի կարգավիճակի փոփոխում</translation>
    </message>
    <message>
        <source>looking for articles due</source>
        <translation>հրապարակման ժամկետը լրացած հոդվածների որոնում</translation>
    </message>
    <message>
        <source>merging the expert %1 into %2</source>
        <translation>%1 փորձագետի միավորում %2 փորձագետի հետ</translation>
    </message>
    <message>
        <source>An expert cannot be merged into itself.</source>
        <translation>Փորձագետը չի կարող միավորվել ինքն իր հետ։</translation>
    </message>
    <message>
        <source>There is no expert %1.</source>
        <translation>%1 փորձագետ չկա։</translation>
    </message>
    <message>
        <source>finding where the quote is used</source>
        <translation>մեջբերման օգտագործման վայրերի որոնում</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;; &quot;byline-cli users list&quot; shows who there is.</source>
        <translation>«%1» օգտատեր չկա։ Առկա օգտատերերի ցանկը ցույց է տալիս «byline-cli users list» հրամանը։</translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation>%1 հոդված չկա։</translation>
    </message>
    <message>
        <source>The article has no text in its source locale (%1).</source>
        <translation>Հոդվածը բնագրի լեզվով (%1) տեքստ չունի։</translation>
    </message>
    <message>
        <source>The article %1 has no revision %2; &quot;byline-cli revisions %1&quot; lists them.</source>
        <translation>%1 հոդվածը չունի № %2 տարբերակ։ Դրանց ցանկը ցույց է տալիս «byline-cli revisions %1» հրամանը։</translation>
    </message>
    <message>
        <source>%1 is no longer active in this newsroom.</source>
        <translation>%1 օգտատերն այլևս ակտիվ չէ այս խմբագրությունում։</translation>
    </message>
    <message>
        <source>Admins manage the newsroom; editing articles is for journalists, editors and translators.</source>
        <translation>Ադմինիստրատորները կառավարում են խմբագրությունը։ Հոդվածները խմբագրում են լրագրողները, խմբագիրները և թարգմանիչները։</translation>
    </message>
    <message>
        <source>%1 is not an author of this article.</source>
        <translation>%1 օգտատերն այս հոդվածի հեղինակը չէ։</translation>
    </message>
    <message>
        <source>The article is no longer a draft; ask an editor to send it back (request changes) to edit it.</source>
        <translation>Հոդվածն այլևս սևագիր չէ։ Այն խմբագրելու համար խնդրեք խմբագրին վերադարձնել այն լրամշակման։</translation>
    </message>
    <message>
        <source>Translators change translations only, not the article&apos;s section, authors or editor.</source>
        <translation>Թարգմանիչները փոխում են միայն թարգմանությունները, ոչ թե հոդվածի բաժինը, հեղինակներին կամ խմբագրին։</translation>
    </message>
    <message>
        <source>Translators may not change the source text (%1).</source>
        <translation>Թարգմանիչները չեն կարող փոխել բնագրի տեքստը (%1)։</translation>
    </message>
    <message>
        <source>%1 does not translate into %2.</source>
        <translation>%1 օգտատերը %2 լեզվի թարգմանիչ չէ։</translation>
    </message>
    <message>
        <source>Give a time like 2026-12-01T09:00:00+04:00, or 2026-12-01 09:00 in the newsroom&apos;s time zone (%1).</source>
        <translation>Նշեք ժամն այսպես՝ 2026-12-01T09:00:00+04:00, կամ 2026-12-01 09:00՝ ըստ խմբագրության ժամային գոտու (%1)։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid time. %2</source>
        <translation>«%1» արժեքը վավեր ժամ չէ։ %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time Byline understands. %2</source>
        <translation>«%1» արժեքը Byline-ին հասկանալի ժամ չէ։ %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date and time. %2</source>
        <translation>«%1» արժեքը վավեր ամսաթիվ և ժամ չէ։ %2</translation>
    </message>
    <message>
        <source>%1 does not exist in %2 (the clocks skip it). Choose another time.</source>
        <translation>%1&#xa0;ժամը %2 գոտում գոյություն չունի (ժամացույցներն այն բաց են թողնում)։ Ընտրեք այլ ժամ։</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;վ</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1&#xa0;օր %2&#xa0;ժ</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1&#xa0;օր</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;ժ %2 ր</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1&#xa0;ժ</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 ր</translation>
    </message>
    <message>
        <source>a journalist</source>
        <translation>լրագրող</translation>
    </message>
    <message>
        <source>an editor</source>
        <translation>խմբագիր</translation>
    </message>
    <message>
        <source>a translator</source>
        <translation>թարգմանիչ</translation>
    </message>
    <message>
        <source>an admin</source>
        <translation>ադմինիստրատոր</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: only the article&apos;s authors and editors submit it.</source>
        <translation>%1: հոդվածը ստուգման են ուղարկում միայն դրա հեղինակները և խմբագիրները։</translation>
    </message>
    <message>
        <source>%1: only translators into %2 and editors mark it ready for review.</source>
        <translation>%1: թարգմանությունն որպես պատրաստ ստուգման նշում են միայն %2 լեզվի թարգմանիչները և խմբագիրները։</translation>
    </message>
    <message>
        <source>%1: only editors may %2.</source>
        <translation>%1: «%2» գործողությունը կարող են կատարել միայն խմբագիրները։</translation>
    </message>
    <message>
        <source>%1 applies to the whole article, not to one locale: leave out --locale.</source>
        <translation>«%1» գործողությունը վերաբերում է ամբողջ հոդվածին, ոչ թե մեկ լեզվի։ Հանեք --locale ընտրանքը։</translation>
    </message>
    <message>
        <source>The article %1 has no %2 translation yet.</source>
        <translation>%1 հոդվածը դեռ չունի %2 թարգմանություն։</translation>
    </message>
    <message>
        <source>%1 is the article&apos;s source locale; to take it down, unpublish the whole article.</source>
        <translation>%1 լեզուն հոդվածի բնագրի լեզուն է։ Այն կայքից հանելու համար հանեք հրապարակումից ամբողջ հոդվածը։</translation>
    </message>
    <message>
        <source>Scheduling needs a time (--at), e.g. --at &quot;2026-12-01 09:00&quot; in the newsroom&apos;s time zone.</source>
        <translation>Պլանավորելու համար անհրաժեշտ է ժամ (--at), օրինակ՝ --at &quot;2026-12-01 09:00&quot;՝ ըստ խմբագրության ժամային գոտու։</translation>
    </message>
    <message>
        <source>%1 is not in the future. To publish now, use publish.</source>
        <translation>%1&#xa0;ժամն ապագայում չէ։ Հիմա հրապարակելու համար օգտագործեք publish գործողությունը։</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>պլանավորված՝ %1</translation>
    </message>
    <message>
        <source>scheduled for %1; published by publish-due %2 late</source>
        <translation>պլանավորված՝ %1, հրապարակվել է publish-due հրամանով %2 ուշացումով</translation>
    </message>
    <message>
        <source>scheduled for %1; published by publish-due</source>
        <translation>պլանավորված՝ %1, հրապարակվել է publish-due հրամանով</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Byline store (it belongs to another program). It was not changed; check the path given with --db or BYLINE_DB.</source>
        <translation>%1 ֆայլը SQLite տվյալների բազա է, բայց ոչ Byline-ի պահոց (այն պատկանում է մեկ այլ ծրագրի)։ Այն չի փոփոխվել։ Ստուգեք --db ընտրանքով կամ BYLINE_DB փոփոխականով տրված ուղին։</translation>
    </message>
    <message>
        <source>restoring a revision of %1</source>
        <translation>%1 հոդվածի տարբերակի վերականգնում</translation>
    </message>
    <message>
        <source>The %1 translation is approved; only an editor may remove it.</source>
        <translation>%1 թարգմանությունը հաստատված է։ Միայն խմբագիրը կարող է հեռացնել այն։</translation>
    </message>
    <message>
        <source>The %1 text is approved%2; ask an editor to send it back (request changes on %1) before changing it. Your text was not saved; keep it until then.</source>
        <translation>%1 տեքստը հաստատված է%2։ Այն փոխելուց առաջ խնդրեք խմբագրին վերադարձնել այն լրամշակման (request changes՝ %1 լեզվի համար)։ Ձեր տեքստը չի պահպանվել։ Պահեք այն մինչ այդ։</translation>
    </message>
    <message>
        <source> and on the site</source>
        <translation> և արդեն կայքում է</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows. Set the newsroom&apos;s time zone to an IANA name such as Asia/Yerevan or Europe/Moscow.</source>
        <translation>«%1» ժամային գոտին այս համակարգին հայտնի չէ։ Նշեք խմբագրության ժամային գոտին IANA անունով, օրինակ՝ Asia/Yerevan կամ Europe/Moscow։</translation>
    </message>
    <message>
        <source>Sending back needs a comment saying what to change.</source>
        <translation>Լրամշակման վերադարձնելու համար անհրաժեշտ է մեկնաբանություն այն մասին, թե ինչ փոխել։</translation>
    </message>
    <message>
        <source>%1 is the article&apos;s source locale; to send it back, send back the whole article.</source>
        <translation>%1 լեզուն հոդվածի բնագրի լեզուն է։ Այն լրամշակման վերադարձնելու համար վերադարձրեք ամբողջ հոդվածը։</translation>
    </message>
    <message>
        <source>adding a comment to %1</source>
        <translation>%1 հոդվածին մեկնաբանության ավելացում</translation>
    </message>
    <message>
        <source>An empty comment says nothing.</source>
        <translation>Դատարկ մեկնաբանությունն ոչինչ չի ասում։</translation>
    </message>
    <message>
        <source>The article %1 has no %2 translation to comment on; it has: %3.</source>
        <translation>%1 հոդվածը չունի %2 թարգմանություն, որին կարելի է մեկնաբանություն թողնել։ Առկա են՝ %3։</translation>
    </message>
    <message>
        <source>indexing the quote %1 for search</source>
        <translation>%1 մեջբերման ինդեքսավորում որոնման համար</translation>
    </message>
    <message>
        <source>updating the search index</source>
        <translation>որոնման ինդեքսի թարմացում</translation>
    </message>
    <message>
        <source>rebuilding the search index</source>
        <translation>որոնման ինդեքսի վերակառուցում</translation>
    </message>
    <message>
        <source>checking the search index</source>
        <translation>որոնման ինդեքսի ստուգում</translation>
    </message>
    <message>
        <source>%1 (%2) is missing from the search index</source>
        <translation>%1 (%2) հոդվածը բացակայում է որոնման ինդեքսից</translation>
    </message>
    <message>
        <source>%1 (%2) is out of date in the search index</source>
        <translation>%1 (%2) հոդվածի գրառումն որոնման ինդեքսում հնացած է</translation>
    </message>
    <message>
        <source>%1 (%2) is in the search index but has no such translation</source>
        <translation>%1 (%2) հոդվածը կա որոնման ինդեքսում, բայց այդպիսի թարգմանություն չունի</translation>
    </message>
    <message>
        <source>searching</source>
        <translation>որոնում</translation>
    </message>
    <message>
        <source>There is nothing to search for in &quot;%1&quot;: type a word.</source>
        <translation>«%1» հարցման մեջ որոնելու բան չկա։ Մուտքագրեք բառ։</translation>
    </message>
    <message>
        <source>A search shows 1 to 1000 results, not %1.</source>
        <translation>Որոնումը ցույց է տալիս 1-ից մինչև 1000 արդյունք, ոչ թե %1։</translation>
    </message>
    <message>
        <source>The unsaved draft %1 is damaged and cannot be read.</source>
        <translation>Չպահպանված փոփոխությունների %1 պատճենը վնասված է, և այն հնարավոր չէ կարդալ։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a draft this version of Byline reads (expected %2)</source>
        <translation>«%1» ձևաչափով չպահպանված փոփոխությունների պատճենը Byline-ի այս տարբերակը չի կարդում (սպասվում էր %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UTC time</source>
        <translation>«%1» արժեքը UTC ժամ չէ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an article uid a draft can be kept for.</source>
        <translation>«%1» արժեքը հոդվածի այնպիսի uid չէ, որի համար կարելի է պահել չպահպանված փոփոխությունների պատճեն։</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for unsaved drafts; check its permissions and free space.</source>
        <translation>Հնարավոր չէ ստեղծել %1 թղթապանակը չպահպանված փոփոխությունների պատճենների համար։ Ստուգեք դրա թույլտվությունները և ազատ տեղը։</translation>
    </message>
    <message>
        <source>Cannot write the unsaved draft %1 (%2).</source>
        <translation>Հնարավոր չէ գրել չպահպանված փոփոխությունների %1 պատճենը (%2)։</translation>
    </message>
    <message>
        <source>The unsaved draft %1 is too large to be a draft.</source>
        <translation>Չպահպանված փոփոխությունների %1 պատճենը չափազանց մեծ է նման պատճենի համար։</translation>
    </message>
    <message>
        <source>Cannot read the unsaved draft %1 (%2).</source>
        <translation>Հնարավոր չէ կարդալ չպահպանված փոփոխությունների %1 պատճենը (%2)։</translation>
    </message>
    <message>
        <source>The unsaved draft %1 belongs to another article (%2).</source>
        <translation>Չպահպանված փոփոխությունների %1 պատճենը պատկանում է մեկ այլ հոդվածի (%2)։</translation>
    </message>
    <message>
        <source>Cannot remove the unsaved draft %1 (%2).</source>
        <translation>Հնարավոր չէ ջնջել չպահպանված փոփոխությունների %1 պատճենը (%2)։</translation>
    </message>
    <message>
        <source>The article %1 has no %2 translation.</source>
        <translation>%1 հոդվածը չունի %2 թարգմանություն։</translation>
    </message>
    <message>
        <source>The %1 page of %2 is not on the site (the article or this translation is not published).</source>
        <translation>%2 հոդվածի %1 էջը կայքում չէ (հոդվածը կամ այս թարգմանությունը հրապարակված չէ)։</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Հնարավոր չէ ստեղծել թղթապանակը %1 ֆայլի համար։</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check the free space and the folder&apos;s permissions; the site was not changed.</source>
        <translation>Հնարավոր չէ գրել %1 ֆայլում՝ %2։ Ստուգեք ազատ տեղը և թղթապանակի թույլտվությունները։ Կայքը չի փոփոխվել։</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder for the site.</source>
        <translation>%1 ուղին ֆայլ է, ոչ թե թղթապանակ կայքի համար։</translation>
    </message>
    <message>
        <source>%1 holds files that are not a Byline site; they were left alone. Export into an empty folder or a previous export.</source>
        <translation>%1 թղթապանակում կան ֆայլեր, որոնք Byline-ի կայքի մաս չեն։ Դրանք մնացել են անձեռնմխելի։ Արտահանեք կայքը դատարկ թղթապանակի կամ նախորդ արտահանման թղթապանակի մեջ։</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Հնարավոր չէ ստեղծել %1 թղթապանակը։</translation>
    </message>
    <message>
        <source>Cannot create the staging folder %1.</source>
        <translation>Հնարավոր չէ ստեղծել %1 միջանկյալ թղթապանակը։</translation>
    </message>
    <message>
        <source>The export was cancelled; the site was not changed.</source>
        <translation>Արտահանումը չեղարկվել է։ Կայքը չի փոփոխվել։</translation>
    </message>
    <message>
        <source>The articles %1 and %2 both want the address %3; give one of them another slug. The site was not changed.</source>
        <translation>%1 և %2 հոդվածները հավակնում են նույն %3 հասցեին։ Դրանցից մեկին տվեք այլ URL-անուն։ Կայքը չի փոփոխվել։</translation>
    </message>
    <message>
        <source>The site asset %1 is missing from this build.</source>
        <translation>Կայքի %1 ռեսուրսը բացակայում է ծրագրի այս տարբերակում։</translation>
    </message>
    <message>
        <source>Cannot move the new site into %1.</source>
        <translation>Հնարավոր չէ նոր կայքը տեղափոխել %1 թղթապանակ։</translation>
    </message>
    <message>
        <source>counting the articles that need translation</source>
        <translation>թարգմանության կարիք ունեցող հոդվածների հաշվում</translation>
    </message>
    <message>
        <source>Cannot keep %1 in the new site.</source>
        <translation>Չհաջողվեց պահել %1-ը նոր կայքում։</translation>
    </message>
    <message>
        <source>The article %1 was removed during the export; export again.</source>
        <translation>%1 հոդվածը ջնջվել է արտահանման ընթացքում։ Կրկին արտահանեք։</translation>
    </message>
    <message>
        <source>listing the pages on the site</source>
        <translation>կայքի էջերի ցանկի կազմում</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Արտահանումը չեղարկվեց։ Ոչ մի ֆայլ չի գրվել։</translation>
    </message>
    <message>
        <source>The import was cancelled; the store was not changed.</source>
        <translation>Ներմուծումը չեղարկվեց։ Պահոցը չի փոխվել։</translation>
    </message>
    <message>
        <source>reading the comments</source>
        <translation>մեկնաբանությունների ընթերցում</translation>
    </message>
    <message>
        <source>finding where the expert %1 is quoted</source>
        <translation>%1 փորձագետի մեջբերումների որոնում</translation>
    </message>
    <message>
        <source>reading the saved searches of %1</source>
        <translation>%1 օգտատիրոջ պահպանված որոնումների ընթերցում</translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation>Պահպանված որոնումը պետք է անուն ունենա։</translation>
    </message>
    <message>
        <source>You already have a saved search called &quot;%1&quot;: choose another name, or delete that one first.</source>
        <translation>Դուք արդեն ունեք «%1» անունով պահպանված որոնում։ Ընտրեք այլ անուն կամ նախ ջնջեք այն։</translation>
    </message>
    <message>
        <source>There is nothing to save: type what to search for first.</source>
        <translation>Պահպանելու բան չկա՝ նախ մուտքագրեք, թե ինչ որոնել։</translation>
    </message>
    <message>
        <source>saving the search &quot;%1&quot;</source>
        <translation>«%1» որոնման պահպանում</translation>
    </message>
    <message>
        <source>renaming the search &quot;%1&quot;</source>
        <translation>«%1» որոնման վերանվանում</translation>
    </message>
    <message>
        <source>That saved search is no longer there; it may have been deleted.</source>
        <translation>Այդ պահպանված որոնումն այլևս չկա։ Հնարավոր է՝ այն ջնջվել է։</translation>
    </message>
    <message>
        <source>deleting a saved search</source>
        <translation>պահպանված որոնման ջնջում</translation>
    </message>
    <message>
        <source>A new article needs a headline: type one, it can change later.</source>
        <translation>Նոր հոդվածը պետք է վերնագիր ունենա։ Մուտքագրեք այն, հետո կարող եք փոխել։</translation>
    </message>
    <message>
        <source>The headline is too long (%1 characters; at most %2).</source>
        <translation>Վերնագիրը չափազանց երկար է (%1 նիշ, առավելագույնը՝ %2)։</translation>
    </message>
    <message>
        <source>creating an article</source>
        <translation>հոդվածի ստեղծում</translation>
    </message>
    <message>
        <source>%1 may not start articles: journalists and editors do.</source>
        <translation>%1 օգտատերը չի կարող հոդվածներ սկսել։ Դա անում են լրագրողները և խմբագիրները։</translation>
    </message>
    <message>
        <source>There is no section %1 in the store.</source>
        <translation>Պահոցում %1 բաժին չկա։</translation>
    </message>
    <message>
        <source>The store has no language &quot;%1&quot;.</source>
        <translation>Պահոցում «%1» լեզու չկա։</translation>
    </message>
    <message>
        <source>The %1 spelling has a role or country but no name; write the name as it is spelled in %1, or clear the role and country.</source>
        <translation>%1 լեզվով գրությունում կա դեր կամ երկիր, բայց անուն չկա։ Գրեք անունն այնպես, ինչպես այն գրվում է %1 լեզվով, կամ մաքրեք դերը և երկիրը։</translation>
    </message>
    <message>
        <source>An expert needs a name in at least one language.</source>
        <translation>Փորձագետը պետք է անուն ունենա առնվազն մեկ լեզվով։</translation>
    </message>
    <message>
        <source>saving an expert</source>
        <translation>փորձագետի պահպանում</translation>
    </message>
    <message>
        <source>%1 may not merge experts: that is for editors and admins.</source>
        <translation>%1 օգտատերը չի կարող միավորել փորձագետներին։ Դա անում են խմբագիրները և ադմինիստրատորները։</translation>
    </message>
    <message>
        <source>Translators change the experts&apos; names, roles and countries only in their own languages.</source>
        <translation>Թարգմանիչները փորձագետների անունները, դերերը և երկրները փոխում են միայն իրենց լեզուներով։</translation>
    </message>
    <message>
        <source>Translators spell the experts in their languages; journalists and editors add new experts.</source>
        <translation>Թարգմանիչները գրում են փորձագետների անուններն իրենց լեզուներով, իսկ նոր փորձագետներ ավելացնում են լրագրողները և խմբագիրները։</translation>
    </message>
    <message>
        <source>Only an admin may change the newsroom&apos;s settings and users; %1 is not an admin. Ask an admin to make the change.</source>
        <translation>Խմբագրության կարգավորումները և օգտատերերը կարող է փոխել միայն ադմինիստրատորը, իսկ %1 օգտատերն ադմինիստրատոր չէ։ Խնդրեք ադմինիստրատորին կատարել փոփոխությունը։</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; is too long (at most %2 characters).</source>
        <translation>«%1» կարգավորման արժեքը չափազանց երկար է (առավելագույնը՝ %2 նիշ)։</translation>
    </message>
    <message>
        <source>Choose the newsroom&apos;s time zone (for example Asia/Yerevan or UTC): pages show their times in it.</source>
        <translation>Ընտրեք խմբագրության ժամային գոտին (օրինակ՝ Asia/Yerevan կամ UTC)։ Էջերը ժամերը ցույց են տալիս ըստ դրա։</translation>
    </message>
    <message>
        <source>The %1 address &quot;%2&quot; cannot be linked from the site: give a full address starting with https:// (or leave it empty for none).</source>
        <translation>«%2» հասցեն (%1) հնարավոր չէ հղել կայքից։ Նշեք ամբողջական հասցե, որը սկսվում է https://-ով (կամ թողեք դատարկ, եթե հղում պետք չէ)։</translation>
    </message>
    <message>
        <source>The site text &quot;%1&quot; (%2) is too long (at most %3 characters).</source>
        <translation>Կայքի «%1» տեքստը (%2) չափազանց երկար է (առավելագույնը՝ %3 նիշ)։</translation>
    </message>
    <message>
        <source>The newsroom&apos;s name in %1 is empty: every page signs off with it. Give a name.</source>
        <translation>Խմբագրության անվանումը %1 լեզվով դատարկ է, մինչդեռ այն նշված է յուրաքանչյուր էջում։ Նշեք անվանումը։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid user name: use 1 to 64 lower-case Latin letters, digits, . _ or -.</source>
        <translation>«%1» անունը վավեր օգտանուն չէ։ Օգտագործեք 1-ից 64 նիշ՝ լատինական փոքրատառեր, թվանշաններ, . _ կամ -։</translation>
    </message>
    <message>
        <source>The display name of %1 must be 1 to %2 characters.</source>
        <translation>%1 օգտատիրոջ ցուցադրվող անունը պետք է լինի 1-ից %2 նիշ։</translation>
    </message>
    <message>
        <source>%1 is a translator: choose the languages they translate into.</source>
        <translation>%1 օգտատերը թարգմանիչ է՝ ընտրեք այն լեզուները, որոնցով նա թարգմանում է։</translation>
    </message>
    <message>
        <source>Only translators have languages; %1 is not a translator.</source>
        <translation>Լեզուներ ունեն միայն թարգմանիչները, իսկ %1 օգտատերը թարգմանիչ չէ։</translation>
    </message>
    <message>
        <source>There is no locale &quot;%1&quot; in this store.</source>
        <translation>Այս պահոցում «%1» լեզու չկա։</translation>
    </message>
    <message>
        <source>saving the newsroom&apos;s settings</source>
        <translation>խմբագրության կարգավորումների պահպանում</translation>
    </message>
    <message>
        <source>There is already a user &quot;%1&quot;; choose another name.</source>
        <translation>«%1» օգտատերն արդեն կա։ Ընտրեք այլ անուն։</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot; to change.</source>
        <translation>Փոխելու համար «%1» օգտատեր չկա։</translation>
    </message>
    <message>
        <source>The newsroom needs at least one active admin: make someone else an admin first.</source>
        <translation>Խմբագրությունը պետք է ունենա առնվազն մեկ ակտիվ ադմինիստրատոր՝ նախ ուրիշին դարձրեք ադմինիստրատոր։</translation>
    </message>
    <message>
        <source>adding the first user</source>
        <translation>առաջին օգտատիրոջ ավելացում</translation>
    </message>
    <message>
        <source>This newsroom already has users; only an admin may add one. Ask an admin to add you.</source>
        <translation>Այս խմբագրությունն արդեն ունի օգտատերեր։ Նորերին կարող է ավելացնել միայն ադմինիստրատորը։ Խնդրեք ադմինիստրատորին ավելացնել ձեզ։</translation>
    </message>
    <message>
        <source>resolving a comment on %1</source>
        <translation>%1 հոդվածի մեկնաբանության լուծում</translation>
    </message>
    <message>
        <source>Comment %1 was already resolved by %2.</source>
        <translation>№ %1 մեկնաբանությունն արդեն լուծել է %2 օգտատերը։</translation>
    </message>
    <message>
        <source>The site&apos;s address &quot;%1&quot; is not a web address: give a full address starting with https:// (or leave it empty).</source>
        <translation>Կայքի «%1» հասցեն վեբ հասցե չէ։ Նշեք https://-ով սկսվող ամբողջական հասցե (կամ թողեք դատարկ)։</translation>
    </message>
    <message>
        <source>The quote was said in %1: those are the expert&apos;s own words, not a translation.</source>
        <translation>Մեջբերումն ասվել է %1 լեզվով․ դրանք փորձագետի սեփական խոսքերն են, ոչ թե թարգմանություն։</translation>
    </message>
    <message>
        <source>Admins manage the newsroom; quotes are translated by translators, journalists and editors.</source>
        <translation>Ադմինիստրատորները կառավարում են խմբագրությունը, իսկ մեջբերումները թարգմանում են թարգմանիչները, լրագրողներն ու խմբագիրները։</translation>
    </message>
    <message>
        <source>The quote is also used in an article that is not a draft of %1&apos;s; ask its translator or an editor to translate it.</source>
        <translation>Մեջբերումն օգտագործված է նաև հոդվածում, որը %1-ի սևագիրը չէ․ խնդրեք դրա թարգմանչին կամ խմբագրին թարգմանել այն։</translation>
    </message>
    <message>
        <source>The quote is in the approved %1 text of &quot;%2&quot;; ask an editor to send it back (request changes on %1) before changing its words.</source>
        <translation>Մեջբերումը «%2» հոդվածի հաստատված %1 տեքստում է․ նախքան բառերը փոխելը խնդրեք խմբագրին այն վերադարձնել լրամշակման (%1)։</translation>
    </message>
    <message>
        <source>There is no quote %1 in the store; it may have been removed. Reload the article.</source>
        <translation>%1 մեջբերումը պահոցում չկա․ հնարավոր է՝ այն ջնջվել է։ Կրկին բացեք հոդվածը։</translation>
    </message>
    <message>
        <source>The translation of the quote is empty: type the expert&apos;s words in %1 (or copy the original to start from).</source>
        <translation>Մեջբերման թարգմանությունը դատարկ է․ մուտքագրեք փորձագետի խոսքերը %1 լեզվով (կամ պատճենեք բնագիրը՝ դրանից սկսելու համար)։</translation>
    </message>
    <message>
        <source>The translation of the quote is too long (%1 characters; at most %2). Shorten it; nothing was saved.</source>
        <translation>Մեջբերման թարգմանությունը չափազանց երկար է (%1 նիշ, առավելագույնը՝ %2)։ Կրճատեք այն․ ոչինչ չի պահպանվել։</translation>
    </message>
    <message>
        <source>Someone changed the %1 translation of this quote meanwhile. Nothing was saved; compare their words with yours (copy yours first), then save again.</source>
        <translation>Մինչ այդ ինչ-որ մեկը փոխել է այս մեջբերման %1 թարգմանությունը։ Ոչինչ չի պահպանվել․ համեմատեք նրանց տարբերակը ձերի հետ (նախ պատճենեք ձերը), ապա կրկին պահպանեք։</translation>
    </message>
    <message>
        <source>confirming the quote %1</source>
        <translation>%1 մեջբերման թարգմանության նշում որպես արդիական</translation>
    </message>
    <message>
        <source>The quote has no %1 translation to confirm yet; type one and save it.</source>
        <translation>Մեջբերումը դեռ չունի %1 թարգմանություն, որը հնարավոր լինի նշել որպես արդիական․ մուտքագրեք և պահպանեք այն։</translation>
    </message>
    <message>
        <source>looking for changes made elsewhere</source>
        <translation>այլ տեղում կատարված փոփոխությունների ստուգում</translation>
    </message>
    <message>
        <source>reading what changed elsewhere</source>
        <translation>այլ տեղում կատարված փոփոխությունների ընթերցում</translation>
    </message>
    <message>
        <source>noting what changed</source>
        <translation>փոփոխության գրանցում</translation>
    </message>
    <message>
        <source>%1 is a link that points to %2, which does not exist. Nothing was written; create that folder or export into another one.</source>
        <translation>%1-ը հղում է դեպի %2, որը գոյություն չունի։ Ոչինչ չի գրվել․ ստեղծեք այդ թղթապանակը կամ արտահանեք մեկ այլ թղթապանակ։</translation>
    </message>
    <message>
        <source>%1 is not a file (a pipe or a device?), so it cannot be a Byline store. Nothing was read from it; give the path of the store file.</source>
        <translation>%1-ը ֆայլ չէ (հավանաբար խողովակ կամ սարք), ուստի չի կարող Byline-ի պահոց լինել։ Դրանից ոչինչ չի կարդացվել․ նշեք պահոցի ֆայլի ուղին։</translation>
    </message>
    <message>
        <source>The article has %1 revisions, the most Byline counts. Nothing was saved; copy its text into a new article.</source>
        <translation>Հոդվածն ունի %1 տարբերակ՝ առավելագույնը, որ Byline-ը հաշվում է։ Ոչինչ չի պահպանվել․ տեքստը տեղափոխեք նոր հոդված։</translation>
    </message>
    <message>
        <source>The article %1 has been saved %2 times, the most Byline counts. Nothing was saved; copy its text into a new article.</source>
        <translation>%1 հոդվածը պահպանվել է %2 անգամ՝ առավելագույնը, որ Byline-ը հաշվում է։ Ոչինչ չի պահպանվել․ տեքստը տեղափոխեք նոր հոդված։</translation>
    </message>
    <message>
        <source>The article has %1 comments, the most Byline counts; the comment was not added.</source>
        <translation>Հոդվածն ունի %1 մեկնաբանություն՝ առավելագույնը, որ Byline-ը հաշվում է․ մեկնաբանությունը չի ավելացվել։</translation>
    </message>
    <message>
        <source>%1 is empty: there is no Byline store in it. Create one with &quot;byline-cli init&quot;, or give another path with --db.</source>
        <translation>%1-ը դատարկ է․ դրանում Byline-ի պահոց չկա։ Ստեղծեք այն «byline-cli init» հրամանով կամ --db-ով նշեք այլ ուղի։</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>ևս %n</numerusform>
            <numerusform>ևս %n</numerusform>
        </translation>
    </message>
    <message>
        <source>This newsroom has users, so an import acts as one of them: say who is importing (an editor or an admin for published text, an admin for users and settings). Nothing was imported.</source>
        <translation>Այս խմբագրությունն օգտատերեր ունի, ուստի ներմուծումը կատարվում է նրանցից մեկի անունից․ նշեք, թե ով է ներմուծում (խմբագիր կամ ադմին՝ հրապարակված տեքստի համար, ադմին՝ օգտատերերի և կարգավորումների համար)։ Ոչինչ չներմուծվեց։</translation>
    </message>
    <message>
        <source>%1 is no longer active in this newsroom; nothing was imported.</source>
        <translation>%1-ն այլևս ակտիվ չէ այս խմբագրությունում․ ոչինչ չներմուծվեց։</translation>
    </message>
    <message>
        <source>Importing %1 needs an admin: it changes %2, and %3 is not an admin. Ask an admin to import it; nothing was imported.</source>
        <translation>%1-ի ներմուծման համար ադմին է պետք․ այն փոխում է %2, իսկ %3-ն ադմին չէ։ Խնդրեք ադմինին ներմուծել այն․ ոչինչ չներմուծվեց։</translation>
    </message>
    <message>
        <source>Importing %1 needs an editor or an admin: it changes %2. Ask an editor to import it; nothing was imported.</source>
        <translation>%1-ի ներմուծման համար խմբագիր կամ ադմին է պետք․ այն փոխում է %2։ Խնդրեք խմբագրին ներմուծել այն․ ոչինչ չներմուծվեց։</translation>
    </message>
    <message>
        <source>the newsroom&apos;s sections or languages (%1)</source>
        <translation>խմբագրության բաժինները կամ լեզուները (%1)</translation>
    </message>
    <message>
        <source>the newsroom&apos;s settings (%1)</source>
        <translation>խմբագրության կարգավորումները (%1)</translation>
    </message>
    <message>
        <source>the newsroom&apos;s people (%1)</source>
        <translation>խմբագրության աշխատակիցներին (%1)</translation>
    </message>
    <message>
        <source>Importing %1 would leave the newsroom without an active admin (%2); nothing was imported. Keep an admin active in the file.</source>
        <translation>%1-ի ներմուծումը խմբագրությունը կթողներ առանց ակտիվ ադմինի (%2)․ ոչինչ չներմուծվեց։ Ֆայլում թողեք գոնե մեկ ակտիվ ադմին։</translation>
    </message>
    <message>
        <source>the quotes (%1 is new)</source>
        <translation>մեջբերումները (%1-ը նոր է)</translation>
    </message>
    <message>
        <source>experts or quotes already in the newsroom (%1)</source>
        <translation>խմբագրությունում արդեն եղած փորձագետներին կամ մեջբերումները (%1)</translation>
    </message>
    <message>
        <source>Importing %1: %2 %3 Nothing was imported.</source>
        <translation>%1-ի ներմուծում․ %2 %3 Ոչինչ չներմուծվեց։</translation>
    </message>
    <message>
        <source>the workflow history of %1</source>
        <translation>%1-ի աշխատանքային ընթացքի պատմությունը</translation>
    </message>
    <message>
        <source>comments on %1 in other people&apos;s names</source>
        <translation>%1-ի մեկնաբանություններն ուրիշների անունից</translation>
    </message>
    <message>
        <source>a new article (%1)</source>
        <translation>նոր հոդված (%1)</translation>
    </message>
    <message>
        <source>is a new article of which %1 is not an author; journalists import their own drafts.</source>
        <translation>նոր հոդված է, որի հեղինակը %1-ը չէ․ լրագրողները ներմուծում են միայն իրենց սևագրերը։</translation>
    </message>
    <message>
        <source>the workflow state of %1</source>
        <translation>%1 հոդվածի կարգավիճակն աշխատանքային ընթացքում</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>ներմուծված է %1-ից</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged and %4 kept articles; %5 quotes, %6 experts, %7 users, %8 sections, %9 locales in the file</source>
        <translation>հոդվածներ՝ նոր %1, թարմացված %2, անփոփոխ %3, պահպանված %4․ ֆայլում՝ մեջբերում %5, փորձագետ %6, օգտատեր %7, բաժին %8, լեզու %9</translation>
    </message>
    <message>
        <source>a Byline document</source>
        <translation>Byline փաստաթուղթ</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>ստանդարտ մուտք</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is given twice in one object</source>
        <translation>«%1» բանալին նույն օբյեկտում երկու անգամ է տրված</translation>
    </message>
    <message>
        <source>Byline&apos;s defaults</source>
        <translation>Byline-ի լռելյայն կարգավորումները</translation>
    </message>
    <message>
        <source>the sample newsroom</source>
        <translation>օրինակելի խմբագրությունը</translation>
    </message>
    <message>
        <source>The text of %1 says it is version %2, but the store holds version %3: it was not loaded from this store. Nothing was saved; start from what &quot;byline-cli show %1 --json&quot; prints.</source>
        <translation>%1-ի տեքստը պնդում է, որ տարբերակ %2 է, բայց պահոցում տարբերակ %3 է․ այն այս պահոցից չի բեռնվել։ Ոչինչ չպահպանվեց․ սկսեք նրանից, ինչ տպում է «byline-cli show %1 --json»-ը։</translation>
    </message>
    <message>
        <source>recording the change in the newsroom&apos;s audit trail</source>
        <translation>փոփոխության գրանցումը խմբագրության աուդիտի մատյանում</translation>
    </message>
    <message>
        <source>reading the newsroom&apos;s audit trail</source>
        <translation>խմբագրության աուդիտի մատյանի ընթերցումը</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(չկա)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>, inactive</source>
        <translation>, ոչ ակտիվ</translation>
    </message>
    <message>
        <source>role %1 → %2</source>
        <translation>դեր %1 → %2</translation>
    </message>
    <message>
        <source>made active</source>
        <translation>դարձվեց ակտիվ</translation>
    </message>
    <message>
        <source>made inactive</source>
        <translation>դարձվեց ոչ ակտիվ</translation>
    </message>
    <message>
        <source>locales %1 → %2</source>
        <translation>լեզուներ %1 → %2</translation>
    </message>
    <message>
        <source>display name %1 → %2</source>
        <translation>ցուցադրվող անուն %1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ավելացվեց</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>փոխվեց</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so the backup did not fit. %2 was not changed; make room or choose another folder.</source>
        <translation>%1-ը պարունակող սկավառակը լցված է, և պահուստային պատճենը չտեղավորվեց։ %2-ը չի փոփոխվել։ Ազատեք տեղ կամ ընտրեք այլ թղթապանակ։</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1 (no permission, or it is read-only). Nothing was written; choose a folder you may write to.</source>
        <translation>Հնարավոր չէ գրել %1 թղթապանակում (թույլտվություն չկա, կամ այն միայն կարդալու համար է)։ Ոչինչ չի գրվել։ Ընտրեք թղթապանակ, որտեղ կարող եք գրել։</translation>
    </message>
    <message>
        <source>The backup was cancelled; %1 was not changed.</source>
        <translation>Պահուստային պատճենումը չեղարկվեց։ %1-ը չի փոփոխվել։</translation>
    </message>
    <message>
        <source>The store stayed locked by another program, so the backup could not be taken. %1 was not changed; try again in a moment.</source>
        <translation>Պահոցը մնաց կողպված մեկ այլ ծրագրի կողմից, ուստի պահուստային պատճենը հնարավոր չեղավ ստանալ։ %1-ը չի փոփոխվել։ Փորձեք մի փոքր ուշ։</translation>
    </message>
    <message>
        <source>Writing the backup in %1 failed (%2). %3 was not changed; check the disk and try again.</source>
        <translation>Պահուստային պատճենը %1-ում գրել չհաջողվեց (%2)։ %3-ը չի փոփոխվել։ Ստուգեք սկավառակը և կրկին փորձեք։</translation>
    </message>
    <message>
        <source>%1 is the store itself; a backup must be another file, best on another disk.</source>
        <translation>%1-ը հենց պահոցն է։ Պահուստային պատճենը պետք է լինի այլ ֆայլ, ավելի լավ է՝ այլ սկավառակի վրա։</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the backup file in it (for example %2).</source>
        <translation>%1-ը թղթապանակ է։ Նշեք դրանում պահուստային պատճենի ֆայլի անունը (օրինակ՝ %2)։</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a pipe or a device?); give the name of a file for the backup.</source>
        <translation>%1-ը սովորական ֆայլ չէ (խողովա՞կ կամ սարք)։ Նշեք ֆայլի անուն պահուստային պատճենի համար։</translation>
    </message>
    <message>
        <source>%1 is not a folder, so the backup cannot be written in it. Choose a folder for the backup.</source>
        <translation>%1-ը թղթապանակ չէ, ուստի պահուստային պատճենը դրանում գրել հնարավոր չէ։ Ընտրեք թղթապանակ պահուստային պատճենի համար։</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it, or choose another place for the backup.</source>
        <translation>%1 թղթապանակը գոյություն չունի։ Ստեղծեք այն կամ ընտրեք այլ տեղ պահուստային պատճենի համար։</translation>
    </message>
    <message>
        <source>Give the name of the backup file.</source>
        <translation>Նշեք պահուստային պատճենի ֆայլի անունը։</translation>
    </message>
    <message>
        <source>This Qt&apos;s SQLite driver does not give access to SQLite, so no backup can be taken. Install the package libqt6sql6-sqlite.</source>
        <translation>Qt-ի այս SQLite դրայվերը SQLite-ին հասանելիություն չի տալիս, ուստի պահուստային պատճեն ստանալ հնարավոր չէ։ Տեղադրեք libqt6sql6-sqlite փաթեթը։</translation>
    </message>
    <message>
        <source>A backup cannot be taken in the middle of a change to the store. %1 was not changed; try again once the change is saved.</source>
        <translation>Պահուստային պատճենը հնարավոր չէ ստանալ պահոցի փոփոխության ընթացքում։ %1-ը չի փոխվել․ փորձեք կրկին, երբ փոփոխությունը պահպանվի։</translation>
    </message>
    <message>
        <source>There is not enough room in %1 for the backup: it needs %2 MB and %3 MB are free. %4 was not changed; make room or choose another folder.</source>
        <translation>%1-ում բավարար տեղ չկա պահուստային պատճենի համար․ անհրաժեշտ է %2&#xa0;ՄԲ, ազատ է %3&#xa0;ՄԲ։ %4-ը չի փոփոխվել։ Ազատեք տեղ կամ ընտրեք այլ թղթապանակ։</translation>
    </message>
    <message>
        <source>The copy of the store did not pass its check, so %1 was not changed. Run &quot;byline-cli check&quot; on the store.</source>
        <translation>Պահոցի պատճենը ստուգումը չանցավ, ուստի %1-ը չի փոփոխվել։ Պահոցի համար գործարկեք «byline-cli check»։</translation>
    </message>
    <message>
        <source>Cannot prepare the backup %1 for this Byline beside the store (%2). Nothing was changed; check the room on the disk and the folder&apos;s permissions.</source>
        <translation>Հնարավոր չէ պահոցի կողքին պատրաստել %1 պահուստային պատճենը Byline-ի այս տարբերակի համար (%2)։ Ոչինչ չի փոփոխվել։ Ստուգեք սկավառակի ազատ տեղը և թղթապանակի թույլտվությունները։</translation>
    </message>
    <message>
        <source>The backup %1 (schema %2) could not be brought up to this Byline&apos;s schema %3: %4 Nothing was changed.</source>
        <translation>%1 պահուստային պատճենը (սխեմա %2) հնարավոր չեղավ թարմացնել Byline-ի այս տարբերակի %3 սխեմային․ %4 Ոչինչ չի փոփոխվել։</translation>
    </message>
    <message>
        <source>Give the backup file to restore.</source>
        <translation>Նշեք վերականգնվող պահուստային պատճենի ֆայլը։</translation>
    </message>
    <message>
        <source>%1 is the store itself; give a backup file to restore from.</source>
        <translation>%1-ը հենց պահոցն է։ Նշեք պահուստային պատճենի ֆայլը, որից պետք է վերականգնել։</translation>
    </message>
    <message>
        <source>The store %1 cannot be written (it or its folder is read-only), so nothing can be restored into it. Nothing was changed; check its permissions.</source>
        <translation>%1 պահոցում հնարավոր չէ գրել (այն կամ դրա թղթապանակը միայն կարդալու համար է), ուստի դրանում ոչինչ վերականգնել հնարավոր չէ։ Ոչինչ չի փոփոխվել։ Ստուգեք թույլտվությունները։</translation>
    </message>
    <message>
        <source>The backup %1 uses pages of %2 bytes and the store %3 bytes, so it cannot be copied into the open store. Nothing was changed.</source>
        <translation>%1 պահուստային պատճենի էջերը %2&#xa0;բայթ են, իսկ պահոցինը՝ %3&#xa0;բայթ, ուստի այն հնարավոր չէ պատճենել բաց պահոցի մեջ։ Ոչինչ չի փոփոխվել։</translation>
    </message>
    <message>
        <source>Nothing was restored, because a copy of the store as it is could not be kept first: %1</source>
        <translation>Ոչինչ չի վերականգնվել, քանի որ նախ հնարավոր չեղավ պահել պահոցի ներկա վիճակի պատճենը․ %1</translation>
    </message>
    <message>
        <source>Cannot read the backup %1 (%2). Nothing was changed.</source>
        <translation>Հնարավոր չէ կարդալ %1 պահուստային պատճենը (%2)։ Ոչինչ չի փոփոխվել։</translation>
    </message>
    <message>
        <source>The store is as it was.</source>
        <translation>Պահոցը մնացել է նախկինի պես։</translation>
    </message>
    <message>
        <source>The restore was cancelled. %1</source>
        <translation>Վերականգնումը չեղարկվեց։ %1</translation>
    </message>
    <message>
        <source>Another program kept writing the store %1 (waited %2 s), so the backup was not restored. %3 Try again when it has finished.</source>
        <translation>Մեկ այլ ծրագիր շարունակում էր գրել %1 պահոցում (սպասվեց %2&#xa0;վ), ուստի պահուստային պատճենը չվերականգնվեց։ %3 Կրկին փորձեք, երբ այն ավարտի։</translation>
    </message>
    <message>
        <source>The disk holding the store %1 is full, so the backup was not restored. %2 Make room and try again.</source>
        <translation>%1 պահոցը պարունակող սկավառակը լցված է, ուստի պահուստային պատճենը չվերականգնվեց։ %2 Ազատեք տեղ և կրկին փորձեք։</translation>
    </message>
    <message>
        <source>Restoring %1 into the store %2 failed (%3). %4</source>
        <translation>%1-ը %2 պահոցում վերականգնել չհաջողվեց (%3)։ %4</translation>
    </message>
    <message>
        <source>%1 is damaged (%2), so it cannot be used as a backup. Nothing was changed; use another backup.</source>
        <translation>%1-ը վնասված է (%2), ուստի այն հնարավոր չէ օգտագործել որպես պահուստային պատճեն։ Ոչինչ չի փոփոխվել։ Օգտագործեք այլ պահուստային պատճեն։</translation>
    </message>
    <message>
        <source>%1 is not a Byline backup (%2). Nothing was changed; give a file made by &quot;byline-cli backup&quot; or by the desk&apos;s daily backup.</source>
        <translation>%1-ը Byline-ի պահուստային պատճեն չէ (%2)։ Ոչինչ չի փոփոխվել։ Նշեք «byline-cli backup» հրամանով կամ Byline-ի ամենօրյա պահուստավորմամբ ստեղծված ֆայլ։</translation>
    </message>
    <message>
        <source>There is no file %1. Nothing was changed; check the name of the backup.</source>
        <translation>%1 ֆայլը գոյություն չունի։ Ոչինչ չի փոփոխվել։ Ստուգեք պահուստային պատճենի անունը։</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>այն ֆայլ չէ</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>այն SQLite տվյալների բազա չէ</translation>
    </message>
    <message>
        <source>the file is shorter than the database it should hold; was it cut off while copying?</source>
        <translation>ֆայլն ավելի կարճ է, քան դրանում պահվող տվյալների բազան․ գուցե այն կտրվե՞լ է պատճենելիս</translation>
    </message>
    <message>
        <source>it is another program&apos;s SQLite database</source>
        <translation>այն մեկ այլ ծրագրի SQLite տվյալների բազա է</translation>
    </message>
    <message>
        <source>it holds no store</source>
        <translation>դրանում պահոց չկա</translation>
    </message>
    <message>
        <source>%1 was made by a newer Byline (schema %2; this program knows up to %3). Nothing was changed; update Byline to restore it.</source>
        <translation>%1-ը ստեղծվել է Byline-ի ավելի նոր տարբերակով (սխեմա %2, այս ծրագիրը գիտի մինչև %3)։ Ոչինչ չի փոփոխվել։ Այն վերականգնելու համար թարմացրեք Byline-ը։</translation>
    </message>
    <message>
        <source>rows refer to missing rows</source>
        <translation>տողերը հղում են բացակայող տողերի</translation>
    </message>
    <message>
        <source>Cannot delete the old backup %1 (%2); delete it by hand or keep more backups.</source>
        <translation>Հնարավոր չէ ջնջել %1 հին պահուստային պատճենը (%2)։ Ջնջեք այն ձեռքով կամ պահեք ավելի շատ պատճեններ։</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was changed; make room on it or choose another place, and try again.</source>
        <translation>%1-ը պարունակող սկավառակը լցված է։ Ոչինչ չփոխվեց․ տեղ ազատեք դրա վրա կամ ընտրեք այլ տեղ և նորից փորձեք։</translation>
    </message>
    <message>
        <source>Byline may not write in %1 (permission denied). Nothing was changed; check its permissions or choose another place.</source>
        <translation>Byline-ը չի կարող գրել %1-ում (թույլտվությունը մերժված է)։ Ոչինչ չփոխվեց․ ստուգեք թույլտվությունները կամ ընտրեք այլ տեղ։</translation>
    </message>
    <message>
        <source>%1 is on a read-only disk. Nothing was changed; choose another place.</source>
        <translation>%1-ը միայն կարդալու համար նախատեսված սկավառակի վրա է։ Ոչինչ չփոխվեց․ ընտրեք այլ տեղ։</translation>
    </message>
    <message>
        <source>Cannot name the backup %1 taken before upgrading the store. Nothing was upgraded; check the folder&apos;s permissions.</source>
        <translation>Չհաջողվեց անվանել պահուստային պատճենը %1, որն արվել էր պահոցը թարմացնելուց առաջ։ Ոչինչ չթարմացվեց․ ստուգեք թղթապանակի թույլտվությունները։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; falls outside the years 1 to 9999, which is all Byline can keep. Give a time within them.</source>
        <translation>«%1» ժամանակը դուրս է 1-ից 9999 թվականների սահմաններից, իսկ Byline-ը միայն դրանք կարող է պահել։ Նշեք այդ սահմաններում գտնվող ժամանակ։</translation>
    </message>
    <message>
        <source>A newsroom on a server is backed up on the server, with pg_dump (see the README, &quot;A shared newsroom&quot;); Byline cannot copy it into %1.</source>
        <translation>Սերվերի վրա գտնվող խմբագրության պահուստային պատճենն արվում է հենց սերվերում՝ pg_dump-ով (տե՛ս README, «A shared newsroom»)։ Byline-ը չի կարող այն պատճենել %1-ի մեջ։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address Byline can use: %2. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>«%1»-ը սերվերի հասցե չէ, որով Byline-ը կարող է աշխատել․ %2։ Գրեք այն այսպես՝ postgresql://ՕԳՏԱՏԵՐ@ՀՈՍՏ:ՊՈՐՏ/ՏՎՅԱԼՆԵՐԻ_ԲԱԶԱ։</translation>
    </message>
    <message>
        <source>it does not start with postgresql://</source>
        <translation>այն չի սկսվում postgresql://-ով</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>պորտը պետք է լինի 1-ից 65535 թիվ</translation>
    </message>
    <message>
        <source>the database name cannot hold &quot;/&quot;</source>
        <translation>տվյալների բազայի անունը չի կարող «/» պարունակել</translation>
    </message>
    <message>
        <source>sslmode must be one of disable, allow, prefer, require, verify-ca, verify-full</source>
        <translation>sslmode-ը պետք է լինի հետևյալներից մեկը՝ disable, allow, prefer, require, verify-ca, verify-full</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; is not one Byline knows (host, port, user, dbname, sslmode)</source>
        <translation>«%1» պարամետրը Byline-ին անծանոթ է (host, port, user, dbname, sslmode)</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is missing, so Byline cannot reach a newsroom server. Install the package libqt6sql6-psql.</source>
        <translation>Qt-ի PostgreSQL դրայվերը տեղադրված չէ, ուստի Byline-ը չի կարող միանալ խմբագրության սերվերին։ Տեղադրեք libqt6sql6-psql փաթեթը։</translation>
    </message>
    <message>
        <source>connecting to the newsroom server</source>
        <translation>խմբագրության սերվերին միանալիս</translation>
    </message>
    <message>
        <source>The newsroom at %1 was set up by a newer Byline (schema %2; this program knows up to %3). Nothing was changed; update Byline on this computer.</source>
        <translation>%1-ի խմբագրությունը ստեղծվել է Byline-ի ավելի նոր տարբերակով (սխեմա %2․ այս ծրագիրը գիտի մինչև %3)։ Ոչինչ չփոխվեց․ թարմացրեք Byline-ն այս համակարգչում։</translation>
    </message>
    <message>
        <source>The database at %1 holds no Byline newsroom yet. Set it up with &quot;byline-cli server setup %1&quot;.</source>
        <translation>%1 տվյալների բազայում դեռ Byline խմբագրություն չկա։ Ստեղծեք այն «byline-cli server setup %1» հրամանով։</translation>
    </message>
    <message>
        <source>The newsroom at %1 needs upgrading from schema %2 to %3. Ask whoever runs the server to run &quot;byline-cli server setup %1&quot;.</source>
        <translation>%1-ի խմբագրությունը պետք է թարմացվի %2 սխեմայից %3-ի։ Խնդրեք սերվերը սպասարկողին գործարկել «byline-cli server setup %1»։</translation>
    </message>
    <message>
        <source>The server at %1 runs PostgreSQL %2, which is too old for Byline. Nothing was changed; use PostgreSQL 13 or newer.</source>
        <translation>%1 սերվերում աշխատում է PostgreSQL %2, որը շատ հին է Byline-ի համար։ Ոչինչ չփոխվեց․ օգտագործեք PostgreSQL 13 կամ ավելի նոր։</translation>
    </message>
    <message>
        <source>The database at %1 stores text as %2, which cannot hold Russian and Armenian together. Nothing was changed; create the database with ENCODING &apos;UTF8&apos;.</source>
        <translation>%1 տվյալների բազան տեքստը պահում է %2 կոդավորմամբ, որում ռուսերենն ու հայերենը միասին չեն տեղավորվում։ Ոչինչ չփոխվեց․ ստեղծեք բազան ENCODING &apos;UTF8&apos;-ով։</translation>
    </message>
    <message>
        <source>The database at %1 holds tables of another program, not a Byline newsroom. Nothing was changed; give the address of the newsroom&apos;s own database.</source>
        <translation>%1 տվյալների բազայում այլ ծրագրի աղյուսակներ են, ոչ թե Byline խմբագրություն։ Ոչինչ չփոխվեց․ նշեք հենց խմբագրության բազայի հասցեն։</translation>
    </message>
    <message>
        <source>The database at %1 is not a Byline newsroom. Nothing was changed; give the address of the newsroom&apos;s own database.</source>
        <translation>%1 տվյալների բազան Byline խմբագրություն չէ։ Ոչինչ չփոխվեց․ նշեք հենց խմբագրության բազայի հասցեն։</translation>
    </message>
    <message>
        <source>The server at %1 did not accept the login (wrong user name or password?). Nothing was changed; check them and connect again.</source>
        <translation>%1 սերվերը չընդունեց մուտքը (սխա՞լ օգտանուն կամ գաղտնաբառ)։ Ոչինչ չփոխվեց․ ստուգեք դրանք և նորից միացեք։</translation>
    </message>
    <message>
        <source>There is no database at %1. Check its name, or create it and run &quot;byline-cli server setup&quot;.</source>
        <translation>%1 հասցեում տվյալների բազա չկա։ Ստուգեք անունը կամ ստեղծեք այն և գործարկեք «byline-cli server setup»։</translation>
    </message>
    <message>
        <source>The newsroom server at %1 cannot be reached (while %2). Check the address and the network; nothing was lost.</source>
        <translation>%1 խմբագրության սերվերը հասանելի չէ (%2)։ Ստուգեք հասցեն և ցանցը․ ոչինչ չի կորել։</translation>
    </message>
    <message>
        <source>The server refused this (while %1): your login %2 may not do it. Ask an editor or an admin.</source>
        <translation>Սերվերը մերժեց (%1)․ ձեր %2 մուտքին դա թույլատրված չէ։ Դիմեք խմբագրին կամ ադմինին։</translation>
    </message>
    <message>
        <source>Another desk is changing the same thing at %1 (waited %2 s while %3). Try again in a moment.</source>
        <translation>Մեկ այլ աշխատատեղ փոխում է նույն բանը %1-ում (սպասել ենք %2&#xa0;վայրկյան, գործողությունը՝ %3)։ Փորձեք մի փոքր ուշ։</translation>
    </message>
    <message>
        <source>The newsroom server&apos;s disk is full (while %1). Nothing was lost; ask whoever runs the server to make room, then try again.</source>
        <translation>Խմբագրության սերվերի սկավառակը լիքն է (%1)։ Ոչինչ չի կորել․ խնդրեք սերվերը սպասարկողին տեղ ազատել, ապա նորից փորձեք։</translation>
    </message>
    <message>
        <source>The newsroom server at %1 takes no changes now (a read-only standby?) while %2. Nothing was changed.</source>
        <translation>%1 խմբագրության սերվերն այժմ փոփոխություններ չի ընդունում (%2)։ Միայն ընթերցման պահուստային սերվե՞ր է։ Ոչինչ չփոխվեց։</translation>
    </message>
    <message>
        <source>The newsroom server at %1 reported an error while %2.</source>
        <translation>%1 խմբագրության սերվերը սխալ հաղորդեց․ %2։</translation>
    </message>
    <message>
        <source>setting up the newsroom&apos;s rights on the server</source>
        <translation>սերվերի վրա խմբագրության իրավունքների կարգավորում</translation>
    </message>
    <message>
        <source>%1 is a file, not a newsroom server: rights on a file are its permissions.</source>
        <translation>%1-ը ֆայլ է, ոչ թե խմբագրության սերվեր․ ֆայլի իրավունքները նրա թույլտվություններն են։</translation>
    </message>
    <message>
        <source>The server&apos;s rights (rights.sql) are missing from this build.</source>
        <translation>Այս կառուցման մեջ սերվերի իրավունքները (rights.sql) բացակայում են։</translation>
    </message>
    <message>
        <source>looking at the newsroom&apos;s rights on the server</source>
        <translation>սերվերի վրա խմբագրության իրավունքների ստուգում</translation>
    </message>
    <message>
        <source>looking for the login %1 on the server</source>
        <translation>սերվերի վրա %1 մուտքանվան որոնում</translation>
    </message>
    <message>
        <source>giving %1 a login on the server</source>
        <translation>սերվերի վրա %1-ի համար մուտքանվան ստեղծում</translation>
    </message>
    <message>
        <source>%1 needs a password to log in to the newsroom server; nothing was changed.</source>
        <translation>%1-ին խմբագրության սերվեր մուտք գործելու համար գաղտնաբառ է պետք․ ոչինչ չի փոխվել։</translation>
    </message>
    <message>
        <source>updating the login of %1 on the server</source>
        <translation>սերվերի վրա %1-ի մուտքանվան թարմացում</translation>
    </message>
    <message>
        <source>The server at %1 no longer lets %2 log in: the newsroom&apos;s admin made this person inactive. Nothing was changed; ask an admin to make you active again.</source>
        <translation>%1 սերվերն այլևս թույլ չի տալիս %2-ին մուտք գործել․ խմբագրության ադմինն այս աշխատակցին ոչ ակտիվ է դարձրել։ Ոչինչ չի փոխվել․ խնդրեք ադմինին կրկին ակտիվ դարձնել ձեզ։</translation>
    </message>
    <message>
        <source>The login %2 is not one of the newsroom&apos;s people at %1. Nothing was changed; ask the newsroom&apos;s admin to add you (byline-cli users add), then connect with the login and password they give you.</source>
        <translation>%2 մուտքանունը %1-ի խմբագրության աշխատակիցներից չէ։ Ոչինչ չի փոխվել․ խնդրեք խմբագրության ադմինին ավելացնել ձեզ (byline-cli users add), ապա միացեք նրա տված մուտքանվամբ և գաղտնաբառով։</translation>
    </message>
    <message>
        <source>Byline cannot connect to the newsroom server again in the middle of a change; it tries again once the change has ended.</source>
        <translation>Byline-ը չի կարող կրկին միանալ խմբագրության սերվերին փոփոխության ընթացքում․ նոր փորձ կարվի, երբ փոփոխությունն ավարտվի։</translation>
    </message>
    <message>
        <source>connecting to the newsroom server again</source>
        <translation>խմբագրության սերվերին կրկին միանալիս</translation>
    </message>
    <message>
        <source>The newsroom server at %1 now signs this desk in as %2 instead of %3. Nothing was saved; open the newsroom again.</source>
        <translation>%1 խմբագրության սերվերն այժմ այս սեղանը մուտք է թողնում որպես %2՝ %3-ի փոխարեն։ Ոչինչ չպահվեց․ կրկին բացեք խմբագրությունը։</translation>
    </message>
    <message>
        <source>a new password for the login %1</source>
        <translation>նոր գաղտնաբառ %1 մուտքանվան համար</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>%1-ի ընթերցում</translation>
    </message>
    <message>
        <source>listing the tables of %1</source>
        <translation>%1-ի աղյուսակների թվարկում</translation>
    </message>
    <message>
        <source>%1 holds a table this Byline does not know (%2), so it cannot copy the store whole. Nothing was copied; use the Byline that made the store.</source>
        <translation>%1-ում կա աղյուսակ, որը Byline-ի այս տարբերակը չգիտի (%2), ուստի չի կարող պահոցն ամբողջությամբ պատճենել։ Ոչինչ չի պատճենվել։ Օգտագործեք այն Byline-ը, որը ստեղծել է պահոցը։</translation>
    </message>
    <message>
        <source>Copying the newsroom at %1 takes a PostgreSQL superuser or the database&apos;s owner; %2 does not see all of it. Nothing was copied.</source>
        <translation>%1-ի խմբագրության պատճենման համար անհրաժեշտ է PostgreSQL-ի գերօգտատեր կամ տվյալների բազայի տերը․ %2-ն ամեն ինչ չի տեսնում։ Ոչինչ չի պատճենվել։</translation>
    </message>
    <message>
        <source>%1 already holds a newsroom: a copy goes into a new file or an empty database, never over a newsroom. Nothing was written.</source>
        <translation>%1-ում արդեն խմբագրություն կա։ Պատճենը գրվում է միայն նոր ֆայլում կամ դատարկ տվյալների բազայում, երբեք խմբագրության վրայից։ Ոչինչ չի գրվել։</translation>
    </message>
    <message>
        <source>%1 already exists: a copy goes into a new file, never over another. Nothing was written.</source>
        <translation>%1-ն արդեն գոյություն ունի։ Պատճենը գրվում է միայն նոր ֆայլում, երբեք ուրիշի վրայից։ Ոչինչ չի գրվել։</translation>
    </message>
    <message>
        <source>looking into %1</source>
        <translation>%1-ի զննում</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the new store file in it (for example %1/byline.sqlite).</source>
        <translation>%1-ը թղթապանակ է։ Նշեք դրանում նոր պահոցի ֆայլի անունը (օրինակ՝ %1/byline.sqlite)։</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a pipe or a device?); give the name of a new store file.</source>
        <translation>%1-ը սովորական ֆայլ չէ (խողովակ կամ սարք)։ Նշեք նոր պահոցի ֆայլի անունը։</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it, or choose another place for the copy. Nothing was written.</source>
        <translation>%1 թղթապանակը գոյություն չունի։ Ստեղծեք այն կամ ընտրեք այլ տեղ պատճենի համար։ Ոչինչ չի գրվել։</translation>
    </message>
    <message>
        <source>Cannot give the copy its name %1 (%2). Nothing was written.</source>
        <translation>Հնարավոր չէ պատճենին տալ %1 անունը (%2)։ Ոչինչ չի գրվել։</translation>
    </message>
    <message>
        <source>copying %1</source>
        <translation>%1-ի պատճենում</translation>
    </message>
    <message>
        <source>copying the newsroom</source>
        <translation>խմբագրության պատճենում</translation>
    </message>
    <message>
        <source>The source holds rows that break the store&apos;s own rules; &quot;byline-cli check&quot; on it says which.</source>
        <translation>Աղբյուր պահոցում կան տողեր, որոնք խախտում են պահոցի սեփական կանոնները։ Դրա վրա «byline-cli check» հրամանը ցույց կտա, թե որոնք։</translation>
    </message>
    <message>
        <source>Nothing of the copy was kept in %1.</source>
        <translation>%1-ում պատճենից ոչինչ չի պահպանվել։</translation>
    </message>
    <message>
        <source>Name the store to copy and the new one.</source>
        <translation>Նշեք, թե որ պահոցն է պատճենվում և ուր։</translation>
    </message>
    <message>
        <source>Cannot write the copy to the disk holding %1. Nothing was written; check the disk and try again.</source>
        <translation>Հնարավոր չէ պատճենը գրել այն սկավառակին, որտեղ գտնվում է %1-ը։ Ոչինչ չի գրվել։ Ստուգեք սկավառակը և նորից փորձեք։</translation>
    </message>
    <message>
        <source>The table %1 of %2 does not have the columns this Byline writes in %3, so it cannot be copied. Nothing was copied.</source>
        <translation>%2-ի %1 աղյուսակն այն սյունակները չունի, որոնք Byline-ի այս տարբերակը գրում է %3-ում, ուստի այն հնարավոր չէ պատճենել։ Ոչինչ չի պատճենվել։</translation>
    </message>
    <message>
        <source>The table %1 has no column %2.</source>
        <translation>%1 աղյուսակում %2 սյունակ չկա։</translation>
    </message>
    <message>
        <source>noting that you have %1 open</source>
        <translation>%1 հոդվածը ձեզ մոտ բաց լինելը նշելիս</translation>
    </message>
    <message>
        <source>There is no person %1.</source>
        <translation>%1 աշխատակից չկա։</translation>
    </message>
    <message>
        <source>noting that you closed %1</source>
        <translation>%1 հոդվածը փակելը նշելիս</translation>
    </message>
    <message>
        <source>noting that you closed your articles</source>
        <translation>ձեր հոդվածները փակելը նշելիս</translation>
    </message>
    <message>
        <source>reading who has which article open</source>
        <translation>կարդալիս, թե ում մոտ որ հոդվածն է բաց</translation>
    </message>
    <message>
        <source>tidying up who has which article open</source>
        <translation>բաց հոդվածների ցանկը մաքրելիս</translation>
    </message>
    <message>
        <source>reading who saved the article %1</source>
        <translation>կարդալիս, թե ով է պահպանել %1 հոդվածը</translation>
    </message>
    <message>
        <source>telling people what happened</source>
        <translation>աշխատակիցներին տեղեկացնելիս</translation>
    </message>
    <message>
        <source>reading the inbox of %1</source>
        <translation>%1-ի մուտքային արկղը կարդալիս</translation>
    </message>
    <message>
        <source>counting the unread inbox of %1</source>
        <translation>%1-ի չկարդացվածները հաշվելիս</translation>
    </message>
    <message>
        <source>marking an inbox entry read</source>
        <translation>մուտքային գրառումը կարդացված նշելիս</translation>
    </message>
    <message>
        <source>%1 has no inbox entry %2; &quot;byline-cli inbox&quot; lists them.</source>
        <translation>%1-ը չունի %2 մուտքային գրառում․ ցանկը տալիս է «byline-cli inbox»-ը։</translation>
    </message>
    <message>
        <source>marking the inbox read</source>
        <translation>մուտքային արկղը կարդացված նշելիս</translation>
    </message>
    <message>
        <source>publishing %1</source>
        <translation>%1-ը հրապարակելիս</translation>
    </message>
    <message>
        <source>The site icon is not a PNG image. Choose a square PNG of %1 to %2 pixels.</source>
        <translation>Կայքի պատկերակը PNG պատկեր չէ։ Ընտրեք քառակուսի PNG՝ %1-ից %2&#xa0;պիքսել չափով։</translation>
    </message>
    <message>
        <source>The site icon is %1 × %2 pixels; it must be square, from %3 to %4 pixels a side (180 × 180 suits phones too).</source>
        <translation>Կայքի պատկերակը %1&#xa0;×&#xa0;%2&#xa0;պիքսել է, իսկ այն պետք է քառակուսի լինի՝ %3-ից %4&#xa0;պիքսել կողմով (180&#xa0;×&#xa0;180-ը հարմար է նաև հեռախոսների համար)։</translation>
    </message>
    <message>
        <source>The site icon is %1 KiB; at most %2 KiB. Save it smaller.</source>
        <translation>Կայքի պատկերակը %1&#xa0;ԿիԲ է, առավելագույնը՝ %2&#xa0;ԿիԲ։ Պահպանեք այն ավելի փոքր չափով։</translation>
    </message>
    <message>
        <source>The SVG site icon is %1 KiB; at most %2 KiB. Save it smaller.</source>
        <translation>Կայքի SVG պատկերակը %1&#xa0;ԿիԲ է, առավելագույնը՝ %2&#xa0;ԿիԲ։ Պահպանեք այն ավելի փոքր չափով։</translation>
    </message>
    <message>
        <source>Cannot put %1 in place: %2. Export again to finish the site.</source>
        <translation>Չհաջողվեց %1-ը տեղադրել իր տեղում՝ %2։ Կրկին արտահանեք՝ կայքն ավարտելու համար։</translation>
    </message>
    <message>
        <source>Another export is writing %1 now. Wait for it to finish, then export again.</source>
        <translation>Այս պահին %1-ում գրում է մեկ այլ արտահանում։ Սպասեք, մինչև այն ավարտվի, ապա կրկին արտահանեք։</translation>
    </message>
    <message>
        <source>The name of %1 in %2 must be 1 to %3 characters (leave the locale out to show the display name there).</source>
        <translation>%1-ի անունը %2 լեզվի համար պետք է ունենա 1-ից %3&#xa0;նիշ (այդ լեզուն բաց թողեք, որ այնտեղ ցուցադրվի ցուցադրվող անունը)։</translation>
    </message>
    <message>
        <source>; names: %1</source>
        <translation>; անուններ՝ %1</translation>
    </message>
    <message>
        <source>name in %1 %2 → %3</source>
        <translation>անուն (%1) %2 → %3</translation>
    </message>
    <message>
        <source>a name cannot be empty (leave the locale out to show the display name there)</source>
        <translation>անունը չի կարող դատարկ լինել (այդ լեզուն բաց թողեք, որ այնտեղ ցուցադրվի ցուցադրվող անունը)</translation>
    </message>
    <message>
        <source>The article %1 is no longer in the state %2: someone changed it first. Reload it and try again.</source>
        <translation>%1 հոդվածն այլևս «%2» կարգավիճակում չէ․ ինչ-որ մեկն արդեն փոխել է այն։ Վերաբեռնեք այն և կրկին փորձեք։</translation>
    </message>
    <message>
        <source>Cannot %1 the %2 translation: it is in the state %3. From %3 it can: %4.</source>
        <translation>Հնարավոր չէ կատարել «%1» գործողությունը %2 թարգմանության հետ․ այն «%3» կարգավիճակում է։ «%3» կարգավիճակից հնարավոր է՝ %4։</translation>
    </message>
    <message>
        <source>The article is in the state %1, not published: publish the article first; its approved translations go live with it.</source>
        <translation>Հոդվածը «%1» կարգավիճակում է, ոչ թե հրապարակված։ Նախ հրապարակեք հոդվածը․ դրա հաստատված թարգմանությունները կհայտնվեն կայքում դրա հետ միասին։</translation>
    </message>
    <message>
        <source>Cannot %1: the article is in the state %2. From %2 it can: %3.</source>
        <translation>Հնարավոր չէ կատարել «%1» գործողությունը․ հոդվածը «%2» կարգավիճակում է։ «%2» կարգավիճակից հնարավոր է՝ %3։</translation>
    </message>
    <message>
        <source>Cannot remove %1, which is no longer published: %2. Remove it by hand or export again.</source>
        <translation>Չհաջողվեց հեռացնել %1-ը, որն այլևս հրապարակված չէ՝ %2։ Հեռացրեք այն ձեռքով կամ կրկին արտահանեք։</translation>
    </message>
    <message>
        <source>Cannot create %1 to export the site.</source>
        <translation>Չհաջողվեց ստեղծել %1-ը՝ կայքն արտահանելու համար։</translation>
    </message>
    <message>
        <source>Cannot lock %1 to export the site.</source>
        <translation>Չհաջողվեց արգելափակել %1-ը՝ կայքն արտահանելու համար։</translation>
    </message>
    <message>
        <source>The changed pages of %1 are in place, but its record of them could not be written (%2). Export again: it will write them once more.</source>
        <translation>%1-ի փոփոխված էջերն արդեն իրենց տեղում են, բայց դրանց ցուցակը չհաջողվեց գրել (%2)։ Կրկին արտահանեք, և դրանք նորից կգրվեն։</translation>
    </message>
    <message>
        <source>The SVG site icon cannot be used: %1. Save it as a plain picture, or give a PNG alone.</source>
        <translation>Կայքի SVG պատկերակը հնարավոր չէ օգտագործել՝ %1։ Պահպանեք այն որպես պարզ պատկեր կամ թողեք միայն PNG-ն։</translation>
    </message>
    <message>
        <source>it declares a DOCTYPE</source>
        <translation>այնտեղ DOCTYPE է հայտարարված</translation>
    </message>
    <message>
        <source>it is not an SVG image</source>
        <translation>դա SVG պատկեր չէ</translation>
    </message>
    <message>
        <source>it holds a &lt;%1&gt; element</source>
        <translation>այնտեղ կա &lt;%1&gt; տարր</translation>
    </message>
    <message>
        <source>it has an event handler (%1)</source>
        <translation>այնտեղ կա իրադարձությունների մշակիչ (%1)</translation>
    </message>
    <message>
        <source>it links to %1</source>
        <translation>այն հղում է %1-ին</translation>
    </message>
    <message>
        <source>The site icon is not stored as base64 of at most %1 KiB; choose the file again.</source>
        <translation>Կայքի պատկերակը պահված չէ որպես մինչև %1&#xa0;ԿիԲ base64․ կրկին ընտրեք ֆայլը։</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>մնացել է մոտ %1&#xa0;վ</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>մնացել է մոտ %1&#xa0;ր</translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>մնացել է մոտ %1&#xa0;ժ %2&#xa0;ր</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 (the article starts at byte %2 of the file)</source>
        <translation>%1 (հոդվածը սկսվում է ֆայլի %2-րդ բայթից)</translation>
    </message>
    <message>
        <source>The article is not a JSON object. Start from what &quot;byline-cli show UID --json&quot; prints.</source>
        <translation>Հոդվածը JSON օբյեկտ չէ։ Սկսեք նրանից, ինչ տպում է «byline-cli show UID --json» հրամանը։</translation>
    </message>
    <message>
        <source>The document is empty; nothing was imported.</source>
        <translation>Փաստաթուղթը դատարկ է․ ոչինչ չներմուծվեց։</translation>
    </message>
    <message>
        <source>it ends before anything was written</source>
        <translation>այն ավարտվում է՝ ոչինչ չպարունակելով</translation>
    </message>
    <message>
        <source>more follows the end of the document</source>
        <translation>փաստաթղթի ավարտից հետո ևս ինչ-որ բան կա</translation>
    </message>
    <message>
        <source>a value is missing or misspelt</source>
        <translation>արժեքը բացակայում է կամ սխալ է գրված</translation>
    </message>
    <message>
        <source>a key in quotes is missing</source>
        <translation>բացակայում է չակերտների մեջ գրված բանալին</translation>
    </message>
    <message>
        <source>a colon is missing after a key</source>
        <translation>բանալուց հետո բացակայում է երկու կետը</translation>
    </message>
    <message>
        <source>a comma or } is missing</source>
        <translation>բացակայում է ստորակետը կամ }-ը</translation>
    </message>
    <message>
        <source>a comma or ] is missing</source>
        <translation>բացակայում է ստորակետը կամ ]-ը</translation>
    </message>
    <message>
        <source>a \u escape without four hexadecimal digits</source>
        <translation>\u էսկեյփ՝ առանց չորս տասնվեցական թվանշանի</translation>
    </message>
    <message>
        <source>a \u escape that is half of a character</source>
        <translation>\u էսկեյփ, որը նիշի կեսն է</translation>
    </message>
    <message>
        <source>an escape JSON does not have</source>
        <translation>էսկեյփ, որը JSON-ում չկա</translation>
    </message>
    <message>
        <source>a text without its closing quotation mark</source>
        <translation>տեքստ՝ առանց փակող չակերտի</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8</source>
        <translation>UTF-8 չհանդիսացող բայթեր</translation>
    </message>
    <message>
        <source>a number too large</source>
        <translation>չափազանց մեծ թիվ</translation>
    </message>
    <message>
        <source>a number without digits after its point</source>
        <translation>թիվ՝ առանց կետից հետո թվանշանների</translation>
    </message>
    <message>
        <source>a number without digits in its exponent</source>
        <translation>թիվ՝ առանց ցուցիչի թվանշանների</translation>
    </message>
    <message>
        <source>the text is not JSON</source>
        <translation>տեքստը JSON չէ</translation>
    </message>
    <message>
        <source>Reading stopped after %1 bytes: %2. Nothing was imported.</source>
        <translation>Ընթերցումը կանգ առավ %1&#xa0;բայթից հետո՝ %2։ Ոչինչ չներմուծվեց։</translation>
    </message>
    <message>
        <source>a raw control character (U+%1), which JSON writes as an escape (\n, \u0000)</source>
        <translation>անմշակ կառավարման նիշ (U+%1), որը JSON-ում գրվում է էսկեյփով (\n, \u0000)</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at line %2, column %3 (byte %4). Nothing was imported.</source>
        <translation>Ֆայլը վավեր JSON չէ՝ %1 %2-րդ տողում, %3-րդ սյունակում (%4-րդ բայթ)։ Ոչինչ չներմուծվեց։</translation>
    </message>
    <message>
        <source>reading the text to index for search</source>
        <translation>որոնման ինդեքսի համար տեքստի ընթերցում</translation>
    </message>
    <message>
        <source>The article is not valid JSON: %1 at line %2, column %3. Start from what &quot;byline-cli show UID --json&quot; prints.</source>
        <translation>Հոդվածը վավեր JSON չէ՝ %1 %2-րդ տողում, %3-րդ սյունակում։ Սկսեք նրանից, ինչ տպում է «byline-cli show UID --json» հրամանը։</translation>
    </message>
    <message>
        <source>The export could not be written past byte %1: %2. Make room or choose another place, then export again.</source>
        <translation>Արտահանումը հնարավոր չեղավ գրել %1-րդ բայթից այն կողմ՝ %2։ Տեղ ազատեք կամ ընտրեք այլ տեղ, ապա կրկին արտահանեք։</translation>
    </message>
    <message>
        <source>The value that reaches byte %1 of the file is larger than %2 MiB; no part of a Byline document holds that much. Nothing was imported.</source>
        <translation>Ֆայլի %1-րդ բայթին հասնող արժեքը %2&#xa0;ՄիԲ-ից մեծ է, իսկ Byline-ի փաստաթղթի ոչ մի մաս այդքան չի պարունակում։ Ոչինչ չներմուծվեց։</translation>
    </message>
    <message>
        <source>lists and objects nested more than %1 deep</source>
        <translation>ցուցակներն ու օբյեկտները ներդրված են %1 մակարդակից ավելի խորը</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes after more than %2 MiB of the lists that follow it: Byline reads a document that large only with its parts in the order it writes them. Nothing was imported.</source>
        <translation>«%1»-ը գալիս է իրենից հետո սպասվող ցուցակների ավելի քան %2&#xa0;ՄիԲ-ից հետո․ այդքան մեծ փաստաթուղթ Byline-ը կարդում է միայն այն դեպքում, երբ դրա մասերը նույն հերթականությամբ են, ինչպես ինքն է գրում։ Ոչինչ չներմուծվեց։</translation>
    </message>
    <message>
        <source>Indexing for search</source>
        <translation>Ինդեքսավորում որոնման համար</translation>
    </message>
    <message>
        <source>Cancelled while indexing for search; nothing was changed.</source>
        <translation>Չեղարկվեց որոնման համար ինդեքսավորելու ժամանակ․ ոչինչ չփոխվեց։</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Byline, the newsroom desk.</source>
        <translation>Byline՝ խմբագրական աշխատասեղան։</translation>
    </message>
    <message>
        <source>Fill an empty store with the demo newsroom.</source>
        <translation>Լցնել դատարկ պահոցը ցուցադրական խմբագրության տվյալներով։</translation>
    </message>
    <message>
        <source>The store to open: a file, or a postgresql:// URL.</source>
        <translation>Բացվող պահոցը՝ ֆայլ կամ postgresql:// հասցե։</translation>
    </message>
</context>
</TS>
