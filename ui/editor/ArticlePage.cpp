#include "ui/editor/ArticlePage.h"

#include "ui/document/ArticleDocument.h"
#include "ui/document/QuoteCatalog.h"
#include "ui/document/UndoKeys.h"
#include "ui/editor/BlockWidget.h"
#include "ui/widgets/FieldText.h"
#include "ui/widgets/GrowingTextEdit.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace Byline {
namespace {

int indexIn(const auto &entries, const QString &id)
{
    for (int i = 0; i < entries.size(); ++i) {
        if (entries.at(i).block.id == id)
            return i;
    }
    return -1;
}

QString sourceHint(const QString &label, const QString &text)
{
    return QStringLiteral("<span style=\"color:#6b6b6b\"><b>%1</b> %2</span>")
        .arg(label.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

struct ArticlePage::Entry
{
    Block block;
    bool present = true;
};

ArticlePage::ArticlePage(ArticleDocument *document, const QuoteCatalog *quotes, UndoKeys *undoKeys,
                         QWidget *parent)
    : QScrollArea(parent)
    , m_document(document)
    , m_quotes(quotes)
    , m_undoKeys(undoKeys)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Base);

    auto *paper = new QWidget(this);
    paper->setBackgroundRole(QPalette::Base);
    paper->setAutoFillBackground(true);
    m_column = new QWidget(paper);
    // A line of text people read comfortably: about 90 characters.
    m_column->setMaximumWidth(fontMetrics().averageCharWidth() * 112);
    auto *centre = new QHBoxLayout(paper);
    centre->setContentsMargins(12, 12, 12, 24);
    centre->addStretch(1);
    centre->addWidget(m_column, 100);
    centre->addStretch(1);

    m_titleSource = new QLabel(m_column);
    m_titleSource->setWordWrap(true);
    m_titleSource->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title = new GrowingTextEdit(m_column);
    m_title->setSingleLine(true);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setFrameShape(QFrame::NoFrame);
    m_title->setUndoRedoEnabled(false);
    m_undoKeys->watch(m_title);
    m_leadSource = new QLabel(m_column);
    m_leadSource->setWordWrap(true);
    m_leadSource->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lead = new GrowingTextEdit(m_column);
    QFont leadFont = font();
    leadFont.setPointSizeF(leadFont.pointSizeF() * 1.1);
    m_lead->setFont(leadFont);
    m_lead->setFrameShape(QFrame::NoFrame);
    m_lead->setMinimumLines(2);
    m_lead->setUndoRedoEnabled(false);
    m_undoKeys->watch(m_lead);
    auto *rule = new QFrame(m_column);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    m_empty = new QLabel(m_column);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *column = new QVBoxLayout(m_column);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(4);
    column->addWidget(m_titleSource);
    column->addWidget(m_title);
    column->addWidget(m_leadSource);
    column->addWidget(m_lead);
    column->addSpacing(4);
    column->addWidget(rule);
    column->addSpacing(4);
    column->addWidget(m_empty);
    m_blocks = new QVBoxLayout;
    m_blocks->setSpacing(6);
    column->addLayout(m_blocks);
    column->addStretch(1);
    setWidget(paper);

    connect(m_title, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_setting)
            m_document->setText(m_locale, QStringLiteral("title"), FieldText::text(m_title));
    });
    connect(m_lead, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_setting)
            m_document->setText(m_locale, QStringLiteral("lead"), FieldText::text(m_lead));
    });
    for (QWidget *top : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_lead)})
        top->installEventFilter(this);
    connect(m_lead, &QPlainTextEdit::cursorPositionChanged, this, [this] { followCursor(m_lead); });
    connect(m_title, &QPlainTextEdit::cursorPositionChanged, this,
            [this] { followCursor(m_title); });
    connect(m_document, &ArticleDocument::textChanged, this, &ArticlePage::textChanged);
    connect(m_document, &ArticleDocument::blocksChanged, this, &ArticlePage::blocksChanged);
    connect(m_document, &ArticleDocument::wasReset, this, &ArticlePage::rebuild);
    retranslate();
}

QPlainTextEdit *ArticlePage::titleEdit() const
{
    return m_title;
}

QPlainTextEdit *ArticlePage::leadEdit() const
{
    return m_lead;
}

void ArticlePage::setLocale(const QString &locale, const QString &sourceLabel)
{
    m_locale = locale;
    m_sourceLabel = sourceLabel;
    m_current.clear();
    m_atTop = false;
    rebuild();
    verticalScrollBar()->setValue(0);
}

void ArticlePage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_title->setReadOnly(readOnly);
    m_lead->setReadOnly(readOnly);
    for (BlockWidget *w : std::as_const(m_widgets))
        w->setReadOnly(readOnly);
}

void ArticlePage::rebuild()
{
    // In place: a field whose text changed keeps its cursor on the same words, the widgets of
    // the blocks still there stay (ArticleDocument::reset, adoptMerged: another desk's save).
    m_setting = true;
    FieldText::replace(m_title, m_document->text(m_locale, QStringLiteral("title")),
                       FieldText::Cursor::Kept);
    FieldText::replace(m_lead, m_document->text(m_locale, QStringLiteral("lead")),
                       FieldText::Cursor::Kept);
    m_setting = false;
    reconcile();
    updateHints();
}

QList<ArticlePage::Entry> ArticlePage::entries() const
{
    QList<Entry> result;
    for (const Block &b : m_document->blocks(m_locale))
        result.append({b, true});
    const QString source = m_document->article().sourceLocale;
    if (m_locale == source)
        return result;
    // The source's blocks this translation lacks, each after the nearest one before it.
    const QList<Block> sourceBlocks = m_document->blocks(source);
    for (int i = 0; i < sourceBlocks.size(); ++i) {
        if (indexIn(result, sourceBlocks.at(i).id) >= 0)
            continue;
        int at = 0;
        for (int k = i - 1; k >= 0; --k) {
            const int j = indexIn(result, sourceBlocks.at(k).id);
            if (j >= 0) {
                at = j + 1;
                break;
            }
        }
        Block missing = sourceBlocks.at(i);
        missing.text.clear();
        result.insert(at, {missing, false});
    }
    return result;
}

void ArticlePage::reconcile()
{
    // Keep the widget of every block still shown (the cursor stays where it is), make the new
    // ones, drop the rest, and lay them out in the new order.
    QHash<QString, BlockWidget *> old;
    for (BlockWidget *w : std::as_const(m_widgets))
        old.insert(w->blockId(), w);
    QList<BlockWidget *> next;
    const QList<Entry> list = entries();
    for (int i = 0; i < list.size(); ++i) {
        const Entry &e = list.at(i);
        BlockWidget *w = old.take(e.block.id);
        if (w && w->type() != e.block.type) {
            w->hide();
            w->deleteLater();
            w = nullptr;
        }
        if (!w) {
            w = new BlockWidget(e.block, m_undoKeys, m_column);
            connect(w, &BlockWidget::edited, this, [this](const QString &id, const QString &text) {
                m_document->setText(m_locale, QStringLiteral("block:") + id, text);
            });
            connect(w, &BlockWidget::focused, this,
                    [this](const QString &id) { setCurrent(id, false); });
            connect(w, &BlockWidget::useRequested, this,
                    [this](const QString &id) { m_document->addFromSource(m_locale, id); });
            if (QPlainTextEdit *field = w->textEdit()) {
                connect(field, &QPlainTextEdit::cursorPositionChanged, this,
                        [this, field] { followCursor(field); });
            }
        }
        w->setPresent(e.present);
        if (e.block.type == BlockType::Quote)
            showQuote(w, e.block.quoteUid);
        else
            w->setText(e.block.text, FieldText::Cursor::Kept);
        w->setNumber(i + 1);
        w->setReadOnly(m_readOnly);
        w->setCurrent(e.block.id == m_current);
        next.append(w);
    }
    for (BlockWidget *w : std::as_const(old)) {
        w->hide();
        w->deleteLater();
    }
    for (BlockWidget *w : std::as_const(next))
        m_blocks->removeWidget(w);
    for (BlockWidget *w : std::as_const(next)) {
        m_blocks->addWidget(w);
        w->show();
    }
    m_widgets = next;
    // Tab goes through the page in the order it reads.
    QWidget *previous = m_lead;
    for (BlockWidget *w : std::as_const(m_widgets)) {
        for (QWidget *field : {w->editor(), static_cast<QWidget *>(w->useButton())}) {
            if (!field)
                continue;
            setTabOrder(previous, field);
            previous = field;
        }
    }
    m_empty->setVisible(m_widgets.isEmpty());
    if (!m_current.isEmpty() && !blockWidget(m_current))
        setCurrent(QString(), false);
}

void ArticlePage::showQuote(BlockWidget *widget, const QString &quoteUid)
{
    const Quote *quote = m_quotes->quote(quoteUid);
    if (!quote) {
        widget->setQuote(tr("This quote (%1) is not in the registry.").arg(quoteUid), {}, {});
        return;
    }
    QString elsewhere;
    const QString words = m_quotes->words(*quote, m_locale, &elsewhere);
    const QString note = elsewhere.isEmpty()
        ? QString()
        : tr("Not translated into this language yet; shown as said (%1).").arg(elsewhere);
    widget->setQuote(words, m_quotes->attribution(quote->expertUid, m_locale), note);
}

void ArticlePage::updateHints()
{
    const QString source = m_document->article().sourceLocale;
    const bool translation = m_locale != source;
    auto hint = [&](QLabel *label, const QString &key) {
        const QString text = m_document->text(source, key);
        label->setVisible(translation && !text.isEmpty());
        if (translation)
            label->setText(sourceHint(m_sourceLabel, text));
    };
    hint(m_titleSource, QStringLiteral("title"));
    hint(m_leadSource, QStringLiteral("lead"));
    for (BlockWidget *w : std::as_const(m_widgets)) {
        if (!translation || w->type() == BlockType::Quote) {
            w->setSource({}, {});
            continue;
        }
        const QString text = m_document->text(source, QStringLiteral("block:") + w->blockId());
        w->setSource(text.isEmpty() ? QString() : m_sourceLabel, text);
    }
}

void ArticlePage::textChanged(const QString &locale, const QString &key)
{
    if (locale != m_locale)
        return;
    const QString text = m_document->text(locale, key);
    // What was typed here is already shown; anything else (an undo) is shown and focused.
    if (key == QLatin1String("title")) {
        if (FieldText::text(m_title) != text) {
            m_setting = true;
            FieldText::replace(m_title, text);
            m_setting = false;
            m_title->setFocus(Qt::OtherFocusReason);
        }
    } else if (key == QLatin1String("lead")) {
        if (FieldText::text(m_lead) != text) {
            m_setting = true;
            FieldText::replace(m_lead, text);
            m_setting = false;
            m_lead->setFocus(Qt::OtherFocusReason);
        }
    } else if (key.startsWith(QLatin1String("block:"))) {
        BlockWidget *w = blockWidget(key.mid(6));
        if (w && w->text() != text) {
            w->setText(text);
            focusBlock(w->blockId());
        }
    }
}

void ArticlePage::blocksChanged(const QString &locale, const QString &focus)
{
    if (locale != m_locale)
        return;
    reconcile();
    updateHints();
    if (!focus.isEmpty())
        focusBlock(focus);
}

void ArticlePage::setCurrent(const QString &id, bool atTop)
{
    if (id == m_current && atTop == m_atTop)
        return;
    m_current = id;
    m_atTop = atTop;
    for (BlockWidget *w : std::as_const(m_widgets))
        w->setCurrent(w->blockId() == id);
    Q_EMIT currentBlockChanged();
}

void ArticlePage::focusBlock(const QString &id)
{
    BlockWidget *w = blockWidget(id);
    if (!w)
        return;
    setCurrent(id, false);
    w->focusEditor();
    m_column->layout()->activate();
    ensureWidgetVisible(w, 0, 24);
}

void ArticlePage::focusTitle()
{
    m_title->setFocus(Qt::OtherFocusReason);
    ensureWidgetVisible(m_title);
}

BlockWidget *ArticlePage::blockWidget(const QString &id) const
{
    for (BlockWidget *w : m_widgets) {
        if (w->blockId() == id)
            return w;
    }
    return nullptr;
}

void ArticlePage::followCursor(QPlainTextEdit *field)
{
    if (!field->hasFocus())
        return;
    const QRect r = field->cursorRect();
    const QPoint at = field->viewport()->mapTo(widget(), r.center());
    ensureVisible(at.x(), at.y(), 8, r.height());
}

bool ArticlePage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && (watched == m_title || watched == m_lead))
        setCurrent(QString(), true);
    return QScrollArea::eventFilter(watched, event);
}

void ArticlePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QScrollArea::changeEvent(event);
}

void ArticlePage::retranslate()
{
    m_title->setPlaceholderText(tr("Headline"));
    m_title->setAccessibleName(tr("Headline"));
    m_lead->setPlaceholderText(tr("Lead: the one or two sentences that tell the story"));
    m_lead->setAccessibleName(tr("Lead"));
    m_empty->setText(tr("No text yet. Add a paragraph with Ctrl+Return, a heading, a pull quote "
                        "or an expert's quote."));
    setAccessibleName(tr("Article text"));
    if (!m_locale.isEmpty())
        rebuild();
}

} // namespace Byline
