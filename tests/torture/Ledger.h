#pragma once

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Byline::Torture {

// The changes byline-cli acknowledged (exit 0) and those it was killed in the middle of, and
// the check that the store holds every acknowledged one, and each killed one whole or not at
// all. Every change carries a marker nobody else writes: a title, a comment, an audit comment.
class Ledger
{
public:
    enum class Kind { Save, Comment, Act, Import };

    // An import is acknowledged (or killed) as a group: all of its articles or none.
    void add(Kind kind, bool acknowledged, const QStringList &uids, const QStringList &markers);

    struct Verdict
    {
        QMap<Kind, qint64>
            checked; // acknowledged changes found in the store (articles, for imports)
        int lost = 0; // acknowledged changes missing
        int torn = 0; // a killed change half there (an import's articles in part)
        QStringList problems;
    };
    // Checks the changes added since the last call (`everything`: all of them), and that each
    // saved article's text is the last acknowledged save or one killed after it.
    [[nodiscard]] Verdict verify(const QSqlDatabase &store, bool everything);

    [[nodiscard]] int acknowledged(Kind kind) const { return m_acknowledged.value(kind); }

private:
    struct Entry
    {
        Kind kind;
        bool acknowledged;
        QStringList uids;
        QStringList markers;
    };
    void verifyEntry(const QSqlDatabase &store, const Entry &entry, Verdict &verdict) const;
    void verifyTitles(const QSqlDatabase &store, Verdict &verdict) const;

    QList<Entry> m_entries;
    qsizetype m_verified = 0;
    QMap<Kind, int> m_acknowledged;
    // A saved article's title: the last acknowledged save, and the saves killed after it
    // (a save killed after its COMMIT is in the store although nobody heard of it).
    struct Titles
    {
        QString acknowledged;
        QStringList killedSince;
    };
    QMap<QString, Titles> m_titles;
};

} // namespace Byline::Torture
