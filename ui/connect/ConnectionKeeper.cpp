#include "ui/connect/ConnectionKeeper.h"

#include "core/Clock.h"
#include "core/Log.h"
#include "core/changes/ChangeFeed.h"
#include "core/storage/Database.h"
#include "core/storage/ServerAddress.h"
#include "ui/desk/EditorTabs.h"
#include "ui/editor/ArticleEditor.h"
#include "ui/translation/TranslationView.h"

#include <QFutureWatcher>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStatusBar>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace Byline {
namespace {

// The parameters of a server connection, copied for another thread.
struct ServerLogin
{
    QString host;
    int port = -1;
    QString database;
    QString user;
    QString password;
    QString options;
};

// Opens and closes a throwaway connection with `login` on the calling thread: empty when the
// server took it, else the driver's words.
QString probe(const ServerLogin &login)
{
    const QString name
        = QStringLiteral("byline-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString problem;
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        conn.setHostName(login.host);
        conn.setPort(login.port);
        conn.setDatabaseName(login.database);
        conn.setUserName(login.user);
        conn.setPassword(login.password);
        conn.setConnectOptions(login.options);
        if (conn.open())
            conn.close();
        else
            problem = conn.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

} // namespace

ConnectionKeeper::ConnectionKeeper(Storage::Database &db, QStatusBar *status, EditorTabs *tabs,
                                   QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_status(status)
    , m_tabs(tabs)
{
    setObjectName(QStringLiteral("connectionKeeper"));
    m_ticker = new QTimer(this);
    m_ticker->setInterval(tickMs);
    connect(m_ticker, &QTimer::timeout, this, &ConnectionKeeper::tick);
    // Found in the middle of a statement: acted on from the event loop.
    m_db.setConnectionLostHandler([this] {
        QMetaObject::invokeMethod(this, &ConnectionKeeper::connectionLost, Qt::QueuedConnection);
    });
}

ConnectionKeeper::~ConnectionKeeper()
{
    m_db.setConnectionLostHandler({});
}

QString ConnectionKeeper::signedInText(const Storage::Database &db)
{
    auto address = Storage::ServerAddress::parse(db.path());
    QString host = address ? address->host : QString();
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')))
        host = QStringLiteral("localhost"); // the local socket
    return tr("Newsroom server %1/%2\u00a0— signed in as %3")
        .arg(host, address ? address->database : QString(), db.login());
}

int ConnectionKeeper::secondsLeft() const
{
    if (!m_lost || m_probing)
        return 0;
    return int(std::max<qint64>(0, Clock::now().secsTo(m_due)));
}

QString ConnectionKeeper::statusText() const
{
    if (!m_lost)
        return {};
    const int seconds = secondsLeft();
    if (seconds == 0)
        return tr("Lost the newsroom server; reconnecting now… your text is kept");
    return tr("Lost the newsroom server; reconnecting in %n s… your text is kept", nullptr,
              seconds);
}

void ConnectionKeeper::tryNow()
{
    if (!m_lost)
        return;
    m_due = Clock::now();
    tick();
}

void ConnectionKeeper::connectionLost()
{
    if (m_lost || !m_db.isConnectionLost())
        return;
    qCWarning(lcStorage) << "lost the connection to" << m_db.path();
    m_lost = true;
    m_backoff.reset();
    m_lastProblem.clear();
    waitForNextAttempt();
    m_ticker->start();
    Q_EMIT lost();
}

void ConnectionKeeper::waitForNextAttempt()
{
    m_due = Clock::now().addSecs(m_backoff.next());
    showStatus();
}

void ConnectionKeeper::showStatus()
{
    if (m_status)
        m_status->showMessage(statusText());
}

void ConnectionKeeper::tick()
{
    if (!m_lost || m_probing)
        return;
    if (Clock::now() < m_due) {
        showStatus();
        return;
    }
    m_probing = true;
    showStatus();
    const QSqlDatabase conn = m_db.connection();
    const ServerLogin login {conn.hostName(), conn.port(),     conn.databaseName(),
                             conn.userName(), conn.password(), conn.connectOptions()};
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        probed(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(probe, login));
}

void ConnectionKeeper::probed(const QString &problem)
{
    m_probing = false;
    if (!problem.isEmpty()) {
        m_lastProblem = problem;
        waitForNextAttempt();
        return;
    }
    // The server answers: this desk's own connection, made anew on its own thread.
    if (auto back = m_db.reconnect(); !back) {
        m_lastProblem = back.error().message;
        waitForNextAttempt();
        return;
    }
    m_lost = false;
    m_ticker->stop();
    m_backoff.reset();
    qCInfo(lcStorage) << "back on" << m_db.path();
    // What was typed meanwhile: each open article saves its text whole, as a new transaction.
    int unsaved = 0;
    if (m_tabs) {
        QStringList uids;
        for (ArticleEditor *e : m_tabs->editors())
            uids.append(e->uid());
        for (TranslationView *v : m_tabs->translationViews())
            uids.append(v->uid());
        uids.removeDuplicates();
        for (const QString &uid : std::as_const(uids))
            m_tabs->saveArticle(uid);
        for (ArticleEditor *e : m_tabs->editors())
            unsaved += e->isModified() ? 1 : 0;
        for (TranslationView *v : m_tabs->translationViews())
            unsaved += v->isModified() ? 1 : 0;
    }
    // What the views could not load meanwhile, and what other desks did: read again.
    m_db.changes().publish({Change(ChangeKind::Many, {}, 0, {}, ChangeOrigin::OtherConnection)});
    if (m_status) {
        m_status->showMessage(
            unsaved == 0
                ? tr("Back on the newsroom server; what you typed meanwhile is saved.")
                : tr("Back on the newsroom server; %n open article(s) could not be saved yet: "
                     "their tabs say why.",
                     nullptr, unsaved),
            15000);
    }
    Q_EMIT reconnected();
}

} // namespace Byline
