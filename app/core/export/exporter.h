// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportpreset.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRect>
#include <QString>
#include <QTransform>

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
    QRect source;          ///< page pixels shown in this file
    QTransform toImage;    ///< maps page pixels to pixels of the file (crop, scale, padding)
};

/// One image of an export: its pixels and where they came from on the page.
struct ExportTile {
    QImage image;          ///< exactly the pixels that are encoded (before lossy compression)
    QRect source;          ///< page pixels shown in this tile
    QTransform toImage;    ///< maps page pixels to pixels of image (crop, scale, padding)
    QByteArray encoded;    ///< the file's bytes: image encoded in the request's format, metadata-free
};

/// Crops, scales to the preset, splits tall pages into tiles, encodes without metadata, writes atomically.
class Exporter {
    Q_DECLARE_TR_FUNCTIONS(Blackout::Exporter)
public:
    /// Exactly the images that export() would encode (tiles in order), for previews and the leak check.
    static QList<QImage> render(const ExportRequest &request);
    /// render() with the geometry of every tile and its encoded bytes; fails when the preset's limits
    /// cannot be met.
    static Result<QList<ExportTile>> renderTiles(const ExportRequest &request);
    /// The rows of image at which it is cut into tiles (start row of every tile after the first), each
    /// inside a run of blank rows; at most maxImages - 1 cuts when the preset limits images per post.
    static QList<int> tileCuts(const QImage &image, const ExportPreset &preset);
    /// The file names exportPage() writes: <stem>-p<page>[-<tile>].<ext>.
    static QString fileName(const QString &stem, int pageNumber, int tile, int tileCount, ImageFormat format);
    static Result<QList<ExportedFile>> exportPage(const ExportRequest &request);
    /// Writes tiles that renderTiles() made for request, byte for byte: what was leak-checked is what is written.
    static Result<QList<ExportedFile>> writeTiles(const ExportRequest &request, const QList<ExportTile> &tiles);
};

} // namespace Blackout
