#pragma once

#include "core/domain/Article.h"

#include <QObject>

#include <optional>

class QUndoStack;

namespace Byline {

class QuoteCatalog;

// One open article as the editor changes it: the working copy, the stored article it is based
// on, and the article's undo stack. Every edit goes through an undoable command (ChangeValue)
// pushed on that stack; views listen to the signals and never change the article themselves.
//
// Undo: one stack per open article holds every kind of change, typing included, so Ctrl+Z
// always undoes the last thing done, wherever it was (the view shows that place again).
// Typing into one field merges into one step until the person pauses for two seconds or
// moves to another field; adding, deleting and moving a block, inserting a quote, adding a
// translation and changing the section, authors or editor are one step each. The text
// widgets' own undo is turned off (UndoKeys sends their Ctrl+Z here). A reload from the store
// (taking someone else's text, restoring a draft) starts a new history.
//
// Text is addressed by locale and key: "title", "lead", "slug", "seo_title",
// "seo_description" or "block:<id>". A block of the
// source locale that a translation lacks reads as empty text there; typing into it adds it to
// the translation, at the place the source order gives it (and undoing that removes it again).
class ArticleDocument : public QObject
{
    Q_OBJECT
public:
    explicit ArticleDocument(const Article &stored, QObject *parent = nullptr);
    ~ArticleDocument() override;

    [[nodiscard]] const Article &article() const { return m_article; }
    [[nodiscard]] const Article &stored() const { return m_stored; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }
    // Whether the working copy holds anything the store does not (EditJournal::differs).
    [[nodiscard]] bool isModified() const;

    [[nodiscard]] QString text(const QString &locale, const QString &key) const;
    [[nodiscard]] QList<Block> blocks(const QString &locale) const;
    [[nodiscard]] int blockIndex(const QString &locale, const QString &id) const;
    // Words of the headline, lead and blocks of `locale`, the quotes' words in that locale
    // included (for the reading time).
    [[nodiscard]] int wordCount(const QString &locale, const QuoteCatalog &quotes) const;
    // A fresh block id, "b<N>" above every b<N> of any locale, stored or issued before: ids
    // are shared by the locales, so a new block never takes over another block's translations.
    [[nodiscard]] QString newBlockId();

    // Undoable edits. Each does nothing when it would change nothing.
    void setText(const QString &locale, const QString &key, const QString &text);
    // `block` without an id gets a new one. Returns the id.
    QString insertBlock(const QString &locale, int index, Block block);
    // A block of the source that `locale` lacks, copied there at its place in the source
    // order (an expert quote, whose words the quote registry translates).
    void addFromSource(const QString &locale, const QString &id);
    void removeBlock(const QString &locale, int index);
    void moveBlock(const QString &locale, int from, int to);
    void setSection(const QString &uid);
    void setAuthors(const QStringList &names);
    void setEditor(const QString &name);
    // Who translates `locale` (a login; empty: nobody). Nothing when there is no translation.
    void setTranslator(const QString &locale, const QString &name);
    // A new, empty translation (with the source's expert quotes, which need no translating).
    void addTranslation(const QString &locale, const QString &translator);

    // Not undoable: what the store says.
    // A save went through; `saved` is what the store holds now (the same text).
    void markSaved(const Article &saved);
    // A save went through merged with another desk's save made meanwhile (EditService,
    // "Saves per language"): `saved` holds this text and their parts too. The views show it
    // whole again; the undo history stays (it holds only this person's own steps).
    void adoptMerged(const Article &saved);
    // The store moved on (a workflow step, or someone's save the person chose to save over):
    // the working copy keeps its text and is based on `stored` from now on. With `onlyLocale`
    // it keeps only that locale's text and takes everything else from `stored` (a translator's
    // work over someone's save elsewhere in the article).
    void rebase(const Article &stored, const QString &onlyLocale = {});
    // Starts again from `stored`, or from the draft `working` based on it; the history goes.
    void reset(const Article &stored, const std::optional<Article> &working = std::nullopt);

Q_SIGNALS:
    void textChanged(const QString &locale, const QString &key);
    // The blocks of `locale` were added, removed or moved; `focus` is the block to show.
    void blocksChanged(const QString &locale, const QString &focus);
    void translationsChanged(const QString &locale);
    void detailsChanged();
    void wasReset();
    void changed(); // anything in the working copy, after the specific signal

private:
    struct BlockList
    {
        QList<Block> blocks;
        QString focus;
        friend bool operator==(const BlockList &, const BlockList &) = default;
    };
    void pushBlocks(const QString &locale, const QString &undoText, const QList<Block> &after,
                    const QString &focusBefore, const QString &focusAfter);
    void applyText(const QString &locale, const QString &key, const QString &text,
                   bool removeIfEmpty);
    void applyBlocks(const QString &locale, const BlockList &list);
    void applyTranslation(const QString &locale, const std::optional<Translation> &t);
    [[nodiscard]] int sourceOrderIndex(const QString &locale, const QString &id) const;
    void noteBlockIds(const Article &article);

    Article m_stored;
    Article m_article;
    QUndoStack *m_undo = nullptr;
    int m_lastBlockNumber = 0;
};

} // namespace Byline
