// Realistic sample fairs generated from the facts of DESIGN §5, deterministic for a seed.
#pragma once

#include "layout/model/model.h"

#include <cstdint>
#include <optional>
#include <string>

namespace bp
{

enum class SamplePreset
{
    Tiny,     // one hall, ~60 exhibitors (tests)
    Cismef,   // 14 halls of 126 m x 84 m, 3,000 exhibitors
    Canton,   // one Canton Fair phase: 60 halls, ~10,000 exhibitors
    CantonX3, // 180 halls, 32,000 exhibitors (scale tests)
    Generated, // a generated fair with a planted answer (generated.h): halls, size and fill drawn from the seed
};

std::optional<SamplePreset> parse_sample_preset(const std::string& name);
const char* to_string(SamplePreset preset);

// A venue with its halls and rules, exhibitors, pavilions and sectors; no booths yet
// (the grid generator makes them).
Project make_sample(SamplePreset preset, uint64_t seed = 1);

} // namespace bp
