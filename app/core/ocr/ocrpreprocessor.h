// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QRect>
#include <QTransform>

struct Pix; // Leptonica's image, kept out of this header

namespace Blackout {

/// An image made ready for Tesseract, and the way back to the pixels it came from.
struct PreparedImage {
    QImage image;            ///< Format_Grayscale8, dark text on a light background, with a white border
    QTransform toSource;     ///< maps prepared pixels to the original image's pixels
    int resolution = 300;    ///< the resolution to tell Tesseract (pixels per inch of the prepared image)
    double scale = 1.0;      ///< upscale factor applied
    double textHeight = 0;   ///< median glyph height measured in the source, in source pixels (0: no text seen)
    double skewDegrees = 0;  ///< rotation removed (clockwise positive)
    bool inverted = false;   ///< some or all of the image was light-on-dark and was inverted
};

struct PreprocessOptions {
    double targetTextHeight = 14;  ///< upscale until the median glyph is about this tall (Tesseract's good range)
    double maxScale = 4;
    /// Upscaling stops where the image would grow past this many pixels (0: no limit). The screenshots of
    /// the development set never come near (the largest upscaled one has 4.3 million pixels).
    double maxUpscaledPixels = 16'000'000;
    int border = 16;
    bool deskew = true;
    bool localPolarity = true;     ///< invert dark panels separately instead of the whole image at once
    /// The image is one line of text: its median level is its background, however bright (light text on a
    /// mid-grey title bar is inverted), and the whole line follows one decision.
    bool singleLine = false;
    bool normaliseBackground = true; ///< divide by the local background so that every panel becomes white
    bool removeRules = true;       ///< clear thin straight lines that touch text (see RuleRemover)
};

/**
 * Blackout's preprocessing for OCR: grayscale, light-on-dark panels inverted, small text upscaled smoothly,
 * tilted scans straightened, a white border added. Every step is a pixel-exact geometric transform
 * recorded in PreparedImage::toSource, so boxes map back to the original page exactly.
 */
class OcrPreprocessor {
public:
    static PreparedImage prepare(const QImage &image, const QRect &region, const PreprocessOptions &options);

    /// Gray levels for reading: luminance, except coloured marks on dark grey panels, which keep their lightness.
    static QImage toGray(const QImage &colour);
    /// Median height of glyph-sized connected components of a dark-on-light gray image; 0 when none.
    static double estimateTextHeight(const QImage &gray);
    /// Inverts the parts of a gray image whose background is dark. Returns whether anything was inverted.
    static bool normalisePolarity(QImage &gray, bool local);
    /// Inverts a one-line image whose marks are lighter than its median level. Returns whether it did.
    static bool normaliseLinePolarity(QImage &gray);
    /// Whether (nearly) all of a gray image has one near-white background: no panels of other colours.
    static bool hasWhiteBackground(const QImage &gray);
    /// Divides by the local background (a grey closing wider than strokeWidth): panels turn white.
    static void normaliseBackground(QImage &gray, int strokeWidth);
    /// The skew of the text lines in degrees (clockwise positive), 0 when unsure.
    static double estimateSkew(const QImage &gray);
    /// An 8 bpp Leptonica Pix holding gray (Format_Grayscale8); the caller owns it (pixDestroy).
    static Pix *toPix(const QImage &gray);
};

} // namespace Blackout
