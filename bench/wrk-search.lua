-- Random searches for bench/bench.sh: each request asks for a query made of
-- a common word and a random number, so that nearly every one is a page the
-- server has not rendered yet (its cache of rendered pages holds 1,000).
-- Prints the same RESULT line as wrk-report.lua, plus how many answers were
-- 503 (the server's cap on renders at once).
local words = {"gateway", "timeout", "not found", "rate limit", "cloudflare", "nginx", "teapot", "redirect",
  "unauthorized", "forbidden", "bad request", "server error", "too many", "payload", "conflict", "gone"}
local threads = {}

setup = function(thread)
  table.insert(threads, thread)
end

init = function(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
  unavailable = 0
end

request = function()
  local q = words[math.random(#words)] .. " " .. math.random(1, 1e9)
  return wrk.format("GET", "/?q=" .. q:gsub(" ", "+"))
end

response = function(status, headers, body)
  if status == 503 then
    unavailable = unavailable + 1
  end
end

done = function(summary, latency, requests)
  local e = summary.errors
  local n503 = 0
  for _, t in ipairs(threads) do
    n503 = n503 + (t:get("unavailable") or 0)
  end
  io.write(string.format(
    "RESULT requests=%d duration_us=%d bytes=%d p50_us=%d p99_us=%d connect=%d read=%d write=%d timeout=%d status=%d unavailable=%d\n",
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(99),
    e.connect, e.read, e.write, e.timeout, e.status, n503))
end
