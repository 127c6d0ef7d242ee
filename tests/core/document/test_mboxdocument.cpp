// SPDX-License-Identifier: GPL-3.0-or-later
// MboxDocument: all messages of an mbox as one document, and each message on its own.
#include "document/mboxdocument.h"

#include <QDir>
#include <QtTest>

using namespace Blackout;

class TestMboxDocument : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void threeMessages()
    {
        auto result = MboxDocument::fromFile(QStringLiteral(BLACKOUT_TEST_DATA "/email/three.mbox"), {});
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        auto *mbox = dynamic_cast<MboxDocument *>(result.value().get());
        QVERIFY(mbox);
        QCOMPARE(mbox->messageCount(), 3);
        QCOMPARE(mbox->pageCount(), 3);
        QCOMPARE(mbox->metadata().people.size(), 4); // three senders and the list, once each
        const QStringList subjects{QStringLiteral("First message"), QStringLiteral("Second message"),
                                   QStringLiteral("Third message")};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(mbox->message(i).metadata().title, subjects.at(i));
            QVERIFY(mbox->messageTitle(i).startsWith(subjects.at(i)));
            QCOMPARE(mbox->firstPageOfMessage(i), i);
            QCOMPARE(mbox->messageOfPage(i), i);
            auto page = mbox->page(i);
            QVERIFY(page);
            QCOMPARE(page->index, i);
            const QString text = page->layers.first().text();
            QVERIFY2(text.contains(QStringLiteral("Body of message %1.").arg(i + 1)), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral(">From here on, an escaped line.")), qPrintable(text));
        }
        QCOMPARE(mbox->messageOfPage(3), -1);
        QVERIFY(!mbox->page(3));
        QVERIFY(mbox->messageTitle(1).contains(QStringLiteral("Ben Two <ben@example.com>")));
    }

    // More messages than the page cap allows: the first ones are read, the file is no error.
    void pageCapStopsReadingMessages()
    {
        LoadOptions options;
        options.maxPages = 2;
        auto result = MboxDocument::fromFile(QStringLiteral(BLACKOUT_TEST_DATA "/email/three.mbox"), options);
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        auto *mbox = dynamic_cast<MboxDocument *>(result.value().get());
        QVERIFY(mbox);
        QCOMPARE(mbox->messageCount(), 2);
        QCOMPARE(mbox->pageCount(), 2);
    }

    // A message over the raisable MIME caps fails the file with the Limit that stopped it.
    void mimeCapsNameTheirLimit()
    {
        QByteArray mbox = "From a@example.org Sat Nov 28 00:00:00 2026\nFrom: a@example.org\nSubject: parts\n"
                          "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n";
        for (int i = 0; i < 20; ++i)
            mbox += "--b\nContent-Type: text/plain\n\npart " + QByteArray::number(i) + "\n";
        mbox += "--b--\n";
        LoadOptions options;
        options.maxMimeParts = 10;
        auto capped = MboxDocument::fromData(mbox, options);
        QVERIFY(!capped);
        QCOMPARE(capped.error().limit, Limit::MimeParts);
        QVERIFY2(capped.error().message.contains(QStringLiteral("10 parts")), qPrintable(capped.error().message));
        options.maxMimeParts = 30;
        QVERIFY(MboxDocument::fromData(mbox, options));
        options.maxMimeDepth = 0;
        auto shallow = MboxDocument::fromData(mbox, options);
        QVERIFY(!shallow);
        QCOMPARE(shallow.error().limit, Limit::MimeDepth);
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("messages");
        const QString dir = QStringLiteral(BLACKOUT_CORPUS "/email/");
        if (!QFile::exists(dir))
            QSKIP("the shared corpus is not available");
        QTest::addRow("gnome") << dir + QStringLiteral("gnome_desktop_devel_list_archive.mbox") << 2;
        QTest::addRow("pipermail") << dir + QStringLiteral("pipermail_archive_obfuscated_at_addresses.mbox") << 4;
    }
    void corpus()
    {
        QFETCH(QString, path);
        QFETCH(int, messages);
        auto result = MboxDocument::fromFile(path, {});
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        auto *mbox = dynamic_cast<MboxDocument *>(result.value().get());
        QCOMPARE(mbox->messageCount(), messages);
        QVERIFY(mbox->pageCount() >= messages);
        for (int i = 0; i < messages; ++i)
            QVERIFY(!mbox->messageTitle(i).isEmpty());
    }

    void notMbox()
    {
        auto result = MboxDocument::fromData(QByteArray("\x89PNG\r\n\x1a\n", 8), {});
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(QStringLiteral("not an mbox")));
        QVERIFY(!MboxDocument::fromFile(QStringLiteral("/nonexistent/file.mbox"), {}));
    }
};

QTEST_MAIN(TestMboxDocument) // a QGuiApplication: laying out text needs Qt's font system
#include "test_mboxdocument.moc"
