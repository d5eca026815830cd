#include "core/models/ArticleListModel.h"

#include "core/Clock.h"
#include "core/Log.h"
#include "core/changes/ChangeFeed.h"
#include "core/services/PresenceBoard.h"
#include "core/storage/ArticleLists.h"
#include "core/storage/Database.h"
#include "core/storage/LocaleRepository.h"
#include "core/storage/SectionRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/UserRepository.h"
#include "core/workflow/TimeInput.h"
#include "core/workflow/WorkflowService.h"

#include <QLocale>
#include <QSet>

namespace Byline {

ArticleListModel::ArticleListModel(Storage::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    loadContext();
    reload();
    connect(&db.changes(), &ChangeFeed::changed, this, &ArticleListModel::applyChanges);
}

void ArticleListModel::applyChanges(const Changes &changes)
{
    bool context = false;
    QStringList articles;
    QSet<QString> seen;
    for (const Change &c : changes) {
        switch (c.kind) {
        case ChangeKind::Many:
            loadContext();
            reloadFollowingChanges();
            return;
        case ChangeKind::UsersChanged:
        case ChangeKind::SettingsChanged:
            context = true; // names of people and sections, the time zone
            break;
        default:
            if (c.isArticle() && !seen.contains(c.uid)) {
                seen.insert(c.uid);
                articles.append(c.uid);
            }
            break;
        }
    }
    if (articles.size() > refreshLimit) {
        if (context)
            loadContext();
        reloadFollowingChanges();
        return;
    }
    if (context) {
        loadContext();
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
    refreshArticles(articles);
}

void ArticleListModel::reloadFollowingChanges()
{
    m_followingChanges = true;
    reload();
    m_followingChanges = false;
}

int ArticleListModel::rowOf(const QString &uid) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).uid == uid)
            return int(i);
    }
    return -1;
}

int ArticleListModel::positionFor(const ArticleSummary &row, int except) const
{
    // The store's order: the sort value (SQLite compares text as UTF-8 bytes), then the row id,
    // both ascending or both descending.
    const QByteArray key = row.sortKey.toUtf8();
    auto comesBefore = [this, &key, &row](const ArticleSummary &other) {
        const int byKey = key.compare(other.sortKey.toUtf8());
        const bool ascending = byKey < 0 || (byKey == 0 && row.rowId < other.rowId);
        const bool same = byKey == 0 && row.rowId == other.rowId;
        return !same && (m_query.descending ? !ascending : ascending);
    };
    int position = 0;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (int(i) == except)
            continue;
        if (comesBefore(m_rows.at(i)))
            return position;
        ++position;
    }
    return position;
}

void ArticleListModel::refreshArticle(const QString &uid)
{
    refreshArticles({uid});
}

void ArticleListModel::refreshArticles(const QStringList &uids)
{
    if (uids.isEmpty())
        return;
    // All of them in one statement, then each to its place.
    Storage::ArticleQuery these = m_query;
    these.uids = uids;
    these.afterKey.reset();
    these.afterRowId = 0;
    these.limit = int(uids.size());
    auto found = Storage::ArticleLists(m_db).summaries(these);
    if (!found) {
        qCWarning(lcStorage) << "refreshing articles in the list:" << found.error().detail;
        return;
    }
    for (const QString &uid : uids) {
        const auto it = std::find_if(found->cbegin(), found->cend(),
                                     [&uid](const ArticleSummary &s) { return s.uid == uid; });
        place(uid, it == found->cend() ? nullptr : &*it);
    }
}

void ArticleListModel::place(const QString &uid, const ArticleSummary *row)
{
    const int old = rowOf(uid);
    const int others = int(m_rows.size()) - (old >= 0 ? 1 : 0);
    const int target = !row ? -1 : positionFor(*row, old);
    // Past the rows fetched so far while more are still to come: paging brings it in place.
    const bool belongs = target >= 0 && (target < others || m_atEnd);
    if (!belongs) {
        if (old >= 0) {
            beginRemoveRows({}, old, old);
            m_rows.removeAt(old);
            endRemoveRows();
        }
        return;
    }
    const ArticleSummary &fresh = *row;
    if (old < 0) {
        beginInsertRows({}, target, target);
        m_rows.insert(target, fresh);
        endInsertRows();
        return;
    }
    if (target != old) {
        // In the model's terms the destination is the row it goes before, counted with it.
        beginMoveRows({}, old, old, {}, target > old ? target + 1 : target);
        m_rows.move(old, target);
        endMoveRows();
    }
    m_rows[target] = fresh;
    Q_EMIT dataChanged(index(target, 0), index(target, columnCount() - 1));
}

void ArticleListModel::loadContext()
{
    if (auto locales = Storage::LocaleRepository(m_db).all())
        m_locales = *locales;
    // Section names in the interface's language when the newsroom has it, else English.
    const QString uiLanguage = QLocale().name().section(QLatin1Char('_'), 0, 0);
    if (auto sections = Storage::SectionRepository(m_db).all()) {
        for (const ::Byline::Section &s : *sections) {
            QString name = s.texts.value(uiLanguage).name;
            if (name.isEmpty())
                name = s.texts.value(QStringLiteral("en")).name;
            if (name.isEmpty() && !s.texts.isEmpty())
                name = s.texts.first().name;
            m_sectionNames.insert(s.uid, name.isEmpty() ? s.slug : name);
        }
    }
    if (auto users = Storage::UserRepository(m_db).all()) {
        for (const User &u : *users)
            m_displayNames.insert(u.name, u.displayName);
    }
    // The same zone the CLI and the schedule dialog use; a store edited by hand to an unknown
    // zone shows UTC, as they do, rather than the desk's own zone.
    const auto zone = TimeInput::newsroomZone(m_db);
    if (!zone)
        qCWarning(lcStorage) << zone.error().message;
    m_zone = zone.value_or(QTimeZone::utc());
}

void ArticleListModel::setQuery(const Storage::ArticleQuery &query)
{
    m_query = query;
    reload();
}

void ArticleListModel::retranslate()
{
    loadContext(); // section names follow the interface language
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ArticleListModel::reload()
{
    // The first page arrives with the reset, so views never see an empty list flash by.
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_lastError.clear();
    auto first = fetchPage();
    if (first)
        m_rows = *first;
    endResetModel();
    if (!first)
        Q_EMIT loadFailed(m_lastError);
}

Result<QList<ArticleSummary>> ArticleListModel::fetchPage()
{
    Storage::ArticleQuery page = m_query;
    page.limit = m_pageSize;
    if (!m_rows.isEmpty()) {
        page.afterKey = m_rows.last().sortKey;
        page.afterRowId = m_rows.last().rowId;
    }
    auto rows = Storage::ArticleLists(m_db).summaries(page);
    if (!rows) {
        m_atEnd = true;
        m_lastError = rows.error().message;
        return rows;
    }
    if (rows->size() < m_pageSize)
        m_atEnd = true;
    return rows;
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    auto rows = fetchPage();
    if (!rows) {
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    if (rows->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
    m_rows.append(*rows);
    endInsertRows();
}

void ArticleListModel::setPresence(PresenceBoard *board)
{
    if (m_presence)
        disconnect(m_presence, nullptr, this, nullptr);
    m_presence = board;
    if (!board)
        return;
    // Who is where changes often and touches one narrow column: repaint it, read nothing.
    connect(board, &PresenceBoard::changed, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, Present), index(int(m_rows.size()) - 1, Present));
    });
}

QString ArticleListModel::presenceText(const ArticleSummary &row) const
{
    if (!m_presence)
        return {};
    if (!m_presence->isKnown())
        return QStringLiteral("?");
    QStringList people;
    for (const Presence &p : m_presence->others(row.uid))
        people.append(initials(p.displayName.isEmpty() ? p.user : p.displayName) + QLatin1Char(' ')
                      + m_presence->localeLabel(p.locale));
    return people.join(QStringLiteral(", "));
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    Storage::ArticleQuery q = m_query;
    switch (column) {
    case Headline:
        q.sort = Storage::ArticleSort::Title;
        break;
    case State:
        q.sort = Storage::ArticleSort::State;
        break;
    case Scheduled:
        q.sort = Storage::ArticleSort::Scheduled;
        break;
    case Published:
        q.sort = Storage::ArticleSort::Published;
        break;
    default:
        q.sort = Storage::ArticleSort::Updated;
        break;
    }
    q.descending = order == Qt::DescendingOrder;
    setQuery(q);
}

QString ArticleListModel::stateLabel(WorkflowState state)
{
    switch (state) {
    case WorkflowState::Draft:
        return tr("Draft");
    case WorkflowState::Submitted:
        return tr("Submitted");
    case WorkflowState::Approved:
        return tr("Approved");
    case WorkflowState::Scheduled:
        return tr("Scheduled");
    case WorkflowState::Published:
        return tr("Published");
    case WorkflowState::Spiked:
        return tr("Spiked");
    }
    return {};
}

QString ArticleListModel::translationStateLabel(TranslationState state)
{
    switch (state) {
    case TranslationState::InProgress:
        return tr("in progress");
    case TranslationState::ReadyForReview:
        return tr("ready for review");
    case TranslationState::Approved:
        return tr("approved");
    }
    return {};
}

QString ArticleListModel::formatTime(const std::optional<QDateTime> &time) const
{
    if (!time || !time->isValid())
        return {};
    return time->toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ArticleListModel::initials(const QString &name)
{
    QString result;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        result += word.front().toUpper();
        if (result.size() == 2)
            break;
    }
    return result;
}

QString ArticleListModel::localesText(const ArticleSummary &row) const
{
    QStringList parts;
    for (const Locale &locale : m_locales) {
        QString mark = QStringLiteral("–"); // missing
        for (const auto &[code, state] : row.locales) {
            if (code == locale.code)
                mark = state == TranslationState::Approved ? QStringLiteral("✓")
                                                           : QStringLiteral("…");
        }
        parts.append(locale.label + QLatin1Char(' ') + mark);
    }
    return parts.join(QStringLiteral("  "));
}

bool ArticleListModel::isOverdue(const ArticleSummary &row)
{
    return row.state == WorkflowState::Scheduled && row.scheduledAt
        && row.scheduledAt->secsTo(Clock::now()) > WorkflowService::lateToleranceSeconds;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary &row = m_rows.at(index.row());
    switch (role) {
    case UidRole:
        return row.uid;
    case StateRole:
        return workflowStateName(row.state);
    case LocaleStatesRole: {
        QStringList states;
        for (const auto &[code, state] : row.locales)
            states.append(code + QLatin1Char(':') + translationStateName(state));
        return states;
    }
    case OverdueRole:
        return isOverdue(row);
    case Qt::ToolTipRole:
        if (index.column() == Scheduled && isOverdue(row)) {
            return tr("Its time has passed and it is not published yet. The desk publishes what "
                      "is due every minute; if it stays, check that the store can be written.");
        }
        if (index.column() == Locales) {
            QStringList lines;
            for (const Locale &locale : m_locales) {
                QString state = tr("missing");
                for (const auto &[code, s] : row.locales) {
                    if (code == locale.code)
                        state = translationStateLabel(s);
                }
                lines.append(tr("%1: %2").arg(locale.name, state));
            }
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == Present && m_presence) {
            QStringList lines;
            for (const Presence &p : m_presence->others(row.uid)) {
                lines.append(tr("%1 has it open in %2")
                                 .arg(p.displayName.isEmpty() ? p.user : p.displayName,
                                      m_presence->localeLabel(p.locale)));
            }
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Headline:
            return row.title.isEmpty() ? tr("(untitled)") : row.title;
        case Section:
            return m_sectionNames.value(row.sectionUid, row.sectionUid);
        case Authors: {
            QStringList names;
            for (const QString &login : row.authors)
                names.append(m_displayNames.value(login, login));
            return names.join(QStringLiteral(", "));
        }
        case State:
            return stateLabel(row.state);
        case Locales:
            return localesText(row);
        case Scheduled:
            if (isOverdue(row))
                return tr("%1 (overdue)").arg(formatTime(row.scheduledAt));
            return formatTime(row.scheduledAt);
        case Published:
            if (row.publishedLateSeconds)
                return tr("%1 (late)").arg(formatTime(row.publishedAt));
            return formatTime(row.publishedAt);
        case Updated:
            return formatTime(row.updatedAt);
        case Present:
            return presenceText(row);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Headline:
        return tr("Headline");
    case Section:
        return tr("Section");
    case Authors:
        return tr("Authors");
    case State:
        return tr("State");
    case Locales:
        return tr("Languages");
    case Scheduled:
        return tr("Scheduled");
    case Published:
        return tr("Published");
    case Updated:
        return tr("Updated");
    case Present:
        return tr("Open at");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Byline
