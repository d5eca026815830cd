#pragma once

#include <QDate>
#include <QListWidget>

#include <functional>

namespace Byline {

// One day of the editorial calendar: its articles as cards, one item each (the uid in
// UidRole). A scheduled article's card can be dragged onto another day; whether it may land
// is asked of `whyNot` while it hovers (a refusal shows the no-drop cursor and the reason).
class CalendarDayList : public QListWidget
{
    Q_OBJECT
public:
    static constexpr int UidRole = Qt::UserRole;
    static constexpr int MovableRole = Qt::UserRole + 1;
    static constexpr const char *mimeType = "application/x-byline-article";

    CalendarDayList(const QDate &day, QWidget *parent = nullptr);

    [[nodiscard]] QDate day() const { return m_day; }
    // Empty when the article may be moved to `day`; otherwise why not, for a person.
    std::function<QString(const QString &uid, const QDate &day)> whyNot;

Q_SIGNALS:
    void dropped(const QString &uid, const QDate &day);
    // While a card hovers: why it cannot land here (empty: it can).
    void hovering(const QString &why);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QDate m_day;
};

} // namespace Byline
