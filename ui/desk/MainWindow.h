#pragma once

#include "ui/desk/ImportExportJobs.h"
#include "ui/desk/NewArticleDialog.h"

#include "core/domain/User.h"

#include <QDockWidget>
#include <QMainWindow>

#include <functional>
#include <optional>

class QAction;
class QCloseEvent;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTimer;
class QListWidget;
class QSplitter;
class QTableView;
class QToolBar;

namespace Byline {
class ArticleTable;
class BackgroundJob;
class Banner;
class DailyBackup;
class CurrentUser;
class ViewList;
class WorkflowActions;
class ArticleListModel;
class CommentsPanel;
class ExpertsWindow;
class EditorTabs;
class EditorialCalendar;
class SavedSearchList;
class HistoryPanel;
class InboxPanel;
struct InboxEntry;
class PreviewPanel;
class SearchPanel;
class SettingsDialog;
class UiLanguage;
class TranslationStatusPanel;
class UserPicker;
class WhoAreYouDialog;
namespace Storage {
class ChangeWatcher;
class Database;
} // namespace Storage

// The desk's main window: views on the left, the article list on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `language`: the interface language the program restored (null: English, owned here).
    explicit MainWindow(Storage::Database &db, UiLanguage *language = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] ArticleListModel *articleModel() const { return m_model; }
    [[nodiscard]] QTableView *articleView() const;
    [[nodiscard]] WorkflowActions *workflowActions() const { return m_actions; }
    [[nodiscard]] TranslationStatusPanel *translationPanel() const { return m_translations; }
    [[nodiscard]] SearchPanel *searchPanel() const { return m_search; }
    [[nodiscard]] PreviewPanel *previewPanel() const { return m_preview; }
    [[nodiscard]] HistoryPanel *historyPanel() const { return m_history; }
    [[nodiscard]] QDockWidget *previewDock() const { return m_previewDock; }
    [[nodiscard]] UiLanguage *uiLanguage() const { return m_language; }
    [[nodiscard]] EditorTabs *editorTabs() const { return m_editors; }
    [[nodiscard]] QAction *openAction() const { return m_openAction; }
    [[nodiscard]] EditorialCalendar *calendar() const { return m_calendar; }
    [[nodiscard]] QAction *calendarAction() const { return m_calendarAction; }
    [[nodiscard]] SavedSearchList *savedSearches() const { return m_savedSearches; }
    [[nodiscard]] CommentsPanel *commentsPanel() const { return m_comments; }
    [[nodiscard]] QDockWidget *commentsDock() const { return m_commentsDock; }
    // The person's inbox (a panel), and the toolbar's "Inbox" with the unread count.
    [[nodiscard]] InboxPanel *inbox() const { return m_inbox; }
    [[nodiscard]] QDockWidget *inboxDock() const { return m_inboxDock; }
    [[nodiscard]] QAction *inboxAction() const { return m_inboxAction; }
    // Shows the article an inbox entry is about, where it happened: a comment in the comments
    // panel, a translation in its translation view (a stale one at its stale segments), else
    // the editor.
    void openInboxEntry(const InboxEntry &entry);
    [[nodiscard]] QAction *expertsAction() const { return m_expertsAction; }
    // Article > Experts…: the registry window (made on first use).
    ExpertsWindow *showExperts();
    [[nodiscard]] QAction *translateAction() const { return m_translateAction; }

    // Shows the article in the list (switching to all articles if the view hides it) and
    // selects it. False if it is not in the store.
    bool selectArticle(const QString &uid);

    // Who is working: the role decides which actions are offered. Empty: nobody chosen yet.
    void setCurrentUser(const QString &name);
    [[nodiscard]] QString currentUser() const;

    // Publishes what is due (the desk does this every minute, like `byline-cli publish-due`),
    // on a connection and a thread of its own; the status line says what it published.
    void publishDue();
    [[nodiscard]] BackgroundJob *publishJob() const { return m_publishJob; }

    // How the desk tells a person that something was not done (a message box; tests answer it).
    std::function<void(const QString &title, const QString &message)> warn;
    // Where to export the site (a folder dialog; tests answer it). Empty: cancelled.
    std::function<QString()> askExportFolder;
    // Which byline/1 file to import, and where to export the store (file dialogs; tests
    // answer them). Empty: cancelled.
    std::function<QString()> askImportFile;
    // The new article's headline, language and section (a dialog; tests answer it), offered
    // again with what was typed when starting it failed. Nothing: cancelled.
    std::function<std::optional<NewArticleDialog::Choice>(const NewArticleDialog::Choice &typed)>
        askNewArticle;
    std::function<QString()> askExportFile;

    // File > Import, File > Export and File > Export the site: in the background, with
    // progress and cancel, one at a time.
    void importFile();
    // Article > New article: starts a draft as the current user and opens it.
    void newArticle();
    void exportFile();
    void exportSite();

    // File > Settings (Ctrl+,): the newsroom, links, site texts, users, interface language.
    void openSettings();
    [[nodiscard]] QAction *settingsAction() const { return m_settingsAction; }
    // Runs the settings dialog (exec; tests answer it).
    std::function<void(SettingsDialog &dialog)> runSettings;
    // The daily backup (Settings > Backups), and the banner that says when one failed.
    [[nodiscard]] DailyBackup *dailyBackup() const { return m_dailyBackup; }
    [[nodiscard]] Banner *backupBanner() const { return m_backupBanner; }
    // On opening, when nobody is chosen: "Who are you?" (pick a user, or create the first one
    // of an empty store). Desk asks; nothing else does. Never on a server: you are your login.
    void chooseUserIfNone();
    // Runs that dialog (exec; tests answer it): true when someone was chosen.
    std::function<bool(WhoAreYouDialog &dialog)> runWhoAreYou;

Q_SIGNALS:
    void currentUserChanged(const QString &name);
    // File > Connect to a newsroom server… and File > Open a newsroom file… (Desk answers).
    void connectRequested();
    void openFileRequested();
    void siteExported(bool ok);
    void imported(bool ok);
    void exported(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    // Closing the desk first closes the experts window, which asks about unsaved changes.
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslate();
    void showView(); // the view chosen in the sidebar, in the list
    void userChanged(const std::optional<User> &user);
    // A panel beside the list, in a dock tabbed with `tabWith` (null: the first).
    QDockWidget *addPanel(QWidget *panel, const QString &name, QDockWidget *tabWith = nullptr,
                          QDockWidget::DockWidgetFeatures extra = {});
    void updateStatus();
    void countStoreSoon(); // once, after the events waiting now
    void countStore();
    void selectionChanged();
    // The panels beside the list (translations, preview, history, comments) show `uid`.
    void showInPanels(const QString &uid);
    void setUpEditors(QWidget *desk);
    void openCurrent();
    void updateNewAction();
    void keepPanelTabsReadable();
    void startJob(ImportExportJobs::Kind kind, const QString &path);
    void jobFinished(ImportExportJobs::Kind kind, bool ok, const QString &message, bool cancelled);
    void setUpCalendarAndSavedSearches(QSplitter *desk);
    void setUpSettings();
    void setUpExpertsAndComments();
    void setUpInbox(QToolBar *toolbar);
    void updateInboxAction();
    void setUpTranslation();
    void translateCurrent();

    Storage::Database &m_db;
    SearchPanel *m_search = nullptr;
    PreviewPanel *m_preview = nullptr;
    HistoryPanel *m_history = nullptr;
    QDockWidget *m_historyDock = nullptr;
    ImportExportJobs *m_jobs = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportSiteAction = nullptr;
    QDockWidget *m_previewDock = nullptr;
    UiLanguage *m_language = nullptr;
    QMenu *m_languageMenu = nullptr;
    QDockWidget *m_searchDock = nullptr;
    QAction *m_findAction = nullptr;
    QLineEdit *m_quickSearch = nullptr; // above the list
    ArticleListModel *m_model = nullptr;
    ViewList *m_views = nullptr;
    ArticleTable *m_view = nullptr;
    CurrentUser *m_currentUser = nullptr; // looked up once, announced to the desk
    QLabel *m_storeLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    // The articles in the store, counted after the window shows and again when articles come
    // in (counting scans the archive: tens of milliseconds at a million article-locales).
    std::optional<qint64> m_storeTotal;
    bool m_storeCountDue = false;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QMenu *m_articleMenu = nullptr;
    UserPicker *m_picker = nullptr; // "You are"
    QAction *m_connectAction = nullptr;
    QAction *m_openFileAction = nullptr;
    WorkflowActions *m_actions = nullptr;
    TranslationStatusPanel *m_translations = nullptr;
    QDockWidget *m_translationDock = nullptr;
    QString m_shownUid;
    QTimer *m_publishTimer = nullptr;
    BackgroundJob *m_publishJob = nullptr;
    EditorTabs *m_editors = nullptr; // the list, then one tab per open article
    QAction *m_openAction = nullptr;
    EditorialCalendar *m_calendar = nullptr; // a tab beside the list (View > Calendar)
    QMenu *m_viewMenu = nullptr;
    QAction *m_calendarAction = nullptr;
    SavedSearchList *m_savedSearches = nullptr; // in the sidebar, under the views
    QAction *m_settingsAction = nullptr;
    CommentsPanel *m_comments = nullptr;
    QDockWidget *m_commentsDock = nullptr;
    InboxPanel *m_inbox = nullptr;
    QDockWidget *m_inboxDock = nullptr;
    QAction *m_inboxAction = nullptr;
    ExpertsWindow *m_experts = nullptr;
    Storage::ChangeWatcher *m_watcher = nullptr; // other connections' commits to the hub
    QAction *m_expertsAction = nullptr;
    QAction *m_translateAction = nullptr;
    DailyBackup *m_dailyBackup = nullptr;
    Banner *m_backupBanner = nullptr; // above the list and the tabs, when a backup failed
};

} // namespace Byline
