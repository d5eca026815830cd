#include "ui/editor/BlockWidget.h"

#include "ui/document/UndoKeys.h"
#include "ui/widgets/GrowingTextEdit.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QTextCursor>
#include <QVBoxLayout>

namespace Byline {
namespace {

QString gutterMark(BlockType type)
{
    switch (type) {
    case BlockType::Paragraph:
        return QStringLiteral("\u00b6");
    case BlockType::Heading:
        return QStringLiteral("H");
    case BlockType::PullQuote:
        return QStringLiteral("\u275d");
    case BlockType::Quote:
        return QStringLiteral("\u201c\u201d");
    }
    return {};
}

} // namespace

BlockWidget::BlockWidget(const Block &block, UndoKeys *undoKeys, QWidget *parent)
    : QFrame(parent)
    , m_id(block.id)
    , m_type(block.type)
{
    setAutoFillBackground(true);
    m_gutter = new QLabel(gutterMark(block.type), this);
    m_gutter->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("MMM")));
    m_gutter->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_gutter->setContentsMargins(0, 6, 0, 0);
    m_source = new QLabel(this);
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_source->setTextFormat(Qt::RichText);
    m_source->hide();

    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 2, 6, 2);
    column->setSpacing(2);
    column->addWidget(m_source);
    QFont font = this->font();
    switch (block.type) {
    case BlockType::Heading:
        m_line = new QLineEdit(this);
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.25);
        m_line->setFont(font);
        m_line->setFrame(false);
        m_line->setText(block.text);
        m_line->setCursorPosition(0);
        connect(m_line, &QLineEdit::textEdited, this,
                [this](const QString &text) { Q_EMIT edited(m_id, text); });
        column->addWidget(m_line);
        break;
    case BlockType::Paragraph:
    case BlockType::PullQuote:
        m_text = new GrowingTextEdit(this);
        if (block.type == BlockType::PullQuote) {
            font.setItalic(true);
            font.setPointSizeF(font.pointSizeF() * 1.15);
            m_text->setFont(font);
        }
        m_text->setFrameShape(QFrame::NoFrame);
        m_text->setUndoRedoEnabled(false); // the article's history undoes (ArticleDocument)
        m_text->setPlainText(block.text);
        connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_setting)
                Q_EMIT edited(m_id, FieldText::text(m_text));
        });
        column->addWidget(m_text);
        break;
    case BlockType::Quote:
        m_quote = new QLabel(this);
        m_quote->setWordWrap(true);
        m_quote->setTextFormat(Qt::RichText);
        m_quote->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_quote->setFocusPolicy(Qt::StrongFocus);
        m_quote->setContentsMargins(8, 2, 0, 2);
        {
            // Set off as the page sets it off: a rule on the left.
            auto *rule = new QFrame(this);
            rule->setFixedWidth(3);
            rule->setAutoFillBackground(true);
            QPalette ruleColour = rule->palette();
            ruleColour.setColor(QPalette::Window, QColor(0xc9, 0xc2, 0xb4));
            rule->setPalette(ruleColour);
            auto *row = new QHBoxLayout;
            row->setContentsMargins(0, 0, 0, 0);
            row->setSpacing(0);
            row->addWidget(rule);
            row->addWidget(m_quote, 1);
            column->addLayout(row);
        }
        m_use = new QPushButton(this);
        m_use->hide();
        connect(m_use, &QPushButton::clicked, this, [this] { Q_EMIT useRequested(m_id); });
        column->addWidget(m_use, 0, Qt::AlignLeft);
        break;
    }
    if (QWidget *field = editor()) {
        field->installEventFilter(this);
        if (m_line || m_text)
            undoKeys->watch(field);
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(4);
    layout->addWidget(m_gutter);
    layout->addLayout(column, 1);
    retranslate();
    updateLook();
}

QWidget *BlockWidget::editor() const
{
    if (m_line)
        return m_line;
    if (m_text)
        return m_text;
    return m_quote;
}

QPlainTextEdit *BlockWidget::textEdit() const
{
    return m_text;
}

QString BlockWidget::typeLabel(BlockType type)
{
    switch (type) {
    case BlockType::Paragraph:
        return tr("Paragraph");
    case BlockType::Heading:
        return tr("Heading");
    case BlockType::PullQuote:
        return tr("Pull quote");
    case BlockType::Quote:
        return tr("Expert quote");
    }
    return {};
}

void BlockWidget::setPresent(bool present)
{
    if (present == m_present)
        return;
    m_present = present;
    retranslate();
    updateLook();
}

QString BlockWidget::text() const
{
    if (m_line)
        return m_line->text();
    if (m_text)
        return FieldText::text(m_text);
    return {};
}

void BlockWidget::setText(const QString &text, FieldText::Cursor cursor)
{
    m_setting = true;
    if (m_line)
        FieldText::replace(m_line, text, cursor);
    else if (m_text)
        FieldText::replace(m_text, text, cursor);
    m_setting = false;
}

void BlockWidget::setQuote(const QString &words, const QString &attribution, const QString &note)
{
    if (!m_quote)
        return;
    QString html = QStringLiteral("<p style=\"margin:0\"><i>%1</i></p>").arg(words.toHtmlEscaped());
    if (!attribution.isEmpty())
        html += QStringLiteral("<p style=\"margin:4px 0 0 0\">\u2014 %1</p>")
                    .arg(attribution.toHtmlEscaped());
    if (!note.isEmpty())
        html += QStringLiteral("<p style=\"margin:4px 0 0 0; color:#a05a00\">%1</p>")
                    .arg(note.toHtmlEscaped());
    m_quote->setText(html);
}

void BlockWidget::setSource(const QString &label, const QString &text)
{
    if (label.isEmpty()) {
        m_source->hide();
        return;
    }
    m_source->setText(QStringLiteral("<span style=\"color:#6b6b6b\"><b>%1</b> %2</span>")
                          .arg(label.toHtmlEscaped(), text.toHtmlEscaped()));
    m_source->show();
}

void BlockWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (m_line)
        m_line->setReadOnly(readOnly);
    if (m_text)
        m_text->setReadOnly(readOnly);
    if (m_use)
        m_use->setEnabled(!readOnly);
}

void BlockWidget::setCurrent(bool current)
{
    if (current == m_current)
        return;
    m_current = current;
    updateLook();
}

void BlockWidget::setNumber(int number)
{
    m_number = number;
    retranslate();
}

void BlockWidget::focusEditor()
{
    if (QWidget *field = editor())
        field->setFocus(Qt::OtherFocusReason);
}

bool BlockWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && watched == editor())
        Q_EMIT focused(m_id);
    return QFrame::eventFilter(watched, event);
}

void BlockWidget::mousePressEvent(QMouseEvent *event)
{
    focusEditor();
    QFrame::mousePressEvent(event);
}

void BlockWidget::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (m_present)
        return;
    // Not in this language yet: a light dashed outline around the empty field.
    QPainter painter(this);
    QPen pen(QColor(0xb4, 0xb4, 0xb4));
    pen.setStyle(Qt::DashLine);
    painter.setPen(pen);
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
}

void BlockWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void BlockWidget::retranslate()
{
    const QString kind = typeLabel(m_type);
    const QString name = m_number > 0 ? tr("%1 %2").arg(kind).arg(m_number) : kind;
    m_gutter->setToolTip(tr("%1 (block %2)").arg(kind, m_id));
    if (QWidget *field = editor()) {
        field->setAccessibleName(m_present ? name : tr("%1, not translated yet").arg(name));
        field->setAccessibleDescription(tr("Block %1").arg(m_id));
    }
    const QString missing = tr("Not translated yet: type the translation here");
    if (m_line)
        m_line->setPlaceholderText(m_present ? tr("Heading") : missing);
    if (m_text)
        m_text->setPlaceholderText(m_present ? (m_type == BlockType::PullQuote
                                                    ? tr("A line from the text to set off large")
                                                    : tr("Paragraph"))
                                             : missing);
    if (m_use) {
        m_use->setText(tr("Use this quote here"));
        m_use->setToolTip(tr("The source text quotes this expert here; the quote's own "
                             "translation is used"));
    }
}

void BlockWidget::updateLook()
{
    QPalette p = palette();
    const QColor base = p.color(QPalette::Base);
    const QColor accent = p.color(QPalette::Highlight);
    QColor background = base;
    if (m_current)
        background = QColor::fromHsv(accent.hue(), 18, 252);
    setBackgroundRole(QPalette::Window);
    p.setColor(QPalette::Window, background);
    QFrame::setPalette(p);
    QPalette gutter = m_gutter->palette();
    gutter.setColor(QPalette::WindowText, m_current ? accent : QColor(0x9a, 0x9a, 0x9a));
    m_gutter->setPalette(gutter);
    QFont f = m_gutter->font();
    f.setBold(m_current);
    m_gutter->setFont(f);
    update(); // a missing block is outlined (paintEvent)
    if (m_use)
        m_use->setVisible(!m_present);
    for (QWidget *field : {static_cast<QWidget *>(m_line), static_cast<QWidget *>(m_text)}) {
        if (!field)
            continue;
        QPalette fp = field->palette();
        fp.setColor(QPalette::Base, background);
        field->setPalette(fp);
    }
}

} // namespace Byline
