#pragma once

#include <QJsonObject>
#include <QString>

// The page renderer's safety, checked from the outside (tests/fuzz/FuzzPage.cpp): reads the
// HTML the way a browser starts to, and finds anything that could run or that came from the
// input unescaped.
namespace Byline::Fuzz::HtmlCheck {

struct Report
{
    QString problem; // empty when the page is safe; otherwise what is wrong, and where
    int scripts = 0; // <script> elements
    int marks = 0; // <strong> and <em> (the paragraph markup)
    int bodyLinks = 0; // <a> made by the paragraph markup
    QString title; // the text of <title>, decoded
    QString heading; // the text of the first <h1>, decoded
    QJsonObject jsonLd; // the JSON-LD script's object
};

// `fragment`: a paragraph's HTML (InlineMarkup) rather than a whole page.
[[nodiscard]] Report check(const QString &html, bool fragment = false);

// Text or an attribute value with its character references (the five Html::escape writes)
// replaced by the characters.
[[nodiscard]] QString decode(QStringView escaped);

// Text as Html::escape keeps it: without the control characters it drops.
[[nodiscard]] QString withoutControls(const QString &text);

} // namespace Byline::Fuzz::HtmlCheck
