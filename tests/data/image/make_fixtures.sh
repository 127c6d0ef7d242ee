#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the image fixtures of test_imagedocument (ImageMagick and Python 3 only).
set -eu
cd "$(dirname "$0")"
# 40x20 stored pixels, left half red, right half blue, tagged Orientation=6 (RightTop): a viewer shows
# 20x40 with red on top.
convert -size 20x20 xc:red -size 20x20 xc:blue +append -quality 95 exif_plain.jpg
# ImageMagick writes no EXIF block for a fresh image, so insert a minimal APP1 Exif (IFD0 with only
# Orientation) after the SOI marker.
python3 - <<'PY'
import struct
tiff = b'MM\0\x2a' + struct.pack('>I', 8) + struct.pack('>H', 1) + struct.pack('>HHIHH', 0x0112, 3, 1, 6, 0) + struct.pack('>I', 0)
app1 = b'Exif\0\0' + tiff
jpeg = open('exif_plain.jpg', 'rb').read()
open('exif_righttop.jpg', 'wb').write(jpeg[:2] + b'\xff\xe1' + struct.pack('>H', len(app1) + 2) + app1 + jpeg[2:])
PY
rm exif_plain.jpg
# Three pages of different colours and sizes.
convert -size 30x20 xc:red -size 31x21 xc:lime -size 32x22 xc:blue -compress lzw multipage.tif
# An animation: only the first (red) frame is a page.
convert -delay 10 -size 12x10 xc:red -size 12x10 xc:blue animated.gif
# Fully transparent: flattened onto white.
convert -size 16x8 xc:none transparent.png
convert -size 17x9 xc:green green.webp
convert -size 18x10 xc:green green.bmp
convert -size 19x11 xc:green green.png
# The first half of a valid PNG.
convert -size 64x64 plasma:fractal -seed 1 noise.png 2>/dev/null || convert -size 64x64 xc:gray noise.png
head -c $(( $(stat -c %s noise.png) / 2 )) noise.png > truncated.png
rm noise.png
# A decompression bomb: a header claiming 60000x60000 RGB and a tiny IDAT.
python3 - <<'PY'
import struct, zlib
def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
ihdr = struct.pack('>IIBBBBB', 60000, 60000, 8, 2, 0, 0, 0)
idat = zlib.compress(b'\0' * (1 + 60000 * 3) * 4, 9)
open('bomb_60000x60000.png', 'wb').write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', ihdr) + chunk(b'IDAT', idat) + chunk(b'IEND', b''))
PY
