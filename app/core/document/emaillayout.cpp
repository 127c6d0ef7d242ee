// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/emaillayout.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QMutexLocker>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QUrl>

#include <cmath>

namespace Blackout {

namespace {

/// A QTextDocument that serves only the resources added to it: nothing is ever fetched or read from disk.
class OfflineTextDocument : public QTextDocument {
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

bool separates(QChar c)
{
    return c.isSpace() || c == QChar::ObjectReplacementCharacter || c == QChar::LineSeparator ||
           c == QChar::ParagraphSeparator || c.category() == QChar::Other_Control;
}

} // namespace

EmailLayout::EmailLayout() : m_metrics(1, 1, QImage::Format_RGB32) {}

EmailLayout::~EmailLayout() = default;

Result<std::unique_ptr<EmailLayout>> EmailLayout::create(const EmailContent &content, int maxPages)
{
    // Qt's font system exists only with a QGuiApplication; without it QFontDatabase would abort.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{ErrorCode::Unknown,
                     tr("Emails cannot be laid out: the program was started without its font system.")};
    std::unique_ptr<EmailLayout> layout(new EmailLayout);
    auto doc = std::make_unique<OfflineTextDocument>();
    // Layout measures on a 96 dpi image and with design metrics, so that glyph positions are the same
    // at any scale the page is painted at: the text layer's boxes then sit exactly on the ink.
    doc->documentLayout()->setPaintDevice(&layout->m_metrics);
    doc->setUseDesignMetrics(true);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(14);
    doc->setDefaultFont(font);
    QTextOption option = doc->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc->setDefaultTextOption(option);
    doc->setDocumentMargin(kMargin);
    doc->setPageSize(QSizeF(kPageWidth, kPageHeight));
    for (int i = 0; i < content.images.size(); ++i)
        doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("cid:%1").arg(i)), content.images.at(i));
    doc->setHtml(content.html);
    layout->m_doc = std::move(doc);
    const int pages = qBound(1, layout->m_doc->pageCount(), qMax(1, maxPages));
    layout->buildTextLayers(pages);
    return layout;
}

void EmailLayout::buildTextLayers(int pages)
{
    m_layers = QList<TextLayer>(pages, TextLayer(TextSource::Layout));
    m_ocrRegions = QList<QList<QRect>>(pages);
    QAbstractTextDocumentLayout *docLayout = m_doc->documentLayout();
    const QRectF pageRect(0, 0, kPageWidth * kScale, kPageHeight * kScale);
    auto pageOf = [pages](qreal y) { return qBound(0, int(std::floor(y / kPageHeight)), pages); };

    for (QTextBlock block = m_doc->begin(); block.isValid(); block = block.next()) {
        const QTextLayout *tl = block.layout();
        if (!tl || tl->lineCount() == 0)
            continue;
        const QPointF origin = docLayout->blockBoundingRect(block).topLeft();
        const QString text = block.text();
        for (int l = 0; l < tl->lineCount(); ++l) {
            const QTextLine line = tl->lineAt(l);
            const qreal top = origin.y() + line.y();
            const int page = pageOf(top + line.height() / 2);
            if (page >= pages)
                continue; // beyond maxPages
            const qreal pageTop = qreal(page) * kPageHeight;
            TextLayer &layer = m_layers[page];
            auto box = [&](int from, int to) {
                qreal x1 = line.cursorToX(from), x2 = line.cursorToX(to);
                if (x2 < x1) // right-to-left run
                    std::swap(x1, x2);
                return QRectF((origin.x() + x1) * kScale, (top - pageTop) * kScale, (x2 - x1) * kScale,
                              line.height() * kScale);
            };
            QString word;
            QList<QRectF> boxes;
            auto flush = [&] {
                if (!word.isEmpty())
                    layer.appendWord(word, boxes);
                word.clear();
                boxes.clear();
            };
            const int end = qMin(line.textStart() + line.textLength(), int(text.size()));
            for (int i = line.textStart(); i < end; ++i) {
                const QChar c = text.at(i);
                if (separates(c)) {
                    flush();
                    continue;
                }
                if (c.category() == QChar::Other_Format)
                    continue; // joiners and soft hyphens: invisible, and not part of what was written
                if (c.isHighSurrogate() && i + 1 < end) {
                    const QRectF b = box(i, i + 2);
                    word += c;
                    word += text.at(i + 1);
                    boxes << b << b;
                    ++i;
                    continue;
                }
                word += c;
                boxes << box(i, i + 1);
            }
            flush();
            // A line wrapped by the layout goes on after a space, as it was written, so that a number or a
            // name the wrap split stays one string for the detectors (spanBoxes() still gives a box per
            // visual line). Paragraph ends and <br> (a line separator) are real line breaks.
            const bool hardBreak = l + 1 == tl->lineCount() || (end > line.textStart() && text.at(end - 1) == QChar::LineSeparator)
                || pageOf(origin.y() + tl->lineAt(l + 1).y() + tl->lineAt(l + 1).height() / 2) != page;
            if (hardBreak)
                layer.endLine();
        }
        // Inline images: their pixels are text only OCR can read.
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            const QTextImageFormat image = fragment.charFormat().toImageFormat();
            for (int k = 0; k < fragment.length(); ++k) {
                const int pos = fragment.position() - block.position() + k;
                const QTextLine line = tl->lineForTextPosition(pos);
                if (!line.isValid())
                    continue;
                const qreal x = origin.x() + line.cursorToX(pos);
                const qreal h = image.height() > 0 ? image.height() : line.ascent();
                const qreal w = image.width() > 0 ? image.width() : std::abs(line.cursorToX(pos + 1) - line.cursorToX(pos));
                const qreal y = origin.y() + line.y() + line.ascent() - h;
                const int page = pageOf(origin.y() + line.y() + line.height() / 2);
                if (page >= pages)
                    continue;
                const QRectF r(x * kScale, (y - qreal(page) * kPageHeight) * kScale, w * kScale, h * kScale);
                const QRect onPage = r.intersected(pageRect).toAlignedRect();
                if (!onPage.isEmpty())
                    m_ocrRegions[page].append(onPage);
            }
        }
    }
}

Result<PageContent> EmailLayout::renderPage(int index) const
{
    if (index < 0 || index >= pageCount())
        return Error{ErrorCode::InvalidArgument, tr("The email has no page %1.").arg(index + 1)};
    PageContent page;
    page.index = index;
    page.image = QImage(pageSize(), QImage::Format_RGB32);
    page.image.fill(Qt::white);
    {
        QMutexLocker lock(&m_mutex);
        QPainter painter(&page.image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        painter.scale(kScale, kScale);
        const qreal top = qreal(index) * kPageHeight;
        painter.translate(0, -top);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, top, kPageWidth, kPageHeight);
        context.palette.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
        context.palette.setColor(QPalette::Link, QColor(0x1a, 0x4d, 0xa8));
        painter.setClipRect(context.clip);
        m_doc->documentLayout()->draw(&painter, context);
    }
    page.layers = {m_layers.at(index)};
    page.ocrRegions = m_ocrRegions.at(index);
    return page;
}

} // namespace Blackout
