#include "ui/panels/TranslationStatusPanel.h"

#include "core/changes/ChangeFeed.h"
#include "core/services/EditService.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ExpertRepository.h"
#include "core/storage/LocaleRepository.h"
#include "core/storage/QuoteRepository.h"
#include "core/translation/QualityChecks.h"
#include "core/translation/Segments.h"
#include "core/translation/WordDiff.h"
#include "core/workflow/Permissions.h"
#include "ui/language/Labels.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Byline {
namespace {

enum Roles { LocaleRole = Qt::UserRole + 1, SegmentRole, StateRole };

} // namespace

TranslationStatusPanel::TranslationStatusPanel(Storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    // The article's translations changed (here, in a tab, at another desk), or a quote's words.
    connect(&db.changes(), &ChangeFeed::changed, this, [this](const Changes &changes) {
        if (m_article
            && (concernsArticle(changes, m_article->uid)
                || containsKind(changes, {ChangeKind::QuoteChanged, ChangeKind::ExpertChanged})))
            setArticle(QString(m_article->uid));
    });
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(3);
    m_tree->header()->setStretchLastSection(false);
    // The language's name whole; a long warning is elided (its detail shows below).
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_detail = new QTextBrowser(this);
    m_detail->setOpenLinks(false);
    m_confirm = new QPushButton(this);
    m_confirm->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_tree, 2);
    layout->addWidget(m_detail, 3);
    layout->addWidget(m_confirm);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &TranslationStatusPanel::showDetail);
    connect(m_confirm, &QPushButton::clicked, this, &TranslationStatusPanel::confirm);
    retranslate();
}

void TranslationStatusPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TranslationStatusPanel::retranslate()
{
    m_tree->setHeaderLabels({tr("Language and segment"), tr("State"), QString()});
    m_tree->setAccessibleName(tr("Translation coverage"));
    m_detail->setAccessibleName(tr("Segment detail"));
    m_confirm->setText(tr("Translation still holds: mark as current"));
    m_confirm->setToolTip(tr("The source changed, but the translation says the same: confirm it "
                             "without editing."));
    reload();
}

void TranslationStatusPanel::setArticle(const QString &uid)
{
    m_article.reset();
    if (!uid.isEmpty()) {
        auto found = Storage::ArticleRepository(m_db).find(uid);
        if (found && *found)
            m_article = **found;
        else if (!found)
            Q_EMIT failed(found.error().message);
    }
    reload();
}

void TranslationStatusPanel::setUser(const std::optional<User> &user)
{
    m_user = user;
    showDetail();
}

void TranslationStatusPanel::reload()
{
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    m_detail->clear();
    m_confirm->setEnabled(false);
    if (!m_article) {
        m_title->setText(tr("Select an article to see where its translations stand."));
        return;
    }
    const Translation *source = m_article->sourceTranslation();
    m_title->setText(
        QStringLiteral("<b>%1</b>").arg((source ? source->title : m_article->uid).toHtmlEscaped()));
    auto locales = Storage::LocaleRepository(m_db).all();
    auto experts = Storage::ExpertRepository(m_db).all();
    auto quotes = Storage::QuoteRepository(m_db).all();
    if (!locales || !experts || !quotes)
        return;
    for (const Locale &locale : *locales) {
        const Segments::Coverage c = Segments::coverage(*m_article, locale.code);
        auto segmentName = [source](const QString &key) {
            return source ? Labels::segment(key, *source) : Labels::segment(key);
        };
        auto *top = new QTreeWidgetItem(m_tree);
        QString summary;
        if (locale.code == m_article->sourceLocale)
            summary = tr("source");
        else if (!c.present)
            summary = tr("not started");
        else
            summary = tr("%1 done · %2 stale · %3 missing").arg(c.done).arg(c.stale).arg(c.missing);
        top->setText(0, QStringLiteral("%1  %2").arg(locale.label, locale.name));
        top->setText(1, summary);
        top->setData(0, LocaleRole, locale.code);
        if (c.stale > 0)
            top->setForeground(1, QColor(0xb0, 0x5a, 0x00));
        for (const Segments::SegmentStatus &s : c.segments) {
            if (s.state == Segments::State::Done || locale.code == m_article->sourceLocale)
                continue;
            auto *child = new QTreeWidgetItem(top);
            child->setText(0, segmentName(s.key));
            child->setText(1, Labels::segmentState(s.state));
            child->setData(0, LocaleRole, locale.code);
            child->setData(0, SegmentRole, s.key);
            child->setData(0, StateRole, int(s.state));
        }
        for (const auto &w :
             QualityChecks::checkLocale(*m_article, locale.code, *experts, *quotes)) {
            auto *child = new QTreeWidgetItem(top);
            child->setText(0, segmentName(w.segment));
            child->setText(1, tr("warning: %1").arg(Labels::qualityWarning(w)));
            child->setData(0, LocaleRole, locale.code);
            child->setData(0, SegmentRole, w.segment);
            child->setData(0, StateRole, -1);
        }
        top->setExpanded(c.stale > 0);
        if (locale.code != m_article->sourceLocale) {
            auto *translate = new QToolButton(m_tree);
            translate->setText(tr("Translate…"));
            translate->setToolTip(
                tr("Translate the article into %1 segment by segment (Ctrl+T)").arg(locale.name));
            translate->setAccessibleName(tr("Translate into %1").arg(locale.name));
            translate->setProperty("locale", locale.code);
            translate->setAutoRaise(true);
            connect(translate, &QToolButton::clicked, this, [this, code = locale.code] {
                // A copy: opening saves the article, and the save reloads m_article.
                if (const QString uid = m_article ? m_article->uid : QString(); !uid.isEmpty())
                    Q_EMIT translateRequested(uid, code);
            });
            m_tree->setItemWidget(top, 2, translate);
        }
    }
}

QToolButton *TranslationStatusPanel::translateButton(const QString &locale) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        if (top->data(0, LocaleRole).toString() == locale)
            return qobject_cast<QToolButton *>(m_tree->itemWidget(top, 2));
    }
    return nullptr;
}

QString TranslationStatusPanel::currentLocale() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, LocaleRole).toString() : QString();
}

void TranslationStatusPanel::showDetail()
{
    m_confirm->setEnabled(false);
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!m_article || !item || item->data(0, SegmentRole).toString().isEmpty()) {
        m_detail->clear();
        return;
    }
    const QString locale = item->data(0, LocaleRole).toString();
    const QString key = item->data(0, SegmentRole).toString();
    const Segments::Coverage c = Segments::coverage(*m_article, locale);
    for (const Segments::SegmentStatus &s : c.segments) {
        if (s.key != key)
            continue;
        QString html;
        if (s.state == Segments::State::Stale) {
            html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                        .arg(tr("What changed in the source"),
                             Labels::wordDiffHtml(WordDiff::compare(s.previousSource, s.source)));
            html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                        .arg(tr("Source when it was translated"), s.previousSource.toHtmlEscaped());
        }
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(tr("Source now"), s.source.toHtmlEscaped());
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(tr("Translation"),
                         s.translation.isEmpty() ? tr("(not translated yet)")
                                                 : s.translation.toHtmlEscaped());
        m_detail->setHtml(html);
        const bool mayConfirm = m_user && Permissions::mayConfirm(*m_user, *m_article, locale);
        m_confirm->setEnabled(s.state == Segments::State::Stale && mayConfirm);
        return;
    }
}

void TranslationStatusPanel::confirm()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!m_article || !m_user || !item)
        return;
    Article article = *m_article;
    if (!Segments::markDone(article, item->data(0, LocaleRole).toString(),
                            item->data(0, SegmentRole).toString()))
        return;
    if (auto saved = EditService(m_db).save(article, m_user->name); !saved) {
        Q_EMIT failed(saved.error().message);
        return;
    }
    setArticle(article.uid); // the change hub tells the list, the tabs and the other panels
}

} // namespace Byline
