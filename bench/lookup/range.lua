-- wrk script: GET /range/{random 5-hex prefix}; PADDING=1 adds Add-Padding: true.
math.randomseed(os.time() + math.floor(os.clock() * 1000000))
if os.getenv("PADDING") == "1" then
  wrk.headers["Add-Padding"] = "true"
end
request = function()
  return wrk.format("GET", string.format("/range/%05X", math.random(0, 1048575)))
end
