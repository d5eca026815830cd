# Sourced by scripts/run and scripts/test: installs the Debian packages Byline needs that are
# missing. Nothing is installed when everything is there already (no root needed then).
# fonts-noto-core: the preview shows Armenian pages in the faces the page asks for first.
BYLINE_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 qt6-webengine-dev
    qtkeychain-qt6-dev
    catch2 sqlite3 libsqlite3-dev rapidjson-dev
    fonts-noto-core
)

byline_install_deps() {
    local missing=()
    for pkg in "${BYLINE_PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing missing packages: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null; then
            sudo="sudo"
        else
            echo "error: these packages are missing and you are not root: ${missing[*]}" >&2
            echo "Ask an administrator to run: apt-get install ${missing[*]}" >&2
            return 1
        fi
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# What the test suite checks the exported demo site with: html-validate, and a real browser
# (Debian's chromium, with the Noto fonts readers' machines have, driven by puppeteer-core and
# checked with axe-core). The npm packages go into .tools/ of the checkout; Node.js and npm come
# from Debian when missing.
BYLINE_HTML_VALIDATE_VERSION=8.29.0
BYLINE_PUPPETEER_VERSION=24.8.2
BYLINE_AXE_VERSION=4.10.3
byline_install_site_tools() {
    # Without them (not root, no sudo) the suite still runs; ctest says the browser check is
    # skipped.
    byline_install_deps chromium fonts-noto-core \
        || echo "chromium or fonts-noto-core could not be installed: the browser check is skipped" >&2
    local have=1
    for pkg in "html-validate:$BYLINE_HTML_VALIDATE_VERSION" \
               "puppeteer-core:$BYLINE_PUPPETEER_VERSION" "axe-core:$BYLINE_AXE_VERSION"; do
        local manifest=".tools/node_modules/${pkg%%:*}/package.json"
        if ! [ -f "$manifest" ] || ! grep -q "\"version\": \"${pkg#*:}\"" "$manifest"; then
            have=0
        fi
    done
    if [ "$have" = 1 ]; then
        return 0
    fi
    if ! command -v npm >/dev/null; then
        byline_install_deps nodejs npm
    fi
    echo "Installing html-validate, puppeteer-core and axe-core into .tools/ (npm)"
    mkdir -p .tools
    npm install --prefix .tools --no-audit --no-fund --silent \
        "html-validate@$BYLINE_HTML_VALIDATE_VERSION" \
        "puppeteer-core@$BYLINE_PUPPETEER_VERSION" "axe-core@$BYLINE_AXE_VERSION"
}
