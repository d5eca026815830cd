#include "ui/settings/SiteIconField.h"

#include "core/site/SiteIcon.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>

namespace Byline {

SiteIconField::SiteIconField(QWidget *parent)
    : QWidget(parent)
{
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("siteIconPreview"));
    m_preview->setFixedSize(64, 64);
    m_preview->setScaledContents(true);
    m_about = new QLabel(this);
    m_about->setObjectName(QStringLiteral("siteIconAbout"));
    m_about->setWordWrap(true);
    m_choosePng = new QPushButton(this);
    m_choosePng->setObjectName(QStringLiteral("siteIconPng"));
    m_chooseSvg = new QPushButton(this);
    m_chooseSvg->setObjectName(QStringLiteral("siteIconSvg"));
    m_default = new QPushButton(this);
    m_default->setObjectName(QStringLiteral("siteIconDefault"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preview, 0, 0, 2, 1, Qt::AlignTop);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_choosePng);
    buttons->addWidget(m_chooseSvg);
    buttons->addWidget(m_default);
    buttons->addStretch(1);
    layout->addLayout(buttons, 0, 1);
    layout->addWidget(m_about, 1, 1);
    layout->setColumnStretch(1, 1);

    askFile = [this](const QString &title, const QString &filter) {
        return QFileDialog::getOpenFileName(this, title, QString(), filter);
    };
    connect(m_choosePng, &QPushButton::clicked, this, &SiteIconField::choosePng);
    connect(m_chooseSvg, &QPushButton::clicked, this, &SiteIconField::chooseSvg);
    connect(m_default, &QPushButton::clicked, this, &SiteIconField::useDefault);
    retranslate();
}

void SiteIconField::setIcon(const QString &pngBase64, const QString &svgBase64)
{
    m_png = QByteArray::fromBase64(pngBase64.toLatin1());
    m_svg = m_png.isEmpty() ? QByteArray() : QByteArray::fromBase64(svgBase64.toLatin1());
    showIcon();
}

QString SiteIconField::pngBase64() const
{
    return QString::fromLatin1(m_png.toBase64());
}

QString SiteIconField::svgBase64() const
{
    return QString::fromLatin1(m_svg.toBase64());
}

void SiteIconField::setEditable(bool editable)
{
    for (QPushButton *button : {m_choosePng, m_chooseSvg, m_default})
        button->setEnabled(editable);
    if (editable)
        showIcon(); // the SVG and default buttons depend on the icon
}

void SiteIconField::retranslate()
{
    m_preview->setAccessibleName(tr("The site's icon"));
    m_choosePng->setText(tr("Choose &PNG…"));
    m_chooseSvg->setText(tr("Add S&VG…"));
    m_default->setText(tr("Use Byline's icon"));
    showIcon();
}

QByteArray SiteIconField::readChosen(const QString &title, const QString &filter,
                                     Result<> (*check)(const QByteArray &))
{
    const QString path = askFile ? askFile(title, filter) : QString();
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (file.size() > SiteIcon::largestFile) {
        m_about->setText(tr("%1 is %2 KiB; a site icon may have at most %3 KiB. The icon was not "
                            "changed.")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(file.size() / 1024)
                             .arg(SiteIcon::largestFile / 1024));
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_about->setText(tr("%1 could not be read: %2. The icon was not changed.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
        return {};
    }
    const QByteArray bytes = file.readAll();
    if (auto ok = check(bytes); !ok) {
        m_about->setText(ok.error().message + QLatin1Char(' ') + tr("The icon was not changed."));
        return {};
    }
    return bytes;
}

void SiteIconField::choosePng()
{
    const QByteArray png = readChosen(tr("Choose the site's icon"),
                                      tr("PNG images (*.png);;All files (*)"), &SiteIcon::checkPng);
    if (png.isEmpty())
        return;
    m_png = png;
    m_svg.clear(); // an SVG of the old icon would show another picture
    showIcon();
    Q_EMIT changed();
}

void SiteIconField::chooseSvg()
{
    const QByteArray svg = readChosen(tr("Add the same icon as SVG"),
                                      tr("SVG images (*.svg);;All files (*)"), &SiteIcon::checkSvg);
    if (svg.isEmpty())
        return;
    m_svg = svg;
    showIcon();
    Q_EMIT changed();
}

void SiteIconField::useDefault()
{
    m_png.clear();
    m_svg.clear();
    showIcon();
    Q_EMIT changed();
}

void SiteIconField::showIcon()
{
    const SiteIcon::Icon icon
        = SiteIcon::of({{SiteIcon::pngKey, pngBase64()}, {SiteIcon::svgKey, svgBase64()}});
    QPixmap pixmap;
    pixmap.loadFromData(icon.png, "PNG");
    m_preview->setPixmap(pixmap);
    const bool own = !m_png.isEmpty();
    m_chooseSvg->setEnabled(own && m_choosePng->isEnabled());
    m_default->setEnabled(own && m_choosePng->isEnabled());
    if (!own) {
        m_about->setText(tr("Byline's icon. Choose a square PNG of your own (180 × 180 pixels "
                            "suits phones too); add an SVG of it for sharp tabs."));
    } else {
        m_about->setText(m_svg.isEmpty()
                             ? tr("Your icon, %1 × %1 pixels. Browsers show the PNG; add an SVG "
                                  "of it for sharp tabs.")
                                   .arg(pixmap.width())
                             : tr("Your icon, %1 × %1 pixels, with its SVG.").arg(pixmap.width()));
    }
}

} // namespace Byline
