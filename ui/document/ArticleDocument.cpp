#include "ui/document/ArticleDocument.h"

#include "core/interchange/EditJournal.h"
#include "core/storage/SearchText.h"
#include "ui/document/ChangeValue.h"
#include "ui/document/QuoteCatalog.h"

#include <QRegularExpression>
#include <QUndoStack>

namespace Byline {
namespace {

const QString blockPrefix = QStringLiteral("block:");

QString typingText(const QString &key, std::optional<BlockType> type)
{
    if (key == QLatin1String("title"))
        return ArticleDocument::tr("Edit the headline");
    if (key == QLatin1String("lead"))
        return ArticleDocument::tr("Edit the lead");
    if (key == QLatin1String("slug"))
        return ArticleDocument::tr("Edit the slug");
    if (key == QLatin1String("seo_title"))
        return ArticleDocument::tr("Edit the SEO title");
    if (key == QLatin1String("seo_description"))
        return ArticleDocument::tr("Edit the SEO description");
    switch (type.value_or(BlockType::Paragraph)) {
    case BlockType::Heading:
        return ArticleDocument::tr("Edit a heading");
    case BlockType::PullQuote:
        return ArticleDocument::tr("Edit a pull quote");
    case BlockType::Paragraph:
    case BlockType::Quote:
        break;
    }
    return ArticleDocument::tr("Edit a paragraph");
}

QString insertText(BlockType type)
{
    switch (type) {
    case BlockType::Paragraph:
        return ArticleDocument::tr("Add a paragraph");
    case BlockType::Heading:
        return ArticleDocument::tr("Add a heading");
    case BlockType::PullQuote:
        return ArticleDocument::tr("Add a pull quote");
    case BlockType::Quote:
        return ArticleDocument::tr("Insert an expert quote");
    }
    return {};
}

int indexOf(const QList<Block> &blocks, QStringView id)
{
    for (int i = 0; i < blocks.size(); ++i) {
        if (blocks.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace

ArticleDocument::ArticleDocument(const Article &stored, QObject *parent)
    : QObject(parent)
    , m_stored(stored)
    , m_article(stored)
    , m_undo(new QUndoStack(this))
{
    noteBlockIds(stored);
}

ArticleDocument::~ArticleDocument() = default;

bool ArticleDocument::isModified() const
{
    return Interchange::EditJournal::differs(m_article, m_stored);
}

QString ArticleDocument::text(const QString &locale, const QString &key) const
{
    const Translation *t = m_article.translation(locale);
    if (!t)
        return {};
    if (key == QLatin1String("title"))
        return t->title;
    if (key == QLatin1String("lead"))
        return t->lead;
    if (key == QLatin1String("slug"))
        return t->slug;
    if (key == QLatin1String("seo_title"))
        return t->seoTitle;
    if (key == QLatin1String("seo_description"))
        return t->seoDescription;
    if (key.startsWith(blockPrefix)) {
        const int i = indexOf(t->blocks, QStringView(key).mid(blockPrefix.size()));
        return i >= 0 ? t->blocks.at(i).text : QString();
    }
    return {};
}

QList<Block> ArticleDocument::blocks(const QString &locale) const
{
    const Translation *t = m_article.translation(locale);
    return t ? t->blocks : QList<Block>();
}

int ArticleDocument::blockIndex(const QString &locale, const QString &id) const
{
    return indexOf(blocks(locale), id);
}

void ArticleDocument::noteBlockIds(const Article &article)
{
    static const QRegularExpression numbered(QStringLiteral("^b(\\d{1,9})$"));
    for (const Translation &t : article.translations) {
        for (const Block &b : t.blocks) {
            const auto match = numbered.match(b.id);
            if (match.hasMatch())
                m_lastBlockNumber = std::max(m_lastBlockNumber, match.captured(1).toInt());
        }
    }
}

int ArticleDocument::wordCount(const QString &locale, const QuoteCatalog &quotes) const
{
    auto count = [](const QString &text) {
        return int(SearchText::words(SearchText::fold(text)).size());
    };
    int words = count(text(locale, QStringLiteral("title")))
        + count(text(locale, QStringLiteral("lead")));
    for (const Block &b : blocks(locale)) {
        if (b.type != BlockType::Quote)
            words += count(b.text);
        else if (const Quote *q = quotes.quote(b.quoteUid))
            words += count(quotes.words(*q, locale));
    }
    return words;
}

QString ArticleDocument::newBlockId()
{
    noteBlockIds(m_stored);
    noteBlockIds(m_article);
    return QStringLiteral("b%1").arg(++m_lastBlockNumber);
}

void ArticleDocument::setText(const QString &locale, const QString &key, const QString &text)
{
    const Translation *t = m_article.translation(locale);
    if (!t || text == this->text(locale, key))
        return;
    std::optional<BlockType> type;
    bool removeIfEmpty = false;
    if (key.startsWith(blockPrefix)) {
        const QString id = key.mid(blockPrefix.size());
        const int own = indexOf(t->blocks, id);
        const Translation *source = m_article.sourceTranslation();
        const int inSource = source ? indexOf(source->blocks, id) : -1;
        // In a translation, a block of the source without text is simply not translated yet.
        removeIfEmpty = locale != m_article.sourceLocale && inSource >= 0;
        if (own >= 0)
            type = t->blocks.at(own).type;
        else if (inSource >= 0 && removeIfEmpty)
            type = source->blocks.at(inSource).type;
        else
            return; // no such block
        if (type == BlockType::Quote)
            return; // a quote's words live in the quote registry
    }
    m_undo->push(new ChangeValue<QString>(
        typingText(key, type), this->text(locale, key), text,
        [this, locale, key, removeIfEmpty](const QString &value) {
            applyText(locale, key, value, removeIfEmpty);
        },
        UndoCommandId::Typing, locale + QLatin1Char('/') + key));
}

void ArticleDocument::applyText(const QString &locale, const QString &key, const QString &text,
                                bool removeIfEmpty)
{
    Translation *t = m_article.translation(locale);
    if (!t)
        return;
    if (key == QLatin1String("title")) {
        t->title = text;
    } else if (key == QLatin1String("lead")) {
        t->lead = text;
    } else if (key == QLatin1String("slug")) {
        t->slug = text;
    } else if (key == QLatin1String("seo_title")) {
        t->seoTitle = text;
    } else if (key == QLatin1String("seo_description")) {
        t->seoDescription = text;
    } else if (key.startsWith(blockPrefix)) {
        const QString id = key.mid(blockPrefix.size());
        const int i = indexOf(t->blocks, id);
        if (i < 0) {
            const Translation *source = m_article.sourceTranslation();
            const int inSource = source ? indexOf(source->blocks, id) : -1;
            if (text.isEmpty() || inSource < 0)
                return;
            Block block = source->blocks.at(inSource);
            block.text = text;
            const int at = sourceOrderIndex(locale, id);
            m_article.translation(locale)->blocks.insert(at, block);
            Q_EMIT blocksChanged(locale, id);
        } else if (text.isEmpty() && removeIfEmpty) {
            t->blocks.removeAt(i);
            Q_EMIT blocksChanged(locale, id);
        } else {
            t->blocks[i].text = text;
        }
    } else {
        return;
    }
    Q_EMIT textChanged(locale, key);
    Q_EMIT changed();
}

int ArticleDocument::sourceOrderIndex(const QString &locale, const QString &id) const
{
    // Right after the nearest block before it in the source that the translation has.
    const QList<Block> source = blocks(m_article.sourceLocale);
    const QList<Block> own = blocks(locale);
    for (int i = indexOf(source, id) - 1; i >= 0; --i) {
        const int j = indexOf(own, source.at(i).id);
        if (j >= 0)
            return j + 1;
    }
    return 0;
}

QString ArticleDocument::insertBlock(const QString &locale, int index, Block block)
{
    if (!m_article.translation(locale))
        return {};
    if (block.id.isEmpty())
        block.id = newBlockId();
    QList<Block> after = blocks(locale);
    index = std::clamp(index, 0, int(after.size()));
    const QString neighbour
        = index > 0 ? after.at(index - 1).id : (after.isEmpty() ? QString() : after.first().id);
    after.insert(index, block);
    pushBlocks(locale, insertText(block.type), after, neighbour, block.id);
    return block.id;
}

void ArticleDocument::addFromSource(const QString &locale, const QString &id)
{
    const QList<Block> source = blocks(m_article.sourceLocale);
    const int inSource = indexOf(source, id);
    if (locale == m_article.sourceLocale || !m_article.translation(locale) || inSource < 0
        || blockIndex(locale, id) >= 0) {
        return;
    }
    QList<Block> after = blocks(locale);
    const int at = sourceOrderIndex(locale, id);
    after.insert(at, source.at(inSource));
    pushBlocks(locale, insertText(source.at(inSource).type), after,
               at > 0 ? after.at(at - 1).id : QString(), id);
}

void ArticleDocument::removeBlock(const QString &locale, int index)
{
    QList<Block> after = blocks(locale);
    if (index < 0 || index >= after.size())
        return;
    const QString removed = after.at(index).id;
    after.removeAt(index);
    const QString next
        = after.isEmpty() ? QString() : after.at(std::min(index, int(after.size()) - 1)).id;
    pushBlocks(locale, tr("Delete a block"), after, removed, next);
}

void ArticleDocument::moveBlock(const QString &locale, int from, int to)
{
    QList<Block> after = blocks(locale);
    if (from < 0 || from >= after.size() || to < 0 || to >= after.size() || from == to)
        return;
    const QString id = after.at(from).id;
    after.move(from, to);
    pushBlocks(locale, to < from ? tr("Move a block up") : tr("Move a block down"), after, id, id);
}

void ArticleDocument::pushBlocks(const QString &locale, const QString &undoText,
                                 const QList<Block> &after, const QString &focusBefore,
                                 const QString &focusAfter)
{
    m_undo->push(new ChangeValue<BlockList>(
        undoText, BlockList {blocks(locale), focusBefore}, BlockList {after, focusAfter},
        [this, locale](const BlockList &list) { applyBlocks(locale, list); }));
}

void ArticleDocument::applyBlocks(const QString &locale, const BlockList &list)
{
    Translation *t = m_article.translation(locale);
    if (!t)
        return;
    t->blocks = list.blocks;
    Q_EMIT blocksChanged(locale, list.focus);
    Q_EMIT changed();
}

void ArticleDocument::setSection(const QString &uid)
{
    if (uid == m_article.sectionUid)
        return;
    m_undo->push(new ChangeValue<QString>(tr("Change the section"), m_article.sectionUid, uid,
                                          [this](const QString &value) {
                                              m_article.sectionUid = value;
                                              Q_EMIT detailsChanged();
                                              Q_EMIT changed();
                                          }));
}

void ArticleDocument::setAuthors(const QStringList &names)
{
    if (names == m_article.authors)
        return;
    m_undo->push(new ChangeValue<QStringList>(tr("Change the authors"), m_article.authors, names,
                                              [this](const QStringList &value) {
                                                  m_article.authors = value;
                                                  Q_EMIT detailsChanged();
                                                  Q_EMIT changed();
                                              }));
}

void ArticleDocument::setEditor(const QString &name)
{
    if (name == m_article.editor)
        return;
    m_undo->push(new ChangeValue<QString>(tr("Change the editor"), m_article.editor, name,
                                          [this](const QString &value) {
                                              m_article.editor = value;
                                              Q_EMIT detailsChanged();
                                              Q_EMIT changed();
                                          }));
}

void ArticleDocument::setTranslator(const QString &locale, const QString &name)
{
    const Translation *t = m_article.translation(locale);
    if (!t || t->translator == name)
        return;
    m_undo->push(new ChangeValue<QString>(tr("Change the translator"), t->translator, name,
                                          [this, locale](const QString &value) {
                                              if (Translation *x = m_article.translation(locale))
                                                  x->translator = value;
                                              Q_EMIT detailsChanged();
                                              Q_EMIT changed();
                                          }));
}

void ArticleDocument::addTranslation(const QString &locale, const QString &translator)
{
    if (m_article.translation(locale))
        return;
    Translation t;
    t.locale = locale;
    t.translator = translator;
    for (const Block &b : blocks(m_article.sourceLocale)) {
        if (b.type == BlockType::Quote)
            t.blocks.append(b);
    }
    m_undo->push(new ChangeValue<std::optional<Translation>>(
        tr("Add the %1 translation").arg(locale), std::nullopt, t,
        [this, locale](const std::optional<Translation> &value) {
            applyTranslation(locale, value);
        }));
}

void ArticleDocument::applyTranslation(const QString &locale, const std::optional<Translation> &t)
{
    if (t) {
        if (!m_article.translation(locale))
            m_article.translations.append(*t);
    } else {
        m_article.translations.removeIf([&](const Translation &x) { return x.locale == locale; });
    }
    Q_EMIT translationsChanged(locale);
    Q_EMIT changed();
}

void ArticleDocument::markSaved(const Article &saved)
{
    m_stored = saved;
    m_article = saved;
    noteBlockIds(saved);
}

void ArticleDocument::adoptMerged(const Article &saved)
{
    m_stored = saved;
    m_article = saved;
    noteBlockIds(saved);
    Q_EMIT wasReset();
    Q_EMIT changed();
}

void ArticleDocument::rebase(const Article &stored, const QString &onlyLocale)
{
    if (!onlyLocale.isEmpty()) {
        const std::optional<Translation> mine = m_article.translation(onlyLocale)
            ? std::optional<Translation>(*m_article.translation(onlyLocale))
            : std::nullopt;
        m_article.sectionUid = stored.sectionUid;
        m_article.authors = stored.authors;
        m_article.editor = stored.editor;
        m_article.translations = stored.translations;
        if (Translation *t = m_article.translation(onlyLocale); t && mine)
            *t = *mine;
        else if (mine)
            m_article.translations.append(*mine);
        else
            m_article.translations.removeIf(
                [&](const Translation &x) { return x.locale == onlyLocale; });
    }
    m_stored = stored;
    noteBlockIds(stored);
    // Everything that is not the working copy's to change follows the store.
    m_article.version = stored.version;
    m_article.state = stored.state;
    m_article.createdAt = stored.createdAt;
    m_article.updatedAt = stored.updatedAt;
    m_article.scheduledAt = stored.scheduledAt;
    m_article.publishedAt = stored.publishedAt;
    m_article.viewCount = stored.viewCount;
    m_article.publishedLateSeconds = stored.publishedLateSeconds;
    for (Translation &t : m_article.translations) {
        if (const Translation *s = stored.translation(t.locale)) {
            t.state = s->state;
            t.publishedAt = s->publishedAt;
        }
    }
}

void ArticleDocument::reset(const Article &stored, const std::optional<Article> &working)
{
    m_undo->clear();
    m_stored = stored;
    noteBlockIds(stored);
    if (working) {
        // A draft keeps its text and the version it was based on: if the store moved on since,
        // saving it is a conflict the person resolves, never a silent overwrite.
        m_article = *working;
        noteBlockIds(*working);
        m_article.state = stored.state;
        m_article.createdAt = stored.createdAt;
        m_article.updatedAt = stored.updatedAt;
        m_article.scheduledAt = stored.scheduledAt;
        m_article.publishedAt = stored.publishedAt;
    } else {
        m_article = stored;
    }
    Q_EMIT wasReset();
    Q_EMIT changed();
}

} // namespace Byline
