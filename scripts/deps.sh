# Sourced by scripts/run and scripts/test: installs the Debian packages Byline needs that are
# missing. Nothing is installed when everything is there already (no root needed then).
BYLINE_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 qt6-webengine-dev
    qtkeychain-qt6-dev
    catch2 sqlite3 libsqlite3-dev
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

# The HTML validator the test suite runs over the exported demo site (html-validate, from the
# npm registry), in .tools/ of the checkout. Node.js and npm come from Debian when missing.
BYLINE_HTML_VALIDATE_VERSION=8.29.0
byline_install_html_validate() {
    local bin=".tools/node_modules/.bin/html-validate"
    if [ -x "$bin" ] && "$bin" --version 2>/dev/null | grep -q "$BYLINE_HTML_VALIDATE_VERSION"; then
        return 0
    fi
    if ! command -v npm >/dev/null; then
        byline_install_deps nodejs npm
    fi
    echo "Installing html-validate $BYLINE_HTML_VALIDATE_VERSION into .tools/ (npm)"
    mkdir -p .tools
    npm install --prefix .tools --no-audit --no-fund --silent "html-validate@$BYLINE_HTML_VALIDATE_VERSION"
}
