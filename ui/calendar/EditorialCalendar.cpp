#include "ui/calendar/EditorialCalendar.h"

#include "core/Clock.h"
#include "core/changes/ChangeFeed.h"
#include "core/models/ArticleListModel.h"
#include "core/services/PresenceBoard.h"
#include "core/storage/ArticleLists.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/Database.h"
#include "core/workflow/Permissions.h"
#include "core/workflow/TimeInput.h"
#include "core/workflow/WorkflowService.h"
#include "ui/calendar/CalendarDayList.h"
#include "ui/language/Labels.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/workflow/ScheduleDialog.h"

#include <QAction>
#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Byline {
namespace {

const QColor scheduledColor(0xe3, 0xed, 0xfc);
const QColor publishedColor(0xe4, 0xf3, 0xe7);
const QColor lateColor(0xfc, 0xe4, 0xe2);
const QColor lateText(0xa3, 0x1a, 0x12);

} // namespace

EditorialCalendar::EditorialCalendar(Storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    if (auto zone = TimeInput::newsroomZone(db))
        m_zone = *zone;
    else
        m_loadError = zone.error().message;
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
    m_anchor = today();
    connect(&db.changes(), &ChangeFeed::changed, this, &EditorialCalendar::followStore);

    m_previous = new QToolButton(this);
    m_previous->setText(QStringLiteral("‹"));
    m_previous->setShortcut(QKeySequence(QStringLiteral("Alt+Left")));
    m_next = new QToolButton(this);
    m_next->setText(QStringLiteral("›"));
    m_next->setShortcut(QKeySequence(QStringLiteral("Alt+Right")));
    m_today = new QPushButton(this);
    m_today->setShortcut(QKeySequence(QStringLiteral("Alt+Home")));
    m_range = new QLabel(this);
    QFont big = m_range->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_range->setFont(big);
    m_week = new QToolButton(this);
    m_month = new QToolButton(this);
    for (QToolButton *b : {m_week, m_month}) {
        b->setCheckable(true);
        b->setAutoRaise(false);
    }
    m_week->setChecked(true);
    m_spans = new QButtonGroup(this);
    m_spans->addButton(m_week);
    m_spans->addButton(m_month);
    m_reschedule = new QPushButton(this);
    m_open = new QPushButton(this);
    m_zoneLabel = new QLabel(this);
    m_zoneLabel->setForegroundRole(QPalette::PlaceholderText);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Navigation, the range and its zone, then the spans and actions; the row wraps rather than
    // widening the window when the words are long.
    auto *bar = new FlowLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_today);
    bar->addWidget(m_next);
    bar->addWidget(m_range);
    bar->addWidget(m_zoneLabel);
    bar->addWidget(m_week);
    bar->addWidget(m_month);
    bar->addWidget(m_reschedule);
    bar->addWidget(m_open);

    m_grid = new QWidget(this);
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    m_gridLayout->setSpacing(4);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(bar);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_hint);

    m_rescheduleAction = new QAction(this);
    m_rescheduleAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+R")));
    m_rescheduleAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_rescheduleAction);

    connect(m_previous, &QToolButton::clicked, this, &EditorialCalendar::showPrevious);
    connect(m_next, &QToolButton::clicked, this, &EditorialCalendar::showNext);
    connect(m_today, &QPushButton::clicked, this, &EditorialCalendar::showToday);
    connect(m_week, &QToolButton::clicked, this, [this] { setSpan(Span::Week); });
    connect(m_month, &QToolButton::clicked, this, [this] { setSpan(Span::Month); });
    connect(m_reschedule, &QPushButton::clicked, this, &EditorialCalendar::rescheduleSelected);
    connect(m_rescheduleAction, &QAction::triggered, this, &EditorialCalendar::rescheduleSelected);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!m_selectedUid.isEmpty())
            Q_EMIT articleActivated(m_selectedUid);
    });
    askTime = [this](const QDateTime &suggested) -> std::optional<QDateTime> {
        auto at = ScheduleDialog::ask(m_db, suggested, this);
        if (!at) {
            Q_EMIT failed(at.error().message);
            return std::nullopt;
        }
        return *at;
    };

    retranslate();
    rebuild();
}

void EditorialCalendar::setUser(const std::optional<User> &user)
{
    m_user = user;
    fill(); // the cards' tooltips and what may be dragged depend on who is looking
}

void EditorialCalendar::setSpan(Span span)
{
    m_span = span;
    m_week->setChecked(span == Span::Week);
    m_month->setChecked(span == Span::Month);
    rebuild();
}

void EditorialCalendar::showDay(const QDate &day)
{
    m_anchor = day;
    rebuild();
}

void EditorialCalendar::showToday()
{
    showDay(today());
}

void EditorialCalendar::showNext()
{
    showDay(m_span == Span::Week ? m_anchor.addDays(7) : m_anchor.addMonths(1));
}

void EditorialCalendar::showPrevious()
{
    showDay(m_span == Span::Week ? m_anchor.addDays(-7) : m_anchor.addMonths(-1));
}

void EditorialCalendar::reload()
{
    fill();
}

QDate EditorialCalendar::today() const
{
    return Clock::now().toTimeZone(m_zone).date();
}

QDate EditorialCalendar::firstDay() const
{
    const QDate from
        = m_span == Span::Week ? m_anchor : QDate(m_anchor.year(), m_anchor.month(), 1);
    const int weekStart = int(QLocale().firstDayOfWeek());
    return from.addDays(-((from.dayOfWeek() - weekStart + 7) % 7));
}

QDate EditorialCalendar::lastDay() const
{
    if (m_span == Span::Week)
        return firstDay().addDays(6);
    const QDate monthEnd(m_anchor.year(), m_anchor.month(), m_anchor.daysInMonth());
    const QDate first = firstDay();
    const qint64 weeks = (first.daysTo(monthEnd) / 7) + 1;
    return first.addDays(weeks * 7 - 1);
}

QList<QDate> EditorialCalendar::days() const
{
    QList<QDate> result;
    for (const Cell &c : m_cells)
        result.append(c.day);
    return result;
}

CalendarDayList *EditorialCalendar::dayList(const QDate &day) const
{
    for (const Cell &c : m_cells) {
        if (c.day == day)
            return c.list;
    }
    return nullptr;
}

QString EditorialCalendar::rangeText() const
{
    return m_range->text();
}

QString EditorialCalendar::hint() const
{
    return m_hint->text();
}

void EditorialCalendar::rebuild()
{
    for (const Cell &c : std::as_const(m_cells)) {
        delete c.header;
        delete c.list;
    }
    m_cells.clear();
    const QDate first = firstDay();
    const QDate last = lastDay();
    const bool week = m_span == Span::Week;
    int index = 0;
    for (QDate day = first; day <= last; day = day.addDays(1), ++index) {
        Cell cell;
        cell.day = day;
        cell.header = new QLabel(m_grid);
        cell.list = new CalendarDayList(day, m_grid);
        cell.list->whyNot = [this](const QString &uid, const QDate &to) {
            return whyNot(uid, to);
        };
        cell.list->setMinimumHeight(week ? 200 : 60);
        cell.list->setWordWrap(week);
        cell.list->setTextElideMode(Qt::ElideRight);
        const int row = (index / 7) * 2;
        m_gridLayout->addWidget(cell.header, row, index % 7);
        m_gridLayout->addWidget(cell.list, row + 1, index % 7);
        m_gridLayout->setRowStretch(row + 1, 1);
        m_gridLayout->setColumnStretch(index % 7, 1);
        cell.header->show(); // at once, not when the layout gets to it
        cell.list->show();
        CalendarDayList *list = cell.list;
        connect(list, &QListWidget::currentItemChanged, this, [this, list](QListWidgetItem *item) {
            if (item)
                select(item->data(CalendarDayList::UidRole).toString());
            else if (list->hasFocus())
                select(QString());
        });
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            Q_EMIT articleActivated(item->data(CalendarDayList::UidRole).toString());
        });
        connect(list, &CalendarDayList::hovering, m_hint, &QLabel::setText);
        // After the drop has finished: the lists are refilled by the move.
        connect(list, &CalendarDayList::dropped, this, &EditorialCalendar::moveToDay,
                Qt::QueuedConnection);
        m_cells.append(cell);
    }
    // Rows left from a longer month stay empty.
    for (int row = int(m_cells.size() / 7) * 2; row < m_gridLayout->rowCount(); ++row)
        m_gridLayout->setRowStretch(row, 0);
    retranslate();
    fill();
}

QDateTime EditorialCalendar::calendarTime(const ArticleSummary &article) const
{
    const std::optional<QDateTime> &at
        = article.state == WorkflowState::Published ? article.publishedAt : article.scheduledAt;
    return at ? at->toTimeZone(m_zone) : QDateTime();
}

bool EditorialCalendar::isLate(const ArticleSummary &article) const
{
    return ArticleListModel::isOverdue(article); // the list's rule: one word for one fact
}

QString EditorialCalendar::cardText(const ArticleSummary &article) const
{
    const QString time = calendarTime(article).toString(QStringLiteral("HH:mm"));
    const QString title = article.title.isEmpty() ? tr("(untitled)") : article.title;
    const QString present = presenceText(article.uid);
    if (m_span == Span::Month) { // small cells: one line, the rest in the tooltip
        return QStringLiteral("%1%2 %3%4")
            .arg(isLate(article) ? QStringLiteral("⚠ ") : QString(), time, title,
                 present.isEmpty() ? QString() : QStringLiteral(" · ") + present);
    }
    QString state = ArticleListModel::stateLabel(article.state);
    if (isLate(article))
        state = tr("Late: not published yet");
    else if (article.publishedLateSeconds)
        state = tr("Published late");
    return QStringLiteral("%1 · %2\n%3%4")
        .arg(time, state, title, present.isEmpty() ? QString() : QStringLiteral("\n") + present);
}

void EditorialCalendar::setPresence(PresenceBoard *board)
{
    if (m_presence)
        disconnect(m_presence, nullptr, this, nullptr);
    m_presence = board;
    if (board)
        connect(board, &PresenceBoard::changed, this, &EditorialCalendar::refreshCardTexts);
    refreshCardTexts();
}

QString EditorialCalendar::presenceText(const QString &uid) const
{
    if (!m_presence)
        return {};
    QStringList people;
    for (const Presence &p : m_presence->others(uid)) {
        people.append(ArticleListModel::initials(p.displayName.isEmpty() ? p.user : p.displayName)
                      + QLatin1Char(' ') + m_presence->localeLabel(p.locale));
    }
    return people.join(QStringLiteral(", "));
}

void EditorialCalendar::refreshCardTexts()
{
    for (const Cell &c : std::as_const(m_cells)) {
        for (int row = 0; row < c.list->count(); ++row) {
            QListWidgetItem *item = c.list->item(row);
            const auto article
                = m_articles.constFind(item->data(CalendarDayList::UidRole).toString());
            if (article != m_articles.cend())
                item->setText(cardText(*article));
        }
    }
}

QString EditorialCalendar::cardToolTip(const ArticleSummary &article) const
{
    QString tip = QStringLiteral("<b>%1</b><br>").arg(article.title.toHtmlEscaped());
    const QString when = QLocale().toString(calendarTime(article), QLocale::LongFormat);
    if (article.state == WorkflowState::Published) {
        tip += tr("Published %1.").arg(when);
        if (article.publishedLateSeconds)
            tip += QLatin1Char(' ')
                + tr("%1 later than scheduled.")
                      .arg(TimeInput::duration(*article.publishedLateSeconds));
        return tip + QStringLiteral("<br>") + tr("Published articles stay on their day.");
    }
    tip += tr("Scheduled for %1.").arg(when);
    if (isLate(article))
        tip += QLatin1Char(' ')
            + tr("Its time has passed and it is not published yet: it goes out with the next "
                 "publishing run, or publish it now.");
    const QString why = whyNot(article.uid, {});
    return tip + QStringLiteral("<br>")
        + (why.isEmpty() ? tr("Drag it to another day to move it there (same time of day), or "
                              "press Ctrl+Shift+R to choose a new time.")
                         : why);
}

void EditorialCalendar::fill()
{
    // A hidden calendar (the desk starts with it closed) reads nothing: a busy week's cards
    // cost the start of the desk tens of milliseconds on a large archive. It is filled when
    // shown.
    m_unfilled = !isVisible();
    if (m_unfilled)
        return;
    m_articles.clear();
    for (const Cell &c : std::as_const(m_cells))
        c.list->clear();
    if (m_cells.isEmpty())
        return;
    const QDateTime from = QDateTime(firstDay(), QTime(0, 0), m_zone).toUTC();
    const QDateTime to = QDateTime(lastDay().addDays(1), QTime(0, 0), m_zone).toUTC();
    auto found = Storage::ArticleLists(m_db).onCalendar(from, to);
    if (!found) {
        m_hint->setText(tr("The calendar cannot be read: %1").arg(found.error().message));
        return;
    }
    QList<ArticleSummary> articles = *found;
    std::sort(articles.begin(), articles.end(),
              [this](const ArticleSummary &a, const ArticleSummary &b) {
                  return calendarTime(a) < calendarTime(b);
              });
    for (const ArticleSummary &a : std::as_const(articles))
        addCard(a);
    if (!m_selectedUid.isEmpty() && !selectArticle(m_selectedUid))
        m_selectedUid.clear();
    updateActions();
    if (!m_loadError.isEmpty())
        m_hint->setText(m_loadError);
}

void EditorialCalendar::addCard(const ArticleSummary &a)
{
    m_articles.insert(a.uid, a);
    CalendarDayList *list = dayList(calendarTime(a).date());
    if (!list)
        return;
    // In the day's order of time (fill() adds them in that order already).
    int row = list->count();
    while (row > 0) {
        const QString before = list->item(row - 1)->data(CalendarDayList::UidRole).toString();
        if (calendarTime(m_articles.value(before)) <= calendarTime(a))
            break;
        --row;
    }
    auto *item = new QListWidgetItem(cardText(a));
    item->setData(CalendarDayList::UidRole, a.uid);
    const bool movable = a.state == WorkflowState::Scheduled;
    item->setData(CalendarDayList::MovableRole, movable);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled
                   | (movable ? Qt::ItemIsDragEnabled : Qt::NoItemFlags));
    const bool late = isLate(a);
    item->setBackground(late ? lateColor : (movable ? scheduledColor : publishedColor));
    item->setForeground(late ? lateText : QColor(Qt::black));
    item->setToolTip(cardToolTip(a));
    item->setData(Qt::AccessibleTextRole,
                  cardText(a).replace(QLatin1Char('\n'), QStringLiteral(", ")));
    list->insertItem(row, item);
}

void EditorialCalendar::removeCard(const QString &uid)
{
    if (!m_articles.remove(uid))
        return;
    for (const Cell &c : std::as_const(m_cells)) {
        for (int row = c.list->count() - 1; row >= 0; --row) {
            if (c.list->item(row)->data(CalendarDayList::UidRole).toString() == uid)
                delete c.list->takeItem(row);
        }
    }
}

void EditorialCalendar::followStore(const Changes &changes)
{
    // One card per changed article, read again (it may have come onto the calendar, moved to
    // another day or left it); a new time zone or "reload everything" refills the range.
    QStringList articles;
    for (const Change &c : changes) {
        if (c.kind == ChangeKind::Many
            || (c.kind == ChangeKind::SettingsChanged && c.uid == QStringLiteral("time_zone"))) {
            if (auto zone = TimeInput::newsroomZone(m_db); zone && zone->isValid()) {
                m_zone = *zone;
                m_zoneLabel->setText(tr("Times in %1").arg(QString::fromUtf8(m_zone.id())));
            }
            fill();
            return;
        }
        if (c.isArticle() && !articles.contains(c.uid))
            articles.append(c.uid);
    }
    if (articles.isEmpty() || m_cells.isEmpty())
        return;
    if (!isVisible()) { // closed: read all of it again when shown
        m_unfilled = true;
        return;
    }
    const QDateTime from = QDateTime(firstDay(), QTime(0, 0), m_zone).toUTC();
    const QDateTime to = QDateTime(lastDay().addDays(1), QTime(0, 0), m_zone).toUTC();
    for (const QString &uid : std::as_const(articles)) {
        auto found = Storage::ArticleLists(m_db).onCalendar(from, to, uid);
        if (!found) {
            m_hint->setText(tr("The calendar cannot be read: %1").arg(found.error().message));
            return;
        }
        removeCard(uid);
        if (!found->isEmpty())
            addCard(found->constFirst());
    }
    if (!m_selectedUid.isEmpty() && !selectArticle(m_selectedUid))
        m_selectedUid.clear();
    updateActions();
}

bool EditorialCalendar::selectArticle(const QString &uid)
{
    for (const Cell &c : std::as_const(m_cells)) {
        for (int row = 0; row < c.list->count(); ++row) {
            if (c.list->item(row)->data(CalendarDayList::UidRole).toString() == uid) {
                c.list->setCurrentRow(row);
                select(uid);
                return true;
            }
        }
    }
    return false;
}

void EditorialCalendar::select(const QString &uid)
{
    m_selectedUid = uid;
    // One selection across the days.
    for (const Cell &c : std::as_const(m_cells)) {
        QListWidgetItem *current = c.list->currentItem();
        if (current && current->data(CalendarDayList::UidRole).toString() != uid) {
            const QSignalBlocker block(c.list);
            c.list->setCurrentItem(nullptr);
            c.list->clearSelection();
        }
    }
    updateActions();
}

QString EditorialCalendar::whyNot(const QString &uid, const QDate &day) const
{
    if (!m_user)
        return tr("Choose who you are first (\"You are\" above the list).");
    const auto found = m_articles.constFind(uid);
    if (found == m_articles.cend())
        return tr("That article is no longer on the calendar.");
    if (found->state != WorkflowState::Scheduled)
        return tr("Published articles stay on the day they came out.");
    Article article;
    article.authors = found->authors;
    article.sourceLocale = found->sourceLocale;
    article.state = found->state;
    if (!Permissions::mayAct(*m_user, Action::Schedule, article))
        return tr("Only editors can reschedule; you are %1.").arg(Labels::role(m_user->role));
    if (day.isValid() && day < today())
        return tr("%1 is over: move it to today or a later day.")
            .arg(QLocale().toString(day, QLocale::ShortFormat));
    return {};
}

bool EditorialCalendar::moveToDay(const QString &uid, const QDate &day)
{
    const QString why = whyNot(uid, day);
    if (!why.isEmpty()) {
        Q_EMIT failed(tr("%1 Nothing was changed.").arg(why));
        return false;
    }
    const QDateTime was = calendarTime(m_articles.value(uid));
    if (was.date() == day)
        return true;
    const auto at = TimeInput::parse(day.toString(Qt::ISODate) + QLatin1Char(' ')
                                         + was.time().toString(QStringLiteral("HH:mm:ss")),
                                     m_zone);
    if (!at) {
        Q_EMIT failed(at.error().message);
        return false;
    }
    if (*at <= Clock::now()) {
        Q_EMIT failed(tr("%1 at %2 has already passed. Move it to a later day, or choose a "
                         "later time with \u201cReschedule…\u201d. Nothing was changed.")
                          .arg(QLocale().toString(day, QLocale::ShortFormat),
                               was.time().toString(QStringLiteral("HH:mm"))));
        return false;
    }
    return reschedule(uid, *at);
}

void EditorialCalendar::rescheduleSelected()
{
    if (m_selectedUid.isEmpty()) {
        Q_EMIT failed(tr("Select a scheduled article on the calendar first."));
        return;
    }
    const QString uid = m_selectedUid;
    if (const QString why = whyNot(uid, {}); !why.isEmpty()) {
        Q_EMIT failed(tr("%1 Nothing was changed.").arg(why));
        return;
    }
    const auto at = askTime ? askTime(m_articles.value(uid).scheduledAt.value_or(Clock::now()))
                            : std::nullopt;
    if (at)
        reschedule(uid, *at);
}

bool EditorialCalendar::reschedule(const QString &uid, const QDateTime &at)
{
    WorkflowService::Request request;
    request.uid = uid;
    request.action = Action::Schedule;
    request.user = m_user->name;
    request.at = at;
    Q_EMIT aboutToAct(uid);
    auto done = WorkflowService(m_db).act(request);
    if (!done) {
        Q_EMIT failed(done.error().message);
        fill(); // someone may have moved it first: show where it is now
        return false;
    }
    const QString title = m_articles.value(uid).title;
    const QDateTime local = at.toTimeZone(m_zone);
    if (local.date() < firstDay() || local.date() > lastDay())
        showDay(local.date());
    else
        fill();
    selectArticle(uid);
    m_hint->setText(tr("“%1” is now scheduled for %2.")
                        .arg(title, QLocale().toString(local, QLocale::ShortFormat)));
    return true; // the list, the tabs and the panels follow the change hub
}

void EditorialCalendar::updateActions()
{
    const QString why = m_selectedUid.isEmpty() ? tr("Select a scheduled article first.")
                                                : whyNot(m_selectedUid, {});
    m_reschedule->setEnabled(why.isEmpty());
    m_rescheduleAction->setEnabled(why.isEmpty());
    m_reschedule->setToolTip(why.isEmpty() ? tr("Choose a new publication time (Ctrl+Shift+R)")
                                           : why);
    m_open->setEnabled(!m_selectedUid.isEmpty());
}

void EditorialCalendar::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_unfilled)
        fill();
}

void EditorialCalendar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fill();
    }
    QWidget::changeEvent(event);
}

void EditorialCalendar::retranslate()
{
    setWindowTitle(tr("Calendar"));
    setAccessibleName(tr("Editorial calendar"));
    m_previous->setToolTip(m_span == Span::Week ? tr("Previous week (Alt+Left)")
                                                : tr("Previous month (Alt+Left)"));
    m_previous->setAccessibleName(m_previous->toolTip());
    m_next->setToolTip(m_span == Span::Week ? tr("Next week (Alt+Right)")
                                            : tr("Next month (Alt+Right)"));
    m_next->setAccessibleName(m_next->toolTip());
    m_today->setText(tr("Today"));
    m_today->setToolTip(tr("Back to today (Alt+Home)"));
    m_week->setText(tr("Week"));
    m_month->setText(tr("Month"));
    m_reschedule->setText(tr("Reschedule…"));
    m_open->setText(tr("Open"));
    m_open->setToolTip(tr("Open the article (Enter, double-click)"));
    m_zoneLabel->setText(tr("Times in %1").arg(QString::fromUtf8(m_zone.id())));
    const QLocale locale;
    const QDate first = firstDay();
    const QDate last = lastDay();
    if (m_span == Span::Week) {
        m_range->setText(tr("%1\u00a0– %2")
                             .arg(locale.toString(first, QStringLiteral("d MMM")),
                                  locale.toString(last, QStringLiteral("d MMM yyyy"))));
    } else {
        m_range->setText(
            tr("%1 %2").arg(locale.standaloneMonthName(m_anchor.month())).arg(m_anchor.year()));
    }
    const QDate now = today();
    for (const Cell &c : std::as_const(m_cells)) {
        const bool outside = m_span == Span::Month && c.day.month() != m_anchor.month();
        QString text = locale.toString(
            c.day, m_span == Span::Week ? QStringLiteral("ddd d MMM") : QStringLiteral("ddd d"));
        if (c.day == now)
            text = tr("%1 · today").arg(text);
        c.header->setText(text);
        QFont f = c.header->font();
        f.setBold(c.day == now);
        c.header->setFont(f);
        c.header->setForegroundRole(c.day < now || outside ? QPalette::PlaceholderText
                                                           : QPalette::WindowText);
        c.list->setAccessibleName(
            tr("Articles on %1").arg(locale.toString(c.day, QLocale::LongFormat)));
    }
    updateActions();
}

} // namespace Byline
