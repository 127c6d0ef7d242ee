// SPDX-License-Identifier: GPL-3.0-or-later
#include "redact/sessionfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>

namespace Blackout {

namespace {

// Bounds for hostile files: far above any real review, far below what could exhaust memory.
constexpr qint64 kMaxFileBytes = 32 * 1024 * 1024;
constexpr int kMaxPages = 100000;
constexpr int kMaxEntriesPerPage = 100000;
constexpr int kMaxTextLength = 4096;
constexpr int kMaxCoordinate = 1 << 20;

const QString kFormat = QStringLiteral("blackout-session");

QJsonArray rectToJson(const QRect &r)
{
    return QJsonArray{r.x(), r.y(), r.width(), r.height()};
}

std::optional<QRect> rectFromJson(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    if (a.size() != 4)
        return std::nullopt;
    int n[4];
    for (int i = 0; i < 4; ++i) {
        if (!a.at(i).isDouble())
            return std::nullopt;
        const double d = a.at(i).toDouble();
        if (!std::isfinite(d) || std::abs(d) > kMaxCoordinate)
            return std::nullopt;
        n[i] = int(d);
    }
    if (n[2] <= 0 || n[3] <= 0)
        return std::nullopt;
    return QRect(n[0], n[1], n[2], n[3]);
}

bool sameKey(const SessionFile::HitDecision &d, const Hit &hit)
{
    return d.type == hit.type && d.text == hit.text;
}

} // namespace

QString SessionFile::pathFor(const QString &documentPath)
{
    const QFileInfo info(documentPath);
    const QFileInfo folder(info.absolutePath());
    if (folder.isDir() && folder.isWritable())
        return info.absoluteFilePath() + QStringLiteral(".blackout.json");
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QByteArray hash = QCryptographicHash::hash(info.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1)
                                .toHex()
                                .left(16);
    return QDir(base).filePath(QStringLiteral("sessions/%1-%2.blackout.json")
                                   .arg(QString::fromLatin1(hash), info.fileName()));
}

QList<int> SessionFile::pages() const
{
    QList<int> list = m_pages.keys();
    std::sort(list.begin(), list.end());
    return list;
}

void SessionFile::record(int page, const RedactionSet &set, const QList<bool> &decided)
{
    PageReview review;
    for (qsizetype i = 0; i < set.hits().size(); ++i) {
        if (!decided.isEmpty() && !decided.value(i))
            continue;
        const Hit &hit = set.hits().at(i);
        review.decisions.append({hit.type, hit.text.left(kMaxTextLength), hit.boundingBox(), set.decision(int(i))});
    }
    review.regions = set.regions();
    if (review.decisions.isEmpty() && review.regions.isEmpty())
        m_pages.remove(page);
    else
        m_pages.insert(page, review);
}

QList<int> SessionFile::apply(RedactionSet &set, int page) const
{
    const auto it = m_pages.constFind(page);
    if (it == m_pages.cend())
        return {};
    const PageReview &review = it.value();
    QList<int> matched;
    QList<bool> used(review.decisions.size(), false);
    for (qsizetype h = 0; h < set.hits().size(); ++h) {
        const Hit &hit = set.hits().at(h);
        const QRect box = hit.boundingBox();
        // The same box wins; else the nearest of the same type and text, as long as it is within about a
        // line of it (a detector update may shift a box by a few pixels; a second occurrence elsewhere
        // on the page must not inherit the decision).
        qsizetype best = -1;
        qint64 bestDistance = std::numeric_limits<qint64>::max();
        const qint64 tolerance = std::max(8, box.height());
        for (qsizetype d = 0; d < review.decisions.size(); ++d) {
            const HitDecision &dec = review.decisions.at(d);
            if (used.at(d) || !sameKey(dec, hit))
                continue;
            const QPoint delta = dec.box.center() - box.center();
            const qint64 distance = std::abs(delta.x()) + std::abs(delta.y());
            if (distance <= tolerance * 2 && distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        if (best >= 0) {
            used[best] = true;
            set.setDecision(int(h), review.decisions.at(best).decision);
            matched.append(int(h));
        }
    }
    for (const ManualRegion &r : review.regions)
        set.insertRegion(r);
    return matched;
}

QByteArray SessionFile::toJson() const
{
    QJsonArray pagesJson;
    for (int page : pages()) {
        const PageReview &review = m_pages.value(page);
        QJsonArray decisions;
        for (const HitDecision &d : review.decisions) {
            decisions.append(QJsonObject{
                {QStringLiteral("type"), piiTypeId(d.type)},
                {QStringLiteral("text"), d.text},
                {QStringLiteral("box"), rectToJson(d.box)},
                {QStringLiteral("decision"),
                 d.decision == Decision::Accepted ? QStringLiteral("accepted") : QStringLiteral("rejected")},
            });
        }
        QJsonArray regions;
        for (const ManualRegion &r : review.regions)
            regions.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("rect"), rectToJson(r.rect)}});
        pagesJson.append(QJsonObject{{QStringLiteral("page"), page},
                                     {QStringLiteral("decisions"), decisions},
                                     {QStringLiteral("regions"), regions}});
    }
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("pages"), pagesJson}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<SessionFile> SessionFile::fromJson(const QByteArray &json)
{
    if (json.size() > kMaxFileBytes)
        return Error{ErrorCode::TooLarge, tr("The review file is too large to be a Blackout review.")};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error{ErrorCode::Damaged, tr("The review file is damaged and cannot be read.")};
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return Error{ErrorCode::UnsupportedFormat, tr("The file is not a Blackout review.")};
    const int version = root.value(QStringLiteral("version")).toInt(0);
    if (version < 1 || version > kVersion)
        return Error{ErrorCode::UnsupportedFormat,
                     tr("The review file was written by a newer version of Blackout and cannot be read.")};

    SessionFile session;
    const QJsonArray pagesJson = root.value(QStringLiteral("pages")).toArray();
    int pageCount = 0;
    for (const QJsonValue &pageValue : pagesJson) {
        if (!pageValue.isObject() || ++pageCount > kMaxPages)
            continue;
        const QJsonObject pageObject = pageValue.toObject();
        const QJsonValue pageNumber = pageObject.value(QStringLiteral("page"));
        if (!pageNumber.isDouble() || pageNumber.toDouble() < 0 || pageNumber.toDouble() >= kMaxPages)
            continue;
        PageReview review;
        int entries = 0;
        for (const QJsonValue &v : pageObject.value(QStringLiteral("decisions")).toArray()) {
            if (++entries > kMaxEntriesPerPage)
                break;
            const QJsonObject o = v.toObject();
            const auto type = piiTypeFromId(o.value(QStringLiteral("type")).toString());
            const QJsonValue text = o.value(QStringLiteral("text"));
            const auto box = rectFromJson(o.value(QStringLiteral("box")));
            const QString decision = o.value(QStringLiteral("decision")).toString();
            if (!type || !text.isString() || text.toString().size() > kMaxTextLength || !box
                || (decision != QLatin1String("accepted") && decision != QLatin1String("rejected")))
                continue;
            review.decisions.append({*type, text.toString(), *box,
                                     decision == QLatin1String("accepted") ? Decision::Accepted
                                                                           : Decision::Rejected});
        }
        entries = 0;
        for (const QJsonValue &v : pageObject.value(QStringLiteral("regions")).toArray()) {
            if (++entries > kMaxEntriesPerPage)
                break;
            const QJsonObject o = v.toObject();
            const QJsonValue id = o.value(QStringLiteral("id"));
            const auto rect = rectFromJson(o.value(QStringLiteral("rect")));
            if (!id.isDouble() || id.toDouble() < 1 || id.toDouble() > 1e9 || !rect)
                continue;
            review.regions.append(ManualRegion{int(id.toDouble()), *rect});
        }
        if (!review.decisions.isEmpty() || !review.regions.isEmpty())
            session.m_pages.insert(int(pageNumber.toDouble()), review);
    }
    return session;
}

Result<SessionFile> SessionFile::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error{ErrorCode::NotFound, tr("There is no saved review for this document.")};
    if (file.size() > kMaxFileBytes)
        return Error{ErrorCode::TooLarge, tr("The review file is too large to be a Blackout review.")};
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Unreadable, tr("The review file cannot be opened: %1").arg(file.errorString())};
    return fromJson(file.read(kMaxFileBytes + 1));
}

Status SessionFile::save(const QString &path) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::WriteFailed, tr("The review cannot be saved: %1").arg(file.errorString())};
    file.write(toJson());
    if (!file.commit())
        return Error{ErrorCode::WriteFailed, tr("The review cannot be saved: %1").arg(file.errorString())};
    return {};
}

} // namespace Blackout
