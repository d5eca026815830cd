#include "ui/translation/TranslationView.h"

#include "core/services/EditService.h"
#include "core/services/QuoteService.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/LocaleRepository.h"
#include "core/translation/QualityChecks.h"
#include "core/workflow/Permissions.h"
#include "ui/document/ArticleDocument.h"
#include "ui/document/UndoKeys.h"
#include "ui/language/Labels.h"
#include "ui/translation/CoverageBar.h"

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
namespace {

const QString blockPrefix = QStringLiteral("block:");

SegmentRow::State rowState(Segments::State state)
{
    switch (state) {
    case Segments::State::Done:
        return SegmentRow::State::Done;
    case Segments::State::Stale:
        return SegmentRow::State::Stale;
    case Segments::State::Missing:
        break;
    }
    return SegmentRow::State::Missing;
}

} // namespace

TranslationView::TranslationView(Storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    m_saver = new ArticleSaver(db, this);
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
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setContentsMargins(8, 4, 8, 4);
    m_banner->setAutoFillBackground(true);
    QPalette warning = m_banner->palette();
    warning.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xd6));
    warning.setColor(QPalette::WindowText, QColor(0x5c, 0x40, 0x00));
    m_banner->setPalette(warning);
    m_banner->hide();
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
        if (m_document && m_editable)
            m_document->undoStack()->undo();
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (m_document && m_editable)
            m_document->undoStack()->redo();
    });
    connect(m_filterBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { setFilter(Filter(index)); });

    connect(m_saver, &ArticleSaver::stateChanged, this, &TranslationView::updateStatus);
    connect(m_saver, &ArticleSaver::saved, this, [this](const QString &uid) {
        documentChanged();
        Q_EMIT saved(uid);
    });
    connect(m_saver, &ArticleSaver::refused, this, &TranslationView::reloadFromStore);
    resolveConflict = [this](const ConflictDialog::Info &info) {
        return ConflictDialog::ask(info, m_quotes, this);
    };
    m_saver->resolveConflict = [this](const ConflictDialog::Info &info) {
        return resolveConflict(info);
    };
    offerRestore = [this](const Interchange::EditJournal::Entry &draft, const Article &stored) {
        return ArticleSaver::askRestore(draft, stored, this);
    };
    m_saver->offerRestore
        = [this](const Interchange::EditJournal::Entry &draft, const Article &now) {
              return offerRestore(draft, now);
          };
    retranslate();
}

TranslationView::~TranslationView()
{
    // Closing saves what is unsaved, without asking; what fails stays in the journal.
    m_saver->finish();
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
    m_saver->setDocument(nullptr);
    if (m_document)
        m_document->disconnect(this);
    qDeleteAll(std::exchange(m_rows, {}));
    delete std::exchange(m_document, nullptr);
}

void TranslationView::setJournalFolder(const QString &folder)
{
    m_saver->setJournalFolder(folder);
}

void TranslationView::setAutosaveDelay(int ms)
{
    m_saver->setAutosaveDelay(ms);
}

void TranslationView::setUser(const std::optional<User> &user)
{
    const bool other = !user || !m_user || user->name != m_user->name;
    // What the previous person typed is saved as theirs.
    if (other && m_user && m_document && m_document->isModified())
        m_saver->save(true);
    if (other && m_user)
        saveQuotes();
    m_user = user;
    m_saver->setUser(user);
    updateRights();
    if (other && m_document && !m_document->isModified())
        m_saver->checkJournal();
}

bool TranslationView::open(const QString &uid, const QString &locale)
{
    auto found = Storage::ArticleRepository(m_db).find(uid);
    if (!found || !*found) {
        m_problem = found ? tr("There is no article %1.").arg(uid) : found.error().message;
        updateStatus();
        return false;
    }
    const Article &stored = **found;
    auto locales = Storage::LocaleRepository(m_db).all();
    if (!locales) {
        m_problem = locales.error().message;
        updateStatus();
        return false;
    }
    m_localeLabels.clear();
    for (const Locale &l : *locales)
        m_localeLabels.insert(l.code, l.label);
    if (!m_localeLabels.contains(locale)) {
        m_problem = tr("The newsroom has no language \"%1\".").arg(locale);
        updateStatus();
        return false;
    }
    if (locale == stored.sourceLocale) {
        m_problem = tr("%1 is the language this article is written in; open the article (Enter) "
                       "to edit its text.")
                        .arg(localeLabel(locale));
        updateStatus();
        return false;
    }
    m_problem.clear();
    if (auto loaded = m_quotes.load(m_db); !loaded)
        m_problem = loaded.error().message;

    closeDocument();
    m_quoteBase.clear();
    m_locale = locale;
    m_saver->setScope(locale);
    m_document = new ArticleDocument(stored, this);
    connect(m_document, &ArticleDocument::textChanged, this,
            [this](const QString &changed, const QString &key) {
                if (changed != m_locale)
                    return;
                if (SegmentRow *r = row(key))
                    r->setTranslation(m_document->text(m_locale, key));
            });
    connect(m_document, &ArticleDocument::translationsChanged, this, [this](const QString &code) {
        if (code != m_locale)
            return;
        for (SegmentRow *r : std::as_const(m_rows)) {
            if (!r->isQuote() && r->key() != m_typing) // that one has the text being typed
                r->setTranslation(m_document->text(m_locale, r->key()));
        }
    });
    connect(m_document, &ArticleDocument::wasReset, this, &TranslationView::rebuild);
    connect(m_document, &ArticleDocument::changed, this, &TranslationView::documentChanged);
    m_saver->setDocument(m_document);
    m_wasModified = false;
    rebuild();
    updateRights();
    m_saver->checkJournal();
    updateStatus();
    return true;
}

QString TranslationView::uid() const
{
    return m_document ? m_document->article().uid : QString();
}

QString TranslationView::localeLabel(const QString &code) const
{
    return m_localeLabels.value(code, code);
}

QString TranslationView::title() const
{
    if (!m_document)
        return tr("Translation");
    const Translation *source = m_document->article().sourceTranslation();
    const QString headline = source ? source->title.simplified() : QString();
    return tr("%1 · %2").arg(localeLabel(m_locale),
                             headline.isEmpty() ? tr("(no headline)") : headline);
}

QList<TranslationView::RowKind> TranslationView::rowKinds() const
{
    QList<RowKind> kinds;
    const Translation *source = m_document ? m_document->article().sourceTranslation() : nullptr;
    if (!source)
        return kinds;
    const QList<Segments::Segment> segments = Segments::of(*source);
    for (const Segments::Segment &s : segments) {
        if (!s.key.startsWith(blockPrefix))
            kinds.append({s.key, s.key == QLatin1String("title"), false});
    }
    for (const Block &b : source->blocks) {
        const QString key = blockPrefix + b.id;
        const bool isSegment
            = std::any_of(segments.cbegin(), segments.cend(),
                          [&](const Segments::Segment &s) { return s.key == key; });
        if (b.type == BlockType::Quote)
            kinds.append({key, false, true});
        else if (isSegment)
            kinds.append({key, b.type == BlockType::Heading, false});
    }
    return kinds;
}

void TranslationView::rebuild()
{
    if (!m_document)
        return;
    // What is typed over a quote is not in the document: it stays through the rebuild.
    QHash<QString, QString> typed;
    for (const SegmentRow *r : std::as_const(m_rows)) {
        if (r->isQuote() && isQuoteModified(r))
            typed.insert(r->key(), r->translation());
    }
    qDeleteAll(std::exchange(m_rows, {}));
    for (const RowKind &kind : rowKinds()) {
        auto *r = new SegmentRow(kind.key, kind.singleLine, kind.quote, m_scroll->widget());
        r->setLabel(segmentLabel(kind.key));
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
        if (kind.quote) {
            r->setTranslation(typed.value(kind.key, m_quoteBase.value(kind.key)));
        } else {
            m_undoKeys->watch(r->editor());
            r->setTranslation(m_document->text(m_locale, kind.key));
        }
        m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, r);
        m_rows.append(r);
    }
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
    if (!key.startsWith(blockPrefix) || !m_document)
        return Labels::segment(key);
    const Translation *source = m_document->article().sourceTranslation();
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
    const Translation *stored = m_document->stored().translation(m_locale);
    const QString storedText = stored ? Segments::textOf(*stored, key) : QString();
    if (m_document->text(m_locale, key) != storedText)
        return SegmentRow::State::InProgress;
    for (const Segments::SegmentStatus &s : m_stored.segments) {
        if (s.key == key)
            return rowState(s.state);
    }
    return SegmentRow::State::Missing;
}

void TranslationView::refresh()
{
    if (!m_document)
        return;
    m_stored = Segments::coverage(m_document->stored(), m_locale);
    m_coverage->setCounts(m_stored.done, m_stored.stale, m_stored.missing);
    QHash<QString, QStringList> warnings;
    for (const QualityChecks::Warning &w : QualityChecks::checkLocale(
             m_document->article(), m_locale, m_quotes.experts(), m_quotes.quotes())) {
        warnings[w.segment].append(Labels::qualityWarning(w));
    }
    const Article &article = m_document->article();
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
        refreshQuoteRow(r);
    }
}

QString TranslationView::quoteUidOf(const QString &key) const
{
    const Translation *source = m_document ? m_document->article().sourceTranslation() : nullptr;
    if (!source)
        return {};
    const int at = m_document->blockIndex(source->locale, key.mid(blockPrefix.size()));
    return at >= 0 ? source->blocks.at(at).quoteUid : QString();
}

bool TranslationView::isQuoteModified(const SegmentRow *r) const
{
    return r->isQuote() && r->translation() != m_quoteBase.value(r->key());
}

void TranslationView::refreshQuoteRow(SegmentRow *r)
{
    // An expert quote: its words as said, and their translation in the registry.
    const QString quoteUid = quoteUidOf(r->key());
    const Quote *quote = m_quotes.quote(quoteUid);
    if (!quote) {
        r->setSource(tr("(the quote %1 is not in the registry)").arg(quoteUid));
        m_quoteBase.insert(r->key(), QString());
        r->setTranslation({});
        r->setState(SegmentRow::State::Missing);
        r->setNote({});
        return;
    }
    const QString said = quote->texts.value(quote->spokenLocale);
    const QString attribution = m_quotes.attribution(quote->expertUid, quote->spokenLocale);
    auto withAttribution = [&](const QString &words) {
        return attribution.isEmpty() || words.isEmpty()
            ? words
            : tr("%1\n\u2014 %2").arg(words, attribution);
    };
    if (quote->spokenLocale == m_locale) {
        r->setSource(withAttribution(said));
        m_quoteBase.insert(r->key(), said);
        r->setTranslation(said);
        r->setState(SegmentRow::State::Done);
        r->setNote(tr("Said in %1: nothing to translate.").arg(localeLabel(m_locale)));
        return;
    }
    const QString words = quote->texts.value(m_locale);
    const bool stale = Segments::quoteStale(*quote, m_locale);
    // A stale translation shows the original it was made from beside the original now.
    r->setSource(withAttribution(said),
                 stale ? withAttribution(quote->sources.value(m_locale)) : QString());
    if (!isQuoteModified(r)) {
        m_quoteBase.insert(r->key(), words);
        r->setTranslation(words);
    }
    if (isQuoteModified(r))
        r->setState(SegmentRow::State::InProgress);
    else
        r->setState(words.trimmed().isEmpty() ? SegmentRow::State::Missing
                        : stale               ? SegmentRow::State::Stale
                                              : SegmentRow::State::Done);
    const QString why = m_quoteWhy.value(quoteUid);
    if (why.isEmpty()) {
        r->setNote(tr("Shared: saving (Ctrl+Enter) changes this quote in every article that "
                      "quotes it."));
    } else {
        r->setNote(tr("Read only here: a quote's translations belong to the quote registry, "
                      "shared by every article that quotes it.")
                   + QLatin1Char('\n') + why);
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
        refreshQuoteRow(r);
        updateModified();
        updateStatus();
        return;
    }
    if (!m_document || !m_editable)
        return;
    setCurrent(key);
    m_notice.clear();
    m_typing = key;
    if (!m_document->article().translation(m_locale)) {
        // The first words of a new translation: the translation comes first (its own step).
        m_document->addTranslation(
            m_locale, m_user && m_user->role == Role::Translator ? m_user->name : QString());
    }
    m_document->setText(m_locale, key, text);
    m_typing.clear();
}

void TranslationView::copySource()
{
    SegmentRow *r = currentRow();
    if (!m_document || !r || r->isReadOnly())
        return;
    if (r->isQuote()) {
        const Quote *quote = m_quotes.quote(quoteUidOf(r->key()));
        if (!quote)
            return;
        r->editor()->setPlainText(quote->texts.value(quote->spokenLocale)); // undoable there
        r->editor()->moveCursor(QTextCursor::End);
        r->editor()->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!m_editable)
        return;
    const Translation *source = m_document->article().sourceTranslation();
    if (!source)
        return;
    edited(r->key(), Segments::textOf(*source, r->key()));
    r->setTranslation(m_document->text(m_locale, r->key()));
    r->editor()->moveCursor(QTextCursor::End);
    r->editor()->setFocus(Qt::OtherFocusReason);
}

bool TranslationView::markDoneAndNext()
{
    SegmentRow *r = currentRow();
    if (!m_document || !r)
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
    if (m_document->text(m_locale, key).trimmed().isEmpty()) {
        m_notice = tr("Type the translation first (Ctrl+Shift+C copies the source to start "
                      "from).");
        updateStatus();
        return false;
    }
    if (m_document->isModified() && !m_saver->save(true)) {
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
    const QString quoteUid = quoteUidOf(r->key());
    const Quote *quote = m_quotes.quote(quoteUid);
    if (!quote || quote->spokenLocale == m_locale)
        return quote != nullptr; // nothing to translate (or nothing to save it in)
    if (r->isReadOnly()) {
        m_notice = tr("Read only: %1").arg(m_quoteWhy.value(quoteUid));
        updateStatus();
        return false;
    }
    const bool modified = isQuoteModified(r);
    const bool stale = Segments::quoteStale(*quote, m_locale);
    if (!modified && !(confirmStale && stale))
        return true;
    if (r->translation().trimmed().isEmpty()) {
        m_notice = tr("Type the translation first (Ctrl+Shift+C copies the source to start "
                      "from).");
        updateStatus();
        return false;
    }
    QuoteService service(m_db);
    Result<Quote> done = modified
        ? service.saveTranslation(quoteUid, m_locale, r->translation(), m_user->name,
                                  m_quoteBase.value(r->key()))
        : Result<Quote>(*quote);
    // Words kept as they were still claim the old original: Ctrl+Enter says they hold.
    if (done && confirmStale && Segments::quoteStale(*done, m_locale))
        done = service.confirmTranslation(quoteUid, m_locale, m_user->name);
    if (!done) {
        // What was typed stays in the field.
        m_notice = tr("The quote was not saved: %1").arg(done.error().message);
        if (done.error().code == ErrorCode::Conflict) {
            // Their words are the base now: saving again replaces them knowingly.
            m_quoteBase.insert(r->key(), done.error().detail);
            m_notice
                += QLatin1Char(' ') + tr("Their words: \u201c%1\u201d").arg(done.error().detail);
        }
        updateStatus();
        return false;
    }
    if (auto loaded = m_quotes.load(m_db); !loaded)
        m_problem = loaded.error().message;
    // Every row of this quote shows the stored words now.
    for (SegmentRow *each : std::as_const(m_rows)) {
        if (each->isQuote() && quoteUidOf(each->key()) == quoteUid)
            m_quoteBase.insert(each->key(), done->texts.value(m_locale));
        if (each != r && each->isQuote() && quoteUidOf(each->key()) == quoteUid)
            each->setTranslation(done->texts.value(m_locale));
    }
    refresh();
    updateModified();
    updateStatus();
    Q_EMIT quoteSaved(quoteUid);
    return true;
}

bool TranslationView::saveQuotes()
{
    bool all = true;
    for (SegmentRow *r : std::as_const(m_rows)) {
        if (isQuoteModified(r) && !r->isReadOnly() && m_user)
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
    if (!m_user || !Permissions::mayConfirm(*m_user, m_document->stored(), m_locale)) {
        m_notice = tr("You may not confirm translations into %1.").arg(localeLabel(m_locale));
        updateStatus();
        return false;
    }
    // The translation is unchanged and still right for the new source: record that.
    Article article = m_document->stored();
    if (!Segments::markDone(article, m_locale, key))
        return false;
    if (auto done = EditService(m_db).save(article, m_user->name); !done) {
        m_notice = tr("Not confirmed: %1").arg(done.error().message);
        updateStatus();
        if (done.error().code == ErrorCode::Conflict)
            reloadFromStore(); // someone saved meanwhile: show their text, then look again
        return false;
    }
    m_document->markSaved(article);
    documentChanged();
    Q_EMIT saved(article.uid);
    return true;
}

void TranslationView::documentChanged()
{
    if (!m_document)
        return;
    m_saver->documentChanged();
    // A save may have brought in someone's new or removed blocks (ArticleSaver follows the
    // store): the rows follow the source.
    QStringList keys;
    for (const RowKind &kind : rowKinds())
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
    const bool article = m_saver->save(true);
    return saveQuotes() && article;
}

void TranslationView::reloadQuotes()
{
    if (!m_document)
        return;
    if (auto loaded = m_quotes.load(m_db); !loaded)
        m_problem = loaded.error().message;
    updateRights();
    refresh();
    updateStatus();
}

void TranslationView::reloadFromStore()
{
    if (!m_document)
        return;
    auto found = Storage::ArticleRepository(m_db).find(uid());
    if (!found || !*found) {
        m_problem = found ? tr("The article is no longer in the store.") : found.error().message;
        updateStatus();
        return;
    }
    const Article &stored = **found;
    if (stored.version == m_document->stored().version)
        m_document->rebase(stored); // the workflow moved it: same text
    else if (!m_document->isModified())
        m_document->reset(stored); // someone saved: show their text
    // Otherwise my unsaved text stays; saving it shows both texts.
    reloadQuotes(); // a workflow step may change who may translate them, too
}

bool TranslationView::isModified() const
{
    return m_document
        && (m_document->isModified()
            || std::any_of(m_rows.cbegin(), m_rows.cend(),
                           [this](const SegmentRow *r) { return isQuoteModified(r); }));
}

TranslationView::SaveState TranslationView::saveState() const
{
    return m_saver->state();
}

QString TranslationView::saveStateText() const
{
    return m_document ? m_saver->stateText() : m_problem;
}

void TranslationView::updateRights()
{
    m_why.clear();
    m_editable = false;
    if (m_document && !m_user)
        m_why = tr("Choose who you are on the desk to translate.");
    else if (m_document)
        m_editable = Permissions::mayEditText(*m_user, m_document->stored(), m_locale, &m_why);
    // Each quote asks QuoteService: its words are shared with other articles.
    m_quoteWhy.clear();
    bool anyQuote = false;
    for (SegmentRow *r : std::as_const(m_rows)) {
        if (!r->isQuote()) {
            r->setReadOnly(!m_editable);
            continue;
        }
        const QString quoteUid = quoteUidOf(r->key());
        if (!m_quoteWhy.contains(quoteUid)) {
            QString why;
            const Quote *quote = m_quotes.quote(quoteUid);
            if (!quote)
                why = tr("The quote is not in the registry.");
            else if (quote->spokenLocale == m_locale)
                why = tr("Said in %1: nothing to translate.").arg(localeLabel(m_locale));
            else if (!m_user)
                why = tr("Choose who you are on the desk to translate.");
            else if (auto may = QuoteService(m_db).mayTranslate(quoteUid, m_locale, m_user->name);
                     !may)
                why = may.error().message;
            m_quoteWhy.insert(quoteUid, why);
        }
        r->setReadOnly(!m_quoteWhy.value(quoteUid).isEmpty());
        anyQuote = anyQuote || !r->isReadOnly();
    }
    m_banner->setVisible(m_document && !m_editable);
    m_banner->setText(tr("Read only: %1").arg(m_why));
    for (QAction *a : {m_undoAction, m_redoAction})
        a->setEnabled(m_editable);
    for (QAction *a : {m_doneAction, m_copyAction, m_saveAction})
        a->setEnabled(m_editable || anyQuote);
}

void TranslationView::updateStatus()
{
    QString text = saveStateText();
    for (const QString &more :
         {m_notice, m_document ? m_problem : QString(), m_saver->journalProblem()}) {
        if (!more.isEmpty())
            text += QStringLiteral(" \u00b7 ") + more;
    }
    m_status->setText(text);
    QPalette p = m_status->palette();
    const bool bad
        = !m_document || saveState() == SaveState::Failed || saveState() == SaveState::Conflict;
    p.setColor(QPalette::WindowText,
               bad ? QColor(0xb0, 0x1c, 0x1c) : palette().color(QPalette::WindowText));
    m_status->setPalette(p);
    if (!m_document)
        return;
    const Translation *source = m_document->article().sourceTranslation();
    m_heading->setText(
        tr("<b>%1</b><br>Translating from %2 into %3")
            .arg((source ? source->title : m_document->article().uid).toHtmlEscaped(),
                 localeLabel(m_document->article().sourceLocale), localeLabel(m_locale)));
    m_sourceHeader->setText(tr("Source · %1").arg(localeLabel(m_document->article().sourceLocale)));
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
    if (m_document) {
        updateRights();
        for (SegmentRow *r : std::as_const(m_rows))
            r->setLabel(segmentLabel(r->key()));
    }
    applyFilter();
    updateStatus();
}

} // namespace Byline
