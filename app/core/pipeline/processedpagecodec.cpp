// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/processedpagecodec.h"

#include "pipeline/jsonlines.h"

#include <QDataStream>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryFile>

#include <limits>

namespace Blackout::ProcessedPageCodec {

namespace {
using JsonLines::line;
using JsonLines::objectOf;

QJsonArray rectArray(const QRectF &r)
{
    return {r.x(), r.y(), r.width(), r.height()};
}

QRectF rectOf(const QJsonValue &value)
{
    const QJsonArray a = value.toArray();
    return QRectF(a.at(0).toDouble(), a.at(1).toDouble(), a.at(2).toDouble(), a.at(3).toDouble());
}

// A QSettings on a private temporary file: Settings only knows how to talk to QSettings.
template <typename F>
void withScratchSettings(F &&f)
{
    QTemporaryFile file;
    if (!file.open())
        return;
    QSettings store(file.fileName(), QSettings::IniFormat);
    f(store);
}
} // namespace

QJsonObject encodeSettings(const Settings &settings)
{
    QVariantMap map;
    withScratchSettings([&](QSettings &store) {
        settings.save(store);
        for (const QString &key : store.allKeys())
            map.insert(key, store.value(key));
    });
    return QJsonObject::fromVariantMap(map);
}

Settings decodeSettings(const QJsonObject &object)
{
    Settings settings;
    withScratchSettings([&](QSettings &store) {
        const QVariantMap map = object.toVariantMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            store.setValue(it.key(), it.value());
        settings.load(store);
    });
    return settings;
}

namespace {
constexpr quint32 kImageMagic = 0x424f5031; // "BOP1"
constexpr qint64 kMaxImageBytes = std::numeric_limits<int>::max(); // one read, as one int
} // namespace

bool writeImage(const QString &path, const QImage &image)
{
    QFile file(path);
    if (image.isNull() || image.sizeInBytes() > kMaxImageBytes || !file.open(QIODevice::WriteOnly))
        return false;
    QDataStream out(&file);
    out << kImageMagic << qint32(image.width()) << qint32(image.height()) << qint32(image.format())
        << qint64(image.bytesPerLine()) << image.colorTable() << qint32(image.dotsPerMeterX())
        << qint32(image.dotsPerMeterY());
    out.writeRawData(reinterpret_cast<const char *>(image.constBits()), int(image.sizeInBytes()));
    return out.status() == QDataStream::Ok && file.flush();
}

QImage readImage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QDataStream in(&file);
    quint32 magic = 0;
    qint32 width = 0, height = 0, format = 0, dpmX = 0, dpmY = 0;
    qint64 bytesPerLine = 0;
    QList<QRgb> colours;
    in >> magic >> width >> height >> format >> bytesPerLine >> colours >> dpmX >> dpmY;
    if (in.status() != QDataStream::Ok || magic != kImageMagic || width <= 0 || height <= 0
        || format <= int(QImage::Format_Invalid) || format >= int(QImage::NImageFormats)
        || bytesPerLine * height > kMaxImageBytes)
        return {};
    QImage image(width, height, QImage::Format(format));
    if (image.isNull() || image.bytesPerLine() != bytesPerLine)
        return {};
    image.setColorTable(colours);
    image.setDotsPerMeterX(dpmX);
    image.setDotsPerMeterY(dpmY);
    if (in.readRawData(reinterpret_cast<char *>(image.bits()), int(image.sizeInBytes())) != image.sizeInBytes())
        return {};
    return image;
}

QJsonObject encodeLayer(const TextLayer &layer)
{
    QJsonArray boxes, confidences;
    for (int i = 0; i < layer.size(); ++i) {
        boxes.append(rectArray(layer.charBox(i)));
        confidences.append(double(layer.confidence(i)));
    }
    return {{QStringLiteral("source"), int(layer.source())},
            {QStringLiteral("text"), layer.text()},
            {QStringLiteral("boxes"), boxes},
            {QStringLiteral("confidences"), confidences}};
}

TextLayer decodeLayer(const QJsonObject &object)
{
    const int source = object.value(QStringLiteral("source")).toInt();
    TextLayer layer(source >= int(TextSource::Layout) && source <= int(TextSource::Ocr) ? TextSource(source)
                                                                                         : TextSource::Ocr);
    const QString text = object.value(QStringLiteral("text")).toString();
    const QJsonArray boxes = object.value(QStringLiteral("boxes")).toArray();
    const QJsonArray confidences = object.value(QStringLiteral("confidences")).toArray();
    for (int i = 0; i < text.size(); ++i)
        layer.appendChar(text.at(i), rectOf(boxes.at(i)), float(confidences.at(i).toDouble(1.0)));
    return layer;
}

QJsonObject encodeHit(const Hit &hit)
{
    QJsonArray boxes;
    for (const QRect &box : hit.boxes)
        boxes.append(QJsonArray{box.x(), box.y(), box.width(), box.height()});
    return {{QStringLiteral("type"), piiTypeId(hit.type)},
            {QStringLiteral("text"), hit.text},
            {QStringLiteral("boxes"), boxes},
            {QStringLiteral("confidence"), hit.confidence},
            {QStringLiteral("source"), int(hit.source)},
            {QStringLiteral("layer"), hit.layer},
            {QStringLiteral("start"), hit.start},
            {QStringLiteral("length"), hit.length}};
}

Hit decodeHit(const QJsonObject &object)
{
    Hit hit;
    hit.type = piiTypeFromId(object.value(QStringLiteral("type")).toString()).value_or(PiiType::Custom);
    hit.text = object.value(QStringLiteral("text")).toString();
    for (const QJsonValue &value : object.value(QStringLiteral("boxes")).toArray()) {
        const QJsonArray a = value.toArray();
        hit.boxes.append(QRect(a.at(0).toInt(), a.at(1).toInt(), a.at(2).toInt(), a.at(3).toInt()));
    }
    hit.confidence = object.value(QStringLiteral("confidence")).toDouble(1.0);
    const int source = object.value(QStringLiteral("source")).toInt();
    hit.source = source >= int(TextSource::Layout) && source <= int(TextSource::Ocr) ? TextSource(source)
                                                                                     : TextSource::Ocr;
    hit.layer = object.value(QStringLiteral("layer")).toInt(-1);
    hit.start = object.value(QStringLiteral("start")).toInt(-1);
    hit.length = object.value(QStringLiteral("length")).toInt();
    return hit;
}

QByteArray encodeJob(const PageJob &job)
{
    const QString kind = job.kind == PageJob::Kind::Open        ? QStringLiteral("open")
                         : job.kind == PageJob::Kind::LeakCheck ? QStringLiteral("leakCheck")
                         : job.kind == PageJob::Kind::Pixels    ? QStringLiteral("pixels")
                                                                : QStringLiteral("page");
    return line({{QStringLiteral("job"), kind},
                 {QStringLiteral("path"), job.path},
                 {QStringLiteral("images"), QJsonArray::fromStringList(job.imagePaths)},
                 {QStringLiteral("redacted"), QJsonArray::fromStringList(job.redactedTexts)},
                 {QStringLiteral("dpi"), job.load.dpi},
                 {QStringLiteral("password"), job.load.password},
                 {QStringLiteral("page"), job.page},
                 {QStringLiteral("settings"), encodeSettings(job.settings)},
                 {QStringLiteral("imageDir"), job.imageDir}});
}

std::optional<PageJob> decodeJob(const QByteArray &text)
{
    const auto object = objectOf(text);
    if (!object)
        return std::nullopt;
    PageJob job;
    const QString kind = object->value(QStringLiteral("job")).toString();
    if (kind == QLatin1String("open"))
        job.kind = PageJob::Kind::Open;
    else if (kind == QLatin1String("page"))
        job.kind = PageJob::Kind::Page;
    else if (kind == QLatin1String("pixels"))
        job.kind = PageJob::Kind::Pixels;
    else if (kind == QLatin1String("leakCheck"))
        job.kind = PageJob::Kind::LeakCheck;
    else
        return std::nullopt;
    job.path = object->value(QStringLiteral("path")).toString();
    for (const QJsonValue &value : object->value(QStringLiteral("images")).toArray())
        job.imagePaths.append(value.toString());
    for (const QJsonValue &value : object->value(QStringLiteral("redacted")).toArray())
        job.redactedTexts.append(value.toString());
    if (job.kind == PageJob::Kind::LeakCheck ? job.imagePaths.isEmpty() : job.path.isEmpty())
        return std::nullopt;
    job.load.dpi = object->value(QStringLiteral("dpi")).toInt(job.load.dpi);
    job.load.password = object->value(QStringLiteral("password")).toString();
    job.page = object->value(QStringLiteral("page")).toInt();
    job.settings = decodeSettings(object->value(QStringLiteral("settings")).toObject());
    job.imageDir = object->value(QStringLiteral("imageDir")).toString();
    return job;
}

QByteArray encodeResult(const PageJobResult &result)
{
    QJsonObject object;
    if (result.error) {
        object.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), int(result.error->code)},
                                                            {QStringLiteral("message"), result.error->message},
                                                            {QStringLiteral("limit"), int(result.error->limit)}});
        return line(object);
    }
    QJsonArray layers, hits;
    for (const TextLayer &layer : result.page.layers)
        layers.append(encodeLayer(layer));
    for (const Hit &hit : result.page.hits)
        hits.append(encodeHit(hit));
    QJsonArray sizes, people, messages, leaks;
    for (const Leak &leak : result.leaks) {
        leaks.append(QJsonArray{leak.text, leak.image, leak.where.x(), leak.where.y(), leak.where.width(),
                                leak.where.height()});
    }
    for (const QSize &size : result.outline.pageSizes)
        sizes.append(QJsonArray{size.width(), size.height()});
    for (const Person &person : result.outline.metadata.people)
        people.append(QJsonArray{person.name, person.address});
    for (const MessageEntry &message : result.outline.messages)
        messages.append(QJsonArray{message.title, message.firstPage});
    object = {{QStringLiteral("documentKind"), int(result.outline.kind)},
              {QStringLiteral("pageSizes"), sizes},
              {QStringLiteral("title"), result.outline.metadata.title},
              {QStringLiteral("people"), people},
              {QStringLiteral("messages"), messages},
              {QStringLiteral("index"), result.page.index},
              {QStringLiteral("image"), result.imagePath},
              {QStringLiteral("layers"), layers},
              {QStringLiteral("hits"), hits},
              {QStringLiteral("leaks"), leaks}};
    return line(object);
}

std::optional<PageJobResult> decodeResult(const QByteArray &text)
{
    const auto object = objectOf(text);
    if (!object)
        return std::nullopt;
    PageJobResult result;
    if (object->contains(QStringLiteral("error"))) {
        const QJsonObject e = object->value(QStringLiteral("error")).toObject();
        Error error;
        const int code = e.value(QStringLiteral("code")).toInt();
        error.code = code >= 0 && code <= int(ErrorCode::InvalidArgument) ? ErrorCode(code) : ErrorCode::Unknown;
        error.message = e.value(QStringLiteral("message")).toString();
        const int limit = e.value(QStringLiteral("limit")).toInt();
        error.limit = limit >= 0 && limit <= int(Limit::MessageSize) ? Limit(limit) : Limit::None;
        result.error = error;
        return result;
    }
    const int kind = object->value(QStringLiteral("documentKind")).toInt();
    result.outline.kind = kind >= int(DocumentKind::Email) && kind <= int(DocumentKind::Image) ? DocumentKind(kind)
                                                                                              : DocumentKind::Image;
    for (const QJsonValue &value : object->value(QStringLiteral("leaks")).toArray()) {
        const QJsonArray l = value.toArray();
        result.leaks.append(Leak{l.at(0).toString(), l.at(1).toInt(),
                                 QRect(l.at(2).toInt(), l.at(3).toInt(), l.at(4).toInt(), l.at(5).toInt())});
    }
    for (const QJsonValue &value : object->value(QStringLiteral("pageSizes")).toArray()) {
        const QJsonArray a = value.toArray();
        result.outline.pageSizes.append(QSize(a.at(0).toInt(), a.at(1).toInt()));
    }
    result.outline.metadata.title = object->value(QStringLiteral("title")).toString();
    for (const QJsonValue &value : object->value(QStringLiteral("people")).toArray()) {
        const QJsonArray a = value.toArray();
        result.outline.metadata.people.append(Person{a.at(0).toString(), a.at(1).toString()});
    }
    for (const QJsonValue &value : object->value(QStringLiteral("messages")).toArray()) {
        const QJsonArray a = value.toArray();
        result.outline.messages.append(MessageEntry{a.at(0).toString(), a.at(1).toInt()});
    }
    result.page.index = object->value(QStringLiteral("index")).toInt();
    result.imagePath = object->value(QStringLiteral("image")).toString();
    for (const QJsonValue &value : object->value(QStringLiteral("layers")).toArray())
        result.page.layers.append(decodeLayer(value.toObject()));
    for (const QJsonValue &value : object->value(QStringLiteral("hits")).toArray())
        result.page.hits.append(decodeHit(value.toObject()));
    return result;
}

} // namespace Blackout::ProcessedPageCodec
