-- wrk script: each request GETs a path picked at random from a file of
-- paths, one per line, already percent-encoded (bench/http/run writes
-- /incidents/{id} for every stored incident).
--
--   wrk -s random_paths.lua URL -- PATHS_FILE   (the URL gives host and port)
--
-- Each wrk thread reads the file once (in init) and seeds its own generator,
-- so the threads do not request the same sequence.

local paths = {}
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
  local file = assert(io.open(name, "r"))
  for line in file:lines() do
    if #line > 0 then
      paths[#paths + 1] = line
    end
  end
  file:close()
  if #paths == 0 then
    error("random_paths.lua: no paths in " .. name)
  end
  math.randomseed(os.time() * 1000 + (thread_number or 0))
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end
