#pragma once

#include "ui/widgets/Banner.h"

class QMainWindow;

namespace Byline {

class DailyBackup;

// The daily backup's place on the desk: it runs beside the work and never interrupts it. A
// failure is this band across the top of the window, with what went wrong and what to do; a
// backup that succeeds hides it and says where it went in the status line.
class BackupBanner : public Banner
{
    Q_OBJECT
public:
    // Puts a band above `window`'s central widget, following `backup`.
    [[nodiscard]] static BackupBanner *above(QMainWindow *window, DailyBackup *backup);

private:
    BackupBanner(QMainWindow *window, DailyBackup *backup);
};

} // namespace Byline
