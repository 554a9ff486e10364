#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Fails when a C source or header of the project differs from what
# .clang-format makes of it, and shows how. Usage: check-format.sh
# CLANG_FORMAT SOURCE_ROOT
set -eu

clang_format=$1
cd "$2"

if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  files=$(git ls-files '*.c' '*.h')
else
  files=$(find libfazhi tools tests bench examples -name '*.[ch]' | sort)
fi

status=0
for f in $files; do
  if ! "$clang_format" --style=file:.clang-format "$f" | diff -u "$f" - >/dev/null; then
    echo "not formatted: $f (make format, or: $clang_format -i $f)"
    "$clang_format" --style=file:.clang-format "$f" | diff -u "$f" - | head -40
    status=1
  fi
done
exit $status
