#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes rotated90.pdf: one Letter page with /Rotate 90 and a few Helvetica words, so the text layer
# of a rotated page can be checked against pdftotext -bbox. Plain Python, no library.
import os

words = [(72, 700, 'Rotated page for Blackout'), (72, 660, 'call 555-0142 today'),
         (300, 400, 'alex@rotated.example')]
content = 'BT /F1 14 Tf\n' + ''.join('1 0 0 1 %d %d Tm (%s) Tj\n' % (x, y, t) for x, y, t in words) + 'ET\n'
objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Rotate 90 '
    '/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Length %d >>\nstream\n%sendstream' % (len(content), content),
]
out = b'%PDF-1.4\n'
offsets = []
for i, body in enumerate(objects, 1):
    offsets.append(len(out))
    out += ('%d 0 obj\n%s\nendobj\n' % (i, body)).encode('latin-1')
xref = len(out)
out += ('xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1)).encode()
out += b''.join(b'%010d 00000 n \n' % o for o in offsets)
out += ('trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objects) + 1, xref)).encode()
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'rotated90.pdf'), 'wb').write(out)
