#pragma once

#include "core/Error.h"
#include "core/domain/AuditEntry.h"
#include "core/domain/NewsroomEvent.h"
#include "core/domain/User.h"
#include "core/interchange/Document.h"

#include <optional>

namespace Byline::Storage {
class Database;
}

namespace Byline::Interchange {

// Who may import what, checked against the store inside the import's transaction, and what
// the audit trails record of it. An import acts as a person, like a save or a workflow step:
//  - the newsroom's users, settings, site strings, sections and languages: admins;
//  - experts and quotes already in the store: editors and admins (their words and names are
//    in published text); new experts and quotes: whoever may add them at the desk;
//  - articles: editors and admins, any; journalists and translators only what the desk would
//    let them save (their own drafts, their own locales), with no change of workflow state and
//    no history or comments in another person's name.
// Only what the file changes counts: importing a newsroom's own export again changes nothing
// and needs no admin. A store without users yet is being set up: its first import may be
// made by nobody (the file brings the newsroom's people).
class ImportRights
{
public:
    // A person (`actor`, or nobody while a store without users is set up), or the program
    // writing what it ships (its defaults, the sample newsroom): no rights to check then, and
    // nothing to record, since it only fills what nobody has set.
    enum class Acting { Person, Program };

    ImportRights(Storage::Database &db, QString actor, QString source, Acting acting)
        : m_db(db)
        , m_actorName(std::move(actor))
        , m_source(std::move(source))
        , m_acting(acting)
    {
    }

    // Reads the acting user and checks the newsroom's own records in `doc`; PermissionDenied
    // says what needs whom. Collects the newsroom events that the import then records.
    [[nodiscard]] Result<> checkNewsroom(const Document &doc);
    // `stored` is null for a new article; `result` is what the store will hold.
    [[nodiscard]] Result<> checkArticle(const Article *stored, const Article &result) const;

    // The entry an article's own audit trail gets for the import: none when nobody acts (a
    // new store set up from a newsroom's export holds exactly what the file holds).
    [[nodiscard]] std::optional<AuditEntry> articleEntry(const Article *stored,
                                                         const Article &result) const;
    // The newsroom's audit trail: the changes found, then the import (`summary`).
    [[nodiscard]] QList<NewsroomEvent> events(const QString &summary) const;

    // Who acts: empty while a store without users is set up.
    [[nodiscard]] QString actor() const { return m_actor ? m_actor->name : QString(); }

private:
    [[nodiscard]] Result<> resolveActor();
    [[nodiscard]] Result<> checkSettings(const Document &doc);
    [[nodiscard]] Result<> checkUsers(const Document &doc);
    [[nodiscard]] Result<> checkRecords(const Document &doc);
    [[nodiscard]] Result<> checkExpertsAndQuotes(const Document &doc);
    [[nodiscard]] Result<> needsAdmin(const QString &what) const;
    [[nodiscard]] Result<> needsEditor(const QString &what) const;
    [[nodiscard]] bool isEditorOrAdmin() const;

    Storage::Database &m_db;
    QString m_actorName;
    QString m_source;
    Acting m_acting = Acting::Person;
    std::optional<User> m_actor; // none while a store without users is set up
    QDateTime m_now;
    QList<NewsroomEvent> m_events;
};

} // namespace Byline::Interchange
