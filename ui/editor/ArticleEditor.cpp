#include "ui/editor/ArticleEditor.h"

#include "core/storage/ArticleRepository.h"
#include "core/storage/Database.h"
#include "core/workflow/Permissions.h"
#include "core/workflow/TimeInput.h"
#include "ui/document/ArticleDocument.h"
#include "ui/document/ArticleSaver.h"
#include "ui/document/ArticleSession.h"
#include "ui/document/SavedElsewhereBar.h"
#include "ui/document/UndoKeys.h"
#include "ui/editor/ArticleDetails.h"
#include "ui/editor/ArticlePage.h"
#include "ui/editor/BlockWidget.h"
#include "ui/editor/QuotePickerDialog.h"
#include "ui/presence/PresenceLine.h"
#include "ui/widgets/Banner.h"

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
    m_session = new ArticleSession(db, this);
    m_undoKeys = new UndoKeys(this);
    m_details = new ArticleDetails(this);
    m_banner = new Banner(this);
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
    m_presenceLine = new PresenceLine(m_db, this);
    head->addWidget(m_presenceLine);
    m_savedElsewhere = new SavedElsewhereBar(this);
    head->addWidget(m_savedElsewhere);
    connect(m_savedElsewhere, &SavedElsewhereBar::mergeRequested, this, [this] { save(); });
    layout->addLayout(head);
    layout->addWidget(m_banner);
    layout->addWidget(m_toolbar);
    layout->addStretch(1); // the page takes this place once an article is open
    layout->addLayout(status);

    connect(m_session->saver(), &ArticleSaver::stateChanged, this, &ArticleEditor::updateStatus);
    connect(m_session->saver(), &ArticleSaver::saved, this, [this](const QString &uid) {
        m_savedElsewhere->hide();
        documentChanged();
        Q_EMIT saved(uid);
    });
    connect(m_session->saver(), &ArticleSaver::refused, this, &ArticleEditor::reloadFromStore);

    connect(m_details, &ArticleDetails::localeChosen, this, &ArticleEditor::setLocale);
    connect(m_details, &ArticleDetails::translationRequested, this, &ArticleEditor::addTranslation);
    connect(m_details, &ArticleDetails::sectionChosen, this, [this](const QString &uid) {
        if (document() && m_detailsEditable)
            document()->setSection(uid);
    });
    connect(m_details, &ArticleDetails::authorsChosen, this, [this](const QStringList &names) {
        if (document() && m_peopleEditable)
            document()->setAuthors(names);
    });
    connect(m_details, &ArticleDetails::editorChosen, this, [this](const QString &name) {
        if (document() && m_peopleEditable)
            document()->setEditor(name);
    });
    connect(m_details, &ArticleDetails::translatorChosen, this,
            [this](const QString &locale, const QString &name) {
                if (document() && m_peopleEditable)
                    document()->setTranslator(locale, name);
            });
    connect(m_details, &ArticleDetails::slugEdited, this, [this](const QString &slug) {
        if (document() && m_textEditable)
            document()->setText(m_locale, QStringLiteral("slug"), slug);
    });

    resolveConflict = [this](const ConflictDialog::Info &info) {
        return m_session->askConflict(info);
    };
    offerRestore = [this](const Interchange::EditJournal::Entry &draft, const Article &stored) {
        return m_session->askRestore(draft, stored);
    };
    m_session->askThrough(&resolveConflict, &offerRestore);
    m_session->saver()->displayName = [this](const QString &user) {
        return m_details->displayName(user);
    };
    pickQuote = [this](const QString &locale) -> std::optional<QString> {
        if (!m_session->reloadQuotes())
            updateStatus();
        return QuotePickerDialog::pick(m_session->quotes(), locale, this);
    };
    retranslate();
}

ArticleEditor::~ArticleEditor()
{
    // Closing saves what is unsaved, without asking; what fails stays in the journal.
    m_session->saver()->finish();
    closeDocument();
}

void ArticleEditor::closeDocument()
{
    // Quietly: the saver and this editor let go of the document, the page goes, then it.
    m_session->detach(this);
    delete std::exchange(m_page, nullptr);
    m_session->end();
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
    m_session->saver()->setJournalFolder(folder);
}

void ArticleEditor::setAutosaveDelay(int ms)
{
    m_session->saver()->setAutosaveDelay(ms);
}

void ArticleEditor::setUser(const std::optional<User> &user)
{
    const bool other = m_session->setUser(user);
    updateRights();
    if (other)
        m_session->checkJournal();
}

bool ArticleEditor::open(const QString &uid)
{
    const std::optional<Article> found = m_session->find(uid);
    if (!found) {
        updateStatus();
        return false;
    }
    const Article &stored = *found;
    if (auto loaded = m_details->loadChoices(m_db); !loaded)
        m_session->setProblem(loaded.error().message);
    m_session->reloadQuotes();

    closeDocument();
    m_session->begin(stored, this);
    m_page = new ArticlePage(document(), &m_session->quotes(), m_undoKeys, this);
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
    connect(document(), &ArticleDocument::changed, this, &ArticleEditor::documentChanged);
    connect(document(), &ArticleDocument::textChanged, this,
            [this](const QString &locale, const QString &key) { followUndo(locale, key); });
    connect(document(), &ArticleDocument::blocksChanged, this,
            [this](const QString &locale, const QString &focus) {
                followUndo(locale, QStringLiteral("block:") + focus);
                updateActions();
            });
    connect(document(), &ArticleDocument::translationsChanged, this,
            &ArticleEditor::translationsChanged);
    connect(document(), &ArticleDocument::detailsChanged, this,
            [this] { m_details->display(document()->article(), m_locale); });
    connect(document(), &ArticleDocument::wasReset, this, [this] {
        if (!document()->article().translation(m_locale))
            setLocale(document()->article().sourceLocale);
        m_details->display(document()->article(), m_locale);
        updateRights();
    });
    connect(document()->undoStack(), &QUndoStack::indexChanged, this,
            &ArticleEditor::updateActions);
    connect(m_page, &ArticlePage::currentBlockChanged, this, &ArticleEditor::updateActions);

    // A translator starts in a language they translate; everyone else in the source.
    QString start = stored.sourceLocale;
    if (user() && user()->role == Role::Translator) {
        for (const QString &l : user()->locales) {
            if (stored.translation(l)) {
                start = l;
                break;
            }
        }
    }
    m_locale.clear();
    setLocale(start);
    m_session->attach();
    m_session->saver()->checkJournal();
    documentChanged();
    return true;
}

const std::optional<User> &ArticleEditor::user() const
{
    return m_session->user();
}

ArticleDocument *ArticleEditor::document() const
{
    return m_session->document();
}

const QuoteCatalog &ArticleEditor::quotes() const
{
    return m_session->quotes();
}

QString ArticleEditor::uid() const
{
    return m_session->uid();
}

QString ArticleEditor::title() const
{
    if (!document())
        return {};
    QString title = document()->text(m_locale, QStringLiteral("title")).simplified();
    if (title.isEmpty())
        title = document()
                    ->text(document()->article().sourceLocale, QStringLiteral("title"))
                    .simplified();
    return title.isEmpty() ? tr("(no headline)") : title;
}

void ArticleEditor::setPresence(PresenceBoard *board)
{
    m_presenceLine->follow(board, uid());
}

QString ArticleEditor::localeLabel(const QString &code) const
{
    return m_details->localeLabel(code);
}

void ArticleEditor::setLocale(const QString &code)
{
    if (!document() || !document()->article().translation(code) || code == m_locale)
        return;
    m_locale = code;
    m_page->setLocale(code, localeLabel(document()->article().sourceLocale));
    m_details->display(document()->article(), m_locale);
    updateRights();
    updateStatus();
    Q_EMIT titleChanged(title());
}

void ArticleEditor::addTranslation(const QString &code)
{
    if (!document() || !user())
        return;
    QString why;
    if (!Permissions::mayEditText(*user(), document()->stored(), code, &why)) {
        QMessageBox::information(this, tr("Cannot add the translation"), why);
        return;
    }
    document()->addTranslation(code, user()->role == Role::Translator ? user()->name : QString());
}

void ArticleEditor::translationsChanged(const QString &locale)
{
    if (document()->article().translation(locale))
        setLocale(locale); // added (or added again by a redo): show it
    else if (m_locale == locale)
        setLocale(document()->article().sourceLocale);
    m_details->display(document()->article(), m_locale);
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
    if (!document())
        return;
    m_inUndo = true;
    if (undo)
        document()->undoStack()->undo();
    else
        document()->undoStack()->redo();
    m_inUndo = false;
}

int ArticleEditor::currentIndex() const
{
    if (!document() || !m_page || m_page->currentBlockId().isEmpty())
        return -1;
    return document()->blockIndex(m_locale, m_page->currentBlockId());
}

void ArticleEditor::addBlock(BlockType type)
{
    if (!document() || !m_textEditable || m_locale != document()->article().sourceLocale)
        return;
    int index = int(document()->blocks(m_locale).size());
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
    document()->insertBlock(m_locale, index, block);
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
    document()->moveBlock(m_locale, from, from + by);
}

void ArticleEditor::deleteCurrent()
{
    const int index = currentIndex();
    if (index < 0 || !m_textEditable)
        return;
    document()->removeBlock(m_locale, index);
}

void ArticleEditor::documentChanged()
{
    if (!document())
        return;
    const bool modified = document()->isModified();
    m_session->saver()->documentChanged();
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
    return m_session->saver()->save(true);
}

ArticleEditor::SaveState ArticleEditor::saveState() const
{
    return m_session->saveState();
}

void ArticleEditor::reloadFromStore()
{
    if (!document())
        return;
    if (!m_session->reloadFromStore()) {
        updateStatus();
        return;
    }
    m_details->display(document()->article(), m_locale);
    updateRights();
    showSavedElsewhere();
}

void ArticleEditor::showSavedElsewhere()
{
    m_session->showNewerSave(m_savedElsewhere);
}

void ArticleEditor::reloadQuotes()
{
    if (!document() || !m_page)
        return;
    if (!m_session->reloadQuotes()) {
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
    if (!document())
        return;
    const Article &stored = document()->stored();
    if (!user()) {
        m_whyText = m_whyDetails = m_whyPeople = tr("Choose who you are on the desk to edit.");
        m_textEditable = m_detailsEditable = m_peopleEditable = false;
    } else {
        m_textEditable = Permissions::mayEditText(*user(), stored, m_locale, &m_whyText);
        m_detailsEditable = Permissions::mayEditDetails(*user(), stored, &m_whyDetails);
        m_peopleEditable = m_detailsEditable && user()->role == Role::Editor;
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
    const bool open = document() != nullptr;
    const bool source = open && m_locale == document()->article().sourceLocale;
    const int index = currentIndex();
    const int count = open ? int(document()->blocks(m_locale).size()) : 0;
    const bool edit = open && m_textEditable;
    const QString inSource = open ? tr("Blocks are added in the source language (%1); a "
                                       "translation follows its blocks.")
                                        .arg(localeLabel(document()->article().sourceLocale))
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
    QUndoStack *stack = open ? document()->undoStack() : nullptr;
    action(Command::Undo)->setEnabled(mayChange && stack && stack->canUndo());
    action(Command::Redo)->setEnabled(mayChange && stack && stack->canRedo());
    action(Command::Undo)
        ->setToolTip(stack && stack->canUndo() ? tr("Undo: %1").arg(stack->undoText())
                                               : tr("Nothing to undo"));
    action(Command::Redo)
        ->setToolTip(stack && stack->canRedo() ? tr("Redo: %1").arg(stack->redoText())
                                               : tr("Nothing to redo"));
    action(Command::Save)->setEnabled(open && mayChange && document()->isModified());
}

int ArticleEditor::wordCount() const
{
    return document() ? document()->wordCount(m_locale, m_session->quotes()) : 0;
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
    return m_session->isModified();
}

QString ArticleEditor::saveStateText() const
{
    return m_session->saveStateText();
}

void ArticleEditor::updateStatus()
{
    QString text = saveStateText();
    for (const QString &problem :
         {document() ? m_session->problem() : QString(), m_session->saver()->journalProblem()}) {
        if (!problem.isEmpty())
            text += QStringLiteral(" \u00b7 ") + problem;
    }
    m_saveLabel->setText(text);
    QPalette p = m_saveLabel->palette();
    const bool bad
        = !document() || saveState() == SaveState::Failed || saveState() == SaveState::Conflict;
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
    if (document())
        updateRights();
    updateActions();
    updateStatus();
}

} // namespace Byline
