#include "tests/bench/Vocabulary.h"

#include "tests/bench/Random.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Byline::Bench {
namespace {

// Common words, most frequent first (roughly: function words, then the words of news).
// Written for this benchmark; inflected forms are kept as separate words, as a tokenizer sees
// them.
const char *const russianWords = R"(
и в не на что с по это как а он она они к у из за мы о то но от все её бы для до его так же
ещё уже был была были будет может только если когда или их этот эта эти этого этом там где
кто который которые которая которого году года лет год время раз всё более очень можно
нужно надо при после ни чтобы также нет человек люди страны страна город города власти
правительство президент министр министерство закон закона вода воды реки река озеро горы
снег лёд ледники урожай земля цены цен рост роста экономика экономики бюджет налоги рубль
драм доллар работы работа компании компания рынок рынка банк банка кредит инфляция зарплата
пенсии школа школы учителя студенты университет наука учёные исследование данные данных
процент процентов миллион миллиона миллиарда тысяч сегодня вчера завтра теперь сейчас
потом тогда здесь поэтому однако хотя потому всегда никогда иногда часто почти около против
между через под над перед без вместе кроме сказал сказала заявил заявила отметил отметила
считает говорит говорят пишет объяснил рассказал рассказала добавил ответил сообщил
сообщили признал полагает новый новая новые новых старый большой большая большие малый
главный главная важный важно последний первый первая второй третий другой другие каждый
весь вся всех своих свой своё своей наш наши сам сама сами день дня дней неделю месяц месяца
весной летом осенью зимой утром вечером ночью регион региона области район района село
деревня улица дом дома квартиры транспорт дороги дорога мост граница границы соседи мира
война мир переговоры соглашение договор выборы партия партии парламент депутаты суд суда
полиция права право общество общества семья семьи дети детей женщины мужчины молодёжь
пожилые здоровье больница врачи лекарства культура театр музей книга книги фильм музыка
язык языка история истории память будущее прошлое проблема проблемы вопрос вопросы ответ
решение решения план планы проект проекта программа развитие изменения климат климата
засуха жара погода дожди энергия газ электричество нефть свет тепло воздух природа лес леса
животные туристы туризм гостиница торговля экспорт импорт товары продукты хлеб мясо вино
фрукты абрикосы виноград поля фермеры полив орошение водохранилище каналы насосы трубы сети
интернет связь телефон новости журналист журналисты редакция интервью эксперт эксперты
мнение оценка прогноз риск риски угроза помощь поддержка средства деньги расходы доходы долг
инвестиции строительство ремонт жильё объём счёт отчёт учёт нём своём причём зачем должен
должна должны могут можем хотят хочет знает знают видно понятно ясно известно трудно легко
быстро медленно сильно слабо вновь снова пока лишь даже именно просто вообще например
наконец впрочем итак значит Ереван Ереване Москва Армения Армении России Грузии Севан
Гюмри Кавказ Кавказа Европы Азии
)";

const char *const englishWords = R"(
the of and to a in is that for it was on with as he be at by this had not are but from or
have an they which one you were her all she there would their we him been has when who will
more no if out so said what up its about into than them can only other new some could time
these two may then do first any my now such like our over man me even most made after also
did many before must through back years where much your way well down should because each
just those people how too little state good very make world still own see men work long get
here between both life being under never day same another know while last might us great
old year off come since against go came right used take three government minister ministry
president parliament election elections vote voters party law court police city country
region village water river lake mountain mountains snow ice glacier glaciers rain drought
heat climate weather energy gas oil electricity power prices price growth economy budget
taxes inflation bank banks loan market markets trade exports imports goods farmers harvest
fields irrigation reservoir pipes school schools teachers students university science
scientists research data percent million billion thousand today yesterday tomorrow week
month spring summer autumn winter morning evening health hospital doctors medicine culture
theatre museum book books film music language history memory future past problem problems
question answer decision plan project programme development change changes support help money
costs income debt investment construction repairs housing roads road bridge railway border
neighbours war peace talks agreement treaty society family families children women young
older public private local national international regional official officials expert experts
opinion forecast risk risks threat according report reports survey study studies told says
say added explained noted believes warned agreed announced reported suggests important main
major small large recent latest next several few whole every early late high low higher lower
already however although therefore perhaps almost around across within without during toward
among per rather quite often always sometimes again yet once together instead Yerevan Armenia
Russia Georgia Sevan Gyumri Caucasus Europe Asia
)";

const char *const armenianWords = R"(
և է որ են ի այդ այս մի նա չի էր էին համար հետ մասին վրա մեջ նաև բայց եթե երբ ինչ ինչպես
որը որոնք ով ուր արդեն դեռ միայն շատ քիչ բոլոր ամեն մենք նրանք ես դու դուք իր իրենց մեր
մեզ նրա նրանց այն այնտեղ այստեղ հիմա այսօր երեկ վաղը հետո առաջ միշտ երբեք հաճախ երբեմն
կրկին նորից գրեթե մոտ դեմ միջև միջոցով տակ առանց միասին բացի ըստ ուստի սակայն թեև քանի
կարող պետք ասել ասաց ասում հայտնեց նշեց հավելեց պատմեց պատասխանեց կարծում հայտարարեց
բացատրեց ընդունեց գտնում տարի տարվա տարում տարիներ օր օրը օրեր շաբաթ ամիս ամսին ժամ րոպե
գարնանը ամռանը աշնանը ձմռանը առավոտյան երեկոյան գիշերը մարդ մարդիկ կին կանայք տղամարդ
երեխա երեխաներ ընտանիք ընտանիքներ երիտասարդներ տարեցներ երկիր երկրի երկրներ քաղաք քաղաքի
քաղաքներ գյուղ գյուղեր մարզ մարզի շրջան փողոց տուն տներ բնակարան կառավարություն
կառավարության վարչապետ նախագահ նախարար նախարարություն խորհրդարան պատգամավորներ
կուսակցություն ընտրություններ օրենք օրենքի դատարան ոստիկանություն իրավունք իրավունքներ
հասարակություն պատերազմ խաղաղություն բանակցություններ համաձայնագիր պայմանագիր սահման
սահմանի հարևաններ ջուր ջրի գետ գետի լիճ լճի լեռներ ձյուն սառույց սառցադաշտ սառցադաշտեր
անձրև երաշտ շոգ կլիմա կլիմայի եղանակ էներգիա գազ նավթ էլեկտրականություն լույս ջերմություն
օդ բնություն անտառ անտառներ կենդանիներ զբոսաշրջիկներ զբոսաշրջություն հյուրանոց շուկա
առևտուր արտահանում ներմուծում ապրանքներ մթերքներ հաց միս գինի միրգ ծիրան խաղող դաշտեր
ֆերմերներ ոռոգում ջրամբար ջրանցքներ խողովակներ բերք հող գներ գնաճ աճ տնտեսություն
տնտեսության բյուջե հարկեր դրամ դոլար աշխատանք աշխատավարձ թոշակներ ընկերություն
ընկերություններ բանկ վարկ ներդրումներ շինարարություն նորոգում ճանապարհ ճանապարհներ կամուրջ
երկաթուղի տրանսպորտ դպրոց դպրոցներ ուսուցիչներ ուսանողներ համալսարան գիտություն
գիտնականներ հետազոտություն տվյալներ տոկոս միլիոն միլիարդ հազար թիվ առողջություն
հիվանդանոց բժիշկներ դեղեր մշակույթ թատրոն թանգարան գիրք գրքեր ֆիլմ երաժշտություն լեզու
լեզվի պատմություն հիշողություն ապագա անցյալ խնդիր խնդիրներ հարց հարցեր պատասխան որոշում
որոշումներ ծրագիր նախագիծ զարգացում փոփոխություն փոփոխություններ աջակցություն օգնություն
միջոցներ գումար ծախսեր եկամուտներ պարտք լրատվություն լրագրող լրագրողներ խմբագրություն
հարցազրույց փորձագետ փորձագետներ կարծիք գնահատական կանխատեսում ռիսկ ռիսկեր սպառնալիք նոր
հին մեծ փոքր լավ վատ կարևոր հիմնական գլխավոր վերջին առաջին երկրորդ երրորդ ուրիշ այլ
յուրաքանչյուր ամբողջ պետական միջազգային տեղական տարածաշրջանային հասարակական քաղաքական
տնտեսական սոցիալական բնապահպանական արագ դանդաղ ուժեղ թույլ դժվար հեշտ պարզ հայտնի
անհրաժեշտ հնարավոր արևմուտք արևելք արև սև տերև ձև ձևաչափ տևողություն ուղևոր ուղևորություն
հետևանք հետևանքներ միևնույն նախևառաջ ևս էլ դա սա մյուս մեկ երկու երեք չորս հինգ տասը
Երևան Երևանի Հայաստան Հայաստանի Ռուսաստան Վրաստան Սևան Սևանա Գյումրի Կովկաս Եվրոպա Ասիա
)";

// Syllables of the made-up words, per language: onsets, vowels (inside a word and at its
// start), codas and endings. Repeated entries are more likely.
struct Phonology
{
    QStringList onsets;
    QStringList vowels;
    QStringList initialVowels;
    QStringList codas;
    QStringList endings;
    QString rareVowel; // "ё" or "և": in a few percent of words
};

QStringList split(const char *text)
{
    return QString::fromUtf8(text).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

Phonology phonologyOf(QStringView locale)
{
    if (locale == u"ru") {
        return {split("б в г д ж з к л м н п р с т ф х ц ч ш б в д к л м н п р с т в к л м н п р "
                      "с т бр гр др кр пр тр ст сп ск сл зв пл мн св"),
                split("а о е и у а о е и у а о е и я ю ы"),
                split("а о и у э"),
                split("н р л с т м в к й"),
                split("ость ание ение ский ская ный ная ного ов ова ка ник ство ать ить ует ями "
                      "ах ей ой ость ение ный"),
                QString::fromUtf8("ё")};
    }
    if (locale == u"hy") {
        return {split("բ գ դ զ թ ժ լ խ ծ կ հ ձ ղ ճ մ յ ն շ չ պ ջ ռ ս վ տ ր ց փ ք ֆ բ գ դ կ հ մ ն "
                      "պ ս վ տ ր սպ ստ սկ"),
                split("ա ե ի ո ու ը ա ա ե ի ո"),
                split("ա ի ո ու է օ"),
                split("ն ր լ ս տ մ կ ղ րդ նգ շտ"),
                split("ություն ական ային ներ ում ել ացում ագետ անոց ություններ յան ից ով ին "
                      "ություն ական"),
                QString::fromUtf8("և")};
    }
    return {split("b c d f g h l m n p r s t v w b c d l m n p r s t br cr dr fr gr pr tr bl cl "
                  "fl pl st sh ch th"),
            split("a e i o u a e i o u a e i o ai ea ee oo ou"),
            split("a e i o u"),
            split("n r l s t m nd nt st ck ng"),
            split("tion ment ness ity al ive ous er ing ed ism ist able ure ance"),
            QString()};
}

// Russian spelling: no я, ю or ы after ж, ш, ч, щ or ц.
bool spellable(QStringView locale, const QString &onset, const QString &vowel)
{
    if (locale != u"ru" || onset.isEmpty())
        return true;
    static const QString hushing = QString::fromUtf8("жшчщц");
    static const QString soft = QString::fromUtf8("яюы");
    return !(hushing.contains(onset.back()) && soft.contains(vowel));
}

} // namespace

Vocabulary::Vocabulary(QString locale, const char *commonWords, qsizetype tailWords)
    : m_locale(std::move(locale))
{
    QSet<QString> seen;
    for (const QString &w : split(commonWords)) {
        const QString word = w.trimmed();
        if (!word.isEmpty() && !seen.contains(word)) {
            seen.insert(word);
            m_words.append(word);
        }
    }
    m_common = m_words.size();
    addTail(tailWords);

    // Integer weights keep the draws identical on every machine (no pow, no rounding modes).
    constexpr quint64 scale = 1ULL << 40;
    quint64 total = 0;
    for (qsizetype r = 0; r < m_common; ++r) {
        total += scale / quint64(r + 2);
        m_commonWeights.append(total);
    }
    total = 0;
    for (qsizetype r = m_common; r < m_words.size(); ++r) {
        total += scale / quint64(r + 2);
        m_tailWeights.append(total);
    }
}

void Vocabulary::addTail(qsizetype count)
{
    const Phonology ph = phonologyOf(m_locale);
    QSet<QString> seen(m_words.cbegin(), m_words.cend());
    // The made-up words are part of the language, not of one archive: a fixed seed.
    Random random(
        Random::streamSeed(0x6279'6c69'6e65ULL, "vocabulary", quint64(m_locale.at(0).unicode())));
    while (m_words.size() < m_common + count) {
        QString word;
        const int roll = int(random.below(100));
        const int syllables = roll < 20 ? 1 : roll < 75 ? 2 : 3;
        for (int s = 0; s < syllables; ++s) {
            QString onset;
            if (s > 0 || random.chance(850))
                onset = random.pick(ph.onsets);
            QString vowel
                = onset.isEmpty() ? random.pick(ph.initialVowels) : random.pick(ph.vowels);
            if (!ph.rareVowel.isEmpty() && random.chance(12))
                vowel = ph.rareVowel;
            if (!spellable(m_locale, onset, vowel))
                vowel = ph.vowels.first();
            word += onset + vowel;
            if (random.chance(300))
                word += random.pick(ph.codas);
        }
        if (random.chance(450))
            word += random.pick(ph.endings);
        if (word.size() < 3 || seen.contains(word))
            continue;
        seen.insert(word);
        m_words.append(word);
    }
}

const Vocabulary &Vocabulary::of(QStringView locale)
{
    static const Vocabulary russian(QStringLiteral("ru"), russianWords, 60000);
    static const Vocabulary armenian(QStringLiteral("hy"), armenianWords, 60000);
    static const Vocabulary english(QStringLiteral("en"), englishWords, 60000);
    if (locale == u"ru")
        return russian;
    if (locale == u"hy")
        return armenian;
    return english;
}

qsizetype Vocabulary::zipfRank(Random &random) const
{
    const bool common = random.chance(650);
    const QList<quint64> &weights = common ? m_commonWeights : m_tailWeights;
    const quint64 u = random.below(weights.last());
    const auto it = std::upper_bound(weights.cbegin(), weights.cend(), u);
    const qsizetype index = qsizetype(it - weights.cbegin());
    return common ? index : m_common + index;
}

QString Vocabulary::capitalized(const QString &word) const
{
    if (word.isEmpty())
        return word;
    if (word.at(0) == QChar(0x0587)) // "և": its capital form is two letters
        return QString::fromUtf8("Եվ") + word.mid(1);
    return word.at(0).toUpper() + word.mid(1);
}

QString Vocabulary::fullStop() const
{
    return m_locale == u"hy" ? QString(QChar(0x0589)) : QStringLiteral(".");
}

QString Vocabulary::slug(const QString &text, qsizetype maxLength)
{
    static const QHash<QChar, QString> latin = [] {
        QHash<QChar, QString> map;
        const QStringList pairs = split(
            "а=a б=b в=v г=g д=d е=e ё=yo ж=zh з=z и=i й=y к=k л=l м=m н=n о=o п=p р=r с=s т=t "
            "у=u ф=f х=kh ц=ts ч=ch ш=sh щ=shch ъ= ы=y ь= э=e ю=yu я=ya "
            "ա=a բ=b գ=g դ=d ե=e զ=z է=e ը=y թ=t ժ=zh ի=i լ=l խ=kh ծ=ts կ=k հ=h ձ=dz ղ=gh ճ=ch "
            "մ=m յ=y ն=n շ=sh ո=o չ=ch պ=p ջ=j ռ=r ս=s վ=v տ=t ր=r ց=ts ւ=v փ=p ք=k օ=o ֆ=f "
            "և=yev");
        for (const QString &pair : pairs)
            map.insert(pair.at(0), pair.mid(2));
        return map;
    }();
    QString out;
    const QString lower = text.toLower();
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const QChar c = lower.at(i);
        if (c == QChar(0x0578) && i + 1 < lower.size() && lower.at(i + 1) == QChar(0x0582)) {
            out += QLatin1Char('u'); // "ու"
            ++i;
        } else if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            out += c;
        } else if (const auto it = latin.constFind(c); it != latin.cend()) {
            out += *it;
        } else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-'))) {
            out += QLatin1Char('-');
        }
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    if (out.size() > maxLength) {
        out.truncate(maxLength);
        const qsizetype cut = out.lastIndexOf(QLatin1Char('-'));
        if (cut > 0)
            out.truncate(cut);
    }
    return out;
}

} // namespace Byline::Bench
