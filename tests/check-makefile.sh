#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Fails when settings a CI harness may carry (BUILD, MESON, ASAN, PREFIX in
# the environment, with make -e, on the command line or in MAKEFLAGS) reach
# the meson commands of the Makefile. Usage: check-makefile.sh SOURCE_ROOT
set -eu

cd "$1"
bad=--injected-by-check-makefile
status=0

# Prints the meson commands `make -n` would run for the given targets.
commands () {
  env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL -u MAKEOVERRIDES "$@" 2>/dev/null | grep -E '(^|[ =])meson ' || true
}

check () {
  what=$1
  shift
  out=$(commands "$@")
  # The commands must be there at all, or the test would pass on nothing.
  for want in "meson setup build " "meson compile -C build" "meson test -C build " "meson setup build-asan "; do
    case $out in
      *"$want"*) ;;
      *) echo "$what: no \"$want\" in make -n's commands"; status=1 ;;
    esac
  done
  case $out in
    *"$bad"*)
      echo "$what: a setting reached meson:"
      echo "$out" | grep -e "$bad"
      status=1
      ;;
  esac
}

targets="-n -B check asan"
check "command line" make $targets BUILD="$bad" MESON="meson $bad" ASAN="$bad" PREFIX="$bad"
check "environment with make -e" env BUILD="$bad" MESON="meson $bad" ASAN="$bad" PREFIX="$bad" make -e $targets
check "MAKEFLAGS" env MAKEFLAGS="BUILD=$bad MESON=meson\\ $bad ASAN=$bad PREFIX=$bad" make $targets
check "a prefix of two absolute words" make $targets PREFIX="/usr /$bad"
check "--eval" make --eval="BUILD=$bad" --eval="override MESON=meson $bad" $targets

# A valid prefix is taken.
case $(commands make -n -B build PREFIX=/opt/fazhi) in
  *"--prefix=/opt/fazhi"*) ;;
  *) echo "PREFIX=/opt/fazhi is not passed to meson setup"; status=1 ;;
esac

exit $status
