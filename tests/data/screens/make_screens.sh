#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes tests/data/screens/files/*/*.png: screenshots of real Debian 12 programs under Xvfb + openbox,
# showing made-up people and data (every name, address and number here is invented).
#   sudo ./make_screens.sh [program ...]     programs: gitk xterm hexchat claws calc writer (default: all)
# Installs what it needs with apt (root). The truth (truth.json) is made afterwards by locate_truth.py from
# truth_spec.json (tesseract TSV as a guide, boxes checked by eye and fixed by hand in the spec).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$HERE/files
WORK=${WORK:-/tmp/blackout-screens}
DISP=${DISP:-77}
export DISPLAY=:$DISP LC_ALL=C.UTF-8 LANG=C.UTF-8 TZ=UTC NO_AT_BRIDGE=1

need() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
}
need xvfb openbox xdotool imagemagick optipng x11-utils fonts-dejavu-core fonts-liberation2 \
  gnome-themes-extra adwaita-icon-theme xfonts-base dbus-x11

# start_x W H: a fresh home, Xvfb and openbox that maximises every window.
start_x() {
  local w=$1 h=$2
  rm -rf "$WORK/home" && mkdir -p "$WORK/home/.config/openbox"
  export HOME=$WORK/home XDG_CONFIG_HOME=$WORK/home/.config XDG_RUNTIME_DIR=$WORK/home/run
  mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
  sed -e 's#</applications>#<application class="*"><maximized>yes</maximized><decor>yes</decor></application></applications>#' \
    /etc/xdg/openbox/rc.xml > "$HOME/.config/openbox/rc.xml"
  Xvfb ":$DISP" -screen 0 "${w}x${h}x24" -nolisten tcp -dpi 96 >/dev/null 2>&1 &
  XPID=$!
  for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
  xsetroot -solid '#3a4a5a'
  openbox --config-file "$HOME/.config/openbox/rc.xml" >/dev/null 2>&1 &
  WMPID=$!
  sleep 1
}
stop_x() {
  [ -n "${XPID:-}" ] || return 0
  kill "${APPPID:-}" 2>/dev/null || true
  sleep 0.5
  kill "$WMPID" "$XPID" 2>/dev/null || true
  wait "$XPID" 2>/dev/null || true
  APPPID= XPID=
}
# wait_win NAME: waits until a window whose name matches is mapped, and focuses it.
wait_win() {
  local id=
  for _ in $(seq 120); do
    id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -n1) && [ -n "$id" ] && break
    sleep 0.5
  done
  [ -n "$id" ] || { echo "no window '$1'" >&2; return 1; }
  xdotool windowactivate --sync "$id" 2>/dev/null || true
  WIN=$id
}
# shot FILE: the whole screen, without metadata, optimised.
shot() {
  mkdir -p "$(dirname "$OUT/$1")"
  sleep 1
  import -window root -strip "png24:$OUT/$1"
  optipng -quiet -o2 -strip all "$OUT/$1"
  echo "made $1 ($(stat -c %s "$OUT/$1") bytes)"
}

# ---------------------------------------------------------------- gitk: commit list of a throwaway repo
make_gitk() {
  need gitk git
  local repo=$WORK/repo
  rm -rf "$repo" && mkdir -p "$repo" && cd "$repo"
  git init -q -b main .
  git config user.name "Build Bot" && git config user.email "ci@example.invalid"
  commit() { # author email date message
    echo "$4" >> CHANGES.txt
    git add CHANGES.txt
    GIT_AUTHOR_NAME="$1" GIT_AUTHOR_EMAIL="$2" GIT_AUTHOR_DATE="$3" \
      GIT_COMMITTER_NAME="$1" GIT_COMMITTER_EMAIL="$2" GIT_COMMITTER_DATE="$3" git commit -q -m "$4"
  }
  commit "Priya Raghunathan" "priya.raghunathan@quillmail.in" "2024-03-04 09:12:00 +0530" "Initial import of the parser"
  commit "Jürgen Weißmüller" "j.weissmueller@posteo.de" "2024-03-05 14:40:00 +0100" "Fix crash when the header is empty (#412)"
  commit "Lotte van der Berg" "lotte.vdberg@kpnmail.nl" "2024-03-07 11:03:00 +0100" "Bump version to 2.14.1"
  commit "Katarzyna Wójcik" "kasia.wojcik@onet.pl" "2024-03-11 16:25:00 +0100" "Add Polish translation; review by Mark"
  commit "David J. Bradford" "dbradford@harrowgate.co.uk" "2024-03-12 10:00:00 +0000" "Merge branch 'release-2.14'"
  commit "Bjørn Åkesson" "bjorn.akesson@fjordpost.no" "2024-03-14 08:47:00 +0100" "Grace period for expired tokens is now 30 days"
  commit "Venkatesh Subramanian" "venkat.s@tatvamail.in" "2024-03-15 19:30:00 +0530" "Speed up search in large folders"
  commit "María José Fernández Ruiz" "mjfernandez@correo-sur.es" "2024-03-18 12:15:00 +0100" "See ticket ORD-58213 for the upload limit"
  commit "Hannah Okafor" "hannah.okafor@lagosbridge.ng" "2024-03-20 15:55:00 +0100" "Document the May 2024 release plan"
  git tag v2.14.1 HEAD~6
  # gitk remembers its geometry here; wide columns so names are not cut.
  mkdir -p "$HOME/.config/git"
  printf 'set geometry(main) 1280x770+0+0\nset geometry(state) normal\nset geometry(topwidth) 1280\nset geometry(topheight) 300\nset geometry(pwsash0) "640 1"\nset geometry(pwsash1) "990 1"\nset geometry(botwidth) 800\nset geometry(botheight) 440\n' > "$HOME/.config/git/gitk"
  gitk --all >/dev/null 2>&1 &
  APPPID=$!
  wait_win "gitk"
  sleep 3
}
gitk_all() {
  start_x 1280 800; make_gitk; shot gitk/gitk-light-1280x800.png; stop_x
}

# ---------------------------------------------------------------- xterm: a shell session
make_session() {
  mkdir -p "$WORK/Dokumente" && cd "$WORK/Dokumente" && rm -f ./*
  for f in "Lebenslauf_Anna-Lena_Schmidt.pdf:48213:2024-03-18 09:14" "Rechnung_RE-2024-0815.pdf:120044:2024-05-02 17:01" \
    "Vertrag_Przemyslaw_Zielinski_signed.pdf:9120:2024-04-30 11:22" "Reisekosten_Q1_2024.xlsx:23890:2024-04-02 08:05" \
    "notes-from-Sofia-Castillo.txt:1833:2024-05-06 16:48"; do
    head -c "$(echo "$f" | cut -d: -f2)" /dev/zero > "${f%%:*}"
    touch -d "$(echo "$f" | cut -d: -f3-)" "${f%%:*}"
  done
  cat > "$WORK/session.sh" <<'S'
p() { printf '\033[1;32mdev@fjell\033[0m:\033[1;34m%s\033[0m$ %s\n' "$1" "$2"; }
cd "$1/repo"
p '~/repo' 'git log -2 --stat=60'
git --no-pager log -2 --stat=60 --date=rfc | cat
cd "$1/Dokumente"
p '~/Dokumente' 'ls -l'
ls -l --time-style='+%b %e %H:%M' | sed 's/ root root / dev  dev  /'
p '~/Dokumente' 'getent passwd sohara mlindqvist'
echo "sohara:x:1004:1004:SIOBHAN O'HARA,Room 4.12,+353 1 555 0142,:/home/sohara:/bin/bash"
echo "mlindqvist:x:1005:1005:Marcus Lindqvist,,+46 70 123 45 67,:/home/mlindqvist:/bin/zsh"
p '~/Dokumente' 'tail -n 3 /var/log/auth.log'
echo "May 14 09:31:02 fjell sshd[2291]: Accepted publickey for sohara from 203.0.113.77 port 51122 ssh2"
echo "May 14 09:31:02 fjell sshd[2291]: pam_unix(sshd:session): session opened for user sohara(uid=1004)"
echo "May 14 09:44:19 fjell sudo: mlindqvist : TTY=pts/2 ; PWD=/home/mlindqvist ; COMMAND=/usr/bin/apt upgrade"
p '~/Dokumente' ''
sleep 600
S
}
xterm_all() {
  need xterm git
  [ -d "$WORK/repo" ] || { start_x 1280 800; make_gitk; stop_x; }
  make_session
  start_x 1280 800
  xterm -T "dev@fjell: ~/Dokumente" -fa 'DejaVu Sans Mono' -fs 10 -bg white -fg black -geometry 150x45 \
    -e bash "$WORK/session.sh" "$WORK" &
  APPPID=$!; wait_win "dev@fjell"; sleep 2
  shot xterm/xterm-light-1280x800.png; stop_x
  start_x 1600 1000
  xterm -T "dev@fjell: ~/Dokumente" -fa 'DejaVu Sans Mono' -fs 14 -bg '#1e1e1e' -fg '#d0d0d0' -geometry 150x45 \
    -e bash "$WORK/session.sh" "$WORK" &
  APPPID=$!; wait_win "dev@fjell"; sleep 2
  shot xterm/xterm-dark-big-1600x1000.png; stop_x
}

# ---------------------------------------------------------------- hexchat: a channel, fed with /recv (no network)
hexchat_all() {
  hexchat_run; shot hexchat/hexchat-light-1280x800.png; stop_x; kill "$IRCDPID" 2>/dev/null || true
}
hexchat_run() {
  need hexchat
  start_x 1280 800
  mkdir -p "$HOME/.config/hexchat"
  cat > "$HOME/.config/hexchat/hexchat.conf" <<'C'
version = 2.16.1
irc_nick1 = ingrid_sh
irc_nick2 = ingrid_sh_
irc_user_name = isolberg
irc_real_name = Ingrid Solberg-Haugen
gui_slist_skip = 1
gui_join_dialog = 0
gui_tab_server = 0
irc_who_join = 0
stamp_text = 1
stamp_text_format = %H:%M
text_font = Monospace 10
text_font_main = Monospace 10
C
  hexchat -a -n >/dev/null 2>&1 &
  APPPID=$!
  sleep 4
  xdotool key Return   # "running IRC as root" warning, when made as root
  wait_win "HexChat"
  sleep 1
  python3 "$HERE/fake_ircd.py" 16667 "$HERE/hexchat_script.irc" &
  IRCDPID=$!
  sleep 0.5
  xdotool type --delay 5 "/server 127.0.0.1 16667"
  xdotool key Return
  sleep 8
}

# ---------------------------------------------------------------- claws-mail: inbox of a local MH mailbox
claws_run() { # extra environment is passed by the caller
  need claws-mail
  mkdir -p "$HOME/.claws-mail" "$HOME/Mail"
  for f in inbox outbox draft queue trash; do mkdir -p "$HOME/Mail/$f"; done
  for m in "$HERE"/mail/*.eml; do cp "$m" "$HOME/Mail/inbox/$(basename "$m" .eml)"; done
  cat > "$HOME/.claws-mail/accountrc" <<'C'
[Account: 1]
account_name=ingrid.solberg-haugen@fjellpost.no
is_default=1
name=Ingrid Solberg-Haugen
address=ingrid.solberg-haugen@fjellpost.no
protocol=6
receive_server=
smtp_server=
C
  cat > "$HOME/.claws-mail/folderlist.xml" <<'C'
<?xml version="1.0" encoding="UTF-8"?>
<folderlist>
<folder type="mh" name="Mailbox" path="Mail" collapsed="0">
<folderitem type="inbox" name="inbox" path="inbox" collapsed="0"/>
<folderitem type="outbox" name="outbox" path="outbox"/>
<folderitem type="draft" name="draft" path="draft"/>
<folderitem type="queue" name="queue" path="queue"/>
<folderitem type="trash" name="trash" path="trash"/>
</folder>
</folderlist>
C
  printf '[Common]\nshow_statusbar=1\nmainwin_maximised=1\nlayout_mode=0\nmainwin_width=1280\nmainwin_height=770\nfolderview_width=230\nsummaryview_height=260\nsummary_col_size_subject=250\nsummary_col_size_from=215\nsummary_col_size_date=150\n' > "$HOME/.claws-mail/clawsrc"
  claws-mail --alternate-config-dir "$HOME/.claws-mail" >/dev/null 2>&1 &
  APPPID=$!
  wait_win "Claws Mail"
  sleep 3
  local k=${GDK_SCALE:-1}
  xdotool mousemove $((77 * k)) $((168 * k)) click 1   # open Inbox (scans the MH folder)
  sleep 3
  claws-mail --alternate-config-dir "$HOME/.claws-mail" --select "#mh/Mailbox/inbox/6" >/dev/null 2>&1 || true
  sleep 3
}
claws_all() {
  start_x 1280 800; claws_run; shot claws/claws-light-1280x800.png; stop_x
  start_x 1280 800; GTK_THEME=Adwaita:dark claws_run; shot claws/claws-dark-1280x800.png; stop_x
  start_x 2048 1280; GDK_SCALE=2 claws_run; shot claws/claws-scale2-2048x1280.png; stop_x
}

# ---------------------------------------------------------------- LibreOffice Calc and Writer
office_run() { # FILE TITLE; extra environment (GDK_SCALE, GTK_THEME) is passed by the caller
  need libreoffice-calc libreoffice-writer libreoffice-gtk3
  local prof=$HOME/.config/libreoffice/4/user
  mkdir -p "$prof"
  cat > "$prof/registrymodifications.xcu" <<'C'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="ShowTipOfTheDay" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>7.4</value></prop></item>
<item oor:path="/org.openoffice.Setup/Office"><prop oor:name="ooSetupInstCompleted" oor:op="fuse"><value>true</value></prop></item>
</oor:items>
C
  python3 "$HERE/make_office_docs.py" "$WORK"
  SAL_USE_VCLPLUGIN=gtk3 soffice --norestore --nologo --nodefault "$WORK/$1" >/dev/null 2>&1 &
  APPPID=$!
  wait_win "$2"
  sleep 6
}
calc_all() {
  start_x 1280 800; office_run contacts.fods "contacts"; shot calc/calc-light-1280x800.png; stop_x
  start_x 1280 800; GTK_THEME=Adwaita:dark office_run contacts.fods "contacts"; shot calc/calc-dark-1280x800.png; stop_x
}
writer_all() {
  start_x 1280 800; office_run letter.fodt "letter"; shot writer/writer-light-1280x800.png; stop_x
  start_x 1920 1200; GDK_SCALE=2 office_run letter.fodt "letter"; shot writer/writer-scale2-1920x1200.png; stop_x
}

trap 'stop_x 2>/dev/null' EXIT
main() {
  local progs=("$@")
  [ ${#progs[@]} -eq 0 ] && progs=(gitk xterm hexchat claws calc writer)
  mkdir -p "$WORK" "$OUT"
  for p in "${progs[@]}"; do "${p}_all"; done
}
main "$@"
