#pragma once

#include <QPlainTextEdit>

namespace Byline {

// Plain text that grows with what is typed instead of scrolling, for text that sits in a
// scrolling page (a lead, a paragraph): the page scrolls, never the field. Tab moves on to
// the next field. A single-line field (a headline) wraps like a paragraph but holds no line
// breaks: Enter moves on, and pasted line breaks become spaces.
class GrowingTextEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit GrowingTextEdit(QWidget *parent = nullptr);

    void setMinimumLines(int lines);
    void setSingleLine(bool singleLine) { m_singleLine = singleLine; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void updateHeight();

    int m_minimumLines = 1;
    int m_height = 0;
    bool m_singleLine = false;
};

} // namespace Byline
