#include "ui/desk/EditorTabs.h"

#include "core/changes/ChangeFeed.h"
#include "core/services/PresenceBoard.h"
#include "core/storage/Database.h"
#include "ui/document/ArticleDocument.h"

#include "ui/editor/ArticleEditor.h"
#include "ui/editor/ArticlePage.h"
#include "ui/translation/TranslationView.h"

#include <QAction>
#include <QEvent>
#include <QFontMetrics>
#include <QTabBar>

namespace Byline {

EditorTabs::EditorTabs(Storage::Database &db, QWidget *desk, QWidget *parent)
    : QTabWidget(parent)
    , m_db(db)
    , m_desk(desk)
{
    setDocumentMode(true);
    setTabBarAutoHide(true);
    setTabsClosable(true);
    setMovable(false);
    setElideMode(Qt::ElideRight);
    addTab(desk, QString());
    // The desk stays.
    tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(this, &QTabWidget::tabCloseRequested, this,
            [this](int index) { closeTab(widget(index)); });
    m_closeAction = new QAction(this);
    m_closeAction->setShortcut(QKeySequence::Close);
    m_closeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_closeAction);
    connect(m_closeAction, &QAction::triggered, this, [this] { closeTab(currentWidget()); });
    retranslate();
    connect(&db.changes(), &ChangeFeed::changed, this, &EditorTabs::followStore);
    m_presence = new PresenceBoard(db, this);
    connect(this, &QTabWidget::currentChanged, this, &EditorTabs::syncPresence);
}

EditorTabs::~EditorTabs()
{
    // Each open article saves what is unsaved as it closes. They go first, while the tabs are
    // whole, and their last signals reach nobody: the desk around them is being taken down.
    QList<QWidget *> tabs;
    for (ArticleEditor *e : editors())
        tabs.append(e);
    for (TranslationView *v : translationViews())
        tabs.append(v);
    for (QWidget *tab : std::as_const(tabs)) {
        disconnect(tab, nullptr, this, nullptr);
        delete tab;
    }
}

ArticleEditor *EditorTabs::editor(const QString &uid) const
{
    for (ArticleEditor *e : editors()) {
        if (e->uid() == uid)
            return e;
    }
    return nullptr;
}

QList<ArticleEditor *> EditorTabs::editors() const
{
    QList<ArticleEditor *> result;
    for (int i = 0; i < count(); ++i) {
        if (auto *e = qobject_cast<ArticleEditor *>(widget(i)))
            result.append(e);
    }
    return result;
}

ArticleEditor *EditorTabs::open(const QString &uid)
{
    if (ArticleEditor *e = editor(uid)) {
        setCurrentWidget(e);
        return e;
    }
    auto *e = new ArticleEditor(m_db, this);
    if (!m_journalFolder.isEmpty())
        e->setJournalFolder(m_journalFolder);
    e->setUser(m_user);
    addTab(e, QString());
    setCurrentWidget(e); // shown before a restore question comes up over it
    if (!e->open(uid)) {
        Q_EMIT openFailed(e->saveStateText());
        delete e;
        return nullptr;
    }
    connect(e, &ArticleEditor::titleChanged, this, [this, e] {
        retitle(e);
        syncPresence(); // the title follows the language shown
    });
    connect(e, &ArticleEditor::modifiedChanged, this, [this, e] { retitle(e); });
    retitle(e);
    e->setPresence(m_presence);
    syncPresence();
    if (e->page())
        e->page()->setFocus();
    return e;
}

void EditorTabs::close(ArticleEditor *editor)
{
    closeTab(editor);
}

void EditorTabs::closeTab(QWidget *tab)
{
    const int index = indexOf(tab);
    if (index <= 0 || tab == m_desk)
        return;
    removeTab(index);
    // A view of the desk (the calendar) is only hidden: its menu shows it again.
    if (qobject_cast<ArticleEditor *>(tab) || qobject_cast<TranslationView *>(tab))
        delete tab; // saves what is unsaved; what fails stays in the journal
    setCurrentWidget(m_desk);
    syncPresence();
}

void EditorTabs::syncPresence()
{
    QHash<QString, QString> open;
    for (ArticleEditor *e : editors()) {
        if (!e->uid().isEmpty())
            open.insert(e->uid(), e->locale());
    }
    for (TranslationView *v : translationViews()) {
        if (!v->uid().isEmpty() && !open.contains(v->uid()))
            open.insert(v->uid(), v->locale());
    }
    if (auto *e = qobject_cast<ArticleEditor *>(currentWidget()); e && !e->uid().isEmpty())
        open.insert(e->uid(), e->locale());
    else if (auto *v = qobject_cast<TranslationView *>(currentWidget()); v && !v->uid().isEmpty())
        open.insert(v->uid(), v->locale());
    m_presence->sync(open);
}

void EditorTabs::showPage(QWidget *page)
{
    if (indexOf(page) < 0) {
        insertTab(1, page, page->windowTitle());
        page->installEventFilter(this);
    }
    setCurrentWidget(page);
}

bool EditorTabs::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::WindowTitleChange) {
        if (auto *page = qobject_cast<QWidget *>(watched); page && indexOf(page) > 0)
            setTabText(indexOf(page), page->windowTitle());
    }
    return QTabWidget::eventFilter(watched, event);
}

TranslationView *EditorTabs::translationView(const QString &uid, const QString &locale) const
{
    for (TranslationView *v : translationViews()) {
        if (v->uid() == uid && v->locale() == locale)
            return v;
    }
    return nullptr;
}

QList<TranslationView *> EditorTabs::translationViews() const
{
    QList<TranslationView *> result;
    for (int i = 0; i < count(); ++i) {
        if (auto *v = qobject_cast<TranslationView *>(widget(i)))
            result.append(v);
    }
    return result;
}

TranslationView *EditorTabs::translate(const QString &uid, const QString &locale)
{
    if (TranslationView *v = translationView(uid, locale)) {
        setCurrentWidget(v);
        return v;
    }
    saveArticle(uid); // what was typed in the editor is the base of the translation
    auto *v = new TranslationView(m_db, this);
    if (!m_journalFolder.isEmpty())
        v->setJournalFolder(m_journalFolder);
    v->setUser(m_user);
    addTab(v, QString());
    setCurrentWidget(v);
    if (!v->open(uid, locale)) {
        Q_EMIT openFailed(v->saveStateText());
        delete v;
        return nullptr;
    }
    connect(v, &TranslationView::titleChanged, this, [this, v] { retitle(v); });
    connect(v, &TranslationView::modifiedChanged, this, [this, v] { retitle(v); });
    retitle(v);
    v->setPresence(m_presence);
    syncPresence();
    // The first open segment gets the keys.
    for (SegmentRow *r : v->rows()) {
        if (!r->isQuote() && r->state() != SegmentRow::State::Done) {
            v->focusSegment(r->key());
            break;
        }
    }
    return v;
}

void EditorTabs::setUser(const std::optional<User> &user)
{
    m_user = user;
    m_presence->setUser(user ? user->name : QString());
    for (ArticleEditor *e : editors())
        e->setUser(user);
    for (TranslationView *v : translationViews())
        v->setUser(user);
}

void EditorTabs::followStore(const Changes &changes)
{
    // An open article follows the store (keeping what is typed in it): a save made in another
    // tab or at another desk, a workflow step, an import. Its own saves come back too; the tab
    // already holds that version. A quote's words or an expert's names show in every tab (any
    // article may quote them).
    const bool quotes
        = containsKind(changes, {ChangeKind::QuoteChanged, ChangeKind::ExpertChanged});
    auto changedFor = [&changes](const QString &uid, const ArticleDocument *document) {
        for (const Change &c : changes) {
            if (c.kind == ChangeKind::Many)
                return true;
            if (!c.isArticle() || c.uid != uid)
                continue;
            const bool held = c.kind == ChangeKind::ArticleSaved && document
                && document->stored().version == c.version;
            if (!held)
                return true;
        }
        return false;
    };
    for (ArticleEditor *e : editors()) {
        if (changedFor(e->uid(), e->document()))
            e->reloadFromStore();
        if (quotes)
            e->reloadQuotes();
    }
    for (TranslationView *v : translationViews()) {
        if (changedFor(v->uid(), v->document()))
            v->reloadFromStore(); // reloads the quotes too
        else if (quotes)
            v->reloadQuotes();
    }
}

void EditorTabs::saveArticle(const QString &uid)
{
    if (ArticleEditor *e = editor(uid); e && e->isModified())
        e->save();
    for (TranslationView *v : translationViews()) {
        if (v->uid() == uid && v->isModified())
            v->save();
    }
}

void EditorTabs::retitle(QWidget *tab)
{
    const int index = indexOf(tab);
    if (index < 0)
        return;
    QString title;
    bool modified = false;
    if (auto *e = qobject_cast<ArticleEditor *>(tab)) {
        title = e->title();
        modified = e->isModified();
    } else if (auto *v = qobject_cast<TranslationView *>(tab)) {
        title = v->title();
        modified = v->isModified();
    }
    const QString shown = QFontMetrics(font()).elidedText(title, Qt::ElideRight, 260);
    setTabText(index, (modified ? QStringLiteral("\u2022 ") : QString()) + shown);
    setTabToolTip(index, title);
}

void EditorTabs::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTabWidget::changeEvent(event);
}

void EditorTabs::retranslate()
{
    setTabText(0, tr("Articles"));
    m_closeAction->setText(tr("Close the article"));
    setAccessibleName(tr("Desk and open articles"));
    for (ArticleEditor *e : editors())
        retitle(e);
    for (TranslationView *v : translationViews())
        retitle(v);
}

} // namespace Byline
