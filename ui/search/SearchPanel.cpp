#include "ui/search/SearchPanel.h"

#include "core/models/ArticleListModel.h"
#include "core/storage/LocaleRepository.h"
#include "core/storage/SavedSearchRepository.h"
#include "core/storage/SearchText.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace Byline {
namespace {

constexpr WorkflowState states[]
    = {WorkflowState::Draft,     WorkflowState::Submitted, WorkflowState::Approved,
       WorkflowState::Scheduled, WorkflowState::Published, WorkflowState::Spiked};

} // namespace

SearchPanel::SearchPanel(Storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    m_query = new QLineEdit(this);
    m_query->setClearButtonEnabled(true);
    m_locale = new QComboBox(this);
    m_state = new QComboBox(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_view = new QTextBrowser(this);
    m_view->setOpenLinks(false);
    m_view->setFrameShape(QFrame::NoFrame);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);

    m_save = new QPushButton(this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_locale, 1);
    filters->addWidget(m_state, 1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_query);
    layout->addLayout(filters);
    layout->addLayout(saveRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_query, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, &SearchPanel::search);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::search);
    connect(m_query, &QLineEdit::textChanged, this, &SearchPanel::updateSave);
    connect(m_save, &QPushButton::clicked, this, &SearchPanel::saveSearch);
    askName = [this](const QString &suggested) -> std::optional<QString> {
        bool ok = false;
        const QString name
            = QInputDialog::getText(this, tr("Save this search"),
                                    tr("Name (it appears under \"Saved searches\" on the left):"),
                                    QLineEdit::Normal, suggested, &ok);
        if (!ok)
            return std::nullopt;
        return name;
    };
    connect(m_locale, &QComboBox::currentIndexChanged, this, &SearchPanel::search);
    connect(m_state, &QComboBox::currentIndexChanged, this, &SearchPanel::search);
    connect(m_view, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        // article:<uid>/<locale>
        const QStringList parts = url.path().split(QLatin1Char('/'));
        if (url.scheme() == QLatin1String("article") && parts.size() == 2)
            Q_EMIT articleActivated(parts.at(0), parts.at(1));
    });
    retranslate();
    loadLocales();
}

void SearchPanel::loadLocales()
{
    const QString current = m_locale->currentData().toString();
    const QSignalBlocker blocker(m_locale);
    while (m_locale->count() > 1)
        m_locale->removeItem(1);
    if (auto locales = Storage::LocaleRepository(m_db).all()) {
        for (const Locale &l : *locales)
            m_locale->addItem(QStringLiteral("%1 (%2)").arg(l.name, l.label), l.code);
    }
    m_locale->setCurrentIndex(std::max(0, m_locale->findData(current)));
}

void SearchPanel::setQuery(const QString &text)
{
    m_query->setText(text);
    m_debounce->stop();
    search();
}

void SearchPanel::setUser(const QString &name)
{
    m_user = name;
    updateSave();
}

SavedSearch SearchPanel::current() const
{
    SavedSearch s;
    s.user = m_user;
    s.text = m_query->text();
    s.locale = m_locale->currentData().toString();
    if (m_state->currentIndex() > 0)
        s.state = states[m_state->currentIndex() - 1];
    return s;
}

void SearchPanel::run(const SavedSearch &saved)
{
    {
        const QSignalBlocker lb(m_locale);
        const QSignalBlocker sb(m_state);
        m_locale->setCurrentIndex(std::max(0, m_locale->findData(saved.locale)));
        m_state->setCurrentIndex(saved.state ? m_state->findData(int(*saved.state)) : 0);
    }
    setQuery(saved.text);
}

void SearchPanel::saveSearch()
{
    SavedSearch search = current();
    if (m_user.isEmpty() || search.text.trimmed().isEmpty())
        return;
    const auto name = askName(m_unsavedName.isEmpty() ? search.text.trimmed() : m_unsavedName);
    if (!name)
        return;
    search.name = *name;
    if (auto added = Storage::SavedSearchRepository(m_db).add(search); !added) {
        m_unsavedName = *name; // offered again next time
        Q_EMIT failed(tr("The search was not saved: %1").arg(added.error().message));
        return;
    }
    m_unsavedName.clear(); // the change hub shows it under Saved searches
}

void SearchPanel::updateSave()
{
    const QString why = m_user.isEmpty()      ? tr("Choose who you are first: saved searches are "
                                                        "kept for each person.")
        : m_query->text().trimmed().isEmpty() ? tr("Type what to search for first.")
                                              : QString();
    m_save->setEnabled(why.isEmpty());
    m_save->setToolTip(why.isEmpty() ? tr("Keep these words and filters under a name, in "
                                          "\"Saved searches\" on the left")
                                     : why);
}

void SearchPanel::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void SearchPanel::search()
{
    m_debounce->stop();
    m_error.clear();
    m_results = {};
    m_searched = !m_query->text().trimmed().isEmpty();
    if (m_searched) {
        Storage::SearchQuery query;
        query.text = m_query->text();
        query.prefixLast = true; // the last word may still be being typed
        query.locale = m_locale->currentData().toString();
        if (m_state->currentIndex() > 0)
            query.state = states[m_state->currentIndex() - 1];
        query.limit = 100;
        auto found = Storage::SearchRepository(m_db).search(query);
        if (found)
            m_results = *found;
        else if (found.error().code != ErrorCode::InvalidInput) // typing punctuation: no error
            m_error = found.error().message;
    }
    show();
}

QString SearchPanel::summary() const
{
    return m_summary->text();
}

void SearchPanel::show()
{
    if (!m_error.isEmpty()) {
        m_summary->setText(tr("The search failed: %1").arg(m_error));
    } else if (!m_searched) {
        m_summary->setText(tr("Type to search titles, leads, text, quotes and experts' names in "
                              "every language."));
    } else if (m_results.hits.isEmpty()) {
        m_summary->setText(tr("Nothing found. Fewer words, or the start of a word, find more."));
    } else if (m_results.ranking == Storage::SearchResults::Ranking::RelevanceOfNewest) {
        m_summary->setText(tr("Many articles match: showing the best of the newest %1. Add words "
                              "or a filter to narrow it down.")
                               .arg(m_results.window));
    } else {
        m_summary->setText(tr("%n result(s), best first.", nullptr, int(m_results.hits.size())));
    }

    QString html;
    const QString open = QStringLiteral("<b style=\"background:#fff1a8;color:#000\">");
    const QString close = QStringLiteral("</b>");
    const auto terms = SearchText::parse(m_query->text(), true, SearchText::indexPrefixFrom);
    for (const Storage::SearchHit &hit : std::as_const(m_results.hits)) {
        QString snippet = hit.snippet.toHtmlEscaped();
        snippet.replace(QChar(Storage::SearchRepository::markOpen), open)
            .replace(QChar(Storage::SearchRepository::markClose), close);
        const QString title = hit.title.isEmpty()
            ? tr("(untitled)")
            : SearchText::snippet(hit.title, terms, open, close, true, 1000);
        html += QStringLiteral("<p style=\"margin-bottom:10px\"><a href=\"article:%1/%2\" "
                               "style=\"text-decoration:none\"><b>%3</b></a><br>"
                               "<span style=\"color:#666\">%4 · %5</span><br>%6</p>")
                    .arg(hit.articleUid, hit.locale, title, hit.locale.toUpper(),
                         ArticleListModel::stateLabel(hit.state), snippet);
    }
    m_view->setHtml(html);
}

void SearchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SearchPanel::retranslate()
{
    m_query->setPlaceholderText(tr("Search: words, \"a phrase\", start*"));
    m_query->setAccessibleName(tr("Search the archive"));
    const QSignalBlocker lb(m_locale);
    if (m_locale->count() == 0)
        m_locale->addItem(QString(), QString());
    m_locale->setItemText(0, tr("Every language"));
    m_locale->setAccessibleName(tr("Language"));
    const QSignalBlocker sb(m_state);
    if (m_state->count() == 0) {
        m_state->addItem(QString());
        for (WorkflowState s : states)
            m_state->addItem(QString(), int(s));
    }
    m_state->setItemText(0, tr("Any state"));
    for (int i = 0; i < int(std::size(states)); ++i)
        m_state->setItemText(i + 1, ArticleListModel::stateLabel(states[i]));
    m_state->setAccessibleName(tr("State"));
    m_save->setText(tr("Save this search…"));
    updateSave();
    show();
}

} // namespace Byline
