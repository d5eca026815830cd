// The panels, windows and tabs the desk's features add beside the list: the comments and the
// experts, the translation view, the inbox. (MainWindow.cpp builds the window and its list.)
#include "ui/desk/MainWindow.h"

#include "core/domain/InboxEntry.h"
#include "core/models/ArticleListModel.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/LocaleRepository.h"
#include "ui/desk/ArticleTable.h"
#include "ui/desk/CurrentUser.h"
#include "ui/desk/EditorTabs.h"
#include "ui/experts/ExpertsWindow.h"
#include "ui/inbox/InboxPanel.h"
#include "ui/language/UiLanguage.h"
#include "ui/panels/CommentsPanel.h"
#include "ui/panels/TranslationStatusPanel.h"
#include "ui/translation/TranslationView.h"

#include <QAction>
#include <QDockWidget>
#include <QListWidget>
#include <QMenu>
#include <QStatusBar>
#include <QToolBar>

namespace Byline {

// The comments dock beside Translations and History (following the selected article), and
// Article > Experts…, the registry in a window of its own.
void MainWindow::setUpExpertsAndComments()
{
    m_comments = new CommentsPanel(m_db, this);
    m_commentsDock = addPanel(m_comments, QStringLiteral("comments"), m_historyDock);
    m_translationDock->raise();
    connect(m_comments, &CommentsPanel::failed, this,
            [this](const QString &message) { warn(tr("Not done"), message); });

    m_expertsAction = new QAction(this);
    m_expertsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_articleMenu->insertAction(m_findAction, m_expertsAction);
    connect(m_expertsAction, &QAction::triggered, this, &MainWindow::showExperts);
}

ExpertsWindow *MainWindow::showExperts()
{
    if (!m_experts) {
        m_experts = new ExpertsWindow(m_db, this);
        m_experts->setNameLocale(m_language->current());
        connect(m_language, &UiLanguage::changed, m_experts, &ExpertsWindow::setNameLocale);
        m_experts->setUser(m_currentUser->user());
        connect(m_experts, &ExpertsWindow::articleActivated, this, [this](const QString &uid) {
            m_editors->setCurrentIndex(0);
            selectArticle(uid);
            activateWindow();
            raise();
        });
    }
    m_experts->show();
    m_experts->raise();
    m_experts->activateWindow();
    return m_experts;
}

// The inbox: a panel tabbed with the others, and "Inbox" on the toolbar with the unread count,
// which shows the panel.
void MainWindow::setUpInbox(QToolBar *toolbar)
{
    m_inbox = new InboxPanel(m_db, this);
    m_inboxDock = addPanel(m_inbox, QStringLiteral("inbox"), m_commentsDock);
    m_translationDock->raise();
    m_inboxAction = new QAction(this);
    m_inboxAction->setObjectName(QStringLiteral("inbox"));
    m_inboxAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    toolbar->addSeparator();
    toolbar->addAction(m_inboxAction);
    m_viewMenu->addAction(m_inboxAction);
    connect(m_inboxAction, &QAction::triggered, this, [this] {
        m_inboxDock->show();
        m_inboxDock->raise();
        m_inbox->list()->setFocus();
    });
    connect(m_inbox, &InboxPanel::unreadChanged, this, &MainWindow::updateInboxAction);
    connect(m_inbox, &InboxPanel::openRequested, this, &MainWindow::openInboxEntry);
    connect(m_inbox, &InboxPanel::failed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000); // a passing trouble: no dialog for it
    });
    m_inbox->setUser(m_currentUser->user());
}

void MainWindow::updateInboxAction()
{
    if (!m_inboxAction)
        return;
    const int unread = m_inbox->unread();
    m_inboxAction->setText(unread > 0 ? tr("Inbox (%1)").arg(unread) : tr("Inbox"));
    m_inboxAction->setToolTip(
        unread > 0 ? tr("%n unread in your inbox (Ctrl+Shift+I)", nullptr, unread)
                   : tr("Your inbox: sent back, assigned, scheduled, published, mentioned, "
                        "stale translations (Ctrl+Shift+I)"));
    if (QWidget *button
        = findChild<QToolBar *>(QStringLiteral("workflow"))->widgetForAction(m_inboxAction)) {
        QFont font = button->font();
        font.setBold(unread > 0);
        button->setFont(font);
    }
}

void MainWindow::openInboxEntry(const InboxEntry &entry)
{
    auto found = Storage::ArticleRepository(m_db).find(entry.articleUid);
    if (!found || !*found) {
        warn(tr("Not found"),
             found ? tr("The article this entry is about is no longer in the newsroom.")
                   : tr("The article could not be read: %1").arg(found.error().message));
        return;
    }
    const Article &article = **found;
    m_editors->setCurrentIndex(0);
    // The panels follow the list; an article the list cannot show (a search or filter hides
    // it) is shown in them all the same.
    if (!selectArticle(entry.articleUid))
        showInPanels(entry.articleUid);
    const bool onTranslation = !entry.locale.isEmpty() && entry.locale != article.sourceLocale
        && article.translation(entry.locale);
    const std::optional<User> &user = m_currentUser->user();
    const bool translates = user && user->role == Role::Translator;
    switch (entry.kind) {
    case InboxKind::SentBack:
    case InboxKind::Mentioned:
        if (onTranslation && translates)
            m_editors->translate(entry.articleUid, entry.locale);
        else
            m_editors->open(entry.articleUid);
        m_commentsDock->show();
        m_commentsDock->raise();
        m_comments->showComment(entry.comment);
        break;
    case InboxKind::AssignedTranslator:
    case InboxKind::Stale:
        if (onTranslation) {
            if (TranslationView *view = m_editors->translate(entry.articleUid, entry.locale);
                view && entry.kind == InboxKind::Stale) {
                view->setFilter(TranslationView::Filter::Stale);
            }
            m_translationDock->raise();
        } else {
            m_editors->open(entry.articleUid);
        }
        break;
    case InboxKind::AssignedEditor:
    case InboxKind::Scheduled:
        m_editors->open(entry.articleUid);
        break;
    case InboxKind::Published:
        m_editors->open(entry.articleUid);
        m_previewDock->show();
        m_previewDock->raise();
        break;
    }
}

// The translation view: Article > Translate… (Ctrl+T), the list's context menu and the
// Translations dock's "Translate…" buttons open the article and a language in a tab.
void MainWindow::setUpTranslation()
{
    m_translateAction = new QAction(this);
    m_translateAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+T")));
    m_articleMenu->insertAction(m_findAction, m_translateAction);
    m_view->insertAction(m_view->actions().value(1), m_translateAction);
    connect(m_translateAction, &QAction::triggered, this, &MainWindow::translateCurrent);
    connect(m_translations, &TranslationStatusPanel::translateRequested, m_editors,
            &EditorTabs::translate);
}

void MainWindow::translateCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        warn(tr("Nothing to translate"), tr("Select an article in the list first."));
        return;
    }
    const ArticleSummary article = m_model->summary(current.row()); // a copy: rows come and go
    // The language chosen in the Translations dock, else the translator's own, else the first
    // language the article is not written in.
    QStringList candidates {m_translations->currentLocale()};
    if (const std::optional<User> &user = m_currentUser->user())
        candidates += user->locales;
    if (auto locales = Storage::LocaleRepository(m_db).all()) {
        for (const Locale &l : *locales)
            candidates.append(l.code);
    }
    for (const QString &code : std::as_const(candidates)) {
        if (!code.isEmpty() && code != article.sourceLocale) {
            m_editors->translate(article.uid, code);
            return;
        }
    }
    warn(tr("Nothing to translate"), tr("The newsroom has no other language to translate into."));
}

} // namespace Byline
