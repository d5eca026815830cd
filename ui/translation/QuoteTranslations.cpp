#include "ui/translation/QuoteTranslations.h"

#include "core/services/QuoteService.h"
#include "core/translation/Segments.h"
#include "ui/document/ArticleDocument.h"
#include "ui/document/ArticleSession.h"
#include "ui/translation/SegmentRow.h"

namespace Byline {

QuoteTranslations::QuoteTranslations(Storage::Database &db, ArticleSession &session)
    : m_db(db)
    , m_session(session)
{
}

void QuoteTranslations::setLocale(const QString &locale, const QString &label)
{
    m_locale = locale;
    m_label = label;
    m_base.clear();
    m_why.clear();
    m_notice.clear();
}

QString QuoteTranslations::quoteUidOf(const QString &key) const
{
    const ArticleDocument *document = m_session.document();
    const Translation *source = document ? document->article().sourceTranslation() : nullptr;
    const QString blockId = Segments::blockIdOf(key);
    if (!source || blockId.isEmpty())
        return {};
    const int at = document->blockIndex(source->locale, blockId);
    return at >= 0 ? source->blocks.at(at).quoteUid : QString();
}

bool QuoteTranslations::isModified(const SegmentRow *row) const
{
    return row->isQuote() && row->translation() != m_base.value(row->key());
}

QString QuoteTranslations::storedWords(const QString &key) const
{
    return m_base.value(key);
}

QString QuoteTranslations::said(const SegmentRow *row) const
{
    const Quote *quote = m_session.quotes().quote(quoteUidOf(row->key()));
    return quote ? quote->texts.value(quote->spokenLocale) : QString();
}

void QuoteTranslations::refreshRow(SegmentRow *r)
{
    // An expert quote: its words as said, and their translation in the registry.
    const QString quoteUid = quoteUidOf(r->key());
    const Quote *quote = m_session.quotes().quote(quoteUid);
    if (!quote) {
        r->setSource(tr("(the quote %1 is not in the registry)").arg(quoteUid));
        m_base.insert(r->key(), QString());
        r->setTranslation({});
        r->setState(SegmentRow::State::Missing);
        r->setNote({});
        return;
    }
    const QString said = quote->texts.value(quote->spokenLocale);
    const QString attribution
        = m_session.quotes().attribution(quote->expertUid, quote->spokenLocale);
    auto withAttribution = [&](const QString &words) {
        return attribution.isEmpty() || words.isEmpty()
            ? words
            : tr("%1\n\u2014 %2").arg(words, attribution);
    };
    if (quote->spokenLocale == m_locale) {
        r->setSource(withAttribution(said));
        m_base.insert(r->key(), said);
        r->setTranslation(said);
        r->setState(SegmentRow::State::Done);
        r->setNote(tr("Said in %1: nothing to translate.").arg(m_label));
        return;
    }
    const QString words = quote->texts.value(m_locale);
    const bool stale = Segments::quoteStale(*quote, m_locale);
    // A stale translation shows the original it was made from beside the original now.
    r->setSource(withAttribution(said),
                 stale ? withAttribution(quote->sources.value(m_locale)) : QString());
    if (!isModified(r)) {
        m_base.insert(r->key(), words);
        r->setTranslation(words);
    }
    if (isModified(r))
        r->setState(SegmentRow::State::InProgress);
    else
        r->setState(words.trimmed().isEmpty() ? SegmentRow::State::Missing
                        : stale               ? SegmentRow::State::Stale
                                              : SegmentRow::State::Done);
    const QString why = m_why.value(quoteUid);
    if (why.isEmpty()) {
        r->setNote(tr("Shared: saving (Ctrl+Enter) changes this quote in every article that "
                      "quotes it."));
    } else {
        r->setNote(tr("Read only here: a quote's translations belong to the quote registry, "
                      "shared by every article that quotes it.")
                   + QLatin1Char('\n') + why);
    }
}

bool QuoteTranslations::updateRights(const QList<SegmentRow *> &rows)
{
    // Each quote asks QuoteService: its words are shared with other articles.
    m_why.clear();
    bool anyQuote = false;
    for (SegmentRow *r : rows) {
        if (!r->isQuote())
            continue;
        const QString quoteUid = quoteUidOf(r->key());
        if (!m_why.contains(quoteUid)) {
            QString why;
            const Quote *quote = m_session.quotes().quote(quoteUid);
            const std::optional<User> &user = m_session.user();
            if (!quote)
                why = tr("The quote is not in the registry.");
            else if (quote->spokenLocale == m_locale)
                why = tr("Said in %1: nothing to translate.").arg(m_label);
            else if (!user)
                why = tr("Choose who you are on the desk to translate.");
            else if (auto may = QuoteService(m_db).mayTranslate(quoteUid, m_locale, user->name);
                     !may)
                why = may.error().message;
            m_why.insert(quoteUid, why);
        }
        r->setReadOnly(!m_why.value(quoteUid).isEmpty());
        anyQuote = anyQuote || !r->isReadOnly();
    }
    return anyQuote;
}

bool QuoteTranslations::save(SegmentRow *r, const QList<SegmentRow *> &rows, bool confirmStale,
                             QString *saved)
{
    m_notice.clear();
    const QString quoteUid = quoteUidOf(r->key());
    const Quote *quote = m_session.quotes().quote(quoteUid);
    if (!quote || quote->spokenLocale == m_locale)
        return quote != nullptr; // nothing to translate (or nothing to save it in)
    if (r->isReadOnly() || !m_session.user()) {
        m_notice = tr("Read only: %1").arg(m_why.value(quoteUid));
        return false;
    }
    const bool modified = isModified(r);
    const bool stale = Segments::quoteStale(*quote, m_locale);
    if (!modified && !(confirmStale && stale))
        return true;
    if (r->translation().trimmed().isEmpty()) {
        m_notice = tr("Type the translation first (Ctrl+Shift+C copies the source to start "
                      "from).");
        return false;
    }
    const QString user = m_session.user()->name;
    QuoteService service(m_db);
    Result<Quote> done = modified ? service.saveTranslation(quoteUid, m_locale, r->translation(),
                                                            user, m_base.value(r->key()))
                                  : Result<Quote>(*quote);
    // Words kept as they were still claim the old original: Ctrl+Enter says they hold.
    if (done && confirmStale && Segments::quoteStale(*done, m_locale))
        done = service.confirmTranslation(quoteUid, m_locale, user);
    if (!done) {
        // What was typed stays in the field.
        m_notice = tr("The quote was not saved: %1").arg(done.error().message);
        if (done.error().code == ErrorCode::Conflict) {
            // Their words are the base now: saving again replaces them knowingly.
            m_base.insert(r->key(), done.error().detail);
            m_notice
                += QLatin1Char(' ') + tr("Their words: \u201c%1\u201d").arg(done.error().detail);
        }
        return false;
    }
    m_session.reloadQuotes();
    // Every row of this quote shows the stored words now.
    for (SegmentRow *each : rows) {
        if (each->isQuote() && quoteUidOf(each->key()) == quoteUid)
            m_base.insert(each->key(), done->texts.value(m_locale));
        if (each != r && each->isQuote() && quoteUidOf(each->key()) == quoteUid)
            each->setTranslation(done->texts.value(m_locale));
    }
    if (saved)
        *saved = quoteUid;
    return true;
}

} // namespace Byline
