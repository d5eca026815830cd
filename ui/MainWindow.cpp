#include "ui/MainWindow.h"

#include "core/models/ArticleListModel.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/Database.h"

#include <QApplication>
#include <QEvent>
#include <QMenuBar>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>

#include <optional>

namespace Byline {
namespace {

// The views in the sidebar and the workflow state each one shows (none: everything).
struct View
{
    const char *label;
    std::optional<WorkflowState> state;
};

const View views[] = {
    {QT_TRANSLATE_NOOP("Byline::MainWindow", "All articles"), std::nullopt},
    {QT_TRANSLATE_NOOP("Byline::MainWindow", "Drafts"), WorkflowState::Draft},
    {QT_TRANSLATE_NOOP("Byline::MainWindow", "Awaiting review"), WorkflowState::Submitted},
    {QT_TRANSLATE_NOOP("Byline::MainWindow", "Approved"), WorkflowState::Approved},
    {QT_TRANSLATE_NOOP("Byline::MainWindow", "Scheduled"), WorkflowState::Scheduled},
    {QT_TRANSLATE_NOOP("Byline::MainWindow", "Published"), WorkflowState::Published},
    {QT_TRANSLATE_NOOP("Byline::MainWindow", "Spiked"), WorkflowState::Spiked},
};

} // namespace

MainWindow::MainWindow(Storage::Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
{
    m_model = new ArticleListModel(db, this);

    m_views = new QListWidget(this);
    for (std::size_t i = 0; i < std::size(views); ++i)
        m_views->addItem(QString());
    m_views->setCurrentRow(0);
    m_views->setMaximumWidth(260);
    m_views->setSpacing(2);
    m_views->setFrameShape(QFrame::NoFrame);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ArticleListModel::Updated, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ArticleListModel::Headline, QHeaderView::Stretch);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->setColumnWidth(ArticleListModel::Section, 12 * digit);
    m_view->setColumnWidth(ArticleListModel::Authors, 18 * digit);
    m_view->setColumnWidth(ArticleListModel::State, 11 * digit);
    m_view->setColumnWidth(ArticleListModel::Locales, 16 * digit);
    for (int column : {ArticleListModel::Scheduled, ArticleListModel::Published, ArticleListModel::Updated})
        m_view->setColumnWidth(column, fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31 23:59")) + digit * 2);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_views);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({180, 1100});
    setCentralWidget(splitter);

    m_storeLabel = new QLabel(this);
    m_storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel = new QLabel(this);
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_views, &QListWidget::currentRowChanged, this, &MainWindow::showView);
    connect(m_model, &ArticleListModel::loadFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Cannot list the articles"), message);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);

    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Byline"),
                           tr("<p><b>Byline</b> %1</p><p>A newsroom desk for interviews in "
                              "Russian, English and Armenian.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    retranslate();
    resize(1280, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Byline"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Byline"));
    for (int i = 0; i < m_views->count(); ++i)
        m_views->item(i)->setText(tr(views[i].label));
    m_views->setAccessibleName(tr("Views"));
    m_view->setAccessibleName(tr("Articles"));
    updateStatus();
}

void MainWindow::showView(int row)
{
    if (row < 0 || row >= int(std::size(views)))
        return;
    Storage::ArticleQuery query = m_model->query();
    query.state = views[row].state;
    query.afterKey.reset();
    m_model->setQuery(query);
}

void MainWindow::updateStatus()
{
    m_storeLabel->setText(tr("Store: %1").arg(m_db.path()));
    const auto total = Storage::ArticleRepository(m_db).count();
    const QString totalText = total ? QString::number(*total) : tr("?");
    m_countLabel->setText(tr("%n article(s) shown", nullptr, m_model->rowCount())
                          + QStringLiteral(" · ") + tr("%1 in the store").arg(totalText));
}

} // namespace Byline
