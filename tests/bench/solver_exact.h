// Exact comparison for bench_solver: small fairs solved to optimality by COIN-OR CBC.
#pragma once

#include <cstdint>
#include <cstdio>

namespace bench
{
inline void run_exact_comparison(uint64_t) { std::printf("exact: not built yet\n"); }
} // namespace bench
