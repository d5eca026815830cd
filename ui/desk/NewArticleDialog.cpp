#include "ui/desk/NewArticleDialog.h"

#include "core/storage/LocaleRepository.h"
#include "core/storage/SectionRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Byline {

NewArticleDialog::NewArticleDialog(Storage::Database &db, const QString &uiLanguage,
                                   QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New article"));
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("The headline, as readers will see it"));
    m_title->setAccessibleName(tr("Headline"));
    m_title->setMinimumWidth(m_title->fontMetrics().averageCharWidth() * 60);
    m_locale = new QComboBox(this);
    m_locale->setAccessibleName(tr("Written in"));
    m_section = new QComboBox(this);
    m_section->setAccessibleName(tr("Section"));

    if (auto locales = Storage::LocaleRepository(db).all()) {
        for (const Locale &l : *locales)
            m_locale->addItem(tr("%1 (%2)").arg(l.name, l.label), l.code);
    }
    const int ui = m_locale->findData(uiLanguage);
    m_locale->setCurrentIndex(ui >= 0 ? ui : 0);
    if (auto sections = Storage::SectionRepository(db).all()) {
        for (const Section &s : *sections) {
            QString name = s.texts.value(uiLanguage).name;
            if (name.isEmpty())
                name = s.texts.isEmpty() ? s.slug : s.texts.first().name;
            m_section->addItem(name, s.uid);
        }
    }

    auto *hint = new QLabel(
        tr("You will be its author. The lead, the text and the expert quotes are written in "
           "the editor that opens next; translators add the other languages later."),
        this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Headline:"), m_title);
    form->addRow(tr("&Written in:"), m_locale);
    form->addRow(tr("&Section:"), m_section);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start writing"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &NewArticleDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);
    updateOk();
}

NewArticleDialog::Choice NewArticleDialog::choice() const
{
    return {m_title->text().simplified(), m_locale->currentData().toString(),
            m_section->currentData().toString()};
}

void NewArticleDialog::setChoice(const Choice &choice)
{
    if (!choice.title.isEmpty())
        m_title->setText(choice.title);
    if (const int locale = m_locale->findData(choice.sourceLocale); locale >= 0)
        m_locale->setCurrentIndex(locale);
    if (const int section = m_section->findData(choice.sectionUid); section >= 0)
        m_section->setCurrentIndex(section);
}

void NewArticleDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_title->text().trimmed().isEmpty() && m_section->count() > 0);
}

} // namespace Byline
