// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/inputwalker.h"

#include "document/documentloader.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace Blackout {

namespace {
void addFile(WalkResult &result, const QString &path, const QString &relative)
{
    if (const auto kind = DocumentLoader::sniff(path))
        result.inputs.append(BatchInput{path, relative, *kind});
    else
        result.skipped.append(path);
}

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString c = info.canonicalFilePath();
    return c.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : c;
}
} // namespace

WalkResult InputWalker::walk(const QStringList &arguments)
{
    WalkResult result;
    for (const QString &argument : arguments) {
        const QFileInfo info(argument);
        if (!info.exists()) {
            result.missing.append(argument);
            continue;
        }
        if (!info.isDir()) {
            addFile(result, argument, info.fileName());
            continue;
        }
        const QDir root(argument);
        QStringList files;
        // Links are not followed: a link loop or a link out of the tree must not pull in other files.
        QDirIterator it(argument, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        std::sort(files.begin(), files.end());
        for (const QString &file : files) {
            const QString name = QFileInfo(file).fileName();
            // Our own session files and reports live next to documents; they are not documents.
            if (name.endsWith(QLatin1String(".blackout.json")))
                continue;
            addFile(result, file, root.relativeFilePath(file));
        }
    }
    return result;
}

bool InputWalker::isInsideAnInput(const QString &dir, const QStringList &arguments)
{
    const QString target = canonical(dir) + QLatin1Char('/');
    for (const QString &argument : arguments) {
        const QFileInfo info(argument);
        if (!info.isDir())
            continue;
        const QString input = canonical(argument) + QLatin1Char('/');
        if (target.startsWith(input))
            return true;
    }
    return false;
}

} // namespace Blackout
