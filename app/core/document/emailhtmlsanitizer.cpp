// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/emailhtmlsanitizer.h"

#include <QRegularExpression>
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

QString EmailHtmlSanitizer::plainToHtml(const QString &text)
{
    QString t = text;
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
    static const RE comments(QStringLiteral("<!--.*?-->"), kOpts);
    static const RE blocks(
        QStringLiteral(R"re(<(script|style|head|title|iframe|object|embed|applet|noscript|template|svg|xml)\b[^>]*>.*?</\1\s*>)re"),
        kOpts);
    static const RE singles(QStringLiteral(R"re(<(?:link|meta|base|script|style|iframe|embed|frame|frameset|param|source|video|audio)\b[^>]*>)re"),
                            kOpts);
    html.remove(comments);
    html.remove(blocks);
    html.remove(singles);

    static const RE bodyOpen(QStringLiteral(R"re(<body\b[^>]*>)re"), kOpts);
    const auto open = bodyOpen.match(html);
    if (open.hasMatch()) {
        html = html.mid(open.capturedEnd());
        const int close = html.lastIndexOf(QLatin1String("</body"), -1, Qt::CaseInsensitive);
        if (close >= 0)
            html.truncate(close);
    }
    static const RE htmlTags(QStringLiteral(R"re(</?(?:html|body|!doctype)\b[^>]*>)re"), kOpts);
    html.remove(htmlTags);

    // External resources: background images and CSS urls are never fetched.
    static const RE background(QStringLiteral(R"re(\sbackground\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))re"), kOpts);
    static const RE cssUrl(QStringLiteral(R"re(url\s*\([^)]*\))re"), kOpts);
    html.remove(background);
    // Text a sender shrank to nothing is still text in the message: give it the normal size.
    static const RE zeroFont(QStringLiteral(R"re(font-size\s*:\s*0+(?:\.0*)?\s*(?:px|pt|em|rem|%)?\s*(?:!important)?\s*;?)re"), kOpts);
    html.remove(zeroFont);
    html.replace(cssUrl, QStringLiteral("none"));

    static const RE img(QStringLiteral(R"re(<img\b[^>]*>)re"), kOpts);
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
    return out;
}

} // namespace Blackout
