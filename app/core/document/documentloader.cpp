// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/documentloader.h"

#include "document/emaildocument.h"
#include "document/imagedocument.h"
#include "document/mboxdocument.h"
#include "document/pdfdocument.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QRegularExpression>

namespace Blackout {

namespace {
constexpr qint64 kSniffBytes = 4096;

bool isMbox(const QByteArray &head)
{
    return head.startsWith("From ");
}

bool isOle(const QByteArray &head)
{
    return head.startsWith(QByteArray::fromHex("d0cf11e0a1b11ae1"));
}

// RFC 5322 headers: the first line is "Name: value", and a header every mail has follows in the head
// (a text file that starts with "Note: ..." is not a mail).
bool looksLikeHeaders(const QByteArray &head)
{
    static const QRegularExpression first(QStringLiteral("^[!-9;-~]{1,76}:[ \\t]"));
    static const QRegularExpression known(
        QStringLiteral("^(from|to|subject|date|received|message-id|mime-version|return-path|delivered-to):"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    const QString text = QString::fromLatin1(head);
    return first.match(text.trimmed()).hasMatch() && known.match(text).hasMatch();
}

QString suffixOf(const QString &nameHint)
{
    const QString suffix = QFileInfo(nameHint).suffix().toLower();
    return suffix.isEmpty() ? nameHint.toLower() : suffix;
}
} // namespace

std::optional<DocumentKind> DocumentLoader::sniffData(const QByteArray &head, const QString &nameHint)
{
    if (head.left(1024).contains("%PDF-"))
        return DocumentKind::Pdf;
    QByteArray copy = head;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    if (!QImageReader::imageFormat(&buffer).isEmpty())
        return DocumentKind::Image;
    const QString suffix = suffixOf(nameHint);
    if (isOle(head))
        return suffix == QLatin1String("msg") ? std::optional(DocumentKind::Email) : std::nullopt;
    if (isMbox(head) || looksLikeHeaders(head))
        return DocumentKind::Email;
    // A mail whose first line is damaged is still a mail the user brought: let the loader explain.
    if (suffix == QLatin1String("eml") || suffix == QLatin1String("mbox") || suffix == QLatin1String("mbx"))
        return DocumentKind::Email;
    if (suffix == QLatin1String("pdf"))
        return DocumentKind::Pdf;
    return std::nullopt;
}

std::optional<DocumentKind> DocumentLoader::sniff(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return sniffData(file.read(kSniffBytes), path);
}

Result<std::unique_ptr<Document>> DocumentLoader::open(const QString &path, const LoadOptions &options)
{
    QFile file(path);
    if (!QFileInfo::exists(path))
        return Error{ErrorCode::NotFound, tr("the file does not exist")};
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Unreadable, tr("the file cannot be read: %1").arg(file.errorString())};
    const QByteArray head = file.read(kSniffBytes);
    const auto kind = sniffData(head, path);
    if (!kind)
        return Error{ErrorCode::UnsupportedFormat, tr("not an email, PDF or image")};
    file.close();
    switch (*kind) {
    case DocumentKind::Pdf:
        return PdfDocument::fromFile(path, options);
    case DocumentKind::Image:
        return ImageDocument::fromFile(path, options);
    case DocumentKind::Email:
        break;
    }
    if (isMbox(head))
        return MboxDocument::fromFile(path, options);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Unreadable, tr("the file cannot be read: %1").arg(file.errorString())};
    // Emails are text; one far beyond any real message is a bomb, not a mail.
    if (file.size() > options.maxMessageBytes)
        return Error{ErrorCode::TooLarge,
                     tr("The email is larger than %1 MB, the limit for one message.").arg(options.maxMessageBytes >> 20),
                     Limit::MessageSize};
    return EmailDocument::fromData(file.readAll(), options);
}

Result<std::unique_ptr<Document>> DocumentLoader::openData(const QByteArray &data, const QString &nameHint,
                                                           const LoadOptions &options)
{
    const auto kind = sniffData(data.left(kSniffBytes), nameHint);
    if (!kind)
        return Error{ErrorCode::UnsupportedFormat, tr("not an email, PDF or image")};
    switch (*kind) {
    case DocumentKind::Pdf:
        return PdfDocument::fromData(data, options);
    case DocumentKind::Image:
        return ImageDocument::fromData(data, nameHint, options);
    case DocumentKind::Email:
        break;
    }
    if (isMbox(data))
        return MboxDocument::fromData(data, options);
    return EmailDocument::fromData(data, options);
}

Result<std::unique_ptr<Document>> DocumentLoader::openImage(const QImage &image, const QString &title)
{
    if (image.isNull())
        return Error{ErrorCode::Unreadable, tr("the clipboard holds no image")};
    return ImageDocument::fromImage(image, title);
}

} // namespace Blackout
