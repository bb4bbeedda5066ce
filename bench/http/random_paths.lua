-- wrk script: each request GETs a path picked at random from a file of
-- paths, one per line, already percent-encoded (bench/http/run writes
-- /incidents/{id} for every stored incident).
--
--   wrk -s random_paths.lua URL -- PATHS_FILE   (the URL gives host and port)
--
-- Each wrk thread reads the file once (in init) and seeds its own generator,
-- so the threads do not request the same sequence.
--
-- The file is kept as one string plus a table of line starts (numbers), not
-- as a table of a million strings: with one string per path, each of wrk's
-- Lua garbage collections walked every path and stalled the whole wrk thread
-- (its 32 connections at once) for 0.4-1.4 s, which showed up as a p99 of
-- hundreds of milliseconds against any server. Measured with nginx answering
-- a constant 36-byte body (wrk -t2 -c64 -d10s): a table of strings gave a max
-- latency of 0.87-1.42 s, this layout 176-183 ms on the same loaded machine.

local blob = ""
local starts = {}
local count = 0
local next_thread = 0

function setup(thread)
  next_thread = next_thread + 1
  thread:set("thread_number", next_thread)
end

function init(args)
  local name = args[1]
  if name == nil then
    error("random_paths.lua: pass the paths file after --")
  end
  local file = assert(io.open(name, "rb"))
  blob = file:read("*a")
  file:close()
  if blob:sub(-1) ~= "\n" then
    blob = blob .. "\n"
  end
  local pos = 1
  while true do
    local newline = string.find(blob, "\n", pos, true)
    if newline == nil then
      break
    end
    if newline > pos then
      count = count + 1
      starts[count] = pos
    end
    pos = newline + 1
  end
  if count == 0 then
    error("random_paths.lua: no paths in " .. name)
  end
  math.randomseed(os.time() * 1000 + (thread_number or 0))
end

function request()
  local first = starts[math.random(count)]
  local last = string.find(blob, "\n", first, true) - 1
  return wrk.format("GET", string.sub(blob, first, last))
end
