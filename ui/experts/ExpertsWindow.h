#pragma once

#include "core/domain/Expert.h"
#include "core/domain/Locale.h"
#include "core/domain/User.h"

#include <QList>
#include <QWidget>

#include <array>
#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Byline {
namespace Storage {
class Database;
}

// The experts registry: find an expert by any spelling (any locale's script, folded like the
// archive search), edit their name, role and country in every locale of the store, add a new
// one, see where each is quoted (their quotes as said and the articles using them; a
// double-click shows the article), and merge two records of one person. Read-only, with the
// reason, for whoever may not edit.
class ExpertsWindow : public QWidget
{
    Q_OBJECT
public:
    explicit ExpertsWindow(Storage::Database &db, QWidget *parent = nullptr);

    void setUser(const std::optional<User> &user);
    // The locale whose spelling names an expert in the list (the interface language's, when the
    // store spells them in it; else the store's first).
    void setNameLocale(const QString &code);
    // Reads the registry again (keeping the chosen expert when it is still there).
    void reload();
    // Shows the expert (clearing the search if it hides them). False if there is none.
    bool showExpert(const QString &uid);
    [[nodiscard]] QString currentExpert() const { return m_uid; }

    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] QListWidget *expertList() const { return m_list; }
    [[nodiscard]] QTreeWidget *quotedTree() const { return m_quoted; }
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }
    [[nodiscard]] QPushButton *newButton() const { return m_new; }
    [[nodiscard]] QPushButton *mergeButton() const { return m_merge; }
    [[nodiscard]] QLabel *notice() const { return m_notice; }
    enum class Field { Name, Role, Country };
    [[nodiscard]] QLineEdit *field(const QString &locale, Field field) const;
    [[nodiscard]] bool isModified() const;

    static constexpr int UidRole = Qt::UserRole + 1;

    void save();
    void startNew();
    void mergeSelected();

    // Seams (dialogs; tests answer them).
    // Merging `a` and `b`: the uid of the record to keep, or nothing to cancel.
    std::function<std::optional<QString>(const Expert &a, const Expert &b)> chooseMergeKeep;
    enum class Unsaved { Save, Discard, Cancel };
    // The shown expert has unsaved changes and another is about to be shown.
    std::function<Unsaved(const QString &name)> askUnsaved;
    std::function<void(const QString &title, const QString &message)> warn;

Q_SIGNALS:
    // A double-click on an article that quotes the expert.
    void articleActivated(const QString &uid);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void filter();
    void currentChanged();
    void showForm(const Expert &expert);
    void showQuoted();
    void updateState();
    bool settleUnsaved(); // false: stay
    void retranslate();
    [[nodiscard]] Expert formExpert() const;
    [[nodiscard]] const Expert *stored(const QString &uid) const;
    [[nodiscard]] QString displayName(const Expert &expert) const;

    Storage::Database &m_db;
    QList<Locale> m_locales;
    QList<Expert> m_experts;
    std::optional<User> m_user;
    QString m_nameLocale;
    QString m_uid; // shown; empty with m_creating: a new one
    bool m_creating = false;
    Expert m_shown; // as stored (or empty, new)
    QLineEdit *m_search = nullptr;
    QLabel *m_found = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_merge = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_notice = nullptr;
    QList<QLabel *> m_columnLabels;
    QList<QLabel *> m_localeLabels;
    QList<std::array<QLineEdit *, 3>> m_fields; // per locale of m_locales
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_quotedLabel = nullptr;
    QTreeWidget *m_quoted = nullptr;
};

} // namespace Byline
