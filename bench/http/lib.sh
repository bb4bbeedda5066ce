# Sourced by the bench/http scripts.

# wait_for_port LOG [TENTHS]: prints the port that a `leakwatch serve
# --listen 127.0.0.1:0` started in the background announced in LOG (its
# stderr), polling every 0.1 s up to TENTHS times (default 600). Without an
# announcement it prints LOG to stderr and returns 1.
wait_for_port() {
  local log=$1 tries=${2:-600} port=""
  for _ in $(seq "$tries"); do
    port=$(grep -o 'listening on http://127.0.0.1:[0-9]*' "$log" | grep -o '[0-9]*$' || true)
    [[ -n "$port" ]] && { echo "$port"; return 0; }
    sleep 0.1
  done
  echo "http bench: server did not start" >&2
  cat "$log" >&2
  return 1
}
