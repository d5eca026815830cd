#pragma once

namespace Byline::Translations {

// The English plural forms of the source strings ("1 article", "2 articles"; the sources say
// "%n article(s)"). Installed first, so that a Russian or Armenian interface, installed after
// it, takes precedence. Needs a Q(Core)Application.
void installPluralForms();

} // namespace Byline::Translations
