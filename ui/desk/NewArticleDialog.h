#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Byline {
namespace Storage {
class Database;
}

// Article > New article: the headline, the language it is written in and its section. The
// rest (authors, lead, text) is written in the editor that opens next.
class NewArticleDialog : public QDialog
{
    Q_OBJECT
public:
    struct Choice
    {
        QString title;
        QString sourceLocale;
        QString sectionUid;
    };

    // `uiLanguage` names sections in the interface language when the newsroom has it.
    NewArticleDialog(Storage::Database &db, const QString &uiLanguage, QWidget *parent = nullptr);

    [[nodiscard]] Choice choice() const;
    // Fills the dialog (what was typed before); empty parts keep the defaults.
    void setChoice(const Choice &choice);
    [[nodiscard]] QLineEdit *titleEdit() const { return m_title; }

private:
    void updateOk();

    QLineEdit *m_title = nullptr;
    QComboBox *m_locale = nullptr;
    QComboBox *m_section = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Byline
