// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/jobcodec.h"

#include "pipeline/jsonlines.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Blackout::JobCodec {

namespace {
using JsonLines::line;
using JsonLines::objectOf;

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}
} // namespace

QByteArray encodeJob(const BatchInput &input, const QString &stem)
{
    return line({{QStringLiteral("path"), input.path},
                 {QStringLiteral("relative"), input.relativePath},
                 {QStringLiteral("kind"), int(input.kind)},
                 {QStringLiteral("stem"), stem}});
}

std::optional<std::pair<BatchInput, QString>> decodeJob(const QByteArray &text)
{
    const auto object = objectOf(text);
    if (!object)
        return std::nullopt;
    BatchInput input;
    input.path = object->value(QStringLiteral("path")).toString();
    input.relativePath = object->value(QStringLiteral("relative")).toString();
    const int kind = object->value(QStringLiteral("kind")).toInt(-1);
    if (input.path.isEmpty() || kind < int(DocumentKind::Email) || kind > int(DocumentKind::Image))
        return std::nullopt;
    input.kind = DocumentKind(kind);
    return std::make_pair(input, object->value(QStringLiteral("stem")).toString());
}

QByteArray encodeResult(const JobResult &result)
{
    return line({{QStringLiteral("entry"), Report::fileToJson(result.file)},
                 {QStringLiteral("leaks"), result.file.leaks},
                 {QStringLiteral("skipped"), result.skippedAsDone},
                 {QStringLiteral("cancelled"), result.cancelled},
                 {QStringLiteral("leakMessages"), QJsonArray::fromStringList(result.leakMessages)},
                 {QStringLiteral("notes"), QJsonArray::fromStringList(result.notes)}});
}

std::optional<JobResult> decodeResult(const QByteArray &text)
{
    const auto object = objectOf(text);
    if (!object || !object->value(QStringLiteral("entry")).isObject())
        return std::nullopt;
    JobResult result;
    const QJsonObject entry = object->value(QStringLiteral("entry")).toObject();
    result.entry = entry;
    result.skippedAsDone = object->value(QStringLiteral("skipped")).toBool();
    result.cancelled = object->value(QStringLiteral("cancelled")).toBool();
    result.leakMessages = strings(object->value(QStringLiteral("leakMessages")));
    result.notes = strings(object->value(QStringLiteral("notes")));
    // What the batch's summary counts; the report takes the entry as it is.
    ReportFile &file = result.file;
    file.input = entry.value(QStringLiteral("input")).toString();
    file.kind = entry.value(QStringLiteral("kind")).toString();
    file.ok = entry.value(QStringLiteral("status")).toString() == QLatin1String("ok");
    file.error = entry.value(QStringLiteral("error")).toString();
    file.leaks = object->value(QStringLiteral("leaks")).toInt();
    for (const QJsonValue &pageValue : entry.value(QStringLiteral("pages")).toArray()) {
        ReportPage page;
        page.index = pageValue.toObject().value(QStringLiteral("index")).toInt();
        for (const QJsonValue &hitValue : pageValue.toObject().value(QStringLiteral("hits")).toArray()) {
            ReportHit hit;
            hit.hit.type = piiTypeFromId(hitValue.toObject().value(QStringLiteral("type")).toString())
                               .value_or(PiiType::Custom);
            page.hits.append(hit);
        }
        file.pages.append(page);
    }
    return result;
}

} // namespace Blackout::JobCodec
