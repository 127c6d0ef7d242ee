// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/emailhtmlsanitizer.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace Blackout {

namespace {

using RE = QRegularExpression;
constexpr auto kOpts = RE::CaseInsensitiveOption | RE::DotMatchesEverythingOption;

QString attribute(const QString &tag, const QString &name)
{
    const RE re(QStringLiteral(R"re((?:^|[\s/])%1\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))re").arg(name), kOpts);
    const auto m = re.match(tag);
    if (!m.hasMatch())
        return {};
    for (int i = 1; i <= 3; ++i)
        if (m.capturedStart(i) >= 0)
            return m.captured(i).trimmed();
    return {};
}

int pixelAttribute(const QString &tag, const QString &name)
{
    QString v = attribute(tag, name);
    if (v.endsWith(QLatin1String("px"), Qt::CaseInsensitive))
        v.chop(2);
    bool ok = false;
    const int n = v.toInt(&ok);
    return ok && n > 0 ? n : 0;
}

/// Comments go whole; an unclosed one loses only its opener (the text after it is still the mail's).
/// A scan rather than a regular expression: hostile input must not make this quadratic.
QString removeComments(const QString &html)
{
    QString out;
    out.reserve(html.size());
    qsizetype pos = 0;
    bool closesLeft = true; // once no "-->" follows, none will: no more searching to the end
    while (true) {
        const qsizetype open = html.indexOf(QLatin1String("<!--"), pos);
        if (open < 0)
            break;
        out += QStringView(html).mid(pos, open - pos);
        const qsizetype close = closesLeft ? html.indexOf(QLatin1String("-->"), open + 4) : -1;
        closesLeft = close >= 0;
        pos = close < 0 ? open + 4 : close + 3;
    }
    out += QStringView(html).mid(pos);
    return out;
}

/// Removes each element opened by openTag (group 1 = its name) up to its closing tag. One never closed
/// loses only its opening tag: sloppy mail leaves <head> open, and the body after it must stay.
/// Linear in the input.
QString removeBlocks(const QString &html, const QRegularExpression &openTag)
{
    QString out;
    out.reserve(html.size());
    qsizetype pos = 0;
    QSet<QString> unclosed; // names with no closing tag further on: never searched for again
    // One global match (the subject is checked once), skipping openers inside what was removed.
    auto it = openTag.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart() < pos)
            continue;
        out += QStringView(html).mid(pos, m.capturedStart() - pos);
        const QString name = m.captured(1).toLower();
        const qsizetype close = unclosed.contains(name)
            ? -1
            : html.indexOf(QStringLiteral("</") + name, m.capturedEnd(), Qt::CaseInsensitive);
        if (close < 0) {
            unclosed.insert(name);
            pos = m.capturedEnd();
            continue;
        }
        const qsizetype end = html.indexOf(QLatin1Char('>'), close);
        pos = end < 0 ? html.size() : end + 1;
    }
    out += QStringView(html).mid(pos);
    return out;
}

/// Replaces every match whose number (capture group) exceeds limit; narrower ones stay as they are.
QString replaceWide(const QString &html, const QRegularExpression &re, int group, int limit, const QString &with)
{
    QString out;
    out.reserve(html.size());
    int last = 0;
    auto it = re.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(group).toLongLong() <= limit)
            continue;
        out += QStringView(html).mid(last, m.capturedStart() - last);
        out += with;
        last = m.capturedEnd();
    }
    out += QStringView(html).mid(last);
    return out;
}

} // namespace

QString EmailHtmlSanitizer::normaliseCid(const QString &cid)
{
    QString c = cid.trimmed();
    if (c.startsWith(QLatin1String("cid:"), Qt::CaseInsensitive))
        c = c.mid(4);
    if (c.startsWith(QLatin1Char('<')) && c.endsWith(QLatin1Char('>')))
        c = c.mid(1, c.size() - 2);
    return QUrl::fromPercentEncoding(c.toUtf8()).trimmed().toLower();
}

QString EmailHtmlSanitizer::imageTag(int index, const QSize &natural, int maxWidth, int width, int height)
{
    int w = width, h = height;
    if (w <= 0 && h <= 0) {
        w = natural.width();
        h = natural.height();
    } else if (w <= 0) {
        w = natural.height() > 0 ? qRound(double(h) * natural.width() / natural.height()) : h;
    } else if (h <= 0) {
        h = natural.width() > 0 ? qRound(double(w) * natural.height() / natural.width()) : w;
    }
    if (w > maxWidth) {
        h = qMax(1, qRound(double(h) * maxWidth / w));
        w = maxWidth;
    }
    w = qMax(1, w);
    h = qMax(1, qMin(h, 4 * maxWidth)); // an absurdly tall image would only push text off the pages
    return QStringLiteral("<img src=\"cid:%1\" width=\"%2\" height=\"%3\">").arg(index).arg(w).arg(h);
}

QString EmailHtmlSanitizer::breakLongRuns(const QString &text, bool html)
{
    constexpr int kLongRun = 200; // far longer than a line: only blobs, never words or usual URLs
    constexpr int kChunk = 100;
    QString out;
    out.reserve(text.size() + text.size() / kChunk);
    bool inTag = false, inEntity = false;
    int run = 0;
    for (const QChar c : text) {
        if (html && c == QLatin1Char('<'))
            inTag = true;
        if (inTag || c.isSpace()) {
            run = 0;
            inEntity = false;
        } else {
            if (html && c == QLatin1Char('&'))
                inEntity = true;
            ++run;
            if (run > kLongRun && run % kChunk == 1 && !inEntity && !c.isLowSurrogate() && !c.isMark())
                out += QChar(0x200B);
            if (inEntity && (c == QLatin1Char(';') || run > kLongRun))
                inEntity = false;
        }
        if (html && c == QLatin1Char('>'))
            inTag = false;
        out += c;
    }
    return out;
}

QString EmailHtmlSanitizer::keepAddressesWhole(const QString &text)
{
    static const RE address(
        QStringLiteral(R"re((?:https?://|www\.)[^\s<>"']+|[\w.%+\-]{1,64}@[\w\-]+(?:\.[\w\-]+)+)re"),
        RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption);
    // Only the characters after which Unicode line breaking allows a break (hyphen, solidus, question mark):
    // never inside an HTML entity such as &amp;.
    static const QString breakers = QStringLiteral("-/?");
    QString out;
    out.reserve(text.size() + text.size() / 8);
    int last = 0;
    auto it = address.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QStringView found = m.capturedView();
        for (int i = 0; i < found.size(); ++i) {
            out += found.at(i);
            if (i + 1 < found.size() && breakers.contains(found.at(i)))
                out += QChar(0x2060);
        }
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString EmailHtmlSanitizer::plainToHtml(const QString &text)
{
    QString t = breakLongRuns(keepAddressesWhole(text), false);
    t.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    t = t.toHtmlEscaped();
    t.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return QStringLiteral("<div style=\"white-space: pre-wrap\">%1</div>").arg(t);
}

QString EmailHtmlSanitizer::sanitize(const QString &input, const QHash<QString, int> &cidToImage,
                                     const QList<QImage> &images, int maxWidth)
{
    QString html = input;
    // Only what a reader sees: comments (including conditional ones), the head and everything that runs
    // code, loads a document or restyles the page in ways Qt would not render faithfully.
    static const RE blockOpen(
        QStringLiteral(R"re(<(script|style|head|title|iframe|object|embed|applet|noscript|template|svg|xml)\b[^>]{0,8192}>)re"),
        kOpts);
    static const RE singles(QStringLiteral(R"re(<(?:link|meta|base|script|style|iframe|embed|frame|frameset|param|source|video|audio)\b[^>]{0,8192}>)re"),
                            kOpts);
    html = removeComments(html);
    html = removeBlocks(html, blockOpen);
    html.remove(singles);

    static const RE bodyOpen(QStringLiteral(R"re(<body\b[^>]{0,8192}>)re"), kOpts);
    const auto open = bodyOpen.match(html);
    if (open.hasMatch()) {
        html = html.mid(open.capturedEnd());
        const int close = html.lastIndexOf(QLatin1String("</body"), -1, Qt::CaseInsensitive);
        if (close >= 0)
            html.truncate(close);
    }
    static const RE htmlTags(QStringLiteral(R"re(</?(?:html|body|!doctype)\b[^>]{0,8192}>)re"), kOpts);
    html.remove(htmlTags);

    // External resources: background images and CSS urls are never fetched.
    static const RE background(QStringLiteral(R"re(\sbackground\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))re"), kOpts);
    static const RE cssUrl(QStringLiteral(R"re(url\s*\([^)]*\))re"), kOpts);
    html.remove(background);
    // Text a sender shrank to nothing or hid is still text in the message that travels with it: show it.
    static const RE zeroFont(QStringLiteral(R"re(font-size\s*:\s*0+(?:\.0*)?\s*(?:px|pt|em|rem|%)?\s*(?:!important)?\s*;?)re"), kOpts);
    html.remove(zeroFont);
    static const RE hiding(
        QStringLiteral(R"re((?:display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0*)?(?![.\d])|mso-hide\s*:\s*all)\s*(?:!important)?\s*;?)re"),
        kOpts);
    html.remove(hiding);
    html.replace(cssUrl, QStringLiteral("none"));

    // Nothing may be wider than the page: text beyond its right edge would be neither seen nor redacted.
    static const RE widthAttr(QStringLiteral(R"re(\s(width|min-width)\s*=\s*["']?\s*(\d+)\s*(?:px)?\s*["']?)re"), kOpts);
    static const RE widthCss(QStringLiteral(R"re((?<![\w-])(?:min-)?width\s*:\s*(\d+)\s*px\s*(?:!important)?\s*;?)re"), kOpts);
    static const RE noWrap(QStringLiteral(R"re(\snowrap(?:\s*=\s*["']?nowrap["']?)?(?=[\s/>])|white-space\s*:\s*nowrap\s*;?)re"), kOpts);
    static const RE preOpen(QStringLiteral(R"re(<pre\b[^>]{0,8192}>)re"), kOpts);
    static const RE preClose(QStringLiteral(R"re(</pre\s*>)re"), kOpts);
    html = replaceWide(html, widthAttr, 2, maxWidth, QStringLiteral(" width=\"100%\""));
    html = replaceWide(html, widthCss, 1, maxWidth, QString());
    html.remove(noWrap);
    html.replace(preOpen, QStringLiteral("<div style=\"white-space: pre-wrap; font-family: monospace\">"));
    html.replace(preClose, QStringLiteral("</div>"));

    static const RE img(QStringLiteral(R"re(<img\b[^>]{0,8192}>)re"), kOpts);
    QString out;
    out.reserve(html.size());
    int last = 0;
    auto it = img.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(html).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString tag = m.captured();
        const QString src = attribute(tag, QStringLiteral("src"));
        if (!src.startsWith(QLatin1String("cid:"), Qt::CaseInsensitive))
            continue; // remote or local image: dropped, never loaded
        const int index = cidToImage.value(normaliseCid(src), -1);
        if (index < 0 || index >= images.size() || images.at(index).isNull())
            continue;
        out += imageTag(index, images.at(index).size(), maxWidth, pixelAttribute(tag, QStringLiteral("width")),
                        pixelAttribute(tag, QStringLiteral("height")));
    }
    out += QStringView(html).mid(last);
    return breakLongRuns(keepAddressesWhole(out), true);
}

} // namespace Blackout
