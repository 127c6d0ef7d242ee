// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test doubles for the GUI tests: a multi-page document with known text, and a "pipeline" that finds
// phone numbers and email addresses with two regular expressions, so the window can be driven with hits
// whose boxes are known regardless of which detectors are in the build.

#include "document/document.h"
#include "pipeline/pageprocessor.h"

#include <QFont>
#include <QPainter>
#include <QRegularExpression>

namespace BlackoutTest {

using namespace Blackout;

class FakeDocument : public Document {
public:
    explicit FakeDocument(int pages) : m_pages(pages) {}
    DocumentKind kind() const override { return DocumentKind::Image; }
    int pageCount() const override { return m_pages; }
    QSize pageSize(int) const override { return {800, 600}; }
    Result<PageContent> page(int index, const Cancellation & = {}) const override
    {
        PageContent content;
        content.index = index;
        content.image = QImage(pageSize(index), QImage::Format_RGB32);
        content.image.fill(Qt::white);
        QPainter painter(&content.image);
        painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 14));
        TextLayer layer(TextSource::Layout);
        const QStringList lines = {QStringLiteral("Call me on 617-555-0193 tomorrow"),
                                   QStringLiteral("or write to amy@example.com please")};
        int y = 60;
        for (const QString &line : lines) {
            int x = 40;
            for (const QString &word : line.split(QLatin1Char(' '))) {
                const int w = painter.fontMetrics().horizontalAdvance(word);
                painter.drawText(x, y, word);
                layer.appendWordSplitEvenly(word, QRectF(x, y - 16, w, 20));
                x += w + painter.fontMetrics().horizontalAdvance(QLatin1Char(' '));
            }
            layer.endLine();
            y += 40;
        }
        content.layers = {layer};
        return content;
    }
    DocumentMetadata metadata() const override { return {QStringLiteral("Fake"), {}}; }

private:
    int m_pages;
};

/// Renders the page and finds phones and emails in its text layers: stands in for OCR and detection.
inline Result<ProcessedPage> fakeProcess(const Document &document, int index, const Cancellation &,
                                         const std::function<void(int)> &progress)
{
    auto content = document.page(index);
    if (!content)
        return content.error();
    ProcessedPage page{index, content->image, content->layers, {}};
    const std::pair<PiiType, QRegularExpression> patterns[] = {
        {PiiType::Phone, QRegularExpression(QStringLiteral("\\+?[0-9][0-9 ()-]{8,}[0-9]"))},
        {PiiType::Email, QRegularExpression(QStringLiteral("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+"))}};
    for (int l = 0; l < page.layers.size(); ++l) {
        const TextLayer &layer = page.layers.at(l);
        for (const auto &[type, re] : patterns) {
            auto it = re.globalMatch(layer.text());
            while (it.hasNext()) {
                const auto m = it.next();
                Hit hit;
                hit.type = type;
                hit.text = m.captured();
                hit.layer = l;
                hit.start = int(m.capturedStart());
                hit.length = int(m.capturedLength());
                hit.source = layer.source();
                for (const QRectF &box : layer.spanBoxes(hit.start, hit.length, 2))
                    hit.boxes.append(box.toAlignedRect());
                page.hits.append(hit);
            }
        }
    }
    if (progress)
        progress(100);
    return page;
}

} // namespace BlackoutTest
