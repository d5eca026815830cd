#include "ui/panels/HistoryPanel.h"

#include "ui/widgets/FlowLayout.h"

#include "core/changes/ChangeFeed.h"
#include "core/services/EditService.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/Database.h"
#include "core/translation/RevisionDiff.h"
#include "core/workflow/Permissions.h"
#include "core/workflow/TimeInput.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Byline {
namespace {

QString kindLabel(RevisionKind kind)
{
    switch (kind) {
    case RevisionKind::Save:
        return HistoryPanel::tr("saved");
    case RevisionKind::Conflict:
        return HistoryPanel::tr("kept from a conflict");
    case RevisionKind::Restore:
        return HistoryPanel::tr("restored");
    case RevisionKind::Import:
        return HistoryPanel::tr("from an import");
    }
    return {};
}

QString fieldLabel(const RevisionDiff::Change &c)
{
    switch (c.field) {
    case RevisionDiff::Change::Field::Title:
        return HistoryPanel::tr("Headline");
    case RevisionDiff::Change::Field::Lead:
        return HistoryPanel::tr("Lead");
    case RevisionDiff::Change::Field::SeoTitle:
        return HistoryPanel::tr("SEO title");
    case RevisionDiff::Change::Field::SeoDescription:
        return HistoryPanel::tr("SEO description");
    case RevisionDiff::Change::Field::Slug:
        return HistoryPanel::tr("Slug");
    case RevisionDiff::Change::Field::Block:
        return HistoryPanel::tr("Block %1").arg(c.blockId);
    }
    return {};
}

} // namespace

HistoryPanel::HistoryPanel(Storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    // A save or a workflow step adds to the history, wherever it was made.
    connect(&db.changes(), &ChangeFeed::changed, this, [this](const Changes &changes) {
        if (m_article && concernsArticle(changes, m_article->uid))
            setArticle(QString(m_article->uid));
    });
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_list = new QListWidget(this);
    m_changes = new QTextBrowser(this);
    m_preview = new QPushButton(this);
    m_restore = new QPushButton(this);
    auto *buttons = new FlowLayout; // wraps in a narrow panel rather than widening the window
    buttons->addWidget(m_preview);
    buttons->addWidget(m_restore);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_changes, 2);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &HistoryPanel::showChanges);
    connect(m_restore, &QPushButton::clicked, this, &HistoryPanel::restore);
    connect(m_preview, &QPushButton::clicked, this, [this] {
        if (const Revision *r = selected(); r && m_article) {
            Article asOf = *m_article;
            asOf.translations = r->snapshot;
            Q_EMIT previewRequested(asOf);
        }
    });
    confirmRestore = [this](int number) {
        return QMessageBox::question(
                   this, tr("Restore revision %1").arg(number),
                   tr("Make the text of revision %1 the current text? It is saved as "
                      "a new revision; nothing newer is lost.")
                       .arg(number))
            == QMessageBox::Yes;
    };
    retranslate();
}

void HistoryPanel::setArticle(const QString &uid)
{
    m_article.reset();
    if (!uid.isEmpty()) {
        auto found = Storage::ArticleRepository(m_db).find(
            uid, Storage::ArticleRepository::Load::WithHistory);
        if (found && *found)
            m_article = **found;
    }
    reload();
}

void HistoryPanel::setUser(const std::optional<User> &user)
{
    m_user = user;
    showChanges();
}

const Revision *HistoryPanel::selected() const
{
    if (!m_article)
        return nullptr;
    const int row = m_list->currentRow();
    const auto &revisions = m_article->revisions;
    // The list shows the newest first.
    if (row < 0 || row >= revisions.size())
        return nullptr;
    return &revisions.at(revisions.size() - 1 - row);
}

void HistoryPanel::reload()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (!m_article) {
        m_title->setText(tr("Select an article to see its revisions."));
        m_changes->clear();
        showChanges();
        return;
    }
    const Translation *source = m_article->sourceTranslation();
    m_title->setText(
        QStringLiteral("<b>%1</b>").arg((source ? source->title : m_article->uid).toHtmlEscaped()));
    const QTimeZone zone = TimeInput::newsroomZone(m_db).value_or(QTimeZone::utc());
    for (qsizetype i = m_article->revisions.size() - 1; i >= 0; --i) {
        const Revision &r = m_article->revisions.at(i);
        m_list->addItem(
            tr("%1 · %2 · %3 · %4")
                .arg(r.number)
                .arg(r.createdAt.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     r.user.isEmpty() ? tr("someone") : r.user, kindLabel(r.kind)));
    }
    m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
    showChanges();
    if (m_article->revisions.isEmpty()) {
        m_changes->setHtml(QStringLiteral("<p>%1</p>")
                               .arg(tr("No revisions yet: every save from now on keeps one here.")
                                        .toHtmlEscaped()));
    }
}

void HistoryPanel::showChanges()
{
    const Revision *r = selected();
    m_preview->setEnabled(r != nullptr);
    const bool mayRestore
        = r && m_user && m_article && Permissions::mayEdit(*m_user, *m_article, [&] {
              Article restored = *m_article;
              restored.translations = r->snapshot;
              return restored;
          }());
    m_restore->setEnabled(mayRestore && r->number != m_article->revisions.last().number);
    m_restore->setToolTip(!m_user ? tr("Choose who you are first.") : QString());
    if (!r) {
        m_changes->clear();
        return;
    }
    // Against the revision before it (the first one: against nothing).
    const Revision *before = nullptr;
    for (const Revision &other : m_article->revisions) {
        if (other.number < r->number && (!before || other.number > before->number))
            before = &other;
    }
    const auto changes
        = RevisionDiff::compare(before ? before->snapshot : QList<Translation>(), r->snapshot);
    QString html;
    QString locale;
    for (const RevisionDiff::Change &c : changes) {
        if (c.locale != locale) {
            locale = c.locale;
            html += QStringLiteral("<h4>%1</h4>").arg(locale.toUpper().toHtmlEscaped());
        }
        html += QStringLiteral("<p><b>%1</b><br>").arg(fieldLabel(c).toHtmlEscaped());
        for (const WordDiff::Piece &p : c.pieces) {
            const QString text = p.text.toHtmlEscaped();
            switch (p.kind) {
            case WordDiff::Piece::Kind::Same:
                html += text;
                break;
            case WordDiff::Piece::Kind::Removed:
                html += QStringLiteral("<span "
                                       "style=\"background:#fde2e1;color:#8a1c1c;text-decoration:"
                                       "line-through\">%1</span>")
                            .arg(text);
                break;
            case WordDiff::Piece::Kind::Added:
                html += QStringLiteral("<span style=\"background:#dcf5e3;color:#135c2c\">%1</span>")
                            .arg(text);
                break;
            }
        }
        html += QStringLiteral("</p>");
    }
    if (changes.isEmpty())
        html = QStringLiteral("<p>%1</p>")
                   .arg(tr("No change to the text in this revision.").toHtmlEscaped());
    m_changes->setHtml(html);
}

void HistoryPanel::restore()
{
    const Revision *r = selected();
    if (!r || !m_article || !m_user)
        return;
    const int number = r->number;
    if (confirmRestore && !confirmRestore(number))
        return;
    const QString uid = m_article->uid;
    auto restored = EditService(m_db).restore(uid, number, m_user->name);
    if (!restored) {
        Q_EMIT failed(restored.error().message);
        return;
    }
    setArticle(uid); // the change hub tells the list, the tabs and the other panels
}

void HistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HistoryPanel::retranslate()
{
    m_list->setAccessibleName(tr("Revisions"));
    m_changes->setAccessibleName(tr("What changed"));
    m_preview->setText(tr("Preview this revision"));
    m_restore->setText(tr("Restore this revision…"));
    reload();
}

} // namespace Byline
