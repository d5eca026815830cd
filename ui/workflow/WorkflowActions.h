#pragma once

#include "core/domain/ArticleSummary.h"
#include "core/domain/User.h"
#include "core/workflow/Action.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace Byline {
namespace Storage {
class Database;
}

// The workflow actions of the desk (submit, approve, schedule, ...) for the selected article:
// enabled only when the current user's role and the article's state allow them, with the
// reason in the tooltip otherwise. Runs them through the same core service as byline-cli.
class WorkflowActions : public QObject
{
    Q_OBJECT
public:
    WorkflowActions(Storage::Database &db, QWidget *dialogParent);

    [[nodiscard]] const QList<QAction *> &actions() const { return m_actions; }
    [[nodiscard]] QAction *action(Action action) const;

    void setUser(const std::optional<User> &user);
    void setArticle(const std::optional<ArticleSummary> &article);

    // Seams for the questions the actions ask (tests answer them without dialogs).
    // Return std::nullopt when the person cancels.
    std::function<std::optional<QString>(const QString &title, const QString &draft)> askComment;
    std::function<std::optional<QDateTime>(const QDateTime &suggested)> askTime;

    void retranslate();

Q_SIGNALS:
    // Before an action runs on the article (an open editor saves its text first).
    void aboutToAct(const QString &uid);
    void failed(const QString &message);

private:
    void trigger(Action action);
    void update();

    Storage::Database &m_db;
    QWidget *m_dialogParent;
    QList<QAction *> m_actions;
    std::optional<User> m_user;
    std::optional<ArticleSummary> m_article;
    QString m_unsentComment; // a send-back comment that could not be sent yet
};

} // namespace Byline
