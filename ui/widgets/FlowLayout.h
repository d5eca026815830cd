#pragma once

#include <QLayout>
#include <QList>

namespace Byline {

// Lays its widgets out left to right and starts a new line when the next one does not fit:
// a row of buttons stays usable in a narrow panel and in languages with long words, instead
// of forcing the whole window wider than the screen.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    [[nodiscard]] int count() const override { return int(m_items.size()); }
    [[nodiscard]] QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    [[nodiscard]] Qt::Orientations expandingDirections() const override { return {}; }
    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize minimumSize() const override; // the widest single item
    [[nodiscard]] QSize sizeHint() const override; // everything on one line
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect` (only measures when `place` is false); returns the height used.
    int arrange(const QRect &rect, bool place) const;
    [[nodiscard]] int gap(Qt::Orientation orientation) const;

    QList<QLayoutItem *> m_items;
};

} // namespace Byline
