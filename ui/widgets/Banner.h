#pragma once

#include <QLabel>

namespace Byline {

// A warning across the top of a view (why it is read only, say): dark text on a pale yellow
// band, wrapped and selectable, hidden until there is something to say.
class Banner : public QLabel
{
    Q_OBJECT
public:
    explicit Banner(QWidget *parent = nullptr);
};

} // namespace Byline
