#pragma once

#include <QLatin1StringView>

namespace Byline::SiteLinks {

// The newsroom's accounts and apps in the page's top bar: the setting that holds each address
// and the name the page shows. The order is the page's order.
struct Link
{
    QLatin1StringView key; // settings key ("social.x")
    QLatin1StringView label; // shown on the page, the same in every language ("X")
    bool app = false; // a mobile app store, not a social account
    // The link's icon: SVG shapes in a 24 x 24 box, drawn in the text's colour with 2 px lines
    // (PageRenderer wraps them). Our own simple drawings, not the companies' logos.
    QLatin1StringView icon;
};

inline constexpr Link all[] = {
    {QLatin1StringView("social.x"), QLatin1StringView("X"), false,
     QLatin1StringView("<path d=\"M4 4h4.5L20 20h-4.5z\" fill=\"currentColor\" stroke=\"none\"/>"
                       "<path d=\"M19.5 4.5 13.6 11M10.4 13l-5.9 6.5\"/>")},
    {QLatin1StringView("social.youtube"), QLatin1StringView("YouTube"), false,
     QLatin1StringView("<rect x=\"2.5\" y=\"5.5\" width=\"19\" height=\"13\" rx=\"4\"/>"
                       "<path d=\"M10 9v6l5-3z\" fill=\"currentColor\"/>")},
    {QLatin1StringView("social.instagram"), QLatin1StringView("Instagram"), false,
     QLatin1StringView("<rect x=\"3.5\" y=\"3.5\" width=\"17\" height=\"17\" rx=\"5\"/>"
                       "<circle cx=\"12\" cy=\"12\" r=\"4\"/>"
                       "<circle cx=\"17\" cy=\"7\" r=\"1.2\" fill=\"currentColor\" "
                       "stroke=\"none\"/>")},
    {QLatin1StringView("social.facebook"), QLatin1StringView("Facebook"), false,
     QLatin1StringView("<circle cx=\"12\" cy=\"12\" r=\"9.5\"/>"
                       "<path d=\"M15.5 7.5H14a2.5 2.5 0 0 0-2.5 2.5v11.5M8.5 13h6\"/>")},
    {QLatin1StringView("social.telegram"), QLatin1StringView("Telegram"), false,
     QLatin1StringView("<path d=\"M21.5 3.5 2.5 11l6.5 2.5 2.5 7 3.5-4.5 5 3.5z\"/>"
                       "<path d=\"m9 13.5 12.5-10\"/>")},
    {QLatin1StringView("apps.app_store"), QLatin1StringView("App Store"), true,
     QLatin1StringView("<rect x=\"2.5\" y=\"2.5\" width=\"19\" height=\"19\" rx=\"5\"/>"
                       "<path d=\"m12 6.5-5 10M12 6.5l5 10M8.5 13.5h7\"/>")},
    {QLatin1StringView("apps.google_play"), QLatin1StringView("Google Play"), true,
     QLatin1StringView("<path d=\"M6 3.5v17L20.5 12z\"/><path d=\"M6 3.5 14 12l-8 8.5\"/>")},
};

} // namespace Byline::SiteLinks
