#include "ui/desk/Desk.h"

#include "core/interchange/Seed.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ServerAddress.h"
#include "ui/connect/ConnectDialog.h"
#include "ui/connect/PasswordStore.h"
#include "ui/connect/RememberedNewsroom.h"
#include "ui/desk/MainWindow.h"

#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace Byline {

struct Desk::Connected
{
    std::unique_ptr<Storage::Database> db;
    Storage::ServerAddress address;
    QString password;
    bool keepPassword = false;
};

Desk::Desk(UiLanguage *language, PasswordStore *passwords, QObject *parent)
    : QObject(parent)
    , m_language(language)
    , m_ownPasswords(passwords ? nullptr : std::make_unique<PasswordStore>())
    , m_passwords(passwords ? passwords : m_ownPasswords.get())
{
    runConnect = [](ConnectDialog &dialog) {
        return dialog.exec() == QDialog::Accepted;
    };
    askFile = [this] {
        return QFileDialog::getOpenFileName(m_window.get(), tr("Open a newsroom file"), QString(),
                                            tr("Byline newsrooms (*.sqlite);;All files (*)"));
    };
    warn = [this](const QString &title, const QString &message) {
        QMessageBox::warning(m_window.get(), title, message);
    };
}

Desk::~Desk()
{
    m_window.reset(); // it saves what is typed into the store, which goes after it
}

bool Desk::open(const QString &location, bool demo)
{
    QSettings settings;
    const bool named = !location.isEmpty() || !qEnvironmentVariableIsEmpty("BYLINE_DB");
    const QString where = !location.isEmpty() ? location
        : named                               ? Storage::Database::defaultPath()
                                              : RememberedNewsroom::location(settings);
    auto db = openLocation(where, demo);
    if (!db && !named && Storage::ServerAddress::isServerUrl(where)) {
        // The server remembered is not there today: say why and offer to connect again;
        // cancelled, the newsroom file on this computer opens instead.
        if (std::unique_ptr<Connected> connected = askServer(db.error().message)) {
            m_db = std::move(connected->db);
            remember(*connected);
            return true;
        }
        db = openLocation(Storage::Database::defaultPath(), demo);
    }
    if (!db) {
        warn(tr("Byline cannot start"), db.error().message);
        return false;
    }
    m_db = std::move(*db);
    return true;
}

Result<std::unique_ptr<Storage::Database>> Desk::openLocation(const QString &location, bool demo)
{
    Storage::Database::Options options;
    options.path = location;
    const bool server = Storage::ServerAddress::isServerUrl(
        location.isEmpty() ? Storage::Database::defaultPath() : location);
    if (server) {
        // A newsroom on a server is made and filled by `byline-cli server setup`, not here.
        auto address = Storage::ServerAddress::parse(options.path);
        if (address && address->password.isEmpty()) {
            if (std::optional<QString> kept = m_passwords->read(*address))
                options.password = *kept;
        }
    } else {
        options.createIfMissing = true;
    }
    auto db = Storage::Database::open(options);
    if (!db || server)
        return db;
    if (!(*db)->isReadOnly()) {
        if (auto seeded = Interchange::Seed::defaults(**db); !seeded)
            return std::unexpected(seeded.error());
    }
    // The desk's saves never copy the log into the store themselves (docs/ARCHITECTURE.md,
    // "Two engines").
    (*db)->checkpointInBackground();
    if (demo) {
        auto count = Storage::ArticleRepository(**db).count();
        if (!count)
            return std::unexpected(count.error());
        if (*count == 0) {
            if (auto filled = Interchange::Seed::demo(**db); !filled)
                return std::unexpected(filled.error());
        }
    }
    return db;
}

void Desk::show(const std::function<void(const char *)> &step,
                const std::function<void(MainWindow &)> &beforeShown)
{
    m_window = std::make_unique<MainWindow>(*m_db, m_language);
    if (windowMade)
        windowMade(*m_window);
    if (step)
        step("window built");
    if (!m_db->isServer()) { // on a server, the login is who you are
        QSettings settings;
        m_window->setCurrentUser(settings.value(QStringLiteral("user")).toString());
        connect(m_window.get(), &MainWindow::currentUserChanged, this,
                [](const QString &name) { QSettings().setValue(QStringLiteral("user"), name); });
    }
    // Queued: the window that asks is replaced, which cannot happen inside its own signal.
    connect(m_window.get(), &MainWindow::connectRequested, this, &Desk::connectToServer,
            Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::openFileRequested, this, &Desk::openFile,
            Qt::QueuedConnection);
    m_window->publishDue(); // catch up on what was due while the desk was closed
    if (step)
        step("user and due pages");
    if (beforeShown)
        beforeShown(*m_window);
    m_window->show();
    if (step)
        step("shown");
    m_window->chooseUserIfNone(); // first start on a file: "Who are you?"
}

std::unique_ptr<Desk::Connected> Desk::askServer(const QString &problem)
{
    ConnectDialog dialog(*m_passwords, m_window.get());
    QSettings settings;
    if (std::optional<Storage::ServerAddress> known = RememberedNewsroom::server(settings))
        dialog.setAddress(*known);
    dialog.showError(problem);
    if (!runConnect || !runConnect(dialog))
        return nullptr;
    auto connected = std::make_unique<Connected>();
    connected->db = dialog.takeDatabase();
    if (!connected->db)
        return nullptr;
    connected->address = dialog.address();
    connected->address.password.clear();
    connected->password = dialog.usedPassword();
    connected->keepPassword = dialog.remembersPassword();
    return connected;
}

void Desk::remember(const Connected &connected)
{
    QSettings settings;
    RememberedNewsroom::rememberServer(settings, connected.address);
    if (!connected.keepPassword || connected.password.isEmpty())
        return;
    auto kept = m_passwords->store(connected.address, connected.password);
    if (!kept) {
        warn(tr("The password was not kept"), kept.error().message);
    } else if (*kept == PasswordStore::Place::PasswordFile && m_window) {
        m_window->statusBar()->showMessage(
            tr("No keyring on this computer: the password is kept in %1, readable only by you.")
                .arg(m_passwords->passwordFile().path()),
            30000);
    }
}

void Desk::connectToServer()
{
    std::unique_ptr<Connected> connected = askServer({});
    if (!connected || !replaceWith(std::move(connected->db)))
        return;
    remember(*connected);
}

void Desk::openFile()
{
    const QString path = askFile ? askFile() : QString();
    if (path.isEmpty())
        return;
    auto db = openLocation(path, false);
    if (!db) {
        warn(tr("The newsroom was not opened"), db.error().message);
        return;
    }
    if (!replaceWith(std::move(*db)))
        return;
    QSettings settings;
    RememberedNewsroom::rememberFile(settings, path);
}

bool Desk::replaceWith(std::unique_ptr<Storage::Database> db)
{
    // Between the old window closing and the new one showing, no window is open: that is not
    // the desk being quit.
    const bool quits = QApplication::quitOnLastWindowClosed();
    QApplication::setQuitOnLastWindowClosed(false);
    const bool closed = !m_window || m_window->close(); // saves what is typed; may be refused
    if (closed) {
        m_window.reset();
        m_db = std::move(db); // the old newsroom's connection goes after its window
        show();
    }
    QApplication::setQuitOnLastWindowClosed(quits);
    if (closed)
        Q_EMIT windowReplaced(m_window.get());
    return closed;
}

} // namespace Byline
