#include "tests/bench/ArchiveGenerator.h"

#include <QBuffer>

#include "core/interchange/Exporter.h"
#include "core/interchange/Importer.h"
#include "core/translation/Segments.h"
#include "tests/bench/People.h"
#include "tests/bench/Prose.h"
#include "tests/bench/Random.h"
#include "tests/bench/Vocabulary.h"

#include <QFile>
#include <QTimeZone>

#include <algorithm>

namespace Byline::Bench {
namespace {

// The archive covers these years; articles are created in order, evenly spread.
qint64 archiveStart()
{
    return QDateTime(QDate(2019, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

qint64 archiveEnd()
{
    return QDateTime(QDate(2026, 6, 30), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

QDateTime utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc());
}

// Sections the demo newsroom lacks: an archive this size has more than two desks. Their uids
// do not depend on the seed, so archives made with different seeds share them.
struct ExtraSection
{
    const char *slug;
    int weight; // how many articles it gets, relative to the others
    const char *names[3][2]; // ru, en, hy: name, description
};

const ExtraSection extraSections[] = {
    {"news",
     30,
     {{"Новости", "Главное за день: события, решения и их последствия."},
      {"News", "The day's main events, the decisions taken and what follows from them."},
      {"Լուրեր", "Օրվա գլխավորը՝ իրադարձություններ, որոշումներ և դրանց հետևանքները։"}}},
    {"economy",
     15,
     {{"Экономика", "Цены, рынки, бюджеты и работа."},
      {"Economy", "Prices, markets, budgets and jobs."},
      {"Տնտեսություն", "Գներ, շուկաներ, բյուջեներ և աշխատանք։"}}},
    {"science",
     10,
     {{"Наука", "Исследования и люди, которые их ведут."},
      {"Science", "Research and the people who do it."},
      {"Գիտություն", "Հետազոտություններ և դրանք անող մարդիկ։"}}},
    {"culture",
     10,
     {{"Культура", "Театр, книги, музыка и память."},
      {"Culture", "Theatre, books, music and memory."},
      {"Մշակույթ", "Թատրոն, գրքեր, երաժշտություն և հիշողություն։"}}},
    {"society",
     13,
     {{"Общество", "Города, сёла, школы и семьи."},
      {"Society", "Cities, villages, schools and families."},
      {"Հասարակություն", "Քաղաքներ, գյուղեր, դպրոցներ և ընտանիքներ։"}}},
};
constexpr int demoSectionWeight = 11;

// What a block of an article will be, decided once for all its locales.
struct PlannedBlock
{
    BlockType type = BlockType::Paragraph;
    int sentences = 0;
    int quote = -1; // index into the quotes, for quote blocks
    QStringList numbers; // that every translation of a paragraph keeps
    QString link;
};

// What a paragraph says in every locale: how long it is, its numbers and its link.
PlannedBlock paragraphPlan(Random &r)
{
    PlannedBlock b;
    b.sentences = r.range(2, 5);
    const int roll = int(r.below(100));
    const int numbers = roll < 45 ? 0 : roll < 80 ? 1 : 2;
    for (int n = 0; n < numbers; ++n) {
        switch (r.below(3)) {
        case 0:
            b.numbers.append(QString::number(r.range(1991, 2026)));
            break;
        case 1:
            b.numbers.append(QString::number(r.range(2, 950)));
            break;
        default:
            b.numbers.append(QString::number(r.range(1, 99)) + QLatin1Char('%'));
            break;
        }
    }
    if (r.chance(80))
        b.link = QStringLiteral("https://byline-bench.example.org/a/%1").arg(r.below(1000000));
    return b;
}

} // namespace

Result<ArchiveGenerator> ArchiveGenerator::create(int articles, quint64 seed)
{
    if (articles < 0)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The number of articles cannot be negative."));
    ArchiveGenerator generator;
    generator.m_articles = articles;
    generator.m_seed = seed;
    if (auto loaded = generator.loadNewsroom(); !loaded)
        return std::unexpected(loaded.error());
    generator.addSections();
    generator.addExperts();
    return generator;
}

QStringList ArchiveGenerator::localeCodes() const
{
    QStringList codes;
    for (const Locale &l : m_newsroom.locales)
        codes.append(l.code);
    return codes;
}

Result<> ArchiveGenerator::loadNewsroom()
{
    // The demo newsroom ships inside byline_core; parse it as any interchange file.
    QFile file(QStringLiteral(":/byline/demo/newsroom.json"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QStringLiteral("The demo newsroom is missing from this build."));
    auto demo = Interchange::Importer::parse(file.readAll(), {});
    if (!demo)
        return std::unexpected(demo.error());
    m_newsroom.locales = demo->locales;
    m_newsroom.settings = demo->settings;
    m_newsroom.siteStrings = demo->siteStrings;
    m_newsroom.sections = demo->sections;
    m_newsroom.users = demo->users;
    for (const User &u : std::as_const(m_newsroom.users)) {
        if (!u.active)
            continue;
        if (u.role == Role::Journalist)
            m_journalists.append(u.name);
        else if (u.role == Role::Editor)
            m_editors.append(u.name);
        else if (u.role == Role::Translator) {
            for (const QString &locale : u.locales)
                m_translators[locale].append(u.name);
        }
    }
    if (m_journalists.isEmpty() || m_editors.isEmpty() || m_newsroom.locales.isEmpty()) {
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The demo newsroom needs locales, a journalist and an editor."));
    }
    return {};
}

void ArchiveGenerator::addSections()
{
    int position = 0;
    for (const Section &s : std::as_const(m_newsroom.sections)) {
        position = qMax(position, s.position);
        m_sectionWeights.append(demoSectionWeight);
    }
    const QString codes[3] = {QStringLiteral("ru"), QStringLiteral("en"), QStringLiteral("hy")};
    for (const ExtraSection &extra : extraSections) {
        Section s;
        s.slug = QString::fromLatin1(extra.slug);
        Random random(Random::streamSeed(0, extra.slug, 0));
        s.uid = random.uid();
        s.position = ++position;
        for (int l = 0; l < 3; ++l) {
            s.texts.insert(
                codes[l],
                {QString::fromUtf8(extra.names[l][0]), QString::fromUtf8(extra.names[l][1])});
        }
        m_newsroom.sections.append(s);
        m_sectionWeights.append(extra.weight);
    }
    for (qsizetype i = 1; i < m_sectionWeights.size(); ++i)
        m_sectionWeights[i] += m_sectionWeights[i - 1];
}

void ArchiveGenerator::addExperts()
{
    const QStringList codes = localeCodes();
    const int experts = qMax(3, (m_articles + 19) / 20);
    for (int e = 0; e < experts; ++e) {
        Random random(Random::streamSeed(m_seed, "expert", quint64(e)));
        const QString uid = random.uid();
        m_experts.append(People::expert(random, uid));
        const int quotes = 1 + int(random.below(5));
        for (int q = 0; q < quotes; ++q) {
            const quint64 stream = quint64(e) * 8 + quint64(q);
            Random qr(Random::streamSeed(m_seed, "quote", stream));
            Quote quote;
            quote.uid = qr.uid();
            quote.expertUid = uid;
            quote.spokenLocale = People::spokenLocale(qr, m_experts.last());
            if (!codes.contains(quote.spokenLocale))
                quote.spokenLocale = codes.first();
            quote.approved = qr.chance(750);
            const int sentences = qr.range(1, 3);
            const int year = qr.range(2019, 2026);
            quote.contexts = People::quoteContext(qr, year);
            const qsizetype topicBase = qsizetype(qr.below(3000));
            for (qsizetype l = 0; l < codes.size(); ++l) {
                Random text(Random::streamSeed(m_seed, "quote-text", stream * 8 + quint64(l)));
                const Vocabulary &vocabulary = Vocabulary::of(codes.at(l));
                Prose prose(vocabulary, text);
                prose.setTopic({vocabulary.commonCount() / 3 + topicBase,
                                vocabulary.commonCount() + topicBase});
                quote.texts.insert(codes.at(l), prose.sentences(sentences));
            }
            for (auto it = quote.contexts.begin(); it != quote.contexts.end();) {
                it = codes.contains(it.key()) ? std::next(it) : quote.contexts.erase(it);
            }
            Segments::stampQuote(nullptr, quote, true);
            m_quotes.append(quote);
            m_quoteExpert.append(e);
        }
    }
    // The document lists them as an export does: by uid.
    m_newsroom.experts = m_experts;
    std::sort(m_newsroom.experts.begin(), m_newsroom.experts.end(),
              [](const Expert &a, const Expert &b) { return a.uid < b.uid; });
    m_newsroom.quotes = m_quotes;
    std::sort(m_newsroom.quotes.begin(), m_newsroom.quotes.end(),
              [](const Quote &a, const Quote &b) { return a.uid < b.uid; });
}

Article ArchiveGenerator::article(int index) const
{
    // Every draw below is its own statement: argument evaluation order is unspecified in C++,
    // and the archive must not depend on the compiler.
    Random r(Random::streamSeed(m_seed, "article", quint64(index)));
    const QStringList codes = localeCodes();
    Article a;
    a.uid = r.uid();

    const qint64 step = qMax<qint64>(2, (archiveEnd() - archiveStart()) / qMax(1, m_articles));
    qint64 t = archiveStart() + qint64(index) * step + qint64(r.below(quint64(step / 2)));
    a.createdAt = utc(t);

    const int sectionRoll = int(r.below(quint64(m_sectionWeights.last())));
    const auto section
        = std::upper_bound(m_sectionWeights.cbegin(), m_sectionWeights.cend(), sectionRoll);
    a.sectionUid = m_newsroom.sections.at(section - m_sectionWeights.cbegin()).uid;

    const int localeRoll = int(r.below(100));
    const qsizetype sourceIndex = localeRoll < 36 ? 0 : localeRoll < 66 ? 1 : 2;
    a.sourceLocale = codes.at(qMin(sourceIndex, codes.size() - 1));

    a.authors.append(r.pick(m_journalists));
    if (r.chance(250)) {
        const QString second = r.pick(m_journalists);
        if (!a.authors.contains(second))
            a.authors.append(second);
    }

    // Old articles are mostly published; the newest twentieth is the desk's current work.
    using S = WorkflowState;
    const bool recent = index >= m_articles - qMax(1, m_articles / 20);
    const int stateRoll = int(r.below(1000));
    if (!recent) {
        a.state = stateRoll < 930 ? S::Published
            : stateRoll < 960     ? S::Draft
            : stateRoll < 970     ? S::Submitted
            : stateRoll < 980     ? S::Approved
                                  : S::Spiked;
    } else {
        a.state = stateRoll < 300 ? S::Draft
            : stateRoll < 550     ? S::Submitted
            : stateRoll < 700     ? S::Approved
            : stateRoll < 850     ? S::Scheduled
                                  : S::Published;
    }
    if (a.state != S::Draft || r.chance(500))
        a.editor = r.pick(m_editors);

    // The workflow so far, as the audit trail recorded it.
    auto record = [&](const QString &user, const char *action, S from, S to) {
        a.history.append({utc(t), user, QString::fromLatin1(action), workflowStateName(from),
                          workflowStateName(to), QString(), QString()});
    };
    auto advance = [&](int minMinutes, int maxMinutes) {
        t += 60 * qint64(r.range(minMinutes, maxMinutes));
    };
    if (a.state == S::Draft) {
        advance(5, 600);
    } else if (a.state == S::Spiked) {
        advance(60, 2880);
        record(a.editor, "spike", S::Draft, S::Spiked);
    } else {
        advance(60, 1440);
        record(a.authors.first(), "submit", S::Draft, S::Submitted);
        if (a.state != S::Submitted) {
            advance(30, 720);
            record(a.editor, "approve", S::Submitted, S::Approved);
        }
        if (a.state == S::Scheduled) {
            advance(10, 240);
            record(a.editor, "schedule", S::Approved, S::Scheduled);
            const int ahead = r.range(60, 14 * 24 * 60);
            a.scheduledAt = utc(t + 60 * qint64(ahead));
        } else if (a.state == S::Published) {
            advance(0, 360);
            record(a.editor, "publish", S::Approved, S::Published);
            a.publishedAt = utc(t);
            const qint64 readers = qint64(r.below(400));
            const qint64 reach = 1 + qint64(r.below(50));
            a.viewCount = readers * reach + qint64(r.below(100));
        }
    }
    a.updatedAt = utc(t);
    const int saves = a.state == S::Draft ? r.range(0, 5) : r.range(1, 14);
    a.version = 1 + saves;

    // The body's shape, shared by every locale: same blocks, same ids, same quotes.
    const int blockCount = r.range(5, 12);
    QList<PlannedBlock> plan;
    plan.append(paragraphPlan(r));
    int quotesUsed = 0;
    bool pulled = false;
    for (int i = 1; i < blockCount; ++i) {
        const int roll = int(r.below(1000));
        const bool last = i == blockCount - 1;
        PlannedBlock b;
        if (roll < 120 && !last && plan.last().type != BlockType::Heading) {
            b.type = BlockType::Heading;
        } else if (roll < 250 && quotesUsed < 2 && !m_quotes.isEmpty()) {
            b.type = BlockType::Quote;
            b.quote = int(r.below(quint64(m_quotes.size())));
            ++quotesUsed;
        } else if (roll < 310 && !pulled) {
            b.type = BlockType::PullQuote;
            b.sentences = 1;
            pulled = true;
        } else {
            b = paragraphPlan(r);
        }
        plan.append(b);
    }
    // Whom the text mentions: the quoted experts, or one the piece is about.
    QList<int> mentioned;
    for (const PlannedBlock &b : std::as_const(plan)) {
        if (b.quote >= 0 && !mentioned.contains(m_quoteExpert.at(b.quote)))
            mentioned.append(m_quoteExpert.at(b.quote));
    }
    if (mentioned.isEmpty())
        mentioned.append(int(r.below(quint64(m_experts.size()))));
    const qsizetype topicBase = qsizetype(r.below(3300));
    const int leadSentences = r.range(1, 2);
    const bool seo = a.state == S::Published && r.chance(250);

    for (qsizetype l = 0; l < codes.size(); ++l) {
        const QString &locale = codes.at(l);
        Random text(Random::streamSeed(m_seed, "article-text", quint64(index) * 8 + quint64(l)));
        const Vocabulary &vocabulary = Vocabulary::of(locale);
        Prose prose(vocabulary, text);
        QList<qsizetype> topic;
        for (qsizetype k = 0; k < 6; ++k) {
            // Half from the real words' lower ranks, half from the made-up words' upper ones.
            const qsizetype offset = (topicBase + k * 547) % 3300;
            topic.append(k % 2 == 0
                             ? vocabulary.commonCount() / 3
                                 + offset % (vocabulary.commonCount() * 2 / 3)
                             : qMin(vocabulary.size() - 1, vocabulary.commonCount() + offset));
        }
        prose.setTopic(topic);
        QStringList names;
        for (int e : std::as_const(mentioned)) {
            names.append(m_experts.at(e).names.value(locale).name);
            names.append(People::surname(m_experts.at(e), locale));
        }
        prose.setNames(names);

        Translation tr;
        tr.locale = locale;
        tr.title = prose.title();
        tr.lead = prose.sentences(leadSentences, 6);
        if (seo) {
            tr.seoTitle = prose.heading();
            tr.seoDescription = prose.sentences(1);
        }
        tr.slug = Vocabulary::slug(tr.title);
        for (qsizetype k = 0; k < plan.size(); ++k) {
            const PlannedBlock &planned = plan.at(k);
            Block b;
            b.id = QStringLiteral("b%1").arg(k + 1);
            b.type = planned.type;
            switch (planned.type) {
            case BlockType::Paragraph:
                b.text = prose.paragraph(planned.sentences, planned.numbers, planned.link);
                break;
            case BlockType::Heading:
                b.text = prose.heading();
                break;
            case BlockType::PullQuote:
                b.text = prose.sentences(1);
                break;
            case BlockType::Quote:
                b.quoteUid = m_quotes.at(planned.quote).uid;
                break;
            }
            tr.blocks.append(b);
        }

        const bool source = locale == a.sourceLocale;
        if (!source) {
            const QStringList translators = m_translators.value(locale);
            if (!translators.isEmpty())
                tr.translator = r.pick(translators);
        }
        switch (a.state) {
        case S::Published:
            tr.state = TranslationState::Approved;
            // A translation may go live some hours after the source.
            tr.publishedAt = a.publishedAt;
            if (!source && r.chance(150))
                tr.publishedAt = a.publishedAt->addSecs(3600 * qint64(r.range(1, 48)));
            break;
        case S::Approved:
        case S::Scheduled:
            tr.state = TranslationState::Approved;
            break;
        case S::Submitted:
            tr.state = source || r.chance(500) ? TranslationState::ReadyForReview
                                               : TranslationState::InProgress;
            break;
        case S::Draft:
        case S::Spiked:
            tr.state = TranslationState::InProgress;
            break;
        }
        a.translations.append(tr);
    }
    // What each translation was made from, as the store records it on import.
    Segments::stamp(nullptr, a, true);
    return a;
}

Result<qint64> ArchiveGenerator::write(QIODevice &out, int first, int count,
                                       bool withNewsroom) const
{
    Interchange::Document doc;
    if (withNewsroom)
        doc = m_newsroom;
    else
        doc.locales = m_newsroom.locales;
    const int start = qMax(0, first);
    const int end = qMin(m_articles, first + qMax(0, count));
    return Interchange::Exporter::writeDocument(
        out, doc, qMax(0, end - start),
        [&](int i) -> Result<std::optional<Article>> { return article(start + i); });
}

QByteArray ArchiveGenerator::json(int first, int count, bool withNewsroom) const
{
    QByteArray json;
    QBuffer buffer(&json);
    buffer.open(QIODevice::WriteOnly);
    (void)write(buffer, first, count, withNewsroom); // a buffer takes every write
    return json;
}

} // namespace Byline::Bench
