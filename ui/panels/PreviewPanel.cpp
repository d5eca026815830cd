#include "ui/panels/PreviewPanel.h"

#include "ui/widgets/FlowLayout.h"

#include "core/changes/ChangeFeed.h"
#include "core/site/PageLoader.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/Database.h"
#include "core/storage/LocaleRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineView>
#include <QtConcurrent/QtConcurrentRun>

namespace Byline {
namespace {

// The preview fetches nothing from the network: only the page and its assets (qrc, data).
class LocalOnly : public QWebEngineUrlRequestInterceptor
{
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QString scheme = info.requestUrl().scheme();
        if (scheme != QLatin1String("qrc") && scheme != QLatin1String("data")
            && scheme != QLatin1String("about") && scheme != QLatin1String("blob")) {
            info.block(true);
        }
    }
};

// Clicked links open in the user's browser, never inside the preview.
class PreviewPage : public QWebEnginePage
{
public:
    using QWebEnginePage::QWebEnginePage;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override
    {
        if (type == NavigationTypeLinkClicked || type == NavigationTypeFormSubmitted) {
            const QString scheme = url.scheme();
            if (scheme == QLatin1String("http") || scheme == QLatin1String("https")
                || scheme == QLatin1String("mailto")) {
                QDesktopServices::openUrl(url);
            }
            return false;
        }
        return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
    }
};

constexpr int phoneWidth = 390;

} // namespace

PreviewPanel::PreviewPanel(Storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    // The page shows the article, the quotes and experts it uses, its authors' names and the
    // newsroom's settings.
    connect(&db.changes(), &ChangeFeed::changed, this, [this](const Changes &changes) {
        if (!m_uid.isEmpty()
            && (concernsArticle(changes, m_uid)
                || containsKind(changes,
                                {ChangeKind::QuoteChanged, ChangeKind::ExpertChanged,
                                 ChangeKind::SettingsChanged, ChangeKind::UsersChanged})))
            refresh();
    });
    m_locale = new QComboBox(this);
    m_locale->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_locale->setMinimumContentsLength(12);
    m_dark = new QCheckBox(this);
    m_size = new QComboBox(this);
    for (int i = 0; i < 4; ++i)
        m_size->addItem(QString(), i - 1);
    m_size->setCurrentIndex(1);
    m_phone = new QCheckBox(this);
    auto *pdf = new QPushButton(this);
    m_pdfButton = pdf;
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_message);

    auto *controls = new FlowLayout; // wraps in a narrow panel rather than widening the window
    controls->addWidget(m_locale);
    controls->addWidget(m_dark);
    controls->addWidget(m_size);
    controls->addWidget(m_phone);
    controls->addWidget(pdf);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(m_stack, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &PreviewPanel::load);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &PreviewPanel::renderDone);
    connect(m_locale, &QComboBox::currentIndexChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_dark, &QCheckBox::toggled, this, &PreviewPanel::startRender);
    connect(m_size, &QComboBox::currentIndexChanged, this, &PreviewPanel::startRender);
    connect(m_phone, &QCheckBox::toggled, this, [this](bool phone) {
        if (m_view)
            m_view->setMaximumWidth(phone ? phoneWidth : QWIDGETSIZE_MAX);
    });
    connect(pdf, &QPushButton::clicked, this, &PreviewPanel::savePdf);

    show = [this](const QString &html) {
        ensureView();
        // The page's own address is qrc:, where its stylesheet and script live.
        m_view->setHtml(html, QUrl(QStringLiteral("qrc:/byline/site/preview.html")));
        m_stack->setCurrentWidget(m_view);
    };
    askPdfPath = [this] {
        return QFileDialog::getSaveFileName(this, tr("Save the page as PDF"), QString(),
                                            tr("PDF documents (*.pdf)"));
    };
    retranslate();
}

PreviewPanel::~PreviewPanel()
{
    m_watcher.waitForFinished();
}

void PreviewPanel::ensureView()
{
    if (m_view)
        return;
    auto *profile = new QWebEngineProfile(this); // off the record: nothing kept on disk
    profile->setUrlRequestInterceptor(new LocalOnly(profile));
    m_view = new QWebEngineView(m_stack);
    m_view->setPage(new PreviewPage(profile, m_view));
    m_view->setMaximumWidth(m_phone->isChecked() ? phoneWidth : QWIDGETSIZE_MAX);
    m_view->setAccessibleName(tr("Page preview"));
    m_stack->addWidget(m_view);
}

void PreviewPanel::showRevision(const Article &asOf)
{
    setArticle(asOf.uid);
    m_revision = asOf;
    m_debounce->start();
}

void PreviewPanel::setArticle(const QString &uid)
{
    if (uid == m_uid && !m_revision)
        return;
    m_revision.reset();
    m_uid = uid;
    const QString wanted = m_locale->currentData().toString();
    const QSignalBlocker blocker(m_locale);
    m_locale->clear();
    if (!uid.isEmpty()) {
        auto article = Storage::ArticleRepository(m_db).find(uid);
        auto locales = Storage::LocaleRepository(m_db).all();
        if (article && *article && locales) {
            for (const Locale &l : *locales) {
                if ((*article)->translation(l.code))
                    m_locale->addItem(QStringLiteral("%1 · %2").arg(l.label, l.name), l.code);
            }
            const int keep = m_locale->findData(wanted);
            m_locale->setCurrentIndex(
                keep >= 0 ? keep : std::max(0, m_locale->findData((*article)->sourceLocale)));
        }
    }
    refresh();
}

void PreviewPanel::refresh()
{
    if (isVisible() && m_onScreen)
        m_debounce->start();
}

void PreviewPanel::setOnScreen(bool onScreen)
{
    m_onScreen = onScreen;
    refresh();
}

void PreviewPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_onScreen)
        m_debounce->start();
}

void PreviewPanel::load()
{
    if (!m_onScreen)
        return; // loads when its tab is chosen (setOnScreen)
    m_havePage = false;
    if (m_uid.isEmpty()) {
        m_message->setText(tr("Choose an article to see its page as readers will."));
        m_stack->setCurrentWidget(m_message);
        return;
    }
    Result<PageData> page = fail(ErrorCode::NotFound, QString());
    if (m_revision) {
        auto newsroom = PageLoader::newsroom(m_db);
        page = newsroom
            ? PageLoader::build(m_db, *newsroom, *m_revision, m_locale->currentData().toString(),
                                PageLoader::Mode::Preview)
            : Result<PageData>(std::unexpected(newsroom.error()));
    } else {
        page = PageLoader::load(m_db, m_uid, m_locale->currentData().toString(),
                                PageLoader::Mode::Preview);
    }
    if (!page) {
        m_message->setText(tr("No preview: %1").arg(page.error().message));
        m_stack->setCurrentWidget(m_message);
        return;
    }
    m_page = *page;
    m_havePage = true;
    startRender();
}

void PreviewPanel::startRender()
{
    if (!m_havePage)
        return;
    if (m_watcher.isRunning()) {
        m_pending = true; // the latest wins once the running one is done
        return;
    }
    PageRenderer::Options options;
    options.dark = m_dark->isChecked();
    options.textSize = m_size->currentData().toInt();
    options.assets = QStringLiteral("qrc:/byline/site");
    m_watcher.setFuture(QtConcurrent::run(
        [page = m_page, options] { return PageRenderer::render(page, options); }));
}

void PreviewPanel::renderDone()
{
    m_lastHtml = m_watcher.result();
    if (show)
        show(m_lastHtml);
    Q_EMIT rendered();
    if (m_pending) {
        m_pending = false;
        startRender();
    }
}

QString PreviewPanel::message() const
{
    return m_message->text();
}

void PreviewPanel::savePdf()
{
    if (!m_view || m_lastHtml.isEmpty())
        return;
    const QString path = askPdfPath ? askPdfPath() : QString();
    if (!path.isEmpty())
        m_view->page()->printToPdf(path);
}

void PreviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PreviewPanel::retranslate()
{
    m_locale->setAccessibleName(tr("Language of the page"));
    m_dark->setText(tr("Night"));
    m_dark->setToolTip(tr("The page's night theme"));
    const QString sizes[]
        = {tr("Smaller text"), tr("Normal text"), tr("Larger text"), tr("Largest text")};
    for (int i = 0; i < 4; ++i)
        m_size->setItemText(i, sizes[i]);
    m_size->setAccessibleName(tr("Text size"));
    m_phone->setText(tr("Phone"));
    m_phone->setToolTip(tr("Show the page at a phone's width"));
    m_pdfButton->setText(tr("Save as PDF…"));
    if (m_uid.isEmpty())
        m_message->setText(tr("Choose an article to see its page as readers will."));
}

} // namespace Byline
