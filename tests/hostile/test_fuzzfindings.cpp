// SPDX-License-Identifier: GPL-3.0-or-later
// What the fuzz targets found, replayed in the normal suite. Each must end with the same clear error.
#include "document/documentloader.h"

#include <QTest>

using namespace Blackout;

class TestFuzzFindings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void finding_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::addRow("PNG chunk longer than the file") << "png-overlong-text-chunk.png" << "damaged or truncated";
    }

    void finding()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const auto opened = DocumentLoader::open(QStringLiteral(BLACKOUT_TEST_DATA "/hostile/") + file, {});
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(message), qPrintable(opened.error().message));
    }
};

QTEST_GUILESS_MAIN(TestFuzzFindings)
#include "test_fuzzfindings.moc"
