#pragma once

#include <QString>

// Names in the demo newsroom (resources/demo/newsroom.json) that the torture tests act on.
namespace Byline::Test::DemoNewsroom {

// A Russian draft with an English translation, written by irina.volkova.
inline const QString draftUid = QStringLiteral("24d0ba52-d8b7-49c2-bc20-086ef746473b");
inline const QString journalist = QStringLiteral("irina.volkova"); // the draft's author
inline const QString editor = QStringLiteral("samvel.harutyunyan"); // edits and acts on anything
inline const QString admin = QStringLiteral("t.babayan"); // may import anything

} // namespace Byline::Test::DemoNewsroom
