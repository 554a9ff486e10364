# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The two-command entry point on a fresh Debian 12 machine:
#   make demo    install what is missing, build, run fazhi on the bundled example
#   make check   install what is missing, build, run every test (and the docs build)
# Further targets: make build, make docs, make valgrind, make asan, make bench,
# make format, make install (PREFIX=/usr by default, so GI finds the typelib).

# Fixed here: neither the environment, `make -e`, nor variables a calling
# make passes down in MAKEFLAGS (CI harnesses often set BUILD, MESON or
# ASAN for their own purposes) can change them.
override BUILD := build
override ASAN  := build-asan
override MESON := meson
# The install prefix may be given on the command line
# (make install PREFIX=/usr/local); anything but an absolute path is
# ignored, with a warning, so a stray value cannot break the build.
PREFIX := /usr
ifneq ($(patsubst /%,,$(PREFIX)),)
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

$(BUILD)/build.ninja:
	$(MESON) setup $(BUILD) --prefix=$(PREFIX) -Ddocs=true

build: deps $(BUILD)/build.ninja
	$(MESON) compile -C $(BUILD)

demo: build
	@sh tools/demo.sh $(BUILD)

check: build
	$(MESON) test -C $(BUILD) --print-errorlogs --num-processes 2

docs: build

valgrind: build
	$(MESON) test -C $(BUILD) --setup valgrind --print-errorlogs --num-processes 2

# The sanitized build also takes the portable paths where the library has
# SSE2 ones (FAZHI_NO_SIMD), so both are tested: SSE2 by make check.
$(ASAN)/build.ninja:
	CC=gcc $(MESON) setup $(ASAN) -Db_sanitize=address,undefined -Db_lundef=false \
	  -Dbuildtype=debug -Ddocs=false -Dbenchmarks=false -Dc_args=-DFAZHI_NO_SIMD

asan: deps $(ASAN)/build.ninja
	$(MESON) compile -C $(ASAN)
	$(MESON) test -C $(ASAN) --print-errorlogs --num-processes 2

bench: build
	$(MESON) test -C $(BUILD) --benchmark --print-errorlogs --verbose

# Rewrites the C sources as .clang-format says; the "format" test checks it.
format: deps
	git ls-files '*.c' '*.h' | xargs clang-format -i --style=file:.clang-format

install: build
	$(SUDO) $(MESON) install -C $(BUILD)

clean:
	rm -rf $(BUILD) $(ASAN)
