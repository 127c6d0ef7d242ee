// SPDX-License-Identifier: GPL-3.0-or-later
// The window with its real page workers (the blackout binary in --page-worker mode): a worker that crashes
// or hangs on a file (made to, by the test-only BLACKOUT_TEST_FAULT switch) costs that file, not the window.
#include "exportdialog.h"
#include "hitsmodel.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "pageitem.h"
#include "pagejobs.h"
#include "pageview.h"

#include <QClipboard>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QInputDialog>
#include <QListWidget>
#include <QPointer>
#include <QFile>
#include <QStandardPaths>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Blackout;

namespace {

constexpr int Generous = 120000; // ms; a loaded CI machine may need long, the test never needs it when well

// A copy of the bundled sample email under name: the fault switch names files, and the window saves its
// review beside the document, never into the source tree.
QString sampleAs(const QTemporaryDir &dir, const QString &name)
{
    const QString copy = dir.filePath(name);
    QFile::copy(QStringLiteral(BLACKOUT_SAMPLES "/leaked-memo.eml"), copy);
    return copy;
}

void useWorkers(MainWindow &window)
{
    window.jobs()->setWorker(QStringLiteral(BLACKOUT_GUI_BINARY), {QStringLiteral("--page-worker")});
}

bool foundThePhone(const MainWindow &window)
{
    for (const HitRef &ref : window.hitsModel()->orderedHits()) {
        const Hit *hit = window.session()->hit(ref);
        if (hit->type == PiiType::Phone && hit->text.contains(QStringLiteral("555-0148")))
            return true;
    }
    return false;
}

// The three-message mailbox of the test data, copied into dir, opened and read in page workers.
void readThreeMessagesInWorkers(MainWindow &window, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("three.mbox"));
    QFile::copy(QStringLiteral(BLACKOUT_TEST_DATA "/email/three.mbox"), path);
    useWorkers(window);
    window.show();
    window.openFile(path);
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->document() && !window.jobs()->isRunning(), Generous);
}

// The window goes on: another document opens and its page is read, by a new worker.
void windowStillWorks(MainWindow &window, const QTemporaryDir &dir)
{
    window.openFile(sampleAs(dir, QStringLiteral("fine.eml")));
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->document() && !window.jobs()->isRunning(), Generous);
    QCOMPARE(window.session()->readyPageCount(), window.session()->pageCount());
    QVERIFY(foundThePhone(window));
    QVERIFY2(!window.banner()->isVisible(), qPrintable(window.banner()->text()));
}

} // namespace

class TestPageWorkers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void cleanup() { qunsetenv("BLACKOUT_TEST_FAULT"); }

    void pagesAreReadInWorkers()
    {
        QTemporaryDir dir;
        MainWindow window;
        useWorkers(window);
        window.show();
        windowStillWorks(window, dir);
    }

    void pastedScreenshotIsReadInAWorker()
    {
        const QImage shot(QStringLiteral(BLACKOUT_SAMPLES "/webmail-screenshot.png"));
        QVERIFY(!shot.isNull());
        QGuiApplication::clipboard()->setImage(shot);
        MainWindow window;
        useWorkers(window);
        window.show();
        QVERIFY(window.pasteFromClipboard());
        QTRY_VERIFY_WITH_TIMEOUT(!window.jobs()->isRunning(), Generous);
        QCOMPARE(window.session()->readyPageCount(), 1);
        QVERIFY2(window.banner()->text().isEmpty(), qPrintable(window.banner()->text()));
        bool email = false;
        for (const HitRef &ref : window.hitsModel()->orderedHits())
            email |= window.session()->hit(ref)->text == QStringLiteral("priya.raman@mailbox.example");
        QVERIFY(email);
    }

    void workerCrashOnAPageLeavesTheWindowUsable()
    {
        qputenv("BLACKOUT_TEST_FAULT", "pageabort:crash.eml");
        QTemporaryDir dir;
        MainWindow window;
        useWorkers(window);
        window.show();
        window.openFile(sampleAs(dir, QStringLiteral("crash.eml")));
        // The document opened (in its worker, which gave the window its outline), and reading its page crashed.
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->document() && !window.jobs()->isRunning(), Generous);
        QVERIFY(window.banner()->isVisible());
        QVERIFY2(window.banner()->text().contains(QStringLiteral("crashed")), qPrintable(window.banner()->text()));
        QCOMPARE(window.session()->readyPageCount(), 0);
        QVERIFY(window.pageView()->pageItem(0)->hasFailed());
        QVERIFY(window.isVisible());
        windowStillWorks(window, dir);
    }

    void workerCrashOnOnePageLeavesTheOtherPagesAlone()
    {
        qputenv("BLACKOUT_TEST_FAULT", "pageabort:three.mbox#2");
        QTemporaryDir dir;
        MainWindow window;
        readThreeMessagesInWorkers(window, dir);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(window.session()->pageCount() >= 3);
        QCOMPARE(window.messageList()->count(), 3); // the worker told the window the mailbox's messages
        QCOMPARE(window.session()->readyPageCount(), window.session()->pageCount() - 1);
        QVERIFY(window.pageView()->pageItem(1)->hasFailed());
        QVERIFY(!window.pageView()->pageItem(1)->isRead());
        QVERIFY(window.pageView()->pageItem(0)->isRead() && window.pageView()->pageItem(2)->isRead());
        QCOMPARE(window.banner()->text(),
                 QStringLiteral("Page 2 could not be read: the email reader crashed on this file"));
    }

    void pixelsLetGoComeBackFromAWorker()
    {
        // The window never parses the file: pixels its memory let go are rendered again by a worker.
        QTemporaryDir dir;
        MainWindow window;
        readThreeMessagesInWorkers(window, dir);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(window.session()->readyPageCount(), window.session()->pageCount());
        window.session()->setPixelBudget(1); // lets every page's pixels go
        const int last = window.session()->pageCount() - 1;
        window.pageView()->scrollToPage(0);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->pageImage(0).isNull(), Generous);
        QCOMPARE(window.session()->pageImage(0).size(), window.session()->pageSize(0));
        QVERIFY(window.session()->pageImage(last).isNull());
        QVERIFY2(!window.banner()->isVisible(), qPrintable(window.banner()->text()));
    }

    void workerCrashWhileOpeningLeavesTheWindowUsable()
    {
        qputenv("BLACKOUT_TEST_FAULT", "abort:crash.eml");
        QTemporaryDir dir;
        MainWindow window;
        useWorkers(window);
        window.show();
        window.openFile(sampleAs(dir, QStringLiteral("crash.eml")));
        QTRY_VERIFY_WITH_TIMEOUT(window.banner()->isVisible(), Generous);
        QVERIFY2(window.banner()->text().contains(QStringLiteral("crash.eml"))
                     && window.banner()->text().contains(QStringLiteral("could not be opened. The email reader crashed on this file.")),
                 qPrintable(window.banner()->text()));
        QVERIFY(!window.session()->document()); // the window never opened it itself
        QVERIFY(!window.jobs()->isRunning());
        windowStillWorks(window, dir);
    }

    void escapeStopsAHungWorkerAtOnce()
    {
        qputenv("BLACKOUT_TEST_FAULT", "pagehang:hang.eml");
        QTemporaryDir dir;
        MainWindow window;
        useWorkers(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openFile(sampleAs(dir, QStringLiteral("hang.eml")));
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->document(), Generous);
        QVERIFY(window.jobs()->isRunning());
        QTest::qWait(500); // the worker is inside its "library call" now
        QVERIFY(window.jobs()->isRunning());
        QElapsedTimer clock;
        clock.start();
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.jobs()->isRunning());
        QVERIFY(clock.elapsed() < 1000);
        // The page never read says it was stopped, not "Reading page 1…" for ever.
        QTRY_VERIFY(window.pageView()->pageItem(0)->wasStopped());
        QVERIFY(!window.pageView()->pageItem(0)->isRead());
        windowStillWorks(window, dir);
    }

    // A password-protected PDF: only the worker opens it, so its answer (password needed, wrong password)
    // must come back through the pipe for the window to ask, and the retry go to the worker again.
    void encryptedPdfOpensInAWorkerWithItsPassword()
    {
        const QString original = QStringLiteral(BLACKOUT_CORPUS "/pdf/encrypted_rc4_user_password_openpassword.pdf");
        if (!QFile::exists(original))
            QSKIP("the shared corpus is not beside the source tree");
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("locked.pdf"));
        QVERIFY(QFile::copy(original, copy));
        MainWindow window;
        useWorkers(window);
        window.show();
        QStringList prompts;
        QStringList answers{QStringLiteral("not-the-password"), QStringLiteral("openpassword")};
        QTimer answerer;
        connect(&answerer, &QTimer::timeout, this, [&] {
            auto *dialog = window.findChild<QInputDialog *>();
            if (!dialog || !dialog->isVisible() || answers.isEmpty())
                return;
            prompts.append(dialog->labelText());
            dialog->setTextValue(answers.takeFirst());
            dialog->accept();
        });
        answerer.start(50);
        window.openFile(copy);
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->document() && !window.jobs()->isRunning(), Generous);
        QCOMPARE(prompts.size(), 2);
        QVERIFY2(prompts.at(0).contains(QStringLiteral("is protected by a password")), qPrintable(prompts.at(0)));
        QVERIFY2(prompts.at(1).contains(QStringLiteral("That password did not open")), qPrintable(prompts.at(1)));
        QVERIFY(window.session()->pageCount() > 0);
        QCOMPARE(window.session()->readyPageCount(), window.session()->pageCount());
        QVERIFY2(window.banner()->text().isEmpty(), qPrintable(window.banner()->text()));
    }

    // The export preview is read again by OCR, which is a reading of the document's pixels too: in a worker,
    // so that a crash there costs the check (said so in the dialog), not the window.
    void exportLeakCheckRunsInAWorker()
    {
        qputenv("BLACKOUT_TEST_FAULT", "abort:leak-check");
        QTemporaryDir dir;
        MainWindow window;
        useWorkers(window);
        window.show();
        window.openFile(sampleAs(dir, QStringLiteral("export.eml")));
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->document() && !window.jobs()->isRunning(), Generous);
        QPointer<ExportDialog> dialog = window.showExportDialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->leakVerdict().isEmpty(), Generous);
        QVERIFY2(dialog->leakVerdict().contains(QStringLiteral("crashed")), qPrintable(dialog->leakVerdict()));
        dialog->close();
        QTRY_VERIFY(!dialog);

        qunsetenv("BLACKOUT_TEST_FAULT"); // the next check starts a new worker, which does not crash
        dialog = window.showExportDialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->leakVerdict().isEmpty(), Generous);
        QVERIFY2(dialog->leakVerdict().startsWith(QStringLiteral("✓")), qPrintable(dialog->leakVerdict()));
        dialog->close();
        windowStillWorks(window, dir);
    }

    void aHungPageStopsAtItsDeadline()
    {
        qputenv("BLACKOUT_TEST_FAULT", "pagehang:hang.eml");
        QTemporaryDir dir;
        MainWindow window;
        useWorkers(window);
        window.jobs()->setDeadlines(60000, 2000);
        window.show();
        window.openFile(sampleAs(dir, QStringLiteral("hang.eml")));
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->document(), Generous);
        QTRY_VERIFY_WITH_TIMEOUT(!window.jobs()->isRunning(), Generous);
        QVERIFY2(window.banner()->text().contains(QStringLiteral("stopped after 2 s")),
                 qPrintable(window.banner()->text()));
        windowStillWorks(window, dir);
    }
};

QTEST_MAIN(TestPageWorkers)
#include "test_pageworkers.moc"
