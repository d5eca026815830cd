#pragma once

#include "core/changes/Change.h"
#include "core/domain/User.h"

#include <QTabWidget>

#include <optional>

namespace Byline {
namespace Storage {
class Database;
}

class ArticleEditor;
class PresenceBoard;
class TranslationView;

// The desk's central area: the article list as the first tab, and one tab per open article
// (each with its own editor and undo history), and one per article and language being
// translated (TranslationView). The tab bar shows only while an article is open; Ctrl+W closes
// the tab shown (closing saves). Every tab follows the store's change hub: a save in one tab (or
// at another desk) shows in the other tabs of that article, a quote translated in one tab in
// every tab (any article may quote it).
class EditorTabs : public QTabWidget
{
    Q_OBJECT
public:
    EditorTabs(Storage::Database &db, QWidget *desk, QWidget *parent = nullptr);
    ~EditorTabs() override; // closes the open articles first (closing saves)

    // Opens the article, or shows it if it is open already. Null if it cannot be loaded.
    ArticleEditor *open(const QString &uid);
    [[nodiscard]] ArticleEditor *editor(const QString &uid) const;
    [[nodiscard]] QList<ArticleEditor *> editors() const;
    void close(ArticleEditor *editor);
    // Shows a view of the desk (the calendar) as a tab after the list, titled with its window
    // title; closing the tab hides it again.
    void showPage(QWidget *page);

    // Opens the article for translating into `locale` (saving its editor first, if open), or
    // shows that tab if it is open already. Null if it cannot be opened.
    TranslationView *translate(const QString &uid, const QString &locale);
    [[nodiscard]] TranslationView *translationView(const QString &uid, const QString &locale) const;
    [[nodiscard]] QList<TranslationView *> translationViews() const;
    // Closes a tab (an editor or a translation view); closing saves.
    void closeTab(QWidget *tab);

    void setUser(const std::optional<User> &user);
    // Saves the article's editor, if it is open, before something else acts on the article.
    void saveArticle(const QString &uid);
    // Who has which article open: this desk's tabs, told to the store, and the other desks'.
    [[nodiscard]] PresenceBoard *presence() const { return m_presence; }
    // Where editors journal unsaved text (default: the user's data folder).
    void setJournalFolder(const QString &folder) { m_journalFolder = folder; }

Q_SIGNALS:
    void openFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retitle(QWidget *tab);
    void followStore(const Byline::Changes &changes);
    void retranslate();
    // Tells the board what the tabs hold, each article in the language of its tab in front.
    void syncPresence();

    Storage::Database &m_db;
    QWidget *m_desk;
    std::optional<User> m_user;
    QString m_journalFolder;
    QAction *m_closeAction = nullptr;
    PresenceBoard *m_presence = nullptr;
};

} // namespace Byline
