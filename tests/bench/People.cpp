#include "tests/bench/People.h"

#include "tests/bench/Random.h"

#include <iterator>

namespace Byline::Bench::People {
namespace {

// One word or phrase in the three scripts.
struct Spelling
{
    const char *ru;
    const char *en;
    const char *hy;
};

QString in(const Spelling &s, QStringView locale)
{
    return QString::fromUtf8(locale == u"ru" ? s.ru : locale == u"hy" ? s.hy : s.en);
}

enum Tradition { Armenian, Russian, Western, Kazakh, Georgian, Iranian, Japanese, Traditions };

struct FirstName
{
    Tradition tradition;
    bool female;
    Spelling name;
};

struct Surname
{
    Tradition tradition;
    Spelling male;
    Spelling female; // ru == nullptr: the same for everyone
};

const FirstName firstNames[] = {
    {Armenian, false, {"Армен", "Armen", "Արմեն"}},
    {Armenian, false, {"Арам", "Aram", "Արամ"}},
    {Armenian, false, {"Тигран", "Tigran", "Տիգրան"}},
    {Armenian, false, {"Нарек", "Narek", "Նարեկ"}},
    {Armenian, false, {"Давид", "Davit", "Դավիթ"}},
    {Armenian, false, {"Левон", "Levon", "Լևոն"}},
    {Armenian, false, {"Карен", "Karen", "Կարեն"}},
    {Armenian, false, {"Ованес", "Hovhannes", "Հովհաննես"}},
    {Armenian, false, {"Вардан", "Vardan", "Վարդան"}},
    {Armenian, false, {"Рубен", "Ruben", "Ռուբեն"}},
    {Armenian, false, {"Геворг", "Gevorg", "Գևորգ"}},
    {Armenian, false, {"Самвел", "Samvel", "Սամվել"}},
    {Armenian, true, {"Анна", "Anna", "Աննա"}},
    {Armenian, true, {"Ани", "Ani", "Անի"}},
    {Armenian, true, {"Лилит", "Lilit", "Լիլիթ"}},
    {Armenian, true, {"Гаянэ", "Gayane", "Գայանե"}},
    {Armenian, true, {"Мариам", "Mariam", "Մարիամ"}},
    {Armenian, true, {"Асмик", "Hasmik", "Հասմիկ"}},
    {Armenian, true, {"Сирануш", "Siranush", "Սիրանուշ"}},
    {Armenian, true, {"Нунэ", "Nune", "Նունե"}},
    {Armenian, true, {"Астхик", "Astghik", "Աստղիկ"}},
    {Armenian, true, {"Нарине", "Narine", "Նարինե"}},
    {Armenian, true, {"Аревик", "Arevik", "Արևիկ"}},
    {Armenian, true, {"Сюзанна", "Syuzanna", "Սյուզաննա"}},
    {Russian, false, {"Сергей", "Sergey", "Սերգեյ"}},
    {Russian, false, {"Дмитрий", "Dmitry", "Դմիտրի"}},
    {Russian, false, {"Павел", "Pavel", "Պավել"}},
    {Russian, false, {"Алексей", "Alexei", "Ալեքսեյ"}},
    {Russian, false, {"Михаил", "Mikhail", "Միխայիլ"}},
    {Russian, false, {"Андрей", "Andrei", "Անդրեյ"}},
    {Russian, false, {"Фёдор", "Fyodor", "Ֆյոդոր"}},
    {Russian, false, {"Артём", "Artyom", "Արտյոմ"}},
    {Russian, false, {"Пётр", "Pyotr", "Պյոտր"}},
    {Russian, false, {"Иван", "Ivan", "Իվան"}},
    {Russian, true, {"Елена", "Elena", "Ելենա"}},
    {Russian, true, {"Ольга", "Olga", "Օլգա"}},
    {Russian, true, {"Наталья", "Natalia", "Նատալյա"}},
    {Russian, true, {"Ирина", "Irina", "Իրինա"}},
    {Russian, true, {"Екатерина", "Yekaterina", "Եկատերինա"}},
    {Russian, true, {"Светлана", "Svetlana", "Սվետլանա"}},
    {Russian, true, {"Татьяна", "Tatiana", "Տատյանա"}},
    {Russian, true, {"Алёна", "Alyona", "Ալյոնա"}},
    {Russian, true, {"Мария", "Maria", "Մարիա"}},
    {Western, false, {"Джон", "John", "Ջոն"}},
    {Western, false, {"Майкл", "Michael", "Մայքլ"}},
    {Western, false, {"Дэвид", "David", "Դեյվիդ"}},
    {Western, false, {"Томас", "Thomas", "Թոմաս"}},
    {Western, false, {"Пьер", "Pierre", "Պիեռ"}},
    {Western, false, {"Ханс", "Hans", "Հանս"}},
    {Western, false, {"Марко", "Marco", "Մարկո"}},
    {Western, false, {"Джеймс", "James", "Ջեյմս"}},
    {Western, true, {"Сара", "Sarah", "Սառա"}},
    {Western, true, {"Эмили", "Emily", "Էմիլի"}},
    {Western, true, {"Клэр", "Claire", "Քլեր"}},
    {Western, true, {"Лора", "Laura", "Լորա"}},
    {Western, true, {"Мари", "Marie", "Մարի"}},
    {Western, true, {"Джулия", "Giulia", "Ջուլիա"}},
    {Western, true, {"Ханна", "Hannah", "Հաննա"}},
    {Kazakh, false, {"Ерлан", "Yerlan", "Երլան"}},
    {Kazakh, false, {"Нурлан", "Nurlan", "Նուրլան"}},
    {Kazakh, true, {"Айгерим", "Aigerim", "Այգերիմ"}},
    {Kazakh, true, {"Дана", "Dana", "Դանա"}},
    {Georgian, false, {"Георгий", "Giorgi", "Գեորգի"}},
    {Georgian, false, {"Леван", "Levan", "Լևան"}},
    {Georgian, true, {"Нино", "Nino", "Նինո"}},
    {Georgian, true, {"Тамар", "Tamar", "Թամար"}},
    {Iranian, false, {"Реза", "Reza", "Ռեզա"}},
    {Iranian, false, {"Али", "Ali", "Ալի"}},
    {Iranian, true, {"Марьям", "Maryam", "Մարյամ"}},
    {Iranian, true, {"Ширин", "Shirin", "Շիրին"}},
    {Japanese, false, {"Кэндзи", "Kenji", "Քենջի"}},
    {Japanese, false, {"Хироси", "Hiroshi", "Հիրոսի"}},
    {Japanese, true, {"Юки", "Yuki", "Յուկի"}},
    {Japanese, true, {"Айко", "Aiko", "Այկո"}},
};

const Surname surnames[] = {
    {Armenian, {"Петросян", "Petrosyan", "Պետրոսյան"}, {}},
    {Armenian, {"Акопян", "Hakobyan", "Հակոբյան"}, {}},
    {Armenian, {"Григорян", "Grigoryan", "Գրիգորյան"}, {}},
    {Armenian, {"Арутюнян", "Harutyunyan", "Հարությունյան"}, {}},
    {Armenian, {"Саргсян", "Sargsyan", "Սարգսյան"}, {}},
    {Armenian, {"Мкртчян", "Mkrtchyan", "Մկրտչյան"}, {}},
    {Armenian, {"Аветисян", "Avetisyan", "Ավետիսյան"}, {}},
    {Armenian, {"Карапетян", "Karapetyan", "Կարապետյան"}, {}},
    {Armenian, {"Хачатрян", "Khachatryan", "Խաչատրյան"}, {}},
    {Armenian, {"Варданян", "Vardanyan", "Վարդանյան"}, {}},
    {Armenian, {"Бабаян", "Babayan", "Բաբայան"}, {}},
    {Armenian, {"Геворгян", "Gevorgyan", "Գևորգյան"}, {}},
    {Armenian, {"Погосян", "Poghosyan", "Պողոսյան"}, {}},
    {Armenian, {"Оганесян", "Hovhannisyan", "Հովհաննիսյան"}, {}},
    {Armenian, {"Мартиросян", "Martirosyan", "Մարտիրոսյան"}, {}},
    {Armenian, {"Казарян", "Ghazaryan", "Ղազարյան"}, {}},
    {Armenian, {"Манукян", "Manukyan", "Մանուկյան"}, {}},
    {Armenian, {"Симонян", "Simonyan", "Սիմոնյան"}, {}},
    {Armenian, {"Закарян", "Zakaryan", "Զաքարյան"}, {}},
    {Armenian, {"Асатрян", "Asatryan", "Ասատրյան"}, {}},
    {Armenian, {"Егиазарян", "Yeghiazaryan", "Եղիազարյան"}, {}},
    {Armenian, {"Меликян", "Melikyan", "Մելիքյան"}, {}},
    {Russian, {"Иванов", "Ivanov", "Իվանով"}, {"Иванова", "Ivanova", "Իվանովա"}},
    {Russian, {"Кузнецов", "Kuznetsov", "Կուզնեցով"}, {"Кузнецова", "Kuznetsova", "Կուզնեցովա"}},
    {Russian, {"Волков", "Volkov", "Վոլկով"}, {"Волкова", "Volkova", "Վոլկովա"}},
    {Russian, {"Соколов", "Sokolov", "Սոկոլով"}, {"Соколова", "Sokolova", "Սոկոլովա"}},
    {Russian, {"Лебедев", "Lebedev", "Լեբեդև"}, {"Лебедева", "Lebedeva", "Լեբեդևա"}},
    {Russian, {"Козлов", "Kozlov", "Կոզլով"}, {"Козлова", "Kozlova", "Կոզլովա"}},
    {Russian, {"Новиков", "Novikov", "Նովիկով"}, {"Новикова", "Novikova", "Նովիկովա"}},
    {Russian, {"Морозов", "Morozov", "Մորոզով"}, {"Морозова", "Morozova", "Մորոզովա"}},
    {Russian, {"Орлов", "Orlov", "Օռլով"}, {"Орлова", "Orlova", "Օռլովա"}},
    {Russian, {"Соловьёв", "Solovyov", "Սոլովյով"}, {"Соловьёва", "Solovyova", "Սոլովյովա"}},
    {Russian, {"Фёдоров", "Fyodorov", "Ֆյոդորով"}, {"Фёдорова", "Fyodorova", "Ֆյոդորովա"}},
    {Russian, {"Семёнов", "Semyonov", "Սեմյոնով"}, {"Семёнова", "Semyonova", "Սեմյոնովա"}},
    {Russian, {"Смирнов", "Smirnov", "Սմիռնով"}, {"Смирнова", "Smirnova", "Սմիռնովա"}},
    {Russian, {"Белов", "Belov", "Բելով"}, {"Белова", "Belova", "Բելովա"}},
    {Western, {"Смит", "Smith", "Սմիթ"}, {}},
    {Western, {"Джонсон", "Johnson", "Ջոնսոն"}, {}},
    {Western, {"Браун", "Brown", "Բրաուն"}, {}},
    {Western, {"Тейлор", "Taylor", "Թեյլոր"}, {}},
    {Western, {"Уилсон", "Wilson", "Ուիլսոն"}, {}},
    {Western, {"Кларк", "Clarke", "Քլարք"}, {}},
    {Western, {"Дюбуа", "Dubois", "Դյուբուա"}, {}},
    {Western, {"Мартен", "Martin", "Մարտեն"}, {}},
    {Western, {"Мюллер", "Mueller", "Մյուլլեր"}, {}},
    {Western, {"Росси", "Rossi", "Ռոսսի"}, {}},
    {Western, {"Фишер", "Fischer", "Ֆիշեր"}, {}},
    {Western, {"Бернар", "Bernard", "Բեռնար"}, {}},
    {Kazakh, {"Абенов", "Abenov", "Աբենով"}, {"Абенова", "Abenova", "Աբենովա"}},
    {Kazakh, {"Нурланов", "Nurlanov", "Նուրլանով"}, {"Нурланова", "Nurlanova", "Նուրլանովա"}},
    {Kazakh, {"Сейткали", "Seitkali", "Սեյթկալի"}, {}},
    {Georgian, {"Беридзе", "Beridze", "Բերիձե"}, {}},
    {Georgian, {"Капанадзе", "Kapanadze", "Կապանաձե"}, {}},
    {Georgian, {"Гелашвили", "Gelashvili", "Գելաշվիլի"}, {}},
    {Iranian, {"Ахмади", "Ahmadi", "Ահմադի"}, {}},
    {Iranian, {"Рахими", "Rahimi", "Ռահիմի"}, {}},
    {Iranian, {"Карими", "Karimi", "Քարիմի"}, {}},
    {Japanese, {"Танака", "Tanaka", "Տանակա"}, {}},
    {Japanese, {"Сато", "Sato", "Սատո"}, {}},
};

struct Country
{
    Tradition tradition;
    int weight;
    Spelling name;
};

const Country countries[] = {
    {Armenian, 80, {"Армения", "Armenia", "Հայաստան"}},
    {Armenian, 8, {"Франция", "France", "Ֆրանսիա"}},
    {Armenian, 6, {"Ливан", "Lebanon", "Լիբանան"}},
    {Armenian, 6, {"США", "United States", "ԱՄՆ"}},
    {Russian, 85, {"Россия", "Russia", "Ռուսաստան"}},
    {Russian, 15, {"Казахстан", "Kazakhstan", "Ղազախստան"}},
    {Western, 30, {"США", "United States", "ԱՄՆ"}},
    {Western, 20, {"Великобритания", "United Kingdom", "Միացյալ Թագավորություն"}},
    {Western, 15, {"Канада", "Canada", "Կանադա"}},
    {Western, 15, {"Франция", "France", "Ֆրանսիա"}},
    {Western, 10, {"Германия", "Germany", "Գերմանիա"}},
    {Western, 5, {"Италия", "Italy", "Իտալիա"}},
    {Western, 5, {"Швейцария", "Switzerland", "Շվեյցարիա"}},
    {Kazakh, 100, {"Казахстан", "Kazakhstan", "Ղազախստան"}},
    {Georgian, 100, {"Грузия", "Georgia", "Վրաստան"}},
    {Iranian, 100, {"Иран", "Iran", "Իրան"}},
    {Japanese, 100, {"Япония", "Japan", "Ճապոնիա"}},
};

const Spelling roles[] = {
    {"гидролог", "hydrologist", "ջրաբան"},
    {"экономист", "economist", "տնտեսագետ"},
    {"политолог", "political scientist", "քաղաքագետ"},
    {"социолог", "sociologist", "սոցիոլոգ"},
    {"историк", "historian", "պատմաբան"},
    {"климатолог", "climatologist", "կլիմայաբան"},
    {"гляциолог", "glaciologist", "սառցաբան"},
    {"энергетический аналитик", "energy analyst", "էներգետիկ վերլուծաբան"},
    {"урбанист", "urban planner", "քաղաքաշինարար"},
    {"эпидемиолог", "epidemiologist", "համաճարակաբան"},
    {"юрист", "lawyer", "իրավաբան"},
    {"агроном", "agronomist", "ագրոնոմ"},
    {"сейсмолог", "seismologist", "սեյսմաբան"},
    {"демограф", "demographer", "ժողովրդագրագետ"},
    {"инженер-железнодорожник", "railway engineer", "երկաթուղային ինժեներ"},
    {"исследователь образования", "education researcher", "կրթության հետազոտող"},
    {"искусствовед", "art historian", "արվեստաբան"},
    {"биолог", "biologist", "կենսաբան"},
    {"врач", "physician", "բժիշկ"},
    {"директор музея", "museum director", "թանգարանի տնօրեն"},
};

const Spelling institutions[] = {
    {"Ереванский государственный университет", "Yerevan State University",
     "Երևանի պետական համալսարան"},
    {"Московский государственный университет", "Moscow State University",
     "Մոսկվայի պետական համալսարան"},
    {"Академия наук", "Academy of Sciences", "Գիտությունների ակադեմիա"},
    {"независимый исследовательский центр", "independent research centre",
     "անկախ հետազոտական կենտրոն"},
    {"Кавказский институт", "Caucasus Institute", "Կովկասյան ինստիտուտ"},
    {"Министерство окружающей среды", "Ministry of Environment", "Շրջակա միջավայրի նախարարություն"},
    {"Университет Торонто", "University of Toronto", "Տորոնտոյի համալսարան"},
    {"Сорбонна", "Sorbonne University", "Սորբոնի համալսարան"},
    {"Тбилисский институт экономики", "Tbilisi Institute of Economics",
     "Թբիլիսիի տնտեսագիտական ինստիտուտ"},
    {"Региональный водный совет", "Regional Water Council", "Ջրային տարածաշրջանային խորհուրդ"},
    {"Американский университет Армении", "American University of Armenia",
     "Հայաստանի ամերիկյան համալսարան"},
    {"Матенадаран", "Matenadaran", "Մատենադարան"},
};

const Spelling occasions[] = {
    {"в интервью", "in an interview", "հարցազրույցում"},
    {"по телефону", "by phone", "հեռախոսով"},
    {"на пресс-конференции", "at a press conference", "մամուլի ասուլիսում"},
    {"на конференции", "at a conference", "գիտաժողովում"},
};

const Spelling cities[] = {
    {"Ереван", "Yerevan", "Երևան"},    {"Гюмри", "Gyumri", "Գյումրի"},
    {"Москва", "Moscow", "Մոսկվա"},    {"Тбилиси", "Tbilisi", "Թբիլիսի"},
    {"Алматы", "Almaty", "Ալմաթի"},    {"Париж", "Paris", "Փարիզ"},
    {"Берлин", "Berlin", "Բեռլին"},    {"Торонто", "Toronto", "Տորոնտո"},
    {"Дилижан", "Dilijan", "Դիլիջան"}, {"Ванадзор", "Vanadzor", "Վանաձոր"},
};

const Spelling months[] = {
    {"январь", "January", "հունվար"},
    {"февраль", "February", "փետրվար"},
    {"март", "March", "մարտ"},
    {"апрель", "April", "ապրիլ"},
    {"май", "May", "մայիս"},
    {"июнь", "June", "հունիս"},
    {"июль", "July", "հուլիս"},
    {"август", "August", "օգոստոս"},
    {"сентябрь", "September", "սեպտեմբեր"},
    {"октябрь", "October", "հոկտեմբեր"},
    {"ноябрь", "November", "նոյեմբեր"},
    {"декабрь", "December", "դեկտեմբեր"},
};

const QString locales[] = {QStringLiteral("ru"), QStringLiteral("en"), QStringLiteral("hy")};

template<class T, std::size_t N, class Keep>
const T &pickWhere(Random &random, const T (&table)[N], Keep keep)
{
    int matching = 0;
    for (const T &item : table)
        matching += keep(item) ? 1 : 0;
    int chosen = int(random.below(quint64(matching)));
    for (const T &item : table) {
        if (keep(item) && chosen-- == 0)
            return item;
    }
    return table[0];
}

Tradition tradition(Random &random)
{
    const int roll = int(random.below(100));
    if (roll < 40)
        return Armenian;
    if (roll < 65)
        return Russian;
    if (roll < 85)
        return Western;
    return Tradition(Kazakh + (roll - 85) % 4);
}

} // namespace

Expert expert(Random &random, const QString &uid)
{
    const Tradition t = tradition(random);
    const FirstName &first
        = pickWhere(random, firstNames, [t](const FirstName &f) { return f.tradition == t; });
    const Surname &last
        = pickWhere(random, surnames, [t](const Surname &s) { return s.tradition == t; });
    const Spelling &family = first.female && last.female.ru ? last.female : last.male;
    int total = 0;
    for (const Country &c : countries)
        total += c.tradition == t ? c.weight : 0;
    int roll = int(random.below(quint64(total)));
    const Country *country = &countries[0];
    for (const Country &c : countries) {
        if (c.tradition != t)
            continue;
        if (roll < c.weight) {
            country = &c;
            break;
        }
        roll -= c.weight;
    }
    const Spelling &role = random.pick(roles);
    const Spelling &institution = random.pick(institutions);

    Expert e;
    e.uid = uid;
    for (const QString &locale : locales) {
        ExpertName n;
        n.name = in(first.name, locale) + QLatin1Char(' ') + in(family, locale);
        n.role = in(role, locale) + QStringLiteral(", ") + in(institution, locale);
        if (locale == u"en")
            n.role[0] = n.role.at(0).toUpper();
        n.country = in(country->name, locale);
        e.names.insert(locale, n);
    }
    return e;
}

QString surname(const Expert &expert, const QString &locale)
{
    const QString name = expert.names.value(locale).name;
    return name.mid(name.lastIndexOf(QLatin1Char(' ')) + 1);
}

QString spokenLocale(Random &random, const Expert &expert)
{
    const QString country = expert.names.value(QStringLiteral("en")).country;
    const int roll = int(random.below(100));
    if (country == u"Armenia")
        return roll < 70 ? locales[2] : roll < 90 ? locales[0] : locales[1];
    if (country == u"Russia" || country == u"Kazakhstan")
        return roll < 85 ? locales[0] : locales[1];
    if (country == u"Georgia")
        return roll < 60 ? locales[0] : locales[1];
    return roll < 90 ? locales[1] : locales[0];
}

QMap<QString, QString> quoteContext(Random &random, int year)
{
    const Spelling &occasion = random.pick(occasions);
    const Spelling &city = random.pick(cities);
    const Spelling &month = random.pick(months);
    const QString y = QString::number(year);
    QMap<QString, QString> context;
    context.insert(locales[0],
                   in(occasion, u"ru") + QStringLiteral(", ") + in(city, u"ru")
                       + QStringLiteral(", ") + in(month, u"ru") + QLatin1Char(' ') + y
                       + QString::fromUtf8(" года"));
    context.insert(locales[1],
                   in(occasion, u"en") + QStringLiteral(", ") + in(city, u"en")
                       + QStringLiteral(", ") + in(month, u"en") + QLatin1Char(' ') + y);
    context.insert(locales[2],
                   in(occasion, u"hy") + QStringLiteral(", ") + in(city, u"hy")
                       + QStringLiteral(", ") + y + QString::fromUtf8(" թ. ") + in(month, u"hy"));
    return context;
}

} // namespace Byline::Bench::People
