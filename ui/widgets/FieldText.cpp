#include "ui/widgets/FieldText.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QString>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace Byline::FieldText {
namespace {

// The part of `before` that `after` replaces: what both start with, what both end with.
struct Change
{
    qsizetype prefix = 0;
    qsizetype suffix = 0;
};

Change changeBetween(const QString &before, const QString &after)
{
    Change c;
    const qsizetype shorter = std::min(before.size(), after.size());
    while (c.prefix < shorter && before.at(c.prefix) == after.at(c.prefix))
        ++c.prefix;
    while (c.suffix < shorter - c.prefix
           && before.at(before.size() - 1 - c.suffix) == after.at(after.size() - 1 - c.suffix))
        ++c.suffix;
    return c;
}

// Where a cursor at `position` in `before` is in `after`: on the same character, after the
// change when it was inside it.
qsizetype keptPosition(const QString &before, const QString &after, qsizetype position)
{
    const Change c = changeBetween(before, after);
    if (position <= c.prefix)
        return position;
    if (position >= before.size() - c.suffix)
        return position + after.size() - before.size();
    return after.size() - c.suffix;
}

} // namespace

void replace(QLineEdit *field, const QString &text, Cursor cursor)
{
    const QString before = field->text();
    if (before == text)
        return;
    const qsizetype position = cursor == Cursor::Kept
        ? keptPosition(before, text, field->cursorPosition())
        : text.size() - changeBetween(before, text).suffix;
    field->setText(text);
    field->setCursorPosition(int(position));
}

QString text(const QPlainTextEdit *field)
{
    QString raw = field->document()->toRawText();
    raw.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return raw;
}

void replace(QPlainTextEdit *field, const QString &text, Cursor cursor)
{
    const QString before = FieldText::text(field);
    if (before == text)
        return;
    const Change change = changeBetween(before, text);
    if (cursor == Cursor::Kept && field->isUndoRedoEnabled()) {
        const qsizetype kept = keptPosition(before, text, field->textCursor().position());
        field->setPlainText(text);
        QTextCursor c = field->textCursor();
        c.setPosition(int(kept));
        field->setTextCursor(c);
        return;
    }
    if (cursor == Cursor::Kept) {
        // Only the changed part is replaced: the document moves the field's cursor (and its
        // selection) along with the words around it, and the view does not scroll.
        QTextCursor edit(field->document());
        edit.setPosition(int(change.prefix));
        edit.setPosition(int(before.size() - change.suffix), QTextCursor::KeepAnchor);
        edit.insertText(text.mid(change.prefix, text.size() - change.suffix - change.prefix));
        return;
    }
    field->setPlainText(text);
    QTextCursor c = field->textCursor();
    c.setPosition(int(text.size() - change.suffix));
    field->setTextCursor(c);
}

} // namespace Byline::FieldText
