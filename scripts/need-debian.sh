#!/usr/bin/env bash
# need-debian.sh CHECK PACKAGE... : make sure Debian packages the tests use
# are installed. CHECK is a shell test that passes when they are ("command
# -v chromium", "test -f /usr/share/nodejs/express/index.js"). When it
# fails, install the packages with apt (as root), else stop with a clear
# message: the tests that need them never skip.
set -euo pipefail
check=$1
shift
if bash -c "$check" >/dev/null 2>&1; then
	exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "Installing Debian's $* for the tests..."
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
fi
if ! bash -c "$check" >/dev/null 2>&1; then
	echo "The tests need Debian's $*: run 'sudo apt-get install $*' and try again." >&2
	exit 1
fi
