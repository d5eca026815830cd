#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcInterchange)
// Every SQLite statement that takes a millisecond or more, with its time (debug; for looking
// into what is slow: QT_LOGGING_RULES="byline.sql.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcSql)
