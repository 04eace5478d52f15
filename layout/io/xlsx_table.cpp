// .xlsx reading with libzip (the package) and libxml2's streaming reader (its XML parts): workbook
// -> first sheet's part -> cells, with shared strings resolved. Bounded: parts, cells and rows.
#include "xlsx_table.h"

#include "file_util.h"
#include "layout/model/diagnostics.h"

#include <libxml/xmlreader.h>
#include <zip.h>

#include <cstdlib>
#include <cstring>

namespace bp
{

namespace
{

// A list of kMaxExhibitors exhibitors takes ~40 MiB of sheet XML; nothing beyond this is inflated,
// so a zip bomb is refused from its directory before any of it is unpacked.
constexpr zip_uint64_t kMaxPart = 256u << 20;
constexpr size_t kMaxCellBytes = 64 << 10;
constexpr int kMaxSheetRow = 1048576; // Excel's last row

class Package
{
public:
    Package(const std::string& bytes, const std::string& file) : file_(file)
    {
        zip_error_t err;
        zip_error_init(&err);
        zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
        if (src)
            zip_ = zip_open_from_source(src, ZIP_RDONLY, &err);
        if (!zip_)
        {
            if (src)
                zip_source_free(src);
            std::string why = zip_error_strerror(&err);
            zip_error_fini(&err);
            throw InputError(file, 0, "", "not an .xlsx workbook (" + why + ")");
        }
        zip_error_fini(&err);
    }
    ~Package() { zip_discard(zip_); }
    Package(const Package&) = delete;
    Package& operator=(const Package&) = delete;

    bool has(const std::string& name) const { return zip_name_locate(zip_, name.c_str(), 0) >= 0; }

    std::string read(const std::string& name) const
    {
        zip_int64_t idx = zip_name_locate(zip_, name.c_str(), 0);
        zip_stat_t st;
        if (idx < 0 || zip_stat_index(zip_, static_cast<zip_uint64_t>(idx), 0, &st) != 0)
            throw InputError(file_, 0, name, "part missing from the workbook");
        if (!(st.valid & ZIP_STAT_SIZE))
            throw InputError(file_, 0, name, "part of unknown size");
        if (st.size > kMaxPart)
            throw InputError(file_, 0, name,
                             "part inflates to " + std::to_string(st.size >> 20) + " MiB, more than the " +
                                 std::to_string(kMaxPart >> 20) + " MiB a list of " + std::to_string(kMaxExhibitors) +
                                 " exhibitors needs: refused (a zip bomb?)");
        zip_file_t* f = zip_fopen_index(zip_, static_cast<zip_uint64_t>(idx), 0);
        if (!f)
            throw InputError(file_, 0, name, "cannot open part");
        std::string out(st.size, '\0');
        zip_int64_t n = zip_fread(f, out.data(), st.size);
        zip_fclose(f);
        if (n < 0 || static_cast<zip_uint64_t>(n) != st.size)
            throw InputError(file_, 0, name, "part is damaged");
        return out;
    }

private:
    std::string file_;
    zip_t* zip_ = nullptr;
};

// Reads one XML part as a stream of nodes (libxml2's xmlTextReader): memory stays that of the
// cells kept, never a document tree several times the part's size. No network, no entities
// substituted: workbook parts come from outside.
class XmlStream
{
public:
    // The stream reads TEXT as it goes, so it keeps it.
    XmlStream(std::string text, const std::string& file, const std::string& part)
        : text_(std::move(text)), file_(file), part_(part)
    {
        reader_ = xmlReaderForMemory(text_.data(), static_cast<int>(text_.size()), part.c_str(), nullptr,
                                     XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
        if (!reader_)
            throw InputError(file, 0, part, "not well-formed XML");
    }
    ~XmlStream() { xmlFreeTextReader(reader_); }
    XmlStream(const XmlStream&) = delete;
    XmlStream& operator=(const XmlStream&) = delete;

    // Advances to the next node; false at the end. Throws InputError on malformed XML.
    bool next()
    {
        int rc = xmlTextReaderRead(reader_);
        if (rc < 0)
            throw InputError(file_, 0, part_, "not well-formed XML");
        return rc == 1;
    }
    bool opens(const char* name) const { return type() == XML_READER_TYPE_ELEMENT && local_name() == name; }
    bool closes(const char* name) const
    {
        return (type() == XML_READER_TYPE_END_ELEMENT || (type() == XML_READER_TYPE_ELEMENT && empty())) &&
               local_name() == name;
    }
    bool is_text() const
    {
        int t = type();
        return t == XML_READER_TYPE_TEXT || t == XML_READER_TYPE_CDATA || t == XML_READER_TYPE_SIGNIFICANT_WHITESPACE;
    }
    bool empty() const { return xmlTextReaderIsEmptyElement(reader_) == 1; }
    int depth() const { return xmlTextReaderDepth(reader_); }
    std::string value() const
    {
        const xmlChar* v = xmlTextReaderConstValue(reader_);
        return v ? reinterpret_cast<const char*>(v) : "";
    }
    // The attribute of the current element with this local name, whatever its namespace prefix.
    std::string attr(const char* local) const
    {
        std::string out;
        for (int rc = xmlTextReaderMoveToFirstAttribute(reader_); rc == 1;
             rc = xmlTextReaderMoveToNextAttribute(reader_))
            if (local_name() == local)
            {
                out = value();
                break;
            }
        xmlTextReaderMoveToElement(reader_);
        return out;
    }
    // Text of the element just opened, up to its end: every <t> run, leaving out phonetic guides
    // (<rPh>). Leaves the stream on the element's end.
    std::string text_runs(int line, const std::string& where)
    {
        std::string out;
        if (empty())
            return out;
        int top = depth();
        bool in_t = false;
        int skip_below = -1; // depth of an <rPh> being skipped
        while (next() && depth() > top)
        {
            if (skip_below >= 0)
            {
                if (depth() == skip_below && type() == XML_READER_TYPE_END_ELEMENT)
                    skip_below = -1;
                continue;
            }
            if (opens("rPh") && !empty())
                skip_below = depth();
            else if (opens("t"))
                in_t = !empty();
            else if (closes("t"))
                in_t = false;
            else if (in_t && is_text())
            {
                out += value();
                if (out.size() > kMaxCellBytes)
                    throw InputError(file_, line, where, "text longer than 64 KiB");
            }
        }
        return out;
    }

private:
    int type() const { return xmlTextReaderNodeType(reader_); }
    std::string local_name() const
    {
        const xmlChar* n = xmlTextReaderConstLocalName(reader_);
        return n ? reinterpret_cast<const char*>(n) : "";
    }

    std::string text_, file_, part_;
    xmlTextReaderPtr reader_ = nullptr;
};

std::string number_text(const std::string& v)
{
    char* end = nullptr;
    double d = std::strtod(v.c_str(), &end);
    if (v.empty() || !end || *end != '\0')
        return v;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.15g", d);
    return buf;
}

// "AB12" -> column 27 (0-based), or -1.
int column_of(const std::string& ref)
{
    int col = 0;
    size_t i = 0;
    for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i)
    {
        col = col * 26 + (ref[i] - 'A' + 1);
        if (col > 16384)
            return -1;
    }
    return i == 0 ? -1 : col - 1;
}

// The first <sheet> of the workbook and the part its relationship points at.
std::string first_sheet_part(const Package& pkg, const std::string& file)
{
    std::string rid;
    {
        XmlStream wb(pkg.read("xl/workbook.xml"), file, "xl/workbook.xml");
        bool found = false;
        while (!found && wb.next())
            if (wb.opens("sheet"))
            {
                found = true;
                rid = wb.attr("id");
            }
        if (!found)
            throw InputError(file, 0, "xl/workbook.xml", "the workbook has no sheet");
    }
    if (!rid.empty() && pkg.has("xl/_rels/workbook.xml.rels"))
    {
        XmlStream rels(pkg.read("xl/_rels/workbook.xml.rels"), file, "xl/_rels/workbook.xml.rels");
        while (rels.next())
            if (rels.opens("Relationship") && rels.attr("Id") == rid)
            {
                std::string target = rels.attr("Target");
                if (!target.empty() && target[0] == '/')
                    return target.substr(1);
                return "xl/" + target;
            }
    }
    return "xl/worksheets/sheet1.xml";
}

std::vector<std::string> shared_strings(const Package& pkg, const std::string& file)
{
    std::vector<std::string> shared;
    const std::string part = "xl/sharedStrings.xml";
    if (!pkg.has(part))
        return shared;
    XmlStream sst(pkg.read(part), file, part);
    while (sst.next())
        if (sst.opens("si"))
        {
            if (shared.size() >= kMaxListCells)
                throw InputError(file, 0, part, "more than " + std::to_string(kMaxListCells) + " shared strings");
            shared.push_back(sst.text_runs(0, part));
        }
    return shared;
}

// The value of the cell just opened (<c>), read up to its end.
std::string cell_value(XmlStream& xml, const std::vector<std::string>& shared, int line, const std::string& ref,
                       const std::string& file)
{
    std::string type = xml.attr("t");
    if (xml.empty())
        return {};
    if (type == "inlineStr")
        return xml.text_runs(line, ref);
    std::string v;
    int top = xml.depth();
    bool in_v = false;
    while (xml.next() && xml.depth() > top)
    {
        if (xml.opens("v"))
            in_v = !xml.empty();
        else if (xml.closes("v"))
            in_v = false;
        else if (in_v && xml.is_text())
        {
            v += xml.value();
            if (v.size() > kMaxCellBytes)
                throw InputError(file, line, ref, "value longer than 64 KiB");
        }
    }
    if (type == "s")
    {
        char* end = nullptr;
        long k = std::strtol(v.c_str(), &end, 10);
        if (v.empty() || *end != '\0' || k < 0 || static_cast<size_t>(k) >= shared.size())
            throw InputError(file, line, ref, "shared string index '" + v.substr(0, 20) + "' out of range");
        return shared[static_cast<size_t>(k)];
    }
    if (type == "b")
        return v == "1" ? "TRUE" : "FALSE";
    if (type == "str" || type == "e")
        return v;
    return number_text(v);
}

} // namespace

Table parse_xlsx_table(const std::string& bytes, const std::string& file)
{
    Package pkg(bytes, file);
    std::vector<std::string> shared = shared_strings(pkg, file);
    std::string part = first_sheet_part(pkg, file);
    XmlStream sheet(pkg.read(part), file, part);
    Table table;
    table.file = file;
    int next_row = 1;
    size_t cells = 0;
    const std::string too_many_cells = "more than " + std::to_string(kMaxListCells) + " cells: not an exhibitor list";
    while (sheet.next())
    {
        if (!sheet.opens("row"))
            continue;
        TableRow out;
        std::string r = sheet.attr("r");
        out.line = r.empty() ? next_row : std::atoi(r.c_str());
        if (out.line <= 0 || out.line > kMaxSheetRow || out.line < next_row)
            throw InputError(file, 0, part, "row number '" + r.substr(0, 20) + "' out of range or out of order");
        next_row = out.line + 1;
        int next_col = 0;
        bool any = false;
        int top = sheet.depth();
        while (!sheet.empty() && sheet.next() && sheet.depth() > top)
        {
            if (!sheet.opens("c"))
                continue;
            std::string ref = sheet.attr("r");
            int col = ref.empty() ? next_col : column_of(ref);
            if (col < 0 || col < next_col)
                throw InputError(file, out.line, part, "bad cell reference '" + ref.substr(0, 20) + "'");
            next_col = col + 1;
            std::string value = cell_value(sheet, shared, out.line, ref, file);
            if (value.empty())
                continue;
            if (out.cells.size() <= static_cast<size_t>(col))
            {
                cells += static_cast<size_t>(col) + 1 - out.cells.size();
                if (cells > kMaxListCells)
                    throw InputError(file, out.line, ref, too_many_cells);
                out.cells.resize(static_cast<size_t>(col) + 1);
            }
            any = true;
            out.cells[static_cast<size_t>(col)] = std::move(value);
        }
        if (!any)
            continue;
        table.rows.push_back(std::move(out));
        if (table.rows.size() > kMaxExhibitors + 1)
            throw InputError(file, table.rows.back().line, part,
                             "more than " + std::to_string(kMaxExhibitors) +
                                 " exhibitors: refused (the largest fair, the Canton Fair, has about 32,000)");
    }
    if (table.rows.empty())
        throw InputError(file, 0, part, "the first sheet is empty");
    // Excel leaves trailing empty cells out; give every row the header's width as a CSV row has.
    size_t width = table.rows[0].cells.size();
    if (width * table.rows.size() > kMaxListCells)
        throw InputError(file, 0, part, too_many_cells);
    for (TableRow& r : table.rows)
        if (r.cells.size() < width)
            r.cells.resize(width);
    return table;
}

Table read_xlsx_table(const std::string& path)
{
    return parse_xlsx_table(read_file(path, kMaxPart, "a workbook of exhibitors"), path);
}

} // namespace bp
