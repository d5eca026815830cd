<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Byline::ArticleDetails</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The section the article appears in</source>
        <translation>Раздел, в котором выходит статья</translation>
    </message>
    <message>
        <source>Who wrote it, in byline order</source>
        <translation>Авторы статьи в порядке подписи</translation>
    </message>
    <message>
        <source>The editor who reviews it</source>
        <translation>Редактор, который проверяет статью</translation>
    </message>
    <message>
        <source>The last part of the page&apos;s address in this language: lower-case Latin letters, digits and -</source>
        <translation>Последняя часть адреса страницы на этом языке: строчные латинские буквы, цифры и -</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (source)</source>
        <translation>%1 (оригинал)</translation>
    </message>
    <message>
        <source>Add translation: %1 · %2…</source>
        <translation>Добавить перевод: %1 · %2…</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(не указаны)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(не назначен)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Se&amp;ction:</source>
        <translation>&amp;Раздел:</translation>
    </message>
    <message>
        <source>&amp;Editor:</source>
        <translation>Р&amp;едактор:</translation>
    </message>
    <message>
        <source>Slu&amp;g:</source>
        <translation>Ярлы&amp;к:</translation>
    </message>
    <message>
        <source>A&amp;uthors:</source>
        <translation>Ав&amp;торы:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Language of the text</source>
        <translation>Язык текста</translation>
    </message>
    <message>
        <source>The language you are editing; add a translation from here</source>
        <translation>Язык, на котором вы редактируете; здесь же можно добавить перевод</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Редактор</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Ярлык</translation>
    </message>
    <message>
        <source>page-address</source>
        <translation>adres-stranicy</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Workflow state</source>
        <translation>Статус статьи</translation>
    </message>
    <message>
        <source>Who translates this language; they are told in their inbox</source>
        <translation>Кто переводит на этот язык; ему придёт сообщение во входящие</translation>
    </message>
    <message>
        <source>&amp;Translator:</source>
        <translation>П&amp;ереводчик:</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Переводчик</translation>
    </message>
</context>
<context>
    <name>Byline::ArticleDocument</name>
    <message>
        <source>Edit the headline</source>
        <translation>Правка заголовка</translation>
    </message>
    <message>
        <source>Edit the lead</source>
        <translation>Правка лида</translation>
    </message>
    <message>
        <source>Edit the slug</source>
        <translation>Правка ярлыка</translation>
    </message>
    <message>
        <source>Edit a heading</source>
        <translation>Правка подзаголовка</translation>
    </message>
    <message>
        <source>Edit a pull quote</source>
        <translation>Правка выноса</translation>
    </message>
    <message>
        <source>Edit a paragraph</source>
        <translation>Правка абзаца</translation>
    </message>
    <message>
        <source>Add a paragraph</source>
        <translation>Добавление абзаца</translation>
    </message>
    <message>
        <source>Add a heading</source>
        <translation>Добавление подзаголовка</translation>
    </message>
    <message>
        <source>Add a pull quote</source>
        <translation>Добавление выноса</translation>
    </message>
    <message>
        <source>Insert an expert quote</source>
        <translation>Вставка цитаты эксперта</translation>
    </message>
    <message>
        <source>Delete a block</source>
        <translation>Удаление блока</translation>
    </message>
    <message>
        <source>Move a block up</source>
        <translation>Перемещение блока вверх</translation>
    </message>
    <message>
        <source>Move a block down</source>
        <translation>Перемещение блока вниз</translation>
    </message>
    <message>
        <source>Change the section</source>
        <translation>Изменение раздела</translation>
    </message>
    <message>
        <source>Change the authors</source>
        <translation>Изменение авторов</translation>
    </message>
    <message>
        <source>Change the editor</source>
        <translation>Изменение редактора</translation>
    </message>
    <message>
        <source>Add the %1 translation</source>
        <translation>Добавление перевода на язык %1</translation>
    </message>
    <message>
        <source>Edit the SEO title</source>
        <translation>Правка SEO-заголовка</translation>
    </message>
    <message>
        <source>Edit the SEO description</source>
        <translation>Правка SEO-описания</translation>
    </message>
    <message>
        <source>Change the translator</source>
        <translation>Изменение переводчика</translation>
    </message>
</context>
<context>
    <name>Byline::ArticleEditor</name>
    <message>
        <source>(no headline)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>Cannot add the translation</source>
        <translation>Не удалось добавить перевод</translation>
    </message>
    <message>
        <source>Choose who you are on the desk to edit.</source>
        <translation>Чтобы редактировать, выберите пользователя в поле «Вы».</translation>
    </message>
    <message>
        <source>Only editors change the authors and the editor.</source>
        <translation>Авторов и редактора меняют только редакторы.</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Только чтение: %1</translation>
    </message>
    <message>
        <source>Blocks are added in the source language (%1); a translation follows its blocks.</source>
        <translation>Блоки добавляются на языке оригинала (%1); перевод повторяет его блоки.</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Отменить: %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Нечего отменять</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Повторить: %1</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Нечего повторять</translation>
    </message>
    <message>
        <source>%1: words %2 · reading time about %3 min</source>
        <translation>%1: слов&#xa0;— %2 · время чтения&#xa0;— около %3&#xa0;мин</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>+ &amp;Paragraph</source>
        <translation>+ &amp;Абзац</translation>
    </message>
    <message>
        <source>+ &amp;Heading</source>
        <translation>+ &amp;Подзаголовок</translation>
    </message>
    <message>
        <source>+ Pull &amp;quote</source>
        <translation>+ Вы&amp;нос</translation>
    </message>
    <message>
        <source>Insert e&amp;xpert quote…</source>
        <translation>Вставить &amp;цитату эксперта…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Переместить &amp;вверх</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Переместить вни&amp;з</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translation>Удалить блок</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Правка</translation>
    </message>
    <message>
        <source>Why the text is read only</source>
        <translation>Почему текст доступен только для чтения</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Состояние сохранения</translation>
    </message>
    <message>
        <source>Words and reading time</source>
        <translation>Слова и время чтения</translation>
    </message>
</context>
<context>
    <name>Byline::ArticleListModel</name>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>На проверке</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Spiked</source>
        <translation>В корзине</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <source>ready for review</source>
        <translation>готов к проверке</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>одобрен</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>нет перевода</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (с опозданием)</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Its time has passed and it is not published yet. The desk publishes what is due every minute; if it stays, check that the store can be written.</source>
        <translation>Время публикации прошло, а статья ещё не опубликована. Byline каждую минуту публикует то, что пора опубликовать; если статья так и не выйдет, проверьте, что в хранилище можно записывать.</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (просрочено)</translation>
    </message>
    <message>
        <source>%1 has it open in %2</source>
        <translation>%1: открыта на %2</translation>
    </message>
    <message>
        <source>Open at</source>
        <translation>Открыта у</translation>
    </message>
</context>
<context>
    <name>Byline::ArticlePage</name>
    <message>
        <source>This quote (%1) is not in the registry.</source>
        <translation>Этой цитаты (%1) нет в реестре.</translation>
    </message>
    <message>
        <source>Not translated into this language yet; shown as said (%1).</source>
        <translation>На этот язык ещё не переведена; показана так, как прозвучала (%1).</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Lead: the one or two sentences that tell the story</source>
        <translation>Лид: одно-два предложения, передающие суть материала</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>No text yet. Add a paragraph with Ctrl+Return, a heading, a pull quote or an expert&apos;s quote.</source>
        <translation>Текста пока нет. Добавьте абзац (Ctrl+Return), подзаголовок, вынос или цитату эксперта.</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Текст статьи</translation>
    </message>
</context>
<context>
    <name>Byline::ArticleSaver</name>
    <message>
        <source>Choose who you are on the desk to save.</source>
        <translation>Чтобы сохранить, выберите пользователя в поле «Вы».</translation>
    </message>
    <message>
        <source>The article is no longer in the store.</source>
        <translation>Статьи больше нет в хранилище.</translation>
    </message>
    <message>
        <source>Byline closed on %1 before your last changes to this article were saved. Restore them?</source>
        <translation>Byline закрылся %1, не успев сохранить ваши последние изменения в этой статье. Восстановить их?</translation>
    </message>
    <message>
        <source>Someone saved the article since; you will be shown both texts to choose from.</source>
        <translation>С тех пор кто-то сохранил статью; вам будут показаны оба текста, чтобы вы могли выбрать.</translation>
    </message>
    <message>
        <source>Unsaved changes found</source>
        <translation>Найдены несохранённые изменения</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Есть несохранённые изменения</translation>
    </message>
    <message>
        <source>Saving failed: %1 Your text stays here and in the safety copy; Byline tries again.</source>
        <translation>Не удалось сохранить: %1 Ваш текст остаётся здесь и в копии несохранённых изменений; Byline повторит попытку.</translation>
    </message>
    <message>
        <source>Not saved: someone saved a newer version meanwhile. Save (Ctrl+S) to compare the two texts and choose.</source>
        <translation>Не сохранено: тем временем кто-то сохранил более новую версию. Сохраните (Ctrl+S), чтобы сравнить два текста и выбрать.</translation>
    </message>
    <message>
        <source>Someone changed this translation meanwhile.</source>
        <translation>Тем временем кто-то изменил этот перевод.</translation>
    </message>
</context>
<context>
    <name>Byline::ArticleSession</name>
    <message>
        <source>There is no article %1.</source>
        <translation>Статья %1 не найдена.</translation>
    </message>
    <message>
        <source>The article is no longer in the store.</source>
        <translation>Статьи больше нет в хранилище.</translation>
    </message>
</context>
<context>
    <name>Byline::ArticleTable</name>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
</context>
<context>
    <name>Byline::AuditSettingsPage</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Добавлен сотрудник</translation>
    </message>
    <message>
        <source>Person changed</source>
        <translation>Изменён сотрудник</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>Site text</source>
        <translation>Текст сайта</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Рубрика</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>(set-up)</source>
        <translation>(настройка)</translation>
    </message>
    <message>
        <source>Who imported files and changed the newsroom&apos;s people and settings, newest first. Nobody can change this record; &quot;byline-cli audit&quot; prints it too. Workflow steps are in each article&apos;s History.</source>
        <translation>Кто импортировал файлы и менял сотрудников и настройки редакции, сначала новые. Эту запись никто не может изменить; её также выводит «byline-cli audit». Шаги рабочего процесса&#xa0;— в «Истории» каждой статьи.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Пароль задан</translation>
    </message>
</context>
<context>
    <name>Byline::BackupBanner</name>
    <message>
        <source>Backed up the store to %1.</source>
        <translation>Резервная копия хранилища записана в %1.</translation>
    </message>
</context>
<context>
    <name>Byline::BackupSettingsPage</name>
    <message>
        <source>Keep the backups in a folder</source>
        <translation>Папка для резервных копий</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>%1 is not a folder: choose a folder for the backups.</source>
        <translation>%1&#xa0;— не папка: выберите папку для резервных копий.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the backups: choose a folder you may write to.</source>
        <translation>Не удаётся создать папку %1 для резервных копий: выберите папку, в которую можно записывать.</translation>
    </message>
    <message>
        <source>No daily backup in this folder yet.</source>
        <translation>В этой папке ещё нет ежедневных резервных копий.</translation>
    </message>
    <message>
        <source>Newest backup: %1 (%2). Backups in the folder: %3.</source>
        <translation>Последняя резервная копия: %1 (%2). Резервных копий в папке: %3.</translation>
    </message>
    <message>
        <source>Daily backup of the store on this computer</source>
        <translation>Ежедневная резервная копия хранилища на этом компьютере</translation>
    </message>
    <message>
        <source>&amp;Make a backup every day</source>
        <translation>&amp;Делать резервную копию каждый день</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation>Папка для резервных копий</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <source>&amp;Backups to keep:</source>
        <translation>&amp;Хранить копий:</translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation>Сколько резервных копий хранить</translation>
    </message>
    <message>
        <source>While the desk is open, it makes a backup in the background when it starts and then once a day, and deletes the oldest beyond the number to keep (only its own backups, never anything else in the folder). Each backup is a complete copy of the store, checked after it is written.

Choose a folder on another disk, or one that is itself backed up, so that a broken disk does not take the backups with it. To put a backup back: byline-cli restore FILE (the store as it was is kept beside it).</source>
        <translation>Пока Byline открыт, он в фоне делает резервную копию при запуске, а затем раз в день, и удаляет самые старые сверх заданного числа (только свои резервные копии, ничего другого в папке). Каждая копия&#xa0;— полная копия хранилища, проверенная после записи.

Выберите папку на другом диске или папку, которая сама резервируется, чтобы поломка диска не унесла и копии. Чтобы вернуть резервную копию: byline-cli restore FILE (прежнее хранилище сохраняется рядом).</translation>
    </message>
</context>
<context>
    <name>Byline::BlockWidget</name>
    <message>
        <source>Paragraph</source>
        <translation>Абзац</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <source>Pull quote</source>
        <translation>Вынос</translation>
    </message>
    <message>
        <source>Expert quote</source>
        <translation>Цитата эксперта</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (block %2)</source>
        <translation>%1 (блок %2)</translation>
    </message>
    <message>
        <source>%1, not translated yet</source>
        <translation>%1&#xa0;— ещё нет перевода</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Блок %1</translation>
    </message>
    <message>
        <source>Not translated yet: type the translation here</source>
        <translation>Ещё не переведено: введите перевод здесь</translation>
    </message>
    <message>
        <source>A line from the text to set off large</source>
        <translation>Строка из текста, которую нужно выделить крупно</translation>
    </message>
    <message>
        <source>Use this quote here</source>
        <translation>Использовать здесь эту цитату</translation>
    </message>
    <message>
        <source>The source text quotes this expert here; the quote&apos;s own translation is used</source>
        <translation>В оригинале здесь цитата этого эксперта; используется собственный перевод цитаты</translation>
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
        <translation>для --db нужен путь</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>неизвестный параметр %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>не указана команда</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>неизвестная команда «%1»</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>для --%1 нужно значение</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take --%2</source>
        <translation>команда «%1» не принимает --%2</translation>
    </message>
    <message>
        <source>init takes no arguments</source>
        <translation>init не принимает аргументов</translation>
    </message>
    <message>
        <source>Store ready: %1 (schema %2)</source>
        <translation>Хранилище готово: %1 (схема %2)</translation>
    </message>
    <message>
        <source>Demo newsroom added; the store holds %1 articles.</source>
        <translation>Демо-редакция добавлена; статей в хранилище: %1.</translation>
    </message>
    <message>
        <source>import needs one FILE (or - for standard input)</source>
        <translation>import ожидает один FILE (или - для стандартного ввода)</translation>
    </message>
    <message>
        <source>export needs one FILE (or - for standard output)</source>
        <translation>export ожидает один FILE (или - для стандартного вывода)</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Не удалось записать в стандартный вывод.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was written; check the path and free space.</source>
        <translation>Не удалось записать %1: %2. Ничего не записано; проверьте путь и свободное место.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Экспортировано в %1.</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list не принимает аргументов</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (draft, submitted, approved, scheduled, published, spiked)</source>
        <translation>неизвестный статус «%1» (draft, submitted, approved, scheduled, published, spiked)</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>для --limit нужно положительное число</translation>
    </message>
    <message>
        <source>There is no locale &quot;%1&quot; in this store.</source>
        <translation>В этом хранилище нет языка «%1».</translation>
    </message>
    <message>
        <source>  [LATE %1]</source>
        <translation>  [ОПОЗДАНИЕ %1]</translation>
    </message>
    <message>
        <source>show needs one article UID</source>
        <translation>show ожидает один UID статьи</translation>
    </message>
    <message>
        <source>uid:        %1</source>
        <translation>uid:            %1</translation>
    </message>
    <message>
        <source>status:     %1</source>
        <translation>статус:         %1</translation>
    </message>
    <message>
        <source>section:    %1</source>
        <translation>раздел:         %1</translation>
    </message>
    <message>
        <source>source:     %1</source>
        <translation>оригинал:       %1</translation>
    </message>
    <message>
        <source>authors:    %1</source>
        <translation>авторы:         %1</translation>
    </message>
    <message>
        <source>editor:     %1</source>
        <translation>редактор:       %1</translation>
    </message>
    <message>
        <source>created:    %1</source>
        <translation>создана:        %1</translation>
    </message>
    <message>
        <source>updated:    %1</source>
        <translation>изменена:       %1</translation>
    </message>
    <message>
        <source>scheduled:  %1</source>
        <translation>запланирована:  %1</translation>
    </message>
    <message>
        <source>published:  %1</source>
        <translation>опубликована:   %1</translation>
    </message>
    <message>
        <source>  (LATE: went out %1 after its scheduled time)</source>
        <translation>  (ОПОЗДАНИЕ: вышла на %1 позже запланированного)</translation>
    </message>
    <message>
        <source>version:    %1</source>
        <translation>версия:         %1</translation>
    </message>
    <message>
        <source>translations:</source>
        <translation>переводы:</translation>
    </message>
    <message>
        <source>live since %1</source>
        <translation>на сайте с %1</translation>
    </message>
    <message>
        <source>not live</source>
        <translation>не на сайте</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s)</source>
        <translation>
            <numerusform>%n блок</numerusform>
            <numerusform>%n блока</numerusform>
            <numerusform>%n блоков</numerusform>
        </translation>
    </message>
    <message>
        <source>history:</source>
        <translation>история:</translation>
    </message>
    <message>
        <source>comments:</source>
        <translation>комментарии:</translation>
    </message>
    <message>
        <source>  (resolved by %1, %2)</source>
        <translation>  (закрыт: %1, %2)</translation>
    </message>
    <message>
        <source>revisions:  %1</source>
        <translation>версий:         %1</translation>
    </message>
    <message>
        <source>users needs &quot;list&quot; or &quot;add NAME&quot;</source>
        <translation>users ожидает «list» или «add NAME»</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (неактивен)</translation>
    </message>
    <message>
        <source>users add needs --role (journalist, editor, translator, admin)</source>
        <translation>users add требует --role (journalist, editor, translator, admin)</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (journalist, editor, translator, admin)</source>
        <translation>неизвестная роль «%1» (journalist, editor, translator, admin)</translation>
    </message>
    <message>
        <source>A translator needs the locales they translate: add --locales, e.g. --locales ru,hy.</source>
        <translation>Для переводчика нужно указать языки перевода: добавьте --locales, например --locales ru,hy.</translation>
    </message>
    <message>
        <source>Only translators have locales; drop --locales or use --role translator.</source>
        <translation>Языки указываются только для переводчиков; уберите --locales или укажите --role translator.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Добавлен пользователь %1 (%2).</translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation>check не принимает аргументов</translation>
    </message>
    <message>
        <source>warning: %1 %2 %3 %4: %5</source>
        <translation>предупреждение: %1 %2 %3 %4: %5</translation>
    </message>
    <message>
        <source>ok: %1 (schema %2) passed every check.</source>
        <translation>ОК: хранилище %1 (схема %2) прошло все проверки.</translation>
    </message>
    <message numerus="yes">
        <source>%n translation warning(s) above.</source>
        <translation>
            <numerusform>Выше %n предупреждение о переводе.</numerusform>
            <numerusform>Выше %n предупреждения о переводе.</numerusform>
            <numerusform>Выше %n предупреждений о переводе.</numerusform>
        </translation>
    </message>
    <message>
        <source>damage: %1</source>
        <translation>повреждение: %1</translation>
    </message>
    <message>
        <source>rule: %1</source>
        <translation>правило: %1</translation>
    </message>
    <message numerus="yes">
        <source>byline-cli: %n problem(s) found.</source>
        <translation>
            <numerusform>byline-cli: найдена %n проблема.</numerusform>
            <numerusform>byline-cli: найдены %n проблемы.</numerusform>
            <numerusform>byline-cli: найдено %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>translations needs an article UID</source>
        <translation>translations ожидает UID статьи</translation>
    </message>
    <message numerus="yes">
        <source>source, %n segment(s)</source>
        <translation>
            <numerusform>оригинал, %n сегмент</numerusform>
            <numerusform>оригинал, %n сегмента</numerusform>
            <numerusform>оригинал, %n сегментов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>missing: %n segment(s) to translate</source>
        <translation>
            <numerusform>нет перевода: %n сегмент</numerusform>
            <numerusform>нет перевода: %n сегмента</numerusform>
            <numerusform>нет перевода: %n сегментов</numerusform>
        </translation>
    </message>
    <message>
        <source>done %1  stale %2  missing %3</source>
        <translation>готово: %1  устарело: %2  нет перевода: %3</translation>
    </message>
    <message>
        <source>, live</source>
        <translation>, на сайте</translation>
    </message>
    <message>
        <source>      was:         %1</source>
        <translation>      было:        %1</translation>
    </message>
    <message>
        <source>      now:         %1</source>
        <translation>      стало:       %1</translation>
    </message>
    <message>
        <source>      change:      %1</source>
        <translation>      изменение:   %1</translation>
    </message>
    <message>
        <source>      translation: %1</source>
        <translation>      перевод:     %1</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>quotes:</source>
        <translation>цитаты:</translation>
    </message>
    <message>
        <source>segment-done needs an article UID, a LOCALE and a SEGMENT (e.g. block:b3)</source>
        <translation>segment-done ожидает UID статьи, LOCALE и SEGMENT (например, block:b3)</translation>
    </message>
    <message>
        <source>segment-done needs --as USER</source>
        <translation>segment-done требует --as USER</translation>
    </message>
    <message>
        <source>There is no translated segment %1 in %2; &quot;byline-cli translations %3&quot; lists them.</source>
        <translation>В переводе на язык %2 нет сегмента %1; список сегментов выводит «byline-cli translations %3».</translation>
    </message>
    <message>
        <source>%1 %2 is current again.</source>
        <translation>Сегмент %2 (%1) снова актуален.</translation>
    </message>
    <message>
        <source>There is no expert %1.</source>
        <translation>Эксперт %1 не найден.</translation>
    </message>
    <message>
        <source>in %1 (%2)</source>
        <translation>в статье %1 (%2)</translation>
    </message>
    <message>
        <source>, live in %1</source>
        <translation>, на сайте: %1</translation>
    </message>
    <message>
        <source>--%1 takes LOCALE=TEXT with a locale of this store (%2), e.g. --name en=&quot;Anna Petrosyan&quot;</source>
        <translation>--%1 принимает LOCALE=TEXT с языком этого хранилища (%2), например --name en=&quot;Anna Petrosyan&quot;</translation>
    </message>
    <message>
        <source>--%1 is too long (at most 1000 characters).</source>
        <translation>Значение --%1 слишком длинное (не более 1000 символов).</translation>
    </message>
    <message>
        <source>The %1 entry has a role or country but no --name %1=...</source>
        <translation>Для языка %1 указаны роль или страна, но нет --name %1=...</translation>
    </message>
    <message>
        <source>experts add needs at least one --name LOCALE=NAME</source>
        <translation>experts add требует хотя бы один --name LOCALE=NAME</translation>
    </message>
    <message>
        <source>Added expert %1.</source>
        <translation>Добавлен эксперт %1.</translation>
    </message>
    <message>
        <source>experts merge needs --as USER</source>
        <translation>experts merge требует --as USER</translation>
    </message>
    <message>
        <source>%1 may not merge experts: that is for editors and admins.</source>
        <translation>%1 не может объединять экспертов: это делают редакторы и администраторы.</translation>
    </message>
    <message>
        <source>Merged %1 into %2; its quotes now belong to %2.</source>
        <translation>Эксперт %1 объединён с %2; его цитаты теперь принадлежат %2.</translation>
    </message>
    <message>
        <source>experts needs list, show UID, add or merge KEEP DROP</source>
        <translation>experts ожидает list, show UID, add или merge KEEP DROP</translation>
    </message>
    <message>
        <source>quotes needs &quot;list&quot; (optionally --expert UID)</source>
        <translation>quotes ожидает «list» (можно с --expert UID)</translation>
    </message>
    <message>
        <source>, checked</source>
        <translation>, проверена</translation>
    </message>
    <message>
        <source>, not checked</source>
        <translation>, не проверена</translation>
    </message>
    <message>
        <source>  STALE: %1</source>
        <translation>  УСТАРЕЛО: %1</translation>
    </message>
    <message>
        <source>There is no article %1; &quot;byline-cli list&quot; shows the uids.</source>
        <translation>Статья %1 не найдена; список uid выводит «byline-cli list».</translation>
    </message>
    <message>
        <source>act needs an article UID and an ACTION</source>
        <translation>act ожидает UID статьи и ACTION</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (submit, approve, request-changes, schedule, unschedule, publish, unpublish, spike, restore)</source>
        <translation>неизвестное действие «%1» (submit, approve, request-changes, schedule, unschedule, publish, unpublish, spike, restore)</translation>
    </message>
    <message>
        <source>act needs --as USER: who is acting</source>
        <translation>act требует --as USER: кто выполняет действие</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>, publishes at %1 %2 (%3)</source>
        <translation>, публикация: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>publish-due takes no arguments</source>
        <translation>publish-due не принимает аргументов</translation>
    </message>
    <message>
        <source>Nothing is due (as of %1).</source>
        <translation>Публиковать нечего (на %1).</translation>
    </message>
    <message>
        <source>published %1 &quot;%2&quot; (due %3)</source>
        <translation>опубликовано: %1 «%2» (по плану: %3)</translation>
    </message>
    <message>
        <source>, %1 late</source>
        <translation>, опоздание: %1</translation>
    </message>
    <message>
        <source>comment needs an article UID</source>
        <translation>comment ожидает UID статьи</translation>
    </message>
    <message>
        <source>comment needs --as USER</source>
        <translation>comment требует --as USER</translation>
    </message>
    <message>
        <source>comment needs either --text TEXT or --resolve N</source>
        <translation>comment требует либо --text TEXT, либо --resolve N</translation>
    </message>
    <message>
        <source>There is no active user &quot;%1&quot;.</source>
        <translation>Нет активного пользователя «%1».</translation>
    </message>
    <message>
        <source>--resolve needs a comment number</source>
        <translation>для --resolve нужен номер комментария</translation>
    </message>
    <message>
        <source>Comment %1 resolved.</source>
        <translation>Комментарий %1 закрыт.</translation>
    </message>
    <message>
        <source>An empty comment says nothing; write it after --text.</source>
        <translation>Пустой комментарий ничего не сообщает; напишите текст после --text.</translation>
    </message>
    <message>
        <source>Comment %1 added.</source>
        <translation>Комментарий %1 добавлен.</translation>
    </message>
    <message>
        <source>revisions needs an article UID</source>
        <translation>revisions ожидает UID статьи</translation>
    </message>
    <message>
        <source>No revisions yet.</source>
        <translation>Версий пока нет.</translation>
    </message>
    <message>
        <source>diff needs an article UID and two revision numbers</source>
        <translation>diff ожидает UID статьи и два номера версий</translation>
    </message>
    <message>
        <source>revision numbers are whole numbers (see &quot;byline-cli revisions UID&quot;)</source>
        <translation>номера версий&#xa0;— целые числа (см. «byline-cli revisions UID»)</translation>
    </message>
    <message>
        <source>The article has no revision %1; &quot;byline-cli revisions %2&quot; lists them.</source>
        <translation>У статьи нет версии %1; их список выводит «byline-cli revisions %2».</translation>
    </message>
    <message>
        <source>  (added in revision %1)</source>
        <translation>  (добавлено в версии %1)</translation>
    </message>
    <message>
        <source>  (removed in revision %1)</source>
        <translation>  (удалено в версии %1)</translation>
    </message>
    <message>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>лид</translation>
    </message>
    <message>
        <source>SEO title</source>
        <translation>SEO-заголовок</translation>
    </message>
    <message>
        <source>SEO description</source>
        <translation>SEO-описание</translation>
    </message>
    <message>
        <source>slug</source>
        <translation>ярлык</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>блок %1</translation>
    </message>
    <message>
        <source>  (no changes)</source>
        <translation>  (без изменений)</translation>
    </message>
    <message>
        <source>the revision number is a whole number</source>
        <translation>номер версии&#xa0;— целое число</translation>
    </message>
    <message>
        <source>restore needs --as USER</source>
        <translation>restore требует --as USER</translation>
    </message>
    <message>
        <source>Revision %1 is the current text again (kept as revision %2; nothing newer was lost).</source>
        <translation>Версия %1 снова стала текущим текстом (сохранена как версия %2; более новые изменения не потеряны).</translation>
    </message>
    <message>
        <source>save needs a FILE (or - for standard input) as &quot;show UID --json&quot; prints it</source>
        <translation>save ожидает FILE (или - для стандартного ввода) в том виде, в каком его выводит «show UID --json»</translation>
    </message>
    <message>
        <source>save needs --as USER</source>
        <translation>save требует --as USER</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не удалось прочитать %1: %2.</translation>
    </message>
    <message>
        <source>Saved %1 as version %2.</source>
        <translation>Статья %1 сохранена как версия %2.</translation>
    </message>
    <message>
        <source>Imported %1 new and %2 updated articles (%3 unchanged), %4 quotes, %5 experts, %6 users, %7 sections, %8 locales.</source>
        <translation>Импортировано: новых статей&#xa0;— %1, обновлённых&#xa0;— %2 (без изменений&#xa0;— %3), цитат&#xa0;— %4, экспертов&#xa0;— %5, пользователей&#xa0;— %6, разделов&#xa0;— %7, языков&#xa0;— %8.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in the store are newer than or differ from the file at the same version; the store kept its text and the file&apos;s text was saved as a revision (compare with `byline-cli revisions UID`):</source>
        <translation>
            <numerusform>%n статья в хранилище новее файла или отличается от него при том же номере версии; в хранилище остался её текст, а текст из файла сохранён как отдельная версия (сравните с помощью «byline-cli revisions UID»):</numerusform>
            <numerusform>%n статьи в хранилище новее файла или отличаются от него при том же номере версии; в хранилище остался их текст, а текст из файла сохранён как отдельная версия (сравните с помощью «byline-cli revisions UID»):</numerusform>
            <numerusform>%n статей в хранилище новее файла или отличаются от него при том же номере версии; в хранилище остался их текст, а текст из файла сохранён как отдельная версия (сравните с помощью «byline-cli revisions UID»):</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder. Name a file to export to.</source>
        <translation>Не удалось записать %1: это папка. Укажите файл для экспорта.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist. Nothing was written; create it or choose another path.</source>
        <translation>Не удалось записать %1: папки %2 не существует. Ничего не записано; создайте её или выберите другой путь.</translation>
    </message>
    <message>
        <source>%1 may not confirm %2 translations: that is for translators into %2 and editors (and the source locale has nothing to confirm).</source>
        <translation>%1 не может подтверждать переводы на язык %2: это делают переводчики на язык %2 и редакторы (а у языка оригинала подтверждать нечего).</translation>
    </message>
    <message>
        <source>request-changes needs --comment TEXT saying what to change.</source>
        <translation>request-changes требует --comment TEXT с описанием того, что изменить.</translation>
    </message>
    <message>
        <source>index: %1</source>
        <translation>индекс: %1</translation>
    </message>
    <message numerus="yes">
        <source>repaired: the search index was rebuilt (%n document(s)).</source>
        <translation>
            <numerusform>исправлено: поисковый индекс перестроен (%n документ).</numerusform>
            <numerusform>исправлено: поисковый индекс перестроен (%n документа).</numerusform>
            <numerusform>исправлено: поисковый индекс перестроен (%n документов).</numerusform>
        </translation>
    </message>
    <message>
        <source>byline-cli: the search index is out of step; &quot;byline-cli check --repair&quot; rebuilds it from the store.</source>
        <translation>byline-cli: поисковый индекс не соответствует хранилищу; «byline-cli check --repair» перестроит его по данным хранилища.</translation>
    </message>
    <message>
        <source>search needs one QUERY (quote it if it has several words)</source>
        <translation>search ожидает один QUERY (если в нём несколько слов, возьмите его в кавычки)</translation>
    </message>
    <message>
        <source>--limit needs a number from 1 to 1000</source>
        <translation>для --limit нужно число от 1 до 1000</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>По запросу «%1» ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s); more match than can be ranked: the newest %1 matches were ranked by relevance. Add words or filters to narrow it down.</source>
        <translation>
            <numerusform>%n результат; совпадений больше, чем можно ранжировать: по релевантности ранжированы %1 самых новых совпадений. Добавьте слова или фильтры, чтобы сузить поиск.</numerusform>
            <numerusform>%n результата; совпадений больше, чем можно ранжировать: по релевантности ранжированы %1 самых новых совпадений. Добавьте слова или фильтры, чтобы сузить поиск.</numerusform>
            <numerusform>%n результатов; совпадений больше, чем можно ранжировать: по релевантности ранжированы %1 самых новых совпадений. Добавьте слова или фильтры, чтобы сузить поиск.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), ranked by relevance.</source>
        <translation>
            <numerusform>%n результат, по убыванию релевантности.</numerusform>
            <numerusform>%n результата, по убыванию релевантности.</numerusform>
            <numerusform>%n результатов, по убыванию релевантности.</numerusform>
        </translation>
    </message>
    <message>
        <source>render needs an article UID</source>
        <translation>render ожидает UID статьи</translation>
    </message>
    <message>
        <source>render needs --locale L (the page&apos;s language)</source>
        <translation>render требует --locale L (язык страницы)</translation>
    </message>
    <message>
        <source>--theme is light or dark, not &quot;%1&quot;</source>
        <translation>--theme принимает значение light или dark, а не «%1»</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was written; check the path.</source>
        <translation>Не удалось записать %1: %2. Ничего не записано; проверьте путь.</translation>
    </message>
    <message>
        <source>export-site needs the folder to write the site into</source>
        <translation>export-site ожидает папку, в которую нужно записать сайт</translation>
    </message>
    <message>
        <source>--base-url needs an http or https address, not &quot;%1&quot;</source>
        <translation>для --base-url нужен адрес http или https, а не «%1»</translation>
    </message>
    <message>
        <source>exporting the site: %1%</source>
        <translation>экспорт сайта: %1%</translation>
    </message>
    <message>
        <source>Wrote %1 pages, %2 home and section pages and %3 feeds to %4.</source>
        <translation>Записано в %4: страниц статей&#xa0;— %1, главных страниц и страниц разделов&#xa0;— %2, лент RSS&#xa0;— %3.</translation>
    </message>
    <message>
        <source>%1 is too large for one article (at most 64 MiB).</source>
        <translation>%1 слишком велик для одной статьи (не больше 64&#xa0;МиБ).</translation>
    </message>
    <message>
        <source>This newsroom has users, so an import acts as one of them: add --as USER (an editor or an admin for published text, an admin for users and settings). Nothing was imported.</source>
        <translation>В этой редакции есть пользователи, поэтому импорт выполняется от имени одного из них: добавьте --as USER (редактор или администратор&#xa0;— для опубликованного текста, администратор&#xa0;— для пользователей и настроек). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Only an admin adds people to this newsroom: add --as ADMIN (&quot;byline-cli users list&quot; shows who is one).</source>
        <translation>Добавлять людей в эту редакцию может только администратор: добавьте --as ADMIN («byline-cli users list» покажет, кто им является).</translation>
    </message>
    <message>
        <source>The first person in a new newsroom is its admin: add them with --role admin; they then add the others (--as %1).</source>
        <translation>Первый человек в новой редакции&#xa0;— её администратор: добавьте его с --role admin; затем он добавит остальных (--as %1).</translation>
    </message>
    <message>
        <source>Added %1 (%2), the newsroom&apos;s first admin.</source>
        <translation>Добавлен %1 (%2), первый администратор редакции.</translation>
    </message>
    <message>
        <source>audit takes no arguments</source>
        <translation>audit не принимает аргументов</translation>
    </message>
    <message>
        <source>Nothing yet: imports and changes to users and settings are recorded here.</source>
        <translation>Пока пусто: здесь записываются импорты и изменения пользователей и настроек.</translation>
    </message>
    <message>
        <source>(set-up)</source>
        <translation>(настройка)</translation>
    </message>
    <message>
        <source>backup needs the FILE to write the backup to</source>
        <translation>backup ожидает FILE&#xa0;— файл, в который записать резервную копию</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %1 to %2: %3 MB, %n article(s), in %4 s; the copy passed its check.</source>
        <translation>
            <numerusform>Резервная копия %1 записана в %2: %3&#xa0;МБ, %n статья, за %4&#xa0;с; копия прошла проверку.</numerusform>
            <numerusform>Резервная копия %1 записана в %2: %3&#xa0;МБ, %n статьи, за %4&#xa0;с; копия прошла проверку.</numerusform>
            <numerusform>Резервная копия %1 записана в %2: %3&#xa0;МБ, %n статей, за %4&#xa0;с; копия прошла проверку.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The store has %n problem(s) in its content or search index, and so has the copy: &quot;byline-cli check&quot; lists them.</source>
        <translation>
            <numerusform>В содержимом или поисковом индексе хранилища есть %n проблема, и в копии тоже: их перечисляет «byline-cli check».</numerusform>
            <numerusform>В содержимом или поисковом индексе хранилища есть %n проблемы, и в копии тоже: их перечисляет «byline-cli check».</numerusform>
            <numerusform>В содержимом или поисковом индексе хранилища есть %n проблем, и в копии тоже: их перечисляет «byline-cli check».</numerusform>
        </translation>
    </message>
    <message>
        <source>The store as it was (damaged) is kept in %1.</source>
        <translation>Хранилище в прежнем виде (повреждённое) сохранено в %1.</translation>
    </message>
    <message>
        <source>The store as it was is kept in %1; restore that file the same way to undo this.</source>
        <translation>Хранилище в прежнем виде сохранено в %1; чтобы отменить восстановление, восстановите этот файл так же.</translation>
    </message>
    <message>
        <source>The backup was at schema %1 and was brought up to schema %2.</source>
        <translation>Резервная копия была в схеме %1 и обновлена до схемы %2.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %1 from %2: %3 MB, %n article(s), in %4 s.</source>
        <translation>
            <numerusform>Хранилище %1 восстановлено из %2: %3&#xa0;МБ, %n статья, за %4&#xa0;с.</numerusform>
            <numerusform>Хранилище %1 восстановлено из %2: %3&#xa0;МБ, %n статьи, за %4&#xa0;с.</numerusform>
            <numerusform>Хранилище %1 восстановлено из %2: %3&#xa0;МБ, %n статей, за %4&#xa0;с.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup has %n problem(s) in its content or search index: &quot;byline-cli check&quot; lists them (&quot;check --repair&quot; rebuilds the index).</source>
        <translation>
            <numerusform>В содержимом или поисковом индексе резервной копии есть %n проблема: их перечисляет «byline-cli check» («check --repair» перестраивает индекс).</numerusform>
            <numerusform>В содержимом или поисковом индексе резервной копии есть %n проблемы: их перечисляет «byline-cli check» («check --repair» перестраивает индекс).</numerusform>
            <numerusform>В содержимом или поисковом индексе резервной копии есть %n проблем: их перечисляет «byline-cli check» («check --repair» перестраивает индекс).</numerusform>
        </translation>
    </message>
    <message>
        <source>restore needs a backup FILE, or an article UID and a revision number with --as USER</source>
        <translation>restore ожидает файл резервной копии FILE либо UID статьи и номер версии с --as USER</translation>
    </message>
    <message>
        <source>adding %1</source>
        <translation>добавление %1</translation>
    </message>
    <message>
        <source>On a newsroom server you are who you logged in as (%1): --as cannot name %2. Log in as %2 to act as them.</source>
        <translation>На сервере редакции вы&#xa0;— тот, под чьим логином вошли (%1): в --as нельзя указать %2. Чтобы действовать как %2, войдите под логином %2.</translation>
    </message>
    <message>
        <source>Your login %1 is not a person of this newsroom, so it cannot act as %2. Ask an admin to add you (byline-cli users add %1 --role ROLE).</source>
        <translation>Ваш логин %1 не принадлежит ни одному сотруднику редакции, поэтому не может действовать как %2. Попросите администратора добавить вас (byline-cli users add %1 --role ROLE).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <source>%1 needs a password to log in to the newsroom server: type it, or give it on standard input (one line). Nothing was changed.</source>
        <translation>Для входа на сервер редакции %1 нужен пароль: введите его или передайте на стандартный ввод (одной строкой). Ничего не изменено.</translation>
    </message>
    <message>
        <source>server needs: setup URL</source>
        <translation>server ожидает: setup URL</translation>
    </message>
    <message>
        <source>server setup needs a postgresql:// URL</source>
        <translation>server setup ожидает адрес postgresql://</translation>
    </message>
    <message>
        <source>Setting up a newsroom needs a PostgreSQL superuser or the database&apos;s owner; %1 is neither. Nothing was changed.</source>
        <translation>Настроить редакцию может суперпользователь PostgreSQL или владелец базы; %1 ни то ни другое. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Newsroom ready: %1 (schema %2)</source>
        <translation>Редакция готова: %1 (схема %2)</translation>
    </message>
    <message>
        <source>Group roles: %1</source>
        <translation>Групповые роли: %1</translation>
    </message>
    <message>
        <source>First admin: %1 (their login was there already)</source>
        <translation>Первый администратор: %1 (его логин уже был)</translation>
    </message>
    <message>
        <source>First admin: %1, who logs in with the password given</source>
        <translation>Первый администратор: %1, входит с указанным паролем</translation>
    </message>
    <message>
        <source>%1 is already in this newsroom as %2, not as an active admin: an admin changes their role in Settings. Nothing was changed.</source>
        <translation>%1 уже есть в этой редакции как %2, а не как действующий администратор: роль меняет администратор в настройках. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This newsroom has people already; its admins add more with &quot;byline-cli users add&quot;. Nothing was changed.</source>
        <translation>В этой редакции уже есть сотрудники; новых добавляют её администраторы командой «byline-cli users add». Ничего не изменено.</translation>
    </message>
    <message>
        <source>Passwords belong to a newsroom server set up with &quot;byline-cli server setup&quot;; %1 has no logins. Nothing was changed.</source>
        <translation>Пароли есть только на сервере редакции, настроенном командой «byline-cli server setup»; у %1 логинов нет. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Only an admin sets a person&apos;s password (%1 is not one). Nothing was changed; to change your own, use psql&apos;s \password.</source>
        <translation>Пароль сотруднику задаёт только администратор (%1 им не является). Ничего не изменено; свой пароль можно сменить командой \password в psql.</translation>
    </message>
    <message>
        <source>setting the password of %1</source>
        <translation>задание пароля для %1</translation>
    </message>
    <message>
        <source>%1 logs in with the new password.</source>
        <translation>%1 входит с новым паролем.</translation>
    </message>
    <message>
        <source>copy takes only --from DB and --to DB</source>
        <translation>copy принимает только --from DB и --to DB</translation>
    </message>
    <message>
        <source>copy names its stores with --from and --to, not --db</source>
        <translation>copy указывает хранилища через --from и --to, а не через --db</translation>
    </message>
    <message>
        <source>copy needs --from DB (the store to copy) and --to DB (a new file or an empty database)</source>
        <translation>copy нужны --from DB (какое хранилище копировать) и --to DB (новый файл или пустая база данных)</translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3</source>
        <translation>Копирование %1: %2 из %3</translation>
    </message>
    <message>
        <source>Building the search index: %1 of %2 articles</source>
        <translation>Построение поискового индекса: %1 из %2 статей</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 to %2: %n article(s), %3 rows in %4 tables and %5 search documents, in %6 s.</source>
        <translation>
            <numerusform>%1 скопировано в %2: %n статья, строк&#xa0;— %3 в %4 таблицах, поисковых документов&#xa0;— %5, за %6&#xa0;с.</numerusform>
            <numerusform>%1 скопировано в %2: %n статьи, строк&#xa0;— %3 в %4 таблицах, поисковых документов&#xa0;— %5, за %6&#xa0;с.</numerusform>
            <numerusform>%1 скопировано в %2: %n статей, строк&#xa0;— %3 в %4 таблицах, поисковых документов&#xa0;— %5, за %6&#xa0;с.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next, as the server&apos;s owner: &quot;byline-cli server setup %1&quot; gives the newsroom&apos;s people their logins and rights there.</source>
        <translation>Дальше&#xa0;— от имени владельца сервера: «byline-cli server setup %1» даст сотрудникам редакции их логины и права на нём.</translation>
    </message>
    <message>
        <source>inbox takes no arguments, or &quot;read ID&quot; or &quot;read all&quot;</source>
        <translation>inbox не принимает аргументов, кроме «read ID» или «read all»</translation>
    </message>
    <message>
        <source>inbox needs --as USER (whose inbox)</source>
        <translation>inbox требует --as USER (чьи входящие)</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Пользователя «%1» нет.</translation>
    </message>
    <message>
        <source>inbox read needs an entry&apos;s number (from &quot;inbox&quot;) or &quot;all&quot;</source>
        <translation>inbox read требует номер записи (из «inbox») или «all»</translation>
    </message>
    <message>
        <source>Entry %1 marked read.</source>
        <translation>Запись %1 отмечена прочитанной.</translation>
    </message>
    <message>
        <source>Nothing unread.</source>
        <translation>Непрочитанного нет.</translation>
    </message>
    <message>
        <source>The inbox is empty.</source>
        <translation>Во входящих пусто.</translation>
    </message>
    <message>
        <source>Entries marked read: %1.</source>
        <translation>Отмечено прочитанными: %1.</translation>
    </message>
    <message>
        <source>--atomic goes with --changed-only (a full export is always swapped in whole)</source>
        <translation>--atomic используется вместе с --changed-only (полный экспорт всегда подменяет сайт целиком)</translation>
    </message>
    <message>
        <source>Kept %1 unchanged pages from the last export; removed %2 no longer published.</source>
        <translation>Оставлено страниц без изменений с прошлого экспорта: %1; удалено снятых с публикации: %2.</translation>
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
        <translation>Использование: byline-cli [--db PATH] COMMAND [ARGS]

Команды:
  init [--demo]                      создать хранилище или обновить его схему; --demo добавляет демо-редакцию
  import FILE|- [--as USER]          прочитать файл обмена (byline/1) в хранилище от имени
                                     USER: права проверяются (администраторы: пользователи и
                                     настройки; редакторы: опубликованный текст), запись в
                                     журнале аудита; без --as&#xa0;— только в хранилище без
                                     пользователей
  export FILE|- [--article UID]      записать хранилище (или одну статью) в файл обмена
  list [--status S] [--locale L] [--json]
  show UID [--json]
  users list [--json]
  users add NAME --role ROLE [--locales ru,hy] [--display-name &quot;Имя Фамилия&quot;]
            [--name LOCALE=NAME ...] --as ADMIN
                                     (первый пользователь новой редакции: --role admin, без --as;
                                     на сервере: ещё и его логин, пароль из терминала
                                     или одной строкой со стандартного ввода)
  users names NAME [--display-name &quot;Имя Фамилия&quot;] [--name LOCALE=NAME ...] --as ADMIN
                                     как NAME пишется на каждом языке («ru=Том Рид»):
                                     так подписаны страницы на этом языке; LOCALE=
                                     убирает имя; без параметров&#xa0;— показать их
  users password NAME                на сервере: новый пароль для логина NAME (администраторы)
  server setup URL [--admin NAME [--display-name &quot;Имя Фамилия&quot;]]
                                     сделать базу PostgreSQL общей редакцией (схема, групповые
                                     роли, права, которые проверяет сервер) или обновить её;
                                     от имени суперпользователя или владельца базы; повторный
                                     запуск безвреден; --admin: первый администратор и его логин
  audit [--limit N] [--json]         журнал аудита редакции: импорты, пользователи, настройки
  check [--repair]                   проверить целостность хранилища, правила содержимого и поисковый
                                     индекс; --repair перестраивает рассогласованный поисковый индекс
  render UID --locale L [--theme light|dark] [--output FILE] [--preview]
                                     страница в том виде, в каком её видит читатель; --preview: также
                                     на языке, который ещё не опубликован
  export-site DIR [--base-url URL] [--changed-only [--atomic]]
                                     статический сайт: страницы статей, главные страницы и страницы
                                     разделов, RSS для каждого языка, sitemap.xml, ресурсы; DIR заменяется разом;
                                     --changed-only переписывает на месте только изменившееся (каждый
                                     файл целиком); --atomic вместо этого подменяет весь сайт разом
  search QUERY [--locale L] [--status S] [--section UID] [--author NAME] [--expert UID]
         [--from TIME] [--to TIME] [--limit N] [--prefix] [--json]
                                     полнотекстовый поиск по всем языкам: слова, «фразы»,
                                     начало*; --prefix: последнее слово&#xa0;— начало слова
  act UID ACTION --as USER [--locale L] [--comment TEXT] [--at TIME]
        ACTION: submit approve request-changes schedule unschedule publish unpublish
                spike restore   (--locale: только этот перевод)
  publish-due [--now TIME]           опубликовать все запланированные статьи, время которых наступило
  comment UID --as USER (--text TEXT [--locale L] | --resolve N)
                                     комментарий с упоминанием (@логин) попадает во входящие
                                     упомянутого
  inbox --as USER [--unread] [--json]
                                     входящие USER, новые сверху: возвращено на доработку,
                                     назначено, запланировано, опубликовано, упоминание,
                                     перевод устарел
  inbox read ID|all --as USER        отметить запись (или все) прочитанной
  revisions UID [--json]
  diff UID REV_A REV_B               различия между двумя версиями по словам
  restore UID REV --as USER          сделать старую версию текущим текстом (как новую версию)
  backup FILE                        проверенная копия хранилища, снимается, пока другие работают с ним
  restore FILE                       вернуть резервную копию; прежнее хранилище сохраняется рядом
  copy --from DB --to DB             скопировать всё хранилище в новый файл или пустую базу
                                     данных, между SQLite и PostgreSQL в любую сторону;
                                     DB&#xa0;— путь или URL postgresql://; ход работы&#xa0;— в
                                     стандартный поток ошибок
  save FILE|- --as USER              сохранить статью, отредактированную по выводу «show UID --json»
  translations UID [--locale L] [--json]
                                     по языкам: охват (готово, устарело, нет перевода), каждый сегмент,
                                     устаревшие&#xa0;— со старым и новым оригиналом, предупреждения о качестве
  segment-done UID LOCALE SEGMENT --as USER
                                     перевод SEGMENT (например, block:b3) снова актуален
  experts list [--search TEXT] [--json] | experts show UID
  experts add --name L=NAME [--role L=ROLE] [--country L=COUNTRY] ...
  experts merge KEEP_UID DROP_UID --as USER
  quotes list [--expert UID] [--json]

TIME&#xa0;— время в формате ISO 8601 со смещением (2026-12-01T09:00:00+04:00) или местное время
в часовом поясе редакции (2026-12-01 09:00).

Хранилище: --db PATH, иначе $BYLINE_DB, иначе хранилище настольной программы:
  %1
PATH может быть адресом postgresql://USER@HOST:PORT/DATABASE: редакция на сервере, где
вы&#xa0;— это ваш логин (--as не нужен; пароль из ~/.pgpass или PGPASSWORD).
Коды выхода: 0 готово, 2 неверный вызов, 3 нет прав, 4 не найдено, 5 конфликт,
             6 неверные данные, 7 сбой хранилища.
</translation>
    </message>
    <message>
        <source>--name needs LOCALE=NAME, e.g. --name &quot;ru=Том Рид&quot;</source>
        <translation>--name ожидает LOCALE=NAME, например --name &quot;ru=Том Рид&quot;</translation>
    </message>
    <message>
        <source>users needs &quot;list&quot;, &quot;add NAME --role ROLE --as ADMIN&quot;, &quot;names NAME&quot; or &quot;password NAME&quot;</source>
        <translation>users ожидает «list», «add NAME --role ROLE --as ADMIN», «names NAME» или «password NAME»</translation>
    </message>
    <message>
        <source>%1 (the display name)</source>
        <translation>%1 (отображаемое имя)</translation>
    </message>
    <message>
        <source>%1&apos;s names are as given already; nothing changed.</source>
        <translation>Имена %1 уже такие; ничего не изменено.</translation>
    </message>
    <message>
        <source>Only an admin changes how people are named: add --as ADMIN (&quot;byline-cli users list&quot; shows who is one).</source>
        <translation>Менять имена людей может только администратор: добавьте --as ADMIN («byline-cli users list» покажет, кто им является).</translation>
    </message>
    <message>
        <source>Saved the names of %1.</source>
        <translation>Имена %1 сохранены.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>Не удалось записать в стандартный вывод: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was written; check the path and your rights to it.</source>
        <translation>Не удалось записать %1: %2. Ничего не записано; проверьте путь и права доступа к нему.</translation>
    </message>
    <message>
        <source>%1 KiB read</source>
        <translation>прочитано %1&#xa0;КиБ</translation>
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
        <translation>Вся статья</translation>
    </message>
    <message>
        <source>Select an article to see its comments.</source>
        <translation>Выберите статью, чтобы увидеть комментарии к ней.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <source>whole article</source>
        <translation>вся статья</translation>
    </message>
    <message>
        <source>sent the article back</source>
        <translation>возврат на доработку</translation>
    </message>
    <message>
        <source>Resolved by %1, %2</source>
        <translation>Закрыт: %1, %2</translation>
    </message>
    <message>
        <source>Show resolved (%1)</source>
        <translation>Показать закрытые (%1)</translation>
    </message>
    <message>
        <source>No open comments.</source>
        <translation>Открытых комментариев нет.</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Комментариев пока нет.</translation>
    </message>
    <message>
        <source>The store&apos;s file cannot be written to; comments cannot be added or resolved.</source>
        <translation>В файл хранилища нельзя записывать; добавлять и закрывать комментарии невозможно.</translation>
    </message>
    <message>
        <source>Choose who you are first (&quot;You are&quot; in the toolbar).</source>
        <translation>Сначала выберите пользователя (поле «Вы» на панели инструментов).</translation>
    </message>
    <message>
        <source>%1 is no longer active in this newsroom.</source>
        <translation>Пользователь %1 больше не активен в этой редакции.</translation>
    </message>
    <message>
        <source>Add the comment (Ctrl+Enter)</source>
        <translation>Добавить комментарий (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Mark the selected comment as dealt with</source>
        <translation>Отметить выбранный комментарий как учтённый</translation>
    </message>
    <message>
        <source>Select an open comment to resolve it.</source>
        <translation>Выберите открытый комментарий, чтобы закрыть его.</translation>
    </message>
    <message>
        <source>The comment was not added: %1</source>
        <translation>Комментарий не добавлен: %1</translation>
    </message>
    <message>
        <source>Comment %1 was not resolved: %2</source>
        <translation>Комментарий %1 не закрыт: %2</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>Also list the comments already dealt with (greyed)</source>
        <translation>Показывать и закрытые комментарии (серым)</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Относится к:</translation>
    </message>
    <message>
        <source>Comment on</source>
        <translation>К чему относится комментарий</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Новый комментарий</translation>
    </message>
    <message>
        <source>Write a comment… (Ctrl+Enter adds it)</source>
        <translation>Напишите комментарий… (Ctrl+Enter&#xa0;— добавить)</translation>
    </message>
    <message>
        <source>&amp;Add comment</source>
        <translation>&amp;Добавить комментарий</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Закрыть</translation>
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
        <translation>(нет в этой версии)</translation>
    </message>
    <message>
        <source>The section, authors or editor differ too.</source>
        <translation>Раздел, авторы или редактор тоже различаются.</translation>
    </message>
    <message>
        <source>(this language only here)</source>
        <translation>(этот язык есть только здесь)</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Ярлык</translation>
    </message>
    <message>
        <source>Someone saved this article meanwhile</source>
        <translation>Тем временем кто-то сохранил эту статью</translation>
    </message>
    <message>
        <source>%1 saved a newer version of this article (%2) while you were editing it. Nothing is lost whichever you choose: the other text stays in the article&apos;s revisions.</source>
        <translation>Пока вы редактировали эту статью, сохранена её более новая версия (%1, %2). Что бы вы ни выбрали, ничего не потеряется: другой текст останется в истории версий статьи.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <source>Your text is kept as revision %1.</source>
        <translation>Ваш текст сохранён как версия %1.</translation>
    </message>
    <message>
        <source>Your text (not saved)</source>
        <translation>Ваш текст (не сохранён)</translation>
    </message>
    <message>
        <source>Saved by %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>неизвестно кем</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Оставить мой текст</translation>
    </message>
    <message>
        <source>Save your text on top of the newer version</source>
        <translation>Сохранить ваш текст поверх более новой версии</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Взять их текст</translation>
    </message>
    <message>
        <source>Continue from the newer version; your text stays in the revisions</source>
        <translation>Продолжить с более новой версии; ваш текст останется в истории версий</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Решить &amp;позже</translation>
    </message>
    <message>
        <source>Keep editing; nothing is saved until you choose (Ctrl+S asks again)</source>
        <translation>Продолжить редактирование; ничего не сохраняется, пока вы не выберете (Ctrl+S спросит снова)</translation>
    </message>
    <message>
        <source>&amp;Merge by block…</source>
        <translation>Объединить по &amp;частям…</translation>
    </message>
    <message>
        <source>Choose, part by part, whether your text or theirs is kept</source>
        <translation>Выбрать для каждой части, чей текст останется: ваш или их</translation>
    </message>
    <message>
        <source>Tick the parts where your text should stay; the others take the newer version. Whatever is not chosen stays in the revisions.</source>
        <translation>Отметьте части, где должен остаться ваш текст; в остальных будет новая версия. Всё, что не выбрано, сохранится в истории версий.</translation>
    </message>
    <message>
        <source>Parts that differ</source>
        <translation>Различающиеся части</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Мой текст</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Часть</translation>
    </message>
    <message>
        <source>Your text</source>
        <translation>Ваш текст</translation>
    </message>
    <message>
        <source>Their text</source>
        <translation>Их текст</translation>
    </message>
    <message>
        <source>the whole language</source>
        <translation>весь язык целиком</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Save the merge</source>
        <translation>&amp;Сохранить объединённый текст</translation>
    </message>
    <message>
        <source>Save the chosen parts on top of the newer version</source>
        <translation>Сохранить выбранные части поверх новой версии</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Both texts of the chosen part</source>
        <translation>Оба текста выбранной части</translation>
    </message>
</context>
<context>
    <name>Byline::ConnectDialog</name>
    <message>
        <source>Give the newsroom&apos;s database and your login; whoever runs the server has them for you.</source>
        <translation>Укажите базу данных редакции и свой логин: их даст тот, кто обслуживает сервер.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Remembered: leave empty to use it</source>
        <translation>Сохранён: оставьте пустым, чтобы использовать его</translation>
    </message>
    <message>
        <source>Connect to a newsroom server</source>
        <translation>Подключение к серверу редакции</translation>
    </message>
    <message>
        <source>Work in the newsroom everyone shares. Whoever runs the newsroom&apos;s server gives you its address, the database and your login.</source>
        <translation>Работайте в общей редакции вместе со всеми. Адрес сервера, базу данных и ваш логин даст тот, кто обслуживает сервер редакции.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>The server&apos;s name or address, as whoever runs it gave it to you (a folder starting with / is a server on this computer)</source>
        <translation>Имя или адрес сервера&#xa0;— как вам его сообщили (папка, начинающаяся с /, означает сервер на этом компьютере)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>5432 unless you were told otherwise</source>
        <translation>5432, если вам не сказали иное</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>The name of the newsroom&apos;s database on the server</source>
        <translation>Имя базы данных редакции на сервере</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Шифрование:</translation>
    </message>
    <message>
        <source>Off (only on a network you trust)</source>
        <translation>Выключено (только в сети, которой вы доверяете)</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>Если сервер его предлагает</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Всегда</translation>
    </message>
    <message>
        <source>Always, and check the server&apos;s certificate</source>
        <translation>Всегда, с проверкой сертификата сервера</translation>
    </message>
    <message>
        <source>How the connection is protected from others on the network. &quot;Always, and check the server&apos;s certificate&quot; is the safest; ask whoever runs the server which one it supports.</source>
        <translation>Как соединение защищено от других в сети. Надёжнее всего «Всегда, с проверкой сертификата сервера»; спросите у того, кто обслуживает сервер, что он поддерживает.</translation>
    </message>
    <message>
        <source>Your &amp;login:</source>
        <translation>Ваш &amp;логин:</translation>
    </message>
    <message>
        <source>Your login on the server: on a newsroom server you are who you sign in as</source>
        <translation>Ваш логин на сервере: на сервере редакции вы&#xa0;— тот, под чьим логином вошли</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer</source>
        <translation>&amp;Запомнить пароль на этом компьютере</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Подключиться</translation>
    </message>
</context>
<context>
    <name>Byline::ConnectionKeeper</name>
    <message>
        <source>Lost the newsroom server; reconnecting now… your text is kept</source>
        <translation>Связь с сервером редакции потеряна; переподключаемся… ваш текст сохранён</translation>
    </message>
    <message numerus="yes">
        <source>Lost the newsroom server; reconnecting in %n s… your text is kept</source>
        <translation>
            <numerusform>Связь с сервером редакции потеряна; переподключение через %n&#xa0;с… ваш текст сохранён</numerusform>
            <numerusform>Связь с сервером редакции потеряна; переподключение через %n&#xa0;с… ваш текст сохранён</numerusform>
            <numerusform>Связь с сервером редакции потеряна; переподключение через %n&#xa0;с… ваш текст сохранён</numerusform>
        </translation>
    </message>
    <message>
        <source>Back on the newsroom server; what you typed meanwhile is saved.</source>
        <translation>Связь с сервером редакции восстановлена; всё, что вы набрали за это время, сохранено.</translation>
    </message>
    <message numerus="yes">
        <source>Back on the newsroom server; %n open article(s) could not be saved yet: their tabs say why.</source>
        <translation>
            <numerusform>Связь с сервером редакции восстановлена; %n открытую статью пока не удалось сохранить: причина указана на её вкладке.</numerusform>
            <numerusform>Связь с сервером редакции восстановлена; %n открытые статьи пока не удалось сохранить: причина указана на их вкладках.</numerusform>
            <numerusform>Связь с сервером редакции восстановлена; %n открытых статей пока не удалось сохранить: причина указана на их вкладках.</numerusform>
        </translation>
    </message>
    <message>
        <source>Newsroom server %1/%2&#xa0;— signed in as %3</source>
        <translation>Сервер редакции %1/%2&#xa0;— вы вошли как %3</translation>
    </message>
</context>
<context>
    <name>Byline::CoverageBar</name>
    <message>
        <source>%1 done · %2 stale · %3 missing</source>
        <translation>готово: %1 · устарело: %2 · нет: %3</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Охват перевода</translation>
    </message>
    <message>
        <source>Segments of this language: %1</source>
        <translation>Сегменты на этом языке: %1</translation>
    </message>
</context>
<context>
    <name>Byline::DailyBackup</name>
    <message>
        <source>The daily backup was not made. %1 The backup settings are in File &gt; Settings &gt; Backups.</source>
        <translation>Ежедневная резервная копия не сделана. %1 Настройки резервного копирования&#xa0;— в меню «Файл &gt; Настройки &gt; Резервные копии».</translation>
    </message>
</context>
<context>
    <name>Byline::Desk</name>
    <message>
        <source>Open a newsroom file</source>
        <translation>Открыть файл редакции</translation>
    </message>
    <message>
        <source>Byline newsrooms (*.sqlite);;All files (*)</source>
        <translation>Редакции Byline (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Byline cannot start</source>
        <translation>Не удалось запустить Byline</translation>
    </message>
    <message>
        <source>The password was not kept</source>
        <translation>Пароль не сохранён</translation>
    </message>
    <message>
        <source>No keyring on this computer: the password is kept in %1, readable only by you.</source>
        <translation>На этом компьютере нет связки ключей: пароль хранится в %1, доступном для чтения только вам.</translation>
    </message>
    <message>
        <source>The newsroom was not opened</source>
        <translation>Редакция не открыта</translation>
    </message>
</context>
<context>
    <name>Byline::EditorTabs</name>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>Close the article</source>
        <translation>Закрыть статью</translation>
    </message>
    <message>
        <source>Desk and open articles</source>
        <translation>Список статей и открытые статьи</translation>
    </message>
</context>
<context>
    <name>Byline::EditorialCalendar</name>
    <message>
        <source>(untitled)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>Late: not published yet</source>
        <translation>Просрочено: ещё не опубликовано</translation>
    </message>
    <message>
        <source>Published late</source>
        <translation>Опубликовано с опозданием</translation>
    </message>
    <message>
        <source>Published %1.</source>
        <translation>Опубликовано %1.</translation>
    </message>
    <message>
        <source>%1 later than scheduled.</source>
        <translation>Позже запланированного на %1.</translation>
    </message>
    <message>
        <source>Published articles stay on their day.</source>
        <translation>Опубликованные статьи не переносятся на другой день.</translation>
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation>Запланировано на %1.</translation>
    </message>
    <message>
        <source>Its time has passed and it is not published yet: it goes out with the next publishing run, or publish it now.</source>
        <translation>Время публикации прошло, а статья ещё не опубликована: она выйдет при следующей автоматической публикации, или опубликуйте её сейчас.</translation>
    </message>
    <message>
        <source>Drag it to another day to move it there (same time of day), or press Ctrl+Shift+R to choose a new time.</source>
        <translation>Перетащите статью на другой день, чтобы перенести её туда (в то же время суток), или нажмите Ctrl+Shift+R, чтобы выбрать новое время.</translation>
    </message>
    <message>
        <source>The calendar cannot be read: %1</source>
        <translation>Не удалось прочитать календарь: %1</translation>
    </message>
    <message>
        <source>Choose who you are first (&quot;You are&quot; above the list).</source>
        <translation>Сначала выберите пользователя (поле «Вы» над списком).</translation>
    </message>
    <message>
        <source>That article is no longer on the calendar.</source>
        <translation>Этой статьи больше нет в календаре.</translation>
    </message>
    <message>
        <source>Published articles stay on the day they came out.</source>
        <translation>Опубликованные статьи остаются в тот день, когда вышли.</translation>
    </message>
    <message>
        <source>Only editors can reschedule; you are %1.</source>
        <translation>Переносить публикации могут только редакторы; вы&#xa0;— %1.</translation>
    </message>
    <message>
        <source>%1 is over: move it to today or a later day.</source>
        <translation>День %1 уже прошёл: перенесите статью на сегодня или на более поздний день.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Ничего не изменено.</translation>
    </message>
    <message>
        <source>Select a scheduled article on the calendar first.</source>
        <translation>Сначала выберите в календаре запланированную статью.</translation>
    </message>
    <message>
        <source>“%1” is now scheduled for %2.</source>
        <translation>Статья «%1» теперь запланирована на %2.</translation>
    </message>
    <message>
        <source>Select a scheduled article first.</source>
        <translation>Сначала выберите запланированную статью.</translation>
    </message>
    <message>
        <source>Choose a new publication time (Ctrl+Shift+R)</source>
        <translation>Выбрать новое время публикации (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Editorial calendar</source>
        <translation>Редакционный календарь</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Предыдущая неделя (Alt+Left)</translation>
    </message>
    <message>
        <source>Previous month (Alt+Left)</source>
        <translation>Предыдущий месяц (Alt+Left)</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Следующая неделя (Alt+Right)</translation>
    </message>
    <message>
        <source>Next month (Alt+Right)</source>
        <translation>Следующий месяц (Alt+Right)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Back to today (Alt+Home)</source>
        <translation>Вернуться к сегодняшнему дню (Alt+Home)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open the article (Enter, double-click)</source>
        <translation>Открыть статью (Enter, двойной щелчок)</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Часовой пояс: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · today</source>
        <translation>%1 · сегодня</translation>
    </message>
    <message>
        <source>Articles on %1</source>
        <translation>Статьи: %1</translation>
    </message>
    <message>
        <source>%1 at %2 has already passed. Move it to a later day, or choose a later time with “Reschedule…”. Nothing was changed.</source>
        <translation>%1 в %2 уже прошло. Перенесите статью на более поздний день или выберите более позднее время кнопкой «Перенести…». Ничего не изменено.</translation>
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
        <translation>Есть несохранённые изменения</translation>
    </message>
    <message>
        <source>The changes to %1 are not saved yet. Save them?</source>
        <translation>Изменения (%1) ещё не сохранены. Сохранить их?</translation>
    </message>
    <message>
        <source>Merge two records of one person</source>
        <translation>Объединить две записи об одном человеке</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; become one record. Which one do you keep?</source>
        <translation>«%1» и «%2» станут одной записью. Какую оставить?</translation>
    </message>
    <message>
        <source>The kept record keeps its spellings; the other one&apos;s quotes move to it and its spellings fill the languages the kept one lacks. Then the other record is removed. This cannot be undone.</source>
        <translation>Оставленная запись сохраняет свои написания; цитаты другой записи переходят к ней, а написания другой записи дополняют языки, которых у оставленной нет. Затем другая запись удаляется. Отменить это нельзя.</translation>
    </message>
    <message>
        <source>Keep &quot;%1&quot;</source>
        <translation>Оставить «%1»</translation>
    </message>
    <message>
        <source>Cannot read the experts</source>
        <translation>Не удалось прочитать список экспертов</translation>
    </message>
    <message numerus="yes">
        <source>%n expert(s) in the registry</source>
        <translation>
            <numerusform>%n эксперт в реестре</numerusform>
            <numerusform>%n эксперта в реестре</numerusform>
            <numerusform>%n экспертов в реестре</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expert(s) found</source>
        <translation>
            <numerusform>Найден %n эксперт</numerusform>
            <numerusform>Найдено %n эксперта</numerusform>
            <numerusform>Найдено %n экспертов</numerusform>
        </translation>
    </message>
    <message>
        <source>the new expert</source>
        <translation>новый эксперт</translation>
    </message>
    <message>
        <source>Your changes are still in the form.</source>
        <translation>Ваши изменения остались в форме.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Choose who you are in the main window first. %1</source>
        <translation>Сначала выберите пользователя в главном окне. %1</translation>
    </message>
    <message>
        <source>The expert was not saved: %1 %2</source>
        <translation>Эксперт не сохранён: %1 %2</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Не объединено</translation>
    </message>
    <message>
        <source>The two records were not merged: %1</source>
        <translation>Записи не объединены: %1</translation>
    </message>
    <message>
        <source>Quoted: not yet (a new expert)</source>
        <translation>Цитаты: пока нет (новый эксперт)</translation>
    </message>
    <message>
        <source>Quoted: choose an expert</source>
        <translation>Цитаты: выберите эксперта</translation>
    </message>
    <message>
        <source>Cannot tell where the expert is quoted: %1</source>
        <translation>Не удалось определить, где цитируется эксперт: %1</translation>
    </message>
    <message>
        <source>said in %1 · checked with the expert</source>
        <translation>на языке %1 · согласована с экспертом</translation>
    </message>
    <message>
        <source>said in %1</source>
        <translation>на языке %1</translation>
    </message>
    <message>
        <source>%1
Text with the quote: %2
Double-click to show the article in the list.</source>
        <translation>%1
Версии с цитатой: %2
Дважды щёлкните, чтобы показать статью в списке.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>Not used in any article yet.</source>
        <translation>Пока не используется ни в одной статье.</translation>
    </message>
    <message>
        <source>&amp;Quoted: no quotes yet</source>
        <translation>&amp;Цитаты: пока нет</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Quoted: %n quote(s)</source>
        <translation>
            <numerusform>&amp;Цитаты: %n</numerusform>
            <numerusform>&amp;Цитаты: %n</numerusform>
            <numerusform>&amp;Цитаты: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use(s) in articles</source>
        <translation>
            <numerusform>%n использование в статьях</numerusform>
            <numerusform>%n использования в статьях</numerusform>
            <numerusform>%n использований в статьях</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only: the store&apos;s file or folder cannot be written to; ask whoever looks after it for write access.</source>
        <translation>Только чтение: в файл хранилища или его папку нельзя записывать; попросите того, кто отвечает за хранилище, дать права на запись.</translation>
    </message>
    <message>
        <source>Read-only: choose who you are in the main window (&quot;You are&quot;) to edit experts.</source>
        <translation>Только чтение: чтобы редактировать экспертов, выберите пользователя в главном окне (поле «Вы»).</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Только чтение: %1</translation>
    </message>
    <message>
        <source>Read-only: translators edit the experts only in their own languages, and %1 translates into none of this store&apos;s.</source>
        <translation>Только чтение: переводчики редактируют экспертов только на своих языках, а %1 не переводит ни на один из языков этого хранилища.</translation>
    </message>
    <message>
        <source>You can edit the %1 spellings, roles and countries; the other languages are read-only (translators edit only their own).</source>
        <translation>Вы можете редактировать написания, роли и страны на языках: %1; остальные языки доступны только для чтения (переводчики редактируют только свои).</translation>
    </message>
    <message>
        <source>New expert</source>
        <translation>Новый эксперт</translation>
    </message>
    <message>
        <source>Choose an expert, or add a new one</source>
        <translation>Выберите эксперта или добавьте нового</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>не сохранено</translation>
    </message>
    <message>
        <source>Add an expert to the registry (Ctrl+N)</source>
        <translation>Добавить эксперта в реестр (Ctrl+N)</translation>
    </message>
    <message>
        <source>Choose who you are in the main window first.</source>
        <translation>Сначала выберите пользователя в главном окне.</translation>
    </message>
    <message>
        <source>Only editors and admins merge experts.</source>
        <translation>Объединять экспертов могут только редакторы и администраторы.</translation>
    </message>
    <message>
        <source>Make the two selected records one</source>
        <translation>Объединить две выбранные записи в одну</translation>
    </message>
    <message>
        <source>Select the two records of one person (Ctrl+click), then merge them.</source>
        <translation>Выберите две записи об одном человеке (Ctrl+щелчок) и объедините их.</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Эксперты</translation>
    </message>
    <message>
        <source>Name in any spelling, role or country</source>
        <translation>Имя в любом написании, роль или страна</translation>
    </message>
    <message>
        <source>Find an expert (Ctrl+F): any spelling, in any script</source>
        <translation>Найти эксперта (Ctrl+F): любое написание, любой алфавит</translation>
    </message>
    <message>
        <source>Search experts</source>
        <translation>Поиск экспертов</translation>
    </message>
    <message>
        <source>&amp;New expert</source>
        <translation>&amp;Новый эксперт</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role and affiliation</source>
        <translation>Роль и организация</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Name in %1</source>
        <translation>Имя (%1)</translation>
    </message>
    <message>
        <source>Role and affiliation in %1</source>
        <translation>Роль и организация (%1)</translation>
    </message>
    <message>
        <source>Country in %1</source>
        <translation>Страна (%1)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the expert (Ctrl+S); the archive search finds the new spellings</source>
        <translation>Сохранить эксперта (Ctrl+S); поиск по архиву будет находить новые написания</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>С&amp;бросить</translation>
    </message>
    <message>
        <source>Quote, and the articles using it</source>
        <translation>Цитата и статьи с ней</translation>
    </message>
    <message>
        <source>Said in / state</source>
        <translation>Язык / статус</translation>
    </message>
    <message>
        <source>On the site</source>
        <translation>На сайте</translation>
    </message>
    <message>
        <source>Where the expert is quoted</source>
        <translation>Где цитируется эксперт</translation>
    </message>
</context>
<context>
    <name>Byline::HistoryPanel</name>
    <message>
        <source>saved</source>
        <translation>сохранено</translation>
    </message>
    <message>
        <source>kept from a conflict</source>
        <translation>сохранено при конфликте</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>восстановлено</translation>
    </message>
    <message>
        <source>from an import</source>
        <translation>из импорта</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>SEO title</source>
        <translation>SEO-заголовок</translation>
    </message>
    <message>
        <source>SEO description</source>
        <translation>SEO-описание</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Ярлык</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Блок %1</translation>
    </message>
    <message>
        <source>Restore revision %1</source>
        <translation>Восстановить версию %1</translation>
    </message>
    <message>
        <source>Make the text of revision %1 the current text? It is saved as a new revision; nothing newer is lost.</source>
        <translation>Сделать текст версии %1 текущим? Он сохранится как новая версия; ничего более нового не потеряется.</translation>
    </message>
    <message>
        <source>Select an article to see its revisions.</source>
        <translation>Выберите статью, чтобы увидеть её версии.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <source>Choose who you are first.</source>
        <translation>Сначала выберите, кто вы.</translation>
    </message>
    <message>
        <source>No change to the text in this revision.</source>
        <translation>В этой версии текст не менялся.</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>Preview this revision</source>
        <translation>Предпросмотр этой версии</translation>
    </message>
    <message>
        <source>Restore this revision…</source>
        <translation>Восстановить эту версию…</translation>
    </message>
    <message>
        <source>No revisions yet: every save from now on keeps one here.</source>
        <translation>Версий пока нет: каждое сохранение будет добавлять сюда новую.</translation>
    </message>
</context>
<context>
    <name>Byline::ImportExportJobs</name>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%n новая статья</numerusform>
            <numerusform>%n новые статьи</numerusform>
            <numerusform>%n новых статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation>Импортирован файл %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) differed from the store, which kept its own text; the file&apos;s text is a revision in their History.</source>
        <translation>
            <numerusform>%n статья отличается от версии в хранилище; хранилище сохранило свой текст, а текст из файла стал отдельной версией в её «Истории».</numerusform>
            <numerusform>%n статьи отличаются от версий в хранилище; хранилище сохранило свой текст, а текст из файла стал отдельной версией в их «Истории».</numerusform>
            <numerusform>%n статей отличаются от версий в хранилище; хранилище сохранило свой текст, а текст из файла стал отдельной версией в их «Истории».</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder or make room, then export again.</source>
        <translation>Не удалось записать %1: %2. Выберите другую папку или освободите место, затем повторите экспорт.</translation>
    </message>
    <message>
        <source>The whole store was exported to %1 (%2 MiB).</source>
        <translation>Всё хранилище экспортировано в %1 (%2&#xa0;МиБ).</translation>
    </message>
    <message>
        <source>The site was written to %1.</source>
        <translation>Сайт записан в %1.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Reading %1 into the store…</source>
        <translation>Загрузка %1 в хранилище…</translation>
    </message>
    <message>
        <source>Exporting the store</source>
        <translation>Экспорт хранилища</translation>
    </message>
    <message>
        <source>Writing every article to %1…</source>
        <translation>Запись всех статей в %1…</translation>
    </message>
    <message>
        <source>Exporting the site</source>
        <translation>Экспорт сайта</translation>
    </message>
    <message>
        <source>Writing the pages to %1…</source>
        <translation>Запись страниц в %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) updated</source>
        <translation>
            <numerusform>%n статья обновлена</numerusform>
            <numerusform>%n статьи обновлены</numerusform>
            <numerusform>%n статей обновлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) already up to date</source>
        <translation>
            <numerusform>%n статья уже актуальна</numerusform>
            <numerusform>%n статьи уже актуальны</numerusform>
            <numerusform>%n статей уже актуальны</numerusform>
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
        <translation>Не удалось прочитать ваши входящие: %1</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Кто-то</translation>
    </message>
    <message>
        <source>%1 sent back %2</source>
        <translation>%1: статья %2 возвращена на доработку</translation>
    </message>
    <message>
        <source>%1 sent back your %2 translation of %3</source>
        <translation>%1: ваш перевод статьи %3 на %2 возвращён на доработку</translation>
    </message>
    <message>
        <source>%1 made you the editor of %2</source>
        <translation>%1: вы назначены редактором статьи %2</translation>
    </message>
    <message>
        <source>%1 asked you to translate %2 into %3</source>
        <translation>%1: вам поручено перевести статью %2 на %3</translation>
    </message>
    <message>
        <source>%1 scheduled %2 for %3</source>
        <translation>%1: статья %2 запланирована на %3</translation>
    </message>
    <message>
        <source>Your %1 translation of %2 is live</source>
        <translation>Ваш перевод статьи %2 на %1 опубликован</translation>
    </message>
    <message>
        <source>%1 was published on schedule</source>
        <translation>Статья %1 опубликована по расписанию</translation>
    </message>
    <message>
        <source>%1 published %2</source>
        <translation>%1: статья %2 опубликована</translation>
    </message>
    <message>
        <source>%1 mentioned you on %2</source>
        <translation>%1: упоминание о вас в статье %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 changed the source of %2: %n segment(s) of your %3 translation are stale</source>
        <translation>
            <numerusform>%1: оригинал статьи %2 изменён, в вашем переводе на %3 устарел %n сегмент</numerusform>
            <numerusform>%1: оригинал статьи %2 изменён, в вашем переводе на %3 устарели %n сегмента</numerusform>
            <numerusform>%1: оригинал статьи %2 изменён, в вашем переводе на %3 устарело %n сегментов</numerusform>
        </translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Прочитано %1</translation>
    </message>
    <message>
        <source>Unread: open it to see it in its place</source>
        <translation>Не прочитано: откройте, чтобы увидеть это на месте</translation>
    </message>
    <message>
        <source>Choose who you are to see your inbox.</source>
        <translation>Выберите, кто вы, чтобы увидеть свои входящие.</translation>
    </message>
    <message>
        <source>Nothing unread.</source>
        <translation>Непрочитанного нет.</translation>
    </message>
    <message>
        <source>Nothing yet. When an article of yours is sent back, scheduled or published, when you are assigned or mentioned, it shows here.</source>
        <translation>Пока ничего. Когда вашу статью вернут на доработку, запланируют или опубликуют, когда вас назначат или упомянут, это появится здесь.</translation>
    </message>
    <message>
        <source>Your inbox</source>
        <translation>Ваши входящие</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n непрочитанное</numerusform>
            <numerusform>%n непрочитанных</numerusform>
            <numerusform>%n непрочитанных</numerusform>
        </translation>
    </message>
    <message>
        <source>All read</source>
        <translation>Всё прочитано</translation>
    </message>
    <message>
        <source>The entry could not be marked read: %1</source>
        <translation>Не удалось отметить запись прочитанной: %1</translation>
    </message>
    <message>
        <source>Your inbox could not be marked read: %1</source>
        <translation>Не удалось отметить входящие прочитанными: %1</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Только непрочитанное</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Show the article where this happened (Enter)</source>
        <translation>Показать статью там, где это произошло (Enter)</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Отметить всё прочитанным</translation>
    </message>
</context>
<context>
    <name>Byline::InterfaceSettingsPage</name>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>&amp;Language of the desk:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>Menus, dialogs and messages. It is your own choice on this computer; the languages articles are written in are set per article.</source>
        <translation>Меню, диалоги и сообщения. Это ваш личный выбор на этом компьютере; язык, на котором написана статья, задаётся для каждой статьи отдельно.</translation>
    </message>
</context>
<context>
    <name>Byline::Labels</name>
    <message>
        <source>journalist</source>
        <translation>журналист</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>редактор</translation>
    </message>
    <message>
        <source>translator</source>
        <translation>переводчик</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>the number %1 of the source is missing</source>
        <translation>нет числа %1 из оригинала</translation>
    </message>
    <message>
        <source>the link %1 of the source is missing</source>
        <translation>нет ссылки %1 из оригинала</translation>
    </message>
    <message>
        <source>a quotation mark is opened but not closed</source>
        <translation>кавычка открыта, но не закрыта</translation>
    </message>
    <message>
        <source>straight quotes &quot;…&quot; instead of «…»</source>
        <translation>прямые кавычки &quot;…&quot; вместо «…»</translation>
    </message>
    <message>
        <source>a Latin full stop or colon ends an Armenian sentence (use ։)</source>
        <translation>армянское предложение заканчивается латинской точкой или двоеточием (используйте ։)</translation>
    </message>
    <message>
        <source>the expert&apos;s name is spelled differently from the registry: %1</source>
        <translation>имя эксперта написано не так, как в реестре экспертов: %1</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>SEO title</source>
        <translation>SEO-заголовок</translation>
    </message>
    <message>
        <source>SEO description</source>
        <translation>SEO-описание</translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation>Абзац %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>устарело</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>нет перевода</translation>
    </message>
    <message>
        <source>Heading (block %1)</source>
        <translation>Подзаголовок (блок %1)</translation>
    </message>
    <message>
        <source>Pull quote (block %1)</source>
        <translation>Вынос (блок %1)</translation>
    </message>
    <message>
        <source>Expert quote (block %1)</source>
        <translation>Цитата эксперта (блок %1)</translation>
    </message>
    <message>
        <source>Paragraph (block %1)</source>
        <translation>Абзац (блок %1)</translation>
    </message>
    <message>
        <source>invisible or direction-changing characters that make the text read otherwise than it looks: %1</source>
        <translation>невидимые символы или символы смены направления, из-за которых текст читается не так, как выглядит: %1</translation>
    </message>
</context>
<context>
    <name>Byline::LinksSettingsPage</name>
    <message>
        <source>Links</source>
        <translation>Ссылки</translation>
    </message>
    <message>
        <source>Every page links to these at the top. Give each as a full address starting with https://; leave a field empty for no link.</source>
        <translation>Ссылки на них есть вверху каждой страницы. Укажите каждую полным адресом, начинающимся с https://; оставьте поле пустым, если ссылка не нужна.</translation>
    </message>
    <message>
        <source>Social accounts</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <source>Mobile apps</source>
        <translation>Мобильные приложения</translation>
    </message>
    <message>
        <source>%1 app address</source>
        <translation>Адрес приложения (%1)</translation>
    </message>
    <message>
        <source>%1 account address</source>
        <translation>Адрес аккаунта (%1)</translation>
    </message>
</context>
<context>
    <name>Byline::MainWindow</name>
    <message>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>Cannot list the articles</source>
        <translation>Не удалось получить список статей</translation>
    </message>
    <message>
        <source>About Byline</source>
        <translation>О программе Byline</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Byline&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;A newsroom desk for interviews in Russian, English and Armenian.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Byline&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Рабочее место редакции для интервью на русском, английском и армянском языках.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Byline</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>С&amp;татья</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <source>&amp;About Byline</source>
        <translation>&amp;О программе Byline</translation>
    </message>
    <message numerus="yes">
        <source>Published %n scheduled article(s), some of them late.</source>
        <translation>
            <numerusform>Опубликована %n запланированная статья, есть опоздания.</numerusform>
            <numerusform>Опубликованы %n запланированные статьи, некоторые&#xa0;— с опозданием.</numerusform>
            <numerusform>Опубликовано %n запланированных статей, некоторые&#xa0;— с опозданием.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n scheduled article(s).</source>
        <translation>
            <numerusform>Опубликована %n запланированная статья.</numerusform>
            <numerusform>Опубликованы %n запланированные статьи.</numerusform>
            <numerusform>Опубликовано %n запланированных статей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <source>Store: %1 · %2</source>
        <translation>Хранилище: %1 · %2</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) shown</source>
        <translation>
            <numerusform>Показана %n статья</numerusform>
            <numerusform>Показаны %n статьи</numerusform>
            <numerusform>Показано %n статей</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the store</source>
        <translation>всего в хранилище: %1</translation>
    </message>
    <message>
        <source>This build has no interface translation for &quot;%1&quot;.</source>
        <translation>В этой сборке нет перевода интерфейса на «%1».</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>&amp;Find in the archive…</source>
        <translation>&amp;Найти в архиве…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>О&amp;ткрыть</translation>
    </message>
    <message>
        <source>Open the article to edit it (Enter, double-click, Ctrl+O)</source>
        <translation>Открыть статью для редактирования (Enter, двойной щелчок, Ctrl+O)</translation>
    </message>
    <message>
        <source>Cannot open the article</source>
        <translation>Не удалось открыть статью</translation>
    </message>
    <message>
        <source>Export the site into a folder</source>
        <translation>Экспортировать сайт в папку</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>The site was not exported</source>
        <translation>Сайт не экспортирован</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Import articles from a Byline file</source>
        <translation>Импорт статей из файла Byline</translation>
    </message>
    <message>
        <source>Byline files (*.json);;All files (*)</source>
        <translation>Файлы Byline (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export the whole store to a Byline file</source>
        <translation>Экспорт всего хранилища в файл Byline</translation>
    </message>
    <message>
        <source>Byline files (*.json)</source>
        <translation>Файлы Byline (*.json)</translation>
    </message>
    <message>
        <source>&amp;Import articles…</source>
        <translation>&amp;Импортировать статьи…</translation>
    </message>
    <message>
        <source>The store is read-only: nothing can be imported into it.</source>
        <translation>Хранилище доступно только для чтения: импортировать в него ничего нельзя.</translation>
    </message>
    <message>
        <source>Read a byline/1 file into the store (newer texts win, nothing is lost)</source>
        <translation>Загрузить файл byline/1 в хранилище (сохраняются более новые тексты, ничего не теряется)</translation>
    </message>
    <message>
        <source>E&amp;xport the store…</source>
        <translation>&amp;Экспортировать хранилище…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>E&amp;xperts…</source>
        <translation>&amp;Эксперты…</translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation>Новая &amp;статья…</translation>
    </message>
    <message>
        <source>&amp;Translate…</source>
        <translation>П&amp;еревести…</translation>
    </message>
    <message>
        <source>Translate the article segment by segment, source beside translation (Ctrl+T)</source>
        <translation>Переводить статью по сегментам, оригинал рядом с переводом (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Календарь</translation>
    </message>
    <message>
        <source>Scheduled and published articles by day and week (Ctrl+Shift+D)</source>
        <translation>Запланированные и опубликованные статьи по дням и неделям (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Start a new article (Ctrl+N)</source>
        <translation>Создать новую статью (Ctrl+N)</translation>
    </message>
    <message>
        <source>The store is read-only.</source>
        <translation>Хранилище доступно только для чтения.</translation>
    </message>
    <message>
        <source>Choose who you are first.</source>
        <translation>Сначала выберите пользователя.</translation>
    </message>
    <message>
        <source>Journalists and editors start articles.</source>
        <translation>Создавать статьи могут журналисты и редакторы.</translation>
    </message>
    <message>
        <source>The article was not started</source>
        <translation>Статья не создана</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>An import or export is still running. Wait for it to finish, or cancel it, then try again.</source>
        <translation>Импорт или экспорт ещё выполняется. Дождитесь завершения или отмените его, затем повторите попытку.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <source>The store was not exported</source>
        <translation>Хранилище не экспортировано</translation>
    </message>
    <message>
        <source>Nothing to translate</source>
        <translation>Нечего переводить</translation>
    </message>
    <message>
        <source>Select an article in the list first.</source>
        <translation>Сначала выберите статью в списке.</translation>
    </message>
    <message>
        <source>The newsroom has no other language to translate into.</source>
        <translation>В редакции нет других языков, на которые можно переводить.</translation>
    </message>
    <message>
        <source>What are you looking for?</source>
        <translation>Что вы ищете?</translation>
    </message>
    <message>
        <source>Search the archive in every language</source>
        <translation>Поиск по архиву на всех языках</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot; or the start of a word*, in any language; Enter shows what was found (Ctrl+F: the Search panel)</source>
        <translation>Слова, «фраза» или начало слова*, на любом языке; Enter покажет найденное (Ctrl+F&#xa0;— панель поиска)</translation>
    </message>
    <message>
        <source>&amp;Connect to a newsroom server…</source>
        <translation>&amp;Подключиться к серверу редакции…</translation>
    </message>
    <message>
        <source>Work in the newsroom your colleagues share, on its server</source>
        <translation>Работать в общей с коллегами редакции на её сервере</translation>
    </message>
    <message>
        <source>Open a newsroom &amp;file…</source>
        <translation>Открыть &amp;файл редакции…</translation>
    </message>
    <message>
        <source>Work in a newsroom kept in a file on this computer</source>
        <translation>Работать в редакции, хранящейся в файле на этом компьютере</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>Входящие (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n unread in your inbox (Ctrl+Shift+I)</source>
        <translation>
            <numerusform>Во входящих %n непрочитанное (Ctrl+Shift+I)</numerusform>
            <numerusform>Во входящих %n непрочитанных (Ctrl+Shift+I)</numerusform>
            <numerusform>Во входящих %n непрочитанных (Ctrl+Shift+I)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your inbox: sent back, assigned, scheduled, published, mentioned, stale translations (Ctrl+Shift+I)</source>
        <translation>Ваши входящие: возвращённое на доработку, назначенное, запланированное, опубликованное, упоминания, устаревшие переводы (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>The article this entry is about is no longer in the newsroom.</source>
        <translation>Статьи, о которой эта запись, в редакции больше нет.</translation>
    </message>
    <message>
        <source>The article could not be read: %1</source>
        <translation>Не удалось прочитать статью: %1</translation>
    </message>
    <message>
        <source>Export the si&amp;te…</source>
        <translation>Экспортировать &amp;сайт…</translation>
    </message>
</context>
<context>
    <name>Byline::NewArticleDialog</name>
    <message>
        <source>New article</source>
        <translation>Новая статья</translation>
    </message>
    <message>
        <source>The headline, as readers will see it</source>
        <translation>Заголовок в том виде, в каком его увидят читатели</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Written in</source>
        <translation>Язык статьи</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You will be its author. The lead, the text and the expert quotes are written in the editor that opens next; translators add the other languages later.</source>
        <translation>Вы будете её автором. Лид, текст и цитаты экспертов пишутся в редакторе, который откроется следом; переводчики добавят другие языки позже.</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Written in:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Раздел:</translation>
    </message>
    <message>
        <source>Start writing</source>
        <translation>Начать писать</translation>
    </message>
</context>
<context>
    <name>Byline::NewsroomSettingsPage</name>
    <message>
        <source>Newsroom</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>The newsroom&apos;s name (it signs every page)</source>
        <translation>Название редакции (стоит на каждой странице)</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>Newsroom name in %1</source>
        <translation>Название редакции (%1)</translation>
    </message>
    <message>
        <source>Time zone (pages and schedules use it)</source>
        <translation>Часовой пояс (для страниц и расписания публикаций)</translation>
    </message>
    <message>
        <source>Type to filter: Yerevan, Moscow, UTC…</source>
        <translation>Начните вводить: Yerevan, Moscow, UTC…</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Time zones this system knows</source>
        <translation>Часовые пояса, известные системе</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Адрес сайта</translation>
    </message>
    <message>
        <source>Where the exported site is published; pages link to each other and to their translations with it.</source>
        <translation>Где публикуется экспортированный сайт; по этому адресу страницы ссылаются друг на друга и на свои переводы.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>Выберите часовой пояс из списка.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows: choose one from the list.</source>
        <translation>«%1»&#xa0;— часовой пояс, неизвестный этой системе: выберите пояс из списка.</translation>
    </message>
    <message>
        <source>Now %1 there (%2).</source>
        <translation>Там сейчас %1 (%2).</translation>
    </message>
    <message>
        <source>Icon:</source>
        <translation>Значок:</translation>
    </message>
</context>
<context>
    <name>Byline::PasswordStore</name>
    <message>
        <source>The password is kept in this computer&apos;s keyring, never in Byline&apos;s settings.</source>
        <translation>Пароль хранится в связке ключей этого компьютера и никогда&#xa0;— в настройках Byline.</translation>
    </message>
    <message>
        <source>This computer has no keyring service, so the password will be kept in %1, readable only by you (PostgreSQL&apos;s own password file).</source>
        <translation>На этом компьютере нет службы связки ключей, поэтому пароль будет храниться в %1, доступном для чтения только вам (собственный файл паролей PostgreSQL).</translation>
    </message>
    <message>
        <source>The keyring did not keep the password (%1). You will be asked for it again.</source>
        <translation>Связка ключей не сохранила пароль (%1). Его спросят у вас снова.</translation>
    </message>
</context>
<context>
    <name>Byline::PgPassFile</name>
    <message>
        <source>Cannot read %1 (%2), so the password was not kept there. You will be asked for it again.</source>
        <translation>Не удалось прочитать %1 (%2), поэтому пароль там не сохранён. Его спросят у вас снова.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2), so the password was not kept there. You will be asked for it again.</source>
        <translation>Не удалось записать %1 (%2), поэтому пароль там не сохранён. Его спросят у вас снова.</translation>
    </message>
</context>
<context>
    <name>Byline::PresenceLine</name>
    <message>
        <source>%1 is editing %2 since %3</source>
        <translation>%1 редактирует %2 с %3</translation>
    </message>
    <message>
        <source>Who else has this article open is not known while the newsroom cannot be reached.</source>
        <translation>Пока редакция недоступна, неизвестно, у кого ещё открыта эта статья.</translation>
    </message>
</context>
<context>
    <name>Byline::PreviewPanel</name>
    <message>
        <source>Save the page as PDF</source>
        <translation>Сохранить страницу в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>Предпросмотр страницы</translation>
    </message>
    <message>
        <source>Choose an article to see its page as readers will.</source>
        <translation>Выберите статью, чтобы увидеть её страницу такой, какой её увидят читатели.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Предпросмотр недоступен: %1</translation>
    </message>
    <message>
        <source>Language of the page</source>
        <translation>Язык страницы</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Ночь</translation>
    </message>
    <message>
        <source>The page&apos;s night theme</source>
        <translation>Ночная тема страницы</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Мелкий текст</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Обычный текст</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Крупный текст</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>Очень крупный текст</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Show the page at a phone&apos;s width</source>
        <translation>Показать страницу по ширине экрана телефона</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
</context>
<context>
    <name>Byline::QuotePickerDialog</name>
    <message>
        <source>Insert an expert quote</source>
        <translation>Вставить цитату эксперта</translation>
    </message>
    <message>
        <source>Name in any spelling, role, country or words</source>
        <translation>Имя в любом написании, роль, страна или слова</translation>
    </message>
    <message>
        <source>Search experts</source>
        <translation>Поиск экспертов</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Эксперты</translation>
    </message>
    <message>
        <source>Quotes of the expert</source>
        <translation>Цитаты эксперта</translation>
    </message>
    <message>
        <source>E&amp;xperts</source>
        <translation>&amp;Эксперты</translation>
    </message>
    <message>
        <source>&amp;Quotes (in %1)</source>
        <translation>&amp;Цитаты (язык: %1)</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Вставить</translation>
    </message>
    <message>
        <source>%1 · quotes: %2</source>
        <translation>%1 · цитат: %2</translation>
    </message>
    <message>
        <source>Also spelled: %1</source>
        <translation>Другие написания: %1</translation>
    </message>
    <message>
        <source>Experts found: %1</source>
        <translation>Найдено экспертов: %1</translation>
    </message>
    <message>
        <source>(not translated yet; as said, in %1)</source>
        <translation>(ещё не переведена; как прозвучала, на языке %1)</translation>
    </message>
</context>
<context>
    <name>Byline::QuoteTranslations</name>
    <message>
        <source>(the quote %1 is not in the registry)</source>
        <translation>(цитаты %1 нет в реестре)</translation>
    </message>
    <message>
        <source>%1
— %2</source>
        <translation>%1
— %2</translation>
    </message>
    <message>
        <source>Said in %1: nothing to translate.</source>
        <translation>Цитата прозвучала на языке %1: переводить нечего.</translation>
    </message>
    <message>
        <source>Shared: saving (Ctrl+Enter) changes this quote in every article that quotes it.</source>
        <translation>Общая цитата: сохранение (Ctrl+Enter) изменит её во всех статьях, где она приводится.</translation>
    </message>
    <message>
        <source>Read only here: a quote&apos;s translations belong to the quote registry, shared by every article that quotes it.</source>
        <translation>Здесь только для чтения: переводы цитаты хранятся в реестре цитат и общие для всех статей, которые её приводят.</translation>
    </message>
    <message>
        <source>The quote is not in the registry.</source>
        <translation>Этой цитаты нет в реестре.</translation>
    </message>
    <message>
        <source>Choose who you are on the desk to translate.</source>
        <translation>Чтобы переводить, выберите пользователя в поле «Вы».</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Только чтение: %1</translation>
    </message>
    <message>
        <source>Type the translation first (Ctrl+Shift+C copies the source to start from).</source>
        <translation>Сначала введите перевод (Ctrl+Shift+C копирует оригинал, чтобы начать с него).</translation>
    </message>
    <message>
        <source>The quote was not saved: %1</source>
        <translation>Цитата не сохранена: %1</translation>
    </message>
    <message>
        <source>Their words: “%1”</source>
        <translation>Их вариант: «%1»</translation>
    </message>
</context>
<context>
    <name>Byline::SavedElsewhereBar</name>
    <message>
        <source>%1 saved a newer version at %2. What you typed stays here; saving merges it with theirs.</source>
        <translation>В %2 сохранена более новая версия (%1). Ваш текст остаётся здесь; при сохранении он будет объединён с этой версией.</translation>
    </message>
    <message>
        <source>Save and merge now</source>
        <translation>Сохранить и объединить</translation>
    </message>
</context>
<context>
    <name>Byline::SavedSearchList</name>
    <message>
        <source>Rename the saved search</source>
        <translation>Переименовать сохранённый поиск</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое название:</translation>
    </message>
    <message>
        <source>Delete the saved search</source>
        <translation>Удалить сохранённый поиск</translation>
    </message>
    <message>
        <source>Delete the saved search &quot;%1&quot;? The articles it finds are not touched.</source>
        <translation>Удалить сохранённый поиск «%1»? Статьи, которые он находит, не будут затронуты.</translation>
    </message>
    <message>
        <source>Search for: %1
Click to run it; right-click to rename or delete it.</source>
        <translation>Поиск: %1
Щёлкните, чтобы выполнить; щёлкните правой кнопкой, чтобы переименовать или удалить.</translation>
    </message>
    <message>
        <source>Choose who you are to see yours.</source>
        <translation>Выберите пользователя, чтобы увидеть свои сохранённые поиски.</translation>
    </message>
    <message>
        <source>None yet: search (Ctrl+F), then &quot;Save this search…&quot;.</source>
        <translation>Пока нет: выполните поиск (Ctrl+F), затем «Сохранить этот поиск…».</translation>
    </message>
    <message>
        <source>The search was not renamed: %1</source>
        <translation>Поиск не переименован: %1</translation>
    </message>
    <message>
        <source>The search was not deleted: %1</source>
        <translation>Поиск не удалён: %1</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>Byline::ScheduleDialog</name>
    <message>
        <source>Schedule publication</source>
        <translation>Запланировать публикацию</translation>
    </message>
    <message>
        <source>Publish at (newsroom time, %1):</source>
        <translation>Время публикации (часовой пояс редакции, %1):</translation>
    </message>
    <message>
        <source>Publication time</source>
        <translation>Время публикации</translation>
    </message>
</context>
<context>
    <name>Byline::SearchPanel</name>
    <message>
        <source>The search failed: %1</source>
        <translation>Поиск не удался: %1</translation>
    </message>
    <message>
        <source>Type to search titles, leads, text, quotes and experts&apos; names in every language.</source>
        <translation>Начните вводить запрос, чтобы искать по заголовкам, лидам, тексту, цитатам и именам экспертов на всех языках.</translation>
    </message>
    <message>
        <source>Nothing found. Fewer words, or the start of a word, find more.</source>
        <translation>Ничего не найдено. Попробуйте меньше слов или начало слова&#xa0;— так найдётся больше.</translation>
    </message>
    <message>
        <source>Many articles match: showing the best of the newest %1. Add words or a filter to narrow it down.</source>
        <translation>Совпадений много: показаны лучшие из %1 самых новых. Добавьте слова или фильтр, чтобы сузить поиск.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), best first.</source>
        <translation>
            <numerusform>%n результат, сначала самые подходящие.</numerusform>
            <numerusform>%n результата, сначала самые подходящие.</numerusform>
            <numerusform>%n результатов, сначала самые подходящие.</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>Search: words, &quot;a phrase&quot;, start*</source>
        <translation>Поиск: слова, «фраза», начало*</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>Поиск по архиву</translation>
    </message>
    <message>
        <source>Every language</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Сохранить этот поиск</translation>
    </message>
    <message>
        <source>Name (it appears under &quot;Saved searches&quot; on the left):</source>
        <translation>Название (появится слева, в разделе «Сохранённые поиски»):</translation>
    </message>
    <message>
        <source>The search was not saved: %1</source>
        <translation>Поиск не сохранён: %1</translation>
    </message>
    <message>
        <source>Choose who you are first: saved searches are kept for each person.</source>
        <translation>Сначала выберите пользователя: сохранённые поиски хранятся для каждого отдельно.</translation>
    </message>
    <message>
        <source>Type what to search for first.</source>
        <translation>Сначала введите, что искать.</translation>
    </message>
    <message>
        <source>Keep these words and filters under a name, in &quot;Saved searches&quot; on the left</source>
        <translation>Сохранить эти слова и фильтры под названием в разделе «Сохранённые поиски» слева</translation>
    </message>
    <message>
        <source>Save this search…</source>
        <translation>Сохранить этот поиск…</translation>
    </message>
</context>
<context>
    <name>Byline::SegmentRow</name>
    <message>
        <source>Translation: %1</source>
        <translation>Перевод: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Оригинал: %1</translation>
    </message>
    <message>
        <source>(not translated yet)</source>
        <translation>(ещё не переведено)</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Готово</translation>
    </message>
    <message>
        <source>! Stale: the source changed</source>
        <translation>! Устарело: оригинал изменился</translation>
    </message>
    <message>
        <source>○ Missing</source>
        <translation>○ Нет перевода</translation>
    </message>
    <message>
        <source>✎ In progress (not saved yet)</source>
        <translation>✎ В работе (ещё не сохранено)</translation>
    </message>
    <message>
        <source>Translated from (words since removed are struck through):</source>
        <translation>Оригинал на момент перевода (удалённые с тех пор слова зачёркнуты):</translation>
    </message>
    <message>
        <source>Source now (new words underlined):</source>
        <translation>Оригинал сейчас (новые слова подчёркнуты):</translation>
    </message>
    <message>
        <source>Type the translation…</source>
        <translation>Введите перевод…</translation>
    </message>
    <message>
        <source>Copy source</source>
        <translation>Копировать оригинал</translation>
    </message>
    <message>
        <source>Put the source text here to translate over it (Ctrl+Shift+C)</source>
        <translation>Вставить сюда текст оригинала, чтобы переводить поверх него (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Copy the source</source>
        <translation>Копировать оригинал</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>Готово ✓</translation>
    </message>
    <message>
        <source>The translation is done: save it and go to the next open segment (Ctrl+Enter)</source>
        <translation>Перевод готов: сохранить и перейти к следующему незавершённому сегменту (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Отметить как готовый</translation>
    </message>
</context>
<context>
    <name>Byline::SettingsDialog</name>
    <message>
        <source>The store %1 is open read-only (the file or its folder cannot be written).</source>
        <translation>Хранилище %1 открыто только для чтения (в файл или его папку нельзя записывать).</translation>
    </message>
    <message>
        <source>Nobody is chosen in &quot;You are&quot;: choose who you are to change the newsroom&apos;s settings.</source>
        <translation>В поле «Вы» никто не выбран: чтобы изменить настройки редакции, выберите пользователя.</translation>
    </message>
    <message>
        <source>The settings were not saved</source>
        <translation>Настройки не сохранены</translation>
    </message>
    <message>
        <source>%1

Nothing was saved; everything you typed is still here.</source>
        <translation>%1

Ничего не сохранено; всё, что вы ввели, осталось на месте.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>This build has no translation of the interface into the chosen language.</source>
        <translation>В этой сборке нет перевода интерфейса на выбранный язык.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Разделы настроек</translation>
    </message>
    <message>
        <source>The settings could not be read, so nothing can be changed: %1</source>
        <translation>Не удалось прочитать настройки, поэтому изменить ничего нельзя: %1</translation>
    </message>
    <message>
        <source>You can look but not change: %1</source>
        <translation>Можно только смотреть, но не изменять: %1</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <source>The changes you made in the settings are not saved. Close without saving them?</source>
        <translation>Изменения в настройках не сохранены. Закрыть, не сохраняя их?</translation>
    </message>
    <message>
        <source>The backup settings were not kept</source>
        <translation>Настройки резервного копирования не сохранены</translation>
    </message>
</context>
<context>
    <name>Byline::SiteIconField</name>
    <message>
        <source>The site&apos;s icon</source>
        <translation>Значок сайта</translation>
    </message>
    <message>
        <source>Choose &amp;PNG…</source>
        <translation>Выбрать &amp;PNG…</translation>
    </message>
    <message>
        <source>Add S&amp;VG…</source>
        <translation>Добавить S&amp;VG…</translation>
    </message>
    <message>
        <source>Use Byline&apos;s icon</source>
        <translation>Значок Byline</translation>
    </message>
    <message>
        <source>%1 could not be read: %2. The icon was not changed.</source>
        <translation>Не удалось прочитать %1: %2. Значок не изменён.</translation>
    </message>
    <message>
        <source>Choose the site&apos;s icon</source>
        <translation>Выберите значок сайта</translation>
    </message>
    <message>
        <source>PNG images (*.png);;All files (*)</source>
        <translation>Изображения PNG (*.png);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The icon was not changed.</source>
        <translation>Значок не изменён.</translation>
    </message>
    <message>
        <source>Add the same icon as SVG</source>
        <translation>Добавьте тот же значок в SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg);;All files (*)</source>
        <translation>Изображения SVG (*.svg);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Byline&apos;s icon. Choose a square PNG of your own (180 × 180 pixels suits phones too); add an SVG of it for sharp tabs.</source>
        <translation>Значок Byline. Выберите свой квадратный PNG (180&#xa0;×&#xa0;180&#xa0;пикселей подойдёт и для телефонов); добавьте его SVG, чтобы значок на вкладках был чётким.</translation>
    </message>
    <message>
        <source>Your icon, %1 × %1 pixels. Browsers show the PNG; add an SVG of it for sharp tabs.</source>
        <translation>Ваш значок, %1&#xa0;×&#xa0;%1&#xa0;пикселей. Браузеры показывают PNG; добавьте его SVG, чтобы значок на вкладках был чётким.</translation>
    </message>
    <message>
        <source>Your icon, %1 × %1 pixels, with its SVG.</source>
        <translation>Ваш значок, %1&#xa0;×&#xa0;%1&#xa0;пикселей, и его SVG.</translation>
    </message>
    <message>
        <source>%1 is %2 KiB; a site icon may have at most %3 KiB. The icon was not changed.</source>
        <translation>Файл %1 занимает %2&#xa0;КиБ, а значок сайта может занимать не больше %3&#xa0;КиБ. Значок не изменён.</translation>
    </message>
</context>
<context>
    <name>Byline::SiteStringsSettingsPage</name>
    <message>
        <source>Site texts</source>
        <translation>Тексты сайта</translation>
    </message>
    <message>
        <source>Every word of the site, in each language. Double-click a text to change it. Texts in bold are the newsroom&apos;s own: they differ from what Byline ships. The newsroom&apos;s name is on the Newsroom page.</source>
        <translation>Все надписи сайта на каждом языке. Чтобы изменить текст, дважды щёлкните по нему. Полужирным выделены собственные тексты редакции: они отличаются от поставляемых с Byline. Название редакции задаётся на странице «Редакция».</translation>
    </message>
    <message>
        <source>Filter by name or text…</source>
        <translation>Фильтр по имени или тексту…</translation>
    </message>
    <message>
        <source>Filter the site texts</source>
        <translation>Фильтр текстов сайта</translation>
    </message>
    <message>
        <source>Site texts by language</source>
        <translation>Тексты сайта по языкам</translation>
    </message>
    <message>
        <source>&amp;Restore the shipped text</source>
        <translation>&amp;Восстановить исходный текст</translation>
    </message>
    <message>
        <source>Shipped: %1</source>
        <translation>Исходный текст: %1</translation>
    </message>
    <message>
        <source>Choose a text to see what Byline ships for it.</source>
        <translation>Выберите текст, чтобы увидеть исходный вариант из Byline.</translation>
    </message>
    <message>
        <source>Byline ships no %1 text for &quot;%2&quot;.</source>
        <translation>Для «%2» в Byline нет исходного текста (%1).</translation>
    </message>
    <message>
        <source>Shipped %1 text for &quot;%2&quot;: %3</source>
        <translation>Исходный текст «%2» (%1): %3</translation>
    </message>
</context>
<context>
    <name>Byline::Storage::SearchIndex</name>
    <message>
        <source>search entries that belong to no article: %1</source>
        <translation>записи поискового индекса, не относящиеся ни к одной статье: %1</translation>
    </message>
    <message>
        <source>article locales without a search entry: %1</source>
        <translation>языковые версии статей без записи в поисковом индексе: %1</translation>
    </message>
</context>
<context>
    <name>Byline::TranslationStatusPanel</name>
    <message>
        <source>Language and segment</source>
        <translation>Язык и сегмент</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Translation coverage</source>
        <translation>Охват переводов</translation>
    </message>
    <message>
        <source>Segment detail</source>
        <translation>Сведения о сегменте</translation>
    </message>
    <message>
        <source>Translation still holds: mark as current</source>
        <translation>Перевод верен: отметить как актуальный</translation>
    </message>
    <message>
        <source>The source changed, but the translation says the same: confirm it without editing.</source>
        <translation>Оригинал изменился, но перевод по-прежнему верен: подтвердите его без правки.</translation>
    </message>
    <message>
        <source>Select an article to see where its translations stand.</source>
        <translation>Выберите статью, чтобы увидеть состояние её переводов.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>оригинал</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не начат</translation>
    </message>
    <message>
        <source>%1 done · %2 stale · %3 missing</source>
        <translation>готово: %1 · устарело: %2 · нет: %3</translation>
    </message>
    <message>
        <source>What changed in the source</source>
        <translation>Что изменилось в оригинале</translation>
    </message>
    <message>
        <source>Source when it was translated</source>
        <translation>Оригинал на момент перевода</translation>
    </message>
    <message>
        <source>Source now</source>
        <translation>Оригинал сейчас</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>(not translated yet)</source>
        <translation>(ещё не переведено)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <source>Translate…</source>
        <translation>Перевести…</translation>
    </message>
    <message>
        <source>Translate the article into %1 segment by segment (Ctrl+T)</source>
        <translation>Перевести статью на язык %1 по сегментам (Ctrl+T)</translation>
    </message>
    <message>
        <source>Translate into %1</source>
        <translation>Перевести на язык %1</translation>
    </message>
</context>
<context>
    <name>Byline::TranslationView</name>
    <message>
        <source>The newsroom has no language &quot;%1&quot;.</source>
        <translation>В редакции нет языка «%1».</translation>
    </message>
    <message>
        <source>%1 is the language this article is written in; open the article (Enter) to edit its text.</source>
        <translation>%1&#xa0;— язык оригинала этой статьи; чтобы изменить её текст, откройте статью (Enter).</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>The article has no text to translate yet.</source>
        <translation>В статье пока нет текста для перевода.</translation>
    </message>
    <message>
        <source>No stale segments: nothing in the source changed since it was translated.</source>
        <translation>Устаревших сегментов нет: с момента перевода в оригинале ничего не изменилось.</translation>
    </message>
    <message>
        <source>No missing segments: every segment has a translation.</source>
        <translation>Непереведённых сегментов нет: у каждого сегмента есть перевод.</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Только чтение: %1</translation>
    </message>
    <message>
        <source>Type the translation first (Ctrl+Shift+C copies the source to start from).</source>
        <translation>Сначала введите перевод (Ctrl+Shift+C копирует оригинал, чтобы начать с него).</translation>
    </message>
    <message>
        <source>Every segment of %1 is done.</source>
        <translation>Все сегменты перевода %1 готовы.</translation>
    </message>
    <message>
        <source>No more segments of this kind; choose &quot;All segments&quot; to see the rest.</source>
        <translation>Таких сегментов больше нет; чтобы увидеть остальные, выберите «Все сегменты».</translation>
    </message>
    <message>
        <source>You may not confirm translations into %1.</source>
        <translation>Вы не можете подтверждать переводы на язык %1.</translation>
    </message>
    <message>
        <source>Not confirmed: %1</source>
        <translation>Не подтверждено: %1</translation>
    </message>
    <message>
        <source>Choose who you are on the desk to translate.</source>
        <translation>Чтобы переводить, выберите пользователя в поле «Вы».</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Translating from %2 into %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Перевод с %2 на %3</translation>
    </message>
    <message>
        <source>Source · %1</source>
        <translation>Оригинал · %1</translation>
    </message>
    <message>
        <source>Translation · %1</source>
        <translation>Перевод · %1</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Все сегменты</translation>
    </message>
    <message>
        <source>Only stale</source>
        <translation>Только устаревшие</translation>
    </message>
    <message>
        <source>Only missing</source>
        <translation>Только непереведённые</translation>
    </message>
    <message>
        <source>Which segments to show</source>
        <translation>Какие сегменты показывать</translation>
    </message>
    <message>
        <source>Why the translation is read only</source>
        <translation>Почему перевод доступен только для чтения</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Состояние сохранения</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <source>Ctrl+Enter: done, next · Ctrl+Shift+C: copy the source</source>
        <translation>Ctrl+Enter: готово, дальше · Ctrl+Shift+C: копировать оригинал</translation>
    </message>
    <message>
        <source>Done, next open segment</source>
        <translation>Готово, к следующему сегменту</translation>
    </message>
    <message>
        <source>Copy the source</source>
        <translation>Копировать оригинал</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>This segment is not done yet: type its translation, or copy the source (Ctrl+Shift+C) and edit it.</source>
        <translation>Этот сегмент ещё не готов: введите перевод или скопируйте оригинал (Ctrl+Shift+C) и отредактируйте его.</translation>
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
        <translation>%1 (не из сотрудников редакции)</translation>
    </message>
    <message>
        <source>Choose who you are…</source>
        <translation>Выберите пользователя…</translation>
    </message>
    <message>
        <source>You are: </source>
        <translation>Вы: </translation>
    </message>
    <message>
        <source>Current user</source>
        <translation>Текущий пользователь</translation>
    </message>
    <message>
        <source>On a newsroom server you are who you signed in as (File &gt; Connect to a newsroom server…).</source>
        <translation>На сервере редакции вы&#xa0;— тот, под чьим логином вошли (Файл &gt; Подключиться к серверу редакции…).</translation>
    </message>
</context>
<context>
    <name>Byline::UsersSettingsPage</name>
    <message>
        <source>Users and roles</source>
        <translation>Пользователи и роли</translation>
    </message>
    <message>
        <source>new, not saved yet</source>
        <translation>новый, ещё не сохранён</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>неактивен</translation>
    </message>
    <message>
        <source>Who works in the newsroom and in which role. Translators edit only the languages ticked for them. A user who leaves is deactivated, not deleted: their articles keep their name.</source>
        <translation>Кто работает в редакции и в какой роли. Переводчики редактируют только отмеченные для них языки. Ушедшего сотрудника деактивируют, а не удаляют: его имя остаётся в его статьях.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Translates into</source>
        <translation>Переводит на</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>&amp;Add a user</source>
        <translation>&amp;Добавить пользователя</translation>
    </message>
    <message>
        <source>&amp;Discard this new user</source>
        <translation>&amp;Убрать нового пользователя</translation>
    </message>
    <message>
        <source>The selected user</source>
        <translation>Выбранный пользователь</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>Lower-case Latin letters, digits, . _ or -; it cannot change later.</source>
        <translation>Строчные латинские буквы, цифры, . _ или -; позже изменить нельзя.</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Отображаемое имя:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Translates into:</source>
        <translation>Переводит на:</translation>
    </message>
    <message>
        <source>Languages the translator translates into</source>
        <translation>Языки, на которые переводит переводчик</translation>
    </message>
    <message>
        <source>&amp;Active (can work in the desk)</source>
        <translation>&amp;Активен (может работать в программе)</translation>
    </message>
    <message>
        <source>Shown in the desk, and under articles in a language without a name of its own below.</source>
        <translation>Показывается в программе, а также под статьями на языке, для которого ниже не указано своё имя.</translation>
    </message>
    <message>
        <source>Name per language:</source>
        <translation>Имя на каждом языке:</translation>
    </message>
    <message>
        <source>The name as readers of each language spell it</source>
        <translation>Имя в написании для читателей на каждом языке</translation>
    </message>
    <message>
        <source>Name in %1</source>
        <translation>Имя (%1)</translation>
    </message>
    <message>
        <source>How readers of %1 spell the name: the %1 pages are signed with it. Empty: the display name.</source>
        <translation>Как имя пишется для читателей на языке «%1»: им подписаны страницы на этом языке. Пусто&#xa0;— отображаемое имя.</translation>
    </message>
</context>
<context>
    <name>Byline::ViewList</name>
    <message>
        <source>All articles</source>
        <translation>Все статьи</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>Моя работа</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>На проверке</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобренные</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Запланированные</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликованные</translation>
    </message>
    <message>
        <source>Spiked</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Needs translation · %1 (%2)</source>
        <translation>Нужен перевод · %1 (%2)</translation>
    </message>
    <message>
        <source>Needs translation · %1</source>
        <translation>Нужен перевод · %1</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Представления</translation>
    </message>
</context>
<context>
    <name>Byline::WhoAreYouDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Кто вы?</translation>
    </message>
    <message>
        <source>This newsroom has nobody yet. You will be its first user and its admin; you add the others in File &gt; Settings &gt; Users and roles.</source>
        <translation>В этой редакции пока никого нет. Вы станете её первым пользователем и администратором; остальных вы добавите в меню «Файл &gt; Настройки &gt; Пользователи и роли».</translation>
    </message>
    <message>
        <source>Choose yourself: your role decides what the desk offers you. Not in the list? Adding people is an admin&apos;s job: ask an admin to add you in File &gt; Settings &gt; Users and roles.</source>
        <translation>Выберите себя: от вашей роли зависит, что вам доступно в программе. Вас нет в списке? Добавлять людей&#xa0;— задача администратора: попросите его добавить вас в «Файл &gt; Настройки &gt; Пользователи и роли».</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>Users of this newsroom</source>
        <translation>Пользователи этой редакции</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Lower-case Latin letters, digits, . _ or -.</source>
        <translation>Строчные латинские буквы, цифры, . _ или -.</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Отображаемое имя:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <source>Your name as colleagues and readers see it</source>
        <translation>Ваше имя так, как его видят коллеги и читатели</translation>
    </message>
    <message>
        <source>&amp;Create and continue</source>
        <translation>&amp;Создать и продолжить</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Не сейчас</translation>
    </message>
    <message>
        <source>Choose yourself in the list, or press &quot;Not now&quot; to look around without choosing.</source>
        <translation>Выберите себя в списке или нажмите «Не сейчас», чтобы осмотреться, никого не выбирая.</translation>
    </message>
</context>
<context>
    <name>Byline::WorkflowActions</name>
    <message>
        <source>&amp;Submit for review</source>
        <translation>&amp;Отправить на проверку</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>О&amp;добрить</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>&amp;Вернуть на доработку…</translation>
    </message>
    <message>
        <source>Sc&amp;hedule…</source>
        <translation>&amp;Запланировать…</translation>
    </message>
    <message>
        <source>&amp;Unschedule</source>
        <translation>Отменить п&amp;ланирование</translation>
    </message>
    <message>
        <source>&amp;Publish now</source>
        <translation>О&amp;публиковать сейчас</translation>
    </message>
    <message>
        <source>&amp;Restore from spike</source>
        <translation>Восстановить из &amp;корзины</translation>
    </message>
    <message>
        <source>What should change? The author sees this comment.</source>
        <translation>Что нужно изменить? Автор увидит этот комментарий.</translation>
    </message>
    <message>
        <source>Select an article first.</source>
        <translation>Сначала выберите статью.</translation>
    </message>
    <message>
        <source>Choose who you are first.</source>
        <translation>Сначала выберите пользователя.</translation>
    </message>
    <message>
        <source>Your role (%1) cannot do this.</source>
        <translation>Вашей роли (%1) это действие недоступно.</translation>
    </message>
    <message>
        <source>Send back to the author</source>
        <translation>Вернуть автору на доработку</translation>
    </message>
    <message>
        <source>Sending back needs a comment saying what to change. Nothing was changed.</source>
        <translation>Для возврата на доработку нужен комментарий о том, что изменить. Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1
Your comment was kept: send back again to find it in the dialog.</source>
        <translation>%1
Ваш комментарий сохранён: снова выберите «Вернуть на доработку», и он появится в окне.</translation>
    </message>
    <message>
        <source>Unpub&amp;lish</source>
        <translation>Сн&amp;ять с публикации</translation>
    </message>
    <message>
        <source>Spi&amp;ke</source>
        <translation>&amp;Убрать в корзину</translation>
    </message>
    <message>
        <source>Not possible in the article&apos;s current state: %1.</source>
        <translation>Недоступно в текущем статусе статьи: %1.</translation>
    </message>
</context>
<context>
    <name>IntegrityChecker</name>
    <message>
        <source>article %1 has no text in its source locale</source>
        <translation>у статьи %1 нет текста на языке оригинала</translation>
    </message>
    <message>
        <source>article %1 is published but has no publication time</source>
        <translation>статья %1 опубликована, но время публикации не указано</translation>
    </message>
    <message>
        <source>article %1 is scheduled but has no time set</source>
        <translation>статья %1 запланирована, но время не задано</translation>
    </message>
    <message>
        <source>article %1 has no author</source>
        <translation>у статьи %1 нет автора</translation>
    </message>
    <message>
        <source>quote %1 has no text in the language it was said in</source>
        <translation>у цитаты %1 нет текста на языке, на котором она прозвучала</translation>
    </message>
    <message>
        <source>expert %1 has no name in any locale</source>
        <translation>у эксперта %1 нет имени ни на одном языке</translation>
    </message>
    <message>
        <source>translator %1 has no locales to translate</source>
        <translation>у переводчика %1 не указаны языки перевода</translation>
    </message>
    <message>
        <source>article %1 is translated by someone who does not translate that locale</source>
        <translation>статью %1 переводит пользователь, который не переводит на этот язык</translation>
    </message>
    <message>
        <source>section %1 has no name in any locale</source>
        <translation>у раздела %1 нет названия ни на одном языке</translation>
    </message>
    <message>
        <source>article %1 is marked live but the article is not published</source>
        <translation>перевод статьи %1 отмечен как вышедший на сайте, но сама статья не опубликована</translation>
    </message>
    <message>
        <source>article %1 is live without being approved</source>
        <translation>перевод статьи %1 на сайте, но не одобрен</translation>
    </message>
    <message>
        <source>the saved search %1 has no words to search for</source>
        <translation>у сохранённого поиска %1 нет слов для поиска</translation>
    </message>
    <message>
        <source>the count of articles that need a translation into %1 is out of step</source>
        <translation>счётчик статей, которым нужен перевод на %1, расходится с архивом</translation>
    </message>
    <message>
        <source>person %1 has an empty name in that locale</source>
        <translation>у сотрудника %1 пустое имя для этого языка</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>expected an object in { }</source>
        <translation>ожидался объект в { }</translation>
    </message>
    <message>
        <source>a block id is 1 to 64 letters, digits, - or _</source>
        <translation>id блока&#xa0;— это от 1 до 64 букв, цифр, - или _</translation>
    </message>
    <message>
        <source>unknown block type &quot;%1&quot; (expected paragraph, heading, pullquote or quote)</source>
        <translation>неизвестный тип блока «%1» (ожидался paragraph, heading, pullquote или quote)</translation>
    </message>
    <message>
        <source>a slug is lower-case Latin letters, digits and -</source>
        <translation>ярлык состоит из строчных латинских букв, цифр и -</translation>
    </message>
    <message>
        <source>unknown translation status &quot;%1&quot; (expected in_progress, ready_for_review or approved)</source>
        <translation>неизвестный статус перевода «%1» (ожидался in_progress, ready_for_review или approved)</translation>
    </message>
    <message>
        <source>too many blocks (%1; at most %2)</source>
        <translation>слишком много блоков (%1; не более %2)</translation>
    </message>
    <message>
        <source>the block id &quot;%1&quot; is used twice in this translation</source>
        <translation>id блока «%1» дважды используется в этом переводе</translation>
    </message>
    <message>
        <source>A revision in the store is damaged; run &quot;byline-cli check&quot;.</source>
        <translation>Одна из версий в хранилище повреждена; выполните «byline-cli check».</translation>
    </message>
    <message>
        <source>There is no article %1 in the store.</source>
        <translation>В хранилище нет статьи %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a uid (a lower-case UUID such as 0b5a3c1e-3c52-4a5e-9d4c-2f5b6f5c7a10)</source>
        <translation>«%1»&#xa0;— не uid (нужен UUID строчными буквами, например 0b5a3c1e-3c52-4a5e-9d4c-2f5b6f5c7a10)</translation>
    </message>
    <message>
        <source>unknown locale &quot;%1&quot; (add it to &quot;locales&quot; first)</source>
        <translation>неизвестный язык «%1» (сначала добавьте его в «locales»)</translation>
    </message>
    <message>
        <source>no user &quot;%1&quot; in the file or the store</source>
        <translation>пользователя «%1» нет ни в файле, ни в хранилище</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UTC time like 2026-11-20T09:30:00Z</source>
        <translation>«%1»&#xa0;— не время UTC вида 2026-11-20T09:30:00Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a format this Byline reads (it reads byline/1)</source>
        <translation>«%1»&#xa0;— формат, который эта версия Byline не читает (она читает byline/1)</translation>
    </message>
    <message>
        <source>too many items</source>
        <translation>слишком много элементов</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ожидался объект</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a BCP 47 language tag such as ru, en or hy</source>
        <translation>«%1»&#xa0;— не языковой тег BCP 47 (например, ru, en или hy)</translation>
    </message>
    <message>
        <source>the locale &quot;%1&quot; is listed twice</source>
        <translation>язык «%1» указан дважды</translation>
    </message>
    <message>
        <source>expected a text in quotes</source>
        <translation>ожидался текст в кавычках</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>слишком длинное значение</translation>
    </message>
    <message>
        <source>expected an object of texts</source>
        <translation>ожидался объект с текстами</translation>
    </message>
    <message>
        <source>too long (at most %1 characters)</source>
        <translation>слишком длинное значение (не более %1 симв.)</translation>
    </message>
    <message>
        <source>this section is listed twice</source>
        <translation>этот раздел указан дважды</translation>
    </message>
    <message>
        <source>a user name is 1 to 64 lower-case Latin letters, digits, . _ or -</source>
        <translation>имя пользователя&#xa0;— это от 1 до 64 строчных латинских букв, цифр и символов . _ или -</translation>
    </message>
    <message>
        <source>this user is listed twice</source>
        <translation>этот пользователь указан дважды</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (expected journalist, editor, translator or admin)</source>
        <translation>неизвестная роль «%1» (ожидалась journalist, editor, translator или admin)</translation>
    </message>
    <message>
        <source>this expert is listed twice</source>
        <translation>этот эксперт указан дважды</translation>
    </message>
    <message>
        <source>an expert needs a name in at least one locale</source>
        <translation>у эксперта должно быть имя хотя бы на одном языке</translation>
    </message>
    <message>
        <source>this quote is listed twice</source>
        <translation>эта цитата указана дважды</translation>
    </message>
    <message>
        <source>no expert with uid &quot;%1&quot; in the file or the store</source>
        <translation>эксперта с uid «%1» нет ни в файле, ни в хранилище</translation>
    </message>
    <message>
        <source>the quote has no text in the language it was said in (%1)</source>
        <translation>у цитаты нет текста на языке, на котором она прозвучала (%1)</translation>
    </message>
    <message>
        <source>no quote with uid &quot;%1&quot; in the file or the store</source>
        <translation>цитаты с uid «%1» нет ни в файле, ни в хранилище</translation>
    </message>
    <message>
        <source>this article is listed twice</source>
        <translation>эта статья указана дважды</translation>
    </message>
    <message>
        <source>no section with uid &quot;%1&quot; in the file or the store</source>
        <translation>раздела с uid «%1» нет ни в файле, ни в хранилище</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (expected draft, submitted, approved, scheduled, published or spiked)</source>
        <translation>неизвестный статус «%1» (ожидался draft, submitted, approved, scheduled, published или spiked)</translation>
    </message>
    <message>
        <source>an author is listed twice</source>
        <translation>автор указан дважды</translation>
    </message>
    <message>
        <source>there is no text in the source locale &quot;%1&quot;</source>
        <translation>нет текста на языке оригинала «%1»</translation>
    </message>
    <message>
        <source>unknown revision kind &quot;%1&quot; (expected save, conflict, restore or import)</source>
        <translation>неизвестный вид версии «%1» (ожидался save, conflict, restore или import)</translation>
    </message>
    <message>
        <source>revisions must be numbered in order</source>
        <translation>версии должны быть пронумерованы по порядку</translation>
    </message>
    <message>
        <source>reading what the store holds</source>
        <translation>чтение содержимого хранилища</translation>
    </message>
    <message>
        <source>The file is JSON but not a Byline document (expected an object with &quot;format&quot;: &quot;byline/1&quot;).</source>
        <translation>Файл в формате JSON, но это не документ Byline (ожидался объект с &quot;format&quot;: &quot;byline/1&quot;).</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>импорт</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Не удалось прочитать стандартный ввод.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не удалось прочитать %1: %2.</translation>
    </message>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation>неизвестное поле (ожидалось одно из: %1)</translation>
    </message>
    <message>
        <source>missing (a text is required)</source>
        <translation>отсутствует (требуется текст)</translation>
    </message>
    <message>
        <source>too long (%1 characters; at most %2)</source>
        <translation>слишком длинное значение (%1 симв.; не более %2)</translation>
    </message>
    <message>
        <source>missing (a whole number is required)</source>
        <translation>отсутствует (требуется целое число)</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ожидалось целое число</translation>
    </message>
    <message>
        <source>out of range (%1; allowed %2 to %3)</source>
        <translation>вне допустимого диапазона (%1; допустимо от %2 до %3)</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>ожидалось true или false</translation>
    </message>
    <message>
        <source>expected a list in [ ]</source>
        <translation>ожидался список в [ ]</translation>
    </message>
    <message>
        <source>too many items (%1; at most %2)</source>
        <translation>слишком много элементов (%1; не более %2)</translation>
    </message>
    <message>
        <source>%1 is missing from this build of Byline.</source>
        <translation>В этой сборке Byline нет %1.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;; add them with &quot;byline-cli users add&quot;.</source>
        <translation>Пользователя «%1» нет; добавьте его командой «byline-cli users add».</translation>
    </message>
    <message>
        <source>reading the article %1</source>
        <translation>чтение статьи %1</translation>
    </message>
    <message>
        <source>listing the articles</source>
        <translation>получение списка статей</translation>
    </message>
    <message>
        <source>counting the articles</source>
        <translation>подсчёт статей</translation>
    </message>
    <message>
        <source>saving the article %1</source>
        <translation>сохранение статьи %1</translation>
    </message>
    <message>
        <source>The article %1 is in the section %2, which is not in the store.</source>
        <translation>Статья %1 относится к разделу %2, которого нет в хранилище.</translation>
    </message>
    <message>
        <source>saving the authors</source>
        <translation>сохранение авторов</translation>
    </message>
    <message>
        <source>saving the article&apos;s text</source>
        <translation>сохранение текста статьи</translation>
    </message>
    <message>
        <source>The block %1 (%2) quotes %3, which is not in the store.</source>
        <translation>Блок %1 (%2) ссылается на цитату %3, которой нет в хранилище.</translation>
    </message>
    <message>
        <source>numbering the revision</source>
        <translation>нумерация версии</translation>
    </message>
    <message>
        <source>keeping a revision</source>
        <translation>сохранение версии</translation>
    </message>
    <message>
        <source>creating the article</source>
        <translation>создание статьи</translation>
    </message>
    <message>
        <source>The section %1 is not in the store.</source>
        <translation>Раздела %1 нет в хранилище.</translation>
    </message>
    <message>
        <source>The article %1 is no longer in the store.</source>
        <translation>Статьи %1 больше нет в хранилище.</translation>
    </message>
    <message>
        <source>Someone saved a newer version of the article %1 while this one was being edited. Nothing was overwritten: this text is kept as revision %2; compare the two and merge.</source>
        <translation>Кто-то сохранил более новую версию статьи %1, пока редактировалась эта. Ничего не перезаписано: этот текст сохранён как версия %2; сравните обе версии и объедините их.</translation>
    </message>
    <message>
        <source>writing the article %1</source>
        <translation>запись статьи %1</translation>
    </message>
    <message>
        <source>writing the history of %1</source>
        <translation>запись истории статьи %1</translation>
    </message>
    <message>
        <source>%1 is not a Byline store (it is not an SQLite database). It was not changed; check the path given with --db or BYLINE_DB.</source>
        <translation>%1&#xa0;— не хранилище Byline (это не база данных SQLite). Файл не изменён; проверьте путь, указанный в --db или BYLINE_DB.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than the database it should hold (was it cut off while copying?). It was not changed; restore it from a backup or an export.</source>
        <translation>Файл %1 повреждён: он короче базы данных, которую должен содержать (возможно, копирование было прервано?). Файл не изменён; восстановите его из резервной копии или экспорта.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Byline store. Give the path of the store file itself (for example %1/byline.sqlite).</source>
        <translation>%1&#xa0;— это папка, а не хранилище Byline. Укажите путь к самому файлу хранилища (например, %1/byline.sqlite).</translation>
    </message>
    <message>
        <source>There is no Byline store at %1. Create one with &quot;byline-cli init&quot;, or give another path with --db.</source>
        <translation>По пути %1 нет хранилища Byline. Создайте его командой «byline-cli init» или укажите другой путь в --db.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for a new store. Check that it may be written, or give another path with --db.</source>
        <translation>Не удалось создать папку %1 для нового хранилища. Проверьте, что в неё можно записывать, или укажите другой путь в --db.</translation>
    </message>
    <message>
        <source>Cannot create the store %1: %2.</source>
        <translation>Не удалось создать хранилище %1: %2.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing. Install the package libqt6sql6-sqlite.</source>
        <translation>Драйвер SQLite для Qt не установлен. Установите пакет libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>opening the store</source>
        <translation>открытие хранилища</translation>
    </message>
    <message>
        <source>%1 was written by a newer Byline (schema %2; this program knows up to %3). It was not changed; update Byline to open it.</source>
        <translation>Хранилище %1 записано более новой версией Byline (схема %2; эта программа знает схемы до %3). Файл не изменён; обновите Byline, чтобы открыть его.</translation>
    </message>
    <message>
        <source>%1 needs upgrading from schema %2 to %3, which needs write access. Open it with write access once to upgrade it.</source>
        <translation>Хранилище %1 нужно обновить со схемы %2 до %3, а для этого нужен доступ на запись. Откройте его один раз с правом записи, чтобы обновить.</translation>
    </message>
    <message>
        <source>working with the store</source>
        <translation>работа с хранилищем</translation>
    </message>
    <message>
        <source>The store %1 is locked by another program (waited %2 s while %3). Try again when it has finished.</source>
        <translation>Хранилище %1 заблокировано другой программой (ожидание %2&#xa0;с; операция: %3). Повторите попытку, когда она завершит работу.</translation>
    </message>
    <message>
        <source>The store %1 cannot be written (it or its folder is read-only) while %2. Nothing was changed; check its permissions.</source>
        <translation>Невозможно записать в хранилище %1 (файл или его папка доступны только для чтения; операция: %2). Ничего не изменено; проверьте права доступа.</translation>
    </message>
    <message>
        <source>The store %1 is damaged or is not a Byline store (while %2). Restore it from a backup or an export.</source>
        <translation>Хранилище %1 повреждено или не является хранилищем Byline (операция: %2). Восстановите его из резервной копии или экспорта.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (while %2). Nothing was lost; make room and try again.</source>
        <translation>Диск, на котором находится %1, заполнен (операция: %2). Ничего не потеряно; освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>Cannot read or write the store %1 (while %2). Check that the disk and the path are available.</source>
        <translation>Не удалось прочитать или записать хранилище %1 (операция: %2). Проверьте, что диск и путь доступны.</translation>
    </message>
    <message>
        <source>The change contradicts what is already in the store (while %1).</source>
        <translation>Изменение противоречит тому, что уже есть в хранилище (операция: %1).</translation>
    </message>
    <message>
        <source>The store %1 reported an error while %2.</source>
        <translation>Хранилище %1 сообщило об ошибке (операция: %2).</translation>
    </message>
    <message>
        <source>Cannot back up to %1: the file already exists.</source>
        <translation>Не удалось создать резервную копию в %1: файл уже существует.</translation>
    </message>
    <message>
        <source>taking a backup</source>
        <translation>создание резервной копии</translation>
    </message>
    <message>
        <source>reading the experts</source>
        <translation>чтение списка экспертов</translation>
    </message>
    <message>
        <source>saving the expert %1</source>
        <translation>сохранение эксперта %1</translation>
    </message>
    <message>
        <source>looking up %1</source>
        <translation>поиск %1</translation>
    </message>
    <message>
        <source>checking the store</source>
        <translation>проверка хранилища</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>строка %1 таблицы %2 ссылается на отсутствующую строку таблицы %3</translation>
    </message>
    <message>
        <source>revision %1 of article %2 cannot be read</source>
        <translation>не удаётся прочитать версию %1 статьи %2</translation>
    </message>
    <message>
        <source>reading the locales</source>
        <translation>чтение списка языков</translation>
    </message>
    <message>
        <source>saving the locale %1</source>
        <translation>сохранение языка %1</translation>
    </message>
    <message>
        <source>The migration %1 is missing from this build.</source>
        <translation>В этой сборке нет миграции %1.</translation>
    </message>
    <message>
        <source>upgrading the store to schema %1</source>
        <translation>обновление хранилища до схемы %1</translation>
    </message>
    <message>
        <source>reading the quotes</source>
        <translation>чтение цитат</translation>
    </message>
    <message>
        <source>saving the quote %1</source>
        <translation>сохранение цитаты %1</translation>
    </message>
    <message>
        <source>The quote %1 names the expert %2, who is not in the store.</source>
        <translation>Цитата %1 ссылается на эксперта %2, которого нет в хранилище.</translation>
    </message>
    <message>
        <source>reading the sections</source>
        <translation>чтение разделов</translation>
    </message>
    <message>
        <source>saving the section %1</source>
        <translation>сохранение раздела %1</translation>
    </message>
    <message>
        <source>reading the settings</source>
        <translation>чтение настроек</translation>
    </message>
    <message>
        <source>saving the setting %1</source>
        <translation>сохранение настройки %1</translation>
    </message>
    <message>
        <source>reading the site strings</source>
        <translation>чтение строк сайта</translation>
    </message>
    <message>
        <source>saving the site string %1 (%2)</source>
        <translation>сохранение строки сайта %1 (%2)</translation>
    </message>
    <message>
        <source>The store %1 is read-only, so %2 is not possible. Nothing was changed; check the file&apos;s permissions.</source>
        <translation>Хранилище %1 доступно только для чтения, поэтому операция «%2» невозможна. Ничего не изменено; проверьте права доступа к файлу.</translation>
    </message>
    <message>
        <source>a change</source>
        <translation>изменение</translation>
    </message>
    <message>
        <source>The transaction has already ended.</source>
        <translation>Транзакция уже завершена.</translation>
    </message>
    <message>
        <source>A part of %1 failed, so nothing of it was saved.</source>
        <translation>Часть операции «%1» не удалась, поэтому ничего из неё не сохранено.</translation>
    </message>
    <message>
        <source>the change</source>
        <translation>изменение</translation>
    </message>
    <message>
        <source>reading the users</source>
        <translation>чтение пользователей</translation>
    </message>
    <message>
        <source>saving the user %1</source>
        <translation>сохранение пользователя %1</translation>
    </message>
    <message>
        <source>not a segment (title, lead, seo_title, seo_description or block:ID)</source>
        <translation>не сегмент (title, lead, seo_title, seo_description или block:ID)</translation>
    </message>
    <message>
        <source>expected the source text the segment was translated from</source>
        <translation>ожидался текст оригинала, с которого переведён сегмент</translation>
    </message>
    <message>
        <source>two comments have the number %1</source>
        <translation>у двух комментариев номер %1</translation>
    </message>
    <message>
        <source>No file was named to import.</source>
        <translation>Не указан файл для импорта.</translation>
    </message>
    <message>
        <source>There is no file %1 to import.</source>
        <translation>Файл для импорта %1 не найден.</translation>
    </message>
    <message>
        <source>Nothing was received on standard input; nothing was imported.</source>
        <translation>Со стандартного ввода ничего не получено; ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 is empty; nothing was imported.</source>
        <translation>Файл %1 пуст; ничего не импортировано.</translation>
    </message>
    <message>
        <source>recording the transition</source>
        <translation>запись перехода</translation>
    </message>
    <message>
        <source>saving the comment</source>
        <translation>сохранение комментария</translation>
    </message>
    <message>
        <source>adding a comment</source>
        <translation>добавление комментария</translation>
    </message>
    <message>
        <source>resolving a comment</source>
        <translation>закрытие комментария</translation>
    </message>
    <message>
        <source>The article %1 has no comment %2.</source>
        <translation>У статьи %1 нет комментария %2.</translation>
    </message>
    <message>
        <source>changing the state of %1</source>
        <translation>изменение статуса статьи %1</translation>
    </message>
    <message>
        <source>looking for articles due</source>
        <translation>поиск статей, которые пора публиковать</translation>
    </message>
    <message>
        <source>merging the expert %1 into %2</source>
        <translation>объединение эксперта %1 с %2</translation>
    </message>
    <message>
        <source>An expert cannot be merged into itself.</source>
        <translation>Эксперта нельзя объединить с самим собой.</translation>
    </message>
    <message>
        <source>There is no expert %1.</source>
        <translation>Эксперт %1 не найден.</translation>
    </message>
    <message>
        <source>finding where the quote is used</source>
        <translation>поиск мест использования цитаты</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;; &quot;byline-cli users list&quot; shows who there is.</source>
        <translation>Пользователя «%1» нет; список пользователей выводит «byline-cli users list».</translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation>Статья %1 не найдена.</translation>
    </message>
    <message>
        <source>The article has no text in its source locale (%1).</source>
        <translation>У статьи нет текста на языке оригинала (%1).</translation>
    </message>
    <message>
        <source>The article %1 has no revision %2; &quot;byline-cli revisions %1&quot; lists them.</source>
        <translation>У статьи %1 нет версии %2; их список выводит «byline-cli revisions %1».</translation>
    </message>
    <message>
        <source>%1 is no longer active in this newsroom.</source>
        <translation>Пользователь %1 больше не активен в этой редакции.</translation>
    </message>
    <message>
        <source>Admins manage the newsroom; editing articles is for journalists, editors and translators.</source>
        <translation>Администраторы управляют редакцией; статьи редактируют журналисты, редакторы и переводчики.</translation>
    </message>
    <message>
        <source>%1 is not an author of this article.</source>
        <translation>%1 не является автором этой статьи.</translation>
    </message>
    <message>
        <source>The article is no longer a draft; ask an editor to send it back (request changes) to edit it.</source>
        <translation>Статья уже не черновик; чтобы изменить её, попросите редактора вернуть её на доработку (request changes).</translation>
    </message>
    <message>
        <source>Translators change translations only, not the article&apos;s section, authors or editor.</source>
        <translation>Переводчики изменяют только переводы, но не раздел, авторов или редактора статьи.</translation>
    </message>
    <message>
        <source>Translators may not change the source text (%1).</source>
        <translation>Переводчики не могут изменять текст оригинала (%1).</translation>
    </message>
    <message>
        <source>%1 does not translate into %2.</source>
        <translation>%1 не переводит на язык %2.</translation>
    </message>
    <message>
        <source>Give a time like 2026-12-01T09:00:00+04:00, or 2026-12-01 09:00 in the newsroom&apos;s time zone (%1).</source>
        <translation>Укажите время в виде 2026-12-01T09:00:00+04:00 или 2026-12-01 09:00 в часовом поясе редакции (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid time. %2</source>
        <translation>«%1»&#xa0;— недопустимое время. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time Byline understands. %2</source>
        <translation>Byline не понимает время «%1». %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date and time. %2</source>
        <translation>«%1»&#xa0;— недопустимые дата и время. %2</translation>
    </message>
    <message>
        <source>%1 does not exist in %2 (the clocks skip it). Choose another time.</source>
        <translation>Времени %1 в поясе %2 не существует (часы его пропускают). Выберите другое время.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;с</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1&#xa0;д %2&#xa0;ч</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1&#xa0;д</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;ч %2&#xa0;мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1&#xa0;ч</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;мин</translation>
    </message>
    <message>
        <source>a journalist</source>
        <translation>журналист</translation>
    </message>
    <message>
        <source>an editor</source>
        <translation>редактор</translation>
    </message>
    <message>
        <source>a translator</source>
        <translation>переводчик</translation>
    </message>
    <message>
        <source>an admin</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1&#xa0;— %2</translation>
    </message>
    <message>
        <source>%1: only the article&apos;s authors and editors submit it.</source>
        <translation>%1: отправлять статью на проверку могут только её авторы и редакторы.</translation>
    </message>
    <message>
        <source>%1: only translators into %2 and editors mark it ready for review.</source>
        <translation>%1: отмечать перевод как готовый к проверке могут только переводчики на язык %2 и редакторы.</translation>
    </message>
    <message>
        <source>%1: only editors may %2.</source>
        <translation>%1: действие «%2» доступно только редакторам.</translation>
    </message>
    <message>
        <source>%1 applies to the whole article, not to one locale: leave out --locale.</source>
        <translation>Действие «%1» относится ко всей статье, а не к одному языку: уберите --locale.</translation>
    </message>
    <message>
        <source>The article %1 has no %2 translation yet.</source>
        <translation>У статьи %1 ещё нет перевода на язык %2.</translation>
    </message>
    <message>
        <source>%1 is the article&apos;s source locale; to take it down, unpublish the whole article.</source>
        <translation>%1&#xa0;— язык оригинала статьи; чтобы снять его с публикации, снимите с публикации всю статью.</translation>
    </message>
    <message>
        <source>Scheduling needs a time (--at), e.g. --at &quot;2026-12-01 09:00&quot; in the newsroom&apos;s time zone.</source>
        <translation>Для планирования нужно время (--at), например --at &quot;2026-12-01 09:00&quot; в часовом поясе редакции.</translation>
    </message>
    <message>
        <source>%1 is not in the future. To publish now, use publish.</source>
        <translation>Время %1 уже прошло. Чтобы опубликовать сейчас, используйте publish.</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>на %1</translation>
    </message>
    <message>
        <source>scheduled for %1; published by publish-due %2 late</source>
        <translation>запланировано на %1; опубликовано через publish-due с опозданием %2</translation>
    </message>
    <message>
        <source>scheduled for %1; published by publish-due</source>
        <translation>запланировано на %1; опубликовано через publish-due</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Byline store (it belongs to another program). It was not changed; check the path given with --db or BYLINE_DB.</source>
        <translation>%1&#xa0;— база данных SQLite, но не хранилище Byline (она принадлежит другой программе). Файл не изменён; проверьте путь, указанный в --db или BYLINE_DB.</translation>
    </message>
    <message>
        <source>restoring a revision of %1</source>
        <translation>восстановление версии статьи %1</translation>
    </message>
    <message>
        <source>The %1 translation is approved; only an editor may remove it.</source>
        <translation>Перевод на язык %1 одобрен; удалить его может только редактор.</translation>
    </message>
    <message>
        <source>The %1 text is approved%2; ask an editor to send it back (request changes on %1) before changing it. Your text was not saved; keep it until then.</source>
        <translation>Текст на языке %1 одобрен%2; прежде чем менять его, попросите редактора вернуть его на доработку (request changes для %1). Ваш текст не сохранён; не потеряйте его до тех пор.</translation>
    </message>
    <message>
        <source> and on the site</source>
        <translation> и уже на сайте</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows. Set the newsroom&apos;s time zone to an IANA name such as Asia/Yerevan or Europe/Moscow.</source>
        <translation>Часовой пояс «%1» неизвестен этой системе. Укажите в качестве часового пояса редакции имя IANA, например Asia/Yerevan или Europe/Moscow.</translation>
    </message>
    <message>
        <source>Sending back needs a comment saying what to change.</source>
        <translation>Для возврата на доработку нужен комментарий о том, что изменить.</translation>
    </message>
    <message>
        <source>%1 is the article&apos;s source locale; to send it back, send back the whole article.</source>
        <translation>%1&#xa0;— язык оригинала статьи; чтобы вернуть его на доработку, верните на доработку всю статью.</translation>
    </message>
    <message>
        <source>adding a comment to %1</source>
        <translation>добавление комментария к статье %1</translation>
    </message>
    <message>
        <source>An empty comment says nothing.</source>
        <translation>Пустой комментарий ничего не сообщает.</translation>
    </message>
    <message>
        <source>The article %1 has no %2 translation to comment on; it has: %3.</source>
        <translation>У статьи %1 нет перевода на язык %2, к которому можно оставить комментарий; есть: %3.</translation>
    </message>
    <message>
        <source>indexing the quote %1 for search</source>
        <translation>индексирование цитаты %1 для поиска</translation>
    </message>
    <message>
        <source>updating the search index</source>
        <translation>обновление поискового индекса</translation>
    </message>
    <message>
        <source>rebuilding the search index</source>
        <translation>перестроение поискового индекса</translation>
    </message>
    <message>
        <source>checking the search index</source>
        <translation>проверка поискового индекса</translation>
    </message>
    <message>
        <source>%1 (%2) is missing from the search index</source>
        <translation>статьи %1 (%2) нет в поисковом индексе</translation>
    </message>
    <message>
        <source>%1 (%2) is out of date in the search index</source>
        <translation>запись статьи %1 (%2) в поисковом индексе устарела</translation>
    </message>
    <message>
        <source>%1 (%2) is in the search index but has no such translation</source>
        <translation>статья %1 (%2) есть в поисковом индексе, но такого перевода у неё нет</translation>
    </message>
    <message>
        <source>searching</source>
        <translation>поиск</translation>
    </message>
    <message>
        <source>There is nothing to search for in &quot;%1&quot;: type a word.</source>
        <translation>В «%1» нечего искать: введите слово.</translation>
    </message>
    <message>
        <source>A search shows 1 to 1000 results, not %1.</source>
        <translation>Поиск показывает от 1 до 1000 результатов, а не %1.</translation>
    </message>
    <message>
        <source>The unsaved draft %1 is damaged and cannot be read.</source>
        <translation>Копия несохранённых изменений %1 повреждена, прочитать её нельзя.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a draft this version of Byline reads (expected %2)</source>
        <translation>«%1»&#xa0;— не формат копии несохранённых изменений, который читает эта версия Byline (ожидался %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UTC time</source>
        <translation>«%1»&#xa0;— не время UTC</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an article uid a draft can be kept for.</source>
        <translation>«%1»&#xa0;— не uid статьи, для которой можно хранить копию несохранённых изменений.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for unsaved drafts; check its permissions and free space.</source>
        <translation>Не удалось создать папку %1 для копий несохранённых изменений; проверьте права доступа и свободное место.</translation>
    </message>
    <message>
        <source>Cannot write the unsaved draft %1 (%2).</source>
        <translation>Не удалось записать копию несохранённых изменений %1 (%2).</translation>
    </message>
    <message>
        <source>The unsaved draft %1 is too large to be a draft.</source>
        <translation>Копия несохранённых изменений %1 слишком велика для такой копии.</translation>
    </message>
    <message>
        <source>Cannot read the unsaved draft %1 (%2).</source>
        <translation>Не удалось прочитать копию несохранённых изменений %1 (%2).</translation>
    </message>
    <message>
        <source>The unsaved draft %1 belongs to another article (%2).</source>
        <translation>Копия несохранённых изменений %1 относится к другой статье (%2).</translation>
    </message>
    <message>
        <source>Cannot remove the unsaved draft %1 (%2).</source>
        <translation>Не удалось удалить копию несохранённых изменений %1 (%2).</translation>
    </message>
    <message>
        <source>The article %1 has no %2 translation.</source>
        <translation>У статьи %1 нет перевода на язык %2.</translation>
    </message>
    <message>
        <source>The %1 page of %2 is not on the site (the article or this translation is not published).</source>
        <translation>Страницы статьи %2 на языке %1 нет на сайте (статья или этот перевод не опубликованы).</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Не удалось создать папку для %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check the free space and the folder&apos;s permissions; the site was not changed.</source>
        <translation>Не удалось записать %1: %2. Проверьте свободное место и права доступа к папке; сайт не изменён.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder for the site.</source>
        <translation>%1&#xa0;— это файл, а не папка для сайта.</translation>
    </message>
    <message>
        <source>%1 holds files that are not a Byline site; they were left alone. Export into an empty folder or a previous export.</source>
        <translation>В папке %1 есть файлы, которые не относятся к сайту Byline; они оставлены как есть. Экспортируйте сайт в пустую папку или в папку предыдущего экспорта.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удалось создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot create the staging folder %1.</source>
        <translation>Не удалось создать промежуточную папку %1.</translation>
    </message>
    <message>
        <source>The export was cancelled; the site was not changed.</source>
        <translation>Экспорт отменён; сайт не изменён.</translation>
    </message>
    <message>
        <source>The articles %1 and %2 both want the address %3; give one of them another slug. The site was not changed.</source>
        <translation>Статьи %1 и %2 претендуют на один и тот же адрес %3; задайте одной из них другой ярлык. Сайт не изменён.</translation>
    </message>
    <message>
        <source>The site asset %1 is missing from this build.</source>
        <translation>В этой сборке нет ресурса сайта %1.</translation>
    </message>
    <message>
        <source>Cannot move the new site into %1.</source>
        <translation>Не удалось переместить новый сайт в %1.</translation>
    </message>
    <message>
        <source>counting the articles that need translation</source>
        <translation>подсчёт статей, которым нужен перевод</translation>
    </message>
    <message>
        <source>Cannot keep %1 in the new site.</source>
        <translation>Не удалось оставить %1 в новом сайте.</translation>
    </message>
    <message>
        <source>The article %1 was removed during the export; export again.</source>
        <translation>Статья %1 была удалена во время экспорта; экспортируйте ещё раз.</translation>
    </message>
    <message>
        <source>listing the pages on the site</source>
        <translation>составление списка страниц сайта</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <source>The import was cancelled; the store was not changed.</source>
        <translation>Импорт отменён; хранилище не изменено.</translation>
    </message>
    <message>
        <source>reading the comments</source>
        <translation>чтение комментариев</translation>
    </message>
    <message>
        <source>finding where the expert %1 is quoted</source>
        <translation>поиск мест, где цитируется эксперт %1</translation>
    </message>
    <message>
        <source>reading the saved searches of %1</source>
        <translation>чтение сохранённых поисков пользователя %1</translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation>У сохранённого поиска должно быть название.</translation>
    </message>
    <message>
        <source>You already have a saved search called &quot;%1&quot;: choose another name, or delete that one first.</source>
        <translation>У вас уже есть сохранённый поиск «%1»: выберите другое название или сначала удалите тот поиск.</translation>
    </message>
    <message>
        <source>There is nothing to save: type what to search for first.</source>
        <translation>Нечего сохранять: сначала введите, что искать.</translation>
    </message>
    <message>
        <source>saving the search &quot;%1&quot;</source>
        <translation>сохранение поиска «%1»</translation>
    </message>
    <message>
        <source>renaming the search &quot;%1&quot;</source>
        <translation>переименование поиска «%1»</translation>
    </message>
    <message>
        <source>That saved search is no longer there; it may have been deleted.</source>
        <translation>Этого сохранённого поиска больше нет; возможно, его удалили.</translation>
    </message>
    <message>
        <source>deleting a saved search</source>
        <translation>удаление сохранённого поиска</translation>
    </message>
    <message>
        <source>A new article needs a headline: type one, it can change later.</source>
        <translation>Новой статье нужен заголовок: введите его, позже его можно изменить.</translation>
    </message>
    <message>
        <source>The headline is too long (%1 characters; at most %2).</source>
        <translation>Заголовок слишком длинный (%1 симв.; не более %2).</translation>
    </message>
    <message>
        <source>creating an article</source>
        <translation>создание статьи</translation>
    </message>
    <message>
        <source>%1 may not start articles: journalists and editors do.</source>
        <translation>%1 не может создавать статьи: это делают журналисты и редакторы.</translation>
    </message>
    <message>
        <source>There is no section %1 in the store.</source>
        <translation>В хранилище нет раздела %1.</translation>
    </message>
    <message>
        <source>The store has no language &quot;%1&quot;.</source>
        <translation>В хранилище нет языка «%1».</translation>
    </message>
    <message>
        <source>The %1 spelling has a role or country but no name; write the name as it is spelled in %1, or clear the role and country.</source>
        <translation>В написании на языке %1 есть роль или страна, но нет имени; напишите имя так, как оно пишется на языке %1, или очистите роль и страну.</translation>
    </message>
    <message>
        <source>An expert needs a name in at least one language.</source>
        <translation>У эксперта должно быть имя хотя бы на одном языке.</translation>
    </message>
    <message>
        <source>saving an expert</source>
        <translation>сохранение эксперта</translation>
    </message>
    <message>
        <source>%1 may not merge experts: that is for editors and admins.</source>
        <translation>%1 не может объединять экспертов: это делают редакторы и администраторы.</translation>
    </message>
    <message>
        <source>Translators change the experts&apos; names, roles and countries only in their own languages.</source>
        <translation>Переводчики изменяют имена, роли и страны экспертов только на своих языках.</translation>
    </message>
    <message>
        <source>Translators spell the experts in their languages; journalists and editors add new experts.</source>
        <translation>Переводчики задают написания экспертов на своих языках; новых экспертов добавляют журналисты и редакторы.</translation>
    </message>
    <message>
        <source>Only an admin may change the newsroom&apos;s settings and users; %1 is not an admin. Ask an admin to make the change.</source>
        <translation>Изменять настройки и пользователей редакции может только администратор; %1&#xa0;— не администратор. Попросите администратора внести изменение.</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; is too long (at most %2 characters).</source>
        <translation>Значение настройки «%1» слишком длинное (не более %2 симв.).</translation>
    </message>
    <message>
        <source>Choose the newsroom&apos;s time zone (for example Asia/Yerevan or UTC): pages show their times in it.</source>
        <translation>Выберите часовой пояс редакции (например, Asia/Yerevan или UTC): в нём страницы показывают время.</translation>
    </message>
    <message>
        <source>The %1 address &quot;%2&quot; cannot be linked from the site: give a full address starting with https:// (or leave it empty for none).</source>
        <translation>Адрес «%2» (%1) нельзя поставить ссылкой на сайте: укажите полный адрес, начинающийся с https:// (или оставьте поле пустым, если ссылка не нужна).</translation>
    </message>
    <message>
        <source>The site text &quot;%1&quot; (%2) is too long (at most %3 characters).</source>
        <translation>Текст сайта «%1» (%2) слишком длинный (не более %3 симв.).</translation>
    </message>
    <message>
        <source>The newsroom&apos;s name in %1 is empty: every page signs off with it. Give a name.</source>
        <translation>Название редакции на языке %1 не заполнено, а им подписана каждая страница. Укажите название.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid user name: use 1 to 64 lower-case Latin letters, digits, . _ or -.</source>
        <translation>«%1»&#xa0;— недопустимое имя пользователя: используйте от 1 до 64 строчных латинских букв, цифр и символов . _ или -.</translation>
    </message>
    <message>
        <source>The display name of %1 must be 1 to %2 characters.</source>
        <translation>Отображаемое имя пользователя %1 должно содержать от 1 до %2 символов.</translation>
    </message>
    <message>
        <source>%1 is a translator: choose the languages they translate into.</source>
        <translation>%1&#xa0;— переводчик: выберите языки, на которые он переводит.</translation>
    </message>
    <message>
        <source>Only translators have languages; %1 is not a translator.</source>
        <translation>Языки задаются только переводчикам; %1&#xa0;— не переводчик.</translation>
    </message>
    <message>
        <source>There is no locale &quot;%1&quot; in this store.</source>
        <translation>В этом хранилище нет языка «%1».</translation>
    </message>
    <message>
        <source>saving the newsroom&apos;s settings</source>
        <translation>сохранение настроек редакции</translation>
    </message>
    <message>
        <source>There is already a user &quot;%1&quot;; choose another name.</source>
        <translation>Пользователь «%1» уже есть; выберите другое имя.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot; to change.</source>
        <translation>Нет пользователя «%1», которого можно изменить.</translation>
    </message>
    <message>
        <source>The newsroom needs at least one active admin: make someone else an admin first.</source>
        <translation>В редакции должен быть хотя бы один активный администратор: сначала назначьте администратором кого-то другого.</translation>
    </message>
    <message>
        <source>adding the first user</source>
        <translation>добавление первого пользователя</translation>
    </message>
    <message>
        <source>This newsroom already has users; only an admin may add one. Ask an admin to add you.</source>
        <translation>В этой редакции уже есть пользователи; добавлять новых может только администратор. Попросите администратора добавить вас.</translation>
    </message>
    <message>
        <source>resolving a comment on %1</source>
        <translation>закрытие комментария к статье %1</translation>
    </message>
    <message>
        <source>Comment %1 was already resolved by %2.</source>
        <translation>Комментарий %1 уже закрыт пользователем %2.</translation>
    </message>
    <message>
        <source>The site&apos;s address &quot;%1&quot; is not a web address: give a full address starting with https:// (or leave it empty).</source>
        <translation>Адрес сайта «%1» не является веб-адресом: укажите полный адрес, начинающийся с https:// (или оставьте поле пустым).</translation>
    </message>
    <message>
        <source>The quote was said in %1: those are the expert&apos;s own words, not a translation.</source>
        <translation>Цитата сказана на языке %1: это собственные слова эксперта, а не перевод.</translation>
    </message>
    <message>
        <source>Admins manage the newsroom; quotes are translated by translators, journalists and editors.</source>
        <translation>Администраторы управляют редакцией; цитаты переводят переводчики, журналисты и редакторы.</translation>
    </message>
    <message>
        <source>The quote is also used in an article that is not a draft of %1&apos;s; ask its translator or an editor to translate it.</source>
        <translation>Цитата используется и в статье, которая не является черновиком %1; попросите её переводчика или редактора перевести цитату.</translation>
    </message>
    <message>
        <source>The quote is in the approved %1 text of &quot;%2&quot;; ask an editor to send it back (request changes on %1) before changing its words.</source>
        <translation>Цитата входит в одобренный текст %1 статьи «%2»; попросите редактора вернуть его на доработку (вернуть %1), прежде чем менять слова.</translation>
    </message>
    <message>
        <source>There is no quote %1 in the store; it may have been removed. Reload the article.</source>
        <translation>Цитаты %1 нет в хранилище; возможно, её удалили. Откройте статью заново.</translation>
    </message>
    <message>
        <source>The translation of the quote is empty: type the expert&apos;s words in %1 (or copy the original to start from).</source>
        <translation>Перевод цитаты пуст: введите слова эксперта на языке %1 (или скопируйте оригинал и начните с него).</translation>
    </message>
    <message>
        <source>The translation of the quote is too long (%1 characters; at most %2). Shorten it; nothing was saved.</source>
        <translation>Перевод цитаты слишком длинный (%1 знаков; не больше %2). Сократите его; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Someone changed the %1 translation of this quote meanwhile. Nothing was saved; compare their words with yours (copy yours first), then save again.</source>
        <translation>Кто-то тем временем изменил перевод этой цитаты на %1. Ничего не сохранено: сравните их вариант со своим (сначала скопируйте свой) и сохраните снова.</translation>
    </message>
    <message>
        <source>confirming the quote %1</source>
        <translation>подтверждение цитаты %1</translation>
    </message>
    <message>
        <source>The quote has no %1 translation to confirm yet; type one and save it.</source>
        <translation>У цитаты ещё нет перевода на %1, который можно подтвердить; введите его и сохраните.</translation>
    </message>
    <message>
        <source>looking for changes made elsewhere</source>
        <translation>проверка изменений, сделанных в другом месте</translation>
    </message>
    <message>
        <source>reading what changed elsewhere</source>
        <translation>чтение изменений, сделанных в другом месте</translation>
    </message>
    <message>
        <source>noting what changed</source>
        <translation>запись сведений об изменении</translation>
    </message>
    <message>
        <source>%1 is a link that points to %2, which does not exist. Nothing was written; create that folder or export into another one.</source>
        <translation>%1&#xa0;— ссылка на %2, а такой папки нет. Ничего не записано: создайте эту папку или выберите для экспорта другую.</translation>
    </message>
    <message>
        <source>%1 is not a file (a pipe or a device?), so it cannot be a Byline store. Nothing was read from it; give the path of the store file.</source>
        <translation>%1&#xa0;— не файл (канал или устройство?), поэтому это не может быть хранилище Byline. Из него ничего не прочитано; укажите путь к файлу хранилища.</translation>
    </message>
    <message>
        <source>The article has %1 revisions, the most Byline counts. Nothing was saved; copy its text into a new article.</source>
        <translation>У статьи %1 версий&#xa0;— больше Byline не считает. Ничего не сохранено; перенесите её текст в новую статью.</translation>
    </message>
    <message>
        <source>The article %1 has been saved %2 times, the most Byline counts. Nothing was saved; copy its text into a new article.</source>
        <translation>Статья %1 сохранялась %2 раз&#xa0;— больше Byline не считает. Ничего не сохранено; перенесите её текст в новую статью.</translation>
    </message>
    <message>
        <source>The article has %1 comments, the most Byline counts; the comment was not added.</source>
        <translation>У статьи %1 комментариев&#xa0;— больше Byline не считает; комментарий не добавлен.</translation>
    </message>
    <message>
        <source>%1 is empty: there is no Byline store in it. Create one with &quot;byline-cli init&quot;, or give another path with --db.</source>
        <translation>%1 пуст: хранилища Byline в нём нет. Создайте его командой «byline-cli init» или укажите другой путь через --db.</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>This newsroom has users, so an import acts as one of them: say who is importing (an editor or an admin for published text, an admin for users and settings). Nothing was imported.</source>
        <translation>В этой редакции есть пользователи, поэтому импорт выполняется от имени одного из них: укажите, кто импортирует (редактор или администратор&#xa0;— для опубликованного текста, администратор&#xa0;— для пользователей и настроек). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 is no longer active in this newsroom; nothing was imported.</source>
        <translation>%1 больше не работает в этой редакции; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Importing %1 needs an admin: it changes %2, and %3 is not an admin. Ask an admin to import it; nothing was imported.</source>
        <translation>Импорт %1 требует администратора: он меняет %2, а %3 не администратор. Попросите администратора импортировать его; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Importing %1 needs an editor or an admin: it changes %2. Ask an editor to import it; nothing was imported.</source>
        <translation>Импорт %1 требует редактора или администратора: он меняет %2. Попросите редактора импортировать его; ничего не импортировано.</translation>
    </message>
    <message>
        <source>the newsroom&apos;s sections or languages (%1)</source>
        <translation>рубрики или языки редакции (%1)</translation>
    </message>
    <message>
        <source>the newsroom&apos;s settings (%1)</source>
        <translation>настройки редакции (%1)</translation>
    </message>
    <message>
        <source>the newsroom&apos;s people (%1)</source>
        <translation>сотрудников редакции (%1)</translation>
    </message>
    <message>
        <source>Importing %1 would leave the newsroom without an active admin (%2); nothing was imported. Keep an admin active in the file.</source>
        <translation>Импорт %1 оставил бы редакцию без действующего администратора (%2); ничего не импортировано. Оставьте в файле хотя бы одного активного администратора.</translation>
    </message>
    <message>
        <source>the quotes (%1 is new)</source>
        <translation>цитаты (%1&#xa0;— новая)</translation>
    </message>
    <message>
        <source>experts or quotes already in the newsroom (%1)</source>
        <translation>экспертов или цитаты, уже имеющиеся в редакции (%1)</translation>
    </message>
    <message>
        <source>Importing %1: %2 %3 Nothing was imported.</source>
        <translation>Импорт %1: %2 %3 Ничего не импортировано.</translation>
    </message>
    <message>
        <source>the workflow history of %1</source>
        <translation>историю рабочего процесса %1</translation>
    </message>
    <message>
        <source>comments on %1 in other people&apos;s names</source>
        <translation>комментарии к %1 от имени других людей</translation>
    </message>
    <message>
        <source>a new article (%1)</source>
        <translation>новую статью (%1)</translation>
    </message>
    <message>
        <source>is a new article of which %1 is not an author; journalists import their own drafts.</source>
        <translation>— новая статья, автором которой %1 не является; журналисты импортируют только свои черновики.</translation>
    </message>
    <message>
        <source>the workflow state of %1</source>
        <translation>состояние %1 в рабочем процессе</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>импортировано из %1</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged and %4 kept articles; %5 quotes, %6 experts, %7 users, %8 sections, %9 locales in the file</source>
        <translation>статей: новых %1, обновлённых %2, без изменений %3, сохранённых %4; в файле цитат %5, экспертов %6, пользователей %7, рубрик %8, языков %9</translation>
    </message>
    <message>
        <source>a Byline document</source>
        <translation>документ Byline</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>стандартный ввод</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is given twice in one object</source>
        <translation>ключ «%1» указан дважды в одном объекте</translation>
    </message>
    <message>
        <source>Byline&apos;s defaults</source>
        <translation>стандартные настройки Byline</translation>
    </message>
    <message>
        <source>the sample newsroom</source>
        <translation>демонстрационная редакция</translation>
    </message>
    <message>
        <source>The text of %1 says it is version %2, but the store holds version %3: it was not loaded from this store. Nothing was saved; start from what &quot;byline-cli show %1 --json&quot; prints.</source>
        <translation>Текст %1 называет себя версией %2, а в хранилище версия %3: он загружен не из этого хранилища. Ничего не сохранено; начните с того, что выводит «byline-cli show %1 --json».</translation>
    </message>
    <message>
        <source>recording the change in the newsroom&apos;s audit trail</source>
        <translation>запись изменения в журнал аудита редакции</translation>
    </message>
    <message>
        <source>reading the newsroom&apos;s audit trail</source>
        <translation>чтение журнала аудита редакции</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
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
        <translation>, не активен</translation>
    </message>
    <message>
        <source>role %1 → %2</source>
        <translation>роль %1 → %2</translation>
    </message>
    <message>
        <source>made active</source>
        <translation>сделан активным</translation>
    </message>
    <message>
        <source>made inactive</source>
        <translation>сделан неактивным</translation>
    </message>
    <message>
        <source>locales %1 → %2</source>
        <translation>языки %1 → %2</translation>
    </message>
    <message>
        <source>display name %1 → %2</source>
        <translation>отображаемое имя %1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so the backup did not fit. %2 was not changed; make room or choose another folder.</source>
        <translation>Диск, на котором находится %1, заполнен, и резервная копия не поместилась. %2 не изменён; освободите место или выберите другую папку.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1 (no permission, or it is read-only). Nothing was written; choose a folder you may write to.</source>
        <translation>Не удаётся записать в папку %1 (нет прав или она только для чтения). Ничего не записано; выберите папку, в которую можно записывать.</translation>
    </message>
    <message>
        <source>The backup was cancelled; %1 was not changed.</source>
        <translation>Резервное копирование отменено; %1 не изменён.</translation>
    </message>
    <message>
        <source>The store stayed locked by another program, so the backup could not be taken. %1 was not changed; try again in a moment.</source>
        <translation>Хранилище оставалось заблокированным другой программой, поэтому резервную копию сделать не удалось. %1 не изменён; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>Writing the backup in %1 failed (%2). %3 was not changed; check the disk and try again.</source>
        <translation>Не удалось записать резервную копию в %1 (%2). %3 не изменён; проверьте диск и повторите попытку.</translation>
    </message>
    <message>
        <source>%1 is the store itself; a backup must be another file, best on another disk.</source>
        <translation>%1&#xa0;— это само хранилище; резервная копия должна быть другим файлом, лучше всего на другом диске.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the backup file in it (for example %2).</source>
        <translation>%1&#xa0;— это папка; укажите имя файла резервной копии в ней (например, %2).</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a pipe or a device?); give the name of a file for the backup.</source>
        <translation>%1&#xa0;— не обычный файл (канал или устройство?); укажите имя файла для резервной копии.</translation>
    </message>
    <message>
        <source>%1 is not a folder, so the backup cannot be written in it. Choose a folder for the backup.</source>
        <translation>%1&#xa0;— не папка, поэтому записать в неё резервную копию нельзя. Выберите папку для резервной копии.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it, or choose another place for the backup.</source>
        <translation>Папки %1 нет. Создайте её или выберите для резервной копии другое место.</translation>
    </message>
    <message>
        <source>Give the name of the backup file.</source>
        <translation>Укажите имя файла резервной копии.</translation>
    </message>
    <message>
        <source>This Qt&apos;s SQLite driver does not give access to SQLite, so no backup can be taken. Install the package libqt6sql6-sqlite.</source>
        <translation>Драйвер SQLite в этой сборке Qt не даёт доступа к SQLite, поэтому резервную копию сделать нельзя. Установите пакет libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>A backup cannot be taken in the middle of a change to the store. %1 was not changed; try again once the change is saved.</source>
        <translation>Резервную копию нельзя снять посреди изменения хранилища. %1 не изменён; попробуйте снова, когда изменение будет сохранено.</translation>
    </message>
    <message>
        <source>There is not enough room in %1 for the backup: it needs %2 MB and %3 MB are free. %4 was not changed; make room or choose another folder.</source>
        <translation>В %1 не хватает места для резервной копии: нужно %2&#xa0;МБ, свободно %3&#xa0;МБ. %4 не изменён; освободите место или выберите другую папку.</translation>
    </message>
    <message>
        <source>The copy of the store did not pass its check, so %1 was not changed. Run &quot;byline-cli check&quot; on the store.</source>
        <translation>Копия хранилища не прошла проверку, поэтому %1 не изменён. Выполните «byline-cli check» для хранилища.</translation>
    </message>
    <message>
        <source>Cannot prepare the backup %1 for this Byline beside the store (%2). Nothing was changed; check the room on the disk and the folder&apos;s permissions.</source>
        <translation>Не удаётся подготовить резервную копию %1 для этой версии Byline рядом с хранилищем (%2). Ничего не изменено; проверьте свободное место на диске и права на папку.</translation>
    </message>
    <message>
        <source>The backup %1 (schema %2) could not be brought up to this Byline&apos;s schema %3: %4 Nothing was changed.</source>
        <translation>Резервную копию %1 (схема %2) не удалось обновить до схемы %3 этой версии Byline: %4 Ничего не изменено.</translation>
    </message>
    <message>
        <source>Give the backup file to restore.</source>
        <translation>Укажите файл резервной копии, которую нужно восстановить.</translation>
    </message>
    <message>
        <source>%1 is the store itself; give a backup file to restore from.</source>
        <translation>%1&#xa0;— это само хранилище; укажите файл резервной копии, из которой нужно восстановить.</translation>
    </message>
    <message>
        <source>The store %1 cannot be written (it or its folder is read-only), so nothing can be restored into it. Nothing was changed; check its permissions.</source>
        <translation>В хранилище %1 нельзя записывать (оно или его папка только для чтения), поэтому восстановить в него ничего нельзя. Ничего не изменено; проверьте права доступа.</translation>
    </message>
    <message>
        <source>The backup %1 uses pages of %2 bytes and the store %3 bytes, so it cannot be copied into the open store. Nothing was changed.</source>
        <translation>В резервной копии %1 страницы по %2&#xa0;байт, а в хранилище&#xa0;— по %3&#xa0;байт, поэтому скопировать её в открытое хранилище нельзя. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Nothing was restored, because a copy of the store as it is could not be kept first: %1</source>
        <translation>Ничего не восстановлено, потому что не удалось сначала сохранить копию хранилища в нынешнем виде: %1</translation>
    </message>
    <message>
        <source>Cannot read the backup %1 (%2). Nothing was changed.</source>
        <translation>Не удаётся прочитать резервную копию %1 (%2). Ничего не изменено.</translation>
    </message>
    <message>
        <source>The store is as it was.</source>
        <translation>Хранилище осталось прежним.</translation>
    </message>
    <message>
        <source>The restore was cancelled. %1</source>
        <translation>Восстановление отменено. %1</translation>
    </message>
    <message>
        <source>Another program kept writing the store %1 (waited %2 s), so the backup was not restored. %3 Try again when it has finished.</source>
        <translation>Другая программа продолжала записывать в хранилище %1 (ожидание&#xa0;— %2&#xa0;с), поэтому резервная копия не восстановлена. %3 Повторите попытку, когда она закончит.</translation>
    </message>
    <message>
        <source>The disk holding the store %1 is full, so the backup was not restored. %2 Make room and try again.</source>
        <translation>Диск с хранилищем %1 заполнен, поэтому резервная копия не восстановлена. %2 Освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>Restoring %1 into the store %2 failed (%3). %4</source>
        <translation>Не удалось восстановить %1 в хранилище %2 (%3). %4</translation>
    </message>
    <message>
        <source>%1 is damaged (%2), so it cannot be used as a backup. Nothing was changed; use another backup.</source>
        <translation>%1 повреждён (%2), поэтому его нельзя использовать как резервную копию. Ничего не изменено; возьмите другую резервную копию.</translation>
    </message>
    <message>
        <source>%1 is not a Byline backup (%2). Nothing was changed; give a file made by &quot;byline-cli backup&quot; or by the desk&apos;s daily backup.</source>
        <translation>%1&#xa0;— не резервная копия Byline (%2). Ничего не изменено; укажите файл, созданный командой «byline-cli backup» или ежедневным резервным копированием в Byline.</translation>
    </message>
    <message>
        <source>There is no file %1. Nothing was changed; check the name of the backup.</source>
        <translation>Файла %1 нет. Ничего не изменено; проверьте имя резервной копии.</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>это не файл</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>это не база данных SQLite</translation>
    </message>
    <message>
        <source>the file is shorter than the database it should hold; was it cut off while copying?</source>
        <translation>файл короче базы данных, которую он должен содержать; может быть, он обрезался при копировании?</translation>
    </message>
    <message>
        <source>it is another program&apos;s SQLite database</source>
        <translation>это база данных SQLite другой программы</translation>
    </message>
    <message>
        <source>it holds no store</source>
        <translation>в нём нет хранилища</translation>
    </message>
    <message>
        <source>%1 was made by a newer Byline (schema %2; this program knows up to %3). Nothing was changed; update Byline to restore it.</source>
        <translation>%1 создан более новой версией Byline (схема %2; эта программа знает схемы до %3). Ничего не изменено; чтобы восстановить копию, обновите Byline.</translation>
    </message>
    <message>
        <source>rows refer to missing rows</source>
        <translation>строки ссылаются на отсутствующие строки</translation>
    </message>
    <message>
        <source>Cannot delete the old backup %1 (%2); delete it by hand or keep more backups.</source>
        <translation>Не удаётся удалить старую резервную копию %1 (%2); удалите её вручную или храните больше копий.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was changed; make room on it or choose another place, and try again.</source>
        <translation>Диск, на котором находится %1, заполнен. Ничего не изменено; освободите на нём место или выберите другое место и повторите попытку.</translation>
    </message>
    <message>
        <source>Byline may not write in %1 (permission denied). Nothing was changed; check its permissions or choose another place.</source>
        <translation>Byline не может писать в %1 (доступ запрещён). Ничего не изменено; проверьте права доступа или выберите другое место.</translation>
    </message>
    <message>
        <source>%1 is on a read-only disk. Nothing was changed; choose another place.</source>
        <translation>%1 находится на диске, доступном только для чтения. Ничего не изменено; выберите другое место.</translation>
    </message>
    <message>
        <source>Cannot name the backup %1 taken before upgrading the store. Nothing was upgraded; check the folder&apos;s permissions.</source>
        <translation>Не удалось дать имя резервной копии %1, сделанной перед обновлением хранилища. Ничего не обновлено; проверьте права доступа к папке.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; falls outside the years 1 to 9999, which is all Byline can keep. Give a time within them.</source>
        <translation>«%1» выходит за пределы годов с 1 по 9999, а других Byline хранить не умеет. Укажите время в этих пределах.</translation>
    </message>
    <message>
        <source>A newsroom on a server is backed up on the server, with pg_dump (see the README, &quot;A shared newsroom&quot;); Byline cannot copy it into %1.</source>
        <translation>Редакция на сервере резервируется на самом сервере с помощью pg_dump (см. README, «A shared newsroom»); Byline не может скопировать её в %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address Byline can use: %2. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>«%1»&#xa0;— не адрес сервера, с которым может работать Byline: %2. Запишите его как postgresql://ПОЛЬЗОВАТЕЛЬ@ХОСТ:ПОРТ/БАЗА.</translation>
    </message>
    <message>
        <source>it does not start with postgresql://</source>
        <translation>он не начинается с postgresql://</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>порт должен быть числом от 1 до 65535</translation>
    </message>
    <message>
        <source>the database name cannot hold &quot;/&quot;</source>
        <translation>имя базы данных не может содержать «/»</translation>
    </message>
    <message>
        <source>sslmode must be one of disable, allow, prefer, require, verify-ca, verify-full</source>
        <translation>sslmode должен быть одним из: disable, allow, prefer, require, verify-ca, verify-full</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; is not one Byline knows (host, port, user, dbname, sslmode)</source>
        <translation>параметр «%1» Byline не знает (host, port, user, dbname, sslmode)</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is missing, so Byline cannot reach a newsroom server. Install the package libqt6sql6-psql.</source>
        <translation>Драйвер PostgreSQL для Qt не установлен, поэтому Byline не может подключиться к серверу редакции. Установите пакет libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>connecting to the newsroom server</source>
        <translation>подключение к серверу редакции</translation>
    </message>
    <message>
        <source>The newsroom at %1 was set up by a newer Byline (schema %2; this program knows up to %3). Nothing was changed; update Byline on this computer.</source>
        <translation>Редакция на %1 создана более новой версией Byline (схема %2; эта программа знает схемы до %3). Ничего не изменено; обновите Byline на этом компьютере.</translation>
    </message>
    <message>
        <source>The database at %1 holds no Byline newsroom yet. Set it up with &quot;byline-cli server setup %1&quot;.</source>
        <translation>В базе данных %1 пока нет редакции Byline. Создайте её командой «byline-cli server setup %1».</translation>
    </message>
    <message>
        <source>The newsroom at %1 needs upgrading from schema %2 to %3. Ask whoever runs the server to run &quot;byline-cli server setup %1&quot;.</source>
        <translation>Редакцию на %1 нужно обновить со схемы %2 до %3. Попросите того, кто обслуживает сервер, выполнить «byline-cli server setup %1».</translation>
    </message>
    <message>
        <source>The server at %1 runs PostgreSQL %2, which is too old for Byline. Nothing was changed; use PostgreSQL 13 or newer.</source>
        <translation>На сервере %1 работает PostgreSQL %2&#xa0;— слишком старая версия для Byline. Ничего не изменено; используйте PostgreSQL 13 или новее.</translation>
    </message>
    <message>
        <source>The database at %1 stores text as %2, which cannot hold Russian and Armenian together. Nothing was changed; create the database with ENCODING &apos;UTF8&apos;.</source>
        <translation>База данных %1 хранит текст в кодировке %2, в которой нельзя держать русский и армянский вместе. Ничего не изменено; создайте базу с ENCODING &apos;UTF8&apos;.</translation>
    </message>
    <message>
        <source>The database at %1 holds tables of another program, not a Byline newsroom. Nothing was changed; give the address of the newsroom&apos;s own database.</source>
        <translation>В базе данных %1 таблицы другой программы, а не редакция Byline. Ничего не изменено; укажите адрес базы данных самой редакции.</translation>
    </message>
    <message>
        <source>The database at %1 is not a Byline newsroom. Nothing was changed; give the address of the newsroom&apos;s own database.</source>
        <translation>База данных %1&#xa0;— не редакция Byline. Ничего не изменено; укажите адрес базы данных самой редакции.</translation>
    </message>
    <message>
        <source>The server at %1 did not accept the login (wrong user name or password?). Nothing was changed; check them and connect again.</source>
        <translation>Сервер %1 не принял вход (неверное имя пользователя или пароль?). Ничего не изменено; проверьте их и подключитесь снова.</translation>
    </message>
    <message>
        <source>There is no database at %1. Check its name, or create it and run &quot;byline-cli server setup&quot;.</source>
        <translation>По адресу %1 нет базы данных. Проверьте её имя или создайте её и выполните «byline-cli server setup».</translation>
    </message>
    <message>
        <source>The newsroom server at %1 cannot be reached (while %2). Check the address and the network; nothing was lost.</source>
        <translation>Сервер редакции %1 недоступен (%2). Проверьте адрес и сеть; ничего не потеряно.</translation>
    </message>
    <message>
        <source>The server refused this (while %1): your login %2 may not do it. Ask an editor or an admin.</source>
        <translation>Сервер отказал (%1): вашему входу %2 это не разрешено. Обратитесь к редактору или администратору.</translation>
    </message>
    <message>
        <source>Another desk is changing the same thing at %1 (waited %2 s while %3). Try again in a moment.</source>
        <translation>Другое рабочее место меняет то же самое на %1 (ожидание %2&#xa0;с: %3). Попробуйте ещё раз через минуту.</translation>
    </message>
    <message>
        <source>The newsroom server&apos;s disk is full (while %1). Nothing was lost; ask whoever runs the server to make room, then try again.</source>
        <translation>Диск сервера редакции заполнен (%1). Ничего не потеряно; попросите того, кто обслуживает сервер, освободить место и попробуйте снова.</translation>
    </message>
    <message>
        <source>The newsroom server at %1 takes no changes now (a read-only standby?) while %2. Nothing was changed.</source>
        <translation>Сервер редакции %1 сейчас не принимает изменений (резервный сервер только для чтения?): %2. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The newsroom server at %1 reported an error while %2.</source>
        <translation>Сервер редакции %1 сообщил об ошибке: %2.</translation>
    </message>
    <message>
        <source>setting up the newsroom&apos;s rights on the server</source>
        <translation>настройка прав редакции на сервере</translation>
    </message>
    <message>
        <source>%1 is a file, not a newsroom server: rights on a file are its permissions.</source>
        <translation>%1&#xa0;— файл, а не сервер редакции: права на файл&#xa0;— это его разрешения.</translation>
    </message>
    <message>
        <source>The server&apos;s rights (rights.sql) are missing from this build.</source>
        <translation>В этой сборке нет прав сервера (rights.sql).</translation>
    </message>
    <message>
        <source>looking at the newsroom&apos;s rights on the server</source>
        <translation>проверка прав редакции на сервере</translation>
    </message>
    <message>
        <source>looking for the login %1 on the server</source>
        <translation>поиск логина %1 на сервере</translation>
    </message>
    <message>
        <source>giving %1 a login on the server</source>
        <translation>создание логина для %1 на сервере</translation>
    </message>
    <message>
        <source>%1 needs a password to log in to the newsroom server; nothing was changed.</source>
        <translation>Для входа на сервер редакции %1 нужен пароль; ничего не изменено.</translation>
    </message>
    <message>
        <source>updating the login of %1 on the server</source>
        <translation>обновление логина %1 на сервере</translation>
    </message>
    <message>
        <source>The server at %1 no longer lets %2 log in: the newsroom&apos;s admin made this person inactive. Nothing was changed; ask an admin to make you active again.</source>
        <translation>Сервер %1 больше не пускает %2: администратор редакции сделал этого сотрудника неактивным. Ничего не изменено; попросите администратора снова сделать вас активным.</translation>
    </message>
    <message>
        <source>The login %2 is not one of the newsroom&apos;s people at %1. Nothing was changed; ask the newsroom&apos;s admin to add you (byline-cli users add), then connect with the login and password they give you.</source>
        <translation>Логин %2 не принадлежит сотрудникам редакции на %1. Ничего не изменено; попросите администратора редакции добавить вас (byline-cli users add) и подключитесь с выданными логином и паролем.</translation>
    </message>
    <message>
        <source>Byline cannot connect to the newsroom server again in the middle of a change; it tries again once the change has ended.</source>
        <translation>Byline не может заново подключиться к серверу редакции посреди изменения; попытка повторится, когда изменение завершится.</translation>
    </message>
    <message>
        <source>connecting to the newsroom server again</source>
        <translation>повторное подключение к серверу редакции</translation>
    </message>
    <message>
        <source>The newsroom server at %1 now signs this desk in as %2 instead of %3. Nothing was saved; open the newsroom again.</source>
        <translation>Сервер редакции %1 теперь впускает этот стол как %2, а не %3. Ничего не сохранено; откройте редакцию заново.</translation>
    </message>
    <message>
        <source>a new password for the login %1</source>
        <translation>новый пароль для логина %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>чтение %1</translation>
    </message>
    <message>
        <source>listing the tables of %1</source>
        <translation>перечисление таблиц %1</translation>
    </message>
    <message>
        <source>%1 holds a table this Byline does not know (%2), so it cannot copy the store whole. Nothing was copied; use the Byline that made the store.</source>
        <translation>В %1 есть таблица, которой эта версия Byline не знает (%2), поэтому она не может скопировать хранилище целиком. Ничего не скопировано; используйте Byline, который создал это хранилище.</translation>
    </message>
    <message>
        <source>Copying the newsroom at %1 takes a PostgreSQL superuser or the database&apos;s owner; %2 does not see all of it. Nothing was copied.</source>
        <translation>Копирование редакции с %1 требует суперпользователя PostgreSQL или владельца базы данных; %2 видит не всё. Ничего не скопировано.</translation>
    </message>
    <message>
        <source>%1 already holds a newsroom: a copy goes into a new file or an empty database, never over a newsroom. Nothing was written.</source>
        <translation>В %1 уже есть редакция: копия записывается только в новый файл или в пустую базу данных, никогда поверх редакции. Ничего не записано.</translation>
    </message>
    <message>
        <source>%1 already exists: a copy goes into a new file, never over another. Nothing was written.</source>
        <translation>%1 уже существует: копия записывается только в новый файл, никогда поверх другого. Ничего не записано.</translation>
    </message>
    <message>
        <source>looking into %1</source>
        <translation>просмотр %1</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the new store file in it (for example %1/byline.sqlite).</source>
        <translation>%1&#xa0;— это папка; укажите в ней имя файла нового хранилища (например, %1/byline.sqlite).</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a pipe or a device?); give the name of a new store file.</source>
        <translation>%1&#xa0;— не обычный файл (канал или устройство?); укажите имя нового файла хранилища.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it, or choose another place for the copy. Nothing was written.</source>
        <translation>Папки %1 нет. Создайте её или выберите для копии другое место. Ничего не записано.</translation>
    </message>
    <message>
        <source>Cannot give the copy its name %1 (%2). Nothing was written.</source>
        <translation>Не удалось дать копии имя %1 (%2). Ничего не записано.</translation>
    </message>
    <message>
        <source>copying %1</source>
        <translation>копирование %1</translation>
    </message>
    <message>
        <source>copying the newsroom</source>
        <translation>копирование редакции</translation>
    </message>
    <message>
        <source>The source holds rows that break the store&apos;s own rules; &quot;byline-cli check&quot; on it says which.</source>
        <translation>В исходном хранилище есть строки, нарушающие правила самого хранилища; «byline-cli check» на нём покажет, какие.</translation>
    </message>
    <message>
        <source>Nothing of the copy was kept in %1.</source>
        <translation>В %1 от копии ничего не осталось.</translation>
    </message>
    <message>
        <source>Name the store to copy and the new one.</source>
        <translation>Укажите, какое хранилище копировать и куда.</translation>
    </message>
    <message>
        <source>Cannot write the copy to the disk holding %1. Nothing was written; check the disk and try again.</source>
        <translation>Не удалось записать копию на диск, где находится %1. Ничего не записано; проверьте диск и попробуйте снова.</translation>
    </message>
    <message>
        <source>The table %1 of %2 does not have the columns this Byline writes in %3, so it cannot be copied. Nothing was copied.</source>
        <translation>У таблицы %1 в %2 не те столбцы, которые эта версия Byline записывает в %3, поэтому её нельзя скопировать. Ничего не скопировано.</translation>
    </message>
    <message>
        <source>The table %1 has no column %2.</source>
        <translation>В таблице %1 нет столбца %2.</translation>
    </message>
    <message>
        <source>noting that you have %1 open</source>
        <translation>при отметке, что у вас открыта статья %1</translation>
    </message>
    <message>
        <source>There is no person %1.</source>
        <translation>Сотрудника %1 нет.</translation>
    </message>
    <message>
        <source>noting that you closed %1</source>
        <translation>при отметке, что вы закрыли статью %1</translation>
    </message>
    <message>
        <source>noting that you closed your articles</source>
        <translation>при отметке, что вы закрыли свои статьи</translation>
    </message>
    <message>
        <source>reading who has which article open</source>
        <translation>при чтении того, у кого какие статьи открыты</translation>
    </message>
    <message>
        <source>tidying up who has which article open</source>
        <translation>при уборке списка открытых статей</translation>
    </message>
    <message>
        <source>reading who saved the article %1</source>
        <translation>при чтении того, кто сохранил статью %1</translation>
    </message>
    <message>
        <source>telling people what happened</source>
        <translation>при сообщении сотрудникам о случившемся</translation>
    </message>
    <message>
        <source>reading the inbox of %1</source>
        <translation>при чтении входящих %1</translation>
    </message>
    <message>
        <source>counting the unread inbox of %1</source>
        <translation>при подсчёте непрочитанных входящих %1</translation>
    </message>
    <message>
        <source>marking an inbox entry read</source>
        <translation>при отметке записи входящих прочитанной</translation>
    </message>
    <message>
        <source>%1 has no inbox entry %2; &quot;byline-cli inbox&quot; lists them.</source>
        <translation>У %1 нет записи входящих %2; их список выводит «byline-cli inbox».</translation>
    </message>
    <message>
        <source>marking the inbox read</source>
        <translation>при отметке входящих прочитанными</translation>
    </message>
    <message>
        <source>publishing %1</source>
        <translation>при публикации %1</translation>
    </message>
    <message>
        <source>The site icon is not a PNG image. Choose a square PNG of %1 to %2 pixels.</source>
        <translation>Значок сайта&#xa0;— не изображение PNG. Выберите квадратный PNG размером от&#xa0;%1 до&#xa0;%2&#xa0;пикселей.</translation>
    </message>
    <message>
        <source>The site icon is %1 × %2 pixels; it must be square, from %3 to %4 pixels a side (180 × 180 suits phones too).</source>
        <translation>Значок сайта&#xa0;— %1&#xa0;×&#xa0;%2&#xa0;пикселей, а он должен быть квадратным, со стороной от&#xa0;%3 до&#xa0;%4&#xa0;пикселей (180&#xa0;×&#xa0;180 подойдёт и для телефонов).</translation>
    </message>
    <message>
        <source>The site icon is %1 KiB; at most %2 KiB. Save it smaller.</source>
        <translation>Значок сайта занимает %1&#xa0;КиБ, а можно не больше %2&#xa0;КиБ. Сохраните его меньшего размера.</translation>
    </message>
    <message>
        <source>The SVG site icon is %1 KiB; at most %2 KiB. Save it smaller.</source>
        <translation>Значок сайта в SVG занимает %1&#xa0;КиБ, а можно не больше %2&#xa0;КиБ. Сохраните его меньшего размера.</translation>
    </message>
    <message>
        <source>Cannot put %1 in place: %2. Export again to finish the site.</source>
        <translation>Не удалось поставить %1 на место: %2. Экспортируйте ещё раз, чтобы завершить сайт.</translation>
    </message>
    <message>
        <source>Another export is writing %1 now. Wait for it to finish, then export again.</source>
        <translation>Сейчас в %1 пишет другой экспорт. Дождитесь его окончания и экспортируйте ещё раз.</translation>
    </message>
    <message>
        <source>The name of %1 in %2 must be 1 to %3 characters (leave the locale out to show the display name there).</source>
        <translation>Имя %1 для языка %2 должно содержать от 1 до %3&#xa0;символов (не указывайте этот язык, чтобы там показывалось отображаемое имя).</translation>
    </message>
    <message>
        <source>; names: %1</source>
        <translation>; имена: %1</translation>
    </message>
    <message>
        <source>name in %1 %2 → %3</source>
        <translation>имя (%1) %2 → %3</translation>
    </message>
    <message>
        <source>a name cannot be empty (leave the locale out to show the display name there)</source>
        <translation>имя не может быть пустым (не указывайте этот язык, чтобы там показывалось отображаемое имя)</translation>
    </message>
    <message>
        <source>The article %1 is no longer in the state %2: someone changed it first. Reload it and try again.</source>
        <translation>Статья %1 уже не в статусе «%2»: кто-то изменил её раньше. Загрузите её заново и повторите попытку.</translation>
    </message>
    <message>
        <source>Cannot %1 the %2 translation: it is in the state %3. From %3 it can: %4.</source>
        <translation>Действие «%1» невозможно для перевода на язык %2: он в статусе «%3». Из статуса «%3» доступны: %4.</translation>
    </message>
    <message>
        <source>The article is in the state %1, not published: publish the article first; its approved translations go live with it.</source>
        <translation>Статья в статусе «%1», а не опубликована: сначала опубликуйте статью; её одобренные переводы выйдут вместе с ней.</translation>
    </message>
    <message>
        <source>Cannot %1: the article is in the state %2. From %2 it can: %3.</source>
        <translation>Действие «%1» невозможно: статья в статусе «%2». Из статуса «%2» доступны: %3.</translation>
    </message>
    <message>
        <source>Cannot remove %1, which is no longer published: %2. Remove it by hand or export again.</source>
        <translation>Не удалось удалить %1, который больше не опубликован: %2. Удалите его вручную или экспортируйте ещё раз.</translation>
    </message>
    <message>
        <source>Cannot create %1 to export the site.</source>
        <translation>Не удалось создать %1 для экспорта сайта.</translation>
    </message>
    <message>
        <source>Cannot lock %1 to export the site.</source>
        <translation>Не удалось заблокировать %1 для экспорта сайта.</translation>
    </message>
    <message>
        <source>The changed pages of %1 are in place, but its record of them could not be written (%2). Export again: it will write them once more.</source>
        <translation>Изменённые страницы %1 уже на месте, но их перечень записать не удалось (%2). Экспортируйте ещё раз: они будут записаны заново.</translation>
    </message>
    <message>
        <source>The SVG site icon cannot be used: %1. Save it as a plain picture, or give a PNG alone.</source>
        <translation>Значок сайта в SVG использовать нельзя: %1. Сохраните его как простое изображение или оставьте только PNG.</translation>
    </message>
    <message>
        <source>it declares a DOCTYPE</source>
        <translation>в нём объявлен DOCTYPE</translation>
    </message>
    <message>
        <source>it is not an SVG image</source>
        <translation>это не изображение SVG</translation>
    </message>
    <message>
        <source>it holds a &lt;%1&gt; element</source>
        <translation>в нём есть элемент &lt;%1&gt;</translation>
    </message>
    <message>
        <source>it has an event handler (%1)</source>
        <translation>в нём есть обработчик событий (%1)</translation>
    </message>
    <message>
        <source>it links to %1</source>
        <translation>он ссылается на %1</translation>
    </message>
    <message>
        <source>The site icon is not stored as base64 of at most %1 KiB; choose the file again.</source>
        <translation>Значок сайта хранится не как base64 размером до %1&#xa0;КиБ; выберите файл ещё раз.</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>осталось около %1&#xa0;с</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>осталось около %1&#xa0;мин</translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>осталось около %1&#xa0;ч %2&#xa0;мин</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 (the article starts at byte %2 of the file)</source>
        <translation>%1 (статья начинается с байта %2 файла)</translation>
    </message>
    <message>
        <source>The article is not a JSON object. Start from what &quot;byline-cli show UID --json&quot; prints.</source>
        <translation>Статья не является объектом JSON. Возьмите за основу то, что выводит «byline-cli show UID --json».</translation>
    </message>
    <message>
        <source>The document is empty; nothing was imported.</source>
        <translation>Документ пуст; ничего не импортировано.</translation>
    </message>
    <message>
        <source>it ends before anything was written</source>
        <translation>он заканчивается, так ничего и не сказав</translation>
    </message>
    <message>
        <source>more follows the end of the document</source>
        <translation>после конца документа есть что-то ещё</translation>
    </message>
    <message>
        <source>a value is missing or misspelt</source>
        <translation>значение пропущено или написано с ошибкой</translation>
    </message>
    <message>
        <source>a key in quotes is missing</source>
        <translation>пропущен ключ в кавычках</translation>
    </message>
    <message>
        <source>a colon is missing after a key</source>
        <translation>после ключа пропущено двоеточие</translation>
    </message>
    <message>
        <source>a comma or } is missing</source>
        <translation>пропущена запятая или }</translation>
    </message>
    <message>
        <source>a comma or ] is missing</source>
        <translation>пропущена запятая или ]</translation>
    </message>
    <message>
        <source>a \u escape without four hexadecimal digits</source>
        <translation>экранирование \u без четырёх шестнадцатеричных цифр</translation>
    </message>
    <message>
        <source>a \u escape that is half of a character</source>
        <translation>экранирование \u, задающее половину символа</translation>
    </message>
    <message>
        <source>an escape JSON does not have</source>
        <translation>экранирование, которого нет в JSON</translation>
    </message>
    <message>
        <source>a text without its closing quotation mark</source>
        <translation>текст без закрывающей кавычки</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8</source>
        <translation>байты не в кодировке UTF-8</translation>
    </message>
    <message>
        <source>a number too large</source>
        <translation>слишком большое число</translation>
    </message>
    <message>
        <source>a number without digits after its point</source>
        <translation>число без цифр после точки</translation>
    </message>
    <message>
        <source>a number without digits in its exponent</source>
        <translation>число без цифр в показателе степени</translation>
    </message>
    <message>
        <source>the text is not JSON</source>
        <translation>текст не является JSON</translation>
    </message>
    <message>
        <source>Reading stopped after %1 bytes: %2. Nothing was imported.</source>
        <translation>Чтение прервалось после %1&#xa0;байт: %2. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>a raw control character (U+%1), which JSON writes as an escape (\n, \u0000)</source>
        <translation>управляющий символ как есть (U+%1), который в JSON записывается экранированием (\n, \u0000)</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at line %2, column %3 (byte %4). Nothing was imported.</source>
        <translation>Файл не является корректным JSON: %1 в строке %2, столбце %3 (байт %4). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>reading the text to index for search</source>
        <translation>чтение текста для поискового индекса</translation>
    </message>
    <message>
        <source>The article is not valid JSON: %1 at line %2, column %3. Start from what &quot;byline-cli show UID --json&quot; prints.</source>
        <translation>Статья не является корректным JSON: %1 в строке %2, столбце %3. Возьмите за основу то, что выводит «byline-cli show UID --json».</translation>
    </message>
    <message>
        <source>The export could not be written past byte %1: %2. Make room or choose another place, then export again.</source>
        <translation>Экспорт не удалось записать дальше байта %1: %2. Освободите место или выберите другое, затем экспортируйте снова.</translation>
    </message>
    <message>
        <source>The value that reaches byte %1 of the file is larger than %2 MiB; no part of a Byline document holds that much. Nothing was imported.</source>
        <translation>Значение, доходящее до байта %1 файла, больше %2&#xa0;МиБ; ни одна часть документа Byline не бывает такой большой. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>lists and objects nested more than %1 deep</source>
        <translation>списки и объекты вложены глубже %1 уровней</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes after more than %2 MiB of the lists that follow it: Byline reads a document that large only with its parts in the order it writes them. Nothing was imported.</source>
        <translation>«%1» идёт после более чем %2&#xa0;МиБ списков, которые должны следовать за ним: такой большой документ Byline читает, только если его части идут в том порядке, в каком он сам их записывает. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Indexing for search</source>
        <translation>Индексирование для поиска</translation>
    </message>
    <message>
        <source>Cancelled while indexing for search; nothing was changed.</source>
        <translation>Отменено во время индексирования для поиска; ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Byline, the newsroom desk.</source>
        <translation>Byline&#xa0;— рабочее место редакции.</translation>
    </message>
    <message>
        <source>Fill an empty store with the demo newsroom.</source>
        <translation>Заполнить пустое хранилище демо-редакцией.</translation>
    </message>
    <message>
        <source>The store to open: a file, or a postgresql:// URL.</source>
        <translation>Открываемое хранилище: файл или адрес postgresql://.</translation>
    </message>
</context>
</TS>
