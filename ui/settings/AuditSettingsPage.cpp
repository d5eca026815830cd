#include "ui/settings/AuditSettingsPage.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Byline {
namespace {

QString actionLabel(const QString &action)
{
    if (action == QLatin1String("import"))
        return AuditSettingsPage::tr("Import");
    if (action == QLatin1String("user-added"))
        return AuditSettingsPage::tr("Person added");
    if (action == QLatin1String("user-changed"))
        return AuditSettingsPage::tr("Person changed");
    if (action == QLatin1String("user-password"))
        return AuditSettingsPage::tr("Password set");
    if (action == QLatin1String("setting"))
        return AuditSettingsPage::tr("Setting");
    if (action == QLatin1String("site-string"))
        return AuditSettingsPage::tr("Site text");
    if (action == QLatin1String("section"))
        return AuditSettingsPage::tr("Section");
    if (action == QLatin1String("locale"))
        return AuditSettingsPage::tr("Language");
    return action; // written by a newer Byline: its own name
}

} // namespace

AuditSettingsPage::AuditSettingsPage(QWidget *parent)
    : SettingsPage(parent)
{
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_events = new QTreeWidget(this);
    m_events->setObjectName(QStringLiteral("auditTrail"));
    m_events->setColumnCount(5);
    m_events->setRootIsDecorated(false);
    m_events->setUniformRowHeights(true);
    m_events->setAlternatingRowColors(true);
    m_events->setWordWrap(false);
    m_events->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_events, 1);
    retranslate();
}

QString AuditSettingsPage::title() const
{
    return tr("Audit trail");
}

void AuditSettingsPage::load(const Data &data)
{
    m_data = data.audit;
    fill();
}

void AuditSettingsPage::fill()
{
    m_events->clear();
    QList<QTreeWidgetItem *> items;
    for (const NewsroomEvent &e : std::as_const(m_data)) {
        auto *item = new QTreeWidgetItem;
        item->setText(0, QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, e.user.isEmpty() ? tr("(set-up)") : e.user);
        item->setText(2, actionLabel(e.action));
        item->setText(3, e.subject);
        item->setText(4, e.detail);
        item->setToolTip(4, e.detail);
        items.append(item);
    }
    m_events->addTopLevelItems(items);
    for (int column = 0; column < 4; ++column)
        m_events->resizeColumnToContents(column);
}

void AuditSettingsPage::retranslate()
{
    m_hint->setText(tr("Who imported files and changed the newsroom's people and settings, newest "
                       "first. Nobody can change this record; \"byline-cli audit\" prints it "
                       "too. Workflow steps are in each article's History."));
    m_events->setHeaderLabels({tr("When"), tr("Who"), tr("Change"), tr("What"), tr("Details")});
    m_events->setAccessibleName(tr("Audit trail"));
    fill();
}

} // namespace Byline
