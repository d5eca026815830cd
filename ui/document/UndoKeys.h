#pragma once

#include <QObject>

class QWidget;

namespace Byline {

// Sends the undo and redo keys typed into a text field to the editor's own undo actions (one
// history per article, ArticleDocument) instead of the field's private undo, which would
// undo behind the history's back. Install it on every text field of an editor.
class UndoKeys : public QObject
{
    Q_OBJECT
public:
    explicit UndoKeys(QObject *parent = nullptr);
    void watch(QWidget *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace Byline
