#include "ui/EditorTabs.h"

#include "ui/ArticleEditor.h"
#include "ui/ArticlePage.h"

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
    connect(this, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto *e = qobject_cast<ArticleEditor *>(widget(index)))
            close(e);
        else if (index > 0)
            removeTab(index); // a view of the desk: hidden, shown again from the menu
    });
    m_closeAction = new QAction(this);
    m_closeAction->setShortcut(QKeySequence::Close);
    m_closeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_closeAction);
    connect(m_closeAction, &QAction::triggered, this, [this] {
        if (auto *e = qobject_cast<ArticleEditor *>(currentWidget()))
            close(e);
    });
    retranslate();
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
    connect(e, &ArticleEditor::saved, this, &EditorTabs::articleSaved);
    connect(e, &ArticleEditor::titleChanged, this, [this, e] { retitle(e); });
    connect(e, &ArticleEditor::modifiedChanged, this, [this, e] { retitle(e); });
    retitle(e);
    if (e->page())
        e->page()->setFocus();
    return e;
}

void EditorTabs::close(ArticleEditor *editor)
{
    const int index = indexOf(editor);
    if (index <= 0)
        return;
    removeTab(index);
    delete editor; // saves what is unsaved; what fails stays in the journal
    setCurrentWidget(m_desk);
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

void EditorTabs::setUser(const std::optional<User> &user)
{
    m_user = user;
    for (ArticleEditor *e : editors())
        e->setUser(user);
}

void EditorTabs::articleChanged(const QString &uid)
{
    if (ArticleEditor *e = editor(uid))
        e->reloadFromStore();
}

void EditorTabs::saveArticle(const QString &uid)
{
    if (ArticleEditor *e = editor(uid); e && e->isModified())
        e->save();
}

void EditorTabs::retitle(ArticleEditor *editor)
{
    const int index = indexOf(editor);
    if (index < 0)
        return;
    const QString title = editor->title();
    const QString shown = QFontMetrics(font()).elidedText(title, Qt::ElideRight, 260);
    setTabText(index, (editor->isModified() ? QStringLiteral("\u2022 ") : QString()) + shown);
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
}

} // namespace Byline
