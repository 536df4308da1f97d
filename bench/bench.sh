#!/usr/bin/env bash
# make bench: the Go benchmarks, then a load test of this server against
# nginx serving the static export, on this machine, on loopback only.
#
#   DURATION=10 SLICES=10 THREADS=2 CONNECTIONS=50 bash bench/bench.sh
#   SKIP_GO_BENCH=1 bash bench/bench.sh   # the load test alone
#   BENCH_STRICT=1 bash bench/bench.sh    # also exit 1 below 0.7x nginx on /502
#   FLOOD=2000 bash bench/bench.sh        # connections of the search flood
#
# Both servers get the same load: wrk with THREADS threads and CONNECTIONS
# keep-alive connections, Accept-Encoding: gzip, br, DURATION seconds per
# target and server. The time is cut into SLICES rounds of short slices,
# one per server, so that whatever else the machine is doing weighs on
# both alike. This machine's speed swings within seconds (the same server
# measured 17k and 29k req/s a few seconds apart), so each round puts our
# server's slice next to nginx's, in turn first and second, and the ratio
# reported is the median of the rounds' ratios, beside the pooled one.
# They send the same bytes (the export's precompressed files; a
# like-for-like gzip run is added if they choose different encodings), the
# same headers, no access log, and use the same number of cores:
# SERVER_CPUS, by default those wrk's threads leave free (at least one):
# GOMAXPROCS for Go, worker_processes for nginx.
#
# It exits 1 on any error: a non-2xx answer, a socket error, a server that
# does not start. Whatever happens, it stops the nginx and the server it
# started, and removes its files.
set -euo pipefail

cd "$(dirname "$0")/.."
DURATION=${DURATION:-10}
DURATION=${DURATION%s}
SLICES=${SLICES:-10}
WARMUP=${WARMUP:-2}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-50}
TARGETS=${TARGETS:-/502 /web/app.wasm}
ACCEPT_ENCODING="gzip, br"
CPUS=$(nproc)
SERVER_CPUS=${SERVER_CPUS:-$((CPUS > THREADS ? CPUS - THREADS : 1))}
GO=${GO:-go}

say() { printf '\n== %s\n' "$*"; }

# --- Tools ------------------------------------------------------------------

install_debian() {
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
		echo "Installing $* from Debian..."
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"; } >/dev/null 2>&1
	else
		return 1
	fi
}

command -v wrk >/dev/null 2>&1 || install_debian wrk ||
	{ echo "bench needs wrk: apt-get install wrk"; exit 1; }
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$NGINX" ] || install_debian nginx-light || install_debian nginx ||
	{ echo "bench needs nginx: apt-get install nginx-light"; exit 1; }
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

# Brotli for nginx: Debian's nginx and nginx-light have none built in; the
# module is a package of its own.
BROTLI_SO=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
[ -f "$BROTLI_SO" ] || install_debian libnginx-mod-http-brotli-static || true

# --- Go benchmarks ----------------------------------------------------------

if [ -z "${SKIP_GO_BENCH:-}" ]; then
	packages=$($GO list ./...)
	tags=e2e
	if ! command -v chromium >/dev/null 2>&1; then
		echo "No chromium: the browser benchmarks (./e2e) are left out; 'make chromium' installs it."
		packages=$(grep -v /e2e <<<"$packages")
		tags=
	fi
	say "Go benchmarks"
	# shellcheck disable=SC2086
	$GO test -tags "$tags" -run '^$' -bench . -benchmem -timeout 20m $packages
fi

# --- Load test: set-up and clean-up -----------------------------------------

WORK=$(mktemp -d /tmp/httpstatus-bench-XXXXXX)
SERVER_PID=
NGINX_PID=
FLOOR_PID=
HELLO_PID=
cleanup() {
	local status=$? pid
	trap - EXIT INT TERM
	for pid in $SERVER_PID $NGINX_PID $FLOOR_PID $HELLO_PID; do
		kill -TERM "$pid" 2>/dev/null || true
	done
	for pid in $SERVER_PID $NGINX_PID $FLOOR_PID $HELLO_PID; do
		for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
		kill -KILL "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	done
	rm -rf "$WORK"
	exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
	local port
	for port in $(seq "$1" $(($1 + 200))); do
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
			echo "$port"
			return
		fi
	done
	echo "no free port from $1" >&2
	return 1
}

wait_for() { # URL NAME: until it answers, 60 s at most
	for _ in $(seq 600); do
		curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
		sleep 0.1
	done
	echo "$2 did not start; its log:"
	cat "$WORK/$2.log" "$WORK/$2-error.log" 2>/dev/null || true
	return 1
}

say "Building the server and the static export"
make --no-print-directory build
make --no-print-directory static OUT="$WORK/static" >/dev/null
chmod -R a+rX "$WORK" # nginx's workers run as another user

GO_PORT=$(free_port 18080)
GOMAXPROCS=$SERVER_CPUS ./bin/server -quiet -addr "127.0.0.1:$GO_PORT" -web web >"$WORK/server.log" 2>&1 &
SERVER_PID=$!

NGINX_PORT=$(free_port $((GO_PORT + 1)))
if [ -f "$BROTLI_SO" ]; then
	brotli_module="load_module $BROTLI_SO;"
	brotli="brotli_static on;"
	nginx_brotli="brotli_static ($BROTLI_SO)"
else
	brotli_module="# no brotli module: apt-get install libnginx-mod-http-brotli-static"
	brotli=""
	nginx_brotli="none: Debian's nginx-light has no brotli module and libnginx-mod-http-brotli-static is not installed, so nginx sends gzip"
fi
mkdir -p "$WORK/nginx-tmp"
sed -e "s|@WORK@|$WORK|g" -e "s|@ROOT@|$WORK/static|g" -e "s|@PORT@|$NGINX_PORT|g" \
	-e "s|@WORKERS@|$SERVER_CPUS|" -e "s|@BROTLI_MODULE@|$brotli_module|" -e "s|@BROTLI@|$brotli|" \
	bench/nginx.conf.in >"$WORK/nginx.conf"
"$NGINX" -e "$WORK/nginx-error.log" -p "$WORK" -c "$WORK/nginx.conf" -g 'daemon off;' >"$WORK/nginx.log" 2>&1 &
NGINX_PID=$!

wait_for "http://127.0.0.1:$GO_PORT/healthz" server
wait_for "http://127.0.0.1:$NGINX_PORT/502" nginx

# net/http's floor for /502: the same answer sent from memory by the least
# net/http program (bench/floor), and net/http's hello world. They show how
# much of the gap to nginx is net/http's own.
$GO build -o "$WORK/floor" ./bench/floor
FLOOR_PORT=$(free_port $((NGINX_PORT + 1)))
GOMAXPROCS=$SERVER_CPUS "$WORK/floor" -addr "127.0.0.1:$FLOOR_PORT" -from "http://127.0.0.1:$GO_PORT/502" \
	-accept-encoding "$ACCEPT_ENCODING" >"$WORK/floor.log" 2>&1 &
FLOOR_PID=$!
HELLO_PORT=$(free_port $((FLOOR_PORT + 1)))
GOMAXPROCS=$SERVER_CPUS "$WORK/floor" -addr "127.0.0.1:$HELLO_PORT" -hello >"$WORK/hello.log" 2>&1 &
HELLO_PID=$!
wait_for "http://127.0.0.1:$FLOOR_PORT/502" floor
wait_for "http://127.0.0.1:$HELLO_PORT/" hello

# --- Load test --------------------------------------------------------------

# served URL AE: what a server sends, e.g. "200 br 3610 B".
served() {
	curl -s -o /dev/null -H "Accept-Encoding: $2" \
		-w '%{http_code} %header{content-encoding} %{size_download} B' "$1" |
		sed 's/  / identity /'
}

# cpu_ticks NAME: CPU time (user + system, in clock ticks) the server has
# used so far, nginx's workers included, and of that the system's.
TICK=$(getconf CLK_TCK)
cpu_ticks() {
	local pids pid total=0 system=0
	case $1 in
	go) pids=$SERVER_PID ;;
	nginx) pids="$NGINX_PID $(pgrep -P "$NGINX_PID" | tr '\n' ' ')" ;;
	floor) pids=$FLOOR_PID ;;
	hello) pids=$HELLO_PID ;;
	esac
	for pid in $pids; do
		read -r u s < <(awk '{ print $14, $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0 0)
		total=$((total + u + s))
		system=$((system + s))
	done
	echo "$total $system"
}

# One wrk slice; sums go into the SUM_* arrays under "target|ae|server".
declare -A SUM_REQ SUM_US SUM_BYTES MAX_P99 SUM_P50 SUM_STATUS SUM_SOCKET SUM_TICKS SUM_SYS NSLICES SERVED SLICE_RPS
slice() { # SERVER URL AE SECONDS KEY
	local before before_sys after after_sys out line key=$5
	read -r before before_sys < <(cpu_ticks "$1")
	out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$4s" --latency -H "Accept-Encoding: $3" -s bench/wrk-report.lua "$2")
	read -r after after_sys < <(cpu_ticks "$1")
	line=$(grep '^RESULT' <<<"$out") || { echo "$out"; ERRORS=$((ERRORS + 1)); return; }
	field() { sed -n "s/.* $1=\([0-9]*\).*/\1/p" <<<" $line"; }
	SUM_REQ[$key]=$((${SUM_REQ[$key]:-0} + $(field requests)))
	SUM_US[$key]=$((${SUM_US[$key]:-0} + $(field duration_us)))
	SUM_P50[$key]=$((${SUM_P50[$key]:-0} + $(field p50_us)))
	local p99
	p99=$(field p99_us)
	if [ "$p99" -gt "${MAX_P99[$key]:-0}" ]; then MAX_P99[$key]=$p99; fi
	SUM_STATUS[$key]=$((${SUM_STATUS[$key]:-0} + $(field status)))
	SUM_SOCKET[$key]=$((${SUM_SOCKET[$key]:-0} + $(field connect) + $(field read) + $(field write) + $(field timeout)))
	SUM_TICKS[$key]=$((${SUM_TICKS[$key]:-0} + after - before))
	SUM_SYS[$key]=$((${SUM_SYS[$key]:-0} + after_sys - before_sys))
	NSLICES[$key]=$((${NSLICES[$key]:-0} + 1))
	SLICE_RPS[$key]+=" $(awk -v n="$(field requests)" -v d="$(field duration_us)" 'BEGIN { printf "%.0f", n / (d / 1e6) }')"
}

# paired_ratios ROW: each round's go/nginx requests/s, in round order.
paired_ratios() {
	paste -d' ' <(tr ' ' '\n' <<<"${SLICE_RPS["$1|go"]# }") <(tr ' ' '\n' <<<"${SLICE_RPS["$1|nginx"]# }") |
		awk '$2 > 0 { printf "%.2f\n", $1 / $2 }'
}

ERRORS=0
ROWS=()
# compare TARGET AE: the servers in rounds of one slice each.
# The floor servers are measured on /502 only: they send that one answer.
servers_for() { # TARGET AE
	if [ "$1" = /502 ] && [ "$2" = "$ACCEPT_ENCODING" ]; then echo go nginx floor hello; else echo go nginx; fi
}
url_of() { # SERVER TARGET
	case $1 in
	go) echo "http://127.0.0.1:$GO_PORT$2" ;;
	nginx) echo "http://127.0.0.1:$NGINX_PORT$2" ;;
	floor) echo "http://127.0.0.1:$FLOOR_PORT$2" ;;
	hello) echo "http://127.0.0.1:$HELLO_PORT$2" ;;
	esac
}
compare() {
	local target=$1 ae=$2 server url i what servers order
	local seconds=$(((DURATION + SLICES - 1) / SLICES))
	servers=$(servers_for "$target" "$ae")
	for server in $servers; do
		url=$(url_of $server "$target")
		what=$(served "$url" "$ae")
		case $what in 200\ *) ;; *)
			echo "$server $target answers '$what', not 200: not measured"
			ERRORS=$((ERRORS + 1))
			return
			;;
		esac
		SERVED["$target|$ae|$server"]=${what#200 }
		wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -H "Accept-Encoding: $ae" "$url" >/dev/null
	done
	for i in $(seq "$SLICES"); do
		# go and nginx next to each other, in turn first and second.
		order=$servers
		if [ $((i % 2)) = 0 ]; then order=$(sed 's/^go nginx/nginx go/' <<<"$servers"); fi
		for server in $order; do
			slice $server "$(url_of $server "$target")" "$ae" "$seconds" "$target|$ae|$server"
		done
	done
	ROWS+=("$target|$ae")
}

say "Load test"
echo "wrk -t$THREADS -c$CONNECTIONS, Accept-Encoding: $ACCEPT_ENCODING; ${DURATION}s per target and server in $SLICES alternating slices, after ${WARMUP}s of warm-up each; 127.0.0.1 only"
echo "machine: $CPUS CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg) before the test"
echo "go:    ./bin/server -quiet (GOMAXPROCS=$SERVER_CPUS) on 127.0.0.1:$GO_PORT"
echo "nginx: $("$NGINX" -v 2>&1 | sed 's/.*: //'), worker_processes $SERVER_CPUS, serving the export of make static on 127.0.0.1:$NGINX_PORT; brotli: $nginx_brotli"
echo "floor: bench/floor (GOMAXPROCS=$SERVER_CPUS), the server's answer for /502 sent from memory by a bare net/http handler; hello: net/http's hello world (/502 only)"

for target in $TARGETS; do
	compare "$target" "$ACCEPT_ENCODING"
	go_enc=${SERVED["$target|$ACCEPT_ENCODING|go"]:-}
	nginx_enc=${SERVED["$target|$ACCEPT_ENCODING|nginx"]:-}
	if [ "${go_enc%% *}" != "${nginx_enc%% *}" ]; then
		echo "$target: go sends $go_enc, nginx $nginx_enc: adding a gzip run, the same bytes on both"
		compare "$target" gzip
	fi
done

# --- Searches: rendered per request, within bounds ---------------------------

# field LINE NAME: a number from a RESULT line.
field_of() { sed -n "s/.* $2=\([0-9]*\).*/\1/p" <<<" $1"; }

say "Random searches (/?q=): rendered per request"
SEARCH_URL="http://127.0.0.1:$GO_PORT/"
out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Accept-Encoding: $ACCEPT_ENCODING" -s bench/wrk-search.lua "$SEARCH_URL")
line=$(grep '^RESULT' <<<"$out") || { echo "$out"; ERRORS=$((ERRORS + 1)); }
if [ -n "${line:-}" ]; then
	awk -v n="$(field_of "$line" requests)" -v d="$(field_of "$line" duration_us)" -v p50="$(field_of "$line" p50_us)" \
		-v p99="$(field_of "$line" p99_us)" -v u="$(field_of "$line" unavailable)" -v c="$CONNECTIONS" \
		'BEGIN { printf "%d connections: %.0f searches/s, p50 %.1fms, p99 %.1fms, %d answered 503\n", c, n / (d / 1e6), p50 / 1000, p99 / 1000, u }'
fi

# A flood of searches on many connections at once: the server's memory
# must stay bounded and /healthz must stay quick (targets: RSS under 300 MB,
# /healthz under 50 ms). Needs file descriptors for the connections.
FLOOD=${FLOOD:-2000}
if [ "$FLOOD" -gt 0 ]; then
	say "A flood of searches: $FLOOD connections at once"
	ulimit -n $((FLOOD * 2 + 100)) 2>/dev/null || true
	rss_before=$(awk '/^VmRSS/ { print $2 }' "/proc/$SERVER_PID/status")
	wrk -t"$THREADS" -c"$FLOOD" -d"${DURATION}s" --timeout 10s --latency -H "Accept-Encoding: $ACCEPT_ENCODING" \
		-s bench/wrk-search.lua "$SEARCH_URL" >"$WORK/flood.out" 2>&1 &
	WRK_PID=$!
	flood_start=$(date +%s%N)
	sleep 2
	: >"$WORK/health.times"
	rss_max=$rss_before
	while kill -0 "$WRK_PID" 2>/dev/null; do
		# Seconds since the flood began, and the time /healthz took.
		printf '%s ' "$(awk -v a="$flood_start" -v b="$(date +%s%N)" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')" >>"$WORK/health.times"
		curl -s -o /dev/null -m 5 -w '%{time_total}\n' "http://127.0.0.1:$GO_PORT/healthz" >>"$WORK/health.times" ||
			echo 5 >>"$WORK/health.times"
		rss=$(awk '/^VmRSS/ { print $2 }' "/proc/$SERVER_PID/status")
		[ "$rss" -gt "$rss_max" ] && rss_max=$rss
		sleep 0.2
	done
	wait "$WRK_PID" || true
	line=$(grep '^RESULT' "$WORK/flood.out") || { cat "$WORK/flood.out"; ERRORS=$((ERRORS + 1)); }
	if [ -n "${line:-}" ]; then
		awk -v n="$(field_of "$line" requests)" -v d="$(field_of "$line" duration_us)" -v p99="$(field_of "$line" p99_us)" \
			-v u="$(field_of "$line" unavailable)" -v t="$(field_of "$line" timeout)" -v c="$FLOOD" \
			'BEGIN { printf "%d connections: %.0f answers/s (%d of them 503 with Retry-After), p99 %.0fms, %d timeouts\n", c, n / (d / 1e6), u, p99 / 1000, t }'
	fi
	rss_peak=$(awk '/^VmHWM/ { print $2 }' "/proc/$SERVER_PID/status")
	awk -v b="$rss_before" -v m="$rss_max" -v p="$rss_peak" 'BEGIN {
		printf "server RSS: %.0f MB before, %.0f MB at most during the flood (peak since start %.0f MB; target < 300 MB: %s)\n", b / 1024, m / 1024, p / 1024, (m < 300 * 1024 ? "met" : "missed")
	}'
	# The target is for while the flood goes on: a check in its last
	# second may meet the 2,000 connections closing at once, which the
	# server answers one by one like anything else; it is shown apart.
	awk -v end="$((DURATION - 1))" '$1 < end { print $2 }' "$WORK/health.times" | sort -n | awk '{ t[NR] = $1 } END {
		if (NR == 0) { print "/healthz during the flood: no checks"; exit }
		over = 0
		for (i = 1; i <= NR; i++) if (t[i] >= 0.05) over++
		printf "/healthz during the flood: %d checks, median %.1f ms, slowest %.1f ms, %d at 50 ms or more (target < 50 ms: %s)\n",
			NR, t[int((NR + 1) / 2)] * 1000, t[NR] * 1000, over, (over == 0 ? "met" : "missed")
	}'
	awk -v end="$((DURATION - 1))" '$1 >= end { printf "%s%.1f ms", (n++ ? ", " : ""), $2 * 1000 } END {
		if (n) print " (checks in its last second, as the connections close)"
	}' "$WORK/health.times" | sed 's/^/\/healthz as the flood ends: /'
fi

# --- Report -----------------------------------------------------------------

say "Results"
fmt='%-14s %-9s %-6s %-18s %11s %8s %9s %8s %8s %8s %14s\n'
printf "$fmt" target encoding server served requests/s p50 "p99 (max)" "CPU/req" kernel non-2xx "socket errors"
declare -A RPS
for row in "${ROWS[@]}"; do
	target=${row%%|*}
	ae=${row#*|}
	for server in go nginx floor hello; do
		key="$row|$server"
		[ -n "${NSLICES[$key]:-}" ] || continue
		rps=$(awk -v n="${SUM_REQ[$key]}" -v d="${SUM_US[$key]}" 'BEGIN { printf "%.0f", n / (d / 1e6) }')
		RPS[$key]=$rps
		p50=$(awk -v u="${SUM_P50[$key]}" -v n="${NSLICES[$key]}" 'BEGIN { printf "%.2fms", u / n / 1000 }')
		p99=$(awk -v u="${MAX_P99[$key]}" 'BEGIN { printf "%.2fms", u / 1000 }')
		cpu=$(awk -v t="${SUM_TICKS[$key]}" -v hz="$TICK" -v n="${SUM_REQ[$key]}" 'BEGIN { printf "%.1fus", t / hz * 1e6 / n }')
		sys=$(awk -v t="${SUM_SYS[$key]}" -v hz="$TICK" -v n="${SUM_REQ[$key]}" 'BEGIN { printf "%.1fus", t / hz * 1e6 / n }')
		ERRORS=$((ERRORS + ${SUM_STATUS[$key]} + ${SUM_SOCKET[$key]}))
		printf "$fmt" "$target" "$ae" "$server" "${SERVED[$key]}" "$rps" "$p50" "$p99" "$cpu" "$sys" "${SUM_STATUS[$key]}" "${SUM_SOCKET[$key]}"
	done
done
echo "(p50: mean of the slices' medians; p99: the worst slice's; CPU/req: the server's CPU time, user and system, per request; kernel: the system's part of it)"

echo
BELOW=0
for row in "${ROWS[@]}"; do
	go_rps=${RPS["$row|go"]:-}
	nginx_rps=${RPS["$row|nginx"]:-}
	[ -n "$go_rps" ] && [ -n "$nginx_rps" ] || continue
	pooled=$(awk -v g="$go_rps" -v n="$nginx_rps" 'BEGIN { printf "%.2f", g / n }')
	rounds=$(paired_ratios "$row")
	ratio=$(sort -n <<<"$rounds" | awk '{ r[NR] = $1 } END { printf "%.2f", NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2 }')
	verdict=""
	if [ "${row%%|*}" = /502 ] && [ "${row#*|}" = "$ACCEPT_ENCODING" ]; then
		if awk -v r="$ratio" 'BEGIN { exit !(r >= 0.7) }'; then
			verdict="(target >= 0.70: met)"
		else
			verdict="(target >= 0.70: missed)"
			BELOW=1
		fi
	fi
	echo "requests/s go/nginx ${row%%|*}, Accept-Encoding: ${row#*|}: $ratio, the median of $(wc -l <<<"$rounds") rounds${verdict:+ $verdict}"
	echo "  rounds, in order: $(tr '\n' ' ' <<<"$rounds")(all slices pooled: $pooled)"
	for floor in floor hello; do
		floor_rps=${RPS["$row|$floor"]:-}
		[ -n "$floor_rps" ] || continue
		awk -v f="$floor_rps" -v n="$nginx_rps" -v g="$go_rps" -v what="$floor" 'BEGIN {
			printf "requests/s %s/nginx: %.2f (go/%s: %.2f)\n", what, f / n, what, g / f
		}'
	done
done
echo "errors (non-2xx answers and socket errors, both servers, all runs): $ERRORS"
echo "machine load average after the test: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -s "$WORK/server.log" ]; then
	echo "server log:"
	cat "$WORK/server.log"
fi

if [ "$ERRORS" -gt 0 ]; then
	exit 1
fi
if [ -n "${BENCH_STRICT:-}" ] && [ "$BELOW" = 1 ]; then
	exit 1
fi
