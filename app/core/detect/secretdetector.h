// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/detector.h"

namespace Blackout {

/// Credentials: API keys and tokens in the formats their vendors document (AWS, GitHub, GitLab, Slack,
/// Stripe, OpenAI, Anthropic, Google, Twilio, SendGrid, npm, PyPI, Discord, Telegram), JWTs, PEM private-key
/// blocks, the values of password/token/secret/api_key assignments, the user:password of a URL,
/// Authorization headers, and tokens in query parameters. Only the secret is boxed, never its label.
/// A masked value ("Password: ********") or a placeholder ("<your token>", "${TOKEN}") hides nothing and is
/// not a hit.
class SecretDetector : public Detector {
public:
    PiiType type() const override { return PiiType::Secret; }
    QList<Match> find(const QString &text, const DetectionContext &context) const override;

    /// Shannon entropy of the characters of value, in bits per character.
    static double entropy(QStringView value);
    /// Whether value looks machine-made: long enough, several character classes, high entropy; not a UUID,
    /// not hex alone (hashes and checksums), not a word or a path.
    static bool looksRandom(QStringView value, int minLength);
};

} // namespace Blackout
