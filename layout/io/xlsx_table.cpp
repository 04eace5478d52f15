// .xlsx reading with libzip (the package) and libxml2 (its XML parts): workbook -> first sheet's
// part -> cells, with shared strings resolved.
#include "xlsx_table.h"

#include "layout/model/diagnostics.h"
#include "file_util.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>

namespace bp
{

namespace
{

constexpr zip_uint64_t kMaxPart = 512u << 20;

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
        if (!(st.valid & ZIP_STAT_SIZE) || st.size > kMaxPart)
            throw InputError(file_, 0, name, "part larger than 512 MiB");
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

struct XmlDoc
{
    xmlDocPtr doc = nullptr;
    XmlDoc(const std::string& text, const std::string& file, const std::string& part)
    {
        // No network, no entity expansion: workbook parts come from outside.
        doc = xmlReadMemory(text.data(), static_cast<int>(text.size()), part.c_str(), nullptr,
                            XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
        if (!doc)
            throw InputError(file, 0, part, "not well-formed XML");
    }
    ~XmlDoc() { xmlFreeDoc(doc); }
    XmlDoc(const XmlDoc&) = delete;
    XmlDoc& operator=(const XmlDoc&) = delete;
    xmlNodePtr root() const { return xmlDocGetRootElement(doc); }
};

bool is(xmlNodePtr n, const char* name)
{
    return n && n->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

std::string attr(xmlNodePtr n, const char* name)
{
    for (xmlAttrPtr a = n->properties; a; a = a->next)
        if (std::strcmp(reinterpret_cast<const char*>(a->name), name) == 0)
        {
            xmlChar* v = xmlNodeGetContent(reinterpret_cast<xmlNodePtr>(a));
            std::string s = v ? reinterpret_cast<const char*>(v) : "";
            xmlFree(v);
            return s;
        }
    return {};
}

xmlNodePtr child(xmlNodePtr n, const char* name)
{
    for (xmlNodePtr c = n ? n->children : nullptr; c; c = c->next)
        if (is(c, name))
            return c;
    return nullptr;
}

std::string content(xmlNodePtr n)
{
    xmlChar* v = xmlNodeGetContent(n);
    std::string s = v ? reinterpret_cast<const char*>(v) : "";
    xmlFree(v);
    return s;
}

// Rich text: every <t> run, leaving out phonetic guides (<rPh>).
void collect_text(xmlNodePtr n, std::string& out)
{
    for (xmlNodePtr c = n->children; c; c = c->next)
    {
        if (is(c, "t"))
            out += content(c);
        else if (is(c, "r"))
            collect_text(c, out);
    }
}

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

std::string first_sheet_part(const Package& pkg, const std::string& file)
{
    XmlDoc wb(pkg.read("xl/workbook.xml"), file, "xl/workbook.xml");
    xmlNodePtr sheets = child(wb.root(), "sheets");
    xmlNodePtr sheet = child(sheets, "sheet");
    if (!sheet)
        throw InputError(file, 0, "xl/workbook.xml", "the workbook has no sheet");
    std::string rid;
    for (xmlAttrPtr a = sheet->properties; a; a = a->next)
        if (std::strcmp(reinterpret_cast<const char*>(a->name), "id") == 0)
            rid = content(reinterpret_cast<xmlNodePtr>(a));
    if (!rid.empty() && pkg.has("xl/_rels/workbook.xml.rels"))
    {
        XmlDoc rels(pkg.read("xl/_rels/workbook.xml.rels"), file, "xl/_rels/workbook.xml.rels");
        for (xmlNodePtr r = rels.root()->children; r; r = r->next)
            if (is(r, "Relationship") && attr(r, "Id") == rid)
            {
                std::string target = attr(r, "Target");
                if (!target.empty() && target[0] == '/')
                    return target.substr(1);
                return "xl/" + target;
            }
    }
    return "xl/worksheets/sheet1.xml";
}

} // namespace

Table parse_xlsx_table(const std::string& bytes, const std::string& file)
{
    Package pkg(bytes, file);
    std::vector<std::string> shared;
    if (pkg.has("xl/sharedStrings.xml"))
    {
        XmlDoc sst(pkg.read("xl/sharedStrings.xml"), file, "xl/sharedStrings.xml");
        for (xmlNodePtr si = sst.root()->children; si; si = si->next)
            if (is(si, "si"))
            {
                std::string s;
                collect_text(si, s);
                shared.push_back(std::move(s));
            }
    }
    std::string part = first_sheet_part(pkg, file);
    XmlDoc sheet(pkg.read(part), file, part);
    Table table;
    table.file = file;
    xmlNodePtr data = child(sheet.root(), "sheetData");
    int next_row = 1;
    for (xmlNodePtr row = data ? data->children : nullptr; row; row = row->next)
    {
        if (!is(row, "row"))
            continue;
        TableRow out;
        std::string r = attr(row, "r");
        out.line = r.empty() ? next_row : std::atoi(r.c_str());
        if (out.line <= 0 || out.line > 1048576)
            throw InputError(file, 0, part, "row number '" + r + "' out of range");
        next_row = out.line + 1;
        int next_col = 0;
        bool any = false;
        for (xmlNodePtr c = row->children; c; c = c->next)
        {
            if (!is(c, "c"))
                continue;
            std::string ref = attr(c, "r");
            int col = ref.empty() ? next_col : column_of(ref);
            if (col < 0)
                throw InputError(file, out.line, part, "bad cell reference '" + ref + "'");
            next_col = col + 1;
            std::string type = attr(c, "t"), value;
            xmlNodePtr v = child(c, "v");
            if (type == "s")
            {
                std::string idx = v ? content(v) : "";
                char* end = nullptr;
                long k = std::strtol(idx.c_str(), &end, 10);
                if (idx.empty() || *end != '\0' || k < 0 || static_cast<size_t>(k) >= shared.size())
                    throw InputError(file, out.line, ref, "shared string index '" + idx + "' out of range");
                value = shared[static_cast<size_t>(k)];
            }
            else if (type == "inlineStr")
            {
                if (xmlNodePtr is_node = child(c, "is"))
                    collect_text(is_node, value);
            }
            else if (type == "b")
                value = v && content(v) == "1" ? "TRUE" : "FALSE";
            else if (type == "str" || type == "e")
                value = v ? content(v) : "";
            else
                value = v ? number_text(content(v)) : "";
            if (out.cells.size() <= static_cast<size_t>(col))
                out.cells.resize(static_cast<size_t>(col) + 1);
            any = any || !value.empty();
            out.cells[static_cast<size_t>(col)] = std::move(value);
        }
        if (any)
            table.rows.push_back(std::move(out));
    }
    if (table.rows.empty())
        throw InputError(file, 0, part, "the first sheet is empty");
    // Excel leaves trailing empty cells out; give every row the header's width as a CSV row has.
    size_t width = table.rows[0].cells.size();
    for (TableRow& r : table.rows)
        if (r.cells.size() < width)
            r.cells.resize(width);
    return table;
}

Table read_xlsx_table(const std::string& path)
{
    return parse_xlsx_table(read_file(path), path);
}

} // namespace bp
