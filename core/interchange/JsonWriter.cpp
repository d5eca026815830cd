#include "core/interchange/JsonWriter.h"

namespace Byline::Interchange {

JsonWriter::JsonWriter(Style style)
    : m_style(style)
{
}

void JsonWriter::newline()
{
    if (m_style != Style::Indented)
        return;
    m_out += QLatin1Char('\n');
    m_out += QString(m_stack.size() * 2, QLatin1Char(' '));
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_stack.isEmpty())
        return;
    Level &level = m_stack.last();
    if (level.count++ > 0)
        m_out += QLatin1Char(',');
    newline();
}

void JsonWriter::key(QStringView name)
{
    Level &level = m_stack.last();
    if (level.count++ > 0)
        m_out += QLatin1Char(',');
    newline();
    value(name); // writes the quoted name; m_afterKey is false here, so no separator
    m_out += m_style == Style::Indented ? QLatin1String(": ") : QLatin1String(":");
    m_afterKey = true;
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += QLatin1Char('{');
    m_stack.append({false, 0});
}

void JsonWriter::endObject()
{
    const Level level = m_stack.takeLast();
    if (level.count > 0)
        newline();
    m_out += QLatin1Char('}');
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += QLatin1Char('[');
    m_stack.append({true, 0});
}

void JsonWriter::endArray()
{
    const Level level = m_stack.takeLast();
    if (level.count > 0)
        newline();
    m_out += QLatin1Char(']');
}

void JsonWriter::value(QStringView text)
{
    if (!m_afterKey && !m_stack.isEmpty() && m_stack.last().array)
        beforeValue();
    else
        m_afterKey = false;
    m_out.reserve(m_out.size() + text.size() + 2);
    m_out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            m_out += QLatin1String("\\\"");
            break;
        case '\\':
            m_out += QLatin1String("\\\\");
            break;
        case '\n':
            m_out += QLatin1String("\\n");
            break;
        case '\r':
            m_out += QLatin1String("\\r");
            break;
        case '\t':
            m_out += QLatin1String("\\t");
            break;
        case '\b':
            m_out += QLatin1String("\\b");
            break;
        case '\f':
            m_out += QLatin1String("\\f");
            break;
        default:
            if (c.unicode() < 0x20)
                m_out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                m_out += c;
        }
    }
    m_out += QLatin1Char('"');
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out += QString::number(number);
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? QLatin1String("true") : QLatin1String("false");
}

void JsonWriter::null()
{
    beforeValue();
    m_out += QLatin1String("null");
}

void JsonWriter::value(const std::optional<QString> &text)
{
    if (text)
        value(QStringView(*text));
    else
        null();
}

void JsonWriter::value(const std::optional<qint64> &number)
{
    if (number)
        value(*number);
    else
        null();
}

void JsonWriter::stringList(const QStringList &items)
{
    beginArray();
    for (const QString &item : items)
        value(QStringView(item));
    endArray();
}

QByteArray JsonWriter::finish()
{
    if (m_style == Style::Indented)
        m_out += QLatin1Char('\n');
    return std::exchange(m_out, {}).toUtf8();
}

QByteArray JsonWriter::drain()
{
    QByteArray text = m_out.toUtf8();
    m_out.resize(0); // keeps its capacity for the next piece (clear() would free it)
    return text;
}

} // namespace Byline::Interchange
