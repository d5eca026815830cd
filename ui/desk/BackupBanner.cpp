#include "ui/desk/BackupBanner.h"

#include "ui/desk/DailyBackup.h"

#include <QMainWindow>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Byline {

BackupBanner::BackupBanner(QMainWindow *window, DailyBackup *backup)
    : Banner(window)
{
    setObjectName(QStringLiteral("backupBanner"));
    connect(backup, &DailyBackup::failed, this, [this](const QString &message) {
        setText(message);
        show();
    });
    connect(backup, &DailyBackup::succeeded, this, [this, window](const QString &file) {
        hide();
        window->statusBar()->showMessage(tr("Backed up the store to %1.").arg(file), 10000);
    });
}

BackupBanner *BackupBanner::above(QMainWindow *window, DailyBackup *backup)
{
    auto *banner = new BackupBanner(window, backup);
    auto *frame = new QWidget(window);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(banner);
    layout->addWidget(window->takeCentralWidget(), 1);
    window->setCentralWidget(frame);
    return banner;
}

} // namespace Byline
