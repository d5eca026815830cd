#include "ui/Labels.h"

namespace Byline {

QString Labels::role(Role role)
{
    switch (role) {
    case Role::Journalist:
        return tr("journalist");
    case Role::Editor:
        return tr("editor");
    case Role::Translator:
        return tr("translator");
    case Role::Admin:
        return tr("admin");
    }
    return {};
}

QString Labels::qualityWarning(const QualityChecks::Warning &w)
{
    using Kind = QualityChecks::Warning::Kind;
    switch (w.kind) {
    case Kind::MissingNumber:
        return tr("the number %1 of the source is missing").arg(w.detail);
    case Kind::MissingLink:
        return tr("the link %1 of the source is missing").arg(w.detail);
    case Kind::UnbalancedQuotes:
        return tr("a quotation mark is opened but not closed");
    case Kind::StraightQuotes:
        return tr("straight quotes \"…\" instead of «…»");
    case Kind::LatinFullStop:
        return tr("a Latin full stop or colon ends an Armenian sentence (use ։)");
    case Kind::ExpertSpelling:
        return tr("the expert's name is spelled differently from the registry: %1").arg(w.detail);
    }
    return w.detail;
}

} // namespace Byline
