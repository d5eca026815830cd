#include "ui/experts/ExpertsWindow.h"

#include "core/models/ArticleListModel.h"
#include "core/services/ExpertService.h"
#include "core/storage/Database.h"
#include "core/storage/ExpertRepository.h"
#include "core/storage/LocaleRepository.h"
#include "core/storage/SearchText.h"
#include "core/workflow/Permissions.h"

#include <QCloseEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Byline {
namespace {

// Everything an expert is found by: every spelling, role and country.
QString haystack(const Expert &expert)
{
    QStringList parts;
    for (const ExpertName &n : expert.names)
        parts << n.name << n.role << n.country;
    return parts.join(QLatin1Char('\n'));
}

ExpertName trimmed(const ExpertName &n)
{
    return {n.name.trimmed(), n.role.trimmed(), n.country.trimmed()};
}

} // namespace

ExpertsWindow::ExpertsWindow(Storage::Database &db, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_db(db)
{
    setObjectName(QStringLiteral("experts"));
    if (auto locales = Storage::LocaleRepository(db).all())
        m_locales = *locales;

    // The registry: search and list.
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_found = new QLabel(this);
    m_list = new QListWidget(this);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_new = new QPushButton(this);
    m_merge = new QPushButton(this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_found);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addStretch(1);
    listButtons->addWidget(m_merge);
    leftLayout->addLayout(listButtons);

    // The chosen expert: a row per locale, then where they are quoted.
    m_heading = new QLabel(this);
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setWordWrap(true);
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4d6; color: #5c4400; padding: 6px; "
                       "border-radius: 3px; }"));
    auto *form = new QGridLayout;
    form->setHorizontalSpacing(8);
    for (int column = 0; column < 3; ++column) {
        auto *label = new QLabel(this);
        m_columnLabels.append(label);
        form->addWidget(label, 0, column + 1);
    }
    for (qsizetype i = 0; i < m_locales.size(); ++i) {
        auto *label = new QLabel(this);
        m_localeLabels.append(label);
        form->addWidget(label, int(i) + 1, 0);
        std::array<QLineEdit *, 3> row {};
        for (int column = 0; column < 3; ++column) {
            row[column] = new QLineEdit(this);
            form->addWidget(row[column], int(i) + 1, column + 1);
            connect(row[column], &QLineEdit::textEdited, this, &ExpertsWindow::updateState);
        }
        label->setBuddy(row[0]);
        m_fields.append(row);
    }
    form->setColumnStretch(1, 3);
    form->setColumnStretch(2, 5);
    form->setColumnStretch(3, 2);
    m_save = new QPushButton(this);
    m_revert = new QPushButton(this);
    auto *formButtons = new QHBoxLayout;
    formButtons->addStretch(1);
    formButtons->addWidget(m_revert);
    formButtons->addWidget(m_save);
    m_quotedLabel = new QLabel(this);
    m_quoted = new QTreeWidget(this);
    m_quoted->setColumnCount(3);
    m_quoted->setWordWrap(true);
    m_quoted->setUniformRowHeights(false);
    m_quoted->header()->setStretchLastSection(false);
    m_quoted->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_quoted->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_quoted->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_quotedLabel->setBuddy(m_quoted);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_notice);
    rightLayout->addLayout(form);
    rightLayout->addLayout(formButtons);
    rightLayout->addWidget(m_quotedLabel);
    rightLayout->addWidget(m_quoted, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({330, 770});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    auto *saveKey = new QShortcut(QKeySequence::Save, this);
    saveKey->setContext(Qt::WindowShortcut);
    connect(saveKey, &QShortcut::activated, this, [this] {
        if (m_save->isEnabled())
            save();
    });
    auto *findKey = new QShortcut(QKeySequence::Find, this);
    findKey->setContext(Qt::WindowShortcut);
    connect(findKey, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto *newKey = new QShortcut(QKeySequence::New, this);
    newKey->setContext(Qt::WindowShortcut);
    connect(newKey, &QShortcut::activated, this, [this] {
        if (m_new->isEnabled())
            startNew();
    });

    connect(m_search, &QLineEdit::textChanged, this, &ExpertsWindow::filter);
    connect(m_list, &QListWidget::currentItemChanged, this, &ExpertsWindow::currentChanged);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &ExpertsWindow::updateState);
    connect(m_save, &QPushButton::clicked, this, &ExpertsWindow::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        showForm(m_shown);
        updateState();
    });
    connect(m_new, &QPushButton::clicked, this, &ExpertsWindow::startNew);
    connect(m_merge, &QPushButton::clicked, this, &ExpertsWindow::mergeSelected);
    connect(m_quoted, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const QString uid = item->data(0, UidRole).toString(); !uid.isEmpty())
            Q_EMIT articleActivated(uid);
    });

    warn = [this](const QString &title, const QString &message) {
        QMessageBox::warning(this, title, message);
    };
    askUnsaved = [this](const QString &name) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"),
            tr("The changes to %1 are not saved yet. Save them?").arg(name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        return answer == QMessageBox::Save   ? Unsaved::Save
            : answer == QMessageBox::Discard ? Unsaved::Discard
                                             : Unsaved::Cancel;
    };
    chooseMergeKeep = [this](const Expert &a, const Expert &b) -> std::optional<QString> {
        QMessageBox box(QMessageBox::Question, tr("Merge two records of one person"),
                        tr("\"%1\" and \"%2\" become one record. Which one do you keep?")
                            .arg(displayName(a), displayName(b)),
                        QMessageBox::Cancel, this);
        box.setInformativeText(
            tr("The kept record keeps its spellings; the other one's quotes move to it and its "
               "spellings fill the languages the kept one lacks. Then the other record is "
               "removed. This cannot be undone."));
        QPushButton *keepA
            = box.addButton(tr("Keep \"%1\"").arg(displayName(a)), QMessageBox::AcceptRole);
        QPushButton *keepB
            = box.addButton(tr("Keep \"%1\"").arg(displayName(b)), QMessageBox::AcceptRole);
        box.exec();
        if (box.clickedButton() == keepA)
            return a.uid;
        if (box.clickedButton() == keepB)
            return b.uid;
        return std::nullopt;
    };

    resize(1120, 660);
    retranslate();
    reload();
}

QLineEdit *ExpertsWindow::field(const QString &locale, Field which) const
{
    for (qsizetype i = 0; i < m_locales.size(); ++i) {
        if (m_locales.at(i).code == locale)
            return m_fields.at(i)[int(which)];
    }
    return nullptr;
}

const Expert *ExpertsWindow::stored(const QString &uid) const
{
    for (const Expert &e : m_experts) {
        if (e.uid == uid)
            return &e;
    }
    return nullptr;
}

QString ExpertsWindow::displayName(const Expert &expert) const
{
    // In the interface language when the store spells them in it, else in the store's order.
    if (!expert.names.value(m_nameLocale).name.isEmpty())
        return expert.names.value(m_nameLocale).name;
    for (const Locale &l : m_locales) {
        if (!expert.names.value(l.code).name.isEmpty())
            return expert.names.value(l.code).name;
    }
    for (const ExpertName &n : expert.names) {
        if (!n.name.isEmpty())
            return n.name;
    }
    return expert.uid;
}

void ExpertsWindow::setNameLocale(const QString &code)
{
    m_nameLocale = code;
    filter();
    updateState();
}

void ExpertsWindow::setUser(const std::optional<User> &user)
{
    // What the previous person typed is theirs: saved in their name, or dropped, before the
    // next person takes over (kept only if they cancel, to be saved by whoever saves it).
    if (isModified() && (m_user ? m_user->name : QString()) != (user ? user->name : QString()))
        settleUnsaved();
    m_user = user;
    updateState();
}

void ExpertsWindow::reload()
{
    auto all = Storage::ExpertRepository(m_db).all();
    if (!all) {
        warn(tr("Cannot read the experts"), all.error().message);
        return;
    }
    m_experts = *all;
    if (!m_creating) {
        const Expert *now = stored(m_uid);
        if (!now) {
            m_uid.clear();
            showForm({});
        } else if (!isModified()) {
            showForm(*now);
        } else {
            m_shown = *now; // keep what is typed, against what is stored now
        }
    }
    filter();
    showQuoted();
    updateState();
}

bool ExpertsWindow::showExpert(const QString &uid)
{
    if (!stored(uid))
        return false;
    for (int pass = 0; pass < 2; ++pass) {
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->data(UidRole).toString() == uid) {
                m_list->setCurrentRow(row, QItemSelectionModel::ClearAndSelect);
                return m_uid == uid;
            }
        }
        m_search->clear(); // the search hides them
    }
    return false;
}

void ExpertsWindow::filter()
{
    const QList<SearchText::Term> terms = SearchText::parse(m_search->text(), true);
    QList<const Expert *> experts;
    for (const Expert &e : std::as_const(m_experts))
        experts.append(&e);
    std::sort(experts.begin(), experts.end(), [this](const Expert *a, const Expert *b) {
        return QString::localeAwareCompare(displayName(*a), displayName(*b)) < 0;
    });
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Expert *e : std::as_const(experts)) {
        const QString text = haystack(*e);
        const bool all = std::all_of(terms.cbegin(), terms.cend(), [&](const SearchText::Term &t) {
            return SearchText::matches(text, {t});
        });
        if (!all)
            continue;
        const QString name = displayName(*e);
        QStringList others;
        QStringList about;
        for (const Locale &l : std::as_const(m_locales)) {
            const ExpertName n = e->names.value(l.code);
            if (!n.name.isEmpty() && n.name != name && !others.contains(n.name))
                others.append(n.name);
            if (!n.role.isEmpty())
                about.append(QStringLiteral("%1: %2, %3").arg(l.label, n.role, n.country));
        }
        QString label = name;
        if (!others.isEmpty())
            label += QLatin1Char('\n') + others.join(QStringLiteral(" \u00b7 "));
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(UidRole, e->uid);
        item->setToolTip(about.join(QLatin1Char('\n')));
        if (e->uid == m_uid)
            m_list->setCurrentItem(item);
    }
    m_found->setText(m_search->text().trimmed().isEmpty()
                         ? tr("%n expert(s) in the registry", nullptr, int(m_experts.size()))
                         : tr("%n expert(s) found", nullptr, m_list->count()));
    updateState();
}

void ExpertsWindow::currentChanged()
{
    const QListWidgetItem *item = m_list->currentItem();
    const QString uid = item ? item->data(UidRole).toString() : QString();
    if (uid.isEmpty() || (uid == m_uid && !m_creating))
        return;
    if (!settleUnsaved()) {
        // Stay on what is being edited.
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentItem(nullptr);
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->data(UidRole).toString() == m_uid)
                m_list->setCurrentRow(row, QItemSelectionModel::ClearAndSelect);
        }
        if (m_creating)
            m_list->clearSelection();
        return;
    }
    m_creating = false;
    m_uid = uid;
    if (const Expert *e = stored(uid))
        showForm(*e);
    // Saving the other one may have rebuilt the list: show this one chosen in it.
    if (!m_list->currentItem() || m_list->currentItem()->data(UidRole).toString() != uid) {
        const QSignalBlocker blocker(m_list);
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->data(UidRole).toString() == uid)
                m_list->setCurrentRow(row, QItemSelectionModel::ClearAndSelect);
        }
    }
    showQuoted();
    updateState();
}

bool ExpertsWindow::settleUnsaved()
{
    if (!isModified())
        return true;
    const QString name = m_creating ? tr("the new expert") : displayName(m_shown);
    switch (askUnsaved ? askUnsaved(name) : Unsaved::Cancel) {
    case Unsaved::Save:
        save();
        return !isModified(); // refused or failed: stay, with the text
    case Unsaved::Discard:
        showForm(m_shown);
        m_creating = false;
        return true;
    case Unsaved::Cancel:
        break;
    }
    return false;
}

void ExpertsWindow::showForm(const Expert &expert)
{
    m_shown = expert;
    for (qsizetype i = 0; i < m_locales.size(); ++i) {
        const ExpertName n = expert.names.value(m_locales.at(i).code);
        m_fields[i][0]->setText(n.name);
        m_fields[i][1]->setText(n.role);
        m_fields[i][2]->setText(n.country);
        for (QLineEdit *edit : m_fields.at(i))
            edit->setCursorPosition(0);
    }
}

Expert ExpertsWindow::formExpert() const
{
    Expert e = m_shown;
    for (qsizetype i = 0; i < m_locales.size(); ++i) {
        const QString code = m_locales.at(i).code;
        const ExpertName n = trimmed(
            {m_fields.at(i)[0]->text(), m_fields.at(i)[1]->text(), m_fields.at(i)[2]->text()});
        if (n == ExpertName {})
            e.names.remove(code);
        else
            e.names.insert(code, n);
    }
    return e;
}

bool ExpertsWindow::isModified() const
{
    if (!m_creating && m_uid.isEmpty())
        return false;
    return formExpert().names != m_shown.names;
}

void ExpertsWindow::save()
{
    const QString keep = tr("Your changes are still in the form.");
    if (!m_user) {
        warn(tr("Not saved"), tr("Choose who you are in the main window first. %1").arg(keep));
        return;
    }
    Expert expert = formExpert();
    if (m_creating)
        expert.uid.clear();
    if (auto saved = ExpertService(m_db).save(expert, m_user->name); !saved) {
        warn(tr("Not saved"),
             tr("The expert was not saved: %1 %2").arg(saved.error().message, keep));
        return;
    }
    m_creating = false;
    m_uid = expert.uid;
    m_shown = expert;
    reload();
    showExpert(m_uid); // the preview and the open articles follow the change hub
}

void ExpertsWindow::startNew()
{
    if (!settleUnsaved())
        return;
    m_creating = true;
    m_uid.clear();
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentItem(nullptr);
        m_list->clearSelection();
    }
    showForm({});
    showQuoted();
    updateState();
    for (const auto &row : std::as_const(m_fields)) {
        if (!row[0]->isReadOnly()) {
            row[0]->setFocus();
            break;
        }
    }
}

void ExpertsWindow::mergeSelected()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (selected.size() != 2 || !m_user || !Permissions::mayMergeExperts(*m_user))
        return;
    const Expert *a = stored(selected.at(0)->data(UidRole).toString());
    const Expert *b = stored(selected.at(1)->data(UidRole).toString());
    if (!a || !b || !settleUnsaved())
        return;
    const Expert first = *a; // copies: merging reloads the list they live in
    const Expert second = *b;
    const std::optional<QString> keep
        = chooseMergeKeep ? chooseMergeKeep(first, second) : std::nullopt;
    if (!keep)
        return;
    const QString drop = *keep == first.uid ? second.uid : first.uid;
    if (auto merged = ExpertService(m_db).merge(*keep, drop, m_user->name); !merged) {
        warn(tr("Not merged"),
             tr("The two records were not merged: %1").arg(merged.error().message));
        return;
    }
    m_creating = false;
    m_uid = *keep;
    m_shown = {};
    reload();
    if (const Expert *kept = stored(*keep))
        showForm(*kept);
    showExpert(*keep);
    showQuoted();
    updateState();
}

void ExpertsWindow::showQuoted()
{
    m_quoted->clear();
    if (m_uid.isEmpty()) {
        m_quotedLabel->setText(m_creating ? tr("Quoted: not yet (a new expert)")
                                          : tr("Quoted: choose an expert"));
        return;
    }
    auto quotations = Storage::ExpertRepository(m_db).quotations(m_uid);
    if (!quotations) {
        m_quotedLabel->setText(
            tr("Cannot tell where the expert is quoted: %1").arg(quotations.error().message));
        return;
    }
    QHash<QString, QString> labels;
    for (const Locale &l : std::as_const(m_locales))
        labels.insert(l.code, l.label);
    auto labelsOf = [&labels](const QStringList &codes) {
        QStringList result;
        for (const QString &code : codes)
            result.append(labels.value(code, code.toUpper()));
        return result.join(QStringLiteral(", "));
    };
    int articles = 0;
    for (const auto &q : std::as_const(*quotations)) {
        auto *quote = new QTreeWidgetItem(m_quoted);
        quote->setText(
            0, QStringLiteral("\u00ab%1\u00bb").arg(q.text.isEmpty() ? q.quoteUid : q.text));
        quote->setToolTip(0, q.text);
        quote->setText(
            1,
            q.approved ? tr("said in %1 · checked with the expert").arg(labelsOf({q.spokenLocale}))
                       : tr("said in %1").arg(labelsOf({q.spokenLocale})));
        for (const auto &use : q.uses) {
            ++articles;
            auto *item = new QTreeWidgetItem(quote);
            item->setText(0, use.title.isEmpty() ? use.articleUid : use.title);
            item->setData(0, UidRole, use.articleUid);
            item->setToolTip(0,
                             tr("%1\nText with the quote: %2\nDouble-click to show the "
                                "article in the list.")
                                 .arg(use.title, labelsOf(use.locales)));
            item->setText(1, ArticleListModel::stateLabel(use.state));
            item->setText(2, use.liveLocales.isEmpty() ? tr("not yet") : labelsOf(use.liveLocales));
        }
        if (q.uses.isEmpty()) {
            auto *none = new QTreeWidgetItem(quote);
            none->setText(0, tr("Not used in any article yet."));
            none->setFlags(Qt::ItemIsEnabled);
        }
    }
    m_quoted->expandAll();
    m_quotedLabel->setText(
        quotations->isEmpty() ? tr("&Quoted: no quotes yet")
                              : tr("&Quoted: %n quote(s)", nullptr, int(quotations->size()))
                + QStringLiteral(", ") + tr("%n use(s) in articles", nullptr, articles));
}

void ExpertsWindow::updateState()
{
    const bool haveExpert = m_creating || !m_uid.isEmpty();
    QString notice;
    // What this person may do here, as far as the store lets anyone write.
    const std::optional<User> user = m_db.isReadOnly() ? std::nullopt : m_user;
    if (m_db.isReadOnly()) {
        notice = tr("Read-only: the store's file or folder cannot be written to; ask whoever "
                    "looks after it for write access.");
    } else if (!m_user) {
        notice = tr("Read-only: choose who you are in the main window (\"You are\") to edit "
                    "experts.");
    } else if (!m_user->active) {
        QString why;
        (void)Permissions::mayEditExpert(*m_user, {}, &why);
        notice = tr("Read-only: %1").arg(why);
    } else if (m_user->role == Role::Translator) {
        QStringList mine;
        for (const Locale &l : std::as_const(m_locales)) {
            if (Permissions::mayEditExpert(*m_user, l.code))
                mine.append(l.label);
        }
        notice = mine.isEmpty()
            ? tr("Read-only: translators edit the experts only in their own languages, and "
                 "%1 translates into none of this store's.")
                  .arg(m_user->name)
            : tr("You can edit the %1 spellings, roles and countries; the other languages are "
                 "read-only (translators edit only their own).")
                  .arg(mine.join(QStringLiteral(", ")));
    }
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());

    // Read-only rows look it: the window's background instead of a field's.
    QPalette readOnly = palette();
    readOnly.setColor(QPalette::Base, palette().color(QPalette::Window));
    for (qsizetype i = 0; i < m_locales.size(); ++i) {
        QString why;
        const bool editable
            = haveExpert && user && Permissions::mayEditExpert(*user, m_locales.at(i).code, &why);
        for (QLineEdit *edit : m_fields.at(i)) {
            edit->setReadOnly(!editable);
            edit->setPalette(editable ? palette() : readOnly);
            edit->setEnabled(haveExpert);
            edit->setToolTip(editable || !haveExpert ? QString() : why);
        }
    }
    const bool modified = isModified();
    m_save->setEnabled(modified && user);
    m_revert->setEnabled(modified);
    if (m_creating)
        m_heading->setText(QStringLiteral("<h3>%1</h3>").arg(tr("New expert").toHtmlEscaped()));
    else if (m_uid.isEmpty())
        m_heading->setText(QStringLiteral("<h3>%1</h3>")
                               .arg(tr("Choose an expert, or add a new one").toHtmlEscaped()));
    else
        m_heading->setText(
            QStringLiteral("<h3>%1%2</h3>")
                .arg(displayName(m_shown).toHtmlEscaped(),
                     modified ? QStringLiteral(" \u2022 ") + tr("not saved").toHtmlEscaped()
                              : QString()));

    QString why;
    const bool mayAdd = user && Permissions::mayAddExperts(*user, &why);
    m_new->setEnabled(mayAdd);
    m_new->setToolTip(mayAdd      ? tr("Add an expert to the registry (Ctrl+N)")
                          : !user ? tr("Choose who you are in the main window first.")
                                  : why);
    const bool mayMerge = user && Permissions::mayMergeExperts(*user);
    const bool two = m_list->selectedItems().size() == 2;
    m_merge->setEnabled(mayMerge && two);
    m_merge->setToolTip(!mayMerge ? tr("Only editors and admins merge experts.")
                            : two ? tr("Make the two selected records one")
                                  : tr("Select the two records of one person (Ctrl+click), "
                                       "then merge them."));
}

void ExpertsWindow::closeEvent(QCloseEvent *event)
{
    if (!settleUnsaved()) {
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
}

void ExpertsWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ExpertsWindow::retranslate()
{
    setWindowTitle(tr("Experts"));
    m_search->setPlaceholderText(tr("Name in any spelling, role or country"));
    m_search->setToolTip(tr("Find an expert (Ctrl+F): any spelling, in any script"));
    m_search->setAccessibleName(tr("Search experts"));
    m_list->setAccessibleName(tr("Experts"));
    m_new->setText(tr("&New expert"));
    m_merge->setText(tr("&Merge…"));
    m_columnLabels[0]->setText(tr("Name"));
    m_columnLabels[1]->setText(tr("Role and affiliation"));
    m_columnLabels[2]->setText(tr("Country"));
    for (qsizetype i = 0; i < m_locales.size(); ++i) {
        const Locale &l = m_locales.at(i);
        m_localeLabels[i]->setText(QStringLiteral("%1 \u00b7 %2").arg(l.label, l.name));
        m_fields[i][0]->setAccessibleName(tr("Name in %1").arg(l.name));
        m_fields[i][1]->setAccessibleName(tr("Role and affiliation in %1").arg(l.name));
        m_fields[i][2]->setAccessibleName(tr("Country in %1").arg(l.name));
    }
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save the expert (Ctrl+S); the archive search finds the new spellings"));
    m_revert->setText(tr("Re&vert"));
    m_quoted->setHeaderLabels(
        {tr("Quote, and the articles using it"), tr("Said in / state"), tr("On the site")});
    m_quoted->setAccessibleName(tr("Where the expert is quoted"));
    if (!m_experts.isEmpty() || m_creating || !m_uid.isEmpty()) {
        filter();
        showQuoted();
    }
    updateState();
}

} // namespace Byline
