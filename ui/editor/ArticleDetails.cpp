#include "ui/editor/ArticleDetails.h"

#include "core/models/ArticleListModel.h"
#include "core/storage/LocaleRepository.h"
#include "core/storage/SectionRepository.h"
#include "core/storage/UserRepository.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QToolButton>

namespace Byline {
namespace {

enum ItemRole { CodeRole = Qt::UserRole + 1, AddRole };

} // namespace

ArticleDetails::ArticleDetails(QWidget *parent)
    : QWidget(parent)
{
    m_localeLabel = new QLabel(this);
    m_locale = new QComboBox(this);
    m_locale->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sectionLabel = new QLabel(this);
    m_section = new QComboBox(this);
    m_editorLabel = new QLabel(this);
    m_editor = new QComboBox(this);
    m_translatorLabel = new QLabel(this);
    m_translator = new QComboBox(this);
    m_slugLabel = new QLabel(this);
    m_slug = new QLineEdit(this);
    m_slug->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[a-z0-9-]{0,200}")), m_slug));
    m_authorsLabel = new QLabel(this);
    m_authors = new QToolButton(this);
    m_authors->setPopupMode(QToolButton::InstantPopup);
    m_authors->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_authors->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_authorsMenu = new QMenu(m_authors);
    m_authors->setMenu(m_authorsMenu);
    connect(m_authorsMenu, &QMenu::aboutToShow, this, &ArticleDetails::fillAuthorsMenu);
    m_stateLabel = new QLabel(this);
    m_state = new QLabel(this);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_localeLabel->setBuddy(m_locale);
    m_sectionLabel->setBuddy(m_section);
    m_editorLabel->setBuddy(m_editor);
    m_translatorLabel->setBuddy(m_translator);
    m_slugLabel->setBuddy(m_slug);
    m_authorsLabel->setBuddy(m_authors);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    grid->addWidget(m_localeLabel, 0, 0);
    grid->addWidget(m_locale, 0, 1);
    grid->addWidget(m_sectionLabel, 0, 2);
    grid->addWidget(m_section, 0, 3);
    grid->addWidget(m_editorLabel, 0, 4);
    grid->addWidget(m_editor, 0, 5);
    grid->addWidget(m_slugLabel, 1, 0);
    grid->addWidget(m_slug, 1, 1);
    grid->addWidget(m_authorsLabel, 1, 2);
    grid->addWidget(m_authors, 1, 3);
    grid->addWidget(m_stateLabel, 1, 4);
    grid->addWidget(m_state, 1, 5);
    grid->addWidget(m_translatorLabel, 2, 0);
    grid->addWidget(m_translator, 2, 1);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 3);
    grid->setColumnStretch(5, 2);

    connect(m_locale, &QComboBox::activated, this, &ArticleDetails::localeActivated);
    connect(m_section, &QComboBox::activated, this,
            [this](int index) { Q_EMIT sectionChosen(m_section->itemData(index).toString()); });
    connect(m_editor, &QComboBox::activated, this,
            [this](int index) { Q_EMIT editorChosen(m_editor->itemData(index).toString()); });
    connect(m_translator, &QComboBox::activated, this, [this](int index) {
        Q_EMIT translatorChosen(m_current, m_translator->itemData(index).toString());
    });
    connect(m_slug, &QLineEdit::textEdited, this, &ArticleDetails::slugEdited);
    retranslate();
}

void ArticleDetails::setChoices(const QList<Locale> &locales, const QList<Section> &sections,
                                const QList<User> &users)
{
    m_locales = locales;
    m_sections = sections;
    m_users = users;
    retranslate();
}

Result<> ArticleDetails::loadChoices(Storage::Database &db)
{
    auto locales = Storage::LocaleRepository(db).all();
    auto sections = Storage::SectionRepository(db).all();
    auto users = Storage::UserRepository(db).all();
    setChoices(locales ? *locales : QList<Locale>(), sections ? *sections : QList<Section>(),
               users ? *users : QList<User>());
    for (const Error *e :
         {locales ? nullptr : &locales.error(), sections ? nullptr : &sections.error(),
          users ? nullptr : &users.error()}) {
        if (e)
            return std::unexpected(*e);
    }
    return {};
}

void ArticleDetails::display(const Article &article, const QString &locale)
{
    m_article = article;
    m_current = locale;
    fillLocales();
    fillSections();
    fillPeople();
    const Translation *t = article.translation(locale);
    if (m_slug->text() != (t ? t->slug : QString()))
        m_slug->setText(t ? t->slug : QString());
    QString state = ArticleListModel::stateLabel(article.state);
    if (t) {
        state += QStringLiteral(" \u00b7 ")
            + tr("%1: %2").arg(localeLabel(locale),
                               ArticleListModel::translationStateLabel(t->state).toLower());
    }
    m_state->setText(state);
}

void ArticleDetails::setEditable(bool details, bool people, bool text, const QString &whyNotDetails,
                                 const QString &whyNotPeople, const QString &whyNotText)
{
    m_section->setEnabled(details);
    m_section->setToolTip(details ? tr("The section the article appears in") : whyNotDetails);
    m_authors->setEnabled(people);
    m_authors->setToolTip(people ? tr("Who wrote it, in byline order") : whyNotPeople);
    m_editor->setEnabled(people);
    m_editor->setToolTip(people ? tr("The editor who reviews it") : whyNotPeople);
    m_translator->setEnabled(people);
    m_translator->setToolTip(people ? tr("Who translates this language; they are told in their "
                                         "inbox")
                                    : whyNotPeople);
    m_slug->setReadOnly(!text);
    m_slug->setToolTip(text ? tr("The last part of the page's address in this language: "
                                 "lower-case Latin letters, digits and -")
                            : whyNotText);
}

QString ArticleDetails::localeLabel(const QString &code) const
{
    for (const Locale &l : m_locales) {
        if (l.code == code)
            return l.label;
    }
    return code;
}

QString ArticleDetails::displayName(const QString &user) const
{
    for (const User &u : m_users) {
        if (u.name == user)
            return u.displayName.isEmpty() ? u.name : u.displayName;
    }
    return user;
}

void ArticleDetails::fillLocales()
{
    const QSignalBlocker block(m_locale);
    m_locale->clear();
    QList<Locale> known = m_locales;
    for (const Translation &t : m_article.translations) {
        const bool listed = std::any_of(known.cbegin(), known.cend(),
                                        [&](const Locale &l) { return l.code == t.locale; });
        if (!listed)
            known.append({t.locale, t.locale, t.locale, int(known.size()) + 1});
    }
    for (const Locale &l : std::as_const(known)) {
        if (!m_article.translation(l.code))
            continue;
        QString text = tr("%1 \u00b7 %2").arg(l.label, l.name);
        if (l.code == m_article.sourceLocale)
            text = tr("%1 (source)").arg(text);
        m_locale->addItem(text);
        m_locale->setItemData(m_locale->count() - 1, l.code, CodeRole);
        m_locale->setItemData(m_locale->count() - 1, false, AddRole);
        if (l.code == m_current)
            m_locale->setCurrentIndex(m_locale->count() - 1);
    }
    bool separated = false;
    for (const Locale &l : std::as_const(known)) {
        if (m_article.translation(l.code))
            continue;
        if (!separated) {
            m_locale->insertSeparator(m_locale->count());
            separated = true;
        }
        m_locale->addItem(tr("Add translation: %1 \u00b7 %2\u2026").arg(l.label, l.name));
        m_locale->setItemData(m_locale->count() - 1, l.code, CodeRole);
        m_locale->setItemData(m_locale->count() - 1, true, AddRole);
    }
}

void ArticleDetails::localeActivated(int index)
{
    const QString code = m_locale->itemData(index, CodeRole).toString();
    const bool add = m_locale->itemData(index, AddRole).toBool();
    if (add) {
        // Show the language being edited until the translation exists.
        fillLocales();
        Q_EMIT translationRequested(code);
    } else if (!code.isEmpty() && code != m_current) {
        Q_EMIT localeChosen(code);
    }
}

void ArticleDetails::fillSections()
{
    const QSignalBlocker block(m_section);
    m_section->clear();
    // Section names in the interface's language when the newsroom has it, else English.
    const QString ui = QLocale().name().section(QLatin1Char('_'), 0, 0);
    bool found = false;
    for (const Section &s : std::as_const(m_sections)) {
        QString name = s.texts.value(ui).name;
        if (name.isEmpty())
            name = s.texts.value(QStringLiteral("en")).name;
        m_section->addItem(name.isEmpty() ? s.slug : name, s.uid);
        found = found || s.uid == m_article.sectionUid;
    }
    if (!found && !m_article.sectionUid.isEmpty())
        m_section->addItem(m_article.sectionUid, m_article.sectionUid);
    m_section->setCurrentIndex(m_section->findData(m_article.sectionUid));
}

void ArticleDetails::fillPeople()
{
    QStringList names;
    for (const QString &a : std::as_const(m_article.authors))
        names.append(displayName(a));
    m_authors->setText(names.isEmpty() ? tr("(nobody)") : names.join(QStringLiteral(", ")));

    const QSignalBlocker block(m_editor);
    m_editor->clear();
    m_editor->addItem(tr("(none)"), QString());
    for (const User &u : std::as_const(m_users)) {
        if ((u.role == Role::Editor && u.active) || u.name == m_article.editor)
            m_editor->addItem(displayName(u.name), u.name);
    }
    m_editor->setCurrentIndex(std::max(0, m_editor->findData(m_article.editor)));

    // A translation's translator: the newsroom's translators into it, and whoever it has.
    const Translation *t = m_article.translation(m_current);
    const bool translation = t && m_current != m_article.sourceLocale;
    m_translatorLabel->setVisible(translation);
    m_translator->setVisible(translation);
    const QSignalBlocker blockTranslator(m_translator);
    m_translator->clear();
    if (!translation)
        return;
    m_translator->addItem(tr("(none)"), QString());
    for (const User &u : std::as_const(m_users)) {
        const bool translates
            = u.active && u.role == Role::Translator && u.locales.contains(m_current);
        if (translates || u.name == t->translator)
            m_translator->addItem(displayName(u.name), u.name);
    }
    m_translator->setCurrentIndex(std::max(0, m_translator->findData(t->translator)));
}

void ArticleDetails::fillAuthorsMenu()
{
    // Filled as it opens: a choice changes the article, which fills the details again.
    m_authorsMenu->clear();
    for (const User &u : std::as_const(m_users)) {
        const bool author = m_article.authors.contains(u.name);
        const bool writes = u.active && (u.role == Role::Journalist || u.role == Role::Editor);
        if (!author && !writes)
            continue;
        QAction *a = m_authorsMenu->addAction(displayName(u.name));
        a->setCheckable(true);
        a->setChecked(author);
        // An article always has an author.
        a->setEnabled(!(author && m_article.authors.size() == 1));
        connect(a, &QAction::toggled, this,
                [this, name = u.name](bool on) { toggleAuthor(name, on); });
    }
}

void ArticleDetails::toggleAuthor(const QString &name, bool on)
{
    QStringList authors = m_article.authors;
    if (on && !authors.contains(name))
        authors.append(name);
    else if (!on)
        authors.removeAll(name);
    if (!authors.isEmpty())
        Q_EMIT authorsChosen(authors);
}

void ArticleDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ArticleDetails::retranslate()
{
    m_localeLabel->setText(tr("&Language:"));
    m_sectionLabel->setText(tr("Se&ction:"));
    m_editorLabel->setText(tr("&Editor:"));
    m_translatorLabel->setText(tr("&Translator:"));
    m_slugLabel->setText(tr("Slu&g:"));
    m_authorsLabel->setText(tr("A&uthors:"));
    m_stateLabel->setText(tr("State:"));
    m_locale->setAccessibleName(tr("Language of the text"));
    m_locale->setToolTip(tr("The language you are editing; add a translation from here"));
    m_section->setAccessibleName(tr("Section"));
    m_editor->setAccessibleName(tr("Editor"));
    m_translator->setAccessibleName(tr("Translator"));
    m_slug->setAccessibleName(tr("Slug"));
    m_slug->setPlaceholderText(tr("page-address"));
    m_authors->setAccessibleName(tr("Authors"));
    m_state->setAccessibleName(tr("Workflow state"));
    if (!m_article.uid.isEmpty())
        display(m_article, m_current);
}

} // namespace Byline
