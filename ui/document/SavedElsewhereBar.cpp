#include "ui/document/SavedElsewhereBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace Byline {

SavedElsewhereBar::SavedElsewhereBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_merge(new QPushButton(this))
{
    setObjectName(QStringLiteral("savedElsewhereBar"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#savedElsewhereBar { background: palette(alternate-base); "
                                 "border-left: 3px solid palette(highlight); }"));
    m_label->setWordWrap(true);
    m_merge->setObjectName(QStringLiteral("mergeNow"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_merge);
    connect(m_merge, &QPushButton::clicked, this, &SavedElsewhereBar::mergeRequested);
    retranslate();
    hide();
}

void SavedElsewhereBar::showSave(const QString &who, const QDateTime &when, const QTimeZone &zone)
{
    m_who = who;
    m_when = when;
    m_zone = zone;
    retranslate();
    show();
}

void SavedElsewhereBar::retranslate()
{
    const QString time = m_when.isValid()
        ? QLocale().toString(m_when.toTimeZone(m_zone).time(), QStringLiteral("HH:mm"))
        : QString();
    m_label->setText(tr("%1 saved a newer version at %2. What you typed stays here; saving "
                        "merges it with theirs.")
                         .arg(m_who, time));
    m_merge->setText(tr("Save and merge now"));
}

void SavedElsewhereBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace Byline
