#include "ui/panels/CommentsPanel.h"

#include "core/changes/ChangeFeed.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/Database.h"
#include "core/storage/LocaleRepository.h"
#include "core/storage/UserRepository.h"
#include "core/workflow/TimeInput.h"
#include "core/workflow/WorkflowService.h"
#include "ui/panels/CommentDelegate.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTextBlock>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Byline {
namespace {

// The comment box: while the people offered after "@" show, Enter, Tab and Escape are theirs
// (the completer's popup asks the box first, and takes only what the box ignores).
class CommentEdit : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;
    QCompleter *completer = nullptr;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (completer && completer->popup()->isVisible()) {
            switch (event->key()) {
            case Qt::Key_Return:
            case Qt::Key_Enter:
            case Qt::Key_Tab:
            case Qt::Key_Backtab:
            case Qt::Key_Escape:
                event->ignore();
                return;
            default:
                break;
            }
        }
        QPlainTextEdit::keyPressEvent(event);
    }
};

} // namespace

CommentsPanel::CommentsPanel(Storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    // Comments added or resolved elsewhere, and the article's state (a send-back's comment).
    connect(&db.changes(), &ChangeFeed::changed, this, [this](const Changes &changes) {
        if (!m_uid.isEmpty() && concernsArticle(changes, m_uid))
            reload();
    });
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_showResolved = new QCheckBox(this);
    m_list = new QListWidget(this);
    m_list->setWordWrap(true);
    m_list->setSpacing(4);
    m_list->setAlternatingRowColors(true);
    m_list->setResizeMode(QListView::Adjust); // rewrap on resize
    m_list->setItemDelegate(new CommentDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_onLabel = new QLabel(this);
    m_locale = new QComboBox(this);
    m_onLabel->setBuddy(m_locale);
    auto *text = new CommentEdit(this);
    m_text = text;
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(fontMetrics().lineSpacing() * 5 + 12);
    m_add = new QPushButton(this);
    m_add->setDefault(false);
    m_resolve = new QPushButton(this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_showResolved, 0, Qt::AlignTop);
    auto *target = new QHBoxLayout;
    target->addWidget(m_onLabel);
    target->addWidget(m_locale, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_resolve);
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addLayout(target);
    layout->addWidget(m_text);
    layout->addLayout(buttons);

    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *send = new QShortcut(keys, m_text);
        send->setContext(Qt::WidgetShortcut);
        connect(send, &QShortcut::activated, this, &CommentsPanel::addComment);
    }
    m_people = new QStandardItemModel(this);
    m_mentions = new QCompleter(m_people, this);
    m_mentions->setWidget(m_text);
    text->completer = m_mentions;
    m_mentions->setCompletionRole(LoginRole);
    m_mentions->setCaseSensitivity(Qt::CaseInsensitive);
    m_mentions->setCompletionMode(QCompleter::PopupCompletion);
    connect(m_mentions, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &CommentsPanel::insertMention);
    connect(m_text, &QPlainTextEdit::textChanged, this, &CommentsPanel::offerMentions);
    connect(m_add, &QPushButton::clicked, this, &CommentsPanel::addComment);
    connect(m_resolve, &QPushButton::clicked, this, &CommentsPanel::resolveSelected);
    connect(m_showResolved, &QCheckBox::toggled, this, &CommentsPanel::fillList);
    connect(m_list, &QListWidget::currentRowChanged, this, &CommentsPanel::updateButtons);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_uid.isEmpty())
            m_drafts.insert(m_uid, m_text->toPlainText());
        updateButtons();
    });
    retranslate();
}

void CommentsPanel::setArticle(const QString &uid)
{
    m_uid = uid;
    reload();
}

void CommentsPanel::setUser(const std::optional<User> &user)
{
    m_user = user;
    updateButtons();
}

void CommentsPanel::reload()
{
    m_comments.clear();
    m_locales.clear();
    m_headline.clear();
    if (!m_uid.isEmpty()) {
        auto article = Storage::ArticleRepository(m_db).find(m_uid);
        auto comments = Storage::CommentRepository(m_db).list(m_uid);
        if (!article || !comments) {
            // The store could not be read (locked, say): the panel stays on the article and
            // reads it again next time; the person is told why it is empty.
            Q_EMIT failed((article ? comments.error() : article.error()).message);
        } else if (!*article) {
            m_uid.clear(); // gone from the store
        } else {
            const Translation *source = (*article)->sourceTranslation();
            m_headline = source ? source->title : m_uid;
            for (const Translation &t : (*article)->translations)
                m_locales.append(t.locale);
            m_comments = *comments;
        }
    }
    m_displayNames.clear();
    m_people->clear();
    if (auto users = Storage::UserRepository(m_db).all()) {
        for (const User &u : *users) {
            const QString shown = u.displayName.isEmpty() ? u.name : u.displayName;
            m_displayNames.insert(u.name, shown);
            if (!u.active)
                continue;
            auto *item = new QStandardItem(tr("%1 (@%2)").arg(shown, u.name));
            item->setData(u.name, LoginRole);
            m_people->appendRow(item);
        }
    }

    m_localeLabels.clear();
    if (auto locales = Storage::LocaleRepository(m_db).all()) {
        for (const Locale &l : *locales)
            m_localeLabels.insert(l.code, l.label);
    }
    const QString previousLocale = m_locale->currentData().toString();
    {
        const QSignalBlocker blocker(m_locale);
        m_locale->clear();
        m_locale->addItem(tr("The whole article"), QString());
        for (const QString &code : std::as_const(m_locales))
            m_locale->addItem(m_localeLabels.value(code, code.toUpper()), code);
        m_locale->setCurrentIndex(std::max(0, m_locale->findData(previousLocale)));
    }
    // A reload because someone commented elsewhere leaves what is being typed, and where.
    if (m_text->toPlainText() != m_drafts.value(m_uid)) {
        const QSignalBlocker blocker(m_text);
        m_text->setPlainText(m_drafts.value(m_uid));
    }
    m_title->setText(m_uid.isEmpty() ? tr("Select an article to see its comments.")
                                     : QStringLiteral("<b>%1</b>").arg(m_headline.toHtmlEscaped()));
    fillList();
}

void CommentsPanel::fillList()
{
    const int previous
        = m_list->currentItem() ? m_list->currentItem()->data(NumberRole).toInt() : 0;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QTimeZone zone = TimeInput::newsroomZone(m_db).value_or(QTimeZone::utc());
    const QString timeFormat = QStringLiteral("yyyy-MM-dd HH:mm");
    int resolvedCount = 0;
    // Open ones first, then (on request) the resolved ones; each group by number.
    for (const bool resolved : {false, true}) {
        for (const auto &entry : std::as_const(m_comments)) {
            const Comment &c = entry.comment;
            if (c.resolvedAt.has_value() != resolved)
                continue;
            if (resolved) {
                ++resolvedCount;
                if (!m_showResolved->isChecked())
                    continue;
            }
            QStringList head {
                QStringLiteral("#%1").arg(c.number),
                m_displayNames.value(c.user, c.user.isEmpty() ? tr("someone") : c.user),
                c.at.toTimeZone(zone).toString(timeFormat),
                c.locale.isEmpty() ? tr("whole article")
                                   : m_localeLabels.value(c.locale, c.locale.toUpper())};
            if (entry.sentBack)
                head.append(tr("sent the article back"));
            QString text = c.text;
            if (resolved) {
                text += QLatin1Char('\n')
                    + tr("Resolved by %1, %2")
                          .arg(m_displayNames.value(c.resolvedBy, c.resolvedBy),
                               c.resolvedAt->toTimeZone(zone).toString(timeFormat));
            }
            auto *item = new QListWidgetItem(text, m_list);
            item->setData(CommentDelegate::HeaderRole, head.join(QStringLiteral(" \u00b7 ")));
            item->setData(NumberRole, c.number);
            if (resolved) {
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            } else if (entry.sentBack) {
                item->setBackground(QColor(0xff, 0xf4, 0xd6)); // as the other notices
                item->setForeground(QColor(0x3d, 0x2d, 0x00));
            }
            if (c.number == previous)
                m_list->setCurrentItem(item);
        }
    }
    m_showResolved->setText(tr("Show resolved (%1)").arg(resolvedCount));
    if (m_list->count() == 0 && !m_uid.isEmpty()) {
        auto *empty = new QListWidgetItem(
            resolvedCount > 0 ? tr("No open comments.") : tr("No comments yet."), m_list);
        empty->setFlags(Qt::NoItemFlags);
        empty->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    updateButtons();
}

bool CommentsPanel::showComment(int number)
{
    const auto it = std::ranges::find_if(
        m_comments, [number](const auto &e) { return e.comment.number == number; });
    if (number <= 0 || it == m_comments.cend())
        return false;
    if (it->comment.resolvedAt && !m_showResolved->isChecked())
        m_showResolved->setChecked(true); // fills the list again
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(NumberRole).toInt() == number) {
            m_list->setCurrentItem(item);
            m_list->scrollToItem(item, QAbstractItemView::PositionAtCenter);
            return true;
        }
    }
    return false;
}

void CommentsPanel::updateButtons()
{
    const bool haveArticle = !m_uid.isEmpty();
    const bool active = m_user && m_user->active && !m_db.isReadOnly();
    const QString who = m_db.isReadOnly()
        ? tr("The store's file cannot be written to; comments cannot be added or resolved.")
        : !m_user ? tr("Choose who you are first (\"You are\" in the toolbar).")
        : !active ? tr("%1 is no longer active in this newsroom.").arg(m_user->name)
                  : QString();
    m_add->setEnabled(haveArticle && active && !m_text->toPlainText().trimmed().isEmpty());
    m_add->setToolTip(!who.isEmpty() ? who : tr("Add the comment (Ctrl+Enter)"));
    m_text->setEnabled(haveArticle);
    m_locale->setEnabled(haveArticle);
    const QListWidgetItem *item = m_list->currentItem();
    const int number = item ? item->data(NumberRole).toInt() : 0;
    bool open = false;
    for (const auto &entry : std::as_const(m_comments))
        open = open || (entry.comment.number == number && !entry.comment.resolvedAt);
    m_resolve->setEnabled(active && open);
    m_resolve->setToolTip(!who.isEmpty() ? who
                              : open     ? tr("Mark the selected comment as dealt with")
                                         : tr("Select an open comment to resolve it."));
}

void CommentsPanel::addComment()
{
    const QString text = m_text->toPlainText();
    if (m_uid.isEmpty() || !m_user || text.trimmed().isEmpty())
        return;
    const QString uid = m_uid;
    auto added = WorkflowService(m_db).comment(uid, m_user->name,
                                               m_locale->currentData().toString(), text.trimmed());
    if (!added) {
        // The text stays in the box (and in the drafts) to try again.
        Q_EMIT failed(tr("The comment was not added: %1").arg(added.error().message));
        return;
    }
    m_drafts.remove(uid);
    {
        const QSignalBlocker blocker(m_text);
        m_text->clear();
    }
    reload();
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(NumberRole).toInt() == *added)
            m_list->setCurrentRow(row);
    }
}

void CommentsPanel::offerMentions()
{
    static const QRegularExpression typing(QStringLiteral("(?:^|[^\\w@.])@([A-Za-z0-9._-]*)$"));
    QTextCursor cursor = m_text->textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    const QRegularExpressionMatch m = typing.match(before);
    if (!m.hasMatch() || !m_text->hasFocus()) {
        m_mentions->popup()->hide();
        return;
    }
    m_mentions->setCompletionPrefix(m.captured(1));
    if (m_mentions->completionCount() == 0) {
        m_mentions->popup()->hide();
        return;
    }
    QRect at = m_text->cursorRect();
    at.setWidth(m_mentions->popup()->sizeHintForColumn(0)
                + m_mentions->popup()->verticalScrollBar()->sizeHint().width());
    m_mentions->complete(at);
    m_mentions->popup()->setCurrentIndex(m_mentions->completionModel()->index(0, 0));
}

void CommentsPanel::insertMention(const QModelIndex &index)
{
    const QString login = index.data(LoginRole).toString();
    if (login.isEmpty())
        return;
    QTextCursor cursor = m_text->textCursor();
    // Replace the "@" and what was typed after it with the whole login.
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor,
                        int(m_mentions->completionPrefix().size()) + 1);
    cursor.insertText(QLatin1Char('@') + login + QLatin1Char(' '));
    m_text->setTextCursor(cursor);
    m_mentions->popup()->hide();
}

void CommentsPanel::resolveSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || !m_user || m_uid.isEmpty())
        return;
    const QString uid = m_uid;
    const int number = item->data(NumberRole).toInt();
    if (auto done = WorkflowService(m_db).resolveComment(uid, m_user->name, number); !done) {
        Q_EMIT failed(tr("Comment %1 was not resolved: %2").arg(number).arg(done.error().message));
        reload(); // someone else may have resolved it: show how it stands
        return;
    }
    reload();
}

void CommentsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CommentsPanel::retranslate()
{
    m_list->setAccessibleName(tr("Comments"));
    m_showResolved->setToolTip(tr("Also list the comments already dealt with (greyed)"));
    m_onLabel->setText(tr("&On:"));
    m_locale->setAccessibleName(tr("Comment on"));
    m_text->setAccessibleName(tr("New comment"));
    m_text->setPlaceholderText(tr("Write a comment… (Ctrl+Enter adds it)"));
    m_add->setText(tr("&Add comment"));
    m_resolve->setText(tr("&Resolve"));
    reload();
}

} // namespace Byline
