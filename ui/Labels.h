#pragma once

#include "core/domain/Role.h"
#include "core/translation/QualityChecks.h"

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
};

} // namespace Byline
