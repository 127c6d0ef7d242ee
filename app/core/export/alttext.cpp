// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/alttext.h"

#include <QRegularExpression>

namespace Blackout {

namespace {

enum class CharState { Visible, Hidden, Outside };

QString tidy(const QString &text)
{
    QStringList lines;
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\x{00a0}]+"));
    for (QString line : text.split(QLatin1Char('\n'))) {
        line.replace(spaces, QStringLiteral(" "));
        line = line.trimmed();
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

QString trimTo(const QString &text, int limit, const QString &placeholder)
{
    if (limit <= 0 || text.size() <= limit)
        return text;
    const QString ellipsis(QChar(0x2026));
    int cut = limit - int(ellipsis.size());
    // Never end inside a placeholder: half of "[redacted]" reads as if something were shown.
    const int open = text.lastIndexOf(QLatin1Char('['), cut - 1);
    if (open >= 0 && text.mid(open, placeholder.size()) == placeholder && open + placeholder.size() > cut)
        cut = open;
    int space = cut;
    while (space > 0 && !text.at(space).isSpace() && cut - space < 24)
        --space;
    if (space > 0 && text.at(space).isSpace())
        cut = space;
    return text.left(cut).trimmed() + ellipsis;
}

} // namespace

QString AltText::placeholder()
{
    return tr("[redacted]", "stands in the image description for text that was redacted");
}

QString AltText::forPage(const QList<TextLayer> &layers, const RedactionSet &set, const QRect &crop, int limit)
{
    const QString token = placeholder();
    const QList<QRect> redacted = set.boxesToRedact();
    QString out;
    for (qsizetype li = 0; li < layers.size(); ++li) {
        const TextLayer &layer = layers.at(li);
        QList<CharState> state(layer.size(), CharState::Visible);
        for (int i = 0; i < layer.size(); ++i) {
            const QRectF box = layer.charBox(i);
            if (box.isNull())
                continue;
            const QPoint centre = box.center().toPoint();
            if (!crop.isNull() && !crop.contains(centre)) {
                state[i] = CharState::Outside;
                continue;
            }
            for (const QRect &r : redacted) {
                if (r.contains(centre)) {
                    state[i] = CharState::Hidden;
                    break;
                }
            }
        }
        // Spans of accepted hits in this layer are hidden too, including separators inside them.
        for (qsizetype h = 0; h < set.hits().size(); ++h) {
            const Hit &hit = set.hits().at(h);
            if (!set.isAccepted(int(h)) || hit.layer != li || hit.start < 0)
                continue;
            for (int i = hit.start; i < std::min(layer.size(), hit.start + hit.length); ++i) {
                if (state.at(i) != CharState::Outside)
                    state[i] = CharState::Hidden;
            }
        }
        QString text;
        bool inHidden = false;
        for (int i = 0; i < layer.size(); ++i) {
            switch (state.at(i)) {
            case CharState::Hidden:
                if (!inHidden)
                    text += token;
                inHidden = true;
                break;
            case CharState::Visible:
                text += layer.text().at(i);
                inHidden = false;
                break;
            case CharState::Outside:
                break;
            }
        }
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        out += text;
    }
    return trimTo(tidy(out), limit, token);
}

} // namespace Blackout
