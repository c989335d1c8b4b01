#!/usr/bin/env bash
# deploy/nginx/try.sh PORT UPSTREAM [UPSTREAM…] — the production nginx rules (inkwell-http.conf
# and inkwell-proxy.conf, with the upstream block and cache zones of inkwell.conf) on plain http
# 127.0.0.1:PORT, in front of an Inkwell already running at UPSTREAM (host:port, or
# http://host:port). Several UPSTREAMs: nginx balances across them (round robin) and passes a
# request to the next when one refuses connections (docs/scale-out.md, `npm run cluster`).
# Start each Inkwell with TRUSTED_PROXIES=127.0.0.1, as in production.
#
# Runs the system's nginx as the current user, root not needed: its prefix, cache, temp files
# and pid file live in a fresh temporary folder; errors go to stderr; no access log. Prints the
# address on stdout once nginx listens, then stays in the foreground. Ctrl-C (or SIGTERM)
# stops nginx and removes the folder. If nginx cannot start (no nginx, a bad rule, the port in
# use), it prints nginx's message and exits non-zero. For scripts: read the first line of
# stdout, as e2e/deploy-nginx.spec.ts does (e2e/support/nginx.ts).
#
# Environment: NGINX (the binary, default: nginx on PATH, else /usr/sbin/nginx),
# NGINX_WORKERS (worker_processes, default auto).
set -euo pipefail

usage() {
  echo "usage: $0 PORT UPSTREAM [UPSTREAM…]   e.g. $0 8080 127.0.0.1:3000" >&2
  exit 2
}
[ $# -ge 2 ] || usage
port=$1
shift
upstreams=()
for given in "$@"; do
  upstream=${given#http://}
  upstream=${upstream%/}
  [[ $upstream =~ ^[^/[:space:]]+:[0-9]+$ ]] || usage
  upstreams+=("$upstream")
done
[[ $port =~ ^[0-9]+$ ]] && [ "$port" -ge 1 ] && [ "$port" -le 65535 ] || usage

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
nginx=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}
if [ ! -x "$nginx" ]; then
  echo "try.sh: nginx is not installed (Debian: apt-get install nginx)" >&2
  exit 127
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/inkwell-nginx.XXXXXX")
# Run as root, nginx's workers drop to nobody: they must be able to enter the folder.
chmod 755 "$dir"
mkdir "$dir/cache"
nginx_pid=
cleanup() {
  if [ -n "$nginx_pid" ] && kill -0 "$nginx_pid" 2>/dev/null; then
    kill -TERM "$nginx_pid" 2>/dev/null || true
    wait "$nginx_pid" 2>/dev/null || true
  fi
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The upstream block and the cache zones exactly as production declares them (inkwell.conf),
# with one `server` line per UPSTREAM for Inkwell's address and this folder instead of /var/cache.
site="$here/inkwell.conf"
servers=$(printf 'server %s;\\n    ' "${upstreams[@]}")
upstream_block=$(sed -n '/^upstream inkwell {/,/^}/p' "$site" | sed "s#server 127.0.0.1:3000;#${servers%\\n    }#")
zones=$(sed -n "/^proxy_cache_path /s#/var/cache/nginx/inkwell#$dir/cache#p" "$site")
if [ "$(grep -c '^ *server ' <<<"$upstream_block")" != ${#upstreams[@]} ] || [ "$(grep -c '^proxy_cache_path ' <<<"$zones")" != 2 ]; then
  echo "try.sh: $site no longer has the upstream block and two proxy_cache_path lines it expects" >&2
  exit 1
fi

cat >"$dir/nginx.conf" <<EOF
# Written by deploy/nginx/try.sh; removed when it stops.
worker_processes ${NGINX_WORKERS:-auto};
pid $dir/nginx.pid;
lock_file $dir/nginx.lock;
error_log stderr warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $dir/client_body;
    proxy_temp_path $dir/proxy;
    fastcgi_temp_path $dir/fastcgi;
    uwsgi_temp_path $dir/uwsgi;
    scgi_temp_path $dir/scgi;

$upstream_block
$zones
    include $here/inkwell-http.conf;

    server {
        listen 127.0.0.1:$port;
        server_name _;
        include $here/inkwell-proxy.conf;
    }
}
EOF

options=(-p "$dir" -c "$dir/nginx.conf" -e stderr)
# A bad rule is reported here, with nginx's own message, before anything listens.
"$nginx" "${options[@]}" -t -q
# Started directly (not through a function, which would be a subshell): $! is nginx's master.
"$nginx" "${options[@]}" -g 'daemon off;' &
nginx_pid=$!

# nginx writes its pid into the pid file once its sockets are bound (`nginx -t` left its own
# there: the pid must be this one); if it exits first (the port is taken), its message is
# already on stderr and its status is ours.
until [ "$(cat "$dir/nginx.pid" 2>/dev/null)" = "$nginx_pid" ]; do
  if ! kill -0 "$nginx_pid" 2>/dev/null; then
    status=0
    wait "$nginx_pid" || status=$?
    nginx_pid=
    echo "try.sh: nginx did not start on port $port" >&2
    exit $((status == 0 ? 1 : status))
  fi
  sleep 0.05
done
echo "http://127.0.0.1:$port"

status=0
wait "$nginx_pid" || status=$?
nginx_pid=
exit "$status"
