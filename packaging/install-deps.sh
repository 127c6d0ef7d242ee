#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every build and test dependency of Blackout from the distribution's apt, only when missing.
# Idempotent and quick when everything is present. Works as root or, for a normal user, through sudo.
# Knows Debian 12 (bookworm) and Ubuntu 24.04 (noble) package names.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev qt6-image-formats-plugins libgl-dev
  libpoppler-qt6-dev poppler-utils
  libpng-dev libtesseract-dev libleptonica-dev tesseract-ocr tesseract-ocr-eng tesseract-ocr-deu tesseract-ocr-script-latn
  libgmime-3.0-dev
  libphonenumber-dev libprotobuf-dev libicu-dev
  xvfb xauth imagemagick python3 fonts-dejavu-core
  fonts-wqy-zenhei qt6-translations-l10n
  desktop-file-utils appstream dpkg-dev file librsvg2-bin groff-base
  clang libclang-rt-dev
)

distro_id=unknown
if [ -r /etc/os-release ]; then
  # shellcheck disable=SC1091
  distro_id=$(. /etc/os-release && echo "${ID:-unknown}")
fi
case "$distro_id" in
  ubuntu)
    # Ubuntu 24.04 (noble) renamed runtime libraries for 64-bit time_t (libfoo -> libfoo t64) but keeps
    # the -dev and tool names above; it ships no tesseract-ocr-deu in main, so take it from universe.
    command -v add-apt-repository >/dev/null && grep -rqs universe /etc/apt/sources.list* ||
      echo "install-deps: enable the 'universe' component if tesseract-ocr-deu is not found" >&2
    ;;
esac

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${#missing[@]} missing packages: ${missing[*]}"
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: not root and no sudo; install as root: ${missing[*]}" >&2; exit 1; }
  as_root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
