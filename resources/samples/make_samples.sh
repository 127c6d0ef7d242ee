#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates invoice-dispute.pdf, webmail-screenshot.png and webmail-screenshot.txt in this folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
g++ -std=c++20 -fPIC -O1 -o "$tmp/make_samples" "$here/make_samples.cpp" $(pkg-config --cflags --libs Qt6Gui)
"$tmp/make_samples" "$here"
