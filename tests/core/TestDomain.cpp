#include "core/TimeFormat.h"
#include "core/domain/Article.h"
#include "core/domain/Block.h"
#include "core/domain/Quote.h"
#include "core/domain/Revision.h"
#include "core/domain/Role.h"
#include "core/domain/Translation.h"
#include "core/domain/WorkflowState.h"

#include <catch2/catch.hpp>

using namespace Byline;

TEST_CASE("workflow states have stable names that read back", "[domain]")
{
    const WorkflowState all[]
        = {WorkflowState::Draft,     WorkflowState::Submitted, WorkflowState::Approved,
           WorkflowState::Scheduled, WorkflowState::Published, WorkflowState::Spiked};
    QStringList names;
    for (WorkflowState s : all) {
        const QString name = workflowStateName(s);
        CHECK_FALSE(name.isEmpty());
        CHECK(workflowStateFromName(name) == s);
        names.append(name);
    }
    CHECK(names.join(QLatin1Char(','))
          == QStringLiteral("draft,submitted,approved,scheduled,published,spiked"));
    CHECK_FALSE(workflowStateFromName(u"Draft").has_value()); // names are exact
    CHECK_FALSE(workflowStateFromName(u"").has_value());
}

TEST_CASE("roles, block types, translation states and revision kinds round-trip", "[domain]")
{
    for (Role r : {Role::Journalist, Role::Editor, Role::Translator, Role::Admin})
        CHECK(roleFromName(roleName(r)) == r);
    CHECK_FALSE(roleFromName(u"owner").has_value());
    for (BlockType t :
         {BlockType::Paragraph, BlockType::Heading, BlockType::PullQuote, BlockType::Quote})
        CHECK(blockTypeFromName(blockTypeName(t)) == t);
    CHECK(blockTypeName(BlockType::PullQuote) == QStringLiteral("pullquote"));
    for (TranslationState s : {TranslationState::InProgress, TranslationState::ReadyForReview,
                               TranslationState::Approved})
        CHECK(translationStateFromName(translationStateName(s)) == s);
    for (RevisionKind k :
         {RevisionKind::Save, RevisionKind::Conflict, RevisionKind::Restore, RevisionKind::Import})
        CHECK(revisionKindFromName(revisionKindName(k)) == k);
}

TEST_CASE("an article finds its translations by locale", "[domain]")
{
    Article a;
    a.sourceLocale = QStringLiteral("hy");
    Translation ru;
    ru.locale = QStringLiteral("ru");
    ru.title = QStringLiteral("Заголовок");
    Translation hy;
    hy.locale = QStringLiteral("hy");
    hy.title = QStringLiteral("Վերնագիր");
    a.translations = {ru, hy};
    REQUIRE(a.sourceTranslation() != nullptr);
    CHECK(a.sourceTranslation()->title == QStringLiteral("Վերնագիր"));
    CHECK(a.translation(u"en") == nullptr);
    a.translation(u"ru")->title = QStringLiteral("Новый");
    CHECK(a.translations.first().title == QStringLiteral("Новый"));
}

TEST_CASE("a quote's words in a locale fall back to the words as spoken", "[domain]")
{
    Quote q;
    q.spokenLocale = QStringLiteral("hy");
    q.texts.insert(QStringLiteral("hy"), QStringLiteral("Բառեր"));
    q.texts.insert(QStringLiteral("ru"), QStringLiteral("Слова"));
    q.texts.insert(QStringLiteral("en"), QStringLiteral(" \n "));
    CHECK(q.textIn(QStringLiteral("ru")) == QStringLiteral("Слова")); // words there win
    CHECK(q.textIn(QStringLiteral("en")) == QStringLiteral("Բառեր")); // blank: as spoken
    CHECK(q.textIn(QStringLiteral("de")) == QStringLiteral("Բառեր")); // absent: as spoken
    CHECK(q.textIn(QStringLiteral("hy")) == QStringLiteral("Բառեր"));
}

TEST_CASE("times are stored as whole-second UTC with a Z", "[domain][time]")
{
    const auto t = parseUtc(u"2026-11-20T09:30:00Z");
    REQUIRE(t.has_value());
    CHECK(t->timeSpec() == Qt::UTC);
    CHECK(formatUtc(*t) == QStringLiteral("2026-11-20T09:30:00Z"));

    // A time with an offset is converted to UTC when formatted.
    const QDateTime yerevan
        = QDateTime::fromString(QStringLiteral("2026-11-20T13:30:00+04:00"), Qt::ISODate);
    CHECK(formatUtc(yerevan) == QStringLiteral("2026-11-20T09:30:00Z"));

    for (const char *bad : {"2026-11-20 09:30:00Z", "2026-11-20T09:30:00",
                            "2026-11-20T09:30:00+01:00", "2026-13-20T09:30:00Z",
                            "2026-02-30T09:30:00Z", "", "yesterday", "2026-11-20T09:30:00.5Z"}) {
        INFO(bad);
        CHECK_FALSE(parseUtc(QString::fromLatin1(bad)).has_value());
    }
}
