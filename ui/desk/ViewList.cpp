#include "ui/desk/ViewList.h"

#include "core/storage/ArticleLists.h"
#include "core/storage/LocaleRepository.h"

#include <iterator>

namespace Byline {
namespace {

enum class ViewKind { All, Mine, State, Translate };
constexpr int KindRole = Qt::UserRole;
constexpr int ArgRole = Qt::UserRole + 1;
constexpr int LabelRole = Qt::UserRole + 2; // a language's label ("AM")

struct View
{
    const char *label;
    ViewKind kind;
    WorkflowState state;
};

const View views[] = {
    {QT_TRANSLATE_NOOP("Byline::ViewList", "All articles"), ViewKind::All, WorkflowState::Draft},
    {QT_TRANSLATE_NOOP("Byline::ViewList", "My work"), ViewKind::Mine, WorkflowState::Draft},
    {QT_TRANSLATE_NOOP("Byline::ViewList", "Drafts"), ViewKind::State, WorkflowState::Draft},
    {QT_TRANSLATE_NOOP("Byline::ViewList", "Awaiting review"), ViewKind::State,
     WorkflowState::Submitted},
    {QT_TRANSLATE_NOOP("Byline::ViewList", "Approved"), ViewKind::State, WorkflowState::Approved},
    {QT_TRANSLATE_NOOP("Byline::ViewList", "Scheduled"), ViewKind::State, WorkflowState::Scheduled},
    {QT_TRANSLATE_NOOP("Byline::ViewList", "Published"), ViewKind::State, WorkflowState::Published},
    {QT_TRANSLATE_NOOP("Byline::ViewList", "Spiked"), ViewKind::State, WorkflowState::Spiked},
};

} // namespace

ViewList::ViewList(Storage::Database &db, QWidget *parent)
    : QListWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("views"));
    for (const View &v : views) {
        auto *item = new QListWidgetItem(this);
        item->setData(KindRole, int(v.kind));
        item->setData(ArgRole, int(v.state));
    }
    if (auto locales = Storage::LocaleRepository(db).all()) {
        for (const Locale &l : *locales) {
            auto *item = new QListWidgetItem(this);
            item->setData(KindRole, int(ViewKind::Translate));
            item->setData(ArgRole, l.code);
            item->setData(LabelRole, l.label);
        }
    }
    setCurrentRow(0);
    setMaximumWidth(300);
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("Needs translation · AM (999)"))
                    + 24);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    setSpacing(2);
    setFrameShape(QFrame::NoFrame);
    retranslate();
}

Storage::ArticleQuery ViewList::query(Storage::ArticleQuery base, const QString &user) const
{
    base.state.reset();
    base.involving.clear();
    base.needsTranslation.clear();
    base.afterKey.reset();
    const QListWidgetItem *item = currentItem();
    if (!item)
        return base;
    switch (ViewKind(item->data(KindRole).toInt())) {
    case ViewKind::All:
        break;
    case ViewKind::Mine:
        base.involving = user.isEmpty() ? QStringLiteral("\n") : user; // nobody: nothing
        break;
    case ViewKind::State:
        base.state = WorkflowState(item->data(ArgRole).toInt());
        break;
    case ViewKind::Translate:
        base.needsTranslation = item->data(ArgRole).toString();
        break;
    }
    return base;
}

bool ViewList::showsOwnWork() const
{
    return currentItem() && ViewKind(currentItem()->data(KindRole).toInt()) == ViewKind::Mine;
}

bool ViewList::isNarrowed(const Storage::ArticleQuery &query)
{
    return query.state || !query.involving.isEmpty() || !query.needsTranslation.isEmpty();
}

void ViewList::updateCounts()
{
    auto counts = Storage::ArticleLists(m_db).needingTranslation();
    for (int i = int(std::size(views)); i < count(); ++i) {
        QListWidgetItem *it = item(i);
        const QString code = it->data(ArgRole).toString();
        const QString label = it->data(LabelRole).toString();
        it->setText(counts ? tr("Needs translation · %1 (%2)").arg(label).arg(counts->value(code))
                           : tr("Needs translation · %1").arg(label));
    }
}

void ViewList::retranslate()
{
    for (int i = 0; i < int(std::size(views)); ++i)
        item(i)->setText(tr(views[i].label));
    updateCounts();
    setAccessibleName(tr("Views"));
}

} // namespace Byline
