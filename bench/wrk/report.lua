-- wrk script for bench/run. It prints one "WRK key=value ..." line when the run ends, and reads
-- its options from the environment, because wrk passes only positional arguments to scripts:
--
--   BENCH_AUTHORIZATION  value of the Authorization header sent with every request
--   BENCH_PACE_MS        when set, each connection waits this many milliseconds after a response
--                        before it sends its next request, so the offered rate is about
--                        connections * 1000 / BENCH_PACE_MS requests per second (wrk itself has
--                        no constant-rate mode)
--   BENCH_COUNT_STATUS   when "1", counts responses by status code (costs a Lua call per response)
--   BENCH_PATHS          when set, a space-separated list of paths sent in turn on each connection

local authorization = os.getenv("BENCH_AUTHORIZATION")
local pace_ms = tonumber(os.getenv("BENCH_PACE_MS") or "")
local count_status = os.getenv("BENCH_COUNT_STATUS") == "1"
local paths = os.getenv("BENCH_PATHS")

if authorization and authorization ~= "" then
  wrk.headers["Authorization"] = authorization
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

-- Per-thread globals, read back through thread:get() in done().
statuses = {}

if pace_ms then
  function delay()
    return pace_ms
  end
end

if count_status then
  function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
  end
end

if paths and paths ~= "" then
  local requests = {}
  local next_index = 1

  function init(args)
    for path in string.gmatch(paths, "%S+") do
      table.insert(requests, wrk.format(nil, path))
    end
  end

  function request()
    local r = requests[next_index]
    next_index = next_index % #requests + 1
    return r
  end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  local line = string.format(
    "WRK requests=%d duration_s=%.3f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f"
      .. " non2xx=%d connect_errors=%d read_errors=%d write_errors=%d timeouts=%d",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    errors.status, errors.connect, errors.read, errors.write, errors.timeout)
  if count_status then
    local totals = {}
    for _, thread in ipairs(threads) do
      for status, count in pairs(thread:get("statuses")) do
        totals[status] = (totals[status] or 0) + count
      end
    end
    local codes = {}
    for status in pairs(totals) do
      table.insert(codes, status)
    end
    table.sort(codes)
    for _, status in ipairs(codes) do
      line = line .. string.format(" status_%d=%d", status, totals[status])
    end
  end
  io.write(line .. "\n")
end
