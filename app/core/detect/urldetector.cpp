// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/urldetector.h"

#include "detect/namedetector.h"
#include "model/textfold.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Blackout {

namespace {

const QRegularExpression &urlPattern()
{
    // With a scheme (also as OCR misreads its slashes: "https:/", "https:#", "https//", "https: /host") or
    // www., or a bare host with a common top-level domain followed by a path.
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w@.-])(?:(?:https?|ftp)[ ]?(?:://|:[/\\|#!lI1]{1,2}|: [/\\|]{1,2}(?=\w)|//)|www\.)[^\s<>"'()\[\]{}]+)"
                       R"(|(?<![\w@./-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|org|net|io|me|de|co|uk|fr|eu|ly|gl|gg|ms|link|app|dev|page|to|in|ai|us|ch|at|nl)\b(?:/[^\s<>"'()\[\]{}]*)?)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

bool UrlDetector::isPersonal(const QString &url)
{
    static const QRegularExpression scheme(QStringLiteral(R"(^(?:[a-z]+(?::[/\\|#!lI1]{1,2}|//))?(?:www\.)?)"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString u = url;
    u.remove(QLatin1Char(' '));   // an OCR space inside the link
    u.remove(scheme);
    const int slash = int(u.indexOf(QLatin1Char('/')));
    const QString host = (slash < 0 ? u : u.left(slash)).toLower();
    const QString rest = slash < 0 ? QString() : u.mid(slash);
    const QString path = rest.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('#'), 0, 0);
    const QString query = rest.contains(QLatin1Char('?')) ? rest.section(QLatin1Char('?'), 1) : QString();
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);

    auto hostIs = [&](const char *domain) {
        const QLatin1String d(domain);
        return host == d || host.endsWith(QLatin1Char('.') + d);
    };
    // Profile pages: the first path segment is a user.
    static const QSet<QString> reservedGithub{
        QStringLiteral("features"), QStringLiteral("pricing"), QStringLiteral("about"), QStringLiteral("login"),
        QStringLiteral("join"), QStringLiteral("explore"), QStringLiteral("topics"), QStringLiteral("marketplace"),
        QStringLiteral("settings"), QStringLiteral("orgs"), QStringLiteral("enterprise"), QStringLiteral("security"),
        QStringLiteral("sponsors"), QStringLiteral("collections"), QStringLiteral("trending"), QStringLiteral("site"),
        QStringLiteral("contact"), QStringLiteral("team"), QStringLiteral("customer-stories"),
        QStringLiteral("readme"), QStringLiteral("apps"), QStringLiteral("search"), QStringLiteral("notifications")};
    if (hostIs("linkedin.com"))
        return !segments.isEmpty() && (segments.first() == QLatin1String("in") || segments.first() == QLatin1String("pub"));
    if (hostIs("github.com") || hostIs("gitlab.com") || hostIs("bitbucket.org"))
        return !segments.isEmpty() && !reservedGithub.contains(segments.first().toLower());
    if (hostIs("github.io") || hostIs("gitlab.io"))
        return true;
    if (hostIs("xing.com"))
        return !segments.isEmpty() && (segments.first() == QLatin1String("profile") || segments.size() >= 2);
    for (const char *d : {"calendly.com", "cal.com", "twitter.com", "x.com", "facebook.com", "instagram.com",
                          "tiktok.com", "medium.com", "about.me", "linktr.ee", "t.me", "wa.me", "keybase.io",
                          "mastodon.social", "youtube.com", "threads.net", "bsky.app", "savvycal.com", "zcal.co"}) {
        if (hostIs(d))
            return !segments.isEmpty();
    }
    // The product's own public pages on those hosts.
    static const QSet<QString> publicPages{
        QStringLiteral("download"), QStringLiteral("downloads"), QStringLiteral("pricing"), QStringLiteral("features"),
        QStringLiteral("about"), QStringLiteral("help"), QStringLiteral("support"), QStringLiteral("signin"),
        QStringLiteral("login"), QStringLiteral("signup"), QStringLiteral("blog"), QStringLiteral("home"),
        QStringLiteral("products"), QStringLiteral("plans"), QStringLiteral("enterprise"), QStringLiteral("business"),
        QStringLiteral("legal"), QStringLiteral("privacy"), QStringLiteral("terms"), QStringLiteral("security"),
        QStringLiteral("apps"), QStringLiteral("en-us"), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("status")};
    // Shared documents and drives, meeting rooms.
    for (const char *d : {"docs.google.com", "drive.google.com", "dropbox.com", "1drv.ms", "onedrive.live.com",
                          "sharepoint.com", "box.com", "wetransfer.com", "we.tl", "icloud.com", "notion.so",
                          "notion.site", "zoom.us", "meet.google.com", "teams.microsoft.com", "webex.com",
                          "figma.com", "miro.com", "airtable.com", "trello.com", "forms.gle", "mega.nz",
                          "pastebin.com", "gist.github.com", "docsend.com", "loom.com", "bit.ly", "tinyurl.com"}) {
        if (hostIs(d))
            return (!segments.isEmpty() && !publicPages.contains(segments.first().toLower())) || !query.isEmpty();
    }
    // A personal website: a personal top-level domain, or a host named after a person (janedoe.com).
    static const QRegularExpression personalTld(QStringLiteral(R"(\.(?:name|photography|photo|photos|design|art|studio|blog|portfolio|website)$)"));
    if (personalTld.match(host).hasMatch() && !host.startsWith(QLatin1String("api.")) && !host.startsWith(QLatin1String("docs.")))
        return true;
    // A host named after a person: a known given name, then a surname (jeromemercier.com).
    const QString label = host.section(QLatin1Char('.'), 0, 0);
    static const QRegularExpression letters(QStringLiteral("^[a-z]{8,}$"));
    if (letters.match(label).hasMatch()) {
        const QSet<QString> &given = NameDetector::knownGivenNames(false);
        for (int len = 4; len + 4 <= label.size(); ++len) {
            if (given.contains(label.left(len)))
                return true;
        }
    }
    // A user's home (~user, /u/, /user/, /users/, /profile/, /people/).
    static const QRegularExpression userPath(QStringLiteral(R"((?:^|/)(?:~[\w.-]+|(?:u|user|users|profile|profiles|people|member|members|author|@)[\w.-]*/[\w.%-]+|@[\w.-]+))"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (userPath.match(path).hasMatch())
        return true;
    // Tokens, user names and tracking parameters in the query or fragment.
    static const QRegularExpression secretQuery(
        QStringLiteral(R"((?:^|[&;#])(?:token|access_token|auth|key|api_key|apikey|sig|signature|code|secret|)"
                       R"(session|sid|reset|invite|invitation|user|username|uid|userid|email|e|mail|login|)"
                       R"(pwd|password|otp|ticket|utm_[a-z]+|mc_eid|mc_cid|fbclid|gclid|ref|rid|id|share|sharing)=)"),
        QRegularExpression::CaseInsensitiveOption);
    if (secretQuery.match(query).hasMatch() || secretQuery.match(rest.section(QLatin1Char('#'), 1)).hasMatch())
        return true;
    // A reset/invite/unsubscribe path, or a long random-looking segment (a token).
    static const QRegularExpression privatePath(QStringLiteral(R"(\b(?:reset|reset-password|password|invite|invitation|unsubscribe|verify|confirm|activate|share|shared|s|d|file|f)/)"),
                                                QRegularExpression::CaseInsensitiveOption);
    if (privatePath.match(path + QLatin1Char('/')).hasMatch() && segments.size() >= 2)
        return true;
    for (const QString &s : segments) {
        int letters = 0;
        int digits = 0;
        for (const QChar c : s) {
            if (c.isDigit())
                ++digits;
            else if (c.isLetter())
                ++letters;
        }
        if (s.size() >= 16 && digits >= 3 && letters >= 3 && !s.contains(QLatin1Char('-')))
            return true;
    }
    return false;
}

namespace {

// The local parts of the addresses of the page's people and of the addresses in its text, and their parts.
QSet<QString> handlesOf(const QString &text, const DetectionContext &context)
{
    QSet<QString> handles;
    auto add = [&](const QString &address) {
        const QString local = address.section(QLatin1Char('@'), 0, 0).toLower();
        if (local.size() >= 4)
            handles.insert(local);
        // Its parts too: the link may spell the same person t.wielgosz where the address says tomasz.wielgosz.
        const QStringList parts = TextFold::handleParts(local);
        for (const QString &part : parts) {
            if (parts.size() >= 2 && part.size() >= 4)
                handles.insert(part);
        }
    };
    for (const Person &p : context.people)
        add(p.address);
    for (const QString &address : TextFold::addressesIn(text))
        add(address);
    return handles;
}

// A link with a person's own handle in its path (https://photos.example/t.wielgosz/moving) identifies them.
bool pathNamesSomeone(const QString &url, const QSet<QString> &handles)
{
    if (handles.isEmpty())
        return false;
    const QString path = url.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('#'), 0, 0);
    const QStringList segments = path.toLower().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // Skip the scheme and the host.
    for (int i = path.contains(QLatin1String("//")) ? 2 : 1; i < segments.size(); ++i) {
        if (handles.contains(segments.at(i)))
            return true;
        const QStringList parts = TextFold::handleParts(segments.at(i));
        if (parts.size() >= 2 && std::any_of(parts.cbegin(), parts.cend(), [&](const QString &part) {
                return part.size() >= 4 && handles.contains(part);
            })) {
            return true;
        }
    }
    return false;
}

} // namespace

QList<Match> UrlDetector::find(const QString &text, const DetectionContext &context) const
{
    QList<Match> out;
    if (!text.contains(QLatin1Char('.')))
        return out;
    const QSet<QString> handles = handlesOf(text, context);
    auto it = urlPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        int start = int(m.capturedStart());
        int length = int(m.capturedLength());
        // OCR puts spaces after the scheme or "www." ("https://www. xing.com/profile/..."), before the
        // scheme's colon ("https ://www.xing.com/...") or between its slashes ("https: / github.com/..."): the
        // link starts at the scheme.
        static const QRegularExpression brokenStart(
            QStringLiteral(R"((?:(?:https?|ftp)[ ]?:[ ]?(?:[/\\|#!lI1][ ]?){1,2}(?:www\.[ ]?)?|(?:https?|ftp)//[ ]?(?:www\.[ ]?)?|www\.[ ]?)$)"),
            QRegularExpression::CaseInsensitiveOption);
        const int lookBack = std::max(0, start - 16);
        const QRegularExpressionMatch broken = brokenStart.match(QStringView(text).mid(lookBack, start - lookBack));
        if (broken.hasMatch()) {
            length += start - (lookBack + int(broken.capturedStart()));
            start = lookBack + int(broken.capturedStart());
        }
        // A link wrapped at a line end continues on the next line when it broke at a query or path joint.
        while (start + length + 1 < text.size() && text.at(start + length) == QLatin1Char('\n')) {
            const QChar before = text.at(start + length - 1);
            const QChar after = text.at(start + length + 1);
            if (!QStringLiteral("?&=/#%-_").contains(before) && !QStringLiteral("?&=/#%").contains(after))
                break;
            int e = start + length + 1;
            while (e < text.size() && !text.at(e).isSpace() && !QStringLiteral("<>\"'()[]{}").contains(text.at(e)))
                ++e;
            // After an open query the next line goes on only with a parameter ("user=..."), not with a sentence
            // (a second reading of the same line, "If this wasn't you", may come between).
            if ((before == QLatin1Char('?') || before == QLatin1Char('&'))
                && !QStringView(text).mid(start + length + 1, e - start - length - 1).contains(QLatin1Char('='))) {
                break;
            }
            length = e - start;
        }
        // A token value split by a space ("token=c7bb4affa2e 1e8de"): a short run of hex digits right after a
        // hex value of the query is the value's rest.
        {
            static const QRegularExpression hexTail(QStringLiteral(R"(^ ([0-9a-f]{1,12})(?=[\s.,;:!?)\]>]|$))"));
            static const QRegularExpression hexValue(QStringLiteral(R"(=[0-9a-f]{6,}$)"));
            const QRegularExpressionMatch tail = hexTail.match(QStringView(text).mid(start + length));
            if (tail.hasMatch() && text.mid(start, length).contains(QLatin1Char('?'))
                && hexValue.match(QStringView(text).mid(start, length)).hasMatch()
                && std::any_of(tail.capturedView(1).begin(), tail.capturedView(1).end(), [](QChar c) { return c.isDigit(); })) {
                length += int(tail.capturedLength());
            }
        }
        // What the link is without the words after spaces that the next step may take in: a public link is
        // boxed only with every link, and "https://www.python.org/downloads/ now" does not go on.
        int unspacedLength = length;
        // OCR puts a space beside a dot or a joint inside a path or query ("?user=michael .chen&token=..."):
        // the link goes on where a joint and a word follow the space. A sentence after a link starts with a
        // space and a word, not a joint; after a dot, only a lower-case word inside a query goes on.
        while (start + length + 2 < text.size() && text.at(start + length) == QLatin1Char(' ')) {
            const QChar before = text.at(start + length - 1);
            const QChar joint = text.at(start + length + 1);
            const QChar after = text.at(start + length + 2);
            const bool inQuery = text.mid(start, length).contains(QLatin1Char('?'));
            const bool spaceBeforeJoint = QStringLiteral("./=&_-").contains(joint) && (after.isLetterOrNumber());
            const bool spaceAfterJoint = (QStringLiteral("=&_-/").contains(before) && joint.isLetterOrNumber())
                                         || (inQuery && before == QLatin1Char('.') && (joint.isLower() || joint.isDigit()));
            // A dot or underscore of a value read as a space ("user=renee garcon&token=..."): the word after the
            // space holds the next parameter, which no word of a sentence does.
            static const QRegularExpression restOfQuery(QStringLiteral(R"(^ [\w.%-]+&[\w.%-]+=)"));
            const bool queryGoesOn = inQuery && restOfQuery.match(QStringView(text).mid(start + length)).hasMatch();
            // An id in a path split by a space ("/file/d/150e1 14f40525be4cb553/view"): digits on both sides
            // and a path going on after it, which "and/or" in a sentence lacks.
            static const QRegularExpression idBefore(QStringLiteral(R"(/[A-Za-z0-9_-]*\d[A-Za-z0-9_-]*$)"));
            static const QRegularExpression idAfter(QStringLiteral(R"(^ [A-Za-z0-9_-]*\d[A-Za-z0-9_-]*/)"));
            const bool idGoesOn = !inQuery && idBefore.match(QStringView(text).mid(start, length)).hasMatch()
                && idAfter.match(QStringView(text).mid(start + length)).hasMatch();
            if (!(spaceBeforeJoint || spaceAfterJoint || queryGoesOn || idGoesOn)
                || !(inQuery || text.mid(start, length).count(QLatin1Char('/')) >= 3)) {
                break;
            }
            int e = start + length + 1;
            while (e < text.size() && !text.at(e).isSpace() && !QStringLiteral("<>\"'()[]{}").contains(text.at(e)))
                ++e;
            length = e - start;
        }
        // Sentence punctuation after a link is not part of it.
        const auto trimmed = [&](int len) {
            while (len > 0 && QStringLiteral(".,;:!?'\"»").contains(text.at(start + len - 1)))
                --len;
            return len;
        };
        length = trimmed(length);
        unspacedLength = trimmed(unspacedLength);
        // Judged without the spaces and breaks OCR and wrapping put in ("https ://calendly.com/...").
        QString url = text.mid(start, length);
        url.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
        const bool hasScheme = url.contains(QLatin1String("://")) || url.startsWith(QLatin1String("www."), Qt::CaseInsensitive);
        // A domain name alone (example.com), with neither scheme nor path, is a link only when asked to be.
        const bool bareDomain = !hasScheme && !url.contains(QLatin1Char('/'));
        if (isPersonal(url) || pathNamesSomeone(url, handles))
            out.append(Match{PiiType::Url, start, length, 0.9});
        else if (context.allLinks && (!bareDomain || context.bareDomainsAreUrls) && unspacedLength > 0)
            out.append(Match{PiiType::Url, start, unspacedLength, hasScheme ? 0.8 : 0.6});
    }
    return out;
}

} // namespace Blackout
