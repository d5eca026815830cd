#pragma once

#include "core/Error.h"
#include "core/domain/Article.h"
#include "core/domain/Locale.h"
#include "core/domain/Section.h"
#include "core/domain/User.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

namespace Byline {
namespace Storage {
class Database;
}

// The head of the article editor: the language being edited (the article's languages with the
// source marked, and "Add translation" for the newsroom's other languages), the section, the
// authors, the assigned editor, the slug of the language, who translates it (a translation
// only), and the workflow state (read only:
// it changes through the workflow actions). It shows; the editor decides what a choice does.
class ArticleDetails : public QWidget
{
    Q_OBJECT
public:
    explicit ArticleDetails(QWidget *parent = nullptr);

    void setChoices(const QList<Locale> &locales, const QList<Section> &sections,
                    const QList<User> &users);
    // The newsroom's locales, sections and users from the store.
    [[nodiscard]] Result<> loadChoices(Storage::Database &db);
    void display(const Article &article, const QString &locale);
    // What may be changed: the section; the authors and editor; the language's text (slug).
    // `why` explains a refusal in the tooltips.
    void setEditable(bool details, bool people, bool text, const QString &whyNotDetails,
                     const QString &whyNotPeople, const QString &whyNotText);

    [[nodiscard]] QString localeLabel(const QString &code) const; // "AM", or the code
    [[nodiscard]] QString displayName(const QString &user) const;

    [[nodiscard]] QComboBox *localeBox() const { return m_locale; }
    [[nodiscard]] QComboBox *sectionBox() const { return m_section; }
    [[nodiscard]] QToolButton *authorsButton() const { return m_authors; }
    [[nodiscard]] QComboBox *editorBox() const { return m_editor; }
    // Who translates the language shown (hidden for the source language).
    [[nodiscard]] QComboBox *translatorBox() const { return m_translator; }
    [[nodiscard]] QLineEdit *slugEdit() const { return m_slug; }
    [[nodiscard]] QLabel *stateLabel() const { return m_state; }
    [[nodiscard]] QMenu *authorsMenu() const { return m_authorsMenu; }

Q_SIGNALS:
    void localeChosen(const QString &code);
    void translationRequested(const QString &code);
    void sectionChosen(const QString &uid);
    void authorsChosen(const QStringList &names);
    void editorChosen(const QString &name);
    void translatorChosen(const QString &locale, const QString &name);
    void slugEdited(const QString &slug);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillLocales();
    void fillSections();
    void fillPeople();
    void fillAuthorsMenu();
    void localeActivated(int index);
    void toggleAuthor(const QString &name, bool on);

    QList<Locale> m_locales;
    QList<Section> m_sections;
    QList<User> m_users;
    Article m_article;
    QString m_current;
    QLabel *m_localeLabel = nullptr;
    QComboBox *m_locale = nullptr;
    QLabel *m_sectionLabel = nullptr;
    QComboBox *m_section = nullptr;
    QLabel *m_editorLabel = nullptr;
    QComboBox *m_editor = nullptr;
    QLabel *m_translatorLabel = nullptr;
    QComboBox *m_translator = nullptr;
    QLabel *m_slugLabel = nullptr;
    QLineEdit *m_slug = nullptr;
    QLabel *m_authorsLabel = nullptr;
    QToolButton *m_authors = nullptr;
    QMenu *m_authorsMenu = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_state = nullptr;
};

} // namespace Byline
