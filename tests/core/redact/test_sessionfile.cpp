// SPDX-License-Identifier: GPL-3.0-or-later
#include "redact/sessionfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Blackout;

namespace {

Hit makeHit(PiiType type, const QString &text, const QRect &box)
{
    Hit h;
    h.type = type;
    h.text = text;
    h.boxes = {box};
    return h;
}

QList<Hit> detected(int shift = 0)
{
    return {makeHit(PiiType::Email, QStringLiteral("amy@example.com"), QRect(10 + shift, 10, 150, 20)),
            makeHit(PiiType::Name, QStringLiteral("Amy Pascal"), QRect(10 + shift, 40, 100, 20)),
            makeHit(PiiType::Name, QStringLiteral("Amy Pascal"), QRect(10 + shift, 400, 100, 20))};
}

} // namespace

class TestSessionFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTripRestoresDecisionsOnRedetectedHits()
    {
        QTemporaryDir dir;
        RedactionSet set(detected());
        set.setDecision(1, Decision::Rejected);   // only the first "Amy Pascal"
        const int region = set.addRegion(QRect(5, 300, 60, 30));
        SessionFile session;
        session.record(2, set);
        const QString path = dir.filePath(QStringLiteral("mail.eml.blackout.json"));
        QVERIFY(session.save(path).ok());

        const Result<SessionFile> loaded = SessionFile::load(path);
        QVERIFY(loaded.ok());
        // Detection ran again and the boxes moved by 3 pixels: decisions still find their hits.
        RedactionSet fresh(detected(3));
        QCOMPARE(loaded->apply(fresh, 2).size(), 3);
        QVERIFY(fresh.isAccepted(0));
        QVERIFY(!fresh.isAccepted(1));
        QVERIFY(fresh.isAccepted(2));   // same type and text elsewhere on the page keeps its own decision
        QCOMPARE(fresh.regions().size(), 1);
        QCOMPARE(fresh.region(region)->rect, QRect(5, 300, 60, 30));
        // A new region gets an id that does not collide with the restored one.
        QVERIFY(fresh.addRegion(QRect(1, 1, 2, 2)) != region);
        // Another page has no review.
        RedactionSet other(detected());
        QCOMPARE(loaded->apply(other, 0).size(), 0);
        QVERIFY(!other.isAccepted(1) == false);
    }

    void savedFileIsVersionedJson()
    {
        SessionFile session;
        RedactionSet set(detected());
        session.record(0, set);
        const QJsonDocument doc = QJsonDocument::fromJson(session.toJson());
        QCOMPARE(doc.object().value(QStringLiteral("format")).toString(), QStringLiteral("blackout-session"));
        QCOMPARE(doc.object().value(QStringLiteral("version")).toInt(), SessionFile::kVersion);
    }

    void hostileInputNeverCrashes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        QTest::addRow("empty") << QByteArray() << false;
        QTest::addRow("not json") << QByteArray("\x00\xff{{{", 6) << false;
        QTest::addRow("array root") << QByteArray("[1,2,3]") << false;
        QTest::addRow("wrong format") << QByteArray(R"({"format":"other","version":1})") << false;
        QTest::addRow("future version") << QByteArray(R"({"format":"blackout-session","version":99})") << false;
        QTest::addRow("pages not array") << QByteArray(R"({"format":"blackout-session","version":1,"pages":7})") << true;
        QTest::addRow("wrong types") << QByteArray(R"({"format":"blackout-session","version":1,"pages":[
            1, "x", {"page":"0"}, {"page":-4,"decisions":[]}, {"page":1e300},
            {"page":0,"decisions":[null, 5, {"type":"email"}, {"type":"nope","text":"a","box":[0,0,1,1],"decision":"accepted"},
              {"type":"email","text":7,"box":[0,0,1,1],"decision":"accepted"},
              {"type":"email","text":"a","box":[0,0,-1,1],"decision":"accepted"},
              {"type":"email","text":"a","box":[0,0,1e308,1],"decision":"accepted"},
              {"type":"email","text":"a","box":[0,0,1],"decision":"accepted"},
              {"type":"email","text":"a","box":[0,0,1,1],"decision":"maybe"}],
             "regions":[{"id":0,"rect":[0,0,1,1]},{"id":"1","rect":[0,0,1,1]},{"id":1,"rect":"x"},{"id":2e12,"rect":[0,0,1,1]}]}]})")
                                       << true;
        QTest::addRow("deep nesting") << QByteArray(100000, '[') << false;
    }
    void hostileInputNeverCrashes()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        const Result<SessionFile> session = SessionFile::fromJson(json);
        QCOMPARE(session.ok(), ok);
        if (!ok) {
            QVERIFY(!session.error().message.isEmpty());
            return;
        }
        QVERIFY(session->isEmpty());   // nothing of the malformed entries survives
        RedactionSet set(detected());
        QCOMPARE(session->apply(set, 0).size(), 0);
        QVERIFY(set.regions().isEmpty());
    }

    void oversizedFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.blackout.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(40LL * 1024 * 1024));   // sparse
        f.close();
        const Result<SessionFile> s = SessionFile::load(path);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::TooLarge);
        QCOMPARE(SessionFile::load(dir.filePath(QStringLiteral("missing.json"))).error().code, ErrorCode::NotFound);
    }

    void pathForIsBesideTheDocumentWhenWritable()
    {
        QTemporaryDir dir;
        const QString doc = dir.filePath(QStringLiteral("letter.pdf"));
        QCOMPARE(SessionFile::pathFor(doc), doc + QStringLiteral(".blackout.json"));
        // A read-only folder: the review goes to the application's data folder instead.
        const QString ro = dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(ro));
        QFile::setPermissions(ro, QFile::ReadOwner | QFile::ExeOwner);
        const QString path = SessionFile::pathFor(ro + QStringLiteral("/scan.png"));
        QFile::setPermissions(ro, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (QFileInfo(ro).isWritable() && path.startsWith(ro))
            QSKIP("running as root: every folder is writable");
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(path.endsWith(QStringLiteral("scan.png.blackout.json")));
    }
};

QTEST_GUILESS_MAIN(TestSessionFile)
#include "test_sessionfile.moc"
