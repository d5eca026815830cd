#include "ui/translation/CoverageBar.h"

#include <QEvent>
#include <QPainter>

namespace Byline {
namespace {

constexpr int barWidth = 160;
constexpr int barHeight = 12;
constexpr int gap = 8;

} // namespace

CoverageBar::CoverageBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    describe();
}

void CoverageBar::setCounts(int done, int stale, int missing)
{
    m_done = done;
    m_stale = stale;
    m_missing = missing;
    describe();
    updateGeometry();
    update();
}

QString CoverageBar::text() const
{
    return tr("%1 done · %2 stale · %3 missing").arg(m_done).arg(m_stale).arg(m_missing);
}

void CoverageBar::describe()
{
    setAccessibleName(tr("Coverage"));
    setAccessibleDescription(text());
    setToolTip(tr("Segments of this language: %1").arg(text()));
}

QSize CoverageBar::sizeHint() const
{
    const int height = std::max(barHeight, fontMetrics().height());
    return {barWidth + gap + fontMetrics().horizontalAdvance(text()) + 4, height + 4};
}

QSize CoverageBar::minimumSizeHint() const
{
    // The bar and the start of the counts; the rest of the counts is elided (and in the tooltip).
    const int height = std::max(barHeight, fontMetrics().height());
    return {barWidth + gap + fontMetrics().horizontalAdvance(QStringLiteral("0000…")), height + 4};
}

void CoverageBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const int total = m_done + m_stale + m_missing;
    const QRect bar(0, (height() - barHeight) / 2, barWidth, barHeight);
    p.fillRect(bar, QColor(0xf3, 0xf1, 0xec));
    if (total > 0) {
        int x = bar.left();
        const auto part = [&](int count, const QColor &fill, const QBrush &pattern) {
            const int w = (count * bar.width() + total / 2) / total;
            if (w > 0) {
                p.fillRect(QRect(x, bar.top(), w, bar.height()), fill);
                p.fillRect(QRect(x, bar.top(), w, bar.height()), pattern);
            }
            x += w;
        };
        part(m_done, QColor(0x2e, 0x7d, 0x32), Qt::NoBrush);
        part(m_stale, QColor(0xf5, 0xc7, 0x8a), QBrush(QColor(0x9a, 0x52, 0x00), Qt::BDiagPattern));
        // Missing stays empty.
    }
    p.setPen(QColor(0x8a, 0x84, 0x78));
    p.drawRect(bar.adjusted(0, 0, -1, -1));
    p.setPen(palette().color(QPalette::WindowText));
    const QRect room(bar.right() + gap, 0, width() - bar.right() - gap, height());
    p.drawText(room, Qt::AlignVCenter | Qt::AlignLeft,
               fontMetrics().elidedText(text(), Qt::ElideRight, room.width()));
}

void CoverageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        describe();
    QWidget::changeEvent(event);
}

} // namespace Byline
