#pragma once

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QDialogButtonBox;

namespace Byline {

class QuoteCatalog;

// Choosing an expert's quote to insert: search the experts in any spelling (the registry keeps
// each person's name per script, so Абенов, Abenov and Աբենով find the same engineer; roles,
// countries and the quotes' own words are searched too), then pick one of their quotes, shown
// in the language being edited.
class QuotePickerDialog : public QDialog
{
    Q_OBJECT
public:
    QuotePickerDialog(const QuoteCatalog &catalog, const QString &locale,
                      QWidget *parent = nullptr);

    void setSearch(const QString &text);
    [[nodiscard]] QListWidget *expertList() const { return m_experts; }
    [[nodiscard]] QListWidget *quoteList() const { return m_quotes; }
    // The chosen quote's uid, or empty.
    [[nodiscard]] QString selectedQuote() const;

    // Asks; the quote's uid, or nothing when cancelled.
    [[nodiscard]] static std::optional<QString> pick(const QuoteCatalog &catalog,
                                                     const QString &locale, QWidget *parent);

private:
    void filter();
    void showQuotes();

    const QuoteCatalog &m_catalog;
    QString m_locale;
    QLineEdit *m_search = nullptr;
    QListWidget *m_experts = nullptr;
    QListWidget *m_quotes = nullptr;
    QLabel *m_found = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Byline
