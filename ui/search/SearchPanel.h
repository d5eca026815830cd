#pragma once

#include "core/domain/SavedSearch.h"
#include "core/storage/SearchRepository.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace Byline {
namespace Storage {
class Database;
}

// Searching the archive in every language as one types: words, "phrases", prefix*, filtered by
// language and state. Each hit shows its headline and a passage with the matching words
// marked, in the hit's own language; activating one selects the article on the desk.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(Storage::Database &db, QWidget *parent = nullptr);

    void setQuery(const QString &text); // and search at once
    void focusQuery();
    [[nodiscard]] const Storage::SearchResults &results() const { return m_results; }
    [[nodiscard]] QTextBrowser *resultView() const { return m_view; }
    [[nodiscard]] QString summary() const;

    // Saved searches are the current user's (empty: nobody chosen, nothing can be saved).
    void setUser(const QString &name);
    // The words and filters shown now.
    [[nodiscard]] SavedSearch current() const;
    // Shows a saved search's words and filters, and searches.
    void run(const SavedSearch &search);
    // Save this search…: asks for a name and keeps the search for the current user.
    void saveSearch();
    // Asks for the name to save under (a dialog; tests answer it). std::nullopt: cancelled.
    std::function<std::optional<QString>(const QString &suggested)> askName;

Q_SIGNALS:
    void articleActivated(const QString &uid, const QString &locale);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void search();
    void show();
    void retranslate();
    void loadLocales();
    void updateSave();

    Storage::Database &m_db;
    QLineEdit *m_query = nullptr;
    QComboBox *m_locale = nullptr;
    QComboBox *m_state = nullptr;
    QLabel *m_summary = nullptr;
    QTextBrowser *m_view = nullptr;
    QTimer *m_debounce = nullptr;
    QPushButton *m_save = nullptr;
    QString m_user;
    QString m_unsavedName; // a name that could not be saved, offered again
    Storage::SearchResults m_results;
    QString m_error;
    bool m_searched = false;
};

} // namespace Byline
