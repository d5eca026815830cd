#pragma once

#include "core/domain/Role.h"
#include "core/translation/QualityChecks.h"
#include "core/translation/Segments.h"
#include "core/translation/WordDiff.h"

#include <QCoreApplication>
#include <QString>

namespace Byline {

// Words for people for the core's machine names (roles, quality warnings), in the UI language.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Labels)

public:
    [[nodiscard]] static QString role(Role role);
    [[nodiscard]] static QString qualityWarning(const QualityChecks::Warning &warning);
    // A translation segment ("title", "lead", "block:b3", ...) and its state.
    [[nodiscard]] static QString segment(const QString &key);
    // The same, a block named by its kind and place in `source`: "Heading (block 2)".
    [[nodiscard]] static QString segment(const QString &key, const Translation &source);
    [[nodiscard]] static QString segmentState(Segments::State state);
    // A word diff as HTML: removed words struck through on red, added ones underlined on
    // green (marked by more than colour). `show`: which side to show, or both (Same: both).
    [[nodiscard]] static QString wordDiffHtml(const QList<WordDiff::Piece> &pieces,
                                              WordDiff::Piece::Kind show
                                              = WordDiff::Piece::Kind::Same);
};

} // namespace Byline
