// byline-typist: the desk, offscreen, with someone typing into an article's headline at a
// steady pace until the test that started it kills it (TestDeskKilled.cpp).
// Usage: byline-typist STORE JOURNAL UID USER TEXT INTERVAL_MS
// Prints "typed N" after the Nth character of TEXT is in the field.
#include "core/storage/Database.h"
#include "ui/desk/EditorTabs.h"
#include "ui/desk/MainWindow.h"
#include "ui/editor/ArticleEditor.h"
#include "ui/editor/ArticlePage.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextStream>

#include <unistd.h>

using namespace Byline;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() != 7) {
        QTextStream(stderr) << "usage: byline-typist STORE JOURNAL UID USER TEXT INTERVAL_MS\n";
        return 2;
    }
    Storage::Database::Options options;
    options.path = args.at(1);
    auto db = Storage::Database::open(options);
    if (!db) {
        QTextStream(stderr) << db.error().message << '\n';
        return 7;
    }
    MainWindow window(**db);
    window.editorTabs()->setJournalFolder(args.at(2));
    window.show();
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return 1;
    window.setCurrentUser(args.at(4));
    if (!window.selectArticle(args.at(3)))
        return 4;
    window.openAction()->trigger();
    ArticleEditor *editor = window.editorTabs()->editor(args.at(3));
    if (editor == nullptr)
        return 4;
    QPlainTextEdit *title = editor->page()->titleEdit();
    title->setFocus();
    title->moveCursor(QTextCursor::End);
    const QString text = args.at(5);
    const int interval = args.at(6).toInt();
    out << "ready" << Qt::endl;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QTest::keyClicks(title, text.mid(i, 1));
        out << "typed " << i + 1 << Qt::endl;
        QTest::qWait(interval);
    }
    out << "done" << Qt::endl;
    return app.exec(); // until killed
}
