// UTF-8 as names, texts and drawings carry it: one encoder and one decoder for the whole program
// (the DXF reader, the glyph atlas and the window's shaping all use these).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bp
{

// Appends `cp` as UTF-8; a surrogate or a value past U+10FFFF is written as U+FFFD, so the output
// is always valid UTF-8.
void append_utf8(std::string& out, uint32_t cp);
std::string encode_utf8(const std::vector<uint32_t>& codepoints);
// Code points of `text`; each byte that does not start a well-formed sequence becomes U+FFFD.
std::vector<uint32_t> decode_utf8(std::string_view text);

} // namespace bp
