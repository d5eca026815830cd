#include "ui/desk/ArticleTable.h"

#include "core/models/ArticleListModel.h"
#include "ui/desk/ArticleTableDelegate.h"

#include <QHeaderView>

#include <algorithm>
#include <utility>

namespace Byline {

ArticleTable::ArticleTable(ArticleListModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
{
    setModel(model);
    setItemDelegate(new ArticleTableDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    // The indicator first: enabling sorting sorts at once by the indicator's column, which is
    // the headline by default (no index: a scan of the whole store, 0.2 s at 50,000 articles).
    horizontalHeader()->setSortIndicator(ArticleListModel::Updated, Qt::DescendingOrder);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    QHeaderView *header = horizontalHeader();
    // The headline keeps a readable width; the last column takes what is left.
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    setColumnWidth(ArticleListModel::Headline, 38 * digit);
    setColumnWidth(ArticleListModel::Section, 10 * digit);
    setColumnWidth(ArticleListModel::Authors, 13 * digit);
    // Wide enough for every locale's label and mark ("RU ✓  EN …  AM –").
    setColumnWidth(ArticleListModel::Locales,
                   fontMetrics().horizontalAdvance(QStringLiteral("RU ✓  EN ✓  AM ✓")) + 2 * digit);
    for (int column :
         {ArticleListModel::Scheduled, ArticleListModel::Published, ArticleListModel::Updated})
        setColumnWidth(column,
                       fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31 23:59")) + digit);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (!m_model->isFollowingChanges())
            return; // a new view or order starts at its top
        m_keptCurrent = currentUid();
        const QModelIndex top = indexAt(QPoint(0, 0));
        m_keptTop = top.isValid() && top.row() < m_model->rowCount()
            ? m_model->summary(top.row()).uid
            : QString();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        const QString current = std::exchange(m_keptCurrent, {});
        const QString top = std::exchange(m_keptTop, {});
        // New articles ahead of it (someone's import, newest first) may have pushed it past
        // the first page: a few more pages are read to find it.
        int row = m_model->rowOf(current);
        for (int page = 0;
             !current.isEmpty() && row < 0 && page < keepPages && m_model->canFetchMore({});
             ++page) {
            m_model->fetchMore({});
            row = m_model->rowOf(current);
        }
        if (const int topRow = m_model->rowOf(top); topRow >= 0)
            scrollTo(m_model->index(topRow, 0), QAbstractItemView::PositionAtTop);
        if (row >= 0) {
            selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect
                                                  | QItemSelectionModel::Rows);
        }
    });
    retranslate();
}

void ArticleTable::retranslate()
{
    // As wide as the longest state label in the interface language.
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    int stateWidth = 0;
    for (WorkflowState s :
         {WorkflowState::Draft, WorkflowState::Submitted, WorkflowState::Approved,
          WorkflowState::Scheduled, WorkflowState::Published, WorkflowState::Spiked})
        stateWidth = std::max(stateWidth,
                              fontMetrics().horizontalAdvance(ArticleListModel::stateLabel(s)));
    setColumnWidth(ArticleListModel::State, stateWidth + 2 * digit);
    // Beside the headline, so it is seen: its heading and one person ("AH RU") fit; the
    // tooltip names everyone.
    const QString heading
        = m_model->headerData(ArticleListModel::Present, Qt::Horizontal).toString();
    setColumnWidth(ArticleListModel::Present,
                   std::max(fontMetrics().horizontalAdvance(heading),
                            fontMetrics().horizontalAdvance(QStringLiteral("AH RU")))
                       + 3 * digit);
    setAccessibleName(tr("Articles"));
}

QString ArticleTable::currentUid() const
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return {};
    return m_model->summary(current.row()).uid;
}

bool ArticleTable::selectUid(const QString &uid)
{
    int row = m_model->rowOf(uid);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(uid);
    }
    if (row < 0)
        return false;
    selectRow(row);
    scrollTo(m_model->index(row, 0));
    return true;
}

} // namespace Byline
