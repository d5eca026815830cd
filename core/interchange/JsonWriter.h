#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Byline::Interchange {

// Writes JSON with keys in the order they are given (QJsonObject would sort them), so that
// exported files read in a sensible order and are byte-for-byte reproducible.
class JsonWriter
{
public:
    enum class Style { Indented, Compact };
    explicit JsonWriter(Style style = Style::Indented);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QStringView name);

    void value(QStringView text);
    void value(const QString &text) { value(QStringView(text)); }
    void value(const char *text) = delete; // say QStringLiteral
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool flag);
    void null();
    void value(const std::optional<QString> &text);
    void value(const std::optional<qint64> &number);

    // Convenience: key followed by value.
    template<class T>
    void field(QStringView name, const T &v)
    {
        key(name);
        value(v);
    }
    void stringList(const QStringList &items);

    // The document, ending with a newline when indented.
    [[nodiscard]] QByteArray finish();
    // What was written since the last drain (or the start), as UTF-8, so that a long document
    // goes to a file piece by piece; call it between values. finish() then gives the rest.
    [[nodiscard]] QByteArray drain();
    [[nodiscard]] qsizetype pending() const { return m_out.size(); }

private:
    void beforeValue();
    void newline();

    struct Level
    {
        bool array = false;
        int count = 0;
    };
    Style m_style;
    QString m_out;
    QList<Level> m_stack;
    bool m_afterKey = false;
};

} // namespace Byline::Interchange
