#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Byline {

// An editorial comment on an article (or on one of its locales).
struct Comment
{
    int number = 0;  // 1, 2, ... within the article
    QDateTime at;
    QString user;
    QString locale;  // empty: the whole article
    QString text;
    std::optional<QDateTime> resolvedAt;
    QString resolvedBy;

    friend bool operator==(const Comment &, const Comment &) = default;
};

} // namespace Byline
