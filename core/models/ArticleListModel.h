#pragma once

#include "core/Error.h"
#include "core/changes/Change.h"
#include "core/domain/ArticleSummary.h"
#include "core/domain/Locale.h"
#include "core/storage/ArticleQuery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QTimeZone>

namespace Byline::Storage {
class Database;
}

namespace Byline {

class PresenceBoard;

// The article list: pages rows in from the store as the view scrolls (keyset paging), sorts
// and filters in SQL. data() only reads what has been fetched. It follows the store's change
// hub: a changed article updates, moves, enters or leaves its one row (never a reset per
// change); only ChangeKind::Many reloads the list.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Headline,
        Present, // who else has it open (initials and language), from a PresenceBoard
        Section,
        Authors,
        State,
        Locales,
        Scheduled,
        Published,
        Updated,
        ColumnCount
    };
    enum ItemRole {
        UidRole = Qt::UserRole + 1,
        StateRole,
        LocaleStatesRole,
        SortTimeRole,
        OverdueRole // bool: scheduled, its time passed, not published
    };

    explicit ArticleListModel(Storage::Database &db, QObject *parent = nullptr);

    void setQuery(const Storage::ArticleQuery &query);
    [[nodiscard]] const Storage::ArticleQuery &query() const { return m_query; }
    void reload();
    // Reads the one article again: its row is updated, moved to where the order puts it,
    // inserted (it now belongs to the list) or removed (it no longer does, or it now sorts
    // after the rows fetched so far, where paging will find it).
    void refreshArticle(const QString &uid);
    // The same for several articles, read in one statement.
    void refreshArticles(const QStringList &uids);
    // The row showing the article among those fetched, or -1.
    [[nodiscard]] int rowOf(const QString &uid) const;
    // The interface language changed: headers and labels are words again.
    void retranslate();
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    // More articles changed at once than this (someone's import, a flood of saves): the list
    // reads its first page again in one statement instead of each article on its own.
    static constexpr int refreshLimit = 32;
    // Whether the reset under way (modelAboutToBeReset .. modelReset) follows changes made in
    // the store (the same query again), rather than a new query or order: views keep their
    // place across the first kind only.
    [[nodiscard]] bool isFollowingChanges() const { return m_followingChanges; }
    // Where the Present column learns who else has which article open (the desk's board).
    void setPresence(PresenceBoard *board);

    [[nodiscard]] const ArticleSummary &summary(int row) const { return m_rows.at(row); }
    [[nodiscard]] QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    [[nodiscard]] static QString stateLabel(WorkflowState state);
    [[nodiscard]] static QString translationStateLabel(TranslationState state);
    // Scheduled, its time (and a minute of grace) passed, and still not published.
    [[nodiscard]] static bool isOverdue(const ArticleSummary &row);
    // "Ani Hakobyan" -> "AH": how the list and the calendar show who has an article open.
    [[nodiscard]] static QString initials(const QString &name);

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    void applyChanges(const Byline::Changes &changes);
    void reloadFollowingChanges();
    // Puts the article's row where `row` (null: no longer in the list) belongs.
    void place(const QString &uid, const ArticleSummary *row);
    // Where `row` belongs among the fetched rows other than `except` (by the list's order).
    [[nodiscard]] int positionFor(const ArticleSummary &row, int except) const;
    void loadContext();
    [[nodiscard]] Result<QList<ArticleSummary>> fetchPage();
    [[nodiscard]] QString formatTime(const std::optional<QDateTime> &time) const;
    [[nodiscard]] QString localesText(const ArticleSummary &row) const;
    [[nodiscard]] QString presenceText(const ArticleSummary &row) const;

    Storage::Database &m_db;
    Storage::ArticleQuery m_query;
    QList<ArticleSummary> m_rows;
    QList<Locale> m_locales;
    QMap<QString, QString> m_sectionNames;
    QMap<QString, QString>
        m_displayNames; // login -> the name people know  // uid -> name in the UI's article locale
    QTimeZone m_zone;
    QPointer<PresenceBoard> m_presence;
    int m_pageSize = 200;
    bool m_atEnd = false;
    bool m_followingChanges = false;
    QString m_lastError;
};

} // namespace Byline
