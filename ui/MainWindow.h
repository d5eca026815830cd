#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QListWidget;
class QTableView;

namespace Byline {
class ArticleListModel;
namespace Storage {
class Database;
}

// The desk's main window: views on the left, the article list on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Storage::Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] ArticleListModel *articleModel() const { return m_model; }
    [[nodiscard]] QTableView *articleView() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showView(int row);
    void updateStatus();

    Storage::Database &m_db;
    ArticleListModel *m_model = nullptr;
    QListWidget *m_views = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace Byline
