// Strict ASCII DXF reading: tags, header variables, layers, blocks, entities (see dxf_tags.h).
#include "dxf_tags.h"

#include "layout/model/diagnostics.h"
#include "layout/model/utf8.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace bp
{

namespace
{

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.back() == '\r' || s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    return s;
}

std::vector<DxfTag> split_tags(const std::string& bytes, const std::string& file)
{
    if (bytes.size() > kMaxDxfBytes)
        throw InputError(file, 0, "", "file larger than 256 MiB: export only the venue's layers");
    if (bytes.compare(0, 18, "AutoCAD Binary DXF") == 0)
        throw InputError(file, 1, "", "binary DXF is not supported; save the drawing as ASCII DXF");
    std::vector<DxfTag> tags;
    size_t pos = 0;
    int line = 0;
    auto next_line = [&](std::string_view& out)
    {
        if (pos >= bytes.size())
            return false;
        size_t end = bytes.find('\n', pos);
        if (end == std::string::npos)
            end = bytes.size();
        out = std::string_view(bytes).substr(pos, end - pos);
        pos = end + 1;
        ++line;
        return true;
    };
    std::string_view code_line, value_line;
    while (next_line(code_line))
    {
        int code_at = line;
        std::string_view c = trim(code_line);
        if (c.empty() && pos >= bytes.size())
            break; // trailing newline
        int code = 0;
        auto [ptr, ec] = std::from_chars(c.data(), c.data() + c.size(), code);
        if (ec != std::errc() || ptr != c.data() + c.size() || code < 0 || code > 1071)
            throw InputError(file, code_at, "",
                             "expected a DXF group code (an integer 0-1071), found '" + std::string(c.substr(0, 40)) +
                                 "'");
        if (!next_line(value_line))
            throw InputError(file, code_at, "",
                             "group code " + std::to_string(code) + " has no value (file truncated?)");
        std::string_view v = value_line;
        while (!v.empty() && v.back() == '\r')
            v.remove_suffix(1);
        if (tags.size() >= kMaxDxfTags)
            throw InputError(file, code_at, "",
                             "more than 16 million group codes: export only the venue's layers from the drawing");
        tags.push_back({code, std::string(code == 1 || code == 3 || code == 1000 ? v : trim(v)), code_at});
        if (code == 0 && tags.back().value == "EOF")
            return tags;
    }
    throw InputError(file, line, "", "no 0/EOF at the end (file truncated?)");
}

} // namespace

double dxf_number(const DxfTag& tag, const std::string& file)
{
    double v = 0;
    const char* b = tag.value.data();
    auto [ptr, ec] = std::from_chars(b, b + tag.value.size(), v);
    if (ec != std::errc() || ptr != b + tag.value.size() || !std::isfinite(v) || std::fabs(v) > 1e12)
        throw InputError(file, tag.line + 1, "",
                         "group " + std::to_string(tag.code) + ": '" + tag.value.substr(0, 40) + "' is not a number");
    return v;
}

int dxf_int(const DxfTag& tag, const std::string& file)
{
    int v = 0;
    const char* b = tag.value.data();
    auto [ptr, ec] = std::from_chars(b, b + tag.value.size(), v);
    if (ec != std::errc() || ptr != b + tag.value.size())
        throw InputError(file, tag.line + 1, "",
                         "group " + std::to_string(tag.code) + ": '" + tag.value.substr(0, 40) + "' is not an integer");
    return v;
}

namespace
{

// Collects the entities of an ENTITIES section or of one block: POLYLINE gathers its VERTEX
// entities until SEQEND; everything else is one entity with its own tags.
class EntityCollector
{
public:
    EntityCollector(std::vector<DxfEntity>& into, const std::string& file) : into_(into), file_(file) {}

    void add(const DxfTag& tag)
    {
        if (tag.code == 0)
        {
            if (tag.value == "VERTEX" && in_polyline_)
            {
                DxfEntity& poly = into_.back();
                poly.vertices.emplace_back();
                if (poly.vertices.size() > 1000000)
                    throw InputError(file_, tag.line, "", "polyline with more than a million vertices");
            }
            else if (tag.value == "SEQEND")
            {
                in_polyline_ = false; // also ends an INSERT's ATTRIBs
                skipping_ = true;     // its own tags belong to no entity
            }
            else
            {
                if (in_polyline_)
                    throw InputError(file_, tag.line, "", "POLYLINE not closed by SEQEND before " + tag.value);
                if (into_.size() >= 5000000)
                    throw InputError(file_, tag.line, "", "more than five million entities");
                into_.push_back({tag.value, "0", tag.line, {}, {}});
                in_polyline_ = tag.value == "POLYLINE";
                skipping_ = false;
            }
            started_ = true;
            return;
        }
        if (!started_)
            throw InputError(file_, tag.line, "", "group " + std::to_string(tag.code) + " before the first entity");
        if (skipping_ || into_.empty())
            return;
        DxfEntity& e = into_.back();
        if (in_polyline_ && !e.vertices.empty())
            e.vertices.back().push_back(tag);
        else
        {
            if (tag.code == 8)
                e.layer = tag.value;
            e.tags.push_back(tag);
        }
    }
    void finish(int section_line) const
    {
        if (in_polyline_)
            throw InputError(file_, section_line, "", "POLYLINE not closed by SEQEND");
    }

private:
    std::vector<DxfEntity>& into_;
    const std::string& file_;
    bool in_polyline_ = false, started_ = false, skipping_ = false;
};

struct SectionReader
{
    const std::vector<DxfTag>& tags;
    const std::string& file;
    DxfDrawing& d;

    // The value of the tag after `i` when it has the given code.
    const DxfTag& value_after(size_t i, int code, const char* what) const
    {
        if (i + 1 >= tags.size() || tags[i + 1].code != code)
            throw InputError(file, tags[i].line, "",
                             std::string(what) + " without its " + std::to_string(code) + " value");
        return tags[i + 1];
    }

    size_t header(size_t i)
    {
        const DxfTag& tag = tags[i];
        if (tag.code != 9)
            return i + 1;
        if (tag.value == "$INSUNITS")
            d.insunits = dxf_int(value_after(i, 70, "$INSUNITS"), file);
        else if (tag.value == "$ACADVER")
            d.version = value_after(i, 1, "$ACADVER").value;
        else if (tag.value == "$DWGCODEPAGE")
            d.codepage = value_after(i, 3, "$DWGCODEPAGE").value;
        else
            return i + 1;
        return i + 2;
    }

    // TABLES: the names of the LAYER table's entries (0/LAYER then 2/name).
    size_t table(size_t i, std::string& entry)
    {
        const DxfTag& tag = tags[i];
        if (tag.code == 0)
            entry = tag.value;
        else if (tag.code == 2 && entry == "LAYER")
        {
            if (d.layers.size() >= 100000)
                throw InputError(file, tag.line, "", "more than 100000 layers");
            d.layers.push_back(tag.value);
            entry.clear();
        }
        return i + 1;
    }
};

} // namespace

DxfDrawing read_dxf(const std::string& bytes, const std::string& file)
{
    std::vector<DxfTag> tags = split_tags(bytes, file);
    DxfDrawing d;
    SectionReader reader{tags, file, d};
    size_t i = 0, n = tags.size();
    while (i < n)
    {
        const DxfTag& t = tags[i];
        if (t.code == 0 && t.value == "EOF")
            break;
        if (t.code == 999) // comment
        {
            ++i;
            continue;
        }
        if (t.code != 0 || t.value != "SECTION")
            throw InputError(file, t.line, "",
                             "expected 0/SECTION, found " + std::to_string(t.code) + "/" + t.value.substr(0, 40));
        if (i + 1 >= n || tags[i + 1].code != 2)
            throw InputError(file, t.line, "", "SECTION without a name");
        std::string name = tags[i + 1].value;
        int section_line = t.line;
        i += 2;
        EntityCollector entities(d.entities, file);
        std::optional<EntityCollector> block;
        bool in_block_header = false, in_endblk = false;
        std::string table_entry;
        while (true)
        {
            if (i >= n || (tags[i].code == 0 && tags[i].value == "EOF"))
                throw InputError(file, section_line, "", "section " + name + " is not closed by 0/ENDSEC");
            const DxfTag& tag = tags[i];
            if (tag.code == 0 && tag.value == "ENDSEC")
            {
                ++i;
                break;
            }
            if (name == "HEADER")
                i = reader.header(i);
            else if (name == "TABLES")
                i = reader.table(i, table_entry);
            else if (name == "ENTITIES")
            {
                entities.add(tag);
                ++i;
            }
            else if (name == "BLOCKS")
            {
                if (tag.code == 0 && (tag.value == "BLOCK" || tag.value == "ENDBLK"))
                {
                    if (block)
                        block->finish(tag.line);
                    block.reset();
                    in_block_header = tag.value == "BLOCK";
                    in_endblk = !in_block_header;
                    if (in_block_header)
                    {
                        if (d.blocks.size() >= 100000)
                            throw InputError(file, tag.line, "", "more than 100000 blocks");
                        d.blocks.push_back({"", 0, 0, tag.line, {}});
                    }
                }
                else if (tag.code == 0 && !d.blocks.empty() && (in_block_header || block))
                {
                    if (!block)
                        block.emplace(d.blocks.back().entities, file);
                    in_block_header = false;
                    block->add(tag);
                }
                else if (in_block_header)
                {
                    DxfBlock& b = d.blocks.back();
                    if (tag.code == 2)
                        b.name = tag.value;
                    else if (tag.code == 10)
                        b.base_x = dxf_number(tag, file);
                    else if (tag.code == 20)
                        b.base_y = dxf_number(tag, file);
                }
                else if (block)
                    block->add(tag);
                else if (tag.code == 0 || !in_endblk)
                    throw InputError(file, tag.line, "",
                                     "expected 0/BLOCK in the BLOCKS section, found " + std::to_string(tag.code) + "/" +
                                         tag.value.substr(0, 40));
                ++i;
            }
            else
                ++i;
        }
        entities.finish(section_line);
        if (block)
            block->finish(section_line);
    }
    return d;
}

namespace
{

// Never writes invalid UTF-8, a NUL or a control character (a DXF text is one line).
void put_utf8(std::string& out, uint32_t cp)
{
    if (cp == 0)
        cp = 0xFFFD;
    if (cp < 0x20 || cp == 0x7F)
        cp = ' ';
    append_utf8(out, cp);
}

// Length of a valid UTF-8 sequence at s[i] (0 when it is not one).
size_t utf8_length(const std::string& s, size_t i)
{
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
    if (n == 0 || i + n > s.size())
        return 0;
    uint32_t cp = c & (n == 4 ? 0x07 : n == 3 ? 0x0F : 0x1F);
    for (size_t k = 1; k < n; ++k)
    {
        unsigned char t = static_cast<unsigned char>(s[i + k]);
        if ((t & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (t & 0x3F);
    }
    bool overlong = (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
    return overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ? 0 : n;
}

// Windows-1252's 0x80-0x9F; the rest of the high half is Latin-1.
uint32_t cp1252(unsigned char c)
{
    static const uint16_t high[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                      0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    return c >= 0x80 && c < 0xA0 ? high[c - 0x80] : c;
}

} // namespace

std::string dxf_text(const std::string& raw, bool mtext)
{
    std::string out;
    for (size_t i = 0; i < raw.size(); ++i)
    {
        char c = raw[i];
        unsigned char uc = static_cast<unsigned char>(c);
        if (uc >= 0x80)
        {
            size_t n = utf8_length(raw, i);
            if (n)
            {
                out.append(raw, i, n);
                i += n - 1;
            }
            else
                put_utf8(out, cp1252(uc));
            continue;
        }
        if (c == '%' && i + 2 < raw.size() && raw[i + 1] == '%')
        {
            // TEXT's control codes: %%d degree, %%p plus-minus, %%c diameter, %%u/%%o toggles.
            char k = static_cast<char>(std::tolower(static_cast<unsigned char>(raw[i + 2])));
            uint32_t cp = k == 'd' ? 0xB0 : k == 'p' ? 0xB1 : k == 'c' ? 0x2205 : k == '%' ? '%' : 0;
            if (cp || k == 'u' || k == 'o' || k == 'k')
            {
                if (cp)
                    put_utf8(out, cp);
                i += 2;
                continue;
            }
        }
        if (c == '\\' && i + 1 < raw.size())
        {
            char k = raw[i + 1];
            if ((k == 'U' || k == 'u') && i + 6 < raw.size() && raw[i + 2] == '+')
            {
                uint32_t cp = 0;
                auto [ptr, ec] = std::from_chars(raw.data() + i + 3, raw.data() + i + 7, cp, 16);
                if (ec == std::errc() && ptr == raw.data() + i + 7)
                {
                    put_utf8(out, cp);
                    i += 6;
                    continue;
                }
            }
            if (mtext)
            {
                if (k == 'P' || k == '~' || k == 'X')
                {
                    out += ' ';
                    ++i;
                    continue;
                }
                if (k == '\\' || k == '{' || k == '}')
                {
                    out += k;
                    ++i;
                    continue;
                }
                if (k == 'S') // stacked text \Sa^b; : its characters, unstacked
                {
                    size_t semi = raw.find(';', i);
                    size_t stop = semi == std::string::npos ? raw.size() : semi;
                    for (size_t j = i + 2; j < stop; ++j)
                        if (raw[j] != '^' && raw[j] != '/' && raw[j] != '#')
                            put_utf8(out, static_cast<unsigned char>(raw[j]) < 0x80 ? raw[j] : 0xFFFD);
                    i = stop;
                    continue;
                }
                if (std::strchr("fFHCcTQWApLlOoKkNn", k))
                {
                    // \fArial|b0;  \H2.5;  \L (no argument) ...
                    if (std::strchr("LlOoKkNn", k))
                        ++i;
                    else
                    {
                        size_t semi = raw.find(';', i);
                        i = semi == std::string::npos ? raw.size() : semi;
                    }
                    continue;
                }
            }
        }
        if (mtext && (c == '{' || c == '}'))
            continue;
        put_utf8(out, uc);
    }
    // Trim.
    size_t b = out.find_first_not_of(' '), e = out.find_last_not_of(' ');
    return b == std::string::npos ? std::string() : out.substr(b, e - b + 1);
}

} // namespace bp
