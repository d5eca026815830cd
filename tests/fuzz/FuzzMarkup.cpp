// The paragraph markup (core/site/InlineMarkup): **bold**, *italic*, [words](address). Whatever
// a paragraph says, its HTML has only <strong>, <em> and <a href> with a safe address, closed in
// the order they were opened, and every other character escaped.
#include "core/site/Html.h"
#include "core/site/InlineMarkup.h"
#include "tests/fuzz/FuzzSupport.h"
#include "tests/fuzz/HtmlCheck.h"

using namespace Byline;

namespace {

// Every <strong>, <em> and <a> is closed, innermost first.
bool nested(const QString &html)
{
    QList<QStringView> open;
    for (qsizetype i = html.indexOf(u'<'); i >= 0; i = html.indexOf(u'<', i + 1)) {
        const QStringView rest = QStringView(html).mid(i);
        const bool closing = rest.startsWith(u"</");
        const QStringView name
            = rest.mid(closing ? 2 : 1, rest.indexOf(u'>') - (closing ? 2 : 1)).split(u' ').first();
        if (!closing)
            open.append(name);
        else if (open.isEmpty() || open.takeLast() != name)
            return false;
    }
    return open.isEmpty();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Fuzz;
    const QString text = Fuzz::text(data, size);
    const QString html = InlineMarkup::toHtml(text);
    const HtmlCheck::Report report = HtmlCheck::check(html, true);
    if (!report.problem.isEmpty())
        broken("a paragraph's HTML is its marks and escaped text", report.problem);
    if (!nested(html))
        broken("a paragraph's tags are closed innermost first", html);
    if (!text.contains(u'*') && report.marks > 0)
        broken("bold and italic come from asterisks only", html);
    if (!text.contains(u"](") && report.bodyLinks > 0)
        broken("links come from [words](address) only", html);
    if (!text.contains(u'*') && !text.contains(u'[') && !text.contains(u'\\')
        && html != Html::escape(text))
        broken("a paragraph without marks is its text, escaped", html);
    return 0;
}
