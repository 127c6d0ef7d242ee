// SPDX-License-Identifier: GPL-3.0-or-later
// Found by fuzz_detect: a detector pattern that does not compile finds nothing, silently, except for a
// qWarning per match call. Every detector must run over text with no such warning.
#include "detect/detectorregistry.h"

#include "warningcollector.h"

#include <QTest>

using namespace Blackout;

class TestDetectPatterns : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyPatternCompiles()
    {
        const QString text = QStringLiteral(
            "Dear Amy Pascal,\nHauptstraße 12, 10115 Berlin\n12 rue de la Paix, 75002 Paris\n"
            "1185 Commonwealth Avenue, Boston, MA 02134\ncall +1 415 555 0100 or mail amy@example.com\n"
            "IBAN DE89 3704 0044 0532 0130 00, card 4111 1111 1111 1111, SSN 123-45-6789, 10.0.0.1 "
            "https://example.org/x\nHC-2024-17 Halloran\n");
        TextLayer layer(TextSource::Layout);
        for (int i = 0; i < text.size(); ++i)
            layer.appendChar(text.at(i), QRectF(i % 80 * 8, i / 80 * 16, 8, 14), 1.0f);
        DetectionContext context;
        context.watchList = {QStringLiteral("Halloran")};
        context.customPatterns = {QStringLiteral("HC-\\d{4}-\\d+")};
        QList<Hit> hits;
        QStringList warnings;
        {
            const WarningCollector collector;
            hits = DetectorRegistry::standard().detect({layer}, context);
            warnings = WarningCollector::warnings();
        }
        QVERIFY2(warnings.filter(QStringLiteral("QRegularExpression")).isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QVERIFY(!hits.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDetectPatterns)
#include "test_detectpatterns.moc"
