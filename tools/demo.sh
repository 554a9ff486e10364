#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# What `make demo` shows: the catalogs, then the main job — reading a
# report and checking it against last year's — on the bundled example.
set -eu

build=${1:-build}
fazhi="$build/tools/fazhi"
example=examples/data/example-report.txt
previous=examples/data/example-report-2022.txt

section () {
  printf '\n\033[1m== %s\033[0m\n' "$1"
}

section "The obligation areas of the 2015–2020 outline (fazhi catalog outline-2015)"
"$fazhi" catalog outline-2015

section "How they map onto the 2021–2025 outline (fazhi areas --map)"
"$fazhi" areas --map outline-2015 outline-2021

section "Reading the bundled example report (fazhi parse --format=text)"
"$fazhi" parse --format=text "$example"

section "Checking it, with last year's report for the follow-up (fazhi check)"
status=0
"$fazhi" check --previous "$previous" "$example" || status=$?
case $status in
  0) echo "(exit status 0: no finding is an error)" ;;
  1) echo "(exit status 1: at least one finding is an error)" ;;
  *) echo "(exit status $status: unusable input)"; exit "$status" ;;
esac

section "The same check as JSON, one object per file (fazhi check --format=json)"
"$fazhi" check --format=json --previous "$previous" "$example" || true
