// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/pixelcache.h"

#include <QTest>

using namespace Blackout;

namespace {
QImage imageOf(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    return image;
}
} // namespace

class TestPixelCache : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void leastRecentlyUsedGoesFirst()
    {
        const QImage page = imageOf(100, 100); // 40,000 bytes
        PixelCache cache(3 * page.sizeInBytes());
        QVERIFY(cache.insert(0, page).isEmpty());
        QVERIFY(cache.insert(1, page).isEmpty());
        QVERIFY(cache.insert(2, page).isEmpty());
        QVERIFY(!cache.image(0).isNull()); // 1 is now the least recently used
        QCOMPARE(cache.insert(3, page), QList<int>{1});
        QVERIFY(cache.contains(0) && !cache.contains(1) && cache.contains(2) && cache.contains(3));
        QCOMPARE(cache.bytes(), 3 * page.sizeInBytes());
        QVERIFY(cache.image(1).isNull());
    }

    void aLargePagePushesOutSeveral()
    {
        PixelCache cache(imageOf(100, 300).sizeInBytes());
        cache.insert(0, imageOf(100, 100));
        cache.insert(1, imageOf(100, 100));
        QCOMPARE(cache.insert(2, imageOf(100, 250)), (QList<int>{0, 1}));
        QCOMPARE(cache.size(), 1);
    }

    void theLastPageStaysWhateverItsSize()
    {
        // A budget smaller than one page must still show the page on screen.
        PixelCache cache(1000);
        cache.insert(0, imageOf(100, 100));
        QCOMPARE(cache.insert(1, imageOf(100, 100)), QList<int>{0});
        QVERIFY(!cache.image(1).isNull());
    }

    void pagesOnScreenStay()
    {
        PixelCache cache(imageOf(100, 100).sizeInBytes());
        cache.setPinned({0, 1});
        cache.insert(0, imageOf(100, 100));
        QVERIFY(cache.insert(1, imageOf(100, 100)).isEmpty());
        QVERIFY(cache.insert(2, imageOf(100, 100)).isEmpty()); // over the budget: nothing can go
        QCOMPARE(cache.insert(3, imageOf(100, 100)), QList<int>{2});
        cache.setPinned({});
        QCOMPARE(cache.insert(4, imageOf(100, 100)), (QList<int>{0, 1, 3}));
    }

    void replaceAndRemove()
    {
        PixelCache cache(1 << 20);
        cache.insert(0, imageOf(100, 100));
        cache.insert(0, imageOf(50, 50));
        QCOMPARE(cache.size(), 1);
        QCOMPARE(cache.bytes(), imageOf(50, 50).sizeInBytes());
        cache.remove(0);
        QCOMPARE(cache.bytes(), 0);
        QVERIFY(cache.insert(1, QImage()).isEmpty());
        QCOMPARE(cache.size(), 0);
    }

    void defaultBudgetIsAShareOfTheMachine()
    {
        const qint64 budget = PixelCache::defaultBudget();
        QVERIFY(budget >= 192ll << 20);
        QVERIFY(budget <= 768ll << 20);
    }
};

QTEST_GUILESS_MAIN(TestPixelCache)
#include "test_pixelcache.moc"
