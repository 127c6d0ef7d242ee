// SPDX-License-Identifier: GPL-3.0-or-later
// A measuring driver, not a test: times every detector on a page of about 2,000 words built from the text
// files given on the command line (e.g. pdftotext output of eval-dev), and prints CPU milliseconds per page.
#include "detect/addressdetector.h"
#include "detect/carddetector.h"
#include "detect/customdetector.h"
#include "detect/emaildetector.h"
#include "detect/ibandetector.h"
#include "detect/iddetector.h"
#include "detect/ipdetector.h"
#include "detect/namedetector.h"
#include "detect/namelexicon.h"
#include "detect/phonedetector.h"
#include "detect/secretdetector.h"
#include "detect/ssndetector.h"
#include "detect/urldetector.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <ctime>
#include <memory>
#include <vector>

using namespace Blackout;

namespace {
// CPU time of this thread: the build machine is shared, wall time says more about the neighbours.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString all;
    for (int i = 1; i < argc; ++i) {
        QFile f(QString::fromLocal8Bit(argv[i]));
        if (f.open(QIODevice::ReadOnly))
            all += QString::fromUtf8(f.readAll()) + QLatin1Char('\n');
    }
    // About 2,000 words.
    QString page;
    int words = 0;
    for (const QString &line : all.split(QLatin1Char('\n'))) {
        page += line + QLatin1Char('\n');
        words += int(line.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
        if (words >= 2000)
            break;
    }
    DetectionContext context;
    context.people = {Person{QStringLiteral("Marcus Kowalski"), QStringLiteral("m.kowalski@proton.me")},
                      Person{QStringLiteral("Schröder, Matthias"), QStringLiteral("matthias.schroder@example.com")}};
    context.watchList = {QStringLiteral("Bluebird")};
    context.customPatterns = {QStringLiteral("EMP-\\d+")};
    // The lexicons load on first use: their cost is the start-up cost of every process that finds names.
    const double loadStart = cpuMs();
    const qsizetype lexiconBytes = NameLexicon::bundled().bytes();
    const qsizetype givenNames = NameDetector::knownGivenNames().size();
    std::printf("lexicons: loaded in %.1f ms CPU, %.1f MiB of lists, %lld given names\n", cpuMs() - loadStart,
                double(lexiconBytes) / (1 << 20), qlonglong(givenNames));
    std::vector<std::unique_ptr<Detector>> detectors;
    detectors.push_back(std::make_unique<EmailDetector>());
    detectors.push_back(std::make_unique<CardDetector>());
    detectors.push_back(std::make_unique<IbanDetector>());
    detectors.push_back(std::make_unique<SecretDetector>());
    detectors.push_back(std::make_unique<SsnDetector>());
    detectors.push_back(std::make_unique<IdDetector>());
    detectors.push_back(std::make_unique<PhoneDetector>());
    detectors.push_back(std::make_unique<IpDetector>());
    detectors.push_back(std::make_unique<UrlDetector>());
    detectors.push_back(std::make_unique<AddressDetector>());
    detectors.push_back(std::make_unique<NameDetector>());
    detectors.push_back(std::make_unique<CustomDetector>());
    std::printf("page: %d words, %lld chars\n", words, qlonglong(page.size()));
    const int rounds = 20;
    double totalNoPhone = 0;
    for (const auto &d : detectors) {
        d->find(page, context); // warm up: static patterns compile on first use
        const double t0 = cpuMs();
        int found = 0;
        for (int r = 0; r < rounds; ++r)
            found = int(d->find(page, context).size());
        const double ms = (cpuMs() - t0) / rounds;
        if (d->type() != PiiType::Phone)
            totalNoPhone += ms;
        std::printf("%-8s %7.2f ms  (%d matches)\n", qPrintable(piiTypeId(d->type())), ms, found);
    }
    std::printf("all but phone: %.2f ms per page\n", totalNoPhone);
    // Secrets in OCR text also search the text with OCR's spaces inside tokens taken out.
    {
        const SecretDetector secrets;
        DetectionContext ocr = context;
        ocr.ocrText = true;
        secrets.find(page, ocr);
        const double t0 = cpuMs();
        for (int r = 0; r < rounds; ++r)
            secrets.find(page, ocr);
        std::printf("secret (ocr text) %.2f ms per page\n", (cpuMs() - t0) / rounds);
    }
    return 0;
}
