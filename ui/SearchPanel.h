#pragma once

#include "core/storage/SearchRepository.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
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

Q_SIGNALS:
    void articleActivated(const QString &uid, const QString &locale);

protected:
    void changeEvent(QEvent *event) override;

private:
    void search();
    void show();
    void retranslate();
    void loadLocales();

    Storage::Database &m_db;
    QLineEdit *m_query = nullptr;
    QComboBox *m_locale = nullptr;
    QComboBox *m_state = nullptr;
    QLabel *m_summary = nullptr;
    QTextBrowser *m_view = nullptr;
    QTimer *m_debounce = nullptr;
    Storage::SearchResults m_results;
    QString m_error;
    bool m_searched = false;
};

} // namespace Byline
