#pragma once

#include "core/changes/Change.h"
#include "core/domain/ArticleSummary.h"
#include "core/domain/User.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QTimeZone>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QButtonGroup;
class QGridLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace Byline {

class PresenceBoard;
namespace Storage {
class Database;
}

class CalendarDayList;

// The editorial calendar: scheduled and published articles by day, a week or a month at a
// time, in the newsroom's time zone. A scheduled article is rescheduled by dragging it to
// another day (same time of day) or with Reschedule… (any time); only editors may, and every
// move is a workflow step in the audit trail. Late ones (their time passed, not published)
// are marked. Enter or a double-click opens the article.
class EditorialCalendar : public QWidget
{
    Q_OBJECT
public:
    enum class Span { Week, Month };

    explicit EditorialCalendar(Storage::Database &db, QWidget *parent = nullptr);

    void setUser(const std::optional<User> &user);
    void setSpan(Span span);
    [[nodiscard]] Span span() const { return m_span; }
    // Shows the week or month that holds `day`.
    void showDay(const QDate &day);
    void showToday();
    void showNext();
    void showPrevious();
    // Reads the articles again (after a change elsewhere).
    void reload();
    // Where the cards learn who else has an article open (the desk's board): their initials
    // and language on the card.
    void setPresence(PresenceBoard *board);

    [[nodiscard]] QList<QDate> days() const;
    [[nodiscard]] CalendarDayList *dayList(const QDate &day) const;
    [[nodiscard]] QString rangeText() const;
    [[nodiscard]] QString hint() const;
    [[nodiscard]] QString selectedUid() const { return m_selectedUid; }
    // Selects the article's card (false if it is not shown).
    bool selectArticle(const QString &uid);

    // Why the article may not move to `day` (empty: it may), in words for the person.
    [[nodiscard]] QString whyNot(const QString &uid, const QDate &day) const;
    // Moves the article to `day`, keeping its time of day. False (and failed()) if refused.
    bool moveToDay(const QString &uid, const QDate &day);
    // Reschedule…: asks for a new time for the selected article.
    void rescheduleSelected();

    // Asks for a time in the newsroom zone (a dialog; tests answer it). std::nullopt: cancelled.
    std::function<std::optional<QDateTime>(const QDateTime &suggested)> askTime;

Q_SIGNALS:
    // Before a move (an open editor saves its text first).
    void aboutToAct(const QString &uid);
    void articleActivated(const QString &uid);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void rebuild(); // the day cells for the range
    void fill(); // the cards
    void addCard(const ArticleSummary &article);
    void removeCard(const QString &uid);
    void followStore(const Byline::Changes &changes);
    void select(const QString &uid);
    bool reschedule(const QString &uid, const QDateTime &at);
    void updateActions();
    [[nodiscard]] QDate today() const;
    [[nodiscard]] QDate firstDay() const;
    [[nodiscard]] QDate lastDay() const;
    [[nodiscard]] QDateTime calendarTime(const ArticleSummary &article) const;
    [[nodiscard]] bool isLate(const ArticleSummary &article) const;
    [[nodiscard]] QString cardText(const ArticleSummary &article) const;
    // "AH RU, TR EN": who else has it open, or empty.
    [[nodiscard]] QString presenceText(const QString &uid) const;
    void refreshCardTexts();
    [[nodiscard]] QString cardToolTip(const ArticleSummary &article) const;

    struct Cell
    {
        QDate day;
        QLabel *header = nullptr;
        CalendarDayList *list = nullptr;
    };

    Storage::Database &m_db;
    std::optional<User> m_user;
    QTimeZone m_zone;
    QPointer<PresenceBoard> m_presence;
    Span m_span = Span::Week;
    QDate m_anchor;
    QList<Cell> m_cells;
    QHash<QString, ArticleSummary> m_articles;
    QString m_selectedUid;
    QString m_loadError;
    bool m_unfilled = true; // hidden when last asked to fill: filled when shown

    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QPushButton *m_today = nullptr;
    QToolButton *m_week = nullptr;
    QToolButton *m_month = nullptr;
    QButtonGroup *m_spans = nullptr;
    QLabel *m_range = nullptr;
    QPushButton *m_reschedule = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_zoneLabel = nullptr;
    QWidget *m_grid = nullptr;
    QGridLayout *m_gridLayout = nullptr;
    QAction *m_rescheduleAction = nullptr;
};

} // namespace Byline
