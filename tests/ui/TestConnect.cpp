// The desk on a newsroom server (issue 13): File > Connect to a newsroom server…, where the
// password goes, identity as the login, and a server lost and found again mid-edit. Cases
// tagged [server] need the test server and run only as "pg: test_connect: …".
#include "core/Clock.h"
#include "core/models/ArticleListModel.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ServerAddress.h"
#include "core/storage/UserRepository.h"
#include "tests/TestSupport.h"
#include "ui/connect/Backoff.h"
#include "ui/connect/ConnectDialog.h"
#include "ui/connect/ConnectionKeeper.h"
#include "ui/connect/PasswordStore.h"
#include "ui/connect/PgPassFile.h"
#include "ui/connect/RememberedNewsroom.h"
#include "ui/desk/Desk.h"
#include "ui/desk/EditorTabs.h"
#include "ui/desk/MainWindow.h"
#include "ui/desk/WhoAreYouDialog.h"
#include "ui/editor/ArticleEditor.h"
#include "ui/editor/ArticlePage.h"
#include "ui/editor/BlockWidget.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

using namespace Byline;
using Byline::Test::TempDir;

namespace {

const QString draftUid = QStringLiteral("24d0ba52-d8b7-49c2-bc20-086ef746473b");

// Every value QSettings holds, as text.
QStringList allSettings()
{
    QSettings settings;
    QStringList values;
    for (const QString &key : settings.allKeys())
        values.append(key + QLatin1Char('=') + settings.value(key).toString());
    return values;
}

void clearSettings()
{
    QSettings().clear();
}

int modeOf(const QString &path)
{
    struct stat st = {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 0777);
}

void fill(ConnectDialog &dialog, const QString &host, const QString &database, const QString &user,
          const QString &password, const QString &tls = QStringLiteral("prefer"))
{
    dialog.hostField()->setText(host);
    dialog.databaseField()->setText(database);
    dialog.userField()->setText(user);
    dialog.passwordField()->setText(password);
    dialog.tlsField()->setCurrentIndex(dialog.tlsField()->findData(tls));
}

// A person of the demo newsroom on `db` (a store on the test server) with a login of their own:
// a unique name, since logins are the whole server's. Returns the URL they sign in with.
QString personWithLogin(Storage::Database &db, const QString &path, Role role,
                        const QString &password)
{
    const QString name
        = QStringLiteral("desk_") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    User person;
    person.name = name;
    person.displayName = QStringLiteral("Ani Petrosyan");
    person.role = role;
    REQUIRE_OK(Storage::UserRepository(db).upsert(person));
    REQUIRE_OK(db.run(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(name, password)));
    for (const char *grant : {"GRANT ALL ON ALL TABLES IN SCHEMA public TO %1",
                              "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1"})
        REQUIRE_OK(db.run(QString::fromLatin1(grant).arg(name)));
    auto address = Storage::ServerAddress::parse(Test::storeLocation(path));
    REQUIRE(address.has_value());
    return Test::serverUrl(address->database, name, password);
}

// The demo newsroom on the test server (the superuser's connection, `admin`) and a connection
// of its own signed in as a new editor, Ani Petrosyan.
struct ServerDesk
{
    TempDir dir;
    QString path;
    std::unique_ptr<Storage::Database> admin;
    QString url;
    std::unique_ptr<Storage::Database> db;

    explicit ServerDesk(const QString &name)
        : path(dir.path(name))
        , admin(Test::openDemoStore(path))
        , url(personWithLogin(*admin, path, Role::Editor, QStringLiteral("pw-") + name))
    {
        Storage::Database::Options options;
        options.path = url;
        auto opened = Storage::Database::open(options);
        REQUIRE_OK(opened);
        db = std::move(*opened);
    }
};

} // namespace

TEST_CASE("the connect dialog turns its fields into a server address", "[ui][connect]")
{
    PasswordStore passwords(PasswordStore::Keyring::None);
    ConnectDialog dialog(passwords);
    // The four TLS modes, in words, "when the server offers it" first chosen.
    QComboBox *tls = dialog.tlsField();
    REQUIRE(tls->count() == 4);
    QStringList modes;
    for (int i = 0; i < tls->count(); ++i) {
        modes.append(tls->itemData(i).toString());
        CHECK_FALSE(tls->itemText(i).isEmpty());
        CHECK(tls->itemText(i) != tls->itemData(i).toString());
    }
    CHECK(modes
          == QStringList({QStringLiteral("disable"), QStringLiteral("prefer"),
                          QStringLiteral("require"), QStringLiteral("verify-full")}));
    CHECK(tls->currentData().toString() == QStringLiteral("prefer"));
    CHECK(dialog.portField()->value() == 5432);

    fill(dialog, QStringLiteral(" newsroom.example.org "), QStringLiteral("newsroom"),
         QStringLiteral("ani.petrosyan"), QStringLiteral("s3cret:pass"),
         QStringLiteral("verify-full"));
    dialog.portField()->setValue(6432);
    const Storage::ServerAddress address = dialog.address();
    CHECK(address.password == QStringLiteral("s3cret:pass"));
    CHECK(address.url()
          == QStringLiteral("postgresql://ani.petrosyan@newsroom.example.org:6432/newsroom"
                            "?sslmode=verify-full"));
    // And back: the remembered server fills the fields.
    ConnectDialog again(passwords);
    again.setAddress(address);
    CHECK(again.address().url() == address.url());
    // Without a keyring the dialog says where the password will go.
    CHECK(dialog.passwordNote()->text().contains(QStringLiteral(".pgpass")));
    CHECK(dialog.passwordNote()->text().contains(QStringLiteral("no keyring")));
}

TEST_CASE("a refused connection is shown under the fields and changes nothing",
          "[ui][connect][failure]")
{
    clearSettings();
    TempDir dir;
    PasswordStore passwords(PasswordStore::Keyring::None,
                            PgPassFile(dir.path(QStringLiteral("pgpass"))));
    ConnectDialog dialog(passwords);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    // Nothing there: the core's words for it, under the fields.
    fill(dialog, QStringLiteral("/nonexistent-byline-socket"), QStringLiteral("newsroom"),
         QStringLiteral("ani.petrosyan"), QStringLiteral("secret"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.isVisible());
    CHECK(dialog.errorText().contains(QStringLiteral("cannot be reached")));

    // A refusal of any kind: shown as the core words it, the fields kept.
    const QString refusal = QStringLiteral("The server at postgresql://x did not accept the login "
                                           "(wrong user name or password?).");
    dialog.connectTo = [&refusal](const Storage::ServerAddress &address) {
        CHECK(address.password == QStringLiteral("secret"));
        return Result<std::unique_ptr<Storage::Database>>(
            fail(ErrorCode::PermissionDenied, refusal));
    };
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorText() == refusal);
    CHECK(dialog.userField()->text() == QStringLiteral("ani.petrosyan"));
    CHECK(dialog.takeDatabase() == nullptr);

    // The database and the login are needed.
    dialog.databaseField()->clear();
    dialog.accept();
    CHECK(dialog.errorText().contains(QStringLiteral("database")));
    CHECK(allSettings().isEmpty());
    CHECK_FALSE(QFile::exists(passwords.passwordFile().path()));
}

TEST_CASE("without a keyring the password goes into .pgpass, readable only by its owner",
          "[ui][connect][password]")
{
    TempDir dir;
    const QString file = dir.path(QStringLiteral("pgpass"));
    Test::writeFile(file,
                    "# kept as it is\nother.example.org:5432:*:someone:theirs\n"
                    "newsroom.example.org:5432:newsroom:ani.petrosyan:old\n");
    QFile::setPermissions(
        file, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    PasswordStore passwords(PasswordStore::Keyring::None, PgPassFile(file));
    CHECK_FALSE(passwords.hasKeyring());
    auto address = Storage::ServerAddress::parse(
        QStringLiteral("postgresql://ani.petrosyan@newsroom.example.org/newsroom"));
    REQUIRE(address.has_value());
    auto kept = passwords.store(*address, QStringLiteral("new:pa\\ss"));
    REQUIRE(kept.has_value());
    CHECK(*kept == PasswordStore::Place::PasswordFile);
    CHECK(modeOf(file) == 0600);
    // The line for the same login replaced (":" and "\" escaped as libpq reads them), the
    // others kept.
    CHECK(QString::fromUtf8(Test::readFile(file))
          == QStringLiteral("# kept as it is\nother.example.org:5432:*:someone:theirs\n"
                            "newsroom.example.org:5432:newsroom:ani.petrosyan:new\\:pa\\\\ss\n"));
    // A new file is made readable by its owner only, too.
    const QString fresh = dir.path(QStringLiteral("fresh/pgpass"));
    QDir().mkpath(dir.path(QStringLiteral("fresh")));
    REQUIRE_OK(PgPassFile(fresh).store(*address, QStringLiteral("pw")));
    CHECK(modeOf(fresh) == 0600);
    // A socket folder is the host libpq matches.
    address->host = QStringLiteral("/run/postgresql");
    CHECK(PgPassFile::line(*address, QStringLiteral("pw"))
          == QStringLiteral("/run/postgresql:5432:newsroom:ani.petrosyan:pw"));
}

TEST_CASE("the desk remembers the server it connected to, never its password",
          "[ui][connect][password]")
{
    clearSettings();
    TempDir dir;
    PasswordStore passwords(PasswordStore::Keyring::None,
                            PgPassFile(dir.path(QStringLiteral("pgpass"))));
    Desk desk(nullptr, &passwords);
    desk.windowMade = [](MainWindow &window) {
        window.runWhoAreYou = [](WhoAreYouDialog &) {
            return false;
        };
    };
    REQUIRE(desk.open(dir.path(QStringLiteral("local.sqlite"))));
    desk.show();
    MainWindow *first = desk.window();
    REQUIRE(first != nullptr);
    QStringList warnings;
    desk.warn = [&warnings](const QString &, const QString &message) {
        warnings.append(message);
    };

    // A "server" that is a demo store: what the desk does with it is the same.
    std::unique_ptr<Storage::Database> server
        = Test::openDemoStore(dir.path(QStringLiteral("server.sqlite")));
    bool asked = false;
    desk.runConnect = [&](ConnectDialog &dialog) {
        asked = true;
        fill(dialog, QStringLiteral("newsroom.example.org"), QStringLiteral("newsroom"),
             QStringLiteral("ani.petrosyan"), QStringLiteral("Sevan-1960"),
             QStringLiteral("require"));
        dialog.connectTo = [&server](const Storage::ServerAddress &) {
            return Result<std::unique_ptr<Storage::Database>>(std::move(server));
        };
        dialog.accept();
        return dialog.result() == QDialog::Accepted;
    };
    QAction *connectAction = first->findChild<QAction *>(QStringLiteral("connectAction"));
    REQUIRE(connectAction != nullptr);
    CHECK(connectAction->text().contains(QStringLiteral("newsroom server")));
    connectAction->trigger();
    REQUIRE(QTest::qWaitFor([&] { return desk.window() != first; }, 5000));
    CHECK(asked);
    CHECK(warnings.isEmpty());
    CHECK(desk.window()->articleModel()->rowCount() == 6); // the other newsroom's articles

    QSettings settings;
    CHECK(RememberedNewsroom::location(settings)
          == QStringLiteral("postgresql://ani.petrosyan@newsroom.example.org:5432/newsroom"
                            "?sslmode=require"));
    for (const QString &value : allSettings())
        CHECK_FALSE(value.contains(QStringLiteral("Sevan-1960")));
    // No keyring here: the password file it is, and the desk says so.
    CHECK(QString::fromUtf8(Test::readFile(passwords.passwordFile().path()))
          == QStringLiteral("newsroom.example.org:5432:newsroom:ani.petrosyan:Sevan-1960\n"));
    CHECK(modeOf(passwords.passwordFile().path()) == 0600);
    CHECK(desk.window()->statusBar()->currentMessage().contains(QStringLiteral("pgpass")));

    // File > Open a newsroom file… goes back to a file, remembered as such.
    const QString local = dir.path(QStringLiteral("local.sqlite"));
    desk.askFile = [&local] {
        return local;
    };
    MainWindow *second = desk.window();
    second->findChild<QAction *>(QStringLiteral("openFileAction"))->trigger();
    REQUIRE(QTest::qWaitFor([&] { return desk.window() != second; }, 5000));
    CHECK(desk.database()->path() == local);
    CHECK(RememberedNewsroom::location(settings) == local);
    clearSettings();
}

TEST_CASE("a lost server is tried again after 1, 2, 4, … and at most 30 s", "[ui][connect]")
{
    Backoff backoff;
    QList<int> waits;
    for (int i = 0; i < 8; ++i)
        waits.append(backoff.next());
    CHECK(waits == QList<int>({1, 2, 4, 8, 16, 30, 30, 30}));
    backoff.reset();
    CHECK(backoff.next() == 1);
}

TEST_CASE("on a server the desk signs in as the login and asks nobody who they are",
          "[ui][connect][server]")
{
    REQUIRE(Test::onServer());
    ServerDesk server(QStringLiteral("identity"));
    auto &db = server.db;
    const QString &url = server.url;
    MainWindow window(*db);
    bool asked = false;
    window.runWhoAreYou = [&asked](WhoAreYouDialog &) {
        asked = true;
        return false;
    };
    window.chooseUserIfNone();
    CHECK_FALSE(asked);
    CHECK(window.currentUser() == db->login());
    auto *you = window.findChild<QComboBox *>(QStringLiteral("currentUser"));
    REQUIRE(you != nullptr);
    CHECK_FALSE(you->isEnabled());
    CHECK(you->count() == 1);
    CHECK(you->currentText().contains(QStringLiteral("Ani Petrosyan")));
    const auto labels = window.statusBar()->findChildren<QLabel *>();
    bool signedIn = false;
    for (QLabel *label : labels)
        signedIn = signedIn
            || label->text()
                == QStringLiteral("Newsroom server localhost/%1\u00a0— signed in as %2")
                       .arg(Storage::ServerAddress::parse(url)->database, db->login());
    CHECK(signedIn);
    // Being the login, they may act as an editor does.
    CHECK(window.findChild<QAction *>(QStringLiteral("newArticle"))->isEnabled());
}

TEST_CASE("the desk keeps what is typed while the server is gone and saves it once back",
          "[ui][connect][server]")
{
    REQUIRE(Test::onServer());
    ServerDesk server(QStringLiteral("lost"));
    TempDir &dir = server.dir;
    auto &admin = server.admin;
    MainWindow window(*server.db);
    QStringList warnings;
    window.warn = [&warnings](const QString &, const QString &message) {
        warnings.append(message);
    };
    window.editorTabs()->setJournalFolder(dir.path(QStringLiteral("journal")));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *keeper = window.findChild<ConnectionKeeper *>();
    REQUIRE(keeper != nullptr);
    ArticleEditor *editor = window.editorTabs()->open(draftUid);
    REQUIRE(editor != nullptr);
    editor->setAutosaveDelay(200);
    QPlainTextEdit *first = editor->page()->blockWidget(QStringLiteral("b1"))->textEdit();
    REQUIRE(first != nullptr);
    first->setFocus();
    first->moveCursor(QTextCursor::End);
    QTest::keyClicks(first, QStringLiteral(" Before."));
    REQUIRE(QTest::qWaitFor([&] { return !editor->isModified(); }, 5000));
    // From here the time moves only when the test says (the wait before reconnecting).
    Clock::setFixed(Clock::now());

    // An admin ends the desk's session on the server; the desk finds out within a second (its
    // change watcher) and says so.
    REQUIRE(Test::endOtherSessions(*admin) >= 1);
    REQUIRE(QTest::qWaitFor([&] { return keeper->isLost(); }, 5000));
    CHECK(window.statusBar()->currentMessage().contains(
        QStringLiteral("Lost the newsroom server; reconnecting")));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("your text is kept")));
    // The typing goes on, the autosave fails, nothing is lost.
    QTest::keyClicks(first, QStringLiteral(" While the server was gone."));
    QTest::qWait(600); // past the autosave and the journal's half second
    CHECK(editor->isModified());
    CHECK(first->toPlainText().endsWith(QStringLiteral(" Before. While the server was gone.")));
    CHECK(QFile::exists(dir.path(QStringLiteral("journal/%1.json")).arg(draftUid)));
    CHECK(keeper->isLost());
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("in 1 s")));
    CHECK(warnings.isEmpty()); // no message box for each thing that failed meanwhile

    // A second later it tries again, finds the server, and saves what was typed.
    Clock::setFixed(Clock::now().addSecs(1));
    REQUIRE(QTest::qWaitFor([&] { return !keeper->isLost(); }, 10000));
    Clock::setFixed(std::nullopt);
    CHECK_FALSE(editor->isModified());
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Back on the newsroom")));
    auto found = Storage::ArticleRepository(*admin).find(draftUid);
    REQUIRE(found.has_value());
    REQUIRE(found->has_value());
    CHECK((*found)->translation(u"ru")->blocks.at(0).text.endsWith(
        QStringLiteral(" Before. While the server was gone.")));
    CHECK(warnings.isEmpty());
}

TEST_CASE("the connect dialog signs in on the server, and says why when it cannot",
          "[ui][connect][server]")
{
    REQUIRE(Test::onServer());
    TempDir dir;
    const QString path = dir.path(QStringLiteral("dialog.sqlite"));
    auto admin = Test::openDemoStore(path);
    auto address = Storage::ServerAddress::parse(
        personWithLogin(*admin, path, Role::Journalist, QStringLiteral("right")));
    REQUIRE(address.has_value());
    PasswordStore passwords(PasswordStore::Keyring::None,
                            PgPassFile(dir.path(QStringLiteral("pgpass"))));
    ConnectDialog dialog(passwords);
    dialog.setAddress(*address);
    dialog.passwordField()->setText(QStringLiteral("wrong"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    INFO(dialog.errorText().toStdString());
    CHECK(dialog.errorText().contains(QStringLiteral("did not accept the login")));
    dialog.passwordField()->setText(QStringLiteral("right"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    auto db = dialog.takeDatabase();
    REQUIRE(db != nullptr);
    CHECK(db->login() == address->user);
}

// The connect dialog as a journalist sees it, and the desk signed in on a server, for the
// README and for looking at them (not in the suite: run by hand, with the test server for the
// second):
//   BYLINE_SHOTS_DIR=/tmp/shots xvfb-run -a build/dev/tests/test_connect "[.shots]"
TEST_CASE("screenshots of the desk on a server", "[.shots]")
{
    const QString folder = qEnvironmentVariable("BYLINE_SHOTS_DIR");
    if (folder.isEmpty())
        FAIL("Set BYLINE_SHOTS_DIR to the folder the screenshots go to.");
    QDir().mkpath(folder);
    PasswordStore passwords; // this computer's keyring, if it has one
    ConnectDialog dialog(passwords);
    auto address = Storage::ServerAddress::parse(
        QStringLiteral("postgresql://ani.petrosyan@newsroom.example.org:5432/newsroom"
                       "?sslmode=verify-full"));
    REQUIRE(address.has_value());
    dialog.setAddress(*address);
    dialog.passwordField()->setText(QStringLiteral("Sevan-1960"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.hostField()->setFocus();
    QTest::qWait(200);
    REQUIRE(dialog.grab().save(QDir(folder).filePath(QStringLiteral("connect.png"))));
    dialog.showError(QStringLiteral("The server at postgresql://ani.petrosyan@newsroom.example.org:"
                                    "5432/newsroom?sslmode=verify-full did not accept the login "
                                    "(wrong user name or password?). Nothing was changed; check "
                                    "them and connect again."));
    QTest::qWait(200);
    REQUIRE(dialog.grab().save(QDir(folder).filePath(QStringLiteral("connect-refused.png"))));
    if (!Test::onServer())
        return;
    ServerDesk server(QStringLiteral("shots"));
    MainWindow window(*server.db);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(300);
    REQUIRE(window.grab().save(QDir(folder).filePath(QStringLiteral("desk-server.png"))));
    (void)Test::endOtherSessions(*server.admin);
    auto *keeper = window.findChild<ConnectionKeeper *>();
    REQUIRE(QTest::qWaitFor([&] { return keeper->isLost(); }, 5000));
    QTest::qWait(300);
    REQUIRE(window.grab().save(QDir(folder).filePath(QStringLiteral("desk-server-lost.png"))));
}
