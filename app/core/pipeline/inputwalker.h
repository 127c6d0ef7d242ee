// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Blackout {

/// One file a batch will process.
struct BatchInput {
    QString path;          ///< as found on disk
    QString relativePath;  ///< below the input folder it came from (the file name for a file given directly)
    DocumentKind kind = DocumentKind::Image;
};

/// The result of expanding the command line's inputs into files.
struct WalkResult {
    QList<BatchInput> inputs;
    QStringList skipped;   ///< files that are neither email, PDF nor image
    QStringList missing;   ///< arguments that do not exist
};

/// Expands files and folders (recursively, in a stable order) into the documents Blackout can open.
class InputWalker {
    Q_DECLARE_TR_FUNCTIONS(Blackout::InputWalker)
public:
    static WalkResult walk(const QStringList &arguments);
    /// Whether dir lies inside (or is) one of the folders among arguments: an output folder there would be
    /// walked again by the next run.
    static bool isInsideAnInput(const QString &dir, const QStringList &arguments);
};

} // namespace Blackout
