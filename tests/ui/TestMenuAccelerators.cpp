// Every menu of the desk, in every interface language, gives each item its own accelerator:
// Alt+letter must not be a guess between two commands (tests/language/TextChecks.h).
#include "tests/TestSupport.h"
#include "tests/language/TextChecks.h"
#include "ui/desk/MainWindow.h"
#include "ui/language/UiLanguage.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>

using namespace Byline;
using Byline::Test::TempDir;

namespace {

QString shown(const QString &text)
{
    QString s = text;
    return s.remove(QLatin1Char('&'));
}

// The clashes in one menu (or the menu bar) and in its submenus, as "menu: key: a / b".
void clashesIn(const QString &name, const QList<QAction *> &actions, QStringList *found)
{
    QStringList texts;
    for (QAction *a : actions) {
        if (a->isSeparator())
            continue;
        texts.append(a->text());
        if (QMenu *sub = a->menu())
            clashesIn(name + QStringLiteral(" > ") + shown(a->text()), sub->actions(), found);
    }
    for (const auto &c : Test::TextChecks::acceleratorClashes(texts)) {
        found->append(QStringLiteral("%1: &%2 in «%3» and «%4»")
                          .arg(name, QString(c.key), c.first, c.second));
    }
}

} // namespace

TEST_CASE("no two items of a menu share an accelerator, in any interface language",
          "[ui][languages][menus]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("menus.sqlite")));
    UiLanguage language;
    MainWindow window(*db, &language);
    window.setCurrentUser(QStringLiteral("samvel.harutyunyan")); // an editor: every action
    for (const QString &code : {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("hy")}) {
        INFO("interface language " << code.toStdString());
        REQUIRE(language.set(code));
        QCoreApplication::processEvents();
        const QList<QAction *> menus = window.menuBar()->actions();
        // The Article menu holds the workflow's actions: a walk that missed it would pass.
        REQUIRE(menus.size() >= 4);
        int items = 0;
        for (QAction *m : menus)
            items += m->menu() ? int(m->menu()->actions().size()) : 0;
        CHECK(items >= 20);
        QStringList found;
        clashesIn(QStringLiteral("menu bar"), menus, &found);
        for (const QString &clash : std::as_const(found))
            FAIL_CHECK(code.toStdString() << ": " << clash.toStdString());
        CHECK(found.isEmpty());
    }
    REQUIRE(language.set(QStringLiteral("en")));
}
