#pragma once

#include "core/domain/Article.h"

#include <QDialog>

#include <optional>

class QStackedWidget;
class QTextBrowser;
class QTreeWidget;

namespace Byline {

class QuoteCatalog;

// Someone saved the article while this person was editing it. Both texts side by side, the
// words that differ marked, and three ways on, none of which loses anything: keep mine (my
// text is saved on top of the newer version, which stays in the revisions), take theirs (the
// editor shows the newer version; my text stays in the revisions as the conflict revision the
// store kept), or merge by block (each part that differs, mine or theirs, saved on top of the
// newer version).
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { KeepMine, TakeTheirs, Merge, Later };

    // What the person chose; with Merge, the merged text (on the newer version).
    struct Resolution
    {
        Resolution(Choice c = Choice::Later) // NOLINT: a plain choice is a resolution
            : choice(c)
        {
        }
        explicit Resolution(Article text)
            : choice(Choice::Merge)
            , merged(std::move(text))
        {
        }
        Choice choice;
        std::optional<Article> merged;
    };

    struct Info
    {
        Article mine; // the editor's text, not saved
        Article theirs; // what the store holds now
        QString theirAuthor; // who saved it (display name)
        QString theirTime; // when, as people read it
        int keptRevision = 0; // the revision that keeps my text (0: unknown)
    };

    ConflictDialog(const Info &info, const QuoteCatalog &quotes, QWidget *parent = nullptr);

    [[nodiscard]] Choice choice() const { return m_choice; }
    [[nodiscard]] Resolution resolution() const;
    [[nodiscard]] QTextBrowser *mineView() const { return m_mine; }
    [[nodiscard]] QTextBrowser *theirsView() const { return m_theirs; }
    // The merge page: one row per part that differs, checked = mine.
    [[nodiscard]] QTreeWidget *partsView() const { return m_parts; }
    void showMerge();
    // Ends the dialog with the merge of the parts as checked.
    void acceptMerge();

    // The texts of both sides as HTML, each marking its own words the other lacks; only the
    // languages that differ.
    [[nodiscard]] static std::pair<QString, QString>
    sideBySide(const Article &mine, const Article &theirs, const QuoteCatalog &quotes);

    // Asks; Later when the dialog is closed without a choice.
    [[nodiscard]] static Resolution ask(const Info &info, const QuoteCatalog &quotes,
                                        QWidget *parent);

private:
    QWidget *mergePage(const QuoteCatalog &quotes);

    Info m_info;
    Choice m_choice = Choice::Later;
    QTextBrowser *m_mine = nullptr;
    QTextBrowser *m_theirs = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTreeWidget *m_parts = nullptr;
};

} // namespace Byline
