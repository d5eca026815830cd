#pragma once

#include <QTableView>

namespace Byline {

class ArticleListModel;

// The article list on the desk: one row per article of the chosen view, read page by page from
// the store (ArticleListModel), sorted by the columns the store can sort, each column as wide
// as what it shows in the interface language. When the whole list is read again because of
// changes in the store (another desk's import) the current article stays current (within a
// few pages of the top) and the rows seen stay in view.
class ArticleTable : public QTableView
{
    Q_OBJECT
public:
    explicit ArticleTable(ArticleListModel *model, QWidget *parent = nullptr);

    // The article in the current row (empty: none).
    [[nodiscard]] QString currentUid() const;
    // Makes the article's row current, fetching further pages until it comes. False when the
    // view does not show it.
    bool selectUid(const QString &uid);
    // The widths that depend on the interface language's words.
    void retranslate();

private:
    ArticleListModel *m_model;
    // Across a reload of the whole list (someone's import): the current article and the one
    // at the top, kept when the first page still holds them.
    QString m_keptCurrent;
    QString m_keptTop;
    // How many more pages a reload reads to find the article that was current.
    static constexpr int keepPages = 5;
};

} // namespace Byline
