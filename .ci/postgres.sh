#!/usr/bin/env bash
# Install (from Debian's packages) and start a local PostgreSQL for the test suite, and
# create the role and database the tests use. Idempotent. Prints the URL for DYADS_TEST_POSTGRES.
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
fi
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
    pg_createcluster "$version" main >&2
fi
pg_ctlcluster "$version" main start >&2 2>/dev/null || true
for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p 5432 && break
    sleep 1
done
as_postgres() { su postgres -s /bin/sh -c "$1"; }
as_postgres "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='dyads'\"" | grep -q 1 \
    || as_postgres "psql -qc \"CREATE ROLE dyads LOGIN PASSWORD 'dyads'\"" >&2
as_postgres "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='dyads_test'\"" | grep -q 1 \
    || as_postgres "createdb -O dyads dyads_test" >&2
echo "postgresql://dyads:dyads@127.0.0.1:5432/dyads_test"
