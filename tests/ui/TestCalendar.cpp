#include "core/Clock.h"
#include "core/TimeFormat.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/workflow/WorkflowService.h"
#include "tests/TestSupport.h"
#include "ui/calendar/CalendarDayList.h"
#include "ui/calendar/EditorialCalendar.h"
#include "ui/desk/EditorTabs.h"
#include "ui/desk/MainWindow.h"
#include "ui/editor/ArticleEditor.h"
#include "ui/search/SavedSearchList.h"
#include "ui/search/SearchPanel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDragMoveEvent>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QTest>

using namespace Byline;
using Byline::Test::TempDir;

namespace {

const QString startups = QStringLiteral("37c80f9d-abb3-4a73-87dd-2a75bf53e626"); // submitted
const QString published24 = QStringLiteral("dab78878-3add-42d5-965c-4af310098e11");
const QString editor = QStringLiteral("samvel.harutyunyan");

QDateTime utc(const char *text)
{
    return parseUtc(QString::fromLatin1(text)).value();
}

struct FixedClock
{
    explicit FixedClock(const char *time) { Clock::setFixed(utc(time)); }
    ~FixedClock() { Clock::setFixed(std::nullopt); }
};

Article load(Storage::Database &db, const QString &uid)
{
    auto found
        = Storage::ArticleRepository(db).find(uid, Storage::ArticleRepository::Load::WithHistory);
    REQUIRE(found.has_value());
    REQUIRE(found->has_value());
    return **found;
}

void act(Storage::Database &db, Action action, std::optional<QDateTime> at = {})
{
    WorkflowService::Request request;
    request.uid = startups;
    request.action = action;
    request.user = editor;
    request.at = at;
    REQUIRE_OK(WorkflowService(db).act(request));
}

std::unique_ptr<QMimeData> dragged(const QString &uid)
{
    auto mime = std::make_unique<QMimeData>();
    mime->setData(QLatin1String(CalendarDayList::mimeType), uid.toUtf8());
    return mime;
}

// The day's own drag handlers (QDrag's loop does not run offscreen, and the application
// delivers drag events only while a drag is in progress).
struct DayHandlers : CalendarDayList
{
    using CalendarDayList::dragMoveEvent;
    using CalendarDayList::dropEvent;
};

// Whether the day would take the card hovering over it.
bool hoverAccepted(CalendarDayList *list, const QString &uid)
{
    const auto mime = dragged(uid);
    QDragMoveEvent move(QPoint(5, 5), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    move.setAccepted(false);
    (list->*(&DayHandlers::dragMoveEvent))(&move);
    return move.isAccepted();
}

// Drops the card on the day.
void drop(CalendarDayList *list, const QString &uid)
{
    const auto mime = dragged(uid);
    QDropEvent event(QPointF(5, 5), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    (list->*(&DayHandlers::dropEvent))(&event);
    QCoreApplication::processEvents(); // the move runs once the drop has returned
}

QStringList uidsOn(CalendarDayList *list)
{
    QStringList uids;
    for (int row = 0; row < list->count(); ++row)
        uids.append(list->item(row)->data(CalendarDayList::UidRole).toString());
    return uids;
}

} // namespace

TEST_CASE("the calendar shows the week and lets an editor drag an article to another day",
          "[ui][calendar]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("calendar.sqlite")));
    // Friday 20 November, noon in Yerevan (UTC+4).
    FixedClock clock("2026-11-20T08:00:00Z");
    act(*db, Action::Approve);
    act(*db, Action::Schedule, utc("2026-11-23T06:00:00Z")); // Monday 10:00 in Yerevan
    MainWindow window(*db);
    QStringList warnings;
    window.warn = [&](const QString &, const QString &message) {
        warnings.append(message);
    };
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.calendarAction()->trigger();
    EditorialCalendar *calendar = window.calendar();
    REQUIRE(calendar->isVisible());
    CHECK(window.editorTabs()->currentWidget() == calendar);

    // The week of today, Monday to Sunday, with the article published on Tuesday.
    REQUIRE(calendar->days().size() == 7);
    CHECK(calendar->days().contains(QDate(2026, 11, 20)));
    CHECK(uidsOn(calendar->dayList(QDate(2026, 11, 17))).size() == 1);
    calendar->showNext();
    CHECK(uidsOn(calendar->dayList(QDate(2026, 11, 23))) == QStringList {startups});
    CHECK(uidsOn(calendar->dayList(QDate(2026, 11, 24))) == QStringList {published24});
    calendar->showPrevious();
    calendar->showToday();
    CHECK(calendar->days().contains(QDate(2026, 11, 20)));
    calendar->showDay(QDate(2026, 11, 23));
    const auto history = load(*db, startups).history.size();

    SECTION("an editor moves it; the time of day stays and the audit trail records it")
    {
        window.setCurrentUser(editor);
        CalendarDayList *wednesday = calendar->dayList(QDate(2026, 11, 25));
        CHECK(hoverAccepted(wednesday, startups));
        drop(wednesday, startups);
        CHECK(warnings.isEmpty());
        const Article moved = load(*db, startups);
        CHECK(moved.state == WorkflowState::Scheduled);
        CHECK(moved.scheduledAt == utc("2026-11-25T06:00:00Z")); // 10:00 in Yerevan again
        REQUIRE(moved.history.size() == history + 1);
        const auto entry
            = std::find_if(moved.history.cbegin(), moved.history.cend(), [](const AuditEntry &e) {
                  return e.comment.contains(u"2026-11-25T06:00:00Z");
              });
        REQUIRE(entry != moved.history.cend());
        CHECK(entry->action == QStringLiteral("schedule"));
        CHECK(entry->user == editor);
        CHECK(entry->from == QStringLiteral("scheduled"));
        CHECK(entry->to == QStringLiteral("scheduled"));
        CHECK(uidsOn(wednesday) == QStringList {startups});
        CHECK(uidsOn(calendar->dayList(QDate(2026, 11, 23))).isEmpty());
        CHECK(calendar->hint().contains(QStringLiteral("now scheduled")));
        // The list shows the new time too.
        CHECK(window.selectArticle(startups));

        // The keyboard way: Reschedule… with a time in the newsroom zone.
        REQUIRE(calendar->selectArticle(startups));
        calendar->askTime = [](const QDateTime &suggested) -> std::optional<QDateTime> {
            CHECK(suggested == utc("2026-11-25T06:00:00Z"));
            return utc("2026-11-27T14:30:00Z");
        };
        QPushButton *button = nullptr;
        for (auto *b : calendar->findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("Reschedule…"))
                button = b;
        }
        REQUIRE(button != nullptr);
        CHECK(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        CHECK(load(*db, startups).scheduledAt == utc("2026-11-27T14:30:00Z"));
        CHECK(load(*db, startups).history.size() == history + 2);
        CHECK(uidsOn(calendar->dayList(QDate(2026, 11, 27))) == QStringList {startups});

        // Enter opens it in the editor.
        CalendarDayList *friday = calendar->dayList(QDate(2026, 11, 27));
        friday->setCurrentRow(0);
        friday->setFocus();
        QTest::keyClick(friday, Qt::Key_Return);
        REQUIRE(window.editorTabs()->editor(startups) != nullptr);
        CHECK(window.editorTabs()->currentWidget() == window.editorTabs()->editor(startups));
    }
    SECTION("a journalist may not: the drop is refused and nothing changes")
    {
        window.setCurrentUser(QStringLiteral("tom.reid"));
        CalendarDayList *wednesday = calendar->dayList(QDate(2026, 11, 25));
        CHECK_FALSE(hoverAccepted(wednesday, startups));
        CHECK(calendar->hint().contains(QStringLiteral("Only editors")));
        drop(wednesday, startups);
        REQUIRE(warnings.size() == 1);
        CHECK(warnings.first().contains(QStringLiteral("Only editors")));
        CHECK(warnings.first().contains(QStringLiteral("Nothing was changed")));
        CHECK(load(*db, startups).scheduledAt == utc("2026-11-23T06:00:00Z"));
        CHECK(load(*db, startups).history.size() == history);
        CHECK(uidsOn(calendar->dayList(QDate(2026, 11, 23))) == QStringList {startups});
        // The card says why, and Reschedule… is not offered.
        const QListWidgetItem *card = calendar->dayList(QDate(2026, 11, 23))->item(0);
        CHECK(card->toolTip().contains(QStringLiteral("Only editors")));
    }
    SECTION("a drop into the past is refused with a message")
    {
        window.setCurrentUser(editor);
        calendar->setSpan(EditorialCalendar::Span::Month); // yesterday and the article's day
        calendar->showToday();
        CalendarDayList *thursday = calendar->dayList(QDate(2026, 11, 19));
        CHECK_FALSE(hoverAccepted(thursday, startups));
        drop(thursday, startups);
        REQUIRE(warnings.size() == 1);
        INFO(warnings.first().toStdString());
        CHECK(warnings.first().contains(QStringLiteral("is over")));
        // Today, but 10:00 has passed already (it is noon).
        drop(calendar->dayList(QDate(2026, 11, 20)), startups);
        REQUIRE(warnings.size() == 2);
        INFO(warnings.last().toStdString());
        CHECK(warnings.last().contains(QStringLiteral("has already passed")));
        CHECK(load(*db, startups).scheduledAt == utc("2026-11-23T06:00:00Z"));
        CHECK(load(*db, startups).history.size() == history);
    }
    SECTION("published articles stay; late ones are marked")
    {
        window.setCurrentUser(editor);
        calendar->showDay(QDate(2026, 11, 24));
        CalendarDayList *tuesday = calendar->dayList(QDate(2026, 11, 24));
        REQUIRE(tuesday->count() == 1);
        CHECK_FALSE(tuesday->item(0)->flags().testFlag(Qt::ItemIsDragEnabled));
        CHECK_FALSE(hoverAccepted(calendar->dayList(QDate(2026, 11, 26)), published24));
        // Three days later, nothing has published it: it is late.
        Clock::setFixed(utc("2026-11-23T09:00:00Z"));
        calendar->reload();
        const QString card = calendar->dayList(QDate(2026, 11, 23))->item(0)->text();
        CHECK(card.contains(QStringLiteral("Late")));
        calendar->setSpan(EditorialCalendar::Span::Month);
        CHECK(calendar->days().size() % 7 == 0);
        CHECK(calendar->days().contains(QDate(2026, 11, 1)));
        CHECK(calendar->days().contains(QDate(2026, 11, 30)));
        CHECK(uidsOn(calendar->dayList(QDate(2026, 11, 3))).size() == 1);
        CHECK(calendar->rangeText().contains(QStringLiteral("2026")));
    }
}

TEST_CASE("a search is saved under a name, listed in the sidebar, run, renamed and deleted",
          "[ui][saved]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("saved.sqlite")));
    MainWindow window(*db);
    QStringList warnings;
    window.warn = [&](const QString &, const QString &message) {
        warnings.append(message);
    };
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    SearchPanel *panel = window.searchPanel();
    SavedSearchList *saved = window.savedSearches();
    QPushButton *save = nullptr;
    for (auto *b : panel->findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("Save this search…"))
            save = b;
    }
    REQUIRE(save != nullptr);
    panel->setQuery(QStringLiteral("водохранилище"));
    CHECK_FALSE(save->isEnabled()); // nobody chosen yet
    CHECK(save->toolTip().contains(QStringLiteral("Choose who you are")));

    window.setCurrentUser(QStringLiteral("tom.reid"));
    REQUIRE(save->isEnabled());
    auto *language = panel->findChildren<QComboBox *>().at(0);
    language->setCurrentIndex(language->findData(QStringLiteral("ru")));
    const int found = int(panel->results().hits.size());
    REQUIRE(found > 0);
    panel->askName = [](const QString &suggested) -> std::optional<QString> {
        CHECK(suggested == QStringLiteral("водохранилище"));
        return QStringLiteral("Reservoir");
    };
    QTest::mouseClick(save, Qt::LeftButton);
    QCoreApplication::processEvents(); // the change hub delivers from the event loop
    CHECK(warnings.isEmpty());
    REQUIRE(saved->searches().size() == 1);
    QListWidget *list = saved->list();
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text() == QStringLiteral("Reservoir"));

    // The same name again is refused, and says so.
    QTest::mouseClick(save, Qt::LeftButton);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().contains(QStringLiteral("already have")));
    CHECK(saved->searches().size() == 1);

    // Clicking it runs it in the Search panel, with its filter.
    panel->setQuery(QStringLiteral("something else"));
    language->setCurrentIndex(0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(0)).center());
    CHECK(panel->current().text == QStringLiteral("водохранилище"));
    CHECK(panel->current().locale == QStringLiteral("ru"));
    CHECK(int(panel->results().hits.size()) == found);

    // Another person has none of them.
    window.setCurrentUser(QStringLiteral("ani.hakobyan"));
    CHECK(saved->searches().isEmpty());
    window.setCurrentUser(QStringLiteral("tom.reid"));
    REQUIRE(saved->searches().size() == 1);

    const qint64 id = saved->searches().first().id;
    saved->askName = [](const QString &current) -> std::optional<QString> {
        CHECK(current == QStringLiteral("Reservoir"));
        return QStringLiteral("Bronze age");
    };
    saved->renameSearch(id);
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text() == QStringLiteral("Bronze age"));

    saved->confirmDelete = [](const QString &name) {
        CHECK(name == QStringLiteral("Bronze age"));
        return false;
    };
    saved->deleteSearch(id);
    CHECK(saved->searches().size() == 1); // not confirmed: kept
    saved->confirmDelete = [](const QString &) {
        return true;
    };
    saved->deleteSearch(id);
    CHECK(saved->searches().isEmpty());
    CHECK(list->count() == 1); // the hint how to save one
    CHECK_FALSE(list->item(0)->flags().testFlag(Qt::ItemIsSelectable));
}

TEST_CASE("a closed calendar reads nothing, and shown it reads what the store holds then",
          "[ui][calendar]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("closed.sqlite")));
    FixedClock clock("2026-11-20T08:00:00Z");
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.setCurrentUser(editor);
    EditorialCalendar *calendar = window.calendar();
    REQUIRE_FALSE(calendar->isVisible());
    // The desk starts with it closed: no cards read, though Tuesday has a published article.
    CHECK(uidsOn(calendar->dayList(QDate(2026, 11, 17))).isEmpty());

    window.calendarAction()->trigger();
    REQUIRE(calendar->isVisible());
    CHECK(uidsOn(calendar->dayList(QDate(2026, 11, 17))).size() == 1);

    // Closed again while an article is scheduled for Saturday: shown, it has its card.
    window.editorTabs()->setCurrentIndex(0);
    REQUIRE_FALSE(calendar->isVisible());
    act(*db, Action::Approve);
    act(*db, Action::Schedule, utc("2026-11-21T06:00:00Z"));
    QTest::qWait(50); // the change hub delivers
    CHECK(uidsOn(calendar->dayList(QDate(2026, 11, 21))).isEmpty());
    window.calendarAction()->trigger();
    CHECK(uidsOn(calendar->dayList(QDate(2026, 11, 21))) == QStringList {startups});
}

TEST_CASE("a new newsroom time zone shows in the calendar's note of it", "[ui][calendar]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("zone.sqlite")));
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.calendarAction()->trigger();
    const auto zoneNote = [&] {
        for (const QLabel *label : window.calendar()->findChildren<QLabel *>()) {
            if (label->text().startsWith(QStringLiteral("Times in ")))
                return label->text();
        }
        return QString();
    };
    REQUIRE_FALSE(zoneNote().isEmpty());
    REQUIRE_OK(Storage::SettingsRepository(*db).setSetting(QStringLiteral("time_zone"),
                                                           QStringLiteral("Asia/Tokyo")));
    CHECK(
        QTest::qWaitFor([&] { return zoneNote() == QStringLiteral("Times in Asia/Tokyo"); }, 2000));
}
