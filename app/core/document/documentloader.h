// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"
#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace Blackout {

/// Opens any document a user brings, by its content (the extension is only a hint).
class DocumentLoader {
    Q_DECLARE_TR_FUNCTIONS(Blackout::DocumentLoader)
public:
    /// What a file is, judged from its first bytes and its name; nullopt when Blackout cannot open it.
    static std::optional<DocumentKind> sniff(const QString &path);
    static std::optional<DocumentKind> sniffData(const QByteArray &head, const QString &nameHint);

    /// Opens a file. An .mbox opens as one Document whose pages are all its messages' pages in order
    /// (see MboxDocument for the per-message view). Never throws; every failure is an Error.
    static Result<std::unique_ptr<Document>> open(const QString &path, const LoadOptions &options = {});
    /// The same from memory (pasted data, fuzzing); nameHint is a file name or extension.
    static Result<std::unique_ptr<Document>> openData(const QByteArray &data, const QString &nameHint,
                                                      const LoadOptions &options = {});
    /// An image already in memory (a screenshot pasted from the clipboard).
    static Result<std::unique_ptr<Document>> openImage(const QImage &image, const QString &title);
};

} // namespace Blackout
