#include "core/interchange/JsonStream.h"

#include "core/interchange/Limits.h"

#include <QBuffer>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QObject>
#include <QSet>

#include <rapidjson/reader.h>

#include <algorithm>
#include <limits>
#include <optional>
#include <vector>

namespace Byline::Interchange {

// RapidJSON's input stream concept over a QIODevice: one buffer of bytes at a time, and the
// lines seen so far, so that an error can say where it is without the file being read again.
// A limit makes the input look as if it ended there, so that one value cannot take more than
// so many bytes of memory.
class JsonStream::Input
{
public:
    using Ch = char;
    static constexpr qint64 bufferSize = 1 << 16;

    explicit Input(QIODevice &device)
        : m_device(device)
        , m_buffer(bufferSize, Qt::Uninitialized)
    {
        fill();
        // A byte order mark, which some editors write at the start of UTF-8.
        if (m_got >= 3 && m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_pos = 3;
            if (m_pos == m_got)
                fill();
        }
    }

    // RapidJSON reads a NUL as the end of the input.
    [[nodiscard]] Ch Peek() const { return m_pos < m_end ? m_buffer.at(m_pos) : '\0'; }
    Ch Take()
    {
        if (m_pos >= m_end)
            return '\0';
        const Ch c = m_buffer.at(m_pos++);
        if (m_pos == m_got)
            fill();
        return c;
    }
    [[nodiscard]] size_t Tell() const { return size_t(m_before + m_pos); }
    // Writing is not part of reading; RapidJSON asks for these only when parsing in place.
    Ch *PutBegin() { return nullptr; }
    void Put(Ch) { }
    void Flush() { }
    size_t PutEnd(Ch *) { return 0; }

    [[nodiscard]] bool failed() const { return m_failed; }
    [[nodiscard]] QString deviceError() const { return m_device.errorString(); }

    // Nothing is read at or past byte `offset` (-1: no limit) until the limit is lifted.
    void setLimit(qint64 offset)
    {
        m_limit = offset;
        m_end = visibleEnd();
    }
    [[nodiscard]] bool limitReached() const { return m_limit >= 0 && qint64(Tell()) >= m_limit; }
    // Whether every byte of the device was read (a NUL byte is not an end).
    [[nodiscard]] bool atEnd() const { return m_pos >= m_got && m_got == 0; }

    // The byte at `offset` if it is still in the buffer.
    [[nodiscard]] std::optional<uchar> byteAt(qint64 offset) const
    {
        const qint64 at = offset - m_before;
        if (at < 0 || at >= m_got)
            return std::nullopt;
        return uchar(m_buffer.at(at));
    }

    struct Position
    {
        qint64 line = 1;
        qint64 column = 1;
    };
    // The line and column of `offset`, which is in the buffer or just after it.
    [[nodiscard]] Position positionOf(qint64 offset) const
    {
        const qint64 upTo = std::clamp<qint64>(offset - m_before, 0, m_got);
        qint64 lines = m_lines;
        qint64 lastNewline = m_lastNewline;
        for (qint64 i = 0; i < upTo; ++i) {
            if (m_buffer.at(i) == '\n') {
                ++lines;
                lastNewline = m_before + i;
            }
        }
        return {lines + 1, offset - lastNewline};
    }

private:
    [[nodiscard]] qint64 visibleEnd() const
    {
        return m_limit < 0 ? m_got : std::clamp<qint64>(m_limit - m_before, 0, m_got);
    }

    void fill()
    {
        const char *data = m_buffer.constData();
        m_lines += std::count(data, data + m_got, '\n');
        for (qint64 i = m_got - 1; i >= 0; --i) {
            if (data[i] == '\n') {
                m_lastNewline = m_before + i;
                break;
            }
        }
        m_before += m_got;
        m_pos = 0;
        m_got = 0;
        if (!m_failed) {
            // A pipe delivers what it holds; read blocks until there is more or the end.
            const qint64 got = m_device.read(m_buffer.data(), bufferSize);
            if (got < 0)
                m_failed = true;
            else
                m_got = got;
        }
        m_end = visibleEnd();
    }

    QIODevice &m_device;
    QByteArray m_buffer;
    qint64 m_pos = 0;
    qint64 m_got = 0; // bytes in the buffer
    qint64 m_end = 0; // of which may be read (the limit)
    qint64 m_limit = -1;
    qint64 m_before = 0; // bytes of the buffers before this one
    qint64 m_lines = 0; // newlines in them
    qint64 m_lastNewline = -1; // the offset of the last of them
    bool m_failed = false;
};

// RapidJSON's handler: builds Qt values for what the caller holds, hands them over as they end.
class JsonStream::Builder
{
public:
    Builder(const Callbacks &callbacks, Input &input)
        : m_callbacks(callbacks)
        , m_input(input)
    {
    }

    // Why the reading stopped when a rule of ours or a callback stopped it (RapidJSON then
    // says only "terminated").
    std::optional<Error> stopped; // a callback's error, returned as it is
    bool notAnObject = false;
    bool tooDeep = false;
    bool halfCharacter = false; // a \u escape of half a UTF-16 pair
    std::optional<QString> twiceKey; // a key given twice, as a message shows it
    qint64 twiceOffset = 0; // where it starts
    // The whole value when reading one value rather than an object's members.
    bool wholeValue = false;
    QJsonValue result;

    bool Null() { return value(QJsonValue(QJsonValue::Null)); }
    bool Bool(bool b) { return value(QJsonValue(b)); }
    bool Int(int i) { return value(QJsonValue(qint64(i))); }
    bool Uint(unsigned u) { return value(QJsonValue(qint64(u))); }
    bool Int64(int64_t i) { return value(QJsonValue(qint64(i))); }
    bool Uint64(uint64_t u)
    {
        return value(u > uint64_t(std::numeric_limits<qint64>::max()) ? QJsonValue(double(u))
                                                                      : QJsonValue(qint64(u)));
    }
    bool Double(double d) { return value(QJsonValue(d)); }
    bool RawNumber(const char *, rapidjson::SizeType, bool) { return false; } // not asked for
    bool String(const char *text, rapidjson::SizeType length, bool)
    {
        auto decoded = text8(text, length);
        return decoded && value(QJsonValue(std::move(*decoded)));
    }

    bool Key(const char *text, rapidjson::SizeType length, bool)
    {
        auto key = text8(text, length);
        if (!key)
            return false;
        // Where the key's opening quote is, when it has no escapes.
        const qint64 at = qint64(m_input.Tell()) - qint64(length) - 2;
        if (m_stack.empty()) { // a member of the top-level object
            if (m_topKeys.contains(*key))
                return twice(*key, at);
            m_topKeys.insert(*key);
            m_topKey = std::move(*key);
            // Its value is held whole: at most so many bytes of it.
            if (!wholeValue)
                m_input.setLimit(qint64(m_input.Tell()) + Limits::heldBytes);
            return true;
        }
        Frame &frame = m_stack.back();
        frame.members.append({std::move(*key), {}, at});
        return true;
    }

    bool StartObject() { return start(true); }
    bool StartArray()
    {
        if (!wholeValue && m_rootOpen && m_stack.empty() && !m_inList
            && m_callbacks.streamedLists.contains(m_topKey)) {
            m_inList = true;
            m_index = 0;
            m_input.setLimit(qint64(m_input.Tell()) + Limits::heldBytes); // for its first item
            return call(m_callbacks.listStarted ? m_callbacks.listStarted(m_topKey) : Result<>());
        }
        return start(false);
    }
    bool EndObject(rapidjson::SizeType) { return end(); }
    bool EndArray(rapidjson::SizeType)
    {
        if (m_stack.empty() && m_inList) {
            m_inList = false;
            m_input.setLimit(-1);
            return call(m_callbacks.listEnded ? m_callbacks.listEnded(m_topKey) : Result<>());
        }
        return end();
    }

private:
    struct Member
    {
        QString key;
        QJsonValue value;
        qint64 offset = 0; // of its key
    };
    struct Frame
    {
        bool isObject = false;
        QList<Member> members; // an object's, in the file's order
        QJsonArray array;
    };

    // UTF-8 as text. RapidJSON checks the file's own bytes; a \u escape of half a UTF-16 pair
    // comes out of it as bytes that are not UTF-8, which Qt would turn into U+FFFD unseen.
    std::optional<QString> text8(const char *text, rapidjson::SizeType length)
    {
        QString decoded = QString::fromUtf8(text, qsizetype(length));
        if (decoded.contains(QChar::ReplacementCharacter)
            && !QByteArrayView(text, qsizetype(length)).contains("\xEF\xBF\xBD")) {
            halfCharacter = true;
            return std::nullopt;
        }
        return decoded;
    }

    bool start(bool isObject)
    {
        if (!wholeValue && !m_rootOpen) {
            if (!isObject) {
                notAnObject = true;
                return false;
            }
            m_rootOpen = true;
            return true;
        }
        if (m_stack.empty() && m_inList)
            m_itemStart = qint64(m_input.Tell()); // the opening bracket, not yet taken
        if (int(m_stack.size()) + 2 > maxDepth) {
            tooDeep = true;
            return false;
        }
        m_stack.push_back({isObject, {}, {}});
        return true;
    }

    bool end()
    {
        if (m_stack.empty()) // the top-level object's end
            return true;
        Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        if (!frame.isObject)
            return value(QJsonValue(std::move(frame.array)));
        // Sorted first, so that a key given twice is found beside its twin and each insert
        // is an append (QJsonObject keeps its keys sorted: inserting in the file's order
        // would take time growing with the square of an object's size).
        std::stable_sort(frame.members.begin(), frame.members.end(),
                         [](const Member &a, const Member &b) { return a.key < b.key; });
        QJsonObject object;
        for (qsizetype i = 0; i < frame.members.size(); ++i) {
            Member &m = frame.members[i];
            if (i > 0 && frame.members[i - 1].key == m.key)
                return twice(m.key, std::max(m.offset, frame.members[i - 1].offset));
            object.insert(m.key, std::move(m.value));
        }
        return value(QJsonValue(std::move(object)));
    }

    // A value has ended: into its container, or handed over.
    bool value(QJsonValue v)
    {
        if (!m_stack.empty()) {
            Frame &frame = m_stack.back();
            if (frame.isObject)
                frame.members.last().value = std::move(v);
            else
                frame.array.append(std::move(v));
            return true;
        }
        if (wholeValue) {
            result = std::move(v);
            return true;
        }
        if (!m_rootOpen) { // a document that is a text or a number
            notAnObject = true;
            return false;
        }
        if (m_callbacks.progress)
            m_callbacks.progress(qint64(m_input.Tell()));
        if (m_inList) {
            const qint64 start = v.isObject() || v.isArray() ? m_itemStart : qint64(m_input.Tell());
            m_input.setLimit(qint64(m_input.Tell()) + Limits::heldBytes); // the next item's
            return call(m_callbacks.item(m_topKey, v, m_index++, start));
        }
        m_input.setLimit(-1);
        return call(m_callbacks.member ? m_callbacks.member(m_topKey, v) : Result<>());
    }

    bool call(const Result<> &done)
    {
        if (!done)
            stopped = done.error();
        return done.has_value();
    }

    bool twice(const QString &key, qint64 offset)
    {
        constexpr qsizetype keyShown = 64;
        QString shown = key;
        if (shown.size() > keyShown)
            shown = shown.left(keyShown) + QChar(0x2026);
        twiceKey = shown;
        twiceOffset = offset;
        return false;
    }

    const Callbacks &m_callbacks;
    Input &m_input;
    std::vector<Frame> m_stack;
    QSet<QString> m_topKeys;
    QString m_topKey;
    bool m_rootOpen = false;
    bool m_inList = false;
    qsizetype m_index = 0;
    qint64 m_itemStart = 0;
};

namespace {

// RapidJSON's error, in words a person can act on.
QString describe(rapidjson::ParseErrorCode code)
{
    using namespace rapidjson;
    switch (code) {
    case kParseErrorDocumentEmpty:
        return QObject::tr("it ends before anything was written");
    case kParseErrorDocumentRootNotSingular:
        return QObject::tr("more follows the end of the document");
    case kParseErrorValueInvalid:
        return QObject::tr("a value is missing or misspelt");
    case kParseErrorObjectMissName:
        return QObject::tr("a key in quotes is missing");
    case kParseErrorObjectMissColon:
        return QObject::tr("a colon is missing after a key");
    case kParseErrorObjectMissCommaOrCurlyBracket:
        return QObject::tr("a comma or } is missing");
    case kParseErrorArrayMissCommaOrSquareBracket:
        return QObject::tr("a comma or ] is missing");
    case kParseErrorStringUnicodeEscapeInvalidHex:
        return QObject::tr("a \\u escape without four hexadecimal digits");
    case kParseErrorStringUnicodeSurrogateInvalid:
        return QObject::tr("a \\u escape that is half of a character");
    case kParseErrorStringEscapeInvalid:
        return QObject::tr("an escape JSON does not have");
    case kParseErrorStringMissQuotationMark:
        return QObject::tr("a text without its closing quotation mark");
    case kParseErrorStringInvalidEncoding:
        return QObject::tr("bytes that are not UTF-8");
    case kParseErrorNumberTooBig:
        return QObject::tr("a number too large");
    case kParseErrorNumberMissFraction:
        return QObject::tr("a number without digits after its point");
    case kParseErrorNumberMissExponent:
        return QObject::tr("a number without digits in its exponent");
    default:
        return QObject::tr("the text is not JSON");
    }
}

} // namespace

JsonStream::JsonStream(QIODevice &in, Subject subject)
    : m_input(std::make_unique<Input>(in))
    , m_subject(subject)
{
}

JsonStream::~JsonStream() = default;

qint64 JsonStream::bytesRead() const
{
    return qint64(m_input->Tell());
}

bool JsonStream::wasEmpty() const
{
    return m_empty;
}

Result<> JsonStream::run(Builder &builder)
{
    constexpr unsigned flags
        = rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag;
    rapidjson::Reader reader;
    const rapidjson::ParseResult parsed = reader.Parse<flags>(*m_input, builder);
    if (m_input->failed()) {
        return fail(ErrorCode::Io,
                    QObject::tr("Reading stopped after %1 bytes: %2. Nothing was imported.")
                        .arg(QLocale().toString(bytesRead()), m_input->deviceError()));
    }
    if (!parsed.IsError() && m_input->atEnd())
        return {};
    if (builder.stopped)
        return std::unexpected(*builder.stopped);
    if (builder.notAnObject) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The file is JSON but not a Byline document (expected an object "
                                "with \"format\": \"byline/1\")."));
    }
    if (m_input->limitReached()) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The value that reaches byte %1 of the file is larger than %2 "
                                "MiB; no part of a Byline document holds that much. Nothing was "
                                "imported.")
                        .arg(QLocale().toString(bytesRead()))
                        .arg(Limits::heldBytes / (1024 * 1024)));
    }
    // A successful parse that stopped before the end met a NUL byte after the document.
    const qint64 offset = !parsed.IsError() ? bytesRead()
        : builder.twiceKey                  ? builder.twiceOffset
                                            : qint64(parsed.Offset());
    if (parsed.Code() == rapidjson::kParseErrorDocumentEmpty)
        m_empty = true;
    QString what;
    if (builder.twiceKey)
        what = QObject::tr("the key \"%1\" is given twice in one object").arg(*builder.twiceKey);
    else if (builder.tooDeep)
        what = QObject::tr("lists and objects nested more than %1 deep").arg(maxDepth);
    else if (builder.halfCharacter)
        what = describe(rapidjson::kParseErrorStringUnicodeSurrogateInvalid);
    else
        what = describe(parsed.IsError() ? parsed.Code()
                                         : rapidjson::kParseErrorDocumentRootNotSingular);
    // A raw control character is the usual cause of a broken text or a value out of place.
    if (const auto byte = m_input->byteAt(offset); !builder.twiceKey && byte && *byte < 0x20
        && *byte != '\n' && *byte != '\r' && *byte != '\t') {
        what = QObject::tr("a raw control character (U+%1), which JSON writes as an escape "
                           "(\\n, \\u0000)")
                   .arg(uint(*byte), 4, 16, QLatin1Char('0'));
    }
    const Input::Position at = m_input->positionOf(offset);
    const QString offsetText = QLocale().toString(offset);
    return fail(
        ErrorCode::InvalidInput,
        m_subject == Subject::File
            ? QObject::tr("The file is not valid JSON: %1 at line %2, column %3 (byte %4). "
                          "Nothing was imported.")
                  .arg(what)
                  .arg(at.line)
                  .arg(at.column)
                  .arg(offsetText)
            : QObject::tr("The article is not valid JSON: %1 at line %2, column %3. Start from "
                          "what \"byline-cli show UID --json\" prints.")
                  .arg(what)
                  .arg(at.line)
                  .arg(at.column));
}

Result<> JsonStream::readObject(const Callbacks &callbacks)
{
    Builder builder(callbacks, *m_input);
    return run(builder);
}

Result<QJsonValue> JsonStream::readValue()
{
    const Callbacks none;
    Builder builder(none, *m_input);
    builder.wholeValue = true;
    if (auto done = run(builder); !done)
        return std::unexpected(done.error());
    return builder.result;
}

Result<QJsonValue> JsonStream::parse(const QByteArray &json, Subject subject)
{
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    return JsonStream(buffer, subject).readValue();
}

} // namespace Byline::Interchange
