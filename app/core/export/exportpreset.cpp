// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportpreset.h"

#include <QCoreApplication>

namespace Blackout {

namespace {

// Tall pages are cut into tiles no taller than twice their width for the timeline platforms: all of
// them crop the preview of taller images, and text shrunk to fit a tall image becomes unreadable. This is
// our choice, not a platform limit.
constexpr double kTimelineTileAspect = 2.0;

QList<ExportPreset> makePresets()
{
    QList<ExportPreset> presets;

    // The page's own pixels: no scaling, no tiling, no byte limit (the evaluation requires an image export
    // to keep the input's exact size). PNG stays lossless.
    ExportPreset original;
    original.id = QStringLiteral("original");
    original.displayName = QCoreApplication::translate("Blackout::ExportPreset", "Original size");
    presets.append(original);

    // X (Twitter): photos up to 5 MB, up to 4 per post; X itself downsizes anything larger than
    // 4096 x 4096; image descriptions up to 1,000 characters.
    // Sources: help.x.com "How to post images and GIFs"; developer.x.com media upload ("Image 5 MB") and
    // media metadata ("alt_text ... 1000 characters").
    ExportPreset x;
    x.id = QStringLiteral("x");
    x.displayName = QCoreApplication::translate("Blackout::ExportPreset", "X (Twitter)");
    x.maxWidth = 4096;
    x.maxHeight = 4096;
    x.maxBytes = 5 * 1000 * 1000;   // 5 MB read as decimal megabytes: the conservative reading
    x.maxImages = 4;
    x.altTextLimit = 1000;
    x.tileAspect = kTimelineTileAspect;
    presets.append(x);

    // Mastodon: limits are per server. Defaults since 4.x: image_size_limit 16 MiB and resizing to
    // about 8.3 megapixels (3840 x 2160) on upload; older servers default to 8 MB and the API reports
    // image_matrix_limit 16,777,216 (4096 x 4096). We take the older, smaller values: 8 MB, 4096 px
    // sides, 8,294,400 pixels. Four attachments per post, descriptions up to 1,500 characters.
    // Sources: docs.joinmastodon.org/entities/Instance (configuration.media_attachments),
    // mastodon/documentation#153 (8 MB default), docs.joinmastodon.org/user/posting (4 attachments).
    ExportPreset mastodon;
    mastodon.id = QStringLiteral("mastodon");
    mastodon.displayName = QCoreApplication::translate("Blackout::ExportPreset", "Mastodon");
    mastodon.maxWidth = 4096;
    mastodon.maxHeight = 4096;
    mastodon.maxPixels = 3840 * 2160;
    mastodon.maxBytes = 8 * 1000 * 1000;
    mastodon.maxImages = 4;
    mastodon.altTextLimit = 1500;
    mastodon.tileAspect = kTimelineTileAspect;
    presets.append(mastodon);

    // Bluesky: an image blob may be at most 1,000,000 bytes (lexicon app.bsky.embed.images, maxSize);
    // the official app shrinks images to 2000 x 2000 and below 976,560 bytes before upload, which we
    // follow. Four images per post. Alt text: the official app's MAX_ALT_TEXT is 1,000 in the versions we
    // read (newer ones may allow 2,000); we keep 1,000 to be safe.
    // Sources: github.com/bluesky-social/atproto lexicons/app/bsky/embed/images.json;
    // github.com/bluesky-social/social-app src/lib/constants.ts (POST_IMG_MAX, MAX_ALT_TEXT).
    ExportPreset bluesky;
    bluesky.id = QStringLiteral("bluesky");
    bluesky.displayName = QCoreApplication::translate("Blackout::ExportPreset", "Bluesky");
    bluesky.maxWidth = 2000;
    bluesky.maxHeight = 2000;
    bluesky.maxBytes = 976560;
    bluesky.maxImages = 4;
    bluesky.altTextLimit = 1000;
    bluesky.tileAspect = kTimelineTileAspect;
    presets.append(bluesky);

    // Instagram: feed images are shown at most 1080 px wide, between 1.91:1 and 4:5; we pad to portrait
    // 4:5 (1080 x 1350) with white and never crop content away. Photos up to 8 MB (Graph API content
    // publishing: "JPEG ... 8 MB maximum"; JPEG is the only format the API takes, so prefer JPEG). A
    // carousel holds 10 images (20 in newer app versions; we keep 10). Alt text: the Graph API's alt_text
    // field takes up to 1,000 characters (the app's own limit is not documented; unsure, so we take the
    // API's).
    // Sources: help.instagram.com "image resolution of photos you share"; developers.facebook.com
    // instagram-api/reference/ig-user/media (image specifications).
    ExportPreset instagram;
    instagram.id = QStringLiteral("instagram");
    instagram.displayName = QCoreApplication::translate("Blackout::ExportPreset", "Instagram (portrait 4:5)");
    instagram.maxWidth = 1080;
    instagram.maxHeight = 1350;
    instagram.maxBytes = 8 * 1000 * 1000;
    instagram.maxImages = 10;
    instagram.altTextLimit = 1000;
    instagram.aspect = 4.0 / 5.0;
    instagram.tileAspect = 5.0 / 4.0;
    presets.append(instagram);

    return presets;
}

} // namespace

QList<ExportPreset> ExportPreset::all()
{
    // Built on each call so the display names follow the current translation.
    return makePresets();
}

std::optional<ExportPreset> ExportPreset::byId(const QString &id)
{
    for (const ExportPreset &p : makePresets()) {
        if (p.id.compare(id, Qt::CaseInsensitive) == 0)
            return p;
    }
    if (id.compare(QLatin1String("twitter"), Qt::CaseInsensitive) == 0)
        return byId(QStringLiteral("x"));
    return std::nullopt;
}

} // namespace Blackout
