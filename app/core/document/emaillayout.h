// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"
#include "document/emailcontent.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QMutex>
#include <QSize>

#include <memory>

class QTextDocument;

namespace Blackout {

/**
 * Lays an EmailContent out like a clean webmail view with Qt's own text layout and renders its pages.
 *
 * Pages are 800 x 1100 logical px at device pixel ratio 2 (1600 x 2200 image pixels). The layout and the
 * text layers are computed once, at creation; renderPage() paints the retained QTextDocument under a
 * mutex, so a layout can be shared by several threads.
 */
class EmailLayout {
    Q_DECLARE_TR_FUNCTIONS(Blackout::EmailLayout)
public:
    static constexpr int kPageWidth = 800;
    static constexpr int kPageHeight = 1100;
    static constexpr int kMargin = 32;
    static constexpr int kScale = 2;
    /// Width in logical px available to the body: images are shrunk to it.
    static constexpr int contentWidth() { return kPageWidth - 2 * kMargin; }

    ~EmailLayout();
    static Result<std::unique_ptr<EmailLayout>> create(const EmailContent &content, int maxPages);

    int pageCount() const { return int(m_layers.size()); }
    static QSize pageSize() { return QSize(kPageWidth * kScale, kPageHeight * kScale); }
    Result<PageContent> renderPage(int index) const;

private:
    EmailLayout();
    void buildTextLayers(int pages);

    mutable QMutex m_mutex;
    QImage m_metrics; ///< the paint device the layout measures with, so layout never depends on a screen
    std::unique_ptr<QTextDocument> m_doc;
    QList<TextLayer> m_layers;
    QList<QList<QRect>> m_ocrRegions;
};

} // namespace Blackout
