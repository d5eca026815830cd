#include "ui/inbox/InboxPanel.h"

#include "core/TimeFormat.h"
#include "core/changes/ChangeFeed.h"
#include "core/storage/Database.h"
#include "core/storage/InboxRepository.h"
#include "core/storage/LocaleRepository.h"
#include "core/workflow/TimeInput.h"
#include "ui/panels/CommentDelegate.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Byline {
namespace {

QString quoted(const QString &headline)
{
    return InboxPanel::tr("\u201c%1\u201d").arg(headline);
}

} // namespace

InboxPanel::InboxPanel(Storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    // An entry written here or at another desk, a headline changed, or everything after a
    // reconnect (ChangeKind::Many).
    connect(&db.changes(), &ChangeFeed::changed, this, [this](const Changes &changes) {
        // The languages' labels and the newsroom's time zone (or everything: Many).
        const bool context = containsKind(changes, {ChangeKind::SettingsChanged});
        if (context)
            loadContext();
        if (!m_user) {
            if (context)
                fillList();
            return;
        }
        for (const Change &c : changes) {
            const bool mine = c.kind == ChangeKind::InboxChanged && c.uid == m_user->name;
            const bool shown = c.kind == ChangeKind::ArticleSaved
                && std::ranges::any_of(m_entries,
                                       [&c](const InboxEntry &e) { return e.articleUid == c.uid; });
            if (mine || shown || c.kind == ChangeKind::Many || c.kind == ChangeKind::UsersChanged) {
                reload();
                return;
            }
        }
        if (context)
            fillList();
    });
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_unreadOnly = new QCheckBox(this);
    m_list = new QListWidget(this);
    m_list->setWordWrap(true);
    m_list->setSpacing(4);
    m_list->setAlternatingRowColors(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setItemDelegate(new CommentDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_open = new QPushButton(this);
    m_markAll = new QPushButton(this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_unreadOnly, 0, Qt::AlignTop);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_markAll);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    for (const QKeySequence &keys : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *enter = new QShortcut(keys, m_list);
        enter->setContext(Qt::WidgetShortcut);
        connect(enter, &QShortcut::activated, this, &InboxPanel::openSelected);
    }
    connect(m_list, &QListWidget::itemActivated, this, &InboxPanel::open);
    connect(m_list, &QListWidget::currentRowChanged, this, &InboxPanel::updateButtons);
    connect(m_open, &QPushButton::clicked, this, &InboxPanel::openSelected);
    connect(m_markAll, &QPushButton::clicked, this, &InboxPanel::markAllRead);
    connect(m_unreadOnly, &QCheckBox::toggled, this, &InboxPanel::fillList);
    loadContext();
    retranslate();
}

void InboxPanel::setUser(const std::optional<User> &user)
{
    const bool same = m_user && user && m_user->name == user->name;
    m_user = user;
    if (!same)
        reload();
    else
        updateButtons();
}

void InboxPanel::reload()
{
    int unread = m_unread;
    if (!m_user) {
        m_entries.clear();
        unread = 0;
    } else {
        Storage::InboxRepository inbox(m_db);
        auto entries = inbox.list(m_user->name);
        // Unread ones beyond the entries listed count too.
        auto count = entries ? inbox.unread(m_user->name) : Result<int>(0);
        if (!entries || !count) {
            // Not read now (the store is busy, the server is away): what was shown stays, is
            // read again on the next change, and the person is told.
            Q_EMIT failed(tr("Your inbox could not be read: %1")
                              .arg((entries ? count.error() : entries.error()).message));
        } else {
            m_entries = *entries;
            unread = *count;
        }
    }
    const bool changed = unread != m_unread;
    m_unread = unread;
    fillList();
    if (changed)
        Q_EMIT unreadChanged(m_unread);
}

void InboxPanel::loadContext()
{
    m_localeLabels.clear();
    if (auto locales = Storage::LocaleRepository(m_db).all()) {
        for (const Locale &l : *locales)
            m_localeLabels.insert(l.code, l.label);
    }
    m_zone = TimeInput::newsroomZone(m_db).value_or(QTimeZone::utc());
}

QString InboxPanel::describe(const InboxEntry &e, const QString &label, const QString &when)
{
    const QString who = !e.actorName.isEmpty() ? e.actorName
        : !e.actor.isEmpty()                   ? e.actor
                                               : tr("Someone");
    const QString what = quoted(e.headline);
    switch (e.kind) {
    case InboxKind::SentBack:
        return e.locale.isEmpty()
            ? tr("%1 sent back %2").arg(who, what)
            : tr("%1 sent back your %2 translation of %3").arg(who, label, what);
    case InboxKind::AssignedEditor:
        return tr("%1 made you the editor of %2").arg(who, what);
    case InboxKind::AssignedTranslator:
        return tr("%1 asked you to translate %2 into %3").arg(who, what, label);
    case InboxKind::Scheduled:
        return tr("%1 scheduled %2 for %3").arg(who, what, when);
    case InboxKind::Published:
        if (!e.locale.isEmpty())
            return tr("Your %1 translation of %2 is live").arg(label, what);
        return e.actor.isEmpty() ? tr("%1 was published on schedule").arg(what)
                                 : tr("%1 published %2").arg(who, what);
    case InboxKind::Mentioned:
        return tr("%1 mentioned you on %2").arg(who, what);
    case InboxKind::Stale:
        return tr("%1 changed the source of %2: %n segment(s) of your %3 translation are stale",
                  nullptr, e.detail.toInt())
            .arg(who, what, label);
    }
    return what;
}

void InboxPanel::fillList()
{
    const qint64 previous
        = m_list->currentItem() ? m_list->currentItem()->data(IdRole).toLongLong() : 0;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QTimeZone &zone = m_zone;
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    const auto shortTime = [&](const QDateTime &t) {
        const QDateTime local = t.toTimeZone(zone);
        return local.date() == today ? local.toString(QStringLiteral("HH:mm"))
                                     : QLocale().toString(local, QLocale::ShortFormat);
    };
    for (const InboxEntry &e : std::as_const(m_entries)) {
        if (m_unreadOnly->isChecked() && e.readAt)
            continue;
        QString when;
        if (e.kind == InboxKind::Scheduled) {
            const auto at = parseUtc(e.detail);
            when = at ? QLocale().toString(at->toTimeZone(zone), QLocale::ShortFormat) : e.detail;
        }
        const QString label = m_localeLabels.value(e.locale, e.locale.toUpper());
        const QString header = (e.readAt ? QString() : QStringLiteral("\u25cf "))
            + describe(e, label, when) + QStringLiteral(" \u00b7 ") + shortTime(e.at);
        const bool quotesWords = e.kind == InboxKind::SentBack || e.kind == InboxKind::Mentioned;
        auto *item = new QListWidgetItem(quotesWords ? e.detail : QString(), m_list);
        item->setData(CommentDelegate::HeaderRole, header);
        item->setData(IdRole, e.id);
        item->setToolTip(e.readAt ? tr("Read %1").arg(shortTime(*e.readAt))
                                  : tr("Unread: open it to see it in its place"));
        if (e.readAt)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        if (e.id == previous)
            m_list->setCurrentItem(item);
    }
    if (m_list->count() == 0) {
        auto *empty = new QListWidgetItem(!m_user ? tr("Choose who you are to see your inbox.")
                                              : m_unreadOnly->isChecked()
                                              ? tr("Nothing unread.")
                                              : tr("Nothing yet. When an article of yours is sent "
                                                   "back, scheduled or published, when you are "
                                                   "assigned or mentioned, it shows here."),
                                          m_list);
        empty->setFlags(Qt::NoItemFlags);
        empty->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    updateButtons();
}

void InboxPanel::updateButtons()
{
    const QListWidgetItem *item = m_list->currentItem();
    m_open->setEnabled(item && item->data(IdRole).toLongLong() > 0);
    m_markAll->setEnabled(m_user && m_unread > 0 && !m_db.isReadOnly());
    m_title->setText(!m_user        ? tr("Your inbox")
                         : m_unread ? tr("%n unread", nullptr, m_unread)
                                    : tr("All read"));
}

void InboxPanel::openSelected()
{
    if (QListWidgetItem *item = m_list->currentItem())
        open(item);
}

void InboxPanel::open(QListWidgetItem *item)
{
    const qint64 id = item ? item->data(IdRole).toLongLong() : 0;
    if (!m_user || id <= 0)
        return;
    const auto it
        = std::ranges::find_if(m_entries, [id](const InboxEntry &e) { return e.id == id; });
    if (it == m_entries.cend())
        return;
    const InboxEntry entry = *it; // reload() replaces the list
    if (!entry.readAt && !m_db.isReadOnly()) {
        // Not being able to mark it read loses nothing: it stays unread, and opens anyway.
        if (auto marked = Storage::InboxRepository(m_db).markRead(m_user->name, id); !marked)
            Q_EMIT failed(tr("The entry could not be marked read: %1").arg(marked.error().message));
        reload();
    }
    Q_EMIT openRequested(entry);
}

void InboxPanel::markAllRead()
{
    if (!m_user)
        return;
    if (auto marked = Storage::InboxRepository(m_db).markAllRead(m_user->name); !marked)
        Q_EMIT failed(tr("Your inbox could not be marked read: %1").arg(marked.error().message));
    reload();
}

void InboxPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InboxPanel::retranslate()
{
    setWindowTitle(tr("Inbox"));
    m_unreadOnly->setText(tr("Unread only"));
    m_open->setText(tr("Open"));
    m_open->setToolTip(tr("Show the article where this happened (Enter)"));
    m_markAll->setText(tr("Mark all read"));
    m_list->setAccessibleName(tr("Your inbox"));
    fillList();
}

} // namespace Byline
