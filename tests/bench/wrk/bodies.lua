-- wrk script: POSTs precomputed JSON bodies, each once. `wrk -s bodies.lua URL -- FILE THREADS`:
-- thread t of T sends lines t+1, t+1+T, … of FILE in order (so the bench knows which bodies a
-- thread sent: its first `used`, the last ones possibly still in flight when the run ended).
-- done() prints one JSON line (WRK_JSON …): counts, errors, latency percentiles in µs.
local threads = {}

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

function init(args)
  local file, nthreads = args[1], tonumber(args[2])
  reqs = {}
  used = 0
  local i = 0
  for line in io.lines(file) do
    if i % nthreads == tid then
      reqs[#reqs + 1] = wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, line)
    end
    i = i + 1
  end
end

function request()
  used = used + 1
  -- Past the end: the last body again, which the server refuses (a duplicate), so an
  -- undersized run shows up as errors instead of passing quietly.
  return reqs[used] or reqs[#reqs]
end

-- Refused requests: 404s counted apart (a reveal of a share whose create was still in flight when
-- its run ended, which the server may have dropped), and a sample of any other refusal.
function response(status, headers, body)
  if status == 404 then
    notFound = (notFound or 0) + 1
  elseif status ~= 200 then
    if not sample then sample = status .. " " .. string.sub(body or "", 1, 160) end
  end
end

function done(summary, latency, requests)
  local per = {}
  local samples = {}
  local nf = 0
  for i, t in ipairs(threads) do
    per[i] = tostring(t:get("used"))
    nf = nf + (t:get("notFound") or 0)
    local s = t:get("sample")
    if s then samples[#samples + 1] = string.format("%q", s) end
  end
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests":%d,"durationUs":%d,"status":%d,"connect":%d,"read":%d,"write":%d,' ..
    '"timeout":%d,"p50":%d,"p90":%d,"p99":%d,"p999":%d,"max":%d,"mean":%.1f,"used":[%s],' ..
    '"notFound":%d,"samples":[%s]}\n',
    summary.requests, summary.duration, e.status, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency:percentile(99.9), latency.max, latency.mean, table.concat(per, ","),
    nf, table.concat(samples, ",")))
end
