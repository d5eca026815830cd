#pragma once

#include "core/domain/Block.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Byline {

// A translation's own state; a locale without a translation is "missing".
enum class TranslationState { InProgress, ReadyForReview, Approved };

[[nodiscard]] QString translationStateName(TranslationState state);
[[nodiscard]] std::optional<TranslationState> translationStateFromName(QStringView name);

// One locale of an article (the source locale is a translation too).
struct Translation
{
    QString locale;
    QString title;
    QString lead;
    QString seoTitle;
    QString seoDescription;
    QString slug;
    TranslationState state = TranslationState::InProgress;
    QString translator;  // user name, may be empty
    std::optional<QDateTime> publishedAt;  // live on the site since; empty while not live
    QList<Block> blocks;
    // For each translated segment ("title", "lead", "seo_title", "seo_description",
    // "block:<id>"), the source text it was translated from. Empty for the source locale.
    QMap<QString, QString> sources;

    friend bool operator==(const Translation &, const Translation &) = default;
};

} // namespace Byline
