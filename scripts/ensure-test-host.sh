#!/usr/bin/env bash
# Prepares the machine for the integration tests (test/integration/run-code-server.mjs):
#   - Debian packages chromium, libkrb5-dev, ripgrep, poppler-utils (plus build-essential/python3 for native rebuilds),
#     installed only when missing;
#   - code-server 4.100.3 (= VS Code 1.100.3, the last one that runs on Node 20) from npm, installed into a
#     cache outside the repository and skipped when a completed-install marker is present.
# Idempotent; works without stdin (CI). Needs root (or sudo) only when Debian packages are missing.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
CACHE_ROOT="${XDG_CACHE_HOME:-$HOME/.cache}/ai-system-manifest"
CS_DIR="$CACHE_ROOT/code-server-$CODE_SERVER_VERSION"
MARKER="$CS_DIR/.install-complete"

say() { printf '[test-host] %s\n' "$*"; }
die() { printf '[test-host] ERROR: %s\n' "$*" >&2; DIED=1; exit 1; }
DIED=0
trap 'rc=$?; [ $rc -eq 0 ] || [ $DIED = 1 ] || printf "[test-host] ERROR: failed (exit %s) at line %s: %s\n" "$rc" "$LINENO" "$BASH_COMMAND" >&2' EXIT

# --- Debian packages ---------------------------------------------------------------------------------
missing=()
command -v chromium >/dev/null 2>&1 && [ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
# pdftotext and pdftoppm: the citizens' page's browser test reads and renders its printed PDF.
command -v pdftoppm >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
# Only needed to build code-server's native modules, i.e. when the cache is cold.
if [ ! -f "$MARKER" ]; then
  command -v make >/dev/null 2>&1 && command -v g++ >/dev/null 2>&1 || missing+=(build-essential)
  command -v python3 >/dev/null 2>&1 || missing+=(python3)
fi

if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found; install manually: ${missing[*]}"
  SUDO=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "not root and no sudo; install manually: ${missing[*]}"
    SUDO=(sudo -n)
  fi
  export DEBIAN_FRONTEND=noninteractive
  APT_LOG=$(mktemp /tmp/ensure-test-host-apt.XXXXXX)
  "${SUDO[@]}" apt-get update -q </dev/null >>"$APT_LOG" 2>&1 \
    || { tail -n 20 "$APT_LOG" >&2; die "apt-get update failed (log: $APT_LOG)"; }
  "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null >>"$APT_LOG" 2>&1 \
    || { tail -n 20 "$APT_LOG" >&2; die "apt-get install failed for: ${missing[*]} (log: $APT_LOG)"; }
  rm -f "$APT_LOG"
  [ -x /usr/bin/chromium ] || die "/usr/bin/chromium missing after install"
  command -v rg >/dev/null 2>&1 || die "rg missing after install"
  say "Debian packages installed"
else
  say "Debian packages present (chromium, libkrb5-dev, ripgrep)"
fi

# --- code-server -------------------------------------------------------------------------------------
if [ -f "$MARKER" ]; then
  say "code-server $CODE_SERVER_VERSION cached at $CS_DIR"
  exit 0
fi

say "installing code-server $CODE_SERVER_VERSION into $CS_DIR (about 1-2 min, ~320 MB)"
# Start from scratch: a previous run may have been interrupted half-way.
rm -rf "$CS_DIR"
mkdir -p "$CS_DIR"
cd "$CS_DIR"
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
LOG="$CS_DIR/install.log"
run() { "$@" >>"$LOG" 2>&1 || { tail -n 40 "$LOG" >&2; die "command failed: $* (full log: $LOG)"; }; }

npm init -y >/dev/null
say "  npm install code-server@$CODE_SERVER_VERSION (no install scripts: its postinstall downloads ripgrep from GitHub)"
run npm install "code-server@$CODE_SERVER_VERSION" --ignore-scripts
say "  building argon2 from source"
run npm rebuild argon2 --foreground-scripts

cd node_modules/code-server/lib/vscode
say "  installing VS Code's server dependencies"
run npm install --omit=dev --ignore-scripts
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
say "  building native modules (spdlog, deviceid, kerberos, native-watchdog, node-pty)"
# node-pty's install script fails only at an 'npx node-gyp' compile_commands step after pty.node is built,
# so tolerate the exit status and check the built files instead.
npm rebuild --foreground-scripts @vscode/spdlog @vscode/deviceid kerberos native-watchdog node-pty >>"$LOG" 2>&1 || true
for f in node_modules/node-pty/build/Release/pty.node node_modules/@vscode/spdlog/build/Release/spdlog.node; do
  [ -f "$f" ] || { tail -n 40 "$LOG" >&2; die "native module not built: $f (full log: $LOG)"; }
done
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sfn code-linux.sh code-server)
(cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
say "  installing built-in extensions' dependencies"
(cd extensions && run npm install --omit=dev --ignore-scripts)

[ -x "$CS_DIR/node_modules/.bin/code-server" ] || die "code-server binary missing after install"
# Written last: its presence means the install completed.
echo "$CODE_SERVER_VERSION $(date -u +%FT%TZ)" >"$MARKER"
say "code-server $CODE_SERVER_VERSION installed"
