# Aloud: `make run`, `make test`, `make bench`. Each installs what a fresh Debian 12 /
# Ubuntu machine lacks first, so these commands are all the set-up there is.
SHELL := /bin/bash
.DEFAULT_GOAL := help

APT_PACKAGES := build-essential pkg-config libwebkit2gtk-4.1-dev \
	libssl-dev xvfb xauth dbus dbus-daemon webkit2gtk-driver \
	dunst xfce4-panel desktop-file-utils lintian appstream rpm \
	gnome-shell gnome-shell-extension-appindicator gjs dconf-cli \
	plasma-workspace plasma-desktop kwin-x11 kded5 kactivitymanagerd at-spi2-core \
	xfwm4 xfce4-notifyd libatk-adaptor
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
CARGO ?= cargo
# GUI tests need an X server and a private session bus; Xvfb first so that
# bus-activated services inherit DISPLAY.
HEADLESS := xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session --

.PHONY: windows-env windows test-windows help deps deny fuzz node-deps tauri-driver run test test-core check-core-deps check-program-deps lint bench screenshots package deb-debug make-rpm

help:
	@echo "make run    build the release app, add it to your applications menu and start it (tray)"
	@echo "make test   install what is missing, then run every test"
	@echo "make bench  install what is missing, then print benchmark figures"
	@echo "make package  build the release .deb and .rpm into target/release/bundle/{deb,rpm}"
	@echo "make windows  build the three Windows programs and their installer, target/windows/dist/Aloud-<version>-setup.exe (in a Debian 13 chroot)"
	@echo "make test-windows  run the Windows tests under Wine"
	@echo "make screenshots  picture each dashboard panel (light, dark), the tray in xfce4-panel and a reminder in dunst, into docs/screenshots"

deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	@command -v node >/dev/null && command -v npm >/dev/null || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq nodejs npm; }
	@command -v $(CARGO) >/dev/null || { echo "cargo is missing: install Rust with rustup first"; exit 1; }

# The Tauri CLI (bundler) comes from npm with its own prebuilt binary, pinned in
# package-lock.json.
node-deps: deps
	@[ -x node_modules/.bin/tauri ] && [ -f node_modules/axe-core/axe.min.js ] || npm ci --no-audit --no-fund

# Cargo builds the three programs; Tauri's bundler (`tauri bundle`, which builds
# nothing) makes the .deb from them; tools/finish-packages finishes it and makes the
# .rpm from the same files.
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
DEB = target/$(1)/bundle/deb/Aloud_$(VERSION)_amd64.deb
RPM = target/$(1)/bundle/rpm/aloud-$(VERSION)-1.x86_64.rpm
# The three programs are three packages (src-tauri/cli, tray, and src-tauri itself:
# the dashboard, whose tauri.conf.json the bundler reads); finish-packages adds the
# other two.
PROGRAMS := -p aloud -p aloud-tray -p aloud-dashboard
# What `make test` builds, once: the whole workspace with its test targets. Cargo
# unifies features over what it is asked to build, so every debug build of the test
# run (the .deb's programs, the tests, the second local time's tests) asks for this
# same set and finds it built instead of rebuilding a second feature set.
TEST_BUILD := $(CARGO) build --locked --workspace --lib --bins --tests
package: node-deps make-rpm
	$(CARGO) build --release --locked $(PROGRAMS)
	$(call write-docs,release)
	cd src-tauri && ../node_modules/.bin/tauri bundle --bundles deb
	tools/finish-packages $(call DEB,release) $(call RPM,release) target/release/make-rpm

make-rpm: deps
	$(CARGO) build --release --locked -p aloud-make-rpm

# The man pages and shell completions the packages install (tauri.conf.json's
# files), made by the command line ($(1): the profile it was built in) from its own
# definitions.
define write-docs
	rm -rf target/docs
	./target/$(1)/aloud --write-docs target/docs
	gzip -9n target/docs/man1/*.1
	gzip -9n <src-tauri/packaging/changelog >target/docs/changelog.gz
endef

# The debug .deb the package test installs, and the .rpm it lists (tests/tests/package.rs).
deb-debug: node-deps make-rpm
	$(TEST_BUILD)
	$(call write-docs,debug)
	cd src-tauri && ../node_modules/.bin/tauri bundle --debug --bundles deb
	tools/finish-packages $(call DEB,debug) $(call RPM,debug) target/release/make-rpm

# Dependencies only from crates.io, with licences we can ship (deny.toml).
deny: deps
	@command -v cargo-deny >/dev/null || $(CARGO) install cargo-deny --locked
	$(CARGO) deny check bans licenses sources

# The import parser under libFuzzer for a bounded time. cargo fuzz needs -Z flags
# (the sanitizer); this machine has only a stable toolchain, so RUSTC_BOOTSTRAP
# lets stable rustc accept them for this build alone.
FUZZ_SECONDS ?= 20
fuzz: deps
	@command -v cargo-fuzz >/dev/null || $(CARGO) install cargo-fuzz --locked
	set -o pipefail; cd fuzz && RUSTC_BOOTSTRAP=1 $(CARGO) fuzz run import corpus/import -- \
	  -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048 -print_final_stats=1 2>&1 | tail -4

tauri-driver: deps
	@command -v tauri-driver >/dev/null || $(CARGO) install tauri-driver --version '^2' --locked

# A user-level desktop entry and icons first (tools/install-user-entry), so the app
# run from source is named, filed and pictured as the installed one would be.
run: deps
	$(CARGO) build --release $(PROGRAMS)
	tools/install-user-entry target/release
	./target/release/aloud

# The core must stay GUI-free: no tauri, GTK, WebKit or notification crate in its tree.
check-core-deps:
	@if $(CARGO) tree -p aloud-core -e normal --prefix none | grep -Ei '^(tauri|gtk|gdk|webkit|wry|tao|notify-rust|soup)'; then \
	  echo "aloud-core depends on GUI crates (listed above)"; exit 1; \
	else echo "aloud-core is GUI-free"; fi

# The command line starts in milliseconds and runs anywhere: no GUI and no D-Bus in
# its tree (presence comes from the database, links open with xdg-open). The tray
# app lives for months: no GTK or WebKit in its tree.
check-program-deps:
	@if $(CARGO) tree -p aloud -e normal --prefix none | grep -Ei '^(tauri|gtk|gdk|webkit|wry|tao|soup|glib|zbus|zvariant|ksni|x11rb|dbus)'; then \
	  echo "the aloud command line depends on GUI or D-Bus crates (listed above)"; exit 1; \
	else echo "the aloud command line links no GUI and no D-Bus"; fi
	@if $(CARGO) tree -p aloud-tray -e normal --prefix none | grep -Ei '^(tauri|gtk|gdk|webkit|wry|tao|soup|glib)'; then \
	  echo "aloud-tray depends on GTK or WebKit crates (listed above)"; exit 1; \
	else echo "aloud-tray links no GTK and no WebKit"; fi

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --all-targets --locked -- -D warnings

# The local times the end-to-end tests run at (each session gets a TZ that puts
# local time there; see tests/src/local_time.rs): the whole suite at the first, the
# reminder tests again at each other one. 06:00 is before every default trigger,
# 17:45 after all of them. `make test TEST_TIMES=23:58` pins a single time.
TEST_TIMES ?= 06:00 17:45
# (--workspace, not -p aloud-e2e, so that nothing is rebuilt for them: see TEST_BUILD;
# the command line's own automaticity and checkin tests run again with them.)
# (Plasma's scenario runs once: its reminders are set seconds ahead, so the hour does
# not change what it checks, and each Plasma desktop takes 10–30 s to start.)
REMINDER_TESTS := --test tray --test automaticity --test dashboard --test first_run --test real_desktop --test presence --test checkin --test language --test pseudo_locale --test gnome --test xfce --test busy

test: deps tauri-driver check-core-deps check-program-deps lint deny deb-debug fuzz test-windows
	$(TEST_BUILD)
	@set -o pipefail; mkdir -p target; times=($(TEST_TIMES)); \
	node --test ui/tests/ 2>&1 | tee target/test-output.log; ui=$$?; \
	echo "== every test, local time $${times[0]}"; \
	ALOUD_TEST_LOCAL_TIME=$${times[0]} $(HEADLESS) $(CARGO) test --locked --workspace --no-fail-fast 2>&1 | tee -a target/test-output.log; status=$$?; \
	for t in "$${times[@]:1}"; do \
	  echo "== reminder tests again, local time $$t"; \
	  ALOUD_TEST_LOCAL_TIME=$$t $(HEADLESS) $(CARGO) test --locked --workspace --no-fail-fast $(REMINDER_TESTS) 2>&1 | tee -a target/test-output.log || status=1; \
	done; \
	awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($$(i+1) ~ /^passed/) p += $$i; if ($$(i+1) ~ /^failed/) f += $$i; if ($$(i+1) ~ /^ignored/) s += $$i } } \
	     /^# pass / { p += $$3 } /^# fail / { f += $$3 } /^# skipped / { s += $$3 } \
	     END { printf "all tests: %d passed, %d failed, %d skipped\n", p, f, s }' target/test-output.log; \
	[ $$ui -eq 0 ] && exit $$status || exit $$ui

bench: deps tauri-driver
	$(CARGO) build --release --locked $(PROGRAMS)
	ALOUD_BIN=$(CURDIR)/target/release/aloud $(CARGO) bench --locked -p aloud-core --bench history
	@command -v safeeyes >/dev/null && command -v workrave >/dev/null || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends safeeyes workrave gir1.2-ayatanaappindicator3-0.1; }
	$(CARGO) build --release --locked -p aloud-e2e --bin compare
	ALOUD_BIN=$(CURDIR)/target/release/aloud $(HEADLESS) ./target/release/compare 60

# The README's pictures: the real app under Xvfb with a seeded half year of practice.
screenshots: deps tauri-driver
	$(CARGO) build --locked $(PROGRAMS)
	$(CARGO) build --locked -p aloud-e2e --bin screenshots
	xvfb-run -a -s "-screen 0 1280x1300x24" dbus-run-session -- ./target/debug/screenshots docs/screenshots

# Windows, from this machine: a Debian 13 chroot (tools/windows-env) with Rust's
# std source, MinGW-w64, Wine and NSIS. Its own target dir, so the host's builds
# and the chroot's newer cargo never invalidate each other's; std itself is built
# for the target (Debian ships no prebuilt Windows std).
WIN_TARGET := x86_64-pc-windows-gnu
# (The runner through --config, not CARGO_TARGET_…_RUNNER: a test that starts
# `aloud.exe` through assert_cmd would read that variable and look for Wine
# inside Wine.)
WIN_ENV := tools/windows-env run env RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR=target/windows \
	WINEPREFIX=/src/target/windows/wine WINEDEBUG=-all WINEDLLOVERRIDES=mscoree,mshtml=
WIN_CARGO := $(WIN_ENV) cargo
WIN_FLAGS := --locked --target $(WIN_TARGET) -Zbuild-std=std,panic_abort \
	--config 'target.$(WIN_TARGET).linker="x86_64-w64-mingw32-gcc"' \
	--config 'target.$(WIN_TARGET).runner="wine"'
WIN_PROGRAMS := -p aloud -p aloud-tray -p aloud-dashboard

windows-env:
	tools/windows-env make

# Windows release builds use thin LTO over 16 codegen units, not Linux's fat LTO in
# one unit (the tray's resident memory budget is Linux's): the three programs with
# Tauri's dependencies and std built from source are the longest step of make test.
WIN_RELEASE := --release --config 'profile.release.lto="thin"' --config 'profile.release.codegen-units=16'

windows: windows-env
	$(WIN_CARGO) build $(WIN_RELEASE) $(WIN_FLAGS) $(WIN_PROGRAMS)
	$(WIN_ENV) tools/windows-package

# Wine draws on an X display: the tray test needs Explorer's notification area, in the
# prefix's virtual desktop (tools/windows-desktop). The chroot sees the X
# socket but not xvfb-run's cookie, hence -ac.
WIN_X := xvfb-run -a -s "-ac -screen 0 1280x800x24"

test-windows: windows
	$(WIN_X) $(WIN_ENV) tools/windows-desktop
	$(WIN_X) $(WIN_CARGO) test $(WIN_FLAGS) --no-fail-fast -p aloud-core -p aloud -p aloud-tray
	$(WIN_ENV) tools/windows-scenario target/windows/$(WIN_TARGET)/debug/aloud.exe
	$(WIN_X) $(WIN_ENV) tools/windows-install-test target/windows/dist/Aloud-$(VERSION)-setup.exe
