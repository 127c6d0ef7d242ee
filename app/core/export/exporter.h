// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportpreset.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRect>
#include <QString>

namespace Blackout {

enum class ImageFormat { Png, Jpeg, Webp };
QString imageFormatId(ImageFormat format);
std::optional<ImageFormat> imageFormatFromId(const QString &id);

struct ExportRequest {
    QImage burnt;            ///< the page after BurnIn::apply(); nothing else is ever encoded
    QRect crop;              ///< page pixels; null: the whole page
    ExportPreset preset;
    ImageFormat format = ImageFormat::Png;
    QString outputDir;
    QString stem;            ///< file names are <stem>-p<page>[-<tile>].<ext>
    int pageNumber = 1;      ///< 1-based
    bool overwrite = false;  ///< replace an existing file (only when the user said so)
    QString altText;         ///< written next to each image as <name>.txt when not empty
};

struct ExportedFile {
    QString path;
    QSize size;
    qint64 bytes = 0;
};

/// Crops, scales to the preset, splits tall pages into tiles, encodes without metadata, writes atomically.
class Exporter {
    Q_DECLARE_TR_FUNCTIONS(Blackout::Exporter)
public:
    /// Exactly the images that export() would encode (tiles in order), for previews and the leak check.
    static QList<QImage> render(const ExportRequest &request);
    static Result<QList<ExportedFile>> exportPage(const ExportRequest &request);
};

} // namespace Blackout
