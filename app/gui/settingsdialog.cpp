// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "export/exportpreset.h"
#include "ocr/ocrengine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Blackout {

namespace {

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

} // namespace

SettingsDialog::SettingsDialog(const Settings &settings, QWidget *parent) : QDialog(parent), m_original(settings)
{
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget(this);

    // Reading
    auto *reading = new QWidget(tabs);
    auto *readingForm = new QFormLayout(reading);
    m_language = new QComboBox(reading);
    QStringList languages = OcrEngine::availableLanguages();
    languages.removeAll(QStringLiteral("osd"));   // script detection data, not a language to read
    if (!settings.ocrLanguage.isEmpty() && !languages.contains(settings.ocrLanguage))
        languages.prepend(settings.ocrLanguage);
    m_language->addItem(tr("Automatic (%1)").arg(OcrEngine::automaticLanguage()), QString());
    for (const QString &lang : std::as_const(languages)) {
        const QLocale locale(lang.left(2));
        const QString name = locale.language() == QLocale::C ? lang
                                                             : QStringLiteral("%1 (%2)").arg(QLocale::languageToString(locale.language()), lang);
        m_language->addItem(name, lang);
    }
    // Several languages at once make Tesseract slower but read mixed documents.
    if (languages.contains(QStringLiteral("eng")) && languages.contains(QStringLiteral("deu")))
        m_language->addItem(tr("English and German (eng+deu)"), QStringLiteral("eng+deu"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.ocrLanguage)));
    readingForm->addRow(tr("Text &recognition language:"), m_language);
    auto *readingHint = new QLabel(tr("Used for screenshots, scans and images inside emails and PDFs."), reading);
    readingHint->setWordWrap(true);
    readingForm->addRow(QString(), readingHint);
    tabs->addTab(reading, tr("Reading"));

    // Detection
    auto *detection = new QWidget(tabs);
    auto *detectionLayout = new QVBoxLayout(detection);
    auto *typesBox = new QGroupBox(tr("Find"), detection);
    auto *typesGrid = new QGridLayout(typesBox);
    int i = 0;
    for (PiiType type : allPiiTypes()) {
        auto *box = new QCheckBox(piiTypeDisplayName(type), typesBox);
        box->setChecked(settings.isEnabled(type));
        m_types.insert(type, box);
        typesGrid->addWidget(box, i / 2, i % 2);
        ++i;
    }
    detectionLayout->addWidget(typesBox);
    auto *detectionForm = new QFormLayout;
    m_region = new QLineEdit(settings.phoneRegion, detection);
    m_region->setPlaceholderText(tr("from the system (%1)").arg(Settings().effectivePhoneRegion()));
    m_region->setMaxLength(2);
    m_region->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), m_region));
    detectionForm->addRow(tr("Phone numbers without a country code are from (country code, e.g. DE):"), m_region);
    m_links = new QComboBox(detection);
    m_links->setObjectName(QStringLiteral("links"));
    m_links->addItem(tr("Personal links only (profiles, shared files, links with tokens)"),
                     linkPolicyId(LinkPolicy::Personal));
    m_links->addItem(tr("All links"), linkPolicyId(LinkPolicy::All));
    m_links->setCurrentIndex(std::max(0, m_links->findData(linkPolicyId(settings.links))));
    detectionForm->addRow(tr("&Links to find:"), m_links);
    m_bareDomains = new QCheckBox(tr("Treat bare domain names (example.com) as web addresses"), detection);
    m_bareDomains->setObjectName(QStringLiteral("bareDomains"));
    m_bareDomains->setChecked(settings.bareDomainsAreUrls);
    // A bare domain name is never a personal link; the box matters only when every link is found.
    const auto updateBareDomains = [this] {
        m_bareDomains->setEnabled(m_links->currentData().toString() == linkPolicyId(LinkPolicy::All));
    };
    updateBareDomains();
    connect(m_links, &QComboBox::currentIndexChanged, this, updateBareDomains);
    detectionForm->addRow(m_bareDomains);
    m_watchList = new QPlainTextEdit(settings.watchList.join(QLatin1Char('\n')), detection);
    m_watchList->setPlaceholderText(tr("One name or term per line; always found and blacked out."));
    detectionForm->addRow(tr("&Watch list:"), m_watchList);
    m_patterns = new QPlainTextEdit(settings.customPatterns.join(QLatin1Char('\n')), detection);
    m_patterns->setPlaceholderText(tr("One regular expression per line, e.g. EMP-[0-9]{6}"));
    detectionForm->addRow(tr("&Custom patterns:"), m_patterns);
    detectionLayout->addLayout(detectionForm);
    tabs->addTab(detection, tr("Detection"));

    // Redaction and export
    auto *output = new QWidget(tabs);
    auto *outputForm = new QFormLayout(output);
    m_style = new QComboBox(output);
    m_style->addItem(tr("Black boxes"), redactionStyleId(RedactionStyleKind::Black));
    m_style->addItem(tr("Coloured boxes"), redactionStyleId(RedactionStyleKind::Colour));
    m_style->addItem(tr("Labelled boxes"), redactionStyleId(RedactionStyleKind::Label));
    m_style->addItem(tr("Mosaic"), redactionStyleId(RedactionStyleKind::Mosaic));
    m_style->setCurrentIndex(std::max(0, m_style->findData(redactionStyleId(settings.style))));
    outputForm->addRow(tr("Redaction &style:"), m_style);
    m_hideWidth = new QCheckBox(tr("Hide how long each redacted word was"), output);
    m_hideWidth->setChecked(settings.hideWidth);
    outputForm->addRow(QString(), m_hideWidth);
    m_preset = new QComboBox(output);
    for (const ExportPreset &p : ExportPreset::all())
        m_preset->addItem(p.displayName, p.id);
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(settings.preset)));
    outputForm->addRow(tr("Export &for:"), m_preset);
    tabs->addTab(output, tr("Redaction and Export"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(560, 520);
}

Settings SettingsDialog::settings() const
{
    Settings s = m_original;
    s.ocrLanguage = m_language->currentData().toString();
    s.phoneRegion = m_region->text().trimmed().toUpper();
    s.enabledTypes.clear();
    bool all = true;
    for (auto it = m_types.cbegin(); it != m_types.cend(); ++it) {
        if (it.value()->isChecked())
            s.enabledTypes.insert(it.key());
        else
            all = false;
    }
    if (all)
        s.enabledTypes.clear();   // empty means all, so types added later are on too
    s.links = linkPolicyFromId(m_links->currentData().toString()).value_or(LinkPolicy::Personal);
    s.bareDomainsAreUrls = m_bareDomains->isChecked();
    s.watchList = lines(m_watchList);
    s.customPatterns = lines(m_patterns);
    s.style = redactionStyleFromId(m_style->currentData().toString()).value_or(RedactionStyleKind::Black);
    s.hideWidth = m_hideWidth->isChecked();
    s.preset = m_preset->currentData().toString();
    return s;
}

} // namespace Blackout
