// Times people type (core/workflow/TimeInput): with an offset or on the newsroom's clock, in
// zones with and without summer time. A time that is accepted is UTC in whole seconds, is kept
// by the store's own form (TimeFormat: formatUtc, parseUtc) and reads back the same when typed
// again, with Z or on the newsroom's clock. Any zone name gives a zone or an input error.
#include "core/TimeFormat.h"
#include "core/workflow/TimeInput.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace Byline;
using Fuzz::broken;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte chooses the zone; the rest is what was typed.
    static const char *const zones[]
        = {"UTC",          "Asia/Yerevan",        "Europe/Moscow",    "America/New_York",
           "Pacific/Apia", "Australia/Lord_Howe", "America/St_Johns", "Asia/Kathmandu"};
    const QString typed = Fuzz::text(data + 1, size - 1);
    const uint8_t choice = data[0];
    if (choice >= std::size(zones)) {
        // Any text as a zone's name.
        const auto zone = TimeInput::zone(typed);
        if (zone ? !zone->isValid() : zone.error().code != ErrorCode::InvalidInput)
            broken("a zone's name gives a zone or an input error", typed);
        return 0;
    }
    const auto zone = TimeInput::zone(QString::fromLatin1(zones[choice]));
    if (!zone)
        broken("the zones of the fuzzer are known", zone.error().message);

    const auto time = TimeInput::parse(typed, *zone);
    if (!time) {
        if (time.error().code != ErrorCode::InvalidInput || time.error().message.isEmpty())
            broken("a time that is refused is an input error that says why", typed);
        return 0;
    }
    if (!time->isValid() || time->offsetFromUtc() != 0 || time->toMSecsSinceEpoch() % 1000 != 0)
        broken("an accepted time is valid UTC in whole seconds", typed);
    const auto stored = parseUtc(formatUtc(*time));
    if (!stored || *stored != *time)
        broken("an accepted time is kept by the store's form", formatUtc(*time));

    const auto withZ = TimeInput::parse(time->toString(Qt::ISODate), *zone);
    if (!withZ || *withZ != *time)
        broken("an accepted time typed again with Z is the same", time->toString(Qt::ISODate));
    const QString wall = time->toTimeZone(*zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const auto local = TimeInput::parse(wall, *zone);
    // A wall-clock time that happens twice (clocks going back) is read as one of the two.
    if (!local || local->toTimeZone(*zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) != wall)
        broken("an accepted time typed again on the newsroom's clock is the same", wall);
    return 0;
}
