#!/usr/bin/env bash
# Installs (if missing) and starts the real components the test suite uses:
#   PostgreSQL 15 (Debian) with a database `zman_test` for user `zman` on 127.0.0.1:5432,
#   Chromium (Debian) at /usr/bin/chromium for the browser tests.
# Run as root (CI, a container). On a machine without them the tests that need them skip.
set -euo pipefail
need=()
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q online; then
  pg_lsclusters -h | grep -q . || pg_createcluster "$version" main >/dev/null
  pg_ctlcluster "$version" main start
fi
for _ in $(seq 1 30); do su postgres -c "pg_isready -q" && break; sleep 1; done
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='zman'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"CREATE ROLE zman LOGIN SUPERUSER PASSWORD 'zman'\""
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='zman_test'\"" | grep -q 1 \
  || su postgres -c "createdb -O zman zman_test"
echo "services: PostgreSQL $version at postgres://zman:zman@127.0.0.1:5432/zman_test, $(/usr/bin/chromium --version 2>/dev/null || echo 'no chromium')"
