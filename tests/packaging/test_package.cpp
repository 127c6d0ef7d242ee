// SPDX-License-Identifier: GPL-3.0-or-later
// Builds the Debian package from this build tree, unpacks it into a temporary root and checks it as a
// user's system would see it: files in the standard places, valid desktop integration, binaries that run.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int kSkipExitCode = 77; // SKIP_RETURN_CODE in tests/packaging/CMakeLists.txt

const QString kAppId = QStringLiteral("org.blackout.Blackout");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.left(2000)));
    }
};

// No time limit: the suite's own timeout guards against hangs, a slow CI machine must not fail the test.
Run run(const QString &program, const QStringList &args, const QByteArray &input = {},
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    Run result;
    if (!process.waitForStarted(-1)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

QStringList splitList(const char *commaSeparated)
{
    return QString::fromUtf8(commaSeparated).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace

class TestPackage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void controlFields();
    void dependsCoverEveryLinkedLibrary_data();
    void dependsCoverEveryLinkedLibrary();
    void filesInStandardPlaces_data();
    void filesInStandardPlaces();
    void nothingOutsideUsr();
    void desktopEntryIsValid();
    void desktopEntryOpensTheDocumentTypes();
    void metainfoIsValid();
    void metainfoMatchesThePackage();
    void iconsRenderAtTheirSize_data();
    void iconsRenderAtTheirSize();
    void manPagesRenderWithoutWarnings_data();
    void manPagesRenderWithoutWarnings();
    void manPageDocumentsTheCommandLine_data();
    void manPageDocumentsTheCommandLine();
    void installedBinariesPrintTheirVersion_data();
    void installedBinariesPrintTheirVersion();
    void installedCliScansTheSample();

private:
    QString installed(const QString &path) const { return m_root + QLatin1Char('/') + path; }
    QString field(const QString &name) const;
    QStringList dependedPackages() const;
    QMap<QString, QString> desktopEntry() const;
    QByteArray manPage(const QString &name) const;
    QProcessEnvironment installedEnvironment() const;

    QTemporaryDir m_dir;
    QString m_deb;
    QString m_root;
    QByteArray m_control;
};

void TestPackage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString out = m_dir.filePath(QStringLiteral("out"));
    // cpack installs the already built tree (no compiling) and runs dpkg-shlibdeps on the binaries.
    const Run cpack = run(QStringLiteral(BLACKOUT_CPACK),
                          {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), out,
                           QStringLiteral("--config"), QStringLiteral(BLACKOUT_CPACK_CONFIG)});
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.describe()));

    const QStringList debs = QDir(out).entryList({QStringLiteral("*.deb")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    const Run arch = run(tool("dpkg"), {QStringLiteral("--print-architecture")});
    const QString expectedName = QStringLiteral("blackout_%1_%2.deb")
                                     .arg(QStringLiteral(BLACKOUT_VERSION), QString::fromUtf8(arch.out.trimmed()));
    // The README tells people to `apt install ./blackout_0.1.0_amd64.deb`: the name is part of the interface.
    QCOMPARE(debs.first(), expectedName);
    m_deb = QDir(out).filePath(debs.first());

    m_root = m_dir.filePath(QStringLiteral("root"));
    const Run unpack = run(tool("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root});
    QVERIFY2(unpack.exitCode == 0, qPrintable(unpack.describe()));
    const Run control = run(tool("dpkg-deb"), {QStringLiteral("--field"), m_deb});
    QVERIFY2(control.exitCode == 0, qPrintable(control.describe()));
    m_control = control.out;
}

QString TestPackage::field(const QString &name) const
{
    // Continuation lines start with a space; the first line after "Name:" is enough for every check here.
    const QRegularExpression re(QStringLiteral("^%1: (.*)$").arg(QRegularExpression::escape(name)),
                                QRegularExpression::MultilineOption);
    return re.match(QString::fromUtf8(m_control)).captured(1).trimmed();
}

void TestPackage::controlFields()
{
    QCOMPARE(field(QStringLiteral("Package")), QStringLiteral("blackout"));
    QCOMPARE(field(QStringLiteral("Version")), QStringLiteral(BLACKOUT_VERSION));
    QCOMPARE(field(QStringLiteral("Section")), QStringLiteral("graphics"));
    QVERIFY(field(QStringLiteral("Maintainer")).contains(QLatin1Char('@')));
    QVERIFY(!field(QStringLiteral("Description")).isEmpty());
    QVERIFY2(m_control.contains("\n Blackout finds personal data"), "no extended description");

    const QString depends = field(QStringLiteral("Depends"));
    const QStringList packages = dependedPackages();
    // Loaded at run time, so dpkg-shlibdeps cannot see them: they must be listed by hand.
    for (const char *runtime : {"tesseract-ocr-script-latn", "tesseract-ocr-eng", "qt6-image-formats-plugins", "libqt6svg6", "fonts-dejavu-core"})
        QVERIFY2(packages.contains(QLatin1String(runtime)), qPrintable(depends));
    // Linked libraries come from dpkg-shlibdeps, with versions, never from a hand-kept list.
    QVERIFY2(packages.contains(QStringLiteral("libc6")), qPrintable(depends));
    QVERIFY2(QRegularExpression(QStringLiteral("libqt6core6 \\(>= 6\\.")).match(depends).hasMatch(),
             qPrintable(depends));
}

QStringList TestPackage::dependedPackages() const
{
    QStringList packages;
    for (const QString &alternatives : field(QStringLiteral("Depends")).split(QLatin1Char(','))) {
        for (const QString &dep : alternatives.split(QLatin1Char('|')))
            packages << dep.trimmed().section(QLatin1Char(' '), 0, 0);
    }
    return packages;
}

void TestPackage::dependsCoverEveryLinkedLibrary_data()
{
    QTest::addColumn<QString>("binary");
    QTest::newRow("blackout") << QStringLiteral("blackout");
    QTest::newRow("blackout-cli") << QStringLiteral("blackout-cli");
}

void TestPackage::dependsCoverEveryLinkedLibrary()
{
    // As the loaders, OCR and detectors land, the binaries link GMime, Poppler, Tesseract, libphonenumber...:
    // each library's package must follow into Depends without anyone editing a list.
    QFETCH(QString, binary);
    const QString objdump = tool("objdump");
    if (objdump.isEmpty())
        QSKIP("objdump (binutils) is not installed");
    const QString path = installed(QStringLiteral("usr/bin/") + binary);
    const Run dynamic = run(objdump, {QStringLiteral("-p"), path});
    QVERIFY2(dynamic.exitCode == 0, qPrintable(dynamic.describe()));
    // ldd resolves every library the way the loader will; only the directly needed ones must be in Depends.
    const Run resolved = run(tool("ldd"), {path});
    QVERIFY2(resolved.exitCode == 0, qPrintable(resolved.describe()));
    const QString libraries = QString::fromUtf8(resolved.out);

    QMap<QString, QStringList> candidatesBySoname;
    QStringList allCandidates;
    const QRegularExpression needed(QStringLiteral("^\\s*NEEDED\\s+(\\S+)$"), QRegularExpression::MultilineOption);
    for (auto it = needed.globalMatch(QString::fromUtf8(dynamic.out)); it.hasNext();) {
        const QString soname = it.next().captured(1);
        // "libfoo.so.1 => /path (address)", or for the dynamic loader itself "/path/ld-linux... (address)".
        const QString escaped = QRegularExpression::escape(soname);
        const QRegularExpression entry(QStringLiteral("^\\s*(?:%1 => (/\\S+)|(/\\S*/%1) )").arg(escaped),
                                       QRegularExpression::MultilineOption);
        const QRegularExpressionMatch where = entry.match(libraries);
        QVERIFY2(where.hasMatch(), qPrintable(soname + QStringLiteral(" is not found: ") + libraries));
        const QString file = where.captured(1).isEmpty() ? where.captured(2) : where.captured(1);
        // Debian 12 merged /lib into /usr/lib, but dpkg knows each file under the path its package ships.
        QStringList candidates = {file, QFileInfo(file).canonicalFilePath()};
        for (const QString &c : QStringList(candidates))
            candidates << (c.startsWith(QLatin1String("/usr/")) ? c.mid(4) : QStringLiteral("/usr") + c);
        candidates.removeDuplicates();
        candidatesBySoname.insert(soname, candidates);
        allCandidates << candidates;
    }
    QVERIFY(!candidatesBySoname.isEmpty());

    // One dpkg query for all files (each query reads the whole database): lines "pkg:arch: /path".
    QMap<QString, QString> ownerOf;
    const Run search = run(tool("dpkg-query"), QStringList{QStringLiteral("-S")} + allCandidates);
    for (const QString &line : QString::fromUtf8(search.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(QLatin1String(": /"));
        if (colon > 0)
            ownerOf.insert(line.mid(colon + 2).trimmed(), line.left(colon).section(QLatin1Char(':'), 0, 0));
    }
    const QStringList packages = dependedPackages();
    for (auto it = candidatesBySoname.cbegin(); it != candidatesBySoname.cend(); ++it) {
        QString owner;
        for (const QString &candidate : it.value()) {
            if (ownerOf.contains(candidate)) {
                owner = ownerOf.value(candidate);
                break;
            }
        }
        if (owner.isEmpty())
            continue; // built locally, not from a package: nothing a package could depend on
        // A shlibs file may name a virtual package instead (libphonenumber8 provides
        // libphonenumber8-protobuf32, to pin the protobuf ABI): the owner's Provides count too.
        QStringList names = {owner};
        if (!packages.contains(owner)) {
            const Run provides =
                run(tool("dpkg-query"), {QStringLiteral("-W"), QStringLiteral("-f=${Provides}"), owner});
            for (const QString &name : QString::fromUtf8(provides.out).split(QLatin1Char(','), Qt::SkipEmptyParts))
                names << name.trimmed().section(QLatin1Char(' '), 0, 0);
        }
        const bool listed = std::any_of(names.cbegin(), names.cend(),
                                        [&](const QString &name) { return packages.contains(name); });
        QVERIFY2(listed, qPrintable(QStringLiteral("%1 links %2 from %3, which is not in Depends: %4")
                                        .arg(binary, it.key(), owner, field(QStringLiteral("Depends")))));
    }
}

void TestPackage::filesInStandardPlaces_data()
{
    QTest::addColumn<QString>("path");
    const QStringList paths = {
        QStringLiteral("usr/bin/blackout"),
        QStringLiteral("usr/bin/blackout-cli"),
        QStringLiteral("usr/share/applications/%1.desktop").arg(kAppId),
        QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(kAppId),
        QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(kAppId),
        QStringLiteral("usr/share/man/man1/blackout-cli.1.gz"),
        QStringLiteral("usr/share/man/man1/blackout.1.gz"),
        QStringLiteral("usr/share/doc/blackout/copyright"),
        QStringLiteral("usr/share/doc/blackout/changelog.gz"),
    };
    for (const QString &path : paths)
        QTest::newRow(qPrintable(path)) << path;
    for (const QString &size : splitList(BLACKOUT_ICON_SIZES)) {
        const QString path = QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size, kAppId);
        QTest::newRow(qPrintable(path)) << path;
    }
    for (const QString &qm : splitList(BLACKOUT_QM_FILES)) {
        const QString path = QStringLiteral("usr/share/blackout/translations/") + qm;
        QTest::newRow(qPrintable(path)) << path;
    }
}

void TestPackage::filesInStandardPlaces()
{
    QFETCH(QString, path);
    const QFileInfo info(installed(path));
    QVERIFY2(info.isFile(), qPrintable(path + QStringLiteral(" is not in the package")));
    QVERIFY(info.size() > 0);
    if (path.startsWith(QLatin1String("usr/bin/"))) {
        QVERIFY(info.isExecutable());
        const Run file = run(tool("file"), {QStringLiteral("-b"), info.filePath()});
        // Stripped: RelWithDebInfo symbols would make the package ten times bigger for nothing.
        QVERIFY2(file.out.contains("ELF") && file.out.contains(", stripped"), file.out.constData());
    } else {
        QVERIFY2(!info.isExecutable(), qPrintable(path + QStringLiteral(" should not be executable")));
    }
}

void TestPackage::nothingOutsideUsr()
{
    const QStringList top = QDir(m_root).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    QCOMPARE(top, QStringList{QStringLiteral("usr")});
    // /usr/local belongs to the local administrator, never to a package.
    QVERIFY(!QFileInfo::exists(installed(QStringLiteral("usr/local"))));
}

QMap<QString, QString> TestPackage::desktopEntry() const
{
    QMap<QString, QString> keys;
    QFile file(installed(QStringLiteral("usr/share/applications/%1.desktop").arg(kAppId)));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return keys;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0 && !line.startsWith(QLatin1Char('#')))
            keys.insert(line.left(eq), line.mid(eq + 1));
    }
    return keys;
}

void TestPackage::desktopEntryIsValid()
{
    const QString validator = tool("desktop-file-validate");
    QVERIFY2(!validator.isEmpty(), "desktop-file-validate is missing: run packaging/install-deps.sh");
    const Run check = run(validator, {installed(QStringLiteral("usr/share/applications/%1.desktop").arg(kAppId))});
    QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
    // Hints and warnings are printed but do not fail the validator; we want none of them either.
    QVERIFY2(check.out.isEmpty() && check.err.isEmpty(), qPrintable(check.describe()));
}

void TestPackage::desktopEntryOpensTheDocumentTypes()
{
    const QMap<QString, QString> entry = desktopEntry();
    QCOMPARE(entry.value(QStringLiteral("Type")), QStringLiteral("Application"));
    // %F: several files at once, which main() opens one by one.
    QCOMPARE(entry.value(QStringLiteral("Exec")), QStringLiteral("blackout %F"));
    QVERIFY(QFileInfo(installed(QStringLiteral("usr/bin/blackout"))).isExecutable());
    QCOMPARE(entry.value(QStringLiteral("Icon")), kAppId);

    const QStringList listed = entry.value(QStringLiteral("MimeType")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    const QSet<QString> mimeTypes(listed.cbegin(), listed.cend());
    const QSet<QString> expected = {
        QStringLiteral("message/rfc822"), QStringLiteral("application/mbox"), QStringLiteral("application/pdf"),
        QStringLiteral("image/png"),      QStringLiteral("image/jpeg"),       QStringLiteral("image/webp"),
        QStringLiteral("image/tiff"),
    };
    QCOMPARE(mimeTypes, expected);
    QVERIFY(!entry.value(QStringLiteral("Keywords")).isEmpty());
    QVERIFY(!entry.value(QStringLiteral("Categories")).isEmpty());
}

void TestPackage::metainfoIsValid()
{
    const QString appstream = tool("appstreamcli");
    QVERIFY2(!appstream.isEmpty(), "appstreamcli is missing: run packaging/install-deps.sh");
    const Run file = run(appstream, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                     installed(QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(kAppId))});
    QVERIFY2(file.exitCode == 0, qPrintable(file.describe()));
    // The tree check also matches the metainfo against the desktop entry and the icons beside it.
    const Run tree = run(appstream, {QStringLiteral("validate-tree"), QStringLiteral("--no-net"), m_root});
    QVERIFY2(tree.exitCode == 0, qPrintable(tree.describe()));
    // Only the pedantic note about the capital letters of the id, which the id (and so every file name) has.
    for (const QByteArray &line : (tree.out + file.out).split('\n')) {
        if (line.startsWith("W:") || line.startsWith("E:"))
            QFAIL(line.constData());
    }
}

void TestPackage::metainfoMatchesThePackage()
{
    QFile file(installed(QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(kAppId)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString id, launchable, releaseVersion, screenshot, rating;
    QStringList binaries;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("id"))
            id = xml.readElementText();
        else if (name == QLatin1String("launchable"))
            launchable = xml.readElementText();
        else if (name == QLatin1String("binary"))
            binaries << xml.readElementText();
        else if (name == QLatin1String("release") && releaseVersion.isEmpty())
            releaseVersion = xml.attributes().value(QLatin1String("version")).toString();
        else if (name == QLatin1String("image"))
            screenshot = xml.readElementText();
        else if (name == QLatin1String("content_rating"))
            rating = xml.attributes().value(QLatin1String("type")).toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, kAppId);
    QCOMPARE(launchable, kAppId + QStringLiteral(".desktop"));
    QCOMPARE(releaseVersion, QStringLiteral(BLACKOUT_VERSION)); // the newest release comes first
    QCOMPARE(rating, QStringLiteral("oars-1.1"));
    QVERIFY(screenshot.startsWith(QLatin1String("https://")));
    QCOMPARE(binaries.size(), 2);
    for (const QString &binary : binaries)
        QVERIFY2(QFileInfo(installed(QStringLiteral("usr/bin/") + binary)).isExecutable(), qPrintable(binary));
}

void TestPackage::iconsRenderAtTheirSize_data()
{
    QTest::addColumn<int>("size");
    const QStringList sizes = splitList(BLACKOUT_ICON_SIZES);
    if (sizes.isEmpty())
        QSKIP("no PNG icons were rendered: neither rsvg-convert nor ImageMagick was found at configure time");
    for (const QString &size : sizes)
        QTest::addRow("%spx", qPrintable(size)) << size.toInt();
}

void TestPackage::iconsRenderAtTheirSize()
{
    QFETCH(int, size);
    const QImage icon(installed(QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(kAppId)));
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.size(), QSize(size, size));
    QVERIFY(icon.hasAlphaChannel());
    // The black redaction bar across the middle, a transparent corner.
    QVERIFY(icon.pixelColor(size / 2, size / 2).lightness() < 20);
    QCOMPARE(icon.pixelColor(size / 2, size / 2).alpha(), 255);
    QCOMPARE(icon.pixelColor(0, 0).alpha(), 0);
}

QByteArray TestPackage::manPage(const QString &name) const
{
    return run(tool("gzip"), {QStringLiteral("-dc"), installed(QStringLiteral("usr/share/man/man1/%1.1.gz").arg(name))})
        .out;
}

void TestPackage::manPagesRenderWithoutWarnings_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("blackout") << QStringLiteral("blackout");
    QTest::newRow("blackout-cli") << QStringLiteral("blackout-cli");
}

void TestPackage::manPagesRenderWithoutWarnings()
{
    QFETCH(QString, name);
    const QString groff = tool("groff");
    if (groff.isEmpty())
        QSKIP("groff is not installed");
    const QByteArray page = manPage(name);
    QVERIFY(page.startsWith(".\\\""));
    const Run render = run(groff, {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww")}, page);
    QVERIFY2(render.exitCode == 0 && render.err.isEmpty(), qPrintable(render.describe()));
    QVERIFY(render.out.contains("personal data")); // the NAME line, in plain type
}

void TestPackage::manPageDocumentsTheCommandLine_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("scan") << QStringLiteral("scan");
    QTest::newRow("redact") << QStringLiteral("redact");
}

void TestPackage::manPageDocumentsTheCommandLine()
{
    QFETCH(QString, command);
    const QByteArray page = manPage(QStringLiteral("blackout-cli"));
    QVERIFY(page.contains(command.toUtf8()));
    const Run help = run(installed(QStringLiteral("usr/bin/blackout-cli")), {command, QStringLiteral("--help")}, {},
                         installedEnvironment());
    QVERIFY2(help.exitCode == 0, qPrintable(help.describe()));
    // Every long option the command knows must be in the manual, as roff writes it: \-\-name.
    const QRegularExpression option(QStringLiteral("(?<![\\w-])--([a-z][a-z-]*)"));
    int count = 0;
    for (auto it = option.globalMatch(QString::fromUtf8(help.out)); it.hasNext(); ++count) {
        const QString name = it.next().captured(1);
        if (name == QLatin1String("help-all"))
            continue;
        const QByteArray roff = "\\-\\-" + name.toUtf8().replace("-", "\\-");
        QVERIFY2(page.contains(roff), qPrintable(QStringLiteral("--%1 is not in blackout-cli.1").arg(name)));
    }
    QVERIFY(count > 0);
}

QProcessEnvironment TestPackage::installedEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

void TestPackage::installedBinariesPrintTheirVersion_data()
{
    QTest::addColumn<QString>("binary");
    QTest::newRow("blackout-cli") << QStringLiteral("blackout-cli");
    QTest::newRow("blackout") << QStringLiteral("blackout");
}

void TestPackage::installedBinariesPrintTheirVersion()
{
    QFETCH(QString, binary);
    // The installed copy, with no build-tree RPATH: this proves it finds every library on the system.
    const Run version = run(installed(QStringLiteral("usr/bin/") + binary), {QStringLiteral("--version")}, {},
                            installedEnvironment());
    QVERIFY2(version.exitCode == 0, qPrintable(version.describe()));
    QVERIFY2(version.out.contains(BLACKOUT_VERSION), qPrintable(version.describe()));
}

void TestPackage::installedCliScansTheSample()
{
    const QString sample = QStringLiteral(BLACKOUT_SAMPLES "/leaked-memo.eml");
    const Run scan = run(installed(QStringLiteral("usr/bin/blackout-cli")), {QStringLiteral("scan"), sample}, {},
                         installedEnvironment());
    QVERIFY2(scan.exitCode == 0, qPrintable(scan.describe()));
    QJsonParseError error;
    const QJsonDocument report = QJsonDocument::fromJson(scan.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + scan.describe()));
    const QJsonArray files = report.object().value(QLatin1String("files")).toArray();
    QCOMPARE(files.size(), 1);
    const QJsonObject file = files.first().toObject();
    QCOMPARE(file.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QSet<QString> types;
    for (const QJsonValue &page : file.value(QLatin1String("pages")).toArray()) {
        for (const QJsonValue &hit : page.toObject().value(QLatin1String("hits")).toArray())
            types.insert(hit.toObject().value(QLatin1String("type")).toString());
    }
    // The memo's headers are full of addresses: finding them proves the installed tree reads email. Which
    // other types it finds is the detectors' tests' business, not the package's.
    QVERIFY2(types.contains(QStringLiteral("email")), qPrintable(QStringList(types.cbegin(), types.cend()).join(',')));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Only the tools that build and unpack the package decide whether the test can run at all; every other
    // missing tool is a failure that names install-deps.sh.
    QStringList missing;
    if (!QFileInfo(QStringLiteral(BLACKOUT_CPACK)).isExecutable())
        missing << QStringLiteral("cpack");
    for (const char *name : {"dpkg", "dpkg-deb", "dpkg-shlibdeps"}) {
        if (tool(name).isEmpty())
            missing << QString::fromLatin1(name);
    }
    if (!missing.isEmpty()) {
        std::fprintf(stderr, "SKIP: cannot build a Debian package here: %s not found\n",
                     qPrintable(missing.join(QStringLiteral(", "))));
        return kSkipExitCode;
    }
    TestPackage test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_package.moc"
