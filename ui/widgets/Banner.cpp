#include "ui/widgets/Banner.h"

namespace Byline {

Banner::Banner(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setContentsMargins(8, 4, 8, 4);
    setAutoFillBackground(true);
    QPalette warning = palette();
    warning.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xd6));
    warning.setColor(QPalette::WindowText, QColor(0x5c, 0x40, 0x00));
    setPalette(warning);
    hide();
}

} // namespace Byline
