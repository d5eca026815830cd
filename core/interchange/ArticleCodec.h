#pragma once

#include "core/Error.h"
#include "core/domain/Translation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Byline::Interchange {

class JsonWriter;

// The JSON form of an article's translations and blocks, shared by the interchange format,
// the revision snapshots in the store and `show --json`.
namespace ArticleCodec {

void writeTranslations(JsonWriter &out, const QList<Translation> &translations);

// Reads a "translations" object. `path` prefixes error messages; `localeOrder` sorts the result.
[[nodiscard]] Result<QList<Translation>> readTranslations(const QJsonObject &object,
                                                          const QString &path,
                                                          const QStringList &localeOrder);

// Compact JSON kept in a revision.
[[nodiscard]] QByteArray snapshot(const QList<Translation> &translations);
[[nodiscard]] Result<QList<Translation>> fromSnapshot(const QByteArray &json,
                                                      const QStringList &localeOrder);

// Sorts translations into the store's locale order (unknown locales last, by code).
void sortByLocale(QList<Translation> &translations, const QStringList &localeOrder);

} // namespace ArticleCodec
} // namespace Byline::Interchange
