# The two commands: `make run` and `make test`. Everything else supports them.
GO        ?= go
ADDR      ?= :8000
WASM      := web/app.wasm
SERVER    := bin/server
GO_FILES  := $(shell find . -name '*.go' -not -path './build/*') go.mod go.sum

.PHONY: build run test unit e2e lint chromium runtimes static size clean

OUT ?= build/static

build: $(WASM) $(SERVER)

# -s -w drop the symbol table and DWARF: about a fifth of the bundle.
$(WASM): $(GO_FILES)
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="-s -w" -o $@ .

$(SERVER): $(GO_FILES)
	$(GO) build -trimpath -o $@ .

# ORIGIN=https://status.example.com: the public origin, for canonical
# addresses and link previews (see README, Deploying).
ORIGIN ?=
ORIGIN_FLAG = $(if $(ORIGIN),-origin $(ORIGIN))

run: build
	./$(SERVER) -addr $(ADDR) $(ORIGIN_FLAG)

# A static copy of the site for any CDN or file server (see README).
static: build
	rm -rf $(OUT)
	./$(SERVER) -export $(OUT) $(ORIGIN_FLAG)

# The WASM bundle's size raw and as it goes over the wire (the server sends brotli when the browser accepts it).
size: $(WASM)
	@command -v brotli >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && apt-get install -y -qq brotli >/dev/null 2>&1; } || true
	@raw=$$(wc -c < $(WASM)); gz=$$(gzip -9 -c $(WASM) | wc -c); \
	br=$$(command -v brotli >/dev/null 2>&1 && brotli -q 9 -c $(WASM) | wc -c || echo "n/a"); \
	printf 'app.wasm  raw %s bytes  gzip -9 %s bytes  brotli -q 9 %s bytes\n' $$raw $$gz $$br

test: lint unit e2e

lint:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$unformatted" ]; then echo "gofmt needed:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./...

# With the race detector when cgo has a C compiler (it needs one on Linux):
# the server answers from many goroutines.
RACE := $(shell [ "$$($(GO) env CGO_ENABLED)" = 1 ] && command -v "$$($(GO) env CC)" >/dev/null 2>&1 && echo -race)

# Unit tests, and the tests that run what the site shows against the real
# thing (tag runtimes): snippets in Go, nginx, Express and Flask; constants
# in Python and Node; curl's retries. Without the tag, go test ./... needs
# nothing but Go.
unit: runtimes
	$(GO) test $(RACE) -tags runtimes $$($(GO) list ./... | grep -v /e2e)

# The browser tests build the app themselves and start the real server.
e2e: chromium
	$(GO) test -tags e2e -count=1 -timeout 8m ./e2e/

# Chromium and the runtimes come from Debian: scripts/need-debian.sh
# installs them with apt when it can, and says what to do when it cannot.
chromium:
	@scripts/need-debian.sh 'command -v chromium' chromium chromium-driver

runtimes:
	@scripts/need-debian.sh 'command -v nginx || test -x /usr/sbin/nginx' nginx
	@scripts/need-debian.sh 'command -v node && test -f /usr/share/nodejs/express/index.js' nodejs node-express
	@scripts/need-debian.sh '/usr/bin/python3 -c "import flask"' python3-flask
	@scripts/need-debian.sh 'command -v curl' curl

clean:
	rm -rf bin build $(WASM)

# Lighthouse 12 (pinned in audit/package-lock.json) on /, /502, a header page, the chooser and a comparison, with Debian's Chromium and Lighthouse's mobile
# defaults: prints the category scores and key metrics, saves the reports in build/audit/. Needs Node and npm.
# Reports scores, enforces none; fails only when Lighthouse cannot run. Not part of `make test`.
AUDIT_LH := audit/node_modules/.installed

.PHONY: audit
audit: build chromium $(AUDIT_LH)
	CHROME_PATH=$${CHROME_PATH:-/usr/bin/chromium} node audit/audit.mjs

$(AUDIT_LH): audit/package.json audit/package-lock.json
	@command -v npm >/dev/null 2>&1 || { echo "make audit needs Node.js and npm (Debian: apt-get install nodejs npm)."; exit 1; }
	cd audit && npm ci --no-audit --no-fund
	@touch $@

# Go benchmarks, then this server against nginx serving the static export
# under wrk, on loopback (see bench/bench.sh for the knobs).
.PHONY: bench
bench: build
	bash bench/bench.sh
