#!/usr/bin/env bash
# Installs the Debian 12 packages that Verdict's build, tests and benchmarks need.
# Idempotent: every package is checked with dpkg-query first, and apt-get (update, then install)
# runs only when something is missing. Runs as root, or through sudo when not root.
#
# Usage: scripts/install-deps.sh [GROUP...]     (no argument: every group)
#        scripts/install-deps.sh --list         (print the groups and their packages)
set -euo pipefail

# The package groups, one per feature, in install order. A later feature adds its group here
# (and nothing else): e.g. [server]="libboost-dev libsqlite3-dev" or [ide]="qt6-base-dev ...".
readonly GROUP_ORDER=(toolchain format sandbox judge server ide json languages tests fuzz bench)
declare -A GROUP_PACKAGES=(
    [toolchain]="build-essential cmake ccache pkg-config"
    [format]="clang-format"
    [sandbox]="libseccomp-dev"
    # Problem packages (problem.yaml, zips) and content hashes for the validator cache.
    [judge]="libyaml-cpp-dev libzip-dev libssl-dev"
    # The server: its SQLite store, Boost.Beast/Asio, and libsodium for password hashes.
    [server]="libsqlite3-dev libboost-dev libsodium-dev"
    # The IDE: Qt 6 Widgets and Test, QScintilla, Linguist (lupdate/lrelease), Qt PDF (embedded PDF
    # statements; optional at build time), Qt's own translations (its dialogs' buttons in the UI
    # language); Xvfb and ImageMagick for the screenshots.
    [ide]="qt6-base-dev libqscintilla2-qt6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools xvfb
        imagemagick qt6-pdf-dev qt6-translations-l10n"
    [json]="nlohmann-json3-dev"
    # Every toolchain resources/languages.json starts, by the package that ships the path it
    # names (versioned paths such as /usr/lib/go-1.19 come from versioned packages).
    [languages]="gcc g++ python3 pypy3 openjdk-17-jdk-headless kotlin scala nodejs fp-compiler
        gfortran gnat gnucobol3 bash perl tcl golang-1.19-go rustc ruby3.1 php8.2-cli mono-mcs
        mono-runtime-sgen ghc ocaml gdc-12 lua5.4 sbcl swi-prolog-core racket r-base-core elixir
        erlang-base crystal nim gawk"
    # unshare and setpriv (util-linux) and useradd (passwd) let the tests run as another user;
    # python3 is the second language the judge tests use (after C++).
    [tests]="libgtest-dev util-linux passwd python3 openssl"
    # The libFuzzer target of the server's request and message parsing (tests/fuzz): clang and
    # its runtime (libFuzzer, ASan, UBSan); the project itself builds with g++.
    [fuzz]="clang libclang-rt-14-dev"
    # The baselines the sandbox benchmark compares against.
    [bench]="bubblewrap hyperfine util-linux"
)
readonly GROUP_PACKAGES

die() {
    echo "install-deps: $*" >&2
    exit 1
}

isInstalled() {
    [[ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null)" == installed ]]
}

# Prints the packages of the given groups, each once.
packagesOf() {
    local group package
    declare -A seen=()
    for group in "$@"; do
        for package in ${GROUP_PACKAGES[$group]}; do
            [[ -v "seen[$package]" ]] && continue
            seen[$package]=1
            echo "$package"
        done
    done
}

# Runs a command as root: directly when we are root, else through sudo.
asRoot() {
    if [[ $EUID -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        die "not root and sudo is not installed: run this script as root"
    fi
}

listGroups() {
    local group packages
    for group in "${GROUP_ORDER[@]}"; do
        read -r -d '' -a packages <<<"${GROUP_PACKAGES[$group]}" || true  # a long group spans lines
        printf '%-10s %s\n' "$group" "${packages[*]}"
    done
}

main() {
    command -v dpkg-query >/dev/null || die "dpkg-query not found: this script is for Debian 12"
    if [[ "${1:-}" == --list ]]; then
        listGroups
        return
    fi
    local group groups=("$@")
    [[ ${#groups[@]} -gt 0 ]] || groups=("${GROUP_ORDER[@]}")
    for group in "${groups[@]}"; do
        [[ -v "GROUP_PACKAGES[$group]" ]] || die "unknown group '$group' (try --list)"
    done

    local package missing=()
    while read -r package; do
        isInstalled "$package" || missing+=("$package")
    done < <(packagesOf "${groups[@]}")

    if [[ ${#missing[@]} -eq 0 ]]; then
        echo "install-deps: all packages present (${groups[*]})"
        return
    fi
    echo "install-deps: installing ${missing[*]}"
    asRoot env DEBIAN_FRONTEND=noninteractive apt-get update -q
    asRoot env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        "${missing[@]}"
}

main "$@"
