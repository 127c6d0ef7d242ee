// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/secretdetector.h"
#include "detecttesthelpers.h"

#include <QTest>

using namespace Blackout;

namespace {

// Deterministic token characters: the rows stay the same from run to run.
QString randomToken(int length, const char *alphabet, quint32 seed)
{
    const QByteArray chars(alphabet);
    QString out;
    quint32 state = seed * 2654435761u + 12345u;
    for (int i = 0; i < length; ++i) {
        state = state * 1664525u + 1013904223u;
        out += QLatin1Char(chars.at(int((state >> 8) % quint32(chars.size()))));
    }
    return out;
}

const char *const kBase62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const char *const kBase64Url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const char *const kUpperDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const char *const kHex = "0123456789abcdef";

// A token of a vendor's format: prefix and body.
struct Sample {
    const char *family;
    QString token;
};

QList<Sample> vendorSamples()
{
    QList<Sample> s;
    for (quint32 seed = 1; seed <= 2; ++seed) {
        s.append({"aws akia", QStringLiteral("AKIA") + randomToken(16, kUpperDigits, seed)});
        s.append({"aws asia", QStringLiteral("ASIA") + randomToken(16, kUpperDigits, seed + 10)});
        s.append({"github ghp", QStringLiteral("ghp_") + randomToken(36, kBase62, seed + 20)});
        s.append({"github gho", QStringLiteral("gho_") + randomToken(36, kBase62, seed + 21)});
        s.append({"github ghu", QStringLiteral("ghu_") + randomToken(36, kBase62, seed + 22)});
        s.append({"github ghs", QStringLiteral("ghs_") + randomToken(36, kBase62, seed + 23)});
        s.append({"github ghr", QStringLiteral("ghr_") + randomToken(36, kBase62, seed + 24)});
        s.append({"github fine-grained", QStringLiteral("github_pat_") + randomToken(22, kBase62, seed + 25)
                                             + QLatin1Char('_') + randomToken(59, kBase62, seed + 26)});
        s.append({"gitlab glpat", QStringLiteral("glpat-") + randomToken(20, kBase62, seed + 30)});
        s.append({"slack bot", QStringLiteral("xoxb-") + randomToken(11, "0123456789", seed) + QLatin1Char('-')
                                   + randomToken(13, "0123456789", seed + 1) + QLatin1Char('-')
                                   + randomToken(24, kBase62, seed + 31)});
        s.append({"slack user", QStringLiteral("xoxp-") + randomToken(11, "0123456789", seed + 2) + QLatin1Char('-')
                                    + randomToken(12, "0123456789", seed + 3) + QLatin1Char('-')
                                    + randomToken(32, kHex, seed + 32)});
        s.append({"slack webhook", QStringLiteral("https://hooks.slack.com/services/T") + randomToken(8, kUpperDigits, seed)
                                       + QStringLiteral("/B") + randomToken(8, kUpperDigits, seed + 1) + QLatin1Char('/')
                                       + randomToken(24, kBase62, seed + 33)});
        s.append({"stripe sk_live", QStringLiteral("sk_live_") + randomToken(24, kBase62, seed + 40)});
        s.append({"stripe rk_live", QStringLiteral("rk_live_") + randomToken(24, kBase62, seed + 41)});
        s.append({"stripe pk_test", QStringLiteral("pk_test_") + randomToken(24, kBase62, seed + 42)});
        s.append({"stripe sk_test", QStringLiteral("sk_test_") + randomToken(99, kBase62, seed + 43)});
        s.append({"openai legacy", QStringLiteral("sk-") + randomToken(20, kBase62, seed + 50) + QStringLiteral("T3BlbkFJ")
                                       + randomToken(20, kBase62, seed + 51)});
        s.append({"openai project", QStringLiteral("sk-proj-") + randomToken(74, kBase64Url, seed + 52)});
        s.append({"anthropic", QStringLiteral("sk-ant-api03-") + randomToken(93, kBase64Url, seed + 53) + QStringLiteral("AA")});
        s.append({"google api key", QStringLiteral("AIza") + randomToken(35, kBase64Url, seed + 60)});
        s.append({"twilio api key", QStringLiteral("SK") + randomToken(32, kHex, seed + 61)});
        s.append({"twilio account", QStringLiteral("AC") + randomToken(32, kHex, seed + 62)});
        s.append({"sendgrid", QStringLiteral("SG.") + randomToken(22, kBase64Url, seed + 63) + QLatin1Char('.')
                                  + randomToken(43, kBase64Url, seed + 64)});
        s.append({"npm", QStringLiteral("npm_") + randomToken(36, kBase62, seed + 65)});
        s.append({"pypi", QStringLiteral("pypi-AgEIcHlwaS5vcmc") + randomToken(60, kBase64Url, seed + 66)});
        s.append({"discord bot", QStringLiteral("MT") + randomToken(22, kBase62, seed + 67) + QLatin1Char('.')
                                     + randomToken(6, kBase64Url, seed + 68) + QLatin1Char('.')
                                     + randomToken(38, kBase64Url, seed + 69)});
        s.append({"telegram bot", QStringLiteral("%1:AA").arg(123456789 + int(seed)) + randomToken(33, kBase64Url, seed + 70)});
        s.append({"jwt", QStringLiteral("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6")
                             + randomToken(20, kBase64Url, seed + 71) + QLatin1Char('.')
                             + randomToken(43, kBase64Url, seed + 72)});
    }
    return s;
}

void addRow(const QString &name, const QString &text, const QStringList &expected)
{
    QTest::newRow(qPrintable(name)) << text << expected;
}

} // namespace

class TestSecretDetector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void vendorTokens_data();
    void vendorTokens();
    void privateKeys_data();
    void privateKeys();
    void assignments_data();
    void assignments();
    void urlsAndHeaders_data();
    void urlsAndHeaders();
    void queryTokens_data();
    void queryTokens();
    void notSecrets_data();
    void notSecrets();
    void ocrSplits_data();
    void ocrSplits();
    void certainty();
    void entropy();

private:
    void columns();
    void check();
};

void TestSecretDetector::columns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
}

void TestSecretDetector::check()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    SecretDetector detector;
    QCOMPARE(foundTexts(detector, text), expected);
}

// Every vendor format in the places it appears: alone, in an export line, quoted in a config, ending a
// sentence. One character short, or glued into a longer word, it is no token.
void TestSecretDetector::vendorTokens_data()
{
    columns();
    int n = 0;
    for (const Sample &s : vendorSamples()) {
        const QString f = QString::fromLatin1(s.family);
        const QString t = s.token;
        addRow(QStringLiteral("%1 #%2 alone").arg(f).arg(++n), t, {t});
        addRow(QStringLiteral("%1 #%2 export").arg(f).arg(++n), QStringLiteral("$ export API_CRED=%1").arg(t), {t});
        addRow(QStringLiteral("%1 #%2 quoted").arg(f).arg(++n), QStringLiteral("client = Client(\"%1\")").arg(t), {t});
        addRow(QStringLiteral("%1 #%2 sentence").arg(f).arg(++n), QStringLiteral("The key is %1.").arg(t), {t});
        // Glued to letters before it: part of something else.
        addRow(QStringLiteral("%1 #%2 glued").arg(f).arg(++n), QStringLiteral("xyz%1").arg(t),
               t.startsWith(QLatin1String("http")) ? QStringList{t} : QStringList{});
    }
    // Too short or wrong shape for the format.
    addRow("aws one short", "AKIA" + randomToken(15, kUpperDigits, 3), {});
    addRow("aws lower case", "akia" + randomToken(16, kUpperDigits, 3).toLower(), {});
    addRow("aws other word", "AKIAL is a word", {});
    addRow("github one short", "ghp_" + randomToken(35, kBase62, 3), {});
    addRow("github unknown kind", "ghx_" + randomToken(36, kBase62, 3), {});
    addRow("gitlab too short", "glpat-" + randomToken(12, kBase62, 3), {});
    addRow("stripe no mode", "sk_" + randomToken(24, kBase62, 3), {});
    addRow("stripe too short", "sk_live_abc", {});
    addRow("openai words", "sk-learn-and-other-hyphenated-words-in-prose", {});
    addRow("openai short", "sk-1234", {});
    addRow("google short", "AIza" + randomToken(20, kBase62, 3), {});
    addRow("twilio upper hex", "AC" + randomToken(32, kHex, 3).toUpper(), {});
    addRow("twilio 31", "SK" + randomToken(31, kHex, 3), {});
    addRow("sendgrid one part", "SG." + randomToken(22, kBase62, 3), {});
    addRow("npm short", "npm_" + randomToken(20, kBase62, 3), {});
    addRow("npm command", "npm_config_cache=/tmp/npm", {});
    addRow("pypi package name", "pypi-simple and pypi-server", {});
    addRow("telegram time", "12:30:45 and 123456789:hello", {});
    addRow("jwt one part", "eyJhbGciOiJIUzI1NiJ9", {});
    addRow("slack word", "xoxo-hugs and kisses", {});
    addRow("discord shaped file name", "Makefile.backup.version", {});
}

void TestSecretDetector::vendorTokens()
{
    check();
}

// PEM private-key blocks, whole; public keys and certificates are no secret.
void TestSecretDetector::privateKeys_data()
{
    columns();
    const char *const kinds[] = {"", "RSA ", "EC ", "DSA ", "OPENSSH ", "ENCRYPTED "};
    int n = 0;
    for (const char *kind : kinds) {
        for (int lines = 1; lines <= 4; ++lines) {
            QString body;
            for (int l = 0; l < lines; ++l)
                body += randomToken(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", quint32(n * 7 + l)) + QLatin1Char('\n');
            const QString block = QStringLiteral("-----BEGIN %1PRIVATE KEY-----\n%2-----END %1PRIVATE KEY-----")
                                      .arg(QLatin1String(kind), body);
            addRow(QStringLiteral("pem %1%2 lines").arg(QLatin1String(kind)).arg(lines),
                   QStringLiteral("$ cat id\n%1\n$ ").arg(block), {block});
            ++n;
        }
        // Cut off at the screen's bottom: through the last line of base64.
        const QString head = QStringLiteral("-----BEGIN %1PRIVATE KEY-----\n").arg(QLatin1String(kind))
                             + randomToken(64, kBase62, quint32(100 + n)) + QLatin1Char('\n')
                             + randomToken(40, kBase62, quint32(200 + n));
        addRow(QStringLiteral("pem %1cut off").arg(QLatin1String(kind)), head + QStringLiteral("\n\nnext paragraph"), {head});
    }
    const QString pgp = QStringLiteral("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n") + randomToken(64, kBase62, 5)
                        + QStringLiteral("\n-----END PGP PRIVATE KEY BLOCK-----");
    addRow("pgp private block", pgp, {pgp});
    // A service account's JSON: the block on one line with escaped line breaks.
    const QString jsonKey = QStringLiteral("-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----\\n");
    addRow("pem in service account json", QStringLiteral("\"private_key\": \"%1\",").arg(jsonKey),
           {jsonKey}); // the whole value of private_key
    // Quoted in a reply, cut off: through the last quoted line of base64.
    const QString quoted = QStringLiteral("> -----BEGIN RSA PRIVATE KEY-----\n> ") + randomToken(64, kBase62, 11)
                           + QStringLiteral("\n> ") + randomToken(64, kBase62, 12);
    addRow("pem quoted in a reply", quoted + QStringLiteral("\n\nThanks"), {quoted.mid(2)});
    // OCR reads fewer dashes.
    const QString fewDashes = QStringLiteral("----BEGIN EC PRIVATE KEY----\n") + randomToken(64, kBase62, 13)
                              + QStringLiteral("\n----END EC PRIVATE KEY----");
    addRow("pem with four dashes", fewDashes, {fewDashes});
    addRow("pgp message", "-----BEGIN PGP MESSAGE-----\n" + randomToken(64, kBase62, 14) + "\n-----END PGP MESSAGE-----", {});
    addRow("pgp signature", "-----BEGIN PGP SIGNATURE-----\n" + randomToken(64, kBase62, 15) + "\n-----END PGP SIGNATURE-----", {});
    addRow("begin private key in prose", "the file starts with BEGIN PRIVATE KEY and ends with END", {});
    addRow("public key", "-----BEGIN PUBLIC KEY-----\n" + randomToken(64, kBase62, 6) + "\n-----END PUBLIC KEY-----", {});
    addRow("certificate", "-----BEGIN CERTIFICATE-----\n" + randomToken(64, kBase62, 7) + "\n-----END CERTIFICATE-----", {});
    addRow("ssh public key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl amy@host", {});
    addRow("prose about keys", "Never paste your PRIVATE KEY into chat.", {});
    addRow("gpg fingerprint", "Key fingerprint = 9B2B 6A3F 6B8C 1E0C 3C8D  E9A7 2F3B 6A1F 0C9E 4D1A", {});
}

void TestSecretDetector::privateKeys()
{
    check();
}

// password=, passwd:, pwd=, token:, secret:, api_key= and their config spellings: the value only.
void TestSecretDetector::assignments_data()
{
    columns();
    const char *const passwordKeys[] = {"password", "Password", "PASSWORD", "passwd", "pwd", "DB_PASSWORD",
                                        "mysql_root_password", "Passwort", "passphrase", "smtp.password"};
    const char *const passwords[] = {"hunter2", "Tr0ub4dor&3", "s3cr3t!", "P@ssw0rd2024", "correct-horse-7"};
    int n = 0;
    for (const char *key : passwordKeys) {
        for (const char *sep : {"=", ": ", " = "}) {
            const QString value = QString::fromLatin1(passwords[n % 5]);
            addRow(QStringLiteral("%1%2%3").arg(QLatin1String(key), QLatin1String(sep), value),
                   QStringLiteral("%1%2%3").arg(QLatin1String(key), QLatin1String(sep), value), {value});
            ++n;
        }
    }
    const char *const tokenKeys[] = {"token", "secret", "api_key", "apiKey", "API-KEY", "x-api-key", "client_secret",
                                     "GITHUB_TOKEN", "access_token", "auth_token", "SECRET_KEY", "aws_secret_access_key"};
    for (const char *key : tokenKeys) {
        const QString value = randomToken(32, kBase62, quint32(++n));
        addRow(QStringLiteral("%1 config").arg(QLatin1String(key)), QStringLiteral("%1=%2").arg(QLatin1String(key), value), {value});
        addRow(QStringLiteral("%1 yaml").arg(QLatin1String(key)), QStringLiteral("  %1: %2\n  next: 1").arg(QLatin1String(key), value), {value});
        addRow(QStringLiteral("%1 json").arg(QLatin1String(key)),
               QStringLiteral("{\"%1\": \"%2\", \"user\": \"amy\"}").arg(QLatin1String(key), value), {value});
    }
    addRow("hex token value", "token: 3f9a1c0e7b2d4f6a8c1e3b5d7f9a2c4e", {"3f9a1c0e7b2d4f6a8c1e3b5d7f9a2c4e"});
    addRow("quoted password with a space", "password = \"my cat 4ever\"", {"my cat 4ever"});
    addRow("password is, prose", "The wifi password is Bl4ckbird!, ask me", {"Bl4ckbird!"});
    addRow("passwort lautet", "Das Passwort lautet: Sommer2024", {"Sommer2024"});
    addRow("digits password", "pwd=482913", {"482913"});
    const QString awsSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq9Xk2Lm4N");
    addRow("aws credentials file", "[default]\naws_access_key_id = AKIAZ3MSJ5NQXR7TLW2P\naws_secret_access_key = " + awsSecret,
           {"AKIAZ3MSJ5NQXR7TLW2P", awsSecret});
    addRow("aws secret yaml", "  AWS_SECRET_ACCESS_KEY: \"" + awsSecret + "\"", {awsSecret});
    addRow("aws secret 39 is no key", "aws_secret_access_key=" + awsSecret.left(39) + " x", {awsSecret.left(39)});
    addRow("aws secret with a space outside ocr", "aws_secret_access_key=wJal rXUtnFEMI/K7MDENG/bPXxRfiCYzq9Xk2Lm4N", {});
    addRow("api key with a space", "Your API key: 9f2Kd81LmQ03xZ7a (keep it safe)", {"9f2Kd81LmQ03xZ7a"});
    addRow("env file", "DB_HOST=db\nDB_PASSWORD=changeit42\nDB_PORT=5432", {"changeit42"});
    // Masked, placeholders and prose: nothing to hide.
    addRow("masked stars", "Password: ********", {});
    addRow("masked dots", "Password: ••••••••", {});
    addRow("masked x", "password=xxxxxxxx", {});
    addRow("see below", "Password: (see below)", {});
    addRow("angle placeholder", "password=<your-password>", {});
    addRow("env placeholder", "password: ${DB_PASSWORD}", {});
    addRow("shell variable", "PGPASSWORD=$DB_PASS psql", {});
    addRow("command substitution", "token=$(cat ~/.token)", {});
    addRow("dollar password", "password=$ecret9x", {"$ecret9x"});
    addRow("at password", "password: @Home2024", {"@Home2024"});
    addRow("template placeholder", "token: {{ secrets.GITHUB_TOKEN }}", {});
    addRow("your api key", "api_key = YOUR_API_KEY", {});
    addRow("printf placeholder", "password=%s", {});
    addRow("password is incorrect", "The password is incorrect.", {});
    addRow("password word", "Password: required", {});
    addRow("password plain word colon", "Password: forgotten? Reset it", {});
    addRow("token type", "token_type: bearer", {});
    addRow("max tokens", "max_tokens=4096", {});
    addRow("password hint", "password_hint: the cat", {});
    addRow("pwd folder", "PWD=/home/amy/projects\nOLDPWD=/home/amy", {});
    addRow("passwd in nsswitch", "passwd:         files systemd", {});
    addRow("comparison", "if password == \"\": return", {});
    addRow("token short", "Token: 42", {});
    addRow("secret prose", "Secret: the recipe stays in the family", {});
    addRow("passwords plural", "passwords: 3 saved", {});
    addRow("empty", "password=", {});
    addRow("password null", "password: null", {});
}

void TestSecretDetector::assignments()
{
    check();
}

// Credentials in URLs, curl -u, Authorization headers.
void TestSecretDetector::urlsAndHeaders_data()
{
    columns();
    const char *const schemes[] = {"https", "http", "ftp", "postgres", "postgresql", "mysql", "mongodb+srv", "redis",
                                   "amqp", "smtp"};
    int n = 0;
    for (const char *scheme : schemes) {
        const QString user = QStringLiteral("user%1").arg(n);
        const QString pass = randomToken(12, kBase62, quint32(300 + n));
        addRow(QStringLiteral("%1 user and password").arg(QLatin1String(scheme)),
               QStringLiteral("DATABASE_URL: %1://%2:%3@db.internal:5432/app").arg(QLatin1String(scheme), user, pass),
               {user + QLatin1Char(':') + pass});
        addRow(QStringLiteral("%1 masked password").arg(QLatin1String(scheme)),
               QStringLiteral("%1://%2:****@db.internal/app").arg(QLatin1String(scheme), user), {});
        addRow(QStringLiteral("%1 no password").arg(QLatin1String(scheme)),
               QStringLiteral("%1://%2@db.internal/app").arg(QLatin1String(scheme), user), {});
        ++n;
    }
    addRow("redis password only", "redis://:Zq8vLm2Kp4@cache:6379", {"Zq8vLm2Kp4"});
    addRow("url placeholder", "https://user:${PASS}@host.example/", {});
    addRow("url port is no password", "https://host.example:8443/path", {});
    addRow("curl -u", "curl -u admin:S3cr3tPw https://api.example.com", {"admin:S3cr3tPw"});
    const QString bearer = randomToken(40, kBase64Url, 400);
    addRow("authorization bearer", "Authorization: Bearer " + bearer, {bearer});
    addRow("authorization bearer curl", "curl -H \"Authorization: Bearer " + bearer + "\" https://api.example.com",
           {bearer});
    addRow("authorization basic", "Authorization: Basic dXNlcjpwYXNzd29yZA==", {"dXNlcjpwYXNzd29yZA=="});
    addRow("authorization token", "authorization: token 0123456789abcdef0123", {"0123456789abcdef0123"});
    addRow("bearer alone", "use Bearer " + bearer + " for the call", {bearer});
    addRow("bearer prose", "The bearer of this letter is my friend", {});
    addRow("bearer placeholder", "Authorization: Bearer <token>", {});
    addRow("bearer masked", "Authorization: Bearer ****************", {});
    addRow("authorization prose", "Authorization: pending", {});
}

void TestSecretDetector::urlsAndHeaders()
{
    check();
}

// Tokens in query strings: by the parameter's name, or by the look of a long value.
void TestSecretDetector::queryTokens_data()
{
    columns();
    const char *const names[] = {"token", "access_token", "refresh_token", "id_token", "sig", "signature",
                                 "api_key", "apikey", "secret", "X-Amz-Signature", "auth", "client_secret"};
    int n = 0;
    for (const char *name : names) {
        const QString value = randomToken(28, kBase64Url, quint32(500 + n++));
        addRow(QStringLiteral("?%1").arg(QLatin1String(name)),
               QStringLiteral("https://api.example.com/v1/items?%1=%2").arg(QLatin1String(name), value), {value});
        addRow(QStringLiteral("&%1 then more").arg(QLatin1String(name)),
               QStringLiteral("https://example.com/a?page=2&%1=%2&lang=en").arg(QLatin1String(name), value), {value});
    }
    const QString hexToken = QStringLiteral("6a7d01fabd6df9d0");
    addRow("hex token named", "https://example.com/reset?user=amy&token=" + hexToken, {hexToken});
    addRow("uuid token named", "https://example.com/reset?token=550e8400-e29b-41d4-a716-446655440000",
           {"550e8400-e29b-41d4-a716-446655440000"});
    addRow("fragment access token", "https://app.example.com/cb#access_token=" + randomToken(30, kBase62, 9) + "&expires_in=3600",
           {randomToken(30, kBase62, 9)});
    for (int i = 0; i < 8; ++i) {
        const QString value = randomToken(32, kBase62, quint32(600 + i));
        addRow(QStringLiteral("entropy unnamed %1").arg(i),
               QStringLiteral("https://files.example.net/get?f=report.pdf&k%1=%2").arg(i).arg(value), {value});
    }
    // Not tokens: short values, words, ids, hashes, UUIDs under ordinary names.
    addRow("short code", "https://example.com/?code=US", {});
    addRow("page number", "https://example.com/list?page=2&sort=asc", {});
    addRow("uuid id", "https://example.com/orders?id=550e8400-e29b-41d4-a716-446655440000", {});
    addRow("uuid in path", "https://example.com/orders/550e8400-e29b-41d4-a716-446655440000/view", {});
    addRow("search words", "https://www.google.com/search?q=how+to+redact+screenshots+before+sharing", {});
    addRow("slug", "https://blog.example.com/post?slug=why-we-moved-to-rust-in-2024", {});
    addRow("sha256 param", "https://example.com/dl?sha256=9f86d081884c7d659a2feaa0c55ad015a3bf4b1d3a3f7e8c5a6b2d3c4e5f6a7b", {});
    addRow("commit param", "https://github.com/org/repo/commit?id=1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b", {});
    addRow("utm", "https://shop.example.com/?utm_source=newsletter&utm_campaign=spring_sale_2024", {});
    addRow("short session", "https://example.com/?sid=3", {});
    addRow("version param", "https://cdn.example.com/app.js?v=1.2.3", {});
    addRow("masked token", "https://example.com/?token=********", {});
    addRow("placeholder token", "https://example.com/?token=<TOKEN>", {});
}

void TestSecretDetector::queryTokens()
{
    check();
}

// What a terminal, a download page or an order mail shows that is no secret.
void TestSecretDetector::notSecrets_data()
{
    columns();
    // git log, full and one-line.
    for (int i = 0; i < 8; ++i) {
        const QString hash = randomToken(40, kHex, quint32(700 + i));
        addRow(QStringLiteral("git log commit %1").arg(i),
               QStringLiteral("commit %1\nAuthor: Amy Pascal <amy@example.com>\nDate:   Thu Dec 3 05:52:22 2026 +0000\n\n"
                              "    Fix the token parser").arg(hash), {});
        addRow(QStringLiteral("git log oneline %1").arg(i),
               QStringLiteral("%1 Fix the password field\n%2 Merge branch 'secret'")
                   .arg(hash.left(7 + i % 6), randomToken(7 + i % 6, kHex, quint32(800 + i))), {});
    }
    addRow("git log graph", "* a1b2c3d (HEAD -> main, origin/main) Add token rotation\n* 9f8e7d6 Bump version to 2.4.1", {});
    // ls -l.
    addRow("ls -l", "total 48\n-rw-r--r--  1 amy staff  4096 Dec  3 05:52 secrets.env\n"
                    "drwxr-xr-x  5 amy staff   160 Nov 28 10:01 tokens\n-rwx------  1 amy staff 12288 Jan  1  2026 id_ed25519", {});
    addRow("ls -la", "lrwxrwxrwx 1 root root 7 Oct  4 12:00 bin -> usr/bin\n-rw------- 1 amy amy 419 Dec  1 09:13 .npmrc", {});
    for (int i = 0; i < 6; ++i) {
        addRow(QStringLiteral("ls -l row %1").arg(i),
               QStringLiteral("-rw-r--r-- 1 user%1 group %2 Mar %3 1%4:0%5 file_%6.tar.gz")
                   .arg(i).arg(1024 * (i + 1)).arg(i + 1).arg(i).arg(i).arg(randomToken(8, kHex, quint32(900 + i))), {});
    }
    // Checksums, versions, ISBNs, order and tracking numbers.
    addRow("sha256 checksum", "SHA256: 9f86d081884c7d659a2feaa0c55ad015a3bf4b1d3a3f7e8c5a6b2d3c4e5f6a7b  blackout-1.0.tar.gz", {});
    addRow("sha256sum output", "9f86d081884c7d659a2feaa0c55ad015a3bf4b1d3a3f7e8c5a6b2d3c4e5f6a7b  blackout.deb", {});
    addRow("md5 checksum", "MD5 (file.iso) = d41d8cd98f00b204e9800998ecf8427e", {});
    addRow("version", "Version 10.0.19045.1234 (build 22H2)", {});
    addRow("semver", "blackout 1.4.0-rc.2+build.5", {});
    addRow("isbn", "ISBN 978-3-16-148410-0", {});
    addRow("order number", "Order #A1B2-C3D4-E5F6 confirmed", {});
    addRow("tracking", "Tracking number: 1Z999AA10123456784", {});
    addRow("uuid plain", "request id 550e8400-e29b-41d4-a716-446655440000", {});
    addRow("docker digest", "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", {});
    addRow("base64 image", "<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\">", {});
    addRow("ssh known host", "|1|JfKTdBh7rNbXkVAQCRp4OQoPfmI=|USECr3SWf1JUPsms5AqfD5QfxkM= ssh-rsa", {});
    addRow("plain prose", "Please send me the token you received yesterday and the password hint.", {});
    addRow("password reset mail", "Click the link below to reset your password.", {});
    addRow("long word", "Pneumonoultramicroscopicsilicovolcanoconiosis", {});
    addRow("file path", "/usr/lib/x86_64-linux-gnu/libQt6Core.so.6.4.2", {});
    addRow("css class", "class=\"btn btn-primary col-md-6 text-center\"", {});
}

void TestSecretDetector::notSecrets()
{
    check();
}

// Text read by OCR: a space inside a long token is the reading's, not the token's.
void TestSecretDetector::ocrSplits_data()
{
    columns();
    int n = 0;
    for (const Sample &s : vendorSamples()) {
        const QString t = s.token;
        if (t.startsWith(QLatin1String("http")))
            continue;
        // A space at two thirds, after a digit, where a digit or an inner capital follows (otherwise OCR
        // would not split a token differently from prose, and neither can this).
        int firstDigit = 0;
        while (firstDigit < t.size() && !t.at(firstDigit).isDigit())
            ++firstDigit;
        int cut = std::max(int(t.size()) * 2 / 3, firstDigit + 1);
        while (cut < t.size() - 1 && !(t.at(cut).isDigit() || (t.at(cut).isUpper() && t.at(cut + 1).isUpper())))
            ++cut;
        if (cut >= t.size() - 1)
            continue;
        const QString split = t.left(cut) + QLatin1Char(' ') + t.mid(cut);
        addRow(QStringLiteral("ocr %1 #%2").arg(QString::fromLatin1(s.family)).arg(++n),
               QStringLiteral("KEY=%1 next").arg(split), {split});
    }
    addRow("ocr jwt space after a dot",
           "Bearer eyJhbGciOiJIUzI1NiJ9. eyJzdWIiOiJhbXkifQ.Kx9mP2qL7vR4tZ8wN3cB6fY1 https",
           {"eyJhbGciOiJIUzI1NiJ9. eyJzdWIiOiJhbXkifQ.Kx9mP2qL7vR4tZ8wN3cB6fY1"});
    // Read from a terminal screenshot (tests/core/detect: the OCR of a rendered .env listing).
    addRow("ocr space before a joint", "OPENAI_API KEY=sk-proj -Xq8vL2mK9pR4tW7nB3cY6fH1jD5gS0aZeU",
           {"sk-proj -Xq8vL2mK9pR4tW7nB3cY6fH1jD5gS0aZeU"});
    addRow("ocr space before an underscore", "STRIPE SECRET KEY=sk_live _4eC39HqLyjWDarjtT1zdp7dc90z",
           {"sk_live _4eC39HqLyjWDarjtT1zdp7dc90z"});
    addRow("ocr letter of another script", QStringLiteral("ghp_R8x2LqOZpV7mT4nW9cYb3Fk\u0151Hs1Jd5Ga8Ue2 ok"),
           {QStringLiteral("ghp_R8x2LqOZpV7mT4nW9cYb3Fk\u0151Hs1Jd5Ga8Ue2")});
    addRow("ocr space and a letter more in the aws secret", "AWS_SECRET_ACCESS_KEY=wJal rXUtnFEMI/K7MDENG/bPXxRfiCYzq9Xk2Lm4N",
           {"wJal rXUtnFEMI/K7MDENG/bPXxRfiCYzq9Xk2Lm4N"});
    addRow("ocr space in the aws secret", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRf iCYzq9Xk2Lm4N",
           {"wJalrXUtnFEMI/K7MDENG/bPxRf iCYzq9Xk2Lm4N"});
    addRow("ocr space before the scheme colon", "$ psql postgres ://app:S3cretPw9@db. example. com:5432/app",
           {"app:S3cretPw9"});
    addRow("ocr flags are no token", "$ gcc -O2 -std=c++20 -Wall main.cpp -o main", {});
    addRow("ocr password then a word", "DB_PASSWORD=Tr0ub4dor3x Next line", {"Tr0ub4dor3x"});
    addRow("ocr token then a word", "token: 3f9a1c0e7b2d4f6a8c1e3b5d and more", {"3f9a1c0e7b2d4f6a8c1e3b5d"});
    addRow("ocr git oneline", "1a2b3c4d5e6f Merge branch 'secret'\n9f8e7d6c5b4a Fix OCR 2 slips", {});
    addRow("ocr ls -l", "-rw-r--r-- 1 amy staff 4096 Dec 3 05:52 id_ed25519\n-rw-r--r-- 1 amy staff 97 Dec 3 05:52 id_ed25519.pub", {});
    addRow("ocr version list", "Qt 6.4.2 GCC 12.2.0 Linux 6.1.0-18-amd64 X11", {});
}

void TestSecretDetector::ocrSplits()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    SecretDetector detector;
    DetectionContext context;
    context.ocrText = true;
    QCOMPARE(foundTexts(detector, text, context), expected);
}

void TestSecretDetector::certainty()
{
    SecretDetector detector;
    const QString vendor = QStringLiteral("ghp_") + randomToken(36, kBase62, 1);
    const QList<Match> a = detector.find(vendor, {});
    QCOMPARE(a.size(), 1);
    QVERIFY(a.first().certainty >= 0.95);
    const QString unnamed = QStringLiteral("https://x.example/?k=") + randomToken(32, kBase62, 2);
    const QList<Match> b = detector.find(unnamed, {});
    QCOMPARE(b.size(), 1);
    QVERIFY(b.first().certainty < 0.8);
}

void TestSecretDetector::entropy()
{
    QCOMPARE(SecretDetector::entropy(u"aaaa"), 0.0);
    QCOMPARE(SecretDetector::entropy(u"abab"), 1.0);
    QVERIFY(SecretDetector::looksRandom(randomToken(32, kBase62, 3), 24));
    QVERIFY(!SecretDetector::looksRandom(randomToken(40, kHex, 3), 24));
    QVERIFY(!SecretDetector::looksRandom(u"550e8400-e29b-41d4-a716-446655440000", 24));
    QVERIFY(!SecretDetector::looksRandom(u"why-we-moved-to-rust-in-2024", 24));
}

QTEST_GUILESS_MAIN(TestSecretDetector)
#include "test_secretdetector.moc"
