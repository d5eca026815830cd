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
};

inline constexpr Link all[] = {
    {QLatin1StringView("social.x"), QLatin1StringView("X"), false},
    {QLatin1StringView("social.youtube"), QLatin1StringView("YouTube"), false},
    {QLatin1StringView("social.instagram"), QLatin1StringView("Instagram"), false},
    {QLatin1StringView("social.facebook"), QLatin1StringView("Facebook"), false},
    {QLatin1StringView("social.telegram"), QLatin1StringView("Telegram"), false},
    {QLatin1StringView("apps.app_store"), QLatin1StringView("App Store"), true},
    {QLatin1StringView("apps.google_play"), QLatin1StringView("Google Play"), true},
};

} // namespace Byline::SiteLinks
