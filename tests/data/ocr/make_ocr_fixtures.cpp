// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the OCR fixtures: small email-client screenshots at device scale 1 (13-14 px text) in several
// fonts and themes (light, dark, coloured header, JPEG), with every word's glyph box in truth.json.
// Run from the build tree:  QT_QPA_PLATFORM=offscreen ./tests/core/ocr/make_ocr_fixtures <this folder>
// Fonts: fonts-roboto-unhinted fonts-open-sans fonts-lato fonts-liberation fonts-crosextra-carlito
// fonts-dejavu-core (packaging/install-deps.sh).
#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>

#include <random>

namespace {

struct Theme {
    const char *name;
    QColor background, panel, header, headerText, text, secondary, link;
};

const Theme themes[] = {
    {"light", QColor(0xffffff), QColor(0xf1f3f4), QColor(0xf6f8fc), QColor(0x1f1f1f), QColor(0x202124),
     QColor(0x5f6368), QColor(0x1a73e8)},
    {"dark", QColor(0x1f1f1f), QColor(0x2b2b2b), QColor(0x121212), QColor(0xe8eaed), QColor(0xe8eaed),
     QColor(0x9aa0a6), QColor(0x8ab4f8)},
    {"blue-header", QColor(0xffffff), QColor(0xeef2f7), QColor(0x0b57d0), QColor(0xffffff), QColor(0x1b1b1b),
     QColor(0x444746), QColor(0x0b57d0)},
    {"sepia", QColor(0xfbf6ec), QColor(0xefe6d2), QColor(0x3c3c3c), QColor(0xf5f5f5), QColor(0x3b3024),
     QColor(0x6b5d4b), QColor(0x8a4b08)},
};

const char *firstNames[] = {"anna", "marek", "lucia", "tom", "sofia", "jonas", "priya", "omar", "elena", "felix",
                            "hannah", "david", "ines", "kofi", "mia", "paul", "yuki", "lars", "nora", "ravi"};
const char *lastNames[] = {"schmidt", "novak", "garcia", "okafor", "lindqvist", "brennan", "takahashi",
                           "moreau", "kowalski", "fischer", "oliveira", "haddad", "jensen", "rossi", "walsh"};
const char *domains[] = {"example.com", "fabrikam.com", "globex-corp.com", "proton.me", "outlook.de",
                         "northwind-traders.co.uk", "mail.example.org", "contoso.net", "initech.io"};
const char *phoneTemplates[] = {"+1 (###) 555-0###", "+44 20 #### ####", "030 ########", "(###) 555-01##",
                                "+49 171 #######", "0171/#######", "+33 6 ## ## ## ##", "###.###.####",
                                "+1-###-555-0###", "+31 20 ### ####", "07700 900###", "+41 44 ### ## ##"};

struct Rng {
    std::mt19937 engine;
    int operator()(int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(engine)); }
};

QString digits(Rng &rng, const QString &pattern)
{
    QString s = pattern;
    for (QChar &c : s) {
        if (c == QLatin1Char('#'))
            c = QChar(QLatin1Char('0' + rng(10)));
    }
    return s;
}

QString email(Rng &rng)
{
    const QString first = QString::fromLatin1(firstNames[rng(std::size(firstNames))]);
    const QString last = QString::fromLatin1(lastNames[rng(std::size(lastNames))]);
    const QString domain = QString::fromLatin1(domains[rng(std::size(domains))]);
    switch (rng(4)) {
    case 0:
        return first + QLatin1Char('.') + last + QLatin1Char('@') + domain;
    case 1:
        return first.left(1) + QLatin1Char('.') + last + QLatin1Char('@') + domain;
    case 2:
        return first + last + QString::number(rng(90) + 10) + QLatin1Char('@') + domain;
    default:
        return first + QLatin1Char('_') + last + QLatin1Char('@') + domain;
    }
}

QString properName(Rng &rng)
{
    QString first = QString::fromLatin1(firstNames[rng(std::size(firstNames))]);
    QString last = QString::fromLatin1(lastNames[rng(std::size(lastNames))]);
    first[0] = first[0].toUpper();
    last[0] = last[0].toUpper();
    return first + QLatin1Char(' ') + last;
}

class Canvas {
public:
    Canvas(QImage &image, QJsonArray &words) : m_painter(&image), m_words(words)
    {
        m_painter.setRenderHint(QPainter::TextAntialiasing);
    }
    QPainter &painter() { return m_painter; }

    // Draws a line of text with its baseline at y and records the tight glyph box of every word.
    void line(const QFont &font, const QColor &colour, qreal x, qreal baseline, const QString &text)
    {
        m_painter.setFont(font);
        m_painter.setPen(colour);
        m_painter.drawText(QPointF(x, baseline), text);
        const QFontMetricsF fm(font);
        int start = 0;
        while (start < text.size()) {
            while (start < text.size() && text.at(start) == QLatin1Char(' '))
                ++start;
            int end = start;
            while (end < text.size() && text.at(end) != QLatin1Char(' '))
                ++end;
            if (end > start) {
                const QString word = text.mid(start, end - start);
                const qreal offset = fm.horizontalAdvance(text.left(start));
                const QRectF box = fm.tightBoundingRect(word).translated(x + offset, baseline);
                m_words.append(QJsonObject{{QStringLiteral("text"), word},
                                           {QStringLiteral("box"), QJsonArray{box.x(), box.y(), box.width(),
                                                                              box.height()}}});
            }
            start = end;
        }
    }

private:
    QPainter m_painter;
    QJsonArray &m_words;
};

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(outDir);
    const QStringList families = {QStringLiteral("Roboto"), QStringLiteral("Open Sans"), QStringLiteral("Lato"),
                                  QStringLiteral("Liberation Sans"), QStringLiteral("Carlito"),
                                  QStringLiteral("DejaVu Sans")};
    Rng rng{std::mt19937(20261128)};
    QJsonArray fixtures;
    const int count = 24;
    for (int i = 0; i < count; ++i) {
        const Theme &theme = themes[i % std::size(themes)];
        const QString family = families.at((i / 2) % families.size());
        const int pixelSize = 13 + (i % 3 == 2 ? 1 : 0);
        const bool jpeg = i % 5 == 4;
        QFont font(family);
        font.setPixelSize(pixelSize);
        font.setHintingPreference(QFont::PreferNoHinting);
        QFont bold = font;
        bold.setBold(true);
        QFont title = font;
        title.setPixelSize(pixelSize + 6);

        QImage image(760, 330, QImage::Format_RGB32);
        image.fill(theme.background);
        QJsonArray words;
        QJsonArray items;
        Canvas canvas(image, words);
        QPainter &p = canvas.painter();
        p.fillRect(QRect(0, 0, image.width(), 44), theme.header);
        p.fillRect(QRect(0, 44, 150, image.height() - 44), theme.panel);
        const qreal lh = pixelSize * 1.55;
        canvas.line(title, theme.headerText, 16, 29, QStringLiteral("Mailbox"));
        const QString account = email(rng);
        canvas.line(font, theme.headerText, 470, 27, account);
        items.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("email")}, {QStringLiteral("text"), account}});
        const QStringList folders = {QStringLiteral("Inbox"), QStringLiteral("Starred"), QStringLiteral("Sent"),
                                     QStringLiteral("Drafts"), QStringLiteral("Spam")};
        for (int f = 0; f < folders.size(); ++f)
            canvas.line(f == 0 ? bold : font, theme.text, 18, 74 + f * lh * 1.3, folders.at(f));

        const QString sender = properName(rng);
        const QString senderMail = email(rng);
        const QString phone1 = digits(rng, QString::fromLatin1(phoneTemplates[rng(std::size(phoneTemplates))]));
        const QString phone2 = digits(rng, QString::fromLatin1(phoneTemplates[rng(std::size(phoneTemplates))]));
        const QString phone3 = digits(rng, QString::fromLatin1(phoneTemplates[rng(std::size(phoneTemplates))]));
        const QString otherMail = email(rng);
        qreal y = 76;
        const qreal x = 172;
        canvas.line(bold, theme.text, x, y, sender + QStringLiteral(" <") + senderMail + QLatin1Char('>'));
        y += lh;
        canvas.line(font, theme.secondary, x, y, QStringLiteral("to me, Tue 14 May 2024 09:41"));
        y += lh * 1.5;
        canvas.line(font, theme.text, x, y, QStringLiteral("Hi there, thanks for the quick reply about the invoice."));
        y += lh;
        canvas.line(font, theme.text, x, y, QStringLiteral("Please call me at ") + phone1 + QStringLiteral(" before noon,"));
        y += lh;
        canvas.line(font, theme.text, x, y, QStringLiteral("or write to ") + otherMail + QStringLiteral(" if that is easier."));
        y += lh * 1.5;
        canvas.line(font, theme.text, x, y, QStringLiteral("Best regards,"));
        y += lh;
        canvas.line(font, theme.secondary, x, y, sender);
        y += lh;
        canvas.line(font, theme.secondary, x, y, QStringLiteral("Mobile: ") + phone2);
        y += lh;
        canvas.line(font, theme.secondary, x, y, QStringLiteral("Office: ") + phone3);
        p.end();
        for (const QString &m : {senderMail, otherMail})
            items.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("email")}, {QStringLiteral("text"), m}});
        for (const QString &ph : {phone1, phone2, phone3})
            items.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("phone")}, {QStringLiteral("text"), ph}});

        const QString name = QStringLiteral("shot%1.%2").arg(i + 1, 2, 10, QLatin1Char('0'))
                                 .arg(jpeg ? QStringLiteral("jpg") : QStringLiteral("png"));
        image.save(outDir + QLatin1Char('/') + name, nullptr, jpeg ? 80 : -1);
        fixtures.append(QJsonObject{{QStringLiteral("file"), name},
                                    {QStringLiteral("font"), family},
                                    {QStringLiteral("pixelSize"), pixelSize},
                                    {QStringLiteral("theme"), QString::fromLatin1(theme.name)},
                                    {QStringLiteral("pii"), items},
                                    {QStringLiteral("words"), words}});
    }
    QFile truth(outDir + QStringLiteral("/truth.json"));
    if (!truth.open(QIODevice::WriteOnly))
        return 1;
    truth.write(QJsonDocument(QJsonObject{{QStringLiteral("fixtures"), fixtures}}).toJson(QJsonDocument::Indented));
    return 0;
}
