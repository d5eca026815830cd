#pragma once

#include "core/domain/Article.h"
#include "core/domain/User.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace Byline {
namespace Storage {
class Database;
}

// The selected article's history: every revision (who, when, what kind), what changed in the
// chosen one word by word (against the revision before it), its page in the preview, and
// restoring it as a new revision (nothing newer is lost). Also the transitions and comments.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(Storage::Database &db, QWidget *parent = nullptr);

    void setArticle(const QString &uid);
    void setUser(const std::optional<User> &user);
    [[nodiscard]] QListWidget *revisionList() const { return m_list; }
    [[nodiscard]] QTextBrowser *changes() const { return m_changes; }
    [[nodiscard]] QPushButton *restoreButton() const { return m_restore; }
    [[nodiscard]] QPushButton *previewButton() const { return m_preview; }

    // Asks before restoring (a seam for tests): true to go on.
    std::function<bool(int number)> confirmRestore;

Q_SIGNALS:
    void previewRequested(const Byline::Article &asOfRevision);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void showChanges();
    void restore();
    void retranslate();
    [[nodiscard]] const Revision *selected() const;

    Storage::Database &m_db;
    std::optional<Article> m_article;
    std::optional<User> m_user;
    QLabel *m_title = nullptr;
    QListWidget *m_list = nullptr;
    QTextBrowser *m_changes = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace Byline
