#pragma once

class QLineEdit;
class QPlainTextEdit;
class QString;

namespace Byline::FieldText {

// Where the cursor goes when a field's text is replaced from the document: to the end of the
// change (an undo shows what it undid), or kept on the same words (someone else's save taken
// in place: text changed before the cursor moves it along, nothing else moves it, and the view
// does not scroll).
enum class Cursor { AtChange, Kept };

// The field's text as typed: QPlainTextEdit::toPlainText() would turn a non-breaking space
// into a plain one (and the store's text would then never match the field's).
[[nodiscard]] QString text(const QPlainTextEdit *field);

// Replaces the field's text when it differs, the cursor as `cursor` says. The field's
// textChanged is emitted as usual: callers that must not take it for typing guard it. A field
// with its own undo history (a quote's words in the translation view) starts it again, as
// loaded text is nothing to undo.
void replace(QLineEdit *field, const QString &text, Cursor cursor = Cursor::AtChange);
void replace(QPlainTextEdit *field, const QString &text, Cursor cursor = Cursor::AtChange);

} // namespace Byline::FieldText
