#!/usr/bin/env bash
# Installs the tools the site checks need (tests/test_site_checks.py). Idempotent: a second
# run with everything present does nothing and takes well under a second.
#
#   - Debian's chromium          (apt) if /usr/bin/chromium is missing
#   - Java >= 17 for vnu.jar     (apt: default-jre-headless) if `java` is missing or too old
#   - npm packages pinned in package.json / package-lock.json (vnu-jar, axe-core,
#     playwright-core, @knight-lab/timelinejs), `npm ci --ignore-scripts` into
#     tests/tools/node_modules when that is missing or older than the lock file
#
# Needs Node.js >= 20 with npm, and root (or password-less sudo) for apt.
# Called by .ci/run and `make test`; safe to call from several jobs at once (flock).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

# one install at a time (the lock is held on this script itself, so no extra file is made)
if command -v flock >/dev/null 2>&1; then
    exec 9<"$here/install.sh"
    flock 9
fi

say() { echo "install.sh: $*" >&2; }

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo_cmd=(sudo -n)
    fi
fi

apt_updated=0
apt_install() {
    if [ "$(id -u)" -ne 0 ] && [ ${#sudo_cmd[@]} -eq 0 ]; then
        say "needs Debian package(s) $*: run 'sudo apt-get install $*' once, then retry"
        exit 2
    fi
    export DEBIAN_FRONTEND=noninteractive
    if [ "$apt_updated" -eq 0 ]; then
        "${sudo_cmd[@]}" apt-get update -qq
        apt_updated=1
    fi
    "${sudo_cmd[@]}" apt-get install -y -qq "$@"
}

# ---- Chromium (Debian's; playwright's own browser download is not used)
if [ ! -x /usr/bin/chromium ]; then
    say "installing Debian chromium (~45 s, ~555 MiB with dependencies)"
    apt_install chromium
fi

# ---- Java >= 17 for vnu.jar
java_major() {
    command -v java >/dev/null 2>&1 || { echo 0; return; }
    java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1
}
jm="$(java_major)"
if [ "${jm:-0}" -lt 17 ]; then
    say "installing Java (default-jre-headless) for vnu.jar"
    apt_install default-jre-headless
    jm="$(java_major)"
    if [ "${jm:-0}" -lt 17 ]; then
        say "vnu.jar needs Java 17 or newer, found: $(java -version 2>&1 | head -n1)"
        exit 2
    fi
fi

# ---- npm packages (pinned by package-lock.json)
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    say "needs Node.js >= 20 and npm"
    exit 2
fi
node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" -lt 20 ]; then
    say "playwright-core needs Node.js >= 20, found $(node --version)"
    exit 2
fi
stamp="node_modules/.install-stamp"
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] \
   || [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ] \
   || [ ! -f node_modules/axe-core/axe.min.js ] \
   || [ ! -d node_modules/playwright-core ] \
   || [ ! -f node_modules/@knight-lab/timelinejs/dist/js/timeline.js ]; then
    say "npm ci --ignore-scripts in tests/tools"
    # --ignore-scripts: vnu-jar's postinstall would try to download a Java runtime
    npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
    echo "$want" > "$stamp"
fi
say "tools ready: $(/usr/bin/chromium --version 2>/dev/null | head -n1); java $(java_major); node $(node --version)"
