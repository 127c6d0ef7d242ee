// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built blackout-cli as a batch user does and checks exit codes, the report and the files.
#include "clirun.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kSamples = QStringLiteral(BLACKOUT_SAMPLES);

using Run = CliRun;

QStringList filesBelow(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(dir).relativeFilePath(it.next()));
    files.sort();
    return files;
}

void copySample(const QString &name, const QString &toDir)
{
    QVERIFY(QFile::copy(kSamples + QLatin1Char('/') + name, toDir + QLatin1Char('/') + name));
}

// Checks the report against ../shared/report-schema.md, field by field.
void verifySchema(const QJsonObject &report)
{
    QCOMPARE(report.value(QStringLiteral("version")).toInt(), 1);
    QVERIFY(report.value(QStringLiteral("tool")).toString().startsWith(QStringLiteral("blackout ")));
    const QSet<QString> types{QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("url"),
                              QStringLiteral("ip"), QStringLiteral("card"), QStringLiteral("iban"),
                              QStringLiteral("ssn"), QStringLiteral("name"), QStringLiteral("address"),
                              QStringLiteral("custom")};
    const QSet<QString> sources{QStringLiteral("ocr"), QStringLiteral("text"), QStringLiteral("layout")};
    for (const QJsonValue &f : report.value(QStringLiteral("files")).toArray()) {
        const QJsonObject file = f.toObject();
        QVERIFY(file.value(QStringLiteral("input")).isString());
        QVERIFY(QSet<QString>({QStringLiteral("email"), QStringLiteral("pdf"), QStringLiteral("image")})
                    .contains(file.value(QStringLiteral("kind")).toString()));
        const QString status = file.value(QStringLiteral("status")).toString();
        QVERIFY(status == QLatin1String("ok") || status == QLatin1String("error"));
        QVERIFY(status == QLatin1String("ok") ? file.value(QStringLiteral("error")).isNull()
                                              : !file.value(QStringLiteral("error")).toString().isEmpty());
        for (const QJsonValue &p : file.value(QStringLiteral("pages")).toArray()) {
            const QJsonObject page = p.toObject();
            QVERIFY(page.value(QStringLiteral("index")).isDouble());
            QVERIFY(page.value(QStringLiteral("width")).toInt() > 0);
            QVERIFY(page.value(QStringLiteral("height")).toInt() > 0);
            QVERIFY(page.value(QStringLiteral("outputs")).isArray());
            if (page.contains(QStringLiteral("leak_check")))
                QVERIFY(QSet<QString>({QStringLiteral("full"), QStringLiteral("targeted"), QStringLiteral("none")})
                            .contains(page.value(QStringLiteral("leak_check")).toString()));
            for (const QJsonValue &h : page.value(QStringLiteral("hits")).toArray()) {
                const QJsonObject hit = h.toObject();
                QVERIFY2(types.contains(hit.value(QStringLiteral("type")).toString()),
                         qPrintable(hit.value(QStringLiteral("type")).toString()));
                QVERIFY(hit.value(QStringLiteral("text")).isString());
                QVERIFY(hit.value(QStringLiteral("confidence")).isDouble());
                QVERIFY(sources.contains(hit.value(QStringLiteral("source")).toString()));
                QVERIFY(hit.value(QStringLiteral("redacted")).isBool());
                for (const QJsonValue &b : hit.value(QStringLiteral("boxes")).toArray())
                    QCOMPARE(b.toArray().size(), 4);
            }
        }
    }
}

QJsonObject readReport(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject fileEntry(const QJsonObject &report, const QString &tail)
{
    for (const QJsonValue &f : report.value(QStringLiteral("files")).toArray()) {
        if (f.toObject().value(QStringLiteral("input")).toString().endsWith(tail))
            return f.toObject();
    }
    return {};
}
} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void versionAndHelp()
    {
        const Run version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(BLACKOUT_VERSION));
        const Run help = runCli({QStringLiteral("redact"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--skip-existing"));
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(runCli({}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("redact"), kSamples}).exitCode, 2); // no -o
        QCOMPARE(runCli({QStringLiteral("scan"), kSamples, QStringLiteral("--types"), QStringLiteral("shoe")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("scan"), kSamples, QStringLiteral("--links"), QStringLiteral("some")}).exitCode, 2);
    }

    void outputInsideInputIsRefused()
    {
        QTemporaryDir dir;
        copySample(QStringLiteral("leaked-memo.eml"), dir.path());
        const Run run = runCli({QStringLiteral("redact"), dir.path(), QStringLiteral("-o"), dir.filePath(QStringLiteral("out"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("inside an input folder"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out"))));
    }

    void batchGoesOnPastBadFiles()
    {
        QTemporaryDir in;
        QTemporaryDir out;
        QDir(in.path()).mkpath(QStringLiteral("mail/nested"));
        copySample(QStringLiteral("leaked-memo.eml"), in.filePath(QStringLiteral("mail/nested")));
        {
            QFile bad(in.filePath(QStringLiteral("broken.pdf")));
            QVERIFY(bad.open(QIODevice::WriteOnly));
            bad.write("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
            QFile notes(in.filePath(QStringLiteral("notes.txt")));
            QVERIFY(notes.open(QIODevice::WriteOnly));
            notes.write("shopping list\nmilk\n");
        }
        const QStringList before = filesBelow(in.path());
        const QString report = out.filePath(QStringLiteral("report.json"));
        const Run run = runCli({QStringLiteral("redact"), in.path(), QStringLiteral("-o"), out.filePath(QStringLiteral("x")),
                                QStringLiteral("--report"), report, QStringLiteral("--jobs"), QStringLiteral("2")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("broken.pdf"), run.err.constData());

        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError parseError;
        const QJsonObject json = QJsonDocument::fromJson(file.readAll(), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        verifySchema(json);
        QCOMPARE(json.value(QStringLiteral("files")).toArray().size(), 2); // notes.txt skipped, not reported

        const QJsonObject broken = fileEntry(json, QStringLiteral("broken.pdf"));
        QCOMPARE(broken.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QVERIFY(!broken.value(QStringLiteral("error")).toString().contains(QLatin1Char('\n')));

        const QJsonObject memo = fileEntry(json, QStringLiteral("leaked-memo.eml"));
        QCOMPARE(memo.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(memo.value(QStringLiteral("kind")).toString(), QStringLiteral("email"));
        const QJsonArray pages = memo.value(QStringLiteral("pages")).toArray();
        QVERIFY(!pages.isEmpty());
        QStringList types;
        for (const QJsonValue &p : pages) {
            const QJsonArray outputs = p.toObject().value(QStringLiteral("outputs")).toArray();
            QVERIFY(!outputs.isEmpty());
            for (const QJsonValue &o : outputs) {
                const QImage image(o.toString());
                QVERIFY2(!image.isNull(), qPrintable(o.toString()));
                QVERIFY(o.toString().contains(QStringLiteral("/mail/nested/leaked-memo-p")));
            }
            for (const QJsonValue &h : p.toObject().value(QStringLiteral("hits")).toArray())
                types.append(h.toObject().value(QStringLiteral("type")).toString());
        }
        QVERIFY2(types.contains(QStringLiteral("phone")), qPrintable(types.join(QLatin1Char(','))));
        QVERIFY(types.contains(QStringLiteral("email")));
        QVERIFY(types.contains(QStringLiteral("iban")));

        QCOMPARE(filesBelow(in.path()), before); // nothing written into the input tree
        for (const QString &written : filesBelow(out.filePath(QStringLiteral("x"))))
            QVERIFY2(!written.contains(QStringLiteral("notes")) && !written.contains(QStringLiteral("broken")),
                     qPrintable(written));
    }

    void leakCheckPerPageAndSummary()
    {
        // The email Blackout laid out itself gets the targeted check, the screenshot the full one; --leak-check
        // full reads both whole. The summary counts what was done.
        QTemporaryDir in;
        QTemporaryDir out;
        copySample(QStringLiteral("leaked-memo.eml"), in.path());
        copySample(QStringLiteral("webmail-screenshot.png"), in.path());
        for (const QString &mode : {QStringLiteral("auto"), QStringLiteral("full")}) {
            const QString report = out.filePath(mode + QStringLiteral(".json"));
            const Run run = runCli({QStringLiteral("redact"), in.path(), QStringLiteral("-o"), out.filePath(mode),
                                    QStringLiteral("--report"), report, QStringLiteral("--leak-check"), mode});
            QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("exit %1, crashed %2\n%3\n%4")
                                                       .arg(run.exitCode).arg(run.crashed)
                                                       .arg(QString::fromUtf8(run.out), QString::fromUtf8(run.err))));
            const QJsonObject json = readReport(report);
            verifySchema(json);
            const auto checkOf = [&](const QString &tail) {
                return fileEntry(json, tail).value(QStringLiteral("pages")).toArray().first().toObject()
                    .value(QStringLiteral("leak_check")).toString();
            };
            QCOMPARE(checkOf(QStringLiteral("leaked-memo.eml")), mode == QLatin1String("auto") ? QStringLiteral("targeted") : mode);
            QCOMPARE(checkOf(QStringLiteral("webmail-screenshot.png")), QStringLiteral("full"));
            const QJsonObject summary = json.value(QStringLiteral("summary")).toObject();
            QCOMPARE(summary.value(QStringLiteral("files")).toInt(), 2);
            QCOMPARE(summary.value(QStringLiteral("pages")).toInt(), 2);
            QCOMPARE(summary.value(QStringLiteral("leaks")).toInt(), 0);
            QCOMPARE(summary.value(QStringLiteral("errors")).toInt(), 0);
            QVERIFY(summary.value(QStringLiteral("files_per_second")).toDouble() > 0);
        }
        const Run wrong = runCli({QStringLiteral("redact"), in.path(), QStringLiteral("-o"), out.filePath(QStringLiteral("w")),
                                  QStringLiteral("--leak-check"), QStringLiteral("sometimes")});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(wrong.err.contains("sometimes"));
    }

    void skipExistingResumes()
    {
        QTemporaryDir in;
        QTemporaryDir out;
        copySample(QStringLiteral("leaked-memo.eml"), in.path());
        const QString report = out.filePath(QStringLiteral("report.json"));
        const QStringList args{QStringLiteral("redact"), in.path(), QStringLiteral("-o"), out.filePath(QStringLiteral("x")),
                               QStringLiteral("--report"), report, QStringLiteral("--no-leak-check")};
        QCOMPARE(runCli(args).exitCode, 0);
        const QString first = out.filePath(QStringLiteral("x/leaked-memo-p1.png"));
        QVERIFY(QFile::exists(first));
        const QDateTime written = QFileInfo(first).lastModified();
        QTest::qWait(1100);
        const Run again = runCli(args + QStringList{QStringLiteral("--skip-existing")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("already done"), again.out.constData());
        QCOMPARE(QFileInfo(first).lastModified(), written);
        // The resumed report still lists the file with its hits from the first run.
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject memo = fileEntry(QJsonDocument::fromJson(file.readAll()).object(), QStringLiteral("leaked-memo.eml"));
        QVERIFY(!memo.value(QStringLiteral("pages")).toArray().first().toObject().value(QStringLiteral("hits")).toArray().isEmpty());
    }

    // --links all finds a public homepage that the default (personal links only) leaves alone; the workers
    // get the option with the rest of the command line.
    void linksPolicy()
    {
        QTemporaryDir dir;
        QFile mail(dir.filePath(QStringLiteral("links.eml")));
        QVERIFY(mail.open(QIODevice::WriteOnly));
        mail.write("From: Amy Pascal <amy@example.com>\r\nTo: bob@example.org\r\nSubject: links\r\n"
                   "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                   "The download is at https://www.python.org/downloads/ as usual.\r\n");
        mail.close();
        const auto urlHits = [&](const QStringList &extra) {
            const Run run = runCli(QStringList{QStringLiteral("scan"), mail.fileName()} + extra);
            QStringList texts;
            const QJsonObject entry = fileEntry(QJsonDocument::fromJson(run.out).object(), QStringLiteral("links.eml"));
            for (const QJsonValue &p : entry.value(QStringLiteral("pages")).toArray()) {
                for (const QJsonValue &h : p.toObject().value(QStringLiteral("hits")).toArray()) {
                    if (h.toObject().value(QStringLiteral("type")).toString() == QLatin1String("url"))
                        texts.append(h.toObject().value(QStringLiteral("text")).toString());
                }
            }
            return texts;
        };
        QCOMPARE(urlHits({}), QStringList());
        QCOMPARE(urlHits({QStringLiteral("--links"), QStringLiteral("personal")}), QStringList());
        QCOMPARE(urlHits({QStringLiteral("--links"), QStringLiteral("all")}),
                 QStringList{QStringLiteral("https://www.python.org/downloads/")});
    }

    void scanPrintsTheReport()
    {
        const Run run = runCli({QStringLiteral("scan"), kSamples + QStringLiteral("/leaked-memo.eml")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        verifySchema(json);
        const QJsonObject memo = fileEntry(json, QStringLiteral("leaked-memo.eml"));
        for (const QJsonValue &p : memo.value(QStringLiteral("pages")).toArray())
            QVERIFY(p.toObject().value(QStringLiteral("outputs")).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
