#include "ui/desk/MainWindow.h"

#include "core/Clock.h"
#include "core/changes/ChangeFeed.h"
#include "core/models/ArticleListModel.h"
#include "core/services/EditService.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/ChangeWatcher.h"
#include "core/storage/Database.h"
#include "core/storage/UserRepository.h"
#include "core/workflow/Permissions.h"
#include "core/workflow/WorkflowService.h"
#include "ui/calendar/EditorialCalendar.h"
#include "ui/connect/ConnectionKeeper.h"
#include "ui/desk/ArticleTable.h"
#include "ui/desk/BackgroundJob.h"
#include "ui/desk/BackupBanner.h"
#include "ui/desk/CurrentUser.h"
#include "ui/desk/DailyBackup.h"
#include "ui/desk/EditorTabs.h"
#include "ui/desk/UserPicker.h"
#include "ui/desk/ViewList.h"
#include "ui/desk/WhoAreYouDialog.h"
#include "ui/editor/ArticleEditor.h"
#include "ui/experts/ExpertsWindow.h"
#include "ui/inbox/InboxPanel.h"
#include "ui/language/Labels.h"
#include "ui/language/UiLanguage.h"
#include "ui/panels/CommentsPanel.h"
#include "ui/panels/HistoryPanel.h"
#include "ui/panels/PreviewPanel.h"
#include "ui/panels/TranslationStatusPanel.h"
#include "ui/search/SavedSearchList.h"
#include "ui/search/SearchPanel.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/workflow/WorkflowActions.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <optional>

namespace Byline {
MainWindow::MainWindow(Storage::Database &db, UiLanguage *language, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
{
    m_model = new ArticleListModel(db, this);

    m_views = new ViewList(db, this);
    m_view = new ArticleTable(m_model, this);
    m_currentUser = new CurrentUser(db, this);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_views);
    // Above the list, the archive's search in every language (the Search panel shows the hits).
    auto *listPage = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(4);
    m_quickSearch = new QLineEdit(listPage);
    m_quickSearch->setObjectName(QStringLiteral("quickSearch"));
    m_quickSearch->setClearButtonEnabled(true);
    listLayout->addWidget(m_quickSearch);
    listLayout->addWidget(m_view, 1);
    splitter->addWidget(listPage);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({180, 1100});

    m_storeLabel = new QLabel(this);
    m_storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel = new QLabel(this);
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    m_actions = new WorkflowActions(db, this);
    auto *toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("workflow"));
    toolbar->setMovable(false);
    m_picker = new UserPicker(db, m_currentUser, this);
    toolbar->addWidget(m_picker);
    toolbar->addSeparator();
    m_newAction = new QAction(this);
    m_newAction->setObjectName(QStringLiteral("newArticle"));
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newArticle);
    toolbar->addAction(m_newAction);
    toolbar->addSeparator();
    for (Action a : {Action::Submit, Action::Approve, Action::RequestChanges, Action::Schedule,
                     Action::Publish})
        toolbar->addAction(m_actions->action(a));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions(m_actions->actions());

    // The panels beside the list, tabbed together on the right.
    m_translations = new TranslationStatusPanel(db, this);
    m_translationDock = addPanel(m_translations, QStringLiteral("translations"));
    m_search = new SearchPanel(db, this);
    m_searchDock = addPanel(m_search, QStringLiteral("search"), m_translationDock);
    m_history = new HistoryPanel(db, this);
    m_historyDock = addPanel(m_history, QStringLiteral("history"), m_searchDock);
    connect(m_history, &HistoryPanel::failed, this,
            [this](const QString &message) { warn(tr("Not done"), message); });
    m_preview = new PreviewPanel(db, this);
    m_previewDock = addPanel(m_preview, QStringLiteral("preview"), m_historyDock,
                             QDockWidget::DockWidgetFloatable);
    // Behind another tab the preview is not seen: it renders once its tab is chosen.
    connect(m_previewDock, &QDockWidget::visibilityChanged, m_preview, &PreviewPanel::setOnScreen);
    connect(m_history, &HistoryPanel::previewRequested, this, [this](const Article &asOf) {
        m_previewDock->show();
        m_previewDock->raise();
        m_preview->showRevision(asOf);
    });
    m_translationDock->raise();
    connect(m_search, &SearchPanel::articleActivated, this,
            [this](const QString &uid) { selectArticle(uid); });
    warn = [this](const QString &title, const QString &message) {
        if (!m_db.isConnectionLost()) // else the status line says it (ConnectionKeeper)
            QMessageBox::warning(this, title, message);
    };
    askExportFolder = [this] {
        return QFileDialog::getExistingDirectory(this, tr("Export the site into a folder"));
    };
    askNewArticle
        = [this](const NewArticleDialog::Choice &typed) -> std::optional<NewArticleDialog::Choice> {
        NewArticleDialog dialog(m_db, m_language->current(), this);
        dialog.setChoice(typed);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.choice();
    };
    askImportFile = [this] {
        return QFileDialog::getOpenFileName(this, tr("Import articles from a Byline file"),
                                            QString(), tr("Byline files (*.json);;All files (*)"));
    };
    askExportFile = [this] {
        return QFileDialog::getSaveFileName(this, tr("Export the whole store to a Byline file"),
                                            QStringLiteral("byline-export.json"),
                                            tr("Byline files (*.json)"));
    };
    m_jobs = new ImportExportJobs(db.sameStore(), this);
    connect(m_jobs, &ImportExportJobs::finished, this, &MainWindow::jobFinished);
    connect(m_translations, &TranslationStatusPanel::failed, this,
            [this](const QString &message) { warn(tr("Not done"), message); });

    // Publishing what is due runs on a connection of its own: waiting for another desk's long
    // transaction (an import) never holds up this window.
    m_publishJob = new BackgroundJob(this);
    connect(m_publishJob, &BackgroundJob::finished, this,
            [this](bool ok, const QString &message, bool) {
                if (!ok && m_db.isConnectionLost())
                    return; // ConnectionKeeper says it
                if (!message.isEmpty())
                    statusBar()->showMessage(message, ok ? 30000 : 10000);
                if (ok && !message.isEmpty()) {
                    // The list, the calendar and the panels follow the change hub: its
                    // changes now, rather than at the watcher's next look.
                    if (auto seen = m_watcher->checkNow(); !seen)
                        statusBar()->showMessage(seen.error().message, 10000);
                }
            });
    m_publishTimer = new QTimer(this);
    m_publishTimer->setInterval(60 * 1000);
    connect(m_publishTimer, &QTimer::timeout, this, &MainWindow::publishDue);
    if (!db.isReadOnly())
        m_publishTimer->start();

    connect(m_currentUser, &CurrentUser::changed, this, &MainWindow::userChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::selectionChanged);
    connect(m_actions, &WorkflowActions::failed, this, [this](const QString &message) {
        warn(tr("Not done"), message);
        // It may have failed because someone else moved the article: show where it is now.
        if (const QString uid = m_view->currentUid(); !uid.isEmpty())
            m_model->refreshArticle(uid);
    });
    connect(m_views, &QListWidget::currentRowChanged, this, &MainWindow::showView);
    connect(m_model, &ArticleListModel::loadFailed, this,
            [this](const QString &message) { warn(tr("Cannot list the articles"), message); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, m_views, &ViewList::updateCounts);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    // The selected article's row changed (a workflow step here or elsewhere): the actions follow.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &top, const QModelIndex &bottom) {
                const int row = m_view->currentIndex().row();
                if (row >= top.row() && row <= bottom.row() && row < m_model->rowCount())
                    m_actions->setArticle(m_model->summary(row));
            });
    // The change hub: what the list does not show itself. The list, the calendar, the tabs and
    // the panels subscribe on their own; nobody here relays a change.
    connect(&db.changes(), &ChangeFeed::changed, this, [this](const Changes &changes) {
        if (containsKind(changes, {ChangeKind::UsersChanged}))
            m_picker->reload(); // new names and roles; the current person keeps their place
        bool counts = false;
        for (const Change &c : changes)
            counts = counts || c.isArticle() || c.kind == ChangeKind::Many
                || (c.kind == ChangeKind::SettingsChanged && c.uid == QStringLiteral("locales"));
        if (counts)
            m_views->updateCounts();
        if (containsKind(changes, {ChangeKind::ArticleCreated, ChangeKind::Many}))
            countStoreSoon(); // articles are never deleted: only these change the total
    });
    countStoreSoon(); // once the window shows
    // Other desks and byline-cli (publish-due from cron, an import) on the same store.
    m_watcher = new Storage::ChangeWatcher(db, this);
    connect(m_watcher, &Storage::ChangeWatcher::failed, this, [this](const QString &message) {
        if (!m_db.isConnectionLost()) // else ConnectionKeeper says it
            statusBar()->showMessage(message, 10000);
    });
    m_watcher->start();

    m_fileMenu = menuBar()->addMenu(QString());
    m_language = language ? language : new UiLanguage(this);
    m_languageMenu = m_fileMenu->addMenu(QString());
    auto *languages = new QActionGroup(this);
    for (const UiLanguage::Choice &choice : UiLanguage::choices()) {
        QAction *a = m_languageMenu->addAction(choice.name); // each in its own language
        a->setCheckable(true);
        a->setData(choice.code);
        a->setChecked(choice.code == m_language->current());
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = choice.code] {
            if (!m_language->set(code))
                warn(tr("Not done"),
                     tr("This build has no interface translation for \"%1\".").arg(code));
        });
    }
    connect(m_language, &UiLanguage::changed, this, [this](const QString &code) {
        for (QAction *a : m_languageMenu->actions())
            a->setChecked(a->data().toString() == code);
    });
    // Another newsroom: the desk (Desk) opens it in a new window in place of this one.
    m_connectAction = new QAction(this);
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectRequested);
    m_openFileAction = new QAction(this);
    m_openFileAction->setObjectName(QStringLiteral("openFileAction"));
    connect(m_openFileAction, &QAction::triggered, this, &MainWindow::openFileRequested);
    m_fileMenu->insertActions(m_languageMenu->menuAction(), {m_connectAction, m_openFileAction});
    m_fileMenu->insertSeparator(m_languageMenu->menuAction());
    m_importAction = m_fileMenu->addAction(QString(), this, &MainWindow::importFile);
    m_importAction->setEnabled(!db.isReadOnly());
    m_exportAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportFile);
    m_exportSiteAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportSite);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_articleMenu = menuBar()->addMenu(QString());
    m_articleMenu->addAction(m_newAction);
    m_articleMenu->addSeparator();
    m_findAction = m_articleMenu->addAction(QString(), this, [this] {
        m_searchDock->show();
        m_searchDock->raise();
        m_search->focusQuery();
    });
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_quickSearch, &QLineEdit::returnPressed, this, [this] {
        if (m_quickSearch->text().trimmed().isEmpty())
            return;
        m_searchDock->show();
        m_searchDock->raise();
        m_search->setQuery(m_quickSearch->text());
    });
    m_articleMenu->addSeparator();
    m_articleMenu->addActions(m_actions->actions());
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Byline"),
                           tr("<p><b>Byline</b> %1</p><p>A newsroom desk for interviews in "
                              "Russian, English and Armenian.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    setUpEditors(splitter);
    if (db.isServer()) // a lost server: the status line says so, the desk reconnects
        new ConnectionKeeper(db, statusBar(), m_editors, this);
    setUpCalendarAndSavedSearches(splitter);
    setUpSettings();
    m_dailyBackup = new DailyBackup(m_db.path(), this);
    m_backupBanner = BackupBanner::above(this, m_dailyBackup);
    m_dailyBackup->start();
    setUpExpertsAndComments();
    setUpTranslation();
    setUpInbox(toolbar);
    retranslate();
    resize(1280, 760);
    // The panels beside the list: a third of a laptop screen, not half of it.
    resizeDocks({m_translationDock}, {400}, Qt::Horizontal);
    keepPanelTabsReadable();
    if (m_picker->isFixed())
        setCurrentUser(m_db.login()); // on a server, who you are is your login
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        connect(dock, &QDockWidget::dockLocationChanged, this,
                &MainWindow::keepPanelTabsReadable); // a re-docked panel may get a new tab bar
    }
}

QDockWidget *MainWindow::addPanel(QWidget *panel, const QString &name, QDockWidget *tabWith,
                                  QDockWidget::DockWidgetFeatures extra)
{
    auto *dock = new QDockWidget(this);
    dock->setObjectName(name);
    dock->setWidget(panel);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable | extra);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    if (tabWith)
        tabifyDockWidget(tabWith, dock);
    return dock;
}

void MainWindow::keepPanelTabsReadable()
{
    // The panels' tab bar shows whole names and scrolls, rather than cutting five names down to
    // "П..." in a narrow column.
    for (QTabBar *bar : findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
        bar->setElideMode(Qt::ElideNone);
        bar->setUsesScrollButtons(true);
    }
}

MainWindow::~MainWindow() = default;

QTableView *MainWindow::articleView() const
{
    return m_view;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The experts window is the desk's child: it would go without asking, and its edits with
    // it.
    if (m_experts && m_experts->isVisible() && !m_experts->close()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Byline"));
    m_fileMenu->setTitle(tr("&File"));
    m_languageMenu->setTitle(tr("Interface &language"));
    m_importAction->setText(tr("&Import articles…"));
    m_importAction->setToolTip(
        m_db.isReadOnly() ? tr("The store is read-only: nothing can be imported into it.")
                          : tr("Read a byline/1 file into the store (newer texts win, nothing "
                               "is lost)"));
    m_exportAction->setText(tr("E&xport the store…"));
    m_exportSiteAction->setText(tr("Export the si&te…"));
    m_settingsAction->setText(tr("&Settings…"));
    m_model->retranslate();
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_articleMenu->setTitle(tr("&Article"));
    m_translationDock->setWindowTitle(tr("Translations"));
    m_searchDock->setWindowTitle(tr("Search"));
    m_previewDock->setWindowTitle(tr("Preview"));
    m_historyDock->setWindowTitle(tr("History"));
    m_commentsDock->setWindowTitle(tr("Comments"));
    m_inboxDock->setWindowTitle(tr("Inbox"));
    updateInboxAction();
    m_expertsAction->setText(tr("E&xperts…"));
    m_findAction->setText(tr("&Find in the archive…"));
    m_quickSearch->setPlaceholderText(tr("What are you looking for?"));
    m_quickSearch->setAccessibleName(tr("Search the archive in every language"));
    m_quickSearch->setToolTip(tr("Words, \"a phrase\" or the start of a word*, in any language; "
                                 "Enter shows what was found (Ctrl+F: the Search panel)"));
    m_newAction->setText(tr("&New article…"));
    updateNewAction();
    m_openAction->setText(tr("&Open"));
    m_openAction->setToolTip(tr("Open the article to edit it (Enter, double-click, Ctrl+O)"));
    m_translateAction->setText(tr("&Translate…"));
    m_translateAction->setToolTip(
        tr("Translate the article segment by segment, source beside translation (Ctrl+T)"));
    m_connectAction->setText(tr("&Connect to a newsroom server…"));
    m_connectAction->setToolTip(tr("Work in the newsroom your colleagues share, on its server"));
    m_openFileAction->setText(tr("Open a newsroom &file…"));
    m_openFileAction->setToolTip(tr("Work in a newsroom kept in a file on this computer"));
    m_actions->retranslate();
    m_aboutAction->setText(tr("&About Byline"));
    m_viewMenu->setTitle(tr("&View"));
    m_calendarAction->setText(tr("&Calendar"));
    m_calendarAction->setToolTip(
        tr("Scheduled and published articles by day and week (Ctrl+Shift+D)"));
    m_views->retranslate();
    m_view->retranslate();
    updateStatus();
}

void MainWindow::showView()
{
    m_model->setQuery(m_views->query(m_model->query(), currentUser()));
}

void MainWindow::setCurrentUser(const QString &name)
{
    m_picker->setCurrent(name);
}

QString MainWindow::currentUser() const
{
    return m_picker->current();
}

// The person working changed (or their role): everything whose offers depend on it follows.
void MainWindow::userChanged(const std::optional<User> &user)
{
    const QString name = user ? user->name : QString();
    m_jobs->setUser(name);
    m_actions->setUser(user);
    m_translations->setUser(user);
    m_history->setUser(user);
    m_editors->setUser(user);
    m_calendar->setUser(user);
    m_search->setUser(name);
    m_savedSearches->setUser(name);
    m_comments->setUser(user);
    m_inbox->setUser(user);
    if (m_experts)
        m_experts->setUser(user);
    updateStatus();
    updateNewAction();
    if (m_views->showsOwnWork())
        showView(); // "My work" is the new person's
    Q_EMIT currentUserChanged(currentUser());
}

void MainWindow::selectionChanged()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const bool selected = current.isValid() && current.row() < m_model->rowCount();
    const QString uid = selected ? m_model->summary(current.row()).uid : QString();
    if (selected)
        m_actions->setArticle(m_model->summary(current.row()));
    else
        m_actions->setArticle(std::nullopt);
    if (m_translations && uid != m_shownUid)
        showInPanels(uid);
}

void MainWindow::showInPanels(const QString &uid)
{
    m_shownUid = uid;
    m_translations->setArticle(uid);
    m_preview->setArticle(uid);
    m_history->setArticle(uid);
    m_comments->setArticle(uid);
}

void MainWindow::updateNewAction()
{
    const std::optional<User> &user = m_currentUser->user();
    const bool may = user && Permissions::mayCreate(*user) && !m_db.isReadOnly();
    m_newAction->setEnabled(may);
    if (may)
        m_newAction->setToolTip(tr("Start a new article (Ctrl+N)"));
    else if (m_db.isReadOnly())
        m_newAction->setToolTip(tr("The store is read-only."));
    else if (!user)
        m_newAction->setToolTip(tr("Choose who you are first."));
    else
        m_newAction->setToolTip(tr("Journalists and editors start articles."));
}

void MainWindow::newArticle()
{
    if (!m_newAction->isEnabled())
        return;
    NewArticleDialog::Choice typed;
    std::optional<Article> made;
    while (!made) {
        const std::optional<NewArticleDialog::Choice> choice
            = askNewArticle ? askNewArticle(typed) : std::nullopt;
        if (!choice)
            return;
        auto created = EditService(m_db).create(currentUser(), choice->sectionUid,
                                                choice->sourceLocale, choice->title);
        if (created) {
            made = *created;
        } else {
            warn(tr("The article was not started"), created.error().message);
            typed = *choice; // offered again, as typed
        }
    }
    m_db.changes().flush(); // the new row, before selecting it
    selectArticle(made->uid);
    m_editors->open(made->uid);
}

void MainWindow::importFile()
{
    const QString path = askImportFile ? askImportFile() : QString();
    if (!path.isEmpty())
        startJob(ImportExportJobs::Kind::Import, path);
}

void MainWindow::exportFile()
{
    const QString path = askExportFile ? askExportFile() : QString();
    if (!path.isEmpty())
        startJob(ImportExportJobs::Kind::Export, path);
}

void MainWindow::exportSite()
{
    const QString folder = askExportFolder ? askExportFolder() : QString();
    if (!folder.isEmpty())
        startJob(ImportExportJobs::Kind::SiteExport, folder);
}

void MainWindow::startJob(ImportExportJobs::Kind kind, const QString &path)
{
    if (!m_jobs->start(kind, path)) {
        warn(tr("Not now"),
             tr("An import or export is still running. Wait for it to finish, "
                "or cancel it, then try again."));
    }
}

void MainWindow::jobFinished(ImportExportJobs::Kind kind, bool ok, const QString &message,
                             bool cancelled)
{
    if (ok)
        statusBar()->showMessage(message, 30000);
    else if (cancelled)
        statusBar()->showMessage(message, 15000);
    switch (kind) {
    case ImportExportJobs::Kind::Import:
        if (!ok && !cancelled)
            warn(tr("Nothing was imported"), message);
        if (ok) {
            // Open articles and translations show what the file brought, unless their text is
            // being edited.
            // The import committed on the job's own connection: the watcher brings its changes
            // now rather than within the second.
            if (auto seen = m_watcher->checkNow(); !seen)
                statusBar()->showMessage(seen.error().message, 10000);
            m_db.changes().flush();
        }
        Q_EMIT imported(ok);
        break;
    case ImportExportJobs::Kind::Export:
        if (!ok && !cancelled)
            warn(tr("The store was not exported"), message);
        Q_EMIT exported(ok);
        break;
    case ImportExportJobs::Kind::SiteExport:
        if (!ok && !cancelled)
            warn(tr("The site was not exported"), message);
        Q_EMIT siteExported(ok);
        break;
    }
}

bool MainWindow::selectArticle(const QString &uid)
{
    if (m_view->selectUid(uid))
        return true;
    if (!ViewList::isNarrowed(m_model->query()))
        return false;
    // The view hides it: show every article.
    {
        const QSignalBlocker blocker(m_views);
        m_views->setCurrentRow(0);
    }
    showView();
    return m_view->selectUid(uid);
}

void MainWindow::publishDue()
{
    if (m_db.isConnectionLost() || m_publishJob->isRunning())
        return; // the next minute tries again
    m_publishJob->start(m_db.sameStore(),
                        [](Storage::Database &db, const Progress &) -> Result<QString> {
                            auto published = WorkflowService(db).publishDue(Clock::now());
                            if (!published)
                                return std::unexpected(published.error());
                            if (published->isEmpty())
                                return QString();
                            int late = 0;
                            for (const auto &p : *published)
                                late += p.lateSeconds > 0 ? 1 : 0;
                            const int n = int(published->size());
                            return late > 0 ? tr("Published %n scheduled article(s), some of "
                                                 "them late.",
                                                 nullptr, n)
                                            : tr("Published %n scheduled article(s).", nullptr, n);
                        });
}

void MainWindow::updateStatus()
{
    const QString user = m_picker ? m_picker->currentText() : QString();
    if (m_db.isServer())
        m_storeLabel->setText(ConnectionKeeper::signedInText(m_db));
    else
        m_storeLabel->setText(currentUser().isEmpty()
                                  ? tr("Store: %1").arg(m_db.path())
                                  : tr("Store: %1 · %2").arg(m_db.path(), user));
    QString counts = tr("%n article(s) shown", nullptr, m_model->rowCount());
    if (m_storeTotal)
        counts += QStringLiteral(" · ") + tr("%1 in the store").arg(*m_storeTotal);
    m_countLabel->setText(counts);
}

void MainWindow::countStoreSoon()
{
    if (m_storeCountDue)
        return;
    m_storeCountDue = true;
    QTimer::singleShot(0, this, &MainWindow::countStore);
}

void MainWindow::countStore()
{
    m_storeCountDue = false;
    const auto total = Storage::ArticleRepository(m_db).count();
    m_storeTotal = total ? std::optional<qint64>(*total) : std::nullopt;
    updateStatus();
}

// The article editor: the list is the first tab of the central area, each open article one
// more tab. Enter or a double-click on a row, or Article > Open, opens it for the person in
// "You are"; a save there updates the row.
void MainWindow::setUpEditors(QWidget *desk)
{
    m_editors = new EditorTabs(m_db, desk, this);
    setCentralWidget(m_editors);
    m_model->setPresence(m_editors->presence()); // who else has a row's article open
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_articleMenu->insertAction(m_findAction, m_openAction);
    m_articleMenu->insertSeparator(m_findAction);
    m_view->insertAction(m_view->actions().value(0), m_openAction);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openCurrent);
    connect(m_view, &QAbstractItemView::activated, this, &MainWindow::openCurrent);
    // A search hit is shown in the list.
    connect(m_search, &SearchPanel::articleActivated, m_editors,
            [this] { m_editors->setCurrentIndex(0); });
    connect(m_editors, &EditorTabs::openFailed, this,
            [this](const QString &message) { warn(tr("Cannot open the article"), message); });
    // A workflow step (after the editor saved what was typed) or a confirmed translation
    // changed the article outside its editor.
    connect(m_actions, &WorkflowActions::aboutToAct, m_editors, &EditorTabs::saveArticle);
}

void MainWindow::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && current.row() < m_model->rowCount()) {
        const QString uid = m_model->summary(current.row()).uid; // a copy: rows come and go
        m_editors->open(uid);
    }
}

// The editorial calendar (View > Calendar: a tab beside the list) and the current user's saved
// searches (in the sidebar, under the views; they run in the Search panel).
void MainWindow::setUpCalendarAndSavedSearches(QSplitter *desk)
{
    m_calendar = new EditorialCalendar(m_db, this);
    m_calendar->setPresence(m_editors->presence()); // who else has a card's article open
    m_calendar->hide();
    m_viewMenu = new QMenu(this);
    menuBar()->insertMenu(m_helpMenu->menuAction(), m_viewMenu);
    m_calendarAction
        = m_viewMenu->addAction(QString(), this, [this] { m_editors->showPage(m_calendar); });
    m_calendarAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+D")));
    connect(m_calendar, &EditorialCalendar::articleActivated, m_editors, &EditorTabs::open);
    connect(m_calendar, &EditorialCalendar::aboutToAct, m_editors, &EditorTabs::saveArticle);
    connect(m_calendar, &EditorialCalendar::failed, this,
            [this](const QString &message) { warn(tr("Not done"), message); });

    auto *sidebar = new QWidget(this);
    auto *column = new QVBoxLayout(sidebar);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_savedSearches = new SavedSearchList(m_db, sidebar);
    desk->replaceWidget(0, sidebar);
    column->addWidget(m_views, 3);
    column->addWidget(m_savedSearches, 1);
    sidebar->setMaximumWidth(m_views->maximumWidth());
    connect(m_savedSearches, &SavedSearchList::activated, this, [this](const SavedSearch &s) {
        m_searchDock->show();
        m_searchDock->raise();
        m_search->run(s);
    });
    connect(m_savedSearches, &SavedSearchList::failed, this,
            [this](const QString &message) { warn(tr("Not done"), message); });
    connect(m_search, &SearchPanel::failed, this,
            [this](const QString &message) { warn(tr("Not done"), message); });
}

// Settings and who is working: File > Settings, and "Who are you?" on opening. A saved change
// of the newsroom shows in the preview; a change of users in "You are" (the current user keeps
// their place, with their new role, unless they were deactivated).
void MainWindow::setUpSettings()
{
    m_settingsAction = new QAction(this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_fileMenu->insertAction(m_exportSiteAction, m_settingsAction);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    runSettings = [](SettingsDialog &dialog) {
        dialog.exec();
    };
    runWhoAreYou = [](WhoAreYouDialog &dialog) {
        return dialog.exec() == QDialog::Accepted;
    };
}

void MainWindow::openSettings()
{
    // What it saves reaches "You are", the preview and the list through the change hub.
    SettingsDialog dialog(m_db, m_currentUser->user(), m_language, this);
    if (runSettings)
        runSettings(dialog);
    m_dailyBackup->checkNow(); // just turned on: the first backup now
}

void MainWindow::chooseUserIfNone()
{
    if (!currentUser().isEmpty() || !runWhoAreYou || m_picker->isFixed()) // a server: the login
        return;
    WhoAreYouDialog dialog(m_db, this);
    if (!runWhoAreYou(dialog) || dialog.chosenUser().isEmpty())
        return;
    m_picker->reload(); // the first user may have just been created
    setCurrentUser(dialog.chosenUser());
}

} // namespace Byline
