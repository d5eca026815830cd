#include "ui/translation/TranslationView.h"

#include "core/services/EditService.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/LocaleRepository.h"
#include "core/translation/QualityChecks.h"
#include "core/workflow/Permissions.h"
#include "ui/document/ArticleDocument.h"
#include "ui/document/ArticleSession.h"
#include "ui/document/SavedElsewhereBar.h"
#include "ui/document/UndoKeys.h"
#include "ui/language/Labels.h"
#include "ui/presence/PresenceLine.h"
#include "ui/translation/CoverageBar.h"
#include "ui/translation/QuoteTranslations.h"
#include "ui/widgets/Banner.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace Byline {

TranslationView::TranslationView(Storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    m_session = new ArticleSession(db, this);
    m_quoteRows = std::make_unique<QuoteTranslations>(db, *m_session);
    m_undoKeys = new UndoKeys(this);

    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_coverage = new CoverageBar(this);
    m_filterLabel = new QLabel(this);
    m_filterBox = new QComboBox(this);
    m_filterBox->addItems({QString(), QString(), QString()});
    m_filterLabel->setBuddy(m_filterBox);
    m_banner = new Banner(this);
    m_sourceHeader = new QLabel(this);
    m_targetHeader = new QLabel(this);
    for (QLabel *header : {m_sourceHeader, m_targetHeader}) {
        QFont font = header->font();
        font.setBold(true);
        header->setFont(font);
    }

    auto *rows = new QWidget;
    m_rowsLayout = new QVBoxLayout(rows);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(2);
    m_empty = new QLabel(rows);
    m_empty->setWordWrap(true);
    m_empty->setContentsMargins(16, 16, 16, 16);
    m_empty->hide();
    m_rowsLayout->addWidget(m_empty);
    m_rowsLayout->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(rows);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keys = new QLabel(this);
    m_keys->setWordWrap(true); // the keys may take two lines in a narrow window
    QPalette quiet = m_keys->palette();
    quiet.setColor(QPalette::WindowText, QColor(0x5f, 0x5a, 0x50));
    m_keys->setPalette(quiet);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(8, 0, 8, 0);
    top->addWidget(m_heading, 1);
    top->addWidget(m_coverage);
    top->addSpacing(12);
    top->addWidget(m_filterLabel);
    top->addWidget(m_filterBox);
    auto *columns = new QHBoxLayout;
    columns->setContentsMargins(20, 4, 10 + m_scroll->verticalScrollBar()->sizeHint().width(), 0);
    columns->setSpacing(16);
    columns->addWidget(m_sourceHeader, 1);
    columns->addWidget(m_targetHeader, 1);
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(8, 2, 8, 2);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_keys);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    m_presenceLine = new PresenceLine(m_db, this);
    layout->addWidget(m_presenceLine);
    m_savedElsewhere = new SavedElsewhereBar(this);
    layout->addWidget(m_savedElsewhere);
    connect(m_savedElsewhere, &SavedElsewhereBar::mergeRequested, this, [this] { save(); });
    layout->addWidget(m_banner);
    layout->addLayout(columns);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(bottom);

    m_doneAction = addShortcut(QKeySequence(QStringLiteral("Ctrl+Return")));
    m_doneAction->setShortcuts(
        {QKeySequence(QStringLiteral("Ctrl+Return")), QKeySequence(QStringLiteral("Ctrl+Enter"))});
    m_copyAction = addShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    m_saveAction = addShortcut(QKeySequence::Save);
    m_undoAction = addShortcut(QKeySequence::Undo);
    m_redoAction = addShortcut(QKeySequence::Redo);
    connect(m_doneAction, &QAction::triggered, this, [this] { markDoneAndNext(); });
    connect(m_copyAction, &QAction::triggered, this, &TranslationView::copySource);
    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (document() && m_editable)
            document()->undoStack()->undo();
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (document() && m_editable)
            document()->undoStack()->redo();
    });
    connect(m_filterBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { setFilter(Filter(index)); });

    connect(m_session->saver(), &ArticleSaver::stateChanged, this, &TranslationView::updateStatus);
    connect(m_session->saver(), &ArticleSaver::saved, this, [this](const QString &uid) {
        m_savedElsewhere->hide();
        documentChanged();
        Q_EMIT saved(uid);
    });
    connect(m_session->saver(), &ArticleSaver::refused, this, &TranslationView::reloadFromStore);
    resolveConflict = [this](const ConflictDialog::Info &info) {
        return m_session->askConflict(info);
    };
    offerRestore = [this](const Interchange::EditJournal::Entry &draft, const Article &stored) {
        return m_session->askRestore(draft, stored);
    };
    m_session->askThrough(&resolveConflict, &offerRestore);
    retranslate();
}

TranslationView::~TranslationView()
{
    // Closing saves what is unsaved, without asking; what fails stays in the journal.
    m_session->saver()->finish();
    saveQuotes();
    closeDocument();
}

QAction *TranslationView::addShortcut(const QKeySequence &keys)
{
    auto *a = new QAction(this);
    a->setShortcut(keys);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(a);
    return a;
}

void TranslationView::closeDocument()
{
    m_session->detach(this);
    qDeleteAll(std::exchange(m_rows, {}));
    m_session->end();
}

void TranslationView::setJournalFolder(const QString &folder)
{
    m_session->saver()->setJournalFolder(folder);
}

void TranslationView::setAutosaveDelay(int ms)
{
    m_session->saver()->setAutosaveDelay(ms);
}

void TranslationView::setPresence(PresenceBoard *board)
{
    m_presenceLine->follow(board, uid());
}

void TranslationView::setUser(const std::optional<User> &user)
{
    // What the previous person typed into quotes is saved as theirs, like their text.
    if (m_session->isOtherPerson(user) && m_session->user())
        saveQuotes();
    const bool other = m_session->setUser(user);
    updateRights();
    if (other)
        m_session->checkJournal();
}

bool TranslationView::open(const QString &uid, const QString &locale)
{
    const std::optional<Article> found = m_session->find(uid);
    if (!found) {
        updateStatus();
        return false;
    }
    const Article &stored = *found;
    auto locales = Storage::LocaleRepository(m_db).all();
    if (!locales) {
        m_session->setProblem(locales.error().message);
        updateStatus();
        return false;
    }
    m_localeLabels.clear();
    for (const Locale &l : *locales)
        m_localeLabels.insert(l.code, l.label);
    if (!m_localeLabels.contains(locale)) {
        m_session->setProblem(tr("The newsroom has no language \"%1\".").arg(locale));
        updateStatus();
        return false;
    }
    if (locale == stored.sourceLocale) {
        m_session->setProblem(tr("%1 is the language this article is written in; open the "
                                 "article (Enter) to edit its text.")
                                  .arg(localeLabel(locale)));
        updateStatus();
        return false;
    }
    m_session->setProblem({});
    m_session->reloadQuotes();

    closeDocument();
    m_locale = locale;
    m_quoteRows->setLocale(locale, localeLabel(locale));
    m_session->saver()->setScope(locale);
    m_session->begin(stored, this);
    connect(document(), &ArticleDocument::textChanged, this,
            [this](const QString &changed, const QString &key) {
                if (changed != m_locale)
                    return;
                if (SegmentRow *r = row(key))
                    r->setTranslation(document()->text(m_locale, key));
            });
    connect(document(), &ArticleDocument::translationsChanged, this, [this](const QString &code) {
        if (code != m_locale)
            return;
        for (SegmentRow *r : std::as_const(m_rows)) {
            if (!r->isQuote() && r->key() != m_typing) // that one has the text being typed
                r->setTranslation(document()->text(m_locale, r->key()));
        }
    });
    connect(document(), &ArticleDocument::wasReset, this, &TranslationView::rebuild);
    connect(document(), &ArticleDocument::changed, this, &TranslationView::documentChanged);
    m_session->attach();
    m_wasModified = false;
    rebuild();
    updateRights();
    m_session->saver()->checkJournal();
    updateStatus();
    return true;
}

QString TranslationView::uid() const
{
    return m_session->uid();
}

ArticleDocument *TranslationView::document() const
{
    return m_session->document();
}

QString TranslationView::localeLabel(const QString &code) const
{
    return m_localeLabels.value(code, code);
}

QString TranslationView::title() const
{
    if (!document())
        return tr("Translation");
    const Translation *source = document()->article().sourceTranslation();
    const QString headline = source ? source->title.simplified() : QString();
    return tr("%1 · %2").arg(localeLabel(m_locale),
                             headline.isEmpty() ? tr("(no headline)") : headline);
}

QList<SegmentRow::Kind> TranslationView::rowKinds() const
{
    const Translation *source = document() ? document()->article().sourceTranslation() : nullptr;
    return source ? SegmentRow::kindsFor(*source) : QList<SegmentRow::Kind>();
}

void TranslationView::rebuild()
{
    if (!document())
        return;
    // What is typed over a quote is not in the document: it stays through the rebuild.
    QHash<QString, QString> typed;
    for (const SegmentRow *r : std::as_const(m_rows)) {
        if (r->isQuote() && m_quoteRows->isModified(r))
            typed.insert(r->key(), r->translation());
    }
    // Rows still asked for stay (with their cursor and focus: another desk's save taken in
    // place); new ones are made, the rest go.
    QHash<QString, SegmentRow *> old;
    for (SegmentRow *r : std::exchange(m_rows, {}))
        old.insert(r->key(), r);
    for (const SegmentRow::Kind &kind : rowKinds()) {
        SegmentRow *r = old.take(kind.key);
        if (r && (r->isQuote() != kind.quote || r->isSingleLine() != kind.singleLine)) {
            delete r;
            r = nullptr;
        }
        if (r) {
            m_rowsLayout->removeWidget(r);
        } else {
            r = new SegmentRow(kind.key, kind.singleLine, kind.quote, m_scroll->widget());
            connect(r, &SegmentRow::edited, this, &TranslationView::edited);
            connect(r, &SegmentRow::focused, this, &TranslationView::setCurrent);
            connect(r, &SegmentRow::copyRequested, this, [this](const QString &segment) {
                focusSegment(segment);
                copySource();
            });
            connect(r, &SegmentRow::doneRequested, this, [this](const QString &segment) {
                focusSegment(segment);
                markDoneAndNext();
            });
            if (!kind.quote)
                m_undoKeys->watch(r->editor());
        }
        r->setLabel(segmentLabel(kind.key));
        if (kind.quote)
            r->setTranslation(typed.value(kind.key, m_quoteRows->storedWords(kind.key)));
        else
            r->setTranslation(document()->text(m_locale, kind.key));
        m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, r);
        m_rows.append(r);
    }
    qDeleteAll(old);
    if (!row(m_current))
        m_current.clear();
    if (SegmentRow *r = currentRow())
        r->setCurrent(true);
    updateRights();
    refresh();
    applyFilter();
}

QString TranslationView::segmentLabel(const QString &key) const
{
    if (Segments::blockIdOf(key).isEmpty() || !document())
        return Labels::segment(key);
    const Translation *source = document()->article().sourceTranslation();
    return source ? Labels::segment(key, *source) : Labels::segment(key);
}

SegmentRow *TranslationView::row(const QString &key) const
{
    for (SegmentRow *r : m_rows) {
        if (r->key() == key)
            return r;
    }
    return nullptr;
}

SegmentRow::State TranslationView::stateOf(const QString &key) const
{
    const Translation *stored = document()->stored().translation(m_locale);
    const QString storedText = stored ? Segments::textOf(*stored, key) : QString();
    if (document()->text(m_locale, key) != storedText)
        return SegmentRow::State::InProgress;
    for (const Segments::SegmentStatus &s : m_stored.segments) {
        if (s.key == key)
            return SegmentRow::stateFor(s.state);
    }
    return SegmentRow::State::Missing;
}

void TranslationView::refresh()
{
    if (!document())
        return;
    m_stored = Segments::coverage(document()->stored(), m_locale);
    m_coverage->setCounts(m_stored.done, m_stored.stale, m_stored.missing);
    QHash<QString, QStringList> warnings;
    for (const QualityChecks::Warning &w :
         QualityChecks::checkLocale(document()->article(), m_locale, m_session->quotes().experts(),
                                    m_session->quotes().quotes())) {
        warnings[w.segment].append(Labels::qualityWarning(w));
    }
    const Article &article = document()->article();
    const Translation *source = article.sourceTranslation();
    for (SegmentRow *r : std::as_const(m_rows)) {
        if (!r->isQuote()) {
            QString previous;
            for (const Segments::SegmentStatus &s : std::as_const(m_stored.segments)) {
                if (s.key == r->key())
                    previous = s.previousSource;
            }
            r->setSource(source ? Segments::textOf(*source, r->key()) : QString(), previous);
            r->setState(stateOf(r->key()));
            r->setWarnings(warnings.value(r->key()));
            continue;
        }
        m_quoteRows->refreshRow(r);
    }
}

bool TranslationView::matches(const SegmentRow *r) const
{
    switch (m_filter) {
    case Filter::All:
        return true;
    case Filter::Stale:
        return r->state() == SegmentRow::State::Stale;
    case Filter::Missing:
        return r->state() == SegmentRow::State::Missing;
    }
    return true;
}

void TranslationView::applyFilter()
{
    // The segment being worked on stays, whatever the filter says, until it is left.
    int shown = 0;
    for (SegmentRow *r : std::as_const(m_rows)) {
        const bool visible = matches(r) || r->key() == m_current;
        r->setVisible(visible);
        shown += visible ? 1 : 0;
    }
    m_empty->setVisible(shown == 0);
    switch (m_filter) {
    case Filter::All:
        m_empty->setText(tr("The article has no text to translate yet."));
        break;
    case Filter::Stale:
        m_empty->setText(tr("No stale segments: nothing in the source changed since it was "
                            "translated."));
        break;
    case Filter::Missing:
        m_empty->setText(tr("No missing segments: every segment has a translation."));
        break;
    }
}

void TranslationView::setFilter(Filter filter)
{
    m_filter = filter;
    if (m_filterBox->currentIndex() != int(filter)) {
        const QSignalBlocker block(m_filterBox);
        m_filterBox->setCurrentIndex(int(filter));
    }
    // A filter change starts afresh: the current segment shows only if it matches.
    if (SegmentRow *r = currentRow(); r && !matches(r)) {
        r->setCurrent(false);
        m_current.clear();
    }
    applyFilter();
}

void TranslationView::setCurrent(const QString &key)
{
    if (key == m_current)
        return;
    if (SegmentRow *old = currentRow())
        old->setCurrent(false);
    m_current = key;
    if (SegmentRow *r = currentRow())
        r->setCurrent(true);
}

void TranslationView::focusSegment(const QString &key)
{
    SegmentRow *r = row(key);
    if (!r)
        return;
    setCurrent(key);
    r->show();
    if (r->editor())
        r->editor()->setFocus(Qt::OtherFocusReason);
    m_scroll->ensureWidgetVisible(r, 0, 40);
}

void TranslationView::edited(const QString &key, const QString &text)
{
    if (SegmentRow *r = row(key); r && r->isQuote()) {
        // Typed over a quote: kept in its field until it is saved on its own.
        setCurrent(key);
        m_notice.clear();
        m_quoteRows->refreshRow(r);
        updateModified();
        updateStatus();
        return;
    }
    if (!document() || !m_editable)
        return;
    setCurrent(key);
    m_notice.clear();
    m_typing = key;
    if (!document()->article().translation(m_locale)) {
        // The first words of a new translation: the translation comes first (its own step).
        document()->addTranslation(m_locale,
                                   m_session->user() && m_session->user()->role == Role::Translator
                                       ? m_session->user()->name
                                       : QString());
    }
    document()->setText(m_locale, key, text);
    m_typing.clear();
}

void TranslationView::copySource()
{
    SegmentRow *r = currentRow();
    if (!document() || !r || r->isReadOnly())
        return;
    if (r->isQuote()) {
        const QString said = m_quoteRows->said(r);
        if (said.isEmpty())
            return;
        r->editor()->setPlainText(said); // undoable there
        r->editor()->moveCursor(QTextCursor::End);
        r->editor()->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!m_editable)
        return;
    const Translation *source = document()->article().sourceTranslation();
    if (!source)
        return;
    edited(r->key(), Segments::textOf(*source, r->key()));
    r->setTranslation(document()->text(m_locale, r->key()));
    r->editor()->moveCursor(QTextCursor::End);
    r->editor()->setFocus(Qt::OtherFocusReason);
}

bool TranslationView::markDoneAndNext()
{
    SegmentRow *r = currentRow();
    if (!document() || !r)
        return false;
    const QString key = r->key();
    if (r->isQuote() ? !saveQuote(r, true) : !doneSegment(key))
        return false;
    // On to the next open segment the filter shows, after this one, round to the top.
    const qsizetype from = m_rows.indexOf(row(key));
    for (qsizetype step = 1; step <= m_rows.size(); ++step) {
        SegmentRow *next = m_rows.at((from + step) % m_rows.size());
        if (!next->isReadOnly() && next->state() != SegmentRow::State::Done && matches(next)) {
            focusSegment(next->key());
            applyFilter();
            m_notice.clear();
            updateStatus();
            return true;
        }
    }
    applyFilter();
    m_notice = m_filter == Filter::All
        ? tr("Every segment of %1 is done.").arg(localeLabel(m_locale))
        : tr("No more segments of this kind; choose \"All segments\" to see the rest.");
    updateStatus();
    return true;
}

bool TranslationView::doneSegment(const QString &key)
{
    if (!m_editable) {
        m_notice = tr("Read only: %1").arg(m_why);
        updateStatus();
        return false;
    }
    if (document()->text(m_locale, key).trimmed().isEmpty()) {
        m_notice = tr("Type the translation first (Ctrl+Shift+C copies the source to start "
                      "from).");
        updateStatus();
        return false;
    }
    if (document()->isModified() && !m_session->saver()->save(true)) {
        updateStatus();
        return false;
    }
    if (stateOf(key) == SegmentRow::State::Stale && !confirm(key))
        return false;
    if (stateOf(key) != SegmentRow::State::Done) {
        m_notice = tr("This segment is not done yet: type its translation, or copy the source "
                      "(Ctrl+Shift+C) and edit it.");
        updateStatus();
        return false;
    }
    return true;
}

bool TranslationView::saveQuote(SegmentRow *r, bool confirmStale)
{
    QString saved;
    if (!m_quoteRows->save(r, m_rows, confirmStale, &saved)) {
        m_notice = m_quoteRows->notice();
        updateStatus();
        return false;
    }
    if (saved.isEmpty())
        return true; // nothing needed saving
    refresh();
    updateModified();
    updateStatus();
    Q_EMIT quoteSaved(saved);
    return true;
}

bool TranslationView::saveQuotes()
{
    bool all = true;
    for (SegmentRow *r : std::as_const(m_rows)) {
        if (m_quoteRows->isModified(r) && !r->isReadOnly() && m_session->user())
            all = saveQuote(r, false) && all;
    }
    return all;
}

void TranslationView::updateModified()
{
    const bool modified = isModified();
    if (modified != m_wasModified) {
        m_wasModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

bool TranslationView::confirm(const QString &key)
{
    if (!m_session->user()
        || !Permissions::mayConfirm(*m_session->user(), document()->stored(), m_locale)) {
        m_notice = tr("You may not confirm translations into %1.").arg(localeLabel(m_locale));
        updateStatus();
        return false;
    }
    // The translation is unchanged and still right for the new source: record that.
    Article article = document()->stored();
    if (!Segments::markDone(article, m_locale, key))
        return false;
    if (auto done = EditService(m_db).save(article, m_session->user()->name); !done) {
        m_notice = tr("Not confirmed: %1").arg(done.error().message);
        updateStatus();
        if (done.error().code == ErrorCode::Conflict)
            reloadFromStore(); // someone saved meanwhile: show their text, then look again
        return false;
    }
    document()->markSaved(article);
    documentChanged();
    Q_EMIT saved(article.uid);
    return true;
}

void TranslationView::documentChanged()
{
    if (!document())
        return;
    m_session->saver()->documentChanged();
    // A save may have brought in someone's new or removed blocks (ArticleSaver follows the
    // store): the rows follow the source.
    QStringList keys;
    for (const SegmentRow::Kind &kind : rowKinds())
        keys.append(kind.key);
    QStringList shown;
    for (const SegmentRow *r : std::as_const(m_rows))
        shown.append(r->key());
    if (keys != shown) {
        const QString current = m_current;
        rebuild();
        if (row(current))
            focusSegment(current);
    }
    refresh();
    updateStatus();
    updateModified();
    Q_EMIT titleChanged(title());
}

bool TranslationView::save()
{
    const bool article = m_session->saver()->save(true);
    return saveQuotes() && article;
}

void TranslationView::reloadQuotes()
{
    if (!document())
        return;
    m_session->reloadQuotes();
    updateRights();
    refresh();
    updateStatus();
}

void TranslationView::reloadFromStore()
{
    if (!document())
        return;
    if (!m_session->reloadFromStore()) {
        updateStatus();
        return;
    }
    reloadQuotes(); // a workflow step may change who may translate them, too
    m_session->showNewerSave(m_savedElsewhere);
}

bool TranslationView::isModified() const
{
    return document()
        && (document()->isModified()
            || std::any_of(m_rows.cbegin(), m_rows.cend(),
                           [this](const SegmentRow *r) { return m_quoteRows->isModified(r); }));
}

TranslationView::SaveState TranslationView::saveState() const
{
    return m_session->saveState();
}

QString TranslationView::saveStateText() const
{
    return m_session->saveStateText();
}

void TranslationView::updateRights()
{
    m_why.clear();
    m_editable = false;
    if (document() && !m_session->user())
        m_why = tr("Choose who you are on the desk to translate.");
    else if (document())
        m_editable
            = Permissions::mayEditText(*m_session->user(), document()->stored(), m_locale, &m_why);
    for (SegmentRow *r : std::as_const(m_rows)) {
        if (!r->isQuote())
            r->setReadOnly(!m_editable);
    }
    const bool anyQuote = m_quoteRows->updateRights(m_rows);
    m_banner->setVisible(document() && !m_editable);
    m_banner->setText(tr("Read only: %1").arg(m_why));
    for (QAction *a : {m_undoAction, m_redoAction})
        a->setEnabled(m_editable);
    for (QAction *a : {m_doneAction, m_copyAction, m_saveAction})
        a->setEnabled(m_editable || anyQuote);
}

void TranslationView::updateStatus()
{
    QString text = saveStateText();
    for (const QString &more : {m_notice, document() ? m_session->problem() : QString(),
                                m_session->saver()->journalProblem()}) {
        if (!more.isEmpty())
            text += QStringLiteral(" \u00b7 ") + more;
    }
    m_status->setText(text);
    QPalette p = m_status->palette();
    const bool bad
        = !document() || saveState() == SaveState::Failed || saveState() == SaveState::Conflict;
    p.setColor(QPalette::WindowText,
               bad ? QColor(0xb0, 0x1c, 0x1c) : palette().color(QPalette::WindowText));
    m_status->setPalette(p);
    if (!document())
        return;
    const Translation *source = document()->article().sourceTranslation();
    m_heading->setText(
        tr("<b>%1</b><br>Translating from %2 into %3")
            .arg((source ? source->title : document()->article().uid).toHtmlEscaped(),
                 localeLabel(document()->article().sourceLocale), localeLabel(m_locale)));
    m_sourceHeader->setText(tr("Source · %1").arg(localeLabel(document()->article().sourceLocale)));
    m_targetHeader->setText(tr("Translation · %1").arg(localeLabel(m_locale)));
}

void TranslationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TranslationView::retranslate()
{
    m_filterLabel->setText(tr("&Show:"));
    m_filterBox->setItemText(int(Filter::All), tr("All segments"));
    m_filterBox->setItemText(int(Filter::Stale), tr("Only stale"));
    m_filterBox->setItemText(int(Filter::Missing), tr("Only missing"));
    m_filterBox->setAccessibleName(tr("Which segments to show"));
    m_banner->setAccessibleName(tr("Why the translation is read only"));
    m_status->setAccessibleName(tr("Save state"));
    m_scroll->setAccessibleName(tr("Segments"));
    m_keys->setText(tr("Ctrl+Enter: done, next \u00b7 Ctrl+Shift+C: copy the source"));
    m_doneAction->setText(tr("Done, next open segment"));
    m_copyAction->setText(tr("Copy the source"));
    m_saveAction->setText(tr("Save"));
    m_undoAction->setText(tr("Undo"));
    m_redoAction->setText(tr("Redo"));
    if (document()) {
        updateRights();
        for (SegmentRow *r : std::as_const(m_rows))
            r->setLabel(segmentLabel(r->key()));
    }
    applyFilter();
    updateStatus();
}

} // namespace Byline
