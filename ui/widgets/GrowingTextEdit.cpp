#include "ui/widgets/GrowingTextEdit.h"

#include <QEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QTextBlock>

namespace Byline {

GrowingTextEdit::GrowingTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(document(), &QTextDocument::contentsChanged, this, &GrowingTextEdit::updateHeight);
    updateHeight();
}

void GrowingTextEdit::setMinimumLines(int lines)
{
    m_minimumLines = std::max(1, lines);
    updateHeight();
}

QSize GrowingTextEdit::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), m_height};
}

QSize GrowingTextEdit::minimumSizeHint() const
{
    return {QPlainTextEdit::minimumSizeHint().width(), m_height};
}

void GrowingTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event); // lays the text out again at the new width
    updateHeight();
}

void GrowingTextEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateHeight();
}

void GrowingTextEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_singleLine && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && event->modifiers() == Qt::NoModifier) {
        focusNextChild();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void GrowingTextEdit::insertFromMimeData(const QMimeData *source)
{
    if (!m_singleLine || !source->hasText()) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    QString text = source->text();
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    insertPlainText(text);
}

void GrowingTextEdit::updateHeight()
{
    qreal lines = 0;
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next())
        lines += blockBoundingRect(b).height();
    const qreal margin = document()->documentMargin();
    const qreal least = m_minimumLines * fontMetrics().lineSpacing() + 2 * margin;
    const QMargins m = contentsMargins();
    const int height = int(std::ceil(std::max(lines + margin, least))) + m.top() + m.bottom();
    if (height == m_height)
        return;
    m_height = height;
    setFixedHeight(height);
    updateGeometry();
}

} // namespace Byline
