#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace Byline {
namespace Storage {
class Database;
}
class ArticleSession;
class SegmentRow;

// The expert quotes of a translation view. A quote's words belong to the quote registry, shared
// by every article that quotes it, not to the article: a quote row shows the words as said (and
// who said them) beside their translation into the view's language as the registry holds it,
// may be edited only where QuoteService allows it, and is saved through QuoteService. What is
// typed over a quote stays in its row (with the row's own undo) until it is saved.
class QuoteTranslations
{
    Q_DECLARE_TR_FUNCTIONS(Byline::QuoteTranslations)

public:
    QuoteTranslations(Storage::Database &db, ArticleSession &session);

    // The view's language, and how it is labelled for people ("EN"). Forgets what it knew.
    void setLocale(const QString &locale, const QString &label);

    // The quote a row (a block's key) shows; empty when the key is not a quote block.
    [[nodiscard]] QString quoteUidOf(const QString &key) const;
    // Typed over: the row differs from the registry's words it was loaded with.
    [[nodiscard]] bool isModified(const SegmentRow *row) const;
    // What a new row for `key` starts with: the registry's words it last showed.
    [[nodiscard]] QString storedWords(const QString &key) const;
    // The words as said (for Ctrl+Shift+C); empty when the quote is not in the registry.
    [[nodiscard]] QString said(const SegmentRow *row) const;

    // Shows the registry's words in the row (keeping what is typed over them), its state and a
    // note on what saving does or why it is read only.
    void refreshRow(SegmentRow *row);
    // Asks, once per quote, whether the person may translate it; a row that may not becomes
    // read only, with the reason. True when any quote row may be edited.
    bool updateRights(const QList<SegmentRow *> &rows);

    // Saves the row's words as the person (confirmStale: Ctrl+Enter, where unchanged words
    // that went stale are confirmed as still right). False, with the reason in notice() and
    // the typed words left in the row, when it could not. Afterwards every row of that quote
    // shows the stored words. `saved` is the quote's uid when something was written.
    bool save(SegmentRow *row, const QList<SegmentRow *> &rows, bool confirmStale,
              QString *saved = nullptr);
    [[nodiscard]] const QString &notice() const { return m_notice; }

private:
    Storage::Database &m_db;
    ArticleSession &m_session;
    QString m_locale;
    QString m_label;
    QString m_notice;
    QHash<QString, QString> m_base; // by row key: the stored words the row was loaded with
    QHash<QString, QString> m_why; // by quote uid: why it is read only (empty: it is not)
};

} // namespace Byline
