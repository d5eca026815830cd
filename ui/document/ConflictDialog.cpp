#include "ui/document/ConflictDialog.h"

#include "core/translation/BlockMerge.h"
#include "core/translation/WordDiff.h"
#include "ui/document/QuoteCatalog.h"
#include "ui/editor/BlockWidget.h"
#include "ui/language/Labels.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace Byline {
namespace {

const QString marked = QStringLiteral("<span style=\"background:#ffe08a\">%1</span>");

// One side of a segment: its words, those the other side lacks marked.
std::pair<QString, QString> diffPair(const QString &mine, const QString &theirs)
{
    QString left;
    QString right;
    for (const WordDiff::Piece &p : WordDiff::compare(theirs, mine)) {
        const QString text
            = p.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        switch (p.kind) {
        case WordDiff::Piece::Kind::Same:
            left += text;
            right += text;
            break;
        case WordDiff::Piece::Kind::Added:
            left += marked.arg(text);
            break;
        case WordDiff::Piece::Kind::Removed:
            right += marked.arg(text);
            break;
        }
    }
    return {left, right};
}

QString blockText(const Block &b, const QString &locale, const QuoteCatalog &quotes)
{
    if (b.type != BlockType::Quote)
        return b.text;
    const Quote *q = quotes.quote(b.quoteUid);
    if (!q)
        return b.quoteUid;
    return QStringLiteral("\u00ab%1\u00bb \u2014 %2")
        .arg(quotes.words(*q, locale), quotes.attribution(q->expertUid, locale));
}

QString paragraph(const QString &label, const QString &body)
{
    return QStringLiteral("<p><span style=\"color:#777\">%1</span><br>%2</p>")
        .arg(label.toHtmlEscaped(), body);
}

} // namespace

std::pair<QString, QString> ConflictDialog::sideBySide(const Article &mine, const Article &theirs,
                                                       const QuoteCatalog &quotes)
{
    QString left;
    QString right;
    const QString absent = QStringLiteral("<i style=\"color:#777\">%1</i>")
                               .arg(tr("(not in this version)").toHtmlEscaped());
    if (mine.sectionUid != theirs.sectionUid || mine.authors != theirs.authors
        || mine.editor != theirs.editor) {
        const QString note
            = QStringLiteral("<p><i>%1</i></p>")
                  .arg(tr("The section, authors or editor differ too.").toHtmlEscaped());
        left += note;
        right += note;
    }
    QStringList locales;
    for (const Article *a : {&mine, &theirs}) {
        for (const Translation &t : a->translations) {
            if (!locales.contains(t.locale))
                locales.append(t.locale);
        }
    }
    for (const QString &locale : std::as_const(locales)) {
        const Translation *m = mine.translation(locale);
        const Translation *t = theirs.translation(locale);
        if (m && t && m->title == t->title && m->lead == t->lead && m->slug == t->slug
            && m->blocks == t->blocks) {
            continue; // the same in both
        }
        const QString heading = QStringLiteral("<h3>%1</h3>").arg(locale.toUpper().toHtmlEscaped());
        left += heading;
        right += heading;
        if (!m || !t) {
            left += m ? tr("(this language only here)") : absent;
            right += t ? tr("(this language only here)") : absent;
            continue;
        }
        auto add = [&](const QString &label, const QString &a, const QString &b) {
            const auto [l, r] = diffPair(a, b);
            // What both sides share is there for context, in grey; the differences stand out.
            const QString same = QStringLiteral("<span style=\"color:#8a8a8a\">%1</span>");
            left += paragraph(label, l.isEmpty() ? absent : a == b ? same.arg(l) : l);
            right += paragraph(label, r.isEmpty() ? absent : a == b ? same.arg(r) : r);
        };
        add(tr("Headline"), m->title, t->title);
        add(tr("Lead"), m->lead, t->lead);
        if (m->slug != t->slug)
            add(tr("Slug"), m->slug, t->slug);
        // Blocks in my order, then those only theirs has.
        QList<Block> order = m->blocks;
        for (const Block &b : t->blocks) {
            if (std::none_of(order.cbegin(), order.cend(),
                             [&](const Block &x) { return x.id == b.id; }))
                order.append(b);
        }
        for (const Block &b : std::as_const(order)) {
            auto find = [&](const Translation *side) -> const Block * {
                for (const Block &x : side->blocks) {
                    if (x.id == b.id)
                        return &x;
                }
                return nullptr;
            };
            const Block *mb = find(m);
            const Block *tb = find(t);
            const QString label = BlockWidget::typeLabel(b.type);
            if (mb && tb) {
                add(label, blockText(*mb, locale, quotes), blockText(*tb, locale, quotes));
            } else {
                const QString only = marked.arg(blockText(b, locale, quotes).toHtmlEscaped());
                left += paragraph(label, mb ? only : absent);
                right += paragraph(label, tb ? only : absent);
            }
        }
    }
    return {left, right};
}

ConflictDialog::ConflictDialog(const Info &info, const QuoteCatalog &quotes, QWidget *parent)
    : QDialog(parent)
    , m_info(info)
{
    setWindowTitle(tr("Someone saved this article meanwhile"));
    auto *explanation = new QLabel(this);
    explanation->setWordWrap(true);
    QString text
        = tr("%1 saved a newer version of this article (%2) while you were editing it. "
             "Nothing is lost whichever you choose: the other text stays in the "
             "article's revisions.")
              .arg(info.theirAuthor.isEmpty() ? tr("Someone") : info.theirAuthor, info.theirTime);
    if (info.keptRevision > 0)
        text += QLatin1Char(' ') + tr("Your text is kept as revision %1.").arg(info.keptRevision);
    explanation->setText(text);

    const auto [left, right] = sideBySide(info.mine, info.theirs, quotes);
    auto column = [this](const QString &title, const QString &html, QTextBrowser **view) {
        auto *box = new QWidget(this);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), box);
        *view = new QTextBrowser(box);
        (*view)->setHtml(html);
        (*view)->setAccessibleName(title);
        layout->addWidget(label);
        layout->addWidget(*view);
        return box;
    };
    auto *split = new QSplitter(this);
    split->addWidget(column(tr("Your text (not saved)"), left, &m_mine));
    split->addWidget(
        column(tr("Saved by %1").arg(info.theirAuthor.isEmpty() ? tr("someone") : info.theirAuthor),
               right, &m_theirs));
    // Both sides scroll together.
    auto busy = std::make_shared<bool>(false);
    auto follow = [busy](QScrollBar *from, QScrollBar *to) {
        connect(from, &QScrollBar::valueChanged, to, [busy, from, to](int value) {
            if (*busy || from->maximum() <= 0)
                return;
            *busy = true;
            to->setValue(int(qint64(value) * to->maximum() / from->maximum()));
            *busy = false;
        });
    };
    follow(m_mine->verticalScrollBar(), m_theirs->verticalScrollBar());
    follow(m_theirs->verticalScrollBar(), m_mine->verticalScrollBar());

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *keep = buttons->addButton(tr("&Keep mine"), QDialogButtonBox::AcceptRole);
    keep->setToolTip(tr("Save your text on top of the newer version"));
    QPushButton *take = buttons->addButton(tr("&Take theirs"), QDialogButtonBox::DestructiveRole);
    take->setToolTip(tr("Continue from the newer version; your text stays in the revisions"));
    QPushButton *later = buttons->addButton(tr("Decide &later"), QDialogButtonBox::RejectRole);
    later->setToolTip(tr("Keep editing; nothing is saved until you choose (Ctrl+S asks again)"));
    connect(keep, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepMine;
        accept();
    });
    connect(take, &QPushButton::clicked, this, [this] {
        m_choice = Choice::TakeTheirs;
        accept();
    });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    QPushButton *merge = buttons->addButton(tr("&Merge by block…"), QDialogButtonBox::ActionRole);
    merge->setToolTip(tr("Choose, part by part, whether your text or theirs is kept"));
    connect(merge, &QPushButton::clicked, this, &ConflictDialog::showMerge);
    keep->setDefault(true);

    auto *compare = new QWidget(this);
    auto *compareLayout = new QVBoxLayout(compare);
    compareLayout->setContentsMargins(0, 0, 0, 0);
    compareLayout->addWidget(split, 1);
    compareLayout->addWidget(buttons);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(compare);
    m_pages->addWidget(mergePage(quotes));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_pages, 1);
    resize(1000, 600);
}

// One row per part that differs: which language, which part, both texts; checked keeps mine.
QWidget *ConflictDialog::mergePage(const QuoteCatalog &quotes)
{
    auto *page = new QWidget(this);
    auto *hint = new QLabel(tr("Tick the parts where your text should stay; the others take "
                               "the newer version. Whatever is not chosen stays in the "
                               "revisions."),
                            page);
    hint->setWordWrap(true);
    m_parts = new QTreeWidget(page);
    m_parts->setAccessibleName(tr("Parts that differ"));
    m_parts->setRootIsDecorated(false);
    m_parts->setWordWrap(true);
    m_parts->setUniformRowHeights(false);
    m_parts->setAlternatingRowColors(true);
    m_parts->setHeaderLabels({tr("Keep mine"), tr("Part"), tr("Your text"), tr("Their text")});

    // A part's text on one side; nothing when that side does not have it.
    auto partText
        = [&quotes](const Article &a, const BlockMerge::Part &part) -> std::optional<QString> {
        const Translation *t = a.translation(part.locale);
        if (!t)
            return std::nullopt;
        if (part.key == QLatin1String("translation"))
            return t->title;
        if (part.key == QLatin1String("slug"))
            return t->slug;
        if (!part.key.startsWith(QLatin1String("block:")))
            return Segments::textOf(*t, part.key);
        for (const Block &b : t->blocks) {
            if (QStringView(part.key).mid(6) == b.id)
                return blockText(b, part.locale, quotes);
        }
        return std::nullopt;
    };
    auto partName = [this](const BlockMerge::Part &part) {
        QString what;
        if (part.key == QLatin1String("translation"))
            what = tr("the whole language");
        else if (part.key == QLatin1String("slug"))
            what = tr("Slug");
        else if (part.key.startsWith(QLatin1String("block:"))) {
            // Numbered as in my text where it is there, else as in theirs.
            const Translation *mine = m_info.mine.translation(part.locale);
            const Translation *theirs = m_info.theirs.translation(part.locale);
            const Translation *where
                = mine && Labels::segment(part.key, *mine) != Labels::segment(part.key) ? mine
                                                                                        : theirs;
            what = where ? Labels::segment(part.key, *where) : Labels::segment(part.key);
        } else {
            what = Labels::segment(part.key);
        }
        return tr("%1 · %2").arg(part.locale.toUpper(), what);
    };
    const QString absent = tr("(not in this version)");
    for (const BlockMerge::Part &part : BlockMerge::differences(m_info.mine, m_info.theirs)) {
        auto *item = new QTreeWidgetItem(m_parts);
        item->setCheckState(0, Qt::Checked);
        item->setData(0, Qt::UserRole, part.locale);
        item->setData(0, Qt::UserRole + 1, part.key);
        item->setText(1, partName(part));
        item->setText(2, partText(m_info.mine, part).value_or(absent));
        item->setText(3, partText(m_info.theirs, part).value_or(absent));
        item->setToolTip(2, item->text(2));
        item->setToolTip(3, item->text(3));
    }
    m_parts->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_parts->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_parts->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_parts->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_parts->header()->setStretchLastSection(false);

    auto *buttons = new QDialogButtonBox(page);
    QPushButton *save = buttons->addButton(tr("&Save the merge"), QDialogButtonBox::AcceptRole);
    save->setToolTip(tr("Save the chosen parts on top of the newer version"));
    QPushButton *back = buttons->addButton(tr("&Back"), QDialogButtonBox::RejectRole);
    connect(save, &QPushButton::clicked, this, &ConflictDialog::acceptMerge);
    connect(back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(0); });

    // The chosen part in full below, both sides, the words that differ marked.
    auto *detail = new QTextBrowser(page);
    detail->setAccessibleName(tr("Both texts of the chosen part"));
    connect(m_parts, &QTreeWidget::currentItemChanged, detail,
            [detail, partText, this](QTreeWidgetItem *item) {
                if (!item) {
                    detail->clear();
                    return;
                }
                const BlockMerge::Part part {item->data(0, Qt::UserRole).toString(),
                                             item->data(0, Qt::UserRole + 1).toString()};
                const QString mine = partText(m_info.mine, part).value_or(QString());
                const QString theirs = partText(m_info.theirs, part).value_or(QString());
                const auto [left, right] = diffPair(mine, theirs);
                const QString none = QStringLiteral("<i style=\"color:#777\">%1</i>")
                                         .arg(tr("(not in this version)").toHtmlEscaped());
                detail->setHtml(paragraph(tr("Your text"), mine.isEmpty() ? none : left)
                                + paragraph(tr("Their text"), theirs.isEmpty() ? none : right));
            });
    m_parts->setCurrentItem(m_parts->topLevelItem(0));
    auto *split = new QSplitter(Qt::Vertical, page);
    split->addWidget(m_parts);
    split->addWidget(detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    return page;
}

void ConflictDialog::showMerge()
{
    m_pages->setCurrentIndex(1);
    m_parts->setFocus();
}

void ConflictDialog::acceptMerge()
{
    m_choice = Choice::Merge;
    accept();
}

ConflictDialog::Resolution ConflictDialog::resolution() const
{
    if (m_choice != Choice::Merge)
        return m_choice;
    QList<BlockMerge::Part> fromMine;
    for (int i = 0; i < m_parts->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_parts->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked) {
            fromMine.append({item->data(0, Qt::UserRole).toString(),
                             item->data(0, Qt::UserRole + 1).toString()});
        }
    }
    return Resolution(BlockMerge::merge(m_info.mine, m_info.theirs, fromMine));
}

ConflictDialog::Resolution ConflictDialog::ask(const Info &info, const QuoteCatalog &quotes,
                                               QWidget *parent)
{
    ConflictDialog dialog(info, quotes, parent);
    dialog.exec();
    return dialog.resolution();
}

} // namespace Byline
