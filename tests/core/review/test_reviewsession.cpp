// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/detectioncontext.h"
#include "detect/detectorregistry.h"
#include "pipeline/pageprocessor.h"
#include "review/reviewsession.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Blackout;

namespace {

// A document whose pages are blank: the session only needs page sizes from it.
class BlankDocument : public Document {
public:
    explicit BlankDocument(int pages) : m_pages(pages) {}
    DocumentKind kind() const override { return DocumentKind::Image; }
    int pageCount() const override { return m_pages; }
    QSize pageSize(int) const override { return {400, 300}; }
    Result<PageContent> page(int index, const Cancellation & = {}) const override
    {
        QImage image(pageSize(index), QImage::Format_RGB32);
        image.fill(Qt::white);
        return PageContent{index, image, {}, {}};
    }
    DocumentMetadata metadata() const override { return {}; }

private:
    int m_pages;
};

Hit makeHit(PiiType type, const QString &text, const QRect &box)
{
    Hit h;
    h.type = type;
    h.text = text;
    h.boxes = {box};
    return h;
}

// Page 0: two phones (one repeated on page 1) and an email; a text layer with "Dana" twice for occurrences.
ProcessedPage makePage(int index)
{
    ProcessedPage p;
    p.index = index;
    p.image = QImage(400, 300, QImage::Format_RGB32);
    p.image.fill(Qt::white);
    TextLayer layer(TextSource::Layout);
    layer.appendWordSplitEvenly(QStringLiteral("Dana"), QRectF(10, 10, 40, 12));
    layer.appendWordSplitEvenly(QStringLiteral("called"), QRectF(60, 10, 60, 12));
    layer.endLine();
    layer.appendWordSplitEvenly(QStringLiteral("dana,"), QRectF(10, 40, 50, 12));
    layer.appendWordSplitEvenly(QStringLiteral("Danai"), QRectF(70, 40, 50, 12));
    p.layers = {layer};
    if (index == 0) {
        p.hits = {makeHit(PiiType::Phone, QStringLiteral("617-555-0193"), {10, 100, 80, 12}),
                  makeHit(PiiType::Email, QStringLiteral("amy@example.com"), {10, 130, 90, 12}),
                  makeHit(PiiType::Phone, QStringLiteral("+1 617 555 0148"), {10, 160, 90, 12})};
    } else {
        p.hits = {makeHit(PiiType::Phone, QStringLiteral(" 617-555-0193 "), {20, 20, 80, 12})};
    }
    return p;
}

// A page whose one layer holds text (one line), with the hits Blackout's detectors find in it.
ProcessedPage pageWithText(int index, const QString &text)
{
    ProcessedPage p;
    p.index = index;
    p.image = QImage(600, 100, QImage::Format_RGB32);
    p.image.fill(Qt::white);
    TextLayer layer(TextSource::Layout);
    qreal x = 10;
    for (const QString &word : text.split(QLatin1Char(' '))) {
        layer.appendWordSplitEvenly(word, QRectF(x, 10, 10.0 * word.size(), 12));
        x += 10.0 * word.size() + 6;
    }
    p.layers = {layer};
    p.hits = PageProcessor::detectors().detect(p.layers, DetectionContext());
    return p;
}

} // namespace

class TestReviewSession : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ReviewSession> m_session;

private Q_SLOTS:
    void init()
    {
        m_session = std::make_unique<ReviewSession>();
        m_session->setDocument(std::make_shared<BlankDocument>(2), QStringLiteral("/tmp/x.eml"), Settings());
        m_session->setProcessedPage(makePage(0));
        m_session->setProcessedPage(makePage(1));
    }

    void startsAcceptedUnreviewed()
    {
        QCOMPARE(m_session->allHits().size(), 4);
        QCOMPARE(m_session->decision({0, 1}), Decision::Accepted);
        QVERIFY(!m_session->isReviewed({0, 1}));
        QCOMPARE(m_session->undoStack()->count(), 0);
    }

    void switchedOffTypesStartRejected()
    {
        Settings settings;
        settings.enabledTypes = {PiiType::Email};
        ReviewSession session;
        session.setDocument(std::make_shared<BlankDocument>(1), QString(), settings);
        session.setProcessedPage(makePage(0));
        QCOMPARE(session.decision({0, 0}), Decision::Rejected);
        QCOMPARE(session.decision({0, 1}), Decision::Accepted);
    }

    void decisionUndoRedo()
    {
        QSignalSpy changed(m_session.get(), &ReviewSession::hitChanged);
        QVERIFY(m_session->setDecision({0, 1}, Decision::Rejected));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toInt(), 0);
        QCOMPARE(changed.first().at(1).toInt(), 1);
        QCOMPARE(m_session->decision({0, 1}), Decision::Rejected);
        QVERIFY(m_session->isReviewed({0, 1}));
        QVERIFY(m_session->undoStack()->undoText().contains(QStringLiteral("amy@example.com")));
        m_session->undoStack()->undo();
        QCOMPARE(m_session->decision({0, 1}), Decision::Accepted);
        QVERIFY(!m_session->isReviewed({0, 1}));
        m_session->undoStack()->redo();
        QCOMPARE(m_session->decision({0, 1}), Decision::Rejected);
    }

    void confirmingMarksReviewedOnce()
    {
        QVERIFY(m_session->setDecision({0, 0}, Decision::Accepted));   // accepted already, but now reviewed
        QVERIFY(m_session->isReviewed({0, 0}));
        QVERIFY(!m_session->setDecision({0, 0}, Decision::Accepted));  // nothing left to change
        QCOMPARE(m_session->undoStack()->count(), 1);
    }

    void bulkDecisions_data()
    {
        QTest::addColumn<bool>("byType");
        QTest::addColumn<int>("expectedRejected");
        QTest::addRow("all phones") << true << 3;
        QTest::addRow("same text on every page") << false << 2;
    }

    void bulkDecisions()
    {
        QFETCH(bool, byType);
        QFETCH(int, expectedRejected);
        const bool changed = byType ? m_session->setDecisionForType(PiiType::Phone, Decision::Rejected)
                                    : m_session->setDecisionForText(QStringLiteral("617-555-0193"), Decision::Rejected);
        QVERIFY(changed);
        auto rejected = [this] {
            int n = 0;
            for (const HitRef &ref : m_session->allHits())
                n += m_session->decision(ref) == Decision::Rejected;
            return n;
        };
        QCOMPARE(rejected(), expectedRejected);
        QCOMPARE(m_session->undoStack()->count(), 1);   // one user action, one undo step
        m_session->undoStack()->undo();
        QCOMPARE(rejected(), 0);
    }

    void regionsAddMoveRemove()
    {
        QSignalSpy regions(m_session.get(), &ReviewSession::regionsChanged);
        const int id = m_session->addRegion(0, QRect(50, 50, 30, 20));
        QVERIFY(id > 0);
        QCOMPARE(regions.size(), 1);
        // One drag: many moves, one undo step.
        QVERIFY(m_session->moveRegion(0, id, QRect(55, 50, 30, 20), false));
        QVERIFY(m_session->moveRegion(0, id, QRect(60, 52, 30, 20), true));
        QVERIFY(m_session->moveRegion(0, id, QRect(70, 60, 30, 20), true));
        QCOMPARE(m_session->undoStack()->count(), 2);
        // A second drag is its own step.
        QVERIFY(m_session->moveRegion(0, id, QRect(80, 60, 40, 20), false));
        QCOMPARE(m_session->undoStack()->count(), 3);
        m_session->undoStack()->undo();
        QCOMPARE(m_session->redactions(0).region(id)->rect, QRect(70, 60, 30, 20));
        m_session->undoStack()->undo();
        QCOMPARE(m_session->redactions(0).region(id)->rect, QRect(50, 50, 30, 20));
        QVERIFY(m_session->removeRegion(0, id));
        QVERIFY(!m_session->redactions(0).region(id));
        m_session->undoStack()->undo();
        QCOMPARE(m_session->redactions(0).region(id)->rect, QRect(50, 50, 30, 20));
        // Undo the add, redo it: the same id comes back.
        m_session->undoStack()->undo();
        QVERIFY(m_session->redactions(0).regions().isEmpty());
        m_session->undoStack()->redo();
        QVERIFY(m_session->redactions(0).region(id));
    }

    void regionsAreClippedToThePage()
    {
        const int id = m_session->addRegion(0, QRect(380, 280, 100, 100));
        QCOMPARE(m_session->redactions(0).region(id)->rect, QRect(380, 280, 20, 20));
        QCOMPARE(m_session->addRegion(0, QRect(900, 900, 10, 10)), 0);
        QCOMPARE(m_session->addRegion(5, QRect(0, 0, 10, 10)), 0);
    }

    void crop()
    {
        QSignalSpy crops(m_session.get(), &ReviewSession::cropChanged);
        QVERIFY(m_session->setCrop(1, QRect(10, 10, 200, 100)));
        QCOMPARE(m_session->crop(1), QRect(10, 10, 200, 100));
        QCOMPARE(crops.size(), 1);
        QVERIFY(!m_session->setCrop(1, QRect(10, 10, 200, 100)));
        m_session->undoStack()->undo();
        QVERIFY(m_session->crop(1).isNull());
    }

    void everyOccurrence()
    {
        // "Dana" and "dana," match as words, "Danai" does not; on both pages, as one undo step.
        QCOMPARE(m_session->redactEveryOccurrence(QStringLiteral("dana")), 4);
        QCOMPARE(m_session->redactions(0).regions().size(), 2);
        QCOMPARE(m_session->undoStack()->count(), 1);
        const QRect first = m_session->redactions(0).regions().first().rect;
        QVERIFY(first.contains(QRect(10, 10, 40, 12)));
        QCOMPARE(m_session->redactEveryOccurrence(QStringLiteral("nobody")), 0);
        QCOMPARE(m_session->undoStack()->count(), 1);
        m_session->undoStack()->undo();
        QVERIFY(m_session->redactions(0).regions().isEmpty());
        QVERIFY(m_session->redactions(1).regions().isEmpty());
    }

    // New settings read the pages again: a person's decisions, boxes and crops stay, new hits wait for review.
    void redetectKeepsWhatAPersonDecided()
    {
        QVERIFY(m_session->setDecision({0, 1}, Decision::Rejected));
        QVERIFY(m_session->addRegion(0, QRect(200, 200, 50, 20)) >= 0);
        QVERIFY(m_session->setCrop(1, QRect(10, 10, 200, 100)));
        Settings settings;
        settings.enabledTypes = {PiiType::Email, PiiType::Name};
        QSignalSpy pages(m_session.get(), &ReviewSession::pageChanged);
        m_session->redetect(settings);
        QCOMPARE(pages.size(), 2);
        QVERIFY(!m_session->processedPage(0));
        QCOMPARE(m_session->undoStack()->count(), 0);

        ProcessedPage again = makePage(0);
        again.hits.prepend(makeHit(PiiType::Name, QStringLiteral("Dana"), {10, 10, 40, 12}));
        m_session->setProcessedPage(again);
        m_session->setProcessedPage(makePage(1));
        QCOMPARE(m_session->decision({0, 2}), Decision::Rejected); // amy@example.com, decided before
        QVERIFY(m_session->isReviewed({0, 2}));
        QCOMPARE(m_session->decision({0, 0}), Decision::Accepted); // Dana, found anew
        QVERIFY(!m_session->isReviewed({0, 0}));
        QCOMPARE(m_session->decision({0, 1}), Decision::Rejected); // a phone: switched off now, never decided
        QVERIFY(!m_session->isReviewed({0, 1}));
        QCOMPARE(m_session->redactions(0).regions().size(), 1);
        QCOMPARE(m_session->crop(1), QRect(10, 10, 200, 100));
        QCOMPARE(m_session->settings().enabledTypes, settings.enabledTypes);
    }

    void peopleNamedOnOnePageAreFoundOnTheOthers()
    {
        // Pages arrive in any order in the window; once all are read, a person named in full on one page is
        // found on the others, as new hits waiting for review.
        ReviewSession session;
        session.setDocument(std::make_shared<BlankDocument>(2), QString(), Settings());
        session.setProcessedPage(pageWithText(1, QStringLiteral("Later Mascherin agreed to the terms")));
        QVERIFY(session.redactions(1).hits().isEmpty());
        session.setProcessedPage(pageWithText(0, QStringLiteral("Counsel: Terri L. Mascherin of Chicago")));
        QCOMPARE(session.redactions(0).hits().size(), 1);
        QTRY_COMPARE(session.redactions(1).hits().size(), 1);
        QCOMPARE(session.redactions(1).hits().first().text, QStringLiteral("Mascherin"));
        QVERIFY(session.redactions(1).isAccepted(0));
        QVERIFY(!session.isReviewed(HitRef{1, 0}));
        QCOMPARE(session.redactions(0).hits().size(), 1);   // nothing found twice where it was already
    }

    void newDocumentForgetsEverything()
    {
        m_session->setDecision({0, 0}, Decision::Rejected);
        m_session->setDocument(std::make_shared<BlankDocument>(3), QString(), Settings());
        QCOMPARE(m_session->pageCount(), 3);
        QVERIFY(m_session->allHits().isEmpty());
        QCOMPARE(m_session->undoStack()->count(), 0);
        QVERIFY(!m_session->processedPage(0));
    }

    void pixelsStayWithinTheirBudget()
    {
        // Room for two pages' pixels (400 x 300 x 4 bytes each) of three: the least recently used goes, its
        // text, hits and decisions stay, and its pixels come back when asked for.
        ReviewSession session;
        session.setDocument(std::make_shared<BlankDocument>(3), QString(), Settings());
        session.setPixelBudget(2 * 400 * 300 * 4);
        QSignalSpy dropped(&session, &ReviewSession::pixelsDropped);
        QSignalSpy needed(&session, &ReviewSession::pixelsNeeded);
        QSignalSpy changed(&session, &ReviewSession::pixelsChanged);
        session.setProcessedPage(makePage(0));
        session.setProcessedPage(makePage(1));
        QVERIFY(!session.pageImage(0).isNull()); // page 0 is now the most recently used
        session.setProcessedPage(makePage(2));
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.first().first().toInt(), 1);
        QVERIFY(session.pageImage(1).isNull());
        QVERIFY(session.processedPage(1)->image.isNull());
        QCOMPARE(session.processedPage(1)->hits.size(), 1);
        QCOMPARE(session.pageSize(1), QSize(400, 300));
        QVERIFY(session.pixelBytes() <= 2 * 400 * 300 * 4);

        session.requestPixels(1);
        session.requestPixels(1);
        QCOMPARE(needed.size(), 1);
        session.setPagePixels(1, makePage(1).image);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!session.pageImage(1).isNull());
        QVERIFY(session.pixelBytes() <= 2 * 400 * 300 * 4);
        // Pixels nobody asked for, or of another size than the page's, are not taken.
        session.setPagePixels(0, makePage(0).image);
        QCOMPARE(changed.size(), 1);
    }

    void pixelsThatCannotBeRenderedAreNotAskedForAgain()
    {
        ReviewSession session;
        session.setDocument(std::make_shared<BlankDocument>(2), QString(), Settings());
        session.setPixelBudget(400 * 300 * 4);
        session.setProcessedPage(makePage(0));
        session.setProcessedPage(makePage(1));
        QVERIFY(session.pageImage(0).isNull());
        QSignalSpy needed(&session, &ReviewSession::pixelsNeeded);
        QSignalSpy failed(&session, &ReviewSession::pixelsFailed);
        session.requestPixels(0);
        session.setPagePixels(0, QImage(10, 10, QImage::Format_RGB32));
        QCOMPARE(failed.size(), 1);
        QVERIFY(session.pageImage(0).isNull());
        session.requestPixels(0);
        QCOMPARE(needed.size(), 1);
        QCOMPARE(failed.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestReviewSession)
#include "test_reviewsession.moc"
