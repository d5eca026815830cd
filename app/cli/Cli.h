#pragma once

#include "core/Error.h"
#include "core/domain/Article.h"
#include "core/domain/User.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <QTimeZone>

#include <memory>

namespace Byline::Storage {
class Database;
}

namespace Byline::Cli {

// Exit codes of byline-cli (README.md, "byline-cli").
enum ExitCode {
    Done = 0,
    Usage = 2,
    NotPermitted = 3,
    NotFound = 4,
    Conflict = 5,
    InvalidInput = 6,
    StorageFailure = 7,
};

[[nodiscard]] int exitCodeFor(ErrorCode code);

// byline-cli: parses the arguments, runs one command, prints, and returns the exit code.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Cli::Cli)
public:
    Cli(QTextStream &out, QTextStream &err);
    ~Cli();
    [[nodiscard]] int run(const QStringList &arguments);

private:
    struct Args;
    int usage(const QString &problem);
    int report(const Error &error);
    [[nodiscard]] Result<std::unique_ptr<Storage::Database>> openStore(bool create = false);
    // On a server, the person acting is the login (CliServer.cpp): --as is set to it, and
    // refused when it names someone else.
    [[nodiscard]] Result<> takeLoginIdentity(Storage::Database &db, Args &args);
    // A password from the terminal (not echoed) or one line of standard input.
    [[nodiscard]] Result<QString> readPassword(const QString &whose);
    int server(Args &args);
    int userPassword(Args &args); // users password NAME (CliServer.cpp)
    // `server setup --admin NAME`: the newsroom's first admin, or NAME when already its admin.
    [[nodiscard]] Result<User> firstAdmin(Storage::Database &db, const QString &name,
                                          const QString &displayName);

    int init(Args &args);
    int importFile(Args &args);
    int exportFile(Args &args);
    int list(Args &args);
    int show(Args &args);
    int users(Args &args);
    int userNames(Args &args); // users names NAME [--name LOCALE=NAME ...] (CliNewsroom.cpp)
    int audit(Args &args);
    int check(Args &args);
    int act(Args &args);
    int publishDue(Args &args);
    int comment(Args &args);
    int inbox(Args &args); // `inbox`, `inbox read ID|all` (CliWorkflow.cpp)
    int revisions(Args &args);
    int diff(Args &args);
    int restore(Args &args);
    int backup(Args &args);
    int copy(Args &args); // `copy --from DB --to DB` (CliCopy.cpp)
    int restoreBackup(Args &args); // `restore FILE`: one argument, a backup file
    int save(Args &args);
    int translations(Args &args);
    int segmentDone(Args &args);
    int experts(Args &args);
    int quotes(Args &args);
    int search(Args &args);
    // InvalidInput unless `code` is empty or one of the store's locales.
    [[nodiscard]] Result<> knownLocale(Storage::Database &db, const QString &code);
    int render(Args &args);
    int exportSite(Args &args);
    [[nodiscard]] Result<QTimeZone> newsroomZone(Storage::Database &db);
    // The article with its history, or ErrorCode::NotFound pointing at `list`.
    [[nodiscard]] static Result<Article> loadArticle(Storage::Database &db, const QString &uid);
    // The store, and the article `uid` in it (with its history): what most commands on one
    // article start with.
    struct OpenedArticle
    {
        std::unique_ptr<Storage::Database> db;
        Article article;
    };
    [[nodiscard]] Result<OpenedArticle> openArticle(const QString &uid);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_dbPath;
    Args *m_args = nullptr; // the command being run
};

} // namespace Byline::Cli
