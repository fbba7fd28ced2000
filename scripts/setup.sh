#!/usr/bin/env bash
# One-command setup for a development machine or CI (Debian/Ubuntu):
# the system browser the end-to-end tests drive, then the npm packages from the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
# PostgreSQL server binaries: integration tests start a throw-away cluster with initdb/pg_ctl.
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || need_apt+=(postgresql)
if [ ${#need_apt[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian packages: ${need_apt[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}"
  else
    echo "Please install with your package manager: ${need_apt[*]} (the end-to-end tests expect /usr/bin/chromium)." >&2
    exit 1
  fi
fi

# Electron's binary is fetched on first `npm start`, not at install: installs stay offline-safe.
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
npm ci --no-audit --no-fund
