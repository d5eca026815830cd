#include "core/Log.h"

Q_LOGGING_CATEGORY(lcStorage, "byline.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInterchange, "byline.interchange", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSql, "byline.sql", QtInfoMsg)
