#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the email fixtures of tests/core/document (run from this folder). All content is invented."""
import base64, quopri, struct, zlib


def png(width, height, rgb):
    """A solid-colour PNG, without any imaging library."""
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def b64(data):
    s = base64.b64encode(data).decode()
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def write(name, text):
    with open(name, "wb") as f:
        f.write(text.encode("latin-1") if isinstance(text, str) else text)


# RFC 2047 names (UTF-8 Q and B, ISO-8859-1 Q) and an ISO-8859-1 quoted-printable body with soft breaks.
body = ("Hallo Jürgen,\n\nanbei die Unterlagen für Köln. Meine Nummer: +49 221 5550199.\n"
        "Dieser Satz ist absichtlich sehr lang, damit das Quoted-Printable-Verfahren ihn mit weichen "
        "Zeilenumbrüchen teilt: Donaudampfschifffahrtsgesellschaftskapitän.\n\nGrüße\nRenée\n")
qp = quopri.encodestring(body.encode("latin-1")).decode("ascii")
assert "=\n" in qp
write("headers_latin1_qp.eml",
      "From: =?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?= <juergen.mueller@example.org>\n"
      "To: =?UTF-8?B?Wm/DqyDDh2VsaWs=?= <zoe.celik@example.com>, plain@example.com\n"
      "Cc: =?ISO-8859-1?Q?Ren=E9e_Fran=E7ois?= <renee@example.net>\n"
      "Reply-To: Help Desk <help@example.org>\n"
      "Subject: =?UTF-8?B?R3LDvMOfZSBhdXMgS8O2bG4g4oCT?= Unterlagen\n"
      "Date: Tue, 03 Mar 2020 14:05:09 +0100\n"
      "MIME-Version: 1.0\n"
      "Content-Type: text/plain; charset=ISO-8859-1\n"
      "Content-Transfer-Encoding: quoted-printable\n\n" + qp)

# multipart/mixed > alternative (plain + html) + two attachments.
write("alternative_attachments.eml",
      "From: Alice Example <alice@example.com>\nTo: Bob <bob@example.com>\nSubject: Alternative test\n"
      "Date: Wed, 04 Mar 2020 09:00:00 -0500\nMIME-Version: 1.0\n"
      "Content-Type: multipart/mixed; boundary=\"outer\"\n\n--outer\n"
      "Content-Type: multipart/alternative; boundary=\"alt\"\n\n--alt\n"
      "Content-Type: text/plain; charset=us-ascii\n\nPlainversion only in the text part.\n--alt\n"
      "Content-Type: text/html; charset=us-ascii\n\n<html><body><p>Htmlversion <b>shown</b> here.</p></body></html>\n"
      "--alt--\n--outer\nContent-Type: application/pdf; name=\"report.pdf\"\n"
      "Content-Disposition: attachment; filename=\"report.pdf\"\nContent-Transfer-Encoding: base64\n\n"
      + b64(b"%PDF-1.4 not really a pdf" * 40) + "\n--outer\n"
      "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\n"
      "Content-Disposition: attachment; filename*=UTF-8''Lebenslauf%20M%C3%BCller.docx\n"
      "Content-Transfer-Encoding: base64\n\n" + b64(b"PK" * 100) + "\n--outer--\n")

# HTML only, with what must not be shown or fetched.
write("html_only.eml",
      "From: News <news@example.com>\nTo: reader@example.com\nSubject: HTML only\n"
      "Date: Thu, 05 Mar 2020 10:00:00 +0000\nMIME-Version: 1.0\n"
      "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
      "<html><head><title>Hidden title</title><style>p { color: red }</style>"
      "<script>document.write('Scripttext')</script></head><body>"
      "<p>Hello reader, please call Margaret Hamilton at 555 0100 today.</p>"
      "<p><img src=\"https://tracker.example.com/pixel.gif\" width=\"300\" height=\"40\">"
      "Visit our office at 12 Example Street.</p><table><tr><td>Cell one</td><td>Cell two</td></tr></table>"
      "</body></html>\n")

# multipart/related with a cid image between two paragraphs.
write("cid_image.eml",
      "From: Designer <designer@example.com>\nTo: client@example.com\nSubject: Inline image\n"
      "Date: Fri, 06 Mar 2020 11:00:00 +0200\nMIME-Version: 1.0\n"
      "Content-Type: multipart/related; boundary=\"rel\"\n\n--rel\n"
      "Content-Type: text/html; charset=us-ascii\n\n<p>Above the image.</p>"
      "<p><img src=\"cid:logo.1@example.com\" alt=\"logo\"></p><p>Below the image.</p>\n--rel\n"
      "Content-Type: image/png\nContent-ID: <logo.1@example.com>\nContent-Transfer-Encoding: base64\n\n"
      + b64(png(200, 80, (20, 60, 160))) + "\n--rel--\n")

# A long plain-text mail: several pages.
lines = "\n".join("Line %04d of the long mail keeps going so that wrapping and pages are exercised." % i
                  for i in range(1, 301))
write("long.eml", "From: Writer <writer@example.com>\nTo: reader@example.com\nSubject: Long mail\n"
      "Date: Sat, 07 Mar 2020 12:00:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n"
      + lines + "\nThe very last line.\n")

# An mbox of three messages.
msgs = []
for i, (who, subj) in enumerate([("Ann One <ann@example.com>", "First"), ("Ben Two <ben@example.com>", "Second"),
                                 ("Cy Three <cy@example.com>", "Third")]):
    msgs.append("From sender@example.com Mon Mar  9 10:0%d:00 2020\nFrom: %s\nTo: list@example.com\n"
                "Subject: %s message\nDate: Mon, 09 Mar 2020 10:0%d:00 +0000\n\nBody of message %d.\n"
                ">From here on, an escaped line.\n\n" % (i, who, subj, i, i + 1))
write("three.mbox", "".join(msgs))
