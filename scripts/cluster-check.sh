#!/usr/bin/env bash
# Cluster check: two nodes on one PostgreSQL database, one killed with kill -9 during a collections run.
# Usage: scripts/cluster-check.sh [--no-build] [--customers N] [--smtp-outage 60] [more options of scripts/cluster_check.py]
# Needs java 17, python3 (3.11: its smtpd module is the SMTP sink), psql reaching postgres@127.0.0.1:5432.
# See docs/cluster-check.md.
set -euo pipefail
cd "$(dirname "$0")/.."
build=1
if [[ "${1:-}" == "--no-build" ]]; then build=0; shift; fi
if (( build )); then
  ./mvnw -q -B -ntp package -DskipTests
fi
jar=$(ls target/ardesk-*.jar | grep -v original | head -1)
exec python3 -W ignore::DeprecationWarning scripts/cluster_check.py --jar "$jar" "$@"
