// SPDX-License-Identifier: GPL-3.0-or-later
// The translations as the apps install them: German texts, English plural forms, and English (with its
// plural forms) for a language Blackout has no translation for.
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Blackout;

namespace {
QString files(int n)
{
    return QCoreApplication::translate("Blackout::BatchCommand", "%n file(s)", nullptr, n);
}

void removeTranslations()
{
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}
} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { removeTranslations(); }

    void plurals_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("one");
        QTest::addColumn<QString>("many");
        QTest::addRow("English") << "en_GB" << "1 file" << "3 files";
        QTest::addRow("German") << "de_DE" << "1 Datei" << "3 Dateien";
        QTest::addRow("no translation: English") << "fi_FI" << "1 file" << "3 files";
        QTest::addRow("C locale: English") << "C" << "1 file" << "3 files";
    }

    void plurals()
    {
        QFETCH(QString, locale);
        QFETCH(QString, one);
        QFETCH(QString, many);
        installTranslations(*QCoreApplication::instance(), QLocale(locale));
        QCOMPARE(files(1), one);
        QCOMPARE(files(3), many);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
