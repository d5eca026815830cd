#pragma once

#include "core/domain/User.h"
#include "core/storage/CommentRepository.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QCompleter;
class QStandardItemModel;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Byline {
namespace Storage {
class Database;
}

// The selected article's editorial comments: who wrote each, when (in the newsroom's time
// zone) and on which locale; open ones first, resolved ones greyed and shown only on request;
// the comment an editor sent the article back with is marked. Anyone chosen in "You are" adds a
// comment on the whole article or on one locale (Ctrl+Enter sends) and resolves one. Typing "@"
// offers the newsroom's people: a comment that names someone (@login) lands in their inbox.
class CommentsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CommentsPanel(Storage::Database &db, QWidget *parent = nullptr);

    void setArticle(const QString &uid);
    void setUser(const std::optional<User> &user);

    [[nodiscard]] QListWidget *list() const { return m_list; }
    [[nodiscard]] QPlainTextEdit *editor() const { return m_text; }
    [[nodiscard]] QComboBox *localeChoice() const { return m_locale; }
    [[nodiscard]] QPushButton *addButton() const { return m_add; }
    [[nodiscard]] QPushButton *resolveButton() const { return m_resolve; }
    [[nodiscard]] QCheckBox *showResolvedBox() const { return m_showResolved; }
    // The people offered after "@" (their logins in LoginRole).
    [[nodiscard]] QCompleter *mentionCompleter() const { return m_mentions; }
    static constexpr int LoginRole = Qt::UserRole + 3;

    // The comment number an item of list() stands for.
    static constexpr int NumberRole = Qt::UserRole + 1;

    void addComment();
    void resolveSelected();
    // Selects comment `number` of the article shown (showing the resolved ones if it is one
    // of them) and scrolls to it. False when there is no such comment.
    bool showComment(int number);

Q_SIGNALS:
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void fillList();
    void updateButtons();
    void retranslate();
    // "@" and the start of a login before the cursor: the people whose login starts so.
    void offerMentions();
    void insertMention(const QModelIndex &index);

    Storage::Database &m_db;
    QString m_uid;
    QString m_headline;
    QStringList m_locales; // the article's, in store order
    QList<Storage::CommentRepository::Entry> m_comments;
    QHash<QString, QString> m_drafts; // unsent text per article
    QHash<QString, QString> m_displayNames; // user name -> display name
    QHash<QString, QString> m_localeLabels; // code -> "RU", "EN", "AM"
    std::optional<User> m_user;
    QLabel *m_title = nullptr;
    QCheckBox *m_showResolved = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_onLabel = nullptr;
    QComboBox *m_locale = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_resolve = nullptr;
    QStandardItemModel *m_people = nullptr;
    QCompleter *m_mentions = nullptr;
};

} // namespace Byline
