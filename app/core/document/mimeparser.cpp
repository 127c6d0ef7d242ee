// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/mimeparser.h"

#include "document/emailhtmlsanitizer.h"
#include "document/emaillayout.h"

#include <QBuffer>
#include <QHash>
#include <QImageReader>
#include <QLocale>
#include <QRegularExpression>

#include <gmime/gmime.h>

#include <algorithm>
#include <cerrno>
#include <mutex>
#include <optional>

namespace Blackout {

namespace {

void ensureGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

/// Unrefs a GObject when it goes out of scope.
template <typename T>
struct GRef {
    T *p = nullptr;
    explicit GRef(T *ptr) : p(ptr) {}
    ~GRef()
    {
        if (p)
            g_object_unref(p);
    }
    GRef(const GRef &) = delete;
    GRef &operator=(const GRef &) = delete;
};

struct ParserOptions {
    GMimeParserOptions *p;
    QByteArray hint;
    explicit ParserOptions(const QByteArray &charsetHint = {}) : p(g_mime_parser_options_new()), hint(charsetHint)
    {
        // Raw 8-bit headers (RFC 6532 and legacy mailers): UTF-8 first, then the charset the body declares
        // (legacy mailers write headers in it), then the usual Western fallback.
        const char *fallback[] = {"UTF-8", hint.isEmpty() ? "windows-1252" : hint.constData(), "windows-1252", nullptr};
        g_mime_parser_options_set_fallback_charsets(p, fallback);
        g_mime_parser_options_set_rfc2047_compliance_mode(p, GMIME_RFC_COMPLIANCE_LOOSE);
        g_mime_parser_options_set_address_compliance_mode(p, GMIME_RFC_COMPLIANCE_LOOSE);
        g_mime_parser_options_set_parameter_compliance_mode(p, GMIME_RFC_COMPLIANCE_LOOSE);
    }
    ~ParserOptions() { g_mime_parser_options_free(p); }
    ParserOptions(const ParserOptions &) = delete;
    ParserOptions &operator=(const ParserOptions &) = delete;
};

/// The first charset a message declares, when it is a legacy one: the likely charset of raw header bytes.
QByteArray legacyCharsetHint(const QByteArray &data)
{
    static const QRegularExpression re(QStringLiteral("charset\\s*=\\s*\"?([A-Za-z0-9_.:\\-]{2,40})"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromLatin1(data.left(64 * 1024)));
    if (!m.hasMatch())
        return {};
    const QByteArray cs = m.captured(1).toLatin1().toLower();
    if (cs == "utf-8" || cs == "utf8" || cs == "us-ascii" || cs == "ascii")
        return {};
    const char *iconvName = g_mime_charset_iconv_name(cs.constData());
    return iconvName ? QByteArray(iconvName) : QByteArray();
}

QString fromUtf8(const char *s) { return s ? QString::fromUtf8(s).trimmed() : QString(); }

bool isValidUtf8(const QByteArray &bytes) { return g_utf8_validate(bytes.constData(), bytes.size(), nullptr); }

/// Converts to UTF-8 and survives stray bytes: each byte the charset cannot read becomes U+FFFD, so one
/// bad byte does not throw away a whole message. nullopt when iconv does not know the charset or most of
/// the text does not fit it.
std::optional<QString> convert(const QByteArray &bytes, const char *charset)
{
    GIConv cd = g_iconv_open("UTF-8", charset);
    if (cd == reinterpret_cast<GIConv>(-1))
        return std::nullopt;
    QByteArray out;
    out.reserve(bytes.size() * 2);
    char buffer[4096];
    gchar *in = const_cast<gchar *>(bytes.constData());
    gsize inLeft = gsize(bytes.size());
    qsizetype bad = 0;
    while (inLeft > 0) {
        gchar *o = buffer;
        gsize oLeft = sizeof buffer;
        const gsize r = g_iconv(cd, &in, &inLeft, &o, &oLeft);
        out.append(buffer, qsizetype(o - buffer));
        if (r == gsize(-1) && errno != E2BIG) {
            out.append("\xEF\xBF\xBD"); // U+FFFD for the byte that does not fit
            ++in;
            --inLeft;
            ++bad;
            g_iconv(cd, nullptr, nullptr, nullptr, nullptr);
        }
    }
    g_iconv_close(cd);
    if (bad > 8 && bad * 20 > bytes.size())
        return std::nullopt;
    return QString::fromUtf8(out);
}

/// Bytes of a text part as the sender meant them: the declared charset when it fits, else a sane guess.
QString decodeText(const QByteArray &bytes, const QByteArray &declared)
{
    const QByteArray cs = declared.trimmed().toLower();
    const bool utf8 = isValidUtf8(bytes);
    // 8-bit UTF-8 under a us-ascii, missing or single-byte label is common (archives re-encoded to UTF-8,
    // mailers that label everything Latin-1); Latin-1 prose that happens to be valid multi-byte UTF-8 is
    // rare, so validity is the stronger hint. Multi-byte legacy charsets keep their label.
    const bool singleByte = cs.startsWith("iso-8859") || cs.startsWith("iso8859") || cs.startsWith("windows-12") ||
                            cs.startsWith("cp12") || cs.startsWith("latin") || cs.startsWith("koi8");
    if (utf8 && (cs.isEmpty() || singleByte || cs == "us-ascii" || cs == "ascii" || cs == "utf-8" || cs == "utf8"))
        return QString::fromUtf8(bytes);
    if (!cs.isEmpty()) {
        QByteArray name = g_mime_charset_iconv_name(cs.constData());
        // Mailers label windows-1252 text as Latin-1; 1252 is the superset readers expect.
        if (name.toLower() == "iso-8859-1" || name.toLower() == "latin1")
            name = "CP1252";
        if (auto s = convert(bytes, name.constData()))
            return *s;
    }
    if (utf8)
        return QString::fromUtf8(bytes);
    if (auto s = convert(bytes, "CP1252"))
        return *s;
    return QString::fromLatin1(bytes);
}

/// Some mailers label plain text as text/html; Qt would then swallow every <http://...> as an unknown tag.
bool looksLikeHtml(const QString &text)
{
    static const QRegularExpression tag(
        QStringLiteral("<\\s*/?\\s*(?:html|body|head|p|br|div|table|tr|td|span|font|a|b|i|u|img|ul|ol|li|h[1-6]|"
                       "center|blockquote|pre|strong|em|meta|style|hr)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return text.contains(tag);
}

QString personText(const Person &p)
{
    if (p.name.isEmpty() || p.name.compare(p.address, Qt::CaseInsensitive) == 0)
        return p.address;
    if (p.address.isEmpty())
        return p.name;
    return QStringLiteral("%1 <%2>").arg(p.name, p.address);
}

void collectAddresses(InternetAddressList *list, QList<Person> &out, int depth = 0)
{
    if (!list || depth > 8)
        return;
    const int n = internet_address_list_length(list);
    for (int i = 0; i < n; ++i) {
        InternetAddress *ia = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(ia)) {
            collectAddresses(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(ia)), out, depth + 1);
            continue;
        }
        Person p;
        p.name = fromUtf8(internet_address_get_name(ia));
        if (INTERNET_ADDRESS_IS_MAILBOX(ia))
            p.address = fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia)));
        if (p.name.size() > 1 && p.name.startsWith(QLatin1Char('"')) && p.name.endsWith(QLatin1Char('"')))
            p.name = p.name.mid(1, p.name.size() - 2);
        if (!p.name.isEmpty() || !p.address.isEmpty())
            out.append(p);
    }
}

QString contentType(GMimeObject *obj)
{
    GMimeContentType *ct = g_mime_object_get_content_type(obj);
    if (!ct)
        return QStringLiteral("text/plain");
    gchar *mime = g_mime_content_type_get_mime_type(ct);
    QString s = QString::fromUtf8(mime).toLower();
    g_free(mime);
    return s;
}

bool isAttachment(GMimeObject *obj)
{
    const char *d = g_mime_object_get_disposition(obj);
    return d && g_ascii_strcasecmp(d, "attachment") == 0;
}

/// Walks one message tree and writes the page's HTML. All GMime access happens here.
class Walker {
public:
    explicit Walker(const LoadOptions &limits) : m_limits(limits) {}

    std::optional<Error> error() const { return m_error; }
    QList<QImage> takeImages() { return std::move(m_images); }
    const QList<Person> &nestedPeople() const { return m_nestedPeople; }

    /// First pass: checks the caps and registers every part with a Content-ID as an inline image.
    void scan(GMimeObject *obj, int depth)
    {
        if (!obj || m_error)
            return;
        if (depth > m_limits.maxMimeDepth) {
            fail(ErrorCode::LimitExceeded,
                 MimeParser::tr("The email is nested more than %1 levels deep, the limit for one message.")
                     .arg(m_limits.maxMimeDepth),
                 Limit::MimeDepth);
            return;
        }
        if (++m_partCount > m_limits.maxMimeParts) {
            fail(ErrorCode::LimitExceeded,
                 MimeParser::tr("The email has more than %1 parts, the limit for one message.").arg(m_limits.maxMimeParts),
                 Limit::MimeParts);
            return;
        }
        if (GMIME_IS_MULTIPART(obj)) {
            GMimeMultipart *mp = GMIME_MULTIPART(obj);
            const int n = g_mime_multipart_get_count(mp);
            for (int i = 0; i < n && !m_error; ++i)
                scan(g_mime_multipart_get_part(mp, i), depth + 1);
        } else if (GMIME_IS_MESSAGE_PART(obj)) {
            GMimeMessage *m = g_mime_message_part_get_message(GMIME_MESSAGE_PART(obj));
            if (m)
                scan(g_mime_message_get_mime_part(m), depth + 1);
        } else if (GMIME_IS_PART(obj)) {
            GMimePart *part = GMIME_PART(obj);
            const char *cid = g_mime_part_get_content_id(part);
            if (cid && contentType(obj).startsWith(QLatin1String("image/")) && !m_partImage.contains(part)) {
                const int index = decodeImage(part);
                m_partImage.insert(part, index);
                if (index >= 0)
                    m_cids.insert(EmailHtmlSanitizer::normaliseCid(QString::fromUtf8(cid)), index);
            }
        }
    }

    QString headerBlock(GMimeMessage *msg, EmailContent *content)
    {
        QList<Person> from, to, cc, replyTo, sender, bcc;
        collectAddresses(g_mime_message_get_from(msg), from);
        collectAddresses(g_mime_message_get_to(msg), to);
        collectAddresses(g_mime_message_get_cc(msg), cc);
        collectAddresses(g_mime_message_get_reply_to(msg), replyTo);
        collectAddresses(g_mime_message_get_sender(msg), sender);
        collectAddresses(g_mime_message_get_bcc(msg), bcc);
        const QString subject = fromUtf8(g_mime_message_get_subject(msg)).simplified();
        // The Date header as written keeps the sender's own time zone and shows absurd dates honestly.
        const QString date = fromUtf8(g_mime_object_get_header(GMIME_OBJECT(msg), "Date")).simplified();
        if (!content) {
            // People in a forwarded message's headers are on the page too.
            for (const auto *list : {&from, &to, &cc, &replyTo, &sender, &bcc})
                m_nestedPeople += *list;
        } else {
            content->subject = subject;
            content->date = date;
            content->from = from.isEmpty() ? QString() : personText(from.first());
            for (const auto *list : {&from, &to, &cc, &replyTo, &sender, &bcc})
                content->people += *list;
        }
        QString html = QStringLiteral("<div>");
        auto row = [&html](const QString &label, const QString &value) {
            if (value.isEmpty())
                return;
            html += QStringLiteral("<p style=\"margin-top:0; margin-bottom:4px\"><b>%1</b> %2</p>")
                        .arg(label.toHtmlEscaped(), EmailHtmlSanitizer::keepAddressesWhole(value).toHtmlEscaped());
        };
        auto people = [](const QList<Person> &list) {
            QStringList parts;
            for (const Person &p : list)
                parts << personText(p);
            return parts.join(QLatin1String(", "));
        };
        row(MimeParser::tr("From:"), people(from));
        if (!sender.isEmpty() && people(sender) != people(from))
            row(MimeParser::tr("Sender:"), people(sender));
        row(MimeParser::tr("To:"), people(to));
        row(MimeParser::tr("Cc:"), people(cc));
        row(MimeParser::tr("Bcc:"), people(bcc));
        if (people(replyTo) != people(from))
            row(MimeParser::tr("Reply-To:"), people(replyTo));
        row(MimeParser::tr("Date:"), date);
        row(MimeParser::tr("Subject:"), subject);
        html += QStringLiteral("</div><hr>");
        return html;
    }

    QString message(GMimeMessage *msg, int depth, EmailContent *content)
    {
        QString html = headerBlock(msg, content);
        QStringList attachments;
        html += body(g_mime_message_get_mime_part(msg), depth, attachments, false);
        if (!attachments.isEmpty()) {
            html += QStringLiteral("<hr><p style=\"margin-bottom:4px\"><b>%1</b></p>")
                        .arg(MimeParser::tr("Attachments:").toHtmlEscaped());
            for (const QString &a : attachments)
                html += QStringLiteral("<p style=\"margin-top:0; margin-bottom:2px\">%1</p>").arg(a.toHtmlEscaped());
        }
        return html;
    }

private:
    void fail(ErrorCode code, const QString &message, Limit limit)
    {
        if (!m_error)
            m_error = Error{code, message, limit};
    }

    QByteArray decoded(GMimePart *part)
    {
        GMimeDataWrapper *wrapper = g_mime_part_get_content(part);
        if (!wrapper)
            return {};
        GRef<GMimeStream> mem(g_mime_stream_mem_new());
        g_mime_data_wrapper_write_to_stream(wrapper, mem.p);
        GByteArray *array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem.p));
        QByteArray bytes(reinterpret_cast<const char *>(array->data), qsizetype(array->len));
        account(bytes.size());
        return bytes;
    }

    qint64 decodedSize(GMimePart *part)
    {
        GMimeDataWrapper *wrapper = g_mime_part_get_content(part);
        if (!wrapper)
            return 0;
        GRef<GMimeStream> null(g_mime_stream_null_new());
        const gint64 n = g_mime_data_wrapper_write_to_stream(wrapper, null.p);
        return n > 0 ? n : 0;
    }

    void account(qint64 bytes)
    {
        m_decodedBytes += bytes;
        if (m_decodedBytes > m_limits.maxMessageBytes)
            fail(ErrorCode::TooLarge, MimeParser::tr("The email's decoded content is larger than %1 MB, the limit "
                                                     "for one message.")
                                          .arg(m_limits.maxMessageBytes >> 20),
                 Limit::MessageSize);
    }

    int decodeImage(GMimePart *part)
    {
        const QByteArray bytes = decoded(part);
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        const QSize size = reader.size();
        if (!size.isValid() || qint64(size.width()) * size.height() > m_limits.maxImagePixels)
            return -1;
        QImage image = reader.read();
        if (image.isNull())
            return -1;
        m_images.append(image);
        return int(m_images.size() - 1);
    }

    QString attachmentLine(GMimeObject *obj, qint64 size)
    {
        QString name;
        if (GMIME_IS_PART(obj))
            name = fromUtf8(g_mime_part_get_filename(GMIME_PART(obj)));
        if (name.isEmpty())
            name = MimeParser::tr("unnamed %1").arg(contentType(obj));
        return QStringLiteral("%1 (%2)").arg(name, QLocale::c().formattedDataSize(size, 1));
    }

    static bool containsHtml(GMimeObject *obj, int depth = 0)
    {
        if (depth > 8 || !obj)
            return false;
        if (GMIME_IS_MULTIPART(obj)) {
            GMimeMultipart *mp = GMIME_MULTIPART(obj);
            for (int i = 0; i < g_mime_multipart_get_count(mp); ++i)
                if (containsHtml(g_mime_multipart_get_part(mp, i), depth + 1))
                    return true;
            return false;
        }
        return GMIME_IS_PART(obj) && contentType(obj) == QLatin1String("text/html") && !isAttachment(obj);
    }

    QString body(GMimeObject *obj, int depth, QStringList &attachments, bool inRelated)
    {
        if (!obj || m_error || depth > m_limits.maxMimeDepth)
            return {};
        if (GMIME_IS_MULTIPART_ENCRYPTED(obj))
            return QStringLiteral("<p><i>%1</i></p>").arg(MimeParser::tr("[Encrypted content, not shown]"));
        if (GMIME_IS_MULTIPART(obj)) {
            GMimeMultipart *mp = GMIME_MULTIPART(obj);
            const int n = g_mime_multipart_get_count(mp);
            const QString type = contentType(obj);
            if (n == 0)
                return {};
            if (type == QLatin1String("multipart/alternative")) {
                // The richest version the sender wrote: the last html alternative, else the last one.
                int chosen = n - 1;
                for (int i = n - 1; i >= 0; --i) {
                    if (containsHtml(g_mime_multipart_get_part(mp, i))) {
                        chosen = i;
                        break;
                    }
                }
                return body(g_mime_multipart_get_part(mp, chosen), depth + 1, attachments, false);
            }
            if (type == QLatin1String("multipart/signed"))
                return body(g_mime_multipart_get_part(mp, 0), depth + 1, attachments, false);
            if (type == QLatin1String("multipart/related")) {
                int root = 0;
                const QString start = EmailHtmlSanitizer::normaliseCid(
                    fromUtf8(g_mime_object_get_content_type_parameter(obj, "start")));
                for (int i = 0; !start.isEmpty() && i < n; ++i) {
                    GMimeObject *child = g_mime_multipart_get_part(mp, i);
                    const char *cid = GMIME_IS_PART(child) ? g_mime_part_get_content_id(GMIME_PART(child)) : nullptr;
                    if (cid && EmailHtmlSanitizer::normaliseCid(QString::fromUtf8(cid)) == start)
                        root = i;
                }
                QString html = body(g_mime_multipart_get_part(mp, root), depth + 1, attachments, false);
                for (int i = 0; i < n; ++i)
                    if (i != root)
                        html += body(g_mime_multipart_get_part(mp, i), depth + 1, attachments, true);
                return html;
            }
            QString html;
            for (int i = 0; i < n; ++i)
                html += body(g_mime_multipart_get_part(mp, i), depth + 1, attachments, false);
            return html;
        }
        if (GMIME_IS_MESSAGE_PART(obj)) {
            GMimeMessage *m = g_mime_message_part_get_message(GMIME_MESSAGE_PART(obj));
            if (!m)
                return {};
            // A forwarded message stays readable: its headers and body inline, framed by a title.
            return QStringLiteral("<p style=\"margin-top:12px\"><b>%1</b></p>")
                       .arg(MimeParser::tr("Attached message:").toHtmlEscaped()) +
                   message(m, depth + 1, nullptr) + QStringLiteral("<hr>");
        }
        if (!GMIME_IS_PART(obj))
            return {};
        GMimePart *part = GMIME_PART(obj);
        const QString type = contentType(obj);
        if (type.startsWith(QLatin1String("image/")) && !isAttachment(obj)) {
            if (inRelated && g_mime_part_get_content_id(part))
                return {}; // shown where the html refers to it
            int index = m_partImage.value(part, -2);
            if (index == -2) {
                index = decodeImage(part);
                m_partImage.insert(part, index);
            }
            // A named picture shown in the flow is still a file that travels with the mail: list it too.
            if (index >= 0 && g_mime_part_get_filename(part))
                attachments << attachmentLine(obj, decodedSize(part));
            if (index >= 0)
                return QStringLiteral("<p>%1</p>").arg(EmailHtmlSanitizer::imageTag(
                    index, m_images.at(index).size(), EmailLayout::contentWidth()));
        }
        const bool text = type.startsWith(QLatin1String("text/")) || type == QLatin1String("message/delivery-status") ||
                          type == QLatin1String("message/disposition-notification");
        if (!text || isAttachment(obj) || type == QLatin1String("text/x-vcard") || type == QLatin1String("text/vcard") ||
            type == QLatin1String("text/calendar")) {
            if (inRelated && g_mime_part_get_content_id(part))
                return {};
            const qint64 size = decodedSize(part);
            account(size);
            attachments << attachmentLine(obj, size);
            return {};
        }
        const QByteArray charset = g_mime_object_get_content_type_parameter(obj, "charset");
        QString content = decodeText(decoded(part), charset);
        if (type == QLatin1String("text/html") && looksLikeHtml(content))
            return EmailHtmlSanitizer::sanitize(content, m_cids, m_images, EmailLayout::contentWidth());
        const char *format = g_mime_object_get_content_type_parameter(obj, "format");
        if (format && g_ascii_strcasecmp(format, "flowed") == 0)
            content = unflow(content);
        return EmailHtmlSanitizer::plainToHtml(content);
    }

    /// RFC 3676: a line ending in a space continues on the next one (the signature separator excepted).
    static QString unflow(const QString &text)
    {
        const QStringList lines = QString(text).replace(QLatin1String("\r\n"), QLatin1String("\n")).split(QLatin1Char('\n'));
        QString out;
        for (const QString &line : lines) {
            out += line;
            if (!line.endsWith(QLatin1Char(' ')) || line == QLatin1String("-- "))
                out += QLatin1Char('\n');
        }
        return out;
    }

    LoadOptions m_limits;
    std::optional<Error> m_error;
    int m_partCount = 0;
    qint64 m_decodedBytes = 0;
    QList<QImage> m_images;
    QHash<QString, int> m_cids;
    QHash<GMimePart *, int> m_partImage;
    QList<Person> m_nestedPeople;
};

void appendUnique(QList<Person> &people, const QList<Person> &more)
{
    for (const Person &p : more) {
        const bool known = std::any_of(people.cbegin(), people.cend(), [&p](const Person &q) {
            return q.name == p.name && q.address.compare(p.address, Qt::CaseInsensitive) == 0;
        });
        if (!known)
            people.append(p);
    }
}

bool hasEmailHeaders(GMimeMessage *msg)
{
    static const char *known[] = {"From", "To", "Subject", "Date", "Message-ID", "Received", "Content-Type",
                                  "MIME-Version", "Return-Path", "Sender", "Cc", "Delivered-To", "Reply-To"};
    for (const char *h : known)
        if (g_mime_object_get_header(GMIME_OBJECT(msg), h))
            return true;
    return false;
}

Result<EmailContent> convertMessage(GMimeMessage *msg, const LoadOptions &limits)
{
    if (!msg || !hasEmailHeaders(msg))
        return Error{ErrorCode::UnsupportedFormat, MimeParser::tr("This is not an email: no headers found.")};
    Walker walker(limits);
    walker.scan(g_mime_message_get_mime_part(msg), 0);
    EmailContent content;
    if (!walker.error())
        content.html = walker.message(msg, 0, &content);
    if (auto e = walker.error())
        return *e;
    // Beyond this a message is a log or a bomb, not mail: laying it out would take minutes.
    constexpr qsizetype kMaxHtmlChars = 16 << 20;
    if (content.html.size() > kMaxHtmlChars)
        return Error{ErrorCode::TooLarge, MimeParser::tr("The email's text is longer than %1 million characters, "
                                                         "the limit for one message.")
                                              .arg(kMaxHtmlChars >> 20)};
    QList<Person> people;
    appendUnique(people, content.people);
    appendUnique(people, walker.nestedPeople());
    content.people = people;
    content.images = walker.takeImages();
    return content;
}

} // namespace

Result<EmailContent> MimeParser::parseMessage(const QByteArray &data, const LoadOptions &limits)
{
    static const QByteArray ole2("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    if (data.startsWith(ole2))
        return Error{ErrorCode::UnsupportedFormat,
                     tr("This is an Outlook .msg file, not a MIME email: save it as .eml first.")};
    if (data.trimmed().isEmpty())
        return Error{ErrorCode::Damaged, tr("The email is empty.")};
    // Saved mails sometimes begin with blank lines or with the mbox "From " line of the mailbox they came
    // from; neither makes them something else than one message.
    qsizetype start = 0;
    while (start < data.size() && (data.at(start) == '\r' || data.at(start) == '\n' || data.at(start) == ' ' ||
                                   data.at(start) == '\t'))
        ++start;
    if (QByteArrayView(data).sliced(start).startsWith("From ")) {
        auto messages = parseMbox(data.mid(start), limits);
        if (!messages)
            return messages.error();
        return messages.value().first();
    }
    if (start > 0)
        return parseMessage(data.mid(start), limits);
    ensureGMime();
    GRef<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(data.constData(), size_t(data.size())));
    GRef<GMimeParser> parser(g_mime_parser_new_with_stream(stream.p));
    g_mime_parser_set_format(parser.p, GMIME_FORMAT_MESSAGE);
    ParserOptions options(legacyCharsetHint(data));
    GRef<GMimeMessage> msg(g_mime_parser_construct_message(parser.p, options.p));
    return convertMessage(msg.p, limits);
}

Result<QList<EmailContent>> MimeParser::parseMbox(const QByteArray &data, const LoadOptions &limits)
{
    if (!data.startsWith("From "))
        return Error{ErrorCode::UnsupportedFormat, tr("This is not an mbox file: it does not start with a \"From \" line.")};
    // GMime holds a message in memory several times over while parsing it (a 1 GB message took 8 GB and
    // a minute before the decoded-size limit could speak): refuse an oversized message before parsing.
    for (qsizetype start = 0; start < data.size();) {
        const qsizetype next = data.indexOf("\nFrom ", start);
        const qsizetype end = next < 0 ? data.size() : next + 1;
        if (end - start > limits.maxMessageBytes)
            return Error{ErrorCode::TooLarge,
                         tr("A message in the mbox is larger than %1 MB, the limit for one message.")
                             .arg(limits.maxMessageBytes >> 20),
                         Limit::MessageSize};
        start = end;
    }
    ensureGMime();
    GRef<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(data.constData(), size_t(data.size())));
    GRef<GMimeParser> parser(g_mime_parser_new_with_stream(stream.p));
    g_mime_parser_set_format(parser.p, GMIME_FORMAT_MBOX);
    ParserOptions options;
    QList<EmailContent> messages;
    while (!g_mime_parser_eos(parser.p)) {
        // Every message makes at least one page: those past the page cap would never be shown.
        if (limits.maxPages > 0 && messages.size() >= limits.maxPages)
            break;
        GRef<GMimeMessage> msg(g_mime_parser_construct_message(parser.p, options.p));
        if (!msg.p)
            break;
        auto content = convertMessage(msg.p, limits);
        if (!content && content.error().code == ErrorCode::UnsupportedFormat)
            continue; // a stray "From " line inside a body makes a headerless fragment: not a message
        if (!content)
            return content.error();
        messages.append(std::move(content).value());
    }
    if (messages.isEmpty())
        return Error{ErrorCode::Damaged, tr("The mbox file holds no messages.")};
    return messages;
}

} // namespace Blackout
