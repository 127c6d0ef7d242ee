// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exporter.h"

#include "export/cleanencoder.h"
#include "redact/burnin.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QPainter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace Blackout {

namespace {

// A row is blank when no pixel strays further than this from the page background in any channel:
// JPEG noise and faint gradients pass, the lightest anti-aliased text does not.
constexpr int kBlankThreshold = 16;
// Below this size shrinking further to meet a byte limit would make the image useless.
constexpr int kMinSide = 64;

QRgb pageBackground(const QImage &image)
{
    QHash<QRgb, int> counts;
    const int step = std::max(1, int(std::sqrt(double(image.width()) * image.height() / 40000.0)));
    for (int y = 0; y < image.height(); y += step) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += step)
            ++counts[line[x] & 0xfff0f0f0];
    }
    QRgb best = 0xffffffff;
    int bestCount = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount)
            best = it.key() | 0x00080808, bestCount = it.value();
    }
    return best;
}

QList<bool> blankRows(const QImage &image)
{
    const QRgb bg = pageBackground(image);
    QList<bool> blank(image.height(), true);
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb c = line[x];
            if (std::abs(qRed(c) - qRed(bg)) > kBlankThreshold || std::abs(qGreen(c) - qGreen(bg)) > kBlankThreshold
                || std::abs(qBlue(c) - qBlue(bg)) > kBlankThreshold) {
                blank[y] = false;
                break;
            }
        }
    }
    return blank;
}

// Greedy: each tile as tall as allowed, cut in the middle of the last blank run that fits; when no
// blank row fits, the tile grows to the next blank run rather than cutting through a line.
QList<int> cutsFor(const QList<bool> &blank, int maxTile)
{
    const int height = int(blank.size());
    QList<int> cuts;
    int start = 0;
    while (height - start > maxTile) {
        const int limit = start + maxTile;
        int cut = -1;
        for (int y = limit; y > start + maxTile / 3; --y) {
            if (blank.at(y)) {
                int a = y;
                while (a > start + 1 && blank.at(a - 1))
                    --a;
                cut = std::min((a + y + 1) / 2, limit);
                break;
            }
        }
        if (cut < 0) {
            for (int y = limit + 1; y < height; ++y) {
                if (blank.at(y)) {
                    int b = y;
                    while (b + 1 < height && blank.at(b + 1))
                        ++b;
                    cut = (y + b + 1) / 2;
                    break;
                }
            }
        }
        if (cut <= start || cut >= height)
            break;
        cuts.append(cut);
        start = cut;
    }
    return cuts;
}

QString extensionOf(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png:
        return QStringLiteral("png");
    case ImageFormat::Jpeg:
        return QStringLiteral("jpg");
    case ImageFormat::Webp:
        return QStringLiteral("webp");
    }
    return QStringLiteral("png");
}

bool isOriginal(const ExportPreset &preset)
{
    return preset.maxWidth <= 0 && preset.maxHeight <= 0 && preset.maxPixels <= 0 && preset.aspect <= 0
        && preset.tileAspect <= 0;
}

// The largest scale (<= 1) at which a w x h image, padded to the preset's aspect, fits its pixel limits.
double fitScale(int w, int h, const ExportPreset &preset)
{
    double pw = w, ph = h;
    if (preset.aspect > 0) {
        if (pw / ph > preset.aspect)
            ph = pw / preset.aspect;
        else
            pw = ph * preset.aspect;
    }
    double s = 1.0;
    if (preset.maxWidth > 0)
        s = std::min(s, preset.maxWidth / pw);
    if (preset.maxHeight > 0)
        s = std::min(s, preset.maxHeight / ph);
    if (preset.maxPixels > 0)
        s = std::min(s, std::sqrt(double(preset.maxPixels) / (pw * ph)));
    return s;
}

// Scales (smoothly: the input is already burnt, so averaging only blends fill with fill) and pads.
ExportTile layoutTile(const QImage &part, const QRect &source, double scale, const ExportPreset &preset)
{
    const int w = std::max(1, int(std::floor(part.width() * scale)));
    const int h = std::max(1, int(std::floor(part.height() * scale)));
    QImage scaled = (w == part.width() && h == part.height())
        ? part
        : part.scaled(w, h, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    int cw = w, ch = h;
    if (preset.aspect > 0) {
        if (double(w) / h > preset.aspect)
            ch = int(std::ceil(w / preset.aspect));
        else
            cw = int(std::ceil(h * preset.aspect));
    }
    const int ox = (cw - w) / 2;
    const int oy = (ch - h) / 2;
    ExportTile tile;
    tile.source = source;
    tile.toImage = QTransform::fromTranslate(-source.x(), -source.y())
        * QTransform::fromScale(double(w) / part.width(), double(h) / part.height())
        * QTransform::fromTranslate(ox, oy);
    if (cw == w && ch == h) {
        tile.image = BurnIn::cleanCopy(scaled);
    } else {
        QImage canvas(cw, ch, QImage::Format_RGB32);
        canvas.fill(Qt::white);
        QPainter p(&canvas);
        p.drawImage(ox, oy, scaled);
        p.end();
        tile.image = canvas;
    }
    return tile;
}

} // namespace

QString imageFormatId(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png:
        return QStringLiteral("png");
    case ImageFormat::Jpeg:
        return QStringLiteral("jpeg");
    case ImageFormat::Webp:
        return QStringLiteral("webp");
    }
    return QStringLiteral("png");
}

std::optional<ImageFormat> imageFormatFromId(const QString &id)
{
    const QString l = id.toLower();
    if (l == QLatin1String("png"))
        return ImageFormat::Png;
    if (l == QLatin1String("jpeg") || l == QLatin1String("jpg"))
        return ImageFormat::Jpeg;
    if (l == QLatin1String("webp"))
        return ImageFormat::Webp;
    return std::nullopt;
}

QList<int> Exporter::tileCuts(const QImage &image, const ExportPreset &preset)
{
    if (preset.tileAspect <= 0 || image.isNull() || image.height() <= image.width() * preset.tileAspect)
        return {};
    const QList<bool> blank = blankRows(image);
    double maxTile = image.width() * preset.tileAspect;
    QList<int> cuts = cutsFor(blank, int(maxTile));
    // More tiles than a post takes: make tiles taller (they are scaled down more) instead.
    while (preset.maxImages > 0 && cuts.size() + 1 > preset.maxImages && maxTile < image.height()) {
        maxTile *= 1.1;
        cuts = cutsFor(blank, int(maxTile));
    }
    if (preset.maxImages > 0 && cuts.size() + 1 > preset.maxImages)
        return {};
    return cuts;
}

QString Exporter::fileName(const QString &stem, int pageNumber, int tile, int tileCount, ImageFormat format)
{
    QString safe = stem;
    // A stem is a name, never a path: keep the export inside the folder the user chose.
    safe.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    if (safe.isEmpty() || safe == QLatin1String(".") || safe == QLatin1String(".."))
        safe = QStringLiteral("export");
    QString name = QStringLiteral("%1-p%2").arg(safe).arg(pageNumber);
    if (tileCount > 1)
        name += QStringLiteral("-%1").arg(tile);
    return name + QLatin1Char('.') + extensionOf(format);
}

Result<QList<ExportTile>> Exporter::renderTiles(const ExportRequest &request)
{
    const QImage page = BurnIn::cleanCopy(request.burnt);
    if (page.isNull())
        return Error{ErrorCode::InvalidArgument, tr("There is no page image to export.")};
    const QRect crop = request.crop.isNull() ? page.rect() : request.crop.normalized() & page.rect();
    if (crop.isEmpty())
        return Error{ErrorCode::InvalidArgument, tr("The area to export lies outside the page.")};
    const QImage cropped = crop == page.rect() ? page : page.copy(crop);
    const ExportPreset &preset = request.preset;

    QList<QRect> parts;
    if (isOriginal(preset)) {
        parts.append(crop);
    } else {
        int top = 0;
        QList<int> cuts = tileCuts(cropped, preset);
        cuts.append(cropped.height());
        for (int cut : std::as_const(cuts)) {
            parts.append(QRect(crop.x(), crop.y() + top, crop.width(), cut - top));
            top = cut;
        }
    }

    const bool lossy = request.format != ImageFormat::Png;
    QList<ExportTile> tiles;
    for (const QRect &source : std::as_const(parts)) {
        const QImage part = source == page.rect() ? page : page.copy(source);
        double scale = isOriginal(preset) ? 1.0 : fitScale(part.width(), part.height(), preset);
        static constexpr int kQualities[] = {92, 85, 75, 65, 55};
        constexpr int kLast = int(std::size(kQualities)) - 1;
        int first = 0;
        for (;;) {
            ExportTile tile = layoutTile(part, source, scale, preset);
            bool fits = false;
            for (int q = first; q <= kLast; ++q) {
                tile.encoded = CleanEncoder::encode(tile.image, request.format, kQualities[q]);
                if (tile.encoded.isEmpty())
                    return Error{ErrorCode::WriteFailed,
                                 tr("The image could not be encoded as %1.").arg(imageFormatId(request.format))};
                fits = preset.maxBytes <= 0 || tile.encoded.size() <= preset.maxBytes;
                if (fits || !lossy)
                    break;
                // Far over the limit: the middle qualities will not get there, go to the lowest at once.
                if (tile.encoded.size() > 1.5 * preset.maxBytes)
                    q = std::max(q, kLast - 1);
            }
            // Quality is lowered first and stays at the lowest from here on; only the size changes.
            first = kLast;
            if (fits) {
                tiles.append(tile);
                break;
            }
            // Lower quality was not enough (or the format is lossless): shrink and try again. Bytes grow
            // about with the pixel count, so one step usually lands just under the limit.
            const double ratio = double(preset.maxBytes) / double(tile.encoded.size());
            scale *= std::clamp(std::sqrt(ratio) * 0.95, 0.5, 0.95);
            if (part.width() * scale < kMinSide || part.height() * scale < kMinSide)
                return Error{ErrorCode::LimitExceeded,
                             tr("The image cannot be made small enough for %1.").arg(preset.displayName)};
        }
    }
    return tiles;
}

QList<QImage> Exporter::render(const ExportRequest &request)
{
    QList<QImage> images;
    const auto tiles = renderTiles(request);
    if (!tiles)
        return images;
    for (const ExportTile &t : tiles.value())
        images.append(t.image);
    return images;
}

Result<QList<ExportedFile>> Exporter::exportPage(const ExportRequest &request)
{
    auto tiles = renderTiles(request);
    if (!tiles)
        return tiles.error();
    return writeTiles(request, tiles.value());
}

Result<QList<ExportedFile>> Exporter::writeTiles(const ExportRequest &request, const QList<ExportTile> &tiles)
{
    if (request.outputDir.isEmpty())
        return Error{ErrorCode::InvalidArgument, tr("No folder was chosen for the exported images.")};
    if (!QDir().mkpath(request.outputDir))
        return Error{ErrorCode::WriteFailed, tr("The folder %1 cannot be created.").arg(request.outputDir)};

    const QDir dir(request.outputDir);
    const int count = int(tiles.size());
    QString altText = request.altText;
    if (request.preset.altTextLimit > 0 && altText.size() > request.preset.altTextLimit)
        altText = altText.left(request.preset.altTextLimit);

    QStringList imagePaths, textPaths;
    for (int i = 0; i < count; ++i) {
        const QString name = fileName(request.stem, request.pageNumber, i + 1, count, request.format);
        imagePaths.append(dir.filePath(name));
        textPaths.append(dir.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".txt")));
    }
    // Check every name before writing any, so a refused export leaves no half-written set behind.
    if (!request.overwrite) {
        for (int i = 0; i < count; ++i) {
            for (const QString &path : {imagePaths.at(i), textPaths.at(i)}) {
                if (path == textPaths.at(i) && altText.isEmpty())
                    continue;
                if (QFileInfo::exists(path))
                    return Error{ErrorCode::WriteFailed,
                                 tr("%1 already exists; choose another folder or allow replacing files.")
                                     .arg(QDir::toNativeSeparators(path))};
            }
        }
    }

    // QSaveFile writes a temporary file and renames it: a file is never rewritten in place, so a longer
    // old file cannot leave its tail behind the new one (the acropalypse bug).
    auto write = [](const QString &path, const QByteArray &bytes) -> Status {
        QSaveFile file(path);
        file.setDirectWriteFallback(false);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return Error{ErrorCode::WriteFailed,
                         tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
        return {};
    };

    QList<ExportedFile> files;
    for (int i = 0; i < count; ++i) {
        const ExportTile &tile = tiles.at(i);
        if (Status s = write(imagePaths.at(i), tile.encoded); !s)
            return s.error();
        files.append(ExportedFile{imagePaths.at(i), tile.image.size(), tile.encoded.size(), tile.source, tile.toImage});
        if (!altText.isEmpty()) {
            if (Status s = write(textPaths.at(i), altText.toUtf8()); !s)
                return s.error();
        }
    }
    return files;
}

} // namespace Blackout
