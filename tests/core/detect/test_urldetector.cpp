// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/urldetector.h"
#include "detecttesthelpers.h"

#include <QTest>

using namespace Blackout;

class TestUrlDetector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void find_data();
    void find();
    void allLinks_data();
    void allLinks();
};

void TestUrlDetector::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, const QString &text, const QStringList &expected) {
        QTest::addRow("%s", name) << text << expected;
    };
    row("linkedin profile", "https://www.linkedin.com/in/gunther-hoffmann-779eb", {"https://www.linkedin.com/in/gunther-hoffmann-779eb"});
    row("linkedin no scheme", "linkedin.com/in/amy-pascal", {"linkedin.com/in/amy-pascal"});
    row("github user", "see github.com/amypascal.", {"github.com/amypascal"});
    row("xing", "https://www.xing.com/profile/Anja_Hoffmann", {"https://www.xing.com/profile/Anja_Hoffmann"});
    row("ocr one slash", "profile: https:/drive.google.com/file/d/1a7e36f318/view. I", {"https:/drive.google.com/file/d/1a7e36f318/view"});
    row("ocr hash for slashes", "https:#calendly.com/jane-doe/30min", {"https:#calendly.com/jane-doe/30min"});
    row("ocr space before colon", "https ://www.xing.com/profile/Zoe_Hakansson", {"https ://www.xing.com/profile/Zoe_Hakansson"});
    row("ocr space before dot in query", "here: https://umbrella-logistique.fr/account/reset?user=michael .chen&token=25bc566962 Thanks",
        {"https://umbrella-logistique.fr/account/reset?user=michael .chen&token=25bc566962"});
    row("ocr space for a dot in a query value", "reset: https://fjordline.example/account/reset?\nuser=renee garcon&token=d61641b343 ok",
        {"https://fjordline.example/account/reset?\nuser=renee garcon&token=d61641b343"});
    row("ocr space inside an id in a path", "profile: https //drive.google.com/file/d/150e1 14f40525be4cb553/view. I have",
        {"https //drive.google.com/file/d/150e1 14f40525be4cb553/view"});
    row("and/or after a path", "see https://drive.google.com/file/d/150e114f4 and/or the other", {"https://drive.google.com/file/d/150e114f4"});
    row("ocr space before a single slash, query wrapped", "here: https: /globex-corp.com/account/reset?\nuser=dvorak.jiri&token=c7bb4affa2e1e8de\nThanks",
        {"https: /globex-corp.com/account/reset?\nuser=dvorak.jiri&token=c7bb4affa2e1e8de"});
    row("word after a query is no parameter", "https://globex.example/reset?user=amy then sign & return=yes",
        {"https://globex.example/reset?user=amy"});
    row("ocr space after joint in query", "https://globex.example/reset?user=priya.whitfield& token=79c4db26f5 now",
        {"https://globex.example/reset?user=priya.whitfield& token=79c4db26f5"});
    row("sentence after a link goes on", "Reset at https://globex.example/account/reset?user=amy.lee. Then call me.",
        {"https://globex.example/account/reset?user=amy.lee"});
    row("dash after a link", "https://www.linkedin.com/in/amy-pascal - my profile", {"https://www.linkedin.com/in/amy-pascal"});
    row("ocr space before colon, scheduling link", "book: https ://calendly.com/ines-pena/30min", {"https ://calendly.com/ines-pena/30min"});
    row("ocr spaces between slashes", "https: / github.com/acastano36", {"https: / github.com/acastano36"});
    row("query wrapped after a second reading", "here: https://globex.example/account/reset?\nIf this want you, reset here: https://globex.example/account/reset?\nuser=dvorakjiri&token=c7bb4a",
        {"https://globex.example/account/reset", "https://globex.example/account/reset?\nuser=dvorakjiri&token=c7bb4a"});
    row("token split by a space", "https://globex.example/reset?user=dj&token=c7bb4affa2e 1e8de\nFrom: me",
        {"https://globex.example/reset?user=dj&token=c7bb4affa2e 1e8de"});
    row("word after a token stays out", "https://globex.example/reset?user=dj&token=c7bb4affa2e bad idea",
        {"https://globex.example/reset?user=dj&token=c7bb4affa2e"});
    row("ocr space after www", "profile: https://www. xing.com/profile/Nuria_Fernandez. I have", {"https://www. xing.com/profile/Nuria_Fernandez"});
    row("handle of an address on the page", "mail tomasz.wielgosz@northmail.example; photos: https://photos.example/t.wielgosz/moving", {"https://photos.example/t.wielgosz/moving"});
    row("public page of a company", "mail t.wielgosz@northmail.example; see https://www.example.com/products/moving", {});
    row("calendly", "book https://calendly.com/dana-scully/30min", {"https://calendly.com/dana-scully/30min"});
    row("drive", "https://drive.google.com/file/d/1c0cb8fc0e725fa3789a1/view", {"https://drive.google.com/file/d/1c0cb8fc0e725fa3789a1/view"});
    row("dropbox", "https://www.dropbox.com/s/abc123/plan.pdf?dl=0", {"https://www.dropbox.com/s/abc123/plan.pdf?dl=0"});
    row("reset token", "https://example.com/account/reset?user=amy.p&token=6a7d01fabd6df9d0",
        {"https://example.com/account/reset?user=amy.p&token=6a7d01fabd6df9d0"});
    row("wrapped query", "https://example.com/account/reset?\nuser=amy.p&token=6a7d01fabd6df9d0",
        {"https://example.com/account/reset?\nuser=amy.p&token=6a7d01fabd6df9d0"});
    row("tracking", "https://shop.example.com/offer?utm_source=mail&mc_eid=ab12", {"https://shop.example.com/offer?utm_source=mail&mc_eid=ab12"});
    row("tilde home", "http://www.uni-example.de/~mueller/cv.html", {"http://www.uni-example.de/~mueller/cv.html"});
    row("personal site", "https://jeromemercier.photography/portfolio", {"https://jeromemercier.photography/portfolio"});
    row("site named after person", "https://www.danascully.com", {"https://www.danascully.com"});
    row("zoom meeting", "https://zoom.us/j/98765432101?pwd=abc", {"https://zoom.us/j/98765432101?pwd=abc"});
    // Public pages (not personal with bare domains off)
    row("public download", "https://www.python.org/downloads/", {});
    row("company home", "www.contoso.co.uk", {});
    row("zoom download", "https://zoom.us/download", {});
    row("github features", "https://github.com/features", {});
    row("status page", "https://support.microsoft.com/en-us/windows", {});
    row("email is no url", "amy@example.com", {});
}

void TestUrlDetector::find()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    UrlDetector detector;
    QCOMPARE(foundTexts(detector, text), expected);
}

// The link policy: with all links, public pages are found too; a domain name alone only when bare domains
// count as links.
void TestUrlDetector::allLinks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("bareDomains");
    QTest::addColumn<QStringList>("personal");
    QTest::addColumn<QStringList>("all");
    QTest::addRow("public homepage") << "see https://www.python.org/downloads/ now" << false << QStringList{}
                                     << QStringList{"https://www.python.org/downloads/"};
    QTest::addRow("www without scheme") << "www.contoso.co.uk" << false << QStringList{} << QStringList{"www.contoso.co.uk"};
    QTest::addRow("host and path") << "docs at github.com/features today" << false << QStringList{}
                                   << QStringList{"github.com/features"};
    QTest::addRow("bare domain stays out") << "we use example.com for tests" << false << QStringList{} << QStringList{};
    QTest::addRow("bare domain when asked") << "we use example.com for tests" << true << QStringList{}
                                            << QStringList{"example.com"};
    QTest::addRow("personal either way") << "https://calendly.com/dana-scully/30min" << false
                                         << QStringList{"https://calendly.com/dana-scully/30min"}
                                         << QStringList{"https://calendly.com/dana-scully/30min"};
    QTest::addRow("bare domains alone change nothing") << "https://www.python.org/downloads/" << true << QStringList{}
                                                       << QStringList{"https://www.python.org/downloads/"};
}

void TestUrlDetector::allLinks()
{
    QFETCH(QString, text);
    QFETCH(bool, bareDomains);
    QFETCH(QStringList, personal);
    QFETCH(QStringList, all);
    UrlDetector detector;
    DetectionContext context;
    context.bareDomainsAreUrls = bareDomains;
    QCOMPARE(foundTexts(detector, text, context), personal);
    context.allLinks = true;
    QCOMPARE(foundTexts(detector, text, context), all);
}

QTEST_GUILESS_MAIN(TestUrlDetector)
#include "test_urldetector.moc"
