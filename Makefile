# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The two-command entry point on a fresh Debian 12 machine:
#   make demo    install what is missing, build, run fazhi on the bundled example
#   make check   install what is missing, build, run every test (and the docs build)
# Further targets: make build, make docs, make valgrind, make asan, make bench,
# make format, make install (PREFIX=/usr by default, so GI finds the typelib).

# The build directories (build, build-asan) and the meson command are
# written out in the recipes, not taken from variables: CI harnesses set
# BUILD, MESON or ASAN for their own purposes, in the environment, on the
# command line or in MAKEFLAGS, and none of that may reach meson.
# tests/check-makefile.sh checks it.
# The install prefix may be given on the command line
# (make install PREFIX=/usr/local); anything but an absolute path is
# (a single word starting with "/") is ignored, with a warning, so a stray
# value cannot break the build.
PREFIX := /usr
ifneq ($(words $(PREFIX))$(patsubst /%,,$(PREFIX)),1)
  $(warning PREFIX "$(PREFIX)" is not an absolute path; using /usr)
  override PREFIX := /usr
endif

# Debian 12 packages the build, the tests, the bindings and the docs need.
override DEPS = meson ninja-build pkg-config gcc gettext \
       libglib2.0-dev libjson-glib-dev gir1.2-json-1.0 \
       gobject-introspection libgirepository1.0-dev gir1.2-glib-2.0 \
       check valgrind python3-gi python3-pytest gjs gi-docgen clang-format

override SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build demo check docs valgrind asan bench format install clean

all: build

# Installs only what is missing, so a machine that has everything is not
# touched (and needs no network).
deps:
	@missing=""; \
	for p in $(DEPS); do \
	  dpkg-query -W -f='$${db:Status-Status}' $$p 2>/dev/null | grep -qx installed || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -q || true; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	fi

build/build.ninja:
	meson setup build --prefix=$(PREFIX) -Ddocs=true

build: deps build/build.ninja
	meson compile -C build

demo: build
	@sh tools/demo.sh build

check: build
	meson test -C build --print-errorlogs --num-processes 2

docs: build

valgrind: build
	meson test -C build --setup valgrind --print-errorlogs --num-processes 2

# The sanitized build also takes the portable paths where the library has
# SSE2 ones (FAZHI_NO_SIMD), so both are tested: SSE2 by make check.
build-asan/build.ninja:
	CC=gcc meson setup build-asan -Db_sanitize=address,undefined -Db_lundef=false \
	  -Dbuildtype=debug -Ddocs=false -Dbenchmarks=false -Dc_args=-DFAZHI_NO_SIMD

asan: deps build-asan/build.ninja
	meson compile -C build-asan
	meson test -C build-asan --print-errorlogs --num-processes 2

bench: build
	meson test -C build --benchmark --print-errorlogs --verbose

# Rewrites the C sources as .clang-format says; the "format" test checks it.
format: deps
	git ls-files '*.c' '*.h' | xargs clang-format -i --style=file:.clang-format

install: build
	$(SUDO) meson install -C build

clean:
	rm -rf build build-asan
