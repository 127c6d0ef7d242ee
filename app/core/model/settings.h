// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/piitype.h"

#include <QColor>
#include <QSet>
#include <QString>
#include <QStringList>

class QSettings;

namespace Blackout {

/// How a redacted box looks. Every style is an opaque fill computed from nothing of the hidden pixels.
enum class RedactionStyleKind { Black, Colour, Label, Mosaic };
QString redactionStyleId(RedactionStyleKind kind);
std::optional<RedactionStyleKind> redactionStyleFromId(const QString &id);

/// Which links are personal data: those that point at a person or a private resource (profiles, shared
/// files, links with tokens or user names), or every link.
enum class LinkPolicy { Personal, All };
QString linkPolicyId(LinkPolicy policy);   ///< "personal", "all"
std::optional<LinkPolicy> linkPolicyFromId(const QString &id);

/// Everything the user can choose, as one value: the GUI stores it with QSettings, the CLI fills it from
/// flags. Core never opens QSettings itself.
struct Settings {
    // Reading
    QString ocrLanguage;                 ///< Tesseract language(s) or script; empty means automatic (Latin, else eng)
    int dpi = 300;
    // Detection
    QString phoneRegion;                 ///< ISO 3166 code; empty means "from the locale"
    QSet<PiiType> enabledTypes;          ///< empty means all
    QStringList watchList;               ///< names and terms to always find
    QStringList customPatterns;          ///< regular expressions, type `custom`
    LinkPolicy links = LinkPolicy::Personal;
    bool bareDomainsAreUrls = false;    ///< with LinkPolicy::All, a domain name alone (example.com) is a link too
    // Redaction and export
    RedactionStyleKind style = RedactionStyleKind::Black;
    QColor styleColour = QColor(Qt::black);
    bool hideWidth = false;
    QString preset = QStringLiteral("original");
    QString format = QStringLiteral("png");

    bool isEnabled(PiiType type) const { return enabledTypes.isEmpty() || enabledTypes.contains(type); }
    /// Whether other finds something else on the same pages (reading and detection differ); style, preset and
    /// format only shape the export, and dpi changes the pages themselves.
    bool findsDifferentlyFrom(const Settings &other) const;
    /// The phone region to use: phoneRegion, or the country of the system locale, or "US".
    QString effectivePhoneRegion() const;

    void load(QSettings &store);
    void save(QSettings &store) const;
};

} // namespace Blackout
