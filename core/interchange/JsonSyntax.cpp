#include "core/interchange/JsonSyntax.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QSet>

#include <vector>

namespace Byline::Interchange::JsonSyntax {
namespace {

// Longest part of a key a message repeats.
constexpr qsizetype keyShown = 64;

// One object or array being read: an object's keys so far, and whether a key comes next.
struct Level
{
    bool object = false;
    bool expectKey = false;
    QSet<QByteArray> keys;
};

// A key as its text, so that "a" and "\u0061" are one key.
QByteArray keyText(const QByteArray &raw)
{
    if (!raw.contains('\\'))
        return raw;
    const QJsonDocument decoded = QJsonDocument::fromJson("[\"" + raw + "\"]");
    return decoded.array().at(0).toString().toUtf8();
}

std::unexpected<Error> invalid(const QByteArray &json, qsizetype offset, const QString &what)
{
    const Position at = positionOf(json, offset);
    return fail(ErrorCode::InvalidInput,
                QObject::tr("The file is not valid JSON: %1 at line %2, column %3; nothing was "
                            "read from it.")
                    .arg(what)
                    .arg(at.line)
                    .arg(at.column));
}

} // namespace

Position positionOf(const QByteArray &json, qsizetype offset)
{
    const QByteArray before = json.left(offset);
    return {before.count('\n') + 1, offset - (before.lastIndexOf('\n') + 1) + 1};
}

Result<> check(const QByteArray &json)
{
    std::vector<Level> levels;
    bool inText = false;
    bool isKey = false;
    qsizetype textStart = 0;
    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(json.at(i));
        if (inText) {
            if (c == '\\') {
                ++i; // the escaped character, whatever it is
            } else if (c == '"') {
                inText = false;
                if (isKey) {
                    const QByteArray key = keyText(json.mid(textStart, i - textStart));
                    if (levels.back().keys.contains(key)) {
                        QString shown = QString::fromUtf8(key);
                        if (shown.size() > keyShown)
                            shown = shown.left(keyShown) + QChar(0x2026);
                        return invalid(
                            json, textStart - 1,
                            QObject::tr("the key \"%1\" is given twice in one object").arg(shown));
                    }
                    levels.back().keys.insert(key);
                }
            } else if (c < 0x20) {
                return invalid(json, i,
                               QObject::tr("a raw control character (U+%1) inside a text (JSON "
                                           "writes it as an escape: \\n, \\u0000)")
                                   .arg(uint(c), 4, 16, QLatin1Char('0')));
            }
            continue;
        }
        switch (c) {
        case '"':
            inText = true;
            textStart = i + 1;
            isKey = !levels.empty() && levels.back().object && levels.back().expectKey;
            break;
        case '{':
            levels.push_back({true, true, {}});
            break;
        case '[':
            levels.push_back({false, false, {}});
            break;
        case '}':
        case ']':
            if (!levels.empty())
                levels.pop_back();
            break;
        case ':':
            if (!levels.empty())
                levels.back().expectKey = false;
            break;
        case ',':
            if (!levels.empty() && levels.back().object)
                levels.back().expectKey = true;
            break;
        default:
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return invalid(json, i,
                               QObject::tr("a control character (U+%1) between values")
                                   .arg(uint(c), 4, 16, QLatin1Char('0')));
            }
        }
    }
    return {}; // what else is wrong, Qt's parser says
}

} // namespace Byline::Interchange::JsonSyntax
