// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile files through the built blackout-cli, as a batch user would meet them. The nasties are made
// here at run time (the large ones sparse), never committed. Each must end: exit 1 with a one-line error
// naming the file, or exit 0 with a result; never a signal. No wall-clock limits: a hang is caught by
// CTest's own timeout.
#include "clirun.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QThread>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

namespace {
const QString kCli = QStringLiteral(BLACKOUT_CLI); // runCli() runs this
const QString kCorpus = QStringLiteral(BLACKOUT_CORPUS);

using Run = CliRun;

quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xffffffffu;
    for (const char c : bytes) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray be32(quint32 v)
{
    QByteArray b(4, Qt::Uninitialized);
    b[0] = char(v >> 24);
    b[1] = char(v >> 16);
    b[2] = char(v >> 8);
    b[3] = char(v);
    return b;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    return be32(quint32(data.size())) + type + data + be32(crc32(type + data));
}

// A valid PNG header that claims width x height, with a token IDAT: a decompression bomb's signature.
QByteArray pngClaiming(quint32 width, quint32 height)
{
    QByteArray ihdr = be32(width) + be32(height);
    ihdr += char(8);  // bit depth
    ihdr += char(2);  // RGB
    ihdr += QByteArray(3, '\0');
    const QByteArray idat = QByteArray::fromHex("789c636000000000010001"); // a few zero bytes, deflated
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", idat)
           + pngChunk("IEND", {});
}

bool writeFile(const QString &path, const QByteArray &bytes, qint64 sparseSize = 0)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return false;
    // resize() is ftruncate(): the rest is a hole that costs no disk.
    return sparseSize <= bytes.size() || file.resize(sparseSize);
}

// count copies of the bundled sample email as dir/in/m00.eml, m01.eml, ...: a small inbox for batch tests.
bool writeSampleInbox(const QString &dir, int count)
{
    QFile sample(QStringLiteral(BLACKOUT_SAMPLES "/leaked-memo.eml"));
    if (!QDir(dir).mkpath(QStringLiteral("in")) || !sample.open(QIODevice::ReadOnly))
        return false;
    const QByteArray mail = sample.readAll();
    for (int i = 0; i < count; ++i) {
        if (!writeFile(QDir(dir).filePath(QStringLiteral("in/m%1.eml").arg(i, 2, 10, QLatin1Char('0'))), mail))
            return false;
    }
    return true;
}


QByteArray mimeBomb(int parts)
{
    QByteArray m = "From: a@example.org\r\nTo: b@example.org\r\nSubject: many parts\r\nMIME-Version: 1.0\r\n"
                   "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n";
    m.reserve(parts * 40);
    for (int i = 0; i < parts; ++i)
        m += "--b\r\nContent-Type: text/plain\r\n\r\npart " + QByteArray::number(i) + "\r\n";
    return m + "--b--\r\n";
}

QByteArray nestingBomb(int depth)
{
    QByteArray head = "From: a@example.org\r\nSubject: deep\r\nMIME-Version: 1.0\r\n";
    QByteArray tail;
    for (int i = 0; i < depth; ++i) {
        const QByteArray b = "b" + QByteArray::number(i);
        head += "Content-Type: multipart/mixed; boundary=\"" + b + "\"\r\n\r\n--" + b + "\r\n";
        tail.prepend("\r\n--" + b + "--\r\n");
    }
    return head + "Content-Type: text/plain\r\n\r\ndeepest\r\n" + tail;
}

QByteArray pdfLoop()
{
    // The page tree is its own kid, the content stream's length points at itself, and there is no xref.
    return "%PDF-1.4\n"
           "1 0 obj << /Type /Catalog /Pages 2 0 R /Outlines 5 0 R >> endobj\n"
           "2 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 /Parent 2 0 R >> endobj\n"
           "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources 3 0 R >> endobj\n"
           "4 0 obj << /Length 4 0 R >> stream\nBT /F1 12 Tf 72 720 Td (loop) Tj ET\nendstream endobj\n"
           "5 0 obj << /First 5 0 R /Last 5 0 R /Next 5 0 R >> endobj\n"
           "trailer << /Root 1 0 R /Size 6 >>\n%%EOF\n";
}

QJsonObject parseReport(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}
} // namespace

class TestHostile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(kCli), qPrintable(kCli));
        QVERIFY(m_dir.isValid());
    }

    void nasty_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("sparseSize");
        QTest::addColumn<QString>("raiseWith"); // the option a guard's message must name; empty: none expected
        QTest::addRow("100000-part MIME bomb") << "parts.eml" << mimeBomb(100'000) << qint64(0)
                                               << "--max-mime-parts";
        QTest::addRow("5000-deep MIME nesting") << "deep.eml" << nestingBomb(5000) << qint64(0) << "--max-mime-depth";
        QTest::addRow("60000x60000 PNG header") << "huge.png" << pngClaiming(60'000, 60'000) << qint64(0)
                                                << "--max-megapixels";
        QTest::addRow("PDF reference loop") << "loop.pdf" << pdfLoop() << qint64(0) << QString();
        QTest::addRow("5 GB sparse file as image")
            << "sparse.png" << pngClaiming(640, 480) << qint64(5) * 1024 * 1024 * 1024 << QString();
        QTest::addRow("mbox with a billion-byte line")
            << "long.mbox"
            << QByteArray("From a@example.org Sat Nov 28 00:00:00 2026\nFrom: a@example.org\nSubject: long\n\n")
            << qint64(1'000'000'000) << "--max-message-mb";
        QTest::addRow("empty PDF") << "empty.pdf" << QByteArray("%PDF-") << qint64(0) << QString();
        QTest::addRow("truncated JPEG") << "cut.jpg" << QByteArray::fromHex("ffd8ffe000104a46494600") << qint64(0)
                                        << QString();
    }

    void nasty()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, sparseSize);
        QFETCH(QString, raiseWith);
        const QString input = m_dir.filePath(name);
        QVERIFY(writeFile(input, bytes, sparseSize));
        const QString report = m_dir.filePath(name + QStringLiteral(".json"));
        const Run run = runCli({QStringLiteral("scan"), QStringLiteral("--quiet"), QStringLiteral("--jobs"),
                                QStringLiteral("1"), QStringLiteral("--report"), report, input});
        QFile::remove(input); // the sparse ones are large on paper only, but do not leave them about
        QVERIFY2(!run.crashed, run.err.constData());
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
        const QJsonObject root = parseReport(report);
        const QJsonArray files = root.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 1);
        const QJsonObject file = files.at(0).toObject();
        if (run.exitCode == 1) {
            QCOMPARE(file.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
            const QString reason = file.value(QStringLiteral("error")).toString();
            QVERIFY(!reason.isEmpty());
            QVERIFY(!reason.contains(QLatin1Char('\n')));
            // The person sees which file and why, on one line.
            QVERIFY2(run.err.contains(QStringLiteral("error: %1: %2").arg(input, reason).toUtf8()), run.err.constData());
            if (!raiseWith.isEmpty())
                QVERIFY2(reason.contains(raiseWith), qPrintable(reason));
        } else {
            QVERIFY(raiseWith.isEmpty());
            QCOMPARE(file.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        }
    }

    // The option a guard's message names does raise that guard.
    void raisedLimitsLetAFileThrough()
    {
        const QString input = m_dir.filePath(QStringLiteral("parts1500.eml"));
        QVERIFY(writeFile(input, mimeBomb(1500)));
        const QStringList scan{QStringLiteral("scan"), QStringLiteral("--quiet"), input};
        const Run capped = runCli(scan);
        QCOMPARE(capped.exitCode, 1);
        QVERIFY2(capped.err.contains("--max-mime-parts"), capped.err.constData());
        const Run raised = runCli(scan + QStringList{QStringLiteral("--max-mime-parts"), QStringLiteral("2000")});
        QVERIFY2(!raised.crashed && raised.exitCode == 0, raised.err.constData());
        const Run small = runCli(scan + QStringList{QStringLiteral("--max-mime-parts"), QStringLiteral("0")});
        QCOMPARE(small.exitCode, 2);
        QVERIFY(small.err.contains("--max-mime-parts"));
    }

    // A page cap does not fail the file, but says what it left out and how to raise it.
    void maxPagesCapsALongEmail()
    {
        const QString input = m_dir.filePath(QStringLiteral("capped.eml"));
        QByteArray mail = "From: a@example.org\r\nSubject: long\r\n\r\n";
        for (int i = 0; i < 2000; ++i)
            mail += "line " + QByteArray::number(i) + "\r\n";
        QVERIFY(writeFile(input, mail));
        const QString report = m_dir.filePath(QStringLiteral("capped.json"));
        const Run run = runCli({QStringLiteral("scan"), QStringLiteral("--quiet"), QStringLiteral("--max-pages"),
                                QStringLiteral("2"), QStringLiteral("--report"), report, input});
        QVERIFY2(!run.crashed && run.exitCode == 0, run.err.constData());
        const QJsonArray files = parseReport(report).value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 1);
        QVERIFY(files.at(0).toObject().value(QStringLiteral("pages")).toArray().size() <= 2);
        QVERIFY2(run.err.contains("--max-pages"), run.err.constData());
    }

    void badLimitsAreUsageErrors()
    {
        const Run timeout = runCli({QStringLiteral("scan"), QStringLiteral("--file-timeout"), QStringLiteral("soon"),
                                    m_dir.path()});
        QCOMPARE(timeout.exitCode, 2);
        QVERIFY(timeout.err.contains("--file-timeout"));
        const Run pages = runCli({QStringLiteral("scan"), QStringLiteral("--max-pages"), QStringLiteral("0"),
                                  m_dir.path()});
        QCOMPARE(pages.exitCode, 2);
        QVERIFY(pages.err.contains("--max-pages"));
    }

    // A run that died inside a file leaves it in <report>.inprogress; the resumed run must report it as an
    // error instead of reading it (and crashing) again, and keep doing so on later resumes.
    void resumeSkipsTheFileARunDiedIn()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("in")));
        const QString crasher = dir.filePath(QStringLiteral("in/crasher.eml"));
        QVERIFY(writeFile(crasher, "From: a@example.org\r\nSubject: boom\r\n\r\nhello\r\n"));
        const QString report = dir.filePath(QStringLiteral("report.json"));
        QVERIFY(writeFile(report + QStringLiteral(".inprogress"), crasher.toUtf8() + '\n'));
        const QStringList args{QStringLiteral("redact"), QStringLiteral("--quiet"), QStringLiteral("--skip-existing"),
                               QStringLiteral("--no-leak-check"), QStringLiteral("-o"), dir.filePath(QStringLiteral("out")),
                               QStringLiteral("--report"), report, dir.filePath(QStringLiteral("in"))};
        for (int round = 0; round < 2; ++round) {
            const Run run = runCli(args);
            QVERIFY2(!run.crashed, run.err.constData());
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains("stopped while reading this file"), run.err.constData());
            const QJsonArray files = parseReport(report).value(QStringLiteral("files")).toArray();
            QCOMPARE(files.size(), 1);
            QCOMPARE(files.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("error"));
            QVERIFY(!QFileInfo::exists(report + QStringLiteral(".inprogress")));
            QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out/crasher-p1.png"))));
        }
    }

    // The process dies (SIGKILL, as the kernel's OOM killer would) in the middle of a batch: the report on
    // disk is valid JSON at that moment, and --skip-existing finishes the rest without doing any file twice.
    // The file being read when it died (none, if it died between two files) may be what killed it: it is
    // reported, not read again.
    void killedBatchLeavesAValidReportAndResumes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        constexpr int kFiles = 60;
        QVERIFY(writeSampleInbox(dir.path(), kFiles));
        const QString report = dir.filePath(QStringLiteral("report.json"));
        const QStringList args{QStringLiteral("redact"), QStringLiteral("--quiet"), QStringLiteral("--jobs"),
                               QStringLiteral("1"), QStringLiteral("--skip-existing"), QStringLiteral("--no-leak-check"),
                               QStringLiteral("-o"), dir.filePath(QStringLiteral("out")), QStringLiteral("--report"),
                               report, dir.filePath(QStringLiteral("in"))};

        QProcess first;
        first.start(QStringLiteral(BLACKOUT_CLI), args);
        QVERIFY(first.waitForStarted());
        qsizetype reported = 0;
        while (reported == 0 && first.state() == QProcess::Running) {
            QThread::msleep(20);
            reported = parseReport(report).value(QStringLiteral("files")).toArray().size();
        }
        QVERIFY2(first.state() == QProcess::Running, "the batch ended before it could be killed");
        first.kill();
        first.waitForFinished(-1);
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        const QJsonArray killed = parseReport(report).value(QStringLiteral("files")).toArray();
        QVERIFY(killed.size() >= 1);
        QVERIFY(killed.size() < kFiles);
        QHash<QString, QDateTime> doneBefore;
        QDirIterator outputs(dir.filePath(QStringLiteral("out")), QDir::Files, QDirIterator::Subdirectories);
        while (outputs.hasNext()) {
            const QString path = outputs.next();
            doneBefore.insert(path, QFileInfo(path).lastModified());
        }
        QVERIFY(!doneBefore.isEmpty());

        const Run resumed = runCli(args);
        QVERIFY2(!resumed.crashed, resumed.err.constData());
        const QJsonArray files = parseReport(report).value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), kFiles);
        int suspects = 0;
        for (const QJsonValue &file : files) {
            const QJsonObject entry = file.toObject();
            if (entry.value(QStringLiteral("status")).toString() == QLatin1String("error")) {
                QVERIFY(entry.value(QStringLiteral("error")).toString().contains(QStringLiteral("stopped while reading")));
                ++suspects;
            }
        }
        QVERIFY2(suspects <= 1, qPrintable(QString::number(suspects))); // --jobs 1: one file at a time, never more
        QCOMPARE(resumed.exitCode, suspects);
        for (auto it = doneBefore.cbegin(); it != doneBefore.cend(); ++it) // not written again
            QCOMPARE(QFileInfo(it.key()).lastModified(), it.value());
        QCOMPARE(QDir(dir.filePath(QStringLiteral("out"))).entryList(QDir::Files).size(), kFiles - suspects);
    }

    // A scanned sheet of graph paper (every cell a candidate table cell) kept Tesseract's layout analysis
    // busy for more than six minutes, where no cancellation reaches; the page holds no text. It must end
    // with the page read and nothing found. A hang is caught by CTest's timeout, as everywhere here.
    void graphPaperPageEnds_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addRow("default limits") << QStringList();
        QTest::addRow("--file-timeout 20") << QStringList{QStringLiteral("--file-timeout"), QStringLiteral("20")};
    }

    void graphPaperPageEnds()
    {
        QFETCH(QStringList, extra);
        const QString input = kCorpus + QStringLiteral("/pdf/damaged_xref_entries_scanned_page.pdf");
        if (!QFileInfo::exists(input))
            QSKIP("the shared corpus is not beside the source tree");
        const QString report = m_dir.filePath(QStringLiteral("graph.json"));
        const Run run = runCli(QStringList{QStringLiteral("scan"), QStringLiteral("--quiet"), QStringLiteral("--jobs"),
                                           QStringLiteral("1"), QStringLiteral("--report"), report}
                               + extra + QStringList{input});
        QVERIFY2(!run.crashed, run.err.constData());
        const QJsonArray files = parseReport(report).value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 1);
        const QJsonObject file = files.at(0).toObject();
        if (!extra.isEmpty() && run.exitCode == 1) {
            // A slower machine may meet the shorter limit: then one line that names the option.
            const QString reason = file.value(QStringLiteral("error")).toString();
            QVERIFY2(reason.contains(QStringLiteral("--file-timeout")) && !reason.contains(QLatin1Char('\n')),
                     qPrintable(reason));
            return;
        }
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(file.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        const QJsonArray pages = file.value(QStringLiteral("pages")).toArray();
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.at(0).toObject().value(QStringLiteral("hits")).toArray().size(), 0);
    }

    // SIGTERM (a service manager, kill, a closed session) and SIGINT (Ctrl+C) stop a batch: it ends with
    // status 1, the report on disk is valid and lists the files that were finished, and --skip-existing does
    // the rest. With a file stuck inside a library call (BLACKOUT_TEST_FAULT makes one hang, deaf to
    // cancellation), the batch stops all the same, without that file. The bounded waits below only turn a
    // batch that never stops into a failure instead of a CTest timeout.
    void signalStopsABatchThatResumes_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<bool>("hang");
        QTest::addRow("SIGTERM") << int(SIGTERM) << false;
        QTest::addRow("SIGTERM, a file stuck") << int(SIGTERM) << true;
        QTest::addRow("SIGINT, a file stuck") << int(SIGINT) << true;
    }

    void signalStopsABatchThatResumes()
    {
        QFETCH(int, signal);
        QFETCH(bool, hang);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        constexpr int kFiles = 60;
        constexpr int kStuck = 3; // the stuck file comes after some finished ones
        auto name = [](int i) { return QStringLiteral("m%1.eml").arg(i, 2, 10, QLatin1Char('0')); };
        QVERIFY(writeSampleInbox(dir.path(), kFiles));
        const QString report = dir.filePath(QStringLiteral("report.json"));
        const QStringList args{QStringLiteral("redact"), QStringLiteral("--quiet"), QStringLiteral("--jobs"),
                               QStringLiteral("2"), QStringLiteral("--skip-existing"), QStringLiteral("--no-leak-check"),
                               QStringLiteral("-o"), dir.filePath(QStringLiteral("out")), QStringLiteral("--report"),
                               report, dir.filePath(QStringLiteral("in"))};

        QProcess first;
        if (hang) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("BLACKOUT_TEST_FAULT"), QStringLiteral("hang:") + name(kStuck));
            first.setProcessEnvironment(env);
        }
        first.start(QStringLiteral(BLACKOUT_CLI), args);
        QVERIFY(first.waitForStarted());
        // Stop it once some files are done (and, with a stuck file, once that file has started).
        const QString inProgress = report + QStringLiteral(".inprogress");
        auto ready = [&] {
            if (parseReport(report).value(QStringLiteral("files")).toArray().isEmpty())
                return false;
            QFile running(inProgress);
            return !hang || (running.open(QIODevice::ReadOnly) && running.readAll().contains(name(kStuck).toUtf8()));
        };
        while (!ready() && first.state() == QProcess::Running)
            QThread::msleep(20);
        QVERIFY2(first.state() == QProcess::Running, "the batch ended before it could be stopped");
        QVERIFY(::kill(pid_t(first.processId()), signal) == 0);
        QVERIFY2(first.waitForFinished(60'000), "the batch did not stop");
        QCOMPARE(first.exitStatus(), QProcess::NormalExit);
        QCOMPARE(first.exitCode(), 1);
        QVERIFY2(first.readAllStandardError().contains("stopping"), "no word that it is stopping");
        QVERIFY(!QFileInfo::exists(inProgress)); // interrupted files are not suspects
        const QJsonArray stopped = parseReport(report).value(QStringLiteral("files")).toArray();
        QVERIFY(stopped.size() >= 1);
        QVERIFY(stopped.size() < kFiles);
        for (const QJsonValue &value : stopped) {
            const QJsonObject entry = value.toObject();
            QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
            QVERIFY(!entry.value(QStringLiteral("input")).toString().endsWith(name(kStuck)) || !hang);
            const QJsonArray pages = entry.value(QStringLiteral("pages")).toArray();
            QVERIFY(!pages.isEmpty());
            for (const QJsonValue &page : pages) {
                for (const QJsonValue &output : page.toObject().value(QStringLiteral("outputs")).toArray())
                    QVERIFY2(QFileInfo::exists(output.toString()), qPrintable(output.toString()));
            }
        }

        const Run resumed = runCli(args);
        QVERIFY2(!resumed.crashed && resumed.exitCode == 0, resumed.err.constData());
        const QJsonArray files = parseReport(report).value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), kFiles);
        for (const QJsonValue &value : files)
            QCOMPARE(value.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("out"))).entryList(QDir::Files).size(), kFiles);
    }

    // Every file runs in a worker process: a library that crashes, hangs or runs out of memory on one file
    // (BLACKOUT_TEST_FAULT makes one abort, hang deaf to cancellation, or allocate without end) costs that
    // file, with a one-line reason, and the batch finishes the rest.
    void workerFaultCostsOneFile_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("reason");
        QTest::addRow("crash") << "abort" << "the email reader crashed on this file";
        QTest::addRow("hang") << "hang" << "stopped after 1 s (raise the limit with --file-timeout)";
        QTest::addRow("memory") << "hog" << "it needs more than 400 MB of memory: raise --max-memory-mb";
    }

    void workerFaultCostsOneFile()
    {
        QFETCH(QString, fault);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        constexpr int kFiles = 6;
        QVERIFY(writeSampleInbox(dir.path(), kFiles));
        const QString report = dir.filePath(QStringLiteral("report.json"));
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BLACKOUT_TEST_FAULT"), fault + QStringLiteral(":m02.eml"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(BLACKOUT_CLI),
                  {QStringLiteral("scan"), QStringLiteral("--quiet"), QStringLiteral("--jobs"), QStringLiteral("2"),
                   QStringLiteral("--file-timeout"), QStringLiteral("1"), QStringLiteral("--max-memory-mb"),
                   QStringLiteral("400"), QStringLiteral("--report"), report, dir.filePath(QStringLiteral("in"))});
        cli.waitForFinished(-1);
        const QByteArray err = cli.readAllStandardError();
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 1);
        const QJsonArray files = parseReport(report).value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), kFiles);
        for (const QJsonValue &value : files) {
            const QJsonObject entry = value.toObject();
            const QString input = entry.value(QStringLiteral("input")).toString();
            if (input.endsWith(QLatin1String("/m02.eml"))) {
                QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
                QCOMPARE(entry.value(QStringLiteral("error")).toString(), reason);
                QVERIFY2(err.contains(QStringLiteral("error: %1: %2").arg(input, reason).toUtf8()), err.constData());
            } else {
                QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
                QVERIFY(!entry.value(QStringLiteral("pages")).toArray().isEmpty());
            }
        }
    }

    // Remote images and links are never fetched; attachment names never choose where output goes.
    void hostileContentIsInert()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QByteArray url = "http://127.0.0.1:" + QByteArray::number(server.serverPort());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("in/sub")));
        const QByteArray mail =
            "From: a@example.org\r\nTo: b@example.org\r\nSubject: inert\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/mixed; boundary=\"m\"\r\n\r\n"
            "--m\r\nContent-Type: text/html\r\n\r\n"
            "<html><head><link rel=stylesheet href=\"" + url + "/s.css\"><script>location='" + url + "/js'</script>"
            "</head><body background=\"" + url + "/bg.png\"><img src=\"" + url + "/pixel.png\">"
            "<iframe src=\"" + url + "/frame\"></iframe><a href=\"" + url + "/link\">call 555-0100</a></body></html>\r\n"
            "--m\r\nContent-Type: image/png\r\nContent-Disposition: attachment; filename=\"../../../evil.png\"\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\n" + pngClaiming(4, 4).toBase64() + "\r\n--m--\r\n";
        QVERIFY(writeFile(dir.filePath(QStringLiteral("in/sub/inert.eml")), mail));
        const Run run = runCli({QStringLiteral("redact"), QStringLiteral("--quiet"), QStringLiteral("--no-leak-check"),
                                QStringLiteral("-o"), dir.filePath(QStringLiteral("out")), dir.filePath(QStringLiteral("in"))});
        QVERIFY2(!run.crashed && (run.exitCode == 0 || run.exitCode == 1), run.err.constData());
        QVERIFY(!server.waitForNewConnection(0));
        QVERIFY(!server.hasPendingConnections());
        QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = QDir(dir.path()).relativeFilePath(it.next());
            QVERIFY2(!path.contains(QStringLiteral("evil")), qPrintable(path));
            QVERIFY2(path.startsWith(QStringLiteral("in/")) || path.startsWith(QStringLiteral("out/sub/")), qPrintable(path));
        }
        QVERIFY(!QFileInfo::exists(QDir(dir.path()).absoluteFilePath(QStringLiteral("../evil.png"))));
    }

    // Every real document we have: a valid report, one entry per file, no crash.
    void wholeCorpus()
    {
        if (!QFileInfo::exists(kCorpus))
            QSKIP("the shared corpus is not beside the source tree");
        int documents = 0;
        QDirIterator it(kCorpus, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            documents += it.next().endsWith(QLatin1String(".md")) ? 0 : 1;
        const QString report = m_dir.filePath(QStringLiteral("corpus.json"));
        const Run run = runCli({QStringLiteral("scan"), QStringLiteral("--quiet"), QStringLiteral("--dpi"),
                                QStringLiteral("100"), QStringLiteral("--jobs"), QStringLiteral("2"),
                                QStringLiteral("--report"), report, kCorpus});
        QVERIFY2(!run.crashed, run.err.constData());
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
        const QJsonObject root = parseReport(report);
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
        const QJsonArray files = root.value(QStringLiteral("files")).toArray();
        QVERIFY2(files.size() >= documents - 2, qPrintable(QStringLiteral("%1 of %2").arg(files.size()).arg(documents)));
        for (const QJsonValue &value : files) {
            const QJsonObject file = value.toObject();
            const QString status = file.value(QStringLiteral("status")).toString();
            QVERIFY(status == QLatin1String("ok") || status == QLatin1String("error"));
            if (status == QLatin1String("error"))
                qInfo("%s: %s", qPrintable(file.value(QStringLiteral("input")).toString()),
                      qPrintable(file.value(QStringLiteral("error")).toString()));
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestHostile)
#include "test_hostile.moc"
