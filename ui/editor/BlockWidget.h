#pragma once

#include "core/domain/Block.h"
#include "ui/widgets/FieldText.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Byline {

class GrowingTextEdit;
class UndoKeys;

// One block of the article page: its kind in a narrow gutter and its text to type in (a
// heading on one line; a paragraph or pull quote on as many lines as it needs), or, for an
// expert quote, the quote's words with the expert's name, role and country in the page's
// language. In a translation the source text is shown above; a block of the source that the
// translation lacks is shown "missing" (empty, or a quote with a button to use it here) until
// someone types into it.
class BlockWidget : public QFrame
{
    Q_OBJECT
public:
    BlockWidget(const Block &block, UndoKeys *undoKeys, QWidget *parent = nullptr);

    [[nodiscard]] const QString &blockId() const { return m_id; }
    [[nodiscard]] BlockType type() const { return m_type; }
    [[nodiscard]] bool isPresent() const { return m_present; }
    void setPresent(bool present);

    // The text typed (paragraphs, headings, pull quotes).
    [[nodiscard]] QString text() const;
    // From the document: changes the field without reporting an edit (the cursor: see
    // FieldText::Cursor).
    void setText(const QString &text, FieldText::Cursor cursor = FieldText::Cursor::AtChange);
    // Expert quotes: the words and who said them; `note` (may be empty) says what is missing.
    void setQuote(const QString &words, const QString &attribution, const QString &note);
    // A translation shows the source text above the field; an empty label hides it.
    void setSource(const QString &label, const QString &text);
    void setReadOnly(bool readOnly);
    void setCurrent(bool current);
    [[nodiscard]] bool isCurrent() const { return m_current; }
    void setNumber(int number);
    void focusEditor();
    [[nodiscard]] QWidget *editor() const;
    [[nodiscard]] QLineEdit *lineEdit() const { return m_line; }
    [[nodiscard]] QPlainTextEdit *textEdit() const;
    [[nodiscard]] QPushButton *useButton() const { return m_use; }

    [[nodiscard]] static QString typeLabel(BlockType type);

Q_SIGNALS:
    void edited(const QString &id, const QString &text);
    void focused(const QString &id);
    void useRequested(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateLook();

    QString m_id;
    BlockType m_type;
    bool m_present = true;
    bool m_readOnly = false;
    bool m_current = false;
    bool m_setting = false; // the document is setting the text: not an edit
    int m_number = 0;
    QLabel *m_gutter = nullptr;
    QLabel *m_source = nullptr;
    QLineEdit *m_line = nullptr;
    GrowingTextEdit *m_text = nullptr;
    QLabel *m_quote = nullptr;
    QPushButton *m_use = nullptr;
};

} // namespace Byline
