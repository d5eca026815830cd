#include "tests/fuzz/JsonMutator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>
#include <optional>
#include <random>

// libFuzzer's own mutation, for the other half and for inputs that are not JSON.
extern "C" size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t maxSize);

namespace Byline::Fuzz::JsonMutator {
namespace {

using Random = std::minstd_rand;

qsizetype count(const QJsonValue &v)
{
    qsizetype n = 1;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            n += count(it.value());
    } else if (v.isArray()) {
        for (const QJsonValue item : v.toArray())
            n += count(item);
    }
    return n;
}

// What a value may become; nullopt removes it from its object or list.
std::optional<QJsonValue> replacement(const QJsonValue &v, Random &random)
{
    static const double numbers[]
        = {0, -1, 1, 2, 2000000000, 2000000001, -2.5, 2.5, 1e300, -1e300, 9.3e18, 65536, 1e-300};
    static const char *const texts[] = {"",
                                        "ru",
                                        "hy",
                                        "de",
                                        "00000000-0000-4000-8000-000000000000",
                                        "2026-12-01T09:00:00Z",
                                        "9999-12-31T23:59:59Z",
                                        "0000-01-01T00:00:00Z",
                                        "draft",
                                        "published",
                                        "quote",
                                        "<script>alert(1)</script>",
                                        "a-slug",
                                        "Ա"};
    switch (random() % 8) {
    case 0:
        return QJsonValue(numbers[random() % std::size(numbers)]);
    case 1:
        return QJsonValue(QString::fromUtf8(texts[random() % std::size(texts)]));
    case 2: {
        // The text's own bytes, changed by libFuzzer, or made longer than any limit.
        QByteArray bytes = v.toString().toUtf8();
        if (random() % 4 == 0) {
            const qsizetype beyond = random() % 2 == 0 ? 1001 : 10001; // the text limits, + 1
            return QJsonValue(QString(beyond, QLatin1Char('x')));
        }
        const qsizetype size = bytes.size();
        bytes.resize(size + 64);
        bytes.resize(qsizetype(LLVMFuzzerMutate(reinterpret_cast<uint8_t *>(bytes.data()),
                                                size_t(size), size_t(bytes.size()))));
        return QJsonValue(QString::fromUtf8(bytes));
    }
    case 3:
        return std::nullopt;
    case 4:
        return QJsonValue(QJsonValue::Null);
    case 5:
        return QJsonValue(random() % 2 == 0);
    case 6:
        return QJsonValue(random() % 2 == 0 ? QJsonValue(QJsonArray {v})
                                            : QJsonValue(QJsonObject()));
    default:
        return v; // unchanged: a list holding it lists it twice (below)
    }
}

// Copies `v` with the value numbered `target` (in pre-order, counting down) replaced.
std::optional<QJsonValue> changed(const QJsonValue &v, qsizetype &target, Random &random)
{
    if (target-- == 0)
        return replacement(v, random);
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (const QString &key : o.keys()) {
            if (target < 0)
                break;
            const auto value = changed(o.value(key), target, random);
            if (value)
                o.insert(key, *value);
            else
                o.remove(key);
        }
        return QJsonValue(o);
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size() && target >= 0; ++i) {
            const bool chosen = target == 0;
            const QJsonValue original = a.at(i);
            const auto item = changed(original, target, random);
            if (!item) {
                a.removeAt(i--);
            } else if (chosen && *item == original) {
                a.insert(i++, original); // listed twice
            } else {
                a.replace(i, *item);
            }
        }
        return QJsonValue(a);
    }
    return v;
}

} // namespace

size_t mutate(uint8_t *data, size_t size, size_t maxSize, unsigned int seed)
{
    Random random(seed);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (random() % 2 == 0 || error.error != QJsonParseError::NoError || !doc.isObject())
        return LLVMFuzzerMutate(data, size, maxSize);
    const QJsonValue root(doc.object());
    if (count(root) < 2)
        return LLVMFuzzerMutate(data, size, maxSize);
    qsizetype target = qsizetype(random() % quint64(count(root) - 1)) + 1; // never the root
    const auto result = changed(root, target, random);
    const QByteArray json = QJsonDocument(result->toObject()).toJson(QJsonDocument::Compact);
    if (size_t(json.size()) > maxSize)
        return LLVMFuzzerMutate(data, size, maxSize);
    std::memcpy(data, json.constData(), size_t(json.size()));
    return size_t(json.size());
}

} // namespace Byline::Fuzz::JsonMutator
