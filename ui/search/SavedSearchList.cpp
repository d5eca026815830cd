#include "ui/search/SavedSearchList.h"

#include "core/changes/ChangeFeed.h"
#include "core/storage/Database.h"
#include "core/storage/SavedSearchRepository.h"

#include <QAction>
#include <QEvent>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QVBoxLayout>

namespace Byline {
namespace {

constexpr int IdRole = Qt::UserRole;

} // namespace

SavedSearchList::SavedSearchList(Storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    connect(&db.changes(), &ChangeFeed::changed, this, [this](const Changes &changes) {
        for (const Change &c : changes) {
            if (c.kind == ChangeKind::Many
                || (c.kind == ChangeKind::SavedSearchesChanged && c.uid == m_user)) {
                reload();
                return;
            }
        }
    });
    m_heading = new QLabel(this);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("savedSearches"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSpacing(2);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setWordWrap(true); // the hint shown while there are none is a sentence
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_heading->setBuddy(m_list);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    m_heading->setIndent(4);
    layout->setSpacing(2);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);

    m_rename = new QAction(this);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setShortcutContext(Qt::WidgetShortcut);
    m_delete = new QAction(this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(m_rename);
    m_list->addAction(m_delete);

    connect(m_list, &QListWidget::itemClicked, this, &SavedSearchList::activate);
    connect(m_list, &QListWidget::itemActivated, this, &SavedSearchList::activate);
    connect(m_list, &QWidget::customContextMenuRequested, this, &SavedSearchList::showMenu);
    connect(m_rename, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            renameSearch(id);
    });
    connect(m_delete, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            deleteSearch(id);
    });

    askName = [this](const QString &current) -> std::optional<QString> {
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("Rename the saved search"), tr("New name:"), QLineEdit::Normal, current, &ok);
        if (!ok)
            return std::nullopt;
        return name;
    };
    confirmDelete = [this](const QString &name) {
        return QMessageBox::question(this, tr("Delete the saved search"),
                                     tr("Delete the saved search \"%1\"? The articles it finds "
                                        "are not touched.")
                                         .arg(name))
            == QMessageBox::Yes;
    };
    retranslate();
}

void SavedSearchList::setUser(const QString &name)
{
    m_user = name;
    reload();
}

void SavedSearchList::reload()
{
    const qint64 current = currentId();
    m_searches.clear();
    m_list->clear();
    if (!m_user.isEmpty()) {
        auto found = Storage::SavedSearchRepository(m_db).forUser(m_user);
        if (found)
            m_searches = *found;
        else
            Q_EMIT failed(found.error().message);
    }
    for (const SavedSearch &s : std::as_const(m_searches)) {
        auto *item = new QListWidgetItem(s.name, m_list);
        item->setData(IdRole, s.id);
        item->setToolTip(tr("Search for: %1\nClick to run it; right-click to rename or delete "
                            "it.")
                             .arg(s.text));
        if (s.id == current)
            m_list->setCurrentItem(item);
    }
    if (m_searches.isEmpty()) {
        auto *item = new QListWidgetItem(
            m_user.isEmpty() ? tr("Choose who you are to see yours.")
                             : tr("None yet: search (Ctrl+F), then \"Save this search…\"."),
            m_list);
        item->setFlags(Qt::ItemIsEnabled);
        item->setForeground(palette().brush(QPalette::PlaceholderText));
    }
}

std::optional<SavedSearch> SavedSearchList::find(qint64 id) const
{
    for (const SavedSearch &s : m_searches) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

qint64 SavedSearchList::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdRole).toLongLong() : 0;
}

void SavedSearchList::activate(QListWidgetItem *item)
{
    if (const auto search = find(item ? item->data(IdRole).toLongLong() : 0))
        Q_EMIT activated(*search);
}

void SavedSearchList::showMenu(const QPoint &pos)
{
    QListWidgetItem *item = m_list->itemAt(pos);
    const qint64 id = item ? item->data(IdRole).toLongLong() : 0;
    if (!id)
        return;
    m_list->setCurrentItem(item);
    QMenu menu(this);
    menu.addAction(m_rename);
    menu.addAction(m_delete);
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void SavedSearchList::renameSearch(qint64 id)
{
    const auto search = find(id);
    if (!search)
        return;
    const auto name = askName(search->name);
    if (!name || *name == search->name)
        return;
    if (auto renamed = Storage::SavedSearchRepository(m_db).rename(id, m_user, *name); !renamed)
        Q_EMIT failed(tr("The search was not renamed: %1").arg(renamed.error().message));
    reload();
}

void SavedSearchList::deleteSearch(qint64 id)
{
    const auto search = find(id);
    if (!search || !confirmDelete(search->name))
        return;
    if (auto removed = Storage::SavedSearchRepository(m_db).remove(id, m_user); !removed)
        Q_EMIT failed(tr("The search was not deleted: %1").arg(removed.error().message));
    reload();
}

void SavedSearchList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SavedSearchList::retranslate()
{
    m_heading->setText(tr("Saved searches"));
    m_list->setAccessibleName(tr("Saved searches"));
    m_rename->setText(tr("&Rename…"));
    m_delete->setText(tr("&Delete"));
    reload();
}

} // namespace Byline
