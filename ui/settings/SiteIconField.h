#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace Byline {

// The site's icon in the settings: what readers' browsers show now, and buttons to choose a
// square PNG (and, if the newsroom has one, an SVG) or to go back to Byline's own. A file is
// checked as the site will use it (SiteIcon) when it is chosen: a wrong one is refused with
// the reason, and the icon stays as it was.
class SiteIconField : public QWidget
{
    Q_OBJECT
public:
    explicit SiteIconField(QWidget *parent = nullptr);

    // The files as the settings hold them (base64; empty for Byline's own icon).
    void setIcon(const QString &pngBase64, const QString &svgBase64);
    [[nodiscard]] QString pngBase64() const;
    [[nodiscard]] QString svgBase64() const;
    void setEditable(bool editable);
    void retranslate();

    // Asks for a file to open (title, name filter); a test answers it.
    std::function<QString(const QString &title, const QString &filter)> askFile;

Q_SIGNALS:
    void changed();

private:
    void choosePng();
    void chooseSvg();
    void useDefault();
    void showIcon();
    // The file the person chose, checked as the site will use it; empty (and the reason shown)
    // when there is none or it is refused.
    [[nodiscard]] QByteArray readChosen(const QString &title, const QString &filter,
                                        Result<> (*check)(const QByteArray &));

    QByteArray m_png; // empty: Byline's
    QByteArray m_svg;
    QLabel *m_preview = nullptr;
    QLabel *m_about = nullptr;
    QPushButton *m_choosePng = nullptr;
    QPushButton *m_chooseSvg = nullptr;
    QPushButton *m_default = nullptr;
};

} // namespace Byline
