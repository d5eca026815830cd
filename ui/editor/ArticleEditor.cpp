#include "ui/editor/ArticleEditor.h"

#include "core/storage/ArticleRepository.h"
#include "core/storage/Database.h"
#include "core/workflow/Permissions.h"
#include "ui/document/ArticleDocument.h"
#include "ui/document/ArticleSaver.h"
#include "ui/document/UndoKeys.h"
#include "ui/editor/ArticleDetails.h"
#include "ui/editor/ArticlePage.h"
#include "ui/editor/BlockWidget.h"
#include "ui/editor/QuotePickerDialog.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>
#include <utility>

namespace Byline {

ArticleEditor::ArticleEditor(Storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    m_saver = new ArticleSaver(db, this);
    m_undoKeys = new UndoKeys(this);
    m_details = new ArticleDetails(this);
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
    m_toolbar = new QToolBar(this);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolbar->setIconSize(QSize(16, 16));
    m_saveLabel = new QLabel(this);
    m_saveLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveLabel->setWordWrap(true);
    m_wordsLabel = new QLabel(this);

    // Undo, redo and save work anywhere in the editor; the block commands in the text.
    makeAction(Command::Undo, QKeySequence::Undo, this);
    makeAction(Command::Redo, QKeySequence::Redo, this);
    m_toolbar->addSeparator();
    makeAction(Command::AddParagraph, QKeySequence(QStringLiteral("Ctrl+Return")), this);
    makeAction(Command::AddHeading, QKeySequence(QStringLiteral("Ctrl+Shift+H")), this);
    makeAction(Command::AddPullQuote, QKeySequence(QStringLiteral("Ctrl+Shift+U")), this);
    makeAction(Command::InsertQuote, QKeySequence(QStringLiteral("Ctrl+Shift+E")), this);
    m_toolbar->addSeparator();
    makeAction(Command::MoveUp, QKeySequence(QStringLiteral("Alt+Up")), this);
    makeAction(Command::MoveDown, QKeySequence(QStringLiteral("Alt+Down")), this);
    makeAction(Command::Delete, QKeySequence(QStringLiteral("Ctrl+Shift+Delete")), this);
    m_toolbar->addSeparator();
    makeAction(Command::Save, QKeySequence::Save, this);
    connect(action(Command::Undo), &QAction::triggered, this, [this] { undoOrRedo(true); });
    connect(action(Command::Redo), &QAction::triggered, this, [this] { undoOrRedo(false); });
    connect(action(Command::AddParagraph), &QAction::triggered, this,
            [this] { addBlock(BlockType::Paragraph); });
    connect(action(Command::AddHeading), &QAction::triggered, this,
            [this] { addBlock(BlockType::Heading); });
    connect(action(Command::AddPullQuote), &QAction::triggered, this,
            [this] { addBlock(BlockType::PullQuote); });
    connect(action(Command::InsertQuote), &QAction::triggered, this, &ArticleEditor::insertQuote);
    connect(action(Command::MoveUp), &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(action(Command::MoveDown), &QAction::triggered, this, [this] { moveCurrent(1); });
    connect(action(Command::Delete), &QAction::triggered, this, &ArticleEditor::deleteCurrent);
    connect(action(Command::Save), &QAction::triggered, this, [this] { save(); });

    auto *status = new QHBoxLayout;
    status->setContentsMargins(8, 2, 8, 2);
    status->addWidget(m_saveLabel, 1);
    status->addWidget(m_wordsLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);
    auto *head = new QVBoxLayout;
    head->setContentsMargins(8, 0, 8, 0);
    head->addWidget(m_details);
    layout->addLayout(head);
    layout->addWidget(m_banner);
    layout->addWidget(m_toolbar);
    layout->addStretch(1); // the page takes this place once an article is open
    layout->addLayout(status);

    connect(m_saver, &ArticleSaver::stateChanged, this, &ArticleEditor::updateStatus);
    connect(m_saver, &ArticleSaver::saved, this, [this](const QString &uid) {
        documentChanged();
        Q_EMIT saved(uid);
    });
    connect(m_saver, &ArticleSaver::refused, this, &ArticleEditor::reloadFromStore);

    connect(m_details, &ArticleDetails::localeChosen, this, &ArticleEditor::setLocale);
    connect(m_details, &ArticleDetails::translationRequested, this, &ArticleEditor::addTranslation);
    connect(m_details, &ArticleDetails::sectionChosen, this, [this](const QString &uid) {
        if (m_document && m_detailsEditable)
            m_document->setSection(uid);
    });
    connect(m_details, &ArticleDetails::authorsChosen, this, [this](const QStringList &names) {
        if (m_document && m_peopleEditable)
            m_document->setAuthors(names);
    });
    connect(m_details, &ArticleDetails::editorChosen, this, [this](const QString &name) {
        if (m_document && m_peopleEditable)
            m_document->setEditor(name);
    });
    connect(m_details, &ArticleDetails::slugEdited, this, [this](const QString &slug) {
        if (m_document && m_textEditable)
            m_document->setText(m_locale, QStringLiteral("slug"), slug);
    });

    resolveConflict = [this](const ConflictDialog::Info &info) {
        return ConflictDialog::ask(info, m_quotes, this);
    };
    m_saver->resolveConflict = [this](const ConflictDialog::Info &info) {
        return resolveConflict(info);
    };
    m_saver->offerRestore
        = [this](const Interchange::EditJournal::Entry &draft, const Article &now) {
              return offerRestore(draft, now);
          };
    m_saver->displayName = [this](const QString &user) {
        return m_details->displayName(user);
    };
    offerRestore = [this](const Interchange::EditJournal::Entry &draft, const Article &stored) {
        return ArticleSaver::askRestore(draft, stored, this);
    };
    pickQuote = [this](const QString &locale) -> std::optional<QString> {
        if (auto loaded = m_quotes.load(m_db); !loaded) {
            m_problem = loaded.error().message;
            updateStatus();
        }
        return QuotePickerDialog::pick(m_quotes, locale, this);
    };
    retranslate();
}

ArticleEditor::~ArticleEditor()
{
    // Closing saves what is unsaved, without asking; what fails stays in the journal.
    m_saver->finish();
    closeDocument();
}

void ArticleEditor::closeDocument()
{
    // The page and the document go first, quietly: their last signals (an undo stack clearing
    // itself) must not reach an editor that is letting go of them.
    m_saver->setDocument(nullptr);
    if (m_document) {
        m_document->undoStack()->disconnect(this);
        m_document->disconnect(this);
    }
    delete std::exchange(m_page, nullptr);
    delete std::exchange(m_document, nullptr);
}

QAction *ArticleEditor::makeAction(Command command, const QKeySequence &shortcut, QWidget *scope)
{
    auto *a = new QAction(this);
    a->setData(int(command));
    a->setShortcut(shortcut);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    scope->addAction(a);
    m_toolbar->addAction(a);
    m_actions.append(a);
    return a;
}

QAction *ArticleEditor::action(Command command) const
{
    for (QAction *a : m_actions) {
        if (a->data().toInt() == int(command))
            return a;
    }
    return nullptr;
}

void ArticleEditor::setJournalFolder(const QString &folder)
{
    m_saver->setJournalFolder(folder);
}

void ArticleEditor::setAutosaveDelay(int ms)
{
    m_saver->setAutosaveDelay(ms);
}

void ArticleEditor::setUser(const std::optional<User> &user)
{
    const bool other = !user || !m_user || user->name != m_user->name;
    // What the previous person typed is saved as theirs.
    if (other && m_user && m_document && m_document->isModified())
        m_saver->save(true);
    m_user = user;
    m_saver->setUser(user);
    updateRights();
    if (other && m_document && !m_document->isModified())
        m_saver->checkJournal();
}

bool ArticleEditor::open(const QString &uid)
{
    auto found = Storage::ArticleRepository(m_db).find(uid);
    if (!found || !*found) {
        m_problem = found ? tr("There is no article %1.").arg(uid) : found.error().message;
        updateStatus();
        return false;
    }
    const Article &stored = **found;
    if (auto loaded = m_details->loadChoices(m_db); !loaded)
        m_problem = loaded.error().message;
    if (auto loaded = m_quotes.load(m_db); !loaded)
        m_problem = loaded.error().message;

    closeDocument();
    m_document = new ArticleDocument(stored, this);
    m_page = new ArticlePage(m_document, &m_quotes, m_undoKeys, this);
    static_cast<QVBoxLayout *>(layout())->insertWidget(3, m_page, 1);
    if (QLayoutItem *spacer = layout()->itemAt(4); spacer && spacer->spacerItem())
        delete layout()->takeAt(4);
    for (QAction *a : std::as_const(m_actions)) {
        const auto c = Command(a->data().toInt());
        if (c != Command::Undo && c != Command::Redo && c != Command::Save) {
            removeAction(a);
            m_page->addAction(a); // block keys (Alt+Up, ...) act in the text only
        }
    }
    connect(m_document, &ArticleDocument::changed, this, &ArticleEditor::documentChanged);
    connect(m_document, &ArticleDocument::textChanged, this,
            [this](const QString &locale, const QString &key) { followUndo(locale, key); });
    connect(m_document, &ArticleDocument::blocksChanged, this,
            [this](const QString &locale, const QString &focus) {
                followUndo(locale, QStringLiteral("block:") + focus);
                updateActions();
            });
    connect(m_document, &ArticleDocument::translationsChanged, this,
            &ArticleEditor::translationsChanged);
    connect(m_document, &ArticleDocument::detailsChanged, this,
            [this] { m_details->display(m_document->article(), m_locale); });
    connect(m_document, &ArticleDocument::wasReset, this, [this] {
        if (!m_document->article().translation(m_locale))
            setLocale(m_document->article().sourceLocale);
        m_details->display(m_document->article(), m_locale);
        updateRights();
    });
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this,
            &ArticleEditor::updateActions);
    connect(m_page, &ArticlePage::currentBlockChanged, this, &ArticleEditor::updateActions);

    // A translator starts in a language they translate; everyone else in the source.
    QString start = stored.sourceLocale;
    if (m_user && m_user->role == Role::Translator) {
        for (const QString &l : m_user->locales) {
            if (stored.translation(l)) {
                start = l;
                break;
            }
        }
    }
    m_locale.clear();
    setLocale(start);
    m_saver->setDocument(m_document);
    m_saver->checkJournal();
    documentChanged();
    return true;
}

QString ArticleEditor::uid() const
{
    return m_document ? m_document->article().uid : QString();
}

QString ArticleEditor::title() const
{
    if (!m_document)
        return {};
    QString title = m_document->text(m_locale, QStringLiteral("title")).simplified();
    if (title.isEmpty())
        title = m_document->text(m_document->article().sourceLocale, QStringLiteral("title"))
                    .simplified();
    return title.isEmpty() ? tr("(no headline)") : title;
}

QString ArticleEditor::localeLabel(const QString &code) const
{
    return m_details->localeLabel(code);
}

void ArticleEditor::setLocale(const QString &code)
{
    if (!m_document || !m_document->article().translation(code) || code == m_locale)
        return;
    m_locale = code;
    m_page->setLocale(code, localeLabel(m_document->article().sourceLocale));
    m_details->display(m_document->article(), m_locale);
    updateRights();
    updateStatus();
    Q_EMIT titleChanged(title());
}

void ArticleEditor::addTranslation(const QString &code)
{
    if (!m_document || !m_user)
        return;
    QString why;
    if (!Permissions::mayEditText(*m_user, m_document->stored(), code, &why)) {
        QMessageBox::information(this, tr("Cannot add the translation"), why);
        return;
    }
    m_document->addTranslation(code, m_user->role == Role::Translator ? m_user->name : QString());
}

void ArticleEditor::translationsChanged(const QString &locale)
{
    if (m_document->article().translation(locale))
        setLocale(locale); // added (or added again by a redo): show it
    else if (m_locale == locale)
        setLocale(m_document->article().sourceLocale);
    m_details->display(m_document->article(), m_locale);
}

void ArticleEditor::followUndo(const QString &locale, const QString &focus)
{
    // An undo or redo shows where it changed something, in whichever language that was.
    if (!m_inUndo || locale == m_locale)
        return;
    setLocale(locale);
    if (focus.startsWith(QLatin1String("block:")))
        m_page->focusBlock(focus.mid(6));
    else if (focus == QLatin1String("title") || focus == QLatin1String("lead"))
        m_page->focusTitle();
}

void ArticleEditor::undoOrRedo(bool undo)
{
    if (!m_document)
        return;
    m_inUndo = true;
    if (undo)
        m_document->undoStack()->undo();
    else
        m_document->undoStack()->redo();
    m_inUndo = false;
}

int ArticleEditor::currentIndex() const
{
    if (!m_document || !m_page || m_page->currentBlockId().isEmpty())
        return -1;
    return m_document->blockIndex(m_locale, m_page->currentBlockId());
}

void ArticleEditor::addBlock(BlockType type)
{
    if (!m_document || !m_textEditable || m_locale != m_document->article().sourceLocale)
        return;
    int index = int(m_document->blocks(m_locale).size());
    if (m_page->isAtTop())
        index = 0;
    else if (currentIndex() >= 0)
        index = currentIndex() + 1;
    Block block;
    block.type = type;
    if (type == BlockType::Quote) {
        const auto quote = pickQuote(m_locale);
        if (!quote || quote->isEmpty())
            return;
        block.quoteUid = *quote;
        m_page->rebuild(); // the registry may have been reloaded
    }
    m_document->insertBlock(m_locale, index, block);
}

void ArticleEditor::insertQuote()
{
    addBlock(BlockType::Quote);
}

void ArticleEditor::moveCurrent(int by)
{
    const int from = currentIndex();
    if (from < 0 || !m_textEditable)
        return;
    m_document->moveBlock(m_locale, from, from + by);
}

void ArticleEditor::deleteCurrent()
{
    const int index = currentIndex();
    if (index < 0 || !m_textEditable)
        return;
    m_document->removeBlock(m_locale, index);
}

void ArticleEditor::documentChanged()
{
    if (!m_document)
        return;
    const bool modified = m_document->isModified();
    m_saver->documentChanged();
    updateActions();
    updateStatus();
    if (modified != m_wasModified) {
        m_wasModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
    Q_EMIT titleChanged(title());
}

bool ArticleEditor::save()
{
    return m_saver->save(true);
}

ArticleEditor::SaveState ArticleEditor::saveState() const
{
    return m_saver->state();
}

void ArticleEditor::reloadFromStore()
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
    m_details->display(m_document->article(), m_locale);
    updateRights();
}

void ArticleEditor::reloadQuotes()
{
    if (!m_document || !m_page)
        return;
    if (auto loaded = m_quotes.load(m_db); !loaded) {
        m_problem = loaded.error().message;
        updateStatus();
        return;
    }
    m_page->rebuild();
}

void ArticleEditor::updateRights()
{
    m_whyText.clear();
    m_whyDetails.clear();
    m_whyPeople.clear();
    if (!m_document)
        return;
    const Article &stored = m_document->stored();
    if (!m_user) {
        m_whyText = m_whyDetails = m_whyPeople = tr("Choose who you are on the desk to edit.");
        m_textEditable = m_detailsEditable = m_peopleEditable = false;
    } else {
        m_textEditable = Permissions::mayEditText(*m_user, stored, m_locale, &m_whyText);
        m_detailsEditable = Permissions::mayEditDetails(*m_user, stored, &m_whyDetails);
        m_peopleEditable = m_detailsEditable && m_user->role == Role::Editor;
        m_whyPeople = !m_detailsEditable ? m_whyDetails
                                         : tr("Only editors change the authors and the editor.");
    }
    m_page->setReadOnly(!m_textEditable);
    m_details->setEditable(m_detailsEditable, m_peopleEditable, m_textEditable, m_whyDetails,
                           m_whyPeople, m_whyText);
    m_banner->setVisible(!m_textEditable);
    m_banner->setText(tr("Read only: %1").arg(m_whyText));
    updateActions();
}

QString ArticleEditor::readOnlyReason() const
{
    return m_textEditable ? QString() : m_whyText;
}

void ArticleEditor::updateActions()
{
    const bool open = m_document != nullptr;
    const bool source = open && m_locale == m_document->article().sourceLocale;
    const int index = currentIndex();
    const int count = open ? int(m_document->blocks(m_locale).size()) : 0;
    const bool edit = open && m_textEditable;
    const QString inSource = open ? tr("Blocks are added in the source language (%1); a "
                                       "translation follows its blocks.")
                                        .arg(localeLabel(m_document->article().sourceLocale))
                                  : QString();
    for (Command c : {Command::AddParagraph, Command::AddHeading, Command::AddPullQuote,
                      Command::InsertQuote}) {
        QAction *a = action(c);
        a->setEnabled(edit && source);
        a->setToolTip(edit && !source ? inSource
                                      : a->text().remove(QLatin1Char('&')) + QStringLiteral(" (")
                              + a->shortcut().toString(QKeySequence::NativeText)
                              + QLatin1Char(')'));
    }
    action(Command::MoveUp)->setEnabled(edit && index > 0);
    action(Command::MoveDown)->setEnabled(edit && index >= 0 && index < count - 1);
    action(Command::Delete)->setEnabled(edit && index >= 0);
    const bool mayChange = m_textEditable || m_detailsEditable;
    QUndoStack *stack = open ? m_document->undoStack() : nullptr;
    action(Command::Undo)->setEnabled(mayChange && stack && stack->canUndo());
    action(Command::Redo)->setEnabled(mayChange && stack && stack->canRedo());
    action(Command::Undo)
        ->setToolTip(stack && stack->canUndo() ? tr("Undo: %1").arg(stack->undoText())
                                               : tr("Nothing to undo"));
    action(Command::Redo)
        ->setToolTip(stack && stack->canRedo() ? tr("Redo: %1").arg(stack->redoText())
                                               : tr("Nothing to redo"));
    action(Command::Save)->setEnabled(open && mayChange && m_document->isModified());
}

int ArticleEditor::wordCount() const
{
    return m_document ? m_document->wordCount(m_locale, m_quotes) : 0;
}

QString ArticleEditor::wordCountText() const
{
    const int words = wordCount();
    // About 200 words a minute, never "0 min" for a text that has words.
    const int minutes = words == 0 ? 0 : std::max(1, int(std::lround(words / 200.0)));
    return tr("%1: words %2 \u00b7 reading time about %3 min")
        .arg(localeLabel(m_locale))
        .arg(words)
        .arg(minutes);
}

bool ArticleEditor::isModified() const
{
    return m_document && m_document->isModified();
}

QString ArticleEditor::saveStateText() const
{
    if (!m_document)
        return m_problem;
    return m_saver->stateText();
}

void ArticleEditor::updateStatus()
{
    QString text = saveStateText();
    for (const QString &problem : {m_document ? m_problem : QString(), m_saver->journalProblem()}) {
        if (!problem.isEmpty())
            text += QStringLiteral(" \u00b7 ") + problem;
    }
    m_saveLabel->setText(text);
    QPalette p = m_saveLabel->palette();
    const bool bad
        = !m_document || saveState() == SaveState::Failed || saveState() == SaveState::Conflict;
    p.setColor(QPalette::WindowText,
               bad ? QColor(0xb0, 0x1c, 0x1c) : palette().color(QPalette::WindowText));
    m_saveLabel->setPalette(p);
    m_wordsLabel->setText(wordCountText());
}

void ArticleEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ArticleEditor::retranslate()
{
    const std::pair<Command, const char *> labels[] = {
        {Command::Undo, QT_TR_NOOP("Undo")},
        {Command::Redo, QT_TR_NOOP("Redo")},
        {Command::AddParagraph, QT_TR_NOOP("+ &Paragraph")},
        {Command::AddHeading, QT_TR_NOOP("+ &Heading")},
        {Command::AddPullQuote, QT_TR_NOOP("+ Pull &quote")},
        {Command::InsertQuote, QT_TR_NOOP("Insert e&xpert quote\u2026")},
        {Command::MoveUp, QT_TR_NOOP("Move &up")},
        {Command::MoveDown, QT_TR_NOOP("Move &down")},
        {Command::Delete, QT_TR_NOOP("Delete block")},
        {Command::Save, QT_TR_NOOP("&Save")},
    };
    for (const auto &[command, label] : labels)
        action(command)->setText(tr(label));
    m_toolbar->setAccessibleName(tr("Editing"));
    m_toolbar->setWindowTitle(tr("Editing"));
    m_banner->setAccessibleName(tr("Why the text is read only"));
    m_saveLabel->setAccessibleName(tr("Save state"));
    m_wordsLabel->setAccessibleName(tr("Words and reading time"));
    if (m_document)
        updateRights();
    updateActions();
    updateStatus();
}

} // namespace Byline
