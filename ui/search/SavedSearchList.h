#pragma once

#include "core/domain/SavedSearch.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QListWidgetItem;

namespace Byline {
namespace Storage {
class Database;
}

// "Saved searches" in the desk's sidebar: the current user's, by name. Clicking one (or
// Enter) runs it; the context menu renames or deletes it.
class SavedSearchList : public QWidget
{
    Q_OBJECT
public:
    explicit SavedSearchList(Storage::Database &db, QWidget *parent = nullptr);

    void setUser(const QString &name);
    void reload();
    [[nodiscard]] QListWidget *list() const { return m_list; }
    [[nodiscard]] const QList<SavedSearch> &searches() const { return m_searches; }

    void renameSearch(qint64 id);
    void deleteSearch(qint64 id);

    // Seams for the questions (dialogs; tests answer them).
    std::function<std::optional<QString>(const QString &current)> askName; // nullopt: cancelled
    std::function<bool(const QString &name)> confirmDelete;

Q_SIGNALS:
    void activated(const SavedSearch &search);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showMenu(const QPoint &pos);
    void activate(QListWidgetItem *item);
    [[nodiscard]] std::optional<SavedSearch> find(qint64 id) const;
    [[nodiscard]] qint64 currentId() const;

    Storage::Database &m_db;
    QString m_user;
    QList<SavedSearch> m_searches;
    QLabel *m_heading = nullptr;
    QListWidget *m_list = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
};

} // namespace Byline
