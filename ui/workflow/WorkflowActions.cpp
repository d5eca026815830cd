#include "ui/workflow/WorkflowActions.h"

#include "core/Clock.h"
#include "core/models/ArticleListModel.h"
#include "core/storage/Database.h"
#include "core/workflow/Permissions.h"
#include "core/workflow/StateMachine.h"
#include "core/workflow/WorkflowService.h"
#include "ui/language/Labels.h"
#include "ui/workflow/ScheduleDialog.h"

#include <QAction>
#include <QInputDialog>

namespace Byline {
namespace {

QString label(Action action)
{
    switch (action) {
    case Action::Submit:
        return WorkflowActions::tr("&Submit for review");
    case Action::Approve:
        return WorkflowActions::tr("&Approve");
    case Action::RequestChanges:
        return WorkflowActions::tr("Send &back…");
    case Action::Schedule:
        return WorkflowActions::tr("Sc&hedule…");
    case Action::Unschedule:
        return WorkflowActions::tr("&Unschedule");
    case Action::Publish:
        return WorkflowActions::tr("&Publish now");
    case Action::Unpublish:
        return WorkflowActions::tr("Unpub&lish");
    case Action::Spike:
        return WorkflowActions::tr("Spi&ke");
    case Action::Restore:
        return WorkflowActions::tr("&Restore from spike");
    }
    return {};
}

QKeySequence shortcut(Action action)
{
    switch (action) {
    case Action::Submit:
        return QKeySequence(QStringLiteral("Ctrl+Shift+S"));
    case Action::Approve:
        return QKeySequence(QStringLiteral("Ctrl+Shift+A"));
    case Action::Publish:
        return QKeySequence(QStringLiteral("Ctrl+Shift+P"));
    default:
        return {};
    }
}

} // namespace

WorkflowActions::WorkflowActions(Storage::Database &db, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_db(db)
    , m_dialogParent(dialogParent)
{
    for (Action a : allActions()) {
        auto *qaction = new QAction(this);
        qaction->setData(int(a));
        qaction->setShortcut(shortcut(a));
        connect(qaction, &QAction::triggered, this, [this, a] { trigger(a); });
        m_actions.append(qaction);
    }
    askComment = [this](const QString &title, const QString &draft) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(
            m_dialogParent, title, tr("What should change? The author sees this comment."), draft,
            &ok);
        if (!ok)
            return std::nullopt;
        return text;
    };
    askTime = [this](const QDateTime &suggested) -> std::optional<QDateTime> {
        auto at = ScheduleDialog::ask(m_db, suggested, m_dialogParent);
        if (!at) {
            Q_EMIT failed(at.error().message);
            return std::nullopt;
        }
        return *at;
    };
    retranslate();
}

QAction *WorkflowActions::action(Action action) const
{
    for (QAction *a : m_actions) {
        if (a->data().toInt() == int(action))
            return a;
    }
    return nullptr;
}

void WorkflowActions::setUser(const std::optional<User> &user)
{
    m_user = user;
    update();
}

void WorkflowActions::setArticle(const std::optional<ArticleSummary> &article)
{
    m_article = article;
    update();
}

void WorkflowActions::retranslate()
{
    for (QAction *a : m_actions)
        a->setText(label(Action(a->data().toInt())));
    update();
}

void WorkflowActions::update()
{
    for (QAction *qaction : std::as_const(m_actions)) {
        const Action a = Action(qaction->data().toInt());
        QString why;
        if (!m_article) {
            why = tr("Select an article first.");
        } else if (!m_user) {
            why = tr("Choose who you are first.");
        } else {
            Article article;
            article.authors = m_article->authors;
            article.sourceLocale = m_article->sourceLocale;
            article.state = m_article->state;
            if (!Permissions::mayAct(*m_user, a, article))
                why = tr("Your role (%1) cannot do this.").arg(Labels::role(m_user->role));
            else if (!StateMachine::target(m_article->state, a))
                why = tr("Not possible in the article's current state: %1.")
                          .arg(ArticleListModel::stateLabel(m_article->state));
        }
        qaction->setEnabled(why.isEmpty());
        qaction->setToolTip(why.isEmpty() ? label(a).remove(QLatin1Char('&')) : why);
    }
}

void WorkflowActions::trigger(Action action)
{
    if (!m_article || !m_user)
        return;
    const QString uid = m_article->uid; // a copy: an editor saving first reloads the list
    Q_EMIT aboutToAct(uid);
    if (!m_article || !m_user || m_article->uid != uid)
        return;
    WorkflowService::Request request;
    request.uid = m_article->uid;
    request.action = action;
    request.user = m_user->name;
    if (action == Action::RequestChanges) {
        // A comment that could not be sent comes back in the dialog the next time.
        const auto comment = askComment(tr("Send back to the author"), m_unsentComment);
        if (!comment)
            return;
        if (comment->trimmed().isEmpty()) {
            Q_EMIT failed(tr("Sending back needs a comment saying what to change. Nothing was "
                             "changed."));
            return;
        }
        request.comment = *comment;
        m_unsentComment = *comment;
    }
    if (action == Action::Schedule) {
        const QDateTime suggested = m_article->scheduledAt.value_or(Clock::now().addSecs(3600));
        const auto at = askTime(suggested);
        if (!at)
            return;
        request.at = *at;
    }
    auto outcome = WorkflowService(m_db).act(request);
    if (!outcome) {
        Q_EMIT failed(action == Action::RequestChanges
                          ? tr("%1\nYour comment was kept: send back again to find it in the "
                               "dialog.")
                                .arg(outcome.error().message)
                          : outcome.error().message);
        return;
    }
    if (action == Action::RequestChanges)
        m_unsentComment.clear();
    // The list, the tabs and the panels follow the change hub.
}

} // namespace Byline
