// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"
#include "fakepipeline.h"
#include "hitsmodel.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "pagejobs.h"
#include "pageview.h"
#include "settingsdialog.h"
#include "typecolours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QListWidget>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Blackout;
using namespace BlackoutTest;

namespace {

constexpr int Generous = 120000;   // ms; a loaded CI machine may need long, the test never needs it when well

std::optional<HitRef> findHit(const ReviewSession *session, const QString &text)
{
    for (const HitRef &ref : session->allHits()) {
        if (session->hit(ref)->text.simplified() == text)
            return ref;
    }
    return std::nullopt;
}

int darkShare(const QImage &image, const QRect &rect)
{
    int dark = 0, all = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x, ++all)
            dark += qGray(image.pixel(x, y)) < 60 ? 1 : 0;
    return all ? dark * 100 / all : 0;
}

// The fake pipeline, each page held back until gate is released.
void readBehindGate(MainWindow &window, const std::shared_ptr<QSemaphore> &gate)
{
    window.jobs()->setProcessFunction([gate](const Document &d, int i, const Cancellation &c,
                                             const std::function<void(int)> &p) {
        gate->acquire();
        gate->release();
        return fakeProcess(d, i, c, p);
    });
}

// Tests open a copy: the window saves the review beside the document, never into the source tree.
QString copyOfSample(const QTemporaryDir &dir)
{
    const QString copy = dir.filePath(QStringLiteral("leaked-memo.eml"));
    QFile::copy(QStringLiteral(BLACKOUT_SAMPLES "/leaked-memo.eml"), copy);
    return copy;
}

void drag(QWidget *viewport, const QPoint &from, const QPoint &to)
{
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport, (from + to) / 2);
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void reviewDrawUndoExport()
    {
        QTemporaryDir work;
        MainWindow window;
        window.jobs()->setProcessFunction(fakeProcess);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openFile(copyOfSample(work));
        QVERIFY2(window.banner()->text().isEmpty(), qPrintable(window.banner()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->readyPageCount() == window.session()->pageCount(), Generous);

        // The hits panel lists the sample's phone number under its type.
        ReviewSession *session = window.session();
        const auto phone = findHit(session, QStringLiteral("+1 (617) 555-0148"));
        QVERIFY(phone);
        const QModelIndex phoneIndex = window.hitsModel()->indexOf(*phone);
        QVERIFY(phoneIndex.isValid());
        QCOMPARE(phoneIndex.data().toString(), QStringLiteral("+1 (617) 555-0148"));
        QVERIFY(phoneIndex.parent().data().toString().startsWith(piiTypeDisplayName(PiiType::Phone)));

        // Select it in the panel and keep it visible with the one-key shortcut R.
        window.hitsView()->setCurrentIndex(phoneIndex);
        QCOMPARE(window.pageView()->currentHit(), *phone);
        QTest::keyClick(&window, Qt::Key_R);
        QCOMPARE(session->decision(*phone), Decision::Rejected);
        QVERIFY(session->isReviewed(*phone));
        QVERIFY(!(window.pageView()->currentHit() == *phone));   // moved on to the next hit

        // Draw a box in the page's top margin with the box tool.
        QTest::keyClick(&window, Qt::Key_B);
        QCOMPARE(window.pageView()->tool(), PageView::Tool::Draw);
        PageView *view = window.pageView();
        const QRect margin(30, 10, 200, 24);
        drag(view->viewport(), view->viewportPoint(0, margin.topLeft()), view->viewportPoint(0, margin.bottomRight()));
        QCOMPARE(session->redactions(0).regions().size(), 1);
        const QRect drawn = session->redactions(0).regions().first().rect;
        QVERIFY2(drawn.intersected(margin).width() > margin.width() * 3 / 4, qPrintable(QString::number(drawn.width())));

        // Undo and redo with the standard keys.
        QTest::keySequence(&window, QKeySequence::Undo);
        QVERIFY(session->redactions(0).regions().isEmpty());
        QTest::keySequence(&window, QKeySequence::Redo);
        QCOMPARE(session->redactions(0).regions().size(), 1);

        // Export and look at the written pixels.
        QTemporaryDir out;
        ExportDialog *dialog = window.showExportDialog();
        QVERIFY(dialog);
        dialog->setOutputDirectory(out.path());
        dialog->setPresetId(QStringLiteral("original"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->previewImages().isEmpty(), Generous);
        dialog->startExport();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), Generous);
        QVERIFY2(!dialog->exportedFiles().isEmpty(), qPrintable(dialog->statusText()));
        const QImage written(dialog->exportedFiles().first());
        QVERIFY(!written.isNull());
        const QImage page = session->pageImage(0);
        QCOMPARE(written.size(), page.size());

        const RedactionSet &set = session->redactions(0);
        int acceptedChecked = 0;
        for (int i = 0; i < set.hits().size(); ++i) {
            for (const QRect &box : set.hits().at(i).boxes) {
                const QRect inner = box.adjusted(2, 2, -2, -2).intersected(written.rect());
                if (set.isAccepted(i)) {
                    QVERIFY2(darkShare(written, inner) > 95, qPrintable(set.hits().at(i).text));
                    ++acceptedChecked;
                } else {
                    // The kept phone number is still there to read: text pixels, not a filled box.
                    QVERIFY2(darkShare(written, inner) < 40, qPrintable(set.hits().at(i).text));
                }
            }
        }
        QVERIFY(acceptedChecked > 0);
        QVERIFY(darkShare(written, drawn.adjusted(2, 2, -2, -2)) > 95);
        QVERIFY(darkShare(page, drawn) < 5);   // the margin really was blank before
    }

    void clickAndKeysOnThePage()
    {
        MainWindow window;
        window.jobs()->setProcessFunction(fakeProcess);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openDocument(std::make_shared<FakeDocument>(2), QString());
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->readyPageCount(), 2, Generous);
        ReviewSession *session = window.session();
        QCOMPARE(session->allHits().size(), 4);

        // Clicking a box on the page toggles it.
        const auto phone = findHit(session, QStringLiteral("617-555-0193"));
        QVERIFY(phone && phone->page == 0);
        const QPoint centre = window.pageView()->viewportPoint(0, session->hit(*phone)->boundingBox().center());
        QTest::mouseClick(window.pageView()->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(session->decision(*phone), Decision::Rejected);
        QCOMPARE(window.pageView()->currentHit(), *phone);
        QTest::keyClick(&window, Qt::Key_Space);
        QCOMPARE(session->decision(*phone), Decision::Accepted);

        // J walks the hits in the panel's order; Shift+R keeps every hit of the current type.
        const QList<HitRef> order = window.hitsModel()->orderedHits();
        window.pageView()->setCurrentHit({});
        QTest::keyClick(&window, Qt::Key_J);
        QCOMPARE(window.pageView()->currentHit(), order.at(0));
        QTest::keyClick(&window, Qt::Key_J);
        QCOMPARE(window.pageView()->currentHit(), order.at(1));
        QTest::keyClick(&window, Qt::Key_K);
        QCOMPARE(window.pageView()->currentHit(), order.at(0));
        const PiiType type = session->hit(order.at(0))->type;
        QTest::keyClick(&window, Qt::Key_R, Qt::ShiftModifier);
        for (const HitRef &ref : session->allHits())
            QCOMPARE(session->decision(ref) == Decision::Rejected, session->hit(ref)->type == type);
        QTest::keySequence(&window, QKeySequence::Undo);
        for (const HitRef &ref : session->allHits())
            QCOMPARE(session->decision(ref), Decision::Accepted);

        // The one-key review also works while the hits panel has the focus (it must not eat the keys).
        window.hitsView()->setFocus();
        window.hitsView()->setCurrentIndex(window.hitsModel()->indexOf(order.at(1)));
        QTest::keyClick(window.hitsView(), Qt::Key_Space);
        QCOMPARE(session->decision(order.at(1)), Decision::Rejected);
        QTest::keyClick(window.hitsView(), Qt::Key_A);
        QCOMPARE(session->decision(order.at(1)), Decision::Accepted);
        QCOMPARE(window.pageView()->currentHit(), order.at(2));
    }

    void cropIsWhatGetsExported()
    {
        MainWindow window;
        window.jobs()->setProcessFunction(fakeProcess);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openDocument(std::make_shared<FakeDocument>(1), QString());
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->readyPageCount(), 1, Generous);
        PageView *view = window.pageView();
        QTest::keyClick(&window, Qt::Key_C);
        QCOMPARE(view->tool(), PageView::Tool::Crop);
        const QRect wanted(20, 20, 400, 200);
        drag(view->viewport(), view->viewportPoint(0, wanted.topLeft()), view->viewportPoint(0, wanted.bottomRight()));
        const QRect crop = window.session()->crop(0);
        QVERIFY2(qAbs(crop.width() - wanted.width()) <= 4 && qAbs(crop.height() - wanted.height()) <= 4,
                 qPrintable(QStringLiteral("%1x%2").arg(crop.width()).arg(crop.height())));
        ExportDialog *dialog = window.showExportDialog();
        QVERIFY(dialog);
        dialog->setPresetId(QStringLiteral("original"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->previewImages().isEmpty(), Generous);
        QCOMPARE(dialog->previewImages().first().size(), crop.size());
        dialog->close();   // shortcuts belong to the active window
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keySequence(&window, QKeySequence::Undo);
        QVERIFY(window.session()->crop(0).isNull());
    }

    void windowStaysResponsive()
    {
        // Workers block until the GUI thread has ticked ten times: if processing ran on the GUI thread,
        // or blocked it, the ticks could never happen and the test would time out.
        auto gate = std::make_shared<QSemaphore>(0);
        MainWindow window;
        window.jobs()->setProcessFunction([gate](const Document &d, int i, const Cancellation &c,
                                                 const std::function<void(int)> &p) {
            gate->acquire();
            gate->release();
            return fakeProcess(d, i, c, p);
        });
        const auto openGate = qScopeGuard([gate] { gate->release(); });   // also when a check fails
        window.show();
        int ticks = 0;
        QTimer timer;
        timer.setInterval(20);
        connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
        timer.start();
        window.openDocument(std::make_shared<FakeDocument>(6), QString());
        QVERIFY(window.jobs()->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(ticks >= 10, Generous);
        QCOMPARE(window.session()->readyPageCount(), 0);
        const int before = ticks;
        gate->release();
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->readyPageCount(), 6, Generous);
        QVERIFY(!window.jobs()->isRunning());
        QVERIFY(ticks >= before);
    }

    void escapeCancels()
    {
        auto gate = std::make_shared<QSemaphore>(0);
        MainWindow window;
        readBehindGate(window, gate);
        const auto openGate = qScopeGuard([gate] { gate->release(); });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openDocument(std::make_shared<FakeDocument>(4), QString());
        QVERIFY(window.jobs()->isRunning());
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.jobs()->isRunning());
        gate->release();
        QTest::qWait(100);   // gives late results the chance to arrive (and be dropped); not a time limit
        QCOMPARE(window.session()->readyPageCount(), 0);   // late results of the cancelled run are dropped
    }

    void aPageShowsBeforeItIsRead()
    {
        // Reading (OCR) can take seconds; the page's pixels are on screen long before, with a badge.
        auto gate = std::make_shared<QSemaphore>(0);
        MainWindow window;
        readBehindGate(window, gate);
        const auto openGate = qScopeGuard([gate] { gate->release(); });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openDocument(std::make_shared<FakeDocument>(2), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->pageImage(0).isNull(), Generous);
        QVERIFY(!window.session()->isPageReady(0));
        QCOMPARE(window.session()->pageImage(0).size(), window.session()->pageSize(0));
        gate->release();
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->readyPageCount() == 2, Generous);
        QVERIFY(!window.session()->pageImage(0).isNull());
    }

    void unreadableFileShowsAMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.7\nthis is not really a PDF\n");
        file.close();
        MainWindow window;
        window.show();
        window.openFile(path);
        QVERIFY(!window.banner()->text().isEmpty());
        QVERIFY(window.banner()->text().contains(QStringLiteral("broken.pdf")));
        QVERIFY(!window.session()->document());
    }

    void reviewIsRememberedOnReopen()
    {
        QTemporaryDir work;
        const QString path = copyOfSample(work);
        {
            MainWindow window;
            window.jobs()->setProcessFunction(fakeProcess);
            window.show();
            window.openFile(path);
            QTRY_VERIFY_WITH_TIMEOUT(window.session()->readyPageCount() == window.session()->pageCount(), Generous);
            const auto phone = findHit(window.session(), QStringLiteral("+1 (617) 555-0148"));
            QVERIFY(phone);
            QVERIFY(window.session()->setDecision(*phone, Decision::Rejected));
            QVERIFY(window.session()->addRegion(0, QRect(30, 10, 100, 20)) > 0);
            QTest::keySequence(&window, QKeySequence::Close);
            QVERIFY(!window.session()->document());
        }
        QVERIFY(QFileInfo::exists(SessionFile::pathFor(path)));
        MainWindow window;
        window.jobs()->setProcessFunction(fakeProcess);
        window.show();
        window.openFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->readyPageCount() == window.session()->pageCount(), Generous);
        const auto phone = findHit(window.session(), QStringLiteral("+1 (617) 555-0148"));
        QVERIFY(phone);
        QCOMPARE(window.session()->decision(*phone), Decision::Rejected);
        QCOMPARE(window.session()->redactions(0).regions().size(), 1);
        QVERIFY(window.session()->restoredDecisions() > 0);
    }

    void mailboxListsItsMessages()
    {
        MainWindow window;
        window.jobs()->setProcessFunction(fakeProcess);
        window.show();
        window.openFile(QStringLiteral(BLACKOUT_TEST_DATA "/email/three.mbox"));
        QVERIFY2(window.banner()->text().isEmpty(), qPrintable(window.banner()->text()));
        QListWidget *messages = window.messageList();
        QCOMPARE(messages->count(), 3);
        QVERIFY(!messages->item(0)->text().isEmpty());
        // Each message points at its first page, in order.
        int previous = -1;
        for (int i = 0; i < messages->count(); ++i) {
            const int first = messages->item(i)->data(Qt::UserRole).toInt();
            QVERIFY(first > previous && first < window.session()->pageCount());
            previous = first;
        }
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->readyPageCount() == window.session()->pageCount(), Generous);
        messages->setCurrentRow(2);
        QCOMPARE(window.pageView()->currentPage(), messages->item(2)->data(Qt::UserRole).toInt());
    }

    void allPagesExportEachPageWithItsOwnAltText()
    {
        // Three messages of a mailbox, exported at once: every page is written through the batch's routine,
        // each with the description of its own text (the dialog's box holds the current page's only).
        MainWindow window;
        window.jobs()->setProcessFunction(fakeProcess);
        window.show();
        window.openFile(QStringLiteral(BLACKOUT_TEST_DATA "/email/three.mbox"));
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->readyPageCount() == window.session()->pageCount(), Generous);
        QTemporaryDir out;
        ExportDialog *dialog = window.showExportDialog();
        QVERIFY(dialog);
        dialog->setOutputDirectory(out.path());
        dialog->setPresetId(QStringLiteral("original"));
        dialog->setAllPages(true);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->previewImages().isEmpty(), Generous);
        dialog->startExport();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), Generous);
        const QStringList images = dialog->exportedFiles();
        QCOMPARE(images.size(), window.session()->pageCount());
        QSet<QString> descriptions;
        for (const QString &image : images) {
            QFile text(QFileInfo(image).path() + QLatin1Char('/') + QFileInfo(image).completeBaseName() + QStringLiteral(".txt"));
            QVERIFY2(text.open(QIODevice::ReadOnly), qPrintable(text.fileName()));
            descriptions.insert(QString::fromUtf8(text.readAll()));
        }
        QCOMPARE(descriptions.size(), images.size());   // three pages, three descriptions
    }

    void pagesLetGoAreDrawnAndExportedAgain()
    {
        // Room for one page's pixels (and those on screen): the others' go, come back when a page is shown
        // again, and an export of every page renders each again (the bytes written are those pixels, redacted).
        MainWindow window;
        window.jobs()->setProcessFunction(fakeProcess);
        window.show();
        window.openFile(QStringLiteral(BLACKOUT_TEST_DATA "/email/three.mbox"));
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->readyPageCount() == window.session()->pageCount(), Generous);
        const int pages = window.session()->pageCount();
        QVERIFY(pages >= 3);
        window.session()->setPixelBudget(1); // lets every page's pixels go
        for (int p = 0; p < pages; ++p)
            QVERIFY(window.session()->pageImage(p).isNull());

        const int last = pages - 1;
        window.pageView()->scrollToPage(0);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->pageImage(0).isNull(), Generous);
        QCOMPARE(window.session()->pageImage(0).size(), window.session()->pageSize(0));
        QVERIFY(window.session()->pageImage(last).isNull());

        QTemporaryDir out;
        ExportDialog *dialog = window.showExportDialog();
        dialog->setOutputDirectory(out.path());
        dialog->setPresetId(QStringLiteral("original"));
        dialog->setAllPages(true);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->previewImages().isEmpty(), Generous);
        dialog->startExport();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), Generous);
        const QStringList images = dialog->exportedFiles();
        QCOMPARE(images.size(), pages);
        for (int p = 0; p < pages; ++p) {
            const QImage written(images.at(p));
            QCOMPARE(written.size(), window.session()->pageSize(p));
            // Text was drawn, not a blank stand-in: some pixels are dark.
            bool ink = false;
            for (int y = 0; y < written.height() && !ink; y += 3) {
                for (int x = 0; x < written.width() && !ink; x += 3)
                    ink = qGray(written.pixel(x, y)) < 100;
            }
            QVERIFY2(ink, qPrintable(images.at(p)));
        }
    }

    void realPipelineFindsThePhone()
    {
        QTemporaryDir work;
        MainWindow window;
        window.show();
        window.openFile(copyOfSample(work));
        QTRY_VERIFY_WITH_TIMEOUT(!window.jobs()->isRunning() && window.session()->readyPageCount() > 0, Generous);
        if (window.session()->allHits().isEmpty())
            QFAIL("The real pipeline found nothing in the sample.");
        bool found = false;
        for (const HitRef &ref : window.hitsModel()->orderedHits()) {
            const Hit *hit = window.session()->hit(ref);
            found |= hit->type == PiiType::Phone && hit->text.contains(QStringLiteral("555-0148"));
        }
        QVERIFY(found);
        // Each type's rows carry its own colour, the group row too.
        const QModelIndex group = window.hitsModel()->index(0, HitsModel::TextColumn);
        const auto type = PiiType(group.data(HitsModel::TypeRole).toInt());
        QCOMPARE(group.data(Qt::DecorationRole).value<QColor>(), TypeColours::of(type));
    }

    // The link policy in the settings dialog: shown, changed, given back; the bare-domain box only with all.
    void settingsDialogLinks()
    {
        Settings settings;
        settings.links = LinkPolicy::All;
        SettingsDialog dialog(settings);
        QCOMPARE(dialog.settings().links, LinkPolicy::All);
        auto *links = dialog.findChild<QComboBox *>(QStringLiteral("links"));
        QVERIFY(links);
        auto *bare = dialog.findChild<QCheckBox *>(QStringLiteral("bareDomains"));
        QVERIFY(bare && bare->isEnabled());
        links->setCurrentIndex(links->findData(linkPolicyId(LinkPolicy::Personal)));
        QCOMPARE(dialog.settings().links, LinkPolicy::Personal);
        QVERIFY(!bare->isEnabled());
    }

    // Every type has a colour of its own, far enough from the others' to tell apart.
    void typeColoursDiffer()
    {
        const QList<PiiType> types = allPiiTypes();
        for (int a = 0; a < types.size(); ++a) {
            for (int b = a + 1; b < types.size(); ++b) {
                const QColor x = TypeColours::of(types.at(a));
                const QColor y = TypeColours::of(types.at(b));
                const int distance = std::abs(x.red() - y.red()) + std::abs(x.green() - y.green())
                                     + std::abs(x.blue() - y.blue());
                QVERIFY2(distance >= 60, qPrintable(piiTypeId(types.at(a)) + QLatin1String(" and ") + piiTypeId(types.at(b))));
            }
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
