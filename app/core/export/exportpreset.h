// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Blackout {

/// Where an export is going, with that platform's limits (the facts and their sources in exportpreset.cpp).
struct ExportPreset {
    QString id;              ///< "original", "x", "mastodon", "bluesky", "instagram"
    QString displayName;     ///< translated
    int maxWidth = 0;        ///< 0: unlimited
    int maxHeight = 0;
    qint64 maxBytes = 0;     ///< 0: unlimited
    int maxImages = 0;       ///< images per post (tiles); 0: unlimited
    int altTextLimit = 0;    ///< characters; 0: unlimited
    double aspect = 0;       ///< width / height the export is padded to (instagram 4:5), 0: keep
    qint64 maxPixels = 0;    ///< width * height the platform keeps without resampling; 0: unlimited
    double tileAspect = 0;   ///< height / width above which a page is split into tiles; 0: never tile

    static QList<ExportPreset> all();
    static std::optional<ExportPreset> byId(const QString &id);
};

} // namespace Blackout
