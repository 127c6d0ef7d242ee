#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A one-shot IRC server on 127.0.0.1 for make_screens.sh: greets one client, then replays the lines of a
script file (made-up people) as if other users had said them, one every 0.2 s, and keeps the client open."""
import socket, sys, time

port, script = int(sys.argv[1]), sys.argv[2]
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", port))
srv.listen(1)
conn, _ = srv.accept()
nick = "me"
buf = b""
while b"USER" not in buf:
    data = conn.recv(4096)
    if not data:
        sys.exit(0)
    buf += data
for line in buf.decode("utf-8", "replace").split("\r\n"):
    if line.startswith("NICK "):
        nick = line.split()[1]
def send(s):
    conn.sendall((s.replace("$NICK", nick) + "\r\n").encode("utf-8"))
send(":irc.example.net 001 $NICK :Welcome to the Example IRC Network")
send(":irc.example.net 376 $NICK :End of /MOTD command.")
time.sleep(0.5)
for line in open(script, encoding="utf-8"):
    line = line.rstrip("\n")
    if line and not line.startswith("#"):
        send(line)
        time.sleep(0.2)
conn.settimeout(1.0)
end = time.time() + 600
while time.time() < end:
    try:
        data = conn.recv(4096)
        if not data:
            break
        for l in data.decode("utf-8", "replace").split("\r\n"):
            if l.startswith("PING"):
                send("PONG " + l[5:])
    except socket.timeout:
        pass
