#!/usr/bin/env python3
"""A throwaway PostgreSQL server for the tests: `pg_server.py start DIR` /
`pg_server.py stop DIR`.

start: initdb into DIR/data (superuser "lantian", trust auth), then pg_ctl
starts it listening on a Unix socket in DIR only (no TCP port, so nothing
else on the machine can reach it and parallel builds cannot collide). Writes
DIR/url, the libpq URL of its "postgres" database; tests create their own
databases from it (tests/store/pg_test_util.h). PostgreSQL refuses to run as
root: as root, the server runs as Debian's `postgres` system user.

Where PostgreSQL's programs are missing, writes DIR/skip with the reason and
exits 0: the tests that need it then skip with that reason.
stop: pg_ctl stop -m immediate, then removes DIR/data.
"""
import glob
import os
import shutil
import subprocess
import sys

PORT = "55432"


def pg_bin(name):
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def as_server_user(cmd):
    if os.geteuid() != 0:
        return cmd
    return ["runuser", "-u", "postgres", "--"] + cmd


def start(d):
    os.makedirs(d, exist_ok=True)
    for name in ("url", "skip"):
        try:
            os.unlink(os.path.join(d, name))
        except FileNotFoundError:
            pass
    stop(d, quiet=True)
    initdb, pg_ctl = pg_bin("initdb"), pg_bin("pg_ctl")
    if not initdb or not pg_ctl:
        reason = "PostgreSQL's initdb/pg_ctl not found (scripts/setup installs the postgresql package)"
        open(os.path.join(d, "skip"), "w").write(reason + "\n")
        print("pg_server: " + reason)
        return 0
    if os.geteuid() == 0:
        try:
            import pwd
            pw = pwd.getpwnam("postgres")
        except KeyError:
            reason = "running as root and no 'postgres' user to run the server as"
            open(os.path.join(d, "skip"), "w").write(reason + "\n")
            print("pg_server: " + reason)
            return 0
        os.chown(d, pw.pw_uid, pw.pw_gid)
    sock = os.path.abspath(d)
    if len(sock) + len("/.s.PGSQL.") + len(PORT) > 100:
        # A Unix socket path has ~108 bytes: a deep build tree gets a short
        # directory under /tmp for the socket (removed by stop).
        import tempfile
        sock = tempfile.mkdtemp(prefix="lantian-pg-")
        if os.geteuid() == 0:
            os.chown(sock, pw.pw_uid, pw.pw_gid)
        open(os.path.join(d, "sockdir"), "w").write(sock + "\n")
    data = os.path.join(d, "data")
    log = os.path.join(d, "server.log")
    r = subprocess.run(as_server_user([initdb, "-D", data, "-U", "lantian", "--auth=trust", "-E", "UTF8",
                                       "--locale=C", "--no-sync"]),
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode != 0:
        print("pg_server: initdb failed:\n" + r.stdout, file=sys.stderr)
        return 1
    opts = (f"-c listen_addresses='' -c unix_socket_directories='{sock}' -p {PORT} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60 "
            "-c shared_buffers=32MB")
    r = subprocess.run(as_server_user([pg_ctl, "-D", data, "-l", log, "-o", opts, "-w", "-t", "60", "start"]),
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode != 0:
        tail = open(log).read()[-2000:] if os.path.exists(log) else ""
        print("pg_server: pg_ctl start failed:\n" + r.stdout + tail, file=sys.stderr)
        return 1
    url = f"postgresql:///postgres?host={sock}&port={PORT}&user=lantian"
    open(os.path.join(d, "url"), "w").write(url + "\n")
    print("pg_server: " + url)
    return 0


def stop(d, quiet=False):
    data = os.path.join(d, "data")
    pg_ctl = pg_bin("pg_ctl")
    if pg_ctl and os.path.exists(os.path.join(data, "postmaster.pid")):
        subprocess.run(as_server_user([pg_ctl, "-D", data, "-m", "immediate", "-w", "stop"]),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(data, ignore_errors=True)
    sockdir = os.path.join(d, "sockdir")
    if os.path.exists(sockdir):
        shutil.rmtree(open(sockdir).read().strip(), ignore_errors=True)
        os.unlink(sockdir)
    if not quiet:
        try:
            os.unlink(os.path.join(d, "url"))
        except FileNotFoundError:
            pass
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("start", "stop"):
        print("usage: pg_server.py start|stop DIR", file=sys.stderr)
        sys.exit(2)
    sys.exit(start(sys.argv[2]) if sys.argv[1] == "start" else stop(sys.argv[2]))
