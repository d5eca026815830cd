#pragma once

#include "core/domain/Article.h"
#include "core/site/PageRenderer.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;
class QWebEngineView;

namespace Byline {
namespace Storage {
class Database;
}

// The page as readers will see it, through the same renderer as the site: the selected
// article in a chosen language, light or night theme, text size, phone or desktop width. The
// web view is created only when the panel is first shown; rendering runs off the GUI thread,
// requests arriving meanwhile are coalesced; nothing is fetched from the network and links
// open in the user's browser. It can print or save the page as PDF.
class PreviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewPanel(Storage::Database &db, QWidget *parent = nullptr);
    ~PreviewPanel() override;

    void setArticle(const QString &uid); // and refresh (debounced)
    // The page as it was in a revision (`asOf` carries that revision's text).
    void showRevision(const Article &asOf);
    void refresh(); // the article changed
    // Whether the panel is on screen: a dock tabbed behind another is "visible" to Qt but not
    // seen, and renders nothing (no Chromium is started for it) until its tab is chosen.
    void setOnScreen(bool onScreen);
    [[nodiscard]] QString lastHtml() const { return m_lastHtml; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] QComboBox *localeBox() const { return m_locale; }

    // Where rendered HTML goes: the web view (tests put their own).
    std::function<void(const QString &html)> show;
    // Asks where to save a PDF (a seam for tests); empty: cancelled.
    std::function<QString()> askPdfPath;

Q_SIGNALS:
    void rendered();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void load();
    void startRender();
    void renderDone();
    void ensureView();
    void retranslate();
    void savePdf();

    Storage::Database &m_db;
    QString m_uid;
    std::optional<Article> m_revision; // shown instead of the stored text
    QComboBox *m_locale = nullptr;
    QCheckBox *m_dark = nullptr;
    QComboBox *m_size = nullptr;
    QCheckBox *m_phone = nullptr;
    QLabel *m_message = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWebEngineView *m_view = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QTimer *m_debounce = nullptr;
    QFutureWatcher<QString> m_watcher;
    bool m_pending = false;
    PageData m_page;
    bool m_havePage = false;
    bool m_onScreen = true;
    QString m_lastHtml;
};

} // namespace Byline
