// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/secretdetector.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace Blackout {

namespace {

// A token does not begin or end inside a longer run of token characters.
#define BEFORE R"((?<![A-Za-z0-9_\-]))"
#define AFTER R"((?![A-Za-z0-9_\-]))"

struct VendorRule {
    const char *pattern;
    bool needsRandom;  ///< the shape alone is loose: the token must also look machine-made
};

// Token formats as their vendors document them. Each pattern is the whole token; it is boxed as a whole.
constexpr VendorRule kVendorRules[] = {
    // AWS access key ids: a four-letter kind (AKIA long-term, ASIA temporary, ...) and 16 upper-case letters
    // or digits (IAM "Unique identifiers").
    {R"((?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|APKA|AROA|ASCA)[A-Z0-9]{16}(?![A-Za-z0-9]))", false},
    // GitHub: ghp_ (classic personal), gho_ (OAuth), ghu_ (user-to-server), ghs_ (server-to-server), ghr_
    // (refresh): prefix and 36 base62 characters; fine-grained tokens github_pat_<22>_<59>.
    {BEFORE R"(gh[pousr]_[A-Za-z0-9]{36,251})" AFTER, false},
    {BEFORE R"(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})" AFTER, false},
    // GitLab: glpat- personal access tokens and the other documented prefixes (deploy, runner, pipeline
    // trigger, feed, CI build, OAuth application secret, incoming mail, SCIM, feature-flag client).
    {BEFORE R"(gl(?:pat|dt|rt|ptt|ft|cbt|oas|imt|soat|ffct|agent)-[A-Za-z0-9_\-]{20,}(?:\.[A-Za-z0-9_\-]+)*)" AFTER, false},
    {BEFORE R"(GR1348941[A-Za-z0-9_\-]{20,})" AFTER, false},
    // Slack: bot (xoxb-), user (xoxp-), app-level (xapp-), legacy and workspace tokens; incoming webhooks.
    {BEFORE R"(xox[abposre]-[A-Za-z0-9\-]{10,})" AFTER, true},
    {BEFORE R"(xapp-\d-[A-Za-z0-9\-]{20,})" AFTER, false},
    {R"((?:https?://)?hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/\-]{16,})", false},
    // Stripe: secret, restricted and publishable keys, live and test; webhook signing secrets.
    {BEFORE R"((?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,247})" AFTER, false},
    {BEFORE R"(whsec_[A-Za-z0-9]{24,})" AFTER, false},
    // Anthropic (sk-ant-api03-..., sk-ant-admin01-...) before OpenAI, whose keys also start with sk-.
    {BEFORE R"(sk-ant-[a-z]+\d*-[A-Za-z0-9_\-]{20,})" AFTER, false},
    // OpenAI: project, service-account and admin keys; legacy keys (48 base62 characters around "T3BlbkFJ").
    {BEFORE R"(sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_\-]{20,})" AFTER, false},
    {BEFORE R"(sk-[A-Za-z0-9]{32,})" AFTER, true},
    // Google: API keys (AIza + 35), OAuth client secrets (GOCSPX-), OAuth access tokens (ya29.).
    {BEFORE R"(AIza[0-9A-Za-z_\-]{35})" AFTER, false},
    {BEFORE R"(GOCSPX-[A-Za-z0-9_\-]{28})" AFTER, false},
    {BEFORE R"(ya29\.[A-Za-z0-9_\-]{30,})" AFTER, false},
    // Twilio: API key SIDs (SK) and account SIDs (AC), 32 lower-case hex digits.
    {R"((?<![A-Za-z0-9])(?:SK|AC)[0-9a-f]{32}(?![A-Za-z0-9]))", false},
    // SendGrid: SG.<22>.<43>.
    {BEFORE R"(SG\.[A-Za-z0-9_\-]{16,32}\.[A-Za-z0-9_\-]{30,50})" AFTER, false},
    // npm (npm_ + 36), PyPI (pypi- and a macaroon, which starts AgEIcHlwaS5vcmc), Hugging Face (hf_ + 34),
    // Shopify (shpat_, shpss_, ... + 32 hex), DigitalOcean (dop_v1_ + 64 hex).
    {BEFORE R"(npm_[A-Za-z0-9]{36})" AFTER, false},
    {BEFORE R"(pypi-[A-Za-z0-9_\-]{50,})" AFTER, false},
    {BEFORE R"(hf_[A-Za-z0-9]{34})" AFTER, true},
    {BEFORE R"(shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})" AFTER, false},
    {BEFORE R"(do[por]_v1_[a-f0-9]{64})" AFTER, false},
    // Discord bot tokens: base64 of the bot's id, a timestamp, an HMAC; webhooks carry their token.
    {BEFORE R"([MNO][A-Za-z0-9_\-]{23,27}\.[A-Za-z0-9_\-]{6,7}\.[A-Za-z0-9_\-]{27,40})" AFTER, true},
    {R"((?:https?://)?(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d{17,20}/[A-Za-z0-9_\-]{30,})", false},
    // Telegram bot tokens: the bot id, a colon, 35 characters (they start with AA).
    {R"((?<![\w:])\d{8,10}:AA[A-Za-z0-9_\-]{33})" AFTER, false},
    // JSON Web Tokens: base64url header and payload (both JSON objects, so "eyJ"), and a signature.
    {BEFORE R"(eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,})" AFTER, false},
};
#undef BEFORE
#undef AFTER

const QList<QRegularExpression> &vendorPatterns()
{
    static const QList<QRegularExpression> patterns = [] {
        QList<QRegularExpression> list;
        for (const VendorRule &rule : kVendorRules)
            list.append(QRegularExpression(QString::fromLatin1(rule.pattern)));
        return list;
    }();
    return patterns;
}

// Words that are no secret in the value's place: placeholders, states, prose.
bool isPlaceholderWord(const QString &lower)
{
    static const QSet<QString> words{
        QStringLiteral("none"), QStringLiteral("null"), QStringLiteral("nil"), QStringLiteral("true"),
        QStringLiteral("false"), QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("required"),
        QStringLiteral("optional"), QStringLiteral("hidden"), QStringLiteral("redacted"), QStringLiteral("removed"),
        QStringLiteral("changeme"), QStringLiteral("example"), QStringLiteral("secret"), QStringLiteral("password"),
        QStringLiteral("passwort"), QStringLiteral("token"), QStringLiteral("n/a"), QStringLiteral("na"),
        QStringLiteral("tbd"), QStringLiteral("todo"), QStringLiteral("unknown"), QStringLiteral("empty"),
        QStringLiteral("set"), QStringLiteral("unset"), QStringLiteral("not"), QStringLiteral("see"),
        QStringLiteral("below"), QStringLiteral("above"), QStringLiteral("same"), QStringLiteral("incorrect"),
        QStringLiteral("invalid"), QStringLiteral("expired"), QStringLiteral("reset"), QStringLiteral("forgotten"),
        QStringLiteral("the"), QStringLiteral("your"), QStringLiteral("my"), QStringLiteral("a"),
        QStringLiteral("bearer"), QStringLiteral("basic"), QStringLiteral("string"), QStringLiteral("str"),
        QStringLiteral("undefined"), QStringLiteral("default"), QStringLiteral("env"), QStringLiteral("files"),
        QStringLiteral("xxx"), QStringLiteral("abc"), QStringLiteral("test"), QStringLiteral("dummy"),
        QStringLiteral("masked"), QStringLiteral("protected"), QStringLiteral("encrypted"), QStringLiteral("saved"),
        QStringLiteral("sent"), QStringLiteral("changed"), QStringLiteral("updated"), QStringLiteral("ok")};
    return words.contains(lower);
}

// A value that hides nothing: a mask ("********", "•••••", "xxxxxx"), a placeholder ("<your-token>",
// "${API_KEY}", "%s", "{{ secrets.X }}", "(see below)", "YOUR_API_KEY"), or a word from the list above.
bool isMaskOrPlaceholder(const QString &value)
{
    if (value.isEmpty())
        return true;
    static const QString maskChars = QStringLiteral("*•●·∙◦xX.#-_");
    if (std::all_of(value.begin(), value.end(), [](QChar c) { return maskChars.contains(c); }))
        return true;
    if (value.size() >= 3 && std::all_of(value.begin(), value.end(), [&](QChar c) { return c == value.front(); }))
        return true;
    // <...>, %s, {{ }}, (see below), !vault, &anchor, \n; a variable ($VAR, ${VAR}, $(cmd)), though a
    // password may start with a dollar sign ("$ecret9").
    static const QRegularExpression variable(QStringLiteral(R"(^\$(?:[{(]|[A-Z_][A-Z0-9_]*$))"));
    if (QStringLiteral("<%{([!&\\").contains(value.front()) || variable.match(value).hasMatch())
        return true;
    const QString lower = value.toLower();
    if (lower.startsWith(QLatin1String("your")) || lower.startsWith(QLatin1String("my_"))
        || lower.startsWith(QLatin1String("my-")) || lower.contains(QLatin1String("example"))
        || lower.contains(QLatin1String("placeholder")) || lower.contains(QLatin1String("*****"))
        || lower.contains(QLatin1String("xxxx")) || lower.contains(QLatin1String("...")) || lower.endsWith(QLatin1String("_here"))) {
        return true;
    }
    return isPlaceholderWord(lower);
}

struct Classes {
    int lower = 0;
    int upper = 0;
    int digits = 0;
    int other = 0;
};

Classes classesOf(QStringView value)
{
    Classes c;
    for (const QChar ch : value) {
        if (ch.isDigit())
            ++c.digits;
        else if (ch.isLower())
            ++c.lower;
        else if (ch.isUpper())
            ++c.upper;
        else
            ++c.other;
    }
    return c;
}

bool isHexOrUuid(QStringView value)
{
    static const QRegularExpression hex(QStringLiteral(R"(^[0-9a-fA-F]+(?:-[0-9a-fA-F]+)*$)"));
    return hex.match(value).hasMatch();
}

enum class KeyKind { Password, Token };

KeyKind keyKindOf(QStringView key)
{
    static const QRegularExpression password(QStringLiteral("^(?:pass|pwd|kennwort)"), QRegularExpression::CaseInsensitiveOption);
    return password.match(key).hasMatch() ? KeyKind::Password : KeyKind::Token;
}

// Whether the value of an assignment to a password-, token- or key-like name is a secret. Prose says
// "Password: (see below)" or "the password is incorrect"; a password is a value with a digit or a sign in
// it, or mixed case, or any non-word value in a config line ("pwd=hunter").
bool assignedValueIsSecret(const QString &value, KeyKind kind, bool configStyle, bool prose)
{
    if (isMaskOrPlaceholder(value))
        return false;
    // A question or exclamation mark after a word ends a sentence ("Password: forgotten?").
    QStringView core(value);
    while (core.size() > 1 && (core.back() == QLatin1Char('?') || core.back() == QLatin1Char('!')))
        core.chop(1);
    const Classes c = classesOf(core);
    const bool letters = c.lower + c.upper > 0;
    const bool mixedCase = c.lower > 0 && c.upper > 0 && !(c.upper == 1 && value.front().isUpper());
    const bool marked = c.digits > 0 || c.other > 0 || mixedCase;
    if (kind == KeyKind::Password) {
        if (value.size() < 4)
            return false;
        if (prose)
            return value.size() >= 6 && marked && letters;
        return marked || configStyle;
    }
    // Tokens, secrets and keys: machine-made values, or at least long ones with digits in them.
    if (value.size() < 8)
        return false;
    return SecretDetector::looksRandom(value, 16) || (c.digits > 0 && letters) || (configStyle && value.size() >= 16);
}

// The words a secret's name is made of ("DB_PASSWORD", "x-api-key", "client_secret", "GITHUB_TOKEN"; "API
// key" in prose, or as OCR reads an underscore). The name may carry a prefix joined by _ . or -, but nothing
// after it: "token_type" or "password_hint" are no secret's names.
const QString kKeyWords = QStringLiteral(
    R"((?:password|passwd|passphrase|passwort|kennwort|pwd|token|secret|api[_\- ]?key|apikey|access[_\- ]?key|)"
    R"(secret[_\- ]?key|private[_\- ]?key|client[_\- ]?secret|auth[_\- ]?token|access[_\- ]?token|)"
    R"(refresh[_\- ]?token|api[_\- ]?token|secret[_\- ]?access[_\- ]?key))");

// The value after a name: in quotes (spaces allowed), or up to the next space, quote or separator.
const QString kValue = QStringLiteral(R"v((?:"([^"\n]{1,200})"|'([^'\n]{1,200})'|([^\s"'<>,;]{1,400})))v");

void findAssignments(const QString &text, QList<Match> &out)
{
    static const QRegularExpression assignment(
        QStringLiteral(R"((?<![A-Za-z0-9])()") + kKeyWords + QStringLiteral(R"()(?![A-Za-z0-9])["']?[ \t]*(:=|=>|[:=])[ \t]*)")
            + kValue,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression prose(
        QStringLiteral(R"((?<![A-Za-z0-9])(password|passwort|kennwort|passphrase)[ \t]+(?:is|was|ist|lautet)[ \t]*:?[ \t]+)")
            + kValue,
        QRegularExpression::CaseInsensitiveOption);
    for (const QRegularExpression *re : {&assignment, &prose}) {
        auto it = re->globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const bool isProse = re == &prose;
            const int valueGroup = isProse ? 2 : 3;
            int group = valueGroup;
            while (group < valueGroup + 3 && m.capturedStart(group) < 0)
                ++group;
            int start = int(m.capturedStart(group));
            int length = int(m.capturedLength(group));
            const bool quoted = group < valueGroup + 2;
            if (!quoted) {
                // Sentence punctuation after the value is not part of it.
                while (length > 0 && QStringLiteral(".,:;)]}").contains(text.at(start + length - 1)))
                    --length;
            }
            const QString value = text.mid(start, length);
            if (value.startsWith(QLatin1Char('=')))
                continue; // a comparison: password == "..."
            const QString key = m.captured(1);
            const KeyKind kind = keyKindOf(key);
            // PWD and OLDPWD in an environment listing are folders.
            if (key.compare(QLatin1String("pwd"), Qt::CaseInsensitive) == 0
                && (value.startsWith(QLatin1Char('/')) || value.startsWith(QLatin1Char('~')))) {
                continue;
            }
            // A value in a query (?token=, &id_token=) belongs to findQueryTokens.
            int nameStart = int(m.capturedStart(1));
            while (nameStart > 0 && (text.at(nameStart - 1).isLetterOrNumber() || QStringLiteral("_.-").contains(text.at(nameStart - 1))))
                --nameStart;
            if (!isProse && nameStart > 0 && QStringLiteral("?&#").contains(text.at(nameStart - 1)))
                continue;
            const bool configStyle = !isProse && (m.captured(2) != QLatin1String(":") || quoted);
            if (!assignedValueIsSecret(value, kind, configStyle, isProse))
                continue;
            out.append(Match{PiiType::Secret, start, length, kind == KeyKind::Password ? 0.9 : 0.85});
        }
    }
}

// Tokens in query strings and fragments: named ones (token=, sig=, access_token=, X-Amz-Signature=), and
// any long machine-made value.
void findQueryTokens(const QString &text, QList<Match> &out)
{
    static const QRegularExpression param(QStringLiteral(R"([?&#]([A-Za-z][A-Za-z0-9_.\-]{0,40})=([^\s&#"'<>]{1,400}))"));
    static const QRegularExpression named(
        QStringLiteral(R"(^(?:.*[_\-.])?(?:token|access_token|refresh_token|id_token|auth|authtoken|auth_token|key|)"
                       R"(apikey|api_key|api-key|sig|signature|secret|client_secret|password|passwd|pwd|pass|)"
                       R"(session|sessionid|session_id|sid|otp|credential|security-token|code)$)"),
        QRegularExpression::CaseInsensitiveOption);
    auto it = param.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        const int start = int(m.capturedStart(2));
        int length = int(m.capturedLength(2));
        while (length > 0 && QStringLiteral(".,:;!?)]}").contains(text.at(start + length - 1)))
            --length;
        const QString value = text.mid(start, length);
        if (isMaskOrPlaceholder(value))
            continue;
        const Classes c = classesOf(value);
        const bool isNamed = named.match(name).hasMatch();
        const QString lowerName = name.toLower();
        const bool passwordLike = lowerName.startsWith(QLatin1String("pass")) || lowerName == QLatin1String("pwd");
        // Short codes and sessions are often no secret (?code=US, ?sid=3); a token parameter needs a value
        // a person did not type.
        const int minNamed = passwordLike ? 4
                             : (lowerName == QLatin1String("code") || lowerName.endsWith(QLatin1String("sid"))
                                || lowerName.startsWith(QLatin1String("session")) || lowerName == QLatin1String("key"))
                                 ? 16
                                 : 8;
        if (isNamed && value.size() >= minNamed && (passwordLike || c.digits > 0 || SecretDetector::looksRandom(value, 16)))
            out.append(Match{PiiType::Secret, start, length, 0.85});
        else if (SecretDetector::looksRandom(value, 24))
            out.append(Match{PiiType::Secret, start, length, 0.6});
    }
}

// The user:password of a URL (https://user:pass@host, postgres://app:s3cret@db:5432/x; OCR may put a space
// beside the scheme's colon); the user too, as the pair is the credential. A masked password hides nothing.
void findUrlCredentials(const QString &text, QList<Match> &out)
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![A-Za-z0-9+.\-])[A-Za-z][A-Za-z0-9+.\-]{1,15}[ ]?:[ ]?//([^\s/:@?#]*):([^\s/@?#]+)@(?=[A-Za-z0-9\[]))"));
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString password = m.captured(2);
        if (isMaskOrPlaceholder(password) || password.size() < 3)
            continue;
        const bool hasUser = m.capturedLength(1) > 0;
        const int start = int(hasUser ? m.capturedStart(1) : m.capturedStart(2));
        out.append(Match{PiiType::Secret, start, int(m.capturedEnd(2)) - start, 0.95});
    }
    // curl -u user:password
    static const QRegularExpression curlUser(QStringLiteral(R"((?<!\S)(?:-u|--user)[ \t]+([^\s:]+:([^\s]+)))"));
    auto itc = curlUser.globalMatch(text);
    while (itc.hasNext()) {
        const QRegularExpressionMatch m = itc.next();
        if (!isMaskOrPlaceholder(m.captured(2)))
            out.append(Match{PiiType::Secret, int(m.capturedStart(1)), int(m.capturedLength(1)), 0.9});
    }
}

// Authorization: Bearer <token> / Basic <base64>; "Bearer <token>" alone when the token looks machine-made.
void findAuthorization(const QString &text, QList<Match> &out)
{
    static const QRegularExpression header(
        QStringLiteral(R"((?<![A-Za-z0-9])(?:proxy-)?authori[sz]ation["']?[ \t]*[:=][ \t]*["']?)"
                       R"((?:bearer|basic|token|bot|digest|negotiate|apikey|sso-key)[ \t]+([A-Za-z0-9._~+/=\-:]{8,}))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bearer(QStringLiteral(R"((?<![A-Za-z0-9])bearer[ \t]+([A-Za-z0-9._~+/\-]{16,}=*))"),
                                           QRegularExpression::CaseInsensitiveOption);
    auto it = header.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!isMaskOrPlaceholder(m.captured(1)))
            out.append(Match{PiiType::Secret, int(m.capturedStart(1)), int(m.capturedLength(1)), 0.95});
    }
    auto itb = bearer.globalMatch(text);
    while (itb.hasNext()) {
        const QRegularExpressionMatch m = itb.next();
        const Classes c = classesOf(m.capturedView(1));
        if (!isMaskOrPlaceholder(m.captured(1)) && c.digits > 0 && c.lower + c.upper > 0)
            out.append(Match{PiiType::Secret, int(m.capturedStart(1)), int(m.capturedLength(1)), 0.85});
    }
}

// AWS secret access keys: 40 characters of base64 after their name (aws_secret_access_key = ..., in
// ~/.aws/credentials, an .env file or a YAML map); OCR may put one space into them, or read a letter more or
// less.
void findAwsSecretKeys(const QString &text, bool ocr, QList<Match> &out)
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![A-Za-z0-9])aws[_ ]?secret[_ ]?(?:access[_ ]?)?key(?:[_ ]?id)?["']?[ \t]*[:=][ \t]*["']?)"
                       R"(([A-Za-z0-9/+]{1,41}(?: [A-Za-z0-9/+]{1,40})?)(?![A-Za-z0-9/+]))"),
        QRegularExpression::CaseInsensitiveOption);
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString value = m.captured(1);
        const bool spaced = value.contains(QLatin1Char(' '));
        const int length = int(value.size()) - (spaced ? 1 : 0);
        if (ocr ? std::abs(length - 40) > 1 : (spaced || length != 40))
            continue;
        out.append(Match{PiiType::Secret, int(m.capturedStart(1)), int(m.capturedLength(1)), 0.97});
    }
}

// PEM private-key blocks from BEGIN through END; with no END in the text (a screenshot cut off), through the
// last line of the block's base64.
void findPrivateKeys(const QString &text, QList<Match> &out)
{
    static const QRegularExpression begin(QStringLiteral(R"(-{3,}[ ]?BEGIN[ ]([A-Z0-9]+[ ])*PRIVATE[ ]KEY(?:[ ]BLOCK)?[ ]?-{3,})"));
    static const QRegularExpression end(QStringLiteral(R"(-{3,}[ ]?END[ ]([A-Z0-9]+[ ])*PRIVATE[ ]KEY(?:[ ]BLOCK)?[ ]?-{3,})"));
    static const QRegularExpression bodyLine(QStringLiteral(R"(^[ \t>|]*(?:[A-Za-z0-9+/=]{16,}|[A-Za-z\-]+: .*|)[ \t]*$)"));
    auto it = begin.globalMatch(text);
    int searchedTo = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const int start = int(m.capturedStart());
        if (start < searchedTo)
            continue;
        const QRegularExpressionMatch e = end.match(text, int(m.capturedEnd()));
        const QRegularExpressionMatch nextBegin = begin.match(text, int(m.capturedEnd()));
        int stop = 0;
        if (e.hasMatch() && (!nextBegin.hasMatch() || e.capturedStart() < nextBegin.capturedStart())) {
            stop = int(e.capturedEnd());
        } else {
            stop = int(m.capturedEnd());
            int lineStart = int(text.indexOf(QLatin1Char('\n'), stop));
            while (lineStart >= 0) {
                int lineEnd = int(text.indexOf(QLatin1Char('\n'), lineStart + 1));
                if (lineEnd < 0)
                    lineEnd = int(text.size());
                const QStringView line = QStringView(text).mid(lineStart + 1, lineEnd - lineStart - 1);
                if (line.trimmed().isEmpty() || !bodyLine.match(line).hasMatch())
                    break;
                stop = lineStart + 1 + int(line.size());
                while (stop > lineStart + 1 && text.at(stop - 1).isSpace())
                    --stop;
                lineStart = lineEnd < text.size() ? lineEnd : -1;
            }
        }
        out.append(Match{PiiType::Secret, start, stop - start, 0.99});
        searchedTo = stop;
    }
}

} // namespace

double SecretDetector::entropy(QStringView value)
{
    if (value.isEmpty())
        return 0.0;
    QHash<QChar, int> counts;
    for (const QChar c : value)
        ++counts[c];
    double bits = 0.0;
    const double n = double(value.size());
    for (const int count : std::as_const(counts)) {
        const double p = count / n;
        bits -= p * std::log2(p);
    }
    return bits;
}

bool SecretDetector::looksRandom(QStringView value, int minLength)
{
    if (value.size() < minLength || isHexOrUuid(value))
        return false;
    static const QRegularExpression tokenChars(QStringLiteral(R"(^[A-Za-z0-9_\-+/=.~%]+$)"));
    if (!tokenChars.match(value).hasMatch())
        return false;
    // Words joined by dashes or dots are a slug or a file name, not a token.
    static const QRegularExpression slug(QStringLiteral(R"(^(?:[A-Za-z]{2,}[\-_.])+[A-Za-z0-9]*$)"));
    if (slug.match(value).hasMatch())
        return false;
    const Classes c = classesOf(value);
    const double bits = entropy(value);
    // Mixed case and digits (base62 and base64), or lower case with digits when long enough (base32, base36).
    if (c.lower > 0 && c.upper > 0 && c.digits >= 2)
        return bits >= 3.5;
    if (c.lower + c.upper > 0 && c.digits >= 4 && value.size() >= 32)
        return bits >= 4.0;
    return false;
}

namespace {

void findAll(const QString &text, bool ocr, QList<Match> &out)
{
    const QList<QRegularExpression> &patterns = vendorPatterns();
    for (int i = 0; i < patterns.size(); ++i) {
        auto it = patterns.at(i).globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            int length = int(m.capturedLength());
            // A dot after a token is the sentence's (glpat-... routable tokens have inner dots only).
            while (length > 0 && text.at(int(m.capturedStart()) + length - 1) == QLatin1Char('.'))
                --length;
            if (kVendorRules[i].needsRandom) {
                const QStringView token = QStringView(text).mid(m.capturedStart(), length);
                const Classes c = classesOf(token);
                if (c.digits == 0 || c.lower + c.upper < 4)
                    continue;
            }
            out.append(Match{PiiType::Secret, int(m.capturedStart()), length, 0.97});
        }
    }
    findAwsSecretKeys(text, ocr, out);
    findPrivateKeys(text, out);
    findUrlCredentials(text, out);
    findAuthorization(text, out);
    findAssignments(text, out);
    findQueryTokens(text, out);
}

bool isTokenChar(QChar c)
{
    return (c.unicode() < 128 && c.isLetterOrNumber()) || QStringLiteral("_-+/=.").contains(c);
}

// OCR reads a space into a long token ("ghp_R8x2Lq9ZpV7mT4nW9cYb3Fk6Hs 1Jd5Ga8Ue2", "eyJhbGciOiJIUzI1NiJ9.
// eyJzdWIi...") or beside its joints ("sk-proj -Xq8v...", "sk_live _4eC3...", "GITHUB _TOKEN=..."), and a
// letter of another script into it ("...FkőHs..."). The text with such spaces taken out and such letters made
// ASCII, and for each of its characters its place in text: a space goes when the run before it is long and
// machine-like (letters and digits) and the run after it has a digit or an inner capital, which words after a
// token ("Next", "and") do not; or when a joint (_ -) touches it and the run on the joint's side is long and
// machine-like.
QString joinOcrSplits(const QString &text, QList<int> &origin)
{
    const auto machineLike = [](const Classes &c, int length) {
        return length >= 8 && c.digits > 0 && c.lower + c.upper > 0;
    };
    QString joined;
    joined.reserve(text.size());
    origin.clear();
    origin.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char(' ') && i > 0 && i + 1 < text.size() && isTokenChar(text.at(i - 1))
            && isTokenChar(text.at(i + 1))) {
            int l = i;
            while (l > 0 && isTokenChar(text.at(l - 1)))
                --l;
            int r = i + 1;
            while (r < text.size() && isTokenChar(text.at(r)))
                ++r;
            const Classes left = classesOf(QStringView(text).mid(l, i - l));
            const Classes right = classesOf(QStringView(text).mid(i + 1, r - i - 1));
            const bool innerCapital = right.upper > (text.at(i + 1).isUpper() ? 1 : 0);
            if (machineLike(left, i - l) && (right.digits > 0 || innerCapital))
                continue;
            const bool jointAfter = text.at(i + 1) == QLatin1Char('_') || text.at(i + 1) == QLatin1Char('-');
            const bool jointBefore = text.at(i - 1) == QLatin1Char('_') || text.at(i - 1) == QLatin1Char('-');
            if ((jointAfter && machineLike(right, r - i - 1)) || (jointBefore && machineLike(left, i - l)))
                continue;
        }
        const QChar c = text.at(i);
        if (c.unicode() >= 128 && c.isLetter() && i > 0 && i + 1 < text.size() && text.at(i - 1).unicode() < 128
            && text.at(i - 1).isLetterOrNumber() && text.at(i + 1).unicode() < 128 && text.at(i + 1).isLetterOrNumber()) {
            joined += QLatin1Char('x');
            origin.append(i);
            continue;
        }
        joined += text.at(i);
        origin.append(i);
    }
    return joined;
}

} // namespace

QList<Match> SecretDetector::find(const QString &text, const DetectionContext &context) const
{
    QList<Match> out;
    findAll(text, context.ocrText, out);
    if (context.ocrText) {
        QList<int> origin;
        const QString joined = joinOcrSplits(text, origin);
        if (joined != text) {
            QList<Match> more;
            findAll(joined, true, more);
            for (const Match &m : std::as_const(more)) {
                const int start = origin.at(m.start);
                const int end = origin.at(m.start + m.length - 1) + 1;
                out.append(Match{m.type, start, end - start, m.certainty});
            }
        }
    }
    // Overlapping finds of different rules are one secret.
    std::sort(out.begin(), out.end(), [](const Match &a, const Match &b) { return a.start < b.start; });
    QList<Match> merged;
    for (const Match &m : std::as_const(out)) {
        if (!merged.isEmpty() && m.start < merged.last().start + merged.last().length) {
            Match &last = merged.last();
            const int endPos = std::max(last.start + last.length, m.start + m.length);
            last.length = endPos - last.start;
            last.certainty = std::max(last.certainty, m.certainty);
        } else {
            merged.append(m);
        }
    }
    return merged;
}

} // namespace Blackout
