// SPDX-License-Identifier: GPL-3.0-or-later
// The per-file deadline rides on Cancellation: a child follows its parent but never cancels it.
#include "model/cancellation.h"

#include <QTest>
#include <QThread>

using namespace Blackout;
using namespace std::chrono_literals;

class TestCancellation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void childFollowsParent()
    {
        Cancellation batch;
        const Cancellation file = batch.withDeadline(0ms);
        QVERIFY(!file.isCancelled());
        QVERIFY(!file.isPastDeadline());
        batch.cancel();
        QVERIFY(file.isCancelled());
        QVERIFY(!file.isPastDeadline()); // cancelled by the user, not timed out
    }

    void childDoesNotCancelParent()
    {
        const Cancellation batch;
        Cancellation file = batch.withDeadline(0ms);
        file.cancel();
        QVERIFY(file.isCancelled());
        QVERIFY(!batch.isCancelled());
    }

    void deadlinePasses()
    {
        const Cancellation batch;
        const Cancellation file = batch.withDeadline(1ms);
        // No upper bound on the wait: only that a passed deadline is seen.
        while (!file.isPastDeadline())
            QThread::msleep(1);
        QVERIFY(file.isCancelled());
        QVERIFY(!batch.isCancelled());
        const Cancellation copy = file;
        QVERIFY(copy.isCancelled());
    }
};

QTEST_GUILESS_MAIN(TestCancellation)
#include "test_cancellation.moc"
