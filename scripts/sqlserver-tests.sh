#!/usr/bin/env bash
# Runs the SQL Server half of the test suite against a real SQL Server: the shared behaviour suites (…+OnSqlServer),
# the role tests and the SQL Server integration tests (ShopSmart.Tests.SqlServer). Each test creates its own database
# shopsmart_test_* and drops it afterwards, so the login must be allowed to create databases.
#
#   scripts/sqlserver-tests.sh           start SQL Server 2022 in a container (Docker or Podman compose), run, stop it
#   scripts/sqlserver-tests.sh --keep    leave the container running (the next run reuses it)
#   scripts/sqlserver-tests.sh --both    run the same suites on DuckDB too (…+OnDuckDb), to compare side by side
#   SHOPSMART_SQLSERVER='Server=host;User ID=…;Password=…;TrustServerCertificate=true' scripts/sqlserver-tests.sh
#                                        use that server instead of a container (never a production server)
set -euo pipefail
cd "$(dirname "$0")/.."

keep=false
filter='FullyQualifiedName~OnSqlServer|FullyQualifiedName~ShopSmart.Tests.SqlServer.'
for arg in "$@"; do
    case "$arg" in
        --keep) keep=true ;;
        --both) filter="$filter|FullyQualifiedName~OnDuckDb" ;;
        *) echo "usage: $0 [--keep] [--both]" >&2; exit 2 ;;
    esac
done

compose=()
if [ -z "${SHOPSMART_SQLSERVER:-}" ]; then
    if docker compose version >/dev/null 2>&1; then compose=(docker compose)
    elif command -v podman-compose >/dev/null 2>&1; then compose=(podman-compose)
    elif command -v docker-compose >/dev/null 2>&1; then compose=(docker-compose)
    else
        echo "No SHOPSMART_SQLSERVER and no docker/podman compose: install Docker, or point SHOPSMART_SQLSERVER at a test server." >&2
        exit 2
    fi

    export MSSQL_SA_PASSWORD="${MSSQL_SA_PASSWORD:-ShopSmart-Tests-1}"
    port="${SHOPSMART_SQLSERVER_PORT:-14333}"
    compose+=(-f scripts/sqlserver-compose.yml -p shopsmart-sqlserver-tests)
    echo "Starting SQL Server 2022 on 127.0.0.1:$port (first run downloads the image, ~1.5 GB)…"
    "${compose[@]}" up -d --wait
    if [ "$keep" = false ]; then
        trap '"${compose[@]}" down -v >/dev/null 2>&1 || true' EXIT
    fi
    export SHOPSMART_SQLSERVER="Server=127.0.0.1,$port;User ID=sa;Password=$MSSQL_SA_PASSWORD;TrustServerCertificate=true;Encrypt=true"
fi

dotnet test tests/ShopSmart.Tests --filter "$filter" --logger "console;verbosity=normal"
