// A strict reader of ASCII DXF: group-code/value pairs, the header variables a venue import needs,
// the layer table, block definitions and the model-space entities with their tags. Venue drawings
// come from outside, so every malformed input is refused with a message naming the line (DESIGN §2).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace bp
{

// Bounds on a drawing from outside: its bytes, and its group codes (each kept in memory as a
// DxfTag of ~50 bytes, so 16 million of them stay under 1 GB).
constexpr size_t kMaxDxfBytes = size_t(256) << 20;
constexpr size_t kMaxDxfTags = 16'000'000;

struct DxfTag
{
    int code = 0;
    std::string value;
    int line = 0; // line of the group code, 1-based
};

struct DxfEntity
{
    std::string type; // "LWPOLYLINE", "CIRCLE", ...
    std::string layer;
    int line = 0;
    std::vector<DxfTag> tags;                  // the entity's own tags, the leading 0/type excluded
    std::vector<std::vector<DxfTag>> vertices; // POLYLINE only: each VERTEX's tags
};

// A block definition (BLOCK ... ENDBLK): what an INSERT places, scaled and turned.
struct DxfBlock
{
    std::string name;
    double base_x = 0, base_y = 0;
    int line = 0;
    std::vector<DxfEntity> entities;
};

struct DxfDrawing
{
    std::string version;             // $ACADVER, e.g. "AC1015"
    std::optional<int> insunits;     // $INSUNITS
    std::string codepage;            // $DWGCODEPAGE, e.g. "ANSI_1252"
    std::vector<std::string> layers; // names in the LAYER table, in file order
    std::vector<DxfBlock> blocks;
    std::vector<DxfEntity> entities; // model-space entities of the ENTITIES section
};

// Throws InputError (`file:line: message`) for anything that is not a well-formed ASCII DXF:
// binary DXF, a group code that is not an integer, a missing value, numbers that do not parse,
// sections not closed, no final 0/EOF, more than a million vertices in one polyline.
DxfDrawing read_dxf(const std::string& bytes, const std::string& file_label);

// Numeric value of a tag; throws InputError naming the tag's line when it is not a finite number.
double dxf_number(const DxfTag& tag, const std::string& file_label);
int dxf_int(const DxfTag& tag, const std::string& file_label);

// An entity's tags by group code, read as numbers on demand (InputError naming the line when one
// does not parse); the first tag of a code counts.
class DxfEntityTags
{
public:
    DxfEntityTags(const DxfEntity& e, const std::string& file) : e_(e), file_(file) {}
    double num(int code, double fallback = 0) const
    {
        for (const DxfTag& t : e_.tags)
            if (t.code == code)
                return dxf_number(t, file_);
        return fallback;
    }
    int integer(int code, int fallback = 0) const
    {
        for (const DxfTag& t : e_.tags)
            if (t.code == code)
                return dxf_int(t, file_);
        return fallback;
    }
    const std::string* str(int code) const
    {
        for (const DxfTag& t : e_.tags)
            if (t.code == code)
                return &t.value;
        return nullptr;
    }
    bool mirrored() const { return num(230, 1) < 0; } // extrusion (0,0,-1): the OCS x axis is flipped

private:
    const DxfEntity& e_;
    const std::string& file_;
};

// DXF text to UTF-8: \U+XXXX escapes decoded; bytes that are not UTF-8 read as Windows-1252 (the
// code page of most pre-2007 drawings); for MTEXT also formatting codes stripped.
std::string dxf_text(const std::string& raw, bool mtext);

} // namespace bp
