// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/settings.h"

#include <QLocale>
#include <QSettings>

namespace Blackout {

namespace {
struct StyleInfo {
    RedactionStyleKind kind;
    const char *id;
};
constexpr StyleInfo kStyles[] = {
    {RedactionStyleKind::Black, "black"},
    {RedactionStyleKind::Colour, "colour"},
    {RedactionStyleKind::Label, "label"},
    {RedactionStyleKind::Mosaic, "mosaic"},
};

// One table of keys; defaults come from a default-constructed Settings.
namespace Key {
const QString ocrLanguage = QStringLiteral("reading/ocrLanguage");
const QString dpi = QStringLiteral("reading/dpi");
const QString phoneRegion = QStringLiteral("detect/phoneRegion");
const QString enabledTypes = QStringLiteral("detect/enabledTypes");
const QString watchList = QStringLiteral("detect/watchList");
const QString customPatterns = QStringLiteral("detect/customPatterns");
const QString links = QStringLiteral("detect/links");
const QString bareDomains = QStringLiteral("detect/bareDomainsAreUrls");
const QString style = QStringLiteral("redact/style");
const QString styleColour = QStringLiteral("redact/styleColour");
const QString hideWidth = QStringLiteral("redact/hideWidth");
const QString preset = QStringLiteral("export/preset");
const QString format = QStringLiteral("export/format");
} // namespace Key
} // namespace

QString redactionStyleId(RedactionStyleKind kind)
{
    for (const StyleInfo &s : kStyles) {
        if (s.kind == kind)
            return QString::fromLatin1(s.id);
    }
    return QStringLiteral("black");
}

std::optional<RedactionStyleKind> redactionStyleFromId(const QString &id)
{
    for (const StyleInfo &s : kStyles) {
        if (id.compare(QLatin1String(s.id), Qt::CaseInsensitive) == 0)
            return s.kind;
    }
    if (id.compare(QLatin1String("color"), Qt::CaseInsensitive) == 0)
        return RedactionStyleKind::Colour;
    return std::nullopt;
}

QString linkPolicyId(LinkPolicy policy)
{
    return policy == LinkPolicy::All ? QStringLiteral("all") : QStringLiteral("personal");
}

std::optional<LinkPolicy> linkPolicyFromId(const QString &id)
{
    if (id.compare(QLatin1String("personal"), Qt::CaseInsensitive) == 0)
        return LinkPolicy::Personal;
    if (id.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
        return LinkPolicy::All;
    return std::nullopt;
}

bool Settings::findsDifferentlyFrom(const Settings &other) const
{
    return ocrLanguage != other.ocrLanguage || phoneRegion != other.phoneRegion || enabledTypes != other.enabledTypes
           || watchList != other.watchList || customPatterns != other.customPatterns
           || links != other.links || bareDomainsAreUrls != other.bareDomainsAreUrls;
}

QString Settings::effectivePhoneRegion() const
{
    if (!phoneRegion.isEmpty())
        return phoneRegion.toUpper();
    const QString name = QLocale::system().name(); // e.g. "de_DE"
    const int sep = name.indexOf(QLatin1Char('_'));
    if (sep > 0 && name.size() >= sep + 3) {
        const QString country = name.mid(sep + 1, 2);
        if (country != QLatin1String("C"))
            return country.toUpper();
    }
    return QStringLiteral("US");
}

void Settings::load(QSettings &store)
{
    const Settings d;
    ocrLanguage = store.value(Key::ocrLanguage, d.ocrLanguage).toString();
    dpi = store.value(Key::dpi, d.dpi).toInt();
    phoneRegion = store.value(Key::phoneRegion, d.phoneRegion).toString();
    enabledTypes.clear();
    const QStringList ids = store.value(Key::enabledTypes).toStringList();
    for (const QString &id : ids) {
        if (const auto t = piiTypeFromId(id))
            enabledTypes.insert(*t);
    }
    watchList = store.value(Key::watchList, d.watchList).toStringList();
    customPatterns = store.value(Key::customPatterns, d.customPatterns).toStringList();
    bareDomainsAreUrls = store.value(Key::bareDomains, d.bareDomainsAreUrls).toBool();
    // Before the link policy, bare domains on meant every link: a store from then keeps what it found.
    const QString storedLinks = store.value(Key::links).toString();
    links = linkPolicyFromId(storedLinks).value_or(storedLinks.isEmpty() && bareDomainsAreUrls ? LinkPolicy::All : d.links);
    style = redactionStyleFromId(store.value(Key::style).toString()).value_or(d.style);
    styleColour = QColor::fromString(store.value(Key::styleColour, d.styleColour.name()).toString());
    if (!styleColour.isValid())
        styleColour = d.styleColour;
    hideWidth = store.value(Key::hideWidth, d.hideWidth).toBool();
    preset = store.value(Key::preset, d.preset).toString();
    format = store.value(Key::format, d.format).toString();
}

void Settings::save(QSettings &store) const
{
    store.setValue(Key::ocrLanguage, ocrLanguage);
    store.setValue(Key::dpi, dpi);
    store.setValue(Key::phoneRegion, phoneRegion);
    QStringList ids;
    for (PiiType t : allPiiTypes()) {
        if (enabledTypes.contains(t))
            ids.append(piiTypeId(t));
    }
    store.setValue(Key::enabledTypes, ids);
    store.setValue(Key::watchList, watchList);
    store.setValue(Key::customPatterns, customPatterns);
    store.setValue(Key::links, linkPolicyId(links));
    store.setValue(Key::bareDomains, bareDomainsAreUrls);
    store.setValue(Key::style, redactionStyleId(style));
    store.setValue(Key::styleColour, styleColour.name());
    store.setValue(Key::hideWidth, hideWidth);
    store.setValue(Key::preset, preset);
    store.setValue(Key::format, format);
}

} // namespace Blackout
