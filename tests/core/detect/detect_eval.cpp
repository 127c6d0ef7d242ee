// SPDX-License-Identifier: GPL-3.0-or-later
// A measuring driver, not a test: reads JSON lines {"case", "text", "people": [{"name", "address"}]} on stdin
// and writes one JSON line of hits per case, for eval_detect.py to score against eval-dev's truth.json.
#include "detect/detectorregistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace Blackout;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const DetectorRegistry registry = DetectorRegistry::standard();
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 1;
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    qint64 nanos = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine();
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty())
            continue;
        DetectionContext context;
        context.phoneRegion = o.value(QStringLiteral("region")).toString(QStringLiteral("US"));
        for (const QJsonValue &p : o.value(QStringLiteral("people")).toArray()) {
            context.people.append(Person{p.toObject().value(QStringLiteral("name")).toString(),
                                         p.toObject().value(QStringLiteral("address")).toString()});
        }
        TextLayer layer(TextSource::Text);
        const QString text = o.value(QStringLiteral("text")).toString();
        for (int i = 0; i < text.size(); ++i)
            layer.appendChar(text.at(i), text.at(i) == QLatin1Char('\n') ? QRectF() : QRectF(i, 0, 1, 10));
        QElapsedTimer timer;
        timer.start();
        const QList<Hit> hits = registry.detect({layer}, context);
        nanos += timer.nsecsElapsed();
        QJsonArray arr;
        for (const Hit &h : hits) {
            arr.append(QJsonObject{{QStringLiteral("type"), piiTypeId(h.type)}, {QStringLiteral("text"), h.text},
                                   {QStringLiteral("start"), h.start}});
        }
        QJsonObject result{{QStringLiteral("case"), o.value(QStringLiteral("case"))}, {QStringLiteral("hits"), arr}};
        out.write(QJsonDocument(result).toJson(QJsonDocument::Compact) + '\n');
    }
    std::fprintf(stderr, "detect time total: %.1f ms\n", double(nanos) / 1e6);
    return 0;
}
