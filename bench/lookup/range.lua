-- wrk script: GET /range/{random 5-hex prefix}; PADDING=1 adds Add-Padding: true;
-- RANGE_PATH replaces "/range/" (nginx's padded stand-in is /prange/).
math.randomseed(os.time() + math.floor(os.clock() * 1000000))
if os.getenv("PADDING") == "1" then
  wrk.headers["Add-Padding"] = "true"
end
local base = os.getenv("RANGE_PATH") or "/range/"
request = function()
  return wrk.format("GET", string.format("%s%05X", base, math.random(0, 1048575)))
end
