// The desk killed while someone types (README.md, "Reliability"): a desk in a child process
// (byline-typist) types into a headline at a steady pace and is SIGKILLed; the article opened
// again offers back from the edit journal everything typed more than two seconds before.
#include "core/interchange/EditJournal.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/UserRepository.h"
#include "tests/TestSupport.h"
#include "tests/torture/DemoNewsroom.h"
#include "tests/torture/FaultVfs.h"
#include "ui/editor/ArticleEditor.h"
#include "ui/editor/ArticlePage.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTest>

#include <optional>

#include <signal.h>

using namespace Byline;
using namespace Byline::Test::DemoNewsroom;
using Byline::Test::TempDir;

TEST_CASE("the desk killed while someone types offers back all but the last two seconds",
          "[torture][ui][journal]")
{
    TempDir dir;
    const QString store = dir.path(QStringLiteral("desk.sqlite"));
    const QString journal = dir.path(QStringLiteral("journal"));
    QString before;
    {
        auto db = Test::openDemoStore(store);
        auto found = Storage::ArticleRepository(*db).find(draftUid);
        REQUIRE(found.has_value());
        REQUIRE(found->has_value());
        before = (**found).translation(u"ru")->title;
    }
    // Ten keys a second, without a pause long enough for the autosave: only the journal
    // holds the text when the desk is killed.
    // (QTest types Latin-1 only.)
    const QString text
        = QStringLiteral(" - and a few more words typed before the desk went down for good");
    QProcess typist;
    typist.setProgram(QStringLiteral(BYLINE_TYPIST));
    typist.setArguments({store, journal, draftUid, journalist, text, QStringLiteral("100")});
    typist.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    typist.start();
    REQUIRE(typist.waitForStarted());
    QElapsedTimer clock;
    QList<qint64> typedAt; // when each key was in the field, by this process's clock
    bool ready = false;
    qint64 typingFor = 0;
    while (typist.state() == QProcess::Running && (!ready || clock.elapsed() < typingFor)) {
        typist.waitForReadyRead(50);
        while (typist.canReadLine()) {
            const QByteArray line = typist.readLine().trimmed();
            if (line == "ready") {
                ready = true;
                clock.start();
                typingFor = 4000;
            } else if (line.startsWith("typed ")) {
                typedAt.append(clock.elapsed());
            }
        }
        REQUIRE((ready || typedAt.isEmpty()));
    }
    INFO("byline-typist ended with " << typist.exitCode());
    REQUIRE(typist.state() == QProcess::Running);
    const qint64 killedAt = clock.elapsed();
    ::kill(pid_t(typist.processId()), SIGKILL);
    REQUIRE(typist.waitForFinished(5000));
    CHECK(typist.exitStatus() == QProcess::CrashExit);

    qsizetype safe = 0; // keys typed more than two seconds before the kill
    for (qint64 at : std::as_const(typedAt))
        safe += at < killedAt - 2000 ? 1 : 0;
    INFO("typed " << typedAt.size() << " keys in " << killedAt << " ms, " << safe
                  << " of them more than 2 s before the kill");
    REQUIRE(safe >= 5);

    auto db = Test::openStore(store);
    auto user = Storage::UserRepository(*db).require(journalist);
    REQUIRE(user.has_value());
    ArticleEditor editor(*db);
    editor.setJournalFolder(journal);
    editor.setUser(*user);
    std::optional<QString> offered;
    editor.offerRestore = [&](const Interchange::EditJournal::Entry &entry, const Article &) {
        offered = entry.draft.translation(u"ru")->title;
        return true;
    };
    REQUIRE(editor.open(draftUid));
    // The store has what the autosave managed, the journal at least the rest up to two seconds
    // before the kill.
    auto now = Storage::ArticleRepository(*db).find(draftUid);
    REQUIRE(now.has_value());
    const QString saved = (**now).translation(u"ru")->title;
    const QString kept = offered.value_or(saved);
    INFO("saved: " << saved.toStdString()
                   << "; offered: " << offered.value_or(QStringLiteral("nothing")).toStdString());
    CHECK(kept.startsWith(before + text.left(safe)));
    CHECK(editor.page()->titleEdit()->toPlainText() == kept);
}

TEST_CASE("the desk keeps the text through a failing disk and saves it once the fault is gone",
          "[torture][ui][faults]")
{
    using Byline::Test::FaultVfs;
    REQUIRE(FaultVfs::install());
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("desk.sqlite")));
    auto user = Storage::UserRepository(*db).require(journalist);
    REQUIRE(user.has_value());
    const QString journal = dir.path(QStringLiteral("journal"));
    ArticleEditor editor(*db);
    editor.setJournalFolder(journal);
    editor.setAutosaveDelay(60000); // saved when the test says
    editor.setUser(*user);
    REQUIRE(editor.open(draftUid));
    QPlainTextEdit *title = editor.page()->titleEdit();
    title->moveCursor(QTextCursor::End);
    auto stored = [&] {
        auto found = Storage::ArticleRepository(*db).find(draftUid);
        REQUIRE(found.has_value());
        return (**found).translation(u"ru")->title;
    };
    int round = 0;
    for (int f = 0; f < FaultVfs::faultCount; ++f) {
        const auto fault = FaultVfs::Fault(f);
        if (fault == FaultVfs::Fault::TruncateFailure)
            continue; // a save truncates nothing
        // The calls a save makes, then a fault at the first, the last and two between.
        title->insertPlainText(QStringLiteral(" %1").arg(++round));
        FaultVfs::arm(fault, 0);
        REQUIRE(editor.save());
        FaultVfs::disarm();
        const int calls = FaultVfs::calls();
        REQUIRE(calls > 0);
        for (int nth : {1, calls / 3 + 1, 2 * calls / 3 + 1, calls}) {
            INFO(FaultVfs::name(fault).toStdString() << " at call " << nth << " of " << calls);
            title->insertPlainText(QStringLiteral(" %1").arg(++round));
            const QString typed = title->toPlainText();
            FaultVfs::arm(fault, nth);
            const bool saved = editor.save();
            FaultVfs::disarm();
            if (!FaultVfs::fired()) {
                CHECK(saved); // this save made fewer calls
                continue;
            }
            if (saved) {
                // SQLite got round it (a checkpoint after the commit failed): the text is in.
                CHECK(stored() == typed);
                continue;
            }
            CHECK(editor.saveState() == ArticleEditor::SaveState::Failed);
            INFO(editor.saveStateText().toStdString());
            CHECK(editor.saveStateText().contains(QStringLiteral("tries again")));
            CHECK(title->toPlainText() == typed);
            CHECK(editor.isModified());
            CHECK(stored() != typed);
            auto entry = Interchange::EditJournal(journal).read(draftUid);
            REQUIRE(entry.has_value());
            REQUIRE(entry->has_value());
            CHECK((*entry)->draft.translation(u"ru")->title == typed);
            // The fault is gone: the next save (Ctrl+S, or the retry) stores the text.
            REQUIRE(editor.save());
            CHECK(stored() == typed);
            CHECK_FALSE(editor.isModified());
            CHECK_FALSE(QFileInfo::exists(journal + QStringLiteral("/%1.json").arg(draftUid)));
        }
    }
}
