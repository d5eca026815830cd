#pragma once

#include "core/Error.h"
#include "core/domain/Article.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Byline::Interchange {

// Unsaved editor text on disk, so that a crash or a killed program loses at most a moment of
// typing. One file per article, <folder>/<uid>.json, written atomically (QSaveFile): whoever
// reads it finds the previous draft or the new one, never half of one. The editor writes it
// shortly after each change and removes it once the text is in the store; a file still there
// when the article is opened again is work that never reached the store.
//
// The file ("format": "byline-journal/1") holds what a save would write: uid, the version the
// draft was based on, section, source locale, authors, editor, and the translations in the
// interchange format's form (ArticleCodec), plus who wrote the draft and when.
class EditJournal
{
public:
    // `folder` is created when the first draft is written.
    explicit EditJournal(QString folder);

    // <the user's data folder>/byline/journal/<store>: beside the default store, one folder
    // per store (named by a hash of its path), so that a copy of an article in another store
    // is never offered another store's draft.
    [[nodiscard]] static QString defaultFolder(const QString &storePath);
    [[nodiscard]] const QString &folder() const { return m_folder; }

    struct Entry
    {
        Article draft; // draft.version: the stored version the draft was based on
        QString user; // who was typing
        QDateTime writtenAt;
    };

    // Replaces the article's draft (atomically).
    [[nodiscard]] Result<> write(const Article &draft, const QString &user) const;
    // The article's draft, if there is one. A file that cannot be read is an error (kept on
    // disk, never removed by a read).
    [[nodiscard]] Result<std::optional<Entry>> read(const QString &uid) const;
    // Removes the article's draft; nothing to remove is fine.
    [[nodiscard]] Result<> remove(const QString &uid) const;
    // Every draft left in the folder, newest first. Files that cannot be read are skipped and
    // named in `unreadable` (they stay on disk).
    [[nodiscard]] Result<QList<Entry>> leftovers(QStringList *unreadable = nullptr) const;

    // Whether `draft` holds anything a save of it over `stored` would change: section,
    // authors, editor, and each locale's title, lead, SEO fields, slug, translator and blocks
    // (workflow state, live times and translation sources are not the draft's to change).
    [[nodiscard]] static bool differs(const Article &draft, const Article &stored);

private:
    [[nodiscard]] Result<QString> fileOf(const QString &uid) const;

    QString m_folder;
};

} // namespace Byline::Interchange
