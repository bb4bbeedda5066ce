// Test-only: random text built from a fixed list of pieces, for the tests that
// compare a fast function with its reference on many random inputs.
#pragma once

#include <iterator>
#include <random>
#include <string>

namespace leakwatch::text {

// `count` pieces drawn uniformly from `pieces` (an array or container of
// anything `std::string +=` takes), joined. Draws exactly `count` numbers from
// `rng`, so a caller that draws `count` from `rng` first keeps its sequence.
template <typename Pieces>
std::string JoinRandomPieces(std::mt19937& rng, const Pieces& pieces, size_t count) {
  std::string out;
  for (; count > 0; --count) out += pieces[rng() % std::size(pieces)];
  return out;
}

}  // namespace leakwatch::text
