#include "ui/settings/SiteStringsSettingsPage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Byline {

SiteStringsSettingsPage::SiteStringsSettingsPage(QWidget *parent)
    : SettingsPage(parent)
{
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("siteStringsFilter"));
    m_filter->setClearButtonEnabled(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("siteStrings"));
    m_table->setWordWrap(false);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_shipped = new QLabel(this);
    m_shipped->setWordWrap(true);
    m_shipped->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_restore = new QPushButton(this);
    auto *below = new QHBoxLayout;
    below->addWidget(m_shipped, 1);
    below->addWidget(m_restore, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addLayout(below);

    connect(m_filter, &QLineEdit::textChanged, this, &SiteStringsSettingsPage::filter);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            &SiteStringsSettingsPage::showCurrent);
    connect(m_table, &QTableWidget::itemChanged, this, [this](const QTableWidgetItem *item) {
        mark(item->row(), item->column());
        showCurrent();
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        const int column = m_table->currentColumn();
        if (row >= 0 && column >= 0)
            m_table->item(row, column)->setText(shipped(row, column));
    });
    retranslate();
}

QString SiteStringsSettingsPage::title() const
{
    return tr("Site texts");
}

void SiteStringsSettingsPage::load(const Data &data)
{
    m_data = data;
    QStringList keys;
    for (const StringTable *table : {&data.shipped, &data.strings}) {
        for (const auto &texts : *table)
            keys += texts.keys();
    }
    keys.sort();
    keys.removeDuplicates();
    keys.removeAll(QStringLiteral("newsroom_name")); // on the Newsroom page
    m_keys = keys;
    const QSignalBlocker block(m_table);
    m_table->clear();
    m_table->setRowCount(int(keys.size()));
    m_table->setColumnCount(int(data.locales.size()));
    m_table->setVerticalHeaderLabels(keys);
    for (int column = 0; column < data.locales.size(); ++column) {
        const Locale &l = data.locales.at(column);
        m_table->setHorizontalHeaderItem(
            column, new QTableWidgetItem(QStringLiteral("%1 · %2").arg(l.label, l.name)));
        for (int row = 0; row < keys.size(); ++row) {
            const auto texts = data.strings.constFind(l.code);
            const bool has = texts != data.strings.cend() && texts->contains(keys.at(row));
            auto *item
                = new QTableWidgetItem(has ? texts->value(keys.at(row)) : shipped(row, column));
            m_table->setItem(row, column, item);
            mark(row, column);
        }
    }
    setEditable(m_editable);
    filter();
    showCurrent();
}

QString SiteStringsSettingsPage::stored(int row, int column) const
{
    const QString &locale = m_data.locales.at(column).code;
    const QString &key = m_keys.at(row);
    const auto texts = m_data.strings.constFind(locale);
    if (texts != m_data.strings.cend() && texts->contains(key))
        return texts->value(key);
    return shipped(row, column);
}

QString SiteStringsSettingsPage::shipped(int row, int column) const
{
    return m_data.shipped.value(m_data.locales.at(column).code).value(m_keys.at(row));
}

void SiteStringsSettingsPage::collect(SettingsService::Change &change) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < m_table->columnCount(); ++column) {
            const QString text = m_table->item(row, column)->text();
            if (text != stored(row, column))
                change.strings[m_data.locales.at(column).code].insert(m_keys.at(row), text);
        }
    }
}

void SiteStringsSettingsPage::setEditable(bool editable)
{
    m_editable = editable;
    m_table->setEditTriggers(editable ? QAbstractItemView::DoubleClicked
                                     | QAbstractItemView::EditKeyPressed
                                     | QAbstractItemView::AnyKeyPressed
                                      : QAbstractItemView::NoEditTriggers);
    m_restore->setEnabled(editable);
    showCurrent();
}

QWidget *SiteStringsSettingsPage::firstInvalid()
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < m_table->columnCount(); ++column) {
            if (!SettingsService::checkSiteString(m_data.locales.at(column).code, m_keys.at(row),
                                                  m_table->item(row, column)->text())) {
                m_filter->clear();
                m_table->setCurrentCell(row, column);
                return m_table;
            }
        }
    }
    return nullptr;
}

void SiteStringsSettingsPage::retranslate()
{
    m_hint->setText(tr("Every word of the site, in each language. Double-click a text to change "
                       "it. Texts in bold are the newsroom's own: they differ from what Byline "
                       "ships. The newsroom's name is on the Newsroom page."));
    m_filter->setPlaceholderText(tr("Filter by name or text…"));
    m_filter->setAccessibleName(tr("Filter the site texts"));
    m_table->setAccessibleName(tr("Site texts by language"));
    m_restore->setText(tr("&Restore the shipped text"));
    showCurrent();
}

// A changed text is in bold, with the shipped one in its tooltip.
void SiteStringsSettingsPage::mark(int row, int column)
{
    QTableWidgetItem *item = m_table->item(row, column);
    if (!item)
        return;
    const QString original = shipped(row, column);
    QFont font = item->font();
    font.setBold(item->text() != original);
    item->setFont(font);
    item->setToolTip(original.isEmpty() ? QString() : tr("Shipped: %1").arg(original));
}

void SiteStringsSettingsPage::showCurrent()
{
    const int row = m_table->currentRow();
    const int column = m_table->currentColumn();
    if (row < 0 || column < 0 || !m_table->item(row, column)) {
        m_shipped->setText(tr("Choose a text to see what Byline ships for it."));
        m_restore->setEnabled(false);
        return;
    }
    const QString original = shipped(row, column);
    const QString language = m_data.locales.at(column).name;
    m_shipped->setText(
        original.isEmpty()
            ? tr("Byline ships no %1 text for \"%2\".").arg(language, m_keys.at(row))
            : tr("Shipped %1 text for \"%2\": %3").arg(language, m_keys.at(row), original));
    m_restore->setEnabled(m_editable && m_table->item(row, column)->text() != original);
}

void SiteStringsSettingsPage::filter()
{
    const QString text = m_filter->text().trimmed();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool shown = text.isEmpty() || m_keys.at(row).contains(text, Qt::CaseInsensitive);
        for (int column = 0; !shown && column < m_table->columnCount(); ++column)
            shown = m_table->item(row, column)->text().contains(text, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !shown);
    }
}

int SiteStringsSettingsPage::rowOf(const QString &key) const
{
    return int(m_keys.indexOf(key));
}

int SiteStringsSettingsPage::columnOf(const QString &locale) const
{
    for (int column = 0; column < m_data.locales.size(); ++column) {
        if (m_data.locales.at(column).code == locale)
            return column;
    }
    return -1;
}

} // namespace Byline
