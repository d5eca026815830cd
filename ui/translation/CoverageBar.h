#pragma once

#include <QWidget>

namespace Byline {

// How far one locale's translation is: a bar of done, stale and missing segments, each part
// told apart by its pattern as well as its colour (done solid, stale hatched, missing empty),
// with the numbers in words beside it.
class CoverageBar : public QWidget
{
    Q_OBJECT
public:
    explicit CoverageBar(QWidget *parent = nullptr);

    void setCounts(int done, int stale, int missing);
    [[nodiscard]] int done() const { return m_done; }
    [[nodiscard]] int stale() const { return m_stale; }
    [[nodiscard]] int missing() const { return m_missing; }
    // "7 done · 2 stale · 1 missing", in the UI language.
    [[nodiscard]] QString text() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void describe();

    int m_done = 0;
    int m_stale = 0;
    int m_missing = 0;
};

} // namespace Byline
