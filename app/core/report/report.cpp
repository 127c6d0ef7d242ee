// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Blackout {

namespace {
QJsonArray boxToJson(const QRect &box)
{
    return QJsonArray{box.x(), box.y(), box.width(), box.height()};
}

QJsonObject hitToJson(const ReportHit &reportHit)
{
    const Hit &hit = reportHit.hit;
    QJsonArray boxes;
    for (const QRect &box : hit.boxes)
        boxes.append(boxToJson(box));
    QJsonObject o;
    o.insert(QStringLiteral("type"), piiTypeId(hit.type));
    o.insert(QStringLiteral("text"), hit.text);
    // Two decimals: the report is read by people too, and more digits carry no information.
    o.insert(QStringLiteral("confidence"), std::round(hit.confidence * 100.0) / 100.0);
    o.insert(QStringLiteral("source"), textSourceId(hit.source));
    o.insert(QStringLiteral("redacted"), reportHit.redacted);
    o.insert(QStringLiteral("boxes"), boxes);
    return o;
}

QJsonObject pageToJson(const ReportPage &page)
{
    QJsonArray hits;
    for (const ReportHit &hit : page.hits)
        hits.append(hitToJson(hit));
    QJsonObject o;
    o.insert(QStringLiteral("index"), page.index);
    o.insert(QStringLiteral("width"), page.width);
    o.insert(QStringLiteral("height"), page.height);
    o.insert(QStringLiteral("outputs"), QJsonArray::fromStringList(page.outputs));
    o.insert(QStringLiteral("hits"), hits);
    if (!page.leakCheck.isEmpty())
        o.insert(QStringLiteral("leak_check"), page.leakCheck);
    return o;
}
} // namespace

QJsonObject Report::fileToJson(const ReportFile &file)
{
    QJsonArray pages;
    for (const ReportPage &page : file.pages)
        pages.append(pageToJson(page));
    QJsonObject o;
    o.insert(QStringLiteral("input"), file.input);
    o.insert(QStringLiteral("kind"), file.kind.isEmpty() ? QJsonValue() : QJsonValue(file.kind));
    o.insert(QStringLiteral("status"), file.ok ? QStringLiteral("ok") : QStringLiteral("error"));
    o.insert(QStringLiteral("error"), file.ok ? QJsonValue() : QJsonValue(file.error));
    o.insert(QStringLiteral("pages"), pages);
    return o;
}

QJsonObject Report::toJson() const
{
    QJsonArray fileArray;
    for (const ReportFile &file : files)
        fileArray.append(fileToJson(file));
    QJsonObject o;
    o.insert(QStringLiteral("version"), kVersion);
    o.insert(QStringLiteral("tool"), QStringLiteral("blackout " BLACKOUT_VERSION));
    o.insert(QStringLiteral("files"), fileArray);
    return o;
}

QByteArray Report::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

} // namespace Blackout
