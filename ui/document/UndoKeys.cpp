#include "ui/document/UndoKeys.h"

#include <QKeyEvent>
#include <QWidget>

namespace Byline {

UndoKeys::UndoKeys(QObject *parent)
    : QObject(parent)
{
}

void UndoKeys::watch(QWidget *field)
{
    field->installEventFilter(this);
}

bool UndoKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (!key->matches(QKeySequence::Undo) && !key->matches(QKeySequence::Redo))
        return QObject::eventFilter(watched, event);
    // Not overridden: the key goes to the shortcut (the editor's Undo or Redo action). Should
    // it come back as a key press (nothing to undo), the field must not undo on its own.
    event->ignore();
    return true;
}

} // namespace Byline
