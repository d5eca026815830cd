#pragma once

#include "core/domain/Article.h"

#include <QDialog>

class QTextBrowser;

namespace Byline {

class QuoteCatalog;

// Someone saved the article while this person was editing it. Both texts side by side, the
// words that differ marked, and two ways on, neither of which loses anything: keep mine (my
// text is saved on top of the newer version, which stays in the revisions) or take theirs (the
// editor shows the newer version; my text stays in the revisions as the conflict revision the
// store kept).
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { KeepMine, TakeTheirs, Later };

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
    [[nodiscard]] QTextBrowser *mineView() const { return m_mine; }
    [[nodiscard]] QTextBrowser *theirsView() const { return m_theirs; }

    // The texts of both sides as HTML, each marking its own words the other lacks; only the
    // languages that differ.
    [[nodiscard]] static std::pair<QString, QString>
    sideBySide(const Article &mine, const Article &theirs, const QuoteCatalog &quotes);

    // Asks; Later when the dialog is closed without a choice.
    [[nodiscard]] static Choice ask(const Info &info, const QuoteCatalog &quotes, QWidget *parent);

private:
    Choice m_choice = Choice::Later;
    QTextBrowser *m_mine = nullptr;
    QTextBrowser *m_theirs = nullptr;
};

} // namespace Byline
