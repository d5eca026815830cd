#include "ui/translation/SegmentRow.h"

#include "core/translation/WordDiff.h"
#include "ui/language/Labels.h"
#include "ui/widgets/FieldText.h"
#include "ui/widgets/GrowingTextEdit.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Byline {
namespace {

struct Look
{
    QColor stripe;
    QColor chip;
    QColor text;
};

Look look(SegmentRow::State state)
{
    switch (state) {
    case SegmentRow::State::Done:
        return {QColor(0x2e, 0x7d, 0x32), QColor(0xe3, 0xf1, 0xe4), QColor(0x1b, 0x4d, 0x1e)};
    case SegmentRow::State::Stale:
        return {QColor(0xc7, 0x6b, 0x00), QColor(0xff, 0xec, 0xcc), QColor(0x6b, 0x3a, 0x00)};
    case SegmentRow::State::Missing:
        return {QColor(0xb0, 0x1c, 0x1c), QColor(0xf8, 0xe1, 0xe1), QColor(0x7a, 0x10, 0x10)};
    case SegmentRow::State::InProgress:
        return {QColor(0x1f, 0x5f, 0xb0), QColor(0xe1, 0xec, 0xf8), QColor(0x12, 0x3c, 0x70)};
    }
    return {};
}

QLabel *richLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QLabel *caption(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    font.setBold(true);
    label->setFont(font);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0x6b, 0x3a, 0x00));
    label->setPalette(p);
    return label;
}

QString lines(const QString &html)
{
    QString result = html;
    return result.replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

} // namespace

QList<SegmentRow::Kind> SegmentRow::kindsFor(const Translation &source)
{
    QList<Kind> kinds;
    const QList<Segments::Segment> segments = Segments::of(source);
    for (const Segments::Segment &s : segments) {
        if (Segments::blockIdOf(s.key).isEmpty())
            kinds.append({s.key, s.key == QLatin1String("title"), false});
    }
    for (const Block &b : source.blocks) {
        const QString key = Segments::blockKey(b.id);
        const bool isSegment
            = std::any_of(segments.cbegin(), segments.cend(),
                          [&](const Segments::Segment &s) { return s.key == key; });
        if (b.type == BlockType::Quote)
            kinds.append({key, false, true});
        else if (isSegment)
            kinds.append({key, b.type == BlockType::Heading, false});
    }
    return kinds;
}

SegmentRow::State SegmentRow::stateFor(Segments::State state)
{
    switch (state) {
    case Segments::State::Done:
        return State::Done;
    case Segments::State::Stale:
        return State::Stale;
    case Segments::State::Missing:
        break;
    }
    return State::Missing;
}

SegmentRow::SegmentRow(const QString &key, bool singleLine, bool quote, QWidget *parent)
    : QFrame(parent)
    , m_key(key)
    , m_quote(quote)
    , m_singleLine(singleLine)
{
    m_stripe = new QFrame(this);
    m_stripe->setFixedWidth(4);
    m_stripe->setAutoFillBackground(true);
    m_name = new QLabel(this);
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setAutoFillBackground(true);
    m_stateLabel->setContentsMargins(6, 1, 6, 1);
    m_source = richLabel(this);
    m_previousCaption = caption(this);
    m_previous = richLabel(this);
    m_nowCaption = caption(this);
    m_warnings = richLabel(this);
    QPalette warn = m_warnings->palette();
    warn.setColor(QPalette::WindowText, QColor(0x8a, 0x4b, 0x00));
    m_warnings->setPalette(warn);
    m_warnings->hide();
    m_note = richLabel(this);
    m_note->hide();

    auto *head = new QHBoxLayout;
    head->setContentsMargins(0, 0, 0, 0);
    head->addWidget(m_name);
    head->addWidget(m_stateLabel);
    head->addStretch(1);

    auto *left = new QVBoxLayout;
    left->setSpacing(2);
    left->addWidget(m_previousCaption);
    left->addWidget(m_previous);
    left->addWidget(m_nowCaption);
    left->addWidget(m_source);
    left->addStretch(1);

    auto *right = new QVBoxLayout;
    right->setSpacing(2);
    m_editor = new GrowingTextEdit(this);
    m_editor->setSingleLine(singleLine);
    m_editor->setMinimumLines(singleLine ? 1 : 2);
    // The article's history undoes its text (ArticleDocument); a quote is saved on its own,
    // so its field undoes by itself.
    m_editor->setUndoRedoEnabled(quote);
    m_editor->installEventFilter(this);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_setting)
            Q_EMIT edited(m_key, FieldText::text(m_editor));
    });
    right->addWidget(m_editor);
    m_copy = new QToolButton(this);
    m_done = new QToolButton(this);
    m_copy->setFocusPolicy(Qt::NoFocus); // the keys do it from the text (Tab stays there)
    m_done->setFocusPolicy(Qt::NoFocus);
    connect(m_copy, &QToolButton::clicked, this, [this] { Q_EMIT copyRequested(m_key); });
    connect(m_done, &QToolButton::clicked, this, [this] { Q_EMIT doneRequested(m_key); });
    head->addWidget(m_copy);
    head->addWidget(m_done);
    // Only the current row shows its buttons (the keys work there too); the others keep
    // their place so that nothing jumps when the focus moves.
    m_name->setMinimumHeight(m_done->sizeHint().height());
    m_copy->hide();
    m_done->hide();
    right->addWidget(m_warnings);
    right->addWidget(m_note);
    right->addStretch(1);

    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(4);
    grid->addLayout(head, 0, 0, 1, 2);
    grid->addLayout(left, 1, 0);
    grid->addLayout(right, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 6, 10, 8);
    outer->setSpacing(8);
    outer->addWidget(m_stripe);
    outer->addLayout(grid, 1);

    retranslate();
    setSource({});
    paintState();
}

QPlainTextEdit *SegmentRow::editor() const
{
    return m_editor;
}

void SegmentRow::setLabel(const QString &label)
{
    m_name->setText(label);
    m_editor->setAccessibleName(tr("Translation: %1").arg(label));
    m_source->setAccessibleName(tr("Source: %1").arg(label));
}

void SegmentRow::setSource(const QString &source, const QString &previous)
{
    if (source == m_sourceText && previous == m_previousText && !m_source->text().isEmpty())
        return;
    m_sourceText = source;
    m_previousText = previous;
    const bool changed = !previous.isEmpty() && previous != source;
    m_previousCaption->setVisible(changed);
    m_previous->setVisible(changed);
    m_nowCaption->setVisible(changed);
    if (!changed) {
        m_source->setText(lines(source.toHtmlEscaped()));
        return;
    }
    // The old and the new source side by side in time: removed words marked in the old one,
    // added words in the new one.
    const QList<WordDiff::Piece> diff = WordDiff::compare(previous, source);
    m_previous->setText(lines(Labels::wordDiffHtml(diff, WordDiff::Piece::Kind::Removed)));
    m_source->setText(lines(Labels::wordDiffHtml(diff, WordDiff::Piece::Kind::Added)));
}

void SegmentRow::setTranslation(const QString &text)
{
    const QString before = FieldText::text(m_editor);
    if (before == text)
        return;
    m_setting = true;
    FieldText::replace(m_editor, text, FieldText::Cursor::Kept);
    m_setting = false;
}

QString SegmentRow::translation() const
{
    return FieldText::text(m_editor);
}

void SegmentRow::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    paintState();
}

void SegmentRow::paintState()
{
    const Look l = look(m_state);
    QPalette stripe = m_stripe->palette();
    stripe.setColor(QPalette::Window, l.stripe);
    m_stripe->setPalette(stripe);
    QPalette chip = m_stateLabel->palette();
    chip.setColor(QPalette::Window, l.chip);
    chip.setColor(QPalette::WindowText, l.text);
    m_stateLabel->setPalette(chip);
    m_stateLabel->setText(stateText(m_state));
    m_stateLabel->setAccessibleName(tr("State: %1").arg(stateText(m_state)));
    // The row being worked on is set off by a light background (its editor has the focus too).
    setAutoFillBackground(m_current);
    if (m_current) {
        QPalette own = palette();
        own.setColor(QPalette::Window, QColor(0xee, 0xf3, 0xfb));
        setPalette(own);
    }
}

QString SegmentRow::stateText(State state)
{
    switch (state) {
    case State::Done:
        return tr("\u2713 Done");
    case State::Stale:
        return tr("! Stale: the source changed");
    case State::Missing:
        return tr("\u25cb Missing");
    case State::InProgress:
        return tr("\u270e In progress (not saved yet)");
    }
    return {};
}

void SegmentRow::setWarnings(const QStringList &warnings)
{
    m_warnings->setVisible(!warnings.isEmpty());
    QString html;
    for (const QString &w : warnings)
        html += QStringLiteral("\u26a0 %1<br>").arg(w.toHtmlEscaped());
    html.chop(4);
    m_warnings->setText(html);
}

void SegmentRow::setReadOnly(bool readOnly)
{
    m_editor->setReadOnly(readOnly);
    retranslate(); // the placeholder says whether to type
    m_copy->setEnabled(!readOnly);
    m_done->setEnabled(!readOnly);
    // A field that takes no typing does not look like one.
    QPalette p = m_editor->palette();
    p.setColor(QPalette::Base,
               readOnly ? palette().color(QPalette::Window)
                        : QApplication::palette().color(QPalette::Base));
    m_editor->setPalette(p);
}

bool SegmentRow::isReadOnly() const
{
    return m_editor->isReadOnly();
}

void SegmentRow::setCurrent(bool current)
{
    if (current == m_current)
        return;
    m_current = current;
    m_copy->setVisible(current);
    m_done->setVisible(current);
    paintState();
}

void SegmentRow::setNote(const QString &note)
{
    m_note->setVisible(!note.isEmpty());
    m_note->setText(lines(note.toHtmlEscaped()));
}

bool SegmentRow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::FocusIn)
        Q_EMIT focused(m_key);
    return QFrame::eventFilter(watched, event);
}

void SegmentRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void SegmentRow::retranslate()
{
    m_previousCaption->setText(tr("Translated from (words since removed are struck through):"));
    m_nowCaption->setText(tr("Source now (new words underlined):"));
    m_editor->setPlaceholderText(m_editor->isReadOnly() ? tr("(not translated yet)")
                                                        : tr("Type the translation…"));
    m_copy->setText(tr("Copy source"));
    m_copy->setToolTip(tr("Put the source text here to translate over it (Ctrl+Shift+C)"));
    m_copy->setAccessibleName(tr("Copy the source"));
    m_done->setText(tr("Done \u2713"));
    m_done->setToolTip(tr("The translation is done: save it and go to the next open segment "
                          "(Ctrl+Enter)"));
    m_done->setAccessibleName(tr("Mark done"));
    m_stateLabel->setText(stateText(m_state));
}

} // namespace Byline
