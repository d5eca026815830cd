#pragma once

#include "core/storage/ArticleQuery.h"

#include <QListWidget>

namespace Byline {
namespace Storage {
class Database;
}

// The sidebar's views of the archive: every article, the person's own work, one per workflow
// state, then per language of the newsroom what still needs translating into it, with how
// many articles that is (counted by the store as articles change).
class ViewList : public QListWidget
{
    Q_OBJECT
public:
    explicit ViewList(Storage::Database &db, QWidget *parent = nullptr);

    // `base` (the list's order, its other filters) narrowed to the chosen view; "My work" is
    // `user`'s (nobody chosen: nothing).
    [[nodiscard]] Storage::ArticleQuery query(Storage::ArticleQuery base,
                                              const QString &user) const;
    // Whether the chosen view depends on who is working ("My work").
    [[nodiscard]] bool showsOwnWork() const;
    // Whether `query` narrows the list to a view other than every article.
    [[nodiscard]] static bool isNarrowed(const Storage::ArticleQuery &query);
    // The "Needs translation" counts, read again.
    void updateCounts();
    void retranslate();

private:
    Storage::Database &m_db;
};

} // namespace Byline
