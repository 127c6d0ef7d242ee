// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the bundled PDF and screenshot samples. Every person, company and number is invented:
// 555-01xx phones, .example domains, the documentation test card and the well-known test IBAN.
// Build and run with make_samples.sh next to this file (it needs Qt 6 Gui and the DejaVu fonts).
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextStream>

namespace {

const char *const LetterLines[] = {
    "Marlowe & Finch Interiors Ltd.",
    "48 Larkspur Avenue, Springfield, IL 62704",
    "billing@marlowe-finch.example  |  +1 (217) 555-0143",
    "",
    "12 March 2025",
    "",
    "Ms. Harriet Okafor",
    "1190 Juniper Court, Apt. 7B",
    "Riverton, OR 97301",
    "",
    "Re: Disputed invoice INV-2025-0317",
    "",
    "Dear Ms. Okafor,",
    "",
    "Thank you for your call on Monday. We have reviewed invoice INV-2025-0317 for the curtains",
    "installed at your home and agree that the second fitting visit was charged twice.",
    "A corrected invoice for $1,284.50 is enclosed.",
    "",
    "The refund of $212.00 will go back to the card you paid with, 4111 1111 1111 1111,",
    "within five working days. If you would rather receive a bank transfer, please confirm",
    "the account GB82 WEST 1234 5698 7654 32 in the name of Harriet Okafor.",
    "",
    "If anything is still unclear, write to me at daniel.finch@marlowe-finch.example",
    "or call my direct line, (217) 555-0198, between 9 am and 5 pm.",
    "",
    "Kind regards,",
    "",
    "Daniel Finch",
    "Accounts Manager, Marlowe & Finch Interiors Ltd.",
};

bool writeLetter(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(QStringLiteral("Invoice dispute (Blackout sample)"));
    writer.setCreator(QStringLiteral("Blackout make_samples"));
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    QFont body(QStringLiteral("DejaVu Serif"));
    body.setPointSizeF(11);
    QFont heading(QStringLiteral("DejaVu Sans"));
    heading.setPointSizeF(15);
    heading.setBold(true);
    const qreal lineHeight = 11 * 1.55 * writer.resolution() / 72.0;
    qreal y = lineHeight;
    bool first = true;
    for (const char *line : LetterLines) {
        painter.setFont(first ? heading : body);
        painter.drawText(QPointF(0, y), QString::fromUtf8(line));
        y += first ? lineHeight * 1.3 : lineHeight;
        first = false;
    }
    return painter.end();
}

struct Label {
    int x;
    int y;
    QString text;
    int pixelSize;
    bool bold;
    QColor colour;
};

bool writeScreenshot(const QString &pngPath, const QString &txtPath)
{
    QImage image(1280, 800, QImage::Format_RGB32);
    image.fill(QColor(0xf6, 0xf7, 0xf9));
    QPainter p(&image);
    p.setRenderHint(QPainter::TextAntialiasing);
    // Chrome: a top bar, a folder list and a message list, like any webmail.
    p.fillRect(0, 0, 1280, 56, QColor(0x2b, 0x4c, 0x7e));
    p.fillRect(0, 56, 220, 744, QColor(0xec, 0xee, 0xf2));
    p.fillRect(220, 56, 360, 744, Qt::white);
    p.fillRect(580, 56, 700, 744, Qt::white);
    p.setPen(QColor(0xd5, 0xd9, 0xe0));
    p.drawLine(580, 56, 580, 800);
    p.drawLine(220, 56, 220, 800);
    p.fillRect(221, 132, 358, 72, QColor(0xdd, 0xe8, 0xf8));
    p.fillRect(300, 14, 520, 28, QColor(0x3d, 0x60, 0x94));

    const QColor white(Qt::white), dark(0x20, 0x24, 0x2b), grey(0x5f, 0x66, 0x70), blue(0x1a, 0x5f, 0xb4);
    const QList<Label> labels = {
        {24, 35, QStringLiteral("Mailbox"), 18, true, white},
        {314, 33, QStringLiteral("Search mail"), 14, false, QColor(0xc8, 0xd4, 0xe6)},
        {1040, 33, QStringLiteral("priya.raman@mailbox.example"), 13, false, white},
        {24, 92, QStringLiteral("Inbox (3)"), 14, true, dark},
        {24, 120, QStringLiteral("Starred"), 14, false, dark},
        {24, 148, QStringLiteral("Sent"), 14, false, dark},
        {24, 176, QStringLiteral("Drafts"), 14, false, dark},
        {240, 90, QStringLiteral("Oliver Brandt"), 14, true, dark},
        {240, 110, QStringLiteral("Quarterly numbers"), 13, false, grey},
        {240, 156, QStringLiteral("Tomasz Wielgosz"), 14, true, dark},
        {240, 176, QStringLiteral("Re: Moving day on Saturday"), 13, false, grey},
        {240, 226, QStringLiteral("Garden Club"), 14, true, dark},
        {240, 246, QStringLiteral("Seed swap this weekend"), 13, false, grey},
        {600, 100, QStringLiteral("Re: Moving day on Saturday"), 18, true, dark},
        {600, 132, QStringLiteral("Tomasz Wielgosz <tomasz.wielgosz@northmail.example>"), 14, true, dark},
        {600, 152, QStringLiteral("to Priya Raman <priya.raman@mailbox.example>"), 13, false, grey},
        {1150, 132, QStringLiteral("Sat 14:02"), 13, false, grey},
        {600, 196, QStringLiteral("Hi Priya,"), 14, false, dark},
        {600, 226, QStringLiteral("the van is booked for 8 am. I'll park in front of 27 Elm Street, Hartford,"), 14,
         false, dark},
        {600, 248, QStringLiteral("so we can load everything from the flat in one go."), 14, false, dark},
        {600, 278, QStringLiteral("If I'm late, call me on (860) 555-0172 or text my wife Anna on 860-555-0119."), 14,
         false, dark},
        {600, 308, QStringLiteral("The new address for your post is 4 Cedar Lane, Glastonbury, CT 06033."), 14,
         false, dark},
        {600, 338, QStringLiteral("Photos of the old place: https://photos.example/t.wielgosz/moving"), 14, false,
         blue},
        {600, 378, QStringLiteral("Cheers,"), 14, false, dark},
        {600, 400, QStringLiteral("Tomasz"), 14, false, dark},
        {600, 440, QStringLiteral("--"), 13, false, grey},
        {600, 460, QStringLiteral("Tomasz Wielgosz | +1 860 555 0172 | tomasz.wielgosz@northmail.example"), 13,
         false, grey},
    };
    QFile txt(txtPath);
    if (!txt.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    QTextStream out(&txt);
    for (const Label &label : labels) {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(label.pixelSize);
        font.setBold(label.bold);
        font.setHintingPreference(QFont::PreferFullHinting);
        p.setFont(font);
        p.setPen(label.colour);
        p.drawText(label.x, label.y, label.text);
        out << label.text << '\n';
    }
    p.end();
    return image.save(pngPath, "PNG");
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    if (!writeLetter(dir + QStringLiteral("/invoice-dispute.pdf")))
        return 1;
    if (!writeScreenshot(dir + QStringLiteral("/webmail-screenshot.png"),
                         dir + QStringLiteral("/webmail-screenshot.txt")))
        return 2;
    return 0;
}
