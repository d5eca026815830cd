#pragma once

#include <QDateTime>
#include <QFrame>
#include <QTimeZone>

class QLabel;
class QPushButton;

namespace Byline {

// Over an open article that has unsaved text when someone else saved a newer version meanwhile
// (docs/ARCHITECTURE.md, "Saves per language"): who saved, when, and a button that saves now,
// merging their parts and these (a conflict to resolve only where both changed the same
// language). Hidden otherwise.
class SavedElsewhereBar : public QFrame
{
    Q_OBJECT
public:
    explicit SavedElsewhereBar(QWidget *parent = nullptr);

    // `who` (a name people know) saved at `when`, shown in the newsroom's time `zone` (as
    // every time at the desk).
    void showSave(const QString &who, const QDateTime &when, const QTimeZone &zone);
    [[nodiscard]] QLabel *label() const { return m_label; }
    [[nodiscard]] QPushButton *mergeButton() const { return m_merge; }

Q_SIGNALS:
    void mergeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_label;
    QPushButton *m_merge;
    QString m_who;
    QDateTime m_when;
    QTimeZone m_zone;
};

} // namespace Byline
