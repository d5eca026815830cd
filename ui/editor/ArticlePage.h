#pragma once

#include <QScrollArea>

class QLabel;
class QPlainTextEdit;
class QVBoxLayout;

namespace Byline {

class ArticleDocument;
class BlockWidget;
class GrowingTextEdit;
class QuoteCatalog;
class UndoKeys;

// One language of the open article as a page: headline, lead, then the blocks, in a column of
// readable width that scrolls as a whole. It shows what the document holds and hands what is
// typed to it. In a translation every block of the source is there in the source's order (the
// ones not translated yet empty) with the source text above each field.
class ArticlePage : public QScrollArea
{
    Q_OBJECT
public:
    ArticlePage(ArticleDocument *document, const QuoteCatalog *quotes, UndoKeys *undoKeys,
                QWidget *parent = nullptr);

    // `sourceLabel` ("RU") marks the source texts shown in a translation.
    void setLocale(const QString &locale, const QString &sourceLabel);
    [[nodiscard]] const QString &locale() const { return m_locale; }
    void setReadOnly(bool readOnly);
    // Everything again from the document (after a reset, or with reloaded quotes).
    void rebuild();

    // The block the person is at (last focused): its id; empty at the headline or lead
    // (isAtTop) or before anything was focused.
    [[nodiscard]] const QString &currentBlockId() const { return m_current; }
    [[nodiscard]] bool isAtTop() const { return m_atTop; }
    void focusBlock(const QString &id);
    void focusTitle();

    [[nodiscard]] QPlainTextEdit *titleEdit() const;
    [[nodiscard]] QPlainTextEdit *leadEdit() const;
    [[nodiscard]] BlockWidget *blockWidget(const QString &id) const;
    [[nodiscard]] const QList<BlockWidget *> &blockWidgets() const { return m_widgets; }

Q_SIGNALS:
    void currentBlockChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Entry;
    [[nodiscard]] QList<Entry> entries() const;
    void reconcile();
    void showQuote(BlockWidget *widget, const QString &quoteUid);
    void textChanged(const QString &locale, const QString &key);
    void blocksChanged(const QString &locale, const QString &focus);
    void setCurrent(const QString &id, bool atTop);
    void followCursor(QPlainTextEdit *field);
    void updateHints();
    void retranslate();

    ArticleDocument *m_document;
    const QuoteCatalog *m_quotes;
    UndoKeys *m_undoKeys;
    QString m_locale;
    QString m_sourceLabel;
    bool m_readOnly = false;
    bool m_setting = false;
    QString m_current;
    bool m_atTop = false;
    QWidget *m_column = nullptr;
    QLabel *m_titleSource = nullptr;
    GrowingTextEdit *m_title = nullptr;
    QLabel *m_leadSource = nullptr;
    GrowingTextEdit *m_lead = nullptr;
    QLabel *m_empty = nullptr;
    QVBoxLayout *m_blocks = nullptr;
    QList<BlockWidget *> m_widgets;
};

} // namespace Byline
