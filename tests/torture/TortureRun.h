#pragma once

#include "tests/torture/Ledger.h"
#include "tests/torture/SiteSnapshot.h"

#include <QJsonObject>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <random>

namespace Byline::Torture {

// Runs byline-cli against a store and SIGKILLs it at random moments in save, comment, act,
// import, migrate (init upgrading an older store) and export-site. After every kill the store
// must pass SQLite's integrity check and `byline-cli check`, hold every change acknowledged
// before (exit 0), and hold each killed change whole or not at all; a killed export-site must
// leave the previous site or the new one, and the next export no staging folder.
class TortureRun
{
public:
    struct Options
    {
        QString cli; // byline-cli
        QString work; // an empty folder for the stores and sites
        int kills = 1000;
        quint32 seed = 0;
        bool verbose = false;
    };
    enum class Kind { Save, Comment, Act, Import, Migrate, ExportSite };
    static constexpr int kindCount = 6;
    [[nodiscard]] static QString kindName(Kind kind);

    struct Figures
    {
        int kills = 0;
        QMap<Kind, int> operations;
        QMap<Kind, int> killsOf;
        QMap<Kind, qint64> checkedOf; // acknowledged changes found where they belong
        qint64 carried = 0; // articles of older stores found after their upgrade
        int corruptions = 0;
        int lost = 0;
        int unexpected = 0; // a command not killed that failed anyway
        QStringList problems;
        qint64 elapsedMs = 0;
        double startupMs = 0;
    };

    explicit TortureRun(Options options);
    // Creates the demo store, the import template and the first site; false with `error`.
    [[nodiscard]] bool prepare(QString &error);
    [[nodiscard]] Figures run();

private:
    struct Outcome
    {
        bool killed = false;
        int exitCode = -1;
        QString out;
        QString err;
        qint64 ms = 0;
    };
    // Runs byline-cli; `killAfterMs` >= 0 kills it that long after it started unless it ended.
    Outcome launch(const QStringList &args, int killAfterMs = -1, const QString &store = {});
    // A moment to kill an operation of `kind` at, or -1 to let it finish.
    int killMoment(Kind kind);
    void operate(Kind kind);
    void save();
    void comment();
    void act();
    void importArticles();
    void migrate();
    void exportSite();
    // After an operation ends: acknowledged, killed, or an unexpected failure.
    bool settle(Kind kind, const Outcome &outcome, const QStringList &what);
    // The same for a change to the main store, noted in the ledger; a kill is followed by the
    // checks.
    void conclude(Kind kind, const Outcome &outcome, Ledger::Kind change, const QStringList &uids,
                  const QStringList &markers, const QStringList &what = {});
    [[nodiscard]] QString pick(const QStringList &among);
    void verifyStore(const QString &path, bool everything);
    [[nodiscard]] QString marker(const char *kind);
    void problem(const QString &text);

    Options m_options;
    QString m_store;
    QString m_site;
    std::mt19937 m_random;
    QProcessEnvironment m_env;
    Figures m_figures;
    Ledger m_ledger;
    QStringList m_saveArticles;
    QStringList m_actArticles;
    QStringList m_allArticles;
    QJsonObject m_importTemplate;
    SiteSnapshot m_lastSite;
    QMap<Kind, double> m_durationMs; // of operations that were let finish
    int m_counter = 0;
};

} // namespace Byline::Torture
