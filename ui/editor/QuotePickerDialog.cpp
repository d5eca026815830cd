#include "ui/editor/QuotePickerDialog.h"

#include "core/storage/SearchText.h"
#include "ui/document/QuoteCatalog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace Byline {
namespace {

enum Roles { UidRole = Qt::UserRole + 1 };

// Everything an expert can be found by: every spelling, role and country, and their words.
QString haystack(const QuoteCatalog &catalog, const Expert &expert)
{
    QStringList parts;
    for (const ExpertName &n : expert.names)
        parts << n.name << n.role << n.country;
    for (const Quote *q : catalog.quotesBy(expert.uid))
        parts << q->texts.values();
    return parts.join(QLatin1Char('\n'));
}

} // namespace

QuotePickerDialog::QuotePickerDialog(const QuoteCatalog &catalog, const QString &locale,
                                     QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_locale(locale)
{
    setWindowTitle(tr("Insert an expert quote"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Name in any spelling, role, country or words"));
    m_search->setAccessibleName(tr("Search experts"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);
    m_experts = new QListWidget(this);
    m_experts->setAccessibleName(tr("Experts"));
    m_experts->setWordWrap(true);
    m_experts->setSpacing(2);
    m_quotes = new QListWidget(this);
    m_quotes->setAccessibleName(tr("Quotes of the expert"));
    m_quotes->setWordWrap(true);
    m_quotes->setSpacing(3);
    m_found = new QLabel(this);
    auto *expertsLabel = new QLabel(tr("E&xperts"), this);
    expertsLabel->setBuddy(m_experts);
    auto *quotesLabel = new QLabel(tr("&Quotes (in %1)").arg(locale.toUpper()), this);
    quotesLabel->setBuddy(m_quotes);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Insert"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto *grid = new QGridLayout(this);
    grid->addWidget(searchLabel, 0, 0);
    grid->addWidget(m_search, 0, 1, 1, 2);
    grid->addWidget(expertsLabel, 1, 1);
    grid->addWidget(quotesLabel, 1, 2);
    grid->addWidget(m_experts, 2, 1);
    grid->addWidget(m_quotes, 2, 2);
    grid->addWidget(m_found, 3, 1);
    grid->addWidget(m_buttons, 3, 2);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 3);
    grid->setRowStretch(2, 1);

    connect(m_search, &QLineEdit::textChanged, this, &QuotePickerDialog::filter);
    connect(m_experts, &QListWidget::currentRowChanged, this, &QuotePickerDialog::showQuotes);
    connect(m_quotes, &QListWidget::currentRowChanged, this,
            [this](int row) { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });
    connect(m_quotes, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    filter();
    resize(860, 480);
}

void QuotePickerDialog::setSearch(const QString &text)
{
    m_search->setText(text);
}

QString QuotePickerDialog::selectedQuote() const
{
    const QListWidgetItem *item = m_quotes->currentItem();
    return item ? item->data(UidRole).toString() : QString();
}

void QuotePickerDialog::filter()
{
    const QList<SearchText::Term> terms = SearchText::parse(m_search->text(), true);
    const QString previous
        = m_experts->currentItem() ? m_experts->currentItem()->data(UidRole).toString() : QString();
    m_experts->clear();
    // By name as spelled in the language being edited.
    QList<const Expert *> experts;
    for (const Expert &e : m_catalog.experts())
        experts.append(&e);
    std::sort(experts.begin(), experts.end(), [this](const Expert *a, const Expert *b) {
        return QString::localeAwareCompare(m_catalog.name(a->uid, m_locale).name,
                                           m_catalog.name(b->uid, m_locale).name)
            < 0;
    });
    for (const Expert *expert : std::as_const(experts)) {
        const Expert &e = *expert;
        const QString text = haystack(m_catalog, e);
        const bool all = std::all_of(terms.cbegin(), terms.cend(), [&](const SearchText::Term &t) {
            return SearchText::matches(text, {t});
        });
        if (!all)
            continue;
        const ExpertName n = m_catalog.name(e.uid, m_locale);
        QStringList others;
        for (const ExpertName &spelling : e.names) {
            if (spelling.name != n.name && !others.contains(spelling.name))
                others.append(spelling.name);
        }
        const int count = int(m_catalog.quotesBy(e.uid).size());
        QStringList about;
        for (const QString &part : {n.role, n.country}) {
            if (!part.trimmed().isEmpty())
                about.append(part.trimmed());
        }
        QString label = tr("%1 \u00b7 quotes: %2").arg(n.name, QString::number(count));
        if (!about.isEmpty())
            label += QLatin1Char('\n') + about.join(QStringLiteral(", "));
        auto *item = new QListWidgetItem(label, m_experts);
        item->setData(UidRole, e.uid);
        QStringList tip {m_catalog.attribution(e.uid, m_locale)};
        if (!others.isEmpty())
            tip.append(tr("Also spelled: %1").arg(others.join(QStringLiteral(", "))));
        item->setToolTip(tip.join(QLatin1Char('\n')));
        if (e.uid == previous)
            m_experts->setCurrentItem(item);
    }
    if (!m_experts->currentItem() && m_experts->count() > 0)
        m_experts->setCurrentRow(0);
    m_found->setText(tr("Experts found: %1").arg(m_experts->count()));
    showQuotes();
}

void QuotePickerDialog::showQuotes()
{
    m_quotes->clear();
    const QListWidgetItem *expert = m_experts->currentItem();
    if (!expert)
        return;
    for (const Quote *q : m_catalog.quotesBy(expert->data(UidRole).toString())) {
        QString elsewhere;
        QString text
            = QStringLiteral("\u00ab%1\u00bb").arg(m_catalog.words(*q, m_locale, &elsewhere));
        if (!elsewhere.isEmpty())
            text += QLatin1Char('\n') + tr("(not translated yet; as said, in %1)").arg(elsewhere);
        auto *item = new QListWidgetItem(text, m_quotes);
        item->setData(UidRole, q->uid);
        item->setToolTip(q->contexts.value(m_locale, q->contexts.value(q->spokenLocale)));
    }
    if (m_quotes->count() == 1)
        m_quotes->setCurrentRow(0);
}

std::optional<QString> QuotePickerDialog::pick(const QuoteCatalog &catalog, const QString &locale,
                                               QWidget *parent)
{
    QuotePickerDialog dialog(catalog, locale, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedQuote().isEmpty())
        return std::nullopt;
    return dialog.selectedQuote();
}

} // namespace Byline
