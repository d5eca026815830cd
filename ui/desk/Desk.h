#pragma once

#include "core/Error.h"

#include <QObject>

#include <functional>
#include <memory>

namespace Byline {
namespace Storage {
class Database;
}
class ConnectDialog;
class MainWindow;
class PasswordStore;
class UiLanguage;

// The desk as a whole: the open newsroom (a SQLite file or a database on a newsroom server)
// and the main window on it. It opens the newsroom named on the command line or in BYLINE_DB,
// else the one remembered (the server last connected to, or the file last opened), else the
// default file. File > Connect to a newsroom server… and File > Open a newsroom file… open
// another newsroom first; only once it is open does the old window close (saving what is
// typed) and a new one take its place, so a failure changes nothing. See docs/ARCHITECTURE.md,
// "The desk on a server".
class Desk : public QObject
{
    Q_OBJECT
public:
    // `passwords`: where server passwords are kept (null: the system's, owned here).
    explicit Desk(UiLanguage *language, PasswordStore *passwords = nullptr,
                  QObject *parent = nullptr);
    ~Desk() override;

    // Opens the newsroom at `location` (empty: BYLINE_DB, the remembered one, the default);
    // `demo` fills an empty SQLite store with the demo newsroom. When a remembered server
    // cannot be reached, the connect dialog says why (cancelled: the local newsroom file).
    // False when there is nothing to work in (the error was shown).
    [[nodiscard]] bool open(const QString &location, bool demo = false);
    // Builds the window on the open newsroom and shows it; `step` hears each stage of it (the
    // startup trace), `beforeShown` gets the window just before it shows.
    void show(const std::function<void(const char *step)> &step = {},
              const std::function<void(MainWindow &window)> &beforeShown = {});

    [[nodiscard]] MainWindow *window() const { return m_window.get(); }
    [[nodiscard]] Storage::Database *database() const { return m_db.get(); }
    [[nodiscard]] PasswordStore &passwords() const { return *m_passwords; }

    // File > Connect to a newsroom server…
    void connectToServer();
    // File > Open a newsroom file…
    void openFile();

    // Seams for the questions the desk asks (tests answer them without dialogs).
    std::function<bool(ConnectDialog &dialog)> runConnect; // exec: true when connected
    std::function<QString()> askFile; // a newsroom file to open; empty: cancelled
    std::function<void(const QString &title, const QString &message)> warn;
    // Hears of each window as soon as it is made, before it asks anything (tests set its
    // seams).
    std::function<void(MainWindow &window)> windowMade;

Q_SIGNALS:
    // A new window took the place of the old one (another newsroom).
    void windowReplaced(Byline::MainWindow *window);

private:
    // A server connected to through the dialog, and what to remember of it.
    struct Connected;
    [[nodiscard]] Result<std::unique_ptr<Storage::Database>> openLocation(const QString &location,
                                                                          bool demo);
    // Asks for a server (starting from the remembered one, showing `problem`); null when
    // cancelled.
    [[nodiscard]] std::unique_ptr<Connected> askServer(const QString &problem);
    // The server (never its password) into the settings, the password into the keyring.
    void remember(const Connected &connected);
    // Closes the window on the old newsroom and opens one on `db`; false (and `db` dropped)
    // when the old window would not close.
    bool replaceWith(std::unique_ptr<Storage::Database> db);
    void build();

    UiLanguage *m_language;
    std::unique_ptr<PasswordStore> m_ownPasswords;
    PasswordStore *m_passwords;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace Byline
