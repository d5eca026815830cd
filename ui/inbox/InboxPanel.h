#pragma once

#include "core/domain/InboxEntry.h"
#include "core/domain/User.h"

#include <QHash>
#include <QList>
#include <QTimeZone>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Byline {
namespace Storage {
class Database;
}

// The inbox of the person working (docs/ARCHITECTURE.md, "Inbox"): what happened that concerns
// them, newest first, unread ones marked. It follows the change hub, so an entry written at
// another desk shows as it commits. Opening an entry (double-click, Enter, "Open") marks it
// read and asks the desk to show the article at the right place (openRequested).
class InboxPanel : public QWidget
{
    Q_OBJECT
public:
    explicit InboxPanel(Storage::Database &db, QWidget *parent = nullptr);

    void setUser(const std::optional<User> &user);
    [[nodiscard]] int unread() const { return m_unread; }
    [[nodiscard]] const QList<InboxEntry> &entries() const { return m_entries; }

    [[nodiscard]] QListWidget *list() const { return m_list; }
    [[nodiscard]] QPushButton *openButton() const { return m_open; }
    [[nodiscard]] QPushButton *markAllButton() const { return m_markAll; }
    [[nodiscard]] QCheckBox *unreadOnlyBox() const { return m_unreadOnly; }

    // The entry id an item of list() stands for.
    static constexpr int IdRole = Qt::UserRole + 1;

    // Opens the selected entry (marking it read).
    void openSelected();
    void markAllRead();
    // Reads the inbox again from the store.
    void reload();

    // One line saying what happened, for the person whose inbox it is ("Samvel Harutyunyan
    // sent back “Rails across the steppe”"), with the language's label when it names one.
    [[nodiscard]] static QString describe(const InboxEntry &entry, const QString &localeLabel,
                                          const QString &when);

Q_SIGNALS:
    void unreadChanged(int count);
    void openRequested(const Byline::InboxEntry &entry);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The languages' labels and the newsroom's time zone, read again when settings change.
    void loadContext();
    void fillList();
    void updateButtons();
    void retranslate();
    void open(QListWidgetItem *item);

    Storage::Database &m_db;
    std::optional<User> m_user;
    QList<InboxEntry> m_entries;
    int m_unread = 0;
    QHash<QString, QString> m_localeLabels; // code -> "RU", "EN", "AM"
    QTimeZone m_zone;
    QLabel *m_title = nullptr;
    QCheckBox *m_unreadOnly = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_markAll = nullptr;
};

} // namespace Byline
