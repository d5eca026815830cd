#pragma once

#include "core/domain/Article.h"
#include "core/domain/User.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTextBrowser;
class QToolButton;
class QTreeWidget;

namespace Byline {
namespace Storage {
class Database;
}

// Where the translations of the selected article stand: per locale done / stale / missing,
// each segment that needs work, the old and new source of a stale one with the words that
// changed, and quality warnings. A translator (or editor) can confirm a stale segment whose
// translation still holds, or open a language segment by segment ("Translate…").
class TranslationStatusPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TranslationStatusPanel(Storage::Database &db, QWidget *parent = nullptr);

    void setArticle(const QString &uid);
    void setUser(const std::optional<User> &user);
    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }
    [[nodiscard]] QPushButton *confirmButton() const { return m_confirm; }
    // The "Translate…" button of a language (null for the source language).
    [[nodiscard]] QToolButton *translateButton(const QString &locale) const;
    // The language chosen in the tree (a language row or one of its segments), if any.
    [[nodiscard]] QString currentLocale() const;

Q_SIGNALS:
    // Open the translation view of the article for `locale`.
    void translateRequested(const QString &uid, const QString &locale);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void showDetail();
    void confirm();
    void retranslate();

    Storage::Database &m_db;
    std::optional<Article> m_article;
    std::optional<User> m_user;
    QLabel *m_title = nullptr;
    QTreeWidget *m_tree = nullptr;
    QTextBrowser *m_detail = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace Byline
